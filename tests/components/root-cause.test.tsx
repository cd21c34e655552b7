// @vitest-environment happy-dom
// The root-cause box and the turn inspector, rendered from sessions recorded from a real MLflow server.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { PanelActionsContext } from '../../components/panel-actions';
import { RootCauseBox } from '../../components/RootCauseBox';
import { TurnInspector } from '../../components/TurnInspector';
import type { SessionAnalysis } from '../../lib/analysis/analyse';
import { createMlflowClient } from '../../lib/mlflow/client';
import { drawerBadgeText, type ReadyState } from '../../lib/panel/controller';
import { turnForShortcut } from '../../lib/panel/shortcuts';
import type { Session, TurnDetail } from '../../lib/model';
import { createSessionService } from '../../lib/service';
import { DEFAULT_READING, serverAt } from '../fixtures/reading';
import type { LabelledScenario, RootCauseScenario } from '../fixtures/scenarios';
import { fakeActions } from '../fixtures/panel-actions';
import { loadRecording, replayFetch } from '../fixtures/recording';
import { readyState } from '../fixtures/panel-state';

const recording = loadRecording<RootCauseScenario>('rootcause');
const { refundWindow } = recording.manifest;
let session: Session;
let analysis: SessionAnalysis;
let turn3: TurnDetail;

beforeAll(async () => {
  const sessions = createSessionService({
    createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: replayFetch(recording).fetch }),
  });
  const open = refundWindow.turns[4]!.traceId;
  session = await sessions.getSessionOfTrace(serverAt(recording.baseUrl), open, DEFAULT_READING);
  analysis = await sessions.getAnalysis(serverAt(recording.baseUrl), open, DEFAULT_READING);
  // Turn 3's spans were read for the analysis: its detail needs no request.
  turn3 = await sessions.getTurnDetail(serverAt(recording.baseUrl), refundWindow.turns[2]!.traceId, DEFAULT_READING);
});

afterEach(cleanup);

function renderBox() {
  const actions = fakeActions();
  render(
    <PanelActionsContext.Provider value={actions}>
      <RootCauseBox session={session} analysis={{ kind: 'ready', analysis }} write={{ kind: 'idle' }} written={{}} />
    </PanelActionsContext.Provider>,
  );
  return actions;
}

describe('RootCauseBox', () => {
  test('names the candidate with its evidence and opens it on click', () => {
    const actions = renderBox();
    expect(screen.getByText('Root cause of turn 5: turn 3')).toBeTruthy();
    expect(screen.getAllByTestId('evidence')[0]!.textContent).toContain('“60 days from delivery” from the retrieved document returns-2019');
    fireEvent.click(screen.getByRole('button', { name: 'Open turn 3' }));
    expect(actions.openTurn).toHaveBeenCalledWith(refundWindow.turns[2]!.traceId);
  });

  test('confirming asks for a one-line rationale, prefilled with the explanation, and says which turn it explains', () => {
    const actions = renderBox();
    fireEvent.click(screen.getByTestId('confirm-root-cause'));
    const input = screen.getByLabelText('Why this turn (saved with the assessment)') as HTMLInputElement;
    expect(input.value).toBe(analysis.rootCause.candidates[0]!.explanation);
    fireEvent.input(input, { target: { value: 'Quoted the 2019 policy.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Write to MLflow' }));
    expect(actions.confirmRootCause).toHaveBeenCalledWith(
      refundWindow.turns[2]!.traceId,
      'Quoted the 2019 policy.',
      refundWindow.turns[4]!.traceId,
    );
  });
});

describe('RootCauseBox, on sessions of the held-out sets', () => {
  async function renderSession(name: string, set = 'labelled-holdout-3') {
    const holdout = loadRecording<LabelledScenario>(set);
    const sessions = createSessionService({
      createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: replayFetch(holdout).fetch }),
    });
    const labelled = holdout.manifest.sessions.find((candidate) => candidate.name === name)!;
    const open = labelled.turns[labelled.openTurn - 1]!.traceId;
    const server = serverAt(holdout.baseUrl);
    const [loaded, analysed] = [
      await sessions.getSessionOfTrace(server, open, DEFAULT_READING),
      await sessions.getAnalysis(server, open, DEFAULT_READING),
    ];
    render(
      <PanelActionsContext.Provider value={fakeActions()}>
        <RootCauseBox session={loaded} analysis={{ kind: 'ready', analysis: analysed }} write={{ kind: 'idle' }} written={{}} />
      </PanelActionsContext.Provider>,
    );
    return screen.getAllByTestId('evidence').map((item) => item.textContent);
  }

  test('a claim the user disputed reads as such, with the sentence and the document it came from', async () => {
    const evidence = await renderSession('outdated-manual-printer-z-offset');
    expect(evidence[0]).toMatch(
      /^First said here, disputed by the user at turn 5:“Go to Settings > Calibrate > Z Offset .*” from the retrieved document p2-manual\/fw3\/z-offset$/,
    );
  });

  test('a tool call made with what the judges object to is shown with its arguments', async () => {
    const evidence = await renderSession('misread-sitter-without-dogs');
    expect(evidence[0]).toBe(
      'Called search_sitters({"city":"Bristol","from":"2026-08-03","to":"2026-08-10","pet":"cat","sitter_has_dogs":true}), with what the judges object to: “sitter”, “dog”.',
    );
  });

  test('a superseded document is shown with both versions and the words only the older one says', async () => {
    const evidence = await renderSession('outdated-thesis-word-limit-appendices', 'labelled-holdout-9');
    expect(evidence[0]).toBe(
      'Answered from kestrel-university/doctoral-regulations-2019/s7, though kestrel-university/doctoral-regulations-2025/s7, a newer version of it, was retrieved at turn 1: “100,000 words”, “bibliography and appendices”.',
    );
  });

  test('a tool result is shown with the names and numbers it said first, as it wrote them', async () => {
    const evidence = await renderSession('tool-wrong-location-frost-forecast', 'labelled-holdout-9');
    expect(evidence[0]).toMatch(/^The result of get_forecast said “.*North.*” first, in no one's words before it\.$/);
  });

  test('a user who changed the request is shown with the sentence that changed it', async () => {
    const evidence = await renderSession('changed-mind-rent-to-buy-upright', 'labelled-holdout-4');
    expect(evidence[0]).toBe(
      'The user changed the request here: “Forget the rental: have you got any second-hand uprights for around 1,500?” The session’s judges measured against the request before it.',
    );
  });
});

describe('TurnInspector', () => {
  test('the span tree with types and durations, and the documents the retriever returned', () => {
    render(<TurnInspector turn={session.turns[2]!} detail={{ kind: 'ready', detail: turn3 }} />);
    expect(screen.getAllByTestId('span').map((span) => span.dataset.spanName)).toEqual([
      'returns_assistant',
      'search_policies',
      'ChatOpenAI',
    ]);
    expect(screen.getAllByTestId('retrieved-document').map((document) => document.dataset.documentId)).toEqual([
      'returns-2019',
      'returns-2026',
    ]);
    expect(document.querySelectorAll('[data-failed="true"]')).toHaveLength(0);
  });
});

describe('keyboard targets and the drawer badge', () => {
  const ready = (openIndex: number): ReadyState =>
    readyState(session, session.turns[openIndex - 1]!.traceId, { analysis: { kind: 'ready', analysis } });

  test('previous, next and root cause, with nothing past either end', () => {
    expect(turnForShortcut(ready(5), 'previous')).toBe(session.turns[3]!.traceId);
    expect(turnForShortcut(ready(5), 'next')).toBeNull();
    expect(turnForShortcut(ready(1), 'previous')).toBeNull();
    expect(turnForShortcut(ready(1), 'root-cause')).toBe(session.turns[2]!.traceId);
    expect(turnForShortcut({ kind: 'loading', traceId: 'x' }, 'next')).toBeNull();
  });

  test('the badge says which turn of how many, and where the root cause is', () => {
    expect(drawerBadgeText(ready(5))).toEqual({ turn: 'turn 5/5', rootCause: 'cause: turn 3' });
    expect(drawerBadgeText(ready(3))).toEqual({ turn: 'turn 3/5', rootCause: 'root cause' });
    expect(drawerBadgeText({ ...ready(3), analysis: { kind: 'loading' } })).toEqual({ turn: 'turn 3/5', rootCause: null });
  });
});
