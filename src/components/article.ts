import IpwlProtection from './mdx/IpwlProtection.astro';
import Link from './mdx/Link.astro';
import Term from './mdx/Term.astro';

/**
 * The parts article pages (guides, approaches, content, help, hub and pair pages) are built from.
 * Views import them from this one module, so the bundler gives their few styles one small sheet,
 * not a file each: every file costs its own request and gzip overhead.
 */
export { default as RelatedLinks } from './RelatedLinks.astro';
export { default as Reviewed } from './Reviewed.astro';
export { default as TableOfContents } from './TableOfContents.astro';

/**
 * Components a guide or approach body may use without importing them. The service cards and
 * "say this" boxes belong to the pages about finding help (`mdxComponents`); leaving them out here
 * keeps their styles off every guide and approach page.
 */
export const articleComponents = { IpwlProtection, Link, Term };
