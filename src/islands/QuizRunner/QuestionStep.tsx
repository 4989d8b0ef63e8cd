import { useEffect, useRef, useState } from 'preact/hooks';
import { isAnswerTo, nextQuestion } from '../../quiz/engine';
import { progressFrom } from '../../quiz/progress';
import type { LocalQuiz } from '../../quiz/localize';
import { chosenIds, type Answer, type Answers } from '../../quiz/types';
import { fill } from '../../i18n/fill';
import type { QuizStrings } from './strings';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  quiz: LocalQuiz;
  strings: QuizStrings;
  questionId: string;
  answers: Answers;
  /** The questions the visitor has met so far, this one last. */
  trail: readonly string[];
  /** Whether a new question takes the focus: not on the page's first screen, where the visitor may already be choosing. */
  focusHeading: boolean;
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

export function QuestionStep({ quiz, strings, questionId, answers, trail, focusHeading, onChoose, onNext, onBack }: Props) {
  const question = quiz.questions.find((q) => q.id === questionId)!;
  const heading = useRef<HTMLHeadingElement>(null);
  // How many times Next was pressed with nothing chosen: 0 when nothing is missing.
  const [missing, setMissing] = useState(0);
  const chosen = answers[questionId];
  const answered = isAnswerTo(question, chosen);
  const onTrail = Object.fromEntries(trail.flatMap((id) => (answers[id] === undefined ? [] : [[id, answers[id]!]])));
  const finishing = answered ? nextQuestion(quiz, questionId, onTrail) === undefined : quiz.questions.at(-1)?.id === questionId;
  const { position, total } = progressFrom(quiz.progress, quiz, trail, answers);

  useEffect(() => {
    setMissing(0);
    if (focusHeading) heading.current?.focus();
  }, [questionId]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!answered) return setMissing(missing + 1);
    onNext();
  };

  return (
    // method="dialog": sent before the script runs, the form does nothing, so no answer reaches the address bar.
    <form class="quiz-step" method="dialog" onSubmit={submit} noValidate>
      <p class="quiz-progress" aria-live="polite">
        {fill(strings['quiz.progress'], { n: position, total })}
      </p>
      <fieldset aria-describedby={missing > 0 ? `${questionId}-error` : undefined}>
        <legend>
          <h2 tabIndex={-1} ref={heading}>
            {question.text}
          </h2>
        </legend>
        {question.hint && <p class="quiz-hint">{question.hint}</p>}
        {missing > 0 && (
          <ErrorMessage
            id={`${questionId}-error`}
            prefix={strings['quiz.errorPrefix']}
            text={strings[question.multiple ? 'quiz.chooseSome' : 'quiz.chooseOne']}
            attempt={missing}
          />
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
                  setMissing(0);
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
