"""Windowed claims → the map's pydeck layers and Deck: which rows each layer draws, the legend of exactly what
is drawn, and the map view the pages and exports share.

The rows themselves come from geo.view.marks (a claim's marks), geo.view.flows (movement along routes), the place rows
below, geo.view.labels (placement for the view) and geo.view.furniture (scale bar, north arrow); colours from geo.view.palette.
Rows are built from already-filtered records: nothing here loops over raw events.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import geopandas as gpd
import pydeck as pdk
from shapely import wkt as shapely_wkt
from shapely.geometry import box as shapely_box

from .aggregate import AGGREGATE_ABOVE, LABEL_BUDGET, Group, group_claims, group_rows, label_priority
from ..basemap import OFFLINE_STYLE_URL
from ..claims import filter_window
from .filters import apply_filters
from .flows import Flow, _place_point, build_flows
from .furniture import (
    DECLUTTER_VIEWPORT_PX, _north_arrow_layers, _scale_bar_layers, north_arrow_rows, scale_bar_rows, text_layer,
)
from ..gazetteer import display_name
from ..geoparse import as_written_names
from .labels import _scaled, declutter_rows, view_bounds
from .legend import LegendItem, legend_items
from .logs import LOG_COLOR, LogView, log_flow_rows, log_rows, log_view
from .marks import _claim_rows, _crossing_day_rows, _flow_rows
from ..model import Dataset, DisplayNames, Place, Source, ViewSettings, WindowedClaim, WindowResult
from .palette import (
    AREA_LABEL_COLOR, BORDER_COLOR, COUNTRY_FILLS, COUNTRY_LABEL_COLOR, CROSSING_DAYS_COLOR, LEADER_COLOR, PLACE_COLOR,
    ROUTE_COLOR, SELECTED_COLOR,
)

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
    logs: bool = True  # figures of structured logs (geo.logs), drawn apart from claims



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


DEFAULT_VIEW = pdk.ViewState(longitude=46.72, latitude=39.47, zoom=8.0, pitch=0, bearing=0)
# What the opening view shows, roughly: where country names go.
FOCUS_BOX = (45.3, 38.8, 47.6, 40.1)





def _selected_rows(rows: Mapping[str, list[dict]], claim_id: str | None,
                   groups: Mapping[str, Group] | None = None) -> list[dict]:
    """A highlight under the selected claim: its flow drawn wider, or a ring at its place (or its group's)."""
    if not claim_id:
        return []
    out: list[dict] = []
    in_group = {gid for gid, g in (groups or {}).items() if claim_id in g.claim_ids}
    for r in rows["flows"]:
        if claim_id in r.get("claim_ids", ()) or r.get("group_id") in in_group:
            out.append({"path": r["path"], "width": r["width"] + 10, "claim_id": claim_id})
    for r in rows.get("groups", []):
        if r["group_id"] in in_group:
            out.append({"position": r["position"], "claim_id": claim_id})
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
    groups: Mapping[str, Group] = field(default_factory=dict)  # group id → its claims, when the map groups them


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
    grouped: Sequence[Group] | None = None,
    logs: LogView | None = None,
    log_places: Mapping[str, Place] | None = None,
) -> MapLayers:
    """`viewport`: the map's size in pixels, for placing labels inside it (DECLUTTER_VIEWPORT_PX if unknown).
    `grouped`: the window's groups when the caller has them already (group_claims of `shown`)."""
    by_place = {p.place_id: p for p in places}
    by_source = {s.source_id: s for s in sources}
    as_written = as_written or {}
    rows = {
        "routes": _route_rows(places, names, as_written) if switches.routes else [],
        "places": _place_rows(places, names, as_written) if switches.places else [],
        "areas": _area_rows(places, names, as_written) if switches.places else [],
    }
    groups: dict[str, Group] = {}
    flows: list[Flow] = []
    if len(shown) > AGGREGATE_ABOVE:  # a corpus: one mark per place (or route) and kind, figures never added
        ranked = sorted(grouped if grouped is not None else group_claims(shown, by_place, by_source),
                        key=lambda g: label_priority(g, selected))
        ranked = [g for g in ranked if (switches.flows if g.on_route else switches.claims)]
        groups = {g.group_id: g for g in ranked}
        at_place, on_route = group_rows(ranked, by_place, by_source, lambda p: display_name(p, names, as_written))
        rows.update({"groups": at_place, "flows": on_route, "claims": [], "crossing_days": []})
    else:
        by_claim = {s.claim.claim_id: s for s in shown}
        flows = build_flows(shown, by_place) if switches.flows else []
        flow_ids = {cid for f in flows for cid in f.claim_ids}
        rows.update({
            "groups": [],
            "flows": sorted(_flow_rows(flows, by_claim, by_source), key=lambda r: -r["width"]),
            "claims": _claim_rows(shown, flow_ids, by_place, by_source) if switches.claims else [],
            "crossing_days": _crossing_day_rows(shown, by_place, by_source) if switches.crossing_days else [],
        })
    name_of = lambda p: display_name(p, names, as_written)  # noqa: E731
    rows["logs"] = (log_rows(logs, log_places or by_place, name_of) if logs is not None and switches.logs else [])
    rows["log_flows"] = (log_flow_rows(logs, log_places or by_place, name_of)
                         if logs is not None and switches.logs else [])
    view = view or DEFAULT_VIEW
    rows["countries"] = _country_label_rows(countries, FOCUS_BOX) if switches.borders else []
    rows = {name: _scaled(layer_rows, text_scale) for name, layer_rows in rows.items()}
    rows["scale_bar"] = scale_bar_rows(view.longitude, view.latitude, view.zoom, viewport or DECLUTTER_VIEWPORT_PX)
    rows["north_arrow"] = north_arrow_rows(view.longitude, view.latitude, view.zoom,
                                           viewport or DECLUTTER_VIEWPORT_PX)
    rows = declutter_rows(rows, view, text_scale, viewport or DECLUTTER_VIEWPORT_PX,
                          budget=LABEL_BUDGET if groups else None)
    rows["selected"] = _selected_rows(rows, selected, groups)
    k = text_scale
    layers: list[pdk.Layer] = []
    if switches.borders:
        fills = countries.assign(fill=[COUNTRY_FILLS[i % len(COUNTRY_FILLS)] for i in range(len(countries))])
        layers.append(pdk.Layer(
            "GeoJsonLayer", fills.__geo_interface__, id="borders", pickable=False, stroked=True, filled=True,
            get_fill_color="properties.fill", get_line_color=BORDER_COLOR, line_width_min_pixels=1.2,
        ))
        layers.append(text_layer("country_labels", rows["countries"], size=18 * k,
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
        layers.append(text_layer("area_labels", rows["areas"], size=13 * k, color=AREA_LABEL_COLOR,
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
        layers.append(text_layer("place_labels", rows["places"], size=15 * k, color=PLACE_COLOR, pickable=False))
    if rows.get("groups"):  # largest first, so that a smaller circle at the same place stays on top
        layers.append(pdk.Layer("ScatterplotLayer", sorted(rows["groups"], key=lambda r: -r["radius"]), id="groups",
                                pickable=True, get_position="position", get_radius="radius",
                                radius_units="'pixels'", stroked=True, filled=True, get_fill_color="color",
                                get_line_color=[255, 255, 255, 255], line_width_min_pixels=1.5))
        # only the labelled rows: a group over the budget would send its tooltip twice for an empty text
        layers.append(text_layer("group_labels", [r for r in rows["groups"] if r["label"]], size=13 * k,
                                 color="color", pickable=True))
    if rows["log_flows"]:
        layers.append(pdk.Layer("PathLayer", sorted(rows["log_flows"], key=lambda r: -r["width"]), id="log_flows",
                                pickable=True, get_path="path", get_color="color", get_width="width",
                                width_units="'pixels'", cap_rounded=True))
    if rows["logs"]:  # rings, not discs: a log's figure is not a claim read from a report
        layers.append(pdk.Layer("ScatterplotLayer", sorted(rows["logs"], key=lambda r: -r["radius"]), id="logs",
                                pickable=True, get_position="position", get_radius="radius", radius_units="'pixels'",
                                stroked=True, filled=True, get_fill_color="fill", get_line_color="color",
                                line_width_min_pixels=3))
        layers.append(text_layer("log_labels", [r for r in rows["logs"] if r["label"]], size=13 * k,
                                 color=LOG_COLOR, pickable=True))
    if rows["crossing_days"]:
        layers.append(pdk.Layer("ScatterplotLayer", rows["crossing_days"], id="crossing_days", pickable=True,
                                get_position="position", get_radius=9, radius_units="'pixels'", stroked=True,
                                filled=True, get_fill_color=CROSSING_DAYS_COLOR, get_line_color=[255, 255, 255, 255],
                                line_width_min_pixels=2))
        layers.append(text_layer("crossing_days_labels", rows["crossing_days"], size=13 * k,
                                  color=CROSSING_DAYS_COLOR, pickable=True))
    if rows["flows"]:
        layers.append(text_layer("flow_labels", [r for r in rows["flows"] if r["label"]], size=13 * k,
                                 color="color", pickable=True))
    if rows["claims"]:
        layers.append(text_layer("claims", rows["claims"], size=13 * k, color="color", pickable=True))
    layers.extend(_scale_bar_layers(rows["scale_bar"], k))
    layers.extend(_north_arrow_layers(rows["north_arrow"], k))
    # No custom `views` (to turn rotation off): Streamlit rebuilds them on every render, and a click in
    # the first seconds after load was lost. The north arrow turns with the map instead.
    deck = pdk.Deck(layers=layers, initial_view_state=view, map_style=map_style, tooltip=TOOLTIP)
    return MapLayers(deck=deck, flows=flows, rows=rows, groups=groups)


def places_in_view(places: Sequence[Place], shown: Sequence[WindowedClaim], named: set[str]) -> list[Place]:
    """The base gazetteer, plus every place a mention or a claim in view names (GeoNames places,
    analysts' points, provinces); never the unpicked candidates of a homonym."""
    wanted = set(named)
    for seen in shown:
        c = seen.claim
        wanted |= {p for p in (c.origin, c.destination, c.via, c.place, c.drawn_along) if p}
    return [p for p in places if p.always_drawn or p.place_id in wanted]


def lon_lat_zoom(center: tuple[float, float] | None, zoom: float | None) -> tuple[float, float, float]:
    v = _view_state(center, zoom)
    return v.longitude, v.latitude, v.zoom


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
    logs: LogView | None = None  # the logs' figures in the window, when the store has logs
    log_places: Mapping[str, Place] = field(default_factory=dict)  # every place, for the logs' checkpoints


def build_map_view(ds: Dataset, countries: gpd.GeoDataFrame, view: ViewSettings,
                   switches: LayerSwitches = LayerSwitches(), *, center: tuple[float, float] | None = None,
                   zoom: float | None = None, selected: str | None = None, text_scale: float = 1.0,
                   viewport: tuple[int, int] | None = None, logs=None) -> MapView:
    """Everything the Map page shows for a window, names convention and layer switches.
    Rejected claims and mentions are left out; automatic ones awaiting review are marked."""
    ds = apply_filters(ds, view.filters)  # every page and export narrows the same way
    if "map_view" not in ds.memo:
        mentions = [m for m in ds.mentions if m.review_status != "rejected"]
        ds.memo["map_view"] = ([c for c in ds.claims if c.review_status != "rejected"],
                               {m.place_id for m in mentions if m.place_id},
                               as_written_names(mentions, [s.source_id for s in ds.sources]))
    claims, named, as_written = ds.memo["map_view"]
    # A pan, a zoom or a click keeps the window: its claims, places and groups are computed once per window.
    result, places, grouped = _remember(ds.memo, ("window", view.window), lambda: _window_parts(
        ds, claims, named, view.window))
    # the logs' figures for the window: prefix sums over the daily cube (`logs`, a DailyCube), never their rows
    logged = log_view(logs, view.window.start, view.window.end, ds.places_by_id) if logs is not None else None
    layers = build_map(result.shown, places, ds.sources, countries, names=view.names, as_written=as_written,
                       switches=switches, view=_view_state(center, zoom), selected=selected,
                       text_scale=text_scale, viewport=viewport, grouped=grouped, logs=logged,
                       log_places=ds.places_by_id)
    frame = view_bounds(lon_lat_zoom(center, zoom), viewport) if viewport else None
    return MapView(layers=layers, result=result, view=view, legend=legend_items(switches, layers.rows, frame),
                   places=places, as_written=as_written, logs=logged,
                   log_places=ds.places_by_id if logged is not None else {})


WINDOWS_KEPT = 8  # windows whose parts a dataset keeps (a slider drag makes many)


def _remember(memo: dict, key: tuple, compute):
    """The memo is shared by every session on one dataset: work on a snapshot of its keys (list() of a dict
    is atomic), and tolerate another session removing the same key."""
    found = memo.get(key)
    if found is None:
        same = [k for k in list(memo) if isinstance(k, tuple) and k[:1] == key[:1]]
        for old in same[:-(WINDOWS_KEPT - 1)]:
            memo.pop(old, None)
        found = memo[key] = compute()
    return found


def _window_parts(ds: Dataset, claims, named, window) -> tuple[WindowResult, tuple[Place, ...], list[Group] | None]:
    result = filter_window(claims, window, ds.memo.setdefault("seen_whole", {}))
    places = tuple(places_in_view(ds.places, result.shown, named))
    grouped = (group_claims(result.shown, {p.place_id: p for p in places}, ds.sources_by_id)
               if len(result.shown) > AGGREGATE_ABOVE else None)
    return result, places, grouped


def describe_window(view: MapView) -> str:
    r, w = view.result, view.view.window
    clipped = sum(1 for s in r.shown if s.clipped)
    text = (f"{w.start.day} {w.start:%b %Y} – {w.end.day} {w.end:%b %Y}: {len(r.shown):,} dated claims shown, "
            f"{len(r.hidden_outside):,} outside the window, {len(r.undated):,} undated (not on the map)")
    if clipped:
        text += f"; {clipped:,} period total{'s' if clipped > 1 else ''} run past the window's edges (counts not scaled)"
    if view.view.filters:
        text += f"; only claims with {view.view.filters.describe()}"
    if view.layers.groups:
        text += (f"; grouped into {len(view.layers.groups):,} marks by place (or route and direction) and kind, "
                 f"figures never added up")
    if logged := view.layers.rows.get("logs"):
        text += (f"; logged figures at {len(logged):,} checkpoint{'s' if len(logged) != 1 else ''} (structured "
                 "logs, teal rings: never added to the claims)")
    return text + "."
