#!/usr/bin/env bash
# Where does a whole `bin/retort heads` process spend its time? Run after bench/heads.sh (it needs
# the built jars and the generated histories). Usage: bench/profile-heads.sh [size] [shape]
#
# 1. Phase timeline (median of 7 processes), from -Xlog:class+load timestamps: the first class of each
#    phase marks when the phase began (JVM start -> picocli set-up -> config (Jackson TOML) ->
#    script scan/read/parse -> graph build -> output -> exit), with and without the AppCDS archive.
# 2. Classes loaded, by where they came from (CDS archive, JDK modules, each jar).
# 3. ColdProfile: the load's stages timed one by one in a fresh JVM with bin/retort's flags.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
size="${1:-10000}"
shape="${2:-linear}"
case_dir="$root/bench/out/$shape-$size"
[[ -f "$case_dir/retort.toml" ]] || { echo "no $case_dir; run bench/heads.sh first" >&2; exit 1; }
log="$(mktemp)"
trap 'rm -f "$log" "$log".*' EXIT

timeline() {
  local label="$1"; shift
  local runs=7 i start end walls=()
  for (( i = 1; i <= runs; i++ )); do
    start=$(date +%s%N)
    env "$@" RETORT_JAVA_OPTS="-Xlog:class+load:file=$log.$i:uptime" bin/retort -c "$case_dir/retort.toml" heads >/dev/null
    end=$(date +%s%N)
    walls+=("$(( (end - start) / 1000000 ))")
  done
  python3 - "$log" "$label" "${walls[@]}" <<'EOF'
import re, statistics, sys
path, label, walls = sys.argv[1], sys.argv[2], [int(w) for w in sys.argv[3:]]
phases = [
    ("JVM start -> main class", None),
    ("picocli model + parse", r"^dev\.retort\.cli\.RetortCli$"),
    ("config (ConfigLoader, Jackson streaming TOML)", r"^dev\.retort\.config\.ConfigLoader$"),
    ("scan + read + parse scripts", r"^dev\.retort\.script\.ScriptDirectory$"),
    ("graph build + validate, print heads", r"^dev\.retort\.graph\.GraphBuilder$"),
    ("last class loaded -> exit (incl. bash wrapper)", "LAST"),
]
durations = {name: [] for name, _ in phases}
sources = {}
loaded = 0
for i, wall in enumerate(walls, start=1):
    rows = []
    for line in open(f"{path}.{i}"):
        m = re.match(r"\[([0-9.]+)s\]\s*(?:\[[^\]]*\]\s*)*(\S+) source: (.*)", line)
        if m:
            rows.append((float(m.group(1)) * 1000, m.group(2), m.group(3)))
    def first(pattern):
        if pattern is None:
            return 0.0
        if pattern == "LAST":
            return rows[-1][0]
        return next(t for t, name, _ in rows if re.search(pattern, name))
    starts = [first(p) for _, p in phases] + [wall]
    for k, (name, _) in enumerate(phases):
        durations[name].append(starts[k + 1] - starts[k])
    if i == 1:
        for _, _, src in rows:
            if "shared objects file (top)" in src: key = "dynamic AppCDS archive"
            elif "shared objects file" in src: key = "CDS archive (bin/retort's static retort.jsa, or the JDK's default)"
            elif src.startswith("jrt:/"): key = "JDK modules (not archived)"
            elif src.startswith("file:"): key = src.rsplit("/", 1)[-1]
            else: key = "generated (lambdas, proxies, reflection)"
            sources[key] = sources.get(key, 0) + 1
        loaded = len(rows)
print(f"\n{label}: median of {len(walls)} runs, {statistics.median(walls)} ms wall per process (bash wrapper included)\n")
print("| phase | median duration |")
print("|---|---:|")
for name, _ in phases:
    print(f"| {name} | {statistics.median(durations[name]):.0f} ms |")
print(f"\nclasses loaded: {loaded} — " + ", ".join(f"{k}: {v}" for k, v in sorted(sources.items(), key=lambda kv: -kv[1])))
EOF
  rm -f "$log".*
}

echo "# Profile of bin/retort heads on $shape $size (load average $(cut -d' ' -f1-3 /proc/loadavg))"
# Make sure the archive exists (the first run after a build writes it) before timing.
bin/retort -c "$case_dir/retort.toml" heads >/dev/null
timeline "with AppCDS archive (default)" RETORT_CDS=1
timeline "without AppCDS archive (RETORT_CDS=0)" RETORT_CDS=0

echo
echo "Stages of the load, each timed cold in one fresh JVM with bin/retort's flags (single-threaded):"
echo
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Xshare:auto \
  -cp "retort-bench/target/retort-bench.jar:retort-bench/target/lib/*" dev.retort.bench.ColdProfile \
  "$case_dir/migrations/versions"

# 4. Floors: the same work done by LeanHeadsProbe (Retort's graph code, no picocli, no Jackson
#    config, header-only reads, no checksum), then with the skipped work put back, and a bare JVM.
#    The probe gets its own AppCDS archive, as bin/retort has one.
echo
echo "Whole-process floors on $shape $size (median wall / mean CPU of 10 runs after 1 warm-up):"
echo
probe_dir="$(mktemp -d)"
trap 'rm -f "$log" "$log".*; rm -rf "$probe_dir"' EXIT
cp retort-bench/target/retort-bench.jar "$probe_dir/"
pcp="$probe_dir/retort-bench.jar:$(ls retort-bench/target/lib/retort-core-*.jar)"
flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Xshare:auto -Xlog:cds*=off)
versions="$case_dir/migrations/versions"
java "${flags[@]}" -XX:ArchiveClassesAtExit="$probe_dir/probe.jsa" -cp "$pcp" dev.retort.bench.LeanHeadsProbe "$versions" >/dev/null
probe=(java "${flags[@]}" -XX:SharedArchiveFile="$probe_dir/probe.jsa" -cp "$pcp")
row() {
  local label="$1"; shift
  python3 bench/timecmd.py --warmup 1 --runs 10 -- "$@" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("| %s | %.0f ms | %.0f ms |" % (sys.argv[1], r["median"] * 1000, r["cpu"] * 1000))' "$label"
}
echo "| process | wall (median) | cpu (mean) |"
echo "|---|---:|---:|"
row "bin/retort heads (AppCDS)" bin/retort -c "$case_dir/retort.toml" heads
row "LeanHeadsProbe (header-only reads, no checksum, 1 thread)" "${probe[@]}" dev.retort.bench.LeanHeadsProbe "$versions"
row "LeanHeadsProbe + whole-file reads" "${probe[@]}" -Dprobe.fullRead=true dev.retort.bench.LeanHeadsProbe "$versions"
row "LeanHeadsProbe + whole-file reads + SHA-256" "${probe[@]}" -Dprobe.checksum=true dev.retort.bench.LeanHeadsProbe "$versions"
row "bare JVM (java -version, same flags)" "${probe[@]}" -version
echo
echo "LeanHeadsProbe phases (one run, -Dprobe.trace=true):"
for i in 1 2 3; do
  "${probe[@]}" -Dprobe.trace=true dev.retort.bench.LeanHeadsProbe "$versions" 2>&1 >/dev/null | sed 's/^/- /'
done
