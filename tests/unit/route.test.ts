import { describe, expect, test } from 'vitest';
import { parseMlflowUrl, urlForTrace, type MlflowRoute } from '../../lib/route';

const TRACE = 'tr-1c42bfa434fb672a78dca07450d8c24c';

// Each URL was produced by MLflow 3.17.2's own UI (or is one it accepts), with what Session Lens reads from it.
const ROUTES: [string, MlflowRoute][] = [
  [
    `http://127.0.0.1:5000/#/experiments/1/traces?traceId=${TRACE}`,
    { base: 'http://127.0.0.1:5000/', experimentId: '1', traceId: TRACE, sessionId: null, page: 'traces', workspace: null },
  ],
  [
    `http://localhost:8080/#/experiments/7/traces?selectedEvaluationId=${TRACE}`,
    { base: 'http://localhost:8080/', experimentId: '7', traceId: TRACE, sessionId: null, page: 'traces', workspace: null },
  ],
  [
    `http://127.0.0.1:5000/#/experiments/1/traces/${TRACE}`,
    { base: 'http://127.0.0.1:5000/', experimentId: '1', traceId: TRACE, sessionId: null, page: 'traces', workspace: null },
  ],
  [
    `http://127.0.0.1:5000/mlflow/#/experiments/3/traces?traceId=${TRACE}&x=1`,
    { base: 'http://127.0.0.1:5000/mlflow/', experimentId: '3', traceId: TRACE, sessionId: null, page: 'traces', workspace: null },
  ],
  [
    `http://127.0.0.1:5000/#/experiments/2/chat-sessions/sess%20it's%20%C3%BC?selectedTraceId=${TRACE}`,
    { base: 'http://127.0.0.1:5000/', experimentId: '2', traceId: TRACE, sessionId: "sess it's ü", page: 'chat-sessions', workspace: null },
  ],
  [
    'http://127.0.0.1:5000/#/experiments/2/chat-sessions/s-1',
    { base: 'http://127.0.0.1:5000/', experimentId: '2', traceId: null, sessionId: 's-1', page: 'chat-sessions', workspace: null },
  ],
  // MLflow 3.2.0's Traces tab (the runs page in traces mode), as its UI wrote it after a click on a row.
  [
    `http://127.0.0.1:5000/#/experiments/1?searchFilter=&orderByKey=attributes.start_time&compareRunsMode=TRACES&selectedTraceId=${TRACE}`,
    { base: 'http://127.0.0.1:5000/', experimentId: '1', traceId: TRACE, sessionId: null, page: 'traces', workspace: null },
  ],
  [
    `http://127.0.0.1:5000/#/experiments/1?compareRunsMode=CHART&selectedTraceId=${TRACE}`,
    { base: 'http://127.0.0.1:5000/', experimentId: '1', traceId: null, sessionId: null, page: 'other', workspace: null },
  ],
  [
    'http://127.0.0.1:5000/#/experiments/1/traces',
    { base: 'http://127.0.0.1:5000/', experimentId: '1', traceId: null, sessionId: null, page: 'traces', workspace: null },
  ],
  [
    `http://127.0.0.1:5000/#/experiments/1/overview/usage?traceId=${TRACE}`,
    { base: 'http://127.0.0.1:5000/', experimentId: '1', traceId: null, sessionId: null, page: 'other', workspace: null },
  ],
  [
    'http://127.0.0.1:5000/#/experiments',
    { base: 'http://127.0.0.1:5000/', experimentId: null, traceId: null, sessionId: null, page: 'other', workspace: null },
  ],
  [
    'http://127.0.0.1:5000/',
    { base: 'http://127.0.0.1:5000/', experimentId: null, traceId: null, sessionId: null, page: 'other', workspace: null },
  ],
  // Workspaces (3.17.2 with --enable-workspaces): the UI writes the selected one into every route.
  [
    `https://mlflow.example.test/ml/mlflow/#/experiments/2/traces?workspace=team-b&traceId=${TRACE}`,
    {
      base: 'https://mlflow.example.test/ml/mlflow/',
      experimentId: '2',
      traceId: TRACE,
      sessionId: null,
      page: 'traces',
      workspace: 'team-b',
    },
  ],
  // A workspace name MLflow would refuse never reaches a request header.
  [
    `http://127.0.0.1:5000/#/experiments/2/traces?workspace=Team%0D%0AX-Evil:1&traceId=${TRACE}`,
    { base: 'http://127.0.0.1:5000/', experimentId: '2', traceId: TRACE, sessionId: null, page: 'traces', workspace: null },
  ],
];

describe('parseMlflowUrl', () => {
  test.each(ROUTES)('%s', (url, expected) => {
    expect(parseMlflowUrl(url)).toEqual(expected);
  });

  test('no open trace on any URL whose route opens none (cross-check of every table entry)', () => {
    for (const [url, expected] of ROUTES) {
      const route = parseMlflowUrl(url)!;
      expect(route.traceId !== null).toBe(expected.traceId !== null);
      expect(route.page === 'chat-sessions').toBe(url.includes('/chat-sessions/'));
    }
  });

  test('not an MLflow URL', () => {
    expect(parseMlflowUrl('chrome-extension://abc/popup.html')).toBeNull();
    expect(parseMlflowUrl('not a url')).toBeNull();
  });
});

describe('urlForTrace', () => {
  const OTHER = 'tr-ffffffffffffffffffffffffffffffff';

  test('keeps the parameter the page uses, and the rest of the query', () => {
    expect(urlForTrace(`http://127.0.0.1:5000/#/experiments/1/traces?traceId=${TRACE}&x=1`, OTHER)).toBe(
      `http://127.0.0.1:5000/#/experiments/1/traces?x=1&traceId=${OTHER}`,
    );
    expect(urlForTrace(`http://127.0.0.1:5000/#/experiments/1?compareRunsMode=TRACES&selectedTraceId=${TRACE}`, OTHER)).toBe(
      `http://127.0.0.1:5000/#/experiments/1?compareRunsMode=TRACES&selectedTraceId=${OTHER}`,
    );
    expect(urlForTrace(`http://127.0.0.1:5000/#/experiments/1/traces?selectedEvaluationId=${TRACE}`, OTHER)).toBe(
      `http://127.0.0.1:5000/#/experiments/1/traces?selectedEvaluationId=${OTHER}`,
    );
  });

  test('stays on the chat-sessions page', () => {
    expect(urlForTrace(`http://127.0.0.1:5000/#/experiments/2/chat-sessions/s-1?selectedTraceId=${TRACE}`, OTHER)).toBe(
      `http://127.0.0.1:5000/#/experiments/2/chat-sessions/s-1?selectedTraceId=${OTHER}`,
    );
  });

  test('leaves the trace path form for the query form', () => {
    expect(urlForTrace(`http://127.0.0.1:5000/p/#/experiments/1/traces/${TRACE}`, OTHER)).toBe(
      `http://127.0.0.1:5000/p/#/experiments/1/traces?traceId=${OTHER}`,
    );
  });

  test('round-trips through parseMlflowUrl', () => {
    for (const [url, expected] of ROUTES) {
      if (!expected.experimentId) continue;
      const next = parseMlflowUrl(urlForTrace(url, OTHER))!;
      expect(next.traceId).toBe(OTHER);
      expect(next.experimentId).toBe(expected.experimentId);
    }
  });
});
