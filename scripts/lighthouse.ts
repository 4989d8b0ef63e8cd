/**
 * Lighthouse, with its default mobile settings (a mid-range phone on a slow 4G link, simulated),
 * on the home page, a guide, an approach, a quiz and the search page with a query. Writes the four category
 * scores and LCP, TBT and CLS of each to reports/lighthouse.json and reports/lighthouse.md.
 * `BASE_URL=http://localhost:4321 node scripts/lighthouse.ts` (the site must be served).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const auditedPaths = {
  home: '/',
  guide: '/panduan/bekerja-dengan-konselor-adiksi/',
  approach: '/pendekatan/konseling-individual/',
  quiz: '/kuis/dukungan-apa-yang-cocok/',
  // With a query, so the audit sees Pagefind load and answer, the search page's real cost.
  search: '/cari/?q=judi',
} as const;

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface Audit {
  page: string;
  path: string;
  scores: Record<(typeof categories)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that scored below 1 in the three categories that must be 100, as "id: title". */
  failing: string[];
}

const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * One page's report. On a busy machine Lighthouse itself sometimes fails to trace a load (a
 * runtime error such as NO_LCP, every category then unscored); that is the tool, not the page, so
 * such a run is repeated, up to three times. A page that loads but scores low is never repeated.
 */
async function auditOnce(url: string, port: number): Promise<NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']> {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const unscored = Object.values(lhr.categories).some((category) => category.score === null);
    if (!(lhr.runtimeError || unscored) || attempt === 3) return lhr;
    console.warn(`Lighthouse could not trace ${url} (${lhr.runtimeError?.code ?? 'unscored category'}); trying again.`);
  }
}

export async function auditPages(baseURL: string): Promise<Audit[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: chromiumFlags,
  });
  try {
    const audits: Audit[] = [];
    for (const [page, path] of Object.entries(auditedPaths)) {
      const lhr = await auditOnce(new URL(path, baseURL).href, chrome.port);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = categories
        .filter((id) => id !== 'performance')
        .flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`);
      audits.push({
        page,
        path,
        scores: Object.fromEntries(categories.map((id) => [id, score(id)])) as Audit['scores'],
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        failing,
      });
    }
    return audits;
  } finally {
    chrome.kill();
  }
}

export function markdownTable(audits: Audit[]): string {
  const rows = audits.map(
    ({ page, path, scores, lcpMs, tbtMs, cls }) =>
      `| ${page} \`${path}\` | ${categories.map((id) => scores[id]).join(' | ')} | ${lcpMs} ms | ${tbtMs} ms | ${cls} |`,
  );
  return [
    '| page | Performance | Accessibility | Best Practices | SEO | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function writeReports(audits: Audit[]): void {
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/lighthouse.json', `${JSON.stringify(audits, null, 2)}\n`);
  writeFileSync('reports/lighthouse.md', `${markdownTable(audits)}\n`);
}

if (import.meta.main) {
  const audits = await auditPages(process.env.BASE_URL ?? 'http://localhost:4321');
  writeReports(audits);
  console.log(markdownTable(audits));
  for (const { page, failing } of audits) if (failing.length > 0) console.log(`${page}: ${failing.join('; ')}`);
}
