import type { Condition } from '../schemas/quiz';

/** What the engine needs of a quiz: its structure, in either language or both. Texts do not matter here. */
export interface QuizLogic {
  version: number;
  dimensions: { key: string }[];
  questions: { id: string; options: { id: string; points: Record<string, number>; flags: string[]; next?: string }[] }[];
  levels?: { dimension: string; bands: { key: string; min: number; max: number }[] };
  outcomes: { key: string; step: number; approaches: string[]; cautions: Caution[] }[];
  /** Who reads the result: the visitor about themself, a helper about someone else, or a group facilitator. */
  reader?: Reader;
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
  /** True when a red-flag answer was given: the result adds a short harm-reduction section. */
  harmReduction: boolean;
  /** True when the answers say the concern is alcohol, drugs or medicines, or the quiz never asks. */
  concernsSubstance: boolean;
  /** True when a helper said they feel hopeless: the result adds support for the helper. */
  helperSupport: boolean;
  /** True when the group is not ready for a crisis: the result adds a crisis protocol. */
  crisisProtocol: boolean;
  /** True when the result carries the withdrawal caution and the visitor's answers concern a substance. */
  withdrawalCaution: boolean;
  scores: Record<string, number>;
  reasons: Reason[];
}

/** Notes an outcome can carry; "withdrawal": do not stop suddenly on your own after long daily use. */
export const cautions = ['withdrawal'] as const;
export type Caution = (typeof cautions)[number];

export const readers = ['self', 'helper', 'facilitator'] as const;
export type Reader = (typeof readers)[number];

/** Daily use or frequent withdrawal signs: the withdrawal caution is shown whatever the step. */
export const physicalDependenceFlags = ['daily-use', 'withdrawal-signs'];
/** Raised when a helper feels hopeless: adds support for the helper to any result. */
export const helperStrainFlag = 'helper-strain';

/** Red flags: injecting, sharing equipment, use in dangerous situations, risky mixing. Lift to step 4 or higher. */
export const harmReductionFlag = 'harm-reduction';
/** Raised by answers that say a group is not ready for a member in crisis: adds a crisis protocol. */
export const crisisProtocolFlag = 'crisis-protocol';
/** Raised by answers about alcohol, drugs or medicines: the withdrawal caution may concern this visitor. */
export const substanceFlag = 'substance';
/** The lowest step a red flag may land on. */
export const redFlagFloor = 4;
/** The lowest step at which the withdrawal caution must be shown on a substance path. */
export const withdrawalCautionFrom = 3;

/** The flag that puts urgent help first. */
export const urgentFlag = 'urgent';
/** Marks the end of a quiz in an option's `next`. */
export const endOfQuiz = 'end';
