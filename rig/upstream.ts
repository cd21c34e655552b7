// Requests from the rig's proxies to the MLflow server behind them.
import { request, type ClientRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';

/**
 * A request to the server behind a proxy, on a connection of its own. Node 20's global agent keeps idle
 * connections for 5 s and uvicorn (MLflow's server) closes them after 5 s: on a loaded machine, where Node's
 * timer fires late, a request can go out on a connection the server has just closed and fail with ECONNRESET;
 * the proxy could then only drop the browser's request. (Not reproduced on an idle machine: 30 of 30 requests
 * 4.95–5.05 s apart went through. A fault test once saw MLflow's page fail to show its drawer through this proxy.)
 */
export function requestUpstream(
  target: URL,
  { method, path, headers }: { method?: string; path: string; headers: IncomingHttpHeaders },
  onAnswer: (answer: IncomingMessage) => void,
): ClientRequest {
  return request({ host: target.hostname, port: target.port, method, path, headers, agent: false }, onAnswer);
}
