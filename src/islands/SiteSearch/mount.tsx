import { render } from 'preact';
import { loadPagefind } from './pagefind';
import SiteSearch, { type SiteSearchProps } from './SiteSearch';

/**
 * Starts search on the search page, in place of the same island as the build drew it, whose form
 * alone works without JavaScript. Whatever the visitor typed before the script arrived, and their
 * focus, carry over.
 */
export function mountSearch(doc: Document): void {
  const root = doc.getElementById('search-root');
  const data = doc.getElementById('search-data');
  if (!root || !data?.textContent) return;
  const props = JSON.parse(data.textContent) as SiteSearchProps;
  const plainInput = root.querySelector('input');
  const typed = plainInput?.value ?? '';
  const focus = plainInput !== null && doc.activeElement === plainInput;
  root.replaceChildren();
  render(<SiteSearch {...props} typed={typed} focus={focus} />, root);
  // Fetch Pagefind once the page has settled, so the first query need not wait for it.
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  whenIdle(() => void loadPagefind().catch(() => undefined));
}
