import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { quizKeys } from '../../src/i18n/routes';
import { evaluate, nextQuestion } from '../../src/quiz/engine';
import { quizProblems } from '../../src/quiz/validate';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';
import type { Answers } from '../../src/quiz/types';

/** The real quiz files: valid, every outcome reachable, every urgent answer puts urgent help first. */
const files = readdirSync('content/quizzes').filter((f) => f.endsWith('.yaml'));
const load = (file: string) => parseYaml(readFileSync(`content/quizzes/${file}`, 'utf8')) as unknown;

/** Many complete walks through a quiz, drawn with a fixed seed so every run checks the same ones. */
function sampleWalks(quiz: Quiz, count: number): Answers[] {
  let seed = 20261123;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    const answers: Record<string, string> = {};
    for (let id = quiz.questions[0]?.id; id; ) {
      const question = quiz.questions.find((q) => q.id === id)!;
      const option = question.options[Math.floor(random() * question.options.length)]!;
      answers[id] = option.id;
      id = nextQuestion(quiz, id, option.id);
    }
    return answers;
  });
}

describe('quiz files', () => {
  it('include the five quizzes of the design, each named for its key', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual([...quizKeys].sort());
  });

  for (const file of files) {
    describe(file, () => {
      it('has no problem: schema, ids, graph, references, bands, rules', () => {
        expect(quizProblems(`content/quizzes/${file}`, load(file))).toEqual([]);
      });

      it('reaches every outcome from some answers, each with reasons', () => {
        const quiz = quizSchema.parse(load(file));
        const reached = new Map<string, number>();
        for (const answers of sampleWalks(quiz, 20_000)) {
          const result = evaluate(quiz, answers);
          reached.set(result.outcome, (reached.get(result.outcome) ?? 0) + 1);
          expect(result.reasons.length, JSON.stringify(answers)).toBeGreaterThan(0);
        }
        expect([...reached.keys()].sort()).toEqual(quiz.outcomes.map((o) => o.key).sort());
      });
    });
  }
});

describe('the self-reflection quiz (use-check)', () => {
  const quiz = quizSchema.parse(load('use-check.yaml'));
  const bandOrder = quiz.levels!.bands.map((b) => b.key);
  const stepOrder = (outcome: string) => quiz.outcomes.find((o) => o.key === outcome)!.step;
  const scored = quiz.questions.filter((q) => q.options.some((o) => (o.points.concern ?? 0) > 0));
  /** One complete walk: an option index per question, the safety question answered safely. */
  const walk = fc.tuple(...quiz.questions.map((q) => fc.nat({ max: q.options.length - 1 })));
  const answersOf = (indices: number[]): Answers =>
    Object.fromEntries(
      quiz.questions.map((q, i) => {
        const safe = q.options.filter((o) => !o.flags.includes('urgent'));
        return [q.id, (safe[indices[i]! % safe.length] ?? q.options[0]!).id];
      }),
    );

  it('orders every scored question’s options from least to most severe', () => {
    for (const question of scored) {
      const points = question.options.map((o) => o.points.concern ?? 0);
      expect(points, question.id).toEqual([...points].sort((a, b) => a - b));
    }
  });

  it('never gives a lower level of concern, or a lower step, for a more severe answer', () => {
    fc.assert(
      fc.property(walk, fc.nat({ max: scored.length - 1 }), (indices, which) => {
        const answers = answersOf(indices);
        const question = scored[which]!;
        const current = question.options.findIndex((o) => o.id === answers[question.id]);
        if (current === question.options.length - 1) return;
        const worse = { ...answers, [question.id]: question.options[current + 1]!.id };
        const [before, after] = [evaluate(quiz, answers), evaluate(quiz, worse)];
        expect(bandOrder.indexOf(after.level!)).toBeGreaterThanOrEqual(bandOrder.indexOf(before.level!));
        expect(stepOrder(after.outcome)).toBeGreaterThanOrEqual(stepOrder(before.outcome));
      }),
      { numRuns: 2000 },
    );
  });
});
