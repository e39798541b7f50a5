#!/usr/bin/env python3
"""Retort reading an Alembic project as it is, compared with Alembic 1.20 on the same project.

Each real-world graph of ../shared/realworld/*.json is written once as an Alembic project (alembic.ini,
env.py, versions/<id>_<slug>.py) in the header style of the project it comes from; then `alembic heads`,
`alembic branches` and `alembic history` run next to `retort -c alembic.ini heads|branches|history` on that
one project and their stdout is compared. Nothing is converted: Retort reads the Python files as text.

  compat/graph_commands.py --alembic-python compat/.venv/bin/python    (compat/run.sh runs it)
  compat/graph_commands.py --realworld neutron,fides -v

Each comparison is "identical", "the same lines in another order" (passes; documented in
docs/coming-from-alembic.md: Retort lists history newest first with ties broken by id, Alembic in an order that
depends on its file order, and Alembic prints a branch point's children in Python set order, which varies
from run to run) or "failed" (a line one tool prints and the other does not). Exit 1 when a comparison fails; the projects of failing graphs are
kept under compat/out/graph-commands/.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RETORT = os.path.join(ROOT, "bin", "retort")
DEFAULT_REALWORLD = os.path.normpath(os.path.join(ROOT, "..", "shared", "realworld"))
COMMANDS = ["heads", "branches", "history"]

ENV_PY = '''from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config


def run_migrations_offline():
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    engine = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
                                poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
'''

# The header style each project's own files use (seen in the repositories the graphs come from).
STYLES = {
    "invenio": "plain-double",     # revision = "..."; depends_on = "..." or a list; labels as 1-tuples
    "neutron": "neutron",          # licence comment, imports, then the header string (not a docstring)
    "aiida-core": "plain-single",  # revision = '...'; branch_labels = ('django',)
    "fides": "annotated",          # Alembic >= 1.13 template: revision: str = "..."
    "warehouse": "annotated",
    "redash": "plain-single",
    "ctfd": "plain-double",
}


def q(text, single):
    return ("'%s'" if single else '"%s"') % text


def value(ids, single, i, multi_line=False):
    """None, a string, or a tuple/list, varied by position as real files vary."""
    if not ids:
        return "None"
    if len(ids) == 1:
        if i % 7 == 3:
            return "(%s,)" % q(ids[0], single)  # one-element tuple
        if i % 11 == 5:
            return "[%s]" % q(ids[0], single)
        return q(ids[0], single)
    items = [q(x, single) for x in ids]
    if multi_line or i % 2:
        return "(\n    " + ",\n    ".join(items) + ",\n)"
    return ("[%s]" if i % 3 == 0 else "(%s)") % ", ".join(items)


def clean(message):
    return message.replace("\\", "/").replace('"""', "'''").strip() or "no message"


def execute_body(rid):
    """upgrade() and downgrade() as op.execute() of literal SQL on table r_<id>."""
    return ("\n\ndef upgrade():\n    op.execute(\"CREATE TABLE r_%s (x INTEGER)\")\n\n\n"
            "def downgrade():\n    op.execute(\"DROP TABLE r_%s\")\n" % (rid, rid))


def revision_file(style, r, i, body_of=execute_body):
    rid, parents, labels, deps = r["id"], r["down_revisions"], r["branch_labels"], r["depends_on"]
    message = clean(r["message"])
    header = '"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2020-01-%02d 10:00:00.000000\n\n"""\n' % (
        message, rid, ", ".join(parents), 1 + i % 28)
    body = body_of(rid)
    if style == "annotated":
        return (header + "from typing import Sequence, Union\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n\n"
                "# revision identifiers, used by Alembic.\n"
                "revision: str = %s\n"
                "down_revision: Union[str, Sequence[str], None] = %s\n"
                "branch_labels: Union[str, Sequence[str], None] = %s\n"
                "depends_on: Union[str, Sequence[str], None] = %s\n" % (
                    q(rid, False), value(parents, False, i), value(labels, False, i), value(deps, False, i))
                + body.replace("def upgrade():", "def upgrade() -> None:").replace("def downgrade():",
                                                                                  "def downgrade() -> None:"))
    if style == "neutron":
        # neutron: licence comment and imports first, so Alembic's docstring (and message) is empty
        return ("# Copyright %d OpenStack Foundation\n#\n#    Licensed under the Apache License, Version 2.0\n#\n\n"
                "from alembic import op\nimport sqlalchemy as sa\n\n" % (2014 + i % 10)
                + header.replace("Create Date", "Create Date") +
                "\n# revision identifiers, used by Alembic.\n"
                "revision = %s\ndown_revision = %s\n" % (q(rid, True), value(parents, True, i))
                + ("branch_labels = %s\n" % value(labels, True, i, multi_line=False) if labels else "")
                + ("depends_on = %s\n" % value(deps, True, i) if deps else "")
                + body)
    single = style == "plain-single"
    return (header + "\n# revision identifiers, used by Alembic.\n"
            "revision = %s\ndown_revision = %s\nbranch_labels = %s\ndepends_on = %s\n\n"
            "from alembic import op\nimport sqlalchemy as sa\n" % (
                q(rid, single), value(parents, single, i), value(labels, single, i + 1), value(deps, single, i + 2))
            + body)


def write_project(spec, style, folder, body_of=execute_body):
    versions = os.path.join(folder, "migrations", "versions")
    os.makedirs(versions)
    with open(os.path.join(folder, "alembic.ini"), "w") as f:
        f.write("[alembic]\nscript_location = %(here)s/migrations\npath_separator = os\n"
                "sqlalchemy.url = sqlite:///%(here)s/app.db\n\n[loggers]\nkeys = root\n")
    with open(os.path.join(folder, "migrations", "env.py"), "w") as f:
        f.write(ENV_PY)
    for i, r in enumerate(spec["revisions"]):
        slug = "".join(c if c.isalnum() else "_" for c in clean(r["message"]).lower())[:30].strip("_") or "r"
        with open(os.path.join(versions, "%s_%s.py" % (r["id"], slug)), "w") as f:
            f.write(revision_file(style, r, i, body_of))


def run(args, cwd):
    p = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def blocks(lines):
    """`branches` output as {branch point line: set of child lines}: Alembic prints the children of a
    branch point in the order of a Python frozenset, which changes from run to run."""
    result, current = {}, None
    for line in lines:
        if not line.strip():
            current = None
        elif line.startswith(" "):
            result.setdefault(current, set()).add(line.strip())
        else:
            current = line
            result.setdefault(current, set())
    return result


def compare(command, alembic, retort):
    """('same', None), ('reordered', None) or ('failed', description of the first difference)."""
    (a_code, a_out, a_err), (r_code, r_out, r_err) = alembic, retort
    if a_code != 0 or r_code != 0:
        return "failed", "exit codes alembic %d, retort %d\n  alembic: %s\n  retort: %s" % (
            a_code, r_code, a_err.strip()[-300:], r_err.strip()[-300:])
    a_lines, r_lines = a_out.splitlines(), r_out.splitlines()
    if a_lines == r_lines:
        return "same", None
    if command == "branches":
        a_blocks, r_blocks = blocks(a_lines), blocks(r_lines)
        if a_blocks == r_blocks:
            return "reordered", None
        for key in sorted(set(a_blocks) | set(r_blocks), key=str):
            if a_blocks.get(key) != r_blocks.get(key):
                return "failed", "branch point %s\n  alembic: %s\n  retort:  %s" % (
                    key, sorted(a_blocks.get(key, [])), sorted(r_blocks.get(key, [])))
    if sorted(a_lines) == sorted(r_lines):
        return "reordered", None
    only_a = sorted(set(a_lines) - set(r_lines))
    only_r = sorted(set(r_lines) - set(a_lines))
    return "failed", "lines only alembic prints: %s\n  lines only retort prints: %s" % (only_a[:5], only_r[:5])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--alembic-python", default=os.path.join(HERE, ".venv", "bin", "python"))
    ap.add_argument("--realworld", default="all", help="comma separated names, or 'all'")
    ap.add_argument("--realworld-dir", default=os.environ.get("RETORT_REALWORLD_DIR", DEFAULT_REALWORLD))
    ap.add_argument("--out", default=os.path.join(HERE, "out", "graph-commands"))
    ap.add_argument("-v", "--verbose", action="store_true")
    opts = ap.parse_args()
    started = time.time()
    names = sorted(f[:-5] for f in os.listdir(opts.realworld_dir) if f.endswith(".json"))
    if opts.realworld != "all":
        names = [n for n in names if n in opts.realworld.split(",")]
    alembic = [opts.alembic_python, "-m", "alembic", "-c", "alembic.ini"]
    retort = [RETORT, "-c", "alembic.ini"]
    counts = {"same": 0, "reordered": 0, "failed": 0}
    for name in names:
        with open(os.path.join(opts.realworld_dir, name + ".json")) as f:
            spec = json.load(f)
        style = STYLES.get(name, "plain-double")
        folder = tempfile.mkdtemp(prefix="graph-commands-%s-" % name)
        try:
            write_project(spec, style, folder)
            graph_failed = False
            for command in COMMANDS:
                verdict, problem = compare(command, run(alembic + [command], folder), run(retort + [command], folder))
                counts[verdict] += 1
                if problem:
                    graph_failed = True
                    print("FAIL %s (%s, %d revisions) %s: %s" % (name, style, len(spec["revisions"]), command, problem))
                elif opts.verbose:
                    print("%-9s %s (%s) %s" % (verdict, name, style, command))
            if graph_failed:
                kept = os.path.join(opts.out, name)
                shutil.rmtree(kept, ignore_errors=True)
                os.makedirs(opts.out, exist_ok=True)
                shutil.copytree(folder, kept)
                print("     kept: %s (cd there; alembic -c alembic.ini <command> / retort -c alembic.ini <command>)"
                      % kept)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    print("graph-commands: %d comparisons on %d real-world Alembic projects: %d identical, %d the same lines in"
          " another order, %d failed (%.0fs)" % (sum(counts.values()), len(names), counts["same"], counts["reordered"],
                                                 counts["failed"], time.time() - started))
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
