"""Rule 2, relative dates: weekdays, weekends, "yesterday", "last week", "now", states that still hold at
publication ("blocked for the 102nd day"), and dates read against another one in the sentence ("the year
before"). All count from the publication day; without one they are marked "year unknown" (without_year)."""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from .dates import _MONTH, _SMALL_NUMBER, DateReading, _month_number, _overlaps, _small_number, iranian_year

_RELATIVE = re.compile(
    r"\b(?:the\s+day\s+before\s+yesterday|yesterday|last\s+(?:week|month|year)|(?:earlier\s+|later\s+)?this\s+(?:week|month)"
    r"|since\s+(?:this\s+|the\s+)?(?:morning|midnight|dawn)(?!\s+(?:on|of)\s+\w)"  # not "since midnight on Monday"
    rf"|(?P<n>{_SMALL_NUMBER})\s+(?P<unit>days?|weeks?)\s+ago"
    rf"|(?:over|in|during|within)\s+(?:(?:the\s+)?past|the\s+last)\s+(?:(?P<pn>\d+|{_SMALL_NUMBER})\s+)?(?P<punit>days?|weeks?|months?"
    r"|hours))\b", re.I)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY = re.compile(
    r"(?:\b(?P<lead>(?i:since|last|on|this\s+past|next))\s+)?"
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_PART_OF_DAY = r"(?:\s+(?i:morning|afternoon|evening|night))?"
# "between Sunday afternoon and Tuesday morning", "from Monday to Wednesday", "the night of Tuesday to Wednesday"
_WEEKDAY_RANGE = re.compile(
    r"\b(?:(?i:between|from)|(?i:the\s+night\s+of))\s+(?:(?P<lead>(?i:last))\s+)?"
    rf"(?P<a>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday){_PART_OF_DAY}\s+(?i:and|to|until|till|through)\s+"
    rf"(?P<b>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday){_PART_OF_DAY}\b")
# "will arrive on Sunday", "are due on Friday": a weekday ahead of publication, in its own clause.
_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|planned|set)|to\s+(?:arrive|leave|open"
                    r"|reopen|resume|start|begin|meet|visit))\b[^.;,:]{0,50}$", re.I)
_WEEKEND = re.compile(r"\b(?P<lead>(?:over|at|during)\s+the|last|this\s+past)\s+weekend\b", re.I)
# Words that date a count at publication ("is now limited", "remain stranded") but too weak to make a claim alone.
# "so far", "to date": a figure that holds on the day it is published
_WEAK = re.compile(r"\b(?:today|now|currently(?=\s*,)|(?<!the\s)remains?|so\s+far|to\s+date|at\s+present|at\s+the\s+moment)\b", re.I)
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
_SMALL_WORDS = {w: i + 2 for i, w in enumerate(
    "two three four five six seven eight nine ten eleven twelve".split())}
# A state that still holds at publication, strong enough to date a restriction: "blocked for the 102nd day",
# "on day 51 of the blockade", "now in its 116th day", "remains closed"; "earlier today", "this morning"; a live report's clock time.
_STANDING = re.compile(
    r"\b(?:for|(?:now\s+)?in\s+its)\s+(?:the\s+|a\s+)?(?P<nth>\d+(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")\s+(?:consecutive\s+|straight\s+)?"
    r"(?P<unit>day|week|month)\b"
    r"|\bfor\s+(?P<count>\d+|" + "|".join(_SMALL_WORDS) + r")\s+(?:consecutive\s+|straight\s+)?days"
    r"(?:\s+(?:now|already|in\s+a\s+row|running))"
    r"|\b(?:on\s+)?day\s+(?P<dayn>\d+)\s+of\b|\b(?:the\s+|its\s+)?(?P<nth2>\d+(?:st|nd|rd|th)|"
    + "|".join(_ORDINALS) + r")\s+day\s+of\b|\benters?\s+(?:its\s+|the\s+)?(?P<nth3>\d+(?:st|nd|rd|th)|"
    + "|".join(_ORDINALS) + r")\s+day\b"
    r"|\b(?:remains?|is\s+still|are\s+still|stays?)\s+(?:closed|blocked|shut|sealed|suspended|cut\s+off)\b"
    r"|\b(?:earlier|later)\s+today\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b"
    r"|^\s*\d{1,2}:\d{2}\s*[–—-]", re.I)
_OVERNIGHT = re.compile(r"\bovernight\b|\blast\s+night\b", re.I)
# Read against the date written before them in the same sentence.
_A_YEAR_EARLIER = re.compile(
    r"\b(?:(?:in|during)\s+)?(?:the\s+(?:year|twelve\s+months)\s+(?:before|earlier)|the\s+previous\s+year"
    r"|a\s+year\s+(?:earlier|before))\b", re.I)
_SAME_SPAN_OF = re.compile(
    r"\b(?:(?i:in|during)\s+)?(?i:the\s+same\s+(?:weeks?|days?|period|dates))\s+(?i:of|in)\s+" + rf"(?P<m>{_MONTH})")
# not "On Saturday, the day before the floods": an apposition that names the day already given
_DAY_BEFORE = re.compile(r"\bthe\s+(?:previous|preceding)\s+day\b|(?<!,\s)\bthe\s+day\s+before\b(?!\s+yesterday)"
                         r"(?!\s+(?:the|a|an|his|her|its|their)\s)"
                         r"|\ba\s+day\s+earlier\b|\ba\s+day\s+before\b(?=\s*(?:[,.;]|$))", re.I)
# With no publication date, dates are read against a placeholder day in a year no report here names; every
# reading that lands near it took its year (or its day) from the placeholder and is marked "year unknown"
# instead (without_year), so nothing is ever resolved against today's date.
NO_PUBLICATION_REF = date(1900, 7, 1)
_PLACEHOLDER_YEARS = range(1898, 1903)


def without_year(reading: DateReading) -> DateReading:
    """A reading resolved against the placeholder publication day → an unknown date, flagged with what was
    written ("14 March", "yesterday"). Readings with their own written year are kept."""
    years = {d.year for d in (reading.start, reading.end, *reading.dates) if d is not None}
    if not years & set(_PLACEHOLDER_YEARS) or re.search(r"\b(?:1898|1899|1900|1901|1902)\b", reading.text):
        return reading
    what = " ".join(reading.text.split()) or "a date"
    if reading.role == "weak" or reading.flags:
        why = f"read as the day of publication ('{what}'), which is unknown"
    else:
        why = f"{'relative date' if reading.relative else 'date without a year'} '{what}' and no " \
              "publication date given or found in the text"
    return replace(reading, precision="unknown", start=None, end=None, dates=(), relative=False, since=False,
                   flags=(f"year unknown: {why}",))


def _read_weekdays(sentence: str, ref: date, future: bool) -> list[DateReading]:
    """'on Tuesday' is the last Tuesday up to publication (the day itself in a Tuesday report);
    'last Tuesday' is never the publication day; 'next Tuesday' is the first one after it."""
    out = []
    for m in _WEEKDAY.finditer(sentence):
        lead = " ".join((m.group("lead") or "").lower().split())
        back = (ref.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7
        if lead in ("last", "this past") and back == 0:
            back = 7
        ahead = lead == "next" or (lead in ("on", "") and back and _AHEAD.search(sentence[:m.start()]))
        day = ref + timedelta(days=(7 - back) % 7 or 7) if ahead else ref - timedelta(days=back)
        out.append(DateReading("day", day, day, spans=(m.span(),), text=m.group(), since=lead == "since",
                               relative=True))
    return out


def _read_weekday_ranges(sentence: str, ref: date, future: bool) -> list[DateReading]:
    """'between Sunday afternoon and Tuesday morning': the last such stretch up to publication."""
    out = []
    for m in _WEEKDAY_RANGE.finditer(sentence):
        end_back = (ref.weekday() - _WEEKDAYS[m.group("b").lower()]) % 7
        end = ref - timedelta(days=end_back)
        length = (_WEEKDAYS[m.group("b").lower()] - _WEEKDAYS[m.group("a").lower()]) % 7
        if m.group("lead"):
            end -= timedelta(days=7 if end_back == 0 else 0)
        out.append(DateReading("period", end - timedelta(days=length), end, spans=(m.span(),), text=m.group(),
                               relative=True))
    return out


# "on the 12th": a day of the publication's month (of the month before, when the day is still ahead).
_DAY_OF_MONTH = re.compile(r"\b(?i:on)\s+the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of|day|anniversary"
                           r"|consecutive|straight|floor|century|time|round|session|meeting|convoy)\b)")


def _read_days_of_month(sentence: str, ref: date, future: bool) -> list[DateReading]:
    out = []
    for m in _DAY_OF_MONTH.finditer(sentence):
        n = int(m.group("d"))
        year, month = (ref.year, ref.month) if n <= ref.day else \
            ((ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12))
        if n > calendar.monthrange(year, month)[1]:
            continue
        day = date(year, month, n)
        out.append(DateReading("day", day, day, spans=(m.span(),), text=m.group(), relative=True,
                               flags=(f"'{m.group()}' read as {n} {calendar.month_name[month]}: the latest such day "
                                      "up to publication",)))
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
    if low.startswith("since"):  # "since midnight": the day of publication
        return DateReading("day", ref, ref)
    if low.startswith("later this"):  # "later this month": after publication, to the end of the week or month
        end = ref + timedelta(days=6 - ref.weekday()) if low.endswith("week") else \
            ref.replace(day=calendar.monthrange(ref.year, ref.month)[1])
        return DateReading("period", min(ref + timedelta(days=1), end), end)
    if low.startswith(("earlier this", "this")):  # "earlier this week": from its Monday (or the 1st) to publication
        start = ref - timedelta(days=ref.weekday()) if low.endswith("week") else ref.replace(day=1)
        return DateReading("period", start, ref)
    if m.group("punit"):  # "over the past three days", "in the last week": up to publication
        n = (int(m.group("pn")) if m.group("pn").isdigit() else _small_number(m.group("pn"))) if m.group("pn") else 1
        unit = m.group("punit").lower()
        if unit == "hours" or (unit == "day" and not m.group("pn")):
            # "in the past 24 hours", "over the past day": the day before publication and the day itself
            return DateReading("period", ref - timedelta(days=max(1, -(-n // 24)) if unit == "hours" else 1), ref)
        days = n * (30 if unit.startswith("month") else 7 if unit.startswith("week") else 1)
        return DateReading("period", ref - timedelta(days=days - 1 if unit.startswith("day") else days), ref)
    back = {"yesterday": 1, "the day before yesterday": 2}.get(low)
    if back is None:
        back = _small_number(m.group("n")) * (7 if m.group("unit").lower().startswith("week") else 1)
    day = ref - timedelta(days=back)
    return DateReading("day", day, day)


def _read_weak(sentence: str, ref: date, future: bool) -> list[DateReading]:
    return [DateReading("day", ref, ref, spans=(m.span(),), text=m.group(), role="weak", relative=True)
            for m in _WEAK.finditer(sentence)]


def _read_standing(sentence: str, ref: date, future: bool) -> list[DateReading]:
    out = []
    for m in _STANDING.finditer(sentence):
        nth = (m.group("nth") or m.group("nth2") or m.group("nth3") or "").lower()
        n = _ORDINALS.get(nth) or (int(nth[:-2]) if nth[:-2].isdigit() else 0)
        count = (m.group("count") or m.group("dayn") or "").lower()
        n = n or _SMALL_WORDS.get(count) or (int(count) if count.isdigit() else 0)
        # "on day 51 of" is that one day, not the period; "for the 60th day", "now in its 116th day" a period
        lasting = m.group().lower().startswith(("for", "enter", "now in", "in its"))
        if n > 1 and lasting and (m.group("unit") or "day").lower() == "day":
            # "blocked for the 60th day": it began 59 days before publication — derived, and said so
            start = ref - timedelta(days=n - 1)
            out.append(DateReading("period", start, ref, spans=(m.span(),), text=m.group(), relative=True,
                                   flags=(f"derived: day 1 counted back from the publication date ('{m.group()}')",)))
            continue
        clock = m.group()[-1:] in "–—-"  # a live report's "15:10 –": only when the sentence gives no other date
        out.append(DateReading("day", ref, ref, spans=(m.span(),), text=m.group().strip(" –—-"), relative=True,
                               role="weak" if clock else "event",
                               flags=(f"date read as the day of publication ('{m.group().strip(' –—-')}')",)))
    for m in _OVERNIGHT.finditer(sentence):
        day = ref - timedelta(days=1)
        out.append(DateReading("period", day, ref, spans=(m.span(),), text=m.group(), relative=True,
                               flags=(f"'{m.group()}': the night before publication",)))
    return out


def _with_anchored(sentence: str, found: list[DateReading]) -> list[DateReading]:
    """'compared with 60,500 in the year before', 'up from 2,310 in the same weeks of July', 'the previous day':
    each is read against the nearest date written before it in the sentence."""
    out = list(found)
    anchored = ((_A_YEAR_EARLIER, _year_before), (_SAME_SPAN_OF, _same_span_in), (_DAY_BEFORE, _day_before),
                (_NIGHT_AFTER, _night_after))
    for pattern, reader in anchored:
        for m in pattern.finditer(sentence):
            earlier = [r for r in out if r.start and r.last <= m.start() and r.role in ("event", "attribution")]
            anchor = max(earlier, key=lambda r: r.last) if earlier else None
            probe = DateReading(spans=(m.span(),))
            if anchor is not None and reader is _night_after:
                # "halted on Shahrivar 20, and dozens of trucks waited overnight": that night, not the last one
                out = [r for r in out if not (_overlaps(probe, r) and r.text.lower() == "overnight")]
            if anchor is None or any(_overlaps(probe, r) for r in out):
                continue
            out.append(replace(reader(anchor, m), spans=(m.span(),), text=m.group(), role="event"))
    return sorted(out, key=lambda r: r.first)


# "halted on Shahrivar 20, and dozens of trucks waited overnight": that day and the next
_NIGHT_AFTER = re.compile(r"\b(?:wait(?:ed|ing)|stay(?:ed|ing)|queu(?:ed|ing)|st(?:ood|anding)|sle(?:pt|eping)|stuck"
                          r"|stranded)\s+overnight\b|\bspen[dt]\s+the\s+night\b", re.I)


def _night_after(anchor: DateReading, m: re.Match) -> DateReading:
    if anchor.precision != "day" or anchor.start is None:
        return anchor
    return DateReading("period", anchor.start, anchor.start + timedelta(days=1))


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


def since_to_publication(r: DateReading | None, ref: date) -> DateReading:
    """'28,120 people have crossed since Sunday', 'closed since July 26': it runs from that day to publication."""
    if r is None:
        return DateReading()
    if r.since and r.start is not None and r.start <= ref:
        return replace(r, precision="period", end=ref, dates=())
    if r.since and r.start is not None and ref == NO_PUBLICATION_REF:
        return replace(r, flags=r.flags + (f"'{r.text}' runs to the publication date, which is unknown",))
    return r


def is_relative(reading: DateReading) -> bool:
    return reading.relative
