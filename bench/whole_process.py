#!/usr/bin/env python3
"""Whole-process `heads`: bin/retort against alembic on the same generated histories.

Run by bench/heads.sh after HeadsBenchmark has generated bench/out/<shape>-<size>/.
For every case it first checks both tools print the same head ids, then times:

  * `bin/retort -c <dir>/retort.toml heads` as shipped (AppCDS archive in use),
  * the same with RETORT_CDS=0 (no application class-data archive),
  * `alembic -c <dir>/alembic.ini heads` with Python's bytecode cache
    (__pycache__/*.pyc written by the warm-up run, then reused: Alembic's best case),
  * the same with PYTHONDONTWRITEBYTECODE=1 and no __pycache__ (every script
    compiled from source on every run; this machine's default environment).

Prints a Markdown table (also written to <out>/whole-process.md) with medians and the
Alembic/Retort ratios computed from this run's own numbers.
"""
import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IDS = re.compile(r"\b[0-9a-f]{12}\b")


def timecmd(cmd, warmup, runs, env=(), unset=()):
    args = [sys.executable, os.path.join(HERE, "timecmd.py"), "--warmup", str(warmup), "--runs", str(runs)]
    for pair in env:
        args += ["--env", pair]
    for key in unset:
        args += ["--unset", key]
    out = subprocess.run(args + ["--"] + cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def heads_of(cmd, env=None):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return sorted(set(IDS.findall(out)))


def fmt(seconds):
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def cell(result):
    if result is None:
        return "—"
    return (f"{fmt(result['median'])} [{fmt(result['min'])}–{fmt(result['max'])}, n={result['runs']}]"
            f"<br>cpu {fmt(result['cpu'])}")


def ratio(a, b):
    if a is None or b is None:
        return "—"
    return f"{a['median'] / b['median']:.1f}× (cpu {a['cpu'] / b['cpu']:.1f}×)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "out"))
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--shapes", default="linear,branchy")
    ap.add_argument("--alembic", required=True, help="path to the alembic executable")
    ap.add_argument("--alembic-max-size", type=int, default=10000)
    args = ap.parse_args()

    retort = os.path.join(ROOT, "bin", "retort")
    alembic = args.alembic
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",")
    rows = []

    # Process start-up alone, for scale.
    print("  startup: bin/retort --version, alembic --version", file=sys.stderr)
    start_retort = timecmd([retort, "--version"], 2, 10)
    start_retort_nocds = timecmd([retort, "--version"], 2, 10, env=["RETORT_CDS=0"])
    start_alembic = timecmd([alembic, "--version"], 1, 10, unset=["PYTHONDONTWRITEBYTECODE"])
    rows.append(("`--version` (start-up only)", "", start_retort, start_retort_nocds, start_alembic, None))

    for size in sizes:
        for shape in shapes:
            case = os.path.join(args.out, f"{shape}-{size}")
            toml = os.path.join(case, "retort.toml")
            ini = os.path.join(case, "alembic.ini")
            with_alembic = size <= args.alembic_max_size and os.path.isfile(ini)
            r_cmd = [retort, "-c", toml, "heads"]
            a_cmd = [alembic, "-c", ini, "heads"]

            r_heads = heads_of(r_cmd)
            if with_alembic:
                a_heads = heads_of(a_cmd, env={k: v for k, v in os.environ.items()} | {"PYTHONDONTWRITEBYTECODE": "1"})
                if r_heads != a_heads:
                    sys.exit(f"heads differ for {case}: retort {r_heads} alembic {a_heads}")

            big = size >= 100000
            print(f"  whole process: {shape} {size}: bin/retort (AppCDS, then RETORT_CDS=0)", file=sys.stderr)
            r_cds = timecmd(r_cmd, 2, 5 if big else 10)
            r_nocds = timecmd(r_cmd, 1, 5 if big else 10, env=["RETORT_CDS=0"])

            a_pyc = a_nopyc = None
            if with_alembic:
                runs = 10 if size <= 1000 else (5 if size <= 10000 else 3)
                cache = os.path.join(case, "alembic", "versions", "__pycache__")
                shutil.rmtree(cache, ignore_errors=True)
                print(f"  whole process: {shape} {size}: alembic heads without .pyc, then with .pyc cache", file=sys.stderr)
                a_nopyc = timecmd(a_cmd, 1, runs, env=["PYTHONDONTWRITEBYTECODE=1"])
                a_pyc = timecmd(a_cmd, 1, runs, unset=["PYTHONDONTWRITEBYTECODE"])
            rows.append((shape, size, r_cds, r_nocds, a_pyc, a_nopyc, r_heads))

    tool = start_retort["tool"]
    lines = [
        f"Whole-process wall time: median [min–max, n runs after warm-up], timed with {tool}; "
        "cpu = mean user+system CPU time per run (all threads). "
        "Ratios divide the Alembic figure by the `bin/retort` (AppCDS) figure of the same row, both measured in this run.",
        "",
        "| shape | revisions | `bin/retort heads` | `bin/retort heads`, RETORT_CDS=0 | `alembic heads` (.pyc cached) "
        "| `alembic heads` (no .pyc) | Alembic (.pyc) / Retort | Alembic (no .pyc) / Retort |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        shape, size, r_cds, r_nocds, a_pyc, a_nopyc = row[:6]
        lines.append(
            f"| {shape} | {size:,} | {cell(r_cds)} | {cell(r_nocds)} | {cell(a_pyc)} | {cell(a_nopyc)} "
            f"| {ratio(a_pyc, r_cds)} | {ratio(a_nopyc, r_cds)} |"
            if size != ""
            else f"| {shape} | | {cell(r_cds)} | {cell(r_nocds)} | {cell(a_pyc)} | — | — | — |"
        )
    skipped = [s for s in sizes if s > args.alembic_max_size]
    if skipped:
        lines.append("")
        lines.append(
            f"Alembic not timed at {', '.join(f'{s:,}' for s in skipped)} revisions "
            "(one run takes tens of seconds; set ALEMBIC_100K=1 to include it)."
        )
    table = "\n".join(lines) + "\n"
    print(table)
    with open(os.path.join(args.out, "whole-process.md"), "w") as f:
        f.write(table)
    with open(os.path.join(args.out, "whole-process.json"), "w") as f:
        json.dump([{"shape": r[0], "size": r[1], "retort": r[2], "retort_nocds": r[3], "alembic_pyc": r[4],
                    "alembic_nopyc": r[5]} for r in rows], f, indent=1)


if __name__ == "__main__":
    main()
