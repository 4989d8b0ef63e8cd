import type { Locale } from '../i18n/locales';
import type { BilingualText, Quiz } from '../schemas/quiz';
import { progressTable } from './length';
import type { ProgressTable } from './progress';
import type { Caution, QuizLogic } from './types';

export interface LinkView {
  href: string;
  title: string;
}

/** A quiz in one language: what the quiz island needs. */
export interface LocalQuiz extends QuizLogic {
  key: string;
  title: string;
  questions: (Omit<QuizLogic['questions'][number], 'options'> & {
    text: string;
    hint?: string;
    options: { id: string; label: string; reason: string; points: Record<string, number>; flags: string[]; next?: string; exclusive?: boolean }[];
  })[];
  levels?: { dimension: string; bands: { key: string; min: number; max: number; label: string; text: string }[] };
  /** How many questions can still come, for "question k of about N". */
  progress: ProgressTable;
  /** Outcome texts beyond the title stay in the page as templates, to keep the data small. */
  outcomes: { key: string; step: number; approaches: string[]; cautions: Caution[]; title: string }[];
}

/** Picks one language out of a bilingual quiz: what the browser needs, nothing of the other language. */
export function localizeQuiz(quiz: Quiz, locale: Locale): LocalQuiz {
  const t = (text: BilingualText) => text[locale];
  return {
    key: quiz.key,
    version: quiz.version,
    reader: quiz.reader,
    title: t(quiz.title),
    dimensions: quiz.dimensions.map((d) => ({ key: d.key })),
    questions: quiz.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      ...(q.multiple ? { multiple: true } : {}),
      ...(q.askIf ? { askIf: q.askIf } : {}),
      text: t(q.text),
      ...(q.hint ? { hint: t(q.hint) } : {}),
      options: q.options.map((o) => ({
        id: o.id,
        label: t(o.label),
        reason: t(o.reason),
        points: o.points,
        flags: o.flags,
        ...(o.next ? { next: o.next } : {}),
        ...(o.exclusive ? { exclusive: true } : {}),
      })),
    })),
    ...(quiz.levels
      ? {
          levels: {
            dimension: quiz.levels.dimension,
            bands: quiz.levels.bands.map((b) => ({ key: b.key, min: b.min, max: b.max, label: t(b.label), text: t(b.text) })),
          },
        }
      : {}),
    outcomes: quiz.outcomes.map((o) => ({ key: o.key, step: o.step, approaches: o.approaches, cautions: o.cautions, title: t(o.title) })),
    steps: quiz.steps,
    progress: progressTable(quiz),
    rules: quiz.rules,
    ...(quiz.earlier.length ? { earlier: quiz.earlier } : {}),
  };
}
