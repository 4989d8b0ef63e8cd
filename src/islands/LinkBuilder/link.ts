import { encodeNoteOnly } from '../../quiz/note';

/** The address of a quiz, with a counselor's note in its fragment when there is one. */
export function quizLink(origin: string, path: string, note: string): string {
  return new URL(path, origin).href + encodeNoteOnly(note);
}

/** A WhatsApp "click to chat" address that opens the app with the message ready, choosing no recipient. */
export function whatsappHref(message: string, link: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${message} ${link}`)}`;
}
