import type { StringKey } from '../../i18n/dictionary';

/** The UI strings the search island needs, already in the page's language. */
export type SearchStringKey = Extract<StringKey, `search.${string}` | `audience.${string}`>;
export type SearchStrings = Record<SearchStringKey, string>;
