import type { Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { routeAt } from '../../src/i18n/routes';
import { builtPages, fileFor } from '../support/dist';
import { pageWeight, type PageWeight } from '../support/page-weight';
import { expect, test } from './fixtures';

type PageClass = 'content' | 'quiz' | 'plan' | 'link builder' | 'short link' | 'search';

function classOf(path: string): PageClass {
  const key = routeAt(path)?.key ?? '';
  if (path.startsWith('/g/')) return 'short link';
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
    // matches on a word's first letters (the words it suggests load only when nothing is found);
    // it returns under 20 KB when each page ships only its own view's CSS (issue 22).
    expect(total - pagefind, `${path}: the page's own HTML, CSS and JS`).toBeLessThanOrEqual(22 * 1024);
    expect(total, `${path} with its first query`).toBeLessThanOrEqual(180 * 1024);
  }
});
