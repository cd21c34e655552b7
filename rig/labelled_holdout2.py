"""A second held-out labelled set of chat sessions, for measuring root-cause detection, never for tuning it.

Written after the detection rules were changed on both earlier sets (labelled.py and labelled_holdout.py), so
neither those rules nor their failures shaped it. Same format and labelling rules as labelled_holdout.py (and
labelled.py, whose docstring describes the logging): one trace per turn with retriever, tool and chat-model
spans; judgements logged afterwards as MLflow's judges log them, session-level ones on the session's first
trace. `rootCauseTurn` is 1-based and is the turn where things first went wrong, as a careful engineer reading
the transcript would mark it:

- outdated-document, tool-failure, misread-request, hallucination: the first turn whose answer carries the
  wrong document, the failed or wrong tool result, the misreading or the invented fact (kind "model");
- context-window: the first turn whose model input no longer holds the message with the user's constraint,
  whether or not the answer at that turn already shows it (`constraintTurn` is the turn of that message);
- user-changed-mind: the turn where the user changed the request, said outright or only implied (kind "user");
- healthy-unlucky: the judged turn itself (a one-off slip, or a judge that is wrong about that turn);
- healthy: None.

The domains, wording and judge rationales are new (none is shared with labelled.py or labelled_holdout.py), and
the labels were written from the conversations alone, without looking at any detection algorithm or its
output. Session ids are prefixed `holdout2-` so all three sets can live on one server.
"""

import random

from labelled import call, doc, seed_sessions, turn

EXPERIMENT = "Labelled root causes, held out 2 (Session Lens)"
PREFIX = "holdout2-"


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# --------------------------------------------------------------------------------------------------------
# outdated-document
# --------------------------------------------------------------------------------------------------------

LM_ZONES_2023 = doc(
    "roaming-zones-2023",
    "Roam Like at Home (zone 1): every EU/EEA country plus the UK and Switzerland. Calls, texts and data come out of your Irish allowance at no extra cost.",
)
LM_ZONES_2026 = doc(
    "roaming-zones-2026",
    "Roaming zones from 1 January 2026. Zone 1 (Roam Like at Home): the EU/EEA and the UK. Zone 2: Switzerland, Monaco and Andorra. In zone 2, data costs 6.00 EUR per MB unless you add the Zone 2 Travel Pass (5.99 EUR a day for 1 GB); calls are 1.20 EUR a minute.",
)
LM_FAIR_USE = doc("fair-use-roaming", "Fair use in zone 1: on unlimited plans you can use up to 29 GB of data a month at no extra cost; above that, 2.42 EUR per GB.")
LM_HOTSPOT = doc("hotspot-tethering", "Personal hotspot is included on all bill-pay plans in Ireland and in zone 1.")
LM_SPEND_CAP = doc("roaming-spend-cap", "Outside zone 1 we text you when roaming charges reach 50 EUR and pause data at 60 EUR unless you reply MORE.")

OD_ROAMING = {
    "name": "outdated-zones-swiss-roaming",
    "category": "outdated-document",
    "judging": "some-turns",
    "slug": "od-zurich-roaming-8b31",
    "user": "declan.furlong@example.com",
    "app": {
        "name": "lumen_mobile_help",
        "span_type": "AGENT",
        "retriever": "search_help_centre",
        "system": "You are Lumen Mobile's customer assistant (Ireland). Use the account tools and answer from the help-centre articles.",
    },
    "turns": [
        turn(
            "Hi, I'm off to Zurich for work from 8 to 12 March. Will my phone work over there? It's the number ending 4471.",
            "Hi! I've found your line ending 4471: Unlimited 40 on bill pay, with roaming switched on, so your phone will work in Switzerland. Let me check what it costs there.",
            tools=[call("get_account", {"msisdn_last4": "4471"}, {"plan": "Unlimited 40", "type": "bill-pay", "addons": [], "roaming": "enabled"})],
        ),
        turn(
            "Great, so what will it cost me to use it there?",
            "Nothing extra: Switzerland is in zone 1, so Roam Like at Home applies and your calls, texts and data come out of your normal allowance, just as they would in Ireland.",
            docs=[LM_ZONES_2023, LM_ZONES_2026],
        ),
        turn(
            "I work off my phone a lot, mostly data. Is there a cap?",
            "On Unlimited 40 you can use up to 29 GB a month while roaming at no extra cost; beyond that it's 2.42 EUR per GB. Five days of heavy use rarely gets anywhere near that.",
            docs=[LM_FAIR_USE, LM_ZONES_2023],
        ),
        turn(
            "Can I run my laptop off it as a hotspot?",
            "Yes, personal hotspot is included on bill-pay plans at home and across zone 1, so you can tether your laptop in Zurich.",
            docs=[LM_HOTSPOT],
        ),
        turn(
            "Anything I need to switch on before I fly?",
            "Only data roaming in your phone's settings, and that's already enabled on your account. There's no pass or add-on to buy for Switzerland.",
            docs=[LM_ZONES_2023],
        ),
        turn(
            "Just landed in Zurich and got a text: 'Welcome to Switzerland. Zone 2 rates apply.' Should I worry?",
            "No need to worry: that welcome text goes out automatically whenever you cross a border. Switzerland is covered by Roam Like at Home, so carry on using your phone as normal.",
            docs=[LM_ZONES_2023, LM_ZONES_2026],
        ),
        turn(
            "Good. I'm about to start a morning of video calls over the hotspot.",
            "Go ahead: an hour of video uses roughly 1 GB, so even a full day of calls leaves you well inside your 29 GB fair-use allowance.",
        ),
        turn(
            "Ten minutes into the first call: 'Roaming charges have reached 50 EUR. Data will pause at 60 EUR unless you reply MORE.' Fifty euro in ten minutes! What's going on?",
            "I'm sorry, I got this wrong. Since 1 January 2026 Switzerland is in zone 2, not Roam Like at Home, and data there is 6.00 EUR per MB without a pass, which is how 8.4 MB came to 50.40 EUR. I've added the Zone 2 Travel Pass for the rest of your trip, 5.99 EUR a day for 1 GB.",
            docs=[LM_SPEND_CAP, LM_ZONES_2026],
            tools=[
                call("get_usage", {"msisdn_last4": "4471", "since": "2027-03-08"}, {"country": "CH", "zone": 2, "data_mb": 8.4, "charges_eur": 50.40}),
                call("add_addon", {"msisdn_last4": "4471", "addon": "ZONE2_TRAVEL_PASS", "from": "2027-03-08", "to": "2027-03-12"}, {"status": "active", "daily_eur": 5.99, "daily_gb": 1}),
            ],
        ),
        turn(
            "1 GB a day won't cover my calls, but fine. Can I have the 50 back? You told me Switzerland was included.",
            "I've asked the billing team to refund the 50.40 EUR as a goodwill gesture, reference GW-22817; they reply within 3 working days. To make the pass go further, switch calls to audio only where you can.",
            tools=[call("create_goodwill_request", {"msisdn_last4": "4471", "amount_eur": 50.40, "reason": "incorrect roaming advice"}, {"ref": "GW-22817", "status": "submitted"})],
        ),
    ],
    "judgements": [
        (2, "retrieval_groundedness", "yes", "Stated in the retrieved roaming-zones-2023: Switzerland is part of Roam Like at Home."),
        (4, "relevance_to_query", "yes", "Answers whether the laptop can be tethered abroad."),
        (6, "correctness", "no", "The text message was accurate: Switzerland is charged at zone 2 rates under the current roaming zones, so telling the customer to ignore it is wrong."),
        (8, "relevance_to_query", "yes", "Explains the 50 EUR charge and adds a pass to stop further charges."),
        (9, "guidelines", "no", "The reply moves straight on to data-saving tips without properly acknowledging the customer's frustration."),
    ],
    "root": 2,
    "evidence": "the superseded roaming-zones-2023 (Switzerland in Roam Like at Home) instead of roaming-zones-2026 (Switzerland in zone 2, 6.00 EUR per MB)",
    "why": "At turn 2 the retriever ranked the 2023 zones first and the assistant said Switzerland costs nothing extra; turns 3-7 build on it (fair use, hotspot, no pass, ignore the zone 2 text). The guidelines complaint at turn 9 is about tone.",
}

BW_2024 = doc(
    "bulky-waste/2024",
    "Bulky waste collection: each household may have one free collection a year of up to 3 large items (furniture, mattresses, white goods). Call the bulky waste line on 01632 960 140; we collect within 10 working days.",
)
BW_2026 = doc(
    "bulky-waste/2026",
    "Bulky waste collection (from 6 April 2026): 32 GBP for up to 3 items, booked and paid online at brennock.gov.uk/bulky. Fridges and freezers carry an extra 20 GBP each. Items must be out by 7:00 on the collection day. Phone bookings are no longer taken.",
)
BW_TIP = doc("recycling-centres/hollins-lane", "Hollins Lane recycling centre is open 8:00 to 18:00 every day. Residents can bring furniture, mattresses and wood free of charge in a car.")

OD_BULKY_WASTE = {
    "name": "outdated-page-bulky-collection",
    "category": "outdated-document",
    "judging": "session-only",
    "slug": "od-bulky-waste-2f7a",
    "user": "bernadette.quinlan@example.com",
    "app": {"name": "brennock_council_assistant", "retriever": "search_council_pages", "system": "You are Brennock City Council's online assistant. Answer from the council web pages provided."},
    "turns": [
        turn(
            "Hi, I'm clearing my late dad's house on Alder Grove before it goes on the market. There's a sofa, a double mattress, a fridge and a wardrobe to get rid of. Can the council take them?",
            "I'm sorry about your dad. Yes, the council collects bulky household items from homes in Brennock, and sofas, mattresses, fridges and wardrobes all count.",
            docs=[BW_2026, BW_TIP],
        ),
        turn(
            "How much is it and how do I book?",
            "It's free: every household can have one collection a year of up to 3 large items at no charge. Phone the bulky waste line on 01632 960 140 and they'll collect within 10 working days.",
            docs=[BW_2024, BW_2026],
        ),
        turn(
            "That's 4 items though. Can they take the fourth as well?",
            "The free collection stops at 3 items, so the fourth would need another collection next year. Or take it to Hollins Lane recycling centre, open 8:00 to 18:00 every day.",
            docs=[BW_2024, BW_TIP],
        ),
        turn(
            "The wardrobe comes apart, I can take it in my estate car. So the sofa, mattress and fridge go in the free collection?",
            "Yes: those three use up your one free collection for the year, and the flat-packed wardrobe can go to Hollins Lane in the car.",
        ),
        turn(
            "I've been ringing 01632 960 140 all morning and it just says the number is no longer in service.",
            "Sorry about that; the line may be having problems. Try again this afternoon, or ring the council's main switchboard and ask to be put through to the bulky waste team.",
            docs=[BW_2024, BW_2026],
        ),
        turn(
            "I've just found it on your website myself: 32 pounds, plus 20 for the fridge, and online only. Why did you tell me it was free and to phone?",
            "I'm sorry, I gave you the old arrangements. Since 6 April 2026 bulky collections are booked and paid online at brennock.gov.uk/bulky: 32 GBP for up to 3 items and an extra 20 GBP for the fridge, so 52 GBP for the sofa, mattress and fridge. Put them out by 7:00 on the collection day.",
            docs=[BW_2026],
        ),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The user spent a morning calling a disconnected number on the assistant's advice and had to find the charges and booking page on their own; they are clearly annoyed at the end."),
        ("conversation_completeness", "yes", "By the end the user knows the price, how to book the collection and where to take the wardrobe."),
    ],
    "root": 2,
    "evidence": "the superseded bulky-waste/2024 page (one free collection of 3 items, booked by phone) instead of bulky-waste/2026 (32 GBP online, 20 GBP extra for a fridge, no phone bookings)",
    "why": "Turn 2 is the first answer taken from the 2024 page (free, phone 01632 960 140); turns 3-5 plan the free collection and send the user back to the dead phone line until they find the current page themselves at turn 6.",
}

VC_2023 = doc("conditions-of-carriage-2023/animals", "Dogs travel free, up to two per passenger, on a lead or in a carrier. Dogs may not occupy seats.")
VC_2026 = doc(
    "conditions-of-carriage-2026/animals",
    "From 15 March 2026: one small dog in a carrier no larger than 85 x 60 x 60 cm travels free. Any other dog needs a dog ticket at 50% of the adult fare and must wear a muzzle on board. Maximum two dogs per passenger; dogs may not occupy seats.",
)
VC_COACHES = doc("on-board/coaches", "Coach A is the quiet coach. Dogs are welcome in every coach except the café-bar.")
VC_PENALTY = doc(
    "penalty-fares",
    "Passengers without a valid ticket, including a dog ticket where one is required, may be charged a penalty fare of 20 GBP or twice the full single fare, whichever is greater. Penalty fares can be appealed within 21 days.",
)

OD_RAIL_DOG = {
    "name": "outdated-carriage-dog-ticket",
    "category": "outdated-document",
    "judging": "every-turn",
    "slug": "od-rail-dog-c45e",
    "user": "gwen.pascoe@example.com",
    "app": {
        "name": "valecoast_travel_help",
        "span_type": "AGENT",
        "retriever": "search_conditions",
        "system": "You are Vale & Coast Railway's travel assistant. Use the journey tools and the conditions of carriage.",
    },
    "turns": [
        turn(
            "Hi! I'm taking the 09:12 from Exbridge to Porthallow on Saturday 6 March with my Labrador, Pepper. Can you check the train?",
            "The 09:12 from Exbridge on Saturday 6 March is a direct 4-coach train to Porthallow, arriving at 11:47, and it's currently running on time.",
            tools=[call("get_service", {"from": "Exbridge", "to": "Porthallow", "date": "2027-03-06", "dep": "09:12"}, {"service": "2P14", "arr": "11:47", "changes": 0, "coaches": 4, "status": "on time"})],
            gist="confirms the direct 09:12 train and when it arrives",
        ),
        turn(
            "What do I need to do for the dog?",
            "Nothing special: dogs travel free on Vale & Coast, up to two per passenger, as long as they're on a lead or in a carrier and stay off the seats.",
            docs=[VC_2023, VC_2026],
            gist="explains what is needed to bring the dog on the train",
        ),
        turn(
            "He's a big boy, about 30 kilos. Still fine?",
            "Yes, size doesn't come into it: any dog on a lead travels free, so Pepper can come along at no cost.",
            docs=[VC_2023],
            gist="answers whether a 30 kg dog can travel",
        ),
        turn(
            "Which coach is best for a big but calm dog?",
            "Dogs can go in any coach except the café-bar. Coach A is the quiet coach, which tends to be calmer, and there's more floor space by the doors at each end.",
            docs=[VC_COACHES],
            gist="recommends a coach for travelling with the dog",
        ),
        turn(
            "Perfect. So I just need my own ticket, the 24.60 advance single?",
            "That's right: just your 24.60 GBP advance single. Pepper travels free on his lead.",
            docs=[VC_2023],
            gist="confirms which tickets are needed",
        ),
        turn(
            "The guard has just given me a 20 pound penalty fare because Pepper has no ticket and no muzzle! You said he was free.",
            "I'm very sorry. Under the current conditions of carriage only a small dog in a carrier travels free; a dog of Pepper's size needs a dog ticket at half the adult fare and must wear a muzzle on board. 20 GBP is the minimum penalty fare for travelling without a required ticket.",
            docs=[VC_2026, VC_PENALTY],
            gist="explains the penalty fare under the current dog rules",
        ),
        turn(
            "Can I get the penalty back, seeing as your advice was wrong?",
            "You can appeal a penalty fare within 21 days at valecoast.example/appeals. Explain that this assistant told you Pepper travelled free and attach a screenshot of this chat; I can't promise the outcome, but it will be considered.",
            gist="explains how to appeal the penalty fare",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("yes", "Dogs on a lead travel free, up to two per passenger, consistent with the conditions of carriage."),
        (2, "retrieval_groundedness"): ("yes", "Matches conditions-of-carriage-2023/animals."),
        (3, "correctness"): ("no", "A 30 kg Labrador is not a small dog in a carrier; under the 2026 conditions it needs a dog ticket at 50% of the adult fare and has to be muzzled."),
        (5, "correctness"): ("no", "The response is inaccurate about the tickets required."),
        (5, "retrieval_groundedness"): ("no", "The claim that the dog travels free comes from the 2023 conditions of carriage, which have since been replaced."),
    },
    "root": 2,
    "evidence": "the superseded conditions-of-carriage-2023/animals (all dogs free) instead of the 2026 conditions (half-fare dog ticket and muzzle for anything but a small dog in a carrier)",
    "why": "At turn 2 the retriever put the 2023 conditions first and the assistant said dogs travel free; turns 3 and 5 repeat it for a 30 kg Labrador and the penalty fare follows at turn 6 (the judges passed turn 2 itself).",
}


# --------------------------------------------------------------------------------------------------------
# tool-failure
# --------------------------------------------------------------------------------------------------------

COURIER_DRIVERS = [("Sam", "V03"), ("Bex", "V05"), ("Tariq", "V07"), ("Gosia", "V08"), ("Len", "V11")]
COURIER_SITES = [
    ("Harbourside Dental Lab", "Canons Way", "BS1 5LL"),
    ("Gloucester Road Books", "Gloucester Road", "BS7 8AE"),
    ("Easton Print Co.", "Stapleton Road", "BS5 0RB"),
    ("Fishponds Tile Centre", "Fishponds Road", "BS16 3AP"),
    ("Clifton Florist", "Princess Victoria Street", "BS8 4BX"),
    ("Bedminster Bike Works", "North Street", "BS3 1ES"),
    ("Southville Deli", "Coronation Road", "BS3 1RN"),
    ("Portishead Marine Supplies", "High Street, Portishead", "BS20 6EN"),
    ("Kingswood Opticians", "Regent Street", "BS15 8JX"),
    ("Filton Aero Parts", "Gloucester Road North", "BS34 7BQ"),
    ("St Werburghs Pottery", "Mina Road", "BS2 9YT"),
    ("Redland Vet Clinic", "Chandos Road", "BS6 6PG"),
    ("Totterdown Records", "Wells Road", "BS4 2AB"),
    ("Henleaze Framers", "Henleaze Road", "BS9 4JY"),
]
COURIER_STREETS = [
    ("the A4 Bath Road", "BS4"),
    ("Gloucester Road", "BS7"),
    ("Whiteladies Road", "BS8"),
    ("the M32 near junction 2", "BS5"),
    ("Coronation Road", "BS3"),
    ("Fishponds Road", "BS16"),
    ("the Portway", "BS11"),
    ("Temple Way", "BS2"),
]
COURIER_SIGNERS = ["J. Ahmed", "R. Cole", "P. Nowak", "L. Grant", "M. Osei", "K. Byrne", "S. Patel", "D. Marsh", "E. Young", "T. Fenwick", "A. Reid", "H. Begum", "C. Lloyd", "N. Kaur", "G. Hughes", "F. Carter"]
COURIER_DEFECTS = [
    ("a tyre pressure warning on the dashboard", "carry on at reduced speed and check the pressures at the next stop"),
    ("a cracked wing mirror", "carry on and swap vans at the end of the shift"),
    ("the tail-lift sticking halfway", "avoid pallet jobs until the workshop has looked at it"),
    ("a rattle from the sliding door", "carry on; the workshop will look at it tomorrow"),
]
COURIER_CHAT = [
    (("Kettle's on, back in two.", "No problem."), ("Back.", "Welcome back. Nothing new has come in.")),
    ("Is the M32 still slow?", "The traffic feed shows slow traffic inbound near junction 2, but no incidents."),
    ("Who's on the late shift tonight?", "Len and Tariq are on until 20:00; Bex finishes at 16:00."),
    ("Any road closures I should know about?", "Bristol Bridge is closed to vans today for resurfacing, so BS1 jobs are routed via Redcliffe Way."),
    (("Grabbing a sandwich, ten minutes.", "Enjoy."), ("OK, back.", "Welcome back. All five drivers are on the road and nothing is overdue.")),
    ("Thanks.", "You're welcome."),
    ("Is the depot gate fixed yet?", "Facilities closed the gate ticket earlier today; it opens on the fob again."),
    ("What's the weather doing later?", "Showers on and off for the rest of the day, clearing by early evening."),
]


def courier_session_turns():
    """112 turns of a courier depot dispatcher's shift with a dispatch assistant. At turn 83 the geocoder returns
    the Station Road in Yate for an urgent job whose customer is on Station Road, Keynsham, with no error and
    97% confidence; the assistant sends the driver there. Turn 47 has a geocoder timeout that the app retries
    successfully, which does no harm."""
    rng = random.Random(112)
    minutes = [7 * 60]
    jobs = iter(range(4871, 6000, 3))
    open_jobs = []  # [job, driver, destination, minute it can be delivered]
    signers = list(COURIER_SIGNERS)
    rng.shuffle(signers)
    defects = list(COURIER_DEFECTS)
    chat = list(COURIER_CHAT)
    rng.shuffle(chat)
    rng.shuffle(defects)
    state = {}

    def geocode(site):
        name, street, postcode = site
        return call("geocode", {"address": street, "business": name}, {"formatted": f"{name}, {street}, Bristol {postcode}", "confidence": 0.99})

    def new_job():
        pickup, drop = rng.sample(COURIER_SITES, 2)
        driver, van = rng.choice(COURIER_DRIVERS)
        away = rng.randint(5, 22)
        job = f"J-{next(jobs)}"
        q = rng.choice(
            [
                f"New job: collect from {pickup[0]} on {pickup[1]}, deliver to {drop[0]} on {drop[1]}. Who's nearest?",
                f"{pickup[0]} on {pickup[1]} has a parcel for {drop[0]}, {drop[1]}. Who can grab it?",
                f"Pickup at {pickup[0]}, {pickup[1]}, going to {drop[0]} on {drop[1]}. Nearest driver?",
            ]
        )
        first = turn(
            q,
            f"{pickup[0]} is on {pickup[1]}, {pickup[2]}. Nearest is {driver} ({van}), {away} minutes away. Assign it?",
            tools=[geocode(pickup), call("nearest_driver", {"postcode": pickup[2]}, {"driver": driver, "van": van, "minutes": away})],
        )
        collect = minutes[0] + away + 2
        second = turn(
            rng.choice([f"Yes, give it to {driver}.", "Go on then.", "Yes please.", f"{driver}, yes."]),
            f"Assigned {job} to {driver}: collection at {pickup[0]} around {hhmm(collect)}, then on to {drop[0].rstrip('.')}.",
            tools=[call("assign_job", {"job": job, "driver": driver, "from": pickup[2], "to": drop[2]}, {"job": job, "status": "assigned", "eta_collection": hhmm(collect)})],
        )
        open_jobs.append([job, driver, drop[0], collect + rng.randint(15, 35)])
        return [first, second]

    def ready():
        return [j for j in open_jobs if j[3] <= minutes[0]]

    def delivered():
        done = ready()
        if not done:
            return None
        entry = done[0]
        open_jobs.remove(entry)
        job, driver, dest, _ = entry
        signer = signers.pop() if signers else rng.choice(["reception", "the front desk"])
        return [
            turn(
                rng.choice([f"{driver} says {job} is delivered, signed {signer}.", f"{job} done, {driver} got a signature from {signer}."]),
                f"Marked {job} delivered to {dest} at {hhmm(minutes[0])}, signed by {signer}.",
                tools=[call("update_job", {"job": job, "status": "delivered", "signed_by": signer}, {"job": job, "status": "delivered", "at": hhmm(minutes[0])})],
            )
        ]

    def failed():
        done = ready()
        if len(done) < 2:
            return None
        entry = done[-1]
        open_jobs.remove(entry)
        job, driver, dest, _ = entry
        return [
            turn(
                f"{driver} couldn't deliver {job}, nobody in at {dest}.",
                f"Marked {job} as a failed attempt at {hhmm(minutes[0])}: a card was left at {dest} and it's rebooked for tomorrow morning.",
                tools=[call("update_job", {"job": job, "status": "failed_attempt", "reason": "no one in"}, {"job": job, "status": "rebooked", "date": "2027-06-09"})],
            )
        ]

    def eta():
        waiting = [j for j in open_jobs if j[3] > minutes[0]]
        if not waiting:
            return None
        job, driver, dest, at = rng.choice(waiting)
        return [
            turn(
                rng.choice([f"{dest} are on the phone asking when {job} will arrive.", f"ETA for {job}?"]),
                f"{driver} should reach {dest} with {job} at about {hhmm(at)}.",
                tools=[call("get_eta", {"job": job}, {"driver": driver, "eta": hhmm(at)})],
            )
        ]

    def where():
        driver, van = rng.choice(COURIER_DRIVERS)
        street, district = rng.choice(COURIER_STREETS)
        stops = rng.randint(1, 6)
        return [
            turn(
                rng.choice([f"Where's {driver}?", f"Where's {driver} got to?", f"Location for {van}?"]),
                f"{driver} ({van}) is on {street}, {district}, with {stops} stop{'s' if stops > 1 else ''} left on the round.",
                tools=[call("get_driver_location", {"driver": driver}, {"van": van, "street": street, "district": district, "stops_left": stops})],
            )
        ]

    def vehicle():
        if not defects:
            return None
        driver, van = rng.choice(COURIER_DRIVERS)
        defect, advice = defects.pop()
        ref = f"D-{rng.randint(300, 899)}"
        return [
            turn(
                f"{driver} says {van} has {defect}.",
                f"Logged defect {ref} on {van}. {driver} can {advice}.",
                tools=[call("log_defect", {"van": van, "defect": defect}, {"ref": ref, "status": "open"})],
            )
        ]

    def small_talk(room):
        fits = [said for said in chat if room >= 2 or not isinstance(said[0], tuple)]
        if not fits:
            return None
        said = fits[-1]
        chat.remove(said)
        return [turn(*t) for t in said] if isinstance(said[0], tuple) else [turn(*said)]

    templates = [(new_job, 3), (delivered, 3), (where, 0.8), (eta, 1.2), (failed, 0.4), (vehicle, 0.3), (small_talk, 0.6)]

    def key(n):
        now = minutes[0]
        if n == 1:
            return turn(
                "Morning, it's Dee on dispatch. Who have I got today?",
                "Morning Dee! Five drivers today: Sam (V03), Bex (V05), Tariq (V07), Gosia (V08) and Len (V11). 38 jobs are pre-planned and 6 are waiting to be assigned.",
                tools=[call("get_roster", {"depot": "Bristol", "date": "2027-06-08"}, {"drivers": [{"name": d, "van": v} for d, v in COURIER_DRIVERS], "planned_jobs": 38, "unassigned": 6})],
            )
        if n == 47:  # a transient timeout the app retries successfully: an error span that did no harm
            return turn(
                "New job: collect from Cotham Hill Pharmacy on Cotham Hill, deliver to Redland Vet Clinic on Chandos Road. Who's nearest?",
                "Cotham Hill Pharmacy is on Cotham Hill, BS6 6LA. Nearest is Tariq (V07), 7 minutes away. Assign it?",
                tools=[
                    call("geocode", {"address": "Cotham Hill", "business": "Cotham Hill Pharmacy"}, error=(TimeoutError, "geocode: upstream maps API timed out after 4.0 s")),
                    call("geocode", {"address": "Cotham Hill", "business": "Cotham Hill Pharmacy", "retry": 1}, {"formatted": "Cotham Hill Pharmacy, Cotham Hill, Bristol BS6 6LA", "confidence": 0.99}),
                    call("nearest_driver", {"postcode": "BS6 6LA"}, {"driver": "Tariq", "van": "V07", "minutes": 7}),
                ],
            )
        if n == 48:
            job = f"J-{next(jobs)}"
            open_jobs.append([job, "Tariq", "Redland Vet Clinic", now + 9 + 12])
            return turn(
                "Tariq, yes.",
                f"Assigned {job} to Tariq: collection at Cotham Hill Pharmacy around {hhmm(now + 9)}, then on to Redland Vet Clinic.",
                tools=[call("assign_job", {"job": job, "driver": "Tariq", "from": "BS6 6LA", "to": "BS6 6PG"}, {"job": job, "status": "assigned", "eta_collection": hhmm(now + 9)})],
            )
        if n == 83:
            state["job"] = f"J-{next(jobs)}"
            state["deadline"] = (now + 70) // 15 * 15
            state["eta_yate"] = now + 45
            return turn(
                f"Urgent same-day: Hartley Engineering need a replacement pump seal at their workshop, 14 Station Road, by {hhmm(state['deadline'])}. It's here at the depot. Who can take it?",
                f"14 Station Road is in Yate, BS37 4AA. Gosia (V08) is 12 minutes from the depot and could have it there by about {hhmm(state['eta_yate'])}, comfortably before {hhmm(state['deadline'])}. Assign it to her?",
                tools=[
                    call("geocode", {"address": "14 Station Road", "business": "Hartley Engineering"}, {"formatted": "14 Station Road, Yate, Bristol BS37 4AA", "confidence": 0.97}),
                    call("nearest_driver", {"postcode": "BS37 4AA", "collect_at": "depot"}, {"driver": "Gosia", "van": "V08", "minutes": 12, "eta_destination": hhmm(state["eta_yate"])}),
                ],
            )
        if n == 84:
            job = state["job"]
            return turn(
                "Yes, Gosia, and mark it urgent.",
                f"Assigned {job} to Gosia as urgent: depot to 14 Station Road, Yate, arriving around {hhmm(state['eta_yate'])}.",
                tools=[call("assign_job", {"job": job, "driver": "Gosia", "priority": "urgent", "from": "depot", "to": "BS37 4AA"}, {"job": job, "status": "assigned", "eta_destination": hhmm(state["eta_yate"])})],
            )
        if n == 88:
            minutes[0] = max(now, state["eta_yate"] + 2)
            job = state["job"]
            return turn(
                "Gosia's at 14 Station Road and says it's a dental surgery, no engineering firm anywhere. Is the address right?",
                f"{job} is going to 14 Station Road, Yate BS37 4AA, which is the address on the job. The workshop may be in a unit behind the surgery; ask Gosia to look round the side and ring the customer.",
                tools=[call("get_job", {"job": job}, {"job": job, "customer": "Hartley Engineering", "to": "14 Station Road, Yate, Bristol BS37 4AA", "status": "arrived"})],
            )
        if n == 89:
            return turn("She's ringing them now.", f"OK, I'll keep {state['job']} open until we hear back.")
        if n == 90:
            minutes[0] = now + 6
            state["eta_keynsham"] = minutes[0] + 38
            job = state["job"]
            return turn(
                f"Hartley are fuming: they're on Station Road in KEYNSHAM, BS31, not Yate! It's {hhmm(minutes[0])} and the seal's on the wrong side of Bristol.",
                f"Sorry, Dee. I've re-routed {job} to Hartley Engineering, 14 Station Road, Keynsham BS31 2BH. Gosia is 38 minutes away, so about {hhmm(state['eta_keynsham'])}, after their {hhmm(state['deadline'])} deadline. Shall I let Hartley know?",
                tools=[
                    call("geocode", {"address": "14 Station Road, Keynsham BS31", "business": "Hartley Engineering"}, {"formatted": "Hartley Engineering, 14 Station Road, Keynsham, Bristol BS31 2BH", "confidence": 0.99}),
                    call("update_job", {"job": job, "to": "BS31 2BH"}, {"job": job, "status": "re-routed"}),
                    call("get_eta", {"job": job}, {"driver": "Gosia", "eta": hhmm(state["eta_keynsham"]), "minutes": 38}),
                ],
            )
        if n == 91:
            return turn(
                "Yes, tell them, and say sorry.",
                f"Sent to Hartley Engineering: 'Sorry, your pump seal went to the wrong Station Road. Our driver Gosia is on her way and will be with you at about {hhmm(state['eta_keynsham'])}.'",
                tools=[call("send_sms", {"to": "Hartley Engineering", "job": state["job"]}, {"sent": True})],
            )
        if n == 92:
            return turn(
                "How did it end up in Yate in the first place?",
                f"The job had no town or postcode, and the geocoder matched Hartley Engineering to 14 Station Road in Yate with 97% confidence, so that's where {state['job']} was routed. There are Station Roads in both Yate and Keynsham.",
            )
        if n == 100:
            done = now >= state["eta_keynsham"]
            return turn(
                "Has the Hartley seal arrived yet?",
                f"Yes: Gosia delivered {state['job']} to Hartley Engineering in Keynsham at {hhmm(state['eta_keynsham'])}, signed by R. Hartley." if done else f"Not yet: Gosia is due at Hartley Engineering in Keynsham at about {hhmm(state['eta_keynsham'])}.",
                tools=[call("get_job", {"job": state["job"]}, {"job": state["job"], "status": "delivered" if done else "en route", "eta": hhmm(state["eta_keynsham"])})],
            )
        if n == 112:
            return turn(
                "Right, that's me done. Handing over to Mike.",
                f"Thanks, Dee. Handover for Mike: {len(open_jobs)} job{'s' if len(open_jobs) != 1 else ''} still open, the oldest {open_jobs[0][0]} to {open_jobs[0][2]}. See you tomorrow!",
            )
        return None

    keys = {1, 47, 48, 83, 84, 88, 89, 90, 91, 92, 100, 112}
    turns, n = [], 1
    while n <= 112:
        minutes[0] += rng.randint(2, 7)
        if n in keys:
            turns.append(key(n))
        else:
            room = 1 if n + 1 in keys or n + 1 > 112 else 2  # a two-turn exchange must not run into a hand-written turn
            produced = None
            while not produced:
                fn = rng.choices([t for t, _ in templates], weights=[w for _, w in templates])[0]
                if fn is small_talk:
                    produced = small_talk(room)
                elif fn is not new_job or room == 2:
                    produced = fn()
            turns.extend(produced)
        n = len(turns) + 1
    return turns


TF_COURIER = {
    "name": "geocoder-wrong-town-dispatch",
    "category": "tool-failure",
    "judging": "some-turns",
    "slug": "tf-courier-shift-e902",
    "user": "dee.marchetti@example.com",
    "app": {
        "name": "parcelrun_dispatch",
        "span_type": "AGENT",
        "window": 20,
        "system": "You are the dispatch assistant at Parcelrun Couriers' Bristol depot. Use the job, driver and routing tools; keep answers short.",
    },
    "turns": courier_session_turns,
    "judgements": [
        (1, "relevance_to_query", "yes", "Lists the drivers on shift and the jobs waiting."),
        (48, "correctness", "yes", "Assigns the pharmacy job to the nearest driver with a plausible collection time."),
        (84, "relevance_to_query", "yes", "Assigns the urgent job to the driver the dispatcher chose."),
        (88, "correctness", "no", "The driver is standing outside a dental surgery; the assistant should question the address rather than insist it matches the job."),
        (90, "relevance_to_query", "yes", "Re-routes the job and gives an honest new arrival time."),
        (112, "relevance_to_query", "yes", "Gives a short handover at the end of the shift."),
        ("session", "conversation_completeness", "yes", "The dispatcher's requests throughout the shift were handled, including the re-routing of the urgent job."),
    ],
    "expect": {1: "Dee on dispatch", 47: "Cotham Hill", 48: "Tariq", 83: "Hartley Engineering", 88: "dental surgery", 90: "KEYNSHAM", 112: "Handing over"},
    "root": 83,
    "evidence": "the geocoder returned 14 Station Road, Yate (BS37, confidence 0.97) for Hartley Engineering, which is on Station Road, Keynsham (BS31); no error was raised",
    "why": "At turn 83 the geocoding tool silently resolved the wrong Station Road and the assistant passed it on; turns 84-88 assign and defend the Yate address until the customer calls at turn 90. The geocoder timeout at turn 47 was retried successfully and did no harm.",
}

TF_TUTOR = {
    "name": "availability-dst-shift-tutoring",
    "category": "tool-failure",
    "judging": "last-turn",
    "slug": "tf-tutor-slots-17bd",
    "user": "joanne.whitlock@example.com",
    "app": {"name": "brightpath_bookings", "span_type": "AGENT", "system": "You are Brightpath Tutoring's booking assistant. Use the tutor and booking tools."},
    "turns": [
        turn(
            "Hi, I'd like to book maths tutoring for my son Arlo. He's in Year 10, doing the Higher GCSE paper.",
            "We have two GCSE Higher maths tutors: Ms Adeyemi (38 GBP an hour) and Mr Castell (34 GBP an hour). Sessions are one-to-one on video.",
            tools=[call("find_tutors", {"subject": "maths", "level": "GCSE Higher"}, {"tutors": [{"id": "T-114", "name": "Ms Adeyemi", "rate_gbp": 38}, {"id": "T-207", "name": "Mr Castell", "rate_gbp": 34}]})],
        ),
        turn(
            "Ms Adeyemi please, a friend recommended her. What has she got after school next week?",
            "Ms Adeyemi has Tuesday 30 March at 15:00 and Thursday 1 April at 16:30, an hour each.",
            tools=[
                call(
                    "get_availability",
                    {"tutor": "T-114", "from": "2027-03-29", "to": "2027-04-02", "after": "15:00"},
                    {"tz": "Europe/London", "slots": [{"start": "2027-03-30T15:00", "minutes": 60}, {"start": "2027-04-01T16:30", "minutes": 60}]},
                )
            ],
        ),
        turn(
            "Tuesday at 3 is too early, Arlo's not home till 3:40. Nothing at 4 or later on Tuesday?",
            "Not on Tuesday, I'm afraid: her only later slot next week is Thursday at 16:30.",
        ),
        turn(
            "Thursday 16:30 then.",
            "Booked: Arlo with Ms Adeyemi on Thursday 1 April, 16:30 to 17:30, booking BP-5521. The classroom link is in your confirmation email.",
            tools=[call("book_session", {"tutor": "T-114", "start": "2027-04-01T16:30", "student": "Arlo Whitlock"}, {"booking": "BP-5521", "start": "2027-04-01T16:30", "status": "confirmed"})],
        ),
        turn(
            "What will he need?",
            "A laptop or tablet with a camera, squared paper, a pen and his scientific calculator. It helps to send Ms Adeyemi a past-paper question he found hard beforehand.",
        ),
        turn(
            "He logged on at 16:30 and he's been waiting 15 minutes. No tutor.",
            "The booking is confirmed for 16:30, so Ms Adeyemi may just be running late. Ask Arlo to stay in the classroom; I've sent her a reminder.",
            tools=[
                call("get_booking", {"booking": "BP-5521"}, {"booking": "BP-5521", "start": "2027-04-01T16:30", "status": "confirmed"}),
                call("send_reminder", {"booking": "BP-5521", "to": "tutor"}, {"sent": True}),
            ],
        ),
        turn(
            "Ms Adeyemi has just emailed me: she has Arlo down for 17:30 and never had anything at 16:30. Which is it??",
            "Her calendar has Arlo at 17:30. Our booking system showed her times an hour early after the clocks went forward on 28 March, so the slots I gave you were wrong; I'm sorry. The session is at 17:30 today, and Tuesday's '15:00' would really have been 16:00.",
            tools=[
                call(
                    "get_tutor_calendar",
                    {"tutor": "T-114", "date": "2027-04-01"},
                    {"events": [{"start": "2027-04-01T17:30", "booking": "BP-5521"}], "note": "booking platform showed slots after 28 Mar 1 h early (DST sync defect, fixed 1 Apr 15:50)"},
                )
            ],
        ),
    ],
    "judgements": [
        (6, "correctness", "no", "The information about the session time is not accurate."),
    ],
    "root": 2,
    "evidence": "get_availability returned Ms Adeyemi's slots an hour early with no error (a daylight-saving sync defect after 28 March): 15:00 and 16:30 were really 16:00 and 17:30",
    "why": "At turn 2 the availability tool returned shifted times and the assistant passed them on; turn 3 rules out a Tuesday slot that was really at 16:00, turn 4 books '16:30' and turn 6 tells the parent the tutor is late.",
}

TF_GROCERY = {
    "name": "stock-check-unreachable-brunch",
    "category": "tool-failure",
    "judging": "every-turn",
    "slug": "tf-grocery-brunch-5a6c",
    "user": "harriet.lomax@example.com",
    "app": {"name": "greenbasket_shopper", "span_type": "AGENT", "system": "You are Greenbasket's grocery ordering assistant. Use the store tools for slots, stock and orders."},
    "judges": ["correctness", "relevance_to_query", "safety"],
    "turns": [
        turn(
            "Hi, I'm hosting brunch for 10 on Saturday. Can I get a delivery Saturday morning?",
            "Saturday morning has 7:00-8:00 and 8:00-9:00 at 4.50 GBP, or 10:00-11:00 at 3.00 GBP.",
            tools=[
                call(
                    "get_slots",
                    {"store": "Leeds Kirkstall", "date": "2027-05-29", "before": "12:00"},
                    {"slots": [{"window": "07:00-08:00", "fee_gbp": 4.5}, {"window": "08:00-09:00", "fee_gbp": 4.5}, {"window": "10:00-11:00", "fee_gbp": 3.0}]},
                )
            ],
            gist="lists the Saturday morning delivery slots and their fees",
        ),
        turn(
            "8 to 9 please. And add 2 dozen free-range eggs, 3 sourdough loaves, 1 kg of smoked salmon, 2 tubs of crème fraîche and 12 all-butter croissants.",
            "Your 8:00-9:00 slot on Saturday is reserved. Everything's in stock and in your basket: 24 free-range eggs, 3 sourdough loaves, 1 kg smoked salmon, 2 tubs of crème fraîche and 12 all-butter croissants, 98.35 GBP plus the 4.50 delivery.",
            tools=[
                call("reserve_slot", {"store": "Leeds Kirkstall", "date": "2027-05-29", "window": "08:00-09:00"}, {"reserved": True, "hold_until": "2027-05-28T23:00"}),
                call(
                    "check_stock",
                    {"store": "Leeds Kirkstall", "date": "2027-05-29", "skus": ["EGG-FR-12", "SOUR-800", "SMK-SAL-1KG", "CRF-300", "CRS-12"]},
                    error=(ConnectionError, "check_stock: inventory service unreachable (connection reset by peer); treating items as available"),
                ),
                call(
                    "add_to_basket",
                    {"items": [{"sku": "EGG-FR-12", "qty": 2}, {"sku": "SOUR-800", "qty": 3}, {"sku": "SMK-SAL-1KG", "qty": 1}, {"sku": "CRF-300", "qty": 2}, {"sku": "CRS-12", "qty": 1}]},
                    {"basket_total_gbp": 98.35},
                ),
            ],
            gist="reserves the slot and adds the five items to the basket",
        ),
        turn(
            "Is the salmon properly sourced? One guest only eats certified fish.",
            "Yes: it's Scottish farmed salmon with ASC certification.",
            tools=[call("get_product", {"sku": "SMK-SAL-1KG"}, {"name": "Scottish smoked salmon 1 kg", "origin": "Scotland", "certification": "ASC", "price_gbp": 32.0})],
            gist="confirms where the salmon comes from and its certification",
        ),
        turn(
            "And no substitutions on the salmon, please. I don't want trout turning up.",
            "Done: no substitutes for the smoked salmon. If it can't be supplied it will be left out and refunded.",
            tools=[call("set_substitution", {"sku": "SMK-SAL-1KG", "allow": False}, {"ok": True})],
            gist="turns off substitutions for the salmon",
        ),
        turn(
            "Delivery's just come: no salmon and no croissants, and the driver says they've been out of stock since Thursday. You said it was all in stock!",
            "I'm sorry. The smoked salmon and the croissants weren't delivered, and 41.80 GBP is being refunded to your card. Your local Greenbasket's bakery counter may still have croissants this morning.",
            tools=[
                call(
                    "get_order",
                    {"order": "GB-771203"},
                    {"status": "delivered", "missing": [{"sku": "SMK-SAL-1KG", "refund_gbp": 32.0}, {"sku": "CRS-12", "refund_gbp": 9.8}], "refund_total_gbp": 41.8},
                )
            ],
            gist="confirms the missing items and the refund",
        ),
        turn(
            "But why did you tell me on Wednesday they were in stock?",
            "When you ordered, the stock check showed all five items as available; stock can sell out between ordering and picking, especially on Fridays.",
            gist="explains why the items showed as in stock when ordered",
        ),
    ],
    "overrides": {
        (6, "correctness"): ("no", "No availability was ever confirmed: the stock check failed when the order was placed, so saying it showed all five items as available is untrue."),
    },
    "root": 2,
    "evidence": "check_stock failed with a connection error at turn 2 and the app treated every item as available; the salmon and croissants had been out of stock since Thursday",
    "why": "At turn 2 the stock tool failed and the assistant said everything was in stock; turns 3-4 plan around the salmon, turn 5 shows it missing and turn 6 claims the check had succeeded.",
}

TF_PRINT = {
    "name": "preflight-502-business-cards",
    "category": "tool-failure",
    "judging": "session-only",
    "slug": "tf-print-cards-93f0",
    "user": "nkechi.adebayo@example.com",
    "app": {"name": "inkwell_print_assistant", "span_type": "AGENT", "system": "You are Inkwell Print's order assistant. Use the pricing, artwork and order tools."},
    "turns": [
        turn(
            "Hi, I need 500 business cards for my new physio practice. Double-sided, matt finish.",
            "500 double-sided matt business cards on 400gsm board are 42 GBP, printed and dispatched within 5 working days.",
            tools=[call("get_price", {"product": "business_cards", "qty": 500, "sides": 2, "finish": "matt", "stock_gsm": 400}, {"price_gbp": 42.0, "turnaround_days": 5})],
        ),
        turn(
            "Great. What do you need from me?",
            "A print-ready PDF at 85 x 55 mm plus 3 mm bleed on every side (91 x 61 mm in total), images at 300 dpi and colours in CMYK. Keep text at least 3 mm inside the trim.",
        ),
        turn(
            "OK, uploaded 'harbourside-physio-cards.pdf'.",
            "Thanks! Your file has passed our preflight checks: size, bleed, resolution and colour are all fine. Shall I send it to print?",
            tools=[
                call("upload_artwork", {"file": "harbourside-physio-cards.pdf"}, {"file_id": "F-88120", "pages": 2}),
                call("run_preflight", {"file_id": "F-88120"}, error=(RuntimeError, "preflight: service unavailable (HTTP 502 from preflight-worker); file stored without checks")),
            ],
        ),
        turn(
            "Yes please.",
            "Order IP-40215 is in: 500 cards, 42 GBP, dispatched by Thursday 15 April.",
            tools=[call("place_order", {"file_id": "F-88120", "product": "business_cards", "qty": 500}, {"order": "IP-40215", "total_gbp": 42.0, "dispatch_by": "2027-04-15"})],
        ),
        turn(
            "Can I track it?",
            "It's on its way with Royal Mail Tracked 48, tracking number RM41283377GB.",
            tools=[call("get_order", {"order": "IP-40215"}, {"status": "dispatched", "carrier": "Royal Mail Tracked 48", "tracking": "RM41283377GB"})],
        ),
        turn(
            "The cards have arrived. There's a thin white strip down two edges and the logo looks fuzzy. What happened?",
            "I'm sorry. I've rerun the check: your PDF has no bleed (it's exactly 85 x 55 mm) and the logo is only 96 dpi, which explains the white edges and the blur. The check couldn't run when you uploaded the file, and I shouldn't have told you it passed. Send a corrected file and we'll reprint free of charge.",
            tools=[call("run_preflight", {"file_id": "F-88120"}, {"errors": ["no bleed: page size 85 x 55 mm", "image 'logo.png': effective resolution 96 dpi"]})],
        ),
        turn(
            "Great, so I have to pay my designer again, and I've no cards for my opening on Monday.",
            "I understand, and I'm sorry. Once the new file is in I'll put the reprint on our 24-hour service at no cost, so it's dispatched the next working day.",
        ),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The customer was told the artwork was fine, received unusable cards, and ends the conversation without cards for their opening and with extra design costs."),
        ("conversation_completeness", "yes", "The price, file requirements, order, tracking and reprint questions were all answered."),
    ],
    "root": 3,
    "evidence": "run_preflight failed with HTTP 502 at turn 3 and the file was stored unchecked; the assistant said it had passed (it had no bleed and a 96 dpi logo)",
    "why": "At turn 3 the preflight tool failed and the assistant reported a pass anyway; the order at turn 4 prints the faulty file and turn 6 finds the errors the check would have caught.",
}


# --------------------------------------------------------------------------------------------------------
# context-window
# --------------------------------------------------------------------------------------------------------

CW_FORMAL_GERMAN = {
    "name": "window-formal-german-address",
    "category": "context-window",
    "judging": "every-turn",
    "slug": "cw-tea-translation-4d19",
    "user": "rosalind.achterberg@example.com",
    "app": {"name": "lingodesk_translate", "window": 6, "system": "You translate customer messages for small businesses."},
    "turns": [
        turn(
            "Hi! I run a small tea shop in Leeds and ship to lots of customers in Germany. I'll send you bits of customer emails to put into German. Please always use the formal 'Sie' form, never 'du': most of our customers are older and expect it.",
            "Happy to help! I'll translate everything into German with the formal 'Sie'. Send the first one whenever you're ready.",
            gist="confirms it will translate into formal German",
        ),
        turn(
            "First one: 'Your order has shipped and should arrive within 5 working days. You can track it with the link below.'",
            "„Ihre Bestellung wurde versandt und sollte innerhalb von 5 Werktagen bei Ihnen eintreffen. Sie können die Sendung über den untenstehenden Link verfolgen.“",
            gist="translates the shipping notice into German",
        ),
        turn(
            "Next: 'Unopened tea can be returned within 30 days. Please include your order number.'",
            "„Ungeöffneter Tee kann innerhalb von 30 Tagen zurückgegeben werden. Bitte geben Sie Ihre Bestellnummer an.“",
            gist="translates the returns note into German",
        ),
        turn(
            "Newsletter line: 'Our tea of the month is a smoky Lapsang Souchong from Fujian. Order before Sunday and get 10% off.'",
            "„Unser Tee des Monats ist ein rauchiger Lapsang Souchong aus Fujian. Bestellen Sie bis Sonntag und erhalten Sie 10 % Rabatt.“",
            gist="translates the tea-of-the-month newsletter line",
        ),
        turn(
            "'Thank you for your order! Your Assam will be with you in 3 to 4 days.'",
            "„Vielen Dank für Ihre Bestellung! Ihr Assam ist in 3 bis 4 Tagen bei Ihnen.“",
            gist="translates the order thank-you message",
        ),
        turn(
            "'We have a new winter blend with cinnamon and orange peel. Would you like a free sample with your next order?'",
            "„Wir haben eine neue Wintermischung mit Zimt und Orangenschale. Möchtest du mit deiner nächsten Bestellung eine kostenlose Probe?“",
            gist="translates the winter blend offer",
        ),
        turn(
            "'If your parcel hasn't arrived, just reply to this email and we'll sort it out.'",
            "„Falls dein Paket noch nicht angekommen ist, antworte einfach auf diese E-Mail – wir kümmern uns darum.“",
            gist="translates the missing-parcel message",
        ),
        turn(
            "I sent the winter blend one and a customer wrote back that she found it far too familiar. What went wrong?",
            "The translation addressed her with 'du', the informal form. For your customers the polite 'Sie' fits better: „Wir haben eine neue Wintermischung mit Zimt und Orangenschale. Möchten Sie mit Ihrer nächsten Bestellung eine kostenlose Probe erhalten?“ The parcel message should be formal too: „Falls Ihr Paket noch nicht angekommen ist, antworten Sie einfach auf diese E-Mail – wir kümmern uns darum.“",
            gist="explains the informal address and gives formal versions of both messages",
        ),
    ],
    "overrides": {
        (6, "correctness"): ("yes", "The German is grammatical and carries the meaning of the English sentence."),
        (6, "guidelines"): ("no", "The shop owner wanted customers addressed politely; 'Möchtest du' and 'deiner' are the familiar form."),
        (7, "correctness"): ("no", "Uses informal address ('dein Paket', 'antworte'), although the user asked for the polite register for this shop's older customers."),
        (8, "correctness"): ("yes", "Correctly identifies the informal 'du' as the problem and gives polite versions of both messages."),
    },
    "root": 5,
    "constraint": 1,
    "evidence": "the app sends only the last 6 messages: from turn 5 the model no longer saw the turn-1 request to always use 'Sie', never 'du'",
    "why": "Turn 5 is the first turn whose model input lacks the turn-1 instruction (its answer happens to stay formal); turns 6 and 7 switch to 'du' and the customer complains at turn 8.",
}

CW_KNEE = {
    "name": "window-acl-no-jumping",
    "category": "context-window",
    "judging": "last-turn",
    "slug": "cw-knee-workout-a7e3",
    "user": "marcus.oyelaran@example.com",
    "app": {"name": "fitloop_coach", "window": 8, "system": "You are Fitloop's home-workout coach."},
    "turns": [
        turn(
            "Hi, I'd like a home workout plan: 3 days a week, 30 minutes, no equipment apart from a mat.",
            "Sounds good! What's your main goal: strength, general fitness, weight loss?",
        ),
        turn(
            "General fitness and dropping a few kilos. Important: I had ACL surgery on my right knee last year, so no jumping and no deep squats or lunges. My physio says that's off limits for another six months.",
            "Understood: no jumping, no deep squats and no lunges. I'll build the plan around low-impact, knee-friendly moves.",
        ),
        turn(
            "Day 1?",
            "Day 1 (upper body and core): 3 rounds of 10 push-ups (on your knees if needed), a 30-second plank, 12 glute bridges and 10 bird-dogs per side, with 40 seconds' rest between rounds.",
        ),
        turn(
            "Day 2?",
            "Day 2 (low-impact cardio): 5 blocks of 4 minutes, alternating marching on the spot with high arms, standing side steps and shadow boxing, with a minute's rest between blocks.",
        ),
        turn(
            "Nice. And Day 3?",
            "Day 3 (hips and legs, knee-friendly): 3 rounds of 15 glute bridges, 12 side-lying leg raises per side, 15 clamshells per side, 15 calf raises and a 30-second side plank per side.",
        ),
        turn(
            "How should I warm up?",
            "Five minutes: arm circles, hip circles, marching on the spot and gentle torso twists, building the pace as you go.",
        ),
        turn(
            "It's week 3 and it's all feeling a bit easy. Can you make it harder?",
            "Great progress! For week 3: add a fourth round on each day, cut the rests to 30 seconds, and move from knee push-ups to full push-ups.",
        ),
        turn(
            "Could we get more cardio in? I want to burn more calories.",
            "Add a 6-minute finisher at the end of each session: 30 seconds of jumping jacks, 30 seconds of squat jumps, 30 seconds of mountain climbers and 30 seconds' rest, three times through.",
        ),
        turn(
            "And my legs don't feel like they're working much.",
            "Add deep bodyweight squats and reverse lunges on Day 3: 3 sets of 12 of each, going as low as you can with control.",
        ),
    ],
    "judgements": [
        (9, "safety", "no", "The user is recovering from knee ligament surgery and was told by their physio to avoid jumping and deep knee bending; deep squats and lunges (and the squat jumps suggested just before) could injure them."),
    ],
    "root": 7,
    "constraint": 2,
    "evidence": "the app sends only the last 8 messages: from turn 7 the model no longer saw the turn-2 'ACL surgery, no jumping, no deep squats or lunges'",
    "why": "Turn 7 is the first turn whose model input lacks the turn-2 restriction; turn 8 adds jumping jacks and squat jumps and turn 9 adds deep squats and lunges.",
}

CW_EV_ROADTRIP = {
    "name": "window-ev-ac-only-range",
    "category": "context-window",
    "judging": "session-only",
    "slug": "cw-ev-roadtrip-61c8",
    "user": "claire.vautrin@example.com",
    "app": {"name": "roadbook_trip_planner", "window": 4, "system": "You plan road trips in Europe."},
    "turns": [
        turn(
            "We're driving from Lyon to Barcelona next week, my partner and me, over two days with a night somewhere nice on the way.",
            "Lovely trip! Good overnight stops are Montpellier, Carcassonne or Narbonne. Any preference, and is there anything I should know about the car?",
        ),
        turn(
            "The car matters: it's an older electric car, realistically about 250 km on the motorway in winter, and it can only charge on AC (Type 2), no rapid DC chargers. So no leg over about 200 km, and each charge takes two to three hours.",
            "Understood: legs of 200 km at most, AC charging only, and long charging stops. An overnight at a hotel with a charger suits that well; I'll plan around AC points.",
        ),
        turn(
            "Carcassonne sounds nicer than Montpellier for the night.",
            "Carcassonne it is: the walled Cité is beautiful in the evening. Several hotels just below the Cité have Type 2 chargers for guests, so the car can charge overnight.",
        ),
        turn(
            "Where should we eat there?",
            "Cassoulet is the local dish: the restaurants on Place Marcou inside the Cité serve it, and the Bastide Saint-Louis below is cheaper and quieter.",
        ),
        turn(
            "Great. Can you write up the full itinerary with the stops?",
            "Day 1: Lyon to Carcassonne, about 440 km on the A7, A9 and A61. Stop for lunch at the Montélimar aire (about 150 km), then again near Narbonne (about 210 km further), and on to Carcassonne for the night. Day 2: Carcassonne to Barcelona, about 290 km via Perpignan and the AP-7, roughly 3 hours with no stop needed.",
        ),
        turn(
            "Do we need to book chargers or anything?",
            "No need to book: the Ionity stations at the Montélimar and Narbonne aires will top you up in 20 to 30 minutes, so charging fits into your coffee stops.",
        ),
        turn(
            "We're at the Montélimar aire and the only chargers here are rapid DC ones. Our car can't use them, I told you that!",
            "I'm sorry. The nearest AC chargers are in Montélimar itself, about 10 minutes away, at the Allées Provençales car park. Expect 2 to 3 hours there, so you may want to stop for the night in Nîmes rather than push on to Carcassonne.",
        ),
    ],
    "session_judgements": [
        ("knowledge_retention", "no", "The user explained that their car can't use fast chargers and needs a stop every 200 km or so; the final itinerary has a 290 km leg with no stop and relies on 20-minute rapid charging."),
        ("user_frustration", "unresolved", "The couple end up at a motorway services with no charger their car can use and have to rework the trip."),
    ],
    "root": 5,
    "constraint": 2,
    "evidence": "the app sends only the last 4 messages: from turn 5 the model no longer saw the turn-2 'AC charging only, no leg over about 200 km'",
    "why": "Turn 5 is the first turn whose model input lacks the turn-2 limits, and its itinerary already breaks them (210 and 290 km legs); turn 6 relies on rapid DC chargers and the couple are stuck at turn 7.",
}

INTERVIEW_CANDIDATES = ["Amara Obi", "Helena Brandt", "Sofia Alvarez", "Rhys Morgan", "Nadia Haddou", "Lucas Petit"]
INTERVIEW_ENGINEERS = ["Dev", "Marta", "Ollie"]
INTERVIEW_ROOMS = ["Curlew", "Lapwing"]
INTERVIEW_DAYS = [("Monday", 12), ("Tuesday", 13), ("Wednesday", 14), ("Thursday", 15), ("Monday", 19), ("Tuesday", 20), ("Wednesday", 21), ("Thursday", 22)]
INTERVIEW_QA = [
    ("Should we tell candidates who's on the panel?", "Yes, it helps them prepare and feels more welcoming: put the names and roles in the invite."),
    ("What's a fair length for the take-home exercise?", "No more than 3 hours, stated in the brief, with at least 5 days to fit it in."),
    ("Do we pay travel for on-site interviews?", "It's good practice for a final round: standard-class rail and up to 20 GBP for food, claimed through the expenses form."),
    ("How quickly should we give feedback after the final round?", "Within 3 working days; strong candidates often have other offers."),
    ("In person or video?", "Either works; offer video to anyone travelling more than about 2 hours."),
    ("How should the 90 minutes be split?", "A common split: 10 minutes of introductions, 45 on a system design problem, 25 on their experience and 10 for their questions."),
    ("Should they meet the wider team?", "A 15-minute informal chat with a team member after the panel works well, as long as it isn't scored."),
    ("How do we make it accessible?", "Ask every candidate in the invite whether they need any adjustments, such as extra time or a step-free room."),
]


def interview_session_turns():
    """38 turns of a recruiting coordinator scheduling final-round interviews with an assistant that sends the
    model only the last 12 messages. At turn 3 the coordinator rules out Fridays (the hiring manager doesn't
    work them); from turn 10 that message is out of the model's view, and at turns 19 and 27 the assistant
    books Friday interviews when candidates ask for them."""
    rng = random.Random(38)
    scheduled = []
    booked_slots = {(15, "11:30"), (22, "16:00")}  # the Thursday slots offered at turn 33 stay free
    panels, invited, briefed, rooms_checked, rooms_booked = {}, set(), set(), set(), set()
    to_schedule = list(INTERVIEW_CANDIDATES[1:])
    rng.shuffle(to_schedule)
    qa = list(INTERVIEW_QA)
    rng.shuffle(qa)
    events = iter(range(2201, 2300, 4))

    def book(candidate, day, date, time_, engineer, room):
        scheduled.append(candidate)
        panels[candidate] = engineer
        if time_ >= "13:00":
            rooms_booked.add((date, room))
        booked_slots.add((date, time_))
        event = f"INT-{next(events)}"
        return call(
            "schedule_interview",
            {"candidate": candidate, "date": f"2027-04-{date:02d}", "time": time_, "minutes": 90, "panel": ["Priya", engineer], "room": room},
            {"event": event, "status": "booked"},
        )

    def schedule():
        if not to_schedule:
            return room_check()
        candidate = to_schedule.pop()
        day, date = rng.choice(INTERVIEW_DAYS)
        time_ = rng.choice([t for t in ("09:30", "11:30", "14:00", "16:00") if (date, t) not in booked_slots])
        engineer, room = rng.choice(INTERVIEW_ENGINEERS), rng.choice(INTERVIEW_ROOMS)
        tool = book(candidate, day, date, time_, engineer, room)
        nth = {1: "st", 2: "nd", 3: "rd"}.get(date % 10 if date not in (11, 12, 13) else 0, "th")
        q = rng.choice([f"Book {candidate} for {day} {date} April at {time_}, with {engineer}.", f"{candidate} can do {day} the {date}{nth} at {time_}. {engineer} is free then."])
        return turn(q, f"Booked {candidate} on {day} {date} April at {time_} with Priya and {engineer}, room {room}. {len(scheduled)} of 8 scheduled.", tools=[tool])

    def invite():
        todo = [c for c in scheduled if c not in invited]
        if not todo:
            return qa_turn()
        candidate = rng.choice(todo)
        invited.add(candidate)
        return turn(
            rng.choice([f"Send {candidate} the invite.", f"Can you send {candidate} the calendar invite and the pre-read?"]),
            f"Sent {candidate} the calendar invite with directions, the panel's names and the pre-read on Mossgate's data platform.",
            tools=[call("send_invite", {"candidate": candidate, "attachments": ["directions", "pre-read"]}, {"sent": True})],
        )

    def room_check():
        options = [(day, date, room) for day, date in INTERVIEW_DAYS for room in INTERVIEW_ROOMS if (date, room) not in rooms_checked | rooms_booked]
        day, date, room = rng.choice(options)
        rooms_checked.add((date, room))
        return turn(
            f"Is {room} free on {day} {date} April in the afternoon?",
            f"{room} is free on {day} {date} April from 13:00 to 17:30.",
            tools=[call("check_room", {"room": room, "date": f"2027-04-{date:02d}", "from": "13:00", "to": "17:30"}, {"free": True})],
        )

    def brief():
        todo = [c for c in scheduled if c not in briefed]
        if not todo:
            return qa_turn()
        candidate = rng.choice(todo)
        briefed.add(candidate)
        engineer = panels[candidate]
        return turn(
            f"Send {engineer} {candidate}'s CV and the question bank.",
            f"Sent {engineer} {candidate}'s CV and the senior data engineer question bank.",
            tools=[call("send_email", {"to": engineer, "attachments": [f"cv:{candidate}", "question-bank:senior-data-engineer"]}, {"sent": True})],
        )

    def qa_turn():
        if not qa:
            return room_check()
        return turn(*qa.pop())

    templates = [(schedule, 3), (invite, 2), (room_check, 0.6), (brief, 1.2), (qa_turn, 1.5)]

    hand = {
        1: lambda: turn(
            "Hi! I'm coordinating the final-round interviews for the Senior Data Engineer role at Mossgate, over the two weeks from 12 to 23 April. 8 candidates made it through.",
            "Great, let's get them booked. How long is each interview, and who sits on the panel?",
        ),
        2: lambda: turn(
            "90 minutes each. The panel is always Priya, the hiring manager, plus one of our engineers: Dev, Marta or Ollie.",
            "Got it: 90 minutes, with Priya and one of Dev, Marta or Ollie. I'll check the engineers' calendars as we go.",
        ),
        3: lambda: turn(
            "One firm rule: no interviews on Fridays. Priya works four days a week and is never in on a Friday, and she has to be on every panel.",
            "Noted: Monday to Thursday only. Who's first?",
        ),
        4: lambda: turn(
            "Amara Obi, Tuesday 13 April at 09:30, with Dev.",
            f"Booked Amara Obi on Tuesday 13 April at 09:30 with Priya and Dev, room Curlew. {len(scheduled) + 1} of 8 scheduled.",
            tools=[book("Amara Obi", "Tuesday", 13, "09:30", "Dev", "Curlew")],
        ),
        19: lambda: turn(
            "Tomasz Wiśniewski says Friday is the only day he can do, he's working his notice. Can we do Friday 16 April at 10:00, with Marta?",
            f"Booked Tomasz Wiśniewski on Friday 16 April at 10:00 with Priya and Marta, room Curlew. {len(scheduled) + 1} of 8 scheduled.",
            tools=[book("Tomasz Wiśniewski", "Friday", 16, "10:00", "Marta", "Curlew")],
        ),
        27: lambda: turn(
            "Kenji Mori has asked for a Friday as well, the 23rd, any time after lunch. Ollie can do it.",
            f"Booked Kenji Mori on Friday 23 April at 14:00 with Priya and Ollie, room Lapwing. {len(scheduled) + 1} of 8 scheduled.",
            tools=[book("Kenji Mori", "Friday", 23, "14:00", "Ollie", "Lapwing")],
        ),
        33: lambda: turn(
            "Priya's just messaged me: why are there interviews in her calendar on Friday the 16th and Friday the 23rd? She doesn't work Fridays!",
            "Sorry, those two shouldn't be on Fridays. Priya is free on Thursday 15 April at 11:30 and Thursday 22 April at 16:00; shall I offer those to Tomasz and Kenji?",
            tools=[call("find_slots", {"panel": ["Priya"], "weekdays": ["Thu"], "from": "2027-04-12", "to": "2027-04-23", "minutes": 90}, {"slots": ["2027-04-15T11:30", "2027-04-22T16:00"]})],
        ),
        34: lambda: turn(
            "Yes, email them both and ask.",
            "Emailed Tomasz (Thursday 15 April, 11:30) and Kenji (Thursday 22 April, 16:00), asking them to confirm by tomorrow. Their Friday slots stay held until they reply.",
            tools=[
                call("send_email", {"to": "Tomasz Wiśniewski", "template": "reschedule", "slot": "2027-04-15T11:30"}, {"sent": True}),
                call("send_email", {"to": "Kenji Mori", "template": "reschedule", "slot": "2027-04-22T16:00"}, {"sent": True}),
            ],
        ),
        38: lambda: turn(
            "That's me done for today, thanks!",
            f"You're welcome! {len(scheduled)} of 8 interviews are in the calendar; I'll chase Tomasz and Kenji for their replies.",
        ),
    }
    turns = []
    for n in range(1, 39):
        if n in hand:
            turns.append(hand[n]())
        else:
            fn = rng.choices([t for t, _ in templates], weights=[w for _, w in templates])[0]
            turns.append(fn())
    return turns


CW_INTERVIEWS = {
    "name": "window-no-friday-panels",
    "category": "context-window",
    "judging": "some-turns",
    "slug": "cw-interview-rota-0e5d",
    "user": "yvette.okonkwo@example.com",
    "app": {"name": "hirebird_scheduler", "span_type": "AGENT", "window": 12, "system": "You help recruiters schedule interviews. Use the calendar and email tools."},
    "turns": interview_session_turns,
    "judgements": [
        (3, "relevance_to_query", "yes", "Acknowledges the scheduling rule and asks for the first candidate."),
        (4, "correctness", "yes", "The interview is on a Tuesday with the hiring manager and an engineer, as required."),
        (19, "correctness", "no", "Friday is not an option: the hiring manager, who must sit on every panel, doesn't work on Fridays."),
        (27, "guidelines", "no", "Books an interview on a day the coordinator had excluded at the start of the conversation."),
        (33, "relevance_to_query", "yes", "Responds to the hiring manager's complaint and proposes Thursday alternatives."),
        ("session", "knowledge_retention", "no", "Early on the coordinator said interviews must run Monday to Thursday because Priya is off on Fridays; two interviews were later booked on Fridays."),
    ],
    "expect": {3: "no interviews on Fridays", 4: "Amara Obi", 19: "Friday 16 April", 27: "Friday 23 April", 33: "doesn't work Fridays"},
    "root": 10,
    "constraint": 3,
    "evidence": "the app sends only the last 12 messages: from turn 10 the model no longer saw the turn-3 rule 'no interviews on Fridays, Priya is never in'",
    "why": "Turn 10 is the first turn whose model input lacks the turn-3 rule; when candidates ask for Fridays the assistant books them (turns 19 and 27) and the hiring manager objects at turn 33.",
}


# --------------------------------------------------------------------------------------------------------
# misread-request
# --------------------------------------------------------------------------------------------------------

MR_WINBACK_SQL = {
    "name": "misread-not-ordered-query",
    "category": "misread-request",
    "judging": "some-turns",
    "slug": "mr-winback-sql-7c22",
    "user": "tobias.lindgren@example.com",
    "app": {"name": "querysmith", "system": "You help analysts write and debug SQL for PostgreSQL."},
    "turns": [
        turn(
            "I've got two Postgres tables, customers(id, name, email) and orders(id, customer_id, created_at, total). Marketing wants a win-back email to customers who haven't ordered anything in the last 90 days. Can you write the query?",
            "Here you go:\n```sql\nSELECT DISTINCT c.id, c.name, c.email\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= now() - interval '90 days';\n```",
        ),
        turn(
            "Can it also show each customer's most recent order date?",
            "Swap DISTINCT for a GROUP BY:\n```sql\nSELECT c.id, c.name, c.email, max(o.created_at) AS last_order\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= now() - interval '90 days'\nGROUP BY c.id, c.name, c.email;\n```",
        ),
        turn("Sort it with the latest last order at the top.", "Add `ORDER BY last_order DESC` at the end."),
        turn(
            "Ran it and got 4,812 rows. That feels like a lot, we only have about 6,100 customers.",
            "That's not unusual for a business with a loyal base; it just means most of your customers fall into this group. To focus the email you could add `HAVING sum(o.total) > 50` and target higher-value customers.",
        ),
        turn(
            "Marketing sent it this morning and our best customers are replying 'I ordered from you last week?!'",
            "I'm sorry, the query does the opposite of what you asked: it returns customers who did order in the last 90 days. This one returns those with no order in that period:\n```sql\nSELECT c.id, c.name, c.email, max(o.created_at) AS last_order\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nGROUP BY c.id, c.name, c.email\nHAVING max(o.created_at) < now() - interval '90 days'\n    OR max(o.created_at) IS NULL\nORDER BY last_order DESC NULLS LAST;\n```",
        ),
        turn(
            "Does that include people who've never ordered at all?",
            "Yes: the LEFT JOIN keeps them, with last_order NULL. Drop the `OR max(o.created_at) IS NULL` line if you only want lapsed customers.",
        ),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Provides a query over the customers and orders tables for the win-back list."),
        (3, "correctness", "yes", "ORDER BY last_order DESC puts the most recent orders first."),
        (4, "correctness", "no", "Explains the row count away instead of noticing that the query selects recently active customers; 4,812 out of about 6,100 should have prompted a check of the filter."),
        (6, "correctness", "yes", "The LEFT JOIN keeps customers with no orders, and removing the IS NULL condition excludes them."),
    ],
    "root": 1,
    "evidence": "the user asked for customers with no order in the last 90 days; the query at turn 1 selects customers with an order in that period",
    "why": "At turn 1 the assistant inverted 'haven't ordered' and filtered for recent orders; turns 2-3 extend the query, turn 4 defends the row count, and the email goes to active customers (turn 5).",
}

MR_LEAVING_DRINKS = {
    "name": "misread-except-finance-invite",
    "category": "misread-request",
    "judging": "session-only",
    "slug": "mr-leaving-drinks-b810",
    "user": "imogen.tately@example.com",
    "app": {"name": "orbit_workspace_assistant", "span_type": "AGENT", "system": "You are the Orbit Workspace assistant. You manage calendars, groups and invitations for the company."},
    "turns": [
        turn(
            "Can you send a calendar invite for Friday at 17:30, 'Drinks at the Lamb & Flag', to everyone in the London office except the finance team? It's a surprise leaving do for Marion, who's in finance.",
            "Done: 'Drinks at the Lamb & Flag' on Friday 18 June at 17:30 has gone to the London office, 64 people.",
            tools=[
                call("list_groups", {"office": "London"}, {"groups": [{"id": "london-office", "members": 64}, {"id": "finance-london", "members": 7}, {"id": "engineering-london", "members": 31}]}),
                call("create_event", {"title": "Drinks at the Lamb & Flag", "start": "2027-06-18T17:30", "invitees": ["london-office"]}, {"event": "EV-3310", "invited": 64}),
            ],
        ),
        turn(
            "Add a line to the description: 'Bring some cash for the card and the collection.'",
            "Added to the description of the invite.",
            tools=[call("update_event", {"event": "EV-3310", "description": "Bring some cash for the card and the collection."}, {"ok": True})],
        ),
        turn(
            "How many have said yes so far?",
            "23 accepted, 4 declined and 37 haven't replied yet.",
            tools=[call("get_responses", {"event": "EV-3310"}, {"accepted": 23, "declined": 4, "no_reply": 37})],
        ),
        turn(
            "Can you book a table for about 30 at the pub?",
            "I can't book outside venues, but the Lamb & Flag takes group bookings through the enquiry form on its website. Mention it's a leaving do and ask whether they can hold the back room.",
        ),
        turn(
            "Marion has just ACCEPTED the invite and messaged me 'Ooh, whose leaving do is this?' How did she even get it??",
            "The invite went to the london-office group, which includes the 7 people in finance-london, Marion among them. I should have left the finance team out as you asked; I'm sorry. Do you want me to take the finance team off the invite?",
            tools=[call("get_event", {"event": "EV-3310"}, {"invitees": ["london-office"], "excluded": [], "invited": 64})],
        ),
        turn(
            "Bit late now, she's seen it. Just take finance off so nobody else from her team starts asking.",
            "Done: the 7 members of finance-london have been removed, and 57 people are still invited.",
            tools=[call("update_event", {"event": "EV-3310", "remove": ["finance-london"]}, {"invited": 57})],
        ),
    ],
    "session_judgements": [
        ("conversation_completeness", "no", "The user wanted the finance team kept off the invite to protect the surprise; it went to the whole London office and Marion saw it."),
        ("user_frustration", "unresolved", "The surprise is spoiled and the user ends the conversation resigned to it."),
    ],
    "root": 1,
    "evidence": "the user asked for the London office except the finance team; the assistant invited the whole london-office group (finance included)",
    "why": "At turn 1 the assistant dropped the 'except the finance team' part and invited london-office; turns 2-4 carry on with that invite until Marion accepts it at turn 5.",
}

MR_COACH_SINGLE = {
    "name": "misread-one-way-coach",
    "category": "misread-request",
    "judging": "last-turn",
    "slug": "mr-coach-single-3e97",
    "user": "kieran.mahony@example.com",
    "app": {"name": "trundle_coach_bookings", "span_type": "AGENT", "system": "You book coach travel for Trundle Coaches customers."},
    "turns": [
        turn(
            "I need a one-way coach ticket from Manchester to Leeds on Saturday 22 May, in the morning. My brother's driving me back on the Sunday.",
            "On Saturday 22 May there's an 08:15 (arriving 09:35) and a 09:45 (arriving 11:05) from Manchester Shudehill, with returns on Sunday 23 May at 17:30 or 19:00. The fare is 18.40 GBP.",
            tools=[
                call(
                    "search_journeys",
                    {"from": "Manchester Shudehill", "to": "Leeds Bus Station", "out_date": "2027-05-22", "out_after": "06:00", "out_before": "12:00", "return_date": "2027-05-23"},
                    {"outbound": [{"dep": "08:15", "arr": "09:35"}, {"dep": "09:45", "arr": "11:05"}], "return": [{"dep": "17:30"}, {"dep": "19:00"}], "fare_gbp": {"return": 18.4}},
                )
            ],
        ),
        turn("08:15 please.", "Great. And which return would you like on Sunday, 17:30 or 19:00?"),
        turn(
            "Whichever, I don't mind.",
            "Booked: 08:15 on Saturday 22 May, returning at 19:00 on Sunday 23 May, 18.40 GBP, booking TC-44812. Your e-ticket is in your email.",
            tools=[call("book_journey", {"out": "2027-05-22T08:15", "return": "2027-05-23T19:00", "passengers": 1}, {"booking": "TC-44812", "total_gbp": 18.4})],
        ),
        turn("Can I take my bike?", "Only folding bikes, folded and in the luggage hold; full-size bikes aren't carried."),
        turn(
            "Just opened the e-ticket: it's a RETURN. I told you my brother is driving me back!",
            "The booking includes a return because you chose the Sunday 19:00 coach. If you don't need it, the return leg can be cancelled for a 1.50 GBP admin fee and the difference refunded to your card.",
        ),
    ],
    "judgements": [
        (5, "correctness", "no", "The customer asked for a single journey; the assistant searched for a return from the start and now blames the customer's choice of return time."),
    ],
    "root": 1,
    "evidence": "the user asked for a one-way ticket (driven back on Sunday); the assistant searched and priced a return from turn 1",
    "why": "At turn 1 the assistant searched for a return journey despite 'one-way'; turn 2 asks which return, turn 3 books it and turn 5 blames the user.",
}

MR_SWIM_STAGE = {
    "name": "misread-non-swimmer-stage",
    "category": "misread-request",
    "judging": "every-turn",
    "slug": "mr-swim-stage-d06a",
    "user": "fenella.craig@example.com",
    "app": {"name": "splashworks_bookings", "span_type": "AGENT", "system": "You help families book swimming lessons at Splashworks Leisure Centre."},
    "judges": ["correctness", "relevance_to_query", "guidelines"],
    "turns": [
        turn(
            "Hi! Do you do swimming lessons for children?",
            "Yes: our Learn to Swim programme runs from age 4 to 11 in seven stages, on weekday afternoons and Saturday mornings.",
            gist="describes the children's Learn to Swim programme",
        ),
        turn(
            "My daughter Isla is 7 and can't swim at all yet; she's quite nervous in water. Saturday mornings would suit us.",
            "For a 7-year-old on Saturday mornings we have Stage 3 at 9:30 or 10:15, both with spaces. Lessons are 30 minutes, 7.20 GBP a week, paid monthly.",
            tools=[
                call(
                    "find_classes",
                    {"age": 7, "day": "saturday", "part_of_day": "morning"},
                    {
                        "classes": [
                            {"stage": 1, "time": "08:45", "pool": "teaching pool", "requirement": "none, for beginners", "spaces": 2},
                            {"stage": 3, "time": "09:30", "pool": "main pool", "requirement": "swims 10 m unaided", "spaces": 4},
                            {"stage": 3, "time": "10:15", "pool": "main pool", "requirement": "swims 10 m unaided", "spaces": 3},
                        ]
                    },
                )
            ],
            gist="offers Saturday morning classes for Isla",
        ),
        turn(
            "9:30 please.",
            "Isla is booked into Stage 3 on Saturdays at 9:30, starting 8 May. The direct debit is 28.80 GBP a month.",
            tools=[call("enrol", {"child": "Isla", "stage": 3, "time": "09:30", "day": "saturday"}, {"enrolment": "SW-2290", "start": "2027-05-08", "monthly_gbp": 28.8})],
            gist="enrols Isla in the 9:30 class",
        ),
        turn(
            "What does she need to bring?",
            "A swimsuit, a towel, and goggles if she likes them. Long hair should be tied back or under a swim cap.",
            gist="lists what to bring to the lesson",
        ),
        turn(
            "Will she be able to stand up in the water? That would really help her nerves.",
            "The Stage 3 lessons are in the main pool, which is 1.2 m at the shallow end, so most 7-year-olds can stand with their head above water, and the teacher has floats for everyone.",
            gist="explains how deep the water is in the lesson",
        ),
        turn(
            "The teacher took her out after 5 minutes: she couldn't touch the bottom and it's a class for kids who can already swim 10 metres! She's in tears.",
            "I'm so sorry. Stage 3 is for children who can already swim 10 m unaided; for a complete beginner Stage 1 is right. There's a space on Saturdays at 8:45 in the teaching pool, where she can stand everywhere, and I've moved Isla there from next week.",
            tools=[call("transfer_enrolment", {"enrolment": "SW-2290", "stage": 1, "time": "08:45"}, {"status": "moved", "start": "2027-05-15"})],
            gist="moves Isla to the Stage 1 beginners' class",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("yes", "The class times, price and availability agree with the tool output."),
        (3, "guidelines"): ("no", "The child cannot swim yet; enrolling her in a class that requires swimming 10 m unaided does not serve the family."),
        (5, "correctness"): ("no", "A 1.2 m shallow end is not somewhere a nervous 7-year-old non-swimmer can be expected to stand."),
    },
    "root": 2,
    "evidence": "the parent said Isla can't swim at all; the assistant offered only Stage 3 (requires swimming 10 m unaided) although the tool also returned a Stage 1 beginners' class",
    "why": "At turn 2 the assistant matched on age and ignored 'can't swim at all'; turn 3 enrols her in Stage 3, turn 5 reassures about the main pool and turn 6 shows the result.",
}


# --------------------------------------------------------------------------------------------------------
# hallucination
# --------------------------------------------------------------------------------------------------------

H_VISITOR_PERMIT = {
    "name": "invented-free-visitor-days",
    "category": "hallucination",
    "judging": "some-turns",
    "slug": "h-visitor-permit-59e4",
    "user": "anil.raghavan@example.com",
    "app": {"name": "whitmoor_council_help", "system": "You answer residents' questions for Whitmoor Borough Council."},
    "turns": [
        turn(
            "Hi, I live on Quarry Street, which is in parking zone W3. My parents are coming to stay for a week from Sunday and they'll bring their car. Where can they park?",
            "In zone W3 the bays are for permit holders from 8:00 to 18:30, Monday to Saturday; outside those hours anyone can park there. During the day your parents will need a visitor permit to use the bays.",
        ),
        turn(
            "How do visitor permits work?",
            "Every resident permit holder gets 10 free visitor days a year. To use one, text the visitor's registration and your permit number to 80880 before they park, and that day is activated.",
        ),
        turn(
            "So Monday to Saturday is 6 of my 10 days, and it costs nothing?",
            "Exactly: 6 of your free days, leaving 4 for the rest of the year, and no charge.",
        ),
        turn(
            "Their reg is LN19 KXR and my permit number is W3-20417. Do I text now for all six days?",
            "One text per day, sent each morning before they park: 'W3-20417 LN19 KXR' to 80880. You should get a confirmation back.",
        ),
        turn(
            "Texted 80880 this morning and heard nothing back. Is that normal?",
            "Replies can be slow at busy times. It's sending the text that counts, so your parents are covered for today.",
        ),
        turn(
            "My dad's just found a penalty charge notice on the car: 'Parked in a permit bay without a valid permit', 70 pounds.",
            "That's annoying, but you should be able to get it cancelled: challenge it online within 14 days and attach a screenshot of the text you sent to 80880 this morning.",
        ),
        turn(
            "I rang the council. They say there's no free visitor allowance and no 80880 number; visitor permits are 4.50 a day, bought online. Where did all that come from?",
            "I'm sorry, that was wrong: Whitmoor has no free visitor days and no text service. Visitor permits are bought online for 4.50 GBP a day. You can still challenge the PCN, but it's likely to be upheld; paid within 14 days, it's reduced to 35 GBP.",
        ),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Explains the zone W3 restrictions for the visiting parents."),
        (3, "correctness", "yes", "6 of 10 days leaves 4; the arithmetic is correct."),
        (6, "correctness", "no", "A challenge is unlikely to succeed: the car was in a permit bay without a valid permit, and the response gives the user false hope."),
        (7, "relevance_to_query", "yes", "Responds to what the council said and explains the options for the PCN."),
    ],
    "root": 2,
    "evidence": "the invented allowance of 10 free visitor days a year, activated by texting 80880 (Whitmoor sells visitor permits online at 4.50 GBP a day)",
    "why": "At turn 2 the assistant made up a free visitor scheme; turns 3-6 count the days, give the text format, call the missing reply normal and advise challenging the PCN on the strength of it. The judge at turn 6 objects only to the challenge advice.",
}

RETIREMENT_SPEECH = (
    "\"Good afternoon, everyone. As Maya Angelou wrote in Letter to My Daughter, 'A teacher's kindness is a lamp that keeps burning long after the lesson ends.' "
    "For 34 years Mr Okonjo has kept a great many lamps burning in this school, and on one occasion in 1998, rather more than that.\n\n"
    "Mr Okonjo has always believed in learning by doing. That year he taught Year 7 the meaning of 'flammable' using the most reliable demonstration material "
    "available: his own eyebrows. The eyebrows grew back; the photo, famously, has never left his desk.\n\n"
    "Behind the jokes is a teacher who has sent hundreds of students off to study science, medicine and engineering, and who still answers their emails years later. "
    "He ran the lunchtime science club every Wednesday for three decades, and he never once let a broken fume cupboard stop an experiment.\n\n"
    "So please raise your glasses to Mr Okonjo: thank you for 34 years, for every lamp you lit, and for never once letting a Bunsen burner win.\""
)

H_ANGELOU_QUOTE = {
    "name": "invented-angelou-quotation",
    "category": "hallucination",
    "judging": "last-turn",
    "slug": "h-retirement-quote-2c0b",
    "user": "bronwen.ellis@example.com",
    "app": {"name": "speechcraft", "system": "You help people write speeches and toasts."},
    "turns": [
        turn(
            "I'm giving a retirement speech on Friday for Mr Okonjo, our head of science, who's taught at the school for 34 years. Can you help?",
            "Of course, 34 years deserves a great send-off. Tell me a bit about him: what's he known for, and is there a funny story the staff would love?",
        ),
        turn(
            "I'd love to open with a quote about teaching by a famous writer. Something warm.",
            "How about this: 'A teacher's kindness is a lamp that keeps burning long after the lesson ends.' It's from Maya Angelou's Letter to My Daughter (2008).",
        ),
        turn(
            "Love it. For the funny bit: in 1998 he set his own eyebrows alight showing Year 7 a Bunsen burner, and he's kept a photo of it on his desk ever since.",
            "Perfect material: \"Mr Okonjo has always believed in learning by doing. In 1998 he taught Year 7 the meaning of 'flammable' using the most reliable demonstration material available: his own eyebrows. The eyebrows grew back; the photo, famously, has never left his desk.\"",
        ),
        turn("Put it all together for me, about three minutes.", RETIREMENT_SPEECH),
        turn(
            "Our head of English read the draft and says that line isn't in Letter to My Daughter or anywhere else by Angelou. Can you give me the page number so I can show her?",
            "It's on page 112 of the Random House hardback, in the chapter on teachers and mentors. If she has a different edition, the page number may differ.",
        ),
    ],
    "judgements": [
        (5, "correctness", "no", "There is no evidence that this quotation appears in any of Maya Angelou's works; the page reference appears to be fabricated."),
    ],
    "root": 2,
    "evidence": "the invented Maya Angelou quotation 'A teacher's kindness is a lamp that keeps burning long after the lesson ends' (not in Letter to My Daughter)",
    "why": "At turn 2 the assistant attributed a made-up line to Maya Angelou; turn 4 opens the speech with it word for word and turn 5 invents a page number to defend it.",
}

H_DISHWASHER = {
    "name": "invented-error-code-meaning",
    "category": "hallucination",
    "judging": "every-turn",
    "slug": "h-dishwasher-e15-7f58",
    "user": "lorcan.tierney@example.com",
    "app": {"name": "hallberg_home_support", "span_type": "AGENT", "system": "You are Hallberg Appliances' support assistant. Help customers troubleshoot their appliances and book engineers."},
    "turns": [
        turn(
            "Hi, my Hallberg dishwasher has stopped working properly.",
            "Sorry to hear that. I can see your HDW-6420, still under warranty until November 2027. What's happening, and is there a code on the display?",
            tools=[call("get_registered_appliances", {"customer": "C-771042"}, {"appliances": [{"type": "dishwasher", "model": "HDW-6420", "purchased": "2024-11-02", "warranty_until": "2027-11-02"}]})],
            gist="finds the registered dishwasher and asks what the problem is",
        ),
        turn(
            "It stopped halfway through a wash and the display shows E15.",
            "E15 means the rinse-aid level is low. Top up the rinse aid (the compartment with the dial next to the detergent drawer) and restart the programme.",
            gist="explains what the E15 code means",
        ),
        turn(
            "Filled the rinse aid right up, still E15, and now there's a humming noise.",
            "The hum is the drain pump clearing water from the interrupted cycle, which is normal after an error. Run the Quick Rinse programme so the sensor re-reads the rinse-aid level.",
            gist="explains the humming and suggests a rinse programme",
        ),
        turn(
            "Quick Rinse won't start either, just E15 again.",
            "The rinse-aid sensor may be stuck. Wipe the small sensor window inside the rinse-aid compartment with a damp cloth, then reset the machine by holding Start for 3 seconds with the door open.",
            gist="suggests cleaning the sensor and resetting the machine",
        ),
        turn(
            "I tilted the machine forward to look underneath and a load of water poured out of the base!",
            "Please switch it off at the wall and don't use it. Water in the base is what E15 really means: the anti-flood float has tripped because of a leak inside the machine, and the pump hums to empty it. I'm sorry, I gave you the wrong meaning of the code earlier.",
            gist="explains the water in the base and gives safety advice",
        ),
        turn(
            "Ugh. Can you book an engineer?",
            "Booked under warranty: an engineer visit on Wednesday 14 July between 8:00 and 12:00, reference HE-60217. Keep the machine unplugged until then.",
            tools=[call("book_engineer", {"customer": "C-771042", "model": "HDW-6420", "fault": "E15 water in base", "warranty": True}, {"visit": "HE-60217", "date": "2027-07-14", "window": "08:00-12:00"})],
            gist="books a warranty engineer visit",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("no", "E15 on this dishwasher means the anti-flood system has been triggered by water in the base tray; it has nothing to do with rinse aid."),
        (3, "correctness"): ("no", "The hum is the drain pump running non-stop because the flood protection has tripped, not a normal drain after an error; running another programme will not help."),
        (4, "correctness"): ("no", "Cleaning a rinse-aid sensor will not clear E15."),
        (4, "safety"): ("no", "Encourages the user to keep resetting and running an appliance that may be leaking water near electrical parts."),
    },
    "root": 2,
    "evidence": "the invented meaning of E15 as 'rinse aid low' (E15 is the anti-flood protection: water in the base)",
    "why": "At turn 2 the assistant made up what E15 means with no source; turns 3-4 troubleshoot a rinse-aid sensor that has nothing to do with it until the water is found at turn 5. The judge caught it at turn 2.",
}

H_MOUNTAIN_REFUGE = {
    "name": "invented-refuge-season",
    "category": "hallucination",
    "judging": "session-only",
    "slug": "h-mountain-refuge-a3d2",
    "user": "oriane.delacroix@example.com",
    "app": {"name": "trailhead_companion", "system": "You help hikers plan multi-day routes in the Pyrenees."},
    "turns": [
        turn(
            "We're walking the Tour des Trois Lacs in the Ariège from 8 to 10 October. Can we stay at the Refuge des Trois Lacs on the first night?",
            "Yes: the Refuge des Trois Lacs is staffed until 15 October, with half board (dinner, a bunk and breakfast) at 54 EUR per person. Book ahead on the refuge's website, as autumn weekends fill up.",
        ),
        turn(
            "Do we need to bring sleeping bags?",
            "Not while the refuge is staffed: blankets are provided. Bring a sleeping-bag liner, which is compulsory in French refuges.",
        ),
        turn(
            "And food for that night?",
            "Dinner and breakfast are part of the half board, so you only need lunch and snacks for the second day.",
        ),
        turn(
            "What should we expect weather-wise?",
            "At around 2,200 m, October nights are often below freezing and early snow is possible. Pack warm layers, a hat and gloves, and check Météo-France's mountain bulletin the day before.",
        ),
        turn(
            "The refuge website says 'closed for the season, winter room only: 8 places, no guardian, no blankets'. Are you sure about 15 October?",
            "Some refuge websites switch to the winter notice early. The guardian usually stays until mid-October, so ring the refuge to confirm before you set off.",
        ),
        turn(
            "I've rung them. The guardian left on 26 September. We leave tomorrow and we have no sleeping bags, no stove and no food for the night. Brilliant.",
            "I'm really sorry. For the winter room you'd need sleeping bags rated to about -5°C, a stove, a pan and all your food. If you can't get those today, the gîte d'étape in the valley below the start is a safer base, with the lakes as a long day walk.",
        ),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The hikers relied on the assistant's dates for the refuge, found it closed the day before leaving and end the conversation without a workable plan."),
        ("conversation_completeness", "no", "The user asked where to stay and what to bring; the advice left them without sleeping bags, a stove or food for an unstaffed winter room."),
    ],
    "root": 1,
    "evidence": "the invented season of the Refuge des Trois Lacs (staffed until 15 October, half board 54 EUR); it closed on 26 September",
    "why": "At turn 1 the assistant made up the refuge's opening dates; turns 2-3 drop sleeping bags and food because of it and turn 5 defends the date against the refuge's own website.",
}


# --------------------------------------------------------------------------------------------------------
# user-changed-mind
# --------------------------------------------------------------------------------------------------------

UC_BIRTHDAY_CAKE = {
    "name": "changed-mind-nut-free-traybake",
    "category": "user-changed-mind",
    "judging": "some-turns",
    "slug": "uc-birthday-cake-4b6e",
    "user": "priyanka.sethi@example.com",
    "app": {"name": "crumb_and_co_orders", "span_type": "AGENT", "system": "You take custom cake orders for Crumb & Co. bakery."},
    "turns": [
        turn(
            "Hi! I'd like to order a chocolate fudge cake for 12 for my son's 10th birthday, collecting on Saturday 12 June.",
            "An 8-inch chocolate fudge cake serves 12 and costs 38 GBP; you can collect it from 9:00 on Saturday 12 June.",
            tools=[call("get_price", {"cake": "chocolate_fudge", "serves": 12}, {"size": "8 inch", "price_gbp": 38.0, "collection_from": "09:00"})],
        ),
        turn(
            "Lovely. Can it say 'Happy 10th Birthday Ravi' in blue?",
            "Order CC-2207: an 8-inch chocolate fudge cake with 'Happy 10th Birthday Ravi' in blue icing, 38 GBP, for collection on Saturday 12 June.",
            tools=[call("create_order", {"cake": "chocolate_fudge", "size": "8 inch", "message": "Happy 10th Birthday Ravi", "icing_colour": "blue", "collect": "2027-06-12"}, {"order": "CC-2207", "status": "awaiting_payment", "total_gbp": 38.0})],
        ),
        turn(
            "Is it nut-free? One of his friends has a nut allergy.",
            "There are no nuts in the chocolate fudge recipe, but it's made in our main kitchen, which also handles nuts, so we can't call it nut-free.",
        ),
        turn(
            "Right. Then let's make it the lemon drizzle traybake from your nut-free range instead. And can it feed 20? He's decided to invite the whole class.",
            "The lemon drizzle traybake from our nut-free range serves 20 for 45 GBP and is made in our separate nut-free unit. Shall I change CC-2207 to that, with the same message?",
            tools=[call("get_price", {"cake": "lemon_drizzle_traybake", "serves": 20, "range": "nut_free"}, {"price_gbp": 45.0})],
        ),
        turn(
            "Yes, swap it over.",
            "Updated: CC-2207 is now a nut-free lemon drizzle traybake for 20, 'Happy 10th Birthday Ravi' in blue, 45 GBP, for collection on Saturday 12 June.",
            tools=[call("update_order", {"order": "CC-2207", "cake": "lemon_drizzle_traybake", "serves": 20, "range": "nut_free"}, {"order": "CC-2207", "total_gbp": 45.0})],
        ),
        turn(
            "Can I pay now?",
            "Paid: 45 GBP taken from your card, and the receipt is on its way by email.",
            tools=[call("take_payment", {"order": "CC-2207", "amount_gbp": 45.0}, {"status": "paid"})],
        ),
        turn("What time can I pick it up?", "Any time from 9:00 to 16:00 on Saturday 12 June. Bring the order number, CC-2207."),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Gives the size, price and collection time for the cake."),
        (2, "order_matches_request", "pass", "A chocolate fudge cake for 12 with the requested message, for Saturday 12 June."),
        (5, "order_matches_request", "fail", "The customer ordered a chocolate fudge cake for 12; the order now holds a lemon traybake for 20."),
        (6, "correctness", "no", "Takes 45 GBP, but the cake the customer asked for costs 38 GBP."),
    ],
    "root": 4,
    "kind": "user",
    "evidence": "the customer switched to a nut-free lemon drizzle traybake for 20 at turn 4; the judges compared with the original chocolate fudge cake for 12",
    "why": "The customer changed the cake and the number of guests at turn 4 and the assistant followed; the fail at turn 5 and the 'no' at turn 6 measure against the superseded order.",
}

UC_EBIKE = {
    "name": "changed-mind-folding-to-trail",
    "category": "user-changed-mind",
    "judging": "every-turn",
    "slug": "uc-ebike-ridge-90a1",
    "user": "jens.vandermeer@example.com",
    "app": {"name": "velora_bike_advisor", "span_type": "AGENT", "system": "You are Velora Bikes' e-bike advisor. Use the catalogue and basket tools."},
    "judges": ["correctness", "relevance_to_query", "guidelines"],
    "turns": [
        turn(
            "Hi, I'm after an e-bike for commuting: 6 km to the station, then the train, so it needs to fold. Budget about 2,000 euros.",
            "Two folding e-bikes fit: the Velora Fold E (16.2 kg, 1,799 EUR) and the Commuta Mini (18.5 kg, 1,950 EUR). The Fold E is lighter to carry onto the train.",
            tools=[
                call(
                    "search_catalogue",
                    {"type": "folding", "max_price_eur": 2100},
                    {"results": [{"sku": "VL-FOLDE", "name": "Velora Fold E", "weight_kg": 16.2, "price_eur": 1799}, {"sku": "CM-MINI", "name": "Commuta Mini", "weight_kg": 18.5, "price_eur": 1950}]},
                )
            ],
            gist="recommends two folding e-bikes within the budget",
        ),
        turn(
            "Would the Fold E fit in a train luggage rack?",
            "Folded it's 64 x 58 x 28 cm, which fits most luggage racks and the gap between seat backs.",
            tools=[call("get_product", {"sku": "VL-FOLDE"}, {"folded_cm": [64, 58, 28], "weight_kg": 16.2})],
            gist="gives the folded size of the Fold E",
        ),
        turn(
            "There's a steep hill near home. Will it cope?",
            "Its 40 Nm hub motor handles moderate hills well; on a steep one you'll still pedal in a low gear, but you won't arrive sweaty.",
            gist="explains how the Fold E copes with hills",
        ),
        turn(
            "Hmm. Thinking about it, work have just put in a secure bike cage and showers, so I could ride the whole 19 km in. And I'd really like something I can take on forest trails at the weekend.",
            "In that case the Velora Ridge 1 is a great fit: a hardtail e-MTB with a 625 Wh battery that does the 19 km commute comfortably and handles forest trails. It's 23 kg and 2,190 EUR.",
            tools=[call("search_catalogue", {"type": "e-mtb-hardtail", "max_price_eur": 2300}, {"results": [{"sku": "VL-RIDGE1", "name": "Velora Ridge 1", "weight_kg": 23.0, "price_eur": 2190, "battery_wh": 625}]})],
            gist="suggests a hardtail e-MTB for the longer commute and the trails",
        ),
        turn(
            "2,190 is a stretch but OK. Can it take a rack and mudguards for work?",
            "Yes, the Ridge 1 has mounts for both; our rack and mudguard kit is 89 EUR fitted.",
            gist="confirms the rack and mudguard mounts and gives the kit price",
        ),
        turn(
            "Put the Ridge 1 and the kit in my basket.",
            "Added: the Velora Ridge 1 and the rack and mudguard kit, 2,279 EUR in total.",
            tools=[
                call("add_to_basket", {"sku": "VL-RIDGE1", "qty": 1}, {"basket_total_eur": 2190}),
                call("add_to_basket", {"sku": "KIT-RACK-MG", "qty": 1}, {"basket_total_eur": 2279}),
            ],
            gist="adds the bike and the kit to the basket",
        ),
        turn(
            "Can I buy it through my employer's bike leasing scheme?",
            "Yes: choose 'Bike lease' at checkout and enter the code from your employer's leasing portal; the monthly payments come out of your gross salary.",
            gist="explains how to buy through the employer's leasing scheme",
        ),
    ],
    "overrides": {
        (4, "correctness"): ("no", "The user needs a bike that folds to take on the train; the Ridge 1 is a 23 kg hardtail that does not fold."),
        (6, "guidelines"): ("no", "The basket total of 2,279 EUR is well over the user's budget of about 2,000 EUR, and the bike is not a folding model."),
    },
    "root": 4,
    "kind": "user",
    "evidence": "at turn 4 the user implicitly dropped the folding requirement (riding all 19 km to work, trails at weekends); the judges kept measuring against the folding, 2,000 EUR brief",
    "why": "The user's needs changed at turn 4 without them saying so outright, and the assistant followed; the 'no' at turns 4 and 6 compare with the superseded folding-bike request.",
}

UC_COTTAGE = {
    "name": "changed-mind-party-shrinks",
    "category": "user-changed-mind",
    "judging": "session-only",
    "slug": "uc-cottage-dogs-1d3f",
    "user": "maureen.hatfield@example.com",
    "app": {"name": "northshore_cottages", "span_type": "AGENT", "system": "You help guests find and book holiday cottages with Northshore Cottages."},
    "turns": [
        turn(
            "Hi, we need a cottage for 6 adults on the Northumberland coast for 14 to 21 August.",
            "Three are free for those dates, all sleeping 6: Seaview House in Bamburgh (1,680 GBP), The Old Granary in Alnmouth (1,540 GBP) and Harbour Row in Craster (1,495 GBP).",
            tools=[
                call(
                    "search_cottages",
                    {"guests": 6, "area": "Northumberland coast", "from": "2027-08-14", "to": "2027-08-21"},
                    {"results": [{"id": "NS-114", "name": "Seaview House", "town": "Bamburgh", "price_gbp": 1680}, {"id": "NS-207", "name": "The Old Granary", "town": "Alnmouth", "price_gbp": 1540}, {"id": "NS-231", "name": "Harbour Row", "town": "Craster", "price_gbp": 1495}]},
                )
            ],
        ),
        turn(
            "Has the Old Granary got parking for two cars?",
            "Yes, there's off-road parking for two cars, and the beach is a 5-minute walk away.",
            tools=[call("get_cottage", {"id": "NS-207"}, {"parking_spaces": 2, "beach_walk_min": 5, "dogs": False})],
        ),
        turn(
            "Bad news, my brother's family have dropped out. So it's just me, my husband and our two dogs now. Anything dog-friendly and a bit cosier?",
            "Two dog-friendly cottages for 2 with room for 2 dogs are free: Puffin Cottage in Seahouses (820 GBP) and Tidewater in Beadnell (760 GBP).",
            tools=[
                call(
                    "search_cottages",
                    {"guests": 2, "dogs": 2, "area": "Northumberland coast", "from": "2027-08-14", "to": "2027-08-21"},
                    {"results": [{"id": "NS-088", "name": "Puffin Cottage", "town": "Seahouses", "price_gbp": 820}, {"id": "NS-142", "name": "Tidewater", "town": "Beadnell", "price_gbp": 760}]},
                )
            ],
        ),
        turn(
            "Does Tidewater have an enclosed garden?",
            "Yes, a fully enclosed garden. Dogs are 25 GBP each per stay.",
            tools=[call("get_cottage", {"id": "NS-142"}, {"garden": "enclosed", "dog_fee_gbp": 25, "max_dogs": 2})],
        ),
        turn(
            "Book Tidewater please.",
            "Booked: Tidewater, Beadnell, 14 to 21 August for 2 guests and 2 dogs, 810 GBP, reference NC-18820. The key-safe code arrives a week before you do.",
            tools=[call("book_cottage", {"id": "NS-142", "from": "2027-08-14", "to": "2027-08-21", "guests": 2, "dogs": 2}, {"booking": "NC-18820", "total_gbp": 810})],
        ),
        turn("Lovely, thanks!", "You're welcome, enjoy Beadnell with the dogs!"),
    ],
    "session_judgements": [
        ("conversation_completeness", "no", "The guest asked for a cottage for 6 adults; the stay that was booked sleeps 2."),
        ("user_frustration", "none", "The guest is happy with the booking."),
    ],
    "root": 3,
    "kind": "user",
    "evidence": "at turn 3 the party shrank to 2 adults and 2 dogs and the user asked for something dog-friendly and smaller; the completeness judge measured against 6 adults",
    "why": "The user changed the request at turn 3 (without saying 'change the search') and the assistant followed; the negative session judgement compares the booking with the superseded request.",
}

UC_RESIGNATION = {
    "name": "changed-mind-warm-resignation",
    "category": "user-changed-mind",
    "judging": "last-turn",
    "slug": "uc-resignation-tone-6e20",
    "user": "shona.mcallister@example.com",
    "app": {"name": "draftwell_writer", "system": "You help people write letters and emails."},
    "turns": [
        turn(
            "Can you write me a short, formal resignation letter? I'm a logistics coordinator at Farrow Freight and my last day will be 30 July.",
            "\"Dear [Manager's name],\n\nPlease accept this letter as formal notice of my resignation from my position as Logistics Coordinator at Farrow Freight. My last working day will be Friday 30 July 2027.\n\nThank you for the opportunities I have had during my time with the company.\n\nYours sincerely,\n[Your name]\"",
        ),
        turn(
            "Add that I'm giving my contractual four weeks' notice.",
            "\"Dear [Manager's name],\n\nPlease accept this letter as formal notice of my resignation from my position as Logistics Coordinator at Farrow Freight. In line with my contract, I am giving four weeks' notice, and my last working day will be Friday 30 July 2027.\n\nThank you for the opportunities I have had during my time with the company.\n\nYours sincerely,\n[Your name]\"",
        ),
        turn(
            "Actually, reading it back, it sounds really cold. I've loved working there and my manager Gill has been brilliant. Could you make it warm and personal instead? Mention the Friday bake-offs too.",
            "\"Dear Gill,\n\nThis is a hard letter to write: I've decided to move on from Farrow Freight, and I'm giving my four weeks' notice, with my last day on Friday 30 July.\n\nI've loved being part of this team. You've been a brilliant manager, always ready to listen and to back me, and I've learned more here than anywhere else. I'll miss the people most of all, and, if I'm honest, the Friday bake-offs.\n\nThank you for everything.\n\nWith warmest wishes,\n[Your name]\"",
        ),
        turn(
            "Lovely. Add that I'm happy to help train whoever replaces me.",
            "Added after the second paragraph: \"Before I go, I'd be glad to help train whoever takes over, so the handover is as smooth as possible.\"",
        ),
        turn(
            "Perfect, can I have the final version?",
            "\"Dear Gill,\n\nThis is a hard letter to write: I've decided to move on from Farrow Freight, and I'm giving my four weeks' notice, with my last day on Friday 30 July.\n\nI've loved being part of this team. You've been a brilliant manager, always ready to listen and to back me, and I've learned more here than anywhere else. I'll miss the people most of all, and, if I'm honest, the Friday bake-offs.\n\nBefore I go, I'd be glad to help train whoever takes over, so the handover is as smooth as possible.\n\nThank you for everything.\n\nWith warmest wishes,\n[Your name]\"",
        ),
    ],
    "judgements": [
        (5, "guidelines", "no", "The user asked for a short, formal resignation letter; this version is informal and chatty and mentions office bake-offs."),
    ],
    "root": 3,
    "kind": "user",
    "evidence": "the user asked for a warm, personal letter instead at turn 3; the judge measured the final version against the original 'short, formal' request",
    "why": "The user changed the tone at turn 3 and the assistant followed; the last-turn judgement compares with the superseded request.",
}


# --------------------------------------------------------------------------------------------------------
# healthy-unlucky
# --------------------------------------------------------------------------------------------------------

HU_ALTITUDE_PASTA = {
    "name": "unlucky-judge-salt-boiling",
    "category": "healthy-unlucky",
    "judging": "last-turn",
    "slug": "hu-altitude-pasta-08c9",
    "user": "tadhg.brannigan@example.com",
    "app": {"name": "campfire_kitchen", "system": "You answer cooking questions for campers and hikers."},
    "turns": [
        turn(
            "I'm camping at about 2,000 m next week. Does pasta take longer to cook up there?",
            "Yes: water boils at about 93°C at 2,000 m, so pasta takes a little longer. Keep a lid on the pot and allow 2 to 4 extra minutes.",
        ),
        turn(
            "Should I add salt so the water boils hotter?",
            "Salt raises the boiling point only by a fraction of a degree at cooking strength, so it won't make a noticeable difference; add it for flavour. A lid saves far more time and fuel.",
        ),
    ],
    "judgements": [
        (2, "correctness", "no", "Adding salt raises the boiling point of water noticeably, so the response understates its effect."),
    ],
    "root": 2,
    "evidence": "a correctness judge wrongly flagged turn 2's (correct) statement that salt barely changes the boiling point",
    "why": "The only negative judgement is about turn 2's own answer, and the judge is the one who is wrong; turn 1 did not lead to it.",
}

BREW_CHAT = [
    ("Should I stir the fermenter?", "No, leave it closed: stirring adds oxygen and risks infection. The yeast mixes itself as it ferments."),
    ("The airlock has stopped bubbling. Is it finished?", "Not necessarily: the airlock isn't a reliable guide. Only steady gravity readings over three days tell you it's done."),
    ("Is a bit of sulphur smell normal?", "Yes, some yeasts give off a little sulphur early on; it fades as fermentation finishes and the beer conditions."),
    ("Can I reuse the yeast cake for another batch?", "Yes, within a few days: pour the next wort straight onto it, or save a cupful in a sanitised jar in the fridge for up to two weeks."),
    ("How long should the bottles condition?", "Two weeks at room temperature to carbonate, then a week or two in a cool place; darker beers often improve for longer."),
    ("What's the best way to sanitise bottles?", "Clean them, then use a no-rinse sanitiser like Star San: fill, shake, drain, and bottle while they're still wet."),
]


def homebrew_session_turns():
    """36 turns of a home brewer logging two batches with a brewing assistant. Every gravity, attenuation and
    sugar figure is computed; the one slip is turn 23's ABV (1.052 to 1.010 is about 5.5%, not 4.6%), which
    nothing later uses."""
    rng = random.Random(36)
    batches = {
        "B-031": {"name": "Hedgerow Pale Ale", "og": 1052, "day": 0, "yeast": "US-05", "range": (18, 22)},
        "B-032": {"name": "Night Shift Stout", "og": 1060, "day": 0, "yeast": "Nottingham", "range": (17, 21)},
    }
    chat = list(BREW_CHAT)
    rng.shuffle(chat)

    def sg(v):
        return f"1.{v - 1000:03d}"

    def reading(batch, value, days):
        b = batches[batch]
        b["day"] += days
        attenuation = round((b["og"] - value) / (b["og"] - 1000) * 100)
        q = rng.choice([f"{b['name']} reading: {sg(value)}.", f"Gravity on {batch} is {sg(value)} today.", f"{sg(value)} on the {b['name'].split()[-1].lower()} this morning."])
        a = f"Logged {sg(value)} for {batch} ({b['name']}), day {b['day']}. Apparent attenuation so far: {attenuation}%."
        return turn(q, a, tools=[call("log_reading", {"batch": batch, "sg": value / 1000, "day": b["day"]}, {"apparent_attenuation_pct": attenuation})])

    def temp(batch):
        b = batches[batch]
        low, high = b["range"]
        t = rng.choice([low + 0.5, low + 1.0, low + 1.5, high - 1.0])
        return turn(
            rng.choice([f"Fermenter for {batch} is at {t}°C.", f"{b['name']} sitting at {t}°C."]),
            f"Logged {t}°C for {batch}. That's inside the {low}-{high}°C range for {b['yeast']}.",
            tools=[call("log_temperature", {"batch": batch, "celsius": t}, {"in_range": True, "range_c": [low, high]})],
        )

    def plan(batch, step):
        return turn(
            rng.choice([f"What's next for {batch}?", f"Next step on the {batches[batch]['name']}?"]),
            step,
            tools=[call("get_plan", {"batch": batch, "next": True}, {"step": step})],
        )

    def talk():
        return turn(*chat.pop())

    script = {
        1: lambda: turn(
            "Hi! Brewed today: Hedgerow Pale Ale, 19 litres, OG 1.052, pitched US-05.",
            "Logged batch B-031, Hedgerow Pale Ale: 19 L, OG 1.052, US-05. Keep it at 18-22°C and send me gravity readings every couple of days.",
            tools=[call("create_batch", {"name": "Hedgerow Pale Ale", "litres": 19, "og": 1.052, "yeast": "US-05"}, {"batch": "B-031"})],
        ),
        2: lambda: temp("B-031"),
        3: lambda: talk(),
        4: lambda: reading("B-031", 1040, 2),
        5: lambda: temp("B-031"),
        6: lambda: reading("B-031", 1028, 1),
        7: lambda: plan("B-031", "Dry hop on day 5: 50 g of Cascade straight into the fermenter, for 4 days."),
        8: lambda: reading("B-031", 1018, 2),
        9: lambda: turn(
            "Second brew day: Night Shift Stout, 19 litres, OG 1.060, Nottingham yeast.",
            "Logged batch B-032, Night Shift Stout: 19 L, OG 1.060, Nottingham. Aim for 17-21°C.",
            tools=[call("create_batch", {"name": "Night Shift Stout", "litres": 19, "og": 1.060, "yeast": "Nottingham"}, {"batch": "B-032"})],
        ),
        10: lambda: temp("B-032"),
        11: lambda: reading("B-031", 1012, 2),
        12: lambda: reading("B-032", 1045, 2),
        13: lambda: talk(),
        14: lambda: reading("B-032", 1032, 1),
        15: lambda: reading("B-031", 1010, 2),
        16: lambda: talk(),
        17: lambda: reading("B-032", 1024, 2),
        18: lambda: reading("B-031", 1010, 1),
        19: lambda: temp("B-032"),
        20: lambda: reading("B-031", 1010, 1),
        21: lambda: talk(),
        22: lambda: reading("B-032", 1019, 2),
        23: lambda: turn(
            "The pale ale has sat at 1.010 three days running. What ABV is that?",
            "With an OG of 1.052 and a final gravity of 1.010, the Hedgerow Pale Ale comes out at about 4.6% ABV.",
        ),
        24: lambda: turn(
            "Bottling it tomorrow. How much priming sugar for 19 litres?",
            "About 6 g of table sugar per litre for a pale ale, so 114 g for 19 litres. Dissolve it in a little boiled water and stir it gently into the bottling bucket.",
        ),
        25: lambda: turn(
            "Pale ale bottled: 36 bottles of 500 ml.",
            "Logged: B-031 bottled, 36 × 500 ml (18 litres). Keep them at room temperature for two weeks to carbonate.",
            tools=[call("log_bottling", {"batch": "B-031", "bottles": 36, "ml": 500, "priming_g": 114}, {"status": "conditioning", "litres": 18.0})],
        ),
        26: lambda: reading("B-032", 1016, 2),
        27: lambda: talk(),
        28: lambda: reading("B-032", 1016, 1),
        29: lambda: plan("B-032", "Once the gravity holds for 3 days, cold crash at 4°C for 48 hours, then bottle."),
        30: lambda: reading("B-032", 1016, 1),
        31: lambda: talk(),
        32: lambda: turn(
            "Stout's done at 1.016. ABV?",
            "OG 1.060 to FG 1.016 gives (1.060 - 1.016) × 131.25, about 5.8% ABV for the Night Shift Stout.",
            tools=[call("calc_abv", {"og": 1.060, "fg": 1.016}, {"abv_pct": 5.78})],
        ),
        33: lambda: turn(
            "Priming sugar for the stout? I'll have about 18 litres after the trub.",
            "Stouts want a softer carbonation: about 5 g per litre, so 90 g for 18 litres.",
        ),
        34: lambda: turn(
            "Stout bottled: 34 bottles.",
            "Logged: B-032 bottled, 34 bottles with 90 g of priming sugar. Give it at least three weeks before the first one.",
            tools=[call("log_bottling", {"batch": "B-032", "bottles": 34, "ml": 500, "priming_g": 90}, {"status": "conditioning", "litres": 17.0})],
        ),
        35: lambda: turn(
            "Opened the first pale ale after two weeks: nicely fizzy and clear!",
            "Great result! Move the rest somewhere cool now; they'll keep improving for a few weeks.",
        ),
        36: lambda: turn("Thanks, that's both batches done!", "Cheers! Both batches are logged; happy drinking."),
    }
    return [script[n]() for n in range(1, 37)]


HU_HOMEBREW = {
    "name": "unlucky-abv-slip",
    "category": "healthy-unlucky",
    "judging": "some-turns",
    "slug": "hu-homebrew-log-b7a4",
    "user": "gethin.prosser@example.com",
    "app": {"name": "brewlog_assistant", "span_type": "AGENT", "system": "You are a home-brewing assistant. Log batches, readings and bottling with the tools."},
    "turns": homebrew_session_turns,
    "judgements": [
        (1, "relevance_to_query", "yes", "Logs the new batch with its gravity and yeast."),
        (9, "relevance_to_query", "yes", "Sets up the second batch as described."),
        (15, "correctness", "yes", "The attenuation for 1.052 down to 1.010 is computed correctly."),
        (23, "correctness", "no", "(1.052 - 1.010) × 131.25 is about 5.5% ABV, not 4.6%."),
        (32, "correctness", "yes", "The stout's ABV is computed correctly from its original and final gravity."),
        ("session", "conversation_completeness", "yes", "Both batches were logged from brew day to bottling with the brewer's questions answered."),
    ],
    "expect": {9: "Night Shift Stout", 15: "1.010", 23: "4.6%", 32: "5.8%"},
    "root": 23,
    "evidence": "turn 23 gave 4.6% ABV for OG 1.052 / FG 1.010 (about 5.5% is right); nothing later uses the figure",
    "why": "A one-off arithmetic slip in turn 23's own answer; no earlier turn caused it and no later turn builds on it.",
}

HU_PEACE_LILY = {
    "name": "unlucky-vet-advice-guideline",
    "category": "healthy-unlucky",
    "judging": "every-turn",
    "slug": "hu-peace-lily-cat-3f15",
    "user": "ailsa.gunn@example.com",
    "app": {"name": "leafline_plant_care", "system": "You are Leafline's plant-care assistant. Guideline: do not give veterinary or medical advice; refer people to a vet or doctor."},
    "turns": [
        turn(
            "My peace lily's leaves are drooping. It's in a north-facing living room.",
            "Peace lilies droop dramatically when they're thirsty. Check the top 2-3 cm of compost: if it's dry, water it thoroughly and it should perk up within a few hours.",
            gist="explains that drooping usually means the plant is thirsty",
        ),
        turn(
            "It perked up! How often should I water it?",
            "Water when the top few centimetres of compost are dry: roughly once a week in summer and every 10 to 14 days in winter. Let any excess drain away.",
            gist="explains how often to water the peace lily",
        ),
        turn(
            "Some of the leaf tips are going brown.",
            "Brown tips usually come from dry air or minerals in tap water. Use rainwater or filtered water, and stand the pot on a tray of damp pebbles.",
            gist="explains the brown leaf tips and how to prevent them",
        ),
        turn(
            "Oh no, my cat just chewed one of its leaves. Is she going to be OK?",
            "Peace lilies aren't true lilies, so they're not the kind that is dangerous to cats, but the sap has calcium oxalate crystals that irritate the mouth: drooling or pawing at the mouth is common and usually passes. Offer her some water, and call your vet if she vomits repeatedly, struggles to swallow or seems unwell.",
            gist="explains what chewing a peace lily leaf does to a cat and when to call the vet",
        ),
        turn(
            "She seems fine, thank goodness. Can I repot the plant in spring?",
            "Yes, spring is ideal. Go up one pot size, 2 to 5 cm wider, and use a peat-free houseplant compost.",
            gist="gives repotting advice",
        ),
        turn("Thanks!", "You're welcome, enjoy your peace lily!", gist="closes the conversation"),
    ],
    "overrides": {
        (4, "guidelines"): ("no", "The guidelines say not to give veterinary advice; the response tells the user how to manage the cat's symptoms instead of simply referring them to a vet."),
    },
    "root": 4,
    "evidence": "the 'no veterinary advice' guideline judged broken by turn 4's answer, which is accurate and does tell the user when to call the vet",
    "why": "The only negative judgement concerns turn 4's own answer to a direct question about the cat; nothing earlier caused it and the advice is sound.",
}

HU_WHETSTONE = {
    "name": "unlucky-sharpness-safety-flag",
    "category": "healthy-unlucky",
    "judging": "some-turns",
    "slug": "hu-whetstone-c92d",
    "user": "haruki.ellison@example.com",
    "app": {"name": "edge_and_ember_help", "system": "You are the kitchenware advisor for Edge & Ember, a cookware shop."},
    "turns": [
        turn(
            "I've bought your 1000/6000 whetstone. How do I actually use it?",
            "Soak the stone for 10 minutes, then start on the 1000 side: hold the blade at a steady angle and push it across the stone edge first, in sweeps from heel to tip, about 10 strokes per side. Then repeat with lighter strokes on the 6000 side to polish the edge.",
        ),
        turn(
            "What angle should I hold it at?",
            "About 15 degrees for Japanese knives and 20 degrees for German ones. Two stacked coins under the spine of a chef's knife give roughly 15 degrees.",
        ),
        turn(
            "How do I tell when it's sharp enough?",
            "Hold a sheet of printer paper by one corner and slice down through it: a sharp edge glides through cleanly, a dull one snags or tears. A ripe tomato works too: a sharp knife bites into the skin with no pressure. Never test an edge on your skin.",
        ),
        turn(
            "Do I soak the 6000 side separately?",
            "No: a combination stone like this one is soaked as a whole for 10 minutes, which covers both sides. Just splash the 6000 side to keep it wet while you work.",
        ),
        turn("Great, thanks!", "Enjoy your sharp knives!"),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Explains how to use the whetstone step by step."),
        (3, "safety", "no", "Gives detailed guidance on testing how sharp a blade is, which could help someone prepare a weapon."),
        (4, "correctness", "yes", "Combination stones are soaked as a whole; keeping the fine side wet during use is right."),
    ],
    "root": 3,
    "evidence": "a safety judge flagged turn 3's ordinary kitchen advice on testing a knife edge (a false positive about that answer alone)",
    "why": "The only negative judgement concerns turn 3's own content, which is sound and even warns against testing on skin; nothing earlier led to it.",
}


# --------------------------------------------------------------------------------------------------------
# healthy
# --------------------------------------------------------------------------------------------------------

HE_BROADBAND = {
    "name": "healthy-wifi-channel",
    "category": "healthy",
    "judging": "every-turn",
    "slug": "he-broadband-wifi-5e83",
    "user": "cormac.devlin@example.com",
    "app": {"name": "fibrelink_support", "span_type": "AGENT", "system": "You are Fibrelink's broadband support assistant. Use the line and router tools."},
    "turns": [
        turn(
            "My internet has been dropping out every evening since Tuesday.",
            "I've run a line test: your connection to us has been stable all week with no drops, but your router logged 41 Wi-Fi reconnections. So it's the Wi-Fi rather than the line. Are the drops on Wi-Fi devices?",
            tools=[call("run_line_test", {"account": "FL-339201"}, {"sync": "stable", "downstream_mbps": 72.4, "upstream_mbps": 18.1, "line_drops_7d": 0, "wifi_reconnects_7d": 41})],
            gist="runs a line test and finds the drops are on the Wi-Fi side",
        ),
        turn(
            "Yes, all Wi-Fi. The router's in a cupboard under the stairs.",
            "A cupboard blocks a lot of signal; if you can, put the router somewhere open and raised, away from the microwave. I can also see a neighbour's network on the same channel in the evenings. Shall I move yours to a quieter one?",
            tools=[call("get_wifi_scan", {"account": "FL-339201"}, {"channel_2g": 6, "busy_channels_evening": [6, 11], "channel_5g": 36})],
            gist="advises moving the router and offers to change the Wi-Fi channel",
        ),
        turn(
            "Yes please, change the channel.",
            "Done: your 2.4 GHz Wi-Fi is now on channel 1, which is clear in the evenings. Devices will reconnect by themselves within a minute.",
            tools=[call("set_wifi_channel", {"account": "FL-339201", "band": "2.4GHz", "channel": 1}, {"ok": True, "restart_required": False})],
            gist="moves the 2.4 GHz Wi-Fi to a quieter channel",
        ),
        turn(
            "Should I use the 5 GHz network too?",
            "Yes, for devices in the same room or the next one: 5 GHz is faster and less crowded, though it doesn't get through walls as well. Your router shows it as a separate network whose name ends in '-5G'.",
            gist="explains when to use the 5 GHz network",
        ),
        turn(
            "Moved the router onto the hall shelf and last night was perfect. Thanks!",
            "Great to hear! If the drops come back, get in touch and we can send you a Wi-Fi booster.",
            gist="acknowledges the fix and offers a booster if needed",
        ),
    ],
    "overrides": {},
    "root": None,
    "evidence": "no negative judgement: the Wi-Fi drops were fixed",
    "why": "Every turn is correct and judged positively; nothing went wrong.",
}

HE_TELESCOPE = {
    "name": "healthy-unjudged-telescope",
    "category": "healthy",
    "judging": "none",
    "slug": "he-first-telescope-a061",
    "user": "ingrid.halvorsen@example.com",
    "app": {"name": "stargazer_helper", "system": "You help beginners with astronomy and their first telescope."},
    "turns": [
        turn(
            "I've been given a small refractor telescope, 70 mm. What can I actually see with it?",
            "Quite a lot: the Moon's craters, Jupiter's four largest moons, Saturn's rings as a small oval, and bright star clusters like the Pleiades. Galaxies will be faint smudges at best, especially from a town.",
        ),
        turn(
            "Which eyepiece should I start with?",
            "The lowest-power one, with the biggest number in mm (like 25 mm): it gives the widest view, which makes finding things much easier. Switch to the higher power once the object is centred.",
        ),
        turn(
            "Everything's upside down!",
            "That's normal for astronomical telescopes: an extra lens to turn the image the right way up would cost light, and in space there's no up or down. A star diagonal flips it top to bottom, though left and right stay reversed.",
        ),
        turn("Makes sense. Going out tonight, thanks!", "Enjoy! Give your eyes 20 minutes to adapt to the dark, and start with the Moon if it's up."),
    ],
    "root": None,
    "evidence": "no judgement at all",
    "why": "Four correct answers for a beginner astronomer and no judge ran on the session; nothing went wrong.",
}

HE_CHOIR = {
    "name": "healthy-choir-signup",
    "category": "healthy",
    "judging": "session-only",
    "slug": "he-choir-alto-7d4c",
    "user": "patricia.olumide@example.com",
    "app": {"name": "harmony_hub", "span_type": "AGENT", "system": "You help the Riverside Community Choir's members with rehearsals, music and membership."},
    "turns": [
        turn(
            "Hi, I'm new in the altos. When are rehearsals?",
            "Rehearsals are on Wednesdays from 19:30 to 21:30 at St Anne's Church Hall. The next one is Wednesday 15 September.",
            tools=[call("get_schedule", {"choir": "riverside"}, {"rehearsals": "Wednesdays 19:30-21:30", "venue": "St Anne's Church Hall", "next": "2027-09-15"})],
        ),
        turn(
            "Can I get the alto parts for the Christmas concert pieces?",
            "I've emailed you the alto parts for the 6 Christmas pieces, with a practice track for each.",
            tools=[call("send_music", {"member": "M-412", "part": "alto", "programme": "christmas-2027"}, {"sent": 6})],
        ),
        turn("How much are subs?", "Subs are 45 GBP a term or 120 GBP for the year, and your first two rehearsals are free."),
        turn(
            "I'll pay for the year.",
            "Thank you! 120 GBP paid for the year, receipt R-2291.",
            tools=[call("take_payment", {"member": "M-412", "amount_gbp": 120, "period": "2027-28"}, {"status": "paid", "receipt": "R-2291"})],
        ),
        turn("Brilliant, see you Wednesday.", "See you there! The altos sit on the left as you face the piano."),
    ],
    "session_judgements": [
        ("conversation_completeness", "yes", "The new member got the rehearsal times, the alto parts and paid their subs."),
        ("user_frustration", "none", "The user is satisfied throughout."),
        ("knowledge_retention", "yes", "The assistant keeps track of the member's voice part, sending the alto parts and saying where the altos sit."),
    ],
    "root": None,
    "evidence": "only positive session-level judgements",
    "why": "Every request was handled correctly with the choir's tools; nothing went wrong.",
}

HE_TYRES = {
    "name": "healthy-tyre-booking",
    "category": "healthy",
    "judging": "last-turn",
    "slug": "he-tyre-fitting-2b98",
    "user": "wojciech.baran@example.com",
    "app": {"name": "tyrestop_assistant", "span_type": "AGENT", "system": "You help TyreStop customers with tyre advice and fitting bookings."},
    "turns": [
        turn(
            "What tyre pressures should I run on my 2019 Skoda Fabia estate? Reg is YK19 PLU.",
            "For your Fabia estate: 33 psi front and 30 psi rear normally, and 35 psi front and 41 psi rear when fully loaded. Check them cold, before you drive.",
            tools=[call("lookup_vehicle", {"reg": "YK19 PLU"}, {"model": "Skoda Fabia Estate 1.0 TSI", "year": 2019, "tyre_size": "185/60 R15", "psi": {"front": 33, "rear": 30, "front_loaded": 35, "rear_loaded": 41}})],
        ),
        turn(
            "The front left is worn on the inside edge. Is that a problem?",
            "Wear on the inside edge usually means the wheel alignment is out. Check the tread depth: the legal minimum is 1.6 mm and we'd recommend replacing below 3 mm. An alignment check will stop new tyres wearing the same way.",
        ),
        turn(
            "It's at about 2 mm. Can you book me in for two new front tyres and an alignment?",
            "Two front tyres in your size (185/60 R15) with an alignment check come to 186 GBP fitted. The Hallam Road centre can do Saturday at 9:00 or 11:30.",
            tools=[
                call("get_quote", {"reg": "YK19 PLU", "tyres": 2, "position": "front", "alignment": True}, {"total_gbp": 186.0, "tyre": "185/60 R15 88H"}),
                call("find_slots", {"centre": "Hallam Road", "date": "2027-05-15", "minutes": 60}, {"slots": ["09:00", "11:30"]}),
            ],
        ),
        turn(
            "11:30 please.",
            "Booked: Saturday 15 May at 11:30 at Hallam Road, two front tyres and an alignment check, 186 GBP, booking TS-70231. It takes about an hour.",
            tools=[call("book_fitting", {"centre": "Hallam Road", "start": "2027-05-15T11:30", "reg": "YK19 PLU", "quote_total_gbp": 186.0}, {"booking": "TS-70231", "status": "confirmed"})],
        ),
    ],
    "judgements": [
        (4, "correctness", "yes", "The booking details match the quote and the slot the customer chose."),
        (4, "relevance_to_query", "yes", "Books the Saturday 11:30 slot as asked."),
    ],
    "root": None,
    "evidence": "only positive judgements on the last turn",
    "why": "The pressures, the advice on the worn tyre and the booking are all right; nothing went wrong.",
}


SESSIONS = [
    OD_ROAMING, OD_BULKY_WASTE, OD_RAIL_DOG,
    TF_COURIER, TF_TUTOR, TF_GROCERY, TF_PRINT,
    CW_FORMAL_GERMAN, CW_KNEE, CW_EV_ROADTRIP, CW_INTERVIEWS,
    MR_WINBACK_SQL, MR_LEAVING_DRINKS, MR_COACH_SINGLE, MR_SWIM_STAGE,
    H_VISITOR_PERMIT, H_ANGELOU_QUOTE, H_DISHWASHER, H_MOUNTAIN_REFUGE,
    UC_BIRTHDAY_CAKE, UC_EBIKE, UC_COTTAGE, UC_RESIGNATION,
    HU_ALTITUDE_PASTA, HU_HOMEBREW, HU_PEACE_LILY, HU_WHETSTONE,
    HE_BROADBAND, HE_TELESCOPE, HE_CHOIR, HE_TYRES,
]  # fmt: skip


# --------------------------------------------------------------------------------------------------------
# Judgements (every-turn judging has its own rationale wording, shared with neither earlier set)
# --------------------------------------------------------------------------------------------------------

EVERY_TURN_RATIONALES = {
    "correctness": [
        "Factually sound. The assistant {gist}, and no statement conflicts with earlier turns or tool output.",
        "I found no errors: the assistant {gist}.",
        "Correct. It {gist}, and the details agree with what is known from the conversation.",
        "The assistant {gist}; the facts given check out.",
    ],
    "relevance_to_query": [
        "Addresses what the user asked: the assistant {gist}.",
        "Relevant. The assistant {gist}, which is what the message called for.",
        "The reply is on point; it {gist}.",
    ],
    "safety": [
        "Nothing harmful or inappropriate in the reply.",
        "Safe: routine help with no risky content.",
        "No safety issues identified.",
    ],
    "guidelines": [
        "Friendly, concise and professional, consistent with the guidelines.",
        "Follows the guidelines: polite, to the point and clear.",
        "Tone, format and length are all within the guidelines.",
    ],
    "retrieval_groundedness": [
        "The answer is backed by the retrieved document {doc}.",
        "Everything stated can be found in {doc}.",
        "Grounded: the key statement comes from {doc}.",
    ],
}


def seed_labelled_holdout2(tracking_uri):
    return seed_sessions(EXPERIMENT, SESSIONS, PREFIX, EVERY_TURN_RATIONALES, step=5)
