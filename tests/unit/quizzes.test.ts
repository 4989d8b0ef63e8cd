import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { quizKeys } from '../../src/i18n/routes';
import { evaluate, nextQuestion } from '../../src/quiz/engine';
import { quizProblems } from '../../src/quiz/validate';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';
import { crisisProtocolFlag, harmReductionFlag, redFlagFloor, substanceFlag, urgentFlag, type Evaluation } from '../../src/quiz/types';
import { caseProblems, clinicalCases } from '../support/quiz-cases';

/** The real quiz files: valid, every path checked, the clinical cases held, the safety rules guarded. */
const files = readdirSync('content/quizzes').filter((f) => f.endsWith('.yaml'));
const load = (file: string) => parseYaml(readFileSync(`content/quizzes/${file}`, 'utf8')) as unknown;
const quizzes = new Map(files.map((f) => [f.replace(/\.yaml$/, ''), quizSchema.parse(load(f))]));

/** The dimension whose points order a quiz's answers from mild to severe; quizzes of preferences have none. */
const severityDimension: Record<string, string | undefined> = {
  'use-check': 'concern',
  'pathway-finder': 'intensity',
  'helping-someone': 'severity',
};

interface Walked {
  paths: number;
  distribution: Record<string, number>;
  problems: string[];
}

/**
 * Every complete answer path of a quiz, depth first, with the scores and flags kept as it goes. The
 * engine gives the same result for the same scores, flags and rule-named answers, so it is asked
 * once per such state; each path is still checked on its own, and so is the path one notch worse
 * at each ordered question.
 */
function walkEveryPath(quiz: Quiz): Walked {
  const dimensions = quiz.dimensions.map((d) => d.key);
  const flagNames = [...new Set(quiz.questions.flatMap((q) => q.options.flatMap((o) => o.flags)))];
  const named = [...new Set(JSON.stringify(quiz.rules).match(/"question":"[^"]+"/g) ?? [])].map((m) => m.slice(12, -1));
  const questions = quiz.questions.map((q) => ({
    id: q.id,
    options: q.options.map((o) => ({
      id: o.id,
      points: dimensions.map((d) => o.points[d] ?? 0),
      flags: o.flags.map((f) => flagNames.indexOf(f)),
      urgent: o.flags.includes(urgentFlag),
    })),
  }));
  const index = new Map(quiz.questions.map((q, i) => [q.id, i]));
  const severity = severityDimension[quiz.key];
  const ordered = quiz.questions.map((q) => {
    if (!severity || q.options.some((o) => o.flags.includes(urgentFlag))) return false;
    const points = q.options.map((o) => o.points[severity] ?? 0);
    const sameNext = new Set(q.options.map((o) => o.next ?? '')).size === 1;
    return sameNext && points.every((p, i) => i === 0 || p >= points[i - 1]!) && points.some((p) => p !== points[0]);
  });
  const asksSubstance = flagNames.includes(substanceFlag);
  const stepOf = new Map(quiz.outcomes.map((o) => [o.key, o.step]));

  const scores = dimensions.map(() => 0);
  const flagCount = flagNames.map(() => 0);
  const chosen = quiz.questions.map(() => -1);
  const path: number[] = [];
  const memo = new Map<number, Evaluation>();
  const result: Walked = { paths: 0, distribution: {}, problems: [] };
  const problem = (text: () => string) => result.problems.length < 20 && result.problems.push(text());
  const describe = () => path.map((q) => `${questions[q]!.id}=${questions[q]!.options[chosen[q]!]!.id}`).join(' ');

  // A number, not a string, names the state: the walk asks for millions of them.
  const namedAt = named.map((q) => index.get(q) ?? -1);
  let flagMask = 0;
  const keyNow = () => {
    let key = 0;
    for (const score of scores) key = key * 64 + score + 16;
    key = key * 2 ** flagNames.length + flagMask;
    for (const q of namedAt) key = key * 40 + (chosen[q] ?? -1) + 1;
    return key;
  };
  const evaluateNow = (): Evaluation => {
    const key = keyNow();
    let found = memo.get(key);
    if (!found) {
      const answers = Object.fromEntries(path.map((q) => [questions[q]!.id, questions[q]!.options[chosen[q]!]!.id]));
      found = evaluate(quiz, answers);
      memo.set(key, found);
      if (!found.reasons.length) problem(() => `no reasons: ${describe()}`);
    }
    return found;
  };
  const choose = (q: number, o: number, sign: 1 | -1) => {
    const option = questions[q]!.options[o]!;
    for (let d = 0; d < option.points.length; d++) scores[d]! += sign * option.points[d]!;
    for (const f of option.flags) {
      flagCount[f]! += sign;
      flagMask = flagCount[f]! > 0 ? flagMask | (1 << f) : flagMask & ~(1 << f);
    }
    chosen[q] = sign === 1 ? o : -1;
  };

  const atEnd = (lastOption: { urgent: boolean }) => {
    result.paths++;
    const r = evaluateNow();
    const label = `${r.outcome} (step ${r.step})`;
    result.distribution[label] = (result.distribution[label] ?? 0) + 1;
    const has = (flag: string) => flagCount[flagNames.indexOf(flag)]! > 0;
    if (has(urgentFlag)) {
      if (r.step !== 0 || !r.urgent) problem(() => `urgent path not at step 0: ${describe()} → ${label}`);
      if (!lastOption.urgent) problem(() => `urgent path did not end at the danger answer: ${describe()}`);
      return;
    }
    if (has(harmReductionFlag) && (r.step < redFlagFloor || !r.harmReduction)) problem(() => `red-flag path below step ${redFlagFloor} or without harm reduction: ${describe()} → ${label}`);
    if ((!asksSubstance || has(substanceFlag)) && r.step >= 3 && !r.withdrawalCaution) problem(() => `substance path at step ${r.step} without the withdrawal caution: ${describe()}`);
    if (has(crisisProtocolFlag) && !r.crisisProtocol) problem(() => `group not ready for a crisis without a crisis protocol: ${describe()}`);
    // One notch worse at any ordered question never lowers the step.
    for (const q of path) {
      const current = chosen[q]!;
      if (!ordered[q] || current === questions[q]!.options.length - 1) continue;
      choose(q, current, -1);
      choose(q, current + 1, 1);
      const worse = evaluateNow();
      choose(q, current + 1, -1);
      choose(q, current, 1);
      if (stepOf.get(worse.outcome)! < r.step) problem(() => `one notch worse at ${questions[q]!.id} lowers the step: ${describe()} → ${label}, then ${worse.outcome}`);
    }
  };

  const walk = (q: number) => {
    path.push(q);
    questions[q]!.options.forEach((option, o) => {
      choose(q, o, 1);
      const next = nextQuestion(quiz, questions[q]!.id, option.id);
      if (next === undefined) atEnd(option);
      else walk(index.get(next)!);
      choose(q, o, -1);
    });
    path.pop();
  };
  walk(0);
  return result;
}

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
    ];
    for (const [key, question, id] of redFlags) {
      expect(caught(key, (raw) => (option(raw, question, id).flags = [])), `${key} ${question} ${id}`).toBe(true);
    }
  });
});

export { walkEveryPath };
