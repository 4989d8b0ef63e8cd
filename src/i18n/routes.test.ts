import { describe, expect, it } from 'vitest';
import { approachKeys, approachPairs, isEmbed, localizedPath, pairKey, parentOf, routeAt, routeKeys } from './routes';

describe('routes', () => {
  it('gives every page a path in each language, all different', () => {
    const paths = routeKeys.flatMap((key) => [localizedPath(key, 'id'), localizedPath(key, 'en')]);
    expect(new Set(paths).size).toBe(paths.length);
    // Embeds all sit under /embed/, the one place other sites may frame, with the language next.
    for (const key of routeKeys) expect(localizedPath(key, 'en')).toMatch(isEmbed(key) ? /^\/embed\/en\// : /^\/en\//);
    for (const key of routeKeys) expect(localizedPath(key, 'id')).toMatch(isEmbed(key) ? /^\/embed\/id\// : /^\/(?!en\/)/);
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

  it('has one comparison page for each of the 28 pairs of eight approaches', () => {
    expect(approachKeys).toHaveLength(8);
    expect(approachPairs()).toHaveLength(28);
    // Medication-assisted treatment comes last on the ladder, so it is the second name of each of its pairs.
    expect(approachKeys.at(-1)).toBe('medication');
    expect(localizedPath('compare/rehabilitation/medication', 'id')).toBe('/bandingkan/rehabilitasi-vs-terapi-dengan-obat/');
    expect(localizedPath('compare/individual-counseling/medication', 'en')).toBe(
      '/en/compare/individual-counseling-vs-medication-assisted-treatment/',
    );
    expect(pairKey('group-therapy', 'individual-counseling')).toBe('compare/individual-counseling/group-therapy');
  });

  it('puts every page under its section for breadcrumbs', () => {
    expect(parentOf('home')).toBeUndefined();
    expect(parentOf('approach/rehabilitation')).toBe('approaches');
    expect(parentOf('guide/helping-someone')).toBe('guides');
    expect(parentOf('compare/peer-support/rehabilitation')).toBe('compare');
    expect(parentOf('privacy')).toBe('home');
    expect(parentOf('hub/schools')).toBe('home');
    expect(parentOf('handout/guide/school-counseling')).toBe('guide/school-counseling');
    expect(parentOf('embed/use-check')).toBeUndefined();
  });

  it('puts print versions next to their page, in its language', () => {
    expect(localizedPath('handout/guide/school-counseling', 'id')).toBe('/panduan/konseling-di-sekolah/cetak/');
    expect(localizedPath('handout/quiz/use-check', 'en')).toBe('/en/quizzes/checking-my-use/print/');
    expect(localizedPath('embed/use-check', 'id')).toBe('/embed/id/cek-penggunaan/');
  });

  it('throws on an unknown key rather than printing a broken link', () => {
    expect(() => localizedPath('nope' as never, 'id')).toThrow('Unknown route key "nope"');
  });
});
