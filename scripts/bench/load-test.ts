/**
 * A bounded load test: nginx with deploy/nginx.conf serving a built site on 127.0.0.1 only, and
 * autocannon asking for a mix of pages and files over a fixed number of connections.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { withNginx } from './nginx.ts';

export interface LoadFigures {
  seconds: number;
  connections: number;
  paths: string[];
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  throughputMBps: number;
  non2xx: number;
  errors: number;
}

const seconds = 20;
const connections = 10;
const port = 4390;

function mixOfPaths(dist: string): string[] {
  const assets = readdirSync(join(dist, '_astro'));
  const first = (extension: string) => `/_astro/${assets.find((name) => name.endsWith(extension))}`;
  return [
    '/',
    '/en/',
    '/panduan/bekerja-dengan-konselor-adiksi/',
    '/en/guides/working-with-an-addiction-counselor/',
    '/kuis/dukungan-apa-yang-cocok/',
    '/pendekatan/rehabilitasi/',
    first('.css'),
    first('.js'),
    '/og/id/home.png',
    '/pagefind/pagefind.js',
  ];
}

export function loadTest(dist: string): Promise<LoadFigures> {
  return withNginx(dist, port, async (origin) => {
    const paths = mixOfPaths(dist);
    const result = await autocannon({
      url: origin,
      connections,
      duration: seconds,
      // Browsers ask for compressed text; the server then sends the precompressed files.
      headers: { 'accept-encoding': 'br, gzip' },
      requests: paths.map((path) => ({ method: 'GET', path })),
    });
    return {
      seconds,
      connections,
      paths,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      throughputMBps: Number((result.throughput.average / 1024 / 1024).toFixed(1)),
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    };
  });
}
