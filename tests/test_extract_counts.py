"""Extraction, rule 3: counts with their qualifier and unit, zero, parts and comparisons."""
from __future__ import annotations

import pytest

from geo.extract import read_counts, words_to_number


# --- counts -----------------------------------------------------------------------------------

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
    ("40 or more trucks", [(40, "at_least", "trucks")]),
    ("40 trucks or more", [(40, "at_least", "trucks")]),
    ("40 more trucks", [(40, "exact", "trucks")]),  # more of the same noun: still 40
    ("two more convoys", [(2, "exact", "convoys")]),
    ("a single truck", [(1, "exact", "trucks")]),
    ("several thousand people", [(None, "unspecified", "people")]),  # vague: never 1,000
    ("some 65,000 of the arrivals", [(65000, "about", "people")]),  # a part, in the same noun
    ("341,207 travellers", [(341207, "exact", "people")]),
    ("three arrests", [(3, "exact", "people")]),
    ("not a single patient", [(0, "exact", "patients")]),
    # a figure its subject names: the counted noun of "the number of …"
    ("the number of the contingent's vehicles that have used the road today has reached 64", [(64, "exact", "vehicles")]),
    ("bringing to 39 the number of patients it has moved", [(39, "exact", "patients")]),
    ("Baku puts the number of Armenian residents at about 50,000", [(50000, "about", "people")]),
    ("the number of trucks allowed to 40 a day", []),  # 'to' with no verb that states a figure
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


# --- counts: units, zero, parts, comparisons -------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("7 convoys with 126 tonnes of food", [(7, "exact", "convoys"), (126, "exact", "tonnes")]),
    ("about 400 tons of goods", [(400, "about", "tonnes")]),
    ("two Iranian drivers were detained", [(2, "exact", "drivers")]),
    ("38 children from Martuni", [(38, "exact", "children")]),
    ("some 120,000 ethnic Armenians lived there", [(120000, "about", "people")]),
    ("no civilian vehicle has been allowed to pass", [(0, "exact", "vehicles")]),  # the noun after a noun counts
    ("71,400 Iranian and foreign trucks crossed", [(71400, "exact", "trucks")]),
    ("about 1,100 residents, including some 270 children, left", [(1100, "about", "people")]),  # a part is no claim
    ("500 trucks crossed, compared with 400 in the year before", [(500, "exact", "trucks"), (400, "exact", "trucks")]),
    ("40 trucks a day, down from about 65 a day", [(40, "exact", "trucks"), (65, "about", "trucks")]),
    ("46 people left, and 18 returned", [(46, "exact", "people"), (18, "exact", "people")]),
    ("Iranian fuel trucks entered Khankendi 70 times", [(70, "exact", "crossings")]),  # uncounted vehicles moving
])
def test_count_nouns_zero_parts_and_comparisons(sentence, expected):
    assert counts_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Iranian rhetoric and provocations leave no doubt.", []),  # "no" counts only a unit after it
    ("Most of them stayed with relatives.", []),
    ("the rest turned back", [(None, "unspecified", None)]),  # a part of what was counted before, never subtracted
])
def test_zero_and_the_rest(sentence, expected):
    assert counts_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # parts between dashes that add up to the figure are its breakdown, whatever verb follows the closing dash
    ("The convoy of 11 vehicles – eight buses and three trucks loaded with household belongings – travelled on.",
     [(11, "vehicles", ((8, "buses"), (3, "trucks")))]),
    # a generic noun ('items') holds parts of any kind; 'unexploded ordnance' is counted under its mass noun
    ("A total of 879 explosive items – 58 anti-tank mines, 117 anti-personnel mines and 704 unexploded ordnance – "
     "were neutralised.",
     [(879, "explosive items", ((58, "anti-tank mines"), (117, "anti-personnel mines"), (704, "unexploded ordnance")))]),
    # a split by direction is not a breakdown
    ("3,912 trucks used it: 2,075 left and 1,837 entered.",
     [(3912, "trucks", ()), (2075, "trucks", ()), (1837, "trucks", ())]),
])
def test_parts_between_dashes_are_one_figure_with_its_breakdown(sentence, expected):
    assert [(c.count, c.unit, c.breakdown) for c in read_counts(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # an 'including' list that adds up to the figure is its breakdown (one claim, never six)
    ("The vehicles carried 28 people, including 5 ICRC members, 9 drivers, 7 patients, 6 attendants and 1 medical "
     "worker.", [(28, "people", ((5, "ICRC members"), (9, "drivers"), (7, "patients"), (6, "attendants"),
                                 (1, "medical workers")))]),
    # one that does not add up is a part noted in the quote, never a claim of its own
    ("Of the 40 people, including 12 children, most left.", [(40, "people", ())]),
    # a list of parts ends where another kind of thing is counted
    ("120 people crossed, including 40 children and 20 women, and 30 trucks entered.",
     [(120, "people", ()), (30, "trucks", ())]),
])
def test_an_including_list_is_a_breakdown_when_it_adds_up(sentence, expected):
    assert [(c.count, c.unit, c.breakdown) for c in read_counts(sentence)] == expected
