import type { Locale } from './locales';

/**
 * A list in running text, as each language's house style writes it: "A, B, atau C" in Indonesian,
 * "A, B or C" in English, "A atau B" for two. `word` is the joining word already in the page's
 * language ("atau", "dan", "or", "and").
 */
export function joinList(items: readonly string[], word: string, locale: Locale): string {
  if (items.length < 2) return items.join('');
  const comma = locale === 'id' && items.length > 2 ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} ${word} ${items.at(-1)}`;
}
