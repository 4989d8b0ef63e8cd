import Link from './Link.astro';
import Term from './Term.astro';

/** Components every MDX body may use without importing them. */
export const mdxComponents = { Link, Term };
