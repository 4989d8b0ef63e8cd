/**
 * Writes the side-by-side comparison with a default Starlight site into BENCHMARKS.md, from the
 * results that the measuring kit in shared/bench/starlight/ leaves in $SIDE/results:
 * builds/builds.csv (bench-builds.sh), weight.json (weight.mjs) and lh/summary.json (lh.mjs).
 * Both sites hold the same prose and the same number of pages, and were measured in one run.
 *
 * usage: SIDE=/tmp/side node scripts/bench/side-by-side.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const side = process.env.SIDE;
if (!side) throw new Error('Set SIDE to the folder that holds results/ (see shared/bench/starlight/README.md).');
const results = join(side, 'results');

interface Build { kind: 'cold' | 'warm'; site: 'jp' | 'starlight'; wall: number; rssKb: number; pages: number; load: number }
interface Served { total: number; html: number; css: number; js: number; requests: number }
interface LighthouseRow { site: 'A' | 'B'; page: string; performance: number; lcp_ms: number; tbt_ms: number; cls: number }

const builds: Build[] = readFileSync(join(results, 'builds/builds.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [kind, , site, wall, rss, pages, load] = line.split(',');
    return { kind, site, wall: Number(wall), rssKb: Number(rss), pages: Number(pages), load: Number(load) } as Build;
  });
type Weight = Record<'A' | 'B', Record<'guide' | 'home', Served> & { search: { shown: Served & { ms: number } } }>;
// weight.mjs may have been run more than once (weight.json, weight-2.json, …): each figure is the median of the runs.
const weights = readdirSync(results)
  .filter((name) => /^weight(-\d+)?\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(results, name), 'utf8')) as Weight);
const lighthouse = JSON.parse(readFileSync(join(results, 'lh/summary.json'), 'utf8')) as { lighthouse: string; rows: LighthouseRow[] };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const weighed = (pick: (w: Weight) => number) => median(weights.map(pick));
const buildsOf = (kind: Build['kind'], site: Build['site']) => builds.filter((b) => b.kind === kind && b.site === site);
const wall = (kind: Build['kind'], site: Build['site']) => median(buildsOf(kind, site).map((b) => b.wall));
const peakMiB = (site: Build['site']) => Math.max(...buildsOf('cold', site).map((b) => b.rssKb)) / 1024;
const lcp = (site: LighthouseRow['site'], page: string) => median(lighthouse.rows.filter((r) => r.site === site && r.page === page).map((r) => r.lcp_ms));

const bytes = (n: number) => `${Math.round(n).toLocaleString('en')} B`;
const seconds = (n: number) => `${n.toFixed(1)} s`;
const ratio = (ours: number, theirs: number) => (ours / theirs).toFixed(2);

/** A goal is a ratio to Starlight's figure, or with `absolute` a ceiling on ours. */
interface Row { what: string; ours: number; theirs: number; show: (n: number) => string; goal?: number; absolute?: boolean }
const rows: Row[] = [
  { what: 'guide page, everything sent (gzip)', ours: weighed((w) => w.A.guide.total), theirs: weighed((w) => w.B.guide.total), show: bytes, goal: 0.2 },
  { what: 'home page, everything sent (gzip)', ours: weighed((w) => w.A.home.total), theirs: weighed((w) => w.B.home.total), show: bytes, goal: 0.2 },
  { what: 'Lighthouse mobile LCP, guide (median)', ours: lcp('A', 'guide'), theirs: lcp('B', 'guide'), show: (n) => `${Math.round(n)} ms`, goal: 800, absolute: true },
  { what: 'Lighthouse mobile LCP, home (median)', ours: lcp('A', 'home'), theirs: lcp('B', 'home'), show: (n) => `${Math.round(n)} ms`, goal: 800, absolute: true },
  { what: 'Lighthouse mobile LCP, approach (median)', ours: lcp('A', 'approach'), theirs: lcp('B', 'approach'), show: (n) => `${Math.round(n)} ms`, goal: 800, absolute: true },
  { what: 'search: page and first results, bytes', ours: weighed((w) => w.A.search.shown.total), theirs: weighed((w) => w.B.search.shown.total), show: bytes },
  { what: 'search: first results shown (ours from opening the page with ?q=, Starlight from opening its search box on a loaded page)', ours: weighed((w) => w.A.search.shown.ms), theirs: weighed((w) => w.B.search.shown.ms), show: (n) => `${Math.round(n)} ms` },
  { what: `cold \`npm run build\`, median of ${buildsOf('cold', 'jp').length}`, ours: wall('cold', 'jp'), theirs: wall('cold', 'starlight'), show: seconds, goal: 1.5 },
  { what: `warm build, median of ${buildsOf('warm', 'jp').length}`, ours: wall('warm', 'jp'), theirs: wall('warm', 'starlight'), show: seconds, goal: 1.0 },
  { what: 'peak memory, cold build', ours: peakMiB('jp'), theirs: peakMiB('starlight'), show: (n) => `${Math.round(n).toLocaleString('en')} MiB` },
];

const verdict = (row: Row) => {
  if (row.goal === undefined) return '';
  const met = row.absolute ? row.ours <= row.goal : row.ours / row.theirs <= row.goal;
  const goal = row.absolute ? `≤ ${row.show(row.goal)}` : `≤ ${row.goal}×`;
  return met ? `${goal}: met` : `${goal}: **not met**`;
};
const loads = builds.map((b) => b.load);
const pages = (site: Build['site']) => [...new Set(buildsOf('cold', site).map((b) => b.pages))].join('/');

const section = `<!-- side-by-side:start -->
## Side by side with Starlight

Written by \`SIDE=… node scripts/bench/side-by-side.ts\` on ${new Date().toISOString().slice(0, 10)} from one run of the kit in
\`shared/bench/starlight/\`: a default Starlight site holding this project's prose, ${pages('starlight')} HTML pages against
this project's ${pages('jp')}, built alternately on the same machine (3 cold rounds with every cache cleared, then 2 warm
rounds). Load average before each build: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)} on ${cpus().length} cores.
Page bytes are what a static host sends with gzip -9, in Chromium with the cache disabled (median of ${weights.length} runs); Lighthouse ${lighthouse.lighthouse}, mobile
defaults, median of ${lighthouse.rows.filter((r) => r.site === 'A' && r.page === 'guide').length} runs per page.${process.env.KIT_NOTE ? ` ${process.env.KIT_NOTE}` : ''}

| | Jalan Pulih | Starlight | ratio | goal |
| --- | --- | --- | --- | --- |
${rows.map((row) => `| ${row.what} | ${row.show(row.ours)} | ${row.show(row.theirs)} | ${ratio(row.ours, row.theirs)} | ${verdict(row)} |`).join('\n')}
<!-- side-by-side:end -->`;

const file = 'BENCHMARKS.md';
const current = readFileSync(file, 'utf8');
const marked = /<!-- side-by-side:start -->[\s\S]*<!-- side-by-side:end -->/;
writeFileSync(file, marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`);
console.info(section);
