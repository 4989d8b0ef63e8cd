import type { StringKey } from '../../i18n/dictionary';

/** The UI strings the quiz island needs, already in the page's language. */
export type QuizStringKey = Extract<StringKey, `quiz.${string}`>;
export type QuizStrings = Record<QuizStringKey, string>;
