"""retort import-alembic: each Alembic revision's upgrade() and downgrade() as SQL, from Alembic's offline mode.

Retort runs this once per import with a Python that can import alembic. It reads one JSON request on stdin:

    {"dialect": "sqlite|postgresql|mysql|default", "sys_path": ["/project"],
     "revisions": [{"id": "ae1027a6acf", "path": "/project/alembic/versions/ae1027a6acf_add_users.py"}, ...]}

and writes one JSON line per revision on stdout, in the order asked:

    {"id": "...", "upgrade": "SQL" | null, "downgrade": "SQL" | null,
     "error": "" | "upgrade(): NameError: ...", "nontransactional": false}

Each file is loaded on its own (a module that fails to import fails only its revision), and each function runs
under Operations.context() of a MigrationContext configured with dialect_name and as_sql, as Alembic's offline
mode does, but without env.py: nothing connects, and no version-table statement or BEGIN/COMMIT is written
except the COMMIT/BEGIN pair an autocommit_block() emits, which is removed here; a revision that enters
autocommit_block() is reported as "nontransactional". A function that needs a connection (op.get_bind()) fails, and its revision with it.
"""
import contextlib
import importlib.util
import io
import json
import re
import sys

VERSION_TABLE = re.compile(r"^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM|CREATE\s+TABLE)\s+alembic_version\b", re.I)
TRANSACTION = re.compile(r"^\s*(BEGIN|COMMIT)\s*$", re.I)


def context(dialect, buffer):
    from alembic.migration import MigrationContext

    opts = {"as_sql": True, "output_buffer": buffer, "literal_binds": True}
    if dialect == "default":
        from sqlalchemy.engine.default import DefaultDialect

        return MigrationContext.configure(dialect=DefaultDialect(), opts=opts)
    return MigrationContext.configure(dialect_name=dialect, opts=opts)


def flagged(ctx, used):
    """The context, noting in `used` when autocommit_block() is entered (on SQLite and MySQL it writes no COMMIT)."""
    original = ctx.autocommit_block

    @contextlib.contextmanager
    def autocommit_block():
        used.append(True)
        with original():
            yield

    ctx.autocommit_block = autocommit_block
    return ctx


def described(exc):
    text = str(exc).strip().splitlines()
    return "%s: %s" % (type(exc).__name__, text[0] if text else "")


def cleaned(sql):
    """The statements without version-table ones and BEGIN/COMMIT; whether a COMMIT/BEGIN was removed."""
    kept, removed = [], False
    for statement in sql.split(";\n\n"):
        if not statement.strip():
            continue
        if TRANSACTION.match(statement):
            removed = True
        elif not VERSION_TABLE.match(statement):
            kept.append(statement.strip("\n") + ";\n")
    return "\n".join(kept), removed


def load(rev, index):
    spec = importlib.util.spec_from_file_location("retort_import_%d" % index, rev["path"])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(rev, index, dialect):
    from alembic.operations import Operations

    result = {"id": rev["id"], "upgrade": None, "downgrade": None, "error": "", "nontransactional": False}
    try:
        module = load(rev, index)
    except BaseException as exc:  # noqa: BLE001 - any failure falls back to the Python body
        result["error"] = "importing the file: " + described(exc)
        return result
    errors = []
    for name in ("upgrade", "downgrade"):
        function = getattr(module, name, None)
        if not callable(function):
            errors.append("no %s() function" % name)
            continue
        buffer, autocommit = io.StringIO(), []
        try:
            with Operations.context(flagged(context(dialect, buffer), autocommit)):
                function()
        except BaseException as exc:  # noqa: BLE001
            errors.append("%s(): %s" % (name, described(exc)))
            continue
        sql, removed = cleaned(buffer.getvalue())
        result[name] = sql
        result["nontransactional"] |= removed or bool(autocommit)
    result["error"] = "; ".join(errors)
    return result


def main():
    request = json.load(sys.stdin)
    for folder in reversed(request.get("sys_path", [])):
        sys.path.insert(0, folder)
    out = sys.stdout
    sys.stdout = sys.stderr  # a revision that prints must not break the JSON lines
    for index, rev in enumerate(request["revisions"]):
        out.write(json.dumps(extract(rev, index, request["dialect"])) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
