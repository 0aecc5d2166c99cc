"""One check of a drawn picture's labels, shared by the picture tests: no text over text, no leader line through
another label's text, everything inside the map's frame, each leader from something drawn to the nearest point of
its own label, and no label away from its mark without a leader. Geometry by shapely, not by the placer's code."""
from __future__ import annotations

from shapely.geometry import LineString, Point, box

from geo.export.picture_labels import LEADER_FROM_PT, TO_MERCATOR


def drawn_marks(b, fig, report):
    """What the picture draws that a leader may start at, in display pixels: the rows' dots, rings and lines
    (computed here from the briefing's rows, apart from the placer) and the hollow dots the placer added."""
    to_px = fig.axes[0].transData.transform
    rows = b.map.layers.rows
    out = []
    for key in ("places", "groups", "logs", "crossing_days"):
        out += [Point(to_px(TO_MERCATOR.transform(*r["position"]))) for r in rows.get(key, [])]
    for key in ("routes", "flows", "log_flows"):
        out += [LineString([to_px(TO_MERCATOR.transform(*xy)) for xy in r["path"]]) for r in rows.get(key, [])
                if len(r["path"]) > 1]
    out += [Point(to_px(xy)) for xy in report.dots]
    return out


def assert_clean_picture(b, fig, report) -> int:
    """Returns how many leaders were checked (a test can require some)."""
    assert report.overlapping == [], report.overlapping
    frame = box(*report.frame.extents)
    boxes = [(text, box(*bb.extents)) for text, bb in report.placed]
    for i, (text, a) in enumerate(boxes):
        assert frame.contains(a), f"{text!r} crosses the frame's edge"
        for other, o in boxes[i + 1:]:
            assert a.intersection(o).area == 0, (text, other)
    marks = drawn_marks(b, fig, report)
    half = 5 * fig.dpi / 100
    by_text = {}
    for (text, a), anchor in zip(boxes, report.anchors):
        by_text.setdefault(text, []).append((a, anchor))
    for text, (start, end) in report.leaders:
        line = LineString([start, end])
        assert frame.contains(line), f"the leader of {text!r} crosses the frame's edge"
        for other, o in boxes:
            if other != text:
                assert not line.intersects(o), f"the leader of {text!r} crosses {other!r}"
        own = [a for a, _ in by_text[text]]
        assert any(a.exterior.distance(Point(end)) < 0.5 for a in own), f"{text!r}: the leader ends off its text"
        assert any(abs(a.distance(Point(start)) - line.length) < 0.5 for a in own), \
            f"{text!r}: the leader does not end at the nearest point of its text"
        assert min(m.distance(Point(start)) for m in marks) <= half * 1.5 + 1, \
            f"{text!r}: the leader starts where nothing is drawn"
    led = {t for t, _ in report.leaders}
    names = {r.get("hidden_label") or r["label"] for r in b.map.layers.rows["places"]}
    to_px = fig.axes[0].transData.transform
    dots = [Point(to_px(TO_MERCATOR.transform(*r["position"]))) for r in b.map.layers.rows["places"]]
    for text, items in by_text.items():
        if text in names and text not in led:  # a place's name reads as the nearest dot's
            for a, anchor in items:
                own = a.distance(Point(anchor))
                others = [d for d in dots if d.distance(Point(anchor)) > 1]
                assert all(a.distance(d) >= own - 0.5 for d in others), f"{text!r} sits nearer another dot"
    for text, items in by_text.items():
        for a, anchor in items:
            if anchor is not None and a.distance(Point(anchor)) > LEADER_FROM_PT * fig.dpi / 72 + 0.5:
                assert text in led, f"{text!r} sits {a.distance(Point(anchor)):.0f} px from its mark without a leader"
    return len(report.leaders)
