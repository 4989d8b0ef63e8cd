import { describe, expect, it } from 'vitest';
import { stripIndexHints } from './index-hints';

describe('stripIndexHints', () => {
  it('takes out the hidden block of keywords and synonyms and every data-pagefind attribute', () => {
    const page = [
      '<meta name="description" content="D" data-pagefind-meta="description[content]">',
      '<main id="main" data-pagefind-body><h1>T</h1><nav data-pagefind-ignore>toc</nav>',
      '<div hidden><span data-pagefind-filter="type:guide"></span><span data-pagefind-meta="keywords:a, b"></span>',
      '<h2 id="search-keywords">·</h2><p data-pagefind-weight="10">a, b</p><p data-pagefind-weight="3">c</p></div>',
      '<dl><dt data-pagefind-weight="7">Term</dt></dl></main>',
    ].join('');
    expect(stripIndexHints(page)).toBe('<meta name="description" content="D"><main id="main"><h1>T</h1><nav>toc</nav><dl><dt>Term</dt></dl></main>');
  });

  it('leaves every other hidden block and attribute alone', () => {
    const page = '<div hidden><p>Shown later</p></div><div data-pagefinder="x" hidden>y</div>';
    expect(stripIndexHints(page)).toBe(page);
  });
});
