import { useEffect, useRef } from 'preact/hooks';

interface Props {
  id: string;
  prefix: string;
  text: string;
  /** How many times the visitor has pressed on without an answer: each press brings the message back into view. */
  attempt: number;
}

/**
 * What a step is missing, next to its question: marked by a sign and a border as well as colour,
 * announced as an alert, and focused, so it scrolls into view wherever the button was pressed.
 */
export function ErrorMessage({ id, prefix, text, attempt }: Props) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.focus(), [attempt]);
  return (
    <p class="quiz-error" id={id} role="alert" tabIndex={-1} ref={message}>
      <span class="quiz-sign" aria-hidden="true" />
      <span>
        <span class="visually-hidden">{prefix} </span>
        {text}
      </span>
    </p>
  );
}
