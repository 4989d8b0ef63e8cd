import { createHash } from 'node:crypto';

/** A page's head links each stylesheet Astro made for the components it renders. */
const headLink = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

export interface JoinedStyles {
  html: string;
  /** The one stylesheet the page now links, or nothing when it linked one or none already. */
  sheet?: { href: string; css: string };
  /** The stylesheets it linked before. */
  replaced: string[];
}

/**
 * Puts the stylesheets a page links in its head into one file, in the same order, so the first
 * paint waits for one request on the connection the page came over instead of several new ones.
 * Pages of one view link the same set and so share the file. The name is a hash of the content.
 */
export function joinStylesheets(html: string, read: (href: string) => string): JoinedStyles {
  const head = html.slice(0, html.indexOf('</head>'));
  const hrefs = [...head.matchAll(headLink)].map((m) => m[1]!);
  if (hrefs.length < 2) return { html, replaced: [] };
  const css = hrefs.map(read).join('\n');
  const href = `/_astro/styles.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
  let first = true;
  const joined = head.replace(headLink, () => {
    const tag = first ? `<link rel="stylesheet" href="${href}">` : '';
    first = false;
    return tag;
  });
  return { html: joined + html.slice(head.length), sheet: { href, css }, replaced: hrefs };
}
