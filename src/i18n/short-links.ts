import type { Locale } from './locales';
import { guideKeys, hubKeys, quizKeys, type RouteKey } from './routes';

/**
 * Short links for print and posters, /g/<code>/, each to one page in one language. They are
 * forever: a code is never changed, reused or removed, and new ones are added at the end.
 */
export const shortLinks: Readonly<Record<string, { key: RouteKey; locale: Locale }>> = {
  p1: { key: 'guide/choosing-individual-or-group', locale: 'id' },
  p2: { key: 'guide/what-happens-in-group-therapy', locale: 'id' },
  p3: { key: 'guide/support-groups-and-group-therapy', locale: 'id' },
  p4: { key: 'guide/addiction-counselor', locale: 'id' },
  p5: { key: 'guide/helping-someone', locale: 'id' },
  p6: { key: 'guide/school-counseling', locale: 'id' },
  p7: { key: 'guide/workplace-counseling', locale: 'id' },
  p8: { key: 'guide/psychosocial-after-crisis', locale: 'id' },
  p9: { key: 'guide/self-help-partnership', locale: 'id' },
  p10: { key: 'guide/rehabilitation-rights', locale: 'id' },
  k1: { key: 'quiz/pathway-finder', locale: 'id' },
  k2: { key: 'quiz/individual-or-group', locale: 'id' },
  k3: { key: 'quiz/use-check', locale: 'id' },
  k4: { key: 'quiz/helping-someone', locale: 'id' },
  k5: { key: 'quiz/partnership-readiness', locale: 'id' },
  sekolah: { key: 'hub/schools', locale: 'id' },
  kerja: { key: 'hub/workplaces', locale: 'id' },
  konselor: { key: 'hub/counselors', locale: 'id' },
  g1: { key: 'guide/choosing-individual-or-group', locale: 'en' },
  g2: { key: 'guide/what-happens-in-group-therapy', locale: 'en' },
  g3: { key: 'guide/support-groups-and-group-therapy', locale: 'en' },
  g4: { key: 'guide/addiction-counselor', locale: 'en' },
  g5: { key: 'guide/helping-someone', locale: 'en' },
  g6: { key: 'guide/school-counseling', locale: 'en' },
  g7: { key: 'guide/workplace-counseling', locale: 'en' },
  g8: { key: 'guide/psychosocial-after-crisis', locale: 'en' },
  g9: { key: 'guide/self-help-partnership', locale: 'en' },
  g10: { key: 'guide/rehabilitation-rights', locale: 'en' },
  q1: { key: 'quiz/pathway-finder', locale: 'en' },
  q2: { key: 'quiz/individual-or-group', locale: 'en' },
  q3: { key: 'quiz/use-check', locale: 'en' },
  q4: { key: 'quiz/helping-someone', locale: 'en' },
  q5: { key: 'quiz/partnership-readiness', locale: 'en' },
  schools: { key: 'hub/schools', locale: 'en' },
  work: { key: 'hub/workplaces', locale: 'en' },
  counselors: { key: 'hub/counselors', locale: 'en' },
  p11: { key: 'guide/weighing-change', locale: 'id' },
  g11: { key: 'guide/weighing-change', locale: 'en' },
  p12: { key: 'guide/setting-a-goal', locale: 'id' },
  g12: { key: 'guide/setting-a-goal', locale: 'en' },
  p13: { key: 'guide/noticing-the-pattern', locale: 'id' },
  g13: { key: 'guide/noticing-the-pattern', locale: 'en' },
  p14: { key: 'guide/handling-urges', locale: 'id' },
  g14: { key: 'guide/handling-urges', locale: 'en' },
  p15: { key: 'guide/replacing-the-habit', locale: 'id' },
  g15: { key: 'guide/replacing-the-habit', locale: 'en' },
  p16: { key: 'guide/online-gambling', locale: 'id' },
  g16: { key: 'guide/online-gambling', locale: 'en' },
  p17: { key: 'guide/after-a-slip', locale: 'id' },
  g17: { key: 'guide/after-a-slip', locale: 'en' },
  p19: { key: 'guide/debt-and-gambling', locale: 'id' },
  g19: { key: 'guide/debt-and-gambling', locale: 'en' },
  p20: { key: 'guide/gaming', locale: 'id' },
  g20: { key: 'guide/gaming', locale: 'en' },
  p18: { key: 'guide/harm-reduction', locale: 'id' },
  g18: { key: 'guide/harm-reduction', locale: 'en' },
};

export const shortPath = (code: string) => `/g/${code}/`;

/** The short link of a page in a language, if it has one. */
export function shortCodeOf(key: RouteKey, locale: Locale): string | undefined {
  return Object.entries(shortLinks).find(([, target]) => target.key === key && target.locale === locale)?.[0];
}

/** Every page that is printed or passed on: each guide, quiz and hub, in both languages. */
export const pagesWithShortLinks: RouteKey[] = [
  ...guideKeys.map((key) => `guide/${key}` as const),
  ...quizKeys.map((key) => `quiz/${key}` as const),
  ...hubKeys.map((key) => `hub/${key}` as const),
];
