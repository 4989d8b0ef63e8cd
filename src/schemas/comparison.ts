import { z } from 'astro/zod';

/** Frontmatter of `content/comparisons/<locale>/<A>--<B>.mdx`: hand-written depth for a pair page. */
export const comparisonSchema = z.strictObject({
  reviewed: z.coerce.date().describe('When the text was last reviewed, YYYY-MM-DD.'),
  summary: z.string().min(20).max(220).describe('One sentence answering "what is the difference?" for this pair.'),
});
