import { sitemapPaths } from '../support/dist';
import { axeViolations, expect, expectNothingStored, forget, test } from './fixtures';

/**
 * Every URL in the sitemap, as a phone visitor meets it at 320 px, in light and dark, and as a
 * visitor without JavaScript reads it. One tab per worker serves every page.
 */
for (const path of sitemapPaths()) {
  test(`${path} is sound at 320 px in light and dark, and readable without JavaScript`, async ({ phone, noScript }) => {
    const { page, context, watched } = phone;
    forget(watched);
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en/') ? 'en' : 'id');
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.title()).not.toBe('');
    expect(await axeViolations(page), 'light').toEqual([]);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);

    // Only colour contrast changes with the colour scheme, so dark mode re-runs just that rule.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, { contrastOnly: true }), 'dark').toEqual([]);

    await expectNothingStored(context);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.failedRequests).toEqual([]);

    await noScript.page.goto(path);
    await expect(noScript.page.locator('h1')).toBeVisible();
    expect((await noScript.page.locator('main').innerText()).length).toBeGreaterThan(150);
    await expect(noScript.page.locator('.quick-exit')).toHaveAttribute('rel', 'noreferrer');
  });
}
