// What the user gave Session Lens to sign in to a server its browser does not share a sign-in with: a user
// name and password (MLflow's basic-auth app) or a token (a proxy that wants a bearer token). Kept per origin,
// apart from the settings (the content script watches those; it never reads these), sent only to that origin.
import { own } from './json';
import { z } from './zod';

const credentialSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('basic'), username: z.string().min(1).max(256), password: z.string().max(1024) }),
  z.object({ kind: z.literal('bearer'), token: z.string().min(1).max(8192) }),
]);

export type ServerCredential = z.infer<typeof credentialSchema>;

/** By origin (`https://mlflow.example.test`); each entry parsed on its own, an unreadable one dropped. */
export type CredentialsByOrigin = Readonly<Record<string, ServerCredential>>;

export function parseCredentials(stored: unknown): CredentialsByOrigin {
  const entries = Object.entries(stored !== null && typeof stored === 'object' ? stored : {});
  return Object.fromEntries(
    entries.flatMap(([origin, value]) => {
      const parsed = credentialSchema.safeParse(value);
      return parsed.success ? [[origin, parsed.data] as const] : [];
    }),
  );
}

export function credentialFor(credentials: CredentialsByOrigin, origin: string): ServerCredential | null {
  return own(credentials, origin) ?? null;
}

/** The `Authorization` header a credential makes. Basic credentials are UTF-8, as browsers send them. */
export function authorizationOf(credential: ServerCredential): string {
  if (credential.kind === 'bearer') return `Bearer ${credential.token}`;
  const bytes = new TextEncoder().encode(`${credential.username}:${credential.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/** Who the requests go as, for cache keys: the browser's own sign-in, or the credential given to Session Lens. */
export function identityOf(credential: ServerCredential | null): string {
  if (!credential) return 'browser';
  if (credential.kind === 'basic') return `basic:${credential.username}`;
  // A token is not kept in a cache key; a short fingerprint tells two tokens apart.
  let hash = 0;
  for (const character of credential.token) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) | 0;
  return `bearer:${(hash >>> 0).toString(36)}`;
}

/** What the panel and the options page may show of a credential: never the secret. */
export function describeCredential(credential: ServerCredential): string {
  return credential.kind === 'basic' ? `signed in as ${credential.username}` : 'sent a token';
}
