#!/usr/bin/env python3
"""Compensation at volume, through the gateway: N applications accepted, assigned, gathered into
payout batches, approved by a second person, sent and settled by the (simulated) bank.

Reads applicants as JSON lines (scripts/bench/compensation-applicants.sql on the gateway's
database), prints one Markdown table: per phase the count, the wall time, the rate and the
answers that were not the expected ones. Only 127.0.0.1 targets are accepted.
"""
import argparse
import collections
import concurrent.futures
import datetime
import http.client
import json
import sys
import threading
import time
import urllib.parse
import uuid

OFFICER = "dev-key-compensation-officer"
MAKER = "dev-key-payment-operator"
CHECKER = "dev-key-payment-checker"
HALYK = "601"


def kazakh_iban(bank_code, account):
    """KZ IBAN with ISO 13616 mod-97 check digits."""
    bban = bank_code + account
    digits = "".join(str(int(c, 36)) for c in bban + "KZ00")
    return "KZ%02d%s" % (98 - int(digits) % 97, bban)


class Client:
    """One keep-alive connection per thread to the gateway."""

    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        if parsed.hostname not in ("127.0.0.1", "localhost"):
            sys.exit("load goes to 127.0.0.1 only")
        self.host, self.port = parsed.hostname, parsed.port
        self.local = threading.local()
        self.lock = threading.Lock()
        self.retried = collections.Counter()

    def call(self, method, path, key, body=None):
        """One request as a calling system makes it: the same Idempotency-Key on every attempt, one
        more attempt after a lost connection, and after a 503 or 429 a wait of Retry-After (at most
        five attempts in all). Every answer that was not the last is counted in `retried`."""
        headers = {"X-Api-Key": key, "Idempotency-Key": str(uuid.uuid4())}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        lost = 0
        for attempt in range(1, 6):
            connection = getattr(self.local, "connection", None)
            if connection is None:
                connection = self.local.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                connection.request(method, path, body=data, headers=headers)
                answer = connection.getresponse()
                payload = answer.read()
            except (http.client.HTTPException, OSError):
                connection.close()
                self.local.connection = None
                lost += 1
                if lost == 2:
                    return 0, None
                continue
            result = answer.status, (json.loads(payload) if payload else None)
            if answer.status in (429, 503) and attempt < 5:
                with self.lock:
                    self.retried[answer.status] += 1
                time.sleep(min(5, int(answer.getheader("Retry-After") or 1)))
                continue
            return result
        return 0, None


def form(person, today):
    a = person
    address = f"{a['settlement']}, {a['street']} {a['building']}" + (f", пәтер {a['flat']}" if a.get("flat") else "")
    return {
        "iin": a["iin"], "surname": a["surname"], "firstName": a["firstName"], "patronymic": a.get("patronymic"),
        "birthDate": a["birthDate"], "address": address,
        "identityDocument": {"type": "ID_CARD", "number": a["idNumber"], "issuer": a["idIssuer"]},
        "bankAccount": {"iban": kazakh_iban(HALYK, "KZT" + a["iin"][2:12]), "bank": "Halyk Bank"},
        "receivedBenefits": ["PENSION"], "paymentInAnotherRepublic": {"received": False},
        "rehabilitationReference": {"number": a["refNumber"], "date": a["refDate"]},
        "consentToPersonalDataProcessing": True, "consentToUseOfProtectedSecrets": True,
        "applicationDate": today, "acceptedOn": today,
        "acceptedBy": {"surname": "Жуманова", "firstName": "Айгерим", "position": "chief specialist"},
    }


def run_phase(name, items, work, concurrency):
    """Runs work(item) → True when the answer was the expected one; returns a table row."""
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        outcomes = list(pool.map(work, items))
    seconds = time.monotonic() - started
    unexpected = outcomes.count(False)
    return name, len(items), seconds, unexpected


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True, help="the gateway, http://127.0.0.1:<port>")
    parser.add_argument("--applicants", required=True)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args()

    client = Client(args.url)
    people = [json.loads(line) for line in open(args.applicants, encoding="utf-8") if line.strip()][: args.count]
    if len(people) < args.count:
        print(f"only {len(people)} applicants available", file=sys.stderr)
    today = datetime.date.today().isoformat()
    rows = []
    assigned = []

    applications = []
    lock = threading.Lock()
    unexpected_answers = collections.Counter()

    def note_unexpected(phase, status, body):
        kind = (body or {}).get("type", "").rsplit("/", 1)[-1] or (body or {}).get("status") or "-"
        with lock:
            unexpected_answers[(phase, status, kind)] += 1
        return False

    def apply(person):
        status, body = client.call("POST", "/api/v1/compensations/applications", OFFICER, form(person, today))
        if status == 201 and body.get("status") in ("DATA_CHECKED", "DATA_MISMATCH", "AWAITING_DECISION"):
            with lock:
                applications.append(body)
            return True
        return note_unexpected("application", status, body)

    rows.append(run_phase("applications accepted (registry checks, P1–P2)", people, apply, args.concurrency))

    def assign(application):
        decision = {"outcome": "ASSIGN"}
        if application["status"] != "DATA_CHECKED":
            decision["grounds"] = "checked against the original documents"
        status, body = client.call("POST", f"/api/v1/compensations/applications/{application['id']}/decision",
                                   OFFICER, decision)
        if status == 200 and body.get("status") == "ASSIGNED":
            with lock:
                assigned.append(body)
            return True
        return note_unexpected("assignment", status, body)

    rows.append(run_phase("compensations assigned (policies, amount, P3–P4)", applications, assign, args.concurrency))

    # Payout: the maker gathers batches until nothing waits, the checker approves, the maker sends
    # them and the bank's statement (all paid) settles them.
    started = time.monotonic()
    batches, paid, unexpected = [], 0, 0
    while True:
        status, batch = client.call("POST", "/api/v1/compensations/payout-batches", MAKER,
                                    {"programme": "REPRESSION_ONE_TIME", "maxItems": args.batch_size})
        if status != 201:
            break
        batches.append(batch)
    gathered = time.monotonic() - started

    def settle(batch):
        path = f"/api/v1/compensations/payout-batches/{batch['id']}"
        ok = client.call("POST", path + "/approval", CHECKER)[0] == 200
        ok = ok and client.call("POST", path + "/sending", MAKER)[0] == 200
        results = [{"endToEndId": item["endToEndId"], "outcome": "PAID"} for item in batch["items"]]
        status, body = client.call("POST", path + "/bank-statement", MAKER, {"results": results})
        return ok and status == 200 and body.get("status") == "SETTLED"

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        settled = list(pool.map(settle, batches))
    seconds = time.monotonic() - started
    items = sum(len(b["items"]) for b in batches)
    unexpected = settled.count(False) + (len(assigned) - items)
    rows.append((f"paid in {len(batches)} batches of ≤ {args.batch_size} (gathered in {gathered:.1f} s; "
                 "approved, sent, settled)", items, seconds, unexpected))

    print("| phase | count | seconds | per second | unexpected answers |")
    print("|---|---|---|---|---|")
    for name, count, seconds, unexpected in rows:
        print(f"| {name} | {count} | {seconds:.1f} | {count / seconds if seconds else 0:.0f} | {unexpected} |")
    if unexpected_answers:
        print("\nUnexpected answers: " + "; ".join(f"{phase} {status} {kind} × {n}"
                                                  for (phase, status, kind), n in sorted(unexpected_answers.items())) + ".")
    if client.retried:
        print("\nRetried after Retry-After (as a calling system does): "
              + ", ".join(f"{n} × {status}" for status, n in sorted(client.retried.items())) + ".")


if __name__ == "__main__":
    main()
