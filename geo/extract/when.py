"""Rule 2, a sentence's dates: every reader run over it, overlaps settled (the more specific form wins), and
each reading's role — the event, the day something was said, or the publication itself (a dateline)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from .dates import (_DAY, _MONTH, _SINCE_OPENING, DateReading, _overlaps, _read_iranian_years, _read_listed_days,
                    _read_month_ranges, _read_months, _read_parts_of_month, _read_ranges, _read_seasons)
from .relative import (_read_relative_phrases, _read_standing, _read_weak, _read_weekdays, _read_weekends,
                       _with_anchored)

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


def _with_role(sentence: str, r: DateReading, dateline_end: int) -> DateReading:
    before = sentence[:r.first]
    if r.first < dateline_end or _METADATA_BEFORE.search(before) or _DESCRIBES_PERIOD_BEFORE.search(before):
        return replace(r, role="ignored")
    if r.role == "weak":
        return r
    opening = _SINCE_OPENING.match(sentence)
    since = r.since or bool(_SINCE_BEFORE.search(before)) or bool(opening and r.first < opening.end())
    if since and re.match(r",?\s+when\b", sentence[r.last:]):
        since = False  # "since September, when Azerbaijan began charging fees": September dates what began
    role = "attribution" if _ATTRIBUTION_BEFORE.search(before) else "event"
    return replace(r, role=role, since=since)


_READERS = (_read_iranian_years, _read_ranges, _read_month_ranges, _read_parts_of_month, _read_seasons,
            _read_listed_days, _read_months, _read_weekdays, _read_weekends, _read_relative_phrases, _read_standing, _read_weak)
