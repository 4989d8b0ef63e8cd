import type { NoteData } from './notes';

/** The pages a note links (route keys), as the page looked them up; nothing when it has none. */
export function NoteLinks({ keys, notes }: { keys: readonly string[]; notes?: NoteData }) {
  const links = keys.flatMap((key) => (notes?.links[key] ? [notes.links[key]!] : []));
  if (!links.length) return null;
  return (
    <ul class="quiz-context__links">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.title}</a>
        </li>
      ))}
    </ul>
  );
}
