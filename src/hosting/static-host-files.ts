import { otherKinds, pageKind, type Headers } from './headers';
import type { Redirect } from './redirects';

const generatedNote = '# Generated from src/hosting/ by `npm run hosting`: edit those files, not this one.';

/**
 * `_headers` for static hosts, in Cloudflare Pages' format. A request gets the headers of every
 * rule it matches, so the first rule holds the defaults and each later one first drops (`! Name`)
 * what it replaces. Pages' own 404 handling serves the nearest `404.html`, so `/en/…` gets the
 * English one with no rule.
 */
export function headersFile(): string {
  const blocks = [rule('/*', headerLines(pageKind.headers))];
  for (const kind of otherKinds) {
    const dropped = Object.keys(pageKind.headers).filter((name) => kind.headers[name] !== pageKind.headers[name]);
    const changed = Object.fromEntries(
      Object.entries(kind.headers).filter(([name, value]) => pageKind.headers[name] !== value),
    );
    const pattern = kind.match.endsWith('/') ? `${kind.match}*` : kind.match;
    blocks.push(rule(pattern, [...dropped.map((name) => `! ${name}`), ...headerLines(changed)], kind.name));
  }
  return [generatedNote, ...blocks].join('\n\n') + '\n';
}

/**
 * `_headers` for Netlify, which reads the same format but not `! Name`: every matching rule applies
 * and a later rule's value replaces an earlier one's, so no rule can drop a header. X-Frame-Options
 * is therefore left out everywhere (the embeds must not carry it); the CSP's `frame-ancestors`,
 * which browsers obey in its place, refuses framing on every page but the embeds.
 */
export function netlifyHeadersFile(): string {
  const withoutFrameOptions = (headers: Headers) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'X-Frame-Options'));
  const blocks = [rule('/*', headerLines(withoutFrameOptions(pageKind.headers)))];
  for (const kind of otherKinds) {
    const changed = Object.entries(withoutFrameOptions(kind.headers)).filter(([name, value]) => pageKind.headers[name] !== value);
    const pattern = kind.match.endsWith('/') ? `${kind.match}*` : kind.match;
    blocks.push(rule(pattern, headerLines(Object.fromEntries(changed)), kind.name));
  }
  return [generatedNote, ...blocks].join('\n\n') + '\n';
}

/** `_redirects` for static hosts (Cloudflare Pages and Netlify read the same format). */
export function redirectsFile(list: readonly Redirect[]): string {
  return [generatedNote, ...list.map(({ from, to }) => `${from} ${to} 301`)].join('\n') + '\n';
}

function headerLines(headers: Headers): string[] {
  return Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
}

function rule(pattern: string, lines: string[], comment?: string): string {
  return [...(comment ? [`# ${comment}`] : []), pattern, ...lines.map((line) => `  ${line}`)].join('\n');
}
