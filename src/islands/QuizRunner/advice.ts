import { medicalWithdrawalSubstances, type ContextSection, type Evaluation, type Reader } from '../../quiz/types';
import type { QuizStringKey } from './strings';

/**
 * Which words of the dictionary a result shows in its notes, chosen from the result alone: pure, so
 * the tests that walk every path read exactly what a visitor reads.
 */

/** What lowers the risk, by who reads it and whether the red flag concerns a substance, gambling, gaming or another habit. */
export function harmReductionPoints(reader: Reader, result: Evaluation): QuizStringKey[] {
  if (!result.concernsSubstance) {
    const apps: QuizStringKey[] = [];
    if (result.sections.includes('gambling')) apps.push('quiz.harmReductionGamblingApps');
    if (result.sections.includes('gaming')) apps.push('quiz.harmReductionGamingApps');
    if (!apps.length) apps.push('quiz.harmReductionHabitApps');
    return ['quiz.harmReductionSituations', ...apps, 'quiz.harmReductionGamblingHelp'];
  }
  const situations = reader === 'helper' ? 'quiz.harmReductionHelperSituations' : 'quiz.harmReductionSituations';
  return ['quiz.harmReductionAlone', 'quiz.harmReductionMixing', 'quiz.harmReductionEquipment', situations, 'quiz.harmReductionHelp'];
}

/** The withdrawal caution follows the substance: medical withdrawal care for alcohol and sedatives. */
export function withdrawalText(reader: Reader, result: Evaluation): QuizStringKey {
  if (reader === 'facilitator') return 'quiz.withdrawalTextFacilitator';
  const medical = result.substances.some((s) => medicalWithdrawalSubstances.includes(s));
  if (medical) return reader === 'helper' ? 'quiz.withdrawalTextMedicalHelper' : 'quiz.withdrawalTextMedical';
  return reader === 'helper' ? 'quiz.withdrawalTextHelper' : 'quiz.withdrawalText';
}

/** Medication treatment, tolerance after a break, never alone: on every result that names opioids. */
export const opioidPoints = (reader: Reader): QuizStringKey[] =>
  reader === 'helper'
    ? ['quiz.opioidMedicationHelper', 'quiz.opioidBreakHelper', 'quiz.opioidAloneHelper']
    : ['quiz.opioidMedication', 'quiz.opioidBreak', 'quiz.opioidAlone'];

/** The words of a context section for this reader: the helper's own where the section has them. */
export function sectionTexts(section: ContextSection, reader: Reader, result: Evaluation): { title: QuizStringKey; paragraphs: QuizStringKey[] } {
  const helper = reader === 'helper';
  const key = (part: string) => `quiz.note.${section}.${part}` as QuizStringKey;
  const title = helper && ['hopelessness', 'under-18', 'pregnancy'].includes(section) ? key('titleHelper') : key('title');
  const paragraphs = [key(helper ? 'helper' : 'self')];
  if (section === 'under-18' && result.concernsSubstance) paragraphs.push(key(helper ? 'lawHelper' : 'law'));
  if (section === 'pregnancy' && result.concernsSubstance) paragraphs.push(key(helper ? 'substanceHelper' : 'substance'));
  if (section === 'gaming' && result.sections.includes('under-18')) paragraphs.push(key(helper ? 'youngHelper' : 'young'));
  return { title, paragraphs };
}
