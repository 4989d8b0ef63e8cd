import { hydrate } from 'preact';
import QuizRunner, { type QuizRunnerProps } from './QuizRunner';

/**
 * Starts the quiz on the HTML the build drew for it: the same component, so hydrating it changes
 * nothing on screen, and a choice already made there is kept. Its data comes from the page's JSON
 * script rather than island props, which keeps the page within its JavaScript budget; the longer
 * result texts stay in the page as <template> elements (see OutcomeText).
 */
export function mountQuiz(doc: Document): void {
  const root = doc.getElementById('quiz-root');
  const data = doc.getElementById('quiz-data');
  if (!root || !data?.textContent) return;
  const props = JSON.parse(data.textContent) as QuizRunnerProps;
  // A choice the browser kept in the built question: one option, or the ticks of a choose-all question.
  const ticked = [...root.querySelectorAll<HTMLInputElement>('.quiz-step input:checked')].map((input) => input.value);
  const chosen = props.quiz.questions[0]!.multiple ? ticked : ticked[0];
  hydrate(<QuizRunner {...props} early={{ chosen: ticked.length ? chosen : undefined }} />, root);
}
