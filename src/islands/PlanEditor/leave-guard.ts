/**
 * Once the plan has been written in, leaving the page asks first, because nothing keeps the plan.
 * Closing the tab, reloading and Back get the browser's own question (`beforeunload`); a link on
 * the page gets our dialog instead, which also works where browsers skip `beforeunload` (iOS).
 * Never in the way of safety: quick exit, and calling or writing to a service (tel:, mailto:, or
 * any link that opens elsewhere), are never held back.
 */
export interface LeaveGuard {
  /** Something was typed or ticked: from now on, leaving asks. */
  arm(): void;
}

/** How long after a tap on a tel: or mailto: link the browser's unload question stays quiet. */
const handOffMs = 2000;

export function guardLeaving(doc: Document, win: Window, dialog: HTMLDialogElement | null): LeaveGuard {
  let armed = false;
  let leaving = false;
  let handOffUntil = 0;

  win.addEventListener('beforeunload', (event) => {
    const exiting = doc.documentElement.classList.contains('is-exiting');
    if (!armed || leaving || exiting || Date.now() < handOffUntil) return;
    event.preventDefault();
    // Older browsers need returnValue set to ask at all.
    event.returnValue = '';
  });

  doc.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement)) return;
      const url = new URL(link.href, win.location.href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        handOffUntil = Date.now() + handOffMs;
        return;
      }
      const samePage = url.origin === win.location.origin && url.pathname === win.location.pathname && url.search === win.location.search;
      const elsewhere = (link.target && link.target !== '_self') || link.hasAttribute('download') || link.hasAttribute('data-quick-exit');
      const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
      if (!armed || !dialog || samePage || elsewhere || modified || event.defaultPrevented) return;
      event.preventDefault();
      ask(dialog, url.href);
    },
    // Before any other handler, so the question comes first.
    { capture: true },
  );

  // Not modal: a modal dialog would make the rest of the page inert, quick exit included.
  dialog?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dialog.close('');
  });

  function ask(dialog: HTMLDialogElement, href: string) {
    const onClose = () => {
      dialog.removeEventListener('close', onClose);
      if (dialog.returnValue === 'leave') {
        leaving = true;
        win.location.assign(href);
      } else if (dialog.returnValue === 'print') {
        win.print();
      }
    };
    dialog.addEventListener('close', onClose);
    dialog.returnValue = '';
    dialog.show();
    dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
  }

  return {
    arm() {
      armed = true;
    },
  };
}
