import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/support/chromium';

/**
 * Browser tests run against the built site in dist/, served twice as production serves it: by
 * Astro's preview server (what `npm start` runs) and by nginx with deploy/nginx.conf.
 */
const ports = { preview: 4321, nginx: 4322 };
// Checks of the built files and byte counts do not depend on the server, so one project covers
// them; the hosting headers only exist behind nginx, which is also where Lighthouse judges the site.
const fileOnly = ['built-site.spec.ts', 'html-validity.spec.ts', 'budgets.spec.ts'];
const nginxOnly = ['hosting.spec.ts', 'lighthouse.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'astro preview', testIgnore: nginxOnly, use: { baseURL: `http://localhost:${ports.preview}` } },
    { name: 'nginx', testIgnore: fileOnly, use: { baseURL: `http://localhost:${ports.nginx}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve-nginx.ts --port ${ports.nginx}`,
      url: `http://127.0.0.1:${ports.nginx}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `astro preview --port ${ports.preview} --host localhost`,
      url: `http://localhost:${ports.preview}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
