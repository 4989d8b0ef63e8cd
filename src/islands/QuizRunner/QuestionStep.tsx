import { useEffect, useRef, useState } from 'preact/hooks';
import { isAnswerTo, nextQuestion } from '../../quiz/engine';
import { progressFrom } from '../../quiz/progress';
import type { LocalQuiz } from '../../quiz/localize';
import { chosenIds, type Answer, type Answers } from '../../quiz/types';
import { fill } from '../../i18n/fill';
import type { QuizStrings } from './strings';

interface Props {
  quiz: LocalQuiz;
  strings: QuizStrings;
  questionId: string;
  answers: Answers;
  /** The questions the visitor has met so far, this one last. */
  trail: readonly string[];
  onChoose: (questionId: string, answer: Answer) => void;
  onNext: () => void;
  onBack?: () => void;
}

type Question = LocalQuiz['questions'][number];

/** Ticking "none of these" clears the other ticks; ticking another answer clears "none of these". */
export function toggled(question: Question, answer: Answer | undefined, optionId: string, checked: boolean): string[] {
  const exclusive = question.options.find((o) => o.id === optionId)?.exclusive;
  const kept = chosenIds(answer).filter((id) => id !== optionId && !exclusive && !question.options.find((o) => o.id === id)?.exclusive);
  const ids = checked ? [...kept, optionId] : kept;
  // Kept in the order the question shows them, so a share link and the "why" list read the same way.
  return question.options.map((o) => o.id).filter((id) => ids.includes(id));
}

export function QuestionStep({ quiz, strings, questionId, answers, trail, onChoose, onNext, onBack }: Props) {
  const question = quiz.questions.find((q) => q.id === questionId)!;
  const heading = useRef<HTMLHeadingElement>(null);
  const [missing, setMissing] = useState(false);
  const chosen = answers[questionId];
  const answered = isAnswerTo(question, chosen);
  const onTrail = Object.fromEntries(trail.flatMap((id) => (answers[id] === undefined ? [] : [[id, answers[id]!]])));
  const finishing = answered ? nextQuestion(quiz, questionId, onTrail) === undefined : quiz.questions.at(-1)?.id === questionId;
  const { position, total } = progressFrom(quiz.progress, quiz, trail, answers);

  useEffect(() => {
    setMissing(false);
    if (position > 1 || document.activeElement?.closest('.quiz-runner')) heading.current?.focus();
  }, [questionId]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!answered) return setMissing(true);
    onNext();
  };

  return (
    <form class="quiz-step" onSubmit={submit} noValidate>
      <p class="quiz-progress" aria-live="polite">
        {fill(strings['quiz.progress'], { n: position, total })}
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
            {strings[question.multiple ? 'quiz.chooseSome' : 'quiz.chooseOne']}
          </p>
        )}
        <div class="quiz-options">
          {question.options.map((option) => (
            <label class={`quiz-option${option.exclusive ? ' quiz-option--exclusive' : ''}`} key={option.id}>
              <input
                type={question.multiple ? 'checkbox' : 'radio'}
                name={questionId}
                value={option.id}
                checked={chosenIds(chosen).includes(option.id)}
                onChange={(event) => {
                  setMissing(false);
                  onChoose(questionId, question.multiple ? toggled(question, chosen, option.id, event.currentTarget.checked) : option.id);
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
