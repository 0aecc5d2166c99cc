"""The analyst panel beside the map: one selected claim as a card (HTML from typed records, every value escaped).

The card answers what an analyst asks of a mark before showing it: what is claimed, by whom, as reported by
whom and when, the sentence in its context, how far the source and the claim are graded, and what other
reports say about the same event. Present mode shows the same card, so a briefing can read the sentence.
"""
from __future__ import annotations

from collections.abc import Mapping
from html import escape

from .briefing import published_short
from ..claims import format_count, format_period
from .palette import KIND_LABELS
from ..model import Claim, Source
from .render import quote_context_html

# Admiralty (NATO) grades, as the store keeps them: the source's reliability and the claim's credibility.
RELIABILITY = {"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
               "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}
CREDIBILITY = {1: "confirmed by other sources", 2: "probably true", 3: "possibly true", 4: "doubtful",
               5: "improbable", 6: "truth cannot be judged"}
REVIEW = {"curated": "curated", "auto": "automatic · awaiting review", "confirmed": "reviewed: confirmed",
          "corrected": "reviewed: corrected", "rejected": "rejected in review"}
MAX_LINKED = 8
CARD_CONTEXT_CHARS = 140  # beside the map the sentence itself must show without scrolling; the Source page has the rest  # a card, not a table: the rest are counted

PANEL_CSS = """
<style>
.cw-card {font-size:13.5px; line-height:1.45; border:1px solid #d7d7de; border-radius:8px; padding:.7em .8em;
  background:#fff;}
.cw-card h4 {font-size:15px; margin:0 0 .3em 0; padding:0;}
.cw-card .cw-meta {color:#444; margin:.15em 0;}
.cw-card .cw-context {font-size:13px; margin:.5em 0; max-height:22em; overflow-y:auto;}
.cw-card .cw-tags span {display:inline-block; border-radius:10px; padding:0 .55em; margin:.15em .25em .15em 0;
  font-size:12px; background:#eef0f4;}
.cw-card .cw-tags .cw-unreviewed {background:#fff1d6;}
.cw-card .cw-tags .cw-disputed {background:#fde2e2;}
.cw-card .cw-tags .cw-corroborated {background:#e0f2e6;}
.cw-card ul {margin:.3em 0 0 0; padding-left:1.1em;}
.cw-card li {margin:.15em 0;}
</style>
"""


def _tag(text: str, cls: str = "") -> str:
    return f"<span class='{cls}'>{escape(text)}</span>"


def linked_lines(claim: Claim, claims: Mapping[str, Claim], sources: Mapping[str, Source]) -> list[str]:
    """The other reports of the same event, one line each: outlet, date, figure, status. Never summed."""
    out = []
    for cid in claim.linked:
        other = claims.get(cid)
        if other is None:
            continue
        src = sources.get(other.source_id)
        outlet = src.outlet if src else other.source_id
        out.append(f"{outlet} ({published_short(src) if src else 'date unknown'}): {format_count(other)}, "
                   f"{format_period(other)} — claimed by {other.claimant} · {other.status}")
    return out


def claim_card_html(claim: Claim, source: Source, claims: Mapping[str, Claim],
                    sources: Mapping[str, Source]) -> str:
    """The selected claim as the panel shows it."""
    figure = format_count(claim)
    tags = [_tag(claim.status, f"cw-{claim.status}")]
    tags.append(_tag(REVIEW[claim.review_status], "cw-unreviewed" if claim.review_status == "auto" else ""))
    if claim.derived:
        tags.append(_tag("derived"))
    tags += [_tag(f"source {source.reliability}: {RELIABILITY.get(source.reliability, 'grade unknown')}"),
             _tag(f"claim {claim.credibility}: {CREDIBILITY.get(claim.credibility, 'grade unknown')}")]
    tags += [_tag(f, "cw-unreviewed") for f in claim.flags]
    linked = linked_lines(claim, claims, sources)
    more = len(linked) - MAX_LINKED
    linked_html = ""
    if linked:
        items = "".join(f"<li>{escape(line)}</li>" for line in linked[:MAX_LINKED])
        if more > 0:
            items += f"<li>… and {more} more (Claims page)</li>"
        linked_html = f"<div class='cw-meta'><b>Other reports of the same event</b> (figures not added up)<ul>{items}</ul></div>"
    return (
        f"{PANEL_CSS}<div class='cw-card' data-claim-id='{escape(claim.claim_id, quote=True)}'>"
        f"<h4>{escape(KIND_LABELS.get(claim.kind, claim.kind))}: {escape(figure)}</h4>"
        f"<div class='cw-meta'>{escape(format_period(claim))}</div>"
        f"<div class='cw-meta'>Claimed by <b>{escape(claim.claimant)}</b>, as reported by "
        f"<b>{escape(source.outlet)}</b> ({escape(published_short(source))})</div>"
        f"{quote_context_html(source, claim, CARD_CONTEXT_CHARS)}"
        f"<div class='cw-tags'>{''.join(tags)}</div>"
        f"{linked_html}</div>"
    )


def group_heading(group, title: str) -> str:
    """'Khankendi · entries: 14 claims from 6 sources (5 outlets)' — what a clicked group holds."""
    n = len(group.claims)
    return (f"{title}: {n:,} claim{'s' if n > 1 else ''} from {group.sources:,} source{'s' if group.sources > 1 else ''}"
            f" ({group.outlets} outlet{'s' if group.outlets > 1 else ''})")


def group_table(group, sources: Mapping[str, Source]) -> list[dict[str, object]]:
    """A clicked group's claims, newest first, one row each: outlet, date, figure, status, quote. Figures
    stay side by side: a group is a list, not a sum."""
    rows = []
    for seen in sorted(group.claims, key=lambda s: (s.claim.date_end or s.claim.date_start, s.claim.claim_id),
                       reverse=True):
        c = seen.claim
        src = sources.get(c.source_id)
        rows.append({"claim": c.claim_id, "outlet": src.outlet if src else c.source_id,
                     "published": published_short(src) if src else "", "period": format_period(c),
                     "figure": format_count(c), "status": c.status, "review": REVIEW.get(c.review_status, c.review_status),
                     "claimed by": c.claimant, "quote": c.quote})
    return rows
