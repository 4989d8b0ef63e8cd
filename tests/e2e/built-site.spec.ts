import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { localizedPath, routeAt, type RouteKey } from '../../src/i18n/routes';
import { metaPolicyAllowing } from '../../src/hosting/csp';
import { inlineScriptsOf, scriptHash } from '../../src/hosting/inline-scripts';
import { readPlanFragment } from '../../src/plan/fragment';
import { attributeValues, builtPages, fileFor, mainText, sitemapPaths } from '../support/dist';
import { expect, test } from './fixtures';

/** Checks on the built files themselves; no browser needed. */
const pages = builtPages().map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
const htmlAt = (path: string) => readFileSync(fileFor(path) ?? '', 'utf8');

test('every page has a unique title', () => {
  // Short links and embeds are not pages of their own: they carry the title of the page they stand for.
  const listed = new Set(sitemapPaths());
  const titles = pages.filter((p) => listed.has(p.path)).map((p) => /<title>([^<]*)<\/title>/.exec(p.html)?.[1]);
  const repeated = titles.filter((t, i) => titles.indexOf(t) !== i);
  expect(repeated).toEqual([]);
});

/** Each quiz's outcome keys, read from the quiz files: the plan page opens with `#quiz=…&outcome=…`. */
const quizOutcomes: Record<string, string[]> = Object.fromEntries(
  readdirSync('content/quizzes').map((name) => {
    const quiz = parseYaml(readFileSync(join('content/quizzes', name), 'utf8')) as { key: string; outcomes: { key: string }[] };
    return [quiz.key, quiz.outcomes.map((outcome) => outcome.key)];
  }),
);

test('every internal link and #fragment resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of attributeValues(page.html, 'href')) {
      if (/^(https?:|tel:|mailto:|data:)/.test(href)) continue;
      const [path, fragment] = href.split('#');
      const target = path ? new URL(path, `http://site${page.path}`).pathname : page.path;
      const file = fileFor(target);
      if (!file) {
        broken.push(`${page.path} → ${href}`);
        continue;
      }
      // A link to the plan carries the quiz and outcome it came from: it must name ones that exist.
      if (fragment?.startsWith('quiz=') && routeAt(target)?.key === 'plan') {
        if (!readPlanFragment(`#${fragment}`, quizOutcomes)) broken.push(`${page.path} → ${href} (no such quiz and outcome)`);
        continue;
      }
      if (fragment && !attributeValues(readFileSync(file, 'utf8'), 'id').includes(decodeURIComponent(fragment))) {
        broken.push(`${page.path} → ${href} (no id "${fragment}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('every page carries its icon, so no browser asks for it or for a /favicon.ico that is not there', () => {
  const icon = `data:image/svg+xml,${readFileSync('public/favicon.svg', 'utf8').trim()}`;
  const without = pages.filter(({ html }) => {
    const href = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml">/.exec(html)?.[1] ?? '';
    return decodeURIComponent(href).replace(/'/g, '"') !== icon;
  });
  expect(without.map(({ path }) => path)).toEqual([]);
});

test('every page links at most one stylesheet, in its head, so its first paint waits for one request at most', () => {
  const body = (html: string) => html.slice(html.indexOf('</head>'));
  const several = pages.filter(({ html }) => (html.match(/rel="stylesheet"/g) ?? []).length > 1 || body(html).includes('rel="stylesheet"'));
  expect(several.map(({ path }) => path)).toEqual([]);
  expect(pages.filter(({ html }) => /<style\b/.test(html)).map(({ path }) => path)).toEqual([]);
});

test("every page's own policy allows exactly the inline scripts it carries, and pages carry no other script before paint", () => {
  const wrong = pages.filter(({ html }) => {
    const hashes = [...new Set(inlineScriptsOf(html).map(scriptHash))];
    return !html.includes(`<meta http-equiv="content-security-policy" content="${metaPolicyAllowing(hashes)}">`);
  });
  expect(wrong.map(({ path }) => path)).toEqual([]);
  const guide = htmlAt(localizedPath('guide/helping-someone' as RouteKey, 'id'));
  expect(inlineScriptsOf(guide)).toHaveLength(2);
  expect(guide).not.toMatch(/<script[^>]+src=/);
});

test('every published URL still builds', () => {
  const published = readFileSync('tests/published-urls.txt', 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  expect(published.length).toBeGreaterThan(90);
  expect(published.filter((path) => !fileFor(path))).toEqual([]);
});

test('the sitemap lists both languages of every page with hreflang alternates', () => {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const paths = sitemapPaths();
  expect(paths).toContain('/');
  expect(paths).toContain('/en/');
  expect(paths.some((p) => p.includes('404'))).toBe(false);
  expect((xml.match(/hreflang="id"/g) ?? []).length).toBe(paths.length);
  expect((xml.match(/hreflang="en"/g) ?? []).length).toBe(paths.length);
  expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test('every page declares its language twin, x-default and a canonical URL', () => {
  for (const path of sitemapPaths()) {
    const html = htmlAt(path);
    expect(html, path).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+">/);
    expect(html.match(/<link rel="alternate" hreflang="(id|en|x-default)"/g), path).toHaveLength(3);
  }
});

interface SeedFact {
  fact: string;
  seed: string;
  page: RouteKey;
  id: string[];
  en: string[];
}

test('every seed fact appears on its page in both languages', () => {
  const facts = readdirSync('tests/seed-facts').flatMap(
    (name) => parseYaml(readFileSync(join('tests/seed-facts', name), 'utf8')) as SeedFact[],
  );
  const missing: string[] = [];
  for (const fact of facts) {
    for (const locale of ['id', 'en'] as const) {
      const text = mainText(htmlAt(localizedPath(fact.page, locale))).toLowerCase();
      for (const phrase of fact[locale]) {
        if (!text.includes(phrase.toLowerCase())) missing.push(`${fact.fact} (${locale}, ${fact.page}): "${phrase}"`);
      }
    }
  }
  const seeds = new Set(facts.map((f) => f.seed));
  console.info(`seed facts: ${facts.length} checked in both languages, from seeds ${[...seeds].sort().join(', ')}`);
  expect(seeds).toEqual(new Set(['000', '001', '002', '003', '004']));
  expect(missing).toEqual([]);
});
