#!/usr/bin/env python3
"""Writes an unchanged-Alembic-project benchmark fixture: N revisions (default 10,000) made of the seven
real-world graphs of ../shared/realworld/ laid end to end, each copy in the header style of the project it
comes from (compat/graph_commands.py's writer): labelled bases and depends_on webs (Invenio), expand/contract
branches (neutron), merges (fides). Copy k gets fresh 12-hex ids; its first base (every base, after the first
round of seven) merges every head of copy k-1, so the whole has the heads of the last copy only. Branch labels
and depends_on are kept in the first round only (a long history whose early part has labelled branches);
later copies are the same graphs without them. Bodies are
op.execute("CREATE TABLE ...") / op.execute("DROP TABLE ...") as in graph_commands.py.

  bench/alembic_project.py --size 10000 --out bench/out/alembic-10000
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "compat"))
import graph_commands  # noqa: E402  (the header styles and the project layout)


def new_id(copy, rid):
    return hashlib.sha256(("%d/%s" % (copy, rid)).encode()).hexdigest()[:12]


def revisions(realworld, size):
    """The tiled revisions, parents before children, each with the style of its source graph."""
    specs = []
    for name in sorted(f[:-5] for f in os.listdir(realworld) if f.endswith(".json")):
        with open(os.path.join(realworld, name + ".json")) as f:
            specs.append((name, json.load(f)["revisions"]))
    out, previous_heads, copy = [], [], 0
    while len(out) < size:
        name, spec = specs[copy % len(specs)]
        style = graph_commands.STYLES.get(name, "plain-double")
        ids = {r["id"]: new_id(copy, r["id"]) for r in spec}
        labels = {label for r in spec for label in r["branch_labels"]}
        included, parents_of_all = [], set()
        first_base = True
        for r in spec:
            if len(out) + len(included) >= size:
                break
            parents = [ids[p] for p in r["down_revisions"]]
            if not all(p in {x["id"] for x in included} for p in parents):
                continue  # a parent cut off by the size limit
            first_round = copy < len(specs)
            if not parents and (first_base or not first_round) and previous_heads:
                parents, first_base = list(previous_heads), False
            rename = lambda x: ids.get(x, x + "_%d" % copy if x in labels else x)  # noqa: E731
            included.append({
                "id": ids[r["id"]], "down_revisions": parents,
                "branch_labels": [label + "_%d" % copy for label in r["branch_labels"]] if first_round else [],
                "depends_on": [rename(d) for d in r["depends_on"]] if first_round else [],
                "message": r["message"], "style": style})
            parents_of_all.update(parents)
        previous_heads = [r["id"] for r in included if r["id"] not in parents_of_all]
        out.extend(included)
        copy += 1
    return out, copy


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--realworld-dir", default=graph_commands.DEFAULT_REALWORLD)
    ap.add_argument("--describe", action="store_true", help="print what --size makes, write nothing")
    opts = ap.parse_args()
    revs, copies = revisions(opts.realworld_dir, opts.size)
    if opts.describe:
        describe(revs, copies)
        return
    versions = os.path.join(opts.out, "migrations", "versions")
    os.makedirs(versions)
    with open(os.path.join(opts.out, "alembic.ini"), "w") as f:
        f.write("[alembic]\nscript_location = %(here)s/migrations\npath_separator = os\n"
                "sqlalchemy.url = postgresql+psycopg2://app@localhost/app\n\n[loggers]\nkeys = root\n")
    with open(os.path.join(opts.out, "migrations", "env.py"), "w") as f:
        f.write(graph_commands.ENV_PY)
    for i, r in enumerate(revs):
        slug = "".join(c if c.isalnum() else "_" for c in graph_commands.clean(r["message"]).lower())[:30]
        with open(os.path.join(versions, "%s_%s.py" % (r["id"], slug.strip("_") or "r")), "w") as f:
            f.write(graph_commands.revision_file(r["style"], r, i))
    describe(revs, copies)


def describe(revs, copies):
    merges = sum(1 for r in revs if len(r["down_revisions"]) > 1)
    bases = sum(1 for r in revs if not r["down_revisions"])
    print("%d revisions (%d copies of the real-world graphs), %d merges, %d bases, %d with depends_on" % (
        len(revs), copies, merges, bases, sum(1 for r in revs if r["depends_on"])))


if __name__ == "__main__":
    main()
