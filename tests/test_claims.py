from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from geo.claims import (
    ClaimFilter,
    claim_problems,
    dated_span,
    filter_claims,
    filter_window,
    format_count,
    format_period,
    see_through_window,
    window_note,
)
from geo.model import Window

D = date.fromisoformat


def test_every_quote_equals_the_source_at_its_offsets(ds):
    texts = {s.source_id: s.text for s in ds.sources}
    assert len(ds.claims) >= 20
    for c in ds.claims:
        assert texts[c.source_id][c.quote_start:c.quote_end] == c.quote, c.claim_id


def test_every_quote_lies_in_the_article_body(ds, seed):
    for c in ds.claims:
        assert seed.body_start <= c.quote_start < c.quote_end <= seed.body_end, c.claim_id


def test_the_dataset_has_no_problems(ds, places_by_id):
    assert claim_problems(ds.claims, {s.source_id: s for s in ds.sources}, set(places_by_id)) == []


def test_problems_are_found(ds, places_by_id):
    c = ds.claims[0]
    broken = [
        replace(c, claim_id="x1", quote_start=c.quote_start + 1),
        replace(c, claim_id="x2", destination="atlantis"),
        replace(c, claim_id="x3", date_start=D("2021-09-01"), date_end=D("2021-08-01")),
        replace(c, claim_id="x4", count=-3),
    ]
    problems = claim_problems(broken, {s.source_id: s for s in ds.sources}, set(places_by_id))
    assert any("x1: quote does not match" in p for p in problems)
    assert any("x2: destination 'atlantis'" in p for p in problems)
    assert any("x3: starts after it ends" in p for p in problems)
    assert any("x4: count" in p for p in problems)


def test_period_claim_35_vehicles_70_crossings(ds):
    vehicles, crossings = ds.claim("trend-c02"), ds.claim("trend-c03")
    for c in (vehicles, crossings):
        assert (c.date_start, c.date_end, c.date_precision) == (D("2021-07-11"), D("2021-08-08"), "period")
        assert c.via == "lachin-corridor"
    assert (vehicles.count, vehicles.unit, vehicles.count_qualifier) == (35, "vehicles", "exact")
    assert vehicles.breakdown == ((4, "trucks"), (31, "fuel trucks"))
    assert (crossings.count, crossings.unit) == (70, "crossings")
    assert vehicles.event_group == crossings.event_group


def test_fifteen_crossing_days_with_unknown_counts(ds):
    days = ds.claim("trend-c04")
    assert days.date_precision == "days"
    assert len(days.dates) == 15
    assert days.dates[0] == D("2021-07-11") and days.dates[-1] == D("2021-08-07")
    assert D("2021-07-31") in days.dates and D("2021-08-01") not in days.dates
    assert days.count is None


@pytest.mark.parametrize(
    ("claim_id", "count", "qualifier", "unit", "start", "end"),
    [
        ("trend-c09", 58, "exact", "trucks", "2021-08-11", "2021-09-10"),
        ("trend-c10", 55, "exact", "trucks", "2021-08-11", "2021-09-10"),
        ("trend-c21", 20000, "about", "people", "2021-07-11", "2021-08-08"),
        ("trend-c22", 15, "exact", "people", "2021-07-11", "2021-08-08"),
    ],
)
def test_counted_period_claims(ds, claim_id, count, qualifier, unit, start, end):
    c = ds.claim(claim_id)
    assert (c.count, c.count_qualifier, c.unit) == (count, qualifier, unit)
    assert (c.date_start, c.date_end) == (D(start), D(end))
    assert c.is_period_total


def test_fifty_five_in_words_is_marked_derived(ds):
    c = ds.claim("trend-c10")
    assert c.quote == "Fifty five trucks later left."
    assert c.derived and "preceding sentence" in c.derivation


def test_the_note_of_11_august(ds):
    c = ds.claim("trend-c05")
    assert (c.kind, c.date_start, c.date_precision, c.place) == ("diplomatic", D("2021-08-11"), "day", "baku")
    assert "inferred" in c.place_basis


def test_undated_claims_stay_undated(ds):
    undated = {c.claim_id for c in ds.claims if not c.is_dated}
    assert {"trend-c11", "trend-c16", "trend-c18", "trend-c23"} <= undated  # plates, highway, Balasanyan, mosque
    assert ds.claim("trend-c16").via == "goris-kapan-highway"


def test_claimants_are_attributed(ds):
    assert ds.claim("trend-c07").claimant.startswith("Press service of the Azerbaijani Foreign Ministry")
    assert "Economist" in ds.claim("trend-c13").claimant
    assert all(c.status == "reported" and c.credibility == 6 for c in ds.claims)


def test_dated_span(ds):
    assert dated_span(ds.claims) == Window(D("2021-07-11"), D("2021-09-10"))


# --- the window semantics -------------------------------------------------

@pytest.mark.parametrize(
    ("window", "shown", "days", "before", "after"),
    [
        # whole period inside
        (("2021-07-01", "2021-08-31"), True, None, False, False),
        # partial overlap at the end: shown and flagged, never scaled
        (("2021-07-20", "2021-07-25"), True, None, True, True),
        (("2021-08-01", "2021-08-20"), True, None, True, False),
        (("2021-07-01", "2021-07-11"), True, None, False, True),
        # touching the last day counts as overlap
        (("2021-08-08", "2021-08-08"), True, None, True, False),
        # outside
        (("2021-08-09", "2021-09-10"), False, None, False, False),
    ],
)
def test_period_overlap(ds, window, shown, days, before, after):
    c = ds.claim("trend-c02")
    seen = see_through_window(c, Window(D(window[0]), D(window[1])))
    assert (seen is not None) == shown
    if seen:
        assert (seen.starts_before, seen.ends_after) == (before, after)
        assert seen.claim.count == 35  # the count is the period total, whatever the window


@pytest.mark.parametrize(
    ("window", "days_in"),
    [
        (("2021-07-11", "2021-07-20"), ["2021-07-11", "2021-07-14", "2021-07-16", "2021-07-17", "2021-07-20"]),
        (("2021-08-01", "2021-08-04"), ["2021-08-03", "2021-08-04"]),
        (("2021-07-22", "2021-07-26"), []),
        (("2021-08-08", "2021-09-10"), []),
    ],
)
def test_listed_days_by_day(ds, window, days_in):
    seen = see_through_window(ds.claim("trend-c04"), Window(D(window[0]), D(window[1])))
    if not days_in:
        assert seen is None
    else:
        assert [d.isoformat() for d in seen.days_in_window] == days_in
        assert seen.claim.count is None


def test_day_event_by_day(ds):
    note = ds.claim("trend-c05")
    assert see_through_window(note, Window(D("2021-08-11"), D("2021-08-11"))) is not None
    assert see_through_window(note, Window(D("2021-08-12"), D("2021-09-10"))) is None


def test_filter_window_keeps_undated_apart(ds):
    r = filter_window(ds.claims, Window(D("2021-08-12"), D("2021-09-10")))
    shown = {s.claim.claim_id for s in r.shown}
    assert "trend-c09" in shown and "trend-c02" not in shown
    assert "trend-c01" in shown  # the August-month claim overlaps
    assert {c.claim_id for c in r.undated} == {c.claim_id for c in ds.claims if not c.is_dated}
    assert len(r.shown) + len(r.hidden_outside) + len(r.undated) == len(ds.claims)


def test_window_must_be_ordered():
    with pytest.raises(ValueError, match="starts after it ends"):
        Window(D("2021-09-01"), D("2021-08-01"))


def test_formatting(ds):
    assert format_period(ds.claim("trend-c02")) == "11 Jul–8 Aug 2021"
    assert format_period(ds.claim("trend-c05")) == "11 Aug 2021"
    assert format_period(ds.claim("trend-c01")) == "Aug 2021"
    assert format_period(ds.claim("trend-c04")) == "15 listed days, 11 Jul–7 Aug 2021"
    assert format_period(ds.claim("trend-c11")) == "date unknown"
    assert format_count(ds.claim("trend-c02")) == "35 vehicles (4 trucks + 31 fuel trucks)"
    assert format_count(ds.claim("trend-c21")) == "about 20,000 people"
    assert format_count(ds.claim("trend-c04")) == "number not reported"


def test_window_note_says_when_a_period_is_cut(ds):
    seen = see_through_window(ds.claim("trend-c09"), Window(D("2021-08-20"), D("2021-08-30")))
    assert "both edges" in window_note(seen) and "whole period" in window_note(seen)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ClaimFilter(), 23),
        (ClaimFilter(kinds=("population_movement",)), 2),
        (ClaimFilter(precisions=("unknown",)), 12),
        (ClaimFilter(text="fifty FIVE"), 1),
        (ClaimFilter(window=Window(D("2021-08-09"), D("2021-08-10"))), 2),  # the two August-month claims
    ],
)
def test_claims_table_filters(ds, flt, expected):
    frame = filter_claims(ds, flt)
    assert len(frame) == expected


def test_claims_table_keeps_unknown_counts_unknown(ds):
    frame = filter_claims(ds, ClaimFilter()).set_index("claim_id")
    assert frame.loc["trend-c02", "count"] == 35
    assert frame.loc["trend-c04", "count"] is not None and str(frame.loc["trend-c04", "count"]) == "<NA>"


def test_the_table_is_sorted_as_a_whole_then_paged(ds):
    from geo.claims import ClaimFilter, filter_claims, table_page

    frame = filter_claims(ds, ClaimFilter())
    counts = sorted((c.count for c in ds.claims if c.count is not None), reverse=True)
    first, page, pages = table_page(frame, "count", True, 1, 5)
    second, _, _ = table_page(frame, "count", True, 2, 5)
    assert (page, pages) == (1, 5)  # 23 claims, 5 a page
    assert list(first["count"]) == counts[:5]
    assert list(second["count"].dropna()) == counts[5:10] and second["count"].isna().sum() == 5 - len(counts[5:10])
    last, page, _ = table_page(frame, "count", True, 99, 5)  # past the end: the last page
    assert page == 5 and len(last) == 3 and last["count"].isna().all()  # unreported counts sort last
    ascending, _, _ = table_page(frame, "count", False, 1, 5)
    assert list(ascending["count"]) == sorted(counts)[:5]
