import { en } from './en';
import { id } from './id';
import type { Locale } from './locales';

export type Dictionary = { readonly [K in keyof typeof id]: string };
export type StringKey = keyof Dictionary;

const dictionaries: Record<Locale, Dictionary> = { id, en };

/** The translator for a language: t('nav.guides'), or t('help.call', { number: '112' }). */
export function translator(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: StringKey, values: Record<string, string> = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

export type Translate = ReturnType<typeof translator>;

const dateLocales: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

// Made once per language: building a formatter costs far more than using one, and every page dates itself.
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A date as a reader of that language writes it: "23 November 2026". */
export function formatDate(date: Date, locale: Locale): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocales[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(date);
}

/** A source's publication date, as precise as it is known: "2016", "Februari 2026" or "19 Februari 2026". */
export function formatSourceDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const when = new Date(Date.UTC(year ?? 1970, month - 1, day ?? 1));
  if (!day) return new Intl.DateTimeFormat(dateLocales[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(when);
  return formatDate(when, locale);
}
