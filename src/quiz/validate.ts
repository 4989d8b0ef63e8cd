import { isRouteKey } from '../i18n/routes';
import { quizSchema, type Condition, type Quiz } from '../schemas/quiz';
import { lowestStep } from './paths';
import {
  endOfQuiz,
  harmReductionFlag,
  maxMultipleOptions,
  pregnancyFlag,
  redFlagFloor,
  substanceFlag,
  urgentFlag,
  withdrawalCautionFrom,
  type Answers,
} from './types';

/**
 * Checks one quiz file and returns every problem as "file › path: what is wrong": the schema first,
 * then what a schema cannot see (ids, references, the question graph, the bands, the steps, the rules).
 */
export function quizProblems(file: string, data: unknown): string[] {
  const parsed = quizSchema.safeParse(data);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${file} › ${formatPath(issue.path)}: ${issue.message}`);
  }
  return logicProblems(parsed.data).map((problem) => `${file} › ${problem}`);
}

function formatPath(path: PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('') || '(file)';
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

export function logicProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  const questionIds = quiz.questions.map((q) => q.id);
  const dimensionKeys = new Set(quiz.dimensions.map((d) => d.key));
  const outcomeKeys = new Set(quiz.outcomes.map((o) => o.key));

  for (const id of duplicates(questionIds)) problems.push(`questions: the id "${id}" is used twice`);
  for (const key of duplicates(quiz.outcomes.map((o) => o.key))) problems.push(`outcomes: the key "${key}" is used twice`);
  for (const key of duplicates(quiz.dimensions.map((d) => d.key))) problems.push(`dimensions: the key "${key}" is used twice`);

  quiz.questions.forEach((question, qi) => {
    for (const id of duplicates(question.options.map((o) => o.id))) problems.push(`questions[${qi}].options: the id "${id}" is used twice`);
    question.options.forEach((option, oi) => {
      const at = `questions[${qi}].options[${oi}]`;
      if (option.next !== undefined && option.next !== endOfQuiz && !questionIds.includes(option.next)) {
        problems.push(`${at}.next: unknown question "${option.next}"`);
      }
      option.flags.forEach((flag, fi) => {
        if (!Object.hasOwn(quiz.flagLabels, flag)) problems.push(`${at}.flags[${fi}]: the flag "${flag}" needs a label in flagLabels`);
      });
      for (const dimension of Object.keys(option.points)) {
        if (!dimensionKeys.has(dimension)) problems.push(`${at}.points.${dimension}: unknown dimension "${dimension}"`);
      }
    });
  });

  problems.push(...questionFormProblems(quiz));
  problems.push(...graphProblems(quiz));
  problems.push(...countProblems(quiz));

  quiz.outcomes.forEach((outcome, i) => {
    outcome.links.forEach((link, li) => {
      if (!isRouteKey(link)) problems.push(`outcomes[${i}].links[${li}]: unknown route key "${link}"`);
    });
  });

  quiz.steps.forEach((line, i) => problems.push(...conditionProblems(line.when, quiz, `steps[${i}].when`), ...stepLineProblems(line.when, quiz, `steps[${i}].when`)));
  if (!quiz.steps.some((line) => line.when.always)) problems.push(`steps: one line must be { always: true }, the lowest step any answer reaches`);
  const stepDimensions = new Set(quiz.steps.flatMap((line) => atoms(line.when, '').flatMap(({ condition }) => (condition.score ? [condition.score] : []))));
  quiz.questions.forEach((question, qi) =>
    question.options.forEach((option, oi) => {
      for (const [dimension, points] of Object.entries(option.points)) {
        if (points < 0 && stepDimensions.has(dimension)) problems.push(`questions[${qi}].options[${oi}].points.${dimension}: a step line reads "${dimension}", so no answer may lower it (${points})`);
      }
    }),
  );

  quiz.rules.forEach((rule, i) => {
    if (!outcomeKeys.has(rule.outcome)) problems.push(`rules[${i}].outcome: unknown outcome "${rule.outcome}"`);
    problems.push(...conditionProblems(rule.when, quiz, `rules[${i}].when`));
  });
  problems.push(...stepCoverageProblems(quiz));
  quiz.outcomes.forEach((outcome, i) => {
    if (!quiz.rules.some((r) => r.outcome === outcome.key)) problems.push(`outcomes[${i}]: no rule leads to "${outcome.key}"`);
  });

  if (quiz.levels) problems.push(...bandProblems(quiz));
  problems.push(...earlierProblems(quiz));
  problems.push(...safetyProblems(quiz));
  if (!problems.length) problems.push(...resultProblems(quiz));
  return problems;
}

/** What a "choose all that apply" question, an askIf and a preference question may and may not do. */
function questionFormProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  const preference = preferenceInputs(quiz);
  quiz.questions.forEach((question, qi) => {
    const at = `questions[${qi}]`;
    if (question.multiple) {
      if (qi === 0) problems.push(`${at}.multiple: the first question is the safety question, answered with one choice`);
      if (question.options.length > maxMultipleOptions) problems.push(`${at}.options: a "choose all that apply" question has at most ${maxMultipleOptions} answers, not ${question.options.length}`);
      if (question.options.filter((o) => o.exclusive).length > 1) problems.push(`${at}.options: only one answer can be "none of these" (exclusive)`);
      question.options.forEach((option, oi) => {
        if (option.next !== undefined) problems.push(`${at}.options[${oi}].next: the answers of a "choose all that apply" question go on to the following question`);
        if (option.flags.includes(urgentFlag)) problems.push(`${at}.options[${oi}].flags: a danger answer ends the quiz, so it belongs in a one-choice question`);
      });
    } else {
      question.options.forEach((option, oi) => {
        if (option.exclusive) problems.push(`${at}.options[${oi}].exclusive: only a "choose all that apply" question has a "none of these" answer`);
      });
    }
    if (question.kind === 'preference') {
      question.options.forEach((option, oi) => {
        if (option.next !== undefined) problems.push(`${at}.options[${oi}].next: a preference answer must not change which questions come, or it would change the step`);
      });
    }
    if (question.askIf) {
      if (qi === 0) problems.push(`${at}.askIf: the first question is always asked`);
      problems.push(...conditionProblems(question.askIf, quiz, `${at}.askIf`));
      const raisedBefore = new Set(quiz.questions.slice(0, qi).flatMap((q) => q.options.flatMap((o) => o.flags)));
      for (const { path, condition } of atoms(question.askIf, `${at}.askIf`)) {
        if (condition.score !== undefined || condition.lead !== undefined) problems.push(`${path}: an askIf reads answers and flags, not scores`);
        if (condition.answer && quiz.questions.findIndex((q) => q.id === condition.answer!.question) >= qi) {
          problems.push(`${path}.answer.question: "${condition.answer.question}" does not come before this question`);
        }
        if (condition.flag !== undefined && !raisedBefore.has(condition.flag)) problems.push(`${path}.flag: no earlier answer raises "${condition.flag}"`);
        const reads = preference.reads(condition);
        if (reads) problems.push(`${path}: reads ${reads}; a preference must not decide which questions come, or it would change the step`);
      }
    }
  });
  return problems;
}

/** Every flag, answer and score a condition looks at, each with where it sits. */
function atoms(condition: Condition, path: string): { path: string; condition: Condition }[] {
  const nested = [
    ...(condition.all ?? []).map((c, i) => atoms(c, `${path}.all[${i}]`)),
    ...(condition.any ?? []).map((c, i) => atoms(c, `${path}.any[${i}]`)),
    ...(condition.not ? [atoms(condition.not, `${path}.not`)] : []),
  ].flat();
  return condition.all || condition.any || condition.not ? nested : [{ path, condition }];
}

/** The answers, flags and scores that preference questions feed: what must never set the step. */
function preferenceInputs(quiz: Quiz) {
  const questions = quiz.questions.filter((q) => q.kind === 'preference');
  const flags = new Map<string, string>();
  const dimensions = new Map<string, string>();
  for (const question of questions) {
    for (const option of question.options) {
      for (const flag of option.flags) flags.set(flag, question.id);
      for (const [dimension, points] of Object.entries(option.points)) if (points !== 0) dimensions.set(dimension, question.id);
    }
  }
  return {
    reads(condition: Condition): string | undefined {
      if (condition.answer && questions.some((q) => q.id === condition.answer!.question)) return `an answer of the preference question "${condition.answer.question}"`;
      if (condition.flag !== undefined && flags.has(condition.flag)) return `the flag "${condition.flag}", which the preference question "${flags.get(condition.flag)}" raises`;
      for (const dimension of [condition.score, condition.lead, condition.over]) {
        if (dimension !== undefined && dimensions.has(dimension)) return `the score "${dimension}", which the preference question "${dimensions.get(dimension)}" adds to`;
      }
      return undefined;
    },
  };
}

/** A step line reads need, safety and context only, and only rises with worse answers. */
function stepLineProblems(condition: Condition, quiz: Quiz, path: string): string[] {
  const problems: string[] = [];
  const preference = preferenceInputs(quiz);
  if (condition.not) problems.push(`${path}.not: a step line cannot say "not": a worse answer must never lower the step`);
  for (const atom of atoms(condition, path)) {
    const reads = preference.reads(atom.condition);
    if (reads) problems.push(`${atom.path}: reads ${reads}; need alone sets the step, preferences only choose the approach at it`);
    if (atom.condition.atMost !== undefined) problems.push(`${atom.path}.atMost: a step line cannot fall as a score rises; use atLeast`);
    if (atom.condition.lead !== undefined) problems.push(`${atom.path}.lead: a step line cannot compare two scores; use atLeast`);
  }
  return problems;
}

/** Every step the step lines can give has a result: a rule ending in { always: true } for an outcome at that step. */
function stepCoverageProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  const stepOf = new Map(quiz.outcomes.map((o) => [o.key, o.step]));
  const reachable = new Set(quiz.steps.map((line) => line.step));
  for (const step of [...reachable].sort()) {
    const atStep = quiz.rules.map((rule, i) => ({ rule, i })).filter(({ rule }) => stepOf.get(rule.outcome) === step);
    const last = atStep[atStep.length - 1];
    if (!last) problems.push(`steps: step ${step} can be reached, but no rule leads to an outcome at step ${step}`);
    else if (!last.rule.when.always) problems.push(`rules[${last.i}].when: the last rule for step ${step} must be { always: true }, so every answer at that step reaches a result`);
  }
  quiz.outcomes.forEach((outcome, i) => {
    const urgentOnly = quiz.rules.some((r) => r.outcome === outcome.key && requiresUrgent(r.when));
    if (outcome.step > 0 && !reachable.has(outcome.step) && !urgentOnly) problems.push(`outcomes[${i}].step: no line of steps gives step ${outcome.step}, so "${outcome.key}" can never be shown`);
  });
  return problems;
}

const numberWords = {
  id: 'satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan) belas|dua puluh',
  en: 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty',
};
const countPattern = {
  id: new RegExp(`\\b(?:\\d+|${numberWords.id})\\s+(?:\\S+\\s+){0,2}?pertanyaan\\b`, 'i'),
  en: new RegExp(`\\b(?:\\d+|${numberWords.en})\\s+(?:\\S+\\s+){0,2}?questions?\\b`, 'i'),
};

/** A number of questions written into a text drifts from the quiz: write {questions}, which the build fills in. */
function countProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  for (const field of ['title', 'description', 'intro', 'credit'] as const) {
    for (const locale of ['id', 'en'] as const) {
      const text = quiz[field]?.[locale];
      const found = text?.match(countPattern[locale]);
      if (found) problems.push(`${field}.${locale}: "${found[0]}" writes a number of questions; write {questions}, which becomes the longest path`);
    }
  }
  return problems;
}

/** An earlier version's links must read against its own questions and carry into today's. */
function earlierProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  for (const version of duplicates(quiz.earlier.map((e) => String(e.version)))) problems.push(`earlier: version ${version} is listed twice`);
  quiz.earlier.forEach((earlier, i) => {
    if (earlier.version >= quiz.version) problems.push(`earlier[${i}].version: ${earlier.version} is not earlier than ${quiz.version}`);
    for (const [from, to] of Object.entries(earlier.carry)) {
      const [q, o] = from.split('/');
      if (!earlier.questions.some((x) => x.id === q && x.options.includes(o!))) problems.push(`earlier[${i}].carry.${from}: version ${earlier.version} has no such answer`);
      const [tq, to2] = to.split('/');
      if (!quiz.questions.some((x) => x.id === tq && x.options.some((y) => y.id === to2))) problems.push(`earlier[${i}].carry.${from}: today's quiz has no answer "${to}"`);
    }
  });
  return problems;
}

const isUrgentRule = (c: Condition) => c.flag === urgentFlag && Object.keys(c).length === 1;
const requiresUrgent = (c: Condition) => isUrgentRule(c) || (c.all ?? []).some(isUrgentRule);

/** Safety first, in the structure: the safety question leads, danger ends the quiz, the urgent rule comes first. */
function safetyProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  if (quiz.questions[0]?.kind !== 'safety' || !quiz.questions[0]?.options.some((o) => o.flags.includes(urgentFlag))) {
    problems.push(`questions[0]: the first question must be the safety question (kind: safety), with at least one answer flagged "${urgentFlag}"`);
  }
  quiz.questions[0]?.options.forEach((option, oi) => {
    if (option.next === endOfQuiz && !option.flags.includes(urgentFlag)) {
      problems.push(`questions[0].options[${oi}].flags: an answer that ends the safety question is a danger answer and must be flagged "${urgentFlag}"`);
    }
  });
  quiz.questions.forEach((question, qi) =>
    question.options.forEach((option, oi) => {
      if (option.flags.includes(urgentFlag) && option.next !== endOfQuiz) {
        problems.push(`questions[${qi}].options[${oi}].next: an answer flagged "${urgentFlag}" must end the quiz at once (next: end)`);
      }
    }),
  );
  const first = quiz.rules.findIndex((r) => isUrgentRule(r.when));
  const early = quiz.rules.findIndex((r, i) => (first === -1 || i < first) && !requiresUrgent(r.when));
  if (first === -1 || (early !== -1 && early < first)) {
    const at = early === -1 ? 0 : early;
    problems.push(`rules[${at}].when: the first rule must be { flag: ${urgentFlag} } (a rule before it may only narrow it: all: [{ flag: ${urgentFlag} }, …])`);
  }
  const stepOf = new Map(quiz.outcomes.map((o) => [o.key, o.step]));
  const urgentRule = quiz.rules.find((r) => isUrgentRule(r.when));
  if (urgentRule && stepOf.has(urgentRule.outcome) && stepOf.get(urgentRule.outcome) !== 0) problems.push(`rules[${quiz.rules.indexOf(urgentRule)}].outcome: the urgent rule leads to "${urgentRule.outcome}" at step ${stepOf.get(urgentRule.outcome)}; urgent help is step 0`);
  quiz.rules.forEach((rule, i) => {
    if (stepOf.get(rule.outcome) === 0 && !requiresUrgent(rule.when)) problems.push(`rules[${i}].when: "${rule.outcome}" is urgent help (step 0), so its rule must require { flag: ${urgentFlag} }`);
  });

  return problems;
}

/** The answer on a path that raised a flag, to show where a problem comes from. */
function raisedBy(quiz: Quiz, answers: Answers, flag: string): string {
  for (const [question, answer] of Object.entries(answers)) {
    const q = quiz.questions.find((x) => x.id === question);
    for (const option of [answer].flat()) if (q?.options.find((o) => o.id === option)?.flags.includes(flag)) return `${question}: ${option}`;
  }
  return '';
}

/** True when the substance flag alone makes this condition hold, so rules after it never see a substance path. */
const heldBySubstance = (c: Condition): boolean => Boolean(c.always || c.flag === substanceFlag || c.any?.some(heldBySubstance));

/**
 * What each result must carry. Red flags, and pregnancy with a substance, never land below step 4:
 * checked by searching for the lowest step a path with them can reach. Urgent answers lead to urgent
 * help, and every outcome a substance path can reach at step 3 or higher carries the withdrawal
 * caution: checked on the rules themselves.
 */
function resultProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  const stepOf = new Map(quiz.outcomes.map((o) => [o.key, o.step]));
  const floors: [string[], string][] = [
    [[harmReductionFlag], 'a red-flag answer'],
    [[pregnancyFlag, substanceFlag], 'pregnancy with a substance'],
  ];
  for (const [flags, what] of floors) {
    const lowest = lowestStep(quiz, flags);
    if (lowest && lowest.step < redFlagFloor) {
      const answers = flags.map((f) => raisedBy(quiz, lowest.answers, f)).join(', ');
      problems.push(`steps: ${what} (${answers}) can land on step ${lowest.step}; it never lands below step ${redFlagFloor}. Path: ${Object.entries(lowest.answers).map(([q, a]) => `${q}=${[a].flat().join('+')}`).join(' ')}`);
    }
  }

  const asksSubstance = quiz.questions.some((q) => q.options.some((o) => o.flags.includes(substanceFlag)));
  const reachable = new Set(quiz.steps.map((line) => line.step));
  for (const step of [...reachable].filter((s) => s >= withdrawalCautionFrom)) {
    let blocked = false;
    for (const rule of quiz.rules.filter((r) => stepOf.get(r.outcome) === step)) {
      if (blocked) break;
      const index = quiz.outcomes.findIndex((o) => o.key === rule.outcome);
      const outcome = quiz.outcomes[index]!;
      if (!outcome.cautions.includes('withdrawal')) {
        const why = asksSubstance ? 'after a substance answer' : 'and this quiz never asks whether the concern is a substance';
        problems.push(`outcomes[${index}].cautions: "${outcome.key}" (step ${step}) can be reached ${why}, so it must carry the withdrawal caution`);
      }
      if (asksSubstance && heldBySubstance(rule.when)) blocked = true;
    }
  }
  return [...new Set(problems)].sort();
}

function conditionProblems(condition: Condition, quiz: Quiz, at: string): string[] {
  const dimensions = new Set(quiz.dimensions.map((d) => d.key));
  const problems: string[] = [];
  for (const key of ['score', 'lead', 'over'] as const) {
    const dimension = condition[key];
    if (dimension !== undefined && !dimensions.has(dimension)) problems.push(`${at}.${key}: unknown dimension "${dimension}"`);
  }
  if (condition.score !== undefined && condition.atLeast === undefined && condition.atMost === undefined) {
    problems.push(`${at}: a score condition needs atLeast or atMost`);
  }
  if (condition.answer) {
    const question = quiz.questions.find((q) => q.id === condition.answer!.question);
    if (!question) problems.push(`${at}.answer.question: unknown question "${condition.answer.question}"`);
    else if (!question.options.some((o) => o.id === condition.answer!.option)) {
      problems.push(`${at}.answer.option: question "${question.id}" has no option "${condition.answer.option}"`);
    }
  }
  if (condition.flag !== undefined && !quiz.questions.some((q) => q.options.some((o) => o.flags.includes(condition.flag!)))) {
    problems.push(`${at}.flag: no option raises the flag "${condition.flag}"`);
  }
  if (condition.not) problems.push(...conditionProblems(condition.not, quiz, `${at}.not`));
  (condition.all ?? []).forEach((c, i) => problems.push(...conditionProblems(c, quiz, `${at}.all[${i}]`)));
  (condition.any ?? []).forEach((c, i) => problems.push(...conditionProblems(c, quiz, `${at}.any[${i}]`)));
  return problems;
}

/** Questions no path reaches, and loops that would keep a visitor from ever reaching a result. */
function graphProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  const ids = quiz.questions.map((q) => q.id);
  // A question with askIf may be passed over: then the one after it comes, and so on.
  const landing = (target: number): number[] => {
    const found = [];
    for (let i = target; i >= 0 && i < ids.length; i++) {
      found.push(i);
      if (!quiz.questions[i]!.askIf) break;
    }
    return found;
  };
  const edges = (index: number): number[] => {
    const question = quiz.questions[index]!;
    const targets = question.options.map((o) => (o.next === undefined || question.multiple ? index + 1 : o.next === endOfQuiz ? -1 : ids.indexOf(o.next)));
    return [...new Set(targets.flatMap(landing))];
  };
  const reached = new Set<number>();
  const state = new Map<number, 'open' | 'done'>();
  const visit = (index: number, trail: number[]) => {
    if (state.get(index) === 'open') {
      const loop = [...trail.slice(trail.indexOf(index)), index].map((i) => ids[i]).join(' → ');
      problems.push(`questions: a loop never reaches a result: ${loop}`);
      return;
    }
    if (state.get(index) === 'done') return;
    state.set(index, 'open');
    reached.add(index);
    for (const next of edges(index)) visit(next, [...trail, index]);
    state.set(index, 'done');
  };
  if (ids.length) visit(0, []);
  ids.forEach((id, i) => {
    if (!reached.has(i)) problems.push(`questions[${i}]: "${id}" can never be reached`);
  });
  return problems;
}

/** The lowest and highest score a dimension can reach; a skipped question counts as 0, and every tick of a "choose all that apply" question counts. */
export function scoreRange(quiz: Quiz, dimension: string): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const question of quiz.questions) {
    const points = question.options.map((o) => o.points[dimension] ?? 0);
    if (question.multiple) {
      min += points.filter((p) => p < 0).reduce((a, b) => a + b, 0);
      max += points.filter((p) => p > 0).reduce((a, b) => a + b, 0);
    } else {
      min += Math.min(0, ...points);
      max += Math.max(0, ...points);
    }
  }
  return { min, max };
}

function bandProblems(quiz: Quiz): string[] {
  const levels = quiz.levels!;
  const problems: string[] = [];
  if (!quiz.dimensions.some((d) => d.key === levels.dimension)) problems.push(`levels.dimension: unknown dimension "${levels.dimension}"`);
  const bands = [...levels.bands].sort((a, b) => a.min - b.min);
  bands.forEach((band, i) => {
    if (band.max < band.min) problems.push(`levels.bands: "${band.key}" ends (${band.max}) before it starts (${band.min})`);
    const previous = bands[i - 1];
    if (previous && band.min <= previous.max) problems.push(`levels.bands: "${previous.key}" and "${band.key}" overlap at ${band.min}–${previous.max}`);
    if (previous && band.min > previous.max + 1) problems.push(`levels.bands: no band covers ${previous.max + 1}–${band.min - 1}`);
  });
  const range = scoreRange(quiz, levels.dimension);
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first && first.min > range.min) problems.push(`levels.bands: no band covers the lowest possible score ${range.min}`);
  if (last && last.max < range.max) problems.push(`levels.bands: no band covers the highest possible score ${range.max}`);
  return problems;
}
