import { en } from '../../src/i18n/en';
import { id } from '../../src/i18n/id';
import { harmReductionIntro, harmReductionPoints, harmReductionTitle, opioidPoints, opioidTitle, sectionTexts, withdrawalText, withdrawalTitle } from '../../src/islands/QuizRunner/advice';
import type { QuizStringKey } from '../../src/islands/QuizRunner/strings';
import type { Quiz } from '../../src/schemas/quiz';
import {
  contextSections,
  crisisProtocolFlag,
  harmReductionFlag,
  physicalDependenceFlags,
  redFlagFloor,
  sectionFlags,
  substanceFlag,
  substanceKinds,
  urgentFlag,
  withdrawalCautionFrom,
  withdrawalSubstances,
  type Answers,
  type Evaluation,
} from '../../src/quiz/types';

const dictionaries = { id, en } as const;

/**
 * Everything a result says in its own words, in one language: the outcome, the level, and every note
 * and section shown above it, chosen exactly as the result view chooses them. Not the reasons, which
 * repeat the visitor's own answers.
 */
export function shownText(quiz: Quiz, result: Evaluation, locale: 'id' | 'en'): string {
  const t = (key: QuizStringKey) => dictionaries[locale][key];
  const reader = quiz.reader;
  const outcome = quiz.outcomes.find((o) => o.key === result.outcome)!;
  const parts = [outcome.title, outcome.summary, ...outcome.firstSteps].map((text) => text[locale]);
  const band = quiz.levels?.bands.find((b) => b.key === result.level);
  if (band && !result.urgent) parts.push(band.label[locale], band.text[locale]);
  for (const section of result.sections) {
    const { title, paragraphs } = sectionTexts(section, reader, result);
    parts.push(t(title), ...paragraphs.map(t));
  }
  if (result.withdrawalCaution) parts.push(t(withdrawalTitle(reader, result)), t(withdrawalText(reader, result)));
  if (result.harmReduction) parts.push(t(harmReductionTitle(reader, result)), t(harmReductionIntro(reader, result)), ...harmReductionPoints(reader, result).map(t));
  if (result.opioidCaution) parts.push(t(opioidTitle(reader, result)), ...opioidPoints(reader, result).map(t));
  if (result.helperSupport) parts.push(t('quiz.helperSupportText'));
  return parts.join(' ');
}

/** The notes and sections above a result's outcome, in one language: what follows the visitor's circumstances and substance. */
export function notesText(quiz: Quiz, result: Evaluation, locale: 'id' | 'en'): string {
  const t = (key: QuizStringKey) => dictionaries[locale][key];
  const parts: string[] = [];
  for (const section of result.sections) parts.push(...sectionTexts(section, quiz.reader, result).paragraphs.map(t));
  if (result.withdrawalCaution) parts.push(t(withdrawalText(quiz.reader, result)));
  return parts.join(' ');
}

/** Whether the substances named are stimulants or cannabis only: nothing whose sudden stop is dangerous. */
const stimulantsOrCannabisOnly = (result: Evaluation) => result.substances.length > 0 && result.substances.every((s) => s === 'stimulants' || s === 'cannabis');

/** Words that are advice about gambling, or about gaming: a visitor who chose only the other never reads them. */
export const gamblingWords = /\b(judi|berjudi|judol|gambl\w*)\b/i;
export const gamingWords = /\b(gim|game|games|gamer|gaming)\b/i;
/** Places a young person must never be sent: HR, and groups for adults. */
export const adultOnlyWords = /\bHR\b|12 langkah|12-step|swabantu|self-help group/i;
/** What only adults arrange: a child or teenager worried about a parent or sibling never reads it as theirs to do. */
export const adultTaskWords =
  /pasal 55|art\. 55|wajib melaporkan|must report|restrukturisasi|restructuring|tawarkan untuk menemaninya|offer to go with her|mengambil alih|take over|tidak memakai sendirian|not to use alone|baru setiap kali|new every time/i;
/** "Do not stop suddenly": advice for alcohol, sedatives and opioids, never in the notes of stimulants or cannabis alone. */
export const stopSuddenlyWords = /berhenti mendadak|stop suddenly/i;
/** Results that talk things over with the family or the person, which no one does while someone is unsafe at home. */
export const jointTalkOutcomes: Record<string, string[]> = {
  'helping-someone': ['family-counseling', 'start-conversation', 'care-for-yourself', 'suggest-peer-support', 'suggest-counseling', 'young-person-helper', 'young-person-checkup', 'young-person-referral', 'young-friend-referral'],
};
/** Results that lead with safety (112, SAPA 129, no confronting the person): where there is violence at home, a helper reads one of them, or a child's own. */
export const safetyFirstOutcomes: Record<string, string[]> = {
  'helping-someone': ['safety-first', 'safety-first-specialist'],
};

/**
 * What a clinician checks on one result, given its answers and the flags they raised. Returns every problem
 * in words; empty when the result is sound.
 */
export function resultProblems(quiz: Quiz, answers: Answers, flags: ReadonlySet<string>, result: Evaluation): string[] {
  const problems: string[] = [];
  const has = (flag: string) => flags.has(flag);
  const asksSubstance = quiz.questions.some((q) => q.options.some((o) => o.flags.includes(substanceFlag)));
  const label = `${result.outcome} (step ${result.step})`;
  if (has(urgentFlag)) {
    if (result.step !== 0 || !result.urgent) problems.push(`urgent path not at step 0 → ${label}`);
    return problems;
  }
  if (result.step === 0) problems.push(`urgent help without a danger answer → ${label}`);
  if (has(harmReductionFlag) && (result.step < redFlagFloor || !result.harmReduction)) problems.push(`red flag below step ${redFlagFloor} or without harm reduction → ${label}`);
  if (has('pregnancy') && has(substanceFlag) && result.step < redFlagFloor) problems.push(`pregnancy with a substance below step ${redFlagFloor} → ${label}`);
  const named = substanceKinds.filter(has);
  const withdrawalRisk = !asksSubstance || (has(substanceFlag) && (!named.length || named.some((s) => withdrawalSubstances.includes(s))));
  if (withdrawalRisk && result.step >= withdrawalCautionFrom && !result.withdrawalCaution) problems.push(`substance path at step ${result.step} without the withdrawal caution`);
  if (withdrawalRisk && physicalDependenceFlags.some(has) && !result.withdrawalCaution) problems.push(`daily use or withdrawal signs without the withdrawal caution`);
  if (has('opioids') && !result.opioidCaution) problems.push(`opioids without the opioid section (overdose after a break) → ${label}`);
  if (has(crisisProtocolFlag) && !result.crisisProtocol) problems.push(`group not ready for a crisis without a crisis protocol`);
  for (const section of contextSections) {
    if (has(sectionFlags[section]) && !result.sections.includes(section)) problems.push(`the answer "${sectionFlags[section]}" without its section`);
  }
  if (result.sections.length && result.sections[0] !== contextSections.find((s) => has(sectionFlags[s]))) problems.push(`context sections out of order: ${result.sections.join(', ')}`);
  const bandOrder = [...(quiz.levels?.bands ?? [])].sort((a, b) => a.min - b.min).map((b) => b.key);
  if (bandOrder.length && ((result.step >= 5 && bandOrder.indexOf(result.level!) < bandOrder.length - 1) || (result.step === 4 && bandOrder.indexOf(result.level!) < bandOrder.length - 2))) {
    problems.push(`level "${result.level}" below what step ${result.step} says`);
  }
  if (!result.reasons.length) problems.push(`no reasons → ${label}`);
  const young = has('under-18') && (quiz.reader === 'self' || (quiz.reader === 'helper' && answers['q-role'] !== 'work'));
  problems.push(...textProblems(quiz, result, { gaming: has('gaming') && !has('gambling'), gambling: has('gambling') && !has('gaming'), young, child: has('child-helper') }));
  if (has('violence-at-home') && jointTalkOutcomes[quiz.key]?.includes(result.outcome)) problems.push(`violence at home, yet a talk with the family or the person → ${label}`);
  const safetyFirst = safetyFirstOutcomes[quiz.key];
  if (has('violence-at-home') && safetyFirst && !safetyFirst.includes(result.outcome) && !result.outcome.startsWith('child-')) problems.push(`violence at home, yet a result that does not lead with safety → ${label}`);
  if (has('child-helper') && !result.outcome.startsWith('child-')) problems.push(`a child helper gets adult advice → ${label}`);
  // A young person who drinks, uses or gambles is never left with self-care alone.
  if (quiz.reader === 'self' && has('under-18') && (has(substanceFlag) || has('gambling')) && result.step < 2) problems.push(`under 18 and using or gambling, yet self-care alone → ${label}`);
  return problems;
}

const textChecks = new WeakMap<Quiz, Map<string, string[]>>();

/** The checks on what a result says, remembered per distinct result: a walk meets the same one many times. */
function textProblems(quiz: Quiz, result: Evaluation, only: { gaming: boolean; gambling: boolean; young: boolean; child: boolean }): string[] {
  const key = JSON.stringify([only, result.outcome, result.level, result.sections, result.withdrawalCaution, result.harmReduction, result.concernsSubstance, result.opioidCaution, result.helperSupport, result.substances]);
  let known = textChecks.get(quiz);
  if (!known) textChecks.set(quiz, (known = new Map()));
  const found = known.get(key);
  if (found) return found;
  const problems: string[] = [];
  const label = `${result.outcome} (step ${result.step})`;
  for (const locale of ['id', 'en'] as const) {
    const text = shownText(quiz, result, locale);
    if (only.gaming && gamblingWords.test(text)) problems.push(`a gaming path shows gambling advice (${locale}: "${text.match(gamblingWords)![0]}") → ${label}`);
    if (only.gambling && gamingWords.test(text)) problems.push(`a gambling path shows gaming advice (${locale}: "${text.match(gamingWords)![0]}") → ${label}`);
    if (only.young && adultOnlyWords.test(text)) problems.push(`an under-18 path points to "${text.match(adultOnlyWords)![0]}" (${locale}) → ${label}`);
    if (only.child && adultTaskWords.test(text)) problems.push(`a child helper is handed an adult's task ("${text.match(adultTaskWords)![0]}", ${locale}) → ${label}`);
    const notes = notesText(quiz, result, locale);
    if (stimulantsOrCannabisOnly(result) && stopSuddenlyWords.test(notes)) problems.push(`stimulants or cannabis alone, yet the notes say "${notes.match(stopSuddenlyWords)![0]}" (${locale}) → ${label}`);
  }
  known.set(key, problems);
  return problems;
}
