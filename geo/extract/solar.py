"""Days and months of the Solar Hijri calendar, as Iranian agencies write them: "on Farvardin 1 and 2, 1402",
"12 Mordad 1401", "in Esfand 1400". Converted day by day from the year's first day (dates.iranian_year), so a
1402 date is the Gregorian day it was, never an approximation."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import DateReading, iranian_year

_MONTHS = {
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5, "shahrivar": 6,
    "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "dei": 10, "bahman": 11, "esfand": 12, "espand": 12,
}
SOLAR_MONTH = "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
_MONTH = r"(?P<m>" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + r")"
_YEAR = r"(?:,?\s+(?P<y>1[34]\d\d))"
# A day or a year must stand by the month: "Mehr" alone is a news agency, "Azar" a given name.
_DAY_FIRST = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b{_YEAR}?")
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:\s*(?:and|-|–)\s*(?P<d2>\d{{1,2}}))?(?!\d){_YEAR}?")
# "from 6 to 12 Mehr", "between 28 Shahrivar and 5 Mehr 1399", "6-12 Mehr": a stretch of days
_DAY_RANGE = re.compile(rf"\b(?:(?i:from|between)\s+)?(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{SOLAR_MONTH}))?"
                        rf"\s*(?:(?i:to|and|until|till)\s+|[-–]\s*)(?P<d>\d{{1,2}})\s+(?:of\s+)?{_MONTH}\b{_YEAR}?")
_MONTH_YEAR = re.compile(rf"(?:\b(?i:the\s+)?(?i:Iranian|Persian)\s+(?i:month\s+of\s+))?\b{_MONTH}(?:{_YEAR}\b|(?<=\w)(?=\W|$))")
# "in the first five months of the current Iranian year 1403"
_FIRST_MONTHS = re.compile(r"\b(?i:the)\s+(?i:first)\s+(?P<n>\w+)\s+(?i:months)\s+(?i:of)\s+(?:(?i:the)\s+)?(?:(?P<cur>(?i:current|this))\s+)?"
                           r"(?i:Iranian|Persian|solar)\s+(?i:year)(?:\s+(?P<y>1[34]\d\d)\b|(?!\s+1[34]\d\d)\b)")
_SMALL = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten eleven".split())}


def _month_days(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    start, end = iranian_year(year)
    return 30 if (end - start).days == 365 else 29


def solar_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date; None for a day the month does not have."""
    if not 1 <= month <= 12 or not 1 <= day <= _month_days(year, month):
        return None
    before = sum(_month_days(year, m) for m in range(1, month))
    return iranian_year(year)[0] + timedelta(days=before + day - 1)


def solar_day(month_name: str, day: int, year: int) -> date | None:
    """'Farvardin', 10, 1402 → 30 March 2023; None when the name is no Solar Hijri month or the day no day of it."""
    month = _MONTHS.get(month_name.lower())
    return solar_to_gregorian(year, month, day) if month else None


def _solar_year_of(day: date) -> int:
    year = day.year - 621
    return year if day >= iranian_year(year)[0] else year - 1


def _year_for(month: int, day: int, ref: date, written: str | None, future: bool) -> int:
    """A written year wins; otherwise the Solar Hijri year of the reference day, or the one before when the
    date would fall after it (unless the sentence speaks of what is to come)."""
    if written:
        return int(written)
    year = _solar_year_of(ref)
    when = solar_to_gregorian(year, month, min(day, 29))
    return year - 1 if when is not None and when > ref and not future else year


def read_solar_dates(sentence: str, ref: date, future: bool) -> list[DateReading]:
    out: list[DateReading] = []
    for m in (*_MONTH_FIRST.finditer(sentence), *_DAY_FIRST.finditer(sentence)):
        month = _MONTHS[m.group("m").lower()]
        first = int(m.group("d"))
        last = int(m.groupdict().get("d2") or first)
        year = _year_for(month, first, ref, m.group("y"), future)
        a, b = solar_to_gregorian(year, month, first), solar_to_gregorian(year, month, last)
        if a is None or b is None or b < a:
            continue
        precision = "day" if a == b else "days"
        out.append(DateReading(precision, a, b, dates=(a, b) if precision == "days" else (), spans=(m.span(),),
                               text=m.group()))
    for m in _DAY_RANGE.finditer(sentence):
        month = _MONTHS[m.group("m").lower()]
        month1 = _MONTHS[m.group("m1").lower()] if m.group("m1") else month
        year = _year_for(month, int(m.group("d")), ref, m.group("y"), future)
        year1 = year - 1 if month1 > month else year  # "from 25 Esfand to 5 Farvardin 1402" starts in 1401
        a, b = solar_to_gregorian(year1, month1, int(m.group("d1"))), solar_to_gregorian(year, month, int(m.group("d")))
        if a is not None and b is not None and a < b:
            out.append(DateReading("period", a, b, spans=(m.span(),), text=m.group()))
    for m in _FIRST_MONTHS.finditer(sentence):
        n = int(m.group("n")) if m.group("n").isdigit() else _SMALL.get(m.group("n").lower())
        if n and n <= 12 and (m.group("y") or m.group("cur")):
            year = int(m.group("y")) if m.group("y") else _solar_year_of(ref)  # "of the current Iranian year"
            out.append(DateReading("period", iranian_year(year)[0], solar_to_gregorian(year, n, _month_days(year, n)),
                                   spans=(m.span(),), text=m.group()))
    for m in _MONTH_YEAR.finditer(sentence):
        if not m.group("y") and not re.match(r"(?i:the\s+)?(?i:Iranian|Persian)", m.group()):
            continue  # a month name alone: "Mehr" is an agency, "Azar" a given name
        month = _MONTHS[m.group("m").lower()]
        year = int(m.group("y")) if m.group("y") else _year_for(month, 1, ref, None, future)
        a = solar_to_gregorian(year, month, 1)
        b = solar_to_gregorian(year, month, _month_days(year, month))
        out.append(DateReading("period", a, b, spans=(m.span(),), text=m.group()))
    return out
