import type { Page } from '@playwright/test';
import { localizedPath } from '../../src/i18n/routes';
import { expect, expectNothingStored, test } from './fixtures';

/**
 * A stand-in for the browser's speechSynthesis, installed before any page script runs: it records
 * each utterance and lets the test finish one at a time. `voices` may arrive late, as on Chrome.
 */
async function stubSpeech(page: Page, voices: string[], { late = false } = {}) {
  await page.addInitScript(
    ({ voices, late }) => {
      const log: { text: string; lang: string; voice: string | undefined }[] = [];
      let list: { lang: string; name: string }[] = late ? [] : voices.map((lang) => ({ lang, name: lang }));
      let current: { onstart?: () => void; onend?: () => void } | undefined;
      const synth = Object.assign(new EventTarget(), {
        paused: false,
        cancelled: 0,
        getVoices: () => list,
        speak(u: { text: string; lang: string; voice?: { lang: string }; onstart?: () => void }) {
          log.push({ text: u.text, lang: u.lang, voice: u.voice?.lang });
          current = u;
          setTimeout(() => u.onstart?.(), 0);
        },
        pause() {
          synth.paused = true;
        },
        resume() {
          synth.paused = false;
        },
        cancel() {
          synth.cancelled++;
          current = undefined;
        },
      });
      class Utterance {
        lang = '';
        voice: unknown = null;
        constructor(public text: string) {}
      }
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      Object.assign(window, {
        spoken: log,
        finishUtterance: () => {
          const done = current;
          current = undefined;
          done?.onend?.();
        },
      });
      if (late) {
        setTimeout(() => {
          list = voices.map((lang) => ({ lang, name: lang }));
          synth.dispatchEvent(new Event('voiceschanged'));
        }, 300);
      }
    },
    { voices, late },
  );
}

type Spoken = { text: string; lang: string; voice: string | undefined }[];
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Spoken }).spoken);
const finishOne = (page: Page) => page.evaluate(() => (window as unknown as { finishUtterance: () => void }).finishUtterance());
const oneSentence = (text: string) => !/[.!?]\s+\S/.test(text.replace(/\b(ext|e\.g|i\.e|No)\.\s/g, ''));

const guideId = localizedPath('guide/handling-urges', 'id');
const guideEn = localizedPath('guide/handling-urges', 'en');

test('the Listen button stays hidden without a voice for the page’s language', async ({ page }) => {
  await stubSpeech(page, ['en-US', 'ms-MY']);
  await page.goto(guideId);
  await page.waitForTimeout(500);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dengarkan' })).toHaveCount(0);
});

test('the Listen button stays hidden when a late voice is of another language', async ({ page }) => {
  await stubSpeech(page, ['id-ID'], { late: true });
  await page.goto(guideEn);
  await page.waitForTimeout(600);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

test('a voice that arrives late shows the button, and reading goes one sentence at a time in the page’s language', async ({ page }) => {
  await stubSpeech(page, ['en-GB', 'id-ID'], { late: true });
  await page.goto(guideId);
  const listen = page.getByRole('button', { name: 'Dengarkan' });
  await expect(listen).toBeVisible();
  await listen.click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  for (let i = 0; i < 8; i++) await finishOne(page);
  const said = await spoken(page);
  expect(said.length).toBe(9);
  for (const utterance of said) {
    expect(utterance.lang).toBe('id-ID');
    expect(utterance.voice).toBe('id-ID');
    expect(oneSentence(utterance.text), utterance.text).toBe(true);
  }
  expect(said[0]!.text).toBe(await page.locator('h1').textContent());
  // The paragraph being read is marked, and it holds the sentence being said.
  const current = page.locator('.read-aloud-current');
  await expect(current).toHaveCount(1);
  expect((await current.textContent())!.replace(/\s+/g, ' ')).toContain(said[8]!.text);
});

test('pause, resume and stop work, and stop ends the reading', async ({ page, context }) => {
  await stubSpeech(page, ['en-US']);
  await page.goto(guideEn);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect(page.getByRole('button', { name: 'Listen' })).toBeHidden();
  const pause = page.getByRole('button', { name: 'Pause' });
  await expect(pause).toBeFocused();
  await pause.click();
  expect(await page.evaluate(() => window.speechSynthesis.paused)).toBe(true);
  await page.getByRole('button', { name: 'Resume' }).click();
  expect(await page.evaluate(() => window.speechSynthesis.paused)).toBe(false);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  const count = (await spoken(page)).length;
  await finishOne(page);
  expect((await spoken(page)).length).toBe(count);
  await expect(page.locator('.read-aloud-current')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Listen' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
  expect(requests).toEqual([]);
  await expectNothingStored(context);
});

test('on a quiz, Listen reads the question on screen; on an approach page, the page', async ({ page }) => {
  await stubSpeech(page, ['id-ID']);
  await page.goto(localizedPath('quiz/use-check', 'id'));
  await page.getByRole('button', { name: 'Dengarkan' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
  for (let i = 0; i < 3; i++) await finishOne(page);
  const question = (await page.locator('.quiz-step legend h2').first().textContent())!.replace(/\s+/g, ' ').trim();
  expect((await spoken(page)).map((u) => u.text)).toContain(question);
  await page.goto(localizedPath('approach/peer-support', 'id'));
  await expect(page.getByRole('button', { name: 'Dengarkan' })).toBeVisible();
});
