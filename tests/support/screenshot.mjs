// Screenshots of built pages for a human look: node tests/support/screenshot.mjs /path/ [/other/ ...]
// Writes reports/screens/<name>-<width>-<scheme>.png at 360 and 1280 px, light and dark.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
mkdirSync('reports/screens', { recursive: true });
const widths = (process.env.WIDTHS ?? '360,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
for (const path of process.argv.slice(2)) {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(base + path);
      const name = path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home';
      const file = `reports/screens/${name}-${width}-${colorScheme}`;
      if (process.env.FULL === '0') {
        await page.screenshot({ path: `${file}.png` });
      } else {
        // Long pages are cut into parts a person can read on screen.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let top = 0, part = 1; top < height; top += 1600, part++) {
          const clip = { x: 0, y: top, width, height: Math.min(1600, height - top) };
          await page.screenshot({ path: `${file}-${part}.png`, fullPage: true, clip });
        }
      }
      await page.close();
    }
  }
}
await browser.close();
