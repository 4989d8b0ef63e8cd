/** BENCHMARKS.md from the measurements: the machine, the build at each scale, the load test. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { fixedPage } from './dist-figures.ts';
import type { LoadFigures } from './load-test.ts';
import type { ScaleResult } from './run.ts';

/** A default Starlight site of 2,000 pages on the same kind of two-core machine. */
const starlight = { pages: 2000, seconds: 68, peakMB: 2000, htmlKB: 238 };

const totalSeconds = (s: ScaleResult) => s.astro.seconds + s.searchIndex.seconds + s.compress.seconds;
const pages = (s: ScaleResult) => s.dist.pagesPerLanguage.id + s.dist.pagesPerLanguage.en;
const peak = (s: ScaleResult) => Math.max(s.astro.peakMB, s.searchIndex.peakMB, s.compress.peakMB);
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

export function benchmarksMarkdown(scales: ScaleResult[], load: LoadFigures): string {
  const rows = scales.map(
    (s) =>
      `| ${s.target} | ${s.dist.pagesPerLanguage.id} / ${s.dist.pagesPerLanguage.en} | ${fixed(s.astro.seconds)} + ${fixed(s.searchIndex.seconds)} + ${fixed(s.compress.seconds)} = ${fixed(totalSeconds(s))} | ${fixed((totalSeconds(s) / pages(s)) * 1000)} | ${fixed(peak(s), 0)} | ${fixed(s.dist.distMB)} (${s.dist.files} files) | ${s.dist.fixedPageBytes} / ${s.dist.fixedPageGzip} | ${fixed(s.dist.pagefindMB)} |`,
  );
  const sizes = new Set(scales.map((s) => s.dist.fixedPageBytes));
  const largest = scales.at(-1)!;
  const msPerPage = (totalSeconds(largest) / pages(largest)) * 1000;
  const starlightMsPerPage = (starlight.seconds / starlight.pages) * 1000;
  const htmlKB = largest.dist.fixedPageBytes / 1024;
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench/) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.

**Machine:** ${machine()}.

## Build time and size by scale

Each scale is a throwaway copy of the project with synthetic guides added (a real guide's text
under new keys and titles, in both languages); each guide adds a guide page and a handout page per
language. Build = \`astro build\` + search index + compression, each timed on its own; peak memory
is the largest resident set of any one step (\`/usr/bin/time -v\`). The fixed page is
\`/${fixedPage.replace('index.html', '')}\`, the same real guide at every scale.

| target pages / language | HTML pages id / en | build s (astro + index + compress) | ms per page | peak MB | dist MB | fixed page HTML, bytes raw / gzip | Pagefind index MB |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

**Does a page's HTML grow with the site?** ${sizes.size === 1 ? `No: the fixed page is ${largest.dist.fixedPageBytes} bytes at every scale.` : `Yes: the fixed page measured ${[...sizes].join(', ')} bytes across the scales.`}

**Does build time grow linearly?** ${linearity(scales)}

**Against a default Starlight site** (2,000 pages in about ${starlight.seconds} s, ${fixed(starlightMsPerPage)} ms per page, ${starlight.peakMB / 1000} GB peak, ${starlight.htmlKB} KB of HTML per page, on the same kind of machine): at the largest scale this site takes ${fixed(msPerPage)} ms per page (${speed(starlightMsPerPage / msPerPage)}; the aim is 2× faster) with ${fixed(peak(largest) / 1024, 2)} GB peak, and the fixed page is ${fixed(htmlKB)} KB of HTML (${fixed(starlight.htmlKB / htmlKB)}× less; the aim is 10×).

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
