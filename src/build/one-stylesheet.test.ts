import { describe, expect, test } from 'vitest';
import { joinStylesheets } from './one-stylesheet';

const sheets: Record<string, string> = { '/_astro/a.1.css': '.a{color:red}', '/_astro/b.2.css': '.b{color:blue}', '/_astro/c.3.css': '.c{}' };
const read = (href: string) => sheets[href] ?? '';
const page = (head: string, body = '') => `<html><head><title>x</title>${head}</head><body>${body}</body></html>`;

describe('joinStylesheets', () => {
  test('links one file holding every sheet of the head, in their order, where the first one was', () => {
    const html = page('<link rel="stylesheet" href="/_astro/a.1.css"><link rel="stylesheet" href="/_astro/b.2.css"><meta name="x">');
    const { html: joined, sheet, replaced } = joinStylesheets(html, read);
    expect(sheet?.css).toBe('.a{color:red}\n.b{color:blue}');
    expect(sheet?.href).toMatch(/^\/_astro\/styles\.[\w-]{10}\.css$/);
    expect(joined).toBe(page(`<link rel="stylesheet" href="${sheet?.href}"><meta name="x">`));
    expect(replaced).toEqual(['/_astro/a.1.css', '/_astro/b.2.css']);
  });

  test('names the file by its content, so pages linking the same sheets share it', () => {
    const two = '<link rel="stylesheet" href="/_astro/a.1.css"><link rel="stylesheet" href="/_astro/b.2.css">';
    const three = `${two}<link rel="stylesheet" href="/_astro/c.3.css">`;
    expect(joinStylesheets(page(two), read).sheet?.href).toBe(joinStylesheets(page(two, '<p>other</p>'), read).sheet?.href);
    expect(joinStylesheets(page(three), read).sheet?.href).not.toBe(joinStylesheets(page(two), read).sheet?.href);
  });

  test('takes a sheet linked in the body into the head, after the head\'s own, so the cascade keeps its order', () => {
    const html = page('<link rel="stylesheet" href="/_astro/a.1.css">', '<p>x</p><link rel="stylesheet" href="/_astro/c.3.css"><p>y</p>');
    const { html: joined, sheet } = joinStylesheets(html, read);
    expect(sheet?.css).toBe('.a{color:red}\n.c{}');
    expect(joined).toBe(page(`<link rel="stylesheet" href="${sheet?.href}">`, '<p>x</p><p>y</p>'));
  });

  test('puts the joined sheet at the end of the head when only the body linked sheets', () => {
    const html = page('<meta name="x">', '<link rel="stylesheet" href="/_astro/a.1.css"><link rel="stylesheet" href="/_astro/b.2.css">');
    const { html: joined, sheet } = joinStylesheets(html, read);
    expect(joined).toBe(page(`<meta name="x"><link rel="stylesheet" href="${sheet?.href}">`));
  });

  test('leaves a page with one sheet as it is', () => {
    const one = page('<link rel="stylesheet" href="/_astro/a.1.css">');
    expect(joinStylesheets(one, read)).toEqual({ html: one, replaced: [] });
  });
});
