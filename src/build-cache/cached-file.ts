import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Build outputs kept between builds under a hash of everything they are made from, so a rebuild
 * makes again only what changed. The cache lives outside dist/ (which every build empties);
 * BUILD_CACHE_DIR moves it, and deleting it costs one slower build.
 */
const cacheRoot = process.env.BUILD_CACHE_DIR ?? 'node_modules/.cache/jalan-pulih';

/**
 * What the cache holds, one folder each: link-preview PNGs (src/og/), compressed files
 * (scripts/compress-dist.ts), quiz files that passed every check (src/content/quiz-loader.ts) and
 * the search index (scripts/index-search.ts).
 */
export const cacheKinds = { previews: 'og', compressed: 'compressed', quizChecks: 'quiz-checks', searchIndex: 'search-index' } as const;
export type CacheKind = (typeof cacheKinds)[keyof typeof cacheKinds];

export const hashOf = (...inputs: (string | Buffer)[]): string => {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  return hash.digest('hex');
};

/** The bytes cached under `kind/key`, or undefined. A hit is marked as used now (see pruneUnused). */
export async function readCached(kind: CacheKind, key: string): Promise<Buffer | undefined> {
  const file = join(cacheRoot, kind, key);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) {
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
  }
  return cached;
}

/** Stores bytes under `kind/key`. */
export async function writeCached(kind: CacheKind, key: string, bytes: Uint8Array): Promise<void> {
  const file = join(cacheRoot, kind, key);
  await mkdir(join(cacheRoot, kind), { recursive: true });
  // Written aside and renamed, so a build stopped mid-write never leaves half a file to reuse.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}

/** The bytes cached under `kind/key`, or `make()`'s, stored for next time. */
export async function cachedFile(kind: CacheKind, key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const cached = await readCached(kind, key);
  if (cached) return cached;
  const made = await make();
  await writeCached(kind, key, made);
  return made;
}

/**
 * Deletes the entries of one kind that no build has used or made since `since` (a time taken when
 * the build started): outputs of pages and files that changed or are gone, and halves of writes
 * that were stopped. Without this the cache only grows, by one entry per edit.
 */
export async function pruneUnused(kind: CacheKind, since: number): Promise<{ kept: number; removed: number }> {
  const dir = join(cacheRoot, kind);
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = join(dir, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Infinity }));
    if (mtimeMs >= since) continue;
    await unlink(file).catch(() => undefined);
    removed += 1;
  }
  return { kept: names.length - removed, removed };
}
