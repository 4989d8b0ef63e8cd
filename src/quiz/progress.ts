import { walkOf } from './engine';
import { chosenIds, type Answers, type QuizLogic } from './types';

/**
 * How many questions can still come, by question and by what an askIf can see of the answers
 * before it: built by progressTable (length.ts) when the page is built, read here in the browser.
 */
export interface ProgressTable {
  /** The flags and the "question/option" answers some askIf reads. */
  flags: string[];
  answers: string[];
  /** progressKey → the most questions from that question on, itself included. */
  longest: Record<string, number>;
}

/** The table's key: the question's position and the read flags and answers raised before it, sorted. */
export const progressKey = (at: number, flags: Iterable<string>, answers: Iterable<string>): string => `${at}|${[...flags].sort()}|${[...answers].sort()}`;

/**
 * "Question k of about N" for the question at the end of `trail`: N is k plus the longest path that
 * can still follow, so it only ever falls, and only by as much as the answers so far rule out.
 */
export function progressFrom(table: ProgressTable, quiz: QuizLogic, trail: readonly string[], answers: Answers): { position: number; total: number } {
  const position = trail.length;
  const current = quiz.questions.findIndex((q) => q.id === trail[position - 1]);
  const before = Object.fromEntries(trail.slice(0, -1).flatMap((id) => (answers[id] === undefined ? [] : [[id, answers[id]!]])));
  const flags = [...walkOf(quiz, before).flags].filter((f) => table.flags.includes(f));
  const chosen = Object.entries(before).flatMap(([q, answer]) => chosenIds(answer).map((o) => `${q}/${o}`)).filter((a) => table.answers.includes(a));
  const remaining = table.longest[progressKey(current, flags, chosen)];
  return { position, total: position - 1 + (remaining ?? 1) };
}
