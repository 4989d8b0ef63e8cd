/**
 * A counselor's note in a quiz link: what the site shows of it and how it travels. Kept apart from
 * the share codec, so the link builder can write a note without loading the quiz engine.
 */
export const maxNoteLength = 60;

// Control characters, bidirectional overrides and isolates, zero-width characters and the BOM.
const unsafeInNote = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF]/gu;

/** A note as the site will show it: plain text, no control or bidi characters, at most 60 characters. */
export function cleanNote(raw: string): string {
  const text = raw.replace(unsafeInNote, '').replace(/\s+/g, ' ').trim();
  return [...text].slice(0, maxNoteLength).join('').trim();
}

/** A link with only a counselor's note, for a quiz not yet taken. */
export function encodeNoteOnly(note: string): string {
  const cleaned = cleanNote(note);
  return cleaned ? `#n=${encodeURIComponent(cleaned)}` : '';
}
