"""Rule 2: every date a sentence gives, with its span and its role: ranges, parts of months, Iranian
years, listed days, months, weekdays and relative phrases, resolved against the publication date."""
from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import dateparser

from ..model import Source
from .counts import _counted_after

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
# Case-sensitive on purpose: "may" the verb is not May the month.
_MONTH = (r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
# "August 11, 2,300 tonnes": 2,300 is no day; "In March 40 trucks": nor is 40.
_DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)(?!,\d{3})"
_YEAR_TAIL = r"(?:,?\s+(?:of\s+)?(?P<{t}y>(?:19|20)\d\d)(?!\d))?"
_RANGE_SEP = r"\s*(?P<{t}sep>(?i:to|until|till|through|and)|-|–|—)\s*"
_LIST_SEP = r"(?:\s*,\s*(?:and\s+)?(?:also\s+)?|\s*,?\s+and\s+(?:also\s+)?)"
_RUN_SEP = rf"(?:{_LIST_SEP})(?:on\s+)?|\s*,?\s+(?:and|or)\s+(?:again\s+|then\s+)?on\s+"  # "on 3 May and on 5 May"
_SMALL_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_SMALL_NUMBER = r"\d+|a|" + "|".join(_SMALL_NUMBERS)


def _atom(t: str) -> str:
    """One calendar date, month first or day first, with an optional year; groups prefixed by t."""
    return (rf"(?:(?P<{t}ma>{_MONTH})\s+(?P<{t}da>{_DAY})|(?P<{t}db>{_DAY})\s+(?:of\s+)?(?P<{t}mb>{_MONTH}))"
            + _YEAR_TAIL.format(t=t))


_RANGE_FULL = re.compile(
    rf"(?:\b(?P<lead>(?i:from|between))\s+(?:the\s+)?)?{_atom('a')}{_RANGE_SEP.format(t='')}(?:the\s+)?{_atom('b')}")
_RANGE_MONTH_AFTER = re.compile(  # "between 3 and 5 March", "3–5 March"
    rf"(?:\b(?P<lead>(?i:from|between))\s+)?(?P<d1>{_DAY}){_RANGE_SEP.format(t='')}(?P<d2>{_DAY})"
    rf"\s+(?:of\s+)?(?P<m>{_MONTH})" + _YEAR_TAIL.format(t=""))
_RANGE_MONTH_BEFORE = re.compile(  # "from July 11 to 14", "July 11–14"
    rf"(?:\b(?P<lead>(?i:from|between))\s+)?(?P<m>{_MONTH})\s+(?P<d1>{_DAY}){_RANGE_SEP.format(t='')}(?P<d2>{_DAY})"
    + _YEAR_TAIL.format(t=""))
_LIST_MONTH_FIRST = re.compile(
    rf"(?P<m>{_MONTH})\s+(?P<days>{_DAY}(?:{_LIST_SEP}{_DAY})*)" + _YEAR_TAIL.format(t=""))
_LIST_DAY_FIRST = re.compile(
    rf"(?P<days>{_DAY}(?:{_LIST_SEP}{_DAY})*)\s+(?:of\s+)?(?P<m>{_MONTH})" + _YEAR_TAIL.format(t=""))
_MONTH_PHRASE = re.compile(
    rf"(?P<lead>\b(?i:in|during|throughout|since|until|by)\s+)?(?P<m>{_MONTH})(?!\s+{_DAY})"
    r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?")
_PART_OF_MONTH = re.compile(  # "the first three weeks of August", "the last week of May", "the second half of June"
    r"\b(?i:the)\s+(?:(?P<edge>(?i:first|last|final))\s+(?:(?P<n>(?i:" + _SMALL_NUMBER + r"))\s+)?"
    r"(?P<unit>(?i:weeks?|days?|fortnight))|(?P<half>(?i:first|second))\s+(?i:half))\s+(?i:of)\s+"
    rf"(?P<m>{_MONTH})(?:\s+(?P<y>(?:19|20)\d\d)(?!\d))?")
# Solar Hijri years: written with the Iranian year's name, or as a fiscal year in the 1300s/1400s.
_IRANIAN_YEAR = re.compile(
    r"\b(?:(?:(?:Iranian|Persian|solar(?:\s+hijri)?)\s+(?:(?:fiscal|calendar)\s+)?|fiscal\s+)?year\s+(?P<y>1[34]\d\d)"
    r"|(?P<y2>1[34]\d\d)\s+(?:Iranian|Persian|solar)\s+year)(?!\d)", re.I)
_RELATIVE = re.compile(
    r"\b(?:the\s+day\s+before\s+yesterday|yesterday|last\s+(?:week|month|year)"
    rf"|(?P<n>{_SMALL_NUMBER})\s+(?P<unit>days?|weeks?)\s+ago)\b", re.I)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY = re.compile(
    r"(?:\b(?P<lead>(?i:since|last|on|this\s+past|next))\s+)?"
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKEND = re.compile(r"\b(?P<lead>(?:over|at|during)\s+the|last|this\s+past)\s+weekend\b", re.I)
# Words that date a count at publication ("is now limited", "remain stranded") but too weak to make a claim alone.
_WEAK = re.compile(r"\b(?:today|now|(?<!the\s)remains?)\b", re.I)
# A state that still holds at publication, strong enough to date a restriction: "blocked for the 102nd day",
# "on day 51 of the blockade", "remains closed".
_STANDING = re.compile(
    r"\bfor\s+(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?:consecutive\s+|straight\s+)?(?:day|week|month)\b"
    r"|\b(?:on\s+)?day\s+\d+\s+of\b|\b\d+(?:st|nd|rd|th)\s+day\s+of\b"
    r"|\b(?:remains?|is\s+still|are\s+still|stays?)\s+(?:closed|blocked|shut|sealed|suspended|cut\s+off)\b", re.I)
# Read against the date written before them in the same sentence.
_A_YEAR_EARLIER = re.compile(
    r"\b(?:(?:in|during)\s+)?(?:the\s+(?:year|twelve\s+months)\s+(?:before|earlier)|the\s+previous\s+year"
    r"|a\s+year\s+(?:earlier|before))\b", re.I)
_SAME_SPAN_OF = re.compile(
    r"\b(?:(?i:in|during)\s+)?(?i:the\s+same\s+(?:weeks?|days?|period|dates))\s+(?i:of|in)\s+" + rf"(?P<m>{_MONTH})")
_DAY_BEFORE = re.compile(r"\bthe\s+(?:previous|preceding)\s+day\b|\bthe\s+day\s+before\b(?!\s+yesterday)", re.I)
_FUTURE = re.compile(
    r"\b(?:(?<!own\s)(?<!free\s)will(?!\s+of\b)|shall|(?:due|scheduled|expected|planned)\s+to"
    r"|(?:is|are)\s+to\s+(?:meet|be|hold|open|start|begin|visit))\b", re.I)
# "GORIS, Armenia, Sept 26 (Meridian) -", "Baku, September 16, CaspiNews.": the place and day of publication.
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*)*,\s+){1,2}"
    rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+(?:19|20)\d\d)?"
    r"(?:\s*\([^)]*\)|,\s*[A-Z][\w ]*)?\s*(?:[-–—]|\.|$)")
_METADATA_BEFORE = re.compile(r"\b(?:published|updated|posted|released|issued)\s+(?:on\s+)?$", re.I)
_ATTRIBUTION_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+(?:\s+\w+)?|stated|announced|reported|added|confirmed)"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
_DESCRIBES_PERIOD_BEFORE = re.compile(  # "the Iranian year 1400, which ended on 20 March": part of the year
    r",\s*which\s+(?:ended|ends|began|begins|started|starts|ran|runs)\s+(?:on\s+|in\s+)?$", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_SINCE_OPENING = re.compile(r"^\s*Since\b(?!\s+then\b)[^,]*,")


@dataclass(frozen=True)
class DateReading:
    """What a sentence says about when: precision as in the model, plus what to keep out of counts."""

    precision: str = "unknown"
    start: date | None = None
    end: date | None = None
    dates: tuple[date, ...] = ()
    flags: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()  # sentence-relative spans of every date word
    text: str = ""
    role: str = "event"  # "attribution" ("said on Monday"), "weak" ("now"), "ignored" (dateline, "published on")
    since: bool = False  # "since Sunday": a count runs from that day to publication
    relative: bool = False  # read against the publication date

    @property
    def found(self) -> bool:
        """A date was written, even an impossible one: enough to make a movement sentence a claim."""
        return self.precision != "unknown" or bool(self.flags)

    @property
    def first(self) -> int:
        return self.spans[0][0] if self.spans else -1

    @property
    def last(self) -> int:
        return self.spans[-1][1] if self.spans else -1


# With no publication date, dates are read against a placeholder day in a year no report here names; every
# reading that lands near it took its year (or its day) from the placeholder and is marked "year unknown"
# instead (without_year), so nothing is ever resolved against today's date.
NO_PUBLICATION_REF = date(1900, 7, 1)
_PLACEHOLDER_YEARS = range(1898, 1903)


def reference_date(source: Source) -> date | None:
    """The day relative dates count from: the earliest possible publication day; None when it is unknown."""
    return source.published.earliest or source.published.latest


def without_year(reading: DateReading) -> DateReading:
    """A reading resolved against the placeholder publication day → an unknown date, flagged with what was
    written ("14 March", "yesterday"). Readings with their own written year are kept."""
    years = {d.year for d in (reading.start, reading.end, *reading.dates) if d is not None}
    if not years & set(_PLACEHOLDER_YEARS) or re.search(r"\b(?:1898|1899|1900|1901|1902)\b", reading.text):
        return reading
    what = " ".join(reading.text.split()) or "a date"
    why = "relative date" if reading.relative or reading.since else "date without a year"
    return replace(reading, precision="unknown", start=None, end=None, dates=(), relative=False, since=False,
                   flags=(f"year unknown: {why} '{what}' and no publication date given or found in the text",))


def resolve_year(month: int, ref: date, year: int | None = None, future: bool = False) -> int:
    """A written year wins; otherwise a month after the reference month belongs to the year before,
    unless the sentence speaks of what is still to come."""
    if year:
        return year
    return ref.year - 1 if month > ref.month and not future else ref.year


def iranian_year(year: int) -> tuple[date, date]:
    """First and last day of a Solar Hijri year: 1399 = 20 Mar 2020 - 20 Mar 2021, 1400 = 21 Mar 2021 - 20 Mar 2022.
    The 33-year leap cycle matches the official calendar for 1343-1472, which is all a source will name."""
    start, y = date(2020, 3, 20), 1399
    while y < year:
        start, y = start + timedelta(days=_solar_year_days(y)), y + 1
    while y > year:
        y -= 1
        start -= timedelta(days=_solar_year_days(y))
    return start, start + timedelta(days=_solar_year_days(year) - 1)


def _solar_year_days(year: int) -> int:
    return 366 if year % 33 in (1, 5, 9, 13, 17, 22, 26, 30) else 365


def _month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _small_number(text: str) -> int:
    low = text.lower()
    return 1 if low == "a" else _SMALL_NUMBERS.get(low) or int(low)


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _impossible(surface: str) -> str:
    return f"impossible date: {' '.join(surface.split())}"


def read_date(sentence: str, ref: date) -> DateReading:
    """The date a sentence gives for its event: the first event date, else the day something was said."""
    return main_reading(read_dates(sentence, ref))


def main_reading(readings: Sequence[DateReading]) -> DateReading:
    for role in ("event", "attribution"):
        for r in readings:
            if r.role == role:
                return r
    return DateReading()


def read_dates(sentence: str, ref: date) -> list[DateReading]:
    """Every date a sentence gives, in text order, each with its role. Where two readings overlap,
    the more specific form wins (a range over the days in it)."""
    future = bool(_FUTURE.search(sentence))
    found: list[DateReading] = []
    for reader in _READERS:
        for r in sorted(reader(sentence, ref, future), key=lambda r: (r.first, -r.last)):
            if not any(_overlaps(r, f) for f in found):
                found.append(r)
    dateline = _DATELINE.match(sentence)
    found = [_with_role(sentence, r, dateline.end() if dateline else -1) for r in found]
    return _with_anchored(sentence, sorted(found, key=lambda r: r.first))


def _overlaps(a: DateReading, b: DateReading) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a.spans for y0, y1 in b.spans)


def _with_role(sentence: str, r: DateReading, dateline_end: int) -> DateReading:
    before = sentence[:r.first]
    if r.first < dateline_end or _METADATA_BEFORE.search(before) or _DESCRIBES_PERIOD_BEFORE.search(before):
        return replace(r, role="ignored")
    if r.role == "weak":
        return r
    opening = _SINCE_OPENING.match(sentence)
    since = r.since or bool(_SINCE_BEFORE.search(before)) or bool(opening and r.first < opening.end())
    role = "attribution" if _ATTRIBUTION_BEFORE.search(before) else "event"
    return replace(r, role=role, since=since)


def _read_iranian_years(sentence: str, ref: date, future: bool) -> list[DateReading]:
    out = []
    for m in _IRANIAN_YEAR.finditer(sentence):
        start, end = iranian_year(int(m.group("y") or m.group("y2")))
        out.append(DateReading("period", start, end, spans=(m.span(),), text=m.group()))
    return out


def _read_ranges(sentence: str, ref: date, future: bool) -> list[DateReading]:
    out = []
    for m, (a, b) in _range_candidates(sentence):
        if m.group("sep").lower() == "and" and (m.group("lead") or "").lower() != "between":
            continue  # "July 11 and 14" is a list of two days, not a range
        if _counted_after(sentence, m.end()):
            continue  # "July 11 to 14 trucks": the 14 is a count
        out.append(_range_reading(m, a, b, ref, future))
    return out


def _range_candidates(sentence: str) -> list[tuple[re.Match, tuple]]:
    candidates = [(m, (_atom_parts(m, "a"), _atom_parts(m, "b"))) for m in _RANGE_FULL.finditer(sentence)]
    for pattern in (_RANGE_MONTH_AFTER, _RANGE_MONTH_BEFORE):
        for m in pattern.finditer(sentence):
            month, year = _month_number(m.group("m")), _int_or_none(m.group("y"))
            first, last = _day_number(m.group("d1")), _day_number(m.group("d2"))
            candidates.append((m, ((month, first, year), (month, last, year))))
    return sorted(candidates, key=lambda c: c[0].start())


def _atom_parts(m: re.Match, t: str) -> tuple[int, int, int | None]:
    month = m.group(f"{t}ma") or m.group(f"{t}mb")
    day = m.group(f"{t}da") or m.group(f"{t}db")
    return _month_number(month), _day_number(day), _int_or_none(m.group(f"{t}y"))


def _int_or_none(text: str | None) -> int | None:
    return int(text) if text else None


def _range_reading(m: re.Match, a: tuple, b: tuple, ref: date, future: bool) -> DateReading:
    (ma, da, ya), (mb, db, yb) = a, b
    wraps = (ma, da) > (mb, db)  # "from December 20 to January 5" runs over the new year
    if ya and not yb:
        yb = ya + 1 if wraps else ya
    yb = yb or resolve_year(mb, ref, future=future)
    ya = ya or (yb - 1 if wraps else yb)
    if not (_valid(ya, ma, da) and _valid(yb, mb, db)):
        return DateReading(flags=(_impossible(_first_bad_atom(m.group(), ref)),), spans=(m.span(),), text=m.group())
    return DateReading("period", date(ya, ma, da), date(yb, mb, db), spans=(m.span(),), text=m.group())


def _first_bad_atom(text: str, ref: date) -> str:
    """The written date that cannot exist, for the flag ("February 30")."""
    for m in re.finditer(_atom("z"), text):
        month, day, year = _atom_parts(m, "z")
        if not _valid(resolve_year(month, ref, year), month, day):
            return m.group()
    return text


def _read_parts_of_month(sentence: str, ref: date, future: bool) -> list[DateReading]:
    """'the first three weeks of August' = 1-21 August; 'the last week of May' = its last seven days."""
    out = []
    for m in _PART_OF_MONTH.finditer(sentence):
        month = _month_number(m.group("m"))
        year = resolve_year(month, ref, _int_or_none(m.group("y")), future)
        last = calendar.monthrange(year, month)[1]
        first_day, last_day = _part_days(m, last)
        out.append(DateReading("period", date(year, month, first_day), date(year, month, last_day),
                               spans=(m.span(),), text=m.group()))
    return out


def _part_days(m: re.Match, last: int) -> tuple[int, int]:
    if m.group("half"):
        return (1, 15) if m.group("half").lower() == "first" else (16, last)
    unit = m.group("unit").lower()
    n = _small_number(m.group("n")) if m.group("n") else 1
    length = min(last, n * (14 if unit == "fortnight" else 7 if unit.startswith("week") else 1))
    return (1, length) if m.group("edge").lower() == "first" else (last - length + 1, last)


def _read_listed_days(sentence: str, ref: date, future: bool) -> list[DateReading]:
    """Written days outside ranges. Runs of days joined as a list ('July 30, 31 and August 1') make one
    reading: two or more days make a 'days' list, one is a single day."""
    return [_days_reading(sentence, run, ref, future) for run in _day_runs(sentence, _day_groups(sentence))]


def _day_runs(sentence: str, groups: list) -> list[list]:
    """Groups only a list separator apart belong together; 'on 11 August …, and … on 12 August' are two dates."""
    runs: list[list] = []
    for g in groups:
        if runs and re.fullmatch(_RUN_SEP, sentence[runs[-1][-1][1]:g[0]]):
            runs[-1].append(g)
        else:
            runs.append([g])
    return runs


def _days_reading(sentence: str, groups: list, ref: date, future: bool) -> DateReading:
    spans = tuple((g[0], g[1]) for g in groups)
    years = [resolve_year(g[2], ref, g[5], future) for g in groups]
    bad = [g[4] for g, y in zip(groups, years) for day in g[3] if not _valid(y, g[2], day)]
    if bad:
        return DateReading(flags=(_impossible(bad[0]),), spans=spans, text=bad[0])
    if len(groups) == 1 and len(groups[0][3]) == 1:  # after the check: dateparser moves 'February 29' to a leap year
        day = _single_day(groups[0], ref, future)
        return DateReading("day", day, day, spans=spans, text=groups[0][4])
    days = sorted({date(y, g[2], d) for g, y in zip(groups, years) for d in g[3]})
    if len(days) == 1:
        return DateReading("day", days[0], days[0], spans=spans, text=groups[0][4])
    return DateReading("days", days[0], days[-1], tuple(days), spans=spans, text=sentence[spans[0][0]:spans[-1][1]])


def _single_day(group: tuple, ref: date, future: bool) -> date:
    """One written date ('3 March 2022', 'March 3', 'August 11 of 2021'), read by dateparser. Without a written
    year, the year is resolve_year's: preferring the past, dateparser would put a later day of the reference
    month ('September 20' in a 10 September report) or a date still to come in the year before."""
    _, _, month, (day,), surface, year = group
    if year:  # day, month and year are all written: nothing for dateparser to add, and it costs 3 ms a call
        try:
            return date(year, month, day)
        except ValueError:
            pass  # an impossible date goes the long way, which flags it
    parsed = _dateparser_day(surface, ref)
    if parsed is None:  # not seen on any form the patterns find; kept so that no date is lost
        return date(resolve_year(month, ref, year, future), month, day)
    return date(parsed.year if year else resolve_year(parsed.month, ref, future=future), parsed.month, parsed.day)


@lru_cache(maxsize=8192)
def _dateparser_day(surface: str, ref: date) -> datetime | None:
    """dateparser takes milliseconds a call; a long report writes the same few dates again and again."""
    return dateparser.parse(surface, languages=["en"], settings={
        "PREFER_DATES_FROM": "past", "RELATIVE_BASE": datetime.combine(ref, time())})


def _day_groups(sentence: str) -> list[tuple[int, int, int, tuple[int, ...], str, int | None]]:
    """(start, end, month, days, surface, year) for each run of days under one month name."""
    taken: list[tuple[int, int]] = []
    groups = []
    for pattern in (_LIST_MONTH_FIRST, _LIST_DAY_FIRST):
        for m in pattern.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            days, end = _days_without_counts(sentence, m)
            if not days:
                continue
            taken.append((m.start(), end))
            groups.append((m.start(), end, _month_number(m.group("m")), days, sentence[m.start():end],
                           _int_or_none(m.group("y"))))
    return sorted(groups)


def _days_without_counts(sentence: str, m: re.Match) -> tuple[tuple[int, ...], int]:
    """The listed days and where the last one ends, stopping before a number that a unit follows
    ("August 8, 35 trucks": 35 counts trucks)."""
    days: list[int] = []
    base, last_end = m.start("days"), m.end("days")
    for d in re.finditer(_DAY, m.group("days")):
        if days and (_counted_after(sentence, base + d.end()) or _day_number(d.group()) > 31):
            return tuple(days), last_end  # the year tail, if any, belonged to the dropped number
        days.append(_day_number(d.group()))
        last_end = base + d.end()
    return tuple(days), m.end()


def _read_months(sentence: str, ref: date, future: bool) -> list[DateReading]:
    out = []
    for m in _MONTH_PHRASE.finditer(sentence):
        lead = (m.group("lead") or "").strip().lower()
        if not (lead or m.group("y")):
            continue  # a bare month name is too weak a signal ("March" may start a sentence)
        month = _month_number(m.group("m"))
        year = resolve_year(month, ref, _int_or_none(m.group("y")), future)
        out.append(DateReading("month", date(year, month, 1), _month_end(year, month), spans=(m.span(),),
                               text=m.group(), since=lead == "since"))
    return out


def _read_weekdays(sentence: str, ref: date, future: bool) -> list[DateReading]:
    """'on Tuesday' is the last Tuesday up to publication (the day itself in a Tuesday report);
    'last Tuesday' is never the publication day; 'next Tuesday' is the first one after it."""
    out = []
    for m in _WEEKDAY.finditer(sentence):
        lead = " ".join((m.group("lead") or "").lower().split())
        back = (ref.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7
        if lead in ("last", "this past") and back == 0:
            back = 7
        day = ref + timedelta(days=(7 - back) % 7 or 7) if lead == "next" else ref - timedelta(days=back)
        out.append(DateReading("day", day, day, spans=(m.span(),), text=m.group(), since=lead == "since",
                               relative=True))
    return out


def _read_weekends(sentence: str, ref: date, future: bool) -> list[DateReading]:
    """'over the weekend': the Saturday and Sunday before publication."""
    out = []
    for m in _WEEKEND.finditer(sentence):
        sunday = ref - timedelta(days=(ref.weekday() + 1) % 7)
        if m.group("lead").lower().startswith(("last", "this")) and ref.weekday() >= 5:
            sunday -= timedelta(days=7)  # said at the weekend, "last weekend" is the one before
        out.append(DateReading("period", sunday - timedelta(days=1), sunday, spans=(m.span(),), text=m.group(),
                               relative=True))
    return out


def _read_relative_phrases(sentence: str, ref: date, future: bool) -> list[DateReading]:
    out = []
    for m in _RELATIVE.finditer(sentence):
        low = " ".join(m.group().lower().split())
        out.append(replace(_relative_reading(low, m, ref), spans=(m.span(),), text=m.group(), relative=True))
    return out


def _relative_reading(low: str, m: re.Match, ref: date) -> DateReading:
    if low == "last week":  # the whole calendar week before, Monday to Sunday
        monday = ref - timedelta(days=ref.weekday() + 7)
        return DateReading("period", monday, monday + timedelta(days=6))
    if low == "last month":
        end = ref.replace(day=1) - timedelta(days=1)
        return DateReading("month", end.replace(day=1), end)
    if low == "last year":
        return DateReading("period", date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31))
    back = {"yesterday": 1, "the day before yesterday": 2}.get(low)
    if back is None:
        back = _small_number(m.group("n")) * (7 if m.group("unit").lower().startswith("week") else 1)
    day = ref - timedelta(days=back)
    return DateReading("day", day, day)


def _read_weak(sentence: str, ref: date, future: bool) -> list[DateReading]:
    return [DateReading("day", ref, ref, spans=(m.span(),), text=m.group(), role="weak", relative=True)
            for m in _WEAK.finditer(sentence)]


def _read_standing(sentence: str, ref: date, future: bool) -> list[DateReading]:
    return [DateReading("day", ref, ref, spans=(m.span(),), text=m.group(), relative=True,
                        flags=(f"date read as the day of publication ('{m.group()}')",))
            for m in _STANDING.finditer(sentence)]


_READERS = (_read_iranian_years, _read_ranges, _read_parts_of_month, _read_listed_days, _read_months,
            _read_weekdays, _read_weekends, _read_relative_phrases, _read_standing, _read_weak)


def _with_anchored(sentence: str, found: list[DateReading]) -> list[DateReading]:
    """'compared with 60,500 in the year before', 'up from 2,310 in the same weeks of July', 'the previous day':
    each is read against the nearest date written before it in the sentence."""
    out = list(found)
    anchored = ((_A_YEAR_EARLIER, _year_before), (_SAME_SPAN_OF, _same_span_in), (_DAY_BEFORE, _day_before))
    for pattern, reader in anchored:
        for m in pattern.finditer(sentence):
            earlier = [r for r in out if r.start and r.last <= m.start() and r.role in ("event", "attribution")]
            anchor = max(earlier, key=lambda r: r.last) if earlier else None
            probe = DateReading(spans=(m.span(),))
            if anchor is None or any(_overlaps(probe, r) for r in out):
                continue
            out.append(replace(reader(anchor, m), spans=(m.span(),), text=m.group(), role="event"))
    return sorted(out, key=lambda r: r.first)


def _year_before(anchor: DateReading, m: re.Match) -> DateReading:
    """The same kind of year one earlier: an Iranian year gives the Iranian year before it."""
    start, end = anchor.start, anchor.end
    assert start is not None and end is not None
    solar = next((y for y in range(start.year - 622, start.year - 620) if iranian_year(y) == (start, end)), None)
    if solar:
        first, last = iranian_year(solar - 1)
        return DateReading("period", first, last)
    precision = "period" if anchor.precision == "days" else anchor.precision
    return DateReading(precision, _year_earlier(start), _year_earlier(end))


def _year_earlier(day: date) -> date:
    return day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else date(day.year - 1, 2, 28)


def _same_span_in(anchor: DateReading, m: re.Match) -> DateReading:
    """'the same weeks of July' after '1-21 August': 1-21 July, in the year that July last came."""
    start, end = anchor.start, anchor.end
    assert start is not None and end is not None
    month = _month_number(m.group("m"))
    year = start.year if month <= start.month else start.year - 1
    last = calendar.monthrange(year, month)[1]
    return DateReading("period", date(year, month, min(start.day, last)), date(year, month, min(end.day, last)))


def _day_before(anchor: DateReading, m: re.Match) -> DateReading:
    assert anchor.start is not None
    day = anchor.start - timedelta(days=1)
    return DateReading("day", day, day)


def is_relative(reading: DateReading) -> bool:
    return reading.relative
