import type { Condition } from '../schemas/quiz';

/** What the engine needs of a quiz: its structure, in either language or both. Texts do not matter here. */
export interface QuizLogic {
  version: number;
  dimensions: { key: string }[];
  questions: { id: string; options: { id: string; points: Record<string, number>; flags: string[]; next?: string }[] }[];
  levels?: { dimension: string; bands: { key: string; min: number; max: number }[] };
  outcomes: { key: string; step: number; approaches: string[] }[];
  rules: { when: Condition; outcome: string }[];
}

/** The visitor's answers: question id → option id. */
export type Answers = Readonly<Record<string, string>>;

/** One answer that led to the result, for "why this suggestion". */
export interface Reason {
  question: string;
  option: string;
}

export interface Evaluation {
  outcome: string;
  step: number;
  approaches: string[];
  /** True when any answer signals danger: urgent help is shown first, whatever else was answered. */
  urgent: boolean;
  level?: string;
  scores: Record<string, number>;
  reasons: Reason[];
}

/** The flag that puts urgent help first. */
export const urgentFlag = 'urgent';
/** Marks the end of a quiz in an option's `next`. */
export const endOfQuiz = 'end';
