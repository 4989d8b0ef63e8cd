import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Locale } from '../../src/i18n/locales';
import { isEmbed, isHandout, isRouteKey, localizedPath, routeKeys } from '../../src/i18n/routes';
import { fileFor, sitemapPaths } from '../support/dist';
import { axeViolations, expect, expectNothingStored, test, watch } from './fixtures';

const searchPath = (locale: Locale) => localizedPath('search', locale);
const locales: Locale[] = ['id', 'en'];

/** Opens the search page with a query in its address, as the header form does, and waits for the answer. */
async function search(page: Page, locale: Locale, query: string, extra = ''): Promise<void> {
  await page.goto(`${searchPath(locale)}?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator('.search-status')).toHaveAttribute('data-state', /^(done|empty|failed)$/);
}

const resultLinks = (page: Page) => page.locator('.search-results h3 a');

interface RelevanceCase {
  query: string;
  page: string;
  /** The page must come first, not only in the top three. */
  first?: boolean;
  /** A page that must not come in the top three. */
  never?: string;
}
const suite = parse(readFileSync('tests/search/relevance.yaml', 'utf8')) as Record<Locale, RelevanceCase[]>;

/** Every layout shift since the page began loading, read after `settle` milliseconds more. */
function layoutShifts(page: Page, settle: number): Promise<string[]> {
  return page.evaluate(
    (wait) =>
      new Promise<string[]>((done) => {
        const seen: PerformanceEntry[] = [];
        const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          seen.push(...observer.takeRecords());
          observer.disconnect();
          done(seen.map((entry) => `${(entry as PerformanceEntry & { value: number }).value.toFixed(3)} at ${Math.round(entry.startTime)} ms`));
        }, wait);
      }),
    settle,
  );
}

test.describe('relevance', () => {
  test('the suite has at least 25 queries per language, each naming a real page', () => {
    for (const locale of locales) {
      expect(suite[locale].length, locale).toBeGreaterThanOrEqual(25);
      expect(suite[locale].flatMap((c) => [c.page, c.never ?? c.page]).filter((key) => !isRouteKey(key))).toEqual([]);
    }
  });

  for (const locale of locales) {
    test(`every ${locale} query finds its page in the top three`, async ({ page }) => {
      test.setTimeout(180_000);
      const report = [];
      const wrong: string[] = [];
      const path = (key: string) => localizedPath(key as Parameters<typeof localizedPath>[0], locale);
      for (const { query, page: key, first, never } of suite[locale]) {
        await search(page, locale, query);
        const top = (await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).slice(0, 3);
        const want = path(key);
        const rank = top.indexOf(want) + 1 || null;
        report.push({ query, want, rank, top });
        if (first && rank !== 1) wrong.push(`"${query}" wanted ${want} first, got ${top.join(', ')}`);
        if (never && top.includes(path(never))) wrong.push(`"${query}" must not bring ${path(never)} in the top three, got ${top.join(', ')}`);
      }
      mkdirSync('reports', { recursive: true });
      writeFileSync(`reports/search-relevance-${locale}.json`, JSON.stringify(report, null, 2));
      const found = report.filter((r) => r.rank !== null);
      console.info(`search relevance (${locale}): ${found.length}/${report.length} in the top three, ${found.filter((r) => r.rank === 1).length} first`);
      expect([...report.filter((r) => r.rank === null).map((r) => `"${r.query}" wanted ${r.want}, got ${r.top.join(', ')}`), ...wrong]).toEqual([]);
    });
  }
});

test.describe('languages', () => {
  test('the index holds exactly one language each for id and en', () => {
    const files = readdirSync('dist/pagefind');
    expect(files.filter((f) => f.endsWith('.pf_meta')).map((f) => f.split('_')[0]).sort()).toEqual(['pagefind.en', 'pagefind.id']);
    expect(files.filter((f) => f.startsWith('wasm.')).sort()).toEqual(['wasm.en.pagefind', 'wasm.id.pagefind']);
  });

  for (const [locale, other, query] of [
    ['en', 'id', 'rehab'],
    ['id', 'en', 'rehab'],
  ] as const) {
    test(`a search on the ${locale} page loads and returns only ${locale} pages`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await search(page, locale, query);
      const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => href.startsWith('/en/') !== (locale === 'en'))).toEqual([]);
      const indexFiles = requested.filter((path) => /\/pagefind\/.*(\.pf_|wasm\.)/.test(path));
      expect(indexFiles.filter((path) => path.includes(`${other}_`) || path.includes(`.${other}.`) || path.includes(`.${other}_`))).toEqual([]);
      expect(indexFiles.some((path) => path.includes(`wasm.${locale}.`))).toBe(true);
    });
  }
});

test.describe('using search', () => {
  test('by keyboard: header form, results, then a result page', async ({ browser }) => {
    const context = await browser.newContext();
    const watched = await watch(context);
    const page = await context.newPage();
    await page.goto(localizedPath('guides', 'id'));
    await page.locator('header input[name="q"]').focus();
    await page.keyboard.type('konselor adiksi');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/cari\/\?q=konselor\+adiksi$/);
    await expect(page.locator('.search-status')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('.search-status')).toHaveText(/\d+ hasil untuk “konselor adiksi”/);
    await expect(page.locator('.search-status')).toHaveAttribute('role', 'status');

    // From the query box, Tab passes the button and the folded filters, then reaches the first result.
    await page.locator('#search-page-query').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const first = resultLinks(page).first();
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));

    await expectNothingStored(context);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    await context.close();
  });

  test('typing searches as you go and keeps the address shareable', async ({ page }) => {
    await page.goto(searchPath('en'));
    await expect(page.locator('.search-status')).toHaveAttribute('data-state', 'idle');
    await page.locator('#search-page-query').pressSequentially('peer support');
    await expect(page.locator('.search-status')).toHaveText(/results? for “peer support”/);
    await expect(page).toHaveURL(/\/en\/search\/\?q=peer\+support$/);
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/en/approaches/peer-support/');
  });

  test('a sentence is searched by its words about the site; a shorter query downloads no word list', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await search(page, 'id', 'judi online');
    expect(requested.filter((path) => path.startsWith('/search-words/'))).toEqual([]);
    // Without "tiap hari" deciding the order, the quiz and the guides on drinking come first.
    await search(page, 'id', 'minum alkohol tiap hari');
    expect(requested).toContain('/search-words/topics-id.json');
    await expect(page.locator('.search-status')).toHaveText(/hasil untuk “minum alkohol tiap hari”/);
    const top = (await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).slice(0, 3);
    expect(top).toContain(localizedPath('quiz/use-check', 'id'));
  });

  test('filters narrow results by type and audience, and travel in the address', async ({ page }) => {
    await search(page, 'id', 'konseling');
    const all = await resultLinks(page).count();
    // Folded to one line until opened, by keyboard as by touch.
    const filters = page.locator('.search-filters summary');
    await expect(filters).toHaveText('Saring hasil');
    await expect(page.getByLabel('Jenis halaman')).toBeHidden();
    await filters.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Jenis halaman').selectOption('guide');
    await expect(page).toHaveURL(/type=guide/);
    await expect(filters).toHaveText('Saring hasil (1 dipilih)');
    await expect(page.locator('.search-status')).toHaveAttribute('data-state', 'done');
    const types = await page.locator('.search-results__type').allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Panduan']));

    await page.getByLabel('Ditulis untuk').selectOption('school');
    await expect(page).toHaveURL(/audience=school/);
    await expect(page.locator('.search-status')).toHaveAttribute('data-state', 'done');
    const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.length).toBeLessThanOrEqual(all);
    expect(hrefs).toContain(localizedPath('guide/school-counseling', 'id'));
    expect(hrefs.filter((href) => !href.startsWith('/panduan/'))).toEqual([]);

    // The same choices, opened from a shared link: the folded line says they are there.
    await search(page, 'id', 'konseling', '&type=guide&audience=school');
    await expect(filters).toHaveText('Saring hasil (2 dipilih)');
    await expect(page.getByLabel('Jenis halaman')).toHaveValue('guide');
    await expect(page.getByLabel('Ditulis untuk')).toHaveValue('school');
  });

  test('"show more" adds results and moves focus to the first new one', async ({ page }) => {
    await search(page, 'en', 'counseling');
    await expect(resultLinks(page)).toHaveCount(5);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(resultLinks(page)).toHaveCount(10);
    await expect(resultLinks(page).nth(5)).toBeFocused();
  });

  for (const locale of locales) {
    test(`without JavaScript, the ${locale} search page lists every page A–Z by type`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${searchPath(locale)}?q=rehab`);
      await expect(page.locator('#search-page-query')).toBeVisible();
      // The filters and status work only with the island, so without it they are not offered.
      await expect(page.locator('.search-filters')).toBeHidden();
      await expect(page.locator('.search-status')).toBeHidden();
      const listed = await page.locator('.az a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const expected = routeKeys.filter((key) => key !== 'search' && !isHandout(key) && !isEmbed(key)).map((key) => localizedPath(key, locale));
      expect(listed.sort()).toEqual(expected.sort());
      expect(await page.locator('section h3').count()).toBeGreaterThanOrEqual(6);
      // Each group is in alphabetical order.
      for (const group of await page.locator('.az').all()) {
        const titles = await group.locator('a').allInnerTexts();
        expect(titles).toEqual([...titles].sort(new Intl.Collator(locale).compare));
      }
      await context.close();
    });
  }
});

test.describe('awkward and hostile queries', () => {
  test('an empty query asks for a word and searches nothing', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await search(page, 'id', '   ');
    await expect(page.locator('.search-status')).toHaveText(/Ketik kata yang ingin Anda cari/);
    // Pagefind itself may be fetched once the page is idle; no word's index or page excerpt is.
    expect(requested.filter((url) => /\.pf_(index|fragment)$/.test(url))).toEqual([]);
  });

  test('the search page fetches Pagefind once it is idle, before anything is typed', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(searchPath('id'));
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js']));
    expect(requested.some((path) => /\/pagefind\/.*\.pf_meta$/.test(path))).toBe(true);
    expect(requested.some((path) => /\/pagefind\/wasm\.id\.pagefind$/.test(path))).toBe(true);
    expect(requested.filter((path) => /\.pf_(index|fragment)$/.test(path))).toEqual([]);
  });

  test('a query with no match offers the nearest word, the quizzes and urgent help, and the list one tap away', async ({ page }) => {
    await search(page, 'id', 'gnja');
    await expect(page.locator('.search-status')).toHaveText('Tidak ada hasil untuk “gnja”.');
    await expect(resultLinks(page)).toHaveCount(0);
    const offer = page.locator('.search-no-match');
    await expect(offer.getByRole('heading', { level: 2 })).toHaveText('Coba jalan lain');
    await expect(offer.getByRole('link', { name: 'Bantuan segera' })).toHaveAttribute('href', localizedPath('help', 'id'));
    await expect(offer.getByRole('link', { name: 'Cek penggunaan' })).toHaveAttribute('href', localizedPath('quiz/use-check', 'id'));
    // The facilitators' quiz is not for someone who is stuck.
    await expect(offer.locator(`a[href="${localizedPath('quiz/partnership-readiness', 'id')}"]`)).toHaveCount(0);

    // The every-page list waits behind a button, so nothing moved when the answer came.
    const allPages = page.locator('#search-all-pages');
    await expect(allPages).toBeHidden();
    const showAll = page.getByRole('button', { name: 'Lihat semua halaman A–Z' });
    await expect(showAll).toHaveAttribute('aria-expanded', 'false');
    await showAll.click();
    await expect(allPages).toBeVisible();
    await expect(showAll).toHaveAttribute('aria-expanded', 'true');

    // "Did you mean" searches at once and keeps the address shareable.
    await offer.getByRole('link', { name: 'ganja' }).click();
    await expect(page.locator('.search-status')).toHaveText(/hasil untuk “ganja”/);
    await expect(page).toHaveURL(/\/cari\/\?q=ganja$/);
    await expect(page.locator('#search-page-query')).toHaveValue('ganja');
    await expect(resultLinks(page).first()).toBeVisible();
  });

  test('a word the index does not know never brings pages that share only its first letters', async ({ page }) => {
    // Pagefind would answer "methqqq" with pages on "meth" and "weeed" with pages on "we".
    for (const query of ['methqqq', 'weeed']) {
      await search(page, 'en', query);
      await expect(page.locator('.search-status'), query).toHaveText(`No results for “${query}”.`);
      await expect(resultLinks(page), query).toHaveCount(0);
    }
    // "gorila" (as in tembakau gorila) would bring the pages naming ojk.go.id, for their "go".
    await search(page, 'id', 'gorila');
    await expect(page.locator('.search-status')).toHaveText('Tidak ada hasil untuk “gorila”.');
    // A short street word finds pages about drugs, never the methodology page it begins.
    await search(page, 'en', 'meth');
    const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs).not.toContain(localizedPath('methodology', 'en'));
  });

  test('a very long query is cut to 100 characters, and the page says so', async ({ page }) => {
    await search(page, 'id', 'rehabilitasi '.repeat(400));
    await expect(page.locator('.search-status')).toHaveText(/hanya 100 karakter pertama yang dipakai/);
    expect((await page.locator('#search-page-query').inputValue()).length).toBeLessThanOrEqual(100);
    expect(new URL(page.url()).searchParams.get('q')?.length).toBeLessThanOrEqual(100);
    await expect(resultLinks(page).first()).toBeVisible();
  });

  test('markup, scripts and bidi overrides in a query stay text', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202Erehab';
    await search(page, 'en', hostile, '&type=<svg/onload=alert(3)>&audience=../../etc');
    await expect(page.locator('.search-status')).toContainText('<img src=x onerror="alert(1)"><script>alert(2)</script> rehab');
    await expect(page.locator('main img, main svg[onload], main script:not([type="application/json"]):not([src])')).toHaveCount(0);
    await expect(page.getByLabel('Type of page')).toHaveValue('');
    await expect(page.getByLabel('Written for')).toHaveValue('');
    expect(await page.locator('.search-status').innerText()).not.toContain('\u202E');
    expect(errors).toEqual([]);
  });
});

test.describe('accessibility of search states', () => {
  for (const [name, locale, query] of [
    ['results with filters', 'id', 'konseling&type=guide'],
    ['no results', 'en', 'qqxyzzyqq'],
  ] as const) {
    test(`${name}: no axe violations at 320 px in light and dark`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
      const watched = await watch(context);
      const page = await context.newPage();
      await page.goto(`${searchPath(locale)}?q=${query}`);
      await expect(page.locator('.search-status')).toHaveAttribute('data-state', 'done');
      expect(await axeViolations(page), 'light').toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Only colour contrast changes with the colour scheme.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, { contrastOnly: true }), 'dark').toEqual([]);
      await expectNothingStored(context);
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      await context.close();
    });
  }
});

test.describe('layout', () => {
  for (const [arrival, address, state] of [
    ['with a query in the address', '?q=judi', 'searching'],
    ['from a plain link', '', 'idle'],
  ] as const) {
    test(`the page keeps its shape when the island starts late, ${arrival}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      // Hold the island's script until the page has painted, and Pagefind for good, so the test
      // sees the start alone, as on a phone whose script arrives late.
      let releaseScript = () => {};
      const scriptHeld = new Promise<void>((resolve) => (releaseScript = resolve));
      await page.route('**/_astro/SearchView*.js', async (route) => {
        await scriptHeld;
        await route.continue();
      });
      await page.route('**/pagefind/**', () => undefined);
      await page.goto(`${searchPath('id')}${address}`, { waitUntil: 'commit' });
      await expect(page.locator('.az').first()).toBeVisible();
      const painted = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await painted();
      releaseScript();
      // The load event waits for the island's script to run.
      await page.waitForLoadState('load');
      await expect(page.locator('.search-status')).toHaveAttribute('data-state', state);
      await painted();
      const shifts = await layoutShifts(page, 200);
      expect(shifts).toEqual([]);
      await context.close();
    });
  }
});

test.describe('first screen', () => {
  // A phone of 360 × 780: the answer, not the form around it, is what the visitor came for.
  for (const locale of locales) {
    test(`with a query in the address, the first ${locale} result shows on the first screen of a phone`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
      const page = await context.newPage();
      await search(page, locale, 'judi');
      await expect(resultLinks(page).first()).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await context.close();
    });
  }
});

test.describe('layout when the answer arrives', () => {
  /** Layout shifts from the start of the page load until the answer has been on screen for a moment. */
  async function shiftsUntilAnswered(page: Page, address: string, state: string): Promise<string[]> {
    await page.goto(address);
    await expect(page.locator('.search-status')).toHaveAttribute('data-state', state);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return layoutShifts(page, 300);
  }

  /**
   * A query of the relevance suite that finds between one and four pages today. New pages make any
   * fixed query find more, so the case is picked from the suite each run, and the test fails if
   * none is left rather than silently testing a longer answer.
   */
  let fewResultsQuery: string | undefined;
  async function queryWithFewResults(page: Page): Promise<string> {
    if (fewResultsQuery) return fewResultsQuery;
    for (const { query } of suite.id) {
      await search(page, 'id', query);
      const count = await resultLinks(page).count();
      // The page shows five at a time, so fewer than five shown is all there are.
      if (count > 0 && count < 5) return (fewResultsQuery = query);
    }
    throw new Error('No query in tests/search/relevance.yaml finds between one and four pages: add one that does.');
  }

  // On a tall screen a short answer in place of the long list would pull the footer into view.
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    for (const answer of ['five results or more', 'fewer than five results', 'no result'] as const) {
      test(`with a query in the address, ${answer} move nothing at ${viewport.width} px`, async ({ browser }) => {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        const query = { 'five results or more': 'judi', 'fewer than five results': await queryWithFewResults(page), 'no result': 'qqxyzzyqq' }[answer];
        test.info().annotations.push({ type: 'query', description: query });
        await page.goto('about:blank');
        expect(await shiftsUntilAnswered(page, `${searchPath('id')}?q=${encodeURIComponent(query)}`, 'done')).toEqual([]);
        const count = await resultLinks(page).count();
        if (answer === 'five results or more') expect(count).toBe(5);
        if (answer === 'fewer than five results') expect(count, query).toBeGreaterThan(0);
        if (answer === 'fewer than five results') expect(count, query).toBeLessThan(5);
        if (answer === 'no result') expect(count).toBe(0);
        await context.close();
      });
    }
  }
});

test.describe('cost', () => {
  test('content pages load nothing for search, even when the header form is used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(localizedPath('guide/school-counseling', 'id'));
    await page.locator('header input[name="q"]').focus();
    await page.keyboard.type('guru');
    await page.waitForTimeout(300);
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

    const searchPages = new Set(locales.map(searchPath));
    const mentions = sitemapPaths().filter((path) => !searchPages.has(path) && readFileSync(fileFor(path)!, 'utf8').includes('/pagefind/'));
    expect(mentions).toEqual([]);
  });
});
