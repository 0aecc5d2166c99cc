"""Phrasings seen in real reports (issue 10): breakdowns after a colon, ranges, stocks, detentions, closures
without a count, vague counts, evacuations, dated claimant lines. Sentences written here, modelled on them."""
from __future__ import annotations

import pytest

from geo.extract.claimants import claimant_in
from test_extract_helpers import D, extract, only  # pytest puts tests/ on sys.path


@pytest.mark.parametrize("sentence, count, breakdown", [
    ("On 3 May, 47 trucks entered Karabakh: 30 cargo trucks and 17 tankers.", 47, ((30, "trucks"), (17, "fuel trucks"))),
    ("On 3 May, 47 trucks (30 cargo trucks, 17 tankers) entered Karabakh.", 47, ((30, "trucks"), (17, "fuel trucks"))),
    ("On 3 May, 47 trucks entered Karabakh, of which 30 cargo trucks and 17 tankers.", 47,
     ((30, "trucks"), (17, "fuel trucks"))),
])
def test_a_figure_and_its_breakdown_are_one_claim(sentence, count, breakdown):
    c = only(sentence)
    assert (c.count, c.breakdown, c.kind) == (count, breakdown, "entry")


def test_parts_that_do_not_add_up_are_not_a_breakdown():
    claims = extract("On 3 May, 47 trucks entered Karabakh: 30 cargo trucks and 12 tankers.")
    assert sorted(c.count for c in claims) == [12, 30, 47]
    assert all(c.breakdown == () for c in claims)


def test_a_split_by_direction_stays_separate_claims():
    claims = extract("In May, 3,912 trucks used the Lachin corridor: 2,075 left Armenia and 1,837 entered.")
    assert sorted(c.count for c in claims) == [1837, 2075, 3912]


@pytest.mark.parametrize("sentence, count, qualifier, kind, flag", [
    ("Between 1,000 and 1,500 Armenians remain in Khankendi, the ombudsman said on 3 May.", 1000, "at_least", "stock",
     "stated as a range: 1,000–1,500 (the count is the lower figure)"),
    ("About 120,000 people live in Karabakh.", 120000, "about", "stock", None),
    ("On 3 May, 9 families were housed in the Goris dormitory.", 9, "exact", "stock", None),
    ("Twelve families, stranded in Goris since the blockade began, returned home on 3 May.", 12, "exact",
     "population_movement", None),
])
def test_people_who_are_somewhere_are_a_context_figure_not_a_movement(sentence, count, qualifier, kind, flag):
    c = only(sentence)
    assert (c.count, c.count_qualifier, c.kind) == (count, qualifier, kind)
    assert (flag in c.flags) if flag else not [f for f in c.flags if f.startswith("stated as a range")]


@pytest.mark.parametrize("sentence, kind, count, place", [
    # one person held, as written, counts one
    ("On 3 May, Azerbaijani border guards detained a man at the Lachin corridor.", "detention", 1,
     "lachin-corridor"),
    ("On 3 May, Azerbaijani border guards detained the driver at the Lachin corridor.", "detention", None,
     "lachin-corridor"),
    ("On 3 May, three men were arrested near Khankendi.", "detention", 3, "khankendi"),
    ("On 23 April Azerbaijan set up a checkpoint on the Lachin corridor.", "restriction", None, "lachin-corridor"),
    ("On 3 May, medical evacuations from Khankendi to Goris continued.", "population_movement", None, "goris"),
])
def test_events_without_a_count_are_claims_of_their_kind(sentence, kind, count, place):
    c = only(sentence)
    assert (c.kind, c.count, c.place) == (kind, count, place)


def test_a_road_blocked_for_the_nth_day_is_a_restriction_counted_back_from_publication():
    c = only("The Lachin corridor has been blocked for the 102nd day.")
    # published Friday 10 September 2021: day 1 is 101 days earlier, 1 June 2021 — derived, and flagged so
    assert (c.kind, c.date_start, c.date_end, c.date_precision, c.place) == (
        "restriction", D(2021, 6, 1), D(2021, 9, 10), "period", "lachin-corridor")
    assert "derived: day 1 counted back from the publication date ('for the 102nd day')" in c.flags and c.uncertain


def test_a_road_that_remains_closed_is_a_restriction_at_publication():
    c = only("The Lachin corridor remains closed to civilian traffic.")
    assert (c.kind, c.date_start, c.date_precision) == ("restriction", D(2021, 9, 10), "day")
    assert "date read as the day of publication ('remains closed')" in c.flags


@pytest.mark.parametrize("sentence, vague", [
    ("Tens of trucks crossed the Lachin corridor on 3 May.", "vague count: tens"),
    ("Hundreds of cars queued at Goris on 3 May.", "vague count: hundreds"),
])
def test_vague_counts_are_uncounted_claims_waiting_for_review(sentence, vague):
    c = only(sentence)
    assert (c.count, c.count_qualifier) == (None, "unspecified")
    assert vague in c.flags and c.uncertain


@pytest.mark.parametrize("sentence, who", [
    ("3 May 2023 - The International Committee said 20 patients were transferred to Armenia.",
     "The International Committee"),
    ("YEREVAN, March 23 (Combined Sources) — The ministry said 40 trucks left.", "The ministry"),
    ("Baku/23.04.23/Trend/ The border service said 3 men were held.", "The border service"),
    ("12.03.2023 - The ICRC said 40 patients moved.", "The ICRC"),
    ("Mayor Arush Arushanyan said 3 men left.", "Mayor Arush Arushanyan"),
])
def test_a_claimant_never_begins_with_a_date(sentence, who):
    assert claimant_in(sentence) == who


def test_two_dated_events_in_one_sentence_are_two_claims():
    claims = extract("On 23 April 2021 Azerbaijan set up a checkpoint on the Lachin corridor, and on 15 June 2021 "
                     "even ICRC deliveries were halted.")
    assert [(c.kind, c.date_start, c.place) for c in claims] == [
        ("restriction", D(2021, 4, 23), "lachin-corridor"), ("restriction", D(2021, 6, 15), None)]
    assert len({c.claim_id for c in claims}) == 2


def test_a_sentence_with_one_event_and_a_date_aside_stays_one_claim():
    claims = extract("On 23 April 2021 Azerbaijan set up a checkpoint on the Lachin corridor, a step it had "
                     "announced on 20 April 2021.")
    assert len(claims) == 1 and claims[0].date_start == D(2021, 4, 23)


@pytest.mark.parametrize("sentence, start, end", [
    ("In the autumn of 2020, the village hosted some 300 people from Goris.", D(2020, 9, 1), D(2020, 11, 30)),
    ("In winter 2022, 40 trucks crossed the Lachin corridor.", D(2022, 12, 1), D(2023, 2, 28)),
    ("Between December 2020 and July 2021 the ICRC transferred 700 patients to Armenia.", D(2020, 12, 1),
     D(2021, 7, 31)),
])
def test_seasons_and_month_ranges_are_periods(sentence, start, end):
    c = only(sentence)
    assert (c.date_start, c.date_end, c.date_precision) == (start, end, "period")


def test_later_in_the_day_takes_the_day_of_the_claim_before_across_a_sentence_without_one():
    claims = extract("On Thursday, 14 patients were moved to Goris. They were accompanied by relatives. "
                     "Another 9 patients returned to Khankendi later in the day, the ministry added.")
    assert [(c.count, c.date_start) for c in claims] == [(14, D(2021, 9, 9)), (9, D(2021, 9, 9))]


def test_a_live_reports_clock_time_gives_way_to_the_date_the_line_writes():
    (people,) = extract("09:20 – The ICRC said its teams evacuated 17 wounded people from Khankendi to Goris overnight.")
    assert (people.date_start, people.date_end) == (D(2021, 9, 9), D(2021, 9, 10))
    (buses,) = extract("15:10 – Thirty-five buses are waiting in Goris, the ministry said.")
    assert (buses.kind, buses.count, buses.date_start) == ("stock", 35, D(2021, 9, 10))


@pytest.mark.parametrize("text, expected", [
    ("a dozen families left", [(12, "about", "families")]),
    ("more than two dozen trucks crossed", [(24, "at_least", "trucks")]),
    ("more than a hundred trucks crossed", [(100, "at_least", "trucks")]),
    ("a hundred and twenty trucks crossed", [(120, "exact", "trucks")]),
    ("one hundred and twenty trucks crossed", [(120, "exact", "trucks")]),
])
def test_dozens_and_a_hundred_are_numbers(text, expected):
    from geo.extract import read_counts

    assert [(c.count, c.qualifier, c.unit) for c in read_counts(text)] == expected


@pytest.mark.parametrize("sentence, precision, start, end", [
    # published Friday 10 September 2021
    ("The Lachin corridor has been blocked for 11 days now.", "period", D(2021, 8, 31), D(2021, 9, 10)),
    ("The Lachin corridor was closed for the sixth consecutive day.", "period", D(2021, 9, 5), D(2021, 9, 10)),
    ("The blockade of the Lachin corridor enters its 60th day.", "period", D(2021, 7, 13), D(2021, 9, 10)),
    ("On day 51 of the blockade, 3 trucks crossed the Lachin corridor.", "day", D(2021, 9, 10), D(2021, 9, 10)),
    ("Over the past three days 40 trucks crossed the Lachin corridor.", "period", D(2021, 9, 8), D(2021, 9, 10)),
    ("Earlier this week 40 trucks crossed the Lachin corridor.", "period", D(2021, 9, 6), D(2021, 9, 10)),
])
def test_states_that_last_and_recent_periods_count_back_from_publication(sentence, precision, start, end):
    c = only(sentence)
    assert (c.date_precision, c.date_start, c.date_end) == (precision, start, end)
