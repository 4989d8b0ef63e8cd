import { focusMessageType, heightMessageType, type FocusMessage, type HeightMessage } from './message';

/**
 * Tells the framing page how tall this page is, now and after every change (a new question, the
 * result), so the host's frame can fit it and the visitor never scrolls inside a scrolling page;
 * and where the quiz has moved focus, so the host can bring it into view. Outside a frame it does
 * nothing. The messages carry only numbers (see ./message.ts).
 */
export function reportHeight(win: Window): void {
  if (win.parent === win) return;
  const root = win.document.documentElement;
  // The host is any site that embeds the quiz, so its origin cannot be named; a height is no secret.
  const post = (message: HeightMessage | FocusMessage) => win.parent.postMessage(message, '*');
  let sent = 0;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    post({ type: heightMessageType, height });
  };
  new ResizeObserver(send).observe(root);
  send();
  // Only what the quiz focuses itself (tabindex -1: a question, the result, an error), never a
  // visitor tabbing through the answers, whose own focus the browser already keeps in view.
  win.document.addEventListener('focusin', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.getAttribute('tabindex') !== '-1') return;
    send();
    post({ type: focusMessageType, top: Math.round(target.getBoundingClientRect().top - root.getBoundingClientRect().top) });
  });
}
