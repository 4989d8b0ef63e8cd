import { inlineScriptHashes } from './inline-scripts';

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

/**
 * Stylesheets are files of our own; so are scripts, but for the few small ones written into the
 * page (src/hosting/inline-scripts.ts), each allowed by its hash.
 */
const ownFilesOnly = [["script-src 'self'", ...inlineScriptHashes].join(' '), "style-src 'self'"];

/** Who may show a page inside a frame: nobody, except for the quiz embeds. */
export type Framing = 'none' | 'anyone';

/** The directives that fall back to `default-src` when a policy leaves them out. */
const fallsBackToDefault = ['child-src', 'connect-src', 'font-src', 'frame-src', 'img-src', 'manifest-src', 'media-src', 'object-src', 'script-src', 'style-src', 'worker-src'];

/**
 * The policy a page carries in its `<meta>`, for hosts that send no headers: the same rules as the
 * headers, in as few bytes as every page can afford. A directive that says what `default-src` says
 * is left out, as the browser falls back to it. The layout writes it without script hashes; the
 * build then names in each page's policy the hashes of that page's own inline scripts only
 * (`metaPolicyAllowing`), so a page allows no script it does not carry.
 */
export const metaPolicy = [...pageDirectives, "script-src 'self'", "style-src 'self'"]
  .filter((directive, _, all) => {
    const [name, ...sources] = directive.split(' ');
    const fallback = all.find((d) => d.startsWith('default-src '))!.split(' ').slice(1);
    return !fallsBackToDefault.includes(name!) || sources.join(' ') !== fallback.join(' ');
  })
  .join(';');

/** A page's `<meta>` policy once the build knows the hashes of its inline scripts. */
export function metaPolicyAllowing(scriptHashes: readonly string[]): string {
  return scriptHashes.length === 0 ? metaPolicy : `${metaPolicy};script-src 'self' ${scriptHashes.join(' ')}`;
}

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
