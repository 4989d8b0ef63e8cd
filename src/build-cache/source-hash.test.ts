import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceHash } from './source-hash';

const root = mkdtempSync(join(tmpdir(), 'source-hash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('sourceHash', () => {
  it('changes with any source file or the lockfile, never with a test', async () => {
    write('src/quiz/validate.ts', 'export const rule = 1;');
    write('src/quiz/validate.test.ts', 'test');
    write('src/i18n/routes.ts', 'export const routes = {};');
    write('package-lock.json', '{"v":1}');
    const first = await sourceHash(root);

    write('src/quiz/validate.test.ts', 'another test');
    expect(await sourceHash(root)).toBe(first);

    write('src/i18n/routes.ts', 'export const routes = { a: 1 };');
    const afterCode = await sourceHash(root);
    expect(afterCode).not.toBe(first);

    write('package-lock.json', '{"v":2}');
    expect(await sourceHash(root)).not.toBe(afterCode);
  });
});
