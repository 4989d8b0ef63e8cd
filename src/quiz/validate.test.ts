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
        "content/quizzes/broken.yaml › steps: one line must be { always: true }, the lowest step any answer reaches",
        "content/quizzes/broken.yaml › rules[0].when.answer.option: question "q1" has no option "c"",
        "content/quizzes/broken.yaml › rules[1].outcome: unknown outcome "nowhere"",
        "content/quizzes/broken.yaml › rules[1].when.flag: no option raises the flag "urgent"",
        "content/quizzes/broken.yaml › steps: step 2 can be reached, but no rule leads to an outcome at step 2",
        "content/quizzes/broken.yaml › outcomes[0].step: no line of steps gives step 1, so "done" can never be shown",
        "content/quizzes/broken.yaml › outcomes[1]: no rule leads to "never"",
        "content/quizzes/broken.yaml › levels.bands: "low" and "mid" overlap at 1–1",
        "content/quizzes/broken.yaml › levels.bands: no band covers 2–2",
        "content/quizzes/broken.yaml › questions[0]: the first question must be the safety question (kind: safety), with at least one answer flagged "urgent"",
        "content/quizzes/broken.yaml › rules[0].when: the first rule must be { flag: urgent } (a rule before it may only narrow it: all: [{ flag: urgent }, …])",
      ]
    `);
  });

  it('enforces safety first in the structure: safety question, danger ends the quiz, urgent rule first, labelled flags', () => {
    expect(quizProblems('content/quizzes/unsafe.yaml', rawQuizFixture('unsafe-structure.yaml'))).toMatchInlineSnapshot(`
      [
        "content/quizzes/unsafe.yaml › questions[0].options[1].flags[0]: the flag "heavy" needs a label in flagLabels",
        "content/quizzes/unsafe.yaml › questions[0]: the first question must be the safety question (kind: safety), with at least one answer flagged "urgent"",
        "content/quizzes/unsafe.yaml › questions[1].options[0].next: an answer flagged "urgent" must end the quiz at once (next: end)",
        "content/quizzes/unsafe.yaml › rules[0].when: the first rule must be { flag: urgent } (a rule before it may only narrow it: all: [{ flag: urgent }, …])",
        "content/quizzes/unsafe.yaml › rules[1].outcome: the urgent rule leads to "urgent-help" at step 2; urgent help is step 0",
      ]
    `);
  });

  it('rejects a step that preferences can move, and a number of questions written into a text', () => {
    expect(quizProblems('content/quizzes/preference.yaml', rawQuizFixture('preference-sets-step.yaml'))).toMatchInlineSnapshot(`
      [
        "content/quizzes/preference.yaml › questions[1].options[1].next: a preference answer must not change which questions come, or it would change the step",
        "content/quizzes/preference.yaml › questions[3].askIf: reads an answer of the preference question "q-lead"; a preference must not decide which questions come, or it would change the step",
        "content/quizzes/preference.yaml › intro.id: "lima pertanyaan" writes a number of questions; write {questions}, which becomes the longest path",
        "content/quizzes/preference.yaml › intro.en: "five short questions" writes a number of questions; write {questions}, which becomes the longest path",
        "content/quizzes/preference.yaml › steps[0].when: reads an answer of the preference question "q-lead"; need alone sets the step, preferences only choose the approach at it",
        "content/quizzes/preference.yaml › steps[1].when: reads the score "privacy", which the preference question "q-lead" adds to; need alone sets the step, preferences only choose the approach at it",
        "content/quizzes/preference.yaml › steps[2].when: reads the flag "wants-peers", which the preference question "q-lead" raises; need alone sets the step, preferences only choose the approach at it",
      ]
    `);
  });

  it('accepts "choose all that apply", askIf and an earlier version used as they should be', () => {
    expect(quizProblems('tests/fixtures/quizzes/multiple.yaml', rawQuizFixture('multiple.yaml'))).toEqual([]);
  });

  it('checks what every result carries: urgent help at step 0, red flags and pregnancy with a substance at step 4 or higher, the withdrawal caution', () => {
    expect(quizProblems('content/quizzes/unsafe.yaml', rawQuizFixture('unsafe-results.yaml'))).toMatchInlineSnapshot(`
      [
        "content/quizzes/unsafe.yaml › outcomes[1].cautions: "counseling" (step 4) can be reached after a substance answer, so it must carry the withdrawal caution",
        "content/quizzes/unsafe.yaml › steps: a red-flag answer (q-risk: yes) can land on step 1; it never lands below step 4. Path: q-safety=no q-context=none q-about=gambling q-risk=yes q-impact=light",
        "content/quizzes/unsafe.yaml › steps: pregnancy with a substance (q-context: pregnant, q-about: alcohol) can land on step 1; it never lands below step 4. Path: q-safety=no q-context=pregnant q-about=alcohol q-risk=yes q-impact=light",
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
