import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF that Chromium printed (`page.pdf()`), for checking what a printout says. It
 * reads what Chromium writes and nothing more: compressed streams, Type0 fonts with a ToUnicode
 * map, and text shown with Tj and TJ from hex strings. Lines follow the PDF's text positioning
 * operators, words its glyphs, so compare with white space folded.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream?: string }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const [dict = '', data] = match[2]!.split(/stream\r?\n/);
    const stream = data === undefined ? undefined : inflated(dict, data.replace(/\r?\nendstream[\s\S]*$/, ''));
    objects.set(match[1]!, { dict, stream });
  }
  const unicodeOf = (fontRef: string) => {
    const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontRef)?.dict ?? '')?.[1];
    return toUnicodeMap(objects.get(cmapRef ?? '')?.stream ?? '');
  };
  const pages = [...objects.values()].filter(({ dict }) => /\/Type \/Page\b(?!s)/.test(dict));
  return pages
    .map(({ dict }) => {
      const fonts = new Map([...(/\/Font <<([^>]*)>>/.exec(dict)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1]!, unicodeOf(m[2]!)]));
      const contents = /\/Contents (\d+) 0 R/.exec(dict)?.[1];
      return showText(objects.get(contents ?? '')?.stream ?? '', fonts);
    })
    .join('\n');
}

function inflated(dict: string, data: string): string {
  if (!dict.includes('/FlateDecode')) return data;
  try {
    return inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
  } catch {
    return '';
  }
}

/** A ToUnicode CMap as glyph code → text, from its bfchar and bfrange sections. */
function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const text = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code!, 16), text(unicode!));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, start] of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      for (let code = parseInt(from!, 16), first = parseInt(start!, 16); code <= parseInt(to!, 16); code++) map.set(code, String.fromCodePoint(first + code - parseInt(from!, 16)));
    }
  }
  return map;
}

/** The text a content stream shows, a new line wherever it moves down to another line. */
function showText(content: string, fonts: Map<string, Map<number, string>>): string {
  let font = new Map<number, string>();
  let out = '';
  const newLine = () => {
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const decode = (hex: string) => (hex.match(/.{4}/g) ?? []).map((code) => font.get(parseInt(code, 16)) ?? '').join('');
  const operators = /\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|(-?[\d.]+) (-?[\d.]+) T[dD]|\b(T\*|ET)\b/g;
  for (const [, name, shown, positioned, , down, ended] of content.matchAll(operators)) {
    if (name) font = fonts.get(name) ?? new Map();
    else if (shown !== undefined) out += decode(shown);
    else if (positioned !== undefined) out += [...positioned.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => decode(m[1]!)).join('');
    else if ((down !== undefined && Number(down) !== 0) || ended) newLine();
  }
  return out;
}
