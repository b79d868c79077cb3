#!/usr/bin/env python3
"""Drill: one person, many simultaneous attempts to pay them. Every step is fired by --parallel
clients released together; the answers are tallied and the database is then counted from the
outside (P3: the one-time compensation is paid once per person).

1. --parallel applications of the same person, each then assigned: exactly one assignment.
2. --parallel makers gather payout batches at once: the compensation lands in exactly one batch.
3. --parallel approvals, sendings and bank statements of that batch (each with its own
   Idempotency-Key): one payment, paid once.

Prints a Markdown table. Only 127.0.0.1 targets are accepted.
"""
import argparse
import collections
import datetime
import json
import subprocess
import sys
import threading
import os

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
from payout import CHECKER, MAKER, OFFICER, Client, form  # noqa: E402


def at_once(parallel, call):
    """Runs call(i) in `parallel` threads released together; returns the answers."""
    barrier = threading.Barrier(parallel)
    answers = [None] * parallel

    def one(i):
        barrier.wait()
        answers[i] = call(i)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(parallel)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def tally(answers):
    counts = collections.Counter(status for status, _ in answers)
    return ", ".join(f"{status} × {n}" for status, n in sorted(counts.items()))


def sql(database, query):
    return subprocess.run(["runuser", "-u", "postgres", "--", "psql", "-tAq", "-d", database, "-c", query],
                          check=True, capture_output=True, text=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--applicants", required=True, help="JSON lines of scripts/bench/compensation-applicants.sql")
    parser.add_argument("--database", required=True, help="the compensation service's database, for the counts")
    parser.add_argument("--parallel", type=int, default=100)
    args = parser.parse_args()

    client = Client(args.url)
    person = json.loads(open(args.applicants, encoding="utf-8").readlines()[-1])
    iin = person["iin"]
    body = form(person, datetime.date.today().isoformat())
    rows = []

    applied = at_once(args.parallel, lambda i: client.call("POST", "/api/v1/compensations/applications", OFFICER, body))
    accepted = [b for s, b in applied if s == 201 and b["status"] != "REFUSED"]

    def assign(i):
        if i >= len(accepted):
            return 0, None
        decision = {"outcome": "ASSIGN"}
        if accepted[i]["status"] != "DATA_CHECKED":
            decision["grounds"] = "checked against the original documents"
        return client.call("POST", f"/api/v1/compensations/applications/{accepted[i]['id']}/decision", OFFICER, decision)

    assigned = at_once(args.parallel, assign)
    rows.append(("applications of one person, then assigned", args.parallel,
                 f"applications: {tally(applied)}; decisions: {tally([a for a in assigned if a[0]])}",
                 sql(args.database, f"SELECT count(*) FROM compensation_application WHERE iin = '{iin}' "
                                    "AND status IN ('ASSIGNED','IN_PAYOUT','PAYMENT_FAILED','PAID')") + " assigned"))

    gathered = at_once(args.parallel, lambda i: client.call("POST", "/api/v1/compensations/payout-batches", MAKER,
                                                            {"programme": "REPRESSION_ONE_TIME", "maxItems": 1000}))
    batches = [b for s, b in gathered if s == 201]
    rows.append(("makers gathering batches at once", args.parallel, tally(gathered),
                 sql(args.database, f"SELECT count(*) FROM payout_item WHERE iin = '{iin}'") + " payment(s) of the person"))
    if len(batches) != 1:
        print(f"expected exactly one batch, got {len(batches)}", file=sys.stderr)
    batch = batches[0] if batches else None
    if batch:
        path = f"/api/v1/compensations/payout-batches/{batch['id']}"
        for step, key, payload in (("approval", CHECKER, None), ("sending", MAKER, None),
                                   ("bank-statement", MAKER, {"results": [{"endToEndId": item["endToEndId"], "outcome": "PAID"}
                                                                         for item in batch["items"]]})):
            answers = at_once(args.parallel, lambda i: client.call("POST", f"{path}/{step}", key, payload))
            rows.append((f"{step} of the batch, at once", args.parallel, tally(answers),
                         sql(args.database, f"SELECT status FROM payout_batch WHERE id = '{batch['id']}'")))
    paid = sql(args.database, f"SELECT count(*) || ' paid, ' || coalesce(sum(amount_kzt), 0) || ' KZT' FROM payout_item "
                              f"WHERE iin = '{iin}' AND status = 'PAID'")
    rows.append(("the person in the end", "", "", paid))

    print("| step | parallel requests | answers | in the database |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(c) for c in row) + " |")


if __name__ == "__main__":
    main()
