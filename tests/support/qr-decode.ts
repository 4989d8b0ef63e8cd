import jsQR from 'jsqr';
import sharp from 'sharp';

/**
 * Reads a QR code from a PNG or SVG the way a phone camera would see it: rasterised, on white,
 * scaled up without smoothing. Undefined when no code can be read.
 */
export async function decodeQr(image: Buffer | string): Promise<string | undefined> {
  const { data, info } = await sharp(typeof image === 'string' ? Buffer.from(image) : image)
    .resize(600, 600, { kernel: 'nearest', fit: 'contain', background: '#fff' })
    .flatten({ background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}
