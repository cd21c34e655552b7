// A session as a file to keep or hand on: Markdown for a bug report or an LLM, JSON for a program (its
// schema is `sessionExportSchema`, published as docs/session-export.schema.json). Built in the service
// worker from the session and analysis it already holds. Trace text goes into fenced blocks, so whatever it
// contains reads as text wherever the Markdown is rendered.
import type { SessionAnalysis } from '../analysis/analyse';
import { evidenceText, sourcedPhraseText } from '../analysis/evidence-text';
import { scorerErrorCount, type Assessment, type Session, type ToolCall, type Turn } from '../model';
import { formatAssessmentValue, formatCount, plural } from '../text';
import { z } from '../zod';

const EXPORT_FORMAT = 'mlflow-session-lens/session@1';

const assessmentSchema = z.object({
  name: z.string(),
  value: z.unknown().describe('As MLflow holds it: string, number, boolean, object; null for a failed scorer'),
  rationale: z.string().nullable(),
  source: z.object({ type: z.string(), id: z.string().nullable() }),
  verdict: z.enum(['negative', 'positive', 'neutral', 'ambiguous', 'not-a-judgement']),
  scorerError: z.object({ code: z.string().nullable(), message: z.string() }).nullable(),
});

const textSchema = z
  .object({
    text: z.string(),
    truncated: z.boolean().describe('The server or the panel cut the text short: fullLength says how long it was'),
    fullLength: z.number().int(),
  })
  .nullable();

const toolCallSchema = z.object({ name: z.string(), arguments: z.string(), result: z.string().optional() });

export const sessionExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    server: z.string(),
    experimentId: z.string(),
    sessionId: z.string().nullable(),
    userId: z.string().nullable(),
    scorerErrorsIncluded: z.boolean(),
    scorerErrorsLeftOut: z.number().int(),
    sessionAssessments: z.array(assessmentSchema),
    turns: z.array(
      z.object({
        index: z.number().int().describe('1-based, oldest first'),
        traceId: z.string(),
        state: z.string(),
        startTime: z.string().nullable(),
        durationMs: z.number().nullable(),
        input: textSchema,
        output: textSchema,
        toolCalls: z.array(toolCallSchema).nullable().describe("null: this turn's spans were not read"),
        assessments: z.array(assessmentSchema),
      }),
    ),
    rootCause: z
      .object({
        failingTurn: z.number().int().nullable(),
        candidates: z.array(
          z.object({ index: z.number().int(), traceId: z.string(), explanation: z.string(), evidence: z.array(z.string()) }),
        ),
        note: z.string().nullable(),
      })
      .nullable()
      .describe('null: the analysis was not ready when the session was exported'),
  })
  .describe('A chat session read from MLflow by MLflow Session Lens');

export type SessionExport = z.infer<typeof sessionExportSchema>;

export interface ExportOptions {
  includeScorerErrors: boolean;
}

function keptAssessments(assessments: readonly Assessment[], { includeScorerErrors }: ExportOptions) {
  return assessments
    .filter((assessment) => includeScorerErrors || assessment.scorerError === null)
    .map(({ name, value, rationale, source, verdict, scorerError }) => ({
      name,
      value: value ?? null,
      rationale,
      source,
      verdict,
      scorerError,
    }));
}

function evidenceLines(candidate: SessionAnalysis['rootCause']['candidates'][number]): string[] {
  return candidate.evidence.map((evidence) =>
    evidence.kind === 'introduced-phrases'
      ? `${evidenceText(evidence)} ${evidence.phrases.map(sourcedPhraseText).join(', ')}`
      : evidenceText(evidence),
  );
}

export function sessionToJson(session: Session, analysis: SessionAnalysis | null, options: ExportOptions): SessionExport {
  const text = (turnText: Turn['input']) =>
    turnText
      ? {
          text: turnText.text,
          truncated: turnText.truncated || turnText.text.length < turnText.fullLength,
          fullLength: turnText.fullLength,
        }
      : null;
  return {
    format: EXPORT_FORMAT,
    server: session.baseUrl,
    experimentId: session.experimentId,
    sessionId: session.sessionId,
    userId: session.userId,
    scorerErrorsIncluded: options.includeScorerErrors,
    scorerErrorsLeftOut: options.includeScorerErrors ? 0 : scorerErrorCount(session),
    sessionAssessments: keptAssessments(session.sessionAssessments, options),
    turns: session.turns.map((turn) => ({
      index: turn.index,
      traceId: turn.traceId,
      state: turn.state,
      startTime: turn.startTime,
      durationMs: turn.durationMs,
      input: text(turn.input),
      output: text(turn.output),
      toolCalls: analysis?.toolCalls[turn.traceId] ?? null,
      assessments: keptAssessments(turn.assessments, options),
    })),
    rootCause: analysis
      ? {
          failingTurn: analysis.rootCause.target?.index ?? null,
          candidates: analysis.rootCause.candidates.map((candidate) => ({
            index: candidate.index,
            traceId: candidate.traceId,
            explanation: candidate.explanation,
            evidence: evidenceLines(candidate),
          })),
          note: analysis.rootCause.note,
        }
      : null,
  };
}

/** A fence longer than any run of backticks in the text, so the text cannot close it. */
function fenced(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${text}\n${fence}`;
}

/**
 * Markdown's own characters in one-line text (names, values, rationales) read as themselves: those that make
 * emphasis, code, links, tables or HTML. (An underscore inside a word is no emphasis, so names keep theirs.)
 */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*[\]<>|]|(?<!\w)_|_(?!\w)/g, (character) => `\\${character}`);
}

function assessmentLine(assessment: SessionExport['sessionAssessments'][number]): string {
  if (assessment.scorerError) return `- **${inline(assessment.name)}**: scorer error: ${inline(assessment.scorerError.message)}`;
  const source = assessment.source.id
    ? `${assessment.source.type.toLowerCase()} ${assessment.source.id}`
    : assessment.source.type.toLowerCase();
  const rationale = assessment.rationale ? `: ${inline(assessment.rationale)}` : '';
  return `- **${inline(assessment.name)}** = ${inline(formatAssessmentValue(assessment.value))} (${inline(source)})${rationale}`;
}

function toolCallLine(call: ToolCall): string {
  return `- \`${call.name.replace(/`/g, "'")}\`: ${inline(call.arguments)}${call.result !== undefined ? ` → ${inline(call.result)}` : ''}`;
}

export function sessionToMarkdown(session: Session, analysis: SessionAnalysis | null, options: ExportOptions): string {
  const data = sessionToJson(session, analysis, options);
  const lines: string[] = [];
  lines.push(`# Session ${data.sessionId ? inline(data.sessionId) : '(no session: one trace)'}`, '');
  lines.push(`- Server: ${data.server} · experiment ${inline(data.experimentId)}`);
  if (data.userId) lines.push(`- User: ${inline(data.userId)}`);
  lines.push(`- ${plural(data.turns.length, 'turn')}, oldest first${data.turns[0]?.startTime ? ` from ${data.turns[0].startTime}` : ''}`);
  if (data.scorerErrorsLeftOut > 0) lines.push(`- ${plural(data.scorerErrorsLeftOut, 'scorer error')} left out`);
  lines.push('');
  if (data.sessionAssessments.length > 0) lines.push('## Session assessments', '', ...data.sessionAssessments.map(assessmentLine), '');
  if (data.rootCause) {
    lines.push('## Root cause', '');
    const [best, ...others] = data.rootCause.candidates;
    if (best && data.rootCause.failingTurn !== null) {
      lines.push(
        `Turn ${data.rootCause.failingTurn} went wrong; the turn where it first went wrong: turn ${best.index}. ${inline(best.explanation)}`,
        '',
      );
      lines.push(...best.evidence.map((evidence) => `- ${inline(evidence)}`));
      if (others.length > 0) lines.push(`- Other candidates: ${others.map((candidate) => `turn ${candidate.index}`).join(', ')}`);
      lines.push('');
    }
    if (data.rootCause.note) lines.push(inline(data.rootCause.note), '');
  }
  for (const turn of data.turns) {
    const facts = [turn.traceId, turn.state, turn.startTime, turn.durationMs !== null ? `${Math.round(turn.durationMs)} ms` : null].filter(
      Boolean,
    );
    lines.push(`## Turn ${turn.index}`, '', facts.join(' · '), '');
    for (const [speaker, text] of [
      ['User', turn.input],
      ['Assistant', turn.output],
    ] as const) {
      lines.push(
        `**${speaker}**${text?.truncated ? ` (cut to ${formatCount(text.text.length)} of ${formatCount(text.fullLength)} characters)` : ''}`,
        '',
      );
      lines.push(text ? fenced(text.text) : '(not found in the trace)', '');
    }
    if (turn.toolCalls && turn.toolCalls.length > 0) lines.push('**Tool calls**', '', ...turn.toolCalls.map(toolCallLine), '');
    if (turn.assessments.length > 0) lines.push('**Assessments**', '', ...turn.assessments.map(assessmentLine), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
