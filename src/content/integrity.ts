import { approachKeys, guideKeys, hubKeys, isRouteKey, localizedPath, routeKeys, pairKey, type ApproachKey } from '../i18n/routes';
import { isLocale, locales, type Locale } from '../i18n/locales';
import { sharedApproachFields } from '../schemas/approach';
import { messageKinds } from '../schemas/hub';

/** What the integrity check needs to know of one localized MDX entry. */
export interface EntrySummary {
  collection: 'approaches' | 'guides' | 'comparisons' | 'pages' | 'hubs';
  id: string; // "<locale>/<key>"
  filePath: string;
  data: Record<string, unknown>;
  body: string;
}

export interface SiteSummary {
  entries: EntrySummary[];
  glossaryKeys: string[];
  glossarySee: { key: string; see?: string }[];
  /** Keys of content/contacts/contacts.yaml and content/services/services.yaml, for <ServiceCard>. */
  contactKeys: string[];
  serviceKeys: string[];
}

export const pageKeys = ['about', 'privacy', 'help', 'methodology', 'find-help'] as const;
export type PageKey = (typeof pageKeys)[number];

const isApproachKey = (value: string): value is ApproachKey => (approachKeys as string[]).includes(value);

/** The keys a collection may hold; a comparison is named "<A>--<B>" with A before B in ladder order. */
function keyProblem(collection: EntrySummary['collection'], key: string): string | undefined {
  const known: Record<Exclude<EntrySummary['collection'], 'comparisons'>, readonly string[]> = {
    approaches: approachKeys,
    guides: guideKeys,
    pages: pageKeys,
    hubs: hubKeys,
  };
  if (collection !== 'comparisons') {
    return known[collection].includes(key) ? undefined : `unknown key "${key}" (expected one of: ${known[collection].join(', ')})`;
  }
  const [a, b, ...rest] = key.split('--');
  if (!a || !b || rest.length || !isApproachKey(a) || !isApproachKey(b) || a === b) {
    return `"${key}" is not "<approach>--<approach>" with two different approach keys`;
  }
  if (pairKey(a, b) !== `compare/${a}/${b}`) return `"${key}" names the pair in the wrong order: use "${b}--${a}"`;
  return undefined;
}

/** The route keys named by {link:KEY} in a hub message. */
export const linkTokens = (text: string) => [...text.matchAll(/\{link:([^}]*)\}/g)].map((m) => m[1] ?? '');

const sectionCount = (body: string) => body.split('\n').filter((line) => /^##\s/.test(line)).length;

/** References written inside MDX bodies: <Link to="...">, <Term id="..."> and <ServiceCard contact|service="...">. */
function bodyReferences(body: string) {
  const links = [...body.matchAll(/<Link\s+to="([^"]*)"/g)].map((m) => m[1] ?? '');
  const terms = [...body.matchAll(/<Term\s+id="([^"]*)"/g)].map((m) => m[1] ?? '');
  const cards = [...body.matchAll(/<ServiceCard\s+(contact|service)="([^"]*)"/g)].map((m) => ({ kind: m[1] as 'contact' | 'service', key: m[2] ?? '' }));
  return { links, terms, cards };
}

/**
 * Checks what a schema cannot see on its own: file placement, missing twins, references to keys that
 * do not exist, twins that disagree, and the route table itself. Returns every problem, never throws.
 */
export function checkContent(site: SiteSummary): string[] {
  const problems: string[] = [];
  const glossary = new Set(site.glossaryKeys);
  const cardKeys = { contact: new Set(site.contactKeys), service: new Set(site.serviceKeys) };
  const cardFiles = { contact: 'content/contacts/contacts.yaml', service: 'content/services/services.yaml' };
  const byCollectionKey = new Map<string, Map<string, EntrySummary>>();

  for (const entry of site.entries) {
    const [locale, key, ...rest] = entry.id.split('/');
    const where = entry.filePath;
    if (!locale || !key || rest.length || !isLocale(locale)) {
      problems.push(`${where}: must sit in a language folder, content/${entry.collection}/<id|en>/<key>.mdx`);
      continue;
    }
    const keyIssue = keyProblem(entry.collection, key);
    if (keyIssue) problems.push(`${where} › file name: ${keyIssue}`);
    const twins = byCollectionKey.get(`${entry.collection}/${key}`) ?? new Map<string, EntrySummary>();
    twins.set(locale, entry);
    byCollectionKey.set(`${entry.collection}/${key}`, twins);

    const related = entry.data.related;
    if (Array.isArray(related)) {
      related.forEach((ref, i) => {
        if (!isRouteKey(String(ref))) problems.push(`${where} › related[${i}]: unknown route key "${ref}"`);
      });
    }
    const combines = entry.data.combinesWith;
    if (Array.isArray(combines)) {
      combines.forEach((item, i) => {
        if ((item as { approach?: string }).approach === key) {
          problems.push(`${where} › combinesWith[${i}].approach: an approach cannot combine with itself`);
        }
      });
    }
    const share = entry.data.share;
    if (Array.isArray(share)) {
      share.forEach((item, i) => {
        const page = String((item as { page?: unknown }).page);
        if (!isRouteKey(page)) problems.push(`${where} › share[${i}].page: unknown route key "${page}"`);
      });
    }
    const messages = entry.data.messages;
    if (Array.isArray(messages)) {
      messages.forEach((message, i) => {
        const { kind, text = '' } = message as { kind?: string; text?: string };
        if (kind !== messageKinds[i]) problems.push(`${where} › messages[${i}].kind: expected "${messageKinds[i]}", found "${kind}"`);
        const links = linkTokens(text);
        if (links.length === 0) problems.push(`${where} › messages[${i}].text: has no {link:ROUTE_KEY}`);
        for (const to of links) if (!isRouteKey(to)) problems.push(`${where} › messages[${i}].text: {link:${to}} is not a route key`);
      });
    }
    const { links, terms, cards } = bodyReferences(entry.body);
    for (const to of links) if (!isRouteKey(to)) problems.push(`${where} › <Link to="${to}">: unknown route key`);
    for (const id of terms) if (!glossary.has(id)) problems.push(`${where} › <Term id="${id}">: no such glossary term`);
    for (const { kind, key } of cards) {
      if (!cardKeys[kind].has(key)) problems.push(`${where} › <ServiceCard ${kind}="${key}">: no such entry in ${cardFiles[kind]}`);
    }
  }

  for (const [collectionKey, twins] of byCollectionKey) {
    for (const locale of locales) {
      if (!twins.has(locale)) {
        const present = [...twins.values()][0];
        problems.push(`${present?.filePath}: its ${locale} twin content/${collectionKey.replace('/', `/${locale}/`)}.mdx is missing`);
      }
    }
    const [id, en] = [twins.get('id'), twins.get('en')];
    if (!id || !en) continue;
    if (sectionCount(id.body) !== sectionCount(en.body)) {
      problems.push(`${en.filePath}: has ${sectionCount(en.body)} "##" sections but its id twin has ${sectionCount(id.body)}`);
    }
    if (id.collection === 'approaches') {
      for (const field of sharedApproachFields) {
        if (JSON.stringify(id.data[field]) !== JSON.stringify(en.data[field])) {
          problems.push(`${en.filePath} › ${field}: ${JSON.stringify(en.data[field])} differs from the id twin's ${JSON.stringify(id.data[field])}`);
        }
      }
    }
  }

  for (const { key, see } of site.glossarySee) {
    if (see && !isRouteKey(see)) problems.push(`content/glossary/terms.yaml › ${key}.see: unknown route key "${see}"`);
  }

  problems.push(...duplicatePaths(routeKeys.map((key) => [key, { id: localizedPath(key, 'id'), en: localizedPath(key, 'en') }])));
  return problems;
}

/** Two pages may never share a path: "two pages with one slug". */
export function duplicatePaths(table: [string, Record<Locale, string>][]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const [key, paths] of table) {
    for (const locale of locales) {
      const other = owner.get(paths[locale]);
      if (other) problems.push(`src/i18n/routes.ts: "${key}" and "${other}" both use the path ${paths[locale]}`);
      owner.set(paths[locale], key);
    }
  }
  return problems;
}
