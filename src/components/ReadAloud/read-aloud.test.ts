import { describe, expect, it } from 'vitest';
import { sentencesOf } from './read-aloud';

describe('sentencesOf', () => {
  it('splits a paragraph into one sentence per utterance', () => {
    expect(sentencesOf('Dorongan itu seperti gelombang. Ia naik, lalu surut! Benarkah? Ya…  Tunggu 15 menit.')).toEqual([
      'Dorongan itu seperti gelombang.',
      'Ia naik, lalu surut!',
      'Benarkah?',
      'Ya…',
      'Tunggu 15 menit.',
    ]);
  });

  it('joins lines broken by the markup and drops pieces with no words', () => {
    expect(sentencesOf('  Step one\n   goes here.  — ')).toEqual(['Step one goes here.']);
  });
});
