#!/usr/bin/env bash
# Run every test, browser tests included. Installs the Python dependencies into .venv and, when they
# are missing, Debian's Chromium and PostGIS for the installed PostgreSQL server (needs root or sudo): the
# store tests start a throwaway PostgreSQL cluster of their own. Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_env.sh" "test,bench"
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)…"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
PG_VERSION="$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)"
if [ -z "$PG_VERSION" ] || [ ! -f "/usr/share/postgresql/$PG_VERSION/extension/postgis.control" ]; then
  PKG="postgresql-${PG_VERSION:-15}-postgis-3"
  echo "Installing PostGIS for the store tests (apt-get install $PKG)…"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$PKG" >/dev/null
fi
cd "$ROOT"
exec "$VENV/bin/python" -m pytest "$@"
