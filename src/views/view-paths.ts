import { assertContentIntegrity } from '../content/site';
import { locales, type Locale } from '../i18n/locales';
import { localizedPath, routeKeys, type RouteKey } from '../i18n/routes';
import { viewOf, type View } from './view-of';

/** What a view's page file is given for each of its paths. */
export interface ViewProps {
  key: RouteKey;
  locale: Locale;
}

/** The route key's parts after the first (`guide/gaming` → `['gaming']`). */
export const keyParts = (key: RouteKey): string[] => key.split('/').slice(1);

/** getStaticPaths of a view's page file, whose rest parameter has the view's name: its routes in every language. */
export async function viewPaths(view: View) {
  await assertContentIntegrity();
  return routeKeys
    .filter((key) => viewOf(key) === view)
    .flatMap((key) =>
      locales.map((locale) => ({
        params: { [view]: localizedPath(key, locale).slice(1, -1) || undefined },
        props: { key, locale } satisfies ViewProps,
      })),
    );
}
