"""Extraction, rule 1: sentences and their offsets."""
from __future__ import annotations

import pytest

from geo.extract import split_sentences


# --- sentences --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The U.S. said no. Trucks left.", ["The U.S. said no.", "Trucks left."]),
    ("On Nov. 5 trucks left. Then more came.", ["On Nov. 5 trucks left.", "Then more came."]),
    ("About 35.6 tonnes moved. Next one.", ["About 35.6 tonnes moved.", "Next one."]),
    ("Truck No. 5 left. It returned.", ["Truck No. 5 left.", "It returned."]),
    ("J. Smith saw it. He left.", ["J. Smith saw it.", "He left."]),
    ('He said: "We will not allow it." Then trucks left.', ['He said: "We will not allow it."', "Then trucks left."]),
    ('"The note is clear," the ministry said. Trucks left.', ['"The note is clear," the ministry said.', "Trucks left."]),
    ("Under control... so, does this mean that? Yes!", ["Under control... so, does this mean that?", "Yes!"]),
    ("A heading\n\nA line. Another line.", ["A heading", "A line.", "Another line."]),
    ("  Leading space. Trailing space.  ", ["Leading space.", "Trailing space."]),
])
def test_sentences_split_where_they_end(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_sentence_offsets_index_the_full_text_and_stay_in_the_body():
    text = "Chrome line. Menu.\nBody one. Body two.\nFooter. More chrome."
    start, end = text.index("Body one"), text.index("\nFooter")
    spans = split_sentences(text, start, end)
    assert [text[a:b] for a, b in spans] == ["Body one.", "Body two."]
    assert all(start <= a < b <= end for a, b in spans)
