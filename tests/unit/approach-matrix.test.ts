import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { approachKeys, approachPairs, localizedPath, pairKey, type ApproachKey } from '../../src/i18n/routes';
import { contentFiles } from '../support/content-files';
import { decodeEntities, distDir, fileFor, sitemapPaths } from '../support/dist';

/**
 * Every approach reaches every place the comparison is built from its data: the matrix (table and
 * phone cards), the list of pairs, each pair page, the approach index and the ladder figure. Read
 * from the built files, so an approach left out of a view, or a pair that fails to build, is caught.
 */
const html = (path: string) => {
  const file = fileFor(path);
  if (!file) throw new Error(`${path} was not built`);
  return readFileSync(file, 'utf8');
};
const hrefsIn = (fragment: string) => [...fragment.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
const textOf = (fragment: string) => decodeEntities(fragment.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
const region = (page: string, pattern: RegExp, what: string) => {
  const found = pattern.exec(page)?.[0];
  if (!found) throw new Error(`no ${what}`);
  return found;
};
const approaches = contentFiles().filter((file) => file.collection === 'approaches');
const titleOf = (key: ApproachKey, locale: string) => String(approaches.find((a) => a.key === key && a.locale === locale)?.data.title);
const medicationPairs = approachPairs().filter((pair) => pair.includes('medication'));

describe('the approaches in the built comparison', () => {
  it('has a build to read', () => {
    expect(existsSync(distDir), 'dist/ is missing: run `npm run build` first').toBe(true);
  });

  it('counts eight approaches, medication-assisted treatment among them, in seven pairs of its own', () => {
    expect(approachKeys).toHaveLength(8);
    expect(approachKeys).toContain('medication');
    expect(medicationPairs).toHaveLength(7);
  });

  for (const locale of locales) {
    const approachPaths = approachKeys.map((key) => localizedPath(`approach/${key}`, locale));

    it(`lists every approach in ladder order in the matrix table and the phone cards (${locale})`, () => {
      const page = html(localizedPath('compare', locale));
      const rows = [...region(page, /<tbody[\s\S]*?<\/tbody>/, 'matrix table body').matchAll(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)];
      expect(rows.map((row) => hrefsIn(row[1] ?? '')[0])).toEqual(approachPaths);
      const cards = region(page, /<ul class="card-list matrix-cards"[\s\S]*?<\/ul>\s*<div class="matrix-table"/, 'matrix cards');
      expect(hrefsIn(cards).filter((href) => approachPaths.includes(href ?? ''))).toEqual(approachPaths);
      // The medication row carries its own attributes: step 5, led by a professional.
      const medicationRow = region(page, new RegExp(`<tr[^>]*><th scope="row"[^>]*><a href="${approachPaths.at(-1)}"[\\s\\S]*?</tr>`), 'medication row');
      expect(textOf(medicationRow)).toContain(`${titleOf('medication', locale)} 5`);
    });

    it(`links every pair, each page built and in the sitemap (${locale})`, () => {
      const pairPaths = approachPairs().map(([a, b]) => localizedPath(`compare/${a}/${b}`, locale));
      const list = region(html(localizedPath('compare', locale)), /<ul class="pair-list"[\s\S]*?<\/ul>/, 'pair list');
      expect(hrefsIn(list)).toEqual(pairPaths);
      const listed = new Set(sitemapPaths());
      expect(pairPaths.filter((path) => !fileFor(path) || !listed.has(path))).toEqual([]);
    });

    it(`compares medication-assisted treatment with each other approach, side by side (${locale})`, () => {
      for (const [a, b] of medicationPairs) {
        const path = localizedPath(`compare/${a}/${b}`, locale);
        const page = html(path);
        const head = textOf(region(page, /<table class="pair-table"[\s\S]*?<\/thead>/, `pair table head on ${path}`));
        expect(head, path).toBe(`${titleOf(a, locale)} ${titleOf(b, locale)}`);
        // The step row: the other approach's step, then medication's 5.
        const step = textOf(region(page, /<table class="pair-table"[\s\S]*?<\/tbody>/, `step row on ${path}`));
        expect(step, path).toMatch(/ [1-5] 5$/);
        expect(hrefsIn(page), path).toContain(localizedPath('approach/medication', locale));
      }
    });

    it(`gives the pairs a reader compares their hand-written depth, and says how the two combine (${locale})`, () => {
      for (const [a, b] of [['rehabilitation', 'medication'], ['individual-counseling', 'medication']] as const) {
        const depth = contentFiles().find((f) => f.collection === 'comparisons' && f.key === `${a}--${b}` && f.locale === locale);
        expect(depth, `${a}--${b} ${locale}`).toBeDefined();
        const page = html(localizedPath(pairKey(a, b), locale));
        expect(textOf(region(page, /<p class="lead prose"[^>]*>[\s\S]*?<\/p>/, 'lead'))).toBe(String(depth?.data.summary));
        const together = approaches
          .filter((f) => f.locale === locale && (f.key === a || f.key === b))
          .flatMap((f) => (f.data.combinesWith as { approach: string; how: string }[]).filter((c) => c.approach === (f.key === a ? b : a)))
          .map((c) => c.how);
        expect(together, `${a} and ${b} say how they combine, both ways`).toHaveLength(2);
        for (const how of together) expect(textOf(page)).toContain(how);
      }
    });

    it(`shows it on the approach index and at step 5 of the ladder figure (${locale})`, () => {
      const page = html(localizedPath('approaches', locale));
      expect(hrefsIn(region(page, /<ul class="card-list"[\s\S]*?<\/ul>/, 'approach cards')).filter((h) => approachPaths.includes(h ?? ''))).toEqual(approachPaths);
      const stepFive = region(page, /<li value="5"[\s\S]*?<\/li>/, 'ladder step 5');
      expect(hrefsIn(stepFive)).toEqual([localizedPath('approach/rehabilitation', locale), localizedPath('approach/medication', locale)]);
    });

    it(`links the medication page to the pair page of each approach it combines with (${locale})`, () => {
      const page = html(localizedPath('approach/medication', locale));
      const entry = approaches.find((f) => f.key === 'medication' && f.locale === locale);
      const partners = (entry?.data.combinesWith as { approach: ApproachKey }[]).map((c) => c.approach);
      expect(partners.length).toBeGreaterThanOrEqual(4);
      for (const other of partners) expect(hrefsIn(page)).toContain(localizedPath(pairKey('medication', other), locale));
    });
  }

  it('says how to stop safely on every pair with rehabilitation or medication, and only there', () => {
    for (const locale of locales) {
      for (const [a, b] of approachPairs()) {
        const page = html(localizedPath(pairKey(a, b), locale));
        const aboutStopping = [a, b].some((key) => key === 'rehabilitation' || key === 'medication');
        expect(page.includes('id="stopping-safely-title"'), `${a} vs ${b} (${locale})`).toBe(aboutStopping);
        if (aboutStopping) expect(hrefsIn(region(page, /<aside class="stopping-safely[\s\S]*?<\/aside>/, 'stopping-safely box'))).toContain(localizedPath('guide/harm-reduction', locale));
      }
    }
  });
});
