import { describe, expect, it } from 'vitest';
import { pageReadability, readabilityReport, type Vocabulary } from './readability.ts';
import { sentencesOf, wordsOf } from './sentences.ts';

const vocabulary: Vocabulary = { glossary: new Set(['transferensi', 'psikolog']), plain: { id: new Set(['informasi']), en: new Set() } };
const page = (body: string) => `<html lang="id"><body><header><p>Jalan Pulih menu yang tidak dihitung sama sekali</p></header><main>${body}</main></body></html>`;
const long = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

describe('sentence splitting', () => {
  it('splits on full stops but not after abbreviations or inside numbers', () => {
    expect(sentencesOf('Hubungi SEJIWA di 119 ext. 8 kapan saja. Tercatat 1.496 IPWL. Lihat PP No. 25/2011 juga.')).toEqual([
      'Hubungi SEJIWA di 119 ext. 8 kapan saja.',
      'Tercatat 1.496 IPWL.',
      'Lihat PP No. 25/2011 juga.',
    ]);
  });

  it('counts words that carry a letter or a digit', () => {
    expect(wordsOf('Telepon 112 — sekarang, sehari-hari.')).toEqual(['Telepon', '112', 'sekarang,', 'sehari-hari.']);
  });
});

describe('a page', () => {
  it('flags a sentence over 35 words as failing and over 25 as a warning, outside tables and quotes', () => {
    const result = pageReadability(
      '/x/',
      'id',
      page(`<p>${long(36)}.</p><p>${long(26)}.</p><table><tr><td>${long(50)}</td></tr></table><p>Ia berkata “${long(40)}” lalu pergi.</p>`),
      vocabulary,
    );
    expect(result.overFail).toBe(1);
    expect(result.overWarn).toBe(2);
    expect(result.long.map((s) => s.words)).toEqual([36, 26]);
  });

  it('counts sentences that start with "Anda"', () => {
    const result = pageReadability('/x/', 'id', page('<p>Anda boleh bertanya dulu. Konselor akan menjawab dengan jujur.</p><p>Anda juga boleh berhenti kapan saja.</p>'), vocabulary);
    expect(result.sentences).toBe(3);
    expect(result.andaInitial).toBe(2);
  });

  it('lists technical words explained neither in the glossary nor in the plain-word list', () => {
    const result = pageReadability('/x/', 'id', page('<p>Transferensi dan informasi dibahas bersama psikolog dalam psikoedukasi dan supervisi klinis.</p>'), vocabulary);
    expect(result.jargon).toEqual(['psikoedukasi']);
  });

  it('writes a report with a summary per language and a row per page', () => {
    const result = pageReadability('/x/', 'id', page(`<p>${long(30)}.</p>`), vocabulary);
    const report = readabilityReport([result]);
    expect(report).toContain('| id | 1 | 1 | 30.0 | 1 | 0 | 0% | 0 |');
    expect(report).toContain('- /x/ (30 words): kata0');
  });
});
