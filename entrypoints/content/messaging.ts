// The content script's one door to the service worker. Types only from lib/protocol.ts (the worker parses
// every request); answers come back as plain data, a long one in pieces put back together here.
import { browser } from 'wxt/browser';
import { describeError } from '../../lib/json';
import type { Ask, Envelope, MessageKind, Reply, RequestOf, WireReply } from '../../lib/protocol';

function send<Kind extends MessageKind>(kind: Kind, request: RequestOf<Kind>): Promise<WireReply> {
  const envelope: Envelope<Kind> = { kind, request };
  return browser.runtime.sendMessage(envelope) as Promise<WireReply>;
}

export const ask: Ask = async (kind, request) => {
  try {
    const reply = await send(kind, request);
    if (!reply.ok || !('chunked' in reply)) return reply as Reply<typeof kind>;
    // All pieces asked for at once: one after another, 17 pieces of a 5,000-turn session took 700 ms.
    const { id, count } = reply.chunked;
    const pieces = (await Promise.all(
      Array.from({ length: count }, (_, index) => send('reply/chunk', { id, index })),
    )) as Reply<'reply/chunk'>[];
    const texts: string[] = [];
    for (const piece of pieces) {
      if (!piece.ok) return piece;
      texts.push(piece.value);
    }
    return JSON.parse(texts.join('')) as Reply<typeof kind>;
  } catch (error) {
    // The service worker stopped mid-answer (Chrome stops idle workers), or the extension was updated under
    // this page. Asking again starts the worker again; only an updated extension needs the page reloaded.
    const reloaded = browser.runtime.id === undefined;
    const message = reloaded
      ? `Session Lens was updated or reloaded (${describeError(error)}); reload the page.`
      : `Session Lens's service worker stopped before it answered (${describeError(error)}); try again.`;
    return { ok: false, error: { kind: 'internal', message } } satisfies Reply<MessageKind>;
  }
};
