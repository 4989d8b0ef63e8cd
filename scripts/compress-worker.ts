/**
 * One of compress-dist.ts's worker threads: compresses each file it is sent with brotli at the level
 * it is told and gzip at level 9, and sends both back. Compression is nearly all the cost of a cold
 * build's last step, so each core gets a thread of its own.
 */
import { parentPort } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface CompressJob {
  id: number;
  bytes: Uint8Array;
  /** Brotli's quality, 0 to 11. */
  quality: number;
}

export interface CompressResult {
  id: number;
  brotli: Uint8Array;
  gzip: Uint8Array;
}

parentPort?.on('message', ({ id, bytes, quality }: CompressJob) => {
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const gzip = gzipSync(bytes, { level: 9 });
  // Copied, not transferred: small results share Node's buffer pool, which must stay with this thread.
  const result: CompressResult = { id, brotli, gzip };
  parentPort?.postMessage(result);
});
