"""A briefing as slides (python-pptx): the picture alone (its own title, legend and source line), then the claims shown
as a table that runs over as many slides as it needs. A grouped map (a corpus) gets a table of its groups
instead (the claims behind them are in the CSV), and its sources, every one cited, on slides of their own."""
from __future__ import annotations

import io
from collections.abc import Sequence

from pptx.oxml.ns import qn
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from ..view.briefing import Briefing
from ..claims import format_count, format_period
from ..gazetteer import display_name
from ..view.palette import KIND_LABELS
from ..model import WindowedClaim

SLIDE_W, SLIDE_H = Emu(12192000), Emu(6858000)  # 13.333 × 7.5 in, PowerPoint's 16:9 widescreen
ROWS_PER_SLIDE = 5  # full quotes need the room
TABLE_COLUMNS = (("#", 0.45), ("What", 2.5), ("When", 1.55), ("Where", 1.6), ("Claimed by · source", 2.2),
                 ("Quote (exact, from the source)", 4.4))
GROUP_COLUMNS = (("#", 0.45), ("Where · kind", 3.2), ("Claims · sources", 1.6),
                 ("Figures stated (ranges, never added up)", 3.3), ("When", 1.7), ("Status", 2.45))
GROUP_ROWS_PER_SLIDE = 12
SOURCES_PER_SLIDE = 36
GREY = RGBColor(0x55, 0x55, 0x5F)


def _text(slide, left, top, width, height, text: str, size: float, *, bold: bool = False,
          color: RGBColor | None = None) -> None:
    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        if color is not None:
            run.font.color.rgb = color


def source_footnotes(b: Briefing) -> list[str]:
    """One line per source in view: outlet, title, what is known of the date, address, grade."""
    notes = []
    for i, s in enumerate(b.sources, 1):
        url = f", {s.url}" if s.url else ""
        notes.append(f"[{i}] {s.outlet}, “{s.title}”, published {s.published.describe()}{url}. "
                     f"Source reliability {s.reliability} (Admiralty; F = cannot be judged).")
    return notes


def _where(seen: WindowedClaim, b: Briefing) -> str:
    by_place = {p.place_id: p for p in b.places}
    c = seen.claim
    parts = []
    for label, pid in (("from", c.origin), ("to", c.destination), ("via", c.via), ("at", c.place)):
        if pid and pid in by_place:
            parts.append(f"{label} {display_name(by_place[pid], b.state.names, b.as_written)}")
    return "; ".join(parts) or "not placed"


def claim_cells(seen: WindowedClaim, b: Briefing, number: int) -> tuple[str, ...]:
    c = seen.claim
    outlet = {s.source_id: s for s in b.sources}[c.source_id]
    what = f"{KIND_LABELS[c.kind]}: {format_count(c) if c.count is not None else c.summary}"
    when = format_period(c) + (" (period total)" if c.is_period_total else "")
    ref = next(i for i, s in enumerate(b.sources, 1) if s.source_id == c.source_id)
    return (str(number), what, when, _where(seen, b),
            f"{c.claimant} · as reported by {outlet.outlet} [{ref}] · credibility {c.credibility}",
            f"“{c.quote}” (chars {c.quote_start}–{c.quote_end})")


def _picture_slide(prs, b: Briefing, png: bytes) -> None:
    """The picture alone, the whole 16:9 slide: it carries the title, the window, the legend, the scale and the
    source line itself, so the slide repeats none of them; the sources are cited in full on the last slides."""
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
    picture = slide.shapes.add_picture(io.BytesIO(png), 0, 0, SLIDE_W, SLIDE_H)
    # what a screen reader and the outline get instead of a title placeholder
    picture._element.nvPicPr.cNvPr.set("descr", f"{b.window_text}: {b.title}. {b.summary} {b.source_line}")
    picture.name = f"{b.window_text}: {b.title}"[:250]
    slide.notes_slide.notes_text_frame.text = (
        f"{b.summary}\nOpen this view: {b.link}\n{b.exported}")


def _table(slide, columns, rows: list[tuple[str, ...]], size: float = 9) -> None:
    shape = slide.shapes.add_table(len(rows) + 1, len(columns), Inches(0.4), Inches(0.9),
                                   Inches(sum(w for _, w in columns)), Inches(0.4 * (len(rows) + 1)))
    table = shape.table
    for j, (name, width) in enumerate(columns):
        table.columns[j].width = Inches(width)
        table.cell(0, j).text = name
    for i, row in enumerate(rows, 1):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    for row in table.rows:
        for cell in row.cells:
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)


def _group_slides(prs, b: Briefing) -> None:
    """One row per group the map draws, in the map's label order: where and what, how many claims and
    sources, the range of figures per unit, when, and how many are corroborated, disputed or unreviewed."""
    from ..view.aggregate import KIND_WORDS, _span, figures_text

    titles = {r["group_id"]: r.get("where", "") for k in ("groups", "flows") for r in b.map.layers.rows[k]
              if "group_id" in r}
    groups = list(b.map.layers.groups.values())
    pages = max(1, -(-len(groups) // GROUP_ROWS_PER_SLIDE))
    for page in range(pages):
        chunk = groups[page * GROUP_ROWS_PER_SLIDE:(page + 1) * GROUP_ROWS_PER_SLIDE]
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        suffix = f" ({page + 1}/{pages})" if pages > 1 else ""
        _text(slide, Inches(0.4), Inches(0.2), SLIDE_W - Inches(0.8), Inches(0.6),
              f"What the map groups · {b.window_text}{suffix}", 22, bold=True)
        _table(slide, GROUP_COLUMNS, [
            (str(page * GROUP_ROWS_PER_SLIDE + i), f"{titles.get(g.group_id, g.at)} · {KIND_WORDS[g.kind]}",
             f"{len(g.claims):,} · {g.sources:,}", figures_text(g, 4) or "none stated", _span(g.start, g.end),
             f"{g.corroborated:,} corroborated · {g.disputed:,} disputed · {g.unreviewed:,} unreviewed")
            for i, g in enumerate(chunk, 1)])
        _text(slide, Inches(0.4), SLIDE_H - Inches(0.7), SLIDE_W - Inches(0.8), Inches(0.5),
              f"{b.source_line} Each claim, with its exact quote, is in the CSV export of this view. {b.exported}.",
              9, color=GREY)


def _source_slides(prs, b: Briefing) -> None:
    notes = source_footnotes(b)
    pages = -(-len(notes) // SOURCES_PER_SLIDE)
    for page in range(pages):
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        _text(slide, Inches(0.4), Inches(0.2), SLIDE_W - Inches(0.8), Inches(0.6),
              f"Sources in view ({page + 1}/{pages})", 22, bold=True)
        _text(slide, Inches(0.4), Inches(0.85), SLIDE_W - Inches(0.8), SLIDE_H - Inches(1.2),
              "\n".join(notes[page * SOURCES_PER_SLIDE:(page + 1) * SOURCES_PER_SLIDE]), 8, color=GREY)


def _table_slides(prs, b: Briefing) -> None:
    shown: Sequence[WindowedClaim] = b.shown
    pages = max(1, -(-len(shown) // ROWS_PER_SLIDE))
    for page in range(pages):
        chunk = shown[page * ROWS_PER_SLIDE:(page + 1) * ROWS_PER_SLIDE]
        slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
        suffix = f" ({page + 1}/{pages})" if pages > 1 else ""
        _text(slide, Inches(0.4), Inches(0.2), SLIDE_W - Inches(0.8), Inches(0.6),
              f"Claims shown · {b.window_text}{suffix}", 22, bold=True)
        if not chunk:
            _text(slide, Inches(0.4), Inches(1.0), Inches(10), Inches(0.5),
                  "No dated claim falls in this window.", 14)
        else:
            _table(slide, TABLE_COLUMNS, [claim_cells(seen, b, page * ROWS_PER_SLIDE + i)
                                          for i, seen in enumerate(chunk, 1)])
        _text(slide, Inches(0.4), SLIDE_H - Inches(0.7), SLIDE_W - Inches(0.8), Inches(0.5),
              f"{b.source_line} Counts are as reported; period totals are not split into days. {b.exported}.",
              9, color=GREY)


LOG_COLUMNS = (("Checkpoint", 1.6), ("Figure", 2.6), ("Measure", 1.6), ("Days", 1.5), ("Logged or stated by", 3.6),
               ("Derived", 1.6))
LOG_ROWS_PER_SLIDE = 12


def _log_slides(prs, b: Briefing) -> None:
    """The logs' figures in the window, a row per series (log and claimant): never added to another, nor to
    a claim. A running total's change since the figure before the window is derived, and said so."""
    from ..view.logs import day_span, figure_value

    figures = [f for m in b.map.logs.marks for f in m.figures] if b.map.logs is not None else []
    pages = -(-len(figures) // LOG_ROWS_PER_SLIDE)
    for page in range(pages):
        chunk = figures[page * LOG_ROWS_PER_SLIDE:(page + 1) * LOG_ROWS_PER_SLIDE]
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        suffix = f" ({page + 1}/{pages})" if pages > 1 else ""
        _text(slide, Inches(0.4), Inches(0.2), SLIDE_W - Inches(0.8), Inches(0.6),
              f"Logged figures · {b.window_text}{suffix}", 22, bold=True)
        _table(slide, LOG_COLUMNS, [
            (b.log_places[f.key.checkpoint].name if f.key.checkpoint in b.log_places else f.key.checkpoint,
             f"{figure_value(f)} {f.key.unit if f.value is None else ''}".strip() + " · " + (
                 f"towards {b.log_places[f.key.towards].name}" if f.key.towards in b.log_places else f.key.direction),
             "running total as stated" if f.measure == "cumulative" else "sum of logged counts",
             day_span(f.last_day, f.last_day) if f.measure == "cumulative" else day_span(f.first_day, f.last_day),
             f.key.claimant,
             f"{f.change:+,} since {day_span(f.change_since, f.change_since)}" if f.change is not None
             and f.change_since is not None else "—")
            for f in chunk])
        _text(slide, Inches(0.4), SLIDE_H - Inches(0.7), SLIDE_W - Inches(0.8), Inches(0.5),
              f"{b.source_line} Structured logs, not reports: each series apart, never added up. {b.exported}.",
              9, color=GREY)


def briefing_pptx(b: Briefing, png: bytes) -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    # python-pptx's template says type="screen4x3"; a 13.333 × 7.5 in slide is of no preset type
    prs.part._element.find(qn("p:sldSz")).attrib.pop("type", None)
    prs.core_properties.title = f"{b.title} · {b.window_text}"[:255]  # the core properties' limit
    prs.core_properties.subject = b.source_line if len(b.source_line) <= 255 else b.source_line[:254] + "…"
    _picture_slide(prs, b, png)
    if b.map.layers.groups:
        _group_slides(prs, b)
    else:
        _table_slides(prs, b)
    _log_slides(prs, b)
    _source_slides(prs, b)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()
