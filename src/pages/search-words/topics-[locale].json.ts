import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import { searchTopicWords } from '../../search/vocabulary';

/** The words that name what the site is about, one file per language, fetched only for a query of three words or more. */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(JSON.stringify(await searchTopicWords(props.locale)), { headers: { 'Content-Type': 'application/json' } });
