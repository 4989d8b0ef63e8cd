import { describe, expect, it } from 'vitest';
import { locales } from './locales';
import { isRouteKey } from './routes';
import { pagesWithShortLinks, shortCodeOf, shortLinks } from './short-links';

describe('short links', () => {
  it('give every guide, quiz and hub exactly one code per language', () => {
    for (const key of pagesWithShortLinks)
      for (const locale of locales) {
        const codes = Object.entries(shortLinks).filter(([, t]) => t.key === key && t.locale === locale);
        expect(codes.length, `${key} ${locale}`).toBe(1);
      }
    expect(Object.keys(shortLinks)).toHaveLength(pagesWithShortLinks.length * locales.length);
  });

  it('use short lower-case codes that point at real pages', () => {
    for (const [code, target] of Object.entries(shortLinks)) {
      expect(code).toMatch(/^[a-z0-9]{2,12}$/);
      expect(isRouteKey(target.key)).toBe(true);
    }
    expect(shortCodeOf('guide/school-counseling', 'id')).toBe('p6');
  });
});
