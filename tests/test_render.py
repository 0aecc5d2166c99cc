from __future__ import annotations

import pytest

from dataclasses import replace

from geo.model import Mention
from geo.view.render import chrome_html, highlighted_body_html, legend_html, quote_context_html, quote_in_context
from geo.view.layers import LegendItem

HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"


def test_quote_in_context(ds, seed):
    before, quote, after = quote_in_context(seed, ds.claim("trend-c10"))
    assert quote == "Fifty five trucks later left."
    assert before.endswith("with fuels and lubricants. ")
    assert after.startswith("\n\nAlso, according to")


def test_context_is_cut_at_the_body(ds, seed):
    before, _, _ = quote_in_context(seed, ds.claim("trend-c01"))
    assert before == ""  # the first sentence of the body: no title, no chrome before it


def test_hostile_quote_is_escaped(ds, seed):
    text = seed.text[: seed.body_start] + HOSTILE + seed.text[seed.body_start + len(HOSTILE):]
    src = replace(seed, text=text)
    claim = replace(ds.claim("trend-c01"), quote=HOSTILE, quote_start=seed.body_start,
                    quote_end=seed.body_start + len(HOSTILE))
    html = quote_context_html(src, claim)
    assert "<img" not in html and "<script>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_body_marks_places_and_quotes(ds, seed):
    html = highlighted_body_html(seed, ds.mentions, ds.claims)
    assert html.count("<mark class='cw-place'") == len(ds.mentions)
    assert "<mark class='cw-place' title='khankendi'>Khankendi</mark>" in html
    assert "title='trend-c21, trend-c22'" in html  # one sentence, two claims
    assert "Subscribe to Trend" not in html
    assert html.count("<span") == html.count("</span>") and html.count("<mark") == html.count("</mark>")


def test_hostile_mention_title_is_escaped(seed):
    m = Mention(seed.source_id, seed.body_start, seed.body_start + 2, "In", "x' onmouseover='alert(1)", 1.0)
    html = highlighted_body_html(seed, [m], [])
    assert "onmouseover='alert" not in html
    assert "x&#x27; onmouseover=&#x27;alert(1)" in html


def test_chrome_html_holds_the_chrome_only(seed):
    html = chrome_html(seed)
    assert "Subscribe to Trend" in html and "Cases of Omicron variant" in html
    assert "Fifty five trucks" not in html


def test_markdown_escape_keeps_data_literal():
    from geo.view.render import md_escape

    text = "![x](http://198.51.100.1/x.png) **bold** <b>"
    escaped = md_escape(text)
    assert "![" not in escaped and "](" not in escaped and "**" not in escaped
    assert escaped.replace("\\", "") == text


def test_legend_escapes_labels():
    html = legend_html([LegendItem(HOSTILE, [1, 2, 3, 255], "dot")])
    assert "<img" not in html and "&lt;img" in html


def test_claim_kinds_in_the_legend_are_coloured_text_like_the_map():
    html = legend_html([LegendItem("Entries", [1, 2, 3, 255], "text")])
    assert ">Aa</span>" in html and "color:rgba(1,2,3,1.00)" in html and "border:2px" not in html


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("Iranian trucks illegally entering the peacekeeping zone", 44, "Iranian trucks illegally entering the…"),
    ("Iranians recruited their citizens to work in Karabakh", 44, "Iranians recruited their citizens to work…"),
    ("short enough", 44, "short enough"),
    ("exactly ten", 11, "exactly ten"),
    ("one two three", 11, "one two…"),  # "one two thr…" would read as another word
    ("Stepanakertkhankendi", 10, "Stepanake…"),  # one long word: cut where it must be
    ("a list, of words", 9, "a list…"),  # no comma left dangling before the ellipsis
])
def test_shorten_cuts_at_a_word(text, limit, expected):
    from geo.view.render import shorten

    assert shorten(text, limit) == expected
    assert len(expected) <= limit


def test_no_claim_label_on_the_seed_map_is_cut_mid_word(ds, countries):
    """Each label that ends its first line with "…" stops at the end of a word of the claim's summary."""
    from geo.claims import dated_span
    from geo.view.briefing import build_briefing
    from geo.view.viewstate import MapState

    b = build_briefing(ds, countries, MapState(window=dated_span(ds.claims)))
    summaries = {c.claim_id: c.summary for c in ds.claims}
    cut = 0
    for r in b.map.layers.rows["claims"]:
        first = r["label"].split("\n")[0]
        if first.endswith("…"):
            cut += 1
            head, summary = first[:-1], summaries[r["claim_id"]]
            assert summary.startswith(head) and summary[len(head)] in " ,;:", (first, summary)
    assert cut >= 2  # the seed has long summaries: the test sees some cut
