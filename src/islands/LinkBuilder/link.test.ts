import { describe, expect, it } from 'vitest';
import { quizLink, whatsappHref } from './link';

describe('quiz links', () => {
  it('is the quiz address alone when there is no note', () => {
    expect(quizLink('https://jalanpulih.id', '/kuis/cek-penggunaan/', '  ')).toBe('https://jalanpulih.id/kuis/cek-penggunaan/');
  });

  it('carries a cleaned note in the fragment', () => {
    expect(quizLink('https://jalanpulih.id/', '/en/quizzes/checking-my-use/', 'Bu Sari, Puskesmas')).toBe(
      'https://jalanpulih.id/en/quizzes/checking-my-use/#n=Bu%20Sari%2C%20Puskesmas',
    );
  });

  it('keeps a hostile note to 60 plain characters with no bidi overrides', () => {
    const link = quizLink('https://jalanpulih.id', '/kuis/cek-penggunaan/', `\u202E<script>alert(1)</script>javascript:${'x'.repeat(10_000)}`);
    const note = decodeURIComponent(new URL(link).hash.slice('#n='.length));
    expect([...note].length).toBeLessThanOrEqual(60);
    expect(note).not.toContain('\u202E');
    expect(new URL(link).pathname).toBe('/kuis/cek-penggunaan/');
  });

  it('opens WhatsApp with the message and the link, and no recipient', () => {
    expect(whatsappHref('Coba kuis ini:', 'https://jalanpulih.id/kuis/x/#n=a%20b')).toBe(
      'https://wa.me/?text=Coba%20kuis%20ini%3A%20https%3A%2F%2Fjalanpulih.id%2Fkuis%2Fx%2F%23n%3Da%2520b',
    );
  });
});
