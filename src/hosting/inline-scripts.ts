import { createHash } from 'node:crypto';

/**
 * The few component scripts that ship inside the page instead of as files: quick exit, read-aloud,
 * print and copy buttons, the embed's resize message. Each is under 1.5 KB and imports nothing, and
 * as files they were the only requests besides the stylesheet that a page makes before its first
 * paint (issue 22: the guide's Lighthouse LCP went from 0.94 s to about 0.75 s).
 *
 * A browser runs an inline script only when the policy names its hash, so the hosting headers list
 * these. The build fails when a page carries an inline script whose hash is not here; the message
 * gives the hash to add, then `npm run hosting` writes it into the hosting files.
 */
export const inlineScriptHashes: readonly string[] = [
  // QuickExit: every page of the site
  "'sha256-2MgGsRuBSKCrkFfjLPr3d9isMikWZT16KqpXXF14lsQ='",
  // ReadAloud: approaches, guides, quizzes
  "'sha256-8h18Dss8Bqq/oEjuOupRmYhd/8w7gkEcsZuMhJ1rsj0='",
  // PrintControls: pages with a worksheet, the plan, the handouts
  "'sha256-s6Na4IOSlnkLtA9oVd/uqjrYs3RTtJUfHnn6lP9a35U='",
  // CopyButton: the school and workplace hubs
  "'sha256-pPaan0+ORc6LocD4lO2EXtDX8BmP4D0mLJ7E2ULHH/8='",
  // EmbedView: the quiz embeds
  "'sha256-7207YFY2pAVNWHqPinbv4aqGI9pd78XhcyE6bvHnhjY='",
];

const inlinedScriptMaxBytes = 1536;

/**
 * Which built scripts Astro writes into the page: a component's own script, small and
 * self-contained (Astro inlines only a script that imports nothing). A test on the built guide
 * fails if a change of Astro's file names stops this from matching.
 */
export function isInlinedScript(fileName: string, bytes: number): boolean {
  return /\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/.test(fileName) && bytes <= inlinedScriptMaxBytes;
}

/** The policy source that lets one inline script run. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
}

/** The text of every inline script of a page that a browser would run; data blocks (JSON) are not run. */
export function inlineScriptsOf(html: string): string[] {
  const runs = (attributes: string) => !/\bsrc=/.test(attributes) && /^(|module|text\/javascript)$/.test(/\btype="([^"]*)"/.exec(attributes)?.[1] ?? '');
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => runs(m[1] ?? '')).map((m) => m[2] ?? '');
}
