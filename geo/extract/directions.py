"""Rule 4, direction: origin, destination and via from the cue word before each place mention.
A crossing point or a route named earlier is the way through; events that move nothing keep only
a route and a place."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..model import Mention, Place
from .counts import CountReading
from .verbs import _MOVING_KINDS, _Verb, movement_verbs

_TWO_WAY = re.compile(r"\b(?:in\s+both\s+directions|in\s+either\s+direction|both\s+ways)\b", re.I)
_TURNED_BACK = re.compile(r"\b(?:turned|sent)\s+back\b", re.I)
_RETURN_HOME = re.compile(r"\breturn(?:ed|s|ing)?\s+home\b", re.I)
_RECEIVING = re.compile(r"^(?:host|t(?:ook|aken|akes)\s+in|welcomed|(?:re)?settled|permanent)", re.I)

_CUES = {
    "destination": r"to|into|towards|toward|entered|entering|enters|enter|arrived\s+in|arrived\s+at"
                   r"|arriving\s+in|reached|heading\s+(?:to|for)|bound\s+for|landed\s+in|landed\s+at",
    "origin": r"from|left|leaving|leaves|departed|departing|out\s+of|exited|exiting|fled",
    "via": r"via|through|along|across",
    "road": r"on",
    "located": r"in|at|near|inside",
}
# Words allowed between a cue and its place: "entering the zone in Azerbaijan's Karabakh".
_FILLER = (r"(?:(?i:the|a|an|zone|region|city|town|village|territory|area|capital|district|province|side"
           r"|border|direction|part|outskirts|centre|center|of|in|at|occupied|so-called|own|hospitals?|hotels?"
           r"|camps?|shelters?|homes?|medical|centres?|centers?|clinics?|dormitor(?:y|ies)|temporary|housing"
           r"|accommodation|facilit(?:y|ies)|schools?|collective|relatives)|[A-Z][\w-]*['’]s)")
_ROLE_CUE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{role}>(?i:{cue}))" for role, cue in _CUES.items())
    + rf")\s+(?:{_FILLER}\s+){{0,4}}$")
# "according to the Artsakh Information Headquarters", "due to", "next to": a 'to' that goes nowhere.
_NOT_A_ROUTE_TO = re.compile(
    r"\b(?:according|due|close|next|compared|thanks|similar|belonging)\s+to\s+(?:the\s+)?$", re.I)
# ", the Armenian town across the Aras": a description of the place before, not a stop on the way.
_APPOSITIVE = re.compile(r"^\s*,\s*(?:the|a|an)\b[^,]*$", re.I)
_ROUTE_KINDS = frozenset({"road", "corridor"})
_ROUTE_WORDS = re.compile(r"(?:highway|road|corridor|route)$", re.I)
_PASSAGE_KINDS = frozenset({"border_crossing", "bridge", "checkpoint"})
_PASSAGE_AFTER = re.compile(r"\s+(?:border\s+)?(?:terminal|crossing|checkpoint|border\s+post)\b", re.I)
# "the highway", "the corridor", "the post": a route named earlier in the text, unless the phrase itself says
# which one ("the road to Armenia", "the checkpoint at the Hakari bridge").
_ROUTE_ANAPHOR = re.compile(
    r"\bthe\s+(?P<noun>highway|road|motorway|corridor|route|post|section|stretch|checkpoint|crossing|terminal"
    r"|bridge)\b", re.I)
_ANAPHOR_QUALIFIER = re.compile(
    r"\s+(?P<word>to|from|into|out\s+of|between|linking|that\s+links|which\s+links|at|of)\b", re.I)
_ANAPHOR_KINDS = {"highway": _ROUTE_KINDS - {"corridor"}, "road": _ROUTE_KINDS - {"corridor"},
                  "motorway": _ROUTE_KINDS - {"corridor"}, "corridor": frozenset({"corridor"}),
                  "route": _ROUTE_KINDS, "post": _ROUTE_KINDS, "section": _ROUTE_KINDS, "stretch": _ROUTE_KINDS,
                  "checkpoint": _PASSAGE_KINDS, "crossing": _PASSAGE_KINDS, "terminal": _PASSAGE_KINDS,
                  "bridge": frozenset({"bridge"})}
_ANAPHOR_CUE = re.compile(r"(?<![\w-])(?:via|through|along|across|on|at)\s+$", re.I)
# "along the Goris-Stepanakert route", "in the direction of Khankendi-Gorus": a road named by its ends, read
# in the order written, gives a movement that names no other end its origin and destination.
_ALONG_ENDS = re.compile(r"(?<![\w-])(?:along|direction\s+of|towards?)\s+(?:the\s+)?$", re.I)


def along_ends(text: str, window: tuple[int, int], roles: Roles, index: MentionIndex) -> Roles:
    if roles.origin or roles.destination:
        return roles
    if roles.via is not None and (ends := index.ends(roles.via)) is not None \
            and _ALONG_ENDS.search(text[max(0, roles.via.start - 30):roles.via.start]):
        return replace(roles, origin=ends[0], destination=ends[1])
    named = index.within(*window)  # "in the direction of Khankendi-Gorus", two names a dash apart
    for a, b in zip(named, named[1:]):
        if a.place_id and b.place_id and re.fullmatch(r"\s*[-–—]\s*", text[a.end:b.start]) \
                and _ALONG_ENDS.search(text[max(0, a.start - 30):a.start]):
            return replace(roles, origin=a, destination=b)
    return roles


@dataclass(frozen=True)
class Roles:
    origin: Mention | None = None
    destination: Mention | None = None
    via: Mention | None = None
    located: Mention | None = None

    @property
    def any(self) -> bool:
        return any((self.origin, self.destination, self.via, self.located))


class MentionIndex:
    """A text's mentions by position, so that each sentence looks only at its own: reading a long report
    costs time in proportion to its length, not to its length times its mentions."""

    def __init__(self, mentions: Sequence[Mention], places: Mapping[str, Place], inner: Sequence[Mention] = ()):
        self.mentions = tuple(sorted(mentions, key=lambda m: m.start))
        self.places = places
        self._inner = sorted((m for m in inner if m.place_id), key=lambda m: m.start)
        self._inner_starts = [m.start for m in self._inner]
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        self._by_kinds: dict[frozenset[str], tuple[list[int], list[Mention]]] = {}

    def within(self, lo: int, hi: int) -> tuple[Mention, ...]:
        """Mentions that lie wholly inside [lo, hi)."""
        i, j = bisect_left(self._starts, lo), bisect_right(self._starts, hi)
        return tuple(m for m in self.mentions[i:j] if m.end <= hi)

    def ends(self, m: Mention) -> tuple[Mention, Mention] | None:
        """The first and last towns named inside a road named by its ends ('the Goris-Stepanakert route')."""
        i, j = bisect_left(self._inner_starts, m.start), bisect_left(self._inner_starts, m.end)
        inside = [x for x in self._inner[i:j] if x.end <= m.end]
        return (inside[0], inside[-1]) if len(inside) >= 2 and inside[0].place_id != inside[-1].place_id else None

    def overlaps(self, lo: int, hi: int) -> bool:
        i, j = bisect_left(self._starts, lo - self._longest), bisect_left(self._starts, hi)
        return any(m.start < hi and lo < m.end for m in self.mentions[i:j])

    def last_before(self, pos: int, kinds: frozenset[str]) -> Mention | None:
        """The latest resolved mention of a place of these kinds that ends by `pos` (mentions never overlap,
        so the last to end is the last to start)."""
        if kinds not in self._by_kinds:
            picked = sorted((m for m in self.mentions if m.place_id and _place_kind(m, self.places) in kinds),
                            key=lambda m: m.end)
            self._by_kinds[kinds] = ([m.end for m in picked], picked)
        ends, picked = self._by_kinds[kinds]
        i = bisect_right(ends, pos)
        return picked[i - 1] if i else None


def read_roles(text: str, window: tuple[int, int], mentions: Sequence[Mention], places: Mapping[str, Place]) -> Roles:
    """Origin, destination, via and location of the mentions inside text[window]; the first of each wins.
    `text` is the full source text; mentions carry offsets into it."""
    return _first_roles(_role_pairs(text, window, mentions, places))


def _role_pairs(text: str, window: tuple[int, int], mentions: Sequence[Mention],
                places: Mapping[str, Place]) -> list[tuple[Mention, str | None]]:
    """Each mention in the window with the role its cue gives it (None without a cue)."""
    lo, hi = window
    pairs: list[tuple[Mention, str | None]] = []
    previous_end, previous_role = lo, None
    for m in sorted(mentions, key=lambda m: m.start):
        if not (lo <= m.start and m.end <= hi) or _is_possessor(text, m):
            continue  # "Azerbaijan's Karabakh": the place is Karabakh
        role = _role_of(text[previous_end:m.start], m, places, previous_role)
        previous_end, previous_role = m.end, role
        pairs.append((m, role))
    return pairs


def _first_roles(pairs: list[tuple[Mention, str | None]]) -> Roles:
    found: dict[str, Mention] = {}
    for m, role in pairs:
        if role and role not in found:
            found[role] = m
    return Roles(found.get("origin"), found.get("destination"), found.get("via"), found.get("located"))


def _is_possessor(text: str, m: Mention) -> bool:
    return text[m.end:m.end + 2] in ("'s", "’s")


def _role_of(before: str, m: Mention, places: Mapping[str, Place], previous_role: str | None) -> str | None:
    if _APPOSITIVE.match(before):
        return "appositive"
    if previous_role in ("origin", "via") and re.fullmatch(r"\s+for\s+(?:[a-z][\w-]*\s+){0,4}", before):
        return "destination"  # "left Stepanakert for Armenia", "set off from Baku for the restored city of Fuzuli"
    cue = _ROLE_CUE.search(before)
    if not cue or _NOT_A_ROUTE_TO.search(before):
        return None
    role = next(r for r, v in cue.groupdict().items() if v)
    if role == "road":  # "on the Gorus-Gafan highway": 'on' names a route, not a town
        return "via" if _is_route(m, places) else None
    return role


def _is_route(m: Mention, places: Mapping[str, Place]) -> bool:
    place = places.get(m.place_id or "")
    return (place is not None and place.kind in _ROUTE_KINDS) or bool(_ROUTE_WORDS.search(m.surface))


def _is_passage(text: str, m: Mention, places: Mapping[str, Place]) -> bool:
    """A crossing point: a border crossing, bridge or checkpoint, or a name before 'terminal'/'crossing'."""
    place = places.get(m.place_id or "")
    return (place is not None and place.kind in _PASSAGE_KINDS) or bool(_PASSAGE_AFTER.match(text, m.end))


def _is_way(text: str, m: Mention, places: Mapping[str, Place]) -> bool:
    """A road, corridor or crossing point that a movement is 'at' or crosses is the way it goes."""
    return _is_route(m, places) or _is_passage(text, m, places)


def _place_kind(m: Mention, places: Mapping[str, Place]) -> str | None:
    place = places.get(m.place_id or "")
    if place is not None:
        return place.kind
    return "road" if _ROUTE_WORDS.search(m.surface) else None


def route_anaphor(text: str, window: tuple[int, int], mentions: MentionIndex | Sequence[Mention],
                  places: Mapping[str, Place], any_cue: bool) -> Mention | None:
    """'through the corridor', 'at the post', 'the road was closed': the last route of that sort named before,
    as a mention of its own words. A moving claim needs a route cue before it; a standing one does not."""
    index = mentions if isinstance(mentions, MentionIndex) else MentionIndex(tuple(mentions), places)
    lo, hi = window
    for m in _ROUTE_ANAPHOR.finditer(text, lo, hi):
        if index.overlaps(m.start(), m.end()):
            continue  # part of a name ("the Goris–Kapan road")
        cued = bool(_ANAPHOR_CUE.search(text[max(lo, m.start() - 20):m.start()]))
        if (not any_cue and not cued) or _qualified(text, m.end(), cued):
            continue
        kinds = _ANAPHOR_KINDS[m.group("noun").lower()]
        named = index.last_before(m.start(), kinds)
        if named is not None:
            return Mention(named.source_id, m.start(), m.end(), m.group(), named.place_id, named.confidence,
                           named.review_status)
    return None


def _qualified(text: str, end: int, cued: bool) -> bool:
    """'the road to Armenia' says which road it is; in 'through the corridor to Stepanakert' the 'to' belongs
    to the movement, so after a route cue only 'between', 'at', 'of' … qualify."""
    q = _ANAPHOR_QUALIFIER.match(text, end)
    if q is None:
        return False
    return not (cued and q.group("word").lower().split()[0] in ("to", "from", "into", "out"))


def _two_way_counts(text: str, counts: list[CountReading]) -> set[int]:
    """'in both directions' belongs to the count just before it: that count has no origin or destination."""
    found = set()
    for m in _TWO_WAY.finditer(text):
        before = [i for i, c in enumerate(counts) if c.end <= m.start()]
        if before:
            found.add(before[-1])
    return found


def _moves(kind: str, text: str) -> bool:
    """Movement kinds move; a restriction moves only when it names a trip ('detained for travelling to X',
    'turned back to Gorus')."""
    if kind in _MOVING_KINDS:
        return True
    trip = any(v.kind != "traffic" for v in movement_verbs(text)) or bool(_TURNED_BACK.search(text))
    return kind in ("restriction", "detention") and trip


def _adjusted(roles: Roles, verb: _Verb | None, segment: str, two_way: bool) -> Roles:
    """'returned home': home is where they are from, and they left where they were; 'a camp in Kajaran hosted
    38 children', 'resettled in Fuzuli': the host's place, where they settled, is the destination; a two-way count
    has neither end."""
    if two_way:
        return replace(roles, origin=None, destination=None)
    if _RETURN_HOME.search(segment):
        return replace(roles, origin=roles.located, destination=roles.origin)
    if verb is not None and _RECEIVING.match(verb.text) and roles.destination is None:
        return replace(roles, destination=roles.located)
    return roles


# Where "in" and "out" are read from: Karabakh on the Lachin corridor, Armenia at its border with Iran. The box
# is schematic (the former oblast's extent, Lachin and Goris left outside); a place in it is "in Karabakh".
_KARABAKH_IDS = frozenset({"khankendi", "shusha", "karabakh"})
_KARABAKH_BOX = (46.60, 39.45, 47.25, 40.35)  # lon/lat
_STORY_COUNTRIES = frozenset({"AM", "AZ", "IR", None, ""})  # whose borders the story's entries and exits cross
_IRAN_IDS = frozenset({"iran", "tehran", "east-azerbaijan", "khuzestan"})
# Towns of the surrounding districts that the box takes in but the former oblast did not.
_AROUND_KARABAKH = frozenset({"Aghdam", "Agdam", "Fuzuli", "Füzuli", "Jabrayil", "Cəbrayıl", "Tartar", "Tərtər",
                              "Aghjabadi", "Barda"})


def _neighbour(pid: str | None, places: Mapping[str, Place]) -> bool:
    """Turkey, Georgia or Russia named as a country: the far side of a border the story counts."""
    place = places.get(pid or "")
    return place is not None and place.kind == "country" and place.country in ("TR", "GE", "RU")


def _in_iran(pid: str | None, places: Mapping[str, Place]) -> bool:
    place = places.get(pid or "")
    return pid in _IRAN_IDS or (place is not None and place.country == "IR" and place.kind != "border_crossing")


def _in_karabakh(pid: str | None, places: Mapping[str, Place]) -> bool:
    if pid in _KARABAKH_IDS:
        return True
    place = places.get(pid or "")
    if place is None or place.kind not in ("settlement", "region") or place.country not in ("AZ", None) \
            or place.name in _AROUND_KARABAKH:
        return False
    m = re.match(r"POINT \(([-\d.]+) ([-\d.]+)\)", place.wkt)
    x0, y0, x1, y1 = _KARABAKH_BOX
    return bool(m) and x0 <= float(m.group(1)) <= x1 and y0 <= float(m.group(2)) <= y1


_IRAN_WAYS = frozenset({"agarak-norduz", "kapan-meghri-agarak"})
_KARABAKH_WAYS = frozenset({"lachin-corridor", "hakari-bridge"})


def theatre(mentions: Sequence[Mention], places: Mapping[str, Place]) -> str | None:
    """Which border a text is about: 'karabakh' when it names places in Karabakh far more than in Iran, 'iran' the
    other way round, else None. It says which way 'towards Armenia' crosses."""
    k = sum(_in_karabakh(m.place_id, places) or m.place_id in _KARABAKH_WAYS for m in mentions if m.place_id)
    i = sum(m.place_id in _IRAN_IDS or m.place_id in _IRAN_WAYS or getattr(places.get(m.place_id), "country", None) == "IR"
            for m in mentions if m.place_id)
    if k and k >= 2 * i:
        return "karabakh"
    if i and i >= 2 * k:
        return "iran"
    return None


def directed_kind(kind: str, roles: Roles, places: Mapping[str, Place], border: str | None = None) -> str:
    """A vehicle crossing with a stated end is an entry or an exit: into or out of Karabakh, into or out of
    Armenia from Iran ('convoys from Goris to Stepanakert' enter). The ends outrank the verb ('left Goris for
    Stepanakert' enters Karabakh); leaving a town inside Armenia for nowhere named crosses no border."""
    if kind not in ("crossing", "entry", "exit"):
        return kind
    origin = roles.origin.place_id if roles.origin else None
    destination = roles.destination.place_id if roles.destination else None
    to_k, from_k = _in_karabakh(destination, places), _in_karabakh(origin, places)
    if to_k != from_k and (destination or origin):
        if to_k and destination:
            return "entry"
        if from_k and origin:
            return "exit"
    if origin and destination and to_k and from_k:
        return "crossing"  # "along the Stepanakert-Martuni road": a trip inside Karabakh
    ends = [places.get(origin or ""), places.get(destination or "")]
    if all(p is not None and p.kind == "settlement" and p.country for p in ends) and ends[0].country == ends[1].country \
            and not to_k and not from_k:
        return "crossing"  # "two vans brought bread from Goris to Kapan": a trip inside one country crosses no border
    # at a border with Iran, in and out are read from the other side, whatever the verb: "91,300 trucks left Iran
    # for Azerbaijan" enter Azerbaijan, "77,120 entered Iran" left it (as "returned to Norduz" leaves Armenia)
    to_iran, from_iran = _in_iran(destination, places), _in_iran(origin, places)
    # ("a convoy left Tabriz for the border villages" goes nowhere across a border: an Iranian town alone is no side)
    if from_iran and not to_iran and (destination is not None or origin in _IRAN_IDS):
        return "entry"
    if to_iran and not from_iran and (origin is not None or destination in _IRAN_IDS):
        return "exit"
    # the same at the other neighbours' borders, named as countries: "crossed into Russia at Samur" leaves
    # Azerbaijan, "entered Armenia from Georgia" enters Armenia
    to_out, from_out = _neighbour(destination, places), _neighbour(origin, places)
    if to_out and not from_out:
        return "exit"
    if from_out and not to_out:
        return "entry"
    way = roles.via.place_id if roles.via else None
    border = "iran" if way in _IRAN_WAYS else "karabakh" if way in _KARABAKH_WAYS else border  # the way says first
    if border and kind in ("crossing", "entry") and destination == "armenia" and origin is None:
        return "exit" if border == "karabakh" else "entry"  # "1,850 vehicles crossed the checkpoint towards Armenia"
    if border and kind in ("crossing", "exit") and origin == "armenia" and destination is None:
        return "entry" if border == "karabakh" else "exit"
    home, there = places.get(origin or ""), places.get(destination or "")
    if kind == "exit" and destination is None and home is not None and home.kind == "settlement":
        return "crossing"  # "the convoy left Yerevan", "left Tabriz": a town is left, no border crossed
    if kind == "entry" and origin is None and there is not None and there.kind == "settlement" and not to_k:
        return "crossing"  # "six army trucks reached Akhtala": a town reached, no border crossed
    # a town of a country beyond the story's borders: "a train left Dimitrovgrad in the Ulyanovsk region" leaves nothing
    # the story counts ("entered Georgia" names the country and keeps its direction)
    if kind == "exit" and home is not None and home.kind == "settlement" and home.country not in _STORY_COUNTRIES:
        return "crossing"
    if kind == "entry" and there is not None and there.kind == "settlement" and there.country not in _STORY_COUNTRIES:
        return "crossing"
    return kind
