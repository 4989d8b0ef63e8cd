import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { styleSheetSchema } from '../../src/schemas/style';
import { claimHits, styleHits } from '../../src/style/style-check';
import { builtPages, distDir, pageLanguage, readableBlocks, readableText } from '../support/dist';

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

describe('claims the site never makes: BPJS or JKN paying for dependence', () => {
  const caught = (text: string, lang: 'id' | 'en') => claimHits([text], lang, sheet).map((hit) => hit.sentence);

  it('has a rule in each language, each with examples that it catches and lets through', () => {
    expect(sheet.claims.map((rule) => rule.key).sort()).toEqual(['bpjs-pays-for-dependence-en', 'bpjs-pays-for-dependence-id']);
  });

  it('catches the phrasings a writer might use, in both languages', () => {
    for (const sentence of [
      'BPJS menanggung rehabilitasi narkoba.',
      'Biaya rehabilitasi ditanggung BPJS.',
      'Dengan BPJS, terapi metadon di puskesmas gratis.',
      'Pengobatan kecanduan judi dibayar JKN.',
    ])
      expect(caught(sentence, 'id'), sentence).toEqual([sentence]);
    for (const sentence of [
      'BPJS pays for rehab.',
      'Rehabilitation is covered by BPJS Kesehatan.',
      'Methadone is free on JKN.',
      'Gambling treatment can go through BPJS, which covers it.',
    ])
      expect(caught(sentence, 'en'), sentence).toEqual([sentence]);
  });

  it('lets the correct negative and the psychiatric-care sentence through', () => {
    expect(caught('JKN tidak membayar pengobatan penyakit akibat ketergantungan narkoba atau alkohol.', 'id')).toEqual([]);
    expect(caught('BPJS Kesehatan menanggung konsultasi dan perawatan psikiatri lewat rujukan dari puskesmas.', 'id')).toEqual([]);
    expect(caught('JKN does not pay for illness caused by dependence on drugs or alcohol.', 'en')).toEqual([]);
    expect(caught('BNN’s rehabilitation programme is free; the travel is yours to pay.', 'en')).toEqual([]);
  });

  it('judges each sentence on its own, and never joins two list items', () => {
    const text = 'Rehabilitasi bisa ditanggung BPJS. JKN tidak membayar pengobatan ketergantungan.';
    expect(caught(text, 'id')).toEqual(['Rehabilitasi bisa ditanggung BPJS.']);
    expect(claimHits(['Biaya rehabilitasi', 'Konsultasi psikiatri ditanggung BPJS lewat rujukan.'], 'id', sheet)).toEqual([]);
  });

  it('refuses a sheet whose rule misses its own examples, naming the rule and the sentence', () => {
    const broken = styleSheetSchema.safeParse(parseYaml(readFileSync('tests/fixtures/style/claim-misses-its-example.yaml', 'utf8')));
    expect(broken.success).toBe(false);
    expect(broken.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'claims.0.examples.wrong.0: rule "leaky-rule" lets its wrong example through: "Rehabilitasi bisa ditanggung BPJS."',
      'claims.0.examples.right.0: rule "leaky-rule" catches its correct example: "JKN, lewat BPJS, tidak membayar rehabilitasi."',
    ]);
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

  it('never says or implies that BPJS or JKN pays for dependence, rehabilitation, methadone or gambling treatment', () => {
    const problems: string[] = [];
    for (const { path, file } of builtPages()) {
      const html = readFileSync(file, 'utf8');
      for (const hit of claimHits(readableBlocks(html), pageLanguage(html), sheet)) problems.push(`${path}: "${hit.sentence}" → ${hit.preferred}`);
    }
    expect(problems).toEqual([]);
  });
});
