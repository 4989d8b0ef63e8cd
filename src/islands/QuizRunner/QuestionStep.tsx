import { useEffect, useRef, useState } from 'preact/hooks';
import { nextQuestion } from '../../quiz/engine';
import type { LocalQuiz } from '../../quiz/localize';
import type { Answers } from '../../quiz/types';
import { fill } from '../../i18n/fill';
import type { QuizStrings } from './strings';

interface Props {
  quiz: LocalQuiz;
  strings: QuizStrings;
  questionId: string;
  answers: Answers;
  /** 1-based position of this question on the visitor's path. */
  position: number;
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

export function QuestionStep({ quiz, strings, questionId, answers, position, onChoose, onNext, onBack }: Props) {
  const question = quiz.questions.find((q) => q.id === questionId)!;
  const heading = useRef<HTMLHeadingElement>(null);
  const [missing, setMissing] = useState(false);
  const chosen = answers[questionId];
  const finishing = chosen ? nextQuestion(quiz, questionId, chosen) === undefined : quiz.questions.at(-1)?.id === questionId;

  useEffect(() => {
    setMissing(false);
    if (position > 1 || document.activeElement?.closest('.quiz-runner')) heading.current?.focus();
  }, [questionId]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!chosen) return setMissing(true);
    onNext();
  };

  return (
    <form class="quiz-step" onSubmit={submit} noValidate>
      <p class="quiz-progress" aria-live="polite">
        {fill(strings['quiz.progress'], { n: position, total: Math.max(position, expectedTotal(quiz, answers)) })}
      </p>
      <fieldset aria-describedby={missing ? `${questionId}-error` : undefined}>
        <legend>
          <h2 tabIndex={-1} ref={heading}>
            {question.text}
          </h2>
        </legend>
        {question.hint && <p class="quiz-hint">{question.hint}</p>}
        {missing && (
          <p class="quiz-error" id={`${questionId}-error`} role="alert">
            {strings['quiz.chooseOne']}
          </p>
        )}
        <div class="quiz-options">
          {question.options.map((option) => (
            <label class="quiz-option" key={option.id}>
              <input
                type="radio"
                name={questionId}
                value={option.id}
                checked={chosen === option.id}
                onChange={() => {
                  setMissing(false);
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
