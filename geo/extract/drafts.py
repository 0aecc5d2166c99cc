"""What the claim-building steps share: the source being read, one sentence, a claim in the making,
and the roles of a stretch of the source."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from ..model import Place, Source
from .counts import CountReading
from .dates import DateReading
from .directions import (MentionIndex, Roles, _first_roles, _is_route, _is_way, _role_pairs, along_ends,
                         route_anaphor)
from .verbs import _Verb

_OTHER_FLAG = "no movement, diplomatic or restriction verb: kind is 'other'"


@dataclass(frozen=True)
class _Context:
    source: Source
    places: Mapping[str, Place]
    index: MentionIndex  # the text's mentions by position: each sentence asks for its own
    ref: date
    report_month: DateReading | None = None
    border: str | None = None  # the border the text is about (directions.theatre)


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str
    readings: tuple[DateReading, ...]
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
    inherited: dict | None = None  # unit and places taken from another claim, for the fields the text leaves open
    event_group: str | None = None
    flags: tuple[str, ...] = ()
    base_confidence: float = 0.9
    verb: _Verb | None = None


def publication_day(ctx: _Context) -> date | None:
    """The day of publication when it is known to the day; None for an unknown or ranged one."""
    published = ctx.source.published
    return published.earliest if published.earliest is not None and published.earliest == published.latest else None


def dated_to_publication(draft: _Draft, day: date, why: str) -> _Draft:
    """A figure or event with no date of its own that holds as of publication: derived, and said so."""
    draft.date = DateReading("day", day, day, text="day of publication", relative=True)
    draft.derived = True
    draft.derivation = f"date read as the day of publication: {why}"
    draft.flags += ("date read as the day of publication",)
    return draft


def _moving_roles(ctx: _Context, span: tuple[int, int]) -> Roles:
    """Roles of a movement: cue words, then a crossing point or a route named earlier as the way through."""
    text = ctx.source.text
    pairs = _role_pairs(text, span, ctx.index.within(*span), ctx.places)
    roles = _first_roles(pairs)
    if roles.via is None:
        way = next((m for m, role in pairs if role in (None, "located") and _is_way(text, m, ctx.places)), None)
        roles = replace(roles, via=way or route_anaphor(text, span, ctx.index, ctx.places, any_cue=False))
    return along_ends(text, span, roles, ctx.index)


def _standing_roles(ctx: _Context, span: tuple[int, int]) -> Roles:
    """A restriction or an event that moves nothing has a route and a place, but no origin or destination:
    'cut the gas supply from Armenia' names no trip."""
    text = ctx.source.text
    pairs = _role_pairs(text, span, ctx.index.within(*span), ctx.places)
    route = next((m for m, _ in pairs if _is_route(m, ctx.places)), None)
    route = route or route_anaphor(text, span, ctx.index, ctx.places, any_cue=True)
    located = next((m for m, role in pairs if role == "located"), None)
    return Roles(via=route, located=located)


def _names_a_place(ctx: _Context, span: tuple[int, int]) -> bool:
    return bool(ctx.index.within(*span))
