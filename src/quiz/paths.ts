import type { Condition } from '../schemas/quiz';
import { holds, stepFor, type Facts } from './engine';
import { answerChoices, asAnswer } from './length';
import { endOfQuiz, urgentFlag, type Answers, type QuizLogic } from './types';

function questionsNamedIn(condition: Condition | undefined, into = new Set<string>()): Set<string> {
  if (!condition) return into;
  if (condition.answer) into.add(condition.answer.question);
  questionsNamedIn(condition.not, into);
  for (const c of [...(condition.all ?? []), ...(condition.any ?? [])]) questionsNamedIn(c, into);
  return into;
}

function flagsNamedIn(condition: Condition | undefined, into = new Set<string>()): Set<string> {
  if (!condition) return into;
  if (condition.flag !== undefined) into.add(condition.flag);
  flagsNamedIn(condition.not, into);
  for (const c of [...(condition.all ?? []), ...(condition.any ?? [])]) flagsNamedIn(c, into);
  return into;
}

/** Every condition of a quiz: its step lines, its rules and its askIf. */
export const conditionsOf = (quiz: QuizLogic): Condition[] => [
  ...quiz.steps.map((s) => s.when),
  ...quiz.rules.map((r) => r.when),
  ...quiz.questions.flatMap((q) => (q.askIf ? [q.askIf] : [])),
];

/**
 * The answer graph as walks need it: for each question, every answer it accepts with its points,
 * flags and the question it leads to before any askIf is weighed (-1 at the end).
 */
function compile(quiz: QuizLogic, dimensions: string[], flagNames: string[]) {
  const index = new Map(quiz.questions.map((q, i) => [q.id, i]));
  return quiz.questions.map((question, qi) => ({
    id: question.id,
    askIf: question.askIf,
    choices: answerChoices(question).map((ids) => {
      const options = question.options.filter((o) => ids.includes(o.id));
      const jump = question.multiple ? undefined : options[0]!.next;
      return {
        answer: asAnswer(question, ids),
        ids,
        points: dimensions.map((d) => options.reduce((sum, o) => sum + (o.points[d] ?? 0), 0)),
        flags: [...new Set(options.flatMap((o) => o.flags))].map((f) => flagNames.indexOf(f)).filter((f) => f >= 0),
        next: jump === endOfQuiz ? -1 : jump ? (index.get(jump) ?? -1) : qi + 1,
      };
    }),
  }));
}

/**
 * How many complete answer paths a quiz has: every way through it from the first question to a
 * result, each set of ticks of a "choose all that apply" question counted as its own answer.
 */
export function pathCount(quiz: QuizLogic): number {
  const flagNames = [...new Set(quiz.questions.flatMap((q) => [...flagsNamedIn(q.askIf)]))];
  const askedAbout = new Set(quiz.questions.flatMap((q) => [...questionsNamedIn(q.askIf)]));
  const questions = compile(quiz, [], flagNames);
  const flagCount = flagNames.map(() => 0);
  const chosen = quiz.questions.map((): readonly string[] => []);
  const facts: Facts = { score: () => 0, flag: (f) => (flagCount[flagNames.indexOf(f)] ?? 0) > 0, chose: (q, o) => chosen[quiz.questions.findIndex((x) => x.id === q)]!.includes(o) };
  const memo = new Map<string, number>();
  const count = (at: number): number => {
    const key = `${at}|${flagCount.map((c) => (c > 0 ? 1 : 0)).join('')}|${quiz.questions.map((q, i) => (askedAbout.has(q.id) ? chosen[i]!.join('+') : '')).join(',')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let total = 0;
    for (const choice of questions[at]!.choices) {
      choice.flags.forEach((f) => flagCount[f]!++);
      chosen[at] = choice.ids;
      let next = choice.next;
      while (next >= 0 && next < questions.length && questions[next]!.askIf && !holds(questions[next]!.askIf!, facts)) next++;
      total += next >= 0 && next < questions.length ? count(next) : 1;
      choice.flags.forEach((f) => flagCount[f]!--);
      chosen[at] = [];
    }
    memo.set(key, total);
    return total;
  };
  return questions.length ? count(0) : 0;
}

/**
 * The lowest step any complete path with all these flags and no danger answer can end on, and one
 * such path; undefined when no such path exists. Step lines only rise with worse answers (the validator holds them
 * to that), so a branch whose answers so far already give `best` or more is never explored further,
 * and preference questions, which never set the step, are walked with their first answer only.
 */
export function lowestStep(quiz: QuizLogic, required: string[]): { step: number; answers: Answers } | undefined {
  const stepConditions = quiz.steps.map((s) => s.when);
  const askIfs = quiz.questions.flatMap((q) => (q.askIf ? [q.askIf] : []));
  const dimensions = [...new Set(stepConditions.flatMap((c) => dimensionsNamedIn(c)))];
  const watched = [...new Set([...required, urgentFlag, ...[...stepConditions, ...askIfs].flatMap((c) => [...flagsNamedIn(c)])])];
  const named = new Set([...stepConditions, ...askIfs].flatMap((c) => [...questionsNamedIn(c)]));
  const compiled = compile(quiz, dimensions, watched);
  const questions = compiled.map((question, qi) => {
    const source = quiz.questions[qi]!;
    if (source.kind === 'preference') return { ...question, choices: question.choices.slice(0, 1) };
    // Answers that look the same to the step lines and the askIf are tried once.
    const seen = new Map<string, (typeof question.choices)[number]>();
    for (const choice of question.choices) {
      const answered = named.has(question.id) ? choice.ids.join('+') : '';
      seen.set(`${choice.points}|${[...choice.flags].sort()}|${answered}|${choice.next}`, choice);
    }
    return { ...question, choices: [...seen.values()] };
  });
  const position = new Map(quiz.questions.map((q, i) => [q.id, i]));
  const scores = dimensions.map(() => 0);
  const flagCount = watched.map(() => 0);
  const chosen = quiz.questions.map(() => -1);
  const facts: Facts = {
    score: (d) => scores[dimensions.indexOf(d)] ?? 0,
    flag: (f) => (flagCount[watched.indexOf(f)] ?? 0) > 0,
    chose: (q, o) => {
      const at = position.get(q) ?? -1;
      return at >= 0 && chosen[at]! >= 0 && questions[at]!.choices[chosen[at]!]!.ids.includes(o);
    },
  };
  const requiredAt = required.map((f) => watched.indexOf(f));
  const urgentAt = watched.indexOf(urgentFlag);
  const raisable = flagsRaisableFrom(questions);
  // A branch that has met a danger answer, or can no longer raise a required flag, has no path to offer.
  const hopeless = (q: number) => flagCount[urgentAt]! > 0 || requiredAt.some((f) => flagCount[f] === 0 && !raisable[q]!.has(f));
  const onPath: number[] = [];
  const visited = new Set<string>();
  let best: { step: number; answers: Answers } | undefined;
  const key = (q: number) => `${q}|${scores.join(',')}|${flagCount.map((c) => (c > 0 ? 1 : 0)).join('')}|${[...named].map((id) => chosen[position.get(id) ?? -1] ?? -1).join(',')}`;
  const walk = (q: number) => {
    if (hopeless(q) || (best && stepFor(quiz, facts) >= best.step)) return;
    const k = key(q);
    if (visited.has(k)) return;
    visited.add(k);
    onPath.push(q);
    questions[q]!.choices.forEach((choice, c) => {
      for (let d = 0; d < scores.length; d++) scores[d]! += choice.points[d]!;
      for (const f of choice.flags) flagCount[f]!++;
      chosen[q] = c;
      let next = choice.next;
      while (next >= 0 && next < questions.length && questions[next]!.askIf && !holds(questions[next]!.askIf!, facts)) next++;
      if (next >= 0 && next < questions.length && chosen[next] === -1) walk(next);
      else if (required.every((f) => facts.flag(f)) && !facts.flag(urgentFlag)) {
        const step = stepFor(quiz, facts);
        if (!best || step < best.step) {
          best = { step, answers: Object.fromEntries(onPath.map((at) => [questions[at]!.id, questions[at]!.choices[chosen[at]!]!.answer])) };
        }
      }
      for (let d = 0; d < scores.length; d++) scores[d]! -= choice.points[d]!;
      for (const f of choice.flags) flagCount[f]!--;
      chosen[q] = -1;
    });
    onPath.pop();
  };
  if (questions.length) walk(0);
  return best;
}

/**
 * For each question, the flags (by index) that it or any question a visitor can meet after it may
 * raise. A question with an askIf may be skipped for the one after it, so both count as reachable.
 * Grown until nothing changes, so a loop in the data still gets every flag it can reach.
 */
function flagsRaisableFrom(questions: readonly { askIf?: Condition; choices: readonly { flags: readonly number[]; next: number }[] }[]): Set<number>[] {
  const raisable = questions.map((question) => new Set(question.choices.flatMap((c) => c.flags)));
  const leadsTo = questions.map((question, q) =>
    [...new Set([...question.choices.map((c) => c.next), ...(question.askIf ? [q + 1] : [])])].filter((n) => n >= 0 && n < questions.length),
  );
  for (let changed = true; changed; ) {
    changed = false;
    for (let q = questions.length - 1; q >= 0; q--) {
      for (const n of leadsTo[q]!) {
        for (const f of raisable[n]!) {
          if (raisable[q]!.has(f)) continue;
          raisable[q]!.add(f);
          changed = true;
        }
      }
    }
  }
  return raisable;
}

function dimensionsNamedIn(condition: Condition | undefined): string[] {
  if (!condition) return [];
  return [
    ...[condition.score, condition.lead, condition.over].filter((d): d is string => d !== undefined),
    ...dimensionsNamedIn(condition.not),
    ...[...(condition.all ?? []), ...(condition.any ?? [])].flatMap(dimensionsNamedIn),
  ];
}
