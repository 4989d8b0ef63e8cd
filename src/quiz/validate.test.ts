import { describe, expect, it } from 'vitest';
import { quizProblems } from './validate';
import { rawQuizFixture } from '../../tests/support/quiz-fixtures';

describe('quiz validation', () => {
  it('accepts a sound quiz', () => {
    expect(quizProblems('tests/fixtures/quizzes/tiny.yaml', rawQuizFixture('tiny.yaml'))).toEqual([]);
  });

  it('reports every logic mistake at once, each with the file and the path', () => {
    expect(quizProblems('content/quizzes/broken.yaml', rawQuizFixture('broken-graph.yaml'))).toMatchInlineSnapshot(`
      [
        "content/quizzes/broken.yaml › questions[0].options[0].next: unknown question "q9"",
        "content/quizzes/broken.yaml › questions[0].options[1].points.nede: unknown dimension "nede"",
        "content/quizzes/broken.yaml › questions[1].options: the id "a" is used twice",
        "content/quizzes/broken.yaml › questions: a loop never reaches a result: q3 → q4 → q3",
        "content/quizzes/broken.yaml › questions[1]: "q2" can never be reached",
        "content/quizzes/broken.yaml › outcomes[0].links[0]: unknown route key "guide/yoga"",
        "content/quizzes/broken.yaml › rules[0].when.answer.option: question "q1" has no option "c"",
        "content/quizzes/broken.yaml › rules[1].outcome: unknown outcome "nowhere"",
        "content/quizzes/broken.yaml › rules[1].when.flag: no option raises the flag "urgent"",
        "content/quizzes/broken.yaml › rules[2].when: the last rule must be { always: true }, so every answer reaches a result",
        "content/quizzes/broken.yaml › outcomes[1]: no rule leads to "never"",
        "content/quizzes/broken.yaml › levels.bands: "low" and "mid" overlap at 1–1",
        "content/quizzes/broken.yaml › levels.bands: no band covers 2–2",
      ]
    `);
  });

  it('reports a missing translation and a malformed id through the schema', () => {
    expect(quizProblems('content/quizzes/missing-translation.yaml', rawQuizFixture('missing-translation.yaml'))).toMatchInlineSnapshot(`
      [
        "content/quizzes/missing-translation.yaml › questions[1].text.en: Invalid input: expected string, received undefined",
        "content/quizzes/missing-translation.yaml › questions[1].options[0].id: use lowercase kebab-case, e.g. "q-safety"",
        "content/quizzes/missing-translation.yaml › questions[1].options[1].label.en: Too small: expected string to have >=1 characters",
      ]
    `);
  });
});
