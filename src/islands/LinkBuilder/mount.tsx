import { render } from 'preact';
import LinkBuilder, { type LinkBuilderProps } from './LinkBuilder';

/** Starts the link builder in place of the plain list of quiz addresses shown without JavaScript. */
export function mountLinkBuilder(doc: Document): void {
  const root = doc.getElementById('builder-root');
  const data = doc.getElementById('builder-data');
  if (!root || !data?.textContent) return;
  root.replaceChildren();
  render(<LinkBuilder {...(JSON.parse(data.textContent) as LinkBuilderProps)} />, root);
}
