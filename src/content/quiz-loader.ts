import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { longestPath } from '../quiz/length';
import { cacheKinds, hashOf, readCached, writeCached } from '../build-cache/cached-file';
import { sourceHash } from '../build-cache/source-hash';
import { quizProblems } from '../quiz/validate';
import { quizSchema } from '../schemas/quiz';
import { ContentError } from './content-error';

/**
 * Loads content/quizzes/*.yaml. Every file is checked in full (schema, ids, question graph, bands,
 * rules) and every problem in every file is reported together before the build stops. Walking every
 * distinct ending takes about a second and a half, so a file that passed is remembered under a hash
 * of its text and of all the site's code: it is checked again as soon as either changes.
 */
export function quizLoader(folder: string): Loader {
  return {
    name: 'quiz-loader',
    load: async ({ store, parseData, config }) => {
      const dir = new URL(`${folder}/`, config.root);
      const files = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
      const problems: string[] = [];
      const parsed: { key: string; file: string; data: Record<string, unknown> }[] = [];
      const code = await sourceHash(new URL('.', config.root).pathname);
      for (const name of files) {
        const file = `${folder}/${name}`;
        const text = await readFile(new URL(name, dir), 'utf8');
        let data: unknown;
        try {
          data = parseYaml(text);
        } catch (error) {
          problems.push(`${file}: not valid YAML: ${(error as Error).message}`);
          continue;
        }
        const passed = `${hashOf(text, code)}.ok`;
        const remembered = (await readCached(cacheKinds.quizChecks, passed)) !== undefined;
        const found = remembered ? [] : quizProblems(file, data);
        if (!remembered && !found.length) await writeCached(cacheKinds.quizChecks, passed, new TextEncoder().encode('passed'));
        const key = (data as { key?: unknown })?.key;
        if (!found.length && key !== name.replace(/\.yaml$/, '')) found.push(`${file} › key: "${String(key)}" must match the file name`);
        problems.push(...found);
        if (!found.length) parsed.push({ key: String(key), file, data: withQuestionCounts(data as Record<string, unknown>) });
      }
      if (problems.length) throw new ContentError(problems);
      store.clear();
      for (const { key, file, data } of parsed) {
        store.set({ id: key, data: await parseData({ id: key, data, filePath: file }), filePath: file });
      }
    },
  };
}

/** The intro and description with "{questions}" put in: the longest path, so no text can name a stale count. */
function withQuestionCounts(data: Record<string, unknown>): Record<string, unknown> {
  const count = String(longestPath(quizSchema.parse(data)));
  const fill = (text: unknown) =>
    Object.fromEntries(Object.entries(text as Record<string, string>).map(([locale, value]) => [locale, value.replaceAll('{questions}', count)]));
  return { ...data, intro: fill(data.intro), description: fill(data.description) };
}
