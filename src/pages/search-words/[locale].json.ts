import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import { searchVocabulary } from '../../search/vocabulary';

/** The words "did you mean" offers, one file per language, fetched only when a search finds nothing. */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(JSON.stringify(await searchVocabulary(props.locale)), { headers: { 'Content-Type': 'application/json' } });
