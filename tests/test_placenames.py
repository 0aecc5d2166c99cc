"""The shape of names in a text (geo/placenames.py): pure functions over strings and offsets."""
from __future__ import annotations

import pytest

from geo import placenames as pn


def _at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    s = -1
    for _ in range(nth + 1):
        s = text.index(word, s + 1)
    return s, s + len(word)


@pytest.mark.parametrize(("text", "word", "why"), [
    ("Presidential aide spokesman Vagif Dargahli said the road was open.", "Dargahli", "given"),
    ("Presidential aide spokesman Rustamkhan Dargahli said the road was open.", "Dargahli", "title"),
    ("Deputy Minister Tumanyan said the road was open.", "Tumanyan", "title"),
    ("Talks with Mr Tumanyan ended.", "Tumanyan", "title"),
    ("Dr. Tatev examined the patients.", "Tatev", "title"),
    ("Spokeswoman Ani Badalyan told reporters.", "Badalyan", "given"),
    ("Ani Badalyan told reporters.", "Badalyan", "given"),
    ("Foreign Minister Ararat Mirzoyan met his counterpart.", "Ararat", "title"),
    ("Vahan Hunanyan told reporters.", "Vahan", "first"),
    ("Vladimir Putin said the talks went well.", "Vladimir", "first"),
    ("By Ani Abovyan\nKAPAN, March 3 -", "Abovyan", "byline"),
    ("Trucks at the border. Photo: Gagik Tumanyan/Photolure", "Tumanyan", "credit"),
    ("(Photo: Reuters/Karen Abovyan)", "Abovyan", "credit"),
    ("Mehr news agency reported the figure.", "Mehr", "agency"),
    ("According to Mehr, trucks left.", "Mehr", "said"),
    ("Tumanyan said the road was open.", "Tumanyan", "said"),
    ("Tumanyan's remarks came late.", "Tumanyan", "possessive"),
    # places
    ("Residents of Tatev said the road was open.", "Tatev", ""),
    ("Vineyards of the Ararat Valley were flooded.", "Ararat", ""),
    ("Buses reached Tumanyan, a village in Lori.", "Tumanyan", ""),
    ("Photo: trucks queued at Tatev in 2021.", "Tatev", ""),
    ("Agarak's mayor said the queue was long.", "Agarak", ""),
    # a headline set in Title Case: capitalised words are not names
    ("President Visits Tatev Monastery After Rockslide", "Tatev", ""),
    ("Ararat Farmers Protest Water Cuts In The Valley", "Ararat", ""),
    ("Vineyards of Ararat Marz were flooded.", "Ararat", ""),
])
def test_person_evidence_reads_the_words_around_a_name(text, word, why):
    s, e = _at(text, word)
    assert pn.person_evidence(text, s, e) == why


@pytest.mark.parametrize(("text", "word", "is_acronym"), [
    ("According to APA, trucks crossed.", "APA", True),
    ("NOUR reported that trucks crossed.", "NOUR", True),
    ("KAJARAN. Over a hundred trucks pass.", "KAJARAN", False),  # a dateline
    ("TATEV, May 3 - Trucks passed.", "TATEV", False),
    ("TRUCKS REACH TATEV AFTER ROCKSLIDE", "TATEV", False),  # a line set in capitals
    ("Trucks reached Tatev.", "Tatev", False),
])
def test_acronyms_are_told_from_datelines_and_capital_lines(text, word, is_acronym):
    assert pn.acronym(text, *_at(text, word)) is is_acronym


@pytest.mark.parametrize(("text", "kept"), [
    # a surname once used for a person is that person's everywhere in the text
    ("Deputy Minister Tumanyan said so. Tumanyan later added more.", []),
    # a given name drops only itself: the province named later stays
    ("Ararat Mirzoyan visited Ararat.", [(24, 30)]),
    # curated names are never judged
    ("Spokesman Goris said.", [(10, 15)]),
])
def test_screen_drops_people_and_keeps_places(text, kept):
    spans = [(s, e, text[s:e] == "Goris", 1000) for s, e in (
        [_at(text, "Tumanyan"), _at(text, "Tumanyan", 1)] if "Tumanyan" in text else
        [_at(text, "Ararat"), _at(text, "Ararat", 1)] if "Ararat" in text else [_at(text, "Goris")])]
    drop = pn.screen(text, spans, 0, len(text))
    assert [(s, e) for s, e, *_ in spans if s not in drop] == kept


@pytest.mark.parametrize(("text", "x", "y", "how"), [
    ("the village of Agarak near Kapan", "Agarak", "Kapan", "near"),
    ("Agarak, Kapan municipality", "Agarak", "Kapan", "near"),
    ("Agarak (Syunik province)", "Agarak", "Syunik", "near"),
    ("Agarak, the village near Ashtarak", "Agarak", "Ashtarak", "near"),
    ("Martuni, on the southern shore of Lake Sevan", "Martuni", "Lake Sevan", "near"),
    ("Kajaran, 20 km north of Kapan", "Kajaran", "Kapan", "near"),
    ("Agarak in Lori", "Agarak", "Lori", "in"),
    ("Susa, in Khuzestan", "Susa", "Khuzestan", "in"),
    ("Martuni (Khojavend)", "Martuni", "Khojavend", "same"),
    ("Stepanakert/Khankendi", "Stepanakert", "Khankendi", "same"),
    ("Martuni, a town that Azerbaijan calls Khojavend", "Martuni", "Khojavend", "same"),
    ("Shush, the ancient Susa", "Shush", "Susa", "same"),
    ("buses from Goris to Kapan", "Goris", "Kapan", ""),
    ("Goris and Kapan", "Goris", "Kapan", ""),
    ("in Goris. Kapan was quiet", "Goris", "Kapan", ""),
])
def test_described_by_reads_where_the_text_puts_a_place(text, x, y, how):
    xs, xe = _at(text, x)
    ys, ye = _at(text, y)
    assert pn.described_by(text, xe, ys, ye) == how


def test_descriptions_link_a_name_to_its_owner_before_it():
    text = "In Armenia's own Martuni families arrived."
    spans = [(*_at(text, "Armenia"), False, "country"), (*_at(text, "Martuni"), True, "")]
    assert pn.descriptions(text, spans, len(text)) == [(1, 0, "in")]


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Kapan-Meghri road", "road", {"Kapan-Meghri road", "Kapan-Meghri highway", "Kapan-Meghri motorway"}),
    ("Agarak checkpoint", "border_crossing", {"Agarak checkpoint", "Agarak crossing", "Agarak border crossing",
                                              "Agarak border checkpoint", "Agarak crossing point"}),
    ("Norduz", "border_crossing", {"Norduz"}),
    ("Lachin corridor", "corridor", {"Lachin corridor"}),
    ("Kapan road", "settlement", {"Kapan road"}),
    ("Lachin checkpoint", "bridge", {"Lachin checkpoint", "Lachin crossing", "Lachin border crossing",
                                     "Lachin border checkpoint", "Lachin crossing point"}),
    ("Hakari bridge", "bridge", {"Hakari bridge"}),
    ("Armenia", "country", {"Armenia", "Republic of Armenia"}),
])
def test_name_variants_give_a_feature_its_other_nouns(name, kind, expected):
    assert pn.name_variants(name, kind) == expected


@pytest.mark.parametrize(("surface", "parts"), [
    ("Goris-Kapan road", ["Goris", "Kapan road"]),
    ("Goris – Kapan highway", ["Goris", "Kapan highway"]),
    ("Kapan–Meghri–Agarak road", ["Kapan", "Meghri", "Agarak road"]),
    ("Lachin corridor", []),
])
def test_nested_parts_split_a_name_at_its_dashes(surface, parts):
    assert [surface[a:b] for a, b in pn.nested_parts(surface)] == parts


@pytest.mark.parametrize(("text", "kinds", "expected"), [
    ("on the Aghdam-Khankendi road", "ss", [("Aghdam-Khankendi road", "road")]),
    ("the Gorus-Gafan interstate road", "ss", [("Gorus-Gafan interstate road", "road")]),
    ("the Goris - Vorotan section", "ss", [("Goris - Vorotan section", "road")]),
    ("the Aghdam-Askeran-Khankendi road", "sss", [("Aghdam-Askeran-Khankendi road", "road")]),
    # a shared plural noun belongs to both roads and to neither mention
    ("the Aghdam-Khankendi and Lachin-Khankendi roads", "ssss",
     [("Aghdam-Khankendi", "road"), ("Lachin-Khankendi", "road")]),
    # a crossing named by its two sides: the crossing, the common noun left out
    ("the Norduz-Agarak route", "bs", [("Norduz-Agarak", "crossing")]),
    ("the Bilasuvar-Astara crossing", "ss", [("Bilasuvar-Astara crossing", "crossing")]),
    ("on the Lachin road", "s", [("Lachin road", "road")]),
    ("entrance to Lachin road\n\nCheckpoint set up", "s", [("Lachin road", "road")]),  # a headline's end
    # not roads: countries by a dash, towns by a dash with no noun, a town and no noun
    ("the Iran-Armenia border", "cc", []),
    ("Goris-Kapan, then home", "ss", []),
    ("buses from Goris to Kapan", "ss", []),
])
def test_named_by_ends_joins_towns_and_a_road_noun(text, kinds, expected):
    import re

    kind = {"s": "settlement", "b": "border_crossing", "c": "country"}
    spans = [(m.start(), m.end(), kind[k]) for m, k in zip(re.finditer(r"[A-Z][a-z]+", text), kinds)]
    got = pn.named_by_ends(text, spans, len(text))
    assert [(text[spans[i][0]:stop], what) for i, _, stop, what in got] == expected


def test_region_nouns_after_a_list_of_names():
    text = "Families went to Lori, Kotayk and Ararat provinces; Kapan itself"
    assert pn.region_noun_follows(text, _at(text, "Kotayk")[1])
    assert pn.region_noun_follows(text, _at(text, "Ararat")[1])
    assert not pn.region_noun_follows(text, _at(text, "Kapan")[1])


def test_a_crossing_named_by_its_sides_when_the_last_side_carries_the_noun():
    text = "trucks used the Norduz–Agarak crossing daily"
    a, b = text.index("Norduz"), text.index("Agarak")
    spans = [(a, a + len("Norduz"), "border_crossing"), (b, b + len("Agarak crossing"), "border_crossing")]
    got = pn.named_by_ends(text, spans, len(text))
    assert [(text[spans[i][0]:stop], what) for i, _, stop, what in got] == [("Norduz–Agarak crossing", "crossing")]
