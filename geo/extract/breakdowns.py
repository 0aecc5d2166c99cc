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


# "evacuated 418 people: 376 in Lori and 42 in Tavush": bare figures after a colon, each with its place
_PLACE_ITEM = r"\d[\d,]*\s+(?:in|at|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
_PLACE_SPLIT = re.compile(rf":\s*({_PLACE_ITEM}(?:(?:,\s*|,?\s+and\s+){_PLACE_ITEM})+)")
_ITEM = re.compile(r"(\d[\d,]*)\s+(?:in|at|from)\s")


def place_splits(text: str, counts: list[CountReading]) -> list[CountReading]:
    """A figure split by place after a colon: each part a count of its own, marked as a part of the whole (a place
    gets its figure on the map and nobody adds the two); the whole keeps the parts as its breakdown when they add up."""
    out = list(counts)
    for k, c in enumerate(counts):
        if c.count is None or c.unit is None or c.breakdown:
            continue
        colon = text.find(":", c.end)
        nxt = counts[k + 1].start if k + 1 < len(counts) else len(text)
        m = _PLACE_SPLIT.match(text, colon) if 0 <= colon < nxt and not re.search(r"[.;]", text[c.end:colon]) else None
        if m is None:
            continue
        items = [(int(i.group(1).replace(",", "")), m.start(1) + i.start(), m.start(1) + i.end(1))
                 for i in _ITEM.finditer(m.group(1))]
        parts = [replace(c, start=a, end=b, count=n, whole=c.count, unit_from="", surface_unit=c.surface_unit)
                 for n, a, b in items]
        if sum(n for n, _, _ in items) == c.count:
            out[k] = replace(c, breakdown=tuple((n, c.unit) for n, _, _ in items))
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
