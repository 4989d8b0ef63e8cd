// Sums the Vitest and Playwright JSON reports into the closing line "N passed, N failed".
// A test stage that failed before writing its report (a type error, a failed build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const vitest = read('reports/vitest.json');
const browserRuns = { playwright: 'reports/playwright.json' };

let passed = vitest?.numPassedTests ?? 0;
let failed = vitest?.numFailedTests ?? 0;
console.log(`vitest: ${vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : 'no report'}`);
for (const [name, path] of Object.entries(browserRuns)) {
  const run = read(path);
  if (run) {
    passed += run.stats.expected + run.stats.flaky;
    failed += run.stats.unexpected;
  }
  console.log(`${name}: ${run ? `${run.stats.expected} passed, ${run.stats.unexpected} failed, ${run.stats.flaky} flaky` : 'no report'}`);
}
if (Number(process.argv[2] ?? 0) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
