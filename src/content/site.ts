import { getCollection } from 'astro:content';
import { ContentError } from './content-error';
import { quizKeys } from '../i18n/routes';
import { checkContent, type EntrySummary } from './integrity';

let checked: Promise<void> | undefined;

/** Runs the integrity check once per build; any problem stops the build with every message. */
export function assertContentIntegrity(): Promise<void> {
  checked ??= (async () => {
    const localized = ['approaches', 'guides', 'comparisons', 'pages', 'hubs'] as const;
    const entries: EntrySummary[] = [];
    for (const collection of localized) {
      for (const entry of await getCollection(collection)) {
        entries.push({
          collection,
          id: entry.id,
          filePath: entry.filePath ?? `content/${collection}/${entry.id}.mdx`,
          data: entry.data as Record<string, unknown>,
          body: entry.body ?? '',
        });
      }
    }
    const glossary = await getCollection('glossary');
    const problems = checkContent({
      entries,
      glossaryKeys: glossary.map((t) => t.id),
      glossarySee: glossary.map((t) => ({ key: t.id, see: t.data.see })),
    });
    const quizzes = new Set((await getCollection('quizzes')).map((q) => q.id));
    for (const key of quizKeys) if (!quizzes.has(key)) problems.push(`content/quizzes/${key}.yaml is missing (the routes module lists quiz/${key})`);
    if (problems.length) throw new ContentError(problems);
  })();
  return checked;
}
