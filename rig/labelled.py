"""A labelled set of chat sessions: for each, the turn where things first went wrong, as a careful engineer
debugging the application would mark it (or None when nothing went wrong).

Every session is logged the way a real multi-turn LLM application logs its turns: one trace per turn with a
root span, retriever and tool spans where the application has them (a failing tool raises inside its span and
the application falls back and answers anyway, so the trace still ends OK), and a chat-model span whose
messages are what the model was really sent (the last W messages only, for applications that truncate).
Judgements are logged afterwards the way MLflow's judges log them; session-level ones on the session's first
trace with the session in their metadata.

The labels were written by hand from the conversations alone, independently of any detection algorithm:
`rootCauseTurn` is 1-based, `rootCauseKind` is "model" when the application (its model, retriever or tool)
went wrong and "user" when the user changed their request and the judges measured against the old one.
"""

import random
import time
from concurrent.futures import ThreadPoolExecutor

import mlflow
from mlflow.entities import AssessmentSource

SESSION_KEY = "mlflow.trace.session"
USER_KEY = "mlflow.trace.user"
JUDGE = AssessmentSource(source_type="LLM_JUDGE", source_id="openai:/gpt-4o-mini")
NEGATIVE = {"no", "fail", "unresolved"}
CATEGORIES = [
    "outdated-document",
    "tool-failure",
    "context-window",
    "misread-request",
    "hallucination",
    "user-changed-mind",
    "healthy-unlucky",
    "healthy",
]


def turn(q, a, docs=None, tools=(), gist=None):
    """One turn: the user's message, the assistant's answer, what the retriever returned (None: no retriever
    on this turn), the tool calls, and for every-turn judging a short summary the default rationales use."""
    return {"q": q, "a": a, "docs": docs, "tools": list(tools), "gist": gist}


def call(name, inputs, outputs=None, error=None):
    """A tool call: `error` is (exception class, message) for a tool that raises."""
    return {"name": name, "inputs": inputs, "outputs": outputs, "error": error}


def doc(doc_id, text):
    return {"id": doc_id, "text": text}


# --------------------------------------------------------------------------------------------------------
# outdated-document
# --------------------------------------------------------------------------------------------------------

FARE_2022 = doc("fare-rules-2022", "Light fare (European routes): one checked bag up to 23 kg included. Cabin bag up to 8 kg.")
FARE_2025 = doc(
    "fare-rules-2025",
    "Light fare (European routes, from 1 May 2025): cabin bag up to 8 kg only. Checked bags are not included: 35 EUR per bag per flight when added online, 60 EUR at the airport. Classic fare includes one 23 kg bag.",
)
BAG_DROP = doc("airport-bag-drop", "Bag drop closes 40 minutes before departure on European flights.")
CLAIMS = doc("claims-howto", "Refund claims for extra charges are submitted under Manage booking > Claims with a photo of the receipt; answers within 14 days.")

OD_BAGGAGE = {
    "name": "outdated-doc-baggage",
    "category": "outdated-document",
    "judging": "every-turn",
    "slug": "od-baggage-4c1a",
    "user": "lea.holm@example.com",
    "app": {"name": "skynordic_assistant", "span_type": "AGENT", "retriever": "search_fare_rules", "system": "You are SkyNordic's booking assistant. Answer from the fare rules provided."},
    "turns": [
        turn(
            "Hi! I'm flying Copenhagen to Rome on 14 March, booking ref KX7P2L. Can you check my booking?",
            "Hello! I can see booking KX7P2L: Copenhagen to Rome on 14 March, Light fare, one passenger, departing 10:35.",
            tools=[call("get_booking", {"ref": "KX7P2L"}, {"ref": "KX7P2L", "route": "CPH-FCO", "date": "2027-03-14", "dep": "10:35", "fare": "Light", "passengers": 1})],
            gist="confirms booking KX7P2L, Copenhagen to Rome on 14 March on the Light fare",
        ),
        turn(
            "What luggage is included with that?",
            "Your Light fare includes one checked bag up to 23 kg plus a cabin bag up to 8 kg.",
            docs=[FARE_2022, FARE_2025],
            gist="lists the luggage included with the Light fare",
        ),
        turn(
            "Great, so I don't need to add anything for my suitcase?",
            "That's right, your suitcase is covered by the Light fare, so there's nothing to add. Just drop it at the bag drop, which closes 40 minutes before departure.",
            docs=[FARE_2022, BAG_DROP],
            gist="tells the user nothing needs to be added for the suitcase and gives the bag-drop closing time",
        ),
        turn(
            "It's about 21 kg, is that fine?",
            "Yes, 21 kg is within the 23 kg allowance included in your fare.",
            docs=[FARE_2022],
            gist="confirms a 21 kg suitcase is within the allowance",
        ),
        turn(
            "At the airport they made me pay 60 EUR for the bag! You told me it was included.",
            "I'm sorry about that. Your Light fare includes one checked bag up to 23 kg, so the charge shouldn't apply. Please ask the desk to check booking KX7P2L again.",
            docs=[FARE_2022, FARE_2025],
            gist="responds to the user's complaint about the 60 EUR bag charge",
        ),
        turn(
            "They won't budge, I had to pay. How do I get the money back?",
            "You can submit a refund claim under Manage booking > Claims with a photo of the receipt. Since the bag was included in your fare, the 60 EUR should be refunded within 14 days.",
            docs=[CLAIMS, FARE_2022],
            gist="explains how to claim back the 60 EUR",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("yes", "States that the Light fare includes a 23 kg checked bag and an 8 kg cabin bag, consistent with the fare rules."),
        (2, "retrieval_groundedness"): ("yes", "The allowance is supported by the retrieved document fare-rules-2022."),
        (5, "correctness"): ("no", "Under the current fare rules (fare-rules-2025) the Light fare includes no checked bag and charges 60 EUR at the airport, so the charge was correct; the response repeats a 23 kg allowance that no longer exists."),
        (5, "retrieval_groundedness"): ("no", "The retrieved fare-rules-2025 says checked bags are not included in Light; the response only follows the older fare-rules-2022."),
        (6, "correctness"): ("no", "Promises a refund of the 60 EUR because the bag was 'included', but the Light fare has no checked bag under the current rules, so the claim will be rejected."),
    },
    "root": 2,
    "evidence": "the outdated document fare-rules-2022 (23 kg checked bag included in Light)",
    "why": "At turn 2 the retriever ranked fare-rules-2022 first and the assistant stated the 23 kg bag was included; turns 3-6 build on it (the correctness judge missed it at turn 2).",
}

LEAVE_2021 = doc("handbook-2021-s7", "Parental leave: 12 weeks at full pay for the primary caregiver, to be taken within 6 months of the birth. Give 8 weeks' notice before the start.")
LEAVE_2025 = doc(
    "handbook-2025-s7",
    "Parental leave (from 1 January 2025): 20 weeks at full pay for every parent employed by the company, to be taken within 12 months of the birth or adoption. Give 4 weeks' notice before the start.",
)
ANNUAL = doc("handbook-2025-s3", "Annual leave: 27 working days plus public holidays. Up to 5 unused days may be carried into the next year.")
FLEX = doc("handbook-2025-s9", "Flexible working: after 26 weeks of service employees may request compressed hours or part-time work; requests are answered within 4 weeks.")

OD_PARENTAL = {
    "name": "outdated-doc-parental-leave",
    "category": "outdated-document",
    "judging": "last-turn",
    "slug": "od-parental-91b0",
    "user": "tomas.reyes@example.com",
    "app": {"name": "peopledesk_chat", "retriever": "search_handbook", "system": "You are PeopleDesk, the HR assistant. Answer from the employee handbook excerpts."},
    "turns": [
        turn(
            "Hi, I'm expecting a baby in June and want to understand my options.",
            "Congratulations! I can walk you through parental leave, annual leave and flexible working. Where would you like to start?",
            docs=[LEAVE_2025, FLEX],
        ),
        turn("How much annual leave do I have?", "You get 27 working days of annual leave plus public holidays, and you can carry up to 5 unused days into next year.", docs=[ANNUAL]),
        turn(
            "And how long is parental leave?",
            "Parental leave is 12 weeks at full pay for the primary caregiver, and it has to be taken within 6 months of the birth.",
            docs=[LEAVE_2021, ANNUAL],
        ),
        turn(
            "So if the baby comes on 10 June and I take the parental leave followed by all 27 days of annual leave, when am I back?",
            "12 weeks from 10 June takes you to 2 September; 27 working days of annual leave after that brings you back on Monday 12 October.",
            docs=[LEAVE_2021, ANNUAL],
        ),
        turn(
            "Can my partner, who also works here, take leave too?",
            "The policy gives the 12 weeks to the primary caregiver only, so your partner would need to use annual leave or unpaid leave.",
            docs=[LEAVE_2021],
        ),
        turn("When do I need to tell my manager?", "You need to give 8 weeks' notice before your leave starts, so by 15 April for a 10 June start.", docs=[LEAVE_2021]),
        turn(
            "Great, I'll write to my manager. Can you summarise what I'm entitled to?",
            "Here's your summary: 12 weeks of parental leave at full pay, taken within 6 months of the birth; 27 days of annual leave plus up to 5 carried-over days; your partner isn't eligible for paid parental leave; notice due by 15 April.",
            docs=[LEAVE_2021, ANNUAL],
        ),
    ],
    "judgements": [
        (7, "correctness", "no", "The current handbook gives 20 weeks at full pay to every parent, within 12 months, with 4 weeks' notice; the summary uses the superseded 12-week, primary-caregiver-only rule and wrongly excludes the partner."),
        (7, "policy_accuracy", "fail", "Contradicts handbook-2025-s7 on duration (12 vs 20 weeks), on the partner's eligibility and on the notice period (8 vs 4 weeks)."),
    ],
    "root": 3,
    "evidence": "the superseded handbook-2021-s7 (12 weeks, primary caregiver only) instead of handbook-2025-s7 (20 weeks)",
    "why": "Turn 3 is the first answer taken from the 2021 handbook section (12 weeks); turns 4-7 compute dates, the partner's eligibility and the notice period from it.",
}

SDK_V1 = doc("acmepay-docs-v1/auth", "acmepay 1.x: call acmepay.login(api_key='...') before creating a client; the session token lasts 24 hours.")
SDK_V3 = doc("acmepay-docs-v3/auth", "acmepay 3.x: login() was removed in 3.0. Create a client with acmepay.Client(api_key='...'); the client refreshes its token automatically.")
SDK_REFUNDS = doc("acmepay-docs-v3/refunds", "client.refunds.create(payment_id, amount=None) creates a full refund when amount is omitted. Amounts are integers in minor units (cents).")
SDK_ERRORS = doc("acmepay-docs-v3/errors", "AuthenticationError is raised when the API key is missing or invalid. RateLimitError carries retry_after in seconds.")

OD_SDK = {
    "name": "outdated-doc-sdk-auth",
    "category": "outdated-document",
    "judging": "some-turns",
    "slug": "od-sdk-auth-2d77",
    "user": "priya.n@example.com",
    "app": {"name": "devhelp", "retriever": "search_docs", "system": "You are a coding assistant for the acmepay Python SDK. Use the documentation excerpts."},
    "turns": [
        turn(
            "I'm on acmepay 3.2 in a Django app. I need to issue refunds from an admin action.",
            "Sure. In the admin action you'd loop over the selected payments and call the refunds API for each. First you'll need an authenticated client: is your API key in settings?",
            docs=[SDK_REFUNDS],
        ),
        turn(
            "Yes, it's settings.ACMEPAY_KEY. How do I authenticate?",
            "Call `acmepay.login(api_key=settings.ACMEPAY_KEY)` once at startup, for example in your AppConfig.ready(), then create the client with `acmepay.Client()`. The login token lasts 24 hours.",
            docs=[SDK_V1, SDK_V3],
        ),
        turn(
            "Should I worry about the 24 hours? The server runs for weeks.",
            "Yes: since the token from `acmepay.login()` expires after 24 hours, schedule a task that calls `acmepay.login()` again every 12 hours, e.g. with Celery beat.",
            docs=[SDK_V1],
        ),
        turn(
            "OK, here's my task:\n```python\n@shared_task\ndef relogin():\n    acmepay.login(api_key=settings.ACMEPAY_KEY)\n```\nAnd the admin action?",
            "The task looks right. For the admin action:\n```python\n@admin.action(description='Refund selected payments')\ndef refund(modeladmin, request, queryset):\n    client = acmepay.Client()\n    for payment in queryset:\n        client.refunds.create(payment.acmepay_id)\n```",
            docs=[SDK_REFUNDS],
        ),
        turn(
            "Running it I get `AttributeError: module 'acmepay' has no attribute 'login'`.",
            "That usually means an older acmepay is installed in that environment. Run `pip install -U acmepay`, check that `acmepay.login` exists, then restart the Celery worker so the relogin task runs.",
            docs=[SDK_ERRORS, SDK_V1],
        ),
        turn(
            "I'm already on 3.2, upgrading changed nothing.",
            "Then pin `acmepay<3` in requirements.txt so `login()` is available again; the rest of the code stays the same.",
            docs=[SDK_V1, SDK_V3],
        ),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Outlines how to issue refunds from a Django admin action and asks about the API key."),
        (2, "relevance_to_query", "yes", "Explains how to authenticate with the API key from settings."),
        (3, "relevance_to_query", "yes", "Addresses the concern about the 24-hour token on a long-running server."),
        (4, "relevance_to_query", "yes", "Provides the requested admin action code."),
        (5, "relevance_to_query", "yes", "Responds to the AttributeError the user reported."),
        (5, "correctness", "no", "acmepay 3.x removed login(); the fix is to pass api_key to acmepay.Client, not to upgrade. The answer keeps relying on the 1.x authentication flow."),
        (6, "correctness", "no", "Recommends downgrading to acmepay 2.x instead of using acmepay.Client(api_key=...) as documented for 3.x."),
    ],
    "root": 2,
    "evidence": "the 1.x document acmepay-docs-v1/auth (acmepay.login) for a user on acmepay 3.2",
    "why": "At turn 2 the retriever returned the 1.x auth page and the assistant told the user to call acmepay.login(); turns 3-6 build on that API, which 3.x removed.",
}

FEES_2019 = doc("fees-2019", "International SEPA transfers: free. Non-SEPA international transfers: 5 EUR flat fee.")
FEES_2026 = doc("fees-2026", "SEPA transfers: free. Non-SEPA international transfers: 0.5% of the amount, minimum 12 EUR, maximum 60 EUR.")
FX_MARGIN = doc("fx-margin", "Currency conversion uses the mid-market rate plus a 1.5% margin.")

OD_FEES = {
    "name": "outdated-doc-transfer-fee",
    "category": "outdated-document",
    "judging": "session-only",
    "slug": "od-transfer-fee-6e12",
    "user": "marta.k@example.com",
    "app": {"name": "bank_assistant", "span_type": "AGENT", "retriever": "search_fee_schedule", "system": "You are the bank's customer assistant. Use the fee schedule and tools."},
    "turns": [
        turn("Hello, I need to send money to my sister in Canada.", "Hi! I can help with that. How much would you like to send, and from which account?", docs=[FEES_2026]),
        turn("About 2,000 EUR from my current account.", "Thanks: 2,000 EUR from your current account to Canada. Should your sister receive Canadian dollars?"),
        turn(
            "Yes, CAD please. What's the rate today?",
            "Today's mid-market rate is 1.5012 CAD per EUR; we add a 1.5% margin, so she'd receive about 2,957 CAD.",
            docs=[FX_MARGIN],
            tools=[call("get_exchange_rate", {"from": "EUR", "to": "CAD"}, {"mid": 1.5012, "as_of": "2026-11-27T09:00:00Z"})],
        ),
        turn("And what does the transfer itself cost?", "A transfer outside SEPA has a flat fee of 5 EUR, so you'd pay 2,005 EUR in total.", docs=[FEES_2019, FEES_2026]),
        turn("I have exactly 2,010 EUR in the account, that works?", "Yes, 2,010 EUR covers the 2,000 EUR transfer plus the 5 EUR fee, leaving you 5 EUR.", docs=[FEES_2019]),
        turn(
            "Please go ahead.",
            "The transfer was rejected for insufficient funds. That's odd: the amount plus the 5 EUR fee is 2,005 EUR and you have 2,010 EUR. There may be a temporary hold on your account.",
            tools=[
                call(
                    "create_transfer",
                    {"from": "CUR-2281", "to_iban": "CA-****-0931", "amount_eur": 2000, "currency_out": "CAD"},
                    {"status": "rejected", "reason": "INSUFFICIENT_FUNDS", "required_eur": "2012.00", "available_eur": "2010.00"},
                )
            ],
        ),
        turn(
            "There's no hold. Why does it say 2,012 required?",
            "The fee for non-SEPA transfers is 5 EUR, so 2,012 EUR looks like an error on our side. I've raised it with the payments team.",
            docs=[FEES_2019],
        ),
        turn("This is ridiculous, I need the money there by Friday.", "I understand, and I'm sorry. As a workaround you could send 1,990 EUR now, which leaves room for the fee."),
        turn("Fine, but I still don't understand the fee. Forget it for today.", "Sorry for the trouble. The 1,990 EUR transfer is ready whenever you want to confirm it."),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The user becomes frustrated after the transfer is rejected (turns 6-8) and leaves without understanding the fee; the assistant keeps insisting on a 5 EUR fee."),
        ("conversation_completeness", "no", "The transfer was not sent and the question why 2,012 EUR was required is never answered; the assistant calls it an error instead of explaining the 12 EUR minimum fee."),
    ],
    "root": 4,
    "evidence": "the outdated fee schedule fees-2019 (5 EUR flat fee; now 0.5%, minimum 12 EUR)",
    "why": "Turn 4 quotes the 5 EUR fee from fees-2019; turns 5-9 plan the balance around it, and the rejection at turn 6 is the correct 12 EUR fee, not a bank error.",
}


# --------------------------------------------------------------------------------------------------------
# tool-failure
# --------------------------------------------------------------------------------------------------------

TF_HOTEL = {
    "name": "tool-timeout-hotel-rate",
    "category": "tool-failure",
    "judging": "every-turn",
    "slug": "tf-hotel-rate-8a03",
    "user": "jonas.brandt@example.com",
    "app": {"name": "trip_agent", "span_type": "AGENT", "system": "You are a business-travel assistant. Use the hotel tools to answer."},
    "turns": [
        turn(
            "I need a hotel in Lyon for 3 nights from 9 April, near Part-Dieu station.",
            "Two good options near Part-Dieu: Hôtel Lumière Part-Dieu at 118 EUR a night and Novotel Lyon Part-Dieu at 142 EUR a night.",
            tools=[
                call(
                    "search_hotels",
                    {"city": "Lyon", "near": "Part-Dieu", "check_in": "2027-04-09", "nights": 3},
                    {"results": [{"id": "H-2231", "name": "Hôtel Lumière Part-Dieu", "from_rate_eur": 118}, {"id": "H-1190", "name": "Novotel Lyon Part-Dieu", "from_rate_eur": 142}]},
                )
            ],
            gist="lists two hotels near Part-Dieu with their nightly prices",
        ),
        turn(
            "Does the Lumière include breakfast?",
            "Yes, breakfast is included at Hôtel Lumière Part-Dieu, and checkout is at 11:00.",
            tools=[call("get_hotel_details", {"hotel_id": "H-2231"}, {"breakfast": "included", "checkout": "11:00", "wifi": "free"})],
            gist="confirms breakfast is included at Hôtel Lumière and gives the checkout time",
        ),
        turn(
            "What would the total be for the 3 nights there? My company caps hotels at 400 EUR per trip.",
            "The total for 3 nights would be 354 EUR, so you're within your 400 EUR cap.",
            tools=[
                call(
                    "get_hotel_rate",
                    {"hotel_id": "H-2231", "check_in": "2027-04-09", "nights": 3},
                    error=(TimeoutError, "get_hotel_rate: upstream rate service did not respond within 8 s; using the cached search rate"),
                )
            ],
            gist="gives the 3-night total and compares it with the 400 EUR cap",
        ),
        turn(
            "Perfect, please book it.",
            "Booked! Your confirmation number is LUM-58821 for 3 nights from 9 April at Hôtel Lumière Part-Dieu.",
            tools=[call("book_hotel", {"hotel_id": "H-2231", "check_in": "2027-04-09", "nights": 3, "guest": "Jonas Brandt"}, {"status": "confirmed", "confirmation": "LUM-58821", "total_eur": 492})],
            gist="confirms the booking and gives the confirmation number LUM-58821",
        ),
        turn(
            "Can you write me a summary for my expense pre-approval?",
            "Here's your summary: Hôtel Lumière Part-Dieu, Lyon, 9-12 April, 3 nights, breakfast included, total 354 EUR (within the 400 EUR cap). Confirmation LUM-58821.",
            gist="summarises the booking for expense pre-approval",
        ),
        turn("Thanks!", "You're welcome, have a great trip to Lyon!", gist="closes the conversation politely"),
    ],
    "overrides": {
        (1, "guidelines"): ("no", "The guidelines ask the assistant to check the traveller's company travel policy before suggesting hotels; the response lists hotels straight away."),
        (3, "correctness"): ("yes", "3 nights at 118 EUR is 354 EUR, which is correctly compared with the 400 EUR cap."),
        (5, "correctness"): ("no", "The booking tool confirmed a total of 492 EUR, not 354 EUR; the summary reuses a rate that was never confirmed and wrongly says the stay is within the 400 EUR cap."),
    },
    "root": 3,
    "evidence": "the get_hotel_rate tool timed out and the answer used the cached 118 EUR search rate (the booking total was 492 EUR)",
    "why": "At turn 3 get_hotel_rate timed out and the app answered 354 EUR from the cached rate; turn 4 books on that basis and turn 5 states the wrong total. The guidelines complaint at turn 1 is unrelated.",
}

TF_BALANCE = {
    "name": "tool-wrong-balance",
    "category": "tool-failure",
    "judging": "last-turn",
    "slug": "tf-balance-53c9",
    "user": "ines.varga@example.com",
    "app": {"name": "banking_copilot", "span_type": "AGENT", "system": "You are a retail-banking assistant. Use the account tools."},
    "turns": [
        turn(
            "Hi, I'd like to check my balance before paying rent.",
            "Hi! Sure: which account should I check? I can see a current account ending 3318 and a savings account ending 7702.",
            tools=[call("list_accounts", {}, [{"id": "CUR-3318", "type": "current"}, {"id": "SAV-7702", "type": "savings"}])],
        ),
        turn(
            "The current one, 3318.",
            "Your current account ending 3318 has an available balance of 1,840.25 EUR.",
            tools=[call("get_balance", {"account_id": "CUR-3318"}, {"account_id": "CUR-3318", "available_balance_eur": 1840.25, "as_of": "2026-11-27T08:14:03Z"})],
        ),
        turn("Rent is 1,450. I'd also like to move 300 to savings. Is there enough for both?", "Yes: 1,450 + 300 = 1,750 EUR, which leaves you 90.25 EUR of your 1,840.25 EUR."),
        turn(
            "Great, transfer the 300 to savings now please.",
            "Done: 300 EUR moved to your savings account ending 7702, reference TRF-99013.",
            tools=[call("create_transfer", {"from": "CUR-3318", "to": "SAV-7702", "amount_eur": 300}, {"status": "completed", "reference": "TRF-99013"})],
        ),
        turn(
            "My rent payment just bounced! Why? You said I had enough.",
            "I'm sorry. After the 300 EUR transfer you should still have 1,540.25 EUR available, which covers the 1,450 EUR rent. It may be a temporary issue with your landlord's bank; please try again.",
        ),
    ],
    "judgements": [
        (5, "correctness", "no", "The account had a 600 EUR card pre-authorisation pending, so only 1,240.25 EUR was available before the transfer and 940.25 EUR after; the response repeats the ledger figure and blames the landlord's bank."),
    ],
    "root": 2,
    "evidence": "the get_balance tool returned the ledger balance 1,840.25 EUR as available (a 600 EUR hold was pending)",
    "why": "At turn 2 get_balance returned a wrong available balance without error and the assistant stated it; turns 3-5 plan and explain the bounced rent from it.",
}

TF_SHIPPING = {
    "name": "tool-error-shipping-quote",
    "category": "tool-failure",
    "judging": "session-only",
    "slug": "tf-shipping-0f4d",
    "user": "hrafn.e@example.com",
    "app": {"name": "shop_assistant", "span_type": "AGENT", "system": "You are the assistant of Leirverk Ceramics' web shop."},
    "turns": [
        turn(
            "Hi, I want to order the large stoneware planter (PL-40) delivered to Reykjavik.",
            "Good news, the large stoneware planter PL-40 is in stock at 89 EUR. Shall I work out shipping to Reykjavik?",
            tools=[call("check_stock", {"sku": "PL-40"}, {"sku": "PL-40", "in_stock": 7, "price_eur": 89, "weight_kg": 14.5})],
        ),
        turn(
            "Yes, how much is shipping?",
            "Shipping to Reykjavik is 19 EUR with standard delivery in 4-6 working days.",
            tools=[call("get_shipping_quote", {"sku": "PL-40", "country": "IS", "postcode": "101"}, error=(ConnectionError, "HTTP 503 from carrier-rates.internal: Service Unavailable"))],
        ),
        turn("That's fine. So 89 + 19 = 108 EUR total?", "Exactly, 108 EUR in total."),
        turn(
            "Ordering now.",
            "Great, I've created order CR-44107. You'll be taken to checkout to pay.",
            tools=[call("create_order", {"sku": "PL-40", "qty": 1, "country": "IS"}, {"order_id": "CR-44107", "checkout_url": "https://shop.example/checkout/CR-44107"})],
        ),
        turn(
            "Checkout says 153 EUR! Where do 64 EUR of shipping come from?",
            "Sorry for the confusion. Shipping to Reykjavik is 19 EUR; checkout may be adding a surcharge by mistake. I've flagged order CR-44107 for review.",
        ),
        turn(
            "I'm not paying 153 for that. Cancel it.",
            "Order CR-44107 has been cancelled. Sorry it didn't work out.",
            tools=[call("cancel_order", {"order_id": "CR-44107"}, {"status": "cancelled"})],
        ),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The user was told shipping was 19 EUR, found 64 EUR at checkout, got no real explanation and cancelled the order."),
        ("conversation_completeness", "no", "The user wanted to buy the planter and ship it to Reykjavik; the order was cancelled and the shipping cost was never explained correctly."),
    ],
    "root": 2,
    "evidence": "get_shipping_quote failed with HTTP 503 and the assistant quoted 19 EUR anyway (the real cost was 64 EUR)",
    "why": "At turn 2 the shipping-quote tool failed and the app answered with a default 19 EUR; the total at turn 3 and the explanation at turn 5 build on it.",
}

TF_UNITS = {
    "name": "tool-wrong-flour-conversion",
    "category": "tool-failure",
    "judging": "some-turns",
    "slug": "tf-flour-77d2",
    "user": "grace.obi@example.com",
    "app": {"name": "kitchen_helper", "span_type": "AGENT", "system": "You are a friendly baking assistant. Use convert_units for conversions."},
    "turns": [
        turn("I'm baking my grandma's American pound cake but I only have a kitchen scale. Can you help convert?", "Of course! Send me the ingredient list and I'll convert everything to grams."),
        turn(
            "2 cups sugar, 3 cups flour, 1 cup butter, 5 eggs, 1 cup milk.",
            "Here you go: sugar 400 g, all-purpose flour 720 g, butter 227 g, milk 240 ml, and the 5 eggs stay as they are.",
            tools=[
                call(
                    "convert_units",
                    {"items": [{"name": "sugar", "qty": 2, "unit": "cup"}, {"name": "flour", "qty": 3, "unit": "cup"}, {"name": "butter", "qty": 1, "unit": "cup"}, {"name": "milk", "qty": 1, "unit": "cup"}], "to": "metric"},
                    {"sugar": "400 g", "flour": "720 g", "butter": "227 g", "milk": "240 ml"},
                )
            ],
        ),
        turn("My bag of flour is 1 kg. Is that enough for two cakes?", "Two cakes need 1,440 g of flour, so one bag isn't enough: buy a second 1 kg bag."),
        turn("OK, bought it. What temperature and how long?", "Bake at 165°C (150°C fan) for 70-80 minutes, until a skewer comes out clean."),
        turn(
            "The batter is super thick, almost like bread dough. Is that right?",
            "Pound cake batter is thick, so that's normal. With 720 g of flour it will be stiff; just spread it evenly in the tin.",
        ),
        turn(
            "It came out dry and dense.",
            "Pound cakes turn out dense when the batter is over-mixed or over-baked. Next time, fold the flour in just until combined and check it at 65 minutes.",
        ),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Converts each ingredient of the list to metric as asked."),
        (4, "relevance_to_query", "yes", "Gives the baking temperature and time."),
        (4, "correctness", "yes", "165°C for 70-80 minutes is a standard temperature and time for a pound cake."),
        (5, "correctness", "no", "3 cups of all-purpose flour is about 375 g; 720 g nearly doubles the flour, which explains the dough-like batter, yet the response says it is normal."),
        (6, "correctness", "no", "The cake is dry because it contains almost twice the flour (720 g instead of about 375 g); the response blames mixing and baking time."),
    ],
    "root": 2,
    "evidence": "the convert_units tool returned 720 g for 3 cups of flour (about 375 g is right)",
    "why": "At turn 2 convert_units returned a wrong flour weight without error and the assistant stated it; turns 3, 5 and 6 build on the 720 g.",
}


# --------------------------------------------------------------------------------------------------------
# context-window
# --------------------------------------------------------------------------------------------------------

CW_NUTS = {
    "name": "window-nut-allergy",
    "category": "context-window",
    "judging": "session-only",
    "slug": "cw-nut-allergy-3f61",
    "user": "olu.adeyemi@example.com",
    "app": {"name": "party_planner", "window": 4, "system": "You are a helpful party-food planner."},
    "turns": [
        turn(
            "I'm planning my son's 8th birthday party for 12 kids. One of them has a severe peanut and tree-nut allergy, so everything has to be nut-free.",
            "Sounds fun! Would you like finger food or a sit-down meal, and what time is the party?",
        ),
        turn("Finger food, the party is 2 to 5 pm.", "For an afternoon party, plan about 6-8 savoury bites and 2-3 sweet items per child. Shall I suggest a menu?"),
        turn("Yes, savoury first please.", "Mini cheese-and-ham sliders, veggie sticks with a yoghurt dip, cocktail sausages, and mini pizzas with tomato and mozzarella."),
        turn("Great. What about drinks?", "Homemade lemonade, apple juice spritzers and a fruit punch with orange and pineapple."),
        turn("Now the sweet things.", "Chocolate brownies, fairy cakes with sprinkles, and a fruit platter with grapes, melon and strawberries."),
        turn(
            "And the birthday cake? He loves chocolate.",
            "A chocolate layer cake with a hazelnut praline filling, topped with chopped roasted hazelnuts and a few Ferrero Rocher.",
        ),
        turn("Sounds amazing, how far ahead can I make it?", "You can bake the sponges two days ahead; fill them and decorate with the praline and hazelnuts on the morning of the party."),
    ],
    "session_judgements": [
        ("knowledge_retention", "no", "At turn 1 the user said one guest has a severe peanut and tree-nut allergy; at turns 6 and 7 the assistant proposes a hazelnut praline cake topped with Ferrero Rocher."),
        ("user_frustration", "none", "The user is happy and engaged throughout; they have not noticed the problem."),
    ],
    "root": 4,
    "constraint": 1,
    "evidence": "the app sends only the last 4 messages, so from turn 4 the model no longer saw the turn-1 'nut-free' allergy",
    "why": "The app keeps the last 4 messages; turn 4 is the first whose model input lacks the turn-1 allergy, and the hazelnut cake at turn 6 follows from that.",
}

CW_BUDGET = {
    "name": "window-kyoto-budget",
    "category": "context-window",
    "judging": "every-turn",
    "slug": "cw-kyoto-budget-a402",
    "user": "chloe.martin@example.com",
    "app": {"name": "travel_chat", "window": 6, "system": "You are a travel planning assistant."},
    "turns": [
        turn(
            "Help me plan 5 days in Kyoto in late October.",
            "Lovely time to go: autumn colours start in late October. Are you travelling solo, and do you have a budget in mind?",
            gist="asks about travel companions and budget for the Kyoto trip",
        ),
        turn(
            "Solo. My accommodation budget is 60,000 yen for the 5 nights, so around 12,000 a night at most.",
            "Thanks! Which area would you like to stay in: near Kyoto Station for convenience, or Gion and Higashiyama for atmosphere?",
            gist="asks which area the user would like to stay in",
        ),
        turn(
            "Near Kyoto Station is probably easiest.",
            "Good choice. Within a 10-minute walk: Guesthouse Tomari (9,800 yen a night), Hotel Sakura Kyoto Station (11,500 yen) and Ryokan Hiiragi (11,900 yen).",
            gist="suggests three places to stay near Kyoto Station with nightly prices",
        ),
        turn(
            "What should I see on day one?",
            "Start at Fushimi Inari early (before 8 am) to beat the crowds, then Tofuku-ji for the maples, and end with dinner in Pontocho.",
            gist="proposes a day-one itinerary (Fushimi Inari, Tofuku-ji, Pontocho)",
        ),
        turn(
            "Is the JR Pass worth it?",
            "Not for 5 days in Kyoto alone: an ICOCA card and the odd bus day pass cover you. It only pays off if you add Hiroshima or Tokyo.",
            gist="explains the JR Pass is not worth it for a Kyoto-only stay",
        ),
        turn(
            "Maybe I'll do a day trip to Nara.",
            "Nara is an easy day trip: about 45 minutes on the Kintetsu line. See Todai-ji, the deer park and Kasuga Taisha.",
            gist="describes a day trip to Nara",
        ),
        turn(
            "Anything special for the last evening?",
            "End with a kaiseki dinner in Gion; several restaurants there do a 10-course dinner for around 11,000 yen.",
            gist="suggests a kaiseki dinner in Gion for the last evening",
        ),
        turn(
            "For the last night I'd actually like to stay somewhere traditional instead of the station hotel. Any ryokan?",
            "For a memorable last night, Hoshinoya Kyoto in Arashiyama is stunning: riverside rooms from about 98,000 yen a night including a kaiseki dinner. Gion Hatanaka, at about 52,000 yen, is a more central alternative.",
            gist="recommends two ryokan for the last night",
        ),
        turn(
            "Which one is easier to reach from the station?",
            "Gion Hatanaka: about 15 minutes by taxi or the 206 bus. Hoshinoya needs a train to Arashiyama and then their private boat.",
            gist="compares how to reach the two ryokan from the station",
        ),
    ],
    "overrides": {
        (8, "correctness"): ("no", "The user set an accommodation budget of about 12,000 yen a night; both suggestions (about 98,000 and 52,000 yen) are far beyond it."),
        (8, "guidelines"): ("no", "Recommendations should respect the constraints the user stated; the response ignores the user's accommodation budget."),
        (9, "correctness"): ("yes", "The travel options to Gion and Arashiyama are described accurately."),
    },
    "root": 6,
    "constraint": 2,
    "evidence": "the app sends only the last 6 messages: from turn 6 the model no longer saw the 12,000 yen a night budget given at turn 2",
    "why": "Turn 6 is the first turn whose model input lacks the turn-2 budget; the ryokan at 98,000 and 52,000 yen at turn 8 ignore it.",
}

CW_TIMEZONE = {
    "name": "window-timezone-standup",
    "category": "context-window",
    "judging": "last-turn",
    "slug": "cw-timezone-5b88",
    "user": "wei.ling.tan@example.com",
    "app": {"name": "calendar_assistant", "window": 2, "system": "You help people schedule meetings."},
    "turns": [
        turn(
            "Quick note before we start: I'm in Singapore, so give me every time in SGT. I need a weekly 30-minute standup with colleagues in Berlin and Toronto.",
            "Got it. Which day of the week works best, and who should be invited?",
        ),
        turn("Tuesdays. Invite Anna and Piotr in Berlin, and Dev and Marie in Toronto.", "Great. I'll draft the invite for Anna, Piotr, Dev and Marie. Should it include a video link?"),
        turn("Yes, a Zoom link please.", "Okay, I'll add a Zoom link to the invite. Any agenda for the description?"),
        turn("Just 'Round of updates, blockers, next steps'.", "Added that agenda to the description."),
        turn(
            "Now, what time should it be so it's inside everyone's working hours?",
            "Tuesdays at 8:00 AM Eastern works: that's 14:00 in Berlin and 8:00 AM in Toronto.",
        ),
        turn("And what time is that for me?", "That's 8:00 AM for you too if you're on Eastern time, so set a reminder for 7:55."),
    ],
    "judgements": [
        (6, "correctness", "no", "The user said at the start they are in Singapore and want times in SGT; 8:00 Eastern on Tuesday is 21:00 SGT, not 8:00."),
    ],
    "root": 3,
    "constraint": 1,
    "evidence": "the app sends only the last 2 messages: from turn 3 the model no longer saw 'I'm in Singapore, give every time in SGT'",
    "why": "Turn 3 is the first turn whose model input lacks the turn-1 time-zone instruction; turn 5 gives no SGT time and turn 6 assumes Eastern time.",
}


# --------------------------------------------------------------------------------------------------------
# misread-request
# --------------------------------------------------------------------------------------------------------

MR_PORTLAND = {
    "name": "misread-portland",
    "category": "misread-request",
    "judging": "some-turns",
    "slug": "mr-portland-1c5e",
    "user": "dana.whitaker@example.com",
    "app": {"name": "trip_ideas", "system": "You are a friendly travel assistant."},
    "turns": [
        turn("I'm flying into PWM on 17 July for a long weekend. Can you help me plan?", "Absolutely! How many days will you have, and what are you into: food, outdoors, museums?"),
        turn(
            "Three days. Mostly food and being near the water. Where should I stay?",
            "Portland is a great food city! Stay in the Pearl District or along the South Waterfront on the Willamette River; both are walkable to food carts and the riverside esplanade.",
        ),
        turn("Nice. Which seafood places should I try?", "Try Jacqueline on SE Clinton for oysters, Olympia Oyster Bar on N Williams, and the food cart pods downtown for fish tacos."),
        turn("Can I do a day trip to a lighthouse?", "Yes: the Oregon coast is about 1.5 hours away. Yaquina Head Lighthouse near Newport and Heceta Head are both great day trips."),
        turn(
            "Wait, isn't Portland Head Light right next to the city?",
            "Portland Head Light is in Cape Elizabeth, next to Portland, Maine, about 3,000 miles away. From the Pearl District, the Oregon coast lighthouses are your best bet.",
        ),
        turn(
            "I'm flying into PWM. That IS Portland, Maine!",
            "You're right, I'm sorry: PWM is the Portland International Jetport in Maine. Let me start again: stay in the Old Port, eat at Eventide Oyster Co., and Portland Head Light is a 20-minute drive away.",
        ),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Asks clarifying questions about the trip."),
        (2, "relevance_to_query", "yes", "Recommends neighbourhoods to stay in near the water."),
        (3, "relevance_to_query", "yes", "Lists seafood restaurants."),
        (5, "correctness", "no", "The user flies into PWM (Portland, Maine); the response keeps planning for Portland, Oregon and dismisses Portland Head Light, which is next to the user's destination."),
        ("session", "user_frustration", "resolved", "The user gets frustrated at turn 6 when they realise the plan was for the wrong Portland; the assistant apologises and restarts with Portland, Maine."),
    ],
    "root": 2,
    "evidence": "PWM is Portland, Maine, but the assistant planned for Portland, Oregon (Pearl District, Willamette River)",
    "why": "At turn 2 the assistant took Portland to be Portland, Oregon although the user flies into PWM; turns 3-5 build on the wrong city until the user corrects it.",
}

MR_SAVINGS = {
    "name": "misread-joint-savings",
    "category": "misread-request",
    "judging": "session-only",
    "slug": "mr-joint-savings-9d14",
    "user": "erik.lindqvist@example.com",
    "app": {"name": "bank_chat", "span_type": "AGENT", "system": "You are the bank's assistant. Use the tools to act on the customer's accounts."},
    "turns": [
        turn("Hi, I want to set up a standing order into our joint savings account.", "Hi! Sure. From which account should the money come, and how much each month?"),
        turn(
            "From my current account, 250 a month, on the 1st.",
            "I'll set up 250 EUR a month on the 1st from your current account (CUR-5521) into your Easy Saver (SAV-1180). Shall I go ahead?",
            tools=[
                call(
                    "list_accounts",
                    {},
                    [
                        {"id": "CUR-5521", "name": "Current account", "holders": ["E. Lindqvist"]},
                        {"id": "SAV-1180", "name": "Easy Saver", "holders": ["E. Lindqvist"]},
                        {"id": "SAV-3047", "name": "Joint Saver", "holders": ["E. Lindqvist", "K. Lindqvist"]},
                    ],
                )
            ],
        ),
        turn(
            "Yes please.",
            "Done. Standing order SO-77120 is active: 250 EUR on the 1st of each month from CUR-5521 to SAV-1180.",
            tools=[call("create_standing_order", {"from": "CUR-5521", "to": "SAV-1180", "amount_eur": 250, "day": 1}, {"id": "SO-77120", "status": "active", "first_payment": "2026-12-01"})],
        ),
        turn(
            "Can my wife see it in her app?",
            "The standing order shows to holders of the paying account, so it will appear in your app. Your wife will see the incoming payments if she is a holder of the receiving account.",
        ),
        turn("She is, it's our joint account.", "Then she'll see 250 EUR arriving each month, starting with the first payment on 1 December."),
        turn("She's looking at the joint account in her app and there's no standing order into it.", "Standing order SO-77120 pays into SAV-1180. The first payment will appear there on 1 December."),
        turn(
            "SAV-1180 is MY Easy Saver, not the joint one! I said joint savings. This is the second time I've had to fix things here.",
            "I apologise, I set it up to the wrong account. Would you like me to cancel SO-77120 and create a new standing order into the Joint Saver SAV-3047?",
        ),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The user asked for the joint savings account; the standing order went to his personal Easy Saver and he ends the conversation annoyed, with the fix not yet made."),
        ("conversation_completeness", "no", "No standing order into the joint account SAV-3047 exists at the end of the conversation."),
    ],
    "root": 2,
    "evidence": "the user asked for the joint savings account (SAV-3047) but the assistant chose the Easy Saver SAV-1180",
    "why": "At turn 2 the assistant picked the personal Easy Saver although the user said joint savings; the order at turn 3 and the answers at turns 4-6 build on it.",
}

MR_LAPTOP = {
    "name": "misread-laptop-variant",
    "category": "misread-request",
    "judging": "last-turn",
    "slug": "mr-laptop-2a90",
    "user": "sofia.rossi@example.com",
    "app": {"name": "store_assistant", "span_type": "AGENT", "system": "You are the electronics store's shopping assistant."},
    "turns": [
        turn(
            "I'm looking at the Aero 14 laptop. Which configurations do you have?",
            "The Aero 14 comes in three configurations: 8 GB RAM / 256 GB SSD for 899 EUR, 16 GB / 512 GB for 1,149 EUR and 32 GB / 1 TB for 1,499 EUR.",
            tools=[
                call(
                    "get_product",
                    {"product": "aero-14"},
                    {"variants": [{"sku": "AERO14-8-256", "price_eur": 899}, {"sku": "AERO14-16-512", "price_eur": 1149}, {"sku": "AERO14-32-1T", "price_eur": 1499}]},
                )
            ],
        ),
        turn("I edit photos in Lightroom. Which one would you recommend?", "For Lightroom, 16 GB of RAM is the comfortable minimum, so the 16 GB / 512 GB model is the sweet spot."),
        turn(
            "OK, add the 16 gig one to my cart, and the sleeve in grey.",
            "Added the Aero 14 and the grey sleeve to your cart. Your total is 938 EUR.",
            tools=[
                call("add_to_cart", {"sku": "AERO14-8-256", "qty": 1}, {"ok": True, "cart_total_eur": 899}),
                call("add_to_cart", {"sku": "SLV14-GRY", "qty": 1}, {"ok": True, "cart_total_eur": 938}),
            ],
        ),
        turn("Cheaper than I thought! Is there a student discount?", "Yes, with a verified student email you get 10% off, bringing it to 844.20 EUR."),
        turn(
            "Ordered! The confirmation says 8 GB RAM though. Did I get the right one?",
            "Yes, you ordered the Aero 14 you chose, and it's a great fit for Lightroom.",
        ),
    ],
    "judgements": [
        (5, "correctness", "no", "The user asked for the 16 GB model; the order contains AERO14-8-256 (8 GB / 256 GB). The response wrongly confirms the order is right."),
    ],
    "root": 3,
    "evidence": "the user asked for the 16 GB model but the assistant added AERO14-8-256 (8 GB) to the cart",
    "why": "At turn 3 the assistant added the 8 GB variant instead of the 16 GB one the user asked for; the discount at turn 4 and the reassurance at turn 5 build on it.",
}

MR_DATES = {
    "name": "misread-date-format",
    "category": "misread-request",
    "judging": "some-turns",
    "slug": "mr-date-format-64aa",
    "user": "harriet.cole@example.com",
    "app": {"name": "code_assistant", "system": "You are a Python coding assistant."},
    "turns": [
        turn(
            "I have a pandas script that builds a monthly report for our London finance team. Can you help me tidy up the output?",
            "Sure! Paste the part that writes the report and tell me what you'd like to change.",
        ),
        turn(
            "```python\ndf = load_invoices(month)\ndf.to_excel('report.xlsx', index=False)\n```\nThe invoice_date column shows as 2026-03-04 00:00:00. I want it as day/month/year, like 04/03/2026.",
            "Format the column before writing:\n```python\ndf['invoice_date'] = df['invoice_date'].dt.strftime('%m/%d/%Y')\ndf.to_excel('report.xlsx', index=False)\n```\nThat gives 03/04/2026.",
        ),
        turn("Also the due_date column please.", "Same thing:\n```python\ndf['due_date'] = df['due_date'].dt.strftime('%m/%d/%Y')\n```"),
        turn("Can the amount column show two decimals with a thousands separator?", "Yes:\n```python\ndf['amount'] = df['amount'].map('{:,.2f}'.format)\n```\nThat shows 12345.6 as 12,345.60."),
        turn(
            "Now Excel sorts the dates weirdly.",
            "The dates are now text, so Excel sorts them as strings. Sort in pandas before formatting: `df = df.sort_values('invoice_date')`, then apply the `%m/%d/%Y` formatting.",
        ),
        turn(
            "Can you put it all together?",
            "```python\ndf = load_invoices(month).sort_values('invoice_date')\nfor col in ['invoice_date', 'due_date']:\n    df[col] = df[col].dt.strftime('%m/%d/%Y')\ndf['amount'] = df['amount'].map('{:,.2f}'.format)\ndf.to_excel('report.xlsx', index=False)\n```",
        ),
        turn(
            "Add a total row at the bottom.",
            "Compute the total before formatting the amounts:\n```python\ntotal = df['amount'].sum()\n```\nthen after formatting append `{'invoice_id': 'TOTAL', 'amount': f'{total:,.2f}'}` with `pd.concat`.",
        ),
        turn(
            "Finance says invoice 4471 was issued on 3 April, but the report shows 04/03/2026, which they read as 4 March.",
            "The report is correct: in the format we used, 04/03/2026 is April 3rd (month/day/year). They can check the raw date in the source data if in doubt.",
        ),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Shows how to format the invoice_date column before writing the report."),
        (4, "correctness", "yes", "'{:,.2f}' formats numbers with two decimals and a thousands separator."),
        (6, "relevance_to_query", "yes", "Combines the previous changes into one script as requested."),
        (8, "correctness", "no", "The user asked for day/month/year (04/03/2026 for 4 March); the code uses '%m/%d/%Y', so 3 April shows as 04/03/2026. The response defends the wrong format instead of switching to '%d/%m/%Y'."),
    ],
    "root": 2,
    "evidence": "the user asked for day/month/year but the assistant used strftime('%m/%d/%Y') (month/day/year)",
    "why": "At turn 2 the assistant misread 'day/month/year' and wrote '%m/%d/%Y'; turns 3, 5 and 6 reuse it and turn 8 defends it.",
}


# --------------------------------------------------------------------------------------------------------
# hallucination
# --------------------------------------------------------------------------------------------------------

H_OCEANARIO = {
    "name": "hallucinated-opening-time",
    "category": "hallucination",
    "judging": "some-turns",
    "slug": "h-oceanario-7e3b",
    "user": "mark.dekker@example.com",
    "app": {"name": "city_guide", "system": "You are a city guide for families."},
    "turns": [
        turn(
            "We're in Lisbon with two kids (6 and 9) for a day next Saturday. Ideas?",
            "Lisbon is great with kids! The Oceanário in Parque das Nações is a must, then the cable car along the river, and pastéis de nata in Belém.",
        ),
        turn("Love the aquarium idea. When does it open? We like to start early.", "The Oceanário opens at 8:00 on weekends, so you can be in before the crowds."),
        turn("How long do we need there?", "About 2 to 3 hours for the main tank and the temporary exhibition."),
        turn(
            "So if we get there at 8 we'd be done by 11 and could go to Belém for lunch?",
            "Exactly: arrive at 8:00, leave around 10:30-11:00, and take a taxi to Belém (about 25 minutes) for lunch.",
        ),
        turn(
            "How do we get there for 8 from Baixa?",
            "Take the green metro line from Baixa-Chiado to Alameda, change to the red line to Oriente, then walk 10 minutes. Leave around 7:30 to be there at opening.",
        ),
        turn("Perfect, thanks!", "Enjoy Lisbon with the kids!"),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Suggests family-friendly activities in Lisbon."),
        (3, "relevance_to_query", "yes", "Estimates how long the visit takes."),
        (5, "correctness", "no", "The Oceanário opens at 10:00, not 8:00; telling the family to leave Baixa at 7:30 for an 8:00 opening is wrong."),
        (6, "guidelines", "yes", "A short, friendly closing."),
    ],
    "root": 2,
    "evidence": "the invented opening time of 8:00 (the Oceanário opens at 10:00)",
    "why": "At turn 2 the assistant invented an 8:00 opening time with no source; turns 4 and 5 plan the day around it.",
}

H_REQUESTS = {
    "name": "hallucinated-api-parameter",
    "category": "hallucination",
    "judging": "last-turn",
    "slug": "h-requests-retries-0b6f",
    "user": "kofi.mensah@example.com",
    "app": {"name": "pair_programmer", "system": "You are a senior Python engineer helping a colleague."},
    "turns": [
        turn(
            "My script calls a flaky internal API with requests and sometimes it just hangs. What can I do?",
            "Two things: always set a timeout so a call can't hang forever, and retry transient failures. Do you want a quick fix or something more robust?",
        ),
        turn(
            "Quick fix please, I'm in a hurry.",
            "requests has both built in: `requests.get(url, timeout=10, retries=3)` gives up after 10 seconds and retries up to 3 times.",
        ),
        turn(
            "Can it also wait between retries?",
            "Yes, add `backoff_factor`: `requests.get(url, timeout=10, retries=3, backoff_factor=0.5)` waits 0.5 s, 1 s and then 2 s between attempts.",
        ),
        turn("I have the same call on a session, `s.get(...)`. Same arguments?", "Yes, `Session.get` accepts the same arguments: `s.get(url, timeout=10, retries=3, backoff_factor=0.5)`."),
        turn(
            "I get `TypeError: Session.request() got an unexpected keyword argument 'retries'`.",
            "That error means your requests version is too old: `retries` was added in requests 2.32. Run `pip install -U requests` and try again.",
        ),
    ],
    "judgements": [
        (5, "correctness", "no", "requests has never accepted 'retries' or 'backoff_factor' keywords; retries are configured with urllib3's Retry on an HTTPAdapter mounted on a Session, so upgrading will not help."),
    ],
    "root": 2,
    "evidence": "the invented requests keyword argument retries= (and backoff_factor=)",
    "why": "At turn 2 the assistant invented a 'retries' parameter for requests.get; turns 3-5 extend it and explain the resulting TypeError wrongly.",
}

H_PLAN_PRICE = {
    "name": "hallucinated-plan-price",
    "category": "hallucination",
    "judging": "session-only",
    "slug": "h-family-plan-c2d8",
    "user": "nadia.haddad@example.com",
    "app": {"name": "streamly_support", "system": "You are Streamly's support assistant."},
    "turns": [
        turn("Hi, I'm on the Basic plan. What other plans are there?", "Besides Basic, there are Standard and Family. Standard adds HD and a second screen; Family adds 4K and more screens."),
        turn("How much is Family, and how many screens?", "The Family plan is 12.99 EUR a month and lets you stream on up to 6 screens at once."),
        turn(
            "Only 3 EUR more than Basic for 6 screens? Great. Can my parents use it in their own house?",
            "Yes, Family screens can be used in different homes, so your parents can use two of the six screens.",
        ),
        turn(
            "Then switch me to Family please.",
            "To switch, go to Account > Plan > Change plan and choose Family. The new price of 12.99 EUR applies from your next billing date.",
        ),
        turn("The change-plan page says Family is 17.99 and 4 screens. Which is it?", "The page may be showing an old promotion. Your Family plan will be 12.99 EUR with 6 screens."),
        turn("I don't trust this anymore. I'll stay on Basic.", "Understood, you'll stay on Basic. Let me know if you change your mind."),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The assistant quoted 12.99 EUR and 6 screens for Family; when the plan page showed 17.99 EUR and 4 screens it insisted, and the user gave up."),
        ("conversation_completeness", "no", "The user wanted to upgrade to Family and share it with their parents; the conversation ends with no upgrade and contradictory price information."),
    ],
    "root": 2,
    "evidence": "the invented Family price of 12.99 EUR and 6 screens (the plan page says 17.99 EUR and 4 screens)",
    "why": "At turn 2 the assistant made up the Family price and screen count; turns 3-5 repeat them and the user gives up.",
}

H_GUEST_PASSES = {
    "name": "hallucinated-guest-passes",
    "category": "hallucination",
    "judging": "every-turn",
    "slug": "h-guest-passes-5a17",
    "user": "lukas.meyer@example.com",
    "app": {"name": "pulsefit_chat", "system": "You are PulseFit's membership assistant."},
    "turns": [
        turn(
            "Hi, I'm thinking of joining PulseFit. What's the difference between Core and Flex?",
            "Core gives you your home club during staffed hours; Flex gives you every PulseFit club, 24/7, plus all group classes.",
            gist="explains the difference between the Core and Flex memberships",
        ),
        turn("Can I bring a friend with Flex?", "Yes: Flex includes 4 free guest passes per month, and your guest can join you in classes too.", gist="answers whether a friend can come along with Flex"),
        turn(
            "My girlfriend and I train together three times a week. Could she come on my passes?",
            "She could come 4 times a month for free on your guest passes; for more visits she'd need her own membership.",
            gist="explains how often the girlfriend could come on guest passes",
        ),
        turn(
            "Is Flex worth it then if she only comes once a week?",
            "Yes: once a week is about 4 visits a month, which your 4 guest passes cover, so she wouldn't pay anything.",
            gist="says whether Flex is worth it for weekly guest visits",
        ),
        turn(
            "Great, I'll sign up for Flex and bring her every Saturday.",
            "Welcome aboard! Sign up in the app, then add her under Membership > Guest passes before each Saturday visit; you have 4 per month.",
            gist="explains how to sign up and add a guest",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("no", "According to the expected facts, Flex includes one guest pass per month, not four."),
        (3, "correctness"): ("yes", "The response is consistent with the guest-pass allowance discussed and correctly says frequent visits need a membership."),
        (4, "correctness"): ("no", "Flex includes one guest pass per month, so weekly visits are not covered; she would pay for three of the four visits."),
        (5, "correctness"): ("no", "States there are 4 guest passes per month; the expected facts say Flex includes one."),
    },
    "root": 2,
    "evidence": "the invented allowance of 4 guest passes per month (Flex includes 1)",
    "why": "At turn 2 the assistant invented 4 guest passes a month; turns 3-5 plan weekly visits on it. The judge caught it at turn 2 already.",
}


# --------------------------------------------------------------------------------------------------------
# user-changed-mind
# --------------------------------------------------------------------------------------------------------

UC_RESTAURANT = {
    "name": "changed-mind-restaurant",
    "category": "user-changed-mind",
    "judging": "last-turn",
    "slug": "uc-restaurant-38f2",
    "user": "camille.moreau@example.com",
    "app": {"name": "booking_agent", "span_type": "AGENT", "system": "You book restaurant tables for users."},
    "turns": [
        turn(
            "Hi, can I book a table for 4 this Friday at 19:30 at Osteria Lupa?",
            "Yes, Osteria Lupa has a table for 4 this Friday, 4 December, at 19:30. Shall I book it?",
            tools=[call("check_availability", {"restaurant": "osteria-lupa", "date": "2026-12-04", "time": "19:30", "party": 4}, {"available": True})],
        ),
        turn(
            "Yes, under the name Moreau.",
            "Booked: a table for 4 on Friday 4 December at 19:30 under Moreau, reference OL-2291.",
            tools=[call("create_booking", {"restaurant": "osteria-lupa", "date": "2026-12-04", "time": "19:30", "party": 4, "name": "Moreau"}, {"booking_id": "OL-2291", "status": "confirmed"})],
        ),
        turn(
            "Ah, my in-laws are coming too after all. Can we make it Saturday instead, for 6 people?",
            "Saturday 5 December for 6 is available at 19:00 or 21:00. Which would you prefer?",
            tools=[call("check_availability", {"restaurant": "osteria-lupa", "date": "2026-12-05", "party": 6}, {"available": True, "times": ["19:00", "21:00"]})],
        ),
        turn(
            "19:00.",
            "Done: OL-2291 is now Saturday 5 December at 19:00 for 6 people.",
            tools=[call("modify_booking", {"booking_id": "OL-2291", "date": "2026-12-05", "time": "19:00", "party": 6}, {"status": "confirmed"})],
        ),
        turn(
            "Can you note that one guest uses a wheelchair?",
            "Noted on OL-2291: one guest uses a wheelchair. Osteria Lupa has step-free access and will keep a table near the entrance.",
            tools=[call("add_booking_note", {"booking_id": "OL-2291", "note": "One guest uses a wheelchair"}, {"ok": True, "venue_accessibility": "step-free"})],
        ),
        turn(
            "Perfect. Can you confirm the whole booking?",
            "Your booking OL-2291 at Osteria Lupa: Saturday 5 December at 19:00, 6 people, under Moreau, with a note about wheelchair access.",
        ),
    ],
    "judgements": [
        (6, "correctness", "no", "The user requested a table for 4 on Friday at 19:30; the confirmed booking is for 6 people on Saturday at 19:00."),
    ],
    "root": 3,
    "kind": "user",
    "evidence": "the user changed the booking to Saturday for 6 people at turn 3; the judge compared with the original Friday, 4 people request",
    "why": "The assistant followed the user's own change at turn 3 correctly; the negative judgement measures the final booking against the superseded request.",
}

UC_LANGUAGE = {
    "name": "changed-mind-cover-letter-french",
    "category": "user-changed-mind",
    "judging": "every-turn",
    "slug": "uc-cover-letter-e15c",
    "user": "amelie.durand@example.com",
    "app": {"name": "writing_coach", "system": "You are a career writing coach. Guideline: respond in English."},
    "turns": [
        turn(
            "Can you help me write a cover letter for a junior data analyst role at a logistics company?",
            "Of course! Tell me a bit about your background: degree, tools you use, and any relevant projects.",
            gist="asks for the user's background to write the cover letter",
        ),
        turn(
            "MSc in statistics, I use Python, SQL and Power BI, and my thesis was on forecasting delivery times.",
            "Great fit! Here's an opening: \"Dear Hiring Manager, I am excited to apply for the Junior Data Analyst position. With an MSc in Statistics and hands-on experience in Python, SQL and Power BI, I enjoy turning operational data into decisions.\"",
            gist="drafts an opening paragraph using the user's degree and tools",
        ),
        turn(
            "Nice. Add a paragraph about the thesis.",
            "\"For my MSc thesis I built models that forecast parcel delivery times from route and depot data, and compared them with the carriers' own estimates. It taught me how much small improvements in a forecast matter to planners.\"",
            gist="adds a paragraph about the delivery-time forecasting thesis",
        ),
        turn(
            "Actually the job is at their Lyon office and the ad is in French. Can you write the whole letter in French instead?",
            "Bien sûr ! « Madame, Monsieur, Je souhaite vous proposer ma candidature au poste d'analyste de données junior. Titulaire d'un master en statistique et à l'aise avec Python, SQL et Power BI, j'aime transformer les données opérationnelles en décisions. Mon mémoire portait sur la prévision des délais de livraison… »",
            gist="rewrites the whole letter in French as requested",
        ),
        turn(
            "Make the ending a bit more formal.",
            "Voici une formule plus soutenue : « Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées. »",
            gist="gives a more formal closing formula",
        ),
        turn("Merci ! And a subject line for the email?", "Objet : Candidature au poste d'analyste de données junior – [Votre nom]", gist="provides a subject line for the application email"),
    ],
    "overrides": {
        (4, "guidelines"): ("yes", "The user explicitly asked for a French letter, so writing it in French is appropriate."),
        (5, "guidelines"): ("no", "The guidelines require responses in English; the response is written in French."),
        (6, "guidelines"): ("no", "The response is in French, which violates the guideline to respond in English."),
    },
    "root": 4,
    "kind": "user",
    "evidence": "the user asked at turn 4 to switch the letter to French; the guideline judge expects English",
    "why": "The user changed the language at turn 4 and the assistant rightly followed; the later guideline failures are about the language the user asked for.",
}

UC_PHONE = {
    "name": "changed-mind-phone-plan",
    "category": "user-changed-mind",
    "judging": "session-only",
    "slug": "uc-phone-plan-4d6e",
    "user": "bilal.aziz@example.com",
    "app": {"name": "telco_assistant", "span_type": "AGENT", "system": "You are the mobile operator's customer assistant."},
    "turns": [
        turn(
            "Hi, I want to upgrade my mobile plan to the 50 GB one, I keep running out of data.",
            "Hi! You're on Smart 10 (10 GB, 15 EUR a month). Smart 50 gives you 50 GB for 25 EUR a month. Shall I switch you from your next bill?",
            tools=[call("get_subscription", {"msisdn": "+46 70 *** 4412"}, {"plan": "Smart 10", "data_gb": 10, "price_eur": 15, "cycle_end": "2026-12-14"})],
        ),
        turn(
            "Hmm, 25 is more than I'd like. Is there an add-on for extra data just for this month instead? I'm travelling.",
            "Yes: a one-off 20 GB add-on costs 8 EUR and lasts until the end of your billing cycle on 14 December. Would you like that instead of the upgrade?",
        ),
        turn(
            "Yes, do the add-on, forget the upgrade.",
            "Done: the 20 GB add-on is active until 14 December for 8 EUR. Your plan stays Smart 10.",
            tools=[call("add_bundle", {"bundle": "DATA-20-ONEOFF"}, {"status": "active", "valid_until": "2026-12-14", "price_eur": 8})],
        ),
        turn("Does it work in Spain?", "Yes, EU roaming uses your domestic data, including the add-on, at no extra cost."),
        turn("Great, thanks.", "You're welcome, safe travels!"),
    ],
    "session_judgements": [
        ("conversation_completeness", "no", "The user asked to upgrade to the 50 GB plan; the conversation ends with the plan unchanged (Smart 10) and only a one-off add-on."),
        ("user_frustration", "none", "The user is satisfied at the end of the conversation."),
    ],
    "root": 2,
    "kind": "user",
    "evidence": "the user dropped the 50 GB upgrade for a one-off 20 GB add-on at turn 2",
    "why": "The user changed the request at turn 2 and the assistant followed it; the completeness judge still measured against the original upgrade request.",
}

UC_FERRY = {
    "name": "changed-mind-ferry-car",
    "category": "user-changed-mind",
    "judging": "some-turns",
    "slug": "uc-ferry-91aa",
    "user": "aino.korhonen@example.com",
    "app": {"name": "ferry_booking_bot", "span_type": "AGENT", "system": "You book Baltic ferry crossings."},
    "turns": [
        turn(
            "I need a ferry from Helsinki to Tallinn on Saturday 12 December, in the morning, 2 adults, foot passengers.",
            "Morning sailings on Saturday 12 December: 07:30 (arrives 09:30, 32 EUR per adult) and 10:30 (arrives 12:30, 38 EUR per adult).",
            tools=[
                call(
                    "search_sailings",
                    {"from": "HEL", "to": "TLL", "date": "2026-12-12", "after": "06:00", "before": "12:00"},
                    {"sailings": [{"id": "MS-0730", "dep": "07:30", "arr": "09:30", "adult_eur": 32}, {"id": "MS-1030", "dep": "10:30", "arr": "12:30", "adult_eur": 38}]},
                )
            ],
        ),
        turn(
            "07:30 please.",
            "Booked ECK-4410: 2 adults on the 07:30 sailing, 64 EUR in total.",
            tools=[call("create_booking", {"sailing": "MS-0730", "adults": 2}, {"booking": "ECK-4410", "total_eur": 64})],
        ),
        turn("What time do we have to be at the terminal?", "Foot passengers should be at West Terminal 2 at least 30 minutes before departure, so by 07:00."),
        turn(
            "Change of plan: we're taking the car after all, and my brother is joining, so 3 adults plus a car.",
            "The 07:30 sailing has car space. 3 adults plus a car is 141 EUR (3 × 32 + 45 EUR). Shall I update ECK-4410?",
            tools=[call("check_vehicle_space", {"sailing": "MS-0730", "vehicle": "car"}, {"available": True, "vehicle_eur": 45})],
        ),
        turn(
            "Yes.",
            "Updated ECK-4410: 3 adults and 1 car on the 07:30 sailing, 141 EUR in total.",
            tools=[call("modify_booking", {"booking": "ECK-4410", "adults": 3, "vehicles": 1}, {"status": "confirmed", "total_eur": 141})],
        ),
        turn("And check-in time with a car?", "With a car, be at the vehicle check-in lanes at least 60 minutes before departure, so by 06:30."),
        turn("Thanks, see you Saturday!", "Have a great trip to Tallinn!"),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Lists the morning sailings with times and prices."),
        (2, "booking_matches_request", "pass", "The booking is for 2 adults on a morning sailing on 12 December, as requested."),
        (3, "relevance_to_query", "yes", "Tells the user when to be at the terminal."),
        (5, "booking_matches_request", "fail", "The request was for 2 adult foot passengers; the booking now has 3 adults and a car."),
        (6, "correctness", "no", "The booking was for foot passengers, who need to be at the terminal by 07:00; the response gives the 06:30 vehicle check-in time."),
    ],
    "root": 4,
    "kind": "user",
    "evidence": "the user switched to 3 adults plus a car at turn 4; the judges compared with the original 2 foot passengers",
    "why": "The user changed the booking at turn 4 and the assistant followed it correctly; the fail at turn 5 and the correctness 'no' at turn 6 measure against the superseded request.",
}


# --------------------------------------------------------------------------------------------------------
# healthy-unlucky
# --------------------------------------------------------------------------------------------------------

FRIED_RICE_STEPS = (
    "Here's the full method. 1. Break up the cold rice with your fingers so there are no clumps. 2. Beat the two eggs with a pinch of salt. "
    "3. Heat a large frying pan over high heat until it just starts to smoke, then add a tablespoon of neutral oil. 4. Pour in the eggs and "
    "scramble them for about 30 seconds until just set, then tip them onto a plate. 5. Add another tablespoon of oil to the pan. 6. Add the "
    "frozen peas and stir-fry for 2 minutes until bright green. 7. Add the rice and press it against the pan, letting it sit for 30 seconds "
    "before tossing so it gets a little colour. 8. Keep tossing for 3 to 4 minutes until every grain is hot and separate. 9. Return the eggs "
    "and break them into small pieces. 10. Season with salt and white pepper, and add sliced spring onion if you have any. 11. Taste and "
    "adjust. 12. Serve straight away, because fried rice goes soft as it sits."
)

HU_RECIPE = {
    "name": "unlucky-long-answer",
    "category": "healthy-unlucky",
    "judging": "every-turn",
    "slug": "hu-fried-rice-0c3d",
    "user": "sam.taylor@example.com",
    "app": {"name": "cook_assistant", "system": "You are a cooking assistant. Guideline: keep answers under 100 words."},
    "turns": [
        turn(
            "What can I make with leftover rice, two eggs and some frozen peas?",
            "Egg fried rice is perfect: it works best with day-old rice, and the peas can go straight in from frozen.",
            gist="suggests egg fried rice for the leftover ingredients",
        ),
        turn("Do I need a wok?", "No, a large non-stick frying pan works well. Keep the heat high and don't overcrowd it.", gist="explains a frying pan works instead of a wok"),
        turn("OK, walk me through it.", FRIED_RICE_STEPS, gist="gives a step-by-step method for egg fried rice"),
        turn("Can I add soy sauce?", "Yes, add a tablespoon of soy sauce at the end and toss for 30 seconds so it coats the rice without making it soggy.", gist="explains when to add soy sauce"),
        turn("Thanks, it was delicious!", "Glad to hear it! Enjoy.", gist="acknowledges the user's thanks"),
    ],
    "overrides": {
        (3, "guidelines"): ("no", "The guidelines ask for answers under 100 words; this response is a 12-step method of about 200 words."),
    },
    "root": 3,
    "evidence": "the guideline 'under 100 words' broken by the long 12-step answer at turn 3 alone",
    "why": "The only negative judgement is about the length of turn 3's own answer; nothing earlier caused it and the recipe is correct.",
}

HU_BLEACH = {
    "name": "unlucky-safety-false-positive",
    "category": "healthy-unlucky",
    "judging": "some-turns",
    "slug": "hu-mould-7a21",
    "user": "rosa.jimenez@example.com",
    "app": {"name": "home_help", "system": "You give practical household advice."},
    "turns": [
        turn(
            "There's black mould on the silicone around my shower. How do I get rid of it?",
            "Spray a diluted bleach solution (1 part bleach to 4 parts water) on the silicone, leave it for 15 minutes, then scrub with an old toothbrush and rinse well. Open a window while you work.",
        ),
        turn(
            "I have a bathroom cleaner with ammonia in it. Can I use that right after the bleach?",
            "No, never use an ammonia cleaner together with or right after bleach: the two react and release chloramine gas, which irritates the lungs and can be dangerous. Rinse thoroughly with water and air the room before using any other product.",
        ),
        turn(
            "OK. What if the mould comes back?",
            "If it returns within weeks, the mould is growing under the silicone. Cut out the old bead, clean and dry the joint, and reseal with a mould-resistant silicone.",
        ),
        turn("How long before I can shower after resealing?", "Most silicones need 24 hours to cure; check the tube, as some are shower-ready after 12 hours."),
        turn("Thanks!", "You're welcome, good luck with the resealing!"),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Explains how to remove mould from shower silicone."),
        (2, "safety", "no", "The response discusses mixing bleach and ammonia and the toxic gas it produces, which could be misused to create a harmful substance."),
        (3, "relevance_to_query", "yes", "Explains what to do if the mould returns."),
        (4, "correctness", "yes", "Silicone sealants typically need 12 to 24 hours to cure."),
    ],
    "root": 2,
    "evidence": "a safety judge flagged the bleach-and-ammonia warning at turn 2 (a false positive about that answer alone)",
    "why": "The only negative judgement concerns turn 2's own content (a sound safety warning the judge misread); nothing earlier led to it.",
}

HU_ABROAD = {
    "name": "unlucky-two-turns",
    "category": "healthy-unlucky",
    "judging": "last-turn",
    "slug": "hu-remote-abroad-2f90",
    "user": "yara.saleh@example.com",
    "app": {"name": "hr_helper", "retriever": "search_policies", "system": "You are the HR policy assistant. Guideline: cite the policy you answer from."},
    "turns": [
        turn(
            "Hi, how many days a week can I work from home?",
            "Under the hybrid working policy (hybrid-work-2026) you can work from home up to 3 days a week, agreed with your manager.",
            docs=[doc("hybrid-work-2026", "Employees may work from home up to 3 days per week, agreed with their manager. Working from another country requires HR approval at least 4 weeks in advance and is limited to 20 working days per calendar year.")],
        ),
        turn(
            "And can I work from abroad for a couple of weeks?",
            "Yes, with HR approval: request it at least 4 weeks before you travel, and you can work from another country for up to 20 working days a year.",
            docs=[doc("hybrid-work-2026", "Employees may work from home up to 3 days per week, agreed with their manager. Working from another country requires HR approval at least 4 weeks in advance and is limited to 20 working days per calendar year.")],
        ),
    ],
    "judgements": [
        (2, "guidelines", "no", "The guidelines require citing the policy for HR rules; this response states the working-abroad rules without naming the policy."),
    ],
    "root": 2,
    "evidence": "the guideline to cite the policy, not followed in turn 2's answer (the facts are correct)",
    "why": "The judge's complaint is about turn 2's own wording (no policy cited); turn 1 did cite it and nothing earlier caused the omission.",
}

CLINIC_INFO = {
    "name": "Lindenhof Health Centre",
    "address": "Lindenstraße 14, 3rd floor",
    "parking": "Patient car park under the building: free for the first 2 hours with a validated ticket.",
    "bring": ["insurance card", "referral letter if any", "list of current medication"],
    "cancellation": "Free cancellation up to 24 hours before the appointment.",
}

HU_CLINIC = {
    "name": "unlucky-clinic-parking",
    "category": "healthy-unlucky",
    "judging": "some-turns",
    "slug": "hu-clinic-5c4b",
    "user": "peter.hoffmann@example.com",
    "app": {"name": "clinic_assistant", "span_type": "AGENT", "system": "You help patients book appointments at Lindenhof Health Centre."},
    "turns": [
        turn("Hello, I need an appointment with a dermatologist about a mole on my back.", "Hello! I can help with that. Do you have a preferred day or time of day?"),
        turn(
            "Weekday mornings, ideally next week.",
            "Dr. Albrecht has morning slots next week on Tuesday at 08:40 and Thursday at 10:15. Dr. Kaya has Wednesday at 09:20.",
            tools=[call("find_slots", {"specialty": "dermatology", "from": "2026-11-30", "to": "2026-12-04", "part_of_day": "morning"}, {"slots": [{"doctor": "Dr. Albrecht", "start": "2026-12-01T08:40"}, {"doctor": "Dr. Kaya", "start": "2026-12-02T09:20"}, {"doctor": "Dr. Albrecht", "start": "2026-12-03T10:15"}]})],
        ),
        turn("Is there a difference between the two doctors?", "Both are board-certified dermatologists. Dr. Albrecht focuses on skin cancer screening, which suits a mole check well."),
        turn(
            "Then Dr. Albrecht on Tuesday please.",
            "Booked: Dr. Albrecht, Tuesday 1 December at 08:40, appointment number D-30418.",
            tools=[call("book_appointment", {"doctor": "Dr. Albrecht", "start": "2026-12-01T08:40", "patient": "P. Hoffmann"}, {"appointment": "D-30418", "status": "confirmed"})],
        ),
        turn("Do I need a referral?", "No, you can see a dermatologist at Lindenhof without a referral; bring one if your GP gave you one."),
        turn(
            "What should I bring?",
            "Bring your insurance card, a referral letter if you have one, and a list of any medication you take.",
            tools=[call("get_clinic_info", {"clinic": "lindenhof"}, CLINIC_INFO)],
        ),
        turn(
            "Where exactly is it?",
            "Lindenhof Health Centre is at Lindenstraße 14; the dermatology practice is on the 3rd floor.",
            tools=[call("get_clinic_info", {"clinic": "lindenhof", "fields": ["address"]}, {"address": CLINIC_INFO["address"]})],
        ),
        turn("How early should I arrive?", "About 10 minutes early, so there's time for the registration form."),
        turn(
            "Can I park there?",
            "Yes, there's a car park under the building. Parking costs 4 EUR per hour, so budget about 4-8 EUR for the visit.",
            tools=[call("get_clinic_info", {"clinic": "lindenhof", "fields": ["parking"]}, {"parking": CLINIC_INFO["parking"]})],
        ),
        turn(
            "Can I get a reminder the day before?",
            "Done: you'll get a text reminder on Monday 30 November at 18:00.",
            tools=[call("send_reminder", {"appointment": "D-30418", "at": "2026-11-30T18:00", "channel": "sms"}, {"scheduled": True})],
        ),
        turn("And if I have to cancel?", "Cancellation is free up to 24 hours before the appointment, so until Monday 08:40."),
        turn("Great, thank you!", "You're welcome, see you on Tuesday!"),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Lists weekday morning dermatology slots for next week."),
        (4, "correctness", "yes", "The booking details match the confirmed appointment D-30418."),
        (6, "relevance_to_query", "yes", "Lists what the patient should bring."),
        (9, "correctness", "no", "The clinic information says the car park is free for the first 2 hours with a validated ticket; the response says parking costs 4 EUR per hour."),
        (11, "correctness", "yes", "The cancellation deadline of 24 hours before the appointment matches the clinic policy."),
    ],
    "root": 9,
    "evidence": "turn 9 misstated the parking fee although get_clinic_info said free for 2 hours",
    "why": "Turn 9's answer contradicts the tool output returned in the same turn; nothing before it caused the error and nothing after builds on it.",
}


# --------------------------------------------------------------------------------------------------------
# healthy
# --------------------------------------------------------------------------------------------------------

KB_0112 = doc("kb-0112", "Locked out after a password change: the laptop keeps the old cached password until it can reach the domain over the office network or the VPN.")
KB_0207 = doc("kb-0207", "Working from home after a password change: sign in with the old password, connect to the VPN, then lock and unlock the screen with the new password to sync it.")

HE_PASSWORD = {
    "name": "healthy-password-reset",
    "category": "healthy",
    "judging": "every-turn",
    "slug": "he-password-6d03",
    "user": "l.okafor@example.com",
    "app": {"name": "it_helpdesk", "span_type": "AGENT", "retriever": "search_kb", "system": "You are the IT helpdesk assistant."},
    "turns": [
        turn(
            "Hi, I'm locked out of my laptop after changing my password this morning.",
            "That usually happens when the laptop hasn't synced the new password yet. Are you in the office or at home?",
            docs=[KB_0112],
            gist="explains why the user is locked out after a password change and asks where they are",
        ),
        turn(
            "At home.",
            "Then sign in with your old password, connect to the VPN, and lock and unlock the screen with your new password. That syncs the new password to the laptop.",
            docs=[KB_0207, KB_0112],
            gist="gives the steps to sync the new password from home",
        ),
        turn(
            "The old password doesn't work either.",
            "Your account is temporarily locked after too many failed attempts; it unlocks automatically at 10:45 UTC. I can unlock it now if you like.",
            tools=[call("get_account_status", {"user": "l.okafor"}, {"locked": True, "reason": "too many failed attempts", "unlock_at": "2026-11-27T10:45:00Z"})],
            gist="explains the account is locked and offers to unlock it",
        ),
        turn(
            "Yes please, unlock it now.",
            "Done, your account is unlocked. Sign in with the old password, connect to the VPN, then lock and unlock with the new one.",
            tools=[call("unlock_account", {"user": "l.okafor"}, {"status": "unlocked"})],
            gist="unlocks the account and repeats the sign-in steps",
        ),
        turn("It worked, I'm in with the new password. Thanks!", "Great to hear! You're all set.", gist="acknowledges the resolution"),
    ],
    "overrides": {},
    "root": None,
    "evidence": "no negative judgement: the lockout was resolved",
    "why": "Every turn is correct and judged positively; nothing went wrong.",
}

HE_ITALIAN = {
    "name": "healthy-no-judgements",
    "category": "healthy",
    "judging": "none",
    "slug": "he-italian-1a8e",
    "user": "george.baker@example.com",
    "app": {"name": "phrasebook_chat", "system": "You help travellers with useful phrases."},
    "turns": [
        turn(
            "How do I say 'I'd like a coffee with milk' in Italian?",
            "\"Vorrei un caffè con latte, per favore.\" At a bar, Italians usually just ask for \"un caffellatte\" or, in the morning, \"un cappuccino\".",
        ),
        turn(
            "Is it rude to order a cappuccino after lunch?",
            "Not rude, just unusual: Italians drink cappuccino in the morning. After lunch \"un caffè\" (an espresso) is the norm, but nobody will refuse to make you one.",
        ),
        turn("How do I ask for the bill?", "\"Il conto, per favore.\" At a bar counter you often pay at the till (\"la cassa\") first and show the receipt when you order."),
        turn("Grazie!", "Prego! Buon viaggio."),
    ],
    "root": None,
    "evidence": "no judgement at all",
    "why": "A short, correct conversation with no judgements; nothing went wrong.",
}

HE_BALCONY = {
    "name": "healthy-session-positive",
    "category": "healthy",
    "judging": "session-only",
    "slug": "he-balcony-herbs-3b57",
    "user": "fiona.gallagher@example.com",
    "app": {"name": "garden_chat", "system": "You are a gardening assistant."},
    "turns": [
        turn(
            "I have a small north-facing balcony in Manchester and want to grow some herbs. What will actually work?",
            "With little direct sun, go for herbs that cope with shade: mint, parsley, chives, lemon balm and coriander. Skip basil and rosemary, which want 6+ hours of sun.",
        ),
        turn("Can the mint go in the same pot as the others?", "Better not: mint spreads aggressively and will crowd the others out. Give it its own pot."),
        turn("What size pots?", "At least 20 cm across and deep for mint and parsley; chives and coriander are fine in 15 cm pots."),
        turn("Which compost?", "A peat-free multi-purpose compost with about 20% grit or perlite mixed in for drainage."),
        turn("When can I plant them out?", "In Manchester, from mid-April once hard frosts are unlikely; parsley and chives tolerate a light frost."),
        turn("Anything for a bit of colour that copes with the same conditions?", "For a shady balcony, try violas, fuchsias or begonias: they flower well without much direct sun."),
        turn("How often should I water?", "Pots on a shady balcony dry out slowly: water when the top 2 cm of compost is dry, roughly twice a week in summer."),
        turn("Brilliant, thanks for the help!", "You're welcome, enjoy your herbs!"),
    ],
    "session_judgements": [
        ("user_frustration", "none", "The user is engaged throughout and thanks the assistant at the end."),
        ("conversation_completeness", "yes", "Every question (herbs, pots, compost, timing, flowers, watering) was answered."),
        ("knowledge_retention", "yes", "The assistant keeps the north-facing, shady balcony in mind throughout, e.g. recommending shade-tolerant flowers at turn 6."),
    ],
    "root": None,
    "evidence": "only positive session-level judgements",
    "why": "The assistant answers every question correctly and remembers the shady balcony; nothing went wrong.",
}


# --------------------------------------------------------------------------------------------------------
# Long sessions: the key turns are hand-written, the turns around them are varied small steps generated
# (deterministically) from templates of what such an application really handles all day.
# --------------------------------------------------------------------------------------------------------

WAREHOUSE_ITEMS = [
    ("BT-0412", "Bosch 12V 2.0 Ah battery", "C-16", 0.3),
    ("HM-2210", "Fiskars claw hammer 16 oz", "A-03", 0.6),
    ("SC-1180", "Makita impact bit set", "A-07", 0.4),
    ("PL-3305", "Knipex combination pliers 180 mm", "A-11", 0.3),
    ("LV-0090", "Stanley 60 cm spirit level", "B-02", 0.5),
    ("TM-5520", "Hultafors 5 m tape measure", "A-05", 0.2),
    ("GL-7710", "work gloves size 10 (pair)", "D-21", 0.1),
    ("SF-0031", "clear safety glasses", "D-19", 0.05),
    ("EX-4400", "10 m extension cord", "B-09", 1.4),
    ("LD-2001", "3-step aluminium ladder", "E-01", 4.2),
    ("PT-8812", "Tikkurila wall paint 9 L white", "F-04", 12.5),
    ("RL-0150", "18 cm paint roller", "F-07", 0.3),
    ("TP-3310", "38 mm masking tape", "F-09", 0.1),
    ("SW-1020", "wood screws 4x40 (box of 200)", "A-14", 0.9),
    ("AN-6620", "8 mm wall plugs (box of 100)", "A-15", 0.4),
    ("CS-7001", "Makita 165 mm circular saw", "C-02", 3.6),
    ("BL-7060", "165 mm 24T saw blade", "C-05", 0.3),
    ("SD-1500", "125 mm P120 sanding discs (50)", "C-09", 0.4),
    ("GR-3300", "125 mm angle grinder", "C-11", 2.1),
    ("WB-9000", "100 L wheelbarrow", "G-01", 14.0),
    ("HS-4410", "25 m garden hose", "G-06", 2.8),
    ("SH-2020", "steel shovel", "G-03", 2.0),
    ("BX-1000", "45 L storage box", "H-02", 1.3),
    ("LB-0800", "20 W LED work light", "B-12", 0.9),
    ("SL-5500", "white silicone sealant 300 ml", "F-12", 0.35),
    ("CG-0405", "caulking gun", "F-13", 0.5),
    ("VC-3000", "20 L wet and dry vacuum", "E-06", 5.8),
    ("DR-1122", "19-piece HSS drill bit set", "C-07", 0.7),
]
WAREHOUSE_CHAT = [
    ("Taking my break, back in 15.", "Enjoy your break!"),
    ("Back.", "Welcome back. What's next?"),
    ("Who's shift lead today?", "Mira Salo is shift lead until 14:00, then Antti Koski."),
    ("Forklift 2 is beeping again, who do I call?", "Report it on channel 4 to maintenance; I've also opened ticket MT-2291 for forklift 2."),
    ("Is the canteen open yet?", "The canteen opens at 10:30 today."),
    ("Thanks.", "You're welcome."),
    ("What's the temperature in the cold store today?", "The cold store logger reads 4.2°C, within range."),
    ("Lunch.", "Enjoy your lunch!"),
    ("OK, back from lunch.", "Welcome back. You have picks waiting in zone A and zone F."),
    ("Scanner battery is low.", "Spare scanner batteries are in the charging cabinet next to dock 1."),
]
CARRIERS = ["DHL Freight", "PostNord", "Schenker", "Kaukokiito", "Posti"]


def warehouse_session_turns():
    """200 turns of a warehouse shift assistant. The stock tool times out at turn 143 and the app answers from
    the 06:00 snapshot (48 drills), although 42 were picked at turn 122 and only 6 are left."""
    rng = random.Random(143)
    items = {sku: (name, bin_, kg) for sku, name, bin_, kg in WAREHOUSE_ITEMS}
    skus = list(items)
    stock = {sku: rng.randrange(24, 160) for sku in skus}
    level = {sku: rng.randint(1, 4) for sku in skus}
    orders = iter(range(87104, 88000, 7))
    picked = []
    minutes = [6 * 60]
    chat = list(WAREHOUSE_CHAT)
    rng.shuffle(chat)

    def clock():
        return f"{minutes[0] // 60:02d}:{minutes[0] % 60:02d}"

    def item():
        sku = rng.choice(skus)
        return (sku, *items[sku])

    def where():
        sku, name, bin_, _ = item()
        q = rng.choice([f"Where do we keep the {name}?", f"Which bin is {sku} in?", f"Location for {sku}?", f"Can't find the {name}. Where is it?"])
        return [turn(q, f"{sku} ({name}) is in bin {bin_}, level {level[sku]}.", tools=[call("find_bin", {"sku": sku}, {"sku": sku, "bin": bin_, "level": level[sku]})])]

    def stock_check():
        sku, name, bin_, _ = item()
        q = rng.choice([f"How many {sku} in {bin_}?", f"Stock check {sku}.", f"Do we still have {sku} in {bin_}?", f"Count for {sku}?"])
        out = {"sku": sku, "bin": bin_, "qty": stock[sku], "as_of": clock()}
        return [turn(q, f"Bin {bin_} has {stock[sku]} × {sku} ({name}).", tools=[call("check_stock", {"sku": sku, "bin": bin_}, out)])]

    def pick():
        sku, name, bin_, _ = item()
        order = f"SO-{next(orders)}"
        qty = rng.randint(1, min(12, stock[sku] - 4))
        first = turn(
            rng.choice([f"Next pick for {order}?", f"What's on {order}?", f"Give me the next line for {order}."]),
            f"Next pick for {order}: {qty} × {sku} ({name}) from {bin_}.",
            tools=[call("get_next_pick", {"order": order}, {"sku": sku, "bin": bin_, "qty": qty})],
        )
        stock[sku] -= qty
        second = turn(
            rng.choice([f"Picked {qty}, confirm.", f"Got them, confirm {order}.", "Done, confirm it.", f"{qty} picked."]),
            f"Confirmed {qty} × {sku} from {bin_} for {order}; {stock[sku]} left in the bin.",
            tools=[call("confirm_pick", {"order": order, "sku": sku, "qty": qty}, {"status": "confirmed", "remaining_in_bin": stock[sku]})],
        )
        picked.append(order)
        return [first, second]

    def cycle_count():
        sku, name, bin_, _ = item()
        expected = stock[sku]
        counted = expected if rng.random() < 0.7 else expected - rng.randint(1, 3)
        count_id = f"CNT-{rng.randint(4000, 9999)}"
        stock[sku] = counted
        out = {"count_id": count_id, "system_qty": expected, "variance": counted - expected}
        if counted == expected:
            answer = f"Logged count {count_id}: {counted} × {sku} in {bin_}, matches the system."
        else:
            answer = f"Logged count {count_id}: {counted} × {sku} in {bin_}. The system expected {expected}, so I've adjusted it and flagged the variance of {expected - counted} for the inventory team."
        q = rng.choice([f"Cycle count {bin_}: I count {counted} of {sku}.", f"Counted {sku} in {bin_}: {counted}.", f"{bin_} count is {counted}."])
        return [turn(q, answer, tools=[call("log_count", {"sku": sku, "bin": bin_, "counted": counted}, out)])]

    def weight():
        sku, name, _, kg = item()
        return [turn(rng.choice([f"What does {sku} weigh?", f"Weight of {sku}?"]), f"{sku} ({name}) weighs {kg} kg per unit.", tools=[call("lookup_sku", {"sku": sku}, {"sku": sku, "name": name, "weight_kg": kg})])]

    def dock():
        carrier, door = rng.choice(CARRIERS), rng.randint(1, 6)
        eta = minutes[0] + rng.randint(10, 80)
        eta_text = f"{eta // 60:02d}:{eta % 60:02d}"
        return [
            turn(
                rng.choice([f"When is the {carrier} truck due at dock {door}?", f"Is {carrier} on time for dock {door}?"]),
                f"{carrier} is due at dock {door} at {eta_text}.",
                tools=[call("get_dock_schedule", {"dock": door}, {"carrier": carrier, "eta": eta_text})],
            )
        ]

    def label():
        if not picked:
            return where()
        order = rng.choice(picked[-6:])
        return [turn(f"Print a shipping label for {order}.", f"Label for {order} sent to printer ZB-03.", tools=[call("print_label", {"order": order, "printer": "ZB-03"}, {"status": "sent"})])]

    def packed():
        if not picked:
            return stock_check()
        order = picked.pop(0)
        parcels = rng.randint(1, 4)
        return [
            turn(
                f"{order} is packed, {parcels} parcel{'s' if parcels > 1 else ''}.",
                f"Marked {order} as packed with {parcels} parcel{'s' if parcels > 1 else ''}; it's on the next collection.",
                tools=[call("update_order", {"order": order, "status": "packed", "parcels": parcels}, {"status": "packed"})],
            )
        ]

    def replenish():
        sku, name, bin_, _ = item()
        task, reserve = f"RP-{rng.randint(1000, 9999)}", f"R-{rng.randint(10, 48)}"
        return [
            turn(
                f"{bin_} is getting low on {sku}. Can you create a replenishment?",
                f"Created replenishment task {task}: move {sku} ({name}) from reserve {reserve} to {bin_}.",
                tools=[call("create_task", {"type": "replenish", "sku": sku, "bin": bin_}, {"task": task, "from": reserve})],
            )
        ]

    def small_talk():
        return [turn(*chat.pop())] if chat else weight()

    templates = [(where, 2), (stock_check, 3), (pick, 4), (cycle_count, 2), (weight, 1), (dock, 1), (label, 1.5), (packed, 1.5), (replenish, 1), (small_talk, 0.8)]

    def key(n):
        as_of = clock()
        if n == 1:
            return turn(
                "Morning! Starting my shift in zone C. What's first?",
                "Morning! You have 14 tasks in zone C today. First up: replenish bin C-05 (saw blades) from reserve.",
                tools=[call("get_task_queue", {"zone": "C", "user": "t.virtanen"}, {"tasks": 14, "first": {"type": "replenish", "bin": "C-05"}})],
            )
        if n == 58:
            return turn(
                "Quick stock check: Bosch GSR 12V drills, BD-1207, in C-14?",
                "C-14 has 48 × BD-1207 (Bosch GSR 12V drill).",
                tools=[call("check_stock", {"sku": "BD-1207", "bin": "C-14"}, {"sku": "BD-1207", "bin": "C-14", "qty": 48, "as_of": as_of})],
            )
        if n == 96:  # a transient timeout the app retries successfully: an error span that did no harm
            sku, name, bin_, _ = ("LB-0800", *items["LB-0800"])
            return turn(
                f"How many {sku} in {bin_}?",
                f"Bin {bin_} has {stock[sku]} × {sku} ({name}).",
                tools=[
                    call("check_stock", {"sku": sku, "bin": bin_}, error=(TimeoutError, "check_stock: WMS request timed out after 5.0 s")),
                    call("check_stock", {"sku": sku, "bin": bin_, "retry": 1}, {"sku": sku, "bin": bin_, "qty": stock[sku], "as_of": as_of}),
                ],
            )
        if n == 121:
            return turn(
                "Next pick for SO-88390?",
                "Next pick for SO-88390: 42 × BD-1207 (Bosch GSR 12V drill) from C-14. That's a big one, take a cage trolley.",
                tools=[call("get_next_pick", {"order": "SO-88390"}, {"sku": "BD-1207", "bin": "C-14", "qty": 42})],
            )
        if n == 122:
            return turn(
                "Got all 42, confirm it.",
                "Confirmed 42 × BD-1207 from C-14 for SO-88390; 6 left in the bin.",
                tools=[call("confirm_pick", {"order": "SO-88390", "sku": "BD-1207", "qty": 42}, {"status": "confirmed", "remaining_in_bin": 6})],
            )
        if n == 143:
            return turn(
                "Hansen Bygg is on the phone, they want 40 of the Bosch GSR 12V drills today. Do we have that many in C-14?",
                "Yes, C-14 has 48 × BD-1207, so 40 for Hansen Bygg is no problem.",
                tools=[
                    call("check_stock", {"sku": "BD-1207", "bin": "C-14"}, error=(TimeoutError, "check_stock: WMS request timed out after 5.0 s")),
                    call("stock_snapshot", {"sku": "BD-1207", "bin": "C-14"}, {"sku": "BD-1207", "bin": "C-14", "qty": 48, "snapshot_time": "06:00"}),
                ],
            )
        if n == 144:
            return turn(
                "Great, they're ordering. Create the order: 40 drills for Hansen Bygg.",
                "Created SO-88412 for Hansen Bygg: 40 × BD-1207, released for picking.",
                tools=[call("create_order", {"customer": "Hansen Bygg", "lines": [{"sku": "BD-1207", "qty": 40}]}, {"order": "SO-88412", "status": "released"})],
            )
        if n == 145:
            return turn(
                "Next pick for SO-88412?",
                "Next pick for SO-88412: 40 × BD-1207 (Bosch GSR 12V drill) from C-14.",
                tools=[call("get_next_pick", {"order": "SO-88412"}, {"sku": "BD-1207", "bin": "C-14", "qty": 40})],
            )
        if n == 146:
            return turn(
                "Jonas is taking that one. Can I tell Hansen it ships on the 15:00 collection?",
                "Yes, with 48 in C-14 the 40 drills can go out on the 15:00 DHL Freight collection; you can confirm that to Hansen Bygg.",
            )
        if n == 147:
            return turn(
                "Jonas is at C-14 and there are only 6 drills. Where are the other 42?",
                "The bin should hold 48, so 42 are missing. Ask Jonas to check the top level of C-14 and the returns cage, then log a count so the inventory team can investigate the discrepancy.",
            )
        if n == 200:
            return turn("End of shift, logging off. Thanks!", "Thanks for today, see you tomorrow!")
        return None

    turns, n = [], 1
    keys = {1, 58, 96, 121, 122, 143, 144, 145, 146, 147, 200}
    while n <= 200:
        minutes[0] += rng.randint(1, 3)
        if n in keys:
            turns.append(key(n))
            n += 1
            continue
        fn = rng.choices([t for t, _ in templates], weights=[w for _, w in templates])[0]
        if fn is pick and (n + 1 in keys or n + 1 > 200):
            fn = stock_check
        produced = fn()
        turns.extend(produced)
        n += len(produced)
    return turns


TF_WAREHOUSE = {
    "name": "tool-timeout-warehouse-shift",
    "category": "tool-failure",
    "judging": "last-turn",
    "slug": "tf-warehouse-shift-c814",
    "user": "t.virtanen@example.com",
    "app": {"name": "floor_assistant", "span_type": "AGENT", "window": 20, "system": "You are the floor assistant of the Vantaa distribution centre. Use the WMS tools and be brief."},
    "turns": warehouse_session_turns,
    "judgements": [
        (147, "correctness", "no", "C-14 held only 6 × BD-1207 after 42 were picked for SO-88390; the 48 came from the 06:00 snapshot used when check_stock timed out, so nothing is missing and the 40 drills for Hansen Bygg cannot ship from this bin."),
    ],
    "root": 143,
    "evidence": "check_stock timed out at turn 143 and the app answered from the 06:00 stock_snapshot (48), though 42 drills had been picked at turn 122",
    "why": "At turn 143 the stock tool failed and the answer used a stale snapshot; turns 144-147 order, pick and promise from it. The earlier timeout at turn 96 was retried successfully and did no harm.",
}


CONFERENCE_SPEAKERS = [
    ("Dr. Ingrid Sæther", "Oslo", "Data contracts in practice"),
    ("Matti Laine", "Helsinki", "Streaming at the edge"),
    ("Aisha Rahman", "Copenhagen", "Privacy-preserving analytics"),
    ("Jonas Berg", "Stockholm", "Lakehouse migrations: lessons learned"),
    ("Elena Petrova", "Tallinn", "Forecasting demand with sparse data"),
    ("Omar Haddad", "Malmö", "MLOps for small teams"),
    ("Kristín Jónsdóttir", "Reykjavik", "Observability for data pipelines"),
    ("Lars Nilsson", "Uppsala", "Open data in the public sector"),
    ("Yusuf Demir", "Berlin", "Graph analytics for logistics"),
    ("Freja Holm", "Aarhus", "Evaluating LLM applications"),
    ("Tariq Saleem", "London", "Cost control in the cloud warehouse"),
    ("Maja Kowalska", "Warsaw", "Designing dashboards people use"),
]
CONFERENCE_VOLUNTEERS = ["Linnea", "Hugo", "Sara", "Ebba", "Noah", "Ali", "Wilma", "Elsa", "Adam", "Vera", "Liam", "Nora"]
CONFERENCE_AV = ["a lapel mic", "a second screen for live demos", "a clicker with a laser pointer", "a lectern and a stand mic", "a USB-C to HDMI adapter", "a whiteboard and markers"]
CONFERENCE_GENERIC = [
    ("How many people should staff registration in the morning?", "For 220 attendees arriving mostly between 08:00 and 09:00, plan 4 people at registration with two badge printers, and 2 from 09:00 on."),
    ("What Wi-Fi bandwidth should we ask for?", "For 220 people, ask the venue for at least 300 Mbit/s dedicated, plus a separate network for the streaming setup."),
    ("Should we livestream the keynotes?", "If you have remote attendees, yes: stream the Main Hall keynotes only. It needs one camera operator and a dedicated upload line."),
    ("What signage do we need?", "Directional signs from the entrance to the Main Hall and breakout rooms, a programme board per room, and signs for the cloakroom and toilets: about 20 in all."),
    ("When should we send the final programme to attendees?", "About a week before, with a reminder two days before that includes the venue map and Wi-Fi details."),
    ("Do we need a photographer all three days?", "Day 1 (keynotes and the reception) and half of day 2 is usually enough."),
    ("How do we handle photo consent?", "Add a consent checkbox at registration and give people who opt out a coloured lanyard so the photographer can avoid them."),
    ("Do we need a cloakroom?", "Yes, in March in Gothenburg people bring coats and umbrellas. One staffed cloakroom near the entrance with numbered tickets is enough for 220."),
    ("How many microphones in the Main Hall?", "Two handheld mics for Q&A, a lapel mic for the speaker and a lectern mic as backup."),
    ("Should we record the breakout sessions?", "Usually not worth it: record the Main Hall only and share the breakout slides afterwards."),
    ("What's a good way to collect feedback?", "A five-question survey sent at 16:30 on the last day, and a QR code on the last slide of each talk."),
    ("Can there be a shuttle from the hotels in the morning?", "Yes: a loop from Hotel Pier and the Clarion at 07:45, 08:15 and 08:45 covers the mornings, with one run back at 17:15."),
    ("How big should the shuttle bus be?", "If about 120 people stay at the two hotels, a 50-seat coach doing three loops is enough."),
    ("Do we need first aid on site?", "The venue has a first-aid room and trained staff; add their emergency number to the staff briefing."),
    ("What should go in the attendee welcome email?", "The venue address and map, registration opening time, Wi-Fi details, the event app link and the hashtag."),
    ("How early should registration open?", "08:00 for a 09:00 keynote, so people have time for the cloakroom and a coffee."),
    ("Do the name badges need QR codes?", "Yes: they speed up check-in and let sponsors scan leads. Print name, company and the QR code."),
    ("How many power strips for the breakout rooms?", "About one per row: 8 per breakout room, 24 in total."),
    ("Should we have a quiet room?", "Yes, a small quiet room is appreciated at a three-day event; the venue's Room Hönö works well."),
    ("What about accessibility?", "The venue is step-free. Reserve front-row spaces in the Main Hall for wheelchair users and ask at registration who needs a hearing loop."),
    ("Where do the sponsor booths go?", "Along the coffee route in the foyer, with power at each of the 6 booths."),
    ("When can sponsors set up?", "The venue allows setup from 17:00 on 15 March; booths must be ready by 07:30 on the 16th."),
    ("How many volunteers do we need per day?", "About 10: 4 at registration, 1 per breakout room, 2 floating and 1 in the speaker room."),
    ("What goes in the speaker briefing?", "Arrival 30 minutes before the slot, the AV check, how the timer works and the Q&A format."),
    ("Should speakers get a gift?", "A small local gift works well, like a book about Gothenburg's harbour, with a handwritten card."),
    ("How should we run Q&A in the Main Hall?", "Collect questions in the event app with voting and have a moderator read the top ones; keep the handheld mics as backup."),
    ("Do we need event insurance?", "Check that your liability insurance covers the venue; the Harbour Congress Centre asks for the certificate two weeks before."),
    ("What's a good hashtag?", "#NDS27 is short and unlikely to clash; check it isn't already in use."),
    ("How should the breakout rooms be set up?", "Classroom style for workshops and theatre style for talks; Skagerrak seats 48 classroom or 80 theatre."),
    ("Should we print the programme?", "Print a one-page overview per day and put the full programme in the app; it saves most of the printing."),
    ("How many coffee stations?", "Four stations in the foyer for 220 people keeps queues under five minutes."),
    ("What time should the last session end?", "17:00 keeps most people to the end; after 17:30 attendance drops."),
    ("How do we collect the slides?", "Ask speakers to upload slides by 12 March to a shared folder, and keep a USB stick with copies in each room."),
    ("Who introduces the speakers?", "A session chair per room, with a short bio and the pronunciation of each speaker's name."),
    ("Do we need security?", "The venue's reception staff are enough during the day; add one guard for the evening reception."),
    ("What lanyard colours should we use?", "Three colours for attendees, speakers and staff, plus the photo opt-out colour."),
    ("How do we handle lost property?", "Keep it at the registration desk and mention it in the closing remarks."),
    ("Do we need a backup projector?", "The venue has spares; confirm with their AV technician the day before."),
    ("How do we thank the volunteers?", "A volunteer T-shirt, lunch each day, and a thank-you in the closing keynote."),
    ("Should we do a dry run?", "Yes, on the afternoon of 15 March: walk the rooms, test the stream and run one talk end to end."),
    ("How do we keep talks on time?", "Give each session chair a timer and cards at 5 minutes and 1 minute; start the next talk on time even if the previous one ran late."),
    ("Where should the speaker room be?", "Close to the Main Hall: the small room behind the stage works, with water, power and a printer."),
    ("What should the opening keynote slot look like?", "09:00 welcome by the organisers (10 minutes), then a 50-minute keynote and 20 minutes of Q&A, ending at 10:20 before the coffee break."),
    ("Do we need an event app?", "For three days and 220 people it's worth it: programme, room changes, Q&A and the feedback survey in one place."),
    ("What's the best way to announce room changes?", "Push a notification in the event app and update the programme board at the door."),
    ("How many chairs in the foyer?", "Around 40 chairs and a few high tables so people can sit during the breaks."),
]


def conference_session_turns():
    """130 turns planning a three-day conference with an app that sends the model only the last 6 messages.
    The halal requirement is stated at turn 4 and is out of the model's view from turn 8 on."""
    rng = random.Random(130)
    counters = {"programme": 0, "rooming": 0, "av": 0}
    volunteers_per_day = {}
    rooms = ["Main Hall", "Skagerrak", "Kattegat", "Vinga"]
    slots = [(d, r, t) for d in ("16 March", "17 March", "18 March") for r in rooms[1:] for t in ("11:00", "13:30", "14:15")]
    rng.shuffle(slots)
    made = []

    def plan(section, entry):
        counters[section] += 1
        return call("add_to_plan", {"section": section, "item": entry}, {"ok": True, "items_in_section": counters[section]})

    for i, (speaker, city, talk) in enumerate(CONFERENCE_SPEAKERS):
        day, room, time_ = slots[i]

        def schedule(speaker=speaker, talk=talk, day=day, room=room, time_=time_):
            tool = plan("programme", {"talk": talk, "speaker": speaker, "room": room, "day": day, "time": time_})
            return turn(
                f"Put '{talk}' by {speaker} in {room} on {day} at {time_}.",
                f"Added '{talk}' ({speaker}) to {room} on {day} at {time_}. The programme now has {counters['programme']} sessions.",
                tools=[tool],
            )

        arrive = 15 + (i % 3)
        nights = rng.randint(1, 3)

        def hotel(speaker=speaker, city=city, arrive=arrive, nights=nights):
            tool = plan("rooming", {"guest": speaker, "hotel": "Hotel Pier", "check_in": f"{arrive} March", "nights": nights})
            return turn(
                f"{speaker} arrives from {city} on {arrive} March and needs a room for {nights} night{'s' if nights > 1 else ''}.",
                f"Added {speaker} to the rooming list at Hotel Pier, {arrive}-{arrive + nights} March. That's {counters['rooming']} speakers on the list.",
                tools=[tool],
            )

        def briefing(speaker=speaker, day=day, room=room, time_=time_):
            tool = call("send_email", {"to": speaker, "template": "speaker-briefing", "slot": {"day": day, "time": time_, "room": room}}, {"queued": True})
            return turn(
                f"Send {speaker} the speaker briefing.",
                f"Queued the speaker briefing for {speaker} with their slot: {day}, {time_}, {room}, arriving 30 minutes before for the AV check.",
                tools=[tool],
            )

        def intro(speaker=speaker, city=city, talk=talk):
            return turn(
                f"Can you draft a one-line introduction for {speaker}?",
                f"\"Joining us from {city}, {speaker} will speak on '{talk}'. Please give them a warm welcome!\"",
            )

        made += [schedule, hotel, briefing, intro]
        if i % 2 == 0:
            av = CONFERENCE_AV[i // 2]

            def av_request(speaker=speaker, av=av, room=room):
                tool = plan("av", {"speaker": speaker, "room": room, "need": av})
                return turn(f"{speaker} wants {av} for the talk.", f"Added {av} for {speaker} in {room} to the AV request ({counters['av']} items so far).", tools=[tool])

            made.append(av_request)
        if i % 3 == 1:

            def airport(speaker=speaker):
                return turn(
                    f"What's the easiest way for {speaker} to get from Landvetter airport to Hotel Pier?",
                    rng.choice(
                        [
                            "The Flygbussarna airport coach to the central station takes about 30 minutes; from there it's a short tram ride to Hotel Pier.",
                            "Take the airport coach to Nils Ericson Terminal (about 30 minutes) and then tram 11 towards the harbour; a taxi is about 25 minutes.",
                        ]
                    ),
                )

            made.append(airport)
    for j, name in enumerate(CONFERENCE_VOLUNTEERS):
        day = ("16 March", "17 March", "18 March")[j % 3]
        shift = ("morning", "afternoon")[j % 2]

        def volunteer(name=name, day=day, shift=shift):
            volunteers_per_day[day] = volunteers_per_day.get(day, 0) + 1
            count = volunteers_per_day[day]
            return turn(f"Add {name} as a volunteer on {day}, {shift} shift.", f"Added {name} to the volunteer rota for {day}, {shift} ({count} volunteer{'s' if count > 1 else ''} that day so far).")

        made.append(volunteer)
    for q, a in CONFERENCE_GENERIC:
        made.append(lambda q=q, a=a: turn(q, a))
    rng.shuffle(made)

    hand = {
        1: turn(
            "Hi! I'm organising the Nordic Data Summit: 3 days (16-18 March) at the Harbour Congress Centre in Gothenburg, about 220 attendees. Can you help me plan the logistics?",
            "Happy to help! Let's start with the big pieces: rooms, catering, AV and transport. Where would you like to begin?",
        ),
        2: turn("Rooms first. We need one main hall and three breakout rooms.", "The Harbour Congress Centre's Main Hall seats 300 theatre-style; for breakouts, Skagerrak, Kattegat and Vinga take 60-80 each. Shall I draft a room plan per day?"),
        3: turn("Yes, same set-up all three days.", "Room plan: Main Hall for keynotes 09:00-10:30 and 16:00-17:00; breakouts in Skagerrak, Kattegat and Vinga 11:00-15:30; coffee in the foyer."),
        4: turn(
            "Catering next. Important: a large share of our attendees are observant Muslims, so all catering must be halal: no pork and no alcohol anywhere, including desserts and the reception.",
            "Understood. Which meals do you need each day: breakfast, lunch, coffee breaks, dinner?",
        ),
        5: turn(
            "Lunch and two coffee breaks each day, plus a welcome reception on the first evening.",
            "Then per day: morning coffee at 10:30, lunch at 12:30 and afternoon coffee at 15:30, plus the reception on 16 March from 18:00. For 220 people, plan two buffet lines at lunch.",
        ),
        6: turn("What's a reasonable lunch budget per person in Gothenburg?", "For a conference buffet lunch in Gothenburg, expect 245-320 SEK per person excluding VAT."),
        7: turn(
            "Let's plan for 290 SEK. What dietary questions should I ask at registration?",
            "Ask about vegetarian, vegan, gluten-free and lactose-free diets, plus allergies as free text. Typically 15-20% choose vegetarian.",
        ),
        8: turn("Good idea, I'll add that to the form. Who do I contact about catering at the venue?", "The Harbour Congress Centre uses its in-house caterer, Hamnköket; their events desk handles menus and final numbers."),
        9: turn("Do they need final numbers in advance?", "Usually final numbers 10 working days before, with a ±5% adjustment allowed until 72 hours before."),
        10: turn(
            "OK. Can you draft the lunch menu for day 1?",
            "Day 1 lunch buffet: Caesar salad with crispy pancetta, roast chicken with lemon and thyme, pork tenderloin with an apple and cider sauce, roasted root vegetables, a mushroom and spinach lasagne (vegetarian), and tiramisu for dessert.",
        ),
        11: turn(
            "Great, and day 2?",
            "Day 2: Swedish meatballs (beef and pork) with lingonberries and mashed potatoes, baked salmon with dill, a lentil and sweet potato curry (vegan), green salad, and a tray of cinnamon buns.",
        ),
        12: turn("Day 3 please, something lighter.", "Day 3: poached salmon salad, chicken wraps with hummus, a falafel bowl (vegan), and fruit salad with mint."),
        57: turn(
            "For the welcome reception on the 16th, what should we serve?",
            "Welcome everyone with a glass of prosecco (and elderflower cordial for non-drinkers), then canapés: smoked salmon blinis, mini pork sliders, goat's cheese tartlets and chocolate truffles. Plan 8-10 canapés per person over two hours.",
        ),
        58: turn("How much prosecco for 220 people?", "Count half a bottle per person for a two-hour reception: about 110 bottles, so order 19 cases of 6."),
        130: turn("That's everything for today, thanks!", "You're welcome, good luck with the Nordic Data Summit!"),
    }
    turns = []
    for n in range(1, 131):
        turns.append(hand[n] if n in hand else made.pop()())
    return turns


CW_CATERING = {
    "name": "window-halal-catering",
    "category": "context-window",
    "judging": "some-turns",
    "slug": "cw-conference-halal-7b20",
    "user": "sara.lindgren@example.com",
    "app": {"name": "event_planner", "span_type": "AGENT", "window": 6, "system": "You help organise corporate events. Be concise."},
    "turns": conference_session_turns,
    "judgements": [
        (2, "relevance_to_query", "yes", "Proposes a main hall and three breakout rooms as requested."),
        (5, "relevance_to_query", "yes", "Lays out the meals needed per day."),
        (9, "correctness", "yes", "Final numbers 10 working days before with a small late adjustment is a typical caterer requirement."),
        (10, "correctness", "no", "The user required halal catering with no pork and no alcohol (turn 4); the menu includes pancetta, pork tenderloin with cider sauce and tiramisu."),
        (40, "relevance_to_query", "yes", "Handles the organiser's request directly."),
        (57, "guidelines", "no", "The reception menu serves prosecco and pork sliders, which violates the halal, alcohol-free catering requirement the organiser set."),
        ("session", "knowledge_retention", "no", "At turn 4 the organiser said all catering must be halal with no pork or alcohol; the day 1 and day 2 lunch menus and the reception include pork and alcohol."),
    ],
    "root": 8,
    "constraint": 4,
    "evidence": "the app sends only the last 6 messages: from turn 8 the model no longer saw the turn-4 halal / no pork, no alcohol requirement",
    "why": "Turn 8 is the first turn whose model input lacks the turn-4 requirement; the menus at turns 10-11 and the reception at turns 57-58 violate it.",
}


ONBOARDING_DOCS = {
    "laptop": doc("it-laptop-setup", "New laptops are enrolled automatically at first sign-in. Sign in with your company email, then install updates from Company Portal."),
    "vpn": doc("it-vpn", "The VPN client is GlobalProtect; portal vpn.kestrel.example; sign in with your company account and approve the push notification."),
    "payroll": doc("payroll-calendar", "Salaries are paid on the 25th of each month, or the last working day before it. Payslips appear in Personio."),
    "pension": doc("benefits-pension", "The company pays 5% of gross salary into the company pension plan from the first month; you can add up to 4% of your own."),
    "holiday": doc("leave-annual", "30 days of annual leave per calendar year, pro rata in the first year. Request leave in Personio at least 2 weeks ahead for more than 3 days."),
    "sick": doc("leave-sick", "If you are sick, tell your manager before 10:00; from the fourth day a doctor's certificate is required."),
    "hours": doc("working-time", "Core hours are 10:00-15:00; the rest is flexible. Record time in Personio weekly."),
    "remote": doc("remote-work", "Up to 2 remote days per week after the first month; the first month is in the office."),
    "access": doc("office-access", "Your badge opens the building from 06:30 to 21:00. Lost badges: reception, 15 EUR replacement."),
    "bike": doc("benefits-bike", "Bike leasing through JobRad: up to one bike every 3 years, deducted from gross salary."),
    "lunch": doc("benefits-lunch", "Lunch is subsidised at the canteen on the ground floor: 4.50 EUR for a main course with your badge."),
    "training": doc("learning-budget", "Each employee has 1,200 EUR a year for courses, books and conferences, approved by the manager."),
    "probation": doc("probation", "The probation period is 6 months; a review with your manager is held at month 3 and month 5."),
    "review": doc("performance-cycle", "Performance reviews are held in March and September; goals are set in the first two weeks after joining."),
    "travel": doc("travel-booking", "Book business travel in TravelPerk. Trains in 2nd class up to 4 hours, 1st class above. Hotels up to 140 EUR per night in Hamburg, Munich and Berlin."),
    "entertainment": doc("client-entertainment", "Client entertainment is claimed separately from travel meals, with the names and companies of all guests; up to 70 EUR per person."),
    "expenses_howto": doc("expenses-howto", "Submit expenses in Personio within 3 months, with a photo of each receipt; reimbursed with the next salary."),
    "phone": doc("it-phone", "A company phone can be requested in the IT portal; standard model: iPhone 15 or Pixel 8."),
    "security": doc("it-security-training", "Security awareness training must be completed in the first 30 days in the Learning portal (about 45 minutes)."),
    "printer": doc("it-printing", "Printers are on every floor; print with your badge at any printer (follow-me printing)."),
    "parking": doc("facilities-parking", "There is no company parking; the public garage next door offers a 65 EUR monthly ticket."),
    "ergonomics": doc("facilities-desk", "Standing desks are available on every floor; request a second monitor or an ergonomic chair from Facilities."),
    "referral": doc("people-referral", "Referral bonus: 2,000 EUR when a referred candidate passes probation."),
    "whistle": doc("compliance-speakup", "Concerns can be reported anonymously through the SpeakUp portal."),
}
EXPENSES_2021 = doc("expenses-2021", "Travel meal allowance: up to 45 EUR per travel day within Germany, receipts required.")
EXPENSES_2026 = doc(
    "expenses-2026",
    "Travel meal allowance (from 1 March 2026): up to 35 EUR per full travel day within Germany and 17.50 EUR for the arrival and departure days; receipts required. Amounts above the allowance are not reimbursed.",
)
ONBOARDING_QA = [
    ("My laptop arrived. How do I set it up?", "Sign in with your company email and it enrols automatically; then install the pending updates from Company Portal.", "laptop"),
    ("How do I connect to the VPN from home?", "Use GlobalProtect with the portal vpn.kestrel.example, sign in with your company account and approve the push notification on your phone.", "vpn"),
    ("When is payday?", "Salaries are paid on the 25th of each month, or the last working day before it if the 25th is a weekend or holiday.", "payroll"),
    ("Where do I find my payslip?", "Payslips appear in Personio under Documents on payday.", "payroll"),
    ("Is there a company pension?", "Yes: the company pays 5% of your gross salary into the pension plan from your first month, and you can add up to 4% yourself.", "pension"),
    ("How many days of holiday do I get?", "30 days a year, pro rata in your first year.", "holiday"),
    ("How far ahead do I need to ask for holiday?", "At least 2 weeks ahead in Personio for anything longer than 3 days.", "holiday"),
    ("What do I do if I'm sick?", "Tell your manager before 10:00; from the fourth day you need a doctor's certificate.", "sick"),
    ("Are there core hours?", "Yes, 10:00 to 15:00; the rest of your day is flexible. Record your time in Personio weekly.", "hours"),
    ("Can I work from home?", "Up to 2 days a week once your first month is over; the first month is in the office.", "remote"),
    ("What time does the building open?", "Your badge opens the building from 06:30 to 21:00.", "access"),
    ("I think I lost my badge. What now?", "Go to reception; a replacement costs 15 EUR and the old badge is blocked straight away.", "access"),
    ("Can I lease a bike through work?", "Yes, through JobRad: one bike every 3 years, paid from your gross salary.", "bike"),
    ("How much is lunch in the canteen?", "A main course is 4.50 EUR with your badge; the canteen is on the ground floor.", "lunch"),
    ("Is there a training budget?", "Yes, 1,200 EUR a year for courses, books and conferences, approved by your manager.", "training"),
    ("How long is probation?", "Six months, with reviews with your manager at month 3 and month 5.", "probation"),
    ("When are performance reviews?", "In March and September. Your first goals are set in your first two weeks.", "review"),
    ("How do I book a train for a business trip?", "Book it in TravelPerk: 2nd class for journeys up to 4 hours, 1st class above that.", "travel"),
    ("What hotel budget do I have in Hamburg?", "Up to 140 EUR per night in Hamburg, Munich and Berlin, booked through TravelPerk.", "travel"),
    ("How do I submit expenses?", "In Personio within 3 months, with a photo of each receipt; you're reimbursed with the next salary.", "expenses_howto"),
    ("Can I get a company phone?", "Yes, request one in the IT portal; the standard models are the iPhone 15 and the Pixel 8.", "phone"),
    ("Is there mandatory training?", "Security awareness training, about 45 minutes in the Learning portal, within your first 30 days.", "security"),
    ("How do I print?", "Send the job to the follow-me queue and tap your badge on any printer.", "printer"),
    ("Is there parking?", "There's no company parking, but the public garage next door has a 65 EUR monthly ticket.", "parking"),
    ("Can I get a standing desk?", "Standing desks are on every floor; Facilities can also give you a second monitor or an ergonomic chair.", "ergonomics"),
    ("Do we have a referral bonus?", "Yes, 2,000 EUR when the person you referred passes probation.", "referral"),
    ("How do I report a concern anonymously?", "Through the SpeakUp portal, which lets you report anonymously.", "whistle"),
    ("Can I get a second monitor?", "Yes, ask Facilities; they'll deliver it to your desk.", "ergonomics"),
    ("Does the pension start straight away?", "Yes, the company contribution starts in your first month.", "pension"),
    ("Is the training budget per calendar year?", "Yes, 1,200 EUR per calendar year.", "training"),
    ("Do I need to record my hours every day?", "No, weekly is enough: record your time in Personio by the end of each week.", "hours"),
    ("Can I carry holiday over to next year?", "The handbook excerpt doesn't cover carry-over; please ask HR at people@kestrel.example.", "holiday"),
    ("Can I start at 7 and leave at 15:30?", "Yes, as long as you're there during the core hours of 10:00 to 15:00.", "hours"),
    ("Can I book a conference with my training budget?", "Yes, conferences count towards your 1,200 EUR learning budget once your manager approves.", "training"),
    ("Can I use the VPN on my own tablet?", "The VPN is only for company devices enrolled through Company Portal.", "vpn"),
    ("My laptop says updates are pending. Is that normal?", "Yes, install them from Company Portal; new laptops usually have a few pending after enrolment.", "laptop"),
    ("When is my first review?", "Your first probation review is at month 3, the second at month 5.", "probation"),
    ("Who sets my goals?", "You and your manager, in your first two weeks.", "review"),
    ("Does the canteen take cards?", "The subsidised price applies when you pay with your badge; the canteen is on the ground floor.", "lunch"),
    ("How do I get a first-class train ticket?", "First class is allowed for journeys over 4 hours; book it in TravelPerk.", "travel"),
    ("Is the bike leasing for e-bikes too?", "JobRad covers bikes including e-bikes, one every 3 years, paid from gross salary.", "bike"),
    ("Until when can I hand in old receipts?", "Within 3 months of the expense.", "expenses_howto"),
]
ONBOARDING_CONTACTS = [
    ("payroll", "payroll@kestrel.example"),
    ("my building badge", "reception on the ground floor"),
    ("laptop problems", "the IT service desk, extension 4400 or it@kestrel.example"),
    ("the company pension", "benefits@kestrel.example"),
    ("a desk move", "Facilities through the facilities portal"),
    ("travel bookings", "the TravelPerk support chat, or office@kestrel.example for urgent changes"),
]
ONBOARDING_ROOMS = [("Elbe", "3rd floor, next to the kitchen", 8), ("Alster", "3rd floor, east wing", 4), ("Speicher", "4th floor", 12), ("Fleet", "2nd floor, by the stairs", 6), ("Kai", "4th floor, corner room", 16)]
ONBOARDING_APPS = [("Jira", "the IT portal under Software > Atlassian"), ("Tableau", "the IT portal; your manager approves the licence"), ("GitHub", "the IT portal under Engineering tools"), ("Figma", "the IT portal; viewer access is automatic"), ("Miro", "the IT portal under Collaboration"), ("Snowflake", "the data-platform team's request form in Jira")]


def onboarding_session_turns():
    """60 turns of a new employee's questions in their first weeks. At turn 38 the retriever returns the
    superseded 2021 expense policy (45 EUR a day; now 35 EUR and 17.50 EUR for arrival and departure days)."""
    rng = random.Random(60)
    made = [lambda q=q, a=a, key=key: turn(q, a, docs=[ONBOARDING_DOCS[key]]) for q, a, key in ONBOARDING_QA]
    for name, where, seats in ONBOARDING_ROOMS:
        made.append(lambda name=name, where=where, seats=seats: turn(f"Where is meeting room {name}?", f"{name} is on the {where}; it seats {seats}. Book it in Outlook.", docs=[]))
    for app, how in ONBOARDING_APPS:
        made.append(lambda app=app, how=how: turn(f"How do I get access to {app}?", f"Request {app} through {how}.", docs=[]))
    for topic, who in ONBOARDING_CONTACTS:
        made.append(lambda topic=topic, who=who: turn(f"Who do I contact about {topic}?", f"For {topic}, contact {who}.", docs=[]))
    rng.shuffle(made)
    hand = {
        1: turn("Hi! It's my first day at Kestrel Analytics. Where do I start?", "Welcome! Start with your laptop setup and the security training; I can answer any policy questions along the way.", docs=[ONBOARDING_DOCS["laptop"], ONBOARDING_DOCS["security"]]),
        38: turn(
            "What's the meal allowance when I travel for work?",
            "You can claim up to 45 EUR per day for meals when travelling within Germany, with receipts.",
            docs=[EXPENSES_2021, EXPENSES_2026],
        ),
        41: turn(
            "I'm visiting a client in Hamburg from Tuesday to Thursday next week. So I can spend up to 135 EUR on meals?",
            "Yes: 3 days × 45 EUR = 135 EUR, as long as you keep the receipts.",
            docs=[EXPENSES_2021, ONBOARDING_DOCS["travel"]],
        ),
        46: turn(
            "Can I take the client to dinner on that trip and put it on the same claim?",
            "Client dinners count as client entertainment and are claimed separately, with the guests' names and companies; your own meals still count against the 45 EUR a day.",
            docs=[ONBOARDING_DOCS["entertainment"], EXPENSES_2021],
        ),
        52: turn(
            "My Hamburg claim came back: they only reimbursed 70 EUR of my 128 EUR of meals. Why?",
            "That looks like a mistake: 3 days at 45 EUR allows 135 EUR, so your 128 EUR should be covered in full. Reply to the expenses team and ask them to recheck the claim.",
            docs=[EXPENSES_2021, ONBOARDING_DOCS["expenses_howto"]],
        ),
        60: turn("That's all my questions for now. Thanks a lot!", "You're welcome, and welcome to Kestrel Analytics!", docs=[]),
    }
    return [hand[n] if n in hand else made.pop()() for n in range(1, 61)]


OD_ONBOARDING = {
    "name": "outdated-doc-meal-allowance",
    "category": "outdated-document",
    "judging": "some-turns",
    "slug": "od-onboarding-meals-e6b5",
    "user": "nils.becker@example.com",
    "app": {"name": "onboarding_assistant", "retriever": "search_handbook", "system": "You are Kestrel Analytics' onboarding assistant. Answer from the handbook excerpts."},
    "turns": onboarding_session_turns,
    "judgements": [
        (3, "relevance_to_query", "yes", "Answers the new employee's question directly."),
        (17, "relevance_to_query", "yes", "Answers the policy question asked."),
        (38, "relevance_to_query", "yes", "States the meal allowance for business travel."),
        (38, "retrieval_groundedness", "yes", "The 45 EUR per day is stated in the retrieved document expenses-2021."),
        (52, "correctness", "no", "Under the current policy (expenses-2026) the allowance is 35 EUR per full travel day and 17.50 EUR for arrival and departure days, i.e. 70 EUR for Tuesday to Thursday; the reimbursement was right and the 45 EUR figure comes from the superseded expenses-2021."),
    ],
    "root": 38,
    "evidence": "the superseded document expenses-2021 (45 EUR a day) instead of expenses-2026 (35 EUR, 17.50 EUR arrival and departure days)",
    "why": "Turn 38 is the first answer from expenses-2021; turns 41, 46 and 52 compute the Hamburg allowance from its 45 EUR.",
}


def budget_session_turns():
    """52 turns of a person logging their December spending with a budgeting assistant; every figure is
    computed, so every answer is right."""
    rng = random.Random(52)
    budgets = {"groceries": 40000, "eating out": 15000, "transport": 8000}
    totals = {"groceries": 0, "eating out": 0, "transport": 0, "household": 0, "fun": 0}
    counts = dict.fromkeys(totals, 0)
    log = []
    shops = {
        "groceries": ["the Lidl shop", "the weekly Rewe shop", "veg at the market", "an Aldi run", "bread at the bakery", "the Edeka shop"],
        "eating out": ["dinner with Sara", "lunch at the Thai place", "coffee and cake", "pizza night", "brunch with my parents"],
        "transport": ["monthly bus top-up", "train to Leipzig", "taxi home", "bike repair", "car-share trip"],
        "household": ["light bulbs", "cleaning stuff", "a new kettle", "bin bags and sponges"],
        "fun": ["cinema", "climbing gym", "concert ticket", "a board game", "bowling"],
    }
    ranges = {"groceries": (600, 6500), "eating out": (450, 6800), "transport": (250, 2400), "household": (300, 3900), "fun": (800, 4500)}

    def eur(cents):
        return f"{cents // 100:,}.{cents % 100:02d}"

    def add():
        cat = rng.choices(list(totals), weights=[5, 3, 3, 1.2, 1.2])[0]
        cents = rng.randrange(*ranges[cat]) // 5 * 5
        what = rng.choice(shops[cat])
        totals[cat] += cents
        counts[cat] += 1
        expense_id = f"E-{len(log) + 101}"
        log.append((expense_id, cat, cents, what))
        q = rng.choice([f"Add {eur(cents)} for {cat}: {what}.", f"{what[0].upper() + what[1:]}, {eur(cents)}.", f"Log {eur(cents)} EUR, {what} ({cat}).", f"Just paid {eur(cents)} for {what}."])
        a = f"Added {eur(cents)} EUR to {cat} ({what}). {cat.capitalize()} so far this month: {eur(totals[cat])} EUR."
        return turn(q, a, tools=[call("add_expense", {"amount_eur": cents / 100, "category": cat, "note": what}, {"id": expense_id, "category_total_eur": totals[cat] / 100})])

    def category_total():
        cat = rng.choice([c for c in totals if counts[c]])
        q = rng.choice([f"How much have I spent on {cat} so far?", f"What's my {cat} total?"])
        a = f"You've spent {eur(totals[cat])} EUR on {cat} this month, across {counts[cat]} expense{'s' if counts[cat] > 1 else ''}."
        return turn(q, a, tools=[call("get_summary", {"category": cat}, {"total_eur": totals[cat] / 100, "count": counts[cat]})])

    def left():
        cat = rng.choice(list(budgets))
        rest = budgets[cat] - totals[cat]
        q = f"How much of my {cat} budget is left?"
        if rest >= 0:
            a = f"You've used {eur(totals[cat])} of your {eur(budgets[cat])} EUR {cat} budget, so {eur(rest)} EUR is left."
        else:
            a = f"You've spent {eur(totals[cat])} EUR on {cat}, {eur(-rest)} EUR over your {eur(budgets[cat])} EUR budget."
        return turn(q, a, tools=[call("get_summary", {"category": cat}, {"total_eur": totals[cat] / 100, "budget_eur": budgets[cat] / 100})])

    def correct():
        expense_id, cat, cents, what = rng.choice(log[-5:])
        new = max(100, cents - rng.choice([100, 500, 1000]))
        totals[cat] += new - cents
        index = next(i for i, entry in enumerate(log) if entry[0] == expense_id)
        log[index] = (expense_id, cat, new, what)
        return turn(
            f"Oops, the {what} was {eur(new)}, not {eur(cents)}.",
            f"Fixed: {what} is now {eur(new)} EUR. {cat.capitalize()} total: {eur(totals[cat])} EUR.",
            tools=[call("update_expense", {"id": expense_id, "amount_eur": new / 100}, {"id": expense_id, "category_total_eur": totals[cat] / 100})],
        )

    def overall():
        parts = ", ".join(f"{cat} {eur(v)}" for cat, v in totals.items() if v)
        return turn("What's my total for the month so far?", f"{eur(sum(totals.values()))} EUR in total: {parts}.", tools=[call("get_summary", {}, {"by_category_eur": {c: v / 100 for c, v in totals.items()}})])

    turns = [
        turn(
            "Hi! Let's track my spending for December. Budgets: groceries 400, eating out 150, transport 80.",
            "Great, I've set your December budgets: groceries 400 EUR, eating out 150 EUR, transport 80 EUR. Tell me each expense as you go.",
            tools=[call("set_budgets", {"month": "2026-12", "budgets_eur": {c: v / 100 for c, v in budgets.items()}}, {"ok": True})],
        )
    ]
    while len(turns) < 51:
        fn = rng.choices([add, category_total, left, correct, overall], weights=[6, 1.2, 1, 0.5, 0.6])[0]
        if fn is not add and not log:
            fn = add
        turns.append(fn())
    def line(cat, v):
        if cat not in budgets:
            return f"{cat} {eur(v)} EUR"
        over = v - budgets[cat]
        return f"{cat} {eur(v)} of {eur(budgets[cat])} EUR" + (f" ({eur(over)} over budget)" if over > 0 else "")

    summary = "; ".join(line(cat, v) for cat, v in totals.items())
    turns.append(turn("That's it for December. Can I have a summary?", f"December summary: {summary}. Total spent: {eur(sum(totals.values()))} EUR.", tools=[call("get_summary", {"month": "2026-12"}, {"by_category_eur": {c: v / 100 for c, v in totals.items()}})]))
    return turns


HE_BUDGET = {
    "name": "healthy-long-budget-tracker",
    "category": "healthy",
    "judging": "some-turns",
    "slug": "he-budget-tracker-48d1",
    "user": "clara.wolf@example.com",
    "app": {"name": "budget_buddy", "span_type": "AGENT", "system": "You help people track their spending. Use the tools for every figure."},
    "turns": budget_session_turns,
    "judgements": [
        (1, "relevance_to_query", "yes", "Sets up the budgets the user listed."),
        (12, "correctness", "yes", "The running total matches the expenses logged so far."),
        (25, "correctness", "yes", "The figure is consistent with the tool's summary."),
        (38, "relevance_to_query", "yes", "Answers the user's question about their spending."),
        (52, "correctness", "yes", "The December summary adds up the logged expenses correctly."),
        ("session", "conversation_completeness", "yes", "The user logged a month of expenses and received the summary they asked for."),
    ],
    "root": None,
    "evidence": "no negative judgement over 52 turns of small, correct steps",
    "why": "Every figure comes from the tools and is correct; nothing went wrong.",
}


SESSIONS = [
    OD_BAGGAGE, OD_PARENTAL, OD_SDK, OD_FEES, OD_ONBOARDING,
    TF_HOTEL, TF_BALANCE, TF_SHIPPING, TF_UNITS, TF_WAREHOUSE,
    CW_NUTS, CW_BUDGET, CW_TIMEZONE, CW_CATERING,
    MR_PORTLAND, MR_SAVINGS, MR_LAPTOP, MR_DATES,
    H_OCEANARIO, H_REQUESTS, H_PLAN_PRICE, H_GUEST_PASSES,
    UC_RESTAURANT, UC_LANGUAGE, UC_PHONE, UC_FERRY,
    HU_RECIPE, HU_BLEACH, HU_ABROAD, HU_CLINIC,
    HE_PASSWORD, HE_ITALIAN, HE_BALCONY, HE_BUDGET,
]  # fmt: skip


# --------------------------------------------------------------------------------------------------------
# Judgements
# --------------------------------------------------------------------------------------------------------

DEFAULT_RATIONALES = {
    "correctness": [
        "The response {gist}; the information is accurate and consistent with the conversation.",
        "Nothing in the response contradicts the known facts: it {gist}.",
        "The response correctly {gist}.",
    ],
    "relevance_to_query": [
        "The response {gist}, which directly addresses the user's message.",
        "Relevant: the user asked about this and the response {gist}.",
        "The response stays on the user's request and {gist}.",
    ],
    "safety": [
        "The response contains no harmful, hateful or unsafe content.",
        "No safety concerns: ordinary, benign assistance.",
        "The content is harmless and appropriate.",
    ],
    "guidelines": [
        "The response is polite, concise and on topic.",
        "The response follows the guidelines: clear, courteous and focused on the request.",
        "Tone and length are appropriate and the response follows the assistant guidelines.",
    ],
    "retrieval_groundedness": [
        "The claims in the response are supported by the retrieved document {doc}.",
        "The response is grounded in the retrieved context ({doc}).",
    ],
}


def every_turn_judgements(spec, turns, rationales, step):
    """The app's judges (by default correctness, relevance_to_query, safety and guidelines) on every turn, and
    retrieval_groundedness on turns with a retriever: "yes" with a rationale about the turn from the set's
    templates (picked by turn × step), except where the session overrides."""
    judged = []
    for n, t in enumerate(turns, start=1):
        names = list(spec.get("judges", ["correctness", "relevance_to_query", "safety", "guidelines"])) + (["retrieval_groundedness"] if t["docs"] else [])
        for name in names:
            if (n, name) in spec["overrides"]:
                value, rationale = spec["overrides"][(n, name)]
            else:
                templates = rationales[name]
                value = "yes"
                rationale = templates[(n * step + len(name)) % len(templates)].format(gist=t["gist"], doc=t["docs"][0]["id"] if t["docs"] else "")
            judged.append((n, name, value, rationale))
    return judged


def judgements_of(spec, turns, rationales=DEFAULT_RATIONALES, step=1):
    per_turn = every_turn_judgements(spec, turns, rationales, step) if spec["judging"] == "every-turn" else []
    session = list(spec.get("session_judgements", []))
    for entry in spec.get("judgements", []):
        if entry[0] == "session":
            session.append(entry[1:])
        else:
            per_turn.append(entry)
    return per_turn, session


# --------------------------------------------------------------------------------------------------------
# Logging
# --------------------------------------------------------------------------------------------------------


def model_input(app, history):
    window = app.get("window")
    return list(history) if window is None else history[-window:]


def log_turn(app, session_id, user_id, t, history):
    @mlflow.trace(name=app["name"], span_type=app.get("span_type", "CHAIN"))
    def handle(question: str) -> str:
        mlflow.update_current_trace(metadata={SESSION_KEY: session_id, USER_KEY: user_id})
        if t["docs"] is not None:
            with mlflow.start_span(name=app.get("retriever", "retrieve"), span_type="RETRIEVER") as span:
                span.set_inputs({"query": question})
                span.set_outputs([{"page_content": d["text"], "metadata": {"doc_id": d["id"]}} for d in t["docs"]])
        for c in t["tools"]:
            try:
                with mlflow.start_span(name=c["name"], span_type="TOOL") as span:
                    span.set_inputs(c["inputs"])
                    if c["error"]:
                        raise c["error"][0](c["error"][1])
                    span.set_outputs(c["outputs"])
            except (TimeoutError, ConnectionError, RuntimeError):
                pass  # the application falls back (cache, default, retry) and answers anyway: the trace ends OK
        with mlflow.start_span(name="ChatOpenAI", span_type="CHAT_MODEL") as span:
            messages = [{"role": "system", "content": app["system"]}, *model_input(app, history), {"role": "user", "content": question}]
            span.set_inputs({"messages": messages, "model": "gpt-4o-mini"})
            span.set_outputs({"choices": [{"message": {"role": "assistant", "content": t["a"]}}]})
        return t["a"]

    handle(t["q"])
    trace_id = mlflow.get_last_active_trace_id()
    history += [{"role": "user", "content": t["q"]}, {"role": "assistant", "content": t["a"]}]
    time.sleep(0.01)  # distinct millisecond timestamps keep the oldest-first order unambiguous
    return {"traceId": trace_id, "input": t["q"], "output": t["a"]}


def feedback(trace_id, name, value, rationale, session_id=None):
    metadata = {SESSION_KEY: session_id} if session_id else None
    mlflow.log_feedback(trace_id=trace_id, name=name, value=value, rationale=rationale, source=JUDGE, metadata=metadata)


def turns_of(spec):
    return spec["turns"]() if callable(spec["turns"]) else spec["turns"]


def check(spec, turns):
    """The labels must agree with what is logged."""
    name, n, root = spec["name"], len(turns), spec["root"]
    assert spec["category"] in CATEGORIES, name
    assert root is None or 1 <= root <= n, name
    assert (root is None) == (spec["category"] == "healthy"), name
    assert (spec.get("kind") == "user") == (spec["category"] == "user-changed-mind"), name
    if spec["category"] == "context-window":
        c, app = spec["constraint"], spec["app"]
        said = turns[c - 1]["q"]
        history, first_without = [], None
        for k, t in enumerate(turns, start=1):
            if k > c and first_without is None and all(m["content"] != said for m in model_input(app, history)):
                first_without = k
            history += [{"role": "user", "content": t["q"]}, {"role": "assistant", "content": t["a"]}]
        assert first_without == root, (name, first_without, root)
    for k, text in spec.get("expect", {}).items():  # generated sessions: the judged turns are the ones labelled
        assert text in turns[k - 1]["q"] + turns[k - 1]["a"], (name, k, text)
    per_turn, session = judgements_of(spec, turns)
    assert all(1 <= j[0] <= n for j in per_turn), name
    negative_turns = {j[0] for j in per_turn if j[2] in NEGATIVE}
    if spec["category"] == "healthy":
        assert not negative_turns and not any(s[1] in NEGATIVE for s in session), name
    if spec["category"] == "healthy-unlucky":
        assert negative_turns == {root}, (name, negative_turns)
    if spec["judging"] == "last-turn":  # only the failing turn is judged (the last one, or the last that failed)
        assert len({j[0] for j in per_turn}) == 1 and not session, name
    if spec["judging"] == "session-only":
        assert not per_turn and session, name
    if spec["judging"] == "none":
        assert not per_turn and not session, name
    if spec["judging"] == "every-turn":
        assert {j[0] for j in per_turn} == set(range(1, n + 1)), name
        assert all(t["gist"] for t in turns), name


def open_turn(spec, turns):
    per_turn, _ = judgements_of(spec, turns)
    negative = [j[0] for j in per_turn if j[2] in NEGATIVE]
    return max(negative) if negative else len(turns)


def log_session(spec, prefix, rationales, step):
    turns = turns_of(spec)
    check(spec, turns)
    session_id, user_id, app = prefix + spec["slug"], spec["user"], spec["app"]
    history, logged = [], []
    for t in turns:
        logged.append(log_turn(app, session_id, user_id, t, history))
    per_turn, session = judgements_of(spec, turns, rationales, step)
    entry = {
        "name": spec["name"],
        "category": spec["category"],
        "judging": spec["judging"],
        "sessionId": session_id,
        "userId": user_id,
        "turns": logged,
        "openTurn": open_turn(spec, turns),
        "rootCauseTurn": spec["root"],
        "rootCauseKind": None if spec["root"] is None else spec.get("kind", "model"),
        "evidence": spec["evidence"],
        "why": spec["why"],
        "assessments": [{"turn": n, "name": name, "value": value, "rationale": rationale} for n, name, value, rationale in per_turn]
        + [{"turn": None, "sessionLevel": True, "name": name, "value": value, "rationale": rationale} for name, value, rationale in session],
    }
    if spec["category"] == "context-window":
        entry["constraintTurn"] = spec["constraint"]
        entry["window"] = spec["app"]["window"]
    calls = [(logged[n - 1]["traceId"], name, value, rationale, None) for n, name, value, rationale in per_turn]
    calls += [(logged[0]["traceId"], name, value, rationale, session_id) for name, value, rationale in session]
    return entry, calls


def seed_sessions(experiment, specs, prefix, rationales=DEFAULT_RATIONALES, step=1):
    """Logs the sessions' traces, then their judgements; returns the manifest section."""
    experiment_id = mlflow.set_experiment(experiment).experiment_id
    logged, unflushed = [], 0
    for spec in specs:
        logged.append(log_session(spec, prefix, rationales, step))
        unflushed += len(logged[-1][0]["turns"])
        # MLflow's export queue holds 1,000 traces and drops any more with a warning: flushed well before.
        if unflushed >= 400:
            mlflow.flush_trace_async_logging()
            unflushed = 0
    # Judges run once the traces are stored. One flush for all sessions: each flush waits up to a second for
    # MLflow's export queue to notice it, which per session would add half a minute.
    mlflow.flush_trace_async_logging()
    with ThreadPoolExecutor(max_workers=4) as pool:  # a judge run logs its verdicts concurrently
        list(pool.map(lambda args: feedback(*args), [c for _, calls in logged for c in calls]))
    return {"experimentId": experiment_id, "sessions": [entry for entry, _ in logged]}


def seed_labelled(tracking_uri, sample=False):
    """sample=True seeds only the first session of each category (for end-to-end tests)."""
    name = "Labelled root causes — sample (Session Lens)" if sample else "Labelled root causes (Session Lens)"
    specs = [next(s for s in SESSIONS if s["category"] == c) for c in CATEGORIES] if sample else SESSIONS
    return seed_sessions(name, specs, "sample-" if sample else "")
