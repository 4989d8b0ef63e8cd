import type { Condition } from '../schemas/quiz';
import {
  chosenIds,
  contextSections,
  crisisProtocolFlag,
  endOfQuiz,
  harmReductionFlag,
  helperStrainFlag,
  physicalDependenceFlags,
  sectionFlags,
  substanceFlag,
  substanceKinds,
  unknownContentFlag,
  urgentFlag,
  withdrawalSubstances,
  type Answer,
  type Answers,
  type Evaluation,
  type QuizLogic,
  type Reason,
} from './types';

type Question = QuizLogic['questions'][number];
type Option = Question['options'][number];

/** What a condition looks at. An interface, so a walk over millions of paths can answer from its own counters. */
export interface Facts {
  score(dimension: string): number;
  flag(flag: string): boolean;
  chose(question: string, option: string): boolean;
}

export function holds(condition: Condition, facts: Facts): boolean {
  if (condition.always) return true;
  if (condition.not) return !holds(condition.not, facts);
  if (condition.flag !== undefined) return facts.flag(condition.flag);
  if (condition.answer) return facts.chose(condition.answer.question, condition.answer.option);
  if (condition.score !== undefined) {
    const score = facts.score(condition.score);
    return (condition.atLeast === undefined || score >= condition.atLeast) && (condition.atMost === undefined || score <= condition.atMost);
  }
  if (condition.lead !== undefined && condition.over !== undefined) {
    return facts.score(condition.lead) - facts.score(condition.over) >= (condition.by ?? 0);
  }
  if (condition.all) return condition.all.every((c) => holds(c, facts));
  if (condition.any) return condition.any.some((c) => holds(c, facts));
  return false;
}

/** Whether an answer is one the question accepts: a known option, or for "choose all that apply" one or more distinct ones, "none" alone. */
export function isAnswerTo(question: Question, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (!question.multiple) return typeof answer === 'string' && question.options.some((o) => o.id === answer);
  if (typeof answer === 'string' || answer.length === 0 || new Set(answer).size !== answer.length) return false;
  const options = answer.map((id) => question.options.find((o) => o.id === id));
  if (options.some((o) => !o)) return false;
  return answer.length === 1 || !options.some((o) => o!.exclusive);
}

/** The options an answer picks, in the order the question shows them. */
export function optionsChosen(question: Question, answer: Answer | undefined): Option[] {
  const ids = chosenIds(answer);
  return question.options.filter((o) => ids.includes(o.id));
}

const positionOf = (quiz: QuizLogic, id: string) => quiz.questions.findIndex((q) => q.id === id);

/** The question after `index` that this visitor is asked, given the answers so far; -1 at the end. */
function askedFrom(quiz: QuizLogic, index: number, facts: Facts): number {
  for (let i = index; i >= 0 && i < quiz.questions.length; i++) {
    const askIf = quiz.questions[i]!.askIf;
    if (!askIf || holds(askIf, facts)) return i;
  }
  return -1;
}

/**
 * The question after this one: the chosen option's `next`, else the following question, passing over
 * any whose `askIf` does not hold for the answers so far; undefined at the end. `answers` must be the
 * visitor's answers on their path up to and including this question.
 */
export function nextQuestion(quiz: QuizLogic, questionId: string, answers: Answers): string | undefined {
  const { path } = walkOf(quiz, answers);
  const at = path.indexOf(questionId);
  return at < 0 ? undefined : path[at + 1];
}

/** The visitor's way through the quiz with these answers, and the scores, flags and facts gathered on it. */
export function walkOf(quiz: QuizLogic, answers: Answers) {
  const path: string[] = [];
  const seen = new Set<number>();
  const onPath: Record<string, Answer> = {};
  const chosen: { question: Question; option: Option }[] = [];
  const scores: Record<string, number> = Object.fromEntries(quiz.dimensions.map((d) => [d.key, 0]));
  const flags = new Set<string>();
  const facts: Facts = { score: (d) => scores[d] ?? 0, flag: (f) => flags.has(f), chose: (q, o) => chosenIds(onPath[q]).includes(o) };
  const result = (complete: boolean) => ({ path, onPath, chosen, scores, flags, facts, complete });
  let index = quiz.questions.length ? 0 : -1;
  while (index >= 0 && !seen.has(index)) {
    seen.add(index);
    const question = quiz.questions[index]!;
    path.push(question.id);
    const answer = answers[question.id];
    if (!isAnswerTo(question, answer)) return result(false);
    onPath[question.id] = answer!;
    const options = optionsChosen(question, answer);
    for (const option of options) {
      chosen.push({ question, option });
      for (const dimension in option.points) scores[dimension] = (scores[dimension] ?? 0) + option.points[dimension]!;
      for (const flag of option.flags) flags.add(flag);
    }
    const jump = question.multiple ? undefined : options[0]?.next;
    const target = jump === endOfQuiz ? -1 : jump ? positionOf(quiz, jump) : index + 1;
    index = target < 0 ? -1 : askedFrom(quiz, target, facts);
  }
  return result(index < 0);
}

/**
 * The questions a visitor meets with these answers, in order, and whether every one was answered.
 * Answers to questions off the path are ignored; a loop in the data ends the walk.
 */
export function pathOf(quiz: QuizLogic, answers: Answers): { path: string[]; complete: boolean } {
  const { path, complete } = walkOf(quiz, answers);
  return { path, complete };
}

/** The step need sets: urgent help (0) on any danger answer, else the highest step line that holds. */
export function stepFor(quiz: QuizLogic, facts: Facts): number {
  if (facts.flag(urgentFlag)) return 0;
  let step = 0;
  for (const line of quiz.steps) if (line.step > step && holds(line.when, facts)) step = line.step;
  return step || Math.min(...quiz.steps.map((l) => l.step));
}

/** The first rule, among those for outcomes at this step, that holds: what names the outcome. */
export function ruleFor(quiz: QuizLogic, step: number, facts: Facts) {
  const atStep = quiz.rules.filter((r) => quiz.outcomes.find((o) => o.key === r.outcome)?.step === step);
  return atStep.find((r) => holds(r.when, facts)) ?? atStep[atStep.length - 1] ?? quiz.rules[quiz.rules.length - 1];
}

type Inputs = { dimensions: Set<string>; flags: Set<string>; answers: Set<string> };

/** The dimensions, flags and answers a condition looks at, to pick the reasons that explain it. */
function inputsOf(condition: Condition, into: Inputs = { dimensions: new Set(), flags: new Set(), answers: new Set() }): Inputs {
  if (condition.flag !== undefined) into.flags.add(condition.flag);
  if (condition.answer) into.answers.add(`${condition.answer.question}/${condition.answer.option}`);
  if (condition.score !== undefined) into.dimensions.add(condition.score);
  if (condition.lead !== undefined) into.dimensions.add(condition.lead);
  if (condition.over !== undefined) into.dimensions.add(condition.over);
  if (condition.not) inputsOf(condition.not, into);
  for (const c of [...(condition.all ?? []), ...(condition.any ?? [])]) inputsOf(c, into);
  return into;
}

/**
 * Scores a quiz. Deterministic and pure: the same answers always give the same result. Need sets the
 * step (the highest step line that holds); among the outcomes at that step, the first rule that holds
 * names the outcome. The reasons are the answers that fed the step and the rule.
 */
export function evaluate(quiz: QuizLogic, answers: Answers): Evaluation {
  return resultOf(quiz, walkOf(quiz, answers));
}

/** What a walk gathered: the options chosen on the path in order, the scores, the flags, and the facts conditions read. */
export interface Gathered {
  chosen: { question: Question; option: Option }[];
  scores: Record<string, number>;
  flags: ReadonlySet<string>;
  facts: Facts;
}

/** The result of a path already walked: what `evaluate` returns, for walks that keep their own running totals. */
export function resultOf(quiz: QuizLogic, { chosen, facts, scores, flags }: Gathered): Evaluation {
  const urgent = flags.has(urgentFlag);
  const step = stepFor(quiz, facts);
  const rule = ruleFor(quiz, step, facts);
  const outcome = quiz.outcomes.find((o) => o.key === rule?.outcome) ?? quiz.outcomes[0]!;
  const level = levelFor(quiz, scores, outcome.step);

  // The answers that explain the result: those the rule and the step lines that set the step look at.
  const inputs: Inputs = inputsOf(rule?.when ?? {});
  for (const line of quiz.steps) if (line.step === step && !line.when.always && holds(line.when, facts)) inputsOf(line.when, inputs);
  if (quiz.levels) inputs.dimensions.add(quiz.levels.dimension);
  const relevant = chosen.filter(({ question, option }) => {
    if (urgent) return option.flags.includes(urgentFlag);
    if (option.flags.some((f) => inputs.flags.has(f))) return true;
    if (inputs.answers.has(`${question.id}/${option.id}`)) return true;
    for (const dimension in option.points) if (option.points[dimension] !== 0 && inputs.dimensions.has(dimension)) return true;
    return false;
  });
  // A default rule looks at nothing in particular: then every answer that counted explains it.
  const explaining = relevant.length ? relevant : chosen.filter(({ option }) => option.flags.length || Object.values(option.points).some(Boolean));
  const reasons: Reason[] = explaining.map(({ question, option }) => ({ question: question.id, option: option.id }));

  const harmReduction = !urgent && flags.has(harmReductionFlag);
  const asks = asksAboutSubstances(quiz);
  const substances = substanceKinds.filter((kind) => flags.has(kind));
  // A quiz that never asks what the concern is may always concern a substance; an unnamed substance may be any.
  const concernsSubstance = flags.has(substanceFlag) || !asks;
  const mayNeedWithdrawalCare = !asks || (flags.has(substanceFlag) && (!substances.length || substances.some((s) => withdrawalSubstances.includes(s))));
  const dependence = physicalDependenceFlags.some((f) => flags.has(f));
  const withdrawalCaution = !urgent && mayNeedWithdrawalCare && (outcome.cautions.includes('withdrawal') || dependence || flags.has(unknownContentFlag));
  return {
    outcome: outcome.key,
    step: outcome.step,
    approaches: outcome.approaches,
    urgent,
    level,
    harmReduction,
    concernsSubstance,
    substances,
    opioidCaution: !urgent && flags.has('opioids'),
    crisisProtocol: !urgent && flags.has(crisisProtocolFlag),
    helperSupport: !urgent && flags.has(helperStrainFlag),
    withdrawalCaution,
    sections: urgent ? [] : contextSections.filter((section) => flags.has(sectionFlags[section])),
    scores,
    reasons,
  };
}

/**
 * The level of concern: the band of the score, but never below what the step says, so a rule that
 * lifts the step (a red flag, loss of control) is not contradicted by a "low concern" text.
 */
function levelFor(quiz: QuizLogic, scores: Record<string, number>, step: number): string | undefined {
  if (!quiz.levels) return undefined;
  const bands = [...quiz.levels.bands].sort((a, b) => a.min - b.min);
  const score = scores[quiz.levels.dimension] ?? 0;
  const byScore = bands.findIndex((b) => score >= b.min && score <= b.max);
  const floor = step >= 5 ? bands.length - 1 : step === 4 ? bands.length - 2 : 0;
  return bands[Math.max(byScore, floor, 0)]?.key;
}

/** Whether some answer of this quiz says the concern is alcohol, drugs or medicines. */
export function asksAboutSubstances(quiz: QuizLogic): boolean {
  return quiz.questions.some((q) => q.options.some((o) => o.flags.includes(substanceFlag)));
}
