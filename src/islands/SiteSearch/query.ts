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

/** The words of a clean query worth searching for; all of them when every word is a stop word. */
export function searchTerms(text: string, locale: string): string {
  const words = text.split(' ');
  const kept = words.filter((word) => !stopWords[locale]?.has(word.toLocaleLowerCase(locale)));
  return (kept.length > 0 ? kept : words).join(' ');
}
