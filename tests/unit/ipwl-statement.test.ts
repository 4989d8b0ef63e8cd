import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, pageLanguage, readableText } from '../support/dist';
import { quizFragments, quizFragmentsFor, splitQuizText } from '../../src/style/quiz-text';

/** The core of the statement in each language: what the facts say happens after voluntary reporting. */
const restatement = { id: /tidak dituntut|bukan dituntut/i, en: /not prosecuted/i };

/**
 * The IPWL protection is stated in one component (src/components/mdx/IpwlProtection.astro), on the
 * pages whose topic is rehabilitation or the law; elsewhere a short link points to the rights guide.
 * The rights guide's printable handout repeats it among the guide's key points.
 */
const pagesThatStateIt = [
  '/bantuan-segera/',
  '/en/approaches/rehabilitation/',
  '/en/get-help-now/',
  '/en/guides/rehabilitation-and-your-rights/',
  '/en/guides/rehabilitation-and-your-rights/print/',
  '/panduan/rehabilitasi-dan-hak-anda/',
  '/panduan/rehabilitasi-dan-hak-anda/cetak/',
  '/pendekatan/rehabilitasi/',
];

describe('the IPWL protection statement', () => {
  it('is restated on exactly the pages about rehabilitation or the law (quiz text aside)', () => {
    expect(existsSync(distDir), 'dist/ is missing: run `npm run build` first').toBe(true);
    const fragments = quizFragments();
    const restating = builtPages()
      .filter(({ file, path }) => {
        const html = readFileSync(file, 'utf8');
        const lang = pageLanguage(html);
        // Quiz files are edited on their own track; their IPWL sentences are listed in notes.
        return restatement[lang].test(splitQuizText(readableText(html), quizFragmentsFor(path, fragments[lang])).own);
      })
      .map(({ path }) => path)
      .sort();
    expect(restating).toEqual(pagesThatStateIt);
    expect(restating).toHaveLength(8);
  });

  it('carries its caveats wherever the component is used', () => {
    for (const path of pagesThatStateIt.filter((p) => !/\/(cetak|print)\/$/.test(p))) {
      const file = builtPages().find((page) => page.path === path)?.file;
      expect(file, path).toBeDefined();
      const html = readFileSync(file ?? '', 'utf8');
      expect(html, path).toContain('data-ipwl-protection');
      const text = readableText(html);
      expect(text, path).toMatch(pageLanguage(html) === 'en' ? /not legal advice/ : /bukan nasihat hukum/);
      expect(text, path).toMatch(pageLanguage(html) === 'en' ? /involved in dealing/ : /terlibat dalam peredaran/);
    }
  });
});
