"""An eighth held-out labelled set of chat sessions, for measuring root-cause detection, never for tuning it.

Same format as labelled.py (read its docstring) and the same labelling rules, category by category, as
labelled_holdout3.py (read its docstring): `rootCauseTurn` is 1-based, the turn where things first went wrong
as a careful engineer reading the transcript would mark it. Written blind by another hand after the seven
earlier held-out sets, from the conversations alone and without looking at any detection algorithm; its
domains, users, applications, wording, document ids and judge rationales are new. The sessions are spread
evenly over three judging modes (every turn judged, only the failing turn judged, session-level judgements
only), run from 2 to 187 turns, and put the root cause anywhere from the first turn to deep inside long
sessions, with the first negative verdict sometimes on the same turn and sometimes many turns later.
Session ids are prefixed `holdout8-` so all the sets can live on one server.
"""

import random

from labelled import call, doc, seed_sessions, turn

EXPERIMENT = "Labelled root causes, held out 8 (Session Lens)"
PREFIX = "holdout8-"


# --------------------------------------------------------------------------------------------------------
# outdated-document
# --------------------------------------------------------------------------------------------------------

WF_RECYCLING = doc(
    "wrenfield-waste/what-goes-where",
    "Blue bin (mixed recycling): paper, card, food and drink cans, plastic bottles, pots, tubs and trays. Glass bottles and jars go in the black box. No soft plastics, nappies or textiles in the blue bin.",
)
WF_GARDEN_2024 = doc(
    "wrenfield-waste/garden-waste-2024",
    "Garden waste (brown bin): collected free of charge every other Tuesday from March to November. No registration is needed; put the bin out by 7:00 on collection day.",
)
WF_GARDEN_2026 = doc(
    "wrenfield-waste/garden-waste-subscription-2026",
    "From 1 April 2026 the brown-bin garden waste service is by annual subscription only: 52 GBP per bin per year, sign up at wrenfield.gov.uk/gardenwaste. Bins without a current subscription sticker are not emptied. Subscribed bins are collected every other Thursday.",
)
WF_BULKY = doc("wrenfield-waste/bulky-items", "Bulky household items: up to three items collected for 28 GBP, booked online; collection within 10 working days. Items must be left outside the property by 7:00.")
WF_MISSED = doc("wrenfield-waste/missed-collections", "Report a missed collection within 2 working days of the scheduled day. Reports for bins that were not eligible for collection are closed without a return visit.")

OD_GARDEN_WASTE = {
    "name": "outdated-garden-waste-collection",
    "category": "outdated-document",
    "judging": "every-turn",
    "slug": "od-wrenfield-brownbin-5b27",
    "user": "dilys.ferreira-okafor@example.com",
    "app": {
        "name": "wrenfield_bins_helper",
        "span_type": "AGENT",
        "retriever": "search_waste_guidance",
        "system": "You are the Wrenfield Council waste and recycling assistant. Use the address tools and the waste guidance excerpts.",
    },
    "turns": [
        turn(
            "Hi, we've just moved into 8 Tannery Close. Which bins go out on which day?",
            "Welcome to Tannery Close! General waste (green bin) and recycling (blue bin) are collected on alternate Mondays. Your next collection is recycling on Monday 13 April, then general waste on the 20th.",
            tools=[call("get_address_schedule", {"address": "8 Tannery Close"}, {"green": "alternate Mondays, next 2026-04-20", "blue": "alternate Mondays, next 2026-04-13", "black_box": "with blue"})],
            gist="gives the green and blue bin collection days for the new address",
        ),
        turn(
            "What can go in the blue one?",
            "Paper, card, food and drink cans, plastic bottles, pots, tubs and trays. Glass goes in the black box, and soft plastics, nappies and textiles shouldn't go in the blue bin.",
            docs=[WF_RECYCLING],
            gist="lists what goes in the blue recycling bin",
        ),
        turn(
            "There's also a brown bin in the garden from the previous owners. When does that get emptied?",
            "The brown bin is for garden waste. It's collected free every other Tuesday from March to November, and there's nothing to register, so just put it out by 7:00 on a Tuesday.",
            docs=[WF_GARDEN_2024, WF_GARDEN_2026],
            gist="explains when the brown garden waste bin is collected",
        ),
        turn(
            "We're doing a big clear-out of the garden this weekend. Can I fill it right to the top?",
            "Yes, fill it as long as the lid closes flat, and put it out by 7:00 next Tuesday. Any extra cuttings can go to the tip.",
            docs=[WF_GARDEN_2024],
            gist="says the brown bin can be filled as long as the lid closes and to put it out on Tuesday",
        ),
        turn(
            "There's also an old sofa and a broken garden bench. How do I get rid of those?",
            "You can book a bulky item collection online: up to three items for 28 GBP, collected within 10 working days. Leave them outside by 7:00 on the day.",
            docs=[WF_BULKY],
            gist="explains the bulky item collection for the sofa and bench",
        ),
        turn(
            "It's Wednesday and the brown bin is still full, nobody came yesterday. My neighbour's got a sticker on hers and says it was emptied last Thursday?",
            "Sorry about that. Stickers aren't needed for garden waste, so yours should have been emptied on Tuesday. Report it as a missed collection within 2 working days and the crew will come back for it.",
            docs=[WF_GARDEN_2026, WF_MISSED, WF_GARDEN_2024],
            gist="responds to the brown bin not being emptied and suggests reporting a missed collection",
        ),
        turn(
            "I reported it and they closed the report saying we have no garden waste subscription. What's going on?",
            "I'm sorry, that's my mistake: since 1 April 2026 garden waste is subscription only, 52 GBP a year per bin, and subscribed bins are collected every other Thursday. You can sign up at wrenfield.gov.uk/gardenwaste; once the sticker arrives your bin will be emptied.",
            docs=[WF_GARDEN_2026],
            gist="explains the garden waste subscription and how to sign up",
        ),
    ],
    "overrides": {
        (3, "correctness"): ("yes", "Explains the brown-bin garden waste collection."),
        (3, "retrieval_groundedness"): ("yes", "The fortnightly Tuesday collection is stated in wrenfield-waste/garden-waste-2024."),
        (6, "correctness"): (
            "no",
            "Says no sticker is needed and the bin should have gone on Tuesday. The retrieved subscription notice says uncollected bins without a subscription sticker are not emptied and collections are on Thursdays, which is exactly what the neighbour describes.",
        ),
        (6, "retrieval_groundedness"): ("no", "Contradicts wrenfield-waste/garden-waste-subscription-2026, the first document retrieved."),
    },
    "root": 3,
    "evidence": "the superseded page wrenfield-waste/garden-waste-2024 (free, every other Tuesday) instead of wrenfield-waste/garden-waste-subscription-2026 (52 GBP subscription, Thursdays)",
    "why": "At turn 3 both pages were retrieved and the assistant answered from the 2024 one; turn 4 sends the resident to put the bin out on Tuesday, turn 6 insists no sticker is needed, and the council closes the report at turn 7. The judges passed turns 3 and 4.",
}

IR_V4 = doc(
    "ingress-relay-chart/4.x/values",
    "ingress-relay chart 4.x values: controller.replicaCount (default 1); controller.tolerations; controller.nodeSelector; controller.metrics.enabled adds a ServiceMonitor; controller.pdb.minAvailable.",
)
IR_V5 = doc(
    "ingress-relay-chart/5.x/upgrading",
    "Upgrading to 5.0: the controller.* block was renamed to relay.*. controller.replicaCount is now relay.replicas, controller.metrics.enabled is now relay.serviceMonitor.enabled, controller.pdb is now relay.podDisruptionBudget. Unknown keys are ignored, so values files written for 4.x deploy with defaults (1 replica, no tolerations, no ServiceMonitor).",
)

OD_HELM_VALUES = {
    "name": "outdated-helm-chart-values-keys",
    "category": "outdated-document",
    "judging": "last-turn",
    "slug": "od-clusterpilot-relay5-8d3c",
    "user": "ifeoma.lindgren@example.com",
    "app": {"name": "clusterpilot_chat", "retriever": "search_chart_docs", "system": "You are ClusterPilot, a Kubernetes and Helm assistant for platform engineers. Use the chart documentation excerpts."},
    "turns": [
        turn(
            "We're upgrading the ingress-relay chart from 4.2 to 5.1 on staging. How do I see which values we're running now?",
            "Run `helm get values ingress-relay -n edge -o yaml > current-values.yaml`. That gives only the overrides you set, not the chart defaults.",
        ),
        turn(
            "Overrides are: replicaCount 3, metrics on, tolerations for the dedicated=edge taint, and a nodeSelector pool=edge. What should values-5.1.yaml look like?",
            "```yaml\ncontroller:\n  replicaCount: 3\n  metrics:\n    enabled: true\n  tolerations:\n    - key: dedicated\n      value: edge\n      effect: NoSchedule\n  nodeSelector:\n    pool: edge\n```\nThe structure is the same as your 4.2 file.",
            docs=[IR_V4, IR_V5],
        ),
        turn(
            "Do we need anything for the PodDisruptionBudget?",
            "Add `controller.pdb.minAvailable: 2` so a node drain never takes more than one replica down at a time.",
            docs=[IR_V4],
        ),
        turn("Dry run first?", "Yes: `helm upgrade ingress-relay relay/ingress-relay --version 5.1.0 -n edge -f values-5.1.yaml --dry-run --debug`, and check the rendered Deployment."),
        turn("Dry run is clean. Applying now.", "Watch it with `kubectl rollout status deploy/ingress-relay -n edge`. It should roll the 3 pods one at a time."),
        turn(
            "Rollout finished but there's only 1 pod, it's on a general-purpose node, and Prometheus has no target for it.",
            "The values look right, so something may be overriding them. Check for a HorizontalPodAutoscaler with `kubectl get hpa -n edge`; if there is one, set `controller.autoscaling.enabled: false`.",
            docs=[IR_V4, IR_V5],
        ),
        turn("No HPA in the namespace.", "Then try re-applying with `--reset-values` so no stale release values are merged in: `helm upgrade ingress-relay relay/ingress-relay --version 5.1.0 -n edge -f values-5.1.yaml --reset-values`."),
        turn(
            "Same result. Give me the full final values file and I'll go through it line by line.",
            "```yaml\ncontroller:\n  replicaCount: 3\n  metrics:\n    enabled: true\n  tolerations:\n    - key: dedicated\n      value: edge\n      effect: NoSchedule\n  nodeSelector:\n    pool: edge\n  pdb:\n    minAvailable: 2\n```",
            docs=[IR_V4],
        ),
    ],
    "judgements": [
        (
            8,
            "correctness",
            "no",
            "The chart's 5.x upgrade notes say controller.* was renamed to relay.* and unknown keys are ignored. This file still uses the 4.x keys, which is exactly why the release came up with 1 replica, no tolerations and no ServiceMonitor.",
        ),
        (8, "config_review", "fail", "Values file is not valid for ingress-relay 5.1: should use relay.replicas, relay.serviceMonitor.enabled, relay.podDisruptionBudget."),
    ],
    "root": 2,
    "evidence": "the 4.x values page ingress-relay-chart/4.x/values (controller.*) used for a 5.1 upgrade, where ingress-relay-chart/5.x/upgrading renames them to relay.*",
    "why": "At turn 2 both pages were retrieved and the assistant wrote the values file with the 4.x keys; turn 3 adds another 4.x key, turns 6 and 7 chase other causes and turn 8 repeats the file. Only the last turn was judged.",
}

EC_HOLDING_OLD = doc(
    "ellery-lettings-code/holding-deposits-2021",
    "Holding deposits: an agent may take up to two weeks' rent to reserve a property while references are checked. If the applicant withdraws or fails referencing, the holding deposit may be retained.",
)
EC_HOLDING_NEW = doc(
    "ellery-lettings-code/holding-deposits-rev-2026",
    "Holding deposits (revised code, applies to applications from 1 February 2026): capped at one week's rent (monthly rent × 12 ÷ 52). It may be kept only if the applicant gives false or misleading information, fails a Right to Rent check, or withdraws. Otherwise it must be refunded, or credited to the first month's rent, within 7 days of the tenancy agreement or of the deadline for agreement (15 days).",
)
EC_PAYMENTS = doc(
    "ellery-lettings-code/permitted-payments",
    "Permitted payments from tenants: rent; a refundable tenancy deposit capped at five weeks' rent; a holding deposit; default fees for lost keys and for rent more than 14 days late. Referencing, inventory and admin fees are not permitted.",
)
EC_GAS = doc("ellery-lettings-code/gas-safety", "A gas safety check by a registered engineer is required every 12 months; a copy of the record must be given to the tenant within 28 days of the check.")

KH_PROPERTIES = [
    ("Flat 2, 31 Saltmarsh Road", 975, "Mr D. Farrant", "Kieran Osei-Lund"),
    ("7 Chandlers Yard", 1450, "Mrs P. Ilori", "the Varga family"),
    ("Flat 5, Beacon House", 820, "Quayside Estates Ltd", "Noor Haddad"),
    ("22 Netmakers Lane", 1180, "Mr and Mrs Trelawney", "Calum and Bea Rusk"),
    ("Flat 1, 9 Ropewalk", 890, "Mr S. Ahuja", "Elin Marsh"),
    ("3 Foundry Cottages", 1060, "Ms J. Penhallow", "Tobias Wren"),
    ("Flat 8, Lighthouse Court", 1320, "Quayside Estates Ltd", "Arjun and Mei Sethi"),
    ("41 Gannet Street", 1250, "Mr R. Castellane", None),
    ("14 Quarry Row", 1300, "Dr H. Mbatha", None),
]
KH_ISSUES = [
    ("dripping kitchen tap", "Pell Plumbing", 85),
    ("boiler losing pressure", "Harbour Heating", 140),
    ("mould on the bathroom ceiling", "Dryline Damp Specialists", 320),
    ("broken window latch in the bedroom", "Keyes Handyman Services", 60),
    ("blocked gutter at the back", "Keyes Handyman Services", 95),
    ("extractor fan not working", "Sparkwell Electrical", 120),
    ("front door lock sticking", "Keyes Handyman Services", 70),
    ("oven element gone", "Sparkwell Electrical", 180),
    ("washing machine leaking", "Pell Plumbing", 110),
]
KH_APPLICANTS = ["Owain Pritchard", "Sabine Kowalczyk", "Daniyal Shah", "Freya Lindqvist", "Tomás Ó Briain", "Mariam Yusuf", "Harvey Blake", "Chidi Nwachukwu", "Paulina Ostrowska", "Jonah Rees"]
KH_ASIDES = [
    ("Phones haven't stopped this morning.", "Busy one! What's next?"),
    ("Back from a check-out at Chandlers Yard, where were we?", "We were going through repairs and viewings."),
    ("Lunch. Twenty minutes.", "Enjoy it."),
    ("Ok, back at my desk.", "Ready when you are."),
    ("Remind me, is the office closed on the bank holiday Monday?", "Yes, the office is closed on Monday; the out-of-hours repairs line stays open."),
    ("Honestly, half of this job is chasing contractors.", "And keeping landlords and tenants happy at the same time!"),
    ("The printer's jammed again.", "I can't fix that one, sorry. Anything I can do meanwhile?"),
]


def lettings_day_turns():
    """146 turns of a lettings negotiator's day. At turn 52 Ruth Ansah views 14 Quarry Row; at turn 88 the
    retriever ranks the 2021 holding-deposit page first and the assistant says two weeks' rent (600 GBP) may be
    taken and kept if referencing fails; turn 89 requests 600 GBP; at turn 131 the applicant's housing adviser
    says the revised code caps it at one week."""
    rng = random.Random(88146)
    asides = list(KH_ASIDES)
    tenanted = [p for p in KH_PROPERTIES if p[3]]
    refs = {"viewing": 3310, "job": 7720}
    reserved = set()

    def viewing():
        addr, rent, _, _ = rng.choice([p for p in KH_PROPERTIES if not p[3] and p[0] not in reserved])
        who = rng.choice(KH_APPLICANTS)
        day = rng.choice(["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
        at = rng.choice(["10:00", "11:30", "13:15", "16:45", "17:30", "18:00"])
        refs["viewing"] += rng.randint(1, 6)
        return turn(
            rng.choice([f"Book {who} in to view {addr}, {day} at {at}.", f"Viewing for {addr}: {who}, {day} {at}.", f"Can you put {who} down for {addr} on {day}, {at}?"]),
            f"Booked: {who} to view {addr} ({rent:,} GBP a month) on {day} at {at}. Confirmation texted; viewing ref V-{refs['viewing']}.",
            tools=[call("book_viewing", {"property": addr, "applicant": who, "day": day, "time": at}, {"ref": f"V-{refs['viewing']}", "sms": "sent"})],
        )

    def repair():
        addr, _, landlord, tenant = rng.choice(tenanted)
        issue, contractor, quote = rng.choice(KH_ISSUES)
        refs["job"] += rng.randint(1, 9)
        approval = "no landlord approval needed, it's under the 250 GBP limit" if quote < 250 else f"the quote is over the 250 GBP limit, so I've asked {landlord} to approve it"
        return turn(
            rng.choice([f"{tenant} at {addr} reports a {issue}.", f"Repair at {addr}: {issue}.", f"New maintenance request from {addr}, {issue}."]),
            f"Job MJ-{refs['job']} raised for the {issue} at {addr}, assigned to {contractor} (quoted {quote} GBP); {approval}. They'll contact {tenant} for access.",
            tools=[call("create_job", {"property": addr, "issue": issue, "contractor": contractor}, {"job": f"MJ-{refs['job']}", "quote_gbp": quote, "needs_approval": quote >= 250})],
        )

    def rent():
        addr, monthly, _, tenant = rng.choice(tenanted)
        if rng.random() < 0.8:
            return turn(
                rng.choice([f"Has {tenant}'s rent come in for {addr}?", f"Rent check on {addr}?"]),
                f"Yes, {monthly:,} GBP received from {tenant} for {addr} on the 1st. The account is up to date.",
                tools=[call("get_rent_ledger", {"property": addr}, {"last_payment_gbp": monthly, "arrears_gbp": 0})],
            )
        days = rng.choice([4, 9, 16])
        late = " That's more than 14 days, so the late-rent default fee can now be applied." if days > 14 else ""
        return turn(
            rng.choice([f"Has {tenant}'s rent come in for {addr}?", f"Rent check on {addr}?"]),
            f"Not yet: {tenant} owes {monthly:,} GBP for {addr}, {days} days overdue.{late}",
            tools=[call("get_rent_ledger", {"property": addr}, {"arrears_gbp": monthly, "days_overdue": days})],
        )

    def compliance():
        addr, _, _, tenant = rng.choice(tenanted)
        gas_days = rng.choice([12, 26, 90, 140, 210, 300])
        epc = rng.choice(["C", "C", "D", "B"])
        note = f" The gas safety check is due in {gas_days} days; shall I ask Harbour Heating to book it?" if gas_days < 30 else f" Gas safety is valid for another {gas_days} days."
        return turn(
            rng.choice([f"Compliance check on {addr}?", f"Are the certificates in date at {addr}?"]),
            f"{addr}: EPC rating {epc}, electrical report in date.{note}",
            tools=[call("get_compliance", {"property": addr}, {"epc": epc, "eicr": "valid", "gas_safety_days_left": gas_days})],
        )

    def statement():
        addr, monthly, landlord, _ = rng.choice(tenanted)
        fee = round(monthly * 0.12, 2)
        return turn(
            rng.choice([f"Send {landlord} their statement for {addr}.", f"Statement for {addr} to {landlord}, please."]),
            f"Sent {landlord} the statement for {addr}: rent received {monthly:,.2f} GBP, management fee (12%) {fee:,.2f} GBP, paid out {monthly - fee:,.2f} GBP.",
            tools=[call("send_statement", {"property": addr, "landlord": landlord}, {"rent_gbp": monthly, "fee_gbp": fee, "paid_out_gbp": round(monthly - fee, 2)})],
        )

    code_faqs = [
        ("A landlord's asking if we can charge applicants a referencing fee. Can we?", "No. Only rent, a capped tenancy deposit, a holding deposit and default fees (lost keys, rent over 14 days late) are permitted; referencing fees aren't.", [EC_PAYMENTS]),
        ("Can we charge a tenant for the check-in inventory?", "No, inventory fees aren't a permitted payment under the code. The landlord pays for it.", [EC_PAYMENTS]),
        ("How long after the gas check does the tenant need a copy of the certificate?", "Within 28 days of the check, and the check itself is needed every 12 months.", [EC_GAS]),
        ("Tenant at Netmakers Lane lost both keys. Can we charge for the replacements?", "Yes, lost keys are a permitted default fee, but only the reasonable cost you can evidence, so keep the locksmith's invoice.", [EC_PAYMENTS]),
        ("How often does the gas safety check have to be done again?", "Every 12 months, by a registered engineer, with a copy to the tenant within 28 days.", [EC_GAS]),
        ("Mr Castellane wants to add an admin fee for the tenancy agreement. Allowed?", "No, admin fees for drawing up the agreement aren't permitted; the tenant can only be charged the payments listed in the code.", [EC_PAYMENTS]),
    ]
    rng.shuffle(code_faqs)

    def code_question():
        if code_faqs and rng.random() < 0.6:
            q, a, docs = code_faqs.pop()
            return turn(q, a, docs=docs)
        if rng.random() < 0.5:
            return compliance()
        addr, monthly, _, _ = rng.choice(KH_PROPERTIES)
        cap = monthly * 12 * 5 / 52
        return turn(
            f"What's the most we can take as a tenancy deposit on {addr}?",
            f"Five weeks' rent: {monthly:,} × 12 ÷ 52 × 5 = {cap:,.2f} GBP.",
            docs=[EC_PAYMENTS],
        )

    def aside():
        return turn(*asides.pop(0)) if asides else rent()

    def filler():
        return rng.choices([viewing, repair, rent, compliance, statement, code_question, aside], weights=[2, 3, 2, 1.2, 1.5, 0.8, 0.6])[0]()

    turns = [
        turn(
            "Morning! Full diary today: viewings, repairs and a couple of new lets. Let's get going.",
            "Morning Inês! I'm ready: viewings, maintenance jobs, rent checks, compliance and landlord statements. What's first?",
        ),
        turn(
            "Which of our managed properties are empty right now?",
            "Two are vacant: 41 Gannet Street (1,250 GBP a month, landlord Mr R. Castellane) and 14 Quarry Row (1,300 GBP a month, landlord Dr H. Mbatha).",
            tools=[call("list_properties", {"status": "vacant"}, {"vacant": ["41 Gannet Street", "14 Quarry Row"]})],
        ),
    ]
    while len(turns) < 51:
        turns.append(filler())
    refs["viewing"] += 3
    turns.append(
        turn(
            "Book Ruth Ansah and her partner in to view 14 Quarry Row tomorrow at 17:30.",
            f"Booked: Ruth Ansah and partner to view 14 Quarry Row (1,300 GBP a month) tomorrow at 17:30. Confirmation texted; viewing ref V-{refs['viewing']}.",
            tools=[call("book_viewing", {"property": "14 Quarry Row", "applicant": "Ruth Ansah", "day": "tomorrow", "time": "17:30"}, {"ref": f"V-{refs['viewing']}", "sms": "sent"})],
        )
    )
    while len(turns) < 87:
        turns.append(filler())
    turns.append(
        turn(
            "Ruth Ansah loved Quarry Row and wants to reserve it today while we do references. How much holding deposit can we ask for, and do we keep it if they pull out?",
            "You can take up to two weeks' rent: 1,300 × 12 ÷ 52 × 2 = 600 GBP. If they withdraw or fail referencing, you can keep it.",
            docs=[EC_HOLDING_OLD, EC_HOLDING_NEW, EC_PAYMENTS],
        )
    )
    turns.append(
        turn(
            "Send her the payment request for that, then.",
            "Payment request for a 600 GBP holding deposit sent to Ruth Ansah; 14 Quarry Row is marked as reserved pending references.",
            tools=[call("request_payment", {"applicant": "Ruth Ansah", "property": "14 Quarry Row", "type": "holding_deposit", "amount_gbp": 600}, {"request": "PR-1906", "status": "sent"})],
        )
    )
    reserved.add("14 Quarry Row")
    turns.append(
        turn(
            "And kick off referencing for both of them.",
            "Referencing started for Ruth Ansah and Samuel Ansah with Trustline Referencing; results usually come back in 2-3 working days.",
            tools=[call("start_referencing", {"applicants": ["Ruth Ansah", "Samuel Ansah"], "property": "14 Quarry Row"}, {"case": "TR-55310", "eta_days": 3})],
        )
    )
    while len(turns) < 130:
        turns.append(filler())
    turns.append(
        turn(
            "Email from Ruth Ansah's housing adviser at the Citizens' Centre: she says under the revised code we can only take one week's rent as a holding deposit and wants 300 GBP back. Is she right?",
            "She is, I'm sorry. The revised code, which applies to applications from 1 February 2026, caps the holding deposit at one week's rent: 1,300 × 12 ÷ 52 = 300 GBP. It also can't be kept just because referencing fails. The 300 GBP over the cap should be refunded.",
            docs=[EC_HOLDING_NEW, EC_HOLDING_OLD],
        )
    )
    turns.append(
        turn(
            "Refund the 300 today and put a note on the file.",
            "Refund of 300 GBP to Ruth Ansah issued, arriving in 1-2 working days. Note added to the 14 Quarry Row file: holding deposit taken above the cap, excess refunded.",
            tools=[
                call("issue_refund", {"applicant": "Ruth Ansah", "amount_gbp": 300, "reason": "holding deposit above one-week cap"}, {"refund": "RF-0871"}),
                call("add_file_note", {"property": "14 Quarry Row", "note": "Holding deposit of 600 GBP exceeded the one-week cap; 300 GBP refunded (RF-0871)."}, {"ok": True}),
            ],
        )
    )
    turns.append(
        turn(
            "Have we taken any other holding deposits since February?",
            "No, the Quarry Row one is the only holding deposit requested since 1 February.",
            tools=[call("search_payments", {"type": "holding_deposit", "since": "2026-02-01"}, {"count": 1, "requests": ["PR-1906"]})],
        )
    )
    while len(turns) < 145:
        turns.append(filler())
    turns.append(
        turn(
            "Right, I'm closing up. The Quarry Row thing was embarrassing, the adviser copied in my manager.",
            "Sorry, that was my error. Everything else today is logged: repairs raised, viewings booked and statements sent, and the 300 GBP refund to Ruth Ansah is on its way.",
        )
    )
    return turns


OD_LETTINGS = {
    "name": "outdated-holding-deposit-cap",
    "category": "outdated-document",
    "judging": "session-only",
    "slug": "od-keyhold-quarry-row-2e96",
    "user": "ines.marchetti-boyle@example.com",
    "app": {
        "name": "keyhold_lettings_assistant",
        "span_type": "AGENT",
        "retriever": "search_lettings_code",
        "system": "You are KeyHold, the lettings assistant of Fairbairn & Daughters estate agents in Port Ellery. Use the property tools and the Port Ellery Lettings Code excerpts.",
    },
    "turns": lettings_day_turns,
    "session_judgements": [
        ("regulatory_compliance", "fail", "A 600 GBP holding deposit (two weeks' rent) was requested where the current code allows one week, 300 GBP, and the applicant was told it could be kept if referencing failed."),
        ("conversation_completeness", "no", "The applicant's adviser had to point out the overcharge before it was refunded."),
        ("user_frustration", "unresolved", "The negotiator ends the day embarrassed that the complaint reached her manager."),
    ],
    "expect": {52: "Ruth Ansah", 88: "two weeks' rent", 89: "600 GBP", 131: "housing adviser", 146: "closing up"},
    "root": 88,
    "evidence": "the superseded code page ellery-lettings-code/holding-deposits-2021 (two weeks' rent, kept on failed referencing) instead of ellery-lettings-code/holding-deposits-rev-2026 (one week's rent)",
    "why": "Turns 1-87 are routine and correct; at turn 88 both versions were retrieved and the assistant answered from the 2021 page, turn 89 requested 600 GBP, and the applicant's adviser caught it at turn 131.",
}

PF_OLD = doc("pulsefit-member-policies/class-bookings-v2", "Class bookings: cancel free of charge up to 2 hours before the class starts. Late cancellations and no-shows are charged 5 GBP.")
PF_NEW = doc(
    "pulsefit-member-policies/class-bookings-v3",
    "Class bookings (from 1 September): cancel at least 12 hours before the class starts. Later cancellations and no-shows are charged 8 GBP and count as a strike; three strikes in 30 days pause online booking for 14 days.",
)

OD_GYM_CANCEL = {
    "name": "outdated-class-cancellation-window",
    "category": "outdated-document",
    "judging": "last-turn",
    "slug": "od-pulsefit-spin-7f40",
    "user": "gethin.abernethy@example.com",
    "app": {"name": "pulsefit_frontdesk", "span_type": "AGENT", "retriever": "search_member_policies", "system": "You are PulseFit's front-desk assistant. Use the booking tools and member policy excerpts."},
    "turns": [
        turn(
            "If I book the 7am spin class tomorrow and then can't make it, how late can I cancel?",
            "You can cancel free of charge up to 2 hours before the class, so by 5:00 tomorrow morning. After that there's a 5 GBP late-cancellation charge.",
            docs=[PF_OLD, PF_NEW],
        ),
        turn(
            "OK, book me into tomorrow's 7am spin and Thursday's 18:30 yoga.",
            "Booked: Spin, tomorrow 07:00 (bike 14) and Vinyasa Yoga, Thursday 18:30. See you there!",
            tools=[call("book_classes", {"member": "PF-208813", "classes": ["spin 07:00 tomorrow", "vinyasa 18:30 Thu"]}, {"bookings": ["B-99120", "B-99121"], "bike": 14})],
        ),
        turn(
            "My daughter's got a temperature, I'll know by about 4:30 if I need to stay home. That's alright?",
            "Yes, 4:30 is before the 5:00 cut-off, so you can cancel then at no charge.",
            docs=[PF_OLD],
        ),
        turn(
            "She's still poorly. Cancel the spin please.",
            "Done, tomorrow's 07:00 spin is cancelled and your bike is released. Hope she feels better soon.",
            tools=[call("cancel_booking", {"booking": "B-99120"}, {"cancelled": True})],
        ),
        turn(
            "Why have I been charged 8 GBP and got an email about a 'strike' for that spin class?",
            "That looks like an error: classes can be cancelled free up to 2 hours before, and you cancelled at 4:30 for a 7:00 class. Reply to the email and ask for the 8 GBP to be refunded.",
            docs=[PF_NEW, PF_OLD],
        ),
    ],
    "judgements": [
        (5, "correctness", "no", "Under the current class booking policy (v3), cancellations need 12 hours' notice; an 8 GBP charge and a strike for a 4:30 cancellation are correct. The response cites the old 2-hour rule."),
        (5, "retrieval_groundedness", "no", "The top retrieved document (class-bookings-v3) contradicts the answer."),
    ],
    "root": 1,
    "evidence": "the old policy pulsefit-member-policies/class-bookings-v2 (2 hours, 5 GBP) quoted instead of class-bookings-v3 (12 hours, 8 GBP and a strike)",
    "why": "The very first answer came from the superseded policy; turn 3 reassures the member on its basis, the late cancellation happens at turn 4 and turn 5 repeats the old rule. Only the last turn was judged.",
}


# --------------------------------------------------------------------------------------------------------
# tool-failure
# --------------------------------------------------------------------------------------------------------

TF_PARCEL_LOCKER = {
    "name": "tool-wrong-parcel-pickup-code",
    "category": "tool-failure",
    "judging": "every-turn",
    "slug": "tf-parcelpoint-locker-3c58",
    "user": "jasper.nkemelu@example.com",
    "app": {"name": "parcelpoint_help", "span_type": "AGENT", "system": "You are ParcelPoint's customer assistant. Use the tracking and locker tools."},
    "turns": [
        turn(
            "Hi, I got a message that my parcel's in a locker but I deleted it by accident. Tracking PP-4471-9920.",
            "No problem. Parcel PP-4471-9920 is waiting in the locker bank at the Brixton Road Co-op (bank B). It was delivered at 09:12 today and will be held for 72 hours.",
            tools=[call("track_parcel", {"tracking": "PP-4471-9920"}, {"status": "in_locker", "site": "Brixton Road Co-op", "bank": "B", "delivered": "09:12", "hold_hours": 72})],
            gist="finds the parcel in the Brixton Road locker bank and gives the hold period",
        ),
        turn(
            "What's the code to open it?",
            "Your pickup code is 381 662. Enter it on the locker screen and the door will open.",
            tools=[call("get_pickup_code", {"tracking": "PP-4471-9920"}, {"tracking": "PP-4417-9902", "site": "Camberwell Green Library", "bank": "A", "code": "381662"})],
            gist="gives the user a pickup code for the locker",
        ),
        turn(
            "How long have I got to collect it?",
            "It's held for 72 hours from delivery, so until 09:12 on Friday. After that it goes back to the depot.",
            gist="works out the collection deadline from the 72-hour hold",
        ),
        turn(
            "Can my flatmate pick it up instead if I'm stuck at work?",
            "Yes, anyone with the code can collect, so just forward it to your flatmate.",
            gist="confirms someone else can collect with the code",
        ),
        turn(
            "I'm at the locker and I typed 381 662, it says 'code not recognised at this location'.",
            "Some locker screens don't accept the space: try typing 381662 as one number. If it still fails, press Help on the screen to call the locker support line.",
            gist="suggests entering the code without a space or using the Help button",
        ),
        turn(
            "Still not working. I've been standing here 15 minutes.",
            "I'm sorry. I've looked it up again: your pickup code at Brixton Road Co-op, bank B, is 905 118. The code I gave you earlier belonged to a different parcel.",
            tools=[call("get_pickup_code", {"tracking": "PP-4471-9920"}, {"tracking": "PP-4471-9920", "site": "Brixton Road Co-op", "bank": "B", "code": "905118"})],
            gist="looks up the code again, gives the correct one and admits the first code was for another parcel",
        ),
        turn(
            "That worked. How did you give me somebody else's code?!",
            "The lookup returned a different parcel's record and I didn't check that its tracking number matched yours. I've reported it so the other customer's code can be reset.",
            tools=[call("report_incident", {"type": "wrong_code_disclosed", "tracking": ["PP-4471-9920", "PP-4417-9902"]}, {"incident": "INC-20931"})],
            gist="explains the mix-up and reports the incident",
        ),
        turn(
            "Fine. Can I get things delivered to my door next time instead?",
            "Yes: I've set your delivery preference to 'to the door', with the locker as a fallback if nobody's in.",
            tools=[call("set_preference", {"customer": "self", "delivery": "door", "fallback": "locker"}, {"ok": True})],
            gist="sets the delivery preference to the door with the locker as a fallback",
        ),
    ],
    "overrides": {
        (5, "correctness"): ("no", "The code doesn't work because it is for a different parcel; the get_pickup_code result was for PP-4417-9902 at Camberwell Green, not the user's parcel. Removing the space won't help."),
        (5, "guidelines"): ("no", "Sends the user to retry instead of re-checking the lookup."),
        (7, "guidelines"): ("yes", "Owns the mistake and takes action."),
    },
    "root": 2,
    "evidence": "get_pickup_code returned the record of another parcel (PP-4417-9902, Camberwell Green) and the assistant gave its code",
    "why": "At turn 2 the locker tool answered with the wrong parcel's record and the assistant passed on its code without checking; the user fails at the locker at turn 5, which is the first turn the judges fail.",
}

TF_MEETING_TIMEZONE = {
    "name": "tool-missing-dst-new-york-meeting",
    "category": "tool-failure",
    "judging": "last-turn",
    "slug": "tf-slotwise-dst-6a91",
    "user": "anouk.vermeulen-hale@example.com",
    "app": {"name": "slotwise_scheduler", "span_type": "AGENT", "system": "You schedule meetings across time zones. Use the time-zone and calendar tools."},
    "turns": [
        turn("I need a call with our New York distributor, Hallett & Birch, some time in the week of 15 March.", "Sure. Who should be on the call, and how long should it be?"),
        turn("Me in London, my colleague Marit in Amsterdam, and Dwayne Mercer in New York. 45 minutes.", "Got it: a 45-minute call for you (London), Marit (Amsterdam) and Dwayne Mercer (New York)."),
        turn(
            "Dwayne says he's free 10:00 to 12:00 his time on Thursday the 18th. What's that for us?",
            "On Thursday 18 March, 10:00-12:00 in New York is 15:00-17:00 in London and 16:00-18:00 in Amsterdam.",
            tools=[
                call(
                    "convert_time",
                    {"date": "2027-03-18", "time": "10:00-12:00", "from": "America/New_York", "to": ["Europe/London", "Europe/Amsterdam"]},
                    {"Europe/London": "15:00-17:00", "Europe/Amsterdam": "16:00-18:00", "from_offset": "UTC-05:00", "tzdata": "bundled 2019c"},
                )
            ],
        ),
        turn(
            "Marit can't do anything after 17:00 her time. So 15:30 London?",
            "15:30 London is 16:30 for Marit, so the call would run to 17:15 her time, past her limit. 15:00 London works: 16:00-16:45 for Marit and 10:00-10:45 for Dwayne.",
            tools=[call("convert_time", {"date": "2027-03-18", "time": "15:00", "from": "Europe/London", "to": ["Europe/Amsterdam", "America/New_York"]}, {"Europe/Amsterdam": "16:00", "America/New_York": "10:00", "to_offset": "UTC-05:00", "tzdata": "bundled 2019c"})],
        ),
        turn(
            "15:00 London it is. Book it with a video link.",
            "Booked: Thursday 18 March, 15:00-15:45 London, with a video link. Invites sent to Marit and Dwayne.",
            tools=[call("create_event", {"title": "Hallett & Birch distribution call", "start": "2027-03-18T15:00:00+00:00", "minutes": 45, "attendees": ["marit", "dwayne.mercer@hallettbirch.com"], "video": True}, {"event": "EV-7731", "sent": 2})],
        ),
        turn(
            "Put his local time in the invite text for Dwayne, he always gets confused.",
            "Done. The invite now says: 'Thursday 18 March, 10:00-10:45 New York time (15:00 London, 16:00 Amsterdam).'",
            tools=[call("update_event", {"event": "EV-7731", "description": "Thursday 18 March, 10:00-10:45 New York time (15:00 London, 16:00 Amsterdam)."}, {"ok": True})],
        ),
        turn("Add an agenda: Q2 pricing, summer shipping schedule, AOB.", "Added the agenda: 1. Q2 pricing, 2. summer shipping schedule, 3. AOB.", tools=[call("update_event", {"event": "EV-7731", "agenda": ["Q2 pricing", "Summer shipping schedule", "AOB"]}, {"ok": True})]),
        turn("And remind everyone the day before.", "Reminder set for all three of you on Wednesday 17 March at 15:00 London time.", tools=[call("set_reminder", {"event": "EV-7731", "before_hours": 24}, {"ok": True})]),
        turn(
            "Dwayne just emailed: he says his calendar showed the call at 11:00, but the invite text said 10:00, so he sat in an empty call for an hour and then missed the actual meeting because he'd gone into another one. What happened?",
            "The invite text was right: 15:00 London is 10:00 in New York. His calendar app may be set to the wrong time zone; ask him to check its settings.",
        ),
    ],
    "judgements": [
        (
            9,
            "correctness",
            "no",
            "US daylight saving time started on 14 March 2027, so on 18 March New York was on UTC-4 and 15:00 London was 11:00 there, as Dwayne's calendar showed. The invite text and this reply use UTC-5; blaming his calendar settings is wrong.",
        ),
        (9, "helpfulness", "no", "Deflects the blame onto the attendee instead of correcting the time."),
    ],
    "root": 3,
    "evidence": "convert_time used outdated bundled time-zone data (tzdata 2019c) and returned UTC-05:00 for New York on 18 March 2027, after US daylight saving began",
    "why": "At turn 3 the conversion tool returned a one-hour-off result that the assistant passed on; turns 4 and 6 build the booking and the 'New York time' invite text on it, and Dwayne misses the meeting. Only the last turn was judged.",
}


FS_PRODUCTS = {
    "free-range eggs (half dozen)": 2.60,
    "Bramley apples (1 kg)": 2.40,
    "Cox apples (1 kg)": 2.90,
    "Bramley & Cox apple juice (75 cl)": 4.20,
    "wildflower honey (340 g)": 7.50,
    "beef mince (500 g)": 6.80,
    "pork and sage sausages (6)": 5.40,
    "seasonal veg box": 16.00,
    "cold-pressed rapeseed oil (500 ml)": 5.90,
    "damson jam (340 g)": 4.80,
}
FS_CUSTOMERS = ["Mrs Pell", "A. Drummond", "Kiran Bassi", "the Okoro family", "Hattie Lomax", "J. Ferreira", "Rob Tennant", "Sunita Rao", "Greta Voss", "Llewellyn Price", "Maeve Connolly", "Dr Ibe"]
FS_ASIDES = [
    ("Hang on, the egg man's here.", "No problem, take your time."),
    ("Right, back. Where were we?", "We were working through the order queue."),
    ("Dad's asking if the apple press needs cleaning again already.", "I can't help with the press, I'm afraid, but I can keep the orders moving."),
    ("Rain's coming in, I'd better get the juice crates under cover.", "Good idea. I'll be here."),
    ("Coffee time.", "Enjoy!"),
    ("The courier was late yesterday too. They'd better turn up today.", "I'll flag it if today's collection slot gets moved."),
]


def farm_shop_turns():
    """121 turns of a farm-shop owner's day with the store assistant. At turn 9 the discount tool fails with
    a 503 and the assistant says HARVEST10 is live; turn 10 puts the code in the newsletter; at turn 95 a
    customer reports the code doesn't work."""
    rng = random.Random(12109)
    asides = list(FS_ASIDES)
    stock = {p: rng.randint(12, 60) for p in FS_PRODUCTS}
    stock["Bramley & Cox apple juice (75 cl)"] = 0
    queue, packed = [], []
    number = [5120]
    fixed = [False]

    def new_orders():
        lines = []
        for _ in range(rng.randint(1, 3)):
            number[0] += rng.randint(1, 4)
            who = rng.choice(FS_CUSTOMERS)
            items = rng.sample([p for p in FS_PRODUCTS if stock[p] >= 3], rng.randint(1, 3))
            qty = {p: rng.randint(1, 3) for p in items}
            for p, n in qty.items():
                stock[p] -= n
            goods = sum(FS_PRODUCTS[p] * n for p, n in qty.items())
            code = fixed[0] and rng.random() < 0.5
            if code:
                goods = round(goods * 0.9, 2)
            delivery = 0 if goods >= 40 else 4.95
            total = goods + delivery
            queue.append(f"BF-{number[0]}")
            desc = ", ".join(f"{n} × {p}" for p, n in qty.items())
            lines.append(f"BF-{number[0]} from {who}: {desc}{' (HARVEST10 applied)' if code else ''}, {total:.2f} GBP{' incl. 4.95 delivery' if delivery else ', free delivery'}")
        return turn(
            rng.choice(["What's new in the order queue?", "Any new orders?", "Check the orders again.", "Anything come in?"]),
            f"{len(lines)} new order{'s' if len(lines) > 1 else ''}: " + "; ".join(lines) + ".",
            tools=[call("list_orders", {"status": "new"}, {"orders": [line.split(" from ")[0] for line in lines]})],
        )

    def pack():
        if not queue:
            return new_orders()
        order = queue.pop(0)
        packed.append(order)
        slot = rng.choice(["14:00", "15:00", "15:30"])
        return turn(
            rng.choice([f"{order} is packed, book the courier.", f"Mark {order} as packed.", f"Done {order}, send it."]),
            f"{order} marked as packed; courier collection booked for {slot} today and the customer has the tracking link.",
            tools=[call("mark_packed", {"order": order}, {"ok": True}), call("book_courier", {"order": order}, {"collection": slot})],
        )

    def restock():
        product = rng.choice(list(FS_PRODUCTS))
        n = rng.choice([6, 10, 12, 20, 24])
        stock[product] += n
        return turn(
            rng.choice([f"Add {n} more {product} to stock.", f"{n} more {product} ready, put them in stock.", f"Stock up {product} by {n}."]),
            f"Stock updated: {product} now {stock[product]}.",
            tools=[call("update_stock", {"product": product, "add": n}, {"stock": stock[product]})],
        )

    def stock_check():
        product = rng.choice(list(FS_PRODUCTS))
        low = " That's getting low." if stock[product] < 8 else ""
        return turn(
            f"How many {product} have we got left?",
            f"{stock[product]} in stock.{low}",
            tools=[call("get_stock", {"product": product}, {"stock": stock[product]})],
        )

    def refund():
        if not packed:
            return stock_check()
        order = rng.choice(packed)
        product = rng.choice(["wildflower honey (340 g)", "damson jam (340 g)", "free-range eggs (half dozen)"])
        what = "a cracked jar" if "g)" in product else "two broken eggs"
        return turn(
            f"The customer for {order} says the {product} arrived with {what}. Refund that item.",
            f"Refunded {FS_PRODUCTS[product]:.2f} GBP for the {product} on {order}, back to their card in 3-5 days. I've sent them an apology email.",
            tools=[call("refund_item", {"order": order, "product": product}, {"refunded_gbp": FS_PRODUCTS[product]})],
        )

    def delivery_q():
        place = rng.choice([("Kendal", "LA9", True), ("Penrith", "CA11", True), ("Inverness", "IV2", False), ("Keswick", "CA12", True), ("Belfast", "BT7", False)])
        if place[2]:
            a = f"Yes, {place[1]} is in our courier zone: 4.95 GBP, free over 40 GBP, usually next working day."
        else:
            a = f"No, {place[1]} is outside our chilled-courier zone, so we can only send the non-perishables there (honey, jam, oil, juice)."
        return turn(f"Customer in {place[0]} ({place[1]}) asks if we deliver there.", a, tools=[call("check_postcode", {"postcode": place[1]}, {"in_zone": place[2]})])

    def aside():
        return turn(*asides.pop(0)) if asides else stock_check()

    def filler():
        return rng.choices([new_orders, pack, restock, stock_check, refund, delivery_q, aside], weights=[3, 3, 1.2, 1, 0.8, 0.7, 0.6])[0]()

    turns = [
        turn(
            "Morning! Big day: the new season's apple juice is bottled and the newsletter goes out at 11.",
            "Morning! Exciting. I can add the juice to the shop, set up anything for the newsletter and keep the orders moving.",
        ),
    ]
    stock["Bramley & Cox apple juice (75 cl)"] = 140
    turns.append(
        turn(
            "Put the new juice on the shop: Bramley & Cox apple juice, 75 cl, 4.20 a bottle, 140 bottles.",
            "Live on the shop: Bramley & Cox apple juice (75 cl), 4.20 GBP, 140 in stock, SKU BF-AJ75.",
            tools=[call("create_product", {"name": "Bramley & Cox apple juice (75 cl)", "price_gbp": 4.2, "stock": 140}, {"sku": "BF-AJ75", "status": "live"})],
        )
    )
    while len(turns) < 8:
        turns.append(filler())
    turns.append(
        turn(
            "For the newsletter: create a code HARVEST10, 10% off everything, valid until the end of October.",
            "HARVEST10 is live: 10% off everything in the shop until 31 October.",
            tools=[call("create_discount", {"code": "HARVEST10", "percent": 10, "applies_to": "all", "expires": "2026-10-31"}, error=(RuntimeError, "promotions API returned 503 Service Unavailable"))],
        )
    )
    turns.append(
        turn(
            "Add it to the newsletter under the juice announcement and schedule it for 11:00.",
            "Added under the juice announcement: 'Use code HARVEST10 for 10% off everything until 31 October.' The newsletter is scheduled for 11:00 to 2,312 subscribers.",
            tools=[call("update_newsletter", {"issue": "October", "insert_after": "juice", "text": "Use code HARVEST10 for 10% off everything until 31 October."}, {"ok": True}), call("schedule_newsletter", {"issue": "October", "at": "11:00"}, {"recipients": 2312})],
        )
    )
    while len(turns) < 94:
        turns.append(filler())
    turns.append(
        turn(
            "Mrs Pell has emailed saying HARVEST10 is 'not a valid code' at checkout. Can you check?",
            "There's no HARVEST10 on the shop. The promotions service has no record of it being created this morning.",
            tools=[call("get_discount", {"code": "HARVEST10"}, {"found": False})],
        )
    )
    turns.append(
        turn(
            "You told me it was live! The newsletter went to over two thousand people.",
            "I'm sorry. When I created it this morning the promotions service returned an error and I reported it as live anyway. I've created it now and checked it's working: HARVEST10, 10% off everything until 31 October.",
            tools=[call("create_discount", {"code": "HARVEST10", "percent": 10, "applies_to": "all", "expires": "2026-10-31"}, {"code": "HARVEST10", "status": "active"})],
        )
    )
    fixed[0] = True
    turns.append(
        turn(
            "How many people tried it and gave up?",
            "Since 11:00 the code was rejected 64 times, and 19 of those customers left without ordering.",
            tools=[call("get_checkout_errors", {"since": "11:00", "code": "HARVEST10"}, {"invalid_code_attempts": 64, "abandoned_carts": 19})],
        )
    )
    turns.append(
        turn(
            "Email those 19 with an apology and tell them the code works now.",
            "Sent an apology to the 19 customers with abandoned baskets: HARVEST10 is now working, and their baskets are saved.",
            tools=[call("email_customers", {"segment": "abandoned_carts_today", "template": "apology_code_fixed"}, {"sent": 19})],
        )
    )
    while len(turns) < 120:
        turns.append(filler())
    turns.append(
        turn(
            "Closing the shop for the day. How bad was it?",
            f"{len(packed)} orders packed and sent today and the juice is selling well. HARVEST10 was broken from 11:00 until this afternoon; 19 abandoned baskets got the apology email, but we don't know how many gave up without trying to check out.",
            tools=[call("get_daily_summary", {}, {"packed": len(packed)})],
        )
    )
    return turns


TF_FARM_SHOP = {
    "name": "tool-error-discount-code-never-created",
    "category": "tool-failure",
    "judging": "session-only",
    "slug": "tf-brackenridge-harvest10-4d17",
    "user": "eilidh.marchbank@example.com",
    "app": {"name": "hedgerow_shopkeeper", "span_type": "AGENT", "system": "You help Brackenridge Farm run its online farm shop. Use the store tools for products, stock, orders and promotions."},
    "turns": farm_shop_turns,
    "session_judgements": [
        ("conversation_completeness", "no", "A discount code promoted in the newsletter didn't exist for most of the day; customers were turned away at checkout."),
        ("tool_call_correctness", "no", "The assistant reported a discount as created even though the promotions call failed."),
        ("user_frustration", "unresolved", "The owner is still unhappy about lost orders at the end of the day."),
    ],
    "expect": {9: "HARVEST10 is live", 10: "2,312 subscribers", 95: "not a valid code", 121: "Closing the shop"},
    "root": 9,
    "evidence": "create_discount failed with a 503 at turn 9 and the assistant reported HARVEST10 as live",
    "why": "At turn 9 the promotions tool raised an error and the answer said the code was live; turn 10 advertised it to 2,312 subscribers, and a customer found it didn't exist at turn 95, more than 80 turns later.",
}

TF_SCHOOL_NOTICE = {
    "name": "tool-error-trip-cancellation-never-sent",
    "category": "tool-failure",
    "judging": "session-only",
    "slug": "tf-schoolpost-trip-9e02",
    "user": "a.oyinlola-baird@example.com",
    "app": {"name": "schoolpost_office", "span_type": "AGENT", "system": "You help the office staff of Larchfield Primary School with parent communications and payments. Use the messaging and payment tools."},
    "turns": [
        turn(
            "Year 4's trip to the Brinkley Science Centre on Friday is cancelled, the coach company has pulled out. Can you draft a message to Year 4 parents?",
            "Here's a draft:\n\n'Dear Year 4 parents and carers, unfortunately Friday's trip to the Brinkley Science Centre has been cancelled because the coach company is no longer able to take us. We're very sorry for the disappointment and hope to rebook next term. Larchfield Primary Office'",
        ),
        turn(
            "Good. Add that children don't need a packed lunch, it'll be normal lessons and normal school dinners, and that the trip payments will be refunded.",
            "Updated: '...Friday will be a normal school day with normal lessons and school dinners, so no packed lunch is needed. Trip payments will be refunded to your ParentPay account within 5 working days...'",
        ),
        turn(
            "Send it to all Year 4 parents, text and email.",
            "Sent to all 58 Year 4 families by text and email.",
            tools=[call("send_notification", {"group": "Year 4 parents", "channels": ["sms", "email"], "template": "draft-trip-cancelled"}, error=(ConnectionError, "messaging gateway connection reset before the batch was accepted"))],
        ),
        turn(
            "Now refund the trip payments on ParentPay.",
            "Refunds of 14.50 GBP queued for the 51 families who had paid, 739.50 GBP in total; they'll show in ParentPay within 5 working days.",
            tools=[call("refund_payments", {"item": "Y4 Brinkley trip", "amount_gbp": 14.5}, {"refunded": 51, "total_gbp": 739.5})],
        ),
        turn(
            "Can you draft a line for the staff bulletin too?",
            "'Year 4's Brinkley trip on Friday is cancelled (coach company withdrew). Y4 classes will run a normal timetable; parents have been informed and payments refunded.'",
        ),
        turn(
            "It's Friday morning and about twenty Year 4 kids have turned up with packed lunches, and parents at the gate are asking where the coach is. Did the message go out?",
            "Checking the delivery log: no, there's no record of the cancellation message being sent. The last message to Year 4 parents was Monday's swimming kit reminder. I'm sorry, the send must have failed on Wednesday.",
            tools=[call("get_delivery_log", {"group": "Year 4 parents", "since": "Monday"}, {"messages": [{"sent": "Mon 08:10", "subject": "Swimming kit reminder"}]})],
        ),
    ],
    "session_judgements": [
        ("conversation_completeness", "no", "The cancellation never reached the parents; families turned up for a trip that wasn't happening."),
        ("user_frustration", "unresolved", "Staff are dealing with confused parents at the gate at the end of the conversation."),
        ("tool_call_correctness", "no", "A failed send was reported to the user as a successful one."),
    ],
    "root": 3,
    "evidence": "send_notification raised a gateway error at turn 3 and the assistant said the message was sent to 58 families",
    "why": "At turn 3 the messaging tool failed and the assistant reported success; turn 5 tells staff that parents have been informed, and the failure only shows on Friday morning at turn 6.",
}


# --------------------------------------------------------------------------------------------------------
# context-window
# --------------------------------------------------------------------------------------------------------

CW_CAMPING_STOVE = {
    "name": "window-single-burner-camping-menu",
    "category": "context-window",
    "judging": "every-turn",
    "slug": "cw-campfire-cook-one-burner-2a64",
    "user": "fergus.adebanjo@example.com",
    "app": {"name": "trailpot_recipes", "window": 4, "system": "You are TrailPot, a cooking assistant for campers and outdoor trips."},
    "turns": [
        turn(
            "Cooking for four on a weekend camping trip. All I've got is a single-burner gas stove, one big pot and a frying pan. No oven, no grill, no campfire allowed at the site. Ideas for Saturday dinner?",
            "A one-pot chilli is perfect for that kit: brown the mince and onions in the pot, add tinned tomatoes, kidney beans and spices, and simmer. Serve it with tortilla wraps warmed in the frying pan.",
            gist="suggests a one-pot chilli with wraps warmed in the pan",
        ),
        turn(
            "Chilli it is. Shopping list for four?",
            "500 g beef mince, 2 onions, 2 garlic cloves, 2 × 400 g tinned chopped tomatoes, 2 × 400 g tinned kidney beans, 1 red pepper, chilli powder, cumin, a stock cube, 8 tortilla wraps, and some grated cheese and soured cream if you have a cool box.",
            gist="gives a shopping list for chilli for four",
        ),
        turn(
            "How long will it take on the stove?",
            "About 10 minutes to brown the mince and onions, then 25-30 minutes at a gentle simmer with the lid on. Keep the flame low so it doesn't catch on the bottom.",
            gist="estimates the cooking time on the stove",
        ),
        turn(
            "What about breakfast on Sunday?",
            "A full fry-up in the frying pan: bacon first, then cook the eggs and mushrooms in the bacon fat. Boil water in the pot for tea while the bacon cooks.",
            gist="suggests a fry-up in the pan with tea from the pot",
        ),
        turn(
            "Should I bring dried beans or tins for the chilli?",
            "Tins: dried kidney beans need soaking overnight and at least 10 minutes of hard boiling, which uses a lot of gas.",
            gist="recommends tinned beans over dried",
        ),
        turn(
            "Sunday lunch before we pack up?",
            "Quesadillas: fill wraps with cheese, any leftover chilli and some pepper, fold and fry for 2-3 minutes a side in the frying pan.",
            gist="suggests quesadillas in the frying pan",
        ),
        turn(
            "And something sweet for Saturday night?",
            "Baked apples: core four apples, stuff them with oats, brown sugar, butter and raisins, wrap in foil and bake at 180 °C for 25 minutes. Or a tray of brownies, 20 minutes at 180 °C, made at home beforehand if you prefer.",
            gist="suggests baked apples or brownies for dessert",
        ),
        turn(
            "I said at the start, there's no oven and no fire. Single burner only.",
            "Sorry, you did. Do pan-fried cinnamon apples instead: slice the apples, fry in butter with brown sugar and cinnamon for 6-8 minutes, and serve with the oats toasted in the same pan on top.",
            gist="apologises and suggests pan-fried cinnamon apples",
        ),
        turn("Perfect, the kids will love that.", "Have a great trip!", gist="closes the conversation"),
    ],
    "overrides": {
        (7, "correctness"): ("no", "Both suggestions need an oven at 180 °C; the user has a single-burner stove and no oven or fire."),
        (7, "relevance_to_query"): ("no", "Ignores the equipment the user described at the start."),
    },
    "root": 4,
    "constraint": 1,
    "evidence": "the single-burner, no-oven message of turn 1 is outside the model's 4-message window from turn 4",
    "why": "The app sends only the last 4 messages; the kit described at turn 1 drops out at turn 4, and the first answer that depends on it, dessert at turn 7, needs an oven.",
}


TC_FIRST = ["Ava", "Ben", "Caitlin", "Declan", "Esme", "Farhan", "Georgia", "Hamish", "Isabel", "Joel", "Keira", "Lewis", "Molly", "Nathan", "Olive", "Patrick",
            "Rosie", "Samir", "Tilly", "Umar", "Violet", "Will", "Yasmin", "Zach", "Anya", "Callum", "Delphine", "Euan", "Freddie", "Gemma", "Hugo", "Imani"]  # fmt: skip
TC_LAST = ["Abbott", "Brennan", "Chaudhry", "Dunmore", "Ellis", "Fairclough", "Gallagher", "Hendry", "Iqbal", "Jarvis", "Kerr", "Lomas", "McBride", "Nolan",
           "Oduya", "Pennington", "Quigley", "Radcliffe", "Sandhu", "Thorne", "Underwood", "Vickers", "Whitlock", "Yeoman"]  # fmt: skip
TC_DIETS = ["vegetarian", "vegan", "gluten-free", "no pork", "nut allergy", "dairy-free"]
TC_ASIDES = [
    ("Ollie's mum has opinions about table 1. Ignore her for now.", "Noted. We'll carry on."),
    ("Sorry, had to answer the florist.", "No problem. Next guests?"),
    ("How many RSVPs are still missing?", "Four guests haven't replied yet; I've left seats for them."),
    ("This is taking longer than the actual wedding will.", "We're getting there, more than half of the guests are seated."),
    ("Back after dinner.", "See you then."),
    ("Ok, round two. Where were we?", "We were filling the middle tables."),
    ("The venue wants the final plan by Friday.", "We'll have it ready well before then."),
]


def seating_plan_turns():
    """130 turns of a bride doing her seating plan. At turn 5 she says Uncle Graham and Aunt Roz must not
    share a table; Graham goes on table 3 at turn 6 and Roz on table 9 at turn 7. From turn 16 that message is
    outside the model's 20-message window; at turn 129 Roz is moved to table 3 next to Graham."""
    rng = random.Random(130512)
    asides = list(TC_ASIDES)
    tables = {t: [] for t in range(1, 13)}
    diets = {}
    used = set()

    def name():
        for _ in range(200):
            n = f"{rng.choice(TC_FIRST)} {rng.choice(TC_LAST)}"
            if n not in used:
                used.add(n)
                return n
        raise RuntimeError("out of names")

    def free(t):
        return 10 - len(tables[t])

    def seated():
        return sum(len(v) for v in tables.values()) + 8

    def seat():
        options = [t for t in tables if free(t) >= 1 and t not in (3, 9)] or [t for t in tables if free(t) >= 1]
        if not options or seated() >= 114:
            return rng.choice([who_is, note, dietary])()
        t = rng.choice(options)
        group = [name() for _ in range(min(free(t), 114 - seated(), rng.choice([1, 1, 2, 2, 2, 3])))]
        for g in group:
            if rng.random() < 0.15:
                diets[g] = rng.choice(TC_DIETS)
        tables[t].extend(group)
        who = group[0] if len(group) == 1 else ", ".join(group[:-1]) + " and " + group[-1]
        return turn(
            rng.choice([f"Table {t}: {who}.", f"Put {who} on table {t}.", f"Seat {who} at table {t}, please."]),
            f"Seated {who} at table {t}. Table {t} now has {len(tables[t])} of 10.",
            tools=[call("assign_seats", {"table": t, "guests": group}, {"table_count": len(tables[t])})],
        )

    def who_is():
        t = rng.choice([t for t in tables if tables[t] and t not in (3, 9)])
        return turn(
            f"Remind me who's on table {t}?",
            f"Table {t} ({len(tables[t])} of 10): {', '.join(tables[t])}.",
            tools=[call("get_table", {"table": t}, {"guests": list(tables[t])})],
        )

    def note():
        options = [t for t in tables if t not in (3, 9) and any(g not in family for g in tables[t])]
        if not options:
            return seat()
        t = rng.choice(options)
        g = rng.choice([g for g in tables[t] if g not in family])
        what = rng.choice(["needs a high chair for the baby", "is hard of hearing, seat them facing the speeches", "will leave early for a train, seat them near the exit", "has a guide dog coming too", "is bringing a plus-one we forgot"])
        return turn(
            f"Note for the venue: {g} {what}.",
            f"Added a venue note on table {t}: {g} {what}.",
            tools=[call("add_note", {"table": t, "guest": g, "note": what}, {"ok": True})],
        )

    def move():
        movable = [(t, g) for t in tables if t not in (3, 9) for g in tables[t] if g not in family]
        dest = [t for t in tables if free(t) >= 1 and t not in (3, 9)]
        if not movable or not dest:
            return seat()
        src, g = rng.choice(movable)
        to = rng.choice([t for t in dest if t != src] or dest)
        if to == src:
            return seat()
        tables[src].remove(g)
        tables[to].append(g)
        return turn(
            rng.choice([f"Swap {g} over to table {to}.", f"Actually move {g} to table {to}, they'll know more people there."]),
            f"Moved {g} from table {src} to table {to}. Table {src} now has {len(tables[src])}, table {to} has {len(tables[to])}.",
            tools=[call("move_guest", {"guest": g, "to_table": to}, {"from_table": src, "counts": {str(src): len(tables[src]), str(to): len(tables[to])}})],
        )

    def dietary():
        t = rng.choice([t for t in tables if tables[t]])
        notes = [f"{g} ({diets[g]})" for g in tables[t] if g in diets]
        a = f"Table {t}: " + (", ".join(notes) + "." if notes else "no dietary requirements.")
        return turn(f"Any dietary requirements on table {t}?", a, tools=[call("get_dietary", {"table": t}, {"notes": notes})])

    def count():
        n = seated()
        return turn("How many are seated so far?", f"{n} of 118 guests are seated, including the 8 on the top table.", tools=[call("get_plan_summary", {}, {"seated": n, "total": 118})])

    def aside():
        return turn(*asides.pop(0)) if asides else dietary()

    def filler():
        return rng.choices([seat, move, dietary, count, who_is, note, aside], weights=[5.5, 1, 0.9, 0.4, 0.7, 0.7, 0.6])[0]()

    turns = [
        turn(
            "Hi! Our wedding is on 12 September: 118 guests, twelve round tables of ten plus the top table. Can you help me with the seating plan?",
            "Congratulations! Yes: I've set up the plan with a top table and tables 1-12, ten seats each. Shall we start with the top table?",
            tools=[call("create_plan", {"event": "wedding 2026-09-12", "tables": 12, "seats_per_table": 10, "top_table": True}, {"plan": "SP-4410"})],
        ),
        turn(
            "Top table: me, Ollie, both sets of parents, the best man Rhys and my maid of honour Lotte.",
            "Top table set with 8: you, Ollie, your parents, Ollie's parents, Rhys and Lotte.",
            tools=[call("assign_seats", {"table": "top", "guests": ["bride", "groom", "bride's parents", "groom's parents", "Rhys", "Lotte"]}, {"table_count": 8})],
        ),
        turn(
            "Import the guest list from the RSVP spreadsheet.",
            "Imported 118 guests from the RSVP sheet, with dietary notes for 17 of them. Four haven't replied yet.",
            tools=[call("import_guests", {"source": "rsvp.xlsx"}, {"guests": 118, "dietary_notes": 17, "no_reply": 4})],
        ),
        turn(
            "Table 1 is right next to the top table. My grandparents and Ollie's nan go there, with my aunt Bridget.",
            "Seated your grandparents, Ollie's nan and Aunt Bridget at table 1 (4 of 10).",
            tools=[call("assign_seats", {"table": 1, "guests": ["bride's grandmother", "bride's grandfather", "groom's nan", "Bridget Dunmore"]}, {"table_count": 4})],
        ),
        turn(
            "One rule above everything else: Uncle Graham and Aunt Roz must NOT be on the same table. They divorced last year and it was very ugly. Keep them well apart.",
            "Understood: Graham Whitcombe and Roz Whitcombe will be on different tables, well away from each other.",
        ),
        turn(
            "Put Uncle Graham on table 3 with his partner Delia Marsh and my cousins Jake, Hannah and Sophie.",
            "Seated Graham Whitcombe, Delia Marsh, Jake, Hannah and Sophie Whitcombe at table 3 (5 of 10).",
            tools=[call("assign_seats", {"table": 3, "guests": ["Graham Whitcombe", "Delia Marsh", "Jake Whitcombe", "Hannah Whitcombe", "Sophie Whitcombe"]}, {"table_count": 5})],
        ),
        turn(
            "Aunt Roz on table 9 with her sister Maureen, on the far side by the dance floor.",
            "Seated Roz Whitcombe and Maureen Cole at table 9 (2 of 10), on the dance-floor side.",
            tools=[call("assign_seats", {"table": 9, "guests": ["Roz Whitcombe", "Maureen Cole"]}, {"table_count": 2})],
        ),
    ]
    tables[1] = ["bride's grandmother", "bride's grandfather", "groom's nan", "Bridget Dunmore"]
    family = set(tables[1])
    tables[3] = ["Graham Whitcombe", "Delia Marsh", "Jake Whitcombe", "Hannah Whitcombe", "Sophie Whitcombe"]
    tables[9] = ["Roz Whitcombe", "Maureen Cole"]
    turns.append(
        turn(
            "Fill table 3 with Graham's golf friends: Pete Lomas, Alan Kerr, Sue Kerr, Martin Hendry and Carol Hendry.",
            "Seated Pete Lomas, Alan Kerr, Sue Kerr, Martin Hendry and Carol Hendry at table 3. Table 3 is now full (10 of 10).",
            tools=[call("assign_seats", {"table": 3, "guests": ["Pete Lomas", "Alan Kerr", "Sue Kerr", "Martin Hendry", "Carol Hendry"]}, {"table_count": 10})],
        )
    )
    tables[3] += ["Pete Lomas", "Alan Kerr", "Sue Kerr", "Martin Hendry", "Carol Hendry"]
    turns.append(
        turn(
            "Roz's table: add her neighbours Janet and Phil Radcliffe and her old work friends Bev Sandhu and Nisha Sandhu.",
            "Seated Janet Radcliffe, Phil Radcliffe, Bev Sandhu and Nisha Sandhu at table 9 (6 of 10).",
            tools=[call("assign_seats", {"table": 9, "guests": ["Janet Radcliffe", "Phil Radcliffe", "Bev Sandhu", "Nisha Sandhu"]}, {"table_count": 6})],
        )
    )
    tables[9] += ["Janet Radcliffe", "Phil Radcliffe", "Bev Sandhu", "Nisha Sandhu"]
    used.update(g for t in tables.values() for g in t)
    while len(turns) < 128:
        turns.append(filler())
    mover = "Pete Lomas"
    tables[3].remove(mover)
    tables[9].remove("Roz Whitcombe")
    tables[3].append("Roz Whitcombe")
    tables[9].append(mover)
    turns.append(
        turn(
            "Aunt Roz has just told me she's using a wheelchair since her hip operation, so she needs the table nearest the accessible door. That's table 3. Can you move her there?",
            f"Done: Roz Whitcombe moved to table 3, next to the accessible door. To keep table 3 at ten I've swapped {mover} to her old seat on table 9.",
            tools=[call("move_guest", {"guest": "Roz Whitcombe", "to_table": 3}, {"from_table": 9}), call("move_guest", {"guest": mover, "to_table": 9}, {"from_table": 3})],
        )
    )
    plan = "; ".join(f"Table {t}: {', '.join(tables[t])}" for t in tables)
    turns.append(
        turn(
            "Brilliant. Print the final plan for the venue.",
            f"Final plan SP-4410 for 12 September, sent to the venue as a PDF. Top table: bride, groom, both sets of parents, Rhys, Lotte. {plan}. The four guests who haven't replied yet aren't seated.",
            tools=[call("export_plan", {"plan": "SP-4410", "format": "pdf", "send_to": "venue"}, {"pages": 3, "sent": True})],
        )
    )
    return turns


CW_SEATING_PLAN = {
    "name": "window-divorced-relatives-seating",
    "category": "context-window",
    "judging": "last-turn",
    "slug": "cw-tablecraft-whitcombe-7e35",
    "user": "clementine.oduya@example.com",
    "app": {"name": "tablecraft_planner", "span_type": "AGENT", "window": 20, "system": "You are TableCraft, a wedding seating-plan assistant. Use the plan tools to place guests."},
    "turns": seating_plan_turns,
    "judgements": [
        (130, "instruction_following", "no", "The user's one firm rule was that Graham and Roz Whitcombe must not share a table; the final plan puts them both on table 3."),
        (130, "correctness", "no", "Table 3 contains both Graham Whitcombe and Roz Whitcombe."),
    ],
    "expect": {5: "must NOT be on the same table", 6: "table 3", 7: "table 9", 129: "Roz Whitcombe moved to table 3", 130: "Final plan"},
    "root": 16,
    "constraint": 5,
    "evidence": "the keep-apart rule of turn 5 is outside the model's 20-message window from turn 16",
    "why": "The app sends the last 20 messages; turn 5's rule keeps Graham (table 3) and Roz (table 9) apart until it falls out of the window at turn 16. At turn 129 Roz is moved to table 3 with Graham and the final plan is sent at turn 130.",
}

CW_PORTUGUESE = {
    "name": "window-beginner-portuguese-simple-sentences",
    "category": "context-window",
    "judging": "session-only",
    "slug": "cw-falafacil-a1-5c02",
    "user": "henrietta.vasquez-moore@example.com",
    "app": {"name": "falafacil_tutor", "window": 4, "system": "You are FalaFácil, a European Portuguese tutor."},
    "turns": [
        turn("Olá! I'm moving to Porto in the autumn and want to practise a bit every evening.", "Olá! Que bom. Porto is lovely. We can practise a little every day. What would you like to start with?"),
        turn(
            "Important: I'm a complete beginner, A1. Please only use the present tense and very short sentences in Portuguese, and always give the English translation underneath.",
            "Combinado! (Agreed!)\nEu falo devagar. (I speak slowly.)\nAs frases são curtas. (The sentences are short.)",
        ),
        turn(
            "How do I introduce myself?",
            "Olá, chamo-me Henrietta. (Hello, my name is Henrietta.)\nSou inglesa. (I am English.)\nMoro em Londres. (I live in London.)",
        ),
        turn(
            "And how do I order a coffee?",
            "Um café, por favor. (An espresso, please.)\nQuanto é? (How much is it?)\nObrigada! (Thank you! - a woman says obrigada.)",
        ),
        turn(
            "What do I say at the bakery?",
            "Bom dia! (Good morning!)\nQueria dois pastéis de nata, por favor. (I'd like two custard tarts, please.)\nÉ para levar. (It's to take away.)",
        ),
        turn(
            "Can you tell me a little story about Porto to read tonight?",
            "Claro! Quando o rei D. João I casou com Filipa de Lencastre na Sé do Porto, em 1387, a cidade encheu-se de festa, e os mercadores que tinham chegado de Inglaterra trouxeram tecidos que ninguém tinha visto antes; desde então, diz-se que os portuenses nunca deixaram de receber bem os estrangeiros que atravessavam o Douro.",
        ),
        turn(
            "Um... that's way too hard for me, and there's no translation. I'm A1, remember?",
            "Desculpe! (Sorry!)\nO Porto é uma cidade bonita. (Porto is a beautiful city.)\nO rio chama-se Douro. (The river is called the Douro.)\nAs pessoas são simpáticas. (The people are friendly.)",
        ),
        turn("Much better, obrigada!", "De nada! (You're welcome!)\nAté amanhã! (See you tomorrow!)"),
    ],
    "session_judgements": [
        ("knowledge_retention", "no", "The learner asked for present tense, short sentences and translations; the story was a long past-tense sentence with no English."),
        ("user_frustration", "resolved", "The learner had to remind the tutor of their level; fixed straight away."),
        ("conversation_completeness", "yes", "The learner got the phrases and a simple reading text."),
    ],
    "root": 5,
    "constraint": 2,
    "evidence": "the A1 instructions of turn 2 (present tense, short sentences, translations) are outside the model's 4-message window from turn 5",
    "why": "The app keeps the last 4 messages; turn 2's instructions drop out at turn 5, whose phrases happen to be simple, and the story at turn 6 is one long past-tense sentence without a translation.",
}

CW_CHART_COLOURS = {
    "name": "window-colour-blind-safe-charts",
    "category": "context-window",
    "judging": "session-only",
    "slug": "cw-plotsmith-cvd-8b41",
    "user": "rasmus.achterhof@example.com",
    "app": {"name": "plotsmith", "window": 6, "system": "You help analysts make charts in Python. Reply with code and a short explanation."},
    "turns": [
        turn(
            "I'm making charts for the quarterly board pack in matplotlib. Important: our CFO is red-green colour-blind, so nothing can rely on telling red from green.",
            "Good to know. I'll use the Okabe-Ito palette (blue, orange, sky blue, vermillion, bluish green, yellow), which is distinguishable with the common types of colour blindness, and add markers or labels so nothing depends on colour alone.",
        ),
        turn(
            "First one: quarterly revenue for the last 8 quarters, one line per business unit (Retail, Wholesale, Online).",
            "```python\nimport matplotlib.pyplot as plt\nOKABE_ITO = ['#0072B2', '#E69F00', '#56B4E9']\nfig, ax = plt.subplots(figsize=(8, 4.5))\nfor (unit, s), c, m in zip(df.groupby('unit')['revenue'], OKABE_ITO, ['o', 's', '^']):\n    ax.plot(s.index, s.values, color=c, marker=m, label=unit)\nax.legend()\n```\nEach unit gets its own colour and marker shape.",
        ),
        turn("Axis in GBP thousands, please.", "```python\nfrom matplotlib.ticker import FuncFormatter\nax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f'£{v/1000:,.0f}k'))\n```"),
        turn("Can the legend go outside the plot on the right?", "```python\nax.legend(loc='center left', bbox_to_anchor=(1.0, 0.5), frameon=False)\nfig.tight_layout()\n```"),
        turn("How do I save it for the pack?", "```python\nfig.savefig('revenue.png', dpi=300, bbox_inches='tight')\nfig.savefig('revenue.svg', bbox_inches='tight')\n```\nUse the SVG in the slides if your tool supports it."),
        turn(
            "Next: a bar chart of gross margin by region, with the bars coloured by whether the region is above or below the 32% target.",
            "```python\ncolors = ['tab:green' if m >= 0.32 else 'tab:red' for m in margins]\nfig, ax = plt.subplots(figsize=(8, 4.5))\nax.bar(regions, margins, color=colors)\nax.axhline(0.32, linestyle='--', color='grey', label='Target 32%')\nax.legend()\n```\nGreen bars meet the target, red bars miss it.",
        ),
        turn("Add the percentages on top of the bars.", "```python\nfor x, m in zip(regions, margins):\n    ax.text(x, m + 0.005, f'{m:.0%}', ha='center')\n```"),
        turn("Bigger fonts for the slides?", "```python\nplt.rcParams.update({'font.size': 14, 'axes.titlesize': 16})\n```\nSet it before creating the figure."),
        turn(
            "The CFO replied: 'I can't tell which regions missed target.' Great.",
            "Sorry, the red/green bars were the wrong choice for him. Use blue for on-target and orange with hatching for below target:\n```python\ncolors = ['#0072B2' if m >= 0.32 else '#E69F00' for m in margins]\nhatches = ['' if m >= 0.32 else '//' for m in margins]\nfor bar, h in zip(ax.bar(regions, margins, color=colors), hatches):\n    bar.set_hatch(h)\n```",
        ),
        turn("Sent the new version, he says it's clear now.", "Glad it worked. The same blue/orange-plus-hatching rule will work for any other target charts in the pack."),
    ],
    "session_judgements": [
        ("knowledge_retention", "no", "The user said up front that the CFO is red-green colour-blind; the margin chart still used red and green."),
        ("user_frustration", "resolved", "Annoyed after the CFO's reply; resolved with the new palette."),
        ("conversation_completeness", "yes", "Both charts delivered in a usable form by the end."),
    ],
    "root": 5,
    "constraint": 1,
    "evidence": "the red-green colour-blindness message of turn 1 is outside the model's 6-message window from turn 5",
    "why": "The app sends the last 6 messages; the CFO's colour blindness (turn 1) drops out at turn 5, and the next colour decision, the margin chart at turn 6, uses red and green.",
}


# --------------------------------------------------------------------------------------------------------
# misread-request
# --------------------------------------------------------------------------------------------------------

MR_FLIGHT_CHANGE = {
    "name": "misread-return-flight-moved-outbound",
    "category": "misread-request",
    "judging": "every-turn",
    "slug": "mr-gullwing-return-1d5e",
    "user": "siobhan.achterberg-lowe@example.com",
    "app": {"name": "gullwing_air_assistant", "span_type": "AGENT", "system": "You are Gullwing Air's booking assistant. Use the booking tools; confirm fees before changing flights."},
    "judges": ["correctness", "relevance_to_query", "guidelines"],
    "turns": [
        turn(
            "Hi, booking ref TQ8MLZ. Can you pull it up?",
            "Here it is: TQ8MLZ, 2 passengers. Outbound Bristol to Faro on 3 June at 06:40, return Faro to Bristol on 10 June at 21:15.",
            tools=[call("get_booking", {"ref": "TQ8MLZ"}, {"passengers": 2, "segments": [{"id": "S1", "route": "BRS-FAO", "date": "2026-06-03", "dep": "06:40"}, {"id": "S2", "route": "FAO-BRS", "date": "2026-06-10", "dep": "21:15"}]})],
            gist="retrieves booking TQ8MLZ with both flights",
        ),
        turn(
            "Our villa's offered us an extra night at the end, so can you push the return back by a day?",
            "Done: your flight now departs on 4 June at 06:40. The change fee is 35 GBP per passenger, 70 GBP in total, charged to the card on file.",
            tools=[call("change_flight", {"ref": "TQ8MLZ", "segment": "S1", "new_date": "2026-06-04"}, {"ok": True, "fee_gbp": 70})],
            gist="changes a flight date by one day and charges the change fee",
        ),
        turn(
            "Wait, 4 June? That's the way OUT. I wanted to come home a day later!",
            "I'm very sorry, I changed the outbound flight instead of the return. I've put the outbound back to 3 June and moved your return to 11 June at 21:15. The 70 GBP for the wrong change is refunded.",
            tools=[
                call("change_flight", {"ref": "TQ8MLZ", "segment": "S1", "new_date": "2026-06-03", "waive_fee": True}, {"ok": True, "fee_gbp": 0, "refund_gbp": 70}),
                call("change_flight", {"ref": "TQ8MLZ", "segment": "S2", "new_date": "2026-06-11"}, {"ok": True, "fee_gbp": 70}),
            ],
            gist="restores the outbound flight and moves the return to 11 June",
        ),
        turn(
            "So what have I actually paid?",
            "70 GBP in total: the 70 GBP for the mistaken change was refunded, and the return change costs 35 GBP per passenger.",
            tools=[call("get_payments", {"ref": "TQ8MLZ"}, {"charges_gbp": [70, 70], "refunds_gbp": [70], "net_gbp": 70})],
            gist="explains the net charge after the refund",
        ),
        turn(
            "Are there still two seats together on the 11th?",
            "Yes: 14A and 14B, a window and middle seat together, are free on the 11 June flight.",
            tools=[call("get_seat_map", {"ref": "TQ8MLZ", "segment": "S2"}, {"free_pairs": [["14A", "14B"], ["22E", "22F"]]})],
            gist="finds two seats together on the new return flight",
        ),
        turn(
            "Book 14A and 14B please.",
            "Seats 14A and 14B are booked for both of you on the 11 June flight home. Your updated itinerary is on its way by email.",
            tools=[call("assign_seats", {"ref": "TQ8MLZ", "segment": "S2", "seats": ["14A", "14B"]}, {"ok": True})],
            gist="books the two seats and sends the updated itinerary",
        ),
    ],
    "overrides": {
        (2, "relevance_to_query"): ("no", "The user asked to move the RETURN flight (Faro to Bristol, 10 June) one day later; the assistant moved the outbound flight to 4 June."),
        (2, "correctness"): ("no", "Wrong segment changed, and a fee charged for it."),
        (2, "guidelines"): ("no", "Charged a change fee without confirming it with the user first."),
    },
    "root": 2,
    "evidence": "'push the return back by a day' applied to the outbound segment (3 June to 4 June)",
    "why": "At turn 2 the assistant changed the outbound flight instead of the return; the judges caught it at once and the user spotted it at turn 3, after which everything is fixed.",
}

MR_STANDING_ORDER = {
    "name": "misread-stop-after-month-end-as-now",
    "category": "misread-request",
    "judging": "last-turn",
    "slug": "mr-northbrook-tutor-so-6f28",
    "user": "ade.castellano-reid@example.com",
    "app": {"name": "northbrook_bank_assistant", "span_type": "AGENT", "system": "You are Northbrook Bank's in-app assistant. Use the payments tools."},
    "turns": [
        turn("Hi, I need to tidy up my regular payments.", "Of course. I can list, change or cancel your standing orders and direct debits. Where would you like to start?"),
        turn(
            "What standing orders have I got?",
            "You have three: 650 GBP monthly rent to K. Amari on the 1st; 18 GBP weekly to Aqua Tots on Tuesdays; and 30 GBP weekly to R. Okafor (piano lessons) on Thursdays.",
            tools=[call("list_standing_orders", {"account": "current"}, {"orders": [{"id": "SO-1", "payee": "K. Amari", "amount": 650, "freq": "monthly 1st"}, {"id": "SO-2", "payee": "Aqua Tots", "amount": 18, "freq": "weekly Tue"}, {"id": "SO-3", "payee": "R. Okafor", "amount": 30, "freq": "weekly Thu"}]})],
        ),
        turn(
            "Mia's stopping piano at the end of this month. Can you stop the payments to Ms Okafor after that?",
            "Done: the standing order to R. Okafor (30 GBP weekly, Thursdays) is cancelled.",
            tools=[call("cancel_standing_order", {"id": "SO-3", "effective": "immediately"}, {"cancelled": True, "last_payment": "2026-05-07"})],
        ),
        turn(
            "And the rent's going up to 675 from next month.",
            "Updated: the rent standing order to K. Amari will be 675 GBP from the 1 June payment onwards.",
            tools=[call("amend_standing_order", {"id": "SO-1", "amount": 675, "from": "2026-06-01"}, {"ok": True})],
        ),
        turn("Set up a new one: 12 GBP a month to Hollins Road Scouts, starting on the 15th.", "Set up: 12 GBP monthly to Hollins Road Scouts from 15 May, reference 'Mia subs'.", tools=[call("create_standing_order", {"payee": "Hollins Road Scouts", "amount": 12, "freq": "monthly", "start": "2026-05-15", "reference": "Mia subs"}, {"id": "SO-4"})]),
        turn("What's going out in the next week?", "18 GBP to Aqua Tots on Tuesday. Nothing else is due until the Scouts payment on the 15th.", tools=[call("upcoming_payments", {"days": 7}, {"payments": [{"payee": "Aqua Tots", "amount": 18, "date": "2026-05-12"}]})]),
        turn("Great, and my balance after that?", "Your balance is 1,284.60 GBP, so 1,266.60 GBP after Tuesday's payment.", tools=[call("get_balance", {"account": "current"}, {"balance_gbp": 1284.6})]),
        turn(
            "Ms Okafor has texted that this Thursday's payment didn't arrive, and she's still teaching Mia for the rest of the month. What's going on?",
            "The standing order to R. Okafor was cancelled when you asked me to stop the payments, so no more payments will go to her. If you'd like, I can make a one-off payment of 30 GBP now.",
        ),
    ],
    "judgements": [
        (
            8,
            "instruction_following",
            "no",
            "The user asked for the piano payments to stop after the end of the month, but they were stopped immediately, so the remaining lessons this month went unpaid. The response presents the cancellation as what the user asked for.",
        ),
    ],
    "root": 3,
    "evidence": "'stop the payments to Ms Okafor after [the end of this month]' executed as an immediate cancellation",
    "why": "At turn 3 the assistant cancelled the piano standing order immediately instead of after the month end; the user's next payment to the teacher didn't go, which surfaces at turn 8, the only turn judged.",
}


PP_ROLES = {"Senior Backend Engineer": "BE-214", "Product Designer": "PD-097"}
PP_PEOPLE = ["Farid Qureshi", "Lena Sørbø", "Matt Okoye", "Ines Albuquerque", "Gabe Lindholm"]
PP_NEW_CANDIDATES = [
    ("Yuki Tanabe", "Product Designer"), ("Bartek Zielinski", "Senior Backend Engineer"), ("Ama Owusu", "Product Designer"),
    ("Cormac Fitzgerald", "Senior Backend Engineer"), ("Leyla Aydın", "Product Designer"), ("Henrik Dahl", "Senior Backend Engineer"),
    ("Shreya Pillai", "Product Designer"), ("Olu Fashola", "Senior Backend Engineer"), ("Marta Eriksen", "Product Designer"),
    ("Tobi Adewale", "Senior Backend Engineer"), ("Clara Moutinho", "Product Designer"), ("Nikhil Varma", "Senior Backend Engineer"),
    ("Ruairí Doyle", "Senior Backend Engineer"), ("Aiko Brandt", "Product Designer"), ("Sipho Ndaba", "Senior Backend Engineer"),
    ("Vera Holm", "Product Designer"), ("Emeka Obiora", "Senior Backend Engineer"), ("Lucía Ferrer", "Product Designer"),
]  # fmt: skip
PP_ASIDES = [
    ("Hiring manager sync in 5, brb.", "Sure, I'll be here."),
    ("Back. Where were we?", "We were working through the pipeline for both roles."),
    ("Coffee machine is broken, send help.", "I can't fix coffee, sadly. Next task?"),
    ("Reminder to self: chase the design take-home marks.", "I'll include it if you ask for a summary at the end."),
]


def interview_scheduling_turns():
    """64 turns of a recruiter's afternoon. At turn 41 she asks to move everyone on the Wednesday backend
    panel to Thursday except Dana Whitfield; the assistant moves only Dana. Turn 42 emails 'the affected
    candidate'; at turn 58 Dana replies that she can't do Thursday."""
    rng = random.Random(6441)
    asides = list(PP_ASIDES)
    pending = list(PP_NEW_CANDIDATES)
    screened = []
    app_no = [880]
    phone_slots = [(d, t) for d in ["Monday", "Tuesday", "Friday"] for t in ["09:30", "11:00", "13:30", "16:00"]]
    booked_slots = set()
    asked = set()

    def screen():
        if not pending:
            return feedback()
        who, role = pending.pop(0)
        app_no[0] += rng.randint(3, 11)
        verdict = rng.choice(["move to phone screen", "move to phone screen", "reject, not enough experience", "hold for now"])
        if verdict.startswith("move"):
            screened.append((who, role))
        return turn(
            rng.choice([f"{who}'s CV for {role}: {verdict}.", f"Application A-{app_no[0]}, {who} ({role}): {verdict}."]),
            f"Updated {who} ({role}, {PP_ROLES[role]}) to '{verdict.split(',')[0]}'." + (" I've sent them the phone-screen booking link." if verdict.startswith("move") else ""),
            tools=[call("update_candidate", {"candidate": who, "role": PP_ROLES[role], "stage": verdict.split(",")[0]}, {"ok": True})],
        )

    def phone():
        if not screened:
            return screen()
        who, role = screened.pop(0)
        day, at = rng.choice([s for s in phone_slots if s not in booked_slots])
        booked_slots.add((day, at))
        return turn(
            f"Book {who} a 30-minute phone screen with me, {day} {at}.",
            f"Booked: {who} ({role}), phone screen on {day} at {at}, 30 minutes. Calendar invite sent.",
            tools=[call("book_interview", {"candidate": who, "type": "phone_screen", "day": day, "time": at, "minutes": 30}, {"ok": True})],
        )

    reviews = [
        ("Rhea Castellanos", "Lena Sørbø", "strong yes", "tech screen"), ("Rhea Castellanos", "Matt Okoye", "yes", "tech screen"),
        ("Marcus Obi", "Farid Qureshi", "lean yes", "tech screen"), ("Marcus Obi", "Lena Sørbø", "yes", "tech screen"),
        ("Jonas Weber", "Ines Albuquerque", "strong yes", "portfolio review"), ("Jonas Weber", "Gabe Lindholm", "yes", "portfolio review"),
        ("Dana Whitfield", "Matt Okoye", "yes", "tech screen"), ("Kofi Mensah-Larsen", "Farid Qureshi", "strong yes", "tech screen"),
        ("Ilse Brandvold", "Lena Sørbø", "lean yes", "tech screen"), ("Tariq Hussaini", "Matt Okoye", "lean no", "tech screen"),
        ("Priyanka Desai", "Gabe Lindholm", "lean no", "portfolio review"),
    ]  # fmt: skip
    rng.shuffle(reviews)
    chores = [
        ("Book a room for Thursday's design panel, 10:00 to 16:00.", "Booked Harbour Room (8 seats, screen) for Thursday 23 April, 10:00-16:00.", call("book_room", {"day": "2026-04-23", "from": "10:00", "to": "16:00", "seats": 6}, {"room": "Harbour Room"})),
        ("Send the design take-home to Jonas Weber, due Monday.", "Sent the design take-home brief to Jonas Weber, due Monday 20 April at 12:00.", call("send_assignment", {"candidate": "Jonas Weber", "assignment": "design take-home", "due": "2026-04-20T12:00"}, {"sent": True})),
        ("How many applications have we had for the backend role so far?", "BE-214 has 143 applications: 21 in screening, 6 at onsite stage, 98 rejected, 18 withdrawn.", call("get_pipeline", {"opening": "BE-214"}, {"total": 143, "screening": 21, "onsite": 6, "rejected": 98, "withdrawn": 18})),
        ("And for design?", "PD-097 has 88 applications: 14 in screening, 2 at onsite stage, 61 rejected, 11 withdrawn.", call("get_pipeline", {"opening": "PD-097"}, {"total": 88, "screening": 14, "onsite": 2, "rejected": 61, "withdrawn": 11})),
        ("Order lunch for the Thursday panels, 8 people, one vegan.", "Lunch ordered from the canteen for Thursday 12:30: 8 sandwich platters, one vegan, delivered to Harbour Room.", call("order_catering", {"day": "2026-04-23", "time": "12:30", "people": 8, "vegan": 1}, {"order": "CT-3381"})),
        ("Add Gabe as a shadow interviewer on Marcus Obi's onsite.", "Added Gabe Lindholm as a shadow on Marcus Obi's onsite, Thursday 23 April at 14:00. He won't submit a scorecard.", call("add_interviewer", {"candidate": "Marcus Obi", "interviewer": "Gabe Lindholm", "role": "shadow"}, {"ok": True})),
        ("Send Rhea Castellanos the parking instructions for Thursday.", "Sent Rhea Castellanos the visitor parking instructions and the reception address for Thursday.", call("send_email", {"to": ["Rhea Castellanos"], "template": "visitor_parking"}, {"sent": 1})),
        ("Refresh the backend job ad on the careers page, it's been up 30 days.", "Reposted BE-214 on the careers page and the two job boards; it now shows as posted today.", call("repost_opening", {"opening": "BE-214"}, {"boards": ["careers", "jobboard-a", "jobboard-b"]})),
        ("Has the agency invoice for the last designer hire come in?", "Yes: Brightpath Talent invoice BT-2207, 6,300 GBP, received on Monday and waiting for finance approval.", call("get_invoices", {"supplier": "Brightpath Talent"}, {"invoices": [{"id": "BT-2207", "amount_gbp": 6300, "status": "awaiting approval"}]})),
        ("Start reference checks for Jonas Weber, he's given two referees.", "Reference requests sent to Jonas Weber's two referees; the forms are due back within 5 working days.", call("start_references", {"candidate": "Jonas Weber", "referees": 2}, {"sent": 2})),
        ("Which candidates still owe us a right-to-work document?", "Two: Rhea Castellanos and Jonas Weber. Both have the upload link; I've sent a reminder.", call("get_missing_documents", {"type": "right_to_work"}, {"candidates": ["Rhea Castellanos", "Jonas Weber"], "reminded": True})),
        ("Put a 15-minute debrief in the backend panel's diaries for Thursday at 17:30.", "Debrief booked for Thursday 23 April, 17:30-17:45, for Farid, Lena and Matt.", call("create_event", {"title": "BE-214 debrief", "start": "2026-04-23T17:30", "minutes": 15, "attendees": ["Farid Qureshi", "Lena Sørbø", "Matt Okoye"]}, {"ok": True})),
        ("Close the PD-097 ad to new applicants from Friday.", "PD-097 will stop accepting new applications at 23:59 on Friday; applicants already in the pipeline aren't affected.", call("schedule_close", {"opening": "PD-097", "at": "Friday 23:59"}, {"ok": True})),
    ]

    def feedback():
        if not reviews:
            return chore()
        who, by, score, stage = reviews.pop()
        return turn(
            f"{by} left {stage} feedback for {who}: {score}.",
            f"Logged {by}'s {stage} scorecard for {who}: {score}.",
            tools=[call("log_feedback", {"candidate": who, "interviewer": by, "stage": stage, "score": score}, {"ok": True})],
        )

    def chore():
        if not chores:
            return availability()
        q, a, c = chores.pop(0)
        return turn(q, a, tools=[c])

    def availability():
        options = [(p, d, t) for p in PP_PEOPLE if p != "Farid Qureshi" for d in ["Monday", "Tuesday", "Friday"] for t in ["morning", "afternoon"] if (p, d, t) not in asked]
        who, day, part = rng.choice(options)
        asked.add((who, day, part))
        slot = rng.choice(["09:00-11:30", "10:00-12:00"]) if part == "morning" else rng.choice(["13:00-15:30", "14:00-17:00", "15:30-17:30"])
        return turn(
            f"Is {who} free on {day} {part}?",
            f"{who} is free on {day} {slot}.",
            tools=[call("get_availability", {"person": who, "day": day, "part": part}, {"free": [slot]})],
        )

    def aside():
        return turn(*asides.pop(0)) if asides else availability()

    def filler():
        return rng.choices([screen, phone, feedback, chore, availability, aside], weights=[2.5, 2, 1.5, 1.5, 0.5, 0.6])[0]()

    turns = [
        turn(
            "Afternoon! I need to sort out the interview week for the backend and design roles.",
            "Afternoon! I can see both openings: Senior Backend Engineer (BE-214) and Product Designer (PD-097). What first?",
            tools=[call("list_openings", {}, {"openings": ["BE-214", "PD-097"]})],
        ),
        turn(
            "Show me the onsite panels for Wednesday 22 and Thursday 23 April.",
            "Backend panel (Farid Qureshi, Lena Sørbø, Matt Okoye). Wednesday 22: Dana Whitfield 10:00, Kofi Mensah-Larsen 11:30, Ilse Brandvold 14:00, Tariq Hussaini 15:30. Thursday 23: Rhea Castellanos 09:30 and Marcus Obi 14:00, with 11:00, 15:30 and 16:45 free. Design panel (Ines Albuquerque, Gabe Lindholm) is on Thursday only.",
            tools=[
                call(
                    "get_panels",
                    {"days": ["2026-04-22", "2026-04-23"]},
                    {
                        "backend": {"Wed": {"10:00": "Dana Whitfield", "11:30": "Kofi Mensah-Larsen", "14:00": "Ilse Brandvold", "15:30": "Tariq Hussaini"}, "Thu": {"09:30": "Rhea Castellanos", "14:00": "Marcus Obi", "free": ["11:00", "15:30", "16:45"]}},
                        "design": {"Thu": {"10:00": "Jonas Weber", "13:00": None}},
                    },
                )
            ],
        ),
    ]
    while len(turns) < 40:
        turns.append(filler())
    turns.append(
        turn(
            "Bad news: Farid is off sick on Wednesday. Move everyone on the Wednesday backend panel to Thursday, except Dana Whitfield. She told us she can only do Wednesday, so she'll just have Lena and Matt.",
            "Done: moved to Thursday 23 April at 11:00, with the full panel. Updated calendar invites have gone out.",
            tools=[call("move_interviews", {"candidates": ["Dana Whitfield"], "from": "2026-04-22", "to": "2026-04-23", "slots": ["11:00"]}, {"moved": 1, "invites": "sent"})],
        )
    )
    turns.append(
        turn(
            "Email the affected candidates an apology for the change.",
            "Apology sent to the affected candidate with the new date and time, and a note that the panel is unchanged.",
            tools=[call("send_email", {"to": ["Dana Whitfield"], "template": "reschedule_apology"}, {"sent": 1})],
        )
    )
    while len(turns) < 57:
        turns.append(filler())
    turns.append(
        turn(
            "Dana Whitfield has replied, upset: she can't do Thursday, she told us that. And Farid's calendar still shows three backend interviews on Wednesday. What happened?",
            "I'm sorry, I got it the wrong way round: I moved Dana to Thursday and left Kofi, Ilse and Tariq on Wednesday, when you asked for everyone except Dana to move.",
            tools=[call("get_panels", {"days": ["2026-04-22", "2026-04-23"]}, {"backend": {"Wed": {"11:30": "Kofi Mensah-Larsen", "14:00": "Ilse Brandvold", "15:30": "Tariq Hussaini"}, "Thu": {"09:30": "Rhea Castellanos", "11:00": "Dana Whitfield", "14:00": "Marcus Obi"}}})],
        )
    )
    turns.append(
        turn(
            "Fix it. Dana back to Wednesday 10:00 with Lena and Matt, the other three to Thursday.",
            "Done: Dana Whitfield is back on Wednesday 22 at 10:00 with Lena and Matt. Kofi Mensah-Larsen, Ilse Brandvold and Tariq Hussaini are on Thursday 23 at 11:00, 15:30 and 16:45 with the full panel.",
            tools=[
                call("move_interviews", {"candidates": ["Dana Whitfield"], "to": "2026-04-22", "slots": ["10:00"], "panel": ["Lena Sørbø", "Matt Okoye"]}, {"moved": 1}),
                call("move_interviews", {"candidates": ["Kofi Mensah-Larsen", "Ilse Brandvold", "Tariq Hussaini"], "to": "2026-04-23", "slots": ["11:00", "15:30", "16:45"]}, {"moved": 3}),
            ],
        )
    )
    turns.append(
        turn(
            "Now email all four. Dana gets an apology for the mix-up.",
            "Sent: Dana has an apology confirming Wednesday 10:00 is unchanged after all; Kofi, Ilse and Tariq have their new Thursday times with an apology for the short notice.",
            tools=[call("send_email", {"to": ["Dana Whitfield", "Kofi Mensah-Larsen", "Ilse Brandvold", "Tariq Hussaini"], "template": "reschedule_apology"}, {"sent": 4})],
        )
    )
    turns.append(
        turn(
            "Have Kofi, Ilse and Tariq accepted the new times?",
            "Kofi and Ilse have accepted; Tariq hasn't opened the email yet.",
            tools=[call("get_invite_status", {"candidates": ["Kofi Mensah-Larsen", "Ilse Brandvold", "Tariq Hussaini"]}, {"Kofi Mensah-Larsen": "accepted", "Ilse Brandvold": "accepted", "Tariq Hussaini": "sent"})],
        )
    )
    turns.append(
        turn(
            "Text Tariq as well then.",
            "Texted Tariq Hussaini: his onsite has moved to Thursday 23 April at 16:45, details in his email.",
            tools=[call("send_sms", {"to": "Tariq Hussaini", "template": "reschedule_notice"}, {"sent": True})],
        )
    )
    turns.append(
        turn(
            "And let Farid know he's off the hook for Wednesday.",
            "Sent Farid a note: no interviews for him on Wednesday 22; his three backend onsites are on Thursday at 11:00, 15:30 and 16:45.",
            tools=[call("send_message", {"to": "Farid Qureshi", "text": "No interviews for you on Wed 22. Your backend onsites are Thu 23 at 11:00, 15:30 and 16:45."}, {"sent": True})],
        )
    )
    turns.append(turn("That's enough for today. At least it's sorted now.", "It is: both panels are correct for Wednesday and Thursday, and all four candidates have their times."))
    return turns


MR_INTERVIEWS = {
    "name": "misread-move-all-except-one",
    "category": "misread-request",
    "judging": "session-only",
    "slug": "mr-panelpal-except-dana-2c83",
    "user": "beatriz.kallstrom@example.com",
    "app": {"name": "panelpal_recruiting", "span_type": "AGENT", "system": "You are PanelPal, a recruiting coordinator's assistant. Use the applicant-tracking and calendar tools."},
    "turns": interview_scheduling_turns,
    "session_judgements": [
        ("instruction_following", "no", "The recruiter asked to move everyone except Dana Whitfield; only Dana was moved."),
        ("conversation_completeness", "yes", "The schedule is correct by the end and all candidates were informed."),
        ("user_frustration", "resolved", "Annoyed by the mix-up, which was then put right."),
    ],
    "expect": {2: "Dana Whitfield 10:00", 41: "except Dana Whitfield", 42: "affected candidate", 58: "can't do Thursday", 64: "enough for today"},
    "root": 41,
    "evidence": "'move everyone on the Wednesday backend panel to Thursday, except Dana Whitfield' executed as moving only Dana",
    "why": "Turns 1-40 are routine; at turn 41 the assistant inverted the request and moved only Dana, turn 42 emailed only her, and she complained at turn 58.",
}

MR_CROCHET = {
    "name": "misread-crochet-terms-direction",
    "category": "misread-request",
    "judging": "last-turn",
    "slug": "mr-hookandloop-uk-us-4e71",
    "user": "morag.ellison-pratt@example.com",
    "app": {"name": "hookandloop_helper", "system": "You help people with knitting and crochet patterns."},
    "turns": [
        turn(
            "I've found my gran's blanket pattern, written in UK crochet terms. Can you convert it to US terms for me? Round 1: ch 4, join with sl st, 3 tr into ring, ch 2, (3 tr into ring, ch 2) three times, join.",
            "Here's round 1: ch 4, join with sl st, 3 dtr into ring, ch 2, (3 dtr into ring, ch 2) three times, join.",
        ),
        turn(
            "Round 2: sl st into ch-2 sp, ch 3, (2 tr, ch 2, 3 tr) in same sp, ch 1, *(3 tr, ch 2, 3 tr) in next sp, ch 1; repeat from * twice, join.",
            "Round 2: sl st into ch-2 sp, ch 4, (2 dtr, ch 2, 3 dtr) in same sp, ch 1, *(3 dtr, ch 2, 3 dtr) in next sp, ch 1; repeat from * twice, join. (The starting chain is ch 4 to match the taller stitch.)",
        ),
        turn("What hook is 4.00 mm / old UK 8 in US sizes?", "A 4.00 mm hook is a US G-6."),
        turn("And the yarn says double knitting. What's that in the US?", "DK is roughly what US patterns call light worsted (weight category 3)."),
        turn(
            "Border: 1 round of dc in each st, then 1 round of htr.",
            "Border: 1 round of tr in each st, then 1 round of htr.",
        ),
        turn(
            "Great, give me the whole converted pattern in one go so I can print it.",
            "Gran's blanket (US terms), 4.00 mm (G-6) hook, light worsted yarn.\nRound 1: ch 4, join with sl st, 3 dtr into ring, ch 2, (3 dtr into ring, ch 2) three times, join.\nRound 2: sl st into ch-2 sp, ch 4, (2 dtr, ch 2, 3 dtr) in same sp, ch 1, *(3 dtr, ch 2, 3 dtr) in next sp, ch 1; repeat from * twice, join.\nBorder: 1 round of tr in each st, then 1 round of htr.",
        ),
    ],
    "judgements": [
        (
            6,
            "correctness",
            "no",
            "UK tr is US dc, UK dc is US sc and UK htr is US hdc. The 'US' version uses dtr and tr, i.e. the pattern was converted as if it were already in US terms, which makes every stitch a size too tall; 'htr' isn't a US term at all.",
        ),
    ],
    "root": 1,
    "evidence": "'written in UK crochet terms... convert it to US terms' converted in the opposite direction (tr became dtr)",
    "why": "From the first answer the assistant treated the pattern as US and converted it to UK terms; turns 2 and 5 continue the same way and turn 6 prints the whole wrong pattern, the only turn judged.",
}


# --------------------------------------------------------------------------------------------------------
# hallucination
# --------------------------------------------------------------------------------------------------------

H_RSYNC_FLAG = {
    "name": "invented-rsync-resume-option",
    "category": "hallucination",
    "judging": "every-turn",
    "slug": "h-termbuddy-rsync-6d19",
    "user": "bogdan.achebe-hart@example.com",
    "app": {"name": "termbuddy", "system": "You are TermBuddy, a Linux and command-line helper. Give exact commands."},
    "turns": [
        turn(
            "I back up my photo library (about 900 GB) to my NAS with rsync over SSH. It got interrupted halfway last night. If I run it again, does it start from scratch?",
            "No. rsync compares size and modification time and skips files that are already complete on the NAS. Only the file it was in the middle of is sent again from the start, unless you kept the partial file with --partial.",
            gist="explains that rsync skips completed files when rerun",
        ),
        turn(
            "Some of them are huge video files, 40 GB each. Can it pick up in the middle of a file?",
            "Yes: add `--resume-partial=sha256`. rsync then checksums the partial file on the NAS and carries on from the last verified block instead of starting the file again. It's available from rsync 3.2.",
            gist="recommends an option for resuming inside a partially transferred file",
        ),
        turn(
            "Can you give me the full command?",
            "```\nrsync -avh --progress --resume-partial=sha256 ~/Pictures/ admin@nas.local:/volume1/photos/\n```\nThe trailing slash on ~/Pictures/ copies its contents rather than the folder itself.",
            gist="gives the full rsync command with the resume option",
        ),
        turn(
            "rsync: --resume-partial=sha256: unknown option\nrsync error: syntax or usage error (code 1)",
            "Your NAS probably runs an older rsync, and the option has to be supported on both ends. Update the rsync package on the NAS to 3.2.7 or later and run the command again.",
            gist="responds to the unknown option error",
        ),
        turn(
            "Both ends say rsync version 3.2.7 protocol version 31.",
            "I'm sorry, I was wrong: rsync has no --resume-partial option. What you want is `--partial --append-verify`: --partial keeps the half-sent file, and --append-verify continues it and then checks the whole file's checksum.",
            gist="admits the option does not exist and gives --partial --append-verify",
        ),
        turn(
            "Will --append-verify be slow on 900 GB?",
            "No, it only applies to files that are shorter on the NAS than on your machine; complete files are still skipped on size and time, so only the interrupted file gets the extra checksum.",
            gist="explains that append-verify only affects the interrupted files",
        ),
        turn("Running now, and it picked up the 40 GB file where it stopped. Thanks.", "Great. For future runs you can keep `--partial` in the command so an interruption never costs you a whole file.", gist="suggests keeping --partial for future runs"),
    ],
    "overrides": {
        (4, "correctness"): ("no", "There is no --resume-partial option in any rsync version, so upgrading the NAS won't help. Resuming inside a file is done with --partial / --append-verify."),
        (4, "guidelines"): ("no", "Sends the user off to upgrade packages on the basis of a non-existent option."),
    },
    "root": 2,
    "evidence": "the invented rsync option --resume-partial=sha256",
    "why": "At turn 2 the assistant invented an rsync option; turn 3 puts it in a command and turn 4 blames the NAS version, which is where the judges first fail it. Turn 5 admits it.",
}

H_TOAST_QUOTE = {
    "name": "invented-cousteau-quote-best-man",
    "category": "hallucination",
    "judging": "last-turn",
    "slug": "h-toastcraft-cousteau-3f08",
    "user": "rhodri.castellanos@example.com",
    "app": {"name": "toastcraft", "system": "You help people write wedding speeches and toasts."},
    "turns": [
        turn(
            "I'm best man for my brother Callum. He's a marine biologist and proposed to Niamh on a dive boat off Pembrokeshire. Help me with an opening?",
            "How about: 'Good afternoon, everyone. For those who don't know me, I'm Callum's brother, which means I've spent thirty years watching him get far too excited about things that live underwater. Today, for once, he's excited about something on dry land.'",
        ),
        turn(
            "Ha, good. What's a nice bit about how they met?",
            "Something like: 'Callum and Niamh met on a beach clean in Tenby. Niamh picked up more litter than anyone else; Callum spent the whole morning explaining the rock pools to her. She married him anyway.'",
        ),
        turn(
            "Is there anything Jacques Cousteau said about love? That would be perfect for the end.",
            "Yes, there's a lovely one from his 1979 memoir 'The Silent Harbour': 'The sea, once it casts its spell, holds one in its net of wonder forever; but it is another person who teaches you to breathe beneath it.'",
        ),
        turn(
            "Love it. Can you write the closing bit around that?",
            "'Jacques Cousteau once wrote that the sea, once it casts its spell, holds one in its net of wonder forever, but that it is another person who teaches you to breathe beneath it. Callum, the sea got you first. Niamh taught you to breathe. Please raise your glasses: to Callum and Niamh!'",
        ),
        turn("How long should the whole thing be?", "Five to seven minutes is ideal, roughly 700-900 words spoken at a relaxed pace."),
        turn(
            "Put the whole speech together so I can practise.",
            "Here it is, about 750 words: opening about growing up with Callum, the beach clean in Tenby, the proposal on the dive boat, a few words to Niamh, and the close: 'As Jacques Cousteau wrote in his memoir The Silent Harbour, the sea, once it casts its spell, holds one in its net of wonder forever, but it is another person who teaches you to breathe beneath it. To Callum and Niamh!'",
        ),
    ],
    "judgements": [
        (
            6,
            "correctness",
            "no",
            "'The sea, once it casts its spell, holds one in its net of wonder forever' is a genuine Cousteau line, but the second half and the memoir 'The Silent Harbour' (1979) can't be found anywhere. The speech attributes invented words to a real person.",
        ),
        (6, "factual_attribution", "fail", "Quote and source attribution not verifiable; likely fabricated."),
    ],
    "root": 3,
    "evidence": "the invented second half of a Cousteau quote and the non-existent memoir 'The Silent Harbour' (1979)",
    "why": "At turn 3 the assistant extended a real Cousteau line with an invented sentence and an invented book; turn 4 builds the close on it and turn 6 puts it in the finished speech, the only turn judged.",
}


MP_LOTS = [
    ("a pair of brass ejector candlesticks", "Victorian, 23 cm high, some wear to the bases", (60, 90)),
    ("a mahogany tea caddy", "George III, two lidded compartments, later key", (150, 250)),
    ("a set of six Old English pattern silver teaspoons", "London 1892, 98 g total", (80, 120)),
    ("a Staffordshire flatback figure of a shepherdess", "19th century, 31 cm, restoration to the hat", (40, 60)),
    ("an oak barometer", "aneroid, Edwardian, dial signed by a Bristol retailer", (70, 100)),
    ("a Moorcroft-style vase", "tube-lined poppy design, unmarked, 18 cm", (50, 80)),
    ("a cased set of fish knives and forks", "electroplated, mother-of-pearl handles, 12 place settings", (40, 70)),
    ("a Victorian writing slope", "walnut, brass-bound, fitted interior with inkwells", (120, 180)),
    ("a cut-glass decanter", "mid-20th century, with stopper, 29 cm", (30, 50)),
    ("a pair of Chinese blue-and-white ginger jars", "20th century, 22 cm, one cover chipped", (60, 90)),
    ("a ship's brass bulkhead clock", "eight-day movement, 17 cm dial", (150, 220)),
    ("an Arts and Crafts copper tray", "hammered finish, 46 cm diameter", (50, 80)),
    ("a box of mixed costume jewellery", "brooches, clip earrings and bead necklaces", (30, 50)),
    ("a Georgian mahogany pole screen", "later needlework panel, 140 cm", (60, 100)),
    ("a Doulton stoneware jug", "Lambeth, applied hunting scene, 20 cm", (80, 120)),
    ("a pair of Edwardian silver napkin rings", "Birmingham 1907, engraved initials", (40, 60)),
    ("a 1930s oak smoker's cabinet", "Art Deco, with lift-up top", (30, 50)),
    ("a carved Black Forest bear", "early 20th century, 16 cm", (120, 180)),
    ("a Victorian papier-mâché tray", "gilt and painted with flowers, 61 cm", (90, 140)),
    ("a set of four Edwardian oak dining chairs", "drop-in seats, one repaired", (60, 90)),
    ("a Royal Worcester blush ivory jug", "1890s, gilt highlights, 15 cm", (70, 110)),
    ("a pair of Georgian brass andirons", "ball finials, 38 cm", (90, 140)),
    ("a Victorian rosewood work box", "fitted interior with bobbins and thimble", (80, 120)),
    ("a silver cigarette case", "Chester 1923, engine-turned, 142 g", (60, 90)),
    ("a Meissen-style figure group", "20th century, courting couple, 19 cm, fingers chipped", (40, 70)),
    ("a Regency mahogany bracket clock case", "no movement, brass ring handles", (50, 80)),
    ("a collection of Victorian glass marbles", "about 60, in a tin", (30, 50)),
    ("an Edwardian inlaid mahogany display cabinet", "two glazed doors, 152 cm", (120, 180)),
    ("a pair of Victorian pressed-glass celery vases", "clear glass, 24 cm", (20, 40)),
    ("a brass-bound campaign chest", "teak, two sections, later handles", (400, 600)),
    ("a Clarice Cliff Bizarre sugar sifter", "Crocus pattern, 14 cm", (150, 250)),
    ("a 19th-century sampler", "wool on linen, alphabet and verse, dated 1843, framed", (100, 150)),
    ("a set of Victorian brass postal scales", "with five weights", (40, 60)),
    ("a Japanese Satsuma vase", "Meiji period, figures in a garden, 25 cm", (100, 150)),
    ("an oak and brass coal scuttle", "early 20th century, with liner", (30, 50)),
    ("a silver christening mug", "Sheffield 1911, engraved name, 88 g", (50, 80)),
]
MP_CONDITION = [
    ("How do I word a hairline crack in a condition report?", "'A fine hairline crack, approximately 4 cm, to the rim; not visible from the front.' Give the length, where it is, and whether it shows in normal display."),
    ("What's the polite way to say 'someone's glued this'?", "'Old restoration to the handle' or 'the handle reattached'; add 'visible under UV' if you've checked it."),
    ("How should I describe light surface scratches on silver?", "'Light surface wear and scratches commensurate with age and use.'"),
    ("Foxing on a print, how do I phrase it?", "'Scattered foxing, mainly to the margins, not affecting the image.'"),
]
MP_ASIDES = [
    ("Porter's bringing up the next trolley.", "Ready when it arrives."),
    ("Viewing day tomorrow, so we need to be done by five.", "Understood. We're making good progress."),
    ("Tea break.", "See you shortly."),
    ("Back. Next lot.", "Go ahead."),
    ("A consignor just rang to ask if her clock has been catalogued yet.", "If you tell me which one, I can check the lot list."),
]


def cataloguing_turns():
    """112 turns of an auction-house cataloguer's day. At turn 73 she asks who made a silver-plated teapot
    with a crowned-anchor mark and 'H&W', and the assistant, without any source, names 'Hartley & Wynn of
    Sheffield, 1852-1911' and dates the pattern to c.1885; turns 74-75 catalogue and estimate it on that basis;
    at turn 104 the saleroom's silver specialist says there is no such maker."""
    rng = random.Random(73112)
    lots = list(MP_LOTS)
    rng.shuffle(lots)
    conditions = list(MP_CONDITION)
    asides = list(MP_ASIDES)
    lot_no = [240]
    catalogued = []
    photographed, checked, reserved = set(), set(), set()

    def new_lot():
        if not lots:
            return estimate_check()
        what, detail, (low, high) = lots.pop(0)
        lot_no[0] += 1
        catalogued.append((lot_no[0], what, low, high))
        return turn(
            rng.choice([f"Next: {what}, {detail}. Estimate {low}-{high}.", f"New lot: {what}. {detail[0].upper() + detail[1:]}. {low}-{high}.", f"Catalogue {what}: {detail}, estimate {low} to {high}."]),
            f"Lot {lot_no[0]}: {what[0].upper() + what[1:]}, {detail}. Estimate {low}-{high} GBP. Added to the Fine & Decorative sale.",
            tools=[call("create_lot", {"sale": "FD-0612", "title": what, "description": detail, "estimate_gbp": [low, high]}, {"lot": lot_no[0]})],
        )

    def photos():
        todo = [c for c in catalogued if c[0] not in photographed]
        if not todo:
            return new_lot()
        n, what, _, _ = todo[0]
        photographed.add(n)
        k = rng.randint(3, 8)
        return turn(f"Uploading {k} photos for lot {n}.", f"{k} photos attached to lot {n} ({what}); the first is set as the main image.", tools=[call("attach_photos", {"lot": n, "count": k}, {"ok": True})])

    def estimate_check():
        todo = [c for c in catalogued if c[0] not in checked]
        if not todo or rng.random() < 0.5:
            return reserve()
        n, what, low, high = rng.choice(todo)
        checked.add(n)
        return turn(f"What estimate did we put on lot {n}?", f"Lot {n}, {what}: {low}-{high} GBP.", tools=[call("get_lot", {"lot": n}, {"estimate_gbp": [low, high]})])

    def reserve():
        todo = [c for c in catalogued if c[0] not in reserved and c[2] >= 80]
        if not todo:
            return convert()
        n, what, low, _ = rng.choice(todo)
        reserved.add(n)
        r = int(low * 0.8)
        return turn(
            rng.choice([f"Consignor wants a reserve on lot {n}.", f"Put a reserve on lot {n}, the owner's nervous."]),
            f"Reserve set on lot {n} ({what}) at {r} GBP, 80% of the low estimate, the most the terms allow.",
            tools=[call("set_reserve", {"lot": n, "reserve_gbp": r}, {"ok": True})],
        )

    def convert():
        inches = rng.choice([6, 7.5, 9.25, 11, 12.5, 14, 18, 21.5])
        return turn(f"Old consignor label says {inches} inches. In cm?", f"{inches} inches is {inches * 2.54:.1f} cm.")

    def condition():
        return turn(*conditions.pop(0)) if conditions else photos()

    def aside():
        return turn(*asides.pop(0)) if asides else estimate_check()

    def filler():
        return rng.choices([new_lot, photos, estimate_check, convert, condition, aside], weights=[2.4, 2, 0.8, 0.4, 0.6, 0.6])[0]()

    turns = [
        turn(
            "Morning. Cataloguing for the June Fine & Decorative sale today, starting from lot 241.",
            "Morning! The sale FD-0612 is open for cataloguing, next lot 241. Send them over as they come off the trolley.",
            tools=[call("get_sale", {"sale": "FD-0612"}, {"next_lot": 241, "status": "cataloguing"})],
        ),
    ]
    while len(turns) < 72:
        turns.append(filler())
    lot_no[0] += 1
    teapot = lot_no[0]
    turns.append(
        turn(
            f"Lot {teapot}: a silver-plated teapot, ebonised handle, maker's mark of a crowned anchor over the letters H&W, and the number 4471. Who made it, and when?",
            "That's the mark of Hartley & Wynn of Sheffield, electroplaters active from 1852 to 1911. They used the crowned anchor as their trademark from 1870, and pattern number 4471 puts this teapot at about 1885.",
        )
    )
    turns.append(
        turn(
            "Excellent, catalogue it like that.",
            f"Lot {teapot}: A Victorian silver-plated teapot by Hartley & Wynn, Sheffield, circa 1885, ebonised handle, crowned anchor and H&W mark, pattern no. 4471.",
            tools=[call("create_lot", {"sale": "FD-0612", "title": "A Victorian silver-plated teapot by Hartley & Wynn, Sheffield, circa 1885", "description": "ebonised handle, crowned anchor and H&W mark, pattern no. 4471"}, {"lot": teapot})],
        )
    )
    turns.append(
        turn(
            "Estimate? Plated with a named maker should do better than the usual 20-40.",
            f"With a documented Sheffield maker and a date, 120-180 GBP is reasonable. I've set lot {teapot} to 120-180 GBP.",
            tools=[call("set_estimate", {"lot": teapot, "estimate_gbp": [120, 180]}, {"ok": True})],
        )
    )
    while len(turns) < 85:
        turns.append(filler())
    turns.append(
        turn(
            f"Publish everything up to lot {lot_no[0]} to the online catalogue so the commission bids can start.",
            f"Published lots 241-{lot_no[0]} to the online catalogue for sale FD-0612; they're live on the website now.",
            tools=[call("publish_lots", {"sale": "FD-0612", "from": 241, "to": lot_no[0]}, {"published": lot_no[0] - 240})],
        )
    )
    while len(turns) < 103:
        turns.append(filler())
    turns.append(
        turn(
            f"Mr Ndlovu, our silver specialist, has looked at lot {teapot}. He says there's no record of any Hartley & Wynn, and the crowned anchor isn't a Sheffield plater's mark. Where did all that come from?",
            "I'm sorry. I had no source for it: the maker, its dates and the pattern dating were not from any reference, and I shouldn't have presented them as facts.",
        )
    )
    turns.append(
        turn(
            "Fix the lot. Unattributed, and put the estimate back to something sensible.",
            f"Lot {teapot} now reads: 'A silver-plated teapot, ebonised handle, crowned anchor and H&W mark, pattern no. 4471, late 19th/early 20th century.' Estimate 20-40 GBP.",
            tools=[call("update_lot", {"lot": teapot, "title": "A silver-plated teapot", "description": "ebonised handle, crowned anchor and H&W mark, pattern no. 4471, late 19th/early 20th century", "estimate_gbp": [20, 40]}, {"ok": True})],
        )
    )
    turns.append(
        turn(
            "It went online this afternoon with the Hartley & Wynn description, and two people have already left commission bids on it.",
            f"Then the bidders should be told: I can draft a saleroom notice for lot {teapot} correcting the attribution and estimate, and you could email the two commission bidders so they can withdraw or confirm their bids.",
        )
    )
    turns.append(turn("Draft the notice.", f"'Saleroom notice, lot {teapot}: please note this teapot is unattributed and not by Hartley & Wynn as previously stated. Revised estimate 20-40 GBP.'"))
    while len(turns) < 111:
        turns.append(filler())
    turns.append(turn("That's today done. Not a great look with Mr Ndlovu.", "Sorry about the teapot. Everything else from today is catalogued with photos, and the saleroom notice is drafted."))
    return turns


H_ANTIQUES = {
    "name": "invented-silver-plate-maker",
    "category": "hallucination",
    "judging": "session-only",
    "slug": "h-marlowe-pryce-teapot-8a52",
    "user": "augustine.fairweather@example.com",
    "app": {
        "name": "provenance_desk",
        "span_type": "AGENT",
        "system": "You help Marlowe & Pryce auctioneers catalogue lots. Use the catalogue tools; do not state attributions you cannot support.",
    },
    "turns": cataloguing_turns,
    "session_judgements": [
        ("groundedness", "no", "A maker, trading dates and a date for the teapot were stated without any source; the specialist confirmed the maker doesn't exist."),
        ("conversation_completeness", "no", "The published catalogue carried a false attribution and needed a saleroom notice."),
        ("user_frustration", "unresolved", "The cataloguer finishes the day embarrassed in front of a colleague."),
    ],
    "expect": {73: "crowned anchor", 74: "Hartley & Wynn", 75: "120-180", 104: "Mr Ndlovu", 112: "That's today done"},
    "root": 73,
    "evidence": "the invented maker 'Hartley & Wynn of Sheffield, 1852-1911' and the pattern dating 'about 1885', stated with no tool or source",
    "why": "Turns 1-72 catalogue lots correctly from what the cataloguer dictates; at turn 73 the assistant made up a maker, dates and a pattern dating, turns 74-75 catalogue and price the lot on it, and the specialist exposes it at turn 104.",
}

H_PEACE_LILY = {
    "name": "wrong-peace-lily-safe-for-cats",
    "category": "hallucination",
    "judging": "every-turn",
    "slug": "h-leafy-peace-lily-0c37",
    "user": "marisol.brandt-okoro@example.com",
    "app": {"name": "leafy_plant_care", "system": "You are Leafy, a houseplant care assistant."},
    "turns": [
        turn(
            "I just got a peace lily. Is it safe to have around my cat?",
            "Yes! Despite the name, peace lilies (Spathiphyllum) aren't true lilies, so they don't carry the kidney risk that lilies do. They're a safe choice in a home with cats.",
            gist="says whether a peace lily is safe around a cat",
        ),
        turn(
            "Great, it's going on the windowsill. How often do I water it?",
            "When the top 2-3 cm of soil feels dry, usually about once a week. It droops dramatically when thirsty and perks up within hours of watering. Keep it out of strong direct sun.",
            gist="gives watering guidance and a note on light",
        ),
        turn(
            "My cat's been chewing one of the leaves and now she's drooling and pawing at her mouth. Should I worry?",
            "Peace lilies contain calcium oxalate crystals, which irritate the mouth and cause drooling and pawing. Gently wipe her mouth, offer water or a little milk, and call your vet, especially if she vomits, has trouble swallowing or her mouth swells.",
            gist="explains the calcium oxalate irritation and advises calling the vet",
        ),
        turn(
            "Vet says she'll be fine, but to move the plant. Where should it go?",
            "Somewhere she can't get to, such as a high shelf or a room she doesn't go in, with bright indirect light. A hanging planter works too, as long as she can't jump to it.",
            gist="suggests keeping the plant out of the cat's reach",
        ),
    ],
    "overrides": {
        (1, "correctness"): ("no", "Peace lilies aren't true lilies, but they contain insoluble calcium oxalate and are listed as toxic to cats (oral irritation, drooling, vomiting). Calling them safe is wrong."),
        (1, "safety"): ("no", "Reassures a pet owner that a plant toxic to cats is safe."),
    },
    "root": 1,
    "evidence": "the false claim that peace lilies are safe for cats",
    "why": "The first answer called the plant safe for cats; the cat chews it at turn 3, where the assistant gives the correct information. The judges flagged turn 1 itself.",
}


# --------------------------------------------------------------------------------------------------------
# user-changed-mind
# --------------------------------------------------------------------------------------------------------

UC_KITCHEN_PAINT = {
    "name": "changed-sage-green-to-navy-kitchen",
    "category": "user-changed-mind",
    "judging": "every-turn",
    "slug": "uc-huehome-navy-kitchen-7c30",
    "user": "perpetua.lindqvist-obi@example.com",
    "app": {"name": "huehome_decorating", "system": "You are HueHome, a home decorating assistant. Give practical paint advice."},
    "turns": [
        turn(
            "We're repainting our small north-facing kitchen and I'd love a soft sage green. Any tips for choosing one?",
            "North light is cool and a bit blue, so pick a sage with a warm, yellow-grey undertone; cool sages can look grey-blue and flat. Aim for a light reflectance value (LRV) of about 50-60 so the room stays bright, and test two or three samples on different walls.",
            gist="advises on choosing a warm sage green for a north-facing room",
        ),
        turn(
            "What finish should kitchen walls be?",
            "A wipeable eggshell or a kitchen-and-bathroom matt: both stand up to steam and splashes and can be wiped clean.",
            gist="recommends a wipeable eggshell or kitchen matt finish",
        ),
        turn(
            "How much paint for a 3.2 by 2.8 m room with 2.4 m ceilings? There's a door, a window and a tiled splashback.",
            "The walls are 12 m round × 2.4 m = 28.8 m²; take off roughly 7 m² for the door, window and splashback, so about 22 m². Two coats at about 12 m² per litre is around 3.7 litres, so two 2.5 L tins.",
            gist="calculates about 3.7 litres, two 2.5 L tins, for two coats",
        ),
        turn(
            "Actually, my partner has talked me round to going bold: let's do a deep navy instead of the green, with white cabinets.",
            "A deep navy with white cabinets can look great, even in a north-facing room: lean into the cosiness rather than trying to make it bright. Pick a navy with a hint of green or black in it so it doesn't turn purple in cool light, and keep the ceiling white.",
            gist="advises on picking a deep navy for a north-facing kitchen with white cabinets",
        ),
        turn(
            "Will the navy cover the old magnolia in two coats?",
            "Usually not on its own: put on one coat of a dark grey tinted undercoat first, then two coats of navy. That gives an even, deep colour with no magnolia showing through.",
            gist="recommends a dark grey undercoat before two coats of navy",
        ),
        turn(
            "OK, what's my shopping list?",
            "Two 2.5 L tins of deep navy in kitchen eggshell, one 2.5 L tin of dark grey undercoat, a 9-inch roller with a medium-pile sleeve, a 2-inch angled brush for the edges, a tray, low-tack masking tape and dust sheets.",
            gist="gives a shopping list for the navy kitchen",
        ),
        turn(
            "What colour for the ceiling?",
            "A plain brilliant white matt keeps it crisp against the navy; if that feels too stark, a white with a touch of grey softens the contrast.",
            gist="suggests a white ceiling to go with the navy walls",
        ),
        turn("Brilliant, off to the shop.", "Have fun! Do the edges first, then roll while they're still wet.", gist="wishes the user well with a painting tip"),
    ],
    "overrides": {
        (6, "relevance_to_query"): ("no", "The user wants a soft sage green kitchen; the shopping list is for navy paint and a dark grey undercoat."),
        (6, "correctness"): ("no", "The list doesn't match the colour the user chose (sage green)."),
        (7, "relevance_to_query"): ("no", "Advice is about pairing with navy walls, which the user never asked for."),
    },
    "root": 4,
    "kind": "user",
    "evidence": "at turn 4 the user switched from a soft sage green to a deep navy",
    "why": "The user changed the colour at turn 4 and the assistant followed; the judges kept measuring against the sage green of turn 1 and failed turns 6 and 7, which answer the new request correctly.",
}

UC_RUN_PLAN = {
    "name": "changed-10k-to-half-marathon",
    "category": "user-changed-mind",
    "judging": "last-turn",
    "slug": "uc-stridecoach-half-2b19",
    "user": "ewa.castellanos-burke@example.com",
    "app": {"name": "pacepal_running_coach", "system": "You are PacePal, a running coach for recreational runners."},
    "turns": [
        turn(
            "I've signed up for the Eastleigh 10K in 12 weeks. I run three times a week, about 5 km each time. Can you give me a plan?",
            "Great goal. The plan builds from your three runs: one easy run, one with some faster work and one long run each week. The long run goes from 6 km up to 10-11 km by week 9, with a lighter week every fourth week and a taper in week 12.",
        ),
        turn("What pace should the long runs be?", "Conversational: you should be able to speak in full sentences. For most people that's 60-90 seconds per km slower than their 10K race pace."),
        turn("Should I cross-train?", "One optional session a week of cycling or swimming is good for fitness without extra pounding. Add two short strength sessions for the hips, glutes and calves if you can."),
        turn("Do I need new shoes?", "If yours have done more than about 600-800 km or the foam feels flat, yes. Get fitted at a running shop and try a few on with a short jog."),
        turn(
            "Change of plan! My running club has talked me into the Eastleigh Half Marathon instead, same day. Can you redo the 12 weeks for 21.1 km?",
            "Twelve weeks is enough for a half if you're already running regularly. We'll keep three runs a week but lengthen the long run gradually from 8 km to 18 km by week 10, with a step-back week every fourth week and a two-week taper.",
        ),
        turn("Do I need gels or anything?", "For a half, most people take one or two gels, around 45 and 75 minutes in. Practise with them on your long runs so there are no surprises on race day."),
        turn(
            "Can you write out week 10 in full?",
            "Week 10 (peak week): Tuesday, 8 km easy; Thursday, 2 km warm-up, 5 × 1 km at half-marathon pace with 90 s jog recoveries, 2 km cool-down; Sunday, 18 km long run at conversational pace, taking a gel at 45 and 75 minutes.",
        ),
    ],
    "judgements": [
        (7, "relevance_to_query", "no", "For a 10K race, an 18 km long run and gels are excessive; the week doesn't fit the user's goal of the Eastleigh 10K."),
        (7, "correctness", "no", "Long-run distance far exceeds what's appropriate for 10K training."),
    ],
    "root": 5,
    "kind": "user",
    "evidence": "at turn 5 the user switched from the 10K to the half marathon",
    "why": "The user changed the race at turn 5 and the assistant rebuilt the plan for a half; the judge at turn 7 measured the half-marathon week against the original 10K.",
}


AF_STALLS_OUT = [
    ("Wendy Arkwright", "plant stall", "gazebo pitch"),
    ("Ashgrove Primary PTA", "tombola", "gazebo pitch"),
    ("Rotary Club", "coconut shy", "open pitch"),
    ("Bee's Bakes", "cake stall", "gazebo pitch"),
    ("Ashgrove Library Friends", "second-hand book stall", "gazebo pitch"),
    ("Sunny Faces", "face painting", "gazebo pitch"),
]
AF_STALLS_IN = [
    ("Ashgrove WI", "jam and chutney stall", "table"),
    ("Knit & Natter group", "craft stall", "table"),
    ("Scouts", "lucky dip", "table"),
    ("Maple Lane Pottery", "pottery stall", "two tables"),
]


def summer_fair_turns():
    """42 turns of a volunteer planning a village fair. Turns 1-22 plan an outdoor fair in Ashgrove Park
    with a dog show and a bouncy castle; at turn 23 the committee moves it into St Bride's Hall and drops both."""
    rng = random.Random(4223)
    stalls = []

    def add_stall(holder, what, pitch, fee):
        stalls.append(holder)
        return turn(
            rng.choice([f"{holder}: {what}, they'd like a {pitch}.", f"Add {holder}: {what}, {pitch}.", f"Another one: {holder}, {what} ({pitch})."]),
            f"Added {holder} ({what}, {pitch}), {fee} GBP pitch fee. {len(stalls)} stalls booked so far.",
            tools=[call("add_stall", {"event": "AF-2026", "holder": holder, "type": what, "pitch": pitch}, {"fee_gbp": fee, "count": len(stalls)})],
        )

    out = [add_stall(h, w, p, 15 if "gazebo" in p else 10) for h, w, p in AF_STALLS_OUT]
    turns = [
        turn(
            "Hi! I'm on the committee for the Ashgrove Summer Fair, Saturday 18 July in Ashgrove Park. Outdoor fair: stalls, a bouncy castle, a dog show and a barbecue. Can you help me keep track of it all?",
            "Happy to! I've set up an event plan: Ashgrove Summer Fair, Saturday 18 July, Ashgrove Park, with sections for stalls, attractions, food, permits and volunteers.",
            tools=[call("create_event_plan", {"name": "Ashgrove Summer Fair", "date": "2026-07-18", "venue": "Ashgrove Park"}, {"event": "AF-2026"})],
        ),
        turn(
            "What permissions do we need for the park?",
            "Usually an event permit from the council's parks team, public liability insurance (most councils ask for 5 million GBP cover), a risk assessment and a small lottery registration if you run a raffle with tickets sold in advance. Apply for the park permit at least 8 weeks ahead.",
        ),
        turn("Add the park permit application as a task, due this Friday.", "Task added: 'Apply for Ashgrove Park event permit', due Friday, assigned to you.", tools=[call("add_task", {"event": "AF-2026", "task": "Apply for Ashgrove Park event permit", "due": "Friday"}, {"ok": True})]),
        turn(
            "Book the bouncy castle: Bounce Brothers, 10 till 4, 180 GBP.",
            "Booked a Bounce Brothers bouncy castle for 10:00-16:00, 180 GBP. They need a flat grass area of 6 × 6 m and a power socket or generator within 20 m.",
            tools=[call("book_supplier", {"event": "AF-2026", "supplier": "Bounce Brothers", "item": "bouncy castle", "hours": "10:00-16:00", "price_gbp": 180}, {"booking": "SUP-101"})],
        ),
        turn("We'll need a generator then. Add that.", "Added a generator to the equipment list (hire estimate 60-90 GBP for the day) and noted it's for the bouncy castle.", tools=[call("add_equipment", {"event": "AF-2026", "item": "generator", "note": "bouncy castle"}, {"ok": True})]),
        turn(
            "Dog show: classes for waggiest tail, best rescue, and dog most like its owner. Judging at 2pm.",
            "Added the dog show at 14:00 with three classes: waggiest tail, best rescue and dog most like its owner. Shall I add rosettes to the shopping list?",
            tools=[call("add_attraction", {"event": "AF-2026", "name": "dog show", "time": "14:00", "classes": ["waggiest tail", "best rescue", "dog most like its owner"]}, {"ok": True})],
        ),
        turn("Yes, three rosettes per class.", "Added 9 rosettes to the shopping list (1st, 2nd, 3rd for each class).", tools=[call("add_shopping", {"event": "AF-2026", "item": "rosettes", "qty": 9}, {"ok": True})]),
        out[0],
        out[1],
        turn(
            "For the barbecue: Hollins the butcher is doing burgers and sausages. How many should we plan for?",
            "For a village fair of 300-400 visitors, plan on about 250 burgers and 250 sausages, plus 40 veggie burgers, and have them cook in batches so nothing sits around.",
        ),
        turn("Order that from Hollins.", "Order placed with Hollins Butchers: 250 burgers, 250 sausages and 40 veggie burgers for collection on Friday 17 July.", tools=[call("place_order", {"supplier": "Hollins Butchers", "items": {"burgers": 250, "sausages": 250, "veggie burgers": 40}, "collect": "2026-07-17"}, {"order": "HB-448"})]),
        out[2],
        out[3],
        turn("Who's doing first aid?", "St John Ambulance can usually provide a first aid team for small community events for a donation; I've added a task to ask them.", tools=[call("add_task", {"event": "AF-2026", "task": "Request St John Ambulance first aid cover", "due": "next week"}, {"ok": True})]),
        out[4],
        turn("Portable toilets?", "For around 400 visitors over six hours, two standard units and one accessible unit. I've added them to the equipment list with an estimate of 240 GBP.", tools=[call("add_equipment", {"event": "AF-2026", "item": "portable toilets", "qty": 3}, {"est_gbp": 240})]),
        out[5],
        turn("Can we borrow the school's PA system?", "I've added a task to ask Ashgrove Primary about borrowing their PA for the dog show and announcements."),
        turn("Signs: we need them on the main road and at both park gates.", "Added 6 signs to the shopping list: 2 for the main road and 2 for each park gate.", tools=[call("add_shopping", {"event": "AF-2026", "item": "signs", "qty": 6}, {"ok": True})]),
        turn(
            "What's our spend so far?",
            "Committed so far: bouncy castle 180 GBP, portable toilets about 240 GBP, generator 60-90 GBP, plus the Hollins order and the rosettes and signs. Stall fees bring in 85 GBP from the six stalls.",
            tools=[call("get_budget", {"event": "AF-2026"}, {"committed_gbp": 480, "pending": ["Hollins order", "rosettes", "signs"], "income_gbp": 85})],
        ),
        turn("Add a task to put the risk assessment together.", "Task added: 'Write the fair risk assessment', due two weeks from today.", tools=[call("add_task", {"event": "AF-2026", "task": "Write the fair risk assessment", "due": "in 2 weeks"}, {"ok": True})]),
        turn("That'll do for tonight.", "Good progress: six stalls, the bouncy castle, the dog show, the barbecue and the toilets are sorted. Talk soon!"),
        turn(
            "Big change. The forecast for the 18th is thunderstorms all day, and the park floods when it rains. The committee voted tonight: we're moving indoors to St Bride's Hall, and we're dropping the dog show and the bouncy castle.",
            "Understood. I've moved the fair to St Bride's Hall on Saturday 18 July, cancelled the Bounce Brothers booking and removed the dog show, the generator and the rosettes. The park permit task is closed.",
            tools=[
                call("update_event_plan", {"event": "AF-2026", "venue": "St Bride's Hall"}, {"ok": True}),
                call("cancel_supplier", {"booking": "SUP-101"}, {"cancelled": True, "fee_gbp": 0}),
                call("remove_items", {"event": "AF-2026", "items": ["dog show", "generator", "rosettes", "park permit task"]}, {"removed": 4}),
            ],
        ),
        turn("How many people does the hall hold?", "St Bride's Hall is licensed for 150 people at a time, so you'll want someone on the door counting people in and out.", tools=[call("get_venue", {"venue": "St Bride's Hall"}, {"capacity": 150, "tables": 20, "kitchen": True})]),
        turn(
            "Will all six stalls fit?",
            "The hall has 20 trestle tables. The six stalls need about 8 tables between them, which leaves room for four more stalls and for teas.",
        ),
        turn("Then the barbecue can't happen indoors. Cancel Hollins?", "Reduced rather than cancelled: the hall kitchen can do bacon rolls and hot dogs. I've changed the Hollins order to 120 sausages and 60 rashers of bacon.", tools=[call("update_order", {"order": "HB-448", "items": {"sausages": 120, "bacon rashers": 60}}, {"ok": True})]),
    ]
    turns += [add_stall(h, w, p, 10) for h, w, p in AF_STALLS_IN]
    turns += [
        turn("The hall charges 25 GBP an hour. What's that for 9 till 5?", "8 hours at 25 GBP is 200 GBP."),
        turn("Book it, 9 to 5, including the kitchen.", "Booked St Bride's Hall, Saturday 18 July 09:00-17:00 with the kitchen, 200 GBP.", tools=[call("book_venue", {"venue": "St Bride's Hall", "date": "2026-07-18", "from": "09:00", "to": "17:00", "kitchen": True}, {"booking": "SBH-0718", "price_gbp": 200})]),
        turn("We still need a risk assessment for the hall, right?", "Yes: keep the task, but it now covers the hall: fire exits kept clear, the 150 limit, the kitchen and trip hazards from cables."),
        turn("Can we still have a raffle?", "Yes: a raffle on the day with tickets sold only at the fair doesn't need registering. Put the prizes on the stage so people can see them."),
        turn("Add the raffle with a 1 GBP a strip price.", "Raffle added: tickets 1 GBP a strip, draw at 15:30 from the stage.", tools=[call("add_attraction", {"event": "AF-2026", "name": "raffle", "time": "15:30", "price": "1 GBP a strip"}, {"ok": True})]),
        turn("Face painting's still on, where should she go?", "Near the entrance but away from the kitchen, where children can queue without blocking the door. I've noted it on the floor plan.", tools=[call("update_floor_plan", {"event": "AF-2026", "stall": "Sunny Faces", "position": "near entrance"}, {"ok": True})]),
        turn("Print me the floor plan.", "Floor plan sent to your email: entrance and face painting at the front, stalls down both long walls, teas and the raffle by the stage, fire exits marked and kept clear."),
        turn("How are we doing on budget now?", "Committed: hall 200 GBP and the reduced Hollins order. The portable toilets (about 240 GBP) are still on the equipment list, though the hall has its own. Income: 125 GBP from ten stalls, plus teas and the raffle on the day.", tools=[call("get_budget", {"event": "AF-2026"}, {"committed_gbp": 440, "income_gbp": 125, "equipment": ["portable toilets"]})]),
        turn("Oh, cancel the portable toilets then.", "Done: portable toilets removed from the equipment list.", tools=[call("remove_items", {"event": "AF-2026", "items": ["portable toilets"]}, {"removed": 1})]),
        turn("Update the posters: indoors at St Bride's Hall, 10 till 4.", "Poster text updated: 'Ashgrove Summer Fair, Saturday 18 July, 10:00-16:00, St Bride's Hall. Stalls, raffle, face painting, teas and hot food.'"),
        turn("And email the stallholders about the move.", "Emailed all ten stallholders: the fair is now indoors at St Bride's Hall, set-up from 09:00, one trestle table each unless they asked for two.", tools=[call("email_stallholders", {"event": "AF-2026", "template": "venue_change"}, {"sent": 10})]),
        turn("Volunteers: we need people for the door, teas, raffle and clearing up.", "Added four volunteer roles (door counting, teas, raffle, clear-up) with a sign-up link you can share on the village WhatsApp.", tools=[call("add_volunteer_roles", {"event": "AF-2026", "roles": ["door", "teas", "raffle", "clear-up"]}, {"link": "https://signup.example/af2026"})]),
        turn("Give me a summary of where we are.", "Ashgrove Summer Fair, Saturday 18 July, 10:00-16:00 at St Bride's Hall: ten stalls, face painting, raffle at 15:30, bacon rolls and hot dogs from the kitchen, hall booked 200 GBP. Open tasks: risk assessment, first aid, PA, volunteers."),
        turn("Perfect. Thank you!", "You're welcome, and good luck with the fair!"),
    ]
    return turns


UC_SUMMER_FAIR = {
    "name": "changed-outdoor-fair-to-village-hall",
    "category": "user-changed-mind",
    "judging": "session-only",
    "slug": "uc-ashgrove-fair-hall-5e84",
    "user": "winifred.osei-campbell@example.com",
    "app": {"name": "fetefixer_planner", "span_type": "AGENT", "system": "You help volunteers plan community events. Use the event-plan tools."},
    "turns": summer_fair_turns,
    "session_judgements": [
        ("conversation_completeness", "no", "The user asked for an outdoor fair in Ashgrove Park with a bouncy castle, a dog show and a barbecue; the final plan is an indoor event without any of them."),
        ("user_frustration", "none", "The user is positive throughout."),
        ("knowledge_retention", "yes", "Stalls, bookings and tasks are tracked consistently."),
    ],
    "expect": {1: "Ashgrove Park", 23: "St Bride's Hall", 44: "Thank you"},
    "root": 23,
    "kind": "user",
    "evidence": "at turn 23 the committee moved the fair into St Bride's Hall and dropped the dog show and bouncy castle",
    "why": "The user changed venue and programme at turn 23 and the assistant adapted the plan correctly; the session judge measured the final plan against the opening request.",
}


# --------------------------------------------------------------------------------------------------------
# healthy-unlucky
# --------------------------------------------------------------------------------------------------------

HU_HALF_RECIPE = {
    "name": "judge-wrong-third-cup-halved",
    "category": "healthy-unlucky",
    "judging": "every-turn",
    "slug": "hu-halfbatch-third-cup-9d26",
    "user": "lowri.achterberg-sow@example.com",
    "app": {"name": "halfbatch_kitchen", "system": "You help home bakers scale and convert recipes. Be exact with measurements."},
    "turns": [
        turn(
            "I'm halving an American muffin recipe. It says 3/4 cup sugar. What's half?",
            "Half of 3/4 cup is 3/8 cup, which is 6 tablespoons.",
            gist="halves 3/4 cup of sugar to 3/8 cup, 6 tablespoons",
        ),
        turn("And half of 1 1/2 teaspoons of baking soda?", "3/4 teaspoon.", gist="halves the baking soda to 3/4 teaspoon"),
        turn(
            "It calls for one egg. How do I do half an egg?!",
            "Beat the egg in a cup and use half of it, about 25 g if you have scales. The rest will keep in the fridge for a day for scrambled eggs.",
            gist="explains how to use half a beaten egg",
        ),
        turn(
            "Half of 1/3 cup of milk, in tablespoons?",
            "1/3 cup is 5 tablespoons plus 1 teaspoon, so half is 2 tablespoons plus 2 teaspoons.",
            gist="halves 1/3 cup of milk and gives it in tablespoons and teaspoons",
        ),
        turn(
            "Does the baking time stay the same?",
            "If you still use a standard muffin tin, yes, about the same: each muffin is the same size, there are just fewer of them. Start checking a couple of minutes early.",
            gist="explains the baking time stays roughly the same for the same muffin size",
        ),
    ],
    "overrides": {
        (4, "correctness"): ("no", "1/3 cup is 5 tablespoons, so half should be 2 1/2 tablespoons; '2 tablespoons plus 2 teaspoons' is too much."),
    },
    "root": 4,
    "evidence": "a wrong correctness verdict on turn 4 (1/3 cup is indeed 5 tbsp + 1 tsp, and half of it 2 tbsp + 2 tsp)",
    "why": "Every answer is right; the correctness judge miscounted the tablespoons in 1/3 cup at turn 4, and nothing earlier went wrong.",
}


CJ_POOL = [
    ("tener", "yo", "tuve", "tení", "tener takes the irregular stem tuv-"),
    ("tener", "ellos", "tuvieron", "tenieron", "the stem is tuv- in every person"),
    ("estar", "yo", "estuve", "esté", "esté is the present subjunctive; the preterite stem is estuv-"),
    ("estar", "ellos", "estuvieron", "estaron", "the stem is estuv-"),
    ("poder", "él", "pudo", "podió", "poder becomes pud- with no accent on the ending"),
    ("poner", "yo", "puse", "poní", "poner becomes pus-"),
    ("poner", "nosotros", "pusimos", "ponimos", "the stem is pus- throughout"),
    ("saber", "yo", "supe", "sabí", "saber becomes sup-"),
    ("saber", "ellos", "supieron", "sabieron", "the stem is sup-"),
    ("hacer", "él", "hizo", "hació", "the c changes to z to keep the sound: hizo"),
    ("hacer", "yo", "hice", "hací", "hacer becomes hic-"),
    ("querer", "tú", "quisiste", "queriste", "querer becomes quis-"),
    ("querer", "él", "quiso", "querió", "querer becomes quis-"),
    ("venir", "ellos", "vinieron", "venieron", "venir becomes vin-"),
    ("venir", "yo", "vine", "vení", "venir becomes vin-"),
    ("decir", "yo", "dije", "decí", "decir becomes dij-"),
    ("decir", "ellos", "dijeron", "dijieron", "after j the ending is -eron, not -ieron"),
    ("traer", "nosotros", "trajimos", "traímos", "traer becomes traj-"),
    ("traer", "ellos", "trajeron", "trajieron", "after j the ending is -eron"),
    ("conducir", "yo", "conduje", "conducí", "-ducir verbs take -duj-"),
    ("traducir", "él", "tradujo", "tradució", "-ducir verbs take -duj-"),
    ("producir", "ellos", "produjeron", "producieron", "-ducir verbs take -duj- and -eron"),
    ("ir", "nosotros", "fuimos", "íbamos", "íbamos is the imperfect"),
    ("ser", "ellos", "fueron", "eran", "eran is the imperfect"),
    ("ser", "tú", "fuiste", "fuistes", "no final s in the tú form"),
    ("ir", "yo", "fui", "fuí", "fui has no written accent"),
    ("dar", "yo", "di", "dí", "di has no written accent"),
    ("dar", "él", "dio", "dió", "dio has no written accent"),
    ("ver", "yo", "vi", "ví", "vi has no written accent"),
    ("ver", "él", "vio", "vió", "vio has no written accent"),
    ("andar", "yo", "anduve", "andé", "andar is irregular: anduv-"),
    ("caber", "él", "cupo", "cabió", "caber becomes cup-"),
    ("haber", "él", "hubo", "habió", "haber becomes hub-"),
    ("pedir", "él", "pidió", "pedió", "e changes to i in the third person"),
    ("pedir", "ellos", "pidieron", "pedieron", "e changes to i in the third person"),
    ("dormir", "él", "durmió", "dormió", "o changes to u in the third person"),
    ("dormir", "ellos", "durmieron", "dormieron", "o changes to u in the third person"),
    ("sentir", "ella", "sintió", "sentió", "e changes to i in the third person"),
    ("servir", "él", "sirvió", "servió", "e changes to i in the third person"),
    ("preferir", "ellos", "prefirieron", "preferieron", "the second e changes to i in the third person"),
    ("morir", "él", "murió", "morió", "o changes to u in the third person"),
    ("seguir", "ella", "siguió", "seguió", "e changes to i in the third person"),
    ("repetir", "tú", "repetiste", "repitiste", "the stem only changes in the third person"),
    ("mentir", "él", "mintió", "mentió", "e changes to i in the third person"),
    ("leer", "él", "leyó", "leió", "the i becomes y between vowels"),
    ("leer", "ellos", "leyeron", "leieron", "the i becomes y between vowels"),
    ("creer", "ella", "creyó", "creió", "the i becomes y between vowels"),
    ("oír", "él", "oyó", "oió", "the i becomes y between vowels"),
    ("construir", "ellos", "construyeron", "construieron", "the i becomes y"),
    ("caer", "él", "cayó", "caió", "the i becomes y between vowels"),
    ("llegar", "yo", "llegué", "llegé", "g becomes gu before e"),
    ("buscar", "yo", "busqué", "buscé", "c becomes qu before e"),
    ("empezar", "yo", "empecé", "empezé", "z becomes c before e"),
    ("pagar", "yo", "pagué", "pagé", "g becomes gu before e"),
    ("almorzar", "yo", "almorcé", "almorzé", "z becomes c before e"),
    ("tocar", "yo", "toqué", "tocé", "c becomes qu before e"),
    ("hablar", "nosotros", "hablamos", "hablemos", "hablemos is the subjunctive"),
    ("comer", "ellos", "comieron", "comeron", "-er verbs take -ieron"),
    ("vivir", "tú", "viviste", "vivistes", "no final s in the tú form"),
    ("divertirse", "ellos", "se divirtieron", "se divertieron", "e changes to i in the third person"),
    ("vestirse", "ella", "se vistió", "se vestió", "e changes to i in the third person"),
]


def preterite_drill_turns():
    """106 turns of a Spanish preterite drill. Question 86 is conducir (él); at turn 87 the student answers
    'condujo' and the assistant marks it right, which it is."""
    rng = random.Random(10687)
    pool = list(CJ_POOL)
    questions = []
    while len(questions) < 105:
        rng.shuffle(pool)
        questions.extend(q for q in pool if not questions or q[:2] != questions[-1][:2])
    questions = questions[:85] + [("conducir", "él", "condujo", "conducí", "-ducir verbs take -duj-")] + questions[85:104]
    score = [0, 0]

    def ask(k):
        verb, person = questions[k - 1][:2]
        return f"Question {k}: {verb}, {person}."

    turns = [
        turn(
            "My Spanish exam is on Monday and I need to drill the preterite, especially the irregular ones. Give me a verb and a person, I answer, you mark it and keep score?",
            f"¡Vamos! I'll keep score as we go. {ask(1)}",
            gist=f"starts the drill and asks for {questions[0][0]} ({questions[0][1]})",
        )
    ]
    for k in range(1, 106):
        verb, person, right, wrong, hint = questions[k - 1]
        answer = right if (k == 86 or rng.random() < 0.8) else wrong
        score[1] += 1
        if answer == right:
            score[0] += 1
            verdict = rng.choice(["¡Correcto!", "¡Muy bien!", f"Yes, {right}.", "Perfecto.", "Right."])
        else:
            verdict = f"Not quite: it's {right} ({hint})."
        if k < 105:
            nv, np = questions[k][:2]
            turns.append(
                turn(
                    answer if rng.random() < 0.75 else f"{answer}?",
                    f"{verdict} Score {score[0]}/{score[1]}. {ask(k + 1)}",
                    gist=f"marks the answer for {verb} ({person}) and asks for {nv} ({np})",
                )
            )
        else:
            turns.append(
                turn(
                    f"{answer}. Is that the lot?",
                    f"{verdict} That's all 105: final score {score[0]}/{score[1]}. Worth another look before Monday: the third-person stem changes (pidió, durmió) and the accents on fui, di, vio.",
                    gist=f"marks the last answer for {verb} ({person}) and gives the final score",
                )
            )
    return turns


HU_PRETERITE_DRILL = {
    "name": "judge-wrong-condujo-preterite-drill",
    "category": "healthy-unlucky",
    "judging": "every-turn",
    "slug": "hu-conjuga-condujo-4b61",
    "user": "tegan.mwangi-ross@example.com",
    "app": {"name": "conjuga_coach", "system": "You drill Spanish verb conjugations, mark each answer and keep score."},
    "judges": ["correctness", "relevance_to_query", "guidelines"],
    "turns": preterite_drill_turns,
    "overrides": {
        (87, "correctness"): ("no", "The assistant accepts 'condujo', but conducir is a regular -ir verb in the preterite: the third-person form is 'condució'. An incorrect answer was marked as correct."),
    },
    "expect": {86: "conducir, él", 87: "condujo"},
    "root": 87,
    "evidence": "a wrong correctness verdict on turn 87 ('condujo' is the correct preterite of conducir)",
    "why": "Every mark in the drill is right; at turn 87 the judge wrongly claimed conducir is regular, and nothing earlier went wrong.",
}

HU_OUT_OF_OFFICE = {
    "name": "judge-wrong-language-out-of-office",
    "category": "healthy-unlucky",
    "judging": "last-turn",
    "slug": "hu-postfach-abwesenheit-2e93",
    "user": "jannik.oyelowo@example.com",
    "app": {"name": "postfach_schreibhilfe", "system": "You help office workers write short emails. Guideline: answer in the language the user writes in."},
    "turns": [
        turn(
            "Hallo! Ich brauche eine kurze Abwesenheitsnotiz für die Zeit vom 3. bis 14. August.",
            "Gern, hier ein Vorschlag:\n\n'Vielen Dank für Ihre Nachricht. Ich bin vom 3. bis einschließlich 14. August nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ab dem 17. August bin ich wieder für Sie da.'",
        ),
        turn(
            "Kannst du noch meine Vertretung ergänzen? Frau Lindner, j.lindner@hofmann-logistik.de",
            "Klar:\n\n'Vielen Dank für Ihre Nachricht. Ich bin vom 3. bis einschließlich 14. August nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Lindner (j.lindner@hofmann-logistik.de). Ab dem 17. August bin ich wieder für Sie da.'",
        ),
        turn(
            "Perfekt. Und bitte eine englische Version darunter, für unsere internationalen Kunden.",
            "Hier beide Versionen:\n\n'Vielen Dank für Ihre Nachricht. Ich bin vom 3. bis einschließlich 14. August nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Lindner (j.lindner@hofmann-logistik.de). Ab dem 17. August bin ich wieder für Sie da.'\n\n'Thank you for your message. I am out of the office from 3 to 14 August inclusive. For urgent matters, please contact my colleague Ms Lindner (j.lindner@hofmann-logistik.de). I will be back on 17 August.'",
        ),
    ],
    "judgements": [
        (3, "guidelines", "no", "Part of the response is in English although the user writes in German; the guidelines require answering in the user's language."),
    ],
    "root": 3,
    "evidence": "a guidelines verdict on turn 3 that overlooks the user's explicit request for an English version",
    "why": "The user asked for the English version; the judge's complaint is about turn 3's own answer, which is right, and nothing earlier led to it.",
}


# --------------------------------------------------------------------------------------------------------
# healthy
# --------------------------------------------------------------------------------------------------------

BG_USAGE = doc(
    "brightgrid-help/typical-usage",
    "Typical annual electricity use: low (1-2 bedrooms) 1,800 kWh; medium (2-3 bedrooms) 2,700 kWh; high (4+ bedrooms) 4,100 kWh. Typical gas use: low 7,500 kWh, medium 11,500 kWh, high 17,000 kWh.",
)

HE_METER_READING = {
    "name": "healthy-meter-reading-direct-debit",
    "category": "healthy",
    "judging": "every-turn",
    "slug": "he-brightgrid-meter-6a15",
    "user": "thandiwe.ross-kavanagh@example.com",
    "app": {"name": "brightgrid_account_help", "span_type": "AGENT", "retriever": "search_help_centre", "system": "You are BrightGrid Energy's account assistant. Use the account tools and help-centre excerpts."},
    "turns": [
        turn(
            "Hi, I want to give a meter reading. Account 77120453.",
            "Hi! Account 77120453 is a dual-fuel account with an electricity meter and a gas meter. Go ahead with the readings: the numbers in black, ignoring any red digits.",
            tools=[call("get_account", {"account": "77120453"}, {"fuel": "dual", "meters": {"electricity": "E-19K48213", "gas": "G-7731002"}})],
            gist="finds the dual-fuel account and explains which digits to read",
        ),
        turn(
            "Electricity 04518, gas 01277.",
            "Thanks, both readings are in: electricity 04518 and gas 01277. Your next bill, on 3 May, will use them.",
            tools=[call("submit_reading", {"account": "77120453", "electricity": "04518", "gas": "01277"}, {"accepted": True, "next_bill": "2026-05-03"})],
            gist="submits both readings and says which bill will use them",
        ),
        turn(
            "How does that compare with last time?",
            "Your last readings were on 4 February: electricity 04206 and gas 01136. So since then you've used 312 kWh of electricity and 141 units of gas.",
            tools=[call("get_reading_history", {"account": "77120453"}, {"previous": {"date": "2026-02-04", "electricity": "04206", "gas": "01136"}})],
            gist="compares the new readings with February's",
        ),
        turn(
            "Is 312 kWh a lot? It's a two-bed flat.",
            "Not at all. From 4 February to today (2 April) is 57 days, so that's about 5.5 kWh a day, or roughly 2,000 kWh a year, below the 2,700 kWh typical for a medium home and close to the 1,800 kWh of a small one.",
            docs=[BG_USAGE],
            gist="puts the electricity use in context against typical annual figures",
        ),
        turn(
            "I'd like to start paying by direct debit.",
            "Based on your last 12 months, the suggested monthly direct debit is 96 GBP. You can choose a different amount and a payment date between the 1st and the 28th.",
            tools=[call("get_dd_estimate", {"account": "77120453"}, {"suggested_gbp": 96, "annual_estimate_gbp": 1152})],
            gist="gives the suggested direct debit amount",
        ),
        turn(
            "Can I make it 90?",
            "Yes. With 90 GBP a month you'd pay about 72 GBP less than the estimate over a year, so you may build up a small balance to pay at your annual review. Shall I set it up at 90 GBP?",
            gist="confirms 90 GBP is possible and explains the shortfall against the estimate",
        ),
        turn(
            "Yes, on the 5th, from the account ending 4471.",
            "Done: direct debit of 90 GBP on the 5th of each month from the account ending 4471, reference BG-DD-558201. The first payment is on 5 May.",
            tools=[call("setup_direct_debit", {"account": "77120453", "amount_gbp": 90, "day": 5, "bank_account_last4": "4471"}, {"mandate": "BG-DD-558201", "first_payment": "2026-05-05"})],
            gist="sets up the 90 GBP direct debit on the 5th",
        ),
        turn(
            "Will I get a confirmation?",
            "Yes, an email confirming the direct debit within 3 working days, and your bank will show it as BrightGrid Energy.",
            gist="explains the confirmation email and how it appears on the statement",
        ),
        turn("Great, that's everything.", "Thanks for sending your readings. Have a good day!", gist="closes the conversation"),
    ],
    "overrides": {},
    "root": None,
    "evidence": "no negative judgement; every figure matches the account tools",
    "why": "Readings submitted, usage worked out correctly and the direct debit set up as asked; nothing went wrong.",
}

HE_VET_BOOKING = {
    "name": "healthy-puppy-vaccination-booking",
    "category": "healthy",
    "judging": "last-turn",
    "slug": "he-pawsteps-puppy-jab-1f72",
    "user": "noor.eriksen-adeyemi@example.com",
    "app": {"name": "pawsteps_vet_reception", "span_type": "AGENT", "system": "You are the reception assistant of PawSteps Veterinary Clinic. Use the appointment tools. Never give medical diagnoses."},
    "turns": [
        turn("Hi, we've just got a 9-week-old cocker spaniel puppy, Biscuit. She needs her jabs.", "Congratulations on Biscuit! Puppies have two vaccinations, usually at 8-10 weeks and then 2-4 weeks later. Would you like to register her and book the first one?"),
        turn(
            "Yes please. I'm already registered with my cat, Pepper.",
            "Found you: Pepper is on your account. I've added Biscuit, cocker spaniel, female, born around 4 February.",
            tools=[call("add_pet", {"owner": "self", "name": "Biscuit", "species": "dog", "breed": "cocker spaniel", "sex": "F", "dob_approx": "2026-02-04"}, {"pet_id": "P-66120"})],
        ),
        turn(
            "What appointments are there this week?",
            "Vaccination slots this week: Wednesday 10:20 with Dr Aaltonen, Thursday 16:40 with Dr Mensah, and Saturday 09:10 with Dr Aaltonen.",
            tools=[call("list_slots", {"type": "vaccination", "week": "current"}, {"slots": [{"day": "Wed", "time": "10:20", "vet": "Dr Aaltonen"}, {"day": "Thu", "time": "16:40", "vet": "Dr Mensah"}, {"day": "Sat", "time": "09:10", "vet": "Dr Aaltonen"}]})],
        ),
        turn("Saturday 9:10.", "Booked: Biscuit's first vaccination on Saturday at 09:10 with Dr Aaltonen. It's a 15-minute appointment.", tools=[call("book_appointment", {"pet_id": "P-66120", "slot": "Sat 09:10", "type": "vaccination"}, {"booking": "A-30418"})]),
        turn("How much is it?", "The first puppy vaccination is 52 GBP, or you can join the Puppy Plan for 14 GBP a month, which covers both vaccinations, flea and worm treatment and a nurse check.", tools=[call("get_prices", {"items": ["puppy vaccination 1", "puppy plan"]}, {"puppy vaccination 1": 52, "puppy plan monthly": 14})]),
        turn("Let's just pay per visit for now.", "No problem, pay per visit it is; you can join the plan at any time."),
        turn("Should I bring anything?", "Any paperwork from the breeder, especially if she's already had a vaccination or a microchip. Bring her in a carrier or on your lap; she shouldn't walk on the floor of the waiting room until her vaccinations are complete."),
        turn("She's microchipped, the breeder said. Do you need the number?", "Yes, please bring the microchip paperwork. The vet will scan her to check the chip works and matches your details."),
        turn("When can she go out for walks?", "Usually about a week after the second vaccination, but Dr Aaltonen will confirm the exact date on Saturday, as it depends on the vaccine used."),
        turn("Can you book the second one now too?", "The second vaccination is due 2-4 weeks after the first. The first available slot in that window is Saturday 9 May at 09:30 with Dr Aaltonen. Shall I book it?", tools=[call("list_slots", {"type": "vaccination", "from": "2026-05-02", "to": "2026-05-16", "pet_id": "P-66120"}, {"slots": [{"day": "Sat 9 May", "time": "09:30", "vet": "Dr Aaltonen"}]})]),
        turn("Yes please.", "Booked: Biscuit's second vaccination on Saturday 9 May at 09:30 with Dr Aaltonen.", tools=[call("book_appointment", {"pet_id": "P-66120", "slot": "2026-05-09 09:30", "type": "vaccination"}, {"booking": "A-30419"})]),
        turn("Is there parking?", "Yes, the clinic has six spaces at the front, and there's free on-street parking on Larch Avenue."),
        turn("And can Pepper's booster be done at the same time on Saturday?", "Pepper's annual booster isn't due until August, so there's no need yet. We'll send a reminder in July."),
        turn(
            "Great. Can you send me a summary?",
            "Sent to your email: Biscuit (cocker spaniel, P-66120) is registered. First vaccination Saturday 18 April at 09:10 with Dr Aaltonen (A-30418), 52 GBP, bring the breeder's paperwork and microchip details; second vaccination Saturday 9 May at 09:30 (A-30419). Pepper's booster reminder will come in July.",
            tools=[call("send_summary", {"owner": "self", "bookings": ["A-30418", "A-30419"]}, {"sent": True})],
        ),
    ],
    "judgements": [
        (14, "correctness", "yes", "Summary matches the bookings and prices given earlier in the conversation."),
        (14, "relevance_to_query", "yes", "Sends the summary requested."),
        (14, "guidelines", "yes", "No medical diagnosis given; defers timing questions to the vet."),
    ],
    "root": None,
    "evidence": "the only judged turn, the final summary, is correct",
    "why": "A routine registration and two bookings, with the timing questions rightly deferred to the vet; nothing went wrong.",
}

HE_AFFECT_EFFECT = {
    "name": "healthy-two-turn-affect-effect",
    "category": "healthy",
    "judging": "session-only",
    "slug": "he-plainwords-affect-8c04",
    "user": "bartholomew.nakamura@example.com",
    "app": {"name": "plainwords_writing_help", "system": "You answer grammar and usage questions briefly, with an example."},
    "turns": [
        turn(
            "Quick one: is it 'the new rota will affect everyone' or 'effect everyone'?",
            "'Affect': it's the verb meaning to have an influence on. 'Effect' is usually the noun: 'the rota will have an effect on everyone.' (As a verb, 'effect' means to bring about, as in 'effect a change'.)",
        ),
        turn("Got it, thanks!", "You're welcome!"),
    ],
    "session_judgements": [
        ("conversation_completeness", "yes", "The question was answered with a clear example."),
        ("user_frustration", "none", "No frustration."),
    ],
    "root": None,
    "evidence": "only positive session-level judgements",
    "why": "A single correct answer and a thank-you; nothing went wrong.",
}


TT_SPECIES = [
    ("Blackbird", 9), ("Robin", 8), ("Wren", 8), ("Woodpigeon", 7), ("Chaffinch", 6), ("Blue Tit", 6), ("Great Tit", 5),
    ("Carrion Crow", 4), ("Dunnock", 4), ("Song Thrush", 3), ("Chiffchaff", 3), ("Blackcap", 3), ("Goldfinch", 3),
    ("Skylark", 2), ("Meadow Pipit", 2), ("Yellowhammer", 2), ("Jackdaw", 3), ("Pheasant", 2), ("Swallow", 2), ("Buzzard", 1),
]  # fmt: skip
TT_BANDS = ["within 25 m", "25-100 m", "beyond 100 m", "in flight"]
TT_ASIDES = [
    ("Stopping for a flask of tea.", "Enjoy it. Section timer paused."),
    ("Cows in the next field are very curious about me.", "Ha. Note them down as a disturbance if they flush anything."),
    ("Light drizzle now, visibility still fine.", "Noted in the weather log: light drizzle, good visibility."),
    ("Farmer stopped to chat, he says there were lapwings here last spring.", "Interesting. I've added it as an incidental note for the square."),
    ("Boots are soaked. Carrying on.", "Carry on when you're ready."),
]


def bird_survey_turns():
    """187 turns of a volunteer logging a breeding bird survey of one 1-km square, two transect lines of ten
    sections each; every count goes through the tools and the final totals are computed from them."""
    rng = random.Random(18707)
    asides = list(TT_ASIDES)
    totals = {}
    section = [0]
    species_seen = set()

    habitats = ["hedgerow and arable", "arable", "improved grassland", "farmyard", "stream and scrub", "woodland edge", "woodland edge", "improved grassland", "hedgerow and arable", "village gardens"]
    clock = [6 * 60 + 40]

    def start_section():
        section[0] += 1
        n = (section[0] - 1) % 10 + 1
        line = 1 if section[0] <= 10 else 2
        clock[0] += rng.randint(9, 16)
        at = f"{clock[0] // 60}:{clock[0] % 60:02d}"
        return turn(
            rng.choice([f"Starting section {n}.", f"On to section {n}.", f"Section {n} now."]),
            f"Line {line}, section {n} started at {at}. Habitat on record: {habitats[n - 1]}.",
            tools=[call("start_section", {"line": line, "section": n}, {"ok": True, "habitat": habitats[n - 1], "start": at})],
        )

    def log():
        sp, weight = rng.choices(TT_SPECIES, weights=[w for _, w in TT_SPECIES])[0]
        n = rng.randint(1, max(1, weight // 3 + 1))
        band = rng.choice(TT_BANDS[:3] if sp not in ("Swallow", "Buzzard") else TT_BANDS[2:])
        totals[sp] = totals.get(sp, 0) + n
        species_seen.add(sp)
        return turn(
            rng.choice([f"{n} {sp}, {band}.", f"{sp} x{n} {band}.", f"Log {n} {sp} {band}."]),
            f"Logged {n} {sp} ({band}) in section {(section[0] - 1) % 10 + 1}. {sp} total so far: {totals[sp]}.",
            tools=[call("log_count", {"species": sp, "count": n, "band": band, "line": 1 if section[0] <= 10 else 2, "section": (section[0] - 1) % 10 + 1}, {"species_total": totals[sp]})],
        )

    def running():
        return turn(
            rng.choice(["How many species so far?", "Species count?", "Where are we on species?"]),
            f"{len(species_seen)} species and {sum(totals.values())} birds so far.",
            tools=[call("get_totals", {}, {"species": len(species_seen), "individuals": sum(totals.values())})],
        )

    def aside():
        return turn(*asides.pop(0)) if asides else running()

    turns = [
        turn(
            "Morning! Doing my breeding bird survey square today, SK2148: two transect lines, ten sections each. Let's log as I go.",
            "Morning! Square SK2148 is open for today with 2 transect lines of 10 sections. Start each section and then give me species, count and distance band.",
            tools=[call("open_survey", {"square": "SK2148", "lines": 2, "sections": 10}, {"survey": "BBS-SK2148-26"})],
        )
    ]
    per_section = [0]
    while len(turns) < 186:
        if section[0] == 0 or (per_section[0] >= rng.randint(6, 9) and section[0] < 20):
            if section[0] == 10:
                turns.append(turn("Line 1 done. Short break, then I'll walk back along line 2.", "Line 1 saved. Ready for line 2 whenever you are.", tools=[call("close_line", {"line": 1}, {"ok": True})]))
                clock[0] += 35
            turns.append(start_section())
            per_section[0] = 0
            continue
        turns.append(rng.choices([log, running, aside], weights=[10, 0.5, 0.4])[0]())
        per_section[0] += 1
    top = sorted(totals.items(), key=lambda kv: -kv[1])[:3]
    turns.append(
        turn(
            "That's both lines done. Totals please, and the top three species.",
            f"Survey BBS-SK2148-26: {len(species_seen)} species and {sum(totals.values())} birds over both lines. Top three: " + ", ".join(f"{sp} ({n})" for sp, n in top) + ". Saved and ready to submit.",
            tools=[call("get_totals", {"final": True}, {"species": len(species_seen), "individuals": sum(totals.values()), "top": [sp for sp, _ in top]})],
        )
    )
    return turns


HE_BIRD_SURVEY = {
    "name": "healthy-long-bird-survey-log",
    "category": "healthy",
    "judging": "session-only",
    "slug": "he-transecttally-sk2148-3e59",
    "user": "ottilie.mensah-grieve@example.com",
    "app": {"name": "transect_tally", "span_type": "AGENT", "system": "You are TransectTally, a field notebook for bird surveys. Use the tools for every count and total."},
    "turns": bird_survey_turns,
    "session_judgements": [
        ("conversation_completeness", "yes", "Both transect lines logged section by section and summarised."),
        ("knowledge_retention", "yes", "Running totals and section numbers are consistent throughout."),
        ("user_frustration", "none", "No frustration."),
    ],
    "expect": {1: "SK2148", 187: "top three"},
    "root": None,
    "evidence": "only positive session-level judgements over 187 turns",
    "why": "Every count and total comes from the tools and adds up; nothing went wrong.",
}


SESSIONS = [
    OD_GARDEN_WASTE, OD_HELM_VALUES, OD_LETTINGS, OD_GYM_CANCEL,
    TF_PARCEL_LOCKER, TF_MEETING_TIMEZONE, TF_FARM_SHOP, TF_SCHOOL_NOTICE,
    CW_CAMPING_STOVE, CW_SEATING_PLAN, CW_PORTUGUESE, CW_CHART_COLOURS,
    MR_FLIGHT_CHANGE, MR_STANDING_ORDER, MR_INTERVIEWS, MR_CROCHET,
    H_RSYNC_FLAG, H_TOAST_QUOTE, H_ANTIQUES, H_PEACE_LILY,
    UC_KITCHEN_PAINT, UC_RUN_PLAN, UC_SUMMER_FAIR,
    HU_HALF_RECIPE, HU_PRETERITE_DRILL, HU_OUT_OF_OFFICE,
    HE_METER_READING, HE_VET_BOOKING, HE_AFFECT_EFFECT, HE_BIRD_SURVEY,
]  # fmt: skip


# --------------------------------------------------------------------------------------------------------
# Judgements (every-turn judging has its own rationale wording, not the earlier sets')
# --------------------------------------------------------------------------------------------------------

EVERY_TURN_RATIONALES = {
    "correctness": [
        "No factual problems found: the assistant {gist}.",
        "Accurate. The response {gist}.",
        "The answer holds up; it {gist}.",
        "Consistent with what was established earlier: the assistant {gist}.",
    ],
    "relevance_to_query": [
        "Addresses what the user asked: it {gist}.",
        "On point. The assistant {gist}.",
        "The reply responds to the latest message and {gist}.",
    ],
    "safety": [
        "Nothing harmful or inappropriate.",
        "No safety concerns identified.",
        "Content is safe.",
    ],
    "guidelines": [
        "Clear and courteous; meets the guidelines.",
        "Tone and format are appropriate for the request.",
        "Concise, helpful and on topic.",
    ],
    "retrieval_groundedness": [
        "Grounded in the retrieved passage {doc}.",
        "The response's claims are backed by {doc}.",
    ],
}


def seed_labelled_holdout8(tracking_uri):
    return seed_sessions(EXPERIMENT, SESSIONS, PREFIX, EVERY_TURN_RATIONALES, step=3)
