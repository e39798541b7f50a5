#!/usr/bin/env python3
"""Start-up cost of Retort in a Spring Boot application whose database is already at head.

    spring_startup.py --jar <example fat jar> --flyway-cp <class path> --pg host:port:user
                      --work <dir> [--size 1000] [--runs 15]

Three variants of examples/spring-boot, each started as `java -cp <exploded jar> ShopApplication`
on its own PostgreSQL database:
  retort  - the example as built (the Retort starter), revisions from classpath:db/retort;
  flyway  - the Retort jars taken out, flyway-core + flyway-database-postgresql added,
            the same statements as Flyway V<n>__*.sql files in classpath:db/flyway;
  none    - the Retort jars taken out, nothing added (the schema is already there).
The first <size> revisions are the example's three, then one CREATE TABLE each. Each database is
brought to head first (Retort's and the plain one by the Retort variant, Flyway's by Flyway); then
the variants start in turn, round robin, <runs> times each. The figure is Spring Boot's own
"Started ShopApplication in X seconds (process running for Y)": Y, from process start to ready.
Prints a Markdown report on stdout.
"""
import argparse
import os
import random
import resource
import re
import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from pathlib import Path

EXAMPLE = ["1a2b3c4d5e6f_create_customers.sql", "2b3c4d5e6f70_create_orders.sql",
           "3c4d5e6f7081_index_orders_by_customer.sql"]
MAIN = "dev.retort.examples.shop.ShopApplication"
STARTED = re.compile(r"Started ShopApplication in ([0-9.]+) seconds \(process running for ([0-9.]+)\)")


def upgrade_part(text):
    """The statements between '-- +upgrade' and '-- +downgrade' of a Retort SQL revision."""
    return text.split("-- +upgrade", 1)[1].split("-- +downgrade", 1)[0].strip() + "\n"


def generate(work, size, example_revisions):
    retort = work / "revisions-retort" / "db" / "retort"
    flyway = work / "revisions-flyway" / "db" / "flyway"
    for d in (retort, flyway):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    previous = None
    for n in range(1, size + 1):
        if n <= len(EXAMPLE):
            name = EXAMPLE[n - 1]
            text = (example_revisions / name).read_text()
            rev = name.split("_", 1)[0]
            flyway_name = f"V{n}__{name.split('_', 1)[1]}"
        else:
            rev = f"be{n:010x}"
            body = f"CREATE TABLE bench_{n:04d} (\n    id BIGINT PRIMARY KEY,\n    name VARCHAR(100) NOT NULL\n);\n"
            text = (f"-- Revision: {rev}\n-- Revises: {previous}\n-- Message: create bench {n}\n"
                    f"-- Create-Date: 2026-12-01T10:00:00Z\n\n-- +upgrade\n{body}\n"
                    f"-- +downgrade\nDROP TABLE bench_{n:04d};\n")
            name = f"{rev}_create_bench_{n:04d}.sql"
            flyway_name = f"V{n}__create_bench_{n:04d}.sql"
        (retort / name).write_text(text)
        (flyway / flyway_name).write_text(upgrade_part(text))
        previous = rev
    return retort.parent.parent, flyway.parent.parent


def explode(jar, work):
    app = work / "app"
    shutil.rmtree(app, ignore_errors=True)
    with zipfile.ZipFile(jar) as z:
        z.extractall(app)
    classes = app / "BOOT-INF" / "classes"
    example_revisions = work / "example-revisions"
    shutil.rmtree(example_revisions, ignore_errors=True)
    shutil.move(str(classes / "db" / "retort"), example_revisions)
    libs = sorted((app / "BOOT-INF" / "lib").glob("*.jar"))
    # the variants without Retort: the same classes but the example's Retort callback bean
    # (DeployAudit implements dev.retort.api.Callback, which those class paths do not have)
    plain = work / "classes-without-retort"
    shutil.rmtree(plain, ignore_errors=True)
    shutil.copytree(classes, plain)
    (plain / "dev" / "retort" / "examples" / "shop" / "DeployAudit.class").unlink()
    return classes, plain, libs, example_revisions


def fat_jar(original, out, drop, add_libs, add_classes):
    """A copy of the example's fat jar as spring-boot-maven-plugin would have built it for another
    variant: entries for which drop(name) holds left out, jars added to BOOT-INF/lib (stored, as the
    loader wants nested jars), files added under BOOT-INF/classes (root: a folder whose tree is
    added), and BOOT-INF/classpath.idx listing the jars it now holds."""
    with zipfile.ZipFile(original) as src, zipfile.ZipFile(out, "w") as dst:
        names = set()
        for info in src.infolist():
            if drop(info.filename) or info.filename == "BOOT-INF/classpath.idx":
                continue
            names.add(info.filename)
            dst.writestr(info, src.read(info.filename))
        for lib in add_libs:
            name = f"BOOT-INF/lib/{Path(lib).name}"
            if name not in names:
                names.add(name)
                dst.write(lib, name, compress_type=zipfile.ZIP_STORED)
        if add_classes is not None:
            for f in sorted(p for p in add_classes.rglob("*")):
                name = "BOOT-INF/classes/" + f.relative_to(add_classes).as_posix() + ("/" if f.is_dir() else "")
                if name not in names:
                    names.add(name)
                    if f.is_dir():
                        dst.writestr(name, b"")
                    else:
                        dst.write(f, name, compress_type=zipfile.ZIP_DEFLATED)
        libs = sorted(n for n in names if n.startswith("BOOT-INF/lib/") and n.endswith(".jar"))
        dst.writestr("BOOT-INF/classpath.idx", "".join(f'- "{n}"\n' for n in libs))
    return out


def fat_jars(jar, work, retort_dir, flyway_dir, flyway_cp):
    """The three variants as fat jars run with java -jar: the example with its revisions inside
    (BOOT-INF/classes/db/retort), and without Retort's jars, with Flyway's or with nothing."""
    retort_jar = fat_jar(jar, work / "fat-retort.jar", lambda n: False, [], retort_dir)
    without = lambda n: (n.startswith("BOOT-INF/lib/retort-") or n.endswith("/DeployAudit.class")
                         or n.startswith("BOOT-INF/classes/db/retort/"))
    none_jar = fat_jar(jar, work / "fat-none.jar", without, [], None)
    flyway_jar = fat_jar(jar, work / "fat-flyway.jar", without, flyway_cp.split(os.pathsep), flyway_dir)
    return retort_jar, flyway_jar, none_jar


def class_path(entries):
    """How java starts the example on a class path of these entries."""
    return ["-cp", os.pathsep.join(str(e) for e in entries), MAIN]


def run_once(launch, db, pg, extra, log):
    """One start: launch is class_path(...) or ["-jar", <fat jar>]."""
    host, port, user = pg
    cmd = ["java", "-Xmx512m"] + launch + [
           f"--spring.datasource.url=jdbc:postgresql://{host}:{port}/{db}",
           f"--spring.datasource.username={user}", "--spring.datasource.password=",
           "--spring.main.web-application-type=none"] + extra
    began = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall = time.perf_counter() - began
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    log.write_text(result.stdout)
    match = STARTED.search(result.stdout)
    if result.returncode != 0 or not match:
        sys.exit(f"{db}: the application did not start (exit {result.returncode}); see {log}")
    return float(match.group(2)), wall, cpu


def paired(diffs):
    """Median of per-round differences (seconds) and a 95% bootstrap interval, in ms."""
    rng = random.Random(20261207)
    medians = sorted(statistics.median(rng.choices(diffs, k=len(diffs))) for _ in range(2000))
    return (f"{1000 * statistics.median(diffs):+.0f} ms [{1000 * medians[49]:+.0f} to "
            f"{1000 * medians[1949]:+.0f} ms]")


def psql(pg, sql, db="postgres"):
    host, port, user = pg
    return subprocess.run(["psql", "-X", "-q", "-t", "-A", "-h", host, "-p", port, "-U", user, "-d", db, "-c", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", required=True)
    ap.add_argument("--flyway-cp", required=True)
    ap.add_argument("--pg", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--java-jar", action="store_true",
                    help="also start each variant as a fat jar with java -jar, the revisions inside it")
    ap.add_argument("--split", action="store_true",
                    help="also start the Retort variant with retort.enabled=false and with validate-on-migrate=false")
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    pg = tuple(a.pg.split(":"))

    classes, plain, libs, example_revisions = explode(a.jar, work)
    retort_dir, flyway_dir = generate(work, a.size, example_revisions)
    without_retort = [str(j) for j in libs if not j.name.startswith("retort-")]
    variants = {
        "retort": (class_path([classes, retort_dir] + libs), "b_retort", []),
        "flyway": (class_path([plain, flyway_dir] + without_retort + [a.flyway_cp]), "b_flyway",
                   ["--spring.flyway.locations=classpath:db/flyway"]),
        "none": (class_path([plain] + without_retort), "b_none", []),
    }
    if a.java_jar:
        # As an application is deployed: java -jar, the revisions nested in the fat jar
        # (BOOT-INF/classes inside the jar, read through Spring Boot's nested-jar URLs).
        fat = fat_jars(a.jar, work, retort_dir, flyway_dir, a.flyway_cp)
        variants["retort -jar"] = (["-jar", str(fat[0])], "b_retort", [])
        variants["flyway -jar"] = (["-jar", str(fat[1])], "b_flyway", variants["flyway"][2])
        variants["none -jar"] = (["-jar", str(fat[2])], "b_none", [])
    if a.split:
        # Same class path and database as "retort": what the starter costs when it does not migrate,
        # and what validate-on-migrate (reading every file's checksum at head) adds.
        variants["retort-disabled"] = (variants["retort"][0], "b_retort", ["--retort.enabled=false"])
        variants["retort-no-validate"] = (variants["retort"][0], "b_retort", ["--retort.validate-on-migrate=false"])
    for _, db, _ in variants.values():
        psql(pg, f"DROP DATABASE IF EXISTS {db}")
        psql(pg, f"CREATE DATABASE {db}")

    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    # To head: Retort migrates its own database and the plain one; Flyway its own.
    print(f"== bringing the databases to head ({a.size} revisions)", file=sys.stderr)
    retort_launch = variants["retort"][0]
    to_head = {}
    to_head["retort"] = run_once(retort_launch, "b_retort", pg, [], logs / "head-retort.log")
    run_once(retort_launch, "b_none", pg, [], logs / "head-none.log")
    to_head["flyway"] = run_once(variants["flyway"][0], "b_flyway", pg, variants["flyway"][2], logs / "head-flyway.log")
    tables = {db: psql(pg, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", db)
              for _, db, _ in variants.values()}
    applied = {"b_retort": psql(pg, "SELECT count(*) FROM retort_history", "b_retort"),
               "b_flyway": psql(pg, "SELECT count(*) FROM flyway_schema_history WHERE success", "b_flyway")}

    # Warm-up (one each, not counted), then round robin, the order rotating each round.
    names = list(variants)
    for name in names:
        cp, db, extra = variants[name]
        run_once(cp, db, pg, extra, logs / f"warmup-{name}.log")
    ready = {name: [] for name in names}
    walls = {name: [] for name in names}
    cpus = {name: [] for name in names}
    loads = []
    for i in range(a.runs):
        order = names[i % len(names):] + names[:i % len(names)]
        loads.append(os.getloadavg()[0])
        for name in order:
            cp, db, extra = variants[name]
            r, w, c = run_once(cp, db, pg, extra, logs / f"run-{name}.log")
            ready[name].append(r)
            walls[name].append(w)
            cpus[name].append(c)
        print(f"   round {i + 1}/{a.runs}: " + ", ".join(f"{n} {ready[n][-1]:.2f}s" for n in names), file=sys.stderr)

    med = {n: statistics.median(ready[n]) for n in names}
    print(f"## Spring Boot start-up at head ({a.size} revisions, PostgreSQL)\n")
    print(f"- runs: {a.runs} per variant after one warm-up each, round robin; load average (1 min) over the rounds: "
          f"min {min(loads):.2f}, median {statistics.median(loads):.2f}, max {max(loads):.2f}")
    print(f"- tables per database: {tables}; rows in the history tables: {applied}")
    print(f"- first start (migrating {a.size} revisions, not counted): Retort {to_head['retort'][0]:.2f} s, "
          f"Flyway {to_head['flyway'][0]:.2f} s\n")
    print("| variant | median to ready (s) | min | max | quartiles | median wall, whole process (s) |")
    print("|---|---|---|---|---|---|")
    for n in names:
        q = statistics.quantiles(ready[n], n=4) if len(ready[n]) > 1 else [ready[n][0]] * 3
        print(f"| {n} | {med[n]:.3f} | {min(ready[n]):.3f} | {max(ready[n]):.3f} | {q[0]:.3f} - {q[2]:.3f} | "
              f"{statistics.median(walls[n]):.3f} |")
    print()
    print(f"- Retort adds {1000 * (med['retort'] - med['none']):+.0f} ms to the median start-up; "
          f"Flyway adds {1000 * (med['flyway'] - med['none']):+.0f} ms.")
    print()
    print("Paired: each round's start minus the same round's start without Retort or Flyway (`none`, and `none -jar`")
    print("for the java -jar starts); median of the")
    print("rounds, with a 95% bootstrap interval of that median (the rounds resampled 2,000 times). `cpu` is the")
    print("whole process's user + system time, start to exit.\n")
    print("| variant | ready − none, median [95% interval] | cpu − none, median [95% interval] | cpu, median |")
    print("|---|---|---|---|")
    for n in names:
        if n.startswith("none"):
            print(f"| {n} | — | — | {statistics.median(cpus[n]):.2f} s |")
            continue
        base = "none -jar" if n.endswith(" -jar") else "none"   # a java -jar start against its own kind
        dr = [x - y for x, y in zip(ready[n], ready[base])]
        dc = [x - y for x, y in zip(cpus[n], cpus[base])]
        print(f"| {n} | {paired(dr)} | {paired(dc)} | {statistics.median(cpus[n]):.2f} s |")
    print()
    print("- every run's figures (ready): " + "; ".join(f"{n}: " + " ".join(f"{x:.2f}" for x in ready[n]) for n in names))
    print("- every run's cpu: " + "; ".join(f"{n}: " + " ".join(f"{x:.2f}" for x in cpus[n]) for n in names))


if __name__ == "__main__":
    main()
