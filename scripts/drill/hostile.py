#!/usr/bin/env python3
"""Malformed and hostile requests against the gateway, counted from the outside.

Generates --count requests from a fixed seed (reproducible): truncated and random JSON, wrong
types, giant strings, bad IINs and IBANs, unknown enum values, path traversal, SQL
metacharacters, missing, unknown and forged credentials, odd methods and media types. Prints a
Markdown table: answers by status, 5xx answers, bodies that show internals (stack traces,
exception or framework names). Sends to 127.0.0.1 only; bounded by --count and --seconds.
"""
import argparse
import base64
import collections
import concurrent.futures
import http.client
import json
import random
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

INTERNALS = re.compile(r"(\bat [a-z]+\.[\w.$]+\(|Exception|Caused by|org\.hibernate|io\.quarkus|java\.lang|jakarta\.|SQLState|PSQL)")
SQL = ["' OR '1'='1", "'; DROP TABLE certificate_application; --", "\" OR 1=1 --", "1; SELECT pg_sleep(5)", "%27%20OR%201=1"]
TRAVERSAL = ["../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e/%2e%2e/q/health", "....//....//etc/passwd", "..\\..\\windows"]


def forged_jwt():
    header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').rstrip(b"=").decode()
    payload = base64.urlsafe_b64encode(b'{"iss":"https://gateway.rehab.gov.kz","sub":"x","groups":["state-corporation","akimat"]}').rstrip(b"=").decode()
    return f"{header}.{payload}."


def mutate(rng, value):
    choices = [None, 0, -1, 10**30, 1.5e308, True, [], {}, "", " ", "x" * rng.choice([300, 5000, 100_000]),
               rng.choice(SQL), rng.choice(TRAVERSAL), "\u0000", "\ud83d\ude00" * 50, "<script>alert(1)</script>",
               "".join(rng.choice("0123456789") for _ in range(12)), "ABCDEFGHIJKL", "2999-01-01", "1800-01-01", "NOT_AN_ENUM"]
    return rng.choice(choices)


def hostile_body(rng, valid):
    kind = rng.randrange(8)
    if kind == 0:
        text = json.dumps(valid, ensure_ascii=False)
        return text[: rng.randrange(1, len(text))]                      # truncated JSON
    if kind == 1:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))).decode("latin-1")  # noise
    if kind == 2:
        return json.dumps([valid])                                       # wrong top-level type
    body = json.loads(json.dumps(valid))
    for _ in range(rng.randrange(1, 4)):                                 # mutate fields, also nested
        target = body
        path = rng.choice([["applicantIin"], ["requested"], ["personalDataConsent"], ["documents", "identity", "number"],
                           ["documents", "identity", "kind"], ["documents", "rehabilitation", "issuedOn"],
                           ["documents", "rehabilitation", "number"], ["acceptedBy", "surname"], ["branch", "number"],
                           ["iin"], ["iban"], ["months"], ["birthDate"], ["representative"]])
        for key in path[:-1]:
            target = target.setdefault(key, {}) if isinstance(target, dict) else {}
        if isinstance(target, dict):
            target[path[-1]] = mutate(rng, target.get(path[-1]))
    return json.dumps(body, ensure_ascii=rng.random() < 0.5)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gateway", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--people", required=True)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seed", type=int, default=113)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if urllib.parse.urlparse(args.gateway).hostname not in ("127.0.0.1", "localhost"):
        raise SystemExit("hostile traffic goes to 127.0.0.1 only")

    person = json.loads(open(args.people, encoding="utf-8").readline())
    valid = {"requested": "CERTIFICATE", "applicantIin": person["iin"],
             "documents": {"identity": {"kind": "ID_CARD", "number": person["idNumber"]},
                           "rehabilitation": {"kind": "REHABILITATION_REFERENCE", "number": person["refNumber"],
                                              "issuedOn": person["refDate"], "issuer": person["refIssuer"]}},
             "documentsAuthentic": True, "personalDataConsent": True, "acceptedBy": {"surname": "Сапарова", "name": "Динара", "position": "Chief specialist"},
             "branch": {"number": "SC-0101", "address": "Астана"}}
    posts = ["/api/v1/certificates/applications", "/api/v1/compensations/applications", "/api/v1/certificates/status-inquiries"]
    gets = ["/api/v1/certificates/applications/{x}", "/api/v1/certificates/verification/{x}", "/api/v1/compensations/applications/{x}",
            "/egov/v1/persons/{x}", "/api/v1/certificates/calendar/{x}"]
    deadline = time.monotonic() + args.seconds
    statuses, internals, samples = collections.Counter(), collections.Counter(), []
    lock = threading.Lock()

    def one(i):
        if time.monotonic() > deadline:
            return
        rng = random.Random(args.seed * 1_000_003 + i)
        headers = {"X-Api-Key": args.api_key, "Content-Type": "application/json"}
        credentials = rng.randrange(10)
        if credentials == 0:
            del headers["X-Api-Key"]
        elif credentials == 1:
            headers["X-Api-Key"] = rng.choice(["forged", "' OR 1=1 --", "x" * 4000, "dev-key-"])
        elif credentials == 2:
            headers["Authorization"] = "Bearer " + forged_jwt()
            headers["X-Gateway-Identity"] = "state-corporation"
        if rng.random() < 0.1:
            headers["Content-Type"] = rng.choice(["text/plain", "application/xml", "application/json; charset=latin-7", ""])
        if rng.random() < 0.55:
            method, path = "POST", rng.choice(posts)
            data = hostile_body(rng, valid).encode("utf-8", "surrogatepass")
            if rng.random() < 0.01:
                data = b'{"x":"' + b"A" * 2_000_000 + b'"}'
        else:
            method = rng.choice(["GET", "GET", "GET", "DELETE", "PUT", "PATCH"])
            x = rng.choice(SQL + TRAVERSAL + ["9" * 400, "%00", "CRT-2026-%27", "791028302729", "-1", "2026"])
            path = rng.choice(gets).replace("{x}", urllib.parse.quote(x, safe="%./\\") if rng.random() < 0.5 else x)
            data = None
        url = args.gateway + path
        status, body = 0, ""
        try:
            request = urllib.request.Request(url, data=data, method=method, headers=headers)
            with urllib.request.urlopen(request, timeout=15) as answer:
                status, body = answer.status, answer.read(200_000).decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            status, body = e.code, e.read(200_000).decode("utf-8", "replace")
        except (ValueError, http.client.HTTPException, urllib.error.URLError, OSError):
            status = -1   # the request could not even be sent (e.g. an invalid URL) or the connection was closed
        with lock:
            statuses[status] += 1
            if INTERNALS.search(body):
                internals[status] += 1
                if len(samples) < 5:
                    samples.append(f"{method} {path[:80]} → {status}: {body[:160]!r}")

    with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
        list(pool.map(one, range(args.count)))

    with open(args.out, "w", encoding="utf-8") as out:
        out.write("| measure | value |\n|---|---|\n")
        out.write(f"| requests | {sum(statuses.values())} |\n")
        out.write(f"| answers by status | {', '.join(f'{k} × {v}' for k, v in sorted(statuses.items()))} |\n")
        out.write(f"| 5xx answers | {sum(v for k, v in statuses.items() if k >= 500)} |\n")
        out.write(f"| bodies showing internals | {sum(internals.values())} |\n")
        for sample in samples:
            out.write(f"| sample | {sample.replace('|', '/')} |\n")


if __name__ == "__main__":
    main()
