#!/usr/bin/env python3
"""The rounds of bench/fleet.sh: tenant schemas migrated by three contenders on one PostgreSQL.

    fleet_bench.py --root REPO --project DIR --port P [--size 1000] [--loop-size N] [--runs 3]
                   [--parallel 1,4] [--contenders loop,flyway,fleet] [--warm 3]
                   [--quiet-load 1.5] [--quiet-wait 600] [--out DIR]

Contenders, each a whole process timed from start to exit (wall clock; CPU = user + system of
the process and its children, from getrusage; server CPU = what PostgreSQL's processes used in
the same window, from /proc):

  loop      a shell loop, one `bin/retort --url '...?currentSchema=tenant_<t>' upgrade heads`
            process per tenant (pgjdbc's currentSchema sets the search_path, so Retort's version and
            history tables land in the tenant's schema); on the first --loop-size tenants only when
            that is smaller than --size, the total then extrapolated from the time per tenant
            (--flyway-size likewise for the Flyway loop)
  flyway    one JVM (dev.retort.bench.FleetFlywayLoop): Flyway's Java API per tenant, schemas(tenant)
  fleet-pN  `bin/retort fleet upgrade heads --fleet <file>` with `parallel = N`, for each N of
            --parallel (only when `bin/retort fleet` exists)

Every measurement runs on a new database (CREATE DATABASE), in which the harness first creates the
tenant schemas (the same untimed step for every contender); the order of the contenders rotates
from round to round. After each measurement the harness checks every tenant schema: 20 tables of
the project besides the tool's own, the version row at the head (Retort) or 20 successful
migrations (Flyway), and no table in public; any miss stops the benchmark (exit 1). The database
is dropped afterwards. An untimed warm-up runs every contender on --warm tenants first (bin/retort
learns its class-data archive for a new kind of run on its first run).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import resource

REVISIONS = 20


def log(message):
    print(message, file=sys.stderr, flush=True)


def load1():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


class Pg:
    def __init__(self, port, pg_bin, data_dir):
        self.port = port
        self.pg_bin = pg_bin
        self.data_dir = data_dir

    def psql(self, db, sql, capture=False):
        cmd = [os.path.join(self.pg_bin, "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
               "-d", db, "-v", "ON_ERROR_STOP=1", "-q", "-X", "-At", "-f", "-"]
        done = subprocess.run(cmd, input=sql, text=True, capture_output=True)
        if done.returncode != 0:
            raise SystemExit(f"psql failed on {db}: {done.stderr.strip()}")
        return done.stdout

    def url(self, db):
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def jdbc_url(self, db):
        return f"jdbc:postgresql://127.0.0.1:{self.port}/{db}"

    def create(self, db, tenants):
        self.psql("postgres", f"DROP DATABASE IF EXISTS {db};\nCREATE DATABASE {db};\n")
        self.psql(db, "".join(f"CREATE SCHEMA tenant_{t};\n" for t in tenants))

    def drop(self, db):
        self.psql("postgres", f"DROP DATABASE IF EXISTS {db};\n")

    def wait_disconnected(self, db):
        """Waits (10 s at most) until no session is left on db, so the server CPU of its backends is counted."""
        for _ in range(100):
            if self.psql("postgres", f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{db}';").strip() == "0":
                return
            time.sleep(0.1)

    def cpu_seconds(self):
        """CPU of the server so far: the postmaster, its live children and the children it has reaped."""
        with open(os.path.join(self.data_dir, "postmaster.pid")) as f:
            postmaster = int(f.readline())
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid, ppid = int(entry), int(fields[1])
            if pid == postmaster:
                total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
            elif ppid == postmaster:
                total += int(fields[11]) + int(fields[12])
        return total / ticks


class Contender:
    def __init__(self, name, label, kind, tenants, command, env=None):
        self.name = name
        self.label = label
        self.kind = kind            # "retort" or "flyway": which tables the check expects
        self.tenants = tenants      # how many tenants it migrates per measurement
        self.command = command      # db -> argv
        self.env = env or {}


def contenders(args, pg, has_fleet):
    retort = args.retort
    retort_dir = os.path.join(args.project, "retort")
    names = os.path.join(args.project, "tenants.txt")

    def names_for(size):
        """A file with the first size tenant names."""
        path = os.path.join(args.out, f"tenants-{size}.txt")
        with open(names) as f, open(path, "w") as g:
            g.writelines(f.readlines()[:size])
        return path

    cp = (os.path.join(args.root, "retort-bench/target/retort-bench.jar") + os.pathsep
          + os.path.join(args.root, "retort-bench/target/lib/*"))
    result = []
    for name in args.contenders.split(","):
        if name == "loop":
            def loop_cmd(db, size):
                script = ('for t in $(cat "$NAMES"); do "$RETORT" --url "$BASE?currentSchema=tenant_$t" upgrade heads'
                          ' || { echo "tenant $t failed" >&2; exit 1; }; done')
                return ["bash", "-c", script], {"RETORT": retort, "BASE": pg.url(db), "NAMES": names_for(size)}
            result.append(Contender("loop", "shell loop of `bin/retort upgrade heads` processes", "retort",
                                    args.loop_size, loop_cmd))
        elif name == "flyway":
            def flyway_cmd(db, size):
                return (["java", "-Xmx1g", "-cp", cp, "dev.retort.bench.FleetFlywayLoop", "--url", pg.jdbc_url(db),
                         "--user", "postgres", "--tenants", names_for(size), "--prefix", "tenant_",
                         "--locations", os.path.join(args.project, "flyway"), "--expect", str(REVISIONS)], {})
            result.append(Contender("flyway", "Flyway 10.22.0 Java API, one JVM, a loop over the schemas",
                                    "flyway", args.flyway_size, flyway_cmd))
        elif name == "fleet":
            if not has_fleet:
                log("== `bin/retort fleet` does not exist in this build: the fleet contenders are left out")
                continue
            for parallel in [int(p) for p in args.parallel.split(",")]:
                def fleet_cmd(db, size, parallel=parallel):
                    fleet_file = os.path.join(args.out, f"fleet-{db}.toml")
                    size_names = names_for(size)
                    with open(fleet_file, "w") as f:
                        f.write("[fleet]\n"
                                f"parallel = {parallel}\n"
                                "[[fleet.generate]]\n"
                                f"names_file = \"{size_names}\"\n"
                                f"url = \"{pg.url(db)}\"\n"
                                "schema = \"tenant_{name}\"\n")
                    return [retort, "fleet", "upgrade", "heads", "--fleet", fleet_file], {}
                result.append(Contender(f"fleet-p{parallel}",
                                        f"`bin/retort fleet upgrade heads`, parallel = {parallel}", "retort",
                                        args.size, fleet_cmd))
        else:
            raise SystemExit(f"unknown contender {name}")
    return result


def verify(pg, db, kind, tenants, head):
    """Checks every tenant schema of db; returns the tables in public, the number of good schemas and up to 5 bad ones."""
    if kind == "retort":
        own = ("retort_version", "retort_history")
        check = ("(SELECT string_agg(version_num, ',') FROM {s}.retort_version) = '" + head + "'"
                 " AND (SELECT count(*) FROM {s}.retort_history WHERE success AND direction = 'upgrade') = "
                 + str(REVISIONS))
    else:
        own = ("flyway_schema_history",)
        check = ("(SELECT count(DISTINCT version) FROM {s}.flyway_schema_history WHERE success AND version IS NOT NULL) = "
                 + str(REVISIONS))
    # One statement per schema for its version rows (a single UNION of a thousand takes the planner
    # minutes), and one pass over the catalog for the tables of every schema.
    sql = "".join(f"SELECT 'tenant_{t}', " + check.format(s=f"tenant_{t}") + ";\n" for t in tenants)
    sql += ("SELECT n.nspname, count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            " AND n.nspname NOT LIKE 'pg\\_%' AND c.relname NOT IN ('" + "', '".join(own) + "') GROUP BY n.nspname;\n")
    lines = [line.split("|") for line in pg.psql(db, sql).splitlines() if line]
    versions_ok = {name: value == "t" for name, value in lines[:len(tenants)]}
    tables = {name: int(value) for name, value in lines[len(tenants):]}
    bad = [name for name, ok in versions_ok.items() if not ok or tables.get(name, 0) != REVISIONS]
    return tables.get("public", 0), len(versions_ok) - len(bad), bad[:5]


def measure(args, pg, contender, db, size, head, logs, check=True):
    tenants = list(range(1, size + 1))
    pg.create(db, tenants)
    cmd, env = contender.command(db, size)
    full_env = dict(os.environ)
    for key in ("RETORT_URL", "DATABASE_URL"):
        full_env.pop(key, None)
    full_env.update(env)
    log_file = os.path.join(logs, f"{db}.log")
    load = load1()
    server_before = pg.cpu_seconds()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(log_file, "w") as out:
        done = subprocess.run(cmd, env=full_env, cwd=os.path.join(args.project, "retort"), stdout=out,
                              stderr=subprocess.STDOUT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    pg.wait_disconnected(db)
    server = pg.cpu_seconds() - server_before
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"FAILED: {contender.name} exited with {done.returncode} on {db}; see {log_file}")
    if check:
        public, good, bad = verify(pg, db, contender.kind, tenants, head)
        if good != size or public != 0:
            raise SystemExit(f"FAILED: {contender.name} on {db}: {good} of {size} tenant schemas complete"
                             f" (first incomplete: {' '.join(bad) or '-'}), {public} tables in public; see {log_file}")
    pg.drop(db)
    return {"wall": wall, "cpu": cpu, "server": server, "load": load, "tenants": size}


def wait_quiet(args, budget):
    waited = 0
    while load1() > args.quiet_load and budget[0] > 0:
        log(f"== load {load1():.2f} > {args.quiet_load}: waiting 30 s ({budget[0]} s of waiting left)")
        time.sleep(30)
        budget[0] -= 30
        waited += 30
    return waited


def fmt(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 120:
        return f"{seconds:.2f} s"
    return f"{seconds:.0f} s ({seconds / 60:.1f} min)"


def per_tenant(seconds):
    return f"{seconds * 1000:.1f} ms"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--retort", default="", help="the bin/retort measured (default: the one under --root)")
    ap.add_argument("--project", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pg-bin", default="/usr/lib/postgresql/15/bin")
    ap.add_argument("--pg-data", required=True)
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--loop-size", type=int, default=0)
    ap.add_argument("--flyway-size", type=int, default=0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--parallel", default="1,4")
    ap.add_argument("--contenders", default="loop,flyway,fleet")
    ap.add_argument("--warm", type=int, default=3)
    ap.add_argument("--quiet-load", type=float, default=1.5)
    ap.add_argument("--quiet-wait", type=int, default=600)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    args.retort = args.retort or os.path.join(args.root, "bin", "retort")
    if args.loop_size <= 0 or args.loop_size > args.size:
        args.loop_size = args.size
    if args.flyway_size <= 0 or args.flyway_size > args.size:
        args.flyway_size = args.size
    logs = os.path.join(args.out, "logs")
    os.makedirs(logs, exist_ok=True)
    pg = Pg(args.port, args.pg_bin, args.pg_data)
    with open(os.path.join(args.project, "head.txt")) as f:
        head = f.read().strip()
    usage = subprocess.run([args.retort, "--help"], capture_output=True, text=True).stdout
    has_fleet = any(line.split()[:1] == ["fleet"] for line in usage.splitlines() if line.startswith("  "))
    todo = contenders(args, pg, has_fleet)
    budget = [args.quiet_wait]

    log(f"== warm-up: every contender on {args.warm} tenants (untimed)")
    for c in todo:
        measure(args, pg, c, f"fleet_warm_{c.name.replace('-', '_')}", min(args.warm, c.tenants), head, logs)

    results = {c.name: [] for c in todo}
    for r in range(args.runs):
        order = todo[r % len(todo):] + todo[:r % len(todo)]
        for c in order:
            wait_quiet(args, budget)
            db = f"fleet_r{r + 1}_{c.name.replace('-', '_')}"
            log(f"== round {r + 1}/{args.runs}: {c.name} on {c.tenants} tenants (load {load1():.2f})")
            m = measure(args, pg, c, db, c.tenants, head, logs)
            m["round"] = r + 1
            results[c.name].append(m)
            log(f"   {fmt(m['wall'])}, {per_tenant(m['wall'] / m['tenants'])} per tenant, cpu {fmt(m['cpu'])},"
                f" server cpu {fmt(m['server'])}")
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"size": args.size, "loop_size": args.loop_size, "flyway_size": args.flyway_size, "runs": args.runs, "results": results}, f, indent=1)

    print()
    print(f"{args.size} tenant schemas × {REVISIONS} revisions; {args.runs} rounds, order rotated; every"
          " measurement on a new database. Median [min–max] of the rounds; per tenant = total / tenants;"
          " cpu = user + system of the contender's processes; server cpu = PostgreSQL's processes in the"
          " same window; load = 1-minute load average at the start of each measurement.")
    print()
    print("| contender | tenants run | total | per tenant | cpu | server cpu | load |")
    print("|---|---|---|---|---|---|---|")
    medians = {}
    for c in todo:
        ms = results[c.name]
        walls = [m["wall"] for m in ms]
        per = statistics.median(w / c.tenants for w in walls)
        medians[c.name] = per
        total = f"{fmt(statistics.median(walls))} [{fmt(min(walls))}–{fmt(max(walls))}]"
        if c.tenants < args.size:
            total += f"; ×{args.size}/{c.tenants}: {fmt(per * args.size)} (extrapolated)"
        cpu = statistics.median(m["cpu"] for m in ms)
        server = statistics.median(m["server"] for m in ms)
        loads = [m["load"] for m in ms]
        print(f"| {c.label} | {c.tenants} | {total} | {per_tenant(per)} | {fmt(cpu)} | {fmt(server)} |"
              f" {min(loads):.1f}–{max(loads):.1f} |")
    fleets = [c.name for c in todo if c.name.startswith("fleet-")]
    if fleets:
        print()
        print("| ratio (medians per tenant) | " + " | ".join(fleets) + " | target |")
        print("|---|" + "---|" * (len(fleets) + 1))
        for other, target in (("loop", "≥ 10×"), ("flyway", "> 1×")):
            if other in medians:
                print(f"| {other} / fleet | " + " | ".join(f"{medians[other] / medians[f]:.1f}×" for f in fleets)
                      + f" | {target} |")
    elif "loop" in medians and "flyway" in medians:
        print()
        print(f"| ratio (medians per tenant) | loop / flyway: {medians['loop'] / medians['flyway']:.1f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
