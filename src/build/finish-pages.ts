import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metaPolicy, metaPolicyAllowing } from '../hosting/csp';
import { inlineScriptHashes, inlineScriptsOf, scriptHash } from '../hosting/inline-scripts';
import { joinStylesheets, linkedStylesheets } from './one-stylesheet';

/**
 * The last pass over the built pages, before the search index and compression: each page gets one
 * stylesheet, and its `<meta>` policy names the hashes of its own inline scripts. Fails when a page
 * carries an inline script the hosting headers do not allow, naming the page and the hash.
 */
export async function finishPages(
  dist: URL,
  allowedScripts: readonly string[] = inlineScriptHashes,
): Promise<{ pages: number; sheets: number; removed: number }> {
  const root = fileURLToPath(dist);
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
  const cssCache = new Map<string, string>();
  const read = (href: string) => cssCache.get(href)!;
  const sheets = new Map<string, string>();
  const stillLinked = new Set<string>();
  const merged = new Set<string>();
  /** Pages by the hash of an inline script the headers do not allow. */
  const unknown = new Map<string, string[]>();
  const metaTag = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
  const meta = metaTag(metaPolicy);

  for (const file of files) {
    let html = await readFile(join(root, file), 'utf8');
    for (const href of linkedStylesheets(html)) {
      if (!cssCache.has(href)) cssCache.set(href, await readFile(join(root, href), 'utf8'));
    }
    const joined = joinStylesheets(html, read);
    html = joined.html;
    if (joined.sheet) sheets.set(joined.sheet.href, joined.sheet.css);
    joined.replaced.forEach((href) => merged.add(href));
    linkedStylesheets(html).forEach((href) => stillLinked.add(href));

    const hashes = [...new Set(inlineScriptsOf(html).map(scriptHash))];
    for (const hash of hashes) if (!allowedScripts.includes(hash)) unknown.set(hash, [...(unknown.get(hash) ?? []), file]);
    if (hashes.length > 0) {
      if (!html.includes(meta)) throw new Error(`${file}: no <meta> policy to name its inline scripts in`);
      html = html.replace(meta, () => metaTag(metaPolicyAllowing(hashes)));
    }
    await writeFile(join(root, file), html);
  }

  if (unknown.size > 0) {
    const lines = [...unknown].map(([hash, pages]) => `${hash} in ${pages.length} page(s), such as ${pages[0]}`);
    throw new Error(
      `Inline scripts the hosting headers do not allow (a browser would refuse to run them):\n  ${lines.join('\n  ')}\n` +
        'Add each hash to inlineScriptHashes in src/hosting/inline-scripts.ts, then run `npm run hosting`.',
    );
  }
  for (const [href, css] of sheets) await writeFile(join(root, href), css);
  const unused = [...merged].filter((href) => !stillLinked.has(href));
  await Promise.all(unused.map((href) => rm(join(root, href))));
  return { pages: files.length, sheets: sheets.size, removed: unused.length };
}
