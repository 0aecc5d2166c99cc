"""The picture's labels: which texts (from the deck's rows), where they may sit, and their placement with
leader lines, measured by matplotlib's own renderer.

A label sits at the first spot that overlaps nothing (geo.view.declutter). A label away from its mark gets a
leader line, drawn from the edge of the mark to the nearest point of the label's text (never to its middle); a
leader may not cross another label's text, nor a label a leader placed before it; and a leader is drawn only to
something the picture draws there (a dot, a ring, a line), never to an empty spot.
"""
from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

import geopandas as gpd
from matplotlib import patheffects
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.transforms import Bbox
from pyproj import Transformer
from shapely import STRtree
from shapely.geometry import LineString, Point, box

from ..view.briefing import Briefing
from ..view.declutter import Box, leader_end, place_greedy
from ..view.palette import AREA_LABEL_COLOR, COUNTRY_LABEL_COLOR, CROSSING_DAYS_COLOR, PLACE_COLOR

TO_MERCATOR = Transformer.from_crs(4326, 3857, always_xy=True)
HALO = [patheffects.withStroke(linewidth=3.2, foreground="white")]
LEADER_FROM_PT = 12.0  # a label whose text is further than this from its mark gets a leader line
LEADER_COLOR = "#77777f"
INK = "#28282f"
Segment = tuple[tuple[float, float], tuple[float, float]]


def rgb(color: Sequence[int]) -> tuple[float, ...]:
    return tuple(c / 255 for c in color[:3]) + ((color[3] / 255,) if len(color) > 3 else (1.0,))


@dataclass
class LabelReport:
    """What the placer did, so tests can hold it to 'nothing overlapping'."""

    placed: list[tuple[str, Bbox]] = field(default_factory=list)  # each label's text box (display pixels)
    dropped: list[str] = field(default_factory=list)
    overlapping: list[str] = field(default_factory=list)
    leaders: list[tuple[str, Segment]] = field(default_factory=list)  # (label, mark edge → text), display pixels
    frame: Bbox | None = None  # the map's frame, display pixels
    dots: list[tuple[float, float]] = field(default_factory=list)  # hollow dots drawn for a leader (Web Mercator)
    anchors: list[tuple[float, float] | None] = field(default_factory=list)  # per placed label: its mark (display
    # pixels), None for a name that never has a leader (countries, areas)


@dataclass(frozen=True)
class _Label:
    text: str
    xy: tuple[float, float]  # Web Mercator
    candidates: tuple[tuple[float, float, str, str], ...]  # (dx pt, dy pt, ha, va)
    size: float
    color: tuple[float, ...]
    weight: str = "bold"
    optional: bool = False  # may be left out when no spot is free
    boxed: bool = False  # the selected claim
    own_dot: bool = False  # a place's name: it must sit nearer its own dot than any other
    anchors: tuple[tuple[float, float], ...] = ()  # other points the label may sit at (country names)
    leader_from: float = LEADER_FROM_PT  # points from the mark beyond which a leader is drawn (inf: never)


def _around(gap: float) -> tuple[tuple[float, float, str, str], ...]:
    """Spots around a point: right, left, above, below, the diagonals, then the same further out
    (far spots get a leader line)."""
    spots = []
    for g in (gap, 2.2 * gap, 3.4 * gap):
        spots += [(g, 0, "left", "center"), (-g, 0, "right", "center"), (0, g, "center", "bottom"),
                  (0, -g, "center", "top"), (g, g, "left", "bottom"), (-g, g, "right", "bottom"),
                  (g, -g, "left", "top"), (-g, -g, "right", "top")]
    return tuple(spots)


def _from_deck(offset: Sequence[float], anchor: str, line: float) -> tuple[tuple[float, float, str, str], ...]:
    """The dashboard's spot first (deck offsets are pixels, y down), then steps up and down from it."""
    ha = {"start": "left", "end": "right", "middle": "center"}[anchor]
    dx, dy = offset[0] * 0.75, -offset[1] * 0.75
    spots = [(dx, dy, ha, "center")]
    for k in range(1, 9):
        spots += [(dx, dy + k * line, ha, "center"), (dx, dy - k * line, ha, "center")]
    other = {"left": "right", "right": "left", "center": "center"}[ha]
    spots += [(-dx, dy + k * line, other, "center") for k in range(0, 6)]
    return tuple(spots) + _FAR


def _ring(radii: Sequence[float]) -> tuple[tuple[float, float, str, str], ...]:
    """Spots further out in twelve directions, the text turned away from its mark: room for a crowded place's
    labels, each with its leader."""
    spots = []
    for r in radii:
        for k in range(12):
            a = math.radians(30 * k)
            x, y = r * math.cos(a), r * math.sin(a)
            ha = "left" if x > 1 else "right" if x < -1 else "center"
            va = "bottom" if y > 1 else "top" if y < -1 else "center"
            spots.append((round(x, 1), round(y, 1), ha, va))
    return tuple(spots)


_FAR = _ring((40, 70, 110, 160, 220, 300))


def _grid(step: float = 24, reach: float = 480) -> tuple[tuple[float, float, str, str], ...]:
    """Every spot on a grid around the mark, nearest first: the last resort of a label that must be placed and
    found no free spot of its own (its leader finds the way between the others)."""
    n = int(reach // step)
    spots = []
    for i in range(-n, n + 1):
        for j in range(-n, n + 1):
            x, y = i * step, j * step
            if math.hypot(x, y) < 30:
                continue
            ha = "left" if x > 0 else "right" if x < 0 else "center"
            va = "bottom" if y > 0 else "top" if y < 0 else "center"
            spots.append((x, y, ha, va))
    return tuple(sorted(spots, key=lambda s: math.hypot(s[0], s[1])))


_GRID = _grid()


def picture_labels(b: Briefing, extent_lonlat: tuple[float, float, float, float],
                   countries: gpd.GeoDataFrame) -> list[_Label]:
    rows = b.map.layers.rows
    selected = b.state.claim
    out: list[_Label] = []
    # Place names first, next to their dots; claim labels then find room around them.
    # The picture has room of its own: labels the narrow screen had to leave out are placed here again.
    for r in rows["places"]:
        out.append(_Label(r.get("hidden_label") or r["label"], tuple(TO_MERCATOR.transform(*r["position"])),
                          _around(7) if r["anchor"] == "start" else _around(7)[1:2] + _around(7),
                          11, rgb(PLACE_COLOR), own_dot=True))
    # the listed crossing days next: one dot in a crowded corridor, whose leader needs the first way out
    for r in rows["crossing_days"]:
        out.append(_Label(r.get("hidden_label") or r["label"], tuple(TO_MERCATOR.transform(*r["position"])),
                          _from_deck(r["offset"], r["anchor"], 13), 9.5, rgb(CROSSING_DAYS_COLOR),
                          boxed=r["claim_id"] == selected))
    for r in rows["flows"]:
        if not r["label"]:
            continue  # a grouped map's line over the label budget: its mark is drawn, its label is not
        out.append(_Label(r["label"], tuple(TO_MERCATOR.transform(*r["position"])),
                          _from_deck(r["offset"], r["anchor"], 13), 10, rgb(r["color"]),
                          boxed=selected in r.get("claim_ids", ()),
                          optional="group_id" in r))
    for r in rows.get("groups", []):  # the labels the map shows (its budget); never over another label
        if r["label"]:
            out.append(_Label(r["label"], tuple(TO_MERCATOR.transform(*r["position"])),
                              _from_deck(r["offset"], r["anchor"], 13), 9.5, rgb(r["color"]), optional=True))
    for r in rows.get("logs", []):  # a log's figure in its short form; left out rather than over the frame's edge
        text = r["short"].replace(" · ", "\n", 1)
        out.append(_Label(text, tuple(TO_MERCATOR.transform(*r["position"])),
                          _from_deck(r["offset"], r["anchor"], 13) + _around(r["radius"] * 0.75 + 4), 9.5,
                          rgb(r["color"]), optional=True))
    for r in rows["claims"] + rows.get("unlabelled", []):
        out.append(_Label(r["label"], tuple(TO_MERCATOR.transform(*r["position"])),
                          _from_deck(r["offset"], r["anchor"], 12), 9.5, rgb(r["color"]),
                          boxed=r["claim_id"] == selected))
    for r in rows["areas"]:
        out.append(_Label(r["label"], tuple(TO_MERCATOR.transform(*r["position"])),
                          ((0, 0, "center", "center"), (0, 14, "center", "center"), (0, -14, "center", "center")),
                          10, rgb(AREA_LABEL_COLOR[:3] + [255]), weight="normal", optional=True, leader_from=math.inf))
    frame = box(*extent_lonlat)
    for name, geom in zip(countries["name"], countries.geometry):
        part = geom.intersection(frame)
        if part.is_empty or part.area < 0.02 * frame.area / 6:
            continue
        pt = part.representative_point()
        out.append(_Label(str(name).upper(), TO_MERCATOR.transform(pt.x, pt.y), ((0, 0, "center", "center"),),
                          13, rgb(COUNTRY_LABEL_COLOR), weight="bold", optional=True, leader_from=math.inf,
                          anchors=tuple(TO_MERCATOR.transform(p.x, p.y) for p in _inside_points(part, pt))))
    return out


def _inside_points(area, first, steps: int = 7) -> list:
    """Points inside an area on a coarse grid, nearest the representative point first."""
    x0, y0, x1, y1 = area.bounds
    grid = [Point(x0 + (x1 - x0) * (i + 0.5) / steps, y0 + (y1 - y0) * (j + 0.5) / steps)
            for i in range(steps) for j in range(steps)]
    return sorted((p for p in grid if area.contains(p)), key=first.distance)


def _texts(lab: _Label) -> list[str]:
    """A label's text, then narrower forms of it: broken at its ' · ', then a long line broken between words."""
    out = [lab.text]
    if " · " in lab.text:
        out.append(lab.text.replace(" · ", "\n"))
    if lab.own_dot or not math.isfinite(lab.leader_from):
        return out  # names stay whole
    lines = out[-1].split("\n")
    longest = max(len(line) for line in lines)
    if longest > 30:  # the longest line (the claim's words) in two; the others stay as they are unless as long
        width = max(26, longest // 2 + 4)
        out.append("\n".join(textwrap.fill(line, width) if len(line) > width else line for line in lines))
    return out


def place_labels(fig: Figure, ax, labels: Sequence[_Label], obstacles: list[Bbox],
                 drawn: Sequence[Point | LineString]) -> LabelReport:
    """Greedy placement (geo.view.declutter) measured with matplotlib's own renderer; `drawn` holds the marks
    and lines the picture drew (Web Mercator), the only things a leader may start at."""
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    pad = 2 * fig.dpi / 100
    mark_half = 5 * fig.dpi / 100  # half the side of a mark's box among the obstacles (see picture._draw)
    to_px = ax.transData.transform
    in_frame = [lab for lab in labels if frame.contains(*to_px(lab.xy))]  # others: panel note
    anns = [ax.annotate(lab.text, xy=lab.xy, xytext=(0, 0), textcoords="offset points", fontsize=lab.size,
                        color=lab.color, fontweight=lab.weight, path_effects=HALO, zorder=6, linespacing=1.15,
                        annotation_clip=False,
                        bbox=dict(boxstyle="round,pad=0.25", fc="#fff6cc", ec="#ffc400", lw=1.5) if lab.boxed else None)
            for lab in in_frame]
    marks = STRtree(list(drawn))
    mercator_per_px = abs(ax.transData.inverted().transform((1, 0))[0] - ax.transData.inverted().transform((0, 0))[0])

    def on_mark(xy: tuple[float, float]) -> bool:
        return len(marks.query(Point(xy), predicate="dwithin", distance=2 * mercator_per_px)) > 0

    drawn_at = [on_mark(lab.xy) for lab in in_frame]
    dots = [Point(to_px(lab.xy)) for lab in in_frame if lab.own_dot]  # the places' dots
    dot_tree = STRtree(dots)

    def misleads(i: int, spot: tuple, b: Box) -> bool:
        """A place's name nearer another dot than its own (and with no leader to say whose it is) would be read
        as that place's."""
        if not in_frame[i].own_dot or leader_of(i, spot, b) is not None:
            return False
        own, rect = Point(to_px(spot[1])), box(*b)
        reach = rect.distance(own)
        return any(dots[k].distance(own) > 1 and rect.distance(dots[k]) < reach - 0.5
                   for k in dot_tree.query(rect, predicate="dwithin", distance=reach))

    def spots(lab: _Label) -> list[tuple]:
        return [(text, xy, c) for text in _texts(lab) for xy in (lab.xy, *lab.anchors) for c in lab.candidates]

    def put(i: int, spot: tuple) -> None:
        text, xy, (dx, dy, ha, va) = spot
        ann = anns[i]
        ann.set_text(text)
        ann.xy = xy
        ann.xyann = (dx, dy)
        ann.set_ha(ha)
        ann.set_va(va)

    def box_of(i: int, spot: tuple) -> Box:
        put(i, spot)
        anns[i].update_positions(renderer)
        bb = Text.get_window_extent(anns[i], renderer).padded(pad * (3 if in_frame[i].boxed else 1))
        return (bb.x0, bb.y0, bb.x1, bb.y1)

    def leader_of(i: int, spot: tuple, b: Box) -> Segment | None:
        """From just outside the mark's own box to the nearest point of the text; None when the text is near."""
        lab = in_frame[i]
        if not math.isfinite(lab.leader_from):
            return None
        x, y = to_px(spot[1])
        end = leader_end(x, y, b, lab.leader_from * fig.dpi / 72)
        if end is None:
            return None
        ux, uy = end[0] - x, end[1] - y
        d = math.hypot(ux, uy)
        out = min(mark_half / abs(ux / d) if ux else math.inf, mark_half / abs(uy / d) if uy else math.inf) + 1
        return ((x + ux / d * out, y + uy / d * out), end)

    # every label's anchor keeps other labels' text off it (a name over the start of another label's leader would
    # be crossed by it); an anchor with nothing drawn there (a claim about a region, located at a point inside it)
    # gets a hollow dot, the legend's "approximate position", when its label needs a leader
    bare = [(x - mark_half, y - mark_half, x + mark_half, y + mark_half)
            for lab in in_frame if math.isfinite(lab.leader_from) for x, y in [to_px(lab.xy)]]
    placed = place_greedy([spots(lab) for lab in in_frame], box_of, (frame.x0, frame.y0, frame.x1, frame.y1),
                          [(o.x0, o.y0, o.x1, o.y1) for o in obstacles] + bare,
                          optional=lambda i: in_frame[i].optional, leader_of=leader_of, misleads=misleads,
                          more=lambda i: [(text, in_frame[i].xy, c) for c in _GRID
                                          for text in _texts(in_frame[i])[::-1]]
                          if math.isfinite(in_frame[i].leader_from) and not in_frame[i].own_dot else ())
    report = LabelReport(frame=frame)
    back = ax.transData.inverted().transform
    dotted: set[tuple[float, float]] = set()
    for p in placed:
        lab, ann = in_frame[p.index], anns[p.index]
        if p.choice is None:
            ann.remove()
            report.dropped.append(lab.text)
            continue
        put(p.index, p.choice)
        if (seg := leader_of(p.index, p.choice, p.box)) is not None:
            (x0, y0), (x1, y1) = back(seg[0]), back(seg[1])
            ax.add_line(Line2D([x0, x1], [y0, y1], color=LEADER_COLOR, lw=0.8, zorder=5.9, solid_capstyle="butt"))
            report.leaders.append((lab.text, seg))
            if not drawn_at[p.index] and p.choice[1] not in dotted:
                dotted.add(p.choice[1])
                ax.scatter([p.choice[1][0]], [p.choice[1][1]], s=38, facecolor="white", edgecolor=INK, linewidth=1.3,
                           zorder=5)
                report.dots.append(p.choice[1])
        if p.overlapping:
            report.overlapping.append(lab.text)
        report.placed.append((lab.text, Bbox.from_extents(*p.box)))
        report.anchors.append(tuple(to_px(p.choice[1])) if math.isfinite(lab.leader_from) else None)
    return report
