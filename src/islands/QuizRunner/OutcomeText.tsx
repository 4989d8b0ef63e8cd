import { useEffect, useRef } from 'preact/hooks';

/** Shows a server-rendered <template> of the page by cloning it: no HTML string is ever parsed. */
export function OutcomeText({ templateId }: { templateId: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const template = document.getElementById(templateId);
    if (host.current && template instanceof HTMLTemplateElement) host.current.replaceChildren(template.content.cloneNode(true));
  }, [templateId]);
  return <div ref={host} />;
}

export const outcomeTemplateId = (outcome: string, part: 'summary' | 'steps') => `quiz-outcome-${outcome}-${part}`;
