import { z } from 'astro/zod';
import { pageMeta } from './shared';

/** Frontmatter of `content/pages/<locale>/<key>.mdx`: about, privacy, the prose of the help page. */
export const pageSchema = z.strictObject(pageMeta);
