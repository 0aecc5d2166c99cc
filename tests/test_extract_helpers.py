"""What the test_extract_* files share: a small gazetteer and helpers that run the extractor on synthetic
text. Holds no tests."""
from __future__ import annotations

import re
from datetime import date

from geo.extract import extract_claims
from geo.model import Mention, Place, PublishedDate, Source

REF = date(2021, 9, 10)  # a Friday
PUBLISHED = PublishedDate(REF, REF, "day", "test")
D = date

# A small gazetteer for the synthetic sentences: surface → place id (None = ambiguous, unresolved).
SURFACES = {
    "Lachin corridor": "lachin-corridor", "Gorus-Gafan highway": "goris-kapan-highway", "Khankendi": "khankendi",
    "Armenia": "armenia", "Azerbaijan": "azerbaijan", "Karabakh": "karabakh", "Iran": "iran", "Agarak": None,
    "Goris": "goris", "Kapan": "kapan", "Norduz": "agarak-norduz", "Jolfa": "jolfa", "Aras": "aras",
}
KINDS = {"lachin-corridor": "corridor", "goris-kapan-highway": "road", "armenia": "country",
         "azerbaijan": "country", "iran": "country", "karabakh": "region", "khankendi": "settlement",
         "goris": "settlement", "kapan": "settlement", "agarak-norduz": "border_crossing", "jolfa": "settlement",
         "aras": "region"}
PLACES = {pid: Place(pid, pid.title(), (), kind, "POINT (0 0)", "exact", "test") for pid, kind in KINDS.items()}


def make_source(text: str, published: PublishedDate = PUBLISHED, body: tuple[int, int] | None = None) -> Source:
    start, end = body or (0, len(text))
    return Source("t", "Outlet", "Title", None, published, text, start, end, "")


def mentions_in(source: Source) -> list[Mention]:
    names = "|".join(re.escape(s) for s in sorted(SURFACES, key=len, reverse=True))
    return [Mention("t", m.start(), m.end(), m.group(), SURFACES[m.group()], 1.0)
            for m in re.finditer(rf"\b(?:{names})\b", source.text)]


def extract(text: str, published: PublishedDate = PUBLISHED):
    source = make_source(text, published)
    return extract_claims(source, mentions_in(source), PLACES)


def only(text: str):
    claims = extract(text)
    assert len(claims) == 1, [(c.count, c.unit, c.quote) for c in claims]
    return claims[0]
