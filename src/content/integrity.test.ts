import { describe, expect, it } from 'vitest';
import { checkContent, duplicatePaths, type EntrySummary, type SiteSummary } from './integrity';

const approach = (locale: string, key: string, data: Record<string, unknown> = {}): EntrySummary => ({
  collection: 'approaches',
  id: `${locale}/${key}`,
  filePath: `content/approaches/${locale}/${key}.mdx`,
  data: { step: 4, lead: 'professional', format: 'one-to-one', settings: ['clinic'], combinesWith: [], ...data },
  body: '## One\n\ntext\n\n## Two\n',
});

const guide = (locale: string, key: string, data: Record<string, unknown> = {}, body = '## One\n'): EntrySummary => ({
  collection: 'guides',
  id: `${locale}/${key}`,
  filePath: `content/guides/${locale}/${key}.mdx`,
  data: { related: ['approach/group-therapy'], ...data },
  body,
});

const site = (...entries: EntrySummary[]): SiteSummary => ({
  entries,
  glossaryKeys: ['relapse'],
  glossarySee: [],
  contactKeys: ['sapa-129'],
  serviceKeys: ['methadone-clinics'],
});

describe('content integrity', () => {
  it('accepts twins that agree and reference what exists', () => {
    expect(checkContent(site(approach('id', 'group-therapy'), approach('en', 'group-therapy')))).toEqual([]);
  });

  it('reports a page whose other-language twin is missing', () => {
    expect(checkContent(site(guide('id', 'helping-someone')))).toEqual([
      'content/guides/id/helping-someone.mdx: its en twin content/guides/en/helping-someone.mdx is missing',
    ]);
  });

  it('reports a file whose name is not a known key', () => {
    expect(checkContent(site(guide('id', 'helping-somone'), guide('en', 'helping-somone')))[0]).toBe(
      'content/guides/id/helping-somone.mdx › file name: unknown key "helping-somone" (expected one of: choosing-individual-or-group, what-happens-in-group-therapy, support-groups-and-group-therapy, addiction-counselor, helping-someone, school-counseling, workplace-counseling, psychosocial-after-crisis, self-help-partnership, rehabilitation-rights, weighing-change, setting-a-goal, noticing-the-pattern, handling-urges, replacing-the-habit, online-gambling, after-a-slip, harm-reduction, debt-and-gambling, gaming)',
    );
  });

  it('reports a file outside a language folder', () => {
    const stray = { ...guide('id', 'x'), id: 'helping-someone', filePath: 'content/guides/helping-someone.mdx' };
    expect(checkContent(site(stray))).toEqual([
      'content/guides/helping-someone.mdx: must sit in a language folder, content/guides/<id|en>/<key>.mdx',
    ]);
  });

  it('reports references to keys that do not exist, in frontmatter and in the body', () => {
    const body = '## One\n\nSee <Link to="guide/nowhere">this</Link> and <Term id="relaps">relapse</Term>.\n';
    const broken = guide('id', 'helping-someone', { related: ['approach/yoga'] }, body);
    expect(checkContent(site(broken, guide('en', 'helping-someone')))).toEqual([
      'content/guides/id/helping-someone.mdx › related[0]: unknown route key "approach/yoga"',
      'content/guides/id/helping-someone.mdx › <Link to="guide/nowhere">: unknown route key',
      'content/guides/id/helping-someone.mdx › <Term id="relaps">: no such glossary term',
    ]);
  });

  it('reports a service card that names a contact or service the data files do not have', () => {
    const page = (locale: string, body: string): EntrySummary => ({
      collection: 'pages',
      id: `${locale}/find-help`,
      filePath: `content/pages/${locale}/find-help.mdx`,
      data: {},
      body,
    });
    const body = '## One\n\n<ServiceCard contact="sapa-129" />\n\n<ServiceCard contact="sapa129" />\n\n<ServiceCard service="methadone" />\n';
    expect(checkContent(site(page('id', body), page('en', '## One\n\n<ServiceCard service="methadone-clinics" />\n')))).toEqual([
      'content/pages/id/find-help.mdx › <ServiceCard contact="sapa129">: no such entry in content/contacts/contacts.yaml',
      'content/pages/id/find-help.mdx › <ServiceCard service="methadone">: no such entry in content/services/services.yaml',
    ]);
  });

  it('reports approach twins that disagree on a shared attribute', () => {
    expect(checkContent(site(approach('id', 'peer-support'), approach('en', 'peer-support', { privacy: 'low', step: 2 })))).toEqual([
      'content/approaches/en/peer-support.mdx › step: 2 differs from the id twin\'s 4',
      'content/approaches/en/peer-support.mdx › privacy: "low" differs from the id twin\'s undefined',
    ]);
  });

  it('reports twins with a different number of sections', () => {
    const en = guide('en', 'helping-someone', {}, '## One\n\n## Two\n');
    expect(checkContent(site(guide('id', 'helping-someone'), en))).toEqual([
      'content/guides/en/helping-someone.mdx: has 2 "##" sections but its id twin has 1',
    ]);
  });

  it('reports an approach that combines with itself', () => {
    const self = approach('id', 'rehabilitation', { combinesWith: [{ approach: 'rehabilitation', how: 'x' }] });
    expect(checkContent(site(self, approach('en', 'rehabilitation', { combinesWith: [] })))).toContain(
      'content/approaches/id/rehabilitation.mdx › combinesWith[0].approach: an approach cannot combine with itself',
    );
  });

  it('reports a comparison named in the wrong order or after an unknown approach', () => {
    const comparison = (key: string): EntrySummary => ({
      collection: 'comparisons',
      id: `id/${key}`,
      filePath: `content/comparisons/id/${key}.mdx`,
      data: {},
      body: '',
    });
    const problems = checkContent(site(comparison('group-therapy--individual-counseling'), comparison('yoga--peer-support')));
    expect(problems).toContain(
      'content/comparisons/id/group-therapy--individual-counseling.mdx › file name: "group-therapy--individual-counseling" names the pair in the wrong order: use "individual-counseling--group-therapy"',
    );
    expect(problems).toContain(
      'content/comparisons/id/yoga--peer-support.mdx › file name: "yoga--peer-support" is not "<approach>--<approach>" with two different approach keys',
    );
  });

  it('reports two pages with one path', () => {
    expect(
      duplicatePaths([
        ['guide/a', { id: '/panduan/sama/', en: '/en/guides/a/' }],
        ['guide/b', { id: '/panduan/sama/', en: '/en/guides/b/' }],
      ]),
    ).toEqual(['src/i18n/routes.ts: "guide/b" and "guide/a" both use the path /panduan/sama/']);
  });

  it('reports a glossary entry pointing nowhere', () => {
    expect(checkContent({ ...site(), glossarySee: [{ key: 'relapse', see: 'guide/none' }] })).toEqual([
      'content/glossary/terms.yaml › relapse.see: unknown route key "guide/none"',
    ]);
  });
});
