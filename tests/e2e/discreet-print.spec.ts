import type { Page } from '@playwright/test';
import { contentFiles } from '../support/content-files';
import { guideKeys, localizedPath } from '../../src/i18n/routes';
import type { Locale } from '../../src/i18n/locales';
import { selfHelpGuides } from '../../src/plan/self-help';
import { pdfText } from '../support/pdf';
import { expect, test } from './fixtures';

/**
 * Sheets a person prints for themself (the plan, every guide's worksheet, among them the card for
 * the wallet) can leave the site's name, the title and the QR code off the paper, chosen with one
 * checkbox; the handouts without a worksheet, meant for schools and workplaces, keep theirs.
 */
const locales: Locale[] = ['id', 'en'];
interface GuideFrontmatter {
  title: string;
  worksheet?: { title: string; prompts: { prompt: string }[] };
}
const guides = contentFiles().filter((file) => file.collection === 'guides');
const localizedEntry = (_: 'guides', key: string, locale: Locale) => guides.find((g) => g.key === key && g.locale === locale)!.data as unknown as GuideFrontmatter;
const worksheetGuides = guideKeys.filter((key) => localizedEntry('guides', key, 'id').worksheet);
const siteName = 'Jalan Pulih';
// Letters only, lower case: finds "Jalan Pulih" as well as the address jalanpulih.id, however the PDF spaces its glyphs.
const squeeze = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

async function printed(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const { pages, title } = pdfText(pdf);
  return { text: squeeze(pages.join(' ')), title, pages: pages.length };
}

for (const locale of locales) {
  test(`the plan printed discreetly names neither the site nor the plan (${locale})`, async ({ page }) => {
    const heading = locale === 'id' ? 'Rencana saya' : 'My plan';
    await page.goto(localizedPath('plan', locale));
    await page.locator('#plan-change').fill(locale === 'id' ? 'Berhenti berjudi' : 'Stop gambling');
    // Without the checkbox the sheet says where it came from: the check below can see a name.
    const plain = await printed(page);
    expect(plain.text).toContain(squeeze(siteName));
    expect(plain.text).toContain(squeeze(heading));
    await page.getByRole('checkbox', { name: locale === 'id' ? 'Cetak tanpa nama situs dan judul' : 'Print without the site’s name and title' }).check();
    const discreet = await printed(page);
    expect(discreet.pages).toBe(1);
    expect(discreet.text).toContain(squeeze(locale === 'id' ? 'Berhenti berjudi' : 'Stop gambling'));
    expect(discreet.text).not.toContain(squeeze(siteName));
    expect(discreet.text).not.toContain(squeeze(heading));
    // The tab's title, which is also the PDF's title and its default file name, is neutral.
    expect(discreet.title).toBe(locale === 'id' ? 'Catatan' : 'Notes');
    expect(await page.title()).toBe(locale === 'id' ? 'Catatan' : 'Notes');
    // Unticked, the page's own title comes back.
    await page.locator('#discreet-print').uncheck();
    expect(await page.title()).toContain(siteName);
  });

  test(`every worksheet printed discreetly names neither the site nor its guide (${locale})`, async ({ page }) => {
    // Every self-help guide has a worksheet; so may a guide for others (gaming, for teenagers and parents).
    expect(worksheetGuides).toEqual(expect.arrayContaining([...selfHelpGuides]));
    for (const key of worksheetGuides) {
      const guide = localizedEntry('guides', key, locale);
      await page.goto(localizedPath(`handout/guide/${key}`, locale));
      const plain = await printed(page);
      expect(plain.text, key).toContain(squeeze(siteName));
      expect(plain.text, key).toContain(squeeze(guide.title));
      await page.locator('#discreet-print').check();
      const discreet = await printed(page);
      expect(discreet.pages, key).toBe(1);
      expect(discreet.text, key).not.toContain(squeeze(siteName));
      expect(discreet.text, key).not.toContain(squeeze(guide.title));
      // What the person writes on still prints, and so does urgent help.
      expect(discreet.text, key).toContain(squeeze(guide.worksheet!.prompts[0]!.prompt).slice(0, 30));
      expect(discreet.text, key).toContain('112');
      expect(discreet.title, key).not.toContain(siteName);
    }
  });
}

test('the handouts for schools and workplaces keep their name, title and QR code, with no discreet option', async ({ page }) => {
  const handouts = guideKeys.filter((key) => !worksheetGuides.includes(key));
  expect(handouts.length).toBeGreaterThan(0);
  for (const key of handouts) {
    await page.goto(localizedPath(`handout/guide/${key}`, 'id'));
    await expect(page.locator('#discreet-print'), key).toHaveCount(0);
  }
});

test('without JavaScript the checkbox alone keeps the name and the title off the paper', async ({ noScript }) => {
  const { page } = noScript;
  await page.goto(localizedPath('handout/guide/handling-urges', 'en'));
  const guide = localizedEntry('guides', 'handling-urges', 'en');
  expect((await printed(page)).text).toContain(squeeze(siteName));
  await page.locator('#discreet-print').check();
  const discreet = await printed(page);
  expect(discreet.text).not.toContain(squeeze(siteName));
  expect(discreet.text).not.toContain(squeeze(guide.title));
});
