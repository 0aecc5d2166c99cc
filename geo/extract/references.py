"""Rule 5, references back: a claim without a date of its own takes one, and the route with it, only
on a clear reference to an earlier claim ("later", "of them", "since then", "the convoys" …)."""
from __future__ import annotations

import re
from datetime import timedelta

from ..model import Claim
from .counts import _NUMBER_WORD
from .units import UNITS
from .dates import _SMALL_NUMBER, DateReading, _small_number
from .relative import _DAY_BEFORE
from .directions import Roles
from .drafts import _Context, _Draft, _Sentence
from .records import _event_id

# A clear reference back to the directly preceding claim sentence: its date, and its route where the
# sentence names none. "Most of them" refers inside its own sentence, so only a number "of them" counts.
_CONTINUATION = re.compile(
    rf"\b(?:later|afterwards|subsequently|(?:\d[\d,]*|(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*)\s+of\s+"
    r"(?:them|these|those)|the\s+same\s+time|that\s+(?:period|time)|the\s+rest|^\s*of\s+(?:them|these|those)(?=\s*,)"
    r"|^\s*of\s+the\s+(?:arrivals|trucks|vehicles|refugees|evacuees|people|passengers|buses|families|patients)(?=\s*,)"
    r"|^\s*(?:during|in|over)\s+(?:this|the|that)\s+(?:same\s+)?period(?=\s*,)"
    # "during the mentioned period", "During the reporting period,": the period just named
    r"|\b(?:during|in|over|for)\s+the\s+(?:(?:above-?|afore-?)?mentioned|said|reporting|reported|indicated|specified)"
    r"\s+period)\b", re.I)
_SINCE_THEN = re.compile(r"\bsince\s+then\b", re.I)
# "over the same period", "the same twelve months": the last period of that length, however far back.
# "In the ten months, 23,650 passengers crossed": the ten months just named.
_SAME_SPAN = re.compile(
    rf"\bthe\s+same\s+(?:(?P<period>period)|(?:(?P<n>{_SMALL_NUMBER})\s+)?(?P<unit>years?|months?|weeks?))\b"
    rf"|\b(?:in|during|over|for)\s+(?:all\s+)?the\s+(?P<n2>{_SMALL_NUMBER}|\d{{1,2}})\s+(?P<unit2>years|months|weeks)\b", re.I)
_SAME_DAYS = re.compile(r"\b(?:both|those|the\s+same)\s+days?\b|\bthat\s+(?:same\s+)?day\b|\blater\s+(?:in\s+)?(?:the|that)\s+day\b"
                        r"|^\s*(?:Earlier(?:\s+in\s+the\s+day)?|Meanwhile|At\s+the\s+same\s+time|At\s+this\s+stage),"
                        r"|\b(?:in|on)\s+the\s+(?:same\s+)?(?:evening|afternoon|morning)\b|\bthat\s+(?:evening|night|afternoon)\b"
                        r"|\b(?:shortly|soon|just)\s+(?:after|before)\s+(?:noon|midday)\b"
                        r"|\bthe\s+same\s+(?:evening|night)\b", re.I)
_DEFINITE_SUBJECT = re.compile(r"^\s*The\s+([a-z][a-z-]+)\b")  # "The convoys arrived …", "The ambassador was …"


def _definite_reference(draft: _Draft, s: _Sentence, previous: list[Claim]) -> _Draft:
    """'The convoys arrived on …' after '7 convoys …', 'The ambassador was handed a note' after a sentence about
    the ambassador: the same event, so its unit and route, and its date if the sentence gives none."""
    m = _DEFINITE_SUBJECT.match(s.text)
    if not m or not previous:
        return draft
    noun = m.group(1).lower()
    unit = UNITS.get(noun)
    prior = next((p for p in previous if (unit and p.unit == unit)
                  or re.search(rf"\b{re.escape(noun.rstrip('s'))}", p.quote, re.I)), None)
    if prior is None:
        return draft
    if unit and draft.count is None:
        draft.inherited = {**(draft.inherited or {}), "unit": prior.unit}
    _route_from(draft, prior, whole_trip=True)
    draft.event_group = prior.event_group or _event_id(prior)
    if not draft.date.found and prior.is_dated:
        _take_date(draft, _reading_of(prior), f"'The {noun}' refers to the preceding sentence",
                   "date taken from the preceding sentence")
    return draft


def _days_of_previous(s: _Sentence, previous: list[Claim]) -> _Draft:
    """'The dates are also available: July 11, 14 …' has no verb: the days belong to the preceding claims,
    with the route they all share."""
    prior = previous[0]
    unit = next((p.unit for p in previous if p.unit and p.unit != "crossings"), prior.unit)
    inherited = {"unit": unit, **{k: _shared(previous, k) for k in ("origin", "destination", "via", "place")}}
    return _Draft(prior.kind, None, Roles(), s.date, derived=True,
                  derivation="kind, unit and route taken from the preceding sentence; "
                             "the list of days has no verb of its own",
                  place_basis="inferred: the route of the preceding sentence" if any(
                      inherited[k] for k in ("origin", "destination", "via", "place")) else "",
                  inherited=inherited, event_group=prior.event_group or _event_id(prior), base_confidence=0.8,
                  flags=("kind and route taken from the preceding sentence",))


def _shared(claims: list[Claim], key: str) -> str | None:
    values = {getattr(c, key) for c in claims}
    return values.pop() if len(values) == 1 else None


def _maybe_continue(ctx: _Context, draft: _Draft, s: _Sentence, previous: list[Claim],
                    history: list[Claim]) -> _Draft:
    """Without a date of its own, a claim takes one only on a clear reference back; anything else stays
    undated rather than guessed."""
    if draft.date.found:
        return draft
    link = _date_link(ctx, s.text, previous, history)
    if link is None:
        if (flag := _unknown_day_link(s.text, previous)) is not None:
            # "… set off this morning (no publication date known). At this stage, 27 families have moved": the
            # same unknown day, flagged the same way, never guessed
            draft.flags += (f"{flag} (the day of the preceding sentence)",)
            return draft
        return _same_paragraph(ctx, draft, s, previous)
    reading, prior, cue, route = link
    where = "the preceding sentence" if prior in previous else "an earlier sentence"
    _take_date(draft, reading, f"period taken from {where} ({cue!r} continues it)", f"date taken from {where}")
    draft.event_group = prior.event_group or _event_id(prior)
    if route:
        _route_from(draft, prior)
    return draft


def _unknown_day_link(text: str, previous: list[Claim]) -> str | None:
    """The 'year unknown' flag of the preceding sentence's claim, when this sentence refers back to its day."""
    prior = next((p for p in reversed(previous) if not p.is_dated), None)
    flag = next((f for f in prior.flags if f.startswith("year unknown")), None) if prior else None
    if flag is None or not (_SAME_DAYS.search(text) or _CONTINUATION.search(text)):
        return None
    return flag


def _same_paragraph(ctx: _Context, draft: _Draft, s: _Sentence, previous: list[Claim]) -> _Draft:
    """'On March 23, 31 vehicles passed through the corridor. Three trucks moved from Stepanakert towards Lachin.':
    a movement told right after a dated one, in the same paragraph, with no date of its own, is read on that day —
    derived and flagged, never silently."""
    prior = next((p for p in reversed(previous) if p.is_dated and p.date_precision == "day"), None)
    if prior is None or draft.kind not in ("crossing", "entry", "exit", "population_movement") or draft.count is None \
            or "\n\n" in ctx.source.text[prior.quote_end:s.start] or not _past(draft, s.text):
        return draft
    _take_date(draft, _reading_of(prior), "day taken from the preceding sentence of the same paragraph",
               "date taken from the preceding sentence")
    return draft


_IRREGULAR_PAST = frozenset("left fled went came drove brought took sent made got ran rode flew".split())


def _past(draft: _Draft, text: str) -> bool:
    """'Three trucks moved …' tells that day; 'These days, 300 trucks cross …' tells no day at all."""
    if draft.verb is None:
        return False
    word = draft.verb.text.lower().split()[0]
    before = text[:draft.verb.start]
    if re.search(r"\b(?:are|is|am|be|being|will|shall|can|must)\s+(?:\w+\s+){0,2}$", before, re.I):
        return False  # "are not being delivered daily": the present, no day
    return word.endswith("ed") or word in _IRREGULAR_PAST or bool(re.search(r"\b(?:had|was|were)\s+(?:\w+\s+)?$", before))


def _take_date(draft: _Draft, reading: DateReading, derivation: str, flag: str) -> None:
    draft.date = reading
    draft.derived = True
    draft.derivation = derivation
    draft.flags += (flag,)


def _date_link(ctx: _Context, text: str, previous: list[Claim],
               history: list[Claim]) -> tuple[DateReading, Claim, str, bool] | None:
    """(date, claim it comes from, the words that refer back, whether the route comes too)."""
    prior = next((p for p in reversed(previous) if p.is_dated), None)
    if (m := _SINCE_THEN.search(text)) and prior and prior.date_start and prior.date_start <= ctx.ref:
        return DateReading("period", prior.date_start, ctx.ref), prior, m.group(), True
    if (m := _SAME_SPAN.search(text)) and (earlier := _claim_with_span(history, m)):
        return _reading_of(earlier), earlier, m.group(), False
    # "later in the day" may come a sentence after the claim it refers to (one with no claim between)
    same_day = prior or next((p for p in reversed(history[-1:]) if p.is_dated and p.date_precision == "day"), None)
    if (m := _SAME_DAYS.search(text)) and same_day:
        return _reading_of(same_day), same_day, m.group(), True
    if (m := _DAY_BEFORE.search(text)) and prior and prior.date_precision == "day" and prior.date_start:
        day = prior.date_start - timedelta(days=1)
        return DateReading("day", day, day), prior, m.group(), False
    if (m := _CONTINUATION.search(text)) and prior:
        if re.search(r"\bof\s+(?:them|these|those|the\s+\w+)$", m.group(), re.I):
            # "Of these, 164 people …": a part of the figure before, not of the closure beside it
            prior = next((p for p in reversed(previous) if p.is_dated and p.count is not None), prior)
        return _reading_of(prior), prior, m.group(), True
    return None


def _claim_with_span(history: list[Claim], m: re.Match) -> Claim | None:
    """The latest earlier period as long as the phrase says ('the same twelve months' → a year), taking the
    first such claim of its sentence: the figure, not what it was compared with."""
    want = _span_days(m)

    def fits(c: Claim) -> bool:
        return bool(c.date_start and c.date_end and c.date_precision in ("period", "month")
                    and (want is None or abs((c.date_end - c.date_start).days + 1 - want) <= 0.15 * want))

    # from the end back: the cost is the distance to the latest fit, not the length of the history
    latest = next((i for i in range(len(history) - 1, -1, -1) if fits(history[i])), None)
    if latest is None:
        return None
    start, first = history[latest].quote_start, latest
    for i in range(latest - 1, -1, -1):
        if history[i].quote_start != start:
            break
        if fits(history[i]):
            first = i
    return history[first]


def _span_days(m: re.Match) -> float | None:
    if m.group("period"):
        return None
    written = m.group("n") or m.group("n2")
    n = (int(written) if written.isdigit() else _small_number(written)) if written else 1
    unit = (m.group("unit") or m.group("unit2")).lower()
    return n * (365.25 if unit.startswith("year") else 30.44 if unit.startswith("month") else 7)


def _reading_of(claim: Claim) -> DateReading:
    return DateReading(claim.date_precision, claim.date_start, claim.date_end, claim.dates)


def _route_from(draft: _Draft, prior: Claim, whole_trip: bool = False) -> None:
    """The fields the sentence leaves open come from the claim it continues: 'Fifty five trucks later left'
    leave the place the trucks entered; 'of them' and 'since then' keep the route; 'the convoys arrived'
    is the convoys' whole trip."""
    inherited = dict(draft.inherited or {})
    if whole_trip and not (draft.roles.origin or draft.roles.destination):
        inherited.update(origin=prior.origin, destination=prior.destination)
        draft.place_basis = "inferred: the trip of the preceding sentence"
    if draft.kind == "exit" and prior.destination and draft.roles.origin is None:
        inherited.setdefault("origin", prior.destination)
        draft.place_basis = "inferred: they leave the place the preceding sentence says they entered"
    if draft.roles.via is None and prior.via:
        inherited.setdefault("via", prior.via)
        draft.place_basis = draft.place_basis or "inferred: the route of the preceding sentence"
    if not draft.roles.any and prior.place:
        inherited.setdefault("place", prior.place)
        draft.place_basis = draft.place_basis or "inferred: the place of the preceding sentence"
    draft.inherited = inherited
