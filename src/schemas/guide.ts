import { z } from 'astro/zod';
import { audience, pageMeta } from './shared';

/** One question of a printed worksheet, followed by blank lines to write on. */
const worksheetPrompt = z.strictObject({
  prompt: z.string().min(10).max(160).describe('The question as printed, e.g. "What do I get from it?".'),
  lines: z.number().int().min(1).max(5).describe('Blank lines printed under the prompt, 1 to 5.'),
});

export const worksheetSchema = z.strictObject({
  title: z.string().min(3).max(70).describe('Heading of the sheet, e.g. "My one-week diary".'),
  intro: z.string().min(20).max(220).describe('One or two sentences on how to fill it in.'),
  prompts: z.array(worksheetPrompt).min(3).max(8).describe('The questions, in order; the sheet must fit one A4 page with the contacts.'),
});

/** Frontmatter of `content/guides/<locale>/<key>.mdx`. */
export const guideSchema = z.strictObject({
  ...pageMeta,
  audience: z.array(audience).min(1).describe('Who the guide is written for.'),
  related: z
    .array(z.string())
    .min(1)
    .max(6)
    .describe('Route keys of related pages, e.g. "approach/group-therapy"; checked against the routes module.'),
  keyPoints: z
    .array(z.string().min(30).max(180))
    .min(3)
    .max(5)
    .describe('Three to five plain sentences for the printed one-page handout: what the guide says, what to do first.'),
  worksheet: worksheetSchema
    .optional()
    .describe('A fill-in sheet printed in the handout in place of the key points; self-help guides have one.'),
});

export type Guide = z.infer<typeof guideSchema>;
