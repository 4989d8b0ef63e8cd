import type { StringKey } from '../../i18n/dictionary';

/** The UI strings the search island shows, and no others: each one is sent inside the page. */
export const searchStringKeys = [
  'search.label',
  'search.hint',
  'search.button',
  'search.filters',
  'search.filtersChosen',
  'search.filterType',
  'search.filterAudience',
  'search.filterAny',
  'search.resultsTitle',
  'search.more',
  'search.empty',
  'search.searching',
  'search.count',
  'search.countOne',
  'search.none',
  'search.noneFiltered',
  'search.noneHint',
  'search.noneTitle',
  'search.didYouMean',
  'search.urgent',
  'search.showAll',
  'search.trimmed',
  'search.failed',
] as const satisfies readonly StringKey[];

export type SearchStringKey = (typeof searchStringKeys)[number];
export type SearchStrings = Record<SearchStringKey, string>;
