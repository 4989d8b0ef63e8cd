import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, isAnswerTo, nextQuestion, pathOf } from './engine';
import { quizFixture } from '../../tests/support/quiz-fixtures';

const tiny = quizFixture('tiny.yaml');
const multiple = quizFixture('multiple.yaml');

/** Any answer sequence, including nonsense option ids and answers to questions off the path. */
const anyAnswers = fc.dictionary(
  fc.constantFrom('q-safety', 'q-impact', 'q-peers', 'q-unknown'),
  fc.constantFrom('yes', 'no', 'light', 'some', 'heavy', 'zzz'),
);

describe('the quiz engine', () => {
  it('follows an option’s next, and ends where it says', () => {
    expect(nextQuestion(tiny, 'q-safety', { 'q-safety': 'no' })).toBe('q-impact');
    expect(nextQuestion(tiny, 'q-impact', { 'q-safety': 'no', 'q-impact': 'light' })).toBeUndefined();
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
      step: 2,
      level: 'high',
      reasons: [
        { question: 'q-impact', option: 'some' },
        { question: 'q-peers', option: 'yes' },
      ],
    });
    expect(evaluate(tiny, { 'q-safety': 'no', 'q-impact': 'some', 'q-peers': 'no' })).toMatchObject({ outcome: 'talk', step: 2 });
    expect(evaluate(tiny, { 'q-safety': 'no', 'q-impact': 'light' })).toMatchObject({ outcome: 'self-care', level: 'low' });
    expect(evaluate(tiny, { 'q-safety': 'yes', 'q-impact': 'light' })).toMatchObject({
      outcome: 'urgent-help',
      step: 0,
      urgent: true,
      reasons: [{ question: 'q-safety', option: 'yes' }],
    });
  });

  it('lets need set the step and preference choose within it', () => {
    for (const impact of ['some', 'heavy']) {
      const steps = ['yes', 'no'].map((peers) => evaluate(tiny, { 'q-safety': 'no', 'q-impact': impact, 'q-peers': peers }).step);
      expect(new Set(steps).size).toBe(1);
    }
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

describe('"choose all that apply", and questions asked only after an answer', () => {
  const base = { 'q-safety': 'no', 'q-context': ['none'], 'q-help': 'alone' };

  it('accepts one or more ticks, "none of these" only alone, and nothing unknown', () => {
    const context = multiple.questions.find((q) => q.id === 'q-context')!;
    expect(isAnswerTo(context, ['pregnant', 'young'])).toBe(true);
    expect(isAnswerTo(context, ['none'])).toBe(true);
    expect(isAnswerTo(context, ['none', 'young'])).toBe(false);
    expect(isAnswerTo(context, [])).toBe(false);
    expect(isAnswerTo(context, ['young', 'young'])).toBe(false);
    expect(isAnswerTo(context, 'young')).toBe(false);
    expect(isAnswerTo(context, ['zzz'])).toBe(false);
  });

  it('asks about drinking only when alcohol was ticked', () => {
    expect(pathOf(multiple, { ...base, 'q-concern': ['gamble'] }).path).toEqual(['q-safety', 'q-context', 'q-concern', 'q-help']);
    expect(pathOf(multiple, { ...base, 'q-concern': ['drink', 'gamble'], 'q-drinks': 'weekly' }).path).toEqual(['q-safety', 'q-context', 'q-concern', 'q-drinks', 'q-help']);
  });

  it('counts every tick, and takes the step from the most serious', () => {
    const result = evaluate(multiple, { ...base, 'q-concern': ['drink', 'opioid', 'gamble'], 'q-drinks': 'weekly' });
    expect(result).toMatchObject({ step: 2, substances: ['alcohol', 'opioids'], opioidCaution: true, sections: ['gambling'] });
  });

  it('lifts pregnancy with any substance to step 4, and adds its section at the top', () => {
    const result = evaluate(multiple, { ...base, 'q-context': ['pregnant'], 'q-concern': ['opioid'] });
    expect(result).toMatchObject({ outcome: 'counseling', step: 4, sections: ['pregnancy'], opioidCaution: true, withdrawalCaution: true });
    expect(result.reasons).toEqual(expect.arrayContaining([{ question: 'q-context', option: 'pregnant' }, { question: 'q-concern', option: 'opioid' }]));
    expect(evaluate(multiple, { ...base, 'q-context': ['pregnant'], 'q-concern': ['gamble'] })).toMatchObject({ step: 1, sections: ['pregnancy', 'gambling'] });
  });

  it('never lets a stale answer from going back decide which question comes', () => {
    // Alcohol was ticked, q-drinks answered, then the visitor went back and ticked only gambling.
    expect(nextQuestion(multiple, 'q-concern', { ...base, 'q-concern': ['gamble'] })).toBe('q-help');
    expect(evaluate(multiple, { ...base, 'q-concern': ['gamble'], 'q-drinks': 'weekly' }).step).toBe(1);
  });
});
