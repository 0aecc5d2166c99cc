"""What waits for an analyst: uncertain mentions and claims, with what they need to decide."""
from __future__ import annotations

from dataclasses import dataclass

from .model import Claim, Dataset, Mention, Place

CONTEXT = 90


@dataclass(frozen=True)
class MentionItem:
    mention: Mention
    source_title: str
    context: tuple[str, str, str]  # before, surface, after
    candidates: tuple[Place, ...]
    reason: str


@dataclass(frozen=True)
class ClaimItem:
    claim: Claim
    source_title: str
    reason: str


def _mention_reason(m: Mention) -> str:
    reasons = []
    if m.place_id is None:
        reasons.append("no place found for this name")
    if m.confidence < 0.8 and len(m.candidates) > 1:
        reasons.append(f"homonyms: {len(m.candidates)} candidates, confidence {m.confidence:.2f}")
    elif m.confidence < 0.8 and m.place_id is not None:
        # one candidate, held back: a small village, or a place the text puts somewhere else
        reasons.append(f"only one candidate, not sure of it: confidence {m.confidence:.2f}")
    if m.no_match > 0.3:
        reasons.append(f"may not be a place at all ({m.no_match:.0%})")
    return "; ".join(reasons)


def _claim_reason(c: Claim) -> str:
    reasons = list(c.flags)
    if c.confidence < 0.8:
        reasons.append(f"extraction confidence {c.confidence:.2f}")
    return "; ".join(reasons)


def review_queue(ds: Dataset) -> tuple[list[MentionItem], list[ClaimItem]]:
    places = {p.place_id: p for p in ds.places}
    sources = {s.source_id: s for s in ds.sources}
    mentions = []
    for m in sorted(ds.mentions, key=lambda m: (m.source_id, m.start)):
        if not m.uncertain or m.source_id not in sources:
            continue
        text = sources[m.source_id].text
        context = (text[max(0, m.start - CONTEXT):m.start], m.surface, text[m.end:m.end + CONTEXT])
        mentions.append(MentionItem(m, sources[m.source_id].title, context,
                                    tuple(places[c] for c in m.candidates if c in places), _mention_reason(m)))
    claims = [ClaimItem(c, sources[c.source_id].title if c.source_id in sources else c.source_id, _claim_reason(c))
              for c in ds.claims if c.uncertain]
    return mentions, claims
