import type { Ref } from 'preact';
import type { QuizRunnerProps } from './QuizRunner';

interface Props {
  contacts: QuizRunnerProps['urgentContacts'];
  title: string;
  /** Said only on an urgent result, where this box comes first and takes the focus. */
  text?: string;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Urgent help, once per result: first and in full on an urgent result, last and quieter on any
 * other. While a result shows, the page's own urgent-help strip gives way to it (quiz.css).
 */
export function UrgentHelp({ contacts, title, text, headingRef }: Props) {
  const urgent = text !== undefined;
  return (
    <div class={urgent ? 'quiz-urgent' : 'quiz-urgent quiz-urgent--quiet'} data-urgent-help>
      <h3 tabIndex={urgent ? -1 : undefined} ref={headingRef}>
        {title}
      </h3>
      {urgent && <p>{text}</p>}
      <ul>
        {contacts.map((contact) => (
          <li key={contact.href}>
            <a href={contact.href}>
              <strong>{contact.name}</strong>
            </a>
            {contact.detail && <span> · {contact.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
