import { pageKeys } from '../content/integrity';
import { assertContentIntegrity } from '../content/site';
import { locales, type Locale } from '../i18n/locales';
import { localizedPath, routeKeys, type RouteKey } from '../i18n/routes';

/**
 * Each view has its own page file in src/pages/ (`[...guide].astro` renders GuideView): Astro gives
 * a page the styles of what its page file imports, so one file rendering every view would send every
 * view's CSS (quiz, search, plan, handout) with every page.
 */
export const views = [
  'home',
  'approaches',
  'approach',
  'compare',
  'pair',
  'guides',
  'guide',
  'glossary',
  'quizzes',
  'quiz',
  'search',
  'plan',
  'hub',
  'counselors',
  'handout',
  'embed',
  'help',
  'page',
] as const;

export type View = (typeof views)[number];

/** What a view's page file is given for each of its paths. */
export interface ViewProps {
  key: RouteKey;
  locale: Locale;
}

/** The view that renders a route: the first part of its key, a comparison pair, or a content page. */
export function viewOf(key: RouteKey): View {
  const [kind, a] = key.split('/');
  if (kind === 'compare') return a ? 'pair' : 'compare';
  if (kind === 'help') return 'help';
  if (key === 'hub/counselors') return 'counselors';
  if ((pageKeys as readonly string[]).includes(kind!)) return 'page';
  if (!(views as readonly string[]).includes(kind!)) throw new Error(`route ${key}: no view renders "${kind}" pages`);
  return kind as View;
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
