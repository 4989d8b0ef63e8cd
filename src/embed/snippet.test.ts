import { describe, expect, it } from 'vitest';
import { embedSnippet, fallbackHeight } from './snippet';

const snippet = embedSnippet({ src: 'https://jalanpulih.id/embed/id/use-check/', title: 'Cek "penggunaan" & kuis · Jalan Pulih' });

describe('the embed code other sites paste', () => {
  it('frames the quiz at a height that works without the script', () => {
    expect(snippet).toContain(`<iframe src="https://jalanpulih.id/embed/id/use-check/" title="Cek &quot;penggunaan&quot; &amp; kuis · Jalan Pulih" width="100%" height="${fallbackHeight}"`);
  });

  it('listens only to this site’s origin, only for the frame that sent the message', () => {
    expect(snippet).toContain('event.origin !== "https://jalanpulih.id"');
    expect(snippet).toContain('event.data.type === "jalan-pulih:height"');
    expect(snippet).toContain('event.data.type === "jalan-pulih:focus"');
    expect(snippet).toContain('frames[i].contentWindow !== event.source');
  });

  it('runs as plain script on any page: no modules, no arrow functions, no template strings', () => {
    const script = snippet.slice(snippet.indexOf('<script>') + 8, snippet.indexOf('</script>'));
    expect(script).not.toMatch(/=>|`|\bimport\b|\blet\b|\bconst\b/);
    expect(() => new Function(script)).not.toThrow();
  });
});
