import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import axe from 'axe-core';

/**
 * A browser context that records what privacy forbids: requests to any other origin (blocked, so
 * nothing leaves the machine) and console errors, CSP violations included.
 */
export interface Watched {
  foreignRequests: string[];
  consoleErrors: string[];
  /** Requests the site itself answered with an error status, such as a 404 for a missing icon. */
  failedRequests: string[];
}

export async function watch(context: BrowserContext): Promise<Watched> {
  const watched: Watched = { foreignRequests: [], consoleErrors: [], failedRequests: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
    watched.foreignRequests.push(url.href);
    return route.abort();
  });
  const listen = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') watched.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watched.consoleErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) watched.failedRequests.push(`${response.status()} ${response.url()}`);
    });
  };
  context.pages().forEach(listen);
  context.on('page', listen);
  return watched;
}

/** Clears what a kept tab has recorded, so a test sees only its own requests and errors. */
export function forget(watched: Watched): void {
  watched.foreignRequests.length = 0;
  watched.consoleErrors.length = 0;
  watched.failedRequests.length = 0;
}

/** Cookies, Web Storage and IndexedDB must all be empty: the site stores nothing. */
export async function expectNothingStored(context: BrowserContext): Promise<void> {
  expect(await context.cookies()).toEqual([]);
  for (const page of context.pages()) {
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, databases: 0 });
  }
}

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG 2.2 AA violations on the page as it is now, one line each. `contrastOnly` runs just
 * colour contrast, the one rule a change of colour scheme can change. axe is injected once per
 * document and reports violations only, which keeps long pages cheap.
 */
export async function axeViolations(page: Page, { contrastOnly = false } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ contrastOnly, wcag22aa }) => {
      const runOnly = contrastOnly ? { type: 'rule' as const, values: ['color-contrast'] } : { type: 'tag' as const, values: wcag22aa };
      const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly, resultTypes: ['violations'] });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { contrastOnly, wcag22aa },
  );
}

/** A tab kept for a whole worker, so page after page costs a navigation, not a new browser context. */
export interface Tab {
  context: BrowserContext;
  page: Page;
  watched: Watched;
}

async function openTab(browser: Browser, options: Parameters<Browser['newContext']>[0]): Promise<Tab> {
  const context = await browser.newContext(options);
  const watched = await watch(context);
  const page = await context.newPage();
  return { context, page, watched };
}

export const test = base.extend<object, { phone: Tab; noScript: Tab }>({
  phone: [
    async ({ browser }, use) => {
      const tab = await openTab(browser, { viewport: { width: 320, height: 720 } });
      await use(tab);
      await tab.context.close();
    },
    { scope: 'worker' },
  ],
  noScript: [
    async ({ browser }, use) => {
      const tab = await openTab(browser, { javaScriptEnabled: false });
      await use(tab);
      await tab.context.close();
    },
    { scope: 'worker' },
  ],
});
export { expect };
