// The marks Session Lens adds to MLflow's own pages: each row of the Traces table (ungrouped and grouped by
// session) and each turn card of the session page. Rows are read from MLflow's DOM, their marks asked of the
// worker a page of rows at a time, and drawn into the row's own cells as small elements MLflow's styles
// cannot reach. MLflow re-renders and recycles rows as it likes: every pass checks each mark against the
// row it sits in, so a sorted, scrolled or re-rendered row never keeps another row's mark.
import { parseMlflowUrl, type MlflowRoute } from '../../lib/route';
import { MAX_MARKED_ROWS, type MarkChip } from '../../lib/panel/mark-text';
import type { Ask } from '../../lib/protocol';
import { own } from '../../lib/json';
import { DRAWER_TRACE_TAG_SELECTOR, type Theme } from './host-page';

// Seen on MLflow 3.17.2 (web-shared traces table; `?groupBy=session` is its session list, which replaced
// the chat-sessions list: `#/experiments/<id>/chat-sessions` only links to it there).
const TRACE_ROW_CHECKBOX = 'input[data-component-id="web-shared.traces-table.row-select"]';
const SESSION_ROW_CHECKBOX = 'input[data-component-id="web-shared.traces-table.session-select"]';
/**
 * The Session column's link (`#/experiments/<id>/chat-sessions/<session>?selectedTraceId=<trace>`). MLflow does
 * not encode the session id in it (`Zoë's chat / 2` stays as it is), so the id is read from what the link
 * shows (3.17.2): a tag whose title is the raw id on a session row, the id as the text of its first `<span>`
 * on a trace row; the href only where neither is there.
 */
const SESSION_LINK = 'a[href*="/chat-sessions/"]';
const SESSION_ID_TAG = '[data-component-id="web-shared.traces-table.session-id"][title]';
/** The Input and Output columns' links (`#/experiments/<id>/traces?traceId=<trace>`). */
const TRACE_LINK = 'a[href*="traceId="]';
/** On the session page, each turn card's header holds "Turn k" and this button. */
const VIEW_TRACE_BUTTON = '[data-component-id="mlflow.experiment.chat-session.view-trace"]';
/** The most turns MLflow's session page shows. */
const SESSION_PAGE_TURNS = 100;

export const MARK_TAG = 'session-lens-mark';

// In a table cell (MLflow's are `position: relative`), the mark sits over the end of the cell's text, so no
// row grows taller, and lets clicks through to MLflow's link beneath; on a card it follows the card's title.
const MARK_STYLE = `
:host { display: inline-flex; gap: 4px; margin-left: 6px; vertical-align: middle; white-space: nowrap;
  font: 11px/1.5 -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif; }
:host([data-in-cell]) { pointer-events: none; position: absolute; right: 0; top: 50%; transform: translateY(-50%); margin: 0; padding: 0 4px 0 16px;
  background: linear-gradient(to right, transparent, Canvas 14px); }
span { padding: 0 5px; border-radius: 7px; background: #eaf3fb; color: #0e538b; }
.bad { background: #fdecee; color: #a01f3a; }
.cause { background: #fff4e0; color: #7a4a00; font-weight: 600; }
.human { background: #eef6ee; color: #25632b; }`;
// Added to the one sheet every mark adopts while MLflow is dark (Firefox has no `:host-context()`).
const DARK_MARK_STYLE = `
span { background: #1f3345; color: #bcdcf7; }
.bad { background: #4a1d27; color: #ffc9d3; }
.cause { background: #4a3512; color: #ffdca3; }
.human { background: #1e3a22; color: #c4ecc8; }`;

interface Row {
  /** Where the mark goes: into a table cell, or (on a card) right after `after`. */
  cell: Element;
  after?: Element;
  key: string;
  /** Undefined while not known yet (a mark already there stays), null when the row has none. */
  chips: () => MarkChip[] | null | undefined;
}

/**
 * Marks by id, as known on this page; those of the page before stay shown until the worker answers again (a
 * new route, such as a trace opened in the drawer, asks afresh: a label may have been written meanwhile).
 */
function createMarkMemo<Mark>() {
  let current = new Map<string, Mark | null>();
  let previous = new Map<string, Mark | null>();
  return {
    known: (id: string) => current.has(id),
    get: (id: string) => (current.has(id) ? current.get(id) : previous.get(id)),
    set: (id: string, mark: Mark | null) => current.set(id, mark),
    renew() {
      previous = current;
      current = new Map();
    },
  };
}

/** The trace and session a link of MLflow's table points at. */
function linkTarget(row: Element, selector: string): MlflowRoute | null {
  const href = row.querySelector(selector)?.getAttribute('href');
  return href ? parseMlflowUrl(new URL(href, row.ownerDocument.location.href).href) : null;
}

/** The session a row of MLflow's table names in its Session column, or null. */
function sessionOfRow(row: Element): string | null {
  const link = row.querySelector(SESSION_LINK);
  if (!link) return null;
  const shown = link.querySelector(SESSION_ID_TAG)?.getAttribute('title') ?? link.querySelector(':scope > span')?.textContent;
  return shown || (linkTarget(row, SESSION_LINK)?.sessionId ?? null);
}

export function createPageMarks(doc: Document, signal: AbortSignal, ask: Ask, onDrawerTrace: (shortId: string | null) => void) {
  let route: MlflowRoute | null = null;
  const traceMarks = createMarkMemo<MarkChip[]>();
  const sessionMarks = createMarkMemo<MarkChip[]>();
  const cardMarks = createMarkMemo<Record<string, MarkChip[]>>();
  const asked = new Set<string>();
  /** Counts routes: answers asked on an earlier one are dropped. */
  let generation = 0;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(MARK_STYLE);
  let drawerTrace: string | null = null;

  function tableRows(): { rows: Row[]; traces: { traceId: string; sessionId: string | null }[]; sessions: string[] } {
    const rows: Row[] = [];
    const traces: { traceId: string; sessionId: string | null }[] = [];
    const sessions: string[] = [];
    for (const row of doc.querySelectorAll('[role="row"]')) {
      const sessionId = row.querySelector(SESSION_ROW_CHECKBOX) ? sessionOfRow(row) : null;
      if (sessionId) {
        // The Input cell beside the Session cell: wide enough for the mark.
        const cell = row.querySelector(SESSION_LINK)!.closest('[role="cell"]')?.nextElementSibling;
        if (!cell?.matches('[role="cell"]')) continue;
        if (!sessionMarks.known(sessionId)) sessions.push(sessionId);
        rows.push({ cell, key: `session ${sessionId}`, chips: () => sessionMarks.get(sessionId) });
        continue;
      }
      if (!row.querySelector(TRACE_ROW_CHECKBOX)) continue;
      // The Input link's: the Session link's `selectedTraceId` follows an unencoded session id.
      const traceId = linkTarget(row, TRACE_LINK)?.traceId;
      const cell = row.querySelector(TRACE_LINK)?.closest('[role="cell"]');
      if (!traceId || !cell) continue;
      if (!traceMarks.known(traceId)) traces.push({ traceId, sessionId: sessionOfRow(row) });
      rows.push({ cell, key: `trace ${traceId}`, chips: () => traceMarks.get(traceId) });
    }
    return { rows, traces, sessions };
  }

  /** MLflow numbers its cards in time order, as the session's turns are. */
  function cardRows(sessionId: string): Row[] {
    const turns = cardMarks.get(sessionId);
    const buttons = [...doc.querySelectorAll(VIEW_TRACE_BUTTON)];
    // MLflow shows a long session's newest SESSION_PAGE_TURNS turns only, numbered from 1 (3.17.2: on a
    // 1,200-turn session its "Turn 1" is turn 1,101).
    const turnCount = turns ? Object.keys(turns).length : 0;
    const hidden = turnCount > SESSION_PAGE_TURNS && buttons.length === SESSION_PAGE_TURNS ? turnCount - SESSION_PAGE_TURNS : 0;
    return buttons.flatMap((button) => {
      const header = button.parentElement;
      const title = header && [...header.children].find((child) => /^Turn \d+$/.test(child.textContent ?? ''));
      if (!title) return [];
      const index = String(Number(title.textContent!.slice(5)) + hidden);
      const chips = () => (turns === undefined ? undefined : turns ? (own(turns, index) ?? null) : null);
      // The session in the key: MLflow reuses the cards when another session's page opens.
      return [{ cell: header, after: title, key: `card ${sessionId} ${index}`, chips }];
    });
  }

  /**
   * Asks once for what is not known yet; the answer (or its absence) is kept, and the page drawn again, unless
   * the route changed meanwhile (an answer about the page before must not count as known on this one).
   */
  async function fetchMarks(key: string, request: () => Promise<() => void>) {
    if (asked.has(key)) return;
    asked.add(key);
    const asOf = generation;
    const keep = await request().catch(() => null);
    if (!keep || asOf !== generation) return;
    keep();
    schedule();
  }

  function requestMissing(experimentId: string, traces: { traceId: string; sessionId: string | null }[], sessions: string[]) {
    const workspace = route?.workspace ?? null;
    for (let start = 0; start < traces.length; start += MAX_MARKED_ROWS) {
      const batch = traces.slice(start, start + MAX_MARKED_ROWS);
      void fetchMarks(`traces ${batch.map((row) => row.traceId).join(' ')}`, async () => {
        const reply = await ask('marks/traces', { experimentId, rows: batch, workspace });
        return () => {
          for (const { traceId } of batch) traceMarks.set(traceId, reply.ok ? (own(reply.value, traceId) ?? null) : null);
        };
      });
    }
    for (let start = 0; start < sessions.length; start += MAX_MARKED_ROWS) {
      const batch = sessions.slice(start, start + MAX_MARKED_ROWS);
      void fetchMarks(`sessions ${batch.join(' ')}`, async () => {
        const reply = await ask('marks/sessions', { experimentId, sessionIds: batch, workspace });
        return () => {
          for (const sessionId of batch) sessionMarks.set(sessionId, reply.ok ? (own(reply.value, sessionId) ?? null) : null);
        };
      });
    }
  }

  function draw() {
    if (!route?.experimentId) return;
    let rows: Row[];
    if (route.page === 'traces') {
      const table = tableRows();
      // Not while a trace is open: the drawer covers the table, and opening a trace must cost the panel's
      // requests only. The table's marks are asked for once the drawer closes.
      if (!route.traceId) requestMissing(route.experimentId, table.traces, table.sessions);
      rows = table.rows;
    } else {
      const { experimentId, workspace } = route;
      const sessionId = route.sessionId!;
      if (!cardMarks.known(sessionId))
        void fetchMarks(`turns ${sessionId}`, async () => {
          const reply = await ask('marks/turns', { experimentId, sessionId, workspace });
          return () => cardMarks.set(sessionId, reply.ok ? reply.value : null);
        });
      rows = cardRows(sessionId);
      const shortId = doc.querySelector(DRAWER_TRACE_TAG_SELECTOR)?.textContent?.trim() || null;
      if (shortId !== drawerTrace) {
        drawerTrace = shortId;
        onDrawerTrace(shortId);
      }
    }
    for (const row of rows) place(row);
  }

  /** The row's mark, made or corrected; removed when the row has none (or had another row's). */
  function place({ cell, after, key, chips }: Row) {
    const existing = cell.querySelector(`:scope > ${MARK_TAG}`);
    const shown = chips();
    const sameRow = existing?.getAttribute('data-key') === key;
    const text = shown?.map((chip) => chip.text).join(' · ') ?? '';
    if (sameRow && (shown === undefined || existing!.getAttribute('data-text') === text)) return;
    existing?.remove();
    if (!shown || shown.length === 0) return;
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute('data-key', key);
    mark.setAttribute('data-text', text);
    if (!after) mark.setAttribute('data-in-cell', '');
    mark.setAttribute('data-testid', 'page-mark');
    const shadow = mark.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    for (const chip of shown) {
      const span = doc.createElement('span');
      span.className = chip.tone;
      span.textContent = chip.text;
      span.title = chip.title;
      shadow.append(span);
    }
    if (after) after.after(mark);
    else cell.append(mark);
  }

  let scheduled = false;
  function schedule() {
    if (scheduled || !route) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      draw();
    });
  }
  // Watched only on the pages that get marks: elsewhere Session Lens costs nothing per DOM change.
  const observer = new MutationObserver(schedule);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const mark of doc.querySelectorAll(MARK_TAG)) mark.remove();
  });

  function showRoute(next: MlflowRoute | null) {
    const marked = next && next.experimentId && (next.page === 'traces' || (next.page === 'chat-sessions' && next.sessionId));
    route = marked ? next : null;
    // Asked afresh on every route (the worker answers from its cache what it read lately, and forgets it
    // when a label is written); until then the marks shown stay.
    for (const memo of [traceMarks, sessionMarks, cardMarks]) memo.renew();
    asked.clear();
    generation++;
    observer.disconnect();
    if (route) observer.observe(doc.body, { childList: true, subtree: true });
    schedule();
  }

  return {
    /** MLflow's light or dark mode: every mark follows at once, through the sheet they share. */
    setTheme(theme: Theme) {
      sheet.replaceSync(theme === 'dark' ? MARK_STYLE + DARK_MARK_STYLE : MARK_STYLE);
    },
    showRoute,
    /** Asks again for the marks of the page shown (after a write from the panel changed what they say). */
    refresh() {
      showRoute(route);
    },
  };
}
