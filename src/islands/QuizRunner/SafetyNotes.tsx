import type { Evaluation, Reader } from '../../quiz/types';
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
 * section, support for a helper who feels hopeless, and a group's crisis protocol.
 */
export function SafetyNotes({ result, strings, reader = 'self' }: { result: Evaluation; strings: QuizStrings; reader?: Reader }) {
  return (
    <>
      {result.withdrawalCaution && (
        <div class="quiz-caution" data-caution="withdrawal">
          <h3>{strings['quiz.withdrawalTitle']}</h3>
          <p>{strings[withdrawalText[reader]]}</p>
        </div>
      )}
      {result.harmReduction && (
        <section class="quiz-caution" data-section="harm-reduction" aria-labelledby="quiz-harm-reduction">
          <h3 id="quiz-harm-reduction">{strings['quiz.harmReductionTitle']}</h3>
          <p>{strings[reader === 'helper' ? 'quiz.harmReductionIntroHelper' : 'quiz.harmReductionIntro']}</p>
          <ul>
            {harmReductionPoints(reader, result.concernsSubstance).map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ul>
        </section>
      )}
      {result.helperSupport && (
        <div class="quiz-caution" data-section="helper-support">
          <h3>{strings['quiz.helperSupportTitle']}</h3>
          <p>{strings['quiz.helperSupportText']}</p>
        </div>
      )}
      {result.crisisProtocol && (
        <section class="quiz-caution" data-section="crisis-protocol" aria-labelledby="quiz-crisis-protocol">
          <h3 id="quiz-crisis-protocol">{strings['quiz.crisisProtocolTitle']}</h3>
          <p>{strings['quiz.crisisProtocolIntro']}</p>
          <ol>
            {crisisProtocolSteps.map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
