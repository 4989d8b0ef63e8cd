import type { LocalQuiz } from '../../quiz/localize';
import {
  crisisProtocolFlag,
  harmReductionFlag,
  helperStrainFlag,
  physicalDependenceFlags,
  pregnancyFlag,
  substanceFlag,
  urgentFlag,
  type Reason,
} from '../../quiz/types';

/** Answers that say most about a result: danger, a red flag, daily use or withdrawal, a helper's or a group's strain. */
const weightyFlags = new Set([urgentFlag, harmReductionFlag, ...physicalDependenceFlags, helperStrainFlag, crisisProtocolFlag]);

/**
 * The one reason a result names on its first screen ("mainly because …"), as the quiz words it: an
 * answer with a weighty flag if there is one, or pregnancy where a substance is named (it lifts the
 * step); else, in a quiz with levels of concern, the answer that added most to that level; else the
 * first answer that counted at all, never a preference, which chooses among approaches but never
 * the step. Undefined when the result has no reasons.
 */
export function mainReason(quiz: Pick<LocalQuiz, 'questions' | 'levels'>, reasons: readonly Reason[]): string | undefined {
  const options = reasons.flatMap(({ question, option }) => {
    const asked = quiz.questions.find((q) => q.id === question);
    const found = asked?.options.find((o) => o.id === option);
    return found?.reason && asked?.kind !== 'preference' ? [found] : [];
  });
  const flagged = (flag: string) => options.find((o) => o.flags.includes(flag));
  const weighty = options.find((o) => o.flags.some((flag) => weightyFlags.has(flag))) ?? (flagged(substanceFlag) && flagged(pregnancyFlag));
  if (weighty) return weighty.reason;
  const level = quiz.levels?.dimension;
  const weight = (o: (typeof options)[number]) => (level ? (o.points[level] ?? 0) : Object.values(o.points).some(Boolean) ? 1 : 0);
  // The first of the heaviest: reduce keeps the earlier option on a tie.
  const heaviest = options.reduce<(typeof options)[number] | undefined>((best, o) => (!best || weight(o) > weight(best) ? o : best), undefined);
  return heaviest?.reason;
}
