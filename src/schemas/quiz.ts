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
  not?: Condition;
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
    z
      .strictObject({ not: conditionSchema })
      .describe('True when the condition is false. Not in a step line: a step must only ever rise with worse answers.'),
  ]),
);

/**
 * What a question is for. Only safety, need and context answers can set the step on the ladder;
 * preference answers choose and order the approaches offered at that step (as ATLAS does with ASAM).
 */
export const questionKinds = ['safety', 'need', 'context', 'preference'] as const;
export type QuestionKind = (typeof questionKinds)[number];
export const questionKind = z
  .enum(questionKinds)
  .describe(
    'What the question is for. "safety": danger right now (a danger answer ends the quiz with urgent help). "need": what the concern is and how serious: which substance, how much, how often, impact, loss of control, what was tried. "context": circumstances that change the advice: pregnancy, age under 18, violence or fear at home, hopelessness, readiness, the helper\'s own strain. "preference": who the visitor is to the person (role), where (setting), how and with whom (format, leader), cost: it chooses and orders the approaches at the step and never sets the step (the validator rejects a step line that reads it).',
  );

export const optionSchema = z.strictObject({
  id: identifier.describe('Stable option id within its question, e.g. "often".'),
  label: bilingualText.describe('What the visitor chooses.'),
  reason: bilingualText.describe('Why this answer matters, as shown under "why": "Anda ingin menjaga privasi".'),
  points: z.record(identifier, z.number().int()).default({}).describe('Points this answer adds to named dimensions.'),
  flags: z
    .array(identifier)
    .default([])
    .describe(
      'Flags this answer raises. Safety: "urgent" ends the quiz with urgent help; "harm-reduction" (a red flag) must land on step 4 or higher and adds a harm-reduction section. The concern: "substance" (alcohol, drugs or medicines), "gambling", "gaming". Which substance, so the cautions follow it: "alcohol", "sedatives", "opioids" (adds the opioid section on every result), "stimulants", "cannabis", "other-drug". Context, each adding its own section at the top of the result: "pregnancy" (with a substance, step 4 or higher), "under-18", "violence-at-home", "hopelessness", "child-helper", "debt". Any other flag is the quiz\'s own, for its rules.',
    ),
  next: identifier.optional().describe('Question to go to next, or "end"; by default the following question. Not in a "choose all that apply" question.'),
  exclusive: z
    .boolean()
    .default(false)
    .describe('In a "choose all that apply" question: the "none of these" answer, which clears the others and is cleared by them. At most one per question.'),
});

export const questionSchema = z.strictObject({
  id: identifier.describe('Stable question id, e.g. "q-safety".'),
  kind: questionKind,
  text: bilingualText.describe('The question.'),
  hint: bilingualText.optional().describe('A short note under the question.'),
  multiple: z
    .boolean()
    .default(false)
    .describe('"Choose all that apply": the visitor ticks one or more answers (at most 10), whose points and flags all count. Its answers have no next.'),
  askIf: conditionSchema
    .optional()
    .describe('Ask this question only when this holds for the answers given so far (flags and answers of earlier questions, never a preference); otherwise the quiz moves on to the following question. Example: { flag: alcohol }.'),
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
  description: bilingualText.describe('One or two sentences for the quiz index and link previews. Never a number of questions: write {questions}, which becomes the longest path.'),
  keywords: z
    .strictObject({ id: z.array(z.string().min(2)).min(3), en: z.array(z.string().min(2)).min(3) })
    .describe('Words people type to find this quiz, in each language. Indexed by search with extra weight.'),
  audience: z.array(audience).min(1).describe('Who the quiz is written for.'),
  reader: z
    .enum(['self', 'helper', 'facilitator'])
    .default('self')
    .describe('Who reads the result: the visitor about themself (self), someone worried about another person (helper), or a group facilitator. Picks the wording of the cautions.'),
  intro: bilingualText.describe('Shown above the first question: who it is for, how long it takes, that nothing is stored. Never a number of questions: write {questions}, which becomes the longest path ("at most N").'),
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
  steps: z
    .array(
      z.strictObject({
        when: conditionSchema.describe('What must hold: flags, answers and scores of safety, need and context questions only; no atMost, lead or not, so a worse answer never lowers the step.'),
        step: z.number().int().min(1).max(5).describe('The step on the ladder this line asks for at least.'),
      }),
    )
    .min(1)
    .describe('Need sets the step: the step is the highest of the lines that hold (urgent help, step 0, comes before all of them). One line must be { always: true }, the floor.'),
  rules: z
    .array(z.strictObject({ when: conditionSchema, outcome: identifier }))
    .min(1)
    .describe('Which outcome at the step: among the rules whose outcome sits at that step, the first that holds. They may read preferences. The first rule is { flag: urgent }; each step ends with an { always: true } rule.'),
  earlier: z
    .array(
      z.strictObject({
        version: z.number().int().positive().describe('An earlier version whose share links still open.'),
        questions: z
          .array(
            z.strictObject({
              id: identifier,
              multiple: z.boolean().default(false).describe('A "choose all that apply" question in that version.'),
              options: z.array(identifier).min(1),
            }),
          )
          .min(1)
          .describe('Its questions and their answers, in the order of that version: how its share links read.'),
        carry: z
          .record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/), z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/))
          .default({})
          .describe('Old "question/option" → new "question/option", where an answer was renamed or moved; any other old answer is kept when its question and option still exist, and dropped otherwise.'),
      }),
    )
    .default([])
    .describe('Earlier versions, so an old share link still opens: the answers that still fit are kept and the visitor is told.'),
});

export type Quiz = z.infer<typeof quizSchema>;
export type BilingualText = z.infer<typeof bilingualText>;
