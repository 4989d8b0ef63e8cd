import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hubKeys, quizKeys } from '../i18n/routes';
import { locales } from '../i18n/locales';
import { quizSchema } from '../schemas/quiz';
import { quizzesForHub } from './hub-quizzes';

const quizzes = quizKeys.map((key) => quizSchema.parse(parseYaml(readFileSync(`content/quizzes/${key}.yaml`, 'utf8'))));
const frontmatter = (hub: string, locale: string) => parseYaml(readFileSync(`content/hubs/${locale}/${hub}.mdx`, 'utf8').split(/^---$/m)[1]!) as {
  audience: ('school' | 'workplace' | 'professional')[];
  share: { page: string }[];
};
const offered = (hub: string) => quizzesForHub(frontmatter(hub, 'id').audience, quizzes).map((q) => q.key);

describe('the quizzes each hub offers', () => {
  it('keeps the facilitators’ partnership quiz off the school and workplace hubs', () => {
    expect(offered('schools')).not.toContain('partnership-readiness');
    expect(offered('workplaces')).not.toContain('partnership-readiness');
    expect(offered('counselors')).toContain('partnership-readiness');
  });

  it('offers schools and workplaces the quizzes for students, staff and families', () => {
    expect(offered('schools')).toEqual(['pathway-finder', 'individual-or-group', 'use-check', 'helping-someone']);
    expect(offered('workplaces')).toEqual(offered('schools'));
    expect(offered('counselors')).toEqual([...quizKeys]);
  });

  it('never has a hub suggest sharing a quiz that is not meant for its audience', () => {
    const problems = hubKeys.flatMap((hub) =>
      locales.flatMap((locale) =>
        frontmatter(hub, locale)
          .share.filter(({ page }) => page.startsWith('quiz/') && !offered(hub).includes(page.slice(5) as (typeof quizKeys)[number]))
          .map(({ page }) => `content/hubs/${locale}/${hub}.mdx › share: ${page} is not written for this hub's audience`),
      ),
    );
    expect(problems).toEqual([]);
  });
});
