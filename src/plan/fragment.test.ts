import { describe, expect, it } from 'vitest';
import { planFragment, readPlanFragment } from './fragment';

const known = { 'use-check': ['low', 'moderate'], 'pathway-finder': ['self-care'] };

describe('readPlanFragment', () => {
  it('reads a quiz and outcome that the page knows', () => {
    expect(readPlanFragment('#quiz=use-check&outcome=low', known)).toEqual({ quiz: 'use-check', outcome: 'low' });
  });

  it('reads back what planFragment writes', () => {
    expect(readPlanFragment(planFragment({ quiz: 'pathway-finder', outcome: 'self-care' }), known)).toEqual({
      quiz: 'pathway-finder',
      outcome: 'self-care',
    });
  });

  it.each([
    '',
    '#',
    '#quiz=use-check',
    '#quiz=unknown&outcome=low',
    '#quiz=use-check&outcome=severe',
    '#quiz=__proto__&outcome=constructor',
    '#quiz=constructor&outcome=name',
    '#quiz=use-check&outcome=<script>',
    '#quiz=use-check&outcome=%E0%A4%A',
    `#quiz=use-check&outcome=low&x=${'a'.repeat(500)}`,
    'quiz=use-check&outcome=low',
  ])('opens an empty plan for %j', (hash) => {
    expect(readPlanFragment(hash, known)).toBeUndefined();
  });
});
