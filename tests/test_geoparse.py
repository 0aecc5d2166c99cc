from __future__ import annotations

from collections import Counter

import pytest

from geo.geoparse import Geoparser, as_written_names, find_mentions
from geo.model import Source, PublishedDate


def _source(text: str) -> Source:
    return Source("t", "Test", "T", None, PublishedDate(None, None, "unknown", ""), text, 0, len(text), "")


def test_seed_mentions_are_in_the_body_only(ds, seed):
    assert ds.mentions
    for m in ds.mentions:
        assert seed.body_start <= m.start < m.end <= seed.body_end
        assert seed.text[m.start:m.end] == m.surface


def test_no_place_from_the_page_chrome(ds):
    # The headlines name Georgia, Qatar, Khojavand, Zangilan, Aghdam …: none may reach the map.
    resolved = {m.place_id for m in ds.mentions}
    assert resolved == {"azerbaijan", "karabakh", "iran", "khankendi", "lachin-corridor", "baku", "armenia",
                        "shusha", "goris-kapan-highway", "tehran"}


def test_seed_mention_counts(ds):
    counts = Counter(m.surface for m in ds.mentions)
    assert counts["Khankendi"] == 4
    assert counts["Lachin corridor"] == 3
    assert counts["Shusha"] == 2
    assert counts["Gorus-Gafan highway"] == 1


def test_longest_match_wins_and_demonyms_are_not_places(ds):
    text = "Iranian trucks took the Gorus-Gafan highway; Armenians left Lachin. The Lachin corridor was shut."
    found = [(m.surface, m.place_id) for m in find_mentions(_source(text), ds.places)]
    assert found == [
        ("Gorus-Gafan highway", "goris-kapan-highway"),
        ("Lachin", "lachin"),
        ("Lachin corridor", "lachin-corridor"),
    ]


def test_spaced_dashes_match_the_road(ds):
    found = find_mentions(_source("traffic on the Goris – Kapan highway stopped"), ds.places)
    assert [(m.surface, m.place_id) for m in found] == [("Goris – Kapan highway", "goris-kapan-highway")]


def test_as_written_is_the_first_form_used(ds):
    names = as_written_names(ds.mentions)
    assert names["khankendi"] == "Khankendi"
    assert names["goris-kapan-highway"] == "Gorus-Gafan highway"


@pytest.fixture(scope="module")
def parser(ds):
    return Geoparser(ds.places)


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Buses left Martuni and Khojavend for Khankendi.", "Martuni", "gn-146969"),  # Karabakh's Martuni
        ("Children from Martuni, on the shore of Lake Sevan, went to camp.", "Martuni", "gn-616438"),
        ("Trucks queued at Agarak near Meghri.", "Agarak", "agarak"),
        ("The road from Khankendi to Susa was closed.", "Susa", "shusha"),
        ("Dates from Shush, the ancient Susa, in Khuzestan.", "Susa", "gn-114593"),
        ("Armenia and Azerbaijan", "Armenia", "armenia"),  # not the Colombian city
    ],
)
def test_homonyms_follow_the_places_around_them(parser, text, surface, place_id):
    m = next(m for m in parser.parse(text).mentions if m.surface == surface)
    assert m.place_id == place_id
    assert place_id in m.candidates


def test_ambiguous_picks_carry_their_candidates_and_confidence(parser):
    m = next(m for m in parser.parse("Children from Martuni went to camp.").mentions if m.surface == "Martuni")
    assert len(m.candidates) >= 2 and m.confidence < 1.0 and m.uncertain


def test_geonames_fills_gaps_and_skips_common_words(parser):
    found = {m.surface: m.place_id for m in parser.parse("In March, convoys from Tabriz reached Kajaran.").mentions}
    assert found == {"Tabriz": "gn-113646", "Kajaran": "gn-174880"}
