/** A content or data mistake that must stop the build; lists every problem found, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} content problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}
