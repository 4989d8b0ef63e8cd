import type { Evaluation, Reader } from '../../quiz/types';
import { harmReductionPoints, opioidPoints, withdrawalText } from './advice';
import { harmReductionLinks, opioidLinks, type NoteData } from './notes';
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
  const linksOf = (keys: readonly string[]) => keys.flatMap((key) => (notes?.links[key] ? [notes.links[key]!] : []));
  const links = linksOf(opioidLinks);
  const harmLinks = linksOf(harmReductionLinks);
  return (
    <>
      {result.withdrawalCaution && (
        <div class="quiz-caution" data-caution="withdrawal">
          <h3>{strings['quiz.withdrawalTitle']}</h3>
          <p>{strings[withdrawalText(reader, result)]}</p>
        </div>
      )}
      {result.harmReduction && (
        <section class="quiz-caution" data-section="harm-reduction" aria-labelledby="quiz-harm-reduction">
          <h3 id="quiz-harm-reduction">{strings['quiz.harmReductionTitle']}</h3>
          <p>{strings[reader === 'helper' ? 'quiz.harmReductionIntroHelper' : 'quiz.harmReductionIntro']}</p>
          <ul>
            {harmReductionPoints(reader, result).map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ul>
          {harmLinks.length > 0 && (
            <ul class="quiz-context__links">
              {harmLinks.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.title}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {result.opioidCaution && (
        <section class="quiz-caution" data-section="opioids" aria-labelledby="quiz-opioids">
          <h3 id="quiz-opioids">{strings['quiz.opioidTitle']}</h3>
          <ul>
            {opioidPoints(reader).map((key) => (
              <li key={key}>{strings[key]}</li>
            ))}
          </ul>
          {links.length > 0 && (
            <ul class="quiz-context__links">
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.title}</a>
                </li>
              ))}
            </ul>
          )}
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

/**
 * A helper who says they feel hopeless reads their own lines of support first, before anything about
 * the person they worry about, as a visitor's own hopelessness comes first in a result.
 */
export function HelperSupport({ result, strings }: { result: Evaluation; strings: QuizStrings }) {
  if (!result.helperSupport) return null;
  return (
    <div class="quiz-caution" data-section="helper-support">
      <h3>{strings['quiz.helperSupportTitle']}</h3>
      <p>{strings['quiz.helperSupportText']}</p>
    </div>
  );
}
