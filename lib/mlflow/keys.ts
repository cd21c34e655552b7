// The metadata, tag and span-attribute keys MLflow writes and Session Lens reads (verified on 3.17.2).

/** Trace metadata: the session a trace belongs to, and its user. */
export const SESSION_METADATA_KEY = 'mlflow.trace.session';
export const USER_METADATA_KEY = 'mlflow.trace.user';
/** JSON MLflow sums from the model spans of a trace (3.17.2): `{"input_tokens", "output_tokens", "total_tokens"}`. */
export const TOKEN_USAGE_METADATA_KEY = 'mlflow.trace.tokenUsage';
/** JSON, in USD (3.17.2): `{"input_cost", "output_cost", "total_cost"}`. */
export const COST_METADATA_KEY = 'mlflow.trace.cost';
/** Trace metadata: the root span's inputs and outputs, JSON cut at 250 characters. */
export const TRACE_INPUTS_METADATA_KEY = 'mlflow.traceInputs';
export const TRACE_OUTPUTS_METADATA_KEY = 'mlflow.traceOutputs';
/** Trace tag: the trace was made by a scorer judging the session, not by the app. */
export const SOURCE_SCORER_TAG = 'mlflow.trace.sourceScorer';

/** Span attributes (JSON-encoded values). */
export const SPAN_INPUTS = 'mlflow.spanInputs';
export const SPAN_OUTPUTS = 'mlflow.spanOutputs';
export const SPAN_TYPE = 'mlflow.spanType';

/**
 * MLflow's own free-text notes on a trace (3.17.2's assessments pane): HUMAN feedback with a string value, one
 * per person, found by its source id.
 */
export const NOTES_ASSESSMENT = 'mlflow.notes';

/** Session Lens's own human feedback: a person confirmed this turn is where the session went wrong. */
export const ROOT_CAUSE_ASSESSMENT = 'root_cause_turn';
/** Metadata of a confirmation: the failing turn it explains. */
export const EXPLAINS_METADATA_KEY = 'session_lens.explains_trace';
