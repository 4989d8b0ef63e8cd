import { neutralSiteUrl } from '../../src/components/QuickExit/neutral-site';
import { expect, test, watch } from './fixtures';

test.describe('language switcher', () => {
  for (const [from, to] of [
    ['/pendekatan/terapi-kelompok/', '/en/approaches/group-therapy/'],
    ['/en/guides/counseling-at-school/', '/panduan/konseling-di-sekolah/'],
    ['/', '/en/'],
    ['/bandingkan/konseling-individual-vs-terapi-kelompok/', '/en/compare/individual-counseling-vs-group-therapy/'],
  ]) {
    test(`goes from ${from} to its twin ${to}`, async ({ page }) => {
      await page.goto(from!);
      await page.locator('.lang-switch').click();
      await expect(page).toHaveURL(to!);
      await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveCount(1);
    });
  }
});

test.describe('quick exit', () => {
  /** The neutral site is answered locally so nothing leaves the machine. */
  test.beforeEach(async ({ context }) => {
    await context.route(`${neutralSiteUrl}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Cuaca</title><p>Cuaca</p>' }));
  });

  test('makes no request until used', async ({ browser }) => {
    const context = await browser.newContext();
    const watched = await watch(context);
    const page = await context.newPage();
    await page.goto('/tentang/');
    await page.waitForLoadState('networkidle');
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });

  test('by click replaces the page, and Back does not return to it', async ({ page }) => {
    await page.goto('/');
    await page.goto('/tentang/');
    await page.locator('.quick-exit').click();
    await expect(page).toHaveURL(neutralSiteUrl);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('by pressing Shift three times, announcing each press', async ({ page }) => {
    await page.goto('/');
    await page.goto('/en/privacy/');
    const status = page.locator('[data-quick-exit-status]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 2 more times to exit.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 1 more time to exit.');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(neutralSiteUrl);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('does not fire when Shift is used for typing', async ({ page }) => {
    await page.goto('/');
    await page.locator('#home-search').focus();
    await page.keyboard.type('AA NA', { delay: 20 });
    await page.keyboard.press('Shift');
    await page.keyboard.type('B');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL('/');
  });

  test('is early in the keyboard order and stays on screen while scrolling at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/panduan/membantu-orang-terdekat/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('.quick-exit')).toBeFocused();
    await page.mouse.wheel(0, 3000);
    const box = await page.locator('.quick-exit').boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThan(640);
    // Nothing is drawn on top of it.
    const onTop = await page.evaluate(() => {
      const link = document.querySelector('.quick-exit')!;
      const r = link.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return link.contains(hit);
    });
    expect(onTop).toBe(true);
  });
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/guides/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.locator('.quick-exit').evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, shadow: style.boxShadow };
  });
  expect(outline.shadow).not.toBe('none');
});

test('the header search form leads to the A–Z list without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/about/');
  await page.locator('#site-search').fill('group');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL('/en/search/?q=group');
  await expect(page.locator('main a', { hasText: 'Group therapy' }).first()).toBeVisible();
  await context.close();
});

test('unknown addresses get the 404 page in each language', async ({ page }) => {
  const id = await page.goto('/tidak-ada/');
  expect(id?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Halaman tidak ditemukan');
  await page.goto('/en/404/');
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the main navigation marks the section of the current page', async ({ page }) => {
  await page.goto('/pendekatan/rehabilitasi/');
  await expect(page.locator('nav[aria-label="Navigasi utama"] a[aria-current="page"]')).toHaveText('Pendekatan');
  await page.goto('/en/quizzes/checking-my-use/');
  await expect(page.locator('nav[aria-label="Main navigation"] a[aria-current="page"]')).toHaveText('Quizzes');
});
