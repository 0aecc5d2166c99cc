"""The History view: who changed what, newest first, as rows a table (or the CLI) shows."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

_WHAT = {"ingested": "ingested", "imported": "imported log", "deleted": "deleted log", "confirm": "confirmed",
         "reject": "rejected", "pick": "picked place", "place": "placed point", "grade": "graded"}


@dataclass(frozen=True)
class HistoryRow:
    when: str  # UTC, to the second
    who: str
    what: str
    target: str  # "claim trend-c05"
    detail: str


def _when(at) -> str:
    if isinstance(at, datetime):
        return at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    return str(at).replace("T", " ").replace("Z", " UTC") if at else "time not recorded"


def history_rows(store, limit: int = 200, who: str | None = None) -> list[HistoryRow]:
    return [HistoryRow(_when(e.at), e.who or "(no account)", _WHAT.get(e.action, e.action),
                       f"{e.target} {e.target_id}", e.detail) for e in store.history(limit=limit, who=who or None)]
