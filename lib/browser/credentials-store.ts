// The user's server credentials (lib/credentials.ts) in extension storage, read and changed by the worker
// and the options page only; the content script never imports this.
import { storage } from 'wxt/utils/storage';
import { parseCredentials, type CredentialsByOrigin, type ServerCredential } from '../credentials';

const credentialsItem = storage.defineItem<Record<string, unknown>>('local:credentials', { fallback: {} });

export async function readCredentials(): Promise<CredentialsByOrigin> {
  return parseCredentials(await credentialsItem.getValue());
}

export async function setCredential(origin: string, credential: ServerCredential | null): Promise<void> {
  const current = { ...(await readCredentials()) };
  if (credential) current[origin] = credential;
  else delete current[origin];
  await credentialsItem.setValue(current);
}

/** Called when credentials change: cached sessions read with the old ones must go. */
export function watchCredentials(callback: () => void): () => void {
  return credentialsItem.watch(callback);
}
