import { describe, expect, it } from 'vitest';
import { misspellings, shortTerms } from './query-rewrites';
import { styleSheetGroups, suggestableWords, synonymGroups, synonymHints, synonymsFor, topicWords, type StyleTerms } from './synonyms';

const styleTerms: StyleTerms = [
  { id: { use: 'putus zat', variants: ['sakau', 'withdrawal'], accepted: [] }, en: { use: 'withdrawal', variants: [], accepted: [] } },
  { id: { use: 'peramban', variants: ['browser'], accepted: [] }, en: { use: 'browser', variants: [], accepted: [] } },
];

describe('synonymsFor', () => {
  it('adds the whole group when a keyword names one member', () => {
    const words = synonymsFor(['Judi online'], 'id');
    expect(words).toContain('judol');
    expect(words).toContain('gambling');
  });

  it('matches a member inside a longer keyword, but only as whole words', () => {
    expect(synonymsFor(['siswa narkoba'], 'id')).toContain('napza');
    expect(synonymsFor(['hrdx'], 'id')).not.toContain('personalia');
  });

  it('adds nothing for keywords outside every group, and never repeats a keyword', () => {
    expect(synonymsFor(['Lido', 'IPWL'], 'id')).toEqual([]);
    expect(synonymsFor(['judol'], 'id')).not.toContain('judol');
  });

  it('answers street names from a page about drug use, in both languages', () => {
    expect(synonymsFor(['anak pakai narkoba'], 'id')).toEqual(expect.arrayContaining(['sabu', 'ganja', 'putaw', 'pil koplo']));
    expect(synonymsFor(['quit drugs'], 'en')).toEqual(expect.arrayContaining(['meth', 'ice', 'weed', 'heroin']));
  });

  it('gives a page about one kind of drug the names of that kind only, never those of another', () => {
    // The medication page names opioids and sedatives: "sabu" or "meth" must not lead to methadone.
    const medication = synonymsFor(['metadon', 'heroin', 'putaw', 'obat penenang'], 'id');
    expect(medication).toEqual(expect.arrayContaining(['opiat', 'morfin', 'pil koplo', 'narkoba']));
    expect(medication.filter((word) => ['sabu', 'meth', 'metamfetamin', 'ganja', 'ngelem'].includes(word))).toEqual([]);
    const english = synonymsFor(['methadone', 'heroin', 'sedatives'], 'en');
    expect(english).toContain('opiates');
    expect(english.filter((word) => ['meth', 'methamphetamine', 'crystal meth', 'sabu', 'weed'].includes(word))).toEqual([]);
  });

  it('counts every keyword on drugs for each kind, and tells the kinds a page names from those it reaches through drugs in general', () => {
    const hints = synonymHints(['anak pakai narkoba', 'NAPZA', 'anak pakai sabu', 'kecanduan alkohol'], 'id');
    expect(hints.find((hint) => hint.words.includes('metamfetamin'))).toMatchObject({ mentions: 3, named: true });
    expect(hints.find((hint) => hint.words.includes('putaw'))).toMatchObject({ mentions: 3, named: false });
    expect(hints.find((hint) => hint.words.includes('miras'))).toMatchObject({ mentions: 1, named: true });
  });

  it('joins the style sheet’s other names for a thing', () => {
    expect(synonymsFor(['peramban'], 'id', styleSheetGroups(styleTerms, 'id'))).toEqual(['browser']);
    expect(styleSheetGroups(styleTerms, 'en')).toEqual([]);
  });

  it('writes every group member in lower case, so matching is case-blind', () => {
    for (const groups of Object.values(synonymGroups))
      for (const term of groups.flat()) expect(term).toBe(term.toLocaleLowerCase('id').trim());
  });
});

describe('synonymHints', () => {
  it('counts how many keywords name each group, the most named first', () => {
    const hints = synonymHints(['rehab narkoba', 'NAPZA', 'kecanduan alkohol'], 'id');
    expect(hints[0]).toMatchObject({ mentions: 2 });
    expect(hints.find((hint) => hint.words.includes('sabu'))).toMatchObject({ mentions: 2 });
    expect(hints.find((hint) => hint.words.includes('miras'))).toMatchObject({ mentions: 1 });
  });

  it('puts a word in two groups in the one named more often, once', () => {
    const words = synonymHints(['judi online', 'judol', 'utang judi'], 'id').flatMap((hint) => hint.words);
    expect(words.filter((word) => word === 'judi').length).toBeLessThanOrEqual(1);
  });
});

describe('short words and misspellings', () => {
  it('lengthen each short word to a member of its own synonym group, which pages are indexed with', () => {
    for (const [locale, rewrites] of Object.entries(shortTerms) as [keyof typeof shortTerms, Record<string, string>][]) {
      for (const [short, long] of Object.entries(rewrites)) {
        const group = synonymGroups[locale].find((g) => g.includes(long));
        expect(group, `${locale}: ${long} is a group member`).toBeDefined();
        expect(group!.some((term) => term.split(' ').includes(short)), `${locale}: ${short} is in the same group`).toBe(true);
      }
    }
  });

  it('list only slips Pagefind would miss: not a beginning of the word, nor the word with letters added', () => {
    for (const [locale, byWord] of Object.entries(misspellings)) {
      for (const [word, slips] of Object.entries(byWord)) {
        // Pagefind drops a hyphen, so "sabu-sabu" is one word it does not know.
        for (const slip of slips.filter((s) => !s.includes('-'))) expect(word.startsWith(slip) || slip.startsWith(word), `${locale}: ${slip} for ${word}`).toBe(false);
      }
    }
  });

  it('correct misspellings into words of the groups, never the other way round', () => {
    for (const [locale, byWord] of Object.entries(misspellings) as [keyof typeof misspellings, Record<string, string[]>][]) {
      const members = new Set(synonymGroups[locale].flatMap((group) => group.flatMap((term) => term.split(' '))));
      for (const [word, slips] of Object.entries(byWord)) {
        expect(members.has(word), `${locale}: ${word}`).toBe(true);
        for (const slip of slips) expect(members.has(slip), `${locale}: ${slip} is a misspelling, not a group member`).toBe(false);
      }
    }
  });
});

describe('suggestableWords', () => {
  const sources = { keywords: ['rehab narkoba', 'judi online'], styleTerms, avoided: ['pecandu', 'junkie'], glossaryTerms: ['Kambuh'] };

  it('offers the keywords, the synonyms they bring and the glossary terms', () => {
    const words = suggestableWords('id', sources);
    expect(words).toEqual(expect.arrayContaining(['rehab narkoba', 'sabu', 'judol', 'kambuh']));
  });

  it('never offers a word the style sheet avoids, a word no page is indexed with, or a long phrase', () => {
    const words = suggestableWords('id', sources);
    expect(words).not.toContain('pecandu');
    expect(words).not.toContain('metadon');
    expect(words.filter((word) => word.split(' ').length > 2)).toEqual([]);
  });
});

describe('topicWords', () => {
  const sources = { keywords: ['minum alkohol', 'Judi online'], styleTerms, glossaryTerms: ['kambuh (relaps)'] };

  it('splits the keywords, their synonyms and the glossary terms into single words', () => {
    const words = topicWords('id', sources);
    expect(words).toEqual(expect.arrayContaining(['minum', 'alkohol', 'judi', 'online', 'judol', 'miras', 'pemabuk', 'kambuh', 'relaps']));
    expect(words.filter((word) => /[\s()]/.test(word) || word !== word.toLowerCase())).toEqual([]);
  });

  it('leaves out everyday words no keyword uses, and groups no keyword names', () => {
    const words = topicWords('id', sources);
    for (const everyday of ['tiap', 'hari', 'setiap']) expect(words).not.toContain(everyday);
    expect(words).not.toContain('sabu');
  });
});
