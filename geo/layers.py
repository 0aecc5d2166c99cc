"""Frames and windowed claims → pydeck layers and a Deck.

Every pickable row carries the same tooltip fields (title, what, when, who,
quote, source, note) so that one tooltip template serves every layer.
Rows are built from already-filtered (or, later, server-aggregated) records:
nothing here loops over raw events.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import geopandas as gpd
import pydeck as pdk
from shapely import wkt as shapely_wkt
from shapely.geometry import LineString, Point
from shapely.geometry import box as shapely_box

from .basemap import OFFLINE_STYLE_URL
from .declutter import leader_end, lonlat_px, deck_box, mercator_px, place_greedy, text_size_px
from .claims import filter_window, format_count, format_period, window_note
from .gazetteer import display_name
from .geoparse import as_written_names
from .model import Claim, Dataset, DisplayNames, Place, Source, ViewSettings, WindowedClaim, WindowResult

RGBA = list[int]

KIND_COLORS: dict[str, RGBA] = {
    "crossing": [230, 120, 20, 230],
    "entry": [31, 119, 180, 230],
    "exit": [23, 160, 150, 230],
    "population_movement": [140, 70, 170, 230],
    "diplomatic": [90, 90, 90, 230],
    "restriction": [200, 40, 40, 230],
    "other": [120, 100, 60, 230],
}
KIND_LABELS: dict[str, str] = {
    "crossing": "Crossings",
    "entry": "Entries",
    "exit": "Exits",
    "population_movement": "Population movement",
    "diplomatic": "Diplomatic event",
    "restriction": "Restriction",
    "other": "Other claim",
}
ROUTE_COLOR: RGBA = [110, 110, 120, 200]
PLACE_COLOR: RGBA = [40, 40, 48, 255]
CROSSING_DAYS_COLOR: RGBA = [215, 48, 39, 255]
# One scheme for the screen and every export (geo.picture draws with these too).
BORDER_COLOR: RGBA = [140, 140, 150, 255]
COUNTRY_LABEL_COLOR: RGBA = [150, 150, 165, 255]
AREA_LABEL_COLOR: RGBA = [120, 120, 140, 220]

# Schematic offset between flows drawn on one route, in degrees (~2 km: visible at zoom 8).
FLOW_SPACING_DEG = 0.025
FLOW_LABEL_AT = 0.62  # fraction of the route, from its first waypoint

TOOLTIP = {
    "html": (
        "<div style='max-width:420px;white-space:normal'>"
        "<b>{title}</b><br/>{what}<br/>{when}<br/><i>{who}</i><br/>"
        "<span style='font-style:italic'>{quote}</span><br/>"
        "<span style='opacity:.75;font-size:11px'>{source}</span><br/>"
        "<span style='opacity:.75;font-size:11px'>{note}</span></div>"
    ),
    "style": {"backgroundColor": "#1f2430", "color": "#f4f4f4", "fontSize": "12px"},
}


@dataclass(frozen=True)
class LayerSwitches:
    borders: bool = True
    routes: bool = True
    places: bool = True
    flows: bool = True
    claims: bool = True
    crossing_days: bool = True


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


@dataclass(frozen=True)
class LegendItem:
    label: str
    color: RGBA
    shape: str  # "line", "dot", "text" (a claim label in its colour), "area"
    note: str = ""


def claim_tooltip(seen: WindowedClaim, source: Source, title: str) -> dict[str, str]:
    c = seen.claim
    notes = [n for n in (window_note(seen), c.place_basis if c.place_basis != "stated" else "",
                         f"derived: {c.derivation}" if c.derived else "",
                         "extracted automatically, awaiting review" if c.review_status == "auto" else "",
                         f"linked: {', '.join(c.linked)}" if c.linked else "") if n]
    return {
        "title": title,
        "what": f"{KIND_LABELS[c.kind]}: {c.summary}",
        "when": format_period(c),
        "who": f"Claimed by {c.claimant} · as reported by {source.outlet}",
        "quote": f"“{c.quote}”",
        "source": f"{source.short_citation} · reliability {source.reliability} · credibility {c.credibility} · {c.status}",
        "note": " · ".join(notes),
    }


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


def legend_items(switches: LayerSwitches, rows: Mapping[str, list[dict]]) -> list[LegendItem]:
    """The legend lists what the map shows: a kind of mark with no row in view (its layer switched
    off, or nothing of that kind in the window) is left out."""
    population = KIND_COLORS["population_movement"]
    flows = rows.get("flows", [])
    badge_colors = {tuple(r["color"][:3]) for r in rows.get("claims", [])}
    drawn = [*rows.get("claims", []), *flows]
    items: list[LegendItem] = []
    if any(r["color"][:3] != population[:3] for r in flows):
        items.append(LegendItem("Reported movement along a route", KIND_COLORS["crossing"], "line",
                                "width grows with the reported count (log scale); label gives count, unit and period"))
    if any(r["color"][:3] == population[:3] for r in flows):
        items.append(LegendItem("Population movement", population, "line"))
    if rows.get("crossing_days"):
        items.append(LegendItem("Listed crossing days (number per day not reported)", CROSSING_DAYS_COLOR, "dot"))
    for kind in ("entry", "exit", "diplomatic", "restriction", "other"):
        if tuple(KIND_COLORS[kind][:3]) in badge_colors:
            items.append(LegendItem(KIND_LABELS[kind], KIND_COLORS[kind], "text"))
    if any(r["color"][3] == UNREVIEWED_ALPHA for r in drawn):
        items.append(LegendItem("Unreviewed: read automatically, not yet checked by an analyst",
                                [120, 120, 120, UNREVIEWED_ALPHA], "text", "paler, and labelled 'unreviewed'"))
    if rows.get("routes"):
        items.append(LegendItem("Road or corridor (schematic: straight lines between waypoints)", ROUTE_COLOR, "line"))
    if rows.get("places"):
        items.append(LegendItem("Place (GeoNames; hollow = approximate position)", PLACE_COLOR, "dot"))
    if switches.borders:
        items.append(LegendItem("International borders (Natural Earth 1:10m)", [170, 170, 180, 255], "area"))
    return items


def _label_place(side: str, gap: int = 9) -> tuple[list[int], str]:
    return ([-gap, 0], "end") if side == "left" else ([gap, 0], "start")


AREA_KINDS = ("region", "lake")


def _place_rows(places: Sequence[Place], mode: DisplayNames, as_written: Mapping[str, str]) -> list[dict]:
    rows = []
    for p in places:
        if p.kind in ("country", "road", "corridor", *AREA_KINDS):
            continue
        pt = _place_point(p)
        offset, anchor = _label_place(p.label_side)
        rows.append({
            "position": [round(pt.x, 5), round(pt.y, 5)],
            "label": display_name(p, mode, as_written),
            "offset": offset, "anchor": anchor,
            "fill": PLACE_COLOR if p.precision == "exact" else [255, 255, 255, 255],
            "place_id": p.place_id,
            "title": display_name(p, mode, as_written),
            "what": f"{p.kind.replace('_', ' ')} · position {p.precision}",
            "when": "", "who": "", "quote": "",
            "source": p.coord_source,
            "note": "Names: " + "; ".join(f"{n.text} ({n.convention})" for n in p.names if n.convention != "alias"),
        })
    return rows


def _area_rows(places: Sequence[Place], mode: DisplayNames, as_written: Mapping[str, str]) -> list[dict]:
    """Regions and lakes: a name without a dot, since they have no point."""
    rows = []
    for p in places:
        if p.kind not in AREA_KINDS:
            continue
        pt = _place_point(p)
        rows.append({"position": [round(pt.x, 5), round(pt.y, 5)], "label": display_name(p, mode, as_written),
                     "offset": [0, 0], "anchor": "middle"})
    return rows


def _route_rows(places: Sequence[Place], mode: DisplayNames, as_written: Mapping[str, str]) -> list[dict]:
    rows = []
    for p in places:
        if p.kind not in ("road", "corridor"):
            continue
        line = shapely_wkt.loads(p.wkt)
        rows.append({
            "path": [[round(x, 5), round(y, 5)] for x, y in line.coords],
            "label": display_name(p, mode, as_written),
            "place_id": p.place_id,
            "title": display_name(p, mode, as_written),
            "what": f"{p.kind} · drawn {p.precision}",
            "when": "", "who": "", "quote": "",
            "source": p.coord_source, "note": p.note,
        })
    return rows


# Where flow labels sit: to the right of the middle of their line, one under another.
_FLOW_LABEL_SLOTS: tuple[tuple[list[int], str], ...] = (
    ([30, 16], "start"), ([30, 60], "start"), ([30, 104], "start"), ([30, 148], "start"),
)


def _flow_rows(flows: Sequence[Flow], shown: Mapping[str, WindowedClaim], sources: Mapping[str, Source]) -> list[dict]:
    rows = []
    for i, f in enumerate(flows):
        seen = shown[f.claim_ids[0]]
        offset, anchor = _FLOW_LABEL_SLOTS[i % len(_FLOW_LABEL_SLOTS)]
        tip = claim_tooltip(seen, sources[seen.claim.source_id], f.label)
        tip["note"] = " · ".join(n for n in (f.path_basis, tip["note"]) if n)
        rows.append({
            "path": [list(xy) for xy in f.path],
            "position": list(f.label_at),
            "offset": offset, "anchor": anchor,
            "color": _drawn_color(f.kind, [shown[cid].claim for cid in f.claim_ids]),
            "width": flow_width_px(f.width_count),
            "label": f.label.replace(" · ", "\n", f.label.count(" · ") - 1),
            "claim_id": f.claim_ids[0],
            "claim_ids": list(f.claim_ids),
            **tip,
        })
    return rows


def _claim_location(claim: Claim, places: Mapping[str, Place]) -> Place | None:
    for pid in (claim.place, claim.destination, claim.origin, claim.via):
        if pid and pid in places:
            return places[pid]
    return None


def _shorten(text: str, limit: int = 44) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _verb(claim: Claim, at: str | None) -> str:
    if claim.kind == "exit" or (claim.kind == "population_movement" and claim.origin == at):
        return "left"
    if claim.kind in ("entry", "population_movement"):
        return "entered"
    return "crossed" if claim.kind == "crossing" else ""


UNREVIEWED = " · unreviewed"
UNREVIEWED_ALPHA = 150  # an automatic reading no analyst has checked is drawn paler, and says so


def _unreviewed(c: Claim) -> bool:
    return c.review_status == "auto"


def _drawn_color(kind: str, claims: Sequence[Claim]) -> list[int]:
    r, g, b, _ = KIND_COLORS[kind]
    return [r, g, b, UNREVIEWED_ALPHA] if all(_unreviewed(c) for c in claims) else list(KIND_COLORS[kind])


def badge_text(seen: WindowedClaim, at: str | None = None) -> str:
    """The short label of a claim at a place; colour gives its kind, the tooltip the rest."""
    c = seen.claim
    total = " · period total" if c.is_period_total else ""
    edge = RUNS_PAST if seen.clipped else ""
    edge += UNREVIEWED if _unreviewed(c) else ""
    if c.count is None:
        return f"{_shorten(c.summary)}\n{format_period(c)}{edge}"
    return f"{format_count(c)} {_verb(c, at or c.place)} · {format_period(c)}{total}{edge}"


BADGE_LINE_PX = 17


def _claim_rows(shown: Sequence[WindowedClaim], flow_ids: set[str], places: Mapping[str, Place],
                sources: Mapping[str, Source]) -> list[dict]:
    """One label per claim, stacked upwards from its place so that none overlap."""
    at_place: dict[str, list[WindowedClaim]] = defaultdict(list)
    for seen in shown:
        c = seen.claim
        where = _claim_location(c, places)
        if c.claim_id in flow_ids or c.date_precision == "days" or where is None:
            continue
        at_place[where.place_id].append(seen)
    rows = []
    for place_id, stack in at_place.items():
        where = places[place_id]
        pt = _place_point(where)
        dx, anchor = (-14, "end") if where.label_side == "left" else (14, "start")
        y = -6.0  # the bottom of the stack, just above the place's own label
        placed = []
        for seen in reversed(stack):
            text = badge_text(seen, place_id)
            height = BADGE_LINE_PX * (text.count("\n") + 1)
            placed.append((seen, text, y - height / 2))
            y -= height + 4
        for seen, text, center in reversed(placed):
            rows.append({
                "position": [round(pt.x, 5), round(pt.y, 5)],
                "offset": [dx, round(center)],
                "anchor": anchor,
                "color": _drawn_color(seen.claim.kind, [seen.claim]),
                "label": text,
                "claim_id": seen.claim.claim_id,
                **claim_tooltip(seen, sources[seen.claim.source_id], text.replace("\n", " · ")),
            })
    return rows


def crossing_days_label(seen: WindowedClaim) -> str:
    days = seen.days_in_window
    by_month: dict[str, list[str]] = defaultdict(list)
    for d in days:
        by_month[f"{d:%b}"].append(str(d.day))
    listed = "\n".join(f"{m} {days[-1]:%Y}: {', '.join(v)}" for m, v in by_month.items())
    return (f"Crossing days: {len(days)} of {len(seen.claim.dates)} listed\n{listed}\n"
            "number per day not reported")


def _crossing_day_rows(shown: Sequence[WindowedClaim], places: Mapping[str, Place],
                       sources: Mapping[str, Source]) -> list[dict]:
    rows = []
    for seen in shown:
        c = seen.claim
        if c.date_precision != "days" or not seen.days_in_window:
            continue
        where = _claim_location(c, places)
        if where is None:
            continue
        pt = _place_point(where)
        text = crossing_days_label(seen)
        rows.append({
            "position": [round(pt.x, 5), round(pt.y, 5)],
            "offset": [-16, -34], "anchor": "end",
            "label": text,
            "days": [d.isoformat() for d in seen.days_in_window],
            "claim_id": c.claim_id,
            **claim_tooltip(seen, sources[c.source_id], text.replace("\n", " · ")),
        })
    return rows


def _text_layer(layer_id: str, rows: list[dict], *, size: float, color: RGBA | str, pickable: bool,
                weight: int = 600) -> pdk.Layer:
    """Labels with a white halo; each row says where it sits (offset in pixels, anchor)."""
    return pdk.Layer(
        "TextLayer", rows, id=layer_id, pickable=pickable,
        get_position="position", get_text="label", get_size=size, get_color=color,
        get_pixel_offset="offset", get_text_anchor="anchor", get_alignment_baseline="'center'",
        # deck.gl's default atlas is ASCII only; "auto" adds "–", "·", "ə" … from the data.
        # (pydeck turns bare strings into accessors; quoting makes them literals.)
        character_set="'auto'", font_family='"DejaVu Sans, Helvetica Neue, Arial, sans-serif"',
        font_weight=weight, line_height=1.15, outline_width=4, outline_color=[255, 255, 255, 235],
        font_settings={"sdf": True, "fontSize": 64, "buffer": 6, "radius": 12},
    )


def _country_label_rows(countries: gpd.GeoDataFrame, focus: tuple[float, float, float, float]) -> list[dict]:
    """Country names placed inside the part of each country that the opening view shows."""
    box = shapely_box(*focus)
    rows = []
    for name, geom in zip(countries["name"], countries.geometry):
        part = geom.intersection(box)
        if part.is_empty or part.area < 0.02:
            continue
        pt = part.representative_point()
        rows.append({"position": [round(pt.x, 3), round(pt.y, 3)], "label": str(name).upper(),
                     "offset": [0, 0], "anchor": "middle"})
    return rows


COUNTRY_FILLS: tuple[RGBA, ...] = (
    [246, 243, 236, 255], [238, 243, 238, 255], [243, 239, 246, 255], [236, 241, 246, 255],
    [246, 240, 236, 255], [240, 240, 240, 255],
)
DEFAULT_VIEW = pdk.ViewState(longitude=46.72, latitude=39.47, zoom=8.0, pitch=0, bearing=0)
# What the opening view shows, roughly: where country names go.
FOCUS_BOX = (45.3, 38.8, 47.6, 40.1)


SELECTED_COLOR: RGBA = [255, 196, 0, 200]
LEADER_COLOR: RGBA = [70, 70, 82, 200]
# deck.gl's Web Mercator: the world is 512 px wide at zoom 0.
EARTH_CIRCUMFERENCE_M = 40_075_016.686
SCALE_STEPS_KM = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
# The scale bar sits this many pixels left of and below the view's centre (the foot of a map 800 × 720 px or larger).
SCALE_BAR_FROM_CENTRE_PX = (-370, 335)


def metres_per_pixel(lat: float, zoom: float) -> float:
    return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / (512 * 2 ** zoom)


def nice_scale_km(lat: float, zoom: float, target_px: float = 150) -> float:
    """The round length (km) whose bar is closest to target_px wide at this latitude and zoom."""
    per_px = metres_per_pixel(lat, zoom)
    return min(SCALE_STEPS_KM, key=lambda km: abs(km * 1000 / per_px - target_px))


def _from_centre(designed: tuple[int, int], viewport: tuple[int, int], inset: int) -> tuple[float, float]:
    """A corner mark's offset from the centre, as designed for a 1200 × 760 map, brought inside a smaller one."""
    w, h = viewport
    dx = math.copysign(min(abs(designed[0]), w / 2 - inset), designed[0])
    return dx, math.copysign(h / 2 - (DECLUTTER_VIEWPORT_PX[1] / 2 - abs(designed[1])), designed[1])


def scale_bar_rows(lon: float, lat: float, zoom: float,
                   viewport: tuple[int, int] = (1200, 760)) -> list[dict]:
    """A scale bar drawn in map coordinates, so it stays true when the reader zooms; bottom left of the map."""
    km = nice_scale_km(lat, zoom, target_px=min(150, viewport[0] / 4))
    deg_per_px = 360 / (512 * 2 ** zoom)
    from_x, from_y = _from_centre(SCALE_BAR_FROM_CENTRE_PX, viewport, 30)
    x0 = lon + from_x * deg_per_px
    # Web Mercator: a pixel spans fewer degrees of latitude away from the equator.
    y0 = lat - from_y * deg_per_px * math.cos(math.radians(lat))
    dx = km * 1000 / (111_320 * math.cos(math.radians(y0)))
    tick = 5 * deg_per_px * math.cos(math.radians(lat))
    return [{
        "path": [[x0, y0 + tick], [x0, y0], [x0 + dx, y0], [x0 + dx, y0 + tick]],
        "position": [x0 + dx / 2, y0],
        "label": f"{km:g} km",
        "km": km,
        "offset": [0, -12], "anchor": "middle",
    }]


NORTH_ARROW_FROM_CENTRE_PX = (-425, -305)  # top left of a 900 × 720 map or larger (the zoom buttons are top right)
NORTH_ARROW_LENGTH_PX = 34


def north_arrow_rows(lon: float, lat: float, zoom: float,
                     viewport: tuple[int, int] = (1200, 760)) -> list[dict]:
    """A north arrow drawn in map coordinates: it turns with the map if a reader rotates it,
    so it always points to true north (a fixed overlay would not). Top left of the map."""
    deg_per_px = 360 / (512 * 2 ** zoom)
    from_x, from_y = _from_centre(NORTH_ARROW_FROM_CENTRE_PX, viewport, 30)
    x = lon + from_x * deg_per_px
    y0 = lat - from_y * deg_per_px * math.cos(math.radians(lat))
    y1 = y0 + NORTH_ARROW_LENGTH_PX * deg_per_px * math.cos(math.radians(y0))
    w = 7 * deg_per_px
    head = 12 * deg_per_px * math.cos(math.radians(y0))
    return [{
        "polygon": [[x, y1], [x + w, y1 - head], [x, y1 - head * 0.7], [x - w, y1 - head]],
        "path": [[x, y0], [x, y1 - head * 0.7]],
        "position": [x, y0],
        "label": "N",
        "offset": [0, 12], "anchor": "middle",
    }]


def _north_arrow_layers(rows: list[dict], k: float) -> list[pdk.Layer]:
    return [
        pdk.Layer("PathLayer", rows, id="north_arrow_shaft", get_path="path", get_color=PLACE_COLOR,
                  get_width=3, width_units="'pixels'"),
        pdk.Layer("PolygonLayer", rows, id="north_arrow_head", get_polygon="polygon",
                  get_fill_color=PLACE_COLOR, stroked=False),
        _text_layer("north_arrow_label", rows, size=16 * k, color=PLACE_COLOR, pickable=False, weight=700),
    ]


def _scale_bar_layers(rows: list[dict], k: float) -> list[pdk.Layer]:
    return [
        pdk.Layer("PathLayer", rows, id="scale_bar", get_path="path", get_color=PLACE_COLOR, get_width=2.5,
                  width_units="'pixels'"),
        _text_layer("scale_bar_label", rows, size=12 * k, color=PLACE_COLOR, pickable=False),
    ]


# Text sizes (px at text_scale 1) of the labelled layers, in the order their labels are placed.
LABEL_SIZES: dict[str, int] = {"places": 15, "flows": 13, "crossing_days": 13, "claims": 13, "areas": 13,
                               "countries": 18}
OPTIONAL_LABELS = ("areas", "countries")
LEADER_LAYERS = ("claims", "crossing_days")  # labels of a mark; a flow's label sits on its line
LEADER_MIN_PX = 22
NARROW_PX = 600
FAR_SPOTS_MAX = 200  # labels in the frame up to which claims may also move far from their mark, with a leader
MARKED_LAYERS = ("places", "crossing_days")  # a dot of their own besides the label  # a label this close to its mark needs no leader  # names of areas may give way; claims and places may not
DECLUTTER_VIEWPORT_PX = (1200, 760)  # the map as the dashboard usually shows it


def _spots(row: dict, layer: str, k: float, far: bool = True) -> list[tuple[list[float], str, str]]:
    """Where a label may go, as (pixel offset, anchor, text), its own spot first; a long name
    may break after its ' / ' when nothing else fits."""
    own = (list(row["offset"]), row["anchor"], row["label"])
    if layer in OPTIONAL_LABELS:
        return [own] + [([0, dy * k], "middle", row["label"]) for dy in (-16, 16, -32, 32)]
    if layer == "places":
        spots = []
        texts = [row["label"]] + ([row["label"].replace(" / ", "\n")] if " / " in row["label"] else [])
        for text in texts:
            h = text_size_px(text, LABEL_SIZES["places"] * k)[1]
            g = 9 * k
            right, left = ([g, 0], "start", text), ([-g, 0], "end", text)
            spots += [(own[0], own[1], text), left if own[1] == "start" else right]
            for far in (1.0, 2.2):
                spots += [([0, -(g * far + h / 2)], "middle", text), ([0, g * far + h / 2], "middle", text),
                          ([g * far, -(h / 2 + 3 * far)], "start", text), ([-g * far, -(h / 2 + 3 * far)], "end", text),
                          ([g * far, h / 2 + 3 * far], "start", text), ([-g * far, h / 2 + 3 * far], "end", text)]
        return spots
    # Claim labels: step up or down from their own spot, then the other side of the mark, then further out
    # on both sides (a leader line then ties the label to its mark), nearest first.
    step = 15 * k
    (dx, dy), anchor, text = own
    spots = [own]
    for n in range(1, 9):
        spots += [([dx, dy - n * step], anchor, text), ([dx, dy + n * step], anchor, text)]
    other = {"start": "end", "end": "start", "middle": "middle"}[anchor]
    spots += [([-dx, dy + n * step], other, text) for n in (0, -1, 1, -2, 2, -3, 3)]
    if not far:
        return spots
    # Wider than half the frame around its mark: centred above or below it, or broken after its first ' · '.
    texts = [text] + ([text.replace(" · ", "\n", 1)] if " · " in text else [])
    far = [([side * (abs(dx) + out * k), dy + n * step], "start" if side > 0 else "end", t)
           for t in texts for out in (0, 40, 90, 160) for n in range(-12, 13, 2) for side in (1, -1)]
    far += [([shift * k, dy + n * step], "middle", t) for t in texts for shift in (0, -80, 80, -160, 160)
            for n in range(-12, 13) if n]
    spots += sorted(far, key=lambda s: (s[2] != text, math.hypot(s[0][0], s[0][1])))
    return spots


def declutter_rows(rows: dict[str, list[dict]], view: pdk.ViewState, k: float = 1.0,
                   viewport: tuple[int, int] = DECLUTTER_VIEWPORT_PX) -> dict[str, list[dict]]:
    """Move labels apart for the view's zoom: each label takes its own spot when free, else the nearest
    free one; area and country names that find none are left out. Zooming in only spreads them further."""
    cx, cy = mercator_px(view.longitude, view.latitude, view.zoom)
    frame = (cx - viewport[0] / 2, cy - viewport[1] / 2, cx + viewport[0] / 2, cy + viewport[1] / 2)
    # On a narrow map (a phone) a claim label that fits nowhere is left out and named under the map, rather
    # than drawn over others or cut at the edge.
    optional_layers = OPTIONAL_LABELS + (("claims", "places", "crossing_days") if viewport[0] < NARROW_PX else ())
    items: list[tuple[str, int, tuple[float, float], float]] = []  # layer, row, anchor px, text size
    off_frame: set[tuple[str, int]] = set()
    for layer in LABEL_SIZES:
        for i, row in enumerate(rows.get(layer, [])):
            xy = mercator_px(*row["position"], view.zoom)
            if frame[0] <= xy[0] <= frame[2] and frame[1] <= xy[1] <= frame[3]:
                items.append((layer, i, xy, LABEL_SIZES[layer] * k))
            elif layer in OPTIONAL_LABELS:
                off_frame.add((layer, i))  # a name whose place is off-screen would only show its cut end
            # other off-screen labels keep their spot: they come into view as the analyst pans
    obstacles = []
    for layer, radius in (("places", 6), ("crossing_days", 10)):
        for row in rows.get(layer, []):
            x, y = mercator_px(*row["position"], view.zoom)
            obstacles.append((x - radius, y - radius, x + radius, y + radius))
    for row in rows.get("north_arrow", []):
        x, y = mercator_px(*row["position"], view.zoom)
        obstacles.append((x - 12, y - NORTH_ARROW_LENGTH_PX - 4, x + 12, y + 22 * k))
    for row in rows.get("scale_bar", []):
        x, y = mercator_px(*row["position"], view.zoom)
        obstacles.append(deck_box(x, y, row["offset"], "middle", text_size_px(row["label"], 12 * k)))
    far = len(items) <= FAR_SPOTS_MAX  # a crowded map gives up on distant spots (and its labels go by budget, #9)
    placed = place_greedy(
        [_spots(rows[layer][i], layer, k, far) for layer, i, _, _ in items],
        lambda n, spot: deck_box(*items[n][2], spot[0], spot[1], text_size_px(spot[2], items[n][3])),
        frame, obstacles, optional=lambda n: items[n][0] in optional_layers)
    out = {name: list(layer_rows) for name, layer_rows in rows.items()}
    dropped: set[tuple[str, int]] = set(off_frame)
    leaders: list[dict] = []
    for p in placed:
        layer, i, (x, y), _ = items[p.index]
        if p.choice is None:
            dropped.add((layer, i))
            continue
        offset, anchor, text = p.choice
        out[layer][i] = {**rows[layer][i], "offset": [round(v, 1) for v in offset], "anchor": anchor, "label": text}
        moved = list(offset) != list(rows[layer][i]["offset"])  # a stack at its own spot reads without leaders
        end = leader_end(x, y, p.box, LEADER_MIN_PX * k) if layer in LEADER_LAYERS and moved and p.box else None
        if end is not None:
            # drawn in map coordinates, so it is exact at this zoom; the page reruns after every zoom
            leaders.append({"path": [list(rows[layer][i]["position"]), [round(v, 5) for v in lonlat_px(*end, view.zoom)]],
                            "claim_id": rows[layer][i].get("claim_id")})
    out["leaders"] = leaders
    out["unlabelled"] = [r for i, r in enumerate(out.get("claims", [])) if ("claims", i) in dropped]
    for layer in optional_layers:
        if layer in MARKED_LAYERS:  # the dot stays, the label goes
            out[layer] = [{**r, "label": "", "hidden_label": r["label"]} if (layer, i) in dropped else r for i, r in enumerate(out.get(layer, []))]
        else:
            out[layer] = [r for i, r in enumerate(out.get(layer, [])) if (layer, i) not in dropped]
    return out


def _scaled(rows: list[dict], k: float) -> list[dict]:
    """Larger text needs its offsets from the mark scaled alike, or stacked labels meet."""
    if k == 1.0:
        return rows
    return [{**r, "offset": [round(v * k) for v in r["offset"]]} if "offset" in r else r for r in rows]


def _selected_rows(rows: Mapping[str, list[dict]], claim_id: str | None) -> list[dict]:
    """A highlight under the selected claim: its flow drawn wider, or a ring at its place."""
    if not claim_id:
        return []
    out: list[dict] = []
    for r in rows["flows"]:
        if claim_id in r.get("claim_ids", ()):
            out.append({"path": r["path"], "width": r["width"] + 10, "claim_id": claim_id})
    for name in ("claims", "crossing_days"):
        for r in rows[name]:
            if r.get("claim_id") == claim_id:
                out.append({"position": r["position"], "claim_id": claim_id})
    return out


@dataclass(frozen=True)
class MapLayers:
    deck: pdk.Deck
    flows: list[Flow]
    rows: dict[str, list[dict]]  # layer id → rows, for tests and exports


def build_map(
    shown: Sequence[WindowedClaim],
    places: Sequence[Place],
    sources: Sequence[Source],
    countries: gpd.GeoDataFrame,
    *,
    names: DisplayNames = "as_written",
    as_written: Mapping[str, str] | None = None,
    switches: LayerSwitches = LayerSwitches(),
    view: pdk.ViewState | None = None,
    map_style: str = OFFLINE_STYLE_URL,
    selected: str | None = None,
    text_scale: float = 1.0,
    viewport: tuple[int, int] | None = None,
) -> MapLayers:
    """`viewport`: the map's size in pixels, for placing labels inside it (DECLUTTER_VIEWPORT_PX if unknown)."""
    by_place = {p.place_id: p for p in places}
    by_source = {s.source_id: s for s in sources}
    by_claim = {s.claim.claim_id: s for s in shown}
    as_written = as_written or {}
    flows = build_flows(shown, by_place) if switches.flows else []
    flow_ids = {cid for f in flows for cid in f.claim_ids}
    rows = {
        "routes": _route_rows(places, names, as_written) if switches.routes else [],
        "places": _place_rows(places, names, as_written) if switches.places else [],
        "areas": _area_rows(places, names, as_written) if switches.places else [],
        "flows": sorted(_flow_rows(flows, by_claim, by_source), key=lambda r: -r["width"]),
        "claims": _claim_rows(shown, flow_ids, by_place, by_source) if switches.claims else [],
        "crossing_days": _crossing_day_rows(shown, by_place, by_source) if switches.crossing_days else [],
    }
    view = view or DEFAULT_VIEW
    rows["countries"] = _country_label_rows(countries, FOCUS_BOX) if switches.borders else []
    rows = {name: _scaled(layer_rows, text_scale) for name, layer_rows in rows.items()}
    rows["scale_bar"] = scale_bar_rows(view.longitude, view.latitude, view.zoom, viewport or DECLUTTER_VIEWPORT_PX)
    rows["north_arrow"] = north_arrow_rows(view.longitude, view.latitude, view.zoom,
                                           viewport or DECLUTTER_VIEWPORT_PX)
    rows = declutter_rows(rows, view, text_scale, viewport or DECLUTTER_VIEWPORT_PX)
    rows["selected"] = _selected_rows(rows, selected)
    k = text_scale
    layers: list[pdk.Layer] = []
    if switches.borders:
        fills = countries.assign(fill=[COUNTRY_FILLS[i % len(COUNTRY_FILLS)] for i in range(len(countries))])
        layers.append(pdk.Layer(
            "GeoJsonLayer", fills.__geo_interface__, id="borders", pickable=False, stroked=True, filled=True,
            get_fill_color="properties.fill", get_line_color=BORDER_COLOR, line_width_min_pixels=1.2,
        ))
        layers.append(_text_layer("country_labels", rows["countries"], size=18 * k,
                                  color=COUNTRY_LABEL_COLOR, pickable=False, weight=700))
    if rows["routes"]:
        layers.append(pdk.Layer("PathLayer", rows["routes"], id="routes", pickable=True, get_path="path",
                                get_color=ROUTE_COLOR, get_width=3, width_units="'pixels'", cap_rounded=True,
                                joint_rounded=True))
    if rows["flows"]:
        layers.append(pdk.Layer("PathLayer", rows["flows"], id="flows", pickable=True, get_path="path",
                                get_color="color", get_width="width", width_units="'pixels'", cap_rounded=True,
                                joint_rounded=True, opacity=0.85))
    if rows.get("leaders"):
        layers.append(pdk.Layer("PathLayer", rows["leaders"], id="leaders", pickable=False, get_path="path",
                                get_color=LEADER_COLOR, get_width=1.2, width_units="'pixels'"))
    if rows["areas"]:
        layers.append(_text_layer("area_labels", rows["areas"], size=13 * k, color=AREA_LABEL_COLOR,
                                  pickable=False, weight=500))
    if rows["selected"]:
        layers.append(pdk.Layer("PathLayer", [r for r in rows["selected"] if "path" in r], id="selected_path",
                                get_path="path", get_color=SELECTED_COLOR, get_width="width",
                                width_units="'pixels'", cap_rounded=True, joint_rounded=True))
        layers.append(pdk.Layer("ScatterplotLayer", [r for r in rows["selected"] if "path" not in r],
                                id="selected_ring", get_position="position", get_radius=16 * k,
                                radius_units="'pixels'", stroked=True, filled=True, get_fill_color=[255, 214, 0, 90],
                                get_line_color=SELECTED_COLOR, line_width_min_pixels=3))
    if rows["places"]:
        layers.append(pdk.Layer("ScatterplotLayer", rows["places"], id="places", pickable=True,
                                get_position="position", get_radius=5, radius_units="'pixels'", stroked=True,
                                filled=True, get_fill_color="fill", get_line_color=PLACE_COLOR,
                                line_width_min_pixels=1.5))
        layers.append(_text_layer("place_labels", rows["places"], size=15 * k, color=PLACE_COLOR, pickable=False))
    if rows["crossing_days"]:
        layers.append(pdk.Layer("ScatterplotLayer", rows["crossing_days"], id="crossing_days", pickable=True,
                                get_position="position", get_radius=9, radius_units="'pixels'", stroked=True,
                                filled=True, get_fill_color=CROSSING_DAYS_COLOR, get_line_color=[255, 255, 255, 255],
                                line_width_min_pixels=2))
        layers.append(_text_layer("crossing_days_labels", rows["crossing_days"], size=13 * k,
                                  color=CROSSING_DAYS_COLOR, pickable=True))
    if rows["flows"]:
        layers.append(_text_layer("flow_labels", rows["flows"], size=13 * k, color="color", pickable=True))
    if rows["claims"]:
        layers.append(_text_layer("claims", rows["claims"], size=13 * k, color="color", pickable=True))
    layers.extend(_scale_bar_layers(rows["scale_bar"], k))
    layers.extend(_north_arrow_layers(rows["north_arrow"], k))
    # No custom `views` (to turn rotation off): Streamlit rebuilds them on every render, and a click in
    # the first seconds after load was lost. The north arrow turns with the map instead.
    deck = pdk.Deck(layers=layers, initial_view_state=view, map_style=map_style, tooltip=TOOLTIP)
    return MapLayers(deck=deck, flows=flows, rows=rows)


def places_in_view(places: Sequence[Place], shown: Sequence[WindowedClaim], named: set[str]) -> list[Place]:
    """The base gazetteer, plus every place a mention or a claim in view names (GeoNames places,
    analysts' points, provinces); never the unpicked candidates of a homonym."""
    wanted = set(named)
    for seen in shown:
        c = seen.claim
        wanted |= {p for p in (c.origin, c.destination, c.via, c.place, c.drawn_along) if p}
    return [p for p in places if p.always_drawn or p.place_id in wanted]


def _view_state(center: tuple[float, float] | None, zoom: float | None) -> pdk.ViewState:
    lon, lat = center or (DEFAULT_VIEW.longitude, DEFAULT_VIEW.latitude)
    return pdk.ViewState(longitude=lon, latitude=lat, zoom=DEFAULT_VIEW.zoom if zoom is None else zoom,
                         pitch=0, bearing=0)


@dataclass(frozen=True)
class MapView:
    layers: MapLayers
    result: WindowResult
    view: ViewSettings
    legend: list[LegendItem]
    places: tuple[Place, ...] = ()  # every place the map can draw for this view
    as_written: Mapping[str, str] = field(default_factory=dict)  # place id → the source's own spelling


def build_map_view(ds: Dataset, countries: gpd.GeoDataFrame, view: ViewSettings,
                   switches: LayerSwitches = LayerSwitches(), *, center: tuple[float, float] | None = None,
                   zoom: float | None = None, selected: str | None = None, text_scale: float = 1.0,
                   viewport: tuple[int, int] | None = None) -> MapView:
    """Everything the Map page shows for a window, names convention and layer switches.
    Rejected claims and mentions are left out; automatic ones awaiting review are marked."""
    claims = [c for c in ds.claims if c.review_status != "rejected"]
    mentions = [m for m in ds.mentions if m.review_status != "rejected"]
    result = filter_window(claims, view.window)
    named = {m.place_id for m in mentions if m.place_id}
    places = tuple(places_in_view(ds.places, result.shown, named))
    as_written = as_written_names(mentions, [s.source_id for s in ds.sources])
    layers = build_map(result.shown, places, ds.sources, countries, names=view.names, as_written=as_written,
                       switches=switches, view=_view_state(center, zoom), selected=selected,
                       text_scale=text_scale, viewport=viewport)
    return MapView(layers=layers, result=result, view=view, legend=legend_items(switches, layers.rows),
                   places=places, as_written=as_written)


def describe_window(view: MapView) -> str:
    r, w = view.result, view.view.window
    clipped = sum(1 for s in r.shown if s.clipped)
    text = (f"{w.start.day} {w.start:%b %Y} – {w.end.day} {w.end:%b %Y}: {len(r.shown)} dated claims shown, "
            f"{len(r.hidden_outside)} outside the window, {len(r.undated)} undated (not on the map)")
    if clipped:
        text += f"; {clipped} period total{'s' if clipped > 1 else ''} run past the window's edges (counts not scaled)"
    return text + "."


def point_preview(lon: float, lat: float, countries: gpd.GeoDataFrame, places: Sequence[Place]) -> pdk.Deck:
    """A small offline map for an analyst placing a point: borders, base places, the point."""
    base = [p for p in places if p.always_drawn]
    layers = [
        pdk.Layer("GeoJsonLayer", countries.__geo_interface__, id="borders", stroked=True, filled=True,
                  get_fill_color=[250, 250, 246, 255], get_line_color=BORDER_COLOR, line_width_min_pixels=1),
        pdk.Layer("ScatterplotLayer", _place_rows(base, "both", {}), id="places", get_position="position",
                  get_radius=4, radius_units="'pixels'", get_fill_color=PLACE_COLOR),
        _text_layer("place_labels", _place_rows(base, "both", {}), size=12, color=PLACE_COLOR, pickable=False),
        pdk.Layer("ScatterplotLayer", [{"position": [lon, lat]}], id="new_point", get_position="position",
                  get_radius=8, radius_units="'pixels'", get_fill_color=CROSSING_DAYS_COLOR,
                  get_line_color=[255, 255, 255, 255], stroked=True, line_width_min_pixels=2),
    ]
    return pdk.Deck(layers=layers, initial_view_state=pdk.ViewState(longitude=lon, latitude=lat, zoom=8),
                    map_style=OFFLINE_STYLE_URL)
