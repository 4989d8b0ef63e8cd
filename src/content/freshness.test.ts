import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contactSchema } from '../schemas/contact';
import { checkFreshness, type VerifiedEntry } from './freshness';

const fixture = 'tests/fixtures/freshness/old-verified-dates.yaml';
const entries: VerifiedEntry[] = (parseYaml(readFileSync(fixture, 'utf8')) as unknown[])
  .map((item) => contactSchema.parse(item))
  .map(({ key, verified }) => ({ file: fixture, key, verified }));
const entry = (verified: string): VerifiedEntry => ({ file: 'content/services/services.yaml', key: 'methadone-clinics', verified: new Date(verified) });

describe('the freshness check on verified dates', () => {
  it('warns after 12 months and stops the build after 24, naming the file, the entry and its date', () => {
    expect(checkFreshness(entries, new Date('2026-12-06'))).toEqual({
      warnings: [
        'tests/fixtures/freshness/old-verified-dates.yaml › seen-13-months-ago.verified: 2025-11-05 is more than 12 months before the build date 2026-12-06; see the source again soon',
      ],
      errors: [
        'tests/fixtures/freshness/old-verified-dates.yaml › seen-25-months-ago.verified: 2024-11-05 is more than 24 months before the build date 2026-12-06; see the source again and update the entry and its date',
      ],
    });
  });

  it('measures from the build date it is given, not from a fixed day', () => {
    // The same entries a year later: this year's entry is due again, last year's is now too old.
    const later = checkFreshness(entries, new Date('2027-12-06'));
    expect(later.warnings.map((w) => w.split('.verified')[0])).toEqual([`${fixture} › seen-this-year`]);
    expect(later.errors.map((e) => e.split('.verified')[0])).toEqual([`${fixture} › seen-13-months-ago`, `${fixture} › seen-25-months-ago`]);
  });

  it('counts calendar months: exactly a year old is still fresh, a day more is not', () => {
    const built = new Date('2026-12-06');
    expect(checkFreshness([entry('2025-12-06')], built).warnings).toEqual([]);
    expect(checkFreshness([entry('2025-12-05')], built).warnings).toHaveLength(1);
    expect(checkFreshness([entry('2024-12-06')], built)).toMatchObject({ warnings: [expect.any(String)], errors: [] });
    expect(checkFreshness([entry('2024-12-05')], built).errors).toHaveLength(1);
  });

  it('stops the build on a date after the build date, a slip that would keep an entry fresh for ever', () => {
    expect(checkFreshness([entry('2062-12-06')], new Date('2026-12-06')).errors).toEqual([
      'content/services/services.yaml › methadone-clinics.verified: 2062-12-06 is after the build date 2026-12-06; write the date the source was seen',
    ]);
    // A date written a few hours ahead of a UTC build clock is not a slip.
    expect(checkFreshness([entry('2026-12-07')], new Date('2026-12-06T03:00:00Z')).errors).toEqual([]);
  });
});
