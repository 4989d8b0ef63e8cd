// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { copyFile, mkdir } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import { finishPages } from './src/build/finish-pages';
import { cacheKinds, pruneUnused } from './src/build-cache/cached-file';
import { isInlinedScript } from './src/hosting/inline-scripts';
import { notFoundScopes } from './src/hosting/not-found';
import { locales } from './src/i18n/locales';
import { isEmbed, localizedPath, routeAt } from './src/i18n/routes';

/** The one public address of the site: canonical URLs, hreflang and the sitemap all derive from it. */
const site = process.env.SITE_URL ?? 'https://jalanpulih.id';
let buildStarted = Date.now();

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Styles ship as files, one per page (src/build/one-stylesheet.ts), so a browser caches them for
  // every page of a view. Inlining each page's CSS (measured in issue 22) would cost 2.5 to 3 KB on
  // every later page and a hash per page in the policy. Only a few small component scripts are
  // written into the page (src/hosting/inline-scripts.ts); every other asset stays a file.
  // Pages render a few at a time, so link-preview images (drawn by sharp off the main thread) use both cores.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: (file, content) => isInlinedScript(file, content.length) } },
  prefetch: false,
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  integrations: [
    {
      // First, so the 404 pages copied below are copies of finished pages.
      name: 'finish-pages',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const { pages, sheets, removed } = await finishPages(dir);
          logger.info(`${pages} pages: ${sheets} joined stylesheets written, ${removed} stylesheets no page links removed`);
        },
      },
    },
    {
      // Astro writes only the root 404 as 404.html; static hosts look for the nearest
      // <folder>/404.html, so each language's 404 is copied into every folder it answers for.
      name: 'language-404s',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          for (const { prefix, locale } of notFoundScopes()) {
            const home = localizedPath('home', locale);
            const source = new URL(home === '/' ? '404.html' : `.${home}404/index.html`, dir);
            const target = new URL(`.${prefix}404.html`, dir);
            await mkdir(new URL('.', target), { recursive: true });
            await copyFile(source, target);
          }
        },
      },
    },
    {
      // Link-preview images and quiz checks this build did not use belong to pages or code that changed.
      name: 'build-cache',
      hooks: {
        // The first hook of a build, before content is loaded (the quiz checks are made then).
        'astro:config:setup': () => {
          buildStarted = Date.now();
        },
        'astro:build:done': async ({ logger }) => {
          const { kept, removed } = await pruneUnused(cacheKinds.previews, buildStarted);
          await pruneUnused(cacheKinds.quizChecks, buildStarted);
          logger.info(`Link previews in the build cache: ${kept} kept, ${removed} unused removed`);
        },
      },
    },
    {
      // `astro build` starts a dev server to sync content, and Vite would pre-bundle the browser's
      // dependencies for it (the dev toolbar's, Preact's), which nothing in a build requests. That
      // costs seconds whenever its cache is cold or its key changes (as after any `astro dev`).
      name: 'no-dependency-prebundling-in-builds',
      hooks: {
        'astro:config:setup': ({ command, updateConfig }) => {
          if (command !== 'build') return;
          updateConfig({
            vite: {
              plugins: [
                {
                  name: 'no-dependency-prebundling',
                  enforce: 'post',
                  configEnvironment(_name, options) {
                    options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
                  },
                },
              ],
            },
          });
        },
      },
    },
    mdx(),
    // Only the islands hold JSX. Without `include`, the Preact plugin runs Babel over every .ts file of
    // the site, which costs about half a second of each build and changes nothing.
    preact({ include: [/\.tsx$/] }),
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
  // No `security.csp`: Astro would list a hash of every script and stylesheet of the whole site in
  // every page's policy, though all of them load as files of our own. The layout writes the policy
  // (src/hosting/csp.ts) instead.
});
