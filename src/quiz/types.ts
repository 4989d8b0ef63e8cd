import type { Condition, QuestionKind } from '../schemas/quiz';

/** What the engine needs of a quiz: its structure, in either language or both. Texts do not matter here. */
export interface QuizLogic {
  version: number;
  dimensions: { key: string }[];
  questions: {
    id: string;
    kind: QuestionKind;
    multiple?: boolean;
    askIf?: Condition;
    options: { id: string; points: Record<string, number>; flags: string[]; next?: string; exclusive?: boolean }[];
  }[];
  levels?: { dimension: string; bands: { key: string; min: number; max: number }[] };
  outcomes: { key: string; step: number; approaches: string[]; cautions: Caution[] }[];
  /** Who reads the result: the visitor about themself, a helper about someone else, or a group facilitator. */
  reader?: Reader;
  steps: { when: Condition; step: number }[];
  rules: { when: Condition; outcome: string }[];
  /** Earlier versions whose share links still open. */
  earlier?: { version: number; questions: { id: string; multiple?: boolean; options: string[] }[]; carry: Record<string, string> }[];
}

/** One answer: an option id, or for a "choose all that apply" question the ids ticked, in the order shown. */
export type Answer = string | readonly string[];
/** The visitor's answers: question id → answer. */
export type Answers = Readonly<Record<string, Answer>>;

/** The option ids an answer names, whatever its form. */
export const chosenIds = (answer: Answer | undefined): readonly string[] => (answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer);

/** One answer that led to the result, for "why this suggestion". */
export interface Reason {
  question: string;
  option: string;
}

/**
 * Sections of a result about the visitor's circumstances, each written for the person it concerns,
 * in the order shown at the top of the result: the ones about safety first.
 */
export const contextSections = ['hopelessness', 'violence', 'child-helper', 'under-18', 'pregnancy', 'debt', 'gambling', 'gaming'] as const;
export type ContextSection = (typeof contextSections)[number];

/** The flag that adds each section. */
export const sectionFlags: Record<ContextSection, string> = {
  hopelessness: 'hopelessness',
  violence: 'violence-at-home',
  'child-helper': 'child-helper',
  'under-18': 'under-18',
  pregnancy: 'pregnancy',
  debt: 'debt',
  gambling: 'gambling',
  gaming: 'gaming',
};

/** Which substance, so the cautions follow it. */
export const substanceKinds = ['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other-drug'] as const;
export type SubstanceKind = (typeof substanceKinds)[number];
/**
 * Stopping suddenly after long daily use can be dangerous: alcohol and sedatives (seizures), opioids
 * (a hard withdrawal, and overdose on going back). "other-drug" is unknown, so it counts too.
 */
export const withdrawalSubstances: readonly SubstanceKind[] = ['alcohol', 'sedatives', 'opioids', 'other-drug'];
/**
 * Pills of unknown content (pil koplo and the like) or an unnamed substance: what is in them may be
 * dangerous to stop suddenly or to mix, so their caution shows at any step.
 */
export const unknownContentFlag: SubstanceKind = 'other-drug';
/** Medical withdrawal care: alcohol and sedatives. */
export const medicalWithdrawalSubstances: readonly SubstanceKind[] = ['alcohol', 'sedatives'];

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
  /** The substances named, so the cautions follow them. */
  substances: SubstanceKind[];
  /** True on every result that names opioids: medication treatment, tolerance after a break, never use alone. */
  opioidCaution: boolean;
  /** True when a helper said they feel hopeless: the result adds support for the helper. */
  helperSupport: boolean;
  /** True when the group is not ready for a crisis: the result adds a crisis protocol. */
  crisisProtocol: boolean;
  /** True when the result carries the withdrawal caution and the visitor's answers concern a substance where stopping suddenly is a risk. */
  withdrawalCaution: boolean;
  /** The context sections at the top of the result, in order. None with urgent help. */
  sections: ContextSection[];
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
/** Raised by a pregnancy answer: with any substance, the step is 4 or higher. */
export const pregnancyFlag = 'pregnancy';
/** The concerns that must never see each other's advice. */
export const gamblingFlag = 'gambling';
export const gamingFlag = 'gaming';
/** The lowest step a red flag, or pregnancy with a substance, may land on. */
export const redFlagFloor = 4;
/** The lowest step at which the withdrawal caution must be shown on a substance path. */
export const withdrawalCautionFrom = 3;

/** The flag that puts urgent help first. */
export const urgentFlag = 'urgent';
/** Marks the end of a quiz in an option's `next`. */
export const endOfQuiz = 'end';
/** The longest "choose all that apply" question: its answers travel in two base-36 characters of a share link. */
export const maxMultipleOptions = 10;
