"""Why a mention waits for review, in words an analyst can act on."""
from __future__ import annotations

import pytest

from geo.model import Mention
from geo.review import _mention_reason


@pytest.mark.parametrize("place_id, confidence, candidates, no_match, reason", [
    ("agarak", 0.5, ("agarak", "gn-617018"), 0.0, "homonyms: 2 candidates, confidence 0.50"),
    ("gn-13132983", 0.6, ("gn-13132983",), 0.1, "only one candidate, not sure of it: confidence 0.60"),
    (None, 0.0, (), 0.0, "no place found for this name"),
    ("gn-1", 0.5, ("gn-1",), 0.4, "only one candidate, not sure of it: confidence 0.50; may not be a place at all (40%)"),
    ("goris", 1.0, ("goris",), 0.0, ""),
])
def test_the_reason_a_mention_waits(place_id, confidence, candidates, no_match, reason):
    m = Mention("s", 0, 5, "Name", place_id, confidence, candidates=candidates, no_match=no_match)
    assert _mention_reason(m) == reason
