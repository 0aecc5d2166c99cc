#!/usr/bin/env bash
# Run every test, browser tests included. Installs the Python dependencies into .venv and,
# when it is missing, Debian's Chromium (needs root or sudo). Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_env.sh" "test,bench"
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)…"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
cd "$ROOT"
exec "$VENV/bin/python" -m pytest "$@"
