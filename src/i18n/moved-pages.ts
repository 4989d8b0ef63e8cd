import type { Locale } from './locales';
import type { RouteKey } from './routes';

/**
 * Addresses that lead elsewhere for good: a page's old path after its slug changed (the old path
 * stays in `tests/published-urls.txt`), or a path people reasonably type. Hosts answer each with a
 * 301 to the page's current path.
 */
export const movedPages: Readonly<Record<string, { key: RouteKey; locale: Locale }>> = {
  // Indonesian lives at the root; someone who swaps /en/ for /id/ should still land on it.
  '/id/': { key: 'home', locale: 'id' },
};
