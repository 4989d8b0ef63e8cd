/**
 * Builds the search index over the built site: one index per language, read from each page's
 * <html lang>, covering only the pages that mark their main content for it. Writes only what the
 * search page loads. Then takes out of every page what only the index needed (see stripIndexHints).
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { stripIndexHints } from '../src/search/index-hints.ts';

const site = process.argv[2] ?? 'dist';
const outDir = join(site, 'pagefind');
// Pagefind also writes its stock interfaces and a fallback for pages in no language; neither is used here.
const unused = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.|wasm\.unknown\.)/;
const expectedLanguages = ['en', 'id'];

function stopOn(errors: string[], step: string): void {
  if (errors.length === 0) return;
  console.error(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({});
stopOn(errors, 'starting Pagefind');
if (!index) throw new Error('Pagefind returned no index');

const added = await index.addDirectory({ path: site });
stopOn(added.errors, `reading ${site}`);

const { files, errors: fileErrors } = await index.getFiles();
stopOn(fileErrors, 'writing the index');

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
await pagefind.close();

// Written aside and renamed, so the readability check, reading at the same time, sees whole pages.
let saved = 0;
const pagePaths = (await readdir(site, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));
for (const path of pagePaths) {
  const html = await readFile(path, 'utf8');
  const stripped = stripIndexHints(html);
  if (stripped === html) continue;
  saved += Buffer.byteLength(html) - Buffer.byteLength(stripped);
  await writeFile(`${path}.${process.pid}.partial`, stripped);
  await rename(`${path}.${process.pid}.partial`, path);
}

const pages = files.filter((file) => file.path.startsWith('fragment/')).length;
console.log(
  `Search index: ${pages} pages in ${languages.join(' and ')}, ${written} files, ${(bytes / 1024).toFixed(1)} KB; ` +
    `${(saved / 1024).toFixed(1)} KB of index-only hints taken out of the pages`,
);
