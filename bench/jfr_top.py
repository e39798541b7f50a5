#!/usr/bin/env python3
"""Top frames of a Java Flight Recorder file, for bench/fleet.sh (PROFILE=1).

    jfr_top.py FILE.jfr [--top 15]

Reads jdk.ExecutionSample (threads running Java code) and jdk.NativeMethodSample (threads in
native code, e.g. waiting on a socket for the database) through `jfr print --json`, and prints
Markdown tables: samples by top frame, and by the innermost dev.retort frame of the stack (which
part of Retort the sample was taken under).
"""
import argparse
import collections
import json
import subprocess


def frame_name(frame):
    method = frame["method"]
    return f"{method['type']['name']}.{method['name']}".replace("/", ".")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    for event, title in (("jdk.ExecutionSample", "running Java"),
                         ("jdk.NativeMethodSample", "in native code (mostly waiting on the database)")):
        text = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", event, args.file],
                              check=True, capture_output=True, text=True).stdout
        events = json.loads(text)["recording"]["events"]
        top = collections.Counter()
        retort = collections.Counter()
        for e in events:
            frames = (e["values"].get("stackTrace") or {}).get("frames") or []
            if not frames:
                continue
            top[frame_name(frames[0])] += 1
            mine = next((frame_name(f) for f in frames if frame_name(f).startswith("dev.retort.")),
                        "(no dev.retort frame)")
            retort[mine] += 1
        total = sum(top.values())
        print(f"{total} samples {title}.")
        print()
        print("| top frame | samples | innermost dev.retort frame | samples |")
        print("|---|---|---|---|")
        a, b = top.most_common(args.top), retort.most_common(args.top)
        for i in range(max(len(a), len(b))):
            left = f"`{a[i][0]}` | {a[i][1]}" if i < len(a) else " | "
            right = f"`{b[i][0]}` | {b[i][1]}" if i < len(b) else " | "
            print(f"| {left} | {right} |")
        print()


if __name__ == "__main__":
    main()
