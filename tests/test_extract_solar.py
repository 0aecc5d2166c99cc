"""Solar Hijri dates as Iranian agencies write them. Expected days are the published equivalents (Nowruz of each
year, the first of Mehr when schools open, the first of Dey after Yalda night), not the converter's output."""
from __future__ import annotations

from datetime import date

import pytest

from geo.extract.solar import solar_to_gregorian
from geo.extract.when import read_dates

D = date


@pytest.mark.parametrize("solar, gregorian", [
    ((1399, 1, 1), D(2020, 3, 20)), ((1400, 1, 1), D(2021, 3, 21)), ((1401, 1, 1), D(2022, 3, 21)),
    ((1402, 1, 1), D(2023, 3, 21)), ((1403, 1, 1), D(2024, 3, 20)),
    ((1402, 7, 1), D(2023, 9, 23)), ((1401, 10, 1), D(2022, 12, 22)),
    ((1399, 12, 30), D(2021, 3, 20)),  # 1399 is a leap year: Esfand has 30 days
])
def test_solar_days_are_the_gregorian_days_they_were(solar, gregorian):
    assert solar_to_gregorian(*solar) == gregorian


def test_a_day_the_month_does_not_have_is_no_date():
    assert solar_to_gregorian(1400, 12, 30) is None and solar_to_gregorian(1402, 7, 31) is None


@pytest.mark.parametrize("sentence, start, end, precision", [
    ("At the peak, on Farvardin 1 and 2, 1402, about 3,500 passengers a day crossed.", D(2023, 3, 21), D(2023, 3, 22),
     "days"),
    ("From Esfand 25, 1401 to Farvardin 9, 1402, 31,420 passengers crossed.", D(2023, 3, 16), D(2023, 3, 29), "period"),
    ("On 12 Mordad 1401, 40 trucks crossed.", D(2022, 8, 3), D(2022, 8, 3), "day"),
    ("In Esfand 1400, 900 trucks crossed.", D(2022, 2, 20), D(2022, 3, 20), "period"),
    ("In the first five months of the current Iranian year 1403, 86,212 trucks crossed.", D(2024, 3, 20),
     D(2024, 8, 21), "period"),
    # a stretch of days in one month or across two (Shahrivar 1, 1399 is 22 August 2020; Mehr 1 is 22 September)
    ("1,180 trucks passed through the Jolfa terminal from 6 to 12 Mehr 1399.", D(2020, 9, 27), D(2020, 10, 3),
     "period"),
    ("Between 28 Shahrivar and 5 Mehr 1399, 400 trucks crossed.", D(2020, 9, 18), D(2020, 9, 26), "period"),
    ("From 25 Esfand to 5 Farvardin 1402, 31,420 passengers crossed.", D(2023, 3, 16), D(2023, 3, 25), "period"),
])
def test_solar_dates_in_sentences(sentence, start, end, precision):
    r = read_dates(sentence, D(2024, 9, 1))[0]
    assert (r.start, r.end, r.precision) == (start, end, precision)


def test_a_month_name_alone_is_not_a_date():
    assert read_dates("The Mehr news agency said Azar Rezaei counted 5 trucks.", D(2023, 3, 30)) == []


def test_a_solar_dateline_dates_nothing_in_its_sentence():
    (r,) = read_dates("JOLFA, Farvardin 10 (Farda Press) – More than 31,000 travellers crossed.", D(2023, 3, 30))
    assert r.role == "ignored"


def test_a_solar_day_without_its_year_is_the_last_one_up_to_publication():
    (r,) = read_dates("On Mordad 12, trucks waited.", D(2023, 3, 30))  # Mordad 1402 is still to come
    assert r.start == D(2022, 8, 3)


@pytest.mark.parametrize("line, published", [
    ("TEHRAN, Farvardin 10, 1402 (IRNA) – Trucks crossed.", D(2023, 3, 30)),
    ("TABRIZ, Mehr 1, 1402 (SENA) – Trucks crossed.", D(2023, 9, 23)),
    ("JOLFA, Farvardin 10 (Farda Press) – Trucks crossed.", None),  # no year: the day stays unknown
])
def test_a_solar_dateline_with_its_year_gives_the_publication_day(line, published):
    from geo.ingest import published_in

    text = f"Headline\n\n{line}\n"
    assert published_in(text, None, text.index(line)).earliest == published
