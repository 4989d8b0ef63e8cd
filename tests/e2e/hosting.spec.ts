import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { responseKindOf } from '../../src/hosting/headers';
import { notFoundScopes } from '../../src/hosting/not-found';
import { minPrecompressedBytes } from '../../src/hosting/precompressed';
import { redirects } from '../../src/hosting/redirects';
import { localizedPath, type RouteKey } from '../../src/i18n/routes';
import { distDir } from '../support/dist';
import { expect, test } from './fixtures';

/** What nginx with deploy/nginx.conf answers. */

const assets = readdirSync(join(distDir, '_astro'));
/** The largest asset of a kind: large enough to be sent precompressed. */
const someAsset = (extension: string) => {
  const size = (name: string) => statSync(join(distDir, '_astro', name)).size;
  return `/_astro/${assets.filter((name) => name.endsWith(extension)).sort((a, b) => size(b) - size(a))[0]}`;
};

/** One path of every kind of response the site sends. */
const pathsByClass = {
  home: '/',
  'approach (en)': localizedPath('approach/peer-support', 'en'),
  comparison: localizedPath('compare/individual-counseling/group-therapy', 'id'),
  guide: localizedPath('guide/addiction-counselor', 'id'),
  quiz: localizedPath('quiz/use-check', 'id'),
  search: localizedPath('search', 'en'),
  hub: localizedPath('hub/counselors', 'id'),
  handout: localizedPath('handout/guide/helping-someone', 'en'),
  embed: localizedPath('embed/pathway-finder', 'id'),
  stylesheet: someAsset('.css'),
  script: someAsset('.js'),
  'preview image': '/og/id/home.png',
  'search runtime': '/pagefind/pagefind.js',
  'search worker': '/pagefind/pagefind-worker.js',
  sitemap: '/sitemap-index.xml',
  robots: '/robots.txt',
} as const satisfies Record<string, string>;

test('every kind of response carries its security and caching headers', async ({ request }) => {
  for (const [name, path] of Object.entries(pathsByClass)) {
    const response = await request.get(path);
    expect(response.status(), `${name} ${path}`).toBe(200);
    const sent = response.headers();
    for (const [header, value] of Object.entries(responseKindOf(path).headers)) {
      expect(sent[header.toLowerCase()], `${name} ${path}: ${header}`).toBe(value);
    }
    expect(sent['server'], 'no version in the Server header').toBe('nginx');
  }
});

test('short links and moved pages answer with one 301 to the page', async ({ request }) => {
  const list = redirects();
  expect(list.length).toBeGreaterThan(70);
  for (const { from, to } of list) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    expect(response.headers()['location'], from).toBe(to);
    expect(response.headers()['strict-transport-security'], from).toBeDefined();
  }
  // Followed, a short link lands on the page itself.
  const landed = await request.get('/g/k3');
  expect(landed.url()).toMatch(new RegExp(`${localizedPath('quiz/use-check', 'id')}$`));
});

test('unknown addresses get a 404 in their language, with the same protection', async ({ page }) => {
  const refused = "frame-ancestors 'none'";
  const cases = [
    ['/tidak-ada/', 'Halaman tidak ditemukan', 'id', refused],
    ['/panduan/tidak-ada', 'Halaman tidak ditemukan', 'id', refused],
    ['/en/nothing-here/', 'Page not found', 'en', refused],
    ['/en/guides/nothing-here/', 'Page not found', 'en', refused],
    // A broken embed link shows the embed's language, inside the frame the embed would have had.
    ['/embed/en/nothing-here/', 'Page not found', 'en', 'frame-ancestors *'],
    ['/embed/id/tidak-ada/', 'Halaman tidak ditemukan', 'id', 'frame-ancestors *'],
    // The static hosts' rule files are for the host, not for visitors.
    ['/_headers', 'Halaman tidak ditemukan', 'id', refused],
    ['/_redirects', 'Halaman tidak ditemukan', 'id', refused],
  ] as const;
  for (const [path, heading, lang, framing] of cases) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('h1'), path).toHaveText(heading);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    expect(await response?.headerValue('content-security-policy'), path).toContain(framing);
    expect(await response?.headerValue('cache-control'), path).not.toContain('immutable');
  }
  // Static hosts serve the nearest 404.html, so each of these folders holds its language's page.
  for (const { prefix, locale } of notFoundScopes()) {
    expect(readFileSync(join(distDir, `${prefix}404.html`), 'utf8'), prefix).toContain(`<html lang="${locale}"`);
  }
});

test('text is sent precompressed: brotli when asked for, else gzip, else plain', async ({ request }) => {
  const textPaths = [pathsByClass.home, pathsByClass.guide, pathsByClass.stylesheet, pathsByClass.script, '/sitemap-0.xml', '/pagefind/pagefind.js'];
  for (const path of textPaths) {
    const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
    for (const [accept, encoding, suffix] of [
      ['br, gzip', 'br', '.br'],
      ['gzip', 'gzip', '.gz'],
      ['identity', undefined, ''],
    ] as const) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': accept } });
      const headers = response.headers();
      expect(headers['content-encoding'], `${path} ${accept}`).toBe(encoding);
      expect(Number(headers['content-length']), `${path} ${accept}`).toBe(statSync(file + suffix).size);
      expect(headers['vary'], `${path} ${accept}`).toBe('Accept-Encoding');
    }
  }
});

test('files too small to gain are sent plain, whatever the browser asks for', async ({ request }) => {
  const small = ['/favicon.svg', '/robots.txt'];
  for (const path of small) {
    const file = join(distDir, path);
    expect(statSync(file).size, path).toBeLessThan(minPrecompressedBytes);
    expect(existsSync(`${file}.br`) || existsSync(`${file}.gz`), `${path} has no precompressed twin`).toBe(false);
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-encoding'], path).toBeUndefined();
    expect(Number(response.headers()['content-length']), path).toBe(statSync(file).size);
  }
});

test('a normal page refuses to be framed by another site; a quiz embed lets it', async ({ browser, baseURL }) => {
  const framed = (key: RouteKey) => new URL(localizedPath(key, 'id'), baseURL).href;
  // Another site, served for real on 127.0.0.1: not localhost, so the frames are cross-origin.
  const host = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>Host</title>
      <iframe id="page" src="${framed('guide/addiction-counselor')}" title="page"></iframe>
      <iframe id="embed" src="${framed('embed/use-check')}" title="embed"></iframe></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const context = await browser.newContext();
  const refused: string[] = [];
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refused.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    await expect(page.frameLocator('#embed').locator('h1')).toBeVisible();
    await expect.poll(() => refused.length).toBe(1);
    expect(refused[0]).toContain("frame-ancestors 'none'");
    // Chromium shows its own error page in the refused frame: nothing of the site's.
    await expect(page.frameLocator('#page').locator('.quick-exit')).toHaveCount(0);
    await expect(page.frameLocator('#embed').locator('.quick-exit')).toHaveCount(1);
  } finally {
    await context.close();
    host.close();
  }
});
