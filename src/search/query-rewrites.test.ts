import { describe, expect, it } from 'vitest';
import { queryRewrites, rewriteQuery } from './query-rewrites';

describe('rewriteQuery', () => {
  const id = queryRewrites('id');
  const en = queryRewrites('en');

  it('searches a short word that begins unrelated words together with a longer word of its group', () => {
    expect(rewriteQuery('anak pakai ganja', id, 'id')).toBe('anak pakai ganja kanabis');
    expect(rewriteQuery('od', en, 'en')).toBe('od overdose');
  });

  it('searches "meth" as methamphetamine alone, so nothing that merely begins with it (methadone) is matched', () => {
    expect(rewriteQuery('meth', en, 'en')).toBe('methamphetamine');
    expect(rewriteQuery('crystal Meth', en, 'en')).toBe('crystal methamphetamine');
    expect(rewriteQuery('Meth', id, 'id')).toBe('metamfetamin');
  });

  it('searches a known misspelling as the word meant', () => {
    expect(rewriteQuery('psikholog', id, 'id')).toBe('psikolog');
    expect(rewriteQuery('judi onlen', id, 'id')).toBe('judi online');
    expect(rewriteQuery('Councelor', en, 'en')).toBe('counselor');
  });

  it('leaves every other word as typed, and keeps each language to its own list', () => {
    expect(rewriteQuery('Rehab Narkoba', id, 'id')).toBe('Rehab Narkoba');
    expect(rewriteQuery('method', en, 'en')).toBe('method');
    expect(rewriteQuery('psikholog', en, 'en')).toBe('psikholog');
  });
});
