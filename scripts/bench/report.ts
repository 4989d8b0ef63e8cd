/** BENCHMARKS.md from the measurements: the machine, the build at each scale, the load test. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { fixedPage } from './dist-figures.ts';
import type { LoadFigures } from './load-test.ts';
import type { BuildCost } from './measure-build.ts';
import type { ScaleResult } from './run.ts';
import type { SearchTiming } from './search-timing.ts';

/** A default Starlight site of 2,000 pages on the same kind of two-core machine. */
const starlight = { pages: 2000, seconds: 68, peakMB: 2000, htmlKB: 238 };

const buildSeconds = (b: BuildCost) => b.astro.seconds + b.searchIndex.seconds + b.compress.seconds;
const totalSeconds = (s: ScaleResult) => buildSeconds(s.cold);
const pages = (s: ScaleResult) => s.dist.pagesPerLanguage.id + s.dist.pagesPerLanguage.en;
const msPerPage = (b: BuildCost, s: ScaleResult) => (buildSeconds(b) / pages(s)) * 1000;
const peak = (s: ScaleResult) => Math.max(...[s.cold, s.warm].flatMap((b) => [b.astro.peakMB, b.searchIndex.peakMB, b.compress.peakMB]));
const steps = (b: BuildCost) => `${fixed(b.astro.seconds)} + ${fixed(b.searchIndex.seconds)} + ${fixed(b.compress.seconds)} = ${fixed(buildSeconds(b))}`;
const fixed = (n: number, digits = 1) => n.toFixed(digits);
const speed = (ratio: number) => (ratio >= 1 ? `${fixed(ratio)}× faster` : `${fixed(1 / ratio)}× slower`);

function machine(): string {
  const os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'Linux';
  const nginx = execFileSync('/usr/sbin/nginx', ['-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) || '';
  const nginxVersion = nginx.trim() || execFileSync('sh', ['-c', '/usr/sbin/nginx -v 2>&1'], { encoding: 'utf8' }).trim();
  return `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fixed(totalmem() / 1024 ** 3, 0)} GiB RAM, ${os}, Node ${process.version}, ${nginxVersion.replace('nginx version: ', '')}`;
}

function linearity(scales: ScaleResult[]): string {
  if (scales.length < 3) return 'Too few scales to judge linearity.';
  const [a, b, c] = scales as [ScaleResult, ScaleResult, ScaleResult];
  const marginal = (x: ScaleResult, y: ScaleResult) => ((totalSeconds(y) - totalSeconds(x)) / (pages(y) - pages(x))) * 1000;
  const first = marginal(a, b);
  const second = marginal(b, c);
  const ratio = second / first;
  const verdict = ratio <= 1.25 ? 'Yes' : 'No';
  return `${verdict}: each added page costs ${fixed(first)} ms between the first two scales and ${fixed(second)} ms between the last two (ratio ${fixed(ratio, 2)}; linear would be 1, and under 1.25 is counted as linear).`;
}

export function benchmarksMarkdown(scales: ScaleResult[], load: LoadFigures, search: SearchTiming[]): string {
  const rows = scales.map(
    (s) =>
      `| ${s.target} | ${s.dist.pagesPerLanguage.id} / ${s.dist.pagesPerLanguage.en} | ${steps(s.cold)} | ${fixed(msPerPage(s.cold, s))} | ${steps(s.warm)} | ${fixed(msPerPage(s.warm, s))} | ${fixed(peak(s), 0)} | ${fixed(s.dist.distMB)} (${s.dist.files} files) | ${s.dist.fixedPageBytes} / ${s.dist.fixedPageGzip} | ${fixed(s.dist.pagefindMB)} |`,
  );
  const sizes = new Set(scales.map((s) => s.dist.fixedPageBytes));
  const largest = scales.at(-1)!;
  const coldMs = msPerPage(largest.cold, largest);
  const warmMs = msPerPage(largest.warm, largest);
  const starlightMsPerPage = (starlight.seconds / starlight.pages) * 1000;
  const htmlKB = largest.dist.fixedPageBytes / 1024;
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench/) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.

**Machine:** ${machine()}.

## Build time and size by scale

Each scale is a throwaway copy of the project with synthetic guides added (a real guide's text
under new keys and titles, in both languages); each guide adds a guide page and a handout page per
language. Build = \`astro build\` + search index + compression, each timed on its own. A cold
build starts with no cache (no link-preview images drawn before, no content-layer store); the warm
build is the same build run again at once, as after a small edit. Peak memory is the largest
resident set of any one step (\`/usr/bin/time -v\`). The fixed page is
\`/${fixedPage.replace('index.html', '')}\`, the same real guide at every scale.

| target pages / language | HTML pages id / en | cold build s (astro + index + compress) | cold ms per page | warm build s | warm ms per page | peak MB | dist MB | fixed page HTML, bytes raw / gzip | Pagefind index MB |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

**Does a page's HTML grow with the site?** ${sizes.size === 1 ? `No: the fixed page is ${largest.dist.fixedPageBytes} bytes at every scale.` : `Yes: the fixed page measured ${[...sizes].join(', ')} bytes across the scales.`}

**Does build time grow linearly?** ${linearity(scales)}

**Against a default Starlight site** (2,000 pages in about ${starlight.seconds} s, ${fixed(starlightMsPerPage)} ms per page, ${starlight.peakMB / 1000} GB peak, ${starlight.htmlKB} KB of HTML per page, on the same kind of machine): at the largest scale a cold build takes ${fixed(coldMs)} ms per page (${speed(starlightMsPerPage / coldMs)}; the aim is no slower) and a warm rebuild ${fixed(warmMs)} ms per page (${speed(starlightMsPerPage / warmMs)}; the aim is 2× faster) with ${fixed(peak(largest) / 1024, 2)} GB peak, and the fixed page is ${fixed(htmlKB)} KB of HTML (${fixed(starlight.htmlKB / htmlKB)}× less; the aim is 10×).

**Where the time goes** (the largest scale): in a cold build Astro's render of the pages is ${fixed((largest.cold.astro.seconds / buildSeconds(largest.cold)) * 100, 0)}% of the
time, Pagefind's index ${fixed((largest.cold.searchIndex.seconds / buildSeconds(largest.cold)) * 100, 0)}% and compression ${fixed((largest.cold.compress.seconds / buildSeconds(largest.cold)) * 100, 0)}% (gzip at level 9 and brotli, at level 10
for pages and 11 for shared files, for every text file of 512 bytes or more, on one worker thread per core). Much of Astro's share is
drawing each page's link-preview PNG (sharp, a few pages at a time so both cores work). A warm
build takes both costly outputs from the build cache (\`node_modules/.cache/jalan-pulih\`: each
PNG under a hash of its text, the layout code, the fonts, the PNG options and sharp's version;
each compressed file under a hash of its bytes; entries no build used are deleted), so Astro goes from
${fixed(largest.cold.astro.seconds)} s to ${fixed(largest.warm.astro.seconds)} s and compression from ${fixed(largest.cold.compress.seconds)} s to ${fixed(largest.warm.compress.seconds)} s; what remains is rendering the HTML
and reading and hashing every file.

## Search timing

The search page of the smallest scale behind nginx, in Chromium: milliseconds from pressing Enter
to the results' status line. Pagefind (script, worker, wasm, index metadata) starts loading as soon
as the page is idle, so a visitor who reads the page for a moment before typing waits only for the
query's own index chunk.

| profile | first query, typed at once | first query, typed after the page settled | later queries |
|---|---|---|---|
${search.map((s) => `| ${s.profile} | ${s.firstAtOnceMs} ms | ${s.firstAfterSettlingMs} ms | ${s.laterMs.join(' ms, ')} ms |`).join('\n')}

## Load test

nginx (\`npm run serve:nginx\`'s setup, deploy/nginx.conf) serving the smallest scale's dist on
127.0.0.1 only, autocannon with ${load.connections} connections for ${load.seconds} s, asking for
compressed text (\`Accept-Encoding: br, gzip\`) over this mix, in turn:
${load.paths.map((path) => `\`${path}\``).join(', ')}.

| requests / s | p50 latency | p99 latency | throughput | non-2xx | errors |
|---|---|---|---|---|---|
| ${load.requestsPerSecond} | ${load.p50Ms} ms | ${load.p99Ms} ms | ${load.throughputMBps} MB/s | ${load.non2xx} | ${load.errors} |

The load generator and the server share the same two cores, so these figures are a floor.
`;
}
