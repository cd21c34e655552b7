// A real HTTP proxy in front of the real MLflow server, for fault tests: it forwards everything, and answers
// chosen requests with an error, a malformed body, a delay or a dropped connection instead. Faults hit only
// requests that do not come from the MLflow page itself (`Sec-Fetch-Site` other than same-origin), so
// MLflow's own UI keeps working while Session Lens's requests fail.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { requestUpstream } from './upstream';

type Fault =
  | { kind: 'status'; status: number; body: string; contentType?: string; headers?: Record<string, string> }
  /** Forward after a pause. */
  | { kind: 'delay'; ms: number }
  /** Close the connection before any answer. */
  | { kind: 'drop' }
  /** Forward MLflow's answer, but close the connection after `bytes` bytes of its body (its length says more). */
  | { kind: 'truncate'; bytes: number }
  /** Answer 200 with a `Content-Length` far above the body actually sent, then close. */
  | { kind: 'lying-length' }
  /** Send the status line and headers, then nothing for `ms` milliseconds. */
  | { kind: 'stall'; ms: number }
  /** Start the body, then reset the connection (TCP RST). */
  | { kind: 'reset' }
  /** Let MLflow carry out the request, then lose its answer: the caller cannot know it succeeded. */
  | { kind: 'lose-answer' }
  /** Forward once the faults are set again: a state in the middle of a read, kept for as long as a test looks at it. */
  | { kind: 'hold' };

export interface FaultRule {
  method?: string;
  /** Matched against the path and query, e.g. /traces\/search/. */
  path: RegExp;
  /** Matched against the request's body (read whole first), e.g. /DESC/ for searches newest first. */
  body?: RegExp;
  fault: Fault;
  /** This many matching requests pass untouched first (counted from when the rules were set). */
  after?: number;
}

export interface Exchange {
  /** Made by the MLflow page itself (`Sec-Fetch-Site: same-origin`), or by something else (Session Lens). */
  fromPage: boolean;
  method: string;
  path: string;
  /** The request's `Origin` header as it arrived (after any extension rule changed it), or null. */
  origin: string | null;
  /** Response body bytes as sent on the wire (compressed if the server compressed them). */
  bytes: number;
  startedAt: number;
  endedAt: number | null;
}

export interface FaultProxy {
  url: string;
  setFaults(rules: FaultRule[]): void;
  /** `METHOD path` of every API request from outside the page (Session Lens's), in order. */
  extensionRequests: string[];
  /** Every API exchange that went through, with its size: what the benchmark counts. */
  traffic: Exchange[];
  stop(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const targetUrl = new URL(target);
  let rules: FaultRule[] = [];
  /** Matching requests each rule has let pass (its `after`). */
  let passed = new Map<FaultRule, number>();
  /** Requests a `hold` fault keeps, forwarded when the faults are set again. */
  const held: (() => void)[] = [];
  const extensionRequests: string[] = [];
  const traffic: Exchange[] = [];

  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const path = incoming.url ?? '/';
    const fromPage = incoming.headers['sec-fetch-site'] === 'same-origin';
    const isApi = /ajax-api|\/api\//.test(path);
    if (!fromPage && isApi) extensionRequests.push(`${incoming.method} ${path}`);
    const origin = incoming.headers.origin ?? null;
    const exchange: Exchange = { fromPage, method: incoming.method ?? 'GET', path, origin, bytes: 0, startedAt: Date.now(), endedAt: null };
    if (isApi) traffic.push(exchange);
    const candidates = fromPage
      ? []
      : rules.filter((candidate) => (!candidate.method || candidate.method === incoming.method) && candidate.path.test(path));
    /** The body, when a rule looks at it: read whole, then sent on as it came. */
    let requestBody: Buffer | null = null;
    /** The browser's request sent on to MLflow; a connection that fails there drops the browser's. */
    const forward = (onAnswer: (answer: IncomingMessage) => void) => {
      const upstream = requestUpstream(targetUrl, { method: incoming.method, path, headers: incoming.headers }, onAnswer);
      upstream.on('error', () => outgoing.destroy());
      if (requestBody) upstream.end(requestBody);
      else incoming.pipe(upstream);
    };
    /** MLflow's real answer, cut off after `bytes` bytes of body. */
    const truncate = (bytes: number) =>
      forward((answer) => {
        const body: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => body.push(chunk));
        answer.on('end', () => {
          const whole = Buffer.concat(body);
          const headers = { ...answer.headers, 'content-length': String(whole.length) };
          delete headers['transfer-encoding'];
          outgoing.writeHead(answer.statusCode ?? 200, headers);
          outgoing.write(whole.subarray(0, bytes));
          setTimeout(() => incoming.socket.destroy(), 50);
        });
      });
    const pass = () =>
      forward((answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => (exchange.bytes += chunk.length));
        answer.on('end', () => (exchange.endedAt = Date.now()));
        answer.pipe(outgoing);
      });
    const applyRule = (rule: FaultRule | undefined) => {
      if (!rule) return pass();
      const seen = passed.get(rule) ?? 0;
      if (seen < (rule.after ?? 0)) {
        passed.set(rule, seen + 1);
        return pass();
      }
      const { fault } = rule;
      if (fault.kind === 'hold') return void held.push(pass);
      if (fault.kind === 'delay') return void setTimeout(pass, fault.ms);
      if (fault.kind === 'truncate') return truncate(fault.bytes);
      if (fault.kind === 'lose-answer') return truncate(0);
      incoming.resume();
      const socket = incoming.socket;
      switch (fault.kind) {
        case 'drop':
          return void socket.destroy();
        case 'lying-length':
          socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"traces": [');
          return void socket.end();
        case 'stall': {
          socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n');
          const timer = setTimeout(() => socket.destroy(), fault.ms);
          socket.on('close', () => clearTimeout(timer));
          return;
        }
        case 'reset':
          socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"traces": [{"trace_id": "tr-');
          return void setTimeout(() => socket.resetAndDestroy(), 50);
        case 'status':
          outgoing.writeHead(fault.status, { 'content-type': fault.contentType ?? 'application/json', ...fault.headers });
          return void outgoing.end(fault.body);
      }
    };
    if (!candidates.some((candidate) => candidate.body)) return applyRule(candidates[0]);
    const parts: Buffer[] = [];
    incoming.on('data', (part: Buffer) => parts.push(part));
    incoming.on('end', () => {
      requestBody = Buffer.concat(parts);
      const text = requestBody.toString('utf8');
      applyRule(candidates.find((candidate) => !candidate.body || candidate.body.test(text)));
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${targetUrl.pathname}`,
    setFaults: (next) => {
      rules = next;
      passed = new Map();
      for (const release of held.splice(0)) release();
    },
    extensionRequests,
    traffic,
    stop: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
