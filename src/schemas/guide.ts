import { z } from 'astro/zod';
import { audience, pageMeta } from './shared';

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
});

export type Guide = z.infer<typeof guideSchema>;
