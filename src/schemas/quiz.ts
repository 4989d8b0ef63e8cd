import { z } from 'astro/zod';
import { audience } from './shared';
import { approachKeys } from '../i18n/routes';

/** Text in both languages, side by side, so a quiz's wording can never drift from its logic. */
export const bilingualText = z
  .strictObject({
    id: z.string().trim().min(1).describe('Indonesian text.'),
    en: z.string().trim().min(1).describe('English text.'),
  })
  .describe('The same text in Indonesian (id) and English (en).');

const identifier = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase kebab-case, e.g. "q-safety"');

export interface Condition {
  always?: true;
  flag?: string;
  answer?: { question: string; option: string };
  score?: string;
  atLeast?: number;
  atMost?: number;
  lead?: string;
  over?: string;
  by?: number;
  all?: Condition[];
  any?: Condition[];
}

/** When a rule applies. Exactly one form per condition. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.literal(true).describe('Always true: the closing default rule.') }),
    z.strictObject({ flag: identifier.describe('True when any chosen option carries this flag, e.g. "urgent".') }),
    z.strictObject({
      answer: z.strictObject({ question: identifier, option: identifier }).describe('True when this option was chosen.'),
    }),
    z.strictObject({
      score: identifier.describe('A dimension key.'),
      atLeast: z.number().int().optional().describe('True when the score is at least this.'),
      atMost: z.number().int().optional().describe('True when the score is at most this.'),
    }),
    z.strictObject({
      lead: identifier.describe('A dimension key that must lead …'),
      over: identifier.describe('… this other dimension key …'),
      by: z.number().int().describe('… by at least this many points.'),
    }),
    z.strictObject({ all: z.array(conditionSchema).min(1).describe('True when every condition is true.') }),
    z.strictObject({ any: z.array(conditionSchema).min(1).describe('True when at least one condition is true.') }),
  ]),
);

export const optionSchema = z.strictObject({
  id: identifier.describe('Stable option id within its question, e.g. "often".'),
  label: bilingualText.describe('What the visitor chooses.'),
  reason: bilingualText.describe('Why this answer matters, as shown under "why": "Anda ingin menjaga privasi".'),
  points: z.record(identifier, z.number().int()).default({}).describe('Points this answer adds to named dimensions.'),
  flags: z
    .array(identifier)
    .default([])
    .describe('Flags this answer raises: "urgent" ends the quiz with urgent help; "harm-reduction" (a red flag) lifts the result to step 4 or higher and adds a harm-reduction section; "substance" marks alcohol, drugs or medicines.'),
  next: identifier.optional().describe('Question to go to next, or "end"; by default the following question.'),
});

export const questionSchema = z.strictObject({
  id: identifier.describe('Stable question id, e.g. "q-safety".'),
  text: bilingualText.describe('The question.'),
  hint: bilingualText.optional().describe('A short note under the question.'),
  options: z.array(optionSchema).min(2).max(36).describe('The answers, in the order shown.'),
});

export const outcomeSchema = z.strictObject({
  key: identifier.describe('Stable outcome key, e.g. "professional-counseling".'),
  step: z.number().int().min(0).max(5).describe('Step on the stepped-care ladder; 0 is urgent help above the ladder.'),
  title: bilingualText,
  summary: bilingualText.describe('Two or three sentences: what this pathway means for the visitor.'),
  approaches: z.array(z.enum(approachKeys as [string, ...string[]])).default([]).describe('Approach keys it recommends.'),
  firstSteps: z.array(bilingualText).min(2).max(3).describe('Two or three concrete first steps.'),
  links: z.array(z.string()).default([]).describe('Route keys of guides or pages to read next.'),
  cautions: z
    .array(z.enum(['withdrawal']))
    .default([])
    .describe('Notes shown with this result: "withdrawal" warns not to stop suddenly on one\'s own after long daily use of alcohol, sedatives or opioids. Required at step 3 or higher wherever a substance answer can lead here.'),
});

export const bandSchema = z.strictObject({
  key: identifier,
  min: z.number().int().describe('Lowest score in this band, inclusive.'),
  max: z.number().int().describe('Highest score in this band, inclusive.'),
  label: bilingualText.describe('The level of concern in words, e.g. "Perlu perhatian".'),
  text: bilingualText.describe('What this level means, never a diagnosis.'),
});

export const quizSchema = z.strictObject({
  key: identifier.describe('Stable quiz key, e.g. "pathway-finder"; also the file name.'),
  version: z.number().int().positive().describe('Raise it whenever questions or options change: old share links then start fresh.'),
  title: bilingualText,
  description: bilingualText.describe('One or two sentences for the quiz index and link previews.'),
  keywords: z
    .strictObject({ id: z.array(z.string().min(2)).min(3), en: z.array(z.string().min(2)).min(3) })
    .describe('Words people type to find this quiz, in each language. Indexed by search with extra weight.'),
  audience: z.array(audience).min(1).describe('Who the quiz is written for.'),
  reader: z
    .enum(['self', 'helper', 'facilitator'])
    .default('self')
    .describe('Who reads the result: the visitor about themself (self), someone worried about another person (helper), or a group facilitator. Picks the wording of the cautions.'),
  intro: bilingualText.describe('Shown above the first question: who it is for, how long it takes, that nothing is stored.'),
  scoring: bilingualText.describe('How to score the printed version by hand.'),
  credit: bilingualText.optional().describe('Credit for a published instrument, or a note that the questions are not a validated screening.'),
  dimensions: z
    .array(z.strictObject({ key: identifier, label: bilingualText }))
    .min(1)
    .describe('Named scores that options add points to.'),
  flagLabels: z
    .record(identifier, bilingualText)
    .default({})
    .describe('Every flag an answer raises, in words for the printed version and the methodology page, e.g. harm-reduction: { id: "tanda risiko tinggi", en: "high-risk sign" }.'),
  questions: z.array(questionSchema).min(2).max(36),
  levels: z
    .strictObject({ dimension: identifier, bands: z.array(bandSchema).min(2) })
    .optional()
    .describe('Levels of concern by score on one dimension; bands must cover every possible score once.'),
  outcomes: z.array(outcomeSchema).min(1),
  rules: z
    .array(z.strictObject({ when: conditionSchema, outcome: identifier }))
    .min(1)
    .describe('Checked in order; the first that holds gives the outcome. The last must be { always: true }.'),
});

export type Quiz = z.infer<typeof quizSchema>;
export type BilingualText = z.infer<typeof bilingualText>;
