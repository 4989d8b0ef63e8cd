import { describe, expect, it } from 'vitest';
import { qrModules, qrPath, qrSvgFile } from './qr';

describe('QR codes', () => {
  it('is square, with a quiet zone of four light modules', () => {
    const modules = qrModules('https://jalanpulih.id/kuis/cek-penggunaan/');
    expect(modules.every((row) => row.length === modules.length)).toBe(true);
    for (const row of [...modules.slice(0, 4), ...modules.slice(-4)]) expect(row.some(Boolean)).toBe(false);
    for (const row of modules) expect([...row.slice(0, 4), ...row.slice(-4)].some(Boolean)).toBe(false);
  });

  it('draws each dark run once, and nothing for light modules', () => {
    expect(qrPath([[false, true, true, false, true]])).toBe('M1 0h2v1h-2zM4 0h1v1h-1z');
    expect(qrPath([[false, false]])).toBe('');
  });

  it('writes a standalone SVG with no text in it', () => {
    const svg = qrSvgFile(qrModules('https://jalanpulih.id/'));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<text|jalanpulih/);
  });
});
