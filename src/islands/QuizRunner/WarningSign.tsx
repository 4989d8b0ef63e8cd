/** A triangle with an exclamation mark, drawn in the text colour of its box. */
export function WarningSign() {
  return (
    <svg class="quiz-sign" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d="M12 2.5 23 21.5H1z" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round" />
      <path d="M12 9v6" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
      <circle cx="12" cy="18.2" r="1.4" fill="currentColor" />
    </svg>
  );
}
