import { translator, type StringKey } from './dictionary';
import type { Locale } from './locales';
import type { RouteKey, SectionKey } from './routes';

/** The title of a fixed page of the site (home, guides, help …). */
export function sectionTitle(key: RouteKey, locale: Locale): string {
  return translator(locale)(`title.${key as SectionKey}` as StringKey);
}
