import { localizedPath } from '../../src/i18n/routes';
import { contactCategories } from '../../src/schemas/contact';
import { axeViolations, expect, test } from './fixtures';

/** The help page as someone in trouble meets it on a 360 × 780 phone. */
const phone = { width: 360, height: 780 };

for (const locale of ['id', 'en'] as const) {
  test(`call buttons for 112, 119 and SEJIWA are on the first screen, BNN 184 within two (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(localizedPath('help', locale));
    const buttons = page.locator('.help-call a.call-button');
    const bottomOf = async (href: string) => page.locator(`.help-call a.call-button[href="${href}"]`).first().evaluate((a) => a.getBoundingClientRect().bottom + scrollY);
    // 112, 119, then SEJIWA on 119 with its extension: each a whole button, fully on the first screen.
    expect(await bottomOf('tel:112')).toBeLessThanOrEqual(phone.height);
    expect(await bottomOf('tel:119')).toBeLessThanOrEqual(phone.height);
    const sejiwa = buttons.filter({ hasText: 'SEJIWA' });
    await expect(sejiwa).toHaveAttribute('href', 'tel:119');
    await expect(sejiwa).toContainText(locale === 'id' ? 'ekstensi 8' : 'extension 8');
    expect(await sejiwa.evaluate((a) => a.getBoundingClientRect().bottom + scrollY)).toBeLessThanOrEqual(phone.height);
    expect(await bottomOf('tel:184')).toBeLessThanOrEqual(2 * phone.height);
    // Each is a comfortable target.
    for (const box of await buttons.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(44);
    await context.close();
  });

  test(`"on this page" comes before the contacts and reaches every kind of help (${locale})`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto(localizedPath('help', locale));
    const jump = page.locator('nav.help-jump');
    const firstContacts = page.locator('section.contacts').first();
    const [jumpTop, contactsTop] = await Promise.all([jump.evaluate((n) => n.getBoundingClientRect().top), firstContacts.evaluate((s) => s.getBoundingClientRect().top)]);
    expect(jumpTop).toBeLessThan(contactsTop);
    for (const category of ['emergency', 'mental-health', 'drugs', 'violence', 'debt'] satisfies (typeof contactCategories)[number][]) {
      const link = jump.locator(`a[href="#contacts-${category}"]`);
      await expect(link).toHaveCount(1);
      await expect(page.locator(`#contacts-${category}`)).toHaveCount(1);
    }
    // One tap on "debt" brings its contacts (Kontak OJK 157) into view.
    await jump.locator('a[href="#contacts-debt"]').click();
    await expect(page.locator('#contacts-debt')).toBeInViewport();
    await expect(page.locator('section.contacts a[href="tel:157"]')).toHaveCount(1);
    // The page's own sections are listed too.
    expect(await jump.locator('a[href^="#"]:not([href^="#contacts-"])').count()).toBeGreaterThanOrEqual(4);
  });

  test(`the help page is axe clean in light and dark at 360 px, with sources one tap away (${locale})`, async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: phone, colorScheme });
      const page = await context.newPage();
      await page.goto(localizedPath('help', locale));
      expect(await axeViolations(page), colorScheme).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const sources = page.locator('.contact details').first();
      await expect(sources.locator('li').first()).toBeHidden();
      await sources.locator('summary').click();
      await expect(sources.locator('li').first()).toBeVisible();
      await context.close();
    }
  });
}

test('the urgent contacts are drawn by one component on the strip, the help page, a quiz result and a handout', async ({ page }) => {
  const names = async (selector: string) => page.locator(selector).first().locator('li strong').allInnerTexts();
  await page.goto(localizedPath('home', 'en'));
  const strip = await names('.urgent-strip .urgent-contacts');
  expect(strip.length).toBeGreaterThanOrEqual(4);
  await page.goto(localizedPath('handout/guide/helping-someone', 'en'));
  expect(await names('.urgent-contacts--print')).toEqual(strip);
  await page.goto(localizedPath('plan', 'en'));
  expect(await names('.plan-urgent .urgent-contacts')).toEqual(strip);
  // A quiz result clones the same list from the page's template.
  await page.goto(localizedPath('quiz/use-check', 'en'));
  for (let guard = 0; guard < 30; guard++) {
    // The last choice of each question, a box to tick or a single answer, leads to the most urgent result.
    const choices = page.locator('.quiz-step input[type=radio], .quiz-step input[type=checkbox]');
    if ((await choices.count()) === 0) break;
    await choices.last().check();
    await page.locator('.quiz-step button[type=submit]').click();
  }
  await expect(page.locator('.quiz-result .urgent-contacts').first()).toBeVisible();
  expect((await page.locator('.quiz-result .urgent-contacts').first().locator('li strong').allInnerTexts()).map((s) => s.replace(/\s+/g, ' '))).toEqual(strip);
});
