import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { en } from '../../src/i18n/en';
import { id } from '../../src/i18n/id';
import { quizKeys } from '../../src/i18n/routes';
import { evaluate, nextQuestion, pathOf } from '../../src/quiz/engine';
import { answerChoices, asAnswer, longestPath, progressOf } from '../../src/quiz/length';
import { quizProblems } from '../../src/quiz/validate';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';
import { urgentFlag, type Answer } from '../../src/quiz/types';
import { caseProblems, clinicalCases, completeAnswers } from '../support/quiz-cases';
import { resultProblems } from '../support/quiz-invariants';
import { contextWalk, notchProblems, walkEveryPath } from '../support/quiz-walk';

/** The real quiz files: valid, every path checked, the clinical cases held, the safety rules guarded. */
const files = readdirSync('content/quizzes').filter((f) => f.endsWith('.yaml'));
const load = (file: string) => parseYaml(readFileSync(`content/quizzes/${file}`, 'utf8')) as unknown;
const quizzes = new Map(files.map((f) => [f.replace(/\.yaml$/, ''), quizSchema.parse(load(f))]));

/** A random complete walk through a quiz: any answer at every question, any set of ticks where several may be chosen. */
const anyWalk = (quiz: Quiz) =>
  fc.infiniteStream(fc.nat()).map((picks) => {
    const answers: Record<string, Answer> = {};
    const it = picks[Symbol.iterator]();
    for (let id: string | undefined = quiz.questions[0]!.id; id && !(id in answers); ) {
      const question = quiz.questions.find((q) => q.id === id)!;
      const choices = answerChoices(question);
      answers[id] = asAnswer(question, choices[it.next().value! % choices.length]!);
      id = nextQuestion(quiz, id, answers);
    }
    return answers;
  });

const flagsOf = (quiz: Quiz, answers: Record<string, Answer>) =>
  new Set(quiz.questions.flatMap((q) => q.options.filter((o) => [answers[q.id] ?? []].flat().includes(o.id)).flatMap((o) => o.flags)));

describe('quiz files', () => {
  it('include the five quizzes of the design, each named for its key', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual([...quizKeys].sort());
  });

  for (const file of files) {
    const quiz = quizzes.get(file.replace(/\.yaml$/, ''))!;
    describe(file, () => {
      it('has no problem: schema, ids, graph, references, bands, steps, rules, safety', () => {
        expect(quizProblems(`content/quizzes/${file}`, load(file))).toEqual([]);
      });

      // The main walk's samples feed the context walk: one path for every step of every concern.
      let walked: ReturnType<typeof walkEveryPath> | undefined;
      it('on every answer path: a result with reasons, urgent help at the danger answer, red flags and pregnancy with a substance at step 4+, cautions and sections where due, each concern its own advice, and preferences never moving the step', () => {
        walked = walkEveryPath(quiz);
        expect(walked.problems).toEqual([]);
        const reached = Object.keys(walked.distribution).map((k) => k.replace(/ \(.*$/, ''));
        const onlyWithContext = quiz.outcomes.filter((o) => !reached.includes(o.key)).map((o) => o.key);
        // Outcomes only a circumstance leads to (a young person's, for instance) are reached in the context walk.
        expect(onlyWithContext.every((key) => quiz.rules.some((r) => r.outcome === key && /under-18|violence|hopeless|pregnan/.test(JSON.stringify(r.when))))).toBe(true);
      }, 120_000);

      it('with every combination of circumstances, on a path of every step of every concern and on its mildest and worst, with every preference', () => {
        const context = contextWalk(quiz, walked?.samples ?? walkEveryPath(quiz).samples);
        expect(context.problems).toEqual([]);
      }, 60_000);

      it('never lowers the step for one notch worse at any ordered question', () => {
        expect(notchProblems(quiz)).toEqual([]);
      }, 60_000);

      it('holds the same checks on random walks, any ticks at all', () => {
        fc.assert(
          fc.property(anyWalk(quiz), (answers) => {
            const result = evaluate(quiz, answers);
            expect(resultProblems(quiz, answers, flagsOf(quiz, answers), result)).toEqual([]);
            // Any other answers to the preference questions on this path: the same step.
            for (const question of quiz.questions.filter((q) => q.kind === 'preference' && q.id in answers)) {
              for (const ids of answerChoices(question)) {
                expect(evaluate(quiz, { ...answers, [question.id]: asAnswer(question, ids) }).step).toBe(result.step);
              }
            }
          }),
          { numRuns: 400 },
        );
      }, 60_000);

      it('keeps every path to fourteen questions or fewer', () => {
        expect(longestPath(quiz)).toBeLessThanOrEqual(14);
      });

      it('counts "question k of about N" down only as answers rule questions out, never below the real length', () => {
        fc.assert(
          fc.property(anyWalk(quiz), (answers) => {
            const { path } = pathOf(quiz, answers);
            const totals = path.map((_, k) => progressOf(quiz, path.slice(0, k + 1), answers));
            totals.forEach(({ position, total }, k) => {
              expect(position).toBe(k + 1);
              expect(total).toBeGreaterThanOrEqual(path.length);
              if (k) expect(total).toBeLessThanOrEqual(totals[k - 1]!.total);
            });
            expect(totals[0]!.total).toBe(longestPath(quiz));
          }),
          { numRuns: 200 },
        );
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

describe('every result', () => {
  it('says it is a provisional suggestion, not a diagnosis, and that a health worker\'s assessment decides', () => {
    expect(id['quiz.notDiagnosis']).toMatch(/saran sementara/);
    expect(id['quiz.notDiagnosis']).toMatch(/bukan diagnosis/);
    expect(id['quiz.notDiagnosis']).toMatch(/tenaga kesehatan yang menentukan/);
    expect(en['quiz.notDiagnosis']).toMatch(/provisional suggestion, not a diagnosis/);
    expect(en['quiz.notDiagnosis']).toMatch(/health worker decides/);
  });
});

describe('clinical cases (tests/quiz-cases.yaml)', () => {
  const cases = clinicalCases();
  it('hold at least a hundred cases, across every quiz', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
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
  const withFlag = (raw: any, flag: string) => raw.steps.filter((line: any) => !JSON.stringify(line.when).includes(`"${flag}"`));

  it('moving the urgent rule below the others', { timeout: 120_000 }, () => {
    for (const key of quizKeys) {
      expect(caught(key, (raw) => raw.rules.push(...raw.rules.splice(0, 1))), key).toBe(true);
      expect(caught(key, (raw) => raw.rules.splice(2, 0, ...raw.rules.splice(0, 1))), key).toBe(true);
    }
  });

  it('dropping the urgent flag from a danger answer', { timeout: 120_000 }, () => {
    for (const key of quizKeys) {
      const raw = load(`${key}.yaml`) as any;
      raw.questions[0].options.forEach((o: any, i: number) => {
        if (!o.flags?.includes(urgentFlag)) return;
        expect(caught(key, (r) => (r.questions[0].options[i].flags = r.questions[0].options[i].flags.filter((f: string) => f !== urgentFlag))), `${key} ${o.id}`).toBe(true);
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

  it('removing a red flag from an answer, or the step line that lifts red flags', { timeout: 120_000 }, () => {
    const redFlags: [string, string, string][] = [
      ['use-check', 'q-risky', 'injecting'],
      ['use-check', 'q-risky', 'sharing-equipment'],
      ['use-check', 'q-risky', 'driving'],
      ['use-check', 'q-risky', 'caring-for-child'],
      ['use-check', 'q-risky', 'mixing'],
      ['use-check', 'q-habit-risky', 'driving'],
      ['pathway-finder', 'q-red-flags', 'injecting'],
      ['pathway-finder', 'q-behaviour-red-flags', 'driving'],
      ['helping-someone', 'q-red-flags', 'injecting'],
      ['helping-someone', 'q-red-flags', 'driving'],
      ['helping-someone', 'q-red-flags', 'mixing'],
    ];
    for (const [key, question, id] of redFlags) {
      expect(caught(key, (raw) => (option(raw, question, id).flags = [])), `${key} ${question} ${id}`).toBe(true);
    }
    for (const key of ['use-check', 'pathway-finder', 'helping-someone']) expect(caught(key, (raw) => (raw.steps = withFlag(raw, 'harm-reduction'))), key).toBe(true);
  });

  it('dropping the pregnancy lift: the step line, or the pregnancy answer', { timeout: 120_000 }, () => {
    for (const key of ['use-check', 'pathway-finder', 'helping-someone']) {
      expect(caught(key, (raw) => (raw.steps = withFlag(raw, 'pregnancy'))), key).toBe(true);
      expect(caught(key, (raw) => (option(raw, 'q-context', 'pregnant').flags = [])), key).toBe(true);
    }
  });

  it('dropping the violence section: the answer, the step line, or the engine leaving the section out', { timeout: 120_000 }, () => {
    for (const key of ['use-check', 'pathway-finder', 'helping-someone']) {
      expect(caught(key, (raw) => (option(raw, 'q-context', 'violence-at-home').flags = [])), key).toBe(true);
      expect(caught(key, (raw) => (raw.steps = withFlag(raw, 'violence-at-home'))), key).toBe(true);
    }
    // An engine that forgot the section would be caught by every walk: the check itself must see it.
    const quiz = quizzes.get('helping-someone')!;
    const answers = completeAnswers(quiz, { 'q-role': 'family', 'q-context': ['violence-at-home'], 'q-concern': ['substances'], 'q-substances': ['alcohol'] });
    const result = evaluate(quiz, answers);
    expect(resultProblems(quiz, answers, flagsOf(quiz, answers), result)).toEqual([]);
    expect(resultProblems(quiz, answers, flagsOf(quiz, answers), { ...result, sections: result.sections.filter((s) => s !== 'violence') })).not.toEqual([]);
    // And a rule that sent the family to a joint talk in spite of it.
    expect(caught('helping-someone', (raw) => raw.rules.splice(raw.rules.findIndex((r: any) => r.when.flag === 'violence-at-home'), 1))).toBe(true);
  });

  it('letting a preference set the step: the validator refuses it, and the walk alone would see it too', { timeout: 120_000 }, () => {
    for (const [key, question] of [['pathway-finder', 'q-format'], ['helping-someone', 'q-role']] as const) {
      const raw = structuredClone(load(`${key}.yaml`)) as any;
      const pref = raw.questions.find((q: any) => q.id === question);
      raw.steps.unshift({ when: { answer: { question, option: pref.options[0].id } }, step: 4 });
      expect(quizProblems(`content/quizzes/${key}.yaml`, raw).some((p) => p.includes('preference'))).toBe(true);
      const walked = walkEveryPath(quizSchema.parse(raw));
      expect(walked.problems.some((p) => p.includes('a preference answer changes the step')), key).toBe(true);
    }
  });
});
