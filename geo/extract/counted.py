"""Rule 5 for a sentence with counts: each count takes the date and places of its own clause; a dated
clause that no count takes is a claim of its own."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import Claim
from .counts import CountReading, mask_spans
from .units import BUS_UNITS, PEOPLE_UNITS, VEHICLE_UNITS
from .dates import _SINCE_OPENING, DateReading
from .relative import since_to_publication
from .directions import _adjusted, _moves, _two_way_counts, directed_kind
from .asof import undated_count
from .drafts import _OTHER_FLAG, _Context, _Draft, _Sentence, _moving_roles, _names_a_place, _standing_roles
from .kinds import _DENIED, _WHEN_OF, carries_people, counted_kind, uncounted_kind
from .references import _maybe_continue, _reading_of, _route_from, _take_date
from .uncounted import _dated_draft, attribute_drafts, attribute_events
from .verbs import _MOVING_KINDS, _STOCK, _VEHICLES_STAND, _Verb, movement_verbs, restriction_words, verb_for


def _counted_drafts(ctx: _Context, s: _Sentence, counts: list[CountReading], previous: list[Claim],
                    history: list[Claim]) -> list[_Draft]:
    # "the rest" of nothing counted ("the rest is history") is no count.
    counts = _units_within(counts)  # "396 trucks …, 211 of them entering": a part of the count before it
    counts = [c for c in (_unit_of_them(c, previous) for c in counts) if c.unit or c.vague != "the rest"]
    counts = _without_capacities(s.text, counts)
    if not counts:
        return _dated_draft(ctx, s, previous, history)
    # "61,300 trucks (44,800 loaded with exports …) used the crossing": a breakdown's words do not govern the count
    brackets = [m.span() for m in re.finditer(r"\([^()]*\)", s.text)]
    verbs = [v for v in movement_verbs(s.text) if not any(a <= v.start < b for a, b in brackets)]
    segments = _segments(counts, len(s.text), _opening_end(s.text, counts))
    two_way = _two_way_counts(s.text, counts)
    drafts, used, last = [], set(), None
    for i, c in enumerate(counts):
        own = _segment_of(segments, c.start)
        verb = verb_for(verbs, c.start, c.end, s.text)
        picked = _pick_reading(s, c, own, verb, segments, counts)
        if i and last is not None and last.found and _SAME_FIGURE.fullmatch(s.text, counts[i - 1].end, c.start):
            # "410 families - 1,519 people", "85 people of 23 families relocated to Lachin, which was returned in
            # December 2020": one figure in two measures, one date
            picked = last
        last = picked
        used.add(id(picked))
        window = _role_window(s.text, segments, own, c, verb, verbs)
        if picked is not None and picked.since and _IN_WHEN_CLAUSE.fullmatch(s.text, picked.last, c.start):
            picked = replace(picked, since=False)  # "since 14 November, when the first nine buses … reached": that day's
        drafts.append(_count_draft(ctx, s, c, verb, window, _as_count_date(picked, ctx.ref), i in two_way))
        if c.count == 0 and verb is not None and _MODAL_BEFORE.search(s.text, 0, verb.start):
            # "no trucks will cross it until the posts are finished": a way closed for now, not a count of 0
            drafts[-1].kind, drafts[-1].count = "restriction", None
    for n, d in enumerate(drafts):
        before = next((e for e in drafts[:n] if e.kind != "other" and e.count is not None), None)
        if d.kind == "other" and n and drafts[n - 1].kind != "other" \
                and _SAME_FIGURE.fullmatch(s.text, counts[n - 1].end, counts[n].start):
            # "home to 313 families, or 1,486 people": one figure in two measures, one kind
            d.kind = drafts[n - 1].kind
            d.flags = tuple(f for f in d.flags if f != _OTHER_FLAG) + ("kind of the figure before it",)
        elif d.kind == "other" and d.count is not None and before is not None and before.kind == "stock" \
                and d.count.unit not in PEOPLE_UNITS:
            # "1,700 peacekeepers remained in the region at 21 observation posts": what they are there with
            d.kind = "stock"
            d.flags = tuple(f for f in d.flags if f != _OTHER_FLAG) + ("kind of the figure before it",)
        elif d.kind == "other" and d.count is not None and d.count.unit_from and before is not None:
            # "puts the number of residents at 50,000 and disputes the figure of 120,000": the same measure
            d.kind = before.kind
            d.flags = tuple(f for f in d.flags if f != _OTHER_FLAG) + ("kind of the figure before it",)
        elif d.kind == "other" and d.count is not None and d.count.unit in PEOPLE_UNITS and previous \
                and previous[0].kind in _MOVING_KINDS and _LOAD_OF.search(s.text):
            # "7 ICRC vehicles passed towards Goris today. There were 15 people in these vehicles": who they carried
            d.kind = "population_movement"
            d.flags = tuple(f for f in d.flags if f != _OTHER_FLAG) + ("the load of the vehicles in the sentence before",)
            _route_from(d, previous[0], whole_trip=True)
            if not d.date.found and previous[0].is_dated:
                _take_date(d, _reading_of(previous[0]), "the trip of the preceding sentence",
                           "date taken from the preceding sentence")
        elif d.kind == "other" and d.count is not None and d.count.unit_from and previous:
            # "The figure stood at 66,115": the same measure as the sentence before, so the same kind of claim
            d.kind = previous[0].kind
            d.flags = tuple(f for f in d.flags if f != _OTHER_FLAG) + ("kind carried over from the sentence before",)
            prior = previous[0]
            if not d.date.found and prior.is_dated and prior.date_precision == "day":
                # "The figure stood at 66,115 at 08:00": the same measure, earlier the same day
                _take_date(d, _reading_of(prior), "the same measure as the preceding sentence, on its day",
                           "date taken from the preceding sentence")
    for n in range(1, len(drafts)):
        if _IN_EXCHANGE.search(s.text, 0, counts[n].start) and drafts[n].roles.destination == drafts[0].roles.destination:
            # "handed over 32 servicemen to Armenia in exchange for two soldiers": the other way
            drafts[n].roles = replace(drafts[n].roles, origin=drafts[0].roles.destination,
                                      destination=drafts[0].roles.origin)
    _share_routes(drafts, ctx.places, ctx.border)
    drafts = [undated_count(ctx, _maybe_continue(ctx, d, s, previous, history), s.text) for d in drafts]
    drafts += _side_drafts(ctx, s, used, counts) + attribute_drafts(ctx, s)
    return drafts + _restriction_beside(ctx, s, drafts)


def _count_draft(ctx: _Context, s: _Sentence, c: CountReading, verb: _Verb | None, window: tuple[int, int],
                 reading: DateReading, two_way: bool) -> _Draft:
    segment = s.text[window[0]:window[1]]
    span = (s.start + window[0], s.start + window[1])
    moving = _moving_roles(ctx, span)
    clause = re.split(r"[.;]", s.text[c.start:], maxsplit=1)[0]  # "40 buses … carried around 1,600 people"
    # "a convoy of 14 vehicles – 11 buses and three trucks –": a convoy mostly of buses carries people (not traffic
    # "including 23,540 trucks, 46,900 cars and 1,420 buses")
    buses = sum(n for n, u in c.breakdown or () if u in BUS_UNITS)
    people = c.unit in VEHICLE_UNITS and (carries_people(clause) or bool(c.count) and 2 * buses >= c.count)
    # "under the ceasefire statement of 10 November, 2,000 peacekeepers …": the statement is a claim of its own
    named = [(noun.start(), r.last) for noun, r in attribute_events(s)]
    others = mask_spans(s.text, named) if named else s.text
    kind = counted_kind(segment, verb, c.unit, others, moving.destination is not None, people, s.text[:c.start],
                        c.start - window[0])
    if kind == "other" and (_MOVED_NOUN.search(c.surface_unit or "") or c.unit in PEOPLE_UNITS and re.search(
            r"\bdisplaced\s+$", s.text[c.start:c.end - len(c.surface_unit or "")])):
        # "over 88,700 refugee arrivals in less than a week", "the number of displaced persons has reached 100,417":
        # they came
        kind = "population_movement"
    roles = _adjusted(moving, verb, segment, two_way) if _moves(kind, segment) else _standing_roles(ctx, span)
    if c.unit in VEHICLE_UNITS and not two_way and not (verb is not None and verb.kind == "traffic"):
        kind = directed_kind(kind, roles, ctx.places, ctx.border)
    draft = _Draft(kind, c, roles, reading, base_confidence=0.9 if verb or kind != "other" else 0.7, verb=verb)
    if kind == "other":
        draft.flags += (_OTHER_FLAG,)
    if c.unit_from:
        draft.flags += (f"unit carried over from '{c.unit_from}'",)
    elif c.unit is None:
        draft.flags += ("unit not stated",)  # "twelve of them" with nothing counted before
    return draft


_IN_EXCHANGE = re.compile(r"\bin\s+(?:exchange|return)\s+for\s+(?:[\w-]+\s+){0,3}$", re.I)
_LOAD_OF = re.compile(r"\b(?:in|on|aboard|inside)\s+(?:these|those|the|them|their)\s+(?:\w+\s+)?"
                      r"(?:vehicles|buses|cars|trucks|ambulances|minibuses)\b", re.I)
# Between a figure and the same figure in another measure.
_SAME_FIGURE = re.compile(r"\s*(?:[-–—(]|,?\s*or\b|of|,?\s*(?:totall?ing|comprising|consisting\s+of|i\.e\.|that\s+is))\s*")
_MOVED_NOUN = re.compile(r"\b(?:arrivals|evacuees|returnees|departures)\b", re.I)
# "We are ready to cope with up to 120,000 people", "the total could reach 120,000": a capacity or a forecast
_CAPACITY = re.compile(r"\b(?:ready|prepared|able|equipped)\s+to\s+(?:cope|receive|accommodate|host|take|welcome)\b"
                       r"|\b(?:readying|preparing|prepared|ready)\s+for\b"
                       r"|\bcapacity\s+(?:of|for|to)\b|\bcould\s+(?:reach|rise|climb|grow|exceed)\b"
                       r"|\b(?:plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?)\s+to\b"  # "plans to resettle 2,000 families"
                       # "would be able to cross the border daily", "a terminal that can accommodate 1,000 vehicles"
                       r"|\b(?:would|will|could|should)\s+be\s+able\s+to\b|\bcapable\s+of\b|\bdesigned\s+(?:for|to)\b"
                       r"|\bcan\s+(?:accommodate|handle|process|receive|hold|take|carry|serve|host)\b", re.I)


def _without_capacities(text: str, counts: list[CountReading]) -> list[CountReading]:
    """Counts that say what something could take are no claims, and neither are the others of their list
    ('1,100 cars, 30 buses and 15,000 people would be able to cross daily'; '1,000 vehicles with 500 entries
    and 500 exits')."""
    capacity = [bool(_CAPACITY.search(_clause_of(text, c.start))) for c in counts]
    for order in (range(len(counts) - 1), range(len(counts) - 2, -1, -1)):
        for i in order:
            between = text[counts[i].end:counts[i + 1].start]
            verbs = [v for v in movement_verbs(between) if not re.fullmatch(r"(?i:entries|exits|crossings)", v.text)]
            if (capacity[i] or capacity[i + 1]) and not re.search(r"[.;]", between) and not verbs:
                capacity[i] = capacity[i + 1] = True
    return [c for c, cap in zip(counts, capacity) if not cap]


def _clause_of(text: str, at: int) -> str:
    """The clause around a position: from the last clause comma, semicolon or 'and' before it to the next one."""
    lo = max((m.end() for m in re.finditer(r"[;,](?!\d{3}\b)|\band\b", text[:at])), default=0)
    hi = next((m.start() + at for m in re.finditer(r"[;,](?!\d{3}\b)|\band\b", text[at:])), len(text))
    return text[lo:hi]


def _units_within(counts: list[CountReading]) -> list[CountReading]:
    out: list[CountReading] = []
    for c in counts:
        prior = next((p for p in reversed(out) if p.unit and p.unit != "crossings" and p.count is not None), None)
        if c.of_them and not c.unit and prior is not None:
            c = replace(c, unit=prior.unit, unit_from=f"{prior.count:,} {prior.unit}")
        out.append(c)
    return out


def _unit_of_them(c: CountReading, previous: list[Claim]) -> CountReading:
    """'Twelve of them …', 'the rest …' count what the preceding sentence counted."""
    if not c.of_them or c.unit:
        return c
    prior = next((p for p in previous if p.unit and p.unit != "crossings"), None)
    if prior is None:
        return c
    return replace(c, unit=prior.unit, unit_from=f"{prior.count or ''} {prior.unit}".strip())


def _opening_end(text: str, counts: list[CountReading]) -> int:
    """A leading 'Since the corridor was closed on 12 December,' dates the counts but is not their clause."""
    m = _SINCE_OPENING.match(text)
    return m.end() if m and m.end() <= counts[0].start else 0


def _segments(counts: list[CountReading], length: int, opening: int) -> list[tuple[int, int]]:
    """Each count's clause runs from it to the next count ('… 20,000 people left X, and only 15, entered Y');
    a '70 times' or a cargo ('7 convoys with 126 tonnes') stays in the clause before, and the sentence's
    opening belongs to the first clause."""
    starts = [c.start for c in counts if c.surface_unit != "times" and not c.attached] or [counts[0].start]
    starts[0] = opening
    return list(zip(starts, starts[1:] + [length]))


def _segment_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in bounds:
        if a <= pos < b:
            return a, b
    return bounds[0] if pos < bounds[0][0] else bounds[-1]


def _role_window(text: str, segments: list[tuple[int, int]], own: tuple[int, int], c: CountReading,
                 verb: _Verb | None, verbs: list[_Verb]) -> tuple[int, int]:
    """A count's own clause, stretched to its verb's clause when the verb comes later ('35 trucks and 12 buses
    entered X': the trucks entered X too); a count with no verb of its own ('in 1,560 private cars', 'compared
    with 60,500') hangs on the clause before it."""
    start, end = own
    if verb is not None and verb.start >= c.end:
        end = max(end, _segment_of(segments, verb.start)[1])
    # (a part split off by place, "…: 376 in Lori and 42 in Tavush", keeps to its own place)
    if own != segments[0] and not _has_predicate(text, own, verbs) and c.whole is None:
        start = segments[segments.index(own) - 1][0]
    return start, end


def _has_predicate(text: str, own: tuple[int, int], verbs: list[_Verb]) -> bool:
    """A movement verb, a restriction ('the rest turned back') or a standing verb ('as hundreds of cars queued') in
    the count's own clause."""
    return any(own[0] <= v.start < own[1] for v in verbs) or bool(restriction_words(text, own[0], own[1])) \
        or bool(_VEHICLES_STAND.search(text, own[0], own[1]) or _STOCK.search(text, own[0], own[1]))


def _pick_reading(s: _Sentence, c: CountReading, own: tuple[int, int], verb: _Verb | None,
                  segments: list[tuple[int, int]], counts: list[CountReading]) -> DateReading | None:
    """The date in the count's own clause nearest its verb; else a date the sentence gives its other counts
    (not one of a comparison: 'down from 65 a day in January'); else the day the figure was stated."""
    usable = [r for r in s.readings if r.role in ("event", "weak")]
    if len(counts) > 1:
        # "On 24 and 25 September about 9,100 crossed, on 26 September 22,750 and yesterday 26,640": in a list
        # of dated figures each takes the date written right before it
        right_before = [r for r in usable if 0 <= c.start - r.last <= 16 and _JUST_QUALIFIERS.fullmatch(
            s.text[r.last:c.start])]
        if right_before:
            return right_before[-1]
    mine = [r for r in usable if own[0] <= r.first < own[1]]
    if any(r.role == "event" for r in mine):  # "09:20 – … evacuated 17 people overnight": overnight, not 09:20
        mine = [r for r in mine if not (r.role == "weak" and re.match(r"\d{1,2}:\d{2}", r.text))]
    if mine:
        # "the two trucks, parked near Aghdam since 29 August, headed back on Monday": the verb's own clause first
        # a clause comma, not the one inside "28,120"
        commas = [m.start() for m in _CLAUSE_COMMA.finditer(s.text, own[0], own[1])]
        anchor = verb if verb is not None and own[0] <= verb.start < own[1] else c
        if anchor is verb and verb.end <= c.start and any(verb.end <= i < c.start for i in commas) \
                and _STANDING_AFTER.search(s.text, c.end, own[1]):
            anchor = c  # "The Astara crossing was shut on Feb 19, and dozens of drivers spent the night": their clause
        lo = max((i + 1 for i in commas if i < anchor.start), default=own[0])
        hi = min((i for i in commas if i >= anchor.end), default=own[1])
        since = [r for r in usable if r.since and (r.first < c.start or own[0] <= r.first < own[1])]
        mine = [r for r in mine if lo <= r.first < hi] or mine
        if since and any(r.text.lower() in ("today", "now", "currently", "so far", "to date", "thus far") for r in mine):
            # "today counted 28,120 refugees who have arrived since Sunday", "Since the February 6 earthquakes,
            # Armenia has so far sent 58 rescuers": the figure's period
            return since[0]
        return min(mine, key=lambda r: _distance(r, anchor.start, anchor.end))
    shared = [r for r in usable if r.role == "event" and not _in_comparison(r, segments, counts)]
    if shared:
        return min(shared, key=lambda r: _distance(r, c.start, c.end))
    # "Currently, about 3,300 deminers and 190 dogs are working", "41 families, or 165 people, have been resettled
    # so far": an opening word, or a total's "so far", dates every figure of the sentence
    overall = [r for r in usable if r.role == "weak" and (r.last <= counts[0].start and not s.text[:r.first].strip()
                                                          or _SO_FAR.fullmatch(r.text))]
    if overall:
        return overall[0]
    # the day it was said, else the date of the event the sentence names ("placed under … by the statement of …")
    return next((r for r in s.readings if r.role == "attribution"), None) or \
        next((r for r in s.readings if r.role == "attribute" and r.start is not None), None)


_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)")
_STANDING_AFTER = re.compile(r"\b(?:spen[dt]|wait(?:ed|ing)|stay(?:ed|ing)|queu(?:ed|ing)|st(?:ood|anding)|sle(?:pt|eping))\b",
                             re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|can|could|may)\s+(?:\w+ly\s+|be\s+)?$", re.I)
_SO_FAR = re.compile(r"(?:so|thus)\s+far|to\s+date", re.I)
_JUST_QUALIFIERS = re.compile(r"[\s,]*(?:(?:on|and|about|some|around|nearly|almost|over|more\s+than|at\s+least"
                              r"|another)\s*)*", re.I)


def _distance(r: DateReading, start: int, end: int) -> int:
    if r.last <= start:
        return start - r.last
    return max(0, r.first - end)


def _in_comparison(r: DateReading, segments: list[tuple[int, int]], counts: list[CountReading]) -> bool:
    a, b = _segment_of(segments, r.first)
    return any(c.comparison and a <= c.start < b for c in counts)


_IN_WHEN_CLAUSE = re.compile(r",?\s+when\b[^,;]*", re.I)


def _as_count_date(r: DateReading | None, ref: date) -> DateReading:
    return since_to_publication(r, ref)


def _share_routes(drafts: list[_Draft], places, border: str | None = None) -> None:
    """Later counts of a sentence travel the first count's route when they name none ('1,460 trucks left Iran
    through Norduz … and 1,190 entered'); '… and 18 returned' makes the first count's trip backwards."""
    first = next((d for d in drafts if d.kind in _MOVING_KINDS), None)
    if first is None:
        return
    vehicles = first.count is not None and first.count.unit in VEHICLE_UNITS
    if not first.roles.any and (first.kind == "population_movement" or vehicles):
        # "40 buses … carried 1,600 people from Stepanakert to Goris", "six ambulances evacuated 23 people from
        # Stepanakert to Goris": the vehicles travel their load's route
        load = next((d for d in drafts if d is not first and d.kind == "population_movement" and d.roles.any), None)
        if load is not None:
            first.roles = load.roles
            if vehicles and first.kind != "population_movement":
                first.kind = directed_kind(first.kind, first.roles, places, border)
    for d in drafts:
        if d is first or d.kind not in _MOVING_KINDS:
            continue
        returned = d.verb is not None and d.verb.text.lower().startswith(("return", "came back", "come back"))
        if returned and not (d.roles.origin or d.roles.destination):
            d.roles = replace(d.roles, origin=first.roles.destination, destination=first.roles.origin)
        if d.roles.via is None and first.roles.via is not None:
            d.roles = replace(d.roles, via=first.roles.via)
    # "4,654 trucks have exited and 4,282 trucks have entered Iran": the bare verb's place is the other's, the
    # other way round; then both read from the same side
    for d in drafts:
        if d.kind not in ("entry", "exit") or d.verb is None or d.roles.origin or d.roles.destination:
            continue
        for o in drafts:
            if o is d or o.verb is None or {o.verb.kind, d.verb.kind} != {"entry", "exit"}:
                continue
            if d.verb.kind == "exit" and o.verb.kind == "entry" and o.roles.destination is not None:
                d.roles = replace(d.roles, origin=o.roles.destination)
            elif d.verb.kind == "entry" and o.verb.kind == "exit" and o.roles.origin is not None:
                d.roles = replace(d.roles, destination=o.roles.origin)
            else:
                continue
            d.kind = directed_kind(d.verb.kind, d.roles, places, border)
            break


def _side_drafts(ctx: _Context, s: _Sentence, used: set[int], counts: list[CountReading]) -> list[_Draft]:
    """A dated clause with no count, whose date no count took, is a claim of its own ('…, and queues formed
    on Wednesday'), and so is the event of a leading 'Since …' clause ('Since the corridor was closed on
    12 December, …')."""
    opening = _SINCE_OPENING.match(s.text)
    drafts = []
    for r in s.readings:
        in_opening = bool(opening and r.first < opening.end())
        if r.role != "event" or not r.found or (id(r) in used and not in_opening):
            continue
        clause = (0, opening.end() - 1) if opening and in_opening else _clause_around(s.text, r)
        if any(clause[0] <= c.start < clause[1] for c in counts):
            continue  # a second date of a counted clause ("… on May 1 and again on May 3") is no event of its own
        draft = _clause_draft(ctx, s, clause, replace(r, since=False))
        if draft is not None:
            drafts.append(draft)
    return drafts


def _restriction_beside(ctx: _Context, s: _Sentence, drafts: list[_Draft]) -> list[_Draft]:
    """'14 trucks have stood at Kornidzor for 55 days, unable to pass the checkpoint', '120,000 residents have lived
    under blockade since 12 December': the restriction the counted people or vehicles are under is a claim of its
    own, dated by its own clause, else by the sentence."""
    if any(d.kind in ("restriction", "detention") for d in drafts):
        return []
    words = [m for m in restriction_words(s.text)
             if not (_DENIED.search(s.text[:m.start()]) or _WHEN_OF.search(s.text[:m.start()]))]
    if not words:
        return []
    at = words[0].start()
    lo = max(s.text.rfind(",", 0, at), s.text.rfind(";", 0, at)) + 1
    ends = [i for i in (s.text.find(",", at), s.text.find(";", at)) if i != -1]
    hi = min(ends) if ends else len(s.text)
    own = [r for r in s.readings if r.role in ("event", "weak") and r.start is not None and lo <= r.first < hi]
    reading = min(own, key=lambda r: abs(r.first - at)) if own else s.date
    if not reading.found and not reading.start:
        return []
    draft = _Draft("restriction", None, _standing_roles(ctx, (s.start, s.end)), since_to_publication(reading, ctx.ref),
                   base_confidence=0.7)
    draft.flags += ("a restriction stated beside the sentence's figures",)
    return [draft]


def _clause_around(text: str, r: DateReading) -> tuple[int, int]:
    start = max(text.rfind(",", 0, r.first), text.rfind(";", 0, r.first)) + 1
    ends = [i for i in (text.find(",", r.last), text.find(";", r.last)) if i != -1]
    return start, min(ends) if ends else len(text)


def _clause_draft(ctx: _Context, s: _Sentence, clause: tuple[int, int], reading: DateReading) -> _Draft | None:
    a, b = clause
    text = s.text[a:b]
    span = (s.start + a, s.start + b)
    words = re.findall(r"[A-Za-z]+", text[:max(0, reading.first - a)] + text[max(0, reading.last - a):])
    moving = _moving_roles(ctx, span)
    kind = uncounted_kind(text, moving.destination is not None)
    if len(words) < 3 or (kind == "other" and not _names_a_place(ctx, span)):
        return None
    if kind == "other" and re.match(r"\s*\w+(?:ed|ing)\b", text):
        return None  # ", parked near Aghdam since 29 August,": a description of what is counted, no event
    roles = moving if _moves(kind, text) else _standing_roles(ctx, span)
    draft = _Draft(kind, None, roles, reading, base_confidence=0.7)
    if kind == "other":
        draft.flags += (_OTHER_FLAG,)
    return draft
