"""Extraction, rule 4: origin, destination and via."""
from __future__ import annotations

import pytest


from geo.extract.directions import Roles, directed_kind
from geo.model import Mention, Place

from test_extract_helpers import extract, only  # pytest puts tests/ on sys.path


# --- direction --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, origin, destination, via, place", [
    ("On August 11, 20 trucks entered Khankendi.", None, "khankendi", None, "khankendi"),
    ("On August 11, 20 trucks crossed from Iran into Karabakh.", "iran", "karabakh", None, "karabakh"),
    ("On August 11, 20 people left Khankendi towards Armenia.", "khankendi", "armenia", None, "armenia"),
    ("On August 11, 20 trucks entered and exited through the Lachin corridor.", None, None, "lachin-corridor",
     "lachin-corridor"),
    ("On August 11, 20 trucks crossed via the Lachin corridor to Khankendi.", None, "khankendi", "lachin-corridor",
     "khankendi"),
    ("On August 11, 20 trucks crossed along the Gorus-Gafan highway.", None, None, "goris-kapan-highway",
     "goris-kapan-highway"),
    ("On August 11, traffic was restricted on the Gorus-Gafan highway.", None, None, "goris-kapan-highway",
     "goris-kapan-highway"),
    ("On August 11, 20 trucks are entering the zone in Azerbaijan's Karabakh.", None, "karabakh", None, "karabakh"),
    ("On August 11, 20 trucks entered the Karabakh region of Azerbaijan.", None, "karabakh", None, "karabakh"),
    ("On August 11, 20 trucks were seen in Khankendi.", None, None, None, "khankendi"),
    ("On August 11, 20 trucks left Iran.", "iran", None, None, "iran"),
])
def test_direction_from_the_mentions_in_the_sentence(sentence, origin, destination, via, place):
    c = only(sentence)
    assert (c.origin, c.destination, c.via, c.place) == (origin, destination, via, place)
    assert c.place_basis == "stated"


def test_each_count_takes_the_places_of_its_own_clause():
    a, b = extract("On August 11, about 200 people left Khankendi towards Armenia, and only 15, entered Khankendi.")
    assert (a.count, a.origin, a.destination) == (200, "khankendi", "armenia")
    assert (b.count, b.unit, b.origin, b.destination) == (15, "people", None, "khankendi")
    assert b.flags == ("unit carried over from '200 people'",)


def test_of_them_without_a_preceding_count_has_no_unit_and_says_so():
    c = only("On August 11, twelve of them left Khankendi.")
    assert (c.count, c.unit, c.flags) == (12, None, ("unit not stated",))


def test_an_unresolved_mention_gives_no_place_and_a_flag():
    c = only("On August 11, 20 trucks entered Agarak.")
    assert (c.destination, c.place) == (None, None)
    assert "place not resolved: Agarak" in c.flags


# --- direction: crossing points, routes named earlier, events that move nothing ------------------

@pytest.mark.parametrize("sentence, origin, destination, via", [
    ("On August 11, 46 people left Khankendi for Armenia.", "khankendi", "armenia", None),
    ("On August 11, 70 trucks crossed Norduz.", None, None, "agarak-norduz"),  # a crossing point is the way
    ("On August 11, 70 trucks crossed from Iran into Armenia in both directions.", None, None, None),
    ("On August 11, 112 trucks were checked at the Lachin corridor.", None, None, "lachin-corridor"),
    ("Traffic at the Jolfa terminal fell to about 9,000 trucks on August 11.", None, None, "jolfa"),
    ("On August 11, 20 trucks entered from Kapan, the town across the Aras.", "kapan", None, None),  # a description
    ("According to Azerbaijan, 20 trucks entered Khankendi on August 11.", None, "khankendi", None),
    ("Twelve families from Khankendi, stranded in Armenia since the blockade began, returned home on August 11.",
     "armenia", "khankendi", None),  # home is where they are from
    ("A summer camp in Kapan hosted 38 children from Goris on August 11.", "goris", "kapan", None),
    ("On August 11, two drivers were detained for travelling to Khankendi via the Lachin corridor.",
     None, "khankendi", "lachin-corridor"),  # a detention that names a trip keeps it
])
def test_direction_of_crossings_returns_and_hosts(sentence, origin, destination, via):
    c = only(sentence)
    assert (c.origin, c.destination, c.via) == (origin, destination, via)


@pytest.mark.parametrize("sentence, via, place", [
    ("On August 11, Azerbaijan cut the gas supply from Armenia.", None, None),  # no trip: no origin
    ("On August 11, the Lachin corridor was blocked, cutting the only road that links Karabakh to Armenia.",
     "lachin-corridor", "lachin-corridor"),
    ("On August 11, the road to Armenia was blocked.", None, None),
    ("Reporters saw queues at the Lachin corridor near Goris on August 11.", "lachin-corridor", "lachin-corridor"),
])
def test_events_that_move_nothing_have_a_route_but_no_ends(sentence, via, place):
    c = only(sentence)
    assert (c.origin, c.destination, c.via, c.place) == (None, None, via, place)


@pytest.mark.parametrize("text, via", [
    ("Azerbaijan set up a post on the Gorus-Gafan highway. On August 11, 112 trucks were checked at the post.",
     "goris-kapan-highway"),
    ("The Lachin corridor is the only road. On August 11, 41 vehicles travelled through the corridor to Khankendi.",
     "lachin-corridor"),
    ("The Gorus-Gafan highway is open. On August 11, the highway was closed.", "goris-kapan-highway"),
    ("The Gorus-Gafan highway is open. On August 11, the road to Armenia was blocked.", None),  # another road
    ("The Lachin corridor is open. On August 11, the road was closed.", None),  # a corridor is no road
])
def test_the_highway_or_the_corridor_is_the_route_named_before(text, via):
    assert extract(text)[-1].via == via


@pytest.mark.parametrize("text, expected", [
    ("On August 11, 1,460 trucks left Iran through Norduz for Armenia and 1,190 entered from Kapan.",
     [("iran", "armenia", "agarak-norduz"), ("kapan", None, "agarak-norduz")]),  # the same crossing
    ("On August 11, 46 people left Khankendi for Armenia, and 18 returned.",
     [("khankendi", "armenia", None), ("armenia", "khankendi", None)]),  # the trip backwards
    ("On August 11, 6,545 residents left Khankendi through the Lachin corridor, in 1,560 private cars.",
     [("khankendi", None, "lachin-corridor"), ("khankendi", None, "lachin-corridor")]),  # no verb of its own
    ("On August 11, peacekeepers escorted 7 convoys with 126 tonnes of food from Goris to Khankendi.",
     [("goris", "khankendi", None), ("goris", "khankendi", None)]),  # the cargo travels with its convoys
])
def test_counts_of_one_sentence_share_its_route(text, expected):
    assert [(c.origin, c.destination, c.via) for c in extract(text)] == expected


@pytest.mark.parametrize("sentence, kind", [
    # at a border with Iran, in and out are read from the other side, whatever the verb (tests/data/eval-real/README.md)
    ("On August 11, 1,460 trucks left Iran for Armenia.", "entry"),
    ("On August 11, 912 trucks left Iran for Azerbaijan.", "entry"),
    ("On August 11, 770 trucks entered Iran from Azerbaijan.", "exit"),
    ("On August 11, 35 trucks returned to Iran.", "exit"),
])
def test_at_a_border_with_iran_in_and_out_are_the_other_sides(sentence, kind):
    assert only(sentence).kind == kind


def _at(pid: str, country: str, lon: float, lat: float) -> Place:
    return Place(pid, pid.title(), (), "settlement", f"POINT ({lon} {lat})", "exact", "test", country=country)


@pytest.mark.parametrize("origin, destination, kind, expected", [
    # a trip between two towns of one country crosses no border, whatever the carrying verb says
    ("goris", "kapan", "entry", "crossing"),
    ("baku", "yevlakh", "exit", "crossing"),
    # into Karabakh from Armenia is an entry; out of Iran into Armenia an entry too
    ("goris", "khankendi", "crossing", "entry"),
    ("tabriz", "kapan", "exit", "entry"),
])
def test_a_trip_inside_one_country_is_a_crossing_of_no_border(origin, destination, kind, expected):
    places = {p.place_id: p for p in (_at("goris", "AM", 46.34, 39.51), _at("kapan", "AM", 46.41, 39.21),
                                       _at("baku", "AZ", 49.89, 40.38), _at("yevlakh", "AZ", 47.15, 40.62),
                                       _at("khankendi", "AZ", 46.75, 39.82), _at("tabriz", "IR", 46.29, 38.08))}
    roles = Roles(origin=Mention("t", 0, 1, origin, origin, 1.0), destination=Mention("t", 2, 3, destination,
                                                                                      destination, 1.0))
    assert directed_kind(kind, roles, places) == expected
