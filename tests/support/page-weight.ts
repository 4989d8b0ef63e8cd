import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { inlineScriptsOf } from '../../src/hosting/inline-scripts';
import { attributeValues, fileFor } from './dist';

/** What a page costs a first-time visitor, read from the built files: bytes as gzip sends them. */
export interface PageWeight {
  path: string;
  total: number;
  js: number;
  files: string[];
}

/** A file's size on the wire: its precompressed .gz beside it, or gzipped now. */
function onWire(file: string): number {
  return existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`).length : gzipSync(readFileSync(file)).length;
}

/** Modules a script imports, statically or when it runs (`import("./x.js")`, quoted or in backticks as the bundler writes it), as site paths. */
function importsOf(path: string, code: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => m[1] ?? '');
  return specifiers.map((specifier) => new URL(specifier, `http://site${path}`).pathname);
}

/** Assets a stylesheet pulls in with url(), fonts and images alike; data: URLs cost nothing more. */
function urlsOf(path: string, css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1] ?? '')
    .filter((url) => !url.startsWith('data:'))
    .map((url) => new URL(url, `http://site${path}`).pathname);
}

/**
 * The page's HTML, its stylesheets and their assets, its icon, and every script it loads with all
 * the modules they import, each counted once. Scripts fetched by absolute path at run time (Pagefind)
 * are not in the graph; the search page is weighed in the browser for that reason.
 */
export function pageWeight(path: string): PageWeight {
  const htmlFile = fileFor(path);
  if (!htmlFile) throw new Error(`no built file for ${path}`);
  const html = readFileSync(htmlFile, 'utf8');
  const tags = (name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
  const linked = tags('link').filter((tag) => /rel="(stylesheet|icon|modulepreload)"/.test(tag)).flatMap((tag) => attributeValues(tag, 'href'));
  const scripts = tags('script').flatMap((tag) => attributeValues(tag, 'src'));
  const seen = new Set<string>();
  const queue = [...linked, ...scripts].filter((url) => url.startsWith('/'));
  const files: string[] = [];
  let total = onWire(htmlFile);
  // Scripts written into the page travel in its HTML, already in the total; they count as JavaScript
  // too, each gzipped on its own (a little more than they add to the page's compressed HTML).
  let js = inlineScriptsOf(html).reduce((sum, code) => sum + gzipSync(code).length, 0);
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = fileFor(url);
    if (!file) throw new Error(`${path} loads ${url}, which the build does not have`);
    const bytes = onWire(file);
    files.push(url);
    total += bytes;
    if (url.endsWith('.js')) {
      js += bytes;
      queue.push(...importsOf(url, readFileSync(file, 'utf8')));
    } else if (url.endsWith('.css')) queue.push(...urlsOf(url, readFileSync(file, 'utf8')));
  }
  return { path, total, js, files };
}

/** Every style a page applies: its linked stylesheets and any <style> in the HTML, as one text. */
export function pageStyles(path: string): string {
  const htmlFile = fileFor(path);
  if (!htmlFile) throw new Error(`no built file for ${path}`);
  const html = readFileSync(htmlFile, 'utf8');
  const sheets = (html.match(/<link\b[^>]*>/g) ?? []).filter((tag) => /rel="stylesheet"/.test(tag)).flatMap((tag) => attributeValues(tag, 'href'));
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return [
    ...sheets.map((url) => {
      const file = fileFor(url);
      if (!file) throw new Error(`${path} links ${url}, which the build does not have`);
      return readFileSync(file, 'utf8');
    }),
    ...inline,
  ].join('\n');
}
