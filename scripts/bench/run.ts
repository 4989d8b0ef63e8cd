/**
 * `npm run bench`: builds the site at 100, 1,000 and 3,000 pages per language in throwaway
 * copies, each cold and then warm, times search and load-tests nginx serving the smallest, and
 * writes BENCHMARKS.md and reports/bench.json.
 * Takes about half an hour on two cores; never part of `npm test`.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFigures, type DistFigures } from './dist-figures.ts';
import { loadTest, type LoadFigures } from './load-test.ts';
import { timedBuild, type BuildCost } from './measure-build.ts';
import { searchTiming, type SearchTiming } from './search-timing.ts';
import { benchmarksMarkdown } from './report.ts';
import { addSyntheticGuides, copyProject } from './synthetic-site.ts';

export interface ScaleResult {
  target: number;
  /** With no cache: no link-preview images and no content-layer store from an earlier build. */
  cold: BuildCost;
  /** The same build again, nothing changed: what a rebuild after a small edit costs. */
  warm: BuildCost;
  dist: DistFigures;
}

/** The real site has about 97 pages per language; each synthetic guide adds two. */
const realPagesPerLanguage = 97;
const targets = (process.env.BENCH_SCALES ?? '100,1000,3000').split(',').map(Number);

const scales: ScaleResult[] = [];
let load: LoadFigures | undefined;
let search: SearchTiming[] | undefined;
// The copies share node_modules, and with it Astro's content-layer store: a cold build starts without it.
const astroStore = join(realpathSync('node_modules'), '.astro');
for (const target of targets) {
  const copy = copyProject();
  try {
    addSyntheticGuides(copy, Math.max(0, Math.round((target - realPagesPerLanguage) / 2)));
    const env = { ...process.env, BUILD_CACHE_DIR: join(copy, '.build-cache') };
    console.log(`bench: building ${target} pages per language in ${copy}, cold then warm`);
    rmSync(astroStore, { recursive: true, force: true });
    const cold = timedBuild(copy, env);
    const warm = timedBuild(copy, env);
    const result = { target, cold, warm, dist: distFigures(join(copy, 'dist')) };
    console.log(JSON.stringify(result));
    scales.push(result);
    if (!load) {
      load = await loadTest(join(copy, 'dist'));
      search = await searchTiming(join(copy, 'dist'));
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
if (!load || !search) throw new Error('no scale was built');
if (load.non2xx > 0 || load.errors > 0) throw new Error(`load test: ${load.non2xx} non-2xx responses and ${load.errors} errors`);

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify({ scales, load, search }, null, 2)}\n`);
// The side-by-side section is written by side-by-side.ts from its own run: keep it.
const sideBySide = existsSync('BENCHMARKS.md') ? /<!-- side-by-side:start -->[\s\S]*<!-- side-by-side:end -->/.exec(readFileSync('BENCHMARKS.md', 'utf8'))?.[0] : undefined;
writeFileSync('BENCHMARKS.md', `${benchmarksMarkdown(scales, load, search).trimEnd()}\n${sideBySide ? `\n${sideBySide}\n` : ''}`);
console.log('bench: wrote BENCHMARKS.md and reports/bench.json');
