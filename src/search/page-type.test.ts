import { describe, expect, it } from 'vitest';
import { isEmbed, isHandout, routeKeys } from '../i18n/routes';
import { pageTypeOf } from './page-type';

describe('pageTypeOf', () => {
  it('gives each kind of page its type', () => {
    expect(pageTypeOf('approach/rehabilitation')).toBe('approach');
    expect(pageTypeOf('compare')).toBe('comparison');
    expect(pageTypeOf('compare/group-therapy/peer-support')).toBe('comparison');
    expect(pageTypeOf('guide/school-counseling')).toBe('guide');
    expect(pageTypeOf('quiz/use-check')).toBe('quiz');
    expect(pageTypeOf('glossary')).toBe('glossary');
    expect(pageTypeOf('help')).toBe('help');
    expect(pageTypeOf('find-help')).toBe('help');
    expect(pageTypeOf('privacy')).toBe('info');
    expect(pageTypeOf('hub/schools')).toBe('hub');
  });

  it('leaves print versions and embeds out of the index', () => {
    expect(pageTypeOf('handout/guide/school-counseling')).toBeUndefined();
    expect(pageTypeOf('embed/use-check')).toBeUndefined();
  });

  it('leaves listing pages out of the index', () => {
    const unindexed = routeKeys.filter((key) => pageTypeOf(key) === undefined && !isHandout(key) && !isEmbed(key));
    expect(unindexed.sort()).toEqual(['approaches', 'guides', 'home', 'quizzes', 'search']);
  });
});
