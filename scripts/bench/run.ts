/**
 * `npm run bench`: builds the site at 100, 1,000 and 3,000 pages per language in throwaway
 * copies, load-tests nginx serving the smallest, and writes BENCHMARKS.md and reports/bench.json.
 * Takes about a quarter of an hour on two cores; never part of `npm test`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFigures, type DistFigures } from './dist-figures.ts';
import { loadTest, type LoadFigures } from './load-test.ts';
import { timedStep, type StepCost } from './measure-build.ts';
import { benchmarksMarkdown } from './report.ts';
import { addSyntheticGuides, copyProject } from './synthetic-site.ts';

export interface ScaleResult {
  target: number;
  astro: StepCost;
  searchIndex: StepCost;
  compress: StepCost;
  dist: DistFigures;
}

/** The real site has about 97 pages per language; each synthetic guide adds two. */
const realPagesPerLanguage = 97;
const targets = (process.env.BENCH_SCALES ?? '100,1000,3000').split(',').map(Number);

const scales: ScaleResult[] = [];
let load: LoadFigures | undefined;
for (const target of targets) {
  const copy = copyProject();
  try {
    addSyntheticGuides(copy, Math.max(0, Math.round((target - realPagesPerLanguage) / 2)));
    console.log(`bench: building ${target} pages per language in ${copy}`);
    const astro = timedStep(copy, [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build']);
    const searchIndex = timedStep(copy, [process.execPath, 'scripts/index-search.ts']);
    const compress = timedStep(copy, [process.execPath, 'scripts/compress-dist.ts']);
    const result = { target, astro, searchIndex, compress, dist: distFigures(join(copy, 'dist')) };
    console.log(JSON.stringify(result));
    scales.push(result);
    if (!load) load = await loadTest(join(copy, 'dist'));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
if (!load) throw new Error('no scale was built');
if (load.non2xx > 0 || load.errors > 0) throw new Error(`load test: ${load.non2xx} non-2xx responses and ${load.errors} errors`);

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify({ scales, load }, null, 2)}\n`);
writeFileSync('BENCHMARKS.md', benchmarksMarkdown(scales, load));
console.log('bench: wrote BENCHMARKS.md and reports/bench.json');
