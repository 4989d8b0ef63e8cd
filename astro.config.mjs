// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { locales } from './src/i18n/locales';
import { isEmbed, localizedPath, routeAt } from './src/i18n/routes';

/** The one public address of the site: canonical URLs, hreflang and the sitemap all derive from it. */
const site = process.env.SITE_URL ?? 'https://jalanpulih.id';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: false,
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  integrations: [
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
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
    },
  },
});
