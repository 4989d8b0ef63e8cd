import IpwlProtection from './IpwlProtection.astro';
import Link from './Link.astro';
import Term from './Term.astro';

/**
 * Components a guide or approach body may use without importing them. The service cards and
 * "say this" boxes belong to the pages about finding help (`mdxComponents`); leaving them out here
 * keeps their styles off every guide and approach page.
 */
export const articleComponents = { IpwlProtection, Link, Term };
