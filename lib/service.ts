// The service worker's façade over lib/: sessions cached per server and session, so moving between the
// turns of one session costs no request; the analysis reads; the root-cause writes. A cached session stays
// fresh for a short while (a live app keeps adding turns); the panel's refresh button asks for a fresh copy.
// The user's settings arrive with each call as plain values (read once per message by the worker).
import { sessionToJson, sessionToMarkdown } from './session/export';
import { analyseSession, turnsToRead, type SessionAnalysis } from './analysis/analyse';
import { turnChanges, type TurnChanges } from './analysis/turn-changes';
import type { MlflowClient } from './mlflow/client';
import type { WireAssessment, WireTraceInfo } from './mlflow/schemas';
import { EXPLAINS_METADATA_KEY, ROOT_CAUSE_ASSESSMENT, SESSION_METADATA_KEY } from './mlflow/keys';
import { labelValueProblem } from './labels';
import { labelHistoryOf, planLabelWrite, reviewerLabels, type LabelWrite } from './session/label-write';
import type { LabelDefinition, LabelScope, Session, SessionPreview, Turn, TurnDetail } from './model';
import { FULL_TEXT_CHARS, textsFromSpans, type TextPlan } from './turn-text/plan';
import { fetchSpansOf, findSessionTrace, loadSessionWithSpans, loadTurnDetail, type LoadedSession } from './session/load';
import { withTraceAssessments } from './session/build';
import { searchMarkedSessions, sessionsOfTraces } from './session/mark-search';
import type { MarkedSession, SessionMark, TracesTableMark, TurnMark } from './session/marks';
import type { ReadingSettings } from './settings';
import { createByteCache, estimateBytes } from './byte-cache';
import type { Span } from './trace/spans';

/** One MLflow server as one user sees it in one workspace. */
export interface Server {
  /** The UI's base URL (origin and path prefix); REST calls resolve against it. */
  baseUrl: string;
  /** Sent with every request to it: the workspace the UI selected, the user's credentials. */
  headers: Readonly<Record<string, string>>;
  /** The workspace read from, on servers with workspaces. */
  workspace: string | null;
  /** What its data is cached under: the server, the workspace and the identity it was read with. */
  key: string;
}

export interface SessionServiceOptions {
  createClient: (server: Server) => MlflowClient;
  now?: () => number;
  freshForMs?: number;
}

interface CacheEntry {
  session: Session;
  plan: TextPlan;
  fetchedAt: number;
  /** Every `${server.key} ${traceId}` that points at this entry: its turns, and the trace it was asked for. */
  traceKeys: string[];
}

const DEFAULT_FRESH_FOR_MS = 60_000;
/** A server does not turn workspaces on or off often; asked again after this long. */
const SERVER_INFO_FRESH_FOR_MS = 10 * 60_000;

/** What the worker keeps between messages: sessions and spans, each bounded by bytes and by count. */
export const CACHE_BUDGET = {
  sessionBytes: 64 * 1024 * 1024,
  sessions: 20,
  spanBytes: 64 * 1024 * 1024,
  // Spans of up to this many turns: an analysed session of a few hundred turns, and then some.
  spanTurns: 1000,
  // Marks of the sessions on MLflow's pages seen lately, and which session each trace row belongs to.
  markBytes: 16 * 1024 * 1024,
  markedSessions: 2000,
  traceSessions: 20_000,
};

export function createSessionService({ createClient, now = Date.now, freshForMs = DEFAULT_FRESH_FOR_MS }: SessionServiceOptions) {
  // Sessions by entry; every turn of a cached session (and the trace it was asked for, which can be a
  // scorer's trace that is no turn) points at its entry by `${server.key} ${traceId}`.
  const byTrace = new Map<string, string>();
  const sessions = createByteCache<CacheEntry>({
    maxBytes: CACHE_BUDGET.sessionBytes,
    maxEntries: CACHE_BUDGET.sessions,
    sizeOf: (entry) => estimateBytes(entry.session),
    onEvict: (id, entry) => forgetKeys(id, entry),
  });
  const inFlight = new Map<string, Promise<Session>>();
  // By the same key as inFlight: the turns around the open one, once the search reached them (null: the whole
  // session came first, or the load failed).
  const previews = new Map<string, Promise<SessionPreview | null>>();
  // Spans read so far, by `${server.key} ${traceId}`: a turn's detail and the analysis both read them from
  // here, so no turn's spans are fetched twice.
  const knownSpans = createByteCache<Span[]>({ maxBytes: CACHE_BUDGET.spanBytes, maxEntries: CACHE_BUDGET.spanTurns });
  let nextEntryId = 0;
  // By `${server.key} ${experimentId} ${sessionId}`; null: the search found no turn of it.
  const marks = createByteCache<{ marked: MarkedSession | null; at: number }>({
    maxBytes: CACHE_BUDGET.markBytes,
    maxEntries: CACHE_BUDGET.markedSessions,
  });
  // Counts the writes: a marks search that was under way when one landed read MLflow before it.
  let marksGeneration = 0;
  /** A write changes what the marks on MLflow's pages say; writes are rare, so every mark is read again. */
  function forgetMarks() {
    marks.clear();
    marksGeneration++;
  }
  // By `${server.key} ${traceId}`: a trace's session never changes.
  const sessionOfTrace = createByteCache<string | null>({ maxBytes: CACHE_BUDGET.markBytes, maxEntries: CACHE_BUDGET.traceSessions });
  const serverInfo = new Map<string, { workspacesEnabled: boolean; at: number }>();

  function entryOf(key: string): CacheEntry | undefined {
    const id = byTrace.get(key);
    return id === undefined ? undefined : sessions.get(id);
  }

  function forgetKeys(id: string, entry: CacheEntry) {
    for (const key of entry.traceKeys) if (byTrace.get(key) === id) byTrace.delete(key);
  }

  function remember(server: Server, requestedTraceId: string, { session, plan, spansByTrace }: LoadedSession) {
    const traceKeys = [...new Set([requestedTraceId, ...session.turns.map((turn) => turn.traceId)])].map((id) => `${server.key} ${id}`);
    for (const key of traceKeys) forgetSessionOf(key);
    const id = String(nextEntryId++);
    for (const key of traceKeys) byTrace.set(key, id);
    sessions.set(id, { session, plan, fetchedAt: now(), traceKeys });
    for (const [traceId, spans] of spansByTrace) knownSpans.set(`${server.key} ${traceId}`, spans);
  }

  /** Drops the cached session a trace key points at, so the next request reads what was just written. */
  function forgetSessionOf(key: string) {
    const id = byTrace.get(key);
    if (id === undefined) return;
    const entry = sessions.get(id);
    if (entry) forgetKeys(id, entry);
    byTrace.delete(key);
    sessions.delete(id);
  }

  /**
   * Reads one trace's assessments again into its cached session (after a label was written or removed there):
   * one request, where reading the session again would search every page of it.
   */
  async function rereadAssessments(server: Server, traceId: string, judges: ReadingSettings['judges']) {
    keepAssessments(server, traceId, (await createClient(server).getTraceInfo(traceId)).assessments, judges);
  }

  /** Puts a trace's assessments, as MLflow just answered them, into its cached session. */
  function keepAssessments(server: Server, traceId: string, assessments: readonly WireAssessment[], judges: ReadingSettings['judges']) {
    forgetMarks();
    const key = `${server.key} ${traceId}`;
    const id = byTrace.get(key);
    const entry = id === undefined ? undefined : sessions.get(id);
    if (id === undefined || !entry) return;
    sessions.set(id, { ...entry, session: withTraceAssessments(entry.session, traceId, assessments, judges) });
  }

  async function load(
    server: Server,
    traceId: string,
    reading: ReadingSettings,
    onPreview?: (preview: SessionPreview) => void,
  ): Promise<Session> {
    const loaded = await loadSessionWithSpans(createClient(server), traceId, { ...reading, onPreview });
    const session = { ...loaded.session, workspace: server.workspace };
    remember(server, traceId, { ...loaded, session });
    return session;
  }

  /** The cached entry of a trace's session, loading it if needed. */
  async function sessionEntry(server: Server, traceId: string, reading: ReadingSettings): Promise<CacheEntry> {
    await getSessionOfTrace(server, traceId, reading);
    const entry = entryOf(`${server.key} ${traceId}`);
    // Only a cache too small for even this one session gets here.
    if (!entry) throw new Error('The session was loaded but could not be kept in memory; try again.');
    return entry;
  }

  async function getSessionOfTrace(server: Server, traceId: string, reading: ReadingSettings, { refresh = false } = {}): Promise<Session> {
    const key = `${server.key} ${traceId}`;
    const cached = entryOf(key);
    if (!refresh && cached && now() - cached.fetchedAt < freshForMs) return cached.session;
    const pending = inFlight.get(key);
    if (pending && !refresh) return pending;
    let showPreview: (preview: SessionPreview | null) => void = () => {};
    const preview = new Promise<SessionPreview | null>((resolve) => (showPreview = resolve));
    previews.set(key, preview);
    const loading = load(server, traceId, reading, showPreview).finally(() => {
      showPreview(null);
      inFlight.delete(key);
      if (previews.get(key) === preview) previews.delete(key);
    });
    inFlight.set(key, loading);
    return loading;
  }

  /**
   * The turns around `traceId` while a long session is still being read (its newest pages first); null when
   * the session is cached, or came whole before any preview. Starts the load if none is under way.
   */
  async function getSessionPreview(server: Server, traceId: string, reading: ReadingSettings): Promise<SessionPreview | null> {
    const key = `${server.key} ${traceId}`;
    if (!previews.has(key)) {
      // The load's own request reports its failure; this one only waits for the preview.
      getSessionOfTrace(server, traceId, reading).catch(() => {});
    }
    return (await previews.get(key)) ?? null;
  }

  /** Reads into memory the spans of these traces not read yet: one batch (or one request per trace). */
  async function readSpans(server: Server, traceIds: readonly string[]) {
    const missing = traceIds.filter((id) => !knownSpans.has(`${server.key} ${id}`));
    if (missing.length === 0) return;
    for (const [id, spans] of await fetchSpansOf(createClient(server), missing)) knownSpans.set(`${server.key} ${id}`, spans);
  }

  /** Root cause and context coverage for the session of `traceId`, read from as many turns' spans as needed. */
  async function getAnalysis(
    server: Server,
    traceId: string,
    reading: ReadingSettings,
    { everyTurn = false } = {},
  ): Promise<SessionAnalysis> {
    const key = `${server.key} ${traceId}`;
    const { session } = entryOf(key) ?? (await sessionEntry(server, traceId, reading));
    const read = new Set(session.turns.filter((turn) => knownSpans.has(`${server.key} ${turn.traceId}`)).map((turn) => turn.traceId));
    await readSpans(server, turnsToRead(session, traceId, read, reading.judges, { everyTurn }));
    const spansByTrace = new Map(
      session.turns.flatMap((turn) => {
        const spans = knownSpans.get(`${server.key} ${turn.traceId}`);
        return spans ? [[turn.traceId, spans] as const] : [];
      }),
    );
    return analyseSession(session, traceId, spansByTrace, reading.judges);
  }

  /** The marks of these sessions: cached ones as they are, the rest from one search for all of them. */
  async function markedSessions(server: Server, experimentId: string, sessionIds: readonly string[], reading: ReadingSettings) {
    const keyOf = (sessionId: string) => `${server.key} ${experimentId} ${sessionId}`;
    const fresh = (sessionId: string) => {
      const cached = marks.get(keyOf(sessionId));
      return cached && now() - cached.at < freshForMs ? cached : undefined;
    };
    const missing = [...new Set(sessionIds)].filter((sessionId) => !fresh(sessionId));
    if (missing.length > 0) {
      const asOf = marksGeneration;
      const found = await searchMarkedSessions(createClient(server), experimentId, missing, {
        judges: reading.judges,
        reviewer: reading.reviewerName,
      });
      // Read before a write landed: answered, not kept (the page asks again after its write).
      if (asOf !== marksGeneration) {
        const answered = new Map(found.sessions.map((marked) => [marked.mark.sessionId, marked]));
        return new Map(sessionIds.map((sessionId) => [sessionId, answered.get(sessionId) ?? fresh(sessionId)?.marked ?? null]));
      }
      const at = now();
      // A session the search did not find has no turns here, unless the search stopped before reaching it.
      if (found.complete) for (const sessionId of missing) marks.set(keyOf(sessionId), { marked: null, at });
      for (const marked of found.sessions) marks.set(keyOf(marked.mark.sessionId), { marked, at });
    }
    return new Map(sessionIds.map((sessionId) => [sessionId, fresh(sessionId)?.marked ?? null]));
  }

  return {
    getSessionOfTrace,
    getSessionPreview,

    /** Marks for MLflow's chat-sessions list: one search for every listed session not seen lately. */
    async sessionMarks(
      server: Server,
      experimentId: string,
      sessionIds: readonly string[],
      reading: ReadingSettings,
    ): Promise<SessionMark[]> {
      const found = await markedSessions(server, experimentId, sessionIds, reading);
      return [...found.values()].flatMap((marked) => (marked ? [marked.mark] : []));
    },

    /** The turns' marks of one session, for MLflow's session page. */
    async turnMarksOfSession(server: Server, experimentId: string, sessionId: string, reading: ReadingSettings): Promise<TurnMark[]> {
      return (await markedSessions(server, experimentId, [sessionId], reading)).get(sessionId)?.turns ?? [];
    },

    /**
     * Marks for rows of MLflow's Traces table, by trace id (a trace in no session has none): one search for the
     * turns of the rows' sessions not seen lately, and before it, only when MLflow's Session column is hidden,
     * one for the sessions of the rows.
     */
    async traceMarks(
      server: Server,
      experimentId: string,
      rows: readonly { traceId: string; sessionId: string | null }[],
      reading: ReadingSettings,
    ): Promise<Record<string, TracesTableMark>> {
      const keyOf = (traceId: string) => `${server.key} ${traceId}`;
      for (const { traceId, sessionId } of rows) if (sessionId !== null) sessionOfTrace.set(keyOf(traceId), sessionId);
      const traceIds = rows.map((row) => row.traceId);
      const unknown = traceIds.filter((traceId) => sessionOfTrace.get(keyOf(traceId)) === undefined);
      if (unknown.length > 0) {
        const found = await sessionsOfTraces(createClient(server), experimentId, unknown);
        for (const [traceId, sessionId] of found) sessionOfTrace.set(keyOf(traceId), sessionId);
      }
      const wanted = new Set(traceIds);
      const sessionIds = new Set(traceIds.flatMap((traceId) => sessionOfTrace.get(keyOf(traceId)) ?? []));
      const marked = await markedSessions(server, experimentId, [...sessionIds], reading);
      const byTrace: Record<string, TracesTableMark> = {};
      for (const [sessionId, session] of marked)
        for (const turn of session?.turns ?? []) if (wanted.has(turn.traceId)) byTrace[turn.traceId] = { ...turn, sessionId };
      return byTrace;
    },

    /** A turn read from its spans, by its session's schema (loading the session first if needed). */
    async getTurnDetail(server: Server, traceId: string, reading: ReadingSettings): Promise<TurnDetail> {
      const key = `${server.key} ${traceId}`;
      const plan = (entryOf(key) ?? (await sessionEntry(server, traceId, reading))).plan;
      const { detail, spans } = await loadTurnDetail(createClient(server), traceId, plan, knownSpans.get(key));
      knownSpans.set(key, spans);
      return detail;
    },

    getAnalysis,

    /**
     * What changed for the model from the turn before `traceId` to it (lib/analysis/turn-changes.ts): both
     * turns' spans, from memory or in one batch request.
     */
    async getTurnChanges(server: Server, traceId: string, reading: ReadingSettings): Promise<TurnChanges> {
      const { session, plan } = entryOf(`${server.key} ${traceId}`) ?? (await sessionEntry(server, traceId, reading));
      const position = session.turns.findIndex((turn) => turn.traceId === traceId);
      if (position < 1)
        throw new Error(position === 0 ? 'The first turn has no turn before it.' : 'That trace is no turn of this session.');
      const pair = [session.turns[position - 1]!, session.turns[position]!] as const;
      await readSpans(
        server,
        pair.map((turn) => turn.traceId),
      );
      const side = (turn: Turn) => {
        const spans = knownSpans.get(`${server.key} ${turn.traceId}`);
        if (!spans) throw new Error(`The spans of turn ${turn.index} could not be kept in memory; try again.`);
        // The whole answer, from the spans where the session's text is found there (the list keeps a cut one).
        const answer = (plan.discovered ? textsFromSpans(spans, plan, FULL_TEXT_CHARS).output?.text : null) ?? turn.output?.text ?? '';
        return { index: turn.index, traceId: turn.traceId, spans, answer };
      };
      return turnChanges(side(pair[0]), side(pair[1]));
    },

    /** The first turn of a session named by its id: one search for one page of its oldest traces. */
    findSessionTrace(server: Server, experimentId: string, sessionId: string): Promise<string | null> {
      return findSessionTrace(createClient(server), experimentId, sessionId);
    },

    /** The session of `traceId` as Markdown or JSON (lib/session/export.ts), with its analysis. */
    async exportSession(
      server: Server,
      traceId: string,
      reading: ReadingSettings,
      { format, includeScorerErrors }: { format: 'markdown' | 'json'; includeScorerErrors: boolean },
    ): Promise<string> {
      const session = await getSessionOfTrace(server, traceId, reading);
      const analysis = await getAnalysis(server, traceId, reading);
      return format === 'markdown'
        ? sessionToMarkdown(session, analysis, { includeScorerErrors })
        : `${JSON.stringify(sessionToJson(session, analysis, { includeScorerErrors }), null, 2)}\n`;
    },

    /**
     * Writes the user's confirmation that this turn is the root cause, as MLflow human feedback. MLflow is read
     * first: a retry after a write whose answer was lost finds the confirmation already there, and writes
     * nothing twice.
     */
    async confirmRootCause(
      server: Server,
      { traceId, rationale, explainsTraceId }: { traceId: string; rationale: string; explainsTraceId?: string | undefined },
      { reviewerName }: Pick<ReadingSettings, 'reviewerName'>,
    ): Promise<string> {
      const client = createClient(server);
      const existing = rootCauseConfirmations(await client.getTraceInfo(traceId)).find(
        (assessment) => assessment.source?.source_id === reviewerName,
      );
      const assessmentId =
        existing?.assessment_id ??
        (await client.createFeedback(traceId, {
          name: ROOT_CAUSE_ASSESSMENT,
          value: true,
          rationale,
          sourceId: reviewerName,
          ...(explainsTraceId ? { metadata: { [EXPLAINS_METADATA_KEY]: explainsTraceId } } : {}),
        }));
      forgetSessionOf(`${server.key} ${traceId}`);
      forgetMarks();
      return assessmentId;
    },

    /** Removes the user's own confirmation; anyone else's stays (MLflow would let the request through). */
    async undoRootCause(
      server: Server,
      traceId: string,
      assessmentId: string,
      { reviewerName }: Pick<ReadingSettings, 'reviewerName'>,
    ): Promise<void> {
      const client = createClient(server);
      const confirmation = rootCauseConfirmations(await client.getTraceInfo(traceId)).find(
        (assessment) => assessment.assessment_id === assessmentId,
      );
      if (!confirmation) throw new Error('That confirmation is no longer in MLflow; refresh to see what is.');
      const author = confirmation.source?.source_id ?? 'someone else';
      if (author !== reviewerName) throw new Error(`That confirmation is ${author}'s; only they can undo it.`);
      await client.deleteAssessment(traceId, assessmentId);
      forgetSessionOf(`${server.key} ${traceId}`);
      forgetMarks();
    },

    /**
     * Writes the reviewer's label on a turn (its trace) or on the session (its first trace, with the session id
     * in the metadata, where MLflow's session page looks). Checked against the experiment's label set here:
     * the page's side of the messaging is not trusted. MLflow is read first (lib/session/label-write.ts).
     */
    async writeLabel(server: Server, traceId: string, write: LabelWrite, reading: ReadingSettings): Promise<string> {
      const { session } = await sessionEntry(server, traceId, reading);
      const definition = labelOf(session, write.name, write.scope);
      const problem = labelValueProblem(definition.kind, write.value);
      if (problem) throw new Error(`${write.name}: ${problem}.`);
      const target = labelTarget(session, traceId, write.scope);
      const client = createClient(server);
      const { assessments } = await client.getTraceInfo(target);
      const plan = planLabelWrite(assessments, write, reading.reviewerName);
      // Written before (its answer lost): what MLflow just said goes into the cached session, which lacks it.
      if (plan.kind === 'already-written') {
        keepAssessments(server, target, assessments, reading.judges);
        return plan.assessmentId;
      }
      const assessmentId = await client.createFeedback(target, {
        name: write.name,
        value: write.value,
        rationale: write.rationale,
        sourceId: reading.reviewerName,
        ...(write.scope === 'session' && session.sessionId !== null ? { metadata: { [SESSION_METADATA_KEY]: session.sessionId } } : {}),
        ...(plan.overrides ? { overrides: plan.overrides } : {}),
      });
      await rereadAssessments(server, target, reading.judges);
      return assessmentId;
    },

    /** The trace a label of this turn or its session is written on (the session's first turn for a session label). */
    async labelTargetOf(server: Server, traceId: string, scope: LabelScope, reading: ReadingSettings): Promise<string> {
      return labelTarget((await sessionEntry(server, traceId, reading)).session, traceId, scope);
    },

    /**
     * Removes the reviewer's label and the earlier values it superseded (removing only the newest would bring
     * the one before it back into force). Anyone else's labels stay.
     */
    async removeLabel(server: Server, traceId: string, { name, scope }: { name: string; scope: LabelScope }, reading: ReadingSettings) {
      const { session } = await sessionEntry(server, traceId, reading);
      const target = labelTarget(session, traceId, scope);
      const client = createClient(server);
      const own = reviewerLabels((await client.getTraceInfo(target)).assessments, name, scope, reading.reviewerName);
      if (own.length === 0) throw new Error(`You have no ${name} label here; refresh to see what MLflow has.`);
      for (const assessment of own) await client.deleteAssessment(target, assessment.assessment_id);
      await rereadAssessments(server, target, reading.judges);
    },

    /** Every value of a label on a turn or the session, newest first, superseded ones included, with their authors. */
    async labelHistory(server: Server, traceId: string, { name, scope }: { name: string; scope: LabelScope }, reading: ReadingSettings) {
      const { session } = await sessionEntry(server, traceId, reading);
      const target = labelTarget(session, traceId, scope);
      return labelHistoryOf((await createClient(server).getTraceInfo(target)).assessments, name, scope);
    },

    /** Whether the server has workspaces (cached): a workspace header sent to one without them is an error. */
    async workspacesEnabled(server: Server): Promise<boolean> {
      const cached = serverInfo.get(server.key);
      if (cached && now() - cached.at < SERVER_INFO_FRESH_FOR_MS) return cached.workspacesEnabled;
      const { workspacesEnabled } = await createClient(server).getServerInfo();
      serverInfo.set(server.key, { workspacesEnabled, at: now() });
      return workspacesEnabled;
    },

    forget() {
      serverInfo.clear();
      byTrace.clear();
      sessions.clear();
      knownSpans.clear();
      forgetMarks();
      sessionOfTrace.clear();
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;

function labelOf(session: Session, name: string, scope: LabelScope): LabelDefinition {
  const definition = session.labelSet.find((label) => label.name === name && label.scope === scope);
  if (!definition) throw new Error(`“${name}” is not a ${scope} label of this experiment; see the options.`);
  return definition;
}

/** The trace a label is written on: the turn's own, or the session's first (where MLflow's session page reads). */
function labelTarget(session: Session, traceId: string, scope: LabelScope): string {
  if (scope === 'turn') {
    if (!session.turns.some((turn) => turn.traceId === traceId)) throw new Error('That trace is no turn of this session.');
    return traceId;
  }
  const first = session.turns[0];
  if (session.sessionId === null || !first) throw new Error('This trace belongs to no session: label the turn instead.');
  return first.traceId;
}

/** The human `root_cause_turn = true` assessments on a trace that are still in force. */
function rootCauseConfirmations(info: WireTraceInfo): WireAssessment[] {
  return info.assessments.filter(
    (assessment) =>
      assessment.assessment_name === ROOT_CAUSE_ASSESSMENT &&
      assessment.source?.source_type === 'HUMAN' &&
      assessment.feedback?.value === true &&
      assessment.valid !== false,
  );
}
