import type { Evaluation, Reader } from '../../quiz/types';
import { childReads, harmReductionIntro, harmReductionPoints, harmReductionTitle, opioidPoints, opioidTitle, withdrawalText, withdrawalTitle } from './advice';
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
 * The notes a result may need before its first steps: the withdrawal caution, the harm-reduction
 * section, what matters with opioids (on every result that names them, at any step), and a group's
 * crisis protocol.
 */
export function SafetyNotes({ result, strings, reader = 'self', notes }: { result: Evaluation; strings: QuizStrings; reader?: Reader; notes?: NoteData }) {
  const child = childReads(reader, result);
  return (
    <>
      {result.withdrawalCaution && (
        <Disclosure id="quiz-withdrawal" title={strings[withdrawalTitle(reader, result)]} caution data={{ 'data-caution': 'withdrawal' }}>
          <p>{strings[withdrawalText(reader, result)]}</p>
        </Disclosure>
      )}
      {result.harmReduction && (
        <Disclosure id="quiz-harm-reduction" title={strings[harmReductionTitle(reader, result)]} caution data={{ 'data-section': 'harm-reduction' }}>
          <p>{strings[harmReductionIntro(reader, result)]}</p>
          <ul>
            {harmReductionPoints(reader, result).map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ul>
          {/* The overdose guide answers a red flag about a substance, not gambling or gaming while driving. It
              speaks to people who use and those beside them (doses after a break, sterile needles): not to a child. */}
          <NoteLinks links={result.concernsSubstance && !child ? notes?.harmReduction : undefined} />
        </Disclosure>
      )}
      {result.opioidCaution && (
        <Disclosure id="quiz-opioids" title={strings[opioidTitle(reader, result)]} caution data={{ 'data-section': 'opioids' }}>
          <ul>
            {opioidPoints(reader, result).map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ul>
          {/* Methadone and the overdose guide are for adults to act on; a child's points already say who to call. */}
          <NoteLinks links={child ? undefined : notes?.opioids} />
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

/**
 * A helper who says they feel hopeless reads their own lines of support first, before anything about
 * the person they worry about, as a visitor's own hopelessness comes first in a result.
 */
export function HelperSupport({ result, strings }: { result: Evaluation; strings: QuizStrings }) {
  if (!result.helperSupport) return null;
  return (
    <Disclosure id="quiz-helper-support" title={strings['quiz.helperSupportTitle']} caution open data={{ 'data-section': 'helper-support' }}>
      <p>{strings['quiz.helperSupportText']}</p>
    </Disclosure>
  );
}
