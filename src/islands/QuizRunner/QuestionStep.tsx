import { useEffect, useRef, useState } from 'preact/hooks';
import { nextQuestion } from '../../quiz/engine';
import type { LocalQuiz } from '../../quiz/localize';
import type { Answers } from '../../quiz/types';
import { fill } from '../../i18n/fill';
import type { QuizStrings } from './strings';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  quiz: LocalQuiz;
  strings: QuizStrings;
  questionId: string;
  answers: Answers;
  /** 1-based position of this question on the visitor's path. */
  position: number;
  /** Whether a new question takes the focus: not on the page's first screen, where the visitor may already be choosing. */
  focusHeading: boolean;
  onChoose: (questionId: string, optionId: string) => void;
  onNext: () => void;
  onBack?: () => void;
}

/** How many questions this visitor will likely see: their path so far, then the questions in order. */
function expectedTotal(quiz: LocalQuiz, answers: Answers): number {
  let count = 0;
  for (let index = 0; index >= 0 && index < quiz.questions.length; count++) {
    const question = quiz.questions[index]!;
    const next = question.options.find((o) => o.id === answers[question.id])?.next;
    index = next === 'end' ? -1 : next ? quiz.questions.findIndex((q) => q.id === next) : index + 1;
  }
  return count;
}

export function QuestionStep({ quiz, strings, questionId, answers, position, focusHeading, onChoose, onNext, onBack }: Props) {
  const question = quiz.questions.find((q) => q.id === questionId)!;
  const heading = useRef<HTMLHeadingElement>(null);
  // How many times Next was pressed with nothing chosen: 0 when nothing is missing.
  const [missing, setMissing] = useState(0);
  const chosen = answers[questionId];
  const finishing = chosen ? nextQuestion(quiz, questionId, chosen) === undefined : quiz.questions.at(-1)?.id === questionId;

  useEffect(() => {
    setMissing(0);
    if (focusHeading) heading.current?.focus();
  }, [questionId]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!chosen) return setMissing(missing + 1);
    onNext();
  };

  return (
    // method="dialog": sent before the script runs, the form does nothing, so no answer reaches the address bar.
    <form class="quiz-step" method="dialog" onSubmit={submit} noValidate>
      <p class="quiz-progress" aria-live="polite">
        {fill(strings['quiz.progress'], { n: position, total: Math.max(position, expectedTotal(quiz, answers)) })}
      </p>
      <fieldset aria-describedby={missing > 0 ? `${questionId}-error` : undefined}>
        <legend>
          <h2 tabIndex={-1} ref={heading}>
            {question.text}
          </h2>
        </legend>
        {question.hint && <p class="quiz-hint">{question.hint}</p>}
        {missing > 0 && <ErrorMessage id={`${questionId}-error`} prefix={strings['quiz.errorPrefix']} text={strings['quiz.chooseOne']} attempt={missing} />}
        <div class="quiz-options">
          {question.options.map((option) => (
            <label class="quiz-option" key={option.id}>
              <input
                type="radio"
                name={questionId}
                value={option.id}
                checked={chosen === option.id}
                onChange={() => {
                  setMissing(0);
                  onChoose(questionId, option.id);
                }}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="quiz-actions">
        {onBack && (
          <button type="button" class="button button--secondary" onClick={onBack}>
            {strings['quiz.back']}
          </button>
        )}
        <button type="submit" class="button">
          {finishing ? strings['quiz.seeResult'] : strings['quiz.next']}
        </button>
      </div>
    </form>
  );
}
