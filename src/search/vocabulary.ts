import { getCollection } from 'astro:content';
import { translator } from '../i18n/dictionary';
import { isStopWord } from '../islands/SiteSearch/query';
import type { Locale } from '../i18n/locales';
import { styleSheet } from '../style/style-sheet';
import { suggestableWords, topicWords } from './synonyms';

/** The keywords of every page, in one language: written with the content, or with the views that draw the compare pages, the glossary and the plan. */
async function siteKeywords(locale: Locale): Promise<string[]> {
  const localized = await Promise.all((['approaches', 'guides', 'hubs', 'pages'] as const).map((name) => getCollection(name, (entry) => entry.id.startsWith(`${locale}/`))));
  const quizzes = await getCollection('quizzes');
  const t = translator(locale);
  const ofViews = (['search.keywords.compare', 'search.keywords.glossary', 'plan.keywords'] as const).flatMap((key) => t(key).split(', '));
  return [...localized.flat().flatMap((entry) => entry.data.keywords ?? []), ...quizzes.flatMap((quiz) => quiz.data.keywords[locale]), ...ofViews];
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

/**
 * The words that name what the site is about in one language (see topicWords), but for the stop
 * words, which never reach topicTerms.
 */
export async function searchTopicWords(locale: Locale): Promise<string[]> {
  const glossaryTerms = (await getCollection('glossary')).map((term) => term.data[locale].term);
  const words = topicWords(locale, { keywords: await siteKeywords(locale), styleTerms: styleSheet().terms, glossaryTerms });
  return words.filter((word) => !isStopWord(word, locale));
}

/** Where the search page fetches the vocabulary, only when a search finds nothing. */
export const vocabularyPath = (locale: Locale) => `/search-words/${locale}.json`;

/** Where the search page fetches the topic words, only for a query of three words or more. */
export const topicWordsPath = (locale: Locale) => `/search-words/topics-${locale}.json`;
