#!/usr/bin/env bash
# Installs Debian's Chromium, for the test that opens the HTML fleet report in a real headless browser
# (FleetReportBrowserTest; it skips without Chromium, and fails instead under CI=true).
# .ci/run calls this; run it once on a development machine (as root, or with sudo).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium is installed: $(chromium --version 2>/dev/null || echo "$(command -v chromium)")"
  exit 0
fi
sudo=()
[[ "$(id -u)" == 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -q chromium >/dev/null 2>&1 || {
  "${sudo[@]}" apt-get update -q >/dev/null
  "${sudo[@]}" apt-get install -y -q chromium
}
echo "installed: $(chromium --version)"
