// Browser time of a first and a later search, for the record (never a test gate):
// node tests/support/search-timing.mjs [base URL]. Prints milliseconds, without and with a
// phone-like CPU (4x slower) and network (1.6 Mbps, 150 ms latency).
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:4321';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function timeQueries(throttled) {
  const page = await browser.newPage();
  if (throttled) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 100_000 });
  }
  await page.goto(`${base}/cari/`);
  await page.locator('.search-status[data-state="empty"]').waitFor();
  const times = [];
  for (const query of ['judi online', 'konselor sekolah', 'rehabilitasi']) {
    const input = page.locator('#search-page-query');
    await input.fill(query);
    const start = Date.now();
    await input.press('Enter');
    await page.locator(`.search-status[data-state="done"]`).filter({ hasText: query }).waitFor();
    times.push(Date.now() - start);
  }
  await page.close();
  return times;
}

for (const throttled of [false, true]) {
  const [first, ...later] = await timeQueries(throttled);
  console.log(`${throttled ? 'phone-like' : 'unthrottled'}: first query ${first} ms, later queries ${later.join(' ms, ')} ms`);
}
await browser.close();
