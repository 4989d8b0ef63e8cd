import { pagePolicy, searchWorkerPolicy } from './csp';

/** HTTP response headers by name, exactly as sent. */
export type Headers = Readonly<Record<string, string>>;

/** Sent with everything: the browser may not guess types, leak addresses or reach device features. */
const everywhere: Headers = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': [
    'accelerometer=()',
    'bluetooth=()',
    'browsing-topics=()',
    'camera=()',
    'display-capture=()',
    'geolocation=()',
    'gyroscope=()',
    'hid=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'serial=()',
    'usb=()',
  ].join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Two years, the figure browsers' preload lists ask for; not preloaded, which is a separate promise.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
};

/** Pages and files whose address stays the same when they change: ask the server each time. */
const revalidate = 'public, max-age=0, must-revalidate';
/** Files whose name carries a hash of their content: a new version is a new address. */
const immutable = 'public, max-age=31536000, immutable';

/**
 * A kind of response the site sends, with its complete set of headers. `match` is a path prefix
 * (ending in `/`) or, for one file, an exact path.
 */
export interface ResponseKind {
  name: string;
  match: string;
  headers: Headers;
}

const page: Headers = {
  ...everywhere,
  'Content-Security-Policy': pagePolicy('none'),
  'X-Frame-Options': 'DENY',
  'Cache-Control': revalidate,
};

/** The default: pages, and every file no other kind claims. */
export const pageKind: ResponseKind = { name: 'page', match: '/', headers: page };

/** The exceptions to `pageKind`. */
export const otherKinds: readonly ResponseKind[] = [
  { name: 'hashed asset', match: '/_astro/', headers: { ...page, 'Cache-Control': immutable } },
  {
    name: 'quiz embed',
    match: '/embed/',
    // Made to sit in other sites' frames: no X-Frame-Options, and any site may frame it.
    headers: withoutHeader({ ...page, 'Content-Security-Policy': pagePolicy('anyone') }, 'X-Frame-Options'),
  },
  {
    name: 'search worker',
    match: '/pagefind/pagefind-worker.js',
    headers: { ...page, 'Content-Security-Policy': searchWorkerPolicy },
  },
];

function withoutHeader(headers: Headers, name: string): Headers {
  return Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));
}

/** The kind a path belongs to: the longest match wins, as in nginx's prefix locations. */
export function responseKindOf(path: string): ResponseKind {
  const matching = [pageKind, ...otherKinds].filter(({ match }) => (match.endsWith('/') ? path.startsWith(match) : path === match));
  return matching.reduce((best, kind) => (kind.match.length > best.match.length ? kind : best), pageKind);
}
