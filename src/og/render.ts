import { readFile } from 'node:fs/promises';
import opentype, { type Font } from 'opentype.js';
import sharp from 'sharp';
import { cachedFile, cacheKinds, hashOf } from '../build-cache/cached-file';
import { cardSvg, type CardFonts, type CardText } from './card';

const fontFile = (weight: number) => `node_modules/@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`;
/** The card's layout code, read as text: a change to it is a change to every image. */
const layoutSource = 'src/og/card.ts';

// Only link-preview crawlers fetch these images, never a visitor's phone: the quickest palette search
// and zlib level 6 draw each one in less than half the time for about 8 % more bytes.
const pngOptions = { palette: true, colours: 16, dither: 0, compressionLevel: 6, effort: 1 } as const;

let fonts: Promise<CardFonts> | undefined;
let inputs: Promise<string> | undefined;

async function loadFont(weight: number): Promise<Font> {
  const bytes = await readFile(fontFile(weight));
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** A hash of everything an image is made from besides its text: layout code, fonts, PNG options, sharp. */
async function sharedInputs(): Promise<string> {
  const files = await Promise.all([layoutSource, fontFile(700), fontFile(400)].map((file) => readFile(file)));
  return hashOf(...files, JSON.stringify(pngOptions), sharp.versions.sharp ?? '');
}

const drawn = new Map<string, Promise<Buffer>>();

/**
 * A link-preview PNG: a few flat colours, so a 16-colour palette keeps it near 16 KB. Dithering
 * would only speckle flat colours, and skipping it makes each image about three times faster.
 *
 * Each image is cached under a hash of its text and of everything else it is made from, so a
 * rebuild draws only the images whose text or looks changed, and lays out no text for the rest.
 */
export function renderCard(text: CardText): Promise<Buffer> {
  const id = JSON.stringify(text);
  let png = drawn.get(id);
  if (!png) {
    png = draw(text);
    drawn.set(id, png);
  }
  return png;
}

async function draw(text: CardText): Promise<Buffer> {
  inputs ??= sharedInputs();
  const key = `${hashOf(JSON.stringify(text), await inputs)}.png`;
  return cachedFile(cacheKinds.previews, key, async () => {
    fonts ??= Promise.all([loadFont(700), loadFont(400)]).then(([bold, regular]) => ({ bold, regular }));
    const svg = cardSvg(text, await fonts);
    return sharp(Buffer.from(svg)).png(pngOptions).toBuffer();
  });
}

/**
 * Starts drawing these images now, two at a time, so that they are ready when their routes are
 * rendered. Two leave room in Node's thread pool for the build's file writes.
 */
export function drawCardsSoon(texts: readonly CardText[]): void {
  const queue = [...texts];
  const next = (): Promise<void> | undefined => {
    const text = queue.shift();
    return text && renderCard(text).then(next, next);
  };
  next();
  next();
}
