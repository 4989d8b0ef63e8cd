import { evaluate, nextQuestion } from '../../src/quiz/engine';
import type { Quiz } from '../../src/schemas/quiz';
import { crisisProtocolFlag, harmReductionFlag, physicalDependenceFlags, redFlagFloor, substanceFlag, urgentFlag, type Evaluation } from '../../src/quiz/types';

/** The dimension whose points order a quiz's answers from mild to severe; quizzes of preferences have none. */
const severityDimension: Record<string, string | undefined> = {
  'use-check': 'concern',
  'pathway-finder': 'intensity',
  'helping-someone': 'severity',
};

export interface Walked {
  paths: number;
  distribution: Record<string, number>;
  problems: string[];
}

/**
 * Every complete answer path of a quiz, depth first, with the scores and flags kept as it goes. The
 * engine gives the same result for the same scores, flags and rule-named answers, so it is asked
 * once per such state; each path is still checked on its own, and so is the path one notch worse
 * at each ordered question.
 */
export function walkEveryPath(quiz: Quiz): Walked {
  const dimensions = quiz.dimensions.map((d) => d.key);
  const flagNames = [...new Set(quiz.questions.flatMap((q) => q.options.flatMap((o) => o.flags)))];
  const named = [...new Set(JSON.stringify(quiz.rules).match(/"question":"[^"]+"/g) ?? [])].map((m) => m.slice(12, -1));
  const questions = quiz.questions.map((q) => ({
    id: q.id,
    options: q.options.map((o) => ({
      id: o.id,
      points: dimensions.map((d) => o.points[d] ?? 0),
      flags: o.flags.map((f) => flagNames.indexOf(f)),
      urgent: o.flags.includes(urgentFlag),
    })),
  }));
  const index = new Map(quiz.questions.map((q, i) => [q.id, i]));
  const severity = severityDimension[quiz.key];
  const ordered = quiz.questions.map((q) => {
    if (!severity || q.options.some((o) => o.flags.includes(urgentFlag))) return false;
    const points = q.options.map((o) => o.points[severity] ?? 0);
    const sameNext = new Set(q.options.map((o) => o.next ?? '')).size === 1;
    return sameNext && points.every((p, i) => i === 0 || p >= points[i - 1]!) && points.some((p) => p !== points[0]);
  });
  const asksSubstance = flagNames.includes(substanceFlag);
  const bandOrder = [...(quiz.levels?.bands ?? [])].sort((a, b) => a.min - b.min).map((b) => b.key);
  const stepOf = new Map(quiz.outcomes.map((o) => [o.key, o.step]));

  const scores = dimensions.map(() => 0);
  const flagCount = flagNames.map(() => 0);
  const chosen = quiz.questions.map(() => -1);
  const path: number[] = [];
  const memo = new Map<number, Evaluation>();
  const result: Walked = { paths: 0, distribution: {}, problems: [] };
  const problem = (text: () => string) => result.problems.length < 20 && result.problems.push(text());
  const describe = () => path.map((q) => `${questions[q]!.id}=${questions[q]!.options[chosen[q]!]!.id}`).join(' ');

  // A number, not a string, names the state: the walk asks for millions of them.
  const namedAt = named.map((q) => index.get(q) ?? -1);
  let flagMask = 0;
  const keyNow = () => {
    let key = 0;
    for (const score of scores) key = key * 64 + score + 16;
    key = key * 2 ** flagNames.length + flagMask;
    for (const q of namedAt) key = key * 40 + (chosen[q] ?? -1) + 1;
    return key;
  };
  const evaluateNow = (): Evaluation => {
    const key = keyNow();
    let found = memo.get(key);
    if (!found) {
      const answers = Object.fromEntries(path.map((q) => [questions[q]!.id, questions[q]!.options[chosen[q]!]!.id]));
      found = evaluate(quiz, answers);
      memo.set(key, found);
      if (!found.reasons.length) problem(() => `no reasons: ${describe()}`);
    }
    return found;
  };
  const choose = (q: number, o: number, sign: 1 | -1) => {
    const option = questions[q]!.options[o]!;
    for (let d = 0; d < option.points.length; d++) scores[d]! += sign * option.points[d]!;
    for (const f of option.flags) {
      flagCount[f]! += sign;
      flagMask = flagCount[f]! > 0 ? flagMask | (1 << f) : flagMask & ~(1 << f);
    }
    chosen[q] = sign === 1 ? o : -1;
  };

  const atEnd = (lastOption: { urgent: boolean }) => {
    result.paths++;
    const r = evaluateNow();
    const label = `${r.outcome} (step ${r.step})`;
    result.distribution[label] = (result.distribution[label] ?? 0) + 1;
    const has = (flag: string) => flagCount[flagNames.indexOf(flag)]! > 0;
    if (has(urgentFlag)) {
      if (r.step !== 0 || !r.urgent) problem(() => `urgent path not at step 0: ${describe()} → ${label}`);
      if (!lastOption.urgent) problem(() => `urgent path did not end at the danger answer: ${describe()}`);
      return;
    }
    if (has(harmReductionFlag) && (r.step < redFlagFloor || !r.harmReduction)) problem(() => `red-flag path below step ${redFlagFloor} or without harm reduction: ${describe()} → ${label}`);
    if ((!asksSubstance || has(substanceFlag)) && r.step >= 3 && !r.withdrawalCaution) problem(() => `substance path at step ${r.step} without the withdrawal caution: ${describe()}`);
    if (has(substanceFlag) && physicalDependenceFlags.some(has) && !r.withdrawalCaution) problem(() => `daily use or withdrawal signs without the withdrawal caution: ${describe()}`);
    if (bandOrder.length && ((r.step >= 5 && bandOrder.indexOf(r.level!) < bandOrder.length - 1) || (r.step === 4 && bandOrder.indexOf(r.level!) < bandOrder.length - 2))) {
      problem(() => `level "${r.level}" below what step ${r.step} says: ${describe()}`);
    }
    if (has(crisisProtocolFlag) && !r.crisisProtocol) problem(() => `group not ready for a crisis without a crisis protocol: ${describe()}`);
    // One notch worse at any ordered question never lowers the step.
    for (const q of path) {
      const current = chosen[q]!;
      if (!ordered[q] || current === questions[q]!.options.length - 1) continue;
      choose(q, current, -1);
      choose(q, current + 1, 1);
      const worse = evaluateNow();
      choose(q, current + 1, -1);
      choose(q, current, 1);
      if (stepOf.get(worse.outcome)! < r.step) problem(() => `one notch worse at ${questions[q]!.id} lowers the step: ${describe()} → ${label}, then ${worse.outcome}`);
    }
  };

  const walk = (q: number) => {
    path.push(q);
    questions[q]!.options.forEach((option, o) => {
      choose(q, o, 1);
      const next = nextQuestion(quiz, questions[q]!.id, option.id);
      if (next === undefined) atEnd(option);
      else walk(index.get(next)!);
      choose(q, o, -1);
    });
    path.pop();
  };
  walk(0);
  return result;
}

