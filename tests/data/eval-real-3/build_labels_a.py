"""Write part A of the third real-phrasing DEVELOPMENT set (tests/data/eval-real-3/a-*.json) from the hand-written
specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-a.md). The labels are a
careful analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code:
nobody read or ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the extractor's output.
This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    Part A's specs only: build or check the whole set with tests/data/eval-real-3/build_labels.py [--check].

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first (as eval-holdout does), then gn:<geonameid>, else null + note.
The helper, build and check sections are those of tests/data/eval-real-2/build_labels.py (same shared code in
tests/data/real_dev_builder.py); the judgement calls are those of tests/data/eval-real/README.md and
tests/data/eval-real-2/README.md, plus the new ones listed in README-a.md. Part B of this folder is written
separately (b-* files, its own builder).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D  # noqa: E402




ROAD_LC = ("the road through the Lachin corridor, named by its ends; one mention (as eval-holdout labels "
           "'Lachin-Khankendi road'), not the two towns")
SYU = "the province = gazetteer 'syunik'; not GeoNames 13132983, a village of that name"
LCP = "'Lachin border checkpoint' = the Azerbaijani checkpoint at the Hakari bridge (gazetteer alias), not the town"
JOLFA = "Jolfa, East Azerbaijan, Iran (GeoNames 130081), not Julfa in Nakhchivan (148251)"
TABR = "Tabriz, Iran (GeoNames 113646)"
SIS = "Sisian, Syunik (GeoNames 174763)"
JER = "Jermuk, Vayots Dzor (GeoNames 174884)"
UNK = ("no publication date is known (not given; the dateline has day and month but no year)")

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Armenian agency (Armenpress/Artsakhpress style). Thursday 19 January 2023. Caps dateline with day and month,
#    no year; the date is not given -> relative and year-less dates are flagged.
# ----------------------------------------------------------------------------------------------------------
LUS = "Lusavor"
HRD = "Artsakh's Human Rights Defender"
OMB = "the office of Artsakh's Human Rights Defender"
A1 = ("STEPANAKERT, JANUARY 19, LUSAVOR. Twenty-three children from Artsakh who had been cut off from their families "
      "in Armenia since the Lachin corridor was closed returned home on Wednesday, travelling along the "
      "Goris-Stepanakert road, Artsakh's Human Rights Defender said.")
A4 = ("Near Shushi, where Azerbaijanis presenting themselves as environmental activists have been blocking the road "
      "for the 38th day, the children's minibus was stopped for about 25 minutes and several men filmed them through "
      "the windows, the ombudsman's office said.")
DOCS.append(dict(
    doc_id="a-am-agency-children-return-jan-2023", style="armenian", side="armenian",
    outlet="Lusavor (fictional Armenian news agency, English service)",
    title="23 children stranded in Armenia by the blockade return to Stepanakert",
    published="2023-01-19", published_given=False,
    published_in_text=dict(surface="STEPANAKERT, JANUARY 19, LUSAVOR", date=None, how="dateline"),
    captions=["Children of the youth choir at a rehearsal on 28 November 2022. Photo: Lusavor"],
    not_places=[("Tatev", "given name of a teacher (Tatev Hakobyan); Tatev is a village in Syunik (GeoNames 174748)")],
    patterns=["P-caps-dateline-agency", "P-headline-figure", "P-words-count", "P-children-return",
              "P-relative-weekday", "P-age-not-count", "P-yearless-date", "P-convoy", "P-pronoun-no-count",
              "P-nth-day", "P-clock-free-duration", "P-present-perfect-so-far", "P-a-total-of", "P-stock-remain",
              "P-part-not-breakdown", "P-vague-tens", "P-nested-road", "P-caption-old-date", "P-caption-credit",
              "P-given-name-place"],
    traps=["dateline 'STEPANAKERT, JANUARY 19, LUSAVOR.' has no year and the date is not given: 'on Wednesday', "
           "'for the 38th day', 'so far' -> relative_unknown; 'in early December', 'on 30 December' -> year_unknown",
           "headline '23 children' = the body's 'Twenty-three children' (words): one claim, on the body",
           "'aged between 9 and 16' are ages, not a range count", "'for about 25 minutes' is a duration",
           "'a convoy of the Russian peacekeepers' has no quantity: a convoy claim with count null",
           "'a total of 61 children have returned … so far' = present-perfect running total",
           "'about 1,100 … including some 270 children' = one stock, the 270 a part (note)",
           "'Dozens of families are waiting' = vague stock", "caption ends in an old date (28 November 2022)",
           "'Tatev' is a teacher's given name, not the village"],
    mentions=[
        MM("Armenia", "armenia"), MM("Stepanakert", "khankendi"),
        MM("STEPANAKERT", "khankendi", note="dateline in capitals"),
        MM("Artsakh", "karabakh"), MM("Armenia", "armenia"), MM("Lachin corridor", "lachin-corridor"),
        MM("Goris-Stepanakert road", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Goris", "goris"), ("Stepanakert", "khankendi")]),
        MM("Artsakh", "karabakh", note="'Artsakh's Human Rights Defender': toponym in an institution's name"),
        MM("Yerevan", "yerevan"), MM("Goris", "goris"), MM("Shushi", "shusha"),
        MM("Stepanakert", "khankendi", note="inside a quotation"),
        MM("Artsakh", "karabakh"), MM("Artsakh", "karabakh", note="'Artsakh residents': toponym as modifier"),
        MM("Armenia", "armenia"), MM("Goris", "goris"),
    ],
    claims=[
        CC(A1, "population_movement", flag="relative_unknown", count=23, q="exact", unit="children",
           origin="armenia", destination="karabakh", via="lachin-corridor", claimant=HRD,
           note="'Twenty-three' (words) = the headline's 23; 'on Wednesday' with " + UNK + "; 'since the Lachin "
                "corridor was closed' is a background clause, not a separate claim"),
        CC("The children, aged between 9 and 16, had gone to Yerevan for a choir festival in early December.",
           "population_movement", flag="year_unknown", unit="children", origin="karabakh", destination="yerevan",
           claimant=HRD,
           note="the same children (no new quantity: count null); written 'in early December' without a year, and "
                + UNK + "; 'between 9 and 16' are ages, not counts"),
        CC("They travelled from Goris in a convoy of the Russian peacekeepers, accompanied by their teachers and a "
           "doctor.", "entry", flag="relative_unknown", unit="convoy", origin="goris", destination="khankendi",
           claimant=HRD,
           note="a peacekeeper convoy Goris -> Stepanakert = entry into Karabakh (as the tuned set labels convoys); "
                "no quantity asserted; the trip of 'Wednesday' (previous paragraph), publication unknown"),
        CC(A4, "restriction", flag="relative_unknown", via="lachin-corridor", place="shusha", claimant=OMB,
           note="the blockade 'for the 38th day' (an nth day with no known publication date); no count"),
        CC(A4, "restriction", flag="relative_unknown", unit="buses", place="shusha", claimant=OMB,
           note="second claim: the minibus stopped near Shushi on the Wednesday trip; 'about 25 minutes' is a "
                "duration, not a count; no quantity asserted"),
        CC("With Wednesday's group, a total of 61 children have returned to Artsakh so far with the mediation of the "
           "peacekeepers and the Red Cross, the office said.", "population_movement", flag="relative_unknown",
           count=61, q="exact", unit="children", origin="armenia", destination="karabakh", claimant=OMB,
           note="present-perfect running total 'so far' (up to Wednesday's group): its end is relative and no "
                "publication date is known; origin = Armenia, where they were stranded"),
        CC("The first group of 9 children was brought back on 30 December.", "population_movement",
           flag="year_unknown", count=9, q="exact", unit="children", origin="armenia", destination="karabakh",
           claimant=OMB, note="written '30 December' without a year; " + UNK),
        CC("Yet about 1,100 Artsakh residents, including some 270 children, remain in Armenia unable to go home, "
           "according to the office.", "stock", count=1100, q="about", unit="people", place="armenia", claimant=OMB,
           note="present-tense stock with no known publication date and no relative word: undated, no flag; 'some "
                "270 children' is a part, not a breakdown"),
        CC("Dozens of families are waiting in hotels in Goris for a chance to travel back.", "stock",
           flag="vague_count", q="unspecified", unit="families", place="goris", claimant=LUS,
           note="'Dozens' = vague; present tense, undated; not attributed in the sentence, so the outlet"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Azerbaijani agency (Trend/APA style). Tuesday 11 July 2023; given. "BAKU, Azerbaijan, July 11." dateline
#    (no year), SBS statement, checkpoint boilerplate, denial line.
# ----------------------------------------------------------------------------------------------------------
YX = "Yeni Xabar"
SBS = "the State Border Service of Azerbaijan"
B1 = ("BAKU, Azerbaijan, July 11. The movement of vehicles of the International Committee of the Red Cross (ICRC) "
      "through the Lachin border checkpoint on the state border with Armenia has been suspended until the necessary "
      "investigative measures are completed, the State Border Service (SBS) told Yeni Xabar.")
B7 = ("To recall, in order to prevent the illegal transfer of manpower, ammunition and mines from Armenia, and in "
      "response to the checkpoint set up by Armenia on April 22, units of the State Border Service established a "
      "border checkpoint at the beginning of the Lachin-Khankendi road at 12:00 (GMT+4) on April 23.")
DOCS.append(dict(
    doc_id="a-az-agency-icrc-suspension-jul-2023", style="azerbaijani", side="azerbaijani",
    outlet="Yeni Xabar (fictional Azerbaijani news agency, English service)",
    title="Passage of ICRC vehicles through Lachin border checkpoint suspended over smuggling - State Border Service",
    published="2023-07-11", published_given=True,
    published_in_text=dict(surface="BAKU, Azerbaijan, July 11", date=None, how="dateline"),
    captions=["Lachin border checkpoint. Photo: Yeni Xabar"],
    not_places=[("Rustam", "given name of the SBS spokesman; Rustam is a town in Khyber Pakhtunkhwa, Pakistan "
                           "(GeoNames 1166720)"),
                ("Yeni", "first word of the outlet's name ('new'); Yeni is a village name in Turkey (GeoNames "
                         "13589488, 737602)")],
    patterns=["P-dateline-own-city-country", "P-headline-attribution-dash", "P-suspension-no-count",
              "P-customs-seizure", "P-period-from-through", "P-detention", "P-birth-year-not-date",
              "P-vehicles-returned", "P-relative-today", "P-correspondent-reports", "P-times-count", "P-over-count",
              "P-since-event", "P-vague-tens", "P-month-alone", "P-denial-line", "P-checkpoint-boilerplate",
              "P-clock-not-count", "P-nested-road", "P-az-spellings", "P-caption-credit", "P-given-name-place",
              "P-acronym-agency"],
    traps=["'BAKU, Azerbaijan, July 11.' has no year; the date (2023-07-11) is given, so every date resolves",
           "the suspension has no count: a restriction with count null",
           "'From July 1 through July 6 … in four such vehicles' = one customs claim (other), the goods uncounted",
           "'born in 1981' is a birth year, not the date of the detention (July 6)",
           "two ICRC vehicles that never entered Karabakh 'returned to Armenia' = crossing (direction relative to "
           "Karabakh unclear)",
           "'more than 400 times' = at least 400 crossings, 'since the checkpoint began operating' = 23 April (the "
           "boilerplate) to publication",
           "'Dozens of patients … in June alone' = vague, June 2023",
           "the denial line ('claims of Armenia about a \"blockade\"') is not a claim",
           "boilerplate: two restrictions (Armenia's checkpoint 'on April 22', Azerbaijan's 'on April 23'); "
           "'12:00 (GMT+4)' is a clock time",
           "'Gorus', 'Khankendi', 'Lachin road' (Azerbaijani spellings and names)",
           "'Rustam' and 'Yeni' collide with GeoNames places"],
    mentions=[
        MM("Lachin border checkpoint", "hakari-bridge", "bridge", note=LCP),
        MM("BAKU", "baku", note="dateline in capitals"), MM("Azerbaijan", "azerbaijan"),
        MM("Lachin border checkpoint", "hakari-bridge", "bridge", note=LCP), MM("Armenia", "armenia"),
        MM("Gorus", "goris", note="Azerbaijani spelling of Goris"), MM("Khankendi", "khankendi"),
        MM("Gorus", "goris"), MM("Armenia", "armenia"),
        MM("Lachin-Khankendi road", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")]),
        MM("Armenia", "armenia"), MM("Armenia", "armenia", note="'the claims of Armenia'"),
        MM("Lachin road", "lachin-corridor", "road",
           note="'the Lachin road' = the road through the corridor (as eval-holdout), not the town"),
        MM("Armenia", "armenia"), MM("Armenia", "armenia"),
        MM("Lachin-Khankendi road", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")]),
        MM("Lachin border checkpoint", "hakari-bridge", "bridge", note=LCP),
    ],
    claims=[
        CC(B1, "restriction", *D("2023-07-11"), unit="vehicles", place="hakari-bridge", claimant=SBS,
           note="suspension of ICRC passage, stated as in force at publication; no count (closure without a count)"),
        CC("From July 1 through July 6, mobile phones, spare parts, cigarettes and gasoline hidden in separate tanks "
           "were discovered in four such vehicles.", "other", "2023-07-01", "2023-07-06", "period", count=4,
           q="exact", unit="vehicles", place="hakari-bridge", claimant=SBS,
           note="customs seizures = other (as eval-real-2 labels customs cases); 'four' (words) counts the vehicles, "
                "the goods are not counted; 'According to the SBS' (previous sentence) carries over; the vehicles "
                "travelled from Gorus towards Khankendi (previous sentence)"),
        CC("One of the drivers, an Armenian citizen born in 1981, was detained on July 6 and handed over to the "
           "investigation, the service said.", "detention", *D("2023-07-06"), count=1, q="exact", unit="people",
           place="hakari-bridge", claimant=SBS,
           note="a single described person detained = 1; 'born in 1981' is a birth year, not a date or a count"),
        CC("Two ICRC vehicles that arrived at the checkpoint from Gorus this morning returned to Armenia after the "
           "suspension was announced, Yeni Xabar's correspondent reports.", "crossing", *D("2023-07-11"), count=2,
           q="exact", unit="vehicles", origin="hakari-bridge", destination="armenia", claimant=YX,
           note="vehicles that 'returned' without ever entering Karabakh: direction relative to Karabakh unclear, "
                "so crossing (as eval-real's cars that 'returned to Aghdam'); 'this morning' = publication day"),
        CC("Since the checkpoint began operating, ICRC vehicles have crossed it more than 400 times in both "
           "directions, carrying patients and humanitarian cargo along the Lachin-Khankendi road, the SBS noted.",
           "crossing", "2023-04-23", "2023-07-11", "period", count=400, q="at_least", unit="crossings",
           via="lachin-corridor", claimant=SBS,
           note="'more than 400 times' = at least 400 crossings ('times' are crossings, as the tuned set reads '70 "
                "times'); 'since the checkpoint began operating' = 23 April 2023, the date the text gives for it, "
                "to publication"),
        CC("Dozens of patients were taken to Armenia in June alone.", "population_movement", "2023-06-01",
           "2023-06-30", "month", flag="vague_count", q="unspecified", unit="patients", destination="armenia",
           claimant=YX,
           note="'Dozens' = vague; 'in June' = June 2023 (year from publication); patient transfers = "
                "population_movement; not attributed in the sentence, so the outlet"),
        CC(B7, "restriction", *D("2023-04-22"), claimant=YX,
           note="boilerplate ('To recall', the outlet's own text): the Armenian checkpoint 'on April 22' (2023) as "
                "Baku describes it; place not stated as a known id"),
        CC(B7, "restriction", *D("2023-04-23"), place="hakari-bridge", claimant=YX,
           note="second claim: Azerbaijan's checkpoint at the beginning of the Lachin-Khankendi road on 23 April "
                "2023; '12:00 (GMT+4)' is a clock time"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Iranian agency (IRNA/Tasnim style). Thursday 30 March 2023 (10 Farvardin 1402); not given. Iranian-calendar
#    dateline with no year; the body writes its period with Iranian and Gregorian years.
# ----------------------------------------------------------------------------------------------------------
FP = "Farda Press"
NAS = "Saman Nasiri, head of the Norduz border terminal"
PER = ("2023-03-16", "2023-03-29", "period")
C2 = ("Saman Nasiri told Farda Press that from Esfand 25, 1401 to Farvardin 9, 1402 (March 16-29, 2023), 31,420 "
      "passengers were processed at the terminal in both directions, 18,760 of them leaving for Armenia.")
DOCS.append(dict(
    doc_id="a-ir-agency-nowruz-travellers-mar-2023", style="iranian", side="iranian",
    outlet="Farda Press (fictional Iranian news agency, English service)",
    title="Over 31,000 Nowruz travellers cross Norduz border with Armenia",
    published="2023-03-30", published_given=False,
    published_in_text=dict(surface="JOLFA, Farvardin 10 (Farda Press)", date=None, how="dateline"),
    captions=["Iranian travellers wait at the Norduz terminal. Photo: Farda Press"],
    not_places=[("Saman", "given name of the terminal head; Saman is a town in Ghana (GeoNames 2295663) and Sāmān a "
                          "town in Chaharmahal, Iran (117627)"),
                ("Nasiri", "surname of the terminal head; 'Nasiri' is a GeoNames alternate name of Ahvaz, Iran "
                           "(144448)")],
    patterns=["P-iranian-date-dateline", "P-headline-figure", "P-over-count", "P-since-event",
              "P-iranian-year-range", "P-bracket-gregorian", "P-both-directions", "P-of-them-direction",
              "P-colon-breakdown", "P-rate", "P-about-count", "P-iranian-days-with-year", "P-vague-tens",
              "P-stock-waiting", "P-relative-today", "P-returning-flow", "P-part-not-breakdown",
              "P-distance-not-count", "P-nested-crossing", "P-iranian-province", "P-official-title-name",
              "P-caption-credit", "P-given-name-place", "P-surname-place"],
    traps=["dateline 'JOLFA, Farvardin 10' is Iranian-calendar with no year; not given: 'Yesterday' -> "
           "relative_unknown",
           "'from Esfand 25, 1401 to Farvardin 9, 1402 (March 16-29, 2023)' is written with its years: resolved",
           "'Farvardin 1 and 2, 1402' = 21 and 22 March 2023 (days)",
           "the lead's 'More than 31,000 … since the start of the Nowruz holidays' (= the headline's 'Over 31,000') "
           "is its own at_least claim for the same period; the exact 31,420 is a second claim",
           "'18,760 of them leaving for Armenia' = a directional part: its own claim; the other direction "
           "(12,660) is never derived",
           "'4,850 vehicles …: 3,120 private cars, 1,610 trucks and 120 buses' = one claim with a breakdown",
           "'about 3,500 passengers a day' = rate", "'Tens of tour buses waited' = vague stock",
           "'some 190 kilometres' is a distance", "'Norduz–Agarak crossing' = the crossing, with inside",
           "'JOLFA' / 'Jolfa side' = Jolfa in Iran, not Julfa in Nakhchivan",
           "'Saman' and 'Nasiri' collide with GeoNames places"],
    mentions=[
        MM("Norduz", "agarak-norduz"), MM("Armenia", "armenia"),
        MM("JOLFA", "gn:130081", note="dateline in capitals; " + JOLFA),
        MM("Norduz", "agarak-norduz", note="'the Norduz border terminal' (facility noun left out)"),
        MM("Iran", "iran"), MM("Armenia", "armenia"), MM("Armenia", "armenia"),
        MM("Norduz", "agarak-norduz"),
        MM("Jolfa", "gn:130081", note="'the Jolfa side'; " + JOLFA),
        MM("Yerevan", "yerevan"), MM("Meghri", "meghri"), MM("Kapan", "kapan"), MM("Georgia", "georgia"),
        MM("Armenia", "armenia"),
        MM("Norduz–Agarak crossing", "agarak-norduz", "border_crossing",
           note="the crossing named by its two sides (en dash), one mention",
           inside=[("Norduz", "agarak-norduz"), ("Agarak", "agarak")]),
        MM("Aras", None, "river", note="the Aras (Araxes) river; not in the gazetteer"),
        MM("Tabriz", "gn:113646", note=TABR), MM("Iran", "iran", note="'Iran's only land border crossing'"),
        MM("Armenia", "armenia"),
        MM("East Azarbaijan", "east-azerbaijan",
           note="the Iranian province (spelling 'Azarbaijan'), 'East Azarbaijan province'; not the country"),
        MM("Norduz", "agarak-norduz", note="caption"),
    ],
    claims=[
        CC("JOLFA, Farvardin 10 (Farda Press) – More than 31,000 travellers have crossed the Norduz border terminal "
           "between Iran and Armenia since the start of the Nowruz holidays, the head of the terminal said.",
           "population_movement", *PER, count=31000, q="at_least", unit="travellers", via="agarak-norduz",
           claimant=NAS,
           note="'More than' = at_least; people crossing in both directions = population_movement; 'since the start "
                "of the Nowruz holidays' is the period the next sentence writes with its years (16-29 March 2023), "
                "so no date flag; the headline's 'Over 31,000' is this claim"),
        CC(C2, "population_movement", *PER, count=31420, q="exact", unit="passengers", via="agarak-norduz",
           claimant=NAS,
           note="'Esfand 25, 1401 to Farvardin 9, 1402' = 16-29 March 2023, as the bracket also writes; both "
                "directions"),
        CC(C2, "population_movement", *PER, count=18760, q="exact", unit="passengers", origin="iran",
           destination="armenia", via="agarak-norduz", claimant=NAS,
           note="second claim: the part 'leaving for Armenia' (a split by direction is its own claim); the other "
                "direction is not derived"),
        CC("He added that 4,850 vehicles passed through Norduz in the same period: 3,120 private cars, 1,610 trucks "
           "and 120 buses.", "crossing", *PER, count=4850, q="exact", unit="vehicles",
           breakdown=[(3120, "private cars"), (1610, "trucks"), (120, "buses")], via="agarak-norduz", claimant=NAS,
           note="one claim with its breakdown by type (sums to 4,850); no direction stated, so crossing"),
        CC("\"At the peak, on Farvardin 1 and 2, 1402, about 3,500 passengers a day crossed, almost double the usual "
           "level,\" Nasiri said.", "population_movement", "2023-03-21", "2023-03-22", "days",
           dates=["2023-03-21", "2023-03-22"], count=3500, q="about", unit="passengers", via="agarak-norduz",
           claimant=NAS,
           note="rate ('a day'); 'Farvardin 1 and 2, 1402' = 21 and 22 March 2023 (year written); 'almost double' is "
                "a ratio, not a count"),
        CC("Tens of tour buses waited for several hours on the Jolfa side on those days, he added.", "stock",
           "2023-03-21", "2023-03-22", "days", dates=["2023-03-21", "2023-03-22"], flag="vague_count",
           q="unspecified", unit="buses", place="gn:130081", claimant=NAS,
           note="'Tens of' = vague; buses waiting = stock (the text asserts waiting, not a closure); 'on those "
                "days' = Farvardin 1 and 2, 1402"),
        CC("Yesterday, the return flow began: some 2,900 Iranians came back through the terminal, most of them "
           "families in private cars.", "population_movement", flag="relative_unknown", count=2900, q="about",
           unit="people", origin="armenia", destination="iran", via="agarak-norduz", claimant=NAS,
           note="'Yesterday' with no publication date known (the dateline has no year and the date is not given); "
                "'some' = about; 'most of them families' is a part"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Armenian government statement relayed by an outlet. Friday 16 September 2022; given. Statement dateline
#    "16 September 2022 - As of 10:00 today" inside the relayed text.
# ----------------------------------------------------------------------------------------------------------
LRB = "Lraber"
MTA = "Armenia's Ministry of Territorial Administration and Infrastructure"
D3 = ("In the early hours of 13 September, 31 buses and 12 ambulances took about 640 holidaymakers and sanatorium "
      "patients from Jermuk to Yerevan.")
D5 = ("The movement of civilian vehicles on the Goris–Kapan road was restricted for several hours on Tuesday and has "
      "been fully restored since Wednesday morning.")
DOCS.append(dict(
    doc_id="a-gov-statement-evacuations-sep-2022", style="ministry", side="armenian",
    outlet="Lraber (fictional Armenian news site) relaying the Ministry of Territorial Administration and "
           "Infrastructure",
    title="More than 2,700 people evacuated from Armenia's border communities, government says",
    published="2022-09-16", published_given=True,
    published_in_text=dict(surface="16 September 2022", date="2022-09-16", how="dateline"),
    captions=["Residents of Jermuk board a bus to Yerevan on 13 September. Photo: Lraber"],
    not_places=[("Talin", "given name of the deputy governor; Talin is a town in Aragatsotn, Armenia (GeoNames "
                          "616187)")],
    patterns=["P-agency-parenthesis-dateline", "P-relay-chain", "P-statement-dateline", "P-headline-rounded-figure",
              "P-as-of-clock", "P-cumulative", "P-part-not-breakdown", "P-place-parts", "P-evacuation",
              "P-buses", "P-ambulances", "P-vehicle-pair-no-total", "P-early-hours-of", "P-stock-remain",
              "P-closure-no-count", "P-reopening", "P-relative-weekday", "P-present-perfect-so-far",
              "P-families-unit", "P-detention", "P-vague-tens", "P-since-weekday", "P-province-names",
              "P-nested-road", "P-official-title-name", "P-caption-credit", "P-given-name-place"],
    traps=["the headline's 'More than 2,700' rounds the body's 2,742 and the body never states 2,700: its own "
           "from_headline claim",
           "'including 1,014 children' and 'Of them, 1,206 … and 583 …' are parts (by place) of the 2,742: notes, "
           "not a breakdown and not claims; '17 communities' is a context figure",
           "'31 buses and 12 ambulances' gives no total: two claims, plus the 640 people",
           "'Around 900 evacuees … and the rest with relatives' = one stock ('the rest' is not derived)",
           "road 'restricted for several hours on Tuesday' = restriction without a count (13 September); 'fully "
           "restored since Wednesday morning' = reopening (other)",
           "'So far, 186 families have returned' = present-perfect running total in families",
           "'about 20 Armenian servicemen … taken prisoner' = detention",
           "'Dozens of families from Tegh … since Tuesday' = vague movement",
           "'Vayots Dzor', 'Gegharkunik' = provinces (null); 'Vardenis community' = the town; 'Talin' is a given "
           "name, not the town"],
    mentions=[
        MM("Armenia", "armenia", note="'Armenia's border communities'"),
        MM("YEREVAN", "yerevan", note="dateline in capitals"),
        MM("Syunik", "syunik", note=SYU),
        MM("Vayots Dzor", "vayots-dzor", note="Vayots Dzor province; relabelled with the gazetteer id once the place was added to data/gazetteer.json (2026-12-04)"),
        MM("Gegharkunik", None, "region", note="Gegharkunik province; not the village Gegharkunik (GeoNames 616688)"),
        MM("Sotk", "gn:616041", note="Sotk, Gegharkunik (GeoNames 616041)"),
        MM("Vardenis", "gn:616108",
           note="'the Vardenis community': the community named after the town Vardenis, Gegharkunik (GeoNames "
                "616108; not the village 616107); common noun left out"),
        MM("Jermuk", "gn:174884", note=JER), MM("Jermuk", "gn:174884", note=JER), MM("Yerevan", "yerevan"),
        MM("Goris", "goris"), MM("Sisian", "gn:174763", note=SIS),
        MM("Vayk", "gn:174726", note="Vayk, Vayots Dzor (GeoNames 174726)"),
        MM("Goris–Kapan road", "goris-kapan-highway", "road", note="the road named by its ends (en dash)",
           inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Syunik", "syunik", note=SYU), MM("Goris", "goris"), MM("Kapan", "kapan"),
        MM("Tegh", "tegh"), MM("Goris", "goris"),
        MM("Syunik", "syunik", note="'Syunik Deputy Governor'; " + SYU),
        MM("Jermuk", "gn:174884", note="caption; " + JER), MM("Yerevan", "yerevan"),
    ],
    claims=[
        CC("More than 2,700 people evacuated from Armenia's border communities, government says",
           "population_movement", *D("2022-09-16"), from_headline=True, count=2700, q="at_least", unit="people",
           origin="armenia", claimant="the Armenian government",
           note="stated only in the headline: 'More than 2,700' rounds the body's 2,742 (never written in the body); "
                "dated like the body's 'As of 10:00 today'; origin = Armenia's border communities"),
        CC("YEREVAN (Lraber) – The Armenian government on Friday released updated figures on the civilians moved out "
           "of border communities of Syunik, Vayots Dzor and Gegharkunik provinces after the Azerbaijani attacks of "
           "September 13-14.", "other", "2022-09-13", "2022-09-14", "period", place="armenia", claimant=LRB,
           note="the attacks of 'September 13-14' (2022, year from publication), dated and uncounted, as eval-real-2 "
                "labels 'Azerbaijan's offensive of 19 September'; the release of figures itself is not a claim"),
        CC("\"16 September 2022 - As of 10:00 today, 2,742 residents, including 1,014 children, have been evacuated "
           "from 17 communities hit by the shelling.", "population_movement", *D("2022-09-16"), count=2742,
           q="exact", unit="people", claimant=MTA,
           note="cumulative 'As of 10:00 today' = dated to the statement day (start not stated); parts: 1,014 "
                "children, and (next sentence) 1,206 from Sotk and other Vardenis villages and 583 from Jermuk - "
                "they do not partition the total, so notes, not a breakdown; '17 communities' is context; the "
                "statement dateline opens the sentence"),
        CC(D3, "population_movement", *D("2022-09-13"), count=31, q="exact", unit="buses", origin="gn:174884",
           destination="yerevan", claimant=MTA, note="evacuation buses; 'In the early hours of 13 September' (2022)"),
        CC(D3, "population_movement", *D("2022-09-13"), count=12, q="exact", unit="ambulances", origin="gn:174884",
           destination="yerevan", claimant=MTA,
           note="second claim: '31 buses and 12 ambulances' gives no total (43 would be derived)"),
        CC(D3, "population_movement", *D("2022-09-13"), count=640, q="about", unit="people", origin="gn:174884",
           destination="yerevan", claimant=MTA, note="third claim: the evacuated holidaymakers and patients"),
        CC("Around 900 evacuees are staying in hotels and schools in Goris, Sisian and Vayk, and the rest with "
           "relatives.", "stock", *D("2022-09-16"), count=900, q="about", unit="people", claimant=MTA,
           note="present-tense stock in a dated statement = publication day; three towns, so place null; 'the "
                "rest' is not derived"),
        CC(D5, "restriction", *D("2022-09-13"), via="goris-kapan-highway", place="goris-kapan-highway",
           claimant=MTA,
           note="closure without a count; 'on Tuesday' before Friday 16 September 2022 = 13 September; 'for several "
                "hours' is a duration"),
        CC(D5, "other", "2022-09-14", "2022-09-16", "period", via="goris-kapan-highway",
           place="goris-kapan-highway", claimant=MTA,
           note="second claim: the reopening 'since Wednesday morning' (14 September) to publication = other"),
        CC("So far, 186 families have returned to their homes in Syunik, mainly in Goris and Kapan, where the "
           "situation has stabilised.", "population_movement", *D("2022-09-16"), count=186, q="exact",
           unit="families", destination="syunik", claimant=MTA,
           note="present-perfect running total 'So far' = as of the statement (start not stated), dated like 'As of "
                "10:00 today'"),
        CC("Separately, the Defence Ministry said that about 20 Armenian servicemen had been taken prisoner by "
           "Azerbaijani forces during the fighting of September 13-14.", "detention", "2022-09-13", "2022-09-14",
           "period", count=20, q="about", unit="servicemen", claimant="the Armenian Defence Ministry",
           note="servicemen taken prisoner = detention; 'about' = about"),
        CC("Dozens of families from Tegh have also left for Goris on their own since Tuesday, Syunik Deputy "
           "Governor Talin Avetisyan told Lraber, adding that most of them were staying with relatives.",
           "population_movement", "2022-09-13", "2022-09-16", "period", flag="vague_count", q="unspecified",
           unit="families", origin="tegh", destination="goris", claimant="Talin Avetisyan, Syunik Deputy Governor",
           note="'Dozens' = vague; 'since Tuesday' = 13 September 2022 to publication"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Armenian news site, HTML page. Thursday 12 January 2023; not given. The date is only in
#    <time datetime="2023-01-12T11:20:00+04:00"> (visible text "11:20").
# ----------------------------------------------------------------------------------------------------------
TSA = "Tsayg Online"
AEN = "Artsakhenergo, the Karabakh power grid operator"
E8 = ("On Wednesday, the Red Cross transferred 9 patients from Stepanakert to Yerevan, and a convoy of 11 trucks of "
      "the Russian peacekeepers brought food and medicines from Goris, the Artsakh Information Headquarters said.")
LINE = ("the 'Goris–Stepanakert line' is a power line named by its ends (a line is no place kind and has no id): the "
        "two ends are labelled as settlements")
DOCS.append(dict(
    doc_id="a-html-am-site-power-line-jan-2023", style="armenian", side="armenian",
    outlet="Tsayg Online (fictional Armenian news site)",
    title="Artsakh without power from Armenia for fourth day as Azerbaijan blocks repairs",
    published="2023-01-12", published_given=False,
    html_file="a-html-am-site-power-line-jan-2023.html",
    published_in_text=dict(surface="2023-01-12T11:20:00+04:00", date="2023-01-12", how="html time"),
    captions=["Stepanakert at night during a blackout in December 2022. Photo: archive"],
    not_places=[("Artsakhenergo", "the power company's name: one word that contains 'Artsakh' but is not a place "
                                  "and not a toponym followed by a noun"),
                ("Kamo", "given name of the deputy director; Kamo is a village in Gegharkunik (GeoNames 616598) and "
                         "a town in Japan (1860341)")],
    patterns=["P-html-time", "P-clock-only-visible", "P-headline-day-count", "P-utility-cut", "P-nth-day",
              "P-relative-weekday", "P-clock-not-count", "P-ordinal-not-count", "P-kv-not-count",
              "P-power-line-ends", "P-between-places", "P-since-weekday", "P-rolling-blackouts", "P-vague-hundreds",
              "P-stock-waiting", "P-words-count", "P-stock-population", "P-part-not-breakdown",
              "P-patients-transfer", "P-convoy", "P-caption-archive", "P-caption-old-date", "P-compound-org-name",
              "P-given-name-place"],
    traps=["the publication date is only in <time datetime> (visible '11:20'); labels are on the companion .txt; "
           "the date is not given but the page head gives it, so dates resolve against 2023-01-12 (Thursday)",
           "'for the fourth day' after Monday's damage = 9-12 January 2023; 'for the 32nd day' = 12 December 2022 - "
           "12 January 2023",
           "'14:35', '33rd kilometre', '110 kV' are not counts", "'in August' (2022) is a background clause",
           "'Goris–Stepanakert line' (power line) = two settlements; 'between Aghavno and Berdzor' = two places",
           "'Hundreds of households' = vague", "'six engineers … waiting … since Monday evening' = a stock",
           "'About 120,000 people, among them 30,000 children' = one stock, the children a part",
           "'9 patients' and 'a convoy of 11 trucks' in one sentence = two claims",
           "'Artsakhenergo' is one word containing 'Artsakh': not a mention; 'Artsakh Information Headquarters' "
           "is (toponym in an institution's name)",
           "caption is an archive photo ending in an old date (December 2022)"],
    mentions=[
        MM("Artsakh", "karabakh"), MM("Armenia", "armenia"), MM("Azerbaijan", "azerbaijan"),
        MM("Artsakh", "karabakh"), MM("Armenia", "armenia"), MM("Azerbaijan", "azerbaijan"),
        MM("Goris", "goris", note=LINE), MM("Stepanakert", "khankendi", note=LINE),
        MM("Aghavno", "aghavno", note="'the section between Aghavno and Berdzor' of the line"),
        MM("Berdzor", "lachin", note="Armenian name of Lachin (gazetteer alias)"),
        MM("Azerbaijan", "azerbaijan"), MM("Stepanakert", "khankendi"),
        MM("Martakert", "martakert",
           note="Martakert (Aghdara): not in cities500; relabelled with the gazetteer id once the place was added to data/gazetteer.json (2026-12-04)"),
        MM("Askeran", "gn:148450", note="Askeran = GeoNames 148450 'Askyaran' (alternate name Askeran)"),
        MM("Stepanakert", "khankendi", note="inside a quotation"),
        MM("Lachin corridor", "lachin-corridor"),
        MM("Stepanakert", "khankendi"), MM("Yerevan", "yerevan"), MM("Goris", "goris"),
        MM("Artsakh", "karabakh", note="'the Artsakh Information Headquarters': toponym in an institution's name"),
        MM("Stepanakert", "khankendi", note="caption"),
    ],
    claims=[
        CC("Artsakh has been unable to receive electricity from Armenia for the fourth day after the only "
           "high-voltage line feeding the republic was damaged on Monday, and Azerbaijan is still not allowing "
           "engineers to reach the site, Artsakhenergo said.", "restriction", "2023-01-09", "2023-01-12", "period",
           place="karabakh", claimant=AEN,
           note="a cut of electricity to Karabakh = restriction (eval-real-2: utility cut); 'for the fourth day' with "
                "day 1 = Monday 9 January 2023, to publication (Thursday 12 January); the headline's 'for fourth "
                "day' is this claim; no count"),
        CC("The fault was recorded at 14:35 on January 9 on the 33rd kilometre of the 110 kV Goris–Stepanakert line, "
           "in the section between Aghavno and Berdzor that Azerbaijan took over in August.", "other",
           *D("2023-01-09"), claimant=AEN,
           note="the damage to the line, dated ('January 9', year from publication); '14:35' a clock time, '33rd' "
                "an ordinal, '110 kV' a voltage - none is a count; 'took over in August' (2022) is a background "
                "clause, not a separate claim; between two places, so place null"),
        CC("Since Tuesday, the republic has been supplied only by local hydroelectric plants, and rolling blackouts "
           "of two hours at a time are applied in Stepanakert and the regions.", "restriction", "2023-01-10",
           "2023-01-12", "period", place="karabakh", claimant=AEN,
           note="rolling blackouts 'Since Tuesday' (10 January 2023) to publication; 'two hours' is a duration"),
        CC("Hundreds of households in Martakert and Askeran have had no power for most of the day, the company "
           "said.", "restriction", *D("2023-01-12"), flag="vague_count", q="unspecified", unit="households",
           claimant=AEN,
           note="'Hundreds of' = vague; 'for most of the day' = publication day; two places, so place null"),
        CC("\"Our team of six engineers has been waiting in Stepanakert since Monday evening with all the equipment "
           "and the spare pylon sections,\" said Kamo Sargsyan, the company's deputy director.", "stock",
           "2023-01-09", "2023-01-12", "period", count=6, q="exact", unit="engineers", place="khankendi",
           claimant="Kamo Sargsyan, Artsakhenergo's deputy director",
           note="people waiting (stock-waiting), 'six' in words; 'since Monday evening' (9 January 2023) to "
                "publication"),
        CC("The Lachin corridor has now been blocked for the 32nd day.", "restriction", "2022-12-12", "2023-01-12",
           "period", via="lachin-corridor", place="lachin-corridor", claimant=TSA,
           note="'for the 32nd day' on 12 January 2023 -> day 1 = 12 December 2022; no count; the outlet's own "
                "statement"),
        CC("About 120,000 people, among them 30,000 children, live in the region, and most homes in the towns are "
           "heated with electricity.", "stock", *D("2023-01-12"), count=120000, q="about", unit="people",
           place="karabakh", claimant=TSA,
           note="present-tense population figure in a dated text = publication day; '30,000 children' is a part, "
                "not a breakdown; 'most homes' is not a count"),
        CC(E8, "population_movement", *D("2023-01-11"), count=9, q="exact", unit="patients", origin="khankendi",
           destination="yerevan", claimant="the Artsakh Information Headquarters",
           note="ICRC patient transfer; 'On Wednesday' before Thursday 12 January 2023 = 11 January"),
        CC(E8, "entry", *D("2023-01-11"), count=11, q="exact", unit="trucks", origin="goris",
           destination="karabakh", claimant="the Artsakh Information Headquarters",
           note="second claim: a peacekeeper convoy from Goris into Karabakh = entry"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Azerbaijani portal, HTML page. Friday 14 June 2024; given. The date is only in
#    <meta property="article:published_time"> and JSON-LD datePublished.
# ----------------------------------------------------------------------------------------------------------
EXL = "Ekspress Line"
F3 = "At this stage, 24 families, or 87 people, returned to the city."
F4 = "Thus, a total of 478 families (1,802 people) have been permanently settled in Lachin so far."
F5 = ("Last week, 15 families (52 people) also moved to the village of Zabukh, bringing the number of residents there "
      "to about 640.")
F2 = ("A convoy of six buses, accompanied by trucks carrying the families' belongings, left the Garadagh district of "
      "Baku early this morning and reached Lachin in the afternoon.")
LW = ("2024-06-03", "2024-06-09", "period")
DOCS.append(dict(
    doc_id="a-html-az-portal-lachin-resettlement-jun-2024", style="azerbaijani", side="azerbaijani",
    outlet="Ekspress Line (fictional Azerbaijani news portal)",
    title="24 more families return to Lachin under Great Return programme - PHOTO",
    published="2024-06-14", published_given=True,
    html_file="a-html-az-portal-lachin-resettlement-jun-2024.html",
    published_in_text=dict(surface="2024-06-14T15:40:00+04:00", date="2024-06-14", how="html meta"),
    captions=["Returning families receive the keys to their houses in Lachin. Photo: Ekspress Line",
              "Lachin city during its restoration in 2022. Photo: Ekspress Line archive"],
    not_places=[("Fuzuli", "given name of a returnee (Fuzuli Aliyev); Fuzuli is a city in Azerbaijan (GeoNames "
                           "148106)")],
    patterns=["P-html-meta", "P-headline-media-tag", "P-headline-figure", "P-great-return", "P-resettlement",
              "P-convoy", "P-buses", "P-words-count", "P-vague-plural", "P-relative-today", "P-or-people",
              "P-bracket-people", "P-a-total-of", "P-present-perfect-so-far", "P-running-tally", "P-relative-week",
              "P-age-not-count", "P-full-dates", "P-duration-not-count", "P-district-of-city", "P-framing",
              "P-caption-credit", "P-caption-old-date", "P-given-name-place"],
    traps=["the publication date is only in the page head (article:published_time, JSON-LD datePublished); labels "
           "are on the companion .txt",
           "headline '24 more families' = the body's 24 families: one claim, on the body; the lead ('Another group "
           "… has been resettled') is the same movement and is not labelled again",
           "'24 families, or 87 people' and '478 families (1,802 people)' and '15 families (52 people)' = two "
           "claims each (families and people are different units; not a breakdown)",
           "'A convoy of six buses' counted; 'accompanied by trucks' = a vague plural",
           "'a boy of twelve' is an age; the quotation's 'today I came back' is the same movement",
           "'Last week' in a Friday report = Monday 3 - Sunday 9 June 2024",
           "'bringing the number of residents there to about 640' = a running-tally stock",
           "'on August 26, 2022' and 'November 10, 2020' are full dates (control of Lachin; trilateral statement)",
           "'for almost three decades' is a duration",
           "'Lachin' in 'the Lachin district representation' = the district named after the town",
           "'Garadagh district of Baku' = a district (null) of Baku; 'Sus' village has no id",
           "'Fuzuli' is a returnee's given name, not the city",
           "the second caption ends in an old date (2022)"],
    mentions=[
        MM("Lachin", "lachin", note="the town (city) of Lachin, not the corridor"),
        MM("Lachin", "lachin", note="'the city of Lachin'"),
        MM("Garadagh", None, "region",
           note="'the Garadagh district of Baku' (Qaradağ raion): not in the gazetteer nor in cities500"),
        MM("Baku", "baku"), MM("Lachin", "lachin"),
        MM("Lachin", "lachin", note="inside a quotation"), MM("Lachin", "lachin"),
        MM("Zabukh", "aghavno", note="Zabukh = Aghavno (gazetteer alias)"),
        MM("Lachin", "lachin", note="'Lachin city'"), MM("Zabukh", "aghavno"),
        MM("Sus", None, "settlement", note="Sus village near Lachin: not in the gazetteer nor in cities500 (not "
                                           "Sousse, Tunisia, of which 'Sus' is an alternate name)"),
        MM("Azerbaijan", "azerbaijan"), MM("Lachin", "lachin"), MM("Baku", "baku"),
        MM("Sumgayit", "gn:584923", note="Sumgayit, Azerbaijan (GeoNames 584923)"),
        MM("Lachin", "lachin", note="'the Lachin district representation': the district named after the town "
                                    "(common noun left out)"),
        MM("Lachin", "lachin", note="caption"), MM("Lachin", "lachin", note="caption"),
    ],
    claims=[
        CC(F2, "population_movement", *D("2024-06-14"), count=6, q="exact", unit="buses", origin="baku",
           destination="lachin", claimant=EXL,
           note="resettlement convoy; 'six' in words; 'early this morning' = publication day; origin = the "
                "Garadagh district of Baku (the district has no id, so the city)"),
        CC(F2, "crossing", *D("2024-06-14"), flag="vague_count", q="unspecified", unit="trucks", origin="baku",
           destination="lachin", claimant=EXL,
           note="second claim: 'accompanied by trucks' = a bare plural (vague); a domestic move, no border "
                "direction, so crossing"),
        CC(F3, "population_movement", *D("2024-06-14"), count=24, q="exact", unit="families", destination="lachin",
           claimant=EXL, note="= the headline's '24 more families'"),
        CC(F3, "population_movement", *D("2024-06-14"), count=87, q="exact", unit="people", destination="lachin",
           claimant=EXL, note="second claim: the same movement in people ('or 87 people'), another unit"),
        CC(F4, "population_movement", *D("2024-06-14"), count=478, q="exact", unit="families",
           destination="lachin", claimant=EXL,
           note="present-perfect running total 'so far' = as of publication (start of the programme not stated)"),
        CC(F4, "population_movement", *D("2024-06-14"), count=1802, q="exact", unit="people", destination="lachin",
           claimant=EXL, note="second claim: the bracket gives the same total in people, not a breakdown"),
        CC(F5, "population_movement", *LW, count=15, q="exact", unit="families", destination="aghavno",
           claimant=EXL, note="'Last week' in a Friday report = Monday 3 - Sunday 9 June 2024"),
        CC(F5, "population_movement", *LW, count=52, q="exact", unit="people", destination="aghavno",
           claimant=EXL, note="second claim: the bracket in people"),
        CC(F5, "stock", *D("2024-06-14"), count=640, q="about", unit="people", place="aghavno", claimant=EXL,
           note="third claim: running tally 'bringing the number of residents there to about 640' = a stock as of "
                "publication"),
        CC("Lachin city, along with the Zabukh and Sus villages, came under the control of the Azerbaijani army on "
           "August 26, 2022.", "other", *D("2022-08-26"), place="lachin", claimant=EXL,
           note="a dated event on the topic (the hand-over of Lachin), full date"),
        CC("Under the trilateral statement of November 10, 2020, the city was to be handed over to Azerbaijan after "
           "the construction of a new road bypassing it.", "diplomatic", *D("2020-11-10"), claimant=EXL,
           note="the trilateral statement, full date (as eval-real-2 labels it)"),
    ],
))


# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the other development sets
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Martakert", "Askeran", "Agarak", "AGARAK",
               "Khojavend", "Lori", "Kotayk", "Ararat", "Gegharkunik", "Vayots Dzor", "Sevan", "Kajaran", "Sisian",
               "Vayk", "Jermuk", "Masis", "Artashat", "Tatev", "Tashtun", "Lisagor", "Moscow", "Russia", "Tabriz",
               "TABRIZ", "Jolfa", "JOLFA", "Julfa", "Georgia", "Gori", "Tbilisi", "Aghdam", "Hadrut", "Zabukh", "Sus",
               "Gubadli", "Zangezur", "Hakari", "GORIS", "KAPAN", "MEGHRI", "KORNIDZOR", "STEPANAKERT", "ARMENIA",
               "Norduz", "Vorotan", "Tegh", "Kornidzor", "Shushi", "Mehri", "Gafan", "Gorus", "Vostok", "Kavkaz",
               "Barda", "Akna", "Geneva", "Aragatsotn", "Armavir", "Shirak", "Tavush", "MOSCOW", "TEHRAN", "BAKU",
               "YEREVAN", "Hayastan", "United States", "Khankandi",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Sotk", "Vardenis", "Aras", "Garadagh", "Sumgayit", "Yevlakh", "Ganja", "Fuzuli", "Rustam", "Yeni",
               "Saman", "Nasiri", "Talin", "Kamo", "Artsakhenergo"]
