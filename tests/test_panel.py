"""The analyst panel's card: what is claimed, by whom, as reported by whom, the sentence at its offsets,
grades and status, and the other reports of the same event side by side (never added up)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from geo.model import PublishedDate
from geo.view.panel import MAX_LINKED, claim_card_html, linked_lines


def _pair(ds):
    """The seed's 58-trucks claim, and the same event as a second outlet reported it (linked both ways)."""
    c09 = ds.claim("trend-c09")
    src = ds.source(c09.source_id)
    other_src = replace(src, source_id="other-2021", outlet="Other Wire <b>",
                        published=PublishedDate(date(2021, 9, 20), date(2021, 9, 20), "day", "stated"), reliability="C")
    other = replace(c09, claim_id="other-c01", source_id="other-2021", count=60, claimant="a <script>driver</script>",
                    status="disputed", linked=("trend-c09",))
    c09 = replace(c09, status="disputed", linked=("other-c01",))
    return c09, src, {c.claim_id: c for c in (c09, other)}, {s.source_id: s for s in (src, other_src)}


def test_the_card_quotes_the_source_at_its_offsets(ds):
    c09, src, claims, sources = _pair(ds)
    html = claim_card_html(c09, src, claims, sources)
    sentence = src.text[c09.quote_start:c09.quote_end]
    assert "58 trucks" in sentence
    assert f"<mark class='cw-quote'>{sentence}</mark>" in html.replace("&#x27;", "'")
    assert f"characters {c09.quote_start}–{c09.quote_end} of {src.source_id}" in html
    assert f"Claimed by <b>{c09.claimant}</b>, as reported by <b>Trend</b>" in html
    assert "source F: reliability cannot be judged" in html and f"claim {c09.credibility}:" in html
    assert "cw-disputed'>disputed<" in html


def test_other_reports_are_listed_apart_and_escaped(ds):
    c09, src, claims, sources = _pair(ds)
    lines = linked_lines(c09, claims, sources)
    assert lines == ["Other Wire <b> (20 Sep 2021): 60 trucks, 11 Aug–10 Sep 2021 — claimed by "
                     "a <script>driver</script> · disputed"]
    html = claim_card_html(c09, src, claims, sources)
    assert "<script>" not in html and "Other Wire &lt;b&gt;" in html
    assert "118" not in html  # 58 + 60: figures from two reports are never added up


def test_many_linked_reports_are_counted_not_listed(ds):
    c09, src, claims, sources = _pair(ds)
    many = {f"x{i}": replace(claims["other-c01"], claim_id=f"x{i}") for i in range(MAX_LINKED + 3)}
    c09 = replace(c09, linked=tuple(many))
    html = claim_card_html(c09, src, {**claims, **many}, sources)
    assert html.count("<li>") == MAX_LINKED + 1 and "… and 3 more (Claims page)" in html


def test_an_automatic_claim_says_it_awaits_review(ds):
    c = replace(ds.claim("trend-c09"), review_status="auto", flags=("vague count: dozens",))
    html = claim_card_html(c, ds.source(c.source_id), {c.claim_id: c}, {s.source_id: s for s in ds.sources})
    assert "automatic · awaiting review" in html and "vague count: dozens" in html
