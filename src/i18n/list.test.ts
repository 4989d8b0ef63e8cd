import { describe, expect, it } from 'vitest';
import { joinList } from './list';

describe('a list in running text', () => {
  it('puts a comma before the last word in Indonesian, from three items on', () => {
    expect(joinList(['“judi”', '“bermain gim”', '“kebiasaan lain”'], 'atau', 'id')).toBe('“judi”, “bermain gim”, atau “kebiasaan lain”');
    expect(joinList(['14', '15'], 'dan', 'id')).toBe('14 dan 15');
  });

  it('has no comma before the last word in English', () => {
    expect(joinList(['4', '5', '6'], 'and', 'en')).toBe('4, 5 and 6');
    expect(joinList(['14', '15'], 'and', 'en')).toBe('14 and 15');
  });

  it('leaves a single item as it is, and an empty list empty', () => {
    expect(joinList(['14'], 'dan', 'id')).toBe('14');
    expect(joinList([], 'or', 'en')).toBe('');
  });
});
