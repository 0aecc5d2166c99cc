#!/usr/bin/env bash
# Serve the dashboard on http://127.0.0.1:8501 with the embedded data. Extra arguments go to
# `corridor-watch serve` (e.g. --port 8600).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_env.sh" ""
exec "$VENV/bin/corridor-watch" serve "$@"
