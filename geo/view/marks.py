"""One row per mark a claim leaves on the map — its label at a place, its crossing days, its flow's label —
each carrying the same tooltip fields (title, what, when, who, quote, source, note), so one template serves all."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..claims import format_count, format_period, window_note
from .flows import RUNS_PAST, UNREVIEWED, UNREVIEWED_ALPHA, Flow, _place_point, _unreviewed, flow_width_px
from ..model import Claim, Place, Source, WindowedClaim
from .palette import KIND_COLORS, KIND_LABELS
from .render import shorten

def claim_tooltip(seen: WindowedClaim, source: Source, title: str) -> dict[str, str]:
    c = seen.claim
    notes = [n for n in (window_note(seen), c.place_basis if c.place_basis != "stated" else "",
                         f"derived: {c.derivation}" if c.derived else "",
                         "extracted automatically, awaiting review" if c.review_status == "auto" else "",
                         f"linked: {', '.join(c.linked)}" if c.linked else "") if n]
    return {
        "title": title,
        "what": f"{KIND_LABELS[c.kind]}: {c.summary}",
        "when": format_period(c),
        "who": f"Claimed by {c.claimant} · as reported by {source.outlet}",
        "quote": f"“{c.quote}”",
        "source": f"{source.short_citation} · reliability {source.reliability} · credibility {c.credibility} · {c.status}",
        "note": " · ".join(notes),
    }


_FLOW_LABEL_SLOTS: tuple[tuple[list[int], str], ...] = (
    ([30, 16], "start"), ([30, 60], "start"), ([30, 104], "start"), ([30, 148], "start"),
)


def _flow_rows(flows: Sequence[Flow], shown: Mapping[str, WindowedClaim], sources: Mapping[str, Source]) -> list[dict]:
    rows = []
    for i, f in enumerate(flows):
        seen = shown[f.claim_ids[0]]
        offset, anchor = _FLOW_LABEL_SLOTS[i % len(_FLOW_LABEL_SLOTS)]
        tip = claim_tooltip(seen, sources[seen.claim.source_id], f.label)
        tip["note"] = " · ".join(n for n in (f.path_basis, tip["note"]) if n)
        rows.append({
            "path": [list(xy) for xy in f.path],
            "position": list(f.label_at),
            "offset": offset, "anchor": anchor,
            "color": _drawn_color(f.kind, [shown[cid].claim for cid in f.claim_ids]),
            "width": flow_width_px(f.width_count),
            "label": f.label.replace(" · ", "\n", f.label.count(" · ") - 1),
            "claim_id": f.claim_ids[0],
            "claim_ids": list(f.claim_ids),
            **tip,
        })
    return rows


def _claim_location(claim: Claim, places: Mapping[str, Place]) -> Place | None:
    for pid in (claim.place, claim.destination, claim.origin, claim.via):
        if pid and pid in places:
            return places[pid]
    return None


def _shorten(text: str, limit: int = 44) -> str:
    return shorten(text, limit)


def _verb(claim: Claim, at: str | None) -> str:
    if claim.kind == "exit" or (claim.kind == "population_movement" and claim.origin == at):
        return "left"
    if claim.kind in ("entry", "population_movement"):
        return "entered"
    return "crossed" if claim.kind == "crossing" else ""


def _drawn_color(kind: str, claims: Sequence[Claim]) -> list[int]:
    r, g, b, _ = KIND_COLORS[kind]
    return [r, g, b, UNREVIEWED_ALPHA] if all(_unreviewed(c) for c in claims) else list(KIND_COLORS[kind])


def badge_text(seen: WindowedClaim, at: str | None = None) -> str:
    """The short label of a claim at a place; colour gives its kind, the tooltip the rest."""
    c = seen.claim
    total = " · period total" if c.is_period_total else ""
    edge = RUNS_PAST if seen.clipped else ""
    edge += UNREVIEWED if _unreviewed(c) else ""
    if c.count is None:
        return f"{_shorten(c.summary)}\n{format_period(c)}{edge}"
    return f"{format_count(c)} {_verb(c, at or c.place)} · {format_period(c)}{total}{edge}"


BADGE_LINE_PX = 17


def _claim_rows(shown: Sequence[WindowedClaim], flow_ids: set[str], places: Mapping[str, Place],
                sources: Mapping[str, Source]) -> list[dict]:
    """One label per claim, stacked upwards from its place so that none overlap."""
    at_place: dict[str, list[WindowedClaim]] = defaultdict(list)
    for seen in shown:
        c = seen.claim
        where = _claim_location(c, places)
        if c.claim_id in flow_ids or c.date_precision == "days" or where is None:
            continue
        at_place[where.place_id].append(seen)
    rows = []
    for place_id, stack in at_place.items():
        where = places[place_id]
        pt = _place_point(where)
        dx, anchor = (-14, "end") if where.label_side == "left" else (14, "start")
        y = -6.0  # the bottom of the stack, just above the place's own label
        placed = []
        for seen in reversed(stack):
            text = badge_text(seen, place_id)
            height = BADGE_LINE_PX * (text.count("\n") + 1)
            placed.append((seen, text, y - height / 2))
            y -= height + 4
        for seen, text, center in reversed(placed):
            rows.append({
                "position": [round(pt.x, 5), round(pt.y, 5)],
                "offset": [dx, round(center)],
                "anchor": anchor,
                "color": _drawn_color(seen.claim.kind, [seen.claim]),
                "label": text,
                "claim_id": seen.claim.claim_id,
                **claim_tooltip(seen, sources[seen.claim.source_id], text.replace("\n", " · ")),
            })
    return rows


def crossing_days_label(seen: WindowedClaim) -> str:
    days = seen.days_in_window
    by_month: dict[str, list[str]] = defaultdict(list)
    for d in days:
        by_month[f"{d:%b}"].append(str(d.day))
    listed = "\n".join(f"{m} {days[-1]:%Y}: {', '.join(v)}" for m, v in by_month.items())
    return (f"Crossing days: {len(days)} of {len(seen.claim.dates)} listed\n{listed}\n"
            "number per day not reported")


def _crossing_day_rows(shown: Sequence[WindowedClaim], places: Mapping[str, Place],
                       sources: Mapping[str, Source]) -> list[dict]:
    rows = []
    for seen in shown:
        c = seen.claim
        if c.date_precision != "days" or not seen.days_in_window:
            continue
        where = _claim_location(c, places)
        if where is None:
            continue
        pt = _place_point(where)
        text = crossing_days_label(seen)
        rows.append({
            "position": [round(pt.x, 5), round(pt.y, 5)],
            "offset": [-16, -34], "anchor": "end",
            "label": text,
            "days": [d.isoformat() for d in seen.days_in_window],
            "claim_id": c.claim_id,
            **claim_tooltip(seen, sources[c.source_id], text.replace("\n", " · ")),
        })
    return rows
