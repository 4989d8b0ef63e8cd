import type { NoteLink } from './notes';

/** The pages a note links; nothing when it has none. */
export function NoteLinks({ links = [] }: { links?: readonly NoteLink[] }) {
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
