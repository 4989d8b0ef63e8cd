import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestQueries, editDistance } from './suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('sabu', 'sabu')).toBe(0);
    expect(editDistance('sabhu', 'sabu')).toBe(1);
    expect(editDistance('gnaja', 'ganja')).toBe(1);
    expect(editDistance('kopl', 'koplo')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is symmetric and never more than the longer word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const distance = editDistance(a, b);
        expect(distance).toBe(editDistance(b, a));
        expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('closestQueries', () => {
  const vocabulary = ['ganja', 'judi online', 'narkoba', 'rehabilitasi', 'sabu', 'konselor'];

  it('offers the nearest word for a slip, nearest first', () => {
    expect(closestQueries('gnja', vocabulary, 'id')).toEqual(['ganja']);
    expect(closestQueries('Rehabilitasu', vocabulary, 'id')).toEqual(['rehabilitasi']);
  });

  it('mends one word of a longer query and keeps the rest', () => {
    expect(closestQueries('anak pakai narkobq', vocabulary, 'id')).toEqual(['anak pakai narkoba']);
    expect(closestQueries('judi onlin', vocabulary, 'id')).toContain('judi online');
  });

  it('offers nothing for a word far from every word, or for very short words', () => {
    expect(closestQueries('qqxyzzyqq', vocabulary, 'id')).toEqual([]);
    expect(closestQueries('sab', vocabulary, 'id')).toEqual([]);
  });

  it('never offers the query itself', () => {
    expect(closestQueries('sabu', vocabulary, 'id')).toEqual([]);
  });
});
