"""What both backends do in SQL, written once: reading records, applying a set of changes, and one ingest's
write with its linking. A backend hands in a `Db` (its connection, placeholders written as `?`, and how its
geometry column goes in and comes out); the GeoPackage and PostGIS differ only there."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Callable

import shapely

from ..link import relink
from ..model import Claim, Dataset, Mention, Place, Source
from . import rows as R
from .changes import Changes
from .corrections import Correction


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class Db:
    """One open connection of either backend, as these functions use it."""

    run: Callable[[str, Sequence], Iterable[Mapping]]  # one statement ('?' placeholders) → rows by column name
    run_many: Callable[[str, Sequence[Sequence]], None]
    geom_in: str  # the placeholder for a geometry value: '?' or 'ST_GeomFromWKB(?, 4326)'
    geom_out: str  # the select-list item that reads it back as `geom`
    encode: Callable[[str | None], Any]  # WKT → the value bound to geom_in
    decode: Callable[[Any], str | None]  # the value read as geom → WKT
    touched: Callable[[], None] = lambda: None  # a backend's own bookkeeping after a write
    user: str = ""  # who writes, where the backend knows (PostgreSQL's current_user)
    con: Any = None  # the connection itself, for what only one backend does (COPY)


def wkb_to_wkt(value) -> str | None:
    return shapely.from_wkb(bytes(value)).wkt if value else None


def _cols(table: R.Table) -> str:
    return ", ".join(map(q, table.names))


def places(db: Db, where: str = "", args: Sequence = ()) -> Iterator[Place]:
    cols = ", ".join(q(n) for n in R.PLACES.names if n != "fid")
    for r in db.run(f"SELECT {cols}, {db.geom_out} FROM places {where} ORDER BY fid", args):
        yield R.place_from(r, db.decode(r["geom"]))


def read_all(db: Db) -> tuple[Dataset, tuple[Correction, ...]]:
    sources = tuple(R.source_from(r) for r in db.run(f"SELECT {_cols(R.SOURCES)} FROM sources ORDER BY fid", ()))
    mentions = tuple(R.mention_from(r) for r in db.run(f"SELECT {_cols(R.MENTIONS)} FROM mentions ORDER BY fid", ()))
    claims = tuple(R.claim_from(r) for r in db.run(f"SELECT {_cols(R.CLAIMS)} FROM claims ORDER BY fid", ()))
    corrections = tuple(R.correction_from(r) for r in db.run("SELECT * FROM corrections ORDER BY fid", ()))
    return Dataset(sources, tuple(places(db)), claims, mentions), corrections


def source(db: Db, source_id: str) -> Source | None:
    rows = list(db.run(f"SELECT {_cols(R.SOURCES)} FROM sources WHERE source_id = ?", (source_id,)))
    return R.source_from(rows[0]) if rows else None


def source_records(db: Db, source_id: str) -> tuple[tuple[Mention, ...], tuple[Claim, ...]]:
    mentions = tuple(R.mention_from(r) for r in db.run(
        f"SELECT {_cols(R.MENTIONS)} FROM mentions WHERE source_id = ? ORDER BY fid", (source_id,)))
    claims = tuple(R.claim_from(r) for r in db.run(
        f"SELECT {_cols(R.CLAIMS)} FROM claims WHERE source_id = ? ORDER BY fid", (source_id,)))
    return mentions, claims


def claims_by_id(db: Db, ids: Iterable[str]) -> tuple[Claim, ...]:
    ids = sorted(ids)
    out = []
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        out += [R.claim_from(r) for r in db.run(
            f"SELECT {_cols(R.CLAIMS)} FROM claims WHERE claim_id IN ({','.join('?' * len(part))})", part)]
    return tuple(out)


def candidates(db: Db, claims: Sequence[Claim], source_id: str) -> list[Claim]:
    """Stored claims of other sources that may be the same event as one of these: same kind and unit, a
    place in common, dates that meet. One query per (kind, unit, place) the new claims name."""
    buckets: dict[tuple[str, str, str], list[Claim]] = {}
    for c in claims:
        if c.is_dated:
            for p in {c.origin, c.destination, c.via, c.place} - {None}:
                buckets.setdefault((c.kind, c.unit or "", p), []).append(c)
    found: dict[str, Claim] = {}
    # one index lookup per role the place may play (each role has an index on role, kind, date_start)
    sql = " UNION ".join(
        f"SELECT {_cols(R.CLAIMS)} FROM claims WHERE {role} = ? AND kind = ? AND date_start <= ? "
        "AND date_end >= ? AND coalesce(unit, '') = ? AND source_id != ?"
        for role in ("place", "destination", "origin", "via"))
    for (kind, unit, place), group in buckets.items():
        start = min(c.date_start for c in group).isoformat()
        end = max(c.date_end or c.date_start for c in group).isoformat()
        for r in db.run(sql, (place, kind, end, start, unit, source_id) * 4):
            if r["claim_id"] not in found:
                found[r["claim_id"]] = R.claim_from(r)
    return list(found.values())


def _stored_places(db: Db, ids: set[str], new: Mapping[str, Place]) -> dict[str, Place]:
    """The places rows refer to: those being added, and the stored ones (read once)."""
    missing = sorted(ids - set(new))
    found = dict(new)
    for i in range(0, len(missing), 500):
        part = missing[i:i + 500]
        for p in places(db, f"WHERE place_id IN ({','.join('?' * len(part))})", part):
            found.setdefault(p.place_id, p)
    return found


# Rows are built and sent a chunk at a time: a 20 MB report's 350,000 mentions never sit in memory as rows at once.
INSERT_CHUNK = 20_000


def insert(db: Db, table: R.Table, rows: Iterable[dict], wkts: Iterable[str | None] | None,
           ignore_existing: bool = False) -> None:
    cols = [n for n in table.names if table.key != "fid" or n != "fid"]
    names = ", ".join(map(q, [*cols, *(["geom"] if wkts is not None else [])]))
    marks = ", ".join(["?"] * len(cols) + ([db.geom_in] if wkts is not None else []))
    tail = f" ON CONFLICT ({q(table.key)}) DO NOTHING" if ignore_existing else ""
    sql = f"INSERT INTO {q(table.name)} ({names}) VALUES ({marks}){tail}"
    encoded: dict[str | None, Any] = {}
    batch: list[list] = []
    for row, w in zip(rows, wkts) if wkts is not None else ((r, None) for r in rows):
        v = [row.get(c) for c in cols]
        if wkts is not None:
            v.append(encoded[w] if w in encoded else encoded.setdefault(w, db.encode(w)))
        batch.append(v)
        if len(batch) == INSERT_CHUNK:
            db.run_many(sql, batch)
            batch = []
    if batch:
        db.run_many(sql, batch)


def apply(db: Db, ch: Changes) -> None:
    for sid in sorted(ch.drop_sources):
        for table in ("mentions", "claims", "sources"):
            db.run(f"DELETE FROM {table} WHERE source_id = ?", (sid,))
    for name, keys in ch.delete.items():
        table = next(t for t in R.TABLES if t.name == name)
        if keys:
            db.run_many(f"DELETE FROM {q(name)} WHERE {q(table.key)} = ?", [(k,) for k in sorted(keys)])
    if ch.replace_corrections:
        db.run("DELETE FROM corrections", ())
    new_places = {p.place_id: p for p in ch.places}
    referenced = {m.place_id for m in ch.mentions if m.place_id} | {
        p for c in ch.claims for p in (c.via, c.place, c.destination, c.origin) if p}
    known = _stored_places(db, referenced, new_places)
    insert(db, R.SOURCES, (R.source_row(s) for s in ch.sources), None)
    insert(db, R.PLACES, (R.place_row(p) for p in ch.places), (p.wkt for p in ch.places), ignore_existing=True)
    insert(db, R.MENTIONS, (R.mention_row(m) for m in ch.mentions), (R.mention_wkt(m, known) for m in ch.mentions))
    insert(db, R.CLAIMS, (R.claim_store_row(c) for c in ch.claims), (R.claim_wkt(c, known) for c in ch.claims))
    insert(db, R.CORRECTIONS, (R.correction_row(k, db.user) for k in ch.corrections), None)
    db.touched()


def replace_source(db: Db, src: Source, new_places: Sequence[Place], mentions: Sequence[Mention],
                   claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """One ingest: the source's rows replace what an earlier ingest of it wrote; its claims are linked to the
    stored claims found through the index (kind, date, place), and only the stored claims whose links or
    status change are updated. Returns the source's claims as linked."""
    old = [R.claim_from(r) for r in db.run(f"SELECT {_cols(R.CLAIMS)} FROM claims WHERE source_id = ?",
                                           (src.source_id,))]
    removed = {c.claim_id for c in old}
    focus = {c.claim_id: c for c in candidates(db, claims, src.source_id)}
    for c in claims_by_id(db, {i for c in old for i in c.linked} - removed - set(focus)):
        focus[c.claim_id] = c  # linked to a claim this ingest replaces: its links change
    context = claims_by_id(db, {i for c in focus.values() for i in c.linked} - removed - set(focus))
    linked, changed = relink(claims, tuple(focus.values()), context, removed)
    apply(db, Changes(drop_sources={src.source_id}, sources=[src], places=list(new_places),
                      mentions=list(mentions), claims=list(linked)))
    if changed:
        db.run_many("UPDATE claims SET status = ?, linked = ? WHERE claim_id = ?",
                    [(c.status, R.claim_store_row(c)["linked"], c.claim_id) for c in changed])
    return linked
