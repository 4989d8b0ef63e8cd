import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { evaluate, nextQuestion } from '../../src/quiz/engine';
import type { Quiz } from '../../src/schemas/quiz';
import type { Answer, Evaluation } from '../../src/quiz/types';
import { shownText } from './quiz-invariants';
import { mildest } from './quiz-walk';

/** A clinical case: a situation in words, the answers that describe it, and what a clinician expects. */
export interface ClinicalCase {
  case: string;
  quiz: string;
  answers: Record<string, Answer>;
  expect: {
    outcome?: string;
    /** Outcomes this result must not be. */
    notOutcome?: string[];
    step?: number;
    stepAtLeast?: number;
    stepAtMost?: number;
    urgent?: boolean;
    harmReduction?: boolean;
    withdrawalCaution?: boolean;
    opioidCaution?: boolean;
    crisisProtocol?: boolean;
    helperSupport?: boolean;
    /** The context sections at the top of the result, in order. */
    sections?: string[];
    /** Words the result must show, in each language: its outcome, level, notes and sections. */
    says?: { id: string; en: string }[];
    /** Words the result must not show, in each language. */
    neverSays?: { id: string; en: string }[];
  };
}

export const clinicalCases = (): ClinicalCase[] => parseYaml(readFileSync('tests/quiz-cases.yaml', 'utf8')) as ClinicalCase[];

/**
 * The full answers of a case: what it states, and for every other question on its path the mildest
 * answer: the first that is not a danger answer, or "none of these" where a question has one.
 */
export function completeAnswers(quiz: Quiz, stated: Record<string, Answer>): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (let id: string | undefined = quiz.questions[0]?.id; id && !(id in answers); ) {
    const question = quiz.questions.find((q) => q.id === id)!;
    answers[id] = stated[id] ?? mildest(question);
    id = nextQuestion(quiz, id, answers);
  }
  return answers;
}

/** Where a case and the engine disagree, in words; empty when they agree. */
export function caseProblems(quiz: Quiz, c: ClinicalCase): string[] {
  const problems: string[] = [];
  for (const [question, answer] of Object.entries(c.answers)) {
    const q = quiz.questions.find((x) => x.id === question);
    for (const option of [answer].flat()) if (!q?.options.some((o) => o.id === option)) problems.push(`no answer ${question}: ${option}`);
  }
  const answers = completeAnswers(quiz, c.answers);
  for (const question of Object.keys(c.answers)) if (!(question in answers)) problems.push(`the case answers ${question}, which its path never asks`);
  const result: Evaluation = evaluate(quiz, answers);
  const e = c.expect;
  const got = `${result.outcome} at step ${result.step}`;
  if (e.outcome !== undefined && result.outcome !== e.outcome) problems.push(`expected ${e.outcome}, got ${got}`);
  if (e.notOutcome?.includes(result.outcome)) problems.push(`expected anything but ${result.outcome}, got ${got}`);
  if (e.step !== undefined && result.step !== e.step) problems.push(`expected step ${e.step}, got ${got}`);
  if (e.stepAtLeast !== undefined && result.step < e.stepAtLeast) problems.push(`expected step ${e.stepAtLeast} or higher, got ${got}`);
  if (e.stepAtMost !== undefined && result.step > e.stepAtMost) problems.push(`expected step ${e.stepAtMost} or lower, got ${got}`);
  for (const key of ['urgent', 'harmReduction', 'withdrawalCaution', 'opioidCaution', 'crisisProtocol', 'helperSupport'] as const) {
    if (e[key] !== undefined && result[key] !== e[key]) problems.push(`expected ${key} ${e[key]}, got ${result[key]} (${got})`);
  }
  if (e.sections && JSON.stringify(result.sections) !== JSON.stringify(e.sections)) problems.push(`expected sections ${e.sections.join(', ') || 'none'}, got ${result.sections.join(', ') || 'none'}`);
  for (const locale of ['id', 'en'] as const) {
    const text = shownText(quiz, result, locale);
    for (const words of e.says ?? []) if (!shows(text, words[locale])) problems.push(`the ${locale} result (${got}) does not say "${words[locale]}"`);
    for (const words of e.neverSays ?? []) if (shows(text, words[locale])) problems.push(`the ${locale} result (${got}) says "${words[locale]}"`);
  }
  return problems;
}

/** Whether a text holds these words: any case, except a short capitalised name (HR, KPAI), which must stand as a word. */
function shows(text: string, words: string): boolean {
  return /^[A-Z0-9]{2,4}$/.test(words) ? new RegExp(`\\b${words}\\b`).test(text) : text.toLowerCase().includes(words.toLowerCase());
}
