import { heightMessageType, type HeightMessage } from './message';

/**
 * Tells the framing page how tall this page is, now and after every change (a new question, the
 * result), so the host's frame can fit it and the visitor never scrolls inside a scrolling page.
 * Outside a frame it does nothing. The message carries only a number (see ./message.ts).
 */
export function reportHeight(win: Window): void {
  if (win.parent === win) return;
  const root = win.document.documentElement;
  let sent = 0;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    const message: HeightMessage = { type: heightMessageType, height };
    // The host is any site that embeds the quiz, so its origin cannot be named; a height is no secret.
    win.parent.postMessage(message, '*');
  };
  new ResizeObserver(send).observe(root);
  send();
}
