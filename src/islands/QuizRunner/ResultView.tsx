import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answers, Evaluation } from '../../quiz/types';
import { encodeShare } from '../../quiz/share';
import type { QuizRunnerProps } from './QuizRunner';
import { LadderFigure } from './LadderFigure';
import { OutcomeText, outcomeTemplateId, urgentContactsTemplateId } from './OutcomeText';
import { PlanLink } from './PlanLink';
import { ContextNotes } from './ContextNotes';
import { HelperSupport, SafetyNotes } from './SafetyNotes';

interface Props extends QuizRunnerProps {
  answers: Answers;
  result: Evaluation;
  note?: string;
  onRestart: () => void;
}

/** The result: urgent help first when needed, then the pathway, why, what to do, and sharing on request. */
export function ResultView({ quiz, strings, approaches, ladder, notes, answers, result, note, onRestart }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const urgentHeading = useRef<HTMLHeadingElement>(null);
  const outcome = quiz.outcomes.find((o) => o.key === result.outcome)!;
  const band = quiz.levels?.bands.find((b) => b.key === result.level);
  const reasons = result.reasons.flatMap(({ question, option }) => {
    const reason = quiz.questions.find((q) => q.id === question)?.options.find((o) => o.id === option)?.reason;
    return reason ? [reason] : [];
  });
  const above = ladder.find((s) => s.step === outcome.step + 1);
  const below = ladder.find((s) => s.step === outcome.step - 1 && s.step > 0);

  // Danger: focus goes straight to urgent help, before anything else the result says.
  useEffect(() => (result.urgent ? urgentHeading.current : heading.current)?.focus(), []);

  return (
    <section class="quiz-result" aria-labelledby="quiz-result-title">
      <h2 id="quiz-result-title" tabIndex={-1} ref={heading}>
        {strings['quiz.resultTitle']}: {outcome.title}
      </h2>
      {result.urgent && (
        <div class="quiz-urgent" data-urgent-help>
          <h3 tabIndex={-1} ref={urgentHeading}>
            {strings['quiz.urgentTitle']}
          </h3>
          <p>{strings['quiz.urgentText']}</p>
          <OutcomeText templateId={urgentContactsTemplateId} />
        </div>
      )}
      <HelperSupport result={result} strings={strings} />
      <ContextNotes result={result} strings={strings} reader={quiz.reader} notes={notes} />
      <SafetyNotes result={result} strings={strings} reader={quiz.reader} notes={notes} />
      <OutcomeText templateId={outcomeTemplateId(outcome.key, 'firstSteps')} heading={strings['quiz.firstSteps']} />
      <OutcomeText templateId={outcomeTemplateId(outcome.key, 'summary')} />
      {band && !result.urgent && (
        <p class="quiz-level">
          <strong>
            {strings['quiz.level']}: {band.label}.
          </strong>{' '}
          {band.text}
        </p>
      )}
      <p class="quiz-disclaimer">{strings['quiz.notDiagnosis']}</p>

      <h3>{strings['quiz.onLadder']}</h3>
      <LadderFigure ladder={ladder} highlight={outcome.step} label={strings['quiz.ladderFigure']} />
      {(above || below) && (
        <ul class="quiz-neighbours">
          {above && (
            <li>
              {strings['quiz.stepAbove']}: {above.label}
            </li>
          )}
          {below && (
            <li>
              {strings['quiz.stepBelow']}: {below.label}
            </li>
          )}
        </ul>
      )}

      {outcome.approaches.length > 0 && (
        <>
          <h3>{strings['quiz.approaches']}</h3>
          <ul>
            {outcome.approaches.map((key) => (
              <li key={key}>
                <a href={approaches[key]?.href}>{approaches[key]?.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{strings['quiz.why']}</h3>
      <p>{strings['quiz.whyIntro']}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>

      <OutcomeText templateId={outcomeTemplateId(outcome.key, 'readNext')} heading={strings['quiz.readNext']} />
      {/* Someone in danger now needs the contacts above, not a form. */}
      {!result.urgent && <PlanLink quiz={quiz.key} outcome={outcome} strings={strings} />}

      {!result.urgent && (
        <div class="quiz-urgent quiz-urgent--quiet">
          <p>
            <strong>{strings['quiz.urgentTitle']}</strong>
          </p>
          <OutcomeText templateId={urgentContactsTemplateId} />
        </div>
      )}

      <div class="quiz-actions">
        <button type="button" class="button" onClick={() => window.print()}>
          {strings['quiz.print']}
        </button>
        <button type="button" class="button button--secondary" onClick={onRestart}>
          {strings['quiz.restart']}
        </button>
      </div>
      <ShareControls strings={strings} url={shareUrl(encodeShare(quiz, answers, note))} />
    </section>
  );
}

const shareUrl = (fragment: string) => `${location.origin}${location.pathname}${fragment}`;

/** Sharing only when asked: Web Share where the browser has it, otherwise the link to copy, and WhatsApp. */
function ShareControls({ strings, url }: { strings: Props['strings']; url: string }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const text = `${strings['quiz.shareText']} ${url}`;

  const share = async () => {
    setOpen(true);
    if (typeof navigator.share === 'function') {
      await navigator.share({ url }).catch(() => undefined);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(strings['quiz.copied']);
    } catch {
      setStatus(strings['quiz.copyFailed']);
    }
  };

  return (
    <div class="quiz-share">
      {!open ? (
        <button type="button" class="button button--secondary" onClick={share}>
          {strings['quiz.share']}
        </button>
      ) : (
        <>
          <p>{strings['quiz.shareWarning']}</p>
          <label for="quiz-share-link">{strings['quiz.shareLink']}</label>
          <input id="quiz-share-link" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <div class="quiz-actions">
            <button type="button" class="button" onClick={copy}>
              {strings['quiz.copy']}
            </button>
            <a class="button button--secondary" href={`https://wa.me/?text=${encodeURIComponent(text)}`} rel="noreferrer" target="_blank">
              {strings['quiz.whatsapp']}
            </a>
          </div>
          <p role="status">{status}</p>
        </>
      )}
    </div>
  );
}
