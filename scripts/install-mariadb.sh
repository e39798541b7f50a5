#!/usr/bin/env bash
# Installs MariaDB's server from Debian's packages, for the MariaDB tests (`mvn verify` starts its own
# server from these programs on a free loopback port; nothing is started as a system service).
# .ci/run calls this; run it once on a development machine (as root, or with sudo).
set -euo pipefail
if command -v mariadbd >/dev/null 2>&1 || [[ -x /usr/sbin/mariadbd ]]; then
  echo "mariadb-server is installed: $(/usr/sbin/mariadbd --version 2>/dev/null || mariadbd --version)"
  exit 0
fi
sudo=()
[[ "$(id -u)" == 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -q mariadb-server >/dev/null 2>&1 || {
  "${sudo[@]}" apt-get update -q >/dev/null
  "${sudo[@]}" apt-get install -y -q mariadb-server
}
echo "installed: $(/usr/sbin/mariadbd --version)"
