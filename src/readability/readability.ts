import { mainBlocks, withoutQuotes } from './page-text.ts';
import { sentencesOf, wordsOf } from './sentences.ts';

export type Language = 'id' | 'en';

/** Sentence length limits: above `warn` a sentence is listed, above `fail` the build stops. */
export const limits = { warn: 25, fail: 35 } as const;

export interface Vocabulary {
  /** Words of every glossary term, lower case: these are explained on the glossary page. */
  glossary: ReadonlySet<string>;
  /** Words a general reader knows without explanation, lower case, per language. */
  plain: Readonly<Record<Language, ReadonlySet<string>>>;
}

export interface PageReadability {
  path: string;
  lang: Language;
  sentences: number;
  averageWords: number;
  /** Sentences above limits.warn words, longest first. */
  long: { words: number; text: string }[];
  overWarn: number;
  overFail: number;
  /** Indonesian only: sentences that start with "Anda". */
  andaInitial: number;
  /** Technical-looking words that are neither in the glossary nor in the plain-word list. */
  jargon: string[];
}

// Words that look technical: acronyms, and loanword shapes that often need explaining.
const technicalShape: Record<Language, RegExp> = {
  id: /^(?:\p{Lu}{3,}|(?:psiko|neuro|farmako|detoks)\p{Ll}+|\p{Ll}{4,}(?:isme|itas|ologi|ologis|istik|ensi|sial|tif|asi))$/u,
  en: /^(?:\p{Lu}{3,}|(?:psycho|neuro|pharmaco|detox)\p{Ll}+|\p{Ll}{4,}(?:ology|ological|otherapy|osis|ization|isation))$/u,
};

function isExplained(word: string, lang: Language, vocabulary: Vocabulary): boolean {
  const lower = word.toLowerCase();
  if (vocabulary.glossary.has(lower) || vocabulary.plain[lang].has(lower)) return true;
  // A form of a glossary word ("psychologists" for "psychologist", "psikologis" for "psikolog") is explained too.
  for (const known of vocabulary.glossary) if (known.length >= 6 && lower.startsWith(known)) return true;
  return false;
}

/**
 * Sentence length, "Anda"-initial sentences and unexplained jargon of a page's running text,
 * quiz text included.
 */
export function pageReadability(path: string, lang: Language, html: string, vocabulary: Vocabulary): PageReadability {
  const sentences = mainBlocks(html)
    .flatMap((block) => sentencesOf(withoutQuotes(block)))
    .map((text) => ({ text, words: wordsOf(text).length }))
    // Labels and one- or two-word headings are not sentences a reader has to parse.
    .filter((sentence) => sentence.words >= 3);
  const jargon = new Set<string>();
  for (const { text } of sentences)
    for (const word of wordsOf(text)) {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (technicalShape[lang].test(bare) && !isExplained(bare, lang, vocabulary)) jargon.add(bare);
    }
  const total = sentences.reduce((sum, s) => sum + s.words, 0);
  const long = sentences.filter((s) => s.words > limits.warn).sort((a, b) => b.words - a.words);
  return {
    path,
    lang,
    sentences: sentences.length,
    averageWords: sentences.length ? total / sentences.length : 0,
    long,
    overWarn: long.length,
    overFail: long.filter((s) => s.words > limits.fail).length,
    andaInitial: lang === 'id' ? sentences.filter((s) => /^["“(]?Anda\b/.test(s.text)).length : 0,
    jargon: [...jargon].sort(),
  };
}

const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '–');

/** Totals per language: sentences, average length, how many are long, and the "Anda" share. */
export function summary(pages: readonly PageReadability[], lang: Language) {
  const mine = pages.filter((p) => p.lang === lang);
  const sentences = mine.reduce((sum, p) => sum + p.sentences, 0);
  const words = mine.reduce((sum, p) => sum + p.averageWords * p.sentences, 0);
  return {
    pages: mine.length,
    sentences,
    averageWords: sentences ? words / sentences : 0,
    overWarn: mine.reduce((sum, p) => sum + p.overWarn, 0),
    overFail: mine.reduce((sum, p) => sum + p.overFail, 0),
    andaInitial: mine.reduce((sum, p) => sum + p.andaInitial, 0),
    jargon: new Set(mine.flatMap((p) => p.jargon)).size,
  };
}

/** reports/readability.md: a summary per language, then one row per page. */
export function readabilityReport(pages: readonly PageReadability[]): string {
  const lines = [
    '# Readability of every page',
    '',
    `Sentences of ${limits.warn + 1}+ words are listed under the table; a sentence of more than ${limits.fail} words stops the build.`,
    'Counted: the running text of each page\'s main content. Not counted: tables, quotations, the table of contents, and text that comes from the quiz files.',
    '',
    '| language | pages | sentences | average words | over 25 | over 35 | start with "Anda" | unexplained terms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const lang of ['id', 'en'] as const) {
    const s = summary(pages, lang);
    lines.push(`| ${lang} | ${s.pages} | ${s.sentences} | ${s.averageWords.toFixed(1)} | ${s.overWarn} | ${s.overFail} | ${lang === 'id' ? percent(s.andaInitial, s.sentences) : '–'} | ${s.jargon} |`);
  }
  lines.push('', '## Per page', '', '| page | lang | sentences | average words | over 25 | over 35 | start with "Anda" | unexplained terms |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const p of pages)
    lines.push(
      `| ${p.path} | ${p.lang} | ${p.sentences} | ${p.averageWords.toFixed(1)} | ${p.overWarn} | ${p.overFail} | ${p.lang === 'id' ? percent(p.andaInitial, p.sentences) : '–'} | ${p.jargon.join(', ')} |`,
    );
  lines.push('', '## Long sentences', '');
  for (const p of pages) for (const s of p.long) lines.push(`- ${p.path} (${s.words} words): ${s.text}`);
  return `${lines.join('\n')}\n`;
}
