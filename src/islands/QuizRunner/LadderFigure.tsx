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
      <svg viewBox="0 0 320 250" role="img" aria-label={label} focusable="false">
        <rect class={highlight === 0 ? 'is-urgent is-highlighted' : 'is-urgent'} x="0" y="0" width="320" height="34" rx="6" />
        <text class="urgent-text" x="160" y="22" text-anchor="middle">
          {urgent?.label}
        </text>
        {steps.map(({ step }) => (
          <g class={step === highlight ? 'is-highlighted' : undefined} key={step}>
            <rect x={10 + (step - 1) * 60} y={240 - step * 38} width="56" height={step * 38} rx="4" />
            <text x={38 + (step - 1) * 60} y={240 - step * 38 + 26} text-anchor="middle">
              {step}
            </text>
          </g>
        ))}
      </svg>
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
