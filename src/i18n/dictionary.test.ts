import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { formatDate, translator } from './dictionary';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('have no empty string', () => {
    for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translator('id')('help.call', { number: '112' })).toBe('Telepon 112');
    expect(translator('en')('help.call', { number: '112' })).toBe('Call 112');
  });

  it('writes dates the way each language does', () => {
    const date = new Date('2026-11-23T00:00:00Z');
    expect(formatDate(date, 'id')).toBe('23 November 2026');
    expect(formatDate(date, 'en')).toBe('23 November 2026');
    expect(formatDate(new Date('2026-02-19T00:00:00Z'), 'id')).toBe('19 Februari 2026');
  });
});
