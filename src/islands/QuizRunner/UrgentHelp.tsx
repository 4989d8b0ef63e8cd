import type { Ref } from 'preact';
import { OutcomeText, urgentContactsTemplateId } from './OutcomeText';

interface Props {
  title: string;
  /** Said only on an urgent result, where this box comes first and takes the focus. */
  text?: string;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Urgent help, once per result: first and in full on an urgent result, last and quieter on any
 * other. The contacts are the page's own, drawn once by components/UrgentContacts into a template.
 * While a result shows, the page's own urgent-help strip gives way to it (quiz-page.css).
 */
export function UrgentHelp({ title, text, headingRef }: Props) {
  const urgent = text !== undefined;
  return (
    <div class={urgent ? 'quiz-urgent' : 'quiz-urgent quiz-urgent--quiet'} data-urgent-help>
      <h3 tabIndex={urgent ? -1 : undefined} ref={headingRef}>
        {title}
      </h3>
      {urgent && <p>{text}</p>}
      <OutcomeText templateId={urgentContactsTemplateId} />
    </div>
  );
}
