"""Filters: each narrows the claims as it says, the link carries them, a bad value is refused with a notice,
and the map, its words and the exports follow them."""
from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest

from geo.view.briefing import build_briefing
from geo.export import render_view
from geo.view.filters import apply_filters, filters_from_query, filters_to_query, options
from geo.model import ClaimFilters, Window
from geo.view.viewstate import MapState, from_query, to_query

SEED = "trend-2021-iran-trucks-karabakh"


@pytest.fixture(scope="module")
def two(ds):
    """The seed (Trend, AZ, grade F) and a second source (Armenpress, AM, grade C) with two claims."""
    other = replace(ds.source(SEED), source_id="am-1", outlet="Armenpress", country="AM", reliability="C")
    base = ds.claim("trend-c09")  # 58 trucks entered Khankendi
    claims = (replace(base, claim_id="am-c1", source_id="am-1", claimant="the Armenian ombudsman", count=60,
                      status="disputed", review_status="auto", credibility=3,
                      quote="Sixty trucks with flour reached the city, the ombudsman said."),
              replace(base, claim_id="am-c2", source_id="am-1", claimant="the Armenian ombudsman", kind="exit",
                      count=None, review_status="confirmed", quote="Empty trucks went back."))
    return replace(ds, sources=(*ds.sources, other), claims=(*ds.claims, *claims))


@pytest.mark.parametrize("f, expected", [
    (ClaimFilters(), None),  # nothing narrowed: every claim
    (ClaimFilters(outlets=("Armenpress",)), {"am-c1", "am-c2"}),
    (ClaimFilters(sides=("AM",)), {"am-c1", "am-c2"}),
    (ClaimFilters(sides=("AZ",)), "seed"),
    (ClaimFilters(grades=("C",)), {"am-c1", "am-c2"}),
    (ClaimFilters(kinds=("exit",), outlets=("Armenpress",)), {"am-c2"}),
    (ClaimFilters(statuses=("disputed",)), {"am-c1"}),
    (ClaimFilters(reviews=("confirmed",)), {"am-c2"}),
    (ClaimFilters(credibility=(3,)), {"am-c1"}),
    (ClaimFilters(claimants=("the Armenian ombudsman",)), {"am-c1", "am-c2"}),
    (ClaimFilters(text="FLOUR reached"), {"am-c1"}),  # in the quote, any case
    (ClaimFilters(text="stepanakert", outlets=("Armenpress",)), {"am-c1", "am-c2"}),  # another name of Khankendi
    (ClaimFilters(text="no such words anywhere"), set()),
])
def test_each_filter_keeps_what_it_says(two, f, expected):
    kept = {c.claim_id for c in apply_filters(two, f).claims}
    if expected is None:
        assert kept == {c.claim_id for c in two.claims}
    elif expected == "seed":
        assert kept == {c.claim_id for c in two.claims if c.source_id == SEED} and len(kept) == 23
    else:
        assert kept == expected


def test_sources_follow_the_claims_kept(two):
    narrowed = apply_filters(two, ClaimFilters(outlets=("Armenpress",)))
    assert [s.outlet for s in narrowed.sources] == ["Armenpress"]
    assert narrowed.places == two.places and narrowed.mentions == two.mentions  # names do not change


def test_the_link_carries_the_filters_and_refuses_what_the_data_lacks(two):
    f = ClaimFilters(outlets=("Armenpress", "Trend"), sides=("AM",), kinds=("entry",), credibility=(3, 6),
                     text="flour, fuel")
    query = filters_to_query(f)
    assert query == {"outlet": "Armenpress|Trend", "side": "AM", "kind": "entry", "cred": "3|6", "q": "flour, fuel"}
    notices: list[str] = []
    assert filters_from_query(query, two, notices) == f and notices == []
    bad = filters_from_query({"outlet": "Armenpress|<script>x</script>", "cred": "9", "kind": "teleport"}, two, notices)
    assert bad == ClaimFilters(outlets=("Armenpress",))
    assert len(notices) == 3 and "'<script>x</script>' is not in the data" in notices[0]


def test_a_map_link_round_trips_its_filters(two):
    span = Window(date(2021, 7, 11), date(2021, 9, 10))
    state = MapState(window=span, filters=ClaimFilters(outlets=("Armenpress",), statuses=("disputed",)))
    back, notices = from_query(to_query(state), span, {c.claim_id for c in two.claims}, ds=two)
    assert back.filters == state.filters and notices == []


def test_the_view_its_words_and_its_exports_follow_the_filters(two, countries):
    span = Window(date(2021, 7, 11), date(2021, 9, 10))
    b = build_briefing(two, countries, MapState(window=span, filters=ClaimFilters(sides=("AM",))))
    assert {s.claim.claim_id for s in b.shown} == {"am-c1", "am-c2"}
    assert b.source_line.startswith("Source: Armenpress, ")
    assert "only claims with side: AM" in b.summary
    rows = list(csv.DictReader(io.StringIO(render_view(b, countries, "csv").decode("utf-8-sig"))))
    assert sorted(r["claim_id"] for r in rows) == ["am-c1", "am-c2"]
    assert {r["source_outlet"] for r in rows} == {"Armenpress"}


def test_options_come_from_the_data(two):
    opts = options(two)
    assert opts["outlets"] == ("Armenpress", "Trend") and opts["sides"] == ("AM", "AZ")
    assert "the Armenian ombudsman" in opts["claimants"]
