import { z } from 'astro/zod';

const phrase = z.string().min(2).describe('A word or phrase as it appears in running text; matched case-insensitively as whole words.');

const nameInLanguage = z.strictObject({
  use: phrase.describe('The one name the site uses for this thing in this language.'),
  variants: z.array(phrase).default([]).describe('Other names for the same thing; a page that uses one fails the style test, which suggests `use`.'),
  accepted: z.array(phrase).default([]).describe('Synonyms that may appear in running text, never instead of `use` in a heading.'),
});

/** One recurring thing and its single name in each language. */
export const styleTermSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/).describe('Stable kebab-case key, e.g. "bnn-line".'),
  note: z.string().optional().describe('Why this name, or what the thing is; for writers, never rendered.'),
  id: nameInLanguage,
  en: nameInLanguage,
});

/** A phrase the site never uses in one language, and what to write instead. */
export const avoidedPhraseSchema = z.strictObject({
  lang: z.enum(['id', 'en']).describe('The language whose pages are checked for this phrase.'),
  phrase,
  kind: z
    .enum(['stigma', 'overpromise', 'law', 'bpjs', 'translationese', 'data-model'])
    .describe('Why it is avoided: a stigmatising label, a promise beyond the facts, the law or BPJS stated beyond the facts, translationese, or the data model showing through.'),
  use: z.string().min(2).describe('What to write instead.'),
});

/** An exact phrase in which a variant or avoided word may stand, e.g. a quoted law title. */
export const allowedPhraseSchema = z.strictObject({
  phrase: z.string().min(4).describe('The exact phrase, e.g. the title of a law.'),
  why: z.string().min(5).describe('Why it is allowed, e.g. "Title of PP No. 25/2011, quoted."'),
});

/** `content/style/terms.yaml`: the house style sheet that writers follow and a test enforces. */
export const styleSheetSchema = z
  .strictObject({
    terms: z.array(styleTermSchema).min(1),
    avoid: z.array(avoidedPhraseSchema).min(1),
    allowed: z.array(allowedPhraseSchema).default([]),
    plainWords: z
      .strictObject({ id: z.array(z.string().min(2)), en: z.array(z.string().min(2)) })
      .optional()
      .describe('Words that look technical but a general reader knows, so the readability check does not ask for them in the glossary.'),
  })
  .superRefine((sheet, ctx) => {
    const seen = new Set<string>();
    sheet.terms.forEach((term, i) => {
      if (seen.has(term.key)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'key'], message: `duplicate key "${term.key}"` });
      seen.add(term.key);
      for (const lang of ['id', 'en'] as const) {
        const use = term[lang].use.toLowerCase();
        term[lang].variants.forEach((v, j) => {
          if (v.toLowerCase() === use)
            ctx.addIssue({ code: 'custom', path: ['terms', i, lang, 'variants', j], message: `variant "${v}" is the preferred name itself` });
        });
      }
    });
  });

export type StyleSheet = z.infer<typeof styleSheetSchema>;
