import type { audiences } from '../schemas/shared';

type Audience = (typeof audiences)[number];

/**
 * Whom each hub's readers pass the site on to, besides people like themselves: a school shares
 * with its students and their parents, a workplace with its staff and their families, counselors
 * with anyone they work with. A quiz written only for facilitators thus stays on the counselors' hub.
 */
const passesOnTo: Readonly<Record<Audience, readonly Audience[]>> = {
  self: [],
  family: ['self'],
  school: ['self', 'family'],
  workplace: ['self', 'family'],
  professional: ['self', 'family', 'school', 'workplace'],
};

/** The quizzes a hub offers (embed codes, handouts): those written for its readers or for whom they serve. */
export function quizzesForHub<Q extends { audience: readonly Audience[] }>(hubAudience: readonly Audience[], quizzes: readonly Q[]): Q[] {
  const reach = new Set(hubAudience.flatMap((a) => [a, ...passesOnTo[a]]));
  return quizzes.filter((quiz) => quiz.audience.some((a) => reach.has(a)));
}
