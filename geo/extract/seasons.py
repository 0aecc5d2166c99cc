"""Seasons and whole years: 'the autumn of 2020', 'last autumn', 'this spring', 'In 2025', 'in 2021–2023'."""
from __future__ import annotations

import re
from datetime import date

from .dates import DateReading, _month_end

_SEASON = re.compile(r"\b(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d)", re.I)
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # the meteorological seasons


_RELATIVE_SEASON = re.compile(r"\b(?P<lead>last|this|next)\s+(?P<s>spring|summer|autumn|fall|winter)\b", re.I)


def _season_span(first: int, year: int) -> tuple[date, date]:
    last_year, last = (year + 1, 2) if first == 12 else (year, first + 2)
    return date(year, first, 1), _month_end(last_year, last)


def _read_seasons(sentence: str, ref: date, future: bool) -> list[DateReading]:
    """'the autumn of 2020' = September–November 2020; 'winter 2022' = December 2022–February 2023. 'last autumn'
    is the latest whole autumn before publication; 'this spring' the season of publication's year, up to
    publication when it is under way; 'next spring' the first one after it."""
    out = []
    for m in _SEASON.finditer(sentence):
        start, end = _season_span(_SEASON_MONTHS[m.group("s").lower()], int(m.group("y")))
        out.append(DateReading("period", start, end, spans=(m.span(),), text=m.group()))
    for m in _RELATIVE_SEASON.finditer(sentence):
        first, lead = _SEASON_MONTHS[m.group("s").lower()], m.group("lead").lower()
        spans = [_season_span(first, y) for y in range(ref.year - 2, ref.year + 2)]
        if lead == "last":
            start, end = [sp for sp in spans if sp[1] < ref][-1]
        elif lead == "next":
            start, end = next(sp for sp in spans if sp[0] > ref)
        else:  # the one under way, else this calendar year's (a winter: the one that starts in December)
            start, end = next((sp for sp in spans if sp[0] <= ref <= sp[1]), _season_span(first, ref.year))
            end = min(end, ref) if start <= ref else end
        out.append(DateReading("period", start, end, spans=(m.span(),), text=m.group(), relative=True))
    return out


# "In 2025, 41,300 trucks used that route", "during 2022": a whole year written with its number
_WHOLE_YEAR = re.compile(r"\b(?P<lead>(?i:in|during|throughout|for|over|since))\s+(?:(?i:the\s+(?:whole\s+)?year)\s+)?"
                         r"(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)(?!\s*(?:[-–]|to|and)\s*(?:19|20)\d\d)")


_YEAR_SPAN = re.compile(r"\b(?i:in|during|between|from|over)\s+(?P<a>(?:19|20)\d\d)\s*(?:[-–—]|\s(?i:to|and|until)\s)\s*"
                        r"(?P<b>(?:19|20)\d\d)\b")


def read_whole_years(sentence: str, ref: date, future: bool) -> list[DateReading]:
    """A year on its own is its whole span ('since 2023': from its first day on, to publication); 'in 2021–2023'
    the years from the first to the last."""
    out = []
    for m in _YEAR_SPAN.finditer(sentence):
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b:
            out.append(DateReading("period", date(a, 1, 1), date(b, 12, 31), spans=(m.span(),), text=m.group()))
    for m in _WHOLE_YEAR.finditer(sentence):
        if any(r.first <= m.start() < r.last for r in out):
            continue
        y = int(m.group("y"))
        out.append(DateReading("period", date(y, 1, 1), date(y, 12, 31), spans=(m.span(),), text=m.group(),
                               since=m.group("lead").lower() == "since"))
    return out
