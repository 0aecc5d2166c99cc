"""Text → place mentions with character offsets, from the gazetteer's names.

Only the article body is read: page chrome never yields a place. The longest
name wins ("Gorus-Gafan highway" is the road, not Gorus and Gafan), and names
match whole words only, so demonyms ("Iranian", "Armenians") are not places.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import AmbiguousPlace, NameIndex, UnknownPlace
from .model import Mention, Place, Source


def _flexible(name: str) -> str:
    """A name as a pattern in which any dash matches any dash, spaced or not."""
    parts = []
    for ch in name:
        if ch in "-–—":
            parts.append(r"\s*[-–—]\s*")
        elif ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def _name_pattern(places: Iterable[Place]) -> re.Pattern[str]:
    names = {n.text for p in places for n in p.names if n.script == "Latn"}
    alternatives = [_flexible(n) for n in sorted(names, key=len, reverse=True)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


def find_mentions(source: Source, places: Iterable[Place]) -> tuple[Mention, ...]:
    places = tuple(places)
    index = NameIndex(places)
    pattern = _name_pattern(places)
    out = []
    for m in pattern.finditer(source.text, source.body_start, source.body_end):
        try:
            place_id, confidence = index.resolve(m.group()).place_id, 1.0
        except AmbiguousPlace:
            place_id, confidence = None, 0.5
        except UnknownPlace:  # pragma: no cover - the pattern is built from the index's own names
            continue
        out.append(Mention(source.source_id, m.start(), m.end(), m.group(), place_id, confidence))
    return tuple(out)


def as_written_names(mentions: Iterable[Mention]) -> dict[str, str]:
    """The first surface form the sources use for each place: the 'as written' label."""
    names: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: (m.source_id, m.start)):
        if m.place_id and m.place_id not in names:
            names[m.place_id] = m.surface
    return names
