"""Write part A of the fourth real-phrasing DEVELOPMENT set (tests/data/eval-real-4/a-*.json) from the hand-written
specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-a.md). The labels are a
careful analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code:
nobody read or ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the extractor's output.
This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    Part A's specs only: the combined tests/data/eval-real-4/build_labels.py builds or checks the whole set.

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first (as eval-holdout does), then gn:<geonameid>, else null + note.
The build and check code is shared with the other development sets (tests/data/real_dev_builder.py); the judgement
calls are those of tests/data/eval-real/README.md, tests/data/eval-real-2/README.md and
tests/data/eval-real-3/README-a.md, plus the new ones listed in README-a.md. Part B of this folder is written
separately (b-* files, its own builder).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D  # noqa: E402

# shared notes
FUZ = "Fuzuli city, Azerbaijan (GeoNames 148106; not the village Fuzuli 8630550)"
JOLFA = "Jolfa, East Azerbaijan, Iran (GeoNames 130081), not Julfa in Nakhchivan (148251)"
JULFA = "Julfa, Nakhchivan AR, Azerbaijan (GeoNames 148251), not Jolfa in Iran (130081)"
NAKH = ("bare 'Nakhchivan' = the autonomous republic (gazetteer 'nakhchivan-ar'), not the city (147429), as the tuned "
        "set reads it")
ARAS = "the Aras (Araxes) river; not in the gazetteer"
IGD = "Iğdır, Türkiye (GeoNames 311665)"
DIL = ("the Dilucu border gate (Türkiye's crossing to Sadarak, Nakhchivan); neither the gate nor the village Dilucu is "
       "in the gazetteer or cities500; facility noun left out, as 'Norduz border terminal' -> Norduz")
GAZ = ("'Gazakh district' / 'Gazakh villages': the district named after the town Gazakh (GeoNames 585226), labelled "
       "with the town as eval-real-3 labels 'the Lachin district representation'")
KIR = "Kirants, Tavush, Armenia: not in the gazetteer nor in cities500"
ASK = "Ashagi Askipara, a village of Gazakh district: not in the gazetteer nor in cities500"
AST_AZ = "Astara, Azerbaijan (GeoNames 148445): the Azerbaijani checkpoint town, not Āstārā in Iran (142676)"
UNK_AZ = "no publication date is known (not given; the dateline 'BAKU, Azerbaijan, December 14.' has no year)"
UNK_RU = "no publication date is known (not given; the dateline 'YEREVAN, November 22.' has no year)"
ENTRY_AZ = ("entry/exit at Azerbaijan's borders with Iran and Türkiye are read relative to Azerbaijan (Nakhchivan "
            "included), as they are read relative to Armenia at the Armenia-Iran border")

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Azerbaijani agency (Trend/Report style). Thursday 14 December 2023; NOT given. "BAKU, Azerbaijan,
#    December 14." dateline (no year) -> relative and year-less dates are flagged; years written are labelled.
# ----------------------------------------------------------------------------------------------------------
YP = "Yurd Press"
SCR = "the State Committee for Refugees and IDPs"
A2 = "At this stage, 27 families (98 people) have moved to the city."
A4 = "Thus, permanent residence has so far been provided for 359 families, or 1,301 people, in Fuzuli."
A5 = "The previous group, 22 families (81 people), arrived on December 7."
DOCS.append(dict(
    doc_id="a-az-agency-fuzuli-return-dec-2023", style="azerbaijani", side="azerbaijani",
    outlet="Yurd Press (fictional Azerbaijani news agency, English service)",
    title="27 more families return to Fuzuli under Great Return - PHOTO",
    published="2023-12-14", published_given=False,
    published_in_text=dict(surface="BAKU, Azerbaijan, December 14", date=None, how="dateline"),
    captions=["Returnees arrive in Fuzuli on December 14. Photo: Yurd Press",
              "Fuzuli city centre under reconstruction in 2021. Photo: Yurd Press archive"],
    not_places=[("Jabrayil", "given name of a returnee (Jabrayil Huseynov); Jabrayil is a town in Azerbaijan (GeoNames "
                             "148141)")],
    patterns=["P-dateline-own-city-country", "P-headline-media-tag", "P-headline-figure", "P-great-return",
              "P-resettlement", "P-relative-today", "P-convoy", "P-buses", "P-words-count", "P-bracket-people",
              "P-or-people", "P-origin-parts", "P-age-not-count", "P-present-perfect-so-far", "P-running-tally",
              "P-yearless-date", "P-month-year", "P-target-not-claim", "P-currently-stock", "P-full-dates",
              "P-framing", "P-district-of-city", "P-economic-region", "P-duration-not-count", "P-caption-credit",
              "P-caption-old-date", "P-given-name-place"],
    traps=["dateline 'BAKU, Azerbaijan, December 14.' has no year and the date is not given: 'this morning', 'so far', "
           "'Currently' -> relative_unknown; 'on December 7' -> year_unknown; 'in August 2023' and 'October 17, 2020' "
           "are written with their years and labelled",
           "headline '27 more families' = the body's '27 families (98 people)': labelled once, on the body; the lead "
           "('Another group … set off this morning') restates that movement and is not labelled again",
           "'27 families (98 people)', '359 families, or 1,301 people', '22 families (81 people)' = two claims each "
           "(two units, not a breakdown)",
           "'Of them, 19 families came from Baku, five from Sumgayit and three from Barda' = parts by former place of "
           "residence: they sum to 27 but split by place, not by type -> note on the 27-families claim, not a "
           "breakdown and not claims",
           "'A convoy of seven buses' counted (words); 'escorted by the police' is not a count",
           "'I was nine' is an age; 'for almost three decades' a duration",
           "'The committee's target … is 600 families' = a target, not a claim",
           "'Currently, about 12,000 people … live' = a stock with an explicit 'now' and no publication date",
           "'Karabakh economic region' / 'East Zangezur economic regions': Karabakh labelled; East Zangezur is "
           "Azerbaijan's economic region, not Syunik and not the Zangezur corridor",
           "'Aghali' is not Samukh (GeoNames lists 'Ağalı' as an alternate name of Samukh 585177)",
           "'Jabrayil' is a returnee's given name, not the town",
           "the second caption ends in an old date (2021); the first repeats the day with no year"],
    mentions=[
        MM("Fuzuli", "gn:148106", note=FUZ),
        MM("BAKU", "baku", note="dateline in capitals"), MM("Azerbaijan", "azerbaijan"),
        MM("Garadagh", None, "region",
           note="'the Garadagh district of Baku' (Qaradağ raion): not in the gazetteer nor in cities500"),
        MM("Baku", "baku"), MM("Fuzuli", "gn:148106", note="'the restored city of Fuzuli'; " + FUZ),
        MM("Fuzuli", "gn:148106"),
        MM("Baku", "baku"), MM("Sumgayit", "gn:584923", note="Sumgayit, Azerbaijan (GeoNames 584923)"),
        MM("Barda", "gn:587057", note="Barda, Azerbaijan (GeoNames 587057; not Barda in Perm krai 579132)"),
        MM("Karabakh", "karabakh",
           note="'the Karabakh economic region' (Azerbaijan's administrative unit): labelled as 'Karabakh' in "
                "'Karabakh region' (common noun left out)"),
        MM("Fuzuli", "gn:148106", note="inside a quotation"), MM("Fuzuli", "gn:148106"),
        MM("Karabakh", "karabakh",
           note="'the Karabakh and East Zangezur economic regions': the shared noun is left out"),
        MM("East Zangezur", None, "region",
           note="Azerbaijan's East Zangezur economic region: not in the gazetteer; not Syunik (Armenia's Zangezur), "
                "not the Zangezur corridor and not Kapan"),
        MM("Fuzuli", "gn:148106", note="'Fuzuli city' (common noun left out)"),
        MM("Karabakh", "karabakh", note="'the second Karabakh war': toponym in an event's name"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Lachin", "lachin", note="the town (resettled under the programme), not the corridor"),
        MM("Zabukh", "aghavno", note="Zabukh = Aghavno (gazetteer alias)"),
        MM("Aghali", None, "settlement",
           note="Aghali village, Zangilan district: not in the gazetteer nor in cities500 (not Samukh 585177, of "
                "which 'Ağalı' is an alternate name)"),
        MM("Talish", None, "settlement",
           note="Talish village, Tartar district: not in the gazetteer nor in cities500"),
        MM("Fuzuli", "gn:148106", note="caption"), MM("Fuzuli", "gn:148106", note="caption"),
    ],
    claims=[
        CC("A convoy of seven buses, escorted by the police, reached Fuzuli shortly after noon.",
           "population_movement", flag="relative_unknown", count=7, q="exact", unit="buses", origin="baku",
           destination="gn:148106", claimant=SCR,
           note="resettlement convoy (buses carrying people = population_movement); 'seven' in words; the trip of "
                "'this morning' (lead), and 'shortly after noon' is relative too: " + UNK_AZ + "; the committee's "
                "attribution in the lead carries over"),
        CC(A2, "population_movement", flag="relative_unknown", count=27, q="exact", unit="families",
           origin="baku", destination="gn:148106", claimant=SCR,
           note="= the headline's '27 more families'; the move of 'this morning' (present perfect), " + UNK_AZ +
                "; next sentence: 19 families from Baku, five from Sumgayit and three from Barda = parts by former "
                "place of residence (they sum to 27 but split by place, not by type): not a breakdown, not claims; "
                "origin = Baku, where the convoy set off"),
        CC(A2, "population_movement", flag="relative_unknown", count=98, q="exact", unit="people", origin="baku",
           destination="gn:148106", claimant=SCR,
           note="second claim: the same movement in people (the bracket), another unit"),
        CC(A4, "population_movement", flag="relative_unknown", count=359, q="exact", unit="families",
           destination="gn:148106", claimant=SCR,
           note="running total 'so far' (present perfect): its end is the unknown publication day; start of the "
                "programme not stated in this sentence"),
        CC(A4, "population_movement", flag="relative_unknown", count=1301, q="exact", unit="people",
           destination="gn:148106", claimant=SCR,
           note="second claim: the same total in people ('or 1,301 people'), not a breakdown"),
        CC(A5, "population_movement", flag="year_unknown", count=22, q="exact", unit="families",
           destination="gn:148106", claimant=SCR,
           note="written 'on December 7' without a year; " + UNK_AZ),
        CC(A5, "population_movement", flag="year_unknown", count=81, q="exact", unit="people",
           destination="gn:148106", claimant=SCR, note="second claim: the bracket in people; 'December 7', no year"),
        CC("The first group, 23 families, returned to the city in August 2023.", "population_movement",
           "2023-08-01", "2023-08-31", "month", count=23, q="exact", unit="families", destination="gn:148106",
           claimant=SCR,
           note="a month with its year written: labelled although no publication date is known (year-written-vs-not)"),
        CC("Currently, about 12,000 people, including former IDPs, construction workers and civil servants, live in "
           "the Karabakh and East Zangezur economic regions.", "stock", flag="relative_unknown", count=12000,
           q="about", unit="people", claimant=YP,
           note="present-tense stock with an explicit 'Currently' (= now) and " + UNK_AZ + " -> relative_unknown "
                "(eval-real: an explicit 'now' gets relative_unknown); the listed groups are parts, not a breakdown; "
                "two regions, so place null; not attributed in the sentence, so the outlet"),
        CC("Fuzuli city was liberated from Armenian occupation on October 17, 2020, during the second Karabakh war.",
           "other", *D("2020-10-17"), place="gn:148106", claimant=YP,
           note="a dated event on the topic (the capture of Fuzuli), full date; the 'liberated from occupation' "
                "framing is labelled as the text asserts it"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Iranian agency (IRNA/Mehr style). Sunday 29 September 2024 (Mehr 8, 1403); given. Iranian-calendar dateline
#    WITH its year; the body writes its period in both calendars.
# ----------------------------------------------------------------------------------------------------------
PNA = "the Payam News Agency (PNA)"
RAH = "Babak Rahimzadeh, director-general of customs of East Azarbaijan province"
PER = ("2024-03-20", "2024-09-21", "period")
B1 = ("TABRIZ, Mehr 8, 1403 (PNA) – More than 46,000 trucks passed through the Jolfa border terminal on the frontier "
      "with the Nakhchivan Autonomous Republic in the first six months of the current Iranian year, a customs official "
      "told the Payam News Agency (PNA).")
B2 = ("Babak Rahimzadeh, the director-general of customs of East Azarbaijan province, said that from Farvardin 1 to "
      "Shahrivar 31, 1403 (March 20 – September 21, 2024), 46,310 trucks were cleared at Jolfa: 27,940 transit "
      "trucks and 18,370 trucks carrying Iranian exports.")
B4 = ("Rahimzadeh added that passenger traffic had also grown: six buses a day now run between Baku and Nakhchivan "
      "across Iran, against three a year ago, and 58,200 passengers crossed the terminal in the same period.")
B5 = ("Yesterday, 412 trucks were processed at Jolfa, one of the busiest days of the year, while a queue of about 150 "
      "vehicles formed on the Iranian side, he noted.")
B6 = ("Traffic at the terminal was halted for seven hours on Shahrivar 20 after a failure of the customs computer "
      "system, and dozens of trucks waited overnight near Hadishahr.")
BUS = ("scheduled buses carrying passengers = population_movement (REAL-SCHEMA: buses carrying people; eval-holdout "
       "had labelled a bus service 'crossing', REAL-SCHEMA now rules)")
DOCS.append(dict(
    doc_id="a-ir-agency-jolfa-transit-sep-2024", style="iranian", side="iranian",
    outlet="Payam News Agency (PNA; fictional Iranian news agency, English service)",
    title="Over 46,000 trucks cross Jolfa terminal in six months as Aras bridge to Zangilan rises",
    published="2024-09-29", published_given=True,
    published_in_text=dict(surface="TABRIZ, Mehr 8, 1403 (PNA)", date="2024-09-29", how="dateline"),
    captions=["Trucks wait at the Jolfa border terminal. Photo: PNA",
              "The Aras river near Jolfa in the spring of 2023. Photo: PNA archive"],
    not_places=[("Babak", "given name of the customs director (Babak Rahimzadeh); Babak is a town in the Nakhchivan "
                          "AR (GeoNames 148413)"),
                ("Payam", "first word of the outlet's name ('message'); Payām is a village in Iran (GeoNames 111911)")],
    patterns=["P-iranian-date-dateline-year", "P-headline-figure", "P-over-count", "P-iranian-year-range",
              "P-bracket-gregorian", "P-colon-breakdown", "P-part-not-breakdown", "P-rate", "P-from-to-change",
              "P-a-year-ago", "P-relative-yesterday", "P-stock-waiting", "P-about-count", "P-iranian-day-no-year",
              "P-closure-no-count", "P-duration-not-count", "P-vague-tens", "P-overnight", "P-percent-not-count",
              "P-capacity-not-claim", "P-nested-bridge", "P-twin-towns", "P-full-dates", "P-iranian-province",
              "P-official-title-name", "P-caption-credit", "P-caption-old-date", "P-given-name-place",
              "P-outlet-name-place"],
    traps=["the dateline 'TABRIZ, Mehr 8, 1403' is Iranian-calendar WITH its year (= 29 September 2024, a Sunday), and "
           "the date is given: every date resolves",
           "the lead's 'More than 46,000' (= the headline's 'Over 46,000') is an at_least claim for the half-year; the "
           "exact 46,310 with its colon breakdown (27,940 + 18,370) is a second claim",
           "'Of the transit vehicles, 19,600 were Azerbaijani trucks …' = a part that does not partition the total: "
           "note, not a claim",
           "'six buses a day now run …, against three a year ago' = two rates (now = publication, 'a year ago' = "
           "29 September 2023); '58,200 passengers … in the same period' a third claim",
           "'Yesterday' = 28 September 2024; 'a queue of about 150 vehicles' = a stock",
           "'on Shahrivar 20' has no year: the current year 1403 -> 10 September 2024; 'for seven hours' is a "
           "duration; 'dozens of trucks waited overnight' = vague stock, 10-11 September",
           "'85 percent complete' and 'designed to handle up to 1,000 trucks a day once it opens' are not claims",
           "'Kalaleh–Aghband road bridge' = one bridge mention (no id) with inside; Kalaleh is not Kalāleh in Golestan "
           "(GeoNames 129512); 'Aras bridge' in the headline = the same bridge",
           "'Astara and Bileh Savar crossings' named by an Iranian official = the Iranian towns (Āstārā 142676, not "
           "Astara in Azerbaijan 148445; Bīleh Savār 140494, not Bilasuvar 148340)",
           "'Jolfa' (Iran) is not 'Julfa' (Nakhchivan); bare 'Nakhchivan' = the autonomous republic",
           "'Babak' (a given name) is also a town in Nakhchivan; 'Payam' (outlet) a village in Iran",
           "the second caption ends in an old date (spring 2023)"],
    mentions=[
        MM("Jolfa", "gn:130081", note="'Jolfa terminal'; " + JOLFA),
        MM("Aras bridge", None, "bridge",
           note="a bridge over the Aras = the Kalaleh–Aghband bridge of the body; no id (the name with its feature "
                "noun is a different place from the river, as 'Hakari bridge')"),
        MM("Zangilan", "gn:146901", note="Zangilan, Azerbaijan (GeoNames 146901)"),
        MM("TABRIZ", "gn:113646", note="dateline in capitals; Tabriz, Iran (GeoNames 113646)"),
        MM("Jolfa", "gn:130081", note="'the Jolfa border terminal' (facility noun left out); " + JOLFA),
        MM("Nakhchivan Autonomous Republic", "nakhchivan-ar"),
        MM("East Azarbaijan", "east-azerbaijan",
           note="the Iranian province (spelling 'Azarbaijan'), 'East Azarbaijan province'; not the country"),
        MM("Jolfa", "gn:130081", note=JOLFA),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Astara", "gn:142676",
           note="'the Astara … crossings' named by an Iranian official: the Iranian side, Āstārā (GeoNames 142676), "
                "not Astara in Azerbaijan (148445); the shared noun 'crossings' is left out"),
        MM("Bileh Savar", "gn:140494",
           note="Bīleh Savār, Ardabil, Iran (GeoNames 140494), not Bilasuvar in Azerbaijan (148340)"),
        MM("Baku", "baku"), MM("Nakhchivan", "nakhchivan-ar", note=NAKH), MM("Iran", "iran"),
        MM("Jolfa", "gn:130081", note=JOLFA),
        MM("Hadishahr", "gn:35017", note="Hādīshahr, East Azerbaijan, Iran (GeoNames 35017)"),
        MM("Jolfa", "gn:130081", note="'East of Jolfa'; " + JOLFA),
        MM("Kalaleh–Aghband road bridge", None, "bridge",
           note="the bridge named by its two ends (en dash), one mention; no id (not in the gazetteer)",
           inside=[("Kalaleh", None), ("Aghband", None)]),
        MM("Aras", None, "river", note=ARAS),
        MM("Iran", "iran"),
        MM("Khoda Afarin", None, "region",
           note="Khoda Afarin county, East Azerbaijan, Iran: not in the gazetteer nor in cities500 (common noun "
                "left out)"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Zangilan", "gn:146901",
           note="'Azerbaijan's Zangilan district': the district named after the town (GeoNames 146901)"),
        MM("Jolfa", "gn:130081", note="caption; " + JOLFA),
        MM("Aras", None, "river", note="caption; " + ARAS), MM("Jolfa", "gn:130081", note="caption; " + JOLFA),
    ],
    claims=[
        CC(B1, "crossing", *PER, count=46000, q="at_least", unit="trucks", via="gn:130081", claimant=RAH,
           note="'More than' = at_least; 'the first six months of the current Iranian year' = 1403, 20 March - 21 "
                "September 2024 (as the next sentence writes); the official is named in the next sentence; = the "
                "headline's 'Over 46,000'; no direction, so crossing"),
        CC(B2, "crossing", *PER, count=46310, q="exact", unit="trucks",
           breakdown=[(27940, "transit trucks"), (18370, "export trucks")], via="gn:130081", claimant=RAH,
           note="'Farvardin 1 to Shahrivar 31, 1403' = 20 March - 21 September 2024, as the bracket writes; colon "
                "breakdown by type sums to 46,310; next sentence: 'Of the transit vehicles, 19,600 were Azerbaijani "
                "trucks travelling between Nakhchivan and the Astara and Bileh Savar crossings' = a part of the "
                "transit trucks (no partition): note, not a claim"),
        CC(B4, "population_movement", *D("2024-09-29"), count=6, q="exact", unit="buses", origin="baku",
           destination="nakhchivan-ar", via="iran", claimant=RAH,
           note="rate ('a day'), 'now' = publication day; " + BUS),
        CC(B4, "population_movement", *D("2023-09-29"), count=3, q="exact", unit="buses", origin="baku",
           destination="nakhchivan-ar", via="iran", claimant=RAH,
           note="second claim: the earlier rate, 'a year ago' = the same day a year before publication (as 'A week "
                "ago' = the same weekday a week before); from-to change: both rates labelled"),
        CC(B4, "population_movement", *PER, count=58200, q="exact", unit="passengers", via="gn:130081",
           claimant=RAH, note="third claim: passengers in 'the same period' (20 March - 21 September 2024); no "
                              "direction"),
        CC(B5, "crossing", *D("2024-09-28"), count=412, q="exact", unit="trucks", via="gn:130081", claimant=RAH,
           note="'Yesterday' before Sunday 29 September 2024"),
        CC(B5, "stock", *D("2024-09-28"), count=150, q="about", unit="vehicles", place="gn:130081", claimant=RAH,
           note="second claim: a queue that formed = vehicles waiting (stock), the same day"),
        CC(B6, "restriction", *D("2024-09-10"), place="gn:130081", claimant=RAH,
           note="traffic halted = restriction with no count; 'Shahrivar 20' with no year = the current year 1403 "
                "(from publication) = 10 September 2024; 'for seven hours' is a duration; not attributed in the "
                "sentence, the official's account carries over"),
        CC(B6, "stock", "2024-09-10", "2024-09-11", "period", flag="vague_count", q="unspecified", unit="trucks",
           place="gn:35017", claimant=RAH,
           note="second claim: 'dozens' = vague; trucks waiting = stock; 'overnight' after the halt of 10 September "
                "= the night of 10-11 September 2024"),
        CC("The foundation of the bridge was laid on September 21, 2022, at a ceremony held by video link between the "
           "roads ministers of the two countries.", "other", *D("2022-09-21"), claimant=PNA,
           note="a dated construction milestone (foundation-laying), full date: other, not diplomatic (the claim is "
                "the works, not talks); not attributed in the sentence, so the outlet"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Turkish agency (Anadolu style). Thursday 16 October 2025; given. Byline line "Name |16.10.2025 - Update : …",
#    then the dateline "IĞDIR, Türkiye" on its own line.
# ----------------------------------------------------------------------------------------------------------
UHA = "Ufuk Haber Ajansı (UHA)"
IGO = "the Iğdır Governor's Office"
NINE = ("2025-01-01", "2025-09-30", "period")
C4 = ("The gate was closed for five hours on Monday because of a technical fault on the Sadarak side, and dozens of "
      "trucks queued for about 3 kilometres, drivers said.")
DOCS.append(dict(
    doc_id="a-tr-agency-dilucu-gate-oct-2025", style="turkish", side="turkish",
    outlet="Ufuk Haber Ajansı (UHA; fictional Turkish news agency, English service)",
    title="Traffic through Dilucu gate to Nakhchivan up 14% as railway works begin",
    published="2025-10-16", published_given=True,
    published_in_text=dict(surface="Yusuf Aydın |16.10.2025", date="2025-10-16", how="byline"),
    captions=["Trucks wait at the Dilucu border gate in Iğdır in February 2020. Photo: UHA archive"],
    not_places=[("Aydın", "surname of the reporter (Yusuf Aydın); Aydın is a city in western Türkiye (GeoNames "
                          "322830)"),
                ("Kaya", "surname of the customs official (Erdem Kaya); Kaya is a city in Burkina Faso (GeoNames "
                         "2359608)")],
    patterns=["P-byline-date-update", "P-dateline-own-line", "P-headline-percent", "P-over-count",
              "P-first-nine-months", "P-between-months", "P-including-list-breakdown", "P-of-them-direction",
              "P-most-of-them", "P-relative-weekday", "P-closure-no-count", "P-duration-not-count",
              "P-distance-not-count", "P-vague-tens", "P-stock-waiting", "P-detention", "P-yearless-date",
              "P-capacity-not-claim", "P-nested-railway", "P-metonymy-capital", "P-full-dates", "P-turkish-spellings",
              "P-caption-credit", "P-caption-old-date", "P-surname-place"],
    traps=["the byline 'Yusuf Aydın |16.10.2025 - Update : 16.10.2025' gives the date (Thursday 16 October 2025), "
           "which is also passed: 'on Monday' = 13 October, 'On Tuesday' = 14 October, 'on August 22' = 2025",
           "the headline's 'up 14%' is a percentage, not a claim",
           "'in the first nine months of the year' = 1 January - 30 September 2025; 'between January and September' "
           "the same period",
           "'71,860 vehicles …, including 23,540 trucks, 46,900 cars and 1,420 buses' = one claim with a breakdown "
           "(the parts sum to the total)",
           "'Of the trucks, 13,980 were bound for Nakhchivan' = a directional part: its own entry claim (entry/exit "
           "relative to Azerbaijan at its borders); the other direction is never derived; 'many of them …' is a part",
           "'closed for five hours' = a restriction (the hours are a duration); 'dozens of trucks queued for about 3 "
           "kilometres' = vague stock (the kilometres are a distance)",
           "'224-kilometre' is a distance; 'up to 5 million passengers and 14 million tons … a year' is a capacity",
           "'Kars–Iğdır–Aralık–Dilucu railway' = one mention (no id) with four places inside",
           "'Dilucu' (the gate) has no id; 'Sadarak' = GeoNames 147282 'Sedarak'; 'Umid Bridge' has no id",
           "'IĞDIR' (dateline in capitals), 'Türkiye', 'Iğdır Governor's Office' (toponym in an institution's name); "
           "'Ankara sees' = metonymy, labelled",
           "'Aydın' and 'Kaya' are surnames, not the cities",
           "the caption ends in an old date (February 2020)"],
    mentions=[
        MM("Dilucu", None, "border_crossing", note=DIL), MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("IĞDIR", "gn:311665", note="dateline in capitals; " + IGD), MM("Türkiye", "turkey"),
        MM("Dilucu", None, "border_crossing", note=DIL), MM("Türkiye", "turkey"), MM("Azerbaijan", "azerbaijan"),
        MM("Nakhchivan Autonomous Republic", "nakhchivan-ar"),
        MM("Iğdır", "gn:311665",
           note="'the Iğdır Governor's Office': toponym in an institution's name (the province named after the "
                "city); " + IGD),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH), MM("Azerbaijan", "azerbaijan", note="'mainland Azerbaijan'"),
        MM("Iran", "iran"),
        MM("Sadarak", "gn:147282",
           note="Sadarak, Nakhchivan AR (GeoNames 147282 'Sedarak'): the Azerbaijani side of the gate"),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Kars–Iğdır–Aralık–Dilucu railway", None, "road",
           note="a railway line named by its ends and stops (en dashes): one mention, no id; a railway is no mention "
                "kind of its own, so 'road', like the roads named by their ends",
           inside=[("Kars", "gn:743952"), ("Iğdır", "gn:311665"), ("Aralık", "gn:323735"), ("Dilucu", None)]),
        MM("Iğdır", "gn:311665", note=IGD),
        MM("Ankara", "gn:323786", note="'Ankara sees it': metonymy for the government, labelled (GeoNames 323786)"),
        MM("Zangezur corridor", "zangezur-corridor"),
        MM("Azerbaijan", "azerbaijan", note="'mainland Azerbaijan'"), MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Armenia", "armenia"),
        MM("Syunik", "syunik", note="the province ('Syunik province'); not GeoNames 13132983, a village of that name"),
        MM("Umid Bridge", None, "bridge",
           note="the Sadarak-Dilucu bridge over the Aras (also called Hasrat or Konul bridge): no id"),
        MM("Aras", None, "river", note=ARAS),
        MM("Türkiye", "turkey"), MM("Azerbaijan", "azerbaijan"),
        MM("Dilucu", None, "border_crossing", note="caption; " + DIL),
        MM("Iğdır", "gn:311665", note="caption; the province/city of Iğdır; " + IGD),
    ],
    claims=[
        CC("More than 410,000 passengers crossed the Dilucu border gate between Türkiye and Azerbaijan's Nakhchivan "
           "Autonomous Republic in the first nine months of the year, local officials said on Thursday.",
           "population_movement", *NINE, count=410000, q="at_least", unit="passengers",
           claimant="local officials in Iğdır",
           note="'More than' = at_least; 'the first nine months of the year' = 1 January - 30 September 2025 (year "
                "from publication); both directions, so no origin/destination; the gate has no id, so via null; "
                "'on Thursday' is when the officials spoke (publication day)"),
        CC("According to figures from the Iğdır Governor's Office, 71,860 vehicles used the gate between January and "
           "September, including 23,540 trucks, 46,900 cars and 1,420 buses.", "crossing", *NINE, count=71860,
           q="exact", unit="vehicles", breakdown=[(23540, "trucks"), (46900, "cars"), (1420, "buses")],
           claimant=IGO,
           note="'including' list that sums to the total = breakdown by type (eval-real: including-list-breakdown); "
                "'between January and September' (2025) = the nine months; no direction, so crossing"),
        CC("Of the trucks, 13,980 were bound for Nakhchivan, many of them carrying Turkish goods on to mainland "
           "Azerbaijan through Iran, the office said.", "entry", *NINE, count=13980, q="exact", unit="trucks",
           origin="turkey", destination="nakhchivan-ar", claimant=IGO,
           note="a directional part of the 23,540 trucks = its own claim (a split by direction is never a "
                "breakdown); " + ENTRY_AZ + "; the other direction (9,560) is never derived; 'many of them carrying "
                "… through Iran' is a vague part and an onward route, not a separate claim"),
        CC(C4, "restriction", *D("2025-10-13"), claimant="drivers at the gate",
           note="gate closed = restriction without a count; 'on Monday' before Thursday 16 October 2025 = 13 October; "
                "'for five hours' is a duration; the gate has no id, so place null"),
        CC(C4, "stock", *D("2025-10-13"), flag="vague_count", q="unspecified", unit="trucks",
           claimant="drivers at the gate",
           note="second claim: 'dozens of trucks queued' = vague stock (waiting); 'about 3 kilometres' is a distance, "
                "not a count"),
        CC("On Tuesday, customs officers detained two drivers suspected of smuggling fuel into Nakhchivan, according "
           "to customs official Erdem Kaya.", "detention", *D("2025-10-14"), count=2, q="exact", unit="people",
           claimant="Erdem Kaya, a customs official",
           note="'two' in words; 'On Tuesday' before Thursday 16 October 2025 = 14 October"),
        CC("Meanwhile, work has begun on the 224-kilometre Kars–Iğdır–Aralık–Dilucu railway, whose foundation was laid "
           "on August 22 at a ceremony in Iğdır attended by the transport minister.", "other", *D("2025-08-22"),
           place="gn:311665", claimant=UHA,
           note="the foundation-laying on 'August 22' (2025, year from publication): a dated event on the topic; "
                "'work has begun' is undated; '224-kilometre' is a distance; the outlet's own statement"),
        CC("The gate opened on May 28, 1992, together with the Umid Bridge over the Aras river, and remains Türkiye's "
           "only land crossing with Azerbaijan.", "other", *D("1992-05-28"), claimant=UHA,
           note="the opening of the crossing, full date: other (an opening, as reopenings are other)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Russian agency (TASS style). Wednesday 22 November 2023; NOT given. "YEREVAN, November 22. /Agency/."
#    dateline (no year) -> relative and year-less dates are flagged; years written are labelled.
# ----------------------------------------------------------------------------------------------------------
SI = "Sever-Inform"
EMP = "the Russian Emergencies Ministry's press service"
GUS = "Andrei Gusev, Russian Emergencies Ministry spokesman"
AGV = "the Armenian government"
D6 = ("Since the end of September, the ministry has sent 11 flights with a total of 412 tonnes of humanitarian cargo "
      "to Armenia, Gusev said.")
DOCS.append(dict(
    doc_id="a-ru-agency-emercom-flight-nov-2023", style="russian", side="russian",
    outlet="Sever-Inform (fictional Russian news agency, TASS-style English service)",
    title="Russian Emergencies Ministry plane delivers 38 tonnes of aid for Karabakh refugees to Yerevan",
    published="2023-11-22", published_given=False,
    published_in_text=dict(surface="YEREVAN, November 22. /Sever-Inform/", date=None, how="dateline"),
    captions=["Refugees from Nagorno-Karabakh at a humanitarian centre in Goris on September 26, 2023. Photo: "
              "Sever-Inform"],
    not_places=[("Sever", "first part of the agency's name 'Sever-Inform' ('North'); 'Sever' is a GeoNames alternate "
                          "name of Sever do Vouga, Portugal (2734024)"),
                ("Gusev", "surname of the ministry spokesman (Andrei Gusev); Gusev is a town in Kaliningrad oblast "
                          "(GeoNames 557882)")],
    patterns=["P-tass-dateline", "P-headline-figure", "P-tonnes", "P-aid-flight", "P-relative-weekday",
              "P-pronoun-no-count", "P-relative-early-morning", "P-duration-not-count", "P-ordinal-not-count",
              "P-relative-this-month", "P-yearless-date", "P-since-yearless", "P-a-total-of", "P-over-count",
              "P-yearless-range", "P-stock-now", "P-about-count", "P-money-not-count", "P-year-written-vs-not",
              "P-full-dates", "P-future-deadline", "P-future-flight", "P-metonymy-capital", "P-province-names",
              "P-airfield-of-town", "P-caption-credit", "P-caption-old-date", "P-surname-place",
              "P-agency-name-place"],
    traps=["TASS-style dateline 'YEREVAN, November 22. /Sever-Inform/.' has no year and the date is not given: 'on "
           "Wednesday', 'early in the morning', 'this month', 'Since the end of September', 'now', 'before the end "
           "of the year' -> relative_unknown; 'on November 9', 'between September 24 and 30' -> year_unknown",
           "'19-20 September 2023' and 'January 1, 2024' are written with their years and labelled",
           "'An Il-76 aircraft … carrying 38 tonnes' = one claim, the tonnes (the aircraft is named, not counted); "
           "'The plane took off …' = the same flight named again: labelled with no quantity",
           "'30 Russian rescuers and doctors arrived' = people moving; 'two weeks' is a duration",
           "'the second such flight' and 'a third flight' are ordinals; the planned third flight is labelled (a "
           "future event) with no count",
           "'11 flights with a total of 412 tonnes' = two claims (flights and tonnes)",
           "'more than 100,000 people arrived … between September 24 and 30' = year_unknown although the next "
           "paragraph writes 2023 (year-written-vs-not)",
           "'Some 20,000 of them are now housed' = stock with 'now'; '100,000 drams' is money",
           "'Kotayk and Ararat provinces' = provinces (null), not the village Kotayk (616522) or the town Ararat "
           "(174991); 'Zhukovsky airfield' -> the town (facility noun left out); 'Moscow will continue' = metonymy",
           "'Sever' (agency) and 'Gusev' (surname) collide with GeoNames places",
           "the caption ends in an old date (26 September 2023)"],
    mentions=[
        MM("Karabakh", "karabakh", note="'Karabakh refugees': toponym as modifier"), MM("Yerevan", "yerevan"),
        MM("YEREVAN", "yerevan", note="dateline in capitals"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Yerevan", "yerevan"),
        MM("Zhukovsky", "gn:462755",
           note="'the Zhukovsky airfield': the airfield of the town Zhukovsky, Moscow oblast (GeoNames 462755); "
                "facility noun left out, as 'Jolfa terminal'"),
        MM("Moscow", "gn:524901", note="Moscow (GeoNames 524901)"),
        MM("Kotayk", None, "region",
           note="'Kotayk and Ararat provinces': Kotayk province, not the village Kotayk (GeoNames 616522)"),
        MM("Ararat", None, "region", note="Ararat province, not the town Ararat (GeoNames 174991)"),
        MM("Goris", "goris"), MM("Vayk", "gn:174726", note="Vayk, Vayots Dzor (GeoNames 174726)"),
        MM("Yerevan", "yerevan"), MM("Armenia", "armenia"),
        MM("Armenia", "armenia"), MM("Nagorno-Karabakh", "karabakh"),
        MM("Kotayk", None, "region", note="'Kotayk province'; not the village Kotayk (GeoNames 616522)"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Moscow", "gn:524901", note="'Moscow will continue': metonymy for the Russian government, labelled"),
        MM("Nagorno-Karabakh", "karabakh", note="caption"), MM("Goris", "goris", note="caption"),
    ],
    claims=[
        CC("YEREVAN, November 22. /Sever-Inform/. An Il-76 aircraft of the Russian Emergencies Ministry carrying 38 "
           "tonnes of humanitarian aid for people who left Nagorno-Karabakh has landed in Yerevan, the ministry's "
           "press service said on Wednesday.", "crossing", flag="relative_unknown", count=38, q="exact",
           unit="tonnes", destination="yerevan", claimant=EMP,
           note="an aid delivery = crossing (REAL-SCHEMA: convoys -> crossing; an air delivery crosses no monitored "
                "land post, so no entry/exit); the cargo in tonnes is the count, the aircraft ('An Il-76') is named, "
                "not counted; 'has landed … said on Wednesday' with " + UNK_RU + "; the dateline opens the "
                "sentence; origin given only in the next sentence"),
        CC("The plane took off from the Zhukovsky airfield outside Moscow early in the morning.", "crossing",
           flag="relative_unknown", unit="aircraft", origin="gn:462755", claimant=EMP,
           note="the same flight named again by a definite phrase: labelled with no quantity (eval-real-2 "
                "pronoun-no-count); 'early in the morning' of the unknown day"),
        CC("A group of 30 Russian rescuers and doctors arrived on the same plane and will spend two weeks at temporary "
           "accommodation centres in Goris and Vayk, ministry spokesman Andrei Gusev told Sever-Inform.",
           "population_movement", flag="relative_unknown", count=30, q="exact", unit="people",
           destination="yerevan", claimant=GUS,
           note="people arriving = population_movement; the day of the flight, " + UNK_RU + "; 'two weeks' is a "
                "duration; Goris and Vayk are where they will work (future), not the destination of the flight"),
        CC("This is the second such flight this month: on November 9, another plane brought 40 tonnes of food and "
           "medicines to Yerevan.", "crossing", flag="year_unknown", count=40, q="exact", unit="tonnes",
           destination="yerevan", claimant=GUS,
           note="written 'on November 9' without a year; " + UNK_RU + "; 'the second' is an ordinal; the spokesman "
                "is named in the next sentence"),
        CC(D6, "crossing", flag="relative_unknown", count=11, q="exact", unit="flights", destination="armenia",
           claimant=GUS,
           note="'Since the end of September' runs to the unknown publication day (its start has no year either): "
                "relative_unknown; present perfect total"),
        CC(D6, "crossing", flag="relative_unknown", count=412, q="exact", unit="tonnes", destination="armenia",
           claimant=GUS, note="second claim: the cargo of the same flights ('a total of' = exact)"),
        CC("According to the Armenian government, more than 100,000 people arrived in Armenia from Nagorno-Karabakh "
           "between September 24 and 30.", "population_movement", flag="year_unknown", count=100000,
           q="at_least", unit="people", origin="karabakh", destination="armenia", claimant=AGV,
           note="'more than' = at_least; written 'between September 24 and 30' without a year, and " + UNK_RU +
                "; the next paragraph's '2023' belongs to another sentence (year-written-vs-not)"),
        CC("Some 20,000 of them are now housed in Kotayk province alone, and each receives a one-off allowance of "
           "100,000 drams.", "stock", flag="relative_unknown", count=20000, q="about", unit="people", claimant=AGV,
           note="'Some' = about; present-tense stock with an explicit 'now' and no publication date; Kotayk has no "
                "id, so place null; '100,000 drams' is money"),
        CC("Azerbaijan took full control of the region after a military operation on 19-20 September 2023.",
           "other", "2023-09-19", "2023-09-20", "period", place="karabakh", claimant=SI,
           note="the offensive, written with its year: labelled although no publication date is known (as eval-real-3 "
                "labels the attacks of 'September 13-14'); the outlet's own background"),
        CC("The self-proclaimed republic's institutions are to be dissolved by January 1, 2024.", "other",
           *D("2024-01-01"), place="karabakh", claimant=SI,
           note="a dated future deadline on the topic (the dissolution decree), full date; future events are "
                "labelled with their dates (eval-real-2 future-visit)"),
        CC("Moscow will continue to help the refugees \"for as long as necessary,\" Gusev added, noting that a third "
           "flight is planned before the end of the year.", "crossing", flag="relative_unknown", unit="flights",
           claimant=GUS,
           note="a planned future flight: labelled like a planned visit, no quantity ('a third' is an ordinal); "
                "'before the end of the year' with no known publication date -> relative_unknown"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Azerbaijani portal relaying a government statement, HTML page. Friday 24 May 2024; NOT given. The date is
#    only in <meta property="article:published_time"> and JSON-LD datePublished (known to a reader of the page).
# ----------------------------------------------------------------------------------------------------------
DPM = "the office of Azerbaijan's Deputy Prime Minister"
E2 = ("The protocol on this section was agreed at the 8th meeting of the state commissions on April 19 and signed at "
      "their 9th meeting on May 15.")
DOCS.append(dict(
    doc_id="a-html-az-portal-gazakh-villages-may-2024", style="ministry", side="azerbaijani",
    outlet="Ulduz Online (fictional Azerbaijani news portal) relaying the Deputy Prime Minister's office",
    title="Azerbaijani border guards take control of four Gazakh villages - STATEMENT",
    published="2024-05-24", published_given=False,
    html_file="a-html-az-portal-gazakh-villages-may-2024.html",
    published_in_text=dict(surface="2024-05-24T11:05:00+04:00", date="2024-05-24", how="html meta"),
    captions=["The Azerbaijani flag raised over Kheyrimli. Photo: Ulduz Online",
              "The Gazakh–Ijevan road near Voskepar in 2021. Photo: Ulduz Online archive"],
    not_places=[("Emin", "given name of the border service spokesman (Emin Hasanov); Emin is a city in Xinjiang, "
                         "China (GeoNames 1529522)")],
    patterns=["P-html-meta", "P-headline-media-tag", "P-relay-chain", "P-relative-today", "P-villages-handover",
              "P-distance-not-count", "P-area-not-count", "P-ordinal-not-count", "P-yearless-date",
              "P-checkpoint-setup", "P-clock-not-count", "P-future-closure", "P-relative-weekday", "P-detention",
              "P-stock-before", "P-road-blocked", "P-duration-not-count", "P-twin-villages", "P-province-names",
              "P-nested-road", "P-district-of-city", "P-official-title-name", "P-caption-credit",
              "P-caption-old-date", "P-given-name-place"],
    traps=["the publication date is only in the page head (article:published_time, JSON-LD datePublished); it is not "
           "passed, but a reader of the page knows it (Friday 24 May 2024): 'today', 'on April 19', 'on May 15', "
           "'On Wednesday', 'on Thursday', 'from July 24' all resolve; labels are on the companion .txt",
           "'took control of … four villages' = one dated event (other) counted in villages; the quotation "
           "restates it and is not labelled again; '12.7 km' and '6.5 square kilometres' are a distance and an area",
           "'8th meeting' / '9th meeting' are ordinals: two diplomatic claims on two days",
           "'14 border posts have been set up' = restriction (checkpoints set up), counted; '06:00' is a clock time",
           "'will be closed to traffic from July 24' = a future closure (restriction) with its date",
           "'an Armenian citizen … detained' = detention, 1",
           "'About 3,500 people lived in the four villages before the first Karabakh war' = an undated stock",
           "'blocked the road to Ijevan for two hours on Thursday' = restriction (the hours are a duration)",
           "'Baghanis Ayrim' (Azerbaijani village, no id) next to 'Baghanis' (Armenian village, GeoNames 616829); "
           "'Gizilhajili' is not the town Gizilhajili in Goranboy (585666); 'Tavush province' is not the village "
           "Tavush (616162)",
           "'Gazakh–Ijevan road' (caption) = one road mention with inside",
           "'Emin' is a given name, not the Chinese city",
           "the second caption ends in an old date (2021)"],
    mentions=[
        MM("Gazakh", "gn:585226", note="headline 'four Gazakh villages'; " + GAZ),
        MM("Gazakh", "gn:585226", note=GAZ),
        MM("Baghanis Ayrim", None, "settlement",
           note="Baghanis Ayrim, Gazakh district (Azerbaijan): not in the gazetteer nor in cities500; one name, not "
                "the Armenian village Baghanis (GeoNames 616829)"),
        MM("Ashagi Askipara", None, "settlement", note=ASK),
        MM("Kheyrimli", None, "settlement",
           note="Kheyrimli, Gazakh district: not in the gazetteer nor in cities500"),
        MM("Gizilhajili", None, "settlement",
           note="Gizilhajili, Gazakh district: not in the gazetteer; not the town Gizilhajili in Goranboy (GeoNames "
                "585666, 40.58 N 46.86 E)"),
        MM("Azerbaijan", "azerbaijan", note="inside a quotation"),
        MM("Baghanis Ayrim", None, "settlement", note="the Azerbaijani village; no id"),
        MM("Baghanis", "gn:616829", note="'the Armenian village of Baghanis', Tavush (GeoNames 616829)"),
        MM("Voskepar", "gn:616074", note="Voskepar, Tavush (GeoNames 616074)"),
        MM("Kirants", None, "settlement", note=KIR),
        MM("Ashagi Askipara", None, "settlement", note=ASK),
        MM("Karabakh", "karabakh", note="'the first Karabakh war': toponym in an event's name"),
        MM("Armenia", "armenia"),
        MM("Tavush", None, "region",
           note="'Tavush province': not in the gazetteer; not the village Tavush (GeoNames 616162)"),
        MM("Kirants", None, "settlement", note=KIR),
        MM("Ijevan", "gn:616627", note="'the road to Ijevan' names no road: the town, Tavush (GeoNames 616627)"),
        MM("Kheyrimli", None, "settlement", note="caption; no id"),
        MM("Gazakh–Ijevan road", None, "road",
           note="caption; the road named by its ends (en dash): one mention, no id",
           inside=[("Gazakh", "gn:585226"), ("Ijevan", "gn:616627")]),
        MM("Voskepar", "gn:616074", note="caption"),
    ],
    claims=[
        CC("The State Border Service today took control of the territories of four villages of the Gazakh district – "
           "Baghanis Ayrim, Ashagi Askipara, Kheyrimli and Gizilhajili – the office of the Deputy Prime Minister said "
           "in a statement.", "other", *D("2024-05-24"), count=4, q="exact", unit="villages", place="gn:585226",
           claimant=DPM,
           note="the hand-over of territory after delimitation: a dated event on the topic, not a closure, so other; "
                "'today' = the page's date (html meta); = the headline's 'four Gazakh villages'; the quotation that "
                "follows restates it (its '12.7 km' and '6.5 square kilometres' are a distance and an area)"),
        CC(E2, "diplomatic", *D("2024-04-19"), claimant=DPM,
           note="the commissions' 8th meeting 'on April 19' (2024, year from the page date); '8th' is an ordinal; "
                "the statement's account carries over"),
        CC(E2, "diplomatic", *D("2024-05-15"), claimant=DPM,
           note="second claim: the protocol signed at the 9th meeting 'on May 15' (2024)"),
        CC("According to State Border Service spokesman Emin Hasanov, 14 border posts have been set up along the new "
           "line, and patrols began at 06:00 this morning.", "restriction", *D("2024-05-24"), count=14, q="exact",
           unit="border posts", claimant="Emin Hasanov, State Border Service spokesman",
           note="posts set up on a border = restriction (REAL-SCHEMA: checkpoints set up), counted; present perfect "
                "and 'this morning' = the page's date; '06:00' is a clock time"),
        CC("The section of the interstate road that passes near the Armenian village of Kirants will be closed to "
           "traffic from July 24, when Armenian border guards take over that part of the line, the statement added.",
           "restriction", *D("2024-07-24"), claimant=DPM,
           note="an announced future closure: labelled with the day it starts ('from July 24', 2024; open-ended, so "
                "the start day); Kirants has no id, so place null"),
        CC("On Wednesday, border guards detained an Armenian citizen who had crossed the line near Ashagi Askipara, "
           "the service said.", "detention", *D("2024-05-22"), count=1, q="exact", unit="people",
           claimant="the State Border Service of Azerbaijan",
           note="a single described person detained = 1; 'On Wednesday' before Friday 24 May 2024 = 22 May; the "
                "crossing itself is the detention's setting, not a separate claim"),
        CC("About 3,500 people lived in the four villages before the first Karabakh war, the statement recalled.",
           "stock", count=3500, q="about", unit="people", claimant=DPM,
           note="a past population figure with no date ('before the first Karabakh war' gives no period, as eval-real "
                "reads 'lived in the region before the offensive'): undated, no flag; four places, so place null"),
        CC("In Armenia's Tavush province, residents of Kirants blocked the road to Ijevan for two hours on Thursday in "
           "protest against the handover, Armenian media reported.", "restriction", *D("2024-05-23"),
           claimant="Armenian media",
           note="a road blocked by residents = restriction (the text asserts a blockage); 'on Thursday' before Friday "
                "24 May 2024 = 23 May; 'two hours' is a duration; no count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Russian news site (Interfax style), HTML page. Friday 6 March 2026; given. The date is only in
#    <time datetime="2026-03-06T14:20:00+04:00"> (visible text "14:20"); the dateline "BAKU (Rubezh) -" has none.
# ----------------------------------------------------------------------------------------------------------
RUB = "Rubezh"
CAB = "the Azerbaijani Cabinet of Ministers"
SCC = "Azerbaijan's State Customs Committee"
F2 = ("Entry and exit across the border for the transport of goods by all types of vehicles, including transit, were "
      "temporarily suspended by a government decision of March 5, after a drone struck the airport of Nakhchivan city "
      "that day and injured four civilians.")
F3 = ("Over the past day, 318 trucks crossed the three checkpoints, the State Customs Committee told Rubezh: 204 "
      "Iranian trucks leaving Azerbaijan for Iran and 114 Azerbaijani trucks coming back.")
PD = ("2026-03-05", "2026-03-06", "period")
DOCS.append(dict(
    doc_id="a-html-ru-site-iran-border-trucks-mar-2026", style="russian", side="russian",
    outlet="Rubezh (fictional Russian news site, Interfax-style English service)",
    title="Azerbaijan lets stranded trucks return from Iran via Astara, Bilasuvar and Julfa",
    published="2026-03-06", published_given=True,
    html_file="a-html-ru-site-iran-border-trucks-mar-2026.html",
    published_in_text=dict(surface="2026-03-06T14:20:00+04:00", date="2026-03-06", how="html time"),
    captions=["Trucks at the Astara checkpoint in January 2024. Photo: Rubezh archive"],
    not_places=[("Korolev", "surname of the correspondent (Dmitry Korolev); Korolev is a city in Moscow oblast "
                            "(GeoNames 554233)"),
                ("Anar", "given name of a driver (Anar Guliyev); Anār is a town in Kerman, Iran (GeoNames 143499)")],
    patterns=["P-html-time", "P-clock-only-visible", "P-agency-parenthesis-dateline", "P-suspension-no-count",
              "P-vague-plural", "P-decision-date", "P-toll-event", "P-past-24-hours", "P-direction-split",
              "P-most-of-them", "P-stock-waiting", "P-about-count", "P-twin-towns", "P-duration-not-count",
              "P-remain-suspended", "P-rate", "P-relative-weekday", "P-metonymy-capital", "P-undated-rate",
              "P-city-of-region", "P-org-toponym", "P-caption-credit", "P-caption-old-date", "P-surname-place",
              "P-given-name-place"],
    traps=["the publication date is only in <time datetime> (visible '14:20'); it is given (Friday 6 March 2026); "
           "labels are on the companion .txt",
           "the lead's 'Cargo trucks … have started returning' = a bare plural (vague), both directions: crossing",
           "the suspension 'by a government decision of March 5' = restriction without a count; the drone strike "
           "that 'injured four civilians' = other with its toll",
           "'Over the past day, 318 trucks …: 204 Iranian trucks leaving Azerbaijan for Iran and 114 Azerbaijani "
           "trucks coming back' = a split by direction: three claims (crossing, exit, entry), never a breakdown",
           "'Most of the Azerbaijani vehicles used the Astara checkpoint' = a vague part (note); 'about 450 trucks "
           "were still queuing' = stock",
           "'Astara checkpoint' (Azerbaijan, GeoNames 148445) and 'the Iranian town of Astara' (Āstārā, 142676) in "
           "one sentence; 'Bilasuvar' = GeoNames 148340 (primary name 'Pushkino'); 'Julfa' = Nakhchivan's Julfa",
           "'Nakhchivan city' = the city (147429); bare 'Nakhchivan' = the autonomous republic",
           "'four days' is a duration; 'Bus services … remain suspended' = restriction at publication; 'six daily "
           "flights' = a rate",
           "'on Thursday' before Friday 6 March 2026 = 5 March (the summoning: diplomatic); 'Tehran has promised' = "
           "metonymy",
           "'Before the suspension, about 1,900 trucks a day crossed' = an undated rate",
           "'Korolev' and 'Anar' collide with GeoNames places",
           "the caption ends in an old date (January 2024)"],
    mentions=[
        MM("Azerbaijan", "azerbaijan"), MM("Iran", "iran"),
        MM("Astara", "gn:148445", note=AST_AZ),
        MM("Bilasuvar", "gn:148340",
           note="Bilasuvar, Azerbaijan = GeoNames 148340 (primary name 'Pushkino', alternate 'Biləsuvar'); not Bīleh "
                "Savār in Iran (140494)"),
        MM("Julfa", "gn:148251", note=JULFA),
        MM("BAKU", "baku", note="dateline in capitals"),
        MM("Astara", "gn:148445",
           note="'the Astara, Bilasuvar and Julfa checkpoints' (shared noun left out); " + AST_AZ),
        MM("Bilasuvar", "gn:148340", note="GeoNames 148340 'Pushkino' (alternate 'Biləsuvar')"),
        MM("Julfa", "gn:148251", note=JULFA),
        MM("Nakhchivan", "gn:147429",
           note="'the airport of Nakhchivan city': the city (GeoNames 147429), not the autonomous republic"),
        MM("Azerbaijan", "azerbaijan"), MM("Iran", "iran"),
        MM("Astara", "gn:148445", note="'the Astara checkpoint' (facility noun left out); " + AST_AZ),
        MM("Astara", "gn:142676",
           note="'the Iranian town of Astara': Āstārā, Gilan, Iran (GeoNames 142676), the twin of Astara, Azerbaijan"),
        MM("Lankaran", "gn:147622", note="Lankaran, Azerbaijan (GeoNames 147622)"),
        MM("Baku", "baku"), MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan Airlines': toponym in an organisation's name"),
        MM("Iran", "iran", note="'Iran's ambassador'"),
        MM("Tehran", "tehran", note="'Tehran has promised': metonymy for the government, labelled"),
        MM("Astara", "gn:148445", note="caption; " + AST_AZ),
    ],
    claims=[
        CC("BAKU (Rubezh) - Cargo trucks stranded by the suspension of freight traffic across the Azerbaijani-Iranian "
           "border have started returning home through the Astara, Bilasuvar and Julfa checkpoints, the Azerbaijani "
           "Cabinet of Ministers said on Friday.", "crossing", *D("2026-03-06"), flag="vague_count", q="unspecified",
           unit="trucks", claimant=CAB,
           note="bare plural 'Cargo trucks' = vague; trucks going home in both directions, so crossing; 'have started' "
                "+ 'said on Friday' = publication day; three checkpoints, so via null; the suspension in the clause is "
                "labelled on the next sentence"),
        CC(F2, "restriction", *D("2026-03-05"), claimant=CAB,
           note="suspension of freight traffic with no count, dated to the decision 'of March 5' (2026, year from "
                "publication); still in force at publication except for the returns"),
        CC(F2, "other", *D("2026-03-05"), count=4, q="exact", unit="civilians injured", place="gn:147429",
           claimant=CAB,
           note="second claim: the drone strike with its toll ('four' in words), as eval-real-2 labels an explosion "
                "with its toll; 'that day' = 5 March"),
        CC(F3, "crossing", *PD, count=318, q="exact", unit="trucks", claimant=SCC,
           note="'Over the past day' = the day before publication to publication (period); both directions"),
        CC(F3, "exit", *PD, count=204, q="exact", unit="trucks", origin="azerbaijan", destination="iran",
           claimant=SCC,
           note="second claim: the part leaving Azerbaijan (a split by direction is its own claim, never a "
                "breakdown); " + ENTRY_AZ),
        CC(F3, "entry", *PD, count=114, q="exact", unit="trucks", origin="iran", destination="azerbaijan",
           claimant=SCC, note="third claim: the part 'coming back' into Azerbaijan; " + ENTRY_AZ),
        CC("Most of the Azerbaijani vehicles used the Astara checkpoint, while about 450 trucks were still queuing in "
           "the Iranian town of Astara on Friday morning, Rubezh correspondent Dmitry Korolev reported.", "stock",
           *D("2026-03-06"), count=450, q="about", unit="trucks", place="gn:142676",
           claimant="Dmitry Korolev, Rubezh correspondent",
           note="trucks waiting = stock; 'on Friday morning' = publication day; 'Most of the Azerbaijani vehicles' is "
                "a vague part of the 114 (note, no claim)"),
        CC("Bus services between Baku and Nakhchivan, which run through Iranian territory, remain suspended.",
           "restriction", *D("2026-03-06"), via="iran", claimant=RUB,
           note="a service suspended, no count; 'remain' = in force at publication; the outlet's own statement"),
        CC("Azerbaijan Airlines has added six daily flights on the route until further notice, the carrier said.",
           "population_movement", *D("2026-03-06"), count=6, q="exact", unit="flights", claimant="Azerbaijan Airlines",
           note="rate ('daily'); passenger flights carrying people, like scheduled buses = population_movement; in "
                "force from publication; 'the route' = Baku-Nakhchivan of the previous sentence (not restated, so "
                "origin/destination null)"),
        CC("Iran's ambassador was summoned to the Azerbaijani Foreign Ministry on Thursday over the drone incident, "
           "and Tehran has promised an investigation.", "diplomatic", *D("2026-03-05"),
           claimant=RUB,
           note="'on Thursday' before Friday 6 March 2026 = 5 March; the promise is undated and not a separate claim"),
        CC("Before the suspension, about 1,900 trucks a day crossed the Azerbaijani-Iranian border, according to "
           "customs data.", "crossing", count=1900, q="about", unit="trucks", claimant="Azerbaijani customs data",
           note="rate ('a day'); 'Before the suspension' gives no period: undated (date unknown), no flag since the "
                "publication date is known"),
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
               "Fuzuli", "Garadagh", "Sumgayit", "Zangilan", "Aghali", "Talish", "Jabrayil", "Horadiz", "Aghband",
               "Kalaleh", "Khoda Afarin", "Hadishahr", "Astara", "Bilasuvar", "Bileh Savar", "Aras", "Dilucu",
               "Sadarak", "Iğdır", "IĞDIR", "Kars", "Aralık", "Ankara", "Umid", "Türkiye", "Zhukovsky", "Gazakh",
               "Kirants", "Voskepar", "Baghanis", "Ijevan", "Kheyrimli", "Gizilhajili", "Askipara", "Lankaran",
               "Babak", "Payam", "Aydın", "Kaya", "Sever", "Gusev", "Emin", "Korolev", "Anar"]
