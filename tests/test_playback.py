"""Playback frames follow the window rules day by day; the GIF has one dated frame per day."""
from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from geo.view.briefing import build_briefing
from geo.model import Window
from geo.view.playback import frame_key, frame_window, next_day, playback_days, playback_gif, stamp_text
from geo.view.viewstate import MapState

AUG = Window(date(2021, 8, 8), date(2021, 8, 12))


def shown_on(ds, countries, day: date, mode="day", window=AUG) -> dict[str, object]:
    b = build_briefing(ds, countries, MapState(window=frame_window(day, window, mode)))
    return {s.claim.claim_id: s for s in b.shown}


@pytest.mark.parametrize("mode, day, expected", [
    ("day", date(2021, 8, 10), Window(date(2021, 8, 10), date(2021, 8, 10))),
    ("cumulative", date(2021, 8, 10), Window(date(2021, 8, 8), date(2021, 8, 10))),
])
def test_frame_window(mode, day, expected):
    assert frame_window(day, AUG, mode) == expected


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="playback mode"):
        frame_window(date(2021, 8, 10), AUG, "weekly")  # type: ignore[arg-type]


def test_days_and_stepping():
    assert playback_days(AUG) == [date(2021, 8, d) for d in range(8, 13)]
    assert next_day(date(2021, 8, 11), AUG) == date(2021, 8, 12)
    assert next_day(date(2021, 8, 12), AUG) is None  # the end stops playback


def test_too_long_a_window_is_refused():
    with pytest.raises(ValueError, match="at most"):
        playback_days(Window(date(2000, 1, 1), date(2021, 1, 1)))


def test_period_claims_appear_as_their_period_begins(ds, countries):
    before = shown_on(ds, countries, date(2021, 8, 10))
    first = shown_on(ds, countries, date(2021, 8, 11))
    assert "trend-c09" not in before  # 58 trucks, 11 Aug – 10 Sep
    assert first["trend-c09"].claim.count == 58  # the whole period's total, never a day's share
    assert first["trend-c09"].ends_after  # and it says the period runs on past this frame


def test_listed_days_show_on_their_day_only(ds, countries):
    window = Window(date(2021, 8, 3), date(2021, 8, 9))
    on = shown_on(ds, countries, date(2021, 8, 7), window=window)
    off = shown_on(ds, countries, date(2021, 8, 8), window=window)
    assert on["trend-c04"].days_in_window == (date(2021, 8, 7),)
    assert "trend-c04" not in off


def test_cumulative_mode_keeps_earlier_days(ds, countries):
    window = Window(date(2021, 8, 3), date(2021, 8, 9))
    seen = shown_on(ds, countries, date(2021, 8, 8), mode="cumulative", window=window)
    assert seen["trend-c04"].days_in_window == tuple(date(2021, 8, d) for d in (3, 4, 5, 6, 7))


def test_gif_has_a_dated_frame_per_day(ds, countries):
    data = playback_gif(ds, countries, MapState(window=AUG), ms_per_day=300, hold_last_ms=2000)
    gif = Image.open(io.BytesIO(data))
    assert gif.format == "GIF" and gif.n_frames == 5 and gif.size == (960, 540)
    durations = []
    for i in range(gif.n_frames):
        gif.seek(i)
        durations.append(gif.info["duration"])
    assert durations == [300, 300, 300, 300, 2000]
    assert stamp_text(date(2021, 8, 8), "day", AUG) == "8 Aug 2021"
    assert stamp_text(date(2021, 8, 10), "cumulative", AUG) == "8 Aug – 10 Aug 2021"


def test_frames_differ_in_their_date_even_when_the_claims_do_not(ds, countries):
    """Frames with equal claims are drawn once; the date written on each still differs."""
    data = playback_gif(ds, countries, MapState(window=Window(date(2021, 8, 9), date(2021, 8, 10))))
    gif = Image.open(io.BytesIO(data))
    frames = []
    for i in range(gif.n_frames):
        gif.seek(i)
        frames.append(gif.convert("RGB").tobytes())
    keys = {frame_key(build_briefing(ds, countries, MapState(window=Window(d, d))))
            for d in (date(2021, 8, 9), date(2021, 8, 10))}
    assert len(keys) == 1 and frames[0] != frames[1]
