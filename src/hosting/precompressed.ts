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

/**
 * Brotli's quality for a file. Level 11 for the scripts, styles and search runtime that every page
 * shares: they are few and each is sent to every visitor. Level 10 for each page's own HTML: on
 * this site level 11 saves a median of 67 bytes per page (1.5 %) for twice the build time, which is
 * most of a cold build's compression.
 */
export function brotliQuality(path: string): number {
  return path.endsWith('.html') ? 10 : 11;
}
