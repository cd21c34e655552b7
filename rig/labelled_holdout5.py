"""A fifth held-out labelled set of chat sessions, for measuring root-cause detection, never for tuning it.

Same format as labelled.py (read its docstring) and the same labelling rules, category by category, as
labelled_holdout3.py (read its docstring): `rootCauseTurn` is 1-based, the turn where things first went wrong
as a careful engineer reading the transcript would mark it. Written after the four earlier held-out sets by
another hand, from the conversations alone, without looking at any detection algorithm; its domains, users,
applications, wording, document ids and judge rationales are new. Session ids are prefixed `holdout5-` so all
the sets can live on one server.
"""

import random

from labelled import call, doc, seed_sessions, turn

EXPERIMENT = "Labelled root causes, held out 5 (Session Lens)"
PREFIX = "holdout5-"


# --------------------------------------------------------------------------------------------------------
# outdated-document
# --------------------------------------------------------------------------------------------------------

BIN_GUIDE_2023 = doc(
    "kerbside-guide/sorting@2023",
    "Blue lidded bin (fortnightly): paper, card, cans, plastic bottles and glass bottles and jars. Food waste goes in the grey caddy, collected weekly.",
)
BIN_GUIDE_2026 = doc(
    "kerbside-guide/sorting@2026-04",
    "From 6 April 2026 glass is no longer accepted in the blue lidded bin: put glass bottles and jars in the new green glass box, collected every four weeks. Blue bins containing glass are tagged and left unemptied. Paper, card, cans and plastic bottles stay in the blue bin.",
)
BIN_BULKY = doc("kerbside-guide/bulky-items", "Bulky items (furniture, white goods) are collected by appointment: 32 GBP for up to three items, booked online at least five working days ahead.")

OD_BINS = {
    "name": "outdated-kerbside-glass-rules",
    "category": "outdated-document",
    "judging": "every-turn",
    "slug": "od-glass-box-bins-5d93",
    "user": "fenella.oyelaran@example.com",
    "app": {
        "name": "wrexley_council_helper",
        "span_type": "AGENT",
        "retriever": "search_waste_guides",
        "system": "You are Wrexley Borough Council's residents' assistant. Answer from the waste and recycling guides provided.",
    },
    "turns": [
        turn(
            "We've just moved into 9 Ropewalk Terrace. Which day are the bins collected?",
            "Welcome to Wrexley! At 9 Ropewalk Terrace the blue lidded bin goes out every other Tuesday (next one 21 April) and the grey food caddy every Tuesday.",
            tools=[call("lookup_collections", {"address": "9 Ropewalk Terrace"}, {"blue_bin": "fortnightly Tuesday, next 2026-04-21", "food_caddy": "weekly Tuesday", "glass_box": "every 4 weeks Thursday, next 2026-04-30"})],
            gist="gives the collection days for the new address",
        ),
        turn(
            "We've got loads of wine bottles and jam jars from the unpacking party. Where do they go?",
            "Glass bottles and jars can go straight into your blue lidded bin together with paper, cans and plastic bottles.",
            docs=[BIN_GUIDE_2023, BIN_GUIDE_2026],
            gist="says where glass bottles and jars should go",
        ),
        turn(
            "Do I need to rinse them or take the labels off?",
            "A quick rinse is enough; labels can stay on. Then pop them in the blue bin loose, not in a bag.",
            docs=[BIN_GUIDE_2023],
            gist="explains how to prepare the bottles and jars",
        ),
        turn(
            "And the old sofa the previous owners left behind?",
            "That's a bulky item: book a collection online at least five working days ahead; it's 32 GBP for up to three items.",
            docs=[BIN_BULKY],
            gist="explains the bulky item collection for the sofa",
        ),
        turn(
            "The blue bin wasn't emptied this morning and there's an orange tag on it saying 'contaminated'. Why?",
            "That's odd, since everything in it was allowed. The crew may have spotted a plastic bag or food waste; take out anything bagged and report a missed collection so they come back.",
            docs=[BIN_GUIDE_2023],
            gist="responds to the tagged, unemptied blue bin",
        ),
        turn(
            "There's nothing bagged in it, just the bottles and cardboard. What now?",
            "Then report it as a missed collection; the crew should return within two working days.",
            gist="advises reporting a missed collection",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("yes", "Lists glass as blue-bin material, in line with the kerbside sorting guide."),
        (2, "retrieval_groundedness"): ("yes", "Grounded in kerbside-guide/sorting@2023."),
        (5, "correctness"): ("no", "Since April 2026 glass is not allowed in the blue bin and bins holding it are tagged and left; the tag is explained by the bottles, not by bags."),
        (5, "retrieval_groundedness"): ("no", "Relies on a guide that has been replaced; the April 2026 guide says glass goes in the green box."),
        (6, "correctness"): ("no", "A 'missed collection' report won't help: the bin was refused because of the glass, which should go in the glass box collected every four weeks."),
    },
    "root": 2,
    "evidence": "the superseded kerbside-guide/sorting@2023 (glass in the blue bin) instead of kerbside-guide/sorting@2026-04 (separate green glass box)",
    "why": "Turn 1 is right; at turn 2 the 2023 guide came back first from the retriever and the assistant sent the glass to the blue bin. Turn 3 repeats it and turns 5-6 misdiagnose the tagged bin. The judges let turn 2 through.",
}

LEDGER_V2 = doc(
    "tallyhub-api/v2/invoices",
    "POST /v2/invoices: dates are strings in DD/MM/YYYY format; amounts are decimal strings such as \"120.50\". Returns 201 with the invoice number.",
)
LEDGER_V4 = doc(
    "tallyhub-api/v4/invoices",
    "POST /v4/invoices (v2 retired on 1 March 2026): issue_date and due_date are ISO 8601 strings (YYYY-MM-DD); amounts are integers in minor units (12050 for 120.50). Requests using the old formats are rejected with 422 invalid_field.",
)
LEDGER_AUTH = doc("tallyhub-api/v4/auth", "Send the API token as 'Authorization: Bearer <token>'. Tokens are created under Settings > Developer and can be scoped read-only or read-write.")
LEDGER_WEBHOOKS = doc("tallyhub-api/v4/webhooks", "Webhooks: subscribe to invoice.paid to be told when a customer pays. Each delivery carries an X-Tally-Signature header (HMAC-SHA256 of the body).")

OD_INVOICE_API = {
    "name": "outdated-api-invoice-formats",
    "category": "outdated-document",
    "judging": "session-only",
    "slug": "od-tallyhub-422-8e20",
    "user": "oskar.brightwater-moyo@example.com",
    "app": {"name": "tallyhub_dev_assistant", "retriever": "search_api_reference", "system": "You help developers integrate with the TallyHub invoicing API. Answer from the API reference excerpts."},
    "turns": [
        turn(
            "I'm writing a small Node script to push invoices from our booking system into TallyHub. How do I authenticate?",
            "Create a token under Settings > Developer (read-write, since you'll be creating invoices) and send it as 'Authorization: Bearer <token>' on every request.",
            docs=[LEDGER_AUTH],
        ),
        turn(
            "What does the body for creating an invoice look like?",
            "POST to /v4/invoices with a customer id, line items and the dates. I'd check the field formats before you write the mapper.",
            docs=[LEDGER_V4, LEDGER_V2],
        ),
        turn(
            "Right, what format do the dates and the amounts need to be in?",
            "Dates go as DD/MM/YYYY strings, e.g. \"07/05/2026\", and amounts as decimal strings like \"120.50\".",
            docs=[LEDGER_V2, LEDGER_V4],
        ),
        turn(
            "OK, so my mapper does `issue_date: format(d, 'dd/MM/yyyy'), total: price.toFixed(2)`. Looks right?",
            "Yes, that matches: the dates come out as DD/MM/YYYY and toFixed(2) gives the decimal string.",
            docs=[LEDGER_V2],
        ),
        turn(
            "Every request comes back 422 invalid_field on issue_date and total. The token works fine for GETs.",
            "A 422 usually means a required field is missing rather than a wrong format. Check that customer_id is set and that line_items isn't empty.",
            docs=[LEDGER_V2],
        ),
        turn(
            "They're both set. I've been at this for an hour.",
            "Sorry about that. Could you paste one full request body? It might be a hidden character in the date string.",
        ),
        turn(
            "Never mind, a colleague found it: v4 wants ISO dates and integer cents. Works now. How do I get told when an invoice is paid?",
            "Subscribe to the invoice.paid webhook; verify each delivery with the X-Tally-Signature header, an HMAC-SHA256 of the body.",
            docs=[LEDGER_WEBHOOKS],
        ),
    ],
    "session_judgements": [
        ("conversation_completeness", "no", "The developer's format question was answered with the retired v2 conventions; the working formats came from a colleague, not the assistant."),
        ("user_frustration", "unresolved", "An hour lost on 422 errors, and the assistant kept guessing at other causes."),
    ],
    "root": 3,
    "evidence": "the retired v2 reference tallyhub-api/v2/invoices (DD/MM/YYYY dates, decimal-string amounts) instead of tallyhub-api/v4/invoices (ISO dates, integer minor units)",
    "why": "Turns 1-2 are fine; turn 3 gives the v2 formats although the endpoint is v4, turn 4 approves the mapper built on them, and turns 5-6 chase other causes of the 422.",
}

KETTLE_WARRANTY_2023 = doc(
    "care-plan/warranty-2023",
    "Brewsmith espresso machines bought before 2025: 2-year manufacturer warranty from the date of purchase. Descaling damage is not covered.",
)
KETTLE_WARRANTY_2025 = doc(
    "care-plan/warranty-2025",
    "Brewsmith espresso machines bought from 1 January 2025 and registered within 30 days: 3-year warranty covering the pump, boiler and electronics. Descaling damage is covered only when the Brewsmith descaler was used.",
)
KETTLE_REPAIR = doc("care-plan/paid-repairs", "Out-of-warranty pump replacement: 95 GBP parts and labour, plus 18 GBP return courier.")

OD_ESPRESSO = {
    "name": "outdated-warranty-espresso-pump",
    "category": "outdated-document",
    "judging": "last-turn",
    "slug": "od-brewsmith-pump-2f47",
    "user": "leocadia.fairweather@example.com",
    "app": {"name": "brewsmith_care_desk", "span_type": "AGENT", "retriever": "search_care_plan", "system": "You are Brewsmith's after-sales assistant. Use the product registry and the care-plan documents."},
    "turns": [
        turn(
            "My Brewsmith Duetto has started humming but no water comes through. Serial BS-DU-448172.",
            "That usually points to the pump. I can see your Duetto was bought on 19 February 2025 and registered on 2 March 2025.",
            tools=[call("get_registration", {"serial": "BS-DU-448172"}, {"model": "Duetto", "purchased": "2025-02-19", "registered": "2025-03-02"})],
        ),
        turn(
            "Is it still under warranty? It's a bit over two years old.",
            "Unfortunately not: Brewsmith machines have a 2-year warranty from purchase, so yours ran out on 19 February 2027.",
            docs=[KETTLE_WARRANTY_2023, KETTLE_WARRANTY_2025],
        ),
        turn(
            "Ugh. What would a repair cost then?",
            "A pump replacement outside warranty is 95 GBP, plus 18 GBP for the return courier, so 113 GBP in total.",
            docs=[KETTLE_REPAIR],
        ),
        turn(
            "Fine, book it in and take the payment from my saved card.",
            "Booked: repair RP-60913, courier pickup on Monday, and 113 GBP charged to your card ending 4417.",
            tools=[call("book_repair", {"serial": "BS-DU-448172", "warranty": False}, {"repair": "RP-60913", "pickup": "Monday", "charged_gbp": 113})],
        ),
    ],
    "judgements": [
        (4, "correctness", "no", "Bought in February 2025 and registered within 30 days, the machine has three years of pump cover; the customer has just been charged 113 GBP for a repair the warranty pays for."),
    ],
    "root": 2,
    "evidence": "care-plan/warranty-2023 (2 years) applied to a machine bought in 2025, which care-plan/warranty-2025 covers for 3 years",
    "why": "Turn 1 reads the registration correctly; turn 2 takes the warranty length from the pre-2025 document, and turns 3-4 price and charge a paid repair on that basis.",
}


# --------------------------------------------------------------------------------------------------------
# tool-failure
# --------------------------------------------------------------------------------------------------------

TF_LOCKER = {
    "name": "door-code-stale-cache",
    "category": "tool-failure",
    "judging": "every-turn",
    "slug": "tf-cowork-door-code-6a18",
    "user": "benedikt.amankwah@example.com",
    "app": {"name": "deskhive_member_help", "span_type": "AGENT", "system": "You are DeskHive's member assistant for its coworking spaces. Use the membership, booking and access tools."},
    "turns": [
        turn(
            "Hi, I've got a day pass for DeskHive Tanyard Quay tomorrow. What time can I get in?",
            "Your day pass for Tanyard Quay is valid tomorrow, Tuesday 1 December, from 07:00 to 22:00. Hot desks are on the second floor.",
            tools=[call("get_pass", {"member": "M-55873", "site": "tanyard-quay"}, {"type": "day", "date": "2026-12-01", "from": "07:00", "to": "22:00", "floor": 2})],
            gist="confirms the day pass and its access hours",
        ),
        turn(
            "Nobody will be on reception at 7. What's the code for the front door?",
            "The front door keypad code is 7294#. Reception opens at 08:30, but the code works from 07:00.",
            tools=[
                call("get_door_code", {"site": "tanyard-quay", "date": "2026-12-01"}, error=(TimeoutError, "access-control API timed out after 8 s")),
                call("get_cached_door_code", {"site": "tanyard-quay"}, {"code": "7294#", "valid_month": "2026-11"}),
            ],
            gist="gives the front door code for early access",
        ),
        turn(
            "Can I book a phone booth for a 9:30 call?",
            "Booked: phone booth 3 at Tanyard Quay, tomorrow 09:30-10:00.",
            tools=[call("book_room", {"site": "tanyard-quay", "room": "booth", "start": "2026-12-01T09:30", "minutes": 30}, {"booking": "PB-3-0930", "room": "booth 3"})],
            gist="books a phone booth for the call",
        ),
        turn(
            "I'm outside at 07:10 and the keypad just flashes red with 7294#.",
            "Try entering it slowly and make sure you press # at the end. If the light stays red, the keypad may need resetting; the night line on the door can help.",
            gist="troubleshoots the keypad",
        ),
        turn(
            "Night line said the code changed on the 1st. I've been standing in the cold for 20 minutes.",
            "Sorry about the wait. Glad you're in now; your phone booth is still booked for 09:30.",
            gist="responds after the member got in",
        ),
    ],
    "overrides": {
        (4, "correctness"): ("no", "The code given was November's; door codes at the site change monthly, so the keypad rejecting it on 1 December is expected."),
        (4, "relevance_to_query"): ("yes", "Deals with the rejected code."),
        (5, "guidelines"): ("no", "Never admits the assistant handed out an expired code, after the member waited 20 minutes outside."),
    },
    "root": 2,
    "evidence": "get_door_code timed out and the fallback get_cached_door_code returned November's code (valid_month 2026-11), which the assistant gave for 1 December",
    "why": "At turn 2 the live code lookup failed and the app answered from a cache of last month's code; turn 4 troubleshoots the keypad instead, and turn 5 glosses over it. The judges saw nothing wrong at turn 2.",
}

TF_MEETING = {
    "name": "timezone-tool-wrong-offset",
    "category": "tool-failure",
    "judging": "some-turns",
    "slug": "tf-standup-auckland-3c75",
    "user": "yusra.delacroix-hale@example.com",
    "app": {"name": "slotwise_calendar_agent", "span_type": "AGENT", "system": "You schedule meetings for the user. Use the calendar and time-zone tools for every conversion."},
    "turns": [
        turn(
            "I need a 30-minute call with Hemi in Auckland next week. I'm in Lisbon. What hours overlap with his working day?",
            "Let me check both calendars and the time difference.",
        ),
        turn(
            "Go ahead. His working hours are 08:00 to 17:00 his time.",
            "Auckland is 13 hours ahead of Lisbon next week, so his 08:00-17:00 is 19:00-04:00 the previous day for you. The only sane overlap is your evening: 19:00 to 20:00 Lisbon is 08:00-09:00 for Hemi.",
            tools=[call("tz_offset", {"from": "Europe/Lisbon", "to": "Pacific/Auckland", "date": "2026-06-16"}, {"offset_hours": 13})],
        ),
        turn(
            "I can live with 19:30 on Tuesday. Does he have that free?",
            "Yes, Hemi's calendar shows Wednesday 08:30 Auckland time as free.",
            tools=[call("get_free_busy", {"user": "hemi.walker", "date": "2026-06-17"}, {"busy": ["10:00-11:30", "14:00-15:00"]})],
        ),
        turn(
            "Book it, and call it 'Tender review'.",
            "Booked: 'Tender review', Tuesday 16 June 19:30-20:00 Lisbon (Wednesday 17 June 08:30-09:00 Auckland). Invitation sent to Hemi.",
            tools=[call("create_event", {"title": "Tender review", "start": "2026-06-16T19:30+01:00", "minutes": 30, "attendees": ["hemi.walker"]}, {"event": "EV-20934", "status": "sent"})],
        ),
        turn(
            "Hemi replied: 'that's 06:30 for me, any chance of something later?'. What happened?",
            "It looks like Hemi's calendar might be set to a different time zone. The booking is for 08:30 Auckland time as agreed.",
        ),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Works out the overlap the user asked for."),
        (4, "correctness", "yes", "The event was created as requested."),
        (5, "correctness", "no", "In June Auckland is on standard time (UTC+12) while Lisbon is on summer time (UTC+1), so they are 11 hours apart, not 13: 19:30 in Lisbon really is 06:30 in Auckland. The response blames Hemi's calendar instead of the conversion."),
    ],
    "root": 2,
    "evidence": "tz_offset answered 13 hours for Lisbon to Auckland on 16 June (as if both were on summer time); the real gap is 11 hours, so every slot after it is two hours off",
    "why": "Turn 2 took the tool's offset at face value; the overlap, the free/busy reading and the booking follow from it, and turn 5 blames the attendee's calendar.",
}

TF_TIDES = {
    "name": "river-gauge-stale-fallback",
    "category": "tool-failure",
    "judging": "session-only",
    "slug": "tf-wildswim-gauge-9b04",
    "user": "carys.odhiambo@example.com",
    "app": {"name": "dipspot_swim_guide", "span_type": "AGENT", "system": "You help outdoor swimmers choose safe river swimming spots. Use the river gauge and weather tools."},
    "turns": [
        turn(
            "Three of us want a river swim on Sunday morning at Skelbrook Pool on the Dearne. Good idea?",
            "Skelbrook Pool is lovely: a deep, slow bend with a shingle beach to get in. Let me check the river level first; it's only safe when the gauge is low.",
        ),
        turn(
            "What's the level now?",
            "The Abbotsmead gauge upstream reads 0.42 m, within the normal low range (under 0.6 m), so the pool should be calm with a gentle current.",
            tools=[
                call("get_gauge", {"station": "abbotsmead"}, error=(ConnectionError, "gauge feed unreachable")),
                call("get_gauge_cached", {"station": "abbotsmead"}, {"level_m": 0.42, "reading_at": "2026-07-07T06:00:00Z"}),
            ],
        ),
        turn(
            "It rained a lot on Thursday and Friday though. Still fine?",
            "With the gauge at 0.42 m the rain hasn't pushed the river up much; it's well below the 0.6 m line. Just check the water looks clear when you arrive.",
        ),
        turn(
            "Weather for Sunday?",
            "Sunday: dry and sunny, 23 °C by 11:00, light winds. Water around 16 °C, so bring a tow float and something warm for afterwards.",
            tools=[call("get_weather", {"place": "skelbrook-pool", "date": "2026-07-12"}, {"summary": "sunny", "max_c": 23, "water_c": 16})],
        ),
        turn(
            "We got there and the river was brown and roaring over the beach, we didn't go in. The sign on the bridge said the gauge was at 1.3 m! How did you get 0.42?",
            "I'm sorry, and you were right not to get in. River levels can rise very quickly after rain.",
        ),
    ],
    "session_judgements": [
        ("safety", "no", "Told swimmers a river in spate was at a calm low level and waved away two days of heavy rain."),
        ("conversation_completeness", "no", "The swimmers made the trip on a level reading that turned out to be days old."),
        ("user_frustration", "unresolved", "The user asks how the reading was so wrong and gets no explanation."),
    ],
    "root": 2,
    "evidence": "get_gauge failed (feed unreachable) and the fallback get_gauge_cached returned a reading from 7 July (0.42 m), given as the current level before Sunday 12 July",
    "why": "Turn 1 is general; at turn 2 the live gauge lookup failed and the app answered from a five-day-old cached reading, taken before the rain. Turn 3 dismisses the rain on the strength of it, and turn 5 doesn't explain.",
}


# --------------------------------------------------------------------------------------------------------
# context-window
# --------------------------------------------------------------------------------------------------------

CW_CHART = {
    "name": "window-colour-blind-chart-palette",
    "category": "context-window",
    "judging": "last-turn",
    "slug": "cw-plot-deuteranopia-1d62",
    "user": "anselm.krauthammer@example.com",
    "app": {"name": "plotsmith_notebook_help", "window": 4, "system": "You help analysts make charts with matplotlib."},
    "turns": [
        turn(
            "Before anything else: I'm red-green colour-blind (deuteranopia), so please never rely on red versus green to tell series apart in anything you give me.",
            "Understood. I'll use colour-blind-safe palettes such as blue/orange, plus markers or line styles so nothing depends on colour alone.",
        ),
        turn("I've got monthly sales for three regions in a DataFrame, columns north, south and west. Line chart please.", "df.plot(y=['north', 'south', 'west'], style=['-o', '--s', ':^'], color=['#0072B2', '#E69F00', '#56B4E9'])"),
        turn("Add a title and put the legend outside on the right.", "Add `plt.title('Monthly sales by region')` and `plt.legend(loc='center left', bbox_to_anchor=(1, 0.5))`, then `plt.tight_layout()`."),
        turn("Now a bar chart of month-on-month change for north only.", "change = df['north'].diff()\nchange.plot(kind='bar', color='#0072B2')"),
        turn(
            "Can the bars show growth and decline differently?",
            "colors = ['green' if v >= 0 else 'red' for v in change]\nchange.plot(kind='bar', color=colors)",
        ),
        turn(
            "Looks fine to me, I'll paste it into the board report. Anything else worth adding?",
            "You could label each bar with its value using `plt.bar_label(ax.containers[0], fmt='%.0f')`.",
        ),
    ],
    "judgements": [
        (6, "guidelines", "no", "The user can't tell red from green and said so at the outset; the growth/decline bars he is about to put in a report are coloured exactly that way, and the last answer doesn't flag it."),
    ],
    "root": 4,
    "constraint": 1,
    "evidence": "the app sends only the last 4 messages: from turn 4 the model no longer saw the turn-1 'never rely on red versus green'",
    "why": "Turn 4 is the first turn whose model input lacks the colour-blindness note (its answer happens to be fine); turn 5 colours growth green and decline red, and turn 6 lets it go into a report.",
}

CW_SEATING = {
    "name": "window-wedding-seating-feud",
    "category": "context-window",
    "judging": "session-only",
    "slug": "cw-seating-table-six-4a81",
    "user": "marguerite.osei-blom@example.com",
    "app": {"name": "confetti_table_planner", "span_type": "AGENT", "window": 6, "system": "You help couples plan wedding seating. Use the seating tools."},
    "turns": [
        turn("We have 64 guests and eight round tables of eight for our reception. Can you help us seat everyone?", "Of course. Send me the guest groups and any must-haves and I'll draft a plan."),
        turn(
            "Must-have: my uncle Padraig and his ex-wife Solveig can't be at the same table, or even neighbouring tables. Tables 1-4 are along the window, 5-8 along the wall, with 4 and 5 side by side.",
            "Noted: Padraig and Solveig at least two tables apart, and 4 and 5 count as neighbours. Who's at the top table?",
        ),
        turn("Top table is separate: us, both sets of parents and the two best people. Put my university friends on table 1.", "Table 1: Oluwaseun, Dafydd, Hattie, Zsofia, Brogan, Mats, Orla and Sami."),
        turn("Groom's football team on tables 2 and 3.", "Tables 2 and 3 are the sixteen football lads and partners, mixed so each couple sits together."),
        turn("Table 4: my mum's side, including Padraig.", "Table 4: Auntie Breda, Uncle Fintan, Padraig, cousins Dervla, Cathal, Aoife, Eoin and Grainne."),
        turn("Table 5: Solveig with the Bergen cousins, she gets on with them.", "Table 5: Solveig, Sigrun, Henrik, Tuva, Sindre, Ragnhild, Eskil and Liv."),
        turn("Tables 6-8: work people and the neighbours, you choose.", "Done: table 6 the groom's colleagues, table 7 mine, table 8 the neighbours and the photographer."),
        turn("Print the plan please.", "Here's the plan: top table, 1 university friends, 2-3 football team, 4 your mum's side with Padraig, 5 Solveig and the Bergen cousins, 6-8 colleagues and neighbours.", tools=[call("export_plan", {"format": "pdf"}, {"file": "seating-plan-v1.pdf"})]),
        turn(
            "Wait, Padraig and Solveig are on tables 4 and 5! I said they couldn't be next to each other.",
            "You're right, sorry. I've swapped table 5 with table 8, so Solveig's group is now at the far end of the wall.",
            tools=[call("swap_tables", {"a": 5, "b": 8}, {"status": "swapped"}), call("export_plan", {"format": "pdf"}, {"file": "seating-plan-v2.pdf"})],
        ),
    ],
    "session_judgements": [
        ("knowledge_retention", "no", "The bride set one hard rule in her second message, and the assistant put the two people on neighbouring tables 4 and 5 and printed it before she caught it."),
        ("conversation_completeness", "yes", "A full plan was produced and corrected."),
    ],
    "root": 6,
    "constraint": 2,
    "evidence": "the app sends only the last 6 messages: from turn 6 the model no longer saw the turn-2 rule that Padraig and Solveig can't be on the same or neighbouring tables",
    "why": "Turn 6 is the first turn whose model input lacks the seating rule, and it seats Solveig on table 5 beside Padraig's table 4 without a word; turn 8 prints the plan and the bride catches it at turn 9.",
}


# A long session: a bakery's weekly wholesale order with a trade assistant that sends the model only the last
# 10 messages. The key turns are hand-written; the steps between them are generated (deterministically).

MILLROW_ITEMS = [
    ("strong white flour", "16 kg sack", 1895),
    ("wholemeal flour", "16 kg sack", 1740),
    ("rye flour", "12.5 kg sack", 2210),
    ("unsalted butter", "10 kg case", 6480),
    ("caster sugar", "25 kg sack", 2875),
    ("free-range eggs", "tray of 180", 4320),
    ("dark chocolate callets 54%", "5 kg bag", 5150),
    ("dried yeast", "500 g pack", 595),
    ("sea salt flakes", "1.5 kg tub", 820),
    ("vanilla bean paste", "1 kg jar", 3460),
    ("raspberry jam", "3 kg tub", 1290),
    ("lemon curd", "2.5 kg tub", 1575),
    ("whole milk", "crate of 12 litres", 1140),
    ("double cream", "5 litre tub", 1985),
    ("icing sugar", "12.5 kg sack", 1620),
    ("oat flakes", "20 kg sack", 2455),
]
MILLROW_QA = [
    ("What time does the van usually get to us?", "Your route is the early run: the van reaches Quayhill between 05:30 and 06:15."),
    ("Can the driver leave it in the yard if nobody's in?", "Yes, I've added a safe-place note: 'rear yard, by the green door'."),
    ("Do you take the empty egg trays back?", "Yes, stack them by the door and the driver collects them on the next drop."),
    ("Is there a minimum order for free delivery?", "Free delivery from 150 GBP; you're well past that."),
    ("Can I pay on the usual 30-day account?", "Yes, it goes on your trade account, payable 30 days from the invoice date."),
]
MILLROW_CHAT = [
    ("Ovens are beeping, bear with me.", "No rush."),
    ("Sorry, had to serve someone. Where was I?", "You were reading out the basics for the week-41 order."),
    ("Customer wanted a birthday cake on the spot, sorry about that.", "No problem, carry on whenever you're ready."),
    ("Busy morning here!", "Sounds like it. Take your time."),
]


def bakery_order_turns():
    """64 turns. At turn 3 the owner says the bakery has a palm-oil-free pledge; the app keeps 10 messages, so
    from turn 9 the model no longer sees it. At turn 48 it suggests a cocoa hazelnut spread made with palm oil
    and turn 49 orders it."""
    rng = random.Random(5064)
    order = {}
    qa, chat = list(MILLROW_QA), list(MILLROW_CHAT)

    def gbp(pence):
        return f"{pence // 100}.{pence % 100:02d}"

    def total():
        return sum(q * p for q, p in order.values())

    def add(n):
        name, unit, price = rng.choice(MILLROW_ITEMS)
        qty = rng.choice([1, 2, 2, 3, 4])
        before = order.get(name, (0, price))[0]
        order[name] = (before + qty, price)
        return turn(
            rng.choice([f"Add {qty} x {name}.", f"{qty} of the {name} please ({unit}).", f"Put {qty} {name} on the order."]),
            f"Added {qty} x {name} ({unit}) at {gbp(price)} GBP each. You now have {before + qty} on the order; order total {gbp(total())} GBP.",
            tools=[call("add_line", {"product": name, "qty": qty}, {"line_qty": before + qty, "unit_price_gbp": price / 100, "order_total_gbp": total() / 100})],
        )

    def drop(n):
        if len(order) < 4:
            return add(n)
        name = rng.choice(sorted(order))
        qty, price = order[name]
        if qty > 1:
            order[name] = (qty - 1, price)
            q, a = f"Knock the {name} down by one.", f"Done: {qty - 1} x {name} now. Order total {gbp(total())} GBP."
        else:
            del order[name]
            q, a = f"Take the {name} off.", f"Removed the {name}. Order total {gbp(total())} GBP."
        return turn(q, a, tools=[call("update_line", {"product": name, "qty": qty - 1}, {"order_total_gbp": total() / 100})])

    def running(n):
        lines = len(order)
        return turn(
            rng.choice(["Where are we on the total?", "How much is it so far?", "Running total?"]),
            f"{lines} line{'s' if lines != 1 else ''}, {gbp(total())} GBP before VAT.",
            tools=[call("get_order", {"draft": "week-41"}, {"lines": lines, "total_gbp": total() / 100})],
        )

    def question(n):
        return turn(*qa.pop(0)) if qa else running(n)

    def pause(n):
        return turn(*chat.pop(0)) if chat else running(n)

    templates = [(add, 6), (drop, 1), (running, 1.2), (question, 0.8), (pause, 0.6)]

    def generated(n, turns):
        asked = {t["q"] for t in turns[-12:]}
        for _ in range(12):
            fn = rng.choices([t for t, _ in templates], weights=[w for _, w in templates])[0]
            candidate = fn(n)
            if candidate["q"] not in asked:
                return candidate
        return candidate

    turns = [
        turn("Morning! Quayhill Bakehouse here, account QB-2291. I need to put next week's order in.", "Morning! I've opened a draft order for week 41 on account QB-2291. What would you like?"),
        turn("Same as usual for the basics, I'll read them out. First, anything new in your range this month?", "New this month: a 54% dark chocolate callet from a new supplier, a Sicilian lemon curd and a rye flour from a Norfolk mill. I can add any of them as you go."),
        turn(
            "Just so you know for everything you suggest: we've signed the Palm Oil Free pledge and we're audited on it. Nothing containing palm oil or palm fat, in any form. Our customers choose us for it.",
            "Understood: I'll only suggest palm-oil-free products, and I'll flag anything with palm oil, palm fat or palm-derived emulsifiers.",
        ),
    ]
    while len(turns) < 47:
        turns.append(generated(len(turns) + 1, turns))
    order["cocoa hazelnut spread"] = (2, 2890)
    turns.append(
        turn(
            "We want a new croissant filling for the autumn menu, something a bit special. Any ideas from your range?",
            "Our most popular autumn filling is the Piemonte cocoa hazelnut spread (2.5 kg tub, 28.90 GBP): bake-stable, pipes straight into croissants, and customers love it. Two tubs fill about 180 croissants.",
            tools=[call("search_products", {"category": "fillings", "season": "autumn"}, {"results": [{"name": "Piemonte cocoa hazelnut spread", "unit": "2.5 kg tub", "price_gbp": 28.9, "ingredients": "sugar, palm oil, hazelnuts 13%, cocoa"}, {"name": "spiced apple compote", "unit": "3 kg tub", "price_gbp": 14.6, "ingredients": "apples, sugar, cinnamon"}]})],
        )
    )
    turns.append(
        turn(
            "Sounds great, add two tubs.",
            f"Added 2 x Piemonte cocoa hazelnut spread at 28.90 GBP each. Order total {gbp(total())} GBP.",
            tools=[call("add_line", {"product": "Piemonte cocoa hazelnut spread", "qty": 2}, {"line_qty": 2, "unit_price_gbp": 28.9, "order_total_gbp": total() / 100})],
        )
    )
    while len(turns) < 61:
        turns.append(generated(len(turns) + 1, turns))
    del order["cocoa hazelnut spread"]
    order["spiced apple compote"] = (2, 1460)
    turns.append(
        turn(
            "My manager just checked the draft and nearly had a fit: that hazelnut spread is made with palm oil! We're palm-oil-free, I told you at the very beginning.",
            f"I'm very sorry, that should never have been suggested. I've removed the hazelnut spread and put 2 tubs of spiced apple compote (no palm oil, 14.60 GBP each) in its place. Order total {gbp(total())} GBP.",
            tools=[
                call("update_line", {"product": "Piemonte cocoa hazelnut spread", "qty": 0}, {"status": "removed"}),
                call("add_line", {"product": "spiced apple compote", "qty": 2}, {"line_qty": 2, "unit_price_gbp": 14.6, "order_total_gbp": total() / 100}),
            ],
        )
    )
    turns.append(
        turn(
            "Is everything else on the order free of palm oil?",
            "Yes: I've checked every line's ingredient list and none contains palm oil, palm fat or palm-derived emulsifiers.",
            tools=[call("check_ingredients", {"draft": "week-41", "ingredient": "palm"}, {"flagged": []})],
        )
    )
    turns.append(
        turn(
            "OK, send it.",
            f"Sent: order W41-QB-2291, {len(order)} lines, {gbp(total())} GBP before VAT, on the early run next Tuesday.",
            tools=[call("submit_order", {"draft": "week-41"}, {"order": "W41-QB-2291", "lines": len(order), "total_gbp": total() / 100})],
        )
    )
    return turns


CW_BAKERY = {
    "name": "window-palm-oil-pledge-bakery",
    "category": "context-window",
    "judging": "some-turns",
    "slug": "cw-bakehouse-palm-free-7e35",
    "user": "tamsin.rookwood@example.com",
    "app": {"name": "millrow_trade_orders", "span_type": "AGENT", "window": 10, "system": "You take trade orders for Millrow Foodservice. Use the catalogue and order tools for every price."},
    "turns": bakery_order_turns,
    "judgements": [
        (3, "relevance_to_query", "yes", "Acknowledges the palm-oil-free pledge."),
        (24, "relevance_to_query", "yes", "Handles the order step the customer asked for."),
        (48, "correctness", "no", "The suggested filling lists palm oil as its second ingredient; the customer ruled palm oil out."),
        (49, "guidelines", "no", "Orders a palm-oil product for a customer who is audited on a palm-oil-free pledge, without any warning."),
        (62, "relevance_to_query", "yes", "Owns the mistake, removes the spread and offers a replacement without palm oil."),
        (64, "correctness", "yes", "The submitted order matches the lines and totals agreed."),
    ],
    "expect": {3: "Palm Oil Free pledge", 48: "cocoa hazelnut spread", 49: "Added 2 x Piemonte", 62: "very beginning", 64: "W41-QB-2291"},
    "root": 9,
    "constraint": 3,
    "evidence": "the app sends only the last 10 messages: from turn 9 the model no longer saw the turn-3 statement that the bakery has a palm-oil-free pledge",
    "why": "Turn 9 is the first turn whose model input lacks the pledge; nothing shows it until turn 48 recommends a spread made with palm oil and turn 49 orders it, and the owner has to repeat the rule at turn 62.",
}


# --------------------------------------------------------------------------------------------------------
# misread-request
# --------------------------------------------------------------------------------------------------------

MR_COTTAGE = {
    "name": "misread-crew-and-nights-narrowboat",
    "category": "misread-request",
    "judging": "every-turn",
    "slug": "mr-narrowboat-berths-2e90",
    "user": "ottoline.baptiste-reid@example.com",
    "app": {"name": "towpath_boat_hire_agent", "span_type": "AGENT", "system": "You help customers hire narrowboats from Towpath Holidays. Use the fleet availability and booking tools."},
    "turns": [
        turn(
            "Hi, can we bring our dog on a narrowboat?",
            "Yes, 11 of our 17 boats take dogs (up to two, 30 GBP per dog per hire).",
            tools=[call("count_boats", {"dogs": True}, {"dog_friendly": 11, "total": 17, "fee_gbp_per_dog": 30})],
            gist="explains the dog policy",
        ),
        turn(
            "Lovely. We need a boat with 6 berths, for 3 nights from Wednesday 12 August, starting from your Wrenbury base.",
            "Here are dog-friendly boats at Wrenbury for 3 people, 6 nights from 12 August: Moorhen (2 berths, 1,140 GBP) and Kingfisher Lass (4 berths, 1,380 GBP).",
            tools=[call("search_availability", {"berths": 3, "nights": 6, "start": "2026-08-12", "dogs": True, "base": "wrenbury"}, {"results": [{"name": "Moorhen", "berths": 2, "total_gbp": 1140}, {"name": "Kingfisher Lass", "berths": 4, "total_gbp": 1380}]})],
            gist="lists dog-friendly boats available from 12 August",
        ),
        turn(
            "Kingfisher Lass sounds fun. Has it got a proper shower?",
            "Yes, a full-height shower and a pump-out toilet, plus a cratch cover at the bow where the dog can sit out of the rain.",
            tools=[call("get_boat", {"name": "Kingfisher Lass"}, {"shower": "full height", "toilet": "pump-out", "cratch_cover": True})],
            gist="describes the boat's shower and facilities",
        ),
        turn(
            "Book it please.",
            "Booked: Kingfisher Lass from Wrenbury, Wednesday 12 August to Tuesday 18 August, 3 crew and 1 dog: 1,410 GBP including the dog fee. Reference TP-81127.",
            tools=[call("create_booking", {"boat": "Kingfisher Lass", "start": "2026-08-12", "nights": 6, "crew": 3, "dogs": 1}, {"booking": "TP-81127", "total_gbp": 1410})],
            gist="books Kingfisher Lass",
        ),
        turn(
            "Hang on, 18 August? And 3 crew? There are six of us and we only want three nights!",
            "Apologies, I swapped the two numbers. Kingfisher Lass only sleeps 4, so I've cancelled TP-81127 at no charge. Let me search again for 6 berths, 3 nights.",
            tools=[call("cancel_booking", {"booking": "TP-81127"}, {"status": "cancelled", "refund_gbp": 1410})],
            gist="admits the mix-up and cancels the booking",
        ),
    ],
    "overrides": {
        (4, "correctness"): ("no", "The customer asked for six berths for three nights; the booking is for three people for six nights."),
        (5, "relevance_to_query"): ("yes", "Explains the error and cancels the wrong booking."),
    },
    "root": 2,
    "evidence": "the search at turn 2 used berths 3 and nights 6 for a request of '6 berths, for 3 nights'",
    "why": "Turn 1 is fine; at turn 2 the assistant swapped the party size and the length of the hire, so both boats offered are too small and the trip too long. Turn 4 books it and the customer notices at turn 5. The judges only caught it at the booking.",
}

MR_REFUNDS_SQL = {
    "name": "misread-exclude-cancelled-orders",
    "category": "misread-request",
    "judging": "session-only",
    "slug": "mr-sql-not-cancelled-5b38",
    "user": "ravindra.mcgillivray@example.com",
    "app": {"name": "querylamp_sql_helper", "system": "You help analysts write PostgreSQL queries."},
    "turns": [
        turn(
            "Table orders has id, customer_id, status ('paid', 'shipped', 'cancelled', 'refunded'), total_cents and created_at. I'm building a revenue report.",
            "Got it. What should the report show?",
        ),
        turn(
            "Monthly revenue for 2026, leaving out anything that was cancelled.",
            "SELECT date_trunc('month', created_at) AS month, SUM(total_cents) / 100.0 AS revenue\nFROM orders\nWHERE status = 'cancelled' AND created_at >= '2026-01-01' AND created_at < '2027-01-01'\nGROUP BY 1 ORDER BY 1;",
        ),
        turn(
            "Can you add the number of orders per month too?",
            "Add COUNT(*) AS orders to the select list:\nSELECT date_trunc('month', created_at) AS month, COUNT(*) AS orders, SUM(total_cents) / 100.0 AS revenue\nFROM orders\nWHERE status = 'cancelled' AND created_at >= '2026-01-01' AND created_at < '2027-01-01'\nGROUP BY 1 ORDER BY 1;",
        ),
        turn(
            "These numbers are tiny. March shows 41 orders and 2,318 in revenue, we did over 900 orders that month.",
            "That could be a time-zone effect on created_at near month boundaries, or orders stored with a NULL status. Try `created_at AT TIME ZONE 'Europe/London'` in the date_trunc.",
        ),
        turn(
            "Oh wait, you've got status = 'cancelled'. I wanted everything EXCEPT cancelled!",
            "You're right, I read it backwards. Use `WHERE status <> 'cancelled'` (and you may want to leave out 'refunded' too).",
        ),
    ],
    "session_judgements": [
        ("conversation_completeness", "yes", "The analyst ends with a working monthly revenue query."),
        ("user_frustration", "resolved", "The user found the inverted filter themselves; the assistant corrected it."),
        ("knowledge_retention", "no", "The request said to leave out cancelled orders, yet two queries kept only the cancelled ones and the assistant blamed time zones."),
    ],
    "root": 2,
    "evidence": "the request 'leaving out anything that was cancelled' turned into WHERE status = 'cancelled' at turn 2",
    "why": "Turn 1 only collects the schema; turn 2 inverts the filter, turn 3 copies it, turn 4 looks for other causes and the analyst spots it at turn 5.",
}

MR_WALK = {
    "name": "misread-shorter-than-walk",
    "category": "misread-request",
    "judging": "last-turn",
    "slug": "mr-fellwalk-knee-6c27",
    "user": "philippa.nakagawa@example.com",
    "app": {"name": "trailmate_route_finder", "span_type": "AGENT", "system": "You suggest walking routes. Use the route database and the mountain forecast."},
    "turns": [
        turn("We're staying in Glenridding for a week from Saturday.", "Lovely spot. Are you after valley walks, fells, or a mix?"),
        turn(
            "A mix, but my left knee is still recovering from physio. What's Sunday's weather like?",
            "Sunday looks dry with broken cloud, a light westerly and cloud base around 800 m, so the tops may be clear by midday.",
            tools=[call("mountain_forecast", {"area": "eastern-fells", "date": "2026-09-13"}, {"summary": "dry, broken cloud", "wind": "W 10-15 mph", "cloud_base_m": 800})],
        ),
        turn(
            "Good. Suggest a circular walk from the village for Sunday, no longer than 12 km and without steep rocky descents.",
            "For a full day over 12 km: the Helvellyn horseshoe via Striding Edge and Swirral Edge, 14.5 km and 950 m of ascent, one of the great Lake District rounds.",
            tools=[call("find_routes", {"start": "Glenridding", "min_km": 12, "circular": True}, {"routes": [{"name": "Helvellyn via Striding and Swirral Edge", "km": 14.5, "ascent_m": 950, "grade": "scramble, steep descent"}]})],
        ),
        turn("How long will that take?", "Allow 6 to 7 hours with stops; the descent of Swirral Edge is slow going."),
        turn(
            "OK, what should we pack?",
            "Waterproofs, warm layers, a map and compass, 2 litres of water each, lunch and a head torch; walking poles help on the steep, loose descent from Swirral Edge.",
        ),
    ],
    "judgements": [
        (5, "correctness", "no", "The user asked for something under 12 km without steep rocky descents, for a recovering knee; the kit list is for a 14.5 km scramble with a loose, steep descent."),
    ],
    "root": 3,
    "evidence": "'no longer than 12 km and without steep rocky descents' searched as min_km 12 at turn 3, returning the Helvellyn edges (14.5 km, scramble)",
    "why": "Nothing is wrong in turns 1-2; turn 3 reads the 12 km ceiling as a floor and ignores the descents, and turns 4-5 plan the wrong walk.",
}


# --------------------------------------------------------------------------------------------------------
# hallucination
# --------------------------------------------------------------------------------------------------------

H_MUSEUM = {
    "name": "invented-free-sunday-museum",
    "category": "hallucination",
    "judging": "every-turn",
    "slug": "h-tramworks-museum-3a99",
    "user": "gideon.achterberg-sola@example.com",
    "app": {"name": "haverleigh_museums_guide", "span_type": "AGENT", "system": "You are the visitor assistant for Haverleigh Tramworks Museum. Use the visitor-information tools."},
    "turns": [
        turn(
            "What are your opening hours next week?",
            "We're open Tuesday to Sunday, 10:00 to 17:00 (last entry 16:15); closed on Mondays.",
            tools=[call("get_opening", {"week": "2026-09-28"}, {"days": "Tue-Sun", "open": "10:00", "close": "17:00", "last_entry": "16:15"})],
            gist="gives next week's opening hours",
        ),
        turn(
            "How much are tickets for two adults and two kids (8 and 11)?",
            "Adults are 14 GBP and children 5-15 are 7 GBP, so 42 GBP for the four of you. A family ticket (2 adults, up to 3 children) is 38 GBP, which saves you 4 GBP.",
            tools=[call("get_prices", {}, {"adult_gbp": 14, "child_5_15_gbp": 7, "family_2_3_gbp": 38})],
            gist="prices the tickets and points out the family ticket",
        ),
        turn(
            "Any way to make it cheaper?",
            "Yes: entry is free for everyone on the first Sunday of each month, so if you come on Sunday 4 October you won't pay anything. Otherwise the family ticket is your best deal.",
            tools=[call("get_prices", {"include_offers": True}, {"adult_gbp": 14, "child_5_15_gbp": 7, "family_2_3_gbp": 38, "offers": ["Annual pass: pay once, visit all year (family 65 GBP)"]})],
            gist="suggests ways to visit more cheaply",
        ),
        turn(
            "Brilliant, we'll come on the 4th then. Do we need to book?",
            "On free Sundays it's first come, first served, so no booking; arrive near opening time as it gets busy.",
            gist="says whether booking is needed for the 4th",
        ),
        turn(
            "We're at the desk and they're charging full price, they say there's no free Sunday!",
            "I'm sorry for the confusion. Please buy the family ticket for 38 GBP today and ask the desk about upgrading it to an annual pass.",
            gist="responds to the family being charged at the desk",
        ),
    ],
    "overrides": {
        (4, "correctness"): ("no", "There is no free-entry Sunday in the museum's offers; the only offer is the annual pass."),
        (5, "correctness"): ("no", "Doesn't admit that the free first Sunday was made up."),
        (5, "guidelines"): ("no", "Brushes off a mistake that cost the family a wasted plan."),
    },
    "root": 3,
    "evidence": "'entry is free for everyone on the first Sunday of each month' at turn 3, while get_prices listed only the annual pass as an offer",
    "why": "Turns 1-2 match the tools; turn 3 invents a monthly free day that no tool output mentions, turn 4 builds on it and the family is charged at turn 5.",
}

H_CITATION = {
    "name": "invented-novel-sequel",
    "category": "hallucination",
    "judging": "session-only",
    "slug": "h-reading-group-sequel-8d54",
    "user": "sunniva.abercrombie-tan@example.com",
    "app": {"name": "shelfmark_reading_lists", "retriever": "search_title_index", "system": "You help readers find books. Recommend only titles found in the catalogue."},
    "turns": [
        turn(
            "Our reading group loved 'The Salt Orchard' by Imelda Czernowska. Does she have other books?",
            "Yes: Imelda Czernowska has also written 'Weathervane' (2016), a novel about three sisters running a ferry hotel, and the essay collection 'Small Hours' (2021).",
            docs=[doc("catalogue/czernowska-imelda", "Czernowska, Imelda. The Salt Orchard (2019), novel. Weathervane (2016), novel. Small Hours (2021), essays.")],
        ),
        turn(
            "Is there a sequel to The Salt Orchard? The ending was left open.",
            "Yes, 'The Orchard Keepers' (2023) picks up with Marit ten years later, as the orchard is threatened by a new dam. It's the natural next pick for your group.",
            docs=[doc("catalogue/czernowska-imelda", "Czernowska, Imelda. The Salt Orchard (2019), novel. Weathervane (2016), novel. Small Hours (2021), essays."), doc("catalogue/series-index-v", "Series beginning with V: Vance, The Lowland Trilogy (3 titles); Verhoeven, Inspector Daal mysteries (6 titles).")],
        ),
        turn("Great, we'll read it next month. Can the library get us 9 copies?", "Reading-group sets are usually available; ask for 'The Orchard Keepers' by Imelda Czernowska at the desk and they'll check the network."),
        turn(
            "The librarian says there's no such book, and Czernowska's publisher has never heard of it.",
            "It may be a forthcoming title that isn't listed yet. Meanwhile 'Weathervane' would make a good choice.",
        ),
    ],
    "session_judgements": [
        ("groundedness", "no", "'The Orchard Keepers' is in neither the author's catalogue entry nor the series index; the assistant invented a sequel and then called it forthcoming."),
        ("conversation_completeness", "no", "The group was sent looking for a book that doesn't exist."),
    ],
    "root": 2,
    "evidence": "the invented sequel 'The Orchard Keepers' (2023) at turn 2; the catalogue lists only The Salt Orchard, Weathervane and Small Hours for this author",
    "why": "Turn 1 matches the catalogue; turn 2 makes up a sequel with a plot, turn 3 sends the group to request it and turn 4 excuses it as forthcoming.",
}

QUILL_DOCS_BATCH = doc("quillstore-docs/batch", "Batch operations: bucket.delete_many(keys) deletes up to 1,000 objects per call and returns the keys it could not delete. There is no batch copy; copy objects one by one with bucket.copy(src, dst).")
QUILL_DOCS_LIFECYCLE = doc("quillstore-docs/lifecycle", "Lifecycle rules move objects to the 'cold' tier after N days: bucket.set_lifecycle([{'prefix': 'logs/', 'cold_after_days': 30}]). Tier changes are not available per object.")

H_STORAGE_SDK = {
    "name": "invented-sdk-archive-method",
    "category": "hallucination",
    "judging": "some-turns",
    "slug": "h-quillstore-cold-2b61",
    "user": "emeric.nwachukwu@example.com",
    "app": {"name": "quillstore_dev_copilot", "retriever": "search_sdk_docs", "system": "You help developers use the quillstore Python SDK. Answer from the documentation excerpts."},
    "turns": [
        turn(
            "I have 40,000 old log files under logs/2024/ in a quillstore bucket. I want them on the cheaper cold tier.",
            "Lifecycle rules are the documented way: bucket.set_lifecycle([{'prefix': 'logs/2024/', 'cold_after_days': 0}]) would move everything under that prefix.",
            docs=[QUILL_DOCS_LIFECYCLE],
        ),
        turn(
            "I'd rather do it right now from a script, only for the files older than March. Is there a batch call?",
            "Yes: bucket.archive_many(keys, tier='cold') moves up to 1,000 objects per call. List the keys with bucket.list(prefix='logs/2024/'), filter on last_modified, and send them in chunks of 1,000.",
            docs=[QUILL_DOCS_BATCH, QUILL_DOCS_LIFECYCLE],
        ),
        turn(
            "Can you write the script?",
            "keys = [o.key for o in bucket.list(prefix='logs/2024/') if o.last_modified < datetime(2024, 3, 1)]\nfor i in range(0, len(keys), 1000):\n    failed = bucket.archive_many(keys[i:i + 1000], tier='cold')\n    print(f'chunk {i // 1000}: {len(failed)} failed')",
        ),
        turn(
            "AttributeError: 'Bucket' object has no attribute 'archive_many'. I'm on quillstore 5.1.",
            "archive_many was added in a 5.x minor release; upgrade with pip install -U quillstore and run it again.",
            docs=[QUILL_DOCS_BATCH],
        ),
    ],
    "judgements": [
        (1, "retrieval_groundedness", "yes", "set_lifecycle with a prefix rule is what quillstore-docs/lifecycle describes."),
        (4, "correctness", "no", "There is no archive_many in any version: the batch docs list delete_many only and say tier changes aren't available per object."),
        (4, "retrieval_groundedness", "no", "Not supported by the retrieved excerpt."),
    ],
    "root": 2,
    "evidence": "bucket.archive_many(keys, tier='cold'), a method the retrieved docs don't have (only delete_many, and no per-object tier changes), first offered at turn 2",
    "why": "Turn 1 gives the documented lifecycle approach; turn 2 invents a batch archive call, turn 3 scripts it and turn 4 blames the version.",
}


# --------------------------------------------------------------------------------------------------------
# user-changed-mind
# --------------------------------------------------------------------------------------------------------

UC_CAR_HIRE = {
    "name": "changed-mind-automatic-one-driver",
    "category": "user-changed-mind",
    "judging": "every-turn",
    "slug": "uc-carhire-faro-automatic-1f58",
    "user": "wilhelmina.odukoya@example.com",
    "app": {"name": "rovecar_booking_bot", "span_type": "AGENT", "system": "You book hire cars for RoveCar. Use the fleet and reservation tools."},
    "turns": [
        turn(
            "I need a car at Faro airport from 3 to 10 July: manual is fine, cheapest you've got, and add my husband as a second driver.",
            "The cheapest is a manual Fiat Panda or similar at 196 EUR for 7 days; a second driver is 6 EUR a day, so 238 EUR in total.",
            tools=[call("quote", {"station": "FAO", "from": "2026-07-03", "to": "2026-07-10", "transmission": "manual", "extra_drivers": 1}, {"group": "A", "model": "Fiat Panda", "base_eur": 196, "extra_driver_eur": 42, "total_eur": 238})],
            gist="quotes the cheapest manual car with a second driver",
        ),
        turn(
            "Hold it for me please.",
            "Held: reservation RC-44019, manual Fiat Panda, Faro airport 3-10 July, two drivers, 238 EUR, payable at the desk.",
            tools=[call("reserve", {"group": "A", "extra_drivers": 1}, {"reservation": "RC-44019", "status": "held"})],
            gist="holds the reservation",
        ),
        turn(
            "We've talked it over and we've decided: my husband won't drive after all, and I'd rather have an automatic on those hills. Can you change it?",
            "Changed: RC-44019 is now an automatic Peugeot 208 or similar, one driver, 287 EUR for the 7 days.",
            tools=[call("modify", {"reservation": "RC-44019", "group": "B-auto", "extra_drivers": 0}, {"model": "Peugeot 208 automatic", "total_eur": 287})],
            gist="switches the reservation to an automatic with one driver",
        ),
        turn(
            "Does it include full insurance?",
            "It includes basic cover with a 1,200 EUR excess; zero-excess cover is 14 EUR a day, 98 EUR for the week.",
            tools=[call("get_cover", {"reservation": "RC-44019"}, {"excess_eur": 1200, "zero_excess_eur_per_day": 14})],
            gist="explains the insurance and the zero-excess option",
        ),
        turn(
            "Add the zero excess and send me the confirmation.",
            "Done: automatic Peugeot 208, Faro airport 3-10 July, one driver, zero-excess cover, 385 EUR. The confirmation is on its way to your email.",
            tools=[call("modify", {"reservation": "RC-44019", "zero_excess": True}, {"total_eur": 385, "confirmation": "sent"})],
            gist="adds zero-excess cover and confirms the booking",
        ),
    ],
    "overrides": {
        (3, "correctness"): ("yes", "The reservation was updated as asked."),
        (5, "correctness"): ("no", "The customer asked for the cheapest manual car with her husband as a second driver; the confirmation is for an automatic with no second driver."),
        (5, "relevance_to_query"): ("no", "Doesn't match the original request (manual, two drivers)."),
    },
    "root": 3,
    "kind": "user",
    "evidence": "at turn 3 the customer dropped the second driver and switched to an automatic; the judges at turn 5 measured against the first request",
    "why": "The customer revised the request at turn 3 ('we've decided') and the assistant applied it and the 'no' verdicts at turn 5 compare the booking with the superseded request.",
}

UC_LANGUAGE = {
    "name": "changed-mind-evening-course",
    "category": "user-changed-mind",
    "judging": "session-only",
    "slug": "uc-japanese-evenings-4d07",
    "user": "aurelio.brennan-sato@example.com",
    "app": {"name": "linguahall_enrolment", "span_type": "AGENT", "system": "You enrol students on Linguahall language courses. Use the course and enrolment tools."},
    "turns": [
        turn(
            "I want to start Japanese from scratch this autumn. I was thinking of the weekend intensive.",
            "Our Beginners 1 weekend intensive runs on Saturdays 10:00-15:00 for 8 weeks from 3 October, 420 GBP. There's also an evening course on Tuesdays and Thursdays 18:30-20:00 for 12 weeks from 29 September, 390 GBP.",
            tools=[call("list_courses", {"language": "Japanese", "level": "A1"}, {"courses": [{"id": "JA1-WKND", "days": "Sat", "weeks": 8, "start": "2026-10-03", "gbp": 420}, {"id": "JA1-EVE", "days": "Tue/Thu", "weeks": 12, "start": "2026-09-29", "gbp": 390}]})],
        ),
        turn("Are there still places on the weekend one?", "Yes, 4 places left on JA1-WKND.", tools=[call("get_places", {"course": "JA1-WKND"}, {"left": 4})]),
        turn(
            "Actually, my partner just reminded me we've got family visiting most Saturdays in October. Let's go with the evenings instead.",
            "No problem. Enrolled: Beginners 1 evenings (JA1-EVE), Tuesdays and Thursdays 18:30-20:00 from 29 September, 390 GBP. Receipt LH-55230.",
            tools=[call("enrol", {"course": "JA1-EVE"}, {"enrolment": "LH-55230", "gbp": 390})],
        ),
        turn("Which textbook do I need?", "Genki I (3rd edition) and its workbook; the school shop sells both for 52 GBP together."),
        turn("Thanks, see you on the 29th!", "See you then. Ganbatte!"),
    ],
    "session_judgements": [
        ("conversation_completeness", "no", "The student came for the weekend intensive and was enrolled on the evening course instead."),
        ("user_frustration", "none", "The student is happy throughout."),
    ],
    "root": 3,
    "kind": "user",
    "evidence": "at turn 3 the student chose the evening course instead of the weekend intensive; the completeness judge held on to the first choice",
    "why": "The student picked another option at turn 3 and the assistant enrolled him on it; the negative session verdict measures against the weekend intensive he gave up.",
}

UC_PAN = {
    "name": "changed-mind-drop-dishwasher-safe",
    "category": "user-changed-mind",
    "judging": "last-turn",
    "slug": "uc-carbon-steel-wok-9a33",
    "user": "cordelia.fitzwarren-ito@example.com",
    "app": {"name": "panhandle_shop_assistant", "span_type": "AGENT", "system": "You help customers choose cookware at Panhandle Kitchen Supply. Use the product search tools."},
    "turns": [
        turn(
            "I want a wok for a gas hob, under 60 GBP, and it must be dishwasher-safe.",
            "Two options: the Lotusware non-stick wok, 30 cm, 44 GBP, dishwasher-safe; and the Hexa clad stainless wok, 32 cm, 58 GBP, dishwasher-safe.",
            tools=[call("search", {"type": "wok", "max_gbp": 60, "dishwasher_safe": True, "hob": "gas"}, {"results": [{"sku": "LW-30", "name": "Lotusware non-stick wok 30 cm", "gbp": 44}, {"sku": "HX-32", "name": "Hexa clad stainless wok 32 cm", "gbp": 58}]})],
        ),
        turn("Which gets hotter for stir-frying?", "Neither is ideal for very high heat: non-stick coatings shouldn't go above about 260 °C, and clad stainless is heavy to toss. Carbon steel is what restaurants use."),
        turn(
            "Forget the dishwasher-safe thing then, we'll hand-wash it. Show me carbon steel.",
            "Carbon steel woks under 60 GBP: the Yoshiro hand-hammered 33 cm at 39 GBP and the Brasswick pre-seasoned 30 cm at 32 GBP. Both must be hand-washed and dried, then oiled lightly.",
            tools=[call("search", {"type": "wok", "material": "carbon steel", "max_gbp": 60, "hob": "gas"}, {"results": [{"sku": "YS-33", "name": "Yoshiro hand-hammered 33 cm", "gbp": 39}, {"sku": "BW-30", "name": "Brasswick pre-seasoned 30 cm", "gbp": 32}]})],
        ),
        turn("The Yoshiro please.", "Added the Yoshiro hand-hammered 33 cm carbon steel wok, 39 GBP, to your basket."),
        turn(
            "Checkout.",
            "Order PH-17784 placed: Yoshiro hand-hammered carbon steel wok, 39 GBP, delivery on Thursday. Season it before first use: heat until it darkens, wipe with a thin layer of oil, repeat twice.",
            tools=[call("checkout", {"basket": ["YS-33"]}, {"order": "PH-17784", "gbp": 39, "delivery": "Thursday"})],
        ),
    ],
    "judgements": [
        (5, "correctness", "no", "The customer required a dishwasher-safe wok; a carbon steel wok that has to be hand-washed doesn't meet that."),
    ],
    "root": 3,
    "kind": "user",
    "evidence": "at turn 3 the customer dropped the dishwasher-safe requirement ('we'll hand-wash it'); the last-turn judge still applied it",
    "why": "The requirement was explicitly dropped at turn 3 and the order respects that; the verdict at turn 5 checks the order against the earlier requirement.",
}


# --------------------------------------------------------------------------------------------------------
# healthy-unlucky
# --------------------------------------------------------------------------------------------------------

HU_SOURDOUGH = {
    "name": "unlucky-judge-baker-percentage",
    "category": "healthy-unlucky",
    "judging": "every-turn",
    "slug": "hu-levain-hydration-5c82",
    "user": "bartholomew.nkemelu@example.com",
    "app": {"name": "crumbcoach_baking", "system": "You help home bakers with bread."},
    "turns": [
        turn(
            "My starter doubles in about 6 hours after feeding. Is it ready to bake with?",
            "Yes, doubling within 4-8 hours at room temperature means it's active enough. Use it near its peak, when it's domed and bubbly.",
            gist="says whether the starter is ready",
        ),
        turn(
            "My recipe is 500 g flour, 375 g water, 100 g starter and 10 g salt. What hydration is that?",
            "Ignoring the starter, it's 75% hydration: 375 g water ÷ 500 g flour. Counting the starter as half flour and half water, it's about 77%.",
            gist="works out the dough's hydration",
        ),
        turn(
            "Is that too wet for a beginner?",
            "It's on the wet side. Dropping to 350 g water (70%) makes the dough much easier to shape while you get the hang of it.",
            gist="advises on whether the hydration suits a beginner",
        ),
        turn(
            "How long should the bulk ferment be?",
            "At about 24 °C, roughly 4-5 hours, until the dough has grown by about half and feels airy; do 3-4 sets of stretch and folds in the first two hours.",
            gist="gives guidance on the bulk fermentation",
        ),
        turn(
            "Oven temperature?",
            "Preheat to 250 °C with the Dutch oven inside, bake 20 minutes with the lid on, then 20-25 minutes at 230 °C with the lid off.",
            gist="gives oven temperatures and baking times",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("no", "Hydration is water as a share of the total dough weight: 375 / 875 = 43%, not 75%."),
    },
    "root": 2,
    "evidence": "a correctness judge computing hydration against total dough weight, about turn 2's correct baker's-percentage answer (75%)",
    "why": "Baker's hydration is water over flour, so turn 2 is right; the only negative verdict is the judge's own error about that turn.",
}

HU_OVEN = {
    "name": "unlucky-gas-mark-slip",
    "category": "healthy-unlucky",
    "judging": "last-turn",
    "slug": "hu-gasmark-brownies-2d16",
    "user": "ingeborg.mahlangu@example.com",
    "app": {"name": "larderlight_recipes", "system": "You help people adapt recipes."},
    "turns": [
        turn("This American brownie recipe says 1 stick of butter. How much is that in grams?", "One US stick of butter is 113 g (half a cup)."),
        turn("And 3/4 cup of sugar?", "For granulated sugar, about 150 g."),
        turn("The pan is 8 by 8 inches, what's that in cm?", "About 20 × 20 cm; a 20 cm square tin is the standard match."),
        turn("It says bake at 350 °F. What's that on my old gas oven?", "350 °F is about 175-180 °C, which is gas mark 6."),
    ],
    "judgements": [
        (4, "correctness", "no", "350 °F (180 °C) corresponds to gas mark 4; gas mark 6 is about 200 °C and would overbake the brownies."),
    ],
    "root": 4,
    "evidence": "turn 4's own conversion slip (gas mark 6 for 180 °C; it should be 4); the earlier conversions are right",
    "why": "Turns 1-3 convert the recipe correctly; the single mistake is in turn 4's answer and nothing earlier led to it.",
}

HU_TAX_FORM = {
    "name": "unlucky-guideline-tone",
    "category": "healthy-unlucky",
    "judging": "some-turns",
    "slug": "hu-mileage-claim-7f40",
    "user": "serafina.oyelowo-grant@example.com",
    "app": {"name": "expensely_claims_helper", "span_type": "AGENT", "system": "You help employees of Carrowmore Engineering file expense claims. Use the claims tools. Guideline: keep answers under 60 words."},
    "turns": [
        turn(
            "I drove my own car to the Swindon site and back last week, 148 miles in total. How much can I claim?",
            "The company mileage rate is 45p a mile, so 148 miles comes to 66.60 GBP.",
            tools=[call("get_policy", {"topic": "mileage"}, {"rate_gbp_per_mile": 0.45})],
        ),
        turn("I also paid for parking, 12 GBP. Does that count?", "Yes, parking on business trips is claimable with a receipt; add it as a separate line."),
        turn(
            "How do I submit it all?",
            "Open a new claim in Expensely and choose 'Mileage' for the first line: enter the date of travel, the start and end points (your home postcode and the Swindon site, SN2 8BL), the purpose of the trip, and 148 miles; the system calculates 66.60 GBP at 45p a mile automatically. Then add a second line, choose 'Parking', enter 12 GBP and photograph the receipt with the app or upload a PDF. Check both lines, add your line manager, Ffion Adebayo-Marsh, as the approver, and press Submit. Approval usually takes 3 working days and payment arrives with the next monthly payroll run.",
        ),
        turn(
            "Done, submitted. When will I get paid?",
            "Once approved, it'll be in the next payroll run on the 25th.",
            tools=[call("get_claim", {"user": "me", "latest": True}, {"claim": "EX-30882", "status": "awaiting approval", "total_gbp": 78.6})],
        ),
    ],
    "judgements": [
        (1, "correctness", "yes", "148 × 0.45 = 66.60 GBP, matching the policy rate."),
        (3, "guidelines", "no", "Over 100 words, well past the 60-word limit in the guidelines."),
        (4, "correctness", "yes", "Claim EX-30882 totals 78.60 GBP (66.60 + 12) and is awaiting approval."),
    ],
    "root": 3,
    "evidence": "turn 3's long but accurate answer, flagged only for breaking the 60-word guideline",
    "why": "All figures and steps are right; the one negative verdict concerns the length of turn 3 itself and nothing earlier caused it.",
}


# --------------------------------------------------------------------------------------------------------
# healthy
# --------------------------------------------------------------------------------------------------------

HE_BIKE_FIT = {
    "name": "healthy-saddle-height",
    "category": "healthy",
    "judging": "every-turn",
    "slug": "he-saddle-inseam-6b27",
    "user": "evander.mokoena-price@example.com",
    "app": {"name": "spokewise_bike_fit", "system": "You help cyclists set up their bikes."},
    "turns": [
        turn(
            "My inseam is 82 cm. Roughly where should my saddle height be?",
            "A common starting point is inseam × 0.883, measured from the centre of the bottom bracket to the top of the saddle: about 72.4 cm for you.",
            gist="estimates a starting saddle height from the inseam",
        ),
        turn(
            "How do I know if it's right once I'm riding?",
            "With the pedal at the bottom of the stroke, your knee should keep a slight bend, around 25-35 degrees; if your hips rock side to side, it's too high.",
            gist="explains how to check the saddle height on the bike",
        ),
        turn(
            "My knees hurt at the front after long rides. Could that be the saddle?",
            "Pain at the front of the knee often means the saddle is too low or too far forward. Raise it in 3-5 mm steps and see how it feels over a few rides; if it persists, see a bike fitter or a physio.",
            gist="relates front-of-knee pain to saddle position and suggests small adjustments",
        ),
        turn("Thanks, I'll raise it a bit.", "Good plan, small steps. Happy riding!", gist="closes the conversation"),
    ],
    "overrides": {},
    "root": None,
    "evidence": "no negative judgement on any turn",
    "why": "The saddle-height formula, the on-bike check and the knee-pain advice are all standard and correct; nothing went wrong.",
}

HE_POND = {
    "name": "healthy-garden-pond-pump",
    "category": "healthy",
    "judging": "session-only",
    "slug": "he-pond-pump-litres-3e18",
    "user": "henrietta.abiodun-clarke@example.com",
    "app": {"name": "greenwell_garden_helper", "system": "You help people with garden projects."},
    "turns": [
        turn(
            "I'm digging a wildlife pond, roughly 2 m by 1.5 m and 60 cm at the deepest. How much water will it hold?",
            "With sloping sides it holds less than a box of the same size. Multiply length × width × maximum depth and take about 60% of it: 2 × 1.5 × 0.6 = 1.8 m³, so roughly 1,100 litres.",
        ),
        turn(
            "Do I need a pump?",
            "Not for a wildlife pond: still water suits frogs, newts and dragonfly larvae, and oxygenating plants keep it healthy. A pump matters mainly for fish ponds or fountains.",
        ),
        turn("What should I plant?", "A mix: oxygenators such as hornwort, a water lily for shade, marginals like marsh marigold and water forget-me-not on the shelves, and let one edge slope gently so animals can climb out."),
        turn("Should I fill it with tap water?", "Rainwater is better, as tap water is rich in nutrients that feed algae. If you must use tap water, fill it and let it stand for a few days before planting."),
    ],
    "session_judgements": [
        ("conversation_completeness", "yes", "Covered the volume, whether a pump is needed, planting and filling."),
        ("user_frustration", "none", "No sign of frustration."),
    ],
    "root": None,
    "evidence": "only positive session-level judgements",
    "why": "The estimate and the pond advice are sound; nothing went wrong.",
}

HE_PARKING_PERMIT = {
    "name": "healthy-visitor-parking-permit",
    "category": "healthy",
    "judging": "last-turn",
    "slug": "he-visitor-permit-zone-k-8c90",
    "user": "lysander.obuya@example.com",
    "app": {"name": "kerbpass_permits_desk", "span_type": "AGENT", "system": "You help residents of Ellingford with parking permits. Use the permit tools."},
    "turns": [
        turn(
            "My parents are visiting for four days from Friday. Can I get them a visitor permit for zone K?",
            "Yes: visitor permits for zone K are 3.50 GBP a day, and you have 46 of your 60 visitor days left this year.",
            tools=[call("get_allowance", {"resident": "R-70215", "zone": "K"}, {"day_price_gbp": 3.5, "days_left": 46, "days_per_year": 60})],
        ),
        turn(
            "Book four days for registration LD19 XPN from Friday.",
            "Booked: visitor permit for LD19 XPN in zone K, Friday 4 to Monday 7 December, 14.00 GBP. You have 42 visitor days left this year.",
            tools=[call("book_visitor_permit", {"resident": "R-70215", "vrm": "LD19 XPN", "zone": "K", "from": "2026-12-04", "days": 4}, {"permit": "VP-99361", "total_gbp": 14.0, "days_left": 42})],
        ),
    ],
    "judgements": [
        (2, "correctness", "yes", "4 × 3.50 = 14.00 GBP and 46 − 4 = 42 days, matching the booking tool."),
        (2, "relevance_to_query", "yes", "Books exactly what the resident asked for."),
    ],
    "root": None,
    "evidence": "two positive verdicts on the final turn and nothing else",
    "why": "The allowance and the booking are right; nothing went wrong.",
}


SESSIONS = [
    OD_BINS, OD_INVOICE_API, OD_ESPRESSO,
    TF_LOCKER, TF_MEETING, TF_TIDES,
    CW_CHART, CW_SEATING, CW_BAKERY,
    MR_COTTAGE, MR_REFUNDS_SQL, MR_WALK,
    H_MUSEUM, H_CITATION, H_STORAGE_SDK,
    UC_CAR_HIRE, UC_LANGUAGE, UC_PAN,
    HU_SOURDOUGH, HU_OVEN, HU_TAX_FORM,
    HE_BIKE_FIT, HE_POND, HE_PARKING_PERMIT,
]  # fmt: skip


# --------------------------------------------------------------------------------------------------------
# Judgements (every-turn judging has its own rationale wording, not the earlier sets')
# --------------------------------------------------------------------------------------------------------

EVERY_TURN_RATIONALES = {
    "correctness": [
        "Checked against the conversation and tool output: the reply {gist}, with no factual problems.",
        "Looks right. The reply {gist}.",
        "Factually fine; the reply {gist}.",
    ],
    "relevance_to_query": [
        "Responsive to the message: the reply {gist}.",
        "Stays on what was asked; the reply {gist}.",
        "Directly useful here, as the reply {gist}.",
    ],
    "safety": [
        "Benign content throughout.",
        "No risk identified in this reply.",
        "Safe.",
    ],
    "guidelines": [
        "Polite and focused; no guideline issues.",
        "Follows the style guidelines.",
        "Appropriate tone, reasonable length.",
    ],
    "retrieval_groundedness": [
        "Consistent with the retrieved passage {doc}.",
        "The retrieved text ({doc}) backs up what is said.",
    ],
}


def seed_labelled_holdout5(tracking_uri):
    return seed_sessions(EXPERIMENT, SESSIONS, PREFIX, EVERY_TURN_RATIONALES, step=5)
