import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { builtPages } from '../support/dist';
import { expect, test } from './fixtures';

/** The Nu HTML Checker (vnu.jar, run with the machine's Java) over every page of the build. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

test('every built page passes the Nu HTML Checker with no errors', () => {
  test.setTimeout(180_000);
  const files = builtPages().map((page) => page.file);
  expect(files.length).toBeGreaterThan(100);
  // --exit-zero-always: the report, not the exit code, says what is wrong.
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error, 'Java must be installed to run the HTML checker').toBeUndefined();
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  const errors = report.messages
    .filter((m) => m.type !== 'info' || m.subType === 'error')
    .map((m) => `${m.url.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors).toEqual([]);
});
