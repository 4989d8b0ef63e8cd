import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { evaluate, nextQuestion } from '../../src/quiz/engine';
import type { Quiz } from '../../src/schemas/quiz';
import { urgentFlag, type Evaluation } from '../../src/quiz/types';

/** A clinical case: a situation in words, the answers that describe it, and what a clinician expects. */
export interface ClinicalCase {
  case: string;
  quiz: string;
  answers: Record<string, string>;
  expect: {
    outcome?: string;
    step?: number;
    stepAtLeast?: number;
    stepAtMost?: number;
    urgent?: boolean;
    harmReduction?: boolean;
    withdrawalCaution?: boolean;
    crisisProtocol?: boolean;
    helperSupport?: boolean;
    /** Words the result's own text must hold, in each language. */
    says?: { id: string; en: string }[];
    /** Words the result's own text must not hold, in each language. */
    neverSays?: { id: string; en: string }[];
  };
}

export const clinicalCases = (): ClinicalCase[] => parseYaml(readFileSync('tests/quiz-cases.yaml', 'utf8')) as ClinicalCase[];

/**
 * The full answers of a case: what it states, and for every other question on its path the first
 * answer that is not a danger answer, which in every quiz is the mildest one.
 */
export function completeAnswers(quiz: Quiz, stated: Record<string, string>): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let id: string | undefined = quiz.questions[0]?.id; id && !(id in answers); ) {
    const question = quiz.questions.find((q) => q.id === id)!;
    answers[id] = stated[id] ?? question.options.find((o) => !o.flags.includes(urgentFlag))!.id;
    id = nextQuestion(quiz, id, answers[id]);
  }
  return answers;
}

function resultText(quiz: Quiz, result: Evaluation, locale: 'id' | 'en'): string {
  const outcome = quiz.outcomes.find((o) => o.key === result.outcome)!;
  return [outcome.title, outcome.summary, ...outcome.firstSteps].map((t) => t[locale]).join(' ');
}

/** Where a case and the engine disagree, in words; empty when they agree. */
export function caseProblems(quiz: Quiz, c: ClinicalCase): string[] {
  const problems: string[] = [];
  for (const [question, option] of Object.entries(c.answers)) {
    if (!quiz.questions.find((q) => q.id === question)?.options.some((o) => o.id === option)) problems.push(`no answer ${question}: ${option}`);
  }
  const result = evaluate(quiz, completeAnswers(quiz, c.answers));
  const e = c.expect;
  const got = `${result.outcome} at step ${result.step}`;
  if (e.outcome !== undefined && result.outcome !== e.outcome) problems.push(`expected ${e.outcome}, got ${got}`);
  if (e.step !== undefined && result.step !== e.step) problems.push(`expected step ${e.step}, got ${got}`);
  if (e.stepAtLeast !== undefined && result.step < e.stepAtLeast) problems.push(`expected step ${e.stepAtLeast} or higher, got ${got}`);
  if (e.stepAtMost !== undefined && result.step > e.stepAtMost) problems.push(`expected step ${e.stepAtMost} or lower, got ${got}`);
  for (const key of ['urgent', 'harmReduction', 'withdrawalCaution', 'crisisProtocol', 'helperSupport'] as const) {
    if (e[key] !== undefined && result[key] !== e[key]) problems.push(`expected ${key} ${e[key]}, got ${result[key]} (${got})`);
  }
  for (const locale of ['id', 'en'] as const) {
    const text = resultText(quiz, result, locale).toLowerCase();
    for (const words of e.says ?? []) if (!text.includes(words[locale].toLowerCase())) problems.push(`the ${locale} text of ${result.outcome} does not say "${words[locale]}"`);
    for (const words of e.neverSays ?? []) if (text.includes(words[locale].toLowerCase())) problems.push(`the ${locale} text of ${result.outcome} says "${words[locale]}"`);
  }
  return problems;
}
