/** The blocks of running text in a built page's <main>, as a reader meets them. */

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

// Quoted words, tables, code and figures are not the writer's own running text, so they are left out.
const leftOut = [
  /<script[\s\S]*?<\/script>/g,
  /<style[\s\S]*?<\/style>/g,
  /<div hidden>[\s\S]*?<\/div>/g,
  /<table[\s\S]*?<\/table>/g,
  /<blockquote[\s\S]*?<\/blockquote>/g,
  /<pre[\s\S]*?<\/pre>/g,
  /<svg[\s\S]*?<\/svg>/g,
  /<nav[\s\S]*?<\/nav>/g,
  /<textarea[\s\S]*?<\/textarea>/g,
  // Lists generated from data, such as a quiz's scoring rules.
  /<(ol|ul)[^>]*data-generated-text[^>]*>[\s\S]*?<\/\1>/g,
];
const blockEnd = /<\/(p|li|h[1-6]|dt|dd|div|section|article|aside|figcaption|summary|label|button|caption|th|td|option|legend)>|<br\s*\/?>/g;

/** Text blocks (paragraphs, list items, headings …) of <main>, tags removed, white space folded. */
export function mainBlocks(html: string): string[] {
  let main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  for (const pattern of leftOut) main = main.replace(pattern, '\n');
  return decodeEntities(main.replace(blockEnd, '\n').replace(/<[^>]+>/g, ''))
    .split('\n')
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0);
}

/** Words inside quotation marks count as one: a quoted title or saying is not the writer's sentence. */
export function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, ' kutipan ');
}
