import type { Evaluation, Reader } from '../../quiz/types';
import { harmReductionPoints, opioidPoints, withdrawalText } from './advice';
import { Disclosure } from './Disclosure';
import type { NoteData } from './notes';
import { NoteLinks } from './NoteLinks';
import type { QuizStrings } from './strings';

const crisisProtocolSteps = [
  'quiz.crisisProtocolDanger',
  'quiz.crisisProtocolStay',
  'quiz.crisisProtocolLines',
  'quiz.crisisProtocolAfter',
] as const;

/**
 * The notes a result may need before anything else: the withdrawal caution, the harm-reduction
 * section, what matters with opioids (on every result that names them, at any step), support for a
 * helper who feels hopeless, and a group's crisis protocol. Each is one short line that opens to the
 * whole note, so the first steps and the plan still fit on a phone's first screen; a helper's own
 * support is short and stays open.
 */
export function SafetyNotes({ result, strings, reader = 'self', notes }: { result: Evaluation; strings: QuizStrings; reader?: Reader; notes?: NoteData }) {
  return (
    <>
      {result.withdrawalCaution && (
        <Disclosure id="quiz-withdrawal" title={strings['quiz.withdrawalTitle']} caution data={{ 'data-caution': 'withdrawal' }}>
          <p>{strings[withdrawalText(reader, result)]}</p>
        </Disclosure>
      )}
      {result.harmReduction && (
        <Disclosure id="quiz-harm-reduction" title={strings['quiz.harmReductionTitle']} caution data={{ 'data-section': 'harm-reduction' }}>
          <p>{strings[reader === 'helper' ? 'quiz.harmReductionIntroHelper' : 'quiz.harmReductionIntro']}</p>
          <ul>
            {harmReductionPoints(reader, result).map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ul>
          <NoteLinks links={notes?.harmReduction} />
        </Disclosure>
      )}
      {result.opioidCaution && (
        <Disclosure id="quiz-opioids" title={strings['quiz.opioidTitle']} caution data={{ 'data-section': 'opioids' }}>
          <ul>
            {opioidPoints(reader).map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ul>
          <NoteLinks links={notes?.opioids} />
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
