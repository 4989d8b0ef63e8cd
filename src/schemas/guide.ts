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
});

export type Guide = z.infer<typeof guideSchema>;
