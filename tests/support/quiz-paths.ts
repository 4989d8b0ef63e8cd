import { nextQuestion } from '../../src/quiz/engine';
import type { Answers, QuizLogic } from '../../src/quiz/types';

/**
 * Calls `visit` once for every complete answer path of a quiz, depth first. The answers object is
 * reused between calls: copy it to keep it.
 */
export function forEachPath(quiz: QuizLogic, visit: (answers: Answers, path: string[]) => void): number {
  const answers: Record<string, string> = {};
  const path: string[] = [];
  let count = 0;
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const walk = (id: string) => {
    const question = byId.get(id)!;
    path.push(id);
    for (const option of question.options) {
      answers[id] = option.id;
      const next = nextQuestion(quiz, id, option.id);
      if (next === undefined) {
        count++;
        visit(answers, path);
      } else walk(next);
    }
    delete answers[id];
    path.pop();
  };
  if (quiz.questions[0]) walk(quiz.questions[0].id);
  return count;
}
