"""Write part A of the sixth real-phrasing DEVELOPMENT set (tests/data/eval-real-6/a-*.json) from the hand-written
specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-a.md). The labels are a
careful analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code:
nobody read or ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the extractor's output.
This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    Part A's specs only: the combined tests/data/eval-real-6/build_labels.py (written by the developer) builds or
    checks the whole set. Run alone, this file writes the a-*.json files and checks them.

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
ARAZ = "the Araz (Aras, Araxes) river; not in the gazetteer"
DIST = "a district named after its town: labelled with the town, as the earlier sets do"
GAR = "'the Garadagh district of Baku' (Qaradağ raion): not in the gazetteer nor in cities500"
EZ = ("Azerbaijan's East Zangezur economic region: not in the gazetteer; not Syunik, not the Zangezur corridor and "
      "not Kapan")
ENTRY_AZ = ("entry/exit at Azerbaijan's borders (Nakhchivan included) are read relative to Azerbaijan, as eval-real-4 "
            "and eval-real-5 part A fix it, even when the source is Iranian or Russian")

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Azerbaijani portal, HTML (Great Return item). Tuesday 28 October 2025; NOT given; the date is only in
#    <time datetime> (the page shows '11:20'), so a reader knows it and every date resolves.
# ----------------------------------------------------------------------------------------------------------
ON = "Ocaq News"
SCR = "the State Committee for Refugees and IDPs"
Z0 = D("2025-10-28")
Z2 = ("At this stage, 96 families (402 people) are returning to their native lands: 58 families to the newly built "
      "village of Mammadbayli and 38 families to Aghali.")
Z4 = ("The convoy of 14 vehicles – 11 buses and three trucks loaded with furniture – is travelling along the "
      "Horadiz–Jabrayil–Zangilan highway and is expected in Mammadbayli by evening.")
Z5 = "The first 42 families (171 people) received the keys to their new homes in Mammadbayli on October 20."
Z6 = "It is now home to 313 families, or 1,486 people, according to the committee."
Z7 = ("Zangilan district was occupied by Armenian armed forces on October 29, 1993, and liberated on October 20, 2020, "
      "during the 44-day war.")
MAM = ("Mammadbayli village, Zangilan district (Məmmədbəyli): not in the gazetteer nor in cities500")
AGH = ("Aghali village, Zangilan district: not in the gazetteer nor in cities500 (not Samukh 585177, of which 'Ağalı' "
       "is a GeoNames alternate name)")
DOCS.append(dict(
    doc_id="a-html-az-portal-zangilan-return-oct-2025", style="azerbaijani", side="azerbaijani",
    outlet="Ocaq News (fictional Azerbaijani news portal)",
    title="Another 96 families return to Zangilan district villages - PHOTO",
    published="2025-10-28", published_given=False,
    html_file="a-html-az-portal-zangilan-return-oct-2025.html",
    published_in_text=dict(surface="2025-10-28T11:20:00+04:00", date="2025-10-28", how="html time"),
    captions=["Returnees arrive in Mammadbayli. Photo: Ocaq News",
              "The ruins of Zangilan city in November 2020. Photo: Ocaq News archive"],
    not_places=[("Tahir", "given name of a returnee (Tahir Guliyev); Tahir is a village in Türkiye (GeoNames 299958)")],
    patterns=["P-html-time", "P-clock-only-visible", "P-headline-media-tag", "P-headline-figure", "P-great-return",
              "P-resettlement", "P-relative-today", "P-district-of-city", "P-bracket-people", "P-colon-destinations",
              "P-origin-list", "P-dash-breakdown", "P-convoy", "P-buses", "P-nested-road", "P-yearless-date",
              "P-running-tally", "P-capacity-not-claim", "P-month-year", "P-or-people", "P-now-stock",
              "P-age-not-count", "P-framing", "P-full-dates", "P-inventory-not-claim", "P-permit-restriction",
              "P-some-count", "P-economic-region", "P-caption-credit", "P-caption-old-date", "P-given-name-place"],
    traps=["the publication date is only in <time datetime> (visible '11:20'); not passed, but a reader of the page "
           "knows it (Tuesday 28 October 2025): 'this morning', 'today's', 'on October 20', 'now', 'remains' resolve",
           "the lead ('A new resettlement caravan left … early this morning') is restated by the counted sentence and "
           "not labelled again",
           "'96 families (402 people) …: 58 families to … Mammadbayli and 38 families to Aghali' = four claims: the "
           "total in two units and the two destinations (a split by place, like a split by direction: never a "
           "breakdown)",
           "'14 vehicles – 11 buses and three trucks …' = one claim with a breakdown",
           "'100 families have thus been settled' = running total; 'built for 180 families' = capacity, not a claim",
           "'It is now home to 313 families, or 1,486 people' = two stocks on the page's day",
           "'October 20' without a year (2025) and 'October 20, 2020' with it in the same text",
           "'110 apartments' = inventory, not a claim; 'four' and '36' are ages; 'three decades', '44-day' durations",
           "'Araz border strip' = the river (no id); 'Zangilan district', 'Zangilan city' = the town",
           "'Tahir' (given name) collides with a GeoNames village",
           "the second caption ends in an old date (November 2020)"],
    mentions=[
        MM("Zangilan", "zangilan", note="headline; 'Zangilan district villages'; " + DIST),
        MM("Garadagh", None, "region", note=GAR), MM("Baku", "baku"),
        MM("Zangilan", "zangilan", note="'Zangilan district'; " + DIST),
        MM("Mammadbayli", None, "settlement", note=MAM), MM("Aghali", None, "settlement", note=AGH),
        MM("Baku", "baku"), MM("Sumgayit", "gn:584923", note="Sumgayit, Azerbaijan (GeoNames 584923)"),
        MM("Mingachevir", "gn:585514", note="Mingachevir, Azerbaijan (GeoNames 585514)"),
        MM("Horadiz–Jabrayil–Zangilan highway", None, "road",
           note="a road named by its ends and a stop (en dashes): one mention, no id",
           inside=[("Horadiz", "gn:148003"), ("Jabrayil", "jabrayil"), ("Zangilan", "zangilan")]),
        MM("Mammadbayli", None, "settlement", note=MAM),
        MM("Mammadbayli", None, "settlement", note=MAM),
        MM("Aghali", None, "settlement", note=AGH),
        MM("Zangilan", "zangilan", note="'Zangilan district'; " + DIST),
        MM("Zangilan", "zangilan", note="'Zangilan city' (common noun left out)"),
        MM("Araz", None, "river", note="'the Araz border strip'; " + ARAZ),
        MM("Karabakh", "karabakh",
           note="'the Karabakh and East Zangezur economic regions': the shared noun is left out"),
        MM("East Zangezur", None, "region", note=EZ),
        MM("Mammadbayli", None, "settlement", note="caption; " + MAM),
        MM("Zangilan", "zangilan", note="caption; 'Zangilan city'"),
    ],
    claims=[
        CC(Z2, "population_movement", *Z0, count=96, q="exact", unit="families", origin="baku",
           destination="zangilan", claimant=SCR,
           note="present progressive 'are returning' on the page's day (the caravan left 'this morning'); origin = "
                "Baku, where the caravan set off (the lead); destination = the district, labelled with its town; the "
                "committee's attribution in the lead carries over; the two destination groups are their own claims"),
        CC(Z2, "population_movement", *Z0, count=402, q="exact", unit="people", origin="baku",
           destination="zangilan", claimant=SCR, note="second claim: the bracket in people, another unit"),
        CC(Z2, "population_movement", *Z0, count=58, q="exact", unit="families", origin="baku", claimant=SCR,
           note="third claim: the group for Mammadbayli (a split by destination = its own claim, not a breakdown); "
                "destination null: Mammadbayli has no id"),
        CC(Z2, "population_movement", *Z0, count=38, q="exact", unit="families", origin="baku", claimant=SCR,
           note="fourth claim: the group for Aghali (no id, so destination null)"),
        CC(Z4, "population_movement", *Z0, count=14, q="exact", unit="vehicles",
           breakdown=[(11, "buses"), (3, "trucks")], origin="baku", claimant=SCR,
           note="the resettlement convoy (buses carrying people = population_movement); the dash list sums to 14 = "
                "breakdown by type; present progressive = the page's day; the road has no id, so via null; "
                "destination Mammadbayli has no id"),
        CC(Z5, "population_movement", *D("2025-10-20"), count=42, q="exact", unit="families", claimant=SCR,
           note="'received the keys to their new homes' = moved in; 'on October 20' without a year = 2025 (the "
                "page's date); destination Mammadbayli has no id"),
        CC(Z5, "population_movement", *D("2025-10-20"), count=171, q="exact", unit="people", claimant=SCR,
           note="second claim: the bracket in people"),
        CC("Including today's group, 100 families have thus been settled in the village, which was built for 180 "
           "families.", "population_movement", *Z0, count=100, q="exact", unit="families", claimant=SCR,
           note="running total ('Including today's group … have thus been settled'): dated to the page's day, its "
                "start not stated; 'built for 180 families' = capacity, not a claim; 42 + 58 = 100 is stated, not "
                "derived"),
        CC("Aghali, the first village rebuilt under the \"smart village\" concept, welcomed its first ten families in "
           "July 2022.", "population_movement", *month(2022, 7), "month", count=10, q="exact", unit="families",
           claimant=SCR, note="'ten' in words; a month with its year; destination Aghali has no id"),
        CC(Z6, "stock", *Z0, count=313, q="exact", unit="families", claimant=SCR,
           note="'now home to' = a stock on the page's day; place Aghali has no id"),
        CC(Z6, "stock", *Z0, count=1486, q="exact", unit="people", claimant=SCR,
           note="second claim: the same stock in people ('or 1,486 people'), not a breakdown"),
        CC(Z7, "other", *D("1993-10-29"), place="zangilan", claimant=ON,
           note="the occupation: a dated event on the topic, labelled as the text frames it"),
        CC(Z7, "other", *D("2020-10-20"), place="zangilan", claimant=ON,
           note="second claim of the sentence: the capture ('liberated'), full date; '44-day' is a duration"),
        CC("Access to the villages along the Araz border strip remains limited to residents and holders of special "
           "passes.", "restriction", *Z0, claimant=ON,
           note="a permit regime in force at publication ('remains'), no count; place: the strip has no id"),
        CC("Some 52,000 people now live in the Karabakh and East Zangezur economic regions, among them former IDPs, "
           "builders and staff of state institutions, the committee added.", "stock", *Z0, count=52000, q="about",
           unit="people", claimant=SCR,
           note="'Some' = about; 'now' = the page's day; two regions, so place null; the listed groups are parts, not "
                "a breakdown"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Iranian provincial radio bulletin (IRIB provincial style). Thursday 27 March 2025 (Farvardin 7, 1404); NOT
#    given; NO year anywhere and no date line: Solar Hijri days without a year -> year_unknown; weekdays,
#    'yesterday', 'have been added', 'still' -> relative_unknown.
# ----------------------------------------------------------------------------------------------------------
RN = "Radio Nasim"
DIR = "the provincial roads and transport directorate (spokesman Hamid Sohrabi)"
UNK2 = "no publication date is known (not given; the bulletin has no date line and no year anywhere)"
N2 = ("From Esfand 25 to Farvardin 6, 31,380 Iranian and foreign travellers passed through the Jolfa terminal, 54 "
      "percent more than in the same period last year, the provincial roads and transport directorate said yesterday.")
N3 = ("Of them, 19,600 left Iran for Nakhchivan and 11,780 entered the country from the autonomous republic, the "
      "directorate's spokesman, Hamid Sohrabi, told Radio Nasim.")
N6 = ("On Farvardin 2 alone, more than 4,200 people crossed at Jolfa, and cars queued for nearly three kilometres back "
      "towards Hadishahr.")
DOCS.append(dict(
    doc_id="a-ir-radio-jolfa-nowruz-mar-2025", style="local", side="iranian",
    outlet="Radio Nasim, Tabriz provincial service (fictional Iranian provincial radio, English web transcript)",
    title="Nowruz rush at Jolfa as travellers head for Nakhchivan; Norduz car queue tops 600",
    published="2025-03-27", published_given=False, published_in_text=None,
    published_note="the bulletin of Thursday 27 March 2025 (Farvardin 7, 1404); the text states no date and no year",
    captions=["Travellers queue at the Jolfa terminal. Photo: Radio Nasim"],
    not_places=[("Hamid", "given name of the directorate's spokesman (Hamid Sohrabi); 'Hamid' is a GeoNames "
                          "alternate name of Isparta, Türkiye (311073)")],
    patterns=["P-headline-only-stock", "P-tops-count", "P-radio-sign-on", "P-no-date-line", "P-no-year-anywhere",
              "P-iranian-day-no-year", "P-iranian-day-range", "P-percent-not-count", "P-said-yesterday",
              "P-of-them-direction-split", "P-official-title-name", "P-same-period", "P-about-count",
              "P-duration-not-count", "P-visa-stay-not-claim", "P-alone-day", "P-queue-distance", "P-vague-tens",
              "P-overnight", "P-rate", "P-coaches", "P-nested-road", "P-clock-not-count", "P-ban-hours",
              "P-relative-weekday", "P-detention", "P-items-not-count", "P-twin-towns", "P-city-vs-republic",
              "P-stock-still", "P-iranian-province", "P-weather-filler", "P-caption-credit", "P-given-name-place",
              "P-outlet-place-in-name"],
    traps=["no date line and no year anywhere (not even in the caption), and the date is not given: 'From Esfand 25 to "
           "Farvardin 6', 'On Farvardin 2', 'until Farvardin 14' -> year_unknown; 'yesterday', 'On Tuesday', "
           "'on Wednesday evening', 'have been added', 'still' -> relative_unknown",
           "the headline's 'Norduz car queue tops 600' is never in the body: a stock with from_headline; present "
           "tense with no relative word and no known date -> undated, no flag",
           "'31,380 … travellers' and its direction split ('19,600 left Iran for Nakhchivan and 11,780 entered the "
           "country') = three claims; read relative to Azerbaijan (" + ENTRY_AZ + ")",
           "'54 percent', '13 percent' are not counts; 'twelve days', 'up to 15 days', 'nearly three kilometres' are "
           "durations/distances; 'eight in the morning' clock times",
           "'cars queued' (bare plural) and 'Dozens of families spent the night' = vague stocks",
           "'Four extra coaches a day' = a rate (coaches carrying people = population_movement)",
           "'two travellers … detained' = detention; '40 undeclared gold coins' = items, not a claim of its own",
           "'Tabriz–Jolfa road', 'Marand–Jolfa road' = nested roads (no id); 'the Aras bridge into Julfa' = the "
           "Jolfa–Julfa bridge (no id) and Julfa in Nakhchivan, not Jolfa",
           "'Nakhchivan city' = the city (147429); bare 'Nakhchivan' = the autonomous republic",
           "'Tabriz provincial service' (outlet line) is a toponym inside the outlet's name: labelled",
           "'Hamid' (given name) is a GeoNames alternate name of Isparta"],
    mentions=[
        MM("Jolfa", "gn:130081", note="headline; " + JOLFA), MM("Nakhchivan", "nakhchivan-ar", note="headline; " + NAKH),
        MM("Norduz", "agarak-norduz", note="headline; 'Norduz car queue': the crossing (gazetteer alias)"),
        MM("Tabriz", "gn:113646", note="'Tabriz provincial service': a toponym inside the outlet's name; Tabriz, Iran "
                                       "(GeoNames 113646)"),
        MM("TABRIZ", "gn:113646", note="dateline in capitals (no date)"),
        MM("Jolfa", "gn:130081", note="'the Jolfa border terminal' (facility noun left out); " + JOLFA),
        MM("Jolfa", "gn:130081", note=JOLFA),
        MM("Iran", "iran"), MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Jolfa", "gn:130081", note="'the Jolfa and Norduz terminals'; " + JOLFA),
        MM("Norduz", "agarak-norduz", note="the Iranian terminal of the Agarak–Norduz crossing (gazetteer alias)"),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Jolfa", "gn:130081", note=JOLFA),
        MM("Hadishahr", "gn:35017", note="Hādīshahr, East Azerbaijan, Iran (GeoNames 35017)"),
        MM("Tabriz–Jolfa road", None, "road", note="a road named by its ends (en dash): one mention, no id",
           inside=[("Tabriz", "gn:113646"), ("Jolfa", "gn:130081")]),
        MM("Marand–Jolfa road", None, "road", note="a road named by its ends (en dash): one mention, no id",
           inside=[("Marand", "gn:124862"), ("Jolfa", "gn:130081")]),
        MM("Aras bridge", None, "bridge",
           note="the bridge over the Aras between Jolfa and Julfa; no id (the name with its feature noun is a "
                "different place from the river, as eval-real-4 labels 'Aras bridge')"),
        MM("Julfa", "gn:148251", note=JULFA),
        MM("Nakhchivan", "gn:147429", note="'Nakhchivan city' = the city (GeoNames 147429, Naxçıvan), not the republic"),
        MM("East Azarbaijan", "east-azerbaijan",
           note="the Iranian province (spelling 'Azarbaijan'), 'East Azarbaijan province'; not the country"),
        MM("Ahar", "gn:144616", note="Ahar, East Azerbaijan, Iran (GeoNames 144616)"),
        MM("Jolfa", "gn:130081", note="caption; " + JOLFA),
    ],
    claims=[
        CC("Nowruz rush at Jolfa as travellers head for Nakhchivan; Norduz car queue tops 600", "stock",
           from_headline=True, count=600, q="at_least", unit="cars", place="agarak-norduz", claimant=RN,
           note="stated only in the headline (the body never mentions a queue at Norduz); 'tops' = at_least; a "
                "present-tense stock with no relative word and " + UNK2 + " -> undated, no flag (eval-real-5: "
                "present-tense stocks without a relative word); the headline's Jolfa rush restates the body"),
        CC(N2, "crossing", flag="year_unknown", count=31380, q="exact", unit="travellers", via="gn:130081",
           claimant=DIR,
           note="written 'From Esfand 25 to Farvardin 6' without a year (= 15-26 March 2025 for a reader who knows "
                "the bulletin's day); " + UNK2 + "; both directions, so crossing; '54 percent' is not a count; "
                "'said yesterday' dates the statement, not the period"),
        CC(N3, "entry", flag="year_unknown", count=19600, q="exact", unit="travellers", origin="iran",
           destination="nakhchivan-ar", via="gn:130081", claimant=DIR,
           note="'left Iran for Nakhchivan' = entry into Azerbaijan (" + ENTRY_AZ + "); the period of the previous "
                "sentence (Esfand 25 - Farvardin 6, no year); a split by direction = its own claim"),
        CC(N3, "exit", flag="year_unknown", count=11780, q="exact", unit="travellers", origin="nakhchivan-ar",
           destination="iran", via="gn:130081", claimant=DIR,
           note="'entered the country from the autonomous republic' = entered Iran = exit from Azerbaijan "
                "(" + ENTRY_AZ + "); if the scorer reads the Iranian frame, swap entry and exit"),
        CC("Over the same twelve days about 8,000 trucks used the Jolfa and Norduz terminals, up 13 percent.",
           "crossing", flag="year_unknown", count=8000, q="about", unit="trucks", claimant=DIR,
           note="'the same twelve days' = the year-less Esfand 25 - Farvardin 6 period; two terminals, so via "
                "null; 'twelve days' a duration, '13 percent' not a count"),
        CC(N6, "crossing", flag="year_unknown", count=4200, q="at_least", unit="people", via="gn:130081",
           claimant=DIR,
           note="'On Farvardin 2' without a year (= 22 March 2025 for a reader who knows the day); 'more than' = "
                "at_least; the directorate's attribution carries over"),
        CC(N6, "stock", flag="year_unknown", q="unspecified", unit="cars", place="gn:130081", claimant=RN,
           note="second claim: 'cars queued' (bare plural, vague) on the same year-less day; the date flag wins "
                "over vague_count; 'nearly three kilometres' is a distance"),
        CC("Dozens of families spent the night in their cars at the terminal car park.", "stock", flag="vague_count",
           q="unspecified", unit="families", place="gn:130081", claimant=RN,
           note="'Dozens' = vague; the night is not stated in the sentence (read with the previous one it would be "
                "Farvardin 2-3, year-less), so no date"),
        CC("Four extra coaches a day have been added on the Tabriz–Jolfa road until the end of the holidays, the city "
           "bus terminal said.", "population_movement", flag="relative_unknown", count=4, q="exact",
           unit="coaches", claimant="the Tabriz city bus terminal",
           note="rate ('a day'); coaches carrying passengers = population_movement; 'have been added … until the end "
                "of the holidays' runs from an unstated day to the end of the holidays: " + UNK2 +
                "; the road has no id, so via null"),
        CC("Traffic police said heavy trucks are barred from the Marand–Jolfa road between eight in the morning and "
           "eight at night until Farvardin 14.", "restriction", flag="year_unknown", claimant="the traffic police",
           note="a daytime ban, no count; 'until Farvardin 14' has no year; clock times are not counts; the road has "
                "no id, so place null"),
        CC("On Tuesday, border guards at the terminal detained two travellers who tried to carry 40 undeclared gold "
           "coins across the Aras bridge into Julfa.", "detention", flag="relative_unknown", count=2, q="exact",
           unit="people", place="gn:130081", claimant=RN,
           note="'On Tuesday' with " + UNK2 + "; the 40 coins are items carried, not a claim of their own"),
        CC("The Iranian consulate in Nakhchivan city estimated on Wednesday evening that some 2,500 cars with Iranian "
           "plates were still in the autonomous republic.", "stock", flag="relative_unknown", count=2500,
           q="about", unit="cars", place="nakhchivan-ar", claimant="the Iranian consulate in Nakhchivan",
           note="'on Wednesday evening' and 'still' with " + UNK2 + "; 'some' = about; place = the autonomous "
                "republic, not the city"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Russian agency (TASS style). Friday 6 October 2023; NOT given. "MOSCOW, October 6. /Sever-Press/." (no year)
#    -> weekdays, 'currently', 'next week' relative_unknown; 'October 3', 'Since September 20' year_unknown;
#    dates written with their years are labelled.
# ----------------------------------------------------------------------------------------------------------
SP = "Sever-Press"
MOD = "the Russian Defence Ministry"
UNK3 = "no publication date is known (not given; the dateline 'MOSCOW, October 6.' has no year)"
R1 = ("MOSCOW, October 6. /Sever-Press/. A convoy of 25 trucks carrying about 310 tonnes of food, medicines and "
      "building materials from Russia reached Stepanakert (Khankendi) on Thursday, the Russian Defence Ministry said.")
R2 = ("The vehicles crossed into Azerbaijan at the Samur checkpoint on October 3 and travelled via Baku, Yevlakh and "
      "Barda before turning onto the Aghdam–Khankendi road, escorted by Azerbaijani police.")
R7 = ("Entry to the town is currently allowed only with passes issued by the Azerbaijani commandant's office, and the "
      "Lachin road remains closed to private cars heading for Armenia, the correspondent reported.")
R9 = "Their contingent numbers about 2,000 troops."
SAM = ("the Samur checkpoint (Azerbaijan-Russia border, named after the Samur river): not in the gazetteer; not the "
       "village Samur in Azerbaijan (GeoNames 585150) nor Samur in Dagestan (498904); facility noun left out")
DOCS.append(dict(
    doc_id="a-ru-agency-khankendi-convoy-oct-2023", style="russian", side="russian",
    outlet="Sever-Press (fictional Russian news agency, English service)",
    title="Russian humanitarian convoy of 25 trucks reaches Khankendi",
    published="2023-10-06", published_given=False,
    published_in_text=dict(surface="MOSCOW, October 6", date=None, how="dateline"),
    captions=[],
    not_places=[("Kolin", "surname of the convoy commander (Andrei Kolin); Kolín is a town in Czechia (GeoNames "
                          "3073371, alternate name 'Kolin')"),
                ("Sever", "first part of the agency's name ('north'); 'Sever' is a GeoNames alternate name of Sever do "
                          "Vouga, Portugal (2734024)")],
    patterns=["P-tass-dateline", "P-headline-figure", "P-convoy", "P-tonnes", "P-relative-weekday", "P-double-name",
              "P-ministry-said", "P-pronoun-no-count", "P-crossed-into", "P-yearless-date", "P-route-list",
              "P-nested-road", "P-escort", "P-part-not-breakdown", "P-quote-commander", "P-range-remain",
              "P-most-of-them", "P-vague-tens", "P-since-yearless", "P-about-count", "P-second-convoy",
              "P-future-arrival", "P-permit-restriction", "P-currently", "P-remain-closed", "P-full-dates",
              "P-first-ever", "P-words-count", "P-duration-not-count", "P-treaty-date", "P-stock-troops",
              "P-relative-next-week", "P-surname-place", "P-agency-name-place"],
    traps=["dateline 'MOSCOW, October 6.' has no year and the date is not given: 'on Thursday', 'on Friday morning', "
           "'on Wednesday', 'currently', 'next week' -> relative_unknown; 'on October 3', 'Since September 20' -> "
           "year_unknown; 'September 12, 2023' and 'November 9, 2020' are written with their years and labelled",
           "'25 trucks carrying about 310 tonnes' = two claims (trucks and tonnes); '180 tonnes is flour and 40 tonnes "
           "baby food' = parts that do not sum to 310: note",
           "'The vehicles crossed into Azerbaijan at the Samur checkpoint' = an entry with no quantity (pronoun for "
           "the 25, not counted again)",
           "'between 1,000 and 1,500 people remain' = a range: lower bound at_least; present tense without a relative "
           "word -> undated, no flag",
           "'Dozens of residents gathered … on Friday morning' = vague stock; the date flag wins",
           "'Entry … currently allowed only with passes' (restriction, 'currently' -> relative_unknown) and 'the "
           "Lachin road remains closed to private cars' (restriction, undated) = two claims",
           "'a single Russian Red Cross truck' = count 1; 'two days' a duration",
           "'Stepanakert (Khankendi)' = two mentions of one place; 'Lachin road' = the corridor",
           "'Kolin' (surname) and 'Sever' (agency) collide with GeoNames places; no captions in this text"],
    mentions=[
        MM("Khankendi", "khankendi", note="headline"),
        MM("MOSCOW", "gn:524901", note="dateline in capitals; Moscow, Russia (GeoNames 524901)"),
        MM("Russia", "russia"), MM("Stepanakert", "khankendi", note="double name 'Stepanakert (Khankendi)'"),
        MM("Khankendi", "khankendi", note="double name, second part"),
        MM("Azerbaijan", "azerbaijan"), MM("Samur", None, "border_crossing", note=SAM),
        MM("Baku", "baku"), MM("Yevlakh", "gn:584649", note="Yevlakh, Azerbaijan (GeoNames 584649)"),
        MM("Barda", "gn:587057", note="Barda, Azerbaijan (GeoNames 587057; not Barda in Perm krai 579132)"),
        MM("Aghdam–Khankendi road", None, "road",
           note="a road named by its ends (en dash): one mention, no id (as eval-holdout's 'Aghdam-Khankendi road')",
           inside=[("Aghdam", "aghdam"), ("Khankendi", "khankendi")]),
        MM("Makhachkala", "gn:532096", note="Makhachkala, Dagestan, Russia (GeoNames 532096)"),
        MM("Lachin road", "lachin-corridor", note="'the Lachin road' = the corridor (as eval-holdout)"),
        MM("Armenia", "armenia"),
        MM("Karabakh", "karabakh"), MM("Aghdam", "aghdam"),
        MM("Barda", "gn:587057", note="Barda, Azerbaijan (GeoNames 587057)"),
        MM("Russia", "russia"), MM("Samur", None, "border_crossing", note=SAM),
    ],
    claims=[
        CC(R1, "crossing", flag="relative_unknown", count=25, q="exact", unit="trucks", origin="russia",
           destination="khankendi", claimant=MOD,
           note="a humanitarian convoy (crossing); 'on Thursday' with " + UNK3 + "; the dateline opens the sentence "
                "and is part of it"),
        CC(R1, "crossing", flag="relative_unknown", count=310, q="about", unit="tonnes", origin="russia",
           destination="khankendi", claimant=MOD,
           note="second claim of the sentence: the cargo in tonnes (as eval-real labels a convoy's tonnes); the "
                "next paragraph's '180 tonnes is flour and 40 tonnes baby food' are parts that do not sum to 310: "
                "not a breakdown, not claims"),
        CC(R2, "entry", flag="year_unknown", origin="russia", destination="azerbaijan", claimant=MOD,
           note="'crossed into Azerbaijan at the Samur checkpoint on October 3' (no year; " + UNK3 + "); 'The "
                "vehicles' = the 25 already counted: no quantity asserted here; the checkpoint has no id, so via "
                "null; the route list (Baku, Yevlakh, Barda, the Aghdam–Khankendi road) is not a via id"),
        CC("According to the Russian peacekeeping command, between 1,000 and 1,500 people remain in the town and "
           "nearby villages, most of them elderly.", "stock", count=1000, q="at_least", unit="people",
           place="khankendi", claimant="the Russian peacekeeping command",
           note="a range: lower bound at_least, upper bound 1,500 (eval-real); present tense 'remain' with no "
                "relative word and " + UNK3 + " -> undated, no flag; 'most of them elderly' is not a count"),
        CC("Dozens of residents gathered at the central square on Friday morning to receive food parcels.", "stock",
           flag="relative_unknown", q="unspecified", unit="residents", place="khankendi", claimant=SP,
           note="'Dozens' = vague; 'on Friday morning' with " + UNK3 + " (the date flag wins over vague_count)"),
        CC("Since September 20, Russian peacekeepers have handed over some 230 tonnes of humanitarian cargo and fuel "
           "to the population, the ministry said.", "other", flag="year_unknown", count=230, q="about",
           unit="tonnes", place="karabakh", claimant=MOD,
           note="aid handed over inside the region (not a convoy's passage): other, counted in tonnes; 'Since "
                "September 20' without a year, running to an unknown publication day"),
        CC("A second convoy of 12 trucks with diesel and heating oil left Makhachkala on Wednesday and is expected at "
           "the border at the weekend.", "crossing", flag="relative_unknown", count=12, q="exact", unit="trucks",
           origin="gn:532096", claimant=MOD,
           note="a convoy under way (crossing: it has not reached the border); 'on Wednesday' with " + UNK3),
        CC(R7, "restriction", flag="relative_unknown", place="khankendi", claimant="the Sever-Press correspondent",
           note="a pass regime with an explicit 'currently' and " + UNK3 + "; no count"),
        CC(R7, "restriction", via="lachin-corridor", claimant="the Sever-Press correspondent",
           note="second claim: the road 'remains closed to private cars' (in force, no relative word: undated, no "
                "flag, as eval-real-5 reads a closure without an explicit 'now'); no count"),
        CC("The first Russian aid to reach Karabakh through Azerbaijani territory, a single Russian Red Cross truck "
           "with food, arrived via Aghdam on September 12, 2023, after waiting two days in Barda.", "crossing",
           *D("2023-09-12"), count=1, q="exact", unit="trucks", destination="karabakh", via="aghdam", claimant=SP,
           note="a date written with its year: labelled although no publication date is known; 'a single' = 1; "
                "'two days' is a duration"),
        CC("Russian peacekeepers have been deployed in the region under the trilateral statement of November 9, "
           "2020.", "diplomatic", *D("2020-11-09"), claimant=SP,
           note="the trilateral statement (a dated diplomatic event on the topic), full date"),
        CC(R9, "stock", count=2000, q="about", unit="troops", place="karabakh", claimant=SP,
           note="the peacekeeping contingent's size: present tense with no relative word and " + UNK3 +
                " -> undated, no flag"),
        CC("The empty trucks will return to Russia through the Samur checkpoint next week, Kolin added.", "exit",
           flag="relative_unknown", destination="russia", claimant="Andrei Kolin, the convoy commander",
           note="a planned return (future events are labelled); 'The empty trucks' = the 25 again, no quantity; "
                "exit from Azerbaijan (" + ENTRY_AZ + "); 'next week' with " + UNK3),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Azerbaijani news site relaying an ICRC statement, HTML. Tuesday 10 June 2025; given. The date is only in
#    <meta property="article:published_time"> and JSON-LD; the page shows '12:05'.
# ----------------------------------------------------------------------------------------------------------
MN = "Mirvari News"
HAJ = "Zara Hajiyeva, head of public relations at the ICRC office in Baku"
I0 = D("2025-06-10")
I3 = ("Baku acknowledges holding 23 people of Armenian origin, 16 of them Karabakh residents who have been on trial in "
      "Baku since January.")
I4 = ("Last year the organisation facilitated 712 family contacts between the detainees and their relatives in "
      "Armenia: 401 Red Cross messages and 311 phone and video calls.")
I6 = ("The ICRC office in Khankendi closed on March 1 at the government's request, and its vehicles no longer use the "
      "Lachin road, which its convoys crossed hundreds of times in 2021–2023.")
LCP = "'the Lachin checkpoint' = gazetteer 'hakari-bridge' (alias 'Lachin checkpoint')"
DOCS.append(dict(
    doc_id="a-html-az-site-icrc-family-links-jun-2025", style="relayed-official", side="azerbaijani",
    outlet="Mirvari News (fictional Azerbaijani news site)",
    title="ICRC visits detainees of Armenian origin in Baku, arranges calls with families",
    published="2025-06-10", published_given=True,
    html_file="a-html-az-site-icrc-family-links-jun-2025.html",
    published_in_text=dict(surface="2025-06-10T12:05:00+04:00", date="2025-06-10", how="html meta"),
    captions=["ICRC staff at the Lachin checkpoint in October 2023. Photo: Mirvari News archive"],
    not_places=[("Zara", "given name of the ICRC spokeswoman (Zara Hajiyeva); Zara is a town in Sivas, Türkiye "
                         "(GeoNames 295982)")],
    patterns=["P-html-meta", "P-clock-only-visible", "P-statement-relayed", "P-told-outlet", "P-relative-weekday",
              "P-month-alone", "P-quote-mandate", "P-confidentiality-line", "P-acknowledged-detained",
              "P-part-not-breakdown", "P-conflicting-figures", "P-about-count", "P-last-year", "P-colon-breakdown",
              "P-family-links", "P-since-month", "P-parcels", "P-yearless-date", "P-remains-handover",
              "P-office-closure", "P-vague-hundreds-times", "P-year-range", "P-missing-persons",
              "P-later-this-year", "P-several-vague", "P-detention", "P-two-months-year", "P-org-toponym",
              "P-caption-credit", "P-caption-old-date", "P-given-name-place"],
    traps=["the publication date is only in <meta property='article:published_time'> and JSON-LD (visible '12:05'); "
           "it is given: 'in May', 'on Monday', 'Since January', 'On May 22', 'on March 1', 'Last year', 'later this "
           "year' all resolve to 2025 (or 2024)",
           "the ICRC's visit 'in May' is a dated event without a count (other)",
           "'23 people …, 16 of them Karabakh residents' (a part: note) against 'about 80' from rights groups = two "
           "conflicting detention figures, each a claim",
           "'712 family contacts …: 401 … and 311 …' = one claim with a breakdown",
           "'which its convoys crossed hundreds of times in 2021–2023' = vague crossings over a year range",
           "'3,890 Azerbaijanis registered as missing' = a counted figure (other), 'since the first Karabakh war' is "
           "not a date",
           "'Several former leaders … were detained … in September and October 2023' = vague detention over two "
           "months",
           "'Karabakh' in 'the first Karabakh war' and 'Baku delegation' are labelled; 'Lachin checkpoint' = the "
           "Hakari bridge checkpoint; 'Lachin road' = the corridor",
           "the caption ends in an old date (October 2023)"],
    mentions=[
        MM("Baku", "baku", note="headline"),
        MM("Azerbaijan", "azerbaijan"), MM("Baku", "baku", note="'the ICRC office in Baku'"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani authorities: still the city's name"),
        MM("Karabakh", "karabakh", note="'Karabakh residents' (toponym as modifier)"), MM("Baku", "baku"),
        MM("Yerevan", "yerevan"),
        MM("Armenia", "armenia"),
        MM("Lachin checkpoint", "hakari-bridge", note=LCP),
        MM("Khankendi", "khankendi"),
        MM("Lachin road", "lachin-corridor", note="'the Lachin road' = the corridor (as eval-holdout)"),
        MM("Karabakh", "karabakh", note="'the first Karabakh war': toponym in an event's name"),
        MM("Baku", "baku", note="'Its Baku delegation' (toponym as modifier)"),
        MM("Geneva", "gn:2660646", note="Geneva, Switzerland (GeoNames 2660646)"),
        MM("Lachin checkpoint", "hakari-bridge", note=LCP), MM("Armenia", "armenia"),
        MM("Lachin checkpoint", "hakari-bridge", note="caption; " + LCP),
    ],
    claims=[
        CC("The International Committee of the Red Cross (ICRC) again visited persons of Armenian origin held in "
           "Azerbaijan in May, the head of public relations at the ICRC office in Baku, Zara Hajiyeva, told "
           "Mirvari News on Monday.", "other", *month(2025, 5), "month", place="azerbaijan", claimant=HAJ,
           note="a detention visit (family links), a dated event without a count; 'in May' = May 2025; 'on Monday' "
                "(9 June) dates the statement only"),
        CC(I3, "detention", *I0, count=23, q="exact", unit="people", place="baku",
           claimant="the Azerbaijani authorities (as relayed by Mirvari News)",
           note="people held at publication ('acknowledges holding'); '16 of them Karabakh residents' is a part "
                "(note, not a breakdown); 'on trial … since January' adds no count"),
        CC("Rights groups in Yerevan put the number at about 80.", "detention", *I0, count=80, q="about",
           unit="people", place="baku", claimant="rights groups in Yerevan",
           note="a conflicting figure for the same detainees: its own claim"),
        CC(I4, "other", "2024-01-01", "2024-12-31", "period", count=712, q="exact", unit="family contacts",
           breakdown=[(401, "Red Cross messages"), (311, "phone and video calls")], claimant="the ICRC",
           note="'Last year' = 2024; the colon list partitions the 712 by type = breakdown; family links between "
                "Baku and Armenia are not a movement of people"),
        CC("Since January, relatives have also sent 58 parcels through the ICRC.", "other", "2025-01-01",
           "2025-06-10", "period", count=58, q="exact", unit="parcels", claimant="the ICRC",
           note="'Since January' = 1 January 2025 to publication; parcels sent to the detainees, counted; origin not "
                "stated in the sentence"),
        CC("On May 22, the ICRC facilitated the handover of the remains of two people at the Lachin checkpoint on the "
           "Armenian border, Hajiyeva added.", "other", *D("2025-05-22"), count=2, q="exact", unit="remains",
           place="hakari-bridge", claimant=HAJ,
           note="a handover of remains (not a movement of living people): other, counted; 'On May 22' = 2025"),
        CC(I6, "other", *D("2025-03-01"), place="khankendi", claimant=MN,
           note="an office closed (as eval-real labels closures of desks/offices: other, not restriction); 'on March "
                "1' = 2025; 'no longer use the Lachin road' adds no date or count"),
        CC(I6, "crossing", "2021-01-01", "2023-12-31", "period", flag="vague_count", q="unspecified", unit="times",
           via="lachin-corridor", claimant=MN,
           note="second claim: 'hundreds of times' = vague; 'in 2021–2023' = 1 January 2021 - 31 December 2023"),
        CC("The organisation continues to work with the families of 3,890 Azerbaijanis registered as missing since the "
           "first Karabakh war.", "other", *I0, count=3890, q="exact", unit="missing persons", claimant="the ICRC",
           note="a count of people registered missing, as of publication ('continues'); 'since the first Karabakh "
                "war' is not a date range the text fixes"),
        CC("Its Baku delegation is to hand over that file to the ICRC headquarters in Geneva later this year.",
           "other", "2025-06-11", "2025-12-31", "period", claimant="the ICRC",
           note="a planned handover (future events are labelled); 'later this year' = the day after publication to "
                "31 December (as eval-holdout reads 'later this month')"),
        CC("Several former leaders of the separatist regime were detained at the Lachin checkpoint in September and "
           "October 2023 as they tried to leave for Armenia.", "detention", "2023-09-01", "2023-10-31", "period",
           flag="vague_count", q="unspecified", unit="people", place="hakari-bridge", claimant=MN,
           note="'Several' = vague (as 'several hundred'); 'in September and October 2023' = the two months as one "
                "period; the 'separatist regime' framing is the outlet's"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Turkish agency (AA style). Thursday 21 August 2025; given. Byline with a numeric date "Murat Keskin |
#    21.08.2025"; 'on Wednesday' = 20 August.
# ----------------------------------------------------------------------------------------------------------
KHA = "Kervan Haber Ajansi (KHA)"
AG = "the State Agency of Azerbaijan Automobile Roads"
T0 = D("2025-08-21")
T5 = ("Some 1,200 workers and 350 pieces of machinery are employed on the 82-kilometer highway, which is 87 percent "
      "complete, according to the agency.")
T7 = ("Hundreds of Turkish engineers and workers have been on the project since its groundbreaking on August 16, "
      "2021.")
TUN = ("the Murovdag road tunnel (11.7 km, on the Toganali–Kalbajar–Istisu highway): no id; the feature noun is kept, "
       "as in 'Hakari bridge' (the tunnel is a different place from the Murovdag range); kind road, as eval-real-5 "
       "labels a railway")
OMAR = "the Omar pass (Ömər aşırımı) on the old Toganali–Kalbajar road: not in the gazetteer or cities500"
IST = "Istisu, Kalbajar district (GeoNames 147969), not Jermuk (174884), of which GeoNames lists 'Istisu' as an alias"
DOCS.append(dict(
    doc_id="a-tr-agency-murovdag-tunnel-aug-2025", style="turkish", side="turkish",
    outlet="Kervan Haber Ajansi (KHA; fictional Turkish news agency, English service)",
    title="Murovdag tunnel to Kalbajar, built by Turkish firms, opens to first 40 vehicles",
    published="2025-08-21", published_given=True,
    published_in_text=dict(surface="Murat Keskin | 21.08.2025", date="2025-08-21", how="byline"),
    captions=["Aliyev at the tunnel's southern portal. Photo: KHA",
              "The Omar pass road in the winter of 2021. Photo: KHA archive"],
    not_places=[("Murat", "given name of the reporter (Murat Keskin); Murat is a town in France (GeoNames 2991179) and "
                          "a village in Türkiye (304134)"),
                ("Keskin", "surname of the reporter; Keskin is a town in Kırıkkale, Türkiye (GeoNames 308024)"),
                ("Kolin", "a Turkish construction company; Kolín is a town in Czechia (GeoNames 3073371, alternate name "
                          "'Kolin')"),
                ("Selim", "given name of a project manager (Selim Aydin); Selim is a town in Kars, Türkiye (GeoNames "
                          "739847)"),
                ("Aydin", "surname of the project manager; Aydın is a city in Türkiye (GeoNames 322830)")],
    patterns=["P-headline-only-count", "P-byline-date", "P-dateline-place-only", "P-relative-weekday",
              "P-technical-opening", "P-distance-not-count", "P-nested-road", "P-contractors", "P-kilometer-mark",
              "P-seasonal-closure", "P-for-now-restriction", "P-relative-next-spring", "P-about-shared",
              "P-percent-not-count", "P-rate", "P-already-rate", "P-two-origins", "P-told-agency",
              "P-vague-hundreds", "P-since-date", "P-groundbreaking-date", "P-yearless-date", "P-leaders-inspect",
              "P-quote-slogan", "P-full-dates", "P-framing", "P-since-last-year", "P-over-count",
              "P-duration-not-count", "P-org-toponym", "P-caption-credit", "P-caption-old-date", "P-surname-place",
              "P-given-name-place", "P-company-name-place"],
    traps=["byline 'Murat Keskin | 21.08.2025' gives the date (given too): 'on Wednesday' = 20 August 2025, 'on May "
           "28' = 2025, 'last year' = 2024, 'next spring' = March-May 2026",
           "the headline's 'opens to first 40 vehicles' is never in the body (the body's 'Around 40 trucks a day … "
           "over the pass' is another claim, a rate): a crossing with from_headline",
           "'is usually closed by snow from November to April' = a recurring restriction: undated",
           "'For now, only construction and military vehicles may use the tunnel' = restriction at publication",
           "'Some 1,200 workers and 350 pieces of machinery' = two stocks, 'Some' read as covering both",
           "'Hundreds of Turkish engineers and workers have been on the project since … August 16, 2021' = a vague "
           "stock over a period, and the groundbreaking a dated event",
           "'11.7-kilometer', '13.5th kilometer', '3,200 meters', '82-kilometer', '75.8-kilometer', '126 to 94 "
           "kilometers' are distances; '87 percent' is not a count; 'four hours', 'an hour' durations",
           "'more than 700 returnees' since 'last year' = a running total, at_least",
           "'Murovdag tunnel', 'Omar pass' (no id); 'Toganali–Kalbajar–Istisu highway' and 'Kalbajar–Lachin "
           "highway' = nested roads; 'Azerbaijan' inside the road agency's name is labelled",
           "'Murat', 'Keskin', 'Selim', 'Aydin' (people) and 'Kolin' (company) collide with GeoNames places",
           "the second caption ends in an old date (the winter of 2021)"],
    mentions=[
        MM("Murovdag tunnel", None, "road", note="headline; " + TUN), MM("Kalbajar", "kalbajar", note="headline"),
        MM("KALBAJAR", "kalbajar", note="dateline in capitals"), MM("Azerbaijan", "azerbaijan"),
        MM("Murovdag tunnel", None, "road", note=TUN),
        MM("Toganali–Kalbajar–Istisu highway", None, "road",
           note="a road named by its ends and a stop (en dashes): one mention, no id",
           inside=[("Toganali", None), ("Kalbajar", "kalbajar"), ("Istisu", "gn:147969")]),
        MM("Omar pass", None, "other", note=OMAR),
        MM("Azerbaijan", "azerbaijan", note="'the State Agency of Azerbaijan Automobile Roads': toponym in an "
                                            "organisation's name"),
        MM("Ganja", "gn:586523", note="Ganja, Azerbaijan (GeoNames 586523)"),
        MM("Goygol", "gn:584716", note="Goygol, Azerbaijan (GeoNames 584716)"), MM("Kalbajar", "kalbajar"),
        MM("Kalbajar–Lachin highway", None, "road", note="a road named by its ends (en dash): one mention, no id",
           inside=[("Kalbajar", "kalbajar"), ("Lachin", "lachin")]),
        MM("Türkiye", "turkey"), MM("Azerbaijan", "azerbaijan"),
        MM("Kalbajar", "kalbajar", note="'Kalbajar district'; the district named after its town"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Kalbajar", "kalbajar", note="'Kalbajar city' (common noun left out)"),
        MM("Ganja", "gn:586523"), MM("Kalbajar", "kalbajar"),
        MM("Omar pass", None, "other", note="caption; 'The Omar pass road'; " + OMAR),
    ],
    claims=[
        CC("Murovdag tunnel to Kalbajar, built by Turkish firms, opens to first 40 vehicles", "crossing",
           *D("2025-08-20"), from_headline=True, count=40, q="exact", unit="vehicles", destination="kalbajar",
           claimant=KHA,
           note="stated only in the headline; dated to the opening the body reports ('on Wednesday' = 20 August "
                "2025); the tunnel has no id, so via null; not the body's rate of 40 trucks a day over the pass"),
        CC("Azerbaijani President Ilham Aliyev on Wednesday performed the technical opening of the 11.7-kilometer "
           "Murovdag tunnel on the Toganali–Kalbajar–Istisu highway, built with the Turkish companies Kolin and "
           "Cengiz.", "other", *D("2025-08-20"), claimant=KHA,
           note="a dated event on the topic (the opening); 'on Wednesday' = 20 August 2025; '11.7-kilometer' is a "
                "distance; the tunnel has no id, so place null"),
        CC("The tunnel, at the 13.5th kilometer of the road, bypasses the Omar pass, which rises to 3,200 meters and "
           "is usually closed by snow from November to April.", "restriction", claimant=KHA,
           note="a recurring seasonal closure ('usually … from November to April'): undated, no count (as eval-real-5 "
                "reads a recurring closure); the pass has no id, so place null; heights and the kilometre mark are "
                "not counts"),
        CC("For now, only construction and military vehicles may use the tunnel, the State Agency of Azerbaijan "
           "Automobile Roads said.", "restriction", *T0, claimant=AG,
           note="a restriction in force at publication ('For now'), no count"),
        CC("It is due to open to all traffic next spring.", "other", "2026-03-01", "2026-05-31", "period",
           claimant=AG,
           note="a planned opening (future events are labelled); 'next spring' = March-May 2026 (seasons as eval-real "
                "reads 'the autumn of 2020')"),
        CC(T5, "stock", *T0, count=1200, q="about", unit="workers", claimant=AG,
           note="'Some' = about, read as covering both figures; present tense = publication; '82-kilometer' a "
                "distance, '87 percent' not a count; the highway has no id, so place null"),
        CC(T5, "stock", *T0, count=350, q="about", unit="pieces of machinery", claimant=AG,
           note="second claim: the machinery ('Some' shared)"),
        CC("Around 40 trucks a day already carry cement and steel over the pass from Ganja and Goygol to Kalbajar, a "
           "site engineer told Kervan Haber Ajansi (KHA).", "crossing", *T0, count=40, q="about", unit="trucks",
           destination="kalbajar", claimant="a site engineer",
           note="rate ('a day'), present tense 'already' = publication; two origins (Ganja and Goygol), so origin "
                "null; the pass has no id, so via null"),
        CC(T7, "stock", "2021-08-16", "2025-08-21", "period", flag="vague_count", q="unspecified",
           unit="engineers and workers", claimant=KHA,
           note="'Hundreds' = vague; 'since … August 16, 2021' runs to publication"),
        CC(T7, "other", *D("2021-08-16"), claimant=KHA,
           note="second claim: the groundbreaking, a dated event on the topic, full date"),
        CC("Aliyev and President Recep Tayyip Erdogan inspected that road together on May 28.", "diplomatic",
           *D("2025-05-28"), claimant=KHA,
           note="a presidential visit (diplomatic); 'on May 28' = 2025; the road (Kalbajar–Lachin highway) has no id"),
        CC("Kalbajar district was returned to Azerbaijan on November 25, 2020, under the trilateral statement that "
           "ended the 44-day war.", "other", *D("2020-11-25"), place="kalbajar", claimant=KHA,
           note="a dated event on the topic, full date; '44-day' is a duration"),
        CC("Since the first families arrived in Kalbajar city last year, the town has registered more than 700 "
           "returnees, district officials said.", "population_movement", "2024-01-01", "2025-08-21", "period",
           count=700, q="at_least", unit="people", destination="kalbajar", claimant="district officials",
           note="a running total 'since … last year': from 2024 (the day in 2024 is not stated: its first day is "
                "taken) to publication; 'more than' = at_least"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Baku-based independent wire (Turan/Reuters style). Monday 23 February 2026; given. "BAKU, Feb 23 (Orbis Wire) –" (no year).
# ----------------------------------------------------------------------------------------------------------
OW = "Orbis Wire"
DPM = "an Azerbaijani deputy prime minister"
W0 = D("2026-02-23")
W1 = ("BAKU, Feb 23 (Orbis Wire) – Construction of the Aghband–Kalaleh road bridge over the Araz river has been "
      "completed, an Azerbaijani deputy prime minister told a meeting of the Azerbaijan–Iran intergovernmental "
      "commission in Baku on Monday, but no trucks will cross it until border and customs posts on both banks are "
      "finished.")
W4 = ("Construction began with a ceremony held by video link on September 21, 2022, and concrete pouring started in "
      "October 2023, when the two sides said the bridge would take a year.")
W6 = ("The Astara crossing was shut for six hours on Feb 19 after a snowstorm, and dozens of drivers spent the night "
      "in the cab.")
BR = ("the Aghband–Kalaleh road bridge over the Araz, named by its two ends (en dash): one mention, no id; Aghband "
      "(Zangilan district) and Kalaleh (East Azerbaijan, Iran) have no id; Kalaleh is not Kalāleh in Golestan "
      "(GeoNames 129512)")
BR_IN = [("Aghband", None), ("Kalaleh", None)]
AST_AZ = "Astara, Azerbaijan (GeoNames 148445): the Azerbaijani checkpoint town, not Āstārā in Iran (142676)"
DOCS.append(dict(
    doc_id="a-wire-aghband-bridge-feb-2026", style="wire", side="azerbaijani",
    outlet="Orbis Wire (fictional Baku-based independent news wire, English service)",
    title="Azerbaijan, Iran finish Aghband–Kalaleh bridge over Araz; trucks must wait for customs posts",
    published="2026-02-23", published_given=True,
    published_in_text=dict(surface="BAKU, Feb 23 (Orbis Wire)", date=None, how="dateline"),
    captions=[],
    not_places=[("Bahman", "given name of the Iranian ministry spokesman (Bahman Ahari); Bahman is a town in Iran "
                           "(GeoNames 141971)"),
                ("Orbis", "the wire's name; Orbis is a village in Germany (GeoNames 2857114)")],
    patterns=["P-wire-dateline", "P-abbrev-month", "P-headline-no-figure", "P-completion", "P-commission-meeting",
              "P-no-trucks-until", "P-nested-bridge", "P-nested-road", "P-distance-not-count", "P-exclave",
              "P-capacity-not-claim", "P-future-vague", "P-season", "P-told-wire", "P-full-dates", "P-month-year",
              "P-duration-not-count", "P-colon-breakdown", "P-year-alone", "P-customs-figures", "P-about-count",
              "P-stock-waiting", "P-relative-weekday", "P-closure-hours", "P-vague-tens", "P-overnight",
              "P-remain-closed", "P-since-month-year", "P-this-year-plan", "P-nested-railway", "P-sea-names",
              "P-twin-towns", "P-org-toponym", "P-given-name-place", "P-agency-name-place"],
    traps=["dateline 'BAKU, Feb 23 (Orbis Wire)' has no year, but the date is given (Monday 23 February 2026): 'on "
           "Monday', 'on Monday morning', 'on Feb 19', 'in the spring', 'this year' resolve",
           "the first sentence carries three claims: the completion (other), the commission meeting (diplomatic) "
           "and 'no trucks will cross it until … posts … are finished' (restriction, no count)",
           "'designed to handle 1,000 cargo vehicles a day, 500 in each direction' = capacity, not a claim",
           "'Officials expect the first trucks to cross in the spring' = a future crossing, vague (bare plural)",
           "'41,300 trucks …: 24,800 transit trucks and 16,500 trucks carrying bilateral trade' = one claim with a "
           "breakdown, year 2025",
           "'About 180 trucks were waiting at Astara' = a stock; 'shut for six hours on Feb 19' = restriction "
           "(six hours a duration); 'dozens of drivers spent the night' = vague stock, 19-20 February",
           "'remain closed …, a measure first imposed in March 2020' = one restriction from March 2020 to "
           "publication",
           "'Iran's Astara, Bileh Savar and Jolfa crossings' = the Iranian towns; 'Astara' with the Baku customs "
           "committee = the Azerbaijani town",
           "'Aghband–Kalaleh road bridge', 'Horadiz–Jabrayil–Zangilan–Aghband highway', 'Horadiz–Aghband line' = "
           "nested names; 'Azerbaijan–Iran intergovernmental commission' = two country mentions",
           "'Persian Gulf', 'Black Sea' = seas (no id)",
           "'Bahman' (given name) and 'Orbis' (the wire) collide with GeoNames places; no captions in this text"],
    mentions=[
        MM("Azerbaijan", "azerbaijan", note="headline"), MM("Iran", "iran", note="headline"),
        MM("Aghband–Kalaleh bridge", None, "bridge", note="headline; " + BR, inside=BR_IN),
        MM("Araz", None, "river", note="headline; " + ARAZ),
        MM("BAKU", "baku", note="dateline in capitals"),
        MM("Aghband–Kalaleh road bridge", None, "bridge", note=BR, inside=BR_IN),
        MM("Araz", None, "river", note="'the Araz river' (common noun left out); " + ARAZ),
        MM("Azerbaijan", "azerbaijan", note="'the Azerbaijan–Iran intergovernmental commission': toponym in an "
                                            "organisation's name (not a road: two mentions)"),
        MM("Iran", "iran", note="second part of the commission's name"),
        MM("Baku", "baku"),
        MM("Horadiz–Jabrayil–Zangilan–Aghband highway", None, "road",
           note="a road named by its ends and stops (en dashes): one mention, no id",
           inside=[("Horadiz", "gn:148003"), ("Jabrayil", "jabrayil"), ("Zangilan", "zangilan"), ("Aghband", None)]),
        MM("Iran", "iran"), MM("Azerbaijan", "azerbaijan"), MM("Nakhchivan", "nakhchivan-ar",
                                                              note="'the Nakhchivan exclave'; " + NAKH),
        MM("Iran", "iran", note="'Iran's road ministry'"),
        MM("Azerbaijan", "azerbaijan", note="'mainland Azerbaijan'"), MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Iran", "iran"),
        MM("Astara", "gn:142676",
           note="'Iran's Astara, Bileh Savar and Jolfa crossings': the Iranian side, Āstārā (GeoNames 142676), not "
                "Astara in Azerbaijan (148445); the shared noun is left out"),
        MM("Bileh Savar", "gn:140494",
           note="Bīleh Savār, Ardabil, Iran (GeoNames 140494), not Bilasuvar in Azerbaijan (148340)"),
        MM("Jolfa", "gn:130081", note=JOLFA),
        MM("Astara", "gn:148445", note="trucks counted by the customs committee in Baku: " + AST_AZ),
        MM("Baku", "baku", note="'the State Customs Committee in Baku'"),
        MM("Astara", "gn:148445", note="'The Astara crossing' in a Baku-sourced paragraph: " + AST_AZ),
        MM("Azerbaijan", "azerbaijan"),
        MM("Horadiz–Aghband line", None, "road",
           note="the Horadiz–Aghband railway ('line'), named by its ends: one mention, no id, kind road as "
                "eval-real-5 labels it", inside=[("Horadiz", "gn:148003"), ("Aghband", None)]),
        MM("Persian Gulf", None, "other", note="a sea: not in the gazetteer"),
        MM("Black Sea", None, "other", note="a sea: not in the gazetteer"),
    ],
    claims=[
        CC(W1, "other", *W0, claimant=DPM,
           note="the completion of the bridge (present perfect, reported on Monday = publication day); the bridge "
                "has no id, so place null; the dateline opens the sentence and is part of it"),
        CC(W1, "diplomatic", *W0, place="baku", claimant=OW,
           note="second claim: the intergovernmental commission's meeting in Baku 'on Monday' = 23 February 2026"),
        CC(W1, "restriction", *W0, claimant=DPM,
           note="third claim: 'no trucks will cross it until … posts … are finished' = the bridge closed to traffic, "
                "in force at publication; read as a restriction with no count (not a crossing count of 0: no "
                "crossing is reported)"),
        CC("Officials expect the first trucks to cross in the spring, Bahman Ahari, a spokesman for Iran's road "
           "ministry, told Orbis Wire.", "crossing", "2026-03-01", "2026-05-31", "period", flag="vague_count",
           q="unspecified", unit="trucks", claimant="Bahman Ahari, a spokesman for Iran's road ministry",
           note="a planned crossing (future events are labelled); 'the first trucks' = bare plural, vague; 'in the "
                "spring' = March-May 2026"),
        CC(W4, "other", *D("2022-09-21"), claimant=OW,
           note="the groundbreaking ceremony, full date"),
        CC(W4, "other", *month(2023, 10), "month", claimant=OW,
           note="second claim: concrete pouring began, a month with its year; 'would take a year' is a duration"),
        CC("In 2025, 41,300 trucks used that route: 24,800 transit trucks and 16,500 trucks carrying bilateral trade, "
           "Iranian customs figures show.", "crossing", "2025-01-01", "2025-12-31", "period", count=41300,
           q="exact", unit="trucks", breakdown=[(24800, "transit trucks"), (16500, "trucks carrying bilateral trade")],
           via="iran", claimant="Iranian customs figures",
           note="'In 2025' = the whole year; the colon list partitions the total by type = breakdown; both directions "
                "between mainland Azerbaijan and Nakhchivan, so origin/destination null; via = Iran, the route's "
                "transit country named in the previous sentence"),
        CC("About 180 trucks were waiting at Astara on Monday morning, the State Customs Committee in Baku said.",
           "stock", *W0, count=180, q="about", unit="trucks", place="gn:148445",
           claimant="the State Customs Committee",
           note="a queue = stock; 'on Monday morning' = publication day"),
        CC(W6, "restriction", *D("2026-02-19"), place="gn:148445", claimant=OW,
           note="a closure, no count; 'six hours' a duration; 'on Feb 19' = 2026"),
        CC(W6, "stock", "2026-02-19", "2026-02-20", "period", flag="vague_count", q="unspecified", unit="drivers",
           place="gn:148445", claimant=OW,
           note="second claim: 'dozens of drivers spent the night' = vague; the night of 19-20 February (as "
                "eval-real-4 reads 'waited overnight')"),
        CC("Azerbaijan's land borders remain closed to passenger travel, a measure first imposed in March 2020, so the "
           "new crossing will initially serve freight only.", "restriction", "2020-03-01", "2026-02-23", "period",
           place="azerbaijan", claimant=OW,
           note="a closure in force since March 2020 ('remain', 'first imposed in March 2020'): one claim from the "
                "first day of that month to publication"),
        CC("Work on a parallel railway bridge, part of the Horadiz–Aghband line, is due to start this year.", "other",
           "2026-01-01", "2026-12-31", "period", claimant=OW,
           note="a planned start (future events are labelled, as eval-real-5 labels 'next year'); 'this year' = "
                "2026"),
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
               "Bileh Savar", "Aras", "Araz", "Türkiye", "Kalbajar", "KALBAJAR", "Istisu", "Toganali", "East Zangezur",
               "Ganja", "Goygol",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Mammadbayli", "Aghali", "Mingachevir", "Hadishahr", "Marand", "Ahar", "East Azarbaijan", "Samur",
               "Yevlakh", "Makhachkala", "Geneva", "Murovdag", "Omar pass", "Kalaleh", "Persian Gulf", "Black Sea",
               "Tahir", "Hamid", "Kolin", "Sever", "Zara", "Murat", "Keskin", "Selim", "Aydin", "Bahman", "Orbis"]


if __name__ == "__main__":  # this part alone; the developer's tests/data/eval-real-6/build_labels.py builds the set
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
