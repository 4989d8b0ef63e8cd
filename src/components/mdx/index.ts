import IpwlProtection from './IpwlProtection.astro';
import Link from './Link.astro';
import Term from './Term.astro';

/** Components every MDX body may use without importing them. */
export const mdxComponents = { IpwlProtection, Link, Term };
