import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { localizedPath, quizKeys, type QuizKey } from '../../src/i18n/routes';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';
import { axeViolations, expect, expectNothingStored, test, watch } from './fixtures';

const quizzes = quizKeys.map((key) => quizSchema.parse(parseYaml(readFileSync(`content/quizzes/${key}.yaml`, 'utf8'))) as Quiz);
const path = (quiz: Quiz, locale: 'id' | 'en') => localizedPath(`quiz/${quiz.key as QuizKey}`, locale);
const urgentAnswer = (quiz: Quiz) => {
  for (const question of quiz.questions) {
    const option = question.options.find((o) => o.flags.includes('urgent'));
    if (option) return { question: question.id, option: option.id };
  }
  return undefined;
};

/** Paths with a red flag: the answers that lead to the red-flag question, and the red flag itself. */
const redFlagPaths: { quiz: string; question: string; option: string; answers: Record<string, string> }[] = [
  { quiz: 'use-check', question: 'q-risky', option: 'sharing-equipment', answers: { 'q-about': 'drugs' } },
  { quiz: 'use-check', question: 'q-risky', option: 'mixing', answers: { 'q-about': 'alcohol' } },
  { quiz: 'pathway-finder', question: 'q-red-flags', option: 'injecting', answers: { 'q-concern': 'drugs' } },
];

/** Answers every question by keyboard only: Tab into the radio group, arrows to choose, Enter to go on. */
async function answerByKeyboard(page: Page, pick: (questionId: string) => number) {
  for (let guard = 0; guard < 40; guard++) {
    const radios = page.locator('.quiz-step input[type=radio]');
    if ((await radios.count()) === 0) return;
    const questionId = (await radios.first().getAttribute('name'))!;
    const heading = page.locator('.quiz-step legend h2');
    if (guard > 0) await expect(heading).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(radios.first()).toBeFocused();
    await page.keyboard.press('Space');
    for (let i = 0; i < pick(questionId); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator(`.quiz-step input[name="${questionId}"]`)).toHaveCount(0);
  }
}

/** Every rule in light; in dark only colour contrast, the one rule a colour scheme can change. */
async function expectNoAxeViolations(page: Page, state: string, colorScheme: 'light' | 'dark' = 'light') {
  expect(await axeViolations(page, { contrastOnly: colorScheme === 'dark' }), state).toEqual([]);
}

for (const quiz of quizzes) {
  for (const locale of ['id', 'en'] as const) {
    test.describe(`${quiz.key} (${locale})`, () => {
      test('can be completed by keyboard only, announcing progress and explaining the result', async ({ browser }) => {
        const context = await browser.newContext();
        const watched = await watch(context);
        const page = await context.newPage();
        await page.goto(path(quiz, locale));
        await expect(page.locator('#quiz-questionnaire')).toBeHidden();
        const progress = page.locator('.quiz-progress');
        await expect(progress).toHaveAttribute('aria-live', 'polite');
        await expect(progress).toHaveText(locale === 'id' ? /^Pertanyaan 1 dari \d+$/ : /^Question 1 of \d+$/);
        // Focus the skip link first so Tab order runs from the top of the page into the quiz.
        await page.locator('.quiz-step legend h2').focus();
        const urgent = urgentAnswer(quiz);
        const safeIndex = (questionId: string) => {
          const question = quiz.questions.find((q) => q.id === questionId)!;
          const index = question.options.findIndex((o) => !o.flags.includes('urgent'));
          return index < 0 ? 0 : index;
        };
        // The most severe non-urgent answer everywhere: the longest path through the quiz's logic.
        const lastSafeIndex = (questionId: string) => {
          const options = question(quiz, questionId).options;
          return options.map((o, i) => (o.flags.includes('urgent') ? -1 : i)).filter((i) => i >= 0).pop() ?? 0;
        };
        await answerByKeyboard(page, (questionId) => (questionId === urgent?.question ? safeIndex(questionId) : lastSafeIndex(questionId)));
        const result = page.locator('.quiz-result');
        await expect(result).toBeVisible();
        await expect(page.locator('#quiz-result-title')).toBeFocused();
        await expect(result.locator('.quiz-disclaimer')).toBeVisible();
        await expect(result.locator('[data-section="why"] li').first()).toBeVisible();
        expect(await result.locator('ol li').count()).toBeGreaterThan(1);
        await expect(result.locator('a[href^="tel:"]').first()).toBeVisible();
        await expect(page).toHaveURL(path(quiz, locale));
        await expectNothingStored(context);
        expect(watched.foreignRequests).toEqual([]);
        expect(watched.consoleErrors).toEqual([]);
        await context.close();
      });

      for (const danger of quiz.questions[0]!.options.filter((o) => o.flags.includes('urgent'))) {
        test(`a danger answer shows urgent help at once and moves focus to it: ${danger.id}`, async ({ page }) => {
          await page.goto(path(quiz, locale));
          await page.locator(`.quiz-step input[value="${danger.id}"]`).check();
          await page.locator('.quiz-step button[type=submit]').click();
          // No further question: the very next screen is the result, urgent help first and focused.
          await expect(page.locator('.quiz-step')).toHaveCount(0);
          const first = page.locator('.quiz-result > :is(div, p)').first();
          await expect(first).toHaveClass(/quiz-urgent/);
          await expect(first.locator('h3')).toBeFocused();
          await expect(first.locator('a[href="tel:112"]')).toBeVisible();
          await expect(page.locator('.quiz-level')).toHaveCount(0);
        });
      }

      for (const redFlag of redFlagPaths.filter((p) => p.quiz === quiz.key)) {
        test(`a red-flag answer shows the harm-reduction section: ${redFlag.question} ${redFlag.option}`, async ({ page }) => {
          await page.goto(path(quiz, locale));
          await finish(page, quiz, (q) => redFlag.answers[q.id] ?? (q.id === redFlag.question ? redFlag.option : safeOption(q)));
          const section = page.locator('[data-section="harm-reduction"]');
          await expect(section).toBeVisible();
          await expect(section.locator('h3')).toHaveText(locale === 'id' ? 'Yang bisa membuatnya lebih aman mulai hari ini' : 'What can make it safer, starting today');
          await expect(section.locator('li')).toHaveCount(5);
          await expect(page.locator('[data-caution="withdrawal"]')).toBeVisible();
        });
      }
    });
  }
}

const question = (quiz: Quiz, id: string) => quiz.questions.find((q) => q.id === id)!;

const pathway = quizzes.find((q) => q.key === 'pathway-finder')!;

type Question = Quiz['questions'][number];
const safeOption = (q: Question) => (q.options.find((o) => !o.flags.includes('urgent')) ?? q.options[0]!).id;

/** Answers each question with the option `choose` names, by clicking, until the result shows. */
async function finish(page: Page, quiz: Quiz, choose: (q: Question) => string, onStep?: (step: number) => Promise<void>) {
  await expect(page.locator('.quiz-step')).toBeVisible();
  for (let step = 0; step < 40 && (await page.locator('.quiz-step').count()); step++) {
    const questionId = (await page.locator('.quiz-step input[type=radio]').first().getAttribute('name'))!;
    await page.locator(`.quiz-step input[value="${choose(question(quiz, questionId))}"]`).check();
    await onStep?.(step);
    await page.locator('.quiz-step button[type=submit]').click();
    await expect(page.locator(`.quiz-step input[name="${questionId}"]`)).toHaveCount(0);
  }
  await expect(page.locator('.quiz-result')).toBeVisible();
}

test('a shared link reproduces the result in a fresh browser, then leaves the address bar', async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto(path(pathway, 'id'));
  await finish(page, pathway, safeOption);
  const title = await page.locator('#quiz-result-title').innerText();
  await page.getByRole('button', { name: 'Bagikan hasil' }).click();
  const link = await page.locator('#quiz-share-link').inputValue();
  expect(link).toMatch(/#v=\d+&a=[0-9a-z-]+$/);
  await expect(page.getByRole('link', { name: 'Kirim lewat WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/);
  await first.close();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('#quiz-result-title')).toHaveText(title);
  await expect(other).toHaveURL(path(pathway, 'id'));
  await fresh.close();
});

const hostile = [
  ['#v=999&a=000', 'versi kuis yang lebih lama', 'older version'],
  [`#v=${pathway.version}&a=zz`, 'tidak lengkap atau rusak', 'incomplete or damaged'],
  ['#<img src=x onerror=alert(1)>', 'tidak lengkap atau rusak', 'incomplete or damaged'],
  ['#javascript:alert(document.domain)', 'tidak lengkap atau rusak', 'incomplete or damaged'],
  [`#v=${pathway.version}&a=%E0%A4%A`, 'tidak lengkap atau rusak', 'incomplete or damaged'],
  [`#v=${pathway.version}&a=\u202E0000`, 'tidak lengkap atau rusak', 'incomplete or damaged'],
  [`#v=${pathway.version}&a=${'0'.repeat(3000)}`, 'terlalu panjang', 'too long'],
] as const;

for (const [fragment, idText, enText] of hostile) {
  test(`a hostile or damaged link gets a friendly message and a fresh start: ${fragment.slice(0, 40)}`, async ({ browser }) => {
    for (const locale of ['id', 'en'] as const) {
      const context = await browser.newContext();
      const watched = await watch(context);
      const page = await context.newPage();
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await page.goto(path(pathway, locale) + fragment);
      await expect(page.locator('.quiz-message')).toContainText(locale === 'id' ? idText : enText);
      await expect(page.locator('.quiz-step')).toBeVisible();
      await expect(page.locator('.quiz-progress')).toHaveText(/^(Pertanyaan|Question) 1 /);
      await expect(page).toHaveURL(path(pathway, locale));
      expect(await page.locator('main img').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(watched.consoleErrors).toEqual([]);
      await context.close();
    }
  });
}

test('a counselor’s note is plain text, cleaned, cut to 60 characters and marked as unverified', async ({ page }) => {
  const note = '<a href="javascript:alert(1)">Bu Sari</a>\u202E\u2066 ' + 'x'.repeat(500);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto(`${path(pathway, 'en')}#n=${encodeURIComponent(note)}`);
  const shown = page.locator('.quiz-note blockquote');
  const text = await shown.innerText();
  expect(text.startsWith('<a href="javascript:alert(1)">Bu Sari</a>')).toBe(true);
  expect([...text].length).toBeLessThanOrEqual(60);
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(await page.locator('.quiz-note a').count()).toBe(0);
  await expect(page.locator('.quiz-note')).toContainText('not by Jalan Pulih');
  await expect(page).toHaveURL(path(pathway, 'en'));
  expect(dialogs).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`quiz states have no axe violations in ${colorScheme}: start, middle, result, urgent`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    await page.goto(path(pathway, 'id'));
    await expectNoAxeViolations(page, 'start', colorScheme);
    await page.locator('.quiz-step button[type=submit]').click();
    await expect(page.locator('.quiz-error')).toBeVisible();
    await expectNoAxeViolations(page, 'missing answer', colorScheme);
    const urgent = urgentAnswer(pathway)!;
    await finish(
      page,
      pathway,
      (q) => (q.id === urgent.question ? urgent.option : safeOption(q)),
      async (step) => {
        if (step === 2) await expectNoAxeViolations(page, 'middle', colorScheme);
      },
    );
    await expect(page.locator('.quiz-result')).toBeVisible();
    await expectNoAxeViolations(page, 'result', colorScheme);
    await page.getByRole('button', { name: 'Bagikan hasil' }).click();
    await expectNoAxeViolations(page, 'sharing', colorScheme);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}

test('on a phone, the focused result title stops below the sticky quick-exit bar, not under it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(path(quizzes.find((q) => q.key === 'use-check')!, 'en'));
  for (let guard = 0; guard < 20; guard++) {
    const radios = page.locator('.quiz-step input[type=radio]');
    if ((await radios.count()) === 0) break;
    const question = await radios.first().getAttribute('name');
    // The last answer is the safe one in the safety question and the heaviest elsewhere: a long result.
    await radios.last().check();
    await page.locator('.quiz-step button[type=submit]').click();
    await expect(page.locator(`.quiz-step input[name="${question}"]`)).toHaveCount(0);
  }
  const title = page.locator('#quiz-result-title');
  await expect(title).toBeFocused();
  const bar = (await page.locator('.quick-exit-bar').boundingBox())!;
  expect((await title.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  await context.close();
});

test('without JavaScript the page is the whole questionnaire with scoring instructions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const quiz of quizzes) {
    await page.goto(path(quiz, 'id'));
    const questionnaire = page.locator('#quiz-questionnaire');
    await expect(questionnaire).toBeVisible();
    await expect(questionnaire.locator('.quiz-static__question')).toHaveCount(quiz.questions.length);
    await expect(questionnaire.getByRole('heading', { name: 'Cara menghitung', exact: true })).toBeVisible();
    await expect(questionnaire.locator('ol').last().locator('li')).toHaveCount(quiz.rules.length);
  }
  await context.close();
});

test('a result prints on one A4 page, even with urgent help and every reason shown', async ({ page }) => {
  for (const quiz of quizzes) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(path(quiz, 'id'));
    const urgent = urgentAnswer(quiz);
    // The last option everywhere tends to be the most severe: the longest list of reasons.
    await finish(page, quiz, (q) => (q.id === urgent?.question ? urgent.option : q.options[q.options.length - 1]!.id));
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages, quiz.key).toBe(1);
  }
});

test('after the page has loaded, taking and sharing a quiz makes no request at all', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(path(pathway, 'en'));
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await finish(page, pathway, safeOption);
  await page.getByRole('button', { name: 'Share the result' }).click();
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The link has been copied.' })).toBeVisible();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator('.quiz-step')).toBeVisible();
  expect(requests).toEqual([]);
});
