import { inflateSync } from 'node:zlib';

/**
 * Just enough of PDF to check what Chromium prints: the text on each page (through each font's
 * ToUnicode map), the document's title, and the size of the largest drawn path (a QR code is
 * one path of many rectangles). No dependency: the PDF Chromium writes is plain objects with
 * Flate-compressed streams.
 */
interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const starts = [...text.matchAll(/(?:^|[\r\n\s])(\d+) 0 obj\b/g)];
  for (const match of starts) {
    const begin = match.index! + match[0].length;
    const end = text.indexOf('endobj', begin);
    const body = text.slice(begin, end);
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    let dataStart = begin + streamAt + 'stream'.length;
    if (text[dataStart] === '\r') dataStart++;
    if (text[dataStart] === '\n') dataStart++;
    const dataEnd = text.lastIndexOf('endstream', end);
    let data = pdf.subarray(dataStart, dataEnd);
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
    objects.set(Number(match[1]), { dict, stream: data });
  }
  return objects;
}

const ref = (dict: string, key: string) => Number(dict.match(new RegExp(`/${key}\\s+(\\d+) 0 R`))?.[1]);

/** A ToUnicode CMap: glyph code (hex) → text. */
function cmapOf(source: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code!.toUpperCase(), utf16(unicode!));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, unicode] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(from!, 16);
      const base = parseInt(unicode!, 16);
      for (let code = first; code <= parseInt(to!, 16); code++) {
        map.set(code.toString(16).toUpperCase().padStart(from!.length, '0'), String.fromCharCode(base + code - first));
      }
    }
  }
  return map;
}

interface PdfPage {
  content: string;
  fonts: Map<string, Map<string, string>>;
}

function pagesOf(objects: Map<number, PdfObject>): PdfPage[] {
  const pages: PdfPage[] = [];
  for (const object of objects.values()) {
    if (!/\/Type\s*\/Page(?![a-z])/.test(object.dict)) continue;
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = object.dict.match(/\/Font\s*<<([^>]*)>>/)?.[1] ?? '';
    for (const [, name, id] of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const unicode = objects.get(ref(objects.get(Number(id))?.dict ?? '', 'ToUnicode'))?.stream;
      fonts.set(name!, unicode ? cmapOf(unicode.toString('latin1')) : new Map());
    }
    const contentIds = object.dict.match(/\/Contents\s*\[([^\]]*)\]/)?.[1]?.match(/\d+(?= 0 R)/g) ?? [String(ref(object.dict, 'Contents'))];
    const content = contentIds.map((id) => objects.get(Number(id))?.stream?.toString('latin1') ?? '').join('\n');
    pages.push({ content, fonts });
  }
  return pages;
}

/** Everything a reader of the PDF can see as text, pages in order, and the document's title. */
export function pdfText(pdf: Buffer): { pages: string[]; title: string } {
  const objects = objectsOf(pdf);
  const pages = pagesOf(objects).map(({ content, fonts }) => {
    let font = new Map<string, string>();
    let text = '';
    // Font selections, hex strings shown with Tj or TJ, and moves to a new line or place.
    for (const [, fontName, hex, move] of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|\b(T[dD*m]|ET)\b/g)) {
      if (fontName) font = fonts.get(fontName) ?? new Map();
      else if (hex !== undefined) {
        const codes = hex.replace(/\s/g, '').toUpperCase().match(/.{4}/g) ?? [];
        text += codes.map((code) => font.get(code) ?? '').join('');
      } else if (move) text += ' ';
    }
    return text.replace(/\s+/g, ' ').trim();
  });
  const info = [...objects.values()].map((o) => o.dict).find((dict) => /\/Title\s*[<(]/.test(dict)) ?? '';
  const hexTitle = info.match(/\/Title\s*<FEFF([0-9A-Fa-f]*)>/)?.[1];
  const title = hexTitle
    ? String.fromCharCode(...(hexTitle.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
    : (info.match(/\/Title\s*\(([^)]*)\)/)?.[1] ?? '');
  return { pages, title };
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/**
 * The filled path with the most sub-paths on the first page (a QR code: one rectangle per run of
 * dark modules), as its width and height in millimetres on paper.
 */
export function largestPathSize(pdf: Buffer): { width: number; height: number; subpaths: number } {
  const [page] = pagesOf(objectsOf(pdf));
  const tokens = page?.content.match(/[-+]?\d*\.?\d+(?:e[-+]?\d+)?|[A-Za-z*]+|\/\w+|<[^>]*>|\[|\]/g) ?? [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  const numbers: number[] = [];
  let points: [number, number][] = [];
  let subpaths = 0;
  let best = { width: 0, height: 0, subpaths: 0 };
  const add = (x: number, y: number) => points.push([ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]]);
  for (const token of tokens) {
    if (/^[-+]?\d*\.?\d/.test(token)) {
      numbers.push(Number(token));
      continue;
    }
    const n = numbers.splice(0);
    switch (token) {
      case 'q':
        saved.push(ctm);
        break;
      case 'Q':
        ctm = saved.pop() ?? ctm;
        break;
      case 'cm':
        ctm = multiply(n.slice(-6) as Matrix, ctm);
        break;
      case 'm':
        subpaths++;
        add(n[0]!, n[1]!);
        break;
      case 'l':
        add(n[0]!, n[1]!);
        break;
      case 'c':
        add(n[4]!, n[5]!);
        break;
      case 're':
        subpaths++;
        add(n[0]!, n[1]!);
        add(n[0]! + n[2]!, n[1]! + n[3]!);
        break;
      case 'f':
      case 'f*':
      case 'F':
      case 'B':
      case 'B*':
      case 'n':
      case 'S':
      case 's':
        if (token !== 'n' && token !== 'S' && token !== 's' && subpaths > best.subpaths) {
          const xs = points.map((p) => p[0]);
          const ys = points.map((p) => p[1]);
          const mm = 25.4 / 72;
          best = { width: (Math.max(...xs) - Math.min(...xs)) * mm, height: (Math.max(...ys) - Math.min(...ys)) * mm, subpaths };
        }
        points = [];
        subpaths = 0;
        break;
    }
  }
  return best;
}
