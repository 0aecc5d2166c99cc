"""Text → dated, counted claims (ingest). Every claim comes back as review_status "auto".

Only the article body is read; quote offsets index the full captured text, and the
quote is the sentence the claim comes from. The rules, in the order they run:

1. Sentences keep their offsets; "U.S.", "Nov.", "No.", initials and decimals do not end one,
   and a sentence that ends inside quotes (."), keeps its closing quote.
2. Dates: ranges ("from July 11 to August 8", "between 3 and 5 March") → period; two or more
   listed days (the month carries over until a new month name) → days; one date → day, read by
   dateparser; "in August (of 2021)" → month; "yesterday", "last week", "on Tuesday" → dateparser
   against the publication date. Impossible dates ("February 30") are flagged, not guessed.
   Years are resolved against the publication date: a month after it belongs to the year before.
3. Counts in digits or words with their qualifier (about / at least / at most), vague counts
   ("dozens of") with no number, breakdowns in parentheses, and "70 times" beside a vehicle count
   as a second claim in crossings for the same event. Years, dates, ages, percentages and plate
   numbers are not counts: a number only counts when a known unit follows it.
4. Kind from the verb nearest the count; direction from the cue word before each place mention;
   claimant from "according to X" / "X said", else the outlet itself.
5. A sentence becomes a claim when it has a count (or a vague one), or a date together with a
   movement, diplomatic or restriction word. A claim without a date of its own takes the period of
   the directly preceding claim sentence only on a clear continuation ("later left", "of them").
"""
from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import dateparser

from .model import Claim, Mention, Place, Source

# ---------------------------------------------------------------------------------------------
# 1. Sentences
# ---------------------------------------------------------------------------------------------

# Words that end with a full stop without ending the sentence (compared lower-case, no final dot).
ABBREVIATIONS = frozenset({
    "u.s", "u.k", "u.n", "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs",
    "gen", "lt", "col", "capt", "sgt", "gov", "sen", "rep", "inc", "ltd", "co", "corp", "approx", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})

# A terminator, with any closing quotes or brackets it carries, before a capital, digit or quote.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(]?[A-Z0-9]|\s*$)")
_LAST_WORD = re.compile(r"(\S+)$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets into `text` of each sentence in text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[:end]):  # a line break always ends a sentence
        if line.end() <= start:
            continue
        spans.extend(_split_line(text, max(line.start(), start), line.end()))
    return spans


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cut = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text[cut:m.start()], text[m.end():end].lstrip()):
            continue
        spans.append(_trimmed(text, cut, m.end()))
        cut = m.end()
    spans.append(_trimmed(text, cut, end))
    return [s for s in spans if s[1] > s[0]]


def _is_abbreviation(before_dot: str, after: str) -> bool:
    word = _LAST_WORD.search(before_dot)
    if not word:
        return False
    token = word.group(1).lstrip("\"“‘(").lower()
    if token in ("no", "nos"):
        return after[:1].isdigit()  # "No. 5" is a number sign; "they said no. Then …" ends a sentence
    # A lone capital letter is an initial ("J. Smith"), not a sentence end.
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------------------------------------
# 2. Dates
# ---------------------------------------------------------------------------------------------

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
# Case-sensitive on purpose: "may" the verb is not May the month.
_MONTH = (r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
_DAY = r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR_TAIL = r"(?:,?\s+(?:of\s+)?(?P<{t}y>(?:19|20)\d\d)(?!\d))?"
_RANGE_SEP = r"\s*(?P<{t}sep>(?i:to|until|till|through|and)|-|–|—)\s*"
_LIST_SEP = r"(?:\s*,\s*(?:and\s+)?(?:also\s+)?|\s*,?\s+and\s+(?:also\s+)?)"


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
    rf"(?P<lead>\b(?i:in|during|throughout|since|until|by)\s+)?(?P<m>{_MONTH})(?!\s+\d{{1,2}}(?!\d))"
    r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?")
_RELATIVE = re.compile(
    r"\b(?:the\s+day\s+before\s+yesterday|yesterday|today|last\s+(?:week|month|year)"
    r"|(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)\s+ago)\b", re.I)


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

    @property
    def found(self) -> bool:
        """A date was written, even an impossible one: enough to make a movement sentence a claim."""
        return self.precision != "unknown" or bool(self.flags)


def reference_date(source: Source) -> date:
    """The day relative dates count from: the earliest possible publication day when known."""
    return source.published.earliest or source.published.latest or date.today()


def resolve_year(month: int, ref: date, year: int | None = None) -> int:
    """A written year wins; otherwise a month after the reference month belongs to the year before."""
    if year:
        return year
    return ref.year - 1 if month > ref.month else ref.year


def _month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _impossible(surface: str) -> str:
    return f"impossible date: {' '.join(surface.split())}"


def read_date(sentence: str, ref: date) -> DateReading:
    """The date a sentence gives, tried from the most to the least specific form."""
    for reader in (_read_range, _read_listed_days, _read_month, _read_relative):
        reading = reader(sentence, ref)
        if reading is not None:
            return reading
    return DateReading()


def _read_range(sentence: str, ref: date) -> DateReading | None:
    candidates = []
    for m in _RANGE_FULL.finditer(sentence):
        parts = (_atom_parts(m, "a"), _atom_parts(m, "b"))
        candidates.append((m, parts))
    for pattern in (_RANGE_MONTH_AFTER, _RANGE_MONTH_BEFORE):
        for m in pattern.finditer(sentence):
            month, year = _month_number(m.group("m")), _int_or_none(m.group("y"))
            parts = ((month, _day_number(m.group("d1")), year), (month, _day_number(m.group("d2")), year))
            candidates.append((m, parts))
    for m, (a, b) in sorted(candidates, key=lambda c: c[0].start()):
        if m.group("sep").lower() == "and" and (m.group("lead") or "").lower() != "between":
            continue  # "July 11 and 14" is a list of two days, not a range
        if _counted_after(sentence, m.end()):
            continue  # "July 11 to 14 trucks": the 14 is a count
        return _range_reading(m, a, b, ref)
    return None


def _atom_parts(m: re.Match, t: str) -> tuple[int, int, int | None]:
    month = m.group(f"{t}ma") or m.group(f"{t}mb")
    day = m.group(f"{t}da") or m.group(f"{t}db")
    return _month_number(month), _day_number(day), _int_or_none(m.group(f"{t}y"))


def _int_or_none(text: str | None) -> int | None:
    return int(text) if text else None


def _range_reading(m: re.Match, a: tuple, b: tuple, ref: date) -> DateReading:
    (ma, da, ya), (mb, db, yb) = a, b
    wraps = (ma, da) > (mb, db)  # "from December 20 to January 5" runs over the new year
    if ya and not yb:
        yb = ya + 1 if wraps else ya
    yb = yb or resolve_year(mb, ref)
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


def _read_listed_days(sentence: str, ref: date) -> DateReading | None:
    """Every written day outside ranges; two or more make a 'days' list, one is a single day."""
    groups = _day_groups(sentence)
    if not groups:
        return None
    spans = tuple((g[0], g[1]) for g in groups)
    bad = [g[4] for g in groups for day in g[3] if not _valid(resolve_year(g[2], ref, g[5]), g[2], day)]
    if bad:
        return DateReading(flags=(_impossible(bad[0]),), spans=spans, text=bad[0])
    days = sorted({date(resolve_year(g[2], ref, g[5]), g[2], d) for g in groups for d in g[3]})
    if len(days) == 1:
        return _single_day(groups[0][4], days[0], ref, spans)
    return DateReading("days", days[0], days[-1], tuple(days), spans=spans, text=sentence[spans[0][0]:spans[-1][1]])


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


def _single_day(surface: str, own: date, ref: date, spans: tuple) -> DateReading:
    """One written date, read by dateparser (its year rules match ours); our own reading if it fails."""
    parsed = dateparser.parse(surface.replace(" of ", " "), languages=["en"], settings=_absolute_settings(ref))
    day = parsed.date() if parsed else own
    return DateReading("day", day, day, spans=spans, text=surface)


def _absolute_settings(ref: date) -> dict:
    # The end of the reference month, so that dateparser's "prefer the past" moves only a *later month*
    # to the year before, as resolve_year does for ranges and lists ("September 20" in a 10 September text).
    month_end = date(ref.year, ref.month, calendar.monthrange(ref.year, ref.month)[1])
    return {"RELATIVE_BASE": datetime.combine(month_end, datetime.min.time()), "PREFER_DATES_FROM": "past"}


def _relative_settings(ref: date) -> dict:
    return {"RELATIVE_BASE": datetime.combine(ref, datetime.min.time()), "PREFER_DATES_FROM": "past"}


def _read_month(sentence: str, ref: date) -> DateReading | None:
    for m in _MONTH_PHRASE.finditer(sentence):
        if not (m.group("lead") or m.group("y")):
            continue  # a bare month name is too weak a signal ("March" may start a sentence)
        month = _month_number(m.group("m"))
        year = resolve_year(month, ref, _int_or_none(m.group("y")))
        last = calendar.monthrange(year, month)[1]
        return DateReading("month", date(year, month, 1), date(year, month, last), spans=(m.span(),), text=m.group())
    return None


def _read_relative(sentence: str, ref: date) -> DateReading | None:
    m = _RELATIVE.search(sentence)
    if not m:
        return None
    phrase = re.sub(r"^on\s+", "", m.group(), flags=re.I)
    parsed = dateparser.parse(phrase, languages=["en"], settings=_relative_settings(ref))
    if parsed is None:
        return None
    anchor, low = parsed.date(), phrase.lower()
    if low == "last week":  # the whole calendar week before, Monday to Sunday
        monday = anchor - timedelta(days=anchor.weekday())
        return DateReading("period", monday, monday + timedelta(days=6), spans=(m.span(),), text=m.group())
    if low == "last month":
        last = calendar.monthrange(anchor.year, anchor.month)[1]
        return DateReading("month", anchor.replace(day=1), anchor.replace(day=last), spans=(m.span(),), text=m.group())
    if low == "last year":
        return DateReading("period", date(anchor.year, 1, 1), date(anchor.year, 12, 31), spans=(m.span(),), text=m.group())
    return DateReading("day", anchor, anchor, spans=(m.span(),), text=m.group())


def is_relative(reading: DateReading) -> bool:
    return bool(reading.text) and bool(_RELATIVE.fullmatch(reading.text))


# ---------------------------------------------------------------------------------------------
# 3. Counts
# ---------------------------------------------------------------------------------------------

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"thousand": 1_000, "million": 1_000_000}
_NUMBER_WORD = "|".join(sorted([*_SMALL, *_TENS, "hundred", *_SCALES], key=len, reverse=True))


def words_to_number(text: str) -> int | None:
    """'Fifty five', 'fifty-five', 'two hundred and ten', 'three thousand' → int; None if not a number."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total = current = 0
    for t in tokens:
        if t in _SMALL:
            current += _SMALL[t]
        elif t in _TENS:
            current += _TENS[t]
        elif t == "hundred":
            current = max(current, 1) * 100
        elif t in _SCALES:
            total += max(current, 1) * _SCALES[t]
            current = 0
        else:
            return None
    return total + current


_DIGITS = re.compile(
    r"(?<![\w.,/#-])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>million|thousand))?"
    r"(?![\w%]|[.,]\d|-\w)")
_WORDS = re.compile(rf"(?<![\w-])(?:{_NUMBER_WORD})(?:(?:\s+and\s+|\s+|-)(?:{_NUMBER_WORD}))*(?![\w-])", re.I)

UNITS = {
    "vehicle": "vehicles", "vehicles": "vehicles", "truck": "trucks", "trucks": "trucks", "lorry": "trucks",
    "lorries": "trucks", "fuel truck": "fuel trucks", "fuel trucks": "fuel trucks", "fuel tanker": "fuel trucks",
    "fuel tankers": "fuel trucks", "tanker": "fuel trucks", "tankers": "fuel trucks", "car": "cars",
    "cars": "cars", "bus": "buses", "buses": "buses", "ambulance": "ambulances", "ambulances": "ambulances",
    "crossing": "crossings", "crossings": "crossings", "times": "crossings", "people": "people",
    "person": "people", "persons": "people", "resident": "people", "residents": "people", "family": "families",
    "families": "families", "patient": "patients", "patients": "patients", "refugee": "people",
    "refugees": "people", "civilian": "people", "civilians": "people", "serviceman": "servicemen",
    "servicemen": "servicemen",
}
VEHICLE_UNITS = frozenset({"vehicles", "trucks", "fuel trucks", "cars", "buses", "ambulances"})
PEOPLE_UNITS = frozenset({"people", "families", "patients"})
_UNIT = re.compile(r"\s+(" + "|".join(sorted(UNITS, key=len, reverse=True)).replace(" ", r"\s+") + r")\b", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'’-]*)")
# Words that cannot sit between a number and its noun: with them the number counts something else.
_NOT_ADJECTIVES = frozenset(
    "of and or to from in into at on by with for the a an were was are is be been have has had that which who "
    "than per later then also only more times year years day days week weeks month months hour hours minute "
    "minutes percent km kilometres kilometers metres meters tons tonnes litres liters old".split())
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\bplates?|\bplate\s+numbers?|\bregistration(?:\s+numbers?)?|\bNo\.|\bnumber|#|\baged?|\bage\s+of)\s*$", re.I)
# "in 2021 trucks entered": a year after a preposition is a year, while "2000 people fled" is a count.
_YEAR_BEFORE = re.compile(r"\b(?:in|of|since|by|during|until|from|to|year)\s+$", re.I)
_NOT_A_COUNT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)|-year|\s+years?\s+old\b", re.I)
_QUALIFIERS = sorted([
    ("about", "about"), ("around", "about"), ("some", "about"), ("nearly", "about"), ("approximately", "about"),
    ("roughly", "about"), ("almost", "about"), ("an estimated", "about"), ("estimated", "about"),
    ("close to", "about"), ("at least", "at_least"), ("more than", "at_least"), ("over", "at_least"),
    ("upwards of", "at_least"), ("no fewer than", "at_least"), ("no less than", "at_least"),
    ("in excess of", "at_least"), ("up to", "at_most"), ("fewer than", "at_most"), ("less than", "at_most"),
    ("at most", "at_most"), ("no more than", "at_most"), ("only", "exact"),
], key=lambda q: len(q[0]), reverse=True)
_VAGUE = re.compile(
    r"\b(dozens|hundreds|thousands|scores|lots|a lot|a large number|a number|a few|many|several|numerous|countless)"
    r"(?:\s+of)?\b", re.I)
_BREAKDOWN = re.compile(r"\s*\(([^()]*)\)")
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)


@dataclass(frozen=True)
class CountReading:
    """A number and the noun it counts, sentence-relative."""

    start: int
    end: int
    count: int | None
    qualifier: str
    unit: str | None
    breakdown: tuple[tuple[int, str], ...] = ()
    vague: str = ""  # the vague word when there is no number ("dozens")
    vague_phrase: str = ""  # as written, with its "of" ("a lot of")
    unit_from: str = ""  # set when the unit was carried over from another count
    of_them: bool = False  # "twelve of them": a part of what the preceding sentence counted
    surface_unit: str = ""


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    value: int


def _numbers(text: str) -> list[_Number]:
    found = [_Number(m.start(), m.end(), _digit_value(m)) for m in _DIGITS.finditer(text)]
    for m in _WORDS.finditer(text):
        value = words_to_number(m.group())
        inside_digits = any(n.start <= m.start() < n.end for n in found)  # "million" in "1.5 million"
        if value is not None and not inside_digits:
            found.append(_Number(m.start(), m.end(), value))
    return sorted(found, key=lambda n: n.start)


def _digit_value(m: re.Match) -> int:
    value = float(m.group("n").replace(",", ""))
    scale = _SCALES.get((m.group("scale") or "").lower(), 1)
    return int(round(value * scale))


def _unit_after(text: str, pos: int, max_skip: int = 2) -> tuple[str, str, int] | None:
    """(canonical unit, as written, end) of the noun a number counts, skipping up to two adjectives."""
    for _ in range(max_skip + 1):
        m = _UNIT.match(text, pos)
        if m:
            written = " ".join(m.group(1).lower().split())
            return UNITS[written], written, m.end()
        word = _NEXT_WORD.match(text, pos)
        if not word or not _skippable(word.group(1)):
            return None
        pos = word.end()
    return None


def _skippable(word: str) -> bool:
    low = word.lower()
    return low not in _NOT_ADJECTIVES and not _MOVEMENT.fullmatch(low) and not _RESTRICTION.fullmatch(low)


def _counted_after(text: str, pos: int) -> bool:
    """True when a number ending at pos is followed by a unit: it counts something, it is no date."""
    unit = _unit_after(text, pos)
    return unit is not None and unit[0] != "crossings"


def _is_not_a_count(text: str, n: _Number) -> bool:
    """Plate numbers, ages and percentages are numbers that count nothing."""
    before = text[max(0, n.start - 25):n.start]
    year = 1900 <= n.value <= 2099 and re.fullmatch(r"\d{4}", text[n.start:n.end]) and _YEAR_BEFORE.search(before)
    return bool(year or _NOT_A_COUNT_BEFORE.search(before) or _NOT_A_COUNT_AFTER.match(text, n.end))


def _qualifier_before(text: str, start: int) -> str:
    before = text[max(0, start - 30):start].lower()
    for phrase, qualifier in _QUALIFIERS:
        if re.search(rf"\b{phrase}\s+$", before):
            return qualifier
    return "exact"


def _breakdown_after(text: str, pos: int) -> tuple[tuple[tuple[int, str], ...], int]:
    """'(4 trucks and 31 fuel trucks)' right after a count → ((4, 'trucks'), (31, 'fuel trucks')), end."""
    m = _BREAKDOWN.match(text, pos)
    if not m:
        return (), pos
    inner = m.group(1)
    parts = tuple((n.value, unit[0]) for n in _numbers(inner) if (unit := _unit_after(inner, n.end, 0)))
    return (parts, m.end()) if parts else ((), pos)


def read_counts(sentence: str, masked: str | None = None) -> list[CountReading]:
    """Every count in a sentence; `masked` is the sentence with its date words blanked out."""
    text = sentence if masked is None else masked
    counts: list[CountReading] = []
    skip_until = -1
    for n in _numbers(text):
        if n.start < skip_until or _is_not_a_count(text, n):
            continue
        reading = _counted_number(text, n, counts)
        if reading is None:
            continue
        if reading.breakdown:
            skip_until = reading.end  # the parts are not counts of their own
        counts.append(reading)
    counts.extend(_vague_counts(text))
    counts.sort(key=lambda c: c.start)
    return _keep_times_beside_vehicles(counts)


def _counted_number(text: str, n: _Number, earlier: list[CountReading]) -> CountReading | None:
    unit = _unit_after(text, n.end)
    qualifier = _qualifier_before(text, n.start)
    if unit:
        canonical, written, end = unit
        breakdown, end_bd = _breakdown_after(text, end)
        return CountReading(n.start, end_bd, n.value, qualifier, canonical, breakdown, surface_unit=written)
    return _bare_number(text, n, qualifier, earlier)


def _bare_number(text: str, n: _Number, qualifier: str, earlier: list[CountReading]) -> CountReading | None:
    """'… about 20,000 people left, and only 15, entered': the bare 15 counts what the last count counted.
    '… Twelve of them later left': a part of what the preceding sentence counted."""
    if _OF_THEM.match(text, n.end):
        return CountReading(n.start, n.end, n.value, qualifier, None, of_them=True)
    follows = re.match(r"\s*,?\s*(?:later\s+|then\s+)?(\w+)", text[n.end:])
    prior = [c for c in earlier if c.count is not None and c.unit and c.unit != "crossings"]
    if not (follows and prior and _MOVEMENT.fullmatch(follows.group(1).lower())):
        return None
    source = prior[-1]
    return CountReading(n.start, n.end, n.value, qualifier, source.unit, unit_from=f"{source.count:,} {source.unit}")


def _vague_counts(text: str) -> list[CountReading]:
    found = []
    for m in _VAGUE.finditer(text):
        unit = _unit_after(text, m.end())
        if unit and unit[0] != "crossings":
            word = m.group(1).lower()
            found.append(CountReading(m.start(), unit[2], None, "unspecified", unit[0], vague=word,
                                      vague_phrase=" ".join(m.group().lower().split()), surface_unit=unit[1]))
    return found


def _keep_times_beside_vehicles(counts: list[CountReading]) -> list[CountReading]:
    """'70 times' is a count of crossings only beside a vehicle count ('35 vehicles … 70 times')."""
    has_vehicles = any(c.unit in VEHICLE_UNITS for c in counts)
    return [c for c in counts if c.surface_unit != "times" or has_vehicles]


def mask_spans(sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """The sentence with date words blanked, same length, so their numbers are not read as counts."""
    chars = list(sentence)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# ---------------------------------------------------------------------------------------------
# 4. Kind, direction, claimant
# ---------------------------------------------------------------------------------------------

_MOVEMENT_KINDS: tuple[tuple[str, str], ...] = (
    # Longer phrases first: "entered and exited" is a crossing, not an entry.
    ("crossing", r"entered\s+and\s+(?:exited|left)|enter(?:s|ing)?\s+and\s+(?:exit|leave)(?:s|ing)?"
                 r"|cross(?:ed|es|ing)?|pass(?:ed|es|ing)?\s+through|transit(?:ed|ing)?|went\s+through"),
    ("population_movement", r"fled|flee(?:s|ing)?|evacuated|displaced|relocated|outflow|exodus"),
    ("entry", r"enter(?:ed|s|ing)?|entry|entries|arriv(?:ed|es|ing|e)|brought\s+in(?:to)?|came\s+into"
              r"|drove\s+into|reached"),
    ("exit", r"left(?!\s+(?:no|behind)\b)|leav(?:e|es|ing)(?!\s+no\b)|depart(?:ed|s|ing)?|exit(?:ed|s|ing)?"),
)
_MOVEMENT = re.compile("|".join(f"(?:{p})" for _, p in _MOVEMENT_KINDS), re.I)
_MOVEMENT_BY_KIND = [(k, re.compile(rf"\b(?:{p})\b", re.I)) for k, p in _MOVEMENT_KINDS]
_RESTRICTION = re.compile(  # whole words: "urban" is no ban, "disclosed" nothing closed
    r"\b(?:restrict(?:ed|s|ing|ion|ions)?|clos(?:ed|ure|ing)|block(?:ed|ing|ade|s)?|ban(?:s|ned|ning)?"
    r"|prohibit(?:ed|s|ion)?|suspend(?:ed|s)?|halt(?:ed|s)?|obstacles?|turned\s+back|denied\s+(?:entry|passage))\b",
    re.I)
_DIPLOMATIC_STRONG = re.compile(
    r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|summon(?:ed|s|ing)?|note|protest|diplomat(?:s|ic)?)\b", re.I)
_DIPLOMATIC_WEAK = re.compile(r"\b(?:ministry|MFA|foreign\s+minister|statement)\b", re.I)
_PEOPLE_WORDS = re.compile(r"\b(?:people|persons?|residents?|families|refugees?|civilians?|population|inhabitants)\b", re.I)


@dataclass(frozen=True)
class _Verb:
    start: int
    end: int
    kind: str


def movement_verbs(sentence: str) -> list[_Verb]:
    """Movement words in order; where two start together the longer ('entered and exited') wins."""
    found: dict[int, _Verb] = {}
    for kind, pattern in _MOVEMENT_BY_KIND:
        for m in pattern.finditer(sentence):
            if m.start() not in found or m.end() > found[m.start()].end:
                found[m.start()] = _Verb(m.start(), m.end(), kind)
    ordered, covered = [], -1
    for v in sorted(found.values(), key=lambda v: v.start):
        if v.start >= covered:
            ordered.append(v)
            covered = v.end
    return ordered


def verb_for(verbs: list[_Verb], start: int, end: int) -> _Verb | None:
    """The verb a count goes with: the first after it, else the last before it."""
    after = [v for v in verbs if v.start >= end]
    before = [v for v in verbs if v.end <= start]
    return after[0] if after else (before[-1] if before else None)


def counted_kind(segment: str, verb: _Verb | None, unit: str | None, sentence: str) -> str:
    """Kind of a counted claim: a restriction governs; else the verb; people moving are a population movement."""
    if _RESTRICTION.search(segment):
        return "restriction"
    if verb is not None:
        return _people_kind(verb.kind, unit in PEOPLE_UNITS)
    if _DIPLOMATIC_STRONG.search(sentence) or _DIPLOMATIC_WEAK.search(sentence):
        return "diplomatic"
    return "other"


def uncounted_kind(sentence: str) -> str:
    """Kind of a dated sentence with no count. A ministry that only *says* something is an attribution,
    so weak diplomatic words ('ministry', 'statement') rank below movement verbs."""
    if _RESTRICTION.search(sentence):
        return "restriction"
    if _DIPLOMATIC_STRONG.search(sentence):
        return "diplomatic"
    verbs = movement_verbs(sentence)
    if verbs:
        return _people_kind(verbs[0].kind, bool(_PEOPLE_WORDS.search(sentence)))
    if _DIPLOMATIC_WEAK.search(sentence):
        return "diplomatic"
    return "other"


def _people_kind(kind: str, people: bool) -> str:
    if people and kind in ("entry", "exit", "crossing"):
        return "population_movement"
    return kind


_CUES = {
    "destination": r"to|into|towards|toward|entered|entering|enters|enter|arrived\s+in|arrived\s+at"
                   r"|arriving\s+in|reached|heading\s+(?:to|for)|bound\s+for",
    "origin": r"from|left|leaving|leaves|departed|departing|out\s+of|exited|exiting|fled",
    "via": r"via|through|along|across",
    "road": r"on",
    "located": r"in|at|near|inside",
}
# Words allowed between a cue and its place: "entering the zone in Azerbaijan's Karabakh".
_FILLER = (r"(?:(?i:the|a|an|zone|region|city|town|village|territory|area|capital|district|province|side"
           r"|border|direction|part|outskirts|centre|center|of|in|at|occupied|so-called)|[A-Z][\w-]*['’]s)")
_ROLE_CUE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{role}>(?i:{cue}))" for role, cue in _CUES.items())
    + rf")\s+(?:{_FILLER}\s+){{0,4}}$")
_ROUTE_KINDS = frozenset({"road", "corridor"})
_ROUTE_WORDS = re.compile(r"(?:highway|road|corridor|route)$", re.I)


@dataclass(frozen=True)
class Roles:
    origin: Mention | None = None
    destination: Mention | None = None
    via: Mention | None = None
    located: Mention | None = None

    @property
    def any(self) -> bool:
        return any((self.origin, self.destination, self.via, self.located))


def read_roles(text: str, window: tuple[int, int], mentions: Sequence[Mention], places: Mapping[str, Place]) -> Roles:
    """Origin, destination, via and location of the mentions inside text[window]; the first of each wins.
    `text` is the full source text; mentions carry offsets into it."""
    lo, hi = window
    found: dict[str, Mention] = {}
    previous_end = lo
    for m in sorted(mentions, key=lambda m: m.start):
        if not (lo <= m.start and m.end <= hi):
            continue
        if _is_possessor(text, m):
            continue  # "Azerbaijan's Karabakh": the place is Karabakh
        role = _role_of(text[previous_end:m.start], m, places)
        previous_end = m.end
        if role and role not in found:
            found[role] = m
    return Roles(found.get("origin"), found.get("destination"), found.get("via"), found.get("located"))


def _is_possessor(text: str, m: Mention) -> bool:
    return text[m.end:m.end + 2] in ("'s", "’s")


def _role_of(before: str, m: Mention, places: Mapping[str, Place]) -> str | None:
    cue = _ROLE_CUE.search(before)
    if not cue:
        return None
    role = next(r for r, v in cue.groupdict().items() if v)
    if role == "road":  # "on the Gorus-Gafan highway": 'on' names a route, not a town
        return "via" if _is_route(m, places) else None
    return role


def _is_route(m: Mention, places: Mapping[str, Place]) -> bool:
    place = places.get(m.place_id or "")
    return (place is not None and place.kind in _ROUTE_KINDS) or bool(_ROUTE_WORDS.search(m.surface))


_ACCORDING_TO = re.compile(r"\baccording\s+to\s+([^,.;:]+)", re.I)
_SAID = re.compile(r"\b(?:said|says|told|stated|reported|announced|claimed|wrote)\b")
_AFTER_QUOTE = re.compile(r"[,.!?][\"”]\s*")
_RELATIVE_CLAUSE = re.compile(r"^(?:which|who|whose|citing)\b", re.I)
_SUBORDINATE = re.compile(r"\b(?:that|because|while|when|but|since|if|where|despite|although)\b", re.I)
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
_AUXILIARY = frozenset({"has", "have", "had", "also", "again", "once", "then", "later", "earlier", "previously"})
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I)\b")


def outlet_itself(source: Source) -> str:
    return f"{source.outlet} (the outlet itself)"


def claimant_in(sentence: str) -> str | None:
    """Whom a sentence quotes, as written; None when it names no one ('It became known …')."""
    m = _ACCORDING_TO.search(sentence)
    if m:
        return m.group(1).strip()
    for verb in _SAID.finditer(sentence):
        who = _speaker_before(sentence[:verb.start()])
        if who:
            return who
    return None


def _speaker_before(before: str) -> str | None:
    """The noun phrase before 'said': after a closing quote, the last comma clause (with a relative
    clause it ends with), minus 'has', 'repeatedly' …; rejected in a passive or subordinate clause."""
    quote = list(_AFTER_QUOTE.finditer(before))
    if quote:
        before = before[quote[-1].end():]
    parts = [p.strip() for p in before.split(",") if p.strip()]
    if not parts:
        return None
    while len(parts) > 1 and _RELATIVE_CLAUSE.match(parts[-1]):
        parts[-2:] = [f"{parts[-2]}, {parts[-1]}"]
    words = parts[-1].split()
    while words and (words[-1].lower() in _AUXILIARY or (words[-1].islower() and words[-1].endswith("ly"))):
        words.pop()
    if not words or words[-1].lower() in _PASSIVE or len(words) > 12:
        return None
    who = " ".join(words).strip(" \"“”'-–")
    if not who or _SUBORDINATE.search(who.split(",")[0]):
        return None  # "… despite the fact that Baku has stated …": the said-verb is not the main clause
    return who


def claimants(source: Source, sentences: Sequence[tuple[int, int]]) -> list[str]:
    """The claimant of each sentence. A quotation that runs over several sentences is attributed
    where it closes ('…," the press service … said.'), so its earlier sentences look ahead to it."""
    named = [claimant_in(source.text[a:b]) for a, b in sentences]
    out = []
    for i, (a, b) in enumerate(sentences):
        who = named[i] or _attribution_at_close(source, sentences, named, i)
        if who and _FIRST_PERSON.search(who):
            who = None  # "according to the information we received": the outlet speaks for itself
        out.append(who or outlet_itself(source))
    return out


def _attribution_at_close(source: Source, sentences: Sequence[tuple[int, int]], named: list, i: int) -> str | None:
    a, b = sentences[i]
    text = source.text[a:b]
    if not text.startswith(("\"", "“")) or _quote_closes(text[1:]):
        return None
    for j in range(i + 1, min(i + 6, len(sentences))):
        if _quote_closes(source.text[sentences[j][0]:sentences[j][1]]):
            return named[j]
    return None


def _quote_closes(text: str) -> bool:
    return "”" in text or text.count("\"") % 2 == 1


# ---------------------------------------------------------------------------------------------
# 5. Claims
# ---------------------------------------------------------------------------------------------

_CONTINUATION = re.compile(
    r"\b(?:later|afterwards|subsequently|of\s+(?:them|these|those)|the\s+same\s+(?:period|time|days?)"
    r"|that\s+(?:period|time)|the\s+rest)\b", re.I)
_VERB_LABEL = {"crossing": "crossed", "entry": "entered", "exit": "left", "population_movement": "moved"}


@dataclass(frozen=True)
class _Context:
    source: Source
    places: Mapping[str, Place]
    mentions: tuple[Mention, ...]
    ref: date


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str
    date: DateReading
    claimant: str


@dataclass
class _Draft:
    """A claim being assembled; turned into a frozen Claim at the end."""

    kind: str
    count: CountReading | None
    roles: Roles
    date: DateReading
    derived: bool = False
    derivation: str = ""
    place_basis: str = ""
    inherited: dict | None = None  # unit and places taken from the preceding claim
    event_group: str | None = None
    flags: tuple[str, ...] = ()
    base_confidence: float = 0.9


def extract_claims(source: Source, mentions: Sequence[Mention], places: Mapping[str, Place]) -> tuple[Claim, ...]:
    """Dated, counted claims from the article body, one sentence at a time, in text order."""
    ctx = _Context(source, places, tuple(m for m in mentions if m.source_id == source.source_id), reference_date(source))
    spans = split_sentences(source.text, source.body_start, source.body_end)
    who = claimants(source, spans)
    claims: list[Claim] = []
    previous: list[Claim] = []  # claims of the directly preceding sentence only
    for (a, b), claimant in zip(spans, who):
        sentence = _Sentence(a, b, source.text[a:b], read_date(source.text[a:b], ctx.ref), claimant)
        drafts = _drafts_for(ctx, sentence, previous)
        made = _finish(ctx, sentence, drafts, {c.claim_id for c in claims})
        claims, made = _join_events(claims, previous, made)
        claims.extend(made)
        previous = made
    return tuple(claims)


def _drafts_for(ctx: _Context, s: _Sentence, previous: list[Claim]) -> list[_Draft]:
    counts = read_counts(s.text, mask_spans(s.text, s.date.spans))  # date numbers are not counts
    if counts:
        return _counted_drafts(ctx, s, counts, previous)
    return _dated_draft(ctx, s, previous)


def _counted_drafts(ctx: _Context, s: _Sentence, counts: list[CountReading], previous: list[Claim]) -> list[_Draft]:
    verbs = movement_verbs(s.text)
    bounds = _segment_bounds(s.text, counts)
    drafts = []
    for c in counts:
        c = _unit_of_them(c, previous)
        verb = verb_for(verbs, c.start, c.end)
        window = _role_window(bounds, c, verb)
        kind = counted_kind(s.text[window[0]:window[1]], verb, c.unit, s.text)
        roles = read_roles(ctx.source.text, (s.start + window[0], s.start + window[1]), ctx.mentions, ctx.places)
        draft = _Draft(kind, c, roles, s.date, base_confidence=0.9 if verb or kind != "other" else 0.7)
        if kind == "other":
            draft.flags += ("no movement, diplomatic or restriction verb: kind is 'other'",)
        if c.unit_from:
            draft.flags += (f"unit carried over from '{c.unit_from}'",)
        elif c.unit is None:
            draft.flags += ("unit not stated",)  # "twelve of them" with nothing counted before
        drafts.append(_maybe_continue(draft, s, previous))
    return drafts


def _unit_of_them(c: CountReading, previous: list[Claim]) -> CountReading:
    """'Twelve of them …' counts what the preceding sentence counted."""
    if not c.of_them or c.unit:
        return c
    prior = next((p for p in previous if p.unit and p.unit != "crossings"), None)
    if prior is None:
        return c
    return replace(c, unit=prior.unit, unit_from=f"{prior.count or ''} {prior.unit}".strip())


def _segment_bounds(text: str, counts: list[CountReading]) -> list[tuple[int, int]]:
    """Each count's clause runs from it to the next count ('… 20,000 people left X, and only 15, entered Y');
    a '70 times' stays in its vehicles' clause, and the sentence's opening belongs to the first clause."""
    starts = [c.start for c in counts if c.surface_unit != "times"]
    starts = starts or [0]
    starts[0] = 0
    ends = starts[1:] + [len(text)]
    return list(zip(starts, ends))


def _role_window(bounds: list[tuple[int, int]], c: CountReading, verb: _Verb | None) -> tuple[int, int]:
    """A count's own clause, stretched to its verb's clause when the verb comes later
    ('35 trucks and 12 buses entered X': the trucks entered X too)."""
    start, end = _segment_of(bounds, c.start)
    if verb is not None and verb.start >= c.end:
        end = max(end, _segment_of(bounds, verb.start)[1])
    return start, end


def _segment_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in bounds:
        if a <= pos < b:
            return a, b
    return bounds[-1]


def _dated_draft(ctx: _Context, s: _Sentence, previous: list[Claim]) -> list[_Draft]:
    """A sentence without a count is a claim only with a date (its own or a continued one) and a
    movement, diplomatic or restriction word — or as the list of days of the preceding claim."""
    roles = read_roles(ctx.source.text, (s.start, s.end), ctx.mentions, ctx.places)
    kind = uncounted_kind(s.text)
    if kind == "other" and s.date.precision == "days" and previous:
        return [_days_of_previous(s, previous[0])]
    draft = _maybe_continue(_Draft(kind, None, roles, s.date, base_confidence=0.8), s, previous)
    if kind == "other" or not draft.date.found:
        return []
    return [draft]


def _days_of_previous(s: _Sentence, prior: Claim) -> _Draft:
    """'The dates are also available: July 11, 14 …' has no verb: the days belong to the preceding claim."""
    inherited = {"unit": prior.unit, "origin": prior.origin,
                 "destination": prior.destination, "via": prior.via, "place": prior.place}
    return _Draft(prior.kind, None, Roles(), s.date, derived=True,
                  derivation="kind, unit and route taken from the preceding sentence; the list of days has no verb of its own",
                  place_basis="inferred: the route of the preceding sentence" if any(
                      inherited[k] for k in ("origin", "destination", "via", "place")) else "",
                  inherited=inherited, event_group=prior.event_group or _event_id(prior), base_confidence=0.8,
                  flags=("kind and route taken from the preceding sentence",))


def _maybe_continue(draft: _Draft, s: _Sentence, previous: list[Claim]) -> _Draft:
    """Without a date of its own, a clear continuation ('later left', 'of them') takes the preceding
    claim sentence's period; anything else stays undated rather than guessed."""
    if draft.date.found or not _CONTINUATION.search(s.text):
        return draft
    prior = next((p for p in reversed(previous) if p.is_dated), None)
    if prior is None:
        return draft
    draft.date = DateReading(prior.date_precision, prior.date_start, prior.date_end, prior.dates)
    draft.derived = True
    draft.derivation = f"period taken from the preceding sentence ({_continuation_word(s.text)!r} continues it)"
    draft.flags += ("date taken from the preceding sentence",)
    draft.event_group = prior.event_group or _event_id(prior)
    if not draft.roles.any:
        _place_from(draft, prior)
    return draft


def _continuation_word(text: str) -> str:
    m = _CONTINUATION.search(text)
    return m.group() if m else ""


def _place_from(draft: _Draft, prior: Claim) -> None:
    """'Fifty five trucks later left': they leave the place the preceding sentence took them to."""
    if draft.kind == "exit" and prior.destination:
        draft.inherited = {"origin": prior.destination, "place": prior.destination}
        draft.place_basis = "inferred: they leave the place the preceding sentence says they entered"
    elif prior.place:
        draft.inherited = {"place": prior.place}
        draft.place_basis = "inferred: the place of the preceding sentence"


def _event_id(claim: Claim) -> str:
    return f"{claim.source_id}-x-e-{_sha1(str(claim.quote_start))}"


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def _finish(ctx: _Context, s: _Sentence, drafts: list[_Draft], taken: set[str]) -> list[Claim]:
    group = _pair_group(ctx, s, drafts)
    made = []
    for d in drafts:
        if group and d.count is not None and d.event_group is None and d.count.unit in VEHICLE_UNITS | {"crossings"}:
            d.event_group = group
        claim = _to_claim(ctx, s, d, taken)
        taken.add(claim.claim_id)
        made.append(claim)
    return made


def _pair_group(ctx: _Context, s: _Sentence, drafts: list[_Draft]) -> str | None:
    """'35 vehicles … 70 times' count one event in two units: one event group for both."""
    if any(d.count is not None and d.count.surface_unit == "times" for d in drafts):
        return f"{ctx.source.source_id}-x-e-{_sha1(str(s.start))}"
    return None


def _join_events(claims: list[Claim], previous: list[Claim], made: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """A continuation shares its event group with the claim it continues; give that claim the group too."""
    groups = {c.event_group for c in made if c.event_group}
    fixed = []
    for c in claims:
        if c in previous and c.event_group is None and _event_id(c) in groups:
            c = replace(c, event_group=_event_id(c))
        fixed.append(c)
    return fixed, made


def _to_claim(ctx: _Context, s: _Sentence, d: _Draft, taken: set[str]) -> Claim:
    c = d.count
    unit = c.unit if c else (d.inherited or {}).get("unit")
    count = c.count if c else None
    places = _place_fields(d)
    flags = d.flags + _date_flags(ctx, d.date) + _count_flags(c) + _unresolved_flags(d.roles)
    return Claim(
        claim_id=_claim_id(ctx.source.source_id, s.start, d.kind, unit, count, taken),
        source_id=ctx.source.source_id,
        claimant=s.claimant,
        kind=d.kind,  # type: ignore[arg-type]
        summary=_summary(ctx, s, d, unit, places),
        date_start=d.date.start,
        date_end=d.date.end,
        date_precision=d.date.precision,  # type: ignore[arg-type]
        quote=s.text,
        quote_start=s.start,
        quote_end=s.end,
        dates=d.date.dates,
        count=count,
        count_qualifier=(c.qualifier if c else None),  # type: ignore[arg-type]
        unit=unit,
        breakdown=c.breakdown if c else (),
        place_basis=d.place_basis or ("stated" if d.roles.any else ""),
        event_group=d.event_group,
        derived=d.derived,
        derivation=d.derivation,
        confidence=_confidence(d, flags),
        review_status="auto",
        flags=flags,
        **places,
    )


def _place_fields(d: _Draft) -> dict[str, str | None]:
    if d.inherited is not None and not d.roles.any:
        keys = ("origin", "destination", "via", "place")
        return {k: d.inherited.get(k) for k in keys}
    r = d.roles
    origin, destination, via = (m.place_id if m else None for m in (r.origin, r.destination, r.via))
    located = r.located.place_id if r.located else None
    return {"origin": origin, "destination": destination, "via": via,
            "place": destination or origin or via or located}


def _claim_id(source_id: str, start: int, kind: str, unit: str | None, count: int | None, taken: set[str]) -> str:
    """Stable for the same text: a hash of where and what, with a suffix only if two claims collide."""
    key = f"{start}:{kind}:{unit}:{count}"
    claim_id, n = f"{source_id}-x-{_sha1(key)}", 1
    while claim_id in taken:
        n += 1
        claim_id = f"{source_id}-x-{_sha1(f'{key}:{n}')}"
    return claim_id


def _date_flags(ctx: _Context, reading: DateReading) -> tuple[str, ...]:
    flags = reading.flags
    published = ctx.source.published
    if is_relative(reading) and published.earliest != published.latest:
        flags += (f"relative date '{reading.text}' read against an uncertain publication date ({published.describe()})",)
    return flags


def _count_flags(c: CountReading | None) -> tuple[str, ...]:
    return (f"vague count: {c.vague}",) if c is not None and c.vague else ()


def _unresolved_flags(roles: Roles) -> tuple[str, ...]:
    found = (roles.origin, roles.destination, roles.via, roles.located)
    return tuple(f"place not resolved: {m.surface}" for m in found if m is not None and m.place_id is None)


def _confidence(d: _Draft, flags: tuple[str, ...]) -> float:
    """How sure the reading is, 0-1: each doubt lowers it; the hard cases are capped."""
    score = d.base_confidence - 0.1 * d.derived
    score -= 0.1 * sum(f.startswith(("unit carried", "place not resolved")) for f in flags)
    caps = [0.6 for f in flags if f.startswith(("vague count", "relative date"))]
    caps += [0.5 for f in flags if f.startswith("impossible date")]
    return round(max(0.1, min([score, *caps])), 2)


def _summary(ctx: _Context, s: _Sentence, d: _Draft, unit: str | None, places: Mapping[str, str | None]) -> str:
    """'35 vehicles (4 trucks + 31 fuel trucks) crossed via Lachin corridor'; an uncounted claim
    is summed up by its kind and the opening of its sentence."""
    if d.count is None and not unit:
        return f"{d.kind.replace('_', ' ').capitalize()}: {_shorten(s.text, 90)}"
    what = _count_phrase(d.count, unit)
    verb = "" if unit == "crossings" else _VERB_LABEL.get(d.kind, d.kind.replace("_", " "))
    return " ".join(p for p in (what, verb, _route_phrase(ctx, places, d.kind)) if p)


def _count_phrase(c: CountReading | None, unit: str | None) -> str:
    if c is None:
        return f"{unit} (number not reported)" if unit else ""
    if c.count is None:
        return f"{c.vague_phrase} {unit}"
    prefix = {"about": "about ", "at_least": "at least ", "at_most": "at most "}.get(c.qualifier, "")
    parts = f" ({' + '.join(f'{n} {u}' for n, u in c.breakdown)})" if c.breakdown else ""
    return f"{prefix}{c.count:,} {unit or 'of an unknown unit'}{parts}"


def _route_phrase(ctx: _Context, places: Mapping[str, str | None], kind: str) -> str:
    def name(pid: str | None) -> str:
        return ctx.places[pid].name if pid in ctx.places else str(pid)

    # "58 trucks entered Khankendi", "55 trucks left Khankendi", else "from X to Y via Z"
    words = {"entry": ("from", "", "via"), "exit": ("", "to", "via")}.get(kind, ("from", "to", "via"))
    parts = [f"{word} {name(places[key])}".strip() for word, key in zip(words, ("origin", "destination", "via"))
             if places.get(key)]
    if not parts and places.get("place"):
        parts = [f"in {name(places['place'])}"]
    return " ".join(parts)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
