import { describe, expect, it } from 'vitest';
import { pathData, wrapLines } from './card';

const measure = (line: string) => line.length * 10;

describe('wrapLines', () => {
  it('keeps a short title on one line', () => {
    expect(wrapLines('Bantuan segera', measure, 500, 3)).toEqual(['Bantuan segera']);
  });

  it('breaks between words, never inside one', () => {
    expect(wrapLines('aaaa bbbb cccc', measure, 90, 3)).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('cuts a title that needs too many lines, ending with an ellipsis that fits', () => {
    const lines = wrapLines('one two three four five six seven eight', measure, 90, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(measure(lines[1] ?? '')).toBeLessThanOrEqual(90);
  });
});

describe('pathData', () => {
  it('writes every command with coordinates to a tenth', () => {
    expect(
      pathData([
        { type: 'M', x: 1.04, y: 2.06 },
        { type: 'Q', x1: 3, y1: 4.25, x: 5, y: 6 },
        { type: 'L', x: 152.05, y: 0 },
        { type: 'Z' },
      ]),
    ).toBe('M1 2.1Q3 4.3 5 6L152.1 0Z');
  });
});
