// Search within the session: the box under the panel's header, the state it keeps (the query, which hit is
// current) and the highlights. Matches are counted on the session's data (lib/panel/search.ts), so only the
// rendered turns are highlighted and a 5,000-turn session is never rendered whole.
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { own } from '../lib/json';
import type { ReadyState } from '../lib/panel/controller';
import {
  queryPattern,
  searchTextsOf,
  searchTurns,
  splitByMatches,
  MAX_STEPPED_HITS,
  type SearchHit,
  type SearchResult,
  type SearchText,
} from '../lib/panel/search';
import { formatCount } from '../lib/text';

interface SearchView {
  pattern: RegExp | null;
  current: SearchHit | null;
}

const SearchContext = createContext<SearchView>({ pattern: null, current: null });
export const SearchProvider = SearchContext.Provider;

export interface SessionSearch {
  query: string;
  /** The query's matches are still being counted (a long session is searched a slice at a time). */
  counting: boolean;
  setQuery: (query: string) => void;
  total: number;
  hits: readonly SearchHit[];
  index: number;
  step: (delta: 1 | -1) => void;
  view: SearchView;
}

/** Time one slice of the search may take before the page gets the main thread back. */
const SLICE_MS = 8;

/**
 * The query's matches over the texts, counted in slices of at most SLICE_MS. Meanwhile the last complete count
 * stays; it is `counting` (and has no current match) only while a new query is counted: texts read again (a
 * turn's spans) are recounted quietly.
 */
function useSlicedSearch(texts: readonly (readonly SearchText[])[], query: string): SearchResult & { counting: boolean } {
  const [counted, setCounted] = useState<{ query: string; result: SearchResult }>({ query: '', result: { total: 0, hits: [] } });
  useEffect(() => {
    const pattern = queryPattern(query);
    const result: SearchResult = { total: 0, hits: [] };
    let position = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const started = performance.now();
      while (pattern && position < texts.length && performance.now() - started < SLICE_MS) {
        const until = Math.min(texts.length, position + 50);
        searchTurns(result, pattern, (turn) => texts[turn] ?? [], position, until);
        position = until;
      }
      if (pattern && position < texts.length) timer = setTimeout(slice, 0);
      else setCounted({ query, result });
    };
    slice();
    return () => clearTimeout(timer);
  }, [texts, query]);
  return { ...counted.result, counting: counted.query !== query };
}

export function useSessionSearch(ready: ReadyState | null, showScorerErrors: boolean): SessionSearch {
  const [query, setQueryState] = useState('');
  /** The current match by what it is, not by its number: reading a turn's spans recounts the matches. */
  const [chosen, setChosen] = useState<SearchHit | null>(null);
  const session = ready?.session;
  const analysis = ready?.analysis;
  const details = ready?.details;
  // The texts change when spans are read, not when a key is pressed: made once per change, searched per key.
  const texts = useMemo(() => {
    if (!session) return [];
    const toolCalls = analysis?.kind === 'ready' ? analysis.analysis.toolCalls : undefined;
    return session.turns.map((turn) => {
      const detail = details && own(details, turn.traceId);
      return searchTextsOf(
        turn,
        detail?.kind === 'ready' ? detail.detail : null,
        toolCalls ? (own(toolCalls, turn.traceId) ?? null) : undefined,
        showScorerErrors,
      );
    });
  }, [session, analysis, details, showScorerErrors]);
  const result = useSlicedSearch(texts, query);
  // Another session: its matches start from its first.
  useEffect(() => setChosen(null), [session?.sessionId, session?.baseUrl]);
  const pattern = useMemo(() => queryPattern(query), [query]);
  const found = chosen && !result.counting ? result.hits.findIndex((hit) => hit.key === chosen.key && hit.nth === chosen.nth) : -1;
  const index = Math.max(0, found);
  const current = result.counting ? null : (result.hits[index] ?? null);
  const view = useMemo(() => ({ pattern, current }), [pattern, current?.key, current?.nth]);
  return {
    query,
    setQuery: (next) => {
      setQueryState(next);
      setChosen(null);
    },
    counting: result.counting,
    total: result.total,
    hits: result.counting ? [] : result.hits,
    index,
    step: (delta) => {
      if (result.hits.length > 0) setChosen(result.hits[(index + delta + result.hits.length) % result.hits.length]!);
    },
    view,
  };
}

const STEP_BUTTONS = [
  { delta: -1, label: 'Previous match', keys: 'Shift+Enter', arrow: '↑' },
  { delta: 1, label: 'Next match', keys: 'Enter', arrow: '↓' },
] as const;

export function SearchBar({ search, onReveal }: { search: SessionSearch; onReveal: () => void }) {
  const { query, setQuery, total, hits, index, step } = search;
  const active = queryPattern(query) !== null;
  const { current } = search.view;
  // Keyed by the hit, not the object: a turn's spans read meanwhile recount the hits, and must not scroll back.
  useEffect(onReveal, [current && `${current.key} ${current.nth}`]);
  const count = !active
    ? ''
    : search.counting
      ? 'Counting…'
      : total === 0
        ? 'No matches'
        : `${formatCount(index + 1)} of ${formatCount(total)}${total > MAX_STEPPED_HITS ? ` (first ${formatCount(MAX_STEPPED_HITS)} stepped through)` : ''}`;
  return (
    <div class="session-search" role="search" data-testid="session-search">
      <input
        type="search"
        class="search-input"
        data-testid="search-input"
        placeholder="Search this session"
        aria-label="Search this session: inputs, outputs, tool calls, rationales"
        value={query}
        onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape' && query) {
            event.preventDefault();
            event.stopPropagation();
            setQuery('');
          }
        }}
      />
      <span class="search-count" data-testid="search-count" role="status">
        {count}
      </span>
      {/* aria-disabled, not disabled: a disabled button drops out of the tab order while the user types. */}
      {STEP_BUTTONS.map(({ delta, label, keys, arrow }) => (
        <button
          key={delta}
          type="button"
          class="icon-button"
          aria-label={label}
          title={`${label} (${keys})`}
          aria-disabled={hits.length === 0}
          onClick={() => step(delta)}
        >
          {arrow}
        </button>
      ))}
    </div>
  );
}

/** Whether the search's current match is in the text of this key (a clamped text then shows whole). */
export function useHoldsCurrentMatch(hitKey: string): boolean {
  return useContext(SearchContext).current?.key === hitKey;
}

/** Untrusted text, as text, with the search's matches marked; `hitKey` is lib/panel/search.ts's searchKey of it. */
export function Highlighted({ text, hitKey }: { text: string; hitKey: string }) {
  const { pattern, current } = useContext(SearchContext);
  if (!pattern) return <>{text}</>;
  const pieces = splitByMatches(text, pattern, current?.key === hitKey ? current.nth : -1);
  if (pieces.length <= 1 && pieces[0]?.nth == null) return <>{text}</>;
  return (
    <>
      {pieces.map((piece) =>
        piece.nth === null ? (
          piece.text
        ) : (
          <mark class={current?.key === hitKey && current.nth === piece.nth ? 'search-hit current' : 'search-hit'} data-testid="search-hit">
            {piece.text}
          </mark>
        ),
      )}
    </>
  );
}
