import { render } from 'preact';
import { cleanFieldText, emptyPlan, planFields } from '../../plan/fields';
import { readPlanFragment } from '../../plan/fragment';
import { guardLeaving } from './leave-guard';
import PlanEditor, { type PlanEditorProps } from './PlanEditor';

/** What the plan page gives the island in its JSON script. */
export interface PlanPageData {
  strings: PlanEditorProps['strings'];
  ladder: PlanEditorProps['ladder'];
  /** quiz key → outcome key → the result's ladder step and first steps, in the page's language. */
  fromQuiz: Record<string, Record<string, { step: number; firstSteps: string[] }>>;
}

/**
 * Replaces the paper form with the live one. A quiz result's fragment is read once, then removed
 * from the address bar so a shared device's history does not show where the visitor came from.
 */
export function mountPlan(doc: Document, win: Window): void {
  const root = doc.getElementById('plan-root');
  const json = doc.getElementById('plan-data');
  if (!root || !json?.textContent) return;
  const data = JSON.parse(json.textContent) as PlanPageData;

  const known = Object.fromEntries(Object.entries(data.fromQuiz).map(([quiz, outcomes]) => [quiz, Object.keys(outcomes)]));
  const origin = readPlanFragment(win.location.hash, known);
  if (win.location.hash) win.history.replaceState(null, '', win.location.pathname + win.location.search);

  const text = emptyPlan();
  let steps: number[] = [];
  if (origin) {
    const result = data.fromQuiz[origin.quiz]![origin.outcome]!;
    const help = planFields.find((f) => f.key === 'help')!;
    text.help = cleanFieldText(result.firstSteps.map((step) => `• ${step}`).join('\n'), help.maxLength, help.maxLines);
    steps = result.step > 0 ? [result.step] : [];
  }

  const guard = guardLeaving(doc, win, doc.querySelector<HTMLDialogElement>('#plan-leave'));
  root.replaceChildren();
  render(<PlanEditor strings={data.strings} ladder={data.ladder} initial={{ text, steps, prefilled: Boolean(origin) }} onEdit={guard.arm} />, root);
}
