// Labels whose write failed, kept by the worker until one succeeds: the panel that asked may be gone (its tab
// closed mid-write), and the next panel on that session offers them again with the reason. Bounded in number
// and age; only the user's own words, in the extension's own storage.
import { z } from './zod';
import { MAX_LABEL_TEXT_CHARS } from './labels';

const MAX_KEPT = 50;
const KEPT_FOR_MS = 7 * 24 * 60 * 60 * 1000;

const unsavedLabelSchema = z.object({
  /** The MLflow UI's base URL (origin and path prefix) it was written from. */
  base: z.string().max(2000),
  workspace: z.string().max(63).nullable(),
  /** The trace the label goes on: the turn's own, or (a session label) the session's first turn. */
  traceId: z.string().max(256),
  scope: z.enum(['turn', 'session']),
  name: z.string().max(100),
  value: z.union([z.string().max(MAX_LABEL_TEXT_CHARS), z.number()]),
  rationale: z.string().max(MAX_LABEL_TEXT_CHARS),
  /** Why MLflow did not take it, as the panel showed it. */
  error: z.object({
    kind: z.string().max(40),
    message: z.string().max(4000),
    status: z.number().optional(),
    errorCode: z.string().max(200).optional(),
  }),
  at: z.number(),
});

export type UnsavedLabel = z.infer<typeof unsavedLabelSchema>;
export type LabelPlace = Pick<UnsavedLabel, 'base' | 'workspace' | 'traceId' | 'scope' | 'name'>;

const samePlace = (a: LabelPlace, b: LabelPlace) =>
  a.base === b.base && a.workspace === b.workspace && a.traceId === b.traceId && a.scope === b.scope && a.name === b.name;

/** What storage holds, as far as it can be read: anything malformed or too old is dropped. */
export function parseUnsavedLabels(stored: unknown, now: number): UnsavedLabel[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = unsavedLabelSchema.safeParse(entry);
    return parsed.success && now - parsed.data.at < KEPT_FOR_MS ? [parsed.data] : [];
  });
}

/** The list with this failed write in place of any earlier one for the same label; the newest kept first. */
export function withUnsavedLabel(list: readonly UnsavedLabel[], entry: UnsavedLabel): UnsavedLabel[] {
  return [entry, ...list.filter((kept) => !samePlace(kept, entry))].slice(0, MAX_KEPT);
}

/** The list without the label MLflow now has. */
export function withoutUnsavedLabel(list: readonly UnsavedLabel[], place: LabelPlace): UnsavedLabel[] {
  return list.filter((kept) => !samePlace(kept, place));
}
