import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { localizedPath, quizKeys, type QuizKey } from '../../src/i18n/routes';
import { openSections } from '../../src/islands/QuizRunner/notes';
import { longestPath } from '../../src/quiz/length';
import type { ContextSection } from '../../src/quiz/types';
import { encodeShare } from '../../src/quiz/share';
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
const redFlagPaths: { quiz: string; question: string; option: string; answers: Record<string, string | string[]> }[] = [
  { quiz: 'use-check', question: 'q-risky', option: 'sharing-equipment', answers: { 'q-about': 'opioids' } },
  { quiz: 'use-check', question: 'q-risky', option: 'mixing', answers: { 'q-about': 'alcohol' } },
  { quiz: 'pathway-finder', question: 'q-red-flags', option: 'injecting', answers: { 'q-concern': ['substances'], 'q-substances': ['opioids'] } },
];

/** Tabs forward until the question's submit button has focus: the keyboard way to go on from checkboxes. */
async function tabToSubmit(page: Page) {
  for (let i = 0; i < 20 && !(await page.locator('.quiz-step button[type=submit]').evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(page.locator('.quiz-step button[type=submit]')).toBeFocused();
}

/**
 * Answers every question by keyboard only: for one choice, Tab into the radio group, arrows to
 * choose, Enter to go on; for "choose all that apply", Tab to the answer, Space to tick it, Tab on
 * to the button and Enter.
 */
async function answerByKeyboard(page: Page, pick: (questionId: string) => number) {
  for (let guard = 0; guard < 40; guard++) {
    const inputs = page.locator('.quiz-step input');
    if ((await inputs.count()) === 0) return;
    const questionId = (await inputs.first().getAttribute('name'))!;
    const heading = page.locator('.quiz-step legend h2');
    if (guard > 0) await expect(heading).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(inputs.first()).toBeFocused();
    if ((await inputs.first().getAttribute('type')) === 'checkbox') {
      for (let i = 0; i < pick(questionId); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await expect(inputs.nth(pick(questionId))).toBeChecked();
      await tabToSubmit(page);
    } else {
      await page.keyboard.press('Space');
      for (let i = 0; i < pick(questionId); i++) await page.keyboard.press('ArrowDown');
    }
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
        await expect(progress).toHaveText(locale === 'id' ? `Pertanyaan 1 dari sekitar ${longestPath(quiz)}` : `Question 1 of about ${longestPath(quiz)}`);
        // Focus the skip link first so Tab order runs from the top of the page into the quiz.
        await page.locator('.quiz-step legend h2').focus();
        const urgent = urgentAnswer(quiz);
        const safeIndex = (questionId: string) => {
          const question = quiz.questions.find((q) => q.id === questionId)!;
          const index = question.options.findIndex((o) => !o.flags.includes('urgent'));
          return index < 0 ? 0 : index;
        };
        // The most severe non-urgent answer everywhere: a long path through the quiz's logic ("none of these" where one may tick several).
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
        await expect(result.locator('[data-urgent-help] a[href^="tel:"]').first()).toBeVisible();
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
          // One line on the first screen, that opens to the whole section.
          await section.locator('h3 button').click();
          await expect(section.locator('ul').first().locator('li')).toHaveCount(5);
          await expect(section.locator('.quiz-context__links a').first()).toBeVisible();
          await expect(page.locator('[data-caution="withdrawal"]')).toBeVisible();
        });
      }
    });
  }
}

const question = (quiz: Quiz, id: string) => quiz.questions.find((q) => q.id === id)!;

const pathway = quizzes.find((q) => q.key === 'pathway-finder')!;

type Question = Quiz['questions'][number];
/** The mildest answer: the first that is not a danger answer, or "none of these" where one may tick several. */
const safeOption = (q: Question) => (q.multiple ? (q.options.find((o) => o.exclusive) ?? q.options[0]!) : (q.options.find((o) => !o.flags.includes('urgent')) ?? q.options[0]!)).id;

/** Answers each question with the option(s) `choose` names, by clicking, until the result shows. */
async function finish(page: Page, quiz: Quiz, choose: (q: Question) => string | string[], onStep?: (step: number) => Promise<void>) {
  await expect(page.locator('.quiz-step')).toBeVisible();
  for (let step = 0; step < 40 && (await page.locator('.quiz-step').count()); step++) {
    const questionId = (await page.locator('.quiz-step input').first().getAttribute('name'))!;
    for (const id of [choose(question(quiz, questionId))].flat()) await page.locator(`.quiz-step input[value="${id}"]`).check();
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
    const inputs = page.locator('.quiz-step input');
    if ((await inputs.count()) === 0) break;
    const question = await inputs.first().getAttribute('name');
    // The last answer is the safe one in the safety question and the heaviest elsewhere: a long result.
    await inputs.last().check();
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
    // How to score comes first, in sentences, then the questions.
    const scoring = questionnaire.getByRole('heading', { name: 'Cara menghitung', exact: true });
    await expect(scoring).toBeVisible();
    const order = await questionnaire.evaluate((root) => {
      const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent);
      return { scoring: headings.indexOf('Cara menghitung'), questions: headings.indexOf('Pertanyaan') };
    });
    expect(order.scoring).toBeGreaterThanOrEqual(0);
    expect(order.scoring).toBeLessThan(order.questions);
    await expect(questionnaire.locator('.quiz-static__how')).toContainText('Langkah Anda');
    for (const line of quiz.steps) await expect(questionnaire.locator('.quiz-static__how')).toContainText(`langkah ${line.step}`);
    // The scoring runs long on a phone: one link near the top goes past it to the first question.
    await questionnaire.getByRole('link', { name: 'Langsung ke pertanyaan' }).click();
    await expect(questionnaire.getByRole('heading', { name: 'Pertanyaan', exact: true })).toBeInViewport();
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

/** Each circumstance, ticked alone, with the mildest answers elsewhere: its own section comes first in the result. */
const contextCases: { quiz: string; answers: Record<string, string | string[]>; section: string; heading: { id: string; en: string } }[] = [
  { quiz: 'pathway-finder', answers: { 'q-context': ['pregnant'], 'q-concern': ['substances'], 'q-substances': ['stimulants'] }, section: 'pregnancy', heading: { id: 'Karena Anda sedang hamil', en: 'Because you are pregnant' } },
  { quiz: 'pathway-finder', answers: { 'q-context': ['under-18'], 'q-concern': ['substances'], 'q-substances': ['alcohol'] }, section: 'under-18', heading: { id: 'Karena usiamu di bawah 18 tahun', en: 'Because you are under 18' } },
  { quiz: 'pathway-finder', answers: { 'q-context': ['violence-at-home'], 'q-concern': ['emotional'] }, section: 'violence', heading: { id: 'Keselamatan lebih dulu', en: 'Safety first' } },
  { quiz: 'pathway-finder', answers: { 'q-context': ['hopeless'], 'q-concern': ['gambling'] }, section: 'hopelessness', heading: { id: 'Jika Anda merasa putus asa', en: 'If you feel hopeless' } },
  { quiz: 'helping-someone', answers: { 'q-role': 'child', 'q-concern': ['substances'], 'q-substances': ['alcohol'] }, section: 'child-helper', heading: { id: 'Untukmu, anak atau remaja yang membaca ini', en: 'For you, the child or teenager reading this' } },
  { quiz: 'helping-someone', answers: { 'q-role': 'family', 'q-context': ['violence-at-home'], 'q-concern': ['substances'], 'q-substances': ['alcohol'] }, section: 'violence', heading: { id: 'Keselamatan lebih dulu', en: 'Safety first' } },
];

for (const c of contextCases) {
  for (const locale of ['id', 'en'] as const) {
    test(`a circumstance shows its own section first, and Tab reaches it first: ${c.quiz} ${c.section} (${locale})`, async ({ page }) => {
      const quiz = quizzes.find((q) => q.key === c.quiz)!;
      await page.goto(path(quiz, locale));
      await finish(page, quiz, (q) => c.answers[q.id] ?? safeOption(q));
      await expect(page.locator('#quiz-result-title')).toBeFocused();
      // Right after the title (no urgent help here): the box to read first, the circumstances first in it, this one first.
      const afterTitle = page.locator('.quiz-result > :not(header)').first();
      await expect(afterTitle).toHaveClass(/quiz-cautions/);
      await expect(afterTitle.locator('> *').first()).toHaveClass(/quiz-context/);
      const section = afterTitle.locator('.quiz-context__section').first();
      await expect(section).toHaveAttribute('data-context', c.section);
      await expect(section.locator('h3')).toHaveText(c.heading[locale]);
      await page.keyboard.press('Tab');
      expect(await section.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      // Safety's sections show their contacts without a tap; the others are one line that opens.
      const toggle = section.locator('h3 button');
      if (openSections.includes(c.section as ContextSection)) {
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await expect(section.locator('.quiz-context__contacts a').first()).toBeVisible();
      } else {
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await expect(section.locator('p').first()).toBeHidden();
        await page.keyboard.press('Enter');
        await expect(section.locator('p').first()).toBeVisible();
      }
      await expect(page.locator('.quiz-disclaimer')).toContainText(locale === 'id' ? 'saran sementara' : 'provisional suggestion');
    });
  }
}

// 119 alone reaches the ambulance line: SEJIWA in the notes says, beside its number, to choose extension 8.
for (const locale of ['id', 'en'] as const) {
  test(`SEJIWA in the notes says how to reach it: 119, then extension 8 (${locale})`, async ({ page }) => {
    const quiz = quizzes.find((q) => q.key === 'pathway-finder')!;
    await page.goto(path(quiz, locale));
    await finish(page, quiz, (q) => ({ 'q-context': ['hopeless'], 'q-concern': ['emotional'] })[q.id] ?? safeOption(q));
    const sejiwa = page.locator('[data-context="hopelessness"] .quiz-context__contacts li', { hasText: 'SEJIWA' });
    await expect(sejiwa).toContainText('119 ext. 8');
    await expect(sejiwa.locator('a[href="tel:119"]')).toBeVisible();
    await expect(sejiwa).toContainText(locale === 'id' ? 'Setelah tersambung, pilih ekstensi 8.' : 'Once connected, choose extension 8.');
  });
}

test('a helper who feels hopeless reads their own support first, before the circumstances of the person they worry about', async ({ page }) => {
  const quiz = quizzes.find((q) => q.key === 'helping-someone')!;
  await page.goto(path(quiz, 'en'));
  const answers: Record<string, string | string[]> = { 'q-role': 'family', 'q-context': ['violence-at-home'], 'q-concern': ['substances'], 'q-substances': ['alcohol'], 'q-you': 'hopeless' };
  await finish(page, quiz, (q) => answers[q.id] ?? safeOption(q));
  // What to read first, after the title: the helper's own support, then the person's circumstances.
  const first = page.locator('.quiz-cautions > *');
  await expect(first.first()).toHaveAttribute('data-section', 'helper-support');
  await expect(first.first()).toContainText('119 ext. 8');
  await expect(first.nth(1)).toHaveClass(/quiz-context/);
});

test('the opioid section is on every opioid result, at any step, after the safety notes and before the first steps', async ({ page }) => {
  const quiz = quizzes.find((q) => q.key === 'pathway-finder')!;
  await page.goto(path(quiz, 'en'));
  await finish(page, quiz, (q) => ({ 'q-concern': ['substances'], 'q-substances': ['opioids'] })[q.id] ?? safeOption(q));
  const section = page.locator('[data-section="opioids"]');
  await expect(section).toContainText('PTRM');
  await expect(section).toContainText('tolerance drops');
  await expect(section).toContainText('Never use alone');
  await expect(page.locator('[data-context]')).toHaveCount(0);
});

test('a child whose parent uses opioids reads the opioid section in a child\'s words, without the methadone advice', async ({ page }) => {
  const quiz = quizzes.find((q) => q.key === 'helping-someone')!;
  await page.goto(path(quiz, 'id'));
  await finish(page, quiz, (q) => ({ 'q-role': 'child', 'q-concern': ['substances'], 'q-substances': ['opioids'] })[q.id] ?? safeOption(q));
  const section = page.locator('[data-section="opioids"]');
  await expect(section).toContainText('Bila orang tua atau saudaramu memakai opioid');
  await expect(section).toContainText('segera telepon 119 atau 112');
  await expect(section).not.toContainText('metadon');
});

test('a child whose parent injects reads harm reduction in a child\'s words, without the adult guide or the tasks of an adult', async ({ page }) => {
  const quiz = quizzes.find((q) => q.key === 'helping-someone')!;
  await page.goto(path(quiz, 'id'));
  const answers: Record<string, string | string[]> = { 'q-role': 'child', 'q-concern': ['substances'], 'q-substances': ['opioids'], 'q-red-flags': 'injecting' };
  await finish(page, quiz, (q) => answers[q.id] ?? safeOption(q));
  const section = page.locator('[data-section="harm-reduction"]');
  await expect(section).toContainText('Bila yang dilakukan orang tua atau saudaramu berbahaya');
  await expect(section).toContainText('Bukan tugasmu untuk membuatnya lebih aman');
  await expect(section).not.toContainText('Mintalah ia tidak memakai sendirian');
  await expect(section.locator('a[href*="mengurangi-risiko"]')).toHaveCount(0);
  await expect(page.locator('[data-section="opioids"] a[href*="terapi-dengan-obat"], [data-section="opioids"] a[href*="mengurangi-risiko"]')).toHaveCount(0);
});

test('"choose all that apply" by keyboard: Tab between answers, Space ticks, "none of these" clears the others', async ({ page }) => {
  const quiz = quizzes.find((q) => q.key === 'pathway-finder')!;
  await page.goto(path(quiz, 'en'));
  await page.locator('.quiz-step input[value="none"]').check();
  await page.locator('.quiz-step button[type=submit]').click();
  const heading = page.locator('.quiz-step legend h2');
  await expect(heading).toHaveText('Does any of this apply to you?');
  await expect(heading).toBeFocused();
  await expect(page.locator('.quiz-progress')).toHaveText(`Question 2 of about ${longestPath(quiz)}`);
  const boxes = page.locator('.quiz-step input[type=checkbox]');
  await expect(boxes).toHaveCount(5);
  // Every answer is a labelled checkbox in the question's fieldset.
  for (const box of await boxes.all()) await expect(box).toHaveAccessibleName(/.+/);
  await expect(page.getByRole('group', { name: 'Does any of this apply to you?' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(boxes.nth(0)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  // "None of these" clears the others, and ticking another clears it.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(boxes.nth(4)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(boxes.nth(4)).toBeChecked();
  await expect(boxes.nth(0)).not.toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(boxes.nth(3)).toBeChecked();
  await expect(boxes.nth(4)).not.toBeChecked();
  await tabToSubmit(page);
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('What would you like help with?');
  await expect(heading).toBeFocused();
  // Nothing ticked: a clear error, no step forward.
  await page.locator('.quiz-step button[type=submit]').click();
  await expect(page.locator('.quiz-error')).toHaveText('Please note: Choose at least one answer to go on.');
});

test('a link from the earlier version opens with a friendly note, the answers that still fit filled in', async ({ browser }) => {
  const quiz = quizzes.find((q) => q.key === 'pathway-finder')!;
  const earlier = quiz.earlier.find((e) => e.version === 2)!;
  // A version-2 link: no danger, drugs, no red flag, some impact, weekly, steady, nothing tried, one to one, free, clinic, later.
  const old = { version: 2, dimensions: [], questions: earlier.questions.map((q) => ({ id: q.id, kind: 'need' as const, options: q.options.map((id) => ({ id, points: {}, flags: [] })) })), outcomes: [], steps: [], rules: [] };
  const fragment = encodeShare(old, { 'q-safety': 'none', 'q-concern': 'drugs', 'q-red-flags': 'none', 'q-impact': 'some', 'q-frequency': 'weekly', 'q-escalating': 'steady', 'q-tried': 'nothing', 'q-privacy': 'one-to-one', 'q-lead': 'professional', 'q-cost': 'free', 'q-setting': 'clinic', 'q-family': 'later' });
  expect(fragment).toMatch(/^#v=2&a=/);
  for (const locale of ['id', 'en'] as const) {
    const context = await browser.newContext();
    const watched = await watch(context);
    const page = await context.newPage();
    await page.goto(path(quiz, locale) + fragment);
    await expect(page.locator('.quiz-message')).toContainText(locale === 'id' ? 'versi kuis yang lebih lama' : 'earlier version of the quiz');
    await expect(page.locator('.quiz-message')).toContainText(locale === 'id' ? 'Jawaban yang masih cocok' : 'answers that still fit');
    await expect(page.locator('.quiz-message')).toBeFocused();
    // The first new question: the circumstances, then on to the old answers, already chosen.
    await expect(page.locator('.quiz-step input[name="q-context"]')).toHaveCount(5);
    await expect(page).toHaveURL(path(quiz, locale));
    await page.locator('.quiz-step input[value="none"]').check();
    await page.locator('.quiz-step button[type=submit]').click();
    await expect(page.locator('.quiz-step input[name="q-concern"][value="substances"]')).toBeChecked();
    expect(watched.consoleErrors).toEqual([]);
    await context.close();
  }
});

test('the number of questions on the quiz list and in each intro is the longest path', async ({ page }) => {
  await page.goto(localizedPath('quizzes', 'id'));
  for (const quiz of quizzes) {
    const card = page.locator('.card').filter({ has: page.getByRole('link', { name: quiz.title.id, exact: true }) });
    await expect(card).toContainText(`Paling banyak ${longestPath(quiz)} pertanyaan`);
  }
  for (const quiz of quizzes) {
    await page.goto(path(quiz, 'en'));
    await expect(page.locator('.quiz-page > .lead')).toContainText(`most ${longestPath(quiz)}`);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a result with context sections, the opioid section and checkboxes on the way has no axe violations in ${colorScheme}`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const quiz = quizzes.find((q) => q.key === 'helping-someone')!;
    await page.goto(path(quiz, 'id'));
    const answers: Record<string, string | string[]> = { 'q-role': 'parent', 'q-context': ['pregnant', 'violence-at-home', 'hopeless'], 'q-concern': ['substances', 'gambling', 'gaming'], 'q-substances': ['alcohol', 'opioids'], 'q-money': 'online-loans' };
    await finish(page, quiz, (q) => answers[q.id] ?? safeOption(q), async (step) => {
      if (step === 2) await expectNoAxeViolations(page, 'choose all that apply', colorScheme);
    });
    await expect(page.locator('[data-context]')).toHaveCount(7);
    await expect(page.locator('[data-section="opioids"]')).toBeVisible();
    await expectNoAxeViolations(page, 'result with context sections', colorScheme);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}
