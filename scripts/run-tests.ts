/**
 * `npm test`: every stage in order (types, the build, unit tests, the browser suite), stopping at
 * the first that fails. Each stage's duration is printed at the end and kept in
 * reports/stages.txt, which .ci/run prints with its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

// The build comes before Vitest because some unit checks read the built pages (style, IPWL wording).
const stages: [name: string, command: string][] = [
  ['astro check', 'astro check'],
  ['build', 'npm run build'],
  ['vitest', 'vitest run'],
  ['playwright', 'playwright test'],
];

const timings: string[] = [];
let status = 0;
for (const [name, command] of stages) {
  const started = performance.now();
  status = spawnSync(command, { shell: true, stdio: 'inherit' }).status ?? 1;
  timings.push(`${name}: ${Math.round((performance.now() - started) / 1000)} s${status === 0 ? '' : ' (failed)'}`);
  if (status !== 0) break;
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/stages.txt', timings.join('\n') + '\n');
console.log(`\nnpm test stages:\n${timings.map((line) => `  ${line}`).join('\n')}`);
process.exit(status);
