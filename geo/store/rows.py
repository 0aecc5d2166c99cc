"""Records ⇄ the store's rows: one flat row per record, the column types each table declares, and the
geometry each row carries (a place's shape; a mention's place; a claim's route or place) as WKT."""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..claims import claim_geometry_wkt, claim_row
from ..model import Claim, Mention, Place, PlaceName, PublishedDate, Source
from .corrections import Correction


@dataclass(frozen=True)
class Table:
    name: str
    key: str  # the unique column a write deletes and inserts by
    columns: tuple[tuple[str, str], ...]  # (name, GeoPackage type) in order, the key first
    spatial: bool  # a features table (with a geometry column) or an attributes table

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n, _ in self.columns)


def _t(name: str, key: str, spatial: bool, columns: str) -> Table:
    cols = []
    for part in columns.split():
        col, _, kind = part.partition(":")
        cols.append((col, kind or "TEXT"))
    return Table(name, key, tuple(cols), spatial)


SOURCES = _t("sources", "source_id", False,
             "source_id outlet title url published_earliest published_latest published_precision published_basis "
             "text body_start:INTEGER body_end:INTEGER sha256 reliability language perspective country")
PLACES = _t("places", "place_id", True,
            "place_id name kind precision coord_source country note geonameid:INTEGER label_side "
            "always_drawn:BOOLEAN names")
MENTIONS = _t("mentions", "mention_id", True,
              "mention_id source_id start:INTEGER end:INTEGER surface place_id confidence:REAL review_status "
              "candidates no_match:REAL")
CLAIMS = _t("claims", "claim_id", True,
            "claim_id source_id kind summary date_start date_end date_precision dates count:INTEGER "
            "count_qualifier unit breakdown origin destination via place place_basis claimant quote "
            "quote_start:INTEGER quote_end:INTEGER event_group credibility:INTEGER status derived:BOOLEAN "
            "derivation confidence:REAL review_status flags linked drawn_along")
CORRECTIONS = _t("corrections", "fid", False, "target target_id action value created created_by")
TABLES: tuple[Table, ...] = (SOURCES, PLACES, MENTIONS, CLAIMS, CORRECTIONS)


def _date(v) -> date | None:
    return date.fromisoformat(v) if v else None


def source_row(s: Source) -> dict:
    return {
        "source_id": s.source_id, "outlet": s.outlet, "title": s.title, "url": s.url,
        "published_earliest": s.published.earliest.isoformat() if s.published.earliest else None,
        "published_latest": s.published.latest.isoformat() if s.published.latest else None,
        "published_precision": s.published.precision, "published_basis": s.published.basis,
        "text": s.text, "body_start": s.body_start, "body_end": s.body_end, "sha256": s.sha256,
        "reliability": s.reliability, "language": s.language, "perspective": s.perspective, "country": s.country,
    }


def source_from(r: Mapping) -> Source:
    return Source(
        source_id=r["source_id"], outlet=r["outlet"], title=r["title"], url=r["url"],
        published=PublishedDate(_date(r["published_earliest"]), _date(r["published_latest"]),
                                r["published_precision"], r["published_basis"] or ""),
        text=r["text"], body_start=int(r["body_start"]), body_end=int(r["body_end"]), sha256=r["sha256"],
        reliability=r["reliability"], language=r["language"] or "en", perspective=r["perspective"] or "",
        country=r["country"] or "",
    )


def place_row(p: Place) -> dict:
    return {
        "place_id": p.place_id, "name": p.name, "kind": p.kind, "precision": p.precision,
        "coord_source": p.coord_source, "country": p.country, "note": p.note, "geonameid": p.geonameid,
        "label_side": p.label_side, "always_drawn": p.always_drawn,
        "names": json.dumps([[n.text, n.convention, n.script] for n in p.names], ensure_ascii=False),
    }


def place_from(r: Mapping, wkt: str) -> Place:
    drawn = r["always_drawn"]
    return Place(
        place_id=r["place_id"], name=r["name"],
        names=tuple(PlaceName(t, c, s) for t, c, s in json.loads(r["names"])),
        kind=r["kind"], wkt=wkt, precision=r["precision"], coord_source=r["coord_source"],
        country=r["country"], note=r["note"] or "",
        geonameid=None if r["geonameid"] is None else int(r["geonameid"]),
        label_side=r["label_side"] or "right", always_drawn=True if drawn is None else bool(drawn),
    )


def mention_row(m: Mention) -> dict:
    return {
        "mention_id": m.mention_id, "source_id": m.source_id, "start": m.start, "end": m.end,
        "surface": m.surface, "place_id": m.place_id, "confidence": m.confidence,
        "review_status": m.review_status, "candidates": ";".join(m.candidates), "no_match": m.no_match,
    }


def mention_from(r: Mapping) -> Mention:
    return Mention(
        source_id=r["source_id"], start=int(r["start"]), end=int(r["end"]), surface=r["surface"],
        place_id=r["place_id"], confidence=float(r["confidence"]), review_status=r["review_status"],
        candidates=_ids(r["candidates"]), no_match=float(r["no_match"]),
    )


def claim_store_row(c: Claim) -> dict:
    row = claim_row(c)
    row.update({
        "breakdown": json.dumps([[n, u] for n, u in c.breakdown], ensure_ascii=False),
        "drawn_along": c.drawn_along, "flags": json.dumps(list(c.flags), ensure_ascii=False),
        "linked": ";".join(c.linked),
    })
    return row


def _json_tuple(text: str | None) -> tuple:
    return () if not text or text == "[]" else tuple(json.loads(text))


def _ids(text: str | None) -> tuple[str, ...]:
    """Ids joined with ';' (they hold none); a JSON list in stores an older version wrote."""
    if not text or text == "[]":
        return ()
    return tuple(json.loads(text)) if text.startswith("[") else tuple(text.split(";"))


def claim_from(r: Mapping) -> Claim:
    """Built directly (not through the seed's checked loader): 10,000 claims read in a tenth of a second."""
    dates, breakdown = r["dates"], r["breakdown"]  # rows are sqlite3.Row: every column is there
    return Claim(
        claim_id=r["claim_id"], source_id=r["source_id"], claimant=r["claimant"], kind=r["kind"],
        summary=r["summary"], date_start=_date(r["date_start"]), date_end=_date(r["date_end"]),
        date_precision=r["date_precision"], quote=r["quote"], quote_start=int(r["quote_start"]),
        quote_end=int(r["quote_end"]), dates=tuple(date.fromisoformat(d) for d in dates.split(";")) if dates else (),
        count=None if r["count"] is None else int(r["count"]), count_qualifier=r["count_qualifier"],
        unit=r["unit"],
        breakdown=tuple((int(n), str(u)) for n, u in json.loads(breakdown)) if breakdown and breakdown != "[]" else (),
        origin=r["origin"], destination=r["destination"], via=r["via"], place=r["place"],
        place_basis=r["place_basis"] or "", drawn_along=r["drawn_along"], event_group=r["event_group"],
        credibility=int(r["credibility"] or 6), status=r["status"] or "reported",
        derived=bool(r["derived"]), derivation=r["derivation"] or "",
        confidence=float(r["confidence"] or 1.0), review_status=r["review_status"] or "curated",
        flags=_json_tuple(r["flags"]), linked=_ids(r["linked"]),
    )


def correction_row(k: Correction, user: str = "") -> dict:
    """`user`: who the backend knows is writing (PostgreSQL's current_user), for a decision that names no one."""
    return {"target": k.target, "target_id": k.target_id, "action": k.action, "value": k.value,
            "created": k.created, "created_by": k.created_by or user}


def correction_from(r: Mapping) -> Correction:
    """A store written before decisions said who made them has no `created_by`."""
    return Correction(**{k: r[k] or "" for k in ("target", "target_id", "action", "value", "created")},
                      created_by=(r["created_by"] or "") if "created_by" in r.keys() else "")


def mention_wkt(m: Mention, places: Mapping[str, Place]) -> str | None:
    return places[m.place_id].wkt if m.place_id in places else None


def claim_wkt(c: Claim, places: Mapping[str, Place]) -> str | None:
    return claim_geometry_wkt(c, places)
