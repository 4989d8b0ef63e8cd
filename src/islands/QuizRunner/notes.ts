import type { RouteKey } from '../../i18n/routes';
import type { ContextSection } from '../../quiz/types';

/**
 * What each context section of a result offers besides its words: the help contacts it lists (keys
 * of content/contacts/contacts.yaml) and the pages it links (route keys). The page looks both up at
 * build time, so a number or a title is written in one place only.
 */
export const sectionContacts: Record<ContextSection, readonly string[]> = {
  hopelessness: ['sejiwa', 'healing119'],
  violence: ['sapa-129', 'police-110', 'emergency-112'],
  'child-helper': ['sapa-129', 'kpai', 'emergency-112'],
  'under-18': [],
  pregnancy: [],
  debt: ['ojk-157'],
  gambling: [],
  gaming: [],
};

export const sectionLinks: Record<ContextSection, readonly RouteKey[]> = {
  hopelessness: ['help', 'find-help'],
  violence: ['help', 'find-help'],
  'child-helper': ['help', 'find-help'],
  'under-18': ['guide/school-counseling'],
  pregnancy: ['find-help'],
  debt: ['guide/debt-and-gambling'],
  gambling: ['guide/online-gambling', 'guide/debt-and-gambling'],
  gaming: ['guide/gaming'],
};

/** Sections that show their words and contacts without a tap: the ones about someone's safety. */
export const openSections: readonly ContextSection[] = ['hopelessness', 'violence', 'child-helper'];

/** Pages the opioid section and the harm-reduction section link. */
export const opioidLinks: readonly RouteKey[] = ['approach/medication', 'guide/harm-reduction'];
export const harmReductionLinks: readonly RouteKey[] = ['guide/harm-reduction'];

/** A contact as a note lists it: its name, then a link for each way to reach it, worded by the page. */
export interface NoteContact {
  name: string;
  links: { href: string; text: string }[];
  /** What to do once connected, such as SEJIWA's extension 8: without it, a tap reaches the wrong line. */
  dialNote?: string;
}

/** The ways a note offers to reach a contact: a number to call, a WhatsApp number, else its web address. */
export function contactLinks(
  { number, whatsapp, url }: { number?: string; whatsapp?: string; url?: string },
  words: { call: (number: string) => string; whatsapp: (number: string) => string },
): NoteContact['links'] {
  const links: NoteContact['links'] = [];
  if (number) links.push({ href: `tel:${number}`, text: words.call(number) });
  if (whatsapp) links.push({ href: whatsappHref(whatsapp), text: words.whatsapp(whatsapp) });
  if (url && !links.length) links.push({ href: url, text: url.replace(/^https?:\/\/|\/$/g, '') });
  return links;
}

/** A page a note links, as the page looked it up. */
export interface NoteLink {
  href: string;
  title: string;
}

/**
 * What the page hands the island for the notes, looked up at build time: each context section's
 * contacts and pages, and the pages of the opioid and harm-reduction sections. The island then
 * carries no table of keys.
 */
export interface NoteData {
  sections: Partial<Record<ContextSection, { contacts: NoteContact[]; links: NoteLink[] }>>;
  opioids: NoteLink[];
  harmReduction: NoteLink[];
}

/** wa.me wants the number in international form: Indonesia's 62 in place of the leading 0. */
export const whatsappHref = (published: string) => `https://wa.me/62${published.replace(/\D/g, '').slice(1)}`;
