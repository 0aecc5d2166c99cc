"""Places and their names → records and a GeoDataFrame; a name or alias → place."""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import LineString, Point, shape

from .choices import DISPLAY_CHOICES  # noqa: F401  (re-exported for pages and views)
from .model import DisplayNames, Place, PlaceName


class UnknownPlace(LookupError):
    pass


class AmbiguousPlace(LookupError):
    def __init__(self, name: str, candidates: Iterable[str]):
        self.candidates = tuple(candidates)
        super().__init__(f"{name!r} could be any of: {', '.join(self.candidates)}")


_FOLD = str.maketrans({"ʻ": "'", "’": "'", "‘": "'", "–": "-", "—": "-"})


def normalize_name(text: str) -> str:
    """Case-, dash- and space-insensitive key for matching names.

    Diacritics are kept on purpose: folding "Şuşa" to "susa" would make Susa
    (a town in Iran) an alias of Shusha. Spelling variants are listed as aliases.
    """
    s = unicodedata.normalize("NFC", text).casefold().replace("i\u0307", "i").translate(_FOLD)
    s = re.sub(r"\s*-\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def _geometry(raw: Mapping, resolved: Mapping[str, Point], countries: gpd.GeoDataFrame | None) -> str:
    if "waypoints" in raw:
        return LineString([resolved[w] for w in raw["waypoints"]]).wkt
    if "from_basemap" in raw:
        if countries is None:
            raise ValueError("country geometry needs the basemap countries")
        match = countries[countries["iso_n3"] == raw["from_basemap"]]
        if match.empty:
            raise ValueError(f"no basemap country with iso_n3 {raw['from_basemap']}")
        return shapely.set_precision(match.geometry.union_all(), 1e-5).wkt
    return shape(raw).wkt


def load_places(path: Path, countries: gpd.GeoDataFrame | None = None) -> tuple[Place, ...]:
    """Read the gazetteer JSON. Roads are built from their waypoints' points."""
    raw_places = json.loads(path.read_text(encoding="utf-8"))["places"]
    points = {
        r["place_id"]: shape(r["geometry"])
        for r in raw_places
        if r["geometry"].get("type") == "Point"
    }
    places = []
    for r in raw_places:
        places.append(
            Place(
                place_id=r["place_id"],
                name=r["name"],
                names=tuple(PlaceName(n["text"], n["convention"], n.get("script", "Latn")) for n in r["names"]),
                kind=r["kind"],
                wkt=_geometry(r["geometry"], points, countries),
                precision=r["precision"],
                coord_source=r["coord_source"],
                country=r.get("country"),
                note=r.get("note", ""),
                geonameid=r.get("geonameid"),
                label_side=r.get("label_side", "right"),
                always_drawn=bool(r.get("always_drawn", True)),
            )
        )
    ids = [p.place_id for p in places]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate place ids in the gazetteer")
    return tuple(places)


def display_name(place: Place, mode: DisplayNames, as_written: Mapping[str, str] | None = None) -> str:
    """The label for a place under a naming convention. Latin script only, for the map."""

    def latin(convention: str) -> str | None:
        return next((n.text for n in place.names if n.convention == convention and n.script == "Latn"), None)

    en = latin("en") or place.name
    if mode == "as_written":
        return (as_written or {}).get(place.place_id) or latin("as_written") or en
    if mode == "both":
        az, hy = latin("az") or en, latin("hy") or en
        return az if az == hy else f"{az} / {hy}"
    return latin(mode) or en


def places_frame(places: Iterable[Place], mode: DisplayNames = "as_written",
                 as_written: Mapping[str, str] | None = None) -> gpd.GeoDataFrame:
    places = list(places)
    return gpd.GeoDataFrame(
        {
            "place_id": [p.place_id for p in places],
            "name": [p.name for p in places],
            "label": [display_name(p, mode, as_written) for p in places],
            "names": ["; ".join(f"{n.text} ({n.convention})" for n in p.names) for p in places],
            "kind": [p.kind for p in places],
            "precision": [p.precision for p in places],
            "coord_source": [p.coord_source for p in places],
            "geonameid": [p.geonameid for p in places],
            "note": [p.note for p in places],
        },
        geometry=gpd.GeoSeries.from_wkt([p.wkt for p in places], crs="EPSG:4326"),
        crs="EPSG:4326",
    )


class NameIndex:
    """Every name and alias of every place, folded for matching."""

    def __init__(self, places: Iterable[Place]):
        self._by_key: dict[str, set[str]] = {}
        self._places = {p.place_id: p for p in places}
        for p in self._places.values():
            for n in (*p.names, PlaceName(p.name, "en")):
                self._by_key.setdefault(normalize_name(n.text), set()).add(p.place_id)

    def keys(self) -> list[str]:
        return list(self._by_key)

    def candidates(self, name: str) -> tuple[Place, ...]:
        ids = self._by_key.get(normalize_name(name), set())
        return tuple(self._places[i] for i in sorted(ids))

    def resolve(self, name: str) -> Place:
        found = self.candidates(name)
        if not found:
            raise UnknownPlace(f"no place called {name!r} in the gazetteer")
        if len(found) > 1:
            raise AmbiguousPlace(name, (p.place_id for p in found))
        return found[0]


def gazetteer_only(places: Iterable[Place]) -> tuple[Place, ...]:
    """The curated gazetteer's places, without those GeoNames or an analyst added to a store: what the
    geoparser is built from."""
    return tuple(p for p in places if not p.place_id.startswith(("gn-", "analyst-")))
