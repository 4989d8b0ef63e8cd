import type { Locale } from '../i18n/locales';

/**
 * Short words that begin longer, unrelated ones: Pagefind matches every word a query word begins,
 * so "meth" finds the methodology page and "pil" finds "pilih" (choose). Each is searched together
 * with a longer word of its synonym group, which the same pages are indexed with and nothing else
 * begins with (src/search/synonyms.ts): Pagefind returns only pages holding both, and the short
 * word still ranks a page that names it in its keywords first (see searchedWhole for the exception).
 * The visitor sees their own word.
 */
export const shortTerms: Record<Locale, Readonly<Record<string, string>>> = {
  id: {
    meth: 'metamfetamin',
    ganja: 'kanabis',
    pil: 'psikotropika',
    od: 'overdosis',
    na: 'narcotics anonymous',
    aa: 'alcoholics anonymous',
    gim: 'gaming',
  },
  en: {
    meth: 'methamphetamine',
    pot: 'cannabis',
    od: 'overdose',
    na: 'narcotics anonymous',
    aa: 'alcoholics anonymous',
  },
};

/**
 * Short words whose first letters also begin a word it would do harm to find: "meth" begins
 * "methadone", and a person asking about methamphetamine must never be sent to methadone first.
 * These are searched as their longer word alone, never as a beginning; every page that names the
 * short word is indexed with the longer one (src/search/synonyms.ts).
 */
export const searchedWhole: Record<Locale, readonly string[]> = {
  id: ['meth'],
  en: ['meth'],
};

/**
 * Misspellings people often make, and other spellings of one word, by the word the pages use:
 * searched as that word, so a slip finds the same pages in the same order. Slips Pagefind finds by
 * itself are left out: a beginning of the word ("narkob"), or the word with letters added at its
 * end ("narkobah"). "Did you mean" (suggest.ts) offers the nearest words for any other slip.
 */
export const misspellings: Record<Locale, Readonly<Record<string, readonly string[]>>> = {
  id: {
    narkoba: ['nakoba', 'narkona'],
    // Spellings of the same street name, searched as the one the pages are indexed with.
    sabu: ['sabhu', 'shabu', 'sabu-sabu', 'shabu-shabu', 'shabhu'],
    rehabilitasi: ['rehabilitsi', 'rehablitasi', 'rehabiltasi'],
    konseling: ['konsling', 'konseing', 'konsuling'],
    konselor: ['konslor', 'konseler'],
    psikolog: ['psikholog', 'psycholog', 'spikolog', 'psikholok'],
    kecanduan: ['kecandun', 'kencanduan'],
    alkohol: ['alkhol', 'alkohool', 'alkohl', 'alkhohol'],
    online: ['onlen', 'onine', 'onlaen'],
    overdosis: ['overdois', 'ovedosis', 'overdossis'],
    metadon: ['methadon'],
    putaw: ['putao'],
  },
  en: {
    sabu: ['shabu', 'sabu-sabu', 'shabu-shabu'],
    addiction: ['addicition', 'addction', 'adiction', 'addicton'],
    alcohol: ['alchohol', 'alcohal', 'alchol', 'alcohl'],
    counseling: ['counceling', 'counciling', 'councelling', 'counsling'],
    counselor: ['councelor', 'councilor', 'counsler', 'councellor'],
    rehabilitation: ['rehabilitaion', 'rehabiliation', 'rehabilitaton', 'rehabiltation'],
    gambling: ['gamblng', 'gambeling', 'gamling', 'gambleing'],
    methadone: ['metadone', 'methodone'],
    psychologist: ['psycologist', 'phychologist', 'psychologyst', 'pyschologist'],
    withdrawal: ['withdrawl', 'withdrawel'],
    overdose: ['overdoes', 'overdoze'],
  },
};

/**
 * What to search for instead of each word, in one language: its correct spelling, and a short word
 * with its longer synonym. The search page gets only its own language's list.
 */
export function queryRewrites(locale: Locale): Record<string, string> {
  const withLongWord = (word: string) => {
    const long = shortTerms[locale][word];
    if (!long) return word;
    return searchedWhole[locale].includes(word) ? long : `${word} ${long}`;
  };
  const rewrites: Record<string, string> = Object.fromEntries(Object.keys(shortTerms[locale]).map((word) => [word, withLongWord(word)]));
  for (const [word, slips] of Object.entries(misspellings[locale])) for (const slip of slips) rewrites[slip] = withLongWord(word);
  return rewrites;
}

/** The query to give Pagefind: each word the list names replaced, the others as typed. */
export function rewriteQuery(terms: string, rewrites: Readonly<Record<string, string>>, locale: string): string {
  return terms
    .split(' ')
    .map((word) => rewrites[word.toLocaleLowerCase(locale)] ?? word)
    .join(' ');
}
