# Sourced by compat/run.sh and bench/alembic-project.sh: sets $venv to compat/.venv holding Alembic 1.20,
# creating it from the wheels on disk (never from the network) when it is missing. Sets $venv to ""
# when no alembic-1.20*.whl is on this machine.
venv="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.venv"

alembic_ok() {
  [[ -x "$1/bin/python" ]] && "$1/bin/python" -c 'import alembic, sys; sys.exit(0 if alembic.__version__.startswith("1.20") else 1)' 2>/dev/null
}

if ! alembic_ok "$venv"; then
  wheels=""
  if compgen -G "/opt/pypi/files/alembic-1.20*.whl" > /dev/null; then
    wheels=/opt/pypi/files
  else
    whl="$(find / -xdev -name 'alembic-1.20*.whl' -print -quit 2>/dev/null || true)"
    [[ -n "$whl" ]] && wheels="$(dirname "$whl")"
  fi
  if [[ -z "$wheels" ]]; then
    venv=""
  else
    echo "alembic-venv: creating $venv from $wheels" >&2
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --no-index --find-links "$wheels" 'alembic==1.20.*' 'sqlalchemy==2.0.54' >&2 \
      || "$venv/bin/pip" install -q --no-index --find-links "$wheels" 'alembic==1.20.*' 'sqlalchemy<2.1' >&2
    if ! alembic_ok "$venv"; then
      echo "alembic-venv: could not install alembic 1.20 into $venv from $wheels" >&2
      exit 1
    fi
  fi
fi
