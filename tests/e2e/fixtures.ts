import { test as base, expect, type BrowserContext } from '@playwright/test';

/**
 * A browser context that records what privacy forbids: requests to any other origin (blocked, so
 * nothing leaves the machine) and console errors, CSP violations included.
 */
export interface Watched {
  foreignRequests: string[];
  consoleErrors: string[];
}

export async function watch(context: BrowserContext): Promise<Watched> {
  const watched: Watched = { foreignRequests: [], consoleErrors: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
    watched.foreignRequests.push(url.href);
    return route.abort();
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') watched.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watched.consoleErrors.push(error.message));
  });
  return watched;
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

export const test = base;
export { expect };
