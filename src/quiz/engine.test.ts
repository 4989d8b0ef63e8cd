import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, nextQuestion, pathOf } from './engine';
import { quizFixture } from '../../tests/support/quiz-fixtures';

const tiny = quizFixture('tiny.yaml');

/** Any answer sequence, including nonsense option ids and answers to questions off the path. */
const anyAnswers = fc.dictionary(
  fc.constantFrom('q-safety', 'q-impact', 'q-peers', 'q-unknown'),
  fc.constantFrom('yes', 'no', 'light', 'some', 'heavy', 'zzz'),
);

describe('the quiz engine', () => {
  it('follows an option’s next, and ends where it says', () => {
    expect(nextQuestion(tiny, 'q-safety', 'no')).toBe('q-impact');
    expect(nextQuestion(tiny, 'q-impact', 'light')).toBeUndefined();
    expect(pathOf(tiny, { 'q-safety': 'no', 'q-impact': 'light' })).toEqual({ path: ['q-safety', 'q-impact'], complete: true });
    expect(pathOf(tiny, { 'q-safety': 'no' })).toEqual({ path: ['q-safety', 'q-impact'], complete: false });
  });

  it('reaches every outcome on worked examples, each with the answers that led there', () => {
    expect(evaluate(tiny, { 'q-safety': 'no', 'q-impact': 'heavy', 'q-peers': 'no' })).toMatchObject({
      outcome: 'counseling',
      step: 4,
      approaches: ['individual-counseling'],
      level: 'high',
      urgent: false,
      reasons: [{ question: 'q-impact', option: 'heavy' }],
    });
    expect(evaluate(tiny, { 'q-safety': 'no', 'q-impact': 'some', 'q-peers': 'yes' })).toMatchObject({
      outcome: 'peers',
      level: 'high',
      reasons: [
        { question: 'q-impact', option: 'some' },
        { question: 'q-peers', option: 'yes' },
      ],
    });
    expect(evaluate(tiny, { 'q-safety': 'no', 'q-impact': 'light' })).toMatchObject({ outcome: 'self-care', level: 'low' });
    expect(evaluate(tiny, { 'q-safety': 'yes', 'q-impact': 'light' })).toMatchObject({
      outcome: 'urgent-help',
      step: 0,
      urgent: true,
      reasons: [{ question: 'q-safety', option: 'yes' }],
    });
  });

  it('ignores answers to questions the visitor never reached', () => {
    const result = evaluate(tiny, { 'q-safety': 'no', 'q-impact': 'light', 'q-peers': 'yes' });
    expect(result.outcome).toBe('self-care');
    expect(result.scores).toEqual({ need: 0, peer: 0 });
  });

  it('gives a defined result for any answers at all', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = evaluate(tiny, answers);
        expect(tiny.outcomes.map((o) => o.key)).toContain(result.outcome);
        expect(['low', 'high']).toContain(result.level);
      }),
      { numRuns: 500 },
    );
  });

  it('shows urgent help first whenever any answer signals danger, whatever else was answered', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = evaluate(tiny, { ...answers, 'q-safety': 'yes' });
        expect(result.urgent).toBe(true);
        expect(result.outcome).toBe('urgent-help');
        expect(result.reasons).toContainEqual({ question: 'q-safety', option: 'yes' });
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(evaluate(tiny, answers)).toEqual(evaluate(tiny, { ...answers }));
      }),
      { numRuns: 300 },
    );
  });
});
