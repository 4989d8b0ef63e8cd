import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { approachKeys, guideKeys, type ApproachKey, type GuideKey } from '../i18n/routes';

type Localized = 'approaches' | 'guides' | 'comparisons' | 'pages' | 'hubs';

/** The key part of a localized entry id "<locale>/<key>". */
export function keyOf(entry: { id: string }): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

/** One localized entry; a missing one is a build error, because the integrity check guarantees twins. */
export async function localizedEntry<C extends Localized>(collection: C, key: string, locale: Locale): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, `${locale}/${key}`);
  if (!entry) throw new Error(`content/${collection}/${locale}/${key}.mdx is missing`);
  return entry as CollectionEntry<C>;
}

/** Optional hand-written depth for a comparison pair. */
export async function comparisonDepth(a: ApproachKey, b: ApproachKey, locale: Locale) {
  const id = `${locale}/${a}--${b}`;
  return (await getCollection('comparisons')).find((entry) => entry.id === id);
}

/** The approaches of a language in ladder order. */
export async function approachesIn(locale: Locale): Promise<Map<ApproachKey, CollectionEntry<'approaches'>>> {
  const entries = await getCollection('approaches', (e) => e.id.startsWith(`${locale}/`));
  const byKey = new Map(entries.map((e) => [keyOf(e) as ApproachKey, e]));
  return new Map(approachKeys.filter((k) => byKey.has(k)).map((k) => [k, byKey.get(k)!]));
}

/** The guides of a language in the order of the routes module. */
export async function guidesIn(locale: Locale): Promise<Map<GuideKey, CollectionEntry<'guides'>>> {
  const entries = await getCollection('guides', (e) => e.id.startsWith(`${locale}/`));
  const byKey = new Map(entries.map((e) => [keyOf(e) as GuideKey, e]));
  return new Map(guideKeys.filter((k) => byKey.has(k)).map((k) => [k, byKey.get(k)!]));
}
