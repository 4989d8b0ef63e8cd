import { useEffect, useRef } from 'preact/hooks';

/**
 * Shows a server-rendered <template> of the page by cloning it: no HTML string is ever parsed.
 * The heading is drawn here rather than kept in the template, so the page's own HTML never skips
 * a heading level; with no template (an outcome with nothing to read next) nothing is shown.
 */
export function OutcomeText({ templateId, heading, class: className }: { templateId: string; heading?: string; class?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const template = document.getElementById(templateId);
  useEffect(() => {
    if (host.current && template instanceof HTMLTemplateElement) host.current.replaceChildren(template.content.cloneNode(true));
  }, [template]);
  if (!(template instanceof HTMLTemplateElement)) return null;
  return (
    <>
      {heading && <h3>{heading}</h3>}
      <div class={className} ref={host} />
    </>
  );
}

export const outcomeTemplateId = (outcome: string, part: 'summary' | 'firstSteps' | 'plan' | 'readNext') => `quiz-outcome-${outcome}-${part}`;

/** The urgent-help contacts, drawn once by the page (components/UrgentContacts) for every result. */
export const urgentContactsTemplateId = 'quiz-urgent-contacts';
