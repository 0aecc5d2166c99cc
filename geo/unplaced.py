"""Places a text names that the gazetteer does not know: "the village of Mammadbayli", "Shurnukh village", "the
villages of Chakaten, Srashen and Tsav". The text says they are places, so they are mentions — with no place
picked (nothing is guessed), flagged for review — and every other time the text writes the same name, it is the
same unknown place."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

_NAME = r"[A-Z][a-z'’]+(?:[ -](?:[A-Z][a-z'’]+))?"
# "the village of X", "the villages of X, Y and Z", "the settlement of X"
_OF = re.compile(rf"(?:village|villages|settlement|settlements|hamlet|hamlets)\s+of\s+(?P<list>{_NAME}"
                 rf"(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?)")
# "six villages beyond it: Chakaten, Srashen, Shikahogh and Tsav" — a list of two or more after a colon or dash
_LISTED = re.compile(rf"(?:villages|settlements|communities)\b[^.;:]{{0,50}}?\s*[:–—]\s*(?P<list>{_NAME}"
                     rf"(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})")
# "Shurnukh village", "the Mammadbayli settlement": a name right before the noun
_NOUN = re.compile(r"\b(?:village|settlement|hamlet|communit)")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])({_NAME})\s+$")
_SINGULAR = re.compile(r"(?:village|settlement|hamlet)\b")
_ONE = re.compile(_NAME)
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ani|ese|ish|ean)")  # "Armenian villages", "Azerbaijani villages"
_ROAD_END_BEFORE = re.compile(r"[A-Z][\w'’]+\s*[-–—]\s*$")
_JOINED_AFTER = re.compile(r"\s*[-–—]\s*[A-Z]")
_ROAD_AFTER = re.compile(r"(?:\s*[-–—]\s*[A-Z][\w'’-]*)*\s+(?:road|highway|motorway|railway|line|bridge|crossing|checkpoint)\b")
# words a capital letter starts that are no name of a place
_NOT_NAMES = frozenset("The A An This That These Those Its Their His Her Our Another Each Every Some Most All Both "
                       "Border Frontier Mountain Upper Lower New Old North South East West Central Holiday Olympic "
                       "Model Global Smart".split())


def unknown_places(text: str, start: int, end: int, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of names the text says are places and no mention covers, each of their occurrences in
    text[start:end], in order."""
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    longest = max((e - s for s, e in spans), default=0)

    def free(a: int, b: int) -> bool:  # no mention overlaps [a, b): a look at the spans that start near it
        i = bisect_left(starts, a - longest)
        return not any(s < b and a < e for s, e in spans[i:bisect_left(starts, b)])

    names: set[str] = set()
    # the nouns first (a literal scan), then the patterns where they stand: a long text costs one pass
    for noun in _NOUN.finditer(text, start, end):
        for m in (_OF.match(text, noun.start(), end), _LISTED.match(text, noun.start(), end)):
            if m:
                names |= {n.group() for n in _ONE.finditer(m.group("list")) if free(m.start("list") + n.start(),
                                                                                  m.start("list") + n.end())}
        if _SINGULAR.match(text, noun.start()) and (m := _NAME_BEFORE.search(text, max(start, noun.start() - 40),
                                                                             noun.start())) and free(m.start(1), m.end(1)):
            names.add(m.group(1))
    names = {n for n in names if n.split()[0] not in _NOT_NAMES and n.split("-")[0] not in _NOT_NAMES
             and not _DEMONYM.fullmatch(n)}
    if not names:
        return []
    written = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w'’-])", re.IGNORECASE)
    found = []
    for m in written.finditer(text, start, end):
        surface = m.group()
        # the name as the text spells it, or in capitals (a dateline, a headline): never a lower-case word
        # … but not an end of a road named by its ends ("the Kapan–Chakaten road": the road is the mention)
        road_end = _ROAD_AFTER.match(text, m.end()) and (
            _ROAD_END_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _JOINED_AFTER.match(text, m.end()))
        if free(m.start(), m.end()) and (surface in names or surface.isupper()) and not road_end:
            found.append((m.start(), m.end()))
    return found
