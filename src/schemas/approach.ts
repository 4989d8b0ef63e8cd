import { z } from 'astro/zod';
import { approachKeys } from '../i18n/routes';
import { pageMeta } from './shared';

const level = z.enum(['high', 'medium', 'low']);

export const settings = ['rehab-centre', 'hospital', 'clinic', 'puskesmas', 'school', 'workplace', 'community', 'online'] as const;

/** Frontmatter of `content/approaches/<locale>/<key>.mdx`. Drives the comparison matrix and pair pages. */
export const approachSchema = z.strictObject({
  ...pageMeta,
  summary: z.string().min(20).max(220).describe('One plain sentence for the approach card and the comparison.'),
  step: z
    .number()
    .int()
    .min(1)
    .max(5)
    .describe('Stepped-care ladder step where the approach mainly sits: 1 self-care … 5 specialist care and rehabilitation.'),
  lead: z.enum(['professional', 'peer', 'both']).describe('Who leads it: a professional, peers, or both together.'),
  format: z.enum(['one-to-one', 'group', 'community', 'mixed']).describe('How people meet: one-to-one, group, community, or a mix.'),
  privacy: level.describe('How private it is: high, medium or low.'),
  personalisation: level.describe('How far it is tailored to one person: high, medium or low.'),
  peerSupport: z.enum(['high', 'medium', 'low', 'none']).describe('How much support comes from peers: high, medium, low or none.'),
  adjustmentSpeed: z
    .enum(['fast', 'moderate', 'slow'])
    .describe('How quickly it can adjust to a change or a crisis: fast, moderate or slow.'),
  cost: level.describe('Relative cost to the person compared with the other approaches: high, medium or low.'),
  settings: z.array(z.enum(settings)).min(1).describe(`Where it is found: any of ${settings.join(', ')}.`),
  goodFor: z.array(z.string().min(3)).min(2).describe('Short phrases: situations and people it suits.'),
  lessSuitedFor: z.array(z.string().min(3)).min(1).describe('Short phrases: when another approach may fit better.'),
  combinesWith: z
    .array(
      z.object({
        approach: z.enum(approachKeys as [string, ...string[]]).describe('Key of the other approach, e.g. "group-therapy".'),
        how: z.string().min(10).describe('One sentence on how the two work together.'),
      }),
    )
    .min(1)
    .describe('Other approaches it combines with, and how.'),
  whatToAsk: z
    .strictObject({
      sessions: z.string().min(30).max(300).describe('How long and how often, in general words ("often", "usually"); no figure the verified facts do not give.'),
      cost: z.string().min(30).max(300).describe('Rough cost category and what BPJS covers, as the facts state it: JKN does not pay for dependence on drugs or alcohol; BNN\'s programme is free, travel is not; elsewhere "ask about cost first". No prices.'),
      credentials: z.string().min(30).max(300).describe('How to check someone\'s training or registration: what to ask. No organisation names that are not in the facts.'),
      sharing: z.string().min(30).max(300).describe('What the helper or group may or must pass on to others, and what to ask at the start.'),
    })
    .describe('The "what to ask" box on the approach page, for readers deciding between options.'),
});

export type Approach = z.infer<typeof approachSchema>;

/** The attributes that must be identical in the two language twins of an approach. */
export const sharedApproachFields = [
  'step',
  'lead',
  'format',
  'privacy',
  'personalisation',
  'peerSupport',
  'adjustmentSpeed',
  'cost',
  'settings',
] as const;
