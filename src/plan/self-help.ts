import type { GuideKey } from '../i18n/routes';

/** The self-help guides of ladder step 1, in the order a person would use them. */
export const selfHelpGuides: readonly GuideKey[] = [
  'weighing-change',
  'setting-a-goal',
  'noticing-the-pattern',
  'handling-urges',
  'replacing-the-habit',
  'online-gambling',
  'debt-and-gambling',
  'after-a-slip',
];
