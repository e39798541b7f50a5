# Sourced by bench/autogen-check.sh and bench/cold-check-profile.sh: starts a throwaway PostgreSQL
# (Debian's binaries, PG_BIN, 15 by default) in a temporary folder on a free port of 127.0.0.1, with
# the server options in $pg_options (e.g. "-c fsync=off"), as user postgres when run as root; it is
# stopped and its folder removed when the script exits. Defines pg_bin, pg_dir, port and psql.
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
pg_dir="$(mktemp -d /tmp/retort-bench-pg.XXXXXX)"
as_pg=()
if [[ "$(id -u)" == 0 ]]; then as_pg=(runuser -u postgres --); chown postgres "$pg_dir"; fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "== initdb + start PostgreSQL ($pg_bin) on port $port in $pg_dir" >&2
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 >"$pg_dir/initdb.log" 2>&1
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 $pg_options" start >/dev/null
cleanup() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
psql() { "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q -X "$@"; }
