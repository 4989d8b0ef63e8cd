import { describe, expect, it } from 'vitest';
import { approachKeys, approachPairs, localizedPath, pairKey, parentOf, routeAt, routeKeys } from './routes';

describe('routes', () => {
  it('gives every page a path in each language, all different', () => {
    const paths = routeKeys.flatMap((key) => [localizedPath(key, 'id'), localizedPath(key, 'en')]);
    expect(new Set(paths).size).toBe(paths.length);
    for (const key of routeKeys) expect(localizedPath(key, 'en')).toMatch(/^\/en\//);
    for (const key of routeKeys) expect(localizedPath(key, 'id')).not.toMatch(/^\/en\//);
  });

  it('writes each path in its own language', () => {
    expect(localizedPath('approach/group-therapy', 'id')).toBe('/pendekatan/terapi-kelompok/');
    expect(localizedPath('approach/group-therapy', 'en')).toBe('/en/approaches/group-therapy/');
    expect(localizedPath('compare/individual-counseling/group-therapy', 'id')).toBe(
      '/bandingkan/konseling-individual-vs-terapi-kelompok/',
    );
  });

  it('finds the page and language behind a path, so the switcher can reach the twin', () => {
    for (const key of routeKeys) {
      expect(routeAt(localizedPath(key, 'id'))).toEqual({ key, locale: 'id' });
      expect(routeAt(localizedPath(key, 'en'))).toEqual({ key, locale: 'en' });
    }
    expect(routeAt('/no-such-page/')).toBeUndefined();
  });

  it('has one comparison page for each of the 21 pairs of seven approaches', () => {
    expect(approachKeys).toHaveLength(7);
    expect(approachPairs()).toHaveLength(21);
    expect(pairKey('group-therapy', 'individual-counseling')).toBe('compare/individual-counseling/group-therapy');
  });

  it('puts every page under its section for breadcrumbs', () => {
    expect(parentOf('home')).toBeUndefined();
    expect(parentOf('approach/rehabilitation')).toBe('approaches');
    expect(parentOf('guide/helping-someone')).toBe('guides');
    expect(parentOf('compare/peer-support/rehabilitation')).toBe('compare');
    expect(parentOf('privacy')).toBe('home');
  });

  it('throws on an unknown key rather than printing a broken link', () => {
    expect(() => localizedPath('nope' as never, 'id')).toThrow('Unknown route key "nope"');
  });
});
