"""Extraction, rules 4 and 5: the kind of a claim, and which sentences are claims."""
from __future__ import annotations

import pytest


from test_extract_helpers import D, extract, only  # pytest puts tests/ on sys.path


# --- kind, and which sentences are claims -----------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("On August 11, 35 trucks entered Khankendi.", "entry"),
    ("On August 11, 35 trucks entered the urban area of Khankendi.", "entry"),  # 'urban' holds no 'ban'
    ("On August 11, 35 trucks arrived in Khankendi.", "entry"),
    ("On August 11, 35 trucks were brought into Karabakh.", "entry"),
    ("On August 11, 35 trucks left Khankendi.", "exit"),
    ("On August 11, 35 trucks departed from Khankendi.", "exit"),
    ("On August 11, 35 trucks exited Karabakh.", "exit"),
    ("On August 11, 35 trucks entered and exited through the Lachin corridor.", "crossing"),
    ("On August 11, 35 trucks crossed the Lachin corridor.", "crossing"),
    ("On August 11, 35 trucks passed through the Lachin corridor.", "crossing"),
    ("On August 11, 300 residents left Khankendi.", "population_movement"),
    ("On August 11, 20 families arrived in Armenia.", "population_movement"),
    ("On August 11, 40 refugees crossed into Armenia.", "population_movement"),
    ("On August 11, the ministry summoned the ambassador.", "diplomatic"),
    # words the patterns take for a place only when capitalised: "continue to monitor" goes nowhere, "asked for" asks
    # no government ("continued to Goris" and "asked Baku" do)
    ("On August 11, the peacekeepers continued to monitor the situation at 30 observation posts.", "other"),
    ("On August 11, 35 trucks continued to Khankendi.", "entry"),
    ("On August 11, 40 residents of Goris asked for help with the repairs.", "stock"),
    ("On August 11, the minister asked Baku to reopen the road.", "diplomatic"),
    ("On August 11, the ambassador was handed a note.", "diplomatic"),
    ("On August 11, Azerbaijan restricted traffic on the Gorus-Gafan highway.", "restriction"),
    ("On August 11, the Lachin corridor was closed.", "restriction"),
    ("On August 11, 40 trucks were blocked at the Lachin corridor.", "restriction"),
    ("On August 11, a ban on entry to Khankendi came into force.", "restriction"),
    ("On August 11, 12 trucks were seen.", "other"),
])
def test_kind_of_claim(sentence, kind):
    assert only(sentence).kind == kind


@pytest.mark.parametrize("text", [
    "This is an outrageous provocation.",
    "On August 11 the weather was fine.",  # a date, but nothing moved
    "Trucks entered Khankendi.",  # a movement, but no date and no count
    "Iranian rhetoric and provocations leave no doubt.",
    "It is scary to imagine what happened during the second Karabakh War and almost 30 years of occupation.",
])
def test_sentences_that_are_not_claims(text):
    assert extract(text) == ()


def test_a_count_without_a_verb_is_kept_as_other_and_flagged():
    c = only("On August 11, 12 trucks were seen.")
    assert c.count == 12 and c.confidence <= 0.7
    assert c.flags == ("no movement, diplomatic or restriction verb: kind is 'other'",)


# --- kinds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("On August 11, the Red Crescent delivered 40 tonnes of flour to Khankendi.", "entry"),  # carried somewhere
    ("On August 11, 2,300 tonnes of dates were shipped to Armenia.", "exit"),  # sent away
    ("On August 11, Russian border guards were escorting Iranian trucks.", "crossing"),  # carried, no destination
    ("On August 11, 112 trucks were checked at the Lachin corridor.", "crossing"),  # traffic words, vehicles
    ("On August 11, some 300 vehicles queued on the Lachin corridor.", "stock"),  # waiting, not yet crossed
    ("On August 11, 41 vehicles were travelling to Khankendi.", "entry"),  # into Karabakh
    ("On August 11, 41 vehicles were travelling from Khankendi to Goris.", "exit"),  # out of Karabakh
    ("On August 11, 41 trucks crossed from Goris to Kapan.", "crossing"),  # neither end is Karabakh or Iran
    ("On August 11, peacekeepers escorted 23 buses carrying elderly residents to Goris.", "population_movement"),
    ("Twelve families, stranded since the blockade began, returned home on August 11.", "population_movement"),
    ("A camp in Kapan hosted 38 children on August 11.", "population_movement"),
    ("On August 11, traffic on the Gorus-Gafan highway was limited to 40 vehicles an hour.", "restriction"),
    ("On August 11, two drivers were detained at the Lachin corridor.", "detention"),
    ("On August 11, no civilian vehicle was allowed to pass.", "restriction"),
    ("On August 11, Azerbaijan began charging fees on the Gorus-Gafan highway.", "restriction"),
    ("On August 11, 40 trucks paid fees and crossed the Lachin corridor.", "crossing"),  # paying is no restriction
    ("On August 11, Azerbaijan cut the gas supply to Khankendi.", "restriction"),
    ("On August 11, Azerbaijan set up a checkpoint on the Gorus-Gafan highway.", "restriction"),
    ("On August 11, officials from Armenia and Azerbaijan met in Khankendi.", "diplomatic"),
    ("The exodus follows an operation that Azerbaijan launched on August 11.", "other"),  # the date is the operation's
    ("Archaeologists resumed excavations on August 11 near Goris.", "other"),
    ("On August 11, 40 buses arrived in Goris.", "population_movement"),  # buses carry people
    ("On August 11, the last bus from Khankendi arrived in Goris.", "population_movement"),
    ("On August 11, 22 trucks left Goris for Khankendi.", "entry"),  # the ends outrank the verb
    ("On August 11, ceasefire violations were recorded near Khankendi, according to the statement.", "other"),
    ("On August 11, 12 trucks stood on the Lachin corridor, the ministry said.", "stock"),  # who says is no act
    ("Under the trilateral statement of 10 November 2020, the corridor was placed under peacekeepers.", "diplomatic"),
    ("On August 11, the ministry informs that the convoy has not been allowed to enter Khankendi.", "restriction"),
    # a restriction named only to be denied does not govern
    ("Baku rejects claims of a blockade, saying 3,000 vehicles used the Lachin corridor on August 11.", "crossing"),
    ("On August 11, activists staged a protest on the road near Khankendi.", "other"),  # a demonstration, no note
    ("On August 11, Baku protested to the ambassador.", "diplomatic"),
    ("Since August 11, police have been checking Iranian trucks on the Gorus-Gafan highway.", "restriction"),
    ("Before the closure, on August 11, the post processed 1,874 trucks.", "crossing"),  # the closure says when
    ("More than 1,500 Iranian trucks use the Gorus-Gafan highway every week, the ministry said on August 11.",
     "crossing"),
    ("On August 11, two more trucks passed freely through the Lachin corridor.", "crossing"),
    ("In all, 2,100 tonnes of cargo have been moved in the convoys since August 11.", "crossing"),
    ("On August 11, Baku proposed the simultaneous use of two roads.", "diplomatic"),
    ("On August 11, 1,700 people had taken up accommodation offered by the government.", "stock"),
    ("On August 11, several thousand people were still waiting for fuel in Khankendi.", "stock"),
    ("On August 11, a single truck sent by the Red Cross entered Khankendi.", "entry"),  # "Cross" is a name here
    ("On August 11, a Red Cross convoy took 14 patients from Khankendi to Goris.", "population_movement"),
    ("Officials said on August 11 that Azerbaijani forces were blocking the Gorus-Gafan highway.", "restriction"),
])
def test_kind_from_the_governing_verb(sentence, kind):
    assert only(sentence).kind == kind


@pytest.mark.parametrize("text", [
    "Border report - 12 August 2021 - Khankendi",  # a heading, not a sentence
    "KHANKENDI, Aug 12 (Agency) - The weather was fine.",  # the dateline dates the report, not an event
    "Today we see everything in Khankendi.",  # "today" alone is too weak a date
    "If the Iranians are bringing fuel to Karabakh even today, what did they do before?",
    "The rest is history, Goris officials said on 3 May.",  # only the day it was said, and "the rest" of nothing
])
def test_dated_looking_sentences_that_are_not_claims(text):
    assert extract(text) == ()


def test_a_dated_event_with_a_place_but_no_movement_is_other_and_flagged():
    c = only("Archaeologists resumed excavations on Monday near Goris.")
    assert (c.kind, c.date_start, c.place) == ("other", D(2021, 9, 6), "goris")
    assert c.flags == ("no movement, diplomatic or restriction verb: kind is 'other'",) and c.confidence <= 0.6


def test_a_restriction_beside_a_figure_is_a_claim_of_its_own():
    claims = extract("Since August 11, 14 trucks have stood at Khankendi, unable to pass the Lachin corridor.")
    assert sorted((c.kind, c.count) for c in claims) == [("restriction", None), ("stock", 14)]
    held = next(c for c in claims if c.kind == "restriction")
    assert (held.date_start, held.date_end) == (D(2021, 8, 11), D(2021, 9, 10))  # since then, to publication
    # a restriction that only says when is no claim beside the figure
    assert [c.kind for c in extract("Before the blockade, on August 11, 40 trucks entered Khankendi.")] == ["entry"]


# --- several claims in one sentence -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the event a sentence names to date something else is a claim of its own
    ("More than 1,000 residents had left Khankendi by Friday, following the offensive of 19 September.",
     [("other", None, D(2021, 9, 19)), ("population_movement", 1000, D(2021, 9, 10))]),
    ("On 9 September, 40 trucks entered Khankendi under the ceasefire statement of 10 November 2020.",
     [("diplomatic", None, D(2020, 11, 10)), ("entry", 40, D(2021, 9, 9))]),
    # a closure and its reopening: two claims; "three days later" counts from the closure's day (derived)
    ("The Lachin corridor was closed on 3 September and reopened three days later.",
     [("other", None, D(2021, 9, 6)), ("restriction", None, D(2021, 9, 3))]),
    ("Snow closed the Goris-Kapan highway on 4 September; it reopened at 6 p.m.",
     [("other", None, D(2021, 9, 4)), ("restriction", None, D(2021, 9, 4))]),
    # a reopening after a closure is only the reopening
    ("The Goris-Kapan highway was reopened on 4 September after a four-day closure.", [("other", None, D(2021, 9, 4))]),
    # "and 9 who …": a bare number with a relative clause counts what the sentence counted before it
    ("On 4 September, 17 patients crossed into Armenia, and 9 who had completed treatment went back to Khankendi.",
     [("population_movement", 9, D(2021, 9, 4)), ("population_movement", 17, D(2021, 9, 4))]),
])
def test_claims_that_share_a_sentence(text, expected):
    got = sorted(((c.kind, c.count, c.date_start) for c in extract(text)), key=lambda t: (t[1] or 0, t[0]))
    assert got == expected


def test_a_reopening_counted_from_its_closure_says_it_is_derived():
    reopened = next(c for c in extract("The Lachin corridor was closed on 3 September and reopened three days later.")
                    if c.kind == "other")
    assert reopened.derived and "three days later" in reopened.derivation


@pytest.mark.parametrize("text, kind", [
    # towards Armenia from a text about Karabakh: out of Karabakh; from a text about the Iranian border: in
    ("Khankendi and Shusha are emptying. On 4 September, 1,850 vehicles crossed the checkpoint towards Armenia.", "exit"),
    ("Norduz and Tabriz report queues. On 4 September, 1,850 trucks crossed the checkpoint towards Armenia.", "entry"),
    # the way named outranks the text's subject
    ("Khankendi and Shusha are emptying. On 4 September, 300 trucks crossed the Agarak-Norduz crossing towards "
     "Armenia.", "entry"),
])
def test_towards_armenia_takes_the_border_the_text_is_about(text, kind):
    counted = [c for c in extract(text) if c.count is not None]
    assert [c.kind for c in counted] == [kind]


@pytest.mark.parametrize("sentence, kind", [
    # the wounded brought to hospital are a medical evacuation
    ("On August 11, 43 wounded servicemen were brought to the hospital in Goris.", "population_movement"),
    # troops brought to a town are not
    ("On August 11, 400 servicemen were brought to Goris.", "entry"),
    # what does not get through is a restriction, with or without a count
    ("Gas from Armenia has not reached Khankendi since August 11.", "restriction"),
    ("On August 11, the convoy did not enter Khankendi.", "restriction"),
])
def test_the_wounded_to_hospital_move_and_what_does_not_get_through_is_restricted(sentence, kind):
    assert only(sentence).kind == kind
