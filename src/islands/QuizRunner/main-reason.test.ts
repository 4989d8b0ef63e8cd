import { describe, expect, it } from 'vitest';
import { mainReason } from './main-reason';

type Option = { id: string; reason: string; points: Record<string, number>; flags: string[] };
type Kind = 'context' | 'safety' | 'need' | 'preference';
const question = (id: string, options: Option[], kind: Kind = 'need') => ({ id, kind, text: id, options: options.map((o) => ({ ...o, label: o.id })) });
const option = (id: string, points: Record<string, number> = {}, flags: string[] = []): Option => ({ id, reason: `reason ${id}`, points, flags });

/** A small quiz: the visitor's circumstances, what the concern is, how often, a red flag, and a preference asked last. */
const questions = [
  question('context', [option('pregnant', {}, ['pregnancy']), option('under-18', {}, ['under-18'])], 'context'),
  question('about', [option('alcohol', {}, ['substance']), option('gambling', {}, ['gambling'])]),
  question('often', [option('weekly', { concern: 1 }), option('daily', { concern: 3 }, ['daily-use'])]),
  question('amount', [option('more', { concern: 2 }), option('much-more', { concern: 3 })]),
  question('risky', [option('none'), option('injecting', { concern: 1 }, ['harm-reduction'])]),
  question('privacy', [option('private', { privacy: 4 })], 'preference'),
];
const withLevels = { questions, levels: { dimension: 'concern', bands: [] } };
const withoutLevels = { questions };
const reasons = (...pairs: [string, string][]) => pairs.map(([q, o]) => ({ question: q, option: o }));

describe('the main reason on a result’s first screen', () => {
  it('names a red flag or daily use before anything that only adds points', () => {
    expect(mainReason(withLevels, reasons(['amount', 'much-more'], ['risky', 'injecting']))).toBe('reason injecting');
    expect(mainReason(withLevels, reasons(['often', 'daily'], ['amount', 'much-more']))).toBe('reason daily');
  });

  it('in a quiz with levels of concern, names the answer that added most to the level, the earlier on a tie', () => {
    expect(mainReason(withLevels, reasons(['about', 'alcohol'], ['often', 'weekly'], ['amount', 'more'], ['privacy', 'private']))).toBe('reason more');
    expect(mainReason(withLevels, reasons(['amount', 'much-more'], ['privacy', 'private']))).toBe('reason much-more');
  });

  it('in a quiz without levels, names the first answer that counted, not a preference asked later', () => {
    expect(mainReason(withoutLevels, reasons(['about', 'alcohol'], ['often', 'weekly'], ['privacy', 'private']))).toBe('reason weekly');
  });

  it('names pregnancy where a substance is named, since it lifts the step, but not with gambling alone', () => {
    expect(mainReason(withLevels, reasons(['context', 'pregnant'], ['about', 'alcohol'], ['often', 'weekly']))).toBe('reason pregnant');
    expect(mainReason(withoutLevels, reasons(['context', 'pregnant'], ['about', 'gambling'], ['often', 'weekly']))).toBe('reason weekly');
    // Danger and red flags still come first.
    expect(mainReason(withLevels, reasons(['context', 'pregnant'], ['about', 'alcohol'], ['risky', 'injecting']))).toBe('reason injecting');
  });

  it('never names a preference, even where it carries the only points', () => {
    expect(mainReason(withoutLevels, reasons(['context', 'under-18'], ['privacy', 'private']))).toBe('reason under-18');
    expect(mainReason(withoutLevels, reasons(['privacy', 'private']))).toBeUndefined();
  });

  it('falls back to the first reason, and names none when there is none', () => {
    expect(mainReason(withoutLevels, reasons(['about', 'alcohol']))).toBe('reason alcohol');
    expect(mainReason(withoutLevels, [])).toBeUndefined();
    expect(mainReason(withoutLevels, reasons(['nowhere', 'nothing']))).toBeUndefined();
  });
});
