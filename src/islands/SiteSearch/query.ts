import { editDistance } from '../../search/suggest';

/** Longest query searched: enough for any real question, short enough to keep the index lookups cheap. */
export const maxQueryLength = 100;

// Control characters and bidirectional overrides can make the echoed query read differently from what was searched.
const invisible = /[\p{Cc}\p{Cf}]/gu;

export interface CleanQuery {
  text: string;
  /** True when the query was longer than maxQueryLength and was cut. */
  trimmed: boolean;
}

/** A query as the visitor typed or linked it, made safe to search for and to show back. */
export function cleanQuery(raw: string): CleanQuery {
  const text = raw.replace(invisible, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(text);
  if (characters.length <= maxQueryLength) return { text, trimmed: false };
  return { text: characters.slice(0, maxQueryLength).join('').trim(), trimmed: true };
}

/**
 * Words that carry no topic. Pagefind only returns pages holding every word of a query, so "apa itu
 * napza" would miss the page that explains NAPZA without the words "apa" and "itu".
 */
const stopWords: Record<string, ReadonlySet<string>> = {
  id: new Set('apa itu yang di ke dari dan atau untuk dengan saya aku kami kita anda ini ada adalah bagaimana cara gimana kok sih dong nya mau ingin tentang pada juga'.split(' ')),
  en: new Set('what is are the a an and or of to in on for with my me i we you your it this that how do does can between about want'.split(' ')),
};

/** True for a word that carries no topic in the language, one searchTerms drops. */
export const isStopWord = (word: string, locale: string) => stopWords[locale]?.has(word.toLocaleLowerCase(locale)) ?? false;

/** The words of a clean query worth searching for; all of them when every word is a stop word. */
export function searchTerms(text: string, locale: string): string {
  const words = text.split(' ');
  const kept = words.filter((word) => !isStopWord(word, locale));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * The words of a query that name what the site is about, when some do and some do not: Pagefind
 * returns only pages holding every word, and ranks them by all words alike, so in "minum alkohol
 * tiap hari" the everyday words "tiap hari" would bring long pages that happen to hold them, and
 * leave out the quiz and guides about drinking. A word is about the site when the site's keywords,
 * their synonyms or the glossary use it (`topicWords`, from the build): with an ending ("anaknya"),
 * as most of its beginning ("rehabilitas"), or with a slip ("konsleor"), so a topic typed in part or
 * misspelt is never dropped for its everyday neighbours; a shorter beginning is another word ("hari"
 * is not "harian"). A query with no such word, or only such words, is searched as it is.
 */
export function topicTerms(terms: string, topicWords: ReadonlySet<string>, locale: string): string {
  const words = terms.split(' ');
  const ending = endings[locale] ?? new Set<string>();
  const aboutTheSite = (word: string) => {
    const w = word.toLocaleLowerCase(locale);
    if (topicWords.has(w)) return true;
    for (const topic of topicWords) {
      if (w.startsWith(topic) && ending.has(w.slice(topic.length))) return true;
      if (topic.startsWith(w) && w.length > 3 && w.length >= 0.75 * topic.length) return true;
      if (isSlipOf(w, topic)) return true;
    }
    return false;
  };
  const kept = words.filter(aboutTheSite);
  return kept.length > 0 ? kept.join(' ') : terms;
}

/**
 * One slip in a word of five letters or more that keeps its first letter: tight enough that an
 * everyday word is not taken for a topic ("tiap" for "siap", "hari" for "cari"), loose enough for
 * "konsleor" or "kecandun".
 */
const isSlipOf = (word: string, topic: string) => word.length >= 5 && word[0] === topic[0] && editDistance(word, topic) === 1;

/**
 * Endings that a stem may drop from a query word: "drinking" finds "drink", "anaknya" finds
 * "anak". A shorter page word that differs from the query word by one of these is the same word.
 */
const endings: Record<string, ReadonlySet<string>> = {
  id: new Set('nya kan an i lah kah pun ku mu'.split(' ')),
  en: new Set("s es ed ing er ers est ly ness ment ments ion ions ies ied y al 's".split(' ')),
};

/**
 * True when every word a result matched is only a beginning of a longer query word, such as "met"
 * or "meth" for "methadone", or "we" for "weed". Pagefind answers a word it does not know with the
 * pages holding the longest indexed word the query word begins with, which is usually a different
 * word altogether, so such a result is no answer. Kept as the visitor's own word: one that differs
 * only by an ending a stem drops ("drink" for "drinking"), or by a slip in the last letters
 * ("rehabilitas" for "rehabilitasu"), that is a beginning of three quarters of the word or more.
 */
export function matchedOnlyBeginnings(matched: readonly string[], query: string, locale: string): boolean {
  const queryWords = query.toLocaleLowerCase(locale).split(/\s+/);
  // "we've" and "counselor's" are matched as "we" and "counselor"; "ojk.go.id" is marked whole when
  // only its "go" matched (for "gorila"), so each is read as the words it is made of.
  const tokens = matched.map((word) => word.toLocaleLowerCase(locale).replace(/['’].*$/u, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean)).filter((parts) => parts.length > 0);
  const ending = endings[locale] ?? new Set<string>();
  const sameWord = (word: string, q: string) => word.length > 2 && (ending.has(q.slice(word.length)) || word.length >= 0.75 * q.length);
  const beginningOnly = (word: string) => queryWords.some((q) => q.length > word.length && q.startsWith(word) && !sameWord(word, q));
  const answers = (word: string) => !beginningOnly(word) && queryWords.some((q) => word.startsWith(q) || q.startsWith(word));
  return tokens.length > 0 && tokens.every((parts) => parts.some(beginningOnly) && !parts.some(answers));
}
