import { planFragment } from '../../plan/fragment';
import { sections } from '../../i18n/sections';
import type { QuizStrings } from './strings';

interface Props {
  quiz: string;
  outcome: { key: string; step: number };
  strings: QuizStrings;
}

/**
 * "Buat rencana saya / Make my plan": opens the plan with this result's first steps. Only the
 * quiz and outcome keys travel, in the fragment, which the plan page reads and removes.
 */
export function PlanLink({ quiz, outcome, strings }: Props) {
  const path = document.documentElement.lang === 'en' ? sections.plan.en : sections.plan.id;
  return (
    <div class="quiz-plan no-print">
      <p>
        <a class="button" href={`${path}${planFragment({ quiz, outcome: outcome.key })}`} target="_top">
          {strings['quiz.makePlan']}
        </a>
      </p>
      <p>
        {strings['quiz.makePlanText']}
        {outcome.step >= 1 && outcome.step <= 2 && ` ${strings['quiz.selfHelpText']}`}
      </p>
    </div>
  );
}
