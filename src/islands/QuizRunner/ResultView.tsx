import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { Answers, Evaluation } from '../../quiz/types';
import { encodeShare } from '../../quiz/share';
import type { QuizRunnerProps } from './QuizRunner';
import { Disclosure } from './Disclosure';
import { LadderFigure } from './LadderFigure';
import { mainReason } from './main-reason';
import { OutcomeText, outcomeTemplateId } from './OutcomeText';
import { ContextNotes } from './ContextNotes';
import { HelperSupport, SafetyNotes } from './SafetyNotes';
import { UrgentHelp } from './UrgentHelp';

interface Props extends QuizRunnerProps {
  answers: Answers;
  result: Evaluation;
  note?: string;
  onRestart: () => void;
}

/**
 * The result, what to do first: the title with its step and main reason, urgent help when needed,
 * what to read first (context notes and cautions, one line each), the first steps and the plan,
 * all on a phone's first screen; then the parts a person can open (why, the ladder, approaches,
 * reading), urgent help at the end when it did not come first, and printing and sharing.
 */
export function ResultView({ quiz, strings, approaches, ladder, notes, answers, result, note, onRestart }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const urgentHeading = useRef<HTMLHeadingElement>(null);
  const outcome = quiz.outcomes.find((o) => o.key === result.outcome)!;
  const band = quiz.levels?.bands.find((b) => b.key === result.level);
  const reasons = result.reasons.flatMap(({ question, option }) => {
    const reason = quiz.questions.find((q) => q.id === question)?.options.find((o) => o.id === option)?.reason;
    return reason ? [reason] : [];
  });
  const main = mainReason(quiz, result.reasons);
  const step = ladder.find((s) => s.step === outcome.step);
  const steps = ladder.filter((s) => s.step > 0).length;
  // Urgent help stands above the ladder: "if things get harder" has no step to point to there.
  const above = outcome.step > 0 ? ladder.find((s) => s.step === outcome.step + 1) : undefined;
  const below = ladder.find((s) => s.step === outcome.step - 1 && s.step > 0);

  // The result starts at the top of the screen; in danger, focus goes straight to urgent help.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    (result.urgent ? urgentHeading.current : heading.current)?.focus({ preventScroll: true });
  }, []);

  return (
    <section class="quiz-result" aria-labelledby="quiz-result-title">
      <header class="quiz-result__head">
        <h2 id="quiz-result-title" tabIndex={-1} ref={heading}>
          {strings['quiz.resultTitle']}: {outcome.title}
        </h2>
        {!result.urgent && step && <p class="quiz-result__step">{fill(strings['quiz.stepOf'], { n: step.step, total: steps, label: step.label })}</p>}
        {!result.urgent && main && <p class="quiz-result__reason">{fill(strings['quiz.mainReason'], { reason: main })}</p>}
      </header>
      {result.urgent && <UrgentHelp title={strings['quiz.urgentTitle']} text={strings['quiz.urgentText']} headingRef={urgentHeading} />}
      {/* What to read first, in one box (hidden while empty): the sections about the visitor's
          circumstances, then the cautions, each one line that opens, but safety's sections open. */}
      <div class="quiz-cautions">
        <HelperSupport result={result} strings={strings} />
        <ContextNotes result={result} strings={strings} reader={quiz.reader} notes={notes} />
        <SafetyNotes result={result} strings={strings} reader={quiz.reader} notes={notes} />
      </div>
      <OutcomeText templateId={outcomeTemplateId(outcome.key, 'firstSteps')} heading={strings['quiz.firstSteps']} class="quiz-first-steps" />
      {/* Someone in danger now needs the contacts above, not a form. */}
      {!result.urgent && <OutcomeText templateId={outcomeTemplateId(outcome.key, 'plan')} />}
      <p class="quiz-disclaimer">{strings['quiz.notDiagnosis']}</p>

      <Disclosure id="quiz-why" title={strings['quiz.why']} open data={{ 'data-section': 'why' }}>
        <OutcomeText templateId={outcomeTemplateId(outcome.key, 'summary')} />
        {band && !result.urgent && (
          <p class="quiz-level">
            <strong>
              {strings['quiz.level']}: {band.label}.
            </strong>{' '}
            {band.text}
          </p>
        )}
        <p>{strings['quiz.whyIntro']}</p>
        <ul class="quiz-reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </Disclosure>
      <Disclosure id="quiz-on-ladder" title={strings['quiz.onLadder']} data={{ 'data-section': 'ladder' }}>
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
      </Disclosure>
      {outcome.approaches.length > 0 && (
        <Disclosure id="quiz-approaches" title={strings['quiz.approaches']} data={{ 'data-section': 'approaches' }}>
          <ul>
            {outcome.approaches.map((key) => (
              <li key={key}>
                <a href={approaches[key]?.href}>{approaches[key]?.title}</a>
              </li>
            ))}
          </ul>
        </Disclosure>
      )}
      {hasTemplate(outcomeTemplateId(outcome.key, 'readNext')) && (
        <Disclosure id="quiz-read-next" title={strings['quiz.readNext']} data={{ 'data-section': 'read-next' }}>
          <OutcomeText templateId={outcomeTemplateId(outcome.key, 'readNext')} />
        </Disclosure>
      )}

      {!result.urgent && <UrgentHelp title={strings['quiz.urgentTitle']} />}

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

const hasTemplate = (id: string) => document.getElementById(id) instanceof HTMLTemplateElement;

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
