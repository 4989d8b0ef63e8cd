/**
 * A throwaway copy of the project with synthetic guides added, so the build can be measured at
 * sizes the real site has not reached. Each synthetic guide is a real guide's text under a new
 * key and title in both languages, so it passes every schema and integrity check; each adds a
 * guide page and a handout page per language.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const model = 'addiction-counselor';
const locales = ['id', 'en'] as const;

export function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'jalan-pulih-bench-'));
  const excluded = ['node_modules', 'dist', '.git', 'reports', '.astro', 'test-results'].map((dir) => `--exclude=./${dir}`);
  execFileSync('sh', ['-c', `tar -c ${excluded.join(' ')} . | tar -x -C "${copy}"`]);
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  return copy;
}

export function addSyntheticGuides(copy: string, count: number): void {
  const keys = Array.from({ length: count }, (_, i) => `bench-${i + 1}`);
  const routes = join(copy, 'src/i18n/routes.ts');
  const slugs = keys.map((key) => `  '${key}': { id: 'uji-${key}', en: 'test-${key}' },`).join('\n');
  writeFileSync(routes, readFileSync(routes, 'utf8').replace('export const guideSlugs = {', `export const guideSlugs = {\n${slugs}`));
  for (const locale of locales) {
    const text = readFileSync(join(copy, 'content/guides', locale, `${model}.mdx`), 'utf8');
    keys.forEach((key, i) => {
      const page = text.replace(/^title: (.*)$/m, (_, title: string) => `title: "${title.replace(/"/g, '')} ${i + 1}"`);
      writeFileSync(join(copy, 'content/guides', locale, `${key}.mdx`), page);
    });
  }
}
