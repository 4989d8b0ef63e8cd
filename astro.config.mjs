// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import { pageDirectives } from './src/hosting/csp';
import { locales } from './src/i18n/locales';
import { isEmbed, localizedPath, routeAt } from './src/i18n/routes';

/** The one public address of the site: canonical URLs, hreflang and the sitemap all derive from it. */
const site = process.env.SITE_URL ?? 'https://jalanpulih.id';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Scripts and styles always ship as files: the hosting headers can then allow 'self' and no
  // inline code, and a visitor's browser caches them once for every page.
  // Pages render a few at a time, so link-preview images (drawn by sharp off the main thread) use both cores.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  prefetch: false,
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  integrations: [
    {
      // Astro writes only the root 404 as 404.html; hosts look for <folder>/404.html, so the
      // English one gets that name too.
      name: 'english-404',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await copyFile(new URL('en/404/index.html', dir), new URL('en/404.html', dir));
        },
      },
    },
    mdx(),
    preact(),
    sitemap({
      // Embeds are parts of other sites' pages, not pages of this one.
      filter: (page) => {
        const route = routeAt(new URL(page).pathname);
        return route !== undefined && !isEmbed(route.key);
      },
      serialize(item) {
        const route = routeAt(new URL(item.url).pathname);
        if (!route) return undefined;
        item.links = locales.map((lang) => ({ lang, url: new URL(localizedPath(route.key, lang), site).href }));
        return item;
      },
    }),
  ],
  security: {
    csp: {
      directives: [...pageDirectives],
    },
  },
});
