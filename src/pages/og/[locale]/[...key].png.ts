import type { APIRoute, GetStaticPaths } from 'astro';
import { titleOf } from '../../../content/titles';
import { translator, type StringKey } from '../../../i18n/dictionary';
import { locales, type Locale } from '../../../i18n/locales';
import { isEmbed, isHandout, routeKeys, type RouteKey } from '../../../i18n/routes';
import type { CardText } from '../../../og/card';
import { ogImagePath } from '../../../og/paths';
import { drawCardsSoon, renderCard } from '../../../og/render';
import { pageTypeOf } from '../../../search/page-type';

async function cardText(key: RouteKey, locale: Locale): Promise<CardText> {
  const t = translator(locale);
  const type = pageTypeOf(key);
  const label = type ? t(`search.type.${type}` as StringKey) : t('site.tagline');
  return { siteName: t('site.name'), label, title: await titleOf(key, locale), footer: t('og.footer', { host: new URL(import.meta.env.SITE).host }) };
}

/**
 * One link-preview image per page and language, drawn at build time (see BaseLayout's og:image).
 * Astro asks every route for its paths before it renders any page, so the build starts drawing the
 * images here, on other threads, while the pages render on the main one.
 */
export const getStaticPaths = (async () => {
  const pages = routeKeys
    // Embeds are never shared on their own; handouts use the image of the page they print.
    .filter((key) => !isEmbed(key) && !isHandout(key))
    .flatMap((key) => locales.map((locale) => ({ key, locale })));
  const texts = await Promise.all(pages.map(({ key, locale }) => cardText(key, locale)));
  if (import.meta.env.PROD) drawCardsSoon(texts);
  return pages.map(({ key, locale }, i) => ({
    params: { locale, key: ogImagePath(key, locale).replace(/^\/og\/\w+\//, '').replace(/\.png$/, '') },
    props: { text: texts[i]! },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) => {
  const png = await renderCard(props.text);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
