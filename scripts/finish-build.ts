/**
 * `npm run build`'s steps after Astro, each its own script: the readability check beside the search
 * index and then compression (which also compresses the index's own scripts). The check only reads
 * the pages, so it runs at the same time; the build fails if any step fails.
 */
import { spawn } from 'node:child_process';

const run = (script: string) =>
  new Promise<number>((done) => spawn(process.execPath, [script], { stdio: 'inherit' }).on('exit', (code) => done(code ?? 1)));

const [readability, indexAndCompression] = await Promise.all([
  run('scripts/check-readability.ts'),
  run('scripts/index-search.ts').then((code) => (code === 0 ? run('scripts/compress-dist.ts') : code)),
]);
process.exit(readability || indexAndCompression);
