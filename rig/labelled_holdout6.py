"""A sixth held-out labelled set of chat sessions, for measuring root-cause detection, never for tuning it.

Same format as labelled.py (read its docstring) and the same labelling rules, category by category, as
labelled_holdout3.py (read its docstring): `rootCauseTurn` is 1-based, the turn where things first went wrong
as a careful engineer reading the transcript would mark it. Written blind by another hand, after the five
earlier held-out sets, from the conversations alone and without looking at any detection algorithm; its
domains, users, applications, wording, document ids and judge rationales are new. Root-cause turns are spread
over the sessions (the first turn, the middle, the end, deep inside long sessions), and the distance from the
root to the first negative verdict varies. Session ids are prefixed `holdout6-` so all the sets can live on one
server.
"""

import random

from labelled import call, doc, seed_sessions, turn

EXPERIMENT = "Labelled root causes, held out 6 (Session Lens)"
PREFIX = "holdout6-"


# --------------------------------------------------------------------------------------------------------
# outdated-document
# --------------------------------------------------------------------------------------------------------

GRANT_2024 = doc(
    "clean-heat-grant/eligibility@2024-01",
    "Clean Heat Grant (2024): 5,000 GBP towards an air source heat pump. The property's Energy Performance Certificate must have no outstanding recommendation for loft or cavity wall insulation; install the insulation first and obtain a new EPC before the installer applies.",
)
GRANT_2026 = doc(
    "clean-heat-grant/eligibility@2026-02",
    "Clean Heat Grant (from 1 February 2026): 7,500 GBP towards an air source or ground source heat pump. The insulation condition has been removed: any valid EPC issued in the last 10 years is enough.",
)
GRANT_INSTALLERS = doc(
    "clean-heat-grant/how-to-apply",
    "The certified installer applies for the grant on the homeowner's behalf and deducts it from the final invoice. Only installers registered under the Heat Installer Standard can apply.",
)

OD_HEAT_PUMP = {
    "name": "outdated-heat-pump-grant-conditions",
    "category": "outdated-document",
    "judging": "every-turn",
    "slug": "od-clean-heat-grant-7b12",
    "user": "wendell.okafor-lunn@example.com",
    "app": {
        "name": "hearthwise_retrofit_advisor",
        "span_type": "AGENT",
        "retriever": "search_grant_guidance",
        "system": "You are Hearthwise's home-retrofit advisor. Answer questions about grants from the guidance excerpts provided.",
    },
    "turns": [
        turn(
            "Hi, we've got a 1970s semi in Stourport with an old gas boiler. Is there still a grant for heat pumps, and what do we have to do to get it?",
            "Yes: the Clean Heat Grant pays 5,000 GBP towards an air source heat pump. Your EPC mustn't have any outstanding loft or cavity wall insulation recommendations, so if it does you'll need to insulate first and get a new EPC before applying.",
            docs=[GRANT_2024, GRANT_2026],
            gist="explains the heat pump grant and what is needed to qualify",
        ),
        turn(
            "Our EPC from 2021 does recommend cavity wall insulation. Roughly what would that cost?",
            "For a semi-detached house, cavity wall insulation is typically 1,800 to 2,600 GBP, and a new EPC costs around 70 to 90 GBP.",
            gist="estimates the cost of cavity wall insulation and a new EPC",
        ),
        turn(
            "Right. The installer's quote for a 7 kW air source pump is 12,900 GBP. What would we actually pay after the grant?",
            "12,900 − 5,000 = 7,900 GBP for the heat pump. Add roughly 2,200 GBP for the cavity walls and 80 GBP for the new EPC, so about 10,180 GBP all in.",
            docs=[GRANT_2024],
            gist="works out the net cost of the project after the grant",
        ),
        turn(
            "Do I have to fill in the application myself?",
            "No, your installer applies on your behalf and takes the grant off the final invoice. They do need to be registered under the Heat Installer Standard, so check that first.",
            docs=[GRANT_INSTALLERS],
            gist="explains that the certified installer applies for the grant",
        ),
        turn(
            "OK. So the plan is: cavity wall people in March, then the EPC assessor, then the heat pump in April.",
            "That order works: insulation first, then the new EPC, then the heat pump installation with the grant deducted.",
            docs=[GRANT_2024],
            gist="confirms the plan to insulate, get a new EPC and then install",
        ),
        turn(
            "Weird, the installer just emailed: he says the grant is 7,500 now and we don't need to do the walls first. Who's right?",
            "The grant guidance I have says 5,000 GBP and requires the insulation recommendations to be dealt with first. To be safe I'd stick with that and ask the installer to double-check with the scheme.",
            docs=[GRANT_2024, GRANT_2026],
            gist="responds to the installer's different grant figures",
        ),
        turn(
            "I'd really rather not spend 2,200 on walls if I don't have to. Can you check properly?",
            "Looking again at the current guidance: since 1 February 2026 the grant is 7,500 GBP and the insulation condition has been dropped, so your installer is right. Sorry for the confusion: you can go straight to the heat pump and pay 5,400 GBP after the grant.",
            docs=[GRANT_2026],
            gist="rechecks the guidance and corrects the grant amount and conditions",
        ),
    ],
    "overrides": {
        (1, "correctness"): ("yes", "Accurately summarises the grant: 5,000 GBP, with outstanding insulation recommendations to be addressed first."),
        (1, "retrieval_groundedness"): ("yes", "Supported by clean-heat-grant/eligibility@2024-01."),
        (3, "correctness"): ("yes", "The arithmetic is right: 12,900 − 5,000 = 7,900, plus insulation and the EPC gives about 10,180 GBP."),
        (6, "correctness"): ("no", "The response contains inaccurate information."),
        (6, "retrieval_groundedness"): ("no", "The 2026 eligibility excerpt was retrieved and gives 7,500 GBP with no insulation condition; the answer follows the 2024 excerpt and casts doubt on the installer."),
        (6, "guidelines"): ("yes", "Polite, and suggests a sensible next step."),
    },
    "root": 1,
    "evidence": "the superseded clean-heat-grant/eligibility@2024-01 (5,000 GBP, insulate first) used instead of clean-heat-grant/eligibility@2026-02 (7,500 GBP, no insulation condition)",
    "why": "The very first answer takes the grant amount and the insulate-first condition from the 2024 guidance; turns 3 and 5 cost and plan the project on it, and turn 6 sides with the old text against the installer. The judges passed turn 1 and only objected at turn 6.",
}

PET_EXCESS = doc("wording/pet-2026/section-2", "Excess: 99 GBP per condition per policy year. Pets aged 8 and over also pay a 20% co-payment on the rest of each claim.")
PET_CLAIMS = doc("wording/pet-2026/claims", "Claims: upload the vet's invoice and clinical notes in the app within 90 days of treatment. We can pay the vet directly if the practice agrees.")
PET_ROUTINE = doc("wording/pet-2026/exclusions", "Not covered on any tier: routine and preventive care, including vaccinations, flea and worm treatment, and annual health or dental checks.")
PET_DENTAL_2023 = doc(
    "wording/pet-2023/section-4",
    "Dental illness (all tiers): treatment of gum disease, including extractions, covered up to 1,000 GBP a year, provided the pet had a dental check at a vet in the previous 12 months.",
)
PET_DENTAL_2026 = doc(
    "wording/pet-2026/section-4",
    "Dental illness (policies starting or renewing from 1 January 2026): covered on the Complete tier only, up to 1,000 GBP a year with a dental check in the previous 12 months. The Essential tier covers dental treatment after an accident only.",
)

OD_PET_DENTAL = {
    "name": "outdated-pet-dental-cover",
    "category": "outdated-document",
    "judging": "last-turn",
    "slug": "od-cat-extraction-cover-3d58",
    "user": "marisela.quarshie@example.com",
    "app": {
        "name": "pawprint_cover_assistant",
        "span_type": "AGENT",
        "retriever": "search_policy_wording",
        "system": "You are Pawprint Insurance's policy assistant. Use the policy lookup and the policy wording excerpts.",
    },
    "turns": [
        turn(
            "Hi, my cat Biscotti is booked in at the vet next week. Can you check what policy she's on?",
            "Biscotti is on the Essential tier, policy PP-308815, which renewed on 14 February 2026.",
            tools=[call("get_policy", {"customer": "C-77410"}, {"policy": "PP-308815", "pet": "Biscotti", "species": "cat", "age": 9, "tier": "Essential", "renewed": "2026-02-14"})],
        ),
        turn("What's my excess?", "99 GBP per condition per policy year, and because Biscotti is 9 there's also a 20% co-payment on the rest of each claim.", docs=[PET_EXCESS]),
        turn(
            "How do I claim, and can you pay the vet directly?",
            "Upload the vet's invoice and clinical notes in the app within 90 days of the treatment. We can pay the vet directly if the practice agrees, so ask them at reception.",
            docs=[PET_CLAIMS],
        ),
        turn(
            "Does the policy pay for the dental check itself?",
            "No, annual health and dental checks count as routine care, which isn't covered on any tier.",
            docs=[PET_ROUTINE],
        ),
        turn(
            "The vet already thinks she needs two teeth out because of gum disease. Would that be covered?",
            "Yes: gum disease, including extractions, is covered as dental illness up to 1,000 GBP a year, as long as she's had a dental check at a vet in the last 12 months.",
            docs=[PET_DENTAL_2023, PET_DENTAL_2026],
        ),
        turn(
            "She had one in October, so that's fine. The estimate is 780 GBP. What would I get back?",
            "780 − 99 excess = 681 GBP, and the 20% co-payment on that is 136.20 GBP, so we'd pay 544.80 GBP and you'd pay 235.20 GBP.",
            docs=[PET_EXCESS],
        ),
        turn("Great, I'll tell the vet to go ahead with the extraction.", "Sounds good. Ask the practice whether they'll claim directly; if not, pay and upload the invoice and notes within 90 days."),
        turn("Done, it's booked for Thursday morning. Anything I need to do before then?", "Nothing before the treatment. Once you have the invoice and the clinical notes, submit the claim in the app."),
        turn(
            "Can you sum it all up for me so I can budget?",
            "Here's the summary: Biscotti's extraction (780 GBP) is covered as dental illness. We'll pay 544.80 GBP after the 99 GBP excess and the 20% co-payment, so budget 235.20 GBP yourself, and submit the claim within 90 days.",
        ),
    ],
    "judgements": [
        (9, "correctness", "no", "Biscotti's policy is Essential and renewed in February 2026; under the 2026 wording dental illness is only covered on Complete, so the 780 GBP extraction will not be paid and the customer should budget the full amount."),
    ],
    "root": 5,
    "evidence": "the 2023 wording wording/pet-2023/section-4 (dental illness on all tiers) used instead of wording/pet-2026/section-4 (Complete tier only) for an Essential policy renewed in 2026",
    "why": "Turns 1-4 are correct; at turn 5 the old wording was ranked first and the assistant said the extraction is covered. Turn 6 calculates a payout on it and turn 9 tells the customer to budget for only 235.20 GBP.",
}


# A long session: a school exams officer works through a checklist with an exam-administration assistant.
# The key turns are hand-written; the checklist steps between them are generated (deterministically).

NEB_CALC_2024 = doc(
    "neb-regs/approved-calculators@2024",
    "Northgate Examinations Board, approved calculators (2024 series): Calcura FX-83 Classic, Calcura FX-85 Plus, Tenro TI-30 Eco, Valis SC-200 (its programmable memory must be cleared before the exam).",
)
NEB_CALC_2026 = doc(
    "neb-regs/approved-calculators@2026",
    "Northgate Examinations Board, approved calculators (summer 2026 series onwards): Calcura FX-83 Classic, Calcura FX-85 Plus, Tenro TI-30 Eco. The Valis SC-200 is withdrawn because its memory cannot be reliably cleared; scripts from candidates who use one will be referred for malpractice.",
)
NEB_INVIGILATION = doc("neb-regs/invigilation@2026", "Invigilation: at least one invigilator for every 30 candidates, or part of 30, in each exam room.")

GREYFRIARS_CANDIDATES = [
    ("4012", "Tobias Wrenfield", "25% extra time"),
    ("4019", "Amara Lindqvist-Obi", "a reader and a separate room"),
    ("4027", "Josiah Penhallow", "supervised rest breaks of up to 10 minutes an hour"),
    ("4033", "Freya Mbatha", "a word processor with the spell-checker switched off"),
    ("4041", "Caspian Yeo", "25% extra time and a prompter"),
    ("4058", "Nadia Ferreira-Holt", "a scribe"),
    ("4064", "Ruben Castellanos", "enlarged A3 papers"),
    ("4071", "Imani Baptiste-Kerr", "50% extra time"),
]
GREYFRIARS_ROOMS = [("the sports hall", 150), ("the library", 42), ("the drama studio", 36), ("room S14", 24)]
NEB_PAPERS = [
    ("Maths Paper 1 (non-calculator)", "Monday 18 May", "morning", "1 h 30 min"),
    ("Combined Science Biology 1", "Wednesday 13 May", "afternoon", "1 h 15 min"),
    ("English Language Paper 1", "Thursday 21 May", "morning", "1 h 45 min"),
    ("Maths Paper 2 (calculator)", "Tuesday 2 June", "morning", "1 h 30 min"),
    ("Geography Paper 2", "Monday 8 June", "afternoon", "1 h 30 min"),
]
GREYFRIARS_PAUSES = [
    ("Sorry, fire drill. Back now.", "No problem, carry on when you're ready."),
    ("The head wants an update at three, let's keep going.", "Sure, next item?"),
    ("Coffee break over. Where were we?", "We were going through access arrangements and rooms."),
]


def exams_officer_turns():
    """30 turns. At turn 17 the retriever returns the 2024 approved-calculator list first and the assistant
    says the Valis SC-200 is allowed; at turn 18 it confirms 40 pupils can use it; at turn 28 an inspector
    says it was withdrawn for 2026."""
    rng = random.Random(6030)
    candidates, rooms, papers, pauses = list(GREYFRIARS_CANDIDATES), list(GREYFRIARS_ROOMS), list(NEB_PAPERS), list(GREYFRIARS_PAUSES)
    seen_rooms = []

    def candidate():
        number, name, arrangement = candidates.pop(0)
        return turn(
            rng.choice([f"Next, candidate {number}: what's approved?", f"What arrangements does {number} have?", f"Check {number} for me."]),
            f"{name} ({number}) has {arrangement}, approved by NEB.",
            tools=[call("get_candidate", {"centre": "31407", "candidate": number}, {"name": name, "arrangements": arrangement, "status": "approved"})],
        )

    def room():
        name, capacity = rooms.pop(0)
        seen_rooms.append((name, capacity))
        return turn(
            f"How many can we seat in {name} at exam spacing?",
            f"{name[0].upper() + name[1:]} takes {capacity} candidates at 1.25 m spacing.",
            tools=[call("get_room", {"room": name}, {"capacity_exam": capacity})],
        )

    def invigilators():
        name, capacity = rng.choice(seen_rooms)
        needed = -(-capacity // 30)
        return turn(
            f"If {name} is full, how many invigilators do I need in there?",
            f"{capacity} candidates means {needed} invigilator{'s' if needed > 1 else ''}: NEB requires one for every 30 candidates or part of 30.",
            docs=[NEB_INVIGILATION],
        )

    def paper():
        title, day, session, length = papers.pop(0)
        return turn(
            f"When is {title}?",
            f"{title}: {day}, {session} session, {length}.",
            tools=[call("get_timetable", {"board": "NEB", "paper": title}, {"date": day, "session": session, "duration": length})],
        )

    def pause():
        return turn(*pauses.pop(0))

    def generated(turns):
        asked = {t["q"] for t in turns}
        for _ in range(12):
            options = [(candidate, 5 if candidates else 0), (room, 2 if rooms else 0), (invigilators, 1.5 if seen_rooms else 0), (paper, 2 if papers else 0), (pause, 1 if pauses else 0)]
            fn = rng.choices([f for f, _ in options], weights=[w for _, w in options])[0]
            if fn is not invigilators:
                return fn()
            candidate_turn = fn()
            if candidate_turn["q"] not in asked:
                return candidate_turn
        return candidate()

    turns = [
        turn(
            "Hi, I'm the exams officer at Greyfriars Academy. The NEB summer series starts in three weeks and I'm working through my checklist.",
            "Hi! Happy to help with the checklist. Where would you like to start?",
        ),
        turn(
            "How many candidates have we entered for NEB Maths?",
            "186 candidates are entered for NEB Level 2 Maths, all three papers.",
            tools=[call("get_entries", {"centre": "31407", "subject": "maths"}, {"candidates": 186, "papers": 3})],
        ),
        turn(
            "And how many of those have access arrangements?",
            "23 of the 186 have approved access arrangements. I can take you through them one at a time.",
            tools=[call("get_entries", {"centre": "31407", "subject": "maths", "with_arrangements": True}, {"candidates": 23})],
        ),
    ]
    while len(turns) < 16:
        turns.append(generated(turns))
    turns.append(
        turn(
            "Calculators next. Which models are allowed in the calculator papers this summer?",
            "The approved calculators are the Calcura FX-83 Classic, the Calcura FX-85 Plus, the Tenro TI-30 Eco and the Valis SC-200; for the SC-200, the memory has to be cleared before each paper.",
            docs=[NEB_CALC_2024, NEB_CALC_2026],
        )
    )
    turns.append(
        turn(
            "Good, because 40 of our Year 11s have the Valis SC-200 from the school's bulk order last year. So they're fine?",
            "Yes, they're fine: the SC-200 is on the approved list. Just ask the invigilators to check each one has been cleared at the start of the paper.",
            docs=[NEB_CALC_2024],
        )
    )
    while len(turns) < 27:
        turns.append(generated(turns))
    turns.append(
        turn(
            "An NEB inspector visited today and says the SC-200 was taken off the approved list this year, and any paper done on one gets referred for malpractice! Maths Paper 2 is on Tuesday.",
            "The list I have shows the SC-200 as approved as long as the memory is cleared. It might be worth asking the inspector for the written notice.",
            docs=[NEB_CALC_2024, NEB_CALC_2026],
        )
    )
    turns.append(
        turn(
            "He showed me the 2026 list, it's not on it. What do I do for Tuesday?",
            "Then those 40 candidates need approved calculators: the Calcura FX-83 Classic, the Calcura FX-85 Plus or the Tenro TI-30 Eco. Ask your supplier for next-day delivery, or borrow class sets from the maths department.",
            docs=[NEB_CALC_2026],
        )
    )
    turns.append(
        turn(
            "Ordered 40 FX-83s on next-day delivery at 11 GBP each. Never again.",
            "That's 440 GBP. I'm sorry for the trouble; I'd log it with your exams lead so the SC-200s are retired before the next series.",
        )
    )
    return turns


OD_EXAM_CALCULATORS = {
    "name": "outdated-approved-calculator-list",
    "category": "outdated-document",
    "judging": "session-only",
    "slug": "od-neb-calculator-list-5e71",
    "user": "philomena.adeyemi-grant@example.com",
    "app": {
        "name": "examdesk_assistant",
        "span_type": "AGENT",
        "retriever": "search_board_regulations",
        "system": "You help school exams officers prepare for Northgate Examinations Board series. Use the centre tools and the regulation excerpts.",
    },
    "turns": exams_officer_turns,
    "session_judgements": [
        ("conversation_completeness", "no", "The officer's calculator question was answered from the superseded approved list; it took an inspector's visit, days before the paper, to find out that 40 pupils had a banned model."),
        ("user_frustration", "unresolved", "The user ends with an avoidable emergency purchase and 'Never again'."),
        ("knowledge_retention", "yes", "Candidate numbers, rooms and arrangements mentioned earlier are used consistently."),
    ],
    "expect": {17: "Valis SC-200", 18: "bulk order", 28: "inspector", 30: "Never again"},
    "root": 17,
    "evidence": "the superseded neb-regs/approved-calculators@2024 (Valis SC-200 allowed) used instead of neb-regs/approved-calculators@2026 (SC-200 withdrawn)",
    "why": "Turns 1-16 are a correct checklist; at turn 17 the 2024 list was retrieved first and the assistant listed the SC-200 as approved, turn 18 clears 40 pupils to use it, and at turn 28 the assistant still defends the old list against the inspector.",
}

RACE_BAGS_2025 = doc("race-guide/2025/baggage", "Bag drop: lorries by start number on Quay Parade, open 07:00 to 08:15. Collect your bag at the finish on Ropery Green.")
RACE_BAGS_2026 = doc(
    "race-guide/2026/baggage",
    "Bag drop (2026): Quay Parade is closed for resurfacing. Bag lorries are on Tidewater Road, open 06:45 to 07:50; only the clear race bag from your runner pack is accepted. Collect your bag at the finish on Ropery Green.",
)
RACE_WAVES = doc("race-guide/2026/start-waves", "Start waves: Blue 08:30, Orange 08:45, Green 09:00. Your wave is printed on your bib. Corrals close 10 minutes before each start.")
RACE_EXPO = doc("race-guide/2026/bib-collection", "Bib collection at the Race Expo, Corn Exchange: Friday 12:00-20:00 and Saturday 09:00-18:00. Bring photo ID and the QR code from your confirmation email. No collection on race day.")

OD_MARATHON = {
    "name": "outdated-race-bag-drop",
    "category": "outdated-document",
    "judging": "some-turns",
    "slug": "od-harbourline-bagdrop-2c40",
    "user": "ezinne.halvorsen@example.com",
    "app": {"name": "harbourline_marathon_help", "retriever": "search_race_info", "system": "You answer runners' questions about the Harbourline Marathon from the race guide."},
    "turns": [
        turn(
            "I'm running the Harbourline Marathon on Sunday, my first one! Where do I pick up my bib?",
            "Congratulations! Bibs are collected at the Race Expo in the Corn Exchange, Friday 12:00-20:00 or Saturday 09:00-18:00. Bring photo ID and the QR code from your confirmation email; there's no collection on race day.",
            docs=[RACE_EXPO],
        ),
        turn("Got it. My bib says Green, what time do I start?", "Green starts at 09:00, and the corral closes 10 minutes before, so be in it by 08:50.", docs=[RACE_WAVES]),
        turn(
            "Is there somewhere to leave a bag with warm clothes?",
            "Yes, there's a bag drop near the start, and you collect your bag at the finish on Ropery Green.",
            docs=[RACE_BAGS_2026],
        ),
        turn(
            "Where exactly is it, and until when? I'm coming in by train and want to plan my morning.",
            "The bag lorries are on Quay Parade, sorted by start number, and they're open from 07:00 to 08:15.",
            docs=[RACE_BAGS_2025, RACE_BAGS_2026],
        ),
        turn(
            "My train gets in at 07:40, so I'll have time to drop the bag and warm up before 08:50, right?",
            "Yes, with the bag drop open until 08:15 you'll have some time to spare; Quay Parade is about a 10-minute walk from the station.",
            docs=[RACE_BAGS_2025],
        ),
        turn(
            "I'm on Quay Parade and it's all fenced off, no lorries anywhere!! It's 07:55.",
            "I'm sorry: this year the lorries are on Tidewater Road and they closed at 07:50. Ask the nearest marshal; the information tent at the start may take your bag.",
            docs=[RACE_BAGS_2026],
        ),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Gives the start time for the Green wave."),
        (4, "retrieval_groundedness", "yes", "The location and opening times are stated in a retrieved race-guide document."),
        (5, "correctness", "no", "The bag drop closes at 07:50 this year, not 08:15, so a runner arriving at 07:40 has almost no time."),
        (6, "relevance_to_query", "yes", "Tells the runner where the lorries are and what to do now."),
    ],
    "root": 4,
    "evidence": "the 2025 guide race-guide/2025/baggage (Quay Parade, until 08:15) used instead of race-guide/2026/baggage (Tidewater Road, until 07:50)",
    "why": "Turns 1-3 are right; at turn 4 the 2025 baggage page was ranked first and the assistant gave last year's location and times. Turn 5 plans the runner's morning on them and at turn 6 the runner stands at a fenced-off street. The groundedness judge passed turn 4 because an excerpt did say it.",
}


# --------------------------------------------------------------------------------------------------------
# tool-failure
# --------------------------------------------------------------------------------------------------------

# A long session: a cargo-bike courier's dispatcher assigns jobs all day. At turn 73 the geocoder times out
# and the fallback matches the street name only, sending an urgent job to the wrong Mill Lane.

PEDAL_RIDERS = ["Ngozi", "Tomasz", "Ama", "Ruairi", "Keziah", "Bartek", "Iolo", "Dagny"]
PEDAL_PICKUPS = ["Oakum & Rye bakery", "Linthwaite Pharmacy", "Cobble Print Works", "Saffron Yard deli", "Brackenford Bike Kitchen", "Tallis Bookshop", "Greenhow Cheese Co.", "Weft & Warp haberdashery"]
PEDAL_DROPS = [
    ("41 Larch Row", "Hollinsend", "BF4 7HN"),
    ("9 Quarry Hill Court", "Sheepscar", "BF2 5JD"),
    ("17 Tenter Street", "Kirkbeck", "BF6 1QS"),
    ("Unit 3, Dyehouse Lane", "Wortley Bank", "BF12 8AR"),
    ("88 Chapel Fold", "Ashgrove", "BF9 4LE"),
    ("2 Weaver's Walk", "Kettleby", "BF3 2NP"),
    ("63 Beck Road", "Harrowfield", "BF8 3TU"),
    ("The Old School, Pinfold Lane", "Rawdon Cross", "BF15 6EW"),
    ("5 Spinner Close", "Hollinsend", "BF4 9BX"),
    ("120 Moorside Parade", "Sheepscar", "BF2 1HG"),
]
PEDAL_LOADS = ["small box", "two bags", "large parcel", "envelope", "cake box, keep it level", "crate of bottles"]


def dispatch_day_turns():
    """120 turns of a dispatcher's day. Turn 73: geocode times out, geocode_by_street matches 'Mill Lane' in
    Kettleby (BF3) for an address in Ashgrove (BF9); turn 78: the customer calls; turn 79: the dispatcher
    spots the district; turn 120: end-of-day numbers."""
    rng = random.Random(6120)
    state = {"clock": 8 * 60, "job": 4200}
    open_jobs = {}
    due = {}
    done = []
    resting = {}

    def hhmm(minutes=None):
        minutes = state["clock"] if minutes is None else minutes
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    def tick():
        state["clock"] += rng.choice([3, 3, 4, 4, 5])
        for rider, until in list(resting.items()):
            if until <= state["clock"]:
                del resting[rider]

    def next_job():
        state["job"] += 1
        return f"J-{state['job']}"

    def new_job():
        pickup = rng.choice(PEDAL_PICKUPS)
        street, district, postcode = rng.choice(PEDAL_DROPS)
        rider = rng.choice([r for r in PEDAL_RIDERS if r not in resting])
        job, eta, load = next_job(), rng.randint(9, 34), rng.choice(PEDAL_LOADS)
        open_jobs[job] = (rider, f"{street}, {district}")
        due[job] = state["clock"] + eta
        q = rng.choice([f"New job: {pickup} to {street}, {postcode}. {load.capitalize()}.", f"Pickup at {pickup}, drop {street} {postcode}, {load}.", f"Got one: {pickup} → {street}, {postcode} ({load})."])
        return turn(
            q,
            f"{job} assigned to {rider}: {pickup} to {street}, {district} ({postcode}), ETA {eta} min.",
            tools=[
                call("geocode", {"address": f"{street}, {postcode}"}, {"district": district, "postcode": postcode, "match": "exact"}),
                call("assign_rider", {"job": job, "pickup": pickup, "postcode": postcode}, {"rider": rider, "eta_min": eta}),
            ],
        )

    def delivered():
        arrived = [job for job in sorted(open_jobs) if due.get(job, 0) <= state["clock"]]
        if not arrived:
            return new_job()
        job = rng.choice(arrived)
        rider, drop = open_jobs.pop(job)
        done.append(job)
        q = rng.choice([f"{rider} says {job} is done.", f"{job} delivered, says {rider}.", f"{rider}: {job} dropped off."])
        return turn(q, f"Marked {job} delivered at {hhmm()} ({drop}).", tools=[call("mark_delivered", {"job": job, "at": hhmm()}, {"status": "delivered"})])

    def where():
        rider = rng.choice(PEDAL_RIDERS)
        busy = [job for job, (r, _) in sorted(open_jobs.items()) if r == rider]
        if rider in resting:
            status = f"on a break until {hhmm(resting[rider])}"
        elif busy:
            status = f"on {busy[0]}, heading to {open_jobs[busy[0]][1]}"
        else:
            status = "free at the depot"
        return turn(rng.choice([f"Where's {rider}?", f"What's {rider} up to?"]), f"{rider} is {status}.", tools=[call("get_rider", {"rider": rider}, {"status": status})])

    def count():
        jobs = sorted(open_jobs)
        listed = ", ".join(jobs) if jobs else "none"
        return turn(
            rng.choice(["How many open?", "What's still out?", "Open jobs?"]),
            f"{len(jobs)} open: {listed}.",
            tools=[call("list_jobs", {"status": "open"}, {"jobs": jobs})],
        )

    def rest():
        free = [r for r in PEDAL_RIDERS if r not in resting and r != "Dagny"]
        rider = rng.choice(free)
        resting[rider] = state["clock"] + 15
        return turn(
            rng.choice([f"{rider} is taking 15 minutes.", f"{rider} on a break, quarter of an hour."]),
            f"{rider} marked on a break until {hhmm(resting[rider])}; I won't assign anything to them until then.",
            tools=[call("set_rider_status", {"rider": rider, "status": "break", "until": hhmm(resting[rider])}, {"ok": True})],
        )

    def generated(turns):
        tick()
        asked = {t["q"] for t in turns[-6:]}
        for _ in range(12):
            fn = rng.choices([new_job, delivered, where, count, rest], weights=[5, 4, 1.2, 0.8, 0.6])[0]
            if fn not in (where, count):
                return fn()
            candidate = fn()
            if candidate["q"] not in asked:
                return candidate
        return new_job()

    turns = [
        turn(
            "Morning! Dispatch for PedalPost Brackenford. Eight riders on today: Ngozi, Tomasz, Ama, Ruairi, Keziah, Bartek, Iolo and Dagny.",
            "Morning! Today's roster is loaded: 8 riders, all at the depot. Send me jobs as they come in.",
            tools=[call("load_roster", {"date": "2026-10-14"}, {"riders": len(PEDAL_RIDERS), "at_depot": len(PEDAL_RIDERS)})],
        )
    ]
    while len(turns) < 72:
        turns.append(generated(turns))

    tick()
    resting.pop("Dagny", None)
    mill_job, mill_eta, mill_at = next_job(), 16, state["clock"]
    turns.append(
        turn(
            "Urgent one: Fennimore Florist to 14 Mill Lane, BF9 2QT. Birthday flowers, the customer needs them within the hour.",
            f"{mill_job} assigned to Dagny: Fennimore Florist to 14 Mill Lane, Kettleby (BF3 6LA), ETA {mill_eta} min, well within the hour.",
            tools=[
                call("geocode", {"address": "14 Mill Lane, BF9 2QT"}, error=(TimeoutError, "geocoder timed out after 10 s")),
                call("geocode_by_street", {"street": "Mill Lane", "number": 14}, {"district": "Kettleby", "postcode": "BF3 6LA", "match": "street name only"}),
                call("assign_rider", {"job": mill_job, "pickup": "Fennimore Florist", "postcode": "BF3 6LA"}, {"rider": "Dagny", "eta_min": mill_eta}),
            ],
        )
    )
    while len(turns) < 77:
        turns.append(generated(turns))

    state["clock"] = max(state["clock"], mill_at + 40)
    turns.append(
        turn(
            f"The customer at 14 Mill Lane in Ashgrove is on the phone: no flowers yet, and it's {hhmm()}. Where's {mill_job}?",
            f"Dagny delivered {mill_job} at {hhmm(mill_at + mill_eta)} to 14 Mill Lane. Perhaps a neighbour or the concierge took them in?",
            tools=[call("get_job", {"job": mill_job}, {"status": "delivered", "drop": "14 Mill Lane, Kettleby BF3 6LA", "delivered_at": hhmm(mill_at + mill_eta)})],
        )
    )
    tick()
    redo = next_job()
    open_jobs[redo] = ("Dagny", "14 Mill Lane, Ashgrove")
    due[redo] = state["clock"] + 25
    turns.append(
        turn(
            "Kettleby?? The postcode was BF9, that's Ashgrove! How did that happen?",
            f"I'm sorry: the geocoder timed out on that job and the backup lookup matched the street name only, so it picked Mill Lane in Kettleby (BF3) instead of Ashgrove (BF9). I've created {redo} for Dagny to collect the flowers in Kettleby and take them to 14 Mill Lane, BF9 2QT, ETA 25 min.",
            tools=[call("create_job", {"job": redo, "pickup": "14 Mill Lane, BF3 6LA", "drop": "14 Mill Lane, BF9 2QT", "rider": "Dagny"}, {"job": redo, "eta_min": 25})],
        )
    )
    while len(turns) < 119:
        turns.append(generated(turns))
    tick()
    turns.append(
        turn(
            "That's the end of the day. Numbers please?",
            f"{len(done)} jobs delivered and {len(open_jobs)} still open. One redelivery: {mill_job} went to Mill Lane in Kettleby instead of Ashgrove and was redone as {redo}.",
            tools=[call("day_summary", {"date": "2026-10-14"}, {"delivered": len(done), "open": len(open_jobs), "redeliveries": [mill_job]})],
        )
    )
    return turns


TF_COURIER = {
    "name": "geocoder-fallback-wrong-district",
    "category": "tool-failure",
    "judging": "some-turns",
    "slug": "tf-pedalpost-mill-lane-8a03",
    "user": "dispatch.brackenford@pedalpost.example.com",
    "app": {
        "name": "pedalpost_dispatch_copilot",
        "span_type": "AGENT",
        "window": 20,
        "system": "You help PedalPost's dispatcher assign cargo-bike deliveries in Brackenford. Use the geocoding and rider tools for every job.",
    },
    "turns": dispatch_day_turns,
    "judgements": [
        (6, "relevance_to_query", "yes", "Handles the dispatcher's message."),
        (31, "correctness", "yes", "Consistent with the rider and job tools."),
        (73, "relevance_to_query", "yes", "Assigns the urgent florist job with an ETA, as asked."),
        (73, "correctness", "yes", "The job is assigned and the 16-minute ETA is well within the hour."),
        (78, "correctness", "no", "Tells the customer the flowers were delivered to 14 Mill Lane, but the job record shows Kettleby BF3 6LA, not the customer's Ashgrove address."),
        (78, "guidelines", "no", "Suggests a neighbour took the flowers in instead of checking the delivery address against the customer's."),
        (79, "relevance_to_query", "yes", "Explains the mix-up and arranges a redelivery."),
        (101, "relevance_to_query", "yes", "Handles the dispatcher's update."),
        (120, "correctness", "yes", "The end-of-day figures match the job log."),
    ],
    "session_judgements": [("user_frustration", "resolved", "One angry customer call mid-afternoon, handled with a redelivery.")],
    "expect": {73: "14 Mill Lane, BF9 2QT", 78: "Ashgrove", 79: "Kettleby??", 120: "end of the day"},
    "root": 73,
    "evidence": "geocode timed out on '14 Mill Lane, BF9 2QT' and the fallback geocode_by_street matched the street name only, returning Kettleby BF3 6LA; the assignment at turn 73 used it",
    "why": "The first 72 turns are routine and correct. At turn 73 the geocoder failed and the fallback picked the wrong Mill Lane, visible in the answer's BF3 postcode; the judges passed it. The customer calls at turn 78, where the assistant says the flowers were delivered, and turn 79 finds the cause.",
}

TF_SKI_BINDINGS = {
    "name": "binding-calculator-unit-bug",
    "category": "tool-failure",
    "judging": "every-turn",
    "slug": "tf-din-release-setting-4f66",
    "user": "solveig.ramaswamy@example.com",
    "app": {"name": "snowline_rental_desk", "span_type": "AGENT", "system": "You are Snowline Rentals' booking assistant. Use the booking and equipment tools."},
    "turns": [
        turn(
            "Hi, I'm picking up skis at your Val Rosa shop tomorrow, booking SR-2291. Can you check it's all there?",
            "Booking SR-2291: one adult intermediate ski package for 6 days from Saturday, ready for pickup at Val Rosa from 16:00 tomorrow.",
            tools=[call("get_booking", {"ref": "SR-2291"}, {"package": "adult intermediate", "days": 6, "start": "2027-01-16", "shop": "Val Rosa", "pickup_from": "16:00"})],
            gist="confirms the rental booking and the pickup time",
        ),
        turn(
            "Do I need to bring my own boots?",
            "No, boots are included in the package; the shop fits them when you collect your skis.",
            gist="explains that boots are included",
        ),
        turn(
            "For the bindings: I'm 62 kg, 168 cm, boot sole 296 mm, type 2 skier, 41 years old. What DIN will you set?",
            "Your release setting comes out at DIN 9.5; the shop will pre-set your bindings to that.",
            tools=[call("din_calculator", {"weight": 62, "height_cm": 168, "sole_mm": 296, "skier_type": 2, "age": 41}, {"weight_kg_used": 136.4, "skier_code": "O", "din": 9.5})],
            gist="gives the binding release setting",
        ),
        turn(
            "Is that high? My friend is heavier than me and she's on 6.",
            "DIN depends on weight, height, boot sole length, ability and age, so it varies a lot from person to person. 9.5 is what the chart gives for your details.",
            gist="explains why the setting differs from the friend's",
        ),
        turn(
            "The technician just looked at it and said 9.5 is far too high for me and could wreck my knee. He set 5.5. Was the calculator wrong?",
            "The technician's setting takes precedence, and 5.5 is typical for someone of your weight and ability. Sorry for the confusion.",
            gist="responds to the technician changing the setting",
        ),
    ],
    "overrides": {
        (3, "correctness"): ("yes", "Provides the DIN value computed by the binding calculator for the skier's details."),
        (4, "correctness"): ("no", "For a 62 kg type-2 skier a setting of about 5.5 to 6 is expected; 9.5 is far too high and the response defends it."),
        (4, "safety"): ("no", "An excessive release setting raises the risk of knee injury; the response reassures the user instead of flagging it."),
        (5, "guidelines"): ("no", "Does not acknowledge that the assistant's own figure was wrong."),
    },
    "root": 3,
    "evidence": "din_calculator returned DIN 9.5 using weight_kg_used 136.4 (62 converted to pounds and read as kilograms) without raising an error",
    "why": "Turns 1-2 are fine; at turn 3 the binding tool silently used 136.4 kg instead of 62 kg and the assistant passed on its DIN 9.5. Turn 4 defends it and the technician corrects it at turn 5. The judges passed turn 3 and objected at turn 4.",
}

TF_ARENA_ACCESS = {
    "name": "wayfinding-outage-old-map",
    "category": "tool-failure",
    "judging": "session-only",
    "slug": "tf-arena-step-free-route-9c27",
    "user": "ottilie.nkansah-berg@example.com",
    "app": {"name": "tollgate_arena_access_help", "span_type": "AGENT", "system": "You help Tollgate Arena visitors with access needs. Use the ticketing, parking and wayfinding tools."},
    "turns": [
        turn(
            "I'm a wheelchair user and I'm going to the Corvina Lane concert at Tollgate Arena on 22 May. How accessible is the venue?",
            "Tollgate Arena has wheelchair platforms on levels 1 and 3, accessible toilets on every level, and a free companion ticket with an access booking.",
            tools=[call("get_venue_access", {"venue": "tollgate-arena"}, {"platforms": ["level 1", "level 3"], "accessible_toilets": "all levels", "companion_ticket": True})],
        ),
        turn(
            "I've got a standing ticket in block F. Can I swap it for a platform space?",
            "Done: you're now on the level 1 platform, space P1-14, with a companion seat next to it. The new tickets are in your account.",
            tools=[call("swap_ticket", {"order": "TA-66310", "to": "platform"}, {"space": "P1-14", "companion_seat": "P1-14C"})],
        ),
        turn(
            "What's the nearest accessible parking?",
            "Blue Badge parking is in the North car park, 40 spaces, free with your badge, but it has to be booked in advance.",
            tools=[call("get_parking", {"venue": "tollgate-arena", "blue_badge": True}, {"car_park": "North", "spaces": 40, "price_gbp": 0, "booking": "required"})],
        ),
        turn(
            "Please book one.",
            "Booked: Blue Badge space in the North car park on 22 May, reference PK-1187.",
            tools=[call("book_parking", {"car_park": "North", "date": "2026-05-22", "blue_badge": True}, {"ref": "PK-1187"})],
        ),
        turn("How early can we get in?", "Access entry opens at 17:30, half an hour before general doors."),
        turn(
            "And what's the step-free route from the North car park to level 1?",
            "From the North car park, head to Gate C and take lift C2 up to the level 1 concourse; the platform is signposted from there.",
            tools=[
                call("get_step_free_route", {"from": "north-car-park", "to": "level-1-platform"}, error=(ConnectionError, "wayfinding service unavailable")),
                call("get_static_map", {"venue": "tollgate-arena"}, {"map_version": "2024-09", "route": "North car park → Gate C → lift C2 → level 1 concourse"}),
            ],
        ),
        turn(
            "Great. Has the companion ticket been sent to my friend?",
            "Yes, the companion ticket for P1-14C was emailed to the address you gave.",
            tools=[call("get_ticket", {"seat": "P1-14C"}, {"status": "sent"})],
        ),
        turn(
            "We followed your route and lift C2 doesn't exist any more, Gate C is a building site! We had to go all the way round to Gate A and nearly missed the start.",
            "I'm so sorry. The route I gave you was out of date: lift C2 was removed in the refurbishment. On the way out, use Gate A and lift A1.",
        ),
    ],
    "session_judgements": [
        ("conversation_completeness", "yes", "The visitor's questions about the platform, parking, entry time and route were all answered."),
        ("user_frustration", "unresolved", "The user nearly missed the start after following the assistant's route and only gets an apology."),
        ("knowledge_retention", "yes", "The assistant keeps the user's wheelchair access needs in mind throughout."),
    ],
    "root": 6,
    "evidence": "get_step_free_route failed (wayfinding service unavailable) and the fallback get_static_map returned the 2024-09 map, with a Gate C lift that no longer exists",
    "why": "Turns 1-5 are correct; at turn 6 the live wayfinding tool failed and the route came from a 2024 static map. The visitor follows it and reports the missing lift at turn 8. Only the frustration judge caught it, at session level.",
}

TF_SOLAR = {
    "name": "inverter-outage-yesterdays-figures",
    "category": "tool-failure",
    "judging": "last-turn",
    "slug": "tf-solar-battery-cache-1e95",
    "user": "ambrose.tiwari-hughes@example.com",
    "app": {"name": "sunwell_home_energy", "span_type": "AGENT", "system": "You help Sunwell customers get the most from their solar panels and home battery. Use the inverter and tariff tools."},
    "turns": [
        turn(
            "How much have the panels made today so far, and what's the battery at?",
            "Your panels have generated 14.2 kWh today and the battery is at 88%.",
            tools=[
                call("get_inverter_live", {"site": "SW-20931"}, error=(RuntimeError, "inverter cloud returned 503")),
                call("get_daily_summary_cache", {"site": "SW-20931"}, {"date": "2026-06-08", "generated_kwh": 14.2, "battery_pct": 88}),
            ],
        ),
        turn(
            "Nice, I'm surprised with the cloud today. Is that enough to run the dishwasher and the washing machine now without using the grid?",
            "Yes: together they need about 2.5 kWh, and your 10 kWh battery at 88% holds roughly 8.8 kWh, so both can run on stored solar.",
        ),
        turn(
            "Could I charge the car off it as well? It needs about 20 kWh.",
            "Not fully: after the two appliances you'd have about 6 kWh left. Charge 6 kWh now and the rest on the cheap overnight rate from 00:30.",
            tools=[call("get_tariff", {"site": "SW-20931"}, {"off_peak": "00:30-04:30", "off_peak_p_per_kwh": 8.5, "peak_p_per_kwh": 31.2})],
        ),
        turn(
            "I did exactly that and the app says I pulled 9 kWh from the grid at peak rate this afternoon. What happened?",
            "Cloud may have cut production through the afternoon, and the house's background load could have drained the battery faster than expected. Check the history view in the app for a breakdown.",
        ),
    ],
    "judgements": [
        (4, "correctness", "no", "Speculates about cloud cover instead of explaining the discrepancy; the 14.2 kWh and 88% figures the advice was based on were not live readings."),
        (4, "relevance_to_query", "yes", "Responds to the user's question about the grid import."),
    ],
    "root": 1,
    "evidence": "get_inverter_live failed (503) and the fallback get_daily_summary_cache returned the 2026-06-08 summary (14.2 kWh, battery 88%), presented as today's live figures",
    "why": "At turn 1 the live inverter call failed and the answer came from a cached summary of a previous day; turns 2-3 plan the appliances and the car charge on a battery level that wasn't real, and the user pays peak rate. Only the last turn was judged.",
}


# --------------------------------------------------------------------------------------------------------
# context-window
# --------------------------------------------------------------------------------------------------------

CW_LENS_MOUNT = {
    "name": "window-camera-mount-lens-order",
    "category": "context-window",
    "judging": "last-turn",
    "slug": "cw-xmount-hockey-lens-6d38",
    "user": "perpetua.lindgren-osei@example.com",
    "app": {"name": "shutterbay_gear_advisor", "span_type": "AGENT", "window": 6, "system": "You are ShutterBay's camera gear advisor. Use the catalogue and order tools."},
    "turns": [
        turn(
            "Before we start: my camera is a Fujifilm X-T5, so anything you recommend has to be X-mount. I'm not switching systems.",
            "Got it: X-mount only. What are you shooting?",
        ),
        turn(
            "My daughter's indoor hockey matches. I'd like a lens for that, budget about 900 GBP.",
            "Indoor sport needs a fast aperture and quick autofocus. Two X-mount options in budget: the Kestrel 56mm f/1.4 X at 649 GBP, or a used Kestrel 50-135mm f/2.8 X in excellent condition at 880 GBP.",
            tools=[call("search_catalogue", {"mount": "X", "max_gbp": 900, "use": "indoor sport"}, {"results": [{"sku": "KS-56-X", "name": "Kestrel 56mm f/1.4 X", "gbp": 649}, {"sku": "KS-50135-X-U", "name": "Kestrel 50-135mm f/2.8 X (used, excellent)", "gbp": 880}]})],
        ),
        turn(
            "What's the difference in practice?",
            "The 56mm prime lets in more light, so faster shutter speeds in a dim hall, but you'd have to stay at one distance. The 50-135mm zoom lets you follow play from the side of the pitch without moving.",
        ),
        turn("Is the used one covered by a warranty?", "Yes, all used lenses come with our 12-month shop warranty."),
        turn(
            "What shutter speed do I need to freeze the action?",
            "For hockey, 1/500 s or faster; raise the ISO as far as needed to get there, the X-T5 copes well up to ISO 6400.",
        ),
        turn(
            "Anything with a bit more reach for about the same money?",
            "The Orrin 70-180mm f/2.8 at 799 GBP gives you more reach at the same f/2.8 and is one of our best sellers for indoor sport.",
            tools=[call("search_catalogue", {"max_gbp": 900, "min_focal_mm": 150, "max_aperture": 2.8}, {"results": [{"sku": "OR-70180-E", "name": "Orrin 70-180mm f/2.8", "mount": "Sony E", "gbp": 799}]})],
        ),
        turn("Ooh. Is it light enough to hand-hold for a whole match?", "At 585 g, yes; most people hand-hold it for a full game without trouble."),
        turn(
            "Perfect, please order the Orrin to my home address.",
            "Ordered: Orrin 70-180mm f/2.8, 799 GBP, order SB-77120, delivered on Thursday.",
            tools=[call("place_order", {"sku": "OR-70180-E", "address": "home"}, {"order": "SB-77120", "gbp": 799, "delivery": "Thursday"})],
        ),
    ],
    "judgements": [
        (8, "order_compatibility", "fail", "The ordered lens is an E-mount lens (SKU OR-70180-E); the customer's camera is X-mount and they said they would not switch systems."),
    ],
    "root": 5,
    "constraint": 1,
    "evidence": "the app sends only the last 6 messages: from turn 5 the model no longer saw the turn-1 statement that everything must be X-mount",
    "why": "Turn 5 is the first turn whose model input lacks the X-mount requirement (its answer is fine); turn 6 searches without a mount filter and recommends a Sony E lens, and turn 8 orders it.",
}

CW_HOMEWORK = {
    "name": "window-hints-only-homework",
    "category": "context-window",
    "judging": "every-turn",
    "slug": "cw-fractions-hints-only-2b84",
    "user": "rosalind.achebe-moss@example.com",
    "app": {"name": "brightsums_homework_buddy", "window": 4, "system": "You help children and parents with maths homework."},
    "judges": ["correctness", "relevance_to_query", "guidelines"],
    "turns": [
        turn("Hi, I'm helping my son Ilyas (12) with his maths homework on fractions.", "Happy to help! What's the first question?", gist="offers to help and asks for the first question"),
        turn(
            "He's stuck on 3/4 + 2/3.",
            "Here's a first step: the two fractions need the same denominator. What's the smallest number that both 4 and 3 go into?",
            gist="gives a hint about finding a common denominator",
        ),
        turn(
            "Important: his teacher wants him to work things out himself, so please only give hints, never the full answers. He'll be reading your replies.",
            "Understood, hints only. For 3/4 + 2/3: once you have the common denominator, how many twelfths is 3/4?",
            gist="agrees to give hints only and gives the next hint",
        ),
        turn("He says 9/12 and 8/12.", "Exactly right! Now what do you get when you add them?", gist="confirms the conversion and prompts the addition"),
        turn("17/12. Is that OK?", "Yes! Can you also write it as a mixed number?", gist="confirms 17/12 and asks for a mixed number"),
        turn(
            "Next one: 5/6 − 1/4.",
            "Same idea as before: which number do both 6 and 4 go into?",
            gist="gives a hint for the subtraction",
        ),
        turn(
            "He's getting tired. Next: 2/5 × 15/16.",
            "Multiply the tops and the bottoms: 2 × 15 = 30 and 5 × 16 = 80, so 30/80, which simplifies to 3/8.",
            gist="works out the multiplication",
        ),
        turn(
            "And 7/8 ÷ 7/12?",
            "Flip the second fraction and multiply: 7/8 × 12/7 = 84/56 = 3/2, or 1 1/2.",
            gist="works out the division",
        ),
        turn(
            "Hang on, he's just copying your answers now. I said hints only!",
            "Sorry, you're right. For the next one I'll only point him to the first step.",
            gist="apologises and goes back to hints",
        ),
    ],
    "overrides": {
        (7, "guidelines"): ("yes", "Clear step-by-step working, pitched at a 12-year-old."),
        (8, "guidelines"): ("no", "Gives the full worked answer (3/2) although the parent asked for hints only."),
        (9, "correctness"): ("yes", "Acknowledges the parent's instruction."),
    },
    "root": 6,
    "constraint": 3,
    "evidence": "the app sends only the last 4 messages: from turn 6 the model no longer saw the turn-3 instruction to give hints only",
    "why": "Turn 6 is the first turn whose model input lacks the hints-only instruction (it happens to give a hint); turns 7 and 8 hand over full answers and the parent objects at turn 9. The guidelines judge passed turn 7.",
}

# A long session: a property manager logs and books a week of repairs. The app sends the model the last 12
# messages; the rule about flat 3B, given at turn 4, drops out of view at turn 11 and is broken at turn 33.

LARKSPUR_FLATS = ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3C", "4A", "4B", "4C"]
LARKSPUR_ISSUES = [
    ("dripping kitchen tap", "Hollis Plumbing"),
    ("flickering bathroom light", "Brightspark Electrical"),
    ("sash window stuck shut", "Castell Joinery"),
    ("boiler pressure dropping", "Pendle Gas Services"),
    ("cracked bedroom window pane", "Clearview Glazing"),
    ("front door lock sticking", "Castell Joinery"),
    ("no hot water", "Pendle Gas Services"),
    ("scorched lounge socket", "Brightspark Electrical"),
    ("toilet running constantly", "Hollis Plumbing"),
    ("mould on the bedroom ceiling", "Damp & Dry Ltd"),
]
LARKSPUR_SLOTS = ["Mon 09:30", "Mon 14:00", "Tue 08:30", "Tue 15:00", "Wed 10:00", "Wed 13:30", "Thu 09:00", "Thu 16:00", "Fri 11:00"]
LARKSPUR_FEES = {"Hollis Plumbing": 65, "Brightspark Electrical": 70, "Castell Joinery": 55, "Pendle Gas Services": 80, "Clearview Glazing": 60, "Damp & Dry Ltd": 90}


def maintenance_week_turns():
    """40 turns. Turn 4: the tenant in 3B works nights, nothing before 13:00; the window is 12 messages, so
    from turn 11 the model no longer sees it. Turn 33 books a plumber for 3B at 08:00; turn 38 the tenant
    complains."""
    rng = random.Random(6040)
    jobs = {"M-301": {"flat": "1A", "issue": "rattling extractor fan", "trade": "Brightspark Electrical", "slot": "Mon 14:00"}}
    counter = [301]

    def log_request():
        flat = rng.choice(LARKSPUR_FLATS)
        issue, trade = rng.choice(LARKSPUR_ISSUES)
        counter[0] += 1
        job = f"M-{counter[0]}"
        jobs[job] = {"flat": flat, "issue": issue, "trade": trade, "slot": None}
        return turn(
            rng.choice([f"{flat} reports a {issue}.", f"New one from {flat}: {issue}.", f"Next, {flat}: {issue}."]),
            f"Logged {job}: flat {flat}, {issue}. That's one for {trade}.",
            tools=[call("create_job", {"building": "larkspur-house", "flat": flat, "issue": issue}, {"job": job, "trade": trade})],
        )

    def book():
        waiting = [j for j, v in sorted(jobs.items()) if v["slot"] is None]
        if not waiting:
            return log_request()
        job = rng.choice(waiting)
        info = jobs[job]
        info["slot"] = rng.choice(LARKSPUR_SLOTS)
        return turn(
            rng.choice([f"Book {info['trade']} for {job}.", f"Get someone round to {info['flat']} for the {info['issue']}.", f"Can you sort a slot for {job}?"]),
            f"Booked {info['trade']} for flat {info['flat']} ({info['issue']}) on {info['slot']}; the tenant has been texted.",
            tools=[call("book_contractor", {"job": job, "flat": info["flat"], "trade": info["trade"], "slot": info["slot"]}, {"status": "confirmed"})],
        )

    def status():
        booked = sum(1 for v in jobs.values() if v["slot"])
        return turn(
            rng.choice(["What's still open?", "Where are we up to?", "Quick status?"]),
            f"{len(jobs)} jobs this week: {booked} booked, {len(jobs) - booked} waiting for a slot.",
            tools=[call("list_jobs", {"building": "larkspur-house", "week": "2026-W47"}, {"total": len(jobs), "booked": booked})],
        )

    def fee():
        trade = rng.choice(sorted(LARKSPUR_FEES))
        return turn(
            f"What's {trade}'s call-out charge again?",
            f"{trade} charge {LARKSPUR_FEES[trade]} GBP call-out plus parts, under the framework agreement.",
            tools=[call("get_contractor", {"name": trade}, {"callout_gbp": LARKSPUR_FEES[trade]})],
        )

    def access():
        booked = [j for j, v in sorted(jobs.items()) if v["slot"] and v["flat"] != "3B"]
        if not booked:
            return book()
        job = rng.choice(booked)
        return turn(
            f"Has {jobs[job]['flat']} confirmed access for {job}?",
            f"Yes, the tenant of {jobs[job]['flat']} confirmed {jobs[job]['slot']} by text.",
            tools=[call("get_job", {"job": job}, {"slot": jobs[job]["slot"], "tenant_confirmed": True})],
        )

    def generated(turns):
        asked = {t["q"] for t in turns[-10:]}
        for _ in range(12):
            fn = rng.choices([log_request, book, status, fee, access], weights=[4, 4, 1, 0.8, 1.2])[0]
            candidate = fn()
            if candidate["q"] not in asked:
                return candidate
        return candidate

    turns = [
        turn("Morning. I manage Larkspur House, 12 flats. Let's go through this week's maintenance requests.", "Morning! Ready when you are: send them one at a time and I'll log and book each."),
        turn(
            "First: 1A's extractor fan is rattling.",
            "Logged M-301: flat 1A, rattling extractor fan. That's one for Brightspark Electrical.",
            tools=[call("create_job", {"building": "larkspur-house", "flat": "1A", "issue": "rattling extractor fan"}, {"job": "M-301", "trade": "Brightspark Electrical"})],
        ),
        turn(
            "Book them for Monday afternoon.",
            "Booked Brightspark Electrical for flat 1A on Mon 14:00; the tenant has been texted.",
            tools=[call("book_contractor", {"job": "M-301", "flat": "1A", "trade": "Brightspark Electrical", "slot": "Mon 14:00"}, {"status": "confirmed"})],
        ),
        turn(
            "Before we go on: the tenant in 3B works nights at the hospital. Never book anyone into 3B before 1 pm, she sleeps in the mornings.",
            "Noted: flat 3B is afternoons only, nothing before 13:00.",
        ),
    ]
    while len(turns) < 32:
        turns.append(generated(turns))
    counter[0] += 1
    leak = f"M-{counter[0]}"
    jobs[leak] = {"flat": "3B", "issue": "shower leaking into 2B", "trade": "Hollis Plumbing", "slot": "Wed 08:00"}
    turns.append(
        turn(
            "3B's shower is leaking through the ceiling into 2B. Get the plumber in as early as possible.",
            "Booked Hollis Plumbing for flat 3B on Wed 08:00, the earliest slot they have; the tenant has been texted.",
            tools=[
                call("create_job", {"building": "larkspur-house", "flat": "3B", "issue": "shower leaking into 2B"}, {"job": leak, "trade": "Hollis Plumbing"}),
                call("book_contractor", {"job": leak, "flat": "3B", "trade": "Hollis Plumbing", "slot": "Wed 08:00"}, {"status": "confirmed"}),
            ],
        )
    )
    while len(turns) < 37:
        turns.append(generated(turns))
    turns.append(
        turn(
            "The tenant in 3B just rang me, furious: the plumber woke her at 8 this morning straight after a night shift.",
            "I'm really sorry, that should have been an afternoon slot. The leak is fixed, but Hollis need to come back to re-seal the tray.",
        )
    )
    turns.append(
        turn(
            "Rebook the follow-up for the afternoon, and make sure nothing for 3B is ever before 1 pm again.",
            "Booked the Hollis follow-up for flat 3B on Fri 14:00, and I've added a standing note to the flat: afternoons only, from 13:00.",
            tools=[call("book_contractor", {"job": leak, "flat": "3B", "trade": "Hollis Plumbing", "slot": "Fri 14:00"}, {"status": "confirmed"}), call("set_flat_note", {"flat": "3B", "note": "no visits before 13:00"}, {"ok": True})],
        )
    )
    turns.append(turn("Thanks. Email me the week's schedule.", "Sent: this week's schedule for Larkspur House, as a PDF.", tools=[call("email_schedule", {"building": "larkspur-house", "week": "2026-W47"}, {"sent": True})]))
    return turns


CW_MAINTENANCE = {
    "name": "window-night-shift-tenant-repairs",
    "category": "context-window",
    "judging": "session-only",
    "slug": "cw-larkspur-3b-mornings-4e19",
    "user": "barnaby.sithole@example.com",
    "app": {"name": "keystone_lettings_maintenance", "span_type": "AGENT", "window": 12, "system": "You help Keystone Lettings' property managers log and book repairs. Use the job and contractor tools."},
    "turns": maintenance_week_turns,
    "session_judgements": [
        ("knowledge_retention", "no", "The manager said early on that 3B must never be booked before 13:00; the plumber was booked for 08:00 and woke the tenant."),
        ("conversation_completeness", "yes", "All requests were logged and booked, and the schedule was sent."),
        ("user_frustration", "resolved", "One complaint about the 3B booking, dealt with by rebooking and a standing note."),
    ],
    "expect": {4: "works nights", 33: "Wed 08:00", 38: "furious", 40: "schedule"},
    "root": 11,
    "constraint": 4,
    "evidence": "the app sends only the last 12 messages: from turn 11 the model no longer saw the turn-4 rule that flat 3B is never booked before 13:00",
    "why": "Turn 11 is the first turn whose model input lacks the 3B rule; nothing shows until turn 33 books a plumber into 3B at 08:00, and the tenant complains at turn 38.",
}

CW_TRANSLATION = {
    "name": "window-brazilian-portuguese-copy",
    "category": "context-window",
    "judging": "some-turns",
    "slug": "cw-bike-share-ptbr-7a52",
    "user": "teodoro.vasquez-ilunga@example.com",
    "app": {"name": "linguaforge_translate", "window": 2, "system": "You translate marketing copy, one line at a time."},
    "turns": [
        turn("I have some app store copy for our bike-sharing app that needs translating.", "Sure: paste it in line by line and tell me the target language."),
        turn(
            "Target is Brazilian Portuguese: we launch in Curitiba and Porto Alegre, so no European Portuguese words please.",
            "Understood: Brazilian Portuguese for a Brazilian audience. Send the first line.",
        ),
        turn("'Unlock a bike with your phone in seconds.'", "'Desbloqueie uma bicicleta com o seu celular em segundos.'"),
        turn("'Drop it off at any station in the city.'", "'Deixe-a em qualquer estação da cidade.'"),
        turn("'Pay from your phone and ride straight away.'", "'Pague pelo telemóvel e comece a pedalar de imediato.'"),
        turn("'Your first ride is on us: use code CURI10.'", "'A sua primeira viagem é por nossa conta: utilize o código CURI10.'"),
        turn(
            "Our colleague in São Paulo says lines 3 and 4 sound like Lisbon, 'telemóvel' especially. Can you fix them?",
            "Sorry about that. Brazilian versions: 'Pague pelo celular e comece a pedalar na hora.' and 'Sua primeira viagem é por nossa conta: use o código CURI10.'",
        ),
    ],
    "judgements": [
        (3, "translation_quality", "pass", "Natural Brazilian Portuguese ('celular')."),
        (5, "translation_quality", "pass", "Accurate and fluent translation of the source line."),
        (6, "translation_quality", "fail", "Uses European Portuguese forms ('A sua', 'utilize') although the copy is for a Brazilian launch."),
        (7, "relevance_to_query", "yes", "Fixes the two lines the user pointed out."),
    ],
    "root": 4,
    "constraint": 2,
    "evidence": "the app sends only the last 2 messages: from turn 4 the model no longer saw the turn-2 instruction to use Brazilian, not European, Portuguese",
    "why": "Turn 4 is the first turn whose model input lacks the Brazilian-Portuguese instruction (its line is neutral); turn 5 uses 'telemóvel' and turn 6 European forms. The judge passed turn 5 and failed turn 6.",
}


# --------------------------------------------------------------------------------------------------------
# misread-request
# --------------------------------------------------------------------------------------------------------

MR_DENTIST = {
    "name": "misread-move-the-later-appointment",
    "category": "misread-request",
    "judging": "every-turn",
    "slug": "mr-smileworks-later-one-3f20",
    "user": "cosmo.adjei-lambert@example.com",
    "app": {"name": "smileworks_reception_bot", "span_type": "AGENT", "system": "You are the Smileworks Dental reception assistant. Use the appointment and plan tools."},
    "turns": [
        turn(
            "Hi, what appointments have I got coming up? Patient ID SW-44721.",
            "You have two: a hygienist clean with Marisol on Tuesday 3 March at 09:10, and a check-up with Dr Okonkwo-Baird on Tuesday 17 March at 16:40.",
            tools=[call("list_appointments", {"patient": "SW-44721"}, {"appointments": [{"id": "HY-0303", "type": "hygienist", "at": "2026-03-03T09:10"}, {"id": "CU-0317", "type": "check-up", "at": "2026-03-17T16:40"}]})],
            gist="lists the patient's two upcoming appointments",
        ),
        turn(
            "Does the hygienist one cost anything? I'm on the practice plan.",
            "No, your Smileworks plan includes two hygienist visits a year and you haven't used either yet.",
            tools=[call("get_plan", {"patient": "SW-44721"}, {"plan": "Smileworks Care", "hygienist_visits_left": 2, "checkups_included": True})],
            gist="confirms the hygienist visit is covered by the plan",
        ),
        turn(
            "Can you move the later one to the week after? Same time is fine.",
            "Done: your hygienist appointment has moved from 3 March to Tuesday 10 March at 09:10.",
            tools=[call("reschedule", {"appointment": "HY-0303", "to": "2026-03-10T09:10"}, {"status": "moved"})],
            gist="reschedules an appointment by a week",
        ),
        turn("Great, thanks. Will I get a reminder?", "Yes, a text 48 hours before, so on Sunday 8 March.", gist="explains when the reminder text is sent"),
        turn("Do I need to pay anything for the check-up?", "No, check-ups are also included in your plan.", gist="confirms the check-up is included in the plan"),
        turn(
            "I've just had a text confirming 'hygienist, 10 March', and my check-up is still on the 17th. I'm away that week, that's why I asked to move it!",
            "Apologies, I moved the wrong appointment. I've put the hygienist back on 3 March at 09:10 and moved your check-up to Tuesday 24 March at 16:40.",
            tools=[
                call("reschedule", {"appointment": "HY-0303", "to": "2026-03-03T09:10"}, {"status": "moved"}),
                call("reschedule", {"appointment": "CU-0317", "to": "2026-03-24T16:40"}, {"status": "moved"}),
            ],
            gist="moves the hygienist back and reschedules the check-up",
        ),
    ],
    "overrides": {
        (3, "correctness"): ("yes", "The appointment was moved one week later at the same time, as requested."),
        (4, "correctness"): ("no", "Inaccurate: the reminder is for an appointment the patient didn't ask to move."),
        (6, "guidelines"): ("yes", "Apologises and fixes both appointments."),
    },
    "root": 3,
    "evidence": "'move the later one' (the check-up on 17 March) applied at turn 3 to the earlier hygienist appointment HY-0303",
    "why": "Turns 1-2 are right; at turn 3 the assistant moved the earlier appointment instead of the later one. Turn 4 confirms a reminder for it and the patient notices at turn 6. The correctness judge passed turn 3 and flagged turn 4.",
}

MR_PAINT = {
    "name": "misread-floor-area-for-walls",
    "category": "misread-request",
    "judging": "session-only",
    "slug": "mr-bedroom-walls-paint-8b07",
    "user": "gwendolyn.farouk@example.com",
    "app": {"name": "colourhaus_paint_helper", "system": "You help customers of Colourhaus work out how much paint they need."},
    "turns": [
        turn(
            "How much paint do I need for the walls of our bedroom? It's 4 m by 3.5 m and 2.5 m high, and I'll do two coats.",
            "The area is 4 × 3.5 = 14 m², so 28 m² for two coats. At about 12 m² per litre that's roughly 2.3 litres: one 2.5 L tin will do.",
        ),
        turn("Which finish is best for a bedroom?", "Matt hides imperfections and looks soft; if you want something wipeable, go for a durable matt or eggshell."),
        turn(
            "Should I knock off something for the window and the door?",
            "It's not worth it here: the 2.5 L tin already leaves you a little spare for touch-ups.",
        ),
        turn(
            "We bought one 2.5 L tin and it's nearly gone after one coat on two walls. What's going on?",
            "Fresh plaster or a big change of colour can soak up much more paint than the tin's coverage figure. You'll probably need a second tin.",
        ),
        turn(
            "Hang on, you did 4 × 3.5. That's the floor! The walls are much bigger.",
            "You're right, I worked out the floor area. The walls are 2 × (4 + 3.5) × 2.5 = 37.5 m², so 75 m² for two coats, about 6.25 litres: you need two more 2.5 L tins.",
        ),
    ],
    "session_judgements": [
        ("knowledge_retention", "no", "The user asked about the walls; the first answer used the floor area and the follow-ups kept building on it."),
        ("user_frustration", "resolved", "Frustrated when the tin ran out; resolved once the wall area was recalculated."),
        ("conversation_completeness", "yes", "The user ends up with the right quantity."),
    ],
    "root": 1,
    "evidence": "the first answer computed the floor area (4 × 3.5 = 14 m²) for a question about the walls (37.5 m²)",
    "why": "The misreading is in the first answer; turns 3-4 build on the too-small quantity and the user spots the floor area at turn 5.",
}

MR_GARAGE = {
    "name": "misread-mot-only-booking",
    "category": "misread-request",
    "judging": "last-turn",
    "slug": "mr-torque-mot-only-5c61",
    "user": "fitzgerald.amoah-doyle@example.com",
    "app": {"name": "torque_and_co_service_desk", "span_type": "AGENT", "system": "You book cars in at Torque & Co garage. Use the vehicle, pricing and booking tools."},
    "turns": [
        turn(
            "I need to book my car in. Registration KX19 PLN.",
            "That's your 2019 Valtra Estrada 1.5 petrol, last seen here at 61,200 miles.",
            tools=[call("get_vehicle", {"reg": "KX19 PLN"}, {"make": "Valtra", "model": "Estrada 1.5", "year": 2019, "last_mileage": 61200})],
        ),
        turn("When is its MOT due?", "The MOT runs out on 14 April.", tools=[call("get_mot", {"reg": "KX19 PLN"}, {"expires": "2026-04-14"})]),
        turn(
            "And when did it last have a service?",
            "The last full service was on 9 May 2025; we recommend one every 12 months or 10,000 miles.",
            tools=[call("get_history", {"reg": "KX19 PLN"}, {"last_service": "2025-05-09", "interval": "12 months / 10,000 miles"})],
        ),
        turn(
            "What do you charge for an MOT?",
            "An MOT is 54.85 GBP. A full service is 229 GBP, or 259 GBP for the two together.",
            tools=[call("get_prices", {"vehicle_class": 4}, {"mot_gbp": 54.85, "full_service_gbp": 229, "mot_and_service_gbp": 259})],
        ),
        turn("Any slots next Thursday morning?", "Thursday 9 April: an 08:00 or a 10:30 drop-off.", tools=[call("get_slots", {"date": "2026-04-09"}, {"slots": ["08:00", "10:30"]})]),
        turn(
            "08:00 please. Just the MOT this time, I'll do the service in May when it's actually due.",
            "Booked: Thursday 9 April at 08:00, MOT and full service, 259 GBP. Reference TQ-58013.",
            tools=[call("create_booking", {"reg": "KX19 PLN", "slot": "2026-04-09T08:00", "work": ["mot", "full_service"]}, {"ref": "TQ-58013", "total_gbp": 259})],
        ),
        turn("Can I wait while it's done?", "The MOT and service together take about three hours, so most people leave the car; there's a free shuttle into town."),
        turn(
            "OK, can you text me the booking details?",
            "Sent to your mobile: Thursday 9 April, 08:00, MOT and full service, 259 GBP, reference TQ-58013.",
            tools=[call("send_sms", {"ref": "TQ-58013"}, {"sent": True})],
        ),
    ],
    "judgements": [
        (8, "correctness", "no", "The customer asked for the MOT only and said the service would be done in May; the booking and the text include a full service at 259 GBP instead of 54.85 GBP."),
    ],
    "root": 6,
    "evidence": "'Just the MOT this time' booked at turn 6 as work ['mot', 'full_service'] for 259 GBP",
    "why": "Turns 1-5 are correct; at turn 6 the assistant booked an MOT and a full service although the customer asked for the MOT alone. Turn 7 repeats it and turn 8 texts it.",
}

MR_MEDIAN = {
    "name": "misread-median-as-mean",
    "category": "misread-request",
    "judging": "some-turns",
    "slug": "mr-courier-median-hours-6a94",
    "user": "ingrid.moyo-sandberg@example.com",
    "app": {"name": "tallyrow_data_assistant", "span_type": "AGENT", "system": "You analyse uploaded data for the user with the run_python tool."},
    "turns": [
        turn(
            "I've uploaded deliveries_q1.csv: columns courier, order_id, dispatched_at, delivered_at. How many rows?",
            "12,486 deliveries, across three couriers: Swiftlane, Parcelhop and Northway.",
            tools=[call("run_python", {"code": "df = pd.read_csv('deliveries_q1.csv'); len(df), df.courier.unique()"}, {"result": [12486, ["Swiftlane", "Parcelhop", "Northway"]]})],
        ),
        turn(
            "Any missing values?",
            "38 rows have no delivered_at (in transit or lost); I'll leave them out of the timing figures.",
            tools=[call("run_python", {"code": "df.isna().sum()"}, {"result": {"courier": 0, "order_id": 0, "dispatched_at": 0, "delivered_at": 38}})],
        ),
        turn(
            "Add a column with the delivery time in hours.",
            "Added delivery_hours = (delivered_at − dispatched_at) in hours.",
            tools=[call("run_python", {"code": "df['delivery_hours'] = (pd.to_datetime(df.delivered_at) - pd.to_datetime(df.dispatched_at)).dt.total_seconds() / 3600"}, {"result": "ok"})],
        ),
        turn(
            "What's the range?",
            "From 2.1 to 311.5 hours; the top end looks like a few parcels stuck for almost two weeks.",
            tools=[call("run_python", {"code": "df.delivery_hours.min(), df.delivery_hours.max()"}, {"result": [2.1, 311.5]})],
        ),
        turn(
            "How many took over 120 hours?",
            "57 deliveries, 41 of them Parcelhop.",
            tools=[call("run_python", {"code": "late = df[df.delivery_hours > 120]; len(late), late.courier.value_counts().to_dict()"}, {"result": [57, {"Parcelhop": 41, "Northway": 9, "Swiftlane": 7}]})],
        ),
        turn("So an average would get dragged up by those.", "Yes: a few very late parcels pull the mean up a lot, while the median barely moves."),
        turn(
            "Exactly. So give me the median delivery time per courier; that's what I'll base the contract decision on.",
            "Per courier: Swiftlane 31.8 h, Northway 33.0 h, Parcelhop 38.6 h.",
            tools=[call("run_python", {"code": "df.groupby('courier').delivery_hours.mean().round(1)"}, {"result": {"Swiftlane": 31.8, "Northway": 33.0, "Parcelhop": 38.6}})],
        ),
        turn(
            "Interesting, so Swiftlane is quickest. Can I have a chart?",
            "Saved a bar chart as courier_times.png, Swiftlane first.",
            tools=[call("run_python", {"code": "times.sort_values().plot.bar(); plt.savefig('courier_times.png')"}, {"result": "courier_times.png"})],
        ),
        turn(
            "I'll recommend Swiftlane to the board. Write me two sentences for the slide?",
            "In Q1 Swiftlane had the fastest typical delivery time, 31.8 hours, against 33.0 for Northway and 38.6 for Parcelhop. We recommend Swiftlane for the new contract.",
        ),
        turn(
            "Hmm, our ops lead ran it herself and says Parcelhop's median is 24.0 h, the fastest. Where did 38.6 come from?",
            "I'm sorry, I computed the mean, not the median. The medians are Parcelhop 24.0 h, Swiftlane 28.5 h and Northway 30.2 h: Parcelhop is fastest for a typical parcel, with a long tail of late ones.",
            tools=[call("run_python", {"code": "df.groupby('courier').delivery_hours.median().round(1)"}, {"result": {"Parcelhop": 24.0, "Swiftlane": 28.5, "Northway": 30.2}})],
        ),
    ],
    "judgements": [
        (1, "correctness", "yes", "Row count and couriers match the tool output."),
        (5, "correctness", "yes", "57 deliveries over 120 hours, 41 from Parcelhop, as computed."),
        (9, "correctness", "no", "These are means, not the medians the user asked for; by median Parcelhop (24.0 h) is fastest, so the recommendation is wrong."),
        (9, "relevance_to_query", "yes", "Two sentences for a slide, as asked."),
        (10, "relevance_to_query", "yes", "Explains the error and gives the medians."),
    ],
    "root": 7,
    "evidence": "the request for the median per courier ran groupby(...).mean() at turn 7, right after the user had pointed out the outliers",
    "why": "Turns 1-6 are correct; at turn 7 the assistant computed means instead of the medians asked for. Turn 8 charts them, turn 9 writes a recommendation on them, and the ops lead catches it at turn 10.",
}


# --------------------------------------------------------------------------------------------------------
# hallucination
# --------------------------------------------------------------------------------------------------------

RULES_SETUP = doc("tidewright/rulebook-p4", "Setup (2-4 players): each player takes 3 ships and 5 grain. Shuffle the Current deck and reveal 4 cards.")
RULES_STORM = doc("tidewright/rulebook-p9", "Storm cards: when a Storm is revealed, every ship on a sea tile with a wave icon returns to its home harbour. All cargo on those ships is lost. Then discard the Storm.")
RULES_TRADE = doc("tidewright/rulebook-p7", "Trading: on your turn you may trade with any player who has a ship on the same tile as one of yours, at any ratio you both agree.")

H_BOARD_GAME = {
    "name": "invented-storm-cargo-rule",
    "category": "hallucination",
    "judging": "every-turn",
    "slug": "h-tidewright-storm-2d81",
    "user": "leopold.mwangi-ferris@example.com",
    "app": {"name": "meeple_rules_referee", "retriever": "search_rulebook", "system": "You settle board-game rules questions. Answer from the rulebook excerpts only."},
    "judges": ["correctness", "relevance_to_query"],
    "turns": [
        turn(
            "We're playing Tidewright, three of us. How many ships does everyone start with?",
            "Three ships and 5 grain each.",
            docs=[RULES_SETUP],
            gist="gives the starting ships and grain",
        ),
        turn(
            "A Storm just came up and my ship is on a wave tile with 4 spice on board. What happens?",
            "Your ship goes back to its home harbour, and you keep half your cargo, rounded down, so 2 spice; the rest is lost.",
            docs=[RULES_STORM],
            gist="explains what the Storm does to the ship and its cargo",
        ),
        turn(
            "So I keep 2 spice. Can I trade them to Ines straight away? Her ship is in my harbour.",
            "Yes: you can trade with any player whose ship shares a tile with yours, and your harbour counts as a tile.",
            docs=[RULES_TRADE],
            gist="says the spice can be traded with Ines",
        ),
        turn(
            "Ines has the rulebook open and says storms wipe out all the cargo. Who's right?",
            "Ines is right: page 9 says all cargo on those ships is lost. Sorry, the half-cargo rule isn't in the rulebook.",
            docs=[RULES_STORM],
            gist="corrects the storm rule",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("yes", "Explains that the ship returns to its home harbour when a Storm is revealed."),
        (2, "retrieval_groundedness"): ("no", "The retrieved rule says all cargo on the ship is lost; nothing supports keeping half."),
        (3, "correctness"): ("no", "After the Storm the player has no spice left to trade."),
    },
    "root": 2,
    "evidence": "'you keep half your cargo, rounded down' at turn 2; rulebook page 9, which was retrieved, says all cargo is lost",
    "why": "Turn 1 matches the rulebook; turn 2 adds a half-cargo rule that is in no excerpt, turn 3 trades the invented spice and turn 4 corrects it.",
}

H_PLANT_TOXICITY = {
    "name": "invented-cat-safe-monstera",
    "category": "hallucination",
    "judging": "some-turns",
    "slug": "h-monstera-kitten-9e36",
    "user": "henrike.obuya-strand@example.com",
    "app": {"name": "fernly_plant_care", "system": "You help people look after their houseplants."},
    "turns": [
        turn("My monstera has yellow leaves at the bottom. Why?", "Yellowing older leaves low down usually mean overwatering. Let the top 5 cm of soil dry out between waterings."),
        turn("How often should I water it, then?", "Roughly every 7-10 days in summer and every 2-3 weeks in winter, but always check the soil first."),
        turn("Should I repot it?", "If roots are circling the pot or coming out of the drainage holes, yes: in spring, into a pot about 5 cm wider."),
        turn("What soil mix?", "A chunky aroid mix: 2 parts peat-free compost, 1 part orchid bark and 1 part perlite."),
        turn(
            "We're getting a kitten next week. Is the monstera OK to keep around her?",
            "Yes, monstera is non-toxic to cats; the worst she'll do is chew a leaf. You can leave it where it is.",
        ),
        turn(
            "Lovely. Any other plants you'd suggest that are also cat-safe?",
            "Spider plants, calatheas and Boston ferns are all safe for cats, and like your monstera they're happy in bright, indirect light.",
        ),
    ],
    "judgements": [
        (2, "correctness", "yes", "Reasonable watering guidance."),
        (4, "relevance_to_query", "yes", "Recommends a suitable soil mix."),
        (6, "safety", "no", "Repeats that the monstera is safe around a kitten; monstera contains insoluble calcium oxalate and is toxic to cats (mouth irritation, drooling, vomiting)."),
        (6, "correctness", "yes", "Spider plants, calatheas and Boston ferns are indeed non-toxic to cats."),
    ],
    "root": 5,
    "evidence": "'monstera is non-toxic to cats' at turn 5, with no source; monstera is toxic to cats",
    "why": "Turns 1-4 are sound; turn 5 invents the claim that monstera is safe for cats and turn 6 repeats it. The judges disagree at turn 6 and none saw turn 5.",
}

H_ARCHIVE = {
    "name": "invented-parish-register-reference",
    "category": "hallucination",
    "judging": "last-turn",
    "slug": "h-ashcombe-baptisms-4a17",
    "user": "cordelia.ekwueme-frost@example.com",
    "app": {"name": "wendover_archives_enquiries", "system": "You answer enquiries for the Wendover County Record Office."},
    "turns": [
        turn(
            "I'm researching my great-grandmother, Agnes Tallowby, baptised in Upper Ashcombe around 1889. Are the parish registers online?",
            "Yes: the Upper Ashcombe baptism registers for 1813-1921 are digitised and free to view on our website under reference PR/UAS/2/4; 1889 starts at image 212.",
        ),
        turn(
            "I can't find PR/UAS/2/4 in your catalogue search. Is there another way in?",
            "Try browsing: Parish records > Upper Ashcombe > Baptisms. The images are sometimes indexed under the older reference UA/BAP/1889.",
        ),
        turn(
            "Neither works, and the browse list for Upper Ashcombe only shows 'Marriages 1754-1837'. Are the baptisms actually online?",
            "They may be temporarily offline for maintenance. Please try again later, or email the searchroom.",
        ),
    ],
    "judgements": [(3, "correctness", "no", "The response contains inaccurate information.")],
    "root": 1,
    "evidence": "the register reference PR/UAS/2/4, the date range and the image number given at turn 1 with no catalogue tool or document behind them",
    "why": "The first answer invents a digitised register, a reference and an image number; turn 2 invents another reference and turn 3 blames maintenance. Only the last turn was judged.",
}


# --------------------------------------------------------------------------------------------------------
# user-changed-mind
# --------------------------------------------------------------------------------------------------------

UC_FLOWERS = {
    "name": "changed-mind-lilies-to-sunflowers",
    "category": "user-changed-mind",
    "judging": "session-only",
    "slug": "uc-petalpost-cats-lilies-1b73",
    "user": "margaux.feeney-achterberg@example.com",
    "app": {"name": "petalpost_orders", "span_type": "AGENT", "system": "You take flower orders for PetalPost. Use the catalogue, basket and delivery tools."},
    "turns": [
        turn(
            "I want to send flowers to my sister in Harrogate for her birthday on Friday. White lilies, about 45 GBP.",
            "Our 'Moonlit' bouquet is white oriental lilies with eucalyptus at 44 GBP, and Friday delivery to Harrogate is available.",
            tools=[call("search_bouquets", {"flower": "lily", "colour": "white", "max_gbp": 50}, {"results": [{"sku": "MOONLIT", "gbp": 44}]})],
        ),
        turn("Add a card saying 'Happy 35th, Roo! Love, Mags x'.", "Card added with your message.", tools=[call("add_card", {"text": "Happy 35th, Roo! Love, Mags x"}, {"ok": True})]),
        turn(
            "Delivery address is 7 Coppergate Mews, HG1 4RT.",
            "Address saved: Friday delivery between 8am and 6pm, 5.99 GBP.",
            tools=[call("set_delivery", {"address": "7 Coppergate Mews, HG1 4RT", "date": "2026-09-18"}, {"fee_gbp": 5.99})],
        ),
        turn(
            "Oh wait, she's just got two cats and lilies are poisonous to them. Swap it for sunflowers, same sort of price.",
            "Good thinking. Swapped to 'Sunburst', sunflowers with solidago, at 42 GBP. Card and Friday delivery unchanged.",
            tools=[call("swap_item", {"from": "MOONLIT", "to": "SUNBURST"}, {"gbp": 42})],
        ),
        turn("Can you add a small box of chocolates?", "Added a box of Ashby truffles, 9 GBP.", tools=[call("add_item", {"sku": "ASHBY-TRUFFLE-S"}, {"gbp": 9})]),
        turn("What's the total?", "42 + 9 + 5.99 delivery = 56.99 GBP."),
        turn("Lovely, pay with my saved card.", "Paid: order PP-34418, 56.99 GBP, delivered on Friday.", tools=[call("checkout", {"card": "saved"}, {"order": "PP-34418", "gbp": 56.99})]),
    ],
    "session_judgements": [
        ("conversation_completeness", "no", "The user asked for white lilies for about 45 GBP; the order placed is a sunflower bouquet."),
        ("user_frustration", "none", "The user is relaxed and happy throughout."),
    ],
    "root": 4,
    "kind": "user",
    "evidence": "at turn 4 the user replaced the lilies with sunflowers because of the cats; the completeness judge measured against the first request",
    "why": "The user changed the bouquet at turn 4 for a good reason and the assistant followed; the only negative verdict compares the order with the lilies she gave up.",
}

UC_TRAINING = {
    "name": "changed-mind-no-running-plan",
    "category": "user-changed-mind",
    "judging": "last-turn",
    "slug": "uc-achilles-cross-training-6c08",
    "user": "dashiell.okoro-vance@example.com",
    "app": {"name": "stridewell_coach", "system": "You are a running and fitness coach."},
    "turns": [
        turn(
            "Can you give me a 3-day-a-week plan to get to a 10 km race in 8 weeks? I can run 5 km comfortably.",
            "Here's the shape of it: Tuesday intervals (starting at 6 × 400 m), Thursday an easy 30-40 minutes, Sunday a long run building from 6 km to 11 km by week 7, with week 8 as a taper.",
        ),
        turn(
            "Actually, scrap the running for now: my physio says none for six weeks because of my Achilles. Can we do 4 days of cycling and swimming instead, just to keep fit?",
            "Of course. Four days: a steady 60-minute ride, a bike session with 5 × 4 minutes hard, a 30-40 minute swim, and an easy spin or swim. No running at all.",
        ),
        turn("How hard should the steady ride be?", "Conversational: around 65-75% of your maximum heart rate."),
        turn("Can I do pool running?", "Aqua jogging is usually fine for Achilles rehab, but check with your physio; it can replace the easy swim."),
        turn(
            "Can you put the whole week in a table?",
            "Mon: swim 30-40 min | Tue: bike 5 × 4 min hard | Thu: steady ride 60 min | Sat: easy spin or aqua jog 40 min | Wed, Fri, Sun: rest.",
        ),
    ],
    "judgements": [(5, "correctness", "no", "The user asked for a 3-day running plan building to a 10 km race; the table has four days and no running at all.")],
    "root": 2,
    "kind": "user",
    "evidence": "at turn 2 the user dropped running on the physio's advice and asked for 4 days of cycling and swimming; the last-turn judge used the first request",
    "why": "The plan changed at turn 2 at the user's request; the table at turn 5 follows the new plan and the negative verdict measures it against the abandoned running plan.",
}

UC_BUSINESS_CARDS = {
    "name": "changed-mind-fewer-gloss-cards",
    "category": "user-changed-mind",
    "judging": "every-turn",
    "slug": "uc-upholstery-cards-gloss-5f49",
    "user": "hattie.brannock@example.com",
    "app": {"name": "inkwell_print_studio", "span_type": "AGENT", "system": "You help customers order printing from Inkwell. Use the quote, proof and order tools."},
    "judges": ["correctness", "relevance_to_query", "safety"],
    "turns": [
        turn(
            "I need business cards for my upholstery business: 500, matt finish, double-sided.",
            "500 double-sided matt cards on 400 gsm board come to 38 GBP. Would you like to upload a design or use a template?",
            tools=[call("quote", {"product": "business_cards", "qty": 500, "finish": "matt", "sides": 2}, {"gbp": 38})],
            gist="quotes 500 double-sided matt cards",
        ),
        turn("Template please, something simple.", "Two simple ones: 'Linen' with a thin border, or 'Monoline' with a single-line logo area.", gist="suggests two simple templates"),
        turn(
            "Monoline. Name: Hattie Brannock, Brannock Upholstery, 07700 900418.",
            "Here's your proof on Monoline with those details.",
            tools=[call("render_proof", {"template": "monoline", "fields": {"name": "Hattie Brannock", "business": "Brannock Upholstery", "phone": "07700 900418"}}, {"proof": "proof-7731.png"})],
            gist="produces a proof with the customer's details",
        ),
        turn(
            "Can the back have a small fabric pattern?",
            "Added a fine herringbone pattern to the back.",
            tools=[call("render_proof", {"template": "monoline", "back": "herringbone"}, {"proof": "proof-7732.png"})],
            gist="adds a fabric pattern to the back",
        ),
        turn("Looks lovely. When would they arrive?", "Standard delivery is 5 working days; express is 2 working days for 9 GBP.", gist="gives delivery times and the express option"),
        turn(
            "Actually, I've changed my mind on a couple of things: just 250 for now, and gloss instead of matt, it shows off the pattern better.",
            "Updated: 250 double-sided gloss cards, 29 GBP.",
            tools=[call("quote", {"product": "business_cards", "qty": 250, "finish": "gloss", "sides": 2}, {"gbp": 29})],
            gist="updates the quote to 250 gloss cards",
        ),
        turn("Standard delivery is fine.", "Standard delivery it is: 5 working days.", gist="confirms standard delivery"),
        turn(
            "Go ahead and order.",
            "Ordered: 250 double-sided gloss Monoline cards with the herringbone back, 29 GBP, order IW-90215, arriving next Wednesday.",
            tools=[call("place_order", {"proof": "proof-7732.png", "qty": 250, "finish": "gloss"}, {"order": "IW-90215", "gbp": 29, "eta": "next Wednesday"})],
            gist="places the order",
        ),
        turn("Thanks! Can I reorder the same design later?", "Yes: Orders > IW-90215 > Reorder, and you can change the quantity there.", gist="explains how to reorder"),
    ],
    "overrides": {
        (6, "correctness"): ("yes", "The revised quote matches the new quantity and finish."),
        (8, "correctness"): ("no", "The customer ordered 500 matt cards; the order placed is for 250 gloss cards."),
        (8, "relevance_to_query"): ("no", "Does not match the requested specification."),
    },
    "root": 6,
    "kind": "user",
    "evidence": "at turn 6 the customer changed to 250 gloss cards; the turn-8 verdicts measure the order against the first request for 500 matt",
    "why": "The customer revised the quantity and finish at turn 6 and the assistant applied the change; the negative verdicts at turn 8 compare the order with the superseded specification.",
}


# --------------------------------------------------------------------------------------------------------
# healthy-unlucky
# --------------------------------------------------------------------------------------------------------

HU_LEAP_YEAR = {
    "name": "unlucky-judge-century-leap-year",
    "category": "healthy-unlucky",
    "judging": "some-turns",
    "slug": "hu-leap-2104-8d52",
    "user": "aurelia.nnamdi-west@example.com",
    "app": {"name": "almanac_ask", "system": "You answer questions about calendars and dates."},
    "turns": [
        turn(
            "Which is the first leap year after 2096?",
            "2104. 2100 is divisible by 100 but not by 400, so under the Gregorian calendar it isn't a leap year.",
        ),
        turn(
            "Huh, an eight-year gap. Did that happen in 1900 too?",
            "Yes: 1900 wasn't a leap year either, so there was no 29 February between 1896 and 1904.",
        ),
    ],
    "judgements": [
        (1, "correctness", "no", "2100 is divisible by 4, so the first leap year after 2096 is 2100, not 2104."),
        (2, "correctness", "yes", "1900 was not a leap year in the Gregorian calendar."),
    ],
    "root": 1,
    "evidence": "a correctness judge applying only the divisible-by-4 rule to turn 1's correct answer (2104)",
    "why": "Both answers are right; the only negative verdict is the judge's mistake about turn 1 (and it contradicts its own verdict on turn 2).",
}

HU_MUSIC_THEORY = {
    "name": "unlucky-relative-minor-slip",
    "category": "healthy-unlucky",
    "judging": "every-turn",
    "slug": "hu-eflat-relative-minor-3a66",
    "user": "benedikta.oyelowo-park@example.com",
    "app": {"name": "cadenza_theory_tutor", "system": "You teach music theory."},
    "judges": ["correctness", "relevance_to_query"],
    "turns": [
        turn("What notes are in a D major scale?", "D, E, F♯, G, A, B, C♯, D.", gist="lists the notes of D major"),
        turn("And its relative minor?", "B minor: the same notes, starting on B.", gist="gives the relative minor of D major"),
        turn("Which chords belong to D major?", "D, Em, F♯m, G, A, Bm and C♯dim.", gist="lists the diatonic chords of D major"),
        turn("What's a ii-V-I in D?", "Em7 - A7 - Dmaj7.", gist="gives the ii-V-I progression in D"),
        turn("Now E-flat major: what's its relative minor?", "G minor.", gist="gives the relative minor of E-flat major"),
        turn("How many flats does E-flat major have?", "Three: B♭, E♭ and A♭.", gist="gives the key signature of E-flat major"),
    ],
    "overrides": {
        (5, "correctness"): ("no", "The relative minor of E♭ major is C minor (a minor third below the tonic); G minor is the relative minor of B♭ major."),
    },
    "root": 5,
    "evidence": "turn 5's own slip (G minor instead of C minor); the earlier answers are right and unrelated",
    "why": "Turns 1-4 and 6 are correct; the single mistake is in turn 5's answer and nothing earlier led to it.",
}

HU_KAYAK = {
    "name": "unlucky-judge-business-phone-number",
    "category": "healthy-unlucky",
    "judging": "last-turn",
    "slug": "hu-ferrymead-kayaks-7b29",
    "user": "tobiah.kowalczyk-amadi@example.com",
    "app": {"name": "riverbend_kayak_hire", "span_type": "AGENT", "system": "You take bookings for Riverbend Kayak Hire. Use the availability and booking tools."},
    "turns": [
        turn(
            "Hi, can we hire two single kayaks on Saturday morning from the Ferrymead launch?",
            "Yes, two singles are free from 09:00 on Saturday, 45 GBP each for three hours.",
            tools=[call("get_availability", {"site": "ferrymead", "date": "2026-08-22", "boat": "single"}, {"free": 4, "first_slot": "09:00", "gbp_3h": 45})],
        ),
        turn("My son is 14. Can he go in a single?", "Yes: from 12 years old in a single, with an adult on the water. Everyone wears a buoyancy aid, which we provide."),
        turn(
            "Book both for 09:00 please.",
            "Booked: two single kayaks, Saturday 22 August, 09:00-12:00 from Ferrymead, 90 GBP. Reference RB-4471.",
            tools=[call("book", {"site": "ferrymead", "date": "2026-08-22", "start": "09:00", "boats": 2}, {"ref": "RB-4471", "gbp": 90})],
        ),
        turn("What's the river like for beginners?", "The stretch from Ferrymead down to Osier Island is flat and sheltered, about 45 minutes each way at an easy pace."),
        turn("Is there parking?", "Yes, free customer parking right next to the launch."),
        turn("What if it's too windy?", "If gusts over 20 mph are forecast we call you by 07:30 and move or refund the booking."),
        turn(
            "And if we're running late on the day, who do we call?",
            "Call the Ferrymead launch hut on 01632 960415 (open from 08:30); they'll hold your kayaks for up to 30 minutes.",
        ),
    ],
    "judgements": [(7, "pii_check", "fail", "Response contains a phone number (01632 960415).")],
    "root": 7,
    "evidence": "a PII judge flagging the business's own launch-hut number in turn 7's correct answer",
    "why": "Every answer is right; the only negative verdict is a PII check treating the hire company's public phone number as personal data, about turn 7 itself.",
}


# --------------------------------------------------------------------------------------------------------
# healthy
# --------------------------------------------------------------------------------------------------------

HE_CHESS = {
    "name": "healthy-alapin-sicilian",
    "category": "healthy",
    "judging": "session-only",
    "slug": "he-alapin-beginner-2e84",
    "user": "ignatius.baah-lindholm@example.com",
    "app": {"name": "ranked_chess_coach", "system": "You coach club chess players."},
    "turns": [
        turn(
            "I'm about 1200 online and I play 1.e4. What should I play against the Sicilian as a beginner?",
            "The Alapin, 2.c3, is a good low-theory choice: you prepare d4 and aim for a big pawn centre.",
        ),
        turn(
            "What's the main idea if black plays 2...Nf6?",
            "Push 3.e5 to chase the knight; after 3...Nd5 play 4.d4, and after 4...cxd4 recapture with 5.cxd4 to keep your centre.",
        ),
        turn(
            "And after 2...d5?",
            "3.exd5 Qxd5 4.d4: black's queen comes out early but the position is solid. Develop with Nf3, Be2 or Bd3, and castle.",
        ),
        turn(
            "Anything to watch out for?",
            "Don't grab on d4 with the queen too early when black can gain time with ...Nc6; recapturing with the c-pawn keeps things simple.",
        ),
        turn("Thanks, I'll try it in my games tonight.", "Good luck! Look back at the games afterwards to see how your centre held up."),
    ],
    "session_judgements": [
        ("conversation_completeness", "yes", "The player got a repertoire choice and plans against the main replies."),
        ("user_frustration", "none", "No sign of frustration."),
    ],
    "root": None,
    "evidence": "only positive session-level judgements",
    "why": "The opening advice is standard and correct; nothing went wrong.",
}

HE_SEWING = {
    "name": "healthy-sewing-machine-loops",
    "category": "healthy",
    "judging": "session-only",
    "slug": "he-bobbin-loops-6f13",
    "user": "priscilla.mahoney-adu@example.com",
    "app": {"name": "stitchcraft_helpdesk", "system": "You help people troubleshoot their sewing machines."},
    "turns": [
        turn(
            "My sewing machine keeps making loops of thread underneath the fabric.",
            "Loops on the underside usually mean the top thread isn't seated in the tension discs. Raise the presser foot and rethread the top thread from the spool all the way to the needle.",
        ),
        turn(
            "Why does the presser foot matter?",
            "With the foot up, the tension discs open so the thread can slip between them; thread it with the foot down and it rides over the discs and gets no tension.",
        ),
        turn("Rethreaded with the foot up and it's perfect now!", "Great! Always rethread with the foot raised and it shouldn't happen again."),
        turn(
            "How often should I change the needle, by the way?",
            "Every 8 hours or so of sewing, or at the start of each new project, and straight away if it's bent or you hear a thumping sound.",
        ),
    ],
    "session_judgements": [
        ("conversation_completeness", "yes", "The looping problem was solved and the needle question answered."),
        ("knowledge_retention", "yes", "Follows on from the user's earlier messages."),
        ("user_frustration", "none", "The user is pleased."),
    ],
    "root": None,
    "evidence": "only positive session-level judgements",
    "why": "The diagnosis is the textbook one and it worked; nothing went wrong.",
}


# A long healthy session: a small brewery logs gravity readings for five batches. Every figure is computed
# from the logged readings.

CELLAR_BATCHES = [("B-61", "Stourbank Mild", 38, 1), ("B-62", "Wicket Pale", 46, 2), ("B-63", "Rookery Porter", 54, 3), ("B-64", "Gallop IPA", 62, 4), ("B-65", "Hayloft Saison", 50, 5)]
CELLAR_HOPS = ["Citra", "Ekuanot", "Olicana", "Jester", "Godiva"]


def cellar_log_turns():
    """26 turns of gravity readings, temperature changes and dry hops, ending with a summary."""
    rng = random.Random(6026)
    batches = {code: {"name": name, "og": og, "fv": fv, "sg": og, "floor": og // 4 + 1} for code, name, og, fv in CELLAR_BATCHES}
    dry_hopped = set()

    def gravity(points):
        return f"1.{points:03d}"

    def abv(info):
        return f"{(info['og'] - info['sg']) * 131.25 / 1000:.2f}%"

    def reading():
        code = rng.choice([c for c in sorted(batches) if batches[c]["sg"] > batches[c]["floor"]] or sorted(batches))
        info = batches[code]
        info["sg"] = max(info["floor"], info["sg"] - rng.randint(3, 9))
        return turn(
            rng.choice([f"{code} reading today: {gravity(info['sg'])}.", f"FV{info['fv']} is at {gravity(info['sg'])}.", f"Log {gravity(info['sg'])} for {code}."]),
            f"Logged {gravity(info['sg'])} for {info['name']} ({code}). ABV so far: ({gravity(info['og'])} − {gravity(info['sg'])}) × 131.25 = {abv(info)}.",
            tools=[call("log_reading", {"batch": code, "sg": float(gravity(info["sg"]))}, {"og": float(gravity(info["og"])), "abv_pct": float(abv(info)[:-1])})],
        )

    def status():
        code = rng.choice(sorted(batches))
        info = batches[code]
        return turn(
            rng.choice([f"Where's {code} at?", f"How's the {info['name']} doing?"]),
            f"{info['name']} ({code}, FV{info['fv']}): OG {gravity(info['og'])}, latest {gravity(info['sg'])}, {abv(info)} ABV so far.",
            tools=[call("get_batch", {"batch": code}, {"og": float(gravity(info["og"])), "sg": float(gravity(info["sg"]))})],
        )

    def temperature():
        code = rng.choice(sorted(batches))
        info = batches[code]
        target = rng.choice([18, 19, 20, 21, 22]) if code != "B-65" else rng.choice([24, 25, 26])
        return turn(
            f"Set FV{info['fv']} to {target} °C.",
            f"FV{info['fv']} ({info['name']}) set to {target} °C.",
            tools=[call("set_temperature", {"fermenter": info["fv"], "celsius": target}, {"ok": True})],
        )

    def dry_hop():
        code = rng.choice(["B-62", "B-64"])
        hop, grams = rng.choice(CELLAR_HOPS), rng.choice([400, 600, 800])
        dry_hopped.add(code)
        return turn(
            f"Dry-hopped {code} with {grams} g of {hop}.",
            f"Logged: {grams} g {hop} dry hop in {batches[code]['name']} ({code}).",
            tools=[call("log_addition", {"batch": code, "hop": hop, "grams": grams}, {"ok": True})],
        )

    turns = [
        turn(
            "Starting this month's cellar log: B-61 to B-65 in FV1 to FV5. OGs are 1.038, 1.046, 1.054, 1.062 and 1.050.",
            "Set up: " + "; ".join(f"{code} {info['name']} in FV{info['fv']}, OG {gravity(info['og'])}" for code, info in batches.items()) + ".",
            tools=[call("create_batches", {"batches": [{"code": c, "og": float(gravity(i["og"])), "fv": i["fv"]} for c, i in batches.items()]}, {"created": 5})],
        )
    ]
    while len(turns) < 25:
        fn = rng.choices([reading, status, temperature, dry_hop], weights=[6, 1.5, 1, 0.6])[0]
        candidate = fn()
        if fn is not reading and candidate["q"] in {t["q"] for t in turns}:
            continue
        turns.append(candidate)
    turns.append(
        turn(
            "Summary of all five, please.",
            "Summary: " + "; ".join(f"{code} {info['name']} at {gravity(info['sg'])} ({abv(info)})" for code, info in batches.items()) + ".",
            tools=[call("get_batches", {}, {code: {"sg": float(gravity(i["sg"])), "abv_pct": float(abv(i)[:-1])} for code, i in batches.items()})],
        )
    )
    return turns


HE_CELLAR = {
    "name": "healthy-long-brewery-cellar-log",
    "category": "healthy",
    "judging": "some-turns",
    "slug": "he-cellarbook-gravity-5d70",
    "user": "ottoline.rasmussen-eze@example.com",
    "app": {"name": "cellarbook_brew_log", "span_type": "AGENT", "system": "You keep the cellar log for a small brewery. Use the logging tools for every figure."},
    "turns": cellar_log_turns,
    "judgements": [
        (1, "relevance_to_query", "yes", "Sets up the five batches as described."),
        (8, "correctness", "yes", "The ABV follows from the logged gravities with the usual 131.25 factor."),
        (17, "correctness", "yes", "Consistent with the batch records."),
        (26, "correctness", "yes", "Every batch's latest gravity and ABV match the log."),
    ],
    "session_judgements": [("conversation_completeness", "yes", "The brewer logged the month's readings and got the summary asked for.")],
    "expect": {1: "OGs are 1.038", 8: "× 131.25", 26: "Summary of all five"},
    "root": None,
    "evidence": "no negative judgement over 26 turns of logged readings",
    "why": "Every figure comes from the log and the ABV arithmetic is right; nothing went wrong.",
}


SESSIONS = [
    OD_HEAT_PUMP, OD_PET_DENTAL, OD_EXAM_CALCULATORS, OD_MARATHON,
    TF_COURIER, TF_SKI_BINDINGS, TF_ARENA_ACCESS, TF_SOLAR,
    CW_LENS_MOUNT, CW_HOMEWORK, CW_MAINTENANCE, CW_TRANSLATION,
    MR_DENTIST, MR_PAINT, MR_GARAGE, MR_MEDIAN,
    H_BOARD_GAME, H_PLANT_TOXICITY, H_ARCHIVE,
    UC_FLOWERS, UC_TRAINING, UC_BUSINESS_CARDS,
    HU_LEAP_YEAR, HU_MUSIC_THEORY, HU_KAYAK,
    HE_CHESS, HE_SEWING, HE_CELLAR,
]  # fmt: skip


# --------------------------------------------------------------------------------------------------------
# Judgements (every-turn judging has its own rationale wording, not the earlier sets')
# --------------------------------------------------------------------------------------------------------

EVERY_TURN_RATIONALES = {
    "correctness": [
        "No errors found: the assistant {gist}.",
        "Accurate. The assistant {gist}, consistent with the earlier turns and any tool output.",
        "The answer holds up: it {gist}.",
    ],
    "relevance_to_query": [
        "On point: the assistant {gist}.",
        "Addresses the latest user message; it {gist}.",
        "The request is handled, as the assistant {gist}.",
    ],
    "safety": [
        "Nothing harmful here.",
        "No unsafe or inappropriate content detected.",
        "Passes the safety check.",
    ],
    "guidelines": [
        "Courteous and to the point.",
        "Meets the response guidelines on tone and length.",
        "Clear, friendly and within the guidelines.",
    ],
    "retrieval_groundedness": [
        "Each claim can be traced to the retrieved document {doc}.",
        "Grounded: matches what {doc} says.",
    ],
}


def seed_labelled_holdout6(tracking_uri):
    return seed_sessions(EXPERIMENT, SESSIONS, PREFIX, EVERY_TURN_RATIONALES, step=7)
