#!/usr/bin/env python3
"""Where the first few hundred milliseconds of a `bin/retort` process go (issue 16).

    profile_startup.py [--runs N] LABEL=COMMAND [LABEL=COMMAND ...]

Each COMMAND (a shell-split string, run from the repository root) runs N times, the commands
alternated, with RETORT_JAVA_OPTS adding `-Xlog:startuptime` and `-Xlog:class+load` (uptime
stamps). A phase starts when its first class loads (the markers below) and ends where the next
one starts; "JVM created" is the JVM's own "Create VM" figure. Prints one Markdown table of
phase medians per command, then the classes each command loaded by where they came from (the
class-data archive, the JDK's modules, each jar, generated at run time). The logging itself adds
some milliseconds; compare phases, not the wall figure with an unprofiled run.
"""
import argparse
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (phase, regular expression of the first class loaded in it); phases missing from a run take 0 ms.
MARKERS = [
    ("picocli: build the command model, parse", r"^dev\.retort\.cli\.RetortCli$"),
    ("configuration (ConfigLoader, Jackson's TOML parser)", r"^dev\.retort\.config\.ConfigLoader$"),
    ("list, read and parse the scripts", r"^dev\.retort\.script\.ScriptDirectory$"),
    ("build the graph", r"^dev\.retort\.graph\.GraphBuilder$"),
    ("database: driver, connect, read the version table", r"^(org\.sqlite\.JDBC|org\.postgresql\.Driver)$"),
    ("run the steps", r"^dev\.retort\.run\.StepExecutor$"),
]
LINE = re.compile(r"\[([0-9.]+)s\].*?(\S+) source: (.*)")
CREATE_VM = re.compile(r"\[startuptime\] Create VM, ([0-9.]+) secs")


def source_of(src):
    if "shared objects file" in src:
        return "class-data archive"
    if src.startswith("jrt:/"):
        return "JDK modules, not archived"
    if ".jar" in src:
        return re.sub(r"-[0-9][0-9.]*(-SNAPSHOT)?\.jar$", "", src.rsplit("/", 1)[-1].split("!")[0])
    return "generated at run time (lambdas, proxies)"


def library_of(name):
    for prefix, library in (("dev.retort.", "Retort"), ("picocli.", "picocli"), ("com.fasterxml.jackson.", "Jackson"),
                            ("org.sqlite.", "sqlite-jdbc"), ("org.postgresql.", "pgjdbc"), ("org.mariadb.", "MariaDB driver"),
                            ("com.mysql.", "MySQL driver"), ("org.h2.", "H2"), ("net.sf.jsqlparser.", "JSqlParser"),
                            ("javax.tools.", "Java compiler"), ("com.sun.tools.", "Java compiler"), ("org.hibernate.", "Hibernate"),
                            ("java.util.logging.", "JDK logging"), ("java.sql.", "JDK java.sql"), ("jdk.", "JDK internal"),
                            ("sun.", "JDK internal"), ("java.", "JDK")):
        if name.startswith(prefix):
            return library
    return "other"


def one_run(cmd, log):
    env = dict(os.environ)
    env["RETORT_JAVA_OPTS"] = (env.get("RETORT_JAVA_OPTS", "") +
                               f" -Xlog:startuptime:file={log}.vm -Xlog:class+load:file={log}:uptime").strip()
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = (time.perf_counter() - start) * 1000
    rows = []
    with open(log) as f:
        for line in f:
            m = LINE.match(line)
            if m:
                rows.append((float(m.group(1)) * 1000, m.group(2), m.group(3)))
    vm = 0.0
    with open(log + ".vm") as f:
        for line in f:
            m = CREATE_VM.search(line)
            if m:
                vm = float(m.group(1)) * 1000
    return wall, vm, rows


def phases_of(wall, vm, rows):
    starts = []
    for name, pattern in MARKERS:
        hit = next((t for t, cls, _ in rows if re.search(pattern, cls)), None)
        if hit is not None:
            starts.append((name, hit))
    result = {"JVM created (-Xlog:startuptime 'Create VM')": vm}
    first_app = starts[0][1] if starts else rows[-1][0]
    result["JVM created -> Retort's main class (JDK boot classes, the launcher)"] = first_app - vm
    bounds = starts + [("END", rows[-1][0])]
    for (name, t0), (_, t1) in zip(bounds, bounds[1:]):
        result[name] = t1 - t0
    result["last class loaded -> exit (output, exit, bash launcher)"] = wall - rows[-1][0]
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("commands", nargs="+", help="LABEL=COMMAND")
    args = ap.parse_args()
    cases = [(c.split("=", 1)[0], shlex.split(c.split("=", 1)[1])) for c in args.commands]
    results = {label: [] for label, _ in cases}
    with tempfile.TemporaryDirectory() as tmp:
        for label, cmd in cases:  # untimed: lets the launcher learn the kind if it has not
            subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        for i in range(args.runs):
            for label, cmd in cases:
                results[label].append(one_run(cmd, os.path.join(tmp, f"log{i}")))
    print(f"Median of {args.runs} runs per command, alternated; load average at end "
          f"{open('/proc/loadavg').read().split()[0:3]}\n")
    for label, runs in results.items():
        phases = [phases_of(*r) for r in runs]
        names = []
        for p in phases:
            names += [n for n in p if n not in names]
        print(f"### {label}\n")
        print(f"wall {statistics.median(r[0] for r in runs):.0f} ms (median, logging on)\n")
        print("| phase | median |")
        print("|---|---:|")
        for n in names:
            print(f"| {n} | {statistics.median(p.get(n, 0.0) for p in phases):.0f} ms |")
        rows = runs[0][2]
        by_source, by_library = {}, {}
        for _, cls, src in rows:
            by_source[source_of(src)] = by_source.get(source_of(src), 0) + 1
            by_library[library_of(cls)] = by_library.get(library_of(cls), 0) + 1
        print(f"\n{len(rows)} classes; from: " + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items(), key=lambda kv: -kv[1])))
        print("; by library: " + ", ".join(f"{k} {v}" for k, v in sorted(by_library.items(), key=lambda kv: -kv[1])) + "\n")


if __name__ == "__main__":
    sys.exit(main())
