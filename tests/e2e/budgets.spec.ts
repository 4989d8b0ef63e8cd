import type { Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { routeAt } from '../../src/i18n/routes';
import { viewOf, type View } from '../../src/views/view-of';
import { builtPages, fileFor } from '../support/dist';
import { pageStyles, pageWeight, type PageWeight } from '../support/page-weight';
import { expect, test } from './fixtures';

type PageClass = 'home' | 'guide' | 'content' | 'quiz' | 'plan' | 'link builder' | 'short link' | 'search';

function classOf(path: string): PageClass {
  const key = routeAt(path)?.key ?? '';
  if (path.startsWith('/g/')) return 'short link';
  if (key === 'home') return 'home';
  if (key.startsWith('guide/')) return 'guide';
  if (key.startsWith('quiz/') || key.startsWith('embed/')) return 'quiz';
  if (key === 'hub/counselors') return 'link builder';
  if (key === 'plan') return 'plan';
  if (key === 'search') return 'search';
  return 'content';
}

const pagesByClass = Map.groupBy(builtPages(), (page) => classOf(page.path));

interface Budget {
  total?: number;
  js: number;
}

const budgets: Record<Exclude<PageClass, 'search'>, Budget> = {
  // The pages most people land on: at most 0.2× a default Starlight page with the same prose (issue 22).
  home: { total: 10.5 * 1024, js: 2 * 1024 },
  // Guides too (issue 22): HTML about 6.5 KB with the icon and the quick-exit and read-aloud scripts
  // written in (1.1 KB), and one stylesheet of 3.5 KB (tokens and base, header and footer, the article
  // parts, read-aloud).
  guide: { total: 10.5 * 1024, js: 2 * 1024 },
  content: { total: 25 * 1024, js: 2 * 1024 },
  'short link': { total: 25 * 1024, js: 2 * 1024 },
  quiz: { js: 15 * 1024 },
  // The plan's island (Preact and the form): like a quiz page.
  plan: { js: 15 * 1024 },
  'link builder': { js: 15 * 1024 },
};

function report(name: PageClass, weights: Pick<PageWeight, 'path' | 'total' | 'js'>[]): void {
  expect(weights.length, name).toBeGreaterThan(0);
  const largest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  const mostJs = weights.reduce((a, b) => (b.js > a.js ? b : a));
  console.info(`${name}: ${weights.length} pages; largest ${largest.path}: ${largest.total} B in all, ${largest.js} B JS; most JS ${mostJs.path}: ${mostJs.js} B`);
}

/** Every built page by class, weighed from the files (HTML, CSS, icon, the whole module graph). */
for (const [name, budget] of Object.entries(budgets) as [Exclude<PageClass, 'search'>, Budget][]) {
  test(`${name} pages stay within ${budget.total ? `${budget.total / 1024} KB in all and ` : ''}${budget.js / 1024} KB of JavaScript`, () => {
    const weights = (pagesByClass.get(name) ?? []).map(({ path }) => pageWeight(path));
    report(name, weights);
    expect(weights.filter((w) => w.js > budget.js).map((w) => `${w.path}: ${w.js} B of JS`)).toEqual([]);
    if (budget.total) expect(weights.filter((w) => w.total > budget.total!).map((w) => `${w.path}: ${w.total} B`)).toEqual([]);
  });
}

test('the page weight follows a page into every module it imports', () => {
  const quiz = pageWeight('/kuis/dukungan-apa-yang-cocok/');
  expect(quiz.files.some((file) => /preact\.module\.[\w-]+\.js$/.test(file))).toBe(true);
  expect(quiz.files.filter((file) => file.endsWith('.css')).length).toBeGreaterThan(0);
  expect(quiz.js).toBeGreaterThan(5 * 1024);
});

/**
 * A selector only one view's styles hold, and the views whose pages may ship it. A page of any other
 * view that ships it loads that view's CSS, as every page did while one page file rendered them all.
 */
const viewStyles: { name: string; selector: RegExp; views: View[] }[] = [
  { name: 'quiz', selector: /\.quiz-/, views: ['quiz', 'embed'] },
  { name: 'search', selector: /\.search-results/, views: ['search'] },
  { name: 'plan', selector: /\.plan-/, views: ['plan'] },
  { name: 'handout', selector: /\.handout/, views: ['handout'] },
  { name: 'link builder', selector: /\.builder/, views: ['counselors'] },
  { name: 'help page', selector: /\.help-/, views: ['help'] },
];

/** The view of a built page; 404 pages and short links have none. */
function viewAt(path: string): View | undefined {
  const route = routeAt(path);
  return route && !path.startsWith('/g/') ? viewOf(route.key) : undefined;
}

test("each view's own pages carry its styles, so the check below looks for selectors that exist", () => {
  const pages = builtPages();
  for (const { name, selector, views } of viewStyles) {
    const own = pages.filter(({ path }) => views.includes(viewAt(path)!));
    expect(own.length, name).toBeGreaterThan(0);
    expect(own.filter(({ path }) => !selector.test(pageStyles(path))).map(({ path }) => path), `${name} pages without ${selector}`).toEqual([]);
  }
});

test("no page ships another view's CSS (a guide never loads the quiz, search, plan, handout or help styles)", () => {
  const strays = builtPages().flatMap(({ path }) => {
    const styles = pageStyles(path);
    const view = viewAt(path);
    return viewStyles.filter(({ selector, views }) => !(view && views.includes(view)) && selector.test(styles)).map(({ name }) => `${path}: the ${name} styles`);
  });
  expect(strays).toEqual([]);
});

/** The search page and its first query, weighed in Chromium: Pagefind loads by absolute path at run time. */
test('the search page and its first query stay within budget', async ({ browser }) => {
  const onWire = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length);
  for (const { path } of pagesByClass.get('search') ?? []) {
    const query = path.startsWith('/en/') ? 'online gambling' : 'judi online';
    // A fresh context each time: an empty cache, as on a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<{ bytes: number; search: boolean }>[] = [];
    const onResponse = (response: Response) => {
      if (response.status() !== 200) return;
      const { pathname } = new URL(response.url());
      // A body Chromium has already let go of is read from the built file: the same bytes.
      const body = response.body().catch(() => readFileSync(fileFor(pathname) ?? `missing file for ${pathname}`));
      sizes.push(body.then((bytes) => ({ bytes: onWire(bytes), search: pathname.startsWith('/pagefind/') })));
    };
    page.on('response', onResponse);
    await page.goto(`${path}?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.search-status')).toHaveAttribute('data-state', 'done');
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(sizes);
    await context.close();
    const total = loaded.reduce((sum, { bytes }) => sum + bytes, 0);
    const pagefind = loaded.filter((s) => s.search).reduce((sum, { bytes }) => sum + bytes, 0);
    console.info(`search ${path}: ${total} B in all, the page's own share ${total - pagefind} B, Pagefind ${pagefind} B, ${loaded.length} requests`);
    // Pagefind's runtime (about 84 KB) and each word's index chunk (about 27 KB) dominate the total.
    // The page's own share holds the A–Z list, the island, "did you mean" and the guard against
    // matches on a word's first letters (the words it suggests load only when nothing is found),
    // and the folded filters; the topic words for sentences load only for a query of three words or more.
    expect(total - pagefind, `${path}: the page's own HTML, CSS and JS`).toBeLessThanOrEqual(20 * 1024);
    expect(total, `${path} with its first query`).toBeLessThanOrEqual(180 * 1024);
  }
});
