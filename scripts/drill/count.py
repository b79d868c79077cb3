#!/usr/bin/env python3
"""Counts a drill from the outside: what clients were told, what the database holds, what Kafka carried.

  count.py ANSWERS.jsonl ROWS.txt EVENTS.jsonl [SINCE]
ANSWERS: one JSON line per request (load.py); ROWS: application numbers in the database, one per
line; EVENTS: CloudEvents (structured JSON) read from the topic, one per line; SINCE: only events
whose time is at or after it count (the broker keeps the topics of earlier runs, whose numbers
start again at 1 in fresh databases). Prints one Markdown
table row: requests, 2xx, other answers, acknowledged-but-lost rows, events (distinct ids),
duplicate deliveries, acknowledged applications without an event, events without a committed row.
"""
import json
import re
import sys

since = sys.argv[4] if len(sys.argv) > 4 else ""
# events about an application (not e.g. the law-data warnings, whose subject is no application)
APPLICATION = re.compile(r"^[A-Z]+-\d{4}-\d+$")

answers = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
rows = {line.strip() for line in open(sys.argv[2]) if line.strip()}
events, ids, deliveries = {}, set(), 0
for line in open(sys.argv[3], encoding="utf-8"):
    line = line.strip()
    if not line.startswith("{"):
        continue
    event = json.loads(line)
    if event.get("time", "") < since:
        continue
    deliveries += 1
    ids.add(event["id"])
    events.setdefault(event.get("subject"), set()).add(event["id"])

acknowledged = {a["number"] for a in answers if 200 <= a["status"] < 300 and a.get("number")}
other = sum(1 for a in answers if not 200 <= a["status"] < 300)
lost_rows = acknowledged - rows
without_event = {n for n in acknowledged if n not in events}
events_without_row = {s for s in events if s not in rows and APPLICATION.match(s or "")}
print(f"| {len(answers)} | {len(acknowledged)} | {other} | {len(lost_rows)} | {len(ids)} | {deliveries - len(ids)} "
      f"| {len(without_event)} | {len(events_without_row)} |")
