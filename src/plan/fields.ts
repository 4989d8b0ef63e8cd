/**
 * The fields of "Rencana saya / My plan", with the most a visitor may write in each. The limits
 * keep the whole plan on one A4 page, and the page states them beside each field.
 */
export const planFields = [
  { key: 'change', maxLength: 280, maxLines: 3 },
  { key: 'goal', maxLength: 250, maxLines: 3 },
  { key: 'triggers', maxLength: 360, maxLines: 4 },
  { key: 'people', maxLength: 150, maxLines: 2 },
  // Room for the longest first steps a quiz result brings (about 700 characters).
  { key: 'help', maxLength: 720, maxLines: 5 },
  { key: 'slip', maxLength: 250, maxLines: 3 },
] as const;

export type PlanFieldKey = (typeof planFields)[number]['key'];
export type PlanText = Record<PlanFieldKey, string>;

export const emptyPlan = (): PlanText => Object.fromEntries(planFields.map((f) => [f.key, ''])) as PlanText;

/** Bidi overrides and isolates, zero-width and other invisible controls: they can disguise text. */
const invisibleControls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * What a field keeps of what was typed or pasted: no invisible controls, tabs as spaces, at most
 * `maxLines` lines and `maxLength` characters (counted as the browser's maxlength counts them).
 */
export function cleanFieldText(value: string, maxLength: number, maxLines: number): string {
  const lines = value.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(invisibleControls, '').split('\n');
  const kept = lines.length > maxLines ? [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')] : lines;
  let text = kept.join('\n').slice(0, maxLength);
  // Never end on half of a surrogate pair.
  if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
  return text;
}
