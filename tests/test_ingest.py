from __future__ import annotations

from datetime import date

import pytest

from geo.ingest import SourceMeta, html_to_text, ingest, ingest_file, prepare_source
from geo.sources import MAX_SOURCE_BYTES, SourceTextError
from geo.store import GeoPackageStore

REPORT = """Trucks reach Stepanakert

By a correspondent

According to the local transport ministry, 120 trucks entered Stepanakert through the Lachin corridor from March 3 to March 9, 2022, most of them carrying flour and fuel.

Officials in Goris said dozens of families had crossed towards Armenia in the same week, but gave no number.

Related news
Weather in Yerevan
Football results
Markets today
"""


@pytest.fixture
def store(tmp_path) -> GeoPackageStore:
    s = GeoPackageStore(tmp_path / "cw.gpkg")
    s.ensure_seeded()
    return s


META = SourceMeta(outlet="Test Wire", published=date(2022, 3, 10), reliability="B")


def test_ingest_adds_places_and_claims(store):
    stages = []
    result = ingest(REPORT, META, store, progress=lambda f, s: stages.append((f, s)))
    assert [s for _, s in stages][0] == "reading" and stages[-1] == (1.0, "done")
    assert not result.unchanged
    ds = store.read()
    assert len(ds.sources) == 2
    src = ds.source(result.source.source_id)
    assert src.outlet == "Test Wire" and src.reliability == "B"
    assert "Related news" not in src.body and "Weather in Yerevan" not in src.body
    places = {m.place_id for m in ds.mentions if m.source_id == src.source_id}
    assert {"khankendi", "lachin-corridor", "goris", "armenia"} <= places
    assert "yerevan" not in places  # a headline in the chrome
    claims = [c for c in ds.claims if c.source_id == src.source_id]
    trucks = next(c for c in claims if c.count == 120)
    assert (trucks.unit, trucks.date_start, trucks.date_end) == ("trucks", date(2022, 3, 3), date(2022, 3, 9))
    assert trucks.review_status == "auto"
    vague = [c for c in claims if c.count is None and c.count_qualifier == "unspecified"]
    assert vague and vague[0].uncertain  # "dozens of families" waits for review


def test_reingest_changes_nothing_and_keeps_ids(store):
    first = ingest(REPORT, META, store)
    version = store.version()
    again = ingest(REPORT, META, store)
    assert again.unchanged
    assert store.version() == version
    assert [c.claim_id for c in again.claims] == [c.claim_id for c in first.claims]


def test_corrections_survive_reingest(store):
    first = ingest(REPORT, META, store)
    from geo.store import Correction

    claim_id = first.claims[0].claim_id
    store.add_correction(Correction("claim", claim_id, "grade", "2"))
    ingest(REPORT, SourceMeta(outlet="Test Wire", published=date(2022, 3, 10), reliability="C"), store)
    ds = store.read()
    assert ds.claim(claim_id).credibility == 2
    assert ds.source(first.source.source_id).reliability == "C"


def test_html_is_reduced_to_its_article():
    html = """<!doctype html><html><head><title>Convoy reaches Kapan</title>
    <script>alert('x')</script><style>p{color:red}</style></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Convoy reaches Kapan</h1>
    <p>Forty trucks reached Kapan from Meghri on 2 May 2022, according to the regional governor's office.</p>
    <p>The convoy had crossed from Iran at the Agarak checkpoint the day before, officials said.</p></article>
    <footer>© Example News</footer><script>document.write('<p>Injected paragraph that should never appear here.</p>')</script>
    </body></html>"""
    text, title = html_to_text(html)
    assert title == "Convoy reaches Kapan"
    assert "alert" not in text and "Injected" not in text and "Home" not in text and "©" not in text
    source, encoding = prepare_source(html, META)
    assert encoding.endswith("HTML reduced to text")
    assert source.body.startswith("Forty trucks reached Kapan")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        ("   ", "empty"),
        ("Menu\nHome\nNews\n", "no article paragraphs"),
    ],
)
def test_bad_input_gets_a_clear_message_and_writes_nothing(store, raw, message):
    version = store.version()
    with pytest.raises(SourceTextError, match=message):
        ingest(raw, META, store)
    assert store.version() == version


def test_other_encodings_are_detected(store):
    text = REPORT.replace("Stepanakert", "Stepanakert (Степанакерт)")
    result = ingest(text.encode("cp1251"), META, store)
    assert result.encoding == "cp1251"
    assert "Степанакерт" in result.source.text


def test_a_50_mb_file_is_refused_before_reading(tmp_path, store):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert big.stat().st_size > MAX_SOURCE_BYTES
    with pytest.raises(SourceTextError, match="limit"):
        ingest_file(big, META, store)


def test_impossible_date_is_flagged(store):
    text = ("Border report\n\nOn February 30, 2022, some 300 people crossed from Armenia into Iran at the "
            "Agarak checkpoint, the border service said.\n")
    result = ingest(text, META, store)
    claim = next(c for c in result.claims if c.count == 300)
    assert claim.date_precision == "unknown"
    assert any("February 30" in f for f in claim.flags) and claim.uncertain


def test_reliability_must_be_a_grade():
    with pytest.raises(ValueError, match="A–F"):
        SourceMeta(reliability="Z")


def test_cli_ingest(tmp_path, capsys):
    from geo.cli import main

    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    store_path = tmp_path / "cli.gpkg"
    assert main(["--store", str(store_path), "ingest", str(path), "--outlet", "Test Wire",
                 "--published", "2022-03-10", "--reliability", "B"]) == 0
    out = capsys.readouterr().out
    assert "place mentions" in out and "claims" in out
    assert main(["--store", str(store_path), "ingest", str(path), "--published", "2022-02-30"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert len(GeoPackageStore(store_path).read().sources) == 2


def test_two_sources_on_one_event_are_linked(store):
    a = ("Wire one\n\nAccording to officials, 120 trucks entered Stepanakert through the Lachin corridor "
         "from March 3 to March 9, 2022, carrying flour and fuel.\n")
    b = ("Wire two\n\nAccording to local drivers, 150 trucks entered Stepanakert through the Lachin corridor "
         "from March 4 to March 8, 2022, most of them with fuel.\n")
    first = ingest(a, SourceMeta(outlet="Wire One", published=date(2022, 3, 10)), store)
    second = ingest(b, SourceMeta(outlet="Wire Two", published=date(2022, 3, 10)), store)
    ds = store.read()
    one = next(c for c in ds.claims if c.source_id == first.source.source_id and c.count == 120)
    two = next(c for c in ds.claims if c.source_id == second.source.source_id and c.count == 150)
    assert one.linked == (two.claim_id,) and two.linked == (one.claim_id,)
    assert one.status == two.status == "disputed"
