import type { Locale } from '../i18n/locales';
import { isHandout, type RouteKey } from '../i18n/routes';

/**
 * Where a page's link-preview image is built: /og/id/guide/school-counseling.png. A handout
 * shares the image of the page it prints: same title, and one image fewer to draw.
 */
export function ogImagePath(key: RouteKey, locale: Locale): string {
  return `/og/${locale}/${isHandout(key) ? printedPage(key) : key}.png`;
}

/** handout/guide/X → guide/X */
function printedPage(key: RouteKey): string {
  return key.replace(/^handout\//, '');
}
