import type { Evaluation } from '../../quiz/types';
import type { QuizStrings } from './strings';

const harmReductionPoints = [
  'quiz.harmReductionAlone',
  'quiz.harmReductionMixing',
  'quiz.harmReductionEquipment',
  'quiz.harmReductionSituations',
  'quiz.harmReductionHelp',
] as const;

const crisisProtocolSteps = [
  'quiz.crisisProtocolDanger',
  'quiz.crisisProtocolStay',
  'quiz.crisisProtocolLines',
  'quiz.crisisProtocolAfter',
] as const;

/** The withdrawal caution, the harm-reduction section and the crisis protocol, each shown only when the result calls for it. */
export function SafetyNotes({ result, strings }: { result: Evaluation; strings: QuizStrings }) {
  return (
    <>
      {result.withdrawalCaution && (
        <div class="quiz-caution" data-caution="withdrawal">
          <h3>{strings['quiz.withdrawalTitle']}</h3>
          <p>{strings['quiz.withdrawalText']}</p>
        </div>
      )}
      {result.harmReduction && (
        <section class="quiz-caution" data-section="harm-reduction" aria-labelledby="quiz-harm-reduction">
          <h3 id="quiz-harm-reduction">{strings['quiz.harmReductionTitle']}</h3>
          <p>{strings['quiz.harmReductionIntro']}</p>
          <ul>
            {harmReductionPoints.map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ul>
        </section>
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
