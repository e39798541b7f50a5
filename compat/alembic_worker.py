"""Runs Alembic commands for compat/differential.py, one JSON request per line.

Started with the Alembic venv's Python (it imports alembic), so it is not run by the
system Python. Protocol, one line each way:

    request:  {"ini": "/path/alembic.ini", "cmd": "upgrade|downgrade|stamp", "target": "...",
               "purge": false}
    response: {"ok": true|false, "error": "ExcType: message" or "", "warnings": [...],
               "output": "stdout text"}

Each request runs alembic.command.<cmd>(Config(ini), target) exactly as `alembic -c ini <cmd>
<target>` does (the CLI calls the same functions); any exception is a failure, as the CLI's exit
code 1 is. Keeping one process per graph saves the ~0.5 s Python + SQLAlchemy start-up per
command; the script directory and env.py are still read afresh on every command.
"""
import io
import json
import sys
import traceback
import warnings

from alembic import command
from alembic.config import Config


def run(req):
    out = io.StringIO()
    cfg = Config(req["ini"], stdout=out)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if req["cmd"] == "upgrade":
                command.upgrade(cfg, req["target"])
            elif req["cmd"] == "downgrade":
                command.downgrade(cfg, req["target"])
            elif req["cmd"] == "stamp":
                command.stamp(cfg, req["target"], purge=bool(req.get("purge")))
            else:
                raise ValueError("unknown command %r" % req["cmd"])
            ok, error = True, ""
        except Exception as exc:  # noqa: BLE001 - the CLI turns every exception into exit 1
            ok = False
            error = "%s: %s" % (type(exc).__name__, exc)
            if req.get("traceback"):
                error += "\n" + traceback.format_exc()
    return {
        "ok": ok,
        "error": error,
        "warnings": [str(w.message) for w in caught],
        "output": out.getvalue(),
    }


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            resp = run(json.loads(line))
        except Exception as exc:  # noqa: BLE001 - keep serving
            resp = {"ok": False, "error": "worker: %s: %s" % (type(exc).__name__, exc),
                    "warnings": [], "output": ""}
        sys.stdout.write(json.dumps(resp) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
