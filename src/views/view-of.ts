import { pageKeys } from '../content/integrity';
import type { RouteKey } from '../i18n/routes';

/**
 * Each view has its own page file in src/pages/ (`[...guide].astro` renders GuideView): Astro gives
 * a page the styles of what its page file imports, so one file rendering every view would send every
 * view's CSS (quiz, search, plan, handout, help) with every page.
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

/**
 * The view that renders a route: the first part of its key, with three exceptions. A comparison
 * pair is not the comparison table; the help page and the counselors' hub (with its link builder)
 * have views of their own, so that the other content pages and hubs skip their styles.
 */
export function viewOf(key: RouteKey): View {
  const [kind, a] = key.split('/');
  if (kind === 'compare') return a ? 'pair' : 'compare';
  if (kind === 'help') return 'help';
  if (key === 'hub/counselors') return 'counselors';
  if ((pageKeys as readonly string[]).includes(kind!)) return 'page';
  if (!(views as readonly string[]).includes(kind!)) throw new Error(`route ${key}: no view renders "${kind}" pages`);
  return kind as View;
}
