import { isAnswerTo, pathOf } from './engine';
import { cleanNote } from './note';
import { chosenIds, maxMultipleOptions, type Answer, type Answers, type QuizLogic } from './types';

/**
 * Share links carry the answers in the URL fragment, which browsers never send to a server:
 * "#v=3&a=0a1-3&n=Bu%20Sari" is quiz version 3, then each question in order: one character for a
 * single choice (the option's index in base 36, "-" where the visitor's path skipped it), two for
 * "choose all that apply" (the ticks as a bit mask in base 36, "--" where skipped), and an optional
 * counselor's note (note.ts).
 */
export const maxFragmentLength = 2048;

export type DecodeFailure = 'other-version' | 'damaged' | 'too-long';
export type Decoded =
  | { kind: 'empty' }
  | { kind: 'note'; note: string }
  | { kind: 'result'; answers: Answers; note?: string }
  /** A link from an earlier version: the answers that still fit, and whether they make a whole path. */
  | { kind: 'earlier'; answers: Answers; complete: boolean; note?: string }
  | { kind: 'error'; reason: DecodeFailure; note?: string };

const skipped = '-';

/** The shape of a version's questions: enough to read its codes. */
interface Layout {
  id: string;
  multiple?: boolean;
  options: readonly string[];
}

const layoutOf = (quiz: QuizLogic): Layout[] => quiz.questions.map((q) => ({ id: q.id, multiple: q.multiple, options: q.options.map((o) => o.id) }));

function codeOf(question: Layout, answer: Answer | undefined): string {
  if (!question.multiple) {
    const index = question.options.indexOf(typeof answer === 'string' ? answer : '');
    return index < 0 ? skipped : index.toString(36);
  }
  const ids = chosenIds(answer);
  const mask = question.options.reduce((sum, id, i) => (ids.includes(id) ? sum | (1 << i) : sum), 0);
  return mask ? mask.toString(36).padStart(2, '0') : skipped.repeat(2);
}

export function encodeShare(quiz: QuizLogic, answers: Answers, note?: string): string {
  const codes = layoutOf(quiz)
    .map((question) => codeOf(question, answers[question.id]))
    .join('');
  const params = new URLSearchParams({ v: String(quiz.version), a: codes });
  const cleaned = note ? cleanNote(note) : '';
  if (cleaned) params.set('n', cleaned);
  return `#${params.toString().replace(/\+/g, '%20')}`;
}

/** Reads the codes of one version back into answers; undefined when they do not fit its questions. */
function readCodes(layout: Layout[], codes: string): Record<string, Answer> | undefined {
  const answers: Record<string, Answer> = {};
  let at = 0;
  for (const question of layout) {
    const width = question.multiple ? 2 : 1;
    const code = codes.slice(at, at + width);
    at += width;
    if (code.length !== width) return undefined;
    if (code === skipped.repeat(width)) continue;
    if (code.includes(skipped)) return undefined;
    if (!question.multiple) {
      const option = question.options[parseInt(code, 36)];
      if (option === undefined) return undefined;
      answers[question.id] = option;
      continue;
    }
    const mask = parseInt(code, 36);
    if (!(mask > 0) || mask >= 1 << Math.min(question.options.length, maxMultipleOptions)) return undefined;
    answers[question.id] = question.options.filter((_, i) => mask & (1 << i));
  }
  return at === codes.length ? answers : undefined;
}

/**
 * An earlier version's answers in today's quiz: each kept where its question and option still exist
 * (or where `carry` says where it went), dropped otherwise, and any that no longer make a valid
 * answer together left out.
 */
function carryOver(quiz: QuizLogic, carry: Record<string, string>, old: Record<string, Answer>): Answers {
  const moved: Record<string, string[]> = {};
  for (const [question, answer] of Object.entries(old)) {
    for (const option of chosenIds(answer)) {
      const [q, o] = (carry[`${question}/${option}`] ?? `${question}/${option}`).split('/') as [string, string];
      const target = quiz.questions.find((x) => x.id === q);
      if (!target?.options.some((x) => x.id === o)) continue;
      moved[q] = [...new Set([...(moved[q] ?? []), o])];
    }
  }
  const answers: Record<string, Answer> = {};
  for (const question of quiz.questions) {
    const ids = moved[question.id];
    if (!ids) continue;
    const answer: Answer = question.multiple ? question.options.map((o) => o.id).filter((id) => ids.includes(id)) : ids[0]!;
    if ((question.multiple || ids.length === 1) && isAnswerTo(question, answer)) answers[question.id] = answer;
  }
  return answers;
}

/** Reads a fragment back; never throws, whatever the string holds. */
export function decodeShare(quiz: QuizLogic, fragment: string): Decoded {
  if (fragment.replace(/^#/, '') === '') return { kind: 'empty' };
  if (fragment.length > maxFragmentLength) return { kind: 'error', reason: 'too-long' };
  let params: URLSearchParams;
  try {
    // URLSearchParams forgives bad percent-encoding; decodeURIComponent does not, so check first.
    decodeURIComponent(fragment.replace(/^#/, '').replace(/\+/g, ' '));
    params = new URLSearchParams(fragment.replace(/^#/, ''));
  } catch {
    return { kind: 'error', reason: 'damaged' };
  }
  const rawNote = params.get('n');
  const note = rawNote === null ? undefined : cleanNote(rawNote) || undefined;
  const version = params.get('v');
  const codes = params.get('a');
  if (version === null && codes === null) return note ? { kind: 'note', note } : { kind: 'error', reason: 'damaged' };
  const earlier = quiz.earlier?.find((e) => String(e.version) === version);
  if (version !== String(quiz.version) && !earlier) return { kind: 'error', reason: 'other-version', note };
  if (codes === null || !/^[0-9a-z-]+$/.test(codes)) return { kind: 'error', reason: 'damaged', note };

  if (earlier) {
    const old = readCodes(earlier.questions, codes);
    if (!old) return { kind: 'error', reason: 'damaged', note };
    const answers = carryOver(quiz, earlier.carry, old);
    return { kind: 'earlier', answers, complete: pathOf(quiz, answers).complete, note };
  }
  const answers = readCodes(layoutOf(quiz), codes);
  if (!answers) return { kind: 'error', reason: 'damaged', note };
  for (const question of quiz.questions) {
    if (answers[question.id] !== undefined && !isAnswerTo(question, answers[question.id])) return { kind: 'error', reason: 'damaged', note };
  }
  // The answers must be exactly one complete walk through the quiz, nothing more.
  const { path, complete } = pathOf(quiz, answers);
  if (!complete || Object.keys(answers).length !== path.length) return { kind: 'error', reason: 'damaged', note };
  return { kind: 'result', answers, note };
}
