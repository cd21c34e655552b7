// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { PanelActionsContext } from '../../components/panel-actions';
import { SessionPanel, type SessionPanelProps } from '../../components/SessionPanel';
import { createMlflowClient } from '../../lib/mlflow/client';
import { announcement } from '../../lib/panel/announce';
import type { SessionAnalysis } from '../../lib/analysis/analyse';
import type { PanelState, ReadyState } from '../../lib/panel/controller';
import { loadSessionOfTrace } from '../../lib/session/load';
import type { Session } from '../../lib/model';
import type { BaseScenario } from '../fixtures/scenarios';
import { fakeActions } from '../fixtures/panel-actions';
import { loadRecording, replayFetch } from '../fixtures/recording';
import { readyState } from '../fixtures/panel-state';

const recording = loadRecording<BaseScenario>('base');
const { sessions, noSession } = recording.manifest;
const loaded = new Map<string, Session>();

beforeAll(async () => {
  for (const traceId of [sessions.A.turns[3]!.traceId, noSession.traceId, sessions.Markup.turns[0]!.traceId]) {
    loaded.set(
      traceId,
      await loadSessionOfTrace(createMlflowClient({ baseUrl: recording.baseUrl, fetch: replayFetch(recording).fetch }), traceId),
    );
  }
});

afterEach(cleanup);

/** Session A opened at turn 4, analysed: its root cause turn 2, read with these judges' polarities assumed. */
function turn2FoundFor(listed: ReadyState, assumedJudges: SessionAnalysis['assumedJudges'] = []): ReadyState {
  const turns = sessions.A.turns;
  return {
    ...listed,
    analysis: {
      kind: 'ready',
      analysis: {
        rootCause: {
          target: { traceId: turns[3]!.traceId, index: 4 },
          candidates: [{ traceId: turns[1]!.traceId, index: 2, explanation: '', evidence: [] }],
          note: null,
        },
        context: [],
        toolCalls: {},
        turnsRead: 6,
        turnsNotRead: 0,
        assumedJudges,
      },
    },
  };
}

function renderPanel(state: PanelState, overrides: Partial<SessionPanelProps> = {}) {
  const props: SessionPanelProps = {
    state,
    host: '127.0.0.1:5000',
    collapsed: false,
    showScorerErrors: false,
    onToggleCollapsed: vi.fn(),
    onToggleScorerErrors: vi.fn(),
    ...overrides,
  };
  const actions = fakeActions();
  const rendered = render(
    <PanelActionsContext.Provider value={actions}>
      <SessionPanel {...props} />
    </PanelActionsContext.Provider>,
  );
  return { props, actions, ...rendered };
}

function ready(traceId: string, openTraceId = traceId): PanelState {
  return readyState(loaded.get(traceId)!, openTraceId);
}

describe('SessionPanel', () => {
  test('renders nothing while no trace is open', () => {
    const { container } = renderPanel({ kind: 'hidden' });
    expect(container.innerHTML).toBe('');
  });

  test('says what it is loading', () => {
    renderPanel({ kind: 'loading', traceId: 'tr-1c42bfa434fb672a78dca07450d8c24c' });
    expect(screen.getByTestId('panel-loading').textContent).toBe('Loading the session of trace tr-1c42bfa4…');
  });

  test("shows MLflow's error with status, code and message, and retries", () => {
    const { actions } = renderPanel({
      kind: 'error',
      traceId: 'tr-x',
      error: { kind: 'http', status: 404, errorCode: 'RESOURCE_DOES_NOT_EXIST', message: "Trace with ID 'tr-x' not found." },
    });
    expect(screen.getByTestId('panel-error').querySelector('.error-heading')!.textContent).toBe(
      'MLflow answered 404 (RESOURCE_DOES_NOT_EXIST)',
    );
    expect(screen.getByTestId('panel-error-message').textContent).toBe("Trace with ID 'tr-x' not found.");
    fireEvent.click(screen.getByText('Try again'));
    expect(actions.refresh).toHaveBeenCalledOnce();
  });

  test('a host that is not enabled says so and offers to enable it', () => {
    const { actions } = renderPanel({
      kind: 'error',
      traceId: 'tr-x',
      error: { kind: 'not-enabled', message: 'You turned Session Lens off for this server.' },
    });
    expect(screen.getByTestId('panel-not-enabled').textContent).toContain('Session Lens is not enabled for 127.0.0.1:5000.');
    fireEvent.click(screen.getByText('Enable on 127.0.0.1:5000'));
    expect(actions.enableHost).toHaveBeenCalledOnce();
  });

  test('a session: summary, every turn, the open one marked, a click on a turn asks to open it', () => {
    const { actions } = renderPanel(ready(sessions.A.turns[3]!.traceId));
    expect(screen.getByTestId('session-id').textContent).toBe(sessions.A.sessionId);
    expect(screen.getByTestId('turn-count').textContent).toBe('6');
    const turns = screen.getAllByTestId('turn');
    expect(turns.map((turn) => turn.querySelector('[data-testid="turn-input"]')!.textContent)).toEqual(
      sessions.A.turns.map((turn) => turn.input),
    );
    expect(turns.filter((turn) => turn.getAttribute('aria-current') === 'true').map((turn) => turn.dataset.index)).toEqual(['4']);
    fireEvent.click(turns[1]!.querySelector('.turn-header')!);
    expect(actions.openTurn).toHaveBeenCalledWith(sessions.A.turns[1]!.traceId);
  });

  test('scorer errors: hidden and counted, shown when asked', () => {
    const { props } = renderPanel(ready(sessions.A.turns[3]!.traceId));
    expect(document.querySelectorAll('[data-scorer-error="true"]')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('scorer-errors-toggle'));
    expect(props.onToggleScorerErrors).toHaveBeenCalledOnce();
    cleanup();
    renderPanel(ready(sessions.A.turns[3]!.traceId), { showScorerErrors: true });
    expect(document.querySelectorAll('[data-scorer-error="true"]')).toHaveLength(2);
    expect(screen.getByTestId('scorer-errors-toggle').textContent).toBe('Hide 2 scorer errors');
  });

  test('a trace with no session is shown as one turn, with a notice', () => {
    renderPanel(ready(noSession.traceId));
    expect(screen.getByTestId('no-session-notice')).toBeTruthy();
    expect(screen.getAllByTestId('turn')).toHaveLength(1);
    expect(screen.queryByTestId('session-assessments')).toBeNull();
  });

  test('markup from a trace is shown as text and creates no elements', () => {
    const markup = sessions.Markup.turns[0]!;
    renderPanel(ready(markup.traceId));
    expect(screen.getByTestId('turn-input').textContent).toBe(markup.input);
    expect(screen.getByTestId('turn-output').textContent).toBe(markup.output);
    expect(document.querySelectorAll('img, script, b, a')).toHaveLength(0);
  });

  test('collapsed, it is a single button that brings it back', () => {
    const { props } = renderPanel(ready(sessions.A.turns[3]!.traceId), { collapsed: true });
    expect(screen.queryAllByTestId('turn')).toHaveLength(0);
    fireEvent.click(screen.getByTitle('Show the session panel'));
    expect(props.onToggleCollapsed).toHaveBeenCalledOnce();
  });
});

describe('what screen readers are told (a polite live region)', () => {
  test('loaded, the open turn moving, the root cause found, a write done and undone, a failure: each said once', () => {
    const a = sessions.A;
    const loading: PanelState = { kind: 'loading', traceId: a.turns[3]!.traceId };
    const listed = ready(a.turns[3]!.traceId) as ReadyState;
    expect(announcement(loading, listed)).toBe('Session of 6 turns loaded; turn 4 is open.');
    expect(announcement(listed, listed)).toBe('');
    const moved = { ...listed, openTraceId: a.turns[4]!.traceId };
    expect(announcement(listed, moved)).toBe('Turn 5 of 6 is open.');
    const analysed = turn2FoundFor(listed);
    expect(announcement(listed, analysed)).toBe('Root cause of turn 4: turn 2.');
    const writing: ReadyState = { ...analysed, write: { kind: 'writing' } };
    expect(announcement(writing, { ...analysed, written: { [a.turns[1]!.traceId]: 'a-1' } })).toBe('Written to MLflow.');
    expect(announcement({ ...writing, written: { [a.turns[1]!.traceId]: 'a-1' } }, analysed)).toBe('Removed from MLflow.');
    const failed: PanelState = { kind: 'error', traceId: 'tr-1', error: { kind: 'network', message: 'MLflow did not answer.' } };
    expect(announcement(listed, failed)).toBe('The session could not be read: MLflow did not answer.');
  });

  test("a root cause read with a judge's assumed polarity says which judge and how it was read, and offers to set it", () => {
    const listed = ready(sessions.A.turns[3]!.traceId) as ReadyState;
    const { actions } = renderPanel(
      turn2FoundFor(listed, [
        { name: 'instruction_following', polarity: 'yes-is-good' },
        { name: 'contains_pii', polarity: 'no-is-good' },
      ]),
    );
    expect(screen.getByTestId('assumed-judges').textContent).toBe(
      'Read as their names suggest, with nothing set for them in the options: instruction_following (“yes” is good), contains_pii (“no” is good). Set how to read them',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Set how to read them' }));
    expect(actions.openOptions).toHaveBeenCalledWith(listed.session.experimentId);
  });

  test('a turn header reads its values (the latency, not the word "latency"), and no span carries an aria-label', () => {
    const { container } = renderPanel(ready(sessions.A.turns[3]!.traceId));
    const header = container.querySelector<HTMLElement>('[data-index="1"] .turn-header')!;
    expect(header.textContent).toMatch(/Turn 1 of 6.*· latency \d+(\.\d+)? m?s/);
    expect(container.querySelectorAll('span[aria-label]')).toHaveLength(0);
  });

  test('the panel carries one polite status region', () => {
    renderPanel(ready(sessions.A.turns[3]!.traceId));
    expect(screen.getByTestId('announcer').getAttribute('aria-live')).toBe('polite');
  });

  test("search: the count is what the panel highlights, in inputs, outputs and rationales (scorer errors' only when shown)", async () => {
    for (const showScorerErrors of [false, true]) {
      for (const query of ['return', 'the', 'rate limit']) {
        renderPanel(ready(sessions.A.turns[3]!.traceId), { showScorerErrors });
        fireEvent.input(screen.getByTestId('search-input'), { target: { value: query } });
        const count = screen.getByTestId('search-count');
        await vi.waitFor(() => expect(count.textContent).not.toBe('Counting…'));
        const marks = document.querySelectorAll('mark.search-hit').length;
        const total = count.textContent === 'No matches' ? 0 : Number(/of ([\d,]+)/.exec(count.textContent!)![1]!.replace(/,/g, ''));
        expect({ query, showScorerErrors, marks }).toEqual({ query, showScorerErrors, marks: total });
        if (query === 'rate limit') expect(total).toBe(showScorerErrors ? 1 : 0);
        else expect(total).toBeGreaterThan(1);
        expect(document.querySelectorAll('mark.search-hit.current')).toHaveLength(total > 0 ? 1 : 0);
        cleanup();
      }
    }
  });

  test('the help lists the search box and the strip keys beside the shortcuts', () => {
    renderPanel(ready(sessions.A.turns[3]!.traceId));
    fireEvent.click(screen.getByTestId('help-toggle'));
    const help = screen.getByTestId('keyboard-help').textContent!;
    expect(help).toContain('in the search box: next, previous match');
    expect(help).toContain('on the judgement strip: turns, judges');
  });
});
