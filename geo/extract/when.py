"""Rule 2, a sentence's dates: every reader run over it, overlaps settled (the more specific form wins), and
each reading's role — the event, the day something was said, or the publication itself (a dateline)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from .dates import (_DAY, _MONTH, _SINCE_OPENING, DateReading, _overlaps, _read_edges_of_month, _read_iranian_years,
                    _read_listed_days, _read_month_ranges, _read_months, _read_parts_of_month, _read_parts_of_year,
                    _read_ranges)
from .seasons import _read_seasons, read_whole_years
from .verbs import restriction_words
from .solar import SOLAR_MONTH, read_solar_dates
from .relative import (_read_days_of_month, _read_relative_phrases, _read_standing, _read_weak,
                       _read_weekday_ranges, _read_weekdays, _read_weekends, _with_anchored)

_FUTURE = re.compile(
    r"\b(?:(?<!own\s)(?<!free\s)will(?!\s+of\b)|shall|(?:scheduled|expected|planned)\s+to"
    # "are due to meet", not "closed due to the measures": a cause
    r"|due\s+to(?=\s+(?:be|meet|arrive|leave|open|start|begin|visit|hold|take|return|resume|reopen|depart|travel|sign"
    r"|receive|cross|enter|launch|hand|continue)\b)"
    r"|(?:is|are)\s+to\s+(?:meet|be|hold|open|start|begin|visit|join|take|hand|close|reopen|resume|receive|send)"
    # "Armenia plans to take sole charge of the crossing in March"
    r"|(?:plans?|planning|intends?|intending|aims?)\s+to"
    # "expects the return flow to peak on Farvardin 13", "said the commissions would meet again in June"
    r"|expect(?:s|ing)?\s+(?:[\w-]+\s+){0,4}?to|would\s+(?:\w+\s+)?(?:meet|open|reopen|resume|start|begin|close|return"
    r"|hold|visit|arrive|leave|continue|hand))\b", re.I)
# "GORIS, Armenia, Sept 26 (Meridian) -", "Baku, September 16, CaspiNews.": the place and day of publication.
_DATELINE = re.compile(
    r"^\(?(?:[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*)*,\s+){1,2}"  # a rights group's "(Berlin, April 6, 2023) –" too
    rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH}|(?:{SOLAR_MONTH})\s+{_DAY}|{_DAY}\s+(?:{SOLAR_MONTH}))(?:,?\s+(?:19|20|13|14)\d\d)?\)?"
    r"(?:\s*\([^)]*\)|,\s*[A-Z][\w ]*)?\s*(?:[-–—]|\.|$)")
_METADATA_BEFORE = re.compile(r"\b(?:published|updated|posted|released|issued)\s+(?:on\s+)?$", re.I)
_ATTRIBUTION_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+(?:\s+\w+)?|stated|announced|reported|added|confirmed)"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
_DESCRIBES_PERIOD_BEFORE = re.compile(  # "the Iranian year 1400, which ended on 20 March": part of the year
    r",\s*which\s+(?:ended|ends|began|begins|started|starts|ran|runs)\s+(?:on\s+|in\s+)?$", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:midnight|noon|dawn|the\s+(?:early\s+)?(?:morning|evening|afternoon))"
                           r"\s+(?:on\s+|of\s+)?)?$", re.I)  # "since midnight on Monday", "since the February 6 earthquakes"
# "a 21% decrease compared with the same period last year", "up from 2,310 in 2022": the date of what it is compared with
_COMPARISON_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|as\s+against|year-on-year|versus|than)\s+(?:(?:the|a|an)\s+)?"
                                r"(?:(?:same|corresponding)\s+(?:period|months?|weeks?|days?)\s+(?:of\s+|in\s+)?)?(?:in\s+)?$"
                                r"|\b(?:up|down)\s+from\s+[\d,.]+(?:\s+\w+){0,3}?\s+(?:in|on|during)\s+$", re.I)
# "36,000 have come back since 14 November, when …": a present perfect runs from that day to publication
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:not\s+|now\s+|also\s+|already\s+|so\s+far\s+)?(?:been\s+)?(?:\w+(?:ed|en)|come|gone"
                      r"|left|fled|got|brought|sent|made|taken|crossed|run|held|kept|stood|stayed|lived)\b", re.I)
_COUNTED = re.compile(r"\d|\b(?:a\s+single|dozens|hundreds|thousands)\b", re.I)
_RANGE_AFTER = re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s", re.I)
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:began|started|opened|closed|ended|broke\s+out"
                           r"|erupted|resumed|took\s+effect|came\s+into\s+force|was\s+\w+)"
                           r"(?:\s+[\w'’-]+){0,2}?\s+(?:on|in)\s+$", re.I)
# "the offensive of 19-20 September", "before Azerbaijan's offensive last week": the date of another event that
# the sentence names, not of what it counts; used only when the sentence gives no other date.
_EVENT_NOUNS = (r"offensive|operation|war|attack|assault|escalation|hostilities|fighting|clashes|ceasefire|truce"
                r"|statement|agreement|declaration|decision|decree|order|resolution|ruling|elections?|referendum")
_ATTRIBUTE_BEFORE = re.compile(
    rf"(?:\b(?:{_EVENT_NOUNS})\s+of\s+|\b(?:before|after|following|until)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_EVENT_NOUNS})"
    r"\s+(?:on\s+|in\s+)?"
    rf"|\b(?:{_EVENT_NOUNS})\s+(?:signed|adopted|issued|agreed|reached|launched|began|started)\b[^.;,]{{0,60}}?\s+(?:on|in)\s+)$",
    re.I)
def read_date(sentence: str, ref: date) -> DateReading:
    """The date a sentence gives for its event: the first event date, else the day something was said."""
    return main_reading(read_dates(sentence, ref))


def main_reading(readings: Sequence[DateReading]) -> DateReading:
    for role in ("event", "attribution", "attribute"):
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
        readings = reader(sentence, ref, future)
        if future:  # "Following the decision on 11 December, the number will rise": the future is another clause's
            past = {(r.first, r.last): r for r in reader(sentence, ref, False)}
            readings = [r if _FUTURE.search(_clause_of(sentence, r)) else past.get((r.first, r.last), r)
                        for r in readings]
        for r in sorted(readings, key=lambda r: (r.first, -r.last)):
            if not any(_overlaps(r, f) for f in found):
                found.append(r)
    dateline = _DATELINE.match(sentence)
    found = [_with_role(sentence, r, dateline.end() if dateline else -1) for r in found]
    found = _without_restated_present(_narrowed(sorted(found, key=lambda r: r.first)))
    return _joined(sentence, _with_anchored(sentence, found))


def _without_restated_present(found: list[DateReading]) -> list[DateReading]:
    """'the land borders remain closed, as they have been since March 2020': the state since then, not today only."""
    if not any(r.since and r.start is not None for r in found):
        return found
    return [r for r in found if not (r.relative and r.text.lower().startswith("remain"))]


def _narrowed(found: list[DateReading]) -> list[DateReading]:
    """'Last month she came back, one of 19 families who arrived on August 22': a relative month or year that
    holds a day the sentence writes out says the same thing less exactly; the day stands for both."""
    days = [r for r in found if r.precision == "day" and not r.relative and r.start is not None]
    return [r for r in found if not (r.relative and r.precision in ("month", "year") and r.start is not None
                                     and any(r.start <= d.start and d.end <= r.end for d in days))]


def _clause_of(sentence: str, r: DateReading) -> str:
    """The comma clause a reading sits in."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, r.first)), default=0)
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, r.last)), len(sentence))
    return sentence[start:end]


_CLAUSE_BREAK = re.compile(r"[,;:]\s")
_JOIN_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)
# "As of 6 p.m. Monday, … since Sunday morning": a running total from the one day to the other.
_AS_OF_BEFORE = re.compile(r"\b(?:as\s+of|by|until)\s+(?:(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s+)?"
                           r"(?:on\s+)?$", re.I)
_JOIN_BETWEEN = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:until|till|to|through|and)\s+", re.I)


def _joined(sentence: str, found: list[DateReading]) -> list[DateReading]:
    """'from Monday evening until yesterday afternoon', 'from 20 September to today': two dates that open and
    close one stretch are one period."""
    out: list[DateReading] = []
    for r in found:
        prev = out[-1] if out else None
        if prev is not None and prev.role == "event" and r.role in ("event", "weak") and prev.start and r.end \
                and prev.start <= r.end \
                and _JOIN_BEFORE.search(sentence[:prev.first]) and _JOIN_BETWEEN.fullmatch(sentence, prev.last, r.first):
            out[-1] = replace(prev, precision="period", role="event", end=r.end, dates=(), spans=prev.spans + r.spans,
                              text=sentence[prev.first:r.last], relative=prev.relative or r.relative,
                              flags=prev.flags + r.flags)
            continue
        out.append(r)
    return _as_of_since(sentence, out)


def _as_of_since(sentence: str, found: list[DateReading]) -> list[DateReading]:
    since = [r for r in found if r.since and r.role == "event" and r.start]
    as_of = [r for r in found if not r.since and r.role == "event" and r.end and _AS_OF_BEFORE.search(sentence[:r.first])]
    if len(since) != 1 or len(as_of) != 1 or since[0].start > as_of[0].end:
        return found
    a, b = since[0], as_of[0]
    joined = replace(a, precision="period", end=b.end, dates=(), spans=a.spans + b.spans, since=False,
                     text=f"{b.text} … {a.text}", relative=a.relative or b.relative, flags=a.flags + b.flags)
    return sorted([r for r in found if r is not a and r is not b] + [joined], key=lambda r: r.first)


def _with_role(sentence: str, r: DateReading, dateline_end: int) -> DateReading:
    before = sentence[:r.first]
    if r.first < dateline_end or _METADATA_BEFORE.search(before) or _DESCRIBES_PERIOD_BEFORE.search(before) \
            or _COMPARISON_BEFORE.search(before):
        return replace(r, role="ignored")
    if r.role == "weak":
        return r
    opening = _SINCE_OPENING.match(sentence)
    if _ATTRIBUTE_BEFORE.search(before):
        # "Since the clashes began on 6 Mehr, more than 40 shells have fallen": what began dates the figure's start
        if (_SINCE_CLAUSE.search(before) or opening and r.first < opening.end()) and _PERFECT.search(sentence):
            return replace(r, role="event", since=True)
        return replace(r, role="attribute")
    since = r.since or bool(_SINCE_BEFORE.search(before)) or bool(opening and r.first < opening.end())
    # a figure in the present perfect runs to publication: "36,000 have come back since 14 November, when …",
    # "2,100 tonnes have been moved since the centre began work on 25 November"
    counted = bool(_PERFECT.search(before) and _COUNTED.search(before))
    when = re.match(r",?\s+when\b([^,;]*)", sentence[r.last:])
    if since and when and not counted:
        # "since September, when Azerbaijan began charging fees": September dates what began; but "Since November
        # 2020, when troops took up positions on the ridge, the pastures have been closed": a state since then
        after = sentence[r.last + when.end():]
        # (a count in the when-clause is that day's: "since 8 August, when the ICRC took 11 people to hospitals")
        since = not restriction_words(when.group(1)) and not _COUNTED.search(when.group(1)) and bool(
            _PERFECT.search(before) or _PERFECT.search(after))
    if not since and counted and _SINCE_CLAUSE.search(before):
        since = True
    if not since and re.search(r"\bfrom\s+$", before, re.I) and _PERFECT.search(sentence) \
            and not _RANGE_AFTER.match(sentence, r.last):
        since = True  # "from September 19, 8 observation posts have been closed": up to now
    role = "attribution" if _ATTRIBUTION_BEFORE.search(before) else "event"
    return replace(r, role=role, since=since)


_READERS = (read_solar_dates, _read_iranian_years, _read_parts_of_year, _read_ranges, _read_month_ranges, _read_parts_of_month, _read_edges_of_month,
            _read_seasons, _read_listed_days, _read_months, _read_days_of_month, _read_weekday_ranges, _read_weekdays,
            _read_weekends,
            _read_relative_phrases, _read_standing, _read_weak, read_whole_years)
