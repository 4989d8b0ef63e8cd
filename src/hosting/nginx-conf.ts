import { otherKinds, pageKind, type Headers } from './headers';
import { notFoundScopes } from './not-found';
import type { Redirect } from './redirects';

/** Placeholders a deployment replaces: where dist/ lives and what to listen on. */
export const nginxRoot = '/var/www/jalan-pulih';
export const nginxListen = '80';

const header = `# Generated from src/hosting/ by \`npm run hosting\`: edit those files, not this one.
#
# The site, served from a copy of dist/. Put this file in /etc/nginx/conf.d/ (it belongs inside
# the http block), set \`root\` to where dist/ is copied and put TLS in front of it or here.
# \`brotli_static\` needs Debian's libnginx-mod-http-brotli-static; gzip_static is built in.
# dist/ holds a .br and a .gz beside every text file, so nothing is compressed per request.`;

/**
 * nginx's version of the same rules as `_headers` and `_redirects`. nginx drops every inherited
 * `add_header` in a location that has its own, so each location lists its kind's full set; the
 * page headers sit on the server, where the redirects and 404s pick them up too.
 */
export function nginxConf(list: readonly Redirect[]): string {
  // A 404 scope inside a kind's folder (the English embeds) is nested in that kind's location,
  // where it inherits the kind's headers; the others stand on their own.
  const scopes = notFoundScopes();
  const within = (folder: string) => scopes.filter(({ prefix }) => prefix !== folder && prefix.startsWith(folder));
  const kindFolders = otherKinds.map((kind) => kind.match).filter((match) => match.endsWith('/'));
  const notFound = scopes
    .filter(({ prefix }) => !kindFolders.some((folder) => prefix.startsWith(folder)))
    .flatMap(({ prefix }) => location(prefix, [`error_page 404 ${prefix}404.html;`]));
  const kinds = otherKinds.flatMap((kind) => {
    const nested = kind.match.endsWith('/') ? within(kind.match).flatMap(({ prefix }) => location(prefix, [`error_page 404 ${prefix}404.html;`])) : [];
    return ['', `# ${kind.name}`, ...location(kind.match.endsWith('/') ? `^~ ${kind.match}` : `= ${kind.match}`, [...addHeaders(kind.headers), ...nested])];
  });
  const moved = list.flatMap(({ from, to }) => location(`= ${from}`, [`return 301 ${to};`]));
  const body = [
    `listen ${nginxListen};`,
    `root ${nginxRoot};`,
    'index index.html;',
    'charset utf-8;',
    'server_tokens off;',
    '# Redirects say only the path, so they keep whatever host and scheme the visitor used.',
    'absolute_redirect off;',
    'gzip_static on;',
    'gzip_vary on;',
    'brotli_static on;',
    '',
    ...addHeaders(pageKind.headers),
    '',
    '# Each language its own "not found" page.',
    'error_page 404 /404.html;',
    ...notFound,
    ...kinds,
    '',
    '# The rules for static hosts, which those hosts never serve either.',
    ...location('~ ^/_(headers|redirects)$', ['return 404;']),
    '',
    '# Short links and moved pages.',
    ...moved,
  ];
  return `${header}\n\nserver {\n${indent(body).join('\n')}\n}\n`;
}

/** `always`, so 404s carry the same protection as pages. */
function addHeaders(headers: Headers): string[] {
  return Object.entries(headers).map(([name, value]) => `add_header ${name} "${value.replaceAll('"', '\\"')}" always;`);
}

function location(match: string, lines: string[]): string[] {
  return lines.length === 1 ? [`location ${match} { ${lines[0]} }`] : [`location ${match} {`, ...indent(lines), '}'];
}

function indent(lines: string[]): string[] {
  return lines.map((line) => (line ? `    ${line}` : ''));
}
