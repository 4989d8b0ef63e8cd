import type { StringKey } from '../../i18n/dictionary';

/** The UI strings the quiz island needs, already in the page's language. */
export type QuizStringKey = Extract<StringKey, `quiz.${string}`>;
export type QuizStrings = Record<QuizStringKey, string>;

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
