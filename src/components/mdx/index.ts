import IpwlProtection from './IpwlProtection.astro';
import Link from './Link.astro';
import SayThis from './SayThis.astro';
import ServiceCard from './ServiceCard.astro';
import Term from './Term.astro';

/** Components every MDX body may use without importing them. */
export const mdxComponents = { IpwlProtection, Link, SayThis, ServiceCard, Term };
