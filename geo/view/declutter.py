"""Label placement without collisions: one greedy algorithm, two ways of measuring text.

Labels are taken most important first; each goes to the first of its candidate spots
that overlaps nothing placed before it and stays inside the frame. When none is free, a
label marked optional is left out, and any other takes the spot that overlaps least
(and is reported, so tests can hold the result to "nothing overlapping").

The picture (matplotlib) measures text with its renderer; the interactive map (deck.gl)
measures with the same font's metrics through Pillow, in screen pixels at the view's zoom.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
C = TypeVar("C")


@dataclass(frozen=True)
class Placement(Generic[C]):
    index: int
    choice: C | None  # None: left out
    box: Box | None
    overlapping: bool


def overlap_area(a: Box, others: Sequence[Box]) -> float:
    total = 0.0
    for o in others:
        w = min(a[2], o[2]) - max(a[0], o[0])
        h = min(a[3], o[3]) - max(a[1], o[1])
        if w > 0 and h > 0:
            total += w * h
    return total


def inside(a: Box, frame: Box) -> bool:
    return a[0] >= frame[0] and a[1] >= frame[1] and a[2] <= frame[2] and a[3] <= frame[3]


class _Grid:
    """Placed boxes bucketed by a coarse grid, so a candidate is compared with its neighbours only
    (near-linear placement instead of every label against every other)."""

    def __init__(self, cell: float = 96.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Box]] = {}

    def _keys(self, b: Box):
        c = self.cell
        for gx in range(math.floor(b[0] / c), math.floor(b[2] / c) + 1):
            for gy in range(math.floor(b[1] / c), math.floor(b[3] / c) + 1):
                yield gx, gy

    def add(self, b: Box) -> None:
        for key in self._keys(b):
            self.cells.setdefault(key, []).append(b)

    def near(self, b: Box) -> list[Box]:
        seen: dict[int, Box] = {}
        for key in self._keys(b):
            for o in self.cells.get(key, ()):
                seen[id(o)] = o
        return list(seen.values())


def segment_hits_box(p: tuple[float, float], q: tuple[float, float], b: Box) -> bool:
    """Whether the segment p–q passes through the box (Liang–Barsky clipping)."""
    (x0, y0), (x1, y1) = p, q
    dx, dy = x1 - x0, y1 - y0
    lo, hi = 0.0, 1.0
    for step, dist in ((-dx, x0 - b[0]), (dx, b[2] - x0), (-dy, y0 - b[1]), (dy, b[3] - y0)):
        if step == 0:
            if dist < 0:
                return False
            continue
        t = dist / step
        if step < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo > hi:
            return False
    return True


# Costs, in order: a free spot, then a leader over another mark (a thin line over a dot), then a leader through
# another label (it misleads), then text over text or over a mark (it hides), then a spot outside the frame.
MARK_CROSSING_COST = 1e3
LEADER_CROSSING_COST = 1e5
MISLEADING_COST = 1e6  # a spot the caller says misleads (a place's name nearer another place's dot)
TEXT_OVER_TEXT_COST = 1e8  # plus the area overlapped


def _hits(a: Box, others: Sequence[Box]) -> bool:
    return any(min(a[2], o[2]) > max(a[0], o[0]) and min(a[3], o[3]) > max(a[1], o[1]) for o in others)


def _reach(seg) -> Box:
    return (min(seg[0][0], seg[1][0]), min(seg[0][1], seg[1][1]), max(seg[0][0], seg[1][0]), max(seg[0][1], seg[1][1]))


def _first_free(i, spots, box_of, frame, taken, leaders, segment, leader_of):
    """The first spot inside the frame that overlaps nothing and whose leader (if any) crosses nothing."""
    for spot in spots:
        box = box_of(i, spot)
        if not inside(box, frame) or _hits(box, taken.near(box)):
            continue
        if leader_of is not None:
            if any(segment_hits_box(*segment[id(lb)], box) for lb in leaders.near(box)):
                continue
            if (own := leader_of(i, spot, box)) is not None:
                if any(segment_hits_box(*own, o) for o in taken.near(_reach(own))):
                    continue
        return (0.0, spot, box)
    return None


def place_greedy(candidates: Sequence[Sequence[C]], box_of: Callable[[int, C], Box], frame: Box,
                 obstacles: Sequence[Box] = (), optional: Callable[[int], bool] = lambda i: False,
                 leader_of: Callable[[int, C, Box], tuple[tuple[float, float], tuple[float, float]] | None] | None = None,
                 quota: tuple[Callable[[int], bool], int] | None = None,
                 more: Callable[[int], Sequence[C]] | None = None,
                 misleads: Callable[[int, C, Box], bool] | None = None) -> list[Placement[C]]:
    """candidates[i] are label i's spots, best first; labels come in priority order. `leader_of(i, box)` gives
    the leader line label i needs at that spot and box (or None): a leader may not cross another label, nor a label a
    leader placed before it. `quota` (counted, n): once n labels that `counted` holds for are placed, the
    rest of them are left out without being tried (a label budget costs nothing beyond it). `more(i)`: further spots
    for a label that must be placed when none of its own costs nothing (tried in order, up to the first free one).
    `misleads(i, spot, box)`: a spot that would be read as another mark's label, taken only when all others are worse."""
    taken = _Grid()  # placed text and marks: no text over either
    texts = _Grid()  # placed text alone: what a leader may not cross
    marks = _Grid()  # marks alone: a leader over one costs a little
    for o in obstacles:
        taken.add(o)
        marks.add(o)
    leaders = _Grid()  # each placed leader's bounding box, so a spot is tested only against leaders near it
    segment: dict[int, tuple[tuple[float, float], tuple[float, float]]] = {}
    out: list[Placement[C]] = []
    budgeted = 0
    for i, spots in enumerate(candidates):
        if quota is not None and quota[0](i) and budgeted >= quota[1]:
            out.append(Placement(i, None, None, False))
            continue
        best: tuple[float, C, Box] | None = None
        if optional(i):  # only a spot that costs nothing will do: reject at the first sign of a cost
            best = _first_free(i, spots, box_of, frame, taken, leaders, segment, leader_of)
            if best is None:
                out.append(Placement(i, None, None, False))
                continue
            spots = ()

        def cost_of(spot: C, box: Box) -> float:
            hidden = overlap_area(box, taken.near(box))
            cost = (TEXT_OVER_TEXT_COST + hidden if hidden else 0.0) + (0 if inside(box, frame) else 1e12)
            if misleads is not None and misleads(i, spot, box):
                cost += MISLEADING_COST
            if leader_of is not None:
                cost += LEADER_CROSSING_COST * sum(1 for lb in leaders.near(box) if segment_hits_box(*segment[id(lb)], box))
                if (own := leader_of(i, spot, box)) is not None:
                    reach = _reach(own)
                    cost += LEADER_CROSSING_COST * sum(1 for o in texts.near(reach) if segment_hits_box(*own, o))
                    cost += MARK_CROSSING_COST * sum(1 for o in marks.near(reach) if segment_hits_box(*own, o))
            return cost

        for batch in (spots, None):
            if batch is None:  # none of the label's own spots was free: the extra ones, if it may have them
                if more is None or optional(i) or (best is not None and best[0] < LEADER_CROSSING_COST):
                    break
                batch = more(i)
            for spot in batch:
                box = box_of(i, spot)
                cost = cost_of(spot, box)
                if best is None or cost < best[0]:
                    best = (cost, spot, box)
                if cost == 0:
                    break
            if best is not None and best[0] < LEADER_CROSSING_COST:
                break
        if best is None:
            continue
        cost, spot, box = best
        if cost > 0 and optional(i):
            out.append(Placement(i, None, None, False))
            continue
        taken.add(box)
        texts.add(box)
        if quota is not None and quota[0](i):
            budgeted += 1
        if leader_of is not None and (own := leader_of(i, spot, box)) is not None:
            lb = _reach(own)
            segment[id(lb)] = own
            leaders.add(lb)
        out.append(Placement(i, spot, box, cost >= LEADER_CROSSING_COST))
    return out


# --- measuring for deck.gl: text boxes in screen pixels ----------------------------------------------

@lru_cache(maxsize=64)
def _font(size_px: int):
    from matplotlib import font_manager
    from PIL import ImageFont

    path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans", weight="bold"))
    return ImageFont.truetype(path, size_px)


@lru_cache(maxsize=65536)  # the placer asks for the same few texts at every candidate spot
def text_size_px(text: str, size_px: float, line_height: float = 1.15) -> tuple[float, float]:
    """Width and height of a (multi-line) label in DejaVu Sans Bold, the widest of the map's fonts."""
    font = _font(max(1, round(size_px)))
    lines = text.split("\n")
    width = max(font.getlength(line) for line in lines)
    return width, size_px * line_height * len(lines)


def mercator_px(lon: float, lat: float, zoom: float) -> tuple[float, float]:
    """deck.gl's Web Mercator: the world is 512 · 2^zoom pixels wide; y grows downwards."""
    scale = 512 * 2 ** zoom
    x = (lon + 180) / 360 * scale
    y = (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2 * scale
    return x, y


def lonlat_px(x: float, y: float, zoom: float) -> tuple[float, float]:
    """mercator_px's inverse: screen pixels at a zoom → (lon, lat)."""
    scale = 512 * 2 ** zoom
    lon = x / scale * 360 - 180
    lat = math.degrees(2 * math.atan(math.exp(math.pi * (1 - 2 * y / scale))) - math.pi / 2)
    return lon, lat


def leader_end(x: float, y: float, box: Box, min_px: float) -> tuple[float, float] | None:
    """Where a leader from the mark at (x, y) meets its label's box (the nearest point of the box), or None
    when the label already sits at the mark (closer than min_px)."""
    ex, ey = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
    return (ex, ey) if math.hypot(ex - x, ey - y) > min_px else None


def deck_box(x: float, y: float, offset: Sequence[float], anchor: str, size: tuple[float, float],
             pad: float = 2) -> Box:
    """The screen box of a TextLayer label (alignment baseline 'center') at a pixel offset."""
    w, h = size
    left = x + offset[0] - {"start": 0, "middle": w / 2, "end": w}[anchor]
    top = y + offset[1] - h / 2
    return (left - pad, top - pad, left + w + pad, top + h + pad)
