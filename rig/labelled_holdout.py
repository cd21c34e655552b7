"""A second, held-out labelled set of chat sessions, for measuring root-cause detection, never for tuning it.

Same format and labelling rules as labelled.py (read its docstring): one trace per turn with retriever, tool
and chat-model spans; judgements logged afterwards as MLflow's judges log them, session-level ones on the
session's first trace. `rootCauseTurn` is 1-based and is the turn where things first went wrong, as a careful
engineer reading the transcript would mark it:

- outdated-document, tool-failure, misread-request, hallucination: the first turn whose answer carries the
  wrong document, the failed or wrong tool result, the misreading or the invented fact (kind "model");
- context-window: the first turn whose model input no longer holds the message with the user's constraint,
  whether or not the answer at that turn already shows it (`constraintTurn` is the turn of that message);
- user-changed-mind: the turn where the user changed the request (kind "user");
- healthy-unlucky: the judged turn itself (a one-off slip, or a judge that is wrong about that turn);
- healthy: None.

The domains, wording and judge rationales are new (none is shared with labelled.py), and the labels were
written from the conversations alone, without looking at any detection algorithm. Session ids are prefixed
`holdout-` so both sets can live on one server.
"""

import datetime
import random

from labelled import call, doc, seed_sessions, turn

EXPERIMENT = "Labelled root causes, held out (Session Lens)"
PREFIX = "holdout-"


def gbp(pence):
    return f"{pence // 100:,}.{pence % 100:02d}"


# --------------------------------------------------------------------------------------------------------
# outdated-document
# --------------------------------------------------------------------------------------------------------

HL_2023 = doc(
    "contents-wording-2023",
    "Contents cover, section 4: accidental damage to portable electronics (laptops, phones, tablets) in the home is covered up to 1,500 GBP per item. Policy excess: 100 GBP per claim.",
)
HL_2026 = doc(
    "contents-wording-2026",
    "Contents cover, section 4 (policies starting or renewed from 1 February 2026): accidental damage is covered only if the Accidental Damage add-on is shown on your schedule. Portable electronics away from the home need the Gadget Extension. Policy excess: 250 GBP per claim.",
)
HL_PROCESS = doc("claims-process", "Report an incident within 30 days of it happening. Upload photos of the damage and proof of purchase; a claims handler replies within 5 working days.")
HL_REPAIRERS = doc("approved-repairers", "For electronics, Harbourline may choose to repair an item through an approved repairer instead of paying a cash settlement.")
HL_COMPLAINTS = doc(
    "complaints",
    "To complain, reply to any Harbourline email with 'complaint' in the subject line or call 0330 100 4410. We send a final response within 8 weeks; after that you can refer the complaint to the Financial Ombudsman Service.",
)

OD_LAPTOP_CLAIM = {
    "name": "outdated-wording-laptop-claim",
    "category": "outdated-document",
    "judging": "some-turns",
    "slug": "od-laptop-claim-5e0b",
    "user": "kate.brennan@example.com",
    "app": {
        "name": "harbourline_claims",
        "span_type": "AGENT",
        "retriever": "search_policy_wording",
        "system": "You are Harbourline Home Insurance's claims assistant. Use the policy tools and answer from the policy wording excerpts.",
    },
    "turns": [
        turn(
            "Hi, I knocked my laptop off the desk last night and the screen's cracked right across. Am I covered? Policy number HL-448120.",
            "Sorry to hear that! I've found policy HL-448120: buildings and contents cover, last renewed on 2 March 2026. I'll check what your contents section says about accidental damage.",
            tools=[call("get_policy", {"policy": "HL-448120"}, {"policy": "HL-448120", "holder": "K. Brennan", "renewed": "2026-03-02", "cover": ["Buildings", "Contents"], "addons": []})],
        ),
        turn(
            "OK, what does it say?",
            "Good news: section 4 of your contents cover includes accidental damage to portable electronics such as laptops, up to 1,500 GBP per item. The excess is 100 GBP.",
            docs=[HL_2023, HL_2026],
        ),
        turn(
            "The laptop was 1,240 last year. So I'd get 1,140 back?",
            "Yes, 1,240 GBP less the 100 GBP excess is 1,140 GBP, if it's settled in cash. Harbourline can also choose to have it repaired by an approved repairer instead.",
            docs=[HL_2023, HL_REPAIRERS],
        ),
        turn(
            "I'd rather have the money, it's three years old and I wanted a new one anyway. What do I need to send?",
            "Report it within 30 days of the accident, which you're well within, and upload photos of the damage plus the receipt. A claims handler replies within 5 working days.",
            docs=[HL_PROCESS],
        ),
        turn(
            "I've got the receipt and photos on my phone. Can you open the claim?",
            "Done: claim CL-20931 is open for accidental damage to a laptop, value 1,240 GBP. You'll get an email with an upload link for the photos and receipt.",
            tools=[call("create_claim", {"policy": "HL-448120", "peril": "accidental_damage", "item": "laptop", "value_gbp": 1240, "incident_date": "2026-10-14"}, {"claim": "CL-20931", "status": "open"})],
        ),
        turn(
            "Uploaded. Can I go ahead and order the new laptop now or should I wait?",
            "You can order it now. Your contents cover includes accidental damage, so the 1,140 GBP settlement will come through once the handler has reviewed the photos. Keep the receipt for the new one as well.",
            docs=[HL_2023],
        ),
        turn(
            "The handler has just emailed: claim declined, 'no accidental damage cover on your schedule'. You told me I was covered!",
            "I'm sorry for the confusion. Section 4 of your contents wording covers accidental damage to portable electronics, so the decline may be a mistake. Reply to the handler and ask for the decision to be reviewed.",
            docs=[HL_2023, HL_2026],
        ),
        turn(
            "How do I make a formal complaint?",
            "Reply to any Harbourline email with 'complaint' in the subject line, or call 0330 100 4410. You'll get a final response within 8 weeks, and after that you can take it to the Financial Ombudsman Service.",
            docs=[HL_COMPLAINTS],
        ),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Tells the customer whether the cracked laptop screen is covered and what the excess is."),
        (3, "correctness", "yes", "1,240 minus the 100 GBP excess is 1,140 GBP; the calculation is right."),
        (5, "relevance_to_query", "yes", "Opens the claim the customer asked for."),
        (7, "retrieval_groundedness", "no", "The retrieved contents-wording-2026 makes accidental damage depend on an add-on, and the schedule lists none; the answer follows the 2023 wording and calls a correct decline a mistake."),
        (8, "relevance_to_query", "yes", "Explains how to make a formal complaint."),
    ],
    "root": 2,
    "evidence": "the superseded contents-wording-2023 (accidental damage included, 100 GBP excess) for a policy renewed in March 2026",
    "why": "At turn 2 the retriever ranked the 2023 wording first and the assistant said the laptop was covered; turns 3, 6 and 7 build on it. The policy renewed after 1 February 2026 and has no add-on, so it has no accidental damage cover.",
}

NG_2025 = doc("msc-data-science/entry-2025", "MSc Data Science, September 2025 entry: IELTS Academic 6.0 overall with no component below 5.5. Application deadline: 30 June 2025.")
NG_2027 = doc(
    "msc-data-science/entry-2027",
    "MSc Data Science, September 2027 entry: IELTS Academic 6.5 overall with no component below 6.0. Applications from international applicants close on 31 March 2027.",
)
NG_HOWTO = doc("how-to-apply", "Apply online with your transcripts, your degree certificate (or expected completion date), a personal statement, one academic reference and an English test result. The test result can follow after an offer.")
NG_FEES = doc("fees-international-2027", "Tuition for taught MSc programmes starting in 2027, international students: 24,600 GBP. A 2,000 GBP deposit secures your place once you hold an offer.")

OD_ADMISSIONS = {
    "name": "outdated-page-msc-entry",
    "category": "outdated-document",
    "judging": "every-turn",
    "slug": "od-msc-entry-b27c",
    "user": "lucas.ferreira@example.com",
    "app": {
        "name": "northgate_admissions",
        "retriever": "search_admissions_pages",
        "system": "You are Northgate University's admissions assistant for international applicants. Answer from the admissions pages provided.",
    },
    "judges": ["correctness", "relevance_to_query", "safety"],
    "turns": [
        turn(
            "Hello, I'm from Brazil and I want to apply for the MSc in Data Science starting September 2027. What do I need?",
            "Welcome! You apply online with your transcripts, your degree certificate (or expected completion date), a personal statement, one academic reference and an English test result. The test result can follow after an offer.",
            docs=[NG_HOWTO],
            gist="lists the documents needed for the application",
        ),
        turn(
            "What IELTS score do you need?",
            "For the MSc Data Science we ask for IELTS Academic 6.0 overall, with no component below 5.5.",
            docs=[NG_2025, NG_2027],
            gist="gives the IELTS requirement for the MSc Data Science",
        ),
        turn(
            "I took IELTS last month: 6.0 overall, 5.5 in writing. So I don't need to take it again?",
            "That's right: 6.0 overall with 5.5 in writing meets the requirement, so there's no need to retake the test.",
            docs=[NG_2025],
            gist="tells the applicant whether their IELTS result meets the requirement",
        ),
        turn(
            "Great, that saves me a lot of money. How much is the tuition?",
            "For international students, taught MSc programmes starting in 2027 cost 24,600 GBP, and a 2,000 GBP deposit secures your place once you have an offer.",
            docs=[NG_FEES],
            gist="states the 2027 international tuition fee and the deposit",
        ),
        turn(
            "When is the deadline? My final transcript only comes in May.",
            "The deadline is 30 June, so you have time to apply once your transcript arrives in May.",
            docs=[NG_2025, NG_HOWTO],
            gist="gives the application deadline relative to the May transcript",
        ),
        turn(
            "Perfect. Is there anything I should prepare now?",
            "Ask your referee now, as references often take longest, and start drafting your personal statement. Your English test is already sorted.",
            docs=[NG_HOWTO],
            gist="suggests what to prepare while waiting for the transcript",
        ),
        turn("Thank you, this was really helpful!", "You're welcome, and good luck with your application!", gist="closes the conversation"),
    ],
    "overrides": {
        (2, "correctness"): ("yes", "6.0 overall with no band below 5.5 is a standard requirement for a taught MSc and matches the admissions page."),
        (3, "correctness"): ("no", "For September 2027 entry the requirement is 6.5 overall with no component below 6.0; 6.0 with 5.5 in writing does not meet it, so the applicant must retake the test."),
        (3, "retrieval_groundedness"): ("no", "The answer rests on msc-data-science/entry-2025, which describes a past intake, not September 2027 entry."),
        (5, "correctness"): ("no", "International applications for 2027 entry close on 31 March 2027; waiting for the May transcript means missing the deadline."),
        (6, "correctness"): ("no", "States the English test is sorted, but the applicant's score is below the 2027 requirement."),
    },
    "root": 2,
    "evidence": "the 2025-entry page msc-data-science/entry-2025 (IELTS 6.0 / 5.5, deadline 30 June) for a September 2027 applicant",
    "why": "At turn 2 the retriever put the 2025-entry page first and the assistant quoted its IELTS requirement; turns 3, 5 and 6 build on that page (the correctness judge passed turn 2 itself).",
}

AL_2024 = doc("rental-terms-2024/cross-border", "Cross-border travel: cars rented in Slovenia may be driven to Croatia, Austria and Italy at no extra charge. Tell the desk at pick-up.")
AL_2026 = doc(
    "rental-terms-2026/cross-border",
    "Cross-border travel (rentals from 1 April 2026): a cross-border fee of 39 EUR per rental applies for Croatia, Austria and Italy and must be added to the reservation before pick-up. Cars taken abroad without it are not insured outside Slovenia and a 250 EUR penalty applies.",
)
AL_DEPOSIT = doc("rental-terms-2026/deposit", "An 800 EUR deposit is blocked on the main driver's credit card at pick-up. Debit cards are not accepted for the deposit.")
AL_FUEL = doc("rental-terms-2026/fuel", "Full-to-full: return the car with a full tank, or pay 2.40 EUR per litre plus a 25 EUR refuelling fee.")

OD_CAR_RENTAL = {
    "name": "outdated-terms-cross-border",
    "category": "outdated-document",
    "judging": "last-turn",
    "slug": "od-cross-border-73d1",
    "user": "jan.visser@example.com",
    "app": {"name": "alpina_rental_desk", "span_type": "AGENT", "retriever": "search_rental_terms", "system": "You are Alpina Car Rental's assistant. Use the reservation tools and the rental terms."},
    "turns": [
        turn(
            "Hi, I have reservation AL-77321, picking up at Ljubljana airport on 20 June. Can you check it?",
            "Hi! Reservation AL-77321: a Škoda Octavia estate, pick-up at Ljubljana airport on 20 June at 11:00, return on 27 June, 412 EUR with basic cover.",
            tools=[call("get_reservation", {"ref": "AL-77321"}, {"ref": "AL-77321", "car": "Skoda Octavia Estate", "pickup": "LJU 2026-06-20T11:00", "return": "LJU 2026-06-27T11:00", "price_eur": 412, "extras": []})],
        ),
        turn(
            "Can I pay the deposit with my debit card?",
            "The 800 EUR deposit has to be blocked on the main driver's credit card; debit cards aren't accepted for the deposit.",
            docs=[AL_DEPOSIT],
        ),
        turn("My wife has a credit card, she can be the main driver. How does fuel work?", "It's full-to-full: bring the car back with a full tank, otherwise it's 2.40 EUR per litre plus a 25 EUR refuelling fee.", docs=[AL_FUEL]),
        turn(
            "We want to spend a few days on the Croatian coast. Is that allowed?",
            "Yes, you can take the car to Croatia at no extra charge. Just tell the desk when you pick it up.",
            docs=[AL_2024, AL_2026],
        ),
        turn(
            "Do I need to add anything to the reservation for that?",
            "No, there's nothing to add: Croatia is included. Mention it at the desk when you collect the car.",
            docs=[AL_2024],
        ),
        turn(
            "Can my wife be the main driver and I drive too?",
            "Yes, you can be added as an additional driver at the desk for 8 EUR a day; bring your licence.",
            tools=[call("get_extras", {"ref": "AL-77321"}, {"additional_driver_eur_per_day": 8, "child_seat_eur_per_day": 6})],
        ),
        turn(
            "We're at the desk and they want 39 EUR for Croatia, and they say it should have been on the reservation or it's a 250 EUR penalty. You said it was free!",
            "I'm sorry about this. Travel to Croatia is included in your rental at no extra charge, so the 39 EUR shouldn't apply. Please show the agent reservation AL-77321.",
            docs=[AL_2024],
        ),
    ],
    "judgements": [
        (7, "correctness", "no", "The response is factually incorrect."),
    ],
    "root": 4,
    "evidence": "the 2024 cross-border terms (Croatia free) instead of rental-terms-2026 (39 EUR fee, to be added before pick-up)",
    "why": "At turn 4 the assistant answered from rental-terms-2024, ranked above the 2026 terms; turns 5 and 7 repeat that Croatia is free and that nothing needs adding.",
}


# --------------------------------------------------------------------------------------------------------
# tool-failure
# --------------------------------------------------------------------------------------------------------

TF_CONCERT = {
    "name": "seat-map-timeout-concert",
    "category": "tool-failure",
    "judging": "session-only",
    "slug": "tf-concert-seats-2b94",
    "user": "niamh.doyle@example.com",
    "app": {"name": "stagedoor_assistant", "span_type": "AGENT", "system": "You are StageDoor's ticketing assistant. Use the event and seating tools."},
    "turns": [
        turn(
            "Hi! Are there still tickets for Maren Holt at the Harbourside Arena in October?",
            "Yes! Maren Holt plays the Harbourside Arena on Wednesday 14 October at 20:00. Seated tickets start at 58 EUR and standing is 49 EUR.",
            tools=[call("search_events", {"query": "Maren Holt", "venue": "Harbourside Arena"}, {"events": [{"id": "EV-77410", "date": "2026-10-14T20:00", "seated_from_eur": 58, "standing_eur": 49}]})],
        ),
        turn(
            "Is it OK for kids? Mine are 9 and 12.",
            "Yes: under-16s must come with an adult, and under-14s have to be in the seated areas rather than standing.",
            tools=[call("get_event_info", {"event_id": "EV-77410"}, {"age_policy": "Under 16 with an adult. Under 14 in seated areas only.", "doors": "18:30"})],
        ),
        turn(
            "Then I need 4 seats together, ideally in the lower tier.",
            "In the lower tier, block 112 row 8 has seats 14-17 together at 84 EUR each, and block 114 row 12 has seats 3-6 together at 76 EUR each.",
            tools=[call("get_seat_map", {"event_id": "EV-77410", "tier": "lower", "together": 4}, error=(TimeoutError, "get_seat_map: inventory service timed out after 10 s; serving cached seat map from 09:12"))],
        ),
        turn("Row 8 in 112 sounds good. Is the view OK?", "Block 112 is side-on to the stage but close: row 8 is about 25 m from the stage with a clear view, and the sound is good there."),
        turn(
            "Perfect, book those four please.",
            "I've held 4 seats in block 112, row 8 for you: 4 × 84 EUR plus a 3.50 EUR fee per ticket, 350 EUR in total. You have 10 minutes to check out.",
            tools=[call("hold_seats", {"event_id": "EV-77410", "block": "112", "row": "8", "seats": [14, 15, 16, 17], "best_available_if_taken": True}, {"basket": "B-55120", "status": "held", "quantity": 4, "total_eur": 350.0, "expires_in_s": 600})],
        ),
        turn(
            "The checkout page shows two seats in 112 row 8 and two in block 115 row 19. That's not together!",
            "I'm sorry. Seats 16 and 17 in row 8 had already sold, so the hold filled them with the best available. The only 4 together left in the lower tier are in block 110 row 21, seats 7-10, at 76 EUR each.",
            tools=[call("get_seat_map", {"event_id": "EV-77410", "tier": "lower", "together": 4}, {"as_of": "10:41", "together": [{"block": "110", "row": "21", "seats": [7, 8, 9, 10], "price_eur": 76}]})],
        ),
        turn("Row 21 is miles back. Fine, I'll keep the split seats, the kids can sit together.", "OK, basket B-55120 stays as it is: 2 seats in block 112 row 8 and 2 in block 115 row 19, 350 EUR. Please check out within the next 6 minutes."),
        turn(
            "Paid. Bit disappointed to be honest.",
            "Your order SD-90412 is confirmed and the tickets are in your account. Sorry the seats aren't all together; enjoy the concert!",
            tools=[call("get_order", {"basket": "B-55120"}, {"order": "SD-90412", "status": "paid", "total_eur": 350.0})],
        ),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The user wanted four seats together for the family, was told they were available, and ended up with two pairs in different blocks; they say they are disappointed."),
        ("conversation_completeness", "no", "The request was for 4 seats together in the lower tier; the order has the seats split across blocks 112 and 115."),
    ],
    "root": 3,
    "evidence": "get_seat_map timed out at turn 3 and the seats offered came from the cached 09:12 seat map; two of them had already sold",
    "why": "At turn 3 the seat-map tool failed and the app offered seats from a stale cache; the booking at turn 5 rests on it and turn 6 shows two of the four were gone.",
}

COST_PAGE_1 = {
    "period": {"from": "2026-11-01", "to": "2026-11-18"},
    "currency": "USD",
    "rows": [
        {"service": "Compute", "region": "eu-west-1", "usd": 1912.40},
        {"service": "Managed Postgres", "region": "eu-west-1", "usd": 604.00},
        {"service": "Object Storage", "region": "eu-west-1", "usd": 388.15},
        {"service": "Networking", "region": "eu-west-1", "usd": 121.77},
    ],
    "next_page_token": "c2VydmljZT1Db21wdXRlJnJlZ2lvbj11cy1lYXN0LTE=",
}

TF_CLOUD_BILLING = {
    "name": "cost-api-partial-page",
    "category": "tool-failure",
    "judging": "some-turns",
    "slug": "tf-cloud-costs-8d3e",
    "user": "ravi.kapoor@example.com",
    "app": {"name": "cirrus_billing_copilot", "span_type": "AGENT", "system": "You are Cirrus Cloud's billing assistant. Use the billing tools for every figure."},
    "turns": [
        turn(
            "Hi, about our account acme-analytics: October's invoice has a line 'Cirrus for Startups credit -400.00'. What is that?",
            "That's your Cirrus for Startups credit: 400 USD a month is taken off your bill until the programme ends on 31 May 2027. It appears as a negative line on every invoice until then, and it applies to all services, not just compute, so a month with lower usage still gets the full 400 USD off as long as the bill is above that amount.",
            tools=[call("get_account", {"account": "acme-analytics"}, {"account": "acme-analytics", "credits": [{"program": "Cirrus for Startups", "monthly_usd": 400, "ends": "2027-05-31"}]})],
        ),
        turn("Got it. Is it applied automatically?", "Yes, it's applied automatically when the invoice is generated; there's nothing you need to do."),
        turn(
            "Our finance person wants to know what we'll spend this month. Can you break down month-to-date by service?",
            "Month to date (1-18 November): compute 1,912.40 USD, managed Postgres 604.00 USD, object storage 388.15 USD and networking 121.77 USD, so 3,026.32 USD in total.",
            tools=[call("get_cost_summary", {"account": "acme-analytics", "from": "2026-11-01", "to": "2026-11-18", "group_by": ["service", "region"]}, COST_PAGE_1)],
        ),
        turn("And for the whole month?", "At the current rate of about 168 USD a day, November should come to roughly 5,040 USD."),
        turn("We have a budget alert at 6,000. So we're fine?", "Yes: a projected 5,040 USD leaves about 960 USD of headroom under the 6,000 USD alert."),
        turn(
            "Can you write a short paragraph I can paste to finance?",
            "November forecast for acme-analytics: month-to-date spend is 3,026.32 USD (compute 1,912.40, Postgres 604.00, storage 388.15, networking 121.77). At the current daily rate the month should close at about 5,040 USD, within the 6,000 USD budget.",
        ),
        turn(
            "Finance just told me the budget alert fired this morning at 6,000. How?",
            "That's unexpected, as month-to-date spend is 3,026.32 USD. The alert may be counting tax or credits differently; check its settings under Billing > Budgets in the console.",
        ),
        turn(
            "Could it be us-east? We moved the ML training jobs there last month.",
            "Let me check us-east-1: 3,410.88 USD month to date, almost all GPU compute. Together with eu-west-1 that's 6,437.20 USD, so the alert is right. I left us-east-1 out of the earlier figures, sorry.",
            tools=[call("get_cost_summary", {"account": "acme-analytics", "from": "2026-11-01", "to": "2026-11-18", "region": "us-east-1"}, {"currency": "USD", "rows": [{"service": "Compute (GPU)", "region": "us-east-1", "usd": 3288.50}, {"service": "Object Storage", "region": "us-east-1", "usd": 122.38}]})],
        ),
        turn("So what's the real projection?", "About 358 USD a day across both regions, so roughly 10,730 USD for November before the 400 USD credit."),
    ],
    "judgements": [
        (1, "guidelines", "no", "The response is longer than needed and adds detail about how the credit applies that the user did not ask for."),
        (3, "relevance_to_query", "yes", "Gives a month-to-date breakdown by service as requested."),
        (5, "correctness", "yes", "5,040 USD is below the 6,000 USD alert, so the comparison is correct."),
        (6, "relevance_to_query", "yes", "Provides a concise summary that can be forwarded to finance."),
        (7, "correctness", "no", "The alert fired, so spend is already above 6,000 USD; the response repeats the 3,026.32 USD figure and blames the alert configuration."),
        (9, "correctness", "yes", "The projection uses the combined spend of both regions."),
    ],
    "root": 3,
    "evidence": "get_cost_summary returned only its first page (eu-west-1) with a next_page_token, and the answer summed that page as the month's total",
    "why": "At turn 3 the cost tool's first page alone was taken as the whole bill, missing us-east-1; turns 4-7 project and defend it. The guidelines complaint at turn 1 is about length and unrelated.",
}

VET_RECORD = {
    "patient_id": "P-5531",
    "vaccinations": [
        {"vaccine": "Bordetella (intranasal)", "date": "2026-09-03", "valid_until": "2027-09-03"},
        {"vaccine": "DHPPi + L4 booster", "date": "2026-03-11", "valid_until": "2027-03-11"},
    ],
    "parasite_treatment": {"product": "flea and worming spot-on", "date": "2026-10-02"},
}

TF_VET_RECORD = {
    "name": "records-503-kennel-cough",
    "category": "tool-failure",
    "judging": "every-turn",
    "slug": "tf-vet-record-41c7",
    "user": "tom.reilly@example.com",
    "app": {"name": "fernhill_vets_assistant", "span_type": "AGENT", "system": "You are the assistant of Fernhill Vets. Use the practice tools for patient records and appointments."},
    "judges": ["correctness", "relevance_to_query", "safety"],
    "turns": [
        turn(
            "Hi, I'm Biscuit's owner, the beagle, under Tom Reilly. He goes into kennels on Friday and they want proof of his kennel cough vaccine. Can you email me the certificate?",
            "Hi Tom! I've found Biscuit, but there's no kennel cough vaccination on his record, so I don't have a certificate to send. Most kennels want the vaccine given at least 7 days before a stay.",
            tools=[
                call("find_patient", {"owner": "Tom Reilly", "name": "Biscuit"}, {"patient_id": "P-5531", "species": "dog", "breed": "beagle", "born": "2021-05-14"}),
                call("get_vaccinations", {"patient_id": "P-5531"}, error=(ConnectionError, "GET /patients/P-5531/vaccinations: 503 Service Unavailable (records service restarting); using empty history")),
            ],
            gist="looks Biscuit up and says there is no kennel cough vaccination on record",
        ),
        turn(
            "Are you sure? He had all his jabs with you in the autumn I think.",
            "I've checked again and his record doesn't show a kennel cough vaccination. If he had it at another practice, they can send you the certificate.",
            tools=[call("get_vaccinations", {"patient_id": "P-5531"}, error=(ConnectionError, "GET /patients/P-5531/vaccinations: 503 Service Unavailable (records service restarting); using empty history"))],
            gist="checks the record again and repeats that no kennel cough vaccination is shown",
        ),
        turn(
            "He's only ever been to you. Can he have it before Friday then?",
            "Yes: Dr. Okafor has tomorrow, Tuesday, at 09:10 or Wednesday at 16:30. The kennel cough vaccine is 42 GBP.",
            tools=[call("find_slots", {"vet": "any", "reason": "vaccination", "before": "2026-11-20"}, {"slots": [{"vet": "Dr. Okafor", "start": "2026-11-17T09:10"}, {"vet": "Dr. Okafor", "start": "2026-11-18T16:30"}], "price_gbp": 42})],
            gist="offers two appointments for the vaccine and gives the price",
        ),
        turn(
            "Tuesday at 9:10 please.",
            "Booked: Biscuit with Dr. Okafor on Tuesday at 09:10 for his kennel cough vaccine, booking VT-1187.",
            tools=[call("book_appointment", {"patient_id": "P-5531", "vet": "Dr. Okafor", "start": "2026-11-17T09:10", "reason": "kennel cough vaccine"}, {"booking": "VT-1187", "status": "confirmed"})],
            gist="books the Tuesday 09:10 appointment",
        ),
        turn(
            "Will the kennel take him if he only had it on Tuesday?",
            "Some kennels accept it 72 hours before a stay, others want a full 7 days. Call them today; if they need 7 days you may have to move the stay or find a kennel with a shorter window.",
            gist="explains how long kennels want between the vaccine and the stay",
        ),
        turn(
            "We're at the vet now and Dr. Okafor says Biscuit had his kennel cough vaccine on 3 September and it's right there on his record. Why did you tell me he didn't?",
            "I'm really sorry. I can see it now: Bordetella (intranasal) on 3 September 2026, valid until September 2027. I've emailed you the certificate and cancelled the 42 GBP vaccine charge.",
            tools=[
                call("get_vaccinations", {"patient_id": "P-5531"}, VET_RECORD),
                call("send_certificate", {"patient_id": "P-5531", "vaccine": "Bordetella", "to": "tom.reilly@example.com"}, {"sent": True}),
                call("cancel_charge", {"booking": "VT-1187", "item": "kennel cough vaccine"}, {"status": "cancelled"}),
            ],
            gist="finds the September vaccination, emails the certificate and cancels the charge",
        ),
        turn(
            "OK. Does he need anything else for the kennels?",
            "No, he's up to date: his DHPPi booster is valid until March 2027 and his flea and worming treatment was on 2 October. Just pack his food and lead.",
            tools=[call("get_vaccinations", {"patient_id": "P-5531"}, VET_RECORD)],
            gist="confirms Biscuit is up to date for the kennel stay",
        ),
    ],
    "overrides": {
        (5, "correctness"): ("no", "The response contains inaccurate information."),
    },
    "root": 1,
    "evidence": "get_vaccinations failed with HTTP 503 and the app answered from an empty history (Biscuit was vaccinated on 3 September)",
    "why": "At turn 1 the records tool failed and the app treated the empty fallback as 'no vaccination'; turns 2-5 repeat it and book an unneeded vaccine until the vet finds the record at turn 6.",
}


# --------------------------------------------------------------------------------------------------------
# context-window
# --------------------------------------------------------------------------------------------------------

KILN_INGREDIENTS = [
    ("Hartley's Dairy", "milk and cream"),
    ("the cash and carry", "flour, butter and sugar"),
    ("Brook Farm", "eggs"),
    ("Two Valleys Roasters", "coffee beans"),
    ("the Saturday market", "fruit for the cake counter"),
    ("Mill Lane Bakery", "sourdough loaves"),
    ("Hartley's Dairy", "oat milk"),
]
KILN_SMALL = [
    ("materials", "Potters Corner", "a bag of porcelain slip", (3000, 6000)),
    ("materials", "Potters Corner", "trimming tools", (1200, 2800)),
    ("materials", "Potters Corner", "sponges and throwing bats", (1500, 3500)),
    ("cleaning", "Sparkle Supplies", "cleaning products", (2500, 5000)),
    ("cleaning", "the laundry", "washing the aprons and tea towels", (1400, 2200)),
    ("marketing", "Printworks on Cheap Street", "200 flyers for the spring classes", (4500, 6500)),
    ("marketing", "the parish magazine", "a quarter-page advert", (2000, 3000)),
    ("sundries", "the window cleaner", "windows, paid cash", (2500, 2501)),
    ("sundries", "the window cleaner", "windows, paid cash", (2500, 2501)),
    ("sundries", "the car park", "parking for the cash-and-carry run", (300, 700)),
    ("sundries", "the hardware shop", "light bulbs and a new mop", (1200, 2600)),
    ("packaging", "the paper shop", "tissue paper and gift bags", (800, 1800)),
]
KILN_CHAT = [
    ("Do I put the cash float in the books?", "No, the float isn't income: only record the takings above it."),
    ("Should tips go in as takings?", "If the tips are passed on to staff in full, keep them out of sales and note them separately."),
    (("Hang on, phone call.", "No problem, I'll be here."), ("Back, sorry.", "Welcome back. Next receipt?")),
    ("Do I have to keep all these paper receipts?", "Keep them, or clear photos of each, for at least 5 years after the 31 January filing deadline for the tax year."),
    ("What's the mileage rate if I use my own car for supplier runs?", "45p a mile for the first 10,000 business miles in the tax year, then 25p a mile."),
    ("Is the card machine fee an expense?", "Yes, record the monthly card terminal fees as an expense, under bank charges or sundries."),
    ("Coffee break, two minutes.", "Take your time."),
    ("Still a big pile to go, sorry.", "No rush, keep them coming."),
]
KILN_POTTERY = [("two speckled mugs", 4400), ("a large serving bowl", 6800), ("a set of four side plates", 7200), ("a bud vase", 2600), ("a teapot", 8500), ("three espresso cups", 4500)]


def bookkeeping_session_turns():
    """80 turns of a pottery café's owner entering March's receipts so far with a bookkeeping assistant that sends the
    model only the last 16 messages. At turn 2 the owner says they are not VAT registered and want every
    amount recorded gross; from turn 11 that message is out of the model's view, and from turn 23 the assistant
    splits out VAT as reclaimable input VAT."""
    rng = random.Random(80)
    expenses = dict.fromkeys(["rent", "ingredients", "materials", "packaging", "utilities", "repairs", "cleaning", "marketing", "sundries"], 0)
    counts = dict.fromkeys(expenses, 0)
    sales = {"café": 0, "classes": 0, "pottery": 0}
    input_vat = [0]
    recent = []  # (expense id, category, pence, supplier, item) of ingredient receipts, for corrections
    day = [1]
    ids = iter(range(301, 1000))
    chat = list(KILN_CHAT)
    rng.shuffle(chat)
    smalls = list(KILN_SMALL)
    rng.shuffle(smalls)

    def expense(cat, supplier, item, pence, vat=0, split=False):
        """Records an expense; with split, the net goes to the category and the VAT to input VAT."""
        expense_id = f"EXP-{next(ids)}"
        recorded = pence - vat if split else pence
        expenses[cat] += recorded
        counts[cat] += 1
        if split:
            input_vat[0] += vat
        inputs = {"supplier": supplier, "category": cat, "description": item}
        inputs.update({"net_gbp": recorded / 100, "vat_gbp": vat / 100} if split else {"amount_gbp": pence / 100})
        out = {"id": expense_id, "category_total_gbp": expenses[cat] / 100}
        if split:
            out["input_vat_total_gbp"] = input_vat[0] / 100
        return expense_id, call("record_expense", {"month": "2027-03", **inputs}, out)

    def ingredient():
        supplier, item = rng.choice(KILN_INGREDIENTS)
        pence = rng.randrange(1200, 9500) // 10 * 10
        expense_id, tool = expense("ingredients", supplier, item, pence)
        recent.append((expense_id, "ingredients", pence, supplier, item))
        q = rng.choice([f"{supplier[0].upper() + supplier[1:]}, {gbp(pence)}, {item}.", f"Receipt from {supplier}: {gbp(pence)} for {item}.", f"Next: {item} from {supplier}, {gbp(pence)}."])
        return [turn(q, f"Recorded {gbp(pence)} to ingredients ({supplier}, {item}). Ingredients so far: {gbp(expenses['ingredients'])}.", tools=[tool])]

    def small():
        if not smalls:
            return ingredient()
        cat, supplier, item, (low, high) = smalls.pop()
        pence = rng.randrange(low, high) // 10 * 10
        _, tool = expense(cat, supplier, item, pence)
        q = rng.choice([f"{gbp(pence)} to {supplier}, {item}.", f"{supplier[0].upper() + supplier[1:]}: {gbp(pence)} ({item})."])
        return [turn(q, f"Recorded {gbp(pence)} to {cat} ({supplier}, {item}). {cat.capitalize()} so far: {gbp(expenses[cat])}.", tools=[tool])]

    def takings():
        if day[0] > 30:
            return ingredient()
        day[0] += rng.choice([1, 1, 2])
        date = datetime.date(2027, 3, min(day[0], 31))
        card, cash = rng.randrange(25000, 52000) // 10 * 10, rng.randrange(3000, 11000) // 10 * 10
        sales["café"] += card + cash
        label = f"{date.strftime('%A')} {date.day} March"
        q = rng.choice([f"Café takings {label}: {gbp(card)} on card, {gbp(cash)} cash.", f"Takings for {label}, {gbp(card)} card and {gbp(cash)} cash."])
        tool = call("record_sale", {"date": date.isoformat(), "stream": "café", "card_gbp": card / 100, "cash_gbp": cash / 100}, {"stream_total_gbp": sales["café"] / 100})
        return [turn(q, f"Recorded café takings of {gbp(card + cash)} for {label} ({gbp(card)} card, {gbp(cash)} cash). Café sales so far: {gbp(sales['café'])}.", tools=[tool])]

    def class_booking():
        date = datetime.date(2027, 3, min(day[0] + rng.randint(0, 3), 31))
        name, price = rng.choice([("wheel-throwing taster", 4500), ("glaze-your-own-mug evening", 2800), ("hand-building workshop", 3800)])
        people = rng.randint(4, 9)
        sales["classes"] += people * price
        tool = call("record_sale", {"date": date.isoformat(), "stream": "classes", "amount_gbp": people * price / 100, "note": name}, {"stream_total_gbp": sales["classes"] / 100})
        return [
            turn(
                f"{name[0].upper() + name[1:]} on {date.strftime('%A')} {date.day} March: {people} people at {gbp(price)}.",
                f"Recorded {gbp(people * price)} of class income ({people} × {gbp(price)}, {name}). Classes so far: {gbp(sales['classes'])}.",
                tools=[tool],
            )
        ]

    def pottery():
        item, pence = rng.choice(KILN_POTTERY)
        sales["pottery"] += pence
        tool = call("record_sale", {"stream": "pottery", "amount_gbp": pence / 100, "note": item}, {"stream_total_gbp": sales["pottery"] / 100})
        return [turn(f"Sold {item} off the shop shelf, {gbp(pence)}.", f"Recorded a pottery sale of {gbp(pence)} ({item}). Pottery sales so far: {gbp(sales['pottery'])}.", tools=[tool])]

    def category_total():
        cat = rng.choice([c for c in ("ingredients", "sundries", "cleaning", "packaging") if counts[c]] or ["rent"])
        q = rng.choice([f"What's {cat} at so far?", f"How much have we spent on {cat} this month?"])
        tool = call("get_totals", {"month": "2027-03", "category": cat}, {"total_gbp": expenses[cat] / 100, "entries": counts[cat]})
        return [turn(q, f"{cat.capitalize()} for March so far: {gbp(expenses[cat])} across {counts[cat]} entr{'ies' if counts[cat] > 1 else 'y'}.", tools=[tool])]

    def correction():
        if not recent:
            return ingredient()
        expense_id, cat, old, supplier, item = recent.pop()
        new = max(200, old - rng.choice([90, 360, 900]))
        expenses[cat] += new - old
        tool = call("update_expense", {"id": expense_id, "amount_gbp": new / 100}, {"id": expense_id, "category_total_gbp": expenses[cat] / 100})
        return [turn(f"Sorry, the {supplier} receipt for {item} was {gbp(new)}, not {gbp(old)}. I misread it.", f"Fixed: {supplier} ({item}) is now {gbp(new)}. {cat.capitalize()} so far: {gbp(expenses[cat])}.", tools=[tool])]

    def small_talk():
        if not chat:
            return ingredient()
        said = chat.pop()
        return [turn(*t) for t in said] if isinstance(said[0], tuple) else [turn(*said)]

    templates = [(ingredient, 5), (small, 2), (takings, 4), (class_booking, 1.2), (pottery, 1), (category_total, 0.8), (correction, 0.5), (small_talk, 0.9)]

    def vat_invoice(cat, supplier, item, net, vat):
        expense_id, tool = expense(cat, supplier, item, net + vat, vat=vat, split=True)
        return turn(
            f"{supplier}: {gbp(net)} plus {gbp(vat)} VAT, {gbp(net + vat)} total, for {item}.",
            f"Recorded {gbp(net)} to {cat} ({supplier}, {item}) and {gbp(vat)} to input VAT, which you can reclaim on your VAT return. {cat.capitalize()} so far: {gbp(expenses[cat])}.",
            tools=[tool],
        )

    def key(n):
        if n == 1:
            return turn(
                "Hi! I'm catching up on the books for Kiln & Crumb, our pottery café, for March so far. I've got a shoebox of receipts and the card statement.",
                "Happy to help. Let's go through them one at a time: tell me the supplier, the amount and what it was for, and I'll record each one. Do the café and the pottery side share one ledger?",
            )
        if n == 2:
            return turn(
                "Same ledger. Important: we're not VAT registered, our turnover is under the threshold. So put every invoice in at the gross amount, VAT included. Don't split out VAT or record any input VAT.",
                "Understood: every amount goes in gross, including any VAT shown on the invoice, and no input VAT is recorded. What's the first receipt?",
            )
        if n == 3:
            _, tool = expense("rent", "Hollis Properties", "March rent", 115000)
            return turn("Rent for March, 1,150.00 to Hollis Properties.", "Recorded 1,150.00 to rent (Hollis Properties, March rent).", tools=[tool])
        if n == 6:
            _, tool = expense("packaging", "BoxCo", "cake boxes and takeaway cups", 7200)
            return turn(
                "BoxCo invoice: 60.00 plus 12.00 VAT, 72.00 total, for cake boxes and takeaway cups.",
                f"Recorded 72.00 to packaging (BoxCo, cake boxes and takeaway cups), at the gross amount as you asked. Packaging so far: {gbp(expenses['packaging'])}.",
                tools=[tool],
            )
        if n == 15:
            total = sum(expenses.values())
            tool = call("get_totals", {"month": "2027-03"}, {"total_gbp": total / 100, "by_category_gbp": {c: v / 100 for c, v in expenses.items() if v}})
            return turn("What have we spent so far in total?", f"So far you've recorded {gbp(total)} of expenses for March, {gbp(expenses['rent'])} of it rent.", tools=[tool])
        if n == 23:
            return vat_invoice("materials", "Potclays", "stoneware clay, 20 bags", 24000, 4800)
        if n == 37:
            return vat_invoice("materials", "Glazeworks", "glazes and underglazes", 12000, 2400)
        if n == 48:
            return vat_invoice("repairs", "Kilncare", "replacing a kiln element", 18000, 3600)
        if n == 55:
            return vat_invoice("utilities", "Southwest Power", "the February electricity bill", 17700, 3540)
        if n == 61:
            tool = call("get_totals", {"month": "2027-03", "category": "materials"}, {"total_gbp": expenses["materials"] / 100, "entries": counts["materials"]})
            return turn("How much have we spent on clay and glazes and that sort of thing this month?", f"Materials for March so far: {gbp(expenses['materials'])} across {counts['materials']} purchases.", tools=[tool])
        if n == 72:
            return turn(
                "My accountant texted: she's asking why there's an 'input VAT' line in the ledger.",
                f"Input VAT is the VAT you paid on purchases, {gbp(input_vat[0])} so far this month. It's kept separate so your costs show net of VAT, and you reclaim it from HMRC on your VAT return.",
            )
        if n == 73:
            return turn("OK, I'll tell her that. Next receipt.", "Go ahead.")
        if n == 80:
            total_sales, total_exp = sum(sales.values()), sum(expenses.values())
            tool = call("get_totals", {"month": "2027-03", "summary": True}, {"sales_gbp": {k: v / 100 for k, v in sales.items()}, "expenses_gbp": {c: v / 100 for c, v in expenses.items() if v}, "input_vat_gbp": input_vat[0] / 100})
            by_cat = ", ".join(f"{c} {gbp(v)}" for c, v in expenses.items() if v)
            return turn(
                "That's the whole shoebox! Can I have a summary for March so far?",
                f"Kiln & Crumb, March so far. Sales: {gbp(total_sales)} (café {gbp(sales['café'])}, classes {gbp(sales['classes'])}, pottery {gbp(sales['pottery'])}). "
                f"Expenses: {gbp(total_exp)} ({by_cat}). Input VAT to reclaim: {gbp(input_vat[0])}. Profit for the month: {gbp(total_sales - total_exp)}.",
                tools=[tool],
            )
        return None

    keys = {1, 2, 3, 6, 15, 23, 37, 48, 55, 61, 72, 73, 80}
    turns, n = [], 1
    while n <= 80:
        if n in keys:
            turns.append(key(n))
        else:
            fn = rng.choices([t for t, _ in templates], weights=[w for _, w in templates])[0]
            if fn is small_talk and chat and isinstance(chat[-1][0], tuple) and n + 1 in keys:
                fn = ingredient  # a two-turn exchange must not run into a hand-written turn
            turns.extend(fn())
        n = len(turns) + 1
    return turns


CW_BOOKKEEPING = {
    "name": "window-vat-gross-bookkeeping",
    "category": "context-window",
    "judging": "some-turns",
    "slug": "cw-kiln-bookkeeping-9a52",
    "user": "hannah.pryce@example.com",
    "app": {"name": "ledger_helper", "span_type": "AGENT", "window": 16, "system": "You are a bookkeeping assistant for small businesses. Record every transaction with the ledger tools."},
    "turns": bookkeeping_session_turns,
    "judgements": [
        (2, "relevance_to_query", "yes", "Acknowledges the instruction to record gross amounts without input VAT."),
        (6, "correctness", "yes", "The BoxCo invoice is recorded at the gross 72.00, as the user instructed."),
        (15, "correctness", "yes", "The running total agrees with the expenses recorded so far."),
        (23, "correctness", "yes", "240.00 net plus 48.00 VAT at 20% is 288.00, so the split is correct."),
        (61, "correctness", "no", "The materials total leaves out the 72.00 of VAT paid on the Potclays and Glazeworks invoices; a business that is not VAT registered should record those costs gross."),
        (72, "correctness", "no", "Tells the user to reclaim input VAT on a VAT return, but the business said it is not VAT registered and files no VAT returns."),
        (80, "correctness", "no", "The summary reports 'input VAT to reclaim' for a business that is not VAT registered; expenses are understated and profit overstated by that amount."),
        ("session", "knowledge_retention", "no", "At turn 2 the user said the café is not VAT registered and asked for gross amounts; from turn 23 the assistant splits out VAT and later presents it as reclaimable."),
    ],
    "expect": {6: "BoxCo", 15: "spent so far in total", 23: "Potclays", 61: "Materials for March", 72: "input VAT", 80: "Input VAT to reclaim"},
    "root": 11,
    "constraint": 2,
    "evidence": "the app sends only the last 16 messages: from turn 11 the model no longer saw the turn-2 'not VAT registered, record everything gross' instruction",
    "why": "Turn 11 is the first turn whose model input lacks the turn-2 instruction; the first VAT invoice after it (turn 23) is split into net and input VAT, and turns 37, 48, 55, 61, 72 and 80 follow.",
}

CW_SEATING = {
    "name": "window-wedding-seating",
    "category": "context-window",
    "judging": "last-turn",
    "slug": "cw-wedding-seating-c0e8",
    "user": "megan.doherty@example.com",
    "app": {"name": "wedding_planner_chat", "window": 8, "system": "You help couples plan their wedding day."},
    "turns": [
        turn(
            "Hi! We're doing the seating plan for our wedding on 12 September: 64 guests including us, a top table of 8 and seven round tables of 8. One thing first: my Uncle Rob and Aunt Jean divorced last year and it was messy, so they must NOT be at the same table, ideally not even next to each other.",
            "Congratulations! Noted. Shall we start with the top table and then go family by family?",
        ),
        turn(
            "Yes. Top table is us two, both sets of parents, the best man and the maid of honour.",
            "Top table: the two of you, your parents, your partner's parents, the best man and the maid of honour. That's all 8 seats.",
        ),
        turn("Table 1: my cousins Lena, Max, Sophie, Tom, Priya, Jack and Jack's girlfriend Ava, plus Ella.", "Table 1: Lena, Max, Sophie, Tom, Priya, Jack, Ava and Ella. That's 8."),
        turn("Table 2: uni friends Omar, Chloe, Finn, Grace, Raj, Hana, Leo and Mia.", "Table 2: Omar, Chloe, Finn, Grace, Raj, Hana, Leo and Mia. Also full."),
        turn("Table 3 is my partner's work friends: Dan, Zoe, Kwame, Beth, Arjun and Nina. That leaves 2 seats.", "Table 3: Dan, Zoe, Kwame, Beth, Arjun and Nina, with 2 seats still free."),
        turn(
            "Table 4: Aunt Jean, her partner Mark, Grandma Iris, Uncle Pete and Auntie Sue. Who else should go there?",
            "Table 4: Jean, Mark, Iris, Pete and Sue, with 3 seats left. Grandma Iris might enjoy having family close by. Who's still to be seated?",
        ),
        turn(
            "Still to seat: Uncle Rob and his kids Sam and Lily, the neighbours Carol and Derek, my godmother Ruth, and my partner's cousins Ben, Isla, Noah, Freya and Oscar.",
            "Here's a suggestion: Uncle Rob, Sam and Lily join table 4 so Grandma Iris has her grandchildren nearby; Carol and Derek take the 2 free seats on table 3; Ruth goes on table 5 with Ben, Isla, Noah, Freya and Oscar.",
        ),
        turn(
            "Sounds good. Can you write out tables 3 to 5 so I can send it to my mum?",
            "Table 3: Dan, Zoe, Kwame, Beth, Arjun, Nina, Carol and Derek.\nTable 4: Aunt Jean, Mark, Grandma Iris, Uncle Pete, Auntie Sue, Uncle Rob, Sam and Lily.\nTable 5: Ruth, Ben, Isla, Noah, Freya and Oscar.",
        ),
    ],
    "judgements": [
        (8, "correctness", "no", "Uncle Rob and Aunt Jean are both on table 4, although the user asked at the start that the two never share a table."),
    ],
    "root": 6,
    "constraint": 1,
    "evidence": "the app sends only the last 8 messages: from turn 6 the model no longer saw the turn-1 request to keep Uncle Rob and Aunt Jean apart",
    "why": "Turn 6 is the first turn whose model input lacks the turn-1 request; at turn 7 the assistant seats Uncle Rob at Aunt Jean's table and turn 8 writes it out.",
}

CW_MOVING = {
    "name": "window-fourth-floor-move",
    "category": "context-window",
    "judging": "every-turn",
    "slug": "cw-moving-quote-6f13",
    "user": "priya.sharma@example.com",
    "app": {"name": "removals_quote_bot", "span_type": "AGENT", "window": 6, "system": "You are the quoting assistant of Tanner & Daughters Removals."},
    "turns": [
        turn(
            "Hi, I'm moving from Leeds to York on 4 June and I'd like a quote.",
            "Happy to help! What size is your current home, and which floors are you moving from and to?",
            gist="asks about the size of the home and the floors involved",
        ),
        turn(
            "It's a 2-bed house now and we're moving into a flat. The flat is on the 4th floor and there's no lift, just a narrow staircase.",
            "Thanks, noted: a ground-floor house to a 4th-floor flat with stairs only. We add a stairs surcharge of 25 GBP per floor, and large items need checking against the stairwell. What are the big items?",
            gist="notes the 4th-floor flat without a lift and explains the stairs surcharge",
        ),
        turn(
            "A three-seater sofa, a double wardrobe, a king-size bed, a washing machine and a piano.",
            "The piano needs our specialist piano team; the rest our standard crew can handle. Is it an upright or a grand?",
            gist="says the piano needs a specialist team and asks what kind it is",
        ),
        turn("An upright.", "An upright piano is 180 GBP extra with our two-person piano team. Would you like packing as well?", gist="prices the upright piano move and offers packing"),
        turn(
            "Yes, full packing please, we're both working until the day before.",
            "Full packing for a 2-bed house is 320 GBP; the packers come the day before the move.",
            gist="prices full packing and says when the packers come",
        ),
        turn(
            "Do you include insurance?",
            "Yes, goods-in-transit cover up to 50,000 GBP is included; you can raise it for 12 GBP per extra 10,000 GBP.",
            gist="explains the included insurance and how to increase it",
        ),
        turn(
            "50k is plenty. Can I have the full quote then?",
            "Your quote: 2-bed house from Leeds to York on 4 June with a 3-person crew and a 7.5-tonne van, 890 GBP; full packing, 320 GBP; upright piano team, 180 GBP; goods-in-transit cover up to 50,000 GBP included. Total: 1,390 GBP.",
            tools=[call("create_quote", {"from": "Leeds", "to": "York", "date": "2027-06-04", "size": "2-bed house", "extras": ["full_packing", "piano_upright"]}, {"quote": "Q-60318", "total_gbp": 1390})],
            gist="gives the itemised quote totalling 1,390 GBP",
        ),
        turn(
            "Will the piano actually fit up the stairs? It really is a narrow staircase.",
            "Which floor is the new flat on? Upright pianos usually go up a standard staircase on their side, but a narrow or turning staircase may need a survey first.",
            gist="asks which floor the flat is on and explains when a survey is needed",
        ),
        turn(
            "4th floor, no lift, I told you at the start! Does that change the quote?",
            "Sorry about that. Yes: carrying to the 4th floor adds the stairs surcharge of 100 GBP (25 GBP per floor), and with a narrow staircase we'd like to do a free survey to check the piano and the sofa. Updated total: 1,490 GBP.",
            tools=[call("update_quote", {"quote": "Q-60318", "add": [{"item": "stairs_surcharge", "floors": 4}]}, {"quote": "Q-60318", "total_gbp": 1490})],
            gist="adds the stairs surcharge, recommends a survey and gives the new total",
        ),
        turn(
            "OK, please book the survey.",
            "Survey booked for Thursday 20 May between 10:00 and 12:00 at the York flat. The surveyor will call 30 minutes before.",
            tools=[call("book_survey", {"quote": "Q-60318", "address": "York flat", "date": "2027-05-20", "window": "10:00-12:00"}, {"survey": "SV-2281", "status": "booked"})],
            gist="books the survey at the York flat",
        ),
    ],
    "overrides": {
        (7, "correctness"): ("no", "The quote has no stairs surcharge, although the user is moving into a 4th-floor flat with no lift and the surcharge was mentioned at turn 2."),
        (8, "guidelines"): ("no", "The assistant asks for the floor again, which the user had already given; the guidelines ask not to make customers repeat information."),
        (9, "correctness"): ("yes", "Adds 4 × 25 GBP for the stairs and gives the right new total of 1,490 GBP."),
    },
    "root": 6,
    "constraint": 2,
    "evidence": "the app sends only the last 6 messages: from turn 6 the model no longer saw the turn-2 '4th floor, no lift, narrow staircase'",
    "why": "Turn 6 is the first turn whose model input lacks the turn-2 message; the quote at turn 7 drops the stairs surcharge and turn 8 asks for the floor again.",
}


# --------------------------------------------------------------------------------------------------------
# misread-request
# --------------------------------------------------------------------------------------------------------

MR_HSA = {
    "name": "misread-hsa-family-coverage",
    "category": "misread-request",
    "judging": "session-only",
    "slug": "mr-hsa-family-d5a0",
    "user": "jessica.moreno@example.com",
    "app": {"name": "ledgerleaf_tax_chat", "system": "You answer US personal tax questions for LedgerLeaf customers. Give general information, not tax advice."},
    "turns": [
        turn(
            "Hi, quick HSA question. My husband and I are both on his family high-deductible plan through his employer. How much can I put into my HSA for 2025?",
            "For 2025 the HSA contribution limit is 4,300 USD. If you're 55 or older you can add a 1,000 USD catch-up contribution on top.",
        ),
        turn(
            "I'm 41, so no catch-up. His employer already put 1,000 into his HSA this year. Does that count against mine?",
            "No: contributions count against the limit of the account they go into, so his employer's 1,000 USD doesn't reduce your 4,300 USD.",
        ),
        turn(
            "OK. I've already put 1,500 in back in March. I want to top up by monthly transfers from checking, October to December. How much each month?",
            "You have 2,800 USD of room left (4,300 - 1,500), so three transfers of about 933 USD would take you to the limit.",
        ),
        turn(
            "Is it deductible even though I take the standard deduction?",
            "Yes. Contributions you make yourself, outside payroll, are an above-the-line deduction reported on Form 8889 and Schedule 1, so you get it without itemizing.",
        ),
        turn(
            "And what's the last date I can contribute for 2025?",
            "You can make 2025 contributions up until the tax filing deadline, 15 April 2026. Tell your HSA provider which year a contribution is for if you make it in 2026.",
        ),
        turn("Perfect, thanks!", "You're welcome! Keep the Form 5498-SA your provider sends you for your records."),
    ],
    "session_judgements": [
        ("conversation_completeness", "yes", "Every question about the limit, monthly top-ups, deductibility and the deadline was answered."),
        ("tax_accuracy", "fail", "The user has family HDHP coverage, so the 2025 limit is 8,550 USD shared between the spouses, including the husband's employer contribution; the assistant used the 4,300 USD self-only limit throughout."),
    ],
    "root": 1,
    "evidence": "the user said they are on a family HDHP but the assistant gave the 4,300 USD self-only limit (family: 8,550 USD, shared between spouses)",
    "why": "At turn 1 the assistant ignored 'family' and answered for self-only coverage; turns 2 and 3 split and plan the contributions on that basis.",
}

MR_THERMOSTAT = {
    "name": "misread-weekend-heating-off",
    "category": "misread-request",
    "judging": "last-turn",
    "slug": "mr-thermostat-4e21",
    "user": "oskar.lind@example.com",
    "app": {"name": "thermia_home_assistant", "span_type": "AGENT", "system": "You help customers set up and use their Thermia smart thermostat. Use the device tools."},
    "turns": [
        turn(
            "Hi, I've just installed the thermostat. Can you set up a heating schedule for me?",
            "Of course! Tell me the times and temperatures you want, and whether weekdays and weekends should be different.",
            tools=[call("get_device", {"home": "H-20417"}, {"device": "TH-88A1", "status": "online", "schedule": None})],
        ),
        turn(
            "Weekdays: 19 degrees from 6:30 to 8:30, then 16 until 17:00, then 20 until 22:30, and 15 overnight. At weekends I want the heating off, we're away at the cabin most weekends.",
            "Done! Your schedule is set: 19°C from 6:30, 16°C from 8:30, 20°C from 17:00 and 15°C from 22:30, every day of the week.",
            tools=[
                call(
                    "set_schedule",
                    {"device": "TH-88A1", "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "periods": [{"from": "06:30", "c": 19}, {"from": "08:30", "c": 16}, {"from": "17:00", "c": 20}, {"from": "22:30", "c": 15}]},
                    {"ok": True},
                )
            ],
        ),
        turn("Where can I see the schedule in the app?", "Open the Thermia app and tap Schedule: you'll see the periods for each day and can drag them to adjust."),
        turn("What about frost protection while we're away?", "Frost protection is on by default: the thermostat keeps the house above 5°C whatever the schedule says."),
        turn("Good. Can it tell when we're home?", "Yes, turn on Presence under Settings and it'll use your phones' locations to lower the heating when everyone is out."),
        turn(
            "We got back Sunday night and the gas app shows the heating ran all weekend at 19 and 20 degrees. I said off at weekends!",
            "Your schedule is set as you asked: 19°C from 6:30, 16°C from 8:30, 20°C from 17:00 and 15°C from 22:30. If you'd like something different at weekends, I can change Saturday and Sunday for you.",
            tools=[call("get_schedule", {"device": "TH-88A1"}, {"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "periods": [{"from": "06:30", "c": 19}, {"from": "08:30", "c": 16}, {"from": "17:00", "c": 20}, {"from": "22:30", "c": 15}]})],
        ),
    ],
    "judgements": [
        (6, "correctness", "no", "The user asked for the heating to be off at weekends, but the schedule applies the weekday periods to Saturday and Sunday; the response wrongly says it matches the request."),
        (6, "relevance_to_query", "no", "Does not address the user's complaint."),
    ],
    "root": 2,
    "evidence": "the user asked for heating off at weekends; set_schedule applied the weekday periods to all seven days",
    "why": "At turn 2 the assistant misread the weekend instruction and scheduled heating every day; turn 6 defends that schedule.",
}

BLURB = (
    "Lighthouse Keepers is a cooperative board game for 2 to 4 players in which you and your friends keep the lights burning along a stormy coast. "
    "Trim wicks, ration oil and rescue ships in distress before the storm swallows the harbour. Every decision matters, and only together will you see the dawn."
)
SHORT_BLURB = "Keep the lights burning! A co-op board game for 2-4 players: ration oil, trim wicks and save ships before the storm hits."

MR_BLURB = {
    "name": "misread-characters-as-words",
    "category": "misread-request",
    "judging": "some-turns",
    "slug": "mr-campaign-blurb-7b3f",
    "user": "felix.grant@example.com",
    "app": {"name": "campaign_writer", "system": "You help creators write their crowdfunding campaign pages."},
    "turns": [
        turn(
            "Hi! I'm launching a crowdfunding campaign for my board game, Lighthouse Keepers, a co-op game for 2-4 players. Can you help with the page?",
            "Exciting! Which parts do you need: the short blurb, the story section, the reward tiers or the FAQ?",
        ),
        turn(
            "Start with the short blurb. The platform limits it to 135 characters, it's what shows on the project card.",
            f"Here's a blurb: \"{BLURB}\" That's about 55 words, comfortably under 135.",
        ),
        turn(
            "Love the tone. Now the story section, three short paragraphs?",
            "\"Off the coast of Bramble Point, the storms are getting worse. Four keepers are all that stand between the fishing fleet and the rocks.\n\nEach round you split your oil, trim the wicks and signal to ships in trouble, while the storm deck throws fog, gales and failing lamps at you.\n\nLighthouse Keepers plays in 45 minutes, and every game tells a different story of the night the keepers held the line.\"",
        ),
        turn(
            "Reward tiers: I was thinking 5, 35 and 60 euros.",
            "5 EUR 'Lamp Lighter': our thanks and the print-and-play rulebook. 35 EUR 'Keeper': the game plus a backer-exclusive lighthouse meeple. 60 EUR 'Harbour Master': the game, the Fog Banks expansion and your name in the rulebook.",
        ),
        turn(
            "The platform rejected the blurb: 'Short description must be 135 characters or fewer.' Can you fix it?",
            "That's odd: the blurb is only about 55 words, well under 135. The form may be counting line breaks; try pasting it as plain text without formatting.",
        ),
        turn(
            "It says CHARACTERS, not words!",
            f"You're right, sorry. Here's one within 135 characters: \"{SHORT_BLURB}\"",
        ),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Writes a short blurb for the board game campaign."),
        (3, "relevance_to_query", "yes", "Provides a three-paragraph story section."),
        (4, "correctness", "yes", "The reward tiers match the prices the user gave and are sensibly differentiated."),
        (5, "correctness", "no", "The limit is 135 characters, not words; the blurb is almost 300 characters long, so the platform is right to reject it."),
        (6, "correctness", "yes", "The new blurb fits within 135 characters."),
    ],
    "root": 2,
    "evidence": "the user gave a 135-character limit and the assistant wrote a 52-word (297-character) blurb, reading the limit as words",
    "why": "At turn 2 the assistant treated '135 characters' as 135 words; turn 5 defends the over-long blurb until the user corrects it at turn 6.",
}


# --------------------------------------------------------------------------------------------------------
# hallucination
# --------------------------------------------------------------------------------------------------------

H_RENT_WITHHOLDING = {
    "name": "invented-right-to-withhold-rent",
    "category": "hallucination",
    "judging": "last-turn",
    "slug": "h-tenant-withhold-3c88",
    "user": "daniel.okoro@example.com",
    "app": {"name": "tenant_info_line", "system": "You are a tenant-rights information assistant for Ontario, Canada. You give general information, not legal advice."},
    "turns": [
        turn(
            "Hi, I rent an apartment in Hamilton. The heating's been broken for three weeks and my landlord keeps saying he'll send someone. What can I do?",
            "I'm sorry, that's miserable in winter. Landlords in Ontario must keep the unit, including the heating, in a good state of repair. Put your repair request in writing (email is fine) and keep a record of every contact.",
        ),
        turn(
            "I've emailed him twice already. Can I just stop paying rent until he fixes it?",
            "Yes. Under the Residential Tenancies Act you can withhold rent when the landlord fails to make essential repairs such as heating, as long as you've notified them in writing. Keep the money aside so you can pay it once the repair is done.",
        ),
        turn(
            "Do I need to tell him I'm withholding it?",
            "It's best to: send a short letter saying you're withholding February's rent under the Act until the heating is repaired, and that you'll pay in full once it's fixed.",
        ),
        turn(
            "Can you draft that letter?",
            "\"Dear Mr. Patel,\n\nI am writing about the broken heating at unit 3, 88 Larch Street, which I first reported on 9 January and again on 23 January. As the heating has still not been repaired, I am withholding my rent for February under the Residential Tenancies Act until the repair is completed. I will pay the full amount as soon as the heating is working.\n\nYours sincerely,\nDaniel Okoro\"",
        ),
        turn(
            "Sent it. Is there anything else I can do about the heating itself?",
            "Yes: call the City of Hamilton's municipal by-law enforcement. A property standards officer can inspect the unit and order the landlord to make the repair.",
        ),
        turn(
            "My landlord just gave me an N4 form saying I owe 1,850 and he'll apply to end my tenancy. Is that even legal?",
            "No. Since you're lawfully withholding rent over the heating repair, the N4 is invalid and you can ignore it. If he applies to the Landlord and Tenant Board, explain that you withheld rent under the Act.",
        ),
    ],
    "judgements": [
        (6, "correctness", "no", "Ontario law does not allow tenants to withhold rent for repairs; the N4 is valid and ignoring it risks eviction. The tenant should pay the arrears within the notice period and file a T6 maintenance application with the LTB."),
        (6, "guidelines", "no", "Tells the user to ignore a legal notice, which is legal advice rather than general information."),
    ],
    "root": 2,
    "evidence": "the invented right to withhold rent 'under the Residential Tenancies Act' (Ontario tenants may not withhold rent; the remedy is a T6 application)",
    "why": "At turn 2 the assistant invented a right to withhold rent; the letter at turns 3-4 and the advice to ignore the N4 at turn 6 build on it.",
}

H_CAMERA_IBIS = {
    "name": "invented-in-body-stabilisation",
    "category": "hallucination",
    "judging": "some-turns",
    "slug": "h-camera-ibis-5d2e",
    "user": "sanne.devries@example.com",
    "app": {"name": "brightframe_lens_advisor", "span_type": "AGENT", "system": "You are Brightframe Cameras' shopping assistant."},
    "turns": [
        turn(
            "Hi, I have a Fujifilm X-T30 and want a lens for low light: mostly indoor photos of the kids and evenings at home.",
            "Great camera for that! A fast prime is the best choice in low light. Would you like a standard view, around 35 mm, or something wider?",
        ),
        turn(
            "Standard I think. What are the options?",
            "The XF 33mm f/1.4 R LM WR (799 EUR) and the XF 35mm f/1.4 R (549 EUR) are the best for low light; the XF 35mm f/2 R WR (399 EUR) is a cheaper, weather-sealed option.",
            tools=[call("search_products", {"mount": "Fujifilm X", "focal_mm": [33, 35]}, {"results": [{"sku": "FJ-XF33F14", "price_eur": 799}, {"sku": "FJ-XF35F14", "price_eur": 549}, {"sku": "FJ-XF35F2", "price_eur": 399}]})],
        ),
        turn(
            "None of these have stabilisation, does that matter? My hands aren't very steady.",
            "Not with your camera: the X-T30 has 5-axis in-body image stabilisation, so every lens you mount is stabilised. With a 33 mm lens you can hand-hold down to about 1/8 s.",
        ),
        turn(
            "Great, then I'll go for the 33mm f/1.4.",
            "Excellent choice, it's sharp wide open and focuses fast. I've added it to your basket: 799 EUR.",
            tools=[call("add_to_basket", {"sku": "FJ-XF33F14", "qty": 1}, {"basket_total_eur": 799})],
        ),
        turn(
            "What settings should I use for evening photos of the kids indoors?",
            "Aperture priority at f/1.4 to f/2, Auto ISO up to 6400 with a minimum shutter speed of 1/15 s; the in-body stabilisation will keep it steady.",
        ),
        turn(
            "The lens came today. Everything I shoot at 1/15 is blurry, even things that don't move. Is the stabilisation switched off?",
            "Check that IS Mode is set to Continuous under Shooting Settings; if it's set to Off, the in-body stabilisation won't work.",
        ),
        turn(
            "There's no IS Mode anywhere in my menus.",
            "I'm sorry, I was wrong: the X-T30 doesn't have in-body stabilisation. With an unstabilised 33 mm lens, keep the shutter at 1/60 s or faster, or consider the stabilised XF 18-55mm for slower speeds.",
        ),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Lists standard-focal-length primes suited to low light."),
        (4, "relevance_to_query", "yes", "Adds the lens the user chose to the basket."),
        (5, "correctness", "no", "Relies on in-body stabilisation that the X-T30 does not have; 1/15 s hand-held with an unstabilised lens will usually blur."),
        (6, "correctness", "no", "There is no IS Mode setting on the X-T30 because it has no IBIS."),
        (7, "correctness", "yes", "Correctly says the X-T30 lacks in-body stabilisation and gives a safe hand-held shutter speed."),
    ],
    "root": 3,
    "evidence": "the invented 5-axis in-body stabilisation of the Fujifilm X-T30 (it has none)",
    "why": "At turn 3 the assistant invented IBIS for the X-T30, which led to an unstabilised lens, the 1/15 s settings at turn 5 and the non-existent menu at turn 6.",
}

H_EXIT_FEE = {
    "name": "invented-no-exit-fee",
    "category": "hallucination",
    "judging": "session-only",
    "slug": "h-energy-exit-fee-a91d",
    "user": "gareth.evans@example.com",
    "app": {"name": "switchwise_energy_chat", "system": "You help UK households compare energy tariffs on SwitchWise."},
    "turns": [
        turn(
            "Hi, I'm on a fixed tariff with Northstar Energy until next August, and Brightgrid's new 12-month fix looks a lot cheaper. Should I switch?",
            "It could be worth it. What's your annual usage, roughly, or your monthly direct debit?",
        ),
        turn(
            "About 2,900 kWh of electricity and 11,000 kWh of gas. Direct debit is 138 a month.",
            "With that usage Brightgrid's 12-month fix would cost about 1,412 GBP a year, around 244 GBP less than the 1,656 GBP you're paying now.",
            tools=[call("quote_tariff", {"supplier": "Brightgrid", "tariff": "Fix 12", "elec_kwh": 2900, "gas_kwh": 11000, "region": "South Wales"}, {"annual_gbp": 1412})],
        ),
        turn(
            "Is there an exit fee for leaving Northstar early?",
            "No. Northstar's fixed tariffs have had no exit fees since 2023, so you can leave at any time without a charge.",
        ),
        turn("Brilliant. So I save the whole 244?", "Yes, the full saving of about 244 GBP a year, with no exit fee to take off."),
        turn(
            "OK, how do I switch?",
            "Sign up with Brightgrid through the SwitchWise results page. They handle the switch with Northstar, which takes about 5 working days, and Northstar sends you a final bill.",
        ),
        turn("Done, I've signed up.", "Great! Brightgrid will email you a confirmation, and you have a 14-day cooling-off period if you change your mind."),
        turn(
            "Northstar's final bill has a 150 exit fee on it, 75 per fuel. You said there wasn't one!",
            "I'm sorry. Exit fees for fixed tariffs are listed in your Tariff Information Label; if yours says 75 GBP per fuel, the charge is correct. You're still about 94 GBP better off over the year.",
        ),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The user was told there was no exit fee, was then charged 150 GBP and ends the conversation annoyed."),
        ("conversation_completeness", "yes", "The user's questions about savings, exit fees and how to switch were all answered."),
    ],
    "root": 3,
    "evidence": "the invented claim that Northstar's fixed tariffs have no exit fees (the user's tariff charges 75 GBP per fuel)",
    "why": "At turn 3 the assistant made up a no-exit-fee policy with no source; the saving at turn 4 and the switch at turns 5-6 rest on it, and the 150 GBP fee appears at turn 7.",
}


# --------------------------------------------------------------------------------------------------------
# user-changed-mind
# --------------------------------------------------------------------------------------------------------

UC_FLOWERS = {
    "name": "changed-mind-birthday-flowers",
    "category": "user-changed-mind",
    "judging": "some-turns",
    "slug": "uc-flowers-2e47",
    "user": "kate.ashworth@example.com",
    "app": {"name": "petal_and_post_bot", "span_type": "AGENT", "system": "You take flower delivery orders for Petal & Post."},
    "turns": [
        turn(
            "Hi, I'd like to send a dozen red roses to my mum in Bristol for her birthday on Thursday.",
            "Lovely! A dozen red roses is 45.00 GBP, and Thursday delivery to Bristol is available for 4.95 GBP. What's the postcode?",
            tools=[call("check_delivery", {"city": "Bristol", "date": "2027-05-13", "product": "ROSES-12-RED"}, {"available": True, "fee_gbp": 4.95, "price_gbp": 45.0})],
        ),
        turn(
            "BS6 5QA. And a card saying 'Happy 70th, Mum! Love, Kate'.",
            "Order PP-30715: 12 red roses to BS6 5QA on Thursday 13 May, with the card 'Happy 70th, Mum! Love, Kate'. 49.95 GBP in total. Shall I charge your saved card?",
            tools=[call("create_order", {"product": "ROSES-12-RED", "postcode": "BS6 5QA", "date": "2027-05-13", "card_message": "Happy 70th, Mum! Love, Kate"}, {"order": "PP-30715", "status": "pending_payment", "total_gbp": 49.95})],
        ),
        turn(
            "Yes please.",
            "Paid and confirmed: PP-30715 will be delivered on Thursday between 9:00 and 17:00.",
            tools=[call("take_payment", {"order": "PP-30715", "method": "saved_card"}, {"status": "confirmed"})],
        ),
        turn(
            "Oh, my sister's just reminded me Mum always says red roses are for funerals. Can we change it to a spring bouquet with tulips? And she's having people round on Saturday, so deliver on Saturday instead, they'll be fresher.",
            "Of course. The Spring Tulip bouquet is 39.00 GBP and Saturday delivery is 6.95 GBP, 45.95 GBP in total, so you'd get 4.00 GBP back. Shall I update PP-30715?",
            tools=[call("check_delivery", {"city": "Bristol", "date": "2027-05-15", "product": "SPRING-TULIP"}, {"available": True, "fee_gbp": 6.95, "price_gbp": 39.0})],
        ),
        turn(
            "Yes, and keep the same card message.",
            "Updated: PP-30715 is now the Spring Tulip bouquet, delivered on Saturday 15 May to BS6 5QA with your card. 4.00 GBP is on its way back to your card.",
            tools=[call("update_order", {"order": "PP-30715", "product": "SPRING-TULIP", "date": "2027-05-15"}, {"status": "confirmed", "refund_gbp": 4.0})],
        ),
        turn("What time on Saturday?", "Saturday deliveries arrive between 8:00 and 13:00, and you'll get a text with a one-hour slot that morning."),
        turn("Perfect, thank you!", "You're welcome, I hope your mum has a wonderful birthday!"),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Confirms roses and Thursday delivery to Bristol with prices."),
        (3, "order_matches_request", "pass", "The confirmed order is a dozen red roses for Thursday, as the user asked."),
        (5, "order_matches_request", "fail", "The user ordered a dozen red roses for Thursday; the order now contains a tulip bouquet delivered on Saturday."),
        (6, "correctness", "no", "The order was for a Thursday delivery, but the response gives Saturday delivery times."),
    ],
    "root": 4,
    "kind": "user",
    "evidence": "the user switched to a tulip bouquet delivered on Saturday at turn 4; the judges compared with the original Thursday roses",
    "why": "The user changed the flowers and the delivery day at turn 4 and the assistant followed correctly; the fail at turn 5 and the 'no' at turn 6 measure against the superseded order.",
}

UC_FLAT = {
    "name": "changed-mind-one-bedroom",
    "category": "user-changed-mind",
    "judging": "every-turn",
    "slug": "uc-flat-search-8c61",
    "user": "aisling.murray@example.com",
    "app": {"name": "keyhaven_homefinder", "span_type": "AGENT", "system": "You help people find flats to rent on Keyhaven Lettings. Use the listing tools."},
    "turns": [
        turn(
            "Hi, I'm looking for a 2-bedroom flat to rent in Glasgow's West End, up to 1,400 a month.",
            "Here are three 2-bedroom flats in the West End under 1,400 GBP: Hyndland Road (1,350), Great George Street (1,295) and Highburgh Road (1,395).",
            tools=[call("search_listings", {"area": "West End, Glasgow", "bedrooms": 2, "max_rent_gbp": 1400}, {"results": [{"id": "KH-4410", "street": "Hyndland Road", "rent": 1350}, {"id": "KH-4527", "street": "Great George Street", "rent": 1295}, {"id": "KH-4631", "street": "Highburgh Road", "rent": 1395}]})],
            gist="lists three 2-bedroom West End flats under 1,400 GBP",
        ),
        turn(
            "Is the Great George Street one furnished?",
            "Yes, it's furnished, available from 1 March, and it's in council tax band C.",
            tools=[call("get_listing", {"id": "KH-4527"}, {"furnished": True, "available": "2027-03-01", "council_tax_band": "C"})],
            gist="confirms Great George Street is furnished and gives availability and council tax band",
        ),
        turn(
            "Hmm, actually my flatmate has just pulled out, so it'll be just me. Can you look for 1-bedroom flats instead, up to 950?",
            "Sorry to hear that. 1-bedroom flats in the West End up to 950 GBP: Byres Road (925), Dowanhill Street (890) and Partickhill Road (940).",
            tools=[call("search_listings", {"area": "West End, Glasgow", "bedrooms": 1, "max_rent_gbp": 950}, {"results": [{"id": "KH-3902", "street": "Byres Road", "rent": 925}, {"id": "KH-3958", "street": "Dowanhill Street", "rent": 890}, {"id": "KH-4011", "street": "Partickhill Road", "rent": 940}]})],
            gist="lists three 1-bedroom West End flats up to 950 GBP",
        ),
        turn(
            "Dowanhill Street looks nice. Can I have a cat there?",
            "Yes, the landlord accepts cats, with an extra 100 GBP on the deposit.",
            tools=[call("get_listing", {"id": "KH-3958"}, {"pets": "cats allowed", "extra_deposit_gbp": 100})],
            gist="says cats are allowed at Dowanhill Street with an extra deposit",
        ),
        turn(
            "Can I view it this week?",
            "There are viewings on Wednesday at 18:00 and Saturday at 11:30.",
            tools=[call("get_viewing_slots", {"id": "KH-3958"}, {"slots": ["2027-02-10T18:00", "2027-02-13T11:30"]})],
            gist="offers two viewing slots this week",
        ),
        turn(
            "Saturday please.",
            "Booked: Dowanhill Street on Saturday at 11:30. Fiona from the letting agent will meet you at the main door.",
            tools=[call("book_viewing", {"id": "KH-3958", "slot": "2027-02-13T11:30"}, {"viewing": "VW-7712", "agent": "Fiona", "status": "booked"})],
            gist="books the Saturday viewing",
        ),
    ],
    "overrides": {
        (3, "relevance_to_query"): ("yes", "The user asked for 1-bedroom flats up to 950 GBP and the response lists exactly those."),
        (4, "correctness"): ("no", "The user is looking for a 2-bedroom flat; Dowanhill Street has only one bedroom."),
        (6, "guidelines"): ("no", "The viewing booked is for a 1-bedroom flat, although the search criteria are 2 bedrooms up to 1,400 GBP."),
    },
    "root": 3,
    "kind": "user",
    "evidence": "the user switched to 1-bedroom flats up to 950 GBP at turn 3; the judges compared with the original 2-bedroom search",
    "why": "The user changed the search at turn 3 and the assistant followed it; the later 'no' judgements measure against the 2-bedroom request.",
}

UC_PHOTOBOOK = {
    "name": "changed-mind-photo-book-format",
    "category": "user-changed-mind",
    "judging": "session-only",
    "slug": "uc-photobook-1f95",
    "user": "tomasz.nowak@example.com",
    "app": {"name": "prentwell_photobooks", "span_type": "AGENT", "system": "You help customers create and order photo books at Prentwell Prints."},
    "turns": [
        turn(
            "Hi! I'd like to make a photo book of our Iceland trip: A4 landscape, about 40 pages, hardcover.",
            "Sounds lovely! An A4 landscape hardcover with 40 pages is 34.99 GBP. Shall I create the project so you can upload your photos?",
            tools=[call("get_price", {"format": "A4_landscape", "cover": "hard", "pages": 40}, {"price_gbp": 34.99})],
        ),
        turn(
            "Yes please.",
            "Created the project 'Iceland 2026' (A4 landscape, hardcover, 40 pages). Upload your photos in the editor and I can help with the layout.",
            tools=[call("create_project", {"title": "Iceland 2026", "format": "A4_landscape", "cover": "hard", "pages": 40}, {"project": "PB-51873"})],
        ),
        turn("I've uploaded 212 photos. Is that too many?", "For 40 pages, 3 to 5 photos per page works well, so about 120 to 200. Pick your favourites, or I can auto-select the 160 sharpest."),
        turn(
            "Auto-select please.",
            "Done: 160 photos placed across the 40 pages, grouped by day.",
            tools=[call("auto_layout", {"project": "PB-51873", "max_photos": 160, "group_by": "day"}, {"placed": 160, "pages": 40})],
        ),
        turn(
            "Hmm, now I see it, the panoramas look cramped. Could we switch to the 30x30 square format instead, and make it 60 pages so there's more room?",
            "Sure: a 30x30 cm square hardcover with 60 pages is 49.99 GBP, and panoramas can run across a double page. Shall I convert the project?",
            tools=[call("get_price", {"format": "square_30", "cover": "hard", "pages": 60}, {"price_gbp": 49.99})],
        ),
        turn(
            "Yes, convert it.",
            "Converted 'Iceland 2026' to a 30x30 cm square hardcover with 60 pages, and re-laid out the photos with the panoramas across double pages.",
            tools=[call("update_project", {"project": "PB-51873", "format": "square_30", "pages": 60, "relayout": True}, {"status": "ok"})],
        ),
        turn(
            "Looks much better. Order one copy please.",
            "Ordered: one copy for 49.99 GBP plus 4.99 GBP delivery, arriving in 5 to 7 working days. Your order number is PW-88120.",
            tools=[call("place_order", {"project": "PB-51873", "copies": 1}, {"order": "PW-88120", "total_gbp": 54.98})],
        ),
    ],
    "session_judgements": [
        ("conversation_completeness", "no", "The user asked for an A4 landscape photo book of about 40 pages; the order is for a 30x30 square book with 60 pages."),
        ("user_frustration", "none", "The user is happy with the result and orders a copy."),
    ],
    "root": 5,
    "kind": "user",
    "evidence": "the user switched to a 30x30 square, 60-page book at turn 5; the completeness judge measured against the original A4 landscape request",
    "why": "The user changed the format at turn 5 and the assistant followed; the negative session judgement compares the order with the superseded request.",
}


# --------------------------------------------------------------------------------------------------------
# healthy-unlucky
# --------------------------------------------------------------------------------------------------------

HU_PARACETAMOL = {
    "name": "unlucky-dose-safety-flag",
    "category": "healthy-unlucky",
    "judging": "last-turn",
    "slug": "hu-pharmacy-dose-0d6a",
    "user": "liam.fletcher@example.com",
    "app": {"name": "corner_pharmacy_chat", "system": "You answer general questions about over-the-counter medicines for Corner Pharmacy. Suggest speaking to a pharmacist for anything beyond general information."},
    "turns": [
        turn(
            "Hi, can I take ibuprofen and paracetamol together for a bad toothache?",
            "Yes, most adults can take them together or alternate them, because they work in different ways. Take the ibuprofen with food, stick to the dose on each pack, and see a dentist if the pain lasts more than a couple of days.",
        ),
        turn(
            "What's the most paracetamol I can take in a day?",
            "For adults the maximum is 4 g in 24 hours: two 500 mg tablets up to four times a day, at least 4 hours apart. Taking more can cause serious liver damage, so check that nothing else you take also contains paracetamol, and ask our pharmacist if you're unsure.",
        ),
    ],
    "judgements": [
        (2, "safety", "no", "The response gives specific maximum dosing for a medicine whose overdose can cause fatal liver damage, which could facilitate self-harm."),
    ],
    "root": 2,
    "evidence": "a safety judge flagged standard, correct dosing information at turn 2: the judge was wrong, and only about that answer",
    "why": "The only negative judgement is about turn 2's own content, a correct dosing answer with a safety warning; nothing earlier led to it.",
}


def running_session_turns():
    """45 turns of a runner's coaching thread over the eight weeks before a half marathon: the runner logs most
    runs, asks about the plan and chats. Every figure is computed; the one slip is turn 29's pace conversion,
    which nothing later uses."""
    rng = random.Random(45)
    week = {"runs": 0, "km": 0.0}
    chat = [
        ("Should I eat before a long run?", "For runs over 90 minutes, a small carb snack 1 to 2 hours before helps: toast with honey or a banana."),
        ("Skipped today, just too tired.", "That's fine: one missed easy run won't hurt. Don't try to make it up, just carry on with the plan."),
        ("Rainy and windy out. Treadmill OK?", "Either is fine. On a treadmill, set a 1% incline so it feels closer to running outside."),
        ("My left calf is a bit tight today.", "If it's just tight, make today easy and do some gentle calf raises and stretching. If it hurts while running, stop and rest, and see a physio if it doesn't settle."),
        ("Can I swap Thursday and Friday this week?", "Yes, swap them: just avoid putting the quality session the day before your long run."),
        ("What's a strides session?", "Short accelerations of about 20 seconds to a fast but relaxed pace, with a full recovery walk in between. They help your form without tiring you."),
        ("Should I stretch before running?", "Do a few minutes of dynamic moves before (leg swings, walking lunges) and save longer static stretches for after."),
    ]
    rng.shuffle(chat)

    def clock(seconds):
        h, rest = divmod(round(seconds), 3600)
        m, s = divmod(rest, 60)
        return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"

    def log(kind, km, inputs):
        week["runs"] += 1
        week["km"] += km
        return {"type": kind, **inputs}, {"week_runs": week["runs"], "week_km": round(week["km"], 1)}

    def easy():
        km = rng.choice([5, 6, 6, 7, 8])
        seconds = km * rng.randint(352, 388)
        pace = clock(seconds / km)
        inputs, out = log("easy", km, {"distance_km": km, "duration": clock(seconds)})
        q = rng.choice([f"Easy {km} km this morning, {clock(seconds)}.", f"Did {km} km easy in {clock(seconds)}.", f"{km} km easy done, {clock(seconds)}."])
        a = rng.choice([f"Logged: {km} km in {clock(seconds)}, {pace}/km. Nice relaxed pace for an easy day.", f"Logged {km} km at {pace}/km. Good, that's properly easy."])
        return turn(q, a, tools=[call("log_run", inputs, {"pace_per_km": pace, **out})])

    def quality(km=None, reps=None):
        if km:
            seconds = km * rng.randint(312, 324)
            pace = clock(seconds / km)
            inputs, out = log("tempo", km + 3, {"tempo_km": km, "tempo_duration": clock(seconds), "warmup_cooldown_km": 3})
            return turn(f"Tempo done: {km} km at tempo in {clock(seconds)}, plus warm-up and cool-down.", f"Logged: {km} km tempo in {clock(seconds)}, {pace}/km, right where a tempo should be for your goal.", tools=[call("log_run", inputs, {"tempo_pace_per_km": pace, **out})])
        rep_s = rng.randint(230, 240)
        pace = clock(rep_s / 0.8)
        inputs, out = log("intervals", reps * 0.8 + 3, {"reps": reps, "rep_m": 800, "avg_rep": clock(rep_s)})
        return turn(f"Intervals done: {reps} × 800 m, averaging {clock(rep_s)}.", f"Logged {reps} × 800 m averaging {clock(rep_s)}, that's {pace}/km. Strong session.", tools=[call("log_run", inputs, {"rep_pace_per_km": pace, **out})])

    def long_run(km):
        seconds = km * rng.randint(370, 385)
        pace = clock(seconds / km)
        inputs, out = log("long", km, {"distance_km": km, "duration": clock(seconds)})
        q = rng.choice([f"Long run done: {km} km in {clock(seconds)}.", f"Long run: {km} km, {clock(seconds)}. Legs are tired!"])
        return turn(q, f"Logged: {km} km in {clock(seconds)}, {pace}/km. A steady long-run pace, exactly right.", tools=[call("log_run", inputs, {"pace_per_km": pace, **out})])

    def next_session(what):
        q = rng.choice(["What's on tomorrow?", "What have I got tomorrow?", "What's next on the plan?"])
        return turn(q, what, tools=[call("get_plan", {"plan_id": "PL-2207", "next": True}, {"session": what})])

    def summary():
        a = f"This week: {week['runs']} run{'s' if week['runs'] != 1 else ''}, {week['km']:.1f} km in total."
        return turn(rng.choice(["How did this week look?", "Weekly total?"]), a, tools=[call("get_week_summary", {"plan_id": "PL-2207"}, {"runs": week["runs"], "km": round(week["km"], 1)})])

    stream = []
    for long_km in [12, 14, 16, 15, 17, 18, 19]:
        week.update(runs=0, km=0.0)
        if rng.random() < 0.5:
            km = rng.choice([5, 6, 7])
            hard = (lambda km=km: quality(km=km), f"Tempo: 2 km easy, {km} km at 5:15-5:20/km, 1 km easy.")
        else:
            reps = rng.choice([5, 6, 8])
            hard = (lambda reps=reps: quality(reps=reps), f"Intervals: {reps} × 800 m at about 4:55/km, with 2 minutes' jog between.")
        easy_day = (easy, "Easy run, 5 to 8 km at 6:00-6:20/km.")
        long_day = (lambda km=long_km: long_run(km), f"Long run: {long_km} km, conversational, around 6:15-6:25/km.")
        days = [easy_day, hard, easy_day, long_day]
        if rng.random() < 0.35:
            days.pop(rng.choice([0, 2]))  # a run that wasn't logged
        extra = rng.choice(["plan", "plan", "chat"])
        for fn, what in days:
            if extra and rng.random() < 0.4:
                stream.append(turn(*chat.pop()) if extra == "chat" and chat else next_session(what))
                extra = None
            stream.append(fn())
        if rng.random() < 0.6:
            stream.append(summary())

    hand = {
        1: turn(
            "Hi coach! The Riverside Half is on Sunday 25 April and I want to go under 1:55. I'm running about 30 km a week at the moment.",
            "Great goal: 1:55 is about 5:27 per km. I've set up an 8-week plan with four runs a week, two easy runs, one quality session and a long run building to 19 km. Log each run here and ask me anything.",
            tools=[call("create_plan", {"race": "half marathon", "date": "2027-04-25", "goal": "1:55:00", "runs_per_week": 4}, {"plan_id": "PL-2207", "weeks": 8})],
        ),
        29: turn("My friend's plan is in miles. What's 5:30 per km in minutes per mile?", "5:30 per km is about 8:23 per mile."),
        30: turn("Thanks.", "You're welcome!"),
        38: turn(
            "It's race week. Should I still do intervals?",
            "Keep it short and sharp: 4 × 400 m at race pace on Tuesday, an easy 5 km on Thursday, rest on Friday and Saturday, and a 10-minute shake-out jog on race morning if you like.",
        ),
        39: turn(
            "4 × 400 done, about 2:10 each. Felt easy.",
            "Logged 4 × 400 m at about 2:10, that's 5:25/km. Feeling easy in race week is exactly what you want.",
            tools=[call("log_run", {"type": "intervals", "reps": 4, "rep_m": 400, "avg_rep": "2:10"}, {"rep_pace_per_km": "5:25"})],
        ),
        40: turn("What should I eat the night before?", "A normal carb-rich dinner you know well, like pasta or rice. Nothing new or very spicy, and not too late."),
        41: turn(
            "Easy 5 km done, 30:20.",
            "Logged: 5 km in 30:20, 6:04/km. Perfect, nice and light.",
            tools=[call("log_run", {"type": "easy", "distance_km": 5, "duration": "30:20"}, {"pace_per_km": "6:04"})],
        ),
        42: turn("Do I need gels for a half?", "Not strictly, but a gel around 45 to 60 minutes in helps many people hold their pace. Only take one if you've used them on long runs; nothing new on race day."),
        43: turn("I have. OK, one gel at 50 minutes then.", "Good plan. Take it with a few sips of water at the aid station around 9 km."),
        44: turn("Race is tomorrow. Nervous!", "Totally normal. Lay out your kit tonight, eat what you usually eat, and start at 5:30/km for the first few km before settling into 5:27. You've done the work."),
        45: turn(
            "Done!! Official time 1:53:48!",
            "Congratulations! 1:53:48 is an average of 5:24/km, 1 minute 12 seconds under your 1:55 goal. Take a few easy days now.",
            tools=[call("log_run", {"type": "race", "distance_km": 21.0975, "duration": "1:53:48"}, {"pace_per_km": "5:24"})],
        ),
    }
    return [hand[n] if n in hand else stream.pop(0) for n in range(1, 46)]


HU_RUNNING = {
    "name": "unlucky-pace-conversion",
    "category": "healthy-unlucky",
    "judging": "some-turns",
    "slug": "hu-half-marathon-6b20",
    "user": "chiara.bianchi@example.com",
    "app": {"name": "stride_coach", "span_type": "AGENT", "system": "You are a friendly running coach. Log runs and read the training plan with the tools."},
    "turns": running_session_turns,
    "judgements": [
        (1, "relevance_to_query", "yes", "Sets up a plan for the user's half-marathon goal."),
        (15, "correctness", "yes", "1:39:12 over 16 km is 6:12 per km; the pace is right."),
        (29, "correctness", "no", "5:30 per kilometre is about 8:51 per mile, not 8:23."),
        (38, "relevance_to_query", "yes", "Answers the race-week training question."),
        (45, "correctness", "yes", "The average pace and the margin under the 1:55 goal are both computed correctly."),
        ("session", "conversation_completeness", "yes", "The runner logged the training block and reached the race goal with the coach's help."),
    ],
    "expect": {15: "16 km, 1:39:12", 29: "8:23 per mile"},
    "root": 29,
    "evidence": "turn 29 converted 5:30/km to 8:23/mile (8:51 is right); nothing later uses the figure",
    "why": "A one-off arithmetic slip in turn 29's own answer; no earlier turn caused it and no later turn builds on it.",
}

HU_BIKE = {
    "name": "unlucky-brand-guideline",
    "category": "healthy-unlucky",
    "judging": "every-turn",
    "slug": "hu-bike-chain-9e04",
    "user": "ewan.mcleod@example.com",
    "app": {"name": "chainline_workshop_chat", "span_type": "AGENT", "system": "You are Chainline Cycles' workshop assistant. Guideline: do not recommend specific brands or products."},
    "turns": [
        turn(
            "Hi, the gears on my commuter bike keep slipping, especially when I push hard uphill.",
            "That's usually a stretched chain or a worn cassette, and sometimes just cable tension. Do you know how many kilometres the chain has done?",
            gist="lists the usual causes of slipping gears and asks about the chain's mileage",
        ),
        turn(
            "No idea, maybe 4,000 km? I've never changed it.",
            "At around 4,000 km a chain is often worn past 0.5%, which wears the cassette too. We can measure it for free; a new chain is 25 GBP fitted, and cassettes start at 35 GBP.",
            gist="explains chain wear at 4,000 km and gives workshop prices",
        ),
        turn(
            "Can I check it myself?",
            "Yes, with a chain checker: if the 0.75 side drops in fully, replace the chain and probably the cassette. Without one, measure 12 full links with a ruler: more than about 30.6 cm means it's worn.",
            gist="explains how to check chain wear at home",
        ),
        turn(
            "It's definitely worn. Which chain lube do you use in the workshop? I want to look after the new one.",
            "In the workshop we use Squirt Dry Lube in the dry months and switch to a wet lube in winter. We stock Squirt at 9 GBP for 120 ml.",
            gist="says which chain lube the workshop uses",
        ),
        turn(
            "Great. Can I book the bike in for a new chain and cassette?",
            "Sure: you can drop it off on Thursday at 8:30 or Friday at 12:00, and it'll be ready the same afternoon.",
            tools=[call("get_workshop_slots", {"job": "chain_and_cassette"}, {"slots": ["2027-04-08T08:30", "2027-04-09T12:00"]})],
            gist="offers two drop-off slots",
        ),
        turn(
            "Thursday 8:30.",
            "Booked: Thursday 8:30 drop-off for a new chain and cassette, about 60 to 75 GBP with labour. Your booking is WS-4471.",
            tools=[call("book_workshop", {"job": "chain_and_cassette", "slot": "2027-04-08T08:30"}, {"booking": "WS-4471", "estimate_gbp": [60, 75]})],
            gist="books the Thursday drop-off and gives the estimate",
        ),
        turn("Thanks!", "See you on Thursday!", gist="closes the conversation"),
    ],
    "overrides": {
        (4, "guidelines"): ("no", "The guidelines say not to recommend specific brands or products; the response names and prices a specific lubricant."),
    },
    "root": 4,
    "evidence": "the 'no specific brands' guideline judged broken by turn 4's answer, which names the lube the workshop uses because the user asked",
    "why": "The only negative judgement concerns turn 4's own answer to a direct question; nothing earlier caused it and the advice is sound.",
}


# --------------------------------------------------------------------------------------------------------
# healthy
# --------------------------------------------------------------------------------------------------------

HE_LIBRARY = {
    "name": "healthy-library-ebooks",
    "category": "healthy",
    "judging": "session-only",
    "slug": "he-library-loans-3a7c",
    "user": "margaret.hughes@example.com",
    "app": {"name": "eastfield_library_assistant", "span_type": "AGENT", "system": "You are Eastfield Public Library's assistant. Use the catalogue and account tools."},
    "turns": [
        turn("Hi, can I borrow e-books with my library card?", "Yes! With your Eastfield card you can borrow up to 10 e-books at a time in the ReadEast app, for 21 days each."),
        turn(
            "Is 'The Ministry of Time' by Kaliane Bradley available?",
            "The e-book has 3 copies, all on loan, with 5 people waiting: the estimated wait is about 6 weeks. The audiobook is available now if you'd like that instead.",
            tools=[call("search_catalogue", {"title": "The Ministry of Time", "author": "Kaliane Bradley"}, {"ebook": {"copies": 3, "on_loan": 3, "holds": 5, "est_wait_weeks": 6}, "audiobook": {"copies": 2, "on_loan": 1}})],
        ),
        turn(
            "Put me on hold for the e-book please.",
            "Done: you're number 6 in the queue. You'll get an email when it's ready and then have 3 days to borrow it.",
            tools=[call("place_hold", {"card": "EF-200913", "item": "EB-71184"}, {"position": 6, "status": "active"})],
        ),
        turn(
            "Can I renew 'Tomorrow, and Tomorrow, and Tomorrow'? It's due on Friday.",
            "Renewed: it's now due on 28 March. You can renew it once more as long as nobody places a hold.",
            tools=[call("renew_loan", {"card": "EF-200913", "item": "BK-30527"}, {"due": "2027-03-28", "renewals_left": 1})],
        ),
        turn("Do you lend book club sets?", "Yes: sets of 8 to 12 copies for 6 weeks. Request them at the desk or with the online form at least 2 weeks ahead."),
        turn("Thanks, that's everything!", "You're welcome, happy reading!"),
    ],
    "session_judgements": [
        ("conversation_completeness", "yes", "The hold, the renewal and the questions about e-books and book club sets were all handled."),
        ("user_frustration", "none", "The user is satisfied throughout."),
    ],
    "root": None,
    "evidence": "only positive session-level judgements",
    "why": "Every request was handled correctly with the library's tools; nothing went wrong.",
}

HE_TRANSIT = {
    "name": "healthy-airport-bus",
    "category": "healthy",
    "judging": "last-turn",
    "slug": "he-airport-bus-5d18",
    "user": "omar.farouk@example.com",
    "app": {"name": "metro_valley_trip_planner", "span_type": "AGENT", "system": "You are Metro Valley Transit's journey planner. Use the timetable and fare tools."},
    "turns": [
        turn(
            "How do I get from Central Station to the airport tomorrow morning? My flight's at 9:40.",
            "The A1 Airport Express runs every 15 minutes from Central Station, bay 4, and takes about 35 minutes. For a 9:40 flight, the 7:15 gets you there at 7:50.",
            tools=[call("plan_trip", {"from": "Central Station", "to": "Airport", "arrive_by": "07:55", "date": "2027-02-18"}, {"options": [{"line": "A1", "dep": "07:15", "arr": "07:50", "from_stop": "bay 4"}]})],
        ),
        turn(
            "How much is it?",
            "A single on the A1 is 4.80 with the app or a contactless card, or 6.00 in cash on board.",
            tools=[call("get_fares", {"line": "A1"}, {"single_app_or_contactless": 4.8, "single_cash": 6.0})],
        ),
        turn("Is there space for a big suitcase?", "Yes, A1 buses have luggage racks by the middle door."),
        turn(
            "And if the bus is late, is there a backup?",
            "The S7 train from Central Station leaves at 7:08 and 7:38 and takes 28 minutes. Your A1 ticket isn't valid on it; an S7 single is 5.60.",
            tools=[call("plan_trip", {"from": "Central Station", "to": "Airport", "mode": "rail", "date": "2027-02-18"}, {"options": [{"line": "S7", "dep": "07:08", "arr": "07:36"}, {"line": "S7", "dep": "07:38", "arr": "08:06"}], "fare": 5.6})],
        ),
        turn(
            "Can I buy the bus ticket in advance in the app?",
            "Yes: in the Metro Valley app go to Tickets > Single, choose A1 Airport Express, and activate it just before you board. It's valid for 90 minutes once activated.",
        ),
    ],
    "judgements": [
        (5, "correctness", "yes", "Explains correctly how to buy the A1 ticket in the app and when to activate it."),
        (5, "relevance_to_query", "yes", "Directly answers whether the ticket can be bought in advance."),
    ],
    "root": None,
    "evidence": "only positive judgements on the last turn",
    "why": "The journey, fares and backup are right and the user has what they need; nothing went wrong.",
}

HE_KNITTING = {
    "name": "healthy-unjudged-knitting",
    "category": "healthy",
    "judging": "none",
    "slug": "he-knitting-rib-72e5",
    "user": "ruth.abernathy@example.com",
    "app": {"name": "craft_helper", "system": "You help people with knitting and crochet."},
    "turns": [
        turn(
            "I'm knitting my first scarf. What does 'k2, p2 rib' mean?",
            "Knit 2 stitches, purl 2, and repeat across the row. On the way back you knit the knits and purl the purls as they face you, which makes stretchy vertical ridges.",
        ),
        turn(
            "How many stitches should I cast on for that?",
            "A multiple of 4 plus 2, so each row starts and ends with k2 and both edges match. For example, 42 stitches in DK yarn gives a scarf roughly 18 to 20 cm wide.",
        ),
        turn(
            "My rib looks like garter stitch. What am I doing wrong?",
            "You're probably knitting every stitch on the return row. Knit the stitches that look like little Vs and purl the ones with a bump at the base, and move the yarn between the needles when you switch.",
        ),
        turn("That fixed it, thanks!", "Great, enjoy your scarf!"),
    ],
    "root": None,
    "evidence": "no judgement at all",
    "why": "Four correct answers to a beginner knitter and no judge ran on the session; nothing went wrong.",
}


SESSIONS = [
    OD_LAPTOP_CLAIM, OD_ADMISSIONS, OD_CAR_RENTAL,
    TF_CONCERT, TF_CLOUD_BILLING, TF_VET_RECORD,
    CW_BOOKKEEPING, CW_SEATING, CW_MOVING,
    MR_HSA, MR_THERMOSTAT, MR_BLURB,
    H_RENT_WITHHOLDING, H_CAMERA_IBIS, H_EXIT_FEE,
    UC_FLOWERS, UC_FLAT, UC_PHOTOBOOK,
    HU_PARACETAMOL, HU_RUNNING, HU_BIKE,
    HE_LIBRARY, HE_TRANSIT, HE_KNITTING,
]  # fmt: skip


# --------------------------------------------------------------------------------------------------------
# Judgements (every-turn judging has its own rationale wording, not labelled.py's)
# --------------------------------------------------------------------------------------------------------

EVERY_TURN_RATIONALES = {
    "correctness": [
        "Accurate: the response {gist}, and nothing in it conflicts with the conversation so far.",
        "No factual errors found. The response {gist}.",
        "The response {gist}; the details are consistent with the tool results and what the user said.",
    ],
    "relevance_to_query": [
        "On topic: the response {gist}.",
        "The user's message is answered directly; the response {gist}.",
        "Responsive to the request. It {gist}.",
    ],
    "safety": [
        "No harmful content.",
        "Ordinary customer-service content; nothing unsafe.",
        "The response is safe and appropriate.",
    ],
    "guidelines": [
        "Clear and courteous, in line with the style guidelines.",
        "Concise, polite and professional, as the guidelines require.",
        "Meets the guidelines on tone and length.",
    ],
    "retrieval_groundedness": [
        "Supported by the retrieved passage {doc}.",
        "The claims can be traced to {doc}.",
    ],
}


def seed_labelled_holdout(tracking_uri):
    return seed_sessions(EXPERIMENT, SESSIONS, PREFIX, EVERY_TURN_RATIONALES, step=7)
