import type { Evaluation, Reader } from '../../quiz/types';
import { Disclosure } from './Disclosure';
import type { QuizStrings, QuizStringKey } from './strings';

/** What lowers the risk, by who reads it and whether the red flag concerns a substance or gambling. */
function harmReductionPoints(reader: Reader, substance: boolean): QuizStringKey[] {
  if (!substance) return ['quiz.harmReductionSituations', 'quiz.harmReductionGamblingApps', 'quiz.harmReductionGamblingHelp'];
  const situations = reader === 'helper' ? 'quiz.harmReductionHelperSituations' : 'quiz.harmReductionSituations';
  return ['quiz.harmReductionAlone', 'quiz.harmReductionMixing', 'quiz.harmReductionEquipment', situations, 'quiz.harmReductionHelp'];
}

const withdrawalText: Record<Reader, QuizStringKey> = {
  self: 'quiz.withdrawalText',
  helper: 'quiz.withdrawalTextHelper',
  facilitator: 'quiz.withdrawalTextFacilitator',
};

const crisisProtocolSteps = [
  'quiz.crisisProtocolDanger',
  'quiz.crisisProtocolStay',
  'quiz.crisisProtocolLines',
  'quiz.crisisProtocolAfter',
] as const;

/**
 * The notes a result may need before anything else: the withdrawal caution, the harm-reduction
 * section, support for a helper who feels hopeless, and a group's crisis protocol. Each is one short
 * line that opens to the whole note, so the first steps and the plan still fit on a phone's first
 * screen; a helper's own support is short and stays open.
 */
export function SafetyNotes({ result, strings, reader = 'self' }: { result: Evaluation; strings: QuizStrings; reader?: Reader }) {
  return (
    <>
      {result.withdrawalCaution && (
        <Disclosure id="quiz-withdrawal" title={strings['quiz.withdrawalTitle']} caution data={{ 'data-caution': 'withdrawal' }}>
          <p>{strings[withdrawalText[reader]]}</p>
        </Disclosure>
      )}
      {result.harmReduction && (
        <Disclosure id="quiz-harm-reduction" title={strings['quiz.harmReductionTitle']} caution data={{ 'data-section': 'harm-reduction' }}>
          <p>{strings[reader === 'helper' ? 'quiz.harmReductionIntroHelper' : 'quiz.harmReductionIntro']}</p>
          <ul>
            {harmReductionPoints(reader, result.concernsSubstance).map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ul>
        </Disclosure>
      )}
      {result.helperSupport && (
        <Disclosure id="quiz-helper-support" title={strings['quiz.helperSupportTitle']} caution open data={{ 'data-section': 'helper-support' }}>
          <p>{strings['quiz.helperSupportText']}</p>
        </Disclosure>
      )}
      {result.crisisProtocol && (
        <Disclosure id="quiz-crisis-protocol" title={strings['quiz.crisisProtocolTitle']} caution data={{ 'data-section': 'crisis-protocol' }}>
          <p>{strings['quiz.crisisProtocolIntro']}</p>
          <ol>
            {crisisProtocolSteps.map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ol>
        </Disclosure>
      )}
    </>
  );
}
