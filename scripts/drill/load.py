#!/usr/bin/env python3
"""Bounded load for the fault drills: POSTs JSON bodies to the gateway and records every answer.

Each request carries its own Idempotency-Key and X-Request-Id. Every answer is written as one JSON
line {"i", "status", "number", "requestId", "ms", "retryAfter", "contentType"} so the drill can count, from the outside, what the
clients were told. Stops after --count requests or --seconds, whichever comes first; only
127.0.0.1 targets are accepted.
"""
import argparse
import concurrent.futures
import json
import string
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True, help="full URL of the POST, on 127.0.0.1")
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--template", required=True, help="JSON body with ${field} placeholders of --people and ${n}")
    parser.add_argument("--people", required=True, help="JSON lines, one applicant per line (iin, idNumber, ...)")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    if urllib.parse.urlparse(args.url).hostname not in ("127.0.0.1", "localhost"):
        sys.exit("load goes to 127.0.0.1 only")
    template = string.Template(open(args.template, encoding="utf-8").read())
    people = [json.loads(line) for line in open(args.people, encoding="utf-8") if line.strip()]
    deadline = time.monotonic() + args.seconds
    lock = threading.Lock()
    out = open(args.out, "w")

    def one(i):
        if time.monotonic() > deadline:
            return
        body = template.substitute(people[i % len(people)], n=i).encode()
        request_id = f"drill-{i}-{uuid.uuid4().hex[:8]}"
        request = urllib.request.Request(args.url, data=body, method="POST", headers={
            "Content-Type": "application/json", "X-Api-Key": args.api_key,
            "Idempotency-Key": str(uuid.uuid4()), "X-Request-Id": request_id})
        status, number, retry_after, content_type = 0, None, None, None
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                status = answer.status
                number = json.loads(answer.read() or b"{}").get("number")
        except urllib.error.HTTPError as e:
            status, retry_after, content_type = e.code, e.headers.get("Retry-After"), e.headers.get("Content-Type")
        except Exception:  # connection refused or reset while a part is down
            status = 0
        elapsed_ms = round((time.monotonic() - started) * 1000)
        with lock:
            out.write(json.dumps({"i": i, "status": status, "number": number, "requestId": request_id, "ms": elapsed_ms,
                                  "retryAfter": retry_after, "contentType": content_type}) + "\n")

    with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
        list(pool.map(one, range(args.count)))
    out.close()


if __name__ == "__main__":
    main()
