/**
 * Writes a .br and a .gz beside every text file in the built site, so a server sends them as
 * they are (nginx's brotli_static and gzip_static) instead of compressing on every request.
 * Pagefind's index files are compressed already and are left alone. Each result is cached under a
 * hash of the file's bytes, so a rebuild compresses only the files that changed.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { cachedFile, hashOf } from '../src/build-cache/cached-file.ts';

const site = process.argv[2] ?? 'dist';
const textFile = /\.(html|css|js|mjs|json|svg|xml|txt)$/;
const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

/** Compresses one file both ways; zlib's async calls run on libuv's threads, so files overlap. */
async function compress(path: string): Promise<{ before: number; after: number }> {
  const text = await readFile(path);
  const hash = hashOf(text);
  const [brotli, gzipped] = await Promise.all([
    cachedFile('compressed', `${hash}.br`, () =>
      toBrotli(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } }),
    ),
    cachedFile('compressed', `${hash}.gz`, () => toGzip(text, { level: 9 })),
  ]);
  await Promise.all([writeFile(`${path}.br`, brotli), writeFile(`${path}.gz`, gzipped)]);
  return { before: text.length, after: brotli.length };
}

const paths = (await readdir(site, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && textFile.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));
let before = 0;
let after = 0;
// A few dozen at a time keeps the thread pool busy without holding the whole site in memory.
for (let start = 0; start < paths.length; start += 32) {
  for (const sizes of await Promise.all(paths.slice(start, start + 32).map(compress))) {
    before += sizes.before;
    after += sizes.after;
  }
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`Compressed ${paths.length} text files: ${kb(before)} → ${kb(after)} with brotli`);
