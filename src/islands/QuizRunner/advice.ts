import { medicalWithdrawalSubstances, unknownContentFlag, withdrawalSubstances, type ContextSection, type Evaluation, type Reader } from '../../quiz/types';
import type { QuizStringKey } from './strings';

/**
 * Which words of the dictionary a result shows in its notes, chosen from the result alone: pure, so
 * the tests that walk every path read exactly what a visitor reads.
 */

/** Whether a child or teenager reads a helper's result about their parent or sibling. */
export const childReads = (reader: Reader, result: Evaluation) => reader === 'helper' && result.sections.includes('child-helper');

/**
 * What lowers the risk, by who reads it and whether the red flag concerns a substance, gambling, gaming
 * or another habit. A child never manages a parent's use: they tell an adult, stay out of the car,
 * call for help, and know where to turn if home is unsafe.
 */
export function harmReductionPoints(reader: Reader, result: Evaluation): QuizStringKey[] {
  if (childReads(reader, result)) return ['quiz.harmReductionChildAdult', 'quiz.harmReductionChildVehicle', 'quiz.harmReductionChildEmergency', 'quiz.harmReductionChildUnsafe', 'quiz.harmReductionChildFault'];
  if (!result.concernsSubstance) {
    const apps: QuizStringKey[] = [];
    if (result.sections.includes('gambling')) apps.push('quiz.harmReductionGamblingApps');
    if (result.sections.includes('gaming')) apps.push('quiz.harmReductionGamingApps');
    if (!apps.length) apps.push('quiz.harmReductionHabitApps');
    return ['quiz.harmReductionSituations', ...apps, 'quiz.harmReductionGamblingHelp'];
  }
  // A helper reads what to ask of the person and what to do for them, never advice on their own use.
  if (reader === 'helper') return ['quiz.harmReductionAloneHelper', 'quiz.harmReductionMixingHelper', 'quiz.harmReductionEquipmentHelper', 'quiz.harmReductionHelperSituations', 'quiz.harmReductionHelpHelper'];
  return ['quiz.harmReductionAlone', 'quiz.harmReductionMixing', 'quiz.harmReductionEquipment', 'quiz.harmReductionSituations', 'quiz.harmReductionHelp'];
}

/** "What can make it safer" asks a child to do what only adults can: theirs names the danger and who acts on it. */
export const harmReductionTitle = (reader: Reader, result: Evaluation): QuizStringKey => (childReads(reader, result) ? 'quiz.harmReductionTitleChild' : 'quiz.harmReductionTitle');

/** The line before the points: the visitor's own risk, the person a helper worries about, or a child's "not your job". */
export function harmReductionIntro(reader: Reader, result: Evaluation): QuizStringKey {
  if (childReads(reader, result)) return 'quiz.harmReductionIntroChild';
  return reader === 'helper' ? 'quiz.harmReductionIntroHelper' : 'quiz.harmReductionIntro';
}

/**
 * The withdrawal caution follows the substance: medical withdrawal care for alcohol and sedatives,
 * what pills of unknown content may hold, and for a child only what a child can do: tell an adult.
 */
export function withdrawalText(reader: Reader, result: Evaluation): QuizStringKey {
  if (reader === 'facilitator') return 'quiz.withdrawalTextFacilitator';
  if (childReads(reader, result)) return 'quiz.withdrawalTextChild';
  const medical = result.substances.some((s) => medicalWithdrawalSubstances.includes(s));
  if (medical) return reader === 'helper' ? 'quiz.withdrawalTextMedicalHelper' : 'quiz.withdrawalTextMedical';
  if (result.substances.includes(unknownContentFlag)) return reader === 'helper' ? 'quiz.withdrawalTextPillsHelper' : 'quiz.withdrawalTextPills';
  return reader === 'helper' ? 'quiz.withdrawalTextHelper' : 'quiz.withdrawalText';
}

/** "Do not stop suddenly on your own" speaks to someone who uses; a child is told not to try to make them stop. */
export const withdrawalTitle = (reader: Reader, result: Evaluation): QuizStringKey => (childReads(reader, result) ? 'quiz.withdrawalTitleChild' : 'quiz.withdrawalTitle');

/**
 * Medication treatment, tolerance after a break, never alone: on every result that names opioids. A
 * child reads only what a child can do: leave it to an adult, call for help if they cannot be woken.
 */
export function opioidPoints(reader: Reader, result: Evaluation): QuizStringKey[] {
  if (childReads(reader, result)) return ['quiz.opioidChildAdult', 'quiz.opioidChildEmergency', 'quiz.opioidChildFault'];
  return reader === 'helper'
    ? ['quiz.opioidMedicationHelper', 'quiz.opioidBreakHelper', 'quiz.opioidAloneHelper']
    : ['quiz.opioidMedication', 'quiz.opioidBreak', 'quiz.opioidAlone'];
}

/** A child may not know the word "opioid": their title names the person they worry about. */
export const opioidTitle = (reader: Reader, result: Evaluation): QuizStringKey => (childReads(reader, result) ? 'quiz.opioidTitleChild' : 'quiz.opioidTitle');

/** Sections a child or teenager reads in words of their own: what adults arrange is left to adults, and safety in a child's words. */
const childSections: readonly ContextSection[] = ['violence', 'under-18', 'pregnancy', 'debt'];

/** Whether stopping suddenly may be dangerous for the substances named: alcohol, sedatives, opioids, unknown or unnamed. */
const mayNeedWithdrawalCare = (result: Evaluation) => !result.substances.length || result.substances.some((s) => withdrawalSubstances.includes(s));

/** The words of a context section for this reader: the helper's own where the section has them, a child's own where a child reads. */
export function sectionTexts(section: ContextSection, reader: Reader, result: Evaluation): { title: QuizStringKey; paragraphs: QuizStringKey[] } {
  const helper = reader === 'helper';
  const key = (part: string) => `quiz.note.${section}.${part}` as QuizStringKey;
  const title = helper && ['hopelessness', 'under-18', 'pregnancy'].includes(section) ? key('titleHelper') : key('title');
  // A child worried about a parent or sibling is never handed the parent's legal duty, a debt to sort out, or a pregnancy to manage.
  if (childReads(reader, result) && childSections.includes(section)) return { title, paragraphs: [key('child')] };
  const paragraphs = [key(helper ? 'helper' : 'self')];
  if (section === 'under-18' && result.concernsSubstance) paragraphs.push(key(helper ? 'lawHelper' : 'law'));
  // "Do not stop suddenly" belongs to alcohol, sedatives and opioids; with stimulants or cannabis alone, the rest holds.
  if (section === 'pregnancy' && result.concernsSubstance) {
    const part = mayNeedWithdrawalCare(result) ? 'substance' : 'substanceNoWithdrawal';
    paragraphs.push(key(helper ? `${part}Helper` : part));
  }
  if (section === 'gaming' && result.sections.includes('under-18')) paragraphs.push(key(helper ? 'youngHelper' : 'young'));
  return { title, paragraphs };
}
