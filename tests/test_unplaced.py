"""Names a text says are places though the gazetteer lacks them: found (every time the text writes them), never
placed. Expected spans are what a reader marks as place names."""
from __future__ import annotations

import pytest

from geo.unplaced import unknown_places


@pytest.mark.parametrize("text, names", [
    ("The first families moved to the newly built village of Mammadbayli. Mammadbayli has 40 houses.",
     ["Mammadbayli", "Mammadbayli"]),
    ("Six villages beyond it lost their road: Chakaten, Srashen, Tsav and Nerkin Hand. TSAV — bread came late.",
     ["Chakaten", "Srashen", "Tsav", "Nerkin Hand", "TSAV"]),
    ("Shurnukh village was split by the new border.", ["Shurnukh"]),
    # demonyms, a capitalised article, a noun's own name and the end of a road named by its ends are no villages
    ("Armenian villages and Azerbaijani villages lie on both sides; the Olympic village opened.", []),
    ("The village of Chakaten lies on the Kapan–Chakaten road.", ["Chakaten"]),
])
def test_a_village_the_gazetteer_lacks_is_found_wherever_the_text_writes_it(text, names):
    assert [text[a:b] for a, b in unknown_places(text, 0, len(text), [])] == names


def test_a_name_a_mention_already_covers_is_left_to_it():
    text = "The village of Goris welcomed them; Goris is a town."
    taken = [(15, 20), (36, 41)]
    assert unknown_places(text, 0, len(text), taken) == []


def test_the_geoparser_keeps_them_unplaced_and_for_review():
    from geo.geoparse import geoparser
    from geo.store import load_dataset

    parser = geoparser([p for p in load_dataset().places if not p.place_id.startswith(("gn-", "analyst-"))])
    text = "Twelve families left the village of Mammadbayli for Goris."
    found = [m for m in parser.parse(text).mentions if m.surface == "Mammadbayli"]
    assert [(m.place_id, m.confidence, m.uncertain) for m in found] == [(None, 0.0, True)]
