import { z } from 'astro/zod';

/** Fields every page in a content collection carries, in both languages. */
export const pageMeta = {
  title: z.string().min(3).max(90).describe('Page title as it appears in the h1 and the browser tab. Example: "Konseling individual".'),
  description: z
    .string()
    .min(40)
    .max(200)
    .describe('One or two sentences for search results and link previews, at most 200 characters.'),
  keywords: z
    .array(z.string().min(2))
    .min(3)
    .describe('Words people actually type, synonyms and informal terms included (narkoba, NAPZA, judi online). Indexed by search with extra weight.'),
  reviewed: z.coerce.date().describe('When the content was last reviewed, YYYY-MM-DD. Shown on the page.'),
};

export const audiences = ['self', 'family', 'school', 'workplace', 'professional'] as const;
export const audience = z.enum(audiences).describe('Who a page is written for: self, family, school, workplace or professional.');
