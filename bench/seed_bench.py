"""Seeds the benchmark's sessions through MLflow's Python client: 10, 100, 1,000 and 5,000 turns of a
retrieval-augmented assistant, with realistic payloads (messages of a few hundred words, a retriever span
and a model span per turn, 2-3 judgements per turn, session-level judgements).

Usage: seed_bench.py --tracking-uri URL --out manifest.json [--sizes 10,100,1000,5000]
"""

import argparse
import json
import os
import random
import time
from concurrent.futures import ThreadPoolExecutor

# Telemetry off before mlflow is imported: its thread races the client over os.environ (rig/seed.py says how).
os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")

import mlflow
from mlflow.entities import AssessmentSource

SESSION_KEY = "mlflow.trace.session"
USER_KEY = "mlflow.trace.user"
JUDGE = AssessmentSource(source_type="LLM_JUDGE", source_id="openai:/gpt-4o-mini")
WORDS = (
    "order delivery refund invoice account password shipping warranty policy product customer support request "
    "payment card address return exchange tracking parcel courier subscription plan upgrade discount coupon "
    "the a to of and in for on with that this it is was be as at by from you your we our can will would should "
    "please thanks today tomorrow week month days hours within after before during about because however also"
).split()


def prose(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def seed_session(size, rng):
    session_id = f"bench-{size}-turns"
    history, trace_ids = [], []
    for turn in range(size):
        question = f"Turn {turn + 1}: " + prose(rng, rng.randint(60, 160))
        answer = prose(rng, rng.randint(150, 320))
        documents = [{"page_content": prose(rng, 80), "metadata": {"doc_id": f"kb-{rng.randint(1, 500)}"}} for _ in range(3)]

        @mlflow.trace(name="assistant", span_type="CHAIN")
        def assistant(question: str) -> str:
            mlflow.update_current_trace(metadata={SESSION_KEY: session_id, USER_KEY: f"user-{size}@example.com"})
            with mlflow.start_span(name="retrieve", span_type="RETRIEVER") as span:
                span.set_inputs({"query": question})
                span.set_outputs(documents)
            with mlflow.start_span(name="ChatOpenAI", span_type="CHAT_MODEL") as span:
                span.set_inputs({"messages": [{"role": "system", "content": "You are a support assistant."}, *history[-6:], {"role": "user", "content": question}]})
                span.set_outputs({"choices": [{"message": {"role": "assistant", "content": answer}}]})
            return answer

        assistant(question)
        trace_ids.append(mlflow.get_last_active_trace_id())
        # MLflow's background export queue is bounded: drain it now and then so no trace is dropped.
        if (turn + 1) % 100 == 0:
            mlflow.flush_trace_async_logging()
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return session_id, trace_ids


def seed_huge_session(size, rng, words_per_side=3_000):
    """Turns of about 40 kB each, whose text only their spans hold (the root span is an empty wrapper, so
    MLflow's previews are empty): every turn's spans are read, the worst case for the byte budgets."""
    session_id = f"bench-{size}-turns-of-40kb"
    trace_ids = []
    for turn in range(size):
        question = f"Turn {turn + 1}: " + prose(rng, words_per_side)
        answer = prose(rng, words_per_side)
        with mlflow.start_span(name="wrapper", span_type="CHAIN"):
            mlflow.update_current_trace(metadata={SESSION_KEY: session_id, USER_KEY: "huge@example.com"})
            with mlflow.start_span(name="assistant", span_type="CHAT_MODEL") as span:
                span.set_inputs({"question": question})
                span.set_outputs({"answer": answer})
        trace_ids.append(mlflow.get_last_active_trace_id())
        if (turn + 1) % 100 == 0:
            mlflow.flush_trace_async_logging()
    mlflow.flush_trace_async_logging()
    # The last turn is the one reported wrong; nothing else is judged, so the failing chain is the whole session.
    mlflow.log_feedback(trace_id=trace_ids[-1], name="correctness", value="no", rationale=prose(rng, 30), source=JUDGE)
    return session_id, trace_ids


def judge(trace_ids, session_id, rng):
    def per_turn(trace_id):
        mlflow.log_feedback(trace_id=trace_id, name="relevance_to_query", value=rng.choice(["yes", "yes", "no"]), rationale=prose(rng, 25), source=JUDGE)
        mlflow.log_feedback(trace_id=trace_id, name="correctness", value=rng.choice(["yes", "no"]), rationale=prose(rng, 30), source=JUDGE)
        if rng.random() < 0.5:
            mlflow.log_feedback(trace_id=trace_id, name="retrieval_groundedness", value="yes", rationale=prose(rng, 20), source=JUDGE)

    # A few writers at a time: SQLite serialises writes, more threads only wait.
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(per_turn, trace_ids))
    for name, value in [("user_frustration", "unresolved"), ("conversation_completeness", "no")]:
        mlflow.log_feedback(trace_id=trace_ids[0], name=name, value=value, rationale=prose(rng, 40), source=JUDGE, metadata={SESSION_KEY: session_id})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tracking-uri", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--sizes", default="10,100,1000,5000")
    parser.add_argument("--huge", type=int, default=0, help="also a session of this many turns of 40 kB each")
    args = parser.parse_args()
    mlflow.set_tracking_uri(args.tracking_uri)
    experiment_id = mlflow.set_experiment("Session Lens benchmark").experiment_id
    rng = random.Random(20261126)
    sessions = {}
    for size in [int(size) for size in args.sizes.split(",") if size]:
        started = time.time()
        session_id, trace_ids = seed_session(size, rng)
        mlflow.flush_trace_async_logging()
        judge(trace_ids, session_id, rng)
        sessions[str(size)] = {"sessionId": session_id, "traceIds": trace_ids}
        print(f"seeded {size} turns in {time.time() - started:.0f} s", flush=True)
    if args.huge:
        started = time.time()
        session_id, trace_ids = seed_huge_session(args.huge, rng)
        sessions[f"huge-{args.huge}"] = {"sessionId": session_id, "traceIds": trace_ids}
        print(f"seeded {args.huge} turns of 40 kB in {time.time() - started:.0f} s", flush=True)
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump({"mlflowVersion": mlflow.__version__, "experimentId": experiment_id, "sessions": sessions}, out)


if __name__ == "__main__":
    main()
