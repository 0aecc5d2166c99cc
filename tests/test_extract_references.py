"""Extraction, rule 5: dates and routes taken from earlier claims."""
from __future__ import annotations

import pytest


from test_extract_helpers import D, REF, extract, only  # pytest puts tests/ on sys.path


# --- continuation ------------------------------------------------------------------------------

PERIOD = (D(2021, 8, 11), D(2021, 9, 10))


@pytest.mark.parametrize("second, count, unit, kind", [
    ("Fifty five trucks later left.", 55, "trucks", "exit"),
    ("Twelve of them later left.", 12, "trucks", "exit"),
    # buses on this story carry people (REAL-SCHEMA: "buses carrying people → population_movement")
    ("During the same period, 40 buses left Khankendi.", 40, "buses", "population_movement"),
    ("During the same period, 40 cars left Khankendi.", 40, "cars", "exit"),
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


# --- references back: the same period, both days, since then, the convoys -------------------------

@pytest.mark.parametrize("text, precision, start, end", [
    ("From August 11 to September 10, 58 trucks entered Khankendi. On August 12, the ambassador was summoned. "
     "Over the same period, 40 buses left Khankendi.", "period", D(2021, 8, 11), D(2021, 9, 10)),  # not Aug 12
    ("In the Iranian year 1400, 500 trucks crossed Norduz, compared with 400 in the year before. "
     "On 3 March, the Lachin corridor was closed. Over the same twelve months, 9,000 trucks crossed Jolfa.",
     "period", D(2021, 3, 21), D(2022, 3, 20)),  # a year-long period, the figure and not its comparison
    ("On August 11, 30 trucks entered Khankendi. The previous day, 12 trucks left Khankendi.",
     "day", D(2021, 8, 10), D(2021, 8, 10)),
    ("On August 11, the Lachin corridor was blocked. Since then, no civilian vehicle has been allowed to pass.",
     "period", D(2021, 8, 11), REF),
    # "the ten months" are the ten months just named; "the two months" fit none of them
    ("In the first ten months of 2020, 41,200 trucks crossed Norduz. On 3 March, the Lachin corridor was closed. "
     "In the ten months, 23,650 passengers crossed Norduz.", "period", D(2020, 1, 1), D(2020, 10, 31)),
    ("In the first ten months of 2020, 41,200 trucks crossed Norduz. In the two months, 650 passengers crossed Norduz.",
     "unknown", None, None),
    ("On August 11, 20 trucks entered Khankendi. About 300 families, most of them from Khankendi, were housed "
     "in Goris.", "unknown", None, None),  # "most of them" refers inside its own sentence
    ("On August 11, 20 trucks entered Khankendi. These days, 300 trucks cross the Lachin corridor.",
     "unknown", None, None),  # "these days" is now, not the days before
])
def test_a_reference_back_dates_a_claim(text, precision, start, end):
    c = extract(text)[-1]
    assert (c.date_precision, c.date_start, c.date_end) == (precision, start, end)
    assert c.derived == (precision != "unknown")


def test_on_both_days_takes_the_days_and_the_route():
    closed, trucks = extract("The Lachin corridor was closed on 8 and 22 August. "
                             "Observers saw Iranian trucks crossing on both days.")
    assert (trucks.kind, trucks.count, trucks.count_qualifier, trucks.unit) == ("crossing", None, "unspecified", "trucks")
    assert trucks.dates == closed.dates == (D(2021, 8, 8), D(2021, 8, 22))
    assert trucks.via == closed.via == "lachin-corridor"


def test_the_convoys_are_the_convoys_just_counted():
    counted, days = extract("From August 1 to 5, 7 convoys entered Khankendi from Goris. "
                            "The convoys arrived on August 1, 3 and 5.")
    assert (days.unit, days.count, days.count_qualifier, days.origin, days.destination) == (
        "convoys", None, None, "goris", "khankendi")
    assert days.dates == (D(2021, 8, 1), D(2021, 8, 3), D(2021, 8, 5))
    assert days.event_group == counted.event_group is not None


def test_the_ambassador_of_the_preceding_sentence_dates_the_next():
    _, note = extract("On August 11, the ministry summoned the ambassador of Iran. The ambassador was handed a note.")
    assert (note.kind, note.date_start, note.derived) == ("diplomatic", D(2021, 8, 11), True)


def test_of_them_and_the_rest_keep_the_route_of_the_preceding_sentence():
    _, went_on, rest = extract("On August 11, 112 trucks were checked on the Gorus-Gafan highway. "
                               "Fifty-eight of them continued towards Kapan, while the rest turned back to Goris.")
    assert (went_on.kind, went_on.count, went_on.destination, went_on.via) == (
        "crossing", 58, "kapan", "goris-kapan-highway")
    assert (rest.count, rest.count_qualifier, rest.unit, rest.destination, rest.via) == (
        None, "unspecified", "trucks", "goris", "goris-kapan-highway")  # "the rest" is never 112 - 58
    assert went_on.date_start == rest.date_start == D(2021, 8, 11)


def test_a_monthly_bulletin_dates_figures_that_have_no_date():
    text = "Road bulletin - August 2021\nTraffic on the Gorus-Gafan highway averaged 40 trucks a day.\n"
    c = only(text)
    assert (c.date_precision, c.date_start, c.date_end, c.derived) == ("month", D(2021, 8, 1), D(2021, 8, 31), True)
    assert "date taken from the report's heading" in c.flags
    assert only("Road news - August 2021\nTraffic on the Gorus-Gafan highway averaged 40 trucks a day.\n"
                ).date_precision == "unknown"  # a heading that names no report
