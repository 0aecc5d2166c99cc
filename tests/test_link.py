from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from geo.link import counts_agree, link_claims, same_event


@pytest.fixture
def trucks(ds):
    return ds.claim("trend-c09")  # 58 trucks entered Khankendi, 11 Aug – 10 Sep 2021


def other(claim, **changes):
    return replace(claim, claim_id="other-1", source_id="other-source", review_status="auto", **changes)


@pytest.mark.parametrize(
    ("changes", "same"),
    [
        ({}, True),
        ({"date_start": date(2021, 8, 14), "date_end": date(2021, 9, 8)}, True),  # nearly the same period
        ({"date_start": date(2021, 8, 26), "date_end": date(2021, 9, 30)}, False),  # 16 of 51 days in common
        ({"date_start": date(2021, 9, 1), "date_end": date(2021, 9, 30)}, False),  # 10 of 51 days: another total
        ({"date_start": date(2021, 8, 20), "date_end": date(2021, 8, 20)}, False),  # one day inside the period
        ({"date_start": date(2021, 9, 11), "date_end": date(2021, 9, 30)}, False),  # after it
        ({"unit": "people"}, False),
        ({"kind": "exit"}, False),
        ({"destination": "baku", "place": "baku"}, False),
    ],
)
def test_same_event(trucks, changes, same):
    assert same_event(trucks, other(trucks, **changes)) is same


def test_claims_of_one_source_are_not_linked(trucks):
    assert not same_event(trucks, replace(trucks, claim_id="x"))


@pytest.mark.parametrize(
    ("a", "qa", "b", "qb", "agree"),
    [(58, "exact", 58, "exact", True), (58, "exact", 60, "exact", False),
     (20000, "about", 21000, "exact", True), (20000, "about", 25000, "about", False), (58, "exact", None, None, None)],
)
def test_counts_agree(trucks, a, qa, b, qb, agree):
    assert counts_agree(replace(trucks, count=a, count_qualifier=qa), other(trucks, count=b, count_qualifier=qb)) is agree


def test_side_by_side_lists_the_claim_and_its_links(trucks):
    from geo.link import side_by_side

    a, b = link_claims([trucks, other(trucks, count=90)])
    rows = side_by_side(a, [a, b], {"trend-2021-iran-trucks-karabakh": "Trend", "other-source": "Wire"})
    assert [(r["outlet"], r["count"], r["status"]) for r in rows] == [
        ("Trend", "58 trucks", "disputed"), ("Wire", "90 trucks", "disputed")]


def test_agreeing_sources_corroborate_and_conflicting_ones_dispute(ds, trucks):
    agreeing = link_claims([trucks, other(trucks)])
    assert [c.status for c in agreeing] == ["corroborated", "corroborated"]
    assert agreeing[0].linked == ("other-1",) and agreeing[1].linked == ("trend-c09",)
    conflicting = link_claims([trucks, other(trucks, count=90)])
    assert [c.status for c in conflicting] == ["disputed", "disputed"]
    assert link_claims(ds.claims) == tuple(replace(c, status="reported") for c in ds.claims)


@pytest.mark.parametrize("seed_", range(4))
def test_linking_finds_exactly_the_pairs_an_all_pairs_comparison_finds(trucks, seed_):
    """The bucketed sweep must miss no pair and invent none: checked against every pair compared."""
    import random
    from datetime import timedelta

    rng = random.Random(seed_)
    claims = []
    for i in range(300):
        start = date(2021, 7, 1) + timedelta(days=rng.randrange(10))  # close enough for many same periods
        place = rng.choice(["khankendi", "baku", "goris", None])
        claims.append(replace(
            trucks, claim_id=f"c{i:03d}", source_id=f"s{rng.randrange(6)}", kind=rng.choice(["entry", "exit"]),
            unit=rng.choice(["trucks", "people", None]), origin=rng.choice(["lachin-corridor", None]),
            destination=place, via=None, place=place, date_start=start,
            date_end=start + timedelta(days=rng.choice([0, 0, 3, 30])),
            review_status=rng.choice(["auto", "auto", "rejected"]), count=rng.choice([10, 12, None])))
    live = [c for c in claims if c.is_dated and c.review_status != "rejected"]
    expected = {(a.claim_id, b.claim_id) for i, a in enumerate(live) for b in live[i + 1:] if same_event(a, b)}
    linked = link_claims(claims)
    got = {(c.claim_id, other) for c in linked for other in c.linked if c.claim_id < other}
    assert len(expected) > 100  # the table exercises the sweep
    assert got == expected
