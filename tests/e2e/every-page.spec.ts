import AxeBuilder from '@axe-core/playwright';
import { expect, expectNothingStored, test, watch } from './fixtures';
import { sitemapPaths } from '../support/dist';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every URL in the sitemap, checked as a phone visitor would meet it, in light and dark. */
for (const path of sitemapPaths()) {
  test(`${path} is sound in light and dark at 320 px`, async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 320, height: 720 }, colorScheme });
      const watched = await watch(context);
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status(), colorScheme).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en/') ? 'en' : 'id');
      await expect(page.locator('h1')).toHaveCount(1);

      // Only colour contrast changes with the colour scheme, so dark mode re-runs just that rule.
      const builder = new AxeBuilder({ page }).withTags(wcag);
      const axe = await (colorScheme === 'light' ? builder : builder.withRules(['color-contrast'])).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll in ${colorScheme}`).toBeLessThanOrEqual(0);

      await expectNothingStored(context);
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      await context.close();
    }
  });

  test(`${path} is readable without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(150);
    await expect(page.locator('.quick-exit')).toHaveAttribute('rel', 'noreferrer');
    await context.close();
  });
}
