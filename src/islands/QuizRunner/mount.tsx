import { render } from 'preact';
import QuizRunner, { type QuizRunnerProps } from './QuizRunner';

/**
 * Starts the quiz on a quiz page. Its data comes from the page's JSON script rather than island
 * props, which keeps the page within its JavaScript budget; the longer result texts stay in the
 * page as <template> elements (see OutcomeText).
 */
export function mountQuiz(doc: Document): void {
  const root = doc.getElementById('quiz-root');
  const data = doc.getElementById('quiz-data');
  if (!root || !data?.textContent) return;
  render(<QuizRunner {...(JSON.parse(data.textContent) as QuizRunnerProps)} />, root);
}
