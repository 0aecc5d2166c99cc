"""A briefing as a picture, drawn on the server with matplotlib (no browser).

The picture uses the same rows as the dashboard's deck (one source of labels and
colours) and adds what a slide needs: title, the window in words, legend, scale
bar, north arrow, source line, attribution and export date. Labels are placed
greedily, most important first, each at the first candidate spot that overlaps
nothing already placed; area names that find no free spot are left out.
"""
from __future__ import annotations

import io
import math
import re
import textwrap
import warnings
from collections.abc import Sequence
from typing import Literal

import geopandas as gpd
import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox
from matplotlib_scalebar.scalebar import ScaleBar
from pyproj import Transformer
from shapely.geometry import LineString, Point, box

from ..view.briefing import Briefing, outside_frame
from ..claims import format_period
from ..view.furniture import EARTH_CIRCUMFERENCE_M
from ..view.layers import LegendItem, legend_items
from ..view.render import shorten
from ..view.palette import BORDER_COLOR, COUNTRY_FILLS, CROSSING_DAYS_COLOR, KIND_LABELS, ROUTE_COLOR, SELECTED_COLOR
from ..view.viewstate import MapState, fit_zoom
from .picture_labels import TO_MERCATOR, LabelReport, place_labels, picture_labels, rgb

Size = Literal["screen", "print"]
FIGSIZE_IN = (12.8, 7.2)  # 16:9, a slide's shape
DPI: dict[str, int] = {"screen": 150, "print": 300}  # 1920 × 1080 and 3840 × 2160
MAP_RECT = (0.012, 0.085, 0.735, 0.80)  # left, bottom, width, height (figure fraction)
PANEL_LEFT = 0.762
TO_LONLAT = Transformer.from_crs(3857, 4326, always_xy=True)
INK = "#28282f"
LEGEND_SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66)  # the legend's type, smaller only when it must be
QUOTE_CHARS = 240  # the panel's room; the full quote is in the slide's table and the data exports


def map_extent(lon: float, lat: float, zoom: float) -> tuple[float, float, float, float]:
    """The Web Mercator box the dashboard shows at this zoom, for the picture's map at screen size."""
    width_px = FIGSIZE_IN[0] * DPI["screen"] * MAP_RECT[2]
    height_px = FIGSIZE_IN[1] * DPI["screen"] * MAP_RECT[3]
    per_px = EARTH_CIRCUMFERENCE_M / (512 * 2 ** zoom)  # projected metres
    x, y = TO_MERCATOR.transform(lon, lat)
    return (x - width_px / 2 * per_px, y - height_px / 2 * per_px, x + width_px / 2 * per_px, y + height_px / 2 * per_px)


def picture_zoom(state: MapState) -> float:
    """The zoom at which the picture's map holds the whole frame the analyst saw (state.px), not just
    its centre: a small screen's frame is shown larger, a wide screen's smaller."""
    map_px = (FIGSIZE_IN[0] * DPI["screen"] * MAP_RECT[2], FIGSIZE_IN[1] * DPI["screen"] * MAP_RECT[3])
    return fit_zoom(state.zoom, state.px, map_px)


def _draw_layers(ax, b: Briefing, countries_m: gpd.GeoDataFrame) -> tuple[list[tuple[float, float]], list]:
    """Borders, roads, flows, highlight and marks; returns the mark positions (they block labels) and every mark
    and line drawn (Web Mercator points and lines: what a leader may lead to)."""
    rows = b.map.layers.rows
    if b.state.layers.borders:
        fills = [rgb(COUNTRY_FILLS[i % len(COUNTRY_FILLS)]) for i in range(len(countries_m))]
        countries_m.plot(ax=ax, color=fills, edgecolor=rgb(BORDER_COLOR), linewidth=0.8, zorder=1)

    def paths(rs: list[dict]) -> list[list[tuple[float, float]]]:
        return [list(zip(*TO_MERCATOR.transform(*zip(*r["path"])))) for r in rs]

    if rows["routes"]:
        ax.add_collection(LineCollection(paths(rows["routes"]), colors=[rgb(ROUTE_COLOR)], linewidths=1.8,
                                         zorder=2, capstyle="round"))
    sel_paths = [r for r in rows["selected"] if "path" in r]
    if sel_paths:
        ax.add_collection(LineCollection(paths(sel_paths), colors=[rgb(SELECTED_COLOR[:3] + [170])],
                                         linewidths=[r["width"] * 1.1 for r in sel_paths], zorder=3, capstyle="round"))
    if rows["flows"]:
        ax.add_collection(LineCollection(paths(rows["flows"]), colors=[rgb(r["color"]) for r in rows["flows"]],
                                         linewidths=[r["width"] * 0.9 for r in rows["flows"]], alpha=0.85, zorder=4,
                                         capstyle="round"))
    marks: list[tuple[float, float]] = []
    if rows["places"]:
        xs, ys = TO_MERCATOR.transform([r["position"][0] for r in rows["places"]],
                                       [r["position"][1] for r in rows["places"]])
        ax.scatter(xs, ys, s=38, facecolor=[rgb(r["fill"]) for r in rows["places"]], edgecolor=INK,
                   linewidth=1.3, zorder=5)
        marks += list(zip(xs, ys))
    if rows.get("groups"):  # largest first, as on the screen; area in points² follows the screen's radius
        ordered = sorted(rows["groups"], key=lambda r: -r["radius"])
        xs, ys = TO_MERCATOR.transform([r["position"][0] for r in ordered], [r["position"][1] for r in ordered])
        ax.scatter(xs, ys, s=[(r["radius"] * 0.75 * 2) ** 2 for r in ordered], facecolor=[rgb(r["color"]) for r in ordered],
                   edgecolor="white", linewidth=1.2, zorder=5.2)
        marks += list(zip(xs, ys))
    if rows.get("log_flows"):  # schematic lines towards the place a log names, under the rings
        ax.add_collection(LineCollection(paths(rows["log_flows"]), colors=[rgb(r["color"]) for r in rows["log_flows"]],
                                         linewidths=[r["width"] * 0.9 for r in rows["log_flows"]], zorder=4.1,
                                         capstyle="round"))
    if rows.get("logs"):  # rings, as on the screen: a log's figure is not a claim
        ordered = sorted(rows["logs"], key=lambda r: -r["radius"])
        xs, ys = TO_MERCATOR.transform([r["position"][0] for r in ordered], [r["position"][1] for r in ordered])
        ax.scatter(xs, ys, s=[(r["radius"] * 0.75 * 2) ** 2 for r in ordered], facecolor=[rgb(r["fill"]) for r in ordered],
                   edgecolor=[rgb(r["color"]) for r in ordered], linewidth=2.2, zorder=5.3)
        marks += list(zip(xs, ys))
    if rows["crossing_days"]:
        for r in rows["crossing_days"]:
            x, y = TO_MERCATOR.transform(*r["position"])
            ax.scatter([x], [y], s=110, facecolor=rgb(CROSSING_DAYS_COLOR), edgecolor="white", linewidth=2, zorder=5.5)
            marks.append((x, y))
    lines = [LineString(p) for key in ("routes", "flows", "log_flows") if rows.get(key)
             for p in paths(rows[key]) if len(p) > 1]
    return marks, [Point(xy) for xy in marks] + lines


def _legend_panel(fig: Figure, items: Sequence[LegendItem], b: Briefing, outside: list[str]) -> None:
    """The legend and notes down the right side, in smaller type when a corpus's legend would run past the
    panel's foot (nothing of it is ever cut off)."""
    for scale in LEGEND_SCALES:
        ax, bottom = _legend_at(fig, items, b, outside, scale)
        if bottom >= 0 or scale == LEGEND_SCALES[-1]:
            return
        ax.remove()


def _legend_at(fig: Figure, items: Sequence[LegendItem], b: Briefing, outside: list[str], scale: float):
    """The panel laid out in points from the top at `scale`; returns it and where its last line ends (axes
    fraction: below 0, it ran past the foot)."""
    ax = fig.add_axes((PANEL_LEFT, MAP_RECT[1], 1 - PANEL_LEFT - 0.01, MAP_RECT[3]))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    panel_h_pt = FIGSIZE_IN[1] * 72 * MAP_RECT[3]
    y = 1.0

    def line(n_lines: int, size: float) -> float:
        return n_lines * size * 1.3 / panel_h_pt

    def write(text: str, size: float, *, x: float = 0.0, width: int = 44, **kw) -> None:
        nonlocal y
        size, width = size * scale, int(width / scale)
        wrapped = textwrap.fill(text, width)
        ax.text(x, y, wrapped, fontsize=size, va="top", ha="left", transform=ax.transAxes, linespacing=1.2, **kw)
        y -= line(wrapped.count("\n") + 1, size) + 0.008

    write("Legend", 12, fontweight="bold", color=INK)
    for it in items:
        c = rgb(it.color)
        sy = y - line(1, 9.5 * scale) / 2
        if it.shape == "line":
            ax.add_line(Line2D([0.0, 0.08], [sy, sy], color=c, linewidth=3, transform=ax.transAxes))
        elif it.shape == "dot":
            ax.plot([0.04], [sy], marker="o", markersize=7, color=c, transform=ax.transAxes)
        elif it.shape == "text":  # claims are coloured labels on the map: the legend shows one
            ax.text(0.01, sy, "Aa", fontsize=9.5, fontweight="bold", color=c, va="center", ha="left",
                    transform=ax.transAxes)
        else:
            ax.add_patch(Rectangle((0.01, sy - 0.008), 0.06, 0.016, transform=ax.transAxes,
                                   facecolor="#fafaf6", edgecolor=c, linewidth=1.6))
        write(it.label, 9.5, x=0.11, width=33, color=INK)
        if it.note:
            write(it.note, 8, x=0.11, width=40, color="#666666")
    y -= 0.01
    write("Period totals are shown whole, never split into days. "
          "Undated claims are not on the map.", 8.5, color="#444444", width=40, style="italic")
    if outside:
        write("Outside this frame: " + "; ".join(outside), 8.5, color="#444444", width=40)
    if b.selected is not None:
        c = b.selected
        y -= 0.01
        write("Highlighted claim", 10, fontweight="bold", color=INK)
        quote = shorten(c.quote, QUOTE_CHARS)
        write(f"“{quote}”", 8.5, width=40, color=INK, style="italic")
        write(f"Claimed by {c.claimant}; {format_period(c)}; {KIND_LABELS[c.kind]}.", 8, width=44, color="#555555")
    return ax, y


def _north_arrow(ax) -> None:
    ax.annotate("N", xy=(0.965, 0.955), xytext=(0.965, 0.875), xycoords="axes fraction", ha="center", va="center",
                fontsize=13, fontweight="bold", color=INK, zorder=8,
                arrowprops=dict(arrowstyle="-|>,head_width=0.45,head_length=0.9", color=INK, lw=2))


def draw(b: Briefing, countries: gpd.GeoDataFrame, *, dpi: int = DPI["screen"], subtitle: str | None = None,
         stamp_room: bool = False) -> tuple[Figure, LabelReport]:
    """The briefing's figure. `stamp_room` keeps the map's top-left corner free of labels, for the
    date that playback writes on each frame. Every text is plain: a '$' in an outlet or a quote ("fee $5 to $6")
    is a dollar sign, never matplotlib's mathtext."""
    with matplotlib.rc_context({"text.parse_math": False}), warnings.catch_warnings():
        # a tab or another control character in data has no glyph: measured as is, then drawn as a space below
        warnings.filterwarnings("ignore", message=r"Glyph (?:[0-9]|[12][0-9]|3[01]|127) \(")
        fig, report = _draw(b, countries, dpi, subtitle, stamp_room)
    for text in fig.findobj(Text):
        plain = _CONTROL.sub(" ", text.get_text())
        if plain != text.get_text():
            text.set_text(plain)
    return fig, report


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")  # newlines stay: wrapped lines are drawn with them


def _draw(b: Briefing, countries: gpd.GeoDataFrame, dpi: int, subtitle: str | None,
          stamp_room: bool) -> tuple[Figure, LabelReport]:
    fig = Figure(figsize=FIGSIZE_IN, dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)  # no pyplot, no display: safe in a server thread
    ax = fig.add_axes(MAP_RECT)
    x0, y0, x1, y1 = map_extent(b.state.lon, b.state.lat, picture_zoom(b.state))
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal", adjustable="box")
    ax.set_axis_off()
    ax.add_patch(Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor="#e9eef2", zorder=0))
    ax.add_patch(Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor="none", edgecolor="#9a9aa5", lw=1,
                           zorder=10))
    (lon0, lat0), (lon1, lat1) = TO_LONLAT.transform(x0, y0), TO_LONLAT.transform(x1, y1)
    extent_lonlat = (lon0, lat0, lon1, lat1)
    countries_m = countries.clip(box(lon0 - 1, lat0 - 1, lon1 + 1, lat1 + 1)).to_crs(3857)
    marks, drawn = _draw_layers(ax, b, countries_m)
    # Mercator stretches distance by 1/cos(latitude): the bar is true at the centre of the map.
    ax.add_artist(ScaleBar(math.cos(math.radians(b.state.lat)), units="m", location="lower left",
                           length_fraction=0.18, box_alpha=0.85, font_properties={"size": 10}, border_pad=0.8))
    _north_arrow(ax)
    fig.text(0.012, 0.958, b.title, fontsize=21, fontweight="bold", color=INK, va="center")
    shown = len(b.shown)
    _fitted(fig, 0.012, 0.912, subtitle or f"{b.window_text} · {shown:,} dated claim{'s' if shown != 1 else ''} in the "
                                       f"window, {len(b.map.result.undated):,} undated not mapped"
                                       + (f" · grouped into {len(b.map.layers.groups):,} marks, figures never added up"
                                          if b.map.layers.groups else "")
                                       + (f" · logs at {len(b.map.layers.rows['logs']):,} "
                                          f"checkpoint{'s' if len(b.map.layers.rows['logs']) != 1 else ''}"
                                          if b.map.layers.rows.get("logs") else ""),
            sizes=(12.5, 11.5, 10.5, 9.5), color="#3a3a44", va="center")
    _source_text(fig, b.source_line)
    fig.text(0.012, 0.02, f"{b.attribution} · {b.exported}", fontsize=8.5, color="#666666", va="center")
    # the legend of what this picture's frame holds (it may show a margin more than the screen did)
    _legend_panel(fig, legend_items(b.state.layers, b.map.layers.rows, extent_lonlat), b, outside_frame(b, extent_lonlat))
    renderer = fig.canvas.get_renderer()
    obstacles = []
    for x, y in marks:
        px, py = ax.transData.transform((x, y))
        r = 5 * dpi / 100
        obstacles.append(Bbox.from_extents(px - r, py - r, px + r, py + r))
    for artist in ax.artists:  # the scale bar: labels keep off it (its extent is known once it has drawn)
        if isinstance(artist, ScaleBar):
            artist.draw(renderer)
            obstacles.append(artist.info.window_extent)
    if stamp_room:
        frame = ax.get_window_extent(renderer)
        obstacles.append(Bbox.from_extents(frame.x0, frame.y1 - frame.height * 0.1, frame.x0 + frame.width * 0.3,
                                           frame.y1))
    report = place_labels(fig, ax, picture_labels(b, extent_lonlat, countries), obstacles, drawn)
    return fig, report


def _fitted(fig: Figure, x: float, y: float, text: str, sizes: tuple[float, ...], **kw) -> None:
    """One line of text at the largest of `sizes` that fits the picture's width (the smallest otherwise)."""
    renderer = fig.canvas.get_renderer()
    width = fig.get_window_extent(renderer).width * (0.988 - x)
    for size in sizes:
        t = fig.text(x, y, text, fontsize=size, **kw)
        if t.get_window_extent(renderer).width <= width or size == sizes[-1]:
            return
        t.remove()


def _source_text(fig: Figure, text: str, y: float = 0.048, most: float = MAP_RECT[2]) -> None:
    """The source line, whole, under the map (the legend's foot may reach down beside it): smaller type first,
    then two lines; a line too long even then loses the middle of what it cites ("…"), never its end, where the
    disclaimer and the logs are."""
    renderer = fig.canvas.get_renderer()
    width = fig.get_window_extent(renderer).width * most

    def fits(line: str, size: float) -> bool:
        t = fig.text(0, 0, line, fontsize=size, fontweight="bold")
        wide = t.get_window_extent(renderer).width
        t.remove()
        return wide <= width

    for size in (11, 10, 9):
        if fits(text, size):
            fig.text(0.012, y, text, fontsize=size, fontweight="bold", color=INK, va="center")
            return
    head, sep, tail = text.partition(" — ")
    while True:
        words = (head + sep + tail).split(" ")
        for cut in range(len(words) - 1, 0, -1):  # the longest first line that fits, the rest below
            first, rest = " ".join(words[:cut]), " ".join(words[cut:])
            if fits(first, 9) and fits(rest, 9):
                fig.text(0.012, y + 0.011, first, fontsize=9, fontweight="bold", color=INK, va="center")
                fig.text(0.012, y - 0.008, rest, fontsize=9, fontweight="bold", color=INK, va="center")
                return
            if fits(first, 9):
                break  # the rest is too long for one line: shorten what is cited
        if len(head) < 20:
            fig.text(0.012, y, (head + sep + tail)[:200], fontsize=9, fontweight="bold", color=INK, va="center")
            return
        head = head[: int(len(head) * 0.8)].rstrip(" ;,…") + "…"


def render_png(b: Briefing, countries: gpd.GeoDataFrame, size: Size = "screen") -> bytes:
    if size not in DPI:
        raise ValueError(f"unknown picture size {size!r}; choose screen (1920×1080) or print (3840×2160)")
    fig, _ = draw(b, countries, dpi=DPI[size])
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI[size], metadata={"Title": b.title, "Source": b.source_line})
    return buf.getvalue()
