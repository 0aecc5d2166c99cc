"""Rule 3: counts in digits or words with their qualifier, unit and breakdown. Years, dates, ages,
percentages, plate numbers and parts of another count are numbers that count nothing."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .breakdowns import _MOVEMENT_WORD, _fold_breakdowns, _same_family, place_splits
from .units import _VEHICLE_PLURAL, VEHICLE_UNITS, _unit_after, _unit_in, open_unit_after
from .verbs import _MOVEMENT


_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"thousand": 1_000, "million": 1_000_000}
_NUMBER_WORD = "|".join(sorted([*_SMALL, *_TENS, "hundred", "dozen", *_SCALES], key=len, reverse=True))


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
        elif t == "dozen":  # "two dozen" = 24; "a dozen" is read by _numbers
            current = max(current, 1) * 12
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
# "no civilian vehicle": a count of 0 when a unit follows; "who had no relatives", "with no fuel" describe, not count
_NO = re.compile(r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bwith\s)(?<![\w-])no(?![\w-])", re.I)
_SINGLE = re.compile(r"(?<![\w-])(?P<not>not\s+)?(?:a|one)\s+single(?![\w-])", re.I)  # "a single truck", "not a single patient"

_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\bplates?|\bplate\s+numbers?|\bregistration(?:\s+numbers?)?|\bNo\.|\bnumber|#|\baged?|\bage\s+of)\s*$", re.I)
# "in 2021 trucks entered": a year after a preposition is a year, while "2000 people fled" is a count.
_YEAR_BEFORE = re.compile(r"\b(?:in|of|since|by|during|until|from|to|year)\s+$", re.I)
_NOT_A_COUNT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)|-year|\s+years?\s+old\b", re.I)
_QUALIFIERS = sorted([
    ("about", "about"), ("around", "about"), ("some", "about"), ("nearly", "about"), ("approximately", "about"),
    ("roughly", "about"), ("almost", "about"), ("an estimated", "about"), ("estimated", "about"),
    ("estimated at", "about"), ("put at", "about"),
    ("close to", "about"), ("at least", "at_least"), ("more than", "at_least"), ("over", "at_least"),
    ("upwards of", "at_least"), ("no fewer than", "at_least"), ("no less than", "at_least"),
    ("in excess of", "at_least"), ("up to", "at_most"), ("fewer than", "at_most"), ("less than", "at_most"),
    ("at most", "at_most"), ("no more than", "at_most"), ("only", "exact"),
], key=lambda q: len(q[0]), reverse=True)
_QUALIFIER_WORDS = "|".join(re.escape(q) for q, _ in _QUALIFIERS)
_QUALIFIER_BEFORE_WORD = re.compile(rf"\b(?:{_QUALIFIER_WORDS})\s+$", re.I)
_VAGUE = re.compile(
    r"\b(dozens|tens|hundreds|thousands|scores|lots|a lot|a large number|a number|a few|a handful|many|several|numerous"
    r"|countless)"
    r"(?:\s+of)?\b", re.I)
_REST = re.compile(r"\bthe\s+(?:rest|remainder)\b(?!\s+of\b)", re.I)  # "the rest turned back": a part, never subtracted
_BREAKDOWN = re.compile(r"\s*\(([^()]*)\)")
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)
# A part named inside another count ("1,100 residents, including some 270 children") is not a claim of its own.
_PART_BEFORE = re.compile(rf"(?:\bincluding|,\s+among\s+them|,\s+of\s+whom|\bincl\.)\s+(?:(?:{_QUALIFIER_WORDS})\s+)?$", re.I)
# "up from 2,310", "compared with 60,500": the same measure for another period.
_COMPARED_BEFORE = re.compile(
    rf"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|as\s+against|against|versus)"
    rf"\s+(?:(?:{_QUALIFIER_WORDS})\s+)?$", re.I)
# "7 convoys with 126 tonnes": the cargo of the count before it, which shares its clause.
_CARGO_BETWEEN = re.compile(rf"\s+(?:with|carrying|loaded\s+with)\s+(?:(?:{_QUALIFIER_WORDS})\s+)?", re.I)


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
    upper: int | None = None  # "between 1,000 and 1,500 people": the count is the lower figure, this the upper
    comparison: bool = False  # "up from 2,310 …": the figure another count is compared with
    attached: bool = False  # "with 126 tonnes" right after "7 convoys": the same clause as the count before
    whole: int | None = None  # "13,550 of the 120,000 ethnic Armenians": the whole this count is a part of


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
        # "several thousand", "several dozen": vague, never 1,000 or 12
        bare_scale = m.group().lower() in ("hundred", "thousand", "million", "billion", "dozen")
        if value is not None and not inside_digits and not bare_scale:
            found.append(_Number(m.start(), m.end(), value))
    found += [_Number(m.start(), m.end(), 0) for m in _NO.finditer(text)]
    for m in _SINGLE.finditer(text):
        found = [n for n in found if not (m.start() <= n.start < m.end())]  # the "one" of "one single"
        found.append(_Number(m.start(), m.end(), 0 if m.group("not") else 1))
    for m in _A_SCALE.finditer(text):  # "a dozen families", "more than a hundred trucks"
        if any(n.start <= m.end() - 1 < n.end and n.end > m.end() for n in found):
            continue  # "a hundred and twenty": the longer number stands
        found = [n for n in found if not (m.start() <= n.start < m.end())]
        found.append(_Number(m.start(), m.end(), {"dozen": 12, "hundred": 100, "thousand": 1000}[m.group(1).lower()]))
    return sorted(found, key=lambda n: n.start)


_A_SCALE = re.compile(r"(?<![\w-])a\s+(dozen|hundred|thousand)(?![\w-])", re.I)


def _digit_value(m: re.Match) -> int:
    value = float(m.group("n").replace(",", ""))
    scale = _SCALES.get((m.group("scale") or "").lower(), 1)
    return int(round(value * scale))


def _counted_after(text: str, pos: int) -> bool:
    """True when a number ending at pos is followed by a unit: it counts something, it is no date."""
    unit = _unit_after(text, pos)
    return unit is not None and unit[0] != "crossings"


def _is_not_a_count(text: str, n: _Number) -> bool:
    """Plate numbers, ages, percentages and parts of another count are numbers that are no claim."""
    before = text[max(0, n.start - 25):n.start]
    year = 1900 <= n.value <= 2099 and re.fullmatch(r"\d{4}", text[n.start:n.end]) and _YEAR_BEFORE.search(before)
    return bool(year or _NOT_A_COUNT_BEFORE.search(before) or _NOT_A_COUNT_AFTER.match(text, n.end)
                or _PART_BEFORE.search(text[max(0, n.start - 40):n.start]))


def _qualifier_before(text: str, start: int) -> str:
    if re.match(r"(?:\w+\s+)?dozen\b", text[start:start + 14], re.I) and not _QUALIFIER_BEFORE_WORD.search(
            text[max(0, start - 30):start]):
        return "about"  # "a dozen families": a round figure, not a count
    before = text[max(0, start - 30):start].lower()
    if re.search(r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|pass(?:ed|es|ing)?|t(?:ook|aken|akes?))\s+over\s+$", before):
        return "exact"  # "handed over 32 servicemen": the verb's 'over', not 'more than'
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
    parts = tuple((n.value, unit[0]) for n in _numbers(inner) if (unit := _unit_after(inner, n.end, 1)))
    return (parts, m.end()) if parts else ((), pos)


_RANGE = re.compile(r"\b(?:between\s+)?(?P<a>\d{1,3}(?:,\d{3})+|\d+)\s*(?:and|to|-|–)\s*(?P<b>\d{1,3}(?:,\d{3})+|\d+)"
                    r"(?=\s+(?:\w+\s+){0,2}?\w)", re.I)


def _ranges(text: str, counts: list[CountReading]) -> list[CountReading]:
    """'between 1,000 and 1,500 Armenians', '300-400 trucks': one count, its lower figure, with the upper kept
    (qualifier at_least): never the upper figure alone, never two claims."""
    for m in _RANGE.finditer(text):
        a, b = (int(m.group(k).replace(",", "")) for k in ("a", "b"))
        upper = next((c for c in counts if c.start == m.start("b") and c.count == b and c.unit), None)
        if upper is None or not a < b or (m.group().lower().startswith("between") is False and "," in text[m.end("a"):m.start("b")]):
            continue
        counts = [c for c in counts if not (c.start == m.start("a") and c.count == a)]
        ranged = replace(upper, start=m.start(), count=a, qualifier="at_least", upper=b)
        counts = [ranged if c is upper else c for c in counts]
    return counts


def read_counts(sentence: str, masked: str | None = None) -> list[CountReading]:
    """Every count in a sentence; `masked` is the sentence with its date words blanked out."""
    text = sentence if masked is None else masked
    counts: list[CountReading] = []
    skip_until = -1
    numbers = _numbers(text)
    for i, n in enumerate(numbers):
        if n.start < skip_until:
            continue
        if counts and _PART_BEFORE.search(text[max(0, n.start - 40):n.start]):
            # "28 people, including 5 ICRC members, 9 drivers, … and 1 medical worker": a list of parts; when they
            # add up to the figure they are its breakdown, else they are parts noted in the quote, never claims
            whole = counts[-1]
            parts = _part_list(text, numbers[i:], counts, whole.unit)
            if len(parts) >= 2 and whole.count == sum(p.count for p in parts) and not whole.breakdown \
                    and all(_same_family(whole.unit, p.unit) for p in parts):
                counts[-1] = replace(whole, breakdown=tuple((p.count, p.unit) for p in parts))  # type: ignore[misc]
            skip_until = parts[-1].end if parts else n.end
            continue
        if _is_not_a_count(text, n):
            continue
        reading = _counted_number(text, n, counts)
        if reading is None:
            continue
        if reading.breakdown or reading.whole is not None:
            skip_until = reading.end  # the parts, or the whole a part is taken from, are not counts of their own
        counts.append(reading)
    counts.extend(_vague_counts(text))
    counts.extend(_subject_figures(text, counts))
    counts.sort(key=lambda c: c.start)
    counts.extend(_rest_counts(text, counts))
    counts.sort(key=lambda c: c.start)
    counts = place_splits(text, _fold_breakdowns(text, _ranges(text, counts)))
    return _mark_cargo(text, _keep_times_beside_vehicles(counts, text))


def _part_list(text: str, numbers: list[_Number], earlier: list[CountReading], whole: str | None) -> list[CountReading]:
    """The counts of a list that starts at numbers[0] ('5 members, 9 drivers and 1 worker'), in order, while they
    count the whole's kind of thing ('…, and 30 trucks entered' is a count of its own)."""
    parts: list[CountReading] = []
    for n in numbers:
        if parts and not _LIST_JOIN.fullmatch(text, parts[-1].end, n.start):
            break
        reading = _counted_number(text, n, earlier)
        if reading is None or reading.count is None or reading.unit is None \
                or parts and not _same_family(whole, reading.unit):
            break
        parts.append(reading)
    return parts


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_OR_MORE = re.compile(r"\s+(?:or|and)\s+(?:more|over|above)\b", re.I)
_ONE_THING = re.compile(r"\s+((?:[a-z-]+\s+)?(?:worker|member|attendant|doctor|nurse|driver|officer|official|volunteer"
                        r"|journalist|monitor|observer|medic|staff\s+member))(?=\s*(?:[,.;)]|\s+and\b|$))")


def _counted_number(text: str, n: _Number, earlier: list[CountReading]) -> CountReading | None:
    if n.value == 1 and re.search(r",\s*$", text[:n.start]) and re.match(r"\s+of\s+(?:the|these|those)\s", text[n.end:]):
        return None  # "…, said Jabrayil Huseynov, one of the returnees": who speaks, not a figure
    or_more = _OR_MORE.match(text, n.end)  # "40 or more trucks": at least 40
    unit = _unit_after(text, or_more.end() if or_more else n.end)
    qualifier = "at_least" if or_more and unit else _qualifier_before(text, n.start)
    compared = bool(_COMPARED_BEFORE.search(text[max(0, n.start - 40):n.start]))
    if unit:
        canonical, written, end = unit
        if re.match(r"\s+or\s+more\b", text[end:], re.I):
            qualifier = "at_least"  # "40 trucks or more"
        breakdown, end_bd = _breakdown_after(text, end)
        if breakdown and (sum(v for v, _ in breakdown) > n.value
                          or len(_numbers(text[end:end_bd])) == 1 and breakdown[0][1] != canonical):
            # "478 families (1,802 people)": the same total in another measure, a figure of its own — not parts
            breakdown, end_bd = (), end
        return CountReading(n.start, end_bd, n.value, qualifier, canonical, breakdown, surface_unit=written,
                            comparison=compared)
    if text[n.start:n.end].lower() == "no" or _SINGLE.fullmatch(text[n.start:n.end]):
        return None  # "no" counts only the noun it stands before
    if text[n.start:n.end].lower() != "one" and (of := _OF_A_WHOLE.match(text, n.end)) \
            and (whole := _unit_after(text, of.end())):  # "one of 11 patients" names the group, not a part
        # "13,550 of the 120,000 ethnic Armenians … had arrived": the part is the claim; the whole is context
        canonical, written, end = whole
        return CountReading(n.start, end, n.value, qualifier, canonical, surface_unit=written, comparison=compared,
                            whole=int(of.group("m").replace(",", "")))
    bare = _bare_number(text, n, qualifier, earlier, compared)
    if bare is None and n.value == 1 and text[n.start].isdigit() and (one := _ONE_THING.match(text, n.end)):
        # "… 6 attendants and 1 medical worker": one of a thing, its noun in the singular
        return CountReading(n.start, one.end(), 1, qualifier, one.group(1) + "s", surface_unit=one.group(1),
                            comparison=compared)
    if bare is None and text[n.start].isdigit() and not _MONEY_BEFORE.search(text[:n.start]) \
            and (thing := open_unit_after(text, n.end)):
        written, end = thing
        return CountReading(n.start, end, n.value, qualifier, written, surface_unit=written, comparison=compared)
    return bare


_OF_A_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|an\s+estimated|some|about|a\s+total\s+of)?\s*"
                         r"(?P<m>\d{1,3}(?:,\d{3})+|\d+)(?=\s)")
_MONEY_BEFORE = re.compile(r"(?:[$€£₽֏]|\b(?:AMD|AZN|USD|EUR|IRR|RUB)|\b(?:aged|age\s+of)(?:\s+(?:over|under|between))?)\s*$",
                           re.I)  # money, and ages ("refugees aged over 65")


def _bare_number(text: str, n: _Number, qualifier: str, earlier: list[CountReading],
                 compared: bool) -> CountReading | None:
    """'… about 20,000 people left, and only 15, entered' and '… compared with 60,500': the bare number counts
    what the last count counted. '… Twelve of them later left': a part of what the preceding sentence counted."""
    if _OF_THEM.match(text, n.end):
        return CountReading(n.start, n.end, n.value, qualifier, None, of_them=True)
    follows = re.match(r"\s*,?\s*(?:later\s+|then\s+|(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(\w+)",
                       text[n.end:])
    prior = [c for c in earlier if c.count is not None and c.unit and c.unit != "crossings"]
    # "17 patients crossed …, and 9 who had completed treatment went back": a relative clause names the same things
    moved = bool(follows and (_moves_at(text, n.end + follows.start(1))
                              or follows.group(1).lower() in ("others", "who", "whom")))
    # "Of these, 52,980 carried Iranian exports": a part of what the sentence before counted
    if not prior and moved and _OF_THESE_OPENING.search(text, 0, n.start):
        return CountReading(n.start, n.end, n.value, qualifier, None, of_them=True)
    # "Of the trucks, 13,980 were bound for Nakhchivan": a part of what the opening names
    of_the = _OF_THE_OPENING.search(text, 0, n.start)
    if not prior and moved and of_the and (unit := _unit_in(of_the.group(1))):
        return CountReading(n.start, n.end, n.value, qualifier, unit[0], unit_from=f"the {of_the.group(1)}")
    # "… 9,100 people crossed, on 26 September 22,750 and yesterday 26,640": a figure right after a date (blanked
    # in `text`) in a list of dated figures counts what the figure before it counted
    after_date = bool(re.search(r"(?:,|\band|\bon|\bthen)\s{4,}$", text[:n.start]))
    if not (prior and (moved or compared or after_date)):
        return None
    source = prior[-1]
    return CountReading(n.start, n.end, n.value, qualifier, source.unit, unit_from=f"{source.count:,} {source.unit}",
                        comparison=compared)


_OF_THESE_OPENING = re.compile(r"(?:^|[.;]\s+)Of\s+(?:these|them|those),\s*$")
_OF_THE_OPENING = re.compile(r"(?:^|[.;]\s+)Of\s+(?:the|these|those)\s+([a-z][\w\s-]{0,30}?),\s*$")


def _moves_at(text: str, at: int) -> bool:
    """A movement word starts at `at` and ends at a word's end ('came back', 'returned'; not 'leftover')."""
    m = _MOVEMENT.match(text, at)
    return bool(m) and m.end() > at and (m.end() == len(text) or m.group()[-1].isspace() or not text[m.end()].isalnum())


# "Arrivals … reached 71,240", "arrivals pass 70,000", "The figure stood at 66,115": a figure its subject names.
_FIGURE = r"(?:(?:about|some|over|more\s+than|nearly|almost|around|approximately)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]*\s*%)"
_SUBJECT_FIGURE = re.compile(
    r"\b(?P<subj>arrivals|refugees|evacuees|the\s+(?:figure|number|total|tally|count))\b(?P<what>[^.;:]{0,80}?)"
    r"\b(?P<verb>reached|stood\s+at|stands\s+at|rose\s+to|risen\s+to|passed|pass(?:es)?|exceeded|surpassed|climbed\s+to"
    r"|hit|topped|grew\s+to|is\s+now|was|at|to)\s+" + _FIGURE, re.I)
# "bringing to 39 the number of patients", "disputes the figure of 120,000": the figure before its subject.
_FIGURE_OF = re.compile(r"\b(?:(?:bringing|brought|bring(?:s)?)\s+to\s+" + _FIGURE
                        + r"\s+the\s+(?:number|total)\s+of\b(?P<what>[^.;:]{0,60})"
                        + r"|the\s+(?:figure|estimate)\s+of\s+" + _FIGURE.replace("?P<n>", "?P<n2>") + ")", re.I)
_PEOPLE_SUBJECTS = ("arrivals", "refugees", "evacuees")


def _subject_figures(text: str, counts: list[CountReading]) -> list[CountReading]:
    """A figure its subject names; 'the number of vehicles … has reached 64' counts vehicles, a bare 'the figure'
    counts what the sentence before counted."""
    found = []
    for m in (*_SUBJECT_FIGURE.finditer(text), *_FIGURE_OF.finditer(text)):
        groups = m.groupdict()
        n = "n" if groups.get("n") else "n2"
        subj = (groups.get("subj") or "").lower()
        what = groups.get("what") or ""
        of = re.match(r"\s+of\b", what) if subj.startswith("the") else None
        if (groups.get("verb") or "").lower() in ("at", "to") and not re.search(
                r"\b(?:put|puts|putting|bringing|brought|estimat\w*)\b", text[max(0, m.start() - 40):m.start(n)], re.I):
            continue  # "the number of trucks bound to 40" states no figure; "puts the number … at 50,000" does
        if any(c.start <= m.start(n) < c.end for c in (*counts, *found)):
            continue
        unit = _unit_in(what) if (of or not subj) and what else None
        people = subj in _PEOPLE_SUBJECTS
        passed = re.search(r"\b(?:pass(?:ed|es)?|exceeded|surpassed|topped)\s+$", text[:m.start(n)], re.I)
        canonical = unit[0] if unit else "people" if people else None
        found.append(CountReading(m.start(n), m.end(n), int(m.group(n).replace(",", "")),
                                  "at_least" if passed else _qualifier_before(text, m.start(n)),
                                  canonical, of_them=canonical is None,
                                  surface_unit=unit[1] if unit else subj if people else ""))
    return found


def _vague_counts(text: str) -> list[CountReading]:
    found = []
    for m in _VAGUE.finditer(text):
        unit = _unit_after(text, m.end())
        if unit and unit[0] != "crossings":
            word = m.group(1).lower()
            found.append(CountReading(m.start(), unit[2], None, "unspecified", unit[0], vague=word,
                                      vague_phrase=" ".join(m.group().lower().split()), surface_unit=unit[1]))
    return found


def _rest_counts(text: str, counts: list[CountReading]) -> list[CountReading]:
    """'the rest turned back': an unstated part of what was counted before it (in the sentence, else the one
    before)."""
    found = []
    for m in _REST.finditer(text):
        before = [c for c in counts if c.end <= m.start() and c.unit and c.unit != "crossings"]
        unit = before[-1].unit if before else None
        found.append(CountReading(m.start(), m.end(), None, "unspecified", unit, vague="the rest",
                                  vague_phrase="the rest of the", of_them=unit is None))
    return found


def _keep_times_beside_vehicles(counts: list[CountReading], text: str) -> list[CountReading]:
    """'70 times' is a count of crossings only beside vehicles that move: counted ('35 vehicles … 70 times')
    or not ('fuel trucks entered Khankandi 70 times')."""
    has_vehicles = any(c.unit in VEHICLE_UNITS for c in counts) or bool(
        _VEHICLE_PLURAL.search(text) and _MOVEMENT_WORD.search(text))
    return [c for c in counts if c.surface_unit != "times" or has_vehicles]


def _mark_cargo(text: str, counts: list[CountReading]) -> list[CountReading]:
    out: list[CountReading] = []
    for c in counts:
        if out and _CARGO_BETWEEN.fullmatch(text, out[-1].end, c.start):
            c = replace(c, attached=True)
        out.append(c)
    return out


def mask_spans(sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """The sentence with date words blanked, same length, so their numbers are not read as counts."""
    chars = list(sentence)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
