/**
 * Writes a .br and a .gz beside every text file in the built site worth compressing (see
 * src/hosting/precompressed.ts), so a server sends them as they are instead of compressing on
 * every request.
 *
 * Each result is cached under a hash of the file's bytes and brotli level, so a rebuild compresses
 * only the files that changed. Those run on worker threads, one per core: brotli is nearly all the
 * cost of a cold build's last step. Cache entries this build did not use are then deleted.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheKinds, hashOf, pruneUnused, readCached, writeCached } from '../src/build-cache/cached-file.ts';
import { brotliQuality, isPrecompressed } from '../src/hosting/precompressed.ts';
import type { CompressJob, CompressResult } from './compress-worker.ts';

const site = process.argv[2] ?? 'dist';
const started = Date.now();

/** Worker threads that each take the next job when they finish one, so no core waits for another. */
function workerPool(size: number) {
  const queue: { job: CompressJob; done: (result: CompressResult) => void }[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, (result: CompressResult) => void>();
  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const { job, done } = queue.shift()!;
      running.set(worker, done);
      worker.postMessage(job);
    }
  };
  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./compress-worker.ts', import.meta.url));
    worker.on('message', (result: CompressResult) => {
      running.get(worker)?.(result);
      running.delete(worker);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => {
      console.error('Compression worker failed:', error);
      process.exit(1);
    });
    idle.push(worker);
  }
  let nextId = 0;
  return {
    compress: (bytes: Uint8Array, quality: number) =>
      new Promise<CompressResult>((done) => {
        queue.push({ job: { id: nextId++, bytes, quality }, done });
        dispatch();
      }),
    close: () => Promise.all([...idle, ...running.keys()].map((worker) => worker.terminate())),
  };
}

const entries = (await readdir(site, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
const paths: string[] = [];
for (const entry of entries) {
  const path = join(entry.parentPath, entry.name);
  if (isPrecompressed(entry.name, (await stat(path)).size)) paths.push(path);
}
const textFiles = entries.filter((entry) => isPrecompressed(entry.name, Infinity)).length;
const threads = Math.max(1, Math.min(availableParallelism(), 4));
const pool = workerPool(threads);

let before = 0;
let after = 0;
let fromCache = 0;

async function compressFile(path: string): Promise<void> {
  const text = await readFile(path);
  const quality = brotliQuality(path);
  // The quality is part of the key, so a change of level is never answered from the cache.
  const hash = hashOf(text, String(quality));
  let [brotli, gzip] = await Promise.all([readCached(cacheKinds.compressed, `${hash}.br`), readCached(cacheKinds.compressed, `${hash}.gz`)]);
  if (brotli && gzip) {
    fromCache += 1;
  } else {
    const made = await pool.compress(text, quality);
    [brotli, gzip] = [Buffer.from(made.brotli), Buffer.from(made.gzip)];
    await Promise.all([writeCached(cacheKinds.compressed, `${hash}.br`, brotli), writeCached(cacheKinds.compressed, `${hash}.gz`, gzip)]);
  }
  await Promise.all([writeFile(`${path}.br`, brotli), writeFile(`${path}.gz`, gzip)]);
  before += text.length;
  after += brotli.length;
}

// A few files per thread in flight: enough to keep every thread busy, few enough that a site of
// thousands of pages is never held in memory at once.
const inFlight = threads * 8;
let next = 0;
await Promise.all(
  Array.from({ length: inFlight }, async () => {
    while (next < paths.length) await compressFile(paths[next++]!);
  }),
);
await pool.close();
const pruned = await pruneUnused(cacheKinds.compressed, started);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `Compressed ${paths.length} text files on ${threads} threads (${fromCache} from the cache), ${textFiles - paths.length} left plain as too small to gain: ` +
    `${kb(before)} → ${kb(after)} with brotli; ${pruned.removed} unused cache entries removed`,
);
