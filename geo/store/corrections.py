"""Analysts' decisions, kept apart from what ingest produces so that they survive re-ingest."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Dataset, Place, PlaceName


@dataclass(frozen=True)
class Correction:
    """An analyst's decision; kept apart from what ingest produces, so it survives re-ingest."""

    target: str  # "mention", "claim" or "source"
    target_id: str
    action: str  # confirm, reject, pick, place, grade
    value: str = ""  # a place id, "lon,lat", a grade
    created: str = ""
    created_by: str = ""  # the account that made it (a PostgreSQL role; on a GeoPackage, the computer's user)


_DECIDED = {"confirm": "confirmed", "reject": "rejected"}  # action → review status


def apply_corrections(ds: Dataset, corrections: Sequence[Correction]) -> Dataset:
    """The dataset as the analysts left it: later decisions win."""
    places = {p.place_id: p for p in ds.places}
    mentions = {m.mention_id: m for m in ds.mentions}
    claims = {c.claim_id: c for c in ds.claims}
    sources = {s.source_id: s for s in ds.sources}
    for k in corrections:
        if k.target == "mention" and k.target_id in mentions:
            m = mentions[k.target_id]
            if k.action in _DECIDED:
                m = replace(m, review_status=_DECIDED[k.action])
            elif k.action == "pick" and k.value in places:
                m = replace(m, place_id=k.value, review_status="corrected", confidence=1.0)
            elif k.action == "place":
                lon, lat = (float(v) for v in k.value.split(","))
                pid = f"analyst-{k.target_id.replace(':', '-')}"
                places[pid] = Place(pid, m.surface, (PlaceName(m.surface, "as_written"),), "settlement",
                                    f"POINT ({lon:.5f} {lat:.5f})", "approximate",
                                    f"placed by an analyst on the map ({k.created or 'date not recorded'})",
                                    always_drawn=False)
                m = replace(m, place_id=pid, review_status="corrected", confidence=1.0)
            mentions[k.target_id] = m
        elif k.target == "claim" and k.target_id in claims:
            c = claims[k.target_id]
            if k.action in _DECIDED:
                c = replace(c, review_status=_DECIDED[k.action])
            elif k.action == "grade":
                c = replace(c, credibility=int(k.value))
            claims[k.target_id] = c
        elif k.target == "source" and k.target_id in sources and k.action == "grade":
            sources[k.target_id] = replace(sources[k.target_id], reliability=k.value)
    return Dataset(tuple(sources.values()), tuple(places.values()), tuple(claims.values()), tuple(mentions.values()))


