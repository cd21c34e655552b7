// Where Session Lens runs without asking: every port of the local machine, where `mlflow server` and
// `mlflow ui` listen by default. Match patterns ignore the port.
export const DEFAULT_HOST_PATTERNS = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The match pattern that grants access to one origin, for `permissions.contains`/`request`. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
