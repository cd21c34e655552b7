// Wire shapes of MLflow's REST API, snake_case as the server sends them. Each schema lists only the fields
// the extension reads, so a field MLflow adds or drops elsewhere never breaks parsing. Verified against
// MLflow 3.17.2 by the recorded fixtures in tests/fixtures/recorded.
import { z } from '../zod';

const stringMap = z.record(z.string(), z.string());

const assessmentSourceSchema = z.object({
  source_type: z.string().default('SOURCE_TYPE_UNSPECIFIED'),
  source_id: z.string().optional(),
});

const assessmentErrorSchema = z.object({
  error_code: z.string().optional(),
  error_message: z.string().optional(),
  stack_trace: z.string().optional(),
});

const assessmentSchema = z.object({
  assessment_id: z.string(),
  assessment_name: z.string(),
  trace_id: z.string().optional(),
  span_id: z.string().optional(),
  source: assessmentSourceSchema.optional(),
  create_time: z.string().optional(),
  last_update_time: z.string().optional(),
  feedback: z
    .object({
      value: z.unknown().optional(),
      error: assessmentErrorSchema.optional(),
    })
    .optional(),
  expectation: z
    .object({
      value: z.unknown().optional(),
      serialized_value: z.object({ value: z.string().optional() }).optional(),
    })
    .optional(),
  rationale: z.string().optional(),
  metadata: stringMap.optional(),
  overrides: z.string().optional(),
  // MLflow omits `valid` when it is true.
  valid: z.boolean().optional(),
  // The pre-3.0 place of a scorer failure, still accepted by the server.
  error: assessmentErrorSchema.optional(),
});
export type WireAssessment = z.infer<typeof assessmentSchema>;

const traceStateSchema = z.string();

export const traceInfoSchema = z.object({
  trace_id: z.string(),
  trace_location: z
    .object({
      mlflow_experiment: z.object({ experiment_id: z.string() }).optional(),
    })
    .optional(),
  request_time: z.string().optional(),
  execution_duration: z.string().optional(),
  state: traceStateSchema.optional(),
  trace_metadata: stringMap.default({}),
  tags: stringMap.default({}),
  assessments: z.array(assessmentSchema).default([]),
  request_preview: z.string().optional(),
  response_preview: z.string().optional(),
});
export type WireTraceInfo = z.infer<typeof traceInfoSchema>;

export const getTraceInfoResponseSchema = z.object({
  trace: z.object({ trace_info: traceInfoSchema }),
});

// Each trace of a page is parsed on its own (lib/mlflow/client.ts): one unreadable trace costs that trace,
// not the session.
export const searchTracesResponseSchema = z.object({
  traces: z.array(z.unknown()).default([]),
  next_page_token: z.string().optional(),
});

// Spans are validated loosely here: MLflow has served several span formats over the years, and
// lib/trace/spans.ts turns each of them into one shape.
export const traceArtifactResponseSchema = z.object({
  spans: z.array(z.record(z.string(), z.unknown())).default([]),
});
export type WireSpan = z.infer<typeof traceArtifactResponseSchema>['spans'][number];

export const batchGetTracesResponseSchema = z.object({
  traces: z
    .array(
      z.object({
        trace_info: z.object({ trace_id: z.string() }),
        spans: z.array(z.record(z.string(), z.unknown())).default([]),
      }),
    )
    .default([]),
});

export const createAssessmentResponseSchema = z.object({
  assessment: z.object({ assessment_id: z.string() }),
});

export const serverInfoResponseSchema = z.object({
  workspaces_enabled: z.boolean().optional(),
});

/** For answers whose body the client does not read (DELETE answers `{}`). */
export const ignoredBodySchema = z.unknown();

export const errorBodySchema = z.object({
  error_code: z.string().optional(),
  message: z.string().optional(),
});
