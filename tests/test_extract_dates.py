"""Extraction, rule 2: dates of every form, and the date each count of a sentence takes."""
from __future__ import annotations

import pytest

from geo.extract import read_date, reference_date
from geo.extract.when import read_dates
from geo.model import PublishedDate

from test_extract_helpers import D, REF, extract, make_source, only  # pytest puts tests/ on sys.path


# --- dates ------------------------------------------------------------------------------------

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
    (PublishedDate(None, None, "unknown", ""), None),  # never today's date
])
def test_reference_date_is_the_earliest_known_publication_day(published, expected):
    assert reference_date(make_source("x", published)) == expected


UNKNOWN = PublishedDate(None, None, "unknown", "not given")


@pytest.mark.parametrize("text, written", [
    ("On 14 March, 40 trucks crossed the Lachin corridor.", "14 March"),
    ("Yesterday 40 trucks crossed the Lachin corridor.", "Yesterday"),
    ("Last week 40 trucks crossed the Lachin corridor.", "Last week"),
    ("On Monday 40 trucks crossed the Lachin corridor.", "On Monday"),
    ("In March 40 trucks crossed the Lachin corridor.", "March"),
    ("From 3 to 5 March, 40 trucks crossed the Lachin corridor.", "3 to 5 March"),
])
def test_without_a_publication_date_a_date_that_needs_a_year_is_year_unknown(text, written):
    (claim,) = extract(text, UNKNOWN)
    assert (claim.count, claim.date_start, claim.date_end, claim.date_precision) == (40, None, None, "unknown")
    assert len(claim.flags) == 1 and claim.flags[0].startswith("year unknown") and written in claim.flags[0]
    assert claim.uncertain


@pytest.mark.parametrize("text, start, end", [
    ("On 14 March 2023, 40 trucks crossed the Lachin corridor.", D(2023, 3, 14), D(2023, 3, 14)),
    ("In March 2023, 40 trucks crossed the Lachin corridor.", D(2023, 3, 1), D(2023, 3, 31)),
])
def test_without_a_publication_date_a_written_year_still_dates_the_claim(text, start, end):
    (claim,) = extract(text, UNKNOWN)
    assert (claim.date_start, claim.date_end) == (start, end)
    assert not [f for f in claim.flags if f.startswith("year unknown")]


# --- dates: ranges, parts of months, Iranian years, weekdays, the future -----------------------

@pytest.mark.parametrize("sentence, precision, start, end", [
    ("between 24 and 26 September", "period", D(2021, 9, 24), D(2021, 9, 26)),
    ("in the first three weeks of August", "period", D(2021, 8, 1), D(2021, 8, 21)),
    ("in the last week of August", "period", D(2021, 8, 25), D(2021, 8, 31)),
    ("in the first half of June", "period", D(2021, 6, 1), D(2021, 6, 15)),
    ("in the Iranian year 1400", "period", D(2021, 3, 21), D(2022, 3, 20)),  # Nowruz to the day before Nowruz
    ("in fiscal year 1399", "period", D(2020, 3, 20), D(2021, 3, 20)),  # a leap year of the solar calendar
    ("In the Iranian year 1400, which ended on 20 March, 500 trucks crossed", "period", D(2021, 3, 21), D(2022, 3, 20)),
    ("over the weekend", "period", D(2021, 9, 4), D(2021, 9, 5)),  # the Saturday and Sunday before a Friday
    ("on Friday", "day", D(2021, 9, 10), D(2021, 9, 10)),  # in a Friday report, "on Friday" is that day
    ("last Friday", "day", D(2021, 9, 3), D(2021, 9, 3)),  # … and "last Friday" the one before
    ("since Sunday", "day", D(2021, 9, 5), D(2021, 9, 5)),  # a count turns it into a period (below)
    ("officials are due to meet on October 5", "day", D(2021, 10, 5), D(2021, 10, 5)),  # the future: not 2020
    ("they left of their own will in October", "month", D(2020, 10, 1), D(2020, 10, 31)),  # "will" the noun
    ("next Monday", "day", D(2021, 9, 13), D(2021, 9, 13)),
    ("20 trucks entered Khankendi on May 1 and on May 3", "days", D(2021, 5, 1), D(2021, 5, 3)),
    ("On August 11, 2,300 tonnes were shipped", "day", D(2021, 8, 11), D(2021, 8, 11)),  # 2,300 is no day
    # weekday ranges end on the last such weekday up to publication (a Friday)
    ("between Sunday afternoon and Tuesday morning", "period", D(2021, 9, 5), D(2021, 9, 7)),
    ("from Monday to Wednesday", "period", D(2021, 9, 6), D(2021, 9, 8)),
    ("on the night of Tuesday to Wednesday", "period", D(2021, 9, 7), D(2021, 9, 8)),
    # a third of a month: early = 1-10, mid = 11-20, late / the end = 21 to the last day
    ("in early October 2020", "period", D(2020, 10, 1), D(2020, 10, 10)),
    ("in mid-August", "period", D(2021, 8, 11), D(2021, 8, 20)),
    ("in late August", "period", D(2021, 8, 21), D(2021, 8, 31)),
    ("at the end of February 2020", "period", D(2020, 2, 21), D(2020, 2, 29)),
    ("this week", "period", D(2021, 9, 6), D(2021, 9, 10)),  # its Monday to publication
    ("in the past 24 hours", "period", D(2021, 9, 9), D(2021, 9, 10)),
    ("since midnight", "day", D(2021, 9, 10), D(2021, 9, 10)),
    ("the pupils will arrive in Meghri on Sunday", "day", D(2021, 9, 12), D(2021, 9, 12)),  # ahead, in its clause
    ("40 trucks crossed on Monday and more will come", "day", D(2021, 9, 6), D(2021, 9, 6)),  # 'will' is elsewhere
    # two dates that open and close one stretch are one period
    ("the road was closed from Monday evening until yesterday afternoon", "period", D(2021, 9, 6), D(2021, 9, 9)),
    ("from 20 August to today", "period", D(2021, 8, 20), D(2021, 9, 10)),
    ("As of 6 p.m. Thursday, 6,650 people had crossed since Tuesday morning", "period", D(2021, 9, 7), D(2021, 9, 9)),
    ("over the past day", "period", D(2021, 9, 9), D(2021, 9, 10)),
    ("the leaders would meet later this month", "period", D(2021, 9, 11), D(2021, 9, 30)),
])
def test_dates_parts_of_months_iranian_years_and_weekdays(sentence, precision, start, end):
    r = read_date(sentence, REF)
    assert (r.precision, r.start, r.end, r.flags) == (precision, start, end, ())


@pytest.mark.parametrize("sentence, precision, start", [
    ("KAPAN, Aug 12 (Agency) - 20 trucks entered Khankendi on Tuesday.", "day", D(2021, 9, 7)),  # dateline skipped
    ("Baku, September 9, Trend.", "unknown", None),  # a dateline alone dates nothing
    ("Published 3 September 2021.", "unknown", None),
    ("The ministry said on Tuesday that 20 trucks entered Khankendi on Monday.", "day", D(2021, 9, 6)),
    ("20 trucks entered Khankendi, the ministry said on Tuesday.", "day", D(2021, 9, 7)),  # nothing else dates it
    ("Trucks are now queuing.", "unknown", None),  # "now" alone makes no date
])
def test_datelines_publication_and_statement_dates(sentence, precision, start):
    r = read_date(sentence, REF)
    assert (r.precision, r.start) == (precision, start)


def periods_of(text):
    return [(c.count, c.date_precision, c.date_start, c.date_end) for c in extract(text)]


@pytest.mark.parametrize("text, expected", [
    # A count "since" a day runs from it to publication.
    ("Since Sunday, 300 people have crossed from Khankendi into Armenia.", [(300, "period", D(2021, 9, 5), REF)]),
    ("At least 300 people have crossed into Armenia since 1 September.", [(300, "period", D(2021, 9, 1), REF)]),
    # "now", "remain": a state at publication.
    ("About 300 people remain stranded in Armenia.", [(300, "day", REF, REF)]),
    ("Traffic on the Gorus-Gafan highway is now limited to 40 vehicles an hour.", [(40, "day", REF, REF)]),
    ("The remains of 3 people were found near Goris.", [(3, "unknown", None, None)]),  # "remains" the noun
    # Each count takes the date of its own clause; a comparison is read against the date before it.
    ("In the first three weeks of August, 2,874 trucks crossed Norduz, up from 2,310 in the same weeks of July.",
     [(2874, "period", D(2021, 8, 1), D(2021, 8, 21)), (2310, "period", D(2021, 7, 1), D(2021, 7, 21))]),
    ("In the Iranian year 1400, 500 trucks crossed Norduz, compared with 400 in the year before.",
     [(500, "period", D(2021, 3, 21), D(2022, 3, 20)), (400, "period", D(2020, 3, 20), D(2021, 3, 20))]),
    ("On August 11, 30 trucks entered Khankendi, and 20 entered the previous day.",
     [(30, "day", D(2021, 8, 11), D(2021, 8, 11)), (20, "day", D(2021, 8, 10), D(2021, 8, 10))]),
    ("Traffic on the Gorus-Gafan highway averaged 40 trucks a day, down from about 65 a day in July.",
     [(40, "unknown", None, None), (65, "month", D(2021, 7, 1), D(2021, 7, 31))]),
    # The date nearest the count's verb is its own; the date left over is a claim of its clause.
    ("Thirty families arrived in Goris on Thursday, a day before the town was handed over to Azerbaijan on 26 August.",
     [(30, "day", D(2021, 9, 9), D(2021, 9, 9)), (None, "day", D(2021, 8, 26), D(2021, 8, 26))]),
    ("On August 11, 20 trucks entered Khankendi, and queues formed near Goris on August 12.",
     [(20, "day", D(2021, 8, 11), D(2021, 8, 11)), (None, "day", D(2021, 8, 12), D(2021, 8, 12))]),
])
def test_each_count_takes_the_date_of_its_own_clause(text, expected):
    assert periods_of(text) == expected


def test_a_leading_since_clause_dates_its_event_and_the_counts_after_it():
    counted, closed = extract("Since the Lachin corridor was closed on 12 August, at least 23 patients were "
                              "transferred from Khankendi to Armenia.")
    assert (counted.kind, counted.count, counted.date_precision, counted.date_start, counted.date_end) == (
        "population_movement", 23, "period", D(2021, 8, 12), REF)
    assert (counted.origin, counted.destination) == ("khankendi", "armenia")
    assert (closed.kind, closed.count, closed.date_precision, closed.date_start, closed.via) == (
        "restriction", None, "day", D(2021, 8, 12), "lachin-corridor")


def test_a_figure_read_as_of_publication_is_flagged():
    c = only("About 300 people remain stranded in Armenia.")
    assert "date read as the day of publication ('remain')" in c.flags and c.confidence <= 0.6


@pytest.mark.parametrize("sentence, start, end", [
    # the date of another event the sentence names dates the count only when nothing else does
    ("Following the offensive of 19-20 September 2020, more than 100 people left between 24 and 30 September 2020.",
     D(2020, 9, 24), D(2020, 9, 30)),
    ("Under the trilateral statement of 9 November 2020, 2,000 peacekeepers are stationed in the region.",
     D(2021, 9, 10), D(2021, 9, 10)),  # present tense: as of publication, not the statement's day
])
def test_the_date_of_another_named_event_does_not_date_the_count(sentence, start, end):
    c = next(c for c in extract(sentence) if c.count is not None)
    assert (c.date_start, c.date_end) == (start, end)


@pytest.mark.parametrize("sentence, day", [
    ("On the 8th, 40 trucks crossed the Lachin corridor.", D(2021, 9, 8)),  # earlier in the month of publication
    ("On the 20th, 40 trucks crossed the Lachin corridor.", D(2021, 8, 20)),  # still ahead: the month before
])
def test_a_day_of_the_month_is_the_latest_such_day_and_flagged(sentence, day):
    c = only(sentence)
    assert (c.date_start, c.date_end, c.date_precision) == (day, day, "day")
    assert any(f.startswith(f"'On the {day.day}th' read as {day.day} {day:%B}") for f in c.flags)


@pytest.mark.parametrize("text, expected", [
    # "Earlier," goes back within the day of the claim before it
    ("On August 11, 40 trucks entered Khankendi. Earlier, 12 trucks left Khankendi.",
     [(12, D(2021, 8, 11), D(2021, 8, 11)), (40, D(2021, 8, 11), D(2021, 8, 11))]),
    ("On Thursday 2,350 people crossed, compared with more than 7,000 a day earlier.",
     [(2350, D(2021, 9, 9), D(2021, 9, 9)), (7000, D(2021, 9, 8), D(2021, 9, 8))]),
    # people present are a figure as of publication, whatever the statement or the state began; the statement
    # is a claim of its own, on its day
    ("About 2,000 peacekeepers are deployed under the trilateral statement signed by the leaders on 9 November 2020.",
     [(None, D(2020, 11, 9), D(2020, 11, 9)), (2000, D(2021, 9, 10), D(2021, 9, 10))]),
    ("Around 120,000 residents of Karabakh have lived under blockade since 12 December 2020.",
     [(None, D(2020, 12, 12), D(2021, 9, 10)), (120000, D(2021, 9, 10), D(2021, 9, 10))]),
    # the date in the verb's own clause, not in a clause that describes the vehicles
    ("The two trucks, parked near Khankendi since 29 August, headed back to Goris on Monday.",
     [(2, D(2021, 9, 6), D(2021, 9, 6))]),
])
def test_dates_that_come_from_context(text, expected):
    got = sorted(((c.count, c.date_start, c.date_end) for c in extract(text)), key=lambda t: (t[0] or 0, t[1]))
    assert got == expected


@pytest.mark.parametrize("sentence, start", [
    # the year said in words after the month (published 10 September 2021)
    ("He was captured in December of last year.", D(2020, 12, 1)),
    ("He was captured in March this year.", D(2021, 3, 1)),
    ("The road is due to open in May next year.", D(2022, 5, 1)),
    ("He was captured in December.", D(2020, 12, 1)),  # the latest December before publication
])
def test_a_month_with_its_year_in_words(sentence, start):
    r = read_date(sentence, REF)
    assert (r.precision, r.start) == ("month", start)


@pytest.mark.parametrize("phrase, ref, start, end", [
    # 'last' is the latest whole season before publication; 'this' the one under way (up to publication) or this
    # year's; 'next' the first one after publication
    ("last autumn", D(2022, 5, 24), D(2021, 9, 1), D(2021, 11, 30)),
    ("last autumn", D(2021, 9, 10), D(2020, 9, 1), D(2020, 11, 30)),  # autumn 2021 has only begun
    ("this spring", D(2022, 5, 24), D(2022, 3, 1), D(2022, 5, 24)),
    ("this spring", D(2024, 1, 19), D(2024, 3, 1), D(2024, 5, 31)),
    ("next spring", D(2025, 8, 21), D(2026, 3, 1), D(2026, 5, 31)),
    ("this winter", D(2024, 1, 19), D(2023, 12, 1), D(2024, 1, 19)),
    ("last winter", D(2024, 1, 19), D(2022, 12, 1), D(2023, 2, 28)),
])
def test_a_season_said_relative_to_publication(phrase, ref, start, end):
    r = read_date(f"Four families moved to Kapan {phrase}.", ref)
    assert (r.precision, r.start, r.end) == ("period", start, end)


@pytest.mark.parametrize("sentence, start", [
    # the future of another clause does not push a date into next year (published 19 January 2024)
    ("Following the decision of EU foreign ministers on 11 December, the number will rise to 209.", D(2023, 12, 11)),
    ("The convoy will arrive on 11 December.", D(2024, 12, 11)),
])
def test_a_future_verb_moves_only_the_dates_of_its_own_clause(sentence, start):
    assert read_date(sentence, D(2024, 1, 19)).start == start


@pytest.mark.parametrize("sentence, start", [
    # what is still to come, said at the end of a year, falls in the next one (published 30 December 2024)
    ("Armenian officers are to join them from January 1.", D(2025, 1, 1)),
    ("Armenia also plans to take sole charge of the Margara crossing in March.", D(2025, 3, 1)),
    ("The road will reopen on 5 February.", D(2025, 2, 5)),
    # the past stays in the year of the report, and a later month in the year before
    ("In March, the ministry warned that the guards would stay.", D(2024, 3, 1)),
    ("On 5 February the road reopened.", D(2024, 2, 5)),
])
def test_what_is_still_to_come_falls_after_the_report(sentence, start):
    assert read_date(sentence, D(2024, 12, 30)).start == start


@pytest.mark.parametrize("sentence, start, end", [
    # a year written on its own is the whole year; a span of years runs from the first to the last
    ("In 2025, 41,300 trucks used that route.", D(2025, 1, 1), D(2025, 12, 31)),
    ("The convoys crossed hundreds of times in 2021–2023.", D(2021, 1, 1), D(2023, 12, 31)),
    ("Between 2020 and 2022, 40 trucks crossed.", D(2020, 1, 1), D(2022, 12, 31)),
])
def test_a_year_on_its_own_is_the_whole_year(sentence, start, end):
    r = read_date(sentence, REF)
    assert (r.precision, r.start, r.end) == ("period", start, end)


def test_a_month_with_its_year_is_the_month_not_the_year():
    r = read_date("In March 2022 trucks crossed.", REF)
    assert (r.precision, r.start, r.end) == ("month", D(2022, 3, 1), D(2022, 3, 31))


def test_an_adjective_year_is_no_date():
    assert read_date("The 2020 war ended with a ceasefire statement.", REF).start is None


@pytest.mark.parametrize("sentence, ref, expected", [
    # "the day before the floods" names the Saturday again; "had crossed the day before" is the day before
    ("On Saturday, the day before the floods, 2,310 vehicles crossed at Bagratashen.", D(2024, 5, 26),
     [(D(2024, 5, 25), D(2024, 5, 25))]),
    ("On 12 May 40 trucks crossed, and 30 more had crossed the day before.", D(2024, 5, 26),
     [(D(2024, 5, 12), D(2024, 5, 12)), (D(2024, 5, 11), D(2024, 5, 11))]),
    # a relative month that holds a day written out says it less exactly: the day stands
    ("Last month she came back, one of 19 families who arrived by bus from Baku on August 22.", D(2024, 9, 20),
     [(D(2024, 8, 22), D(2024, 8, 22))]),
    # a day outside it does not replace it
    ("Last month 40 families came back, after the keys were handed over on 30 June.", D(2024, 9, 20),
     [(D(2024, 8, 1), D(2024, 8, 31)), (D(2024, 6, 30), D(2024, 6, 30))]),
])
def test_a_day_named_twice_is_one_day(sentence, ref, expected):
    assert [(r.start, r.end) for r in read_dates(sentence, ref)] == expected


@pytest.mark.parametrize("sentence, ref, expected", [
    # what began on a day starts a running total to publication
    ("Since the clashes began on September 27, more than 40 shells have fallen on Iranian soil.", D(2020, 10, 4),
     ("period", D(2020, 9, 27), D(2020, 10, 4))),
    ("More than 40 shells have fallen on Iranian soil since the clashes began on September 27.", D(2020, 10, 4),
     ("period", D(2020, 9, 27), D(2020, 10, 4))),
    # "for a second day" on the day of publication: that day and the one before
    ("The road was closed for a second day on Thursday because of snow.", D(2024, 1, 4),
     ("period", D(2024, 1, 3), D(2024, 1, 4))),
])
def test_running_totals_and_days_of_a_closure(sentence, ref, expected):
    claim = extract(sentence, PublishedDate(ref, ref, "day", "test"))[0]
    assert (claim.date_precision, claim.date_start, claim.date_end) == expected


@pytest.mark.parametrize("sentence, expected", [
    # people and vehicles that wait through the night of a day the sentence gives: that day and the next
    ("The road was shut for six hours on September 5 after a snowstorm, and dozens of drivers spent the night in "
     "their cabs.", (D(2021, 9, 5), D(2021, 9, 6))),
    ("Traffic at the terminal was halted on September 5, and dozens of trucks waited overnight near Meghri.",
     (D(2021, 9, 5), D(2021, 9, 6))),
    # with no day before it, "overnight" is the night before publication (a Friday)
    ("Dozens of trucks waited overnight near Meghri.", (D(2021, 9, 9), D(2021, 9, 10))),
])
def test_waiting_overnight_after_a_dated_day(sentence, expected):
    stock = next(c for c in extract(sentence) if c.kind == "stock")
    assert (stock.date_start, stock.date_end) == expected


@pytest.mark.parametrize("sentence, ref, expected", [
    # a state said twice ("remain closed, as they have been since March 2020") runs from then to publication
    ("The land borders remain closed to private travellers, as they have been since March 2020.", D(2024, 8, 29),
     (D(2020, 3, 1), D(2024, 8, 29))),
    # "since the February 6 earthquakes, … has so far sent": from that day to publication
    ("Since the February 6 earthquakes, Armenia has so far sent 58 rescuers to Turkey.", D(2023, 2, 11),
     (D(2023, 2, 6), D(2023, 2, 11))),
    # what someone expects or says will happen is still to come
    ("His office expects the return flow to peak on 2 April.", D(2024, 3, 27), (D(2024, 4, 2), D(2024, 4, 2))),
    ("The office said on Tuesday that the commissions would meet again in June.", D(2024, 5, 30),
     (D(2024, 6, 1), D(2024, 6, 30))),
])
def test_states_since_and_what_is_expected(sentence, ref, expected):
    claim = extract(sentence, PublishedDate(ref, ref, "day", "test"))[0]
    assert (claim.date_start, claim.date_end) == expected
