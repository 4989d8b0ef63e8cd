import { existsSync } from 'node:fs';

/** The system Chromium; CHROMIUM_PATH points elsewhere. Tests never download a browser. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Install the Debian package "chromium" or set CHROMIUM_PATH.`);
  }
  return path;
}
