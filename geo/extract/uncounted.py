"""Rule 5 for a sentence without a count: a claim when it has a date and a movement, diplomatic or
restriction word, or a date of its own and a place ("other")."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from ..model import Claim
from .counts import CountReading, words_to_number
from .units import _VEHICLE_PLURAL, UNITS
from .dates import DateReading
from .when import _EVENT_NOUNS, _FUTURE
from .relative import since_to_publication
from .directions import _moves
from .drafts import (_OTHER_FLAG, _Context, _Draft, _Sentence, _moving_roles, _names_a_place, _standing_roles,
                     dated_to_publication, publication_day)
from .kinds import _DENIAL, _DENIED, uncounted_kind
from .references import _days_of_previous, _definite_reference, _maybe_continue
from .verbs import _MOVING_KINDS, _STOCK, _VEHICLES_STAND, movement_verbs, restriction_words

# Clauses of their own for the kind of an uncounted date: "the exodus follows an operation [that Azerbaijan
# launched last Tuesday]" dates the operation, not the exodus.
_RELATIVE_PRONOUN = re.compile(r",?\s+\b(?:which|who|whom|whose|where|that)\b")
_SAY_BEFORE = re.compile(
    r"\b(?:sa(?:id|ys)|stat(?:es|ed)|report(?:s|ed)|announc(?:es|ed)|told\s+\w+|not(?:es|ed)|claim(?:s|ed)|known|clear"
    r"|inform(?:s|ed)|confirm(?:s|ed)|add(?:s|ed)|stress(?:es|ed)|insist(?:s|ed)|warn(?:s|ed)|explain(?:s|ed)"
    r"|emphasi[sz](?:es|ed))(?:\s+(?:on|late|early|last|this|yesterday|today)\b(?:\s+[\w.]+){0,2}?)?\s*$", re.I)
_DETERMINERS = frozenset("the a an its their this these those our his her".split())
_PREPOSITIONS = frozenset("at of on in near over across along".split())


def _dated_draft(ctx: _Context, s: _Sentence, previous: list[Claim], history: list[Claim]) -> list[_Draft]:
    """A sentence without a count is a claim with a date (its own or a referenced one) and a movement,
    diplomatic or restriction word; with its own date and a place, it is an 'other' event; a bare list of
    days belongs to the preceding claim."""
    clauses = _event_clauses(ctx, s)
    if clauses:
        return clauses + attribute_drafts(ctx, s)
    span = (s.start, s.end)
    moving = _moving_roles(ctx, span)
    kind = uncounted_kind(_kind_clause(s.text, s.date), moving.destination is not None)
    if kind != "detention" and uncounted_kind(s.text) == "detention":
        kind = "detention"  # "guards detained a shepherd who had strayed across the line on May 26": the holding is the event
    if kind == "other" and s.date.precision == "days" and previous:
        return [_days_of_previous(s, previous)]
    standing = _standing_plural(s.text) if kind == "other" else None
    if standing is not None:
        kind = "stock"  # "Cars queued for about five kilometres on the road to the checkpoint on Wednesday"
    roles = moving if _moves(kind, s.text) else _standing_roles(ctx, span)
    when = s.date if not _HABITUAL.search(s.text) else DateReading()  # "is usually closed from November to April"
    plural = standing or _plural_count(s.text, kind)
    if plural is not None and plural.unit == "people" and kind in ("entry", "exit", "crossing"):
        kind = "population_movement"  # "a six-year-old boy … was taken to hospital in Kaleybar": a person moved
    if not when.found and (kind in ("restriction", "detention") or plural is not None):
        # "was detained today", "the road is now closed", "their vehicles passed the site today": enough to date
        # an event that holds or happened today
        when = next((r for r in s.readings if r.role == "weak" and r.start is not None), when)
    draft = _Draft(kind, plural, roles, since_to_publication(when, ctx.ref), base_confidence=0.8)
    draft = _maybe_continue(ctx, _definite_reference(draft, s, previous), s, previous, history)
    if draft.derived and not when.found and _FUTURE.search(s.text):
        return attribute_drafts(ctx, s)  # "Returning families will move into new houses": no date of its own, a plan
    side = attribute_drafts(ctx, s, draft.date)
    if draft.date.role == "attribute":
        return side  # "before the offensive of 19 September": the date is the offensive's, not the sentence's
    if not draft.date.found:
        if not _undated_event(ctx, s, kind):
            return side
        return [_undated(ctx, s, draft), *side]
    if kind == "other":
        # "the committee, present in the region since 1992, works in …": a state since a year, no event
        if draft.derived or re.fullmatch(r"(?i)since\s+(?:19|20)\d\d", when.text.strip()) or not _stands_alone(ctx, s):
            return side
        draft.flags += (_OTHER_FLAG,)
        draft.base_confidence = 0.6
    if kind == "restriction" and _REOPEN.search(s.text):
        return [*_reopening(ctx, s, draft), *side]
    return [draft, *side]


# What recurs has no date of its own: "the pass is usually closed by snow from November to April"
_HABITUAL = re.compile(r"\b(?:usually|normally|typically|generally|every\s+(?:year|winter|summer|spring|autumn)"
                       r"|each\s+(?:year|winter|summer))\b", re.I)
# Events worth a claim even with no date: a closure, a checkpoint, a blockade, people held, a convoy, an evacuation.
_EVENT_WORDS = re.compile(r"\b(?:convoys?|evacuat(?:ed|ion|ions|ing|es?))\b", re.I)
_HOLDS_NOW = re.compile(r"\b(?:has|have|is|are|remains?|stays?|(?:has|have|is|are)n[’']t|still\s+(?!was\b)\w+s)\b", re.I)


_ROUTE_WORDS = re.compile(r"\b(?:road|corridor|border|checkpoints?|crossing|bridge|highway|route|pipeline|gas|fuel|entry|access"
                          r"|electricity|traffic|convoys?|trucks|vehicles)\b", re.I)
# "They threaten to block the road if …", "Baku could close …", "there has never been a blockade": nothing happened
# (a denial — "claims of a blockade are groundless" — is kinds._DENIAL)
_NOT_AN_EVENT = re.compile(r"\b(?:threat(?:en|ens|ened)?|if|could|would|might|may|unless|never)\b", re.I)

_FIRST_PERSON = re.compile(r"\b(?:(?i:we|us|our)|I)\b")


def _undated_event(ctx: _Context, s: _Sentence, kind: str) -> bool:
    text = s.text
    if not text.rstrip("\"”’)").endswith((".", "!")) or _FUTURE.search(text) or _NOT_AN_EVENT.search(text) \
            or _DENIAL.search(text) or _FIRST_PERSON.search(text):
        return False  # a heading, a fragment or a question; a plan, a threat or a denial; a commentator's view
    if not (_names_a_place(ctx, (s.start, s.end)) or _ROUTE_WORDS.search(text)):
        return False  # "schools closed for the holidays": not about movement on the map
    if kind in ("restriction", "detention"):
        return True  # "were cut off early in the afternoon and restored six hours later": the cut is the event
    # "the use of vehicles carrying out medical evacuation for smuggling is a violation": a word, no event — a
    # movement with no date needs a verb that says it happened
    finite = any(v.kind != "traffic" and not re.search(r"(?:ing|ions?|exodus|outflow|entry|entries|passage)$", v.text, re.I)
                 for v in movement_verbs(text, nouns=False))
    return kind in _MOVING_KINDS and bool(_EVENT_WORDS.search(text)) and finite


def _undated(ctx: _Context, s: _Sentence, draft: _Draft) -> _Draft:
    """An event with no date of its own: as of publication when said in the present ('the road remains closed',
    'Azerbaijan has blocked the corridor') and the day is known; otherwise kept undated, and flagged."""
    draft.base_confidence = 0.6
    day = publication_day(ctx)
    if _HOLDS_NOW.search(s.text) and day is not None and not _HABITUAL.search(s.text):
        return dated_to_publication(draft, day, "the sentence says it in the present")
    draft.flags += ("no date stated",)
    return draft


# The end of a restriction is an event of its own ('other'), not a restriction.
# not "have not been restored since": still closed
_REOPEN = re.compile(r"(?<!not\s)(?<!not\sbeen\s)(?<!n't\sbeen\s)(?<!never\s)(?<!never\sbeen\s)(?<!yet\sto\sbe\s)"
                     r"\b(?:re-?open(?:ed|s|ing)?|restored|lifted|unblocked|came\s+back|resumed)\b", re.I)
_LATER = re.compile(r"\b(?:about\s+|some\s+)?(?P<n>\w+)\s+(?P<unit>days?|hours?)\s+later\b", re.I)
_BEFORE_REOPEN = re.compile(r"(?:;|,?\s+(?:and|but|before|until|then)\b|,)\s+(?:[\w'’-]+\s+){0,4}$", re.I)


def _reopening(ctx: _Context, s: _Sentence, draft: _Draft) -> list[_Draft]:
    """'Snow closed the road on Saturday; it reopened at 6 p.m.': the closure and the reopening, two claims;
    'the route was reopened on Saturday after a four-day closure': the reopening only."""
    m = _REOPEN.search(s.text)
    cut = _BEFORE_REOPEN.search(s.text, 0, m.start())
    closing = [w for w in restriction_words(s.text, 0, cut.start()) if not _DENIED.search(s.text[:w.start()])] \
        if cut else []
    if not closing:
        draft.kind = "other"
        draft.flags += ("the end of a restriction: kind 'other'",)
        return [draft]
    own = [r for r in s.readings if r.role in ("event", "weak") and r.start is not None and r.first >= cut.start()]
    when = since_to_publication(replace(own[0], since=False), ctx.ref) if own else draft.date
    derived, how = draft.derived, draft.derivation
    later = _LATER.search(s.text, m.start())
    if not own and later and draft.date.precision == "day" and draft.date.start is not None:
        n = 0 if later.group("unit").lower().startswith("hour") else words_to_number(later.group("n"))
        if n is not None:  # "gas came back three days later": counted from the restriction's own day
            day = draft.date.start + timedelta(days=n)
            when = DateReading("day", day, day, text=later.group(), relative=True)
            derived, how = True, f"'{later.group()}' counted from {draft.date.start.isoformat()}"
    reopened = _Draft("other", None, _standing_roles(ctx, (s.start + cut.start(), s.end)), when,
                      base_confidence=0.6, derived=derived, derivation=how)
    reopened.flags += ("the end of the restriction the sentence states",)
    return [draft, reopened]


# The other event a sentence dates ("Azerbaijan's offensive of 19 September", "the trilateral statement signed on
# 9 November") is a claim of its own: an act between governments is diplomatic, anything else 'other'.
_ATTRIBUTE_NOUN = re.compile(rf"\b(?:{_EVENT_NOUNS})\b", re.I)
_DIPLOMATIC_NOUN = re.compile(r"statement|agreement|declaration|ceasefire|truce|resolution", re.I)


def attribute_events(s: _Sentence) -> list[tuple[re.Match, DateReading]]:
    """The events a sentence names only to date something else: each one's noun and date."""
    out = []
    for r in s.readings:
        if r.role == "attribute" and r.found:
            nouns = list(_ATTRIBUTE_NOUN.finditer(s.text, max(0, r.first - 90), r.first))
            if nouns:
                out.append((nouns[-1], r))
    return out


def attribute_drafts(ctx: _Context, s: _Sentence, taken: DateReading | None = None) -> list[_Draft]:
    """A claim for each dated event that a sentence only names, unless that date already dates the sentence's own
    claim (`taken`) as an event of its own."""
    drafts = []
    for noun, r in attribute_events(s):
        if taken is r and taken.role != "attribute":
            continue
        kind = "diplomatic" if _DIPLOMATIC_NOUN.fullmatch(noun.group()) else "other"
        lo = max(s.text.rfind(",", 0, noun.start()), s.text.rfind(";", 0, noun.start())) + 1
        hi = next((i for i in (s.text.find(",", r.last), s.text.find(";", r.last)) if i != -1), len(s.text))
        draft = _Draft(kind, None, _standing_roles(ctx, (s.start + lo, s.start + hi)),
                       since_to_publication(replace(r, role="event"), ctx.ref), base_confidence=0.6)
        draft.flags += (f"an event the sentence names ('{noun.group()}'), dated by it",)
        drafts.append(draft)
    return drafts


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLAUSE_JOIN = re.compile(r";\s+|,\s+(?:and|while|but|whereas)\s+", re.I)


def _event_clauses(ctx: _Context, s: _Sentence) -> list[_Draft]:
    """'On 23 April Azerbaijan set up a checkpoint, and from 15 June even ICRC deliveries were halted': two dated
    events joined in one sentence are two claims, each with its own date, kind and places."""
    events = [r for r in s.readings if r.role == "event" and r.start is not None]
    if len(events) < 2:
        return []
    bounds = [0, *(m.start() for m in _CLAUSE_JOIN.finditer(s.text)), len(s.text)]
    drafts = []
    for a, b in zip(bounds, bounds[1:]):
        own = [r for r in events if a <= r.first < b]
        if len(own) != 1:
            continue
        clause = s.text[a:b]
        span = (s.start + a, s.start + b)
        moving = _moving_roles(ctx, span)
        kind = uncounted_kind(clause, moving.destination is not None)
        if kind == "other" and not _YEAR.search(own[0].text or ""):
            continue  # "occupied on October 29, 1993, and liberated on October 20, 2020": two milestones, each its year
        roles = moving if _moves(kind, clause) else _standing_roles(ctx, span)
        drafts.append(_Draft(kind, None, roles, since_to_publication(own[0], ctx.ref), base_confidence=0.75))
        if kind == "other":
            drafts[-1].flags += (_OTHER_FLAG,)
            drafts[-1].base_confidence = 0.6
    return drafts if len(drafts) >= 2 else []


def _kind_clause(text: str, reading: DateReading) -> str:
    """The clause that holds the date, with the noun phrase a relative clause hangs on
    ('a 24-hour military operation that Azerbaijan launched last Tuesday')."""
    if not reading.spans:
        return text
    cuts = [m.start() for m in _RELATIVE_PRONOUN.finditer(text) if not _SAY_BEFORE.search(text[:m.start()])]
    bounds = [0, *cuts, len(text)]
    for a, b in zip(bounds, bounds[1:]):
        if a <= reading.first < b:
            return text[a:b] if a == 0 else _antecedent(text, a) + text[a:b]
    return text


def _antecedent(text: str, cut: int) -> str:
    """The noun phrase before a relative pronoun, with its 'at/of the …' attachments
    ('the checkpoint at the Hakari bridge'), back to its determiner or the last comma."""
    words = list(re.finditer(r"[\w'’-]+|,", text[:cut]))
    start, i = cut, len(words) - 1
    while i >= 0 and len(words) - i <= 12 and words[i].group() != ",":
        start = words[i].start()
        if words[i].group().lower() in _DETERMINERS:
            if i == 0 or words[i - 1].group().lower() not in _PREPOSITIONS:
                break
            i -= 1
            start = words[i].start()
        i -= 1
    return text[start:cut]


# "Construction began with a ceremony … on September 21, 2022": a milestone the text dates with its year
_MILESTONE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:occupied|liberated|captured|returned|handed\s+over|opened"
                        r"|inaugurated|launched|completed|signed|laid|founded|built)\b|\b(?:began|started|opened|ended)\b",
                        re.I)


def _stands_alone(ctx: _Context, s: _Sentence) -> bool:
    """An 'other' event needs a sentence (not a heading), a date of its own and a place on the map — or a
    milestone dated with its year."""
    if not (s.text.rstrip("\"”’)").endswith((".", "!", "?")) and s.date.role == "event"):
        return False
    return _names_a_place(ctx, (s.start, s.end)) or bool(
        re.search(r"\b(?:19|20)\d\d\b", s.date.text) and _MILESTONE.search(s.text))


# "Armenian residents of Karabakh continued to leave", "their vehicles passed": a plural, no number. The words
# that point back at something already counted ("the convoys", "these families", "of them") assert no new number.
_PEOPLE_PLURAL = re.compile(r"\b(?:residents|refugees|civilians|families|evacuees|patients)\b", re.I)
_REFERRING = frozenset("the these those this that of such".split())


# "detained a 68-year-old man", "an Iranian citizen was arrested": one person held, as written
ONE_PERSON = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>man|woman|person|resident|civilian|driver|shepherd"
                        r"|farmer|villager|citizen|national|boy|girl|teenager|journalist|activist|serviceman|soldier|herder|pensioner|student"
                        r"|worker|teacher|fisherman|official|businessman|businesswoman|patient|commander|officer|engineer"
                        r"|doctor|nurse|child|pilgrim|tourist)\b",
                        re.I)
# "a six-year-old boy … was wounded and taken to hospital in Kaleybar": one person moved, as written
_ONE_MOVED = re.compile(r"\s+(?:[^.;]{0,60}?\b)?(?:was|has\s+been|had\s+been)\s+(?:[\w-]+\s+){0,4}?(?:and\s+)?"
                        r"(?:taken|evacuated|flown|transferred|brought|airlifted|rushed|driven)\b", re.I)


_AUXILIARY = re.compile(r"\s*(?:(?:have|had)\s+been\s+|are\s+|were\s+|still\s+)?(?:\w+ly\s+)?")


def _standing_plural(text: str) -> CountReading | None:
    """Vehicles or people named without a number that stand, wait or queue somewhere ('Cars queued', 'residents
    still gather on the hills'): a context figure of an unstated size."""
    for rx, stand in ((_VEHICLE_PLURAL, _VEHICLES_STAND), (_PEOPLE_PLURAL, _STOCK)):
        for m in rx.finditer(text):
            # the words before it in its own clause: a dateline's "January 4 (Ambioni) –" counts nothing
            clause = re.split(r"[.,;:()–—]\s*|\s-\s", text[:m.start()])[-1]
            before = re.findall(r"[\w'’-]+", clause)[-2:]
            if any(w.lower() in _REFERRING or w[0].isdigit() or words_to_number(w) is not None for w in before):
                continue
            gap = _AUXILIARY.match(text, m.end())
            if stand.match(text, gap.end()):
                written = m.group().lower()
                return CountReading(m.start(), m.end(), None, "unspecified", UNITS.get(written, "people"),
                                    vague="no number given", vague_phrase="an unstated number of", surface_unit=written)
    return None


def _plural_count(text: str, kind: str) -> CountReading | None:
    """'escorting Iranian trucks on both days': vehicles that move without a number are an unstated count;
    'the convoys' points back to counted ones and asserts no new number. One person held ('detained a man')
    is a count of one."""
    if kind == "detention" and (one := ONE_PERSON.search(text)):
        unit = "servicemen" if one.group("noun").lower() in ("serviceman", "soldier") else "people"
        return CountReading(one.start(), one.end(), 1, "exact", unit, surface_unit=one.group("noun").lower())
    if kind not in _MOVING_KINDS:
        return None
    one = ONE_PERSON.search(text)
    if one is not None and one.start() < 40 and _ONE_MOVED.match(text, one.end()) and not _PEOPLE_PLURAL.search(text):
        return CountReading(one.start(), one.end(), 1, "exact", "people", surface_unit=one.group("noun").lower())
    plurals = sorted([*_VEHICLE_PLURAL.finditer(text), *_PEOPLE_PLURAL.finditer(text)], key=lambda m: m.start())
    for m in plurals:
        before = re.findall(r"[\w'’-]+", text[:m.start()])[-2:]
        if any(w.lower() in _REFERRING or w[0].isdigit() or words_to_number(w) is not None for w in before):
            continue
        written = m.group().lower()
        return CountReading(m.start(), m.end(), None, "unspecified", UNITS.get(written, "people"),
                            vague="no number given", vague_phrase="an unstated number of", surface_unit=written)
    return None
