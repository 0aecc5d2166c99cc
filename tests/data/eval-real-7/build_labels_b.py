"""Write part B of the seventh real-phrasing DEVELOPMENT set (tests/data/eval-real-7/b-*.json) from the hand-written
specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-b.md). The labels are a
careful analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code:
nobody read or ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the extractor's output.
This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    Part B's specs only: the combined tests/data/eval-real-7/build_labels.py (written by the developer) builds or
    checks the whole set. Run alone, this file writes the b-*.json files and checks them.

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first, then gn:<geonameid>, else null + note. The judgement calls are those of
the earlier development sets' READMEs plus the new ones listed in README-b.md. Part A of this folder is written
separately (a-* files, its own builder).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D, month  # noqa: E402

# shared notes
ENTRY_AM = ("entry/exit at Armenia's borders are read relative to Armenia (the brief's rule; the Georgia–Armenia "
            "border is one of Armenia's borders), even when the source is Georgian and counts from the Georgian side")
RIVER_NULL = "a river: not in the gazetteer"
TAVUSH_PROV = ("Tavush province (marz): not in the gazetteer; GeoNames 616162 'Tavush' is the village of that name, "
               "not the province")
AYGEPAR = "Aygepar, a border village in Tavush province: not in the gazetteer nor in cities500"
LACHIN_ROAD = ("'the road' (the Lachin corridor road) is not named here, so no corridor mention; the town Lachin is "
               "the subject")

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Georgian agency item (English service). Thursday 4 January 2024; given. Dateline "TBILISI, January 4 (Ambioni) –"
#    (no year). New Year traffic at Sadakhlo–Bagratashen, Upper Lars closed to trucks, Red Bridge.
# ----------------------------------------------------------------------------------------------------------
AMB = "Ambioni"
GIM = "Georgia's Interior Ministry"
GRD = "the Georgian roads department"
G0 = D("2024-01-04")
G_LEAD = ("TBILISI, January 4 (Ambioni) – Cars queued for about five kilometres on the road to the Sadakhlo checkpoint "
          "on Wednesday as Armenian holidaymakers drove home after the New Year break, Georgia's Interior Ministry "
          "said.")
G_SPLIT = ("From December 29 to January 2, 38,600 people entered Georgia from Armenia through Sadakhlo and 35,400 left "
           "for Armenia, according to ministry figures.")
G_LARS = ("The road to Upper Lars, Georgia's only crossing with Russia, was closed to heavy vehicles for a second day on "
          "Thursday because of snow and avalanche risk between Gudauri and Kobi, the roads department said.")
G_WAIT = ("Between 300 and 400 trucks were waiting near Stepantsminda in the morning, and police turned dozens more "
          "back towards Tbilisi.")
SAD = ("Sadakhlo, Marneuli municipality, Georgia (GeoNames 612251): the Georgian side of the Sadakhlo–Bagratashen "
       "crossing; 'the Sadakhlo checkpoint' leaves the common noun out")
LARS = ("Upper Lars (Verkhny Lars), the Georgia–Russia road crossing: not in the gazetteer nor in cities500; the "
        "adjective is part of the name. The id 'upper-lars' was set by the developer after labelling, when the "
        "gazetteer gained the crossing")
DOCS.append(dict(
    doc_id="b-ge-agency-sadakhlo-new-year-jan-2024", style="georgian", side="georgian",
    outlet="Ambioni (fictional Georgian news agency, English service)",
    title="Georgia logs 74,000 crossings with Armenia over New Year; Upper Lars shut to trucks",
    published="2024-01-04", published_given=True,
    published_in_text=dict(surface="TBILISI, January 4 (Ambioni)", date=None, how="dateline"),
    captions=["Cars queue near Sadakhlo in January 2023. Photo: Ambioni archive"],
    not_places=[("Levan", "given name of the ministry spokesman (Levan Dvali); Levan is a town in Albania (GeoNames "
                          "3184945) and in Utah (5541966)")],
    patterns=["P-wire-dateline", "P-yearless-dateline", "P-headline-only-count", "P-queue-distance", "P-vague-plural",
              "P-duration-not-count", "P-yearless-period", "P-direction-pair", "P-year-boundary", "P-relative-weekday",
              "P-alone-day", "P-about-count", "P-since-date", "P-running-tally", "P-part-not-breakdown",
              "P-nth-day", "P-closure-no-count", "P-range-count", "P-turned-back", "P-future-reopening",
              "P-remain-closed", "P-since-month-year", "P-month-inferred-year", "P-metonymy-capital",
              "P-sea-names", "P-caption-archive", "P-caption-old-date", "P-given-name-place"],
    traps=["the dateline 'TBILISI, January 4 (Ambioni)' has no year, but the date is given (Thursday 4 January 2024): "
           "'on Wednesday', 'on Thursday', 'on Friday', 'From December 29 to January 2' (across the year boundary), "
           "'Since January 1' and 'in December' (= 2023) resolve",
           "the headline's '74,000 crossings' is never in the body (the body has 38,600 and 35,400): from_headline; "
           "the headline's 'Upper Lars shut to trucks' is restated in the body and labelled there",
           "Georgia–Armenia traffic read relative to Armenia: 'entered Georgia from Armenia' = exit, 'left for "
           "Armenia' and 'crossed into Armenia' = entry",
           "'Cars queued for about five kilometres' = a vague stock (distance not a count); the lead's 'holidaymakers "
           "drove home' is restated by the counted 'about 9,000 cars crossed into Armenia' and not labelled again",
           "'among them 640 Iranian trucks' is a part, not a breakdown",
           "'closed ... for a second day on Thursday' = 3-4 January; 'Between 300 and 400' = at_least 300; 'dozens "
           "more' turned back = vague crossing",
           "'expects to reopen the road on Friday' = a future reopening (other)",
           "'remains suspended ... since March 2020' = one restriction to publication; 'Baku' = Azerbaijan "
           "(metonymy, labelled as the city)",
           "'up to three hours', 'all day' are durations; 'Black Sea' = a sea (no id); 'Kobi' has no id",
           "the caption ends in an old date (January 2023)"],
    mentions=[
        MM("Georgia", "georgia", note="headline"), MM("Armenia", "armenia", note="headline"),
        MM("Upper Lars", "upper-lars", "border_crossing", note="headline; " + LARS),
        MM("TBILISI", "gn:611717", note="dateline in capitals; Tbilisi, Georgia (GeoNames 611717)"),
        MM("Sadakhlo", "gn:612251", note=SAD),
        MM("Georgia", "georgia", note="'Georgia's Interior Ministry': toponym in an organisation's name"),
        MM("Georgia", "georgia"), MM("Armenia", "armenia"), MM("Sadakhlo", "gn:612251", note=SAD),
        MM("Armenia", "armenia"),
        MM("Tbilisi", "gn:611717"), MM("Batumi", "gn:615532", note="Batumi, Adjara, Georgia (GeoNames 615532)"),
        MM("Black Sea", None, "other", note="a sea: not in the gazetteer"),
        MM("Armenia", "armenia"),
        MM("Bagratashen", "gn:616828", note="Bagratashen, Tavush, Armenia (GeoNames 616828): the Armenian side of the "
                                            "crossing"),
        MM("Sadakhlo", "gn:612251", note=SAD), MM("Iran", "iran"), MM("Russia", "russia"),
        MM("Upper Lars", "upper-lars", "border_crossing", note=LARS),
        MM("Georgia", "georgia"), MM("Russia", "russia"),
        MM("Gudauri", "gn:614410", note="Gudauri, Georgia (GeoNames 614410)"),
        MM("Kobi", None, "settlement", note="Kobi, a village on the Georgian Military Road: not in the gazetteer nor in "
                                            "cities500 (GeoNames 'Kobi' alternates are Gobu, Azerbaijan, and Corby)"),
        MM("Stepantsminda", "gn:614087", note="Stepantsminda (Kazbegi), Georgia (GeoNames 614087)"),
        MM("Tbilisi", "gn:611717"),
        MM("Stepantsminda", "gn:614087", note="Stepantsminda (Kazbegi), Georgia (GeoNames 614087)"),
        MM("Red Bridge", "red-bridge", "border_crossing",
           note="the Red Bridge (Tsiteli Khidi / Qirmizi Korpu) crossing between Georgia and Azerbaijan: not in the "
                "gazetteer nor in cities500 when labelled (the id 'red-bridge' was set by the developer when the "
                "gazetteer gained it); the feature noun is part of the name"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government, labelled as the city (as the earlier sets do)"),
        MM("Sadakhlo", "gn:612251", note="caption; " + SAD),
    ],
    claims=[
        CC("Georgia logs 74,000 crossings with Armenia over New Year; Upper Lars shut to trucks", "crossing",
           "2023-12-29", "2024-01-02", "period", from_headline=True, count=74000, q="exact", unit="crossings",
           claimant=AMB,
           note="stated only in the headline: the body gives 38,600 and 35,400 for 'December 29 to January 2', never "
                "the total (counts are never derived; the headline states this one); 'over New Year' read as the "
                "body's period; both directions, so no entry/exit; the headline's Upper Lars closure is labelled on "
                "the body sentence"),
        CC(G_LEAD, "stock", *D("2024-01-03"), flag="vague_count", q="unspecified", unit="cars", place="gn:612251",
           claimant=GIM,
           note="a queue = stock; 'Cars queued' = bare plural, vague; 'about five kilometres' is a distance; 'on "
                "Wednesday' = 3 January 2024; the dateline opens the sentence; the movement ('holidaymakers drove "
                "home') is restated with a count two paragraphs on and not labelled again"),
        CC(G_SPLIT, "exit", "2023-12-29", "2024-01-02", "period", count=38600, q="exact", unit="people",
           origin="armenia", destination="georgia", via="gn:612251", claimant=GIM,
           note="'entered Georgia from Armenia' = out of Armenia: exit (" + ENTRY_AM + "); 'From December 29 to "
                "January 2' crosses the year boundary: 29 December 2023 - 2 January 2024; 'according to ministry "
                "figures' = the Interior Ministry"),
        CC(G_SPLIT, "entry", "2023-12-29", "2024-01-02", "period", count=35400, q="exact", unit="people",
           destination="armenia", via="gn:612251", claimant=GIM,
           note="second claim: 'left for Armenia' = into Armenia: entry (" + ENTRY_AM + "); origin not stated in the "
                "clause (Georgia implied), so null; 'through Sadakhlo' shared by both clauses; a split by direction = "
                "separate claims"),
        CC("On Wednesday alone, about 9,000 cars crossed into Armenia, Dvali said.", "entry", *D("2024-01-03"),
           count=9000, q="about", unit="cars", destination="armenia",
           claimant="Levan Dvali, Georgia's Interior Ministry spokesman",
           note="'crossed into Armenia' = entry; 'On Wednesday alone' = 3 January 2024; the crossing (Sadakhlo) is "
                "the paragraph's context, not stated in the sentence, so via null"),
        CC("Since January 1, 1,150 trucks have passed through Sadakhlo in both directions, among them 640 Iranian trucks "
           "in transit between Iran and Russia, the ministry said.", "crossing", "2024-01-01", "2024-01-04", "period",
           count=1150, q="exact", unit="trucks", via="gn:612251", place="gn:612251", claimant=GIM,
           note="running total 'Since January 1' = 1 January 2024 to publication; both directions = crossing; 'among "
                "them 640 Iranian trucks in transit' is a part, not a breakdown (no partition)"),
        CC(G_LARS, "restriction", "2024-01-03", "2024-01-04", "period", claimant=GRD,
           note="a road closed to heavy vehicles 'for a second day on Thursday' = 3-4 January 2024 (day 1 = "
                "Wednesday); no count; Upper Lars has no id, so place null"),
        CC(G_WAIT, "stock", *G0, count=300, q="at_least", unit="trucks", place="gn:614087", claimant=GRD,
           note="trucks waiting = stock; a range: lower bound 300 as at_least, upper bound 400 (eval-real "
                "judgement); 'in the morning' of Thursday 4 January; the roads department's attribution carries over"),
        CC(G_WAIT, "crossing", *G0, flag="vague_count", q="unspecified", unit="trucks", destination="gn:611717",
           claimant=GRD,
           note="second claim: 'turned dozens more back towards Tbilisi' = vehicles that did not pass and went back: "
                "crossing (eval-real-2/-5 judgement); 'dozens' = vague; 'towards Tbilisi' = destination"),
        CC("The department expects to reopen the road on Friday if the snowfall stops.", "other", *D("2024-01-05"),
           claimant=GRD,
           note="a planned reopening (the end of a closure) = other (eval-real-2); 'on Friday' = 5 January 2024, a "
                "future date"),
        CC("At the Red Bridge crossing with Azerbaijan, passenger traffic remains suspended, as Baku has kept its land "
           "borders shut to travellers since March 2020.", "restriction", "2020-03-01", "2024-01-04", "period",
           place="azerbaijan", claimant=AMB,
           note="one restriction: the suspension at Red Bridge is Azerbaijan's land-border closure 'since March 2020' "
                "(first day of that month) to publication ('remains'); Red Bridge has no id, so place = Azerbaijan, "
                "whose closure it is"),
        CC("Freight continues: 14,200 trucks crossed there in December, the Revenue Service said.", "crossing",
           *month(2023, 12), "month", count=14200, q="exact", unit="trucks", claimant="the Georgian Revenue Service",
           note="'in December' in a January 2024 report = December 2023 (year inferred); 'there' = Red Bridge (no id), "
                "so place null; both directions"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Iranian agency item (IRNA/Mehr style, English service). Monday 5 October 2020 (Mehr 14, 1399); NOT given, but the
#    dateline carries the Solar Hijri date with its year, so a reader knows the day and every date resolves.
# ----------------------------------------------------------------------------------------------------------
TNA = "TNA"
GOV = "Ali Jafarzadeh, the Khoda Afarin county governor"
I0 = D("2020-10-05")
I_LEAD = ("TABRIZ, Mehr 14, 1399 (TNA) – At least 12 rockets and mortar shells fired during the fighting in Karabakh "
          "between the Republic of Azerbaijan and Armenia landed on farmland and pastures in Khoda Afarin county on "
          "Sunday, the county governor said.")
I_SINCE = ("Since the clashes began on Mehr 6, more than 60 shells have fallen on Iranian soil along the Aras, most of "
           "them around the villages of Garmaduz district, he said.")
I_EVAC = ("As a precaution, 85 families (312 people) from Khalaf Beyglu and two neighbouring hamlets on the riverbank "
          "were moved on Saturday evening to the county seat, Khomarlu, where the Red Crescent has put up a tent camp.")
KA = ("Khoda Afarin county, East Azerbaijan province, Iran: not in the gazetteer nor in cities500 (its seat is "
      "Khomarlu, GeoNames 127409); a county, so kind region")
KB = "Khalaf Beyglu, a village of Khoda Afarin county on the Aras: not in the gazetteer nor in cities500"
KHOM = "Khomarlu (Khomārlū), the seat of Khoda Afarin county (GeoNames 127409)"
ARAS = "the Aras (Araz, Araxes) river: " + RIVER_NULL
DOCS.append(dict(
    doc_id="b-ir-agency-khoda-afarin-shells-oct-2020", style="iranian", side="iranian",
    outlet="TNA, Tasvir News Agency (fictional Iranian news agency, English service)",
    title="Stray rockets fall on Khoda Afarin villages; families moved away from the Aras",
    published="2020-10-05", published_given=False,
    published_in_text=dict(surface="TABRIZ, Mehr 14, 1399 (TNA)", date="2020-10-05", how="dateline"),
    published_note="Mehr 14, 1399 = Monday 5 October 2020 (Mehr 1, 1399 = 22 September 2020)",
    captions=["Residents of Khomarlu watch smoke rising across the Aras. Photo: TNA"],
    not_places=[("Ali", "given name of the county governor (Ali Jafarzadeh); Ali is a GeoNames place (10265188, "
                        "India; also an alternate name of Ağrı, Türkiye, 309647)")],
    patterns=["P-iranian-date-dateline", "P-iranian-day-no-year", "P-headline-no-figure", "P-at-least-count",
              "P-republic-of-azerbaijan", "P-relative-weekday", "P-quote-no-claim", "P-since-iranian-day",
              "P-over-count", "P-running-tally", "P-bracket-people", "P-evacuation", "P-vague-tens", "P-stock-still",
              "P-closure-since", "P-checkpoint-setup", "P-undated-checkpoint", "P-official-title-name",
              "P-diplomatic-warning", "P-metonymy-capital", "P-customs-figures", "P-iranian-province",
              "P-now-stock", "P-caption-credit", "P-given-name-place", "P-acronym-agency"],
    traps=["not given, but the dateline 'TABRIZ, Mehr 14, 1399 (TNA)' carries the Solar Hijri date with its year (= 5 "
           "October 2020): 'on Sunday', 'on Saturday evening', 'Mehr 6', 'Mehr 7', 'still', 'now' resolve",
           "'Mehr 6' and 'Mehr 7' without a year take 1399 from the dateline (27 and 28 September 2020)",
           "'the Republic of Azerbaijan' (Iranian usage) = one mention of the country",
           "'85 families (312 people)' = two claims (families and people), an evacuation",
           "'more than 60 shells ... since ... Mehr 6' = running total; the start of the clashes is its own dated "
           "event",
           "'has been closed ... since Mehr 7' = restriction to publication; 'have also set up a checkpoint' = a "
           "restriction with no date stated",
           "'Iran's border guard had formally warned both sides' and the Foreign Ministry's warning = diplomatic",
           "'Norduz crossing' = the Agarak–Norduz crossing (gazetteer name Norduz); 'East Azarbaijan' = the province",
           "'Khoda Afarin county' (no id) against 'the Khoda Afarin dam' (a different feature: the noun is kept)",
           "'Ali' (given name) collides with GeoNames places; TNA is an acronym"],
    mentions=[
        MM("Khoda Afarin", None, "region", note="headline; 'Khoda Afarin villages' = the county; " + KA),
        MM("Aras", None, "river", note="headline; " + ARAS),
        MM("TABRIZ", "gn:113646", note="dateline in capitals; Tabriz, Iran (GeoNames 113646)"),
        MM("Karabakh", "karabakh"),
        MM("Republic of Azerbaijan", "azerbaijan",
           note="the country's full name, as Iranian outlets write it: one mention (like 'Islamic Republic of Iran')"),
        MM("Armenia", "armenia"),
        MM("Khoda Afarin", None, "region", note="'Khoda Afarin county' (common noun left out); " + KA),
        MM("Khalaf Beyglu", None, "settlement", note=KB),
        MM("Aras", None, "river", note=ARAS),
        MM("Garmaduz", None, "region",
           note="Garmaduz district (bakhsh) of Khoda Afarin county: not in the gazetteer nor in cities500"),
        MM("Khalaf Beyglu", None, "settlement", note=KB),
        MM("Khomarlu", "gn:127409", note=KHOM),
        MM("Khomarlu", "gn:127409", note=KHOM),
        MM("Khoda Afarin dam", None, "other",
           note="the Khoda Afarin dam on the Aras: a different feature from the county, so the noun is kept (as "
                "'Hakari bridge'); not in the gazetteer; a dam is not a mention kind, so other"),
        MM("Iran", "iran", note="'Iran's border guard'"),
        MM("Tehran", "tehran", note="'In Tehran, the Foreign Ministry spokesman' (the ministry's seat)"),
        MM("Norduz", "agarak-norduz",
           note="'the Norduz crossing' = the Agarak–Norduz crossing (gazetteer name 'Norduz'); common noun left out"),
        MM("Armenia", "armenia"),
        MM("East Azarbaijan", "east-azerbaijan", note="'the East Azarbaijan customs office': the Iranian province"),
        MM("Khoda Afarin", None, "region", note="'Khoda Afarin county'; " + KA),
        MM("Aras", None, "river", note=ARAS),
        MM("Khomarlu", "gn:127409", note="caption; " + KHOM),
        MM("Aras", None, "river", note="caption; " + ARAS),
    ],
    claims=[
        CC(I_LEAD, "other", *D("2020-10-04"), count=12, q="at_least", unit="rockets and mortar shells",
           claimant="the Khoda Afarin county governor",
           note="stray fire landing on Iranian soil = other (not a movement), dated and counted; 'on Sunday' before "
                "Monday 5 October 2020 = 4 October; 'At least' = at_least; the county has no id, so place null; the "
                "dateline opens the sentence"),
        CC(I_SINCE, "other", "2020-09-27", "2020-10-05", "period", count=60, q="at_least", unit="shells",
           place="iran", claimant=GOV,
           note="running total 'Since the clashes began on Mehr 6' = 27 September 2020 (Mehr 6, 1399; the year from "
                "the dateline) to publication; 'more than' = at_least"),
        CC(I_SINCE, "other", *D("2020-09-27"), claimant=GOV,
           note="second claim: the start of the clashes 'on Mehr 6' = 27 September 2020, a dated event on the topic"),
        CC(I_EVAC, "population_movement", *D("2020-10-03"), count=85, q="exact", unit="families",
           destination="gn:127409", claimant=GOV,
           note="an evacuation ('were moved ... to the county seat, Khomarlu'); 'on Saturday evening' = 3 October "
                "2020; origin Khalaf Beyglu has no id; the governor's attribution carries over"),
        CC(I_EVAC, "population_movement", *D("2020-10-03"), count=312, q="exact", unit="people",
           destination="gn:127409", claimant=GOV, note="second claim: the bracket in people, another unit"),
        CC("Dozens of residents still gather on the hills above the river every evening to watch the fighting on the "
           "far bank, and the governor again urged them to stay away.", "stock", *I0, flag="vague_count",
           q="unspecified", unit="people", claimant=TNA,
           note="people gathering at the border river = a vague stock ('Dozens'); 'still' = publication day; 'every "
                "evening' is recurring; no place id (the hills have none)"),
        CC("The riverside road between Khomarlu and the Khoda Afarin dam has been closed to civilian traffic since Mehr "
           "7.", "restriction", "2020-09-28", "2020-10-05", "period", claimant=TNA,
           note="a closure 'since Mehr 7' = 28 September 2020 (year from the dateline) to publication; no count; the "
                "road has no id, so place null"),
        CC("Border guards have also set up a checkpoint at the eastern exit of the town.", "restriction",
           place="gn:127409", claimant=TNA,
           note="a checkpoint set up = restriction with no count; no time is stated ('have set up'), so undated; "
                "'the town' = Khomarlu"),
        CC("The provincial deputy governor for security affairs, Mohsen Shabani, said on Sunday that Iran's border "
           "guard had formally warned both sides through their military attachés.", "diplomatic", *D("2020-10-04"),
           claimant="Mohsen Shabani, the provincial deputy governor for security affairs",
           note="a formal warning to both parties = diplomatic; the warning's own day is not stated, so the day it "
                "was announced ('on Sunday' = 4 October 2020) is taken"),
        CC("In Tehran, the Foreign Ministry spokesman said on Saturday that any violation of Iranian territory by either "
           "party would not be tolerated.", "diplomatic", *D("2020-10-03"), place="tehran",
           claimant="the Iranian Foreign Ministry spokesman",
           note="a warning to the parties = diplomatic; 'on Saturday' = 3 October 2020"),
        CC("Freight traffic at the Norduz crossing with Armenia, further west, was not affected: 410 trucks crossed in "
           "both directions on Sunday, the East Azarbaijan customs office said.", "crossing", *D("2020-10-04"),
           count=410, q="exact", unit="trucks", place="agarak-norduz", claimant="the East Azarbaijan customs office",
           note="both directions = crossing; 'on Sunday' = 4 October 2020"),
        CC("About 35,000 people now live in Khoda Afarin county, most of them in villages along the Aras, according to "
           "the governorate.", "stock", *I0, count=35000, q="about", unit="people",
           claimant="the Khoda Afarin governorate",
           note="a population = stock; 'now' = publication day; the county has no id, so place null; 'most of them "
                "in villages' is not a count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Armenian local radio evening bulletin (web transcript). Thursday 16 July 2020; NOT given; NO date line and NO year
#    anywhere: 'Sunday, July 12' -> year_unknown; 'this morning', 'Overnight', 'still', 'yesterday', 'on Wednesday',
#    'Since this morning' -> relative_unknown.
# ----------------------------------------------------------------------------------------------------------
TFM = "Tavush FM"
UNK3 = "no publication date is known (not given; the bulletin has no date line and no year anywhere)"
R_KIDS = ("Overnight, 46 children and 19 mothers from Aygepar were taken by bus to a summer camp near Dilijan, the "
          "community head, Vahan Mkrtchyan, told Tavush FM.")
VM = "Vahan Mkrtchyan, the Aygepar community head"
DOCS.append(dict(
    doc_id="b-local-radio-tavush-shelling-jul-2020", style="local", side="armenian",
    outlet="Tavush FM (fictional Armenian provincial radio, Ijevan; English web transcript)",
    title="Shelling resumes on the Tavush border; children taken out of Aygepar overnight",
    published="2020-07-16", published_given=False, published_in_text=None,
    published_note="the evening bulletin of Thursday 16 July 2020; the text states no date and no year",
    captions=[],
    not_places=[("Vahan", "given name of the Aygepar community head (Vahan Mkrtchyan); Vahan is a village in "
                          "Gegharkunik, Armenia (GeoNames 616117)")],
    patterns=["P-radio-sign-on", "P-no-date-line", "P-no-year-anywhere", "P-outlet-place-in-name",
              "P-relative-today", "P-clock-not-count", "P-ordinal-not-count", "P-yearless-date", "P-overnight",
              "P-buses", "P-evacuation", "P-two-groups-two-claims", "P-official-title-name", "P-about-count",
              "P-stock-still", "P-patients-transfer", "P-relative-weekday", "P-said-yesterday", "P-nested-road",
              "P-closure-since", "P-bypass-road", "P-other-side-claim", "P-vague-plural", "P-detention",
              "P-a-single", "P-present-checks", "P-province-vs-village", "P-aghdam-not-aghdam",
              "P-weather-filler", "P-given-name-place"],
    traps=["no date line and no year anywhere, and the date is not given: 'Sunday, July 12' -> year_unknown; 'this "
           "morning', 'Overnight', 'still', 'on Tuesday', 'yesterday', 'Since this morning', 'on Wednesday' -> "
           "relative_unknown",
           "'Tavush' three ways: the province (headline, 'Tavush FM', no id) and 'the village of Tavush' (GeoNames "
           "616162)",
           "'46 children and 19 mothers' = two claims (no total is stated; never derived)",
           "'Three civilians ... were moved from the Berd medical centre to Yerevan' = a patient transfer "
           "(population_movement)",
           "'the village of Aghdam in Tovuz district' is a village of Azerbaijan's Tovuz district, not Aghdam in "
           "Karabakh (gazetteer 'aghdam'); 'Tovuz' is also a GeoNames alternate name of Tavush and Berd",
           "'residents ... had been moved to safer areas, without giving a number' = vague, undated",
           "'detained a resident of Ijevan' = one detention (count 1)",
           "'stays open, although traffic police are stopping cars ... for checks' = a restriction in the present "
           "tense with no relative word: undated, no flag",
           "'five o'clock', 'fourth day', 'two hours', 'about an hour', '31 degrees' are not counts; the shops, "
           "blood-donor and weather items are not claims",
           "'Vahan' (given name) collides with a GeoNames village; no captions (radio)"],
    mentions=[
        MM("Tavush", None, "region", note="headline; 'the Tavush border'; " + TAVUSH_PROV),
        MM("Aygepar", None, "settlement", note="headline; " + AYGEPAR),
        MM("Tavush", None, "region", note="'Tavush FM': toponym in the outlet's name (the province); " + TAVUSH_PROV),
        MM("Ijevan", "gn:616627", note="Ijevan, Tavush, Armenia (GeoNames 616627)"),
        MM("Berd", "gn:616802", note="Berd, Tavush, Armenia (GeoNames 616802)"),
        MM("Chinari", "gn:616780", note="Chinari, Tavush (GeoNames 616780), not Chinari in Romania (682096)"),
        MM("Movses", "gn:616403", note="Movses, Tavush (GeoNames 616403)"),
        MM("Aygepar", None, "settlement", note=AYGEPAR),
        MM("Tavush", "gn:616162",
           note="'the village of Tavush' = the village (GeoNames 616162), not the province of that name"),
        MM("Movses", "gn:616403", note="Movses, Tavush (GeoNames 616403)"),
        MM("Aygepar", None, "settlement", note=AYGEPAR),
        MM("Dilijan", "gn:616752", note="Dilijan, Tavush (GeoNames 616752), not Delījān in Iran (136399)"),
        MM("Tavush", None, "region", note="'Tavush FM' (the outlet's name); " + TAVUSH_PROV),
        MM("Chinari", "gn:616780"), MM("Berd", "gn:616802", note="'the Berd medical centre'"),
        MM("Yerevan", "yerevan"),
        MM("Ijevan–Berd road", None, "road", note="a road named by its ends (en dash): one mention, no id",
           inside=[("Ijevan", "gn:616627"), ("Berd", "gn:616802")]),
        MM("Aygepar", None, "settlement", note=AYGEPAR),
        MM("Nerkin Karmiraghbyur", None, "settlement",
           note="Nerkin Karmiraghbyur, a border village in Tavush: not in the gazetteer nor in cities500"),
        MM("Berd", "gn:616802"),
        MM("Chambarak", "gn:616786", note="Chambarak, Gegharkunik, Armenia (GeoNames 616786)"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's defence ministry'"),
        MM("Aghdam", None, "settlement",
           note="the village of Aghdam in Azerbaijan's Tovuz district: not Aghdam in Karabakh (gazetteer 'aghdam', "
                "GeoNames 148619); not in cities500"),
        MM("Tovuz", "gn:584821",
           note="'Tovuz district' = the district of Tovuz town, Azerbaijan (GeoNames 584821); 'Tovuz' is also a "
                "GeoNames alternate name of Tavush (616162) and Berd (616802) in Armenia"),
        MM("Ijevan", "gn:616627"), MM("Berd", "gn:616802"),
        MM("Georgia", "georgia"),
        MM("Noyemberyan", "gn:616333", note="Noyemberyan, Tavush (GeoNames 616333)"),
        MM("Bagratashen", "gn:616828", note="Bagratashen, Tavush (GeoNames 616828)"),
        MM("Voskevan", "gn:616072", note="Voskevan, Tavush (GeoNames 616072)"),
        MM("Berd", "gn:616802"), MM("Ijevan", "gn:616627"),
        MM("Ijevan", "gn:616627", note="'The regional blood centre in Ijevan'"),
        MM("Ijevan", "gn:616627"), MM("Berd", "gn:616802"),
    ],
    claims=[
        CC("Shelling of our border communities resumed at about five o'clock this morning, the governor's office says.",
           "other", flag="relative_unknown", claimant="the Tavush governor's office",
           note="cross-border shelling of villages = other (not a movement); 'this morning' with " + UNK3 + "; 'five "
                "o'clock' is a clock time"),
        CC("Berd, Chinari, Movses, Aygepar and the village of Tavush all came under fire on the fourth day since the "
           "clashes near Movses began on Sunday, July 12.", "other", flag="year_unknown", place="gn:616403",
           claimant="the Tavush governor's office",
           note="the start of the clashes 'on Sunday, July 12' without a year (= 12 July 2020 for a reader who "
                "knows the day); the places under fire restate the previous sentence's shelling, not labelled again; "
                "'fourth day' is an ordinal"),
        CC(R_KIDS, "population_movement", flag="relative_unknown", count=46, q="exact", unit="children",
           destination="gn:616752", claimant=VM,
           note="an evacuation by bus (buses carrying people = population_movement); 'Overnight' with " + UNK3 + "; "
                "'near Dilijan' = destination Dilijan; origin Aygepar has no id; no total is stated, so the two "
                "groups are two claims"),
        CC(R_KIDS, "population_movement", flag="relative_unknown", count=19, q="exact", unit="mothers",
           destination="gn:616752", claimant=VM, note="second claim: the mothers (another group, not derived)"),
        CC("About 300 residents are still in the village, most of them sleeping in basements.", "stock",
           flag="relative_unknown", count=300, q="about", unit="people", claimant=VM,
           note="people who remain = stock; 'still' is an explicit 'now' with " + UNK3 + " (as eval-real-6 reads "
                "'still'); place Aygepar has no id"),
        CC("Three civilians wounded by shrapnel in Chinari on Tuesday were moved from the Berd medical centre to "
           "Yerevan yesterday, the health ministry said.", "population_movement", flag="relative_unknown", count=3,
           q="exact", unit="patients", origin="gn:616802", destination="yerevan",
           claimant="the Armenian health ministry",
           note="a transfer of wounded patients = population_movement; 'yesterday' with " + UNK3 + " ('on Tuesday' is "
                "when they were wounded, not the transfer)"),
        CC("Since this morning, police have closed the Ijevan–Berd road between Aygepar and Nerkin Karmiraghbyur to "
           "private cars, and buses to Berd are running through Chambarak instead.", "restriction",
           flag="relative_unknown", claimant=TFM,
           note="a road closed to private cars = restriction, no count; 'Since this morning' with " + UNK3 + "; the "
                "bus detour through Chambarak is part of the same restriction; the road has no id, so place null"),
        CC("On the other side of the border, Azerbaijan's defence ministry said residents of the village of Aghdam in "
           "Tovuz district had been moved to safer areas, without giving a number.", "population_movement",
           flag="vague_count", q="unspecified", unit="people", claimant="Azerbaijan's defence ministry",
           note="an evacuation on the Azerbaijani side; 'residents' = a plural with no number ('without giving a "
                "number'): vague; no date is written (past perfect), so undated; origin Aghdam (Tovuz) has no id"),
        CC("The National Security Service said on Wednesday that it had detained a resident of Ijevan who was filming "
           "army positions near Berd and sending the footage abroad.", "detention", flag="relative_unknown", count=1,
           q="exact", unit="people", claimant="the National Security Service",
           note="'a resident' = one person (as 'a single' = 1); 'on Wednesday' with " + UNK3 + " (the day it was "
                "said; the detention's own day is not stated)"),
        CC("The interstate road to Georgia through Noyemberyan and Bagratashen stays open, although traffic police are "
           "stopping cars near Voskevan for checks.", "restriction", place="gn:616072", claimant=TFM,
           note="checks on cars = restriction, no count; present tense with no relative word and no known date -> "
                "undated, no flag (as eval-real-6 reads 'remains closed'); 'stays open' is not itself a restriction"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Live blog (English-language regional outlet). Sunday 26 May 2024; given; printed date line under the headline.
#    The Debed/Aghstev floods in Lori and Tavush, the Bagratashen crossing and the Armenia–Georgia railway.
# ----------------------------------------------------------------------------------------------------------
NN = "Northline News"
F0 = D("2024-05-26")
F_EVAC = ("19:05 – Rescuers have evacuated 418 people from flooded homes in Lori and Tavush so far, the Interior "
          "Ministry says: 376 in Lori and 42 in Tavush.")
F_ROADS = ("11:15 – Police have closed the M6 highway between Vanadzor and Alaverdi, where a stretch of road collapsed "
           "near Odzun, and the Dilijan–Ijevan road in Tavush.")
MIN = "the Armenian Interior Ministry"
ALV = "Alaverdi, Lori, Armenia (GeoNames 616974)"
DEBED = "the Debed river: " + RIVER_NULL
DOCS.append(dict(
    doc_id="b-liveblog-debed-floods-may-2024", style="liveblog", side="international",
    outlet="Northline News (fictional English-language regional news site), live page",
    title="Live: Floods cut Armenia's main road to Georgia as the Debed bursts its banks",
    published="2024-05-26", published_given=True,
    published_in_text=dict(surface="Sunday 26 May 2024", date="2024-05-26", how="printed date under headline"),
    captions=["Flooded streets in Alaverdi on Sunday morning. Photo: Northline News/Arpi Sargsyan"],
    not_places=[("Arpi", "given name of the reporter (Arpi Sargsyan); Arpi is a village in Vayots Dzor, Armenia "
                         "(GeoNames 389308)")],
    patterns=["P-printed-date", "P-live-separator", "P-reverse-chronology", "P-headline-no-figure", "P-so-far",
              "P-colon-split-by-place", "P-evacuation", "P-cut-off-stock", "P-about-count", "P-org-toponym",
              "P-rail-suspended", "P-closure-no-count", "P-advice-not-claim", "P-the-day-before",
              "P-relative-weekday", "P-stock-waiting", "P-correspondent-reports", "P-distance-not-count",
              "P-vague-tens", "P-two-closures", "P-nested-road", "P-road-number", "P-overnight", "P-buses",
              "P-event-flood", "P-caption-credit", "P-given-name-place"],
    traps=["a live page in reverse order; each time stamp opens its sentence and belongs to Sunday 26 May 2024 (the "
           "printed date line, and the date is given)",
           "'418 people ... so far ...: 376 in Lori and 42 in Tavush' = three claims (a split by place is never a "
           "breakdown)",
           "'About 5,000 people ... are cut off' = a stock",
           "'South Caucasus Railway' = a toponym in an organisation's name (gazetteer 'south-caucasus')",
           "'closed to trucks', 'suspended trains', two roads 'closed' in one sentence = four restrictions; the "
           "advice to use Bavra and Gogavan is not a claim",
           "'On Saturday, the day before the floods' = 25 May 2024",
           "'about 200 trucks heading for Armenia are waiting at Sadakhlo' = a stock on the Georgian side",
           "'dozens of people ... spent the morning on rooftops' = vague stock; 'six metres' is a height",
           "'Overnight, 57 residents of Shnogh were taken by bus' = the night of 25-26 May",
           "'M6' is a road number (no id); 'Dilijan–Ijevan road' is a nested road; Debed and Aghstev are rivers",
           "'Ayrum' is the town (GeoNames 616840), not Mets Ayrum (616415)",
           "'Arpi' (the reporter's given name) collides with a GeoNames village"],
    mentions=[
        MM("Armenia", "armenia", note="headline"), MM("Georgia", "georgia", note="headline"),
        MM("Debed", None, "river", note="headline; " + DEBED),
        MM("Lori", "lori", note="Lori province (gazetteer 'lori')"),
        MM("Tavush", None, "region", note=TAVUSH_PROV),
        MM("Lori", "lori"), MM("Tavush", None, "region", note=TAVUSH_PROV),
        MM("Akhtala", "gn:616995", note="Akhtala, Lori (GeoNames 616995)"),
        MM("Alaverdi", "gn:616974", note=ALV),
        MM("South Caucasus", "south-caucasus",
           note="'South Caucasus Railway': toponym in an organisation's name (gazetteer 'south-caucasus')"),
        MM("Armenia", "armenia"), MM("Georgia", "georgia"),
        MM("Ayrum", "gn:616840", note="Ayrum, Tavush (GeoNames 616840), not Mets Ayrum (616415)"),
        MM("Bagratashen", "gn:616828", note="'the Bagratashen crossing' (common noun left out); GeoNames 616828"),
        MM("Bavra", "gn:616813", note="'the Bavra and Gogavan crossings' (shared noun left out): Bavra, Shirak "
                                      "(GeoNames 616813)"),
        MM("Gogavan", None, "border_crossing",
           note="the Gogavan crossing (Lori) on the Georgian border: not in the gazetteer nor in cities500"),
        MM("Bagratashen", "gn:616828"),
        MM("Armenia", "armenia"),
        MM("Sadakhlo", "gn:612251", note="Sadakhlo, Georgia (GeoNames 612251), opposite Bagratashen"),
        MM("Alaverdi", "gn:616974", note=ALV),
        MM("Debed", None, "river", note=DEBED),
        MM("Sanahin", "gn:616277", note="'the Sanahin district' of Alaverdi: Sanahin (GeoNames 616277)"),
        MM("M6", None, "road", note="the M6 interstate highway (Vanadzor–Alaverdi–Bagratashen): a road number, no id"),
        MM("Vanadzor", "gn:616530", note="Vanadzor, Lori (GeoNames 616530)"),
        MM("Alaverdi", "gn:616974", note=ALV),
        MM("Odzun", "gn:616330", note="Odzun, Lori (GeoNames 616330)"),
        MM("Dilijan–Ijevan road", None, "road", note="a road named by its ends (en dash): one mention, no id",
           inside=[("Dilijan", "gn:616752"), ("Ijevan", "gn:616627")]),
        MM("Tavush", None, "region", note=TAVUSH_PROV),
        MM("Shnogh", "gn:616220", note="Shnogh, Lori (GeoNames 616220)"),
        MM("Vanadzor", "gn:616530"),
        MM("Lori", "lori", note="'the Lori governor's office'"),
        MM("Alaverdi", "gn:616974", note=ALV),
        MM("Debed", None, "river", note=DEBED),
        MM("Aghstev", None, "river", note="'The Debed and Aghstev rivers' (shared noun left out); " + RIVER_NULL),
        MM("Armenia", "armenia", note="'northern Armenia'"),
        MM("Alaverdi", "gn:616974", note="caption; " + ALV),
    ],
    claims=[
        CC(F_EVAC, "population_movement", *F0, count=418, q="exact", unit="people", claimant=MIN,
           note="an evacuation, running total 'so far' at 19:05 = the page's day (the floods began overnight); two "
                "provinces, so origin null; the live separator opens the sentence; the split by province is two "
                "more claims, never a breakdown"),
        CC(F_EVAC, "population_movement", *F0, count=376, q="exact", unit="people", origin="lori", claimant=MIN,
           note="second claim: the part evacuated in Lori (a split by place = its own claim)"),
        CC(F_EVAC, "population_movement", *F0, count=42, q="exact", unit="people", claimant=MIN,
           note="third claim: the part evacuated in Tavush (province, no id: origin null)"),
        CC("17:40 – About 5,000 people in Akhtala and nearby villages are cut off because the only bridge on the road to "
           "Alaverdi is under water, Deputy Minister Garnik Avetisyan said.", "stock", *F0, count=5000, q="about",
           unit="people", place="gn:616995", claimant="Deputy Minister Garnik Avetisyan",
           note="people cut off = stock (people who are somewhere); present tense on the page's day"),
        CC("16:20 – South Caucasus Railway has suspended trains between Armenia and Georgia after a section of track "
           "near Ayrum was washed away.", "restriction", *F0, claimant="South Caucasus Railway",
           note="rail traffic suspended = restriction, no count; the 16:20 entry of the page's day"),
        CC("15:10 – The State Revenue Committee says the Bagratashen crossing is closed to trucks because both roads "
           "leading to it are impassable.", "restriction", *F0, place="gn:616828",
           claimant="the State Revenue Committee",
           note="a crossing closed to trucks = restriction, no count; the next sentence's advice (use Bavra and "
                "Gogavan) is not a claim: no movement is reported"),
        CC("On Saturday, the day before the floods, 2,310 vehicles crossed at Bagratashen, the committee said.",
           "crossing", *D("2024-05-25"), count=2310, q="exact", unit="vehicles", place="gn:616828",
           claimant="the State Revenue Committee",
           note="'On Saturday, the day before the floods' = 25 May 2024; both directions = crossing"),
        CC("14:05 – Georgian police say about 200 trucks heading for Armenia are waiting at Sadakhlo, on the Georgian "
           "side of the border.", "stock", *F0, count=200, q="about", unit="trucks", place="gn:612251",
           claimant="Georgian police",
           note="trucks waiting = stock (not an entry: they have not crossed); 'heading for Armenia' is their aim"),
        CC("12:30 – Arpi Sargsyan reports from Alaverdi: the Debed is running six metres above its usual level, and "
           "dozens of people in the Sanahin district spent the morning on rooftops waiting for boats.", "stock", *F0,
           flag="vague_count", q="unspecified", unit="people", place="gn:616277", claimant=NN,
           note="people waiting to be rescued = vague stock ('dozens'); 'six metres' is a height; the outlet's own "
                "reporter, so claimant = the outlet"),
        CC(F_ROADS, "restriction", *F0, claimant=NN,
           note="the M6 closed between Vanadzor and Alaverdi = restriction, no count; the road has no id, so place "
                "null"),
        CC(F_ROADS, "restriction", *F0, claimant=NN,
           note="second claim: the Dilijan–Ijevan road closed (another road; two closures in one sentence, as "
                "eval-real-6 splits them)"),
        CC("09:20 – Overnight, 57 residents of Shnogh were taken by bus to a school in Vanadzor, the Lori governor's "
           "office says.", "population_movement", "2024-05-25", "2024-05-26", "period", count=57, q="exact",
           unit="people", origin="gn:616220", destination="gn:616530", claimant="the Lori governor's office",
           note="an evacuation by bus; 'Overnight' before the 09:20 entry = the night of 25-26 May 2024 (as "
                "eval-real-5 reads 'overnight')"),
        CC("07:30 – The Debed and Aghstev rivers burst their banks after a night of heavy rain in northern Armenia.",
           "other", "2024-05-25", "2024-05-26", "period", place="armenia", claimant=NN,
           note="the flood itself, the event behind the closures and evacuations (a dated event on the topic) = "
                "other; 'after a night of heavy rain' = the night of 25-26 May 2024; no count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Western feature, HTML (magazine). Friday 20 September 2024; NOT given; the date is only in
#    <meta property="article:published_time"> (nothing visible), so a reader of the page knows it.
#    Returns to Lachin city, with the old road, the Hakari bridge checkpoint and Zabukh.
# ----------------------------------------------------------------------------------------------------------
LR = "The Longitude Review"
SCR = "Azerbaijan's State Committee for Refugees and IDPs"
L0 = D("2024-09-20")
L_FLED = ("Sona Guliyeva was 14 when her family fled Lachin in May 1992, days before Armenian forces took the town.")
L_BUS = ("Last month she came back, one of 19 families (64 people) who arrived by bus from Baku's Garadagh district on "
         "August 22.")
L_TOTAL = ("Since the first caravan arrived in July 2023, about 560 families, some 2,050 people, have settled in the "
           "rebuilt town, according to Azerbaijan's State Committee for Refugees and IDPs.")
L_FRONT = ("The frontier beyond the bridge is still closed, and the town itself can be entered only with a permit from "
           "the special representative's office.")
DOCS.append(dict(
    doc_id="b-html-feature-lachin-return-sep-2024", style="feature", side="international",
    outlet="The Longitude Review (fictional English-language magazine), features section",
    title="Back in Lachin: returnees rebuild a town on the old road to Karabakh",
    published="2024-09-20", published_given=False,
    html_file="b-html-feature-lachin-return-sep-2024.html",
    published_in_text=dict(surface="2024-09-20T07:30:00+00:00", date="2024-09-20", how="html meta"),
    captions=["Returnees' houses in Lachin, August 2024. Photo: Clara Whitcombe",
              "The Hakari bridge checkpoint in May 2023. Photo: The Longitude Review archive"],
    not_places=[("Sona", "given name of the returnee (Sona Guliyeva); Sona is a town in Italy (GeoNames 3166400) and "
                         "Soná in Panama (3700888)"),
                ("Clara", "given name of the writer (Clara Whitcombe); Clara is a town in Ireland (GeoNames 2965482)")],
    patterns=["P-html-meta", "P-no-visible-date", "P-byline-place", "P-feature-lead-person", "P-age-not-count",
              "P-month-year", "P-historic-flight", "P-relative-last-month", "P-yearless-date", "P-bracket-people",
              "P-buses", "P-district-of-city", "P-since-month-year", "P-running-tally", "P-some-count",
              "P-stock-before-war", "P-duration-not-count", "P-checkpoint-setup", "P-that-month",
              "P-over-count", "P-within-a-week", "P-stock-still", "P-permit-restriction", "P-rate",
              "P-nested-road", "P-this-month", "P-double-name", "P-now-stock", "P-quote-no-claim",
              "P-caption-credit", "P-caption-old-date", "P-given-name-place", "P-metonymy-capital"],
    traps=["the publication date is only in <meta property=\"article:published_time\"> (nothing visible); not passed, "
           "but a reader of the page knows it (Friday 20 September 2024): 'Last month', 'August 22', 'still', 'now', "
           "'this month' resolve",
           "'fled Lachin in May 1992, days before Armenian forces took the town' = two claims (the family's flight, "
           "no count; the capture, within May 1992)",
           "'19 families (64 people)' and 'about 560 families, some 2,050 people' = two claims each",
           "'Before the war, around 12,000 people lived there' = a stock with no period: undated",
           "'in April 2023' (the checkpoint), 'that September' (= September 2023), 'within a week' (a duration)",
           "'The frontier ... is still closed, and the town ... can be entered only with a permit' = two "
           "restrictions",
           "'Two buses a day now run from Baku' = scheduled buses, a rate (population_movement)",
           "'Ahmadbayli–Fuzuli–Shusha highway' = nested road; Ahmadbayli (Fuzuli district) is not Əhmədbəyli in "
           "Saatly (GeoNames 147059)",
           "'Zabukh, which Armenians called Aghavno' = a double name of one place (gazetteer 'aghavno')",
           "'the road' is the Lachin corridor road, but no corridor name is written: no corridor mention",
           "'14', 'almost three years', 'seven hours' are not counts; the café owner's quotes are not claims",
           "'Sona' and 'Clara' (given names) collide with GeoNames places; the second caption ends in an old date "
           "(May 2023)"],
    mentions=[
        MM("Lachin", "lachin", note="headline; the town"),
        MM("Karabakh", "karabakh", note="headline"),
        MM("Lachin", "lachin", note="byline 'in Lachin'"),
        MM("Lachin", "lachin"),
        MM("Baku", "baku", note="'Baku's Garadagh district'"),
        MM("Garadagh", None, "region",
           note="the Garadagh district of Baku (Qaradağ raion): not in the gazetteer nor in cities500"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's State Committee for Refugees and IDPs'"),
        MM("Armenia", "armenia"), MM("Karabakh", "karabakh"), MM("Azerbaijan", "azerbaijan"),
        MM("Hakari bridge", "hakari-bridge", note="the feature noun is part of the name (gazetteer 'hakari-bridge')"),
        MM("Baku", "baku", note="'Baku's offensive': metonymy for the Azerbaijani government, labelled as the city"),
        MM("Karabakh", "karabakh"),
        MM("Baku", "baku"),
        MM("Ahmadbayli–Fuzuli–Shusha highway", None, "road",
           note="a road named by its ends and a stop (en dashes): one mention, no id",
           inside=[("Ahmadbayli", None), ("Fuzuli", "fuzuli"), ("Shusha", "shusha")]),
        MM("Zabukh", "aghavno", note="Zabukh/Aghavno: double name of one village (gazetteer 'aghavno')"),
        MM("Aghavno", "aghavno", note="the Armenian name of Zabukh ('which Armenians called Aghavno')"),
        MM("Lachin", "lachin", note="caption"),
        MM("Hakari bridge", "hakari-bridge", note="caption"),
    ],
    claims=[
        CC(L_FLED, "population_movement", *month(1992, 5), "month", origin="lachin", claimant=LR,
           note="the family's flight 'in May 1992', a month with its year; no quantity ('her family'), so count and "
                "qualifier null; '14' is an age"),
        CC(L_FLED, "other", *month(1992, 5), "month", place="lachin", claimant=LR,
           note="second claim: the capture of the town, 'days before' the flight in May 1992 = within that month "
                "(its day is not stated)"),
        CC(L_BUS, "population_movement", *D("2024-08-22"), count=19, q="exact", unit="families", origin="baku",
           destination="lachin", claimant=LR,
           note="returnees by bus; 'on August 22' without a year = 2024 (the page's date; 'Last month' agrees); "
                "origin = Baku (its Garadagh district has no id); destination = the town she came back to"),
        CC(L_BUS, "population_movement", *D("2024-08-22"), count=64, q="exact", unit="people", origin="baku",
           destination="lachin", claimant=LR, note="second claim: the bracket in people"),
        CC(L_TOTAL, "population_movement", "2023-07-01", "2024-09-20", "period", count=560, q="about",
           unit="families", destination="lachin", claimant=SCR,
           note="running total 'Since the first caravan arrived in July 2023' = 1 July 2023 (day not stated) to "
                "publication; 'about' = about"),
        CC(L_TOTAL, "population_movement", "2023-07-01", "2024-09-20", "period", count=2050, q="about",
           unit="people", destination="lachin", claimant=SCR,
           note="second claim: the same total in people ('some' = about), not a breakdown"),
        CC("Before the war, around 12,000 people lived there.", "stock", count=12000, q="about", unit="people",
           place="lachin", claimant=SCR,
           note="a pre-war population = stock; 'Before the war' gives no period, so undated with no flag (as "
                "eval-real-4 reads 'before the first Karabakh war'); the committee's attribution carries over"),
        CC("Russian peacekeepers patrolled it until Azerbaijan set up a checkpoint at the Hakari bridge in April 2023.",
           "restriction", *month(2023, 4), "month", place="hakari-bridge", claimant=LR,
           note="a checkpoint set up = restriction, no count; a month with its year; the patrols are undated "
                "context"),
        CC("After Baku's offensive that September, more than 100,000 Armenians left Karabakh along it within a week.",
           "population_movement", *month(2023, 9), "month", count=100000, q="at_least", unit="people",
           origin="karabakh", claimant=LR,
           note="'that September' = September 2023 (the previous sentence's year); the days are not stated, so the "
                "month; 'more than' = at_least; 'within a week' is a duration; 'along it' = the unnamed road, so via "
                "null; destination not stated"),
        CC(L_FRONT, "restriction", *L0, place="hakari-bridge", claimant=LR,
           note="the border beyond the bridge closed ('still') = restriction on the page's day, no count"),
        CC(L_FRONT, "restriction", *L0, place="lachin", claimant=LR,
           note="second claim: entry to the town only with a permit = restriction on the page's day"),
        CC("Two buses a day now run from Baku, a ride of about seven hours on the Ahmadbayli–Fuzuli–Shusha highway, "
           "carrying builders, teachers and families visiting relatives.", "population_movement", *L0, count=2,
           q="exact", unit="buses", origin="baku", destination="lachin", claimant=LR,
           note="scheduled buses carrying people = population_movement (eval-real-4), a rate ('a day'); 'now' = the "
                "page's day; destination = the town (the paragraph's subject); the highway has no id, so via null; "
                "'about seven hours' is a duration"),
        CC("The school reopened this month with 240 pupils.", "other", "2024-09-01", "2024-09-20", "period", count=240,
           q="exact", unit="pupils", place="lachin", claimant=LR,
           note="a reopening with its count of pupils = other (could also be read as a stock of pupils); 'this "
                "month' in a 20 September report = 1-20 September 2024 (a past event this month)"),
        CC("In nearby Zabukh, which Armenians called Aghavno, 62 families now live in new stone houses built on the "
           "slope above the river.", "stock", *L0, count=62, q="exact", unit="families", place="aghavno",
           claimant=LR, note="'now live' = a stock on the page's day"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Russian agency item (TASS style). Monday 30 December 2024; given. Dateline "YEREVAN, December 30. /Mayak-Press/."
#    (no year). Armenian border guards take over the Agarak checkpoint from the Russian FSB border guards.
# ----------------------------------------------------------------------------------------------------------
MP = "Mayak-Press"
SRC = "a spokeswoman for the State Revenue Committee"
A0 = D("2024-12-30")
A_LEAD = ("YEREVAN, December 30. /Mayak-Press/. From today, border control at the Agarak checkpoint on the border with "
          "Iran is carried out only by officers of Armenia's own border troops, Prime Minister Nikol Pashinyan said on "
          "Monday.")
A_YEAR = ("In the first eleven months of the year, 118,600 trucks and 212,000 travellers crossed there, 109,000 of the "
          "travellers entering Armenia from Iran.")
AGK = ("'the Agarak checkpoint' = the Agarak–Norduz crossing (gazetteer 'agarak-norduz', name 'Agarak checkpoint'), "
       "not the town")
DOCS.append(dict(
    doc_id="b-ru-agency-agarak-handover-dec-2024", style="russian", side="russian",
    outlet="Mayak-Press (fictional Russian news agency, English service)",
    title="Armenian border guards take over Agarak checkpoint from Russian FSB",
    published="2024-12-30", published_given=True,
    published_in_text=dict(surface="YEREVAN, December 30. /Mayak-Press/.", date=None, how="dateline"),
    captions=[],
    not_places=[("Mayak", "the agency's name ('lighthouse'); an alternate name of Maiac, Moldova (GeoNames 617830) and "
                          "Maiak, Ukraine (701563)"),
                ("Nikita", "given name of the correspondent (Nikita Orlov); Nikita is a town in Crimea (GeoNames "
                           "711527)"),
                ("Orlov", "surname of the correspondent (Nikita Orlov); Orlov is a town in Kirov oblast, Russia "
                          "(GeoNames 550785)"),
                ("Kremlin", "a building (the Russian presidency), not a place mention")],
    patterns=["P-tass-dateline", "P-yearless-dateline", "P-relative-today", "P-handover", "P-official-title-name",
              "P-decade-not-date", "P-summit-date", "P-late-month", "P-airport-not-place", "P-future-start-date",
              "P-plan-month", "P-city-vs-crossing", "P-currently-rate", "P-about-count", "P-first-n-months",
              "P-of-them-direction", "P-detention", "P-relative-weekday", "P-range-count", "P-stock-waiting",
              "P-no-delays-not-claim", "P-stock-troops", "P-metonymy-capital", "P-month-inferred-year",
              "P-nested-road", "P-agency-name-place", "P-surname-place", "P-given-name-place"],
    traps=["the dateline 'YEREVAN, December 30. /Mayak-Press/.' has no year, but the date is given (Monday 30 December "
           "2024): 'From today', 'on Monday', 'on October 8', 'in late July', 'from January 1' (2025), 'in March' "
           "(a plan: March 2025; a past warning: March 2024), 'currently', 'On Saturday', 'Early on Monday' resolve",
           "'in March' twice: the Margara plan (future, 2025) and the Foreign Ministry's warning (past, 2024)",
           "'Agarak' three ways: 'the Agarak checkpoint' and 'Agarak is Armenia's only road crossing' (the crossing, "
           "agarak-norduz), 'Trucks heading north from Agarak' (the town), and in the nested "
           "'Kapan–Meghri–Agarak road'",
           "'118,600 trucks and 212,000 travellers ..., 109,000 of the travellers entering Armenia from Iran' = two "
           "crossings and an entry; the other direction is never derived",
           "'between 60 and 80 trucks were waiting' = at_least 60",
           "'in late July' = 21-31 July; 'since the early 1990s' is too vague to date (not a claim)",
           "'Zvartnots airport' (a building, no id) and 'the Margara crossing' (the village Margara, GeoNames "
           "613075, on the Turkish border)",
           "'Moscow keeps about 4,000 servicemen in Armenia' = a stock",
           "'the handover had caused no delays' is not a count",
           "'Mayak', 'Nikita', 'Orlov' collide with GeoNames places; 'the Kremlin' is a building; no captions"],
    mentions=[
        MM("Agarak checkpoint", "agarak-norduz", note="headline; " + AGK),
        MM("YEREVAN", "yerevan", note="dateline in capitals"),
        MM("Agarak checkpoint", "agarak-norduz", note=AGK),
        MM("Iran", "iran"), MM("Armenia", "armenia", note="'Armenia's own border troops'"),
        MM("Russia", "russia", note="'the Border Service of Russia's FSB'"),
        MM("Moscow", "gn:524901", note="Moscow, Russia (GeoNames 524901): not in the gazetteer"),
        MM("Yerevan", "yerevan", note="'Yerevan's Zvartnots airport'"),
        MM("Zvartnots airport", None, "other",
           note="Zvartnots international airport, Yerevan: not in the gazetteer nor in cities500; the feature noun "
                "is part of the name (as eval-real-5 labels 'Erebuni airport')"),
        MM("Armenia", "armenia"), MM("Turkey", "turkey"), MM("Iran", "iran"),
        MM("Armenia", "armenia"),
        MM("Margara", "gn:613075",
           note="'the Margara crossing' on the Turkish border: Margara, Armavir (GeoNames 613075); the common noun is "
                "left out (the gazetteer has no crossing)"),
        MM("Agarak", "agarak-norduz",
           note="'Agarak is Armenia's only road crossing with Iran': the crossing (metonymy), not the town"),
        MM("Armenia", "armenia"), MM("Iran", "iran"),
        MM("Armenia", "armenia"), MM("Iran", "iran"),
        MM("Norduz", "agarak-norduz", note="'on the Iranian side at Norduz' = the crossing (gazetteer name 'Norduz')"),
        MM("Meghri", "meghri"), MM("Meghri", "meghri", note="'Customs officers in Meghri'"),
        MM("Moscow", "gn:524901", note="metonymy for the Russian government, labelled as the city"),
        MM("Armenia", "armenia"),
        MM("Gyumri", "gn:616635", note="Gyumri, Shirak (GeoNames 616635): the Russian base"),
        MM("Zvartnots", None, "other", note="'out of Zvartnots' = the airport (as above); not the Zvartnots cathedral "
                                            "ruins or village; no id"),
        MM("Yerevan", "yerevan", note="metonymy for the Armenian government, labelled as the city"),
        MM("Agarak", "agarak", note="'Trucks heading north from Agarak' = the border town (gazetteer 'agarak')"),
        MM("Kapan–Meghri–Agarak road", "kapan-meghri-agarak", note="gazetteer road name (en dashes)",
           inside=[("Kapan", "kapan"), ("Meghri", "meghri"), ("Agarak", "agarak")]),
        MM("Syunik", "syunik", note="'Syunik province' (common noun left out)"),
        MM("Yerevan", "yerevan"),
    ],
    claims=[
        CC(A_LEAD, "other", *A0, place="agarak-norduz", claimant="Prime Minister Nikol Pashinyan",
           note="the handover of border control at the checkpoint, 'From today' = 30 December 2024 (also 'on "
                "Monday'); an event on the topic, no count; the dateline opens the sentence"),
        CC("The withdrawal was agreed when Pashinyan met Russian President Vladimir Putin in Moscow on October 8.",
           "diplomatic", *D("2024-10-08"), place="gn:524901", claimant=MP,
           note="a summit = diplomatic; 'on October 8' without a year = 2024 (before publication)"),
        CC("Russian guards left Yerevan's Zvartnots airport in late July.", "other", "2024-07-21", "2024-07-31",
           "period", claimant=MP,
           note="the guards' withdrawal from the airport = other (troops, not a population movement); 'in late July' "
                "= 21-31 July 2024 (as eval-holdout reads 'In early October' = 1-10 October); the airport has no id"),
        CC("Russian border guards will stay on Armenia's frontiers with Turkey and Iran, where Armenian officers are to "
           "join them from January 1.", "other", *D("2025-01-01"), claimant=MP,
           note="a planned start of joint service 'from January 1' = 1 January 2025 (future events are labelled); "
                "two borders, so place null"),
        CC("Armenia also plans to take sole charge of the Margara crossing on the Turkish border in March, officials "
           "said.", "other", *month(2025, 3), "month", place="gn:613075", claimant="Armenian officials",
           note="a planned handover 'in March' in a December 2024 report = March 2025 (the next March; future events "
                "are labelled)"),
        CC("About 420 trucks currently pass through it every day, a spokeswoman for the State Revenue Committee told "
           "Mayak-Press.", "crossing", *A0, count=420, q="about", unit="trucks", place="agarak-norduz", claimant=SRC,
           note="a rate ('every day'), 'currently' = publication day; both directions = crossing"),
        CC(A_YEAR, "crossing", "2024-01-01", "2024-11-30", "period", count=118600, q="exact", unit="trucks",
           place="agarak-norduz", claimant=SRC,
           note="'In the first eleven months of the year' = 1 January - 30 November 2024; both directions; the "
                "committee's attribution carries over"),
        CC(A_YEAR, "crossing", "2024-01-01", "2024-11-30", "period", count=212000, q="exact", unit="people",
           place="agarak-norduz", claimant=SRC, note="second claim: travellers, another unit (two claims, as "
                                                    "eval-holdout splits 'vehicles and people')"),
        CC(A_YEAR, "entry", "2024-01-01", "2024-11-30", "period", count=109000, q="exact", unit="people",
           origin="iran", destination="armenia", place="agarak-norduz", claimant=SRC,
           note="third claim: '109,000 of the travellers entering Armenia from Iran' = entry (relative to Armenia); "
                "the other direction (103,000) is never derived"),
        CC("On Saturday, border guards at the checkpoint detained two men travelling on forged Russian passports, the "
           "National Security Service said.", "detention", *D("2024-12-28"), count=2, q="exact", unit="people",
           place="agarak-norduz", claimant="the National Security Service",
           note="'On Saturday' before Monday 30 December 2024 = 28 December; 'two' in words"),
        CC("Early on Monday, between 60 and 80 trucks were waiting to cross on the Iranian side at Norduz, drivers told "
           "Mayak-Press correspondent Nikita Orlov in Meghri.", "stock", *A0, count=60, q="at_least", unit="trucks",
           place="agarak-norduz", claimant="drivers",
           note="trucks waiting = stock; a range: lower bound 60 as at_least, upper bound 80; 'Early on Monday' = "
                "publication day"),
        CC("Moscow keeps about 4,000 servicemen in Armenia, most of them at its base in Gyumri.", "stock", *A0,
           count=4000, q="about", unit="servicemen", place="armenia", claimant=MP,
           note="troops stationed = stock (as eval-real-6 labels 'about 2,000 troops'); present tense in a dated "
                "item = publication day; 'most of them at its base in Gyumri' is a part"),
        CC("In March, the Russian Foreign Ministry warned that pushing its guards out of Zvartnots would harm relations "
           "with Yerevan.", "diplomatic", *month(2024, 3), "month", claimant=MP,
           note="a diplomatic warning; 'In March' (past tense) in a December 2024 report = March 2024"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the other development sets
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Nakhchivan", "Syunik", "Lori", "Moscow", "Russia", "Georgia", "Tabriz", "TABRIZ", "Norduz",
               "Aras", "Araz", "Aghdam", "Fuzuli", "Shusha", "Zabukh", "Aghavno", "Hakari", "Garadagh", "Meghri",
               "Agarak", "Kapan", "Yerevan", "YEREVAN", "Baku",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Sadakhlo", "Bagratashen", "Tbilisi", "TBILISI", "Batumi", "Black Sea", "Upper Lars", "Lars", "Gudauri",
               "Kobi", "Stepantsminda", "Kazbegi", "Red Bridge", "Khoda Afarin", "Khalaf Beyglu", "Garmaduz",
               "Khomarlu", "East Azarbaijan", "Tehran", "Tavush", "Aygepar", "Ijevan", "Berd", "Chinari", "Movses",
               "Dilijan", "Nerkin Karmiraghbyur", "Chambarak", "Tovuz", "Noyemberyan", "Voskevan", "Debed",
               "Aghstev", "Akhtala", "Alaverdi", "Ayrum", "Bavra", "Gogavan", "Sanahin", "M6", "Vanadzor", "Odzun",
               "Shnogh", "South Caucasus", "Caucasus", "Ahmadbayli", "Zvartnots", "Margara", "Gyumri", "Turkey",
               "Levan", "Ali", "Vahan", "Arpi", "Sona", "Clara", "Mayak", "Nikita", "Orlov", "Kremlin"]


if __name__ == "__main__":  # this part alone; the developer's tests/data/eval-real-7/build_labels.py builds the set
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
