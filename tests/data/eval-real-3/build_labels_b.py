"""Write PART B of the third real-phrasing DEVELOPMENT label files (b-<...>.json) from the hand-written specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-b.md). The labels are a
careful analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code;
nobody read or ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the extractor's output.
This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    Part B's specs only: build or check the whole set with tests/data/eval-real-3/build_labels.py [--check].

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first (as eval-holdout does), then gn:<geonameid>, else null + note.
The helper, build and check sections are those of tests/data/eval-real-2/build_labels.py (the build and check
code is shared in tests/data/real_dev_builder.py); the judgement calls are those of tests/data/eval-real/README.md
and tests/data/eval-real-2/README.md, plus the new ones listed in README-b.md. Part A of this folder (a-* files)
is written separately by its own builder.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D  # noqa: E402




AGDAM = "Aghdam, Azerbaijan (GeoNames 148619)"
ASKERAN = "Askeran = GeoNames 148450 'Askyaran' (alternate name Askeran)"
SIS = "Sisian, Syunik (GeoNames 174763)"
GENEVA = "Geneva, Switzerland (GeoNames 2660646); not Geneva, Illinois (4893591)"
LCP = "'Lachin checkpoint' / 'Lachin border checkpoint' = the checkpoint at the Hakari bridge (gazetteer alias), not the town"
CAPTION_NOTE = "caption"

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Wire story (Reuters-like), byline then "CITY, Mon DD (Agency) -" dateline without a year. Wednesday
#    27 September 2023; given.
# ----------------------------------------------------------------------------------------------------------
MER = "Meridian Wire"
HM = "Armenia's health ministry"
W1 = ("YEREVAN, Sept 27 (Meridian Wire) - Armenian military helicopters have flown 46 people with severe burns from "
      "Nagorno-Karabakh to hospitals in Yerevan since Monday evening's explosion at a fuel depot outside Stepanakert, "
      "Armenia's health ministry said on Wednesday.")
W2 = ("The blast, at a depot on the Stepanakert-Askeran road where residents had gathered for petrol to drive out of "
      "the region, killed at least 68 people, the region's ethnic Armenian authorities said.")
W4 = ("The evacuations come as tens of thousands of people pour out of the mountain enclave after Azerbaijan's "
      "lightning offensive last week forced its ethnic Armenian fighters to lay down their arms.")
KA_AUTH = "the region's ethnic Armenian authorities"
DOCS.append(dict(
    doc_id="b-wire-burns-evacuation-sep-2023", style="wire", side="international",
    outlet="Meridian Wire (fictional international news agency)",
    title="Burn victims of Karabakh fuel depot blast flown to Yerevan as exodus swells",
    published="2023-09-27", published_given=True,
    published_in_text=dict(surface="YEREVAN, Sept 27 (Meridian Wire) -", date=None, how="dateline"),
    captions=["A Red Cross ambulance crosses the Hakari bridge in the Lachin corridor in February 2023. Meridian "
              "Wire/File Photo"],
    not_places=[("Meridian", "the agency's name 'Meridian Wire'; Meridian is a city in Mississippi (GeoNames 4435764) "
                             "and several other US places"),
                ("Clara", "given name of the co-author in the byline; Clara is a town in County Offaly, Ireland "
                          "(GeoNames 2965482)")],
    patterns=["P-byline", "P-wire-dateline", "P-evacuation", "P-since-weekday", "P-deaths-event", "P-at-least-count",
              "P-vague-dozens", "P-part-not-breakdown", "P-relative-weekday", "P-vague-tens-of-thousands",
              "P-relative-week", "P-so-far-total", "P-cumulative", "P-most-of-them-via", "P-exodus-began",
              "P-vague-hundreds", "P-stock-waiting", "P-stock-sheltering", "P-double-name-clause", "P-nested-road",
              "P-age-not-count", "P-caption-credit", "P-caption-old-date", "P-given-name-place", "P-acronym-agency"],
    traps=["byline line before the dateline; 'YEREVAN, Sept 27 (Meridian Wire) -' has no year (published given)",
           "'since Monday evening's explosion' on Wednesday 27 September 2023 = 25-27 September (an evacuation by air)",
           "the explosion's toll is in the next sentence ('at least 68 people'): one claim, dated from the first "
           "sentence", "'Dozens more are missing' (vague)", "'among them four children' is a part, not a breakdown",
           "'tens of thousands of people pour out' (vague, present) and 'last week' (18-24 September 2023)",
           "'50,243 people have arrived ... so far' = a running total dated to publication; 'most of them through "
           "... Kornidzor' is a part, so via stays null", "'The exodus began on Sunday' = 24 September, no count",
           "'Hundreds of cars were still queuing' = a vague stock", "'Stepanakert, which Azerbaijan calls "
           "Khankendi' = two mentions of one place", "'Stepanakert-Askeran road' = a null road with inside",
           "'Arpine, 54' - an age, not a count", "caption with an old date (February 2023), never a claim",
           "'Meridian' and 'Clara' collide with GeoNames places"],
    mentions=[
        MM("Karabakh", "karabakh", note="attributive: 'Karabakh fuel depot blast'"), MM("Yerevan", "yerevan"),
        MM("YEREVAN", "yerevan", note="dateline in capitals"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Yerevan", "yerevan"), MM("Stepanakert", "khankendi"),
        MM("Armenia", "armenia", note="'Armenia's health ministry'"),
        MM("Stepanakert-Askeran road", None, "road",
           note="the road from Stepanakert to Askeran, named by its ends; not in the gazetteer; one mention of the road",
           inside=[("Stepanakert", "khankendi"), ("Askeran", "gn:148450")]),
        MM("Armenia", "armenia"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's lightning offensive'"),
        MM("Armenia", "armenia"), MM("Karabakh", "karabakh"), MM("Kornidzor", "kornidzor"),
        MM("Lachin corridor", "lachin-corridor"),
        MM("Russia", "russia", note="'Russia's defence ministry'"), MM("Stepanakert", "khankendi"),
        MM("Azerbaijan", "azerbaijan"), MM("Khankendi", "khankendi", note="'which Azerbaijan calls Khankendi': the "
                                                                         "same place as Stepanakert"),
        MM("Azerbaijan", "azerbaijan"), MM("Goris", "goris"),
        MM("Askeran", "gn:148450", note=ASKERAN),
        MM("Hakari bridge", "hakari-bridge", note=CAPTION_NOTE), MM("Lachin corridor", "lachin-corridor",
                                                                    note=CAPTION_NOTE),
    ],
    claims=[
        CC(W1, "population_movement", "2023-09-25", "2023-09-27", "period", count=46, q="exact", unit="people",
           origin="karabakh", destination="yerevan", claimant=HM,
           note="an evacuation of burn victims by helicopter 'since Monday evening' (25 September 2023) to the "
                "Wednesday statement (27 September); the explosion itself is labelled on the next sentence"),
        CC(W2, "other", *D("2023-09-25"), count=68, q="at_least", unit="people killed", place="khankendi",
           claimant=KA_AUTH,
           note="the fuel-depot explosion ('The blast' = Monday evening's explosion of the previous sentence, 25 "
                "September 2023), outside Stepanakert; 'at least' = at_least; the queue of residents is background"),
        CC("Dozens more are missing.", "other", *D("2023-09-27"), flag="vague_count", count=None, q="unspecified",
           unit="people missing", place="khankendi", claimant=KA_AUTH,
           note="'Dozens' (vague), present tense = publication; continues the authorities' statement"),
        CC("A further 22 patients, among them four children, were taken to Armenia by road on Tuesday in Red Cross "
           "ambulances, ministry spokeswoman Lilit Sargsyan told reporters.",
           "population_movement", *D("2023-09-26"), count=22, q="exact", unit="patients", destination="armenia",
           claimant="ministry spokeswoman Lilit Sargsyan",
           note="an evacuation by ambulance 'on Tuesday' = 26 September 2023; 'among them four children' is a part "
                "(note), not a breakdown; origin (Karabakh) implied, not stated, so null"),
        CC(W4, "population_movement", *D("2023-09-27"), flag="vague_count", count=None, q="unspecified",
           unit="people", origin="karabakh", claimant=MER,
           note="'tens of thousands' (vague), present progressive = publication; 'the mountain enclave' = "
                "Nagorno-Karabakh named earlier"),
        CC(W4, "other", "2023-09-18", "2023-09-24", "period", place="karabakh", claimant=MER,
           note="second claim: Azerbaijan's offensive 'last week' = Monday 18 - Sunday 24 September 2023 (the "
                "calendar week before publication), dated and uncounted, as eval-real-2 labels the offensive"),
        CC("In all, 50,243 people have arrived in Armenia from Karabakh so far, most of them through the border village "
           "of Kornidzor, the government said in its morning update.",
           "population_movement", *D("2023-09-27"), count=50243, q="exact", unit="people", origin="karabakh",
           destination="armenia", claimant="the Armenian government",
           note="a present-perfect running total ('have arrived so far'), dated to the day of the morning update "
                "(publication); its start is not stated; 'most of them through ... Kornidzor' is a part, so via null"),
        CC("The exodus began on Sunday.", "population_movement", *D("2023-09-24"), unit="people", origin="karabakh",
           claimant=MER, note="'on Sunday' = 24 September 2023; dated, no quantity asserted (count null, qualifier null)"),
        CC("Hundreds of cars were still queuing on the road through the Lachin corridor on Wednesday morning, a "
           "Meridian Wire reporter said.",
           "stock", *D("2023-09-27"), flag="vague_count", count=None, q="unspecified", unit="cars",
           place="lachin-corridor", claimant="a Meridian Wire reporter",
           note="cars waiting in a queue = a stock (as eval-real labels waiting buses); 'Hundreds of' (vague); "
                "'on Wednesday morning' = 27 September 2023"),
        CC("Russia's defence ministry said about 1,100 civilians were sheltering at the peacekeepers' camp near the "
           "airport in Stepanakert, which Azerbaijan calls Khankendi, on Tuesday night.",
           "stock", *D("2023-09-26"), count=1100, q="about", unit="people", place="khankendi",
           claimant="Russia's defence ministry",
           note="people sheltering at a camp = a stock; 'on Tuesday night' = 26 September 2023"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Western newspaper feature with a byline and a printed date. Tuesday 20 December 2022; not given (the date
#    is printed with its year, so it is known).
# ----------------------------------------------------------------------------------------------------------
NC = "The Northern Chronicle"
F2 = ("The 41-year-old teacher is one of some 1,100 residents of Nagorno-Karabakh, among them about 190 children, who "
      "have been stranded in Armenia since Azerbaijani protesters calling themselves environmental activists blocked "
      "the Lachin corridor below Shusha on 12 December, according to the region's authorities.")
F3 = "Goris, a town of about 20,000 people, has absorbed many of them."
DOCS.append(dict(
    doc_id="b-feature-goris-stranded-dec-2022", style="feature", side="international",
    outlet="The Northern Chronicle (fictional western newspaper)",
    title="Stranded in Goris: the Karabakh families cut off from home by a roadside protest",
    published="2022-12-20", published_given=False,
    published_in_text=dict(surface="Tuesday 20 December 2022", date="2022-12-20", how="printed date under headline"),
    captions=["The road through the Lachin corridor near Shusha in October 2021. Photo: Emily Preston"],
    not_places=[("Emily", "the reporter's given name (byline and caption credit); Emily is a place in Minnesota, US "
                          "(GeoNames 5025681)"),
                ("Preston", "the reporter's surname; Preston is a city in Lancashire, UK (GeoNames 2639912) and a town "
                            "in Victoria, Australia (2152558)")],
    patterns=["P-byline", "P-printed-date", "P-weekday-date-line", "P-dash-dateline", "P-feature-scene",
              "P-duration-not-count", "P-age-not-count", "P-stock-stranded", "P-part-not-breakdown", "P-since-date",
              "P-blockade-start", "P-stock-population", "P-vague-many", "P-relative-weekday", "P-patients-transfer",
              "P-ordinal-not-count", "P-vehicles-returned", "P-convoy", "P-metonymy-capital", "P-clock-not-count",
              "P-second-group", "P-caption-credit", "P-caption-old-date", "P-given-name-place", "P-surname-place"],
    traps=["byline and a printed weekday date with its year: publication known although not given",
           "'for eight days' is a duration; '41-year-old' an age; 'six in the morning' a clock time",
           "'some 1,100 residents ..., among them about 190 children, who have been stranded ... since ... 12 "
           "December' = a stock over 12-20 December 2022 (children a part) and the blockade start (restriction)",
           "'a town of about 20,000 people' = a population stock; 'has absorbed many of them' = a vague stock",
           "'On Saturday' = 17 December; 'The two Red Cross vehicles ... returned to Stepanakert' = entry (back into "
           "Karabakh)", "'column of 18 supply trucks passed the protest camp on Friday' = a convoy, direction unstated",
           "'a second group of 35' - 'second' is an ordinal", "'Baku says' = metonymy (a mention of Baku)",
           "caption with an old date (October 2021)", "'Emily' and 'Preston' collide with GeoNames places"],
    mentions=[
        MM("Goris", "goris"), MM("Karabakh", "karabakh", note="attributive: 'the Karabakh families'"),
        MM("GORIS", "goris", note="dateline in capitals"), MM("Armenia", "armenia"),
        MM("Stepanakert", "khankendi"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Armenia", "armenia"), MM("Lachin corridor", "lachin-corridor"),
        MM("Shusha", "shusha"),
        MM("Goris", "goris"),
        MM("Stepanakert", "khankendi"), MM("Yerevan", "yerevan"), MM("Stepanakert", "khankendi"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government"), MM("Karabakh", "karabakh"),
        MM("Stepanakert", "khankendi"),
        MM("Yerevan", "yerevan", note="'Officials in Yerevan' (the Armenian government)"), MM("Goris", "goris"),
        MM("Yerevan", "yerevan"),
        MM("Lachin corridor", "lachin-corridor", note=CAPTION_NOTE), MM("Shusha", "shusha", note=CAPTION_NOTE),
    ],
    claims=[
        CC(F2, "stock", "2022-12-12", "2022-12-20", "period", count=1100, q="about", unit="people", place="armenia",
           claimant="the region's authorities",
           note="people stranded (a stock) 'since ... 12 December' (2022, year from the printed date) to publication; "
                "'some' = about; 'among them about 190 children' is a part (note), not a breakdown; '41-year-old' is "
                "an age"),
        CC(F2, "restriction", *D("2022-12-12"), place="lachin-corridor", claimant="the region's authorities",
           note="second claim: the protesters 'blocked the Lachin corridor below Shusha on 12 December' (2022); a "
                "blockade with no count"),
        CC(F3, "stock", *D("2022-12-20"), count=20000, q="about", unit="people", place="goris", claimant=NC,
           note="a population description, present tense = publication"),
        CC(F3, "stock", *D("2022-12-20"), flag="vague_count", count=None, q="unspecified", unit="people",
           place="goris", claimant=NC,
           note="second claim: 'has absorbed many of them' = stranded residents housed in Goris (vague; present "
                "perfect, dated to publication); never derived from the 1,100"),
        CC("On Saturday, the Red Cross took four seriously ill patients from Stepanakert to hospitals in Yerevan, the "
           "first such transfer since the road closed.",
           "population_movement", *D("2022-12-17"), count=4, q="exact", unit="patients", origin="khankendi",
           destination="yerevan", claimant=NC,
           note="a patients' transfer 'On Saturday' = 17 December 2022; 'first' is an ordinal, not a count"),
        CC("The two Red Cross vehicles that carried them returned to Stepanakert the same evening.",
           "entry", *D("2022-12-17"), count=2, q="exact", unit="vehicles", destination="khankendi", claimant=NC,
           note="vehicles that 'returned' to Stepanakert = back into Karabakh (entry, relative to Karabakh on the "
                "corridor); 'the same evening' = 17 December 2022; origin not stated in the sentence"),
        CC("Russian peacekeepers, whose column of 18 supply trucks passed the protest camp on Friday, have not tried to "
           "clear the road.",
           "crossing", *D("2022-12-16"), count=18, q="exact", unit="trucks", claimant=NC,
           note="a peacekeepers' convoy passing the protest camp 'on Friday' = 16 December 2022; no direction stated, "
                "so crossing; the road is not named in the sentence (via null)"),
        CC("The Armenian government is paying for the guesthouse rooms, and on Monday a second group of 35 stranded "
           "residents moved from Goris to state housing in Yerevan.",
           "population_movement", *D("2022-12-19"), count=35, q="exact", unit="people", origin="goris",
           destination="yerevan", claimant=NC,
           note="'on Monday' = 19 December 2022; 'second' is an ordinal; a move inside Armenia, labelled as a "
                "population movement"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. International organisation operational update (ICRC-like), an HTML page whose date is only in
#    <meta property="article:published_time">. Friday 24 February 2023; not given.
# ----------------------------------------------------------------------------------------------------------
GHC = "the Geneva Humanitarian Committee"
I1 = ("Since the closure of the Lachin corridor on 12 December, our teams have facilitated the transfer of 212 people "
      "across the corridor, in agreement with the sides, reuniting families who were separated when the road was cut.")
I3 = ("Of these, 164 people travelled from Armenia back to their homes in Nagorno-Karabakh and 48 left the region to "
      "join relatives in Armenia.")
I5 = ("We have also carried out 29 medical evacuations, bringing 87 patients (61 adults and 26 children) and their "
      "companions to hospitals in Armenia.")
I7 = ("On Wednesday, a convoy of nine trucks carrying 36 tonnes of flour, medicines and baby formula reached "
      "Stepanakert from Goris.")
PCL = ("2022-12-12", "2023-02-24", "period")
DOCS.append(dict(
    doc_id="b-intl-org-reunifications-feb-2023", style="intl-org", side="international",
    outlet="Geneva Humanitarian Committee (fictional ICRC-like neutral humanitarian organisation)",
    title="Armenia/Azerbaijan: families reunited across the Lachin corridor as needs grow",
    published="2023-02-24", published_given=False,
    html_file="b-intl-org-reunifications-feb-2023.html",
    published_in_text=dict(surface="2023-02-24T14:20:00+01:00", date="2023-02-24", how="html meta"),
    captions=[],
    not_places=[("Luca", "given name of the head of delegation; 'Luca' is a GeoNames alternate name of Lucca, Italy "
                         "(3174530) and of Luqa, Malta (2562788)"),
                ("Ferrara", "surname of the head of delegation; Ferrara is a city in Emilia-Romagna, Italy (GeoNames "
                            "3177090)")],
    patterns=["P-html-meta", "P-org-update-header", "P-outlet-toponym", "P-since-event-date", "P-since-date",
              "P-closure-no-count", "P-of-these-direction-split", "P-bracket-breakdown", "P-evacuation",
              "P-convoy", "P-words-count", "P-tonnes", "P-relative-weekday", "P-vehicles-returned",
              "P-pronoun-no-count", "P-utility-cut", "P-stock-patients", "P-since-year-background",
              "P-metonymy-capital", "P-given-name-place", "P-surname-place"],
    traps=["the date is only in <meta property=\"article:published_time\">; labels are on the companion .txt",
           "'Geneva' in the organisation's name is labelled (a toponym inside an organisation's name)",
           "'Since the closure of the Lachin corridor on 12 December' = the closure (restriction, 12 December 2022, "
           "year inferred) and the period of the transfers (12 December 2022 - 24 February 2023)",
           "'Of these, 164 ... and 48 ...' is a split by direction: two separate claims, never a breakdown of 212",
           "'29 medical evacuations' and '87 patients (61 adults and 26 children)' = two claims, the second with a "
           "breakdown", "'a convoy of nine trucks carrying 36 tonnes' (words count) = two entry claims",
           "'The empty trucks returned to Goris on Thursday morning' = exit, no quantity asserted",
           "'cut since 9 January' = a utility cut (restriction), 9 January - 24 February 2023",
           "'present in the South Caucasus since 1992' is background about the organisation, not a claim",
           "'Luca' and 'Ferrara' collide with GeoNames places"],
    mentions=[
        MM("Armenia", "armenia"), MM("Azerbaijan", "azerbaijan"), MM("Lachin corridor", "lachin-corridor"),
        MM("Geneva", "gn:2660646", note="in the organisation's name 'Geneva Humanitarian Committee'; " + GENEVA),
        MM("Lachin corridor", "lachin-corridor"),
        MM("Armenia", "armenia"), MM("Nagorno-Karabakh", "karabakh"), MM("Armenia", "armenia"),
        MM("Armenia", "armenia"),
        MM("Stepanakert", "khankendi"), MM("Goris", "goris"), MM("Goris", "goris"),
        MM("Armenia", "armenia"),
        MM("Stepanakert", "khankendi"),
        MM("Yerevan", "yerevan"),
        MM("South Caucasus", "south-caucasus"), MM("Armenia", "armenia"), MM("Azerbaijan", "azerbaijan"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Baku", "baku"), MM("Yerevan", "yerevan"),
        MM("Geneva", "gn:2660646", note="in the organisation's name; " + GENEVA),
    ],
    claims=[
        CC(I1, "population_movement", *PCL, count=212, q="exact", unit="people", via="lachin-corridor",
           claimant=GHC,
           note="family reunification transfers since the closure on 12 December (2022, year inferred from the "
                "page's published_time) to publication; both directions (split in the next sentence)"),
        CC(I1, "restriction", *D("2022-12-12"), place="lachin-corridor", claimant=GHC,
           note="second claim: 'the closure of the Lachin corridor on 12 December' (2022); no count"),
        CC(I3, "population_movement", *PCL, count=164, q="exact", unit="people", origin="armenia",
           destination="karabakh", claimant=GHC,
           note="'Of these' = the 212 since 12 December 2022; a split by direction is separate claims, not a breakdown"),
        CC(I3, "population_movement", *PCL, count=48, q="exact", unit="people", origin="karabakh",
           destination="armenia", claimant=GHC,
           note="second direction of the split: 'left the region' (Nagorno-Karabakh) for Armenia"),
        CC(I5, "population_movement", *PCL, count=29, q="exact", unit="medical evacuations", destination="armenia",
           claimant=GHC,
           note="'also' continues the period since the closure (12 December 2022 - 24 February 2023)"),
        CC(I5, "population_movement", *PCL, count=87, q="exact", unit="patients", breakdown=[(61, "adults"),
                                                                                            (26, "children")],
           destination="armenia", claimant=GHC,
           note="second claim: the patients, with a bracket breakdown that sums to 87; companions not counted"),
        CC(I7, "entry", *D("2023-02-22"), count=9, q="exact", unit="trucks", origin="goris", destination="khankendi",
           claimant=GHC,
           note="a humanitarian convoy Goris -> Stepanakert = entry into Karabakh; 'On Wednesday' = 22 February 2023; "
                "'nine' in words"),
        CC(I7, "entry", *D("2023-02-22"), count=36, q="exact", unit="tonnes", origin="goris", destination="khankendi",
           claimant=GHC, note="second claim: the cargo"),
        CC("The empty trucks returned to Goris on Thursday morning.", "exit", *D("2023-02-23"), unit="trucks",
           origin="khankendi", destination="goris", claimant=GHC,
           note="the same trucks ('The empty trucks': no quantity asserted) going back to Goris = out of Karabakh "
                "(exit); 'on Thursday morning' = 23 February 2023"),
        CC("Electricity supplies from Armenia have been cut since 9 January.", "restriction", "2023-01-09",
           "2023-02-24", "period", place="karabakh", claimant=GHC,
           note="a utility cut to Karabakh (restriction) 'since 9 January' (2023, year inferred) to publication"),
        CC("In Stepanakert, 14 patients on dialysis depend on supplies that now arrive only with our convoys.",
           "stock", *D("2023-02-24"), count=14, q="exact", unit="patients", place="khankendi", claimant=GHC,
           note="a context figure of people who are somewhere (stock), present tense = publication"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Russian agency item (TASS-like "CITY /Country/, Month D. /AGENCY/."), no year in the dateline. Wednesday
#    24 April 2024; given.
# ----------------------------------------------------------------------------------------------------------
ROS = "ROSINFORM"
SRC = "a source in the contingent"
T1 = ("GORIS /Armenia/, April 24. /ROSINFORM/. A column of 38 vehicles of the Russian peacekeeping contingent (24 "
      "trucks, 9 armored personnel carriers and 5 fuel tankers) left Karabakh on Tuesday through the Lachin checkpoint "
      "and arrived at a temporary deployment site in Goris, the press office of Armenia's Security Council told "
      "ROSINFORM.")
T4 = ("As of last week, about 1,700 peacekeepers remained in the region at 21 observation posts, according to the "
      "source.")
T8 = ("After Azerbaijan's military operation of September 19-20, 2023, and the departure of almost the entire Armenian "
      "population of the region, the peacekeepers lost most of their functions.")
LW4 = ("2024-04-15", "2024-04-21", "period")
DOCS.append(dict(
    doc_id="b-tass-peacekeepers-withdrawal-apr-2024", style="russian", side="russian",
    outlet="ROSINFORM (fictional Russian state news agency, English service)",
    title="Column of 38 Russian peacekeeper vehicles leaves Karabakh for temporary base in Armenia's Goris",
    published="2024-04-24", published_given=True,
    published_in_text=dict(surface="GORIS /Armenia/, April 24. /ROSINFORM/.", date=None, how="dateline"),
    captions=[],
    not_places=[("Orlov", "surname of the contingent's spokesman; Orlov is a town in Kirov Oblast, Russia (GeoNames "
                          "550785)"),
                ("Kremlin", "the Kremlin (a building, used for the Russian presidency): not a place mention, as in "
                            "eval-holdout")],
    patterns=["P-tass-dateline", "P-headline-figure", "P-convoy", "P-bracket-breakdown", "P-mixed-vehicle-count",
              "P-relative-weekday", "P-checkpoint-name", "P-relay-chain", "P-official-title-name",
              "P-vehicles-returned", "P-double-name-bracket", "P-vague-dozens", "P-stock-waiting", "P-as-of-last-week",
              "P-stock-posts", "P-withdrawal-start", "P-shared-noun-districts", "P-full-dates",
              "P-duration-not-count", "P-date-range-year", "P-vague-almost-entire", "P-metonymy-kremlin",
              "P-surname-place"],
    traps=["TASS-like dateline 'GORIS /Armenia/, April 24. /ROSINFORM/.' with no year (published given)",
           "headline figure repeated in the body: one claim, on the body",
           "'38 vehicles (...)' with a bracket breakdown summing to 38; out of Karabakh to Goris = exit",
           "'Lachin checkpoint' = the Hakari bridge checkpoint, not the town",
           "'Two trucks ... returned to Khankendi (Stepanakert)' = entry (back into Karabakh)",
           "'Dozens of vehicles ... are still in Khankendi' = a vague stock", "'As of last week' = 15-21 April 2024",
           "'21 observation posts' = a stock", "'began on April 17' = the start of the withdrawal, no count",
           "'the Kalbajar and Aghdam districts' share one noun", "'November 9, 2020' written with its year",
           "'five years' is a duration", "'September 19-20, 2023' = a written range",
           "'almost the entire Armenian population' (vague, undated)", "'Orlov' collides with a GeoNames town; "
           "'Kremlin' is a building"],
    mentions=[
        MM("Karabakh", "karabakh"), MM("Armenia", "armenia", note="'Armenia's Goris'"), MM("Goris", "goris"),
        MM("GORIS", "goris", note="TASS-like dateline in capitals"),
        MM("Armenia", "armenia", note="'/Armenia/' in the dateline"),
        MM("Karabakh", "karabakh"),
        MM("Lachin checkpoint", "hakari-bridge", "border_crossing", note=LCP),
        MM("Goris", "goris"), MM("Armenia", "armenia", note="'Armenia's Security Council'"),
        MM("Goris", "goris"), MM("Sisian", "gn:174763", note=SIS), MM("Russia", "russia"),
        MM("Goris", "goris"), MM("Khankendi", "khankendi"),
        MM("Stepanakert", "khankendi", note="'Khankendi (Stepanakert)': two mentions of one place"),
        MM("Khankendi", "khankendi"),
        MM("Karabakh", "karabakh"), MM("Russia", "russia"), MM("Azerbaijan", "azerbaijan"),
        MM("Kalbajar", "gn:586268",
           note="'the Kalbajar and Aghdam districts': the shared noun is left out; the district named after the town "
                "Kalbajar (GeoNames 586268)"),
        MM("Aghdam", "gn:148619", note="'the Kalbajar and Aghdam districts': the district named after the town; " + AGDAM),
        MM("Nagorno-Karabakh", "karabakh"), MM("Russia", "russia"), MM("Azerbaijan", "azerbaijan"),
        MM("Armenia", "armenia"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's military operation'"),
    ],
    claims=[
        CC(T1, "exit", *D("2024-04-23"), count=38, q="exact", unit="vehicles",
           breakdown=[(24, "trucks"), (9, "armored personnel carriers"), (5, "fuel tankers")], origin="karabakh",
           destination="goris", via="hakari-bridge", claimant="the press office of Armenia's Security Council",
           note="a peacekeepers' convoy out of Karabakh ('left Karabakh') to Goris = exit; 'on Tuesday' = 23 April 2024; "
                "the bracket breakdown sums to 38; the headline repeats the figure"),
        CC("Two trucks that had carried the contingent's property to Goris returned to Khankendi (Stepanakert) on "
           "Wednesday morning to load the remaining equipment.",
           "entry", *D("2024-04-24"), count=2, q="exact", unit="trucks", origin="goris", destination="khankendi",
           claimant=ROS,
           note="vehicles that 'returned' to Khankendi = back into Karabakh (entry); 'on Wednesday morning' = the "
                "publication day, 24 April 2024"),
        CC("Dozens of vehicles with the contingent's equipment are still in Khankendi, a source in the contingent "
           "said.", "stock", *D("2024-04-24"), flag="vague_count", count=None, q="unspecified", unit="vehicles",
           place="khankendi", claimant=SRC, note="'Dozens' (vague); present tense = publication"),
        CC(T4, "stock", *LW4, count=1700, q="about", unit="peacekeepers", place="karabakh", claimant=SRC,
           note="'As of last week' = Monday 15 - Sunday 21 April 2024 (the calendar week before publication); "
                "'the region' = Karabakh"),
        CC(T4, "stock", *LW4, count=21, q="exact", unit="observation posts", place="karabakh", claimant=SRC,
           note="second claim: the posts (a context figure)"),
        CC("The early withdrawal of the Russian peacekeepers from Karabakh began on April 17, after the leaders of "
           "Russia and Azerbaijan agreed on it, Kremlin spokesman Dmitry Peskov confirmed earlier.",
           "exit", *D("2024-04-17"), unit="peacekeepers", origin="karabakh",
           claimant="Kremlin spokesman Dmitry Peskov",
           note="the start of the withdrawal out of Karabakh 'on April 17' (2024, year from publication); dated, no "
                "quantity asserted; the undated agreement behind it is not a separate claim"),
        CC("The Russian peacekeeping contingent was deployed to Nagorno-Karabakh under the trilateral statement signed "
           "by the leaders of Russia, Azerbaijan and Armenia on November 9, 2020.",
           "diplomatic", *D("2020-11-09"), claimant=ROS,
           note="the trilateral statement, written with its year; the deployment itself is not separately dated"),
        CC(T8, "other", "2023-09-19", "2023-09-20", "period", place="karabakh", claimant=ROS,
           note="Azerbaijan's military operation 'of September 19-20, 2023' (a written range)"),
        CC(T8, "population_movement", flag="vague_count", count=None, q="unspecified", unit="people",
           origin="karabakh", claimant=ROS,
           note="second claim: 'the departure of almost the entire Armenian population' (vague, as eval-real reads "
                "'almost the entire population'); no date stated (only 'After' the operation), so unknown"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Turkish agency item (AA-like "Name | DD.MM.YYYY - Update : DD.MM.YYYY" line, city-country dateline on its
#    own line). Monday 25 September 2023; given.
# ----------------------------------------------------------------------------------------------------------
YU = "Yeni Ufuk Ajansı"
SBS = "Azerbaijan's State Border Service"
K1 = ("Turkish President Recep Tayyip Erdoğan arrived in the Nakhchivan Autonomous Republic on Monday for talks with "
      "his Azerbaijani counterpart Ilham Aliyev, his first visit to Azerbaijan since Baku's anti-terror measures in the "
      "Karabakh region last week.")
K6 = ("On Saturday, a convoy of 12 trucks of the Azerbaijan Red Crescent Society carrying 52 tonnes of flour and "
      "hygiene kits reached Khankendi from Aghdam.")
NAR = ("Nakhchivan here = the exclave (gazetteer nakhchivan-ar), the end of a pipeline from Türkiye; not the city "
       "(147429)")
DOCS.append(dict(
    doc_id="b-turkish-nakhchivan-visit-sep-2023", style="turkish", side="turkish",
    outlet="Yeni Ufuk Ajansı (fictional Turkish news agency, English service)",
    title="Erdoğan, Aliyev lay foundation of Nakhchivan gas pipeline as Karabakh Armenians leave via Lachin",
    published="2023-09-25", published_given=True,
    published_in_text=dict(surface="Selin Tokat | 25.09.2023", date="2023-09-25", how="byline"),
    captions=["Vehicles of Karabakh residents at the Lachin border checkpoint on September 24. Photo: Yeni Ufuk "
              "Ajansı"],
    not_places=[("Tokat", "surname of the reporter; Tokat is a city in Turkey (GeoNames 738743)"),
                ("Yeni", "in the agency's name 'Yeni Ufuk Ajansı' ('New Horizon'); Yeni is a village name in Turkey "
                         "(GeoNames 737602, 13589488)")],
    patterns=["P-byline-date", "P-update-stamp", "P-dateline-own-line", "P-dateline-city-vs-region",
              "P-official-title-name", "P-diplomatic-visit", "P-framing", "P-relative-weekday", "P-relative-week",
              "P-pipeline-ends", "P-endonym-turkiye", "P-vague-plural", "P-as-of-clock", "P-clock-not-count",
              "P-cumulative", "P-crossed-into", "P-vague-dozens", "P-stock-waiting", "P-buses", "P-convoy", "P-tonnes",
              "P-detention", "P-year-background", "P-checkpoint-setup", "P-since-yearless", "P-nested-road",
              "P-caption-credit", "P-metonymy-capital", "P-surname-place", "P-acronym-agency"],
    traps=["AA-like byline line 'Selin Tokat | 25.09.2023 - Update : 25.09.2023' (dotted date with year)",
           "the dateline 'NAKHCHIVAN, Azerbaijan' is the city (GeoNames 147429); 'the Nakhchivan Autonomous Republic' "
           "and the pipeline's 'Nakhchivan' are the exclave", "headline 'leave via Lachin' = the Lachin road/checkpoint "
           "shorthand, labelled as the corridor, not the town",
           "'Baku's anti-terror measures ... last week' (Turkish/Azerbaijani framing of the offensive) = 18-24 "
           "September 2023", "'continued to leave ... voluntarily' (framing; a bare plural, vague)",
           "'as of 11 a.m. local time (0700GMT)' - clock times, not counts",
           "'Dozens of buses ... on standby' = a vague stock (buses waiting)",
           "'a convoy of 12 trucks ... carrying 52 tonnes ... from Aghdam' = two entry claims",
           "'on Sunday detained a Karabakh resident' = a detention (count 1); '1992' background",
           "'since April 23' (2023) = the checkpoint, a restriction with no count",
           "'Lachin-Khankendi road' = the corridor road with inside", "caption (never a claim)",
           "'Tokat' and 'Yeni' collide with GeoNames places"],
    mentions=[
        MM("Nakhchivan", "nakhchivan-ar", note="'Nakhchivan gas pipeline': " + NAR),
        MM("Karabakh", "karabakh", note="attributive: 'Karabakh Armenians'"),
        MM("Lachin", "lachin-corridor", "corridor",
           note="'leave via Lachin': shorthand for the Lachin road and its checkpoint (the body's 'Lachin border "
                "checkpoint'), so the corridor, not the town"),
        MM("NAKHCHIVAN", "gn:147429", note="dateline in capitals: the city of Nakhchivan (GeoNames 147429 'Naxçıvan')"),
        MM("Azerbaijan", "azerbaijan", note="'/Azerbaijan' of the dateline"),
        MM("Nakhchivan Autonomous Republic", "nakhchivan-ar"), MM("Azerbaijan", "azerbaijan"),
        MM("Baku", "baku", note="metonymy: 'Baku's anti-terror measures'"),
        MM("Karabakh", "karabakh", note="'the Karabakh region'"),
        MM("Iğdır", "gn:311665", note="Iğdır, Turkey (GeoNames 311665)"), MM("Türkiye", "turkey"),
        MM("Nakhchivan", "nakhchivan-ar", note=NAR),
        MM("Karabakh", "karabakh"), MM("Lachin border checkpoint", "hakari-bridge", "border_crossing", note=LCP),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's State Border Service'"),
        MM("Armenia", "armenia"), MM("Karabakh", "karabakh"),
        MM("Khankendi", "khankendi"),
        MM("Azerbaijan", "azerbaijan", note="in 'the Azerbaijan Red Crescent Society'"), MM("Khankendi", "khankendi"),
        MM("Aghdam", "gn:148619", note=AGDAM),
        MM("Karabakh", "karabakh", note="attributive: 'a Karabakh resident'"), MM("Azerbaijan", "azerbaijan"),
        MM("Khojaly", "gn:147774", note="in the event name 'the 1992 Khojaly massacre'; Khojaly, Azerbaijan (GeoNames "
                                        "147774)"),
        MM("Baku", "baku"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Lachin-Khankendi road", "lachin-corridor", "road",
           note="the road through the Lachin corridor, named by its ends; one mention (as eval-holdout labels it)",
           inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")]),
        MM("Baku", "baku", note="metonymy: 'what Baku called'"), MM("Armenia", "armenia"),
        MM("Karabakh", "karabakh", note="'Karabakh's Armenian community'"), MM("Azerbaijan", "azerbaijan"),
        MM("Baku", "baku", note="'officials in Baku'"),
        MM("Karabakh", "karabakh", note=CAPTION_NOTE),
        MM("Lachin border checkpoint", "hakari-bridge", "border_crossing", note=CAPTION_NOTE + "; " + LCP),
    ],
    claims=[
        CC(K1, "diplomatic", *D("2023-09-25"), place="nakhchivan-ar", claimant=YU,
           note="a presidential visit 'on Monday' = 25 September 2023 (publication day)"),
        CC(K1, "other", "2023-09-18", "2023-09-24", "period", place="karabakh", claimant=YU,
           note="second claim: the offensive, framed as 'Baku's anti-terror measures ... last week' = Monday 18 - "
                "Sunday 24 September 2023; labelled as asserted"),
        CC("The two leaders laid the foundation of the natural gas pipeline that will run from Iğdır in eastern Türkiye "
           "to Nakhchivan, and opened a modernised military complex in the exclave, according to a statement from the "
           "Turkish Presidency.",
           "diplomatic", *D("2023-09-25"), place="nakhchivan-ar", claimant="the Turkish Presidency",
           note="the leaders' ceremonies during the same visit (date of the previous sentence); 'The two leaders' is "
                "not a count of movement"),
        CC("Meanwhile, Armenian residents of Karabakh continued to leave the region voluntarily through the Lachin "
           "border checkpoint, Azerbaijan's State Border Service said.",
           "population_movement", *D("2023-09-25"), flag="vague_count", count=None, q="unspecified", unit="people",
           origin="karabakh", via="hakari-bridge", claimant=SBS,
           note="'Meanwhile' = during the Monday visit (25 September 2023); a bare plural ('residents') = vague; "
                "'voluntarily' is the Azerbaijani framing, labelled as asserted"),
        CC("According to the Armenian government, 4,120 people had crossed into Armenia from Karabakh as of 11 a.m. "
           "local time (0700GMT).",
           "population_movement", *D("2023-09-25"), count=4120, q="exact", unit="people", origin="karabakh",
           destination="armenia", claimant="the Armenian government",
           note="a cumulative total 'as of 11 a.m.' on the publication day; clock times are not counts"),
        CC("Dozens of buses sent by the Azerbaijani authorities are on standby in Khankendi for residents who wish to "
           "leave, the Azerbaijani Presidential Administration said.",
           "stock", *D("2023-09-25"), flag="vague_count", count=None, q="unspecified", unit="buses",
           place="khankendi", claimant="the Azerbaijani Presidential Administration",
           note="buses that are only waiting = a stock (eval-real judgement); 'Dozens' (vague); present = publication"),
        CC(K6, "entry", *D("2023-09-23"), count=12, q="exact", unit="trucks", origin="gn:148619",
           destination="khankendi", claimant=YU,
           note="an aid convoy Aghdam -> Khankendi = into Karabakh (entry); 'On Saturday' = 23 September 2023"),
        CC(K6, "entry", *D("2023-09-23"), count=52, q="exact", unit="tonnes", origin="gn:148619",
           destination="khankendi", claimant=YU, note="second claim: the cargo"),
        CC("Border guards at the checkpoint on Sunday detained a Karabakh resident who is wanted in Azerbaijan over the "
           "1992 Khojaly massacre, the State Border Service said in a statement, adding that he had been handed over to "
           "investigators in Baku.",
           "detention", *D("2023-09-24"), count=1, q="exact", unit="people", place="hakari-bridge", claimant=SBS,
           note="a single described person detained = 1, exact; 'on Sunday' = 24 September 2023; 'the checkpoint' = "
                "the Lachin border checkpoint named above; '1992' dates the accusation, background; the hand-over to "
                "investigators is part of the same event"),
        CC("Azerbaijan has operated the checkpoint at the start of the Lachin-Khankendi road since April 23, when it was "
           "set up in response to what Baku called the misuse of the road for arms deliveries from Armenia.",
           "restriction", "2023-04-23", "2023-09-25", "period", place="hakari-bridge", claimant=YU,
           note="the checkpoint operated 'since April 23' (2023, year inferred) to publication; no count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Live blog with time stamps and a year-less "Last updated" line. Tuesday 13 December 2022; not given, so no
#    year is known: relative dates -> relative_unknown, year-less dates -> year_unknown.
# ----------------------------------------------------------------------------------------------------------
CL = "Continental Live"
AIH = "the Artsakh Information Headquarters"
L7 = ("10:20 - A quick recap: yesterday at about 10:30, a group of Azerbaijanis presenting themselves as environmental "
      "activists stopped all traffic on the road below Shusha (Shushi), demanding an end to what they call illegal "
      "mining in Karabakh.")
L11 = ("08:15 - Background: Under the ceasefire statement signed on 9 November 2020, the Lachin corridor, a 5-km-wide "
       "strip, is controlled by Russian peacekeepers and is the only land link between Armenia and Nagorno-Karabakh, "
       "home to some 120,000 people.")
L3 = ("Our correspondent counted 14 supply trucks heading towards Stepanakert and a few more going the other way.")
UNK = (None, None, "unknown")
DOCS.append(dict(
    doc_id="b-liveblog-blockade-day-two-dec-2022", style="liveblog", side="international",
    outlet="Continental Live (fictional international news site, live blog)",
    title="Live: Karabakh's only road to Armenia stays closed as Azerbaijani protest enters second day",
    published="2022-12-13", published_given=False,
    published_in_text=dict(surface="Last updated: 13 December, 18:40", date=None, how="printed date under headline"),
    captions=[],
    not_places=[("Marina", "given name of the correspondent; Marina is a GeoNames place in Croatia (3195491), Italy "
                           "(8949251) and Greece (735318)")],
    patterns=["P-live-separator", "P-yearless-updated-line", "P-headline-nth-day", "P-reverse-chronology", "P-utility-cut",
              "P-relative-today", "P-relative-this-morning", "P-correspondent-reports", "P-vague-plural",
              "P-direction-pair", "P-vague-a-few", "P-vague-hundreds", "P-stock-waiting", "P-stock-stranded",
              "P-part-not-breakdown", "P-relative-yesterday", "P-clock-not-count", "P-bracket-alt-name",
              "P-yearless-date", "P-closure-no-count", "P-vehicles-returned", "P-year-written-vs-not",
              "P-stock-population", "P-distance-not-count", "P-given-name-place", "P-acronym-agency"],
    traps=["headline 'stays closed as ... protest enters second day' = a restriction stated only in the headline",
           "'Last updated: 13 December, 18:40' has no year and the date is not given: no year is known",
           "every 'today', 'this morning', 'yesterday' = relative_unknown; '3 December' = year_unknown",
           "'9 November 2020' is written with its year: labelled normally",
           "present-tense stocks with no relative word ('Hundreds of cars are stuck', 'About 1,100 residents ... "
           "cannot return', 'home to some 120,000') are undated with no date flag",
           "'14 supply trucks heading towards Stepanakert' = entry; 'a few more going the other way' = a vague exit",
           "'Two of its ambulances ... returned to the city' never left Karabakh = crossing",
           "'Shusha (Shushi)' = two mentions of one place; 'the Kornidzor post' = Kornidzor",
           "'Around 270 of them are children' is a part of the 1,100 (note)",
           "'at about 10:30' qualifies a clock time; '5-km-wide' is a distance; 'the town's two hotels' counts "
           "buildings, not a movement", "'Marina' collides with GeoNames places; 'ICRC' is an organisation"],
    mentions=[
        MM("Karabakh", "karabakh", note="'Karabakh's only road'"), MM("Armenia", "armenia"),
        MM("Armenia", "armenia"), MM("Baku", "baku", note="metonymy for the Azerbaijani government"),
        MM("Goris", "goris"), MM("Karabakh", "karabakh", note="attributive: 'Karabakh residents'"),
        MM("Kornidzor", "kornidzor", note="'the Kornidzor post': the facility noun left out"),
        MM("Shusha", "shusha"), MM("Stepanakert", "khankendi"),
        MM("Artsakh", "karabakh", note="in 'the Artsakh Information Headquarters'"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Armenia", "armenia"),
        MM("Shusha", "shusha"), MM("Shushi", "shusha", note="'Shusha (Shushi)': two mentions of one place"),
        MM("Karabakh", "karabakh"), MM("Artsakh", "karabakh", note="attributive: 'Artsakh authorities'"),
        MM("Stepanakert", "khankendi"), MM("Goris", "goris"),
        MM("Lachin corridor", "lachin-corridor"), MM("Armenia", "armenia"), MM("Nagorno-Karabakh", "karabakh"),
    ],
    claims=[
        CC("Live: Karabakh's only road to Armenia stays closed as Azerbaijani protest enters second day",
           "restriction", *UNK, flag="relative_unknown", from_headline=True, place="lachin-corridor", claimant=CL,
           note="stated only in the headline: the road still closed on the protest's 'second day' (today; the body "
                "gives only yesterday's start and present-tense consequences); 'second' is an ordinal; no publication "
                "date known; 'Karabakh's only road to Armenia' = the Lachin corridor road"),
        CC("18:40 - The region's gas company says supplies through the pipeline from Armenia have been cut since this "
           "morning.", "restriction", *UNK, flag="relative_unknown", place="karabakh",
           claimant="the region's gas company",
           note="a gas cut to Karabakh (restriction) 'since this morning': no publication date known"),
        CC("16:15 - Russian peacekeepers say their vehicles passed the protest site near Shusha today.", "crossing",
           *UNK, flag="relative_unknown", count=None, q="unspecified", unit="vehicles", place="shusha",
           claimant="the Russian peacekeepers",
           note="'their vehicles' = a bare plural (vague); 'today' with no publication date known: the date flag "
                "wins over vague_count"),
        CC(L3, "entry", *UNK, flag="relative_unknown", count=14, q="exact", unit="trucks", destination="khankendi",
           claimant="Continental Live's correspondent",
           note="towards Stepanakert = into Karabakh (entry, as eval-real-2 labels trucks 'towards Khankandi'); the "
                "day is the entry's 'today'"),
        CC(L3, "exit", *UNK, flag="relative_unknown", count=None, q="unspecified", unit="trucks",
           claimant="Continental Live's correspondent",
           note="second claim: 'a few more going the other way' (vague; away from Stepanakert = exit); never derived"),
        CC("14:30 - Hundreds of cars are stuck on both sides of the protest, the Artsakh Information Headquarters says.",
           "stock", *UNK, flag="vague_count", count=None, q="unspecified", unit="cars", claimant=AIH,
           note="cars stuck (waiting) = a stock; present tense with no relative word and no publication date known: "
                "undated, so the vague_count flag applies"),
        CC("12:05 - About 1,100 residents of Nagorno-Karabakh who were in Armenia when the road was closed cannot return "
           "home, the region's human rights ombudsman says.",
           "stock", *UNK, count=1100, q="about", unit="people", place="armenia",
           claimant="the region's human rights ombudsman",
           note="people stranded in Armenia (a stock); present tense, no relative word, no publication date known: "
                "undated, no flag; 'Around 270 of them are children' (next sentence) is a part (note)"),
        CC(L7, "restriction", *UNK, flag="relative_unknown", place="shusha", claimant=CL,
           note="the blockade's start 'yesterday' (no publication date known); 'at about 10:30' qualifies the clock "
                "time; the road below Shusha = the corridor road, not named in the sentence, so place Shusha"),
        CC("Artsakh authorities say the same road was briefly blocked on 3 December too.", "restriction", *UNK,
           flag="year_unknown", claimant="the Artsakh authorities",
           note="'on 3 December' written without a year and no publication date known"),
        CC("09:00 - The ICRC says it has been unable to move patients across the corridor since yesterday.",
           "restriction", *UNK, flag="relative_unknown", place="lachin-corridor", claimant="the ICRC",
           note="medical transfers stopped 'since yesterday' (no publication date known); 'the corridor' = the Lachin "
                "corridor (named at 08:15)"),
        CC("Two of its ambulances that set off from Stepanakert for Goris this morning returned to the city after being "
           "stopped at the protest site.",
           "crossing", *UNK, flag="relative_unknown", count=2, q="exact", unit="ambulances", origin="khankendi",
           destination="khankendi", claimant="the ICRC",
           note="ambulances that never left Karabakh and 'returned to the city' (Stepanakert): direction relative to "
                "Karabakh unclear, so crossing (eval-real judgement); 'this morning' with no publication date known"),
        CC(L11, "diplomatic", *D("2020-11-09"), claimant=CL,
           note="the ceasefire statement 'signed on 9 November 2020': a date written with its year is labelled even "
                "with no publication date known"),
        CC(L11, "stock", *UNK, count=120000, q="about", unit="people", place="karabakh", claimant=CL,
           note="second claim: 'home to some 120,000 people'; present tense, no relative word, no publication date "
                "known: undated, no flag; '5-km-wide' is a distance"),
    ],
))


# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the other development sets
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Martakert", "Askeran", "Agarak", "AGARAK",
               "Khojavend", "Lori", "Kotayk", "Ararat", "Gegharkunik", "Vayots Dzor", "Sevan", "Kajaran", "Sisian",
               "Vayk", "Jermuk", "Masis", "Artashat", "Tatev", "Tashtun", "Lisagor", "Moscow", "Russia", "Tabriz",
               "TABRIZ", "Jolfa", "Julfa", "Georgia", "Gori", "Tbilisi", "Aghdam", "Hadrut", "Zabukh", "Sus",
               "Gubadli", "Zangezur", "Hakari", "GORIS", "KAPAN", "MEGHRI", "KORNIDZOR", "STEPANAKERT", "ARMENIA",
               "Norduz", "Vorotan", "Tegh", "Kornidzor", "Shushi", "Mehri", "Gafan", "Gorus", "Vostok", "Kavkaz",
               "Barda", "Akna", "Geneva", "Aragatsotn", "Armavir", "Shirak", "Tavush", "SISIAN", "MOSCOW", "TEHRAN",
               "BAKU", "YEREVAN", "Hayastan", "United States", "Khankandi",
               # names added for this part (places, spellings, and the not_places of its texts)
               "NAKHCHIVAN", "Iğdır", "Igdir", "Türkiye", "Turkey", "Ankara", "Khojaly", "Kalbajar", "Kelbajar",
               "Yevlakh", "Berkadzor", "Kremlin", "Meridian", "Clara", "Emily", "Preston", "Luca", "Ferrara", "Orlov",
               "Tokat", "Yeni", "Marina", "Lachin", "Sotk"]
