/**
 * Runs in the page: every place where a line breaks between two letters of one word, for words of
 * ordinary length. Each text node's characters are measured with a Range; a character that sits
 * lower than the one before it starts a new line. A word wider than `longWord` pixels is a long
 * word, which may break (browsers that know the language hyphenate it there); every shorter word
 * must wrap whole. Returns "tag.class: start|rest" for each break found.
 */
export function midWordBreaks(longWord: number): string[] {
  const breaks: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, template, noscript, svg, .visually-hidden, [hidden]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const range = document.createRange();
  const widthOf = (element: Element, word: string) => {
    const probe = document.createElement('span');
    probe.textContent = word;
    probe.style.whiteSpace = 'nowrap';
    element.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    const element = node.parentElement!;
    if (!/\p{L}{2}/u.test(text) || element.getClientRects().length === 0) continue;
    let previousTop: number | undefined;
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      if (previousTop !== undefined && rect.top > previousTop + 2 && /\p{L}/u.test(text[i - 1]!) && /\p{L}/u.test(text[i]!)) {
        const start = text.slice(0, i).search(/[\p{L}\p{N}]+$/u);
        const word = text.slice(start).match(/^[\p{L}\p{N}]+/u)![0];
        if (widthOf(element, word) <= longWord) breaks.push(`${element.tagName.toLowerCase()}.${element.className}: ${text.slice(start, i)}|${word.slice(i - start)}`);
      }
      previousTop = rect.top;
    }
  }
  return breaks;
}
