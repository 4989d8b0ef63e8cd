import { readFile } from 'node:fs/promises';
import opentype, { type Font } from 'opentype.js';
import sharp from 'sharp';
import { cachedFile, cacheKinds, hashOf } from '../build-cache/cached-file';
import { cardSvg, type CardFonts, type CardText } from './card';

const fontFile = (weight: number) => `node_modules/@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`;

async function loadFont(weight: number): Promise<Font> {
  const bytes = await readFile(fontFile(weight));
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

let fonts: Promise<CardFonts> | undefined;

/**
 * A link-preview PNG: a few flat colours, so a 16-colour palette keeps it near 16 KB. Dithering
 * would only speckle flat colours, and skipping it makes each image about three times faster.
 */
export async function renderCard(text: CardText): Promise<Buffer> {
  fonts ??= Promise.all([loadFont(700), loadFont(400)]).then(([bold, regular]) => ({ bold, regular }));
  const svg = cardSvg(text, await fonts);
  return cachedPng(svg, () => sharp(Buffer.from(svg)).png(pngOptions).toBuffer());
}

// Only link-preview crawlers fetch these images, never a visitor's phone: the quickest palette search
// and zlib level 6 draw each one in less than half the time for about 8 % more bytes.
const pngOptions = { palette: true, colours: 16, dither: 0, compressionLevel: 6, effort: 1 } as const;

/**
 * Drawing the PNG is nine tenths of an image's cost, so each is cached under a hash of everything
 * it is made from: the SVG (the text, the fonts and the layout code's output), the PNG options and
 * sharp's version. A rebuild draws only the images that changed.
 */
function cachedPng(svg: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  return cachedFile(cacheKinds.previews, `${hashOf(svg, JSON.stringify(pngOptions), sharp.versions.sharp ?? '')}.png`, draw);
}
