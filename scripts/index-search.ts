/**
 * Builds the search index over the built site: one index per language, read from each page's
 * <html lang>, covering only the pages that mark their main content for it. Writes only what the
 * search page loads. Then takes out of every page what only the index needed (see stripIndexHints).
 *
 * The index is cached under a hash of every page and Pagefind's version: a rebuild whose pages are
 * all unchanged writes the index it made last time instead of starting Pagefind.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { cacheKinds, hashOf, pruneUnused, readCached, writeCached } from '../src/build-cache/cached-file.ts';
import { stripIndexHints } from '../src/search/index-hints.ts';

const site = process.argv[2] ?? 'dist';
const started = Date.now();
const outDir = join(site, 'pagefind');
// Pagefind also writes its stock interfaces and a fallback for pages in no language; neither is used here.
const unused = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.|wasm\.unknown\.)/;
const expectedLanguages = ['en', 'id'];

function stopOn(errors: string[], step: string): void {
  if (errors.length === 0) return;
  console.error(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** Runs Pagefind over the site and returns the index files it makes, stopping on any error. */
async function runPagefind(): Promise<IndexFile[]> {
  const { index, errors } = await pagefind.createIndex({});
  stopOn(errors, 'starting Pagefind');
  if (!index) throw new Error('Pagefind returned no index');
  const added = await index.addDirectory({ path: site });
  stopOn(added.errors, `reading ${site}`);
  const { files, errors: fileErrors } = await index.getFiles();
  stopOn(fileErrors, 'writing the index');
  await pagefind.close();
  return files;
}

// One cache entry holds the whole index: each file's path, a newline, its size, a newline, its bytes.
const packed = (files: readonly IndexFile[]): Buffer =>
  Buffer.concat(files.flatMap((file) => [Buffer.from(`${file.path}\n${file.content.byteLength}\n`), file.content]));

function unpacked(bytes: Buffer): IndexFile[] {
  const files: IndexFile[] = [];
  for (let at = 0; at < bytes.length; ) {
    const pathEnd = bytes.indexOf(10, at);
    const sizeEnd = bytes.indexOf(10, pathEnd + 1);
    const size = Number(bytes.subarray(pathEnd + 1, sizeEnd).toString());
    files.push({ path: bytes.subarray(at, pathEnd).toString(), content: bytes.subarray(sizeEnd + 1, sizeEnd + 1 + size) });
    at = sizeEnd + 1 + size;
  }
  return files;
}

const pagePaths = (await readdir(site, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();
const pages = await Promise.all(pagePaths.map((path) => readFile(path, 'utf8')));
const pagefindVersion = JSON.parse(await readFile('node_modules/pagefind/package.json', 'utf8')).version as string;
const cacheKey = `${hashOf(pagefindVersion, ...pagePaths, ...pages)}.index`;
const cached = await readCached(cacheKinds.searchIndex, cacheKey);
const files = cached ? unpacked(cached) : await runPagefind();

const languages = files.flatMap((file) => /^pagefind\.(\w+)_\w+\.pf_meta$/.exec(file.path)?.[1] ?? []).sort();
if (languages.join() !== expectedLanguages.join()) {
  stopOn([`expected one index each for ${expectedLanguages.join(' and ')}, found: ${languages.join(', ') || 'none'}`], 'checking languages');
}

await rm(outDir, { recursive: true, force: true });
let bytes = 0;
let written = 0;
for (const file of files) {
  if (unused.test(file.path)) continue;
  const target = join(outDir, file.path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.content);
  bytes += file.content.byteLength;
  written += 1;
}
// Stored only now, once the languages check has passed, so a cached index is always a good one.
if (!cached) await writeCached(cacheKinds.searchIndex, cacheKey, packed(files));
await pruneUnused(cacheKinds.searchIndex, started);

// Written aside and renamed, so the readability check, reading at the same time, sees whole pages.
let saved = 0;
for (const [i, path] of pagePaths.entries()) {
  const html = pages[i]!;
  const stripped = stripIndexHints(html);
  if (stripped === html) continue;
  saved += Buffer.byteLength(html) - Buffer.byteLength(stripped);
  await writeFile(`${path}.${process.pid}.partial`, stripped);
  await rename(`${path}.${process.pid}.partial`, path);
}

const indexed = files.filter((file) => file.path.startsWith('fragment/')).length;
console.log(
  `Search index${cached ? ' (from the cache)' : ''}: ${indexed} pages in ${languages.join(' and ')}, ${written} files, ${(bytes / 1024).toFixed(1)} KB; ` +
    `${(saved / 1024).toFixed(1)} KB of index-only hints taken out of the pages`,
);
