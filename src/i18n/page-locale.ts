import type { Locale } from './locales';

/** The language of a page from its path: English pages live under /en/. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'id';
}
