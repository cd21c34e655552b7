// Which servers Session Lens runs on. Without asking: every port of the local machine, where `mlflow server`
// and `mlflow ui` listen by default. Any other server once the user enables it, which grants the extension
// that host (any port: match patterns have none) for its scheme.
export const DEFAULT_HOST_PATTERNS = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The match pattern that grants access to one origin, for `permissions.contains`/`request`/`remove`. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The origin an http(s) URL belongs to, or null for anything else (a browser page, an extension page, junk). */
export function webOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Whether Session Lens runs on this origin without being asked (and so cannot be disabled by permission). */
export function isDefaultOrigin(origin: string): boolean {
  return DEFAULT_HOST_PATTERNS.includes(originPattern(origin));
}

/** The servers the user enabled, as `scheme://host`, from the extension's granted match patterns. */
export function enabledServersOf(patterns: readonly string[]): string[] {
  const servers = patterns.flatMap((pattern) => {
    if (DEFAULT_HOST_PATTERNS.includes(pattern)) return [];
    const match = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
    return match ? [`${match[1]}://${match[2]}`] : [];
  });
  return [...new Set(servers)].sort();
}
