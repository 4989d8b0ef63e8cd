import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { rewriteQuery } from '../../search/query-rewrites';
import { closestQueries } from '../../search/suggest';
import { matchedWords, resultExcerpt, type ExcerptPart } from './excerpt';
import { loadPagefind, type PagefindResult } from './pagefind';
import { cleanQuery, maxQueryLength, matchedOnlyBeginnings, searchTerms, topicTerms } from './query';
import type { SearchStrings } from './strings';

export interface FilterOption {
  value: string;
  label: string;
}

export interface PageLink {
  href: string;
  title: string;
}

/** What a search that finds nothing offers instead. */
export interface NoMatchHelp {
  /** Where the site's own words for "did you mean" are, fetched only when a search finds nothing. */
  vocabularyPath: string;
  /** Quizzes that help a visitor who does not know what to search for. */
  quizzes: PageLink[];
  help: PageLink;
}

export interface SiteSearchProps {
  strings: SearchStrings;
  types: FilterOption[];
  audiences: FilterOption[];
  inputId: string;
  noMatch: NoMatchHelp;
  /** Id of the A–Z list of every page, which results and suggestions take the place of. */
  allPagesId: string;
  /** Words to search for instead of others, in the page's language (see src/search/query-rewrites.ts). */
  rewrites: Record<string, string>;
  /** Where the words that name what the site is about are (see topicTerms), fetched only for a query of three words or more. */
  topicWordsPath: string;
}

interface Choice {
  type: string;
  audience: string;
}

interface ResultItem {
  id: string;
  url: string;
  title: string;
  typeLabel: string;
  excerpt: ExcerptPart[];
  /** Matched only on a short beginning of a query word (see matchedOnlyBeginnings). */
  misleading: boolean;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'empty' }
  | { kind: 'searching' }
  | { kind: 'failed' }
  | { kind: 'done'; text: string; trimmed: boolean; filtered: boolean; results: PagefindResult[]; items: ResultItem[]; suggestions: string[] };

/** Results shown at first and added by "show more": each one costs a small download on a slow phone. */
const pageSize = 5;
const typingPause = 250;

let vocabulary: Promise<string[]> | undefined;

/**
 * "Did you mean": the site's words nearest the query. The words load only when a search finds
 * nothing; if they cannot, the rest of the help still shows.
 */
async function suggestionsFor(terms: string, locale: string, vocabularyPath: string): Promise<string[]> {
  vocabulary ??= fetch(vocabularyPath).then((response) => (response.ok ? (response.json() as Promise<string[]>) : []));
  try {
    return closestQueries(terms, await vocabulary, locale);
  } catch {
    vocabulary = undefined;
    return [];
  }
}

let topicWords: Promise<ReadonlySet<string>> | undefined;

/**
 * Three words or more: where everyday words can outnumber the topic. Two words are nearly always
 * both topic ("judi online", "guru bk"), so they cost no download.
 */
const isSentence = (terms: string) => terms.split(' ').length >= 3;

/**
 * The words that name what the site is about, loaded once, the first time a query is a sentence
 * (typing its third word starts the load). If they cannot load, queries are searched as typed.
 */
function topicWordsFrom(path: string): Promise<ReadonlySet<string>> {
  topicWords ??= fetch(path)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .then((words) => new Set(words))
    .catch(() => {
      topicWords = undefined;
      return new Set<string>();
    });
  return topicWords;
}

const allowed = (value: string | null, options: FilterOption[]) => (options.some((o) => o.value === value) ? value! : '');

/** The query and filters in the address, checked against what exists: a link can carry anything. */
function readAddress(props: SiteSearchProps): { query: string; choice: Choice } {
  // The build draws the island once as plain HTML, so the page does not jump when it starts.
  const params = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);
  return {
    query: params.get('q') ?? '',
    choice: { type: allowed(params.get('type'), props.types), audience: allowed(params.get('audience'), props.audiences) },
  };
}

/** The query string of a search: `?q=…` with any filters, or nothing. */
function addressOf(text: string, choice: Choice): string {
  const params = new URLSearchParams();
  if (text) params.set('q', text);
  if (choice.type) params.set('type', choice.type);
  if (choice.audience) params.set('audience', choice.audience);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Keeps the address in step with the search, so reloading or sharing it shows the same results. */
function writeAddress(text: string, choice: Choice): void {
  history.replaceState(history.state, '', `${location.pathname}${addressOf(text, choice)}`);
}

function pagefindFilters(choice: Choice): Record<string, string> {
  return Object.fromEntries(Object.entries(choice).filter(([, value]) => value !== ''));
}

/**
 * The search page: the same form as without JavaScript, plus filters and results read from the
 * page language's Pagefind index. Everything shown is text: excerpts are split into text and
 * <mark> parts, and result links must be paths on this site.
 */
export default function SiteSearch(props: SiteSearchProps & { typed?: string; focus?: boolean }) {
  const { strings, types, audiences, inputId, noMatch, allPagesId } = props;
  const [initial] = useState(() => readAddress(props));
  const firstQuery = props.typed || initial.query;
  const [input, setInput] = useState(() => cleanQuery(firstQuery).text);
  const [choice, setChoice] = useState<Choice>(initial.choice);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [focusFrom, setFocusFrom] = useState<number>();
  const [showAll, setShowAll] = useState(false);
  const latest = useRef(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  /** What Pagefind is asked for a query: its topic words, each as the index knows it. */
  async function searchedQuery(text: string, locale: Locale): Promise<string> {
    const terms = searchTerms(text, locale);
    const topics = isSentence(terms) ? await topicWordsFrom(props.topicWordsPath) : new Set<string>();
    return rewriteQuery(topicTerms(terms, topics, locale), props.rewrites, locale);
  }

  const typeLabel = (data: { filters: Record<string, string[]> }) => {
    const type = data.filters.type?.[0];
    return types.find((option) => option.value === type)?.label ?? '';
  };

  async function itemOf(result: PagefindResult, query: string): Promise<ResultItem> {
    const data = await result.data();
    const url = data.url.startsWith('/') && !data.url.startsWith('//') ? data.url : '#';
    const misleading = matchedOnlyBeginnings(matchedWords(data), query, document.documentElement.lang);
    return { id: result.id, url, title: data.meta.title ?? data.url, typeLabel: typeLabel(data), excerpt: resultExcerpt(data), misleading };
  }

  async function run(raw: string, chosen: Choice): Promise<void> {
    clearTimeout(typingTimer.current);
    const ticket = ++latest.current;
    const { text, trimmed } = cleanQuery(raw);
    writeAddress(text, chosen);
    if (!text) {
      setOutcome({ kind: 'empty' });
      return;
    }
    setOutcome({ kind: 'searching' });
    try {
      const locale = document.documentElement.lang as Locale;
      const [pagefind, query] = await Promise.all([loadPagefind(), searchedQuery(text, locale)]);
      const filters = pagefindFilters(chosen);
      const terms = searchTerms(text, locale);
      const search = await pagefind.search(query, { filters });
      let items = await Promise.all(search.results.slice(0, pageSize).map((result) => itemOf(result, query)));
      // Pages that only share a word's first letters with the query are no answer: say so, and help.
      const results = items.length > 0 && items.every((item) => item.misleading) ? [] : search.results;
      if (results.length === 0) items = [];
      const suggestions = results.length === 0 ? await suggestionsFor(terms, locale, noMatch.vocabularyPath) : [];
      if (ticket !== latest.current) return;
      setOutcome({ kind: 'done', text, trimmed, filtered: Object.keys(filters).length > 0, results, items, suggestions });
    } catch (error) {
      if (ticket !== latest.current) return;
      console.error('Search failed', error);
      setOutcome({ kind: 'failed' });
    }
  }

  async function showMore(): Promise<void> {
    if (outcome.kind !== 'done') return;
    const from = outcome.items.length;
    const locale = document.documentElement.lang as Locale;
    const query = await searchedQuery(outcome.text, locale);
    const more = await Promise.all(outcome.results.slice(from, from + pageSize).map((result) => itemOf(result, query)));
    setOutcome({ ...outcome, items: [...outcome.items, ...more] });
    setFocusFrom(from);
  }

  useEffect(() => {
    if (props.focus) inputRef.current?.focus();
    // The query as linked, so a cut is reported; the box already shows the cleaned text.
    if (firstQuery) void run(firstQuery, choice);
  }, []);

  // After "show more", keyboard users continue from the first new result rather than the top of the list.
  useEffect(() => {
    if (focusFrom === undefined) return;
    listRef.current?.querySelectorAll('a')[focusFrom]?.focus();
    setFocusFrom(undefined);
  }, [focusFrom]);

  const onInput = (value: string) => {
    setInput(value);
    if (isSentence(value.trim())) void topicWordsFrom(props.topicWordsPath);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => void run(value, choice), typingPause);
  };

  const onChoose = (key: keyof Choice, value: string) => {
    const next = { ...choice, [key]: value };
    setChoice(next);
    void run(input, next);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void run(input, choice);
  };

  const onSuggestion = (event: Event, text: string) => {
    event.preventDefault();
    setInput(text);
    void run(text, choice);
  };

  // Results and suggestions take the A–Z list's place, so that nothing below them moves when they
  // arrive; the list stays one tap away. Before the browser paints, or the list would be seen pushed down.
  const answered = outcome.kind === 'done';
  const chosen = Object.values(choice).filter((value) => value !== '').length;
  useLayoutEffect(() => {
    document.getElementById(allPagesId)?.toggleAttribute('hidden', answered && !showAll);
  }, [answered, showAll]);

  return (
    <>
      <form class="site-search" role="search" method="get" onSubmit={onSubmit}>
        <label for={inputId}>{strings['search.label']}</label>
        <p id={`${inputId}-hint`} class="site-search__hint">
          {strings['search.hint']}
        </p>
        <div class="site-search__row">
          <input
            ref={inputRef}
            id={inputId}
            name="q"
            type="search"
            value={input}
            maxLength={maxQueryLength}
            autocomplete="off"
            aria-describedby={`${inputId}-hint`}
            onInput={(event) => onInput(event.currentTarget.value)}
            onFocus={() => void loadPagefind().catch(() => undefined)}
          />
          <button type="submit" class="button">
            {strings['search.button']}
          </button>
        </div>
        {/* Folded to one line, so that on a phone the first result shows on the first screen. */}
        <details class="search-filters">
          <summary>{chosen > 0 ? fill(strings['search.filtersChosen'], { count: chosen }) : strings['search.filters']}</summary>
          <div class="search-filters__items">
            <Filter label={strings['search.filterType']} name="type" any={strings['search.filterAny']} options={types} value={choice.type} onChange={(v) => onChoose('type', v)} />
            <Filter
              label={strings['search.filterAudience']}
              name="audience"
              any={strings['search.filterAny']}
              options={audiences}
              value={choice.audience}
              onChange={(v) => onChoose('audience', v)}
            />
          </div>
        </details>
      </form>
      <p role="status" class="search-status" data-state={outcome.kind}>
        {statusText(outcome, strings)}
      </p>
      {outcome.kind === 'done' && (
        // Until the list is opened, the answer is at least a screen tall: a short answer in place of
        // the long list would otherwise pull the footer up into view.
        <div class="search-answer" data-holds-screen={showAll ? undefined : ''}>
          {outcome.items.length === 0 ? (
            <NoMatch strings={strings} help={noMatch} suggestions={outcome.suggestions} addressOf={(text) => addressOf(text, choice)} onSuggestion={onSuggestion} />
          ) : (
            <section aria-labelledby="search-results-title" class="search-results">
              <h2 id="search-results-title">{strings['search.resultsTitle']}</h2>
              <ol ref={listRef}>
                {outcome.items.map((item) => (
                  <li key={item.id}>
                    <h3>
                      <a href={item.url}>{item.title}</a>
                    </h3>
                    {item.typeLabel && <p class="search-results__type">{item.typeLabel}</p>}
                    <p class="search-results__excerpt">{item.excerpt.map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}</p>
                  </li>
                ))}
              </ol>
              {outcome.items.length < outcome.results.length && (
                <button type="button" class="button button--secondary" onClick={() => void showMore()}>
                  {strings['search.more']}
                </button>
              )}
            </section>
          )}
          <p class="search-all-pages">
            <button type="button" class="button button--secondary" aria-expanded={showAll} aria-controls={allPagesId} onClick={() => setShowAll(!showAll)}>
              {strings['search.showAll']}
            </button>
          </p>
        </div>
      )}
    </>
  );
}

interface NoMatchProps {
  strings: SearchStrings;
  help: NoMatchHelp;
  suggestions: string[];
  addressOf: (text: string) => string;
  onSuggestion: (event: Event, text: string) => void;
}

/** A search that found nothing: the nearest words of the site, the quizzes, and urgent help. */
function NoMatch({ strings, help, suggestions, addressOf, onSuggestion }: NoMatchProps) {
  return (
    <section aria-labelledby="search-no-match-title" class="search-no-match">
      <h2 id="search-no-match-title">{strings['search.noneTitle']}</h2>
      {suggestions.length > 0 && (
        <p>
          {strings['search.didYouMean']}{' '}
          {suggestions.map((text, i) => (
            <>
              {i > 0 && ', '}
              <a href={addressOf(text)} onClick={(event) => onSuggestion(event, text)}>
                {text}
              </a>
            </>
          ))}
        </p>
      )}
      <p>{strings['search.noneHint']}</p>
      <ul>
        {help.quizzes.map((quiz) => (
          <li>
            <a href={quiz.href}>{quiz.title}</a>
          </li>
        ))}
      </ul>
      <p class="search-no-match__urgent">
        {strings['search.urgent']} <a href={help.help.href}>{help.help.title}</a>
      </p>
    </section>
  );
}

function statusText(outcome: Outcome, strings: SearchStrings): string {
  switch (outcome.kind) {
    case 'idle':
      return '';
    case 'empty':
      return strings['search.empty'];
    case 'searching':
      return strings['search.searching'];
    case 'failed':
      return strings['search.failed'];
    case 'done': {
      const query = outcome.text;
      const count = outcome.results.length;
      const found =
        count === 0
          ? fill(strings[outcome.filtered ? 'search.noneFiltered' : 'search.none'], { query })
          : fill(strings[count === 1 ? 'search.countOne' : 'search.count'], { count, query });
      return outcome.trimmed ? `${fill(strings['search.trimmed'], { max: maxQueryLength })} ${found}` : found;
    }
  }
}

interface FilterProps {
  label: string;
  name: string;
  any: string;
  options: FilterOption[];
  value: string;
  onChange: (value: string) => void;
}

function Filter({ label, name, any, options, value, onChange }: FilterProps) {
  const id = `search-filter-${name}`;
  return (
    <div class="search-filters__item">
      <label for={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}
