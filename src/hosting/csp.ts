/**
 * The Content-Security-Policy, in one place. Every page's `<meta>` policy (`metaPolicy`, written
 * by the layout) and the hosting headers hold the same directives; the headers add what a `<meta>`
 * policy cannot say (`frame-ancestors`).
 */
export const pageDirectives = [
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
] as const;

/** Every script and stylesheet is a file of our own (Astro inlines none; see astro.config). */
const ownFilesOnly = ["script-src 'self'", "style-src 'self'"];

/** Who may show a page inside a frame: nobody, except for the quiz embeds. */
export type Framing = 'none' | 'anyone';

/**
 * The policy a page carries in its `<meta>`, for hosts that send no headers. No hashes: the site has
 * no inline script or style, so they would only add some 500 bytes of noise to every page.
 */
export const metaPolicy = [...pageDirectives, ...ownFilesOnly].join('; ');

export function pagePolicy(framing: Framing): string {
  const ancestors = framing === 'none' ? "frame-ancestors 'none'" : 'frame-ancestors *';
  return [...pageDirectives, ...ownFilesOnly, ancestors].join('; ');
}

/**
 * Pagefind's worker is a script with its own policy (a worker does not inherit the page's). It
 * compiles the search index's WebAssembly, which needs 'wasm-unsafe-eval' there and only there.
 */
export const searchWorkerPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
].join('; ');
