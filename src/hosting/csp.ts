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

/** The directives that fall back to `default-src` when a policy leaves them out. */
const fallsBackToDefault = ['child-src', 'connect-src', 'font-src', 'frame-src', 'img-src', 'manifest-src', 'media-src', 'object-src', 'script-src', 'style-src', 'worker-src'];

/**
 * The policy a page carries in its `<meta>`, for hosts that send no headers: the same rules as the
 * headers, in as few bytes as every page can afford. A directive that says what `default-src` says
 * is left out, as the browser falls back to it; and there are no hashes, as the site has no inline
 * script or style (a hash of every file of the site would add some 500 bytes to every page).
 */
export const metaPolicy = [...pageDirectives, ...ownFilesOnly]
  .filter((directive, _, all) => {
    const [name, ...sources] = directive.split(' ');
    const fallback = all.find((d) => d.startsWith('default-src '))!.split(' ').slice(1);
    return !fallsBackToDefault.includes(name!) || sources.join(' ') !== fallback.join(' ');
  })
  .join(';');

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
