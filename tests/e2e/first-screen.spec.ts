import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { localizedPath, type RouteKey } from '../../src/i18n/routes';

/** One page of every kind: the h1 must start on a phone's first screen, under a compact header. */
const pageKinds: RouteKey[] = [
  'home',
  'approaches',
  'approach/individual-counseling',
  'compare',
  'compare/individual-counseling/group-therapy',
  'guides',
  'guide/rehabilitation-rights',
  'quizzes',
  'quiz/use-check',
  'hub/schools',
  'help',
  'glossary',
  'about',
  'search',
  'handout/guide/helping-someone',
];
const firstScreenLimit = 230;
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const locale of ['id', 'en'] as const) {
  test(`on a 360 px phone the heading of every page kind starts within ${firstScreenLimit} px (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const key of pageKinds) {
      const path = localizedPath(key, locale);
      await page.goto(path);
      const top = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top);
      expect(top, path).toBeLessThanOrEqual(firstScreenLimit);
      await expect(page.locator('.quick-exit'), path).toBeInViewport();
    }
    await context.close();
  });
}

test('the compact header keeps quick exit first, urgent help on screen and the navigation reachable', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(localizedPath('guide/helping-someone', 'id'));
  // Quick exit is the first thing a keyboard reaches after the skip link.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('.quick-exit')).toBeFocused();
  // The search form gives way to a link on a phone; the search page has its own form.
  await expect(page.locator('.site-header form[role="search"]')).toBeHidden();
  await expect(page.locator('.site-header a.search-link')).toHaveAttribute('href', localizedPath('search', 'id'));
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('link')).toHaveCount(6);
  await expect(nav.getByRole('link', { name: 'Bantuan segera' })).toBeInViewport();
  // The row scrolls sideways, and says so: an arrow at its edge over the cut-off item.
  const row = nav.locator('ul');
  expect(await row.evaluate((ul) => ul.scrollWidth > ul.clientWidth)).toBe(true);
  expect(await nav.evaluate((n) => getComputedStyle(n, '::after').content)).toBe('"›"');
  // Every link of the row can be reached with the keyboard and comes wholly into view; the arrow
  // steps aside while the row has the focus.
  for (const name of ['Kuis', 'Sekolah & kerja']) {
    await nav.getByRole('link', { name }).focus();
    await expect(nav.getByRole('link', { name })).toBeInViewport({ ratio: 1 });
    expect(await nav.evaluate((n) => getComputedStyle(n, '::after').visibility)).toBe('hidden');
  }
  // Quick exit stays on screen after scrolling.
  await page.mouse.wheel(0, 1500);
  await expect(page.locator('.quick-exit')).toBeInViewport();
  await context.close();
});

test('the header is axe clean and fits 320 px in light and dark; wide screens keep the search form', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [320, 360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 740 }, colorScheme });
      const page = await context.newPage();
      await page.goto(localizedPath('guide/rehabilitation-rights', 'en'));
      const axe = await new AxeBuilder({ page }).include('header').include('.quick-exit-bar').withTags(wcag).analyze();
      expect(axe.violations.map((v) => v.id), `${width} ${colorScheme}`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} ${colorScheme}`).toBeLessThanOrEqual(0);
      if (width === 1280) await expect(page.locator('.site-header form[role="search"]')).toBeVisible();
      await context.close();
    }
  }
});
