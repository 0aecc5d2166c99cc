"""The legend of exactly what a view draws (in its frame, when the frame is known), and the test of what is
"in the frame" that the legend, the count under the map and the PNG share."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from shapely.geometry import LineString
from shapely.geometry import box as shapely_box

from ..model import CLAIM_KINDS
from .flows import UNREVIEWED_ALPHA
from .palette import CROSSING_DAYS_COLOR, KIND_COLORS, KIND_LABELS, PLACE_COLOR, RGBA, ROUTE_COLOR

if TYPE_CHECKING:
    from .layers import LayerSwitches


@dataclass(frozen=True)
class LegendItem:
    label: str
    color: RGBA
    shape: str  # "line", "dot", "text" (a claim label in its colour), "area"
    note: str = ""



def in_frame(rows: Mapping[str, list[dict]], frame: tuple[float, float, float, float]) -> dict[str, list[dict]]:
    """The rows with a mark inside the frame (west, south, east, north): a point in it, or a path crossing it."""
    w, s, e, n = frame
    box = shapely_box(w, s, e, n)
    out: dict[str, list[dict]] = {}
    for name, layer_rows in rows.items():
        out[name] = [r for r in layer_rows
                     if ("path" in r and LineString(r["path"]).intersects(box)) or
                     ("path" not in r and "position" in r and w <= r["position"][0] <= e and s <= r["position"][1] <= n)]
    return out


def legend_items(switches: LayerSwitches, rows: Mapping[str, list[dict]],
                 frame: tuple[float, float, float, float] | None = None) -> list[LegendItem]:
    """The legend lists what the map shows: a kind of mark with no row in view (its layer switched
    off, nothing of that kind in the window, or — when the frame is known — none inside the frame) is left out."""
    if frame is not None:
        rows = in_frame(rows, frame)
    population = KIND_COLORS["population_movement"]
    flows = rows.get("flows", [])
    groups = rows.get("groups", [])
    grouped = bool(groups) or any("group_id" in r for r in flows)
    badge_colors = {tuple(r["color"][:3]) for r in (*rows.get("claims", []), *groups)}
    drawn = [*rows.get("claims", []), *flows, *groups]
    items: list[LegendItem] = []
    if groups:
        items.append(LegendItem("Claims at a place, one circle per kind", [120, 120, 130, 230], "dot",
                                "circle area grows with the number of claims; the label gives claims, sources and "
                                "the range of stated figures (never added up)"))
    if grouped and flows:
        items.append(LegendItem("Claims along a route, one line per direction and kind", [120, 120, 130, 230],
                                "line", "colour gives the kind; width follows the largest figure any one claim "
                                        "states (log scale)"))
    elif any(r["color"][:3] != population[:3] for r in flows):
        items.append(LegendItem("Reported movement along a route", KIND_COLORS["crossing"], "line",
                                "width grows with the reported count (log scale); label gives count, unit and period"))
    if not grouped and any(r["color"][:3] == population[:3] for r in flows):
        items.append(LegendItem("Population movement", population, "line"))
    if grouped:
        badge_colors |= {tuple(r["color"][:3]) for r in flows}
    if rows.get("logs"):
        from .logs import LOG_COLOR

        items.append(LegendItem("Logged figures (structured logs, not reports)", LOG_COLOR, "dot",
                                "ring grows with the largest figure; never added up"))
    if rows.get("log_flows"):
        from .logs import LOG_COLOR

        items.append(LegendItem("Logged towards a place (schematic line)", LOG_COLOR, "line"))
    if rows.get("crossing_days"):
        items.append(LegendItem("Listed crossing days (number per day not reported)", CROSSING_DAYS_COLOR, "dot"))
    for kind in (CLAIM_KINDS if grouped else [k for k in CLAIM_KINDS if k not in ("crossing", "population_movement")]):
        if tuple(KIND_COLORS[kind][:3]) in badge_colors:
            items.append(LegendItem(KIND_LABELS[kind], KIND_COLORS[kind], "text"))
    if any(r["color"][3] == UNREVIEWED_ALPHA for r in drawn):
        items.append(LegendItem("Unreviewed: read automatically, not yet checked by an analyst",
                                [120, 120, 120, UNREVIEWED_ALPHA], "text",
                                "paler" if grouped else "paler, and labelled 'unreviewed'"))
    if rows.get("routes"):
        items.append(LegendItem("Road or corridor (schematic: straight lines between waypoints)", ROUTE_COLOR, "line"))
    if rows.get("places"):
        items.append(LegendItem("Place (GeoNames; hollow = approximate position)", PLACE_COLOR, "dot"))
    if switches.borders:
        items.append(LegendItem("International borders (Natural Earth 1:10m)", [170, 170, 180, 255], "area"))
    return items
