"""Write part A of the fifth real-phrasing DEVELOPMENT set (tests/data/eval-real-5/a-*.json) from the hand-written
specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-a.md). The labels are a
careful analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code:
nobody read or ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the extractor's output.
This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    Part A's specs only: the combined tests/data/eval-real-5/build_labels.py (written by the developer) builds or
    checks the whole set. `python build_labels_a.py` builds and checks part A on its own.

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first (as eval-holdout does), then gn:<geonameid>, else null + note.
The build and check code is shared with the other development sets (tests/data/real_dev_builder.py); the judgement
calls are those of tests/data/eval-real/README.md, eval-real-2/README.md, eval-real-3/README-a.md and
eval-real-4/README-a.md, plus the new ones listed in README-a.md. Part B of this folder is written separately (b-*
files, its own builder).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D, month  # noqa: E402

# shared notes
AST_IR = "Āstārā, Gilan, Iran (GeoNames 142676): the Iranian terminal town, not Astara in Azerbaijan (148445)"
AST_AZ = "Astara, Azerbaijan (GeoNames 148445), not Āstārā in Iran (142676)"
NAKH = ("bare 'Nakhchivan' = the autonomous republic (gazetteer 'nakhchivan-ar'), not the city (147429), as the tuned "
        "set reads it")
ARAZ = "the Araz (Aras) river; not in the gazetteer"
HOR = "Horadiz, Fuzuli district, Azerbaijan (GeoNames 148003)"
DIST = "'the X district' labelled with the town it is named after (eval-real-3/-4 district-of-city)"
MAH = ("Mahmudlu station, Jabrayil district: not in the gazetteer; NOT GeoNames 824023 'Mahmudlu' (40.85 N 46.16 E, "
       "a village in north-western Azerbaijan)")
SOL = "Soltanli (Soltanlı), Jabrayil district: not in the gazetteer nor in cities500"
GUM = "Gumlag (Qumlaq), Zangilan/Gubadli area: not in the gazetteer nor in cities500"
AGB = "Aghband, Zangilan district, on the Armenian border: not in the gazetteer nor in cities500"
ARV = ("'Araz Valley' (the Araz Valley Economic Zone, Jabrayil district): a named area after the river valley, not in "
       "the gazetteer; labelled as a null region, the zone/park nouns left out")
IST = ("Istisu, Kalbajar district (GeoNames 147969 'İstisu'); NOT Jermuk in Armenia (174884), of which 'Istisu' is a "
       "GeoNames alternate name")
KHK = "'Khankandi' (Azerbaijani spelling) = gazetteer 'khankendi'"
LKR = ("a road through the corridor named by its ends = 'lachin-corridor' (eval-real: 'Lachin-Khankendi road'), one "
       "mention with inside")
ENTRY_AZ = ("entry/exit at Azerbaijan's border with Iran read relative to Azerbaijan, as eval-real-4 part A reads "
            "them, even when an Iranian outlet writes 'left Iran' / 'entered Iran'")

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Iranian agency (IRNA/Mehr style). Sunday 28 January 2024 (Bahman 8, 1402); given. Yearless Gregorian dateline
#    "RASHT, Jan. 28 (SNA) –"; the body writes the Iranian-year period in both calendars.
# ----------------------------------------------------------------------------------------------------------
SNA = "the Shomal News Agency (SNA)"
MOR = "Bahram Moradi, deputy director-general of Gilan's Road Maintenance and Transportation Organization"
PER1 = ("2023-03-21", "2024-01-20", "period")
A1 = ("RASHT, Jan. 28 (SNA) – More than 168,000 trucks crossed the Astara border terminal between Iran and the "
      "Republic of Azerbaijan in the first ten months of the current Iranian year, a transport official in Gilan "
      "province told the Shomal News Agency (SNA) on Sunday.")
A2 = ("Bahram Moradi, deputy director-general of the province's Road Maintenance and Transportation Organization, said "
      "that from Farvardin 1 to Dey 30, 1402 (March 21, 2023 – January 20, 2024), 168,420 trucks used the crossing: "
      "91,300 left Iran for Azerbaijan and 77,120 entered Iran.")
DOCS.append(dict(
    doc_id="a-ir-agency-astara-trucks-jan-2024", style="iranian", side="iranian",
    outlet="Shomal News Agency (SNA; fictional Iranian news agency, English service)",
    title="Some 1,200 trucks wait at Astara as winter fruit exports to Russia peak",
    published="2024-01-28", published_given=True,
    published_in_text=dict(surface="RASHT, Jan. 28 (SNA)", date=None, how="dateline"),
    captions=["Trucks queue at the Astara customs terminal in December 2021. Photo: SNA archive"],
    not_places=[("Bahram", "given name of the transport official (Bahram Moradi); Bahrām is a town in Iran (GeoNames "
                           "141944)")],
    patterns=["P-yearless-dateline", "P-headline-only-stock", "P-over-count", "P-iranian-year-range",
              "P-bracket-gregorian", "P-direction-split", "P-percent-not-count", "P-relative-yesterday",
              "P-restriction-no-count", "P-relative-last-week", "P-since-month-year", "P-most-of-them",
              "P-range-count", "P-rate", "P-full-dates", "P-twin-towns", "P-republic-of-azerbaijan",
              "P-iranian-province", "P-official-title-name", "P-caption-credit", "P-caption-old-date",
              "P-given-name-place"],
    traps=["the dateline 'RASHT, Jan. 28 (SNA)' has no year, but the date is given (Sunday 28 January 2024): every "
           "date resolves; 'Yesterday' = 27 January; 'last week' = the Monday-Sunday week before publication, 15-21 "
           "January (publication falls on a Sunday, so the week ending that day is NOT 'last week')",
           "the headline's 'Some 1,200 trucks wait' is stated only in the headline: a stock with from_headline",
           "'More than 168,000' (lead, at_least) and '168,420 … : 91,300 left Iran for Azerbaijan and 77,120 entered "
           "Iran' = a crossing total and a split by direction (three claims, never a breakdown)",
           "'an increase of 18 percent' is a percentage; 'two additional inspection lanes' are not a movement count",
           "'Azerbaijani customs officers are limiting the number of trucks admitted' = restriction without a count",
           "'closed … since March 2020' = restriction from 1 March 2020 to publication",
           "'23,650 passengers …, most of them Iranian citizens returning home' = a vague part, in the note",
           "'between 200 and 250 trucks a day' = rate, lower bound at_least, upper bound in the note",
           "'the Azerbaijani town of Astara' (148445) against the Iranian terminal town Āstārā (142676); 'Gilan "
           "province' is not Gjilan (Kosovo, 790674, alternate name 'Gilan'); 'Ardabil province' is not the city "
           "Ardabīl (143083)",
           "'Bahram' is a given name, not the Iranian town",
           "the caption ends in an old date (December 2021)"],
    mentions=[
        MM("Astara", "gn:142676", note="headline; the queue on the Iranian side; " + AST_IR),
        MM("Russia", "russia"),
        MM("RASHT", "gn:118743", note="dateline in capitals; Rasht, Gilan, Iran (GeoNames 118743), not Rasht in "
                                      "Tajikistan (1221740)"),
        MM("Astara", "gn:142676", note="'the Astara border terminal' (facility noun left out); " + AST_IR),
        MM("Iran", "iran"),
        MM("Republic of Azerbaijan", "azerbaijan",
           note="the Iranian usage 'the Republic of Azerbaijan' (as against the Iranian provinces): one mention of the "
                "country, as 'Islamic Republic of Iran' is one mention"),
        MM("Gilan", None, "region",
           note="'Gilan province' (Iran): not in the gazetteer; not Gjilan, Kosovo (GeoNames 790674, alternate name "
                "'Gilan'), nor Gīlān-e Gharb (133345)"),
        MM("Iran", "iran"), MM("Azerbaijan", "azerbaijan"), MM("Iran", "iran"),
        MM("Azerbaijan", "azerbaijan"), MM("Russia", "russia"),
        MM("Astara", "gn:142676", note=AST_IR),
        MM("Russia", "russia", note="'their country's own frontier with Russia'"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Astara", "gn:148445", note="'the Azerbaijani town of Astara'; " + AST_AZ),
        MM("Lankaran", "gn:147622", note="Lankaran, Azerbaijan (GeoNames 147622)"),
        MM("Bileh Savar", "gn:140494",
           note="'the smaller Bileh Savar crossing': Bīleh Savār, Ardabil, Iran (GeoNames 140494), not Bilasuvar in "
                "Azerbaijan (148340); facility noun left out"),
        MM("Ardabil", None, "region",
           note="'Ardabil province': not in the gazetteer; not the city Ardabīl (GeoNames 143083)"),
        MM("Astarachay", None, "river",
           note="the Astarachay river (the border river at Astara): not in the gazetteer"),
        MM("Astara", "gn:142676", note="caption; 'the Astara customs terminal' of an Iranian outlet; " + AST_IR),
    ],
    claims=[
        CC("Some 1,200 trucks wait at Astara as winter fruit exports to Russia peak", "stock", *D("2024-01-28"),
           from_headline=True, count=1200, q="about", unit="trucks", place="gn:142676", claimant=SNA,
           note="a figure stated only in the headline (the body never gives the queue): trucks waiting = stock; "
                "'Some' = about; present tense = publication day; the outlet's own headline"),
        CC(A1, "crossing", *PER1, count=168000, q="at_least", unit="trucks", via="gn:142676", claimant=MOR,
           note="'More than' = at_least; 'the first ten months of the current Iranian year' = 1402, 21 March 2023 - "
                "20 January 2024 (as the next sentence writes); the official is named in the next sentence; the "
                "dateline opens the sentence"),
        CC(A2, "crossing", *PER1, count=168420, q="exact", unit="trucks", via="gn:142676", claimant=MOR,
           note="'from Farvardin 1 to Dey 30, 1402' = 21 March 2023 - 20 January 2024, as the bracket writes; both "
                "directions"),
        CC(A2, "entry", *PER1, count=91300, q="exact", unit="trucks", origin="iran", destination="azerbaijan",
           via="gn:142676", claimant=MOR,
           note="second claim: the part that 'left Iran for Azerbaijan' (a split by direction is its own claim, never "
                "a breakdown); " + ENTRY_AZ),
        CC(A2, "exit", *PER1, count=77120, q="exact", unit="trucks", origin="azerbaijan", destination="iran",
           via="gn:142676", claimant=MOR,
           note="third claim: the part that 'entered Iran' = left Azerbaijan; " + ENTRY_AZ),
        CC("Yesterday alone, 640 trucks were cleared at Astara, the highest daily figure this winter.", "crossing",
           *D("2024-01-27"), count=640, q="exact", unit="trucks", via="gn:142676", claimant=MOR,
           note="'Yesterday' before Sunday 28 January 2024; no direction; the official's account carries over"),
        CC("Moradi said Azerbaijani customs officers are limiting the number of trucks admitted on their side of the "
           "border to ease congestion at their country's own frontier with Russia.", "restriction", *D("2024-01-28"),
           place="azerbaijan", claimant=MOR,
           note="a limit on admissions = restriction without a count; present tense = publication day; 'on their "
                "side of the border' = Azerbaijan"),
        CC("Iranian and Azerbaijani customs officials agreed last week to extend the terminal's working hours and to "
           "open two additional inspection lanes, he noted.", "diplomatic", "2024-01-15", "2024-01-21", "period",
           claimant=MOR,
           note="'last week' = the Monday-Sunday week before publication; publication is Sunday 28 January, so 15-21 "
                "January (not 22-28); the 'two additional inspection lanes' are part of the agreement, not a count"),
        CC("Passenger traffic remains low because Azerbaijan has kept its land borders closed to arriving travellers "
           "since March 2020, citing the coronavirus pandemic.", "restriction", "2020-03-01", "2024-01-28", "period",
           place="azerbaijan", claimant=SNA,
           note="a border closure without a count; 'since March 2020' = 1 March 2020 to publication "
                "(since-month-year); the outlet's own background"),
        CC("In the ten months, 23,650 passengers crossed the terminal, most of them Iranian citizens returning home "
           "from the Azerbaijani town of Astara and from Lankaran.", "population_movement", *PER1, count=23650,
           q="exact", unit="passengers", via="gn:142676", claimant=MOR,
           note="'the ten months' = the period of the official's figures; 'most of them … returning home' is a "
                "vague part (note, no claim) and gives no direction to the whole"),
        CC("At the smaller Bileh Savar crossing in neighbouring Ardabil province, between 200 and 250 trucks a day "
           "are cleared, the official said.", "crossing", *D("2024-01-28"), count=200, q="at_least", unit="trucks",
           via="gn:140494", claimant=MOR,
           note="rate ('a day'), present tense = publication day; a range = the lower bound, at_least; upper bound "
                "250"),
        CC("Work on a second bridge over the Astarachay river, whose foundation was laid on January 25, 2022, is now "
           "80 percent complete.", "other", *D("2022-01-25"), claimant=SNA,
           note="a dated construction milestone (foundation-laying): other, full date; '80 percent' and 'second' are "
                "not counts; the river has no id, so place null"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Azerbaijani agency (Report/APA style). Wednesday 10 September 2025; NOT given. "Jabrayil. 10 September. Sahil
#    Info." (no year) -> relative and year-less dates are flagged; years written are labelled.
# ----------------------------------------------------------------------------------------------------------
SI = "Sahil Info"
ADY = "Azerbaijan Railways (ADY)"
RZ = "Kamal Rzayev, ADY spokesman"
UNK2 = "no publication date is known (not given; the dateline 'Jabrayil. 10 September.' has no year)"
B3 = ("Since working trains began running on the section in August, 46 trains have carried a total of 38,000 tonnes "
      "of construction materials: 21,500 tonnes of rails and sleepers and 16,500 tonnes of crushed stone.")
B4 = "Currently, about 3,200 workers and 740 units of machinery are engaged on the line."
DOCS.append(dict(
    doc_id="a-az-agency-railway-freight-sep-2025", style="azerbaijani", side="azerbaijani",
    outlet="Sahil Info (fictional Azerbaijani news agency, English service)",
    title="First freight train reaches Araz Valley park on Horadiz–Aghband line - VIDEO",
    published="2025-09-10", published_given=False,
    published_in_text=dict(surface="Jabrayil. 10 September. Sahil Info.", date=None, how="dateline"),
    captions=["A working train at the Mahmudlu station. Photo: Sahil Info",
              "Earthworks near Minjivan in October 2022. Photo: Sahil Info archive"],
    not_places=[("Kamal", "given name of the ADY spokesman (Kamal Rzayev); Kamal is a town in East Java, Indonesia "
                          "(GeoNames 1641792)"),
                ("Sahil", "first word of the outlet's name ('shore'); 'Sahil' is a GeoNames alternate name of "
                          "Sahilköy, Türkiye (858749)")],
    patterns=["P-report-dot-dateline", "P-headline-media-tag", "P-relative-weekday", "P-words-count",
              "P-pronoun-no-count", "P-relative-early-morning", "P-distance-not-count", "P-duration-not-count",
              "P-since-yearless", "P-a-total-of", "P-colon-breakdown", "P-tonnes", "P-currently-stock",
              "P-about-shared", "P-full-dates", "P-percent-not-count", "P-inventory-not-claim", "P-demining-tally",
              "P-recurring-closure", "P-future-deadline", "P-yearless-date", "P-relative-next-year",
              "P-capacity-not-claim", "P-nested-railway", "P-nested-road", "P-district-of-city", "P-org-toponym",
              "P-station-of-town", "P-false-friend-village", "P-caption-credit", "P-caption-old-date",
              "P-given-name-place", "P-outlet-name-place"],
    traps=["the dateline 'Jabrayil. 10 September. Sahil Info.' has no year and the date is not given: 'on Monday', "
           "'early in the morning', 'Since … in August', 'so far'-style perfects, 'Currently', 'next year' -> "
           "relative_unknown; 'by December 31' -> year_unknown; 'February 14, 2021' is written with its year",
           "the headline's first freight train = the body's '24 wagons' train: labelled once, on the body; 'The train "
           "left Horadiz …' names the same train again (no quantity)",
           "'46 trains have carried a total of 38,000 tonnes …: 21,500 tonnes … and 16,500 tonnes …' = two claims "
           "(trains, tonnes); the colon list partitions the tonnes (breakdown)",
           "'about 3,200 workers and 740 units of machinery' = two stocks; 'about' read as covering both",
           "'110.4-kilometre', '38-kilometre', '60-metre-wide' are distances; 'just under two hours', 'up to an "
           "hour' durations; '67 percent' a percentage; 'nine stations … 40 bridges and four tunnels' an inventory; "
           "'up to 15 million tonnes … a year' a capacity: none are claims",
           "'Horadiz–Aghband line/railway' = one mention each (no id) with inside; 'Horadiz–Jabrayil highway' a null "
           "road with inside",
           "'Mahmudlu' (station in Jabrayil district) is NOT GeoNames 824023 Mahmudlu (north-western Azerbaijan); "
           "'Minjivan' = GeoNames 147504 'Mincivan'; Soltanli, Gumlag and Aghband have no id",
           "'Horadiz station' -> the town (facility noun left out); 'the Jabrayil district' / 'the Fuzuli district' "
           "-> the towns; 'Azerbaijan Railways' contains a toponym",
           "'Kamal' (given name) and 'Sahil' (outlet) collide with GeoNames places",
           "the second caption ends in an old date (October 2022)"],
    mentions=[
        MM("Araz Valley", None, "region", note="headline; " + ARV),
        MM("Horadiz–Aghband line", None, "road",
           note="headline; the railway named by its ends (en dash): one mention, no id; a railway is no mention kind "
                "of its own, so 'road' (eval-real-4 nested-railway)",
           inside=[("Horadiz", "gn:148003"), ("Aghband", None)]),
        MM("Jabrayil", "jabrayil", note="dateline"),
        MM("Araz Valley", None, "region", note="'the Araz Valley Economic Zone industrial park'; " + ARV),
        MM("Jabrayil", "jabrayil", note="'the Jabrayil district'; " + DIST),
        MM("Horadiz–Aghband railway", None, "road", note="one mention, no id, with inside",
           inside=[("Horadiz", "gn:148003"), ("Aghband", None)]),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan Railways': toponym in an organisation's name"),
        MM("Horadiz", "gn:148003", note="'Horadiz station' (facility noun left out); " + HOR),
        MM("Fuzuli", "fuzuli", note="'the Fuzuli district'; " + DIST),
        MM("Mahmudlu", None, "settlement", note=MAH),
        MM("Soltanli", None, "settlement", note=SOL),
        MM("Gumlag", None, "settlement", note=GUM),
        MM("Minjivan", "gn:147504", note="Minjivan, Zangilan district (GeoNames 147504 'Mincivan')"),
        MM("Horadiz–Jabrayil highway", None, "road", note="a road named by its ends: one mention, no id",
           inside=[("Horadiz", "gn:148003"), ("Jabrayil", "jabrayil")]),
        MM("Soltanli", None, "settlement", note=SOL),
        MM("Mahmudlu", None, "settlement", note=MAH),
        MM("Gumlag", None, "settlement", note=GUM),
        MM("Aghband", None, "settlement", note=AGB),
        MM("Armenia", "armenia"),
        MM("Zangezur corridor", "zangezur-corridor"),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Kars", "gn:743952", note="Kars, Türkiye (GeoNames 743952)"),
        MM("Türkiye", "turkey"),
        MM("Mahmudlu", None, "settlement", note="caption; 'the Mahmudlu station'; " + MAH),
        MM("Minjivan", "gn:147504", note="caption"),
    ],
    claims=[
        CC("A freight train of 24 wagons carrying cement and steel reinforcement arrived at the Araz Valley Economic "
           "Zone industrial park in the Jabrayil district on Monday, opening freight traffic on the first phase of "
           "the Horadiz–Aghband railway, Azerbaijan Railways told Sahil Info.", "crossing", flag="relative_unknown",
           count=24, q="exact", unit="wagons", claimant=ADY,
           note="a train's movement counted in wagons ('A freight train' names the vehicle, the wagons count it); "
                "'on Monday' with " + UNK2 + "; = the headline's first freight train; the park has no id, so "
                "destination null; origin only in the next sentence"),
        CC("The train left Horadiz station in the Fuzuli district early in the morning and covered the 38-kilometre "
           "section in just under two hours, ADY spokesman Kamal Rzayev said.", "crossing", flag="relative_unknown",
           unit="trains", origin="gn:148003", claimant=RZ,
           note="the same train named again by a definite phrase: labelled with no quantity (eval-real-2 "
                "pronoun-no-count); 'early in the morning' of the unknown Monday; distance and duration not counts"),
        CC(B3, "crossing", flag="relative_unknown", count=46, q="exact", unit="trains", claimant=RZ,
           note="'Since … in August' (no year) runs to the unknown publication day: relative_unknown (since-yearless, "
                "as eval-real-4 reads 'Since the end of September'); present perfect total; the spokesman's account "
                "carries over"),
        CC(B3, "crossing", flag="relative_unknown", count=38000, q="exact", unit="tonnes",
           breakdown=[(21500, "rails and sleepers"), (16500, "crushed stone")], claimant=RZ,
           note="second claim: the cargo of the same trains ('a total of' = exact); the colon list sums to 38,000 = "
                "breakdown by type"),
        CC(B4, "stock", flag="relative_unknown", count=3200, q="about", unit="workers", claimant=SI,
           note="present-tense stock with an explicit 'Currently' and " + UNK2 + " (eval-real-4 currently-stock); "
                "the line has no id, so place null; not attributed, so the outlet"),
        CC(B4, "stock", flag="relative_unknown", count=740, q="about", unit="units of machinery", claimant=SI,
           note="second claim, another unit; 'about' read as covering both coordinated figures"),
        CC("Construction of the 110.4-kilometre railway, whose foundation was laid by President Ilham Aliyev on "
           "February 14, 2021, is 67 percent complete.", "other", *D("2021-02-14"), claimant=SI,
           note="the foundation-laying, written with its year: labelled although no publication date is known "
                "(year-written-vs-not); distance and percentage not counts"),
        CC("Mine clearance along the 60-metre-wide corridor of the route has been completed; since the works began, "
           "deminers have neutralised 11,400 mines and unexploded ordnance there, the spokesman said.", "other",
           flag="relative_unknown", count=11400, q="exact", unit="mines and unexploded ordnance", claimant=RZ,
           note="a demining tally: other, counted; 'since the works began' runs to the unknown publication day; "
                "'60-metre-wide' is a width"),
        CC("Traffic on the Horadiz–Jabrayil highway near Soltanli is stopped for up to an hour each afternoon while "
           "controlled blasting is carried out at the tunnel sites.", "restriction", claimant=SI,
           note="a recurring stop = restriction without a count; 'each afternoon' is a recurrence, not a relative "
                "day, and the sentence has no explicit 'now': undated, no flag (as present-tense stocks with no "
                "relative word); 'up to an hour' is a duration; the road and Soltanli have no id, so place null"),
        CC("The second phase, from Mahmudlu to Gumlag, is to be completed by December 31.", "other",
           flag="year_unknown", claimant=ADY,
           note="a future deadline written 'by December 31' without a year; " + UNK2 + "; the railway's account "
                "carries over"),
        CC("The whole line to Aghband, on the border with Armenia, is due to open next year, after which trains will "
           "run on through the Zangezur corridor to Nakhchivan and, eventually, to Kars in Türkiye.", "other",
           flag="relative_unknown", claimant=ADY,
           note="a planned opening (future events are labelled, eval-real-4 future-deadline); 'next year' with no "
                "known publication date; the onward route is a plan, not a movement"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Azerbaijani news portal, HTML page. Friday 4 July 2025; NOT given. The date is only in
#    <time datetime="2025-07-04T10:40:00+04:00"> (visible text "10:40"): a reader of the page knows it.
# ----------------------------------------------------------------------------------------------------------
QN = "Qala News"
SCR = "the State Committee for Refugees and IDPs"
C2 = ("At this stage, 20 families (84 people) are returning to Kalbajar city, and 14 families (52 people) to the "
      "village of Istisu, where the first residents move in today.")
C4 = "The first group of 21 families (81 people) moved into new homes in Kalbajar city on June 20."
C5 = "Thus, 41 families, or 165 people, have been resettled in the city so far."
C7 = ("Kalbajar district was occupied by Armenian armed forces in April 1993, and about 60,000 residents were forced "
      "to flee.")
D3 = ("2025-07-04",) * 2 + ("day",)
DOCS.append(dict(
    doc_id="a-html-az-portal-kalbajar-return-jul-2025", style="azerbaijani", side="azerbaijani",
    outlet="Qala News (fictional Azerbaijani news portal)",
    title="Second group of former IDPs returns to Kalbajar, first families settle in Istisu - PHOTO",
    published="2025-07-04", published_given=False,
    html_file="a-html-az-portal-kalbajar-return-jul-2025.html",
    published_in_text=dict(surface="2025-07-04T10:40:00+04:00", date="2025-07-04", how="html time"),
    captions=["Returnees unload their belongings in Kalbajar city. Photo: Qala News",
              "The ruined Istisu sanatorium in August 2021. Photo: Qala News archive"],
    not_places=[("Elmira", "given name of a returnee (Elmira Mammadova); Elmira is a city in New York, USA (GeoNames "
                           "5116497)"),
                ("Qala", "first word of the outlet's name ('fortress'); Qala is a village near Baku (GeoNames 586289) "
                         "and a town in Malta (2562655)")],
    patterns=["P-html-time", "P-clock-only-visible", "P-headline-media-tag", "P-great-return", "P-resettlement",
              "P-relative-today", "P-district-of-city", "P-bracket-people", "P-two-destinations", "P-dash-breakdown",
              "P-convoy", "P-buses", "P-nested-road", "P-yearless-date", "P-or-people", "P-present-perfect-so-far",
              "P-running-tally", "P-age-not-count", "P-twin-spa", "P-month-year", "P-framing", "P-full-dates",
              "P-duration-not-count", "P-permit-restriction", "P-currently-stock", "P-over-count",
              "P-economic-region", "P-caption-credit", "P-caption-old-date", "P-given-name-place",
              "P-outlet-name-place"],
    traps=["the publication date is only in <time datetime> (visible '10:40'); it is not passed, but a reader of the "
           "page knows it (Friday 4 July 2025): 'this morning', 'today', 'on June 20', 'so far', 'still', "
           "'Currently' all resolve; labels are on the companion .txt",
           "the lead's 'Another convoy … left … this morning' is restated by the counted sentences and not labelled "
           "again",
           "'20 families (84 people) … Kalbajar city, and 14 families (52 people) … Istisu' = four claims (two "
           "units, two destinations), never a breakdown",
           "'The convoy of 11 vehicles – eight buses and three trucks …' = one claim with a breakdown",
           "'41 families, or 165 people, … so far' = running totals dated to the page's day",
           "'twelve' and '44' are ages; 'three decades', '44-day' durations; 'two-storey' not a count",
           "'about 60,000 residents were forced to flee' in 'April 1993' (month with year) and the occupation = two "
           "claims; 'returned … on November 25, 2020' = other",
           "'still requires a special permit' = restriction in force at publication, no count",
           "'Istisu' = GeoNames 147969 (Kalbajar), although GeoNames gives 'Istisu' as an alternate name of Jermuk "
           "(174884), which the text names in the same sentence",
           "'Toghanali–Kalbajar–Istisu highway' = one road mention with three places inside",
           "'Elmira' (given name) and 'Qala' (outlet) collide with GeoNames places",
           "the second caption ends in an old date (August 2021)"],
    mentions=[
        MM("Kalbajar", "kalbajar", note="headline"), MM("Istisu", "gn:147969", note="headline; " + IST),
        MM("Garadagh", None, "region",
           note="'the Garadagh district of Baku' (Qaradağ raion): not in the gazetteer nor in cities500"),
        MM("Baku", "baku"), MM("Kalbajar", "kalbajar"),
        MM("Kalbajar", "kalbajar", note="'Kalbajar city' (common noun left out)"),
        MM("Istisu", "gn:147969", note="'the village of Istisu'; " + IST),
        MM("Toghanali–Kalbajar–Istisu highway", None, "road",
           note="a road named by its ends and a stop (en dashes): one mention, no id",
           inside=[("Toghanali", None), ("Kalbajar", "kalbajar"), ("Istisu", "gn:147969")]),
        MM("Kalbajar", "kalbajar", note="'Kalbajar city'"),
        MM("Istisu", "gn:147969", note=IST),
        MM("Armenia", "armenia"),
        MM("Jermuk", "gn:174884", note="Jermuk, Vayots Dzor, Armenia (GeoNames 174884)"),
        MM("Kalbajar", "kalbajar", note="'Kalbajar district'; " + DIST),
        MM("Azerbaijan", "azerbaijan"),
        MM("Karabakh", "karabakh",
           note="'Karabakh and East Zangezur' (Azerbaijan's economic regions): labelled as 'Karabakh'"),
        MM("East Zangezur", None, "region",
           note="Azerbaijan's East Zangezur economic region: not in the gazetteer; not Syunik, not the Zangezur "
                "corridor and not Kapan"),
        MM("Kalbajar", "kalbajar", note="caption; 'Kalbajar city'"),
        MM("Istisu", "gn:147969", note="caption; " + IST),
    ],
    claims=[
        CC(C2, "population_movement", *D3, count=20, q="exact", unit="families", origin="baku",
           destination="kalbajar", claimant=SCR,
           note="present progressive 'are returning' on the page's day (the convoy left 'this morning'); origin = "
                "Baku, where the convoy set off (the lead); the committee's attribution in the lead carries over"),
        CC(C2, "population_movement", *D3, count=84, q="exact", unit="people", origin="baku",
           destination="kalbajar", claimant=SCR, note="second claim: the bracket in people, another unit"),
        CC(C2, "population_movement", *D3, count=14, q="exact", unit="families", origin="baku",
           destination="gn:147969", claimant=SCR,
           note="third claim: the group for Istisu (another destination: its own claim, not a breakdown); 'move in "
                "today' = the page's day"),
        CC(C2, "population_movement", *D3, count=52, q="exact", unit="people", origin="baku",
           destination="gn:147969", claimant=SCR, note="fourth claim: the Istisu bracket in people"),
        CC("The convoy of 11 vehicles – eight buses and three trucks loaded with household belongings – travelled "
           "along the new Toghanali–Kalbajar–Istisu highway.", "population_movement", *D3, count=11, q="exact",
           unit="vehicles", breakdown=[(8, "buses"), (3, "trucks")], claimant=SCR,
           note="the resettlement convoy (buses carrying people = population_movement); the dash list sums to 11 = "
                "breakdown by type; the same day; the road has no id, so via null"),
        CC(C4, "population_movement", *D("2025-06-20"), count=21, q="exact", unit="families",
           destination="kalbajar", claimant=SCR,
           note="'on June 20' without a year = 2025 (from the page's date)"),
        CC(C4, "population_movement", *D("2025-06-20"), count=81, q="exact", unit="people", destination="kalbajar",
           claimant=SCR, note="second claim: the bracket in people"),
        CC(C5, "population_movement", *D3, count=41, q="exact", unit="families", destination="kalbajar",
           claimant=SCR,
           note="running total 'so far' (present perfect): dated to the page's day, its start not stated (as "
                "eval-real dates cumulative totals 'as of' a day)"),
        CC(C5, "population_movement", *D3, count=165, q="exact", unit="people", destination="kalbajar",
           claimant=SCR, note="second claim: the same total in people ('or 165 people'), not a breakdown"),
        CC(C7, "other", *month(1993, 4), "month", place="kalbajar", claimant=QN,
           note="the occupation, a month with its year: a dated event on the topic, labelled as the text frames it"),
        CC(C7, "population_movement", *month(1993, 4), "month", count=60000, q="about", unit="people",
           origin="kalbajar", claimant=QN,
           note="second claim: the residents' flight in the same month; 'about' = about"),
        CC("It was returned to Azerbaijan on November 25, 2020, under the trilateral statement that ended the 44-day "
           "war.", "other", *D("2020-11-25"), place="kalbajar", claimant=QN,
           note="the hand-over of the district, full date; '44-day' is a duration"),
        CC("Entry to the district for visitors still requires a special permit issued by the Interior Ministry.",
           "restriction", *D3, place="kalbajar", claimant=QN,
           note="a permit regime = restriction without a count; 'still' = in force on the page's day"),
        CC("Currently, more than 50,000 people live in Karabakh and East Zangezur, including returnees, construction "
           "workers and civil servants, according to the committee.", "stock", *D3, count=50000, q="at_least",
           unit="people", claimant=SCR,
           note="'Currently' with a known date = the page's day; 'more than' = at_least; the listed groups are "
                "parts, not a breakdown; two regions, so place null"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Azerbaijani portal live blog. Sunday 18 December 2022; NOT given. Byline "Ramin Hasanli | 18.12.2022, 09:05
#    (updated 18:40)" states the date: every date resolves.
# ----------------------------------------------------------------------------------------------------------
K24 = "Karvan 24"
ORG = "the protest organisers"
W7 = ("2022-12-12", "2022-12-18", "period")
DOCS.append(dict(
    doc_id="a-az-liveblog-lachin-protest-dec-2022", style="liveblog", side="azerbaijani",
    outlet="Karvan 24 (fictional Azerbaijani news portal, live page)",
    title="LIVE: Lachin road protest enters seventh day as peacekeepers' supply trucks pass",
    published="2022-12-18", published_given=False,
    published_in_text=dict(surface="Ramin Hasanli | 18.12.2022", date="2022-12-18", how="byline"),
    captions=["Protesters on the Lachin-Khankandi road near Shusha. Photo: Karvan 24",
              "The road below Shusha in the summer of 2021. Photo: Karvan 24 archive"],
    not_places=[("Ramin", "given name of the reporter (Ramin Hasanli); Rāmīn is a village in Iran (GeoNames 1113341) "
                          "and in Palestine (282237)")],
    patterns=["P-byline-date", "P-live-separator", "P-headline-nth-day", "P-protest-as-asserted", "P-nth-day",
              "P-deposit-names", "P-several-hundred", "P-overnight", "P-buses", "P-vehicle-pair-no-total",
              "P-words-count", "P-direction-pair", "P-correspondent-reports", "P-denial-line", "P-since-weekday",
              "P-stock-posts", "P-framing", "P-days-list", "P-since-date", "P-running-tally", "P-acronym-agency",
              "P-az-spellings", "P-nested-road", "P-caption-credit", "P-caption-old-date", "P-given-name-place"],
    traps=["the byline 'Ramin Hasanli | 18.12.2022, 09:05 (updated 18:40)' gives the date (Sunday 18 December 2022), "
           "which is not passed: 'for the seventh day' = 12-18 December, 'since Tuesday' = 13 December, 'on Monday' "
           "= 12 December, 'on December 3 and 7' = 2022",
           "the protest is labelled as the text asserts it (other, as eval-holdout and eval-real-2 do); the headline "
           "restates the seventh day and the 13:10 trucks and is not labelled again",
           "'Several hundred volunteers … arrived by bus overnight' = vague (as 'several thousand'), 17-18 December",
           "'Two vehicles of the … Red Cross and one ambulance' gives no total: two claims (3 would be derived)",
           "'Ten supply trucks … from Khankandi in the direction of Lachin' = origin and destination (the town)",
           "'rejected reports … that the protest is blocking the road' = a denial line, not a claim; 'the Armenian "
           "side … has not let civilian cars … approach … since Tuesday' = restriction as the organisers assert it",
           "'About 2,000 Russian peacekeepers are deployed in Karabakh' = present-tense stock, the byline's day",
           "'57 supply vehicles … and 14 ICRC vehicles' = two claims, no total",
           "'Lachin-Khankandi road' (hyphen) = lachin-corridor with inside; bare 'the road' is not a mention; "
           "'Lachin road' (headline) = lachin-corridor; 'Demirli' is the deposit, not the Turkish village 7012677",
           "'Ramin' is a given name; 'ICRC' an acronym",
           "the second caption ends in an old date (the summer of 2021)"],
    mentions=[
        MM("Lachin road", "lachin-corridor", note="headline; 'Lachin road' = the corridor (eval-holdout)"),
        MM("Lachin-Khankandi road", "lachin-corridor", note=LKR,
           inside=[("Lachin", "lachin"), ("Khankandi", "khankendi")]),
        MM("Shusha", "shusha"),
        MM("Gizilbulag", None, "other",
           note="the Gizilbulag (Drmbon) gold deposit: not in the gazetteer nor in cities500 (eval-real-2 "
                "deposit-names)"),
        MM("Demirli", None, "other",
           note="the Demirli (Kashen) copper-molybdenum deposit: no id; not the Turkish village Demirli (GeoNames "
                "7012677)"),
        MM("Baku", "baku"), MM("Ganja", "gn:586523", note="Ganja, Azerbaijan (GeoNames 586523)"),
        MM("Sumgayit", "gn:584923", note="Sumgayit, Azerbaijan (GeoNames 584923)"),
        MM("Barda", "gn:587057", note="Barda, Azerbaijan (GeoNames 587057; not Barda in Perm krai 579132)"),
        MM("Khankandi", "khankendi", note=KHK),
        MM("Khankandi", "khankendi", note=KHK),
        MM("Lachin", "lachin", note="'in the direction of Lachin': the town (a direction), not the corridor"),
        MM("Khankandi", "khankendi", note=KHK),
        MM("Karabakh", "karabakh"),
        MM("Baku", "baku", note="'a statement issued in Baku'"),
        MM("Lachin-Khankandi road", "lachin-corridor", note="caption; " + LKR,
           inside=[("Lachin", "lachin"), ("Khankandi", "khankendi")]),
        MM("Shusha", "shusha", note="caption"), MM("Shusha", "shusha", note="caption"),
    ],
    claims=[
        CC("09:05 – The peaceful protest of Azerbaijani eco-activists and NGO representatives on the Lachin-Khankandi "
           "road near Shusha is continuing for the seventh day.", "other", *W7, place="lachin-corridor",
           claimant=K24,
           note="the protest labelled as the text asserts it (other; the Armenian texts call the same event a "
                "blockade = restriction); 'for the seventh day' on 18 December = 12-18 December (day 1 = 12 "
                "December, which the 18:40 entry's 'on Monday' also gives); the live separator opens the sentence"),
        CC("09:40 – Several hundred volunteers from Baku, Ganja, Sumgayit and Barda arrived by bus overnight to join "
           "the picket, the organisers said.", "population_movement", "2022-12-17", "2022-12-18", "period",
           flag="vague_count", q="unspecified", unit="people", claimant=ORG,
           note="'Several hundred' = vague (eval-real-2 several-thousand); people arriving by bus = "
                "population_movement; 'overnight' before the 09:40 entry of 18 December = the night of 17-18 "
                "December; four origins, so origin null; the picket's place is not restated, so destination null"),
        CC("11:35 – Two vehicles of the International Committee of the Red Cross and one ambulance passed through "
           "the protest area towards Khankandi.", "crossing", *D("2022-12-18"), count=2, q="exact", unit="vehicles",
           destination="khankendi", claimant=K24,
           note="'Two vehicles … and one ambulance' gives no total: two claims (eval-real: 'two ICRC cars and one "
                "truck'); convoy passing = crossing; 'Two' in words"),
        CC("11:35 – Two vehicles of the International Committee of the Red Cross and one ambulance passed through "
           "the protest area towards Khankandi.", "crossing", *D("2022-12-18"), count=1, q="exact", unit="ambulances",
           destination="khankendi", claimant=K24, note="second claim: the ambulance"),
        CC("13:10 – Ten supply trucks of the Russian peacekeeping contingent drove from Khankandi in the direction "
           "of Lachin without hindrance, our correspondent reports.", "crossing", *D("2022-12-18"), count=10,
           q="exact", unit="trucks", origin="khankendi", destination="lachin", claimant="Karvan 24 correspondent",
           note="'Ten' in words; = the headline's 'peacekeepers' supply trucks pass' (labelled once, here); the "
                "live entry's day"),
        CC("According to them, the Armenian side itself has not let civilian cars from Khankandi approach the "
           "protest area since Tuesday.", "restriction", "2022-12-13", "2022-12-18", "period", claimant=ORG,
           note="a restriction as the organisers assert it, no count; 'since Tuesday' in a Sunday 18 December text = "
                "13 December to publication; the previous sentence ('rejected reports … that the protest is blocking "
                "the road') is a denial line, not a claim; the protest area has no id, so place null"),
        CC("16:15 – About 2,000 Russian peacekeepers are deployed in Karabakh under the trilateral statement that "
           "ended the 2020 war, which makes them responsible for the safety of traffic on the road.", "stock",
           *D("2022-12-18"), count=2000, q="about", unit="peacekeepers", place="karabakh", claimant=K24,
           note="present-tense stock = the byline's day (eval-real: a present-tense stock is dated to publication "
                "when it is known); 'the 2020 war' is a year in an event's name, not the claim's date"),
        CC("17:30 – Talks with the peacekeeping command on December 3 and 7 failed to give Azerbaijani experts access "
           "to the deposits, the Ministry of Ecology and Natural Resources recalled in a statement issued in Baku.",
           "diplomatic", "2022-12-03", "2022-12-07", "days", dates=["2022-12-03", "2022-12-07"],
           claimant="Azerbaijan's Ministry of Ecology and Natural Resources",
           note="two listed days ('December 3 and 7', 2022 from the byline) = precision days"),
        CC("18:40 – Since the protest began on Monday, 57 supply vehicles of the peacekeepers and 14 ICRC vehicles "
           "have passed through the area unhindered, the organisers told Karvan 24.", "crossing", *W7, count=57,
           q="exact", unit="supply vehicles", claimant=ORG,
           note="running tally 'Since … on Monday' = 12-18 December 2022; two vehicle groups with no total: two "
                "claims"),
        CC("18:40 – Since the protest began on Monday, 57 supply vehicles of the peacekeepers and 14 ICRC vehicles "
           "have passed through the area unhindered, the organisers told Karvan 24.", "crossing", *W7, count=14,
           q="exact", unit="ICRC vehicles", claimant=ORG, note="second claim: the ICRC vehicles"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Azerbaijani news site relaying ANAMA's weekly report, HTML page. Monday 21 October 2024; given. The date is
#    only in <meta property="article:published_time"> and JSON-LD datePublished.
# ----------------------------------------------------------------------------------------------------------
AN = "the Azerbaijan National Agency for Mine Action (ANAMA)"
AL = "Saida Aliyeva, ANAMA spokeswoman"
CL = "Caspian Line"
E6 = ("Since the end of the war on November 10, 2020, mines have killed 69 people and injured 279 in the liberated "
      "territories, most of them civilians, according to ANAMA.")
E7 = ("Currently, about 3,300 deminers and 190 mine-detection dogs are working in the area, ANAMA spokeswoman Saida "
      "Aliyeva said.")
D5 = ("2024-10-21",) * 2 + ("day",)
DOCS.append(dict(
    doc_id="a-html-az-site-anama-weekly-oct-2024", style="ministry", side="azerbaijani",
    outlet="Caspian Line (fictional Azerbaijani news site) relaying ANAMA's weekly report",
    title="ANAMA: 879 explosive items neutralised in liberated territories in a week",
    published="2024-10-21", published_given=True,
    html_file="a-html-az-site-anama-weekly-oct-2024.html",
    published_in_text=dict(surface="2024-10-21T09:15:00+04:00", date="2024-10-21", how="html meta"),
    captions=["Deminers at work near Fuzuli in March 2021. Photo: ANAMA"],
    not_places=[("Saida", "given name of the spokeswoman (Saida Aliyeva); Saïda is a city in Algeria (GeoNames "
                          "2482572)")],
    patterns=["P-html-meta", "P-headline-attribution-colon", "P-headline-figure", "P-weekly-report",
              "P-from-to-days-yearless", "P-a-total-of", "P-dash-breakdown", "P-area-not-count", "P-district-list",
              "P-previous-week-range", "P-mine-incident", "P-toll-event", "P-evacuation", "P-since-date",
              "P-killed-injured-pair", "P-most-of-them", "P-currently-stock", "P-about-shared",
              "P-closure-no-count", "P-relative-weekday", "P-convoy", "P-buses", "P-az-spellings",
              "P-district-of-city", "P-org-toponym", "P-caption-credit", "P-caption-old-date", "P-given-name-place"],
    traps=["the publication date is only in the page head (article:published_time, JSON-LD); it is given (Monday 21 "
           "October 2024): 'From October 14 to 20', 'October 7-13', 'On October 17', 'On Saturday' (= 19 October) "
           "resolve",
           "the headline's '879 explosive items' = the body's total: labelled once, on the body; 'a total of 879 … – "
           "58 …, 117 … and 704 …' = one claim with a breakdown; '1,240.6 hectares' is an area",
           "the thirteen district names are districts named after their towns (labelled with the towns); "
           "'Aghdara' = gazetteer 'martakert'; 'Khojavand' (spelling) = GeoNames 146969 Khojavend; 'Khankandi' = "
           "'khankendi'",
           "the mine incident ('a tractor driver was seriously injured') = other with its toll (1); 'He was taken "
           "to hospital in Barda' = an evacuation (population_movement, 1)",
           "'mines have killed 69 people and injured 279' = two claims (killed, injured) since 10 November 2020",
           "'about 3,300 deminers and 190 mine-detection dogs' = two stocks ('about' read as covering both)",
           "'remains closed to civilians' = restriction without a count, at publication",
           "'four private companies' is not a claim",
           "'Saida' is a given name, not the Algerian city; 'ANAMA' is an acronym (no GeoNames collision)",
           "the caption ends in an old date (March 2021)"],
    mentions=[
        MM("Azerbaijan", "azerbaijan", note="'the Azerbaijan National Agency for Mine Action': toponym in an "
                                            "organisation's name"),
        MM("Tartar", "gn:584871", note="'the Tartar … districts'; Tartar, Azerbaijan (GeoNames 584871); " + DIST),
        MM("Aghdara", "martakert", note="Aghdara = Martakert (gazetteer alias); " + DIST),
        MM("Kalbajar", "kalbajar", note=DIST), MM("Aghdam", "aghdam", note=DIST),
        MM("Khojaly", "khojaly", note=DIST), MM("Khankandi", "khankendi", note=KHK),
        MM("Shusha", "shusha", note=DIST),
        MM("Khojavand", "gn:146969",
           note="'Khojavand' (ANAMA's spelling) = Khojavend / Martuni (GeoNames 146969, as eval-real labels "
                "Martuni); " + DIST),
        MM("Lachin", "lachin", note=DIST), MM("Fuzuli", "fuzuli", note=DIST),
        MM("Jabrayil", "jabrayil", note=DIST), MM("Gubadli", "gubadli", note=DIST),
        MM("Zangilan", "zangilan", note="'… and Zangilan districts' (shared noun left out); " + DIST),
        MM("Sarijali", None, "settlement",
           note="Sarijali (Sarıcalı), Aghdam district: not in the gazetteer nor in cities500"),
        MM("Aghdam", "aghdam", note="'the Aghdam district'; " + DIST),
        MM("Barda", "gn:587057", note="Barda, Azerbaijan (GeoNames 587057; not Barda in Perm krai 579132)"),
        MM("Jabrayil", "jabrayil", note="'near Jabrayil'"), MM("Zangilan", "zangilan"),
        MM("Aghdam", "aghdam", note="'Aghdam city' (common noun left out)"),
        MM("Fuzuli", "fuzuli", note="caption"),
    ],
    claims=[
        CC("From October 14 to 20, a total of 879 explosive items – 58 anti-tank mines, 117 anti-personnel mines and "
           "704 unexploded ordnance – were detected and neutralised, and 1,240.6 hectares of land were cleared, the "
           "agency said.", "other", "2024-10-14", "2024-10-20", "period", count=879, q="exact",
           unit="explosive items", breakdown=[(58, "anti-tank mines"), (117, "anti-personnel mines"),
                                              (704, "unexploded ordnance")], claimant=AN,
           note="a demining tally: other, counted; 'From October 14 to 20' (2024) = period; the dash list sums to "
                "879 = breakdown by type; = the headline's figure; the hectares are an area; thirteen districts, so "
                "place null"),
        CC("In the previous week, October 7-13, 792 items were found.", "other", "2024-10-07", "2024-10-13",
           "period", count=792, q="exact", unit="explosive items", claimant=AN,
           note="the previous week's tally, its days written; the agency's report carries over"),
        CC("On October 17, a tractor driver was seriously injured when his vehicle struck an anti-tank mine near the "
           "village of Sarijali in the Aghdam district.", "other", *D("2024-10-17"), count=1, q="exact",
           unit="people injured", claimant=AN,
           note="a mine incident with its toll (one described person = 1), as eval-real-4 labels a drone strike with "
                "its toll; Sarijali has no id, so place null"),
        CC("He was taken to hospital in Barda.", "population_movement", *D("2024-10-17"), count=1, q="exact",
           unit="people", destination="gn:587057", claimant=AN,
           note="a casualty taken to hospital = an evacuation (population_movement); one described person = 1; the "
                "day of the incident carries over"),
        CC(E6, "other", "2020-11-10", "2024-10-21", "period", count=69, q="exact", unit="people killed",
           claimant=AN,
           note="toll since a written date, to publication; 'most of them civilians' is a vague part (note)"),
        CC(E6, "other", "2020-11-10", "2024-10-21", "period", count=279, q="exact", unit="people injured",
           claimant=AN, note="second claim: the injured, another unit (killed and injured are not parts of a total)"),
        CC(E7, "stock", *D5, count=3300, q="about", unit="deminers", claimant=AL,
           note="present-tense stock, 'Currently' = publication day; 'the area' is not named, so place null"),
        CC(E7, "stock", *D5, count=190, q="about", unit="mine-detection dogs", claimant=AL,
           note="second claim, another unit; 'about' read as covering both coordinated figures"),
        CC("Access to cleared plots near Jabrayil and Zangilan remains closed to civilians until the land is "
           "certified and handed over to the local authorities, she added.", "restriction", *D5, claimant=AL,
           note="closed to civilians = restriction without a count; 'remains' = in force at publication; two "
                "places, so place null"),
        CC("On Saturday, the agency's teams escorted a convoy of 15 buses carrying former residents on a visit to "
           "Aghdam city, Aliyeva said.", "population_movement", *D("2024-10-19"), count=15, q="exact", unit="buses",
           destination="aghdam", claimant=AL,
           note="buses carrying people = population_movement; 'On Saturday' before Monday 21 October 2024 = 19 "
                "October"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Russian agency (TASS style). Monday 25 March 2024; given. "BAKU, March 25. /Yug-Press/." (no year, but the date
#    is passed): every date resolves.
# ----------------------------------------------------------------------------------------------------------
YP = "Yug-Press"
SBS = "Azerbaijan's State Border Service (SBS)"
F1 = ("BAKU, March 25. /Yug-Press/. Azerbaijani border guards detained three people and seized 48 kilograms of "
      "narcotics they had tried to bring across the Araz river from Iran late on Saturday, the State Border Service "
      "(SBS) said on Monday.")
F3 = ("The area was sealed off for several hours, and three of the violators were detained, while the fourth fled "
      "back to Iranian territory.")
F5 = ("In February, the SBS detained 31 people for attempting to cross the state border illegally, including nine "
      "Azerbaijani and five Iranian citizens, and stopped 604 people who are banned from travelling abroad from "
      "leaving the country.")
F7 = "Passenger traffic across the Astara and Bilasuvar checkpoints remains suspended, while freight trucks continue to cross."
DOCS.append(dict(
    doc_id="a-ru-agency-border-detentions-mar-2024", style="russian", side="russian",
    outlet="Yug-Press (fictional Russian news agency, TASS-style English service)",
    title="Azerbaijani border guards detain three over drug smuggling attempt from Iran",
    published="2024-03-25", published_given=True,
    published_in_text=dict(surface="BAKU, March 25. /Yug-Press/", date=None, how="dateline"),
    captions=["Border guards on the Araz river near Horadiz in 2022. Photo: SBS press service"],
    not_places=[("Yug", "first part of the agency's name 'Yug-Press' ('South'); Yug is a village in Perm krai, Russia "
                        "(GeoNames 466724)"),
                ("Hassan", "given name of a detainee (Hassan R.); Hassan is a city in Karnataka, India (GeoNames "
                           "1270239)"),
                ("Bykov", "surname of the correspondent (Pavel Bykov); Bykov is a town on Sakhalin, Russia (GeoNames "
                          "2126359)")],
    patterns=["P-tass-dateline", "P-headline-figure", "P-detention", "P-words-count", "P-seizure-kilograms",
              "P-relative-weekday", "P-late-on-day", "P-clock-not-count", "P-crossed-into", "P-closure-no-count",
              "P-duration-not-count", "P-restated-detention", "P-fled-back", "P-ordinal-person",
              "P-birth-year-not-date", "P-part-not-breakdown", "P-month-alone", "P-including-list-part",
              "P-exit-ban-count", "P-since-start-of-year", "P-over-count", "P-autumn-of-year",
              "P-distance-not-count", "P-remain-suspended", "P-vague-plural", "P-org-toponym", "P-district-of-city",
              "P-correspondent-reports", "P-caption-credit", "P-caption-old-date", "P-surname-place",
              "P-given-name-place", "P-agency-name-place"],
    traps=["TASS-style dateline 'BAKU, March 25. /Yug-Press/.' has no year, but the date is given (Monday 25 March "
           "2024): 'late on Saturday' = 23 March, 'on Sunday' = 24 March, 'on March 4' and 'In February' = 2024, "
           "'Since the start of the year' = 1 January - 25 March 2024",
           "the headline's 'detain three' = the body's detention: labelled once, on the body; 'three of the "
           "violators were detained' restates it and is not labelled again",
           "'seized 48 kilograms of narcotics' = a seizure (other, as eval-real-2/-3 label customs cases), counted "
           "in kilograms",
           "'four people moving from the Iranian side' = an entry of 4 people; 'the fourth fled back to Iranian "
           "territory' = an exit of 1 ('the fourth' is an ordinal naming one person)",
           "'The area was sealed off for several hours' = restriction without a count",
           "'born 1991' / 'born 1987' are birth years, not dates; 'Two of the detainees are Iranian citizens' is a "
           "part (note)",
           "'detained 31 people …, including nine Azerbaijani and five Iranian citizens' = one claim, the parts do "
           "not partition it; 'stopped 604 people … from leaving' = restriction with a count",
           "'more than 300 kilograms' = at_least; '132-kilometre' is a distance; 'in the autumn of 2020' = 1 "
           "September - 30 November 2020",
           "'Passenger traffic … remains suspended' = restriction at publication; 'freight trucks continue to cross' "
           "= a bare plural (vague crossing)",
           "'the Horadiz border detachment' and 'the Goytapa detachment' contain toponyms (Goytapa = GeoNames "
           "146862 'Geytepe'); 'Astara and Bilasuvar checkpoints' are Azerbaijan's (148445, 148340)",
           "'Yug' (agency), 'Hassan' (given name) and 'Bykov' (surname) collide with GeoNames places",
           "the caption ends in an old date (2022)"],
    mentions=[
        MM("Iran", "iran", note="headline"),
        MM("BAKU", "baku", note="dateline in capitals"),
        MM("Araz", None, "river", note=ARAZ),
        MM("Iran", "iran"),
        MM("Horadiz", "gn:148003", note="'the Horadiz border detachment': toponym in a unit's name; " + HOR),
        MM("Bala Bahmanli", None, "settlement",
           note="Bala Bahmanli, Fuzuli district: not in the gazetteer nor in cities500"),
        MM("Fuzuli", "fuzuli", note="'the Fuzuli district'; " + DIST),
        MM("Beylagan", "gn:148354", note="Beylagan, Azerbaijan (GeoNames 148354)"),
        MM("Goytapa", "gn:146862",
           note="'the Goytapa detachment': toponym in a unit's name; Goytapa = GeoNames 146862 'Geytepe' (alternate "
                "'Goytapa'), Jalilabad district"),
        MM("Deman", None, "settlement", note="Deman, Yardimli district: not in the gazetteer nor in cities500"),
        MM("Yardimli", "gn:146961", note="'the Yardimli district'; Yardımlı (GeoNames 146961); " + DIST),
        MM("Iran", "iran"),
        MM("Baku", "baku"),
        MM("Azerbaijan", "azerbaijan"), MM("Iran", "iran"),
        MM("Fuzuli", "fuzuli", note="'the Fuzuli, Jabrayil and Zangilan districts'; " + DIST),
        MM("Jabrayil", "jabrayil", note=DIST),
        MM("Zangilan", "zangilan", note="shared noun left out; " + DIST),
        MM("Horadiz", "gn:148003", note="'The Horadiz detachment'; " + HOR),
        MM("Astara", "gn:148445", note="'the Astara and Bilasuvar checkpoints' (Azerbaijan's); " + AST_AZ),
        MM("Bilasuvar", "gn:148340",
           note="Bilasuvar, Azerbaijan = GeoNames 148340 (primary name 'Pushkino'); not Bīleh Savār in Iran (140494)"),
        MM("Araz", None, "river", note="caption; " + ARAZ),
        MM("Horadiz", "gn:148003", note="caption; " + HOR),
    ],
    claims=[
        CC(F1, "detention", *D("2024-03-23"), count=3, q="exact", unit="people", claimant=SBS,
           note="'three' in words; 'late on Saturday' before Monday 25 March 2024 = 23 March; = the headline's "
                "'detain three'; the dateline opens the sentence"),
        CC(F1, "other", *D("2024-03-23"), count=48, q="exact", unit="kilograms of narcotics", origin="iran",
           claimant=SBS,
           note="second claim: the seizure (other, as eval-real-2/-3 label customs seizures), counted in kilograms "
                "as aid is counted in tonnes"),
        CC("According to the service, at about 23:40 a patrol of the Horadiz border detachment spotted four people "
           "moving from the Iranian side towards the village of Bala Bahmanli in the Fuzuli district.", "entry",
           *D("2024-03-23"), count=4, q="exact", unit="people", origin="iran", destination="fuzuli", claimant=SBS,
           note="an illegal crossing into Azerbaijan with its direction stated = entry; 'about 23:40' is a clock "
                "time; Bala Bahmanli has no id, so the destination is the district's town Fuzuli"),
        CC(F3, "restriction", *D("2024-03-23"), claimant=SBS,
           note="an area sealed off = restriction without a count; 'for several hours' is a duration; the detention "
                "restated here ('three of the violators were detained') is not labelled again"),
        CC(F3, "exit", *D("2024-03-23"), count=1, q="exact", unit="people", origin="azerbaijan", destination="iran",
           claimant=SBS,
           note="second claim: one person ('the fourth', an ordinal naming one of the four) crossed back into Iran "
                "= exit"),
        CC("The Iranian side was informed of the incident on Sunday.", "diplomatic", *D("2024-03-24"), claimant=SBS,
           note="a notification to the neighbouring state = diplomatic; 'on Sunday' = 24 March 2024"),
        CC("In a separate incident on March 4, border guards of the Goytapa detachment wounded and detained a man who "
           "ignored warning shots near the village of Deman in the Yardimli district.", "detention",
           *D("2024-03-04"), count=1, q="exact", unit="people", claimant=SBS,
           note="one described person = 1; 'on March 4' = 2024; the wounding is part of the detention"),
        CC(F5, "detention", *month(2024, 2), "month", count=31, q="exact", unit="people", claimant=SBS,
           note="'In February' = February 2024; 'including nine Azerbaijani and five Iranian citizens' are parts "
                "that do not partition the total (note)"),
        CC(F5, "restriction", *month(2024, 2), "month", count=604, q="exact", unit="people", claimant=SBS,
           note="second claim: people stopped from leaving = restriction with a count (an exit ban enforced), not a "
                "movement"),
        CC("Since the start of the year, border guards have seized more than 300 kilograms of drugs on the border "
           "with Iran, Yug-Press correspondent Pavel Bykov reported from Baku.", "other", "2024-01-01", "2024-03-25",
           "period", count=300, q="at_least", unit="kilograms of drugs",
           claimant="Pavel Bykov, Yug-Press correspondent",
           note="'Since the start of the year' = 1 January 2024 to publication; 'more than' = at_least"),
        CC("Azerbaijan restored control over a 132-kilometre section of its border with Iran, along the Fuzuli, "
           "Jabrayil and Zangilan districts, in the autumn of 2020.", "other", "2020-09-01", "2020-11-30", "period",
           claimant=YP,
           note="a dated event on the topic; 'the autumn of 2020' = 1 September - 30 November 2020 (eval-real); "
                "'132-kilometre' is a distance"),
        CC(F7, "restriction", *D("2024-03-25"), claimant=YP,
           note="a service suspended, no count; 'remains' = in force at publication; two checkpoints, so place null"),
        CC(F7, "crossing", *D("2024-03-25"), flag="vague_count", q="unspecified", unit="trucks", claimant=YP,
           note="second claim: a bare plural ('freight trucks') = vague; present tense = publication day; no "
                "direction"),
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
               "YEREVAN", "Hayastan", "United States", "Khankandi", "Fuzuli", "Garadagh", "Sumgayit", "Zangilan",
               "Jabrayil", "Horadiz", "Aghband", "Astara", "Bilasuvar", "Bileh Savar", "Aras", "Türkiye", "Lankaran",
               "Kars", "Gizilbulag", "Demirli",
               # names added for this part (places, spellings, and the not_places of its texts)
               "RASHT", "Rasht", "Gilan", "Ardabil", "Astarachay", "Araz", "Araz Valley", "Mahmudlu", "Soltanli",
               "Gumlag", "Minjivan", "Kalbajar", "Istisu", "Toghanali", "East Zangezur", "Ganja", "Tartar",
               "Aghdara", "Khojaly", "Khojavand", "Sarijali", "Bala Bahmanli", "Beylagan", "Goytapa", "Deman",
               "Yardimli", "Bahram", "Kamal", "Sahil", "Elmira", "Qala", "Ramin", "Saida", "Yug", "Hassan", "Bykov"]


if __name__ == "__main__":  # this part alone; tests/data/eval-real-5/build_labels.py builds the whole set
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
