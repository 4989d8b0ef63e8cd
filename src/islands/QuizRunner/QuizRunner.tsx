import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { evaluate, nextQuestion, pathOf } from '../../quiz/engine';
import type { LinkView, LocalQuiz } from '../../quiz/localize';
import { decodeShare, type DecodeFailure } from '../../quiz/share';
import type { Answer, Answers } from '../../quiz/types';
import type { QuizStrings } from './strings';
import { QuestionStep } from './QuestionStep';
import { ResultView } from './ResultView';
import type { NoteData } from './notes';

export interface QuizRunnerProps {
  quiz: LocalQuiz;
  strings: QuizStrings;
  approaches: Record<string, LinkView>;
  ladder: { step: number; label: string }[];
  /** Id of the printable questionnaire the page shows without JavaScript; hidden once this runs. */
  staticId: string;
  /** The contacts and pages the context notes and the opioid section show. */
  notes?: NoteData;
}

/** What the page's own first question already holds when the island starts (a browser may restore a choice). */
export interface EarlyInput {
  /** The first question's answer, already chosen (one option, or the ticks of a choose-all question). */
  chosen?: Answer;
}

const failureMessage: Record<DecodeFailure, keyof QuizStrings> = {
  'other-version': 'quiz.errorOtherVersion',
  damaged: 'quiz.errorDamaged',
  'too-long': 'quiz.errorTooLong',
};

/**
 * One question per screen, back and next, then the result. Answers live only in this component's
 * state: never in the address bar, never in storage. A shared link's fragment is read once and then
 * removed from the address bar, so it does not linger in this browser's history.
 */
export default function QuizRunner(props: QuizRunnerProps & { early?: EarlyInput }) {
  const { quiz, strings, early } = props;
  const first = quiz.questions[0]!.id;
  const [answers, setAnswers] = useState<Answers>(early?.chosen ? { [first]: early.chosen } : {});
  const [trail, setTrail] = useState<string[]>([first]);
  const [finished, setFinished] = useState(false);
  // The page's first question is already on screen when this starts; later ones take the focus.
  const [moved, setMoved] = useState(false);
  const [note, setNote] = useState<string>();
  const [message, setMessage] = useState<string>();
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    document.getElementById(props.staticId)?.setAttribute('hidden', '');
    const decoded = decodeShare(quiz, location.hash);
    if (decoded.kind === 'empty') return;
    history.replaceState(history.state, '', location.pathname + location.search);
    if (decoded.kind === 'error') setMessage(strings[failureMessage[decoded.reason]]);
    if (decoded.kind === 'earlier') {
      // An older version's link: keep what still fits, say so, and go on from the first new question.
      setNote(decoded.note);
      setAnswers(decoded.answers);
      setMessage(strings[decoded.complete ? 'quiz.earlierResult' : 'quiz.earlierResume']);
      if (decoded.complete) setFinished(true);
      else setTrail(pathOf(quiz, decoded.answers).path);
      return;
    }
    if (decoded.kind !== 'result') {
      if (decoded.note) setNote(decoded.note);
      return;
    }
    setNote(decoded.note);
    setAnswers(decoded.answers);
    setFinished(true);
  }, []);

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const current = trail[trail.length - 1]!;
  const result = useMemo(() => (finished ? evaluate(quiz, answers) : undefined), [finished, answers]);

  const choose = (questionId: string, answer: Answer) => setAnswers({ ...answers, [questionId]: answer });
  const next = () => {
    // Only the answers on the visitor's way so far decide what comes next, not ones left from going back.
    const onTrail = Object.fromEntries(trail.flatMap((id) => (answers[id] === undefined ? [] : [[id, answers[id]!]])));
    const following = nextQuestion(quiz, current, onTrail);
    setMoved(true);
    if (following) setTrail([...trail, following]);
    else setFinished(true);
  };
  const back = () => {
    setMoved(true);
    setTrail(trail.slice(0, -1));
  };
  const restart = () => {
    setMoved(true);
    setAnswers({});
    setTrail([first]);
    setFinished(false);
    setMessage(undefined);
  };

  return (
    <div class="quiz-runner">
      {message && (
        <p class="quiz-message" role="alert" tabIndex={-1} ref={messageRef}>
          {message}
        </p>
      )}
      {note && (
        <aside class="quiz-note" aria-label={strings['quiz.noteLabel']}>
          <p class="quiz-note__label">{strings['quiz.noteLabel']}</p>
          <blockquote>{note}</blockquote>
          <p class="quiz-note__warning">{strings['quiz.noteUnverified']}</p>
        </aside>
      )}
      {result ? (
        <ResultView {...props} answers={answers} result={result} note={note} onRestart={restart} />
      ) : (
        <QuestionStep
          quiz={quiz}
          strings={strings}
          questionId={current}
          answers={answers}
          trail={trail}
          focusHeading={moved}
          onChoose={choose}
          onNext={next}
          onBack={trail.length > 1 ? back : undefined}
        />
      )}
    </div>
  );
}
