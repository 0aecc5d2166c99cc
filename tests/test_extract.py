"""Text → claims: each rule on short synthetic sentences, then the seed article against the curated claims."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from geo.claims import claim_problems, claim_row
from geo.extract import (
    claimant_in,
    extract_claims,
    read_counts,
    read_date,
    reference_date,
    split_sentences,
    words_to_number,
)
from geo.model import Mention, Place, PublishedDate, Source
from geo.store import load_dataset

REF = date(2021, 9, 10)  # a Friday
PUBLISHED = PublishedDate(REF, REF, "day", "test")
D = date

# A small gazetteer for the synthetic sentences: surface → place id (None = ambiguous, unresolved).
SURFACES = {
    "Lachin corridor": "lachin-corridor", "Gorus-Gafan highway": "goris-kapan-highway", "Khankendi": "khankendi",
    "Armenia": "armenia", "Azerbaijan": "azerbaijan", "Karabakh": "karabakh", "Iran": "iran", "Agarak": None,
}
KINDS = {"lachin-corridor": "corridor", "goris-kapan-highway": "road", "armenia": "country",
         "azerbaijan": "country", "iran": "country", "karabakh": "region", "khankendi": "settlement"}
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


# --- 1. sentences -----------------------------------------------------------------------------

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


# --- 2. dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, precision, start, end", [
    ("From July 11 to August 8, 35 vehicles entered.", "period", D(2021, 7, 11), D(2021, 8, 8)),
    ("in the period from August 11 to September 10, 58 trucks entered", "period", D(2021, 8, 11), D(2021, 9, 10)),
    ("between 3 and 5 March", "period", D(2021, 3, 3), D(2021, 3, 5)),
    ("from July 11 to 14 the road was shut", "period", D(2021, 7, 11), D(2021, 7, 14)),
    ("on 3–5 March 2020", "period", D(2020, 3, 3), D(2020, 3, 5)),
    ("from December 20 to January 5", "period", D(2020, 12, 20), D(2021, 1, 5)),  # the start is in the year before
    ("from 1 May 2020 to 3 June 2020", "period", D(2020, 5, 1), D(2020, 6, 3)),
    ("from 20 December 2020 to 5 January", "period", D(2020, 12, 20), D(2021, 1, 5)),
    ("Between June 1 and June 5, 2021, 30 trucks left", "period", D(2021, 6, 1), D(2021, 6, 5)),
    ("July 11 and 14 trucks entered", "day", D(2021, 7, 11), D(2021, 7, 11)),  # 14 counts trucks
    ("on August 11 of 2021", "day", D(2021, 8, 11), D(2021, 8, 11)),
    ("on 3 March 2022", "day", D(2022, 3, 3), D(2022, 3, 3)),
    ("March 3", "day", D(2021, 3, 3), D(2021, 3, 3)),
    ("on the 11th of July", "day", D(2021, 7, 11), D(2021, 7, 11)),
    ("on October 3", "day", D(2020, 10, 3), D(2020, 10, 3)),  # a month after publication → the year before
    ("on September 20", "day", D(2021, 9, 20), D(2021, 9, 20)),  # same month as publication → same year
    ("On August 8, 12 trucks entered", "day", D(2021, 8, 8), D(2021, 8, 8)),  # 12 counts trucks, it is no day
    ("In August of 2021, reports said", "month", D(2021, 8, 1), D(2021, 8, 31)),
    ("back in August Iranians recruited", "month", D(2021, 8, 1), D(2021, 8, 31)),
    ("in February 2020", "month", D(2020, 2, 1), D(2020, 2, 29)),
    ("in October", "month", D(2020, 10, 1), D(2020, 10, 31)),
    ("yesterday", "day", D(2021, 9, 9), D(2021, 9, 9)),
    ("on Tuesday", "day", D(2021, 9, 7), D(2021, 9, 7)),
    ("two days ago", "day", D(2021, 9, 8), D(2021, 9, 8)),
    ("last week", "period", D(2021, 8, 30), D(2021, 9, 5)),  # the calendar week before, Monday to Sunday
    ("last month", "month", D(2021, 8, 1), D(2021, 8, 31)),
    ("Trucks keep coming.", "unknown", None, None),
    ("during almost 30 years of occupation", "unknown", None, None),
])
def test_dates_ranges_days_and_months(sentence, precision, start, end):
    r = read_date(sentence, REF)
    assert (r.precision, r.start, r.end, r.flags) == (precision, start, end, ())


@pytest.mark.parametrize("sentence, days", [
    ("The dates are also available: July 11, 14, 16, 17, 20, 21, 27, 28, 29, 31, and also August 3, 4, 5, 6, 7.",
     [D(2021, 7, d) for d in (11, 14, 16, 17, 20, 21, 27, 28, 29, 31)] + [D(2021, 8, d) for d in (3, 4, 5, 6, 7)]),
    ("on July 11 and 14", [D(2021, 7, 11), D(2021, 7, 14)]),
    ("on 11, 14 and 16 July", [D(2021, 7, 11), D(2021, 7, 14), D(2021, 7, 16)]),
    ("on July 30, 31 and August 1", [D(2021, 7, 30), D(2021, 7, 31), D(2021, 8, 1)]),  # month carries over
])
def test_listed_days_keep_the_explicit_list(sentence, days):
    r = read_date(sentence, REF)
    assert (r.precision, r.dates, r.start, r.end) == ("days", tuple(days), days[0], days[-1])


@pytest.mark.parametrize("sentence, flag", [
    ("On February 30 trucks left.", "impossible date: February 30"),
    ("on 31 June", "impossible date: 31 June"),
    ("from February 30 to March 5", "impossible date: February 30"),
    ("on April 31 and May 2", "impossible date: April 31"),
])
def test_impossible_dates_are_flagged_not_guessed(sentence, flag):
    r = read_date(sentence, REF)
    assert (r.precision, r.start, r.flags) == ("unknown", None, (flag,))


@pytest.mark.parametrize("published, expected", [
    (PublishedDate(D(2021, 9, 10), D(2021, 12, 5), "range", ""), D(2021, 9, 10)),
    (PublishedDate(None, D(2021, 12, 5), "range", ""), D(2021, 12, 5)),
    (PublishedDate(None, None, "unknown", ""), date.today()),
])
def test_reference_date_is_the_earliest_known_publication_day(published, expected):
    assert reference_date(make_source("x", published)) == expected


# --- 3. counts --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("twelve", 12), ("Fifty five", 55), ("fifty-five", 55), ("two hundred", 200), ("three thousand", 3000),
    ("two hundred and fifty", 250), ("one hundred twenty-three", 123), ("four thousand five hundred", 4500),
    ("ninety", 90), ("second", None), ("dozens", None), ("", None),
])
def test_words_to_number(text, number):
    assert words_to_number(text) == number


def counts_of(sentence):
    return [(c.count, c.qualifier, c.unit) for c in read_counts(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("35 Iranian vehicles entered", [(35, "exact", "vehicles")]),
    ("58 trucks, for various purposes, entered", [(58, "exact", "trucks")]),
    ("20,000 people left", [(20000, "exact", "people")]),
    ("1.5 million people fled", [(1500000, "exact", "people")]),
    ("about 20,000 people left", [(20000, "about", "people")]),
    ("around 300 cars", [(300, "about", "cars")]),
    ("some 40 buses", [(40, "about", "buses")]),
    ("nearly 12 ambulances", [(12, "about", "ambulances")]),
    ("approximately 5 families", [(5, "about", "families")]),
    ("at least 23 trucks", [(23, "at_least", "trucks")]),
    ("more than 100 vehicles", [(100, "at_least", "vehicles")]),
    ("over 50 refugees", [(50, "at_least", "people")]),
    ("up to 30 buses", [(30, "at_most", "buses")]),
    ("fewer than 10 residents", [(10, "at_most", "people")]),
    ("no more than 5 lorries", [(5, "at_most", "trucks")]),
    ("Fifty five trucks later left", [(55, "exact", "trucks")]),
    ("fifty-five fuel trucks", [(55, "exact", "fuel trucks")]),
    ("twelve patients", [(12, "exact", "patients")]),
    ("two hundred servicemen", [(200, "exact", "servicemen")]),
    ("three thousand civilians", [(3000, "exact", "people")]),
    ("3 persons", [(3, "exact", "people")]),
    ("about 20,000 people left X, and only 15, entered Y", [(20000, "about", "people"), (15, "exact", "people")]),
    ("2000 people fled", [(2000, "exact", "people")]),
])
def test_counts_with_qualifier_and_unit(sentence, expected):
    assert counts_of(sentence) == expected


@pytest.mark.parametrize("sentence, word, unit", [
    ("dozens of trucks entered", "dozens", "trucks"),
    ("hundreds of families left", "hundreds", "families"),
    ("a lot of Iranian trucks are entering", "a lot", "trucks"),
    ("many cars crossed", "many", "cars"),
    ("several buses arrived", "several", "buses"),
])
def test_vague_counts_have_no_number(sentence, word, unit):
    [c] = read_counts(sentence)
    assert (c.count, c.qualifier, c.unit, c.vague) == (None, "unspecified", unit, word)


@pytest.mark.parametrize("sentence", [
    "during the second Karabakh War and during almost 30 years of occupation",
    "35.6% of Georgian adults",
    "a 35-year-old driver",
    "the driver, 35 years old, left",
    "a driver aged 35",
    "a truck with plates 35 AB 123",
    "plate number 35 was used on different trucks",
    "In 2021 trucks entered",
    "One month has passed by.",
    "the two countries",
    "Azerbaijan confirms 1,394 more COVID-19 cases",
    "it was three times more expensive",  # 'times' without a vehicle count is no crossing
])
def test_numbers_that_count_nothing(sentence):
    assert read_counts(sentence) == []


def test_breakdown_in_parentheses_and_times_as_crossings():
    counts = read_counts("35 Iranian vehicles (4 trucks and 31 fuel trucks) 70 times entered and exited")
    assert [(c.count, c.unit, c.breakdown) for c in counts] == [
        (35, "vehicles", ((4, "trucks"), (31, "fuel trucks"))),
        (70, "crossings", ()),
    ]


# --- 4. kind, and which sentences are claims --------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("On August 11, 35 trucks entered Khankendi.", "entry"),
    ("On August 11, 35 trucks entered the urban area of Khankendi.", "entry"),  # 'urban' holds no 'ban'
    ("On August 11, 35 trucks arrived in Khankendi.", "entry"),
    ("On August 11, 35 trucks were brought into Karabakh.", "entry"),
    ("On August 11, 35 trucks left Khankendi.", "exit"),
    ("On August 11, 35 trucks departed from Khankendi.", "exit"),
    ("On August 11, 35 trucks exited Karabakh.", "exit"),
    ("On August 11, 35 trucks entered and exited through the Lachin corridor.", "crossing"),
    ("On August 11, 35 trucks crossed the Lachin corridor.", "crossing"),
    ("On August 11, 35 trucks passed through the Lachin corridor.", "crossing"),
    ("On August 11, 300 residents left Khankendi.", "population_movement"),
    ("On August 11, 20 families arrived in Armenia.", "population_movement"),
    ("On August 11, 40 refugees crossed into Armenia.", "population_movement"),
    ("On August 11, the ministry summoned the ambassador.", "diplomatic"),
    ("On August 11, the ambassador was handed a note.", "diplomatic"),
    ("On August 11, Azerbaijan restricted traffic on the Gorus-Gafan highway.", "restriction"),
    ("On August 11, the Lachin corridor was closed.", "restriction"),
    ("On August 11, 40 trucks were blocked at the Lachin corridor.", "restriction"),
    ("On August 11, a ban on entry to Khankendi came into force.", "restriction"),
    ("On August 11, 12 trucks were seen.", "other"),
])
def test_kind_of_claim(sentence, kind):
    assert only(sentence).kind == kind


@pytest.mark.parametrize("text", [
    "This is an outrageous provocation.",
    "On August 11 the weather was fine.",  # a date, but nothing moved
    "Trucks entered Khankendi.",  # a movement, but no date and no count
    "Iranian rhetoric and provocations leave no doubt.",
    "It is scary to imagine what happened during the second Karabakh War and almost 30 years of occupation.",
])
def test_sentences_that_are_not_claims(text):
    assert extract(text) == ()


def test_a_count_without_a_verb_is_kept_as_other_and_flagged():
    c = only("On August 11, 12 trucks were seen.")
    assert c.count == 12 and c.confidence <= 0.7
    assert c.flags == ("no movement, diplomatic or restriction verb: kind is 'other'",)


# --- 5. direction -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, origin, destination, via, place", [
    ("On August 11, 20 trucks entered Khankendi.", None, "khankendi", None, "khankendi"),
    ("On August 11, 20 trucks crossed from Iran into Karabakh.", "iran", "karabakh", None, "karabakh"),
    ("On August 11, 20 people left Khankendi towards Armenia.", "khankendi", "armenia", None, "armenia"),
    ("On August 11, 20 trucks entered and exited through the Lachin corridor.", None, None, "lachin-corridor",
     "lachin-corridor"),
    ("On August 11, 20 trucks crossed via the Lachin corridor to Khankendi.", None, "khankendi", "lachin-corridor",
     "khankendi"),
    ("On August 11, 20 trucks crossed along the Gorus-Gafan highway.", None, None, "goris-kapan-highway",
     "goris-kapan-highway"),
    ("On August 11, traffic was restricted on the Gorus-Gafan highway.", None, None, "goris-kapan-highway",
     "goris-kapan-highway"),
    ("On August 11, 20 trucks are entering the zone in Azerbaijan's Karabakh.", None, "karabakh", None, "karabakh"),
    ("On August 11, 20 trucks entered the Karabakh region of Azerbaijan.", None, "karabakh", None, "karabakh"),
    ("On August 11, 20 trucks were seen in Khankendi.", None, None, None, "khankendi"),
    ("On August 11, 20 trucks left Iran.", "iran", None, None, "iran"),
])
def test_direction_from_the_mentions_in_the_sentence(sentence, origin, destination, via, place):
    c = only(sentence)
    assert (c.origin, c.destination, c.via, c.place) == (origin, destination, via, place)
    assert c.place_basis == "stated"


def test_each_count_takes_the_places_of_its_own_clause():
    a, b = extract("On August 11, about 200 people left Khankendi towards Armenia, and only 15, entered Khankendi.")
    assert (a.count, a.origin, a.destination) == (200, "khankendi", "armenia")
    assert (b.count, b.unit, b.origin, b.destination) == (15, "people", None, "khankendi")
    assert b.flags == ("unit carried over from '200 people'",)


def test_of_them_without_a_preceding_count_has_no_unit_and_says_so():
    c = only("On August 11, twelve of them left Khankendi.")
    assert (c.count, c.unit, c.flags) == (12, None, ("unit not stated",))


def test_an_unresolved_mention_gives_no_place_and_a_flag():
    c = only("On August 11, 20 trucks entered Agarak.")
    assert (c.destination, c.place) == (None, None)
    assert "place not resolved: Agarak" in c.flags


# --- 6. claimant ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, claimant", [
    ("According to the border service, 20 trucks entered Khankendi on August 11.", "the border service"),
    ("On August 11, 20 trucks entered Khankendi, the press service of the Foreign Ministry said.",
     "the press service of the Foreign Ministry"),
    ('"20 trucks entered Khankendi on August 11," the press service of the Azerbaijani Foreign Ministry said.',
     "the press service of the Azerbaijani Foreign Ministry"),
    ("The border service told reporters that 20 trucks entered Khankendi on August 11.", "The border service"),
    ("At the time, Baku stated that 20 trucks entered Khankendi on August 11.", "Baku"),
    ("Officials have repeatedly stated that 20 trucks entered Khankendi on August 11.", "Officials"),
    ("In August of 2021, reports, which became available to Trend, said that many trucks entered Karabakh.",
     "reports, which became available to Trend"),
    ("According to the information we received, 20 trucks entered Khankendi on August 11.", "Outlet (the outlet itself)"),
    ("It became known that 20 trucks entered Khankendi on August 11.", "Outlet (the outlet itself)"),
    ("The driver was told that 20 trucks entered Khankendi on August 11.", "Outlet (the outlet itself)"),
    ("Despite the fact that Baku has stated otherwise, 20 trucks entered Khankendi on August 11.",
     "Outlet (the outlet itself)"),
])
def test_claimant_is_whom_the_text_quotes_or_the_outlet(sentence, claimant):
    assert only(sentence).claimant == claimant


def test_a_quotation_over_two_sentences_is_attributed_where_it_closes():
    claims = extract('"20 trucks entered Khankendi on August 11. Then 12 trucks left Khankendi on August 12," '
                     "the ministry said.")
    assert [(c.count, c.claimant) for c in claims] == [(20, "the ministry"), (12, "the ministry")]


@pytest.mark.parametrize("sentence, who", [
    ("Nothing is attributed here.", None),
    ("the Ambassador was unambiguously told that it matters.", None),
])
def test_claimant_in_does_not_invent(sentence, who):
    assert claimant_in(sentence) == who


# --- 7. continuation ---------------------------------------------------------------------------

PERIOD = (D(2021, 8, 11), D(2021, 9, 10))


@pytest.mark.parametrize("second, count, unit, kind", [
    ("Fifty five trucks later left.", 55, "trucks", "exit"),
    ("Twelve of them later left.", 12, "trucks", "exit"),
    ("During the same period, 40 buses left Khankendi.", 40, "buses", "exit"),
])
def test_a_clear_continuation_takes_the_preceding_period(second, count, unit, kind):
    first, c = extract(f"From August 11 to September 10, 58 trucks entered Khankendi. {second}")
    assert (c.count, c.unit, c.kind) == (count, unit, kind)
    assert (c.date_precision, c.date_start, c.date_end, c.derived) == ("period", *PERIOD, True)
    assert c.derivation and c.event_group == first.event_group is not None
    assert c.origin == "khankendi"


@pytest.mark.parametrize("text", [
    "From August 11 to September 10, 58 trucks entered Khankendi. 30 buses left Khankendi.",  # no cue
    "From August 11 to September 10, 58 trucks entered Khankendi. This is outrageous. 55 trucks later left.",
])
def test_no_continuation_leaves_the_date_unknown(text):
    c = extract(text)[-1]
    assert (c.date_precision, c.date_start, c.derived) == ("unknown", None, False)


def test_a_list_of_days_belongs_to_the_preceding_claim():
    a, days = extract("From July 11 to August 8, 35 vehicles crossed the Lachin corridor. "
                      "The dates are also available: July 11, 14 and 16.")
    assert (days.kind, days.unit, days.count, days.date_precision) == ("crossing", "vehicles", None, "days")
    assert days.dates == (D(2021, 7, 11), D(2021, 7, 14), D(2021, 7, 16))
    assert days.event_group == a.event_group is not None


# --- 8. review signals and record shape --------------------------------------------------------

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


# --- 9. the seed article --------------------------------------------------------------------------

CURATED = {c["claim_id"]: c for c in json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "claims.json").read_text(encoding="utf-8"))["claims"]}
FIELDS = ("kind", "date_start", "date_end", "date_precision", "dates", "count", "count_qualifier", "unit")


@pytest.fixture(scope="module")
def seed_claims():
    ds = load_dataset()
    source = ds.sources[0]
    return source, extract_claims(source, ds.mentions, {p.place_id: p for p in ds.places})


def _fields(record) -> tuple:
    """kind, dates, count and unit as plain values, from a curated record (a dict) or an auto Claim."""
    if isinstance(record, dict):
        record = {**record, "dates": ";".join(record["dates"]) or None}
    else:
        record = claim_row(record)
    return tuple(record[f] for f in FIELDS)


def _overlapping(claims, curated: dict) -> list:
    return [c for c in claims if c.quote_start < curated["quote_end"] and curated["quote_start"] < c.quote_end]


def _match(claims, curated_id: str):
    """The auto claim that agrees with a curated one field by field, or None."""
    want = _fields(CURATED[curated_id])
    return next((c for c in _overlapping(claims, CURATED[curated_id]) if _fields(c) == want), None)


MATCHED = ["trend-c01", "trend-c02", "trend-c03", "trend-c04", "trend-c05", "trend-c09", "trend-c10",
           "trend-c21", "trend-c22"]


def test_seed_matches_the_curated_claims_field_by_field(seed_claims):
    _, claims = seed_claims
    matched = [cid for cid in CURATED if _match(claims, cid)]
    assert matched == MATCHED
    # Every auto claim is one of those: nothing extra, nothing doubled.
    assert len(claims) == len(MATCHED)


def test_seed_vehicles_and_crossings_are_one_event(seed_claims):
    _, claims = seed_claims
    vehicles, crossings, days = (_match(claims, cid) for cid in ("trend-c02", "trend-c03", "trend-c04"))
    assert (vehicles.count, vehicles.unit, vehicles.breakdown) == (35, "vehicles", ((4, "trucks"), (31, "fuel trucks")))
    assert (vehicles.date_start, vehicles.date_end) == (D(2021, 7, 11), D(2021, 8, 8))
    assert (crossings.count, crossings.unit, crossings.kind) == (70, "crossings", "crossing")
    assert vehicles.via == crossings.via == days.via == "lachin-corridor"
    assert vehicles.event_group == crossings.event_group == days.event_group is not None
    assert len(days.dates) == 15 and days.dates[0] == D(2021, 7, 11) and days.dates[-1] == D(2021, 8, 7)


def test_seed_trucks_into_khankendi_and_out_again(seed_claims):
    _, claims = seed_claims
    entered, left = _match(claims, "trend-c09"), _match(claims, "trend-c10")
    assert (entered.count, entered.kind, entered.destination) == (58, "entry", "khankendi")
    assert (left.count, left.kind, left.origin, left.derived) == (55, "exit", "khankendi", True)
    assert (left.date_start, left.date_end) == (D(2021, 8, 11), D(2021, 9, 10)) == (entered.date_start, entered.date_end)
    assert "preceding sentence" in left.derivation


def test_seed_people_leaving_khankendi(seed_claims):
    _, claims = seed_claims
    out, back = _match(claims, "trend-c21"), _match(claims, "trend-c22")
    assert (out.count, out.count_qualifier, out.unit) == (20000, "about", "people")
    assert (out.origin, out.destination, out.kind) == ("khankendi", "armenia", "population_movement")
    assert (back.count, back.destination, back.kind) == (15, "khankendi", "population_movement")
    assert (out.date_start, out.date_end) == (back.date_start, back.date_end) == (D(2021, 7, 11), D(2021, 8, 8))


def test_seed_diplomatic_event(seed_claims):
    _, claims = seed_claims
    note = _match(claims, "trend-c05")
    assert (note.kind, note.date_precision, note.date_start) == ("diplomatic", "day", D(2021, 8, 11))


def test_seed_no_counts_from_rhetoric_or_page_chrome(seed_claims):
    source, claims = seed_claims
    assert {c.count for c in claims} == {None, 35, 70, 58, 55, 20000, 15}
    assert not [c for c in claims if "30 years" in c.quote or "second Karabakh War" in c.quote]
    assert all(source.body_start <= c.quote_start < c.quote_end <= source.body_end for c in claims)
    assert all(source.text[c.quote_start:c.quote_end] == c.quote for c in claims)


def test_seed_claims_are_sound_records(seed_claims, ds):
    source, claims = seed_claims
    assert claim_problems(claims, {source.source_id: source}, {p.place_id for p in ds.places}) == []
    assert all(c.review_status == "auto" for c in claims)
