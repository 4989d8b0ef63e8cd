import type { Page, Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { routeAt } from '../../src/i18n/routes';
import { builtPages, fileFor } from '../support/dist';
import { expect, test } from './fixtures';

/**
 * What every built page costs a visitor on first visit: everything it loads, gzipped (files
 * Pagefind already compressed count as they are), measured in Chromium with an empty cache.
 */
interface Weight {
  path: string;
  total: number;
  js: number;
  /** Pagefind's runtime and index: the search page's only. */
  search: number;
  requests: number;
}

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
const onWire = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length);

/**
 * Loads one page and sums what came over the wire. Routing every request keeps Chromium's cache
 * out of it, so one tab serves for every page and each is weighed as a first visit.
 */
async function weigh(page: Page, path: string, { settle, forwards }: Pick<Budget, 'settle' | 'forwards'> = {}): Promise<Weight> {
  const sizes: Promise<{ bytes: number; js: boolean; search: boolean }>[] = [];
  const weighed = new URL(path, 'http://site').pathname;
  let forwarded = () => {};
  const forward = new Promise<void>((resolve) => (forwarded = resolve));
  await page.route('**/*', (route) => {
    const request = route.request();
    if (request.resourceType() !== 'document') return route.continue();
    // Only the weighed page may load as a document: a short link's forward, or anything an
    // earlier page left pending, is some other page's cost. "204 No Content" makes the browser
    // stay where it is, with no error page to race the next navigation.
    if (new URL(request.url()).pathname !== weighed) {
      forwarded();
      return route.fulfill({ status: 204 });
    }
    return forwards ? route.fulfill({ path: fileFor(weighed) ?? `no built file for ${weighed}` }) : route.continue();
  });
  const onResponse = (response: Response) => {
    if (response.status() !== 200) return;
    const { pathname } = new URL(response.url());
    const js = response.request().resourceType() === 'script' || pathname.endsWith('.js');
    const search = pathname.startsWith('/pagefind/');
    // A body Chromium has already let go of is read from the built file: the same bytes.
    const body = response.body().catch(() => readFileSync(fileFor(pathname) ?? `missing file for ${pathname}`));
    sizes.push(body.then((bytes) => ({ bytes: onWire(bytes), js, search })));
  };
  page.on('response', onResponse);
  await page.goto(path);
  await settle?.(page);
  // Leaving before the forward starts would let it cut into the next navigation.
  if (forwards) await forward;
  page.off('response', onResponse);
  const loaded = await Promise.all(sizes);
  await page.goto('about:blank');
  await page.unroute('**/*');
  const sum = (list: typeof loaded) => list.reduce((total, { bytes }) => total + bytes, 0);
  return {
    path,
    total: sum(loaded),
    js: sum(loaded.filter((s) => s.js)),
    search: sum(loaded.filter((s) => s.search)),
    requests: loaded.length,
  };
}

/** Islands import their chunks after the load event. */
const untilIdle = (page: Page) => page.waitForLoadState('networkidle');

function report(name: PageClass, weights: Weight[]): Weight {
  expect(weights.length, name).toBeGreaterThan(0);
  const largest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  const mostJs = weights.reduce((a, b) => (b.js > a.js ? b : a));
  console.info(
    `${name}: ${weights.length} pages; largest ${largest.path}: ${largest.total} B in all, ${largest.js} B JS, ${largest.requests} requests; most JS ${mostJs.path}: ${mostJs.js} B`,
  );
  return largest;
}

interface Budget {
  total?: number;
  js: number;
  settle?: typeof untilIdle;
  /**
   * A page that forwards at once (a short link), weighed as its built file: a host that reads
   * _redirects answers it with a 301 instead, and the file is what any other host serves.
   */
  forwards?: boolean;
}

const budgets: Record<Exclude<PageClass, 'search'>, Budget> = {
  content: { total: 25 * 1024, js: 2 * 1024 },
  'short link': { total: 25 * 1024, js: 2 * 1024, forwards: true },
  quiz: { js: 15 * 1024, settle: untilIdle },
  // The plan's island (Preact and the form): like a quiz page, and far below its ceiling.
  plan: { js: 15 * 1024, settle: untilIdle },
  'link builder': { js: 15 * 1024, settle: untilIdle },
};

for (const [name, budget] of Object.entries(budgets) as [Exclude<PageClass, 'search'>, Budget][]) {
  test(`${name} pages stay within ${budget.total ? `${budget.total / 1024} KB in all and ` : ''}${budget.js / 1024} KB of JavaScript`, async ({ page }) => {
    test.setTimeout(300_000);
    const weights: Weight[] = [];
    for (const { path } of pagesByClass.get(name) ?? []) weights.push(await weigh(page, path, budget));
    report(name, weights);
    expect(weights.filter((w) => w.js > budget.js).map((w) => `${w.path}: ${w.js} B of JS`)).toEqual([]);
    if (budget.total) expect(weights.filter((w) => w.total > budget.total!).map((w) => `${w.path}: ${w.total} B`)).toEqual([]);
  });
}

test('the search page and its first query stay within budget', async ({ page }) => {
  const weights: Weight[] = [];
  for (const { path } of pagesByClass.get('search') ?? []) {
    const query = path.startsWith('/en/') ? 'online gambling' : 'judi online';
    weights.push(
      await weigh(page, `${path}?q=${encodeURIComponent(query)}`, {
        settle: async () => {
          await expect(page.locator('.search-status')).toHaveAttribute('data-state', 'done');
          await untilIdle(page);
        },
      }),
    );
  }
  const largest = report('search', weights);
  // The page's own share (HTML, CSS, island) is this site's; Pagefind's runtime (84 KB) and each
  // word's index chunk (27 KB) alone exceed the 60 KB target, which awaits a decision. The
  // ceiling catches regressions until then.
  console.info(`search: page's own share ${largest.total - largest.search} B, Pagefind ${largest.search} B`);
  expect(largest.total - largest.search).toBeLessThanOrEqual(20 * 1024);
  expect(largest.total).toBeLessThanOrEqual(180 * 1024);
});
