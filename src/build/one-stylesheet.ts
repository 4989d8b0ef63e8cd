import { createHash } from 'node:crypto';

/** A stylesheet Astro made for a component, linked in the head or, as a quiz's own sheet, in the body. */
const sheetLink = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/** The stylesheets a page links, in the order they come. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(sheetLink)].map((m) => m[1]!);
}

export interface JoinedStyles {
  html: string;
  /** The one stylesheet the page now links, or nothing when it linked one or none already. */
  sheet?: { href: string; css: string };
  /** The stylesheets it linked before. */
  replaced: string[];
}

/**
 * Puts the stylesheets a page links into one file, in the order they come in the page, linked from
 * the head, so the first paint waits for one request on the connection the page came over instead
 * of several new ones. Pages of one view link the same set and so share the file, named by a hash
 * of its content. A sheet linked in the body applied from where it stood; in the joined file its
 * rules still come after the head's, so the cascade is the same, only ready before the first paint.
 */
export function joinStylesheets(html: string, read: (href: string) => string): JoinedStyles {
  const hrefs = linkedStylesheets(html);
  const headEnd = html.indexOf('</head>');
  if (hrefs.length < 2 || headEnd === -1) return { html, replaced: [] };
  const css = hrefs.map(read).join('\n');
  const href = `/_astro/styles.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
  const link = `<link rel="stylesheet" href="${href}">`;
  const firstInHead = html.search(sheetLink) < headEnd;
  let first = firstInHead;
  const without = html.replace(sheetLink, () => {
    const tag = first ? link : '';
    first = false;
    return tag;
  });
  const joined = firstInHead ? without : without.replace('</head>', `${link}</head>`);
  return { html: joined, sheet: { href, css }, replaced: hrefs };
}
