from __future__ import annotations

import json
from datetime import date

from geo.claims import filter_window
from geo.view.flows import build_flows, flow_label, flow_width_px
from geo.view.layers import LayerSwitches, build_map, build_map_view, describe_window
from geo.view.marks import crossing_days_label
from geo.model import ViewSettings, Window

D = date.fromisoformat
FULL = Window(D("2021-07-11"), D("2021-09-10"))


def _map(ds, countries, window=FULL, **kw):
    return build_map_view(ds, countries, ViewSettings(window=window, **kw))


def test_full_window_has_two_flows_on_the_corridor(ds, countries):
    flows = _map(ds, countries).layers.flows
    assert [f.claim_ids for f in flows] == [("trend-c02", "trend-c03"), ("trend-c21",)]
    assert all(f.route_id == "lachin-corridor" for f in flows)
    assert flows[0].label == "35 vehicles (4 trucks + 31 fuel trucks) · 70 crossings · 11 Jul–8 Aug 2021 · period total"
    assert flows[0].path_basis == "route stated in the source"
    assert "not stated" in flows[1].path_basis


def test_flow_runs_from_its_origin(ds, countries, places_by_id):
    people = _map(ds, countries).layers.flows[1]
    # about 20,000 people left Khankendi towards Armenia: the path starts at Khankendi's end
    start, end = people.path[0], people.path[-1]
    assert start[1] > end[1]  # Khankendi is north-east of Kornidzor
    assert abs(start[1] - 39.8177) < 0.02


def test_parallel_flows_do_not_overlap(ds, countries):
    a, b = _map(ds, countries).layers.flows
    assert a.path != b.path


def test_flows_follow_the_window(ds, countries):
    late = _map(ds, countries, Window(D("2021-08-11"), D("2021-09-10"))).layers
    assert late.flows == []
    claim_ids = {r["claim_id"] for r in late.rows["claims"]}
    assert {"trend-c09", "trend-c10", "trend-c05"} <= claim_ids
    assert "trend-c22" not in claim_ids


def test_counts_are_never_scaled_by_a_partial_window(ds, countries):
    part = _map(ds, countries, Window(D("2021-07-20"), D("2021-07-22"))).layers
    vehicles = next(r for r in part.rows["flows"] if r["claim_ids"] == ["trend-c02", "trend-c03"])
    assert vehicles["label"].startswith("35 vehicles")
    assert "period runs past both edges" in vehicles["note"]
    words = " ".join(str(v) for rows in part.rows.values() for row in rows for k, v in row.items()
                     if isinstance(v, str))
    # per-day figures a scaled display would show: 35/29 days, 70/15 listed days, 35 x 3/29 …
    for scaled in ("1.2 vehicles", "4.67", "3.6 vehicles", "2,069", "per day:"):
        assert scaled not in words
    assert "35 vehicles" in words and "about 20,000 people" in words


def test_crossing_days_row_lists_days_in_window(ds, countries):
    rows = _map(ds, countries, Window(D("2021-07-11"), D("2021-07-20"))).layers.rows["crossing_days"]
    assert len(rows) == 1
    assert rows[0]["days"] == ["2021-07-11", "2021-07-14", "2021-07-16", "2021-07-17", "2021-07-20"]
    assert rows[0]["label"].startswith("Crossing days: 5 of 15 listed")
    assert "number per day not reported" in rows[0]["label"]


def test_crossing_days_disappear_outside_their_days(ds, countries):
    rows = _map(ds, countries, Window(D("2021-07-22"), D("2021-07-26"))).layers.rows["crossing_days"]
    assert rows == []


def test_every_pickable_row_carries_claim_and_source(ds, countries):
    layers = _map(ds, countries).layers
    for layer_id in ("flows", "claims", "crossing_days"):
        for row in layers.rows[layer_id]:
            assert row["claim_id"].startswith("trend-c")
            assert row["quote"].startswith("“") and len(row["quote"]) > 20
            assert "as reported by Trend" in row["who"]
            assert "Trend" in row["source"]


def test_names_convention_changes_labels(ds, countries):
    hy = {r["place_id"]: r["label"] for r in _map(ds, countries, names="hy").layers.rows["places"]}
    both = {r["place_id"]: r["label"] for r in _map(ds, countries, names="both").layers.rows["places"]}
    assert hy["khankendi"] == "Stepanakert" and hy["lachin"] == "Berdzor"
    assert both["shusha"] == "Shusha / Shushi"


def test_layer_switches_remove_layers(ds, countries):
    r = filter_window(ds.claims, FULL)
    off = build_map(r.shown, ds.places, ds.sources, countries,
                    switches=LayerSwitches(flows=False, crossing_days=False, borders=False))
    ids = [layer.id for layer in off.deck.layers]
    assert "flows" not in ids and "crossing_days" not in ids and "borders" not in ids
    assert "places" in ids and "claims" in ids
    # with flows off, the counted claims still appear, as labels at their place
    assert {"trend-c02", "trend-c21"} <= {row["claim_id"] for row in off.rows["claims"]}


def test_deck_uses_the_offline_style_and_pickable_ids(ds, countries):
    spec = json.loads(_map(ds, countries).layers.deck.to_json())
    assert spec["mapStyle"] == "/app/static/style.json"
    ids = {layer["id"] for layer in spec["layers"]}
    assert {"borders", "routes", "places", "flows", "claims", "crossing_days"} <= ids


def test_flow_width_ranks_counts():
    assert flow_width_px(15) < flow_width_px(35) < flow_width_px(20000)
    assert flow_width_px(0) == flow_width_px(1)


def test_labels(ds):
    assert flow_label([ds.claim("trend-c21")]) == "about 20,000 people · 11 Jul–8 Aug 2021 · period total"
    r = filter_window(ds.claims, FULL)
    seen = next(s for s in r.shown if s.claim.claim_id == "trend-c04")
    assert crossing_days_label(seen).splitlines()[1] == "Jul 2021: 11, 14, 16, 17, 20, 21, 27, 28, 29, 31"


def test_describe_window(ds, countries):
    text = describe_window(_map(ds, countries, Window(D("2021-08-20"), D("2021-08-25"))))
    assert text.startswith("20 Aug 2021 – 25 Aug 2021: 4 dated claims shown")
    assert "12 undated" in text and "run past the window's edges" in text


def test_build_flows_needs_counts(ds):
    r = filter_window(ds.claims, FULL)
    flows = build_flows(r.shown, {p.place_id: p for p in ds.places})
    drawn = [cid for f in flows for cid in f.claim_ids]
    # the seed's two counted movements on the corridor (as the flows test above pins), and nothing uncounted
    assert sorted(drawn) == ["trend-c02", "trend-c03", "trend-c21"]
    assert all(ds.claim(cid).count is not None for cid in drawn)


def test_every_label_of_a_period_cut_by_the_window_says_so(ds, countries):
    """11–20 July cuts all three period totals of 11 Jul – 8 Aug (vehicles, 20,000 people, 15 people):
    each of their labels says so, whichever layer draws it; the listed days do not run past."""
    rows = _map(ds, countries, Window(D("2021-07-11"), D("2021-07-20"))).layers.rows
    labels = {}
    for layer in ("flows", "claims"):
        for r in rows.get(layer, []):
            for cid in r.get("claim_ids") or [r["claim_id"]]:
                labels[cid] = r["label"]
    cut = {"trend-c02", "trend-c03", "trend-c21", "trend-c22"}
    assert cut <= set(labels)
    assert {cid for cid, label in labels.items() if "(runs past window)" in label} == cut


def test_unreviewed_automatic_claims_are_drawn_paler_and_labelled(ds, countries):
    from dataclasses import replace

    from geo.view.palette import KIND_COLORS

    seed = _map(ds, countries)
    assert not [it for it in seed.legend if it.label.startswith("Unreviewed")]  # curated claims only
    auto = {"trend-c09", "trend-c21"}  # a labelled claim and a flow
    claims = tuple(replace(c, review_status="auto") if c.claim_id in auto else c for c in ds.claims)
    view = _map(replace(ds, claims=claims), countries, Window(D("2021-07-11"), D("2021-09-10")))
    rows = {cid: r for layer in ("flows", "claims") for r in view.layers.rows[layer]
            for cid in (r.get("claim_ids") or [r["claim_id"]])}
    for cid in auto:
        assert rows[cid]["label"].endswith("unreviewed"), cid
        assert rows[cid]["color"][3] == 150, cid
    curated = rows["trend-c10"]
    assert "unreviewed" not in curated["label"] and curated["color"] == list(KIND_COLORS[ds.claim("trend-c10").kind])
    assert "unreviewed" not in rows["trend-c02"]["label"]  # the vehicles flow is curated
    assert [it.label for it in view.legend if it.label.startswith("Unreviewed")] == [
        "Unreviewed: read automatically, not yet checked by an analyst"]


def test_many_flows_on_one_route_stay_near_it(ds, countries, places_by_id):
    """Forty counted claims along the corridor (a corpus, not one article): each gets a drawable flow,
    and lanes are reused instead of drifting ever further off the road."""
    from dataclasses import replace

    from shapely import wkt
    from shapely.geometry import LineString, Point

    from geo.model import WindowedClaim

    base = ds.claim("trend-c21")
    shown = [WindowedClaim(replace(base, claim_id=f"c{i}", event_group=None, count=100 + i)) for i in range(40)]
    flows = build_flows(shown, places_by_id)
    assert len(flows) == 40
    road = wkt.loads(places_by_id["lachin-corridor"].wkt)
    for f in flows:
        assert road.distance(Point(f.label_at)) < 0.1  # degrees: within about 10 km
        assert LineString(f.path).hausdorff_distance(road) < 0.1
