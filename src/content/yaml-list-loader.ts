import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { ContentError } from './content-error';

/**
 * Loads a YAML file holding a list of entries, each identified by its `key` field. Unlike Astro's
 * file() loader, a file that does not parse fails the build instead of being logged and skipped.
 */
export function yamlListLoader(path: string): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, config }) => {
      const url = new URL(path, config.root);
      let list: unknown;
      try {
        list = parseYaml(await readFile(url, 'utf8'));
      } catch (error) {
        throw new ContentError([`${path}: not valid YAML: ${(error as Error).message}`]);
      }
      if (!Array.isArray(list)) throw new ContentError([`${path}: expected a list of entries`]);
      store.clear();
      const seen = new Set<string>();
      const problems: string[] = [];
      for (const [index, item] of list.entries()) {
        const key = (item as { key?: unknown })?.key;
        if (typeof key !== 'string') {
          problems.push(`${path} › [${index}].key: missing (every entry needs a kebab-case key)`);
          continue;
        }
        if (seen.has(key)) problems.push(`${path} › [${index}].key: "${key}" is used twice`);
        seen.add(key);
        const data = await parseData({ id: key, data: item as Record<string, unknown>, filePath: path });
        store.set({ id: key, data, filePath: path });
      }
      if (problems.length) throw new ContentError(problems);
    },
  };
}
