import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The cache folder is read when the module loads, so the module is loaded after it is set.
const root = mkdtempSync(join(tmpdir(), 'build-cache-'));
let cache: typeof import('./cached-file');

beforeAll(async () => {
  vi.stubEnv('BUILD_CACHE_DIR', root);
  cache = await import('./cached-file');
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

/** An entry left by an earlier build, last used an hour ago. */
function oldEntry(name: string): void {
  const dir = join(root, 'og');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), name);
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(join(dir, name), hourAgo, hourAgo);
}

describe('the build cache', () => {
  it('makes an output once and reuses it', async () => {
    const make = vi.fn(async () => Buffer.from('png'));
    expect((await cache.cachedFile('compressed', 'a.br', make)).toString()).toBe('png');
    expect((await cache.cachedFile('compressed', 'a.br', make)).toString()).toBe('png');
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('deletes only the entries this build neither used nor made, and halves of stopped writes', async () => {
    oldEntry('used.png');
    oldEntry('gone.png');
    oldEntry('stopped.png.123.partial');
    const started = Date.now();
    await cache.readCached('og', 'used.png');
    await cache.cachedFile('og', 'new.png', async () => Buffer.from('new'));

    const { removed } = await cache.pruneUnused('og', started);

    expect(removed).toBe(2);
    expect(readdirSync(join(root, 'og')).sort()).toEqual(['new.png', 'used.png']);
  });
});
