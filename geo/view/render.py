"""Data → escaped HTML fragments for the pages. Every string from the data is
escaped here, so a name such as <img src=x onerror=…> shows as text."""
from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ..model import Claim, Mention, Source

CONTEXT_CHARS = 280


def quote_in_context(source: Source, claim: Claim, chars: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """The quote with the text around it, cut at the body's edges."""
    lo = max(source.body_start, claim.quote_start - chars)
    hi = min(source.body_end, claim.quote_end + chars)
    before = source.text[lo:claim.quote_start]
    after = source.text[claim.quote_end:hi]
    return ("…" if lo > source.body_start else "") + before, claim.quote, after + ("…" if hi < source.body_end else "")


def quote_context_html(source: Source, claim: Claim, chars: int = CONTEXT_CHARS) -> str:
    before, quote, after = quote_in_context(source, claim, chars)
    return (
        "<div class='cw-context'>"
        f"{escape(before)}<mark class='cw-quote'>{escape(quote)}</mark>{escape(after)}"
        f"<div class='cw-offsets'>characters {claim.quote_start}–{claim.quote_end} of {escape(source.source_id)}</div>"
        "</div>"
    )


def _paragraphs(html_text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in html_text.split("\n\n") if p.strip())


def highlighted_body_html(source: Source, mentions: Iterable[Mention], claims: Iterable[Claim]) -> str:
    """The article body with claim quotes underlined and place mentions marked.

    Quotes hold mentions, never the reverse, so the spans nest: open quotes
    first (longest first), close in reverse order."""
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    spans = {}
    for c in claims:
        if c.source_id == source.source_id:
            spans.setdefault((c.quote_start, c.quote_end), []).append(c.claim_id)
    for (start, end), ids in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        title = escape(", ".join(ids), quote=True)
        opens.setdefault(start, []).append(f"<span class='cw-claim' title='{title}'>")
        closes.setdefault(end, []).insert(0, "</span>")
    for m in mentions:
        if m.source_id != source.source_id:
            continue
        title = escape(m.place_id or "ambiguous", quote=True)
        opens.setdefault(m.start, []).append(f"<mark class='cw-place' title='{title}'>")
        closes.setdefault(m.end, []).insert(0, "</mark>")
    out, pos = [], source.body_start
    for cut in sorted({*opens, *closes, source.body_end}):
        if not source.body_start <= cut <= source.body_end:
            continue
        out.append(escape(source.text[pos:cut]))
        out.extend(closes.get(cut, []))
        out.extend(opens.get(cut, []))
        pos = cut
    return f"<div class='cw-body'>{_paragraphs(''.join(out))}</div>"


def chrome_html(source: Source) -> str:
    parts = [source.text[:source.body_start], source.text[source.body_end:]]
    return "<div class='cw-chrome'>" + "".join(
        f"<pre>{escape(p.strip())}</pre>" for p in parts if p.strip()
    ) + "</div>"


SOURCE_CSS = """
<style>
.cw-body p {line-height:1.6; margin:0 0 .8em 0;}
.cw-claim {border-bottom:2px solid #e6781e; background:rgba(230,120,30,.08);}
.cw-place {background:#d8e8ff; padding:0 2px; border-radius:3px;}
.cw-chrome pre {color:#888; white-space:pre-wrap; font-size:12px;}
.cw-context {line-height:1.6; padding:.6em .8em; border-left:3px solid #e6781e; background:#fafafa;}
.cw-quote {background:#ffe2bf;}
.cw-offsets {color:#777; font-size:11px; margin-top:.4em;}
</style>
"""


def legend_html(items: Iterable, title: str = "Legend") -> str:
    """The map legend drawn by the app (deck.gl has none)."""
    rows = []
    for it in items:
        r, g, b, a = it.color
        rgba = f"rgba({r},{g},{b},{a / 255:.2f})"
        swatch = {
            "line": f"<span style='display:inline-block;width:22px;height:4px;background:{rgba};vertical-align:middle'></span>",
            "dot": f"<span style='display:inline-block;width:11px;height:11px;border-radius:50%;background:{rgba};vertical-align:middle;margin:0 5px'></span>",
            # claims are drawn as coloured text, so the legend shows coloured text, not a box the map never draws
            "text": f"<span style='display:inline-block;width:22px;font-weight:700;font-size:12px;color:{rgba};vertical-align:middle'>Aa</span>",
            "area": f"<span style='display:inline-block;width:18px;height:11px;background:#fafaf6;border:1px solid {rgba};vertical-align:middle;margin:0 2px'></span>",
        }[it.shape]
        note = f"<div style='color:#666;font-size:11px;margin-left:28px'>{escape(it.note)}</div>" if it.note else ""
        rows.append(f"<div style='margin:3px 0'>{swatch} <span style='font-size:13px'>{escape(it.label)}</span>{note}</div>")
    return f"<div class='cw-legend'><b>{escape(title)}</b>{''.join(rows)}</div>"


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:")


def md_escape(text: str) -> str:
    """Data shown through Streamlit's Markdown (captions, headers, alerts) stays literal text:
    no links, no images (which would fetch from the network), no emphasis."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut at a word's end with "…" (a label cut mid-word, "…entering the
    peace…", reads as another word); a single word longer than most of the limit is cut where it must be."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if text[limit - 1] != " ":  # the cut falls inside a word: go back to the space before it
        space = head.rfind(" ")
        if space >= limit * 0.6:
            head = head[:space]
    return head.rstrip(" ,;:–-(") + "…"
