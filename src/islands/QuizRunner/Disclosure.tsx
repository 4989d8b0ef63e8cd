import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  /** Base of the ids: the heading is `${id}-title`, the part it opens `${id}-body`. */
  id: string;
  title: string;
  open?: boolean;
  /** A caution: set apart, with a warning sign (quiz-page.css), so colour is not its only mark. */
  caution?: boolean;
  /** A class of its own besides quiz-disclosure, e.g. for a context note. */
  class?: string;
  /** Marks the section for tests and styles, e.g. data-section="why". */
  data?: Record<`data-${string}`, string>;
  children: ComponentChildren;
}

/**
 * A part of the result a person can open and close: a heading whose button shows or hides the
 * part below it (the WAI-ARIA disclosure pattern), so headings stay headings for screen readers.
 * Printing shows every part, open or not (quiz-page.css).
 */
export function Disclosure({ id, title, open = false, caution = false, class: extra, data = {}, children }: Props) {
  const [expanded, setExpanded] = useState(open);
  return (
    <section class={['quiz-disclosure', caution && 'quiz-caution', extra].filter(Boolean).join(' ')} aria-labelledby={`${id}-title`} {...data}>
      <h3 id={`${id}-title`}>
        <button type="button" aria-expanded={expanded} aria-controls={`${id}-body`} onClick={() => setExpanded(!expanded)}>
          {caution && <span class="quiz-sign" aria-hidden="true" />}
          <span>{title}</span>
        </button>
      </h3>
      <div id={`${id}-body`} class="quiz-disclosure__body" hidden={!expanded}>
        {children}
      </div>
    </section>
  );
}
