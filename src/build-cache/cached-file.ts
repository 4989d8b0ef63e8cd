import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Build outputs kept between builds under a hash of everything they are made from, so a rebuild
 * makes again only what changed. The cache lives outside dist/ (which every build empties);
 * BUILD_CACHE_DIR moves it, and deleting it costs one slower build.
 */
const cacheRoot = process.env.BUILD_CACHE_DIR ?? 'node_modules/.cache/jalan-pulih';

export const hashOf = (...inputs: (string | Buffer)[]): string => {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  return hash.digest('hex');
};

/** The bytes cached under `kind/key`, or `make()`'s, stored for next time. */
export async function cachedFile(kind: string, key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(cacheRoot, kind, key);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const made = await make();
  await mkdir(join(cacheRoot, kind), { recursive: true });
  // Written aside and renamed, so a build stopped mid-write never leaves half a file to reuse.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, made);
  await rename(partial, file);
  return made;
}
