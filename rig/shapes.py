"""One session per way real applications log a chat turn, each logged the way that kind of application does.

Every session records, per turn, the text a person should read: the user's input and the assistant's final
answer. The end-to-end tests and the recorded fixtures check the panel against exactly these.
"""

import json
import os
import time
import urllib.request

import mlflow

SESSION_KEY = "mlflow.trace.session"
USER_KEY = "mlflow.trace.user"


def _tag_session(session_id, user_id=None):
    metadata = {SESSION_KEY: session_id}
    if user_id:
        metadata[USER_KEY] = user_id
    mlflow.update_current_trace(metadata=metadata)


def _turn(trace_id, user_text, assistant_text, **extra):
    time.sleep(0.005)  # distinct millisecond timestamps keep the oldest-first order unambiguous
    return {"traceId": trace_id, "input": user_text, "output": assistant_text, **extra}


# 1. A function taking and returning plain strings.
PLAIN = [
    ("What's the capital of Australia?", "Canberra."),
    ("And its population?", "About 470,000 people."),
    ("Is it bigger than Sydney?", "No, Sydney is more than ten times larger."),
]


def seed_plain():
    return string_function_session("shape-plain-01", PLAIN, "plain@example.com")


def string_function_session(session_id, pairs, user_id=None):
    """A session of turns logged by `@mlflow.trace` on a function taking and returning plain strings."""
    turns = []
    for question, reply in pairs:

        @mlflow.trace(name="answer")
        def answer(message: str) -> str:
            _tag_session(session_id, user_id)
            return reply

        answer(question)
        turns.append(_turn(mlflow.get_last_active_trace_id(), question, reply))
    return {"sessionId": session_id, "turns": turns}


# 2. OpenAI chat completions: `messages` in, a ChatCompletion out; turn 2 calls a tool first.
OPENAI = [
    ("Hi! Can you check my order?", "Sure, what's the order number?", None),
    ("It's A-1043.", "Order A-1043 shipped yesterday and should arrive on Friday.", {"name": "get_order_status", "arguments": '{"order_id": "A-1043"}'}),
    ("Thanks, that's all.", "You're welcome, have a nice day!", None),
]


def _completion(message):
    return {"id": "chatcmpl-" + os.urandom(6).hex(), "object": "chat.completion", "model": "gpt-4o-mini", "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if message.get("tool_calls") else "stop"}]}


def seed_openai():
    session_id, history, turns = "shape-openai-02", [{"role": "system", "content": "You are a shop assistant."}], []
    for question, reply, tool in OPENAI:
        history.append({"role": "user", "content": question})

        @mlflow.trace(name="chat_agent", span_type="AGENT")
        def chat_agent(messages):
            _tag_session(session_id, "openai@example.com")
            working = list(messages)
            if tool:
                call = {"id": "call_" + os.urandom(4).hex(), "type": "function", "function": tool}
                with mlflow.start_span(name="ChatCompletion", span_type="CHAT_MODEL") as span:
                    span.set_inputs({"messages": working, "model": "gpt-4o-mini"})
                    span.set_outputs(_completion({"role": "assistant", "content": None, "tool_calls": [call]}))
                with mlflow.start_span(name=tool["name"], span_type="TOOL") as span:
                    span.set_inputs(json.loads(tool["arguments"]))
                    span.set_outputs({"status": "shipped", "eta": "Friday"})
                working += [{"role": "assistant", "content": None, "tool_calls": [call]}, {"role": "tool", "tool_call_id": call["id"], "content": '{"status": "shipped", "eta": "Friday"}'}]
            with mlflow.start_span(name="ChatCompletion", span_type="CHAT_MODEL") as span:
                span.set_inputs({"messages": working, "model": "gpt-4o-mini"})
                completion = _completion({"role": "assistant", "content": reply})
                span.set_outputs(completion)
            return completion

        chat_agent(list(history))
        history.append({"role": "assistant", "content": reply})
        turns.append(_turn(mlflow.get_last_active_trace_id(), question, reply, toolCalls=[tool] if tool else []))
    return {"sessionId": session_id, "turns": turns}


# 3. A LangGraph-style agent: LangChain messages (`type: human/ai/tool`), the whole history in and out.
LANGGRAPH = [
    ("I'm planning a trip to Lisbon in March. What's the weather like then?", "March in Lisbon is mild: daytime highs around 18°C, cool evenings near 11°C, and a fair chance of rain, so pack a light waterproof jacket. "),
    ("Which neighbourhoods should I stay in?", "Alfama for old-town charm and fado, Chiado and Baixa for being central and walkable, Príncipe Real for quieter streets and good restaurants. "),
    ("How do I get from the airport to Chiado?", "Take the red metro line from the airport to Alameda, change to the green line to Baixa-Chiado; it takes about 35 minutes and costs under 2 EUR. "),
    ("Is the Lisboa Card worth it?", "Yes, if you visit three or more paid museums in a day: it covers public transport and entry to the Jerónimos Monastery and Belém Tower. "),
]


def _lc(kind, content, **extra):
    return {"content": content, "additional_kwargs": {}, "response_metadata": {}, "type": kind, "name": None, "id": os.urandom(8).hex(), **extra}


def seed_langgraph():
    session_id, history, turns = "shape-langgraph-03", [], []
    for position, (question, reply) in enumerate(LANGGRAPH):
        history.append(_lc("human", question))
        before = list(history)
        new = []
        if position == 0:
            call = {"name": "weather_lookup", "args": {"city": "Lisbon", "month": "March"}, "id": "call_" + os.urandom(4).hex(), "type": "tool_call"}
            new += [_lc("ai", "", tool_calls=[call]), _lc("tool", '{"high": 18, "low": 11}', tool_call_id=call["id"])]
        new.append(_lc("ai", reply))

        @mlflow.trace(name="LangGraph", span_type="CHAIN")
        def graph(inputs):
            _tag_session(session_id, "langgraph@example.com")
            with mlflow.start_span(name="agent", span_type="CHAIN") as span:
                span.set_inputs({"messages": inputs["messages"]})
                span.set_outputs({"messages": new})
            return {"messages": inputs["messages"] + new}

        graph({"messages": before})
        history += new
        turns.append(_turn(mlflow.get_last_active_trace_id(), question, reply))
    return {"sessionId": session_id, "turns": turns}


# 4. A dict in ({query, context}) and a dict out ({answer, sources}).
DICTS = [
    ("How long is the warranty on the X200 blender?", "Two years from the date of purchase.", ["warranty.pdf#p2"]),
    ("Does it cover the motor?", "Yes, the motor is covered for the full two years.", ["warranty.pdf#p3"]),
]


def seed_dict():
    session_id, turns = "shape-dict-04", []
    for query, reply, sources in DICTS:

        @mlflow.trace(name="rag_pipeline", span_type="CHAIN")
        def rag_pipeline(query: str, context: dict) -> dict:
            _tag_session(session_id)
            return {"answer": reply, "sources": sources}

        rag_pipeline(query, {"product": "X200", "locale": "en-GB"})
        turns.append(_turn(mlflow.get_last_active_trace_id(), query, reply))
    return {"sessionId": session_id, "turns": turns}


# 5. A wrapper: the root and its child carry no inputs or outputs; the turn lives two levels down.
WRAPPED = [
    ("Reset my password, please.", "I've sent a reset link to your registered email address."),
    ("I didn't get it.", "I've resent it; please also check your spam folder."),
]


def seed_wrapper():
    session_id, turns = "shape-wrapper-05", []
    for question, reply in WRAPPED:
        with mlflow.start_span(name="http_request", span_type="UNKNOWN"):
            _tag_session(session_id)
            with mlflow.start_span(name="auth_middleware", span_type="UNKNOWN"):
                with mlflow.start_span(name="chat_turn", span_type="CHAIN") as span:
                    span.set_inputs({"question": question})
                    span.set_outputs(reply)
        turns.append(_turn(mlflow.get_last_active_trace_id(), question, reply))
    return {"sessionId": session_id, "turns": turns}


# A turn too long for MLflow's 1,000-character preview: the panel shows the cut text and reads the rest
# from the turn's spans when asked.
PASTED_LOG = "\n".join(f"2026-11-20 10:{minute:02d}:00 ERROR payment-service timeout calling ledger (attempt {minute % 3 + 1})" for minute in range(30))
LONG_TEXT = [
    ("Payments are failing this morning.", "Sorry to hear that. Can you paste the log?"),
    ("Here is the log from this morning:\n" + PASTED_LOG + "\nWhat is going wrong?", "The payment service keeps timing out when it calls the ledger; every attempt fails the same way."),
]


def seed_long_text():
    return string_function_session("shape-long-text-12", LONG_TEXT)


# Anthropic Messages: content blocks in, content blocks out (text and a tool_use block).
ANTHROPIC = [
    ("Summarise ticket T-88 for me.", "Ticket T-88: the customer was charged twice for order C-19; a refund is pending.", {"name": "get_ticket", "input": {"id": "T-88"}}),
    ("Is the refund done?", "Not yet: it is scheduled for tomorrow.", None),
]


def seed_anthropic():
    session_id, history, turns = "shape-anthropic-13", [], []
    for question, reply, tool in ANTHROPIC:
        history.append({"role": "user", "content": [{"type": "text", "text": question}]})
        content = []
        if tool:
            content.append({"type": "tool_use", "id": "toolu_" + os.urandom(4).hex(), **tool})
        content.append({"type": "text", "text": reply})

        @mlflow.trace(name="messages.create", span_type="CHAT_MODEL")
        def create(model, max_tokens, messages):
            _tag_session(session_id)
            return {"id": "msg_" + os.urandom(4).hex(), "type": "message", "role": "assistant", "model": model, "content": content, "stop_reason": "end_turn"}

        create("claude-sonnet-4", 1024, list(history))
        history.append({"role": "assistant", "content": content})
        turns.append(_turn(mlflow.get_last_active_trace_id(), question, reply))
    return {"sessionId": session_id, "turns": turns}


# Values no rule knows are shown as compact JSON rather than dropped.
def seed_unknown_shape():
    session_id, turns = "shape-unknown-14", []
    for amount, currency in [(12, "EUR"), (30, "USD")]:

        @mlflow.trace(name="convert")
        def convert(amount: int, currency: str) -> dict:
            _tag_session(session_id)
            return {"converted": amount * 2, "rate": 2, "currency": currency}

        convert(amount, currency)
        turns.append(_turn(mlflow.get_last_active_trace_id(), json.dumps({"amount": amount, "currency": currency}, separators=(",", ":")),
                           json.dumps({"converted": amount * 2, "rate": 2, "currency": currency}, separators=(",", ":"))))
    return {"sessionId": session_id, "turns": turns}


# 8. Attribute keys that no convention knows: only an override can find them.
CUSTOM = [
    ("Book a table for two at 8pm.", "Booked: table for two at 20:00, confirmation R-5521."),
    ("Make it 8:30 instead.", "Changed to 20:30; the confirmation number stays R-5521."),
]


def seed_custom_keys():
    session_id, turns = "shape-custom-08", []
    for question, reply in CUSTOM:
        with mlflow.start_span(name="handle_message", span_type="UNKNOWN") as span:
            _tag_session(session_id)
            span.set_attribute("app.user_message", question)
            span.set_attribute("app.bot_reply", reply)
        turns.append(_turn(mlflow.get_last_active_trace_id(), question, reply))
    return {"sessionId": session_id, "turns": turns, "inputKey": "app.user_message", "outputKey": "app.bot_reply"}


# 10. Session ids that need care in a filter and in a URL.
ODD_IDS = ["Zoë's chat / 2", 'say "hi" / it\'s me']


def seed_odd_ids():
    return [string_function_session(session_id, [(f"Message {number} of “{session_id}”", f"Reply {number} of “{session_id}”") for number in (1, 2)]) for session_id in ODD_IDS]


# 6, 7 and 9 come from a client that is not MLflow's: OpenTelemetry spans sent to MLflow's OTLP endpoint.

def _otlp_value(value):
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    return {"stringValue": value}


def _otlp_span(trace_id, span_id, name, attributes, start_ns, parent_id=None, error=None):
    span = {
        "traceId": trace_id,
        "spanId": span_id,
        "name": name,
        "kind": 1,
        "startTimeUnixNano": str(start_ns),
        "endTimeUnixNano": str(start_ns + 120_000_000),
        "attributes": [{"key": key, "value": _otlp_value(value)} for key, value in attributes.items()],
        "status": {"code": 2, "message": error} if error else {"code": 1},
    }
    if parent_id:
        span["parentSpanId"] = parent_id
    return span


def send_otlp(tracking_uri, experiment_id, spans, service="support-bot-otel"):
    body = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": service}}]}, "scopeSpans": [{"scope": {"name": "seed"}, "spans": spans}]}]}
    request = urllib.request.Request(
        tracking_uri.rstrip("/") + "/v1/traces",
        data=json.dumps(body).encode(),
        headers={"content-type": "application/json", "x-mlflow-experiment-id": str(experiment_id)},
    )
    with urllib.request.urlopen(request) as response:
        assert response.status == 200, response.status


GENAI = [
    ("Can I change the delivery address of order B-77?", "Yes, until it ships. I've opened the address form for order B-77."),
    ("Change it to 12 Rue Oberkampf, Paris.", "Done: order B-77 will go to 12 Rue Oberkampf, 75011 Paris."),
    ("When will it arrive?", "Thursday, between 9:00 and 13:00."),
]

OPENINFERENCE = [
    ("What does the premium plan include?", "Unlimited projects, SSO and priority support."),
    ("How much is it per seat?", "12 EUR per seat per month, billed yearly."),
]


def _trace_ids():
    return os.urandom(16).hex(), os.urandom(8).hex()


def seed_otel_genai(tracking_uri, experiment_id):
    session_id, history, turns, spans = "shape-otel-genai-06", [], [], []
    start = time.time_ns()
    for position, (question, reply) in enumerate(GENAI):
        trace_id, span_id = _trace_ids()
        history.append({"role": "user", "parts": [{"type": "text", "content": question}]})
        attributes = {
            "gen_ai.operation.name": "chat",
            "gen_ai.system": "openai",
            "gen_ai.request.model": "gpt-4o",
            "session.id": session_id,
            "gen_ai.input.messages": json.dumps(history),
            "gen_ai.output.messages": json.dumps([{"role": "assistant", "parts": [{"type": "text", "content": reply}], "finish_reason": "stop"}]),
        }
        spans.append(_otlp_span(trace_id, span_id, "chat gpt-4o", attributes, start + position * 1_000_000_000))
        history.append({"role": "assistant", "parts": [{"type": "text", "content": reply}]})
        turns.append({"traceId": "tr-" + trace_id, "input": question, "output": reply})
    send_otlp(tracking_uri, experiment_id, spans)
    return {"sessionId": session_id, "turns": turns}


def _openinference_turn(session_id, question, output_value, output_mime_type, start_ns):
    """One turn as an OpenInference (LangChain-instrumented) app sends it: a CHAIN span with its session."""
    trace_id, span_id = _trace_ids()
    attributes = {
        "openinference.span.kind": "CHAIN",
        "session.id": session_id,
        "input.value": question,
        "input.mime_type": "text/plain",
        "output.value": output_value,
        "output.mime_type": output_mime_type,
    }
    return trace_id, _otlp_span(trace_id, span_id, "RunnableSequence", attributes, start_ns)


def seed_openinference(tracking_uri, experiment_id):
    session_id, turns, spans = "shape-openinference-07", [], []
    start = time.time_ns()
    for position, (question, reply) in enumerate(OPENINFERENCE):
        trace_id, span = _openinference_turn(session_id, question, json.dumps({"output": reply}), "application/json", start + position * 1_000_000_000)
        spans.append(span)
        turns.append({"traceId": "tr-" + trace_id, "input": question, "output": reply})
    send_otlp(tracking_uri, experiment_id, spans, service="openinference-app")
    return {"sessionId": session_id, "turns": turns}


PAUSED = [
    ("Is the blue sofa in stock?", "Yes, 3 left in the Lyon warehouse."),
    ("Can it be delivered on Saturday?", "Saturday delivery is available for 25 EUR."),
    ("Sorry, I was away. Is it still in stock?", "Yes, 2 left now."),
]


def seed_paused(tracking_uri, experiment_id):
    """A session whose user went away for 14 minutes before the third turn (timestamps in the past, over OTLP):
    the panel marks the pause on that turn."""
    session_id, turns, spans = "shape-paused-13", [], []
    minute = 60_000_000_000
    start = time.time_ns() - 20 * minute
    for offset, (question, reply) in zip((0, minute, 15 * minute), PAUSED):
        trace_id, span = _openinference_turn(session_id, question, reply, "text/plain", start + offset)
        spans.append(span)
        turns.append({"traceId": "tr-" + trace_id, "input": question, "output": reply})
    send_otlp(tracking_uri, experiment_id, spans, service="openinference-app")
    return {"sessionId": session_id, "turns": turns}


def seed_quoted_session_id():
    """11. A session that spans MLflow's 2026 fix of OTLP session ids: its first turn was stored with the
    id JSON-encoded (literal quotes, as OTLP ingest wrote it before), its second with the plain id. MLflow
    3.17's OTLP ingest no longer writes the quoted form, so the metadata is written as it was stored."""
    plain_id, turns = "legacy-quoted-11", []
    for stored_id, question, reply in [('"legacy-quoted-11"', "Is this session found?", "Yes, quotes and all."), (plain_id, "Both turns?", "Both turns.")]:

        @mlflow.trace(name="turn")
        def turn(message: str) -> str:
            _tag_session(stored_id)
            return reply

        turn(question)
        turns.append(_turn(mlflow.get_last_active_trace_id(), question, reply, storedSessionId=stored_id))
    return {"sessionId": plain_id, "turns": turns}


def seed_long_session(tracking_uri, experiment_id, count=1200):
    """9. A session of 1,200 turns: three pages of the session search."""
    session_id, turns, spans = "shape-long-09", [], []
    start = time.time_ns() - count * 1_000_000_000
    for position in range(count):
        trace_id, span_id = _trace_ids()
        question, reply = f"Question number {position + 1}", f"Answer number {position + 1}"
        attributes = {"session.id": session_id, "gen_ai.operation.name": "chat", "gen_ai.input.messages": json.dumps([{"role": "user", "content": question}]), "gen_ai.output.messages": json.dumps([{"role": "assistant", "content": reply}])}
        spans.append(_otlp_span(trace_id, span_id, "chat", attributes, start + position * 1_000_000_000))
        turns.append({"traceId": "tr-" + trace_id, "input": question, "output": reply})
    for batch in range(0, count, 200):
        send_otlp(tracking_uri, experiment_id, spans[batch : batch + 200], service="long-chat")
    return {"sessionId": session_id, "turnCount": count, "first": turns[0], "last": turns[-1], "middle": turns[count // 2], "turnIds": [turn["traceId"] for turn in turns]}


def seed_shapes(tracking_uri):
    experiment_id = mlflow.set_experiment("Trace shapes (Session Lens)").experiment_id
    sessions = {
        "plain": seed_plain(),
        "openai": seed_openai(),
        "langgraph": seed_langgraph(),
        "dict": seed_dict(),
        "wrapper": seed_wrapper(),
        "customKeys": seed_custom_keys(),
        "longText": seed_long_text(),
        "anthropic": seed_anthropic(),
        "unknownShape": seed_unknown_shape(),
    }
    odd = seed_odd_ids()
    sessions["oddQuote"], sessions["oddBothQuotes"] = odd
    sessions["quotedId"] = seed_quoted_session_id()
    mlflow.flush_trace_async_logging()
    sessions["otelGenai"] = seed_otel_genai(tracking_uri, experiment_id)
    sessions["openinference"] = seed_openinference(tracking_uri, experiment_id)
    sessions["paused"] = seed_paused(tracking_uri, experiment_id)
    long_session = seed_long_session(tracking_uri, experiment_id)
    return {"experimentId": experiment_id, "sessions": sessions, "long": long_session}
