import { describe, expect, it } from 'vitest';
import { cleanQuery, isStopWord, matchedOnlyBeginnings, maxQueryLength, searchTerms, topicTerms } from './query';

describe('cleanQuery', () => {
  it('keeps an ordinary query, tidying its spaces', () => {
    expect(cleanQuery('  judi   online ')).toEqual({ text: 'judi online', trimmed: false });
  });

  it('cuts a very long query to the limit and says so', () => {
    const result = cleanQuery('rehabilitasi '.repeat(1000));
    expect(result.trimmed).toBe(true);
    expect(Array.from(result.text).length).toBeLessThanOrEqual(maxQueryLength);
  });

  it('never cuts a character in half', () => {
    const result = cleanQuery('😀'.repeat(maxQueryLength + 5));
    expect(result.text).toBe('😀'.repeat(maxQueryLength));
  });

  it('removes control characters and bidirectional overrides', () => {
    expect(cleanQuery('konselor\u202Eevil\u0000\u2066x').text).toBe('konselor evil x');
  });

  it('leaves markup as text: it is only ever shown as text', () => {
    expect(cleanQuery('<img src=x onerror=alert(1)>').text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('searchTerms', () => {
  it('drops words that carry no topic, in the page language', () => {
    expect(searchTerms('Apa itu NAPZA', 'id')).toBe('NAPZA');
    expect(searchTerms('what is the difference between group therapy and peer support', 'en')).toBe('difference group therapy peer support');
  });

  it('keeps a query made only of such words, rather than search for nothing', () => {
    expect(searchTerms('apa itu', 'id')).toBe('apa itu');
  });
});

describe('topicTerms', () => {
  const id = new Set(['minum', 'alkohol', 'anak', 'main', 'game', 'konselor', 'rehabilitasi', 'harian', 'siap', 'cari', 'judi', 'online']);
  const en = new Set(['drink', 'drinking', 'alcohol', 'games']);

  it('keeps the words about the site and drops the everyday words around them', () => {
    expect(topicTerms('minum alkohol tiap hari', id, 'id')).toBe('minum alkohol');
    expect(topicTerms('drink every day', en, 'en')).toBe('drink');
  });

  it('searches a query as it is when every word, or no word, is about the site', () => {
    expect(topicTerms('judi online', id, 'id')).toBe('judi online');
    expect(topicTerms('tiap hari', id, 'id')).toBe('tiap hari');
  });

  it('keeps a topic word with an ending, typed in part, or with a slip', () => {
    expect(topicTerms('anaknya main game terus', id, 'id')).toBe('anaknya main game');
    expect(topicTerms('rehabilitas gratis', id, 'id')).toBe('rehabilitas');
    expect(topicTerms('konsleor terdekat', id, 'id')).toBe('konsleor');
    expect(topicTerms('Drinking every day', en, 'en')).toBe('Drinking');
  });

  it('never takes a short everyday word for a topic it resembles or begins', () => {
    // "tiap" is one letter from "siap", "hari" one from "cari" and the beginning of "harian".
    expect(topicTerms('alkohol tiap hari', id, 'id')).toBe('alkohol');
  });
});

describe('isStopWord', () => {
  it('knows the words searchTerms drops, in either case', () => {
    expect(isStopWord('Saya', 'id')).toBe(true);
    expect(isStopWord('my', 'en')).toBe(true);
    expect(isStopWord('alkohol', 'id')).toBe(false);
  });
});

describe('matchedOnlyBeginnings', () => {
  it('sees through a result that matched only the first letters of a query word', () => {
    expect(matchedOnlyBeginnings(['met', 'met.'], 'methadone', 'en')).toBe(true);
    expect(matchedOnlyBeginnings(['meth'], 'methadone', 'en')).toBe(true);
    expect(matchedOnlyBeginnings(['We', "we've"], 'weed', 'en')).toBe(true);
    expect(matchedOnlyBeginnings(['I'], 'ice', 'en')).toBe(true);
  });

  it('reads a web address marked whole as the words it is made of', () => {
    // Pagefind marks all of "ojk.go.id." when only "go" matched "gorila".
    expect(matchedOnlyBeginnings(['ojk.go.id.', 'kemenpppa.go.id,'], 'gorila', 'id')).toBe(true);
    expect(matchedOnlyBeginnings(['ojk.go.id.'], 'ojk', 'id')).toBe(false);
  });

  it('keeps a word a stem shortened, or a slip in the last letters', () => {
    expect(matchedOnlyBeginnings(['drink'], 'drinking', 'en')).toBe(false);
    expect(matchedOnlyBeginnings(['anak'], 'anaknya', 'id')).toBe(false);
    expect(matchedOnlyBeginnings(['rehabilitas'], 'rehabilitasu', 'id')).toBe(false);
  });

  it('keeps a result with any whole or longer match', () => {
    expect(matchedOnlyBeginnings(['met', 'methadone'], 'methadone', 'en')).toBe(false);
    expect(matchedOnlyBeginnings(['methodology'], 'meth', 'en')).toBe(false);
    expect(matchedOnlyBeginnings([], 'anything', 'en')).toBe(false);
  });
});
