"""Playback: the window stepped through time one day at a time, and an animated GIF of it.

Each frame is an ordinary window, so the window rules hold frame by frame: a listed
crossing day shows on its day, a period total appears as its period begins and is
never split into days. Frames that would show the same claims are drawn once and
only the date is written on each copy.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

import geopandas as gpd
from matplotlib import font_manager
from PIL import Image, ImageDraw, ImageFont

from .briefing import Briefing, build_briefing
from ..model import Dataset, Window
from ..export.picture import MAP_RECT, draw
from .viewstate import MapState

Mode = Literal["day", "cumulative"]
MODES: dict[str, str] = {"day": "that day only", "cumulative": "from the window's start to that day"}
GIF_DPI = 75  # 960 × 540: small enough for a slide, large enough to read
MAX_FRAMES = 1000


def playback_days(window: Window) -> list[date]:
    days = (window.end - window.start).days + 1
    if days > MAX_FRAMES:
        raise ValueError(f"the window has {days} days; playback takes at most {MAX_FRAMES}")
    return [window.start + timedelta(days=i) for i in range(days)]


def frame_window(day: date, window: Window, mode: Mode) -> Window:
    if mode not in MODES:
        raise ValueError(f"unknown playback mode {mode!r}; choose {' or '.join(MODES)}")
    return Window(day, day) if mode == "day" else Window(window.start, day)


def next_day(day: date, window: Window) -> date | None:
    """The day after, or None when playback has reached the window's end."""
    return day + timedelta(days=1) if day < window.end else None


def frame_key(b: Briefing) -> tuple:
    """Two frames look alike when they show the same claims cut the same way, and the same logged figures."""
    return (tuple((s.claim.claim_id, s.days_in_window, s.clipped) for s in b.shown),
            tuple(r["full"] for r in b.map.layers.rows.get("logs", [])))


def stamp_text(day: date, mode: Mode, window: Window) -> str:
    return f"{day.day} {day:%b %Y}" if mode == "day" else f"{window.start.day} {window.start:%b} – {day.day} {day:%b %Y}"


@lru_cache(maxsize=2)
def _font(size: int) -> ImageFont.FreeTypeFont:
    path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans", weight="bold"))
    return ImageFont.truetype(path, size)


def _nearest(palette: list[int], rgb: tuple[int, int, int]) -> int:
    entries = [tuple(palette[i:i + 3]) for i in range(0, len(palette), 3)]
    return min(range(len(entries)), key=lambda i: sum((a - b) ** 2 for a, b in zip(entries[i], rgb)))


def _stamp(image: Image.Image, text: str) -> Image.Image:
    """The frame's date, large, in the map's top-left corner (where the picture leaves room for it).
    Drawn on the already-quantized frame with its own darkest and white entries, so each distinct
    picture is quantized once, not once per day."""
    out = image.copy()
    w, h = out.size
    x = int(w * (MAP_RECT[0] + 0.012))
    y = int(h * (1 - MAP_RECT[1] - MAP_RECT[3] + 0.015))
    palette = out.getpalette() or []
    ink, white = _nearest(palette, (40, 40, 47)), _nearest(palette, (255, 255, 255))
    ImageDraw.Draw(out).text((x, y), text, font=_font(max(14, h // 22)), fill=ink,
                             stroke_width=max(2, h // 270), stroke_fill=white)
    return out


def _render(b: Briefing, countries: gpd.GeoDataFrame) -> Image.Image:
    fig, _ = draw(b, countries, dpi=GIF_DPI, subtitle="Playback: the date on each frame is the window shown",
                  stamp_room=True)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=GIF_DPI)
    return Image.open(buf).convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT)


def frames(ds: Dataset, countries: gpd.GeoDataFrame, state: MapState,
           mode: Mode = "day", logs=None) -> Iterator[tuple[date, Image.Image]]:
    """`logs`: the store's DailyCube, so that each frame shows the logged figures of its own window."""
    drawn: dict[tuple, Image.Image] = {}
    for day in playback_days(state.window):
        window = frame_window(day, state.window, mode)
        b = build_briefing(ds, countries, replace(state, window=window), logs=logs)
        key = frame_key(b)
        if key not in drawn:
            drawn[key] = _render(b, countries)
        yield day, _stamp(drawn[key], stamp_text(day, mode, state.window))


def playback_gif(ds: Dataset, countries: gpd.GeoDataFrame, state: MapState, *, mode: Mode = "day",
                 ms_per_day: int = 400, hold_last_ms: int = 2500, logs=None) -> bytes:
    """An animated GIF, one frame per day of the state's window, looping; the last frame holds."""
    images = [img for _, img in frames(ds, countries, state, mode, logs)]
    durations = [ms_per_day] * (len(images) - 1) + [hold_last_ms]
    buf = io.BytesIO()
    images[0].save(buf, format="GIF", save_all=True, append_images=images[1:], duration=durations, loop=0,
                   optimize=False, disposal=1)
    return buf.getvalue()
