"""Reading one report as ingest does (geo.ingest.analyse): the headline is read for places and for a figure only it
states, photo captions make no claims, and the publication date comes from the text or stays unknown."""
from __future__ import annotations

from datetime import date

import pytest

from geo.gazetteer import gazetteer_only
from geo.ingest import SourceMeta, analyse, prepare_source


@pytest.fixture(scope="module")
def gazetteer(ds):
    return gazetteer_only(ds.places)


def _read(text: str, gazetteer, published: date | None = date(2023, 4, 24)):
    source, _ = prepare_source(text, SourceMeta(outlet="Test", published=published))
    return source, analyse(source, gazetteer)


HEADLINE_ONLY = """Azerbaijan lets 62 trucks through the Lachin corridor

The border service said traffic through the corridor resumed on Sunday after a two-day pause, without giving figures.

Officials in Goris said the queue had shortened by Monday morning, and that drivers expected a normal week ahead.
"""


def test_a_figure_only_the_headline_states_is_a_claim_marked_as_from_the_headline(gazetteer):
    source, found = _read(HEADLINE_ONLY, gazetteer)
    head = [c for c in found.claims if c.quote_start == 0]
    assert [(c.count, c.unit) for c in head] == [(62, "trucks")]
    assert "from the headline: the body does not state this figure" in head[0].flags
    # a headline gives the news of its day
    assert (head[0].date_start, head[0].date_precision) == (date(2023, 4, 24), "day")
    assert "date read as the day of publication (a headline)" in head[0].flags
    assert head[0].uncertain
    assert any(m.place_id == "lachin-corridor" and m.end <= source.body_start for m in found.mentions)


REPEATED = """62 trucks crossed the Lachin corridor

On Sunday 62 trucks crossed the Lachin corridor towards Khankendi, the border service said in a statement.
"""


def test_a_figure_the_body_repeats_is_not_counted_twice(gazetteer):
    _, found = _read(REPEATED, gazetteer)
    assert [(c.count, c.quote_start > 0) for c in found.claims] == [(62, True)]


CAPTION = """Refugees reach Goris

Refugee families wait in Goris in 2020. Photo: AFP / Staff

On Sunday, 1,200 people arrived in Goris from Karabakh, the Armenian government said in its daily update.
"""


def test_a_photo_caption_makes_no_claim(gazetteer):
    _, found = _read(CAPTION, gazetteer)
    assert [(c.count, c.date_start) for c in found.claims] == [(1200, date(2023, 4, 23))]


NO_DATE = """Trucks cross the Lachin corridor

On 14 March, 40 trucks crossed the Lachin corridor towards Khankendi, the border service said.
"""
DATELINE = """Trucks cross the Lachin corridor

YEREVAN, March 23, 2023 (Combined Sources) — On 14 March, 40 trucks crossed the Lachin corridor, the ministry said.
"""


def test_without_a_date_given_the_text_gives_it_or_it_stays_unknown(gazetteer):
    source, found = _read(NO_DATE, gazetteer, published=None)
    assert (source.published.earliest, source.published.precision) == (None, "unknown")
    (claim,) = found.claims
    assert (claim.count, claim.date_start, claim.date_precision) == (40, None, "unknown")
    assert claim.flags[0].startswith("year unknown")
    source, found = _read(DATELINE, gazetteer, published=None)
    assert source.published.earliest == source.published.latest == date(2023, 3, 23)
    (claim,) = found.claims
    assert (claim.date_start, claim.date_precision, claim.flags) == (date(2023, 3, 14), "day", ())


@pytest.mark.parametrize("sentence, kind, origin, destination", [
    # a road named by its ends, moved along, is read in the order written
    ("On 11 August, two convoys of peacekeepers were escorted along the Goris-Stepanakert route.", "entry",
     "goris", "khankendi"),
    ("On 11 August, nine vehicles passed the checkpoint in the direction of Khankendi-Goris.", "exit",
     "khankendi", "goris"),
    # the ends outrank the verb; leaving a town inside Armenia for nowhere named crosses no border
    ("On 11 August, 22 trucks left Goris for Stepanakert.", "entry", "goris", "khankendi"),
    ("On 11 August, a convoy of 22 trucks left Yerevan.", "crossing", "yerevan", None),
    ("On 11 August, 22 trucks left Stepanakert.", "exit", "khankendi", None),
    ("On 11 August, 15 trucks travelled from Stepanakert to Shusha.", "crossing", "khankendi", "shusha"),  # inside
    # the ambulances cross; the people they carry are a movement of their own
    ("On 11 August, a convoy of six ambulances evacuated 23 wounded people from Stepanakert to Goris.", "exit",
     "khankendi", "goris"),
])
def test_vehicles_are_read_against_karabakh_by_their_ends(gazetteer, sentence, kind, origin, destination):
    text = f"Convoys on the road\n\n{sentence} The regional administration gave the figure on its website.\n"
    _, found = _read(text, gazetteer, date(2023, 8, 20))
    c = next(c for c in found.claims if c.count is not None)
    assert (c.kind, c.origin, c.destination) == (kind, origin, destination)


HEADLINE_PERIOD = """Nearly 90,000 trucks cross Norduz in five months

TABRIZ (Test) – In the first five months of the current Iranian year 1403, 89,640 trucks crossed the Norduz \
terminal, the customs office said. Of them, 52,980 carried exports.
"""


def test_a_headline_figure_for_n_months_takes_the_body_period_of_that_length(gazetteer):
    _, found = _read(HEADLINE_PERIOD, gazetteer, published=date(2024, 8, 25))
    (head,) = [c for c in found.claims if c.count == 90000]
    # Farvardin 1, 1403 = 20 March 2024; the fifth month, Mordad, ends on 21 August
    assert (head.date_start, head.date_end, head.date_precision) == (date(2024, 3, 20), date(2024, 8, 21), "period")
    assert "date taken from the body's period of the same length" in head.flags


def test_a_headline_period_that_the_body_does_not_give_is_not_borrowed(gazetteer):
    text = HEADLINE_PERIOD.replace("in five months", "in two months")
    _, found = _read(text, gazetteer, published=date(2024, 8, 25))
    (head,) = [c for c in found.claims if c.count == 90000]
    assert (head.date_start, head.date_end) == (date(2024, 8, 25), date(2024, 8, 25))  # the day of publication
