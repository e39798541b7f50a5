#!/usr/bin/env python3
"""Differential test: Retort's CLI against Alembic 1.20 on the same revision graphs.

For every graph (seeded random graphs with branches, merges, several bases, branch labels and
depends_on by id and by label; plus the real-world graphs in ../shared/realworld/*.json) the
harness writes one Alembic project and one Retort project, each with its own SQLite file, where
revision <id> creates table r_<id> on upgrade and drops it on downgrade. It then runs a seeded
random sequence of upgrade / downgrade / stamp commands with targets of every form (head, heads,
base, ids, prefixes of 1-3 and 4+ characters, label@head, label@base, label@id, id@head, +N, -N, id+N, id-N,
head-N, label@+N, label@-N, id@+N, id@-N; stamp --purge now and then) on both, and after every command
compares:

  * success / failure (Alembic raising vs Retort's exit code);
  * the version table rows (Alembic's alembic_version; Retort is configured with
    version_table = "alembic_version" in its own database file);
  * the executed set: the r_* tables present in each database.

Both failing is a match. Alembic succeeding where Retort refuses with RT-G006 (ambiguous relative
move) or RT-G002 (several heads) is a documented divergence (DESIGN.md, Targets): counted, and
Retort's database is then resynchronised to Alembic's state (rows and tables copied) before the
sequence continues. Every other difference is a failure, printed with the graph, the command, both
outputs and both states; the run then exits 1.

stamp does not run migrations, so after it the r_* tables no longer match the rows; after every
compared command the harness therefore makes each database's tables equal to the applied set of
its rows (ancestors through parents and depends_on), so later upgrades and downgrades start from a
consistent database on both sides.

Alembic runs through its Python API in one long-lived worker process per graph
(compat/alembic_worker.py, started with the Alembic venv's Python; the same functions the
`alembic` CLI calls); --alembic-cli runs `alembic -c alembic.ini ...` per command instead.
Retort runs as bin/retort, one process per command.

Usage:
  differential.py [--quick] [--seeds 0-49] [--realworld-seeds 0] [--commands-per-graph 25]
                  [--jobs 2] [--alembic-python PATH] [--keep] [-v]
  differential.py --spec graph.json --script "upgrade heads; downgrade -1; stamp base --purge"
      (runs the given commands on the given graph and prints each result: for reproductions)

Python 3.11, standard library only.
"""
import argparse
import concurrent.futures
import json
import os
import random
import re
import select
import shutil
import sqlite3
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RETORT = os.path.join(ROOT, "bin", "retort")
WORKER = os.path.join(HERE, "alembic_worker.py")
DEFAULT_REALWORLD = os.path.normpath(os.path.join(ROOT, "..", "shared", "realworld"))
VERSION_TABLE = "alembic_version"
DOCUMENTED = {"RT-G006", "RT-G002"}

RELATIVE = re.compile(r"(^[+-]\d+$)|([+-]\d+$)")


LABEL_AT_REF = re.compile(r"^(?P<label>[^@]+)@(?P<ref>[A-Za-z0-9_.]+?)(?:[+-]\d+)?$")


def retort_by_design(g, cmd, target, ra, rr, tables_before, a_tables, r_tables):
    """Differences where Retort deliberately departs from Alembic 1.20 (docs/targets.md):

    * retort-label-base-one-branch: `downgrade <label>@base` removes only that label's branch
      (DESIGN.md: "<label>@base one branch"); Alembic removes everything down to the lineage's
      base, trunk included. Retort must remove a subset of what Alembic removes.
    * retort-relative-stamp: Retort resolves relative targets (-1, head-1, X+1) in stamp as in
      upgrade and downgrade; Alembic 1.20 cannot locate them (or stamps every head minus N).
    * retort-label-id-off-lineage: `downgrade <label>@<id>` (or `<label>@<id>-N`, or `<id>@<id>`)
      where <id> is not on the label's lineage is RT-G004 in Retort, as in every Alembic command but downgrade,
      whose target parsing drops the label before it looks the id up.
    """
    if cmd == "downgrade" and target.endswith("@base") and ra.ok and rr.ok:
        if (tables_before - r_tables) <= (tables_before - a_tables):
            return "retort-label-base-one-branch"
    if cmd == "stamp" and RELATIVE.search(target):
        return "retort-relative-stamp"
    m = LABEL_AT_REF.match(target)
    if cmd == "downgrade" and ra.ok and rr.code == "RT-G004" and m:
        branch = model_ref(g, m.group("label"))  # a label, or a revision standing for its branch (<id>@<id>)
        ref = model_ref(g, m.group("ref"))
        if branch is not None and ref is not None and ref not in g.lineage(branch):
            return "retort-label-id-off-lineage"
    return None
ERROR_CODE = re.compile(r"error\[(RT-[A-Z]\d{3})\]")

HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
LABEL_WORDS = ["core", "auth", "billing", "search", "audit", "media", "reports", "expand",
               "contract", "plugins", "events", "geo", "legacy", "tenant", "inbox"]
ID_WORDS = ["add", "drop", "create", "alter", "users", "table", "index", "column", "orders",
            "rename", "constraint", "migrate", "widen", "invoice", "payment", "refactor"]
RESERVED = {"head", "heads", "base", "current"}


# ---------------------------------------------------------------------------------------------
# Graphs


class Graph:
    """A revision graph spec (the realworld JSON shape) plus the derived relations."""

    def __init__(self, name, revisions):
        self.name = name
        self.revisions = revisions
        self.ids = [r["id"] for r in revisions]
        self.by_id = {r["id"]: r for r in revisions}
        self.parents = {r["id"]: list(r["down_revisions"]) for r in revisions}
        self.children = {i: [] for i in self.ids}
        for r in revisions:
            for p in r["down_revisions"]:
                self.children[p].append(r["id"])
        self.label_owner = {}
        for r in revisions:
            for lab in r["branch_labels"]:
                self.label_owner[lab] = r["id"]
        self.labels = sorted(self.label_owner)
        self.deps = {r["id"]: [self.label_owner.get(d, d) for d in r["depends_on"]] for r in revisions}
        self.heads = [i for i in self.ids if not self.children[i]]
        self.bases = [i for i in self.ids if not self.parents[i]]
        self._anc = {}

    def ancestors_or_self(self, rid):
        """Ancestors through parents and depends_on, and rid itself."""
        if rid not in self._anc:
            seen, todo = set(), [rid]
            while todo:
                x = todo.pop()
                if x in seen:
                    continue
                seen.add(x)
                todo.extend(self.parents[x])
                todo.extend(self.deps[x])
            self._anc[rid] = frozenset(seen)
        return self._anc[rid]

    def applied(self, rows):
        out = set()
        for r in rows:
            if r in self.by_id:
                out |= self.ancestors_or_self(r)
        return out

    def descendants_or_self(self, rid):
        seen, todo = set(), [rid]
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(self.children[x])
        return seen

    def named_by(self, rid):
        """Revisions naming rid as a parent or a dependency."""
        if not hasattr(self, "_named_by"):
            nb = {i: set() for i in self.ids}
            for i in self.ids:
                for x in self.parents[i] + self.deps[i]:
                    nb[x].add(i)
            self._named_by = nb
        return self._named_by[rid]

    def rows_of(self, applied):
        """The version rows an applied set implies (DESIGN.md: the version table invariant)."""
        return frozenset(a for a in applied if not (self.named_by(a) & applied))

    def descendants_with_deps(self, seeds):
        seen, todo = set(), list(seeds)
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(self.named_by(x))
        return seen

    def redundant_edges(self):
        """(revision, entry) where an entry of parents + depends_on is an ancestor of another entry."""
        out = []
        for r in self.ids:
            ups = list(dict.fromkeys(self.parents[r] + self.deps[r]))
            for a in ups:
                if any(a != b and a in self.ancestors_or_self(b) for b in ups):
                    out.append((r, a))
        return out

    def lineage(self, rid):
        """Parent-only ancestors and descendants of rid (Alembic's 'shares lineage')."""
        seen, todo = set(), [rid]
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(self.parents[x])
        return seen | self.descendants_or_self(rid)


def _hex(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def gen_numbered_ids(rng, n):
    """Numbered ids as projects write them by hand: 001, 002, ... with some numbers skipped and
    some ids carrying a slug (004_add_x, 011_hash_dedup_fields). Ids of 3 characters are never
    matched by prefix (Alembic: len(x) > 3), so prefixes like 00, 01, 0 reach only the long ones."""
    ids, number = [], 0
    while len(ids) < n:
        number += rng.choice([1, 1, 1, 2, 3])
        if rng.random() < 0.35:
            words = [rng.choice(ID_WORDS) for _ in range(rng.randint(1, 3))]
            ids.append("%03d_%s" % (number, "_".join(words)))
        else:
            ids.append("%03d" % number)
    return ids


def gen_ids(rng, n, numbered=False):
    if numbered:
        return gen_numbered_ids(rng, n)
    style = rng.choice(["hex", "hex", "hex", "mixed", "mixed"])
    ids, taken = [], set(RESERVED) | set(LABEL_WORDS)
    while len(ids) < n:
        r = rng.random()
        long_enough = [i for i in ids if len(i) >= 6]
        if long_enough and r < 0.22:
            # Shares a 4-6 character prefix with an existing id: prefix targets can be ambiguous.
            base = rng.choice(long_enough)
            k = rng.randint(4, min(6, len(base) - 1))
            new = base[:k] + _hex(rng, 12 - k)
        elif style == "mixed" and r < 0.40:
            words = []
            while len("_".join(words)) < rng.randint(33, 55):
                words.append(rng.choice(ID_WORDS))
            new = "_".join(words) + "_" + _hex(rng, 4)
        elif style == "mixed" and r < 0.50:
            new = "".join(rng.choice(ALNUM) for _ in range(rng.randint(3, 5)))
            if rng.random() < 0.3:
                new = new[0].upper() + new[1:]
        elif style == "mixed" and r < 0.56:
            new = str(rng.randint(1_600_000_000, 1_800_000_000))
        else:
            new = _hex(rng, 12)
        if new in taken or not new[0].isalnum():
            continue
        taken.add(new)
        ids.append(new)
    return ids


def gen_graph(seed):
    """A random graph: branches, merges, 1-3 bases, branch labels, depends_on by id and label."""
    rng = random.Random("graph:%d" % seed)
    n = rng.randint(5, 16)
    ids = gen_ids(rng, n, numbered=seed % 4 == 2)  # seeds 2, 6, 10, ...: 001, 002, 004_add_x, ...
    wanted_bases = rng.choice([1, 1, 1, 2, 2, 3])
    redundant_ok = rng.random() < 0.15
    revs, parents, children, anc = [], {}, {}, {}
    labels_free = LABEL_WORDS[:]
    rng.shuffle(labels_free)
    label_owner = {}

    def ancestors(x):
        return anc[x]

    for i, rid in enumerate(ids):
        bases = [r for r in parents if not parents[r]]
        heads = [r for r in parents if not children[r]]
        if i == 0 or (len(bases) < wanted_bases and rng.random() < 0.35):
            ps = []
        else:
            r = rng.random()
            unrelated = [(a, b) for a in heads for b in heads
                         if a < b and a not in ancestors(b) and b not in ancestors(a)]
            if unrelated and r < 0.25:
                a, b = rng.choice(unrelated)
                ps = [a, b]
                third = [c for c in heads if c not in ps and c not in ancestors(a) | ancestors(b)
                         and a not in ancestors(c) and b not in ancestors(c)]
                if third and rng.random() < 0.15:
                    ps.append(rng.choice(third))
            elif r < 0.50:
                ps = [rng.choice(list(parents))]
            else:
                ps = [rng.choice(heads)]
        labels = []
        if labels_free and ((not ps and rng.random() < 0.6) or rng.random() < 0.12):
            labels.append(labels_free.pop())
            if labels_free and rng.random() < 0.1:
                labels.append(labels_free.pop())
        deps = []
        if ps and rng.random() < 0.25:
            # Normally no entry of parents + depends_on is an ancestor of another (Alembic crashes on
            # some of those: see alembic_defect); a few graphs get such redundant edges anyway.
            want, pool = rng.choice([1, 1, 2]), list(parents)
            rng.shuffle(pool)
            for d in pool:
                ups = ps + [label_owner.get(x, x) for x in deps]
                if len(deps) >= want or d in ups:
                    continue
                related = any(d in anc[u] or u in anc[d] for u in ups)
                if related and not (redundant_ok and rng.random() < 0.3):
                    continue
                owned = [lab for lab, o in label_owner.items() if o == d]
                deps.append(rng.choice(owned) if owned and rng.random() < 0.5 else d)
        parents[rid] = ps
        children[rid] = []
        for p in ps:
            children[p].append(rid)
        a = {rid}
        for p in ps:
            a |= anc[p]
        for d in deps:
            a |= anc[label_owner.get(d, d)]
        anc[rid] = a
        for lab in labels:
            label_owner[lab] = rid
        revs.append({"id": rid, "down_revisions": ps, "branch_labels": labels,
                     "depends_on": deps, "message": "revision %d of graph %d" % (i, seed)})
    return Graph("random-%d" % seed, revs)


def load_realworld(path):
    with open(path) as f:
        spec = json.load(f)
    name = os.path.splitext(os.path.basename(path))[0]
    revs = [{"id": r["id"], "down_revisions": list(r.get("down_revisions") or []),
             "branch_labels": list(r.get("branch_labels") or []),
             "depends_on": list(r.get("depends_on") or []),
             "message": r.get("message") or r["id"]} for r in spec["revisions"]]
    return Graph(name, revs)


# ---------------------------------------------------------------------------------------------
# Projects

ENV_PY = '''\
from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config


def run_migrations_online():
    connectable = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with connectable.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
'''

SCRIPT_MAKO = '''\
"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
"""
from alembic import op

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    pass


def downgrade():
    pass
'''


def _clean_message(msg):
    msg = " ".join(str(msg).split())
    return msg.replace("\\", "/").replace('"""', "'''") or "revision"


def _py_tuple(values):
    if not values:
        return "None"
    if len(values) == 1:
        return repr(values[0])
    return repr(tuple(values))


def write_alembic_project(graph, folder):
    scripts = os.path.join(folder, "scripts")
    versions = os.path.join(scripts, "versions")
    os.makedirs(versions)
    with open(os.path.join(folder, "alembic.ini"), "w") as f:
        f.write("[alembic]\n"
                "script_location = %(here)s/scripts\n"
                "path_separator = os\n"
                "sqlalchemy.url = sqlite:///%(here)s/alembic.sqlite\n")
    with open(os.path.join(scripts, "env.py"), "w") as f:
        f.write(ENV_PY)
    with open(os.path.join(scripts, "script.py.mako"), "w") as f:
        f.write(SCRIPT_MAKO)
    for r in graph.revisions:
        rid = r["id"]
        body = ('"""%s\n\nRevision ID: %s\nRevises: %s\n"""\n'
                "from alembic import op\n\n"
                "revision = %r\n"
                "down_revision = %s\n"
                "branch_labels = %s\n"
                "depends_on = %s\n\n\n"
                "def upgrade():\n"
                "    op.execute('CREATE TABLE \"r_%s\" (x INTEGER)')\n\n\n"
                "def downgrade():\n"
                "    op.execute('DROP TABLE \"r_%s\"')\n") % (
            _clean_message(r["message"]), rid, ", ".join(r["down_revisions"]), rid,
            _py_tuple(r["down_revisions"]), _py_tuple(r["branch_labels"]),
            _py_tuple(r["depends_on"]), rid, rid)
        with open(os.path.join(versions, "%s_r.py" % rid), "w") as f:
            f.write(body)
    return os.path.join(folder, "alembic.ini"), os.path.join(folder, "alembic.sqlite")


def write_retort_project(graph, folder):
    versions = os.path.join(folder, "migrations", "versions")
    os.makedirs(versions)
    with open(os.path.join(folder, "retort.toml"), "w") as f:
        f.write('script_location = "migrations"\n'
                'url = "sqlite:db.sqlite"\n'
                'version_table = "%s"\n' % VERSION_TABLE)
    for r in graph.revisions:
        rid = r["id"]
        head = ["-- Revision: %s" % rid,
                "-- Revises: %s" % ", ".join(r["down_revisions"]),
                "-- Message: %s" % _clean_message(r["message"])]
        if r["branch_labels"]:
            head.append("-- Branch-Labels: %s" % ", ".join(r["branch_labels"]))
        if r["depends_on"]:
            head.append("-- Depends-On: %s" % ", ".join(r["depends_on"]))
        body = "\n".join(head) + ('\n\n-- +upgrade\nCREATE TABLE "r_%s" (x INTEGER);\n\n'
                                  '-- +downgrade\nDROP TABLE "r_%s";\n') % (rid, rid)
        with open(os.path.join(versions, "%s_r.sql" % rid), "w") as f:
            f.write(body)
    return os.path.join(folder, "retort.toml"), os.path.join(folder, "db.sqlite")


# ---------------------------------------------------------------------------------------------
# Databases


def read_state(db):
    """(rows, tables): the version rows and the revision ids whose r_<id> table exists."""
    if not os.path.exists(db):
        return frozenset(), frozenset()
    con = sqlite3.connect(db, timeout=30)
    try:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        tables = frozenset(n[2:] for n in names if n.startswith("r_"))
        rows = frozenset()
        if VERSION_TABLE in names:
            rows = frozenset(v for (v,) in con.execute("SELECT version_num FROM %s" % VERSION_TABLE))
        return rows, tables
    finally:
        con.close()


def write_tables(con, tables):
    have = {n[2:] for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if n.startswith("r_")}
    for rid in have - set(tables):
        con.execute('DROP TABLE "r_%s"' % rid)
    for rid in set(tables) - have:
        con.execute('CREATE TABLE "r_%s" (x INTEGER)' % rid)


def write_state(db, rows, tables):
    """Makes a database hold exactly these version rows and r_* tables (resynchronisation)."""
    con = sqlite3.connect(db, timeout=30)
    try:
        con.execute("CREATE TABLE IF NOT EXISTS %s (version_num VARCHAR(255) NOT NULL, "
                    "CONSTRAINT %s_pkc PRIMARY KEY (version_num))" % (VERSION_TABLE, VERSION_TABLE))
        con.execute("DELETE FROM %s" % VERSION_TABLE)
        con.executemany("INSERT INTO %s (version_num) VALUES (?)" % VERSION_TABLE,
                        [(r,) for r in sorted(rows)])
        write_tables(con, tables)
        con.commit()
    finally:
        con.close()


def normalise(db, graph):
    """Makes the r_* tables equal to the applied set of the rows, and the rows the heads of that
    set (DESIGN.md's invariant; Alembic's stamp can leave an ancestor of another row in the
    table); True if anything changed."""
    if not os.path.exists(db):
        return False
    rows, tables = read_state(db)
    want = graph.applied(rows)
    want_rows = graph.rows_of(frozenset(want)) | {r for r in rows if r not in graph.by_id}
    if set(tables) == want and rows == want_rows:
        return False
    con = sqlite3.connect(db, timeout=30)
    try:
        write_tables(con, want)
        if rows != want_rows:
            con.execute("DELETE FROM %s" % VERSION_TABLE)
            con.executemany("INSERT INTO %s (version_num) VALUES (?)" % VERSION_TABLE,
                            [(r,) for r in sorted(want_rows)])
        con.commit()
    finally:
        con.close()
    return True


# ---------------------------------------------------------------------------------------------
# Model: DESIGN.md's semantics, for the targets that resolve without a choice. It is used only to
# confirm that Retort is right where Alembic is known to misbehave (see classify()); it never
# turns a plain Retort/Alembic difference into a pass.

RELATIVE = re.compile(r"^(?:(?P<label>[^@]+)@)?(?P<sym>[A-Za-z0-9_.]+)?(?P<n>[+-]\d+)$")
# Exceptions that are Alembic crashing, not Alembic refusing (its own errors are CommandError,
# RevisionError, ResolutionError, MultipleHeads, RangeNotAncestorError, CycleDetected, ...).
INTERNAL_ERRORS = ("KeyError", "AssertionError", "TypeError", "IndexError", "AttributeError")


def model_ref(g, ref):
    """Alembic 1.20's _revision_for_ident: an exact id, a label, then a prefix of any length of
    the ids and labels longer than 3 characters (a label and its revision's id are two matches)."""
    if ref in g.by_id:
        return ref
    if ref in g.label_owner:
        return g.label_owner[ref]
    found = [k for k in g.ids + g.labels if len(k) > 3 and k.startswith(ref)]
    if len(found) == 1:
        return g.label_owner.get(found[0], found[0])
    return None


def model_resolve(g, target, rows):
    """('ids', [...]), ('base',), or None when the target needs a choice or is outside the model."""
    if target == "heads":
        return ("ids", list(g.heads))
    if target == "head":
        return ("ids", list(g.heads)) if len(g.heads) == 1 else None
    if target == "base":
        return ("base",)
    m = RELATIVE.match(target)
    if m:
        if m.group("label"):
            return None
        n, sym = int(m.group("n")), m.group("sym")
        if sym is None:
            if len(rows) > 1:
                return None
            at = next(iter(rows)) if rows else None
        elif sym == "head":
            if len(g.heads) != 1:
                return None
            at = g.heads[0]
        else:
            at = model_ref(g, sym)
            if at is None:
                return None
        for _ in range(abs(n)):
            if n > 0:
                nxt = g.bases if at is None else g.children[at]
            else:
                if at is None:
                    return None
                nxt = g.parents[at] or [None]  # one step below a base is base
            if len(nxt) != 1:
                return None
            at = nxt[0]
        return ("base",) if at is None else ("ids", [at])
    if "@" in target:
        left, right = target.split("@", 1)
        if right != "head":
            return None  # <label>@base, <label>@<id>: scoping rules differ, outside the model
        root = g.label_owner.get(left) or model_ref(g, left)
        if root is None:
            return None
        below = g.descendants_or_self(root)
        hs = [h for h in g.heads if h in below]
        return ("ids", hs) if len(hs) == 1 else None
    at = model_ref(g, target)
    return ("ids", [at]) if at else None


def outermost(g, dests):
    below = set()
    for d in dests:
        below |= g.ancestors_or_self(d) - {d}
    return [d for d in dests if d not in below]


def model_apply(g, cmd, target, purge, rows):
    """(rows, applied) after the command, or None (error expected, or outside the model)."""
    start = frozenset() if (cmd == "stamp" and purge) else frozenset(rows)
    applied = frozenset(g.applied(start))
    res = model_resolve(g, target, start)
    if res is None:
        return None
    if cmd == "upgrade":
        new = set(applied)
        if res[0] == "ids":
            for t in res[1]:
                new |= g.ancestors_or_self(t)
        return g.rows_of(frozenset(new)), frozenset(new)
    if cmd == "downgrade":
        if res[0] == "base":
            return frozenset(), frozenset()
        if len(res[1]) != 1:
            return None
        t = res[1][0]
        via_parents, todo = set(), list(start)
        while todo:
            x = todo.pop()
            if x not in via_parents:
                via_parents.add(x)
                todo.extend(g.parents[x])
        if t not in applied or t not in via_parents:
            return None
        removed = g.descendants_with_deps([c for c in g.children[t] if c in applied]) & applied
        new = applied - removed
        return g.rows_of(new), new
    if res[0] == "base":
        return frozenset(), frozenset()
    result = set(start)
    for d in outermost(g, res[1]):
        if d not in result:
            result -= (g.ancestors_or_self(d) | g.descendants_with_deps([d]))
            result.add(d)
    return frozenset(result), frozenset(g.applied(result))


def alembic_defect(g, cmd, target, purge, rows_before, tables_before, ra, a_rows, a_tables, rr, r_rows, r_tables):
    """The known Alembic defect a mismatch shows, when the model confirms Retort's result; else None.

    alembic-internal-error:  Alembic crashes (KeyError in HeadMaintainer, AssertionError, ...)
        instead of running or refusing the command; typically a revision whose parents and
        depends_on are redundant (one is an ancestor of another): the merge step then tries to
        remove a version row that is not there.
    alembic-stamp-drops-target:  stamp leaves a requested revision unapplied: for each
        destination, Alembic merges *every* current row on the lineage of any destination into it,
        so stamping heads from rows on two lines deletes the row of the other head.
    alembic-redundant-rows:  same applied set and tables, but Alembic's version table also holds a
        revision that another row already covers (it does not check the rows it inserts on an
        unmerge against each other's dependencies): the table breaks DESIGN.md's invariant.
    alembic-downgrade-ignores-branch-of-head:  `downgrade X@head` resolves plain `head` (the
        branch part is dropped by _parse_downgrade_target's rpartition), so it fails with "Multiple
        head revisions" whenever the graph has several heads, although X's branch has one.
    """
    if not rr.ok:
        return None
    pred = model_apply(g, cmd, target, purge, rows_before)
    if pred is None:
        return None
    p_rows, p_applied = pred
    if cmd == "stamp":
        p_tables = tables_before
    else:
        before = frozenset(g.applied(rows_before))
        p_tables = (frozenset(tables_before) - (before - p_applied)) | (p_applied - before)
    if r_rows != p_rows or r_tables != p_tables:
        return None
    if not ra.ok:
        if ra.text.split(":", 1)[0] in INTERNAL_ERRORS:
            return "alembic-internal-error"
        if (cmd == "downgrade" and target.endswith("@head") and len(g.heads) > 1
                and "Multiple head revisions" in ra.text):
            return "alembic-downgrade-ignores-branch-of-head"
        return None
    a_applied = frozenset(g.applied(a_rows))
    if cmd == "stamp":
        res = model_resolve(g, target, frozenset() if purge else rows_before)
        if res[0] == "ids" and not set(outermost(g, res[1])) <= a_applied:
            return "alembic-stamp-drops-target"
    if a_applied == p_applied and a_tables == r_tables and g.rows_of(a_applied) != a_rows:
        return "alembic-redundant-rows"
    return None


# ---------------------------------------------------------------------------------------------
# Running the tools


class Result:
    def __init__(self, ok, text, code=None, seconds=0.0):
        self.ok = ok
        self.text = text.strip()
        self.code = code
        self.seconds = seconds


def clean_env():
    env = dict(os.environ)
    for key in ("RETORT_URL", "DATABASE_URL", "RETORT_VERSION_TABLE"):
        env.pop(key, None)
    return env


def snapshot_retort(out_root):
    """Copies bin/retort and the built jars under out_root, so that a rebuild by someone else
    during the run (the jar replaced mid-run) cannot break a command. Returns the copy's
    bin/retort."""
    dist = os.path.join(out_root, "retort-dist")
    target = os.path.join(dist, "retort-cli", "target")
    os.makedirs(os.path.join(dist, "bin"))
    os.makedirs(target)
    shutil.copy2(RETORT, os.path.join(dist, "bin", "retort"))
    shutil.copy2(os.path.join(ROOT, "retort-cli", "target", "retort-cli.jar"), target)
    shutil.copytree(os.path.join(ROOT, "retort-cli", "target", "lib"), os.path.join(target, "lib"))
    return os.path.join(dist, "bin", "retort")


def run_retort(toml, cmd, target, purge, timeout=300):
    args = [RETORT, "-c", toml, cmd, target] + (["--purge"] if purge else [])
    env = clean_env()
    # sqlite-jdbc unpacks its native library into the temp dir and deletes other processes'
    # copies; parallel graphs each get their own folder so that no run logs a failed delete.
    tmp = os.path.join(os.path.dirname(toml), ".tmp")
    os.makedirs(tmp, exist_ok=True)
    env["RETORT_JAVA_OPTS"] = (env.get("RETORT_JAVA_OPTS", "") + " -Dorg.sqlite.tmpdir=" + tmp).strip()
    t0 = time.monotonic()
    try:
        p = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return Result(False, "TIMEOUT after %ds" % timeout, "timeout", time.monotonic() - t0)
    text = (p.stderr + ("\n" + p.stdout if p.stdout.strip() else "")).strip()
    m = ERROR_CODE.search(p.stderr)
    if p.returncode == 2:
        code = "usage"
    else:
        code = m.group(1) if m else None
    return Result(p.returncode == 0, "exit %d: %s" % (p.returncode, text), code,
                  time.monotonic() - t0)


class AlembicWorker:
    """One Alembic API process (compat/alembic_worker.py in the Alembic venv)."""

    def __init__(self, python, timeout=300):
        self.python = python
        self.timeout = timeout
        self.proc = None

    def _start(self):
        env = clean_env()
        env["PYTHONHASHSEED"] = "0"   # Alembic's arbitrary picks iterate sets: keep runs repeatable
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        self.proc = subprocess.Popen([self.python, WORKER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True, bufsize=1, env=env)

    def run(self, ini, cmd, target, purge):
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        t0 = time.monotonic()
        req = {"ini": ini, "cmd": cmd, "target": target, "purge": purge}
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        ready, _, _ = select.select([self.proc.stdout], [], [], self.timeout)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            self.close()
            return Result(False, "worker died or timed out", "worker", time.monotonic() - t0)
        resp = json.loads(line)
        text = resp["error"] if not resp["ok"] else "ok"
        if resp["warnings"]:
            text += " [warnings: %s]" % "; ".join(resp["warnings"])
        return Result(resp["ok"], text, None, time.monotonic() - t0)

    def close(self):
        if self.proc is not None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=10)
            except Exception:  # noqa: BLE001
                self.proc.kill()
            self.proc = None


class AlembicCli:
    """`alembic -c alembic.ini <cmd> <target>` per command (slower; --alembic-cli)."""

    def __init__(self, python, timeout=300):
        self.exe = os.path.join(os.path.dirname(python), "alembic")
        self.timeout = timeout

    def run(self, ini, cmd, target, purge):
        args = [self.exe, "-c", ini, cmd] + (["--purge"] if purge else []) + ["--", target]
        env = clean_env()
        env["PYTHONHASHSEED"] = "0"
        t0 = time.monotonic()
        p = subprocess.run(args, capture_output=True, text=True, timeout=self.timeout, env=env)
        if p.returncode == 0:
            text = "ok"
        else:
            # Same shape as the worker's "ExcType: message": the CLI prints "FAILED: <message>"
            # for its own errors, and a traceback ending "ExcType: message" for a crash.
            lines = [l for l in (p.stderr + "\n" + p.stdout).splitlines() if l.strip()] or ["exit %d" % p.returncode]
            last = lines[-1].strip()
            text = "CommandError: " + last[len("FAILED:"):].strip() if last.startswith("FAILED:") else last
        warned = [l.strip() for l in p.stderr.splitlines() if "Warning:" in l]
        if warned:
            text += " [warnings: %s]" % "; ".join(warned)
        return Result(p.returncode == 0, text, None, time.monotonic() - t0)

    def close(self):
        pass


# ---------------------------------------------------------------------------------------------
# Commands


def _weighted(rng, options):
    options = [(w, f) for w, f in options if w > 0]
    total = sum(w for w, _ in options)
    x = rng.random() * total
    for w, f in options:
        x -= w
        if x <= 0:
            return f
    return options[-1][1]


def _prefix(rng, rid):
    if rng.random() < 0.35:
        # 1-3 characters: Alembic matches them against the ids and labels longer than 3 characters
        return rid[:rng.randint(1, min(3, len(rid)))]
    return rid[:rng.randint(4, len(rid) - 1)] if len(rid) >= 5 else rid[:rng.randint(1, len(rid))]


def pick_command(rng, g, rows):
    applied = g.applied(rows)
    pending = [i for i in g.ids if i not in applied]
    frontier = [i for i in pending if all(p in applied for p in g.parents[i] + g.deps[i])]
    applied_l = [i for i in g.ids if i in applied]
    row_parents = sorted({p for r in rows if r in g.parents for p in g.parents[r]})
    shared = sorted({a[:k] for a in g.ids for b in g.ids if a < b
                     for k in [len(os.path.commonprefix([a, b]))] if k >= 4 and k < min(len(a), len(b))})
    labels = g.labels
    n = lambda: rng.choice([1, 1, 1, 2, 2, 3])  # noqa: E731

    def label_member(lab):
        members = sorted(g.lineage(g.label_owner[lab]))
        return rng.choice(members) if rng.random() < 0.85 else rng.choice(g.ids)

    def label_applied(lab):
        # a downgrade target on the label's lineage that is applied (else anywhere on it)
        members = sorted(g.lineage(g.label_owner[lab]) & applied)
        return rng.choice(members) if members and rng.random() < 0.85 else label_member(lab)

    def pick_prefix(pool):
        if pool and rng.random() < 0.25:
            return _prefix(rng, rng.choice(pool))  # any id, short ones included (001 -> 0, 00)
        pool = [i for i in pool if len(i) >= 5]
        if shared and (not pool or rng.random() < 0.3):
            return rng.choice(shared)
        return _prefix(rng, rng.choice(pool)) if pool else "head"

    def short_prefix(pool):
        # 1-3 characters of any id (001 -> 0, 00): matched against the ids and labels longer than 3
        rid = rng.choice(pool or g.ids)
        return rid[:rng.randint(1, min(3, len(rid)))]

    lab = lambda: rng.choice(labels)  # noqa: E731
    anyid = lambda: rng.choice(g.ids)  # noqa: E731
    has_labels = 1 if labels else 0
    r = rng.random()
    if r < 0.45:
        cmd = "upgrade"
        options = [
            (2, lambda: "head"), (3, lambda: "heads"), (0.3, lambda: "base"),
            (3 if frontier else 0, lambda: rng.choice(frontier)),
            (2 if pending else 0, lambda: rng.choice(pending)),
            (1, anyid),
            (2, lambda: pick_prefix(pending or g.ids)),
            (1.5, lambda: short_prefix(pending)),
            (2 * has_labels, lambda: lab() + "@head"),
            (1.5, lambda: anyid() + "@head"),
            (0.7, lambda: _prefix(rng, anyid()) + "@head"),
            (3, lambda: "+%d" % n()),
            (1.5, lambda: "%s+%d" % (rng.choice(sorted(rows) + applied_l[-3:] or g.ids), n())),
            (0.7, lambda: "%s+%d" % (anyid(), n())),
            (1, lambda: "head-%d" % n()),
            (1 * has_labels, lambda: "%s@+%d" % (lab(), n())),
            (0.5, lambda: "%s@+%d" % (anyid(), n())),  # the revision stands for its branch
            (0.5 * has_labels, lambda: (lambda l: "%s@%s" % (l, label_member(l)))(lab())),
            (0.4 * has_labels, lambda: (lambda l: "%s@%s" % (l, _prefix(rng, label_member(l))))(lab())),
        ]
    elif r < 0.80:
        cmd = "downgrade"
        options = [
            (1, lambda: "base"),
            (3, lambda: "-%d" % n()),
            (3 if applied_l else 0, lambda: rng.choice(applied_l)),
            (2 if row_parents else 0, lambda: rng.choice(row_parents)),
            (0.7, anyid),
            (2 if applied_l else 0, lambda: pick_prefix(applied_l)),
            (1 if applied_l else 0, lambda: short_prefix(applied_l)),
            (1.5 * has_labels, lambda: lab() + "@base"),
            (1 * has_labels, lambda: "%s@-%d" % (lab(), n())),
            (0.5, lambda: "%s@-%d" % (rng.choice(applied_l) if applied_l else anyid(), n())),
            (1, lambda: "head-%d" % n()),
            (1 if applied_l else 0, lambda: "%s-%d" % (rng.choice(applied_l), n())),
            (0.5, lambda: "%s+%d" % (anyid(), n())),
            (0.5 * has_labels, lambda: (lambda l: "%s@%s" % (l, label_member(l)))(lab())),
            # downgrades written with a label stay on its branch (Alembic scopes every <label>@ form)
            (0.5 * has_labels, lambda: (lambda l: "%s@%s" % (l, label_applied(l)))(lab())),
            (0.4 * has_labels, lambda: (lambda l: "%s@%s-%d" % (l, label_applied(l), n()))(lab())),
            (0.4 * has_labels, lambda: "%s@head-%d" % (lab(), n())),
            (0.3, lambda: "heads"), (0.3, lambda: "head"),
            (0.3, lambda: anyid() + "@head"),
            (0.3, lambda: anyid() + "@base"),
        ]
    else:
        cmd = "stamp"
        options = [
            (1.5, lambda: "head"), (2, lambda: "heads"), (1, lambda: "base"),
            (3, anyid),
            (1.5, lambda: pick_prefix(g.ids)),
            (1, lambda: short_prefix(g.ids)),
            (1 * has_labels, lambda: lab() + "@head"),
            (1 * has_labels, lambda: lab() + "@base"),
            (1, lambda: anyid() + "@head"),
            (0.5, lambda: "+%d" % n()), (0.5, lambda: "-%d" % n()),
            (0.3, lambda: "%s+%d" % (anyid(), n())),
            (0.5, lambda: "head-%d" % n()),
        ]
    target = _weighted(rng, options)()
    purge = cmd == "stamp" and rng.random() < 0.3
    return cmd, target, purge


def failure_kind(g, cmd, target, ra, rr):
    """A rough name for a failure, for the summary only (every failure still fails the run)."""
    label = target.split("@", 1)[0] if "@" in target else None
    if cmd == "stamp" and RELATIVE.match(target):
        return "stamp-relative-target"
    if cmd == "downgrade" and label in g.label_owner and target.endswith("@base"):
        return "label@base-scope"
    if ra.ok and rr.code == "RT-P002":
        return "dependency-only-downgrade-target"
    if label in g.label_owner:
        return "label-scope (label@id, label@id-N, label@head-N, label@+N, label@-N)"
    return "other"


def parse_script(text):
    cmds = []
    for part in text.split(";"):
        words = part.split()
        if not words:
            continue
        purge = "--purge" in words
        words = [w for w in words if w != "--purge"]
        if len(words) != 2 or words[0] not in ("upgrade", "downgrade", "stamp"):
            raise SystemExit("bad script command: %r" % part)
        cmds.append((words[0], words[1], purge))
    return cmds


# ---------------------------------------------------------------------------------------------
# One graph


def fmt_set(s, limit=None):
    items = sorted(s)
    if limit is not None and len(items) > limit:
        return "{%s, ... (%d in all)}" % (", ".join(items[:limit]), len(items))
    return "{" + ", ".join(items) + "}"


class Case:
    def __init__(self, label, graph, seed, ncmds, script=None):
        self.label = label
        self.graph = graph
        self.seed = seed
        self.ncmds = ncmds
        self.script = script


class Outcome:
    def __init__(self, case):
        self.case = case
        self.compared = 0
        self.matched = 0
        self.documented = 0
        self.failures = []       # text blocks
        self.kinds = []          # failure_kind() of each failure
        self.divergences = []    # (command, retort code, alembic text)
        self.notes = []
        self.normalised = 0
        self.log = []
        self.seconds = 0.0


def run_case(case, out_root, alembic_factory, verbose, keep):
    t0 = time.monotonic()
    g = case.graph
    res = Outcome(case)
    folder = os.path.join(out_root, re.sub(r"[^A-Za-z0-9_.-]", "_", case.label))
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    with open(os.path.join(folder, "graph.json"), "w") as f:
        json.dump({"name": g.name, "revisions": g.revisions}, f, indent=1)
    ini, adb = write_alembic_project(g, os.path.join(folder, "alembic"))
    toml, rdb = write_retort_project(g, os.path.join(folder, "retort"))
    alembic = alembic_factory()
    rng = random.Random("commands:%s:%d" % (g.name, case.seed))
    try:
        cmds = case.script if case.script is not None else [None] * case.ncmds
        for idx, fixed in enumerate(cmds):
            rows_before, tables_before = read_state(adb)
            cmd, target, purge = fixed if fixed else pick_command(rng, g, rows_before)
            shown = "%s %s%s" % (cmd, target, " --purge" if purge else "")
            ra = alembic.run(ini, cmd, target, purge)
            rr = run_retort(toml, cmd, target, purge)
            a_rows, a_tables = read_state(adb)
            r_rows, r_tables = read_state(rdb)
            res.compared += 1
            same_state = a_rows == r_rows and a_tables == r_tables
            sync_to_retort = False
            if ra.ok == rr.ok and (same_state or not ra.ok):
                verdict = "match"
                res.matched += 1
                if not ra.ok and not same_state:
                    res.notes.append("#%d %s: both failed but the databases differ; resynced" % (idx, shown))
            elif ra.ok and not rr.ok and rr.code in DOCUMENTED:
                verdict = "documented-divergence"
                res.documented += 1
                res.divergences.append((shown, rr.code, ra.text))
            elif (choice := retort_by_design(g, cmd, target, ra, rr, tables_before, a_tables, r_tables)):
                verdict = "documented-divergence"
                res.documented += 1
                res.divergences.append((shown, choice, ra.text))
                sync_to_retort = True
            elif (defect := alembic_defect(g, cmd, target, purge, rows_before, tables_before, ra,
                                           a_rows, a_tables, rr, r_rows, r_tables)):
                verdict = "documented-divergence"
                res.documented += 1
                res.divergences.append((shown, defect, ra.text))
                sync_to_retort = True
            else:
                verdict = "FAILED"
                lines = [
                    "FAILED %s (graph %s, seed %d), command #%d: %s" % (case.label, g.name, case.seed, idx, shown),
                    "  rows before: %s" % fmt_set(rows_before),
                    "  alembic: %s (%.1fs)" % ("ok" if ra.ok else "FAILED", ra.seconds),
                    "    output: %s" % ra.text.replace("\n", "\n    "),
                    "    rows:   %s" % fmt_set(a_rows),
                    "    tables: %s" % fmt_set(a_tables, 12),
                    "  retort:  %s (%.1fs)" % ("ok" if rr.ok else "FAILED", rr.seconds),
                    "    output: %s" % rr.text.replace("\n", "\n    "),
                    "    rows:   %s" % fmt_set(r_rows),
                    "    tables: %s" % fmt_set(r_tables, 12),
                ]
                if a_tables != r_tables:
                    lines.append("  tables only in alembic: %s; only in retort: %s" % (
                        fmt_set(a_tables - r_tables), fmt_set(r_tables - a_tables)))
                pred = model_apply(g, cmd, target, purge, rows_before)
                if pred is not None:
                    lines.append("  model (DESIGN.md): rows %s, applied %s" % (fmt_set(pred[0]), fmt_set(pred[1], 12)))
                setup = "; ".join("upgrade %s" % r for r in sorted(rows_before))
                lines.append("  reproduce: compat/differential.py --spec %s --script \"%s%s\""
                             % (os.path.join(folder, "graph.json"), setup + "; " if setup else "", shown))
                lines.append("  project: %s" % folder)
                res.failures.append("\n".join(lines))
                res.kinds.append(failure_kind(g, cmd, target, ra, rr))
            res.log.append("#%d %-45s alembic=%s retort=%s%s -> %s rows=%s" % (
                idx, shown, "ok" if ra.ok else "fail", "ok" if rr.ok else "fail",
                "(%s)" % rr.code if rr.code else "", verdict, fmt_set(a_rows)))
            if verbose or case.script is not None:
                res.log.append("    alembic: %s" % ra.text.replace("\n", "\n      "))
                res.log.append("    retort:  %s" % rr.text.replace("\n", "\n      "))
                res.log.append("    alembic rows=%s tables=%s" % (fmt_set(a_rows), fmt_set(a_tables)))
                res.log.append("    retort  rows=%s tables=%s" % (fmt_set(r_rows), fmt_set(r_tables)))
            if not same_state:
                # Continue from one state on both sides: Retort's where Alembic misbehaved,
                # otherwise Alembic's.
                if sync_to_retort:
                    write_state(adb, r_rows, r_tables)
                else:
                    write_state(rdb, a_rows, a_tables)
            changed = normalise(adb, g)
            changed = normalise(rdb, g) or changed
            if changed:
                res.normalised += 1
        if not res.failures and not keep:
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        alembic.close()
    res.seconds = time.monotonic() - t0
    return res


# ---------------------------------------------------------------------------------------------
# Main


def parse_seeds(text):
    seeds = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            seeds.extend(range(int(a), int(b) + 1))
        else:
            seeds.append(int(part))
    return seeds


def find_alembic_python(explicit):
    candidates = [explicit] if explicit else [
        os.path.join(HERE, ".venv", "bin", "python"), "/opt/alembic-venv/bin/python"]
    for c in candidates:
        if c and os.path.exists(c):
            p = subprocess.run([c, "-c", "import alembic; print(alembic.__version__)"],
                               capture_output=True, text=True)
            if p.returncode == 0 and p.stdout.strip().startswith("1.20"):
                return c, p.stdout.strip()
    return None, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", default=None, help="random graph seeds: '0-49', '3,7', '' for none (default 0-39; quick 0-9)")
    ap.add_argument("--realworld-seeds", default=None, help="command seeds for each real-world graph (default 0-1; quick 0)")
    ap.add_argument("--realworld", default="all", help="comma separated names, 'all' or 'none'")
    ap.add_argument("--realworld-dir", default=os.environ.get("RETORT_REALWORLD_DIR", DEFAULT_REALWORLD))
    ap.add_argument("--commands-per-graph", type=int, default=None, help="default 25 (quick: 10)")
    ap.add_argument("--quick", action="store_true", help="small run for CI (about 2 minutes on 2 cores)")
    ap.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 2))
    ap.add_argument("--alembic-python", default=None, help="python of a venv with alembic 1.20")
    ap.add_argument("--alembic-cli", action="store_true", help="run the alembic CLI per command")
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--keep", action="store_true", help="keep every project under --out")
    ap.add_argument("--spec", help="run --script on this graph JSON instead of random sequences")
    ap.add_argument("--script", help="';'-separated commands for --spec")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="run bin/retort in place (default: a copy of bin/retort and the jars, "
                         "so a concurrent rebuild cannot break the run)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    python, version = find_alembic_python(args.alembic_python)
    if python is None:
        print("differential: SKIPPED: no Python with alembic 1.20 found "
              "(run compat/run.sh, or pass --alembic-python)")
        return 0
    if not os.path.exists(os.path.join(ROOT, "retort-cli", "target", "retort-cli.jar")):
        print("differential: Retort is not built (mvn -q -B -DskipTests package)", file=sys.stderr)
        return 1

    pick = lambda given, default: parse_seeds(default if given is None else given)  # noqa: E731
    if args.quick:
        seeds = pick(args.seeds, "0-9")
        rw_seeds = pick(args.realworld_seeds, "0")
        ncmds = args.commands_per_graph or 10
    else:
        seeds = pick(args.seeds, "0-39")
        rw_seeds = pick(args.realworld_seeds, "0-1")
        ncmds = args.commands_per_graph or 25

    cases = []
    if args.spec:
        if not args.script:
            ap.error("--spec needs --script")
        g = load_realworld(args.spec)
        cases.append(Case("spec-" + g.name, g, 0, 0, parse_script(args.script)))
    else:
        for s in seeds:
            cases.append(Case("random-%d" % s, gen_graph(s), s, ncmds))
        if args.realworld != "none":
            if os.path.isdir(args.realworld_dir):
                names = sorted(f[:-5] for f in os.listdir(args.realworld_dir) if f.endswith(".json"))
                if args.realworld != "all":
                    names = [n for n in names if n in args.realworld.split(",")]
                for name in names:
                    g = load_realworld(os.path.join(args.realworld_dir, name + ".json"))
                    for s in rw_seeds:
                        cases.append(Case("realworld-%s-%d" % (name, s), g, s, ncmds))
            else:
                print("differential: note: no real-world graphs at %s; random graphs only" % args.realworld_dir)

    run_id = time.strftime("%Y%m%d-%H%M%S")
    out_root = os.path.join(args.out, run_id)
    os.makedirs(out_root, exist_ok=True)
    global RETORT
    if not args.no_snapshot:
        RETORT = snapshot_retort(out_root)
        # The first run writes the copy's class-data archive (bin/retort, AppCDS): do it once,
        # before the parallel graphs start.
        subprocess.run([RETORT, "--version"], capture_output=True, env=clean_env())
    print("differential: alembic %s (%s), retort %s; %d graphs, %s commands each, %d jobs; projects under %s"
          % (version, python, RETORT, len(cases), ncmds if not args.spec else len(cases[0].script),
             args.jobs, out_root), flush=True)

    # Preflight: a Retort that cannot start (a half-finished change in the build) would turn every
    # command into a failure; say so once instead.
    pre = os.path.join(out_root, "preflight")
    toml, _ = write_retort_project(Graph("preflight", [{"id": "aaaa0001", "down_revisions": [],
                                                        "branch_labels": [], "depends_on": [],
                                                        "message": "preflight"}]), pre)
    p = subprocess.run([RETORT, "-c", toml, "current", "--json"], capture_output=True, text=True,
                       env=clean_env())
    if p.returncode != 0:
        print("differential: Retort does not run (`retort current --json` on an empty project "
              "exited %d):\n%s" % (p.returncode, "\n".join((p.stderr or p.stdout).splitlines()[:12])))
        print("0 passed, 1 failed")
        return 1
    shutil.rmtree(pre, ignore_errors=True)

    if args.alembic_cli:
        factory = lambda: AlembicCli(python)  # noqa: E731
    else:
        factory = lambda: AlembicWorker(python)  # noqa: E731

    t0 = time.monotonic()
    lock = threading.Lock()
    outcomes = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(run_case, c, out_root, factory, args.verbose, args.keep or bool(args.spec)): c
                   for c in cases}
        for fut in concurrent.futures.as_completed(futures):
            res = fut.result()
            outcomes.append(res)
            with lock:
                print("  %-28s %3d compared, %3d matched, %2d documented, %2d failed  (%.0fs)" % (
                    res.case.label, res.compared, res.matched, res.documented, len(res.failures),
                    res.seconds), flush=True)
                if args.verbose or args.spec:
                    for line in res.log:
                        print("    " + line)

    outcomes.sort(key=lambda o: cases.index(o.case))
    compared = sum(o.compared for o in outcomes)
    matched = sum(o.matched for o in outcomes)
    documented = sum(o.documented for o in outcomes)
    failed = sum(len(o.failures) for o in outcomes)

    divergences = [(o.case.label, d) for o in outcomes for d in o.divergences]
    kinds = {}
    if divergences:
        print("\ndocumented divergences (RT-G006/RT-G002: Alembic picks, Retort refuses; alembic-*: "
              "an Alembic defect, Retort's result confirmed by the model):")
        for label, (shown, code, atext) in divergences:
            kinds[code] = kinds.get(code, 0) + 1
            print("  %-24s %-44s %-26s alembic: %s" % (label, shown, code, atext[:90]))
    notes = [(o.case.label, n) for o in outcomes for n in o.notes]
    for label, n in notes:
        print("  note: %s %s" % (label, n))
    if failed:
        print("\nfailures:")
        for o in outcomes:
            for f in o.failures:
                print(f)
                print()
    summary = {"compared": compared, "matched": matched, "documented": documented, "failed": failed,
               "seconds": round(time.monotonic() - t0, 1),
               "failures": [f for o in outcomes for f in o.failures],
               "divergences": [{"case": l, "command": d[0], "code": d[1], "alembic": d[2]}
                               for l, d in divergences]}
    with open(os.path.join(out_root, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    if not failed and not args.keep and not args.spec:
        shutil.rmtree(out_root, ignore_errors=True)
    print("\ndifferential: %d commands compared, %d matched, %d documented divergences, %d failed (%.0fs)"
          % (compared, matched, documented, failed, time.monotonic() - t0))
    if kinds:
        print("documented divergences by kind: %s" % ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    fkinds = {}
    for o in outcomes:
        for k in o.kinds:
            fkinds[k] = fkinds.get(k, 0) + 1
    if fkinds:
        print("failures by kind: %s" % ", ".join("%s %d" % kv for kv in sorted(fkinds.items())))
    print("%d passed, %d failed" % (matched + documented, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
