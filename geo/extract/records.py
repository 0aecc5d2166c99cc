"""Drafts → frozen Claim records: stable ids, event groups, review flags, confidence and a summary."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import replace

from ..model import Claim
from .counts import CountReading
from .units import VEHICLE_UNITS
from .dates import DateReading
from .relative import is_relative
from .directions import Roles
from .drafts import _Context, _Draft, _Sentence

_VERB_LABEL = {"crossing": "crossed", "entry": "entered", "exit": "left", "population_movement": "moved",
               "stock": "present", "detention": "detained"}


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


def _join_events(claims: list[Claim], by_event: Mapping[str, list[int]], made: list[Claim]) -> None:
    """A continuation shares its event group with the claim it continues; give that claim the group too
    (in place: `by_event` says where the claims of each earlier sentence are)."""
    for group in {c.event_group for c in made if c.event_group}:
        for i in by_event.get(group, ()):
            if claims[i].event_group is None:
                claims[i] = replace(claims[i], event_group=group)


def _to_claim(ctx: _Context, s: _Sentence, d: _Draft, taken: set[str]) -> Claim:
    c = d.count
    unit = c.unit if c else (d.inherited or {}).get("unit")
    count = c.count if c else None
    places = _place_fields(d)
    flags = d.flags + _date_flags(ctx, d.date) + _count_flags(c) + _unresolved_flags(d.roles)
    if places["place"] is None and d.kind in _PLACED_KINDS:
        flags += _no_place_flags(ctx, s)
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
    """What the text states wins; fields it leaves open come from the claim it continues, if any."""
    r, inherited = d.roles, d.inherited or {}
    origin, destination, via = (m.place_id if m else inherited.get(key)
                                for m, key in ((r.origin, "origin"), (r.destination, "destination"), (r.via, "via")))
    located = r.located.place_id if r.located else None
    return {"origin": origin, "destination": destination, "via": via,
            "place": destination or origin or via or located or inherited.get("place")}


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
    weak = f"date read as the day of publication ('{reading.text}')"
    if reading.role == "weak" and reading.start is not None and weak not in flags:  # said once, not twice
        flags += (weak,)
    published = ctx.source.published
    if is_relative(reading) and published.earliest != published.latest:
        flags += (f"relative date '{reading.text}' read against an uncertain publication date ({published.describe()})",)
    return flags


def _count_flags(c: CountReading | None) -> tuple[str, ...]:
    if c is not None and c.upper is not None:
        return (f"stated as a range: {c.count:,}–{c.upper:,} (the count is the lower figure)",)
    if c is not None and c.whole is not None:  # "376 in Lori" of "418 people: 376 in Lori and 42 in Tavush"
        return (f"a part of {c.whole:,} the text also counts: never add it to that figure",)
    return (f"vague count: {c.vague}",) if c is not None and c.vague else ()


_PLACED_KINDS = ("crossing", "entry", "exit", "population_movement", "restriction", "stock", "detention")
# a capitalised name where a place would stand ("entered Xqzville", "from Blorptown"): what the gazetteer did not know
_WHERE_NAME = re.compile(r"\b(?:to|into|from|in|at|near|towards?|via|through|entered|reached|left|crossed)\s+(?:the\s+)?"
                         r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)")
_NOT_PLACES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


_ACRONYM = re.compile(r"[A-Z]{2,6}s?")  # "at the NSS checkpoint", "to the ICRC": an organisation, not a place
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ani|ese|ish)$")  # "Iranian vehicles", "Azerbaijani customs"


def _no_place_flags(ctx: _Context, s: _Sentence) -> tuple[str, ...]:
    """A movement with no place is not on the map; when the sentence names one the gazetteer does not know
    ("entered Xqzville"), say so, for review (a sentence that names no place at all needs no flag)."""
    names = [m.group(1) for m in _WHERE_NAME.finditer(s.text) if m.group(1).split()[0] not in _NOT_PLACES
             and not re.search(r"\b(?:according|thanks|due|addressed)\s+$", s.text[:m.start()], re.I)
             and not _DEMONYM.search(m.group(1)) and not _ACRONYM.fullmatch(m.group(1))
             and not ctx.index.overlaps(s.start + m.start(1), s.start + m.end(1))]
    names = list(dict.fromkeys(names))
    if not names:
        return ()
    return (f"place not found: {', '.join(repr(n) for n in names[:3])} not in the gazetteer, so not on the map",)


def _unresolved_flags(roles: Roles) -> tuple[str, ...]:
    found = (roles.origin, roles.destination, roles.via, roles.located)
    return tuple(f"place not resolved: {m.surface}" for m in found if m is not None and m.place_id is None)


def _confidence(d: _Draft, flags: tuple[str, ...]) -> float:
    """How sure the reading is, 0-1: each doubt lowers it; the hard cases are capped."""
    score = d.base_confidence - 0.1 * d.derived
    score -= 0.1 * sum(f.startswith(("unit carried", "place not resolved", "place not found")) for f in flags)
    caps = [0.6 for f in flags if f.startswith(("vague count", "relative date", "date read as", "year unknown"))]
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
        return f"{c.vague_phrase} {unit or 'of an unknown unit'}"
    prefix = {"about": "about ", "at_least": "at least ", "at_most": "at most "}.get(c.qualifier, "")
    parts = f" ({' + '.join(f'{n} {u}' for n, u in c.breakdown)})" if c.breakdown else ""
    figure = f"{c.count:,}–{c.upper:,}" if c.upper is not None else f"{prefix}{c.count:,}"
    return f"{figure} {unit or 'of an unknown unit'}{parts}"


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
