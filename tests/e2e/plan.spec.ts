import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Dialog, Page } from '@playwright/test';
import { neutralSiteUrl } from '../../src/components/QuickExit/neutral-site';
import { parse as parseYaml } from 'yaml';
import { localizedPath, quizKeys } from '../../src/i18n/routes';
import { planFields } from '../../src/plan/fields';
import { quizSchema } from '../../src/schemas/quiz';
import { expect, expectNothingStored, test, watch } from './fixtures';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const planId = localizedPath('plan', 'id');
const planEn = localizedPath('plan', 'en');
const quizzes = quizKeys.map((key) => quizSchema.parse(parseYaml(readFileSync(`content/quizzes/${key}.yaml`, 'utf8'))));

const pdfPages = async (page: Page) => {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return pdf.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
};

test('the plan is keyboard-complete: every field typed and every step ticked without a mouse', async ({ page }) => {
  await page.goto(planEn);
  await page.locator('#plan-change').focus();
  await page.keyboard.type('Drink less, for my children.');
  for (const [key, text] of [
    ['goal', 'No drinks Monday to Thursday.'],
    ['triggers', 'Friday payday: go straight home.'],
    ['people', 'My sister Ani.'],
  ] as const) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`#plan-${key}`)).toBeFocused();
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /^1\./ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.locator('#plan-help')).toBeFocused();
  await page.keyboard.type('Call the puskesmas on Monday.');
  await page.keyboard.press('Tab');
  await expect(page.locator('#plan-slip')).toBeFocused();
  await page.keyboard.type('Tell Ani and start again the next day.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Print without the site’s name and title' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeFocused();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(page.locator('#plan-people')).toHaveValue('My sister Ani.');
});

test('the plan prints on one A4 page with what was typed, even with every field full', async ({ page }) => {
  await page.goto(planId);
  const blank = await pdfPages(page);
  expect(blank, 'the blank paper form').toBe(1);
  // The tallest a field can get: one line that wraps as far as it can, then every other line used.
  for (const field of planFields) {
    const rest = Array.from({ length: field.maxLines - 1 }, () => 'x');
    const long = `${field.key} ${'kata '.repeat(200)}`.slice(0, field.maxLength - 2 * rest.length);
    await page.locator(`#plan-${field.key}`).fill([long, ...rest].join('\n'));
    await expect(page.locator(`#plan-${field.key}`)).toHaveValue([long, ...rest].join('\n'));
  }
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.emulateMedia({ media: 'print' });
  for (const field of planFields) {
    await expect(page.locator(`#plan-${field.key} ~ .plan-printed`)).toBeVisible();
    await expect(page.locator(`#plan-${field.key}`)).toBeHidden();
  }
  await expect(page.locator('.plan-urgent')).toContainText('112');
  await expect(page.locator('#plan-goal-note')).toContainText('jangan berhenti mendadak');
  await expect(page.locator('#plan-slip-note')).toContainText('overdosis yang mematikan');
  expect(await pdfPages(page)).toBe(1);
});

test('the plan keeps nothing: storage stays empty and typing makes no request', async ({ page, context }) => {
  const watched = await watch(context);
  await page.goto(planId);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.locator('#plan-change').fill('Berhenti judi online.');
  await page.locator('#plan-slip').fill('Menelepon kakak.');
  await page.getByRole('checkbox').first().check();
  expect(requests).toEqual([]);
  expect(page.url()).toMatch(/\/rencana\/$/);
  await expectNothingStored(context);
  expect(watched.foreignRequests).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

test('hostile text is shown as plain text, without bidi controls, cut to the stated length', async ({ page }) => {
  await page.goto(planEn);
  const field = planFields.find((f) => f.key === 'change')!;
  await expect(page.locator('#plan-change-limit')).toHaveText(`Up to ${field.maxLength} characters.`);
  const hostile = `<img src=x onerror="document.title='owned'"><b>bold</b>\u202Egnp.exe\u2066x\u2069${'A'.repeat(10_000)}`;
  // Pasted text arrives as a single insertion, as a paste does.
  await page.locator('#plan-change').focus();
  await page.keyboard.insertText(hostile);
  const value = await page.locator('#plan-change').inputValue();
  expect(value.length).toBeLessThanOrEqual(field.maxLength);
  expect(value).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  expect(value.startsWith('<img src=x onerror="document.title=\'owned\'"><b>bold</b>gnp.exex')).toBe(true);
  const printed = page.locator('#plan-change ~ .plan-printed');
  expect(await printed.textContent()).toBe(value);
  await expect(printed.locator('img, b')).toHaveCount(0);
  expect(await page.title()).not.toBe('owned');
  // Ten thousand characters typed straight into the element are cut the same way.
  await page.locator('#plan-goal').fill('x'.repeat(10_000));
  expect((await page.locator('#plan-goal').inputValue()).length).toBe(planFields.find((f) => f.key === 'goal')!.maxLength);
});

test('every quiz outcome pre-fills the plan with its first steps, then the fragment is gone', async ({ page }) => {
  for (const quiz of quizzes) {
    for (const outcome of quiz.outcomes) {
      for (const locale of ['id', 'en'] as const) {
        const plan = localizedPath('plan', locale);
        await page.goto('about:blank');
        await page.goto(`${plan}#quiz=${quiz.key}&outcome=${outcome.key}`);
        const help = page.locator('#plan-help');
        await expect(help, `${quiz.key}/${outcome.key}`).toHaveValue(new RegExp(escape(outcome.firstSteps[0]![locale].slice(0, 40))));
        expect(new URL(page.url()).hash).toBe('');
        if (outcome.step > 0) await expect(page.getByRole('checkbox', { name: new RegExp(`^${outcome.step}\\.`) })).toBeChecked();
      }
    }
  }
});

test('an unknown or hostile fragment opens an empty plan with no error', async ({ page, context }) => {
  const watched = await watch(context);
  for (const hash of ['#quiz=use-check&outcome=nope', '#quiz=__proto__&outcome=toString', '#%E0%A4%A', '#quiz=<script>alert(1)</script>', `#${'x'.repeat(5000)}`]) {
    // A fresh load each time: going to the same page with another fragment would not reload it.
    await page.goto('about:blank');
    await page.goto(`${planId}${hash}`);
    await expect(page.locator('#plan-help')).toHaveValue('');
    await expect(page.locator('.plan-note')).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');
  }
  expect(watched.consoleErrors).toEqual([]);
});

test('a quiz result links to the plan with only the quiz and outcome keys', async ({ page }) => {
  await page.goto(localizedPath('quiz/use-check', 'en'));
  for (let guard = 0; guard < 30; guard++) {
    const answers = page.locator('.quiz-step input');
    if ((await answers.count()) === 0) break;
    // The last answer of the safety question is "none of these"; an urgent result offers no plan.
    await answers.last().check();
    await page.locator('.quiz-step button[type=submit]').click();
  }
  const link = page.getByRole('link', { name: 'Make my plan' });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/en\/my-plan\/#quiz=use-check&outcome=[a-z0-9-]+$/);
  await link.click();
  await expect(page.locator('#plan-help')).not.toHaveValue('');
  expect(new URL(page.url()).hash).toBe('');
});

test('without JavaScript the plan is a blank paper form that prints on one page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(planId);
  for (const field of planFields) await expect(page.locator(`#plan-${field.key}`)).toHaveValue('');
  // No button that would do nothing: the plain steps for printing on a phone or a computer instead.
  await expect(page.getByRole('button', { name: 'Cetak atau simpan sebagai PDF' })).toHaveCount(0);
  await expect(page.locator('.print-controls__how')).toBeVisible();
  await expect(page.locator('.print-controls__how')).toContainText('Cetak');
  await expect(page.locator('#plan-goal-note')).toContainText('jangan berhenti mendadak');
  expect(await pdfPages(page)).toBe(1);
  await context.close();
});

test('the plan has no axe violations in light and dark at 320 px', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 }, colorScheme });
    const page = await context.newPage();
    for (const path of [planId, `${planEn}#quiz=pathway-finder&outcome=self-care`]) {
      await page.goto(path);
      await page.locator('#plan-change').fill('Saya ingin berhenti.');
      const axe = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(axe.violations.map((v) => `${colorScheme} ${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll in ${colorScheme}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});

test.describe('leaving the plan', () => {
  /** Every dialog the browser raises, by type; each is dismissed, which keeps the visitor on the page. */
  const dialogsOf = (page: Page) => {
    const seen: string[] = [];
    page.on('dialog', (dialog: Dialog) => {
      seen.push(dialog.type());
      void dialog.dismiss();
    });
    return seen;
  };

  test('an untouched plan lets every link go at once', async ({ page }) => {
    const dialogs = dialogsOf(page);
    await page.goto(planEn);
    await page.locator('.lang-switch').click();
    await expect(page).toHaveURL(planId);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Panduan' }).click();
    await expect(page).toHaveURL(localizedPath('guides', 'id'));
    expect(dialogs).toEqual([]);
  });

  test('once something is typed, a link asks first, and staying keeps the plan', async ({ page }) => {
    const dialogs = dialogsOf(page);
    await page.goto(planEn);
    await page.locator('#plan-change').fill('Stop gambling before payday.');
    const ask = page.getByRole('dialog', { name: 'Leave your plan?' });
    for (const link of [page.locator('.lang-switch'), page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Guides' }), page.locator('.breadcrumbs a').first()]) {
      await link.click();
      await expect(ask).toBeVisible();
      await expect(ask).toContainText('print it or save it as a PDF');
      // The safe choice has the focus.
      await expect(ask.getByRole('button', { name: 'Stay here' })).toBeFocused();
      await ask.getByRole('button', { name: 'Stay here' }).click();
      await expect(ask).toBeHidden();
      await expect(page).toHaveURL(planEn);
      await expect(page.locator('#plan-change')).toHaveValue('Stop gambling before payday.');
    }
    // Escape is "stay" too.
    await page.locator('.lang-switch').click();
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(page.locator('#plan-change')).toHaveValue('Stop gambling before payday.');
    // Leaving on purpose goes, without a second question from the browser.
    await page.locator('.lang-switch').click();
    await ask.getByRole('button', { name: 'Leave the page' }).click();
    await expect(page).toHaveURL(planId);
    expect(dialogs).toEqual([]);
  });

  test('once something is ticked or typed, reload, Back and closing the tab get the browser’s question', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs = dialogsOf(page);
    await page.goto(localizedPath('guides', 'en'));
    await page.goto(planEn);
    await page.getByRole('checkbox').first().check();
    // Dismissing the browser's question keeps the visitor here, plan and all.
    await page.evaluate(() => location.reload());
    await expect.poll(() => dialogs.length).toBe(1);
    await expect(page.getByRole('checkbox').first()).toBeChecked();
    await page.evaluate(() => history.back());
    await expect.poll(() => dialogs.length).toBe(2);
    await expect(page.getByRole('checkbox').first()).toBeChecked();
    await expect(page).toHaveURL(planEn);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs.length).toBe(3);
    expect(dialogs).toEqual(['beforeunload', 'beforeunload', 'beforeunload']);
    await context.close();
  });

  test('quick exit is never held back, even with a plan written and the question open', async ({ page, context }) => {
    await context.route(`${neutralSiteUrl}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Cuaca</title><p>Cuaca</p>' }));
    const dialogs = dialogsOf(page);
    await page.goto(planEn);
    await page.locator('#plan-change').fill('Stop for good.');
    // Even while the page's own question is open.
    await page.locator('.lang-switch').click();
    await expect(page.getByRole('dialog', { name: 'Leave your plan?' })).toBeVisible();
    await page.locator('.quick-exit').click();
    await expect(page).toHaveURL(neutralSiteUrl);
    expect(dialogs).toEqual([]);
  });

  test('a tap on a phone number asks nothing', async ({ page }) => {
    const dialogs = dialogsOf(page);
    await page.goto(planId);
    await page.locator('#plan-slip').fill('Menelepon kakak.');
    await page.locator('.plan-urgent a[href="tel:112"]').dispatchEvent('click');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(dialogs).toEqual([]);
  });

  test('the guides open in a new tab, and say so, so the plan stays', async ({ page }) => {
    await page.goto(planEn);
    await expect(page.locator('#plan-guides-title ~ p')).toHaveText('Guides open in a new tab, so your plan stays here.');
    const links = page.locator('#plan-guides-title ~ ul a');
    expect(await links.count()).toBeGreaterThanOrEqual(7);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toContainText('(new tab)');
    }
  });

  test('the page says how to keep the plan, and that it exists only on this screen', async ({ page }) => {
    await page.goto(planId);
    await expect(page.locator('.plan-privacy')).toContainText('hanya ada di layar ini');
    await expect(page.locator('.plan-privacy')).not.toContainText('memori peramban');
    await expect(page.locator('.plan-privacy strong')).toContainText('cetak atau simpan sebagai PDF');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
