import type { APIRoute, GetStaticPaths } from 'astro';
import { titleOf } from '../../../content/titles';
import { translator, type StringKey } from '../../../i18n/dictionary';
import { locales, type Locale } from '../../../i18n/locales';
import { isEmbed, isHandout, routeKeys, type RouteKey } from '../../../i18n/routes';
import { ogImagePath } from '../../../og/paths';
import { renderCard } from '../../../og/render';
import { pageTypeOf } from '../../../search/page-type';

/** One link-preview image per page and language, drawn at build time (see BaseLayout's og:image). */
export const getStaticPaths = (() =>
  routeKeys
    // Embeds are never shared on their own; handouts use the image of the page they print.
    .filter((key) => !isEmbed(key) && !isHandout(key))
    .flatMap((key) =>
      locales.map((locale) => ({
        params: { locale, key: ogImagePath(key, locale).replace(/^\/og\/\w+\//, '').replace(/\.png$/, '') },
        props: { key, locale },
      })),
    )) satisfies GetStaticPaths;

export const GET: APIRoute<{ key: RouteKey; locale: Locale }> = async ({ props }) => {
  const { key, locale } = props;
  const t = translator(locale);
  const type = pageTypeOf(key);
  const label = type ? t(`search.type.${type}` as StringKey) : t('site.tagline');
  const png = await renderCard({ siteName: t('site.name'), label, title: await titleOf(key, locale), footer: t('og.footer', { host: new URL(import.meta.env.SITE).host }) });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
