/**
 * Which built files get a .br and a .gz beside them (scripts/compress-dist.ts), for nginx's
 * brotli_static and gzip_static. Pagefind's index files (.pf_*, wasm) are compressed already.
 */
const textFile = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

/**
 * Files smaller than this stay plain. Measured on the built site: the nine text files under 512
 * bytes (robots.txt, the favicon, the smallest scripts) would each save at most 181 bytes, less
 * than the response's own headers and inside the same first packet; the next smallest, at 627
 * bytes, saves 326. A server sends the plain file when no .br or .gz lies beside it.
 */
export const minPrecompressedBytes = 512;

export function isPrecompressed(name: string, bytes: number): boolean {
  return textFile.test(name) && bytes >= minPrecompressedBytes;
}
