import { articleComponents } from '../article';
import SayThis from './SayThis.astro';
import ServiceCard from './ServiceCard.astro';

/** Components every other MDX body (content, help, hub and pair pages) may use without importing them. */
export const mdxComponents = { ...articleComponents, SayThis, ServiceCard };
