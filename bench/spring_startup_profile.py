#!/usr/bin/env python3
"""Where Retort's part of a Spring Boot start at head goes, measured inside each start.

    spring_startup_profile.py --jar <example fat jar> --pg host:port:user --work <dir>
                              [--size 1000] [--runs 5] [--period-ms 2] [--keep-jfr]

The same set-up as spring_startup.py (the example's exploded jar, <size> revisions from
classpath:db/retort, a PostgreSQL database brought to head first), then <runs> starts of the Retort
variant and as many of the variant without Retort, alternating, each with

  * the bench probe (bench/spring-startup-probe, compiled here against the example's libraries and
    registered by its META-INF/spring.factories): the wall time, main-thread CPU time, process CPU time
    and classes loaded while each Retort bean is created, exclusive of the other beans created
    meanwhile (the DataSource), and the same clocks from JVM start to ready;
  * a JFR recording of CPU samples (every <period-ms> ms, deep stacks) and the probe's
    RetortBeanWindow events; the samples inside the windows are attributed to a phase (which
    part of the starter) and a kind of work (class loading, reading files, checksums, JDBC, ...).

CPU times do not depend much on what else runs on the machine, unlike the wall time of a start.
Prints a Markdown report on stdout.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spring_startup  # noqa: E402  (explode, generate, psql)

PROBE_SRC = Path(__file__).resolve().parent / "spring-startup-probe" / "src"
WINDOW = "dev.retort.bench.RetortBeanWindow"

# Which part of the starter a sample belongs to: the outermost of these frames on its stack.
PHASES = [
    ("dev.retort.spring.StartupChecks.run", "validate-on-migrate (status)"),
    ("dev.retort.spring.UpgradeToTarget.migrate", "upgrade"),
    ("dev.retort.spring.RetortMigrationInitializer.afterPropertiesSet", "initializer, other"),
    ("dev.retort.spring.RetortFactory.create", "building the Retort object"),
    ("dev.retort.spring.RetortAutoConfiguration", "auto-configuration beans"),
]
POOL_START = "com.zaxxer.hikari.pool.HikariPool.<init>"
JDBC = ("org.postgresql.", "com.zaxxer.hikari.", "java.sql.")
# What kind of work a sample does: the innermost frame (leaf first) matching one of these.
KINDS = [
    (("java.lang.ClassLoader.", "jdk.internal.loader.", "java.net.URLClassLoader.", "java.lang.Class.forName",
      "jdk.internal.misc.Unsafe.defineClass", "java.lang.System$2.defineClass"), "class loading"),
    (("java.lang.invoke.", "jdk.internal.reflect.", "sun.invoke."), "lambdas, reflection set-up"),
    (("org.postgresql.", "com.zaxxer.hikari.", "java.sql.", "java.net.Socket", "sun.nio.ch."), "JDBC, database"),
    (("dev.retort.script.Checksum.", "java.security.MessageDigest", "sun.security.provider."), "checksums"),
    (("dev.retort.script.SqlHeaderParser.", "dev.retort.script.HeaderFields.", "dev.retort.script.ScriptHeader.",
      "dev.retort.script.JavaHeaderParser."), "header parsing"),
    (("dev.retort.script.ScriptText.", "java.nio.charset.", "sun.nio.cs."), "decoding text"),
    (("dev.retort.script.ResourceListing.", "dev.retort.script.Classpath", "java.nio.file.", "sun.nio.fs.",
      "java.io.", "java.util.zip.", "java.util.jar.", "sun.net.www.", "java.net.URL"), "listing, reading files"),
    (("dev.retort.graph.",), "graph building"),
    (("dev.retort.plan.", "dev.retort.store.", "dev.retort.run."), "planning, version table"),
    (("dev.retort.config.", "dev.retort.dialect.", "dev.retort.api.RetortBuilder"), "configuration, dialect"),
    (("ch.qos.logback.", "org.slf4j.", "org.apache.commons.logging.", "org.apache.logging."), "logging"),
    (("org.springframework.",), "Spring (binding, bean creation)"),
]


def compile_probe(libs, out):
    sources = [str(p) for p in PROBE_SRC.rglob("*.java")]
    subprocess.run(["javac", "--release", "17", "-d", str(out), "-cp", os.pathsep.join(libs)] + sources, check=True)
    (out / "META-INF").mkdir(parents=True, exist_ok=True)
    shutil.copy(PROBE_SRC / "META-INF" / "spring.factories", out / "META-INF" / "spring.factories")


def jfc(period_ms, path):
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="retort-startup">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">{period_ms} ms</setting></event>
  <event name="jdk.NativeMethodSample"><setting name="enabled">true</setting><setting name="period">{period_ms} ms</setting></event>
  <event name="{WINDOW}"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
</configuration>
""")


def start(cp, db, pg, extra, log, jfr=None, settings=None, class_log=None):
    host, port, user = pg
    flags = ["-Xmx512m"]
    if class_log:
        flags += [f"-Xlog:class+load=info:file={class_log}"]
    if jfr:
        flags += [f"-XX:StartFlightRecording=filename={jfr},settings={settings},dumponexit=true",
                  "-XX:FlightRecorderOptions=stackdepth=512"]
    cmd = ["java"] + flags + ["-cp", cp, "dev.retort.examples.shop.ShopApplication",
                              f"--spring.datasource.url=jdbc:postgresql://{host}:{port}/{db}",
                              f"--spring.datasource.username={user}", "--spring.datasource.password=",
                              "--spring.main.web-application-type=none"] + extra
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log.write_text(result.stdout)
    if result.returncode != 0 or "Started ShopApplication" not in result.stdout:
        sys.exit(f"{db}: the application did not start (exit {result.returncode}); see {log}")
    return probe_lines(result.stdout)


def probe_lines(output):
    """{bean: {wall_us, thread_cpu_us, process_cpu_us, classes}} from the RETORT-PROBE lines."""
    beans = {}
    for line in output.splitlines():
        if line.startswith("RETORT-PROBE "):
            fields = dict(f.split("=", 1) for f in line.split()[1:])
            bean = fields.pop("bean")
            beans[bean] = {k: int(v) for k, v in fields.items()}
    return beans


def instant(text):
    """JFR's ISO time stamp (nanoseconds) as nanoseconds since the epoch."""
    date, frac = (text.rstrip("Z").split(".") + ["0"])[:2]
    offset = 0
    for sign in "+-":
        if sign in frac:
            frac, tz = frac.split(sign, 1)
            h, m = tz.split(":")
            offset = (1 if sign == "+" else -1) * (int(h) * 3600 + int(m) * 60)
    seconds = (datetime.fromisoformat(date) - datetime(1970, 1, 1)).total_seconds()
    return int(seconds - offset) * 1_000_000_000 + int((frac + "000000000")[:9])


def duration(text):
    """JFR's ISO-8601 duration (PT0.001234S) in nanoseconds."""
    body = text[2:]
    total = 0.0
    for unit, factor in (("H", 3600), ("M", 60), ("S", 1)):
        if unit in body:
            value, body = body.split(unit, 1)
            total += float(value) * factor
    return int(total * 1e9)


def frames_of(event):
    stack = event["values"].get("stackTrace") or {}
    out = []
    for f in stack.get("frames", []):
        m = f["method"]
        out.append(m["type"]["name"].replace("/", ".") + "." + m["name"])
    return out  # leaf first


def phase_of(frames):
    for marker, phase in PHASES:  # the first marker of the list found on the stack
        if any(frame.startswith(marker) for frame in frames):
            return phase
    return "other"


def kind_of(frames):
    if any(frame.startswith(POOL_START) for frame in frames):
        return "pool start (first connection; JPA pays it without Retort)"
    if any(frame.startswith(JDBC) for frame in frames):
        return "JDBC, database"  # its socket reads would otherwise count as reading files
    for frame in frames:
        for prefixes, kind in KINDS:
            if frame.startswith(prefixes):
                return kind
    return "other: " + (frames[0].rsplit(".", 2)[0] if frames else "?")


def analyse(jfr_file):
    """Samples inside the Retort bean windows: counts by (phase, kind), by thread, and the top Retort frames."""
    text = subprocess.run(["jfr", "print", "--json", "--stack-depth", "1000", "--events",
                           f"jdk.ExecutionSample,jdk.NativeMethodSample,{WINDOW}", str(jfr_file)],
                          check=True, capture_output=True, text=True).stdout
    events = json.loads(text)["recording"]["events"]
    windows = []
    for e in events:
        if e["type"] == WINDOW:
            begin = instant(e["values"]["startTime"])
            windows.append((begin, begin + duration(e["values"]["duration"]), e["values"]["bean"]))
    windows.sort()
    by_phase_kind = Counter()
    retort_frames = Counter()
    outside = Counter()
    main_samples = 0
    for e in events:
        if e["type"] == WINDOW:
            continue
        values = e["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or "?"
        t = instant(values["startTime"])
        frames = frames_of(e)
        inside = any(b <= t <= end for b, end, _ in windows)
        has_retort = any(f.startswith("dev.retort.") and not f.startswith("dev.retort.examples.") for f in frames)
        if thread == "main" and inside:
            main_samples += 1
            by_phase_kind[(phase_of(frames), kind_of(frames))] += 1
        elif inside and has_retort:
            by_phase_kind[("parallel workers (" + phase_of(frames) + ")", kind_of(frames))] += 1
        elif has_retort:
            outside[(thread if thread == "main" else "other threads", kind_of(frames))] += 1
        else:
            continue
        own = next((f for f in frames if f.startswith("dev.retort.") and not f.startswith("dev.retort.bench.")), None)
        if own and (inside or has_retort):
            retort_frames[own] += 1
    return {"windows": len(windows), "main": main_samples, "phase_kind": by_phase_kind, "outside": outside,
            "frames": retort_frames}


def loaded_classes(class_log):
    """{class name: where from} of a -Xlog:class+load file."""
    classes = {}
    for line in Path(class_log).read_text().splitlines():
        parts = line.split("] ", 1)[-1].split(" source: ")
        if len(parts) == 2:
            source = parts[1]
            name = parts[0].strip()
            where = ("generated" if "__JVM_" in source or "LookupDefinedClass" in source or "instance of" in source
                     or "$$Lambda" in name or "/0x" in name or "$$" in name else
                     "JDK" if source.startswith(("jrt:", "shared objects file")) else
                     Path(source.split("!")[0].rstrip("/")).name)
            classes[name] = where
    return classes


def class_difference(retort_log, none_log):
    """The classes only the Retort start loads, counted by package group and where they came from."""
    retort, none = loaded_classes(retort_log), loaded_classes(none_log)
    # jdk.jfr: the probe's own JFR event class, loaded only when a Retort bean is timed; generated
    # classes (lambdas, method handles, proxies) carry addresses in their names, so only their
    # numbers are compared
    only = {c: w for c, w in retort.items()
            if c not in none and not c.startswith("jdk.jfr") and w not in ("generated", "__dynamic_proxy__")}
    groups = Counter()
    for name, where in only.items():
        package = ".".join(name.split("$")[0].split(".")[:3]) if "." in name else name
        groups[(package, where)] += 1
    for kind in ("generated", "__dynamic_proxy__"):
        extra = sum(w == kind for w in retort.values()) - sum(w == kind for w in none.values())
        if extra > 0:
            groups[("(lambdas, method handles)" if kind == "generated" else "(proxies)", "JVM, more than without")] = extra
    return len(retort), len(none), groups


def median_ms(values):
    return statistics.median(values) / 1000 if values else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", required=True)
    ap.add_argument("--pg", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--period-ms", type=int, default=2)
    ap.add_argument("--keep-jfr", action="store_true")
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    pg = tuple(a.pg.split(":"))

    classes, plain, libs, example_revisions = spring_startup.explode(a.jar, work)
    retort_dir, _ = spring_startup.generate(work, a.size, example_revisions)
    probe = work / "probe-classes"
    compile_probe([str(j) for j in libs], probe)
    without_retort = [str(j) for j in libs if not j.name.startswith("retort-")]
    variants = {
        "retort": os.pathsep.join([str(classes), str(retort_dir), str(probe)] + [str(j) for j in libs]),
        "none": os.pathsep.join([str(plain), str(probe)] + without_retort),
    }
    for db in ("p_retort", "p_none"):
        spring_startup.psql(pg, f"DROP DATABASE IF EXISTS {db}")
        spring_startup.psql(pg, f"CREATE DATABASE {db}")
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    print(f"== bringing the databases to head ({a.size} revisions)", file=sys.stderr)
    start(variants["retort"], "p_retort", pg, [], logs / "profile-head-retort.log")
    start(variants["retort"], "p_none", pg, [], logs / "profile-head-none.log")
    settings = work / "retort-startup.jfc"
    jfc(a.period_ms, settings)
    start(variants["retort"], "p_retort", pg, [], logs / "profile-warmup.log", class_log=logs / "classes-retort.log")
    start(variants["none"], "p_none", pg, [], logs / "profile-warmup-none.log", class_log=logs / "classes-none.log")
    n_retort, n_none, groups = class_difference(logs / "classes-retort.log", logs / "classes-none.log")

    beans = defaultdict(lambda: defaultdict(list))
    ready = {"retort": defaultdict(list), "none": defaultdict(list)}
    total = {"windows": 0, "main": 0, "phase_kind": Counter(), "outside": Counter(), "frames": Counter()}
    jfr_dir = work / "jfr"
    jfr_dir.mkdir(exist_ok=True)
    for i in range(a.runs):
        for name, db in (("retort", "p_retort"), ("none", "p_none")) if i % 2 == 0 else \
                (("none", "p_none"), ("retort", "p_retort")):
            jfr = jfr_dir / f"{name}-{i + 1}.jfr"
            lines = start(variants[name], db, pg, [], logs / f"profile-{name}-{i + 1}.log",
                          jfr if name == "retort" else None, settings)
            for key, value in lines.pop("(ready)").items():
                ready[name][key].append(value)
            if name == "retort":
                for bean, clocks in lines.items():
                    for key, value in clocks.items():
                        beans[bean][key].append(value)
                found = analyse(jfr)
                for key in ("windows", "main"):
                    total[key] += found[key]
                for key in ("phase_kind", "outside", "frames"):
                    total[key].update(found[key])
                if not a.keep_jfr:
                    jfr.unlink()
        print(f"   start {i + 1}/{a.runs} done", file=sys.stderr)

    print(f"## Retort's part of a Spring Boot start at head ({a.size} revisions, PostgreSQL; {a.runs} starts)\n")
    print(f"- load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("### Creating Retort's beans (probe; medians over the starts; exclusive of other beans)\n")
    print("| bean | wall ms | main-thread CPU ms | process CPU ms | classes loaded |")
    print("|---|---|---|---|---|")
    sums = defaultdict(list)
    for i in range(a.runs):
        for key in ("wall_us", "thread_cpu_us", "process_cpu_us", "classes"):
            sums[key].append(sum(b[key][i] for b in beans.values() if len(b[key]) > i))
    for bean in sorted(beans, key=lambda b: -statistics.median(beans[b]["thread_cpu_us"])):
        c = beans[bean]
        print(f"| {bean} | {median_ms(c['wall_us']):.1f} | {median_ms(c['thread_cpu_us']):.1f} | "
              f"{median_ms(c['process_cpu_us']):.1f} | {statistics.median(c['classes']):.0f} |")
    print(f"| **all Retort beans** | {median_ms(sums['wall_us']):.1f} | {median_ms(sums['thread_cpu_us']):.1f} | "
          f"{median_ms(sums['process_cpu_us']):.1f} | {statistics.median(sums['classes']):.0f} |")
    print(f"\nEvery start's main-thread CPU ms in Retort's beans: "
          + " ".join(f"{x / 1000:.0f}" for x in sums["thread_cpu_us"]))
    print("\n### JVM start to ready, with and without Retort (probe; medians)\n")
    print("| variant | wall (uptime) ms | main-thread CPU ms | process CPU ms | classes loaded |")
    print("|---|---|---|---|---|")
    for name in ("retort", "none"):
        r = ready[name]
        print(f"| {name} | {median_ms(r['wall_us']):.0f} | {median_ms(r['thread_cpu_us']):.0f} | "
              f"{median_ms(r['process_cpu_us']):.0f} | {statistics.median(r['classes']):.0f} |")
    diff = {k: median_ms(ready["retort"][k]) - median_ms(ready["none"][k])
            for k in ("wall_us", "thread_cpu_us", "process_cpu_us")}
    print(f"| difference | {diff['wall_us']:+.0f} | {diff['thread_cpu_us']:+.0f} | {diff['process_cpu_us']:+.0f} | "
          f"{statistics.median(ready['retort']['classes']) - statistics.median(ready['none']['classes']):+.0f} |")
    print(f"\n### Classes loaded (one start each, -Xlog:class+load): {n_retort} with Retort, {n_none} without; "
          f"{sum(groups.values())} only with Retort\n")
    print("| package | from | classes |")
    print("|---|---|---|")
    for (package, where), count in groups.most_common(25):
        print(f"| {package} | {where} | {count} |")
    n = sum(total["phase_kind"].values())
    print(f"\n### CPU samples inside the Retort bean windows (JFR, every {a.period_ms} ms, all starts: "
          f"{n} samples, {total['main']} on the main thread)\n")
    phases = Counter()
    for (phase, _), count in total["phase_kind"].items():
        phases[phase] += count
    print("| phase | kind of work | samples | share |")
    print("|---|---|---|---|")
    for phase, _ in phases.most_common():
        for (p, kind), count in sorted(total["phase_kind"].items(), key=lambda x: -x[1]):
            if p == phase and count * 100 >= n:
                print(f"| {phase} | {kind} | {count} | {100 * count / n:.0f}% |")
        print(f"| **{phase}** | all | **{phases[phase]}** | **{100 * phases[phase] / n:.0f}%** |")
    if total["outside"]:
        print("\nSamples with Retort frames outside the bean windows: "
              + ", ".join(f"{t} / {k}: {c}" for (t, k), c in total["outside"].most_common(8)))
    print("\nInnermost Retort frame of the samples (top 15): ")
    for frame, count in total["frames"].most_common(15):
        print(f"- {frame}: {count}")


if __name__ == "__main__":
    main()
