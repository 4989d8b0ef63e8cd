import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanNote, maxNoteLength } from './note';
import { decodeShare, encodeShare } from './share';
import { quizFixture } from '../../tests/support/quiz-fixtures';

const tiny = quizFixture('tiny.yaml');
const multiple = quizFixture('multiple.yaml');
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

describe('share links with "choose all that apply"', () => {
  const answers = { 'q-safety': 'no', 'q-context': ['pregnant', 'young'], 'q-concern': ['drink'], 'q-drinks': 'weekly', 'q-help': 'group' };

  it('carry the ticks as a two-character mask, and read them back', () => {
    expect(encodeShare(multiple, answers)).toBe('#v=2&a=1030111');
    expect(decodeShare(multiple, '#v=2&a=1030111')).toEqual({ kind: 'result', answers });
    const skipped = { ...answers, 'q-concern': ['gamble'], 'q-drinks': undefined } as Record<string, string | string[] | undefined>;
    delete skipped['q-drinks'];
    expect(encodeShare(multiple, skipped as never)).toBe('#v=2&a=10304-1');
    expect(decodeShare(multiple, '#v=2&a=10304-1')).toEqual({ kind: 'result', answers: skipped });
    expect(decodeShare(multiple, '#v=2&a=0------')).toEqual({ kind: 'result', answers: { 'q-safety': 'yes' } });
  });

  it('turn hostile masks into a damaged link: none, too many bits, "none of these" with others, half skipped', () => {
    for (const codes of ['1000111', '1080111', '1070111', '10-0111', '1030011', '103z111', '10301110', '103011']) {
      expect(decodeShare(multiple, `#v=2&a=${codes}`), codes).toEqual({ kind: 'error', reason: 'damaged' });
    }
  });

  it('round-trip every complete set of answers', () => {
    const anySet = (ids: string[]) => fc.subarray(ids, { minLength: 1 });
    fc.assert(
      fc.property(anySet(['pregnant', 'young']), fc.constant(['none']), fc.boolean(), anySet(['drink', 'opioid', 'gamble']), fc.constantFrom('rarely', 'weekly'), fc.constantFrom('alone', 'group'), (context, none, useNone, concern, drinks, help) => {
        const walk: Record<string, string | string[]> = { 'q-safety': 'no', 'q-context': useNone ? [...none] : context, 'q-concern': concern, 'q-help': help };
        if (concern.includes('drink')) walk['q-drinks'] = drinks;
        expect(decodeShare(multiple, encodeShare(multiple, walk, 'Bu Sari'))).toEqual({ kind: 'result', answers: walk, note: 'Bu Sari' });
      }),
      { numRuns: 300 },
    );
  });
});

describe('a link from an earlier version', () => {
  it('keeps the answers that still fit, carries renamed ones, and says the path is not complete', () => {
    // Version 1: safety "no", concern "drink", help "peers" (now "group"); version 2 asks about context first.
    expect(decodeShare(multiple, '#v=1&a=102&n=Bu%20Sari')).toEqual({
      kind: 'earlier',
      answers: { 'q-safety': 'no', 'q-concern': ['drink'], 'q-help': 'group' },
      complete: false,
      note: 'Bu Sari',
    });
  });

  it('opens a complete result when the old answers still make a whole path', () => {
    expect(decodeShare(multiple, '#v=1&a=0--')).toEqual({ kind: 'earlier', answers: { 'q-safety': 'yes' }, complete: true });
  });

  it('still refuses a damaged old link, and one from a version it never had', () => {
    expect(decodeShare(multiple, '#v=1&a=1z2')).toEqual({ kind: 'error', reason: 'damaged' });
    expect(decodeShare(multiple, '#v=1&a=10')).toEqual({ kind: 'error', reason: 'damaged' });
    expect(decodeShare(multiple, '#v=7&a=102')).toEqual({ kind: 'error', reason: 'other-version' });
  });

  it('never throws on arbitrary codes', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz-'), maxLength: 12 }), fc.constantFrom('1', '2'), (codes, version) => {
        expect(['result', 'earlier', 'error']).toContain(decodeShare(multiple, `#v=${version}&a=${codes}`).kind);
      }),
      { numRuns: 1000 },
    );
  });
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
