interface Props {
  ladder: { step: number; label: string }[];
  highlight: number;
  label: string;
}

/** The stepped-care ladder with one step marked; the list beside it is its text alternative. */
export function LadderFigure({ ladder, highlight, label }: Props) {
  const steps = ladder.filter((s) => s.step > 0);
  const urgent = ladder.find((s) => s.step === 0);
  return (
    <figure class="quiz-ladder">
      {/* Drawn in HTML sized in em, not SVG, so the figure grows with the visitor's text size. */}
      <div class="quiz-ladder__figure" role="img" aria-label={label}>
        <div class={highlight === 0 ? 'quiz-ladder__urgent is-highlighted' : 'quiz-ladder__urgent'}>{urgent?.label}</div>
        <div class="quiz-ladder__stairs">
          {steps.map(({ step }) => (
            <span key={step} class={`quiz-ladder__stair quiz-ladder__stair--${step}${step === highlight ? ' is-highlighted' : ''}`}>
              {step}
            </span>
          ))}
        </div>
      </div>
      <figcaption>
        <ol reversed>
          {[...steps].reverse().map(({ step, label: stepLabel }) => (
            <li key={step} value={step} aria-current={step === highlight ? 'step' : undefined} class={step === highlight ? 'is-highlighted' : undefined}>
              {stepLabel}
            </li>
          ))}
        </ol>
        {highlight === 0 && urgent && <p class="is-highlighted">{urgent.label}</p>}
      </figcaption>
    </figure>
  );
}
