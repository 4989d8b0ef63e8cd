import { getCollection } from 'astro:content';

/** Contacts in the order the data file gives them. */
export async function contactsInOrder() {
  return (await getCollection('contacts')).sort((a, b) => a.data.order - b.data.order);
}
