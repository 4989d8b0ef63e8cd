import { evaluate, holds, nextQuestion, resultOf, stepFor, type Facts, type Gathered } from '../../src/quiz/engine';
import { answerChoices, asAnswer } from '../../src/quiz/length';
import { conditionsOf } from '../../src/quiz/paths';
import type { Condition, Quiz } from '../../src/schemas/quiz';
import { endOfQuiz, urgentFlag, type Answer, type Answers } from '../../src/quiz/types';
import { resultProblems } from './quiz-invariants';

/** The dimension whose points order a quiz's answers from mild to severe; quizzes of preferences have none. */
export const severityDimension: Record<string, string | undefined> = {
  'use-check': 'concern',
  'pathway-finder': 'intensity',
  'helping-someone': 'severity',
};

type Question = Quiz['questions'][number];

/**
 * The answers the main walk tries for a question: every option of a single choice; for "choose all
 * that apply", each answer alone, all of them together and "none of these". The context question
 * takes "none of these" only: its every combination is tried by contextWalk, against samples of
 * every step of every concern and every preference.
 */
export function representativeChoices(question: Question): string[][] {
  if (!question.multiple) return question.options.map((o) => [o.id]);
  if (question.kind === 'context') return [[(question.options.find((o) => o.exclusive) ?? question.options[0]!).id]];
  const open = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  const sets = open.map((id) => [id]);
  if (open.length > 1) sets.push(open);
  for (const o of question.options) if (o.exclusive) sets.push([o.id]);
  return sets;
}

/** The question whose answer says what the concern is: the first need question whose answers raise flags. */
const concernOf = (quiz: Quiz) => quiz.questions.find((q) => q.kind === 'need' && q.options.some((o) => o.flags.length));

/** The answer graph with running scores, flags and answers: one walker the walks below share. */
class Walker {
  readonly dimensions: string[];
  readonly flagNames: string[];
  readonly index: Map<string, number>;
  readonly questions: {
    id: string;
    kind: string;
    askIf?: Condition;
    choices: { answer: Answer; ids: string[]; options: Quiz['questions'][number]['options']; points: number[]; flags: number[]; next: number }[];
  }[];
  readonly named: number[];
  scores: number[];
  flagCount: number[];
  chosen: number[];
  readonly facts: Facts;

  constructor(
    readonly quiz: Quiz,
    choicesOf: (q: Question) => string[][],
  ) {
    this.dimensions = quiz.dimensions.map((d) => d.key);
    this.flagNames = [...new Set(quiz.questions.flatMap((q) => q.options.flatMap((o) => o.flags)))];
    this.index = new Map(quiz.questions.map((q, i) => [q.id, i]));
    this.questions = quiz.questions.map((question, qi) => ({
      id: question.id,
      kind: question.kind,
      askIf: question.askIf,
      choices: choicesOf(question).map((ids) => {
        const options = question.options.filter((o) => ids.includes(o.id));
        const jump = question.multiple ? undefined : options[0]!.next;
        return {
          answer: asAnswer(question, ids),
          ids,
          options,
          points: this.dimensions.map((d) => options.reduce((sum, o) => sum + (o.points[d] ?? 0), 0)),
          flags: [...new Set(options.flatMap((o) => o.flags))].map((f) => this.flagNames.indexOf(f)),
          next: jump === endOfQuiz ? -1 : jump ? this.index.get(jump)! : qi + 1,
        };
      }),
    }));
    const named = new Set(conditionsOf(quiz).flatMap((c) => questionsIn(c)));
    this.named = [...named].map((id) => this.index.get(id)!);
    this.scores = this.dimensions.map(() => 0);
    this.flagCount = this.flagNames.map(() => 0);
    this.chosen = quiz.questions.map(() => -1);
    this.facts = {
      score: (d) => this.scores[this.dimensions.indexOf(d)] ?? 0,
      flag: (f) => (this.flagCount[this.flagNames.indexOf(f)] ?? 0) > 0,
      chose: (q, o) => {
        const at = this.index.get(q) ?? -1;
        return at >= 0 && this.chosen[at]! >= 0 && this.questions[at]!.choices[this.chosen[at]!]!.ids.includes(o);
      },
    };
  }

  apply(q: number, c: number, sign: 1 | -1) {
    const choice = this.questions[q]!.choices[c]!;
    for (let d = 0; d < this.scores.length; d++) this.scores[d]! += sign * choice.points[d]!;
    for (const f of choice.flags) this.flagCount[f]! += sign;
    this.chosen[q] = sign === 1 ? c : -1;
  }

  /** The question after choice c at q, passing over questions whose askIf does not hold; -1 at the end. */
  next(q: number, c: number): number {
    let next = this.questions[q]!.choices[c]!.next;
    while (next >= 0 && next < this.questions.length && this.questions[next]!.askIf && !holds(this.questions[next]!.askIf!, this.facts)) next++;
    return next >= 0 && next < this.questions.length && this.chosen[next] === -1 ? next : -1;
  }

  /** The flags raised, as a number per 30 flags: cheap to compare and to put in a key. */
  flagMask(counts: number[] = this.flagCount): string {
    let key = '';
    for (let start = 0; start < counts.length; start += 30) {
      let mask = 0;
      for (let i = start; i < Math.min(start + 30, counts.length); i++) if (counts[i]! > 0) mask |= 1 << (i - start);
      key += `${mask.toString(36)}.`;
    }
    return key;
  }

  key(): string {
    return `${this.scores.join(',')}|${this.flagMask()}|${this.named.map((q) => this.chosen[q]).join(',')}`;
  }

  /** What the engine gathers on the way, from the walker's own totals. */
  gathered(path: number[]): Gathered {
    return {
      chosen: path.flatMap((q) => this.questions[q]!.choices[this.chosen[q]!]!.options.map((option) => ({ question: this.quiz.questions[q]!, option }))),
      scores: Object.fromEntries(this.dimensions.map((d, i) => [d, this.scores[i]!])),
      flags: this.flags(),
      facts: this.facts,
    };
  }

  flags(): Set<string> {
    const flags = new Set<string>();
    for (let i = 0; i < this.flagCount.length; i++) if (this.flagCount[i]! > 0) flags.add(this.flagNames[i]!);
    return flags;
  }

  answers(path: number[]): Answers {
    return Object.fromEntries(path.map((q) => [this.questions[q]!.id, this.questions[q]!.choices[this.chosen[q]!]!.answer]));
  }
}

const dimensionsIn = (c: Condition): string[] => [...(c.score ? [c.score] : []), ...(c.not ? dimensionsIn(c.not) : []), ...[...(c.all ?? []), ...(c.any ?? [])].flatMap(dimensionsIn)];
const flagsIn = (c: Condition): string[] => [...(c.flag ? [c.flag] : []), ...(c.not ? flagsIn(c.not) : []), ...[...(c.all ?? []), ...(c.any ?? [])].flatMap(flagsIn)];
const answersIn = (c: Condition): string[] => [...(c.answer ? [`${c.answer.question}/${c.answer.option}`] : []), ...(c.not ? answersIn(c.not) : []), ...[...(c.all ?? []), ...(c.any ?? [])].flatMap(answersIn)];

function questionsIn(condition: Condition): string[] {
  return [
    ...(condition.answer ? [condition.answer.question] : []),
    ...(condition.not ? questionsIn(condition.not) : []),
    ...[...(condition.all ?? []), ...(condition.any ?? [])].flatMap(questionsIn),
  ];
}

export interface Walked {
  /** Complete answer paths walked (each a distinct set of answers). */
  paths: number;
  /** How many of them end on each outcome, "outcome (step n)". */
  distribution: Record<string, number>;
  /** Distinct endings (scores, flags and the answers the rules name) checked. */
  endings: number;
  problems: string[];
  /** One path for every concern and every step it reaches: the safety, need and context answers, for contextWalk. */
  samples: Answers[];
}

/**
 * Every answer path of a quiz (each answer of every question; for "choose all that apply" the
 * representative sets above), walked once per distinct (question, scores, flags, named answers):
 * paths that share all of these share their result, so checking each ending once checks every path,
 * and the paths are counted, not listed. At every ending: the clinician's checks of
 * quiz-invariants.ts, and that changing only preference answers never changes the step.
 */
export function walkEveryPath(quiz: Quiz, choicesOf: (q: Question) => string[][] = representativeChoices): Walked {
  const w = new Walker(quiz, choicesOf);
  const isPreference = w.questions.map((q) => q.kind === 'preference');
  // The same running totals from safety, need and context answers alone, to compare results that differ only in preferences.
  const need = { scores: w.scores.map(() => 0), flags: w.flagCount.map(() => 0) };
  const needNamed = w.named.filter((q) => !isPreference[q]);
  const needKey = () => `${need.scores.join(',')}|${w.flagMask(need.flags)}|${needNamed.map((q) => w.chosen[q]).join(',')}`;
  const result: Walked = { paths: 0, distribution: {}, endings: 0, problems: [], samples: [] };
  const concern = concernOf(quiz);
  const concernAt = concern ? w.index.get(concern.id)! : -1;
  const sampled = new Set<string>();
  const problem = (text: string) => result.problems.length < 20 && !result.problems.includes(text) && result.problems.push(text);
  const outcomeIndex = new Map(quiz.outcomes.map((o, i) => [o.key, i]));
  const memo = new Map<string, Float64Array>();
  const stepByNeed = new Map<string, number>();
  const path: number[] = [];
  const describe = () => path.map((q) => `${w.questions[q]!.id}=${[w.questions[q]!.choices[w.chosen[q]!]!.answer].flat().join('+')}`).join(' ');

  // The engine gives the same result for the same scores, flags and rule-named answers: asked once per such state.
  const evaluated = new Map<string, Float64Array>();
  const ending = (): Float64Array => {
    result.endings++;
    const state = w.key();
    let counts = evaluated.get(state);
    if (!counts) {
      const gathered = w.gathered(path);
      const evaluation = resultOf(quiz, gathered);
      const roleAt = w.index.get('q-role') ?? -1;
      const role: Answers = roleAt >= 0 && w.chosen[roleAt]! >= 0 ? { 'q-role': w.questions[roleAt]!.choices[w.chosen[roleAt]!]!.answer } : {};
      for (const text of resultProblems(quiz, role, gathered.flags, evaluation)) problem(`${text}: ${describe()}`);
      counts = new Float64Array(quiz.outcomes.length);
      counts[outcomeIndex.get(evaluation.outcome)!] = 1;
      evaluated.set(state, counts);
    }
    const step = quiz.outcomes[counts.findIndex((n) => n > 0)]!.step;
    const sample = `${concernAt >= 0 ? w.chosen[concernAt] : ''}|${step}`;
    if (!sampled.has(sample)) {
      sampled.add(sample);
      result.samples.push(Object.fromEntries(Object.entries(w.answers(path)).filter(([id]) => !isPreference[w.index.get(id)!])));
    }
    const key = needKey();
    const seen = stepByNeed.get(key);
    if (seen === undefined) stepByNeed.set(key, step);
    else if (seen !== step) problem(`a preference answer changes the step (${seen} → ${step}): ${describe()}`);
    return counts;
  };

  const walk = (q: number): Float64Array => {
    const key = `${q}|${w.key()}|${needKey()}`;
    const known = memo.get(key);
    if (known) return known;
    path.push(q);
    const counts = new Float64Array(quiz.outcomes.length);
    w.questions[q]!.choices.forEach((choice, c) => {
      w.apply(q, c, 1);
      if (!isPreference[q]) {
        for (let d = 0; d < need.scores.length; d++) need.scores[d]! += choice.points[d]!;
        for (const f of choice.flags) need.flags[f]!++;
      }
      const next = w.next(q, c);
      const below = next < 0 ? ending() : walk(next);
      for (let i = 0; i < counts.length; i++) counts[i]! += below[i]!;
      if (!isPreference[q]) {
        for (let d = 0; d < need.scores.length; d++) need.scores[d]! -= choice.points[d]!;
        for (const f of choice.flags) need.flags[f]!--;
      }
      w.apply(q, c, -1);
    });
    path.pop();
    memo.set(key, counts);
    return counts;
  };
  if (w.questions.length) {
    walk(0).forEach((n, i) => {
      if (!n) return;
      const outcome = quiz.outcomes[i]!;
      result.distribution[`${outcome.key} (step ${outcome.step})`] = n;
      result.paths += n;
    });
  }
  if (process.env.QF_DEBUG) console.log('memo', memo.size, 'evaluated', evaluated.size, 'endings', result.endings);
  return result;
}

/**
 * A question whose answers run from mild to severe: one choice each, none a danger answer, all
 * leading on to the same question, and severity points that never fall from one answer to the next.
 */
function orderedQuestions(quiz: Quiz): boolean[] {
  const severity = severityDimension[quiz.key];
  return quiz.questions.map((q) => {
    if (!severity || q.multiple || q.options.some((o) => o.flags.includes(urgentFlag))) return false;
    const points = q.options.map((o) => o.points[severity] ?? 0);
    const sameNext = new Set(q.options.map((o) => o.next ?? '')).size === 1;
    return sameNext && points.every((p, i) => i === 0 || p >= points[i - 1]!) && points.some((p) => p !== points[0]);
  });
}

/**
 * One notch worse at any ordered question never lowers the step. Two walkers go down the same path
 * side by side, one with the milder answer and one with the next worse; at every ending the worse
 * must sit at least as high. Preferences never set the step, so they take their first answer here.
 */
export function notchProblems(quiz: Quiz, choicesOf: (q: Question) => string[][] = representativeChoices): string[] {
  const ordered = orderedQuestions(quiz);
  // Step lines only rise with more points, more flags and the answers they name. Where the worse
  // answer brings at least the points and flags of the milder one on everything a step line reads,
  // and no step line names the milder answer, it cannot lower the step; only the other pairs are walked.
  const lines = quiz.steps.map((line) => line.when);
  const read = { dimensions: new Set(lines.flatMap(dimensionsIn)), flags: new Set(lines.flatMap(flagsIn)), answers: new Set(lines.flatMap(answersIn)) };
  const needsWalk = quiz.questions.map((question, q) =>
    question.options.map((mild, o) => {
      const worse = question.options[o + 1];
      if (!ordered[q] || !worse) return false;
      const morePoints = [...read.dimensions].every((d) => (worse.points[d] ?? 0) >= (mild.points[d] ?? 0));
      const moreFlags = mild.flags.filter((f) => read.flags.has(f)).every((f) => worse.flags.includes(f));
      return !(morePoints && moreFlags && !read.answers.has(`${question.id}/${mild.id}`));
    }),
  );
  const a = new Walker(quiz, (q) => (q.kind === 'preference' ? [[q.options[0]!.id]] : choicesOf(q)));
  const b = new Walker(quiz, (q) => (q.kind === 'preference' ? [[q.options[0]!.id]] : choicesOf(q)));
  const problems: string[] = [];
  const visited = new Set<string>();
  const pairs = new Set<string>();
  const path: number[] = [];

  const side = (q: number) => {
    const key = `${q}|${a.key()}|${b.key()}`;
    if (pairs.has(key)) return;
    pairs.add(key);
    a.questions[q]!.choices.forEach((_, c) => {
      a.apply(q, c, 1);
      b.apply(q, c, 1);
      path.push(q);
      const na = a.next(q, c);
      const nb = b.next(q, c);
      if (na === nb) {
        if (na >= 0) side(na);
        else {
          const mild = stepFor(quiz, a.facts);
          const worse = stepFor(quiz, b.facts);
          if (worse < mild && problems.length < 10) problems.push(`one notch worse lowers the step (${mild} → ${worse}): ${path.map((x) => `${a.questions[x]!.id}=${[a.questions[x]!.choices[a.chosen[x]!]!.answer].flat().join('+')}/${[b.questions[x]!.choices[b.chosen[x]!]!.answer].flat().join('+')}`).join(' ')}`);
        }
      }
      path.pop();
      a.apply(q, c, -1);
      b.apply(q, c, -1);
    });
  };

  const walk = (q: number) => {
    const key = `${q}|${a.key()}`;
    if (visited.has(key)) return;
    visited.add(key);
    const choices = a.questions[q]!.choices;
    for (let c = 0; c < choices.length; c++) {
      if (needsWalk[q]![c]) {
        // Copy the path so far onto the second walker, with the next worse answer here.
        for (let i = 0; i < a.chosen.length; i++) if (a.chosen[i]! >= 0) b.apply(i, a.chosen[i]!, 1);
        a.apply(q, c, 1);
        b.apply(q, c + 1, 1);
        path.push(q);
        const na = a.next(q, c);
        const nb = b.next(q, c + 1);
        if (na === nb && na >= 0) side(na);
        else if (na === nb && stepFor(quiz, b.facts) < stepFor(quiz, a.facts)) problems.push(`one notch worse at ${a.questions[q]!.id} lowers the step`);
        path.pop();
        b.apply(q, c + 1, -1);
        a.apply(q, c, -1);
        for (let i = 0; i < a.chosen.length; i++) if (a.chosen[i]! >= 0) b.apply(i, a.chosen[i]!, -1);
      }
      a.apply(q, c, 1);
      path.push(q);
      const next = a.next(q, c);
      if (next >= 0) walk(next);
      path.pop();
      a.apply(q, c, -1);
    }
  };
  if (a.questions.length) walk(0);
  return problems;
}

/** The mildest answer to a question (the first that is not a danger answer; "none of these" for several) and the worst (every other tick, or the last answer). */
export function mildest(question: Question): Answer {
  if (question.multiple) return asAnswer(question, [question.options.find((o) => o.exclusive)?.id ?? question.options[0]!.id]);
  return question.options.find((o) => !o.flags.includes(urgentFlag))!.id;
}
export function worst(question: Question): Answer {
  if (question.multiple) return question.options.filter((o) => !o.exclusive).map((o) => o.id);
  return [...question.options].reverse().find((o) => !o.flags.includes(urgentFlag))!.id;
}

/**
 * Every combination of the context question ("choose all that apply"), against a path of every step
 * of every concern (the main walk's samples) and against the mildest and the worst path of every
 * concern, each with every combination of preference answers: the circumstances the main walk leaves
 * out, checked as a clinician would, and with preferences that must never move the step.
 */
export function contextWalk(quiz: Quiz, samples: Answers[] = []): { paths: number; problems: string[] } {
  const context = quiz.questions.find((q) => q.kind === 'context' && q.multiple);
  if (!context) return { paths: 0, problems: [] };
  const concern = concernOf(quiz);
  const problems: string[] = [];
  let paths = 0;
  const branches = concern ? representativeChoices(concern).map((ids) => asAnswer(concern, ids)) : [undefined];
  const preferences = quiz.questions.filter((q) => q.kind === 'preference');
  const allSets = preferences.reduce<Record<string, Answer>[]>(
    (sets, question) => sets.flatMap((set) => answerChoices(question).map((ids) => ({ ...set, [question.id]: asAnswer(question, ids) }))),
    [{}],
  );
  // Every combination when they are few; else each answer of each preference question, and every
  // twentieth combination besides (the main walk has already tried them all without a context).
  const preferenceSets =
    allSets.length <= 60
      ? allSets
      : [
          ...preferences.flatMap((question) => answerChoices(question).map((ids) => ({ [question.id]: asAnswer(question, ids) }))),
          ...allSets.filter((_, i) => i % 20 === 0),
        ];
  const bases: Record<string, Answer>[] = [...samples];
  for (const branch of branches) {
    for (const pick of [mildest, worst]) bases.push(Object.fromEntries(quiz.questions.filter((q) => q.kind !== 'preference').map((q) => [q.id, q.id === concern?.id && branch ? branch : pick(q)])));
  }
  for (const set of answerChoices(context)) {
    for (const base of bases) {
      let step: number | undefined;
      for (const preference of preferenceSets) {
        const answers = completeWith(quiz, { ...base, [context.id]: asAnswer(context, set), ...preference });
        paths++;
        const result = evaluate(quiz, answers);
        const flags = new Set(quiz.questions.flatMap((q) => q.options.filter((o) => [answers[q.id] ?? []].flat().includes(o.id)).flatMap((o) => o.flags)));
        for (const text of resultProblems(quiz, answers, flags, result)) if (problems.length < 20) problems.push(`${text}: ${JSON.stringify(answers)}`);
        if (step !== undefined && result.step !== step && problems.length < 20) problems.push(`a preference answer changes the step (${step} → ${result.step}): ${JSON.stringify(answers)}`);
        step = result.step;
      }
    }
  }
  return { paths, problems };
}

/** A whole path from these answers: each question on the way takes its answer here, or the mildest. */
function completeWith(quiz: Quiz, given: Record<string, Answer>): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (let id: string | undefined = quiz.questions[0]?.id; id && !(id in answers); ) {
    answers[id] = given[id] ?? mildest(quiz.questions.find((q) => q.id === id)!);
    id = nextQuestion(quiz, id, answers);
  }
  return answers;
}
