/** What a build produced: pages per language, sizes, and one fixed page's HTML. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const fixedPage = 'panduan/bekerja-dengan-konselor-adiksi/index.html';

export interface DistFigures {
  pagesPerLanguage: { id: number; en: number };
  files: number;
  distMB: number;
  pagefindMB: number;
  fixedPageBytes: number;
  fixedPageGzip: number;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const megabytes = (files: string[]) => files.reduce((total, file) => total + statSync(file).size, 0) / 1024 / 1024;

export function distFigures(dist: string): DistFigures {
  const files = filesIn(dist);
  const html = files.filter((file) => file.endsWith('.html'));
  // A page's language is its <html lang>, wherever its path puts it (short links, embeds).
  const english = html.filter((file) => /<html lang="en"/.test(readFileSync(file, 'utf8').slice(0, 200)));
  const page = readFileSync(join(dist, fixedPage));
  return {
    pagesPerLanguage: { id: html.length - english.length, en: english.length },
    files: files.length,
    distMB: megabytes(files),
    pagefindMB: megabytes(filesIn(join(dist, 'pagefind'))),
    fixedPageBytes: page.length,
    fixedPageGzip: gzipSync(page).length,
  };
}
