"""Reading and writing the dataset. All reads and writes go through here so that
another backend (PostGIS for a team) is an addition, not a rewrite.

- `load_dataset(data_dir)` reads the embedded seed: JSON and text files in `data/`.
- `GeoPackageStore` is the working store: one GeoPackage file that QGIS opens as
  layers (sources, places, mentions, claims, corrections). A write takes a lock,
  writes a complete new file beside the old one and renames it over: a crash or an
  error mid-write leaves the store exactly as it was, and two writers queue.
"""
from __future__ import annotations

import json
import math
import os
import tempfile
import time
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
from filelock import FileLock
from shapely import wkt as shapely_wkt

from .basemap import load_countries
from .claims import claim_from_record, claim_geometry_wkt, claim_problems, claim_row, load_claims
from .gazetteer import load_places
from .geoparse import find_mentions
from .model import Claim, Dataset, Mention, Place, PlaceName, PublishedDate, Source
from .sources import load_sources

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_STORE = DATA_DIR / "store" / "corridor-watch.gpkg"
LAYERS = ("sources", "places", "mentions", "claims", "corrections")
LOCK_TIMEOUT_S = 120
WRITE_CHUNK_ROWS = 20_000


class DatasetError(ValueError):
    pass


def is_store_file(path: Path) -> bool:
    """Whether a file is a Corridor Watch store: a GeoPackage holding the store's layers. Read-only, and
    never raises: anything that is not such a file is simply not one."""
    import sqlite3

    try:
        if not Path(path).is_file() or Path(path).stat().st_size < 100:
            return False
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return False
    return {"sources", "claims", "corrections"} <= names


def load_dataset(data_dir: Path = DATA_DIR) -> Dataset:
    """Sources, gazetteer, claims and place mentions from a data folder; checked as a whole."""
    required = ["gazetteer.json", "claims.json", "basemap/countries.geojson"]
    missing = [name for name in required if not (data_dir / name).is_file()]
    if not any((data_dir / "sources").glob("*.json")):
        missing.append("sources/*.json")
    if missing:
        raise DatasetError(f"{data_dir} is not a Corridor Watch data folder: missing {', '.join(missing)}")
    sources = load_sources(data_dir / "sources")
    places = load_places(data_dir / "gazetteer.json", load_countries(data_dir / "basemap" / "countries.geojson"))
    claims = load_claims(data_dir / "claims.json")
    problems = claim_problems(claims, {s.source_id: s for s in sources}, {p.place_id for p in places})
    if problems:
        raise DatasetError("the dataset has problems:\n- " + "\n- ".join(problems))
    mentions = tuple(m for s in sources for m in find_mentions(s, places))
    return Dataset(sources=sources, places=places, claims=claims, mentions=mentions)


# --- corrections ------------------------------------------------------------

@dataclass(frozen=True)
class Correction:
    """An analyst's decision; kept apart from what ingest produces, so it survives re-ingest."""

    target: str  # "mention", "claim" or "source"
    target_id: str
    action: str  # confirm, reject, pick, place, grade
    value: str = ""  # a place id, "lon,lat", a grade
    created: str = ""


def apply_corrections(ds: Dataset, corrections: Sequence[Correction]) -> Dataset:
    """The dataset as the analysts left it: later decisions win."""
    places = {p.place_id: p for p in ds.places}
    mentions = {m.mention_id: m for m in ds.mentions}
    claims = {c.claim_id: c for c in ds.claims}
    sources = {s.source_id: s for s in ds.sources}
    for k in corrections:
        if k.target == "mention" and k.target_id in mentions:
            m = mentions[k.target_id]
            if k.action == "confirm":
                m = replace(m, review_status="confirmed")
            elif k.action == "reject":
                m = replace(m, review_status="rejected")
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
            if k.action == "confirm":
                c = replace(c, review_status="confirmed")
            elif k.action == "reject":
                c = replace(c, review_status="rejected")
            elif k.action == "grade":
                c = replace(c, credibility=int(k.value))
            claims[k.target_id] = c
        elif k.target == "source" and k.target_id in sources and k.action == "grade":
            sources[k.target_id] = replace(sources[k.target_id], reliability=k.value)
    return Dataset(tuple(sources.values()), tuple(places.values()), tuple(claims.values()), tuple(mentions.values()))


# --- rows ⇄ records -----------------------------------------------------------

def _none(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    return v


def _int(v) -> int | None:
    v = _none(v)
    return None if v is None else int(v)


def _date(v) -> date | None:
    v = _none(v)
    return date.fromisoformat(v) if v else None


def _frame(rows: list[dict], wkts: list[str | None] | None) -> gpd.GeoDataFrame | pd.DataFrame:
    df = pd.DataFrame(rows)
    if wkts is None:
        return df
    parsed: dict[str, object] = {}  # thousands of mentions share a few places' geometry: parse each once
    geoms = gpd.GeoSeries([(parsed[w] if w in parsed else parsed.setdefault(w, shapely_wkt.loads(w))) if w else None
                           for w in wkts], crs="EPSG:4326")
    return gpd.GeoDataFrame(df, geometry=geoms, crs="EPSG:4326")


def _source_rows(sources: Iterable[Source]) -> list[dict]:
    return [{
        "source_id": s.source_id, "outlet": s.outlet, "title": s.title, "url": s.url,
        "published_earliest": s.published.earliest.isoformat() if s.published.earliest else None,
        "published_latest": s.published.latest.isoformat() if s.published.latest else None,
        "published_precision": s.published.precision, "published_basis": s.published.basis,
        "text": s.text, "body_start": s.body_start, "body_end": s.body_end, "sha256": s.sha256,
        "reliability": s.reliability, "language": s.language, "perspective": s.perspective,
    } for s in sources]


def _source_from(r: dict) -> Source:
    return Source(
        source_id=r["source_id"], outlet=r["outlet"], title=r["title"], url=_none(r.get("url")),
        published=PublishedDate(_date(r.get("published_earliest")), _date(r.get("published_latest")),
                                r["published_precision"], _none(r.get("published_basis")) or ""),
        text=r["text"], body_start=int(r["body_start"]), body_end=int(r["body_end"]), sha256=r["sha256"],
        reliability=r["reliability"], language=_none(r.get("language")) or "en",
        perspective=_none(r.get("perspective")) or "",
    )


def _place_rows(places: Iterable[Place]) -> list[dict]:
    return [{
        "place_id": p.place_id, "name": p.name, "kind": p.kind, "precision": p.precision,
        "coord_source": p.coord_source, "country": p.country, "note": p.note, "geonameid": p.geonameid,
        "label_side": p.label_side, "always_drawn": p.always_drawn,
        "names": json.dumps([[n.text, n.convention, n.script] for n in p.names], ensure_ascii=False),
    } for p in places]


def _place_from(r: dict, wkt: str) -> Place:
    return Place(
        place_id=r["place_id"], name=r["name"],
        names=tuple(PlaceName(t, c, s) for t, c, s in json.loads(r["names"])),
        kind=r["kind"], wkt=wkt, precision=r["precision"], coord_source=r["coord_source"],
        country=_none(r.get("country")), note=_none(r.get("note")) or "", geonameid=_int(r.get("geonameid")),
        label_side=_none(r.get("label_side")) or "right",
        always_drawn=bool(_none(r.get("always_drawn")) if _none(r.get("always_drawn")) is not None else True),
    )


def _mention_rows(mentions: Iterable[Mention]) -> list[dict]:
    return [{
        "mention_id": m.mention_id, "source_id": m.source_id, "start": m.start, "end": m.end,
        "surface": m.surface, "place_id": m.place_id, "confidence": m.confidence,
        "review_status": m.review_status, "candidates": json.dumps(list(m.candidates)), "no_match": m.no_match,
    } for m in mentions]


def _mention_from(r: dict) -> Mention:
    return Mention(
        source_id=r["source_id"], start=int(r["start"]), end=int(r["end"]), surface=r["surface"],
        place_id=_none(r.get("place_id")), confidence=float(r["confidence"]), review_status=r["review_status"],
        candidates=tuple(json.loads(r["candidates"])), no_match=float(r["no_match"]),
    )


def _claim_rows(claims: Iterable[Claim]) -> list[dict]:
    rows = []
    for c in claims:
        row = claim_row(c)
        row.update({
            "breakdown": json.dumps([[n, u] for n, u in c.breakdown], ensure_ascii=False),
            "drawn_along": c.drawn_along, "confidence": c.confidence, "review_status": c.review_status,
            "flags": json.dumps(list(c.flags), ensure_ascii=False), "linked": json.dumps(list(c.linked)),
        })
        rows.append(row)
    return rows


def _claim_from(r: dict) -> Claim:
    rec = {k: _none(v) for k, v in r.items() if k != "geometry"}
    rec["dates"] = rec["dates"].split(";") if rec.get("dates") else []
    rec["breakdown"] = json.loads(rec["breakdown"]) if rec.get("breakdown") else []
    for k in ("count", "quote_start", "quote_end", "credibility"):
        rec[k] = _int(rec.get(k))
    rec["credibility"] = rec["credibility"] or 6
    rec["derived"] = bool(rec.get("derived"))
    rec["derivation"] = rec.get("derivation") or ""
    rec["place_basis"] = rec.get("place_basis") or ""
    claim = claim_from_record(rec)
    return replace(claim, confidence=float(rec.get("confidence") or 1.0),
                   review_status=rec.get("review_status") or "curated",
                   flags=tuple(json.loads(rec.get("flags") or "[]")),
                   linked=tuple(json.loads(rec.get("linked") or "[]")))


# --- the GeoPackage store ------------------------------------------------------

class GeoPackageStore:
    def __init__(self, path: Path = DEFAULT_STORE):
        self.path = Path(path)
        self._lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_S)

    def exists(self) -> bool:
        return self.path.is_file()

    def version(self) -> int:
        """Changes whenever the file is replaced: a cache key for readers."""
        return self.path.stat().st_mtime_ns if self.exists() else 0

    def read_raw(self) -> tuple[Dataset, tuple[Correction, ...]]:
        if not self.exists():
            raise DatasetError(f"no store at {self.path}")

        def layer(name: str):
            return pyogrio.read_dataframe(self.path, layer=name)

        places = []
        pf = layer("places")
        for r, geom in zip(pf.drop(columns="geometry").to_dict("records"), pf.geometry):
            places.append(_place_from(r, geom.wkt))
        sources = tuple(_source_from(r) for r in layer("sources").to_dict("records"))
        mentions = tuple(_mention_from(r) for r in layer("mentions").drop(columns="geometry").to_dict("records"))
        claims = tuple(_claim_from(r) for r in layer("claims").drop(columns="geometry").to_dict("records"))
        corrections = tuple(Correction(**{k: _none(v) or "" for k, v in r.items()})
                            for r in layer("corrections").to_dict("records"))
        return Dataset(sources, tuple(places), claims, mentions), corrections

    def read(self) -> Dataset:
        ds, corrections = self.read_raw()
        return apply_corrections(ds, corrections)

    def _write_file(self, ds: Dataset, corrections: Sequence[Correction], path: Path) -> None:
        places = {p.place_id: p for p in ds.places}

        def mentions(part: Sequence[Mention]):
            return _frame(_mention_rows(part), [places[m.place_id].wkt if m.place_id in places else None
                                                for m in part])

        def claims(part: Sequence[Claim]):
            return _frame(_claim_rows(part), [claim_geometry_wkt(c, places) for c in part])

        # One layer at a time, the long ones in chunks: memory follows a chunk, not the whole store.
        layers = {
            "sources": (ds.sources, lambda part: _frame(_source_rows(part), None)),
            "places": (ds.places, lambda part: _frame(_place_rows(part), [p.wkt for p in part])),
            "mentions": (ds.mentions, mentions),
            "claims": (ds.claims, claims),
            "corrections": (corrections, lambda part: pd.DataFrame(
                [k.__dict__ for k in part], columns=["target", "target_id", "action", "value", "created"])),
        }
        for name, (records, build) in layers.items():
            for i in range(0, max(len(records), 1), WRITE_CHUNK_ROWS):
                frame = build(records[i:i + WRITE_CHUNK_ROWS])
                if frame.empty and not len(frame.columns):
                    frame = pd.DataFrame({"empty": pd.Series([], dtype="object")})
                # mixed Polygon and MultiPolygon stay as they are, in every chunk
                kwargs = ({"geometry_type": "Unknown", "promote_to_multi": False}
                          if isinstance(frame, gpd.GeoDataFrame) else {})
                pyogrio.write_dataframe(frame, path, layer=name, driver="GPKG", append=i > 0, **kwargs)
            _pause_for_tests(name)

    @contextmanager
    def transaction(self):
        """Lock, hand out the current contents, write them back whole, or change nothing."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            for stale in self.path.parent.glob(f".{self.path.stem}.*.tmp.gpkg"):
                stale.unlink(missing_ok=True)  # left by a writer that died; we hold the lock, so it is no one's
            current = self.read_raw() if self.exists() else (Dataset((), (), (), ()), ())
            txn = _Txn(*current)
            yield txn
            if txn.dataset is current[0] and txn.corrections is current[1]:
                return  # nothing changed: the file is not touched
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.stem}.", suffix=".tmp.gpkg", dir=self.path.parent)
            os.close(fd)
            os.unlink(tmp)  # GDAL creates the file itself
            try:
                self._write_file(txn.dataset, txn.corrections, Path(tmp))
                with open(tmp, "rb+") as fh:
                    os.fsync(fh.fileno())
                os.replace(tmp, self.path)
            finally:
                Path(tmp).unlink(missing_ok=True)

    def add_correction(self, correction: Correction) -> None:
        stamped = replace(correction, created=correction.created or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        with self.transaction() as txn:
            txn.corrections = (*txn.corrections, stamped)

    def ensure_seeded(self, data_dir: Path = DATA_DIR) -> None:
        """The embedded seed becomes the store's first source."""
        if self.exists():
            return
        seed = load_dataset(data_dir)
        with self.transaction() as txn:
            if not txn.dataset.sources:
                txn.dataset = seed


@dataclass
class _Txn:
    dataset: Dataset
    corrections: tuple[Correction, ...]


def _pause_for_tests(layer: str) -> None:
    """Lets a test kill a writer in the middle of a write (CORRIDOR_WATCH_PAUSE_AFTER_LAYER=claims)."""
    if os.environ.get("CORRIDOR_WATCH_PAUSE_AFTER_LAYER") == layer:
        print(f"paused after writing {layer}", flush=True)
        time.sleep(float(os.environ.get("CORRIDOR_WATCH_PAUSE_SECONDS", "30")))


def open_store(path: Path | None = None) -> GeoPackageStore:
    """The store the app and CLI use: CORRIDOR_WATCH_STORE, else data/store/corridor-watch.gpkg; seeded on first use."""
    store = GeoPackageStore(Path(path or os.environ.get("CORRIDOR_WATCH_STORE", DEFAULT_STORE)))
    store.ensure_seeded()
    return store


def merge(ds: Dataset, sources: Sequence[Source], places: Sequence[Place], mentions: Sequence[Mention],
          claims: Sequence[Claim]) -> Dataset:
    """Put a source's records into a dataset, replacing what an earlier ingest of it produced."""
    ids = {s.source_id for s in sources}
    keep_sources = [s for s in ds.sources if s.source_id not in ids]
    all_places = {p.place_id: p for p in ds.places}
    for p in places:
        all_places.setdefault(p.place_id, p)
    return Dataset(
        sources=(*keep_sources, *sources),
        places=tuple(all_places.values()),
        claims=(*(c for c in ds.claims if c.source_id not in ids), *claims),
        mentions=(*(m for m in ds.mentions if m.source_id not in ids), *mentions),
    )
