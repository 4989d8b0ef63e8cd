import { pathOf } from './engine';
import type { Answers, QuizLogic } from './types';

/**
 * Share links carry the answers in the URL fragment, which browsers never send to a server:
 * "#v=2&a=0a1-3&n=Bu%20Sari" is quiz version 2, one character per question (the option's index in
 * base 36, "-" for a question the visitor's path skipped) and an optional counselor's note.
 */
export const maxFragmentLength = 2048;
export const maxNoteLength = 60;

export type DecodeFailure = 'other-version' | 'damaged' | 'too-long';
export type Decoded =
  | { kind: 'empty' }
  | { kind: 'note'; note: string }
  | { kind: 'result'; answers: Answers; note?: string }
  | { kind: 'error'; reason: DecodeFailure; note?: string };

const skipped = '-';

// Control characters, bidirectional overrides and isolates, zero-width characters and the BOM.
const unsafeInNote = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF]/gu;

/** A note as the site will show it: plain text, no control or bidi characters, at most 60 characters. */
export function cleanNote(raw: string): string {
  const text = raw.replace(unsafeInNote, '').replace(/\s+/g, ' ').trim();
  return [...text].slice(0, maxNoteLength).join('').trim();
}

export function encodeShare(quiz: QuizLogic, answers: Answers, note?: string): string {
  const codes = quiz.questions
    .map((question) => {
      const index = question.options.findIndex((o) => o.id === answers[question.id]);
      return index < 0 ? skipped : index.toString(36);
    })
    .join('');
  const params = new URLSearchParams({ v: String(quiz.version), a: codes });
  const cleaned = note ? cleanNote(note) : '';
  if (cleaned) params.set('n', cleaned);
  return `#${params.toString().replace(/\+/g, '%20')}`;
}

/** A link with only a counselor's note, for a quiz not yet taken. */
export function encodeNoteOnly(note: string): string {
  const cleaned = cleanNote(note);
  return cleaned ? `#n=${encodeURIComponent(cleaned)}` : '';
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
  if (version !== String(quiz.version)) return { kind: 'error', reason: 'other-version', note };
  if (codes === null || codes.length !== quiz.questions.length || !/^[0-9a-z-]+$/.test(codes)) {
    return { kind: 'error', reason: 'damaged', note };
  }
  const answers: Record<string, string> = {};
  for (const [i, question] of quiz.questions.entries()) {
    const code = codes[i]!;
    if (code === skipped) continue;
    const option = question.options[parseInt(code, 36)];
    if (!option) return { kind: 'error', reason: 'damaged', note };
    answers[question.id] = option.id;
  }
  // The answers must be exactly one complete walk through the quiz, nothing more.
  const { path, complete } = pathOf(quiz, answers);
  if (!complete || Object.keys(answers).length !== path.length) return { kind: 'error', reason: 'damaged', note };
  return { kind: 'result', answers, note };
}
