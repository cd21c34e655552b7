// How times, durations, values and errors read in the panel. The locale and time zone are parameters so tests are stable.
import type { PanelError } from '../protocol';

export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${ms} ms`;
  // Below 59.5 s one decimal cannot round up to 60.0 s; from there on it reads in whole minutes and seconds.
  if (ms < 59_500) return `${(ms / 1000).toFixed(ms < 9_995 ? 2 : 1)} s`;
  // Rounded to the second first, so 13 min 59.9 s reads 14 min, never 13 min 60 s.
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes < 60) return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}

export function formatTime(ms: number | null, locale?: string, timeZone?: string): string {
  if (ms === null) return '—';
  return new Date(ms).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone });
}

export function formatDateTime(ms: number | null, locale?: string, timeZone?: string): string {
  if (ms === null) return '—';
  return new Date(ms).toLocaleString(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    timeZone,
  });
}

/** `tr-1c42bfa434fb672a78dca07450d8c24c` reads as `tr-1c42bfa4…`. */
export function shortTraceId(traceId: string): string {
  return traceId.length > 14 ? `${traceId.slice(0, 11)}…` : traceId;
}

/** What went wrong, in one line: MLflow's status and code, or what kind of failure it was. */
export function errorHeading(error: PanelError): string {
  switch (error.kind) {
    case 'http':
      return `MLflow answered ${error.status ?? 'with an error'}${error.errorCode ? ` (${error.errorCode})` : ''}`;
    case 'timeout':
      return 'MLflow is too slow to answer';
    case 'network':
      return 'MLflow cannot be reached';
    case 'malformed':
      return 'MLflow sent an answer Session Lens cannot read';
    case 'too-large':
      return "MLflow's answer is too large to read";
    default:
      return 'Session Lens could not load this session';
  }
}

/** What the user can do about it, when the status says more than MLflow's message. */
export function errorAdvice(error: PanelError): string | null {
  if (error.kind !== 'http') return null;
  switch (error.status) {
    case 401:
      return 'MLflow asks who you are: sign in to MLflow in this browser (reload its page), then try again.';
    case 403:
      return 'Your MLflow user may not do this here: ask for permission on this experiment.';
    case 413:
      return 'The request was too large for MLflow or a proxy in front of it.';
    case 429:
      return error.retryAfterSeconds !== undefined
        ? `MLflow is busy and asks to wait ${error.retryAfterSeconds} s before trying again.`
        : 'MLflow is busy: wait a moment before trying again.';
    case 502:
    case 503:
    case 504:
      return 'MLflow, or a proxy in front of it, is not answering right now: try again in a moment.';
    default:
      return null;
  }
}

/** Why a write did not land: MLflow's status and message, and what to do about it. */
export function writeErrorText(error: PanelError): string {
  const what = error.kind === 'http' ? `${errorHeading(error)}: ${error.message}` : error.message;
  const advice = errorAdvice(error);
  const sentence = what.replace(/[.\s]*$/, '.');
  return advice ? `${sentence} ${advice}` : sentence;
}
