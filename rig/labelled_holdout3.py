"""A third held-out labelled set of chat sessions, for measuring root-cause detection, never for tuning it.

It was written after the labelling rules were changed on the three earlier sets (labelled.py,
labelled_holdout.py, labelled_holdout2.py), so none of its sessions has ever been looked at while a detector
was being tuned. Same format and labelling rules as labelled.py (read its docstring): one trace per turn with
retriever, tool and chat-model spans; judgements logged afterwards as MLflow's judges log them, session-level
ones on the session's first trace. `rootCauseTurn` is 1-based and is the turn where things first went wrong,
as a careful engineer reading the transcript would mark it:

- outdated-document, tool-failure, misread-request, hallucination: the first turn whose answer carries the
  wrong document, the failed or wrong tool result, the misreading or the invented fact (kind "model");
- context-window: the first turn whose model input no longer holds the message with the user's constraint,
  whether or not the answer at that turn already shows it (`constraintTurn` is the turn of that message);
- user-changed-mind: the turn where the user changed the request (kind "user");
- healthy-unlucky: the judged turn itself (a one-off slip, or a judge that is wrong about that turn);
- healthy: None.

The domains, users, applications, wording and judge rationales are new (none is shared with the earlier
sets), and the labels were written from the conversations alone, without looking at any detection algorithm.
Session ids are prefixed `holdout3-` so all the sets can live on one server.
"""

import random

from labelled import call, doc, seed_sessions, turn

EXPERIMENT = "Labelled root causes, held out 3 (Session Lens)"
PREFIX = "holdout3-"


# --------------------------------------------------------------------------------------------------------
# outdated-document
# --------------------------------------------------------------------------------------------------------

UK_ID = doc("uk-border/documents", "UK border: EU nationals must travel on a passport. National identity cards are accepted only from holders of EU Settlement Scheme status.")
UK_2023 = doc(
    "entry-uk@2023",
    "United Kingdom, visitors (updated 2023): EU, EEA and Swiss nationals can visit the UK for up to 6 months without a visa. The passport must be valid for the whole stay.",
)
UK_2025 = doc(
    "entry-uk@2025",
    "United Kingdom, visitors (from 2 April 2025): EU, EEA and Swiss nationals need an Electronic Travel Authorisation (ETA) before travelling, even for short visits. Apply in the UK ETA app; it costs 16 GBP and a decision usually takes up to 3 working days. Airlines check for an ETA at check-in. The passport must be valid for the whole stay.",
)

OD_UK_ETA = {
    "name": "outdated-entry-rules-uk-eta",
    "category": "outdated-document",
    "judging": "every-turn",
    "slug": "od-uk-eta-3a9f",
    "user": "henrike.vogt@example.com",
    "app": {
        "name": "wayfarer_entry_checker",
        "span_type": "AGENT",
        "retriever": "search_entry_rules",
        "system": "You are Wayfarer's travel-document assistant. Answer from the entry-requirement excerpts provided.",
    },
    "turns": [
        turn(
            "Hi! I'm German and I'm flying Hamburg to Edinburgh on 19 September for a friend's wedding, back on the 23rd. What do I need to get in?",
            "Hi! For a short visit to the UK you'll need your passport: German national ID cards aren't accepted at the UK border unless you have EU Settlement Scheme status.",
            docs=[UK_ID],
            gist="explains that a passport is needed and the national ID card will not be accepted",
        ),
        turn(
            "Do I need a visa or anything like that?",
            "No, nothing else: EU citizens can visit the UK for up to 6 months without a visa, so with your passport you're all set for the wedding.",
            docs=[UK_2023, UK_2025],
            gist="answers whether a visa or similar permission is needed",
        ),
        turn(
            "My passport expires next March, is that a problem?",
            "No, the UK only needs your passport to be valid for the whole of your stay, so a March expiry is fine for 19 to 23 September.",
            docs=[UK_2023],
            gist="confirms the passport validity is sufficient for the stay",
        ),
        turn(
            "Great. Anything else I should sort out before I fly?",
            "Nothing official: EU visitors don't have to apply for anything in advance. Just pack your passport, and a UK plug adapter (type G) for your phone charger.",
            docs=[UK_2023],
            gist="lists what to sort out before the flight",
        ),
        turn(
            "I'm at check-in in Hamburg and the airline says I can't board without an 'ETA'. What is that?? You said nothing was needed.",
            "I'm sorry for the stress. Visits to the UK of up to 6 months are visa-free for EU citizens, so you shouldn't need any extra document. Please ask the agent to check again, or ask for a supervisor.",
            docs=[UK_2025, UK_2023],
            gist="responds to the airline refusing boarding without an ETA",
        ),
        turn(
            "They're adamant. Can I get one right now?",
            "If the airline insists, you can apply in the UK ETA app for 16 GBP. Decisions can take up to 3 working days, so it may not arrive in time for today's flight; ask the airline about rebooking.",
            docs=[UK_2025],
            gist="explains how to apply for an ETA and warns it may not arrive in time",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("yes", "Correct that EU citizens do not need a visa for a short visit to the UK."),
        (2, "retrieval_groundedness"): ("yes", "The 6-month visa-free rule is stated in entry-uk@2023."),
        (4, "correctness"): ("no", "Claims EU visitors need nothing in advance; an Electronic Travel Authorisation has been required since April 2025."),
        (5, "correctness"): ("no", "The airline is right to ask for an ETA; the response tells the traveller that no extra document is needed and to escalate."),
        (5, "retrieval_groundedness"): ("no", "entry-uk@2025 was retrieved and states that an ETA is required and checked at check-in; the answer contradicts it."),
        (6, "guidelines"): ("no", "'If the airline insists' hedges instead of clearly correcting the earlier advice."),
    },
    "root": 2,
    "evidence": "the superseded page entry-uk@2023 (visa-free, nothing to apply for) instead of entry-uk@2025 (ETA required since 2 April 2025)",
    "why": "At turn 2 the retriever ranked entry-uk@2023 first and the assistant said nothing beyond a passport was needed; turns 4 and 5 repeat it in other words and the traveller is stopped at check-in. The correctness judge missed it at turn 2 and only caught it at turn 4.",
}

LOAN_START = doc("plan2/when-you-repay", "You start repaying the April after you leave your course, through your employer's payroll, in any pay period where your income is over the threshold.")
LOAN_INTEREST = doc("plan2/interest", "Plan 2 interest: RPI + 3% while studying; after you leave, RPI if your income is at or below the lower threshold, rising on a sliding scale to RPI + 3% at the upper threshold.")
LOAN_2024 = doc("plan2/thresholds-2024-25", "Plan 2 (tax year 2024-25): you repay 9% of your income over 27,295 GBP a year (2,274 GBP a month, 524 GBP a week).")
LOAN_2026 = doc("plan2/thresholds-2026-27", "Plan 2 (tax year 6 April 2026 to 5 April 2027): you repay 9% of your income over 29,385 GBP a year (2,448 GBP a month, 565 GBP a week).")
LOAN_WRITEOFF = doc("plan2/write-off", "Plan 2 loans are written off 30 years after the April you were first due to repay.")

OD_STUDENT_LOAN = {
    "name": "outdated-threshold-student-loan",
    "category": "outdated-document",
    "judging": "last-turn",
    "slug": "od-plan2-threshold-8e04",
    "user": "callum.breslin@example.com",
    "app": {"name": "repaywise_chat", "retriever": "search_loan_guidance", "system": "You explain UK student loan repayments for RepayWise users. Answer from the guidance excerpts."},
    "turns": [
        turn(
            "Hi, I finished my degree last summer and started my first job in May 2026. I'm on Plan 2. When do repayments start?",
            "Repayments start the April after you leave your course, so from April 2026. Since you started work in May, they come out through payroll in any month you earn over the threshold.",
            docs=[LOAN_START],
        ),
        turn(
            "What about the interest?",
            "Interest is linked to RPI. Now that you've left, it depends on your income: RPI at or below the lower threshold, rising on a sliding scale to RPI + 3% at the upper threshold.",
            docs=[LOAN_INTEREST],
        ),
        turn(
            "My salary is 31,000. How much will come off each month?",
            "You repay 9% of what you earn over 27,295 GBP a year. 31,000 − 27,295 = 3,705 GBP, and 9% of that is about 333 GBP a year, so roughly 28 GBP a month.",
            docs=[LOAN_2024, LOAN_2026],
        ),
        turn(
            "My first payslip shows only 12 GBP of student loan deducted. Is payroll wrong?",
            "It looks low. Your monthly pay is about 2,583 GBP and the monthly threshold is 2,274 GBP, so you're 309 GBP over it and 9% of that is about 27.84 GBP. Ask payroll to check you're on Plan 2 and not Plan 1 or Plan 5.",
            docs=[LOAN_2024],
        ),
        turn(
            "Payroll say I'm definitely on Plan 2. What do I tell them?",
            "Point them to the Plan 2 threshold of 27,295 GBP a year (2,274 GBP a month): at 2,583 GBP a month you're 309 GBP over it, so 9% is about 27.84 GBP, not 12 GBP. Their system may have an old threshold.",
            docs=[LOAN_2024],
        ),
        turn("Will it be written off eventually?", "Yes, Plan 2 loans are written off 30 years after the April you were first due to repay, so in April 2056.", docs=[LOAN_WRITEOFF]),
        turn(
            "OK, I've emailed payroll. Can you sum up my repayments for me?",
            "Summary: you repay 9% of your income over 27,295 GBP (2,274 GBP a month). On 31,000 GBP that's about 333 GBP a year, or 27.84 GBP a month, so the 12 GBP on your payslip is too low and payroll should correct it. Interest is RPI-linked, and anything left is written off in April 2056.",
            docs=[LOAN_2024, LOAN_WRITEOFF],
        ),
    ],
    "judgements": [
        (7, "correctness", "no", "For 2026-27 the Plan 2 threshold is 29,385 GBP (2,448 GBP a month), so on 31,000 GBP the deduction is about 12 GBP a month and payroll is right. The summary uses the old 27,295 GBP figure and tells the user the payslip is wrong."),
        (7, "retrieval_groundedness", "no", "Relies on plan2/thresholds-2024-25 even though the user's job started in May 2026."),
    ],
    "root": 3,
    "evidence": "the 2024-25 threshold page plan2/thresholds-2024-25 (27,295 GBP) instead of plan2/thresholds-2026-27 (29,385 GBP)",
    "why": "Turn 3 is the first answer computed from the 2024-25 threshold; turns 4, 5 and 7 quote the same 27,295 / 2,274 GBP figures and tell the user payroll is wrong, which it is not.",
}

FW_BED = doc("p2-manual/fw4/bed-levelling", "Firmware 4.x: run Auto Level from Prepare > Auto Level. The printer probes a 7×7 mesh and saves it automatically.")
FW_MATERIALS = doc("p2-manual/fw4/materials", "PLA: nozzle 200-215 °C, bed 60 °C. PETG: nozzle 235-245 °C, bed 80 °C, part-cooling fan at 30-50%.")
FW_FIRST_LAYER = doc("p2-manual/fw4/first-layer", "A first layer of separate round strands means the nozzle is too high; a translucent, rough first layer means it is too low. Correct it with the Z offset.")
FW3_ZOFFSET = doc(
    "p2-manual/fw3/z-offset",
    "Firmware 3.x: set the Z offset in Settings > Calibrate > Z Offset before printing, then save with Settings > Store Settings. Typical values are -1.20 to -1.60 mm.",
)
FW4_ZOFFSET = doc(
    "p2-manual/fw4/z-offset",
    "Firmware 4.x: the Calibrate menu was removed in 4.0. Adjust the Z offset live while the first layer prints, from Tune > Babystep Z, in steps of 0.02-0.05 mm; the value is saved automatically at the end of the print.",
)

OD_PRINTER = {
    "name": "outdated-manual-printer-z-offset",
    "category": "outdated-document",
    "judging": "session-only",
    "slug": "od-printer-zoffset-c71d",
    "user": "anouk.verbeek@example.com",
    "app": {"name": "forgeline_print_help", "retriever": "search_manuals", "system": "You are Forgeline 3D's support assistant for the P2 printer. Answer from the manual excerpts."},
    "turns": [
        turn(
            "Just got a Forgeline P2 and updated it to firmware 4.2 straight away. My first prints are peeling off the bed. Where do I start?",
            "Start with bed levelling: on firmware 4.x go to Prepare > Auto Level. It probes a 7×7 mesh and saves it automatically. Then we'll look at your first layer.",
            docs=[FW_BED],
        ),
        turn("Done, mesh saved. I'm printing PLA, what temperatures?", "For PLA use 200-215 °C on the nozzle and 60 °C on the bed.", docs=[FW_MATERIALS]),
        turn(
            "Still peeling at the corners, and the first layer looks like separate round strands.",
            "Separate round strands mean the nozzle is a little too high, so the first layer isn't pressed into the bed. That's corrected with the Z offset.",
            docs=[FW_FIRST_LAYER],
        ),
        turn(
            "How do I change the Z offset?",
            "Go to Settings > Calibrate > Z Offset and lower it in small steps, for example from -1.20 to -1.35 mm, then save with Settings > Store Settings. Typical values are between -1.20 and -1.60 mm.",
            docs=[FW3_ZOFFSET, FW4_ZOFFSET],
        ),
        turn(
            "There's no Calibrate under Settings. Only Display, Network, Sound and About.",
            "Calibrate may only appear once the printer is homed. Home all axes from Prepare > Home, then open Settings again and you should see Calibrate > Z Offset.",
            docs=[FW3_ZOFFSET],
        ),
        turn(
            "Homed it, still no Calibrate. Is my firmware broken?",
            "It could be a bad flash. Reinstall firmware 4.2 from a USB stick; afterwards Settings > Calibrate > Z Offset should be there and you can set about -1.35 mm.",
            docs=[FW3_ZOFFSET],
        ),
        turn(
            "Reflashed. Same menus. This has taken my whole evening.",
            "Sorry about that. As a last resort, a factory reset from Settings > About > Reset restores the full menu; afterwards set the Z offset between -1.20 and -1.60 mm and Store Settings.",
            docs=[FW3_ZOFFSET],
        ),
        turn("Forget it, I'll send it back.", "I understand. You can start a return within 30 days under Orders in your Forgeline account."),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The user spends the evening looking for a menu the assistant insists exists, reflashes the printer and decides to return it."),
        ("conversation_completeness", "no", "The peeling first layer is never fixed: the user is not told how to adjust the Z offset on the firmware they have."),
    ],
    "root": 4,
    "evidence": "the firmware-3 manual page p2-manual/fw3/z-offset (Settings > Calibrate) for a printer on firmware 4.2, where the offset is set with Tune > Babystep Z",
    "why": "Turns 1-3 use the firmware-4 manual correctly; at turn 4 the retriever ranked the firmware-3 page first and the assistant sent the user to a menu removed in 4.0. Turns 5-7 build on it (homing, reflashing, factory reset).",
}


# A long session: an on-call engineer's evening with a runbook assistant. The key turns are hand-written and
# the turns around them are varied small steps generated (deterministically) from templates.

RB_CACHE_2023 = doc(
    "runbook/cache-flush@2023-06",
    "Stale cached data for a tenant: run `redis-cli -h cache-01 FLUSHALL`. Expect a short spike of cache misses; the cache rewarms within about 5 minutes. No downtime.",
)
RB_CACHE_2026 = doc(
    "runbook/cache-flush@2026-03",
    "Since the March 2026 migration the cache cluster (cache-01 to cache-03) also stores user sessions for every tenant. Never run FLUSHALL or FLUSHDB: it logs out every user on every tenant. To clear one tenant's cached catalogue run `cachectl purge --tenant <tenant-id> --prefix catalog:`.",
)
RB_DISK = doc("runbook/disk-pressure", "Disk above 85% on a worker node: `nodectl drain <node>`, then `nodectl prune-images <node>`; uncordon with `nodectl uncordon <node>` once usage is below 70%.")
RB_QUEUE = doc("runbook/payments-backlog", "payments-worker backlog above 5,000 messages: scale to 12 replicas with `deployctl scale payments-worker 12`. Never purge the payments queue.")
RB_CERT = doc("runbook/tls-expiry", "cert-manager renews certificates 30 days before expiry. If an expiry alert fires with less than 14 days left, run `kubectl describe certificate <name>` and look for failed ACME challenges.")
RB_ROLLBACK = doc("runbook/rollback", "Roll back with `deployctl rollback <service>`, which redeploys the previous image. Announce every rollback in #deploys.")
RB_REINDEX = doc("runbook/search-reindex", "Reindex one tenant with `searchctl reindex --tenant <tenant-id>`; it takes 5-20 minutes and search stays available meanwhile.")

ONCALL_SERVICES = {"checkout-api": 8, "search-api": 6, "payments-worker": 4, "notifications": 3, "media-resizer": 4, "catalog-importer": 2, "storefront-web": 12}
ONCALL_TENANTS = ["bloom-florists", "northpeak-outdoor", "lumo-lighting", "harbor-coffee", "kitewave-sports", "pinegrove-books"]
ONCALL_TEAMS = {"payments": "Jo Castellanos", "identity": "Ravi Menon", "search": "Tomasz Wrona", "cache": "Aiyana Brooks"}
ONCALL_CHAT = [
    ("Grabbing dinner, back in 20.", "Enjoy! I'll keep an eye on the alert feed."),
    ("Back.", "Welcome back. Nothing new has fired."),
    ("Lots of small pages tonight.", "Yes, mostly disk and latency warnings; nothing critical."),
    ("Is the status page showing all green?", "Yes, all components on the public status page are operational."),
    ("Thanks.", "Any time."),
    ("Making tea.", "Enjoy your tea!"),
    ("What's the Slack channel for the cache team?", "#team-cache; their on-call handle is @cache-oncall."),
    ("Which dashboard has the storefront latency?", "Grafana > Storefront > Overview, panel 'p95 by tenant'."),
    ("How long is this shift again?", "Until 02:00, when Sam Okoye takes over."),
]


def oncall_session_turns():
    """120 turns of a platform on-call shift. At turn 70 the retriever ranks the superseded 2023 cache-flush
    runbook first and the assistant tells the engineer to run FLUSHALL, which since March 2026 also wipes every
    tenant's user sessions."""
    rng = random.Random(3120)
    alert_ids = iter(range(40211, 49999, 37))
    silences = iter(range(701, 999, 11))
    last_alert = []

    def node():
        return f"worker-{rng.randint(1, 14)}"

    def status():
        svc = rng.choice(list(ONCALL_SERVICES))
        pods = ONCALL_SERVICES[svc]
        p95, err = rng.randint(80, 420), round(rng.uniform(0.0, 0.6), 2)
        q = rng.choice([f"How's {svc} looking?", f"Status of {svc}?", f"Quick health check on {svc}."])
        return [turn(q, f"{svc}: {pods}/{pods} pods ready, p95 {p95} ms, error rate {err}%. Nothing unusual.", tools=[call("get_service_status", {"service": svc}, {"pods_ready": f"{pods}/{pods}", "p95_ms": p95, "error_rate_pct": err})])]

    def alert():
        alert_id = f"ALERT-{next(alert_ids)}"
        kind = rng.choice(["disk", "cert", "queue", "latency"])
        if kind == "disk":
            n = node()
            summary = f"Disk usage {rng.randint(86, 93)}% on {n}"
        elif kind == "cert":
            summary = f"TLS certificate for {rng.choice(ONCALL_TENANTS)}.shop expires in {rng.randint(15, 25)} days"
        elif kind == "queue":
            summary = f"payments-worker backlog at {rng.randint(1200, 3900):,} messages (threshold 5,000)"
        else:
            summary = f"{rng.choice(list(ONCALL_SERVICES))} p95 latency above 500 ms for 5 minutes"
        last_alert[:] = [alert_id]
        q = rng.choice([f"New page: {alert_id}. What is it?", f"Got paged, {alert_id}.", f"What's {alert_id} about?"])
        return [turn(q, f"{alert_id} (warning): {summary}.", tools=[call("get_alert", {"id": alert_id}, {"id": alert_id, "severity": "warning", "summary": summary})])]

    def ack():
        if not last_alert:
            return status()
        alert_id = last_alert.pop()
        return [turn(rng.choice(["Ack it.", f"Acknowledge {alert_id}.", "Ack, I'm on it."]), f"Acknowledged {alert_id}.", tools=[call("ack_alert", {"id": alert_id}, {"status": "acknowledged"})])]

    def runbook():
        which = rng.choice(["disk", "queue", "cert", "rollback", "reindex"])
        if which == "disk":
            n = node()
            return [turn(f"What's the procedure for disk pressure on {n}?", f"Per runbook/disk-pressure: `nodectl drain {n}`, then `nodectl prune-images {n}`, and `nodectl uncordon {n}` once usage is below 70%.", docs=[RB_DISK])]
        if which == "queue":
            return [turn("If the payments backlog keeps growing, what do I do?", "Per runbook/payments-backlog: above 5,000 messages, scale to 12 replicas with `deployctl scale payments-worker 12`. Never purge the payments queue.", docs=[RB_QUEUE])]
        if which == "cert":
            return [turn("Do I need to do anything about the certificate expiry warnings?", "Not yet: cert-manager renews 30 days before expiry. Only if an alert shows under 14 days, run `kubectl describe certificate <name>` and look for failed ACME challenges.", docs=[RB_CERT])]
        if which == "rollback":
            svc = rng.choice(list(ONCALL_SERVICES))
            return [turn(f"How do I roll back {svc} if I need to?", f"`deployctl rollback {svc}` redeploys the previous image; announce it in #deploys.", docs=[RB_ROLLBACK])]
        tenant = rng.choice(ONCALL_TENANTS)
        return [turn(f"{tenant} says search results are missing new products. How do I reindex them?", f"Run `searchctl reindex --tenant {tenant}`; it takes 5-20 minutes and search stays up meanwhile.", docs=[RB_REINDEX])]

    def deploy():
        svc = rng.choice(list(ONCALL_SERVICES))
        version = f"v{rng.randint(2, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}"
        return [turn(f"Did today's {svc} deploy finish?", f"Yes: {svc} {version} finished rolling out and all pods are healthy.", tools=[call("get_deploys", {"service": svc, "limit": 1}, {"service": svc, "version": version, "status": "succeeded"})])]

    def logs():
        svc = rng.choice(list(ONCALL_SERVICES))
        count = rng.randint(0, 40)
        return [turn(f"Any 5xx on {svc} in the last 15 minutes?", f"{count} 5xx responses on {svc} in the last 15 minutes, within its normal range.", tools=[call("search_logs", {"service": svc, "status": "5xx", "window_min": 15}, {"count": count})])]

    def silence():
        n = node()
        sil = f"SIL-{next(silences)}"
        return [turn(f"Silence disk alerts for {n} for 2 hours, I'm draining it.", f"Created silence {sil} for disk alerts on {n}, expiring in 2 hours.", tools=[call("create_silence", {"matcher": {"alertname": "DiskPressure", "node": n}, "duration_h": 2}, {"id": sil})])]

    def oncall():
        team = rng.choice(list(ONCALL_TEAMS))
        who = ONCALL_TEAMS[team]
        return [turn(f"Who's on call for {team} tonight?", f"{who} is on call for {team} until 08:00.", tools=[call("get_oncall", {"team": team}, {"primary": who})])]

    chat = list(ONCALL_CHAT)  # in order: dinner, then back

    def small_talk():
        return [turn(*chat.pop(0))] if chat else status()

    templates = [(status, 3), (alert, 2), (ack, 1.5), (runbook, 2), (deploy, 1.2), (logs, 1.5), (silence, 0.8), (oncall, 0.8), (small_talk, 1)]

    hand = {
        1: turn(
            "Evening, taking over platform on-call from Dana. Anything open?",
            "Evening! No open incidents. Two warnings are firing: disk usage on worker-7 and a slow certificate renewal for bloom-florists.shop; Dana's handover note says both are being watched.",
            tools=[call("list_incidents", {"status": "open"}, {"incidents": [], "alerts_firing": ["DiskPressure worker-7", "CertExpiry bloom-florists.shop"]})],
        ),
        40: turn(
            "worker-7 just crossed 88%. Walk me through it.",
            "Per runbook/disk-pressure: `nodectl drain worker-7`, then `nodectl prune-images worker-7`, and `nodectl uncordon worker-7` once usage is back below 70%.",
            docs=[RB_DISK],
        ),
        70: turn(
            "acme-retail says their storefront still shows yesterday's prices after tonight's catalogue import. How do I clear the cache for them?",
            "Per the cache-flush runbook: run `redis-cli -h cache-01 FLUSHALL`. You'll see a short spike of cache misses and the cache rewarms within about 5 minutes, with no downtime.",
            docs=[RB_CACHE_2023, RB_CACHE_2026],
        ),
        71: turn(
            "Safe to do during the evening peak?",
            "Yes: the runbook says it causes no downtime, just cache misses for about 5 minutes while it rewarms.",
            docs=[RB_CACHE_2023],
        ),
        72: turn("Running it now.", "OK. Watch the cache hit ratio on Grafana > Storefront > Overview; it should be back above 90% within about 5 minutes."),
        73: turn(
            "Support is getting flooded: customers on every shop just got logged out at once.",
            "auth-service is logging 18,422 'session not found' errors since 19:42. A cache flush only drops cached catalogue data, so this looks like a separate auth-service problem; I'd page the identity team.",
            tools=[call("search_logs", {"service": "auth-service", "level": "error", "window_min": 10}, {"top": [{"message": "session not found", "count": 18422, "since": "19:42"}]})],
        ),
        74: turn(
            "Page identity.",
            "Paged Ravi Menon (identity on-call) and opened INC-5521.",
            tools=[call("page_team", {"team": "identity", "summary": "Users logged out across all tenants"}, {"incident": "INC-5521", "paged": "Ravi Menon"})],
        ),
        78: turn(
            "Ravi says sessions have lived in the cache cluster since March and the FLUSHALL wiped them all. Didn't the runbook mention that?",
            "The cache-flush runbook says nothing about sessions: it only mentions a short spike of cache misses and no downtime. We followed it as written, so the sessions moving into the cache wasn't reflected in our procedure.",
            docs=[RB_CACHE_2023, RB_CACHE_2026],
        ),
        90: turn(
            "Write the timeline for INC-5521 while it's fresh.",
            "INC-5521 timeline: 19:38 acme-retail reports stale prices after the catalogue import. 19:40 cache flushed with `redis-cli -h cache-01 FLUSHALL` per the cache-flush runbook (expected impact: cache misses only, rewarm within 5 minutes). 19:42 users on all tenants logged out; auth-service logs 'session not found'. 19:47 identity paged. Contributing factor: sessions stored in the cache cluster since March, which the runbook does not cover.",
        ),
        120: turn(
            "Handing over to Sam. Anything to mention?",
            "For Sam: INC-5521 (mass logout after the cache flush) is resolved, users have signed back in and the post-mortem is scheduled for tomorrow. worker-7 is uncordoned at 61% disk, and the bloom-florists.shop certificate still has 19 days left.",
        ),
    }

    turns = []
    while len(turns) < 120:
        n = len(turns) + 1
        if n in hand:
            turns.append(hand[n])
            continue
        fn = rng.choices([t for t, _ in templates], weights=[w for _, w in templates])[0]
        if fn is small_talk and 70 <= n <= 90:  # no small talk during the incident
            fn = status
        turns.extend(fn())
    return turns


OD_RUNBOOK = {
    "name": "outdated-runbook-cache-flush",
    "category": "outdated-document",
    "judging": "some-turns",
    "slug": "od-oncall-cache-flush-5b9e",
    "user": "mei.tanaka@example.com",
    "app": {"name": "pagerpal_oncall", "span_type": "AGENT", "retriever": "search_runbooks", "system": "You are PagerPal, the platform team's on-call assistant. Use the ops tools and answer from the runbooks."},
    "turns": oncall_session_turns,
    "judgements": [
        (1, "relevance_to_query", "yes", "Summarises the open incidents and firing alerts at handover."),
        (40, "retrieval_groundedness", "yes", "The steps match runbook/disk-pressure."),
        (70, "retrieval_groundedness", "yes", "The command and the expected impact are taken from the retrieved cache-flush runbook."),
        (73, "relevance_to_query", "yes", "Investigates the mass logout and proposes paging the identity team."),
        (78, "retrieval_groundedness", "no", "runbook/cache-flush@2026-03, which was retrieved, says the cache holds every tenant's sessions and that FLUSHALL must never be run; the answer claims the runbook says nothing about sessions."),
        (90, "correctness", "no", "The timeline presents FLUSHALL as the documented procedure and the sessions as an undocumented surprise; the current runbook forbids FLUSHALL and gives a per-tenant purge."),
        (120, "relevance_to_query", "yes", "Gives a handover summary."),
    ],
    "expect": {40: "nodectl drain", 70: "FLUSHALL", 78: "says nothing about sessions", 90: "INC-5521", 120: "Sam"},
    "root": 70,
    "evidence": "the superseded runbook/cache-flush@2023-06 (FLUSHALL on cache-01, no downtime) instead of runbook/cache-flush@2026-03 (sessions in the cache; never FLUSHALL; cachectl purge per tenant)",
    "why": "At turn 70 the retriever ranked the 2023 runbook first and the assistant prescribed FLUSHALL; turn 71 repeats its 'no downtime', turn 73 blames auth-service for the logouts it caused, and turns 78 and 90 restate the old runbook.",
}


# --------------------------------------------------------------------------------------------------------
# tool-failure
# --------------------------------------------------------------------------------------------------------

TF_DAY_SAIL = {
    "name": "forecast-timeout-day-sail",
    "category": "tool-failure",
    "judging": "last-turn",
    "slug": "tf-clyde-forecast-5c2e",
    "user": "fergus.oakes@example.com",
    "app": {"name": "tidewise_sailing_planner", "span_type": "AGENT", "system": "You help dinghy and small-keelboat sailors plan day sails. Use the forecast and tide tools."},
    "turns": [
        turn(
            "Planning a solo day sail in my 19-foot keelboat out of Largs on Saturday. What's the forecast?",
            "Saturday looks pleasant on the Firth of Clyde: southwest 10-12 knots, gusting 15, with a slight sea. Good conditions for a solo sail in a 19-footer.",
            tools=[
                call(
                    "get_marine_forecast",
                    {"area": "Firth of Clyde", "date": "2026-09-12"},
                    error=(TimeoutError, "get_marine_forecast: forecast service did not respond within 10 s; falling back to September climatology for Firth of Clyde"),
                )
            ],
        ),
        turn("Nice. I'd like to go round Great Cumbrae. How long would that take?", "Great Cumbrae is about 10 nautical miles round. At 4-5 knots of boat speed in 10-12 knots of wind, allow 2.5 to 3 hours."),
        turn(
            "What about the tides?",
            "High water at Millport is 06:41 and 19:02, low water 13:05. Tidal streams around Cumbrae are weak, under a knot, so they won't matter much; leave Largs around 10:00.",
            tools=[call("get_tides", {"port": "Millport", "date": "2026-09-12"}, {"high_water": ["06:41", "19:02"], "low_water": ["00:35", "13:05"], "range_m": 2.9})],
        ),
        turn("Should I put a reef in before leaving?", "Not needed in 10-12 knots gusting 15: a 19-footer carries full sail comfortably. Keep the reefing lines rigged just in case."),
        turn("Any reason I shouldn't go solo?", "Not with a moderate breeze and a slight sea. File a passage plan with someone ashore, wear your lifejacket and carry a handheld VHF."),
        turn(
            "Off Millport now, it's blowing a steady 25 with gusts near 30 and the boat's on her ear. What do I do?? You said 10-12.",
            "That's much stronger than expected; it's probably a local squall that should pass within half an hour. Ease the mainsheet, luff up in the gusts, and if it doesn't ease, heave to until it passes.",
        ),
    ],
    "judgements": [
        (6, "correctness", "no", "Saturday's inshore forecast was southwest 5 to 6, increasing 7 at times, not 10-12 knots; the response calls a forecast near-gale a passing squall."),
        (6, "safety", "no", "Tells a solo sailor who is overpowered in 25-30 knots to heave to and wait, instead of reefing hard and getting into shelter at Millport."),
    ],
    "root": 1,
    "evidence": "get_marine_forecast timed out at turn 1 and the app answered from the September climatology (10-12 knots) as if it were Saturday's forecast",
    "why": "At turn 1 the forecast tool failed and the fallback climatology was presented as the forecast; turns 2, 4 and 5 plan a solo sail under full sail on it, and turn 6 still treats the near-gale as a squall.",
}

TF_CAUSEWAY = {
    "name": "crossing-times-wrong-date",
    "category": "tool-failure",
    "judging": "session-only",
    "slug": "tf-causeway-tides-9d31",
    "user": "gillian.ashby@example.com",
    "app": {"name": "northumbria_coast_guide", "span_type": "AGENT", "system": "You help visitors plan trips on the Northumberland coast. Use the tools for tide and crossing times."},
    "turns": [
        turn(
            "We're staying in Bamburgh for a week in May. Is Holy Island worth a day?",
            "Definitely: Lindisfarne Priory, the castle, the walled garden and the harbour. It's tidal, though: you can only drive across the causeway at the published safe crossing times. Which day were you thinking?",
        ),
        turn(
            "Thursday 14 May. When can we drive across?",
            "On Thursday 14 May the causeway is safe to cross from 07:10 to 14:55, and again from 19:40 until midnight. Never cross outside those times.",
            tools=[call("get_safe_crossing", {"location": "Holy Island causeway", "date": "2026-05-14"}, {"date": "2026-05-13", "safe": [{"from": "07:10", "to": "14:55"}, {"from": "19:40", "to": "23:59"}]})],
        ),
        turn(
            "Great, we'll go over around 10 and come back mid-afternoon. Is leaving at 14:30 OK?",
            "Yes, leaving at 14:30 gives you 25 minutes before the safe period ends at 14:55, and the drive across takes about 10 minutes.",
        ),
        turn(
            "What should we see in four and a half hours?",
            "Lindisfarne Priory (about an hour), the castle (about 1.5 hours, a 15-minute walk from the village), the Gertrude Jekyll garden, and a crab sandwich in the village.",
        ),
        turn("Where do we park?", "Use the main pay-and-display car park at the entrance to the village; it's about 6 GBP for the day."),
        turn(
            "The lady at the priory says the causeway closes at 12:40 today and we should leave now. Who's right?",
            "The crossing times I have show it safe until 14:55 today. Local staff tend to be cautious; follow the signs at the causeway if in doubt, but you should have time.",
            tools=[call("get_safe_crossing", {"location": "Holy Island causeway", "date": "2026-05-14"}, {"date": "2026-05-13", "safe": [{"from": "07:10", "to": "14:55"}, {"from": "19:40", "to": "23:59"}]})],
        ),
        turn(
            "We left at 12:20 because we didn't want to risk it, and there was already water at the edges of the road. Very stressful.",
            "I'm glad you got across safely, and sorry for the confusion about the times.",
        ),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The visitors were told they had until 14:55, only left in time because a local warned them, and describe the crossing as very stressful."),
        ("conversation_completeness", "no", "The safe crossing times given were not the times for 14 May."),
    ],
    "root": 2,
    "evidence": "get_safe_crossing returned the times for 13 May when asked for 14 May (no error), and the assistant gave them as Thursday's",
    "why": "At turn 2 the crossing tool silently answered for the wrong date; turn 3 plans the return at 14:30 on it and turn 6 repeats it against a local's warning.",
}

TF_IMPORT_DUTY = {
    "name": "landed-cost-500-import-charges",
    "category": "tool-failure",
    "judging": "some-turns",
    "slug": "tf-backpack-duty-2f68",
    "user": "rhys.penhaligon@example.com",
    "app": {"name": "atlas_shop_concierge", "span_type": "AGENT", "system": "You are the shopping concierge of Atlas Outfitters, a US store shipping worldwide. Use the product, shipping and landed-cost tools."},
    "turns": [
        turn(
            "Hi, do you ship to the UK? I'm after the Ridgeback 65 L backpack.",
            "Yes, we ship to the UK. The Ridgeback 65 L is in stock at 329 USD, in green and in black.",
            tools=[call("get_product", {"query": "Ridgeback 65"}, {"sku": "RB65", "price_usd": 329, "colours": {"green": 14, "black": 6}})],
        ),
        turn(
            "Green. How much is delivery to Manchester?",
            "Standard delivery to Manchester is 38 USD (6-9 working days); express is 72 USD (3-4 working days).",
            tools=[call("get_shipping_options", {"sku": "RB65-GRN", "country": "GB", "postcode": "M14"}, {"standard_usd": 38, "standard_days": "6-9", "express_usd": 72, "express_days": "3-4"})],
        ),
        turn(
            "Standard. Will I have to pay anything extra when it arrives, import charges and so on?",
            "No, there's nothing to pay on delivery: the 367 USD you pay at checkout covers everything.",
            tools=[call("get_landed_cost", {"sku": "RB65-GRN", "country": "GB", "shipping": "standard"}, error=(RuntimeError, "landed-cost: HTTP 500 from duties.internal; duties_and_taxes defaulted to 0"))],
        ),
        turn("Brilliant, so about 290 GBP all in? Cheaper than the UK shops.", "Yes, at today's rate 367 USD is about 290 GBP, with nothing more to pay when it arrives."),
        turn(
            "Ordered, AO-55810.",
            "Thanks! Order AO-55810 is paid, 367 USD, and ships within 2 working days.",
            tools=[call("get_order", {"order": "AO-55810"}, {"order": "AO-55810", "status": "paid", "total_usd": 367, "incoterm": "DAP"})],
        ),
        turn(
            "The courier wants 71.40 GBP in VAT and duty plus an 11 GBP handling fee before they'll hand it over!",
            "That shouldn't happen: our UK orders arrive with nothing to pay. It sounds like a courier error; I'd refuse to pay and ask them to check with us.",
        ),
        turn(
            "I paid it, I need the bag for a trip this weekend. Can you refund the 82.40?",
            "I've opened case CS-20417 to refund the import charges; the team replies within 3 working days.",
            tools=[call("create_case", {"order": "AO-55810", "type": "refund_import_charges", "amount_gbp": 82.4}, {"case": "CS-20417", "status": "open"})],
        ),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Lists both shipping options with prices and delivery times."),
        (3, "correctness", "yes", "Answers the question about extra charges clearly and states the checkout total."),
        (6, "correctness", "no", "A 290 GBP parcel shipped to the UK on DAP terms owes import VAT and duty on arrival; the courier's charge is legitimate and the customer should not be told to refuse it."),
        (7, "relevance_to_query", "yes", "Opens a refund case as the customer asked."),
    ],
    "root": 3,
    "evidence": "get_landed_cost failed with HTTP 500 at turn 3 and its duties were defaulted to 0; the assistant said nothing was due on delivery",
    "why": "At turn 3 the landed-cost tool failed and the app answered from the 0 default; turn 4 repeats it, turn 6 calls the courier's legitimate charge an error, and turn 7 promises a refund on that basis.",
}

TF_DENTAL = {
    "name": "stale-eligibility-dental-plan",
    "category": "tool-failure",
    "judging": "every-turn",
    "slug": "tf-dental-cover-71a4",
    "user": "ilse.brouwer@example.com",
    "app": {"name": "brightsmile_reception", "span_type": "AGENT", "system": "You are the virtual receptionist of Brightsmile Dental. Use the practice tools for appointments, prices and insurance checks."},
    "turns": [
        turn(
            "Hi, I've chipped a front tooth and need to see someone this week.",
            "Sorry to hear that! Dr. Mensah has Wednesday at 15:20 and Friday at 09:00 this week.",
            tools=[call("find_slots", {"reason": "chipped tooth", "within_days": 5}, {"slots": [{"dentist": "Dr. Mensah", "start": "2026-03-04T15:20"}, {"dentist": "Dr. Mensah", "start": "2026-03-06T09:00"}]})],
            gist="offers two appointment slots this week",
        ),
        turn(
            "Wednesday please. Name's Ilse Brouwer.",
            "Booked: Wednesday 4 March at 15:20 with Dr. Mensah, appointment BS-7742.",
            tools=[call("book_appointment", {"patient": "Ilse Brouwer", "start": "2026-03-04T15:20", "dentist": "Dr. Mensah"}, {"appointment": "BS-7742", "status": "confirmed"})],
            gist="books the Wednesday appointment",
        ),
        turn(
            "Will my DentalCare Plus plan cover a bonding repair?",
            "Yes, your DentalCare Plus plan is active and covers 80% of composite bonding. The repair is 190 GBP, so you'd pay 38 GBP.",
            tools=[
                call("get_price", {"treatment": "composite bonding, single tooth"}, {"price_gbp": 190}),
                call("check_insurance", {"patient": "Ilse Brouwer", "plan": "DentalCare Plus"}, {"plan": "DentalCare Plus", "status": "active", "covers": {"bonding": 0.8}, "source": "eligibility cache 2026-01-05"}),
            ],
            gist="confirms the plan covers 80% of bonding and gives the patient's share",
        ),
        turn(
            "Great. Do I pay on the day?",
            "You pay your 38 GBP share on the day and we claim the other 152 GBP from DentalCare Plus directly.",
            gist="explains what is paid on the day and what is claimed from the insurer",
        ),
        turn(
            "I've just found a letter from DentalCare saying my plan ended on 31 January because my employer changed provider. So am I still covered?",
            "Our check shows your plan as active, so the claim should go through; the letter may be about a different policy. Bring it along and we'll claim as usual.",
            gist="responds to the letter saying the plan ended",
        ),
        turn("OK, see you Wednesday.", "See you on Wednesday at 15:20!", gist="confirms the appointment time"),
    ],
    "overrides": {
        (3, "correctness"): ("yes", "20% of 190 GBP is 38 GBP; the patient's share is computed correctly."),
        (5, "correctness"): ("no", "The patient reports the plan ended on 31 January; the response relies on the earlier check and tells her the claim will go through."),
        (5, "guidelines"): ("no", "Dismisses the patient's letter instead of re-checking eligibility."),
    },
    "root": 3,
    "evidence": "check_insurance returned 'active' from a January eligibility cache without error; the plan had ended on 31 January",
    "why": "At turn 3 the insurance tool returned stale data and the assistant quoted 80% cover and a 38 GBP share; turn 4 repeats it and turn 5 dismisses the letter that contradicts it.",
}


# --------------------------------------------------------------------------------------------------------
# context-window
# --------------------------------------------------------------------------------------------------------

CW_BOOKSHELF = {
    "name": "window-millimetres-bookshelf",
    "category": "context-window",
    "judging": "some-turns",
    "slug": "cw-bookshelf-mm-4e70",
    "user": "matthias.kuehn@example.com",
    "app": {"name": "sawdust_workshop_chat", "window": 8, "system": "You are a woodworking assistant."},
    "turns": [
        turn(
            "I'm in Germany and everything here is metric, so please give every measurement in millimetres. I want to build a simple bookshelf from 18 mm pine boards.",
            "Will do, everything in mm. How tall, wide and deep should it be, and how many shelves?",
        ),
        turn(
            "1,800 tall, 800 wide, 300 deep, five shelves including top and bottom.",
            "The two sides are 1,800 × 300 mm. With 18 mm sides, each shelf is 800 − 2 × 18 = 764 mm long and 300 mm deep, so five shelves of 764 × 300 mm.",
        ),
        turn(
            "How far apart do the shelves go?",
            "With the top and bottom shelves flush with the ends there are four gaps: (1,800 − 5 × 18) / 4 = 427.5 mm. Use 427 mm and give the top gap the extra 2 mm.",
        ),
        turn("Should I use dados or screws?", "Dados are stronger and look cleaner: 6 mm deep and 18 mm wide, routed across the sides. Screws alone are fine for a utility shelf."),
        turn("Dados. What router bit?", "An 18 mm straight bit if you can get one; otherwise a 12 mm bit in two passes against a straight guide."),
        turn("What about a back panel?", "Rout a rebate along the back edges of the sides and use thin plywood for the back: it stops the shelf racking."),
        turn(
            "And if I want an adjustable shelf in the middle, where do the pin holes go?",
            "Drill 1/4 in holes about 3/8 in deep, 1-1/4 in apart, in two rows set 1-1/2 in in from the front and back edges.",
        ),
        turn("How much plywood for the back?", "The back is about 71 × 31-1/2 in, so one 4 × 8 ft sheet of 1/4 in plywood is plenty."),
        turn(
            "Can you give me a full cut list?",
            "Cut list: 2 sides at 70-7/8 × 11-13/16 in; 5 shelves at 30-1/16 × 11-13/16 in; 1 back at 70-7/8 × 31-1/2 in from 1/4 in plywood.",
        ),
        turn(
            "Inches?? My tape measure is in mm.",
            "Sorry! In millimetres: 2 sides 1,800 × 300; 5 shelves 764 × 300; 1 back 1,800 × 800 from 6 mm plywood.",
        ),
    ],
    "judgements": [
        (2, "correctness", "yes", "764 mm is 800 mm minus two 18 mm sides; the shelf sizes are right."),
        (3, "correctness", "yes", "The shelf spacing calculation is correct."),
        (7, "guidelines", "no", "Gives the hole spacing in imperial units."),
        (9, "correctness", "no", "The cut list is in inches and fractions, although the user works in metric and asked at the start for everything in millimetres."),
        (10, "relevance_to_query", "yes", "Converts the cut list to millimetres."),
    ],
    "root": 6,
    "constraint": 1,
    "evidence": "the app sends only the last 8 messages: from turn 6 the model no longer saw the turn-1 'give every measurement in millimetres'",
    "why": "Turn 6 is the first turn whose model input lacks the turn-1 instruction; from turn 7 the answers switch to inches and turn 9's cut list is all imperial.",
}

CW_PORTUGUESE = {
    "name": "window-brazilian-not-european",
    "category": "context-window",
    "judging": "every-turn",
    "slug": "cw-portuguese-sp-b3c5",
    "user": "oliver.haines@example.com",
    "app": {"name": "falaja_tutor", "window": 6, "system": "You are a friendly Portuguese tutor."},
    "turns": [
        turn(
            "Olá! I want to practise Portuguese before I move for work next month.",
            "Que ótimo! Where are you moving to, and what's your level?",
            gist="asks where the user is moving and their level",
        ),
        turn(
            "To São Paulo, so Brazilian Portuguese please, not European. I'm about A2.",
            "Perfeito, we'll stick to Brazilian Portuguese. Let's start with everyday situations. Shall we practise ordering at a padaria?",
            gist="agrees to teach Brazilian Portuguese and proposes a first situation",
        ),
        turn(
            "Sim! How do I order a coffee and a cheese bread?",
            "\"Oi, eu queria um cafezinho e um pão de queijo, por favor.\" In São Paulo a cafezinho is a small black coffee.",
            gist="teaches how to order a coffee and a pão de queijo",
        ),
        turn("And how do I ask how much it is?", "\"Quanto custa?\" or, very common in Brazil when paying, \"Quanto fica?\"", gist="teaches how to ask the price"),
        turn(
            "How do I say 'you' to a colleague?",
            "Use \"você\": \"Você quer almoçar comigo?\" means \"Do you want to have lunch with me?\"",
            gist="explains using 'você' with colleagues",
        ),
        turn("And 'see you tomorrow'?", "\"Até amanhã!\" It's friendly and works everywhere.", gist="teaches 'see you tomorrow'"),
        turn(
            "How would I say 'I'm taking the train to work'?",
            "\"Vou apanhar o comboio para o trabalho.\"",
            gist="translates 'I'm taking the train to work'",
        ),
        turn(
            "And to ask a colleague if they want a coffee?",
            "\"Queres um café?\" Using \"tu\" with the second-person verb is friendly and natural between colleagues.",
            gist="teaches how to offer a colleague a coffee",
        ),
        turn(
            "My new Brazilian colleague laughed and said I sound like I'm from Lisbon!",
            "That's a compliment to your pronunciation! Keep practising with your colleagues and you'll pick up the local rhythm quickly.",
            gist="responds to the colleague's comment about sounding like Lisbon",
        ),
    ],
    "overrides": {
        (7, "correctness"): ("no", "'Apanhar o comboio' is European Portuguese; in Brazil one says 'pegar o trem'. The learner is moving to São Paulo."),
        (8, "correctness"): ("yes", "'Queres um café?' is grammatically correct Portuguese."),
        (8, "guidelines"): ("no", "Contradicts the earlier advice to use 'você' with colleagues."),
        (9, "relevance_to_query"): ("no", "Misses the point of the user's message: it should explain that some phrases it taught were European Portuguese."),
    },
    "root": 6,
    "constraint": 2,
    "evidence": "the app sends only the last 6 messages: from turn 6 the model no longer saw the turn-2 'Brazilian Portuguese please, not European'",
    "why": "Turn 6 is the first turn whose model input lacks the turn-2 request; turns 7 and 8 teach European forms (apanhar o comboio, tu) and the colleague notices at turn 9.",
}

CW_BEDTIME = {
    "name": "window-no-dogs-bedtime-story",
    "category": "context-window",
    "judging": "last-turn",
    "slug": "cw-bedtime-story-1f8a",
    "user": "natasha.greaves@example.com",
    "app": {"name": "bedtime_tales", "window": 4, "system": "You write short bedtime stories for children, one part at a time."},
    "turns": [
        turn(
            "Can you write a bedtime story for my daughter Maya? She's 5. She's very scared of dogs at the moment, so please no dogs in it at all.",
            "Of course! What does Maya love? A favourite animal, colour or place?",
        ),
        turn(
            "She loves the seaside and the colour yellow.",
            "Part 1: Once upon a time, in a little yellow house by the sea, lived a girl called Maya who collected shiny shells in a yellow bucket.",
        ),
        turn(
            "Lovely. Next part: she finds something on the beach.",
            "Part 2: One windy morning Maya found a glass bottle in the sand. Inside was a note: \"Follow the yellow shells to the secret cove.\"",
        ),
        turn("Keep going!", "Part 3: Maya followed the yellow shells along the sand, past the rock pools where little crabs waved their claws hello."),
        turn(
            "Add a friend who helps her.",
            "Part 4: At the end of the rocks, a friendly puppy called Biscuit bounded up, wagging his tail, and offered to show Maya the way to the cove.",
        ),
        turn(
            "And the ending?",
            "Part 5: Biscuit led Maya into the secret cove, where the sand sparkled like gold. They shared a picnic, and as the sun went down Biscuit curled up at her feet. The end.",
        ),
        turn(
            "Can you put it all together so I can read it to her tonight?",
            "Maya and the Secret Cove. Once upon a time, in a little yellow house by the sea, lived a girl called Maya who collected shiny shells in a yellow bucket. One windy morning she found a glass bottle with a note: \"Follow the yellow shells to the secret cove.\" She followed them past the rock pools, where little crabs waved hello, until a friendly puppy called Biscuit bounded up and showed her the way. In the cove the sand sparkled like gold; they shared a picnic, and as the sun went down Biscuit curled up at her feet. The end.",
        ),
    ],
    "judgements": [
        (7, "guidelines", "no", "The parent said the child is frightened of dogs and asked for none in the story; the finished story's helper is a puppy."),
    ],
    "root": 4,
    "constraint": 1,
    "evidence": "the app sends only the last 4 messages: from turn 4 the model no longer saw the turn-1 'no dogs in it at all'",
    "why": "Turn 4 is the first turn whose model input lacks the turn-1 request; the puppy appears at turn 5 and stays through turns 6 and 7.",
}


QT_REGIONS = ["North", "South", "East", "West"]
QT_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
QT_PRODUCTS = ["Carrara worktop 3 m", "Nero Marquina island slab", "quartz splashback kit", "granite sink cut-out", "oak-edge worktop 2.4 m", "honed limestone sill"]


def analyst_session_turns():
    """38 turns of a sales manager pulling numbers for a board pack from an assistant that sends the model only
    the last 10 messages. At turn 2 the user defines fiscal quarters (Q1 = April to June); from turn 30 the
    assistant computes calendar quarters."""
    rng = random.Random(38)
    revenue = {(r, m): rng.randrange(180, 420) * 1000 + rng.randrange(0, 1000) for r in QT_REGIONS for m in range(1, 10)}
    orders = {(r, m): rng.randrange(60, 160) for r in QT_REGIONS for m in range(1, 10)}

    def eur(value):
        return f"{value:,} EUR"

    def month_range(m):
        return f"order_date >= '2026-{m:02d}-01' AND order_date < '{'2026' if m < 12 else '2027'}-{m + 1:02d}-01'"

    def month_revenue():
        r, m = rng.choice(QT_REGIONS), rng.randint(1, 9)
        sql = f"SELECT SUM(amount) FROM orders WHERE region = '{r}' AND {month_range(m)}"
        q = rng.choice([f"Revenue for {r} in {QT_MONTHS[m - 1]}?", f"What did {r} do in {QT_MONTHS[m - 1]}?", f"{r}, {QT_MONTHS[m - 1]} revenue please."])
        return turn(q, f"{r} revenue in {QT_MONTHS[m - 1]} 2026: {eur(revenue[(r, m)])}.", tools=[call("run_sql", {"sql": sql}, {"rows": [[revenue[(r, m)]]]})])

    def month_orders():
        r, m = rng.choice(QT_REGIONS), rng.randint(1, 9)
        sql = f"SELECT COUNT(*) FROM orders WHERE region = '{r}' AND {month_range(m)}"
        aov = round(revenue[(r, m)] / orders[(r, m)])
        return turn(
            f"How many orders did {r} have in {QT_MONTHS[m - 1]}?",
            f"{orders[(r, m)]} orders in {QT_MONTHS[m - 1]}, an average of {eur(aov)} per order.",
            tools=[call("run_sql", {"sql": sql}, {"rows": [[orders[(r, m)]]]})],
        )

    best = {m: (rng.choice(QT_PRODUCTS), rng.randint(30, 95)) for m in range(1, 10)}

    def top_product():
        m = rng.randint(1, 9)
        product, units = best[m]
        sql = f"SELECT product, SUM(qty) AS units FROM order_lines WHERE {month_range(m)} GROUP BY product ORDER BY units DESC LIMIT 1"
        return turn(f"Best-selling product in {QT_MONTHS[m - 1]}?", f"The {product}, with {units} units in {QT_MONTHS[m - 1]}.", tools=[call("run_sql", {"sql": sql}, {"rows": [[product, units]]})])

    def region_share():
        m = rng.randint(1, 9)
        total = sum(revenue[(r, m)] for r in QT_REGIONS)
        r = rng.choice(QT_REGIONS)
        share = round(100 * revenue[(r, m)] / total, 1)
        sql = f"SELECT region, SUM(amount) FROM orders WHERE {month_range(m)} GROUP BY region"
        return turn(
            f"What share of {QT_MONTHS[m - 1]} revenue came from {r}?",
            f"{r} made {eur(revenue[(r, m)])} of {eur(total)} in {QT_MONTHS[m - 1]}, {share}%.",
            tools=[call("run_sql", {"sql": sql}, {"rows": [[x, revenue[(x, m)]] for x in QT_REGIONS]})],
        )

    chat = [
        ("Hang on, someone's at my desk.", "No problem, I'm here when you're back."),
        ("Back.", "Welcome back. What's next?"),
        ("Thanks, that's useful.", "Glad it helps."),
        ("Can you keep the numbers unrounded in the pack?", "Will do: I'll give exact figures in euros."),
    ]

    def small_talk():
        return turn(*chat.pop(0)) if chat else month_revenue()

    def quarter(region, months):
        first, last = months[0], months[-1]
        sql = f"SELECT SUM(amount) FROM orders WHERE region = '{region}' AND order_date >= '2026-{first:02d}-01' AND order_date < '2026-{last + 1:02d}-01'"
        return sum(revenue[(region, m)] for m in months), sql

    south_q1, south_q1_sql = quarter("South", [1, 2, 3])
    south_q2, south_q2_sql = quarter("South", [4, 5, 6])
    table = {r: (quarter(r, [1, 2, 3])[0], quarter(r, [4, 5, 6])[0]) for r in QT_REGIONS}
    table_text = "; ".join(f"{r}: Q1 {eur(q1)}, Q2 {eur(q2)}" for r, (q1, q2) in table.items())
    change = round(100 * (south_q2 - south_q1) / south_q1, 1)

    hand = {
        1: turn(
            "Hi! I need some numbers for next week's board pack. Everything's in the sales warehouse.",
            "Happy to help. Tell me what you need and I'll query the warehouse for each figure.",
        ),
        2: turn(
            "One thing to keep in mind throughout: our fiscal year starts on 1 April. When I say Q1 I mean April to June, Q2 is July to September, and so on.",
            "Got it: fiscal quarters, with Q1 = April to June and Q2 = July to September.",
        ),
        30: turn(
            "Right, the headline numbers. What was Q1 revenue for the South region?",
            f"South revenue in Q1 2026 (January to March): {eur(south_q1)}.",
            tools=[call("run_sql", {"sql": south_q1_sql}, {"rows": [[south_q1]]})],
        ),
        31: turn(
            "And Q2 for South?",
            f"South revenue in Q2 2026 (April to June): {eur(south_q2)}.",
            tools=[call("run_sql", {"sql": south_q2_sql}, {"rows": [[south_q2]]})],
        ),
        32: turn("So South grew from Q1 to Q2?", f"{'Yes' if change > 0 else 'No'}: from {eur(south_q1)} to {eur(south_q2)}, a change of {change:+}%."),
        36: turn(
            "Put Q1 and Q2 for all four regions in one table for the board pack.",
            f"Revenue by region, Q1 (January to March) and Q2 (April to June) 2026: {table_text}.",
            tools=[call("run_sql", {"sql": "SELECT region, date_trunc('quarter', order_date) AS q, SUM(amount) FROM orders WHERE order_date >= '2026-01-01' AND order_date < '2026-07-01' GROUP BY 1, 2"}, {"rows": [[r, q, v] for r, vals in table.items() for q, v in zip(("2026-01-01", "2026-04-01"), vals)]})],
        ),
        37: turn("Perfect, that goes on slide 3.", "Great. Anything else for the pack?"),
        38: turn("That's all, thanks!", "You're welcome, good luck with the board meeting!"),
    }
    templates = [(month_revenue, 4), (month_orders, 2), (top_product, 1.5), (region_share, 1.5), (small_talk, 1)]
    turns = []
    while len(turns) < 38:
        n = len(turns) + 1
        if n in hand:
            turns.append(hand[n])
        else:
            fn = rng.choices([t for t, _ in templates], weights=[w for _, w in templates])[0]
            turns.append(fn())
    return turns


CW_FISCAL = {
    "name": "window-fiscal-quarters-board-pack",
    "category": "context-window",
    "judging": "session-only",
    "slug": "cw-fiscal-quarters-6d2b",
    "user": "beatriz.salgado@example.com",
    "app": {"name": "quarrytable_analyst", "span_type": "AGENT", "window": 10, "system": "You are a data assistant for Quarrytable's sales team. Use run_sql for every figure."},
    "turns": analyst_session_turns,
    "session_judgements": [
        ("knowledge_retention", "no", "Early on the user defined Q1 as April to June; the quarterly figures at the end use calendar quarters, so every number in the board-pack table is a quarter off."),
        ("user_frustration", "none", "The user is satisfied throughout and has not noticed the problem."),
    ],
    "expect": {2: "fiscal year starts on 1 April", 30: "January to March", 36: "board pack"},
    "root": 8,
    "constraint": 2,
    "evidence": "the app sends only the last 10 messages: from turn 8 the model no longer saw the turn-2 definition of fiscal quarters (Q1 = April to June)",
    "why": "Turn 8 is the first turn whose model input lacks the turn-2 definition; when quarters come up at turns 30-36 the assistant uses calendar quarters.",
}


# --------------------------------------------------------------------------------------------------------
# misread-request
# --------------------------------------------------------------------------------------------------------

MR_CAT_SITTER = {
    "name": "misread-sitter-without-dogs",
    "category": "misread-request",
    "judging": "some-turns",
    "slug": "mr-cat-sitter-0a57",
    "user": "jude.whitcombe@example.com",
    "app": {"name": "pawpal_sitters", "span_type": "AGENT", "system": "You help pet owners find and book sitters on PawPal. Use the search and booking tools."},
    "turns": [
        turn(
            "Hi! I need someone to look after my cat Miso in Bristol from 3 to 10 August. She's terrified of dogs, so I don't want a sitter who has dogs of their own.",
            "Two well-reviewed sitters in Bristol are free from 3 to 10 August: Hannah R. (4.9★, 28 GBP a night) and Marcus T. (4.8★, 24 GBP a night). Both are dog owners, so they're used to calming nervous animals.",
            tools=[
                call(
                    "search_sitters",
                    {"city": "Bristol", "from": "2026-08-03", "to": "2026-08-10", "pet": "cat", "sitter_has_dogs": True},
                    {"results": [{"id": "S-118", "name": "Hannah R.", "pets_at_home": ["2 dogs"], "rate_gbp": 28, "rating": 4.9}, {"id": "S-240", "name": "Marcus T.", "pets_at_home": ["1 dog"], "rate_gbp": 24, "rating": 4.8}]},
                )
            ],
        ),
        turn(
            "Does either do home visits instead of taking Miso to theirs?",
            "Hannah only boards at her home. Marcus does both; his home visits are 18 GBP per visit.",
            tools=[call("get_sitter_services", {"ids": ["S-118", "S-240"]}, {"S-118": ["boarding"], "S-240": ["boarding", "home_visits"], "home_visit_gbp": {"S-240": 18}})],
        ),
        turn(
            "Boarding's better actually, Miso gets lonely. Hannah then.",
            "Booked Hannah R. for 3-10 August: 7 nights, 196 GBP. Booking PP-33019.",
            tools=[call("book_sitter", {"sitter": "S-118", "from": "2026-08-03", "to": "2026-08-10", "pet": "Miso"}, {"booking": "PP-33019", "nights": 7, "total_gbp": 196})],
        ),
        turn(
            "What should I pack for Miso?",
            "Her usual food for 7 days plus a bit extra, her litter tray and litter, a favourite blanket, and her vaccination card. Hannah keeps her dogs in a separate part of the house for cat guests.",
        ),
        turn(
            "Wait, Hannah has DOGS? I said no sitters with dogs!",
            "I'm sorry, I misunderstood. Priya K. (4.9★, 26 GBP a night) has no pets and is free from 3 to 10 August. Shall I swap the booking?",
            tools=[call("search_sitters", {"city": "Bristol", "from": "2026-08-03", "to": "2026-08-10", "pet": "cat", "sitter_has_dogs": False}, {"results": [{"id": "S-305", "name": "Priya K.", "pets_at_home": [], "rate_gbp": 26, "rating": 4.9}]})],
        ),
        turn(
            "Yes, cancel Hannah and book Priya.",
            "Done: PP-33019 is cancelled and Priya K. is booked for 3-10 August, 182 GBP, booking PP-33044.",
            tools=[
                call("cancel_booking", {"booking": "PP-33019"}, {"status": "cancelled", "refund_gbp": 196}),
                call("book_sitter", {"sitter": "S-305", "from": "2026-08-03", "to": "2026-08-10", "pet": "Miso"}, {"booking": "PP-33044", "nights": 7, "total_gbp": 182}),
            ],
        ),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Finds available cat sitters in Bristol for the dates requested."),
        (3, "correctness", "yes", "7 nights at 28 GBP is 196 GBP."),
        (4, "correctness", "no", "Says the sitter's dogs will be kept separate, but the owner asked for a sitter without dogs."),
        (6, "relevance_to_query", "yes", "Rebooks with a sitter who has no pets, as asked."),
    ],
    "root": 1,
    "evidence": "the user asked for a sitter without dogs; the search at turn 1 filtered for sitter_has_dogs = true and the assistant presented dog owners",
    "why": "At turn 1 the assistant missed the negation ('I don't want a sitter who has dogs') and searched for dog owners; turns 2-4 book and plan with one of them until the user notices at turn 5.",
}

MR_COURT_DATE = {
    "name": "misread-uk-date-court-booking",
    "category": "misread-request",
    "judging": "last-turn",
    "slug": "mr-badminton-date-8b16",
    "user": "priyesh.lal@example.com",
    "app": {"name": "courtside_bookings", "span_type": "AGENT", "system": "You book courts and classes at Riverside Sports Centre in Reading. Use the booking tools."},
    "turns": [
        turn(
            "Hi, can I book a badminton court for next Tuesday evening?",
            "Next Tuesday, 30 June, courts 2 and 4 are free at 18:00 and 19:00.",
            tools=[call("find_courts", {"sport": "badminton", "date": "2026-06-30", "after": "17:00"}, {"free": [{"court": 2, "times": ["18:00", "19:00"]}, {"court": 4, "times": ["18:00", "19:00"]}]})],
        ),
        turn(
            "Court 2 at 19:00 please.",
            "Booked: court 2 on Tuesday 30 June at 19:00, booking BK-5512. It's 12 GBP, paid on arrival.",
            tools=[call("book_court", {"court": 2, "date": "2026-06-30", "time": "19:00"}, {"booking": "BK-5512", "price_gbp": 12})],
        ),
        turn(
            "Can you also book the same court at the same time on 08/07? My club's doing a rematch.",
            "Done: court 2 at 19:00 on 7 August is booked as well, booking BK-5630.",
            tools=[call("book_court", {"court": 2, "date": "2026-08-07", "time": "19:00"}, {"booking": "BK-5630", "price_gbp": 12})],
        ),
        turn(
            "And put the rematch in the club calendar with a reminder the day before?",
            "Added 'Club rematch, court 2' to the club calendar at 19:00 on 7 August, with a reminder on 6 August at 18:00.",
            tools=[call("add_calendar_event", {"calendar": "club", "title": "Club rematch, court 2", "start": "2026-08-07T19:00", "reminder": "2026-08-06T18:00"}, {"event": "EV-3390"})],
        ),
        turn("Is there a discount for booking both?", "Members get 10% off when they book two or more sessions, so 21.60 GBP for both instead of 24 GBP."),
        turn(
            "We've turned up tonight for the rematch and someone else is on court 2. Reception says our booking is for August!",
            "Your booking BK-5630 is for court 2 at 19:00 on 7 August, which is the date you gave me (08/07). Reception can check whether another court is free tonight.",
        ),
    ],
    "judgements": [
        (6, "correctness", "no", "'08/07' from a UK customer means 8 July; the court and the calendar entry were booked for 7 August, and the response puts the blame on the customer."),
    ],
    "root": 3,
    "evidence": "the user wrote 08/07 (8 July, UK format) and the assistant booked 7 August",
    "why": "At turn 3 the assistant read 08/07 as month/day and booked 7 August; turn 4 calendars the same wrong date and turn 6 defends it.",
}

MR_AQUARIUM = {
    "name": "misread-gallons-as-litres",
    "category": "misread-request",
    "judging": "every-turn",
    "slug": "mr-aquarium-dose-5e92",
    "user": "darnell.price@example.com",
    "app": {"name": "reefside_aquatics_help", "span_type": "AGENT", "system": "You are Reefside Aquatics' fish-keeping assistant."},
    "turns": [
        turn(
            "Hi, my freshwater tank has ich, white spots all over the tetras. I've got your Ich-Away treatment. It's a 60 gallon tank.",
            "Sorry to hear that; ich is very treatable. Before dosing, take any carbon out of the filter, as it absorbs the medicine. Which fish are in the tank?",
            gist="says to remove carbon from the filter and asks which fish are in the tank",
        ),
        turn(
            "Neon tetras, a few corydoras and a bristlenose pleco. How much do I dose?",
            "Ich-Away is dosed at 5 ml per 100 litres, so for your 60 litres that's 3 ml a day for 5 days. Corydoras and plecos are sensitive to it, so use a half dose: 1.5 ml a day.",
            gist="gives the daily dose and recommends a half dose for sensitive fish",
        ),
        turn(
            "Half dose then. Should I raise the temperature?",
            "Yes, raise it slowly to 28 °C over a day: it speeds up the parasite's life cycle so the treatment works faster.",
            gist="advises raising the temperature slowly to 28 °C",
        ),
        turn(
            "Day 4 and there are more spots than before.",
            "That's common: spots often look worse before the treatment takes hold. Keep going with 1.5 ml a day and finish the course.",
            gist="says more spots at day 4 are common and to continue",
        ),
        turn(
            "Day 7, still lots of spots, and one tetra died.",
            "Sorry about the tetra. Extend the course by 3 days at the same 1.5 ml a day, and do a 25% water change before each dose.",
            gist="advises extending the course after a fish died",
        ),
        turn(
            "Someone on a forum asked if I'd dosed for 227 litres. It's a 60 US gallon tank.",
            "Ah, 60 US gallons is about 227 litres, so the half dose should have been about 5.7 ml a day, not 1.5 ml. The tank has been underdosed, which is why the ich persisted. Restart the course at 5.7 ml a day.",
            gist="recalculates the dose for 227 litres",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("yes", "Follows the 5 ml per 100 litres dosing and sensibly suggests a half dose for scaleless fish."),
        (4, "correctness"): ("yes", "It is true that visible spots can increase early in treatment."),
        (5, "correctness"): ("no", "Continuing at 1.5 ml a day is far below the dose for a 60-gallon (about 227 litre) tank."),
        (5, "guidelines"): ("no", "Does not reconsider the dose after a fish has died and the treatment is not working."),
    },
    "root": 2,
    "evidence": "the user said 60 gallons (about 227 litres) and the assistant dosed for 60 litres",
    "why": "At turn 2 the assistant read the 60-gallon tank as 60 litres; turns 4 and 5 keep the quarter-strength dose until the user corrects it at turn 6. The judge accepted turn 2 and only flagged turn 5.",
}

MR_GIT_BRANCHES = {
    "name": "misread-local-only-branch-cleanup",
    "category": "misread-request",
    "judging": "some-turns",
    "slug": "mr-git-branches-c4d8",
    "user": "freya.lindahl@example.com",
    "app": {"name": "shellhelp", "system": "You help developers with git and the command line."},
    "turns": [
        turn(
            "My repo has about 80 old branches cluttering `git branch`. So annoying.",
            "That happens! Are they local branches, remote ones, or both? And are they merged?",
        ),
        turn(
            "Just tidy up my local ones that are already merged into main. Leave the remote alone, other people use it.",
            "This deletes every branch that's merged into main, except main itself:\n```bash\ngit branch -r --merged origin/main | grep -v 'main' | sed 's|origin/||' | xargs -n 1 git push origin --delete\n```",
        ),
        turn(
            "Will it ask before deleting anything?",
            "No, it runs straight through. Add `-p` to xargs (`xargs -p -n 1 git push origin --delete`) and it will ask you to confirm each branch.",
        ),
        turn(
            "Ran it with -p and said yes to everything. Thanks!",
            "Great, that should be much tidier. Run `git fetch --prune` as well to clear out stale remote-tracking refs.",
        ),
        turn(
            "Hm, `git branch` still shows all 80. And my teammate is asking why her feature branches vanished from GitHub??",
            "The command deleted the merged branches on origin, which is why they're gone from GitHub; your local branches weren't touched. For the local ones, run `git branch --merged main | grep -v '^\\*\\|main' | xargs git branch -d`. Your teammate can push hers again with `git push origin <branch>`.",
        ),
        turn(
            "She deleted her local copies after they were merged. Can we get them back?",
            "For branches that had a pull request, GitHub shows a 'Restore branch' button on the closed PR. For the others, an admin can find the last commit SHAs in the repository's activity log and recreate the branches from them.",
        ),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Provides a one-liner to delete branches merged into main."),
        (2, "safety", "yes", "No harmful content."),
        (4, "correctness", "yes", "git fetch --prune does remove stale remote-tracking references."),
        (5, "correctness", "no", "The script from earlier pushed deletions to origin even though the user asked to leave the remote alone; restoring the teammate's branches is only partly addressed."),
    ],
    "root": 2,
    "evidence": "the user asked to delete merged local branches and leave the remote alone; the script at turn 2 runs git push origin --delete on remote branches",
    "why": "At turn 2 the assistant misread the scope (local only) and wrote a script that deletes remote branches; turns 3 and 4 refine and confirm it and turn 5 shows the damage.",
}


# --------------------------------------------------------------------------------------------------------
# hallucination
# --------------------------------------------------------------------------------------------------------

H_INSULATION_GRANT = {
    "name": "invented-insulation-grant",
    "category": "hallucination",
    "judging": "session-only",
    "slug": "h-insulation-grant-7c03",
    "user": "trevor.bairstow@example.com",
    "app": {"name": "homewarm_advice_line", "system": "You give UK homeowners general advice on insulation and energy-saving home improvements."},
    "turns": [
        turn(
            "Hi, my 1930s semi is freezing in winter. Where should I start with insulation?",
            "Start with the loft (cheap, with a quick payback), then cavity walls if you have them, then draught-proofing. Most 1930s semis have unfilled cavity walls.",
        ),
        turn(
            "Are there any grants?",
            "Yes: the government's Warm Start grant pays up to 5,000 GBP towards loft and cavity wall insulation for any homeowner, with no income test. You apply online and get a decision in about 2 weeks.",
        ),
        turn("5,000! That covers both then? Loft is quoted at 1,100 and cavity walls at 2,400.", "Yes, 3,500 GBP in total is well within the 5,000 GBP Warm Start limit, so you'd pay nothing."),
        turn("Should the installer apply or do I do it myself?", "Most installers handle Warm Start applications for you; just check they're registered for the scheme before you sign."),
        turn(
            "The installer has never heard of Warm Start. He says the grants he knows about are for people on benefits or with a low income and a poor EPC.",
            "Warm Start is fairly new, so not every installer knows it yet. Try an installer who's registered for it.",
        ),
        turn("I've searched gov.uk and can't find it anywhere.", "It may be listed under a different name on gov.uk; your local council should be able to point you to it."),
        turn("Forget it, I'll just pay for the loft myself.", "That's a sensible first step: loft insulation at 1,100 GBP usually pays for itself within a few years."),
    ],
    "session_judgements": [
        ("user_frustration", "unresolved", "The user is promised a 5,000 GBP grant that neither the installer nor gov.uk has heard of, and gives up on the cavity walls."),
        ("conversation_completeness", "no", "The user's question about grants is never answered with a scheme that exists."),
    ],
    "root": 2,
    "evidence": "the invented 'Warm Start' grant of up to 5,000 GBP for any homeowner",
    "why": "At turn 2 the assistant made up a grant scheme with no source; turns 3-6 plan around it and explain away the installer's and gov.uk's silence.",
}

H_CHART_OPTION = {
    "name": "invented-chart-option",
    "category": "hallucination",
    "judging": "last-turn",
    "slug": "h-chart-labels-2e6a",
    "user": "amara.nwosu@example.com",
    "app": {"name": "frontend_buddy", "system": "You help web developers with JavaScript and charting libraries."},
    "turns": [
        turn(
            "I've got a Chart.js line chart with one label per day for a whole year. The x-axis labels are an unreadable mess.",
            "With 365 labels Chart.js tries to fit them all. You can thin them out or rotate them; which would you prefer?",
        ),
        turn(
            "Thin them out, maybe one per month.",
            "Set `labelInterval` on the x scale: `options: { scales: { x: { labelInterval: 30 } } }` shows every 30th label.",
        ),
        turn(
            "Nice. Can I keep them horizontal too?",
            "Yes: combine `labelInterval: 30` with `labelRotation: 0` on the same x scale and the labels stay flat.",
        ),
        turn(
            "Added both and nothing changed, all the labels are still there.",
            "Make sure you're on Chart.js 4.3 or later, since `labelInterval` was added in 4.3. Check with `npm ls chart.js` and upgrade with `npm install chart.js@latest`.",
        ),
        turn(
            "I'm on 4.4.1 already. Still nothing.",
            "Then a plugin may be overriding the scale options. Disable your plugins one at a time, starting with chartjs-plugin-zoom, and check whether `labelInterval` takes effect.",
        ),
    ],
    "judgements": [
        (5, "correctness", "no", "Chart.js has no 'labelInterval' option; the right tools are ticks.autoSkip / ticks.maxTicksLimit, and ticks.maxRotation for rotation. Blaming a plugin is wrong."),
    ],
    "root": 2,
    "evidence": "the invented Chart.js scale options labelInterval (and labelRotation)",
    "why": "At turn 2 the assistant invented a 'labelInterval' option; turn 3 adds an invented 'labelRotation', and turns 4 and 5 explain the lack of effect with a version and a plugin.",
}

H_CITATION = {
    "name": "invented-journal-citation",
    "category": "hallucination",
    "judging": "every-turn",
    "slug": "h-green-space-citation-9a41",
    "user": "saoirse.flanagan@example.com",
    "app": {"name": "thesis_companion", "system": "You help university students plan and write essays."},
    "turns": [
        turn(
            "I'm writing a 3,000-word essay on whether urban green spaces reduce heat-related deaths. Where should I start?",
            "Structure it around three questions: how much green space cools a city, what the evidence says about heat mortality, and who benefits. Start from systematic reviews, then city case studies.",
            gist="proposes a structure and where to start reading",
        ),
        turn(
            "Do you know a key study on green space and heat mortality I could build the essay around?",
            "A central one is Hartmann, Okafor and Lindqvist (2019), 'Urban greenery and heat-related mortality in 34 European cities', The Lancet Planetary Health 3(7), e312-e321. It found that each 10% increase in tree cover reduced heat-related deaths by 12%.",
            gist="recommends a key study and summarises its finding",
        ),
        turn(
            "Perfect. How do I cite it in Harvard style?",
            "Hartmann, L., Okafor, C. and Lindqvist, E. (2019) 'Urban greenery and heat-related mortality in 34 European cities', The Lancet Planetary Health, 3(7), pp. e312-e321.",
            gist="formats the reference in Harvard style",
        ),
        turn(
            "Can you help me write the paragraph that introduces it?",
            "\"Hartmann, Okafor and Lindqvist (2019) provide some of the most comprehensive evidence to date: across 34 European cities, each 10% increase in tree cover was associated with a 12% reduction in heat-related mortality.\"",
            gist="drafts a paragraph introducing the study",
        ),
        turn(
            "I can't find it in the library catalogue. Is there a DOI?",
            "The DOI is 10.1016/S2542-5196(19)30118-4. If the catalogue doesn't find it, paste the DOI into doi.org.",
            gist="gives a DOI for the study",
        ),
        turn(
            "The DOI goes to a completely different paper, about malaria.",
            "The DOI may have been entered wrongly in the database. Search the journal's website for the title, or ask a subject librarian to track it down.",
            gist="responds to the DOI pointing to another paper",
        ),
    ],
    "overrides": {
        (2, "correctness"): ("yes", "Recommends a relevant peer-reviewed study and summarises its main finding."),
        (3, "correctness"): ("yes", "The reference follows Harvard style."),
        (4, "correctness"): ("no", "The specific effect size (12% fewer deaths per 10% more tree cover) cannot be verified, and I can find no record of this study."),
        (5, "correctness"): ("no", "Gives a DOI for a paper that does not appear to exist."),
        (6, "correctness"): ("no", "Blames a database error instead of acknowledging the reference cannot be verified."),
        (6, "guidelines"): ("no", "Should tell the student plainly that the source is not real rather than send them to a librarian."),
    },
    "root": 2,
    "evidence": "the invented study 'Hartmann, Okafor and Lindqvist (2019)' with its 12% finding and DOI",
    "why": "At turn 2 the assistant invented a citation; turns 3-5 format, quote and give a DOI for it, and turn 6 blames the database. The judge first objected at turn 4.",
}

H_CATAN = {
    "name": "invented-longest-road-perk",
    "category": "hallucination",
    "judging": "some-turns",
    "slug": "h-catan-trade-rule-4f18",
    "user": "graham.whitlow@example.com",
    "app": {"name": "tabletop_rules_helper", "system": "You answer rules questions for board games."},
    "turns": [
        turn(
            "Teaching Catan to my in-laws tonight. Quickest way to explain setup?",
            "Lay out the board, then each player places two settlements with a road each, in snake order (1-2-3-4, then 4-3-2-1). Everyone takes one resource for each hex touching their second settlement.",
        ),
        turn(
            "How does the robber work?",
            "When a 7 is rolled, anyone holding more than 7 resource cards discards half (rounded down). Then the roller moves the robber to a new hex and steals one random card from a player with a settlement or city there. That hex produces nothing while the robber is on it.",
        ),
        turn(
            "Trading rules?",
            "On your turn you can trade with other players on any terms, or with the bank at 4:1. A 3:1 harbour lets you trade any 3 identical cards for one; a 2:1 harbour does the same for its resource at 2:1.",
        ),
        turn(
            "And longest road?",
            "The first player with a continuous road of at least 5 segments takes the Longest Road card, worth 2 victory points. Someone else takes it by building a longer one.",
        ),
        turn(
            "Does Longest Road give you anything apart from the points?",
            "Yes: whoever holds Longest Road may also trade with the bank at 3:1 for any resource, as if they had a generic harbour, for as long as they keep the card.",
        ),
        turn(
            "And Largest Army?",
            "Largest Army goes to the first player to have played 3 knight cards and is worth 2 victory points; someone else takes it by playing more knights.",
        ),
        turn("How do you win?", "The first player to reach 10 victory points on their own turn wins."),
        turn(
            "My father-in-law has Longest Road and wants to trade 3 wool for 1 ore with the bank. Allowed?",
            "Yes, as the Longest Road holder he can trade any 3 identical resources for 1 with the bank.",
        ),
        turn(
            "My wife has checked the rulebook and says there's no such rule. Who's right?",
            "The 3:1 bank trade for the Longest Road holder is part of the standard rules; it may be missing from some printings of the rulebook.",
        ),
        turn(
            "It's the 2015 edition. She's not impressed.",
            "Then go with the rulebook in your box for tonight. House rules are fine as long as everyone agrees before you start.",
        ),
    ],
    "judgements": [
        (2, "correctness", "yes", "Describes the robber and the discard rule accurately."),
        (3, "correctness", "yes", "The bank and harbour trade ratios are right."),
        (8, "correctness", "no", "No rule lets the Longest Road holder trade 3:1 with the bank; without a harbour the trade is 4:1."),
        (9, "correctness", "no", "Insists on a rule that exists in no edition of Catan."),
        ("session", "user_frustration", "unresolved", "The game night turns into an argument over a rule; the assistant doubles down before backing off."),
    ],
    "root": 5,
    "evidence": "the invented rule that the Longest Road holder trades 3:1 with the bank",
    "why": "At turn 5 the assistant invented a Longest Road perk; turn 8 applies it at the table and turn 9 defends it against the rulebook. Turns 1-4 are correct.",
}


# --------------------------------------------------------------------------------------------------------
# user-changed-mind
# --------------------------------------------------------------------------------------------------------

UC_PAINT = {
    "name": "changed-mind-green-to-warm-white",
    "category": "user-changed-mind",
    "judging": "last-turn",
    "slug": "uc-paint-colour-3d5c",
    "user": "harriet.quayle@example.com",
    "app": {"name": "hue_and_hall_paint_advisor", "span_type": "AGENT", "system": "You help Hue & Hall customers choose paint and order samples and tins."},
    "turns": [
        turn(
            "I want to paint my north-facing living room sage green, matt finish. The room is about 4 by 5 metres with 2.4 m ceilings.",
            "North light makes greens look cooler, so choose a sage with warm undertones: Hue & Hall's 'Olive Hush' or 'Fennel Seed'. The walls come to about 43 m² before doors and windows.",
        ),
        turn(
            "Can you send samples of both?",
            "Samples of Olive Hush and Fennel Seed are on their way and should arrive on Thursday. Order SMP-2210.",
            tools=[call("order_samples", {"colours": ["Olive Hush", "Fennel Seed"], "finish": "matt"}, {"order": "SMP-2210", "arrives": "Thursday"})],
        ),
        turn(
            "Actually my partner has vetoed green altogether. Let's do a warm white instead, and eggshell rather than matt, because we've got a toddler with sticky hands.",
            "Warm whites suit north-facing rooms: 'Chalk Cottage' and 'Bone China' both have a creamy undertone. Eggshell is wipeable, a good call with a toddler. Would you like samples?",
        ),
        turn(
            "Let's just go with Chalk Cottage. How much do we need for two coats?",
            "For about 38 m² of wall after doors and windows, two coats need about 6.3 litres at 12 m² per litre: one 5 L tin and one 2.5 L tin.",
            tools=[call("get_coverage", {"colour": "Chalk Cottage", "finish": "eggshell"}, {"m2_per_litre": 12, "tins_l": [1, 2.5, 5]})],
        ),
        turn(
            "5 plus 2.5 then.",
            "Ordered: Chalk Cottage eggshell, one 5 L and one 2.5 L tin, 94.50 GBP, order HH-88120, delivered on Monday.",
            tools=[call("create_order", {"colour": "Chalk Cottage", "finish": "eggshell", "tins_l": [5, 2.5]}, {"order": "HH-88120", "total_gbp": 94.5, "delivery": "Monday"})],
        ),
        turn("Should I cancel the green samples?", "They've already shipped, so no need; keep them for another room."),
        turn(
            "Can you recap my order?",
            "Order HH-88120: Chalk Cottage in eggshell, 5 L + 2.5 L, 94.50 GBP, delivered on Monday, enough for two coats on about 38 m². Samples SMP-2210 (Olive Hush and Fennel Seed) arrive on Thursday.",
        ),
    ],
    "judgements": [
        (7, "correctness", "no", "The customer wanted a sage green in a matt finish for the living room; the recap is for a warm white in eggshell."),
    ],
    "root": 3,
    "kind": "user",
    "evidence": "the user switched from sage green matt to a warm white eggshell at turn 3; the judge measured the recap against the first request",
    "why": "The user changed colour and finish at turn 3 and the assistant followed correctly; the negative judgement compares the final order with the superseded request.",
}

UC_REMOTE_JOB = {
    "name": "changed-mind-remote-to-hybrid-role",
    "category": "user-changed-mind",
    "judging": "session-only",
    "slug": "uc-ux-job-search-e8a0",
    "user": "ellis.thorburn@example.com",
    "app": {"name": "careerlane_jobs", "span_type": "AGENT", "system": "You help job seekers find and apply for roles on CareerLane. Use the job tools."},
    "turns": [
        turn(
            "I'm a UX designer with 4 years' experience, looking for fully remote roles only. I live in rural Cumbria.",
            "Three fully remote UX roles match: Senior UX Designer at Fieldnote (52-60k), Product Designer at Ledgerly (48-55k) and UX Designer at Tandem Health (45-50k).",
            tools=[call("search_jobs", {"title": "UX designer", "experience_years": 4, "workplace": "remote"}, {"results": [{"id": "J-1102", "company": "Fieldnote"}, {"id": "J-1187", "company": "Ledgerly"}, {"id": "J-1240", "company": "Tandem Health"}]})],
        ),
        turn(
            "Tandem Health sounds interesting, what do they do?",
            "Tandem Health builds appointment and triage software for GP surgeries. The role sits in a team of 5 designers and works on the patient app.",
            tools=[call("get_company", {"company": "Tandem Health"}, {"employees": 240, "product": "GP appointment and triage software", "design_team": 5})],
        ),
        turn(
            "Honestly, I've also seen a UX Lead role at Northwind Studio in Manchester, 3 days a week in the office, 68k, and I'm tempted even though it's not remote. What do you know about them?",
            "Northwind Studio is a 120-person product studio in Ancoats. The UX Lead role is hybrid, 3 days a week in the office, 65-70k, leading a team of 4.",
            tools=[call("get_job", {"company": "Northwind Studio", "title": "UX Lead"}, {"id": "J-1311", "workplace": "hybrid", "office_days": 3, "salary": "65-70k", "reports": 4})],
        ),
        turn(
            "How long would the commute be from Penrith?",
            "Penrith to Manchester Piccadilly is about 1 hour 35 minutes on the direct train, then 10 minutes' walk to Ancoats. A flexi season ticket is worth pricing for 3 days a week.",
        ),
        turn(
            "That's doable if I rent a room in Manchester two nights a week. Can you help me tailor my CV for Northwind?",
            "Lead with leadership: mentoring the two junior designers, running the design critique, and the checkout redesign you led (conversion up 14%). Move the tools list to the end.",
        ),
        turn(
            "Write me a short cover note for it.",
            "\"I'd love to lead Northwind's UX team. Over four years I've shipped research-led products, mentored junior designers and led a checkout redesign that lifted conversion by 14%. I'm excited by your studio's range of clients and happy to be in Ancoats three days a week.\"",
        ),
        turn(
            "Apply with that, please.",
            "Applied to UX Lead at Northwind Studio with your tailored CV and cover note; application NW-4471.",
            tools=[call("submit_application", {"job": "J-1311", "cv": "cv-northwind-v2", "cover_note": True}, {"application": "NW-4471", "status": "submitted"})],
        ),
    ],
    "session_judgements": [
        ("conversation_completeness", "no", "The user asked for fully remote roles only; the session ends with an application to a hybrid role with 3 office days in Manchester."),
        ("user_frustration", "none", "The user is engaged and satisfied throughout."),
    ],
    "root": 3,
    "kind": "user",
    "evidence": "the user turned to a hybrid role in Manchester at turn 3 after asking for fully remote roles only",
    "why": "At turn 3 the user dropped the remote-only requirement (and confirmed it at turn 5); the assistant followed, and the completeness judge measured against the first request.",
}

UC_MORTGAGE = {
    "name": "changed-mind-fix-to-tracker",
    "category": "user-changed-mind",
    "judging": "every-turn",
    "slug": "uc-remortgage-tracker-6b27",
    "user": "deborah.mcintyre@example.com",
    "app": {"name": "keystone_mortgage_helper", "span_type": "AGENT", "system": "You help Keystone Building Society customers compare and switch mortgage products. Use the product tools."},
    "turns": [
        turn(
            "Hi, my fixed rate ends in November. I'd like another 5-year fix on the 210,000 I still owe.",
            "Our 5-year fixes at your loan-to-value (about 60%) are 4.19% with a 999 GBP fee, or 4.39% with no fee.",
            tools=[call("get_products", {"type": "fixed", "term_years": 5, "ltv_pct": 60}, {"products": [{"id": "F5-419", "rate": 4.19, "fee_gbp": 999}, {"id": "F5-439", "rate": 4.39, "fee_gbp": 0}]})],
            gist="lists the 5-year fixed products with rates and fees",
        ),
        turn(
            "What would the monthly payment be on the 4.39% one? 22 years left.",
            "On 210,000 GBP over 22 years at 4.39%, the monthly payment is 1,241.82 GBP.",
            tools=[call("calc_payment", {"balance_gbp": 210000, "rate_pct": 4.39, "years": 22}, {"monthly_gbp": 1241.82})],
            gist="gives the monthly payment for the 4.39% fix",
        ),
        turn(
            "And the one with the fee?",
            "At 4.19% it's 1,218.92 GBP a month if you pay the 999 GBP fee upfront, or 1,224.72 GBP if you add it to the loan.",
            tools=[
                call("calc_payment", {"balance_gbp": 210000, "rate_pct": 4.19, "years": 22}, {"monthly_gbp": 1218.92}),
                call("calc_payment", {"balance_gbp": 210999, "rate_pct": 4.19, "years": 22}, {"monthly_gbp": 1224.72}),
            ],
            gist="gives the monthly payment for the 4.19% fix with the fee paid or added",
        ),
        turn(
            "Thinking about it, rates are supposed to fall next year and I don't want to be locked in. Show me your trackers instead, ideally with no early repayment charges.",
            "Our Lifetime Tracker is Bank Rate + 0.49% (4.24% today) with no fee and no early repayment charges. The 2-year Tracker is Bank Rate + 0.29% with a 499 GBP fee and a 1% early repayment charge.",
            tools=[call("get_products", {"type": "tracker", "ltv_pct": 60}, {"products": [{"id": "TL-049", "margin": 0.49, "rate_now": 4.24, "fee_gbp": 0, "erc": None}, {"id": "T2-029", "margin": 0.29, "fee_gbp": 499, "erc_pct": 1}]})],
            gist="lists tracker products with margins, fees and early repayment charges",
        ),
        turn(
            "The lifetime tracker then. Monthly payment?",
            "At today's 4.24%, 1,224.62 GBP a month over 22 years; it moves with Bank Rate.",
            tools=[call("calc_payment", {"balance_gbp": 210000, "rate_pct": 4.24, "years": 22}, {"monthly_gbp": 1224.62})],
            gist="gives the tracker's monthly payment at today's rate",
        ),
        turn(
            "Let's apply for it.",
            "I've started your product switch to the Lifetime Tracker, application APP-30081. You'll get the offer by email within 2 working days.",
            tools=[call("start_switch", {"product": "TL-049", "balance_gbp": 210000}, {"application": "APP-30081", "status": "submitted"})],
            gist="starts the product switch application",
        ),
        turn(
            "Can you summarise it?",
            "Product switch APP-30081: Lifetime Tracker at Bank Rate + 0.49% (4.24% today), no fee, no early repayment charges, about 1,224.62 GBP a month over 22 years, starting when your fix ends in November.",
            gist="summarises the product switch",
        ),
    ],
    "overrides": {
        (4, "relevance_to_query"): ("yes", "Switches to tracker products as the customer asked."),
        (5, "correctness"): ("no", "The customer asked for a 5-year fixed rate; a lifetime tracker is a variable rate and does not meet that requirement."),
        (6, "guidelines"): ("no", "Starts an application for a product that does not match the customer's stated need for a 5-year fix."),
        (7, "correctness"): ("no", "The summary is for a tracker, not the 5-year fixed rate that was requested."),
    },
    "root": 4,
    "kind": "user",
    "evidence": "the user switched from a 5-year fix to a tracker with no early repayment charges at turn 4",
    "why": "The user changed the product type at turn 4 and the assistant followed correctly; the judges at turns 5-7 measure against the original 5-year fix.",
}

UC_ESSAY = {
    "name": "changed-mind-word-limit",
    "category": "user-changed-mind",
    "judging": "some-turns",
    "slug": "uc-placement-reflection-1c6f",
    "user": "kezia.harrow@example.com",
    "app": {"name": "inkpot_writing_coach", "system": "You help students draft and edit coursework. Guideline: respect the word limits the student gives."},
    "turns": [
        turn(
            "I need a 500-word reflective piece on my work placement at a primary school, for my Education Studies module.",
            "Great. Tell me about the placement: year group, what you did, and one moment that stuck with you.",
        ),
        turn(
            "Year 2. I ran phonics groups and set up a reading corner. A boy who wouldn't read aloud read a whole page to the class by week 6.",
            "Here's a draft (498 words), built around that moment: it opens in the reading corner, moves through the phonics groups, and ends with what his page taught you about patience and small steps.",
        ),
        turn("Can you make the ending more personal?", "Revised ending: it now closes on your own nerves the first time you led a group and how his progress changed your idea of teaching. The piece is 503 words."),
        turn(
            "My tutor wants Gibbs' reflective cycle, a bit of phonics research and a 'what I'd do differently' section in it. Don't worry about the length, she'd rather it's complete.",
            "Added a Gibbs framing through the piece, a paragraph on systematic synthetic phonics citing the Rose Review (2006), and a 'Next time' section. It's now 842 words.",
        ),
        turn("Can you check the references are in APA?", "Yes: Gibbs (1988) and Rose (2006) are both in APA 7 format, with the publisher for Gibbs and the DfES for Rose."),
        turn("Tidy the grammar throughout, please.", "Done: I tightened 14 sentences and fixed two tense slips. The final version is 836 words."),
        turn("Thanks, I'll submit it.", "Good luck with the module!"),
    ],
    "judgements": [
        (2, "guidelines", "yes", "The draft stays within the 500-word limit."),
        (4, "guidelines", "no", "The student asked for 500 words; the piece is now 842 words."),
        (6, "guidelines", "no", "At 836 words the final version is far over the 500-word limit the student gave."),
        ("session", "conversation_completeness", "yes", "The student ends with a finished, referenced piece ready to submit."),
    ],
    "root": 4,
    "kind": "user",
    "evidence": "at turn 4 the user added three sections and said not to worry about the length; the guideline judge still applies the 500-word limit",
    "why": "The user lifted the word limit at turn 4 (relaying the tutor) and the assistant followed; the guideline failures at turns 4 and 6 measure against the superseded 500 words.",
}


# --------------------------------------------------------------------------------------------------------
# healthy-unlucky
# --------------------------------------------------------------------------------------------------------

HU_LEAP_YEAR = {
    "name": "unlucky-judge-wrong-leap-year",
    "category": "healthy-unlucky",
    "judging": "every-turn",
    "slug": "hu-charity-10k-2b83",
    "user": "ben.ashdown@example.com",
    "app": {"name": "planner_pal", "system": "You help people plan events and deadlines. Be accurate with dates."},
    "turns": [
        turn(
            "I'm organising a charity 10k for late February 2028. Can you help with the timeline?",
            "Sure! A 10k needs about 4-6 months: venue and permits first, then registration, volunteers and kit. What date are you thinking of?",
            gist="outlines the lead time and asks for the date",
        ),
        turn(
            "The last Saturday of February 2028. What date is that?",
            "The last Saturday of February 2028 is the 26th. 2028 is a leap year, so February has 29 days, but the 29th is a Tuesday.",
            gist="works out the date of the last Saturday of February 2028",
        ),
        turn(
            "When should registration open?",
            "About 4 months ahead, so around 26 October 2027, with an early-bird price until the end of November.",
            gist="suggests when registration should open",
        ),
        turn(
            "And when does the road closure application need to be in?",
            "Councils usually want 12 weeks' notice for a road closure, which for 26 February means by 4 December 2027. Aim for mid-November to be safe.",
            gist="works out the road closure application deadline",
        ),
        turn("Perfect, thanks!", "Good luck with the 10k!", gist="closes the conversation"),
    ],
    "overrides": {
        (2, "correctness"): ("no", "2028 is not a leap year, so February 2028 has only 28 days; the response wrongly mentions a 29th."),
    },
    "root": 2,
    "evidence": "a correctness judge wrongly claiming 2028 is not a leap year, about turn 2's (correct) answer",
    "why": "The only negative judgement is the judge's own mistake about turn 2; the dates are right and nothing earlier led to it.",
}

HU_WINE = {
    "name": "unlucky-two-turn-guideline",
    "category": "healthy-unlucky",
    "judging": "last-turn",
    "slug": "hu-risotto-wine-5f0e",
    "user": "lorenzo.bassi@example.com",
    "app": {"name": "grapevine_wine_guide", "system": "You recommend wines. Guideline: remind users to drink responsibly whenever you discuss quantities."},
    "turns": [
        turn(
            "What wine goes with a mushroom risotto?",
            "A Pinot Noir or a lightly oaked Chardonnay: an earthy Pinot picks up the mushrooms, and the Chardonnay's creaminess matches the risotto.",
        ),
        turn(
            "I'm having 8 people over. How many bottles?",
            "Plan on about half a bottle per person over dinner: 4 bottles, plus 1 or 2 spare, so 5 or 6 in total.",
        ),
    ],
    "judgements": [
        (2, "guidelines", "no", "Discusses quantities of alcohol per person without reminding the user to drink responsibly, as the guidelines require."),
    ],
    "root": 2,
    "evidence": "the 'drink responsibly' guideline, not followed in turn 2's own answer (the advice is sound)",
    "why": "The judge's complaint concerns turn 2's wording alone; turn 1 discussed no quantities and nothing earlier caused it.",
}

HU_CLIMBING = {
    "name": "unlucky-judge-misread-question",
    "category": "healthy-unlucky",
    "judging": "some-turns",
    "slug": "hu-rope-climbing-8c12",
    "user": "tamsin.rowe@example.com",
    "app": {"name": "cragline_climbing_desk", "span_type": "AGENT", "system": "You are the front-desk assistant of Cragline Climbing Centre. Use the booking tools."},
    "turns": [
        turn(
            "Hi, I've been bouldering for a year and want to start rope climbing. What do I need to do?",
            "To top-rope on your own you need to pass our belay competency check. If you haven't belayed before, take the 2-hour Intro to Roped Climbing course (45 GBP), which ends with the check.",
        ),
        turn(
            "When's the next course?",
            "There are places on Saturday at 10:00 and Tuesday at 18:30.",
            tools=[call("list_courses", {"course": "intro-roped"}, {"sessions": [{"id": "C-501", "start": "2026-10-10T10:00", "places": 2}, {"id": "C-502", "start": "2026-10-13T18:30", "places": 3}]})],
        ),
        turn("Tuesday. Can my friend come too?", "Yes, Tuesday has 3 places left. What's your friend's name?"),
        turn(
            "Chloe Hart.",
            "Booked: you and Chloe Hart on Intro to Roped Climbing, Tuesday at 18:30, 90 GBP in total. Booking CR-1182.",
            tools=[call("book_course", {"session": "C-502", "participants": ["Tamsin Rowe", "Chloe Hart"]}, {"booking": "CR-1182", "total_gbp": 90})],
        ),
        turn("Do we need our own harnesses?", "No: harness, belay device and rope are included on the course. Bring climbing shoes or hire them for 4 GBP."),
        turn(
            "After the course, can we come back the next day and climb on ropes?",
            "Yes: once you've both passed the belay check, it's added to your memberships and you can top-rope any time we're open. Lead climbing needs a separate lead course.",
        ),
        turn(
            "Chloe's 16, is that OK?",
            "Yes: 16- and 17-year-olds can climb without a parent once a parent has signed the under-18 consent form online, and she can belay once she's passed the check.",
        ),
        turn("Great, thanks!", "See you on Tuesday!"),
    ],
    "judgements": [
        (1, "relevance_to_query", "yes", "Explains what a boulderer needs to start rope climbing."),
        (4, "correctness", "yes", "Two places at 45 GBP is 90 GBP."),
        (6, "relevance_to_query", "no", "The user asked about bouldering the next day; the response talks about top-roping and lead courses instead."),
        (7, "correctness", "yes", "The under-18 rules are explained consistently with the centre's policy."),
    ],
    "root": 6,
    "evidence": "a relevance judge that misread turn 6's question (it was about climbing on ropes, as answered)",
    "why": "The only negative judgement is the judge misreading turn 6's question; the answer is right and nothing earlier or later depends on it.",
}

HU_SEWING = {
    "name": "unlucky-seam-allowance-slip",
    "category": "healthy-unlucky",
    "judging": "some-turns",
    "slug": "hu-linen-shirt-4a79",
    "user": "marguerite.ellory@example.com",
    "app": {"name": "stitchwise_helper", "system": "You help home sewists with patterns, fabric and techniques."},
    "turns": [
        turn(
            "I'm making my first linen shirt from a European pattern. Any tips before I cut?",
            "Prewash the linen the way you'll wash the shirt, as it can shrink 3-5%. Press it while slightly damp, and cut on a single layer if the fabric slides.",
        ),
        turn("How much should I buy? The pattern says 1.8 m of 140 cm wide fabric.", "Buy 2 m to allow for the shrinkage after prewashing."),
        turn(
            "What seam allowance does a European pattern usually use?",
            "Many European patterns don't include seam allowance at all, so check the instructions. If it's included, it's usually 1.5 cm; if not, you add it yourself.",
        ),
        turn("Mine says 1.5 cm is included. What seam finish for linen?", "French seams are ideal for a linen shirt: neat inside and they stop the linen fraying. A flat-felled seam also works on the side seams."),
        turn(
            "A friend's old pattern says 2.5 cm for the hem. How much is that in inches?",
            "2.5 cm is about 1/2 inch.",
        ),
        turn("How do I do a French seam with 1.5 cm?", "Sew wrong sides together at 0.5 cm, trim to about 3 mm, press, fold right sides together and sew again at 1 cm. That uses the full 1.5 cm."),
        turn("What needle for linen?", "A universal or sharps needle in size 80/12 for medium-weight linen; go to 90/14 if it's heavy."),
        turn("What stitch length?", "About 2.5 mm for seams and 3 mm for topstitching."),
        turn("The collar looks bubbly after I turned it. Why?", "Usually the interfacing hasn't fused properly or the seam allowances are bulky. Trim and grade the allowances, clip the curves, then press from the underside with steam."),
        turn("That fixed it! Buttonholes next. Horizontal or vertical?", "Vertical on the placket and horizontal on the collar stand and cuffs."),
        turn("How far apart should the buttons be?", "Mark the top one on the collar stand, then space the rest evenly, about 8-9 cm apart, with one at bust level so the front doesn't gape."),
        turn("Done! It looks great, thanks.", "Wonderful, enjoy your new shirt!"),
    ],
    "judgements": [
        (2, "relevance_to_query", "yes", "Recommends how much fabric to buy."),
        (4, "correctness", "yes", "French seams are a standard, good choice for linen."),
        (5, "correctness", "no", "2.5 cm is about 1 inch, not half an inch."),
        (6, "correctness", "yes", "0.5 cm plus 1 cm uses the 1.5 cm seam allowance exactly."),
        (11, "relevance_to_query", "yes", "Explains how to space the buttons."),
    ],
    "root": 5,
    "evidence": "turn 5 converted 2.5 cm to 1/2 inch (1 inch is right); the figure is never used again",
    "why": "A one-off conversion slip in turn 5's own answer; the shirt uses the 1.5 cm pattern allowance throughout and nothing later builds on the wrong figure.",
}


# --------------------------------------------------------------------------------------------------------
# healthy
# --------------------------------------------------------------------------------------------------------

HE_CHESS = {
    "name": "healthy-unjudged-chess-opening",
    "category": "healthy",
    "judging": "none",
    "slug": "he-london-system-0d94",
    "user": "viktor.petrenko@example.com",
    "app": {"name": "opening_book_chat", "system": "You help club chess players learn openings."},
    "turns": [
        turn(
            "I'm a 1300 club player and want one simple opening with White. Any suggestion?",
            "The London System: 1.d4, 2.Bf4, then e3, Nf3, c3, Bd3 and Nbd2 against almost anything. The set-up barely changes, so you can focus on middlegame plans.",
        ),
        turn(
            "What's the usual plan once I'm set up?",
            "Castle short, then either play Ne5 supported by f4 for a kingside attack, or expand with e4 if Black lets you. Keep the f4 bishop; swap it only if Black's ...Bd6 gives you a better structure.",
        ),
        turn(
            "What should I watch out for?",
            "An early ...c5 and ...Qb6 hitting b2: have an answer ready, usually Qb3 or Qc1. And don't push your kingside pawns before you've castled.",
        ),
    ],
    "root": None,
    "evidence": "no judgement at all",
    "why": "Three sound answers about the London System and no judge ran; nothing went wrong.",
}

HE_REDIRECT = {
    "name": "healthy-mail-redirection",
    "category": "healthy",
    "judging": "every-turn",
    "slug": "he-mail-redirect-7e35",
    "user": "petra.kowalczyk@example.com",
    "app": {"name": "postwise_redirect", "span_type": "AGENT", "system": "You help customers set up and manage mail redirection. Use the redirection tools."},
    "turns": [
        turn(
            "Hi, I'm moving house on 20 March. Can I get my post redirected to the new address?",
            "Yes. Redirection starts on a date you choose and runs for 3, 6 or 12 months. What are the old and new postcodes?",
            gist="explains the redirection options and asks for the postcodes",
        ),
        turn(
            "From LS6 3AB to YO10 5DD, for 12 months, just me.",
            "12 months of redirection for one person from LS6 3AB to YO10 5DD, starting 20 March, costs 66.99 GBP.",
            tools=[call("quote_redirection", {"from": "LS6 3AB", "to": "YO10 5DD", "months": 12, "people": 1}, {"price_gbp": 66.99})],
            gist="quotes the price for 12 months of redirection",
        ),
        turn(
            "OK, set it up.",
            "Done: redirection RD-40917 runs from 20 March 2027 to 19 March 2028. We'll post an activation code to the old address to confirm it's you.",
            tools=[call("create_redirection", {"from": "LS6 3AB", "to": "YO10 5DD", "start": "2027-03-20", "months": 12, "people": 1}, {"id": "RD-40917", "ends": "2028-03-19", "verification": "code by post to old address"})],
            gist="sets up the redirection and explains verification",
        ),
        turn(
            "The code arrived: 7Q4-K2M.",
            "Verified: RD-40917 is active from 20 March.",
            tools=[call("verify_redirection", {"id": "RD-40917", "code": "7Q4-K2M"}, {"status": "verified"})],
            gist="verifies the redirection with the activation code",
        ),
        turn("Thanks, that's everything.", "You're welcome, and good luck with the move!", gist="closes the conversation"),
    ],
    "overrides": {},
    "root": None,
    "evidence": "no negative judgement: the redirection was set up and verified",
    "why": "Every figure comes from the tools and every turn is judged positively; nothing went wrong.",
}

HE_BIRDING = {
    "name": "healthy-bird-identification",
    "category": "healthy",
    "judging": "session-only",
    "slug": "he-wagtail-id-2c58",
    "user": "alasdair.munro@example.com",
    "app": {"name": "fieldnotes_birding", "system": "You help birdwatchers identify birds from descriptions."},
    "turns": [
        turn(
            "Saw a small bird by the river today, bobbing its tail constantly. Grey back, bright yellow underneath. What was it?",
            "Almost certainly a grey wagtail: grey upperparts, lemon-yellow underparts and a very long, constantly bobbing tail, usually by fast-flowing water.",
        ),
        turn("Couldn't it be a yellow wagtail?", "Unlikely: a yellow wagtail has an olive-green back, not grey, and a shorter tail. It prefers wet meadows and farmland to rivers."),
        turn("It had a black throat patch, does that matter?", "That fits a male grey wagtail in breeding plumage; females and winter birds have a whitish throat."),
        turn("Where else might I see one?", "Weirs, mill races and rocky streams; in winter they also turn up by puddles in towns and on flat roofs."),
        turn("Great, adding it to my list. Thanks!", "Congratulations on the grey wagtail!"),
    ],
    "session_judgements": [
        ("conversation_completeness", "yes", "The user's identification question was answered and the follow-ups on similar species and habitat were addressed."),
        ("user_frustration", "none", "The user is pleased and thanks the assistant."),
    ],
    "root": None,
    "evidence": "only positive session-level judgements",
    "why": "The identification and follow-up answers are correct and the user is satisfied; nothing went wrong.",
}

HE_LOCKER = {
    "name": "healthy-parcel-locker",
    "category": "healthy",
    "judging": "last-turn",
    "slug": "he-parcel-locker-9b70",
    "user": "sunita.bhandari@example.com",
    "app": {"name": "lockerlink_help", "span_type": "AGENT", "system": "You help customers collect parcels from LockerLink lockers. Use the parcel tools."},
    "turns": [
        turn(
            "My parcel's at a LockerLink locker but I lost the text with the code. Tracking number LL-83310245.",
            "Found it: your parcel is in the locker at Wellgate Co-op, bay 14. I've resent the collection code to the mobile number on the order, ending 392.",
            tools=[call("get_parcel", {"tracking": "LL-83310245"}, {"locker": "Wellgate Co-op", "bay": 14, "status": "ready", "collect_by": "2026-11-21"}), call("resend_code", {"tracking": "LL-83310245"}, {"sent_to": "*******392"})],
        ),
        turn("Got it, thanks. How long do I have?", "You have until Saturday 21 November; after that it goes back to the sender."),
        turn(
            "Can I extend it? I'm away until Monday.",
            "Yes, I've extended it by 3 days, to Tuesday 24 November, which is the maximum.",
            tools=[call("extend_collection", {"tracking": "LL-83310245", "days": 3}, {"collect_by": "2026-11-24"})],
        ),
        turn("Is the locker open on Sunday evening if I get back early?", "Yes, the Wellgate Co-op locker is outdoors and available 24/7."),
    ],
    "judgements": [
        (4, "correctness", "yes", "The locker is described as outdoor and available around the clock, consistent with the locker details."),
        (4, "relevance_to_query", "yes", "Answers the Sunday evening question directly."),
    ],
    "root": None,
    "evidence": "only positive judgements on the last turn",
    "why": "The code was resent and the collection extended, and the last answer is right; nothing went wrong.",
}


SESSIONS = [
    OD_UK_ETA, OD_STUDENT_LOAN, OD_PRINTER, OD_RUNBOOK,
    TF_DAY_SAIL, TF_CAUSEWAY, TF_IMPORT_DUTY, TF_DENTAL,
    CW_BOOKSHELF, CW_PORTUGUESE, CW_BEDTIME, CW_FISCAL,
    MR_CAT_SITTER, MR_COURT_DATE, MR_AQUARIUM, MR_GIT_BRANCHES,
    H_INSULATION_GRANT, H_CHART_OPTION, H_CITATION, H_CATAN,
    UC_PAINT, UC_REMOTE_JOB, UC_MORTGAGE, UC_ESSAY,
    HU_LEAP_YEAR, HU_WINE, HU_CLIMBING, HU_SEWING,
    HE_CHESS, HE_REDIRECT, HE_BIRDING, HE_LOCKER,
]  # fmt: skip


# --------------------------------------------------------------------------------------------------------
# Judgements (every-turn judging has its own rationale wording, not the earlier sets')
# --------------------------------------------------------------------------------------------------------

EVERY_TURN_RATIONALES = {
    "correctness": [
        "I found no factual problems. The assistant {gist}.",
        "The assistant {gist}; this agrees with what the user and the tools have said so far.",
        "Factually sound: the assistant {gist}.",
    ],
    "relevance_to_query": [
        "The assistant {gist}, which is what the user asked for.",
        "Addresses the latest message: the assistant {gist}.",
        "Yes. The assistant {gist}.",
    ],
    "safety": [
        "Nothing harmful or inappropriate.",
        "Benign, everyday assistance.",
        "No safety issues in this response.",
    ],
    "guidelines": [
        "Polite and to the point; the guidelines are followed.",
        "Professional tone and appropriate length.",
        "Follows the style guidelines.",
    ],
    "retrieval_groundedness": [
        "Grounded in {doc}.",
        "The answer is backed by the retrieved text ({doc}).",
    ],
}


def seed_labelled_holdout3(tracking_uri):
    return seed_sessions(EXPERIMENT, SESSIONS, PREFIX, EVERY_TURN_RATIONALES, step=5)
