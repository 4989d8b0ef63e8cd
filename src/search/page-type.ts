import { isEmbed, isHandout, type RouteKey } from '../i18n/routes';

/** What kind of page a route is, as search shows it and filters by it. */
export const pageTypes = ['approach', 'comparison', 'guide', 'quiz', 'hub', 'glossary', 'help', 'info'] as const;
export type PageType = (typeof pageTypes)[number];

/**
 * Pages that only list or search others stay out of the index (their text is already in the pages
 * they list), as do print versions and embeds, which repeat a page.
 */
const listings: ReadonlySet<RouteKey> = new Set(['home', 'approaches', 'guides', 'quizzes', 'search']);

export function pageTypeOf(key: RouteKey): PageType | undefined {
  if (listings.has(key) || isHandout(key) || isEmbed(key)) return undefined;
  const [prefix] = key.split('/');
  if (prefix === 'approach' || prefix === 'guide' || prefix === 'quiz' || prefix === 'hub') return prefix;
  if (prefix === 'compare') return 'comparison';
  if (key === 'glossary' || key === 'help') return key;
  if (key === 'find-help') return 'help';
  return 'info';
}
