/**
 * Writes the hosting files (public/_headers, public/_redirects, deploy/nginx.conf) from
 * src/hosting/. A unit test fails while a written file differs from what src/hosting/ says.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostingFiles } from '../src/hosting/files';

for (const [path, text] of Object.entries(hostingFiles())) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
