/**
 * Reads every built page and measures its running text: sentence length, sentences that start with
 * "Anda", and technical words that are explained nowhere. Writes reports/readability.md and stops
 * the build when a sentence is longer than the hard limit. Part of `npm run build`.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { limits, pageReadability, readabilityReport, type Language, type Vocabulary } from '../src/readability/readability.ts';

const site = process.argv[2] ?? 'dist';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(full);
      return entry.name.endsWith('.html') ? [full] : [];
    }),
  );
  return nested.flat().sort();
}

async function vocabulary(): Promise<Vocabulary> {
  const glossary = parseYaml(await readFile('content/glossary/terms.yaml', 'utf8')) as { key: string; id: { term: string }; en: { term: string } }[];
  const words = glossary.flatMap((t) => [t.key, t.id.term, t.en.term].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const style = parseYaml(await readFile('content/style/terms.yaml', 'utf8')) as { plainWords?: Record<Language, string[]> };
  const plain = (lang: Language) => new Set((style.plainWords?.[lang] ?? []).map((w) => w.toLowerCase()));
  return { glossary: new Set(words.filter(Boolean)), plain: { id: plain('id'), en: plain('en') } };
}

const known = await vocabulary();
const pages = [];
for (const file of await htmlFiles(site)) {
  const html = await readFile(file, 'utf8');
  if (!/<main[\s>]/.test(html)) continue;
  const lang: Language = /<html[^>]*\blang="en/.test(html) ? 'en' : 'id';
  const path = `/${relative(site, file)}`.replace(/index\.html$/, '');
  pages.push(pageReadability(path, lang, html, known));
}
await mkdir('reports', { recursive: true });
await writeFile('reports/readability.md', readabilityReport(pages));

const tooLong = pages.flatMap((p) => p.long.filter((s) => s.words > limits.fail).map((s) => `${p.path} (${s.words} words): ${s.text}`));
console.log(`Readability: ${pages.length} pages, ${tooLong.length} sentences over ${limits.fail} words; see reports/readability.md`);
if (tooLong.length) {
  console.error(`Readability: shorten these sentences to ${limits.fail} words or fewer:\n  ${tooLong.join('\n  ')}`);
  process.exit(1);
}
