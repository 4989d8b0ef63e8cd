import { auditedPaths, auditPages, markdownTable, writeReports } from '../../scripts/lighthouse';
import { expect, test } from './fixtures';

/** Lighthouse on mobile settings: accessibility, best practices and SEO must be 100; performance is reported. */
test('Lighthouse scores 100 for accessibility, best practices and SEO on the key pages', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const audits = await auditPages(baseURL ?? '');
  writeReports(audits);
  console.info(markdownTable(audits));
  expect(audits).toHaveLength(Object.keys(auditedPaths).length);
  for (const { page, scores, failing } of audits) {
    expect({ page, accessibility: scores.accessibility, bestPractices: scores['best-practices'], seo: scores.seo, failing }).toEqual({
      page,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      failing: [],
    });
  }
});
