/**
 * How old a contact's or service's `verified` date may be. Numbers and services change: after a
 * year the build asks for the source to be seen again, after two it refuses to publish the entry.
 */
export const freshnessLimits = { warnAfterMonths: 12, failAfterMonths: 24 } as const;

/** One data entry carrying a verification date, and the file it comes from. */
export interface VerifiedEntry {
  file: string;
  key: string;
  verified: Date;
}

export interface FreshnessReport {
  /** Older than 12 months: the build goes on and prints these. */
  warnings: string[];
  /** Older than 24 months, or later than the build date: the build stops. */
  errors: string[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The same day of the month, `months` calendar months before `date` (UTC). */
function monthsBefore(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate()));
}

/** Checks every entry's `verified` date against the date of the build, which the caller passes in. */
export function checkFreshness(entries: VerifiedEntry[], buildDate: Date): FreshnessReport {
  const warnings: string[] = [];
  const errors: string[] = [];
  const warnBefore = monthsBefore(buildDate, freshnessLimits.warnAfterMonths);
  const failBefore = monthsBefore(buildDate, freshnessLimits.failAfterMonths);
  // A day of slack, so a date written in Jakarta is not "in the future" on a UTC build machine.
  const latest = new Date(buildDate.getTime() + 24 * 60 * 60 * 1000);
  const built = day(buildDate);
  for (const { file, key, verified } of entries) {
    const where = `${file} › ${key}.verified: ${day(verified)}`;
    if (verified < failBefore) {
      errors.push(`${where} is more than ${freshnessLimits.failAfterMonths} months before the build date ${built}; see the source again and update the entry and its date`);
    } else if (verified < warnBefore) {
      warnings.push(`${where} is more than ${freshnessLimits.warnAfterMonths} months before the build date ${built}; see the source again soon`);
    } else if (verified > latest) {
      errors.push(`${where} is after the build date ${built}; write the date the source was seen`);
    }
  }
  return { warnings, errors };
}
