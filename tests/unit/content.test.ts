import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../src/content/integrity';
import { approachSchema } from '../../src/schemas/approach';
import { comparisonSchema } from '../../src/schemas/comparison';
import { contactSchema } from '../../src/schemas/contact';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { guideSchema } from '../../src/schemas/guide';
import { hubSchema } from '../../src/schemas/hub';
import { pageSchema } from '../../src/schemas/page';
import { serviceSchema } from '../../src/schemas/service';
import { contentFiles, readableWords } from '../support/content-files';

const files = contentFiles();
const glossary = parseYaml(readFileSync('content/glossary/terms.yaml', 'utf8')) as { key: string; see?: string }[];
const contacts = parseYaml(readFileSync('content/contacts/contacts.yaml', 'utf8')) as { key: string }[];
const services = parseYaml(readFileSync('content/services/services.yaml', 'utf8')) as { key: string }[];
const schemas = { approaches: approachSchema, guides: guideSchema, comparisons: comparisonSchema, pages: pageSchema, hubs: hubSchema };

describe('the real content', () => {
  it('passes every schema', () => {
    const problems = files.flatMap((file) => {
      const result = schemas[file.collection].safeParse(file.data);
      return result.success ? [] : result.error.issues.map((issue) => `${file.filePath} › ${issue.path.join('.')}: ${issue.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('passes the integrity check: twins, keys, references, section parity', () => {
    const entries = files.map((file) => ({ ...file, id: `${file.locale}/${file.key}` }));
    const problems = checkContent({
      entries,
      glossaryKeys: glossary.map((t) => t.key),
      glossarySee: glossary,
      contactKeys: contacts.map((c) => c.key),
      serviceKeys: services.map((s) => s.key),
    });
    expect(problems).toEqual([]);
  });

  it('has every glossary term, contact and service valid', () => {
    for (const term of glossary) expect(glossaryTermSchema.safeParse(term).error?.issues ?? [], term.key).toEqual([]);
    for (const contact of contacts) expect(contactSchema.safeParse(contact).error?.issues ?? [], contact.key).toEqual([]);
    for (const service of services) expect(serviceSchema.safeParse(service).error?.issues ?? [], service.key).toEqual([]);
  });

  it('has at least 30 glossary terms, each in both languages', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every approach page and guide at least 400 words in each language', () => {
    const counts = files
      .filter((file) => file.collection === 'approaches' || file.collection === 'guides')
      .map((file) => ({ file: file.filePath, words: readableWords(file.body).length }));
    const thin = counts.filter((c) => c.words < 400);
    expect(thin).toEqual([]);
    const total = (locale: string) => counts.filter((c) => c.file.includes(`/${locale}/`)).reduce((sum, c) => sum + c.words, 0);
    console.info(`approach and guide words: id ${total('id')}, en ${total('en')}`);
  });
});

/** Labels that reduce a person to their condition; allowed only inside quotation marks (a law's own words). */
const stigmatising = /\b(pecandu|pemadat|penyalahguna|junkies?|addicts?|abusers?|druggies?)\b/i;

function outsideQuotes(line: string): string {
  return line.replace(/"[^"]*"/g, '').replace(/“[^”]*”/g, '').replace(/«[^»]*»/g, '');
}

describe('person-first language', () => {
  const sources = [
    ...files.map((f) => f.filePath),
    'content/glossary/terms.yaml',
    'content/contacts/contacts.yaml',
    'src/i18n/id.ts',
    'src/i18n/en.ts',
  ];

  it('uses no stigmatising label for a person outside a quotation', () => {
    const hits = sources.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const source = path.endsWith('.yaml') ? line.replace(/^\s*source: .*$/, '') : line;
          return stigmatising.test(outsideQuotes(source)) ? [`${path}:${i + 1}: ${line.trim()}`] : [];
        }),
    );
    expect(hits).toEqual([]);
  });

  it('catches the labels it is meant to catch', () => {
    expect(stigmatising.test(outsideQuotes('Para pecandu perlu bantuan.'))).toBe(true);
    expect(stigmatising.test(outsideQuotes('Helping an addict recover.'))).toBe(true);
    expect(stigmatising.test(outsideQuotes('Pasal 54 menyebut "pecandu narkotika" wajib menjalani rehabilitasi.'))).toBe(false);
    expect(stigmatising.test(outsideQuotes('orang yang mengalami kecanduan'))).toBe(false);
  });
});
