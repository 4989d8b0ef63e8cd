import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashOf } from './cached-file';

/**
 * A hash of the site's own code and its locked dependencies: every file under src/ but tests, and
 * package-lock.json. A cached check made by code keyed under it is made again after any change to
 * that code, whichever module the change is in.
 */
export async function sourceHash(root = '.'): Promise<string> {
  const files = (await readdir(join(root, 'src'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const contents = await Promise.all([...files, join(root, 'package-lock.json')].map((file) => readFile(file)));
  return hashOf(...files, ...contents);
}
