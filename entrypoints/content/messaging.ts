// The content script's one door to the service worker. Types only from lib/protocol.ts (the worker parses
// every request); answers come back as plain data.
import { browser } from 'wxt/browser';
import { describeError } from '../../lib/json';
import type { Ask, Envelope, MessageKind, Reply } from '../../lib/protocol';

export const ask: Ask = async (kind, request) => {
  try {
    const envelope: Envelope = { kind, request };
    return (await browser.runtime.sendMessage(envelope)) as Reply<typeof kind>;
  } catch (error) {
    // The extension was reloaded or updated under this page: its old content script cannot talk any more.
    return {
      ok: false,
      error: { kind: 'internal', message: `Session Lens lost its connection (${describeError(error)}); reload the page.` },
    } satisfies Reply<MessageKind>;
  }
};
