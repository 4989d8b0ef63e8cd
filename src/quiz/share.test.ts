import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanNote, decodeShare, encodeShare, maxNoteLength } from './share';
import { quizFixture } from '../../tests/support/quiz-fixtures';

const tiny = quizFixture('tiny.yaml');
const complete = { 'q-safety': 'no', 'q-impact': 'some', 'q-peers': 'yes' };

describe('share links', () => {
  it('are compact and carry the quiz version', () => {
    expect(encodeShare(tiny, complete)).toBe('#v=3&a=110');
    expect(encodeShare(tiny, { 'q-safety': 'no', 'q-impact': 'light' })).toBe('#v=3&a=10-');
    expect(encodeShare(tiny, complete, 'Bu Sari, konselor')).toBe('#v=3&a=110&n=Bu%20Sari%2C%20konselor');
  });

  it('round-trip every complete set of answers, with a note', () => {
    const walks = [
      { 'q-safety': 'yes' },
      { 'q-safety': 'no', 'q-impact': 'heavy', 'q-peers': 'no' },
      complete,
    ];
    for (const answers of walks) {
      expect(decodeShare(tiny, encodeShare(tiny, answers, 'Pak Budi ✓ 早上好'))).toEqual({
        kind: 'result',
        answers,
        note: 'Pak Budi ✓ 早上好',
      });
    }
  });

  it('read a note-only link and an empty fragment as a fresh start', () => {
    expect(decodeShare(tiny, '#n=Dibagikan%20oleh%20Bu%20Rina')).toEqual({ kind: 'note', note: 'Dibagikan oleh Bu Rina' });
    expect(decodeShare(tiny, '')).toEqual({ kind: 'empty' });
    expect(decodeShare(tiny, '#')).toEqual({ kind: 'empty' });
  });

  it('turn a link from another version, a damaged one or an oversized one into a reason, never an exception', () => {
    expect(decodeShare(tiny, '#v=2&a=110')).toEqual({ kind: 'error', reason: 'other-version' });
    expect(decodeShare(tiny, '#v=3&a=11')).toEqual({ kind: 'error', reason: 'damaged' });
    expect(decodeShare(tiny, '#v=3&a=1z0')).toEqual({ kind: 'error', reason: 'damaged' });
    expect(decodeShare(tiny, '#v=3&a=10-&n=%E0%A4%A')).toEqual({ kind: 'error', reason: 'damaged' });
    expect(decodeShare(tiny, `#v=3&a=110&n=${'x'.repeat(3000)}`)).toEqual({ kind: 'error', reason: 'too-long' });
    // Answers that are not one complete walk: an answer off the path, or a question left out.
    expect(decodeShare(tiny, '#v=3&a=100')).toEqual({ kind: 'error', reason: 'damaged' });
    expect(decodeShare(tiny, '#v=3&a=1-0')).toEqual({ kind: 'error', reason: 'damaged' });
    expect(decodeShare(tiny, '#<script>alert(1)</script>')).toEqual({ kind: 'error', reason: 'damaged' });
    expect(decodeShare(tiny, '#v=3&a=javascript:alert(1)')).toEqual({ kind: 'error', reason: 'damaged' });
  });

  it('never throw on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2100 }), (text) => {
        const decoded = decodeShare(tiny, `#${text}`);
        expect(['empty', 'note', 'result', 'error']).toContain(decoded.kind);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(() => decodeShare(tiny, `#v=3&a=110&n=${encodeURIComponent(text)}`)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  }, 20_000);
});

/** Any character, with the dangerous ones drawn often. */
const noteCharacter = fc.oneof(
  fc.constantFrom('\u202E', '\u202A', '\u2066', '\u2069', '\u200F', '\u061C', '\u0000', '\n', '\t', ' '),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);

describe('a counselor’s note', () => {
  it('loses control and bidi characters and is cut to 60 characters', () => {
    expect(cleanNote('Bu\u202E Sari\u0000\u2066 ')).toBe('Bu Sari');
    expect(cleanNote('a'.repeat(10_000))).toHaveLength(maxNoteLength);
    expect(cleanNote('<b>Bu Sari</b>')).toBe('<b>Bu Sari</b>');
  });

  it('is never longer than 60 characters and never holds a bidi override, whatever goes in', () => {
    fc.assert(
      fc.property(fc.string({ unit: noteCharacter, maxLength: 300 }), (text) => {
        const note = cleanNote(text);
        expect([...note].length).toBeLessThanOrEqual(maxNoteLength);
        expect(note).not.toMatch(/[\u202A-\u202E\u2066-\u2069\p{Cc}]/u);
      }),
      { numRuns: 500 },
    );
  }, 20_000);
});
