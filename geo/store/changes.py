"""What one write does to the store, as a record any backend can apply: the rows to remove and the records to
add. `diff` finds them between two datasets (records compare by value)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ..model import Claim, Dataset, Mention, Place, Source
from .corrections import Correction


@dataclass(frozen=True)
class HistoryEntry:
    """One change on record: when, which account, what it did to which record."""

    at: datetime | str
    who: str
    action: str  # ingested, imported, deleted, or a decision: confirm, reject, pick, place, grade
    target: str  # source, log, mention, claim
    target_id: str
    detail: str


@dataclass
class Changes:
    """What one write does: rows removed (by key, or every row of some sources) and records added."""

    drop_sources: set[str] = field(default_factory=set)  # the source and its mentions and claims
    delete: dict[str, set[str]] = field(default_factory=dict)  # table → keys
    sources: list[Source] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)  # added unless a place of that id is stored
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    replace_corrections: bool = False

    def __bool__(self) -> bool:
        return bool(self.drop_sources or any(self.delete.values()) or self.sources or self.places
                    or self.mentions or self.claims or self.corrections or self.replace_corrections)


def diff(old: Dataset, old_corr: Sequence[Correction], new: Dataset, new_corr: Sequence[Correction]) -> Changes:
    """The rows to delete and insert to turn one dataset into another (records compare by value)."""
    ch = Changes()

    def side(table: str, before: Iterable, after: Iterable, key) -> list:
        was = {key(r): r for r in before}
        now = {key(r): r for r in after}
        gone = {k for k, r in was.items() if now.get(k) != r}
        if gone:
            ch.delete[table] = gone
        return [r for k, r in now.items() if was.get(k) != r]

    ch.sources = side("sources", old.sources, new.sources, lambda s: s.source_id)
    ch.places = side("places", old.places, new.places, lambda p: p.place_id)
    ch.mentions = side("mentions", old.mentions, new.mentions, lambda m: m.mention_id)
    ch.claims = side("claims", old.claims, new.claims, lambda c: c.claim_id)
    if tuple(new_corr[:len(old_corr)]) == tuple(old_corr):
        ch.corrections = list(new_corr[len(old_corr):])
    else:
        ch.replace_corrections, ch.corrections = True, list(new_corr)
    return ch
