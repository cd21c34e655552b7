// How times, durations and values read in the panel. The locale and time zone are parameters so tests are stable.

export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
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

/** How a value reads in one line: strings as they are, everything else as compact JSON. */
export function formatAssessmentValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
