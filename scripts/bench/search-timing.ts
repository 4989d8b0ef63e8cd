/**
 * How long a visitor waits for search results, on a phone-like profile (CPU 4× slower, 1.6 Mbps,
 * 150 ms round trip) and unthrottled: the first query typed the moment the page appears, the first
 * query typed once the page has settled (Pagefind is fetched when the page is idle), and later ones.
 * For the record in BENCHMARKS.md, never a test gate.
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../../tests/support/chromium.ts';
import { withNginx } from './nginx.ts';

export interface SearchTiming {
  profile: string;
  /** Typed as soon as the search box works. */
  firstAtOnceMs: number;
  /** Typed once the page has gone quiet and five seconds more, as a visitor who reads first would. */
  firstAfterSettlingMs: number;
  laterMs: number[];
}

const port = 4391;
const readingMs = 5_000;
const profiles = [
  { profile: 'phone-like (CPU ×4, 1.6 Mbps, 150 ms)', throttled: true },
  { profile: 'unthrottled', throttled: false },
];

async function timeSearch(browser: Browser, origin: string, throttled: boolean, settle: boolean): Promise<number[]> {
  const page = await browser.newPage();
  if (throttled) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 100_000 });
  }
  await page.goto(`${origin}/cari/`);
  await page.locator('.search-status[data-state="idle"]').waitFor({ state: 'attached' });
  // A visitor who reads the page for a few seconds before typing; a benchmark may wait on a clock.
  if (settle) {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(readingMs);
  }
  const times: number[] = [];
  for (const query of ['judi online', 'konselor sekolah', 'rehabilitasi']) {
    const input = page.locator('#search-page-query');
    await input.fill(query);
    const start = Date.now();
    await input.press('Enter');
    await page.locator('.search-status[data-state="done"]').filter({ hasText: query }).waitFor({ timeout: 60_000 });
    times.push(Date.now() - start);
  }
  await page.close();
  return times;
}

export function searchTiming(dist: string): Promise<SearchTiming[]> {
  return withNginx(dist, port, async (origin) => {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const timings: SearchTiming[] = [];
      for (const { profile, throttled } of profiles) {
        const [firstAtOnceMs = 0] = await timeSearch(browser, origin, throttled, false);
        const [firstAfterSettlingMs = 0, ...laterMs] = await timeSearch(browser, origin, throttled, true);
        timings.push({ profile, firstAtOnceMs, firstAfterSettlingMs, laterMs });
      }
      return timings;
    } finally {
      await browser.close();
    }
  });
}
