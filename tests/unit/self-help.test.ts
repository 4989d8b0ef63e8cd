import { describe, expect, it } from 'vitest';
import { selfHelpGuides } from '../../src/plan/self-help';
import { contentFiles, readableWords } from '../support/content-files';

const guides = contentFiles().filter((file) => file.collection === 'guides' && (selfHelpGuides as readonly string[]).includes(file.key));
const links = (body: string) => [...body.matchAll(/<Link to="([^"]+)">/g)].map((m) => m[1]);
/** Ladder step 2 and above: where a self-help guide points when doing it alone is not enough. */
const stepUp = ['approach/peer-support', 'approach/guidance-counseling', 'approach/individual-counseling'];

describe('the self-help guides', () => {
  it('exist in both languages, one of each per listed guide', () => {
    expect(guides.filter((g) => g.locale === 'id')).toHaveLength(selfHelpGuides.length);
    expect(guides.filter((g) => g.locale === 'en')).toHaveLength(selfHelpGuides.length);
  });

  it('are each 700 to 1,200 words long', () => {
    const counts = guides.map((g) => `${g.filePath}: ${readableWords(g.body).length}`);
    console.info(counts.join('\n'));
    const outside = guides.filter((g) => {
      const words = readableWords(g.body).length;
      return words < 700 || words > 1200;
    });
    expect(outside.map((g) => g.filePath)).toEqual([]);
  });

  it('each have a worksheet, key points and keywords for its handout and search', () => {
    for (const guide of guides) {
      expect(guide.data.worksheet, guide.filePath).toBeDefined();
      expect((guide.data.keyPoints as string[]).length, guide.filePath).toBeGreaterThanOrEqual(3);
      expect((guide.data.keywords as string[]).length, guide.filePath).toBeGreaterThanOrEqual(8);
    }
  });

  it('each link to the plan, to urgent help and to a step higher on the ladder', () => {
    const missing = guides.flatMap((g) => {
      const to = links(g.body);
      return [
        ...(to.includes('plan') ? [] : [`${g.filePath}: no link to the plan`]),
        ...(to.includes('help') ? [] : [`${g.filePath}: no link to urgent help`]),
        ...(to.some((key) => stepUp.includes(key!)) ? [] : [`${g.filePath}: no link to the next step up`]),
      ];
    });
    expect(missing).toEqual([]);
  });

  it('warn against stopping suddenly wherever they discuss stopping, with putus zat linked to the glossary', () => {
    // Every guide about cutting down or stopping a substance; gambling and debt have no withdrawal.
    const noSubstance: readonly string[] = ['online-gambling', 'debt-and-gambling'];
    for (const key of selfHelpGuides.filter((k) => !noSubstance.includes(k))) {
      const id = guides.find((g) => g.key === key && g.locale === 'id')!;
      const en = guides.find((g) => g.key === key && g.locale === 'en')!;
      expect(id.body, id.filePath).toMatch(/berhenti mendadak/);
      // The term links to the glossary and the sentence says what it is: the body's reaction.
      expect(id.body, id.filePath).toMatch(/<Term id="withdrawal">putus zat<\/Term>/i);
      expect(en.body, en.filePath).toMatch(/stop suddenly/);
      expect(en.body, en.filePath).toMatch(/<Term id="withdrawal">withdrawal<\/Term>/i);
    }
  });

  it('keep the site’s words: peramban not browser, no stigmatising labels or false promises', () => {
    const problems = guides.flatMap((g) => {
      const text = `${JSON.stringify(g.data)}\n${g.body}`;
      const banned = g.locale === 'id' ? [/\bbrowser\b/i, /pecandu/i, /privasi penuh/i, /dijamin rahasia/i] : [/full privacy/i, /\baddicts?\b/i];
      return banned.filter((re) => re.test(text)).map((re) => `${g.filePath}: ${re}`);
    });
    expect(problems).toEqual([]);
  });
});
