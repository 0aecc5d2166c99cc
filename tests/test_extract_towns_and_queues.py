"""Reading as ingest does, with the real gazetteer and GeoNames (round eight of the development sets): a town left or
reached is no border crossed, vehicles that queue or stand without a number are a context figure of unstated size,
a capitalised common word is no place ("Cars queued" is not Kars), names written without their diacritics, the
crossings and bridges the gazetteer gained, and the kinds of people taken somewhere, diplomatic calls, people cut off or
sleeping in their cabs, and a named crossing that moves nobody. Expected values are what a reader takes from each sentence (published
Wednesday 29 May 2024), not the extractor's output."""
from __future__ import annotations

from datetime import date

import pytest

from geo.gazetteer import gazetteer_only
from geo.ingest import SourceMeta, analyse, prepare_source

PUBLISHED = date(2024, 5, 29)  # a Wednesday
# a plain closing sentence, so that the one under test is read as body text, not as a headline
TAIL = " The officials who spoke to reporters gave no further details about the situation."


@pytest.fixture(scope="module")
def gazetteer(ds):
    return gazetteer_only(ds.places)


def _read(sentence: str, gazetteer):
    source, _ = prepare_source("Border news\n\n" + sentence + TAIL, SourceMeta(outlet="Test", published=PUBLISHED))
    return analyse(source, gazetteer)


@pytest.mark.parametrize("sentence, kind, origin, destination", [
    # an Iranian town alone is no side of a border: the convoy goes to villages of the same country
    ("On Monday a convoy of 20 trucks left Tabriz for the border villages.", "crossing", "gn-113646", None),
    ("On Monday a convoy of 30 trucks left Goris.", "crossing", "goris", None),
    # a town reached, with nothing said of where from: no border crossed
    # (GeoNames 616995 is Akhtala in Lori; 616629 is Hrazdan, which GeoNames also lists as "Akhtala", its old name)
    ("On Tuesday six army trucks reached Akhtala.", "crossing", None, "gn-616995"),
    # a train leaving a Russian town leaves no country the story counts
    ("A second train of 22 wagons with Russian wheat left Dimitrovgrad on Monday.", "crossing", "gn-566199", None),
    # reaching Khankendi is entering Karabakh, as the labelled sets read it
    ("On Tuesday six army trucks reached Khankendi.", "entry", None, "khankendi"),
])
def test_a_town_left_or_reached_is_no_border_crossed(gazetteer, sentence, kind, origin, destination):
    (claim,) = _read(sentence, gazetteer).claims
    assert (claim.kind, claim.origin, claim.destination) == (kind, origin, destination)


@pytest.mark.parametrize("sentence, unit, start", [
    # a dateline's digits before "Cars" count nothing
    ("TBILISI, January 4 (Ambioni) – Cars queued on the road to the Sadakhlo checkpoint on Wednesday.", "cars",
     date(2024, 5, 29)),
    ("Cars queued for about five kilometres on the road to the Bagratashen checkpoint on Wednesday.", "cars",
     date(2024, 5, 29)),
    ("Trucks have been standing at Sadakhlo since Sunday.", "trucks", date(2024, 5, 26)),
])
def test_vehicles_that_queue_or_stand_without_a_number_are_a_stock_of_unstated_size(gazetteer, sentence, unit, start):
    analysis = _read(sentence, gazetteer)
    (claim,) = analysis.claims
    assert (claim.kind, claim.count, claim.count_qualifier, claim.unit) == ("stock", None, "unspecified", unit)
    assert (claim.date_start, claim.date_end) == (start, PUBLISHED)
    assert "vague count: no number given" in claim.flags
    # a distance is not a count, and the capitalised "Cars" is not Kars (GeoNames lists "Cars" among its names)
    assert "Cars" not in [m.surface for m in analysis.mentions]


def test_vehicles_named_before_stand_as_no_new_figure(gazetteer):
    (claim,) = _read("On Monday the trucks queued at Sadakhlo.", gazetteer).claims
    assert (claim.kind, claim.count) == ("other", None)


@pytest.mark.parametrize("sentence, surface, place_id", [
    # GeoNames spells it Khomārlū; reports drop the marks
    ("Families from Khomarlu were moved to Tabriz on Monday.", "Khomarlu", "gn-127409"),
    ("On Monday 40 trucks crossed the Red Bridge into Georgia.", "Red Bridge", "red-bridge"),
    ("Upper Lars was closed to trucks on Monday.", "Upper Lars", "upper-lars"),
    ("On Monday, the Verkhny Lars checkpoint was closed to trucks.", "Verkhny Lars", "upper-lars"),
    ("On Monday 500 trucks waited at Bilasuvar.", "Bilasuvar", "bilasuvar"),
    ("The Khoda Afarin bridges were closed on Monday.", "Khoda Afarin bridges", "khudafarin-bridges"),
    # a bare "Nakhchivan" is the republic, as border and transit reports mean it; the city when the text says so
    ("On Monday 40 trucks left for Nakhchivan.", "Nakhchivan", "nakhchivan-ar"),
    ("On Monday 40 trucks reached the city of Nakhchivan.", "Nakhchivan", "nakhchivan-city"),
    ("On Monday 40 trucks arrived in Nakhchivan city.", "Nakhchivan", "nakhchivan-city"),
    # reports spell the Iranian town Jolfa and the Nakhchivan one Julfa; Istisu is the Kalbajar village, not Jermuk
    ("On Monday 40 trucks crossed at Jolfa.", "Jolfa", "jolfa"),
    ("On Monday 40 trucks crossed at Julfa.", "Julfa", "julfa"),
    ("On Monday 40 families returned to Istisu.", "Istisu", "istisu"),
])
def test_places_written_as_reports_write_them(gazetteer, sentence, surface, place_id):
    found = {m.surface: m.place_id for m in _read(sentence, gazetteer).mentions}
    assert found.get(surface) == place_id, found


@pytest.mark.parametrize("sentence, expected", [
    ("Yesterday two buses took 64 residents of Sanahin station to a school dormitory in Odzun.",
     ("population_movement", 64, "people")),
    ("Overnight, 46 children and 19 mothers from Aygepar were taken by bus to a summer camp near Dilijan.",
     ("population_movement", 19, "people")),
    ("Some 60 families from the riverside villages have moved in with relatives in Khomarlu since Thursday.",
     ("population_movement", 60, "families")),
    ("Since January 2021, border police have let 1,874 people through the Red Bridge under the humanitarian rule.",
     ("population_movement", 1874, "people")),
    ("Now hundreds of drivers are sleeping in their cabs while local residents bring them bread and water.",
     ("stock", None, "drivers")),
    ("About 5,000 people in Akhtala and nearby villages are cut off because the only bridge is under water.",
     ("stock", 5000, "people")),
])
def test_the_kind_of_people_taken_somewhere_or_stuck(gazetteer, sentence, expected):
    claims = [(c.kind, c.count, c.unit) for c in _read(sentence, gazetteer).claims]
    assert expected in claims, claims


@pytest.mark.parametrize("sentence, kind", [
    ("Iran's deputy foreign minister telephoned officials in Baku and Yerevan on Saturday and warned that any further "
     "violation of Iranian territory would not be tolerated.", "diplomatic"),
    ("In March, the Russian Foreign Ministry warned that pushing its guards out would harm relations with Yerevan.",
     "diplomatic"),
    # a named crossing taken over moves nobody, and "carried out" carries nothing
    ("Armenia also plans to take sole charge of the Margara crossing on the Turkish border in March.", "other"),
])
def test_calls_warnings_and_handovers(gazetteer, sentence, kind):
    assert [c.kind for c in _read(sentence, gazetteer).claims] == [kind]


def test_border_control_carried_out_is_no_crossing(gazetteer):
    sentence = ("From today, border control at the Agarak checkpoint on the border with Iran is carried out only by "
                "officers of Armenia's own border troops.")
    assert "crossing" not in [c.kind for c in _read(sentence, gazetteer).claims]


def test_a_date_flag_is_said_once(gazetteer):
    (claim,) = _read("17:40 – About 5,000 people in Akhtala are cut off, the deputy minister said.", gazetteer).claims
    assert len(claim.flags) == len(set(claim.flags))


@pytest.mark.parametrize("sentence, unit", [
    # the labelled sets keep these nouns every time they are written: passengers are trips, pupils a school's roll
    ("On Monday 1,200 passengers crossed at Agarak.", "passengers"),
    ("On Monday 240 pupils returned to the school in Lachin.", "pupils"),
    ("On Monday 35 workers travelled to Kalbajar.", "workers"),
    # residents and refugees are people
    ("On Monday 35 residents travelled to Kalbajar.", "people"),
])
def test_units_keep_the_nouns_reports_count_apart(gazetteer, sentence, unit):
    claims = _read(sentence, gazetteer).claims
    assert [c.unit for c in claims if c.count is not None] == [unit]
    assert claims[0].kind == "population_movement"


def test_a_figure_split_by_place_gives_each_place_its_part_marked_as_a_part(gazetteer):
    sentence = ("Rescuers have evacuated 418 people from flooded homes since the morning: 376 in Lori and 42 in "
                "Tavush, the emergencies ministry said.")
    claims = _read(sentence, gazetteer).claims
    assert [(c.count, c.breakdown) for c in claims] == [(418, ((376, "people"), (42, "people"))), (376, ()), (42, ())]
    whole, lori, tavush = claims
    assert (lori.place, lori.unit, lori.kind) == ("lori", "people", "population_movement")
    assert tavush.place != "lori" and tavush.unit == "people"
    assert not any(f.startswith("a part of") for f in whole.flags)
    assert all("a part of 418" in " ".join(c.flags) for c in (lori, tavush))


def test_parts_that_do_not_add_up_are_no_breakdown_but_still_parts(gazetteer):
    sentence = "Rescuers have evacuated 418 people since the morning: 300 in Lori and 42 in Tavush."
    claims = _read(sentence, gazetteer).claims
    assert [(c.count, c.breakdown) for c in claims] == [(418, ()), (300, ()), (42, ())]


@pytest.mark.parametrize("sentence, expected", [
    # one person described, never counted in digits: a count of one, as written
    ("A former Karabakh official, Arsen Galstyan, was detained by border guards at the Lachin checkpoint on Monday.",
     ("detention", 1, "people")),
    ("On Monday guards detained a businessman who had served as the region's state minister.",
     ("detention", 1, "people")),
    ("On Thursday a six-year-old boy was wounded by shrapnel and taken to hospital in Kapan.",
     ("population_movement", 1, "people")),
])
def test_one_person_described_counts_one(gazetteer, sentence, expected):
    claims = [(c.kind, c.count, c.unit) for c in _read(sentence, gazetteer).claims]
    assert claims == [expected]


@pytest.mark.parametrize("sentence, kind", [
    # the far side of a border named as a country: into it leaves, out of it enters
    ("On Monday five trucks crossed the Margara bridge into Turkey.", "exit"),
    ("On Monday 300 trucks crossed into Russia at Samur.", "exit"),
    ("On Monday 30 trucks left Georgia for Armenia.", "entry"),
    # vehicles held up stand; buses that run on a route carry people
    ("On Monday hundreds of empty trucks were held up on the Russian side of Samur.", "stock"),
    ("Three buses a week now run on the route, via Tabriz, Jolfa and Agarak.", "population_movement"),
    ("On Monday, two elderly protesters were taken by ambulance to hospital in Ijevan.", "population_movement"),
    ("About 1,100 people now live and work in Jabrayil.", "stock"),
    # closures still to come, a lane, a time window, a detour
    ("The bridge will close again on Sunday evening, and any further convoy would need a new agreement with Ankara.",
     "restriction"),
    ("Since Monday only one lane of the bridge has been open to freight because of repairs.", "restriction"),
    ("Since Saturday, customs have let trucks through at Agarak only between 10 pm and 8 am, the embassy said.",
     "restriction"),
    ("Since Saturday, traffic to Georgia has been diverted onto a new bypass between Kirants and Baghanis.",
     "restriction"),
    ("Since Monday, ordinary citizens still cannot use the gate, which stays open to diplomats only.", "restriction"),
    ("Since October, entry to Jabrayil has been possible only with a permit from the special office.", "restriction"),
    # talks and a welcome are diplomatic; residential blocks block nothing; a village captured holds nobody
    ("On 15 November, the deputy foreign ministers of Armenia and Russia discussed refugees in Moscow.", "diplomatic"),
    ("On Wednesday the Armenian Foreign Ministry welcomed the decision as a first step.", "diplomatic"),
    ("Water and electricity were connected to the first 12 residential blocks in Jabrayil last week.", "other"),
    ("Sugovushan was captured by Armenian forces in April 1994.", "other"),
    # people held in the passive, the rescuers sent, who now live somewhere, an office open to process travel documents,
    # a gate opened to diplomatic passports, keys handed over at a ceremony
    ("On Tuesday 17 drivers had been held at a police post near Eyvazli.", "detention"),
    ("On Monday Armenia sent 58 rescuers to the disaster zone.", "population_movement"),
    ("On May 28, 14 families returned to Ballija, where 96 families now live.", "population_movement"),
    ("Since Monday, the department has kept its Yerevan offices open until 20:00 to process travel documents.", "other"),
    ("On Wednesday Turkey opened the gate with Armenia to holders of diplomatic passports.", "other"),
    ("Keys to 120 new apartments were handed over at a ceremony in Baku on Tuesday.", "other"),
])
def test_kinds_of_round_eight(gazetteer, sentence, kind):
    claims = _read(sentence, gazetteer).claims
    assert claims and claims[0].kind == kind, [(c.kind, c.count) for c in claims]


def test_a_split_by_place_splits_what_its_parts_count(gazetteer):
    # the parts count families: they split the 63 families, not the 228 people beside them
    claims = _read("On Monday, 63 families (228 people) returned: 41 families to Lachin and 22 to Zabukh.", gazetteer).claims
    assert [(c.count, c.unit, c.breakdown) for c in claims] == [
        (63, "families", ((41, "families"), (22, "families"))), (228, "people", ()), (41, "families", ()),
        (22, "families", ())]
    assert [c.count for c in claims if any(f.startswith("a part of 63") for f in c.flags)] == [41, 22]


def test_parts_with_words_between_the_figure_and_its_place(gazetteer):
    sentence = ("On Monday, 2,140 refugees left Armenia: 1,310 overland to the Russian Federation through Georgia, "
                "and 830 by air from Zvartnots.")
    claims = _read(sentence, gazetteer).claims
    assert [(c.count, c.breakdown) for c in claims] == [(2140, ((1310, "people"), (830, "people"))), (1310, ()),
                                                        (830, ())]


def test_the_gazetteer_spelling_is_the_sure_pick_and_the_borrowed_one_waits_for_the_text(gazetteer):
    (bare,) = [m for m in _read("On Monday 40 trucks left for Nakhchivan.", gazetteer).mentions]
    assert (bare.place_id, bare.confidence >= 0.9) == ("nakhchivan-ar", True)
    assert "nakhchivan-city" in bare.candidates  # still a candidate, which "the city of" picks
