import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { styleSheetSchema } from '../../src/schemas/style';
import { styleHits } from '../../src/style/style-check';
import { builtPages, distDir, pageLanguage, readableText } from '../support/dist';

const sheet = styleSheetSchema.parse(parseYaml(readFileSync('content/style/terms.yaml', 'utf8')));

describe('the house style sheet', () => {
  it('passes its schema', () => {
    expect(sheet.terms.length).toBeGreaterThanOrEqual(25);
    expect(sheet.avoid.some((a) => a.phrase === 'privasi penuh')).toBe(true);
  });

  it('finds a variant name and an avoided phrase, and suggests the preferred words', () => {
    const hits = styleHits('Hubungi Call Center BNN 184. Konseling individual memberi privasi penuh.', 'id', sheet);
    expect(hits.map((h) => [h.phrase, h.preferred]).sort()).toEqual([
      ['Call Center BNN 184', 'BNN Call Center 184'],
      ['privasi penuh', 'kerahasiaan, dengan batasnya (tanyakan di awal apa yang boleh atau wajib disampaikan)'],
    ]);
  });

  it('matches whole words only, and lets a quoted law title through', () => {
    expect(styleHits('Addiction is not a label; rehabilitation helps.', 'en', sheet)).toEqual([]);
    expect(styleHits('PP No. 25/2011 tentang Pelaksanaan Wajib Lapor Pecandu Narkotika', 'id', sheet)).toEqual([]);
    expect(styleHits('Seorang pecandu datang', 'id', sheet).map((h) => h.phrase)).toEqual(['pecandu']);
  });
});

describe('every built page', () => {
  it('uses one name per thing and none of the avoided words, quiz text included', () => {
    expect(existsSync(distDir), 'dist/ is missing: run `npm run build` first').toBe(true);
    const pages = builtPages();
    const problems: string[] = [];
    for (const { path, file } of pages) {
      const html = readFileSync(file, 'utf8');
      const lang = pageLanguage(html);
      for (const hit of styleHits(readableText(html), lang, sheet)) problems.push(`${path}: "${hit.phrase}" → ${hit.preferred} (${hit.kind})`);
    }
    expect(pages.length).toBeGreaterThan(150);
    if (problems.length) console.info(`${problems.length} style problems:\n${problems.join('\n')}`);
    expect(problems).toEqual([]);
  });
});
