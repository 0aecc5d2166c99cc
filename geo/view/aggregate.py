"""Many claims → one mark per place (or route and direction) and kind, honestly.

A group counts claims and sources and gives the range of the figures its claims state, per unit; it never
adds figures up: several reports of one event would be counted twice. A route group's width follows the
largest figure any one of its claims states. With few claims in the window (the seed), the map draws each
claim as before; above AGGREGATE_ABOVE it draws groups, and labels at most LABEL_BUDGET of them, chosen by
LABEL_RULE (the rest keep their mark and tooltip, and get their label when the analyst zooms in or clicks).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from shapely import wkt as shapely_wkt

from .flows import (
    FLOW_LABEL_AT, FLOW_SPACING_DEG, MAX_FLOW_LANES, _flow_route, _lane, _oriented, _place_point, flow_width_px,
)
from .marks import _claim_location
from ..model import Claim, Place, Source, WindowedClaim
from .palette import KIND_COLORS

AGGREGATE_ABOVE = 40  # claims in the window; at or below it every claim has its own mark (the seed has 11)
LABEL_BUDGET = 25  # group labels in the frame
LABEL_RULE = ("the selected claim's group first, then groups with stated figures, then those holding "
              "corroborated or disputed claims, then the newest, then the best-graded sources, then the largest")
KIND_WORDS = {"crossing": "crossings", "entry": "entries", "exit": "exits", "population_movement": "people moving",
              "diplomatic": "diplomatic events", "restriction": "restrictions", "detention": "detentions",
              "stock": "figures of people present", "other": "other claims"}
GRADES = "ABCDEF"


@dataclass(frozen=True)
class Group:
    group_id: str
    kind: str
    at: str  # a place id, or a route id
    towards: str | None  # on a route: the place at the end the claims say the movement went to (None: not said)
    claims: tuple[WindowedClaim, ...]
    sources: int
    outlets: int
    start: date
    end: date
    figures: tuple[tuple[str, int, int], ...]  # (unit, lowest, highest) stated by any one claim, most claims first
    largest: int | None  # the largest single figure (a route group's width)
    corroborated: int
    disputed: int
    unreviewed: int
    best_grade: str

    @property
    def on_route(self) -> bool:
        return self.group_id.startswith("route:")

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return tuple(s.claim.claim_id for s in self.claims)

    @cached_property
    def ids(self) -> frozenset[str]:
        return frozenset(self.claim_ids)

    @cached_property
    def newest(self) -> Claim:
        return max(self.claims, key=lambda s: (s.claim.date_end or date.min, s.claim.claim_id)).claim

    @cached_property
    def claimants(self) -> int:
        return len({s.claim.claimant for s in self.claims})

    def outlet_counts(self, sources: Mapping[str, Source]) -> Counter:
        if "_outlets" not in self.__dict__:  # a group's reports by outlet, counted once
            self.__dict__["_outlets"] = Counter(sources[s.claim.source_id].outlet for s in self.claims
                                                if s.claim.source_id in sources)
        return self.__dict__["_outlets"]


def group_claims(shown: Sequence[WindowedClaim], places: Mapping[str, Place],
                 sources: Mapping[str, Source]) -> list[Group]:
    """One group per place (or route and direction) and kind; claims with nowhere to be drawn are left
    out, as on the per-claim map. One pass over the claims."""
    buckets: dict[tuple, list[WindowedClaim]] = {}
    ends: dict[str, tuple[str | None, str | None]] = {}
    towards: dict[tuple, str | None] = {}  # thousands of claims name the same few places
    for seen in shown:
        c = seen.claim
        route = _flow_route(c, places) if c.count is not None else None
        if route is not None:
            if route not in ends:
                ends[route] = _route_ends(places[route], places)
            way = (route, c.origin, c.destination)
            if way not in towards:
                towards[way] = _towards(c, places[route], ends[route], places)
            key = ("route", route, towards[way], c.kind)
        else:
            where = _claim_location(c, places)
            if where is None:
                continue
            key = ("place", where.place_id, None, c.kind)
        buckets.setdefault(key, []).append(seen)
    return [_group(key, members, sources) for key, members in buckets.items()]


def _group(key: tuple, members: list[WindowedClaim], sources: Mapping[str, Source]) -> Group:
    """A group's counts in one pass over its claims (a corpus window holds thousands)."""
    what, at, towards, kind = key
    src: set[str] = set()
    by_unit: dict[str, list[int]] = {}
    start = end = None
    corroborated = disputed = unreviewed = 0
    for m in members:
        c = m.claim
        src.add(c.source_id)
        if c.count is not None:
            by_unit.setdefault(c.unit or "", []).append(c.count)
        if c.date_start is not None:
            last = c.date_end or c.date_start
            start = c.date_start if start is None or c.date_start < start else start
            end = last if end is None or last > end else end
        corroborated += c.status == "corroborated"
        disputed += c.status == "disputed"
        unreviewed += c.review_status == "auto"
    known = [sources[s] for s in src if s in sources]
    ordered = sorted(by_unit.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return Group(
        group_id=f"{what}:{at}:{towards or ''}:{kind}", kind=kind, at=at, towards=towards, claims=tuple(members),
        sources=len(src), outlets=len({s.outlet for s in known}), start=start, end=end,
        figures=tuple((unit, min(v), max(v)) for unit, v in ordered),
        largest=max((max(v) for v in by_unit.values()), default=None), corroborated=corroborated,
        disputed=disputed, unreviewed=unreviewed,
        best_grade=min((s.reliability for s in known), default="F", key=GRADES.index))


def _route_ends(route: Place, places: Mapping[str, Place]) -> tuple[str | None, str | None]:
    """The places at a route's two ends (its first and last waypoints are places of the gazetteer)."""
    line = shapely_wkt.loads(route.wkt)
    first, last = line.coords[0], line.coords[-1]
    points = [(pid, _place_point(p)) for pid, p in places.items() if p.kind in ("settlement", "border_crossing")]

    def nearest(xy) -> str | None:
        best = min(points, key=lambda t: (t[1].x - xy[0]) ** 2 + (t[1].y - xy[1]) ** 2, default=None)
        return best[0] if best and (best[1].x - xy[0]) ** 2 + (best[1].y - xy[1]) ** 2 < 0.05 else None

    return nearest(first), nearest(last)


def _towards(c: Claim, route: Place, ends: tuple[str | None, str | None], places: Mapping[str, Place]) -> str | None:
    """Which end of the route the claim's movement heads for: nearer its destination, or away from its
    origin; None when the claim names neither (the map then does not guess a direction)."""
    start, end = ends
    if start is None or end is None:
        return None
    a, b = _place_point(places[start]), _place_point(places[end])
    for pid, away in ((c.destination, False), (c.origin, True)):
        if pid and pid in places and pid != route.place_id:
            pt = _place_point(places[pid])
            nearer_end = pt.distance(b) < pt.distance(a)
            return (start if nearer_end else end) if away else (end if nearer_end else start)
    return None


def label_priority(g: Group, selected: str | None) -> tuple:
    """LABEL_RULE as a sort key (smallest first)."""
    return (True if selected is None else selected not in g.ids, not g.figures, not (g.corroborated or g.disputed), -g.end.toordinal(),
            GRADES.index(g.best_grade), -len(g.claims), g.group_id)


def _span(start: date, end: date) -> str:
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start:%b}–{end:%b %Y}"
    return f"{start:%b %Y}–{end:%b %Y}"


def figures_text(g: Group, units: int = 2) -> str:
    """'35–58 trucks; 20,000 people' — the range each unit's figures span, never a total."""
    parts = [f"{lo:,}{'' if lo == hi else f'–{hi:,}'} {unit}".strip() for unit, lo, hi in g.figures[:units]]
    more = len(g.figures) - units
    return "; ".join(parts) + (f" (+{more} unit{'s' if more > 1 else ''})" if more > 0 else "")


def group_label(g: Group, where: str) -> str:
    """'Khankendi · entries · 14 claims from 6 sources' over '35–58 trucks · Jul–Sep 2021 · 3 disputed'."""
    n = len(g.claims)
    head = f"{where} · {KIND_WORDS[g.kind]} · {n:,} claim{'s' if n > 1 else ''} from {g.sources:,} source" \
           f"{'s' if g.sources > 1 else ''}"
    # unreviewed groups are drawn paler (the legend says so); the tooltip gives every unit and status
    tail = [figures_text(g, units=1) or "no figure stated", _span(g.start, g.end)]
    if g.disputed:
        tail.append(f"{g.disputed:,} disputed")
    elif g.corroborated:
        tail.append(f"{g.corroborated:,} corroborated")
    return f"{head}\n{' · '.join(tail)}"


def _n(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def group_tooltip(g: Group, where: str, sources: Mapping[str, Source]) -> dict[str, str]:
    newest = g.newest
    outlets = g.outlet_counts(sources)
    top = ", ".join(f"{o} ({n})" for o, n in outlets.most_common(4)) + (" …" if len(outlets) > 4 else "")
    claimants = g.claimants
    return {
        "title": f"{where} · {KIND_WORDS[g.kind]}",
        "what": f"{_n(len(g.claims), 'claim')} from {_n(g.sources, 'source')} ({_n(g.outlets, 'outlet')}); "
                f"figures stated: {figures_text(g, 4) or 'none'} — ranges, never added up",
        "when": _span(g.start, g.end),
        "who": f"Claimed by {claimants} claimant{'s' if claimants > 1 else ''} · as reported by {top}",
        "quote": f"Newest: “{newest.quote if len(newest.quote) <= 240 else newest.quote[:239] + '…'}”",
        "source": f"{g.corroborated} corroborated · {g.disputed} disputed · {g.unreviewed} unreviewed · best source "
                  f"grade {g.best_grade}",
        "note": "click for the list of claims",
    }


def _toward(line, target: Place):
    from shapely.geometry import LineString

    t = _place_point(target)
    end, start = line.coords[-1], line.coords[0]
    closer_end = (end[0] - t.x) ** 2 + (end[1] - t.y) ** 2 <= (start[0] - t.x) ** 2 + (start[1] - t.y) ** 2
    return line if closer_end else LineString(line.coords[::-1])


def group_radius_px(n: int) -> float:
    """Circle area grows with the number of claims (not with any figure)."""
    return round(min(5 + 1.1 * n ** 0.5, 24), 1)


def group_rows(groups: Sequence[Group], places: Mapping[str, Place], sources: Mapping[str, Source],
               name_of) -> tuple[list[dict], list[dict]]:
    """(place-group rows, route-group rows) for the map, in the order of `groups` (label priority): what the
    marks, labels and tooltips need, and the group id a click reports — not the claim ids (a group's claims
    stay on the server: at 10,000 claims they would weigh more than the map)."""
    at_place, on_route = [], []
    lanes: dict[str, int] = {}
    for g in groups:
        color = list(KIND_COLORS[g.kind][:3]) + [150 if g.unreviewed == len(g.claims) else KIND_COLORS[g.kind][3]]
        if not g.on_route:
            where = name_of(places[g.at])
            pt = _place_point(places[g.at])
            at_place.append({"position": [round(pt.x, 5), round(pt.y, 5)], "radius": group_radius_px(len(g.claims)),
                             "color": color, "label": group_label(g, where), "anchor": "start",
                             "offset": [round(group_radius_px(len(g.claims)) + 6), 0], "rank": len(at_place) + len(on_route),
                             "group_id": g.group_id, "n": len(g.claims), "where": where,
                             "short": f"{where} · {len(g.claims):,} claim{'s' if len(g.claims) > 1 else ''} of "
                                      f"{KIND_WORDS[g.kind]}",
                             **group_tooltip(g, where, sources)})
            continue
        route = places[g.at]
        where = f"{name_of(route)}" + (f" towards {name_of(places[g.towards])}" if g.towards else
                                       " (direction not stated)")
        route_line = shapely_wkt.loads(route.wkt)
        # drawn from the other end towards `towards` (the line's direction is what the label says)
        line = _oriented(route_line, None) if g.towards is None else _toward(route_line, places[g.towards])
        k = lanes[g.at] = lanes.get(g.at, -1) + 1
        if k:  # groups on one route (other directions or kinds) drawn side by side, as flows are
            lane = (k - 1) % MAX_FLOW_LANES + 1
            line = _lane(line, FLOW_SPACING_DEG * ((lane + 1) // 2) * (1 if lane % 2 else -1))
        at = line.interpolate(line.project(route_line.interpolate(FLOW_LABEL_AT, normalized=True)))
        on_route.append({"path": [[round(x, 5), round(y, 5)] for x, y in line.coords],
                         "position": [round(at.x, 5), round(at.y, 5)], "offset": [30, 16], "anchor": "start",
                         "rank": len(at_place) + len(on_route),
                         "color": color, "width": flow_width_px(g.largest or 1), "label": group_label(g, where),
                         "group_id": g.group_id, "n": len(g.claims), "where": where,
                         **group_tooltip(g, where, sources)})
    return at_place, on_route
