import { z } from 'astro/zod';

const localizedTerm = z.strictObject({
  term: z.string().min(2).describe('The term as written in this language, e.g. "Transferensi".'),
  definition: z.string().min(20).describe('Two to four plain sentences; plain text, no Markdown.'),
});

/** One entry of `content/glossary/terms.yaml`; both languages side by side so they cannot drift. */
export const glossaryTermSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/).describe('Stable kebab-case key, also the anchor on the glossary page.'),
  id: localizedTerm,
  en: localizedTerm,
  see: z.string().optional().describe('Optional route key of a page for further reading.'),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
