"""Claims about the same event in different sources are linked; agreeing figures
mark them corroborated, conflicting ones disputed. Curated and analyst decisions
are kept: only the status and the links change."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace

from .model import Claim

# Kinds that describe the same kind of event for linking.
_FAMILY = {"crossing": "movement", "entry": "movement", "exit": "movement", "population_movement": "people"}
ABOUT_TOLERANCE = 0.10


def _family(c: Claim) -> str:
    return _FAMILY.get(c.kind, c.kind)


def _places(c: Claim) -> set[str]:
    return {p for p in (c.origin, c.destination, c.via, c.place) if p}


SAME_PERIOD = 0.5  # days in common over days covered by either: below it, two periods are not one event


def _overlap(a: Claim, b: Claim) -> bool:
    """The two periods are substantially the same: they share at least half of the days either covers.
    Merely touching is not enough: 'in September' and '11 August – 10 September' are two period totals, and a
    corpus of months of reports would otherwise link (and dispute) nearly everything at one place."""
    if not (a.is_dated and b.is_dated):
        return False
    a_end, b_end = a.date_end or a.date_start, b.date_end or b.date_start
    common = (min(a_end, b_end) - max(a.date_start, b.date_start)).days + 1  # type: ignore[operator]
    if common <= 0:
        return False
    covered = (max(a_end, b_end) - min(a.date_start, b.date_start)).days + 1  # type: ignore[operator]
    return common / covered >= SAME_PERIOD


def same_event(a: Claim, b: Claim) -> bool:
    return (a.source_id != b.source_id and _family(a) == _family(b) and a.kind == b.kind
            and (a.unit or "") == (b.unit or "") and bool(_places(a) & _places(b)) and _overlap(a, b))


def counts_agree(a: Claim, b: Claim) -> bool | None:
    """True when the figures agree (within 10 % if either says 'about'), None when one is unknown."""
    if a.count is None or b.count is None:
        return None
    if "about" in (a.count_qualifier, b.count_qualifier):
        return abs(a.count - b.count) <= ABOUT_TOLERANCE * max(a.count, b.count)
    return a.count == b.count


def candidate_pairs(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Pairs that may be one event, each once, without comparing every claim with every other: claims are
    bucketed by kind, unit and each place they name, and within a bucket swept by date, so only claims
    whose periods overlap meet (the cost follows the number of overlaps, not the square of the claims)."""
    buckets: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.is_dated and c.review_status != "rejected":
            for place in _places(c):
                buckets[(c.kind, c.unit or "", place)].append(c)
    seen: set[tuple[str, str]] = set()
    for bucket in buckets.values():
        bucket.sort(key=lambda c: (c.date_start, c.claim_id))
        # per source, the claims that started and may still overlap: a source's own claims never meet
        active: dict[str, list[Claim]] = {}
        for b in bucket:
            for source_id in [s for s in active if s != b.source_id]:
                still = [a for a in active[source_id] if not a.date_end < b.date_start]  # type: ignore[operator]
                if not still:
                    del active[source_id]
                    continue
                active[source_id] = still
                for a in still:
                    key = (a.claim_id, b.claim_id) if a.claim_id < b.claim_id else (b.claim_id, a.claim_id)
                    if key not in seen:
                        seen.add(key)
                        yield a, b
            active.setdefault(b.source_id, []).append(b)


def status_of(verdicts: Sequence[bool]) -> str:
    """Disputed when any linked figure disagrees, corroborated when all agree, else reported."""
    return "disputed" if (verdicts and not all(verdicts)) else "corroborated" if verdicts else "reported"


def link_claims(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    links: dict[str, set[str]] = defaultdict(set)
    verdicts: dict[str, list[bool]] = defaultdict(list)
    for a, b in candidate_pairs(claims):
        if not same_event(a, b):
            continue
        links[a.claim_id].add(b.claim_id)
        links[b.claim_id].add(a.claim_id)
        agree = counts_agree(a, b)
        if agree is not None:
            verdicts[a.claim_id].append(agree)
            verdicts[b.claim_id].append(agree)
    out = []
    for c in claims:
        v = verdicts.get(c.claim_id, [])
        status = status_of(v)
        out.append(replace(c, linked=tuple(sorted(links.get(c.claim_id, ()))), status=status))
    return tuple(out)


def relink(new: Sequence[Claim], focus: Sequence[Claim], context: Sequence[Claim], removed: set[str] = frozenset()
           ) -> tuple[tuple[Claim, ...], tuple[Claim, ...]]:
    """One source's claims linked without the whole store. `focus`: the stored claims that may be the same
    event as a new one (found through the store's index), or that lose a link to a `removed` claim (of the
    source this ingest replaces); `context`: every other claim a focus claim is linked to, so that its status
    is judged on all its links. Only pairs with a new claim are compared; a focus claim keeps its other links.
    Returns the new claims as linked, and the focus claims whose links or status changed."""
    pairs: dict[str, set[str]] = defaultdict(set)
    new_ids = {c.claim_id for c in new}
    for a, b in candidate_pairs((*new, *focus)):
        if (a.claim_id in new_ids or b.claim_id in new_ids) and same_event(a, b):
            pairs[a.claim_id].add(b.claim_id)
            pairs[b.claim_id].add(a.claim_id)
    known = {c.claim_id: c for c in (*new, *focus, *context)}

    def judged(c: Claim, links: set[str]) -> Claim:
        verdicts = [v for v in (counts_agree(c, known[i]) for i in links if i in known) if v is not None]
        status = status_of(verdicts)
        return replace(c, linked=tuple(sorted(links)), status=status)

    linked = tuple(judged(c, pairs.get(c.claim_id, set())) for c in new)
    changed = []
    for c in focus:
        after = judged(c, (set(c.linked) - removed - new_ids) | pairs.get(c.claim_id, set()))
        if (after.status, after.linked) != (c.status, c.linked):
            changed.append(after)
    return linked, tuple(changed)


def side_by_side(claim: Claim, claims: Sequence[Claim], outlets: dict[str, str]) -> list[dict[str, object]]:
    """A claim and the claims linked to it, one row each, for reading the figures side by side."""
    from .claims import format_count, format_period

    by_id = {c.claim_id: c for c in claims}
    rows = []
    for c in (claim, *(by_id[i] for i in claim.linked if i in by_id)):
        rows.append({"claim": c.claim_id, "outlet": outlets.get(c.source_id, c.source_id), "count": format_count(c),
                     "period": format_period(c), "claimed by": c.claimant, "status": c.status, "quote": c.quote})
    return rows
