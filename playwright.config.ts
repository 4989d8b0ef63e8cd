import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/support/chromium';

/**
 * Browser tests run once, against the built site in dist/ served by nginx with deploy/nginx.conf,
 * as production serves it. A short smoke test checks that `npm start` (Astro's preview server)
 * serves the same build. E2E_PORT moves both servers, so two checkouts can test side by side.
 */
const nginxPort = Number(process.env.E2E_PORT ?? 4322);
const previewPort = nginxPort + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Long pages on a busy machine need time; tests wait for states, never for a clock.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'nginx', testIgnore: 'start-smoke.spec.ts', use: { baseURL: `http://localhost:${nginxPort}` } },
    { name: 'npm start', testMatch: 'start-smoke.spec.ts', use: { baseURL: `http://localhost:${previewPort}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve-nginx.ts --port ${nginxPort}`,
      url: `http://127.0.0.1:${nginxPort}/`,
      // Never reuse: a server left from another run may serve another build or configuration.
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `astro preview --port ${previewPort} --host localhost`,
      url: `http://localhost:${previewPort}/`,
      // Never reuse: a server left from another run may serve another build or configuration.
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
