"""Write the second real-phrasing DEVELOPMENT label files (<doc_id>.json) from the hand-written specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README.md). The labels
are a careful analyst's reading of each text, written BEFORE anyone tuned the code on this set; nobody
read or ran geo/geoparse.py, geo/placenames.py, geo/geocontext.py, geo/extract/*, geo/evaluate.py,
geo/ingest.py or `corridor-watch eval` to produce them, and nobody looked at the extractor's output. This
script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    .venv/bin/python tests/data/eval-real-2/build_labels.py           # write the JSON files
    .venv/bin/python tests/data/eval-real-2/build_labels.py --check   # also re-verify offsets and the
                                                                       # REAL-SCHEMA additions, and list every
                                                                       # occurrence of a known name that no
                                                                       # mention covers

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first (as eval-holdout does), then gn:<geonameid>, else null + note.
The helper, build and check sections are those of tests/data/eval-real/build_labels.py (copied unchanged,
with a longer EXTRA_NAMES list); the judgement calls are those of tests/data/eval-real/README.md, plus the
new ones listed in this folder's README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D  # noqa: E402
from real_dev_builder import build_set, check_set  # noqa: E402





KHOJ = "Martuni in Karabakh = Khojavend (GeoNames 146969 lists 'Martuni' as an alternate name), not Martuni on Lake Sevan"
AGDAM = "Aghdam, Azerbaijan (GeoNames 148619)"
ASKERAN = "Askeran = GeoNames 148450 'Askyaran' (alternate name Askeran)"
HADRUT = "Hadrut, Karabakh: not in the gazetteer nor in cities500"
TATEV = "Tatev, Syunik (GeoNames 174748)"
KAJ = "Kajaran, Syunik (GeoNames 174880); not Kajaran in Indonesia (7037526)"
ROAD_LC = ("the road through the Lachin corridor, named by its ends; one mention (as eval-holdout labels "
           "'Lachin-Khankendi road'), not the two towns")
SYU = "the province = gazetteer 'syunik'; not GeoNames 13132983, a village of that name"

DOCS = []

MOSC = "Moscow, Russia (GeoNames 524901)"
BARDA = "Barda, Azerbaijan (GeoNames 587057); not Barda in Perm Krai, Russia (579132)"
TABR = "Tabriz, Iran (GeoNames 113646)"
JOLFA = "Jolfa, East Azerbaijan, Iran (GeoNames 130081), not Julfa in Nakhchivan (148251)"
SIS = "Sisian, Syunik (GeoNames 174763)"
RMOD = "the Russian Defense Ministry"
SBS = "the State Border Service of Azerbaijan"
CAPTION_NOTE = "caption"

# ----------------------------------------------------------------------------------------------------------
# 1. Russian agency (Sputnik/UrduPoint-style relay). Tuesday 8 December 2020. Ordinal time stamp with the
#    year; the date is not given.
# ----------------------------------------------------------------------------------------------------------
ZAR = "Zarya News Agency"
HRC = "Colonel Igor Sokolov of the peacekeepers' Humanitarian Response Center"
RU_A = ("MOSCOW (Zarya) – More than 1,100 refugees have returned to Stepanakert from Armenia within the past 24 "
        "hours, escorted by Russian peacekeepers, the Russian Defense Ministry said on Tuesday.")
RU_B = ("\"In total, 1,136 people arrived from Yerevan to Stepanakert on 31 buses accompanied by patrols of the "
        "peacekeeping contingent and military police,\" the ministry said in a statement.")
RU_D = ("Overall, more than 36,000 refugees have come back to their homes in Nagorno-Karabakh since 14 November, "
        "when the first nine buses carrying around 250 residents reached Stepanakert from Yerevan.")
RU_E = ("The centre's seventh convoy, 15 KamAZ trucks with escort vehicles, proceeded along the Stepanakert–Martuni "
        "road on Monday and delivered 145 tonnes of building materials and food.")
RU_F = ("In all, about 2,100 tonnes of cargo have been moved in seven convoys since the centre began work on 25 "
        "November.")
RU_G = ("Nearly 1,000 people now live in the two remote villages of the Martakert district that received blankets "
        "and stoves from the centre last week, Sokolov said.")
RU_H = ("About 2,000 Russian peacekeepers are deployed in the region at 27 observation posts under the trilateral "
        "statement signed by the leaders of Russia, Azerbaijan and Armenia on 9 November.")
P24 = ("2020-12-07", "2020-12-08", "period")
DOCS.append(dict(
    doc_id="ru-agency-returnees-dec-2020", style="russian", side="russian",
    outlet="Zarya News Agency (fictional Russian news agency, English service)",
    title="Over 1,100 refugees return to Stepanakert in 24 hours, Russian military says",
    published="2020-12-08", published_given=False,
    published_in_text=dict(surface="Tue 8th December 2020 | 10:40 AM", date="2020-12-08",
                           how="printed date under headline"),
    captions=["Buses with returning refugees on the central square in Stepanakert on 14 November. Photo: Russian "
              "Defense Ministry press service"],
    not_places=[("Zarya", "the agency's name; 'Zarya' is a GeoNames alternate name of Zaria, Nigeria (2317765) and "
                          "of Baikonur, Kazakhstan (1521368)"),
                ("Sokolov", "surname of the centre's officer; Sokolov is a town in the Czech Republic (GeoNames "
                            "3065617)")],
    patterns=["P-ordinal-stamp", "P-agency-parenthesis-dateline", "P-headline-figure", "P-past-24-hours",
              "P-a-total-of", "P-returnees", "P-buses", "P-made-its-way", "P-clock-not-count", "P-since-date",
              "P-ordinal-not-count", "P-tonnes", "P-nearly-count", "P-relative-week", "P-stock-posts",
              "P-nested-road", "P-caption-credit", "P-surname-place", "P-acronym-agency"],
    traps=["time stamp 'Tue 8th December 2020 | 10:40 AM' with an ordinal day: the only date, published not given",
           "'within the past 24 hours' in a Tuesday statement = 7-8 December 2020",
           "headline 'Over 1,100 … in 24 hours' = the body's 'More than 1,100': one claim, on the body",
           "'1,136 people … on 31 buses' = two claims (people and buses)",
           "'The column … made its way' = a convoy of the same buses, no quantity asserted",
           "'since 14 November, when the first nine buses carrying around 250 residents' = three claims",
           "'The centre's seventh convoy' - 'seventh' is an ordinal, not a count; '15 KamAZ trucks' and '145 "
           "tonnes' are", "'seven convoys' (words) is a count", "'Nearly 1,000' = about",
           "'at about 18:30' - 'about' qualifies a clock time, not a count",
           "'Martakert district' and the 'Stepanakert–Martuni road' have no ids",
           "'on 9 November' without year = 2020 (the statement of 9 November 2020)",
           "'Zarya' and 'Sokolov' collide with GeoNames places"],
    mentions=[
        MM("Stepanakert", "khankendi"),
        MM("MOSCOW", "gn:524901", note="dateline in capitals; " + MOSC),
        MM("Stepanakert", "khankendi"), MM("Armenia", "armenia"),
        MM("Yerevan", "yerevan"), MM("Stepanakert", "khankendi"),
        MM("Shusha", "shusha", note="'south of Shusha'"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Stepanakert", "khankendi"), MM("Yerevan", "yerevan"),
        MM("Stepanakert–Martuni road", None, "road",
           note="the road from Stepanakert to Martuni (Khojavend), named by its ends (en dash); not in the "
                "gazetteer; one mention of the road",
           inside=[("Stepanakert", "khankendi"), ("Martuni", "gn:146969")]),
        MM("Martakert", "martakert",
           note="'the Martakert district': the district named after the town (common noun left out); Martakert "
                "(Aghdara) is not in cities500; relabelled with the gazetteer id once the place was added to data/gazetteer.json (2026-12-04)"),
        MM("Russia", "russia"), MM("Azerbaijan", "azerbaijan"), MM("Armenia", "armenia"),
        MM("Stepanakert", "khankendi"),
    ],
    claims=[
        CC(RU_A, "population_movement", *P24, count=1100, q="at_least", unit="people", origin="armenia",
           destination="khankendi", claimant=RMOD,
           note="returnees into Karabakh; 'within the past 24 hours' of a statement made on Tuesday 8 December "
                "2020 = 7-8 December; the headline's 'Over 1,100' is the same figure"),
        CC(RU_B, "population_movement", *P24, count=1136, q="exact", unit="people", origin="yerevan",
           destination="khankendi", claimant=RMOD,
           note="the same 24 hours (previous sentence); a quotation followed by its attribution is one sentence"),
        CC(RU_B, "population_movement", *P24, count=31, q="exact", unit="buses", origin="yerevan",
           destination="khankendi", claimant=RMOD,
           note="second claim of the same sentence: the buses carrying the returnees (buses = population_movement)"),
        CC("The column crossed the line of contact south of Shusha at about 18:30 on Monday and made its way to the "
           "city's central square, said Colonel Igor Sokolov of the contingent's Humanitarian Response Center.",
           "entry", *D("2020-12-07"), count=None, q=None, unit="buses", destination="khankendi", claimant=HRC,
           note="the escorted column of the same buses entering Karabakh ('On Monday' = 7 December 2020); 'The "
                "column' identifies it, no quantity asserted; 'about' qualifies the clock time 18:30; the city = "
                "Stepanakert; place of crossing: south of Shusha"),
        CC(RU_D, "population_movement", "2020-11-14", "2020-12-08", "period", count=36000, q="at_least",
           unit="people", destination="karabakh", claimant=ZAR,
           note="'since 14 November' (2020, year inferred) to publication; unattributed in the sentence, so the "
                "outlet"),
        CC(RU_D, "population_movement", *D("2020-11-14"), count=9, q="exact", unit="buses", origin="yerevan",
           destination="khankendi", claimant=ZAR,
           note="second claim: 'the first nine buses' on 14 November 2020 (count in words; 'first' is not a count)"),
        CC(RU_D, "population_movement", *D("2020-11-14"), count=250, q="about", unit="people", origin="yerevan",
           destination="khankendi", claimant=ZAR, note="third claim: 'around 250 residents'"),
        CC(RU_E, "crossing", *D("2020-12-07"), count=15, q="exact", unit="trucks", origin="khankendi",
           destination="gn:146969", claimant=ZAR,
           note="an aid convoy inside Karabakh (Stepanakert -> Martuni), so crossing, not entry/exit; 'seventh' is "
                "an ordinal, not a count; 'on Monday' = 7 December 2020; the road has no id (via null)"),
        CC(RU_E, "crossing", *D("2020-12-07"), count=145, q="exact", unit="tonnes", origin="khankendi",
           destination="gn:146969", claimant=ZAR, note="second claim of the same sentence: the cargo"),
        CC(RU_F, "crossing", "2020-11-25", "2020-12-08", "period", count=2100, q="about", unit="tonnes",
           claimant=ZAR, note="cumulative cargo since 25 November 2020 (year inferred), to publication"),
        CC(RU_F, "crossing", "2020-11-25", "2020-12-08", "period", count=7, q="exact", unit="convoys",
           claimant=ZAR, note="second claim: 'seven convoys' (count in words)"),
        CC(RU_G, "stock", *D("2020-12-08"), count=1000, q="about", unit="people", claimant=HRC,
           note="'Nearly 1,000' = about (closeness, as eval-holdout reads 'nearly'); 'now' = publication; the "
                "villages of the Martakert district have no id, so place is null"),
        CC(RU_G, "other", "2020-11-30", "2020-12-06", "period", unit="aid deliveries", claimant=HRC,
           note="second claim: aid (blankets and stoves) delivered 'last week' = Monday 30 November - Sunday 6 "
                "December 2020; 'the two remote villages' names the recipients, the aid itself is not counted"),
        CC(RU_H, "stock", *D("2020-12-08"), count=2000, q="about", unit="peacekeepers", place="karabakh",
           claimant=ZAR, note="present tense: a stock as of publication"),
        CC(RU_H, "stock", *D("2020-12-08"), count=27, q="exact", unit="observation posts", place="karabakh",
           claimant=ZAR, note="second claim: the posts (a context figure)"),
        CC(RU_H, "diplomatic", *D("2020-11-09"), claimant=ZAR,
           note="third claim: the trilateral statement 'on 9 November' = 2020 (year inferred from publication)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Azerbaijani agency live item with a running tally (Report.az / News.Az style). Thursday 2 February 2023;
#    given.
# ----------------------------------------------------------------------------------------------------------
KHZ = "Khazar Info"
AZ2_A = ("Two more supply trucks of the Russian peacekeepers passed freely through the area of the peaceful protest "
         "on the Khankandi-Lachin road this evening, heading from Lachin towards Khankandi, Khazar Info reports.")
AZ2_C = ("Earlier, 9 trucks and 1 passenger car moved from Khankandi in the direction of Lachin, and a single fuel "
         "tanker passed in the opposite direction.")
AZ2_J = "On 31 January, 48 vehicles of the contingent used the road, and on the previous day 51."
TODAY2 = D("2023-02-02")
DOCS.append(dict(
    doc_id="az-agency-peacekeeper-tally-feb-2023", style="azerbaijani", side="azerbaijani",
    outlet="Khazar Info (fictional Azerbaijani news agency)",
    title="Peacekeepers' vehicles on Khankandi-Lachin road reach 64 for the day - UPDATED",
    published="2023-02-02", published_given=True,
    published_in_text=dict(surface="02.02.2023 | 19:54", date="2023-02-02", how="printed date under headline"),
    captions=["Vehicles of the Russian peacekeepers near Shusha on 31 January. Photo: Khazar Info"],
    not_places=[("Khazar", "the agency's name; Khazar is a village in Dagestan, Russia (GeoNames 828062), and "
                           "Hazar, Turkmenistan (162079) has the alternate name Khazar"),
                ("Emin", "correspondent's given name; Emin is a city in Xinjiang, China (GeoNames 1529522)")],
    patterns=["P-rubric-date-stamp", "P-headline-figure", "P-headline-media-tag", "P-live-separator",
              "P-running-tally", "P-mixed-vehicle-count", "P-a-single", "P-opposite-direction", "P-vague-plural",
              "P-denial-line", "P-protest-as-asserted", "P-since-date", "P-previous-day", "P-relative-weekday",
              "P-relative-today", "P-correspondent-reports", "P-deposit-names", "P-region-rubric",
              "P-az-spellings", "P-nested-road", "P-caption-credit", "P-given-name-place"],
    traps=["a rubric and stamp line 'Karabakh | 02.02.2023 | 19:54': 'Karabakh' there is a place mention",
           "updates newest first ('19:54', '09:18' are clock times)",
           "the headline's 64 is the body's running tally ('has reached 64'): one claim, on the body",
           "'9 trucks and 1 passenger car' = two claims (no total stated); 'a single fuel tanker … in the "
           "opposite direction' = a third, count 1",
           "'Tank trucks with fuel continued to move' = a bare plural (vague)",
           "'on the previous day 51' = 30 January (the day before the date just named)",
           "the protest near Shusha is labelled as the text asserts it ('other', as eval-holdout does)",
           "'Gizilbulag' and 'Demirli' are mineral deposits (no ids; Demirli is not the Turkish village 7012677)",
           "a denial line ('claims of a \"blockade\" are groundless') is not a claim",
           "'Khazar' and 'Emin' collide with GeoNames places"],
    mentions=[
        MM("Khankandi-Lachin road", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Khankandi", "khankendi"), ("Lachin", "lachin")]),
        MM("Karabakh", "karabakh", note="the page's rubric ('Karabakh | 02.02.2023 | 19:54'): the region named as "
                                        "a news section"),
        MM("Khankandi-Lachin road", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Khankandi", "khankendi"), ("Lachin", "lachin")]),
        MM("Lachin", "lachin", note="'heading from Lachin towards Khankandi': the Lachin end of the road"),
        MM("Khankandi", "khankendi", note="Azerbaijani spelling (Khankandi)"),
        MM("Khankandi", "khankendi"), MM("Lachin", "lachin"),
        MM("Shusha", "shusha", note="'the outskirts of Shusha'"),
        MM("Khankandi", "khankendi"), MM("Lachin", "lachin"),
        MM("Armenia", "armenia", note="'Armenia's claims'"),
        MM("Shusha", "shusha"),
        MM("Gizilbulag", None, "other",
           note="the Gizilbulag (Drombon) gold deposit near the corridor road; not in the gazetteer or cities500"),
        MM("Demirli", None, "other",
           note="the Demirli (Kashen) copper-molybdenum deposit in Karabakh; not in the gazetteer; not the "
                "Turkish village Demirli (GeoNames 7012677)"),
        MM("Karabakh", "karabakh", note="'the Karabakh economic region' (common noun left out)"),
        MM("Khankandi", "khankendi"), MM("Gorus", "goris", note="Azerbaijani form of Goris"),
        MM("Shusha", "shusha", note=CAPTION_NOTE),
    ],
    claims=[
        CC(AZ2_A, "entry", *TODAY2, count=2, q="exact", unit="trucks", origin="lachin", destination="khankendi",
           via="lachin-corridor", claimant=KHZ,
           note="'Two more' = 2; 'this evening' = 2 February 2023; towards Khankandi = into Karabakh (entry), as the "
                "tuned set labels convoys towards Stepanakert"),
        CC("With them, the number of the contingent's vehicles that have used the road today has reached 64, "
           "correspondent Emin Guliyev reports from the scene.",
           "crossing", *TODAY2, count=64, q="exact", unit="vehicles", via="lachin-corridor",
           claimant="Khazar Info correspondent Emin Guliyev",
           note="a running tally for the day, both directions (crossing); the headline repeats it"),
        CC(AZ2_C, "exit", *TODAY2, count=9, q="exact", unit="trucks", origin="khankendi", destination="lachin",
           claimant=KHZ,
           note="'Earlier' = earlier on 2 February 2023; out of Karabakh towards Lachin = exit; no total stated, so "
                "each figure is its own claim"),
        CC(AZ2_C, "exit", *TODAY2, count=1, q="exact", unit="passenger cars", origin="khankendi",
           destination="lachin", claimant=KHZ, note="second claim: '1 passenger car'"),
        CC(AZ2_C, "entry", *TODAY2, count=1, q="exact", unit="fuel tankers", origin="lachin",
           destination="khankendi", claimant=KHZ,
           note="third claim: 'a single fuel tanker' = 1; 'in the opposite direction' = Lachin -> Khankandi"),
        CC("Since the morning, conditions have been created for the passage of six vehicles of the Russian "
           "peacekeepers on the road passing through the outskirts of Shusha.",
           "crossing", *TODAY2, count=6, q="exact", unit="vehicles", via="lachin-corridor", place="shusha",
           claimant=KHZ,
           note="the 09:18 update of the same day; direction not stated; count in words"),
        CC("Tank trucks with fuel continued to move from Khankandi towards Lachin.",
           "exit", *TODAY2, flag="vague_count", count=None, q="unspecified", unit="tank trucks",
           origin="khankendi", destination="lachin", claimant=KHZ,
           note="a bare plural: vague, count null"),
        CC("Azerbaijani eco-activists have been holding the protest near Shusha since 12 December 2022, demanding an "
           "end to the illegal exploitation of the Gizilbulag and Demirli deposits in the Karabakh economic region.",
           "other", "2022-12-12", "2023-02-02", "period", place="shusha", claimant=KHZ,
           note="labelled as the text asserts it (a protest), as eval-holdout labels the Turkish 'peaceful "
                "protest'; the Armenian texts call the same event a blockade (restriction)"),
        CC(AZ2_J, "crossing", *D("2023-01-31"), count=48, q="exact", unit="vehicles", via="lachin-corridor",
           claimant=KHZ, note="'On 31 January' = 2023; both directions"),
        CC(AZ2_J, "crossing", *D("2023-01-30"), count=51, q="exact", unit="vehicles", via="lachin-corridor",
           claimant=KHZ, note="second claim: 'on the previous day' = the day before 31 January = 30 January 2023"),
        CC("On Wednesday, the peacekeepers also escorted an ICRC transfer of 3 patients from Khankandi to Gorus, the "
           "agency learned.",
           "population_movement", *D("2023-02-01"), count=3, q="exact", unit="patients", origin="khankendi",
           destination="goris", claimant=KHZ, note="'On Wednesday' = 1 February 2023; a medical evacuation"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Armenian news site; the text states no publication date and none is given (Tuesday 17 January 2023).
# ----------------------------------------------------------------------------------------------------------
ARK = "Araks.am"
GAS1 = ("Gas supplies from Armenia to Artsakh were cut off early in the afternoon and restored about six hours "
        "later, the local gas company said on its Facebook page.")
GAS2 = ("The pipeline, which runs through Azerbaijani-controlled territory near Shushi, was first blocked on 13 "
        "December 2022, the day after the closure of the Lachin corridor, and gas came back three days later.")
GAS4 = ("\"For more than 850 hours now, 120,000 people, including 30,000 children, have been living under siege,\" "
        "Artsakh's human rights defender Marat Hovsepyan wrote.")
GAS5 = ("Some 1,100 Artsakh residents, among them 270 minors, remain stranded in Armenia and cannot return home, "
        "while hundreds of trucks with food wait in Goris.")
GAS6 = ("On Sunday the Red Cross transferred four patients from the Republican Medical Center in Stepanakert to "
        "Yerevan, bringing to 39 the number of patients it has moved since the start of the blockade.")
OMB3 = "Artsakh's human rights defender Marat Hovsepyan"
DOCS.append(dict(
    doc_id="am-site-gas-cut-jan-2023", style="armenian", side="armenian",
    outlet="Araks.am (fictional Armenian news site)",
    title="Azerbaijan cuts gas to Artsakh again, restores it six hours later",
    published="2023-01-17", published_given=False, published_in_text=None,
    published_note="published Tuesday 17 January 2023; the text states no date of its own",
    captions=["A filling station in Stepanakert during an earlier gas cut in March 2022. Photo: Araks.am archive"],
    not_places=[("Araks", "the site's name 'Araks.am'; Araks is a village in Armavir, Armenia (GeoNames 616938) "
                          "and the Armenian name of the Aras river"),
                ("Marat", "given name of the ombudsman; 'Marat' is a GeoNames alternate name of Mareth, Tunisia "
                          "(2469174)")],
    patterns=["P-utility-cut", "P-reopening", "P-relative-today", "P-day-after", "P-days-later",
              "P-year-written-vs-not", "P-nth-hour", "P-stock-population", "P-part-not-breakdown",
              "P-stock-remain", "P-vague-hundreds", "P-running-tally", "P-relative-weekday", "P-convoy",
              "P-words-count", "P-metonymy-capital", "P-caption-archive", "P-caption-old-date",
              "P-acronym-agency", "P-given-name-place"],
    traps=["no date anywhere and none given: 'early in the afternoon', 'yesterday', 'On Sunday', 'now' -> "
           "relative_unknown; '10 January' (no year) -> year_unknown; '13 December 2022' (year written) is labelled",
           "'the day after the closure of the Lachin corridor' and 'three days later' = derived days (12 and 16 "
           "December 2022)", "a cut and its restoration in one sentence = two claims (restriction, other)",
           "'For more than 850 hours now' = the blockade's duration (a restriction), not a count",
           "'120,000 people, including 30,000 children' / '1,100 …, among them 270 minors' = stocks with parts",
           "'hundreds of trucks' (vague)", "'bringing to 39 the number' = a running total",
           "'two hours three times a day' and '200 grams' style rates of daily life are not claims",
           "'the defense ministry in Moscow' = Moscow (metonymy) is a mention",
           "school holidays (no movement) are not a claim", "caption with an old date (March 2022)",
           "'Araks' and 'Marat' collide with GeoNames places"],
    mentions=[
        MM("Azerbaijan", "azerbaijan"), MM("Artsakh", "karabakh"),
        MM("Armenia", "armenia"), MM("Artsakh", "karabakh"),
        MM("Shushi", "shusha", note="Armenian form of Shusha"),
        MM("Lachin corridor", "lachin-corridor"),
        MM("Armenia", "armenia"), MM("Stepanakert", "khankendi"),
        MM("Artsakh", "karabakh", note="'Artsakh's human rights defender'"),
        MM("Artsakh", "karabakh", note="attributive: 'Artsakh residents'"),
        MM("Armenia", "armenia"), MM("Goris", "goris"),
        MM("Stepanakert", "khankendi"), MM("Yerevan", "yerevan"),
        MM("Goris", "goris"), MM("Stepanakert", "khankendi"),
        MM("Moscow", "gn:524901", note="'the defense ministry in Moscow' (the Russian ministry); " + MOSC),
        MM("Stepanakert", "khankendi", note=CAPTION_NOTE),
    ],
    claims=[
        CC(GAS1, "restriction", flag="relative_unknown", place="karabakh", claimant="the local gas company",
           note="the gas cut 'early in the afternoon' (of the unknown publication day); no count"),
        CC(GAS1, "other", flag="relative_unknown", place="karabakh", claimant="the local gas company",
           note="second claim of the same sentence: the restoration 'about six hours later' (a duration; 'about' "
                "qualifies it, not a count)"),
        CC(GAS2, "restriction", *D("2022-12-13"), place="shusha", claimant=ARK,
           note="the pipeline first blocked on 13 December 2022 (year written, so labelled although no publication "
                "date is known); near Shushi"),
        CC(GAS2, "restriction", *D("2022-12-12"), via="lachin-corridor", claimant=ARK,
           note="second claim: 'the closure of the Lachin corridor', dated by 'the day after' it = 12 December 2022 "
                "(derived from the written date)"),
        CC(GAS2, "other", *D("2022-12-16"), place="karabakh", claimant=ARK,
           note="third claim: gas 'came back three days later' = 16 December 2022 (derived)"),
        CC("Electricity supplies from Armenia were cut on 10 January and have not been restored since, and "
           "Stepanakert now has rolling blackouts of two hours three times a day.",
           "restriction", flag="year_unknown", place="karabakh", claimant=ARK,
           note="written '10 January' with no year and no publication date known (the cut runs to the unknown "
                "publication day); 'two hours three times a day' is a schedule, not a count"),
        CC(GAS4, "stock", flag="relative_unknown", count=120000, q="exact", unit="people", place="karabakh",
           claimant=OMB3,
           note="the people under siege 'now' (no publication date known); 'including 30,000 children' is a part"),
        CC(GAS4, "restriction", flag="relative_unknown", place="karabakh", claimant=OMB3,
           note="second claim: the siege 'For more than 850 hours now' - a duration, so no count"),
        CC(GAS5, "stock", count=1100, q="about", unit="people", place="armenia", claimant=ARK,
           note="present tense, no relative word, no publication date known: undated, no flag (as the tuned set's "
                "'30 observation posts'); 'among them 270 minors' is a part"),
        CC(GAS5, "stock", flag="vague_count", count=None, q="unspecified", unit="trucks", place="goris",
           claimant=ARK, note="second claim: 'hundreds of trucks' waiting (vague); undated"),
        CC(GAS6, "population_movement", flag="relative_unknown", count=4, q="exact", unit="patients",
           origin="khankendi", destination="yerevan", claimant=ARK,
           note="'On Sunday' with no publication date known; count in words; a medical evacuation"),
        CC(GAS6, "population_movement", flag="relative_unknown", count=39, q="exact", unit="patients",
           claimant=ARK,
           note="second claim: the running total 'since the start of the blockade' - it runs to the unknown "
                "publication day, so relative_unknown"),
        CC("Russian peacekeepers escorted a convoy of ten trucks with flour and baby food from Goris to Stepanakert "
           "yesterday, the defense ministry in Moscow said.",
           "entry", flag="relative_unknown", count=10, q="exact", unit="trucks", origin="goris",
           destination="khankendi", claimant=RMOD,
           note="a convoy Goris -> Stepanakert = entry; 'yesterday' with no publication date known; count in words; "
                "the route is not stated, so via is null"),
    ],
))


# ----------------------------------------------------------------------------------------------------------
# 4. Armenian government briefing relayed by a daily (agency dateline without year). Thursday 28 September
#    2023; given.
# ----------------------------------------------------------------------------------------------------------
SPOX4 = "government spokeswoman Zara Melkonyan"
MTA = "Armenia's Ministry of Territorial Administration"
GB1 = ("YEREVAN, September 28 (Hayastan Daily) – As of 8 p.m. on Wednesday, 76,407 forcibly displaced people had "
       "crossed from Nagorno-Karabakh into Armenia and 15,914 vehicles had passed over the Hakari bridge, government "
       "spokeswoman Zara Melkonyan told a briefing on Thursday.")
GB4 = ("So far 17,153 people have taken up accommodation offered by the government, against 8,036 the previous "
       "day.")
GB6 = ("The flow has slowed: 2,350 people crossed between midnight and 6 a.m. on Thursday, compared with more than "
       "7,000 during the same hours a day earlier.")
GB7 = ("Government buses made 46 trips from Stepanakert to Goris on Wednesday, carrying 1,560 people, the Ministry "
       "of Territorial Administration said.")
REGION_PARTS = ("the next sentence gives parts that do not partition the total (3,665 in Ararat, 4,156 in Kotayk, "
                "1,958 in Syunik, 1,542 in Gegharkunik, 663 in Lori, 'the rest' elsewhere): notes, not claims")


def PROV(surface, note):
    return MM(surface, None, "region", note=note)


DOCS.append(dict(
    doc_id="gov-briefing-arrivals-sep-2023", style="ministry", side="armenian",
    outlet="Hayastan Daily (fictional Armenian daily) relaying the government's humanitarian-centre briefing",
    title="76,407 people have crossed from Nagorno-Karabakh, government says",
    published="2023-09-28", published_given=True,
    published_in_text=dict(surface="YEREVAN, September 28 (Hayastan Daily)", date=None, how="dateline"),
    captions=["Cars from Nagorno-Karabakh queue at the checkpoint in Kornidzor on Wednesday, September 27, 2023. "
              "Photo: Hayastan Daily/Areg Sargsyan"],
    not_places=[("Zara", "given name of the spokeswoman; 'Zara' is a GeoNames alternate name of Zadar, Croatia "
                         "(3186952)"),
                ("Areg", "photographer's given name; 'Areg' is a GeoNames alternate name of Tatul, Armenia (616925)")],
    patterns=["P-headline-figure", "P-yearless-dateline", "P-outlet-toponym", "P-endonym", "P-as-of-clock-weekday",
              "P-cumulative", "P-of-whom-breakdown", "P-fraction-not-count", "P-previous-day", "P-region-list-parts",
              "P-province-names", "P-money-not-count", "P-overnight-window", "P-a-day-earlier", "P-over-count",
              "P-trips-count", "P-headed-back", "P-clock-not-count", "P-several-thousand", "P-buses",
              "P-official-title-name", "P-caption-credit", "P-given-name-place"],
    traps=["the headline figure 76,407 is the body's: labelled once, on the body",
           "'As of 8 p.m. on Wednesday' in a Thursday briefing = 27 September; 'As of 7 p.m. the same day' too",
           "'around 55,248 …, 26,578 men and 28,670 women' = one claim with a breakdown (the parts sum)",
           "'Nearly a third … are children' is a fraction, not a count (no claim)",
           "'So far 17,153 …, against 8,036 the previous day' = two stocks, 28 and 27 September",
           "the province list gives parts that do not partition the 17,153 ('the rest …'): notes, not claims; "
           "Ararat, Kotayk, Gegharkunik, Aragatsotn, Armavir, Shirak, Vayots Dzor, Tavush are provinces (no ids), "
           "not the towns/villages of those names (Ararat 174991, Armavir 616631, Shirak 616224, Tavush 616162, "
           "Aragatsotn 823792 …)", "'100,000 drams' is money, not a claim",
           "'between midnight and 6 a.m. on Thursday' / 'a day earlier' = 28 and 27 September",
           "'46 trips … carrying 1,560 people' = two claims", "'At 6.40 p.m.' is a clock time",
           "'several thousand people' (vague)",
           "'Hayastan' (the Armenian name of Armenia) in the outlet's name is a mention of Armenia",
           "'Zara' and 'Areg' collide with GeoNames places"],
    mentions=[
        MM("Nagorno-Karabakh", "karabakh"),
        MM("YEREVAN", "yerevan", note="dateline in capitals"),
        MM("Hayastan", "armenia", note="the Armenian name of Armenia, inside the outlet's name 'Hayastan Daily' (a "
                                       "toponym in an outlet's name is labelled, like 'Aras' in 'Aras Trade News')"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Armenia", "armenia"),
        MM("Hakari bridge", "hakari-bridge", "bridge"),
        PROV("Ararat", "Ararat province ('in Ararat province'); not the town Ararat (GeoNames 174991) nor the "
                       "mountain"),
        PROV("Kotayk", "Kotayk province; not the village Kotayk (GeoNames 616522)"),
        MM("Syunik", "syunik", note=SYU),
        PROV("Gegharkunik", "Gegharkunik province; not the village Gegharkunik (GeoNames 616688)"),
        MM("Lori", "lori", note="Lori province (gazetteer 'lori')"),
        PROV("Aragatsotn", "Aragatsotn province; not the village Aragatsotn (GeoNames 823792)"),
        PROV("Armavir", "Armavir province; not the town Armavir (GeoNames 616631) nor Armavir in Russia (580922)"),
        PROV("Shirak", "Shirak province; not the village Shirak (GeoNames 616224)"),
        PROV("Vayots Dzor", "Vayots Dzor province; not in the gazetteer or cities500"),
        PROV("Tavush", "Tavush province; not the village Tavush (GeoNames 616162)"),
        MM("Stepanakert", "khankendi"), MM("Goris", "goris"),
        MM("Hakari bridge", "hakari-bridge", "bridge"),
        MM("Stepanakert", "khankendi"),
        MM("Karabakh", "karabakh", note="attributive: 'Karabakh officials'"),
        MM("Nagorno-Karabakh", "karabakh", note=CAPTION_NOTE),
        MM("Kornidzor", "kornidzor", note=CAPTION_NOTE),
        MM("Hayastan", "armenia", note="in the credit 'Hayastan Daily/Areg Sargsyan'"),
    ],
    claims=[
        CC(GB1, "population_movement", *D("2023-09-27"), count=76407, q="exact", unit="people", origin="karabakh",
           destination="armenia", claimant=SPOX4,
           note="cumulative total as of 8 p.m. on Wednesday 27 September 2023 (start not stated); '8 p.m.' is a "
                "clock time; the dateline opens the sentence"),
        CC(GB1, "crossing", *D("2023-09-27"), count=15914, q="exact", unit="vehicles", via="hakari-bridge",
           claimant=SPOX4,
           note="second claim: vehicles that 'passed over the Hakari bridge' - no direction stated for them, so "
                "crossing"),
        CC("As of 7 p.m. the same day, around 55,248 of them had been registered, 26,578 men and 28,670 women.",
           "population_movement", *D("2023-09-27"), count=55248, q="about", unit="people",
           breakdown=[(26578, "men"), (28670, "women")], origin="karabakh", destination="armenia",
           claimant=SPOX4,
           note="registered arrivals as of 7 p.m. on 27 September ('the same day'), labelled like the tuned set's "
                "registrations; 'around' = about; the two parts sum to the total"),
        CC(GB4, "stock", *D("2023-09-28"), count=17153, q="exact", unit="people", place="armenia",
           claimant=SPOX4,
           note="people in government accommodation 'So far' = as of the briefing day; " + REGION_PARTS),
        CC(GB4, "stock", *D("2023-09-27"), count=8036, q="exact", unit="people", place="armenia", claimant=SPOX4,
           note="second claim: 'the previous day' = 27 September 2023"),
        CC(GB6, "population_movement", *D("2023-09-28"), count=2350, q="exact", unit="people", origin="karabakh",
           destination="armenia", claimant=SPOX4,
           note="'between midnight and 6 a.m. on Thursday' = within 28 September 2023"),
        CC(GB6, "population_movement", *D("2023-09-27"), count=7000, q="at_least", unit="people",
           origin="karabakh", destination="armenia", claimant=SPOX4,
           note="second claim: 'more than 7,000 … a day earlier' = the same hours of 27 September 2023"),
        CC(GB7, "population_movement", *D("2023-09-27"), count=46, q="exact", unit="bus trips",
           origin="khankendi", destination="goris", claimant=MTA,
           note="bus trips carrying people = population_movement (unit: trips, not buses); 'on Wednesday' = 27 "
                "September 2023"),
        CC(GB7, "population_movement", *D("2023-09-27"), count=1560, q="exact", unit="people", origin="khankendi",
           destination="goris", claimant=MTA, note="second claim of the same sentence: the passengers"),
        CC("At 6.40 p.m. the empty buses were already heading back over the Hakari bridge to pick up more "
           "passengers.",
           "entry", *D("2023-09-27"), count=None, q=None, unit="buses", via="hakari-bridge", claimant=MTA,
           note="the same buses going back into Karabakh (entry) on Wednesday evening; 'the empty buses' identifies "
                "them, no quantity asserted; '6.40 p.m.' is a clock time; destination not stated"),
        CC("In Stepanakert, several thousand people are still waiting for fuel or a seat on a bus, Karabakh officials "
           "said.",
           "stock", *D("2023-09-28"), flag="vague_count", count=None, q="unspecified", unit="people",
           place="khankendi", claimant="Karabakh officials",
           note="'several thousand' is vague; present tense = as of the briefing day"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Iranian agency; dateline with an Iranian-calendar day and no year ('Shahrivar 4' = 25 August 2024); the date
#    is not given.
# ----------------------------------------------------------------------------------------------------------
SENA = "SENA"
TAG = "Mehran Taghizadeh, head of Norduz customs"
Y1403_5 = ("2024-03-20", "2024-08-21", "period")
IR5_1 = ("TABRIZ, Shahrivar 4 (SENA) – A total of 86,212 trucks crossed the Norduz border terminal in the first five "
         "months of the current Iranian year 1403 (20 March to 21 August 2024), 21 percent more than a year earlier, "
         "the head of Norduz customs, Mehran Taghizadeh, said.")
IR5_3 = ("Customs officers recorded 56 smuggling cases and processed 4,795 temporary import declarations (94 for "
         "passenger cars and 4,701 for trucks).")
IR5_4 = ("Daily traffic through the Norduz–Agarak crossing has risen from 450 to about 550 trucks in recent weeks, "
         "thanks to longer opening hours on the Armenian side in Meghri, Taghizadeh said.")
DOCS.append(dict(
    doc_id="ir-agency-norduz-five-months-2024", style="iranian", side="iranian",
    outlet="SENA (fictional Iranian news agency)",
    title="Nearly 90,000 trucks cross Norduz in five months",
    published="2024-08-25", published_given=False,
    published_in_text=dict(surface="TABRIZ, Shahrivar 4 (SENA)", date=None, how="dateline"),
    captions=[],
    not_places=[("SENA", "agency acronym; 'Sena' is a GeoNames alternate name of Siena, Italy (3166548)"),
                ("Mehran", "given name of the customs head; Mehran is a town in Ilam, Iran (GeoNames 124291), and "
                           "the name of Iran's border terminal with Iraq")],
    patterns=["P-headline-rounded-figure", "P-iranian-date-dateline", "P-iranian-year-range", "P-iranian-month",
              "P-a-total-of", "P-percent-not-count", "P-of-these-breakdown", "P-bracket-breakdown",
              "P-from-to-change", "P-rate", "P-relative-recent-weeks", "P-turned-back", "P-headed-back",
              "P-relative-weekday", "P-relative-next-week", "P-distance-not-count", "P-nested-crossing",
              "P-iranian-province", "P-official-title-name", "P-acronym-agency", "P-given-name-place"],
    traps=["dateline 'TABRIZ, Shahrivar 4 (SENA)' - an Iranian-calendar day with no year; published not given: "
           "relative dates ('in recent weeks', 'On Tuesday', 'next week') -> relative_unknown",
           "dates written with their year are labelled: 'the current Iranian year 1403 (20 March to 21 August "
           "2024)'; 'the Iranian month of Mordad' of that year = 22 July - 21 August 2024",
           "headline 'Nearly 90,000' rounds the body's 86,212 -> its own from_headline claim (the body never "
           "states 90,000); its five months are the body's",
           "'Of these, 52,980 … and 33,232 …' in the next sentence = the breakdown of the 86,212 (one claim)",
           "'21 percent more', 'rose by 20 percent' are percentages, not counts",
           "'(94 for passenger cars and 4,701 for trucks)' = bracket breakdown of 4,795",
           "'risen from 450 to about 550 trucks' = two daily rates (then and now)",
           "'31 trucks were turned back … and headed back to Norduz' = exit from Armenia",
           "'Agarak' in 'the Armenian checkpoint in Agarak' = the Syunik border town; 'Norduz–Agarak crossing' = "
           "the crossing", "'190 kilometres', '60 kilometres' are distances",
           "'Eurasian Economic Union' is an organisation, not a place",
           "'East Azarbaijan' = the Iranian province; 'Nakhchivan' = the autonomous republic; 'Zangezur corridor' is "
           "not Kapan", "'SENA' and 'Mehran' collide with GeoNames places"],
    mentions=[
        MM("Norduz", "agarak-norduz", note="the Iranian side of the Agarak-Norduz crossing (gazetteer name)"),
        MM("TABRIZ", "gn:113646", note="dateline in capitals; " + TABR),
        MM("Norduz", "agarak-norduz", note="'the Norduz border terminal' (common noun left out)"),
        MM("Norduz", "agarak-norduz", note="'Norduz customs'"),
        MM("Armenia", "armenia"), MM("Georgia", "georgia"),
        MM("Norduz–Agarak crossing", "agarak-norduz", "border_crossing",
           note="the crossing named by its two sides (en dash), one mention",
           inside=[("Norduz", "agarak-norduz"), ("Agarak", "agarak")]),
        MM("Meghri", "meghri"),
        MM("Agarak", "agarak", note="'the Armenian checkpoint in Agarak': the Syunik border town (GeoNames 175008), "
                                    "not Agarak in Lori (617018) or Aragatsotn (617020)"),
        MM("Norduz", "agarak-norduz"), MM("Norduz", "agarak-norduz"),
        MM("Tabriz", "gn:113646", note=TABR),
        MM("East Azarbaijan", "east-azerbaijan",
           note="the Iranian province (spelling 'Azarbaijan'), 'East Azarbaijan province'; not the country"),
        MM("Iran", "iran", note="'Iran's only land crossing'"), MM("Armenia", "armenia"),
        MM("Jolfa", "gn:130081", note=JOLFA),
        MM("Nakhchivan", "nakhchivan-ar", note="the autonomous republic, not the city (147429)"),
        MM("Zangezur corridor", "zangezur-corridor", note="not Kapan (GeoNames lists 'Zangezur' as an alternate name "
                                                          "of Kapan)"),
        MM("Armenia", "armenia", note="'Armenia's Syunik province'"),
        MM("Syunik", "syunik", note=SYU),
        MM("Tehran", "tehran"), MM("Yerevan", "yerevan"),
    ],
    claims=[
        CC("Nearly 90,000 trucks cross Norduz in five months",
           "crossing", *Y1403_5, from_headline=True, count=90000, q="about", unit="trucks", via="agarak-norduz",
           claimant=SENA,
           note="stated only in the headline: 'Nearly 90,000' rounds the body's 86,212 and the body never states "
                "90,000; 'Nearly' = about; the five months are the body's written period (20 March - 21 August "
                "2024), so no date flag"),
        CC(IR5_1, "crossing", *Y1403_5, count=86212, q="exact", unit="trucks",
           breakdown=[(52980, "export trucks"), (33232, "transit trucks")], via="agarak-norduz", claimant=TAG,
           note="Iranian year 1403 with its dates written (labelled although no publication date is known); the "
                "breakdown is the next sentence ('Of these, 52,980 … and 33,232 …', summing to 86,212); '21 percent' "
                "is not a count; 'A total of' = exact"),
        CC("Passenger traffic rose by 20 percent, with 341,207 travellers cleared in the same period.",
           "population_movement", *Y1403_5, count=341207, q="exact", unit="travellers", via="agarak-norduz",
           claimant=TAG,
           note="people crossing = population_movement; 'the same period' = the five months of 1403; '20 percent' "
                "is not a count; the customs head's figures continue"),
        CC(IR5_3, "other", *Y1403_5, count=56, q="exact", unit="smuggling cases", place="agarak-norduz",
           claimant=TAG, note="customs cases, not movements; dated by context (the same five months)"),
        CC(IR5_3, "other", *Y1403_5, count=4795, q="exact", unit="temporary import declarations",
           breakdown=[(94, "passenger car declarations"), (4701, "truck declarations")], place="agarak-norduz",
           claimant=TAG, note="second claim: the bracket parts sum to 4,795"),
        CC(IR5_4, "crossing", flag="relative_unknown", count=550, q="about", unit="trucks", via="agarak-norduz",
           claimant=TAG,
           note="the current daily rate ('about 550'); 'in recent weeks' with no publication date known"),
        CC(IR5_4, "crossing", flag="relative_unknown", count=450, q="exact", unit="trucks", via="agarak-norduz",
           claimant=TAG,
           note="second claim: the earlier daily rate it 'has risen from' (a rate at an unstated earlier time); "
                "'about' belongs to 550 only"),
        CC("In the Iranian month of Mordad alone, 18,640 trucks used the crossing.",
           "crossing", "2024-07-22", "2024-08-21", "period", count=18640, q="exact", unit="trucks",
           via="agarak-norduz", claimant=TAG,
           note="Mordad of the year 1403 named in the first sentence = 22 July - 21 August 2024 (the year is "
                "written in the text, so not year_unknown); 'alone' = within the five months"),
        CC("On Tuesday, 31 trucks were turned back at the Armenian checkpoint in Agarak over incomplete documents and "
           "headed back to Norduz.",
           "exit", flag="relative_unknown", count=31, q="exact", unit="trucks", origin="agarak",
           destination="agarak-norduz", claimant=SENA,
           note="turned back and 'headed back to Norduz' = out of Armenia (exit, as the tuned set labels trucks "
                "returned to Norduz); 'On Tuesday' with no publication date known"),
        CC("Iranian officials have repeatedly warned that any \"Zangezur corridor\" through Armenia's Syunik province "
           "would cut this route, and a delegation from Tehran is due in Yerevan next week to discuss cargo transit.",
           "diplomatic", flag="relative_unknown", place="yerevan", claimant=SENA,
           note="a planned visit 'next week' (no publication date known); the undated warnings are not a separate "
                "claim"),
    ],
))


# ----------------------------------------------------------------------------------------------------------
# 6. Iranian agency relaying officials (Tehran Times / IRNA style). Sunday 29 August 2021; given.
# ----------------------------------------------------------------------------------------------------------
KIAN = "Kian Press"
GOU = "Brigadier General Bahman Goudarzi, border commander of Iran's police"
IR10_1 = ("TEHRAN, Aug. 29 (Kian Press) – The transit route between Goris and Kapan used by Iranian trucks heading "
          "for Armenia through the Norduz border was reopened on Saturday, the border commander of Iran's police, "
          "Brigadier General Bahman Goudarzi, said.")
IR10_2 = ("Customs officials had said on Friday that Azerbaijani forces were blocking the entrance of the road near "
          "Vorotan, and transport companies were told to stop sending cargo to Norduz until further notice.")
DOCS.append(dict(
    doc_id="ir-relay-goris-kapan-reopened-aug-2021", style="iranian", side="iranian",
    outlet="Kian Press (fictional Iranian news agency)",
    title="Iran says Goris-Kapan transit route reopened after Azerbaijani forces blocked it",
    published="2021-08-29", published_given=True,
    published_in_text=dict(surface="TEHRAN, Aug. 29 (Kian Press)", date=None, how="dateline"),
    captions=["Iranian trucks at the Norduz terminal in 2019. Photo: Kian Press archive"],
    not_places=[("Kian", "the agency's name; Kian is a town in Chaharmahal and Bakhtiari, Iran (GeoNames 115802)"),
                ("Bahman", "given name of the commander; Bahman is a town in Fars, Iran (GeoNames 141971)"),
                ("Kamal", "given name of the spokesman; Kamal is a town in East Java, Indonesia (GeoNames 1641792)"),
                ("Rostami", "surname of the spokesman; 'Rostami' is a GeoNames alternate name of Bandar-e Rostami, "
                            "Iran (118307)")],
    patterns=["P-headline-nested-road", "P-yearless-dateline", "P-official-title-name", "P-reopening",
              "P-between-places", "P-closure-no-count", "P-relative-weekday", "P-night-of", "P-about-count",
              "P-moved-on", "P-most-of-them", "P-between-days-range", "P-over-count", "P-rate", "P-metonymy-capital",
              "P-caption-archive", "P-caption-old-date", "P-surname-place", "P-given-name-place",
              "P-acronym-agency"],
    traps=["dateline 'TEHRAN, Aug. 29' without year; the publication date is given, so weekdays resolve",
           "'was reopened on Saturday' = 28 August (a reopening is 'other', not a restriction)",
           "'had said on Friday … were blocking' = a closure dated 27 August, plus the instruction to stop sending "
           "cargo (a second restriction)", "'The transit route between Goris and Kapan' = two towns (no road name)",
           "'On the night of Friday to Saturday' = 27-28 August", "'some 300' = about; 'most of them' = vague",
           "'Between 20 and 25 August' = a period; 'the Meghri customs post' = the town named with a facility",
           "'More than 1,500 … every week' = a weekly rate, present tense",
           "an undated offer of a road through Tatev is not a claim",
           "caption with an old year (2019)", "'Kian', 'Bahman', 'Kamal', 'Rostami' collide with GeoNames places"],
    mentions=[
        MM("Iran", "iran", note="headline: metonymy for the Iranian authorities"),
        MM("Goris-Kapan transit route", "goris-kapan-highway", "road",
           note="the road named by its ends with the noun 'transit route'; one mention (gazetteer 'goris-kapan-"
                "highway')", inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("TEHRAN", "tehran", note="dateline in capitals"),
        MM("Goris", "goris", note="'The transit route between Goris and Kapan': no road name, two towns"),
        MM("Kapan", "kapan"), MM("Armenia", "armenia"),
        MM("Norduz", "agarak-norduz", note="'the Norduz border' = the crossing"),
        MM("Iran", "iran", note="'Iran's police'"),
        MM("Vorotan", "vorotan"), MM("Norduz", "agarak-norduz"),
        MM("Kapan", "kapan"), MM("Meghri", "meghri"), MM("Yerevan", "yerevan"),
        MM("Yerevan", "yerevan", note="metonymy for the Armenian government"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government"),
        MM("Meghri", "meghri", note="'the Meghri customs post': the town named with a facility noun (left out), as "
                                    "the tuned set labels 'Armenian customs in Meghri'"),
        MM("Armenia", "armenia"), MM("Iran", "iran"),
        MM("Goris-Kapan road", "goris-kapan-highway", "road", note="the road (gazetteer name), one mention",
           inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Armenia", "armenia"), MM("Armenia", "armenia"),
        MM("Tatev", "gn:174748", note="'an alternative road through Tatev'; " + TATEV),
        MM("Tehran", "tehran", note="metonymy for the Iranian government"), MM("Baku", "baku"),
        MM("Norduz", "agarak-norduz", note="'the Norduz terminal' (caption)"),
    ],
    claims=[
        CC(IR10_1, "other", *D("2021-08-28"), via="goris-kapan-highway", claimant=GOU,
           note="a reopening (the end of a closure) is 'other', not a restriction; 'on Saturday' = 28 August 2021; "
                "the route between Goris and Kapan = the Goris-Kapan road"),
        CC(IR10_2, "restriction", *D("2021-08-27"), via="goris-kapan-highway", place="vorotan",
           claimant="Iranian customs officials",
           note="the blocking reported 'on Friday' = 27 August 2021; 'the road' = the Goris-Kapan road; no count"),
        CC(IR10_2, "restriction", *D("2021-08-27"), place="agarak-norduz", claimant="Iranian customs officials",
           note="second claim: transport companies told to stop sending cargo to Norduz 'until further notice'"),
        CC("On the night of Friday to Saturday, some 300 trucks were stranded on both sides of Kapan, drivers told "
           "Kian Press.",
           "stock", "2021-08-27", "2021-08-28", "period", count=300, q="about", unit="trucks", place="kapan",
           claimant="drivers, to Kian Press",
           note="'On the night of Friday to Saturday' = the night of 27-28 August 2021; stranded trucks = a stock"),
        CC("By Sunday morning most of them had moved on towards Meghri and Yerevan.",
           "crossing", *D("2021-08-29"), flag="vague_count", count=None, q="unspecified", unit="trucks",
           destination="meghri", claimant="drivers, to Kian Press",
           note="'most of them' is vague (never derived from 300); 'By Sunday morning' = 29 August 2021; "
                "destinations Meghri and Yerevan (the field holds the first)"),
        CC("Talks between Yerevan and Baku on the issue were held on Friday morning, customs spokesman Kamal Rostami "
           "said.",
           "diplomatic", *D("2021-08-27"), claimant="customs spokesman Kamal Rostami",
           note="'on Friday morning' = 27 August 2021"),
        CC("Between 20 and 25 August, before the closure, the Meghri customs post processed 1,874 trucks entering "
           "Armenia from Iran, the Armenian side said.",
           "entry", "2021-08-20", "2021-08-25", "period", count=1874, q="exact", unit="trucks", origin="iran",
           destination="armenia", place="meghri", claimant="the Armenian side",
           note="'Between 20 and 25 August' = 20-25 August 2021 (year from publication); into Armenia = entry"),
        CC("More than 1,500 Iranian trucks use the Goris-Kapan road every week, carrying fuel, construction "
           "materials and fruit to Armenia.",
           "crossing", *D("2021-08-29"), count=1500, q="at_least", unit="trucks", via="goris-kapan-highway",
           destination="armenia", claimant=KIAN,
           note="a weekly rate, present tense: as of publication; 'More than' = at_least"),
        CC("Tehran has also asked Baku to keep the road open for Iranian drivers, the Foreign Ministry said on "
           "Sunday.",
           "diplomatic", *D("2021-08-29"), claimant="Iran's Foreign Ministry",
           note="'on Sunday' = 29 August 2021 (the publication day)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 7. Local weekly digest with town datelines; printed 'Monday, 26 December' (no year; 2022); not given.
# ----------------------------------------------------------------------------------------------------------
ZW = "Zangezur Weekly"
LZ1 = ("GORIS. Over the weekend another 45 Artsakh residents who have been stuck in Goris since the road was closed "
       "on the 12th moved into rooms at the town's hotels, bringing the number housed by the municipality to about "
       "600.")
LZ3 = ("KORNIDZOR. On the night of Saturday to Sunday, the Red Cross escorted three ambulances carrying six "
       "seriously ill patients from Stepanakert to Goris, village head Arevik Grigoryan said.")
LZ7 = "KAPAN. Snow closed the road between Kajaran and Meghri for nine hours on Saturday; it reopened at 6 p.m."
HEAD11 = "Kornidzor village head Arevik Grigoryan"
DOCS.append(dict(
    doc_id="local-zangezur-weekend-digest-dec-2022", style="local", side="armenian",
    outlet="Zangezur Weekly (fictional local weekly, Syunik)",
    title="Zangezur Weekly: stranded Artsakh families, a closed pass and Iranian trucks",
    published="2022-12-26", published_given=False,
    published_in_text=dict(surface="Monday, 26 December", date=None, how="printed date under headline"),
    captions=["Stranded Artsakh residents at a hotel in Goris. Photo: Zangezur Weekly"],
    not_places=[("Arevik", "given name of the village head; Arevik is a village in Armavir, Armenia (GeoNames "
                           "616918) and in Shirak (616917)")],
    patterns=["P-yearless-weekday-line", "P-outlet-toponym", "P-town-datelines", "P-over-the-weekend",
              "P-day-of-month", "P-running-tally", "P-stock-remain", "P-part-not-breakdown", "P-night-of",
              "P-words-count", "P-evacuation", "P-let-through", "P-between-days-range", "P-up-to-part",
              "P-vague-tens", "P-since-event", "P-between-places", "P-reopening", "P-earlier-today",
              "P-aid-offer", "P-bypass-road", "P-caption-credit", "P-given-name-place"],
    traps=["printed 'Monday, 26 December' (no year) and published not given: 'Over the weekend', 'On the night of "
           "Saturday to Sunday', 'on Saturday', 'earlier on Monday' -> relative_unknown; 'on the 12th', 'On the "
           "20th', 'Between 20 and 25 December' -> year_unknown",
           "'Zangezur' in the outlet's name = the Syunik region (gazetteer alias), not Kapan (GeoNames alternate "
           "name) and not the 'Zangezur corridor'",
           "one sentence: a movement (45), the closure 'on the 12th' and a running total ('about 600')",
           "'1,100 people …, including 270 children …; some 300 of them are in Goris' = one stock with parts",
           "'three ambulances carrying six … patients' = two claims", "'were let through … and reached' = a "
           "movement", "'up to 40 of them fuel tankers' = a part (at most), in the note",
           "'Tens of trucks' (vague) 'since the closure'", "'the road between Kajaran and Meghri' = two towns; "
           "'nine hours' is a duration; closing and reopening = two claims", "'40 beds' offered = other",
           "'Goris bypass' = a road (no id)", "'Arevik' collides with GeoNames places"],
    mentions=[
        MM("Zangezur", "syunik", note="the outlet's name 'Zangezur Weekly': Zangezur = the Syunik region (gazetteer "
                                      "alias); not Kapan (GeoNames 174875 lists 'Zangezur' as an alternate name)"),
        MM("Artsakh", "karabakh", note="attributive: 'Artsakh families'"),
        MM("GORIS", "goris", note="town dateline in capitals"),
        MM("Artsakh", "karabakh", note="attributive: 'Artsakh residents'"), MM("Goris", "goris"),
        MM("Artsakh", "karabakh"), MM("Goris", "goris"),
        MM("KORNIDZOR", "kornidzor", note="town dateline in capitals"),
        MM("Stepanakert", "khankendi"), MM("Goris", "goris"),
        MM("Yerevan", "yerevan"), MM("Stepanakert", "khankendi"),
        MM("MEGHRI", "meghri", note="town dateline in capitals"),
        MM("Armenia", "armenia"),
        MM("Agarak–Norduz crossing", "agarak-norduz", "border_crossing", note="gazetteer name (en dash)",
           inside=[("Agarak", "agarak"), ("Norduz", "agarak-norduz")]),
        MM("Stepanakert", "khankendi"),
        MM("Goris bypass", None, "road", note="the bypass road around Goris; not in the gazetteer; one mention of "
                                              "the road", inside=[("Goris", "goris")]),
        MM("KAPAN", "kapan", note="town dateline in capitals"),
        MM("Kajaran", "gn:174880", note="'the road between Kajaran and Meghri': two towns; " + KAJ),
        MM("Meghri", "meghri"),
        MM("SISIAN", "gn:174763", note="town dateline in capitals; " + SIS),
        MM("Artsakh", "karabakh", note=CAPTION_NOTE), MM("Goris", "goris", note=CAPTION_NOTE),
        MM("Zangezur", "syunik", note="in the credit 'Photo: Zangezur Weekly'"),
    ],
    claims=[
        CC(LZ1, "population_movement", flag="relative_unknown", count=45, q="exact", unit="people",
           destination="goris", claimant=ZW,
           note="stranded people moved into hotel rooms (a relocation, as the tuned set labels moves to "
                "dormitories); 'Over the weekend' with no publication date known (the printed line has no year)"),
        CC(LZ1, "restriction", flag="year_unknown", via="lachin-corridor", claimant=ZW,
           note="second claim: 'the road was closed on the 12th' - a day of the month with no month or year known; "
                "'the road' that strands Artsakh residents = the Lachin corridor; no count"),
        CC(LZ1, "stock", flag="relative_unknown", count=600, q="about", unit="people", place="goris", claimant=ZW,
           note="third claim: the running total 'bringing the number housed … to about 600', as of the weekend"),
        CC("Municipal officials say 1,100 people from Artsakh, including 270 children, cannot return home; some 300 "
           "of them are in Goris.",
           "stock", count=1100, q="exact", unit="people", place="armenia", claimant="the Goris municipal officials",
           note="present tense, no relative word, no publication date known: undated, no flag; 'including 270 "
                "children' and 'some 300 of them are in Goris' are parts, not a breakdown"),
        CC(LZ3, "exit", flag="relative_unknown", count=3, q="exact", unit="ambulances", origin="khankendi",
           destination="goris", claimant=HEAD11,
           note="ambulances out of Karabakh = exit; count in words; 'On the night of Saturday to Sunday' with no "
                "publication date known"),
        CC(LZ3, "population_movement", flag="relative_unknown", count=6, q="exact", unit="patients",
           origin="khankendi", destination="goris", claimant=HEAD11,
           note="second claim: the evacuated patients (count in words)"),
        CC("On the 20th, a group of 28 schoolchildren who had been at a song contest in Yerevan were let through the "
           "protesters' line with Russian peacekeepers and reached Stepanakert.",
           "population_movement", flag="year_unknown", count=28, q="exact", unit="people", origin="yerevan",
           destination="khankendi", claimant=ZW,
           note="'On the 20th' - a day of the month with no month or year known; 'were let through … and reached' "
                "= a movement into Karabakh"),
        CC("MEGHRI. Between 20 and 25 December, 1,214 Iranian trucks entered Armenia at the Agarak–Norduz crossing, up "
           "to 40 of them fuel tankers, customs said.",
           "entry", flag="year_unknown", count=1214, q="exact", unit="trucks", destination="armenia",
           via="agarak-norduz", claimant="Armenian customs",
           note="written 'Between 20 and 25 December' with no year and no publication date known; 'up to 40 of them "
                "fuel tankers' is a part (at most 40), not a breakdown"),
        CC("Tens of trucks bound for Stepanakert have been parked on the Goris bypass since the closure.",
           "stock", flag="year_unknown", count=None, q="unspecified", unit="trucks", claimant=ZW,
           note="'Tens of trucks' (vague; count null, unspecified); 'since the closure' = since 'the 12th' (no "
                "month or year known): the date flag is kept; the bypass has no id, so place is null"),
        CC(LZ7, "restriction", flag="relative_unknown", claimant=ZW,
           note="the road between Kajaran and Meghri closed by snow 'on Saturday'; 'nine hours' is a duration; no "
                "count; the road has no id"),
        CC(LZ7, "other", flag="relative_unknown", claimant=ZW,
           note="second claim: the reopening at 6 p.m. (a clock time) on the same unknown Saturday"),
        CC("SISIAN. The town has offered 40 beds in its school dormitory to stranded families, the mayor said earlier "
           "on Monday.",
           "other", flag="relative_unknown", count=40, q="exact", unit="beds", place="gn:174763",
           claimant="the mayor of Sisian",
           note="shelter offered to stranded people, not a movement; 'earlier on Monday' is relative to a printed "
                "day with no year, so relative_unknown"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 8. Azerbaijani agency, State Border Service figures (Trend / Azernews style). Monday 25 September 2023; given.
# ----------------------------------------------------------------------------------------------------------
QALA = "Qala News"
LALA = "Lala Mammadova, the President's special representative in the Karabakh economic region"
AZ12_7 = ("Baku puts the number of Armenian residents of the Karabakh region at about 50,000 and disputes the figure "
          "of 120,000 cited in Yerevan.")
AZ12_5 = "Earlier on Monday, an ICRC convoy of six ambulances evacuated 23 wounded people from Khankendi to Gorus."
DOCS.append(dict(
    doc_id="az-agency-exodus-checkpoint-sep-2023", style="azerbaijani", side="azerbaijani",
    outlet="Qala News (fictional Azerbaijani news agency)",
    title="Baku: no fewer than 6,650 Armenian residents have passed Lachin checkpoint",
    published="2023-09-25", published_given=True,
    published_in_text=dict(surface="BAKU, Azerbaijan, September 25 (Qala News)", date=None, how="dateline"),
    captions=["Vehicles at the Lachin border checkpoint on Monday. Photo: State Border Service"],
    not_places=[("Qala", "the agency's name; Qala is a settlement on the Absheron peninsula, Azerbaijan (GeoNames "
                         "586289), and a village in Malta (2562655)"),
                ("Lala", "given name of the special representative; Lala is a town in Lanao del Norte, Philippines "
                         "(GeoNames 1707943) and in Assam, India (1265190)")],
    patterns=["P-headline-figure", "P-dateline-own-line", "P-as-of-clock-weekday", "P-no-fewer-than",
              "P-direction-pair", "P-past-24-hours", "P-part-not-breakdown", "P-let-through", "P-words-count",
              "P-buses", "P-earlier-today", "P-convoy", "P-evacuation", "P-detention", "P-crossed-into",
              "P-conflicting-stocks", "P-checkpoint-setup", "P-denial-line", "P-official-title-name",
              "P-az-spellings", "P-nested-road", "P-caption-credit", "P-acronym-agency", "P-given-name-place"],
    traps=["dateline on its own line, without year (the publication date is given)",
           "headline 'no fewer than 6,650' = the body's figure: labelled once, on the body",
           "'As of 6 p.m. Monday … since Sunday morning' = 24-25 September", "'no fewer than' = at_least",
           "'in the direction of Khankendi-Gorus' = two towns (a direction)",
           "'Over the past day alone, 1,850 vehicles, including 46 buses' = one claim, the buses a part",
           "'were let through' with no count or date is not a claim", "'seventy buses' (words) sent to Khankendi",
           "'an ICRC convoy of six ambulances evacuated 23 wounded people' = two claims",
           "one man detained 'on Sunday evening' while trying to 'cross into Armenia'",
           "Baku's 'about 50,000' against the '120,000 cited in Yerevan' = two stocks with different claimants",
           "'Lachin checkpoint' / 'Lachin border checkpoint' = the Hakari bridge checkpoint, not the town",
           "the denial line is not a claim", "'Qala' and 'Lala' collide with GeoNames places"],
    mentions=[
        MM("Baku", "baku", note="headline: metonymy for the Azerbaijani government"),
        MM("Lachin checkpoint", "hakari-bridge", "border_crossing",
           note="the Azerbaijani checkpoint at the Hakari bridge (gazetteer alias), not the town Lachin"),
        MM("BAKU", "baku", note="dateline in capitals"), MM("Azerbaijan", "azerbaijan"),
        MM("Lachin border checkpoint", "hakari-bridge", "border_crossing",
           note="the whole name; the checkpoint at the Hakari bridge"),
        MM("Khankendi", "khankendi", note="'in the direction of Khankendi-Gorus': a direction between two towns, "
                                          "two mentions (no road noun)"),
        MM("Gorus", "goris", note="Azerbaijani form of Goris; second half of 'Khankendi-Gorus'"),
        MM("Armenia", "armenia"),
        MM("Russia", "russia", note="'citizens of Russia'"), MM("Armenia", "armenia"),
        MM("Khankendi", "khankendi"),
        MM("Karabakh", "karabakh", note="'the Karabakh economic region' (common noun left out)"),
        MM("Khankendi", "khankendi"), MM("Gorus", "goris"),
        MM("Armenia", "armenia"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government"),
        MM("Karabakh", "karabakh", note="'the Karabakh region'"),
        MM("Yerevan", "yerevan", note="metonymy for the Armenian government"),
        MM("Lachin-Khankendi road", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")]),
        MM("Azerbaijan", "azerbaijan"),
        MM("Lachin border checkpoint", "hakari-bridge", "border_crossing", note=CAPTION_NOTE),
    ],
    claims=[
        CC("As of 6 p.m. Monday, no fewer than 6,650 residents of Armenian origin had passed through the Lachin "
           "border checkpoint in the direction of Khankendi-Gorus since Sunday morning, the State Border Service told "
           "Qala News.",
           "population_movement", "2023-09-24", "2023-09-25", "period", count=6650, q="at_least", unit="people",
           origin="khankendi", destination="goris", via="hakari-bridge", claimant=SBS,
           note="'since Sunday morning' (24 September 2023) 'As of 6 p.m. Monday' (25 September); 'no fewer than' = "
                "at_least; the headline repeats the figure"),
        CC("Over the past day alone, 1,850 vehicles, including 46 buses, crossed the checkpoint towards Armenia.",
           "exit", "2023-09-24", "2023-09-25", "period", count=1850, q="exact", unit="vehicles",
           destination="armenia", via="hakari-bridge", claimant=SBS,
           note="'Over the past day' = the 24 hours before publication, read like 'within the past 24 hours' (24-25 "
                "September 2023); out of Karabakh = exit; 'including 46 buses' is a part, not a breakdown; the "
                "service's figures continue"),
        CC("The Azerbaijani side has also sent seventy buses to Khankendi so that residents without cars can leave, "
           "the President's special representative in the Karabakh economic region, Lala Mammadova, said.",
           "population_movement", *D("2023-09-25"), count=70, q="exact", unit="buses", destination="khankendi",
           claimant=LALA,
           note="buses sent to carry people = population_movement (as the tuned set labels Baku's 30 buses); "
                "'seventy' in words; 'has … sent' is dated to publication"),
        CC(AZ12_5, "exit", *D("2023-09-25"), count=6, q="exact", unit="ambulances", origin="khankendi",
           destination="goris", claimant=QALA,
           note="'Earlier on Monday' = 25 September 2023; an ICRC convoy out of Karabakh = exit; count in words"),
        CC(AZ12_5, "population_movement", *D("2023-09-25"), count=23, q="exact", unit="people",
           origin="khankendi", destination="goris", claimant=QALA,
           note="second claim of the same sentence: the evacuated wounded"),
        CC("A man wanted for war crimes, a former commander of a separatist unit, was detained at the checkpoint on "
           "Sunday evening while trying to cross into Armenia, the service said.",
           "detention", *D("2023-09-24"), count=1, q="exact", unit="people", place="hakari-bridge", claimant=SBS,
           note="one described person; 'on Sunday evening' = 24 September 2023"),
        CC(AZ12_7, "stock", count=50000, q="about", unit="people", place="karabakh",
           claimant="Baku (the Azerbaijani government)",
           note="a population figure whose time is not stated: no date (as the tuned set's 'a population estimated "
                "at 120,000')"),
        CC(AZ12_7, "stock", count=120000, q="exact", unit="people", place="karabakh",
           claimant="the figure cited in Yerevan (the Armenian side), as reported by Qala News",
           note="second claim: the disputed figure, another claimant; no date"),
        CC("The State Border Service set up the checkpoint at the beginning of the Lachin-Khankendi road on April 23.",
           "restriction", *D("2023-04-23"), via="lachin-corridor", place="hakari-bridge", claimant=QALA,
           note="'April 23' = 2023 (year inferred from publication)"),
    ],
))


# ----------------------------------------------------------------------------------------------------------
# 9. International news site: three students detained and returned. Friday 8 September 2023; given.
# ----------------------------------------------------------------------------------------------------------
RMON = "Regional Monitor"
OMB8 = "Karabakh's human rights ombudsman"
ST1 = ("YEREVAN – Three young men from Nagorno-Karabakh who were detained at Azerbaijan's checkpoint in the Lachin "
       "corridor on 28 August were handed over to the Armenian side near the Hakari bridge at around 17:45 on "
       "Thursday, Karabakh's human rights ombudsman said.")
ST4 = ("Azerbaijani media initially reported three arrests, while the Karabakh InfoCenter at first confirmed only "
       "one.")
ST6 = ("Not a single patient has been evacuated through the corridor since 8 August, when the ICRC took 11 people "
       "to hospitals in Armenia, Karabakh health officials said.")
DOCS.append(dict(
    doc_id="wire-students-returned-sep-2023", style="wire", side="international",
    outlet="Regional Monitor (fictional international news site)",
    title="Three Karabakh students freed by Baku are back in Armenia",
    published="2023-09-08", published_given=True,
    published_in_text=dict(surface="Friday, 8 September 2023", date="2023-09-08", how="byline"),
    captions=["Families of the three men wait near the Hakari bridge on Thursday. (Photo: Olga Sokolova / Regional "
              "Monitor)"],
    not_places=[("Olga", "photographer's given name; Ol'ga is a town in Primorsky Krai, Russia (GeoNames 2018553, "
                         "alternate name Olga) and Olga, Florida (4166943)")],
    patterns=["P-weekday-date-line", "P-dash-dateline", "P-detention", "P-handed-over", "P-clock-not-count",
              "P-ordinal-not-count", "P-about-count", "P-conflicting-counts", "P-age-not-count", "P-since-date",
              "P-not-a-single", "P-more-than-n-dozen", "P-earlier-this-week", "P-stock-remain",
              "P-caption-credit", "P-given-name-place"],
    traps=["'Three young men … detained … on 28 August were handed over … on Thursday' = a detention and a "
           "movement, two claims", "'at around 17:45' is a clock time", "'a video posted in 2021' is not a claim",
           "'roughly 170 … that day' = 28 August", "Azerbaijani media's 'three arrests' against the InfoCenter's "
           "'only one' = two detention claims with different claimants",
           "'the second such arrest' is an ordinal; 'a 68-year-old heart patient' = one person (age not a count)",
           "'Not a single patient has been evacuated … since 8 August' = count 0; 'took 11 people' that day = a "
           "second claim", "'more than three dozen people' = 36, at_least; 'Earlier this week' in a Friday report "
           "= Monday-Thursday", "'Olga' collides with GeoNames places"],
    mentions=[
        MM("Karabakh", "karabakh", note="attributive: 'Karabakh students'"),
        MM("Baku", "baku", note="headline: metonymy for the Azerbaijani authorities"),
        MM("Armenia", "armenia"),
        MM("YEREVAN", "yerevan", note="dateline in capitals (no date in it)"),
        MM("Nagorno-Karabakh", "karabakh"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's checkpoint'"),
        MM("Lachin corridor", "lachin-corridor"), MM("Hakari bridge", "hakari-bridge", "bridge"),
        MM("Karabakh", "karabakh", note="'Karabakh's human rights ombudsman'"),
        MM("Baku", "baku", note="'Prosecutors in Baku'"), MM("Yerevan", "yerevan"),
        MM("Karabakh", "karabakh", note="attributive: 'Karabakh residents'"), MM("Armenia", "armenia"),
        MM("Karabakh", "karabakh", note="in 'the Karabakh InfoCenter'"),
        MM("Yerevan", "yerevan"),
        MM("Armenia", "armenia"), MM("Karabakh", "karabakh", note="attributive: 'Karabakh health officials'"),
        MM("Stepanakert", "khankendi"), MM("Goris", "goris"),
        MM("Karabakh", "karabakh"),
        MM("Hakari bridge", "hakari-bridge", "bridge", note=CAPTION_NOTE),
    ],
    claims=[
        CC(ST1, "detention", *D("2023-08-28"), count=3, q="exact", unit="people", place="hakari-bridge",
           claimant=OMB8,
           note="'Three young men … detained at Azerbaijan's checkpoint in the Lachin corridor on 28 August' (2023, "
                "year inferred); the checkpoint is the Hakari bridge one"),
        CC(ST1, "population_movement", *D("2023-09-07"), count=3, q="exact", unit="people", destination="armenia",
           via="hakari-bridge", claimant=OMB8,
           note="second claim: 'handed over to the Armenian side near the Hakari bridge … on Thursday' = 7 September "
                "2023; '17:45' is a clock time"),
        CC("They had been among roughly 170 Karabakh residents travelling to Armenia that day in a convoy escorted by "
           "Russian peacekeepers.",
           "population_movement", *D("2023-08-28"), count=170, q="about", unit="people", origin="karabakh",
           destination="armenia", claimant=RMON,
           note="'roughly' = about; 'that day' = 28 August 2023 (previous sentence); an escorted convoy of people"),
        CC(ST4, "detention", *D("2023-08-28"), count=3, q="exact", unit="people", place="hakari-bridge",
           claimant="Azerbaijani media",
           note="the same detention of 28 August as reported by Azerbaijani media (date from context)"),
        CC(ST4, "detention", *D("2023-08-28"), count=1, q="exact", unit="people", place="hakari-bridge",
           claimant="the Karabakh InfoCenter",
           note="second claim: the InfoCenter's lower figure ('only one') for the same event; conflicting counts are "
                "each labelled"),
        CC("It was the second such arrest at the checkpoint since July 29, when a 68-year-old heart patient was taken "
           "from a Red Cross convoy bound for Yerevan.",
           "detention", *D("2023-07-29"), count=1, q="exact", unit="people", place="hakari-bridge", claimant=RMON,
           note="one person taken on 29 July 2023 ('68-year-old' is an age); 'the second such arrest' is an "
                "ordinal; the Red Cross convoy is the setting of the detention, not a separate assertion"),
        CC(ST6, "population_movement", "2023-08-08", "2023-09-08", "period", count=0, q="exact", unit="patients",
           via="lachin-corridor", claimant="Karabakh health officials",
           note="'Not a single patient' = 0 (as 'no civilian vehicle' = 0); 'since 8 August' to publication"),
        CC(ST6, "population_movement", *D("2023-08-08"), count=11, q="exact", unit="people", destination="armenia",
           claimant="Karabakh health officials", note="second claim: the evacuation of 8 August 2023"),
        CC("Earlier this week, Russian peacekeepers moved more than three dozen people from Stepanakert to Goris "
           "without incident, the ombudsman's office said.",
           "population_movement", "2023-09-04", "2023-09-07", "period", count=36, q="at_least", unit="people",
           origin="khankendi", destination="goris", claimant="the Karabakh ombudsman's office",
           note="'more than three dozen' = 36, at_least (as 'a dozen' = 12); 'Earlier this week' in a Friday "
                "report = Monday 4 - Thursday 7 September 2023"),
        CC("Around 120,000 people remain in Karabakh, where food and medicine have almost run out.",
           "stock", *D("2023-09-08"), count=120000, q="about", unit="people", place="karabakh", claimant=RMON,
           note="present tense: a stock as of publication"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 10. Armenian agency (Armenpress / Artsakhpress style). Monday 18 September 2023; 'Published' line; not given.
# ----------------------------------------------------------------------------------------------------------
LUS = "Lusaber"
INFO = "the Artsakh InfoCenter"
TR1 = ("STEPANAKERT (Lusaber) – Two trucks of the International Committee of the Red Cross with wheat flour and "
       "medical supplies reached Stepanakert on Monday morning, one through the Lachin corridor and the other along "
       "the Akna-Stepanakert road, the Artsakh InfoCenter reported.")
TR4 = ("Since then, 14 trucks sent by the Armenian government have stood at Kornidzor for 55 days, unable to pass the "
       "Azerbaijani checkpoint on the Hakari bridge.")
TR5 = ("On Saturday, 17 patients crossed into Armenia with ICRC mediation, and 9 who had completed treatment there "
       "made their way back to Artsakh.")
TR6 = ("Meanwhile, the two trucks of the Azerbaijan Red Crescent with 40 tonnes of flour, parked near Aghdam since "
       "29 August, headed back to Baku on Monday, Azerbaijani media said.")
TR7 = "Around 120,000 residents of Artsakh have lived under blockade since 12 December."
P55 = ("2023-07-26", "2023-09-18", "period")
DOCS.append(dict(
    doc_id="am-agency-two-roads-sep-2023", style="armenian", side="armenian",
    outlet="Lusaber (fictional Armenian news agency)",
    title="Red Cross trucks reach Stepanakert by two roads at once",
    published="2023-09-18", published_given=False,
    published_in_text=dict(surface="Published 18 Sep 2023, 16:40 (GMT+4)", date="2023-09-18",
                           how="printed date under headline"),
    captions=["An ICRC truck on the Goris-Stepanakert highway in February 2023. Photo: Lusaber archive"],
    not_places=[("Gor", "given name of the InfoCenter head; Gor is a town in Granada, Spain (GeoNames 2517175)")],
    patterns=["P-published-line", "P-agency-parenthesis-dateline", "P-two-roads-at-once", "P-endonym",
              "P-nested-road", "P-relative-weekday", "P-on-the-morning-of", "P-grams-rate-not-claim",
              "P-for-n-days", "P-stood-unable", "P-crossed-into", "P-made-their-way-back", "P-patients-transfer",
              "P-patients-returned", "P-headed-back", "P-vehicles-returned", "P-tonnes", "P-since-yearless",
              "P-stock-population", "P-caption-archive", "P-caption-old-date", "P-given-name-place"],
    traps=["'Published 18 Sep 2023, 16:40 (GMT+4)' (with year) while published is not given: dates resolve on it",
           "'Two trucks …, one through the Lachin corridor and the other along the Akna-Stepanakert road' = one claim "
           "(a split by route is not a breakdown by type, and the total is what is stated)",
           "'Akna' = the Armenian name of Aghdam (GeoNames 148619 alternate name)",
           "'200 grams a day per person' is a ration, not a claim",
           "'had last delivered … on 25 July' = a convoy event without a count",
           "'14 trucks … have stood at Kornidzor for 55 days, unable to pass' = a stock and a restriction (55 days "
           "on 18 September: day 1 = 26 July)",
           "'crossed into Armenia' / 'made their way back to Artsakh' = two movements",
           "Azerbaijani trucks that never crossed and 'headed back to Baku' = crossing (direction unclear)",
           "'since 12 December' in September 2023 = 2022", "caption with an old date (February 2023) and a road "
           "named by its ends", "'Gor' collides with a GeoNames place"],
    mentions=[
        MM("Stepanakert", "khankendi"),
        MM("STEPANAKERT", "khankendi", note="dateline in capitals"),
        MM("Stepanakert", "khankendi"), MM("Lachin corridor", "lachin-corridor"),
        MM("Akna-Stepanakert road", None, "road",
           note="the Aghdam-Stepanakert road under its Armenian name (Akna = Aghdam, GeoNames 148619 alternate "
                "name); not in the gazetteer; one mention of the road",
           inside=[("Akna", "gn:148619"), ("Stepanakert", "khankendi")]),
        MM("Artsakh", "karabakh", note="in 'the Artsakh InfoCenter'"),
        MM("Stepanakert", "khankendi", note="'the ICRC's Stepanakert office'"),
        MM("Kornidzor", "kornidzor"), MM("Hakari bridge", "hakari-bridge", "bridge"),
        MM("Armenia", "armenia"), MM("Artsakh", "karabakh"),
        MM("Azerbaijan", "azerbaijan", note="in 'the Azerbaijan Red Crescent'"),
        MM("Aghdam", "gn:148619", note=AGDAM), MM("Baku", "baku"),
        MM("Artsakh", "karabakh"),
        MM("Goris-Stepanakert highway", "lachin-corridor", "road", note=ROAD_LC + " (caption)",
           inside=[("Goris", "goris"), ("Stepanakert", "khankendi")]),
    ],
    claims=[
        CC(TR1, "entry", *D("2023-09-18"), count=2, q="exact", unit="trucks", destination="khankendi",
           claimant=INFO,
           note="'on Monday morning' = 18 September 2023; into Karabakh = entry; one truck by each road (a split by "
                "route, not a breakdown by type), so one claim with via null"),
        CC("The authorities accepted on Sunday a joint proposal of the ICRC's Stepanakert office and the command of "
           "the Russian peacekeeping contingent, stressing that the decision did not mean the blockade had been "
           "lifted.",
           "diplomatic", *D("2023-09-17"), place="khankendi", claimant="the Artsakh authorities, via the InfoCenter",
           note="'on Sunday' = 17 September 2023"),
        CC("The ICRC had last delivered food through the corridor on 25 July.",
           "crossing", *D("2023-07-25"), count=None, q=None, unit="convoys", via="lachin-corridor", claimant=LUS,
           note="an aid delivery (convoy) dated 25 July 2023 (year inferred); no quantity asserted"),
        CC(TR4, "stock", *P55, count=14, q="exact", unit="trucks", place="kornidzor", claimant=LUS,
           note="'Since then' (after 25 July) and 'for 55 days' on 18 September = 26 July - 18 September 2023 (day "
                "1 = 26 July)"),
        CC(TR4, "restriction", *P55, place="hakari-bridge", claimant=LUS,
           note="second claim: 'unable to pass the Azerbaijani checkpoint' - the trucks held, no count of its own"),
        CC(TR5, "population_movement", *D("2023-09-16"), count=17, q="exact", unit="patients", origin="karabakh",
           destination="armenia", claimant=LUS,
           note="'On Saturday' = 16 September 2023; a medical evacuation ('crossed into Armenia')"),
        CC(TR5, "population_movement", *D("2023-09-16"), count=9, q="exact", unit="patients", origin="armenia",
           destination="karabakh", claimant=LUS,
           note="second claim: patients who 'made their way back to Artsakh' after treatment"),
        CC(TR6, "crossing", *D("2023-09-18"), count=2, q="exact", unit="trucks", origin="gn:148619",
           destination="baku", claimant="Azerbaijani media",
           note="trucks that never crossed into Karabakh and 'headed back to Baku': direction relative to Karabakh "
                "unclear, so crossing (as the tuned set labels ICRC cars that returned to Aghdam); 'parked … since "
                "29 August' is background, not a separate claim"),
        CC(TR6, "crossing", *D("2023-09-18"), count=40, q="exact", unit="tonnes", origin="gn:148619",
           destination="baku", claimant="Azerbaijani media", note="second claim of the same sentence: the cargo"),
        CC(TR7, "stock", *D("2023-09-18"), count=120000, q="about", unit="people", place="karabakh", claimant=LUS,
           note="the population under blockade, as of publication"),
        CC(TR7, "restriction", "2022-12-12", "2023-09-18", "period", place="karabakh", claimant=LUS,
           note="second claim: the blockade 'since 12 December' = 2022 (year inferred), to publication; no count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 11. HTML page, Azerbaijani portal; the date is only in <time datetime> and JSON-LD. Wednesday 13 September 2023;
#     given.
# ----------------------------------------------------------------------------------------------------------
AYNA = "Ayna.az"
ANAR = "Azerbaijan's Foreign Ministry spokesman Anar Mammadli"
AG4 = ("Two trucks of the Azerbaijan Red Crescent Society carrying 40 tonnes of flour have meanwhile been waiting on "
       "the same road near the peacekeepers' post since August 29, now for the 16th day.")
AG6 = ("Since July 26, only a handful of ICRC medical evacuations have passed the Lachin border checkpoint, which "
       "Azerbaijan has operated since April 23.")
P16 = ("2023-08-29", "2023-09-13", "period")
DOCS.append(dict(
    doc_id="html-az-portal-aghdam-route-sep-2023", style="azerbaijani", side="azerbaijani",
    outlet="Ayna.az (fictional Azerbaijani news portal)",
    title="Russian Red Cross truck reaches Khankendi via Aghdam after two days in Barda",
    published="2023-09-13", published_given=True,
    html_file="html-az-portal-aghdam-route-sep-2023.html",
    published_in_text=dict(surface="2023-09-13T10:05:00+04:00", date="2023-09-13", how="html time"),
    captions=["The Russian Red Cross truck near Aghdam on September 12. Photo: Ayna.az"],
    not_places=[("Anar", "given name of the spokesman; Anar is a town in Kerman, Iran (GeoNames 143499)"),
                ("Ayna", "the portal's name 'Ayna.az'; 'Ayna' is a GeoNames place in Peru (3946962) and an alternate "
                         "name of Ena, Japan (6822220)")],
    patterns=["P-html-meta", "P-headline-figure", "P-a-single", "P-on-the-morning-of", "P-later-in-the-day",
              "P-pronoun-no-count", "P-nested-road", "P-shared-noun-roads", "P-stock-waiting", "P-tonnes",
              "P-since-and-nth-day", "P-first-week-of-month", "P-vague-handful", "P-since-yearless",
              "P-checkpoint-setup", "P-crossed-into", "P-part-not-breakdown", "P-relay-chain", "P-denial-line",
              "P-framing", "P-caption-credit", "P-given-name-place", "P-acronym-agency"],
    traps=["the date is only in <time datetime> and JSON-LD (the visible '10:05' has no date)",
           "'A single truck … entered … on the morning of September 12, after waiting for two days in Barda' = one "
           "entry (count 1); the wait is background", "'It reached Khankendi … later in the day' = the same truck, "
           "no quantity asserted", "'since August 29, now for the 16th day' = 29 August - 13 September (a stock, and "
           "its tonnes)", "'the Aghdam and Lachin roads' share one noun: two road mentions ('Lachin' = the corridor, "
           "not the town)", "'in the first week of September' = 1-7 September", "'only a handful of ICRC medical "
           "evacuations' (vague)", "'which Azerbaijan has operated since April 23' = the checkpoint (restriction)",
           "'18 residents …, 7 of them patients' = one claim, the patients a part",
           "a quoted assessment and the denial line have no date or count: not claims",
           "'Anar' and 'Ayna' collide with GeoNames places", "caption (never a claim)"],
    mentions=[
        MM("Khankendi", "khankendi"), MM("Aghdam", "gn:148619", note="'via Aghdam' (the town, the road's start); "
                                                                    + AGDAM),
        MM("Barda", "gn:587057", note=BARDA),
        MM("Barda", "gn:587057", note=BARDA),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's Foreign Ministry'"),
        MM("Khankendi", "khankendi"),
        MM("Aghdam-Khankendi road", None, "road", note="the road from Aghdam to Khankendi; not in the gazetteer",
           inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")]),
        MM("Aghdam-Khankendi road", None, "road", note="the road from Aghdam to Khankendi; not in the gazetteer",
           inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")]),
        MM("Azerbaijan", "azerbaijan"),
        MM("Azerbaijan", "azerbaijan", note="in 'the Azerbaijan Red Crescent Society'"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government"),
        MM("Aghdam", None, "road",
           note="'the Aghdam and Lachin roads': the shared noun belongs to both; the Aghdam road has no id",
           inside=[("Aghdam", "gn:148619")]),
        MM("Lachin", "lachin-corridor", "road",
           note="'the Aghdam and Lachin roads': the Lachin road = the corridor road (shared noun left out), not the "
                "town"),
        MM("United States", "gn:6252001", note="the country (GeoNames 6252001); not in the gazetteer"),
        MM("Lachin border checkpoint", "hakari-bridge", "border_crossing",
           note="the whole name; the checkpoint at the Hakari bridge"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Khankendi", "khankendi"), MM("Armenia", "armenia"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Aghdam", "gn:148619", note=AGDAM + " (caption)"),
    ],
    claims=[
        CC("A single truck with humanitarian cargo sent by the Russian Red Cross Society entered the area temporarily "
           "controlled by the Russian peacekeepers on the morning of September 12, after waiting for two days in "
           "Barda, Azerbaijan's Foreign Ministry spokesman Anar Mammadli said.",
           "entry", *D("2023-09-12"), count=1, q="exact", unit="trucks", origin="gn:587057",
           destination="karabakh", claimant=ANAR,
           note="'A single truck' = 1; 'on the morning of September 12' = 2023; into the peacekeepers' zone "
                "(Karabakh) = entry; the two-day wait in Barda (10-11 September, derived) is background, not a "
                "separate claim"),
        CC("It reached Khankendi along the Aghdam-Khankendi road later in the day, escorted by local police.",
           "crossing", *D("2023-09-12"), count=None, q=None, unit="trucks", destination="khankendi", claimant=ANAR,
           note="the same truck ('It': no quantity asserted) continuing inside Karabakh to Khankendi, so crossing; "
                "'later in the day' = 12 September; the road has no id (via null)"),
        CC(AG4, "stock", *P16, count=2, q="exact", unit="trucks", claimant=AYNA,
           note="trucks waiting 'since August 29, now for the 16th day' = 29 August - 13 September 2023 (day 1 = 29 "
                "August); Azerbaijani framing: waiting, a stock; the road has no id, so place is null"),
        CC(AG4, "stock", *P16, count=40, q="exact", unit="tonnes", claimant=AYNA,
           note="second claim of the same sentence: the cargo"),
        CC("Baku proposed the simultaneous use of the Aghdam and Lachin roads to the United States and other partners "
           "in the first week of September, the spokesman added.",
           "diplomatic", "2023-09-01", "2023-09-07", "period", claimant=ANAR,
           note="'in the first week of September' read as 1-7 September 2023"),
        CC(AG6, "population_movement", "2023-07-26", "2023-09-13", "period", flag="vague_count", count=None,
           q="unspecified", unit="medical evacuations", via="hakari-bridge", claimant=AYNA,
           note="'only a handful of ICRC medical evacuations' (vague) 'Since July 26' (2023) to publication"),
        CC(AG6, "restriction", "2023-04-23", "2023-09-13", "period", place="hakari-bridge", claimant=AYNA,
           note="second claim: the checkpoint 'operated since April 23' (2023) to publication; no count"),
        CC("Armenian media reported that 18 residents of Khankendi crossed into Armenia through the checkpoint on "
           "Tuesday under ICRC escort, 7 of them patients.",
           "population_movement", *D("2023-09-12"), count=18, q="exact", unit="people", origin="khankendi",
           destination="armenia", via="hakari-bridge", claimant="Armenian media, via Ayna.az",
           note="'on Tuesday' = 12 September 2023; '7 of them patients' is a part, not a breakdown"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 12. HTML page, international digest (UN News style); the date is only in <meta article:published_time>.
#     Friday 29 September 2023; not given.
# ----------------------------------------------------------------------------------------------------------
GAD = "Global Affairs Digest"
SONA = "Sona Avagyan, the UN refugee agency's representative in Armenia"
UN5 = ("More than half of the 120,000 ethnic Armenians who lived in Karabakh before Azerbaijan's offensive of 19 "
       "September have now left.")
UN7 = ("The ICRC said its teams had evacuated 23 wounded people to Armenia overnight, and that nearly 70 tonnes of "
       "flour and other food had crossed the Lachin corridor on Saturday.")
DOCS.append(dict(
    doc_id="html-un-digest-refugees-sep-2023", style="intl-org", side="international",
    outlet="Global Affairs Digest (fictional UN-news-style digest)",
    title="Karabakh refugees: more than 88,000 have crossed into Armenia, UN agency says",
    published="2023-09-29", published_given=False,
    html_file="html-un-digest-refugees-sep-2023.html",
    published_in_text=dict(surface="2023-09-29T16:30:00+02:00", date="2023-09-29", how="html meta"),
    captions=["Refugees from Karabakh arrive in Goris, Armenia, on 26 September 2023. Photo: UN refugee agency"],
    not_places=[("Sona", "given name of the agency's representative; Soná is a town in Veraguas, Panama (GeoNames "
                         "3700888, alternate name Sona) and Sona is a town in Veneto, Italy (3166400)")],
    patterns=["P-html-meta", "P-headline-figure", "P-crossed-into", "P-since-weekday", "P-projection-not-claim",
              "P-capacity-not-claim", "P-about-count", "P-percent-not-count", "P-fraction-not-count",
              "P-stock-population", "P-evening-of-weekday-date", "P-deaths-event", "P-overnight", "P-nearly-count",
              "P-tonnes", "P-relative-weekday", "P-over-the-weekend", "P-future-visit", "P-money-not-count",
              "P-caption-credit", "P-given-name-place"],
    traps=["the date is only in <meta property=\"article:published_time\">; labels are on the companion .txt",
           "the headline figure is the body's 'More than 88,000 … since Sunday' (24-29 September): one claim",
           "'could rise to 120,000' and 'ready to cope with up to 120,000' are a projection and a capacity: not "
           "claims", "'30 per cent of those arriving are children' is a percentage, not a count",
           "'More than half of the 120,000 … have now left' = a vague movement (never 60,000) and a population stock",
           "'the evening of Monday, 25 September' (weekday and date)", "'at least 170 people' killed = other",
           "'overnight' = 28-29 September; 'on Saturday' = the previous Saturday, 23 September",
           "'over the weekend' (future) = Saturday 30 September - Sunday 1 October", "'$97 million' is money",
           "'Geneva' is a place (the briefing), 'UNICEF' and 'ICRC' are not", "'Sona' collides with GeoNames "
           "places"],
    mentions=[
        MM("Karabakh", "karabakh", note="attributive: 'Karabakh refugees'"), MM("Armenia", "armenia"),
        MM("Armenia", "armenia"), MM("Karabakh", "karabakh", note="'the Karabakh region'"),
        MM("Armenia", "armenia", note="'the UN refugee agency's representative in Armenia'"),
        MM("Geneva", "gn:2660646", note="Geneva, Switzerland (GeoNames 2660646); not Geneva, Illinois (4893591)"),
        MM("Goris", "goris"), MM("Kornidzor", "kornidzor"),
        MM("Karabakh", "karabakh"), MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's offensive'"),
        MM("Stepanakert", "khankendi"),
        MM("Armenia", "armenia"), MM("Lachin corridor", "lachin-corridor"),
        MM("Karabakh", "karabakh", note=CAPTION_NOTE), MM("Goris", "goris", note=CAPTION_NOTE),
        MM("Armenia", "armenia", note=CAPTION_NOTE),
    ],
    claims=[
        CC("More than 88,000 people have crossed into Armenia from the Karabakh region since Sunday, the UN refugee "
           "agency's representative in Armenia, Sona Avagyan, told journalists in Geneva by video link on Friday.",
           "population_movement", "2023-09-24", "2023-09-29", "period", count=88000, q="at_least", unit="people",
           origin="karabakh", destination="armenia", claimant=SONA,
           note="'since Sunday' = 24 September 2023 to the Friday briefing (29 September, the page's published_time); "
                "the headline repeats the figure; the projection in the next sentence is not a claim"),
        CC("Some 65,000 of the arrivals have been registered at government-run centres, where long queues have formed "
           "in Goris and Kornidzor.",
           "population_movement", *D("2023-09-29"), count=65000, q="about", unit="people", origin="karabakh",
           destination="armenia", claimant=GAD,
           note="cumulative registrations as of publication (labelled like the tuned set's registrations); 'Some' = "
                "about"),
        CC(UN5, "population_movement", *D("2023-09-29"), flag="vague_count", count=None, q="unspecified",
           unit="people", origin="karabakh", claimant=GAD,
           note="'More than half of the 120,000' is a fraction: vague, never derived (60,000); 'now' = publication"),
        CC(UN5, "stock", count=120000, q="exact", unit="people", place="karabakh", claimant=GAD,
           note="second claim: the population before the offensive ('who lived … before'): no date for the figure"),
        CC(UN5, "other", *D("2023-09-19"), place="karabakh", claimant=GAD,
           note="third claim: 'Azerbaijan's offensive of 19 September' (2023, year inferred), dated and uncounted, "
                "as the tuned set labels the offensive"),
        CC("On the evening of Monday, 25 September, an explosion at a fuel depot outside Stepanakert killed at least "
           "170 people who were queuing for petrol to leave, local authorities said.",
           "other", *D("2023-09-25"), count=170, q="at_least", unit="people killed", place="khankendi",
           claimant="the local authorities",
           note="an event on the topic (people queuing for fuel to leave), dated and counted; 'at least' = at_least"),
        CC(UN7, "population_movement", "2023-09-28", "2023-09-29", "period", count=23, q="exact", unit="people",
           destination="armenia", claimant="the ICRC",
           note="an evacuation of wounded people 'overnight' = the night of 28-29 September 2023"),
        CC(UN7, "crossing", *D("2023-09-23"), count=70, q="about", unit="tonnes", via="lachin-corridor",
           claimant="the ICRC",
           note="second claim: 'nearly 70 tonnes' = about; 'on Saturday' in a Friday report = 23 September 2023"),
        CC("A UN team hopes to reach the region over the weekend, for the first time in some 30 years.",
           "other", "2023-09-30", "2023-10-01", "period", place="karabakh", claimant=GAD,
           note="a planned UN visit 'over the weekend' (future) = Saturday 30 September - Sunday 1 October 2023; "
                "'some 30 years' is a duration, not a count"),
    ],
))




# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the other development set
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Martakert", "Askeran", "Agarak", "AGARAK",
               "Khojavend", "Lori", "Kotayk", "Ararat", "Gegharkunik", "Vayots Dzor", "Sevan", "Kajaran", "Sisian",
               "Vayk", "Jermuk", "Masis", "Artashat", "Tatev", "Tashtun", "Lisagor", "Moscow", "Russia", "Tabriz",
               "TABRIZ", "Jolfa", "Julfa", "Georgia", "Gori", "Tbilisi", "Aghdam", "Hadrut", "Zabukh", "Sus",
               "Gubadli", "Zangezur", "Hakari", "GORIS", "KAPAN", "MEGHRI", "KORNIDZOR", "STEPANAKERT", "ARMENIA",
               "Norduz", "Vorotan", "Tegh", "Kornidzor", "Shushi", "Mehri", "Gafan", "Gorus", "Vostok", "Kavkaz",
               "ARAN", "NUR", "SAPA", "ASA", "AMA", "SIS", "Orbis", "Narek", "Armen", "Latifi", "Amiri", "Aydin",
               "Arsen", "Lena", "Anna",
               # names added for this set (places, spellings, and the not_places of its texts)
               "Barda", "Akna", "Geneva", "Gizilbulag", "Demirli", "Aragatsotn", "Armavir", "Shirak", "Tavush",
               "SISIAN", "MOSCOW", "TEHRAN", "BAKU", "YEREVAN", "Hayastan", "United States", "Khankandi",
               "Zarya", "Sokolov", "Khazar", "Emin", "Araks", "Marat", "Zara", "Areg", "SENA", "Mehran", "Anar",
               "Ayna", "Sona", "Olga", "Gor", "Kian", "Bahman", "Kamal", "Rostami", "Arevik", "Qala", "Lala"]


def build(write=True):
    return build_set(HERE, DOCS, write)


def check(written):
    return check_set(HERE, written, EXTRA_NAMES)


if __name__ == "__main__":
    w = build()
    for rec in w:
        print(f"{rec['doc_id']:40s} {rec['style']:12s} given={str(rec['published_given']):5s} words={rec['words']:4d} "
              f"mentions={len(rec['mentions']):3d} claims={len(rec['claims']):3d}")
    print(f"total: {len(w)} docs, {sum(len(r['mentions']) for r in w)} mentions, "
          f"{sum(len(r['claims']) for r in w)} claims")
    if "--check" in sys.argv:
        sys.exit(1 if check(w) else 0)
