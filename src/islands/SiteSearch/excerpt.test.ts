import { describe, expect, it } from 'vitest';
import { excerptParts, keywordsAnchor, matchedWords, resultExcerpt } from './excerpt';

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked parts', () => {
    expect(excerptParts('Bila <mark>judi</mark> online mulai <mark>mengganggu</mark>.')).toEqual([
      { text: 'Bila ', marked: false },
      { text: 'judi', marked: true },
      { text: ' online mulai ', marked: false },
      { text: 'mengganggu', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('turns escaped characters back into text, never into markup', () => {
    expect(excerptParts('a &lt;script&gt; &amp; <mark>&quot;b&quot;</mark>')).toEqual([
      { text: 'a <script> & ', marked: false },
      { text: '"b"', marked: true },
    ]);
  });

  it('treats an unclosed mark as text', () => {
    expect(excerptParts('x <mark>y')).toEqual([{ text: 'x <mark>y', marked: false }]);
  });
});

describe('resultExcerpt', () => {
  const section = (url: string, excerpt: string, weights: number[]) => ({ url, excerpt, weighted_locations: weights.map((weight) => ({ weight })) });
  const data = (sub_results: ReturnType<typeof section>[]) => ({
    url: '/a/',
    excerpt: 'page excerpt',
    meta: { title: 'A', description: 'The description.' },
    filters: {},
    sub_results,
  });

  it('shows the best-matching section of the text', () => {
    const parts = resultExcerpt(data([section('/a/', 'weak <mark>x</mark>', [1]), section('/a/#b', 'strong <mark>x</mark> <mark>x</mark>', [1, 1])]));
    expect(parts.map((p) => p.text).join('')).toBe('strong x x');
  });

  it('never shows the keyword list, however well it matched', () => {
    const parts = resultExcerpt(data([section('/a/', 'text <mark>x</mark>', [1]), section(`/a/#${keywordsAnchor}`, '<mark>x</mark>, y', [6])]));
    expect(parts.map((p) => p.text).join('')).toBe('text x');
  });

  it('falls back to the description when only the keywords matched', () => {
    expect(resultExcerpt(data([section('/a/', 'text', []), section(`/a/#${keywordsAnchor}`, '<mark>x</mark>', [6])]))).toEqual([
      { text: 'The description.', marked: false },
    ]);
  });
});

describe('matchedWords', () => {
  it('lists every marked word of the page and its sections', () => {
    const data = {
      url: '/a/',
      excerpt: 'a <mark>met</mark> b',
      meta: {},
      filters: {},
      sub_results: [{ url: '/a/#x', excerpt: '<mark>Met.</mark> c', weighted_locations: [] }],
    };
    expect(matchedWords(data)).toEqual(['met', 'Met.']);
  });
});
