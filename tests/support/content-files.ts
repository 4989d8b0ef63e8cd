import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface ContentFile {
  collection: 'approaches' | 'guides' | 'comparisons' | 'pages' | 'hubs';
  locale: string;
  key: string;
  filePath: string;
  data: Record<string, unknown>;
  body: string;
}

const collections = ['approaches', 'guides', 'comparisons', 'pages', 'hubs'] as const;

/** Reads every localized MDX file from content/ the way the build sees it: frontmatter and body. */
export function contentFiles(root = 'content'): ContentFile[] {
  return collections.flatMap((collection) =>
    readdirSync(join(root, collection)).flatMap((locale) =>
      readdirSync(join(root, collection, locale))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => {
          const filePath = join(root, collection, locale, name);
          const text = readFileSync(filePath, 'utf8');
          const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
          if (!match) throw new Error(`${filePath}: no frontmatter`);
          return {
            collection,
            locale,
            key: name.replace(/\.mdx$/, ''),
            filePath,
            data: parseYaml(match[1] ?? '') as Record<string, unknown>,
            body: match[2] ?? '',
          };
        }),
    ),
  );
}

/** The words a reader sees in an MDX body: markup, component tags and link targets removed. */
export function readableWords(body: string): string[] {
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`[\]|-]/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
}
