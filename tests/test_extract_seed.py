"""Extraction on the seed article, field by field against the curated claims."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.claims import claim_problems, claim_row
from geo.extract import extract_claims
from geo.store import load_dataset

from test_extract_helpers import D  # pytest puts tests/ on sys.path


# --- the seed article -----------------------------------------------------------------------------

CURATED = {c["claim_id"]: c for c in json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "claims.json").read_text(encoding="utf-8"))["claims"]}
FIELDS = ("kind", "date_start", "date_end", "date_precision", "dates", "count", "count_qualifier", "unit")


@pytest.fixture(scope="module")
def seed_claims():
    ds = load_dataset()
    source = ds.sources[0]
    return source, extract_claims(source, ds.mentions, {p.place_id: p for p in ds.places})


def _fields(record) -> tuple:
    """kind, dates, count and unit as plain values, from a curated record (a dict) or an auto Claim."""
    if isinstance(record, dict):
        record = {**record, "dates": ";".join(record["dates"]) or None}
    else:
        record = claim_row(record)
    return tuple(record[f] for f in FIELDS)


def _overlapping(claims, curated: dict) -> list:
    return [c for c in claims if c.quote_start < curated["quote_end"] and curated["quote_start"] < c.quote_end]


def _match(claims, curated_id: str):
    """The auto claim that agrees with a curated one field by field, or None."""
    want = _fields(CURATED[curated_id])
    return next((c for c in _overlapping(claims, CURATED[curated_id]) if _fields(c) == want), None)


MATCHED = ["trend-c01", "trend-c02", "trend-c03", "trend-c04", "trend-c05", "trend-c06", "trend-c09", "trend-c10",
           "trend-c15", "trend-c17", "trend-c21", "trend-c22"]


def test_seed_matches_the_curated_claims_field_by_field(seed_claims):
    _, claims = seed_claims
    matched = [cid for cid in CURATED if _match(claims, cid)]
    assert matched == MATCHED
    # Every auto claim is one of those: nothing extra, nothing doubled.
    assert len(claims) == len(MATCHED)


def test_seed_vehicles_and_crossings_are_one_event(seed_claims):
    _, claims = seed_claims
    vehicles, crossings, days = (_match(claims, cid) for cid in ("trend-c02", "trend-c03", "trend-c04"))
    assert (vehicles.count, vehicles.unit, vehicles.breakdown) == (35, "vehicles", ((4, "trucks"), (31, "fuel trucks")))
    assert (vehicles.date_start, vehicles.date_end) == (D(2021, 7, 11), D(2021, 8, 8))
    assert (crossings.count, crossings.unit, crossings.kind) == (70, "crossings", "crossing")
    assert vehicles.via == crossings.via == days.via == "lachin-corridor"
    assert vehicles.event_group == crossings.event_group == days.event_group is not None
    assert len(days.dates) == 15 and days.dates[0] == D(2021, 7, 11) and days.dates[-1] == D(2021, 8, 7)


def test_seed_trucks_into_khankendi_and_out_again(seed_claims):
    _, claims = seed_claims
    entered, left = _match(claims, "trend-c09"), _match(claims, "trend-c10")
    assert (entered.count, entered.kind, entered.destination) == (58, "entry", "khankendi")
    assert (left.count, left.kind, left.origin, left.derived) == (55, "exit", "khankendi", True)
    assert (left.date_start, left.date_end) == (D(2021, 8, 11), D(2021, 9, 10)) == (entered.date_start, entered.date_end)
    assert "preceding sentence" in left.derivation


def test_seed_people_leaving_khankendi(seed_claims):
    _, claims = seed_claims
    out, back = _match(claims, "trend-c21"), _match(claims, "trend-c22")
    assert (out.count, out.count_qualifier, out.unit) == (20000, "about", "people")
    assert (out.origin, out.destination, out.kind) == ("khankendi", "armenia", "population_movement")
    assert (back.count, back.destination, back.kind) == (15, "khankendi", "population_movement")
    assert (out.date_start, out.date_end) == (back.date_start, back.date_end) == (D(2021, 7, 11), D(2021, 8, 8))


def test_seed_diplomatic_event(seed_claims):
    _, claims = seed_claims
    note = _match(claims, "trend-c05")
    assert (note.kind, note.date_precision, note.date_start) == ("diplomatic", "day", D(2021, 8, 11))
    handed = _match(claims, "trend-c06")  # "The ambassador was handed a note": the ambassador of the meeting
    assert (handed.derived, handed.event_group) == (True, note.event_group) and handed.event_group is not None


def test_seed_recruitment_in_august_is_an_other_event(seed_claims):
    _, claims = seed_claims
    recruited = _match(claims, "trend-c15")
    assert (recruited.kind, recruited.date_start, recruited.date_end) == ("other", D(2021, 8, 1), D(2021, 8, 31))


def test_seed_no_counts_from_rhetoric_or_page_chrome(seed_claims):
    source, claims = seed_claims
    assert {c.count for c in claims} == {None, 35, 70, 58, 55, 20000, 15}
    assert not [c for c in claims if "30 years" in c.quote or "second Karabakh War" in c.quote]
    assert all(source.body_start <= c.quote_start < c.quote_end <= source.body_end for c in claims)
    assert all(source.text[c.quote_start:c.quote_end] == c.quote for c in claims)


def test_seed_claims_are_sound_records(seed_claims, ds):
    source, claims = seed_claims
    assert claim_problems(claims, {source.source_id: source}, {p.place_id for p in ds.places}) == []
    assert all(c.review_status == "auto" for c in claims)
