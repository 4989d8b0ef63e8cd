import { compilePattern, makesClaim, type StyleSheet } from '../schemas/style';
import { sentencesOf } from '../readability/sentences.ts';

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

/** A sentence that makes a claim the style sheet forbids. */
export interface ClaimHit {
  /** The sentence as it stands on the page. */
  sentence: string;
  /** The rule's key, e.g. "bpjs-pays-for-dependence-id". */
  rule: string;
  /** What the style sheet says to write instead. */
  preferred: string;
}

/** The claim rules of one language with their patterns compiled; the schema has already checked they compile. */
function claimRulesFor(sheet: StyleSheet, lang: Language) {
  const compile = (sources: string[]) => sources.map((source) => compilePattern(source)).filter((re): re is RegExp => typeof re !== 'string');
  return sheet.claims.filter((rule) => rule.lang === lang).map((rule) => ({ rule, all: compile(rule.all), unless: compile(rule.unless) }));
}

/**
 * Every sentence of some blocks of text (paragraphs, list items, headings) that makes a forbidden
 * claim, after the explicitly allowed phrases are set aside. Blocks keep a list item from running
 * into the next one, so words from two items never make one claim.
 */
export function claimHits(blocks: readonly string[], lang: Language, sheet: StyleSheet): ClaimHit[] {
  const rules = claimRulesFor(sheet, lang);
  const hits: ClaimHit[] = [];
  for (const block of blocks) {
    let rest = block;
    for (const { phrase } of sheet.allowed) rest = rest.replace(wholeWords(phrase), ' ');
    for (const sentence of sentencesOf(rest.replace(/\s+/g, ' ').trim())) {
      for (const { rule, all, unless } of rules) {
        if (makesClaim(sentence, all, unless)) hits.push({ sentence, rule: rule.key, preferred: rule.use });
      }
    }
  }
  return hits;
}
