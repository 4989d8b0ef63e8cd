import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { localizedPath } from '../../src/i18n/routes';
import { fallbackHeight } from '../../src/embed/snippet';
import { expect, test, watch } from './fixtures';

/** The public address the build was made for: the embed code names it. */
const site = new URL(process.env.SITE_URL ?? 'https://jalanpulih.id/');

/** Another site, served for real on 127.0.0.1 (not localhost, so the frame is cross-origin). */
async function hostSite(body: () => string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="id"><title>Sekolah</title><h1>Kuis untuk siswa</h1>${body()}<p>Kaki halaman sekolah.</p></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

const frameHeight = (page: Page) => page.locator('iframe').evaluate((frame) => frame.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** What the quiz focused (a question, the result) is on the host's screen: the frame itself never scrolls. */
async function expectFocusInView(page: Page) {
  const viewport = page.viewportSize()!;
  await expect
    .poll(async () => {
      const box = await page.frameLocator('iframe').locator(':focus').boundingBox();
      return box !== null && box.y >= 0 && box.y + Math.min(box.height, 100) <= viewport.height;
    }, { timeout: 10_000 })
    .toBe(true);
}

/**
 * The frame fits what it shows: as tall as its page, so nothing scrolls inside it. Both are read
 * together until they hold: the page's height changes on its own after a first fit (the quiz starts
 * once the browser is idle), and the frame follows one message later.
 */
async function expectFitted(page: Page, frame: Frame) {
  const misfit = async () => {
    const gap = Math.abs((await frameHeight(page)) - (await contentHeight(frame)));
    const scrollsInside = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
    return Math.max(gap, scrollsInside);
  };
  await expect.poll(misfit, { timeout: 10_000 }).toBeLessThanOrEqual(1);
}

test('the embed code from the schools hub sizes its frame to the quiz as it advances and at the result', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const watched = await watch(context);
  const page = await context.newPage();
  // The exact code the hub gives, pointed at the server under test instead of the public address.
  await page.goto(localizedPath('hub/schools', 'id'));
  const code = (await page.locator('pre#embed-pathway-finder').textContent())!;
  expect(code).toContain(`event.origin !== "${site.origin}"`);
  const ours = new URL(baseURL!).origin;
  const { url, server } = await hostSite(() => code.replaceAll(site.origin, ours));
  try {
    await page.goto(url);
    await expect(page.frameLocator('iframe').locator('#quiz-root fieldset').first()).toBeVisible();
    const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
    await expectFitted(page, frame);
    const heights = [await frameHeight(page)];
    expect(heights[0]).not.toBe(fallbackHeight);

    // Question after question, then the result: the frame follows.
    for (let guard = 0; guard < 30; guard++) {
      // The last answer of each question, a radio or a checkbox ("none of these" on the context question).
      const options = page.frameLocator('iframe').locator('.quiz-step input[type=radio], .quiz-step input[type=checkbox]');
      if ((await options.count()) === 0) break;
      await options.last().check();
      await page.frameLocator('iframe').locator('.quiz-step button[type=submit]').click();
      await expectFitted(page, frame);
      await expectFocusInView(page);
      heights.push(await frameHeight(page));
    }
    await expect(page.frameLocator('iframe').locator('.quiz-result')).toBeVisible();
    await expectFitted(page, frame);
    await expect(page.frameLocator('iframe').locator('#quiz-result-title')).toBeFocused();
    await expectFocusInView(page);
    const result = await frameHeight(page);
    expect(new Set(heights).size, `heights: ${heights.join(', ')}`).toBeGreaterThan(1);
    expect(result).toBeGreaterThan(heights[0]!);

    // A message that does not come from our frame changes nothing.
    await page.evaluate(() => window.postMessage({ type: 'jalan-pulih:height', height: 400 }, '*'));
    await page.waitForTimeout(200);
    expect(await frameHeight(page)).toBe(result);
  } finally {
    server.close();
  }
  expect(watched.foreignRequests).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
  await context.close();
});

test('a frame pasted without the script keeps its own height and still works, scrolling inside', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const src = new URL(localizedPath('embed/use-check', 'en'), baseURL).href;
  const { url, server } = await hostSite(() => `<iframe src="${src}" title="quiz" width="100%" height="${fallbackHeight}" style="border:0"></iframe>`);
  try {
    await page.goto(url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('#quiz-root fieldset').first()).toBeVisible();
    expect(await frameHeight(page)).toBe(fallbackHeight);
    // Smaller than a phone's screen, so the host page around it can still be scrolled; the quiz
    // scrolls inside it and can be answered.
    expect(fallbackHeight).toBeLessThan(800);
    await frame.locator('.quiz-step input[type=radio]').last().check();
    await frame.locator('.quiz-step button[type=submit]').click();
    await expect(frame.locator('.quiz-progress')).toContainText('2');
    expect(await frameHeight(page)).toBe(fallbackHeight);
  } finally {
    server.close();
  }
  await context.close();
});
