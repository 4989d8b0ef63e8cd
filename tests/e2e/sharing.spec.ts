import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales';
import { guideKeys, hubKeys, localizedPath, quizKeys, type RouteKey } from '../../src/i18n/routes';
import { shortLinks, shortPath } from '../../src/i18n/short-links';
import { fileFor, sitemapPaths } from '../support/dist';
import { largestPathSize } from '../support/pdf';
import { decodeQr } from '../support/qr-decode';
import { axeViolations, expect, expectNothingStored, forget, test, watch } from './fixtures';

/** The public address the build was made for: links, QR codes and previews all use it. */
const site = new URL(process.env.SITE_URL ?? 'https://jalanpulih.id/');
const locales: Locale[] = ['id', 'en'];

async function openBuilder(page: Page, locale: Locale) {
  await page.goto(localizedPath('hub/counselors', locale));
  await expect(page.locator('#builder-link')).toBeVisible();
}

async function downloadedImage(page: Page, name: RegExp): Promise<Buffer> {
  const href = (await page.getByRole('link', { name }).getAttribute('href')) ?? '';
  const [meta, data] = href.split(',', 2);
  return meta?.endsWith(';base64') ? Buffer.from(data ?? '', 'base64') : Buffer.from(decodeURIComponent(data ?? ''));
}

test.describe('quiz-link builder', () => {
  for (const locale of locales) {
    test(`its QR codes decode to exactly the link, for every quiz in both languages (${locale} page)`, async ({ browser }) => {
      const context = await browser.newContext();
      const watched = await watch(context);
      const page = await context.newPage();
      await openBuilder(page, locale);
      const notes = ['', 'Bu Sari, Puskesmas Cilandak', 'Ибу Сари · ꦱꦫꦶ · 사리 선생님 🙂'];
      for (const [i, quiz] of quizKeys.entries()) {
        await page.locator('#builder-quiz').selectOption(quiz);
        for (const quizLocale of locales) {
          await page.locator(`input[name="builder-language"][value="${quizLocale}"]`).check();
          const note = notes[i % notes.length] ?? '';
          await page.locator('#builder-note').fill(note);
          const link = await page.locator('#builder-link').inputValue();
          const expected = new URL(localizedPath(`quiz/${quiz}`, quizLocale), site).href + (note ? `#n=${encodeURIComponent(note)}` : '');
          expect(link).toBe(expected);
          expect(await decodeQr(await downloadedImage(page, /PNG/))).toBe(link);
          expect(await decodeQr(await downloadedImage(page, /SVG/))).toBe(link);
          const whatsapp = new URL((await page.getByRole('link', { name: /WhatsApp/ }).getAttribute('href')) ?? '');
          expect(whatsapp.origin + whatsapp.pathname).toBe('https://wa.me/');
          expect(whatsapp.searchParams.get('text')?.endsWith(` ${link}`)).toBe(true);
        }
      }
      await expectNothingStored(context);
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      await context.close();
    });
  }

  test('a hostile note becomes at most 60 characters of plain text, and the quiz shows it as text', async ({ page }) => {
    await openBuilder(page, 'id');
    await page.locator('#builder-quiz').selectOption('use-check');
    const hostile = `\u202E<img src=x onerror=alert(1)>javascript:alert(2)\u2066${'<b>x</b>'.repeat(1250)}`;
    await page.locator('#builder-note').evaluate((input: HTMLInputElement, value) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, hostile);
    const link = new URL(await page.locator('#builder-link').inputValue());
    const note = decodeURIComponent(link.hash.slice('#n='.length));
    expect([...note].length).toBeLessThanOrEqual(60);
    expect(note).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(note.startsWith('<img src=x onerror=alert(1)>javascript:alert(2)')).toBe(true);
    await expect(page.locator('main img[src="x"], main b')).toHaveCount(0);

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(link.pathname + link.hash);
    const shown = page.locator('.quiz-note blockquote');
    await expect(shown).toHaveText(note);
    await expect(page.locator('.quiz-note')).toContainText(/tidak kami periksa/);
    await expect(page.locator('main img[src="x"], main b')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('copies the link to the clipboard', async ({ browser }) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await openBuilder(page, 'en');
    await page.locator('#builder-note').fill('Mr Budi');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.builder [role="status"]')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#builder-link').inputValue());
    await context.close();
  });

  test('without JavaScript, the counselors page lists every quiz address', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(localizedPath('hub/counselors', 'en'));
    for (const quiz of quizKeys) await expect(page.locator('#builder-root')).toContainText(new URL(localizedPath(`quiz/${quiz}`, 'en'), site).href);
    await context.close();
  });

});

test.describe('hubs', () => {
  for (const locale of locales) {
    test(`ready-to-copy messages carry working links and copy exactly (${locale})`, async ({ browser }) => {
      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      for (const hub of hubKeys) {
        await page.goto(localizedPath(`hub/${hub}`, locale));
        const messages = page.locator('pre.message__text[id^="message-"]');
        await expect(messages).toHaveCount(3);
        for (const message of await messages.all()) {
          const text = await message.innerText();
          const links = text.match(/https?:\/\/\S+/g) ?? [];
          expect(links.length, text).toBeGreaterThan(0);
          for (const link of links) {
            const url = new URL(link.replace(/[.,)]+$/, ''));
            expect(url.origin).toBe(site.origin);
            expect(fileFor(url.pathname), link).toBeDefined();
          }
        }
        const first = messages.first();
        await page.locator('.message .copy button').first().click();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await first.textContent());
      }
      await context.close();
    });
  }
});

test.describe('hubs, as a guru BK, an HR officer and a counselor use them on a phone', () => {
  const phone = { width: 360, height: 780 };
  const partnership = 'partnership-readiness';

  for (const locale of locales) {
    test(`each hub offers only the quizzes meant for its audience (${locale})`, async ({ page }) => {
      for (const hub of hubKeys) {
        await page.goto(localizedPath(`hub/${hub}`, locale));
        const embeds = await page.locator('pre[id^="embed-"]').evaluateAll((pres) => pres.map((p) => p.id.slice('embed-'.length)));
        const handouts = await page.locator('#handouts-title ~ ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        const partnershipHandout = localizedPath(`handout/quiz/${partnership}`, locale);
        if (hub === 'counselors') {
          expect(embeds).toEqual([...quizKeys]);
          expect(handouts).toContain(partnershipHandout);
        } else {
          expect(embeds.length, hub).toBeGreaterThanOrEqual(3);
          expect(embeds, hub).not.toContain(partnership);
          expect(handouts, hub).not.toContain(partnershipHandout);
          await expect(page.locator('main'), hub).not.toContainText(locale === 'id' ? 'Kesiapan kemitraan' : 'Partnership readiness');
        }
      }
    });

    test(`short links are links with a button that copies the full address (${locale})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: phone });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      await page.goto(localizedPath('hub/schools', locale));
      const links = page.locator('.share-list a.short-link');
      expect(await links.count()).toBeGreaterThanOrEqual(3);
      const first = links.first();
      const href = (await first.getAttribute('href'))!;
      expect(href).toMatch(/^\/g\/[a-z0-9]+\/$/);
      expect(await first.textContent()).toBe(`${site.host}${href}`);
      const copy = page.locator('.share-short').first().getByRole('button', { name: locale === 'id' ? 'Salin tautan pendek' : 'Copy short link' });
      await copy.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(href, site).href);
      await expect(page.locator('.share-short').first().locator('[role="status"]')).toHaveText(locale === 'id' ? 'Tersalin.' : 'Copied.');
      // Followed, it leads to the page it names.
      const target = (await page.locator('.share-list > li').first().locator('a').first().getAttribute('href'))!;
      await first.click();
      await expect(page).toHaveURL(target);
      await context.close();
    });

    test(`the link builder is one tap from the top of the counselors' hub (${locale})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: phone });
      const page = await context.newPage();
      await page.goto(localizedPath('hub/counselors', locale));
      const jump = page.locator('nav.toc a[href="#builder-title"]');
      expect(await jump.evaluate((a) => a.getBoundingClientRect().bottom + scrollY)).toBeLessThanOrEqual(1.5 * phone.height);
      await jump.click();
      await expect(page.locator('#builder-title')).toBeInViewport();
      await context.close();
    });
  }

  test('the hubs are reachable from the home page’s first two screens and from the phone navigation', async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    for (const locale of locales) {
      await page.goto(localizedPath('home', locale));
      for (const hub of hubKeys) {
        const link = page.locator(`main a[href="${localizedPath(`hub/${hub}`, locale)}"]`).first();
        expect(await link.evaluate((a) => a.getBoundingClientRect().bottom + scrollY), hub).toBeLessThanOrEqual(2 * phone.height);
      }
      // From any page, the navigation's last item leads to them.
      await page.goto(localizedPath('guide/helping-someone', locale));
      const nav = page.locator('nav.site-nav');
      await nav.getByRole('link').last().click();
      await expect(page.locator(`#untuk-lembaga a[href="${localizedPath('hub/schools', locale)}"]`)).toBeInViewport();
    }
    await context.close();
  });
});

test.describe('handouts', () => {
  const handouts = locales.flatMap((locale) =>
    [...guideKeys.map((key) => `handout/guide/${key}` as const), ...quizKeys.map((key) => `handout/quiz/${key}` as const)].map((key) => ({
      key,
      locale,
    })),
  );

  test('every handout prints on one A4 page, with a QR code of at least 4 cm to its page', async ({ page }) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    const qrSizes: number[] = [];
    for (const { key, locale } of handouts) {
      await page.goto(localizedPath(key, locale));
      const target = new URL(localizedPath(key.slice('handout/'.length) as RouteKey, locale), site).href;
      expect(await decodeQr(await page.locator('svg.qr').evaluate((svg) => svg.outerHTML.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"')))).toBe(target);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
      if (pages !== 1) problems.push(`${key} (${locale}): ${pages} pages`);
      // The code as printed: its dark modules, the largest path on the sheet, measured in the PDF.
      const qr = largestPathSize(pdf);
      qrSizes.push(Math.min(qr.width, qr.height));
      if (Math.min(qr.width, qr.height) < 40) problems.push(`${key} (${locale}): QR code ${qr.width.toFixed(1)} × ${qr.height.toFixed(1)} mm`);
      await page.emulateMedia({ media: 'screen' });
    }
    console.info(`handout QR codes: ${Math.min(...qrSizes).toFixed(1)}–${Math.max(...qrSizes).toFixed(1)} mm`);
    expect(problems).toEqual([]);
  });

  test('no handout leaves half its sheet empty: the text runs down to the code and contacts at the foot', async ({ browser }) => {
    // A4 at 96 px per inch: the page lays out on paper as it does in this viewport.
    const sheet = { width: Math.round((210 / 25.4) * 96), height: Math.round((297 / 25.4) * 96) };
    const context = await browser.newContext({ viewport: sheet });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const { key, locale } of handouts) {
      await page.goto(localizedPath(key, locale));
      await page.emulateMedia({ media: 'print' });
      const { gap, bottom } = await page.locator('.handout').evaluate((handout) => {
        const blocks = [...handout.children].filter((child) => getComputedStyle(child).display !== 'none').map((child) => child.getBoundingClientRect());
        const gaps = blocks.slice(1).map((block, i) => block.top - blocks[i]!.bottom);
        return { gap: Math.max(...gaps), bottom: Math.max(...blocks.map((b) => b.bottom)) };
      });
      if (gap > 0.25 * sheet.height) problems.push(`${key} (${locale}): an empty band of ${Math.round((100 * gap) / sheet.height)} % of the sheet`);
      if (bottom < 0.85 * sheet.height) problems.push(`${key} (${locale}): the content ends at ${Math.round((100 * bottom) / sheet.height)} % of the sheet`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

test.describe('short links', () => {
  test('every short link leads to its page in its language', async ({ page }) => {
    const codes = Object.entries(shortLinks);
    expect(codes.length).toBe((guideKeys.length + quizKeys.length + hubKeys.length) * 2);
    for (const [code, { key, locale }] of codes) {
      const html = readFileSync(fileFor(shortPath(code))!, 'utf8');
      expect(html).toContain(`content="0; url=${localizedPath(key, locale)}"`);
      expect(html).toContain(`<html lang="${locale}">`);
    }
    // A browser follows one to the end.
    await page.goto(shortPath('p6'));
    await expect(page).toHaveURL(localizedPath('guide/school-counseling', 'id'));
    await page.goto(shortPath('q1'));
    await expect(page).toHaveURL(localizedPath('quiz/pathway-finder', 'en'));
  });

  test('every short link is in the published-URL list, so it can never disappear', () => {
    const published = new Set(readFileSync('tests/published-urls.txt', 'utf8').split('\n'));
    expect(Object.keys(shortLinks).map(shortPath).filter((path) => !published.has(path))).toEqual([]);
  });
});

test.describe('link previews', () => {
  test('every page names a 1200×630 PNG preview under 60 KB, in its language', () => {
    const sizes: { path: string; image: string; bytes: number }[] = [];
    for (const path of sitemapPaths()) {
      const html = readFileSync(fileFor(path)!, 'utf8');
      const meta = (property: string) => html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1];
      for (const tag of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card']) {
        expect(meta(tag), `${path} ${tag}`).toBeTruthy();
      }
      expect(meta('og:locale'), path).toBe(path.startsWith('/en/') ? 'en_GB' : 'id_ID');
      const image = new URL(meta('og:image') ?? '');
      expect(image.origin, path).toBe(site.origin);
      const png = readFileSync(fileFor(image.pathname) ?? `dist${image.pathname}`);
      expect(png.subarray(1, 4).toString(), path).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
      sizes.push({ path, image: image.pathname, bytes: png.length });
    }
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.info(`preview images: ${sizes.length}, largest ${largest.bytes} B (${largest.image})`);
    expect(sizes.filter((s) => s.bytes >= 60 * 1024)).toEqual([]);
  });
});

test.describe('embeds', () => {
  for (const locale of locales) {
    test(`each quiz embed works inside another site's iframe (${locale})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext();
      const watched = await watch(context);
      const page = await context.newPage();
      // Another site, served for real on 127.0.0.1: not localhost, so the frame is cross-origin.
      let embedSrc = '';
      const host = createServer((_, response) => {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(`<!doctype html><html lang="en"><title>Host</title><iframe src="${embedSrc}" title="quiz" width="600" height="900"></iframe></html>`);
      });
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
      const { port } = host.address() as AddressInfo;
      try {
        for (const quiz of quizKeys) {
          embedSrc = new URL(localizedPath(`embed/${quiz}`, locale), baseURL).href;
          await page.goto(`http://127.0.0.1:${port}/`);
          const frame = page.frameLocator('iframe');
          await expect(frame.locator('h1')).toBeVisible();
          await expect(frame.locator('#quiz-root fieldset, #quiz-root button').first()).toBeVisible();
          await expect(frame.locator('.site-header, nav')).toHaveCount(0);
        }
      } finally {
        host.close();
      }
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      await context.close();
    });

    test(`embed pages stay out of search engines, point to the full quiz, and are sound at 320 px (${locale})`, async ({ phone }) => {
      const { context, page, watched } = phone;
      forget(watched);
      for (const quiz of quizKeys) {
        const path = localizedPath(`embed/${quiz}`, locale);
        expect(path.startsWith('/embed/'), path).toBe(true);
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL(localizedPath(`quiz/${quiz}`, locale), site).href);
        await expect(page.locator('base')).toHaveAttribute('target', '_blank');
        await expect(page.locator('.quick-exit')).toHaveAttribute('target', '_top');
        expect(await axeViolations(page), `${path} light`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, { contrastOnly: true }), `${path} dark`).toEqual([]);
      }
      await expectNothingStored(context);
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.failedRequests).toEqual([]);
    });
  }

  test('only embed pages live under /embed/, and none is in the sitemap', () => {
    const sitemap = sitemapPaths();
    expect(sitemap.filter((path) => path.startsWith('/embed/'))).toEqual([]);
  });
});
