import type { StyleSheet } from '../schemas/style';

export type Language = 'id' | 'en';

/** One place where a page departs from the style sheet. */
export interface StyleHit {
  /** The words as they stand on the page. */
  phrase: string;
  /** What the style sheet says to write instead. */
  preferred: string;
  /** "variant" for another name of a recurring thing, otherwise why the phrase is avoided. */
  kind: 'variant' | StyleSheet['avoid'][number]['kind'];
}

interface Rule {
  phrase: string;
  preferred: string;
  kind: StyleHit['kind'];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-insensitive pattern; spaces in the phrase match any run of white space. */
export function wholeWords(phrase: string): RegExp {
  const body = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The rules for one language, longest phrase first so "tangga layanan bertahap" wins over "tangga layanan". */
export function rulesFor(sheet: StyleSheet, lang: Language): Rule[] {
  const variants = sheet.terms.flatMap((term) =>
    term[lang].variants.map((phrase) => ({ phrase, preferred: term[lang].use, kind: 'variant' as const })),
  );
  const avoided = sheet.avoid.filter((a) => a.lang === lang).map((a) => ({ phrase: a.phrase, preferred: a.use, kind: a.kind }));
  return [...variants, ...avoided].sort((a, b) => b.phrase.length - a.phrase.length);
}

/** Every variant name or avoided phrase in a text, after the explicitly allowed phrases are set aside. */
export function styleHits(text: string, lang: Language, sheet: StyleSheet): StyleHit[] {
  let rest = text;
  for (const { phrase } of sheet.allowed) rest = rest.replace(wholeWords(phrase), ' ');
  const hits: StyleHit[] = [];
  for (const rule of rulesFor(sheet, lang)) {
    rest = rest.replace(wholeWords(rule.phrase), (found) => {
      hits.push({ phrase: found, preferred: rule.preferred, kind: rule.kind });
      return ' ';
    });
  }
  return hits;
}
