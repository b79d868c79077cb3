#!/usr/bin/env python3
"""Where an application's CPU samples go, by the library that owns the running code.

    scripts/bench/profile-owners.py RECORDING.jfr [--since HH:MM:SS] [--until HH:MM:SS] [--last SECONDS] [--top N]

Reads the execution samples of a flight recording (`jfr print`, from the JDK that runs the
applications or any newer one) and counts each sample once, for the first frame from the top of
its stack that is not the JDK's own: a sample in `java.util.HashMap` called by Jackson is Jackson's.
Prints a Markdown table of owners and the N hottest methods (top frames). --since/--until keep
the samples of one phase of a run (UTC, as the recording's start times print them); --last keeps
those of the recording's last SECONDS (a run's measured phases come last, after its warm-up).
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys

OWNERS = [  # first match wins: more specific prefixes first
    ("kz.gov.rehab.", "the application's own code"),
    ("io.netty.", "Netty and Vert.x"),
    ("io.vertx.", "Netty and Vert.x"),
    ("io.quarkus.vertx.http.runtime.security.", "Quarkus security"),
    ("io.quarkus.vertx.", "Netty and Vert.x"),
    ("com.fasterxml.jackson.", "Jackson (JSON)"),
    ("org.postgresql.", "PostgreSQL JDBC driver"),
    ("org.hibernate.validator.", "Hibernate Validator"),
    ("org.hibernate.", "Hibernate ORM"),
    ("io.quarkus.hibernate.", "Hibernate ORM"),
    ("io.agroal.", "Agroal (connection pool)"),
    ("com.arjuna.", "Narayana (transactions)"),
    ("io.quarkus.narayana.", "Narayana (transactions)"),
    ("org.jboss.resteasy.", "RESTEasy"),
    ("io.quarkus.resteasy.", "RESTEasy"),
    ("io.quarkus.rest.", "RESTEasy"),
    ("io.quarkus.arc.", "CDI and context propagation"),
    ("io.smallrye.context.", "CDI and context propagation"),
    ("io.opentelemetry.", "OpenTelemetry"),
    ("io.quarkus.opentelemetry.", "OpenTelemetry"),
    ("io.micrometer.", "Micrometer (metrics)"),
    ("io.quarkus.micrometer.", "Micrometer (metrics)"),
    ("org.apache.kafka.", "Kafka client"),
    ("io.smallrye.reactive.messaging.", "Kafka client"),
    ("io.smallrye.faulttolerance.", "SmallRye Fault Tolerance"),
    ("io.smallrye.jwt.", "JWT (SmallRye JWT, jose4j)"),
    ("org.jose4j.", "JWT (SmallRye JWT, jose4j)"),
    ("io.quarkus.security.", "Quarkus security"),
    ("org.jboss.logmanager.", "logging"),
    ("org.jboss.logging.", "logging"),
    ("io.smallrye.mutiny.", "Mutiny"),
    ("io.smallrye.config.", "SmallRye Config"),
    ("org.bouncycastle.", "Bouncy Castle"),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")
FRAME = re.compile(r"^\s+([\w$.<>/]+)\(")
START = re.compile(r"startTime = (\d\d:\d\d:\d\d)")


def owner(method):
    for prefix, name in OWNERS:
        if method.startswith(prefix):
            return name
    return "other: " + ".".join(method.split(".")[:2])


def jfr_command():
    for candidate in (os.environ.get("JFR"), "/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr", shutil.which("jfr")):
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("no jfr command: set JFR to the jfr of a JDK 17 or newer")


def samples(recording):
    out = subprocess.run([jfr_command(), "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", recording],
                         check=True, capture_output=True, text=True).stdout
    start, frames, in_stack = None, [], False
    for line in out.splitlines():
        if line.startswith("jdk.ExecutionSample"):
            start, frames, in_stack = None, [], False
        elif (m := START.search(line)):
            start = m.group(1)
        elif "stackTrace = [" in line:
            in_stack = True
        elif in_stack and line.strip() == "]":
            in_stack = False
            yield start, frames
        elif in_stack and (m := FRAME.match(line)):
            frames.append(m.group(1))


def seconds(clock):
    hours, minutes, secs = clock.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + int(secs)


def main():
    args = argparse.ArgumentParser()
    args.add_argument("recording")
    args.add_argument("--since")
    args.add_argument("--until")
    args.add_argument("--last", type=int)
    args.add_argument("--top", type=int, default=10)
    a = args.parse_args()
    recorded = list(samples(a.recording))
    if a.last:
        end = max(seconds(start) for start, _ in recorded)
        recorded = [(start, frames) for start, frames in recorded if seconds(start) > end - a.last]
    by_owner, by_method, total = collections.Counter(), collections.Counter(), 0
    for start, frames in recorded:
        if not frames or (a.since and start < a.since) or (a.until and start > a.until):
            continue
        total += 1
        by_method[frames[0]] += 1
        caller = next((f for f in frames if not f.startswith(JDK)), None)
        by_owner[owner(caller) if caller else "the JDK alone (its own threads)"] += 1
    if not total:
        sys.exit("no execution samples in that window")
    print(f"{total} samples\n\n| owner (first frame not the JDK's) | samples | share |\n|---|---|---|")
    for name, n in by_owner.most_common():
        print(f"| {name} | {n} | {100 * n / total:.1f} % |")
    print(f"\n| hottest method (top frame) | samples | share |\n|---|---|---|")
    for name, n in by_method.most_common(a.top):
        print(f"| `{name}` | {n} | {100 * n / total:.1f} % |")


if __name__ == "__main__":
    main()
