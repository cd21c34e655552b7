"""Logs one trace with the span layouts the panel reads (a root turn, a retriever, a failing tool) through
whatever MLflow version runs this script. Used to record the span formats older MLflow versions wrote.

Usage: seed_legacy.py --tracking-uri URL --out manifest.json
"""

import argparse
import json
import time

import mlflow

QUESTION, ANSWER, TOOL_ERROR = "Which plan includes SSO?", "The premium plan includes SSO.", "tool exploded: ledger unreachable"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tracking-uri", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    mlflow.set_tracking_uri(args.tracking_uri)
    experiment_id = mlflow.set_experiment("Legacy span formats").experiment_id

    @mlflow.trace(name="chat_turn", span_type="CHAIN")
    def chat_turn(question):
        with mlflow.start_span(name="lookup_plans", span_type="RETRIEVER") as span:
            span.set_inputs({"query": question})
            span.set_outputs([{"page_content": "Premium: SSO, priority support.", "metadata": {"doc_id": "plans"}}])
        try:
            with mlflow.start_span(name="billing_tool", span_type="TOOL") as span:
                span.set_inputs({"plan": "premium"})
                raise RuntimeError(TOOL_ERROR)
        except RuntimeError:
            pass
        return ANSWER

    chat_turn(QUESTION)
    if hasattr(mlflow, "flush_trace_async_logging"):
        mlflow.flush_trace_async_logging()
    # MLflow 2.x has no get_last_active_trace_id, and writes trace data in the background: ask the server
    # until the trace is complete.
    for _ in range(30):
        found = mlflow.MlflowClient().search_traces(experiment_ids=[experiment_id], max_results=1)
        if found:
            break
        time.sleep(0.5)
    trace_id = getattr(found[0].info, "trace_id", None) or found[0].info.request_id
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump({"mlflowVersion": mlflow.__version__, "traceId": trace_id, "input": QUESTION, "output": ANSWER, "toolError": TOOL_ERROR,
                   "spanNames": ["chat_turn", "lookup_plans", "billing_tool"]}, out, indent=2)


if __name__ == "__main__":
    main()
