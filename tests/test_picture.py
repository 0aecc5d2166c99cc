"""The server-rendered picture: its size, its words, and labels that never overlap."""
from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from geo.view.briefing import build_briefing
from geo.claims import dated_span
from geo.model import Window
from geo.view.briefing import outside_frame
from geo.export.picture import DPI, draw, map_extent, render_png, TO_LONLAT
from geo.view.viewstate import MapState
from picture_checks import assert_clean_picture


@pytest.fixture(scope="module")
def full(ds, countries):
    return build_briefing(ds, countries, MapState(window=dated_span(ds.claims), claim="trend-c01"),
                          today=date(2026, 12, 1))


@pytest.mark.parametrize("size, pixels", [("screen", (1920, 1080)), ("print", (3840, 2160))])
def test_png_sizes(full, countries, size, pixels):
    png = render_png(full, countries, size)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == pixels
    assert image.info["Source"] == full.source_line  # the source travels with the file too


def test_unknown_size_is_refused(full, countries):
    with pytest.raises(ValueError, match="screen .* or print"):
        render_png(full, countries, "poster")  # type: ignore[arg-type]


def figure_text(fig) -> str:
    return "\n".join(t.get_text() for ax in fig.axes for t in ax.texts) + "\n" + "\n".join(t.get_text() for t in fig.texts)


def test_picture_carries_title_window_source_attribution_and_date(full, countries):
    fig, _ = draw(full, countries)
    text = figure_text(fig)
    for needle in ("Crossings and movements, as reported", "11 July – 10 September 2021",
                   "Source: Trend, Sep–Dec 2021 — as reported, not independently verified.",
                   "Natural Earth", "GeoNames", "Exported 1 Dec 2026", "Legend"):
        assert needle in text, needle
    # the north arrow's "N" is a text of its own, not the N of "Natural Earth"
    assert "N" in text.split("\n")
    # the highlighted claim's quote is in the panel
    assert full.selected is not None and full.selected.claim_id == "trend-c01"
    assert full.selected.quote[:60] in text.replace("\n", " ")


def test_scale_bar_and_north_arrow(full, countries):
    from matplotlib_scalebar.scalebar import ScaleBar

    fig, _ = draw(full, countries)
    ax = fig.axes[0]
    bars = [a for a in ax.artists if isinstance(a, ScaleBar)]
    assert len(bars) == 1 and bars[0].units == "m"
    assert any(t.get_text() == "N" and t.arrow_patch is not None for t in ax.texts)


@pytest.mark.parametrize("names", ["as_written", "az", "hy", "both"])
@pytest.mark.parametrize("window", [Window(date(2021, 7, 11), date(2021, 9, 10)),
                                    Window(date(2021, 8, 11), date(2021, 8, 11)),
                                    Window(date(2021, 7, 14), date(2021, 7, 14))])
def test_no_label_overlaps_another(ds, countries, names, window):
    b = build_briefing(ds, countries, MapState(window=window, names=names))
    fig, report = draw(b, countries)
    assert_clean_picture(b, fig, report)  # text, leaders, frame edge
    placed = {t for t, _ in report.placed}
    in_frame = [r["label"] for r in b.map.layers.rows["places"] if 45.3 < r["position"][0] < 47.9]
    assert in_frame and all(label in placed for label in in_frame)  # place names are never dropped


def test_every_label_of_claims_in_frame_is_placed(full, countries):
    _, report = draw(full, countries)
    placed = [t for t, _ in report.placed]
    rows = full.map.layers.rows
    for r in rows["flows"] + rows["crossing_days"]:
        assert any(r["label"].replace("\n", " ") == p.replace("\n", " ") for p in placed), r["label"]


def test_claims_outside_the_frame_are_named(full):
    x0, y0, x1, y1 = map_extent(full.state.lon, full.state.lat, full.state.zoom)
    (lon0, lat0), (lon1, lat1) = TO_LONLAT.transform(x0, y0), TO_LONLAT.transform(x1, y1)
    outside = outside_frame(full, (lon0, lat0, lon1, lat1))
    assert outside == ["Baku (2 claims, 11 Aug 2021)"]


def test_print_and_screen_show_the_same_extent(full, countries):
    """Both sizes drawn: the same map extent, the same labels at the same places (twice the pixels)."""
    screen, s_report = draw(full, countries, dpi=DPI["screen"])
    print_, p_report = draw(full, countries, dpi=DPI["print"])
    assert (screen.get_size_inches() == print_.get_size_inches()).all() and DPI["print"] == 2 * DPI["screen"]
    assert screen.axes[0].get_xlim() == pytest.approx(print_.axes[0].get_xlim())
    assert screen.axes[0].get_ylim() == pytest.approx(print_.axes[0].get_ylim())
    assert [t for t, _ in s_report.placed] == [t for t, _ in p_report.placed] and len(s_report.placed) > 10
    for (text, a), (_, b) in zip(s_report.placed, p_report.placed):  # the same spot, measured at twice the size
        # (within a few pixels: hinting makes text a little wider or narrower at 300 dpi)
        assert max(abs(v / 2 - u) for u, v in zip(a.extents, b.extents)) <= 4, text
    a = map_extent(46.72, 39.47, 8)
    b = map_extent(46.72, 39.47, 9)
    assert (a[2] - a[0]) == pytest.approx(2 * (b[2] - b[0]))  # one zoom level halves the extent


@pytest.mark.parametrize("outlet", ["fee $5 to $6 per truck", r"$\undefined{x}$", "$$", "a $ sign"])
def test_dollar_signs_in_data_are_plain_text_not_mathtext(ds, countries, outlet):
    from dataclasses import replace

    sources = tuple(replace(s, outlet=outlet) for s in ds.sources)
    b = build_briefing(replace(ds, sources=sources), countries, MapState(window=dated_span(ds.claims)),
                       today=date(2026, 12, 1))
    assert outlet in b.source_line
    fig, _ = draw(b, countries)
    fig.canvas.draw()  # mathtext would raise on "\undefined" and turn "$5 to $6" into italic "5to6"
    line = next(t for t in fig.texts if outlet in t.get_text())
    assert line.get_text() == b.source_line and not line.get_parse_math()
    assert render_png(b, countries)[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("text", [
    "Sources: " + "; ".join(f"Outlet number {i} with a long name, 1 Jan 2023" for i in range(9))
    + " — as reported, not independently verified. Logs: Arrivals in Armenia from Karabakh, Sep-Oct 2023.",
    "Source: " + "A" * 3000 + ", 2021 — as reported, not independently verified.",
])
def test_a_long_source_line_is_never_cut_at_the_edge_nor_loses_its_disclaimer(text):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from geo.export.picture import _source_text

    fig = Figure(figsize=(19.2, 10.8), dpi=100)
    FigureCanvasAgg(fig)
    _source_text(fig, text)
    renderer = fig.canvas.get_renderer()
    right = fig.get_window_extent(renderer).width * 0.747  # the map's right edge: the legend stands beyond it
    assert fig.texts and all(t.get_window_extent(renderer).x1 <= right for t in fig.texts)
    written = " ".join(t.get_text() for t in fig.texts)
    assert "— as reported, not independently verified." in written
    assert written.endswith(text[-40:])  # the end (disclaimer, logs) is whole; only what is cited may shorten


def test_a_tab_or_control_character_in_data_draws_as_a_space_without_glyph_warnings(ds, countries):
    import warnings
    from dataclasses import replace

    sources = tuple(replace(s, outlet="Tab\tNews\r\x0bWire") for s in ds.sources)
    places = tuple(replace(p, name=p.name + "\tcity") if p.place_id == "goris" else p for p in ds.places)
    b = build_briefing(replace(ds, sources=sources, places=places), countries, MapState(window=dated_span(ds.claims)),
                       today=date(2026, 12, 1))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, _ = draw(b, countries)
        fig.savefig(io.BytesIO(), format="png")
    assert [str(w.message) for w in caught if "Glyph" in str(w.message)] == []
    texts = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text") and callable(a.get_text))]
    assert any("Tab News  Wire" in t for t in texts)
    assert not any(c in t for t in texts for c in "\t\r\x0b")


def test_labels_keep_off_the_scale_bar(ds, countries):
    """In this frame Meghri sits by the scale bar's corner (a placer blind to the bar put its name over it)."""
    from matplotlib_scalebar.scalebar import ScaleBar

    b = build_briefing(ds, countries, MapState(window=dated_span(ds.claims), lon=46.6, lat=39.2, zoom=9.5))
    fig, report = draw(b, countries)
    fig.canvas.draw()  # the bar's extent is known once it has drawn (independently of the placer)
    bar = next(a for a in fig.axes[0].artists if isinstance(a, ScaleBar)).info.window_extent
    assert bar.width > 50 and bar.height > 10
    assert report.placed and not any(bb.overlaps(bar) for _, bb in report.placed), \
        [t for t, bb in report.placed if bb.overlaps(bar)]


def test_the_legend_lists_only_kinds_with_a_mark_in_the_frame(ds, countries):
    """The seed's diplomatic claims are at Baku (the source's own sentences): outside the corridor's frame the
    legend has no 'Diplomatic event'; framed on Baku, it has."""
    assert sum(c.kind == "diplomatic" and c.place is not None and ds.place(c.place).name == "Baku" for c in ds.claims) >= 2

    def legend(state: MapState) -> str:
        fig, _ = draw(build_briefing(ds, countries, state), countries)
        return "\n".join(t.get_text() for t in fig.axes[1].texts)

    corridor = legend(MapState(window=dated_span(ds.claims)))
    assert "Reported movement along a route" in corridor and "Diplomatic event" not in corridor
    baku = legend(MapState(window=dated_span(ds.claims), lon=49.87, lat=40.38, zoom=10.0))
    assert "Diplomatic event" in baku and "Reported movement along a route" not in baku
