/**
 * A quiz result opens the plan with `#quiz=<key>&outcome=<key>`: only the two keys travel, never
 * answers. Anything else, or a key the page does not know, means an empty plan and no error.
 */
export interface PlanOrigin {
  quiz: string;
  outcome: string;
}

const keyShape = /^[a-z0-9-]{1,60}$/;

export function planFragment(origin: PlanOrigin): string {
  return `#quiz=${encodeURIComponent(origin.quiz)}&outcome=${encodeURIComponent(origin.outcome)}`;
}

/** The quiz and outcome named in a fragment, if both are known keys; `known` maps quiz keys to outcome keys. */
export function readPlanFragment(hash: string, known: Readonly<Record<string, readonly string[]>>): PlanOrigin | undefined {
  if (!hash.startsWith('#') || hash.length > 200) return undefined;
  const params = new URLSearchParams(hash.slice(1));
  const quiz = params.get('quiz') ?? '';
  const outcome = params.get('outcome') ?? '';
  if (!keyShape.test(quiz) || !keyShape.test(outcome)) return undefined;
  if (!Object.hasOwn(known, quiz) || !known[quiz]!.includes(outcome)) return undefined;
  return { quiz, outcome };
}
