from __future__ import annotations

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
