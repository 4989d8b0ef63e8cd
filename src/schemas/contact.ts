import { z } from 'astro/zod';

const bilingual = z.strictObject({ id: z.string().min(2), en: z.string().min(2) });

/** One entry of `content/contacts/contacts.yaml`. Every fact comes from shared/facts, with its source. */
export const contactSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/).describe('Stable kebab-case key, e.g. "bnn-184".'),
  order: z.number().int().positive().describe('Position in lists, smallest first; urgent contacts in the order people should try them.'),
  category: z
    .enum(['emergency', 'mental-health', 'drugs', 'international'])
    .describe('Grouping on the help page: emergency, mental-health, drugs or international.'),
  name: bilingual.describe('Name of the service in both languages.'),
  number: z.string().regex(/^[0-9]{3,4}$/).optional().describe('Number to dial, digits only, e.g. "112".'),
  dialNote: bilingual.optional().describe('What to do after dialling, e.g. "then press 8".'),
  url: z.url().optional().describe('Web address of the service; shown as a plain outbound link.'),
  description: bilingual.describe('One or two sentences: what the service is for, when to use it.'),
  urgent: z.boolean().default(false).describe('Shown in the urgent-help strip of every page.'),
  source: z.string().min(5).describe('Where the fact was seen, as in shared/facts.'),
  verified: z.coerce.date().describe('When the fact was last verified, YYYY-MM-DD. Shown on the page.'),
});

export type Contact = z.infer<typeof contactSchema>;
