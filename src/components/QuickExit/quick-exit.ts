/**
 * Quick exit: a click on the link, or Shift pressed three times within five seconds (the GOV.UK
 * "Exit this page" shortcut), blanks the page at once and replaces it in history with the neutral
 * site, so Back does not return here. Each Shift press is announced to screen readers.
 */
const pressesNeeded = 3;
const windowMs = 5000;

export function startQuickExit(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  const status = doc.querySelector<HTMLElement>('[data-quick-exit-status]');
  if (!link || !status) return;

  const announce = (text: string | undefined) => {
    status.textContent = text ?? '';
  };

  const exit = () => {
    doc.documentElement.classList.add('is-exiting');
    announce(link.dataset.activated);
    doc.title = '';
    doc.defaultView?.location.replace(link.href);
  };

  link.addEventListener('click', (event) => {
    event.preventDefault();
    exit();
  });

  let presses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reset = () => {
    presses = 0;
    clearTimeout(timer);
  };

  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift') reset();
  });
  doc.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') return;
    presses += 1;
    clearTimeout(timer);
    if (presses >= pressesNeeded) {
      reset();
      exit();
      return;
    }
    announce(presses === 1 ? link.dataset.pressTwo : link.dataset.pressOne);
    timer = setTimeout(() => {
      presses = 0;
      announce(link.dataset.expired);
    }, windowMs);
  });
}
