/**
 * "Did you mean": the site's own words closest to a query that found nothing. Pure, so the search
 * island and its tests share it; the vocabulary comes from the build (SearchView).
 */

/** Edits between two words: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many edits still count as a slip: none for very short words, more for longer ones. */
function slack(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return length <= 9 ? 2 : 3;
}

const normalize = (text: string, locale: string) =>
  text
    .toLocaleLowerCase(locale)
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Up to `max` queries to try instead: the whole query, or the query with one word replaced, by the
 * nearest words of the vocabulary, nearest first.
 */
export function closestQueries(query: string, vocabulary: readonly string[], locale: string, max = 3): string[] {
  const text = normalize(query, locale);
  const words = text.split(' ').filter(Boolean);
  const candidates: { query: string; distance: number }[] = [];
  for (const term of vocabulary) {
    const whole = editDistance(text, term);
    if (whole > 0 && whole <= slack(text.length)) candidates.push({ query: term, distance: whole });
    if (words.length < 2 || term.includes(' ')) continue;
    words.forEach((word, i) => {
      const distance = editDistance(word, term);
      if (distance > 0 && distance <= slack(word.length)) candidates.push({ query: words.map((w, j) => (j === i ? term : w)).join(' '), distance });
    });
  }
  candidates.sort((x, y) => x.distance - y.distance || x.query.localeCompare(y.query, locale));
  return [...new Set(candidates.map((candidate) => candidate.query))].slice(0, max);
}
