import { expect, test, watch } from './fixtures';

/** `npm start` serves the production build with Astro's preview server, no nginx needed. */
test('npm start serves both languages, a quiz island and search', async ({ context, page }) => {
  const watched = await watch(context);
  for (const [path, lang] of [['/', 'id'], ['/en/', 'en']] as const) {
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
  await page.goto('/kuis/dukungan-apa-yang-cocok/');
  await expect(page.locator('.quiz-step legend h2')).toBeVisible();
  await page.goto('/cari/?q=judi');
  await expect(page.locator('.search-status')).toHaveAttribute('data-state', 'done');
  expect(watched.foreignRequests).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});
