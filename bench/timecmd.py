#!/usr/bin/env python3
"""Times a whole command (wall clock) over several runs; prints one JSON object.

    timecmd.py [--warmup N] [--runs N] [--env K=V ...] [--unset K ...] [--no-hyperfine] -- CMD...

Uses hyperfine (no shell, output discarded) when it is on PATH, otherwise a
plain subprocess loop timed with time.perf_counter(). Either way the first
--warmup runs are not counted and the result carries median/mean/min/max wall time and the
mean CPU time (user + system, all threads) per run, in seconds. A failing run (non-zero exit) is an error.
"""
import argparse
import json
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--unset", action="append", default=[])
    ap.add_argument("--no-hyperfine", action="store_true")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd and args.cmd[0] == "--" else args.cmd
    if not cmd:
        ap.error("no command")

    env = dict(os.environ)
    for key in args.unset:
        env.pop(key, None)
    for pair in args.env:
        key, _, value = pair.partition("=")
        env[key] = value

    hyperfine = None if args.no_hyperfine else shutil.which("hyperfine")
    if hyperfine:
        with tempfile.TemporaryDirectory() as tmp:
            export = os.path.join(tmp, "result.json")
            subprocess.run(
                [hyperfine, "-N", "--style", "none", "--warmup", str(args.warmup), "--runs", str(args.runs),
                 "--export-json", export, shlex.join(cmd)],
                env=env, check=True, stdout=subprocess.DEVNULL)
            with open(export) as f:
                result = json.load(f)["results"][0]
            times = result["times"]
            cpu = result["user"] + result["system"]
        tool = "hyperfine"
    else:
        times = []
        cpu_total = 0.0
        for i in range(args.warmup + args.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
            elapsed = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if i >= args.warmup:
                times.append(elapsed)
                cpu_total += (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        cpu = cpu_total / len(times)
        tool = "python perf_counter"

    print(json.dumps({
        "median": statistics.median(times),
        "mean": statistics.fmean(times),
        "min": min(times),
        "max": max(times),
        "runs": len(times),
        "cpu": cpu,
        "tool": tool,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
