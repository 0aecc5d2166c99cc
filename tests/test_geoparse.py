from __future__ import annotations

from collections import Counter

from geo.geoparse import as_written_names, find_mentions
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
