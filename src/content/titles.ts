import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/dictionary';
import type { ApproachKey, RouteKey } from '../i18n/routes';
import { sectionTitle } from '../i18n/section-titles';
import { midSentence } from '../components/attributes';
import { getEntry } from 'astro:content';
import { localizedEntry } from './entries';

/** The title of any page by route key, as its own page shows it in the h1. */
export async function titleOf(key: RouteKey, locale: Locale): Promise<string> {
  const [kind, a, b] = key.split('/');
  if (kind === 'approach' && a) return (await localizedEntry('approaches', a, locale)).data.title;
  if (kind === 'guide' && a) return (await localizedEntry('guides', a, locale)).data.title;
  if (kind === 'quiz' && a) return (await getEntry('quizzes', a))?.data.title[locale] ?? a;
  if (kind === 'compare' && a && b) return pairTitle(a as ApproachKey, b as ApproachKey, locale);
  if (kind === 'hub' && a) return (await localizedEntry('hubs', a, locale)).data.title;
  if (kind === 'handout') return translator(locale)('handout.title', { title: await titleOf(key.slice('handout/'.length) as RouteKey, locale) });
  if (kind === 'embed' && a) return titleOf(`quiz/${a}` as RouteKey, locale);
  return sectionTitle(key, locale);
}

export async function pairTitle(a: ApproachKey, b: ApproachKey, locale: Locale): Promise<string> {
  const [first, second] = await Promise.all([localizedEntry('approaches', a, locale), localizedEntry('approaches', b, locale)]);
  return translator(locale)('compare.pairTitle', { a: first.data.title, b: midSentence(second.data.title) });
}
