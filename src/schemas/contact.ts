import { z } from 'astro/zod';

const bilingual = z.strictObject({ id: z.string().min(2), en: z.string().min(2) });

/** One source of a contact's facts, as a reader sees it: a title in each language and who published it. */
export const contactSourceSchema = z.strictObject({
  title: bilingual.describe('The title in the page language: the original title, or for a law its number and subject.'),
  publisher: z
    .union([z.string().min(3), bilingual])
    .describe('Who published it: a site name ("liputan6.com"), or a body named in each language ({ id, en }).'),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional().describe('When it was published, YYYY, YYYY-MM or YYYY-MM-DD, if known.'),
  url: z.url().optional().describe('A link to the source itself, only when the verified facts give it.'),
  official: z.boolean().default(false).describe('A law, regulation or the responsible government body; listed first.'),
  described: z.boolean().default(false).describe('The title is our description of the source, not its own title, so it is not shown as a citation.'),
});

/** The help page's groups, in the order it shows them. */
export const contactCategories = ['emergency', 'mental-health', 'drugs', 'violence', 'debt', 'international'] as const;
export type ContactCategory = (typeof contactCategories)[number];

/** One entry of `content/contacts/contacts.yaml`. Every fact comes from shared/facts, with its source. */
export const contactSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/).describe('Stable kebab-case key, e.g. "bnn-184".'),
  order: z.number().int().positive().describe('Position in lists, smallest first; urgent contacts in the order people should try them.'),
  category: z
    .enum(contactCategories)
    .describe(`Grouping on the help page, in this order: ${contactCategories.join(', ')}.`),
  name: bilingual.describe('Name of the service in both languages.'),
  number: z.string().regex(/^[0-9]{3,4}$/).optional().describe('Number to dial, digits only, e.g. "112".'),
  dialNote: bilingual.optional().describe('What to do after dialling, e.g. "then press 8".'),
  whatsapp: z
    .string()
    .regex(/^08[0-9]{1,4}(-[0-9]{2,4})+$/, 'write it as it is published, with hyphens, e.g. "08111-129-129"')
    .optional()
    .describe('WhatsApp number as the service publishes it, e.g. "08111-129-129"; linked to wa.me.'),
  email: z.email().optional().describe('E-mail address of the service, when the verified facts give one.'),
  url: z.url().optional().describe('Web address of the service; shown as a plain outbound link.'),
  description: bilingual.describe('One or two sentences: what the service is for, when to use it.'),
  urgent: z.boolean().default(false).describe('Shown in the urgent-help strip of every page.'),
  sources: z
    .array(contactSourceSchema)
    .min(1)
    .describe('Where the facts were seen, official sources first; shown on the page in its language.'),
  sourceNote: z
    .string()
    .optional()
    .describe('Internal note on the sources (e.g. how they were cross-checked). Never rendered.'),
  verified: z.coerce.date().describe('When the fact was last verified, YYYY-MM-DD. Shown on the page.'),
});

export type Contact = z.infer<typeof contactSchema>;
