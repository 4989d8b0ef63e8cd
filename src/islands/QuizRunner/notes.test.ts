import { describe, expect, it } from 'vitest';
import { contactLinks } from './notes';

const words = { call: (n: string) => `Call ${n}`, whatsapp: (n: string) => `WhatsApp ${n}` };

describe('how a note offers to reach a contact', () => {
  it('calls the number and opens WhatsApp in international form, in that order', () => {
    expect(contactLinks({ number: '129', whatsapp: '08111-129-129' }, words)).toEqual([
      { href: 'tel:129', text: 'Call 129' },
      { href: 'https://wa.me/628111129129', text: 'WhatsApp 08111-129-129' },
    ]);
  });

  it('shows a web address, without its scheme or final slash, only where there is no number', () => {
    expect(contactLinks({ url: 'https://healing119.id/' }, words)).toEqual([{ href: 'https://healing119.id/', text: 'healing119.id' }]);
    expect(contactLinks({ number: '157', url: 'https://kontak157.ojk.go.id/' }, words)).toEqual([{ href: 'tel:157', text: 'Call 157' }]);
  });
});
