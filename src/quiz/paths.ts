import type { Condition } from '../schemas/quiz';
import { nextQuestion } from './engine';
import type { Answers, QuizLogic } from './types';

/** How many complete answer paths a quiz has: every way through it from the first question to a result. */
export function pathCount(quiz: QuizLogic): number {
  const memo = new Map<string, number>();
  const count = (id: string, seen: string[]): number => {
    if (memo.has(id)) return memo.get(id)!;
    if (seen.includes(id)) return 0;
    const question = quiz.questions.find((q) => q.id === id);
    if (!question) return 0;
    const total = question.options.reduce((sum, option) => {
      const next = nextQuestion(quiz, id, option.id);
      return sum + (next === undefined ? 1 : count(next, [...seen, id]));
    }, 0);
    memo.set(id, total);
    return total;
  };
  return quiz.questions[0] ? count(quiz.questions[0].id, []) : 0;
}

function questionsNamedIn(condition: Condition, into = new Set<string>()): Set<string> {
  if (condition.answer) into.add(condition.answer.question);
  for (const c of [...(condition.all ?? []), ...(condition.any ?? [])]) questionsNamedIn(c, into);
  return into;
}

/**
 * One complete answer path for every distinct thing a result can depend on: the scores, the flags
 * and the answers the rules name. Paths that share all of these get the same result, so checking
 * these few paths checks every path; they are found by a walk that never repeats a (question, state).
 */
export interface Ending {
  /** One complete path that ends here; its flags are all it raised, not only the watched ones. */
  answers: Answers;
  scores: Record<string, number>;
  flags: Set<string>;
}

export function distinctEndings(quiz: QuizLogic, watchedFlags: string[] = []): Ending[] {
  const named = [...new Set(quiz.rules.flatMap((r) => [...questionsNamedIn(r.when)]))];
  // Only flags a rule or the caller looks at tell endings apart.
  const watched = [...new Set([...watchedFlags, ...[...JSON.stringify(quiz.rules).matchAll(/"flag":"([^"]+)"/g)].map((m) => m[1]!)])];
  const dimensions = quiz.dimensions.map((d) => d.key);
  const index = new Map(quiz.questions.map((q, i) => [q.id, i]));
  const questions = quiz.questions.map((q) => ({
    id: q.id,
    options: q.options.map((o) => ({
      id: o.id,
      points: dimensions.map((d) => o.points[d] ?? 0),
      flags: o.flags.map((f) => watched.indexOf(f)).filter((f) => f >= 0),
      next: nextQuestion(quiz, q.id, o.id),
    })),
  }));
  const namedAt = named.map((id) => index.get(id) ?? -1);
  // The walk changes these in place and undoes each change on the way back.
  const scores = dimensions.map(() => 0);
  const flagCount = watched.map(() => 0);
  const chosen = quiz.questions.map(() => -1);
  const onPath: number[] = [];
  const visited = new Set<string>();
  const endings = new Map<string, Ending>();
  const key = () => `${scores.join(',')}|${flagCount.map((c) => (c > 0 ? 1 : 0)).join('')}|${namedAt.map((q) => chosen[q] ?? -1).join(',')}`;
  const apply = (q: number, o: number, sign: 1 | -1) => {
    const option = questions[q]!.options[o]!;
    for (let d = 0; d < scores.length; d++) scores[d]! += sign * option.points[d]!;
    for (const f of option.flags) flagCount[f]! += sign;
    chosen[q] = sign === 1 ? o : -1;
  };
  const record = () => {
    const k = key();
    if (endings.has(k)) return;
    const answers = Object.fromEntries(onPath.map((q) => [questions[q]!.id, questions[q]!.options[chosen[q]!]!.id]));
    const flags = new Set(onPath.flatMap((q) => quiz.questions[q]!.options[chosen[q]!]!.flags));
    endings.set(k, { answers, scores: Object.fromEntries(dimensions.map((d, i) => [d, scores[i]!])), flags });
  };
  const walk = (q: number) => {
    const state = `${q}|${key()}`;
    if (visited.has(state)) return;
    visited.add(state);
    onPath.push(q);
    questions[q]!.options.forEach((option, o) => {
      apply(q, o, 1);
      const next = option.next === undefined ? -1 : (index.get(option.next) ?? -1);
      if (next === -1 || chosen[next] !== -1) record();
      else walk(next);
      apply(q, o, -1);
    });
    onPath.pop();
  };
  if (questions.length) walk(0);
  return [...endings.values()];
}
