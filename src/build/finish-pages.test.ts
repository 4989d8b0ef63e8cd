import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { metaPolicy, metaPolicyAllowing } from '../hosting/csp';
import { inlineScriptHashes, scriptHash } from '../hosting/inline-scripts';
import { finishPages } from './finish-pages';

const meta = `<meta http-equiv="content-security-policy" content="${metaPolicy}">`;
const links = '<link rel="stylesheet" href="/_astro/a.1.css"><link rel="stylesheet" href="/_astro/b.2.css">';

async function site(pages: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'finish-pages-'));
  await mkdir(join(root, '_astro'));
  await writeFile(join(root, '_astro/a.1.css'), '.a{}');
  await writeFile(join(root, '_astro/b.2.css'), '.b{}');
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), html);
  }
  return root;
}

describe('finishPages', () => {
  test('gives each page one stylesheet and removes the sheets no page links any more', async () => {
    const root = await site({ 'index.html': `<head>${meta}${links}</head><body></body>`, 'x/index.html': `<head>${meta}${links}</head>` });
    const result = await finishPages(pathToFileURL(`${root}/`));
    expect(result).toEqual({ pages: 2, sheets: 1, removed: 2 });
    const html = await readFile(join(root, 'index.html'), 'utf8');
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
    expect(await readdir(join(root, '_astro'))).toEqual([html.match(/styles\.[\w-]+\.css/)![0]]);
  });

  const withScript =
    `<head>${meta}</head><body><script type="module">x()</script><script type="application/json">{}</script>` +
    `<script type="application/ld+json">{"@type":"x"}</script><script type="module" src="/_astro/y.js"></script></body>`;

  test("names in a page's policy the hashes of its own inline scripts, and no others", async () => {
    const root = await site({ 'index.html': withScript, 'plain/index.html': `<head>${meta}</head>` });
    await finishPages(pathToFileURL(`${root}/`), [scriptHash('x()'), scriptHash('other()')]);
    expect(await readFile(join(root, 'index.html'), 'utf8')).toContain(`content="${metaPolicyAllowing([scriptHash('x()')])}"`);
    expect(await readFile(join(root, 'plain/index.html'), 'utf8')).toContain(`content="${metaPolicy}"`);
  });

  test('fails on an inline script the hosting headers do not allow, naming its hash and a page', async () => {
    expect(inlineScriptHashes).not.toContain(scriptHash('x()'));
    const root = await site({ 'index.html': withScript });
    await expect(finishPages(pathToFileURL(`${root}/`))).rejects.toThrow(`${scriptHash('x()')} in 1 page(s), such as index.html`);
  });
});
