"""Extraction on phrasing of the seventh round: two dated milestones in one sentence, a person held in a sentence
whose date sits in a relative clause, people kept from leaving, a resettlement convoy made mostly of buses, a
vehicle that "crossed into" a country, and "since <date>, when …" (a state since then, or what began that day).
Each row is a sentence a report could print and what a careful reader takes from it; the expected values are
that reading (from the sentence and the test's publication date, 10 September 2021), not the extractor's output."""
from __future__ import annotations

import pytest

from test_extract_helpers import D, REF, extract  # pytest puts tests/ on sys.path


def _read(text: str) -> list[tuple]:
    return [(c.kind, c.count, c.date_start, c.date_end) for c in extract(text)]


@pytest.mark.parametrize("sentence, expected", [
    # two milestones, each with its year written: two claims, each its own day
    ("Lachin district was occupied on May 18, 1992, and liberated on December 1, 2020.",
     [("other", None, D(1992, 5, 18), D(1992, 5, 18)), ("other", None, D(2020, 12, 1), D(2020, 12, 1))]),
    # one yearless milestone beside another: no claim of its own for an undated aside (the old reading stands)
    ("The town fell on 12 May, and the hospital closed its doors.", []),
])
def test_two_milestones_of_one_sentence(sentence, expected):
    assert [k for k in _read(sentence) if k[0] == "other"] == expected


def test_a_person_held_is_a_detention_when_the_date_sits_in_a_relative_clause():
    sentence = "Border guards detained a herder from Khnatsakh who had crossed the line on 2 September, police said."
    assert [(c.kind, c.count, c.date_start) for c in extract(sentence)] == [("detention", 1, D(2021, 9, 2))]


@pytest.mark.parametrize("sentence, expected", [
    ("In August, the service stopped 212 people who face travel bans from leaving the country.",
     ("restriction", 212, D(2021, 8, 1), D(2021, 8, 31))),
    ("On Monday, border guards prevented 40 people from crossing into Armenia.",
     ("restriction", 40, D(2021, 9, 6), D(2021, 9, 6))),
])
def test_people_kept_from_leaving_are_a_restriction(sentence, expected):
    assert _read(sentence)[0] == expected


@pytest.mark.parametrize("sentence, kind", [
    # a convoy mostly of buses carries people home: a population movement
    ("On Thursday a convoy of 16 vehicles – 12 buses and four trucks with furniture – travelled to Khankendi.",
     "population_movement"),
    # traffic with a few buses in it is still vehicles crossing
    ("In August, 5,200 vehicles crossed at Norduz, including 3,900 trucks, 1,200 cars and 100 buses.", "crossing"),
])
def test_a_convoy_of_buses_moves_people(sentence, kind):
    assert _read(sentence)[0][0] == kind


@pytest.mark.parametrize("sentence, kind", [
    ("On Tuesday, 14 trucks crossed into Armenia at Agarak.", "entry"),
    # at the border with Iran the direction is read from the other side: into Iran is out of Armenia
    ("On Tuesday, 14 trucks crossed into Iran at Agarak.", "exit"),
])
def test_crossed_into_a_country_has_a_direction(sentence, kind):
    assert _read(sentence)[0][0] == kind


@pytest.mark.parametrize("sentence, expected", [
    # a state since then: the main clause is in the perfect and the when-clause only says what happened that month
    ("Since June 2021, when troops dug in on the hill above the village, the upper fields have been closed to "
     "farmers.", ("restriction", None, D(2021, 6, 1), REF)),
    # what began that month is the claim: the when-clause holds the restriction
    ("Drivers have avoided the Gorus-Gafan highway since July, when police began to check Iranian trucks.",
     ("restriction", None, D(2021, 7, 1), D(2021, 7, 31))),
])
def test_since_a_date_when(sentence, expected):
    assert _read(sentence)[0] == expected


def test_a_count_in_the_when_clause_is_that_days():
    sentence = ("More than 2,000 people have come back to Khankendi since 3 August, when the first 12 buses "
                "reached the city.")
    assert [(c.count, c.date_start, c.date_end) for c in extract(sentence)] == [
        (2000, D(2021, 8, 3), REF), (12, D(2021, 8, 3), D(2021, 8, 3))]


def test_of_these_takes_the_period_of_the_figure_not_of_the_closure_beside_it():
    text = ("Since the closure of the Lachin corridor on 12 August, the ICRC has taken 90 people across it. "
            "Of these, 70 people went to Armenia and 20 returned to Karabakh.")
    parts = [(c.count, c.date_start, c.date_end) for c in extract(text) if c.count in (70, 20)]
    assert parts == [(70, D(2021, 8, 12), REF), (20, D(2021, 8, 12), REF)]


def test_a_rights_groups_bracketed_dateline_is_not_the_events_date():
    # "(City, Month D, YYYY) –" opens the release: the blockade's day count, not the dateline, dates the claim
    sentence = "(Geneva, September 10, 2021) – The blockade of the Lachin corridor, now in its 30th day, continues."
    assert [(c.kind, c.date_start, c.date_end) for c in extract(sentence)] == [
        ("restriction", D(2021, 8, 12), REF)]


@pytest.mark.parametrize("sentence, kind, count", [
    ("On Monday, 35 people went to Armenia through the Lachin corridor.", "population_movement", 35),
    ("On Monday, the ICRC took 14 patients across the Lachin corridor.", "population_movement", 14),
])
def test_plain_verbs_of_going(sentence, kind, count):
    assert [(c.kind, c.count) for c in extract(sentence)] == [(kind, count)]


@pytest.mark.parametrize("sentence, start", [
    ("Iranian and Armenian customs officials agreed on Monday to keep the Norduz terminal open at night.",
     D(2021, 9, 6)),
    ("The Armenian side was informed of the incident on Wednesday.", D(2021, 9, 8)),
    ("The protocol on the Agarak section was signed on 2 September.", D(2021, 9, 2)),
])
def test_agreements_and_notes_between_sides_are_diplomatic(sentence, start):
    assert [(c.kind, c.date_start) for c in extract(sentence)] == [("diplomatic", start)]
