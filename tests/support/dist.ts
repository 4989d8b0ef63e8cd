import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeEntities } from '../../src/readability/page-text';

export { decodeEntities };

export const distDir = 'dist';

/** Every HTML file in the build, as site paths ("/pendekatan/" for dist/pendekatan/index.html). */
export function builtPages(): { path: string; file: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (name === 'pagefind' || name === '_astro') return [];
      return statSync(full).isDirectory() ? walk(full) : name.endsWith('.html') ? [full] : [];
    });
  return walk(distDir).map((file) => ({ file, path: `/${relative(distDir, file)}`.replace(/index\.html$/, '') }));
}

/** The file that serves a site path, or undefined when nothing does. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURI(path.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [join(distDir, clean, 'index.html')] : [join(distDir, clean), join(distDir, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Paths listed in the sitemap, in order. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

export const attributeValues = (html: string, attribute: string): string[] =>
  [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) => decodeEntities(m[1] ?? ''));


/** The visible text of a page's <main>, tags removed, white space folded. */
export function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return decodeEntities(main.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The language of a built page, from `<html lang>`. */
export function pageLanguage(html: string): 'id' | 'en' {
  return /<html[^>]*\blang="en/.exec(html) ? 'en' : 'id';
}

/**
 * What a reader can read on a page: the title, the meta description and the body text, without
 * scripts, styles or the hidden search-index hints (`<div hidden>`), tags removed, white space folded.
 */
export function readableText(html: string): string {
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const body = (/<body[\s\S]*<\/body>/.exec(html)?.[0] ?? '')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<div hidden>[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(`${title} . ${description} . ${body}`).replace(/\s+/g, ' ').trim();
}

/**
 * The same text as `readableText`, kept in blocks (title, description, paragraphs, list items,
 * headings, cells …) so a check that works sentence by sentence never joins two list items.
 */
export function readableBlocks(html: string): string[] {
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const body = (/<body[\s\S]*<\/body>/.exec(html)?.[0] ?? '')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<div hidden>[\s\S]*?<\/div>/g, ' ')
    .replace(/<\/(p|li|h[1-6]|dt|dd|div|section|article|aside|figcaption|summary|label|button|caption|th|td|option|legend|title)>|<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, ' ');
  return [title, description, ...body.split('\n')]
    .map((block) => decodeEntities(block).replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0);
}
