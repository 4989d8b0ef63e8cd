import type { PagefindResultData, PagefindSubResult } from './pagefind';

/** Id of the hidden heading over each page's search keywords (see SearchIndexHints). */
export const keywordsAnchor = 'search-keywords';

/** A piece of a result excerpt, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind's excerpt is escaped text with <mark> around the matched words. Reading it into parts
 * lets the page render it as text nodes, so nothing from the index is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const marked = piece.startsWith('<mark>') && piece.endsWith('</mark>');
      const raw = marked ? piece.slice('<mark>'.length, -'</mark>'.length) : piece;
      return { text: raw.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity), marked };
    });
}

const matchWeight = (section: PagefindSubResult) => section.weighted_locations.reduce((sum, location) => sum + location.weight, 0);

/**
 * The excerpt to show for a result: from the section of the page's text that matched best, never from
 * its keyword list, which reads as a jumble of words. A page that matched only on keywords shows its
 * description instead.
 */
export function resultExcerpt(data: PagefindResultData): ExcerptPart[] {
  const sections = data.sub_results.filter((section) => !section.url.endsWith(`#${keywordsAnchor}`) && matchWeight(section) > 0);
  const best = sections.reduce<PagefindSubResult | undefined>((top, section) => (!top || matchWeight(section) > matchWeight(top) ? section : top), undefined);
  if (best) return excerptParts(best.excerpt);
  return [{ text: data.meta.description ?? '', marked: false }];
}

/** Every word Pagefind marked as matching, anywhere in the result. */
export function matchedWords(data: PagefindResultData): string[] {
  return [data.excerpt, ...data.sub_results.map((section) => section.excerpt)].flatMap((excerpt) => excerptParts(excerpt).filter((part) => part.marked).map((part) => part.text));
}
