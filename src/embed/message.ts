/**
 * The two messages an embedded quiz sends to the page that frames it:
 *
 *   { type: "jalan-pulih:height", height: 1234 }  whenever its height changes
 *   { type: "jalan-pulih:focus", top: 880 }        when the quiz moves focus (a new question, the result, an error)
 *
 * `height` is the embed page's full height and `top` how far down it the newly focused element
 * starts, both in CSS pixels, whole numbers. Nothing else is ever sent: no answers, no result, no
 * address. The host snippet (./snippet.ts) sets the frame's height, and scrolls its own page so
 * that what the quiz focused is in view: the frame never scrolls, so the quiz cannot do it alone.
 */
export const heightMessageType = 'jalan-pulih:height';
export const focusMessageType = 'jalan-pulih:focus';

export interface HeightMessage {
  type: typeof heightMessageType;
  height: number;
}

export interface FocusMessage {
  type: typeof focusMessageType;
  top: number;
}

/** The smallest and largest height a host applies, whatever a message says. */
export const frameHeightLimits = { min: 320, max: 20_000 } as const;
