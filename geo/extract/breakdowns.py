"""Breakdowns: figures after a colon, a dash, 'of which' or 'including' that add up exactly to the figure before
them are its parts, one claim, never a double count."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .units import VEHICLE_UNITS
from .verbs import _MOVEMENT

if TYPE_CHECKING:
    from .counts import CountReading

_MOVEMENT_WORD = re.compile(rf"\b(?:{_MOVEMENT.pattern})\b", re.I)  # whole words: 'buses' holds no 'uses'

# What may stand between a figure and the parts that make it up: "47 trucks entered Karabakh: 30 cargo trucks and
# 17 tankers", "47 trucks – 30 cargo trucks and 17 tankers –", "of which", "comprising".
_PARTS_OPEN = re.compile(r"(?::|\s[–—-]\s|\bcompris\w*|\bconsist\w*\s+of|\bof\s+which|\bmade\s+up\s+of|\bnamely"
                         r"|\bincluding)", re.I)  # "28 people, including 5 ICRC members, 9 drivers … and 1 medical worker"
_FAMILIES = (frozenset({"vehicles", "trucks", "fuel trucks", "cars", "buses", "ambulances"}),
             frozenset({"people", "families", "patients", "children", "servicemen", "peacekeepers", "drivers",
                        "passengers", "pupils", "workers"}))


def _same_family(whole: str | None, part: str | None) -> bool:
    # "879 explosive items – 58 anti-tank mines, …": a generic noun holds any kind of thing
    generic = whole is not None and part is not None and whole.split()[-1] in _GENERIC_NOUNS
    # "28 people, including 5 ICRC members, 9 drivers, 7 patients …": people of any trade are people
    generic = generic or whole == "people" and part is not None and part not in VEHICLE_UNITS and part not in _NOT_PEOPLE
    return whole == part or generic or any(whole in f and part in f for f in _FAMILIES)


# "evacuated 418 people: 376 in Lori and 42 in Tavush", "left Armenia: 1,310 overland to the Russian Federation …,
# and 830 by air from Zvartnots": figures after a colon, each with its place
_PIECE = re.compile(r"^(\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?(?:in|at|from|to|for)\s+(?:the\s+)?[A-Z]")
_PIECE_CUT = re.compile(r",?\s+and\s+(?=\d)|,\s+(?=\d)")  # not the comma of "1,310"


def place_splits(text: str, counts: list[CountReading]) -> list[CountReading]:
    """A figure split by place after a colon: each part a count of its own, marked as a part of the whole (a place
    gets its figure on the map and nobody adds the two); the whole keeps the parts as its breakdown when they add up.
    The whole is the figure before the colon that counts what the parts count ("63 families (228 people) are
    returning: 41 families to Sugovushan and 22 to Talysh" splits the families)."""
    out = list(counts)
    for colon in (m.start() for m in re.finditer(r":\s", text)):
        before = [c for c in counts if c.end <= colon and c.count is not None and c.unit is not None and not c.breakdown
                  and not re.search(r"[.;:]", text[c.end:colon])]
        if not before:
            continue
        start = colon + 1 + len(text[colon + 1:]) - len(text[colon + 1:].lstrip())
        end = start + re.search(r"[.;]\s|[.;]?$", text[start:]).start()
        pieces = []  # (figure, its start, its end): the clause cut at ", and 830", ", 42" …
        for cut in [*_PIECE_CUT.finditer(text, start, end), None]:
            m = _PIECE.match(text[start:cut.start() if cut else end])
            if m is None:
                break
            pieces.append((int(m.group(1).replace(",", "")), start, start + len(m.group(1))))
            start = cut.end() if cut else end
        if len(pieces) < 2:
            continue
        written = {c.start: c for c in counts}
        units = {written[a].unit for _, a, _ in pieces if a in written}
        whole = next((c for c in reversed(before) if c.unit in units), before[-1])
        parts = [replace(written[a], whole=whole.count) if a in written and written[a].unit == whole.unit
                 else replace(whole, start=a, end=b, count=n, whole=whole.count, unit_from="", breakdown=())
                 for n, a, b in pieces]
        out = [c for c in out if c.start not in {a for _, a, _ in pieces}]
        if sum(n for n, _, _ in pieces) == whole.count:
            out = [replace(c, breakdown=tuple((n, whole.unit) for n, _, _ in pieces)) if c is whole else c for c in out]
        out.extend(parts)
    return sorted(out, key=lambda c: c.start)


_GENERIC_NOUNS = frozenset({"items", "objects", "pieces", "devices", "units"})
_NOT_PEOPLE = frozenset({"tonnes", "crossings", "convoys", "shipments", "items", "bodies", "remains"})


def _fold_breakdowns(text: str, counts: list[CountReading]) -> list[CountReading]:
    """Two or more figures after a colon (or dash, 'of which' …) that add up exactly to the figure before them are
    its breakdown, not claims of their own: one claim, never a double count. Figures that do not add up stay apart."""
    out, i = [], 0
    while i < len(counts):
        c = counts[i]
        out.append(c)
        i += 1
        if c.count is None or c.breakdown or c.unit is None:
            continue
        j, total, parts = i, 0, []
        while j < len(counts) and counts[j].count is not None and _same_family(c.unit, counts[j].unit) \
                and not counts[j].breakdown and total < c.count:
            total += counts[j].count  # type: ignore[operator]
            parts.append(counts[j])
            j += 1
        # what follows the parts up to a closing dash or bracket: "– 8 buses and 3 trucks – travelled" moves the whole
        tail = re.split(r"[.;)–—]|\s-\s", text[parts[-1].end:] if parts else "", maxsplit=1)[0][:30]
        own_verbs = _MOVEMENT_WORD.search(text[parts[0].start:parts[-1].end] + tail) if parts else None
        # "3,912 trucks used it: 2,075 left and 1,837 entered" is a split by direction: claims of their own
        if len(parts) >= 2 and total == c.count and not own_verbs and _PARTS_OPEN.search(text, c.end, parts[0].start):
            out[-1] = replace(c, breakdown=tuple((p.count, p.unit) for p in parts))  # type: ignore[misc]
            i = j
    return out
