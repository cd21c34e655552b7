"""Seeds a real MLflow tracking server with chat sessions through MLflow's own Python client.

Usage: seed.py --tracking-uri http://127.0.0.1:5000 --out manifest.json [--scenarios base,shapes]

Each scenario logs traces exactly as an instrumented application would, then writes what it logged (trace
ids, the texts of every turn, the assessments) to the manifest, which the end-to-end tests read as the
expected values.
"""

import argparse
import json
import os
import time

# MLflow's client starts its telemetry in a thread that sets and unsets an environment variable
# (_MLFLOW_TELEMETRY_SESSION_ID) while the main thread may be iterating os.environ (requests' proxy lookup):
# a KeyError failed one CI seed. The rig sends nothing anywhere: telemetry off, before mlflow is imported.
os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")

import mlflow
from mlflow.entities import AssessmentError, AssessmentSource

from hostile import seed_hostile
from labelled import seed_labelled
from labelled_holdout import seed_labelled_holdout
from labelled_holdout2 import seed_labelled_holdout2
from labelled_holdout3 import seed_labelled_holdout3
from labelled_holdout4 import seed_labelled_holdout4
from labelled_holdout5 import seed_labelled_holdout5
from labelled_holdout6 import seed_labelled_holdout6
from labelled_holdout7 import seed_labelled_holdout7
from labelled_holdout8 import seed_labelled_holdout8
from labelled_holdout9 import seed_labelled_holdout9
from labelled_holdout10 import seed_labelled_holdout10
from labelled_holdout11 import seed_labelled_holdout11
from rootcause import seed_rootcause
from shapes import seed_shapes
from workspaces import seed_workspace

SESSION_KEY = "mlflow.trace.session"
USER_KEY = "mlflow.trace.user"
JUDGE = AssessmentSource(source_type="LLM_JUDGE", source_id="openai:/gpt-4o-mini")

SUPPORT_A = [
    (
        "Hi, I bought a pair of trail running shoes two weeks ago. Can I still return them?",
        "Yes. Unworn items can be returned within 30 days of delivery, so you still have about two weeks.",
    ),
    (
        "They've been worn once on a treadmill. Does that matter?",
        "Lightly worn shoes can still be returned within 60 days, and the refund goes back to your card.",
    ),
    (
        "Great. How do I start the return?",
        "Go to Orders, pick the order and choose \"Return item\". You'll get a prepaid label by email.",
    ),
    (
        "I don't see a \"Return item\" button on the order page.",
        "The button only appears once the order is marked Delivered. Yours still shows In transit, so the carrier never confirmed delivery.",
    ),
    (
        "That's wrong, I've had them for two weeks! This is getting frustrating.",
        "Sorry about that. I've asked the carrier to confirm delivery; the button should appear within 24 hours.",
    ),
    (
        "OK. Will the return label cost me anything?",
        "No, the prepaid return label is free.",
    ),
]

SUPPORT_B = [
    ("Do you ship to Norway?", "Yes, we ship to Norway. Delivery takes 5 to 8 working days."),
    ("Are there customs fees?", "Orders to Norway over 3,000 NOK may be charged import VAT by Norwegian customs on delivery."),
    ("Can I pay the VAT in advance?", "Not yet: Norwegian customs collects it from you when the parcel arrives."),
]

# Trace content is untrusted: the panel must show this as text and run none of it.
MARKUP = (
    '<img src=x onerror="window.__lensInjected = 1"> What does <b>bold</b> do?',
    '<script>window.__lensInjected = 2</script>It makes text **bold**: <a href="javascript:window.__lensInjected=3">click</a>',
)

NO_SESSION = (
    "Summarise our shipping policy in one sentence.",
    "We ship to most of Europe within 2 to 8 working days, free over 50 EUR.",
)

POLICY_DOCS = [
    {"id": "returns-2024", "text": "Items may be returned within 30 days of delivery. Worn items are refunded as store credit."},
    {"id": "labels", "text": "Prepaid return labels are free for all returns."},
]


def model_usage(messages, answer):
    """Tokens and cost of one model call, made up but fixed: a token per word plus 4 per message, at
    gpt-4o-mini's list prices (0.15 and 0.60 USD per million tokens)."""
    input_tokens = sum(len(str(message["content"]).split()) + 4 for message in messages)
    output_tokens = len(answer.split()) + 4
    input_cost, output_cost = input_tokens * 0.15e-6, output_tokens * 0.6e-6
    return {
        "tokens": {"input_tokens": input_tokens, "output_tokens": output_tokens, "total_tokens": input_tokens + output_tokens},
        "cost": {"input_cost": input_cost, "output_cost": output_cost, "total_cost": input_cost + output_cost},
    }


def support_turn(session_id, user_id, question, answer, history):
    """One turn of a retrieval-augmented support bot: a root span with the turn, a retriever and a model call."""

    @mlflow.trace(name="support_chat", span_type="CHAIN")
    def support_chat(question: str) -> str:
        metadata = {SESSION_KEY: session_id, USER_KEY: user_id} if session_id else {}
        if metadata:
            mlflow.update_current_trace(metadata=metadata)
        with mlflow.start_span(name="retrieve_policy", span_type="RETRIEVER") as span:
            span.set_inputs({"query": question})
            span.set_outputs([{"page_content": doc["text"], "metadata": {"doc_id": doc["id"]}} for doc in POLICY_DOCS])
        with mlflow.start_span(name="generate_answer", span_type="CHAT_MODEL") as span:
            messages = [{"role": "system", "content": "You are a helpful returns assistant."}, *history, {"role": "user", "content": question}]
            span.set_inputs({"messages": messages, "model": "gpt-4o-mini"})
            time.sleep(0.02)
            span.set_outputs({"choices": [{"index": 0, "message": {"role": "assistant", "content": answer}}]})
            # What an autologged model call records; MLflow sums them into the trace's tokenUsage and cost.
            usage = model_usage(messages, answer)
            span.set_attribute("mlflow.chat.tokenUsage", usage["tokens"])
            span.set_attribute("mlflow.llm.cost", usage["cost"])
        return answer

    support_chat(question)
    trace_id = mlflow.get_last_active_trace_id()
    history.extend([{"role": "user", "content": question}, {"role": "assistant", "content": answer}])
    time.sleep(0.01)  # distinct millisecond timestamps keep the oldest-first order unambiguous
    return {"traceId": trace_id, "input": question, "output": answer}


def feedback(trace_id, name, value, rationale, *, session_id=None, source=JUDGE):
    metadata = {SESSION_KEY: session_id} if session_id else None
    logged = mlflow.log_feedback(trace_id=trace_id, name=name, value=value, rationale=rationale, source=source, metadata=metadata)
    return {"assessmentId": logged.assessment_id, "traceId": trace_id, "name": name, "value": value, "rationale": rationale}


def scorer_error(trace_id, name, message, *, session_id=None):
    metadata = {SESSION_KEY: session_id} if session_id else None
    logged = mlflow.log_feedback(
        trace_id=trace_id,
        name=name,
        source=JUDGE,
        metadata=metadata,
        error=AssessmentError(error_code="SCORER_ERROR", error_message=message),
    )
    return {"assessmentId": logged.assessment_id, "traceId": trace_id, "name": name, "message": message}


def seed_base(tracking_uri):
    """Session A (6 turns, judged), session B (3 turns, interleaved in time with A), and a lone trace."""
    experiment_id = mlflow.set_experiment("Support bot (Session Lens demo)").experiment_id
    session_a, session_b = "support-a-7f3e", "support-b-19c2"
    history_a, history_b = [], []
    turns_a, turns_b = [], []
    # A1 B1 A2 A3 B2 A4 A5 B3 A6: each session's turns are interleaved with the other's in time.
    order = ["A", "B", "A", "A", "B", "A", "A", "B", "A"]
    for which in order:
        if which == "A":
            question, answer = SUPPORT_A[len(turns_a)]
            turns_a.append(support_turn(session_a, "ana@example.com", question, answer, history_a))
        else:
            question, answer = SUPPORT_B[len(turns_b)]
            turns_b.append(support_turn(session_b, "ben@example.com", question, answer, history_b))
    lone = support_turn(None, None, NO_SESSION[0], NO_SESSION[1], [])
    markup = [support_turn("markup-5d1a", "mallory@example.com", MARKUP[0], MARKUP[1], [])]
    mlflow.flush_trace_async_logging()

    a = [turn["traceId"] for turn in turns_a]
    per_turn = [
        feedback(a[0], "relevance_to_query", "yes", "The answer addresses the return question directly."),
        feedback(a[1], "correctness", "no", "Says worn items have 60 days and a card refund; the policy says 30 days and store credit."),
        feedback(a[2], "correctness", "yes", "The steps match the returns page."),
        feedback(a[3], "relevance_to_query", "yes", "Explains why the button is missing."),
        feedback(a[5], "correctness", "yes", "Labels are free according to the policy."),
    ]
    superseded = feedback(a[4], "helpfulness", "no", "Initial judge run: the answer ignores the complaint.")
    override = mlflow.override_feedback(
        trace_id=a[4],
        assessment_id=superseded["assessmentId"],
        value="yes",
        rationale="Re-judged: the answer apologises and gives a concrete next step.",
    )
    session_level = feedback(
        a[0],
        "user_frustration",
        "unresolved",
        "The user grows frustrated at turn 5 about the delivery status and the issue is still open at the end.",
        session_id=session_a,
    )
    errors = [
        scorer_error(a[0], "conversation_completeness", "Judge call timed out after 30 s", session_id=session_a),
        scorer_error(a[3], "groundedness", "Rate limit exceeded (429)"),
    ]
    return {
        "experimentId": experiment_id,
        "sessions": {
            "A": {"sessionId": session_a, "userId": "ana@example.com", "turns": turns_a},
            "B": {"sessionId": session_b, "userId": "ben@example.com", "turns": turns_b},
            "Markup": {"sessionId": "markup-5d1a", "userId": "mallory@example.com", "turns": markup},
        },
        "noSession": lone,
        "assessments": {
            "perTurn": per_turn,
            "sessionLevel": session_level,
            "superseded": superseded,
            "override": {"assessmentId": override.assessment_id, "traceId": a[4], "name": "helpfulness", "value": "yes"},
            "scorerErrors": errors,
        },
    }


SCENARIOS = {
    "base": seed_base,
    "shapes": seed_shapes,
    "rootcause": seed_rootcause,
    "hostile": seed_hostile,
    "workspace": seed_workspace,
    "labelled": seed_labelled,
    "labelled-sample": lambda tracking_uri: seed_labelled(tracking_uri, sample=True),
    "labelled-holdout": seed_labelled_holdout,
    "labelled-holdout-2": seed_labelled_holdout2,
    "labelled-holdout-3": seed_labelled_holdout3,
    "labelled-holdout-4": seed_labelled_holdout4,
    "labelled-holdout-5": seed_labelled_holdout5,
    "labelled-holdout-6": seed_labelled_holdout6,
    "labelled-holdout-7": seed_labelled_holdout7,
    "labelled-holdout-8": seed_labelled_holdout8,
    "labelled-holdout-9": seed_labelled_holdout9,
    "labelled-holdout-10": seed_labelled_holdout10,
    "labelled-holdout-11": seed_labelled_holdout11,
}


def wait_for_server_info(tracking_uri, attempts=10):
    """MLflow's client asks the server two things with a 3-second timeout and no retry (3.17.2), and decides
    from the answers for the rest of the process. Its server info (workspaces) is cached for 60 seconds. Its
    server version is cached forever, even when the ask failed: then every `log_spans` raises
    NotImplementedError, the exporter stops sending spans for good and puts them in artifacts instead, and
    the server never sums the spans' cost into the trace (tokens are summed by the client, so only the cost
    goes missing, for every trace of the run). On a busy two-core machine the first ask can time out: ask
    both until they succeed, so the client's caches hold real answers."""
    from mlflow.utils.rest_utils import MlflowHostCreds

    try:
        from mlflow.utils.server_info import ServerInfoRequestError, fetch_server_info
    except ImportError:  # Older clients (3.0) do not ask the server first.
        return

    creds = MlflowHostCreds(
        tracking_uri,
        username=os.environ.get("MLFLOW_TRACKING_USERNAME"),
        password=os.environ.get("MLFLOW_TRACKING_PASSWORD"),
    )
    for attempt in range(attempts):
        try:
            fetch_server_info(creds)
            break
        except ServerInfoRequestError:
            time.sleep(1 + attempt)
    wait_for_server_version(attempts)


def wait_for_server_version(attempts):
    from mlflow.tracking._tracking_service.utils import _get_store

    store = _get_store()
    ask = getattr(store, "_get_server_version", None)
    if ask is None or not hasattr(ask, "cache_clear"):
        return
    for attempt in range(attempts):
        if ask(store.get_host_creds()) is not None:
            return
        ask.cache_clear()
        time.sleep(1 + attempt)
    raise RuntimeError("MLflow's client could not read the server's version: spans would not reach the server")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tracking-uri", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--scenarios", default="base")
    args = parser.parse_args()
    mlflow.set_tracking_uri(args.tracking_uri)
    wait_for_server_info(args.tracking_uri)
    manifest = {"trackingUri": args.tracking_uri, "mlflowVersion": mlflow.__version__}
    for name in args.scenarios.split(","):
        manifest[name] = SCENARIOS[name](args.tracking_uri)
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(manifest, out, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
