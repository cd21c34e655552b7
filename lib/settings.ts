// The user's settings: their schema (parsed on every read: storage written by an older version, or edited by
// hand, must not break the extension) and pure functions that change them. Stored as one versioned item
// (lib/browser/settings-item.ts); this module is for the worker and the extension's own pages, never the
// content script (it brings zod).
import { z } from './zod';
import { own } from './json';
import type { JudgeSettings } from './judgement/polarity';
import { DIMENSIONS, type Dimension, type LabelDefinition, type Polarity } from './model';
import type { AttributeOverride } from './turn-text/discover';
import { DEFAULT_LABEL_SET } from './labels';

const attributeKey = z.string().trim().max(200);

const overrideSchema = z.object({
  input: attributeKey.optional(),
  output: attributeKey.optional(),
});

/** An assessment name as MLflow's UI shows it: letters, digits and a few separators. */
const labelNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\w][\w .:/-]*$/, 'letters, digits, spaces and . : / - _ only');
const choiceSchema = z.string().trim().min(1).max(100);

const labelKindSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pass-fail') }),
  z.object({ type: z.literal('yes-no') }),
  z.object({
    type: z.literal('choice'),
    options: z
      .array(choiceSchema)
      .min(2)
      .max(12)
      .refine((options) => new Set(options).size === options.length, 'each option once'),
  }),
  z
    .object({ type: z.literal('number'), min: z.number().finite(), max: z.number().finite() })
    .refine((kind) => kind.min < kind.max, 'the lowest value must be below the highest'),
  z.object({ type: z.literal('text') }),
]);

const labelDefinitionSchema = z.object({ name: labelNameSchema, scope: z.enum(['turn', 'session']), kind: labelKindSchema });

export const labelSetSchema = z
  .array(labelDefinitionSchema)
  .max(20)
  .refine(
    (labels) => new Set(labels.map((label) => `${label.scope} ${label.name}`)).size === labels.length,
    'each label name once per turn and once per session',
  );

// Each field falls back to its default on its own: one unreadable entry must not cost the user every setting.
const settingsSchema = z.object({
  /** Servers (origins, like `http://127.0.0.1:5000`) where the user turned Session Lens off. */
  disabledOrigins: z.array(z.string().max(2048)).catch([]),
  /** Attribute keys chosen by the user, per server origin and experiment id. */
  overrides: z.record(z.string(), z.record(z.string(), overrideSchema)).catch({}),
  /** How to read assessment names that are not MLflow's built-in judges. */
  polarities: z.record(z.string().max(200), z.enum(['yes-is-good', 'no-is-good'])).catch({}),
  /** What those judges look at (facts, relevance…), so the root-cause chain knows what their "yes" covers. */
  dimensions: z.record(z.string().max(200), z.enum(DIMENSIONS)).catch({}),
  /** The name written as the source of the user's root-cause confirmations and labels. */
  reviewerName: z.string().trim().max(200).catch(''),
  /** What the user can label, per server origin and experiment id (else DEFAULT_LABEL_SET). */
  labelSets: z.record(z.string(), z.record(z.string(), labelSetSchema)).catch({}),
});

export type Settings = z.infer<typeof settingsSchema>;

export function parseSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

/** What the worker needs of the settings to read one server's sessions, handed down as plain values. */
export interface ReadingSettings {
  /** Attribute overrides of this server, by experiment id. */
  overrides: Readonly<Record<string, AttributeOverride>>;
  judges: JudgeSettings;
  /** The source id the user's own assessments are written under. */
  reviewerName: string;
  /** This server's label sets, by experiment id. */
  labelSets: Readonly<Record<string, readonly LabelDefinition[]>>;
}

/** What the user can label in an experiment: its own set, or the default one. */
export function labelSetOf(labelSets: ReadingSettings['labelSets'], experimentId: string): readonly LabelDefinition[] {
  return own(labelSets, experimentId) ?? DEFAULT_LABEL_SET;
}

/** Written as the source of a user's assessments when they have not named themselves in the options. */
export const DEFAULT_REVIEWER = 'Session Lens user';

export function readingSettingsFor(settings: Settings, origin: string): ReadingSettings {
  const overrides: Record<string, AttributeOverride> = {};
  for (const [experimentId, override] of Object.entries(own(settings.overrides, origin) ?? {})) {
    if (override.input || override.output)
      overrides[experimentId] = { input: override.input || undefined, output: override.output || undefined };
  }
  const labelSets = own(settings.labelSets, origin) ?? {};
  // A yes/no label asks "is it good?": its yes is good, unless the user said otherwise for that name.
  const labelPolarities: Record<string, Polarity> = {};
  for (const label of Object.values(labelSets).flat()) if (label.kind.type === 'yes-no') labelPolarities[label.name] = 'yes-is-good';
  return {
    overrides,
    judges: { polarities: { ...labelPolarities, ...settings.polarities }, dimensions: settings.dimensions },
    reviewerName: settings.reviewerName || DEFAULT_REVIEWER,
    labelSets,
  };
}

export function isOriginDisabled(settings: Settings, origin: string): boolean {
  return settings.disabledOrigins.includes(origin);
}

export function withOriginEnabled(settings: Settings, origin: string, enabled: boolean): Settings {
  const others = settings.disabledOrigins.filter((disabled) => disabled !== origin);
  return { ...settings, disabledOrigins: enabled ? others : [...others, origin] };
}

export function withOverride(settings: Settings, origin: string, experimentId: string, override: AttributeOverride | null): Settings {
  const ofServer = { ...settings.overrides[origin] };
  if (override && (override.input || override.output))
    ofServer[experimentId] = { input: override.input || undefined, output: override.output || undefined };
  else delete ofServer[experimentId];
  const overrides = { ...settings.overrides, [origin]: ofServer };
  if (Object.keys(ofServer).length === 0) delete overrides[origin];
  return { ...settings, overrides };
}

/** Gives an experiment its own label set; null goes back to the default set. */
export function withLabelSet(
  settings: Settings,
  origin: string,
  experimentId: string,
  labels: readonly LabelDefinition[] | null,
): Settings {
  const ofServer = { ...settings.labelSets[origin] };
  if (labels) ofServer[experimentId] = [...labels];
  else delete ofServer[experimentId];
  const labelSets = { ...settings.labelSets, [origin]: ofServer };
  if (Object.keys(ofServer).length === 0) delete labelSets[origin];
  return { ...settings, labelSets };
}

/** How to read a judge that is not built in; null forgets its reading. */
export function withJudgeReading(
  settings: Settings,
  name: string,
  reading: { polarity: Polarity; dimension: Dimension | null } | null,
): Settings {
  const polarities = { ...settings.polarities };
  const dimensions = { ...settings.dimensions };
  delete polarities[name];
  delete dimensions[name];
  if (reading) polarities[name] = reading.polarity;
  if (reading?.dimension) dimensions[name] = reading.dimension;
  return { ...settings, polarities, dimensions };
}
