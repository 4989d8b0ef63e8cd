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
export function distinctEndings(quiz: QuizLogic): Answers[] {
  const named = new Set(quiz.rules.flatMap((r) => [...questionsNamedIn(r.when)]));
  const visited = new Set<string>();
  const endings = new Map<string, Answers>();
  const dimensions = quiz.dimensions.map((d) => d.key);
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const namedIds = [...named];
  const keyOf = (scores: Record<string, number>, flags: Set<string>, answers: Record<string, string>) =>
    `${dimensions.map((d) => scores[d] ?? 0).join(',')}|${[...flags].sort().join(',')}|${namedIds.map((q) => answers[q] ?? '').join(',')}`;

  const walk = (id: string, scores: Record<string, number>, flags: Set<string>, answers: Record<string, string>) => {
    const state = `${id}|${keyOf(scores, flags, answers)}`;
    if (visited.has(state)) return;
    visited.add(state);
    const question = byId.get(id);
    if (!question) return;
    for (const option of question.options) {
      const nextScores = { ...scores };
      for (const [d, p] of Object.entries(option.points)) nextScores[d] = (nextScores[d] ?? 0) + p;
      const nextFlags = new Set([...flags, ...option.flags]);
      const nextAnswers = { ...answers, [id]: option.id };
      const next = nextQuestion(quiz, id, option.id);
      if (next === undefined || Object.hasOwn(answers, next)) {
        const key = keyOf(nextScores, nextFlags, nextAnswers);
        if (!endings.has(key)) endings.set(key, nextAnswers);
      } else walk(next, nextScores, nextFlags, nextAnswers);
    }
  };
  if (quiz.questions[0]) walk(quiz.questions[0].id, {}, new Set(), {});
  return [...endings.values()];
}
