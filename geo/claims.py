"""Claims: loading, checking against their source, the date-window semantics, frames.

The window rules (DESIGN.md): a day event shows when its day is in the window;
a listed-days claim shows the listed days that fall inside; a period claim shows
when its period overlaps, flagged when it runs past either edge, and its count is
never scaled; undated claims are kept apart.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .model import (
    CLAIM_KINDS,
    COUNT_QUALIFIERS,
    DATE_PRECISIONS,
    Claim,
    Dataset,
    Place,
    Source,
    Window,
    WindowedClaim,
    WindowResult,
)

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd


class ClaimDataError(ValueError):
    pass


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def claim_from_record(r: Mapping) -> Claim:
    try:
        return Claim(
            claim_id=r["claim_id"],
            source_id=r["source_id"],
            claimant=r["claimant"],
            kind=r["kind"],
            summary=r["summary"],
            date_start=_date(r.get("date_start")),
            date_end=_date(r.get("date_end")),
            date_precision=r["date_precision"],
            quote=r["quote"],
            quote_start=int(r["quote_start"]),
            quote_end=int(r["quote_end"]),
            dates=tuple(date.fromisoformat(d) for d in r.get("dates") or ()),
            count=r.get("count"),
            count_qualifier=r.get("count_qualifier"),
            unit=r.get("unit"),
            breakdown=tuple((int(n), str(u)) for n, u in r.get("breakdown") or ()),
            origin=r.get("origin"),
            destination=r.get("destination"),
            via=r.get("via"),
            place=r.get("place"),
            place_basis=r.get("place_basis", ""),
            drawn_along=r.get("drawn_along"),
            event_group=r.get("event_group"),
            credibility=int(r.get("credibility", 6)),
            status=r.get("status", "reported"),
            derived=bool(r.get("derived", False)),
            derivation=r.get("derivation", ""),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ClaimDataError(f"claim {r.get('claim_id', '?')}: {exc}") from None


def load_claims(path: Path) -> tuple[Claim, ...]:
    return tuple(claim_from_record(r) for r in json.loads(path.read_text(encoding="utf-8"))["claims"])


def claim_problems(claims: Sequence[Claim], sources: Mapping[str, Source], place_ids: set[str]) -> list[str]:
    """Everything wrong with a set of claims; empty when they are sound."""
    problems: list[str] = []
    seen: set[str] = set()
    for c in claims:
        where = f"claim {c.claim_id}"
        if c.claim_id in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(c.claim_id)
        src = sources.get(c.source_id)
        if src is None:
            problems.append(f"{where}: unknown source {c.source_id!r}")
        elif src.text[c.quote_start:c.quote_end] != c.quote:
            problems.append(f"{where}: quote does not match the source text at {c.quote_start}:{c.quote_end}")
        elif not (src.body_start <= c.quote_start and c.quote_end <= src.body_end):
            problems.append(f"{where}: quote lies outside the article body")
        if c.kind not in CLAIM_KINDS:
            problems.append(f"{where}: unknown kind {c.kind!r}")
        if c.date_precision not in DATE_PRECISIONS:
            problems.append(f"{where}: unknown date precision {c.date_precision!r}")
        if c.date_precision != "unknown" and (c.date_start is None or c.date_end is None):
            problems.append(f"{where}: dated claim without start and end")
        if c.date_start and c.date_end and c.date_start > c.date_end:
            problems.append(f"{where}: starts after it ends")
        if c.date_precision == "days" and not c.dates:
            problems.append(f"{where}: listed-days claim without its days")
        if any(not (c.date_start <= d <= c.date_end) for d in c.dates if c.date_start and c.date_end):
            problems.append(f"{where}: a listed day lies outside its start and end")
        if c.count is not None and (not isinstance(c.count, int) or c.count < 0):
            problems.append(f"{where}: count must be a whole number ≥ 0 or null")
        if c.count_qualifier is not None and c.count_qualifier not in COUNT_QUALIFIERS:
            problems.append(f"{where}: unknown count qualifier {c.count_qualifier!r}")
        if not 1 <= c.credibility <= 6:
            problems.append(f"{where}: credibility must be 1-6")
        for role in ("origin", "destination", "via", "place", "drawn_along"):
            pid = getattr(c, role)
            if pid is not None and pid not in place_ids:
                problems.append(f"{where}: {role} {pid!r} is not in the gazetteer")
    return problems


def dated_span(claims: Iterable[Claim]) -> Window | None:
    """The smallest window that holds every dated claim."""
    dated = [c for c in claims if c.is_dated]
    if not dated:
        return None
    return Window(min(c.date_start for c in dated), max(c.date_end for c in dated))  # type: ignore[type-var]


def see_through_window(claim: Claim, window: Window) -> WindowedClaim | None:
    """How a dated claim looks in a window, or None when it falls outside."""
    if claim.date_precision == "days":
        inside = tuple(d for d in claim.dates if window.start <= d <= window.end)
        return WindowedClaim(claim, days_in_window=inside) if inside else None
    assert claim.date_start is not None and claim.date_end is not None
    if claim.date_end < window.start or claim.date_start > window.end:
        return None
    return WindowedClaim(
        claim,
        starts_before=claim.date_start < window.start,
        ends_after=claim.date_end > window.end,
    )


def filter_window(claims: Iterable[Claim], window: Window, plain: dict[str, WindowedClaim] | None = None
                  ) -> WindowResult:
    """`plain`: a cache of the claims seen whole (inside the window, not cut by it), which every window
    that holds them sees alike: a corpus's windows then build only the records of the claims they cut."""
    shown, outside, undated = [], [], []
    start, end = window.start, window.end
    for c in claims:
        if not c.is_dated:
            undated.append(c)
            continue
        if plain is not None and c.date_precision != "days" and start <= c.date_start and c.date_end <= end:
            seen = plain.get(c.claim_id)
            if seen is None:
                seen = plain[c.claim_id] = WindowedClaim(c)
            shown.append(seen)
            continue
        seen = see_through_window(c, window)
        if seen is None:
            outside.append(c)
        else:
            shown.append(seen)
    return WindowResult(tuple(shown), tuple(outside), tuple(undated))


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def format_period(claim: Claim) -> str:
    """'11 Jul–8 Aug 2021', 'Aug 2021', '11 Aug 2021', '15 listed days, 11 Jul–7 Aug 2021' or 'date unknown'."""
    s, e = claim.date_start, claim.date_end
    if not claim.is_dated or s is None or e is None:
        written = next((f for f in claim.flags if f.startswith(("year unknown: date", "year unknown: relative"))),
                       None)
        if written and "'" in written:
            return f"{written.split(chr(39))[1]}, year unknown"  # what the text wrote: "14 March, year unknown"
        return "date unknown"
    if claim.date_precision == "month":
        return f"{s:%b %Y}"
    if s == e:
        return _day(s)
    left = f"{s.day} {s:%b}" if s.year == e.year else _day(s)
    span = f"{left}–{_day(e)}"
    if claim.date_precision == "days":
        return f"{len(claim.dates)} listed days, {span}"
    return span


def format_count(claim: Claim) -> str:
    if claim.count is None:
        return "number not reported"
    ranged = next((f for f in claim.flags if f.startswith("stated as a range: ")), None)
    if ranged:  # "1,000–1,500 people", as the text gives it
        return f"{ranged.removeprefix('stated as a range: ').split(' ')[0]} {claim.unit or ''}".strip()
    prefix = {"about": "about ", "at_least": "at least ", "at_most": "at most "}.get(claim.count_qualifier or "", "")
    text = f"{prefix}{claim.count:,} {claim.unit or ''}".strip()
    if claim.breakdown:
        text += f" ({claim.breakdown_text})"
    return text


def window_note(seen: WindowedClaim) -> str:
    """What a reader must know about how the window cuts this claim."""
    c = seen.claim
    if c.date_precision == "days":
        return f"{len(seen.days_in_window)} of {len(c.dates)} listed days in the window"
    if seen.starts_before and seen.ends_after:
        return "period runs past both edges of the window; count is for the whole period"
    if seen.starts_before:
        return "period starts before the window; count is for the whole period"
    if seen.ends_after:
        return "period runs past the window's end; count is for the whole period"
    return ""


def claim_geometry_wkt(claim: Claim, places: Mapping[str, Place]) -> str | None:
    """Where a claim sits: its route if it has one, else its place, else nowhere."""
    for pid in (claim.via, claim.place, claim.destination, claim.origin):
        if pid and pid in places:
            return places[pid].wkt
    return None


def claims_frame(claims: Iterable[Claim], places: Mapping[str, Place]) -> gpd.GeoDataFrame:
    """Every field of every claim, one row each, with its geometry (EPSG:4326)."""
    import geopandas as gpd  # here, not at the top: ingest and the CLI start without geopandas
    import pandas as pd
    from shapely import wkt as shapely_wkt

    claims = list(claims)
    rows = [claim_row(c) for c in claims]
    geoms = [claim_geometry_wkt(c, places) for c in claims]
    df = pd.DataFrame(rows, columns=CLAIM_FIELDS)
    return gpd.GeoDataFrame(
        df, geometry=gpd.GeoSeries([shapely_wkt.loads(g) if g else None for g in geoms], crs="EPSG:4326")
    )


CLAIM_FIELDS: tuple[str, ...] = (
    "claim_id", "source_id", "kind", "summary", "date_start", "date_end", "date_precision", "dates",
    "count", "count_qualifier", "unit", "breakdown", "origin", "destination", "via", "place", "place_basis",
    "claimant", "quote", "quote_start", "quote_end", "event_group", "credibility", "status", "derived", "derivation",
    "confidence", "review_status", "flags", "linked",
)


def claim_row(c: Claim) -> dict[str, object]:
    """A claim as flat, export-ready values: ISO dates, ';'-joined lists, None for unknown."""
    return {
        "claim_id": c.claim_id,
        "source_id": c.source_id,
        "kind": c.kind,
        "summary": c.summary,
        "date_start": c.date_start.isoformat() if c.date_start else None,
        "date_end": c.date_end.isoformat() if c.date_end else None,
        "date_precision": c.date_precision,
        "dates": ";".join(d.isoformat() for d in c.dates) or None,
        "count": c.count,
        "count_qualifier": c.count_qualifier,
        "unit": c.unit,
        "breakdown": "; ".join(f"{n} {u}" for n, u in c.breakdown) or None,
        "origin": c.origin,
        "destination": c.destination,
        "via": c.via,
        "place": c.place,
        "place_basis": c.place_basis or None,
        "claimant": c.claimant,
        "quote": c.quote,
        "quote_start": c.quote_start,
        "quote_end": c.quote_end,
        "event_group": c.event_group,
        "credibility": c.credibility,
        "status": c.status,
        "derived": c.derived,
        "derivation": c.derivation or None,
        "confidence": c.confidence,
        "review_status": c.review_status,
        "flags": "; ".join(c.flags) or None,
        "linked": ";".join(c.linked) or None,
    }


@dataclass(frozen=True)
class ClaimFilter:
    kinds: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    text: str = ""
    window: Window | None = None  # when set: dated claims in the window only


def filter_claims(ds: Dataset, f: ClaimFilter) -> pd.DataFrame:
    """The claims table: every field, filtered; empty filters keep everything."""
    import pandas as pd

    claims = list(ds.claims)
    if f.window is not None:
        keep = {s.claim.claim_id for s in filter_window(claims, f.window).shown}
        claims = [c for c in claims if c.claim_id in keep]
    if f.kinds:
        claims = [c for c in claims if c.kind in f.kinds]
    if f.precisions:
        claims = [c for c in claims if c.date_precision in f.precisions]
    needle = f.text.strip().casefold()
    if needle:
        claims = [c for c in claims if needle in f"{c.summary} {c.quote} {c.claimant}".casefold()]
    frame = pd.DataFrame([claim_row(c) for c in claims], columns=list(CLAIM_FIELDS))
    reliability = {s.source_id: s.reliability for s in ds.sources}
    frame.insert(2, "source_reliability", frame["source_id"].map(reliability))
    frame.insert(2, "source_outlet", frame["source_id"].map({s.source_id: s.outlet for s in ds.sources}))
    return frame.astype({"count": "Int64", "quote_start": "Int64", "quote_end": "Int64", "credibility": "Int64"})


PAGE_SIZES = (100, 250, 1000)


def table_page(frame: pd.DataFrame, sort_by: str, descending: bool, page: int, size: int
               ) -> tuple[pd.DataFrame, int, int]:
    """One page of the claims table, sorted over all of it (not only the page): (rows, page, pages). Unknown
    values (an unreported count, an undated claim) sort last either way; a page out of range is the last."""
    pages = max(1, -(-len(frame) // size))
    page = min(max(1, page), pages)
    if sort_by in frame.columns:
        frame = frame.sort_values(sort_by, ascending=not descending, na_position="last", kind="stable")
    return frame.iloc[(page - 1) * size: page * size], page, pages
