"""Write part A of the seventh real-phrasing DEVELOPMENT set (tests/data/eval-real-7/a-*.json) from the hand-written
specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-a.md). The labels are a
careful analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code:
nobody read or ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the extractor's output.
This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    Part A's specs only: a combined tests/data/eval-real-7/build_labels.py (left to the developer) builds or checks
    the whole set. Run alone, this file writes the a-*.json files and checks them.

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first, then gn:<geonameid>, else null + note. The judgement calls are those of
the earlier development sets' READMEs plus the new ones listed in README-a.md. Part B of this folder is written
separately (b-* files, its own builder).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D, month  # noqa: E402

# shared notes
JOLFA = "Jolfa, East Azerbaijan, Iran (GeoNames 130081), not Julfa in Nakhchivan (148251)"
JULFA = "Julfa, Nakhchivan AR, Azerbaijan (GeoNames 148251), not Jolfa in Iran (130081)"
NAKH = ("bare 'Nakhchivan' = the autonomous republic (gazetteer 'nakhchivan-ar'), not the city (147429), as the tuned "
        "set reads it")
ENTRY_AZ = ("entry/exit at Azerbaijan's borders are read relative to Azerbaijan (eval-real-4/5/6 part A), whichever "
            "side the source is on")
ENTRY_AM = "entry/exit at Armenia's borders are read relative to Armenia"
PROV = ("an Armenian province (marz): not in the gazetteer; not the {what} of the same name (GeoNames {gid}), so null "
        "region")

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Georgian news site, HTML (Azerbaijan's land border closure seen from the Red Bridge). Thursday 4 January 2024;
#    NOT given; the date is only in <meta property="article:published_time"> (the page shows 'Society | 16:40'),
#    so a reader of the page knows it and every date resolves.
# ----------------------------------------------------------------------------------------------------------
SN = "Samkhari News"
KAR = "Levan Kareli, the Georgian Interior Ministry's spokesman"
G0 = D("2024-01-04")
RB = ("the Red Bridge crossing (Tsiteli Khidi / Qirmizi Korpu) on the Georgia-Azerbaijan border: not in the gazetteer "
      "nor in cities500; the only GeoNames 'Red Bridge' is an alternate name of Mooresburg, Tennessee (4642680). The id 'red-bridge' was set by the developer after labelling, when the "
      "gazetteer gained the crossing")
G3 = ("Last year 38,412 trucks crossed the bridge, Georgia's Revenue Service said: 21,950 came into Georgia from "
      "Azerbaijan and 16,462 went the other way.")
G6 = ("In 2019, about 30 buses a day carried passengers between Tbilisi, Marneuli and Baku, and more than 2.1 million "
      "crossings of the land border were recorded.")
DOCS.append(dict(
    doc_id="a-html-ge-site-red-bridge-closure-jan-2024", style="georgian", side="georgian",
    outlet="Samkhari News (fictional Georgian news site, English edition)",
    title="Azerbaijan extends land border closure until July; Red Bridge open to freight only",
    published="2024-01-04", published_given=False,
    html_file="a-html-ge-site-red-bridge-closure-jan-2024.html",
    published_in_text=dict(surface="2024-01-04T16:40:00+04:00", date="2024-01-04", how="html meta"),
    captions=["Trucks queue near the Red Bridge crossing. Photo: Samkhari News",
              "The Red Bridge checkpoint in March 2020, days before the closure. Photo: Samkhari News archive"],
    not_places=[("Levan", "given name of the ministry spokesman (Levan Kareli); Levan is a village in Albania (GeoNames "
                          "3184945) and a town in Utah (5541966)"),
                ("Kareli", "surname of the spokesman; Kareli is a town in Shida Kartli, Georgia (GeoNames 7669163)")],
    patterns=["P-html-meta", "P-rubric-clock", "P-headline-no-figure", "P-extended-until", "P-since-month-year",
              "P-remain-open-only", "P-last-year", "P-colon-direction-split", "P-the-other-way", "P-range-count",
              "P-relative-weekday", "P-told-outlet", "P-since-yearless-day", "P-detention", "P-official-title-name",
              "P-year-alone", "P-rate", "P-buses", "P-million-count", "P-now-stock", "P-since-month-year-total",
              "P-let-through", "P-vague-dozens", "P-relative-week", "P-protest", "P-quote-relatives",
              "P-age-not-count", "P-duration-not-count", "P-caption-credit", "P-caption-old-date",
              "P-given-name-place", "P-surname-place"],
    traps=["the publication date is only in <meta property=\"article:published_time\"> (visible 'Society | 16:40'); not "
           "passed, but a reader of the page knows it (Thursday 4 January 2024): 'on Wednesday', 'on Tuesday', "
           "'Last year', 'last week', 'on January 1', 'Now' resolve",
           "'until July 1 … since March 2020' = one restriction over the stated span (March 2020 - 1 July 2024)",
           "'38,412 trucks …: 21,950 came into Georgia from Azerbaijan and 16,462 went the other way' = three claims "
           "(the total and the two directions, never a breakdown); read relative to Azerbaijan (" + ENTRY_AZ + "): "
           "into Georgia = exit, 'the other way' = entry",
           "'between 300 and 400 trucks were waiting' = a stock, lower bound at_least",
           "'about 30 buses a day' (a 2019 rate) and 'more than 2.1 million crossings' = two claims in one sentence",
           "'some 224,000 people' = a stock 'Now'; 'let 1,874 people through … Since January 2021' = a running total",
           "'Dozens of Marneuli residents gathered' = a vague protest (other), 'last week' = 25-31 December 2023",
           "'Red Bridge' and 'Tsiteli Khidi' (the village named after it) have no id; 'Kvemo Kartli' is a region "
           "without an id",
           "'twenty minutes', 'four years', '52' are durations and an age; 'Levan' and 'Kareli' collide with GeoNames "
           "places",
           "the second caption ends in an old date (March 2020)"],
    mentions=[
        MM("Azerbaijan", "azerbaijan", note="headline"),
        MM("Red Bridge", "red-bridge", "border_crossing", note="headline; " + RB),
        MM("Azerbaijan", "azerbaijan"),
        MM("Georgia", "georgia"),
        MM("Red Bridge", "red-bridge", "border_crossing", note="'the Red Bridge crossing' (facility noun left out); " + RB),
        MM("Tsiteli Khidi", None, "settlement",
           note="the village of Tsiteli Khidi, Gardabani municipality, Georgia, beside the crossing: not in the gazetteer "
                "nor in cities500"),
        MM("Georgia", "georgia", note="'Georgia's Revenue Service': toponym in an organisation's name"),
        MM("Georgia", "georgia"), MM("Azerbaijan", "azerbaijan"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Tbilisi", "gn:611717", note="Tbilisi, Georgia (GeoNames 611717)"),
        MM("Marneuli", "gn:613074", note="Marneuli, Kvemo Kartli, Georgia (GeoNames 613074)"),
        MM("Baku", "baku"),
        MM("Kvemo Kartli", None, "region", note="Kvemo Kartli region of Georgia: not in the gazetteer"),
        MM("Tbilisi", "gn:611717"), MM("Baku", "baku"),
        MM("Red Bridge", "red-bridge", "border_crossing", note=RB),
        MM("Marneuli", "gn:613074", note="'Marneuli residents' (toponym as modifier)"),
        MM("Tbilisi", "gn:611717"),
        MM("Gazakh", "gn:585226", note="Gazakh, Azerbaijan (GeoNames 585226), across the border from the crossing"),
        MM("Sadakhlo", "gn:612251", note="Sadakhlo, Marneuli municipality, Georgia (GeoNames 612251)"),
        MM("Red Bridge", "red-bridge", "border_crossing", note="caption; " + RB),
        MM("Red Bridge", "red-bridge", "border_crossing", note="caption; 'The Red Bridge checkpoint'; " + RB),
    ],
    claims=[
        CC("Azerbaijan has extended until July 1 the special quarantine regime that has kept its land borders closed to "
           "travellers since March 2020, the Azerbaijani Cabinet of Ministers announced on Wednesday.", "restriction",
           "2020-03-01", "2024-07-01", "period", place="azerbaijan", claimant="the Azerbaijani Cabinet of Ministers",
           note="one closure over the span the sentence states: 'since March 2020' (first day of the month) 'until "
                "July 1' (no year written: 2024, read from publication); 'on Wednesday' (3 January 2024) "
                "dates the announcement only; the headline restates it"),
        CC("For Georgia, this means that the Red Bridge crossing near Tsiteli Khidi remains open only to cargo, "
           "diplomats and holders of special permits, such as patients travelling for treatment.", "restriction", *G0,
           claimant=SN,
           note="'remains open only to' = a restriction in force at publication, no count; the crossing has no id, "
                "so place null; the headline's 'open to freight only' restates it"),
        CC(G3, "crossing", "2023-01-01", "2023-12-31", "period", count=38412, q="exact", unit="trucks",
           claimant="Georgia's Revenue Service",
           note="'Last year' = 2023; both directions, so crossing; the crossing has no id, so via null"),
        CC(G3, "exit", "2023-01-01", "2023-12-31", "period", count=21950, q="exact", unit="trucks",
           origin="azerbaijan", destination="georgia", claimant="Georgia's Revenue Service",
           note="'came into Georgia from Azerbaijan' = exit from Azerbaijan (" + ENTRY_AZ + "; from the Georgian "
                "source's side it is an entry: swap if the scorer reads the source's frame); a split by direction = "
                "its own claim, not a breakdown"),
        CC(G3, "entry", "2023-01-01", "2023-12-31", "period", count=16462, q="exact", unit="trucks",
           origin="georgia", destination="azerbaijan", claimant="Georgia's Revenue Service",
           note="'went the other way' = from Georgia into Azerbaijan = entry relative to Azerbaijan; origin and "
                "destination read from 'the other way' (the reverse of the stated pair)"),
        CC("On Wednesday evening between 300 and 400 trucks were waiting on the Georgian side, drivers told Samkhari "
           "News.", "stock", *D("2024-01-03"), count=300, q="at_least", unit="trucks", claimant="drivers",
           note="a queue = stock; a range = the lower bound as at_least (upper bound 400); 'On Wednesday evening' = "
                "3 January 2024; the crossing has no id, so place null"),
        CC("The queue has grown since Azerbaijani customs switched to new electronic declarations on January 1.",
           "other", *D("2024-01-01"), claimant=SN,
           note="a customs procedure change, a dated event on the topic (not a closure); 'on January 1' = 2024; "
                "'The queue has grown' adds no count"),
        CC("Georgian border police detained three men at the crossing on Tuesday who had tried to enter Azerbaijan "
           "hidden in the trailer of a refrigerated truck, Interior Ministry spokesman Levan Kareli said.",
           "detention", *D("2024-01-02"), count=3, q="exact", unit="people", claimant=KAR,
           note="'three' in words; 'on Tuesday' = 2 January 2024; the attempted entry is not a crossing (it failed); "
                "the crossing has no id, so place null"),
        CC(G6, "population_movement", "2019-01-01", "2019-12-31", "period", count=30, q="about", unit="buses",
           claimant=SN,
           note="rate ('a day') in 2019; buses carrying passengers = population_movement; 'between Tbilisi, Marneuli "
                "and Baku' names three places, no single origin or destination, so both null"),
        CC(G6, "crossing", "2019-01-01", "2019-12-31", "period", count=2100000, q="at_least", unit="crossings",
           claimant=SN,
           note="second claim: 'more than 2.1 million crossings' = at_least 2,100,000, the whole land border in 2019 "
                "(both directions)"),
        CC("Now the ethnic Azerbaijanis of Kvemo Kartli, some 224,000 people, can visit relatives on the other side "
           "only by flying from Tbilisi to Baku.", "stock", *G0, count=224000, q="about", unit="people", claimant=SN,
           note="a population figure given 'Now' = the page's day; 'some' = about; place Kvemo Kartli has no id; the "
                "flights are not counted (no claim of their own)"),
        CC("Since January 2021, border police have let 1,874 people through the Red Bridge under the humanitarian "
           "exception, most of them to attend funerals, Kareli added.", "crossing", "2021-01-01", "2024-01-04",
           "period", count=1874, q="exact", unit="people", claimant=KAR,
           note="a running total 'Since January 2021' to publication; 'let … through' with no direction = crossing; "
                "the crossing has no id, so via null; 'most of them' is not a count"),
        CC("Dozens of Marneuli residents gathered outside the Azerbaijani embassy in Tbilisi last week to ask for the "
           "border to be reopened.", "other", "2023-12-25", "2023-12-31", "period", flag="vague_count",
           q="unspecified", unit="people", place="gn:611717", claimant=SN,
           note="a protest, labelled as the text frames it (other); 'Dozens' = vague; 'last week' = the Monday-Sunday "
                "week before the Thursday of publication (25-31 December 2023)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Iranian provincial agency (IRNA/Tasnim provincial style). Sunday 4 October 2020 (13 Mehr 1399); NOT given,
#    but the dateline 'TABRIZ, 13 Mehr 1399' writes its Solar Hijri year, so the day is known and every date resolves.
# ----------------------------------------------------------------------------------------------------------
ANA = "Arasbaran News Agency (ANA)"
GOV = "Mehran Sarabi, the Khoda Afarin county governor"
KHA = ("Khoda Afarin county, East Azerbaijan, Iran (capital Khomarlu): no county in the gazetteer and no town of that "
       "name in cities500, so null region; not the Khudafarin bridges")
VIL = "a village of Khoda Afarin county on the Aras: not in the gazetteer nor in cities500"
ARAS = "the Aras (Araz, Araxes) river; not in the gazetteer (not Aras in Erzurum, Türkiye, GeoNames 323694)"
KAL = "Kaleybar, East Azerbaijan, Iran (GeoNames 129201)"
KHO = "Khomārlū, the county seat (GeoNames 127409)"
I1 = ("TABRIZ, 13 Mehr 1399 (Arasbaran News Agency) – At least 12 mortar shells and rockets fired in the fighting "
      "between the Republic of Azerbaijan and Armenia landed in Khoda Afarin county on Saturday, the county governor, "
      "Mehran Sarabi, told ANA.")
DOCS.append(dict(
    doc_id="a-ir-agency-khodaafarin-shells-oct-2020", style="iranian", side="iranian",
    outlet="Arasbaran News Agency (ANA; fictional Iranian provincial news agency, English service)",
    title="Over 40 shells from Karabakh fighting have hit Iranian soil, Khoda Afarin governor says",
    published="2020-10-04", published_given=False,
    published_in_text=dict(surface="TABRIZ, 13 Mehr 1399", date="2020-10-04", how="dateline"),
    published_note="13 Mehr 1399 = Sunday 4 October 2020 (1 Farvardin 1399 = 20 March 2020; six 31-day months, so "
                   "1 Mehr = 22 September)",
    captions=["The Khoda Afarin bridges on the Aras in 2016. Photo: ANA archive"],
    not_places=[("Mehran", "given name of the county governor (Mehran Sarabi); 'Mehran' is a GeoNames alternate name of "
                           "Mehrān, Ilam, Iran (124291)"),
                ("ANA", "the agency's acronym; 'ANA' is a GeoNames alternate name of Anah, Iraq (6765385) and of "
                        "Anaheim, California (5323810)"),
                ("Mehr", "the seventh month of the Solar Hijri calendar; Mehr is also a village in Ilam, Iran (GeoNames "
                         "6687174)")],
    patterns=["P-iranian-dateline-with-year", "P-solar-hijri-day", "P-iranian-day-range", "P-headline-figure",
              "P-over-count", "P-at-least-count", "P-relative-weekday", "P-official-title-name", "P-told-agency",
              "P-republic-of-azerbaijan", "P-outlet-place-in-name", "P-since-event-day", "P-damage-not-count",
              "P-evacuation", "P-age-not-count", "P-some-count", "P-families-unit", "P-moved-in-with-relatives",
              "P-convoy", "P-bracket-breakdown", "P-night-of", "P-closure-no-count", "P-warning-not-claim",
              "P-both-directions", "P-directorate-reported", "P-diplomatic-call", "P-stock-population",
              "P-caption-credit", "P-caption-old-date", "P-given-name-place", "P-acronym-agency",
              "P-month-name-place"],
    traps=["the dateline 'TABRIZ, 13 Mehr 1399' gives the Solar Hijri date WITH its year: the publication date (Sunday "
           "4 October 2020) is known although not passed, so 'on Saturday', 'On Thursday', 'since Thursday', 'on 6 "
           "Mehr', 'from 6 to 12 Mehr' resolve (no flags)",
           "'13 Mehr', '6 Mehr', '12 Mehr': Solar Hijri days (6 Mehr 1399 = 27 September 2020, 12 Mehr = 3 October)",
           "the headline's 'Over 40 shells' restates the body's 'more than 40 shells' (labelled once, on the body)",
           "'Republic of Azerbaijan' = one mention of the country",
           "'damaging two houses and a poultry farm' = damage, not a claim of its own; 'six-year-old' an age",
           "'a six-year-old boy … taken to hospital in Kaleybar' = an evacuation of one person",
           "'15 Red Crescent trucks (nine …, six …)' = one convoy claim with a breakdown",
           "'Border guards have closed the riverside road' = a restriction with no count; the warning to residents is "
           "not a claim",
           "'Khoda Afarin county' has no id (capital Khomarlu 127409); 'Khoda Afarin bridges' (caption) is a bridge, "
           "not the county; 'Arasbaran' (inside the agency's name) is a region without an id",
           "'Mehran' (a given name), 'ANA' (acronym) and 'Mehr' (a month) collide with GeoNames places",
           "the caption ends in an old date (2016)"],
    mentions=[
        MM("Karabakh", "karabakh", note="headline; 'Karabakh fighting' (toponym as modifier)"),
        MM("Khoda Afarin", None, "region", note="headline; 'Khoda Afarin governor'; " + KHA),
        MM("TABRIZ", "gn:113646", note="dateline in capitals; Tabriz, Iran (GeoNames 113646)"),
        MM("Arasbaran", None, "region",
           note="'Arasbaran News Agency': a toponym inside the outlet's name (the Arasbaran region of East Azerbaijan "
                "province, Iran); not in the gazetteer"),
        MM("Republic of Azerbaijan", "azerbaijan", note="the country's long form: one mention"),
        MM("Armenia", "armenia"),
        MM("Khoda Afarin", None, "region", note="'Khoda Afarin county' (common noun left out); " + KHA),
        MM("Khalafbeyglu", None, "settlement", note=VIL), MM("Qolibeyglu", None, "settlement", note=VIL),
        MM("Aras", None, "river", note="'the southern bank of the Aras'; " + ARAS),
        MM("Qolibeyglu", None, "settlement", note=VIL),
        MM("Kaleybar", "gn:129201", note=KAL),
        MM("Khomarlu", "gn:127409", note=KHO), MM("Kaleybar", "gn:129201", note=KAL),
        MM("Tabriz", "gn:113646"),
        MM("Khomarlu", "gn:127409", note="'the riverside road west of Khomarlu'; " + KHO),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Jolfa", "gn:130081", note="'the Jolfa terminal' (facility noun left out); " + JOLFA),
        MM("Iran", "iran", note="'Iran's deputy foreign minister'"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani authorities: still the city's name"),
        MM("Yerevan", "yerevan", note="metonymy for the Armenian authorities: still the city's name"),
        MM("Khoda Afarin", None, "region", note="'Khoda Afarin county'; " + KHA),
        MM("Khomarlu", "gn:127409", note=KHO),
        MM("Aras", None, "river", note=ARAS),
        MM("Khoda Afarin bridges", "khudafarin-bridges", "bridge",
           note="caption; the two Khudafarin bridges over the Aras (feature noun kept: a different place from the "
                "county, as 'Hakari bridge'); no id when labelled: 'khudafarin-bridges' set by "
                "the developer when the gazetteer gained the bridges"),
        MM("Aras", None, "river", note="caption; " + ARAS),
    ],
    claims=[
        CC(I1, "other", *D("2020-10-03"), count=12, q="at_least", unit="shells", claimant=GOV,
           note="shells landing on Iranian soil: a dated, counted event on the topic (other); 'At least' = at_least; "
                "'on Saturday' = 3 October 2020 (the dateline's 13 Mehr 1399 is Sunday 4 October); the county has no "
                "id, so place null; the dateline opens the sentence and is part of it"),
        CC("Since the clashes began on 6 Mehr, more than 40 shells have fallen on Iranian soil, damaging two houses and "
           "a poultry farm.", "other", "2020-09-27", "2020-10-04", "period", count=40, q="at_least", unit="shells",
           place="iran", claimant=GOV,
           note="a running total 'Since … 6 Mehr' (= 27 September 2020) to publication; 'more than' = at_least; the "
                "governor's attribution carries over; 'two houses' is damage, not a claim; the headline's 'Over 40' "
                "restates it"),
        CC("On Thursday a six-year-old boy from Qolibeyglu was wounded by shrapnel and taken to hospital in Kaleybar, "
           "where his condition is stable.", "population_movement", *D("2020-10-01"), count=1, q="exact",
           unit="people", destination="gn:129201", claimant=ANA,
           note="a casualty taken to hospital = an evacuation (one described person = 1); 'On Thursday' = 1 October "
                "2020; origin Qolibeyglu has no id; 'six-year-old' is an age"),
        CC("Some 60 families from the riverside villages have moved in with relatives in Khomarlu and Kaleybar since "
           "Thursday, the provincial branch of the Red Crescent said.", "population_movement", "2020-10-01",
           "2020-10-04", "period", count=60, q="about", unit="families",
           claimant="the provincial branch of the Red Crescent",
           note="displacement away from the border: 'Some' = about; 'since Thursday' = 1 October to publication; two "
                "destinations, so destination null; the villages have no id"),
        CC("A convoy of 15 Red Crescent trucks (nine carrying tents and blankets, six carrying food) left Tabriz for the "
           "border villages on Saturday night.", "crossing", *D("2020-10-03"), count=15, q="exact", unit="trucks",
           breakdown=[(9, "trucks carrying tents and blankets"), (6, "trucks carrying food")], origin="gn:113646",
           claimant=ANA,
           note="an aid convoy = crossing (REAL-SCHEMA), inside Iran; the bracket parts (in words) sum to 15 = "
                "breakdown by type; 'on Saturday night' = 3 October 2020; the villages have no id, so destination "
                "null; no attribution in the sentence, so the agency"),
        CC("Border guards have closed the riverside road west of Khomarlu to civilian traffic, and Sarabi urged "
           "residents not to gather on rooftops and hills to watch the fighting across the river.", "restriction",
           *D("2020-10-04"), claimant=ANA,
           note="a road closed (present perfect, in force at publication), no count; the road has no name or id, so "
                "place null; the governor's warning is not a claim"),
        CC("Trade with Nakhchivan has not been affected: 1,180 trucks passed through the Jolfa terminal in both "
           "directions from 6 to 12 Mehr, the provincial roads directorate reported.", "crossing", "2020-09-27",
           "2020-10-03", "period", count=1180, q="exact", unit="trucks", via="gn:130081",
           claimant="the provincial roads directorate",
           note="a period total 'from 6 to 12 Mehr' (1399) = 27 September - 3 October 2020; 'in both directions' = "
                "crossing"),
        CC("Iran's deputy foreign minister telephoned officials in Baku and Yerevan on Saturday and warned that any "
           "further violation of Iranian territory would not be tolerated.", "diplomatic", *D("2020-10-03"),
           claimant=ANA, note="phone calls and a warning (diplomatic); 'on Saturday' = 3 October 2020"),
        CC("Khoda Afarin county, whose capital is Khomarlu, has about 34,000 inhabitants, most of them farmers and "
           "herders along the Aras.", "stock", *D("2020-10-04"), count=34000, q="about", unit="people", claimant=ANA,
           note="a population figure in the present tense = a stock as of publication (as eval-real's '120,000 people "
                "… live'); the county has no id, so place null"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Russian agency (TASS style). Thursday 13 November 2025; given. "MOSCOW, November 13. /Meridian-Inform/." (no
#    year in the text; the date is passed, so every date resolves).
# ----------------------------------------------------------------------------------------------------------
MI = "Meridian-Inform"
SCR = "the South Caucasus Railway"
RTM = "the Russian Transport Ministry"
R1 = ("MOSCOW, November 13. /Meridian-Inform/. A train of 15 grain wagons carrying 1,035 tonnes of Kazakh wheat (890 "
      "tonnes of milling wheat and 145 tonnes of feed wheat) arrived at Dalarik station in Armenia's Armavir province "
      "on Wednesday, the South Caucasus Railway said.")
R3 = ("The wagons left the Kostanay region on October 28, travelled through Russia and crossed into Azerbaijan at the "
      "Yalama border station on November 6.")
R7 = ("A second train of 22 wagons with Russian wheat left Dimitrovgrad in the Ulyanovsk region on Monday and is "
      "expected at Dalarik next week, the Russian Transport Ministry said.")
DAL = "Dalarik, Armavir province, Armenia (GeoNames 616769); 'Dalarik station' (facility noun left out)"
YAL = ("the Yalama border station on the Azerbaijan-Russia border (rail and road crossing): not in the gazetteer nor in "
       "cities500")
BK = ("Boyuk Kesik, the rail border station on the Azerbaijan-Georgia border (Agstafa district): not in the gazetteer "
      "nor in cities500")
UL = ("Upper Lars, the Georgia-Russia border crossing on the Georgian Military Road: not in the gazetteer nor in "
      "cities500 when labelled; the id 'upper-lars' was set by the developer when the gazetteer gained it")
DOCS.append(dict(
    doc_id="a-ru-agency-grain-train-dalarik-nov-2025", style="russian", side="russian",
    outlet="Meridian-Inform (fictional Russian news agency, English service)",
    title="First Kazakh grain train to cross Azerbaijan reaches Armenia's Dalarik station",
    published="2025-11-13", published_given=True,
    published_in_text=dict(surface="MOSCOW, November 13", date=None, how="dateline"),
    captions=[],
    not_places=[("Meridian", "first part of the agency's name; Meridian is a city in Idaho (GeoNames 5600685) and in "
                             "Mississippi (4435764)"),
                ("Kazakh", "the adjective of Kazakhstan ('Kazakh wheat'); 'Kazakh' is a GeoNames alternate name of "
                           "Gazakh, Azerbaijan (585226)"),
                ("Armen", "given name of the railway spokesman (Armen Sahakyan); Armen is a village in Albania "
                          "(GeoNames 3186184)")],
    patterns=["P-tass-dateline", "P-headline-no-figure", "P-train-wagons", "P-tonnes", "P-bracket-breakdown",
              "P-relative-weekday", "P-railway-said", "P-first-in-decades", "P-duration-not-count",
              "P-pronoun-no-count", "P-yearless-date", "P-crossed-into", "P-route-stations", "P-within-hours",
              "P-region-vs-city", "P-country-vs-village", "P-lifted-restrictions", "P-metonymy-capital",
              "P-second-train", "P-future-arrival", "P-relative-next-week", "P-plan-by-end-of-month",
              "P-until-now-context", "P-rate", "P-some-count", "P-quote-spokesman", "P-future-return",
              "P-org-toponym", "P-agency-name-place", "P-demonym-place", "P-given-name-place"],
    traps=["dateline 'MOSCOW, November 13.' has no year, but the date is given (Thursday 13 November 2025): 'on "
           "Wednesday', 'on Tuesday', 'on Monday', 'on October 28', 'on November 6', 'on October 21', 'next week', "
           "'by the end of January' resolve",
           "'15 grain wagons carrying 1,035 tonnes … (890 tonnes … and 145 tonnes …)' = two claims (wagons, tonnes); "
           "the bracket is the tonnes' breakdown",
           "'The wagons left … travelled through Russia and crossed into Azerbaijan' and 'It crossed into Armenia from "
           "Georgia at Ayrum' = the same train again: labelled with no quantity (entry relative to Azerbaijan, then to "
           "Armenia)",
           "'At Baku's Bilajari marshalling yard the train was serviced within hours' = no date, no count: no claim",
           "'A second train of 22 wagons … left … on Monday and is expected at Dalarik next week' = two claims (the "
           "departure, counted; the future arrival, no quantity)",
           "'130 more wagons … by the end of January' = a planned crossing; 'some 480,000 tonnes of grain a year' = a "
           "rate",
           "'would return empty through Georgia and Azerbaijan' = a future movement with no date or count: no claim",
           "'Kazakhstan' is the country (gn:1522867), not the village Kazakhstan in Almaty region (1529689); "
           "'Kostanay region', 'Ulyanovsk region' and 'Armavir province' are regions, not their capitals",
           "'South Caucasus' inside 'the South Caucasus Railway' and 'Azerbaijan' in 'Azerbaijan Railways' are "
           "labelled; 'Dimitrovgrad' is the Russian town (566199), not those in Bulgaria or Serbia",
           "'Meridian' (agency), 'Kazakh' (adjective) and 'Armen' (given name) collide with GeoNames places; no "
           "captions in this text"],
    mentions=[
        MM("Azerbaijan", "azerbaijan", note="headline"), MM("Armenia", "armenia", note="headline; 'Armenia's Dalarik'"),
        MM("Dalarik", "gn:616769", note="headline; " + DAL),
        MM("MOSCOW", "gn:524901", note="dateline in capitals; Moscow, Russia (GeoNames 524901)"),
        MM("Dalarik", "gn:616769", note=DAL), MM("Armenia", "armenia"),
        MM("Armavir", None, "region",
           note="'Armavir province': " + PROV.format(what="town Armavir", gid="616631") +
                "; not Armavir in Krasnodar krai, Russia (580922) either"),
        MM("South Caucasus", "south-caucasus", note="'the South Caucasus Railway': toponym in an organisation's name"),
        MM("Kazakhstan", "gn:1522867",
           note="the country (GeoNames 1522867), not the village Kazakhstan in Almaty region (1529689)"),
        MM("Armenia", "armenia"),
        MM("Kostanay", None, "region",
           note="'the Kostanay region' of Kazakhstan: no region id; not the city Kostanay (GeoNames 1519928)"),
        MM("Russia", "russia"), MM("Azerbaijan", "azerbaijan"),
        MM("Yalama", None, "border_crossing", note="'the Yalama border station' (feature noun left out); " + YAL),
        MM("Baku", "baku", note="'Baku's Bilajari marshalling yard'"),
        MM("Bilajari", "gn:587078", note="Bilajari, a settlement of Baku (GeoNames 587078); 'marshalling yard' left out"),
        MM("Boyuk Kesik", None, "border_crossing", note=BK),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan Railways': toponym in an organisation's name"),
        MM("Armenia", "armenia"), MM("Georgia", "georgia"),
        MM("Ayrum", "gn:616840",
           note="Ayrum, Tavush, Armenia (GeoNames 616840), the rail border station; not Mets Ayrum (616415)"),
        MM("Astana", "gn:1526273", note="Astana, Kazakhstan (GeoNames 1526273)"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government: still the city's name"),
        MM("Armenia", "armenia"),
        MM("Dimitrovgrad", "gn:566199",
           note="Dimitrovgrad, Ulyanovsk oblast, Russia (GeoNames 566199), not Dimitrovgrad in Bulgaria (732263) or "
                "Serbia (791487)"),
        MM("Ulyanovsk", None, "region",
           note="'the Ulyanovsk region' (oblast): no region id; not the city Ulyanovsk (GeoNames 479123)"),
        MM("Dalarik", "gn:616769", note="Dalarik, Armavir province, Armenia (GeoNames 616769)"),
        MM("Armenia", "armenia"), MM("Kazakhstan", "gn:1522867", note="the country (GeoNames 1522867)"),
        MM("Armenia", "armenia"), MM("Georgia", "georgia", note="'Georgia's Upper Lars crossing'"),
        MM("Upper Lars", "upper-lars", "border_crossing", note="'Upper Lars crossing' (facility noun left out); " + UL),
        MM("Poti", "gn:612366", note="'the port of Poti': Poti, Georgia (GeoNames 612366)"),
        MM("Armenia", "armenia"), MM("Russia", "russia"),
        MM("Upper Lars", "upper-lars", "border_crossing", note=UL),
        MM("Georgia", "georgia"), MM("Azerbaijan", "azerbaijan"),
    ],
    claims=[
        CC(R1, "crossing", *D("2025-11-12"), count=15, q="exact", unit="wagons", destination="gn:616769",
           claimant=SCR,
           note="a train's arrival counted in wagons (as eval-real-5 labels a freight train): crossing, the end of a "
                "transit through Azerbaijan and Georgia; 'on Wednesday' = 12 November 2025; the dateline opens the "
                "sentence and is part of it"),
        CC(R1, "crossing", *D("2025-11-12"), count=1035, q="exact", unit="tonnes",
           breakdown=[(890, "tonnes of milling wheat"), (145, "tonnes of feed wheat")], destination="gn:616769",
           claimant=SCR,
           note="second claim: the cargo (a convoy's tonnes are their own claim); the bracket parts sum to 1,035 = "
                "breakdown by type"),
        CC(R3, "crossing", *D("2025-10-28"), unit="wagons", via="russia", claimant=MI,
           note="the same wagons again (pronoun-like definite phrase: no quantity); the departure 'on October 28' "
                "(= 2025); origin the Kostanay region has no id; 'travelled through Russia' = via; no attribution in "
                "the sentence, so the agency"),
        CC(R3, "entry", *D("2025-11-06"), unit="wagons", destination="azerbaijan", claimant=MI,
           note="second claim: 'crossed into Azerbaijan at the Yalama border station on November 6' = entry into "
                "Azerbaijan (" + ENTRY_AZ + "); no quantity; Yalama has no id, so via null; origin not written as "
                "'from'"),
        CC("It crossed into Armenia from Georgia at Ayrum on Tuesday.", "entry", *D("2025-11-11"), unit="wagons",
           origin="georgia", destination="armenia", via="gn:616840", claimant=MI,
           note="'It' = the train (pronoun, no quantity); entry into Armenia (" + ENTRY_AM + "); 'on Tuesday' = 11 "
                "November 2025; via the border station"),
        CC("Azerbaijani President Ilham Aliyev announced in Astana on October 21 that Baku had lifted all restrictions "
           "on the transit of cargo to Armenia.", "other", *D("2025-10-21"), place="azerbaijan",
           claimant="Azerbaijani President Ilham Aliyev",
           note="restrictions lifted (not a restriction in force): a dated event on the topic, labelled other; 'on "
                "October 21' = 2025; place = the country whose transit ban was lifted (the announcement was made in "
                "Astana)"),
        CC(R7, "crossing", *D("2025-11-10"), count=22, q="exact", unit="wagons", origin="gn:566199",
           destination="gn:616769", claimant=RTM,
           note="the second train's departure, counted in wagons; 'on Monday' = 10 November 2025; destination = where "
                "it is bound (stated)"),
        CC(R7, "crossing", "2025-11-17", "2025-11-23", "period", unit="wagons", origin="gn:566199",
           destination="gn:616769", claimant=RTM,
           note="second claim: its expected arrival (future events are labelled) 'next week' = the Monday-Sunday week "
                "after publication (17-23 November 2025); the same train, so no quantity"),
        CC("Russian Railways plans to send 130 more wagons to Armenia by the end of January, some of them loaded in "
           "Kazakhstan.", "crossing", "2025-11-14", "2026-01-31", "period", count=130, q="exact", unit="wagons",
           destination="armenia", claimant="Russian Railways",
           note="a planned movement (future events are labelled): from the day after publication to 'the end of "
                "January' (2026); 'some of them loaded in Kazakhstan' is a part, not a breakdown"),
        CC("Armenia imports some 480,000 tonnes of grain a year, almost all of it from Russia, the ministry noted.",
           "crossing", *D("2025-11-13"), count=480000, q="about", unit="tonnes", destination="armenia", claimant=RTM,
           note="rate ('a year') in the present tense = as of publication; 'some' = about; 'almost all of it from "
                "Russia' is a part, so origin null"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. International organisation update (inter-agency refugee platform). Tuesday 12 March 2024; given. Printed date
#    line under the headline "Refugee Response Update No. 9 | 12 March 2024".
# ----------------------------------------------------------------------------------------------------------
JR = "the Joint Refugee Response Platform (JRRP)"
MCS = "the Migration and Citizenship Service"
LIN = "Anna Lindqvist, the platform's coordinator"
U0 = D("2024-03-12")
U1 = D("2024-03-01")
U2 = ("Of them, 28,400 live in Yerevan and 72,810 in the provinces: the largest groups are in Kotayk (16,480), Ararat "
      "(13,950) and Armavir (11,020).")
U3 = ("Between 19 September and 29 February, 13,470 registered refugees left Armenia and 5,910 of them came back, so "
      "that some 7,560 are now abroad, the platform's coordinator, Anna Lindqvist, said.")
U5 = ("About 1,300 people still live in 41 collective centres, most of them in Syunik and Vayots Dzor, down from 3,800 "
      "in December, the Ministry of Territorial Administration said.")
U6 = ("Since January, 412 families (1,496 people) have moved into homes bought with state housing certificates, the "
      "Ministry of Labour and Social Affairs said.")
U8 = ("Last week a first group of 38 refugees (29 pensioners and nine people with disabilities) left a collective centre "
      "in Jermuk for a new care home in Vanadzor, carried in two buses provided by the platform's partners.")
PERIOD3 = ("'Between 19 September and 29 February' without years: 19 September 2023 - 29 February 2024 (inferred "
           "from publication; 2024 is a leap year)")
DOCS.append(dict(
    doc_id="a-intl-org-refugee-count-mar-2024", style="intl-org", side="international",
    outlet="Joint Refugee Response Platform (JRRP; fictional inter-agency humanitarian platform)",
    title="Armenia: where the refugees from Karabakh live six months on",
    published="2024-03-12", published_given=True,
    published_in_text=dict(surface="Refugee Response Update No. 9 | 12 March 2024", date="2024-03-12",
                           how="printed date under headline"),
    captions=["Refugees register at the humanitarian centre in Goris in September 2023. Photo: JRRP/A. Petrosyan"],
    not_places=[("Anna", "given name of the coordinator (Anna Lindqvist); Anna is a town in Voronezh oblast, Russia "
                         "(GeoNames 581671), in Texas (4670871) and in Spain (2521722)")],
    patterns=["P-printed-date", "P-update-number", "P-headline-no-figure", "P-as-of-date", "P-stock-registered",
              "P-part-not-breakdown", "P-of-them-place-split", "P-colon-place-list", "P-bracket-figures-per-place",
              "P-province-names", "P-between-days-range", "P-left-and-came-back", "P-so-that-derived-stated",
              "P-now-stock", "P-official-title-name", "P-onward-route", "P-stock-still", "P-down-from",
              "P-month-yearless", "P-since-month", "P-bracket-people", "P-families-unit", "P-twin-towns",
              "P-relative-week", "P-bracket-breakdown", "P-buses", "P-vague-dozens", "P-rate-month",
              "P-projection-not-claim", "P-percent-not-count", "P-inventory-not-claim", "P-caption-credit",
              "P-caption-old-date", "P-given-name-place"],
    traps=["printed date line 'Refugee Response Update No. 9 | 12 March 2024' (given too): 'As of 1 March', 'Between "
           "19 September and 29 February', 'in December', 'Since January', 'Last week', 'now', 'still' resolve; 'No. "
           "9' is not a count",
           "'101,210 refugees …, including 30,120 children' = one stock; the children are a part (note)",
           "'Of them, 28,400 live in Yerevan and 72,810 in the provinces: … Kotayk (16,480), Ararat (13,950) and "
           "Armavir (11,020)' = five stocks (a split by place = its own claim, never a breakdown)",
           "'13,470 … left Armenia and 5,910 of them came back, so that some 7,560 are now abroad' = an exit, an entry "
           "(relative to Armenia) and a stock; the 7,560 is stated, not derived",
           "'About 1,300 people still live in 41 collective centres …, down from 3,800 in December' = two stocks; "
           "'41 collective centres' is an inventory, not a claim",
           "'412 families (1,496 people)' = two claims (families and people)",
           "'38 refugees (29 pensioners and nine people with disabilities) … in two buses' = the people (with a "
           "breakdown) and the buses, two claims; 'Last week' = 4-10 March 2024",
           "'Dozens of refugee families a month are still moving' = a vague rate",
           "'98,000 refugees will need cash assistance' = a projection, not a claim; '27 per cent' not a count",
           "province names that are also settlements: Kotayk (village 616522), Ararat (town 174991), Armavir (town "
           "616631), Tavush (village 616162), Shirak (village 616224) -> null regions; 'Abovyan' is the Kotayk town "
           "(617026), not the Ararat village (617027)",
           "'Anna' (given name) collides with GeoNames places; the caption ends in an old date (September 2023)"],
    mentions=[
        MM("Armenia", "armenia", note="headline"), MM("Karabakh", "karabakh", note="headline"),
        MM("Karabakh", "karabakh"), MM("Armenia", "armenia"),
        MM("Yerevan", "yerevan"),
        MM("Kotayk", None, "region", note=PROV.format(what="village Kotayk", gid="616522")),
        MM("Ararat", None, "region", note=PROV.format(what="town Ararat", gid="174991")),
        MM("Armavir", None, "region", note=PROV.format(what="town Armavir", gid="616631")),
        MM("Armenia", "armenia"),
        MM("Russia", "russia"), MM("Georgia", "georgia"),
        MM("Bagratashen", "gn:616828",
           note="'the Bagratashen crossing' (facility noun left out): Bagratashen, Tavush, Armenia (GeoNames 616828)"),
        MM("Yerevan", "yerevan"),
        MM("Syunik", "syunik"), MM("Vayots Dzor", "vayots-dzor"),
        MM("Abovyan", "gn:617026", note="Abovyan, Kotayk (GeoNames 617026), not the village Abovyan in Ararat (617027)"),
        MM("Jermuk", "gn:174884", note="Jermuk, Vayots Dzor (GeoNames 174884)"),
        MM("Vanadzor", "gn:616530", note="Vanadzor, Lori (GeoNames 616530)"),
        MM("Yerevan", "yerevan"),
        MM("Tavush", None, "region", note=PROV.format(what="village Tavush", gid="616162")),
        MM("Shirak", None, "region", note=PROV.format(what="village Shirak", gid="616224")),
        MM("Goris", "goris", note="caption"),
    ],
    claims=[
        CC("As of 1 March, 101,210 refugees from Karabakh were registered in Armenia, including 30,120 children, "
           "according to the Migration and Citizenship Service.", "stock", *U1, count=101210, q="exact", unit="people",
           place="armenia", claimant=MCS,
           note="'As of 1 March' = 2024 (publication's year); 'including 30,120 children' is a part, not a breakdown"),
        CC(U2, "stock", *U1, count=28400, q="exact", unit="people", place="yerevan", claimant=MCS,
           note="'Of them' = the 1 March registration (date carried over); a split by place = its own claim"),
        CC(U2, "stock", *U1, count=72810, q="exact", unit="people", claimant=MCS,
           note="second claim: 'in the provinces' (no single place, so place null); 28,400 + 72,810 = 101,210 is "
                "stated, not derived"),
        CC(U2, "stock", *U1, count=16480, q="exact", unit="people", claimant=MCS,
           note="third claim: the bracket figure for Kotayk province (no id, so place null); a list of places, not a "
                "breakdown by type"),
        CC(U2, "stock", *U1, count=13950, q="exact", unit="people", claimant=MCS,
           note="fourth claim: Ararat province (no id)"),
        CC(U2, "stock", *U1, count=11020, q="exact", unit="people", claimant=MCS,
           note="fifth claim: Armavir province (no id)"),
        CC(U3, "exit", "2023-09-19", "2024-02-29", "period", count=13470, q="exact", unit="people", origin="armenia",
           claimant=LIN, note="'left Armenia' = exit relative to Armenia; " + PERIOD3),
        CC(U3, "entry", "2023-09-19", "2024-02-29", "period", count=5910, q="exact", unit="people",
           destination="armenia", claimant=LIN,
           note="second claim: 'came back' = entry into Armenia over the same period; a split by direction = its own "
                "claim"),
        CC(U3, "stock", *U0, count=7560, q="about", unit="people", claimant=LIN,
           note="third claim: 'some 7,560 are now abroad' = a stock 'now' (the text states it; it is not derived "
                "here); place null (abroad)"),
        CC(U5, "stock", *U0, count=1300, q="about", unit="people", claimant="the Ministry of Territorial Administration",
           note="'still live' = a stock at publication; two regions, so place null; '41 collective centres' is an "
                "inventory, not a claim"),
        CC(U5, "stock", *month(2023, 12), "month", count=3800, q="exact", unit="people",
           claimant="the Ministry of Territorial Administration",
           note="second claim: 'down from 3,800 in December' = the earlier stock; 'in December' without a year in a "
                "March 2024 report = December 2023"),
        CC(U6, "population_movement", "2024-01-01", "2024-03-12", "period", count=412, q="exact", unit="families",
           claimant="the Ministry of Labour and Social Affairs",
           note="a running total 'Since January' (2024) to publication; moving into new homes = population_movement; "
                "origin and destination not stated"),
        CC(U6, "population_movement", "2024-01-01", "2024-03-12", "period", count=1496, q="exact", unit="people",
           claimant="the Ministry of Labour and Social Affairs",
           note="second claim: the bracket in people (another unit, not a breakdown)"),
        CC("Outside the capital, the largest single community lives in Abovyan, where 4,150 refugees are registered, "
           "most of them in rented flats.", "stock", *U0, count=4150, q="exact", unit="people", place="gn:617026",
           claimant=JR, note="present tense = a stock as of publication; 'most of them' is not a count"),
        CC(U8, "population_movement", "2024-03-04", "2024-03-10", "period", count=38, q="exact", unit="people",
           breakdown=[(29, "pensioners"), (9, "people with disabilities")], origin="gn:174884",
           destination="gn:616530", claimant=JR,
           note="'Last week' = the Monday-Sunday week before the Tuesday of publication (4-10 March 2024); the bracket "
                "parts ('nine' in words) sum to 38 = breakdown by type"),
        CC(U8, "population_movement", "2024-03-04", "2024-03-10", "period", count=2, q="exact", unit="buses",
           origin="gn:174884", destination="gn:616530", claimant=JR,
           note="second claim: 'carried in two buses' (buses carrying people = population_movement; vehicles and "
                "people are two claims, as trucks and tonnes are)"),
        CC("Dozens of refugee families a month are still moving from Yerevan and its suburbs to villages in Tavush and "
           "Shirak, where houses are cheaper.", "population_movement", *U0, flag="vague_count", q="unspecified",
           unit="families", origin="yerevan", claimant=JR,
           note="'Dozens' = vague; a rate ('a month') still going on at publication; two regions (no ids), so "
                "destination null"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Armenian local radio bulletin (Lori). Monday 27 May 2024; NOT given; NO year anywhere (the bulletin line says
#    only 'Monday'): 'on the night of May 25' -> year_unknown; 'on Sunday', 'overnight', 'this afternoon', 'for the
#    second day', 'still', 'since Sunday', 'This morning', 'Yesterday', 'last night' -> relative_unknown.
# ----------------------------------------------------------------------------------------------------------
RD = "Radio Debed"
RS = "the Interior Ministry's rescue service"
UNK5 = ("no publication date is known (not given; the bulletin line says only 'Monday' and the text has no year "
        "anywhere)")
DEB = ("the Debed river (Lori/Tavush, Armenia, flowing into Georgia): not in the gazetteer; not the village Debet "
       "(GeoNames 616756), of which 'Debed' is an alternate name")
ALA = "Alaverdi, Lori, Armenia (GeoNames 616974)"
AKH = "Akhtala, Lori, Armenia (GeoNames 616995)"
BAG = "Bagratashen, Tavush, Armenia (GeoNames 616828), the main crossing into Georgia"
M4 = ("The M6 Vanadzor–Bagratashen highway, the main road to Georgia, is closed for the second day, and rail traffic "
      "with Georgia is suspended because the line near Ayrum was washed away.")
M10 = ("Yesterday two buses took 64 residents of Sanahin station to a school dormitory in Odzun, our correspondent "
       "Narek Tumanyan reports.")
DOCS.append(dict(
    doc_id="a-am-radio-debed-floods-may-2024", style="local", side="armenian",
    outlet="Radio Debed, Alaverdi (fictional Armenian local radio, English web transcript)",
    title="Debed floods: 312 evacuated, M6 highway to Georgia closed for second day",
    published="2024-05-27", published_given=False, published_in_text=None,
    published_note="the evening bulletin of Monday 27 May 2024; the text states no date and no year",
    captions=[],
    not_places=[("Narek", "given name of the correspondent (Narek Tumanyan); Narek is a village in Ararat province "
                          "(GeoNames 7647812)"),
                ("Tumanyan", "surname of the correspondent; Tumanyan is a town in Lori, a few kilometres from Alaverdi "
                             "(GeoNames 616132)")],
    patterns=["P-radio-sign-on", "P-weekday-only-line", "P-no-year-anywhere", "P-headline-figure",
              "P-relative-today", "P-evacuation", "P-patients-transfer", "P-overnight", "P-night-of",
              "P-yearless-date", "P-distance-not-count", "P-nested-road", "P-nth-day", "P-rail-suspended",
              "P-present-no-relative", "P-detour-advice", "P-vague-dozens", "P-stock-still", "P-utility-cut",
              "P-since-weekday", "P-stock-remain", "P-convoy", "P-dirt-road-via", "P-buses", "P-correspondent-reports",
              "P-detention", "P-weather-filler", "P-province-names", "P-outlet-place-in-name", "P-surname-place",
              "P-given-name-place"],
    traps=["no date line and no year anywhere, and the date is not given: 'on the night of May 25' -> year_unknown; "
           "'on Sunday', 'overnight', 'this afternoon', 'for the second day', 'still', 'since Sunday', 'This morning', "
           "'Yesterday', 'last night' -> relative_unknown",
           "present tense without a relative word ('rail traffic … is suspended', 'Some 5,000 people remain cut off') "
           "-> undated, no flag (eval-real-3/5)",
           "the headline's '312 evacuated' and 'closed for second day' restate the body (labelled once)",
           "'14 patients … moved by ambulance to Vanadzor' = an evacuation of patients",
           "'two buses took 64 residents' = two claims (buses and people)",
           "'The State Revenue Committee has asked carriers to send trucks … through the Bavra and Gogavan crossings' "
           "= advice with no date or count: not a claim",
           "'six metres' is a distance; '15 nearby villages' gives the extent of the water cut (note), not a count",
           "'M6 Vanadzor–Bagratashen highway' and the headline's 'M6 highway' = roads (no id); 'Sanahin station' is "
           "the Alaverdi neighbourhood (no id), not Sanahin village (616277)",
           "'Radio Debed' and 'Debed floods' contain the river's name (no id); 'Lori' = the province (gazetteer), "
           "'Tavush' = the province (null), not the village 616162",
           "'Narek' and 'Tumanyan' (the correspondent) collide with GeoNames places, one of them a town nearby; no "
           "captions"],
    mentions=[
        MM("Debed", None, "river", note="headline; 'Debed floods'; " + DEB),
        MM("M6 highway", None, "road",
           note="headline; the M6 interstate highway (Vanadzor-Alaverdi-Bagratashen): a road name, no id"),
        MM("Georgia", "georgia", note="headline"),
        MM("Debed", None, "river", note="'Radio Debed': a toponym inside the outlet's name; " + DEB),
        MM("Alaverdi", "gn:616974", note="the station's town; " + ALA),
        MM("Alaverdi", "gn:616974", note=ALA), MM("Akhtala", "gn:616995", note=AKH),
        MM("Alaverdi", "gn:616974", note="'the Alaverdi medical centre'"),
        MM("Vanadzor", "gn:616530", note="Vanadzor, Lori (GeoNames 616530)"),
        MM("Debed", None, "river", note=DEB),
        MM("M6 Vanadzor–Bagratashen highway", None, "road",
           note="a road named by its number and ends (en dash): one mention, no id",
           inside=[("Vanadzor", "gn:616530"), ("Bagratashen", "gn:616828")]),
        MM("Georgia", "georgia"), MM("Georgia", "georgia"),
        MM("Ayrum", "gn:616840", note="Ayrum, Tavush (GeoNames 616840), not Mets Ayrum (616415)"),
        MM("Georgia", "georgia"),
        MM("Bavra", "gn:616813",
           note="'the Bavra and Gogavan crossings': the crossing at Bavra, Shirak (GeoNames 616813); the shared noun "
                "is left out"),
        MM("Gogavan", None, "border_crossing",
           note="the Gogavan crossing (Lori, on the Georgian border): not in the gazetteer nor in cities500"),
        MM("Bagratashen", "gn:616828", note="'the Bagratashen customs post' (facility noun left out); " + BAG),
        MM("Alaverdi", "gn:616974", note=ALA),
        MM("Akhtala", "gn:616995", note=AKH),
        MM("Akhtala", "gn:616995", note=AKH),
        MM("Shnogh", "gn:616220", note="Shnogh, Lori (GeoNames 616220)"),
        MM("Sanahin station", None, "settlement",
           note="the Sanahin station neighbourhood of Alaverdi by the railway (feature noun kept: a different place "
                "from Sanahin village, GeoNames 616277); no id"),
        MM("Odzun", "gn:616330", note="Odzun, Lori (GeoNames 616330)"),
        MM("Alaverdi", "gn:616974", note=ALA),
        MM("Lori", "lori", note="the province"),
        MM("Tavush", None, "region", note=PROV.format(what="village Tavush", gid="616162")),
    ],
    claims=[
        CC("Our main story: rescuers evacuated 312 people from flooded "
           "homes in Alaverdi, Akhtala and the villages of the gorge on Sunday, the Interior Ministry's rescue service "
           "said this afternoon.", "population_movement", flag="relative_unknown", count=312, q="exact",
           unit="people", claimant=RS,
           note="an evacuation; 'on Sunday' with " + UNK5 + " (= 26 May 2024 for a reader who knows the day); "
                "several places, so origin null; 'this afternoon' dates the statement; the sentence starts at 'Our "
                "main story:' (the sign-on before it is its own sentence)"),
        CC("Among them were 14 patients of the Alaverdi medical centre, who were moved by ambulance to Vanadzor "
           "overnight.", "population_movement", flag="relative_unknown", count=14, q="exact", unit="patients",
           origin="gn:616974", destination="gn:616530", claimant=RS,
           note="patients evacuated = population_movement; 'overnight' with " + UNK5 + "; part of the 312, but its "
                "own movement (origin and destination stated)"),
        CC("The Debed rose by six metres after torrential rain on the night of May 25, washing away bridges and whole "
           "sections of road.", "other", flag="year_unknown", claimant=RD,
           note="the flood, a dated event on the topic (it caused the closures); 'on the night of May 25' without a "
                "year and " + UNK5 + "; 'six metres' is a distance; the river has no id, so place null"),
        CC(M4, "restriction", flag="relative_unknown", claimant=RD,
           note="the highway closed 'for the second day' (relative, " + UNK5 + "); no count; the road has no id, so "
                "place null"),
        CC(M4, "restriction", claimant=RD,
           note="second claim: 'rail traffic with Georgia is suspended' = present tense with no relative word -> "
                "undated, no flag (eval-real-3/5); the washout is its cause, not a claim of its own"),
        CC("Dozens of trucks are still standing at the Bagratashen customs post, drivers told us.", "stock",
           flag="relative_unknown", q="unspecified", unit="trucks", place="gn:616828", claimant="drivers",
           note="'Dozens' = vague, but 'still' with " + UNK5 + ": the date flag wins over vague_count"),
        CC("Water supply to Alaverdi and 15 nearby villages has been cut since Sunday, and tankers are bringing "
           "drinking water to the worst-hit streets.", "restriction", flag="relative_unknown", place="gn:616974",
           claimant=RD,
           note="a utility cut = restriction (eval-real-2); 'since Sunday' with " + UNK5 + "; '15 nearby villages' is "
                "the extent of the cut, not a count of the claim; place = the named town; the tankers are not "
                "counted"),
        CC("Some 5,000 people remain cut off in Akhtala and the villages around it, where the only bridge is under "
           "water.", "stock", count=5000, q="about", unit="people", place="gn:616995", claimant=RD,
           note="'remain' in the present tense with no relative word and " + UNK5 + " -> undated, no flag; 'Some' = "
                "about"),
        CC("This morning a convoy of six army trucks with bread, drinking water and fuel reached Akhtala by a dirt road "
           "through Shnogh.", "crossing", flag="relative_unknown", count=6, q="exact", unit="trucks",
           destination="gn:616995", via="gn:616220", claimant=RD,
           note="an aid convoy = crossing (REAL-SCHEMA); 'six' in words; 'This morning' with " + UNK5),
        CC(M10, "population_movement", flag="relative_unknown", count=64, q="exact", unit="people",
           destination="gn:616330", claimant="Narek Tumanyan, Radio Debed's correspondent",
           note="an evacuation by bus; 'Yesterday' with " + UNK5 + "; origin Sanahin station has no id"),
        CC(M10, "population_movement", flag="relative_unknown", count=2, q="exact", unit="buses",
           destination="gn:616330", claimant="Narek Tumanyan, Radio Debed's correspondent",
           note="second claim: the two buses (buses carrying people = population_movement; vehicles and people are two "
                "claims)"),
        CC("Police detained two men in Alaverdi last night on suspicion of looting a flooded shop.", "detention",
           flag="relative_unknown", count=2, q="exact", unit="people", place="gn:616974", claimant=RD,
           note="'two' in words; 'last night' with " + UNK5),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Azerbaijani portal, HTML (Trend/APA regional-bureau style). Thursday 17 July 2025; given. The date is also in
#    <time datetime> (the page shows '14:05').
# ----------------------------------------------------------------------------------------------------------
SX = "Shafaq Xabar"
SCC = "the State Customs Committee"
B0 = D("2025-07-17")
BIL = ("Bilasuvar, Azerbaijan (GeoNames 148340, main name 'Pushkino', alternate 'Biləsuvar'), the checkpoint town; not "
       "Bīleh Savār in Iran (140494)")
BSV = "Bīleh Savār, Ardabil, Iran (GeoNames 140494), the Iranian side; not Bilasuvar in Azerbaijan (148340)"
X2 = ("According to the State Customs Committee, 212 trucks (150 lorries and 62 tankers) crossed into Iran through "
      "Bilasuvar on Wednesday, against about 480 on a normal day.")
X5 = ("Last week the queue did not exceed 40 trucks, according to the committee.")
X5b = ("Now it stretches about four kilometres back towards the town, and hundreds of drivers are sleeping in their "
       "cabs while local residents bring them bread and water.")
DOCS.append(dict(
    doc_id="a-html-az-portal-bilasuvar-queue-jul-2025", style="azerbaijani", side="azerbaijani",
    outlet="Shafaq Xabar (fictional Azerbaijani news portal, English edition)",
    title="Queue at Bilasuvar grows to 500 trucks as Iran tightens fuel checks - VIDEO",
    published="2025-07-17", published_given=True,
    html_file="a-html-az-portal-bilasuvar-queue-jul-2025.html",
    published_in_text=dict(surface="2025-07-17T14:05:00+04:00", date="2025-07-17", how="html time"),
    captions=["Trucks at the Bilasuvar customs post. Photo: Shafaq Xabar",
              "The Bilasuvar crossing in 2019. Photo: Shafaq Xabar archive"],
    not_places=[("Anar", "given name of the driver (Anar Huseynov); 'Anar' is a GeoNames alternate name of Anār, "
                         "Kerman, Iran (143499)")],
    patterns=["P-html-time", "P-clock-only-visible", "P-headline-only-count", "P-headline-media-tag", "P-grows-to",
              "P-nth-day", "P-stock-waiting", "P-south-bureau", "P-bracket-breakdown", "P-crossed-into",
              "P-against-normal-rate", "P-turned-back", "P-vehicles-returned", "P-on-the-same-day",
              "P-relative-weekday", "P-detention", "P-litres-not-count", "P-relative-week", "P-did-not-exceed",
              "P-distance-not-count", "P-vague-hundreds", "P-since-month", "P-both-directions", "P-exclave-transit",
              "P-route-list", "P-nested-bridge", "P-twin-towns", "P-in-force-since", "P-until-end-of-month",
              "P-quote-driver", "P-city-vs-republic", "P-caption-credit", "P-caption-old-date",
              "P-given-name-place"],
    traps=["the date is given (Thursday 17 July 2025) and is also in <time datetime> (visible '14:05'): 'for the third "
           "day', 'on Wednesday', 'On Tuesday', 'Last week', 'Now', 'Since January', 'since Tuesday', 'until the end of "
           "the month' resolve",
           "the headline's 'grows to 500 trucks' is never in the body (the body has a vague queue and 'hundreds of "
           "drivers'): a stock with from_headline",
           "'212 trucks (150 lorries and 62 tankers) crossed into Iran' = exit relative to Azerbaijan (" + ENTRY_AZ +
           ") with a breakdown; 'against about 480 on a normal day' = a rate, undated",
           "'turned back 57 trucks … the vehicles returned to the Azerbaijani side' = vehicles that returned: entry "
           "(back into Azerbaijan)",
           "'1,100 litres', '400 litres', 'about four kilometres', '500-kilometre' are quantities of fuel and distances, "
           "not counts",
           "'did not exceed 40 trucks' = at_most; 'hundreds of drivers are sleeping' = a vague stock 'Now'",
           "'Since January, 61,300 trucks' = a running total; 'in force since Tuesday, would continue until the end of "
           "the month' = one restriction over that span",
           "'Bilasuvar' (Azerbaijan, 148340) and 'Bileh Savar' (Iran, 140494) are the twin towns of the crossing; "
           "'Nakhchivan-bound' and bare 'Nakhchivan' = the republic, 'Nakhchivan city' = the city (147429); "
           "'Jolfa–Julfa bridge' = a nested bridge name",
           "'Anar' (given name) collides with a GeoNames place; the second caption ends in an old date (2019)"],
    mentions=[
        MM("Bilasuvar", "gn:148340", note="headline; " + BIL), MM("Iran", "iran", note="headline"),
        MM("Nakhchivan", "nakhchivan-ar", note="'Nakhchivan-bound' (toponym as modifier); " + NAKH),
        MM("Bilasuvar", "gn:148340", note="'the Bilasuvar customs post' (facility noun left out); " + BIL),
        MM("Iran", "iran"),
        MM("Iran", "iran"), MM("Bilasuvar", "gn:148340", note=BIL),
        MM("Bileh Savar", "gn:140494", note=BSV),
        MM("Tehran", "tehran", note="'the embassy in Tehran' (Azerbaijan's embassy)"),
        MM("Azerbaijan", "azerbaijan", note="'mainland Azerbaijan'"), MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Bilasuvar", "gn:148340", note=BIL), MM("Bileh Savar", "gn:140494", note=BSV),
        MM("Ardabil", "gn:143083", note="Ardabīl, Iran (GeoNames 143083)"),
        MM("Tabriz", "gn:113646", note="Tabriz, Iran (GeoNames 113646)"),
        MM("Jolfa–Julfa bridge", None, "bridge",
           note="the road bridge over the Araz between Jolfa (Iran) and Julfa (Nakhchivan), named by its two ends (en "
                "dash): one mention, no id", inside=[("Jolfa", "gn:130081"), ("Julfa", "gn:148251")]),
        MM("Araz", None, "river", note="the Araz (Aras, Araxes) river; not in the gazetteer"),
        MM("Iran", "iran", note="'Iran's customs administration'"),
        MM("Nakhchivan", "gn:147429", note="'Nakhchivan city' = the city (GeoNames 147429, Naxçıvan), not the republic"),
        MM("Salyan", "gn:147271", note="Salyan, Azerbaijan (GeoNames 147271), not Salyān in Nepal (1282826)"),
        MM("Bilasuvar", "gn:148340", note="caption; " + BIL),
        MM("Bilasuvar", "gn:148340", note="caption; 'The Bilasuvar crossing'; " + BIL),
    ],
    claims=[
        CC("Queue at Bilasuvar grows to 500 trucks as Iran tightens fuel checks - VIDEO", "stock", *B0,
           from_headline=True, count=500, q="exact", unit="trucks", place="gn:148340", claimant=SX,
           note="stated only in the headline (the body never gives 500 trucks); 'grows to' in the headline's present "
                "= publication day; the headline's 'tightens fuel checks' restates the body's restriction"),
        CC("Nakhchivan-bound trucks have been standing at the Bilasuvar customs post on the border with Iran for the "
           "third day, after Iranian customs began checking how much diesel each vehicle carries, Shafaq Xabar's south "
           "bureau reports.", "stock", "2025-07-15", "2025-07-17", "period", flag="vague_count", q="unspecified",
           unit="trucks", place="gn:148340", claimant="Shafaq Xabar's south bureau",
           note="a queue = stock; 'trucks' (bare plural) = vague; 'for the third day' = 15-17 July 2025 (the checks "
                "'in force since Tuesday', 15 July); the start of the checks is labelled on the later sentence"),
        CC(X2, "exit", *D("2025-07-16"), count=212, q="exact", unit="trucks",
           breakdown=[(150, "lorries"), (62, "tankers")], origin="azerbaijan", destination="iran", via="gn:148340",
           claimant=SCC,
           note="'crossed into Iran' = exit from Azerbaijan (" + ENTRY_AZ + "); the bracket parts sum to 212 = "
                "breakdown by type; 'on Wednesday' = 16 July 2025"),
        CC(X2, "exit", count=480, q="about", unit="trucks", origin="azerbaijan", destination="iran", via="gn:148340",
           claimant=SCC,
           note="second claim: 'about 480 on a normal day' = a rate (per day) with no date: undated, no flag (the "
                "date is known, but 'a normal day' names no day)"),
        CC("On the same day Iranian officers at Bileh Savar turned back 57 trucks whose tanks held more than 400 litres, "
           "and the vehicles returned to the Azerbaijani side.", "entry", *D("2025-07-16"), count=57, q="exact",
           unit="trucks", origin="gn:140494", destination="azerbaijan", claimant=SX,
           note="vehicles turned back that 'returned to the Azerbaijani side' = entry relative to Azerbaijan (a "
                "judgement call: they had reached the Iranian post; " + ENTRY_AZ + "); 'On the same day' = the "
                "previous sentence's Wednesday, 16 July 2025; '400 litres' is not a count"),
        CC("On Tuesday the Iranian side also detained the driver of an Azerbaijani truck found with 1,100 litres of "
           "undeclared diesel in a hidden tank, the embassy in Tehran said.", "detention", *D("2025-07-15"), count=1,
           q="exact", unit="people", claimant="the Azerbaijani embassy in Tehran",
           note="'the driver' = one person; 'On Tuesday' = 15 July 2025; the place is not stated (the Iranian side of "
                "the crossing), so place null; '1,100 litres' is not a count"),
        CC(X5, "stock", "2025-07-07", "2025-07-13", "period", count=40, q="at_most", unit="trucks", place="gn:148340",
           claimant=SCC,
           note="'did not exceed' = at_most; 'Last week' = the Monday-Sunday week before the Thursday of publication "
                "(7-13 July 2025)"),
        CC(X5b, "stock", *B0, flag="vague_count", q="unspecified", unit="drivers", place="gn:148340", claimant=SX,
           note="'hundreds of drivers' = vague; 'Now' / 'are sleeping' = publication day; 'about four kilometres' is a "
                "distance"),
        CC("Since January, 61,300 trucks have used the crossing in both directions, most of them carrying construction "
           "materials, fruit and fuel between mainland Azerbaijan and Nakhchivan through Iranian territory.",
           "crossing", "2025-01-01", "2025-07-17", "period", count=61300, q="exact", unit="trucks", via="gn:148340",
           claimant=SX,
           note="a running total 'Since January' (2025) to publication; 'in both directions' = crossing; 'between "
                "mainland Azerbaijan and Nakhchivan' names the two ends of a two-way flow, so origin/destination null"),
        CC("Iran's customs administration said the new fuel checks, in force since Tuesday, would continue until the end "
           "of the month to stop smuggling.", "restriction", "2025-07-15", "2025-07-31", "period",
           claimant="Iran's customs administration",
           note="a control regime at the border = restriction, no count: 'in force since Tuesday' (15 July 2025) "
                "'until the end of the month' (31 July); the checks are on the Iranian side of the crossing, which "
                "the sentence does not name, so place null"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the other development sets
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Martakert", "Askeran", "Agarak", "Lori",
               "Moscow", "MOSCOW", "Russia", "Tabriz", "TABRIZ", "Jolfa", "Julfa", "Georgia", "Aghdam", "Zabukh",
               "Gubadli", "Zangezur", "Hakari", "Norduz", "Kavkaz", "Barda", "BAKU", "Khankandi", "Fuzuli",
               "Garadagh", "Sumgayit", "Zangilan", "Jabrayil", "Horadiz", "Aghband", "Astara", "Bilasuvar",
               "Bileh Savar", "Aras", "Araz", "Türkiye", "Kalbajar", "Istisu", "Ganja", "Goygol",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Red Bridge", "Tsiteli Khidi", "Tbilisi", "Marneuli", "Kvemo Kartli", "Gazakh", "Sadakhlo", "Gardabani",
               "Khoda Afarin", "Khudafarin", "Arasbaran", "Khalafbeyglu", "Qolibeyglu", "Kaleybar", "Khomarlu",
               "Dalarik", "Armavir", "Kazakhstan", "Kostanay", "Yalama", "Bilajari", "Boyuk Kesik", "Ayrum",
               "Astana", "Dimitrovgrad", "Ulyanovsk", "Upper Lars", "Poti", "Kotayk", "Ararat", "Bagratashen",
               "Abovyan", "Jermuk", "Vanadzor", "Tavush", "Shirak", "Debed", "Alaverdi", "Akhtala", "Sanahin",
               "Bavra", "Gogavan", "Shnogh", "Odzun", "Ardabil", "Salyan", "Tehran",
               "Levan", "Kareli", "Mehran", "ANA", "Mehr", "Meridian", "Kazakh", "Armen", "Anna", "Narek", "Tumanyan",
               "Anar"]


if __name__ == "__main__":  # this part alone; a combined tests/data/eval-real-7/build_labels.py builds the set
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
