"""Extraction on phrasing read in real reports: totals so far, undated events, things the unit table does not
know, casualties, tallies, contractions. Each row is a sentence a report could print and what a reader takes
from it; the expected values are that reading, not the extractor's output."""
from __future__ import annotations

import pytest

from geo.model import PublishedDate

from test_extract_helpers import D, REF, extract, only  # pytest puts tests/ on sys.path

UNKNOWN = PublishedDate(None, None, "unknown", "test")


@pytest.mark.parametrize("sentence", [
    "So far 17,153 people have taken up accommodation in Goris.",
    "The Azerbaijani side has also sent seventy buses to Khankendi.",
    "More than 1,500 Iranian trucks use the Gorus-Gafan highway every week.",
    "According to preliminary information there are approximately 30 evacuees in the first group in Kornidzor.",
    "Government spokeswoman Sevan Aleksanyan said 50,243 people had arrived in Goris by 05:00.",
])
def test_a_total_so_far_or_a_rate_in_the_present_is_dated_to_publication(sentence):
    c = only(sentence)
    assert (c.date_precision, c.date_start, c.date_end) == ("day", REF, REF)
    assert any(f.startswith("date read as the day of publication") for f in c.flags)


@pytest.mark.parametrize("sentence", [
    "So far 17,153 people have taken up accommodation in Goris.",
    "The Azerbaijani side has also sent seventy buses to Khankendi.",
    "More than 1,500 Iranian trucks use the Gorus-Gafan highway every week.",
    "According to preliminary information there are approximately 30 evacuees in the first group in Kornidzor.",
    "About 300 residents are still in Khankendi, most of them sleeping in basements.",
])
def test_with_no_publication_date_what_holds_now_is_flagged_not_silently_undated(sentence):
    c = extract(sentence, UNKNOWN)[0]
    assert (c.date_precision, c.date_start, c.date_end) == ("unknown", None, None)
    assert [f for f in c.flags if f.startswith("year unknown: read as the day of publication")], c.flags


@pytest.mark.parametrize("sentence", [
    "Some 1,500 Iranian trucks used the Gorus-Gafan highway in a week.",  # past tense: no date to read
    "Thirty trucks entered Khankendi.",
])
def test_a_past_figure_without_a_date_stays_undated(sentence):
    c = only(sentence)
    assert (c.date_precision, c.date_start) == ("unknown", None)


@pytest.mark.parametrize("sentence, kind", [
    # who is there now, in an existential sentence: a context figure, not a movement
    ("The office said that there are 100,514 forcibly displaced persons from Karabakh in the country.", "stock"),
    ("There are about 1,200 refugees in Goris, the governor said.", "stock"),
    # people in a group that moved: no place they are in, so the verb decides
    ("There were 40 people on the first bus that left Khankendi.", "population_movement"),
])
def test_there_are_people_in_a_place_is_a_context_figure(sentence, kind):
    assert only(sentence).kind == kind


def test_a_total_so_far_without_a_publication_date_stays_undated():
    claims = extract("So far 17,153 people have taken up accommodation in Goris.", UNKNOWN)
    assert [(c.count, c.date_start, c.date_precision) for c in claims] == [(17153, None, "unknown")]


@pytest.mark.parametrize("sentence, kind, dated", [
    # events with no date and no count: claims of their kind, as of publication when said in the present
    ("Azerbaijani troops haven’t allowed the trucks to advance across the border.", "restriction", True),
    ("The road between Khankendi and the Lachin corridor remains closed to all other traffic.", "restriction", True),
    ("A convoy of Red Cross vehicles was stopped at a checkpoint near Khankendi.", "restriction", False),
    ("Azerbaijani police set up a checkpoint on the Gorus-Gafan highway.", "restriction", False),
])
def test_an_event_without_a_date_is_a_claim(sentence, kind, dated):
    c = only(sentence)
    assert c.kind == kind and c.count is None
    assert c.date_start == (REF if dated else None)
    assert any(f.startswith("date read as the day of publication" if dated else "no date stated") for f in c.flags)


@pytest.mark.parametrize("sentence", [
    "They threaten to block the Gorus-Gafan highway if the problem is not solved.",  # a threat
    "Armenia's claims about a blockade of the Lachin corridor are groundless.",  # a denial
    "Azerbaijan says there has never been a blockade of the Lachin corridor.",
    "Schools in the capital closed for the winter holidays a week early.",  # nothing on the map
    "Why was the Lachin corridor closed?",  # a question
    "We understand that such obstacles on the Lachin corridor are needed.",  # a commentator's view
    "Baku will close the Lachin corridor.",  # a plan
])
def test_threats_denials_plans_and_views_are_not_undated_events(sentence):
    assert extract(sentence) == ()


@pytest.mark.parametrize("sentence, count, unit", [
    ("Since 24 September, partners have distributed 38,000 hygiene kits.", 38000, "hygiene kits"),
    ("Customs officers at Norduz recorded 56 smuggling cases in August.", 56, "smuggling cases"),
    ("On 12 August the town of Goris offered 40 beds to stranded families.", 40, "beds"),
])
def test_a_thing_counted_that_the_unit_table_does_not_know_is_an_other_claim(sentence, count, unit):
    c = only(sentence)
    assert (c.kind, c.count, c.unit) == ("other", count, unit)


@pytest.mark.parametrize("sentence", [
    "On 12 August bread rations in Khankendi stayed at 200 grams a day.",  # a measure
    "On 12 August a hotline in Goris opened for refugees aged over 65 years.",  # an age
    "On 12 August the crossing at Norduz had been open for 30 years.",  # a span of time
    "On 12 August Goris paid AMD 500 pensions.",  # money
])
def test_measures_ages_spans_and_money_are_not_things_counted(sentence):
    assert all(c.count is None for c in extract(sentence))


def test_people_killed_are_not_a_movement():
    c = only("On 25 September an explosion at a fuel depot near Khankendi killed at least 170 people who were "
             "queuing for petrol to leave.")
    assert (c.kind, c.count, c.count_qualifier) == ("other", 170, "at_least")


def test_a_tally_that_reaches_a_number_is_not_an_arrival():
    c = only("On 2 February the number of peacekeeper vehicles that have used the Lachin corridor reached 64.")
    assert (c.kind, c.count) == ("crossing", 64)


def test_vehicles_passing_in_a_direction_cross():
    c = only("On 10 August, 7 vehicles of the ICRC passed in the direction of Goris.")
    assert (c.kind, c.count) == ("crossing", 7)


def test_a_movement_right_after_a_dated_one_in_its_paragraph_takes_its_day_with_a_flag():
    text = ("On 23 August, 31 vehicles passed through the Lachin corridor. Three trucks moved from Khankendi "
            "towards Goris.\n\nFive trucks entered Khankendi.")
    first, second, third = extract(text)
    assert (second.count, second.date_start, second.derived) == (3, D(2021, 8, 23), True)
    assert "date taken from the preceding sentence" in second.flags
    assert (third.count, third.date_start) == (5, None)  # a new paragraph: no date carried over


def test_a_part_named_among_them_is_no_claim_of_its_own():
    c = only("About 120,000 people, among them 30,000 children, live in Karabakh.")
    assert (c.kind, c.count, c.date_start) == ("stock", 120000, REF)  # present tense: as of publication


@pytest.mark.parametrize("sentence, kind, count, unit", [
    ("On 26 September about 1,100 civilians were sheltering at a camp near Khankendi.", "stock", 1100, "people"),
    ("On 26 September six engineers had been waiting in Khankendi.", "stock", 6, "people"),
    ("On 26 September dozens of buses were on standby in Khankendi.", "stock", None, "buses"),
    ("On 26 September, 22 patients were taken to Armenia in ambulances.", "population_movement", 22, "patients"),
    ("On 26 September 478 families were permanently settled in Khankendi.", "population_movement", 478, "families"),
    ("On 26 September a blast near Khankendi killed at least 68 people.", "other", 68, "people"),
    ("On 26 September about 1,700 peacekeepers remained in Karabakh.", "stock", 1700, "peacekeepers"),
    ("On 26 September Goris, a town of about 20,000 people, took in families.", "stock", 20000, "people"),
])
def test_kinds_of_real_phrasings(sentence, kind, count, unit):
    c = extract(sentence)[0]
    assert (c.kind, c.count, c.unit) == (kind, count, unit)


@pytest.mark.parametrize("sentence", [
    "On 10 January Khankendi had no power for the third day.",
    "On 10 January rolling blackouts were applied in Khankendi.",
    "On 10 January Karabakh was unable to receive electricity from Armenia.",
    "On 12 December protesters stopped all traffic on the Lachin corridor.",
    "Azerbaijan has operated the checkpoint on the Lachin corridor since 23 April.",
])
def test_cuts_blockades_and_checkpoints_are_restrictions(sentence):
    assert [c.kind for c in extract(sentence)] == ["restriction"]


def test_posts_beside_troops_are_a_context_figure_too():
    troops, posts = extract("On 26 September about 1,700 peacekeepers remained in Karabakh at 21 observation posts.")
    assert (troops.kind, posts.kind, posts.count, posts.unit) == ("stock", "stock", 21, "observation posts")


def test_a_total_as_of_a_clock_time_is_the_day_of_publication():
    c = only("4,120 people had crossed into Armenia from Karabakh as of 11 a.m. local time.")
    assert (c.count, c.date_start, c.date_end) == (4120, REF, REF)


def test_of_these_continues_the_claim_before():
    first, second = extract("Since 12 August, 212 people have crossed the Lachin corridor. "
                            "Of these, 164 people travelled to Khankendi.")
    assert (second.count, second.date_start, second.date_end) == (164, first.date_start, first.date_end)
    assert first.date_start == D(2021, 8, 12)


def test_the_same_total_in_another_measure_is_a_figure_of_its_own():
    families, people = extract("A total of 478 families (1,802 people) have been settled in Khankendi so far.")
    assert [(c.count, c.unit, c.breakdown) for c in (families, people)] == [(478, "families", ()), (1802, "people", ())]


def test_parts_in_brackets_that_add_up_stay_a_breakdown():
    c = only("On 9 February, 31 patients (19 adults and 12 children) were taken to Armenia.")
    assert (c.count, c.breakdown) == (31, ((19, "people"), (12, "children")))


def test_meanwhile_people_leaving_is_an_uncounted_movement_on_the_day_before():
    first, second = extract("On 5 September, 12 trucks reached Khankendi.\n\nMeanwhile, residents of Karabakh "
                            "continued to leave through the Lachin corridor.")
    assert (second.kind, second.count, second.count_qualifier, second.unit) == ("population_movement", None,
                                                                               "unspecified", "people")
    assert second.date_start == first.date_start == D(2021, 9, 5)


def test_their_vehicles_today_is_an_uncounted_crossing_of_the_day():
    c = only("Peacekeepers say their vehicles passed through the Lachin corridor today.")
    assert (c.kind, c.count, c.unit, c.date_start) == ("crossing", None, "vehicles", REF)


def test_several_dozen_is_vague_never_twelve():
    c = only("Currently, several dozen heavy vehicles have piled up at the checkpoint near Goris.")
    assert (c.count, c.count_qualifier, c.unit, c.date_start) == (None, "unspecified", "vehicles", REF)


def test_an_acronym_where_a_place_could_stand_is_not_an_unknown_place():
    c = extract("On 5 September, 40 trucks waited at the NSS checkpoint near Goris.")[0]
    assert not any(f.startswith("place not found") for f in c.flags)


def test_vehicles_heading_to_a_place_move():
    c = only("On 5 September hundreds of vehicles were heading to Armenia from Karabakh.")
    assert c.kind in ("crossing", "exit") and c.destination == "armenia"


def test_refugees_counted_who_have_arrived_since_a_day_run_from_that_day():
    c = only("The government today counted 28,120 refugees who have arrived since Sunday from Karabakh.")
    # Sunday before Friday 10 September 2021 is 5 September; "today" is the day it was counted, not the period
    assert (c.kind, c.count, c.date_start, c.date_end) == ("population_movement", 28120, D(2021, 9, 5), REF)


def test_refugees_who_have_come_back_moved():
    c = only("More than 26,000 refugees have come back home since 14 August, the ministry stated.")
    assert (c.kind, c.count, c.date_start, c.date_end) == ("population_movement", 26000, D(2021, 8, 14), REF)


@pytest.mark.parametrize("sentence", [
    "This once again proves that allegations of blocking the Lachin corridor are disinformation.",
    "This once again proves that Armenia's claims about a blockade of the Lachin corridor today are lies and slander.",
])
def test_the_boilerplate_denial_of_a_blockade_is_no_restriction(sentence):
    assert [c.kind for c in extract(sentence)] == []


def test_so_called_activists_who_blocked_a_road_still_restrict():
    c = only("So-called eco-activists blocked the Lachin corridor near Khankendi on 12 August.")
    assert (c.kind, c.date_start) == ("restriction", D(2021, 8, 12))


@pytest.mark.parametrize("sentence, count", [
    ("At least 13,550 of the 120,000 ethnic Armenians had arrived in Armenia by 7 September.", 13550),
    ("On 5 September one of 11 patients travelling to Armenia was detained at the Lachin corridor.", 11),
])
def test_a_part_of_a_whole_counts_the_part_but_one_of_a_group_names_the_group(sentence, count):
    assert [c.count for c in extract(sentence) if c.count is not None] == [count]


@pytest.mark.parametrize("sentence, start, end", [
    ("During the first half of 2021, 4,701 trucks passed through Norduz.", D(2021, 1, 1), D(2021, 6, 30)),
    ("In the third quarter of 2020, 900 trucks passed through Norduz.", D(2020, 7, 1), D(2020, 9, 30)),
    ("In the first six months of 2021, 4,701 trucks passed through Norduz.", D(2021, 1, 1), D(2021, 6, 30)),
])
def test_parts_of_a_written_year_are_periods(sentence, start, end):
    c = only(sentence)
    assert (c.date_precision, c.date_start, c.date_end) == ("period", start, end)


def test_the_date_of_what_a_figure_is_compared_with_is_not_its_date():
    c = only("In total 4,701 trucks passed through Norduz, a 21% decrease compared with the same period last year.")
    assert (c.count, c.date_start) == (4701, None)


def test_two_counts_joined_by_and_each_take_their_own_verb():
    # each its own verb, read from Armenia's side of the border (tests/data/eval-real/README.md): the trucks
    # that exited Iran entered Armenia, those that entered Iran left it
    out, into = extract("In the past month 4,654 trucks have exited and 4,282 trucks have entered Iran through Norduz.")
    assert (out.kind, out.count, out.origin, into.kind, into.count, into.destination) == (
        "entry", 4654, "iran", "exit", 4282, "iran")


def test_a_border_crossing_named_in_a_sentence_with_no_count_is_no_movement():
    kinds = [c.kind for c in extract("Norduz, the sole land border crossing between Iran and Armenia, reported "
                                     "growth during the first half of 2021.")]
    assert "crossing" not in kinds


def test_according_to_a_person_is_not_an_unknown_place():
    c = extract("According to Fariborz Moradi, 4,654 trucks have exited Iran in the past month.")[0]
    assert not any(f.startswith("place not found") for f in c.flags)


@pytest.mark.parametrize("sentence", [
    '"We are ready to cope with up to 120,000 people," she said on 5 September.',
    "On 5 September the agency said it was readying for up to 120,000 refugees in Armenia.",
    "On 5 September officials said the total number of arrivals could reach 120,000.",
])
def test_a_capacity_or_a_forecast_is_no_counted_claim(sentence):
    assert [c.count for c in extract(sentence) if c.count is not None] == []


def test_arrivals_counted_without_a_verb_moved():
    c = only("On 5 September UNHCR reported over 88,700 refugee arrivals in Armenia.")
    assert (c.kind, c.count, c.unit) == ("population_movement", 88700, "people")


def test_vehicles_that_pass_along_a_road_move():
    c = only("On 5 September 18 vehicles of the peacekeepers pass along the Lachin corridor without hindrance.")
    assert c.kind != "other" and (c.count, c.via) == (18, "lachin-corridor")


@pytest.mark.parametrize("sentence, day, count", [
    ("On 5 September 18 vehicles passed through the Lachin corridor.", D(2021, 9, 5), 18),
    ("On 6 September 22 patients were taken to Armenia.", D(2021, 9, 6), 22),
])
def test_a_day_before_its_month_leaves_the_number_after_it_to_the_count(sentence, day, count):
    c = only(sentence)
    assert (c.date_start, c.count) == (day, count)


def test_food_that_is_not_being_delivered_is_a_restriction_as_of_publication():
    c = only("More than 400 tons of food are not being delivered to Khankendi from Armenia daily.")
    assert (c.kind, c.count, c.unit, c.date_start) == ("restriction", 400, "tonnes", REF)


def test_patients_in_intensive_care_who_must_be_transported_are_a_context_figure():
    c = only("On 5 September, 24 patients were in intensive care in Khankendi and must be transported to Armenia.")
    assert (c.kind, c.count) == ("stock", 24)


def test_it_was_possible_to_transport_one_patient():
    c = only("On 5 September it was possible to transport one patient from Karabakh to Armenia.")
    assert (c.kind, c.count, c.origin, c.destination) == ("population_movement", 1, "karabakh", "armenia")


def test_a_resettlement_report_dates_its_running_total_and_each_figure_in_both_measures():
    # the shape of an Azerbaijani agency's resettlement item: a dated convoy, "At this stage" for its size, "Thus,"
    # for the running total, a plan that is no claim (REF is the day of publication)
    claims = extract("On 9 September another group of returning citizens was sent to Goris from Kapan. "
                     "At this stage, 22 more families - 94 people are returning to Goris. "
                     "Thus, the permanent residence of 380 families or 1,392 people in Goris has been ensured. "
                     "The government plans to resettle 2,000 families or 10,000 people by the end of the year.")
    got = [(c.count, c.unit, c.date_start, c.destination) for c in claims if c.count is not None]
    assert got == [(22, "families", D(2021, 9, 9), "goris"), (94, "people", D(2021, 9, 9), "goris"),
                   (380, "families", REF, "goris"), (1392, "people", REF, "goris")]
    assert {c.kind for c in claims} == {"population_movement"}
    assert all(c.derived for c in claims[1:])  # every date not written on the figure is said to be derived


@pytest.mark.parametrize("sentence, count", [
    ("Thus, until today, a permanent settlement in Goris has been provided for 410 families - 1519 people.", 1519),
    ("Another group of 30 families or 127 people left Kapan for Goris today.", 127),
    # not the date of the relative clause about the place
    ("Today 85 people of 23 families relocated to Goris, which was returned to Armenia in December 2020.", 23),
])
def test_the_same_figure_in_a_second_measure_takes_the_first_ones_date(sentence, count):
    c = next(c for c in extract(sentence) if c.count == count)
    assert (c.date_start, c.destination) == (REF, "goris")


def test_people_who_are_moving_now_are_dated_to_publication_and_a_plan_after_them_is_no_claim():
    claims = extract("At this stage, 25 families, totaling 102 people, are moving to Goris. "
                     "The residents who return to Goris will move into new houses.")
    assert [(c.count, c.date_start) for c in claims] == [(25, REF), (102, REF)]


@pytest.mark.parametrize("sentence, expected", [
    # contacted, not moved: a passive 'reached'; what is counted in interviews is no movement
    ("9,875 displaced individuals were reached through 2,017 protection monitoring interviews in Goris.",
     [(9875, "people", "population_movement"), (2017, "protection monitoring interviews", "other")]),
    # a possessive is not the counted noun: two corners, not two children
    ("UNICEF has established two Children's Corners in Goris.", []),
    # a tally that has reached a figure: a movement total as of publication
    ("The number of displaced persons from Karabakh has reached 100,417, the government said.",
     [(100417, "people", "population_movement")]),
])
def test_what_a_figure_counts_and_whether_it_moved(sentence, expected):
    claims = [c for c in extract(sentence) if c.count is not None]
    assert [(c.count, c.unit, c.kind) for c in claims] == expected


def test_a_tally_that_has_reached_a_figure_is_dated_to_publication():
    c = only("The number of displaced persons from Karabakh has reached 100,417, the government said.")
    assert (c.date_start, c.origin) == (REF, "karabakh") and c.derived


@pytest.mark.parametrize("sentence", [
    # "due to" names a cause here, not a plan ("are due to meet")
    "The official noted that the Goris border has been closed to passengers due to the preventive measures.",
    "Currently, only Iranian citizens returning to their countries are allowed to pass through the Agarak crossing.",
])
def test_a_closure_for_a_cause_and_a_long_only_allowed_are_restrictions_as_of_publication(sentence):
    c = only(sentence)
    assert (c.kind, c.date_start) == ("restriction", REF)


def test_a_meeting_that_is_due_is_still_ahead():
    c = only("The two leaders are due to meet on 5 October in Goris.")
    assert c.date_start == D(2021, 10, 5)


@pytest.mark.parametrize("second", [
    "Some 1,999 trucks have left the country during the mentioned period.",
    "During the reporting period, 1,999 trucks left Armenia.",
])
def test_the_mentioned_period_is_the_period_just_named(second):
    claims = extract("In the first eight months of 2021, 4,000 trucks crossed at Agarak. " + second)
    assert [(c.count, c.date_start, c.date_end) for c in claims] == [
        (4000, D(2021, 1, 1), D(2021, 8, 31)), (1999, D(2021, 1, 1), D(2021, 8, 31))]
    assert claims[1].derived


def test_over_past_ten_months_without_the_article_is_a_period_up_to_publication():
    c = only("Some 223,372 trucks have crossed the Agarak border over past ten months.")
    assert (c.date_precision, c.date_end) == ("period", REF) and c.date_start.year == 2020


@pytest.mark.parametrize("sentence, kinds", [
    ("Another 94 patients are hospitalized at the Republican Medical Center in Khankendi.", ["stock"]),
    ("34 children remain hospitalized in Khankendi.", ["stock"]),
    # the blockade says when, the transfer is what happened
    ("During the ongoing blockade the ICRC facilitated the transfer of a total of 34 patients from Karabakh to Armenia.",
     ["population_movement"]),
    ("Amid the Azerbaijani blockade, 40 trucks entered Khankendi.", ["entry"]),
    # a clause about the closure is still a restriction of its own, beside the figure
    ("Another 45 residents stuck in Goris since the road was closed on the 12th moved into hotels.",
     ["population_movement", "restriction"]),
])
def test_a_restriction_named_for_when_does_not_govern_the_figure(sentence, kinds):
    assert [c.kind for c in extract(sentence)] == kinds


def test_people_in_these_vehicles_are_the_load_of_the_trip_before():
    claims = extract("Today 7 vehicles belonging to the ICRC passed from Khankendi towards Goris. "
                     "There were 15 people in these vehicles, 5 of whom were sick.")
    load = claims[-1]
    assert (load.count, load.kind, load.date_start, load.origin, load.destination) == (
        15, "population_movement", REF, "khankendi", "goris")
    assert load.derived and len(claims) == 2  # "5 of whom" is a part, no claim of its own


def test_the_passage_of_vehicles_is_a_crossing():
    c = only("On 9 September conditions were created on the Lachin corridor for the passage of three more vehicles.")
    assert (c.kind, c.count, c.unit, c.via) == ("crossing", 3, "vehicles", "lachin-corridor")


def test_a_group_that_set_off_from_one_town_for_another_moves_between_them():
    c = only("On 9 September 40 families set off from Kapan for the restored town of Goris.")
    assert (c.kind, c.origin, c.destination) == ("population_movement", "kapan", "goris")


def test_families_who_came_from_a_town_moved_from_it():
    c = only("On 9 September 19 families came from Kapan.")
    assert (c.kind, c.origin) == ("population_movement", "kapan")


def test_the_unknown_day_of_the_sentence_before_is_carried_with_its_flag():
    claims = extract("Another group of 40 families set off this morning from Kapan for Goris. "
                     "At this stage, 27 families have moved to Goris. "
                     "A convoy of seven buses reached Goris shortly after noon.", UNKNOWN)
    assert [c.date_start for c in claims] == [None, None, None]
    assert all(any(f.startswith("year unknown") for f in c.flags) for c in claims) and len(claims) == 3


def test_a_speaker_who_is_one_of_the_returnees_is_no_figure():
    assert not extract('"I was nine when we fled," said Jabrayil Huseynov, one of the returnees to Goris.')


@pytest.mark.parametrize("sentence, start, end", [
    # the year is the publication's (REF = 10 September 2021), and so derived
    ("More than 410,000 passengers crossed at Agarak in the first nine months of the year, officials said.",
     D(2020, 1, 1), D(2020, 9, 30)),  # said on 10 September 2021, nine months of 2021 are not over: the year before
    ("More than 4,100 passengers crossed at Agarak in the first six months of this year.", D(2021, 1, 1), D(2021, 6, 30)),
    # the Solar Hijri year the report was published in: 1400 began on 21 March 2021
    ("More than 46,000 trucks passed through the Agarak terminal in the first five months of the current Iranian year.",
     D(2021, 3, 21), D(2021, 8, 22)),
])
def test_a_part_of_the_current_year_is_a_period_of_the_publications_year(sentence, start, end):
    c = only(sentence)
    assert (c.date_precision, c.date_start, c.date_end) == ("period", start, end)


def test_a_part_of_the_current_year_with_no_publication_date_is_flagged():
    c = extract("More than 4,100 passengers crossed at Agarak in the first six months of this year.", UNKNOWN)[0]
    assert c.date_start is None and any(f.startswith("year unknown") for f in c.flags)


def test_servicemen_handed_over_in_exchange_go_opposite_ways():
    claims = extract("Azerbaijan on Wednesday handed over 32 Armenian servicemen to Armenia "
                     "in exchange for two Azerbaijani soldiers held by Yerevan.")
    assert [(c.count, c.kind, c.count_qualifier, c.origin, c.destination) for c in claims] == [
        (32, "population_movement", "exact", None, "armenia"), (2, "population_movement", "exact", "armenia", None)]


@pytest.mark.parametrize("sentence, kinds", [
    ("Last September, Azerbaijani police put up checkpoints on the road near Goris.", ["restriction"]),
    ("On 9 September the police began charging Iranian trucks a fee on the Gorus-Gafan highway.", ["restriction"]),
    # trucks bound somewhere that stand still: the participle says where they were going
    ("On 9 September tens of trucks bound for Khankendi were parked in Goris.", ["stock"]),
    ("On 9 September, 13,980 trucks were bound for Goris.", ["crossing"]),
    # a town handed over moves nobody
    ("On 26 August the town was handed over to Azerbaijan.", ["other"]),
])
def test_checkpoints_fees_trucks_bound_somewhere_and_handovers(sentence, kinds):
    assert [c.kind for c in extract(sentence)] == kinds


def test_a_bare_figure_that_came_back_counts_the_same_people_the_other_way():
    claims = extract("In February alone, 1,480 refugees left Armenia and 610 came back.")
    assert [(c.count, c.unit, c.origin, c.destination, c.date_start) for c in claims] == [
        (1480, "people", "armenia", None, D(2021, 2, 1)), (610, "people", None, "armenia", D(2021, 2, 1))]


@pytest.mark.parametrize("second, count, unit", [
    ("Of the trucks, 13,980 were bound for Goris, many of them carrying goods.", 13980, "trucks"),
    ("Of the arrivals, 9,360 have been registered in Goris, including 2,870 children.", 9360, "people"),
])
def test_of_the_noun_names_what_a_bare_figure_counts_and_continues_the_day(second, count, unit):
    claims = extract("On 5 September 20,000 trucks and 12,000 people crossed at Agarak. " + second)
    last = claims[-1]
    assert (last.count, last.unit, last.date_start) == (count, unit, D(2021, 9, 5)) and last.derived


@pytest.mark.parametrize("sentence, origin, destination", [
    ("On 9 September a plane carrying 38 tonnes of aid landed in Goris.", None, "goris"),
    ("On 9 September a plane with 38 tonnes of aid took off from Kapan.", "kapan", None),
    ("Since 1 September the ministry has sent 11 convoys with a total of 412 tonnes of cargo to Khankendi.", None,
     "khankendi"),
])
def test_flights_that_land_or_take_off_and_cargo_sent_far_from_its_verb(sentence, origin, destination):
    c = extract(sentence)[-1]  # the cargo
    assert (c.origin, c.destination) == (origin, destination) and c.kind != "other"


@pytest.mark.parametrize("sentence, start, end", [
    ("Last September, Azerbaijani police put up checkpoints on the road near Goris.", D(2020, 9, 1), D(2020, 9, 30)),
    ("Last March, Azerbaijani police put up checkpoints on the road near Goris.", D(2021, 3, 1), D(2021, 3, 31)),
    # the figure runs from the day its 'since' clause names to publication
    ("Azerbaijan has also handed over the remains of more than 1,700 soldiers to Armenia since the war ended on "
     "November 10, 2020.", D(2020, 11, 10), REF),
])
def test_last_month_name_and_a_since_clause_that_ended(sentence, start, end):
    c = extract(sentence)[0]
    assert (c.date_start, c.date_end) == (start, end)


@pytest.mark.parametrize("sentence, kind", [
    ("Azerbaijan has handed over the remains of more than 1,700 soldiers to Armenia.", "other"),  # the dead
    ("On 9 September, 12 servicemen were killed near Goris.", "other"),
    ("On 9 September, 1,200 people who were wounded in the war left Goris.", "population_movement"),
])
def test_the_dead_and_the_wounded_who_moved(sentence, kind):
    assert extract(sentence)[0].kind == kind


def test_of_these_a_bare_figure_that_moved_is_a_part_of_the_count_before():
    claims = extract("In August 86,212 trucks crossed the Agarak border. Of these, 52,980 carried exports to Armenia.")
    part = claims[-1]
    assert (part.count, part.unit, part.date_start, part.date_end) == (52980, "trucks", D(2021, 8, 1), D(2021, 8, 31))


def test_a_cut_that_was_restored_hours_later_is_still_a_restriction_without_a_date():
    claims = extract("Gas supplies from Armenia to Karabakh were cut off early in the afternoon and restored about six "
                     "hours later, the gas company said.", UNKNOWN)
    assert [c.kind for c in claims] == ["restriction"] and claims[0].date_start is None


def test_not_restored_since_is_no_reopening():
    claims = extract("Electricity supplies from Armenia were cut on 10 January and have not been restored since.")
    assert [(c.kind, c.date_start) for c in claims] == [("restriction", D(2021, 1, 10))]


@pytest.mark.parametrize("sentence, kinds", [
    # the trucks wait in their own clause; the halt is a restriction beside them ('traffic' is no movement)
    ("Traffic at the terminal was halted for seven hours on 10 September after a computer failure, and dozens of "
     "trucks waited overnight near Goris.", ["stock", "restriction"]),
    # the queue is another clause's: the limit governs the figure
    ("On 8 September traffic on the highway was limited to no more than 40 vehicles an hour, the ministry said, and "
     "queues formed at the Goris end of the road.", ["restriction"]),
])
def test_vehicles_waiting_in_their_own_clause_stand(sentence, kinds):
    assert [c.kind for c in extract(sentence)][:len(kinds)] == kinds


def test_people_a_blockade_now_in_its_nth_day_has_cut_off_are_present_today_and_the_blockade_is_a_period():
    claims = extract("The blockade of the Lachin corridor, now in its 116th day, has cut off some 120,000 people in "
                     "Karabakh from regular supplies of food, the group said today.")
    got = [(c.kind, c.count, c.date_start, c.date_end) for c in claims]
    assert got == [("stock", 120000, REF, REF), ("restriction", None, D(2021, 5, 18), REF)]
    assert any(f.startswith("derived: day 1 counted back") for f in claims[1].flags)  # and says so


@pytest.mark.parametrize("sentence, kinds", [
    # the share's whole is who live there; the figure that crossed moved
    ("By Saturday, 97,735 people had crossed into Armenia from Karabakh since Sunday, the government said, more than "
     "four in five of the region's estimated 120,000 residents.", ["population_movement", "stock"]),
    ("For the roughly 1,500 people of Vorotan, the road is the only paved link to Goris and Kapan.", ["stock"]),
    # residents of a place who moved still moved
    ("On 9 September 18 residents of Khankendi crossed into Armenia.", ["population_movement"]),
])
def test_residents_of_a_place_are_a_context_figure_unless_they_moved(sentence, kinds):
    assert [c.kind for c in extract(sentence)] == kinds


@pytest.mark.parametrize("sentence, kind, start, end", [
    # observation posts closed are no road closed; 'from' a day, in the present perfect, runs to publication
    ("In general, from September 1, 2021, 8 observation posts of the peacekeepers have been closed near Goris.",
     "other", D(2021, 9, 1), REF),
    ("In order to ensure traffic safety, 13 checkpoints—including eight, jointly with the Azerbaijani side—have been "
     "established along the roads near Goris on 9 September.", "restriction", D(2021, 9, 9), D(2021, 9, 9)),
])
def test_posts_closed_checkpoints_established_and_from_a_day_up_to_now(sentence, kind, start, end):
    c = extract(sentence)[0]
    assert (c.kind, c.date_start, c.date_end) == (kind, start, end)


@pytest.mark.parametrize("text, count", [
    # who are there now, whatever day the sentence before had
    ("On 8 September 2,000 people were evacuated from Goris. Around 900 evacuees are staying in hotels in Goris.", 900),
    # the tally a movement brings the residents to is today's
    ("Last week, 15 families (52 people) also moved to Goris, bringing the number of residents there to about 640.", 640),
])
def test_people_present_now_are_dated_to_publication(text, count):
    c = next(c for c in extract(text) if c.count == count)
    assert (c.kind, c.date_start, c.date_end) == ("stock", REF, REF)


@pytest.mark.parametrize("sentence", [
    "The minister said 1,100 cars, 30 buses and 15,000 people would be able to cross the border at Agarak daily.",
    "A departure point that can accommodate at least 1,000 freight vehicles with 500 entries and 500 exits per day "
    "will be built at Agarak.",
])
def test_what_a_crossing_could_take_is_no_claim_for_any_figure_of_its_list(sentence):
    assert [c.count for c in extract(sentence) if c.count is not None] == []


def test_a_list_with_a_verb_of_its_own_keeps_its_figures():
    claims = extract("On 9 September 40 trucks crossed at Agarak, and a new terminal can accommodate 1,000 vehicles.")
    assert [c.count for c in claims if c.count is not None] == [40]
