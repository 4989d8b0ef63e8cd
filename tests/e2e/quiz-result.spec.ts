import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { en } from '../../src/i18n/en';
import { id } from '../../src/i18n/id';
import { localizedPath, quizKeys, type QuizKey } from '../../src/i18n/routes';
import { openSections } from '../../src/islands/QuizRunner/notes';
import { evaluate } from '../../src/quiz/engine';
import { encodeShare } from '../../src/quiz/share';
import type { Answer, Evaluation } from '../../src/quiz/types';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';
import { completeAnswers } from '../support/quiz-cases';
import { pdfText } from '../support/pdf-text';
import { axeViolations, expect, test } from './fixtures';

/**
 * A result on a phone: what to do first on the first screen, the rest in parts a person opens,
 * urgent help once, and a missing answer that cannot be missed. The first question is the
 * build's HTML, and starting the island changes nothing on screen.
 */

const quizzes = new Map(quizKeys.map((key) => [key, quizSchema.parse(parseYaml(readFileSync(`content/quizzes/${key}.yaml`, 'utf8'))) as Quiz]));
const strings = { id, en };
const phone = { width: 360, height: 780 };

interface TypicalResult {
  name: string;
  quiz: QuizKey;
  /** The answers that make it; every other question on the path takes its mildest answer (as tests/quiz-cases.yaml does). */
  given: Record<string, Answer>;
}

/**
 * For each quiz, a common result without a caution and one with (the partnership quiz never asks
 * about substances, so each of its results carries the withdrawal caution), two with a red flag,
 * and with one or two of the visitor's circumstances: a section that stays open (violence) and one
 * that is a single line (pregnancy, under 18, gambling).
 */
const typical: TypicalResult[] = [
  { name: 'emotional strain, some impact', quiz: 'pathway-finder', given: { 'q-concern': ['emotional'], 'q-impact': 'some' } },
  { name: 'daily drinking, a lot of impact', quiz: 'pathway-finder', given: { 'q-concern': ['substances'], 'q-substances': ['alcohol'], 'q-impact': 'a-lot', 'q-frequency': 'daily' } },
  { name: 'injecting drugs', quiz: 'pathway-finder', given: { 'q-concern': ['substances'], 'q-substances': ['other'], 'q-red-flags': 'injecting' } },
  { name: 'under 18, weekly drinking', quiz: 'pathway-finder', given: { 'q-context': ['under-18'], 'q-concern': ['substances'], 'q-substances': ['alcohol'], 'q-frequency': 'weekly' } },
  { name: 'pregnant, violence at home, emotional strain', quiz: 'pathway-finder', given: { 'q-context': ['pregnant', 'violence-at-home'], 'q-concern': ['emotional'], 'q-impact': 'some' } },
  { name: 'weekly drinking', quiz: 'use-check', given: { 'q-about': 'alcohol', 'q-frequency': 'weekly' } },
  { name: 'drinking with loss of control', quiz: 'use-check', given: { 'q-about': 'alcohol', 'q-control': 'often', 'q-cutting-down': 'several-times', 'q-craving': 'often' } },
  { name: 'mixing sleeping pills with alcohol', quiz: 'use-check', given: { 'q-about': 'sedatives', 'q-risky': 'mixing' } },
  { name: 'pregnant, weekly drinking', quiz: 'use-check', given: { 'q-context': ['pregnant'], 'q-about': 'alcohol', 'q-frequency': 'weekly' } },
  { name: 'pregnant, violence at home, weekly drinking', quiz: 'use-check', given: { 'q-context': ['pregnant', 'violence-at-home'], 'q-about': 'alcohol', 'q-frequency': 'weekly' } },
  { name: 'a relative who drinks, health worse', quiz: 'helping-someone', given: { 'q-role': 'family', 'q-concern': ['substances'], 'q-substances': ['alcohol'], 'q-daily': 'clear', 'q-health': 'worse' } },
  { name: 'a relative who gambles, some impact', quiz: 'helping-someone', given: { 'q-role': 'family', 'q-concern': ['gambling'], 'q-daily': 'some' } },
  { name: 'a drinking child, health worse, violence at home', quiz: 'helping-someone', given: { 'q-role': 'parent', 'q-context': ['violence-at-home'], 'q-concern': ['substances'], 'q-substances': ['alcohol'], 'q-daily': 'clear', 'q-health': 'worse' } },
  { name: 'emotional strain', quiz: 'individual-or-group', given: { 'q-concern': ['emotional'] } },
  { name: 'substance use', quiz: 'individual-or-group', given: { 'q-concern': ['substance'] } },
  { name: 'under 18, hopeless, substance use', quiz: 'individual-or-group', given: { 'q-context': ['under-18', 'hopeless'], 'q-concern': ['substance'] } },
  { name: 'a group prepared for a crisis', quiz: 'partnership-readiness', given: { 'q-crisis': 'prepared' } },
  { name: 'a group unprepared for a crisis', quiz: 'partnership-readiness', given: { 'q-crisis': 'unprepared' } },
];

const urgentAnswers = [...quizzes.values()].map((quiz) => ({
  quiz: quiz.key as QuizKey,
  given: { [quiz.questions[0]!.id]: quiz.questions[0]!.options.find((o) => o.flags.includes('urgent'))!.id } as Record<string, Answer>,
}));

function resultPath(quizKey: QuizKey, given: Record<string, Answer>, locale: 'id' | 'en' = 'id') {
  const quiz = quizzes.get(quizKey)!;
  const answers = completeAnswers(quiz, given);
  return { path: localizedPath(`quiz/${quizKey}`, locale) + encodeShare(quiz, answers), result: evaluate(quiz, answers) };
}

/** Whether a result has anything to read first: a section about the visitor's circumstances or a caution. */
const readsFirst = (r: Evaluation) => r.sections.length > 0 || r.withdrawalCaution || r.harmReduction || r.opioidCaution || r.helperSupport || r.crisisProtocol;

/** Opens a result from its share link, in a fresh document so the fragment is read. */
async function openResult(page: Page, path: string) {
  await page.goto('about:blank');
  await page.goto(path);
  await expect(page.locator('.quiz-result')).toBeVisible();
}

for (const locale of ['id', 'en'] as const) {
  test(`on a 360 × 780 phone, a typical result holds the step, its main reason, the first steps and the plan link on the first screen (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    for (const { name, quiz, given } of typical) {
      const { path, result } = resultPath(quiz, given, locale);
      expect(result.urgent, name).toBe(false);
      await openResult(page, path);
      const bar = (await page.locator('.quick-exit-bar').boundingBox())!;
      expect((await page.locator('#quiz-result-title').boundingBox())!.y, name).toBeGreaterThanOrEqual(bar.y + bar.height);
      await expect(page.locator('.quiz-result__step'), name).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.quiz-result__reason'), name).toBeInViewport({ ratio: 1 });
      const plan = page.getByRole('link', { name: strings[locale]['quiz.makePlan'] });
      // The circumstances and cautions come before the first steps, in one box, each as one short line.
      await expect(page.locator('.quiz-cautions:visible'), name).toHaveCount(readsFirst(result) ? 1 : 0);
      for (const line of await page.locator('.quiz-cautions h3').all()) expect((await line.boundingBox())!.height, name).toBeLessThanOrEqual(60);
      if (result.sections.some((section) => openSections.includes(section))) {
        // A section about safety stays open, its contacts on the first screen; the rest follows it.
        await expect(page.locator('.quiz-context__contacts li').first(), name).toBeInViewport({ ratio: 1 });
        await expect(plan, name).toBeVisible();
      } else {
        for (const line of await page.locator('.quiz-cautions h3').all()) await expect(line, name).toBeInViewport({ ratio: 1 });
        await expect(page.locator('.quiz-first-steps li').first(), name).toBeInViewport();
        await expect(plan, name).toBeInViewport({ ratio: 1 });
      }
    }
    await context.close();
  });
}

test('urgent help appears once on every result: first on an urgent one, last on any other', async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  const results = [...typical.map(({ quiz, given }) => ({ quiz, given, urgent: false })), ...urgentAnswers.map((u) => ({ ...u, urgent: true }))];
  for (const { quiz, given, urgent } of results) {
    const { path } = resultPath(quiz, given);
    await openResult(page, path);
    const label = `${quiz} ${JSON.stringify(given)}`;
    await expect(page.locator('[data-urgent-help]:visible'), label).toHaveCount(1);
    // 112 once, in urgent help; a section about violence at home names it again, on purpose.
    await expect(page.locator('a[href="tel:112"]:not(.quiz-context a):visible'), label).toHaveCount(1);
    const box = page.locator('[data-urgent-help]');
    if (urgent) {
      await expect(box.locator('h3'), label).toBeFocused();
      await expect(box, label).toBeInViewport();
    } else {
      // Last on the result: after the first steps and every part that opens.
      const order = await page.evaluate(() => {
        const help = document.querySelector('[data-urgent-help]')!;
        return [...document.querySelectorAll('.quiz-first-steps, .quiz-disclosure')].every((part) => part.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(order, label).toBe(true);
    }
  }
  await context.close();
});

const contrast = (a: number[], b: number[]) => {
  const luminance = ([r, g, b]: number[]) => {
    const [lr, lg, lb] = [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a missing answer shows an error next to the question, styled, announced and focused (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, colorScheme });
    const page = await context.newPage();
    await page.goto(localizedPath('quiz/pathway-finder', 'id'));
    await page.locator('.quiz-step input[value="none"]').check();
    await page.locator('.quiz-step button[type=submit]').click();
    await expect(page.locator('.quiz-step input[name="q-context"]').first()).toBeAttached();
    // Nothing chosen; Next pressed where it sits, below the options.
    const next = page.locator('.quiz-step button[type=submit]');
    await next.scrollIntoViewIfNeeded();
    await next.click();
    const error = page.locator('.quiz-error');
    await expect(error).toBeFocused();
    await expect(error).toBeInViewport({ ratio: 1 });
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error).toContainText(id['quiz.chooseSome']);
    await expect(page.locator('.quiz-step fieldset')).toHaveAttribute('aria-describedby', (await error.getAttribute('id'))!);
    await expect(error.locator('.quiz-sign')).toBeVisible();
    const colours = await error.evaluate((element) => {
      const rgb = (value: string) => value.match(/\d+/g)!.slice(0, 3).map(Number);
      return { text: rgb(getComputedStyle(element).color), background: rgb(getComputedStyle(element).backgroundColor), body: rgb(getComputedStyle(document.body).color) };
    });
    expect(colours.text, 'not the body text colour').not.toEqual(colours.body);
    expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
    // Pressed again from elsewhere, by keyboard: the message comes back into focus.
    await page.keyboard.press('Tab');
    await expect(page.locator('.quiz-step input').first()).toBeFocused();
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(error).toBeFocused();
    await page.locator('.quiz-step input').first().check();
    await expect(error).toHaveCount(0);
    await expect(page.locator('.quiz-step fieldset')).not.toHaveAttribute('aria-describedby');
    await context.close();
  });
}

test('the parts of a result open and close by keyboard, and Tab meets the cautions before the plan', async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await openResult(page, resultPath('pathway-finder', { 'q-concern': ['substances'], 'q-substances': ['other'], 'q-red-flags': 'injecting' }).path);
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-caution="withdrawal"] button')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-section="harm-reduction"] button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-section="harm-reduction"] button')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText(id['quiz.harmReductionAlone'])).toBeVisible();
  // Opened, the section's own links come next, then the plan.
  const links = page.locator('[data-section="harm-reduction"] .quiz-disclosure__body a');
  await expect(links.first()).toBeVisible();
  for (let i = 0; i < (await links.count()); i++) {
    await page.keyboard.press('Tab');
    await expect(links.nth(i)).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Buat rencana saya' })).toBeFocused();

  const ladder = page.getByRole('heading', { name: id['quiz.onLadder'] });
  const toggle = ladder.getByRole('button');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const body = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
  await expect(body).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(body.locator('figure')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(body).toBeHidden();
  // "Why" starts open.
  await expect(page.getByRole('heading', { name: id['quiz.why'] }).getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`result states have no axe violations in ${colorScheme}: cautions closed, every part open, urgent`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, colorScheme });
    const page = await context.newPage();
    const check = async (state: string) => expect(await axeViolations(page, { contrastOnly: colorScheme === 'dark' }), state).toEqual([]);
    await openResult(page, resultPath('use-check', { 'q-about': 'sedatives', 'q-risky': 'mixing' }).path);
    await check('cautions closed');
    const closed = page.locator('.quiz-disclosure button[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    await check('every part open');
    await openResult(page, resultPath('helping-someone', urgentAnswers.find((u) => u.quiz === 'helping-someone')!.given).path);
    await check('urgent');
    await context.close();
  });
}

test('a printed result shows every part, open or not', async ({ page }) => {
  const quiz = quizzes.get('pathway-finder')!;
  const given = { 'q-concern': ['substances'], 'q-substances': ['other'], 'q-red-flags': 'injecting' };
  const { path, result } = resultPath('pathway-finder', given);
  await openResult(page, path);
  await expect(page.locator('.quiz-disclosure button[aria-expanded="false"]').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const printed = pdfText(await page.pdf({ format: 'A4' })).replace(/\s+/g, '');
  const outcome = quiz.outcomes.find((o) => o.key === result.outcome)!;
  const reasons = result.reasons.map(({ question, option }) => quiz.questions.find((q) => q.id === question)!.options.find((o) => o.id === option)!.reason.id);
  const expected = [
    // Other pills: the caution for pills of unknown content stands in for the general one.
    id['quiz.withdrawalTextPills'],
    id['quiz.harmReductionAlone'],
    outcome.firstSteps[0]!.id,
    outcome.summary.id,
    ...reasons,
    id['ladder.step4'],
    id['quiz.stepAbove'],
    id['quiz.approaches'],
    id['quiz.readNext'],
    'BNN Call Center 184',
  ];
  for (const text of expected) expect(printed, text).toContain(text.replace(/\s+/g, ''));
});

test.describe('the first question, drawn by the build', () => {
  // The island then starts only when touched, clicked, typed into or focused: not when the page is idle.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
  });

  test('is the page’s own HTML, and starting the island changes nothing on screen', async ({ page, request }) => {
    const path = localizedPath('quiz/use-check', 'en');
    const html = await (await request.get(path)).text();
    const built = /<div id="quiz-root" class="quiz-root">([\s\S]*?)<\/div><script type="application\/json"/.exec(html)?.[1];
    expect(built).toContain('type="radio"');
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    const root = page.locator('#quiz-root');
    // Where each part sits on the page (not on the screen, which focusing may scroll).
    const layout = () =>
      root.evaluate((element) =>
        [...element.querySelectorAll('h2, label, button')].map((e) => {
          const { left, top, width, height } = e.getBoundingClientRect();
          return [left + scrollX, top + scrollY, width, height];
        }),
      );
    const before = { markup: await root.innerHTML(), layout: await layout() };
    await expect(page.locator('#quiz-questionnaire')).not.toHaveAttribute('hidden');
    // Tabbing in starts the island; the focus stays where the visitor put it.
    await page.locator('.quiz-step input').first().focus();
    await expect(page.locator('#quiz-questionnaire')).toHaveAttribute('hidden');
    await expect(page.locator('.quiz-step input').first()).toBeFocused();
    expect({ markup: await root.innerHTML(), layout: await layout() }).toEqual(before);
    // Hydrating rewrites any text or element that differs from what the island draws: none did.
    const parsed = await page.evaluate((markup) => Object.assign(document.createElement('template'), { innerHTML: markup }).innerHTML, built!);
    expect(before.markup).toBe(parsed);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  });

  test('keeps a choice made before the island started, and a Next sent without a touch or key', async ({ page }) => {
    await page.goto(localizedPath('quiz/pathway-finder', 'id'));
    await page.locator('.quiz-step').evaluate((form: HTMLFormElement) => {
      form.querySelector<HTMLInputElement>('input[value="none"]')!.checked = true;
      form.requestSubmit();
    });
    await expect(page.locator('.quiz-step input[name="q-context"]').first()).toBeAttached();
    await expect(page.locator('.quiz-progress')).toHaveText(/^Pertanyaan 2 /);
    await expect(page).toHaveURL(localizedPath('quiz/pathway-finder', 'id'));
  });

  test('sent before any script runs, does nothing: no answer reaches the address bar', async ({ page }) => {
    await page.route('**/_astro/QuizBody*.js', (route) => route.abort());
    await page.goto(localizedPath('quiz/pathway-finder', 'id'));
    await page.locator('.quiz-step input[value="self-harm"]').check();
    await page.locator('.quiz-step button[type=submit]').click();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).search).toBe('');
    // The island never started: the paper questionnaire is still there below.
    await expect(page.locator('#quiz-questionnaire')).not.toHaveAttribute('hidden');
  });
});

test('without JavaScript the built first question stays out of the way of the paper questionnaire', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(localizedPath('quiz/helping-someone', 'en'));
  await expect(page.locator('#quiz-root')).toBeHidden();
  await expect(page.locator('#quiz-questionnaire')).toBeVisible();
  await context.close();
});
