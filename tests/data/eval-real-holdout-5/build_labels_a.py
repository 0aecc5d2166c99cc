"""Write part A of the fifth real-phrasing HELD-OUT set (tests/data/eval-real-holdout-5/a-*.json) from the hand-written
specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-a.md). The labels are a
careful analyst's reading of each text, written blind to the code: nobody read or ran geo/* or `corridor-watch eval`
to produce them, and nobody looked at the extractor's output. This script only turns that reading into offsets:
every mention is found with str.find, in reading order, as a whole word (tests/data/label_tools.py), and every
claim's sentence is found as an exact, unique substring.

    Part A's specs only: a combined tests/data/eval-real-holdout-5/build_labels.py (written by the developer) builds
    or checks the whole set. Run alone, this file writes the a-*.json files and checks them.

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
DISTRICT = "'the X district' labelled with the town it is named after (eval-real-3/-4 district-of-city)"
PROV_NULL = ("{name} province (marz): not in the gazetteer; GeoNames {gid} '{name}' is the {what} of that name, not the "
             "province")
AIRPORT = ("Lachin International Airport (near Gorchu, Lachin district): not in the gazetteer nor in cities500; the "
           "feature noun is part of the name (as eval-real-5/-7 label 'Erebuni airport', 'Zvartnots airport'); an "
           "airport is no mention kind, so other")

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Russian agency item (TASS style, English service). Monday 12 July 2021; given. Dateline
#    "STEPANAKERT, July 12. /Vega-Press/." (no year). Armenian pilgrims escorted to Dadivank for Vardavar (Sun 11 July).
# ----------------------------------------------------------------------------------------------------------
VP = "Vega-Press"
VL = "Lieutenant Colonel Viktor Lermontov, the contingent's press officer"
R0 = D("2021-07-12")
R_LEAST_WEEK = ("2021-07-05", "2021-07-11", "period")
R_LEAD = ("STEPANAKERT, July 12. /Vega-Press/. Servicemen of the Russian peacekeeping contingent in Nagorno-Karabakh "
          "on Sunday escorted 186 Armenian pilgrims to the Dadivank monastery in the Kalbajar district for the feast of "
          "Vardavar, the contingent's press officer, Lieutenant Colonel Viktor Lermontov, told Vega-Press on Monday.")
R_ABBOT = ("The liturgy was celebrated by the monastery's abbot, who has stayed at Dadivank with a handful of monks since "
           "the district, which Armenians call Karvachar, was handed over to Azerbaijan in November 2020.")
R_SAPPERS = ("Sappers of the International Mine Action Centre cleared 14 explosive items, and the route reopened on "
             "Saturday, Lermontov added.")
DADI = ("Dadivank, the Armenian monastery in the Kalbajar district: a monastery (a building) named as the pilgrims' "
        "destination; not in the gazetteer nor in cities500 (GeoNames 'Vank' 584747 is another village, 40.05N "
        "46.54E); labelled like an airport (eval-real-5/-7), kind other")
AMARAS = "the Amaras monastery (Martuni/Khojavend district, Karabakh): a monastery, not in the gazetteer nor in cities500"
MART_K = ("'the Martuni district' in Karabakh = Martuni/Khojavend (GeoNames 146969), labelled with its town; not Martuni "
          "on Lake Sevan (616438)")
KALB_T = "destination = the Kalbajar district (gazetteer 'kalbajar'), where the monastery is: the monastery has no id"
DOCS.append(dict(
    doc_id="a-ru-agency-dadivank-pilgrims-jul-2021", style="russian", side="russian",
    outlet="Vega-Press (fictional Russian news agency, English service)",
    title="Russian peacekeepers escort Armenian pilgrims to Dadivank for Vardavar",
    published="2021-07-12", published_given=True,
    published_in_text=dict(surface="STEPANAKERT, July 12. /Vega-Press/.", date=None, how="dateline"),
    captions=["Pilgrims at the gates of Dadivank in November 2020. Photo: Vega-Press archive"],
    not_places=[("Vega", "the agency's name (Vega-Press); Vega is a town in Texas (GeoNames 5532945) and an alternate "
                         "name of La Vega, Colombia (3676864)"),
                ("Viktor", "given name of the press officer (Viktor Lermontov); an alternate name of Victor, Iowa "
                           "(GeoNames 4831950) and Victor, Idaho (5611251)"),
                ("Lermontov", "surname of the press officer; Lermontov is a town in Stavropol krai, Russia (GeoNames "
                              "535886), and an alternate name of Lermontovo, Lori, Armenia (616483)")],
    patterns=["P-tass-dateline", "P-yearless-dateline", "P-relative-weekday", "P-headline-no-figure",
              "P-official-title-name", "P-escort-movement", "P-monastery-not-place", "P-district-of-city",
              "P-buses", "P-pass-not-village", "P-part-not-breakdown", "P-double-name", "P-month-year",
              "P-stock-vague", "P-handful-vague", "P-quote-claim", "P-clock-not-count", "P-pronoun-no-count",
              "P-since-start-of-year", "P-running-tally", "P-over-count", "P-relative-last-week",
              "P-duration-not-count", "P-closure-no-count", "P-future-reopening", "P-reopening", "P-stock-troops",
              "P-future-trip", "P-yearless-future-date", "P-vague-hundreds", "P-waiting-list-stock",
              "P-martuni-karabakh", "P-province-vs-village", "P-caption-archive", "P-caption-old-date",
              "P-agency-name-place", "P-surname-place", "P-given-name-place"],
    traps=["the dateline 'STEPANAKERT, July 12. /Vega-Press/.' has no year, but the date is given (Monday 12 July "
           "2021): 'on Sunday' (11 July), 'on Monday', 'last week' (5-11 July), 'on Saturday' (10 July), 'Since the "
           "beginning of the year', 'August 15' (the next one, 2021) resolve",
           "'Dadivank' (and 'the Amaras monastery') are monasteries named as destinations: null mentions of kind "
           "other, like airports; the destination id is the Kalbajar district, where the monastery stands",
           "'the Kalbajar district' = kalbajar (district-of-city); 'which Armenians call Karvachar' = a second name of "
           "the same place; 'the Martuni district' = Martuni/Khojavend in Karabakh, not Martuni on Lake Sevan",
           "'the Sotk pass' is the mountain pass (noun kept), not the village Sotk (616041)",
           "'five buses' (buses carrying pilgrims) and 'A second group of 32 people' are movements of their own; the "
           "32 are a part of the 186, not a breakdown",
           "'all the buses were back in Armenia by 19:00' (a quote) is the return trip: no quantity restated ('all "
           "the buses' is never turned into 5); '19:00' is a clock time",
           "'has stayed at Dadivank with a handful of monks since ... November 2020' = a vague stock over a period; "
           "the handover 'in November 2020' is its own dated event",
           "'more than 2,300 pilgrims' 'Since the beginning of the year' = a running total to publication",
           "'suspended for three days last week' = last week (the three days are a duration); the clearing of 14 "
           "explosive items and the reopening 'on Saturday' are two more claims",
           "'four servicemen are on duty' = a stock of troops on the publication day; 'an observation post' is not "
           "counted",
           "'The next escorted trip is planned for August 15' = a future movement; 'Hundreds of believers ... on the "
           "waiting list' = a vague stock",
           "'the Diocese of Gegharkunik' = the province (no id; GeoNames 616688 is a village)",
           "'Vega', 'Viktor' and 'Lermontov' collide with GeoNames places; the caption ends in an old date (November "
           "2020)"],
    mentions=[
        MM("Dadivank", None, "other", note="headline; " + DADI),
        MM("STEPANAKERT", "khankendi", note="dateline in capitals; Stepanakert = Khankendi (gazetteer 'khankendi')"),
        MM("Nagorno-Karabakh", "karabakh"),
        MM("Dadivank", None, "other", note="'the Dadivank monastery'; " + DADI),
        MM("Kalbajar", "kalbajar", note="'the Kalbajar district'; " + DISTRICT),
        MM("Armenia", "armenia"),
        MM("Sotk pass", None, "other",
           note="the Sotk (Zod) pass between Vardenis and Kalbajar: a mountain pass, a different feature from the village "
                "Sotk (GeoNames 616041), so the noun is kept (as eval-real-6 'Omar pass'); not in the gazetteer"),
        MM("Vardenis", "gn:616108", note="the town of Vardenis, Gegharkunik (GeoNames 616108), not the village 616107"),
        MM("Stepanakert", "khankendi"),
        MM("Dadivank", None, "other", note=DADI),
        MM("Karvachar", "kalbajar", note="'which Armenians call Karvachar': the Armenian name of Kalbajar (gazetteer "
                                         "alias), a second mention of the same district"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Armenia", "armenia", note="inside the quote"),
        MM("Dadivank", None, "other", note=DADI),
        MM("Amaras", None, "other", note="'the Amaras monastery'; " + AMARAS),
        MM("Martuni", "gn:146969", note=MART_K),
        MM("Armenia", "armenia", note="'believers in Armenia'"),
        MM("Gegharkunik", None, "region",
           note="'the Diocese of Gegharkunik': toponym in an organisation's name; " +
                PROV_NULL.format(name="Gegharkunik", gid="616688", what="village")),
        MM("Dadivank", None, "other", note="caption; " + DADI),
    ],
    claims=[
        CC(R_LEAD, "population_movement", *D("2021-07-11"), count=186, q="exact", unit="people",
           destination="kalbajar", claimant=VL,
           note="pilgrims escorted to the monastery = people moving; 'on Sunday' before Monday 12 July 2021 = 11 July; "
                + KALB_T + "; the dateline opens the sentence; 'said on Monday' is the day it was told"),
        CC("Most of the pilgrims came from Armenia in five buses, which crossed the Sotk pass from Vardenis at dawn and "
           "were met by an armoured escort at the Azerbaijani post on the district's edge.", "population_movement",
           *D("2021-07-11"), count=5, q="exact", unit="buses", origin="armenia", destination="kalbajar", claimant=VL,
           note="buses carrying people = population_movement; 'five' in words; the Sunday of the lead ('at dawn'); "
                "origin = 'from Armenia' (the buses started at Vardenis); the pass has no id, so via null; 'Most of "
                "the pilgrims' is a vague part of the 186; the attribution carries over"),
        CC("A second group of 32 people travelled from Stepanakert with the peacekeepers.", "population_movement",
           *D("2021-07-11"), count=32, q="exact", unit="people", origin="khankendi", destination="kalbajar",
           claimant=VL,
           note="a second escorted group on the same Sunday; destination = the monastery of the paragraph (Kalbajar "
                "district); a part of the 186, not a breakdown (the Armenian group's size is never derived)"),
        CC(R_ABBOT, "other", *month(2020, 11), "month", place="kalbajar", claimant=VP,
           note="the handover of the district to Azerbaijan 'in November 2020' = a dated event on the topic (month with "
                "its year); 'Karvachar' is the same district"),
        CC(R_ABBOT, "stock", "2020-11-01", "2021-07-12", "period", flag="vague_count", q="unspecified", unit="monks",
           place="kalbajar", claimant=VP,
           note="second claim: people who stayed somewhere = stock; 'a handful of monks' = vague; 'has stayed ... since "
                "... November 2020' (present perfect) = 1 November 2020 to publication; the abbot is one more person, "
                "not added"),
        CC("\"Azerbaijani servicemen let the pilgrims through without obstacles, and all the buses were back in Armenia "
           "by 19:00,\" Lermontov said.", "population_movement", *D("2021-07-11"), unit="buses",
           destination="armenia", claimant="Lieutenant Colonel Viktor Lermontov",
           note="the buses' return trip on the pilgrimage day = a movement asserted in the quote; 'all the buses' "
                "restates the five without a number, so no quantity (never derived); '19:00' is a clock time"),
        CC("Since the beginning of the year, the peacekeepers have accompanied more than 2,300 pilgrims to Dadivank and "
           "to the Amaras monastery in the Martuni district, according to the contingent.", "population_movement",
           "2021-01-01", "2021-07-12", "period", count=2300, q="at_least", unit="people",
           claimant="the Russian peacekeeping contingent",
           note="running total 'Since the beginning of the year' (present perfect) = 1 January 2021 to publication; "
                "'more than' = at_least; two monasteries in two districts, so destination null"),
        CC("Visits were suspended for three days last week after heavy rain washed mines and unexploded shells onto the "
           "road near the monastery.", "restriction", *R_LEAST_WEEK, place="kalbajar", claimant=VL,
           note="visits suspended = restriction, no count; 'last week' in a Monday 12 July 2021 item = Monday 5 - Sunday "
                "11 July 2021; 'for three days' is a duration (which three days is not stated); the attribution "
                "('Lermontov added') closes the paragraph"),
        CC(R_SAPPERS, "other", *R_LEAST_WEEK, count=14, q="exact", unit="explosive items", place="kalbajar",
           claimant="Lieutenant Colonel Viktor Lermontov",
           note="mine clearance with its count = other; no own date, so the previous sentence's 'last week' (5-11 July "
                "2021)"),
        CC(R_SAPPERS, "other", *D("2021-07-10"), place="kalbajar", claimant="Lieutenant Colonel Viktor Lermontov",
           note="second claim: the route 'reopened on Saturday' = 10 July 2021 (a reopening = other)"),
        CC("The peacekeepers also keep an observation post at the monastery gates, where four servicemen are on duty "
           "around the clock.", "stock", *R0, count=4, q="exact", unit="servicemen", place="kalbajar", claimant=VP,
           note="troops stationed = stock (as eval-real-6/-7 label servicemen); present tense in a dated item = the "
                "publication day; 'four' in words; 'an observation post' is an installation, not counted; 'around the "
                "clock' is not a time"),
        CC("The next escorted trip is planned for August 15, the feast of the Assumption.", "population_movement",
           *D("2021-08-15"), destination="kalbajar", claimant=VP,
           note="a planned pilgrimage = a future movement, labelled with its date; 'August 15' without a year, still "
                "to come = 15 August 2021; no quantity"),
        CC("Hundreds of believers in Armenia are already on the waiting list for it, the Diocese of Gegharkunik said.",
           "stock", *R0, flag="vague_count", q="unspecified", unit="people", place="armenia",
           claimant="the Diocese of Gegharkunik",
           note="people registered (on a waiting list) = stock; 'Hundreds of' = vague; present tense = the publication "
                "day"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Azerbaijani news portal, HTML. Tuesday 10 June 2025; NOT given; the date is only in
#    <meta property="article:published_time"> (nothing visible), so a reader of the page knows it.
#    The first scheduled flight to Lachin International Airport (Monday 9 June 2025).
# ----------------------------------------------------------------------------------------------------------
YP = "Yol Press"
AZAL = "Azerbaijan Airlines (AZAL)"
BR = "AZAL spokesman Babak Rzayev"
L0 = D("2025-06-10")
L_HEAD = "First scheduled flight lands at Lachin airport with 96 passengers"
L_LEAD = ("An Azerbaijan Airlines Embraer 190 from Baku touched down at Lachin International Airport at 10:35 on Monday, "
          "opening regular passenger service to the district, the airline said.")
L_RATE = ("Flights will run twice a week, on Mondays and Fridays, and a third weekly flight is to be added from July 1, "
          "AZAL spokesman Babak Rzayev told Yol Press.")
L_SINCE = ("Since the opening ceremony on May 28, attended by President Ilham Aliyev and Turkish President Recep Tayyip "
           "Erdoğan, the airport has handled 11 flights, including Monday's: seven charters, three state flights and the "
           "first scheduled one.")
L_BUS = ("Four shuttle buses a day now run between the terminal and Lachin city, 30 kilometres away, and two of them "
         "continue to Shusha.")
L_FOUND = ("Its foundation stone was laid in August 2021, and it is the third airport built in the region after Fuzuli "
           "and Zangilan.")
AP_DEST = ("destination = Lachin (the district the airport serves, 'to the district'; a district is labelled with its "
           "town); the airport itself has no id")
DOCS.append(dict(
    doc_id="a-html-az-portal-lachin-airport-flights-jun-2025", style="azerbaijani", side="azerbaijani",
    outlet="Yol Press (fictional Azerbaijani news portal, English edition)",
    title=L_HEAD,
    published="2025-06-10", published_given=False,
    html_file="a-html-az-portal-lachin-airport-flights-jun-2025.html",
    published_in_text=dict(surface="2025-06-10T08:40:00+04:00", date="2025-06-10", how="html meta"),
    captions=["The terminal of Lachin International Airport under construction in 2023. Photo: Yol Press"],
    not_places=[("Babak", "given name of the AZAL spokesman (Babak Rzayev); Babək (Babak) is a town and district of "
                          "Nakhchivan (GeoNames 148413)"),
                ("Yol", "the outlet's name (Yol Press, 'road'); Yol is a town in Himachal Pradesh, India (GeoNames "
                        "1252714)")],
    patterns=["P-html-meta", "P-no-visible-date", "P-headline-only-count", "P-byline", "P-relative-weekday",
              "P-clock-not-count", "P-single-aircraft", "P-airport-not-place", "P-district-of-city",
              "P-duration-not-count", "P-rate", "P-future-start-date", "P-ordinal-not-count", "P-since-date",
              "P-yearless-date", "P-colon-breakdown", "P-opening-ceremony", "P-cancellation",
              "P-permit-restriction", "P-buses", "P-split-by-place", "P-distance-not-count", "P-now-stock",
              "P-about-count", "P-altitude-not-count", "P-month-year", "P-metonymy-airport", "P-org-toponym",
              "P-caption-credit", "P-caption-old-date", "P-given-name-place", "P-outlet-name-place"],
    traps=["the publication date is only in <meta property=\"article:published_time\"> (nothing visible); not passed, "
           "but a reader of the page knows it (Tuesday 10 June 2025): 'on Monday' (9 June), 'On Friday' (6 June), "
           "'May 28', 'from July 1' (still to come), 'now' resolve",
           "the headline's '96 passengers' is never in the body ('Every seat on the plane was taken'): from_headline",
           "'An Azerbaijan Airlines Embraer 190 ... touched down' = one aircraft (as 'a resident' = 1); '10:35' is a "
           "clock time, '55 minutes' a duration, '190' part of the model name",
           "'Lachin airport' / 'Lachin International Airport' = the airport (null, kind other), not the town; 'the "
           "Lachin district' and 'Lachin city' = lachin; 'Azerbaijan' inside 'Azerbaijan Airlines' is labelled",
           "'twice a week' = a rate of 2 flights; 'a third weekly flight ... from July 1' = a planned flight with no "
           "quantity ('third' is an ordinal)",
           "'11 flights, including Monday's: seven charters, three state flights and the first scheduled one' = one "
           "claim with a breakdown (7 + 3 + 1); the opening ceremony 'on May 28' is its own dated event",
           "a cancelled charter = a restriction (a suspension), no count; the ticket rule (permit holders only) = a "
           "restriction on the page's day",
           "'Four shuttle buses a day' and 'two of them continue to Shusha' = two claims (a split by destination)",
           "'About 3,100 people now live' = a stock; '30 kilometres', '1,738 metres' are not counts",
           "'after Fuzuli and Zangilan' names the two earlier airports by their towns (labelled as the towns); 'in "
           "August 2021' dates the foundation stone",
           "'Babak' (a given name) collides with Babək in Nakhchivan; 'Yol' (the outlet) with a town in India; the "
           "caption ends in an old date (2023)"],
    mentions=[
        MM("Lachin airport", None, "other", note="headline; 'Lachin airport' = " + AIRPORT),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan Airlines': toponym in an organisation's name"),
        MM("Baku", "baku"),
        MM("Lachin International Airport", None, "other", note=AIRPORT),
        MM("Lachin", "lachin", note="'the Lachin district'; " + DISTRICT),
        MM("Istanbul", "gn:745044", note="Istanbul, Türkiye (GeoNames 745044)"),
        MM("Lachin", "lachin", note="'Lachin city' (common noun left out)"),
        MM("Shusha", "shusha"),
        MM("Lachin", "lachin", note="'Lachin city' (common noun left out)"),
        MM("Gorchu", None, "settlement",
           note="'the village of Gorchu' (Qorçu), Lachin district, next to the airport: not in the gazetteer nor in "
                "cities500"),
        MM("Fuzuli", "fuzuli",
           note="'after Fuzuli and Zangilan': the airports are named by their towns (metonymy); labelled as the town "
                "(gazetteer 'fuzuli'), as a capital named for its government is labelled as the city"),
        MM("Zangilan", "zangilan", note="as 'Fuzuli': the Zangilan airport named by its town (gazetteer 'zangilan')"),
        MM("Lachin International Airport", None, "other", note="caption; " + AIRPORT),
    ],
    claims=[
        CC(L_HEAD, "population_movement", *D("2025-06-09"), from_headline=True, count=96, q="exact",
           unit="passengers", origin="baku", destination="lachin", claimant=YP,
           note="the headline's '96 passengers' is never stated in the body ('Every seat on the plane was taken'): "
                "from_headline; dated to the body's flight 'on Monday' (9 June 2025); origin Baku from the body; "
                + AP_DEST),
        CC(L_LEAD, "crossing", *D("2025-06-09"), count=1, q="exact", unit="aircraft", origin="baku",
           destination="lachin", claimant=AZAL,
           note="a flight between two places of one country = crossing (eval-real-4 labels flights as crossings); 'An "
                "... Embraer 190' = one aircraft (as 'a resident' = 1); 'on Monday' before Tuesday 10 June 2025 = 9 "
                "June; " + AP_DEST + "; '10:35' is a clock time"),
        CC(L_RATE, "crossing", *L0, count=2, q="exact", unit="flights", origin="baku", destination="lachin", claimant=BR,
           note="a schedule = a rate ('twice a week' = 2 flights a week), in force from the page's day; the route is "
                "the paragraph's Baku-Lachin flight (not repeated in the sentence)"),
        CC(L_RATE, "crossing", *D("2025-07-01"), unit="flights", origin="baku", destination="lachin", claimant=BR,
           note="second claim: a planned extra flight 'from July 1' (2025, still to come; future events are labelled); "
                "'a third weekly flight' is an ordinal, so no quantity"),
        CC(L_SINCE, "crossing", "2025-05-28", "2025-06-10", "period", count=11, q="exact", unit="flights",
           breakdown=[(7, "charter flights"), (3, "state flights"), (1, "scheduled flights")], place="lachin",
           claimant=YP,
           note="a running total 'Since the opening ceremony on May 28' (2025; present perfect) to publication; the "
                "parts after the colon sum to 11 ('the first scheduled one' = 1): a breakdown by type; place = the "
                "district the airport is in"),
        CC(L_SINCE, "other", *D("2025-05-28"), place="lachin", claimant=YP,
           note="second claim: the opening ceremony 'on May 28' (2025) = a dated event on the topic; the two presidents "
                "attending are not a count"),
        CC("On Friday, a charter flight from Istanbul was cancelled because of low cloud over the mountains, the airline "
           "said.", "restriction", *D("2025-06-06"), place="lachin", claimant=AZAL,
           note="a flight cancelled = a suspension (restriction), no count ('a charter flight' is what was cancelled, "
                "not a movement); 'On Friday' before Tuesday 10 June 2025 = 6 June"),
        CC("Tickets are sold only to holders of a permit to enter the liberated territories and to residents registered "
           "in the district, Rzayev said.", "restriction", *L0, place="lachin", claimant="Babak Rzayev",
           note="travel only with a permit = restriction, present tense = the page's day, no count"),
        CC(L_BUS, "population_movement", *L0, count=4, q="exact", unit="buses", destination="lachin", claimant=YP,
           note="scheduled buses carrying people = population_movement, a rate ('a day'); 'now' = the page's day; "
                "'between the terminal and Lachin city' (the airport has no id, so origin null); '30 kilometres' is a "
                "distance"),
        CC(L_BUS, "population_movement", *L0, count=2, q="exact", unit="buses", destination="shusha", claimant=YP,
           note="second claim: 'two of them continue to Shusha' = a split by destination, its own claim (never a "
                "breakdown)"),
        CC("About 3,100 people now live in Lachin city and the resettled villages of the district, according to the "
           "office of the President's special representative.", "stock", *L0, count=3100, q="about", unit="people",
           place="lachin", claimant="the office of the President's special representative",
           note="a population = stock; 'now' = the page's day; the town and the district's villages = Lachin"),
        CC(L_FOUND, "other", *month(2021, 8), "month", place="lachin", claimant=YP,
           note="the foundation stone 'laid in August 2021' = a dated event (month with its year); 'the third airport' "
                "is an ordinal, not a count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Armenian ministry statement relayed by a regional news site (Goris). Thursday 16 October 2025; NOT given; NO date
#    line and NO year anywhere: 'Monday, October 20', 'October 14' -> year_unknown; 'Since last week', 'Since Sunday',
#    'on Tuesday' -> relative_unknown; present-tense figures -> undated, no flag.
# ----------------------------------------------------------------------------------------------------------
SE = "Syunik Echo"
MTAI = "the Armenian Ministry of Territorial Administration and Infrastructure"
UNK3 = "no publication date is known (not given; the text has no date line and no year anywhere)"
S_NIGHT = ("From Monday, October 20, traffic on the stretch of the M2 between the Vorotan pass and Kajaran will be "
           "stopped every night from 23:00 to 06:00 until the end of November, while blasting is carried out at the "
           "tunnel portal.")
M2 = "the M2 interstate highway (Yerevan–Yeraskh–Goris–Meghri): a road number, no id (as eval-real-7 labels 'M6')"
SK = ("the new Sisian–Kajaran section of the North–South road named by its ends (en dash): one mention with its noun "
      "(as eval-real labels 'Goris–Vorotan section'), no id")
NS = ("the North–South road (North–South Road Corridor), Armenia's planned Bavra–Agarak highway: a named road with no "
      "id; 'North' and 'South' are not places")
KAJ = "Kajaran, Syunik (GeoNames 174880), not Kajaran in Indonesia (7037526)"
SIS = "Sisian, Syunik (GeoNames 174763)"
DOCS.append(dict(
    doc_id="a-am-site-sisian-kajaran-night-closures-oct-2025", style="relayed-ministry", side="armenian",
    outlet="Syunik Echo (fictional regional news site, Goris) relaying a statement of the Armenian Ministry of "
           "Territorial Administration and Infrastructure",
    title="Night closures on the M2 near Kajaran as tunnel works begin on the North–South road",
    published="2025-10-16", published_given=False, published_in_text=None,
    published_note="relayed on Thursday 16 October 2025; the text states no date line and no year anywhere",
    captions=[],
    not_places=[("Narek", "given name of the ministry spokesman (Narek Hovsepyan); Narek is a village in Ararat "
                          "province, Armenia (GeoNames 7647812)"),
                ("Arsen", "given name of the deputy minister (Arsen Sahakyan); an alternate name of Arcen, the "
                          "Netherlands (GeoNames 2759684)"),
                ("Echo", "part of the outlet's name (Syunik Echo); Echo is a village in Aragon, Spain (GeoNames "
                         "3120867) and a town in Oregon (5725044)")],
    patterns=["P-relayed-statement", "P-location-dateline-no-date", "P-no-date-line", "P-no-year-anywhere",
              "P-outlet-place-in-name", "P-road-number", "P-nested-road", "P-named-road-no-place",
              "P-yearless-date", "P-future-closure", "P-night-closure", "P-clock-not-count", "P-pass-not-village",
              "P-detour-not-claim", "P-since-last-week", "P-closure-no-count", "P-rockfall-blocked",
              "P-duration-not-count", "P-rate", "P-about-count", "P-present-undated", "P-since-weekday",
              "P-present-checks", "P-weight-not-count", "P-stock-workers", "P-part-not-breakdown",
              "P-inventory-not-claim", "P-official-title-name", "P-diplomatic-talks", "P-relative-weekday",
              "P-quote-no-claim", "P-lead-restates", "P-given-name-place", "P-outlet-name-place"],
    traps=["no date line ('GORIS (Syunik Echo) —' names only the place) and no year anywhere, and the date is not "
           "given: 'Monday, October 20' and 'October 14' -> year_unknown; 'Since last week', 'Since Sunday', 'on "
           "Tuesday' -> relative_unknown; 'About 600 trucks use ...' and 'Around 1,400 workers ... are employed' "
           "(present tense, no relative word) -> undated, no flag",
           "the lead's 'has announced night-time restrictions' restates the statement's night closure and is not "
           "labelled again",
           "'M2' (a road number), 'M2 Yerevan–Meghri highway' (number and ends: one mention), 'Sisian–Kajaran "
           "section' and 'Goris–Kapan road' (named by their ends) and 'North–South road' (a named road with no place "
           "in its name)",
           "'the Vorotan pass' is the pass near Sisian (noun kept), not the village Vorotan (gazetteer 'vorotan')",
           "'every night from 23:00 to 06:00 until the end of November' = one restriction; the detour through Goris "
           "and the trucks waiting at parking areas describe it (no count, not claims)",
           "'a rockfall ... blocked both lanes for four hours' = a restriction ('four hours' is a duration)",
           "'vehicles heavier than 40 tonnes are sent back' describes the weighing checks (a weight limit, not a "
           "count)",
           "'320 of them from Syunik villages' is a part; 'two dozen bridges and five tunnels' is an inventory",
           "the deputy minister's talks with Iran's consul general = diplomatic",
           "'Narek', 'Arsen' (given names) and 'Echo' (the outlet) collide with GeoNames places; no captions"],
    mentions=[
        MM("M2", None, "road", note="headline; " + M2),
        MM("Kajaran", "gn:174880", note="headline; " + KAJ),
        MM("North–South road", None, "road", note="headline; " + NS),
        MM("GORIS", "goris", note="dateline in capitals (place only, no date)"),
        MM("Syunik", "syunik", note="'Syunik Echo': toponym in the outlet's name (the province, gazetteer 'syunik')"),
        MM("M2 Yerevan–Meghri highway", None, "road", note="a road named by its number and ends (en dash): one mention, "
                                                           "no id (as eval-real-7 'M6 Vanadzor–Bagratashen highway')",
           inside=[("Yerevan", "yerevan"), ("Meghri", "meghri")]),
        MM("Sisian–Kajaran section", None, "road", note=SK, inside=[("Sisian", "gn:174763"), ("Kajaran", "gn:174880")]),
        MM("North–South road", None, "road", note=NS),
        MM("M2", None, "road", note="'the stretch of the M2'; " + M2),
        MM("Vorotan pass", None, "other",
           note="the Vorotan pass on the M2 south of Sisian: a mountain pass, not the village Vorotan (gazetteer "
                "'vorotan', on the Goris–Kapan road); the noun is kept; no id"),
        MM("Kajaran", "gn:174880", note=KAJ),
        MM("Sisian", "gn:174763", note=SIS),
        MM("Goris", "goris"),
        MM("Goris–Kapan road", "goris-kapan-highway", note="the gazetteer road (names 'Goris-Kapan road', 'Goris–Kapan "
                                                           "highway'); en dash",
           inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Sisian", "gn:174763", note=SIS),
        MM("Kajaran", "gn:174880", note=KAJ),
        MM("Shaghat", "gn:174782", note="Shaghat, Syunik (GeoNames 174782)"),
        MM("Agarak checkpoint", "agarak-norduz", note="gazetteer name of the Agarak–Norduz crossing"),
        MM("Sisian", "gn:174763", note="'the entrance to Sisian'; " + SIS),
        MM("Syunik", "syunik", note="'Syunik villages' (toponym as modifier)"),
        MM("Sisian–Kajaran section", None, "road", note=SK, inside=[("Sisian", "gn:174763"), ("Kajaran", "gn:174880")]),
        MM("Iran", "iran", note="'Iran's consul general'"),
        MM("Kapan", "kapan", note="'Iran's consul general in Kapan' (the consulate's seat)"),
        MM("Syunik", "syunik", note="'Syunik Echo' (the outlet's name)"),
    ],
    claims=[
        CC(S_NIGHT, "restriction", flag="year_unknown", claimant=MTAI,
           note="a planned night closure of the highway = restriction (future events are labelled), no count; written "
                "'From Monday, October 20 ... until the end of November' without a year, and " + UNK3 + " (= 20 "
                "October - 30 November 2025 for a reader who knows the day); '23:00 to 06:00' are clock times; the "
                "stretch has no id, so place null"),
        CC("Since last week, one lane of the highway near Shaghat has been closed during the day for drilling on the "
           "access road to the tunnel site.", "restriction", flag="relative_unknown", place="gn:174782", claimant=MTAI,
           note="a lane closed = restriction, no count; 'Since last week' with the present perfect and " + UNK3),
        CC("On the night of October 14, a rockfall near the portal blocked both lanes for four hours.", "restriction",
           flag="year_unknown", claimant=MTAI,
           note="a road blocked by a rockfall = restriction, no count; written 'On the night of October 14' without a "
                "year, and " + UNK3 + " (= 14 October 2025); 'four hours' is a duration"),
        CC("About 600 trucks use this stretch every day, most of them Iranian trucks travelling between the Agarak "
           "checkpoint and the Georgian border.", "crossing", count=600, q="about", unit="trucks", claimant=MTAI,
           note="trucks passing = crossing, a rate ('every day'); present tense with no relative word and " + UNK3 +
                " -> undated, no flag (as eval-real-7 reads 'stays open'); 'most of them Iranian trucks' is a part; "
                "the stretch has no id, so place null"),
        CC("Since Sunday, traffic police have been weighing every truck at a new post at the entrance to Sisian, and "
           "vehicles heavier than 40 tonnes are sent back.", "restriction", flag="relative_unknown", place="gn:174763",
           claimant=MTAI,
           note="checks at a new post = restriction, no count; 'Since Sunday' with " + UNK3 + "; 'heavier than 40 "
                "tonnes' is a weight limit and 'are sent back' describes the rule, not a counted movement"),
        CC("Around 1,400 workers, 320 of them from Syunik villages, are employed on the Sisian–Kajaran section, which "
           "will have two dozen bridges and five tunnels.", "stock", count=1400, q="about", unit="workers",
           claimant=MTAI,
           note="people who are somewhere (employed on the site) = stock; 'Around' = about; present tense, no relative "
                "word, " + UNK3 + " -> undated, no flag; '320 of them' is a part, not a breakdown; the bridges and "
                "tunnels are an inventory, not claims; the section has no id, so place null"),
        CC("Deputy Minister Arsen Sahakyan discussed the closure schedule with Iran's consul general in Kapan on "
           "Tuesday, after Iranian carriers complained about delays.", "diplomatic", flag="relative_unknown",
           place="kapan", claimant=MTAI,
           note="talks between an Armenian official and Iran's consul general = diplomatic; 'on Tuesday' with " + UNK3 +
                "; the carriers' complaint is the background"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Iranian agency item (English service). Tuesday 2 April 2024 (Farvardin 14, 1403); NOT given, but the dateline
#    carries the Solar Hijri date with its year, so a reader knows the day and every date resolves.
#    Nowruz travellers and trucks at the Shahtakhti–Poldasht crossing with Nakhchivan.
# ----------------------------------------------------------------------------------------------------------
ANA = "ANA"
HN = "Hassan Nourizadeh, the head of Poldasht customs"
P0 = D("2024-04-02")
P_HOL = ("2024-03-15", "2024-04-02", "period")
P_LEAD = ("URMIA, Farvardin 14, 1403 (ANA) – More than 9,400 travellers have crossed the Poldasht border terminal between "
          "Iran and the Nakhchivan Autonomous Republic of the Republic of Azerbaijan since Esfand 25, the head of "
          "Poldasht customs, Hassan Nourizadeh, said on Tuesday.")
P_SPLIT = "Of them, 5,150 entered Iran from Nakhchivan and 4,280 left Iran for Nakhchivan, he told ANA."
P_YEAR = ("In the last Iranian year, 1402, 97,400 travellers and 41,600 trucks used the crossing, according to the "
          "provincial customs directorate.")
POLD = "Poldasht, West Azarbaijan province, Iran (GeoNames 120954)"
POLD_X = ("the Poldasht terminal of the Shahtakhti–Poldasht crossing, named after the town: the town (GeoNames 120954), "
          "common noun left out (as 'Norduz' in 'Norduz border terminal')")
NAKH = ("bare 'Nakhchivan' = the autonomous republic (gazetteer 'nakhchivan-ar'), not the city (147429), as the tuned "
        "set reads it")
WAZ = ("West Azarbaijan province (Iran): not in the gazetteer (which holds East Azarbaijan) nor in cities500; a "
       "province, so kind region")
AZ_FRAME = ("entry/exit at Azerbaijan's borders (Nakhchivan's with Iran included) are read relative to Azerbaijan "
            "(the brief's rule), although the source is Iranian and counts from its own side")
PLACE_P = "place = Poldasht, the Iranian side of the crossing (the crossing itself has no id)"
DOCS.append(dict(
    doc_id="a-ir-agency-poldasht-nowruz-apr-2024", style="iranian", side="iranian",
    outlet="ANA (fictional Iranian news agency, English service)",
    title="Nowruz travellers swell traffic at Poldasht crossing with Nakhchivan",
    published="2024-04-02", published_given=False,
    published_in_text=dict(surface="URMIA, Farvardin 14, 1403 (ANA)", date="2024-04-02", how="dateline"),
    published_note=("Farvardin 14, 1403 = Tuesday 2 April 2024 (Farvardin 1, 1403 = 20 March 2024; Esfand 29, 1402 = 19 "
                    "March 2024)"),
    captions=["Trucks wait outside the Poldasht terminal. Photo: ANA"],
    not_places=[("Hassan", "given name of the customs chief (Hassan Nourizadeh); Hassan is a city in Karnataka, India "
                           "(GeoNames 1270239)"),
                ("ANA", "the agency's acronym; an alternate name of ‘Anah, Iraq (GeoNames 6765385) and ‘Anat al "
                        "Qadīmah (98885)")],
    patterns=["P-iranian-date-dateline", "P-iranian-day-no-year", "P-previous-iranian-year", "P-acronym-agency",
              "P-headline-no-figure", "P-over-count", "P-since-iranian-day", "P-republic-of-azerbaijan",
              "P-nakhchivan-ar", "P-official-title-name", "P-relative-weekday", "P-of-them-direction",
              "P-direction-pair", "P-azerbaijan-frame", "P-vague-part-not-claim", "P-city-vs-crossing",
              "P-range-count", "P-rate", "P-now-stock", "P-queue-stock", "P-distance-not-count", "P-vague-dozens",
              "P-overnight", "P-nested-crossing", "P-easing-other", "P-closure-since", "P-detention",
              "P-diplomatic-meeting", "P-city-vs-republic", "P-iranian-year-total", "P-two-units-two-claims",
              "P-iranian-province", "P-caption-credit", "P-given-name-place"],
    traps=["not given, but the dateline 'URMIA, Farvardin 14, 1403 (ANA)' carries the Solar Hijri date with its year (= "
           "Tuesday 2 April 2024): 'on Tuesday', 'On Monday evening', 'on Sunday', 'now' resolve",
           "'since Esfand 25' and 'since Esfand 20' have no year and fall in the PREVIOUS Iranian year (1402): 15 and "
           "10 March 2024; 'Farvardin 1' and 'Farvardin 9' take 1403 (20 and 28 March 2024)",
           "'the Republic of Azerbaijan' (Iranian usage) and 'the Nakhchivan Autonomous Republic' = one mention each; "
           "bare 'Nakhchivan' = the autonomous republic, 'Nakhchivan city' = the city (147429)",
           "'5,150 entered Iran from Nakhchivan and 4,280 left Iran for Nakhchivan' = exit and entry relative to "
           "Azerbaijan (the brief's rule), each its own claim besides the 'More than 9,400' crossing",
           "'Most visitors ... were families heading for Tabriz and Urmia' and 'many Iranians crossed ... through the "
           "Sadarak crossing' are vague parts of the same travellers, not labelled again",
           "'Between 180 and 220 trucks a day' = at_least 180, a rate; 'a queue of about 150 trucks' = a stock ('three "
           "kilometres' is a distance); 'Dozens of families spent the night' = a vague stock over Monday night",
           "'the Shahtakhti–Poldasht crossing' = one mention named by its ends (no id); 'the Poldasht border terminal' "
           "and 'Poldasht customs' = the town",
           "'have worked around the clock since Farvardin 1' = an easing (other); 'suspended since Esfand 20' = a "
           "restriction to publication",
           "'detained three men' = a detention; the governor's meeting with Nakhchivan's customs chief = diplomatic",
           "'In the last Iranian year, 1402' = 21 March 2023 - 19 March 2024; travellers and trucks = two claims",
           "'Hassan' (given name) and 'ANA' (acronym) collide with GeoNames places"],
    mentions=[
        MM("Poldasht", "gn:120954", note="headline; 'Poldasht crossing' (common noun left out); " + POLD),
        MM("Nakhchivan", "nakhchivan-ar", note="headline; " + NAKH),
        MM("URMIA", "gn:121801", note="dateline in capitals; Urmia (Orūmīyeh), Iran (GeoNames 121801)"),
        MM("Poldasht", "gn:120954", note="'the Poldasht border terminal'; " + POLD_X),
        MM("Iran", "iran"),
        MM("Nakhchivan Autonomous Republic", "nakhchivan-ar"),
        MM("Republic of Azerbaijan", "azerbaijan",
           note="the country's full name, as Iranian outlets write it: one mention"),
        MM("Poldasht", "gn:120954", note="'Poldasht customs'; " + POLD),
        MM("Iran", "iran"), MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Iran", "iran"), MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Nakhchivan", "nakhchivan-ar", note="'visitors from Nakhchivan'; " + NAKH),
        MM("Tabriz", "gn:113646", note="Tabriz, Iran (GeoNames 113646)"),
        MM("Urmia", "gn:121801", note="Urmia (Orūmīyeh), Iran (GeoNames 121801)"),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Türkiye", "turkey"),
        MM("Sadarak", "gn:147282",
           note="'the Sadarak crossing' (Nakhchivan–Türkiye): Sadarak (Sədərək), Nakhchivan (GeoNames 147282), common "
                "noun left out (as eval-real-7 'the Margara crossing')"),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("Poldasht", "gn:120954", note="'Poldasht town' (common noun left out); " + POLD),
        MM("Shahtakhti–Poldasht crossing", None, "border_crossing",
           note="the crossing named by its ends (en dash): one mention with its noun (as 'Agarak–Norduz border "
                "crossing'); not in the gazetteer; Shahtakhti (Şahtaxtı), Kangarli district, is not in cities500",
           inside=[("Shahtakhti", None), ("Poldasht", "gn:120954")]),
        MM("West Azarbaijan", None, "region", note="'the West Azarbaijan provincial security council'; " + WAZ),
        MM("Poldasht", "gn:120954", note="'Border guards at Poldasht' (the crossing's Iranian side, named by the town)"),
        MM("Nakhchivan", "nakhchivan-ar", note=NAKH),
        MM("West Azarbaijan", None, "region", note="'The governor of West Azarbaijan'; " + WAZ),
        MM("Nakhchivan", "nakhchivan-ar", note="'Nakhchivan's State Customs Committee'; " + NAKH),
        MM("Urmia", "gn:121801"),
        MM("Nakhchivan", "gn:147429", note="'Nakhchivan city' = the city (GeoNames 147429, Naxçıvan), not the republic"),
        MM("Poldasht", "gn:120954", note="caption; 'the Poldasht terminal'; " + POLD_X),
    ],
    claims=[
        CC(P_LEAD, "crossing", *P_HOL, count=9400, q="at_least", unit="people", place="gn:120954", claimant=HN,
           note="travellers across the border in both directions = crossing (as eval-real-7 labels 'travellers "
                "crossed'); running total 'since Esfand 25' (present perfect) = 15 March 2024 (Esfand 25 of the "
                "previous Iranian year, 1402: Esfand 25, 1403 would fall after publication) to publication; 'More "
                "than' = at_least; the dateline opens the sentence; " + PLACE_P),
        CC(P_SPLIT, "exit", *P_HOL, count=5150, q="exact", unit="people", origin="nakhchivan-ar", destination="iran",
           place="gn:120954", claimant=HN,
           note="second claim (split by direction): 'entered Iran from Nakhchivan' = exit from Azerbaijan; " + AZ_FRAME
                + "; 'Of them' carries the lead's period; 5,150 + 4,280 is never turned into a total here"),
        CC(P_SPLIT, "entry", *P_HOL, count=4280, q="exact", unit="people", origin="iran", destination="nakhchivan-ar",
           place="gn:120954", claimant=HN,
           note="third claim: 'left Iran for Nakhchivan' = entry into Azerbaijan (Nakhchivan); " + AZ_FRAME),
        CC("Between 180 and 220 trucks a day now pass through the terminal, most of them carrying fruit, vegetables and "
           "building materials to Nakhchivan.", "crossing", *P0, count=180, q="at_least", unit="trucks",
           place="gn:120954", claimant=ANA,
           note="a range: lower bound 180 as at_least (upper bound 220), a rate ('a day'); 'now' = publication day; "
                "'most of them ... to Nakhchivan' is a vague part, so no direction: crossing"),
        CC("On Monday evening, a queue of about 150 trucks stretched for three kilometres back from the terminal "
           "towards Poldasht town, drivers said.", "stock", *D("2024-04-01"), count=150, q="about", unit="trucks",
           place="gn:120954", claimant="drivers",
           note="a queue = stock; 'On Monday evening' = 1 April 2024; 'three kilometres' is a distance"),
        CC("Dozens of families spent the night in the terminal's waiting hall.", "stock", "2024-04-01", "2024-04-02",
           "period", flag="vague_count", q="unspecified", unit="families", place="gn:120954", claimant=ANA,
           note="people waiting somewhere = stock; 'Dozens' = vague; 'the night' after 'On Monday evening' = the night "
                "of 1-2 April 2024 (as eval-real-7 reads 'Overnight')"),
        CC("Customs officers on both sides of the Shahtakhti–Poldasht crossing have worked around the clock since "
           "Farvardin 1 to clear the backlog.", "other", "2024-03-20", "2024-04-02", "period", place="gn:120954",
           claimant=ANA,
           note="longer working hours = other (an easing, not a restriction; eval-real-8); 'since Farvardin 1' (1403, "
                "the year of the dateline) = 20 March 2024 to publication; no count; " + PLACE_P),
        CC("Transit of fuel tankers through the crossing has been suspended since Esfand 20 on the orders of the West "
           "Azarbaijan provincial security council.", "restriction", "2024-03-10", "2024-04-02", "period",
           place="gn:120954", claimant=ANA,
           note="a suspension = restriction, no count; 'since Esfand 20' = 10 March 2024 (Esfand of the previous "
                "Iranian year, 1402) to publication"),
        CC("Border guards at Poldasht on Sunday detained three men who were trying to smuggle saffron and cigarettes "
           "into Nakhchivan in the spare tyres of a car.", "detention", *D("2024-03-31"), count=3, q="exact",
           unit="people", place="gn:120954", claimant=ANA,
           note="people held = detention; 'three' in words; 'on Sunday' before Tuesday 2 April 2024 = 31 March"),
        CC("The governor of West Azarbaijan and the head of Nakhchivan's State Customs Committee met at the terminal on "
           "Farvardin 9 to discuss a direct bus service between Urmia and Nakhchivan city.", "diplomatic",
           *D("2024-03-28"), place="gn:120954", claimant=ANA,
           note="talks between officials of two states = diplomatic; 'on Farvardin 9' (1403, the year of the dateline) "
                "= 28 March 2024; the bus service is only discussed (not a movement)"),
        CC(P_YEAR, "crossing", "2023-03-21", "2024-03-19", "period", count=97400, q="exact", unit="people",
           place="gn:120954", claimant="the provincial customs directorate",
           note="a period total 'In the last Iranian year, 1402' = 21 March 2023 - 19 March 2024; both directions = "
                "crossing; '1402' is a year, not a count"),
        CC(P_YEAR, "crossing", "2023-03-21", "2024-03-19", "period", count=41600, q="exact", unit="trucks",
           place="gn:120954", claimant="the provincial customs directorate",
           note="second claim: the trucks (another unit; two claims, as eval-holdout splits 'vehicles and people')"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. International organisation update (printed date line). Thursday 12 December 2024; given.
#    Housing certificates for refugees from Karabakh in Armenia: applications, certificates, moves by region.
# ----------------------------------------------------------------------------------------------------------
SAN = "Shelter Access Network (SAN)"
SP = "SAN's partners in Yerevan"
H0 = D("2024-12-12")
H_APPS = ("Since applications opened on 1 July, the Ministry of Labour and Social Affairs has received 9,870 applications "
          "under the state housing programme for families displaced from Nagorno-Karabakh, SAN's partners in Yerevan "
          "report.")
H_CERT = ("As of 10 December, certificates had been issued to 5,415 families (21,360 people): 3,870 for buying a flat or "
          "a house, 1,210 for building one and 335 for repaying a mortgage.")
H_MOVED = ("Since the first certificates were handed over in August, 2,960 families have moved into homes bought or "
           "built with them: 1,140 in Kotayk province, 690 in Ararat, 410 in Armavir and 260 in Yerevan, with the rest "
           "spread across the other regions.")
H_MOVED_P = ("2024-08-01", "2024-12-12", "period")
H_WEEK = ("Last week, 46 families (183 people) who had lived in a former school dormitory in Vanadzor since October 2023 "
          "moved to new homes in villages of Lori province.")
H_STOCK = ("An estimated 11,500 displaced families are still renting flats with the state rent subsidy of 50,000 drams "
           "per person a month, and some 1,900 people live in collective centres, most of them in Syunik and Vayots "
           "Dzor.")
H_DEAD = ("On 5 December, the government extended the deadline for applications under the programme's first phase to 31 "
          "March 2025.")
SPLIT = "a split by place after the colon = its own claim, never a breakdown (the parts do not add up to 2,960)"
DOCS.append(dict(
    doc_id="a-intl-org-housing-certificates-dec-2024", style="intl-org", side="international",
    outlet="Shelter Access Network (SAN) (fictional international organisation), Armenia update",
    title="Housing certificates reach 5,415 refugee families from Karabakh",
    published="2024-12-12", published_given=True,
    published_in_text=dict(surface="12 December 2024", date="2024-12-12", how="printed date under headline"),
    captions=["A family from Martakert receives the keys to a house in Abovyan. Photo: SAN/Marta Lund"],
    not_places=[("SAN", "the organisation's acronym; San is a city in Mali (GeoNames 2451778) and a town in Côte "
                        "d'Ivoire (2282099)"),
                ("EU", "an organisation's abbreviation; Eu is a town in Normandy, France (GeoNames 3019329)"),
                ("UN", "an organisation's abbreviation; Un is a town in Uttar Pradesh, India (GeoNames 1253786)"),
                ("Marta", "given name of the country coordinator (Marta Lund); Marta is a town in Lazio, Italy "
                          "(GeoNames 3173861)"),
                ("Lund", "surname of the country coordinator; Lund is a city in Sweden (GeoNames 2693678)")],
    patterns=["P-printed-date", "P-org-date-line", "P-headline-restated", "P-since-date", "P-applications-other",
              "P-programme-start-event", "P-as-of-date", "P-bracket-people", "P-colon-breakdown",
              "P-carried-date", "P-since-month", "P-colon-split-by-place", "P-province-vs-town",
              "P-relative-last-week", "P-background-stock-not-claim", "P-estimated-count", "P-some-count",
              "P-money-not-count", "P-still-stock", "P-vague-dozens", "P-rate", "P-decision-date",
              "P-future-deadline", "P-relative-weekday", "P-diplomatic-meeting", "P-quote-no-claim",
              "P-caption-credit", "P-acronym-place", "P-given-name-place", "P-surname-place"],
    traps=["printed date line 'Shelter Access Network (SAN) | Armenia update No. 11 | 12 December 2024' (given): 'on 1 "
           "July', 'As of 10 December', 'in August', 'Last week' (2-8 December), 'On 5 December', 'On Monday' (9 "
           "December), 'still', 'now' resolve; '31 March 2025' is written with its year",
           "the headline's '5,415 refugee families' is restated in the body (labelled there, not from_headline)",
           "'Since applications opened on 1 July ... has received 9,870 applications' = a running total (other, as "
           "eval-real-8 labels applications lodged); the opening of applications and the first certificates 'in "
           "August' are dated events of their own",
           "'5,415 families (21,360 people): 3,870 ..., 1,210 ... and 335 ...' = families and people (two claims), the "
           "colon breakdown by certificate type on the families (sums to 5,415)",
           "'Another 1,240 applications were rejected' has no date of its own: the 'As of 10 December' count carries "
           "over",
           "'2,960 families have moved ...: 1,140 in Kotayk province, 690 in Ararat, 410 in Armavir and 260 in "
           "Yerevan' = five claims (a split by place; the rest is not derived)",
           "'Kotayk', 'Ararat', 'Armavir', 'Gegharkunik', 'Tavush' are provinces (no id), not the towns or villages of "
           "those names; 'Lori', 'Syunik', 'Vayots Dzor' have gazetteer ids",
           "'46 families (183 people)' = two claims 'Last week'; 'who had lived ... since October 2023' is background",
           "'An estimated 11,500 ... families' and 'some 1,900 people' = two stocks ('An estimated', 'some' = about); "
           "'50,000 drams' is money",
           "'Dozens of applications a week now' = vague, a rate; the extended deadline = two claims (the decision on 5 "
           "December, the future deadline)",
           "'SAN', 'EU', 'UN' (abbreviations) and 'Marta', 'Lund' (the coordinator's names) collide with GeoNames "
           "places; the caption is not a claim"],
    mentions=[
        MM("Karabakh", "karabakh", note="headline"),
        MM("Armenia", "armenia", note="date line 'Armenia update'"),
        MM("Nagorno-Karabakh", "karabakh"),
        MM("Yerevan", "yerevan", note="'SAN's partners in Yerevan'"),
        MM("Kotayk", None, "region", note="'Kotayk province'; " + PROV_NULL.format(name="Kotayk", gid="616522",
                                                                                  what="village")),
        MM("Ararat", None, "region",
           note="'690 in Ararat' after 'Kotayk province': the province; " +
                PROV_NULL.format(name="Ararat", gid="174991", what="town")),
        MM("Armavir", None, "region",
           note="the province (as 'Ararat'); " + PROV_NULL.format(name="Armavir", gid="616631", what="town")),
        MM("Yerevan", "yerevan"),
        MM("Vanadzor", "gn:616530", note="Vanadzor, Lori (GeoNames 616530)"),
        MM("Lori", "lori", note="'Lori province' (gazetteer 'lori')"),
        MM("Syunik", "syunik"),
        MM("Vayots Dzor", "vayots-dzor"),
        MM("Gegharkunik", None, "region",
           note=PROV_NULL.format(name="Gegharkunik", gid="616688", what="village")),
        MM("Tavush", None, "region", note=PROV_NULL.format(name="Tavush", gid="616162", what="village")),
        MM("Yerevan", "yerevan"),
        MM("Martakert", "martakert", note="caption; Martakert (Aghdara), Karabakh (gazetteer 'martakert')"),
        MM("Abovyan", "gn:617026", note="caption; Abovyan, Kotayk (GeoNames 617026), not the village in Ararat (617027)"),
    ],
    claims=[
        CC(H_APPS, "other", "2024-07-01", "2024-12-12", "period", count=9870, q="exact", unit="applications",
           place="armenia", claimant=SP,
           note="applications received = other with its count (eval-real-8 labels applications lodged so); running "
                "total 'Since applications opened on 1 July' (2024; present perfect) to publication"),
        CC(H_APPS, "other", *D("2024-07-01"), place="armenia", claimant=SP,
           note="second claim: the opening of applications 'on 1 July' (2024) = a dated event on the topic (as "
                "eval-real-7 labels the start of the clashes in 'Since the clashes began on Mehr 6')"),
        CC(H_CERT, "other", *D("2024-12-10"), count=5415, q="exact", unit="families",
           breakdown=[(3870, "purchase certificates"), (1210, "construction certificates"),
                      (335, "mortgage repayment certificates")],
           place="armenia", claimant=SAN,
           note="certificates issued = other with its count; 'As of 10 December' = 10 December 2024 (as eval-real-7 "
                "dates 'As of 1 March'); the colon parts (one certificate per family) sum to 5,415: a breakdown by "
                "type"),
        CC(H_CERT, "other", *D("2024-12-10"), count=21360, q="exact", unit="people", place="armenia", claimant=SAN,
           note="second claim: the bracket in people (another unit), no breakdown"),
        CC("Another 1,240 applications were rejected, most of them because at least one family member does not yet "
           "hold Armenian citizenship.", "other", *D("2024-12-10"), count=1240, q="exact", unit="applications",
           place="armenia", claimant=SAN,
           note="rejected applications = other with its count; no date of its own: the 'As of 10 December' count of "
                "the previous sentence carries over; 'most of them' is not a count"),
        CC(H_MOVED, "population_movement", *H_MOVED_P, count=2960, q="exact", unit="families", claimant=SAN,
           note="moving into new homes = population_movement (eval-real-7); 'Since the first certificates were handed "
                "over in August' (2024; present perfect) = 1 August 2024 to publication; many destinations, so "
                "destination null; the split after the colon = four more claims"),
        CC(H_MOVED, "population_movement", *H_MOVED_P, count=1140, q="exact", unit="families", claimant=SAN,
           note="second claim: Kotayk province (no id, so destination null); " + SPLIT),
        CC(H_MOVED, "population_movement", *H_MOVED_P, count=690, q="exact", unit="families", claimant=SAN,
           note="third claim: Ararat province (no id); " + SPLIT),
        CC(H_MOVED, "population_movement", *H_MOVED_P, count=410, q="exact", unit="families", claimant=SAN,
           note="fourth claim: Armavir province (no id); " + SPLIT),
        CC(H_MOVED, "population_movement", *H_MOVED_P, count=260, q="exact", unit="families", destination="yerevan",
           claimant=SAN, note="fifth claim: Yerevan; " + SPLIT),
        CC(H_MOVED, "other", *month(2024, 8), "month", place="armenia", claimant=SAN,
           note="sixth claim: the first certificates 'handed over in August' (2024) = a dated event (the day is not "
                "stated, so the month)"),
        CC(H_WEEK, "population_movement", "2024-12-02", "2024-12-08", "period", count=46, q="exact", unit="families",
           origin="gn:616530", destination="lori", claimant=SAN,
           note="'Last week' in a Thursday 12 December 2024 update = Monday 2 - Sunday 8 December 2024; moving from a "
                "dormitory to new homes = population_movement; 'who had lived ... since October 2023' is background "
                "(a relative clause, not a claim)"),
        CC(H_WEEK, "population_movement", "2024-12-02", "2024-12-08", "period", count=183, q="exact", unit="people",
           origin="gn:616530", destination="lori", claimant=SAN, note="second claim: the bracket in people"),
        CC(H_STOCK, "stock", *H0, count=11500, q="about", unit="families", claimant=SAN,
           note="families renting ('still') = stock on the update's day; 'An estimated' = about; '50,000 drams' is "
                "money, not a count; no place stated, so place null"),
        CC(H_STOCK, "stock", *H0, count=1900, q="about", unit="people", claimant=SAN,
           note="second claim: people living in collective centres = stock (present tense = the update's day); 'some' "
                "= about; two regions, so place null (as eval-real-7)"),
        CC("Dozens of applications a week now come from families in Gegharkunik and Tavush, where houses in border "
           "villages cost less.", "other", *H0, flag="vague_count", q="unspecified", unit="applications",
           claimant=SAN,
           note="applications = other; 'Dozens' = vague, a rate ('a week'); 'now' = the update's day; two provinces "
                "(no ids), so place null"),
        CC(H_DEAD, "other", *D("2024-12-05"), place="armenia", claimant=SAN,
           note="the government's decision 'On 5 December' (2024) = a dated event on the topic"),
        CC(H_DEAD, "other", *D("2025-03-31"), place="armenia", claimant=SAN,
           note="second claim: the extended deadline '31 March 2025' = a future date (future events are labelled, as "
                "eval-real-4 labels 'by January 1, 2024')"),
        CC("On Monday, Deputy Minister of Labour and Social Affairs Lusine Avetyan met representatives of the EU and of "
           "UN agencies in Yerevan to discuss funding for a second phase, which is to cover families with members who "
           "lack Armenian citizenship.", "diplomatic", *D("2024-12-09"), place="yerevan", claimant=SAN,
           note="talks between the government and the EU and UN agencies = diplomatic; 'On Monday' before Thursday 12 "
                "December 2024 = 9 December; the second phase is only planned (no date)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Live blog (English-language international news site), HTML. Sunday 23 April 2023; given; the printed date line
#    under the headline is wrapped in <time datetime="...">. The first day of Azerbaijan's checkpoint at the Hakari bridge.
# ----------------------------------------------------------------------------------------------------------
BL = "Borderline"
K0 = D("2023-04-23")
K_ICRC = ("19:30 – The ICRC says none of its vehicles has crossed the bridge so far today. Nineteen patients are waiting "
          "in hospitals "
          "in Stepanakert (Khankendi) to be taken to Armenia, the Karabakh health ministry says.")
K_Q = ("18:05 – Ingrid Moss reports from Kornidzor: dozens of cars are queuing on the Armenian side of the road to the "
       "bridge, and police have closed the last kilometre to private vehicles.")
K_BUS = ("11:30 – Before the closure, Russian peacekeepers took 31 people, including 11 children, from Goris to "
         "Stepanakert on two buses, the Karabakh authorities said.")
KAV = ("a village near the Hakari bridge (Shusha district) cut off by the checkpoint: not in the gazetteer nor in "
       "cities500")
DOCS.append(dict(
    doc_id="a-html-liveblog-hakari-checkpoint-first-day-apr-2023", style="liveblog", side="international",
    outlet="Borderline (fictional English-language international news site), live page",
    title="Live: Azerbaijan sets up a checkpoint on the Hakari bridge at the start of the Lachin corridor",
    published="2023-04-23", published_given=True,
    html_file="a-html-liveblog-hakari-checkpoint-first-day-apr-2023.html",
    published_in_text=dict(surface="2023-04-23T21:40:00+04:00", date="2023-04-23", how="html time"),
    published_note=("the page's <time datetime=\"2023-04-23T21:40:00+04:00\"> wraps the visible printed date line "
                    "'Sunday, 23 April 2023' under the headline: the date is also visible"),
    captions=["Azerbaijani border guards at the Hakari bridge on Sunday afternoon. Photo: Borderline/Ingrid Moss"],
    not_places=[("Moss", "surname of the reporter (Ingrid Moss); Moss is a town in Østfold, Norway (GeoNames 3145375)")],
    patterns=["P-html-time", "P-printed-date", "P-live-separator", "P-reverse-chronology", "P-clock-not-count",
              "P-headline-restated", "P-diplomatic-statement", "P-stock-cut-off", "P-about-count",
              "P-list-of-villages", "P-count-zero", "P-number-in-words", "P-stock-waiting", "P-so-far", "P-double-name",
              "P-correspondent-reports", "P-vague-dozens", "P-queue-stock", "P-closure-no-count",
              "P-convoy-entry", "P-karabakh-frame", "P-relative-today", "P-nth-day", "P-since-yearless-date",
              "P-checkpoint-setup", "P-nested-road", "P-lachin-khankendi-road", "P-buses", "P-part-not-breakdown",
              "P-two-units-two-claims", "P-said-yesterday", "P-colon-breakdown", "P-evacuation",
              "P-no-claim-entry", "P-caption-credit", "P-surname-place"],
    traps=["a live page in reverse order; each time stamp opens its sentence and belongs to Sunday 23 April 2023 (the "
           "printed date line inside <time datetime>, and the date is given): 'today', 'this morning', 'now', 'Yesterday' (22 April) resolve",
           "the headline's checkpoint is restated in the 14:10 entry and labelled there",
           "'about 900 residents of Lisagor, Mets Shen, Hin Shen and Yeghtsahogh ... are now cut off' = a stock; 'four "
           "villages' is not a count; 'Lisagor' is only a GeoNames alternate name (of Turshsu, 393875)",
           "'none of its vehicles has crossed the bridge so far today' = count 0 (as 'no civilian vehicle' = 0); 'Nineteen "
           "patients are waiting' = a stock written in words",
           "'Stepanakert (Khankendi)', 'Shusha (Shushi)', 'the Lachin corridor, which Armenians call the Berdzor "
           "corridor' = two mentions of one place each",
           "'dozens of cars are queuing' = a vague stock; 'police have closed the last kilometre' = a restriction "
           "('the last kilometre' is a distance)",
           "'A column of 12 Russian peacekeeping vehicles ... crossed the bridge towards Stepanakert' = a convoy into "
           "Karabakh = entry (relative to Karabakh)",
           "'still blocked ... for the 133rd day ... since 12 December' = one restriction from 12 December 2022 (the "
           "previous year) to publication",
           "'the Lachin–Khankendi road' = the Lachin corridor (eval-holdout); '12:00 local time' is a clock time",
           "'31 people, including 11 children, ... on two buses' = two claims (people and buses); the children are a "
           "part, not a breakdown",
           "'16 people ...: nine patients and seven relatives' = one claim with a breakdown (an evacuation)",
           "the 09:00 entry states no claim; 'Moss' (the reporter's surname) collides with a GeoNames town"],
    mentions=[
        MM("Azerbaijan", "azerbaijan", note="headline"),
        MM("Hakari bridge", "hakari-bridge", note="headline; the feature noun is part of the name (gazetteer)"),
        MM("Lachin corridor", "lachin-corridor", note="headline"),
        MM("Armenia", "armenia", note="'Armenia's Foreign Ministry'"),
        MM("Russia", "russia"),
        MM("Karabakh", "karabakh", note="'Karabakh officials' (toponym as modifier)"),
        MM("Lisagor", "gn:393875",
           note="Lisagor = Turshsu (Turşsu), Shusha district: GeoNames 393875 lists 'Lisagor' as an alternate name "
                "(eval-holdout's spelling trap)"),
        MM("Mets Shen", None, "settlement", note="Mets Shen, " + KAV),
        MM("Hin Shen", None, "settlement", note="Hin Shen, " + KAV),
        MM("Yeghtsahogh", None, "settlement", note="Yeghtsahogh, " + KAV),
        MM("Armenia", "armenia"),
        MM("Stepanakert", "khankendi", note="'Stepanakert (Khankendi)': double name of one place"),
        MM("Khankendi", "khankendi", note="the Azerbaijani name in brackets: a second mention of the same place"),
        MM("Armenia", "armenia"),
        MM("Karabakh", "karabakh", note="'the Karabakh health ministry': toponym in an organisation's name"),
        MM("Kornidzor", "kornidzor", note="Kornidzor, Syunik (gazetteer 'kornidzor')"),
        MM("Goris", "goris"),
        MM("Stepanakert", "khankendi"),
        MM("Shusha", "shusha", note="'Shusha (Shushi)': double name of one place"),
        MM("Shushi", "shusha", note="the Armenian name in brackets"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's State Border Service'"),
        MM("Lachin–Khankendi road", "lachin-corridor",
           note="the road named by its ends = the Lachin corridor (eval-holdout reads 'Lachin-Khankendi road' so); en "
                "dash; one mention",
           inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")]),
        MM("Armenia", "armenia"),
        MM("Goris", "goris"), MM("Stepanakert", "khankendi"),
        MM("Karabakh", "karabakh", note="'the Karabakh authorities'"),
        MM("Stepanakert", "khankendi"), MM("Yerevan", "yerevan"),
        MM("Lachin corridor", "lachin-corridor"),
        MM("Berdzor corridor", "lachin-corridor",
           note="'which Armenians call the Berdzor corridor': the Armenian name (gazetteer alias), a second mention"),
        MM("Armenia", "armenia"),
        MM("Nagorno-Karabakh", "karabakh"),
        MM("Hakari bridge", "hakari-bridge", note="caption"),
    ],
    claims=[
        CC("21:40 – Armenia's Foreign Ministry has called the checkpoint a gross violation of the trilateral ceasefire "
           "statement and urged Russia to make sure the corridor stays under the control of its peacekeepers.",
           "diplomatic", *K0, claimant="Armenia's Foreign Ministry",
           note="a government's statement and appeal to another = diplomatic; the 21:40 entry of the page's day; the "
                "ceasefire statement is named, not dated"),
        CC("20:15 – Karabakh officials say about 900 residents of Lisagor, Mets Shen, Hin Shen and Yeghtsahogh, four "
           "villages that used the bridge to reach Armenia, are now cut off.", "stock", *K0, count=900, q="about",
           unit="people", claimant="Karabakh officials",
           note="people cut off = stock ('now' = the page's day); four villages, so place null; 'four villages' is not "
                "a count"),
        CC(K_ICRC, "crossing", *K0, count=0, q="exact", unit="ICRC vehicles", place="hakari-bridge", claimant="the ICRC",
           note="'none of its vehicles has crossed the bridge so far today' = count 0, exact (as the tuned set reads 'no civilian "
                "vehicle'); no direction"),
        CC(K_ICRC, "stock", *K0, count=19, q="exact", unit="patients", place="khankendi",
           claimant="the Karabakh health ministry",
           note="second claim: patients waiting for transfer = stock on the page's day; 'Nineteen' in words"),
        CC(K_Q, "stock", *K0, flag="vague_count", q="unspecified", unit="cars", place="kornidzor", claimant=BL,
           note="a queue = stock; 'dozens of cars' = vague; the outlet's own reporter, so claimant = the outlet"),
        CC(K_Q, "restriction", *K0, place="kornidzor", claimant=BL,
           note="second claim: police closed the last stretch of road to private vehicles = restriction, no count; "
                "'the last kilometre' is a distance"),
        CC("16:50 – A column of 12 Russian peacekeeping vehicles that left Goris this morning crossed the bridge towards "
           "Stepanakert before the checkpoint went up, the Russian Defence Ministry said.", "entry", *K0, count=12,
           q="exact", unit="vehicles", origin="goris", destination="khankendi", via="hakari-bridge",
           claimant="the Russian Defence Ministry",
           note="a peacekeepers' convoy crossing 'towards Stepanakert' = into Karabakh = entry (relative to Karabakh, "
                "as eval-real reads 'from Gorus towards Khankendi'); 'this morning' = the page's day"),
        CC("15:20 – Traffic on the corridor itself is still blocked near Shusha (Shushi) for the 133rd day, where "
           "Azerbaijani activists have kept up their protest since 12 December.", "restriction", "2022-12-12",
           "2023-04-23", "period", place="lachin-corridor", claimant=BL,
           note="the blockade 'for the 133rd day' on 23 April 2023 and 'since 12 December' (2022: 12 December 2023 "
                "would fall after publication) = one restriction from 12 December 2022 to publication; '133rd' is an "
                "ordinal; no count"),
        CC("14:10 – Azerbaijan's State Border Service says its units set up the checkpoint at 12:00 local time \"at the "
           "beginning of the Lachin–Khankendi road\" on the border with Armenia.", "restriction", *K0,
           place="hakari-bridge", claimant="Azerbaijan's State Border Service",
           note="a checkpoint set up = restriction, no count; on the page's day; '12:00 local time' is a clock time; "
                "'the checkpoint' = the one on the Hakari bridge of the headline"),
        CC(K_BUS, "population_movement", *K0, count=31, q="exact", unit="people", origin="goris",
           destination="khankendi", claimant="the Karabakh authorities",
           note="people carried by the peacekeepers = population_movement; 'Before the closure' = earlier on the page's "
                "day; 'including 11 children' is a part, not a breakdown"),
        CC(K_BUS, "population_movement", *K0, count=2, q="exact", unit="buses", origin="goris", destination="khankendi",
           claimant="the Karabakh authorities",
           note="second claim: the two buses (buses carrying people = population_movement; vehicles and people are two "
                "claims)"),
        CC("10:15 – Yesterday, the ICRC moved 16 people from Stepanakert to hospitals in Yerevan: nine patients and "
           "seven relatives accompanying them.", "population_movement", *D("2023-04-22"), count=16, q="exact",
           unit="people", breakdown=[(9, "patients"), (7, "relatives")], origin="khankendi", destination="yerevan",
           claimant=BL,
           note="a medical evacuation = population_movement; 'Yesterday' = 22 April 2023; the parts after the colon "
                "('nine', 'seven' in words) sum to 16: a breakdown by type"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the other real-phrasing sets
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Nagorno-Karabakh", "Nakhchivan", "Syunik", "Lori", "Russia", "Yerevan", "Baku", "Shusha",
               "Shushi", "Hakari", "Lachin", "Berdzor", "Goris", "Kapan", "Meghri", "Agarak",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Dadivank", "Amaras", "Kalbajar", "Karvachar", "Sotk", "Vardenis", "Martuni", "Gegharkunik",
               "STEPANAKERT", "Stepanakert", "Istanbul", "Gorchu", "Fuzuli", "Zangilan", "M2", "North–South",
               "Kajaran", "Sisian", "Vorotan", "Shaghat", "GORIS", "URMIA", "Urmia", "Poldasht", "Shahtakhti",
               "Tabriz", "Sadarak", "Türkiye", "West Azarbaijan", "Kotayk", "Ararat", "Armavir", "Vanadzor",
               "Vayots Dzor", "Tavush", "Martakert", "Abovyan", "Lisagor", "Mets Shen", "Hin Shen", "Yeghtsahogh",
               "Kornidzor", "Khankendi",
               "Vega", "Viktor", "Lermontov", "Babak", "Yol", "Narek", "Arsen", "Echo", "Hassan", "ANA", "SAN", "EU",
               "UN", "Marta", "Lund", "Moss"]


if __name__ == "__main__":  # this part alone; the developer's combined build_labels.py builds the set
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
