"""`corridor-watch store copy FROM TO`: a dataset from one store into another, either backend either way:
sources (with their mentions and claims), places, decisions and logs, exactly as stored. A source the target
holds already is replaced by the copied one; a decision or a log it holds already is not copied twice. The
records go in one transaction, then each log in its own."""
from __future__ import annotations

from dataclasses import dataclass

from .changes import Changes


@dataclass(frozen=True)
class CopyResult:
    sources: int
    claims: int
    places: int
    corrections: int
    logs: int

    def summary(self) -> str:
        return (f"copied {self.sources} sources ({self.claims} claims), {self.places} places, "
                f"{self.corrections} decisions and {self.logs} logs")


def copy_store(source, target) -> CopyResult:
    from .logs import copy_logs

    if source.key == target.key:
        raise ValueError("FROM and TO are the same store")
    ds, corrections = source.read_raw()
    have_ids = {s.source_id for s in target.read_raw()[0].sources} if target.exists() else set()
    have_corr = set(target.read_raw()[1]) if target.exists() else set()
    new_corr = [k for k in corrections if k not in have_corr]
    known_places = {p.place_id for p in target.places()} if target.exists() else set()
    places = [p for p in ds.places if p.place_id not in known_places]
    changes = Changes(drop_sources={s.source_id for s in ds.sources} & have_ids, sources=list(ds.sources),
                      places=list(ds.places), mentions=list(ds.mentions), claims=list(ds.claims),
                      corrections=new_corr)
    if not target.exists():
        target.create()
    target.write(changes)
    logs = copy_logs(source, target)
    return CopyResult(len(ds.sources), len(ds.claims), len(places), len(new_corr), logs)
