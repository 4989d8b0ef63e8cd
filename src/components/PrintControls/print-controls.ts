/**
 * Shows each print button and makes it print. While "print without the site's name" is ticked,
 * the tab's title is a neutral word, so neither the tab nor the PDF's file name and title give
 * the topic away; unticked, the page's own title comes back.
 */
export function enablePrintControls(doc: Document): void {
  for (const controls of doc.querySelectorAll<HTMLElement>('[data-print-controls]')) {
    const button = controls.querySelector<HTMLButtonElement>('button[data-print]');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => doc.defaultView?.print());
    }
    const discreet = controls.querySelector<HTMLInputElement>('input.discreet-print');
    const neutral = controls.dataset.neutralTitle;
    if (!discreet || !neutral) continue;
    const ownTitle = doc.title;
    const apply = () => {
      doc.title = discreet.checked ? neutral : ownTitle;
    };
    discreet.addEventListener('change', apply);
    // A ticked box survives going back to the page in some browsers.
    apply();
  }
}
