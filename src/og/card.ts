import type { Font, PathCommand } from 'opentype.js';

/** Link previews are 1200 × 630, the size WhatsApp, Facebook and X all crop well. */
export const cardWidth = 1200;
export const cardHeight = 630;

const margin = 96;
const textWidth = cardWidth - margin * 2;

export interface CardText {
  siteName: string;
  label: string;
  title: string;
  footer: string;
}

export interface CardFonts {
  bold: Font;
  regular: Font;
}

/** Breaks text into lines no wider than `width`, word by word; a line that cannot fit is cut with "…". */
export function wrapLines(text: string, measure: (line: string) => number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  while (measure(`${last}…`) > width && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

const round = (value: number) => String(Math.round(value * 10) / 10);

/** SVG path data for glyph outlines, to a tenth of a pixel (opentype.js's own rounding can print NaN). */
export function pathData(commands: PathCommand[]): string {
  return commands
    .map((c) => {
      if (c.type === 'Z') return 'Z';
      if (c.type === 'Q') return `Q${round(c.x1)} ${round(c.y1)} ${round(c.x)} ${round(c.y)}`;
      if (c.type === 'C') return `C${round(c.x1)} ${round(c.y1)} ${round(c.x2)} ${round(c.y2)} ${round(c.x)} ${round(c.y)}`;
      return `${c.type}${round(c.x)} ${round(c.y)}`;
    })
    .join('');
}

/**
 * The preview card as SVG, every letter drawn as an outline so that rendering needs no installed
 * font: site name, page kind, the title as large as fits, and a footer line.
 */
export function cardSvg(text: CardText, fonts: CardFonts): string {
  const path = (font: Font, line: string, x: number, y: number, size: number, fill: string) =>
    `<path fill="${fill}" d="${pathData(font.getPath(line, x, y, size).commands)}"/>`;
  // The largest title size at which the whole title fits in three lines.
  const size = [72, 62, 54].find((s) => wrapLines(text.title, (l) => fonts.bold.getAdvanceWidth(l, s), textWidth, 99).length <= 3) ?? 54;
  const lines = wrapLines(text.title, (l) => fonts.bold.getAdvanceWidth(l, size), textWidth, 3);
  const lineHeight = Math.round(size * 1.22);
  const titleTop = 300;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cardWidth}" height="${cardHeight}" viewBox="0 0 ${cardWidth} ${cardHeight}">`,
    `<rect width="${cardWidth}" height="${cardHeight}" fill="#fdfcf8"/>`,
    `<rect width="28" height="${cardHeight}" fill="#0b5e55"/>`,
    `<rect x="0" y="${cardHeight - 12}" width="${cardWidth}" height="12" fill="#0b5e55"/>`,
    path(fonts.bold, text.siteName, margin, 128, 44, '#0b5e55'),
    path(fonts.regular, text.label, margin, 204, 32, '#4a5552'),
    ...lines.map((line, i) => path(fonts.bold, line, margin, titleTop + i * lineHeight, size, '#1c2321')),
    path(fonts.regular, text.footer, margin, cardHeight - 56, 30, '#4a5552'),
    '</svg>',
  ].join('');
}
