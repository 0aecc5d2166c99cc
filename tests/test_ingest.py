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
def store(backend_store):
    """Each test on the GeoPackage and on PostGIS."""
    return backend_store


@pytest.fixture
def gpkg_store(tmp_path) -> GeoPackageStore:
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


@pytest.mark.parametrize("fields, message", [
    ({"outlet": "x" * 10_000}, "10,000 characters long; the limit is 200"),
    ({"title": "t" * 501}, "the title is 501 characters"),
    ({"outlet": "Wire\tService"}, "control characters"),
    ({"url": "javascript:alert(1)"}, "must be a web address"),
    ({"url": "file:///etc/passwd"}, "must be a web address"),
    ({"url": "https://example.org/a b"}, "no spaces"),
])
def test_what_is_typed_about_a_report_is_checked(fields, message):
    with pytest.raises(ValueError, match=message):
        SourceMeta(**fields)


def test_a_web_address_and_an_ordinary_outlet_pass():
    meta = SourceMeta(outlet="Armenpress", title="Convoy reaches Stepanakert", url="https://armenpress.am/eng/news/1")
    assert meta.url == "https://armenpress.am/eng/news/1"


def test_cli_refuses_a_hostile_url_and_writes_nothing(tmp_path, capsys):
    from geo.cli import main

    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    store_path = tmp_path / "cli.gpkg"
    assert main(["--store", str(store_path), "ingest", str(path), "--url", "javascript:alert(1)"]) == 2
    assert "must be a web address" in capsys.readouterr().err
    assert not store_path.exists() or len(GeoPackageStore(store_path).read().sources) == 1  # the seed only


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


def _wire(name: str, count: int, days: str) -> str:
    return (f"{name}\n\nAccording to officials, {count} trucks entered Stepanakert through the Lachin corridor "
            f"from {days}, 2022, carrying flour and fuel.\n")


def test_an_ingest_links_only_against_its_neighbours_and_matches_linking_everything(gpkg_store):
    """Each ingest compares its claims with the stored claims the index finds (kind, unit, place, dates);
    the result must be what linking the whole store at once gives, and the seed's claims are not rewritten."""
    from dataclasses import replace as dc_replace

    from geo.link import link_claims

    seed_rows = _fids(gpkg_store.path, "trend-")
    inode = gpkg_store.path.stat().st_ino
    a = ingest(_wire("Wire one", 120, "March 3 to March 9"), SourceMeta(outlet="One", published=date(2022, 3, 10)), gpkg_store)
    b = ingest(_wire("Wire two", 120, "March 4 to March 8"), SourceMeta(outlet="Two", published=date(2022, 3, 10)), gpkg_store)
    c = ingest(_wire("Wire three", 150, "March 4 to March 9"), SourceMeta(outlet="Three", published=date(2022, 3, 10)),
               gpkg_store)
    assert gpkg_store.path.stat().st_ino == inode  # written in place, not a new file
    assert _fids(gpkg_store.path, "trend-") == seed_rows  # the seed's rows were never deleted and re-inserted

    def trucks(ds, result):
        return next(x for x in ds.claims if x.source_id == result.source.source_id and x.unit == "trucks")

    ds = gpkg_store.read()
    one, two, three = trucks(ds, a), trucks(ds, b), trucks(ds, c)
    assert (one.count, two.count, three.count) == (120, 120, 150)
    assert one.linked == tuple(sorted((two.claim_id, three.claim_id)))
    assert one.status == two.status == three.status == "disputed"  # 120 = 120, but 150 disagrees with both
    everything = {x.claim_id: (x.status, x.linked) for x in link_claims(gpkg_store.read_raw()[0].claims)}
    assert {x.claim_id: (x.status, x.linked) for x in gpkg_store.read_raw()[0].claims} == everything

    # the third report replaced with one that agrees: the others' status changes with it
    raw = gpkg_store.read_raw()[0]
    agreeing = [dc_replace(x, count=120) if x.claim_id == three.claim_id else x
                for x in raw.claims if x.source_id == c.source.source_id]
    gpkg_store.replace_source(raw.sources_by_id[c.source.source_id], (), [m for m in raw.mentions
                                                                    if m.source_id == c.source.source_id], agreeing)
    ds = gpkg_store.read()
    assert trucks(ds, a).status == trucks(ds, b).status == trucks(ds, c).status == "corroborated"
    everything = {x.claim_id: (x.status, x.linked) for x in link_claims(gpkg_store.read_raw()[0].claims)}
    assert {x.claim_id: (x.status, x.linked) for x in gpkg_store.read_raw()[0].claims} == everything


def _fids(path, prefix: str) -> dict[str, int]:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT claim_id, fid FROM claims WHERE claim_id LIKE ?", (prefix + "%",)))
    finally:
        con.close()


def test_a_store_written_by_an_older_version_is_read_and_upgraded_on_the_first_write(tmp_path, ds):
    """Stores written whole by GDAL (before the store wrote in place) keep working."""
    from dataclasses import replace as dc_replace

    import geopandas as gpd
    import pandas as pd
    import pyogrio
    from shapely import wkt as shapely_wkt

    from geo.claims import claim_geometry_wkt
    from geo.store import Correction
    from geo.store import rows as R

    path = tmp_path / "old.gpkg"
    places = {p.place_id: p for p in ds.places}

    def layer(name, rows, wkts=None):
        df = pd.DataFrame(rows)
        if wkts is not None:
            df = gpd.GeoDataFrame(df, geometry=[shapely_wkt.loads(w) if w else None for w in wkts], crs="EPSG:4326")
        pyogrio.write_dataframe(df, path, layer=name, driver="GPKG",
                                **({"geometry_type": "Unknown"} if wkts is not None else {}))

    layer("sources", [R.source_row(s) for s in ds.sources])
    layer("places", [R.place_row(p) for p in ds.places], [p.wkt for p in ds.places])
    layer("mentions", [{k: v for k, v in R.mention_row(m).items() if k != "mention_id"} for m in ds.mentions],
          [R.mention_wkt(m, places) for m in ds.mentions])
    layer("claims", [R.claim_store_row(c) for c in ds.claims], [claim_geometry_wkt(c, places) for c in ds.claims])
    layer("corrections", [{"target": "claim", "target_id": "trend-c02", "action": "grade", "value": "2",
                           "created": "2026-01-01T00:00:00Z"}])
    old = GeoPackageStore(path)
    before = old.read()
    graded = tuple(dc_replace(c, credibility=2) if c.claim_id == "trend-c02" else c for c in ds.claims)
    assert before.claims == graded and before.mentions == ds.mentions
    assert "cw_store" not in _tables(path)
    old.add_correction(Correction("claim", "trend-c03", "reject"))  # the first write upgrades the file
    after = GeoPackageStore(path).read()
    assert after.claim("trend-c03").review_status == "rejected" and after.claim("trend-c02").credibility == 2
    assert after.mentions == ds.mentions and after.sources == ds.sources
    assert set(after.places) == set(ds.places)
    assert "cw_store" in _tables(path)


def _tables(path) -> set[str]:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def test_a_corpus_ingested_report_by_report_is_linked_as_linking_it_all_at_once(tmp_path):
    """200 generated reports, each linked on its own against the store's index (many report the same events
    with equal or different figures), then one re-ingested with other details: the links and statuses are
    those of linking every claim at once."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from corpus import generate

    from geo.link import link_claims

    store = GeoPackageStore(tmp_path / "corpus.gpkg")
    store.ensure_seeded()
    reports = generate(200, seed=5)
    for r in reports:
        ingest(r["text"], SourceMeta(outlet=r["outlet"], published=date.fromisoformat(r["published"])), store)
    ingest(reports[7]["text"], SourceMeta(outlet="Another outlet", published=date.fromisoformat(reports[7]["published"])),
           store)  # the same text under other details: its claims are replaced and linked again
    stored = store.read_raw()[0].claims
    assert sum(1 for c in stored if c.linked) > 50 and {c.status for c in stored} >= {"corroborated", "disputed"}
    everything = {c.claim_id: (c.status, c.linked) for c in link_claims(stored)}
    assert {c.claim_id: (c.status, c.linked) for c in stored} == everything
