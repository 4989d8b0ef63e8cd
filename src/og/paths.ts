import type { Locale } from '../i18n/locales';
import type { RouteKey } from '../i18n/routes';

/** Where a page's link-preview image is built: /og/id/guide/school-counseling.png. */
export function ogImagePath(key: RouteKey, locale: Locale): string {
  return `/og/${locale}/${key}.png`;
}
