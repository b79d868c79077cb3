#!/usr/bin/env python3
"""Counts the deadline-watch events of a drill: one "deadline breached" per overdue application,
whatever the number of instances that run the watch.

  deadlines.py EVENTS.jsonl OVERDUE SERVICE [--no-header]
EVENTS: CloudEvents read from the service's topic, one per line; OVERDUE: how many applications the
drill made overdue. Prints a Markdown table row (and the header unless --no-header).
"""
import collections
import json
import sys

events, overdue, service = sys.argv[1], int(sys.argv[2] or 0), sys.argv[3]
ids, deliveries = collections.defaultdict(set), 0
for line in open(events, encoding="utf-8"):
    line = line.strip()
    if not line.startswith("{"):
        continue
    event = json.loads(line)
    if event["type"].endswith(".deadline.breached"):
        deliveries += 1
        ids[event.get("subject")].add(event["id"])

distinct = sum(len(s) for s in ids.values())
if "--no-header" not in sys.argv:
    print("| deadline watch on every instance | applications made overdue | with a breached event | "
          "breached events (distinct) | applications with more than one | duplicate deliveries |")
    print("|---|---|---|---|---|---|")
print(f"| {service} | {overdue} | {len(ids)} | {distinct} | {sum(1 for s in ids.values() if len(s) > 1)} "
      f"| {deliveries - distinct} |")
