import { getCollection } from 'astro:content';
import { ContentError } from './content-error';
import { quizKeys } from '../i18n/routes';
import { checkFreshness } from './freshness';
import { checkContent, type EntrySummary } from './integrity';

let checked: Promise<void> | undefined;

/** Today, or BUILD_DATE (YYYY-MM-DD) to see what a later build would say about the verified dates. */
function buildDate(): Date {
  const given = process.env.BUILD_DATE;
  if (!given) return new Date();
  const date = new Date(given);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(date.getTime())) throw new ContentError([`BUILD_DATE: "${given}" is not a date written YYYY-MM-DD`]);
  return date;
}

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
    const contacts = await getCollection('contacts');
    const services = await getCollection('services');
    const problems = checkContent({
      entries,
      glossaryKeys: glossary.map((t) => t.id),
      glossarySee: glossary.map((t) => ({ key: t.id, see: t.data.see })),
      contactKeys: contacts.map((c) => c.id),
      serviceKeys: services.map((s) => s.id),
    });
    // Contacts and services carry the date their source was seen; the build date decides what is stale.
    const freshness = checkFreshness(
      [
        ...contacts.map((c) => ({ file: c.filePath ?? 'content/contacts/contacts.yaml', key: c.id, verified: c.data.verified })),
        ...services.map((s) => ({ file: s.filePath ?? 'content/services/services.yaml', key: s.id, verified: s.data.verified })),
      ],
      buildDate(),
    );
    for (const warning of freshness.warnings) console.warn(`Freshness: ${warning}`);
    problems.push(...freshness.errors);
    const quizzes = new Set((await getCollection('quizzes')).map((q) => q.id));
    for (const key of quizKeys) if (!quizzes.has(key)) problems.push(`content/quizzes/${key}.yaml is missing (the routes module lists quiz/${key})`);
    if (problems.length) throw new ContentError(problems);
  })();
  return checked;
}
