"""Reports pasted from e-mail, wire copy or a PDF come hard-wrapped at a fixed width: a sentence runs over several
lines. Reading such a text must find what the same text finds unwrapped. The texts are the first labelled set's
(tests/data/eval), each paragraph after the heading block wrapped at 72 columns by textwrap."""
from __future__ import annotations

import json
import textwrap
from datetime import date
from pathlib import Path

import pytest

from geo.extract.sentences import split_sentences
from geo.gazetteer import gazetteer_only
from geo.ingest import SourceMeta, analyse, prepare_source

EVAL = Path(__file__).parent / "data" / "eval"
DOCS = sorted(p for p in EVAL.glob("*.txt"))


@pytest.fixture(scope="module")
def gazetteer(ds):
    return gazetteer_only(ds.places)


def _wrapped(text: str, width: int = 72) -> str:
    blocks = text.split("\n\n")
    return "\n\n".join(b if i == 0 else "\n".join(textwrap.fill(line, width) for line in b.split("\n"))
                       for i, b in enumerate(blocks))


def _claims(text: str, published: date | None, gazetteer) -> list[tuple]:
    source, _ = prepare_source(text, SourceMeta(outlet="Test", published=published))
    return sorted((c.kind, str(c.count), str(c.unit), str(c.date_start), str(c.date_end), str(c.place))
                  for c in analyse(source, gazetteer).claims)


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_a_hard_wrapped_report_reads_as_the_same_report(path, gazetteer):
    text = path.read_text(encoding="utf-8")
    label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    published = date.fromisoformat(label["published"]) if label.get("published") else None
    wrapped = _wrapped(text)
    assert wrapped != text and wrapped.count("\n") > text.count("\n")  # the wrap did break lines
    plain = _claims(text, published, gazetteer)
    assert plain and _claims(wrapped, published, gazetteer) == plain


@pytest.mark.parametrize("text, expected", [
    # a sentence broken mid-way runs on, whatever case the next line starts with
    ("On Monday, 40 trucks crossed the border at Agarak and entered\nArmenia, the committee said. Then they left.",
     ["On Monday, 40 trucks crossed the border at Agarak and entered\nArmenia, the committee said.", "Then they left."]),
    # a headline, a dateline line and list lines end where they end
    ("Trucks wait at the border\nYEREVAN, March 23 (Agency) –\nDozens of cars waited at the bridge.",
     ["Trucks wait at the border", "YEREVAN, March 23 (Agency) –", "Dozens of cars waited at the bridge."]),
    ("Closed routes:\nM6 Vanadzor–Alaverdi\nM2 Yerevan–Meghri", ["Closed routes:", "M6 Vanadzor–Alaverdi", "M2 Yerevan–Meghri"]),
])
def test_which_line_breaks_end_a_sentence(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_a_headline_right_above_its_first_paragraph_stays_the_headline():
    from geo.sources import split_page
    text = ("Trucks wait at the Agarak border crossing today\n"
            "On Monday about 120 Iranian trucks were waiting at the Agarak checkpoint after customs officers began "
            "checking every load, the committee said.\n\nMore follows from our correspondent in Meghri, at the crossing.\n")
    parts = split_page(text)
    assert parts.title == "Trucks wait at the Agarak border crossing today"
    assert text[parts.body_start:].startswith("On Monday about 120 Iranian trucks")
