"""Extraction: review signals and the shape of the Claim records."""
from __future__ import annotations

import pytest

from geo.claims import claim_problems
from geo.extract import extract_claims
from geo.model import PublishedDate

from test_extract_helpers import D, PLACES, extract, make_source, mentions_in, only  # pytest puts tests/ on sys.path


# --- review signals and record shape -----------------------------------------------------------

def test_impossible_date_claim():
    c = only("On February 30, 20 trucks entered Khankendi.")
    assert (c.date_precision, c.date_start, c.count) == ("unknown", None, 20)
    assert "impossible date: February 30" in c.flags and c.confidence <= 0.5


def test_vague_count_claim():
    c = only("Dozens of trucks entered Khankendi on August 11.")
    assert (c.count, c.count_qualifier, c.unit, c.date_start) == (None, "unspecified", "trucks", D(2021, 8, 11))
    assert c.flags == ("vague count: dozens",) and c.confidence <= 0.6


def test_relative_date_against_an_uncertain_publication_date_is_flagged():
    c = extract("Yesterday 20 trucks entered Khankendi.", PublishedDate(D(2021, 9, 10), D(2021, 12, 5), "range", ""))[0]
    assert (c.date_precision, c.date_start) == ("day", D(2021, 9, 9))
    assert any(f.startswith("relative date 'Yesterday'") for f in c.flags) and c.confidence <= 0.6


@pytest.mark.parametrize(("sentence", "flag"), [
    # a name where a place would stand, which the gazetteer does not know: the claim is not on the map, and says so
    ("On August 11, 40 trucks entered Xqzville from Blorptown.",
     "place not found: 'Xqzville', 'Blorptown' not in the gazetteer, so not on the map"),
    ("On August 11, about 300 people from Hadrut arrived.", "place not found: 'Hadrut' not in the gazetteer, so not on the map"),
    # nothing to flag: a known place, a sentence naming no place, a month or a people's name where a place could be
    ("On August 11, 40 trucks entered Khankendi.", None),
    ("On August 11, 40 trucks used the road.", None),
    ("In August, 40 trucks crossed.", None),
    ("On August 11, customs stopped 40 Iranian trucks.", None),
])
def test_a_movement_at_a_name_the_gazetteer_does_not_know_is_flagged(sentence, flag):
    c = only(sentence)
    found = [f for f in c.flags if f.startswith("place not found")]
    assert found == ([flag] if flag else [])
    if flag:
        assert c.place is None and c.uncertain and c.confidence <= 0.8  # it waits for review


def test_claim_records_are_sound_and_ids_stable():
    text = ("From July 11 to August 8, 35 Iranian vehicles (4 trucks and 31 fuel trucks) 70 times entered and exited "
            "through the Lachin corridor. On August 11, about 200 people left Khankendi towards Armenia.")
    source = make_source(text)
    claims = extract_claims(source, mentions_in(source), PLACES)
    again = extract_claims(source, mentions_in(source), PLACES)
    assert [c.claim_id for c in claims] == [c.claim_id for c in again]
    assert len({c.claim_id for c in claims}) == len(claims) == 3
    assert all(c.claim_id.startswith("t-x-") for c in claims)
    assert claim_problems(claims, {"t": source}, set(PLACES)) == []
    for c in claims:
        assert text[c.quote_start:c.quote_end] == c.quote
        assert (c.review_status, c.status, c.credibility) == ("auto", "reported", 6)
        assert 0 <= c.confidence <= 1
    vehicles, crossings = claims[0], claims[1]
    assert vehicles.event_group == crossings.event_group is not None
    assert (crossings.count, crossings.unit, crossings.kind) == (70, "crossings", "crossing")


def test_only_the_body_is_read_and_offsets_index_the_full_text():
    body = "On August 11, 20 trucks entered Khankendi."
    text = f"Title: 99 trucks entered Khankendi on May 1.\n\n{body}\n\nHeadline: 14 vehicles destroyed on May 3."
    start = text.index(body)
    source = make_source(text, body=(start, start + len(body)))
    [c] = extract_claims(source, mentions_in(source), PLACES)
    assert (c.quote_start, c.quote_end, c.count) == (start, start + len(body), 20)
    assert text[c.quote_start:c.quote_end] == c.quote
