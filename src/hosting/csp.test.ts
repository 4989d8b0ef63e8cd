import { describe, expect, test } from 'vitest';
import { metaPolicy, metaPolicyAllowing, pagePolicy } from './csp';
import { inlineScriptHashes } from './inline-scripts';

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
  test('allows exactly what the hosting headers allow once it names every inline script, frame-ancestors aside (a <meta> cannot say it)', () => {
    const headers = effective(pagePolicy('none'));
    headers.delete('frame-ancestors');
    expect(effective(metaPolicyAllowing(inlineScriptHashes))).toEqual(headers);
  });

  test('names no hash until the build gives it those of the page, and never an inline or eval source', () => {
    expect(metaPolicy).not.toMatch(/sha(256|384|512)-|unsafe-inline|unsafe-eval/);
    expect(metaPolicy).toContain("object-src 'none'");
    const one = inlineScriptHashes[0]!;
    expect(effective(metaPolicyAllowing([one])).get('script-src')).toBe(`'self' ${one}`);
    expect(metaPolicyAllowing([])).toBe(metaPolicy);
  });
});

describe('the hosting policy', () => {
  test('allows each inline script by its hash, and styles only as files', () => {
    const policy = effective(pagePolicy('none'));
    expect(policy.get('script-src')).toBe(["'self'", ...inlineScriptHashes].join(' '));
    expect(policy.get('style-src')).toBe("'self'");
    expect(pagePolicy('anyone')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
