import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { routeAt } from '../i18n/routes';
import { shortLinks } from '../i18n/short-links';
import { pageDirectives } from './csp';
import { hostingFiles } from './files';
import { responseKindOf } from './headers';

/** Paths of every kind, and a few that sit between kinds. */
const samplePaths = [
  '/',
  '/en/',
  '/panduan/konseling-di-sekolah/',
  '/en/does-not-exist',
  '/_astro/BaseLayout.abc123.css',
  '/embed/id/cek-penggunaan/',
  '/embed/en/checking-my-use/',
  '/pagefind/pagefind-worker.js',
  '/pagefind/pagefind.js',
  '/og/id/home.png',
  '/favicon.svg',
];

const read = (path: string) => readFileSync(path, 'utf8');

/** The headers a host reading `_headers` sends for a path: every matching rule, in order. */
function headersFromStaticHostFile(text: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const pattern = line.trim();
      applies = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
      continue;
    }
    if (!applies) continue;
    const detach = /^\s+!\s*(.+)$/.exec(line);
    if (detach) delete headers[detach[1] ?? ''];
    else {
      const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      headers[name] = value;
    }
  }
  return headers;
}

interface NginxLocation {
  modifier: '' | '^~' | '=';
  match: string;
  /** The location's own directives, without those of locations nested in it. */
  body: string;
  nested: NginxLocation[];
}

/** The server block's locations, nested ones inside their parents, read line by line. */
function nginxLocations(conf: string): { server: string; locations: NginxLocation[] } {
  const top: NginxLocation[] = [];
  const open: NginxLocation[] = [];
  let server = '';
  for (const line of conf.split('\n')) {
    const start = /^\s+location (?:(\^~|=) )?(\S+) \{(.*)$/.exec(line);
    if (start) {
      const [, modifier = '', match = '', rest = ''] = start;
      const location: NginxLocation = { modifier: modifier as NginxLocation['modifier'], match, body: '', nested: [] };
      (open.at(-1)?.nested ?? top).push(location);
      // A one-line location closes on the same line.
      if (rest.trim().endsWith('}')) location.body = rest.trim().slice(0, -1);
      else open.push(location);
    } else if (/^\s+\}$/.test(line) && open.length > 0) {
      open.pop();
    } else if (open.length > 0) {
      open.at(-1)!.body += `${line}\n`;
    } else {
      server += `${line}\n`;
    }
  }
  return { server, locations: top };
}

/** The location nginx picks among siblings: an exact match, else the longest prefix. */
function chooseLocation(locations: NginxLocation[], path: string): NginxLocation | undefined {
  const exact = locations.find((l) => l.modifier === '=' && l.match === path);
  return exact ?? locations.filter((l) => l.modifier !== '=' && path.startsWith(l.match)).sort((a, b) => b.match.length - a.match.length)[0];
}

/**
 * The headers nginx sends for a path: the chosen location's add_header lines; a location with none
 * inherits its parent's, and a top-level one the server's.
 */
function headersFromNginx(conf: string, path: string): Record<string, string> {
  const { server, locations } = nginxLocations(conf);
  const addHeaders = (text: string) =>
    Object.fromEntries(
      [...text.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map(([, name = '', value = '']) => [
        name,
        value.replaceAll('\\"', '"'),
      ]),
    );
  let headers = addHeaders(server);
  for (let level = locations, chosen = chooseLocation(level, path); chosen; level = chosen.nested, chosen = chooseLocation(level, path)) {
    const own = addHeaders(chosen.body);
    if (Object.keys(own).length > 0) headers = own;
  }
  return headers;
}

describe('hosting files', () => {
  const files = hostingFiles();

  test.each(Object.keys(files))('%s is up to date with src/hosting/ (run `npm run hosting`)', (path) => {
    expect(read(path)).toBe(files[path]);
  });

  test.each(samplePaths)('_headers and nginx.conf send the same headers for %s', (path) => {
    const expected = responseKindOf(path).headers;
    expect(headersFromStaticHostFile(read('public/_headers'), path)).toEqual(expected);
    expect(headersFromNginx(read('deploy/nginx.conf'), path)).toEqual(expected);
  });

  test.each(samplePaths)("Netlify's _headers sends the same for %s, less X-Frame-Options", (path) => {
    const { 'X-Frame-Options': _frameOptions, ...expected } = responseKindOf(path).headers;
    const netlify = read('deploy/netlify/_headers');
    expect(netlify).not.toMatch(/^\s+!/m);
    expect(headersFromStaticHostFile(netlify, path)).toEqual(expected);
  });

  test('_redirects and nginx.conf hold the same 301s', () => {
    const fromStaticHost = read('public/_redirects')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(' '));
    const fromNginx = [...read('deploy/nginx.conf').matchAll(/location = (\S+) \{ return 301 (\S+); \}/g)].map(
      ([, from, to]) => [from, to, '301'],
    );
    expect(fromNginx).toEqual(fromStaticHost);
    expect(fromNginx.length).toBeGreaterThan(2 * Object.keys(shortLinks).length);
  });
});

describe('what the hosting rules promise', () => {
  test('every short link redirects to a page the site has, with and without its final slash', () => {
    const lines = read('public/_redirects');
    for (const code of Object.keys(shortLinks)) {
      for (const from of [`/g/${code}/`, `/g/${code}`]) {
        const to = new RegExp(`^${from} (\\S+) 301$`, 'm').exec(lines)?.[1];
        expect(to && routeAt(to), `${from} → ${to}`).toBeDefined();
      }
    }
  });

  test('no page may be framed but the quiz embeds, which anyone may frame', () => {
    for (const path of samplePaths) {
      const { headers } = responseKindOf(path);
      const csp = headers['Content-Security-Policy'] ?? '';
      if (path.startsWith('/embed/')) {
        expect(csp).toContain('frame-ancestors *');
        expect(headers['X-Frame-Options']).toBeUndefined();
      } else if (path !== '/pagefind/pagefind-worker.js') {
        expect(csp).toContain("frame-ancestors 'none'");
        expect(headers['X-Frame-Options']).toBe('DENY');
      }
    }
  });

  test("the header policy keeps every directive of the pages' own and allows no inline code but the listed scripts", () => {
    const csp = responseKindOf('/').headers['Content-Security-Policy'] ?? '';
    for (const directive of pageDirectives) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*\.|https?:/);
  });

  test('only the search worker may compile WebAssembly', () => {
    const allowing = samplePaths.filter((path) =>
      responseKindOf(path).headers['Content-Security-Policy']?.includes('wasm-unsafe-eval'),
    );
    expect(allowing).toEqual(['/pagefind/pagefind-worker.js']);
  });

  test('hashed assets are cached for a year; everything else is checked again each time', () => {
    for (const path of samplePaths) {
      const cache = responseKindOf(path).headers['Cache-Control'];
      expect(cache).toBe(path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    }
  });
});
