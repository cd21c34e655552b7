// Small real servers in front of a real MLflow server, for the ways teams put MLflow behind something: HTTPS at
// a hostname (optionally under a sub-path), a sign-in proxy that admits requests by cookie (as oauth2-proxy
// does), and a gateway that wants a bearer token. Each forwards to MLflow unchanged otherwise.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestUpstream } from './upstream';

export interface Proxy {
  /** Where the proxy listens (its scheme, host as the browser names it, port and sub-path). */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface TestCertificate {
  cert: string;
  key: string;
  /** For Chromium's `--ignore-certificate-errors-spki-list`: the certificate is trusted by that profile only. */
  spkiSha256: string;
}

/** A self-signed certificate for the given host names, made with the system's openssl. */
export function makeCertificate(hostNames: readonly string[]): TestCertificate {
  const folder = mkdtempSync(join(tmpdir(), 'session-lens-tls-'));
  const [cert, key] = [join(folder, 'cert.pem'), join(folder, 'key.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=${hostNames[0]}`,
      '-addext',
      `subjectAltName=${hostNames.map((name) => `DNS:${name}`).join(',')}`,
    ],
    { stdio: 'ignore' },
  );
  const [pem, keyPem] = [readFileSync(cert, 'utf8'), readFileSync(key, 'utf8')];
  rmSync(folder, { recursive: true, force: true });
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return { cert: pem, key: keyPem, spkiSha256: createHash('sha256').update(spki).digest('base64') };
}

type Gate = (incoming: IncomingMessage) => { status: number; headers?: Record<string, string>; body?: string } | null;

interface ForwardOptions {
  target: string;
  /** Removed from the start of every path before it is forwarded (a reverse proxy at a sub-path). */
  stripPrefix?: string;
  /** Answers instead of MLflow when it returns something (a sign-in proxy refusing a request). */
  gate?: Gate;
  /** Headers removed before the request reaches MLflow (the gateway's own token). */
  dropHeaders?: string[];
}

function handler({ target, stripPrefix = '', gate, dropHeaders = [] }: ForwardOptions) {
  const targetUrl = new URL(target);
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const refusal = gate?.(incoming);
    if (refusal) {
      incoming.resume();
      outgoing.writeHead(refusal.status, { 'content-type': 'text/html', ...refusal.headers });
      return void outgoing.end(refusal.body ?? '');
    }
    const path = stripPrefix && incoming.url?.startsWith(stripPrefix) ? incoming.url.slice(stripPrefix.length - 1) : (incoming.url ?? '/');
    const headers = { ...incoming.headers };
    for (const name of dropHeaders) delete headers[name];
    const upstream = requestUpstream(targetUrl, { method: incoming.method, path, headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  };
}

async function listen(server: ReturnType<typeof createHttpServer>, urlOf: (port: number) => string): Promise<Proxy> {
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: urlOf(port),
    port,
    stop: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

/**
 * TLS in front of MLflow, reached as `https://<hostName>:<port><subPath>` (Chromium maps the name to the
 * loopback). The Host header goes through as the browser sent it, so MLflow's `--allowed-hosts` check applies.
 */
export async function startTlsProxy(target: string, certificate: TestCertificate, hostName: string, subPath = '/'): Promise<Proxy> {
  const server = createHttpsServer(
    { cert: certificate.cert, key: certificate.key },
    handler({ target, stripPrefix: subPath === '/' ? '' : subPath }),
  );
  return listen(server as unknown as ReturnType<typeof createHttpServer>, (port) => `https://${hostName}:${port}${subPath}`);
}

/**
 * A sign-in proxy: requests without its cookie are sent to its sign-in page (302), as oauth2-proxy does.
 * `validCookie` can be changed while it runs, which expires every session cookie issued before.
 */
export async function startCookieProxy(target: string, cookieName: string): Promise<Proxy & { validCookie: { value: string } }> {
  const validCookie = { value: 'signed-in-1' };
  const gate: Gate = (incoming) => {
    const cookies = Object.fromEntries((incoming.headers.cookie ?? '').split(/;\s*/).map((pair) => pair.split('=') as [string, string]));
    if (cookies[cookieName] === validCookie.value || incoming.url?.startsWith('/oauth2/')) return null;
    return { status: 302, headers: { location: `/oauth2/sign_in?rd=${encodeURIComponent(incoming.url ?? '/')}` } };
  };
  const proxy = await listen(createHttpServer(handler({ target, gate })), (port) => `http://127.0.0.1:${port}/`);
  return { ...proxy, validCookie };
}

/** A gateway that admits API requests only with `Authorization: Bearer <token>`, which it does not pass on. */
export async function startBearerProxy(target: string, token: string): Promise<Proxy> {
  const gate: Gate = (incoming) =>
    /ajax-api|\/api\//.test(incoming.url ?? '') && incoming.headers.authorization !== `Bearer ${token}`
      ? {
          status: 401,
          headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
          body: JSON.stringify({ error_code: 'UNAUTHENTICATED', message: 'A valid bearer token is required.' }),
        }
      : null;
  return listen(createHttpServer(handler({ target, gate, dropHeaders: ['authorization'] })), (port) => `http://127.0.0.1:${port}/`);
}
