import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * Text that comes from the quiz files, per language. Quiz results cannot use the IPWL component, so
 * the check that counts the pages restating the IPWL protection sets this text aside. Placeholders
 * and Markdown split a string into the fragments that reach the page.
 */
export function quizFragments(dir = 'content/quizzes'): Record<'id' | 'en', string[]> {
  const found: Record<'id' | 'en', Set<string>> = { id: new Set(), en: new Set() };
  const visit = (node: unknown, lang?: 'id' | 'en'): void => {
    if (typeof node === 'string' && lang) {
      for (const piece of node.split(/\{[^}]*\}|\*\*|\[|\]\([^)]*\)|\n+/)) {
        const clean = piece.replace(/\s+/g, ' ').trim();
        if (clean.length >= 12) found[lang].add(clean);
      }
    } else if (Array.isArray(node)) node.forEach((item) => visit(item, lang));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) visit(value, key === 'id' || key === 'en' ? key : lang);
  };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) visit(parseYaml(readFileSync(join(dir, name), 'utf8')));
  // Longest first, so a sentence is removed whole before a shorter fragment inside it.
  const sorted = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length);
  return { id: sorted(found.id), en: sorted(found.en) };
}

/** A page's text split into what the quiz files wrote and everything else. */
export function splitQuizText(text: string, fragments: readonly string[]): { own: string; quiz: string[] } {
  let own = text;
  const quiz: string[] = [];
  for (const fragment of fragments) {
    if (!own.includes(fragment)) continue;
    quiz.push(fragment);
    own = own.split(fragment).join(' ¶ ');
  }
  return { own, quiz };
}

/** Pages that show a quiz itself (questions, results, rules): every quiz fragment may appear there. */
export const showsQuizzes = (path: string): boolean => /^\/(?:en\/)?(?:kuis|quizzes|metodologi|methodology)\/|^\/embed\//.test(path);

/**
 * The fragments to set aside on a page. Elsewhere only long ones (a quiz's description on a card),
 * so a short phrase that happens to match a quiz label is still checked as the page's own text.
 */
export function quizFragmentsFor(path: string, fragments: readonly string[]): readonly string[] {
  return showsQuizzes(path) ? fragments : fragments.filter((fragment) => fragment.length >= 40);
}
