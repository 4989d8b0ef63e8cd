import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { quizKeys } from '../../src/i18n/routes';
import { nextQuestion } from '../../src/quiz/engine';
import { quizProblems } from '../../src/quiz/validate';
import { quizSchema } from '../../src/schemas/quiz';
import { caseProblems, clinicalCases } from '../support/quiz-cases';
import { walkEveryPath } from '../support/quiz-walk';

/** The real quiz files: valid, every path checked, the clinical cases held, the safety rules guarded. */
const files = readdirSync('content/quizzes').filter((f) => f.endsWith('.yaml'));
const load = (file: string) => parseYaml(readFileSync(`content/quizzes/${file}`, 'utf8')) as unknown;
const quizzes = new Map(files.map((f) => [f.replace(/\.yaml$/, ''), quizSchema.parse(load(f))]));

describe('quiz files', () => {
  it('include the five quizzes of the design, each named for its key', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual([...quizKeys].sort());
  });

  for (const file of files) {
    const quiz = quizzes.get(file.replace(/\.yaml$/, ''))!;
    describe(file, () => {
      it('has no problem: schema, ids, graph, references, bands, rules, safety', () => {
        expect(quizProblems(`content/quizzes/${file}`, load(file))).toEqual([]);
      });

      it('on every answer path: a result with reasons, urgent help at the danger answer, red flags at step 4+, cautions where due, and no step lowered by a worse answer', () => {
        const walked = walkEveryPath(quiz);
        expect(walked.problems).toEqual([]);
        expect(Object.keys(walked.distribution).map((k) => k.replace(/ \(.*$/, '')).sort()).toEqual(quiz.outcomes.map((o) => o.key).sort());
      }, 120_000);

      it('keeps every path to twelve questions or fewer', () => {
        const longest = (id: string | undefined, depth: number): number =>
          id === undefined ? depth : Math.max(...quiz.questions.find((q) => q.id === id)!.options.map((o) => longest(nextQuestion(quiz, id, o.id), depth + 1)));
        expect(longest(quiz.questions[0]!.id, 0)).toBeLessThanOrEqual(12);
      });

      it('never calls itself a test or a screening in its search keywords', () => {
        expect([...quiz.keywords.id, ...quiz.keywords.en].filter((k) => /\b(tes|test|skrining|screening)\b/i.test(k))).toEqual([]);
      });

      it('says it is not a validated screening', () => {
        expect(quiz.credit?.id ?? '').toMatch(/bukan/);
        expect(quiz.credit?.en ?? '').toMatch(/not a/);
      });
    });
  }
});

describe('clinical cases (tests/quiz-cases.yaml)', () => {
  const cases = clinicalCases();
  it('hold at least thirty cases, across every quiz', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.quiz))).toEqual(new Set(quizKeys));
  });
  for (const c of cases) {
    it(c.case, () => {
      expect(caseProblems(quizzes.get(c.quiz)!, c)).toEqual([]);
    });
  }
});

/** A change that breaks a safety rule must be caught: by the validator, or by a clinical case. */
describe('safety mutations are caught', () => {
  const caught = (key: string, mutate: (raw: any) => void) => {
    const raw = structuredClone(load(`${key}.yaml`)) as any;
    mutate(raw);
    if (quizProblems(`content/quizzes/${key}.yaml`, raw).length) return true;
    const quiz = quizSchema.parse(raw);
    return clinicalCases()
      .filter((c) => c.quiz === key)
      .some((c) => caseProblems(quiz, c).length > 0);
  };
  const option = (raw: any, question: string, id: string) => raw.questions.find((q: any) => q.id === question).options.find((o: any) => o.id === id);

  it('moving the urgent rule below the score rules', { timeout: 120_000 }, () => {
    for (const key of quizKeys) {
      expect(caught(key, (raw) => raw.rules.push(...raw.rules.splice(0, 1))), key).toBe(true);
      expect(caught(key, (raw) => raw.rules.splice(2, 0, ...raw.rules.splice(0, 1))), key).toBe(true);
    }
  });

  it('dropping the urgent flag from a danger answer', { timeout: 120_000 }, () => {
    for (const key of quizKeys) {
      const raw = load(`${key}.yaml`) as any;
      raw.questions[0].options.forEach((o: any, i: number) => {
        if (!o.flags?.includes('urgent')) return;
        expect(caught(key, (r) => (r.questions[0].options[i].flags = r.questions[0].options[i].flags.filter((f: string) => f !== 'urgent'))), `${key} ${o.id}`).toBe(true);
      });
    }
  });

  it('removing the withdrawal caution from any outcome that carries it', { timeout: 120_000 }, () => {
    for (const key of quizKeys) {
      const raw = load(`${key}.yaml`) as any;
      raw.outcomes.forEach((o: any, i: number) => {
        if (!o.cautions?.includes('withdrawal')) return;
        expect(caught(key, (r) => (r.outcomes[i].cautions = [])), `${key} ${o.key}`).toBe(true);
      });
    }
  });

  it('dropping the daily-use or withdrawal-signs flag that brings the caution at any step', { timeout: 120_000 }, () => {
    expect(caught('use-check', (raw) => (option(raw, 'q-frequency', 'daily').flags = []))).toBe(true);
    expect(caught('use-check', (raw) => (option(raw, 'q-withdrawal', 'often').flags = []))).toBe(true);
  });

  it('removing a red flag from an answer', { timeout: 120_000 }, () => {
    const redFlags: [string, string, string][] = [
      ['use-check', 'q-risky', 'injecting'],
      ['use-check', 'q-risky', 'sharing-equipment'],
      ['use-check', 'q-risky', 'driving'],
      ['use-check', 'q-risky', 'caring-for-child'],
      ['use-check', 'q-risky', 'mixing'],
      ['use-check', 'q-gambling-risky', 'driving'],
      ['pathway-finder', 'q-red-flags', 'injecting'],
      ['pathway-finder', 'q-behaviour-red-flags', 'driving'],
      ['helping-someone', 'q-red-flags', 'injecting'],
      ['helping-someone', 'q-red-flags', 'driving'],
      ['helping-someone', 'q-red-flags', 'mixing'],
    ];
    for (const [key, question, id] of redFlags) {
      expect(caught(key, (raw) => (option(raw, question, id).flags = [])), `${key} ${question} ${id}`).toBe(true);
    }
  });
});

