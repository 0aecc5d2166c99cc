"""Claims that count movement along a route → flows: one lane per claim, offset so that several claims on one
route stay apart; a flow's width follows the largest figure of its own claims (never a sum across reports)."""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from shapely import wkt as shapely_wkt
from shapely.geometry import LineString, Point

from ..claims import format_count, format_period, window_note
from ..model import Claim, Place, WindowedClaim

# Schematic offset between flows drawn on one route, in degrees (~2 km: visible at zoom 8).
FLOW_SPACING_DEG = 0.025
FLOW_LABEL_AT = 0.62  # fraction of the route, from its first waypoint

@dataclass(frozen=True)
class Flow:
    """What the map draws for claims that count movement along a route."""

    claim_ids: tuple[str, ...]
    kind: str
    route_id: str
    path: tuple[tuple[float, float], ...]
    label: str
    width_count: int
    path_basis: str
    window_note: str
    label_at: tuple[float, float]

def _place_point(place: Place) -> Point:
    geom = shapely_wkt.loads(place.wkt)
    if isinstance(geom, LineString):
        return geom.interpolate(0.5, normalized=True)
    return geom if isinstance(geom, Point) else geom.representative_point()


def _flow_route(claim: Claim, places: Mapping[str, Place]) -> str | None:
    for pid in (claim.via, claim.drawn_along):
        if pid and pid in places and places[pid].kind in ("road", "corridor"):
            return pid
    return None


def _oriented(line: LineString, origin: Place | None) -> LineString:
    """Point the line away from the origin, when there is one."""
    if origin is None:
        return line
    o = _place_point(origin)
    start, end = Point(line.coords[0]), Point(line.coords[-1])
    return line if o.distance(start) <= o.distance(end) else LineString(line.coords[::-1])


RUNS_PAST = " (runs past window)"
UNREVIEWED = " · unreviewed"
UNREVIEWED_ALPHA = 150  # an automatic reading no analyst has checked is drawn paler, and says so


def _unreviewed(c: Claim) -> bool:
    return c.review_status == "auto"



def flow_label(claims: Sequence[Claim], clipped: bool = False) -> str:
    """'35 vehicles (4 trucks + 31 fuel trucks) · 70 crossings · 11 Jul–8 Aug 2021 · period total', and
    ' (runs past window)' when the window cuts the period, as on every claim label."""
    counts = " · ".join(format_count(c) for c in claims)
    first = claims[0]
    total = " · period total" if first.is_period_total else ""
    unreviewed = UNREVIEWED if all(_unreviewed(c) for c in claims) else ""
    return f"{counts} · {format_period(first)}{total}{RUNS_PAST if clipped else ''}{unreviewed}"


MAX_FLOW_LANES = 6


def _lane(line: LineString, distance: float) -> LineString:
    """The route offset to one side. A sharp bend can split or empty the offset: keep its longest piece,
    or the route itself."""
    offset = line.offset_curve(distance)
    if isinstance(offset, LineString) and not offset.is_empty:
        return offset
    parts = [g for g in getattr(offset, "geoms", ()) if isinstance(g, LineString) and not g.is_empty]
    return max(parts, key=lambda g: g.length) if parts else line


def build_flows(shown: Sequence[WindowedClaim], places: Mapping[str, Place]) -> list[Flow]:
    """Counted claims along a route; claims of one event (event_group) share one flow."""
    groups: dict[tuple[str, str], list[WindowedClaim]] = defaultdict(list)
    for seen in shown:
        c = seen.claim
        route = _flow_route(c, places)
        if route is None or c.count is None:
            continue
        groups[(c.event_group or c.claim_id, route)].append(seen)
    flows: list[Flow] = []
    per_route: dict[str, int] = defaultdict(int)
    for (_, route), members in groups.items():
        claims = [m.claim for m in members]
        first = claims[0]
        route_line = shapely_wkt.loads(places[route].wkt)
        line = _oriented(route_line, places.get(first.origin or ""))
        k = per_route[route]
        per_route[route] += 1
        if k:
            # Alternate sides so that flows on one road stay apart; beyond a few lanes they share the outer ones
            # rather than drift kilometres off their road.
            lane = (k - 1) % MAX_FLOW_LANES + 1
            line = _lane(line, FLOW_SPACING_DEG * ((lane + 1) // 2) * (1 if lane % 2 else -1))
        # Labels sit at one spot of the route whichever way the flow runs.
        at = line.interpolate(line.project(route_line.interpolate(FLOW_LABEL_AT, normalized=True)))
        stated = first.via == route
        basis = "route stated in the source" if stated else (
            f"route not stated in the source; drawn along {places[route].name}")
        flows.append(Flow(
            claim_ids=tuple(c.claim_id for c in claims),
            kind=first.kind,
            route_id=route,
            path=tuple((round(x, 5), round(y, 5)) for x, y in line.coords),
            label=flow_label(claims, any(m.clipped for m in members)),
            width_count=first.count or 0,
            path_basis=basis,
            window_note=window_note(members[0]),
            label_at=(round(at.x, 5), round(at.y, 5)),
        ))
    return flows


def flow_width_px(count: int) -> float:
    """Line width grows with the log of the count: units differ, so widths only rank."""
    return round(3 + 2.5 * math.log10(max(count, 1)), 2)
