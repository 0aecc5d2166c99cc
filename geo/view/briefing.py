"""What every view meant to be shown carries: title, the window in words, the source line,
attribution and the export date. The map page, present mode, PNG, slides, HTML and GIF
all take their words from here, so a screenshot and a slide never disagree."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode, urlsplit

import geopandas as gpd

from ..basemap import ATTRIBUTION
from ..claims import format_count, format_period
from .layers import MapView, build_map_view, describe_window
from .legend import in_frame
from .palette import KIND_LABELS
from ..model import Claim, Dataset, Place, Source, WindowedClaim
from .viewstate import MapState, to_query

TITLE = "Crossings and movements, as reported"
DEFAULT_BASE_URL = "http://127.0.0.1:8501/"  # `corridor-watch serve`'s address, when the export does not know another
FULL_ATTRIBUTION = f"{ATTRIBUTION} · Places: GeoNames (CC BY 4.0) · Roads schematic"
CAVEAT = "as reported, not independently verified"


def published_short(source: Source) -> str:
    """'5 Dec 2021', 'Sep–Dec 2021' or 'date unknown': what is known of the date, briefly."""
    p = source.published
    if p.earliest and p.latest:
        if p.earliest == p.latest:
            return f"{p.earliest.day} {p.earliest:%b %Y}"
        if p.earliest.year == p.latest.year:
            months = f"{p.earliest:%b}" if p.earliest.month == p.latest.month else f"{p.earliest:%b}–{p.latest:%b}"
            return f"{months} {p.latest:%Y}"
        return f"{p.earliest:%b %Y}–{p.latest:%b %Y}"
    return "date unknown"


MAX_CITED = 4  # more sources than this are summed up in the line; the Claims page and the slides cite each


def log_source_line(view) -> str:
    """' Logged figures: <source> (claimant: …).' for the logs with a mark in the window; '' when none."""
    named = sorted({s for m in (view.marks if view is not None else ()) for f in m.figures for s in f.sources if s})
    if not named:
        return ""
    text = "; ".join(named)
    return f" Logs: {text if len(text) <= 90 else text[:89] + '…'}."


def source_line(sources: Sequence[Source]) -> str:
    """'Source: Trend, Sep–Dec 2021 — as reported, not independently verified.'; with many sources,
    'Sources: 300 reports from 42 outlets, published Jul 2021 – Mar 2022 (12 undated) — as reported, …'."""
    if not sources:
        return f"No source in view — {CAVEAT}."
    if len(sources) <= MAX_CITED:
        cited = "; ".join(f"{s.outlet}, {published_short(s)}" for s in sources)
        return f"Source{'s' if len(sources) > 1 else ''}: {cited} — {CAVEAT}."
    outlets = len({s.outlet for s in sources})
    known = [s.published for s in sources if s.published.earliest and s.published.latest]
    when = ""
    if known:
        lo, hi = min(p.earliest for p in known), max(p.latest for p in known)  # type: ignore[type-var]
        when = f", published {lo:%b %Y}" + (f" – {hi:%b %Y}" if (lo.year, lo.month) != (hi.year, hi.month) else "")
    undated = len(sources) - len(known)
    note = f" ({undated:,} with no known date)" if undated else ""
    return (f"Sources: {len(sources):,} reports from {outlets:,} outlet{'s' if outlets > 1 else ''}{when}{note} — "
            f"{CAVEAT}.")


def window_words(state: MapState) -> str:
    w = state.window
    if w.start == w.end:
        return f"{w.start.day} {w.start:%B %Y}"
    if w.start.year == w.end.year:
        return f"{w.start.day} {w.start:%B} – {w.end.day} {w.end:%B %Y}"
    return f"{w.start.day} {w.start:%B %Y} – {w.end.day} {w.end:%B %Y}"


def exported_on(today: date) -> str:
    """'1 Dec 2026 from Corridor Watch': what follows "Exported" on every picture, slide and file."""
    return f"{today.day} {today:%b %Y} from Corridor Watch"


def claim_line(seen: WindowedClaim, sources: dict[str, Source]) -> str:
    """One claim in a sentence, for footnotes and tables."""
    c = seen.claim
    count = f"{format_count(c)} · " if c.count is not None else ""
    return (f"{KIND_LABELS[c.kind]}: {count}{format_period(c)} — claimed by {c.claimant}, "
            f"as reported by {sources[c.source_id].outlet}")


@dataclass(frozen=True)
class Briefing:
    """One view, ready to be shown: the map and every word around it."""

    state: MapState
    map: MapView
    title: str
    window_text: str
    summary: str  # counts shown / outside / undated, from describe_window
    sources: tuple[Source, ...]  # those of the claims in view
    source_line: str
    attribution: str
    exported_on: str  # see exported_on()
    selected: Claim | None
    base_url: str = DEFAULT_BASE_URL  # the dashboard the view's link opens

    @property
    def link(self) -> str:
        """A full link that opens this view on the dashboard (what slides' notes and handouts carry)."""
        parts = urlsplit(self.base_url)  # the dashboard's root: the Map page opens there
        root = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else DEFAULT_BASE_URL.rstrip("/")
        return f"{root}/?{urlencode(to_query(self.state))}"

    @property
    def exported(self) -> str:
        return f"Exported {self.exported_on}"

    @property
    def shown(self) -> list[WindowedClaim]:
        return self.map.result.shown

    @property
    def places(self) -> tuple[Place, ...]:
        return self.map.places

    @property
    def as_written(self) -> Mapping[str, str]:
        return self.map.as_written

    @property
    def log_places(self) -> Mapping[str, Place]:
        """Every place a log's checkpoint may be (the map's places are only those the view draws)."""
        return self.map.log_places


def build_briefing(ds: Dataset, countries: gpd.GeoDataFrame, state: MapState, *,
                   today: date | None = None, text_scale: float = 1.0, base_url: str = DEFAULT_BASE_URL,
                   logs=None) -> Briefing:
    """`logs`: the store's DailyCube, when it has logs (their figures join the map, apart from the claims)."""
    mv = build_map_view(ds, countries, state.settings, state.layers, center=(state.lon, state.lat),
                        zoom=state.zoom, selected=state.claim, text_scale=text_scale,
                        viewport=state.px, logs=logs)
    in_view = {s.claim.source_id for s in mv.result.shown}
    sources = tuple(s for s in ds.sources if s.source_id in in_view)
    # A session may hold a claim the data no longer has: nothing is selected then.
    selected = next((c for c in ds.claims if c.claim_id == state.claim), None) if state.claim else None
    return Briefing(
        state=state,
        map=mv,
        title=TITLE,
        window_text=window_words(state),
        summary=describe_window(mv),
        sources=sources,
        # a window with logged figures and no claim cites the logs alone, not every report in the store
        source_line=(("No report in view." if not sources and log_source_line(mv.logs) else
                      source_line(sources or tuple(ds.sources))) + log_source_line(mv.logs)),
        attribution=FULL_ATTRIBUTION,
        exported_on=exported_on(today or date.today()),
        selected=selected,
        base_url=base_url or DEFAULT_BASE_URL,
    )


def _by_place(b: Briefing, marks: Sequence[dict]) -> list[str]:
    """Claim marks named by their place, with how many and when: 'Baku (2 claims, 11 Aug 2021)'."""
    rows = b.map.layers.rows
    names = {tuple(r["position"]): r["label"] or r.get("hidden_label", "") for r in rows["places"] + rows["areas"]
             if r["label"] or r.get("hidden_label")}
    by_place: dict[str, list[tuple[int, str]]] = {}
    for r in marks:
        lon, lat = r["position"]
        where = r.get("where") or names.get(tuple(r["position"]), f"{lat:.2f}°N {lon:.2f}°E")
        by_place.setdefault(where, []).append((r.get("n", 1), r["when"]))  # a group mark stands for n claims
    out = []
    for place, marks_here in by_place.items():
        n = sum(k for k, _ in marks_here)
        whens = sorted({w for _, w in marks_here})
        out.append(f"{place} ({n:,} claim{'s' if n > 1 else ''}, {', '.join(whens[:3])}{' …' if len(whens) > 3 else ''})")
    return out


def outside_frame(b: Briefing, extent_lonlat: tuple[float, float, float, float]) -> list[str]:
    """Claims in the window whose marks fall outside a frame (the picture, or the map as the analyst left it),
    named so a reader knows they exist."""
    x0, y0, x1, y1 = extent_lonlat
    rows = b.map.layers.rows
    return _by_place(b, [r for r in rows["claims"] + rows["crossing_days"] + rows.get("unlabelled", [])
                         + rows.get("groups", []) if not (x0 <= r["position"][0] <= x1 and y0 <= r["position"][1] <= y1)])


def unlabelled(b: Briefing) -> list[str]:
    """Claims whose labels found no room on a narrow map (they are named under it instead)."""
    return _by_place(b, b.map.layers.rows.get("unlabelled", []))


def in_frame_count(b: Briefing, extent_lonlat: tuple[float, float, float, float]) -> int:
    """How many of the window's claims have a mark (label, dot or flow) inside the frame."""
    rows = in_frame({k: b.map.layers.rows.get(k, []) for k in ("claims", "crossing_days", "unlabelled", "flows",
                                                               "groups")}, extent_lonlat)  # the legend's own test
    ids = {r["claim_id"] for k in ("claims", "crossing_days", "unlabelled") for r in rows[k]}
    ids |= {cid for r in rows["flows"] for cid in r.get("claim_ids", ())}
    groups = b.map.layers.groups
    return len(ids | {cid for k in ("flows", "groups") for r in rows[k] if r.get("group_id") in groups
                      for cid in groups[r["group_id"]].claim_ids})
