"""Labels of the interactive map placed for the view's zoom and the element's size: each at its own spot when
free, else the nearest free one (with a leader line back to its mark); names of areas give way."""
from __future__ import annotations

import math

import pydeck as pdk

from .declutter import deck_box, leader_end, lonlat_px, mercator_px, place_greedy, text_size_px
from .furniture import DECLUTTER_VIEWPORT_PX, NORTH_ARROW_LENGTH_PX

# Text sizes (px at text_scale 1) of the labelled layers, in the order their labels are placed.
LABEL_SIZES: dict[str, int] = {"places": 15, "flows": 13, "crossing_days": 13, "claims": 13, "groups": 13,
                               "logs": 13, "areas": 13, "countries": 18}
OPTIONAL_LABELS = ("areas", "countries")  # names of areas may give way; claims and places may not
LEADER_LAYERS = ("claims", "crossing_days", "groups", "logs")  # labels of a mark; a flow's label sits on its line
LEADER_MIN_PX = 22  # a label this close to its mark needs no leader
NARROW_PX = 600
FAR_SPOTS_MAX = 200  # labels in the frame up to which claims may also move far from their mark, with a leader
MARKED_LAYERS = ("places", "crossing_days", "groups", "flows", "logs")  # a mark of their own besides the label
RANKED_LAYERS = ("groups", "flows")  # on a grouped map: labelled in the order of their rows' "rank"


def view_bounds(view: tuple[float, float, float], viewport: tuple[int, int]) -> tuple[float, float, float, float]:
    """The (west, south, east, north) a map of `viewport` pixels shows centred at (lon, lat) and zoom."""
    lon, lat, zoom = view
    cx, cy = mercator_px(lon, lat, zoom)
    w, n = lonlat_px(cx - viewport[0] / 2, cy - viewport[1] / 2, zoom)
    e, s = lonlat_px(cx + viewport[0] / 2, cy + viewport[1] / 2, zoom)
    return (w, s, e, n)


def _spots(row: dict, layer: str, k: float, far: bool = True) -> list[tuple[list[float], str, str]]:
    """Where a label may go, as (pixel offset, anchor, text), its own spot first; a long name
    may break after its ' / ' when nothing else fits."""
    own = (list(row["offset"]), row["anchor"], row["label"])
    if layer in OPTIONAL_LABELS:
        return [own] + [([0, dy * k], "middle", row["label"]) for dy in (-16, 16, -32, 32)]
    if layer == "places":
        spots = []
        texts = [row["label"]] + ([row["label"].replace(" / ", "\n")] if " / " in row["label"] else [])
        for text in texts:
            h = text_size_px(text, LABEL_SIZES["places"] * k)[1]
            g = 9 * k
            right, left = ([g, 0], "start", text), ([-g, 0], "end", text)
            spots += [(own[0], own[1], text), left if own[1] == "start" else right]
            for far in (1.0, 2.2):
                spots += [([0, -(g * far + h / 2)], "middle", text), ([0, g * far + h / 2], "middle", text),
                          ([g * far, -(h / 2 + 3 * far)], "start", text), ([-g * far, -(h / 2 + 3 * far)], "end", text),
                          ([g * far, h / 2 + 3 * far], "start", text), ([-g * far, h / 2 + 3 * far], "end", text)]
        return spots
    if layer == "groups":
        return _group_spots(row, k)
    if layer == "logs":  # a ring: beside it, its short form, then centred above or below it (a phone's map)
        short = (row.get("short") or row["label"]).replace(" · ", "\n", 1)
        texts = [short, short.replace(": ", ":\n", 1).replace(" by ", "\nby ", 1)]
        below = []
        for text in texts:
            h = text_size_px(text, LABEL_SIZES["logs"] * k)[1]
            gap = row.get("radius", 8) + 6 * k + h / 2
            below += [([0, gap], "middle", text), ([0, -gap], "middle", text)]
        return _group_spots(row, k) + below
    # Claim labels: step up or down from their own spot, then the other side of the mark, then further out
    # on both sides (a leader line then ties the label to its mark), nearest first.
    step = 15 * k
    (dx, dy), anchor, text = own
    spots = [own]
    for n in range(1, 9):
        spots += [([dx, dy - n * step], anchor, text), ([dx, dy + n * step], anchor, text)]
    other = {"start": "end", "end": "start", "middle": "middle"}[anchor]
    spots += [([-dx, dy + n * step], other, text) for n in (0, -1, 1, -2, 2, -3, 3)]
    if not far:
        return spots
    # Wider than half the frame around its mark: centred above or below it, or broken after its first ' · '.
    texts = [text] + ([text.replace(" · ", "\n", 1)] if " · " in text else [])
    far = [([side * (abs(dx) + out * k), dy + n * step], "start" if side > 0 else "end", t)
           for t in texts for out in (0, 40, 90, 160) for n in range(-12, 13, 2) for side in (1, -1)]
    far += [([shift * k, dy + n * step], "middle", t) for t in texts for shift in (0, -80, 80, -160, 160)
            for n in range(-12, 13) if n]
    spots += sorted(far, key=lambda s: (s[2] != text, math.hypot(s[0][0], s[0][1])))
    return spots


def _grid_px(step: float = 20, reach: float = 320) -> list[tuple[list[float], str]]:
    """Offsets on a grid around a mark, nearest first, the text turned away from the mark."""
    n = int(reach // step)
    cells = [(i * step, j * step) for i in range(-n, n + 1) for j in range(-n, n + 1) if math.hypot(i, j) * step >= 30]
    return [([x, y], "start" if x > 0 else "end" if x < 0 else "middle")
            for x, y in sorted(cells, key=lambda c: math.hypot(*c))]


_GRID_PX = _grid_px()


def _group_spots(row: dict, k: float) -> list[tuple[list[float], str, str]]:
    """A group's label: beside its circle on either side, stepping up and down; then further out (with a
    leader); then the same with the short form of the label ('Kornidzor · 455 claims of crossings')."""
    step, gap = 15 * k, row["offset"][0]
    out: list[tuple[list[float], str, str]] = []
    short = row.get("short") or row["label"]
    # the full label, the short form, and the short form on two lines (a phone's map is 360 px wide)
    texts = list(dict.fromkeys((row["label"], short, short.replace(" · ", "\n", 1))))
    for i, text in enumerate(texts):
        near = [([side * gap, n * step], "start" if side > 0 else "end", text) for n in range(-6, 7) for side in (1, -1)]
        out += sorted(near, key=lambda s: abs(s[0][1]))
        if i > 0 or len(texts) == 1:  # far out (on a leader) only in a short form
            far = [([side * (gap + dist * k), n * step], "start" if side > 0 else "end", text)
                   for dist in (40, 90, 160) for n in range(-8, 9, 2) for side in (1, -1)]
            out += sorted(far, key=lambda s: math.hypot(*s[0]))
    return out


def declutter_rows(rows: dict[str, list[dict]], view: pdk.ViewState, k: float = 1.0,
                   viewport: tuple[int, int] = DECLUTTER_VIEWPORT_PX, budget: int | None = None) -> dict[str, list[dict]]:
    """Move labels apart for the view's zoom: each label takes its own spot when free, else the nearest
    free one; area and country names that find none are left out. Zooming in only spreads them further.
    `budget` (a grouped map): at most that many group labels in the frame, taken in rank order; every label
    may then give way (its mark stays), place names after the groups."""
    cx, cy = mercator_px(view.longitude, view.latitude, view.zoom)
    frame = (cx - viewport[0] / 2, cy - viewport[1] / 2, cx + viewport[0] / 2, cy + viewport[1] / 2)
    # On a narrow map (a phone) a claim label that fits nowhere is left out and named under the map, rather
    # than drawn over others or cut at the edge.
    # A log's label that finds no free spot waits too (its ring stays): the caption under the map gives its figures.
    optional_layers = OPTIONAL_LABELS + ("logs",) + (("claims", "places", "crossing_days") if viewport[0] < NARROW_PX
                                                     else ())
    if budget is not None:
        optional_layers = (*OPTIONAL_LABELS, "places", *RANKED_LAYERS, "logs")
    items: list[tuple[str, int, tuple[float, float], float]] = []  # layer, row, anchor px, text size
    off_frame: set[tuple[str, int]] = set()
    for layer in LABEL_SIZES:
        for i, row in enumerate(rows.get(layer, [])):
            xy = mercator_px(*row["position"], view.zoom)
            if frame[0] <= xy[0] <= frame[2] and frame[1] <= xy[1] <= frame[3]:
                items.append((layer, i, xy, LABEL_SIZES[layer] * k))
            elif layer in OPTIONAL_LABELS or (budget is not None and layer in RANKED_LAYERS):
                off_frame.add((layer, i))  # a name whose place is off-screen would only show its cut end
            # other off-screen labels keep their spot: they come into view as the analyst pans
    if budget is not None:  # groups by rank, then place names, then areas
        first = {layer: n for n, layer in enumerate(LABEL_SIZES) if layer not in RANKED_LAYERS}
        items.sort(key=lambda it: (0, rows[it[0]][it[1]]["rank"]) if it[0] in RANKED_LAYERS else (1, first[it[0]]))
    obstacles = []
    for layer, radius in (("places", 6), ("crossing_days", 10), ("groups", 0), ("logs", 0)):
        for row in rows.get(layer, []):
            x, y = mercator_px(*row["position"], view.zoom)
            r = row.get("radius", radius)  # a group's circle: no label over it
            obstacles.append((x - r, y - r, x + r, y + r))
    for row in rows.get("north_arrow", []):
        x, y = mercator_px(*row["position"], view.zoom)
        obstacles.append((x - 12, y - NORTH_ARROW_LENGTH_PX - 4, x + 12, y + 22 * k))
    for row in rows.get("scale_bar", []):
        x, y = mercator_px(*row["position"], view.zoom)
        obstacles.append(deck_box(x, y, row["offset"], "middle", text_size_px(row["label"], 12 * k)))
    # A crowded map gives up on distant spots; so does a grouped one: a group label that finds no room near its
    # mark waits for a zoom (its mark and tooltip stay) rather than travel across the map on a leader.
    far = len(items) <= FAR_SPOTS_MAX and budget is None  # (group labels have spots of their own, _group_spots)
    def leader_of(n: int, spot, box):
        layer, i, (x, y), _ = items[n]
        if layer not in LEADER_LAYERS or list(spot[0]) == list(rows[layer][i]["offset"]):
            return None  # a stack at its own spot reads without leaders
        end = leader_end(x, y, box, LEADER_MIN_PX * k)
        return ((x, y), end) if end is not None else None

    placed = place_greedy(
        [_spots(rows[layer][i], layer, k, far) for layer, i, _, _ in items],
        lambda n, spot: deck_box(*items[n][2], spot[0], spot[1], text_size_px(spot[2], items[n][3])),
        frame, obstacles, optional=lambda n: items[n][0] in optional_layers,
        leader_of=leader_of if far or budget is not None else None,  # a crowded map skips them (~8× the cost)
        quota=(lambda n: items[n][0] in RANKED_LAYERS, budget) if budget is not None else None,
        # the last resort of a claim with no free spot of its own: anywhere near, its leader finding the way
        more=(lambda n: [(off, a, rows[items[n][0]][items[n][1]]["label"]) for off, a in _GRID_PX]
              if items[n][0] in ("claims", "crossing_days") else ()) if far else None)
    out = {name: list(layer_rows) for name, layer_rows in rows.items()}
    for i, row in enumerate(rows.get("places", [])):
        x, _ = mercator_px(*row["position"], view.zoom)
        if not frame[0] <= x <= frame[2]:  # a place just off-screen: its name turns outwards, not cut at the edge
            side = [-9 * k, 0] if x < frame[0] else [9 * k, 0]
            out["places"][i] = {**row, "offset": side, "anchor": "end" if x < frame[0] else "start"}
    dropped: set[tuple[str, int]] = set(off_frame)
    leaders: list[dict] = []
    for p in placed:
        layer, i, (x, y), _ = items[p.index]
        if p.choice is None:  # no room, or over the budget: the mark stays, its label waits for a zoom
            dropped.add((layer, i))
            continue
        offset, anchor, text = p.choice
        out[layer][i] = {**rows[layer][i], "offset": [round(v, 1) for v in offset], "anchor": anchor, "label": text}
        if p.box is not None and (line := leader_of(p.index, p.choice, p.box)) is not None:
            # drawn in map coordinates, so it is exact at this zoom; the page reruns after every zoom
            end = [round(v, 5) for v in lonlat_px(*line[1], view.zoom)]
            leaders.append({"path": [list(rows[layer][i]["position"]), end], "claim_id": rows[layer][i].get("claim_id")})
    out["leaders"] = leaders
    out["unlabelled"] = [r for i, r in enumerate(out.get("claims", [])) if ("claims", i) in dropped]
    for layer in optional_layers:
        if layer in MARKED_LAYERS:  # the dot stays, the label goes
            out[layer] = [{**r, "label": "", "hidden_label": r["label"]} if (layer, i) in dropped else r for i, r in enumerate(out.get(layer, []))]
        else:
            out[layer] = [r for i, r in enumerate(out.get(layer, [])) if (layer, i) not in dropped]
    return out


def _scaled(rows: list[dict], k: float) -> list[dict]:
    """Larger text needs its offsets from the mark scaled alike, or stacked labels meet."""
    if k == 1.0:
        return rows
    return [{**r, "offset": [round(v * k) for v in r["offset"]]} if "offset" in r else r for r in rows]
