/** The site's languages. Indonesian is the default and lives at the root; English under /en/. */
export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'id';

export const localeNames: Record<Locale, string> = { id: 'Bahasa Indonesia', en: 'English' };
/** The same names where a phone's header has little room. */
export const localeShortNames: Record<Locale, string> = { id: 'Indonesia', en: 'English' };

export function otherLocale(locale: Locale): Locale {
  return locale === 'id' ? 'en' : 'id';
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
