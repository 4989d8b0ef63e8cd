import { describe, expect, test } from 'vitest';
import { metaPolicy, pagePolicy } from './csp';

/** What a policy allows for each directive, after falling back to default-src as browsers do. */
function effective(policy: string): Map<string, string> {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources.join(' ')]),
  );
  const fallback = directives.get('default-src') ?? '';
  const names = ['child-src', 'connect-src', 'font-src', 'frame-src', 'img-src', 'manifest-src', 'media-src', 'object-src', 'script-src', 'style-src', 'worker-src'];
  for (const name of names) if (!directives.has(name)) directives.set(name, fallback);
  return directives;
}

describe("a page's <meta> policy", () => {
  test('allows exactly what the hosting headers allow, frame-ancestors aside (a <meta> cannot say it)', () => {
    const headers = effective(pagePolicy('none'));
    headers.delete('frame-ancestors');
    expect(effective(metaPolicy)).toEqual(headers);
  });

  test('names no hash and no inline or eval source', () => {
    expect(metaPolicy).not.toMatch(/sha(256|384|512)-|unsafe-inline|unsafe-eval/);
    expect(metaPolicy).toContain("object-src 'none'");
  });
});
