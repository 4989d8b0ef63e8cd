import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { locales } from '../../src/i18n/locales';
import { localizedPath } from '../../src/i18n/routes';
import { decodeEntities, distDir, fileFor } from '../support/dist';

const services = parseYaml(readFileSync('content/services/services.yaml', 'utf8')) as { key: string; name: Record<string, string> }[];
const built = (locale: 'id' | 'en') => readFileSync(fileFor(localizedPath('find-help', locale)) ?? '', 'utf8');
/** Each card of the page, from its opening tag to the next card. */
const cardsOf = (html: string) => html.split('<div class="card service-card"').slice(1);

describe('the finding-help page', () => {
  it('shows every service of the data file in both languages', () => {
    expect(existsSync(distDir), 'dist/ is missing: run `npm run build` first').toBe(true);
    for (const locale of locales) {
      const headings = cardsOf(built(locale)).map((card) => decodeEntities(/<h3[^>]*>([^<]*)<\/h3>/.exec(card)?.[1] ?? ''));
      expect(headings, locale).toEqual(expect.arrayContaining(services.map((s) => s.name[locale])));
    }
  });

  it('gives every service and contact on it its verification date and its sources', () => {
    for (const locale of locales) {
      const cards = cardsOf(built(locale));
      expect(cards.length, locale).toBeGreaterThanOrEqual(15);
      for (const card of cards) {
        const name = /<h3[^>]*>([^<]*)<\/h3>/.exec(card)?.[1];
        expect(card, `${locale}: ${name}`).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"/);
        expect(card, `${locale}: ${name}`).toMatch(/service-card__source[\s\S]*<li[^>]*>/);
      }
    }
  });

  it('keeps the sentences for the desk in Indonesian on the English page, each with its translation', () => {
    const html = built('en');
    const sentences = [...html.matchAll(/<p class="say-this__words" lang="id"[^>]*>[\s\S]*?<\/p>\s*<p class="say-this__translation"/g)];
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    expect(sentences.length).toBe((html.match(/class="say-this__words"/g) ?? []).length);
  });

  it('offers the same desk sentences, in the same order, on both pages', () => {
    const deskSentences = (locale: 'id' | 'en') =>
      [...readFileSync(`content/pages/${locale}/find-help.mdx`, 'utf8').matchAll(/<SayThis[^>]*>([^<]+)<\/SayThis>/g)].map((m) => m[1]);
    expect(deskSentences('id').length).toBeGreaterThanOrEqual(5);
    expect(deskSentences('en')).toEqual(deskSentences('id'));
  });
});
