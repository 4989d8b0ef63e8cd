import type { Condition } from '../schemas/quiz';
import { holds, type Facts } from './engine';
import { progressFrom, progressKey, type ProgressTable } from './progress';
import { endOfQuiz, type Answer, type Answers, type QuizLogic } from './types';

type Question = QuizLogic['questions'][number];

/**
 * Every answer a question accepts: each option, or for "choose all that apply" every set of one or
 * more options ("none of these" alone). At most 2^10 sets, since such a question has at most 10 options.
 */
export function answerChoices(question: Question): string[][] {
  if (!question.multiple) return question.options.map((o) => [o.id]);
  const open = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  const sets: string[][] = [];
  for (let mask = 1; mask < 1 << open.length; mask++) sets.push(open.filter((_, i) => mask & (1 << i)));
  for (const o of question.options) if (o.exclusive) sets.push([o.id]);
  return sets;
}

/** The answer as the engine stores it: an id for a single choice, the ids ticked for "choose all that apply". */
export const asAnswer = (question: Question, ids: readonly string[]): Answer => (question.multiple ? ids : ids[0]!);

function namedIn(condition: Condition | undefined, flags: Set<string>, answers: Set<string>) {
  if (!condition) return;
  if (condition.flag !== undefined) flags.add(condition.flag);
  if (condition.answer) answers.add(`${condition.answer.question}/${condition.answer.option}`);
  namedIn(condition.not, flags, answers);
  for (const c of [...(condition.all ?? []), ...(condition.any ?? [])]) namedIn(c, flags, answers);
}

/**
 * The most questions a visitor can still meet from each question on, itself included, for every set
 * of earlier answers an `askIf` can tell apart: only what an askIf reads can change which questions
 * come, so the table is small. Worked out at build time and sent with the quiz, so the browser only
 * looks it up ("question k of about N").
 */
export function progressTable(quiz: QuizLogic): ProgressTable {
  const flagsRead = new Set<string>();
  const answersRead = new Set<string>();
  for (const q of quiz.questions) namedIn(q.askIf, flagsRead, answersRead);
  const index = new Map(quiz.questions.map((q, i) => [q.id, i]));
  // Each answer reduced to what an askIf can see of it; answers that look the same are tried once.
  const effects = quiz.questions.map((question) => {
    const seen = new Map<string, { flags: string[]; answers: string[]; next: number }>();
    for (const ids of answerChoices(question)) {
      const options = question.options.filter((o) => ids.includes(o.id));
      const flags = [...new Set(options.flatMap((o) => o.flags).filter((f) => flagsRead.has(f)))].sort();
      const answers = ids.map((id) => `${question.id}/${id}`).filter((a) => answersRead.has(a));
      const jump = question.multiple ? undefined : options[0]!.next;
      const next = jump === endOfQuiz ? -1 : jump ? index.get(jump)! : index.get(question.id)! + 1;
      seen.set(`${flags}|${answers}|${next}`, { flags, answers, next });
    }
    return [...seen.values()];
  });
  const flags = new Set<string>();
  const answers = new Set<string>();
  const facts: Facts = { score: () => 0, flag: (f) => flags.has(f), chose: (q, o) => answers.has(`${q}/${o}`) };
  const longest: Record<string, number> = {};
  const walk = (at: number): number => {
    const key = progressKey(at, flags, answers);
    const known = longest[key];
    if (known !== undefined) return known;
    let best = 0;
    for (const effect of effects[at]!) {
      const addedFlags = effect.flags.filter((f) => !flags.has(f));
      const addedAnswers = effect.answers.filter((a) => !answers.has(a));
      addedFlags.forEach((f) => flags.add(f));
      addedAnswers.forEach((a) => answers.add(a));
      let next = effect.next;
      while (next >= 0 && next < quiz.questions.length && quiz.questions[next]!.askIf && !holds(quiz.questions[next]!.askIf!, facts)) next++;
      best = Math.max(best, 1 + (next >= 0 && next < quiz.questions.length ? walk(next) : 0));
      addedFlags.forEach((f) => flags.delete(f));
      addedAnswers.forEach((a) => answers.delete(a));
    }
    longest[key] = best;
    return best;
  };
  if (quiz.questions.length) walk(0);
  return { flags: [...flagsRead].sort(), answers: [...answersRead].sort(), longest };
}

/** The most questions any visitor meets: "up to N" on the quiz card, in the intro and the description. */
export function longestPath(quiz: QuizLogic): number {
  return quiz.questions.length ? progressTable(quiz).longest[progressKey(0, new Set(), new Set())]! : 0;
}

/** "Question k of about N", worked out from the quiz itself: for tests and the build; the browser reads the table. */
export const progressOf = (quiz: QuizLogic, trail: readonly string[], answers: Answers) => progressFrom(progressTable(quiz), quiz, trail, answers);
