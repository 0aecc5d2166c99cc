"""The map view as a shareable link: a typed record and its URL query form.

A link may come from anywhere (a chat, an e-mail, a hostile page), so every
value is checked on the way in; anything unusable falls back to its default
and yields a notice that says which part of the link was ignored and why.
"""
from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date

from ..gazetteer import DISPLAY_CHOICES
from .furniture import DECLUTTER_VIEWPORT_PX
from .layers import DEFAULT_VIEW, LayerSwitches
from ..model import FILTER_QUERY_KEYS, ClaimFilters, Dataset, DisplayNames, ViewSettings, Window

LAYER_NAMES: tuple[str, ...] = tuple(f.name for f in fields(LayerSwitches))  # choices.LAYER_NAMES too
# Zooms where the map still means something for this region (deck.gl allows 0–20).
ZOOM_RANGE = (4.0, 14.0)
LAT_RANGE = (-85.0, 85.0)
LON_RANGE = (-180.0, 180.0)
MAX_VALUE_CHARS = 200
QUERY_KEYS = ("from", "to", "names", "layers", "claim", "lon", "lat", "zoom", "px", "present", *FILTER_QUERY_KEYS)
FRAME_PX_RANGE = (120, 8000)  # a map element's width or height in CSS pixels


@dataclass(frozen=True)
class MapState:
    """Everything a colleague needs to see the same map: window, names, layers, selection, position."""

    window: Window
    names: DisplayNames = "as_written"
    layers: LayerSwitches = field(default_factory=LayerSwitches)
    claim: str | None = None
    lon: float = DEFAULT_VIEW.longitude
    lat: float = DEFAULT_VIEW.latitude
    zoom: float = DEFAULT_VIEW.zoom
    present: bool = False
    # The map's size in pixels when this view was set (width, height). With the centre and zoom it is the
    # frame the analyst saw; a picture or a screen of another size fits that frame (fit_zoom).
    px: tuple[int, int] | None = None
    filters: ClaimFilters = field(default_factory=ClaimFilters)  # the claims the view is narrowed to

    @property
    def settings(self) -> ViewSettings:
        return ViewSettings(window=self.window, names=self.names, filters=self.filters)


def default_state(span: Window) -> MapState:
    return MapState(window=span)


def layers_to_text(layers: LayerSwitches) -> str:
    return ",".join(name for name in LAYER_NAMES if getattr(layers, name))


def to_query(state: MapState) -> dict[str, str]:
    """The link's query: always the window, names and position (so a link still means the same
    view when the data grows); layers, claim and present mode only when they differ from the default."""
    query = {
        "from": state.window.start.isoformat(),
        "to": state.window.end.isoformat(),
        "names": state.names,
        "lon": f"{state.lon:.4f}",
        "lat": f"{state.lat:.4f}",
        "zoom": f"{state.zoom:.2f}",
    }
    if state.layers != LayerSwitches():
        query["layers"] = layers_to_text(state.layers)
    if state.claim:
        query["claim"] = state.claim
    if state.px:
        query["px"] = f"{state.px[0]}x{state.px[1]}"
    if state.present:
        query["present"] = "1"
    from .filters import filters_to_query

    query.update(filters_to_query(state.filters))
    return query


def parse_px(text: str) -> tuple[int, int] | None:
    """'1200x760' → (1200, 760), inside FRAME_PX_RANGE; None otherwise."""
    parts = text.lower().split("x")
    if len(parts) != 2 or not all(p.isascii() and p.isdigit() and len(p) <= 5 for p in parts):
        return None
    w, h = int(parts[0]), int(parts[1])
    lo, hi = FRAME_PX_RANGE
    return (w, h) if lo <= w <= hi and lo <= h <= hi else None


def fit_zoom(zoom: float, seen_px: tuple[int, int] | None, shown_px: tuple[float, float]) -> float:
    """The zoom at which a map of `shown_px` shows all of the frame seen at `zoom` in `seen_px` (each zoom
    step doubles the scale), inside ZOOM_RANGE; `zoom` itself when the seen size is not known."""
    if not seen_px or shown_px[0] <= 0 or shown_px[1] <= 0:
        return zoom
    scale = min(shown_px[0] / seen_px[0], shown_px[1] / seen_px[1])
    return round(min(max(zoom + math.log2(scale), ZOOM_RANGE[0]), ZOOM_RANGE[1]), 2)


def opening_position(px: tuple[int, int] | None) -> tuple[float, float, float]:
    """The opening frame (DEFAULT_VIEW as designed for a DECLUTTER_VIEWPORT_PX map) fitted to a map of `px`."""
    return (DEFAULT_VIEW.longitude, DEFAULT_VIEW.latitude, fit_zoom(DEFAULT_VIEW.zoom, DECLUTTER_VIEWPORT_PX, px or DECLUTTER_VIEWPORT_PX))


def _one(value: object) -> str | None:
    """Query values arrive as a string or a list of repeats; the last one wins, as with st.query_params."""
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    return value if isinstance(value, str) else None


def _shown(value: str) -> str:
    """A value quoted in a notice: shortened, never rendered as markup by the caller (escape it there)."""
    return repr(value if len(value) <= 40 else value[:39] + "…")


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _parse_float(value: str, lo: float, hi: float) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and lo <= number <= hi else None


def _parse_window(start_text: str | None, end_text: str | None, span: Window,
                  notices: list[str], opening: Window | None = None) -> Window:
    start, end = (opening or span).start, (opening or span).end
    for key, text in (("from", start_text), ("to", end_text)):
        if text is None:
            continue
        day = _parse_date(text)
        if day is None:
            notices.append(f"'{key}' {_shown(text)} is not a date (YYYY-MM-DD); using {span.start if key == 'from' else span.end}.")
        elif not span.start <= day <= span.end:
            clamped = min(max(day, span.start), span.end)
            notices.append(f"'{key}' {day} is outside the data ({span.start} to {span.end}); using {clamped}.")
            day = clamped
        if day is not None:
            start, end = (day, end) if key == "from" else (start, day)
    if start > end:
        notices.append(f"The window starts ({start}) after it ends ({end}); showing the whole span.")
        return span
    return Window(start, end)


def _parse_layers(text: str, notices: list[str]) -> LayerSwitches:
    wanted = {part.strip() for part in text.split(",") if part.strip()}
    unknown = sorted(wanted - set(LAYER_NAMES))
    if unknown:
        notices.append(f"Unknown layers ignored: {', '.join(_shown(u) for u in unknown)}; "
                       f"known: {', '.join(LAYER_NAMES)}.")
    known = wanted & set(LAYER_NAMES)
    if not known and unknown:
        return LayerSwitches()
    return LayerSwitches(**{name: name in known for name in LAYER_NAMES})


def from_query(params: Mapping[str, object], span: Window, claim_ids: Collection[str],
               opening: Window | None = None, ds: Dataset | None = None) -> tuple[MapState, list[str]]:
    """The state a link asks for, and a notice for every part of it that could not be used. `opening` is the
    window when the link names no dates (opening_window: the latest burst of claims), else the data's span.
    The filters are read when `ds` is given (their values are checked against its outlets, claimants …)."""
    notices: list[str] = []
    raw: dict[str, str] = {}
    for key in QUERY_KEYS:
        value = _one(params.get(key))
        if value is None:
            continue
        if len(value) > MAX_VALUE_CHARS:
            notices.append(f"'{key}' is {len(value)} characters long; ignored.")
            continue
        raw[key] = value.strip()
    state = replace(default_state(span), window=_parse_window(raw.get("from"), raw.get("to"), span, notices, opening))
    if "names" in raw:
        if raw["names"] in DISPLAY_CHOICES:
            state = replace(state, names=raw["names"])  # type: ignore[arg-type]
        else:
            notices.append(f"'names' {_shown(raw['names'])} is not one of {', '.join(DISPLAY_CHOICES)}; "
                           f"using {state.names}.")
    if "layers" in raw:
        state = replace(state, layers=_parse_layers(raw["layers"], notices))
    if "claim" in raw:
        if raw["claim"] in claim_ids:
            state = replace(state, claim=raw["claim"])
        else:
            notices.append(f"Claim {_shown(raw['claim'])} is not in the data; nothing selected.")
    for key, (lo, hi) in (("lon", LON_RANGE), ("lat", LAT_RANGE), ("zoom", ZOOM_RANGE)):
        if key in raw:
            number = _parse_float(raw[key], lo, hi)
            if number is None:
                notices.append(f"'{key}' {_shown(raw[key])} is not a number from {lo:g} to {hi:g}; "
                               f"using {getattr(state, key):g}.")
            else:
                state = replace(state, **{key: number})
    if "px" in raw:
        px = parse_px(raw["px"])
        if px is None:
            lo, hi = FRAME_PX_RANGE
            notices.append(f"'px' {_shown(raw['px'])} is not a map size like 1200x760 ({lo}–{hi} each); ignored.")
        else:
            state = replace(state, px=px)
    if "present" in raw:
        if raw["present"] in ("0", "1", "true", "false"):
            state = replace(state, present=raw["present"] in ("1", "true"))
        else:
            notices.append(f"'present' {_shown(raw['present'])} should be 1 or 0; ignored.")
    if ds is not None and any(k in raw for k in FILTER_QUERY_KEYS):
        from .filters import filters_from_query

        state = replace(state, filters=filters_from_query(raw, ds, notices))
    return state, notices


# --- typed dates and quick ranges beside the slider ----------------------------------------------------

BURST_GAP_DAYS = 45  # a quieter stretch than this between claims' periods starts a new burst


def typed_window(start: date | None, end: date | None, span: Window, current: Window) -> Window:
    """Dates typed in the From / To boxes → a window inside the data: an empty box keeps the current
    edge, dates outside the data are brought to its edge, and the two are put in order."""
    def clamp(d: date) -> date:
        return min(max(d, span.start), span.end)

    lo, hi = sorted((clamp(start or current.start), clamp(end or current.end)))
    return Window(lo, hi)


def latest_burst(periods: Collection[tuple[date, date]]) -> Window | None:
    """The last run of claims whose periods follow each other with no gap longer than BURST_GAP_DAYS:
    the stretch an analyst most likely came to look at when years of reports are loaded."""
    ordered = sorted(periods)
    if not ordered:
        return None
    start, end = ordered[0]
    for s, e in ordered[1:]:
        if (s - end).days > BURST_GAP_DAYS:
            start, end = s, e
        else:
            end = max(end, e)
    return Window(start, end)


def opening_window(periods: Collection[tuple[date, date]], span: Window) -> Window:
    """The window a session opens on: the latest burst of claims (years of reports would otherwise open as a
    slider too long to use), inside the data's span; the span itself when there is one burst."""
    burst = latest_burst(periods)
    if burst is None:
        return span
    return Window(max(burst.start, span.start), min(burst.end, span.end))


def quick_ranges(span: Window, burst: Window | None) -> dict[str, Window]:
    """One-click windows: the data's last 30 and 90 days, its latest burst, and all of it."""
    def last(days: int) -> Window:
        return Window(max(span.start, date.fromordinal(span.end.toordinal() - days + 1)), span.end)

    ranges = {"Last 30 days": last(30), "Last 90 days": last(90)}
    if burst is not None and burst != span:
        ranges["Latest burst"] = burst
    ranges["All dates"] = span
    return ranges


# --- what the map element reports --------------------------------------------------------------------

def position_from_report(view: object) -> tuple[float, float, float] | None:
    """The map element's view report → (lon, lat, zoom) for the link, inside the ranges a link may hold;
    None for anything that is not a usable report (the element is code in a browser: check, don't trust)."""
    if not isinstance(view, Mapping):
        return None
    try:
        lon, lat, zoom = (float(view[k]) for k in ("longitude", "latitude", "zoom"))
    except (KeyError, TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in (lon, lat, zoom)):
        return None
    def clamp(v: float, lo_hi: tuple[float, float]) -> float:
        return min(max(v, lo_hi[0]), lo_hi[1])

    return (round(clamp(lon, LON_RANGE), 4), round(clamp(lat, LAT_RANGE), 4), round(clamp(zoom, ZOOM_RANGE), 2))


def size_from_report(view: object) -> tuple[int, int] | None:
    """The map element's size in the report, if it is a plausible one (a hidden or collapsed element reports 0)."""
    if not isinstance(view, Mapping):
        return None
    try:
        w, h = (float(view[k]) for k in ("width", "height"))
    except (KeyError, TypeError, ValueError):
        return None
    lo, hi = FRAME_PX_RANGE
    if not (math.isfinite(w) and math.isfinite(h) and lo <= w <= hi and lo <= h <= hi):
        return None
    return (round(w), round(h))


def selection_from_click(click: object) -> tuple[str | None, dict | None]:
    """A click report → (the claim it selects, or the other object it hit). A click on a mark of several
    claims selects the first; a click on nothing clears both."""
    obj = click.get("object") if isinstance(click, Mapping) else None
    if not isinstance(obj, Mapping):
        return None, None
    claim = obj.get("claim_id")
    ids = obj.get("claim_ids")
    if not isinstance(claim, str) and isinstance(ids, list) and ids and isinstance(ids[0], str):
        claim = ids[0]
    if isinstance(claim, str) and claim:
        return claim[:MAX_VALUE_CHARS], None
    other = {k: str(v)[:MAX_VALUE_CHARS] for k, v in obj.items() if k in ("title", "source", "place_id", "group_id")}
    return None, (other or None)


def frame_from_report(view: object, position: tuple[float, float, float]) -> tuple[float, float, float, float] | None:
    """The map's reported bounds (west, south, east, north), if the report is of the view at `position`
    (a report made before the map was moved from the sidebar or a link says nothing about the new frame)."""
    reported = position_from_report(view)
    if reported is None or not all(abs(a - b) <= tol for a, b, tol in zip(reported, position, (1e-3, 1e-3, 0.01))):
        return None
    bounds = view.get("bounds") if isinstance(view, Mapping) else None
    try:
        w, s, e, n = (float(v) for v in bounds)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in (w, s, e, n)) or not (w < e and s < n):
        return None
    return (w, s, e, n)
