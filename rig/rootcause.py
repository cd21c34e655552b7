"""Sessions where the turn reported wrong is not the turn that went wrong.

1. The example of the manual workflow: turn 3 answers from an outdated document its retriever returned,
   turn 4 builds on it, turn 5 repeats it and is judged incorrect; turns 3 and 4 carry no judgement.
2. A tool fails (an error span inside a trace that still ends OK) at turn 2; turns 3 and 4 are judged wrong.
3. An app that sends the model only the last two messages: from turn 3 on, earlier turns are gone.
"""

import time

import mlflow
from mlflow.entities import AssessmentSource

SESSION_KEY = "mlflow.trace.session"
USER_KEY = "mlflow.trace.user"
JUDGE = AssessmentSource(source_type="LLM_JUDGE", source_id="openai:/gpt-4o-mini")

OUTDATED = {"id": "returns-2019", "text": "Items can be returned within 60 days of delivery; the refund goes back to the original card."}
CURRENT = {"id": "returns-2026", "text": "Items can be returned within 30 days of delivery; worn items are refunded as store credit."}

REFUND_WINDOW = [
    ("Hi, I want to return a jacket I bought last month.", "Happy to help. Could you tell me the order number?", [CURRENT]),
    ("It's order J-2207, delivered on 3 October.", "Thanks, I found order J-2207 for the Alpine rain jacket.", [CURRENT]),
    ("How long do I have to send it back?", "You have 60 days from delivery to return it, and the refund goes back to your original card.", [OUTDATED, CURRENT]),
    ("Great, so I can wait until after my trip in late November?", "Yes, that works: you can send it back until 2 December.", [CURRENT]),
    (
        "I sent it on 28 November. Why was my return rejected?",
        "Your return should be accepted: you have 60 days from delivery, and the refund goes back to your original card within 5 days.",
        [CURRENT],
    ),
]

FLIGHTS = [
    ("Find me a flight from Oslo to Lisbon on 12 December.", "There is a direct TAP flight at 09:40 for 189 EUR.", None),
    ("Is there anything cheaper in the afternoon?", "The 15:10 flight costs 142 EUR.", "search_flights timed out after 10 s; answered from a cached result"),
    ("Book the 15:10 one.", "Booked the 15:10 flight for 142 EUR.", None),
    ("Why was I charged 231 EUR then?", "The 142 EUR fare must have changed just before booking.", None),
    ("Can I get the difference back?", "I've asked the airline to review the fare difference.", None),
]

DIET = [
    "I'm vegetarian. Can you suggest a dinner for tonight?",
    "Something with pasta would be nice.",
    "Can it be ready in 30 minutes?",
    "What wine goes with it?",
    "And a dessert?",
    "Great. Can you add a main course for a second guest?",
]
DIET_REPLIES = [
    "A mushroom risotto would be lovely for a vegetarian dinner.",
    "Try penne with roasted vegetables and pesto.",
    "Yes: boil the penne while the vegetables roast at 220°C for 20 minutes.",
    "A crisp Vermentino goes well with pesto.",
    "A lemon posset: simple and made ahead.",
    "For the second guest, grilled chicken breast goes well with the penne.",
]


def chat_model_call(system, messages, question, answer):
    """The model call of a turn, as an OpenAI chat completion logged by an autologger."""
    with mlflow.start_span(name="ChatOpenAI", span_type="CHAT_MODEL") as span:
        span.set_inputs({"messages": [{"role": "system", "content": system}, *messages, {"role": "user", "content": question}]})
        span.set_outputs({"choices": [{"message": {"role": "assistant", "content": answer}}]})


def record_turn(turns, history, question, answer):
    history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    turns.append({"traceId": mlflow.get_last_active_trace_id(), "input": question, "output": answer})
    time.sleep(0.01)  # distinct millisecond timestamps keep the oldest-first order unambiguous


def tag(session_id, user_id):
    mlflow.update_current_trace(metadata={SESSION_KEY: session_id, USER_KEY: user_id})


def feedback(trace_id, name, value, rationale, session_id=None):
    metadata = {SESSION_KEY: session_id} if session_id else None
    mlflow.log_feedback(trace_id=trace_id, name=name, value=value, rationale=rationale, source=JUDGE, metadata=metadata)


def seed_refund_window():
    session_id, user_id, history, turns = "refund-window-3a9c", "cleo@example.com", [], []
    for question, answer, documents in REFUND_WINDOW:

        @mlflow.trace(name="returns_assistant", span_type="CHAIN")
        def returns_assistant(question: str) -> str:
            tag(session_id, user_id)
            with mlflow.start_span(name="search_policies", span_type="RETRIEVER") as span:
                span.set_inputs({"query": question})
                span.set_outputs([{"page_content": doc["text"], "metadata": {"doc_id": doc["id"]}} for doc in documents])
            chat_model_call("Answer from the policies provided.", history, question, answer)
            return answer

        returns_assistant(question)
        record_turn(turns, history, question, answer)
    mlflow.flush_trace_async_logging()
    feedback(turns[0]["traceId"], "relevance_to_query", "yes", "Asks for the order number, as needed.")
    feedback(turns[1]["traceId"], "relevance_to_query", "yes", "Confirms the order.")
    feedback(turns[4]["traceId"], "correctness", "no", "The current policy allows 30 days from delivery, so the return sent on 28 November was rightly rejected; the 60-day window does not exist.")
    return {"sessionId": session_id, "turns": turns, "openTurn": 5, "rootCauseTurn": 3, "outdatedDocument": OUTDATED["id"]}


def seed_tool_error():
    session_id, user_id, turns = "flight-fare-77b1", "dev@example.com", []
    for question, answer, tool_error in FLIGHTS:

        @mlflow.trace(name="travel_agent", span_type="AGENT")
        def travel_agent(question: str) -> str:
            tag(session_id, user_id)
            try:
                with mlflow.start_span(name="search_flights", span_type="TOOL") as span:
                    span.set_inputs({"from": "OSL", "to": "LIS", "date": "2026-12-12"})
                    if tool_error:
                        raise TimeoutError(tool_error)
                    span.set_outputs({"flights": 3})
            except TimeoutError:
                pass  # the agent falls back to a cached result and answers anyway: the trace ends OK
            return answer

        travel_agent(question)
        turns.append({"traceId": mlflow.get_last_active_trace_id(), "input": question, "output": answer})
        time.sleep(0.01)
    mlflow.flush_trace_async_logging()
    feedback(turns[0]["traceId"], "correctness", "yes", "The 09:40 fare matches the airline's site.")
    feedback(turns[2]["traceId"], "correctness", "no", "Books at 142 EUR, a fare that came from a stale cache.")
    feedback(turns[3]["traceId"], "correctness", "no", "Blames a fare change; the 142 EUR fare never existed today.")
    return {"sessionId": session_id, "turns": turns, "openTurn": 4, "rootCauseTurn": 2, "toolError": FLIGHTS[1][2]}


def seed_sliding_window():
    session_id, user_id, history, turns = "dinner-plan-41e0", "sam@example.com", [], []
    for question, answer in zip(DIET, DIET_REPLIES):

        @mlflow.trace(name="chef_bot", span_type="CHAIN")
        def chef_bot(question: str) -> str:
            tag(session_id, user_id)
            # The app keeps only the last two messages of the conversation.
            chat_model_call("You are a cooking assistant.", history[-2:], question, answer)
            return answer

        chef_bot(question)
        record_turn(turns, history, question, answer)
    mlflow.flush_trace_async_logging()
    feedback(turns[0]["traceId"], "knowledge_retention", "no", "Suggests chicken at turn 6 although the user said at turn 1 they are vegetarian.", session_id=session_id)
    return {"sessionId": session_id, "turns": turns, "openTurn": 6, "truncatedFrom": 3, "window": 2}


def seed_rootcause(tracking_uri):
    experiment_id = mlflow.set_experiment("Root causes (Session Lens)").experiment_id
    return {
        "experimentId": experiment_id,
        "refundWindow": seed_refund_window(),
        "toolError": seed_tool_error(),
        "slidingWindow": seed_sliding_window(),
    }
