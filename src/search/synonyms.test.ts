import { describe, expect, it } from 'vitest';
import { synonymGroups, synonymsFor } from './synonyms';

describe('synonymsFor', () => {
  it('adds the whole group when a keyword names one member', () => {
    const words = synonymsFor(['Judi online'], 'id');
    expect(words).toContain('judol');
    expect(words).toContain('gambling');
  });

  it('matches a member inside a longer keyword, but only as whole words', () => {
    expect(synonymsFor(['siswa narkoba'], 'id')).toContain('napza');
    expect(synonymsFor(['hrdx'], 'id')).not.toContain('personalia');
  });

  it('adds nothing for keywords outside every group, and never repeats a keyword', () => {
    expect(synonymsFor(['Lido', 'IPWL'], 'id')).toEqual([]);
    expect(synonymsFor(['judol'], 'id')).not.toContain('judol');
  });

  it('writes every group member in lower case, so matching is case-blind', () => {
    for (const groups of Object.values(synonymGroups))
      for (const term of groups.flat()) expect(term).toBe(term.toLocaleLowerCase('id').trim());
  });
});
