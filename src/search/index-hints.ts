/**
 * What the pages carry for the search index only: the hidden block of type, audiences, keywords and
 * synonyms (SearchIndexHints) and Pagefind's data-pagefind-* attributes. A visitor's phone has no
 * use for them, so once the index is built they are taken out of the pages (scripts/index-search.ts):
 * about 3.8 KB of HTML on a guide.
 */
const hintsBlock = /<div hidden><span data-pagefind-filter="[^"]*"><\/span>[\s\S]*?<\/div>/g;
const pagefindAttribute = / data-pagefind-[a-z]+(?:="[^"]*")?/g;

export function stripIndexHints(html: string): string {
  return html.replace(hintsBlock, '').replace(pagefindAttribute, '');
}
