"""Write part B of the fifth real-phrasing HELD-OUT set (tests/data/eval-real-holdout-5/b-*.json) from the
hand-written specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-b.md). The labels are a
careful analyst's reading of each text, written blind to the code: nobody read or ran geo/* or `corridor-watch eval`
to produce them, and nobody looked at the extractor's output. This script only turns that reading into offsets: every
mention is found with str.find, in reading order, as a whole word (tests/data/label_tools.py), and every claim's
sentence is found as an exact, unique substring.

    Part B's specs only: a combined build_labels.py (if the developer writes one) builds or checks the whole set.
    Run alone, this file writes the b-*.json files and checks them.

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
RIVER_NULL = "a river: not in the gazetteer"
ARAS = "the Aras (Araz, Araxes) river: " + RIVER_NULL
DILUCU = ("the Dilucu border gate (Türkiye's crossing to Sadarak, Nakhchivan); neither the gate nor the village Dilucu "
          "is in the gazetteer or in cities500 (as eval-real-4 labels it)")
KARS = "Kars, Türkiye (GeoNames 743952)"
IGDIR = "Iğdır, Türkiye (GeoNames 311665)"
ARALIK = "Aralık, Iğdır, Türkiye (GeoNames 323735), not Aralık in Diyarbakır (323736)"
NAKH = "'Nakhchivan' = the autonomous republic (gazetteer 'nakhchivan-ar'), not the city (GeoNames 147429)"
JULFA_AZ = "Julfa, Nakhchivan AR, Azerbaijan (GeoNames 148251), not Jolfa in Iran (130081)"
JOLFA_IR = "Jolfa, East Azerbaijan, Iran (GeoNames 130081), not Julfa in Nakhchivan (148251)"
KALALEH = ("Kalaleh (Kələlə, Kalala), the Iranian border village on the Aras in Jolfa county, opposite Aghband: not in "
           "the gazetteer nor in cities500; GeoNames 129512 'Kalāleh' is the town in Golestan province, far to the "
           "east, a different place")
AGHBAND = "Aghband, Zangilan district, on the Araz: not in the gazetteer nor in cities500"
HORADIZ = "Horadiz, Fuzuli district (GeoNames 148003)"

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Turkish agency item (AA style, English service). Friday 22 August 2025; given. Dateline "ANKARA (ULA) –" without
#    a date, and a printed date line with the year under the headline. The groundbreaking of the Kars–Iğdır–Aralık–
#    Dilucu railway (the real ceremony was on 22 August 2025 in Iğdır; the brief's "(2024)" is not followed, see
#    README-b.md).
# ----------------------------------------------------------------------------------------------------------
ULA = "ULA"
TRM = "the Turkish Trade Ministry"
T0 = D("2025-08-22")
T_LEAD = ("ANKARA (ULA) – Construction of the Kars–Iğdır–Aralık–Dilucu railway, Türkiye's planned rail link to "
          "Azerbaijan's Nakhchivan Autonomous Republic, formally began on Friday with a groundbreaking ceremony in "
          "Iğdır, the Transport and Infrastructure Ministry said.")
T_BUS = ("Dozens of villagers from around Aralık were brought to the site by bus to watch the ceremony, while the "
         "Iğdır–Dilucu road was closed to heavy vehicles for most of the morning.")
T_MEMO = ("The two governments signed a memorandum on the project on February 25, 2020, and Presidents Recep Tayyip "
          "Erdoğan and Ilham Aliyev returned to it when they met in Nakhchivan on September 25, 2023.")
T_LAST = ("Last year, 486,000 passengers and 61,400 vehicles crossed there, according to the Trade Ministry.")
T_SINCE = ("Since January, 27,950 trucks have used the gate, 15,200 of them bound for Nakhchivan, the ministry said.")
DOCS.append(dict(
    doc_id="b-tr-agency-kars-dilucu-railway-aug-2025", style="turkish", side="turkish",
    outlet="ULA, Ulusal Haber Ajansı (fictional Turkish news agency, English service)",
    title="Türkiye breaks ground on Kars–Dilucu railway to Nakhchivan",
    published="2025-08-22", published_given=True,
    published_in_text=dict(surface="22.08.2025 - Update: 22.08.2025 16:05", date="2025-08-22",
                           how="printed date under headline"),
    captions=["Trucks wait at the Dilucu border gate in October 2023. Photo: ULA archive"],
    not_places=[("ULA", "the agency's acronym (dateline and caption credit); Ula is a town in Muğla, Türkiye (GeoNames "
                        "298485) and in the Philippines (1680399)")],
    patterns=["P-wire-dateline", "P-dateline-no-date", "P-printed-date", "P-relative-weekday", "P-nested-road",
              "P-railway-as-road", "P-distance-not-count", "P-future-year", "P-vague-plural", "P-buses",
              "P-closure-no-count", "P-two-claims-one-sentence", "P-metonymy-capital", "P-org-toponym",
              "P-talks-relative-day", "P-full-date", "P-two-diplomatic-dates", "P-last-year", "P-since-january",
              "P-running-tally", "P-of-them-direction", "P-vague-season", "P-caption-archive", "P-caption-old-date",
              "P-acronym-agency", "P-nakhchivan-ar"],
    traps=["the dateline 'ANKARA (ULA) –' carries no date; the printed line '22.08.2025 - Update: 22.08.2025 16:05' "
           "gives the day, and the date is given (Friday 22 August 2025): 'on Friday', 'On Thursday', 'Last year', "
           "'Since January', 'in the spring' resolve",
           "'Kars–Iğdır–Aralık–Dilucu railway', 'Kars–Dilucu railway' (headline), 'Iğdır–Dilucu road' and "
           "'Horadiz–Aghband railway' are nested names: one mention each, kind road (a railway has no kind of its own)",
           "'224-kilometre' is a distance; 'finished in 2029' is a future event (other, the year 2029)",
           "'Dozens of villagers ... brought to the site by bus' = a vague population_movement on the ceremony day; "
           "the same sentence's road closure is a second claim (restriction)",
           "'Ankara' (metonymy) and the dateline 'ANKARA' are the city; 'Baku' is the city (metonymy)",
           "'the memorandum ... on February 25, 2020' and 'met in Nakhchivan on September 25, 2023' = two diplomatic "
           "claims in one sentence",
           "'486,000 passengers and 61,400 vehicles' = two claims (people and vehicles, eval-real-4: passengers = "
           "population_movement); '15,200 of them bound for Nakhchivan' = an entry (relative to Azerbaijan), the "
           "other direction is never derived",
           "'since a second customs lane opened in the spring' = an opening (other), spring 2025 (March-May)",
           "'Nakhchivan' is the autonomous republic throughout; 'Julfa' is the Nakhchivan town, not Jolfa in Iran",
           "'ULA' (the agency) is a town in Türkiye; the caption ends in an old date (October 2023)"],
    mentions=[
        MM("Türkiye", "turkey", note="headline"),
        MM("Kars–Dilucu railway", None, "road",
           note="headline; a railway named by its ends (en dash): one mention, no id; kind road, as eval-real-4/-5 "
                "label railways", inside=[("Kars", "gn:743952"), ("Dilucu", None)]),
        MM("Nakhchivan", "nakhchivan-ar", note="headline; " + NAKH),
        MM("ANKARA", "gn:323786", note="dateline in capitals; Ankara, Türkiye (GeoNames 323786): not in the gazetteer"),
        MM("Kars–Iğdır–Aralık–Dilucu railway", None, "road",
           note="a railway line named by its ends and stops (en dashes): one mention, no id; kind road (as "
                "eval-real-4)",
           inside=[("Kars", "gn:743952"), ("Iğdır", "gn:311665"), ("Aralık", "gn:323735"), ("Dilucu", None)]),
        MM("Türkiye", "turkey"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's Nakhchivan Autonomous Republic'"),
        MM("Nakhchivan Autonomous Republic", "nakhchivan-ar", note="the full name: one mention"),
        MM("Iğdır", "gn:311665", note="'a groundbreaking ceremony in Iğdır'; " + IGDIR),
        MM("Kars", "gn:743952", note=KARS), MM("Iğdır", "gn:311665", note=IGDIR),
        MM("Aralık", "gn:323735", note=ARALIK),
        MM("Dilucu", None, "border_crossing", note="'the Dilucu border gate' (common noun left out); " + DILUCU),
        MM("Aras", None, "river", note=ARAS),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Sadarak", "gn:147282", note="Sadarak, Nakhchivan AR (GeoNames 147282 'Sedarak'): the Azerbaijani side of "
                                        "the gate"),
        MM("Aralık", "gn:323735", note="'villagers from around Aralık'; " + ARALIK),
        MM("Iğdır–Dilucu road", None, "road", note="a road named by its ends (en dash): one mention, no id",
           inside=[("Iğdır", "gn:311665"), ("Dilucu", None)]),
        MM("Türkiye", "turkey"), MM("Azerbaijan", "azerbaijan"), MM("Georgia", "georgia"),
        MM("Ankara", "gn:323786", note="metonymy for the Turkish government, labelled as the city (GeoNames 323786)"),
        MM("Zangezur corridor", "zangezur-corridor", note="the corridor (gazetteer 'zangezur-corridor'), not Kapan"),
        MM("Nakhchivan", "nakhchivan-ar", note="'In Nakhchivan, the line will join ...'; " + NAKH),
        MM("Julfa", "gn:148251", note="'the existing railway to Julfa'; " + JULFA_AZ),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government, labelled as the city"),
        MM("Horadiz–Aghband railway", None, "road", note="a railway named by its ends (en dash): one mention, no id",
           inside=[("Horadiz", "gn:148003"), ("Aghband", None)]),
        MM("Armenia", "armenia", note="'Armenia's Syunik province'"),
        MM("Syunik", "syunik", note="'Syunik province' (common noun left out)"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's Minister of Digital Development and Transport'"),
        MM("Kars", "gn:743952", note="'met ... in Kars'; " + KARS),
        MM("Nakhchivan", "nakhchivan-ar",
           note="'met in Nakhchivan': the text names no city, so the autonomous republic, as everywhere in this set "
                "(the meeting was in fact in the city of Nakhchivan, GeoNames 147429; a scorer may accept either)"),
        MM("Dilucu", None, "border_crossing", note=DILUCU),
        MM("Türkiye", "turkey"), MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Nakhchivan", "nakhchivan-ar", note="'bound for Nakhchivan'; " + NAKH),
        MM("Dilucu", None, "border_crossing", note="caption; " + DILUCU),
    ],
    claims=[
        CC(T_LEAD, "other", *T0, place="gn:311665", claimant="the Turkish Transport and Infrastructure Ministry",
           note="the groundbreaking (start of construction) 'on Friday' = 22 August 2025, the publication day; an "
                "event on the topic, no count; the dateline opens the sentence"),
        CC("Officials expect the line to be finished in 2029.", "other", "2029-01-01", "2029-12-31", "period",
           claimant="Turkish officials",
           note="a planned completion (future events are labelled with their future dates): the year 2029; no count"),
        CC(T_BUS, "population_movement", *T0, flag="vague_count", q="unspecified", unit="people", claimant=ULA,
           note="villagers brought by bus = population_movement (buses carrying people); 'Dozens' = vague; the day "
                "is the ceremony's ('to watch the ceremony' = Friday 22 August 2025); origin 'around Aralık' names "
                "villages, not the town, so origin null; the site has no id"),
        CC(T_BUS, "restriction", *T0, claimant=ULA,
           note="second claim: the Iğdır–Dilucu road closed to heavy vehicles on the ceremony day = restriction, no "
                "count; 'for most of the morning' is a duration; the road has no id, so place null"),
        CC("On Thursday, the minister met Azerbaijan's Minister of Digital Development and Transport in Kars to "
           "discuss freight tariffs and customs procedures for the new line.", "diplomatic", *D("2025-08-21"),
           place="gn:743952", claimant=ULA,
           note="talks between two governments' ministers = diplomatic; 'On Thursday' before Friday 22 August 2025 = "
                "21 August"),
        CC(T_MEMO, "diplomatic", *D("2020-02-25"), claimant=ULA,
           note="an intergovernmental memorandum signed 'on February 25, 2020' (full date) = diplomatic"),
        CC(T_MEMO, "diplomatic", *D("2023-09-25"), place="nakhchivan-ar", claimant=ULA,
           note="second claim: the presidents' meeting 'in Nakhchivan on September 25, 2023' = diplomatic"),
        CC(T_LAST, "population_movement", "2024-01-01", "2024-12-31", "period", count=486000, q="exact",
           unit="passengers", claimant=TRM,
           note="'Last year' in a 2025 report = 2024; passengers crossing with no direction = population_movement "
                "(as eval-real-4 labels the Dilucu passengers); 'there' = the Dilucu gate, which has no id, so place "
                "null"),
        CC(T_LAST, "crossing", "2024-01-01", "2024-12-31", "period", count=61400, q="exact", unit="vehicles",
           claimant=TRM, note="second claim: vehicles, both directions = crossing, 2024"),
        CC(T_SINCE, "crossing", "2025-01-01", "2025-08-22", "period", count=27950, q="exact", unit="trucks",
           claimant=TRM,
           note="running total 'Since January' with the present perfect = 1 January 2025 to publication; both "
                "directions = crossing; the gate has no id; the Trade Ministry ('the ministry')"),
        CC(T_SINCE, "entry", "2025-01-01", "2025-08-22", "period", count=15200, q="exact", unit="trucks",
           origin="turkey", destination="nakhchivan-ar", claimant=TRM,
           note="second claim: '15,200 of them bound for Nakhchivan' = entry (Nakhchivan's border with Türkiye is "
                "read relative to Azerbaijan), a directional part = its own claim; the other direction (12,750) is "
                "never derived"),
        CC("Officials said queues at the gate had shortened since a second customs lane opened in the spring.",
           "other", "2025-03-01", "2025-05-31", "period", claimant="Turkish officials",
           note="the opening of a customs lane = other (an opening); 'in the spring' of an August 2025 report = "
                "March-May 2025 (meteorological spring); the shorter queues carry no count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Azerbaijani agency item (English service). Thursday 12 June 2025; NOT given. Dateline "SHUSHA, June 12
#    (Azinform) –" without the year, nothing else: year-less and relative dates are year_unknown / relative_unknown;
#    dates with their year ("in 1992", "in November 2020") are labelled normally. Returns to Dashalti village.
# ----------------------------------------------------------------------------------------------------------
AZI = "Azinform"
SCR = "Azerbaijan's State Committee for Refugees and IDPs"
SPR = "the office of the President's special representative in Shusha district"
UNK2 = ("no publication date is known: not given, and the dateline 'SHUSHA, June 12' has no year")
DASH = ("Dashalti (Daşaltı), a village of Shusha district below the Shusha cliffs: not in the gazetteer nor in "
        "cities500")
SHD = "'Shusha district' = the district named after the town, labelled as the town (gazetteer 'shusha')"
Z_LEAD = ("SHUSHA, June 12 (Azinform) – Another group of former internally displaced persons was resettled today in "
          "the village of Dashalti in Shusha district, where 25 families, 94 people in all, received the keys to "
          "their new houses.")
Z_SPLIT = "Of the newcomers, 19 families came from Baku and six from Sumgayit."
Z_SOFAR = ("So far, 142 families (518 people) have settled in Dashalti since the first residents arrived on April 17, "
           "according to the office.")
Z_HIST = ("It was occupied by Armenian armed forces in 1992 and liberated in November 2020, during the 44-day war, "
          "when Azerbaijani units climbed from the village to the city.")
Z_WEEK = "Last week, 30 families (107 people) moved to the city of Shusha itself."
DOCS.append(dict(
    doc_id="b-az-agency-dashalti-return-jun-2025", style="azerbaijani", side="azerbaijani",
    outlet="Azinform (fictional Azerbaijani news agency, English service)",
    title="Another 25 families return to Dashalti village of Shusha district",
    published="2025-06-12", published_given=False,
    published_in_text=dict(surface="SHUSHA, June 12 (Azinform)", date=None, how="dateline"),
    published_note="Thursday 12 June 2025; the text gives day and month in the dateline but no year anywhere",
    captions=["Returnees outside their new houses in Dashalti. Photo: Azinform"],
    not_places=[("Aydin", "given name of the official (Aydin Ismayilzade); Aydın is a city in Türkiye (GeoNames 322830, "
                          "alternate name 'Aydin') and a village (302096)")],
    patterns=["P-wire-dateline", "P-yearless-dateline", "P-not-given", "P-relative-today", "P-families-people",
              "P-in-all-people", "P-buses", "P-district-of-city", "P-split-by-place", "P-number-in-words",
              "P-official-title-name", "P-so-far", "P-bracket-people", "P-since-yearless-date", "P-first-arrival",
              "P-relative-weekday", "P-distance-not-count", "P-year-only", "P-month-year", "P-relative-last-week",
              "P-now-stock", "P-two-regions", "P-remain-closed", "P-acronym-agency", "P-quote-no-claim",
              "P-age-not-count", "P-caption-credit", "P-given-name-place"],
    traps=["not given, and the dateline 'SHUSHA, June 12 (Azinform)' has no year: 'today', 'this morning', 'on "
           "Monday', 'Last week', 'now', 'So far' -> relative_unknown; 'since ... April 17' and 'arrived on April 17' "
           "-> year_unknown; 'in 1992' and 'in November 2020' carry their year and are labelled normally",
           "'25 families, 94 people in all' = two claims (families and people); the headline's '25 families' is "
           "restated in the body and labelled there",
           "'Six buses carrying the families' = a movement of its own unit (buses), same day as the lead",
           "'19 families came from Baku and six from Sumgayit' = a split by place: two claims, never a breakdown; "
           "'six' in words",
           "'142 families (518 people)' and '30 families (107 people)' = two claims each",
           "'about five kilometres' is a distance; '44-day war' is a duration; '71' is an age; 'two-storey' and "
           "'two small sons' are not claims",
           "'Karabakh and East Zangezur' = two regions, so the stock has no single place; 'East Zangezur' is "
           "Azerbaijan's economic region, not Syunik (gazetteer 'Zangezur')",
           "'remains closed until mine clearance is completed' = a restriction, present tense with no relative "
           "word: undated, no flag",
           "'Aydin' (given name) collides with GeoNames places; ANAMA is an acronym"],
    mentions=[
        MM("Dashalti", None, "settlement", note="headline; " + DASH),
        MM("Shusha", "shusha", note="headline; " + SHD),
        MM("SHUSHA", "shusha", note="dateline in capitals"),
        MM("Dashalti", None, "settlement", note="'the village of Dashalti'; " + DASH),
        MM("Shusha", "shusha", note=SHD),
        MM("Baku", "baku", note="'Baku's Garadagh district'"),
        MM("Garadagh", None, "region",
           note="the Garadagh district of Baku (Qaradağ raion): not in the gazetteer nor in cities500"),
        MM("Baku", "baku"), MM("Sumgayit", "gn:584923", note="Sumgayit, Azerbaijan (GeoNames 584923)"),
        MM("Shusha", "shusha", note="'the President's special representative in Shusha district'; " + SHD),
        MM("Dashalti", None, "settlement", note=DASH),
        MM("Dashalti", None, "settlement", note=DASH),
        MM("Shusha", "shusha", note="'the cliffs of Shusha' (the town)"),
        MM("Shusha", "shusha", note="'the city of Shusha itself' (the town)"),
        MM("Karabakh", "karabakh"),
        MM("East Zangezur", None, "region",
           note="Azerbaijan's East Zangezur economic region (Kalbajar, Lachin, Gubadli, Zangilan, Jabrayil): not in "
                "the gazetteer; not Syunik (gazetteer 'syunik' has the name 'Zangezur')"),
        MM("Dashalti", None, "settlement", note="in the returnee's quote; " + DASH),
        MM("Dashalti", None, "settlement", note="caption; " + DASH),
    ],
    claims=[
        CC(Z_LEAD, "population_movement", flag="relative_unknown", count=25, q="exact", unit="families",
           claimant=AZI,
           note="returnees resettled 'today': the dateline's 'June 12' has no year and the date is not given, so "
                "relative_unknown with null dates; destination Dashalti has no id, so null; the dateline opens the "
                "sentence"),
        CC(Z_LEAD, "population_movement", flag="relative_unknown", count=94, q="exact", unit="people",
           claimant=AZI, note="second claim: '94 people in all', the same group in people (another unit)"),
        CC("Six buses carrying the families left Baku's Garadagh district early this morning, the State Committee "
           "for Refugees and IDPs said.", "population_movement", flag="relative_unknown", count=6, q="exact",
           unit="buses", origin="baku", claimant=SCR,
           note="buses carrying people = population_movement, in buses (as eval-real-8 labels buses and the people "
                "they carry apart); 'Six' in words; 'this morning' -> relative_unknown; origin = Baku (its Garadagh "
                "district has no id); destination Dashalti has no id"),
        CC(Z_SPLIT, "population_movement", flag="relative_unknown", count=19, q="exact", unit="families",
           origin="baku", claimant=SCR,
           note="a split by place of origin = a claim of its own for each part (never a breakdown); the same day as "
                "the lead ('today') -> relative_unknown; the committee's attribution carries over"),
        CC(Z_SPLIT, "population_movement", flag="relative_unknown", count=6, q="exact", unit="families",
           origin="gn:584923", claimant=SCR,
           note="second part of the split: 'six from Sumgayit' ('six' in words)"),
        CC(Z_SOFAR, "population_movement", flag="year_unknown", count=142, q="exact", unit="families",
           claimant=SPR,
           note="running total 'So far ... since the first residents arrived on April 17' = 17 April to publication, "
                "but 'April 17' has no year and no publication date is known -> year_unknown, null dates; written "
                "'April 17'; destination Dashalti has no id"),
        CC(Z_SOFAR, "population_movement", flag="year_unknown", count=518, q="exact", unit="people", claimant=SPR,
           note="second claim: the bracket in people ('(518 people)')"),
        CC(Z_SOFAR, "population_movement", flag="year_unknown", claimant=SPR,
           note="third claim: the first residents' arrival 'on April 17', a dated movement with no quantity (count "
                "and qualifier null); written 'April 17', no year -> year_unknown"),
        CC("A school and a medical post opened in the village on Monday.", "other", flag="relative_unknown",
           claimant=AZI,
           note="an opening = other, no count; 'on Monday' with no publication date known -> relative_unknown; the "
                "village (Dashalti) has no id"),
        CC(Z_HIST, "other", "1992-01-01", "1992-12-31", "period", claimant=AZI,
           note="the occupation 'in 1992' (year written): the year as the period, labelled normally although no "
                "publication date is known; the village has no id"),
        CC(Z_HIST, "other", *month(2020, 11), "month", claimant=AZI,
           note="second claim: the recapture 'in November 2020' (month with its year); '44-day war' is a duration"),
        CC(Z_WEEK, "population_movement", flag="relative_unknown", count=30, q="exact", unit="families",
           destination="shusha", claimant=AZI,
           note="'Last week' with no publication date known -> relative_unknown; the city of Shusha"),
        CC(Z_WEEK, "population_movement", flag="relative_unknown", count=107, q="exact", unit="people",
           destination="shusha", claimant=AZI, note="second claim: the bracket in people"),
        CC("About 40,000 people now live in Karabakh and East Zangezur, including former displaced persons, "
           "construction workers and civil servants, according to official figures.", "stock",
           flag="relative_unknown", count=40000, q="about", unit="people", claimant="official figures",
           note="people who live somewhere = stock; 'now' with no publication date known -> relative_unknown; two "
                "regions, so place null; the list after 'including' has no numbers"),
        CC("Entry to the upper part of the old village remains closed until mine clearance is completed, the Mine "
           "Action Agency (ANAMA) said.", "restriction", claimant="the Mine Action Agency (ANAMA)",
           note="a closure = restriction, no count; present tense with no relative word and no known date -> "
                "undated, no flag (as eval-real-7 reads 'stays open ... stopping cars'); Dashalti has no id"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Armenian local radio evening bulletin (web transcript). Wednesday 26 April 2023; NOT given; NO date line and NO
#    year anywhere: 'Sunday, April 23' -> year_unknown; 'now', 'since Tuesday', 'On Tuesday', 'Yesterday', 'This
#    morning', 'still', 'On Monday', 'last August' -> relative_unknown. Tegh and the Hakari bridge checkpoint.
# ----------------------------------------------------------------------------------------------------------
RG = "Radio Goris"
UNK3 = "no publication date is known (not given; the bulletin has no date line and no year anywhere)"
HK = "the Hakari bridge (gazetteer 'hakari-bridge'): the feature noun is part of the name"
STEP = "Stepanakert = Khankendi (gazetteer 'khankendi'), the Armenian name"
BERD = "Berdzor = Lachin (gazetteer 'lachin'), the Armenian name"
R_CP = ("For a fourth day, villagers have been watching the Azerbaijani checkpoint that went up at the bridge on "
        "Sunday, April 23.")
DOCS.append(dict(
    doc_id="b-local-radio-tegh-hakari-checkpoint-apr-2023", style="local", side="armenian",
    outlet="Radio Goris (fictional Armenian local radio, Goris; English web transcript)",
    title="Tegh watches the new checkpoint on the Hakari bridge",
    published="2023-04-26", published_given=False, published_in_text=None,
    published_note="the evening bulletin of Wednesday 26 April 2023; the text states no date and no year",
    captions=[],
    not_places=[("Armen", "given name of the village head (Armen Sahakyan); Armen is a village in Albania (GeoNames "
                          "3186184)")],
    patterns=["P-radio-sign-on", "P-no-date-line", "P-no-year-anywhere", "P-outlet-place-in-name", "P-clock-not-count",
              "P-ordinal-not-count", "P-yearless-date", "P-checkpoint-setup", "P-present-checks", "P-now-stock",
              "P-double-name", "P-corridor-name", "P-about-count", "P-stock-live", "P-river-name", "P-nested-road",
              "P-closure-since", "P-relative-weekday", "P-detention", "P-a-single", "P-duration-not-count",
              "P-patients-transfer", "P-said-yesterday", "P-convoy-into-karabakh", "P-relative-today",
              "P-stock-still", "P-number-in-words", "P-diplomatic-protest", "P-name-with-yearless-date",
              "P-relative-last-month", "P-handover", "P-metonymy-capital", "P-buses", "P-rate", "P-weather-filler",
              "P-given-name-place"],
    traps=["no date line and no year anywhere, and the date is not given: 'Sunday, April 23' -> year_unknown; 'now', "
           "'since Tuesday', 'On Tuesday', 'Yesterday', 'This morning', 'still', 'On Monday', 'last August' -> "
           "relative_unknown",
           "the checkpoint set up (a dated restriction) and the checks 'now' (a second restriction) are two claims",
           "'about 2,300 people live in Tegh' = a stock, present tense with no relative word: undated, no flag",
           "'the Hakari' (the river, no id) against 'the Hakari bridge' (gazetteer 'hakari-bridge')",
           "'Berdzor' = Lachin, 'Stepanakert' = Khankendi, 'Aghavno' = 'Zabukh' (double names); 'Lachin corridor' "
           "is the corridor, not the town",
           "'held a shepherd ... for several hours' = a detention of one person; 'several hours' is a duration",
           "'nine patients from Stepanakert to hospitals in Yerevan' = a patient transfer (population_movement)",
           "'two convoys with food and fuel across the bridge into Karabakh' = entry (into Karabakh relative to "
           "Karabakh)",
           "'the November 9 trilateral statement' is a name with a year-less date inside it, not the claim's date "
           "(the protest was 'On Monday')",
           "'eight o'clock', 'a fourth day', '18 degrees' are not counts; 'many seats stay empty' is not a count; "
           "the weather is filler",
           "'Armen' (given name) collides with a GeoNames village; no captions (radio)"],
    mentions=[
        MM("Tegh", "tegh", note="headline"),
        MM("Hakari bridge", "hakari-bridge", note="headline; " + HK),
        MM("Goris", "goris", note="'Radio Goris': toponym in the outlet's name"),
        MM("Tegh", "tegh"),
        MM("Hakari bridge", "hakari-bridge", note=HK),
        MM("Tegh", "tegh"),
        MM("Lachin corridor", "lachin-corridor", note="the corridor (gazetteer 'lachin-corridor'), not the town"),
        MM("Berdzor", "lachin", note=BERD),
        MM("Stepanakert", "khankendi", note=STEP),
        MM("Tegh", "tegh"),
        MM("Hakari", None, "river",
           note="'the pastures by the Hakari' = the Hakari river: " + RIVER_NULL + " (the bridge is a different "
                "feature, so there the noun is kept)"),
        MM("Tegh–Kornidzor road", None, "road",
           note="a road named by its ends (en dash): one mention, not in the gazetteer (as eval-real-6)",
           inside=[("Tegh", "tegh"), ("Kornidzor", "kornidzor")]),
        MM("Goris", "goris"),
        MM("Kornidzor", "kornidzor"),
        MM("Stepanakert", "khankendi", note=STEP),
        MM("Yerevan", "yerevan"),
        MM("Karabakh", "karabakh"),
        MM("Tegh", "tegh"),
        MM("Stepanakert", "khankendi", note=STEP),
        MM("Yerevan", "yerevan", note="'the Foreign Ministry in Yerevan' (the ministry's seat)"),
        MM("Aghavno", "aghavno", note="Aghavno/Zabukh: the Armenian name (gazetteer 'aghavno')"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Zabukh", "aghavno", note="the Azerbaijani name of Aghavno ('that Azerbaijan now calls Zabukh')"),
        MM("Berdzor", "lachin", note=BERD),
        MM("Baku", "baku", note="'which Baku calls Lachin': metonymy for the Azerbaijani government, labelled as the "
                                "city"),
        MM("Lachin", "lachin", note="the Azerbaijani name of Berdzor (the town)"),
        MM("Tegh", "tegh"), MM("Goris", "goris"),
        MM("Syunik", "syunik", note="the province, in the weather item"),
        MM("Goris", "goris"),
    ],
    claims=[
        CC(R_CP, "restriction", flag="year_unknown", place="hakari-bridge", claimant=RG,
           note="a checkpoint set up = restriction, no count; written 'Sunday, April 23' without a year and no "
                "publication date known -> year_unknown, null dates; 'a fourth day' is an ordinal"),
        CC("From the upper streets of Tegh you can see the barrier, a flag and a row of containers where Azerbaijani "
           "border guards now check every vehicle travelling along the Lachin corridor to Berdzor and Stepanakert.",
           "restriction", flag="relative_unknown", place="hakari-bridge", claimant=RG,
           note="checks on every vehicle = restriction, no count ('every vehicle' is not a number); 'now' with no "
                "publication date known -> relative_unknown; the checks are at the checkpoint (the bridge)"),
        CC("Village head Armen Sahakyan told us that about 2,300 people live in Tegh, and that farmers no longer take "
           "their cattle down to the pastures by the Hakari.", "stock", count=2300, q="about", unit="people",
           place="tegh", claimant="Armen Sahakyan, the Tegh village head",
           note="a population = stock; present tense with no relative word and no known date -> undated, no flag "
                "(eval-real-7's convention); the lost pastures carry no count"),
        CC("The Tegh–Kornidzor road has been closed to cars from the village since Tuesday, when new Azerbaijani "
           "posts appeared beside it, and the way to Goris is now a field track.", "restriction",
           flag="relative_unknown", claimant=RG,
           note="a road closure = restriction, no count; 'since Tuesday' with the present perfect = Tuesday to "
                "publication, but no publication date is known -> relative_unknown; the road has no id, so place "
                "null"),
        CC("On Tuesday, residents say, Azerbaijani soldiers held a shepherd from Kornidzor for several hours after his "
           "flock wandered towards the posts.", "detention", flag="relative_unknown", count=1, q="exact",
           unit="people", claimant="Tegh residents",
           note="a person held = detention; 'a shepherd' = one person (count 1, as eval-real-7 reads 'a resident of "
                "Ijevan'); 'On Tuesday' -> relative_unknown; 'for several hours' is a duration; where he was held is "
                "not stated (place null; he is 'from Kornidzor')"),
        CC("Yesterday, the Red Cross moved nine patients from Stepanakert to hospitals in Yerevan through the "
           "checkpoint, the first such transfer since Sunday.", "population_movement", flag="relative_unknown",
           count=9, q="exact", unit="patients", origin="khankendi", destination="yerevan", via="hakari-bridge",
           claimant=RG,
           note="a patient transfer = population_movement; 'nine' in words; 'Yesterday' -> relative_unknown; via = "
                "the checkpoint at the Hakari bridge (the paragraph's subject)"),
        CC("This morning, Russian peacekeepers escorted two convoys with food and fuel across the bridge into "
           "Karabakh.", "entry", flag="relative_unknown", count=2, q="exact", unit="convoys",
           destination="karabakh", via="hakari-bridge", claimant=RG,
           note="convoys passing into Karabakh = entry (read relative to Karabakh); 'two' in words, unit as counted "
                "('convoys'); 'This morning' -> relative_unknown; 'the bridge' = the Hakari bridge"),
        CC("Twelve students from Tegh who study in Stepanakert are still on the other side, their parents say.",
           "stock", flag="relative_unknown", count=12, q="exact", unit="students", place="karabakh",
           claimant="the students' parents",
           note="people who are somewhere (stranded) = stock; 'Twelve' in words; 'still' with no publication date "
                "known -> relative_unknown; 'the other side' of the checkpoint = Karabakh (they study in "
                "Stepanakert)"),
        CC("On Monday, the Foreign Ministry in Yerevan called the checkpoint a gross violation of the November 9 "
           "trilateral statement and asked the Russian peacekeepers to restore free movement.", "diplomatic",
           flag="relative_unknown", place="yerevan", claimant="the Armenian Foreign Ministry",
           note="a government's protest = diplomatic; 'On Monday' -> relative_unknown; 'November 9' is part of the "
                "statement's name (the 2020 trilateral statement), not the date of this claim"),
        CC("Aghavno, the village just across the border that Azerbaijan now calls Zabukh, was handed over last August "
           "together with Berdzor, which Baku calls Lachin.", "other", flag="relative_unknown", place="aghavno",
           claimant=RG,
           note="the handover of the villages = other (an event on the topic), no count; 'last August' with no "
                "publication date known -> relative_unknown; one event for both places, so one claim with the "
                "sentence's subject (Aghavno) as place"),
        CC("Two buses a day still leave Tegh for Goris, their driver says, though many seats stay empty.",
           "population_movement", flag="relative_unknown", count=2, q="exact", unit="buses", origin="tegh",
           destination="goris", claimant="the bus driver",
           note="scheduled buses carrying people = population_movement, a rate ('a day'); 'still' -> "
                "relative_unknown; 'many seats stay empty' is not a count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Georgian news site, HTML. Wednesday 28 September 2022; NOT given; the date is only in
#    <meta property="article:published_time"> (nothing visible), so a reader of the page knows it. Armenian trucks
#    stranded at Upper Lars during the September 2022 queues after Russia's mobilisation.
# ----------------------------------------------------------------------------------------------------------
MA = "Mtis Ambebi"
GIM = "Georgia's Interior Ministry"
EMB = "Armenia's embassy in Tbilisi"
G0 = D("2022-09-28")
LARS = "Upper Lars (Verkhny Lars), the Georgia–Russia road crossing (gazetteer 'upper-lars')"
STM = "Stepantsminda (Kazbegi), Georgia (GeoNames 614087)"
GMR = ("the Georgian Military Road (Mtskheta–Stepantsminda–Lars): a named road, not in the gazetteer; the adjective "
       "is part of the name, not a mention of Georgia")
ENTRY_GE = ("the Georgia–Russia border is neither Azerbaijan's nor Armenia's, so the direction is read relative to "
            "Georgia (the country whose border the ministry reports and the outlet's own)")
L_TUE = ("On Tuesday alone, 11,240 people entered Georgia from Russia through Upper Lars and 1,730 left for Russia, "
         "Georgia's Interior Ministry said.")
L_Q = ("Early on Wednesday, the queue on the Georgian side numbered 1,640 vehicles: 1,210 trucks and 430 cars, police "
       "said.")
DOCS.append(dict(
    doc_id="b-html-ge-site-upper-lars-truckers-sep-2022", style="georgian", side="georgian",
    outlet="Mtis Ambebi (fictional Georgian regional news site, English edition)",
    title="Some 600 Armenian trucks stuck as Russians pour across Upper Lars",
    published="2022-09-28", published_given=False,
    html_file="b-html-ge-site-upper-lars-truckers-sep-2022.html",
    published_in_text=dict(surface="2022-09-28T10:15:00+04:00", date="2022-09-28", how="html meta"),
    captions=["Trucks parked near Stepantsminda in November 2018. Photo: Mtis Ambebi archive"],
    not_places=[("Nana", "given name of the reporter (Nana Kvaratskhelia); Nana is a commune in Romania (GeoNames "
                         "672523)")],
    patterns=["P-html-meta", "P-no-visible-date", "P-byline-place", "P-headline-only-count", "P-vague-plural",
              "P-double-name", "P-road-name", "P-relative-last-week-day", "P-range-duration-not-count",
              "P-relative-weekday", "P-direction-pair", "P-since-date", "P-over-count", "P-running-tally",
              "P-nth-day", "P-closure-no-count", "P-groups-not-count", "P-colon-breakdown", "P-stock-waiting",
              "P-about-count", "P-queue-other-side", "P-stock-registered", "P-diplomatic-request", "P-rate",
              "P-month-inferred-year", "P-quote-no-claim", "P-caption-archive", "P-caption-old-date",
              "P-given-name-place"],
    traps=["the publication date is only in <meta property=\"article:published_time\"> (nothing visible); not passed, "
           "but a reader of the page knows it (Wednesday 28 September 2022): 'last Wednesday', 'On Tuesday', "
           "'Since September 21', 'for the third day', 'Early on Wednesday', 'on Monday', 'In August' resolve",
           "the headline's 'Some 600 Armenian trucks' is never in the body (the body says 'Hundreds'): "
           "from_headline, and the body's vague stock is labelled too",
           "'between 40 and 50 hours' is a duration, not a range count; 'in groups of 50' is a rule, not a count",
           "'11,240 people entered Georgia from Russia ... and 1,730 left for Russia' = an entry and an exit, read "
           "relative to Georgia (neither Armenia's nor Azerbaijan's border)",
           "'Putin announced a partial mobilisation last Wednesday' = 21 September 2022 (the Wednesday of the week "
           "before), the event behind the queues (other)",
           "'closed ... to trucks for the third day' = 26-28 September (period)",
           "'1,640 vehicles: 1,210 trucks and 430 cars' = one stock with a breakdown by type",
           "'About 380 Armenian drivers have registered' = a stock on the page's day; the embassy's request to the "
           "Georgian ministry 'On Tuesday' = diplomatic",
           "'about 150 Armenian trucks a day' in August = a rate, August 2022",
           "'Stepantsminda (Kazbegi)' = two mentions of one place; 'Georgian Military Road' is a road name "
           "(the adjective is no mention of Georgia); 'Kobi' has no id",
           "'Nana' (the reporter's given name) collides with a GeoNames place; the caption ends in an old date "
           "(November 2018)"],
    mentions=[
        MM("Upper Lars", "upper-lars", "border_crossing", note="headline; " + LARS),
        MM("Stepantsminda", "gn:614087", note="byline place; " + STM),
        MM("Georgian Military Road", None, "road", note=GMR),
        MM("Stepantsminda", "gn:614087", note=STM),
        MM("Kazbegi", "gn:614087", note="the town's former name in brackets: a second mention of Stepantsminda "
                                        "(GeoNames 614087 lists 'Kazbegi' as an alternate name)"),
        MM("Upper Lars", "upper-lars", "border_crossing", note="'the Upper Lars checkpoint' (common noun left out); "
                                                               + LARS),
        MM("Russia", "russia"),
        MM("Georgia", "georgia"), MM("Russia", "russia"),
        MM("Upper Lars", "upper-lars", "border_crossing", note=LARS),
        MM("Russia", "russia"), MM("Georgia", "georgia", note="'Georgia's Interior Ministry'"),
        MM("Georgia", "georgia"),
        MM("Kobi", None, "settlement",
           note="Kobi, a village on the Georgian Military Road: not in the gazetteer nor in cities500 (GeoNames "
                "'Kobi' alternates are Gobu, Azerbaijan, and Corby)"),
        MM("Vladikavkaz", "gn:473249", note="Vladikavkaz, North Ossetia, Russia (GeoNames 473249)"),
        MM("Stepantsminda", "gn:614087", note=STM),
        MM("Armenia", "armenia", note="'Armenia's embassy'"),
        MM("Tbilisi", "gn:611717", note="Tbilisi, Georgia (GeoNames 611717)"),
        MM("Georgia", "georgia", note="'Georgia's Interior Ministry'"),
        MM("Upper Lars", "upper-lars", "border_crossing", note=LARS),
        MM("Armenia", "armenia", note="'Armenia's customs attaché'"),
        MM("Georgian Military Road", None, "road", note=GMR),
        MM("Armenia", "armenia"), MM("Russia", "russia"),
        MM("Artashat", "gn:174979", note="Artashat, Ararat province, Armenia (GeoNames 174979), not Verin Artashat "
                                         "(616100)"),
        MM("Gudauri", "gn:614410", note="Gudauri, Georgia (GeoNames 614410)"),
        MM("Stepantsminda", "gn:614087", note="caption; " + STM),
    ],
    claims=[
        CC("Some 600 Armenian trucks stuck as Russians pour across Upper Lars", "stock", *G0, from_headline=True,
           count=600, q="about", unit="trucks", place="upper-lars", claimant=MA,
           note="the headline's figure is never stated in the body ('Hundreds' there) -> from_headline; trucks "
                "stuck = stock on the page's day (present); 'Some' = about"),
        CC("Hundreds of Armenian trucks are stranded on the Georgian Military Road between Stepantsminda (Kazbegi) "
           "and the Upper Lars checkpoint, where the border with Russia has been overwhelmed since Vladimir Putin "
           "announced a partial mobilisation last Wednesday.", "stock", *G0, flag="vague_count", q="unspecified",
           unit="trucks", place="upper-lars", claimant=MA,
           note="trucks stranded = stock, present tense on the page's day; 'Hundreds' = vague; they wait on the road "
                "to the crossing (the road has no id), so place = the crossing"),
        CC("Hundreds of Armenian trucks are stranded on the Georgian Military Road between Stepantsminda (Kazbegi) "
           "and the Upper Lars checkpoint, where the border with Russia has been overwhelmed since Vladimir Putin "
           "announced a partial mobilisation last Wednesday.", "other", *D("2022-09-21"), place="russia",
           claimant=MA,
           note="second claim: the mobilisation announced 'last Wednesday' = the Wednesday of the week before "
                "(Monday 19 - Sunday 25 September) = 21 September 2022, the event behind the queues (a dated event "
                "on the topic, as the start of fighting is labelled)"),
        CC(L_TUE, "entry", *D("2022-09-27"), count=11240, q="exact", unit="people", origin="russia",
           destination="georgia", place="upper-lars", claimant=GIM,
           note="'On Tuesday' before Wednesday 28 September 2022 = 27 September; people crossing with a stated "
                "direction = entry; " + ENTRY_GE),
        CC(L_TUE, "exit", *D("2022-09-27"), count=1730, q="exact", unit="people", origin="georgia",
           destination="russia", place="upper-lars", claimant=GIM,
           note="second claim: the other direction ('left for Russia') = exit, a split by direction (never netted); "
                + ENTRY_GE),
        CC("Since September 21, more than 53,000 Russian citizens have crossed into Georgia, according to the "
           "ministry.", "entry", "2022-09-21", "2022-09-28", "period", count=53000, q="at_least", unit="people",
           origin="russia", destination="georgia", claimant=GIM,
           note="running total 'Since September 21' with the present perfect = 21 September 2022 (year from the "
                "page's date) to publication; 'more than' = at_least; 'crossed into Georgia' = entry; the sentence "
                "names no crossing (the total may include others than Upper Lars), so place null"),
        CC("Georgian police have closed the road above Kobi to trucks for the third day, letting heavy vehicles up to "
           "the border in groups of 50 only at night.", "restriction", "2022-09-26", "2022-09-28", "period",
           claimant="Georgian police",
           note="a closure to trucks = restriction, no count; 'for the third day' on Wednesday 28 September = 26-28 "
                "September 2022 (as eval-real-7 dates 'for a second day'); 'groups of 50' is a rule, not a count; "
                "the road has no id and Kobi none, so place null"),
        CC(L_Q, "stock", *G0, count=1640, q="exact", unit="vehicles", breakdown=[(1210, "trucks"), (430, "cars")],
           place="upper-lars", claimant="Georgian police",
           note="a queue = stock; 'Early on Wednesday' = the page's day; the colon list sums to the total = one claim "
                "with a breakdown by type (never three claims)"),
        CC("On the Russian side, officials in Vladikavkaz put the line of cars waiting to leave at about 5,500 on "
           "Monday.", "stock", *D("2022-09-26"), count=5500, q="about", unit="cars", place="upper-lars",
           claimant="North Ossetian officials in Vladikavkaz",
           note="cars waiting to leave Russia = stock (they have not crossed); 'on Monday' before Wednesday 28 "
                "September = 26 September 2022; the queue is for the crossing, on the Russian side"),
        CC("About 380 Armenian drivers have registered with consular officers sent to Stepantsminda from Armenia's "
           "embassy in Tbilisi, the embassy said.", "stock", *G0, count=380, q="about", unit="drivers",
           place="gn:614087", claimant=EMB,
           note="people registered (stranded) = stock, present perfect with no date = the page's day (as eval-real-8 "
                "reads 'are registered'); the unit as counted ('drivers'); the officers carry no count"),
        CC("On Tuesday, it asked Georgia's Interior Ministry to let trucks carrying perishable goods go first.",
           "diplomatic", *D("2022-09-27"), claimant=EMB,
           note="a request from Armenia's embassy to a Georgian ministry = diplomatic; 'On Tuesday' = 27 September "
                "2022; 'it' = the embassy"),
        CC("In August, about 150 Armenian trucks a day passed through Upper Lars, according to Armenia's customs "
           "attaché at the crossing.", "crossing", *month(2022, 8), "month", count=150, q="about", unit="trucks",
           place="upper-lars", claimant="Armenia's customs attaché at Upper Lars",
           note="a rate ('a day') in August 2022 (year from the page's date); no direction = crossing"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Iranian agency item (English service). Thursday 22 October 2020; given. Gregorian dateline without the year:
#    "JOLFA, Oct. 22 (SINA) –". Red Crescent tent camps near Jolfa and Kalaleh during the 2020 war.
# ----------------------------------------------------------------------------------------------------------
SINA = "SINA"
HR = "Hassan Rahimzadeh, head of the Red Crescent's East Azarbaijan branch"
I0 = D("2020-10-22")
I_LEAD = ("JOLFA, Oct. 22 (SINA) – The Red Crescent Society has put up 140 tents in two camps near Jolfa and the "
          "border village of Kalaleh for families who left their homes along the Aras river as the fighting between "
          "the Republic of Azerbaijan and Armenia moved closer to the frontier, a provincial official said on "
          "Thursday.")
I_CAMP = ("Hassan Rahimzadeh, head of the society's East Azarbaijan branch, told SINA that 412 people from 97 families "
          "had moved into the camps since Monday: 286 at Kalaleh and 126 near Jolfa.")
I_SHELL = ("At least nine rockets and mortar shells fell on farmland around Kalaleh on Wednesday without causing "
           "casualties, the Jolfa governor said.")
I_SINCE = ("More than 90 shells have landed on Iranian territory since the clashes began on September 27, according "
           "to provincial officials.")
DOCS.append(dict(
    doc_id="b-ir-agency-red-crescent-jolfa-kalaleh-oct-2020", style="iranian", side="iranian",
    outlet="SINA, Sina News Agency (fictional Iranian news agency, English service)",
    title="Red Crescent shelters Aras villagers in tent camps near Jolfa and Kalaleh",
    published="2020-10-22", published_given=True,
    published_in_text=dict(surface="JOLFA, Oct. 22 (SINA)", date=None, how="dateline"),
    captions=["Red Crescent tents near Kalaleh on Wednesday. Photo: SINA"],
    not_places=[("SINA", "the agency's acronym (dateline, body, caption); Sina is a town in Peru (GeoNames 3928601) "
                         "and an alternate name of Sanandaj, Iran (117574)"),
                ("Hassan", "given name of the Red Crescent official (Hassan Rahimzadeh); Hassan is a city in India "
                           "(GeoNames 1270239)")],
    patterns=["P-wire-dateline", "P-yearless-dateline", "P-gregorian-dateline-iran", "P-headline-no-figure",
              "P-republic-of-azerbaijan", "P-river-modifier", "P-said-on-weekday", "P-relative-weekday",
              "P-colon-split-by-place", "P-families-people", "P-since-weekday", "P-so-far", "P-colon-breakdown",
              "P-convoy", "P-said-yesterday", "P-at-least-count", "P-number-in-words", "P-official-title-place",
              "P-since-date", "P-over-count", "P-running-tally", "P-closure-since", "P-advice-not-claim",
              "P-stock-still", "P-about-count", "P-diplomatic-warning", "P-julfa-jolfa", "P-exclave",
              "P-caption-credit", "P-acronym-agency", "P-given-name-place"],
    traps=["the dateline 'JOLFA, Oct. 22 (SINA)' has no year, but the date is given (Thursday 22 October 2020): 'on "
           "Thursday', 'since Monday', 'yesterday', 'on Wednesday', 'September 27', 'since Saturday', 'still', 'On "
           "Tuesday' resolve",
           "'412 people from 97 families ...: 286 at Kalaleh and 126 near Jolfa' = four claims (people, families, and "
           "a split by place: never a breakdown)",
           "'2,600 items: 1,400 blankets, 800 food parcels and 400 hygiene kits' = one claim with a breakdown by "
           "type",
           "'A convoy of 12 Red Crescent trucks ... left Tabriz' = a convoy (crossing)",
           "'More than 90 shells ... since the clashes began on September 27' = a running total and the start of the "
           "clashes (two claims)",
           "'closed ... since Saturday' = a restriction to publication; the border guards' request to farmers is "
           "advice, not a claim",
           "'Kalaleh' is the Jolfa-county village (no id), not GeoNames 129512 Kalāleh in Golestan",
           "'Julfa in Azerbaijan's Nakhchivan exclave' (148251) against 'Jolfa' (Iran, 130081); 'the Republic of "
           "Azerbaijan' is one mention; 'Aras villagers' labels the river used as a modifier",
           "'SINA' (the agency) and 'Hassan' (a given name) collide with GeoNames places"],
    mentions=[
        MM("Aras", None, "river", note="headline; 'Aras villagers' (a toponym used as a modifier); " + ARAS),
        MM("Jolfa", "gn:130081", note="headline; " + JOLFA_IR),
        MM("Kalaleh", None, "settlement", note="headline; " + KALALEH),
        MM("JOLFA", "gn:130081", note="dateline in capitals; " + JOLFA_IR),
        MM("Jolfa", "gn:130081", note=JOLFA_IR),
        MM("Kalaleh", None, "settlement", note="'the border village of Kalaleh'; " + KALALEH),
        MM("Aras", None, "river", note="'the Aras river' (common noun left out); " + ARAS),
        MM("Republic of Azerbaijan", "azerbaijan",
           note="the country's full name, as Iranian outlets write it: one mention"),
        MM("Armenia", "armenia"),
        MM("East Azarbaijan", "east-azerbaijan", note="'the society's East Azarbaijan branch': the Iranian province"),
        MM("Kalaleh", None, "settlement", note=KALALEH),
        MM("Jolfa", "gn:130081", note=JOLFA_IR),
        MM("Tabriz", "gn:113646", note="Tabriz, Iran (GeoNames 113646)"),
        MM("Kalaleh", None, "settlement", note=KALALEH),
        MM("Jolfa", "gn:130081", note="'the Jolfa governor': toponym in an official's title; " + JOLFA_IR),
        MM("Zangilan", "zangilan", note="the Azerbaijani town across the river (gazetteer 'zangilan')"),
        MM("Jolfa", "gn:130081", note=JOLFA_IR),
        MM("Kalaleh", None, "settlement", note=KALALEH),
        MM("Iran", "iran"),
        MM("Julfa", "gn:148251", note=JULFA_AZ),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's Nakhchivan exclave'"),
        MM("Nakhchivan", "nakhchivan-ar", note="'Nakhchivan exclave' = the autonomous republic (as eval-holdout reads "
                                               "'its Nakhchivan exclave')"),
        MM("Kalaleh", None, "settlement", note="caption; " + KALALEH),
    ],
    claims=[
        CC(I_LEAD, "other", *I0, count=140, q="exact", unit="tents", claimant="a provincial official",
           note="relief tents put up = other with its count (not a movement); the present perfect with no date of "
                "its own = the day it was announced, 'on Thursday' = 22 October 2020 (the publication day); two camps, "
                "so place null; the dateline opens the sentence"),
        CC(I_CAMP, "population_movement", "2020-10-19", "2020-10-22", "period", count=412, q="exact", unit="people",
           claimant=HR,
           note="people moving into relief camps = population_movement; 'since Monday' before Thursday 22 October "
                "2020 = 19-22 October; two camps, so destination null; the split by camp is two more claims"),
        CC(I_CAMP, "population_movement", "2020-10-19", "2020-10-22", "period", count=97, q="exact",
           unit="families", claimant=HR, note="second claim: the same movement in families (another unit)"),
        CC(I_CAMP, "population_movement", "2020-10-19", "2020-10-22", "period", count=286, q="exact", unit="people",
           claimant=HR,
           note="third claim: the part at Kalaleh (a split by place = its own claim); Kalaleh has no id, so "
                "destination null"),
        CC(I_CAMP, "population_movement", "2020-10-19", "2020-10-22", "period", count=126, q="exact", unit="people",
           destination="gn:130081", claimant=HR,
           note="fourth claim: the part near Jolfa (destination Jolfa, the camp being 'near' it)"),
        CC("Relief handed out so far totals 2,600 items: 1,400 blankets, 800 food parcels and 400 hygiene kits, he "
           "said.", "other", *I0, count=2600, q="exact", unit="items",
           breakdown=[(1400, "blankets"), (800, "food parcels"), (400, "hygiene kits")], claimant=HR,
           note="relief distributed = other with its count; a running total 'so far' with no start stated = the "
                "publication day (as eval-real-4 dates 'so far'); the colon list sums to the total = a breakdown by "
                "type"),
        CC("A convoy of 12 Red Crescent trucks carrying flour, drinking water and heaters left Tabriz for the camps "
           "yesterday.", "crossing", *D("2020-10-21"), count=12, q="exact", unit="trucks", origin="gn:113646",
           claimant=HR,
           note="a relief convoy = crossing (vehicles passing, no border); 'yesterday' = 21 October 2020; destination "
                "'the camps' (two places), so null; Rahimzadeh's attribution carries over"),
        CC(I_SHELL, "other", *D("2020-10-21"), count=9, q="at_least", unit="rockets and mortar shells",
           claimant="the Jolfa governor",
           note="stray fire landing on Iranian soil = other (not a movement), dated and counted; 'on Wednesday' = 21 "
                "October 2020; 'At least' = at_least; 'nine' in words; Kalaleh has no id, so place null"),
        CC(I_SINCE, "other", "2020-09-27", "2020-10-22", "period", count=90, q="at_least", unit="shells",
           place="iran", claimant="provincial officials",
           note="running total 'since the clashes began on September 27' with the present perfect = 27 September "
                "2020 (year from publication) to publication; 'More than' = at_least"),
        CC(I_SINCE, "other", *D("2020-09-27"), claimant="provincial officials",
           note="second claim: the start of the clashes 'on September 27' = 27 September 2020, a dated event on the "
                "topic (as eval-real-7 labels 'began on Mehr 6')"),
        CC("The riverside road between Jolfa and Kalaleh has been closed to civilian traffic since Saturday, and "
           "border guards have asked farmers to keep away from the riverbank.", "restriction", "2020-10-17",
           "2020-10-22", "period", claimant=SINA,
           note="a road closure 'since Saturday' = 17 October 2020 to publication; no count; the road has no id, so "
                "place null; the request to farmers is advice, not a second claim"),
        CC("About 1,500 people still live in the border villages between the two camps, the governorate said.",
           "stock", *I0, count=1500, q="about", unit="people", claimant="the Jolfa governorate",
           note="people who live somewhere = stock; 'still' = the publication day; the villages have no id"),
        CC("On Tuesday, the commander of the provincial border guard said both sides had been warned again, through "
           "their military attachés, that fire crossing into Iran would not be tolerated.", "diplomatic",
           *D("2020-10-20"), place="iran", claimant="the commander of the East Azarbaijan border guard",
           note="a formal warning to both parties = diplomatic; the warning's own day is not stated, so the day it "
                "was announced ('On Tuesday' = 20 October 2020) is taken (as eval-real-7)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Relayed official statement (Azerbaijani Foreign Ministry via an Azerbaijani wire), HTML. Friday 27 October 2023;
#    given; the date in <time datetime> (also visible as "27 October 2023, 13:45"). Answer to Armenia's
#    "Crossroads of Peace" plan, with road and rail passage, crossing and customs figures.
# ----------------------------------------------------------------------------------------------------------
CDW = "Caspian Daily Wire"
MFA = "Azerbaijan's Foreign Ministry"
KR = "Kamal Rustamli, head of the Azerbaijani Foreign Ministry's press service"
SCC = "Azerbaijan's State Customs Committee"
O0 = D("2023-10-27")
O_LEAD = ("Azerbaijan's Foreign Ministry on Friday dismissed Armenia's \"Crossroads of Peace\" plan as an attempt to "
          "avoid commitments Yerevan made at the end of the 44-day war, in a statement relayed by Caspian Daily "
          "Wire.")
O_BUILD = ("Track laying on the Horadiz–Aghband railway is to be completed next year, and work on the Aghband–Kalaleh "
           "road bridge over the Araz, on the border with Iran, began on October 6.")
O_TRUCKS = ("In the first nine months of this year, 18,420 trucks bound for Nakhchivan left mainland Azerbaijan at the "
            "Bilasuvar crossing, and 17,960 trucks entered the autonomous republic from Iran at Julfa and Shahtakhti, "
            "the State Customs Committee said.")
DOCS.append(dict(
    doc_id="b-html-az-relayed-mfa-crossroads-oct-2023", style="relayed-ministry", side="azerbaijani",
    outlet="Caspian Daily Wire (fictional Azerbaijani English-language news site), relaying the Foreign Ministry",
    title="Baku says Armenia's \"Crossroads of Peace\" plan sidesteps its Nakhchivan obligations",
    published="2023-10-27", published_given=True,
    html_file="b-html-az-relayed-mfa-crossroads-oct-2023.html",
    published_in_text=dict(surface="2023-10-27T13:45:00+04:00", date="2023-10-27", how="html time"),
    captions=[],
    not_places=[("Kamal", "given name of the ministry's press chief (Kamal Rustamli); Kamal is a town in Indonesia "
                          "(GeoNames 1641792)"),
                ("Caspian", "in the outlet's name (Caspian Daily Wire); Caspian is a town in Michigan (GeoNames "
                            "4988212); no sea is meant")],
    patterns=["P-html-time", "P-printed-date", "P-relayed-statement", "P-metonymy-capital", "P-headline-no-figure",
              "P-statement-on-weekday", "P-relative-weekday", "P-plan-presented", "P-quote-with-date",
              "P-full-date", "P-distance-not-count", "P-blockade-duration", "P-now-restriction", "P-nested-road",
              "P-railway-as-road", "P-bridge-by-ends", "P-next-year", "P-yearless-date", "P-first-n-months",
              "P-direction-pair", "P-exit-entry-azerbaijan", "P-two-crossings", "P-customs-figures",
              "P-month-inferred-year", "P-rate", "P-now-buses", "P-position-not-claim", "P-org-toponym",
              "P-given-name-place", "P-agency-name-place"],
    traps=["the date is given and is in <time datetime=\"2023-10-27T13:45:00+04:00\"> (also visible): 'on Friday', "
           "'on Thursday', 'now', 'next year', 'on October 6', 'the first nine months of this year', 'in September' "
           "resolve",
           "'the trilateral statement of November 10, 2020' (full date) inside a quote = a dated diplomatic claim",
           "'not a single kilometre' is a distance, not a count; 'more than 30 years' and '44-day war' are durations",
           "'the blockade of Nakhchivan had now lasted ...' = a restriction stated on the publication day",
           "'Horadiz–Aghband railway' (road) and 'Aghband–Kalaleh road bridge' (bridge) are nested names",
           "'next year' = 2024 (a plan); 'on October 6' (no year) = 2023, before publication",
           "'18,420 trucks bound for Nakhchivan left mainland Azerbaijan at the Bilasuvar crossing' = exit (relative "
           "to Azerbaijan); '17,960 trucks entered the autonomous republic from Iran at Julfa and Shahtakhti' = entry; "
           "never netted",
           "'2,140 wagons in September' (customs, both directions) = crossing; 'About 40 buses a week now' = a rate "
           "of buses carrying people",
           "'Yerevan says its plan respects ...' and 'Baku remained ready to continue talks' are positions with no "
           "date or count of their own (the latter is part of Friday's statement), not claims",
           "'Kamal' and 'Caspian' collide with GeoNames places; 'Baku' and 'Yerevan' are metonymies (the cities)"],
    mentions=[
        MM("Baku", "baku", note="headline; metonymy for the Azerbaijani government, labelled as the city"),
        MM("Armenia", "armenia", note="headline"),
        MM("Nakhchivan", "nakhchivan-ar", note="headline; 'its Nakhchivan obligations'; " + NAKH),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's Foreign Ministry'"),
        MM("Armenia", "armenia"),
        MM("Yerevan", "yerevan", note="metonymy for the Armenian government, labelled as the city"),
        MM("Tbilisi", "gn:611717", note="Tbilisi, Georgia (GeoNames 611717)"),
        MM("Armenia", "armenia"),
        MM("Azerbaijan", "azerbaijan", note="'the western regions of Azerbaijan'"),
        MM("Nakhchivan Autonomous Republic", "nakhchivan-ar", note="the full name: one mention"),
        MM("Nakhchivan", "nakhchivan-ar", note="'the blockade of Nakhchivan'; " + NAKH),
        MM("Azerbaijan", "azerbaijan"),
        MM("Horadiz–Aghband railway", None, "road",
           note="a railway named by its ends (en dash): one mention, no id; kind road (as eval-real-5)",
           inside=[("Horadiz", "gn:148003"), ("Aghband", None)]),
        MM("Aghband–Kalaleh road bridge", None, "bridge",
           note="the road bridge over the Araz named by its two ends (en dash): one mention, no id (as eval-real-6 "
                "labels the 'Aghband–Kalaleh road bridge')", inside=[("Aghband", None), ("Kalaleh", None)]),
        MM("Araz", None, "river", note=ARAS),
        MM("Iran", "iran"),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH), MM("Iran", "iran"),
        MM("Nakhchivan", "nakhchivan-ar", note="'trucks bound for Nakhchivan'; " + NAKH),
        MM("Azerbaijan", "azerbaijan", note="'mainland Azerbaijan'"),
        MM("Bilasuvar", "bilasuvar", note="'the Bilasuvar crossing' (common noun left out; gazetteer 'bilasuvar', "
                                          "which also holds the name 'Bilasuvar checkpoint')"),
        MM("Iran", "iran"),
        MM("Julfa", "gn:148251", note="the Julfa crossing (noun shared with Shahtakhti); " + JULFA_AZ),
        MM("Shahtakhti", None, "border_crossing",
           note="Shahtakhti, the Nakhchivan crossing opposite Poldasht (Iran): not in the gazetteer nor in cities500"),
        MM("Julfa", "gn:148251", note="'Julfa railway station' (the station noun left out); " + JULFA_AZ),
        MM("Baku", "baku"), MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Yerevan", "yerevan", note="metonymy for the Armenian government, labelled as the city"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government, labelled as the city"),
    ],
    claims=[
        CC(O_LEAD, "diplomatic", *O0, claimant=MFA,
           note="a government's statement answering another's plan = diplomatic; 'on Friday' = 27 October 2023, the "
                "publication day; '44-day war' is a duration"),
        CC("Prime Minister Nikol Pashinyan presented the plan, which proposes reopening roads, railways and pipelines "
           "across the region, at a forum in Tbilisi on Thursday.", "diplomatic", *D("2023-10-26"),
           place="gn:611717", claimant=CDW,
           note="a government's proposal presented in public = diplomatic (statements between governments); 'on "
                "Thursday' before Friday 27 October 2023 = 26 October"),
        CC("Article 9 of the trilateral statement of November 10, 2020 obliges Armenia to guarantee unimpeded road and "
           "rail passage between the western regions of Azerbaijan and the Nakhchivan Autonomous Republic",
           "diplomatic", *D("2020-11-10"), claimant=KR,
           note="the trilateral statement 'of November 10, 2020' (full date) = diplomatic, dated to its signing; the "
                "sentence is the quote without its closing comma and quote mark; the obligation itself carries no "
                "date or count"),
        CC("The statement said the blockade of Nakhchivan had now lasted more than 30 years and that Azerbaijan was "
           "building its own links instead.", "restriction", *O0, place="nakhchivan-ar", claimant=MFA,
           note="a blockade = restriction, no count; 'now' in the statement = the publication day; 'more than 30 "
                "years' is a duration (its start is not stated, so not a period)"),
        CC(O_BUILD, "other", "2024-01-01", "2024-12-31", "period", claimant=MFA,
           note="a planned completion of track laying 'next year' = 2024 (future events are labelled); the railway "
                "has no id, so place null"),
        CC(O_BUILD, "other", *D("2023-10-06"), claimant=MFA,
           note="second claim: construction of the bridge 'began on October 6' = 6 October 2023 (no year written; "
                "before publication, so the publication year); the bridge has no id"),
        CC(O_TRUCKS, "exit", "2023-01-01", "2023-09-30", "period", count=18420, q="exact", unit="trucks",
           origin="azerbaijan", destination="nakhchivan-ar", place="bilasuvar", claimant=SCC,
           note="'the first nine months of this year' = 1 January - 30 September 2023; leaving mainland Azerbaijan "
                "at Bilasuvar (into Iran) = exit, read relative to Azerbaijan; destination as stated ('bound for "
                "Nakhchivan'), reached through Iran"),
        CC(O_TRUCKS, "entry", "2023-01-01", "2023-09-30", "period", count=17960, q="exact", unit="trucks",
           origin="iran", destination="nakhchivan-ar", claimant=SCC,
           note="second claim: 'entered the autonomous republic from Iran' = entry (Nakhchivan's border with Iran, "
                "relative to Azerbaijan); two crossings (Julfa and Shahtakhti), so place null; never netted against "
                "the exits"),
        CC("Customs officers at Julfa railway station processed 2,140 wagons in September, the committee added.",
           "crossing", *month(2023, 9), "month", count=2140, q="exact", unit="wagons", place="gn:148251",
           claimant=SCC,
           note="wagons cleared by customs at the Julfa rail crossing, no direction = crossing; 'in September' in an "
                "October 2023 report = September 2023"),
        CC("About 40 buses a week now carry passengers between Baku and Nakhchivan by the same route.",
           "population_movement", *O0, count=40, q="about", unit="buses", claimant=SCC,
           note="buses carrying people = population_movement, a rate ('a week'); 'now' = publication day; 'between "
                "Baku and Nakhchivan' gives no direction, so origin and destination null (as eval-real-7); 'the same "
                "route' = through Iran; the committee's attribution carries over"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the development sets
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Nakhchivan", "Syunik", "Lori", "Moscow", "Russia", "Georgia", "Tabriz", "TABRIZ", "Norduz",
               "Aras", "Araz", "Aghdam", "Fuzuli", "Shusha", "SHUSHA", "Zabukh", "Aghavno", "Hakari", "Garadagh",
               "Meghri", "Agarak", "Kapan", "Yerevan", "YEREVAN", "Baku", "Tbilisi",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Kars", "Iğdır", "Igdir", "Aralık", "Aralik", "Dilucu", "Sadarak", "Ankara", "ANKARA", "Türkiye",
               "Turkey", "Julfa", "Jolfa", "JOLFA", "Horadiz", "Aghband", "Kalaleh", "Zangezur", "East Zangezur",
               "Dashalti", "Sumgayit", "Stepanakert", "Berdzor", "Lachin", "Tegh", "Kornidzor", "Goris",
               "Upper Lars", "Lars", "Stepantsminda", "Kazbegi", "Kobi", "Vladikavkaz", "Gudauri", "Artashat",
               "Georgian Military Road", "Zangilan", "East Azarbaijan", "Iran", "Bilasuvar", "Shahtakhti",
               "Poldasht", "Mtskheta",
               "ULA", "Aydin", "Armen", "Nana", "SINA", "Hassan", "Kamal", "Caspian"]


if __name__ == "__main__":  # this part alone
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
