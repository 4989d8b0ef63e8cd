/** The part of Pagefind's browser API the search page uses (see pagefind.app/docs/api). */
export interface PagefindSubResult {
  url: string;
  excerpt: string;
  weighted_locations: { weight: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; description?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

interface Pagefind {
  /** Fetches the worker, the wasm and the index's metadata, which the first search needs. */
  init: () => Promise<void>;
  options: (options: { ranking: { metaWeights: Record<string, number> } }) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch>;
}

/**
 * A match in a page's title or its keywords (see SearchIndexHints) adds to its score on top of the
 * text match: these pages are short and alike, and the page named for a topic should lead.
 */
const ranking = { metaWeights: { title: 5, keywords: 6 }, pageLength: 0.3 };

// Built by `npm run build` after Astro, so the bundler must leave this path alone.
const pagefindModule = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, when the page is idle or on first need, whichever comes first. It fetches only the index of the page's own language, which
 * it reads from <html lang>. A failed load is forgotten so the next search can try again.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ pagefindModule) as Promise<Pagefind>)
    .then(async (pagefind) => {
      await pagefind.options({ ranking });
      await pagefind.init();
      return pagefind;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
