import type { StringKey } from '../../i18n/dictionary';

/** The UI strings the link builder needs, already in the page's language. */
export type BuilderStringKey = Extract<StringKey, `builder.${string}` | `copy.${string}`>;
export type BuilderStrings = Record<BuilderStringKey, string>;
