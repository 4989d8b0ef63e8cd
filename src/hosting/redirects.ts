import type { Locale } from '../i18n/locales';
import { movedPages } from '../i18n/moved-pages';
import { localizedPath, type RouteKey } from '../i18n/routes';
import { shortLinks } from '../i18n/short-links';

/** A permanent redirect from one path of the site to another. */
export interface Redirect {
  from: string;
  to: string;
}

type Targets = Readonly<Record<string, { key: RouteKey; locale: Locale }>>;

/**
 * Every redirect the hosts answer with a 301: short links (`/g/<code>/`) and moved pages. Each
 * is listed with and without its trailing slash, so neither form costs a second hop.
 */
export function redirects(short: Targets = shortLinks, moved: Targets = movedPages): Redirect[] {
  const fromShort = Object.entries(short).map(([code, target]) => [`/g/${code}/`, target] as const);
  return [...fromShort, ...Object.entries(moved)].flatMap(([from, { key, locale }]) => {
    const to = localizedPath(key, locale);
    return [
      { from, to },
      { from: from.replace(/\/$/, ''), to },
    ];
  });
}
