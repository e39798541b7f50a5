#!/usr/bin/env python3
"""`retort import-alembic` against Alembic 1.20: an imported project upgrades a database as Alembic does.

Each real-world graph of ../shared/realworld/*.json is written as an Alembic project by graph_commands.py's
emitter (the project's own header style), with bodies of real operations: upgrade() is
op.create_table("t_<id>", sa.Column("id", sa.Integer, primary_key=True)), downgrade() drops it. Then

  retort -c alembic.ini import-alembic --dialect sqlite --python <venv python> --to retort
  retort -c retort/retort.toml --url <own SQLite file> upgrade heads     alembic upgrade heads
  retort ... downgrade base                                               alembic downgrade base

and after each pair the version rows and the t_* tables of the two SQLite files are compared. Then the database
is adopted: `alembic upgrade <a revision half-way down the list>` on Alembic's file, and the imported project's
`upgrade heads` on that same file must leave what `alembic upgrade heads` left. The import must
take every revision's SQL from Alembic (none incomplete), and `heads`/`history` of the imported project must
print what `retort -c alembic.ini heads|history` prints on the Alembic project (which graph_commands.py holds
to Alembic's own output).

  compat/import_alembic.py --alembic-python compat/.venv/bin/python     (compat/run.sh runs it)
  compat/import_alembic.py --realworld ctfd,redash -v

Exit 1 when a graph fails; its projects and databases are kept under compat/out/import-alembic/<graph>/.
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

import graph_commands

HERE = os.path.dirname(os.path.abspath(__file__))
RETORT = graph_commands.RETORT


def create_table_body(rid):
    return ('\n\ndef upgrade():\n    op.create_table("t_%s", sa.Column("id", sa.Integer, primary_key=True))\n\n\n'
            'def downgrade():\n    op.drop_table("t_%s")\n' % (rid, rid))


def state(db):
    """(version rows, t_* tables) of a SQLite file; empty sets when it does not exist."""
    if not os.path.exists(db):
        return set(), set()
    con = sqlite3.connect(db)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        rows = {r[0] for r in con.execute("SELECT version_num FROM alembic_version")} \
            if "alembic_version" in names else set()
        return rows, {n for n in names if n.startswith("t_")}
    finally:
        con.close()


def run(args, cwd):
    p = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def check_graph(spec, folder, alembic_python):
    """The problems of one graph: [] when the import and both databases agree with Alembic."""
    problems = []
    retort_db = os.path.join(folder, "retort.db")
    imported = [RETORT, "-c", "retort/retort.toml", "--url", "sqlite:///" + retort_db]
    code, out, err = run([RETORT, "-c", "alembic.ini", "import-alembic", "--dialect", "sqlite", "--python",
                          alembic_python, "--to", "retort"], folder)
    if code != 0:
        return ["import-alembic exit %d: %s" % (code, err.strip()[-400:])], ""
    summary = out.splitlines()
    if not any(line.strip().startswith("0 incomplete") for line in summary):
        problems.append("incomplete revisions: %s" % " | ".join(summary[:6]))
    for command in ("heads", "history"):
        want = run([RETORT, "-c", "alembic.ini", command], folder)
        got = run(imported + [command], folder)
        if want[0] != 0 or got[0] != 0 or got[1] != want[1]:
            problems.append("%s differs: alembic project %r..., imported %r..." % (
                command, want[1][:200], got[1][:200] or got[2][:200]))
    alembic = [alembic_python, "-m", "alembic", "-c", "alembic.ini"]
    for retort_args, alembic_args in ((["upgrade", "heads"], ["upgrade", "heads"]),
                                      (["downgrade", "base"], ["downgrade", "base"])):
        a = run(alembic + alembic_args, folder)
        r = run(imported + retort_args, folder)
        if a[0] != 0 or r[0] != 0:
            problems.append("%s: exit alembic %d, retort %d\n  alembic: %s\n  retort: %s" % (
                " ".join(retort_args), a[0], r[0], a[2].strip()[-300:], r[2].strip()[-300:]))
            break
        a_rows, a_tables = state(os.path.join(folder, "app.db"))
        r_rows, r_tables = state(retort_db)
        if (a_rows, a_tables) != (r_rows, r_tables):
            problems.append("%s: version rows alembic %s, retort %s; tables only alembic %s, only retort %s" % (
                " ".join(retort_args), sorted(a_rows), sorted(r_rows), sorted(a_tables - r_tables)[:5],
                sorted(r_tables - a_tables)[:5]))
        elif retort_args[0] == "upgrade" and not a_tables:
            problems.append("upgrade heads created no table")
        if retort_args[0] == "upgrade":
            at_heads = (a_rows, a_tables)
    if not problems:
        problems += adoption(spec, folder, alembic, at_heads)
    return problems, summary[1].strip() if len(summary) > 1 else ""


def adoption(spec, folder, alembic, at_heads):
    """Alembic upgrades its database part-way; the imported project, on that same database, upgrades it to
    heads: the rows and tables are those `alembic upgrade heads` left."""
    middle = spec["revisions"][len(spec["revisions"]) // 2]["id"]
    app_db = os.path.join(folder, "app.db")
    a = run(alembic + ["upgrade", middle], folder)
    r = run([RETORT, "-c", "retort/retort.toml", "--url", "sqlite:///" + app_db, "upgrade", "heads"], folder)
    if a[0] != 0 or r[0] != 0:
        return ["adoption after alembic upgrade %s: exit alembic %d, retort %d\n  alembic: %s\n  retort: %s" % (
            middle, a[0], r[0], a[2].strip()[-300:], r[2].strip()[-300:])]
    if state(app_db) != at_heads:
        rows, tables = state(app_db)
        return ["adoption after alembic upgrade %s: version rows %s (alembic upgrade heads: %s), %d tables (%d)" % (
            middle, sorted(rows), sorted(at_heads[0]), len(tables), len(at_heads[1]))]
    return []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--alembic-python", default=os.path.join(HERE, ".venv", "bin", "python"))
    ap.add_argument("--realworld", default="all", help="comma separated names, or 'all'")
    ap.add_argument("--realworld-dir", default=os.environ.get("RETORT_REALWORLD_DIR", graph_commands.DEFAULT_REALWORLD))
    ap.add_argument("--out", default=os.path.join(HERE, "out", "import-alembic"))
    ap.add_argument("-v", "--verbose", action="store_true")
    opts = ap.parse_args()
    started = time.time()
    alembic_python = os.path.abspath(opts.alembic_python)
    names = sorted(f[:-5] for f in os.listdir(opts.realworld_dir) if f.endswith(".json"))
    if opts.realworld != "all":
        names = [n for n in names if n in opts.realworld.split(",")]
    failed, revisions = 0, 0
    for name in names:
        with open(os.path.join(opts.realworld_dir, name + ".json")) as f:
            spec = json.load(f)
        style = graph_commands.STYLES.get(name, "plain-double")
        folder = tempfile.mkdtemp(prefix="import-alembic-%s-" % name)
        try:
            graph_commands.write_project(spec, style, folder, create_table_body)
            problems, rendered = check_graph(spec, folder, alembic_python)
            revisions += len(spec["revisions"])
            if problems:
                failed += 1
                kept = os.path.join(opts.out, name)
                shutil.rmtree(kept, ignore_errors=True)
                os.makedirs(opts.out, exist_ok=True)
                shutil.copytree(folder, kept)
                for problem in problems:
                    print("FAIL %s (%s, %d revisions): %s" % (name, style, len(spec["revisions"]), problem))
                print("     kept: %s" % kept)
            elif opts.verbose:
                print("ok   %s (%s, %d revisions): %s" % (name, style, len(spec["revisions"]), rendered))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    print("import-alembic: %d real-world Alembic projects (%d revisions) imported; upgrade heads and downgrade base"
          " leave the same version rows and tables as Alembic 1.20, and one adopts a database Alembic upgraded"
          " part-way: %d passed, %d failed (%.0fs)" % (
              len(names), revisions, len(names) - failed, failed, time.time() - started))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
