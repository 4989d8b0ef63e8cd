import { z } from 'astro/zod';
import { audience, pageMeta } from './shared';

export const messageKinds = ['circular', 'intranet', 'whatsapp'] as const;

/** Frontmatter of `content/hubs/<locale>/<key>.mdx`: a page for the people who pass the site on. */
export const hubSchema = z.strictObject({
  ...pageMeta,
  audience: z.array(audience).min(1).describe('Who the hub is for: school, workplace or professional.'),
  share: z
    .array(
      z.strictObject({
        page: z.string().describe('Route key of a page worth sharing, e.g. "guide/school-counseling".'),
        when: z.string().min(20).max(200).describe('One sentence: when to share it, and with whom.'),
      }),
    )
    .min(3)
    .max(8)
    .describe('What to share and when, in the order the page lists it.'),
  messages: z
    .array(
      z.strictObject({
        kind: z.enum(messageKinds).describe('Where the message goes: circular, intranet or whatsapp.'),
        title: z.string().min(3).max(60).describe('Short label above the message, e.g. "Untuk surat edaran sekolah".'),
        text: z
          .string()
          .min(40)
          .max(1200)
          .describe('Plain text ready to paste. {link:ROUTE_KEY} becomes the full address of that page in the same language.'),
      }),
    )
    .length(messageKinds.length)
    .describe('Ready-to-copy messages, one of each kind in the order circular, intranet, whatsapp.'),
});

export type Hub = z.infer<typeof hubSchema>;
