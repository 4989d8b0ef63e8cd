import type { Page } from '@playwright/test';
import { localizedPath } from '../../src/i18n/routes';
import { midWordBreaks } from '../support/mid-word-breaks';
import { expect, test } from './fixtures';

/**
 * 200 % text on a 360 px phone, as a visitor who enlarges the text meets the site: the root font
 * size doubled, which every size in rem follows (as the browser's text-size setting does).
 */
const phone = { width: 360, height: 780 };
// The width of a line of text on this phone at the usual 16 px side margins; a word wider than
// 80 % of it counts as long (see midWordBreaks).
const longWord = 0.8 * (phone.width - 32);

const doubleText = (page: Page) => page.evaluate(() => (document.documentElement.style.fontSize = '200%'));

async function answerToResult(page: Page) {
  for (let guard = 0; guard < 30; guard++) {
    const options = page.locator('.quiz-step input[type=radio], .quiz-step input[type=checkbox]');
    if ((await options.count()) === 0) break;
    // The last answer of each question: "none of these" on the safety and context questions.
    await options.last().check();
    await page.locator('.quiz-step button[type=submit]').click();
  }
  await expect(page.locator('.quiz-result')).toBeVisible();
}

for (const locale of ['id', 'en'] as const) {
  test(`at 200 % text no word breaks in the middle on the home page (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(localizedPath('home', locale));
    await doubleText(page);
    expect(await page.evaluate(midWordBreaks, longWord)).toEqual([]);
    // The navigation wraps instead of scrolling sideways: every link, urgent help first, is whole on screen.
    const cutOff = await page.locator('.site-nav a').evaluateAll((links) =>
      links.filter((a) => { const box = a.getBoundingClientRect(); return box.left < 0 || box.right > innerWidth; }).map((a) => a.textContent),
    );
    expect(cutOff).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test(`at 200 % text no word breaks in the middle on a quiz result (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(localizedPath('quiz/use-check', locale));
    await answerToResult(page);
    const ladder = () =>
      page.locator('.quiz-ladder__figure').evaluate((figure) => ({
        label: parseFloat(getComputedStyle(figure.querySelector('.quiz-ladder__urgent')!).fontSize),
        step: parseFloat(getComputedStyle(figure.querySelector('.quiz-ladder__stair')!).fontSize),
      }));
    const normal = await ladder();
    await doubleText(page);
    expect(await page.evaluate(midWordBreaks, longWord)).toEqual([]);
    // The result's ladder grows with the text, as its list does.
    const doubled = await ladder();
    expect(doubled.label / normal.label).toBeCloseTo(2, 1);
    expect(doubled.step / normal.step).toBeCloseTo(2, 1);
    // The main reason is shown whole, never cut off.
    expect(await page.locator('.quiz-result__reason').evaluate((p) => p.scrollHeight - p.clientHeight)).toBeLessThanOrEqual(1);
    await context.close();
  });
}

test('the check finds a word broken in the middle', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.setContent('<html lang="id"><body><p style="width:6em;overflow-wrap:anywhere;font-size:20px">Penyalahgunaan dukungan pemulihan</p></body></html>');
  expect(await page.evaluate(midWordBreaks, longWord)).not.toEqual([]);
  await page.setContent('<html lang="id"><body><p style="width:10em;font-size:20px">Satu dua tiga empat lima enam tujuh</p></body></html>');
  expect(await page.evaluate(midWordBreaks, longWord)).toEqual([]);
});

test('the ladder figure and its labels grow with the text', async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await page.goto(localizedPath('home', 'id'));
  const sizes = () =>
    page.locator('.ladder__figure').evaluate((figure) => ({
      label: parseFloat(getComputedStyle(figure.querySelector('.ladder__urgent-bar')!).fontSize),
      step: parseFloat(getComputedStyle(figure.querySelector('.ladder__stair')!).fontSize),
      height: figure.getBoundingClientRect().height,
    }));
  const normal = await sizes();
  await doubleText(page);
  const doubled = await sizes();
  expect(doubled.label / normal.label).toBeCloseTo(2, 1);
  expect(doubled.step / normal.step).toBeCloseTo(2, 1);
  expect(doubled.height).toBeGreaterThan(1.6 * normal.height);
  // The label still fits its bar: nothing spills out sideways.
  expect(await page.locator('.ladder__urgent-bar').evaluate((bar) => bar.scrollWidth - bar.clientWidth)).toBeLessThanOrEqual(0);
  await context.close();
});
