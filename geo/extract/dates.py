"""Rule 2, written dates: the calendar pieces every date reader shares (the reading record, months, days,
years, Iranian years) and the readers of dates written out — ranges, parts of months, listed days, months.
Relative phrases are read in relative.py; when.py runs every reader over a sentence and gives each its role."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
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
    rf"(?P<lead>\b(?i:in|during|throughout|since|until|by|last|this\s+past)\s+)?(?P<m>{_MONTH})(?!\s+{_DAY})"
    r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?")
_PART_OF_MONTH = re.compile(  # "the first three weeks of August", "the last week of May", "the second half of June"
    r"\b(?i:the)\s+(?:(?P<edge>(?i:first|last|final))\s+(?:(?P<n>(?i:" + _SMALL_NUMBER + r"))\s+)?"
    r"(?P<unit>(?i:weeks?|days?|fortnight))|(?P<half>(?i:first|second))\s+(?i:half))\s+(?i:of)\s+"
    rf"(?P<m>{_MONTH})(?:\s+(?P<y>(?:19|20)\d\d)(?!\d))?")
# "the first half of 2025", "the second quarter of 2023", "the first six months of 2024": a part of a written year.
_PART_OF_YEAR = re.compile(
    r"\b(?i:the)\s+(?:(?P<half>(?i:first|second))\s+(?i:half)|(?P<q>(?i:first|second|third|fourth|last))\s+(?i:quarter)"
    r"|(?P<edge>(?i:first|last))\s+(?P<n>(?i:" + _SMALL_NUMBER + r"|\d{1,2}))\s+(?i:months))"
    r"\s+(?i:of)\s+(?:(?:(?i:the\s+year\s+))?(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|(?P<this>(?i:the|this)\s+(?:(?i:current)\s+)?(?i:year)\b(?!\s+(?:19|20)\d\d)))")  # "… of the year": the current one
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}
# "early October" = 1-10, "mid-October" = 11-20, "late October" / "the end of October" = 21 to its last day.
_EDGE_OF_MONTH = re.compile(
    r"\b(?:(?P<adj>(?i:early|mid|late))[\s-]+|(?i:the)\s+(?P<noun>(?i:beginning|start|middle|end))\s+(?i:of)\s+)"
    rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?")
# Solar Hijri years: written with the Iranian year's name, or as a fiscal year in the 1300s/1400s.
_IRANIAN_YEAR = re.compile(
    r"\b(?:(?:(?:Iranian|Persian|solar(?:\s+hijri)?)\s+(?:(?:fiscal|calendar)\s+)?|fiscal\s+)?year\s+(?P<y>1[34]\d\d)"
    r"|(?P<y2>1[34]\d\d)\s+(?:Iranian|Persian|solar)\s+year)(?!\d)", re.I)
_SINCE_OPENING = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\s*[–—-]\s*)?Since\b(?!\s+then\b)[^,]*,")  # a live entry's clock first


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
    role: str = "event"  # "attribution" ("said on Monday"), "weak" ("now"), "ignored" (dateline, "published on"),
    # "attribute" (the date of another event named: "the offensive of 19 September")
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


def reference_date(source: Source) -> date | None:
    """The day relative dates count from: the earliest possible publication day; None when it is unknown."""
    return source.published.earliest or source.published.latest


def resolve_year(month: int, ref: date, year: int | None = None, future: bool = False) -> int:
    """A written year wins; otherwise a month after the reference month belongs to the year before, and
    in a sentence that speaks of what is still to come a month before it to the year after ("from January 1"
    in a December report)."""
    if year:
        return year
    if future:
        return ref.year + 1 if month < ref.month else ref.year
    return ref.year - 1 if month > ref.month else ref.year


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


def _overlaps(a: DateReading, b: DateReading) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a.spans for y0, y1 in b.spans)


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


def _read_parts_of_year(sentence: str, ref: date, future: bool) -> list[DateReading]:
    """'during the first half of 2025' = 1 January - 30 June 2025; 'the third quarter of 2023' = July-September."""
    out = []
    for m in _PART_OF_YEAR.finditer(sentence):
        year = int(m.group("y")) if m.group("y") else ref.year
        if m.group("half"):
            first, last = (1, 6) if m.group("half").lower() == "first" else (7, 12)
        elif m.group("q"):
            q = _QUARTERS[m.group("q").lower()]
            first, last = 3 * q - 2, 3 * q
        else:
            n = _small_number(m.group("n")) if not m.group("n").isdigit() else int(m.group("n"))
            if not n or n > 12:
                continue
            first, last = (1, n) if m.group("edge").lower() == "first" else (13 - n, 12)
        if m.group("this") and date(year, last, calendar.monthrange(year, last)[1]) > ref and not future:
            year -= 1  # "the first nine months of the year", said in February: of the year before
        out.append(DateReading("period", date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]),
                               spans=(m.span(),), text=m.group(), relative=bool(m.group("this"))))
    return out


def _read_edges_of_month(sentence: str, ref: date, future: bool) -> list[DateReading]:
    """'in early October', 'by mid-September', 'since the beginning of August': a third of the month."""
    out = []
    for m in _EDGE_OF_MONTH.finditer(sentence):
        month = _month_number(m.group("m"))
        year = resolve_year(month, ref, _int_or_none(m.group("y")), future)
        edge = (m.group("adj") or m.group("noun")).lower()
        first, last = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
                       "middle": (11, 20)}.get(edge, (21, calendar.monthrange(year, month)[1]))
        out.append(DateReading("period", date(year, month, first), date(year, month, last), spans=(m.span(),),
                               text=m.group()))
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
    if base > m.start() and re.search(r"\b\d{1,2}\s+$", sentence[:m.start()]) \
            and _counted_after(sentence, base + len(re.match(_DAY, m.group("days")).group())):
        return (), m.end()  # "On 5 September 18 vehicles passed": 5 September is the day, 18 counts vehicles
    for d in re.finditer(_DAY, m.group("days")):
        if days and (_counted_after(sentence, base + d.end()) or _day_number(d.group()) > 31):
            return tuple(days), last_end  # the year tail, if any, belonged to the dropped number
        days.append(_day_number(d.group()))
        last_end = base + d.end()
    return tuple(days), m.end()


_MONTH_RANGE = re.compile(  # "between December 2022 and July 2023", "from March to May"
    rf"\b(?i:between|from)\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>(?:19|20)\d\d))?\s+(?i:and|to|until|till|through)\s+"
    rf"(?P<m2>{_MONTH})(?!\s+{_DAY})(?:\s+(?P<y2>(?:19|20)\d\d))?")


# "in September and October 2023": two months in a row, one period
_MONTH_PAIR = re.compile(rf"\b(?i:in|during)\s+(?P<m1>{_MONTH})(?P<y1>)\s+(?i:and)\s+(?P<m2>{_MONTH})(?!\s+{_DAY})"
                         rf"(?:\s+(?P<y2>(?:19|20)\d\d))?")


def _read_month_ranges(sentence: str, ref: date, future: bool) -> list[DateReading]:
    out = []
    for m in [*_MONTH_RANGE.finditer(sentence), *_MONTH_PAIR.finditer(sentence)]:
        m1, m2 = _month_number(m.group("m1")), _month_number(m.group("m2"))
        y2 = resolve_year(m2, ref, _int_or_none(m.group("y2")), future)
        y1 = _int_or_none(m.group("y1")) or (y2 if m1 <= m2 else y2 - 1)
        if (y1, m1) > (y2, m2):
            continue
        out.append(DateReading("period", date(y1, m1, 1), _month_end(y2, m2), spans=(m.span(),), text=m.group()))
    return out


_WHICH_YEAR = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(last|previous|this|next)\s+year\b", re.I)


def _read_months(sentence: str, ref: date, future: bool) -> list[DateReading]:
    out = []
    for m in _MONTH_PHRASE.finditer(sentence):
        lead = (m.group("lead") or "").strip().lower()
        if not (lead or m.group("y")):
            continue  # a bare month name is too weak a signal ("March" may start a sentence)
        month = _month_number(m.group("m"))
        year = resolve_year(month, ref, _int_or_none(m.group("y")), future)
        if lead in ("last", "this past") and not m.group("y") and month == ref.month:
            year -= 1  # "last March", said in March: a year ago
        which = _WHICH_YEAR.match(sentence, m.end()) if not m.group("y") else None
        if which:  # "in December of last year", "in March this year": the year is said in words
            year = ref.year + {"last": -1, "previous": -1, "this": 0, "next": 1}[which.group(1).lower()]
        out.append(DateReading("month", date(year, month, 1), _month_end(year, month), spans=(m.span(),),
                               text=m.group(), since=lead == "since"))
    return out
