/**
 * The one message an embedded quiz sends to the page that frames it, whenever its height changes:
 *
 *   { type: "jalan-pulih:height", height: 1234 }
 *
 * `height` is the embed page's full height in CSS pixels, a whole number. Nothing else is ever
 * sent: no answers, no result, no address. The host snippet (./snippet.ts) sets the frame to it.
 */
export const heightMessageType = 'jalan-pulih:height';

export interface HeightMessage {
  type: typeof heightMessageType;
  height: number;
}

/** The smallest and largest height a host applies, whatever a message says. */
export const frameHeightLimits = { min: 320, max: 20_000 } as const;
