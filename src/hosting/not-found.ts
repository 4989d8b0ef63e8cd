import { locales, type Locale } from '../i18n/locales';
import { localizedPath, quizKeys } from '../i18n/routes';

/** A path prefix whose misses get one language's "not found" page, kept at `<prefix>404.html`. */
export interface NotFoundScope {
  prefix: string;
  locale: Locale;
}

/** The folder a language's quiz embeds live in, e.g. /embed/en/. */
const embedFolder = (locale: Locale) => localizedPath(`embed/${quizKeys[0]!}`, locale).replace(/[^/]+\/$/, '');

/**
 * Where each language's 404 answers, beyond the root's: a language's own pages, and its quiz
 * embeds, so a broken embed link on a school's site shows the embed's language and, like the
 * embeds, may sit in the school's frame. The build writes the page into each folder as 404.html
 * (static hosts serve the nearest one) and nginx gets an `error_page` for each.
 */
export function notFoundScopes(): NotFoundScope[] {
  return locales.flatMap((locale) => {
    const home = localizedPath('home', locale);
    return [...(home === '/' ? [] : [home]), embedFolder(locale)].map((prefix) => ({ prefix, locale }));
  });
}
