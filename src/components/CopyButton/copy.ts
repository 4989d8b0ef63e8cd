/** Shows every copy button on the page and makes it copy its text (or its target's), saying whether it worked. */
export function enableCopyButtons(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const status = button.parentElement?.querySelector('.copy__status');
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = button.dataset.copyText ?? doc.getElementById(button.dataset.copy ?? '')?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = button.dataset.done ?? '';
      } catch {
        if (status) status.textContent = button.dataset.failed ?? '';
      }
    });
  }
}
