import type { Condition } from '../schemas/quiz';
import { crisisProtocolFlag, endOfQuiz, harmReductionFlag, helperStrainFlag, physicalDependenceFlags, substanceFlag, urgentFlag, type Answers, type Evaluation, type QuizLogic, type Reason } from './types';

type Question = QuizLogic['questions'][number];
type Option = Question['options'][number];

/** The question after this answer: the option's `next`, else the following question; undefined at the end. */
export function nextQuestion(quiz: QuizLogic, questionId: string, optionId: string | undefined): string | undefined {
  const index = quiz.questions.findIndex((q) => q.id === questionId);
  const option = quiz.questions[index]?.options.find((o) => o.id === optionId);
  if (option?.next === endOfQuiz) return undefined;
  return option?.next ?? quiz.questions[index + 1]?.id;
}

/**
 * The questions a visitor meets with these answers, in order, and whether every one was answered.
 * Answers to questions off the path are ignored; a loop in the data ends the walk.
 */
export function pathOf(quiz: QuizLogic, answers: Answers): { path: string[]; complete: boolean } {
  const path: string[] = [];
  let current = quiz.questions[0]?.id;
  while (current && !path.includes(current)) {
    path.push(current);
    const answer = answers[current];
    if (answer === undefined) return { path, complete: false };
    current = nextQuestion(quiz, current, answer);
  }
  return { path, complete: current === undefined };
}

function chosenOptions(quiz: QuizLogic, answers: Answers): { question: Question; option: Option }[] {
  return pathOf(quiz, answers).path.flatMap((id) => {
    const question = quiz.questions.find((q) => q.id === id);
    const option = question?.options.find((o) => o.id === answers[id]);
    return question && option ? [{ question, option }] : [];
  });
}

function holds(condition: Condition, scores: Record<string, number>, flags: Set<string>, answers: Answers): boolean {
  if (condition.always) return true;
  if (condition.flag !== undefined) return flags.has(condition.flag);
  if (condition.answer) return answers[condition.answer.question] === condition.answer.option;
  if (condition.score !== undefined) {
    const score = scores[condition.score] ?? 0;
    return (condition.atLeast === undefined || score >= condition.atLeast) && (condition.atMost === undefined || score <= condition.atMost);
  }
  if (condition.lead !== undefined && condition.over !== undefined) {
    return (scores[condition.lead] ?? 0) - (scores[condition.over] ?? 0) >= (condition.by ?? 0);
  }
  if (condition.all) return condition.all.every((c) => holds(c, scores, flags, answers));
  if (condition.any) return condition.any.some((c) => holds(c, scores, flags, answers));
  return false;
}

/** The first rule that holds for these scores, flags and answers: what names the outcome. */
export function ruleFor(quiz: QuizLogic, scores: Record<string, number>, flags: Set<string>, answers: Answers) {
  return quiz.rules.find((r) => holds(r.when, scores, flags, answers)) ?? quiz.rules[quiz.rules.length - 1];
}

/** The dimensions, flags and answers a condition looks at, to pick the reasons that explain it. */
function inputsOf(condition: Condition, into = { dimensions: new Set<string>(), flags: new Set<string>(), answers: new Set<string>() }) {
  if (condition.flag !== undefined) into.flags.add(condition.flag);
  if (condition.answer) into.answers.add(`${condition.answer.question}/${condition.answer.option}`);
  if (condition.score !== undefined) into.dimensions.add(condition.score);
  if (condition.lead !== undefined) into.dimensions.add(condition.lead);
  if (condition.over !== undefined) into.dimensions.add(condition.over);
  for (const c of [...(condition.all ?? []), ...(condition.any ?? [])]) inputsOf(c, into);
  return into;
}

/**
 * Scores a quiz. Deterministic and pure: the same answers always give the same result. The rules are
 * tried in order and the first that holds names the outcome; the reasons are the answers that fed it.
 */
export function evaluate(quiz: QuizLogic, answers: Answers): Evaluation {
  const chosen = chosenOptions(quiz, answers);
  const scores = Object.fromEntries(quiz.dimensions.map((d) => [d.key, 0]));
  const flags = new Set<string>();
  for (const { option } of chosen) {
    for (const [dimension, points] of Object.entries(option.points)) scores[dimension] = (scores[dimension] ?? 0) + points;
    for (const flag of option.flags) flags.add(flag);
  }
  const onPath = Object.fromEntries(chosen.map(({ question, option }) => [question.id, option.id]));
  const rule = ruleFor(quiz, scores, flags, onPath);
  const outcome = quiz.outcomes.find((o) => o.key === rule?.outcome) ?? quiz.outcomes[0]!;
  const level = levelFor(quiz, scores, outcome.step);

  const inputs = rule ? inputsOf(rule.when) : inputsOf({});
  if (quiz.levels) inputs.dimensions.add(quiz.levels.dimension);
  const urgent = flags.has(urgentFlag);
  const relevant = chosen.filter(({ question, option }) => {
      if (urgent && option.flags.includes(urgentFlag)) return true;
      if (option.flags.some((f) => inputs.flags.has(f))) return true;
      if (inputs.answers.has(`${question.id}/${option.id}`)) return true;
    return Object.entries(option.points).some(([dimension, points]) => points !== 0 && inputs.dimensions.has(dimension));
  });
  // A default rule looks at nothing in particular: then every answer that counted explains it.
  const explaining = relevant.length ? relevant : chosen.filter(({ option }) => option.flags.length || Object.values(option.points).some(Boolean));
  const reasons: Reason[] = explaining.map(({ question, option }) => ({ question: question.id, option: option.id }));

  const harmReduction = flags.has(harmReductionFlag);
  // A quiz that never asks what the concern is may always concern a substance.
  const mayConcernSubstance = flags.has(substanceFlag) || !asksAboutSubstances(quiz);
  const dependence = physicalDependenceFlags.some((f) => flags.has(f));
  const withdrawalCaution = !urgent && mayConcernSubstance && (outcome.cautions.includes('withdrawal') || dependence);
  const helperSupport = !urgent && flags.has(helperStrainFlag);
  const crisisProtocol = !urgent && flags.has(crisisProtocolFlag);
  return { outcome: outcome.key, step: outcome.step, approaches: outcome.approaches, urgent, level, harmReduction, concernsSubstance: mayConcernSubstance, crisisProtocol, helperSupport, withdrawalCaution, scores, reasons };
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
