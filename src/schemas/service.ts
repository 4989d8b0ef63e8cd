import { z } from 'astro/zod';
import { contactSourceSchema } from './contact';

const bilingual = z.strictObject({ id: z.string().min(2), en: z.string().min(2) });

/**
 * One entry of `content/services/services.yaml`: what the verified facts say about a kind of
 * service (methadone clinics, BNN's residential units, hospitals treating gambling harm), with
 * every date the facts give. Not a directory: the facts are examples from a stated year, and the
 * page tells readers to ask before they travel.
 */
export const serviceSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/).describe('Stable kebab-case key, e.g. "methadone-clinics"; MDX shows it with <ServiceCard service="…" />.'),
  name: bilingual.describe('Heading of the card in both languages, e.g. { id: "Layanan metadon (PTRM)", en: "Methadone clinics (PTRM)" }.'),
  description: bilingual.describe('Two to four short sentences of what the facts say, each fact with the year or month it describes.'),
  places: z
    .array(bilingual)
    .min(1)
    .optional()
    .describe('Named places exactly as the facts name them, e.g. { id: "Loka Batam", en: "Loka Batam" }; listed under the description.'),
  caveat: bilingual
    .optional()
    .describe('What may have changed since and what to ask, e.g. "Names and status may have changed since."'),
  cost: bilingual
    .optional()
    .describe('What the facts say about cost, and no more; usually "ask about the cost first". Never that BPJS pays.'),
  sources: z
    .array(contactSourceSchema)
    .min(1)
    .describe('Where the facts were seen, official sources first; shown on the page in its language.'),
  sourceNote: z.string().optional().describe('Internal note on the sources. Never rendered.'),
  verified: z.coerce.date().describe('When the facts were last seen in their sources, YYYY-MM-DD. Shown on the page; the build warns after 12 months and fails after 24.'),
});

export type Service = z.infer<typeof serviceSchema>;
