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

const pattern = z
  .string()
  .min(2)
  .describe('A regular expression in JavaScript syntax, matched case-insensitively with the Unicode flag, e.g. "\\b(BPJS|JKN)\\b".');

/** The pattern as a RegExp, or the reason it does not compile. */
export function compilePattern(source: string): RegExp | string {
  try {
    return new RegExp(source, 'iu');
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * A claim the site never makes, such as "BPJS pays for rehabilitation". A phrase list cannot see it,
 * because the words may come in any order, so it is recognised one sentence at a time: a sentence
 * makes the claim when it matches every pattern in `all` and none in `unless`.
 */
export const forbiddenClaimSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/).describe('Stable kebab-case key, e.g. "bpjs-pays-for-dependence-id".'),
  lang: z.enum(['id', 'en']).describe('The language whose pages are checked for this claim.'),
  claim: z.string().min(10).describe('What the wrong sentence says, in plain words, e.g. "BPJS or JKN pays for addiction treatment".'),
  why: z.string().min(10).describe('Why the site never says it: the verified fact it contradicts.'),
  all: z.array(pattern).min(2).describe('Patterns that must all match one sentence for it to make the claim.'),
  unless: z.array(pattern).default([]).describe('Patterns that take a sentence out, such as a negation ("tidak membayar", "does not pay").'),
  use: z.string().min(10).describe('What to write instead.'),
  examples: z
    .strictObject({
      wrong: z.array(z.string().min(10)).min(1).describe('Sentences the rule must catch, as real pages phrase them.'),
      right: z.array(z.string().min(10)).min(1).describe('Correct sentences the rule must let through, the plain negative among them.'),
    })
    .describe('Checked whenever the sheet is read, so a rule that misses its own examples fails at once.'),
});

export type ForbiddenClaim = z.infer<typeof forbiddenClaimSchema>;

/** Whether one sentence makes the claim; patterns are compiled by the caller once. */
export function makesClaim(sentence: string, all: readonly RegExp[], unless: readonly RegExp[]): boolean {
  return all.every((re) => re.test(sentence)) && !unless.some((re) => re.test(sentence));
}

/** `content/style/terms.yaml`: the house style sheet that writers follow and a test enforces. */
export const styleSheetSchema = z
  .strictObject({
    terms: z.array(styleTermSchema).min(1),
    avoid: z.array(avoidedPhraseSchema).min(1),
    allowed: z.array(allowedPhraseSchema).default([]),
    claims: z.array(forbiddenClaimSchema).default([]).describe('Claims the site never makes, recognised sentence by sentence.'),
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
    sheet.claims.forEach((rule, i) => {
      const compiled = (field: 'all' | 'unless') =>
        rule[field].map((source, j) => {
          const re = compilePattern(source);
          if (typeof re === 'string') ctx.addIssue({ code: 'custom', path: ['claims', i, field, j], message: `not a regular expression: ${re}` });
          return re;
        });
      const [all, unless] = [compiled('all'), compiled('unless')];
      if ([...all, ...unless].some((re) => typeof re === 'string')) return;
      const [alls, unlesses] = [all as RegExp[], unless as RegExp[]];
      rule.examples.wrong.forEach((sentence, j) => {
        if (!makesClaim(sentence, alls, unlesses))
          ctx.addIssue({ code: 'custom', path: ['claims', i, 'examples', 'wrong', j], message: `rule "${rule.key}" lets its wrong example through: "${sentence}"` });
      });
      rule.examples.right.forEach((sentence, j) => {
        if (makesClaim(sentence, alls, unlesses))
          ctx.addIssue({ code: 'custom', path: ['claims', i, 'examples', 'right', j], message: `rule "${rule.key}" catches its correct example: "${sentence}"` });
      });
    });
  });

export type StyleSheet = z.infer<typeof styleSheetSchema>;
