import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { styleSheet } from '../style/style-sheet';
import { suggestableWords } from './synonyms';

/** The keywords of every page written as content, in one language. */
async function siteKeywords(locale: Locale): Promise<string[]> {
  const localized = await Promise.all((['approaches', 'guides', 'hubs', 'pages'] as const).map((name) => getCollection(name, (entry) => entry.id.startsWith(`${locale}/`))));
  const quizzes = await getCollection('quizzes');
  return [...localized.flat().flatMap((entry) => entry.data.keywords ?? []), ...quizzes.flatMap((quiz) => quiz.data.keywords[locale])];
}

/** The words "did you mean" chooses from in one language (see suggestableWords). */
export async function searchVocabulary(locale: Locale): Promise<string[]> {
  const sheet = styleSheet();
  // A glossary heading may name a synonym in brackets, "Kambuh (relaps)": the term alone is the word.
  const glossaryTerms = (await getCollection('glossary')).map((term) => term.data[locale].term.replace(/\s*\(.*?\)/g, ''));
  return suggestableWords(locale, {
    keywords: await siteKeywords(locale),
    styleTerms: sheet.terms,
    avoided: sheet.avoid.filter((avoided) => avoided.lang === locale).map((avoided) => avoided.phrase),
    glossaryTerms,
  });
}

/** Where the search page fetches the vocabulary, only when a search finds nothing. */
export const vocabularyPath = (locale: Locale) => `/search-words/${locale}.json`;
