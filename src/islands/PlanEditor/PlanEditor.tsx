import { useState } from 'preact/hooks';
import { cleanFieldText, planFields, type PlanFieldKey, type PlanText } from '../../plan/fields';

export interface PlanStrings {
  labels: Record<PlanFieldKey, string>;
  helpSteps: string;
  helpFirst: string;
  /** Printed under the goal: daily drinkers and daily sedative or opioid users must not stop suddenly. */
  goalSafety: string;
  /** Printed under "if I slip": after a break from opioids, the old dose can be a fatal overdose. */
  slipSafety: string;
  /** "Up to {n} characters." with {n} still in it. */
  limit: string;
  prefilled: string;
}

export interface PlanEditorProps {
  strings: PlanStrings;
  ladder: { step: number; label: string }[];
  initial: { text: PlanText; steps: number[]; prefilled: boolean };
  /** Called on every change the visitor makes, so the page can ask before the plan is lost. */
  onEdit?: () => void;
}

/**
 * The one-page plan. Every value lives in this component's state and nowhere else: nothing is
 * stored, sent or put in the address. Printed, each filled field shows as plain text.
 */
export default function PlanEditor({ strings, ladder, initial, onEdit }: PlanEditorProps) {
  const [text, setText] = useState<PlanText>(initial.text);
  const [steps, setSteps] = useState<number[]>(initial.steps);

  const field = (key: PlanFieldKey, rows: number, { label = strings.labels[key], note }: { label?: string; note?: string } = {}) => {
    const { maxLength, maxLines } = planFields.find((f) => f.key === key)!;
    const value = text[key];
    return (
      <div class={value ? 'plan-field plan-field--filled' : 'plan-field'}>
        <label for={`plan-${key}`}>{label}</label>
        {note && (
          <p class="plan-safety" id={`plan-${key}-note`}>
            {note}
          </p>
        )}
        <span class="plan-limit no-print" id={`plan-${key}-limit`}>
          {strings.limit.replace('{n}', String(maxLength))}
        </span>
        <textarea
          id={`plan-${key}`}
          name={key}
          rows={rows}
          maxLength={maxLength}
          aria-describedby={note ? `plan-${key}-note plan-${key}-limit` : `plan-${key}-limit`}
          // Spell checkers that send text to a server would break "nothing sent".
          spellcheck={false}
          autoComplete="off"
          value={value}
          onInput={(event) => {
            const area = event.currentTarget;
            const clean = cleanFieldText(area.value, maxLength, maxLines);
            // Set the element too: when the cleaned text equals the state, Preact would not repaint.
            if (clean !== area.value) area.value = clean;
            setText((old) => ({ ...old, [key]: clean }));
            onEdit?.();
          }}
        />
        {value && (
          <p class="plan-printed" aria-hidden="true">
            {value}
          </p>
        )}
      </div>
    );
  };

  return (
    <div class="plan-form">
      {initial.prefilled && (
        <p class="plan-note no-print" role="status">
          {strings.prefilled}
        </p>
      )}
      {field('change', 3)}
      {field('goal', 3, { note: strings.goalSafety })}
      {field('triggers', 4)}
      {field('people', 2)}
      <fieldset class="plan-help">
        <legend>{strings.labels.help}</legend>
        <p class="plan-steps-title">{strings.helpSteps}</p>
        <ul class="plan-steps">
          {ladder.map(({ step, label }) => (
            <li key={step}>
              <label>
                <input
                  type="checkbox"
                  name="steps"
                  value={String(step)}
                  checked={steps.includes(step)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    setSteps((old) => (on ? [...old, step] : old.filter((s) => s !== step)));
                    onEdit?.();
                  }}
                />{' '}
                {step}. {label}
              </label>
            </li>
          ))}
        </ul>
        {field('help', 4, { label: strings.helpFirst })}
      </fieldset>
      {field('slip', 3, { note: strings.slipSafety })}
    </div>
  );
}
