import type { Approach } from '../schemas/approach';
import type { StringKey, Translate } from '../i18n/dictionary';

/** The comparable attributes of an approach, in the order the comparison shows them. */
export const comparedAttributes = ['lead', 'format', 'privacy', 'personalisation', 'peerSupport', 'adjustmentSpeed', 'cost', 'settings'] as const;
export type ComparedAttribute = (typeof comparedAttributes)[number];

/** An attribute's value in words: "tinggi", or a list of settings "sekolah, tempat kerja". */
export function attributeText(approach: Approach, attribute: ComparedAttribute, t: Translate): string {
  if (attribute === 'settings') return approach.settings.map((s) => t(`setting.${s}` as StringKey)).join(', ');
  return t(`value.${approach[attribute]}` as StringKey);
}

export function attributeLabel(attribute: ComparedAttribute | 'step', t: Translate): string {
  return t(`attr.${attribute}` as StringKey);
}

/** "Konseling individual" becomes "konseling individual" mid-sentence. */
export function midSentence(title: string): string {
  return title.charAt(0).toLowerCase() + title.slice(1);
}
