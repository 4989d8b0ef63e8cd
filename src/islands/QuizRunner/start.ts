import { mountQuiz } from './mount';

/**
 * Starts the quiz island when it is needed: at the first touch, click, key or focus inside the
 * quiz, or once the page has loaded and the browser is idle, whichever comes first. Until then the
 * page's first question is the build's HTML and no rendering runs. A shared link starts it at
 * once, since the link decides what the first screen shows. A Next sent without any of those (by
 * a script or an assistive technology) is held and replayed. If the island cannot start, its HTML
 * goes and the paper questionnaire below stays.
 */
export function startQuizWhenNeeded(doc: Document): void {
  const root = doc.getElementById('quiz-root');
  if (!root) return;
  const triggers = ['pointerdown', 'click', 'keydown', 'focusin'] as const;
  let started = false;
  const hold = (event: Event) => {
    event.preventDefault();
    start();
    // A form cannot be sent again while its submit event is still being dispatched.
    setTimeout(() => root.querySelector('form')?.requestSubmit());
  };
  const start = () => {
    if (started) return;
    started = true;
    for (const type of triggers) root.removeEventListener(type, start);
    root.removeEventListener('submit', hold);
    try {
      mountQuiz(doc);
    } catch (error) {
      root.hidden = true;
      throw error;
    }
  };
  root.addEventListener('submit', hold);
  if (location.hash.length > 1) return start();
  for (const type of triggers) root.addEventListener(type, start, { passive: true });
  const whenIdle = () => (window.requestIdleCallback ? window.requestIdleCallback(start, { timeout: 5000 }) : setTimeout(start, 300));
  if (doc.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
