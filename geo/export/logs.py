"""The logs' figures in a view, for the table exports: one row per series (log, claimant, checkpoint, direction,
unit) with its figure as the window gives it, where it comes from, and what is derived. Never a sum across
series: several logs of one checkpoint would count the same vehicles twice."""
from __future__ import annotations

from collections.abc import Mapping

import shapely

from ..model import Place
from ..view.logs import LogView, figure_label

LOG_FIELDS: tuple[str, ...] = (
    "record_type", "log_id", "claimant", "checkpoint", "checkpoint_name", "direction", "towards", "unit", "measure",
    "value", "at_least", "rows", "rows_without_count", "first_day", "last_day", "derived_change",
    "derived_change_since", "derivation", "source", "label",
)


def view_log_rows(view: LogView | None, places: Mapping[str, Place]) -> list[dict[str, object]]:
    rows = []
    for m in (view.marks if view is not None else ()):
        for f in m.figures:
            place = places.get(f.key.checkpoint)
            derived = f.measure == "cumulative" and f.change is not None
            rows.append({
                "record_type": "log_figure", "log_id": f.key.log_id, "claimant": f.key.claimant,
                "checkpoint": f.key.checkpoint, "checkpoint_name": place.name if place else None,
                "direction": f.key.direction, "towards": f.key.towards or None, "unit": f.key.unit,
                "measure": "running total as stated" if f.measure == "cumulative" else "sum of the logged counts",
                "value": f.value, "at_least": f.at_least, "rows": f.rows, "rows_without_count": f.unrecorded,
                "first_day": f.first_day.isoformat() if f.first_day else None,
                "last_day": f.last_day.isoformat() if f.last_day else None,
                "derived_change": f.change if derived else None,
                "derived_change_since": f.change_since.isoformat() if derived and f.change_since else None,
                "derivation": ("derived: the last figure in the window minus the last one before it" if derived
                               else None),
                "source": "; ".join(f.sources) or None, "label": figure_label(f, places),
            })
    return rows


def log_point_wkt(checkpoint: str, places: Mapping[str, Place]) -> str | None:
    place = places.get(checkpoint)
    if place is None:
        return None
    g = shapely.from_wkt(place.wkt)
    return (g if g.geom_type == "Point" else g.representative_point()).wkt
