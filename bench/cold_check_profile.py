#!/usr/bin/env python3
"""Runs a command (a cold `retort check --url`) several times against a PostgreSQL server that logs
every statement, connection and checkpoint, and prints where each run's time went (bench/cold-check-profile.sh).

    cold_check_profile.py --log SERVER_LOG --runs N --cache DIR -- CMD...
    cold_check_profile.py --ab OTHER_RETORT --runs N --cache DIR -- CMD...

With --ab, no log is read: CMD and the same command with OTHER_RETORT (another checkout's
bin/retort) in place of CMD's first word run in turn, RUNS times each after one warm-up run each,
each with an empty cache, and the median wall and CPU time (user + system of the process and its
children) of each are printed, with the load during the runs.

The server must log with log_line_prefix='%m [%p] %d ' in UTC, log_min_duration_statement=0,
log_connections, log_disconnections and log_checkpoints. Before each run DIR (the snapshot cache,
RETORT_CACHE_DIR) is emptied. Per run it prints a timeline, in ms from the moment the process was
started (client clock; the server's log timestamps are on the same machine's clock), and a table of
server time per phase:

  * sessions: per backend (pid) and database, when the connection was received, its first and last
    statement, its disconnection; the number of statements (execute or simple-query lines) and the
    server time they took (parse + bind + execute);
  * CREATE DATABASE, DROP DATABASE (server time, and the checkpoints that ran while they did);
  * on the scratch database (retort_scratch_*): the replay session (the first one: lock, version
    table, the revision's DDL, commits) and the reflecting session (catalog queries);
  * on the live database: the catalog queries and version rows.
"""
import argparse
import datetime
import os
import re
import resource
import shutil
import subprocess
import sys
import time

LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) UTC \[(\d+)\] (\S*) (LOG|ERROR|FATAL|WARNING|STATEMENT|DETAIL|HINT|CONTEXT):  (.*)$")
DURATION = re.compile(r"^duration: ([\d.]+) ms  (statement|parse [^:]*|bind [^:]*|execute [^:]*): (.*)$")
CKPT_DONE = re.compile(r"^checkpoint complete: .*total=([\d.]+) s")


def parse(lines):
    events = []
    current = None
    for raw in lines:
        m = LINE.match(raw)
        if not m:
            if current is not None and raw.startswith("\t"):
                current["text"] += " " + raw.strip()
            continue
        stamp, pid, db, level, msg = m.groups()
        t = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=datetime.timezone.utc).timestamp()
        current = {"t": t, "pid": int(pid), "db": db, "level": level, "msg": msg, "text": ""}
        d = DURATION.match(msg)
        if d:
            current.update(kind=d.group(2).split(" ")[0], ms=float(d.group(1)), text=d.group(3))
        events.append(current)
    return events


def classify_sql(text):
    s = text.strip().upper()
    if s.startswith("CREATE DATABASE"):
        return "create database"
    if s.startswith("DROP DATABASE"):
        return "drop database"
    if s.startswith(("CREATE TABLE T_", "CREATE INDEX IX_", "ALTER TABLE T_")):
        return "revision DDL"
    if s in ("COMMIT", "BEGIN", "ROLLBACK"):
        return s.lower()
    return "other"


def report(events, started, ended, out):
    ms = lambda t: f"{(t - started) * 1000:7.0f}"
    sessions = {}
    timeline = []
    phases = {}
    for e in events:
        pid = e["pid"]
        s = sessions.setdefault(pid, {"db": e["db"], "received": None, "first": None, "last": None, "end": None,
                                      "n": 0, "server": 0.0, "by": {}})
        if e["db"] and e["db"] != "[unknown]":
            s["db"] = e["db"]
        msg = e["msg"]
        if msg.startswith("connection received"):
            s["received"] = e["t"]
        elif msg.startswith("disconnection"):
            s["end"] = e["t"]
        elif msg.startswith("checkpoint starting"):
            timeline.append((e["t"], "checkpoint starting: " + msg.split(": ", 1)[1]))
        elif msg.startswith("checkpoint complete"):
            c = CKPT_DONE.match(msg)
            timeline.append((e["t"], f"checkpoint complete (total {float(c.group(1)) * 1000:.0f} ms)" if c else msg[:80]))
        if "kind" in e:
            start = e["t"] - e["ms"] / 1000
            s["first"] = start if s["first"] is None else min(s["first"], start)
            s["last"] = e["t"] if s["last"] is None else max(s["last"], e["t"])
            s["server"] += e["ms"]
            cls = classify_sql(e["text"])
            if e["kind"] in ("statement", "execute"):
                s["n"] += 1
                s["by"].setdefault(cls, [0, 0.0])[0] += 1
            s["by"].setdefault(cls, [0, 0.0])[1] += e["ms"]
            if cls in ("create database", "drop database") and e["kind"] in ("statement", "execute"):
                timeline.append((start, f"{cls} starts"))
                timeline.append((e["t"], f"{cls} done ({e['ms']:.0f} ms on the server)"))
                phases[cls] = phases.get(cls, 0.0) + e["ms"]
    scratch_seen = 0
    for pid, s in sorted(sessions.items(), key=lambda kv: kv[1]["received"] or kv[1]["first"] or 0):
        if s["first"] is None and s["received"] is None:
            continue
        role = "admin/live" if not s["db"].startswith("retort_scratch_") else ("scratch: replay" if scratch_seen == 0 else "scratch: reflect")
        if s["db"].startswith("retort_scratch_"):
            scratch_seen += 1
        label = f"session {pid} on {s['db']} ({role})"
        if s["received"]:
            timeline.append((s["received"], label + ": connection received"))
        if s["first"]:
            timeline.append((s["first"], label + ": first statement"))
            timeline.append((s["last"], label + f": last statement ({s['n']} statements, {s['server']:.0f} ms on the server)"))
        if s["end"]:
            timeline.append((s["end"], label + ": disconnected"))
        for cls, (n, t) in sorted(s["by"].items(), key=lambda kv: -kv[1][1]):
            phases[f"{role}: {cls}"] = phases.get(f"{role}: {cls}", 0.0) + t
    timeline.append((started, "process started"))
    timeline.append((ended, "process ended"))
    print("```", file=out)
    for t, what in sorted(timeline):
        print(f"{ms(t)} ms  {what}", file=out)
    print("```", file=out)
    print("", file=out)
    print("| phase (server time) | ms |", file=out)
    print("|---|---:|", file=out)
    for name, t in sorted(phases.items(), key=lambda kv: -kv[1]):
        if t >= 0.5:
            print(f"| {name} | {t:.0f} |", file=out)
    print("", file=out)


def timed(cmd, env, cache):
    shutil.rmtree(cache, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({p.returncode}): {p.stderr[-400:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def ab(other, runs, cache, cmd):
    import statistics
    builds = {"this build": cmd, "other build": [other] + cmd[1:]}
    env = dict(os.environ, RETORT_CACHE_DIR=cache)
    for c in builds.values():
        timed(c, env, cache)  # warm-up: page cache, class-data archive
    samples = {k: [] for k in builds}
    loads = []
    for _ in range(runs):
        for name, c in builds.items():
            loads.append(float(open("/proc/loadavg").read().split()[0]))
            samples[name].append(timed(c, env, cache))
    print(f"| build | median wall | min–max | median cpu | runs |")
    print(f"|---|---:|---:|---:|---:|")
    for name, xs in samples.items():
        walls = sorted(w for w, _ in xs)
        cpus = sorted(c for _, c in xs)
        print(f"| {name} | {statistics.median(walls) * 1000:.0f} ms | {walls[0] * 1000:.0f}–{walls[-1] * 1000:.0f} ms"
              f" | {statistics.median(cpus) * 1000:.0f} ms | {runs} |")
    print()
    print(f"(1-minute load during the runs {min(loads):.1f}–{max(loads):.1f}; other build: {other})")
    print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log")
    ap.add_argument("--ab")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cache", required=True)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if args.ab:
        ab(args.ab, args.runs, args.cache, cmd)
        return
    env = dict(os.environ, RETORT_CACHE_DIR=args.cache)
    for run in range(1, args.runs + 1):
        shutil.rmtree(args.cache, ignore_errors=True)
        with open(args.log, "rb") as f:
            f.seek(0, 2)
            offset = f.tell()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        load = open("/proc/loadavg").read().split()[0]
        started = time.time()
        p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        ended = time.time()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        time.sleep(0.3)  # the server writes its last lines (disconnection, a checkpoint) after the client is gone
        with open(args.log, "rb") as f:
            f.seek(offset)
            lines = f.read().decode("utf-8", "replace").splitlines()
        print(f"### run {run}: exit {p.returncode}, wall {(ended - started) * 1000:.0f} ms, cpu {cpu * 1000:.0f} ms, load {load}")
        print()
        scratch = [l for l in p.stderr.splitlines() if l.startswith("scratch:")]
        print(f"- {scratch[0] if scratch else 'no scratch line'}; {p.stdout.strip().splitlines()[-1] if p.stdout.strip() else ''}")
        print()
        report(parse(lines), started, ended, sys.stdout)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
