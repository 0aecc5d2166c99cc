from __future__ import annotations

from collections import Counter

import pytest

from geo.geoparse import Geoparser, as_written_names, find_mentions
from geo.model import Source, PublishedDate


def _source(text: str) -> Source:
    return Source("t", "Test", "T", None, PublishedDate(None, None, "unknown", ""), text, 0, len(text), "")


def test_seed_mentions_are_in_the_body_only(ds, seed):
    assert ds.mentions
    for m in ds.mentions:
        assert seed.body_start <= m.start < m.end <= seed.body_end
        assert seed.text[m.start:m.end] == m.surface


def test_no_place_from_the_page_chrome(ds):
    # The headlines name Georgia, Qatar, Khojavand, Zangilan, Aghdam …: none may reach the map.
    resolved = {m.place_id for m in ds.mentions}
    assert resolved == {"azerbaijan", "karabakh", "iran", "khankendi", "lachin-corridor", "baku", "armenia",
                        "shusha", "goris-kapan-highway", "tehran"}


def test_seed_mention_counts(ds):
    counts = Counter(m.surface for m in ds.mentions)
    assert counts["Khankendi"] == 4
    assert counts["Lachin corridor"] == 3
    assert counts["Shusha"] == 2
    assert counts["Gorus-Gafan highway"] == 1


def test_longest_match_wins_and_demonyms_are_not_places(ds):
    text = "Iranian trucks took the Gorus-Gafan highway; Armenians left Lachin. The Lachin corridor was shut."
    found = [(m.surface, m.place_id) for m in find_mentions(_source(text), ds.places)]
    assert found == [
        ("Gorus-Gafan highway", "goris-kapan-highway"),
        ("Lachin", "lachin"),
        ("Lachin corridor", "lachin-corridor"),
    ]


def test_spaced_dashes_match_the_road(ds):
    found = find_mentions(_source("traffic on the Goris – Kapan highway stopped"), ds.places)
    assert [(m.surface, m.place_id) for m in found] == [("Goris – Kapan highway", "goris-kapan-highway")]


def test_as_written_is_the_first_form_used(ds):
    names = as_written_names(ds.mentions)
    assert names["khankendi"] == "Khankendi"
    assert names["goris-kapan-highway"] == "Gorus-Gafan highway"


@pytest.fixture(scope="module")
def parser(ds):
    return Geoparser(ds.places)


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Buses left Martuni and Khojavend for Khankendi.", "Martuni", "gn-146969"),  # Karabakh's Martuni
        ("Children from Martuni, on the shore of Lake Sevan, went to camp.", "Martuni", "gn-616438"),
        ("Trucks queued at Agarak near Meghri.", "Agarak", "agarak"),
        ("The road from Khankendi to Susa was closed.", "Susa", "shusha"),
        ("Dates from Shush, the ancient Susa, in Khuzestan.", "Susa", "gn-114593"),
        ("Armenia and Azerbaijan", "Armenia", "armenia"),  # not the Colombian city
    ],
)
def test_homonyms_follow_the_places_around_them(parser, text, surface, place_id):
    m = next(m for m in parser.parse(text).mentions if m.surface == surface)
    assert m.place_id == place_id
    assert place_id in m.candidates


def test_ambiguous_picks_carry_their_candidates_and_confidence(parser):
    m = next(m for m in parser.parse("Children from Martuni went to camp.").mentions if m.surface == "Martuni")
    assert len(m.candidates) >= 2 and m.confidence < 1.0 and m.uncertain


def test_geonames_fills_gaps_and_skips_common_words(parser):
    found = {m.surface: m.place_id for m in parser.parse("In March, convoys from Tabriz reached Kajaran.").mentions}
    assert found == {"Tabriz": "gn-113646", "Kajaran": "gn-174880"}


def _dense_penalties(anchors, queries):
    """The homonym penalty written out over every (query, anchor) pair: the reference the chunked,
    windowed _Context must equal."""
    import math

    from geo.geoparse import NEAR_CHARS, _km_xy

    out = []
    for at, xy in queries:
        others = [(p, a) for p, a in anchors if p != at]
        if not others:
            out.append(0.0)
            continue
        any_km = min(_km_xy(xy, a) for _, a in others)
        near = [_km_xy(xy, a) for p, a in others if abs(p - at) <= NEAR_CHARS]
        out.append(min((min(near) if near else math.inf) / 40, any_km / 80))
    return out


@pytest.mark.parametrize("seed_", range(6))
def test_context_penalties_equal_the_dense_reference(seed_):
    import random

    from geo.geoparse import _Context

    rng = random.Random(seed_)
    points = [(rng.uniform(44, 48), rng.uniform(38, 41)) for _ in range(12)]  # few points: repeats are common
    positions = rng.sample(range(0, 3000), 60)
    anchors = [(p, rng.choice(points)) for p in positions]
    # queries at anchor positions (pass 2 excludes the anchor there) and elsewhere, candidates old and new
    queries = [(rng.choice(positions + [rng.randrange(3000)]),
                rng.choice(points + [(rng.uniform(44, 48), rng.uniform(38, 41))])) for _ in range(80)]
    got = _Context(anchors).penalties(queries)
    assert got.shape == (80,)
    assert got.tolist() == pytest.approx(_dense_penalties(anchors, queries), rel=1e-9, abs=1e-9)


def test_context_with_one_anchor_at_the_query_itself_gives_no_penalty():
    from geo.geoparse import _Context

    assert _Context([(10, (46.0, 39.0))]).penalties([(10, (45.0, 40.0))]).tolist() == [0.0]


def test_long_text_of_homonyms_parses_in_bounded_memory(ds):
    """40,000 ambiguous names with anchors between them: the dense step needed 40,000 × 40,000 float64
    matrices (12.8 GB each); the chunked one stays within a few hundred MB of the process's size."""
    import resource
    import subprocess
    import sys

    code = (
        "import resource, sys\n"
        "from geo.store import load_dataset\n"
        "from geo.geoparse import geoparser\n"
        "ds = load_dataset()\n"
        "p = geoparser([x for x in ds.places if not x.place_id.startswith(('gn-', 'analyst-'))])\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "text = 'Trucks went from Agarak to Goris, then Martuni and Kapan, past Susa. ' * 10000\n"
        "r = p.parse(text)\n"
        "grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024\n"
        "print(len(r.mentions), len({m.place_id for m in r.mentions if m.surface == 'Agarak'}), round(grew))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    mentions, agaraks, grew_mb = map(int, out.stdout.split())
    assert mentions == 50_000
    assert agaraks == 1  # the same context every time: one pick
    assert grew_mb < 400


def _m(source_id: str, start: int, surface: str, place_id: str = "kapan"):
    from geo.model import Mention

    return Mention(source_id=source_id, start=start, end=start + len(surface), surface=surface, place_id=place_id,
                   confidence=1.0)


@pytest.mark.parametrize(("mentions", "expected"), [
    # the form most sources use wins over the earliest source's form
    ([_m("a", 5, "Gafan"), _m("b", 9, "Kapan"), _m("c", 3, "Kapan")], "Kapan"),
    # one source repeating a form is one vote: two sources against one
    ([_m("a", i, "Gafan") for i in range(10)] + [_m("b", 1, "Kapan"), _m("c", 1, "Kapan")], "Kapan"),
    # a tie in sources: the form used more often
    ([_m("a", 1, "Gafan"), _m("a", 9, "Gafan"), _m("b", 1, "Kapan")], "Gafan"),
    # a full tie: the earliest source's form
    ([_m("b", 1, "Kapan"), _m("a", 1, "Gafan")], "Gafan"),
    # an all-capitals dateline never becomes the label, however often it is printed
    ([_m(s, 0, "KAPAN") for s in "abcd"] + [_m("e", 40, "Kapan")], "Kapan"),
    # ... unless no other form exists, and then in title case
    ([_m("a", 0, "KAPAN"), _m("b", 0, "KAPAN")], "Kapan"),
])
def test_as_written_is_the_most_common_form(mentions, expected):
    assert as_written_names(mentions, ["a", "b", "c", "d", "e"]) == {"kapan": expected}


def test_the_geonames_parser_is_built_once_and_then_loaded_from_disk(tmp_path, monkeypatch, ds):
    """A new process loads the parser instead of building it; a damaged or stale file is built again."""
    from geo.geoparse import _cache_path, _parser_for

    monkeypatch.setenv("CORRIDOR_WATCH_CACHE", str(tmp_path))
    places = tuple(ds.places)
    built = _parser_for.__wrapped__(places, True)
    path = _cache_path(places)
    assert path.is_file() and path.parent == tmp_path and path.stat().st_mode & 0o077 == 0
    loaded = _parser_for.__wrapped__(places, True)
    assert loaded is not built  # read from the file, not the same object
    text = "Trucks left Goris for Kapan, then Agarak near Meghri, and reached Tabriz and Gori."
    assert loaded.parse(text).mentions == built.parse(text).mentions
    assert {m.surface for m in loaded.parse(text).mentions} >= {"Goris", "Kapan", "Agarak", "Tabriz", "Gori"}
    path.write_bytes(b"not a pickle")
    again = _parser_for.__wrapped__(places, True)
    assert again.parse(text).mentions == built.parse(text).mentions and path.stat().st_size > 1_000_000
    assert _cache_path(places[:-1]) != path  # another gazetteer, another file
