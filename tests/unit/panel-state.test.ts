import { describe, expect, test } from 'vitest';
import type { Ask, MessageKind, Reply } from '../../lib/protocol';
import { createPanelController, type PanelState } from '../../lib/panel/controller';
import { parseMlflowUrl } from '../../lib/route';
import { createMlflowClient } from '../../lib/mlflow/client';
import { loadSessionOfTrace } from '../../lib/session/load';
import type { Session } from '../../lib/model';
import type { UnsavedLabel } from '../../lib/unsaved-labels';
import type { BaseScenario } from '../fixtures/scenarios';
import { loadRecording, replayFetch } from '../fixtures/recording';

const recording = loadRecording<BaseScenario>('base');
const { sessions } = recording.manifest;
const BASE = 'http://127.0.0.1:5000/';
const routeTo = (traceId: string | null) => parseMlflowUrl(`${BASE}#/experiments/1/traces${traceId ? `?traceId=${traceId}` : ''}`);

async function sessionOf(traceId: string): Promise<Session> {
  return loadSessionOfTrace(createMlflowClient({ baseUrl: recording.baseUrl, fetch: replayFetch(recording).fetch }), traceId);
}

/** Messaging whose answers the test releases one by one, in any order. */
function manualTransport() {
  const pending: { traceId: string; refresh: boolean; answer: (response: Reply<'session/get'>) => void }[] = [];
  const pendingDetails: { traceId: string; answer: (response: Reply<'turn/get'>) => void }[] = [];
  const pendingAnalyses: { traceId: string; everyTurn: boolean; answer: (response: Reply<'analysis/get'>) => void }[] = [];
  const writes: string[] = [];
  const finds: { sessionId: string; answer: (response: Reply<'session/find'>) => void }[] = [];
  const previews: { traceId: string; answer: (response: Reply<'session/preview'>) => void }[] = [];
  /** What `label/write` answers, in turn. */
  const labelAnswers: Reply<'label/write'>[] = [];
  /** What the worker kept of label writes that failed (`label/unsaved`). */
  const unsavedLabels: UnsavedLabel[] = [];
  const ask = (async (kind: MessageKind, request: Record<string, unknown>) => {
    const traceId = request.traceId as string;
    switch (kind) {
      case 'label/unsaved':
        return { ok: true, value: unsavedLabels };
      case 'session/find':
        return new Promise<unknown>((answer) => finds.push({ sessionId: request.sessionId as string, answer }));
      case 'label/write':
        writes.push(`label ${traceId} ${request.name} ${request.value} ${request.rationale}`);
        return labelAnswers.shift() ?? { ok: true, value: { assessmentId: 'a-2' } };
      case 'session/get':
        return new Promise<unknown>((answer) => pending.push({ traceId, refresh: request.refresh as boolean, answer }));
      case 'session/preview':
        return new Promise<unknown>((answer) => previews.push({ traceId, answer }));
      case 'turn/get':
        return new Promise<unknown>((answer) => pendingDetails.push({ traceId, answer }));
      case 'analysis/get':
        return new Promise<unknown>((answer) => pendingAnalyses.push({ traceId, everyTurn: request.everyTurn as boolean, answer }));
      case 'root-cause/confirm':
        writes.push(`confirm ${traceId} ${request.rationale} ${request.explainsTraceId}`);
        return { ok: true, value: { assessmentId: 'a-1' } };
      case 'root-cause/undo':
        writes.push(`undo ${traceId} ${request.assessmentId}`);
        return { ok: true, value: null };
      default:
        throw new Error(`unexpected message ${kind}`);
    }
  }) as Ask;
  return { pending, pendingDetails, pendingAnalyses, writes, finds, previews, labelAnswers, unsavedLabels, ask };
}

function recordStates() {
  const states: PanelState[] = [];
  return { states, onChange: (state: PanelState) => states.push(state) };
}

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('panel controller', () => {
  test('a long session: the turns around the open one show while it loads, then the session; a late preview is dropped', async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const a4 = sessions.A.turns[3]!.traceId;
    controller.showRoute(routeTo(a4));
    expect(transport.previews.map((request) => request.traceId)).toEqual([a4]);
    const session = await sessionOf(a4);
    const preview = { turns: session.turns.slice(2), openTraceId: a4, turnsRead: 4, readFrom: 'newest' as const };
    transport.previews[0]!.answer({ ok: true, value: preview });
    await tick();
    expect(controller.state).toEqual({ kind: 'loading', traceId: a4, preview });
    transport.pending[0]!.answer({ ok: true, value: session });
    await tick();
    expect(controller.state.kind).toBe('ready');

    // Another session: its preview lands after the session itself, and changes nothing.
    const b2 = sessions.B.turns[1]!.traceId;
    controller.showRoute(routeTo(b2));
    transport.pending[1]!.answer({ ok: true, value: await sessionOf(b2) });
    await tick();
    transport.previews[1]!.answer({ ok: true, value: { ...preview, openTraceId: b2 } });
    await tick();
    expect(controller.state.kind === 'ready' && controller.state.session.turns).toHaveLength(3);
  });

  test('the analysis is asked for once the transcript is shown; confirming writes, then reads the session again', async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const a4 = sessions.A.turns[3]!.traceId;
    controller.showRoute(routeTo(a4));
    expect(transport.pendingAnalyses).toEqual([]);
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(a4) });
    await tick();
    expect(transport.pendingAnalyses.map((request) => [request.traceId, request.everyTurn])).toEqual([[a4, false]]);
    expect(controller.state.kind === 'ready' && controller.state.analysis).toEqual({ kind: 'loading' });
    transport.pendingAnalyses[0]!.answer({ ok: false, error: { kind: 'timeout', message: 'slow' } });
    await tick();
    expect(controller.state.kind === 'ready' && controller.state.analysis).toEqual({
      kind: 'error',
      error: { kind: 'timeout', message: 'slow' },
    });

    controller.confirmRootCause(sessions.A.turns[1]!.traceId, 'it started here', a4);
    await tick();
    expect(transport.writes).toEqual([`confirm ${sessions.A.turns[1]!.traceId} it started here ${a4}`]);
    expect(transport.pending.map((request) => [request.traceId, request.refresh])).toEqual([
      [a4, false],
      [a4, true],
    ]);
    controller.undoRootCause(sessions.A.turns[1]!.traceId, 'a-1');
    await tick();
    expect(transport.writes.at(-1)).toBe(`undo ${sessions.A.turns[1]!.traceId} a-1`);
  });

  test('the refresh after a write keeps the analysis shown until the new one lands (the box does not blink away)', async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const a4 = sessions.A.turns[3]!.traceId;
    controller.showRoute(routeTo(a4));
    const session = await sessionOf(a4);
    transport.pending[0]!.answer({ ok: true, value: session });
    await tick();
    const analysis = {
      rootCause: { target: null, candidates: [], note: 'none' },
      context: [],
      toolCalls: {},
      turnsRead: 6,
      turnsNotRead: 0,
      assumedJudges: [],
    };
    transport.pendingAnalyses[0]!.answer({ ok: true, value: analysis });
    await tick();
    controller.confirmRootCause(sessions.A.turns[1]!.traceId, 'it started here', a4);
    await tick();
    transport.pending[1]!.answer({ ok: true, value: session });
    await tick();
    expect(transport.pendingAnalyses).toHaveLength(2);
    expect(controller.state.kind === 'ready' && controller.state.analysis).toEqual({ kind: 'ready', analysis });
    // Reading every turn is asked for by the user: that shows it is reading.
    controller.analyseEveryTurn();
    expect(controller.state.kind === 'ready' && controller.state.analysis).toEqual({ kind: 'loading' });
  });

  test('hidden while no trace is open; loading, then the session, when one opens', async () => {
    const transport = manualTransport();
    const { states, onChange } = recordStates();
    const controller = createPanelController({ ask: transport.ask, onChange });
    controller.showRoute(routeTo(null));
    expect(controller.state).toEqual({ kind: 'hidden' });
    const a4 = sessions.A.turns[3]!.traceId;
    controller.showRoute(routeTo(a4));
    expect(controller.state).toEqual({ kind: 'loading', traceId: a4 });
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(a4) });
    await tick();
    expect(controller.state).toMatchObject({ kind: 'ready', openTraceId: a4 });
    expect(states.slice(0, 2).map((state) => state.kind)).toEqual(['loading', 'ready']);
  });

  test("the open turn is read from its spans once the transcript is shown; another turn's only when asked", async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const a4 = sessions.A.turns[3]!.traceId;
    controller.showRoute(routeTo(a4));
    expect(transport.pendingDetails).toEqual([]);
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(a4) });
    await tick();
    expect(transport.pendingDetails.map((request) => request.traceId)).toEqual([a4]);
    expect(controller.state.kind === 'ready' && controller.state.details[a4]).toEqual({ kind: 'loading' });
    transport.pendingDetails[0]!.answer({ ok: true, value: { traceId: a4, input: null, output: null, spans: [], spansNotShown: 0 } });
    await tick();
    expect(controller.state.kind === 'ready' && controller.state.details[a4]).toMatchObject({ kind: 'ready', detail: { traceId: a4 } });

    controller.loadTurnDetail(a4);
    controller.loadTurnDetail(sessions.A.turns[0]!.traceId);
    expect(transport.pendingDetails.map((request) => request.traceId)).toEqual([a4, sessions.A.turns[0]!.traceId]);
    transport.pendingDetails[1]!.answer({ ok: false, error: { kind: 'http', status: 500, message: 'boom' } });
    await tick();
    expect(controller.state.kind === 'ready' && controller.state.details[sessions.A.turns[0]!.traceId]).toEqual({
      kind: 'error',
      error: { kind: 'http', status: 500, message: 'boom' },
    });
  });

  test('moving to another turn of the shown session asks nothing of the background', async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const a4 = sessions.A.turns[3]!.traceId;
    controller.showRoute(routeTo(a4));
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(a4) });
    await tick();
    controller.showRoute(routeTo(sessions.A.turns[1]!.traceId));
    expect(transport.pending).toHaveLength(1);
    expect(controller.state).toMatchObject({ kind: 'ready', openTraceId: sessions.A.turns[1]!.traceId });
  });

  test('an answer that arrives after the user moved on is dropped', async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const a4 = sessions.A.turns[3]!.traceId;
    const b2 = sessions.B.turns[1]!.traceId;
    controller.showRoute(routeTo(a4));
    controller.showRoute(routeTo(b2));
    transport.pending[1]!.answer({ ok: true, value: await sessionOf(b2) });
    await tick();
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(a4) });
    await tick();
    expect(controller.state).toMatchObject({ kind: 'ready', openTraceId: b2 });
    if (controller.state.kind === 'ready') expect(controller.state.session.sessionId).toBe(sessions.B.sessionId);
  });

  test('closing the drawer while loading hides the panel for good', async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const a4 = sessions.A.turns[3]!.traceId;
    controller.showRoute(routeTo(a4));
    controller.showRoute(routeTo(null));
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(a4) });
    await tick();
    expect(controller.state).toEqual({ kind: 'hidden' });
  });

  test('errors are shown; refresh retries with the cache bypassed; a throwing transport is an error too', async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    controller.showRoute(routeTo('tr-missing'));
    transport.pending[0]!.answer({ ok: false, error: { kind: 'http', status: 404, message: 'Trace not found' } });
    await tick();
    expect(controller.state).toMatchObject({ kind: 'error', traceId: 'tr-missing', error: { status: 404 } });
    controller.refresh();
    expect(controller.state).toEqual({ kind: 'loading', traceId: 'tr-missing' });
    expect(transport.pending[1]).toMatchObject({ traceId: 'tr-missing', refresh: true });

    const throwing = createPanelController({ ask: () => Promise.reject(new Error('port closed')), onChange: () => {} });
    throwing.showRoute(routeTo('tr-x'));
    await tick();
    expect(throwing.state).toMatchObject({ kind: 'error', error: { kind: 'internal', message: 'port closed' } });
  });

  // Security review R12: a move within the session during the post-write refresh used to drop the refresh,
  // leaving Refresh disabled and the confirmation absent, so a second click wrote a duplicate.
  test('a move to another turn during the refresh after a write keeps the refresh, and the written turn offers no second Confirm', async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const [a1, a2] = [sessions.A.turns[0]!.traceId, sessions.A.turns[1]!.traceId];
    controller.showRoute(routeTo(a2));
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(sessions.A.turns[3]!.traceId) });
    await tick();
    controller.confirmRootCause(a1, 'it started here', a2);
    await tick();
    expect(controller.state).toMatchObject({ kind: 'ready', refreshing: true, written: { [a1]: 'a-1' } });
    controller.showRoute(routeTo(a1));
    transport.pending[1]!.answer({ ok: true, value: await sessionOf(sessions.A.turns[3]!.traceId) });
    await tick();
    expect(controller.state).toMatchObject({ kind: 'ready', refreshing: false, openTraceId: a1, written: { [a1]: 'a-1' } });
    expect(transport.writes).toHaveLength(1);
  });

  // Security review R7: a refresh while a turn's detail loaded left that turn "loading" for good.
  test("a refresh while a turn's detail loads: the detail still lands", async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const a4 = sessions.A.turns[3]!.traceId;
    controller.showRoute(routeTo(a4));
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(a4) });
    await tick();
    controller.refresh();
    transport.pending[1]!.answer({ ok: true, value: await sessionOf(a4) });
    await tick();
    transport.pendingDetails[0]!.answer({ ok: true, value: { traceId: a4, input: null, output: null, spans: [], spansNotShown: 0 } });
    await tick();
    expect(controller.state.kind === 'ready' && controller.state.details[a4]).toMatchObject({ kind: 'ready' });
    expect(controller.state).toMatchObject({ refreshing: false });
  });

  test("MLflow's session page with no trace chosen: the session is found by its id and shown from its first turn, marked as not open in MLflow", async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const [first, second] = [sessions.A.turns[0]!.traceId, sessions.A.turns[1]!.traceId];
    const sessionPage = `${BASE}#/experiments/1/chat-sessions/${sessions.A.sessionId}`;
    controller.showRoute(parseMlflowUrl(sessionPage));
    expect(transport.finds.map((find) => find.sessionId)).toEqual([sessions.A.sessionId]);
    expect(controller.state).toEqual({ kind: 'loading', traceId: sessions.A.sessionId });
    transport.finds[0]!.answer({ ok: true, value: { traceId: first } });
    await tick();
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(sessions.A.turns[3]!.traceId) });
    await tick();
    expect(controller.state).toMatchObject({ kind: 'ready', openTraceId: first, openInMlflow: false });
    // A turn chosen there (MLflow writes `selectedTraceId`) is open in MLflow, with no new request.
    controller.showRoute(parseMlflowUrl(`${sessionPage}?selectedTraceId=${second}`));
    expect(controller.state).toMatchObject({ kind: 'ready', openTraceId: second, openInMlflow: true });
    controller.showRoute(parseMlflowUrl(sessionPage));
    expect(controller.state).toMatchObject({ kind: 'ready', openTraceId: first, openInMlflow: false });
    expect(transport.finds).toHaveLength(1);
    expect(transport.pending).toHaveLength(1);

    // A session MLflow does not have says so, and "Try again" asks again.
    controller.showRoute(parseMlflowUrl(`${BASE}#/experiments/1/chat-sessions/gone`));
    transport.finds[1]!.answer({ ok: true, value: { traceId: null } });
    await tick();
    expect(controller.state).toMatchObject({
      kind: 'error',
      error: { message: 'MLflow has no trace of session gone in this experiment.' },
    });
    controller.refresh();
    expect(transport.finds.map((find) => find.sessionId)).toEqual([sessions.A.sessionId, 'gone', 'gone']);
  });

  test('a label write that fails keeps the draft with the reason; saving again sends the same label, and success clears it', async () => {
    const transport = manualTransport();
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const a4 = sessions.A.turns[3]!.traceId;
    controller.showRoute(routeTo(a4));
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(a4) });
    await tick();
    const target = { traceId: a4, scope: 'turn' as const, name: 'correct' };
    controller.editLabel(target, { value: 'fail', rationale: 'wrong window' });
    transport.labelAnswers.push({ ok: false, error: { kind: 'http', status: 403, message: 'Permission denied' } });
    controller.saveLabel(target);
    await tick();
    const drafts = () => (controller.state.kind === 'ready' ? controller.state.labelDrafts : null);
    expect(drafts()).toEqual({
      [`turn ${a4} correct`]: {
        value: 'fail',
        rationale: 'wrong window',
        status: { kind: 'error', error: { kind: 'http', status: 403, message: 'Permission denied' } },
      },
    });
    controller.saveLabel(target);
    await tick();
    expect(transport.writes).toEqual([`label ${a4} correct fail wrong window`, `label ${a4} correct fail wrong window`]);
    expect(drafts()).toEqual({});
    // The worker holds the written label: the session is read from its cache, not searched again.
    expect(transport.pending.map((request) => [request.traceId, request.refresh])).toEqual([
      [a4, false],
      [a4, false],
    ]);
  });

  test("a label write that failed in a tab closed since comes back as that turn's draft, with the reason and when", async () => {
    const transport = manualTransport();
    const a2 = sessions.A.turns[1]!.traceId;
    const kept = { base: BASE, workspace: null, scope: 'turn' as const, name: 'correct', value: 'fail', rationale: 'wrong window' };
    const at = Date.UTC(2026, 10, 27, 9, 30);
    transport.unsavedLabels.push(
      { ...kept, traceId: a2, error: { kind: 'http', status: 503, message: 'Service Unavailable.' }, at },
      // Another session's label stays out of this one.
      { ...kept, traceId: sessions.B.turns[0]!.traceId, error: { kind: 'network', message: 'offline' }, at },
    );
    const controller = createPanelController({ ask: transport.ask, onChange: () => {} });
    const a4 = sessions.A.turns[3]!.traceId;
    controller.showRoute(routeTo(a4));
    transport.pending[0]!.answer({ ok: true, value: await sessionOf(a4) });
    await tick();
    await tick();
    expect(controller.state.kind === 'ready' && controller.state.labelDrafts).toEqual({
      [`turn ${a2} correct`]: {
        value: 'fail',
        rationale: 'wrong window',
        status: {
          kind: 'error',
          error: { kind: 'http', status: 503, message: `Service Unavailable (on ${new Date(at).toLocaleString()})` },
        },
      },
    });
  });
});
