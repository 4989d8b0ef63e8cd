import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanFieldText, planFields } from './fields';

describe('cleanFieldText', () => {
  it('cuts text to the field length', () => {
    expect(cleanFieldText('a'.repeat(10_000), 300, 4)).toHaveLength(300);
  });

  it('removes bidi overrides, isolates and zero-width characters', () => {
    expect(cleanFieldText('abc\u202Edcba\u2066x\u2069\u200Bz', 100, 4)).toBe('abcdcbaxz');
  });

  it('keeps markup as the characters typed', () => {
    expect(cleanFieldText('<img src=x onerror=alert(1)>', 100, 4)).toBe('<img src=x onerror=alert(1)>');
  });

  it('joins lines beyond the field’s line limit into the last one', () => {
    expect(cleanFieldText('1\n2\n3\n4\n5', 100, 3)).toBe('1\n2\n3 4 5');
  });

  it('never leaves half of a character that needs two code units', () => {
    expect(cleanFieldText('ab😀', 3, 2)).toBe('ab');
  });

  it('keeps every field within its limits whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1000 }), fc.constantFrom(...planFields), (text, field) => {
        const clean = cleanFieldText(text, field.maxLength, field.maxLines);
        expect(clean.length).toBeLessThanOrEqual(field.maxLength);
        expect(clean.split('\n').length).toBeLessThanOrEqual(field.maxLines);
        expect(clean).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000]/);
        expect(cleanFieldText(clean, field.maxLength, field.maxLines)).toBe(clean);
      }),
    );
  });
});
