import { isRouteKey } from '../i18n/routes';
import { quizSchema, type Condition, type Quiz } from '../schemas/quiz';
import { ruleFor } from './engine';
import { distinctEndings } from './paths';
import { endOfQuiz, harmReductionFlag, redFlagFloor, substanceFlag, urgentFlag, withdrawalCautionFrom, type Answers } from './types';

/**
 * Checks one quiz file and returns every problem as "file › path: what is wrong": the schema first,
 * then what a schema cannot see (ids, references, the question graph, the bands, the rules).
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

  problems.push(...graphProblems(quiz));

  quiz.outcomes.forEach((outcome, i) => {
    outcome.links.forEach((link, li) => {
      if (!isRouteKey(link)) problems.push(`outcomes[${i}].links[${li}]: unknown route key "${link}"`);
    });
  });

  quiz.rules.forEach((rule, i) => {
    if (!outcomeKeys.has(rule.outcome)) problems.push(`rules[${i}].outcome: unknown outcome "${rule.outcome}"`);
    problems.push(...conditionProblems(rule.when, quiz, `rules[${i}].when`));
  });
  const last = quiz.rules[quiz.rules.length - 1];
  if (last && !last.when.always) problems.push(`rules[${quiz.rules.length - 1}].when: the last rule must be { always: true }, so every answer reaches a result`);
  quiz.outcomes.forEach((outcome, i) => {
    if (!quiz.rules.some((r) => r.outcome === outcome.key)) problems.push(`outcomes[${i}]: no rule leads to "${outcome.key}"`);
  });

  if (quiz.levels) problems.push(...bandProblems(quiz));
  problems.push(...safetyProblems(quiz));
  if (!problems.length) problems.push(...resultProblems(quiz));
  return problems;
}

const isUrgentRule = (c: Condition) => c.flag === urgentFlag && Object.keys(c).length === 1;
const requiresUrgent = (c: Condition) => isUrgentRule(c) || (c.all ?? []).some(isUrgentRule);

/** Safety first, in the structure: the safety question leads, danger ends the quiz, the urgent rule comes first. */
function safetyProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  if (!quiz.questions[0]?.options.some((o) => o.flags.includes(urgentFlag))) {
    problems.push(`questions[0]: the first question must be the safety question, with at least one answer flagged "${urgentFlag}"`);
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
  return problems;
}

/** The answer on a path that raised a flag, to show where a problem comes from. */
function raisedBy(quiz: Quiz, answers: Answers, flag: string): string {
  for (const [question, option] of Object.entries(answers)) {
    if (quiz.questions.find((q) => q.id === question)?.options.find((o) => o.id === option)?.flags.includes(flag)) return `${question}: ${option}`;
  }
  return '';
}

/** What each result must carry, checked on one path for every distinct ending: urgent at step 0, red flags at step 4+, the withdrawal caution. */
function resultProblems(quiz: Quiz): string[] {
  const problems = new Map<string, string>();
  const report = (at: string, kind: string, problem: string) => problems.has(`${at}|${kind}`) || problems.set(`${at}|${kind}`, problem);
  const asksSubstance = quiz.questions.some((q) => q.options.some((o) => o.flags.includes(substanceFlag)));
  for (const { answers, scores, flags } of distinctEndings(quiz, [urgentFlag, harmReductionFlag, substanceFlag])) {
    const index = quiz.outcomes.findIndex((o) => o.key === ruleFor(quiz, scores, flags, answers)?.outcome);
    const outcome = quiz.outcomes[index]!;
    const at = `outcomes[${index}]`;
    const chosen = [...flags];
    if (chosen.includes(urgentFlag)) {
      if (outcome.step !== 0) {
        report(at, 'urgent', `${at}: an urgent answer (${raisedBy(quiz, answers, urgentFlag)}) leads to "${outcome.key}" at step ${outcome.step}; urgent help is step 0`);
      }
      continue;
    }
    if (chosen.includes(harmReductionFlag) && outcome.step < redFlagFloor) {
      report(at, 'red-flag', `${at}: a red-flag answer (${raisedBy(quiz, answers, harmReductionFlag)}) leads to "${outcome.key}" at step ${outcome.step}; a red flag never lands below step ${redFlagFloor}`);
    }
    const onSubstancePath = !asksSubstance || chosen.includes(substanceFlag);
    if (onSubstancePath && outcome.step >= withdrawalCautionFrom && !outcome.cautions.includes('withdrawal')) {
      const why = asksSubstance ? `after a substance answer (${raisedBy(quiz, answers, substanceFlag)})` : 'and this quiz never asks whether the concern is a substance';
      report(at, 'caution', `${at}.cautions: "${outcome.key}" (step ${outcome.step}) can be reached ${why}, so it must carry the withdrawal caution`);
    }
  }
  return [...problems.values()].sort();
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
  (condition.all ?? []).forEach((c, i) => problems.push(...conditionProblems(c, quiz, `${at}.all[${i}]`)));
  (condition.any ?? []).forEach((c, i) => problems.push(...conditionProblems(c, quiz, `${at}.any[${i}]`)));
  return problems;
}

/** Questions no path reaches, and loops that would keep a visitor from ever reaching a result. */
function graphProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  const ids = quiz.questions.map((q) => q.id);
  const edges = (index: number): number[] => {
    const question = quiz.questions[index]!;
    return [
      ...new Set(
        question.options.map((o) => (o.next === undefined ? index + 1 : o.next === endOfQuiz ? -1 : ids.indexOf(o.next))),
      ),
    ].filter((i) => i >= 0 && i < ids.length);
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

/** The lowest and highest score a dimension can reach; a skipped question counts as 0. */
export function scoreRange(quiz: Quiz, dimension: string): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const question of quiz.questions) {
    const points = question.options.map((o) => o.points[dimension] ?? 0);
    min += Math.min(0, ...points);
    max += Math.max(0, ...points);
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
