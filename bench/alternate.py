#!/usr/bin/env python3
"""Times whole commands alternated, round robin, so that contenders share the machine's load.

    alternate.py [--rounds N] [--warmup N] [--json FILE] [--before CMD] [--after CMD] [--may-fail LABEL]
                 [--timeout S] LABEL=COMMAND [LABEL=COMMAND ...]

Each round runs every COMMAND once (shell-split, output discarded, a non-zero exit is an error),
in the given order, after --warmup untimed rounds. With --before, that shell command runs (untimed)
before every timed run of every command, e.g. to give each run a fresh database; its text may use
{label}. With --after, that shell command runs (untimed) after every run that succeeded, e.g. to check
that the database really reached the head; its text may use {label}, and a non-zero exit stops the
measurement with its output (a broken run cannot produce a fast figure). Prints, per command, the
median wall time [min-max], the mean CPU time (user + system of the process and its children) and the ratio of medians to the first command; and the 1-minute load
average before and after. --json writes the same figures for a report. A command named with
--may-fail may exit non-zero (or pass --timeout seconds, then it is stopped): such runs are counted as
failed and left out of its figures; any other failure stops the measurement.
"""
import argparse
import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def run(cmd, may_fail=False, timeout=None):
    """(wall, cpu) of one run, or None when a command that may fail failed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
        code, err = done.returncode, done.stderr
    except subprocess.TimeoutExpired as e:
        code, err = f"stopped after {timeout} s", e.stderr or b""
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code != 0:
        message = f"{shlex.join(cmd)} failed (exit {code}):\n{err.decode(errors='replace')[-2000:]}"
        if not may_fail:
            sys.exit(message)
        # the command, its first error line and its last lines: enough to say why, in a report
        lines = [line[:300] for line in message.splitlines() if line.strip()]
        first_error = [line for line in lines[1:-3] if "error" in line.lower()][:1]
        print("\n".join(lines[:1] + first_error + lines[1:][-3:]), file=sys.stderr)
        return None
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def fmt(seconds):
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def check(after, label):
    """Runs the --after command for one successful run; stops the measurement when it fails."""
    done = subprocess.run(after.replace("{label}", label), shell=True, capture_output=True)
    if done.returncode != 0:
        sys.exit(f"check after {label!r} failed (exit {done.returncode}):\n"
                 f"{(done.stdout + done.stderr).decode(errors='replace')[-2000:]}")


def measure(cases, rounds, warmup, before=None, may_fail=(), timeout=None, after=None):
    """cases: [(label, argv)]; returns {label: {"wall": [...], "cpu": [...], "failed": n}} and the loads seen."""
    results = {label: {"wall": [], "cpu": [], "failed": 0} for label, _ in cases}
    loads = [load()]
    for i in range(warmup + rounds):
        for label, cmd in cases:
            if before:
                subprocess.run(before.replace("{label}", label), shell=True, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            sample = run(cmd, label in may_fail, timeout)
            if after and sample is not None:
                check(after, label)
            if i >= warmup:
                if sample is None:
                    results[label]["failed"] += 1
                else:
                    results[label]["wall"].append(sample[0])
                    results[label]["cpu"].append(sample[1])
        loads.append(load())
    return results, loads


def summary(results):
    rows = []
    base = None
    for label, r in results.items():
        if not r["wall"]:
            rows.append({"label": label, "failed": r["failed"], "runs": 0})
            continue
        median = statistics.median(r["wall"])
        cpu = statistics.fmean(r["cpu"])
        if base is None:
            base = (median, cpu)
        rows.append({"label": label, "median": median, "min": min(r["wall"]), "max": max(r["wall"]),
                     "cpu": cpu, "runs": len(r["wall"]), "failed": r["failed"],
                     "ratio": median / base[0], "cpu_ratio": cpu / base[1]})
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--before")
    ap.add_argument("--after")
    ap.add_argument("--json")
    ap.add_argument("--may-fail", action="append", default=[])
    ap.add_argument("--timeout", type=float)
    ap.add_argument("commands", nargs="+")
    args = ap.parse_args()
    cases = [(c.split("=", 1)[0], shlex.split(c.split("=", 1)[1])) for c in args.commands]
    results, loads = measure(cases, args.rounds, args.warmup, args.before, args.may_fail, args.timeout,
                             args.after)
    rows = summary(results)
    print(f"{args.rounds} rounds alternated after {args.warmup} untimed; 1-min load average "
          f"{min(loads):.2f}-{max(loads):.2f} (before and after each round)\n")
    print(f"| command | wall, median [min-max] | cpu (mean) | wall / first | cpu / first |")
    print("|---|---:|---:|---:|---:|")
    for r in rows:
        if not r["runs"]:
            print(f"| {r['label']} | failed ({r['failed']} of {r['failed']} runs) | | | |")
            continue
        failed = f" ({r['failed']} runs failed)" if r["failed"] else ""
        print(f"| {r['label']} | {fmt(r['median'])} [{fmt(r['min'])}-{fmt(r['max'])}]{failed} | {fmt(r['cpu'])} "
              f"| {r['ratio']:.2f}x | {r['cpu_ratio']:.2f}x |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"rows": rows, "loads": loads}, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
