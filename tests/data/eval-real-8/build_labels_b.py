"""Write part B of the eighth real-phrasing DEVELOPMENT set (tests/data/eval-real-8/b-*.json) from the hand-written
specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-b.md). The labels are a
careful analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code:
nobody read or ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the extractor's output.
This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    Part B's specs only: a combined tests/data/eval-real-8/build_labels.py (written by the developer) builds or
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
DISTRICT = "'the X district' labelled with the town it is named after (eval-real-3/-4 district-of-city)"
GARADAGH = "the Garadagh district of Baku (Qaradağ raion): not in the gazetteer nor in cities500"
EZ = ("Azerbaijan's East Zangezur economic region: not in the gazetteer (gazetteer 'Zangezur' is Armenia's Syunik, a "
      "different place) nor in cities500; one mention of the whole name, kind region")
RIVER_NULL = "a river: not in the gazetteer"

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Azerbaijani portal, HTML. Thursday 17 April 2025; given; the date in <time datetime> (its visible text
#    "17.04.2025, 10:25" too). Returns to Sugovushan and Talysh (Tartar district).
# ----------------------------------------------------------------------------------------------------------
YU = "Yurd.info"
SCR = "the State Committee for Refugees and IDPs"
Y0 = D("2025-04-17")
SUG = ("Sugovushan (Suqovuşan; Madaghis in Armenian), a village of the Tartar district: not in the gazetteer nor in "
       "cities500")
TAL = ("Talysh (Talış), a village of the Tartar district (Martakert/Aghdara area), not the Talysh region or people of "
       "Azerbaijan's south: not in the gazetteer nor in cities500")
TAR = "Tartar, Azerbaijan (GeoNames 584871)"
Y_SPLIT = "At this stage, 63 families (228 people) are returning: 41 families to Sugovushan and 22 to Talysh."
Y_HIST = ("Sugovushan was captured by Armenian forces in April 1994 and its residents fled to Tartar; the village was "
          "liberated on October 3, 2020.")
Y_SINCE = "Since January, 318 families, or 1,164 people, have been resettled in the two villages, the committee said."
Y_ELSE = ("Yesterday, 26 families (97 people) moved into new flats in Fuzuli, and on Monday 19 families arrived in "
          "Zangilan.")
Y_ROAD = ("The Tartar–Sugovushan road remains closed to private vehicles while deminers clear its verges, and visitors to "
          "both villages need a permit from the special representative's office.")
DOCS.append(dict(
    doc_id="b-html-az-portal-sugovushan-talysh-return-apr-2025", style="azerbaijani", side="azerbaijani",
    outlet="Yurd.info (fictional Azerbaijani news portal, English edition)",
    title="Great Return: 63 more families head home to Sugovushan and Talysh",
    published="2025-04-17", published_given=True,
    html_file="b-html-az-portal-sugovushan-talysh-return-apr-2025.html",
    published_in_text=dict(surface="2025-04-17T10:25:00+04:00", date="2025-04-17", how="html time"),
    captions=["Rebuilt houses in Talysh, March 2023. Photo: Yurd.info"],
    not_places=[("Tabriz", "given name of the reporter (Tabriz Mammadli, an Azerbaijani given name); Tabriz is the "
                           "Iranian city (GeoNames 113646)")],
    patterns=["P-html-time", "P-byline-given-name-place", "P-relative-today", "P-bracket-people",
              "P-colon-split-by-place", "P-lead-restated", "P-buses", "P-duration-not-count", "P-relative-last-week",
              "P-future-no-date", "P-historic-capture", "P-historic-flight", "P-vague-plural", "P-month-year",
              "P-quote-no-claim", "P-age-not-count", "P-since-month", "P-running-tally", "P-or-people",
              "P-said-yesterday", "P-relative-weekday", "P-currently-stock", "P-about-count", "P-nested-road",
              "P-remain-closed", "P-permit-restriction", "P-two-closures", "P-district-of-city",
              "P-east-zangezur-not-syunik", "P-caption-old-date"],
    traps=["the date is given (Thursday 17 April 2025) and stated in <time datetime>: 'this morning', 'last week', "
           "'Since January', 'Yesterday', 'on Monday', 'Currently' resolve",
           "'63 families (228 people) are returning: 41 families to Sugovushan and 22 to Talysh' = families and people "
           "(two claims) plus a split by village (two more claims, never a breakdown); the lead without a count is "
           "restated by it and not labelled again",
           "'The convoy of 14 buses' = buses carrying people (population_movement); 'about five hours' is a duration",
           "'will hand the families the keys' has no date or count of its own: not a claim; 'opened ... last week' = "
           "7-13 April 2025",
           "'captured ... in April 1994 and its residents fled to Tartar; ... liberated on October 3, 2020' = three "
           "claims (the capture, a vague flight, the liberation)",
           "'almost three decades', '31 years', '67' are not counts; the quotation is not a claim",
           "'Since January, 318 families, or 1,164 people' = two claims, 1 January - 17 April 2025",
           "'East Zangezur' is Azerbaijan's economic region, not Armenia's Zangezur (Syunik)",
           "'The Tartar–Sugovushan road remains closed ..., and visitors ... need a permit' = two restrictions",
           "'Tabriz' is the reporter's given name, not the city; the caption ends in an old date (March 2023)"],
    mentions=[
        MM("Sugovushan", None, "settlement", note="headline; " + SUG),
        MM("Talysh", None, "settlement", note="headline; " + TAL),
        MM("Garadagh", None, "region", note="'the Garadagh district of Baku'; " + GARADAGH),
        MM("Baku", "baku"),
        MM("Sugovushan", None, "settlement", note=SUG), MM("Talysh", None, "settlement", note=TAL),
        MM("Tartar", "gn:584871", note="'the Tartar district'; " + TAR + "; " + DISTRICT),
        MM("Sugovushan", None, "settlement", note=SUG), MM("Talysh", None, "settlement", note=TAL),
        MM("Tartar", "gn:584871", note="'reach Tartar': the town; " + TAR),
        MM("Tartar", "gn:584871", note="'the Tartar district executive authority': toponym in an organisation's name; "
                                       + TAR),
        MM("Sugovushan", None, "settlement", note=SUG),
        MM("Baku", "baku"),
        MM("Sumgayit", "gn:584923", note="Sumgayit, Azerbaijan (GeoNames 584923)"),
        MM("Barda", "gn:587057", note="Barda, Azerbaijan (GeoNames 587057), not Barda in Russia (579132)"),
        MM("Goranboy", "gn:586430", note="Goranboy, Azerbaijan (GeoNames 586430)"),
        MM("Sugovushan", None, "settlement", note=SUG),
        MM("Tartar", "gn:584871", note="'fled to Tartar': the town; " + TAR),
        MM("Garadagh", None, "region", note="'boarded a bus in Garadagh'; " + GARADAGH),
        MM("Fuzuli", "fuzuli"), MM("Zangilan", "zangilan"),
        MM("Karabakh", "karabakh"),
        MM("East Zangezur", None, "region", note=EZ),
        MM("Tartar–Sugovushan road", None, "road", note="a road named by its ends (en dash): one mention, no id",
           inside=[("Tartar", "gn:584871"), ("Sugovushan", None)]),
        MM("Talysh", None, "settlement", note="caption; " + TAL),
    ],
    claims=[
        CC(Y_SPLIT, "population_movement", *Y0, count=63, q="exact", unit="families", origin="baku", claimant=SCR,
           note="returnees; present tense 'are returning' = the page's day (the lead: 'this morning'); origin Baku "
                "from the lead (its Garadagh district has no id); two villages without ids, so destination null; the "
                "lead, which has no count, is restated here and not labelled on its own"),
        CC(Y_SPLIT, "population_movement", *Y0, count=228, q="exact", unit="people", origin="baku", claimant=SCR,
           note="second claim: the bracket in people, another unit"),
        CC(Y_SPLIT, "population_movement", *Y0, count=41, q="exact", unit="families", origin="baku", claimant=SCR,
           note="third claim: the part going to Sugovushan (a split by place = its own claim, never a breakdown); "
                "Sugovushan has no id, so destination null"),
        CC(Y_SPLIT, "population_movement", *Y0, count=22, q="exact", unit="families", origin="baku", claimant=SCR,
           note="fourth claim: '22 to Talysh' (the noun 'families' carried over); Talysh has no id, so destination "
                "null"),
        CC("The convoy of 14 buses, escorted by traffic police, was expected to reach Tartar by early afternoon, a "
           "journey of about five hours.", "population_movement", *Y0, count=14, q="exact", unit="buses",
           destination="gn:584871", claimant=YU,
           note="buses carrying the returnees = population_movement (eval-real-2/-4); the page's day (left 'this "
                "morning'); 'about five hours' is a duration"),
        CC("A school, a clinic and a post office opened in Sugovushan last week.", "other", "2025-04-07", "2025-04-13",
           "period", claimant=YU,
           note="openings in the village = other (a dated event on the topic), no count; 'last week' = Monday-Sunday "
                "of the week before Thursday 17 April 2025; Sugovushan has no id, so place null"),
        CC(Y_HIST, "other", *month(1994, 4), "month", claimant=YU,
           note="the capture of the village 'in April 1994' (month with its year) = other; place null (no id)"),
        CC(Y_HIST, "population_movement", *month(1994, 4), "month", flag="vague_count", q="unspecified",
           unit="people", destination="gn:584871", claimant=YU,
           note="second claim: 'its residents fled to Tartar' = a flight with no number (a plural): vague; dated with "
                "the capture; origin Sugovushan has no id"),
        CC(Y_HIST, "other", *D("2020-10-03"), claimant=YU,
           note="third claim: the retaking of the village 'on October 3, 2020' = other"),
        CC(Y_SINCE, "population_movement", "2025-01-01", "2025-04-17", "period", count=318, q="exact",
           unit="families", claimant=SCR,
           note="running total 'Since January' (present perfect) = 1 January 2025 to publication; two villages, so "
                "destination null"),
        CC(Y_SINCE, "population_movement", "2025-01-01", "2025-04-17", "period", count=1164, q="exact",
           unit="people", claimant=SCR, note="second claim: the same total in people ('or 1,164 people')"),
        CC(Y_ELSE, "population_movement", *D("2025-04-16"), count=26, q="exact", unit="families",
           destination="fuzuli", claimant=YU, note="'Yesterday' = 16 April 2025; returnees moving in"),
        CC(Y_ELSE, "population_movement", *D("2025-04-16"), count=97, q="exact", unit="people",
           destination="fuzuli", claimant=YU, note="second claim: the bracket in people"),
        CC(Y_ELSE, "population_movement", *D("2025-04-14"), count=19, q="exact", unit="families",
           destination="zangilan", claimant=YU,
           note="third claim: 'on Monday' before Thursday 17 April 2025 = 14 April"),
        CC("Currently, about 45,000 people live in Karabakh and East Zangezur, among them returnees, civil servants and "
           "workers employed on reconstruction projects.", "stock", *Y0, count=45000, q="about", unit="people",
           claimant=YU,
           note="a population = stock; 'Currently' = the page's day; two regions (East Zangezur has no id), so place "
                "null; 'among them ...' lists kinds without numbers"),
        CC(Y_ROAD, "restriction", *Y0, claimant=YU,
           note="a road closed to private vehicles ('remains closed') = restriction on the page's day, no count; the "
                "road has no id, so place null"),
        CC(Y_ROAD, "restriction", *Y0, claimant=YU,
           note="second claim: entry to the villages only with a permit = restriction on the page's day"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Azerbaijani agency item in Russian-agency style. Tuesday 10 June 2025; NOT given; the dateline "BAKU, June 10
#    /Kaspi-Press/." has no year, so yearless and relative dates are year_unknown / relative_unknown.
# ----------------------------------------------------------------------------------------------------------
KP = "Kaspi-Press"
UNK2 = ("no publication year is known (not given; the dateline 'BAKU, June 10' has day and month but no year)")
RG = "Rufat Gasimov, the head of the Khojaly district executive power"
K_LEAD = ("BAKU, June 10 /Kaspi-Press/. The first 20 families of former internally displaced persons, 81 people in all, "
          "returned to the city of Khojaly on Tuesday, the State Committee for Refugees and IDPs told Kaspi-Press.")
K_BALL = ("Earlier, on May 28, 14 families (52 people) returned to the village of Ballija in the Khojaly district, where "
          "96 families now live.")
K_1992 = ("Khojaly was seized by Armenian forces on the night of February 25-26, 1992, and its surviving residents were "
          "scattered across Azerbaijan.")
BALL = "Ballija (Ballıca), a village of the Khojaly district: not in the gazetteer nor in cities500"
DOCS.append(dict(
    doc_id="b-az-agency-khojaly-first-families-jun-2025", style="azerbaijani", side="azerbaijani",
    outlet="Kaspi-Press (fictional Azerbaijani news agency, English service in Russian-agency style)",
    title="First families return to Khojaly 33 years after its fall",
    published="2025-06-10", published_given=False,
    published_in_text=dict(surface="BAKU, June 10 /Kaspi-Press/.", date=None, how="dateline"),
    published_note="Tuesday 10 June 2025; the dateline gives day and month only, so no year is known to a reader",
    captions=[],
    not_places=[("Kaspi", "the agency's name (Kaspi-Press, 'Caspian'); Kaspi is a town in Georgia (GeoNames 614104)"),
                ("Sakina", "given name of the returnee (Sakina Huseynova); an alternate name of Suakin, Sudan (GeoNames "
                           "367544)")],
    patterns=["P-tass-dateline", "P-yearless-dateline", "P-not-given-no-year", "P-headline-duration",
              "P-in-all-people", "P-relative-weekday", "P-buses", "P-same-day-implicit", "P-nested-road",
              "P-closure-duration", "P-spelling-asgaran", "P-future-before-end-of-month", "P-capacity-not-claim",
              "P-age-not-count", "P-quote-no-claim", "P-yearless-date", "P-bracket-people", "P-now-stock",
              "P-date-range-with-year", "P-historic-capture", "P-vague-plural",
              "P-over-count", "P-so-far", "P-future-relative", "P-relative-last-week", "P-east-zangezur-not-syunik",
              "P-agency-name-place", "P-given-name-place"],
    traps=["not given, and the dateline 'BAKU, June 10 /Kaspi-Press/.' has no year: 'on Tuesday', 'before the end of "
           "June', 'on May 28', 'now', 'on Friday', 'last week' and the open running total get year_unknown / "
           "relative_unknown; 'February 25-26, 1992' and 'September 19-20, 2023' carry their year and are labelled "
           "normally",
           "'20 families ..., 81 people in all' = two claims (families and people)",
           "'The convoy of eight buses' and the road closure 'as the buses passed' are on the lead's Tuesday, written "
           "without a date of their own: relative_unknown",
           "'33 years' (headline), 'about two hours', '71-year-old' are not counts; the quotation is not a claim",
           "'the city is being rebuilt for about 8,000 residents' = a capacity, not a claim",
           "'14 families (52 people)' = two claims; 'where 96 families now live' = a stock",
           "'its surviving residents were scattered' = a vague flight dated with the seizure",
           "'So far, more than 11,000 ... under the Great Return programme' = at_least, a running total as of the "
           "unknown publication day",
           "'Asgaran' is the Azerbaijani spelling of Askeran; 'Aghdam–Khankendi road' is a nested road; 'East "
           "Zangezur' is not Syunik",
           "'Kaspi' (agency) and 'Sakina' (given name) collide with GeoNames places; no captions"],
    mentions=[
        MM("Khojaly", "khojaly", note="headline"),
        MM("BAKU", "baku", note="dateline in capitals"),
        MM("Khojaly", "khojaly", note="'the city of Khojaly'"),
        MM("Baku", "baku", note="'Baku's Garadagh district'"),
        MM("Garadagh", None, "region", note=GARADAGH),
        MM("Khojaly", "khojaly"),
        MM("Aghdam–Khankendi road", None, "road",
           note="the road from Aghdam to Khankendi, named by its ends (en dash); not in the gazetteer; one mention (as "
                "eval-real labels it)", inside=[("Aghdam", "aghdam"), ("Khankendi", "khankendi")]),
        MM("Asgaran", "askeran", note="Asgaran = Askeran (gazetteer name 'Asgaran', the Azerbaijani spelling)"),
        MM("Sumgayit", "gn:584923", note="Sumgayit, Azerbaijan (GeoNames 584923)"),
        MM("Mingachevir", "gn:585514", note="Mingachevir, Azerbaijan (GeoNames 585514)"),
        MM("Baku", "baku"),
        MM("Khojaly", "khojaly", note="'the Khojaly district executive power': toponym in an organisation's name"),
        MM("Khojaly", "khojaly", note="'who left Khojaly'"),
        MM("Ballija", None, "settlement", note=BALL),
        MM("Khojaly", "khojaly", note="'the Khojaly district'; " + DISTRICT),
        MM("Khojaly", "khojaly"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Karabakh", "karabakh"),
        MM("East Zangezur", None, "region", note=EZ),
        MM("Khojaly", "khojaly", note="'The next convoy to Khojaly'"),
        MM("Khankendi", "khankendi"),
    ],
    claims=[
        CC(K_LEAD, "population_movement", flag="relative_unknown", count=20, q="exact", unit="families",
           destination="khojaly", claimant=SCR,
           note="returnees; 'on Tuesday' with " + UNK2 + "; the dateline opens the sentence"),
        CC(K_LEAD, "population_movement", flag="relative_unknown", count=81, q="exact", unit="people",
           destination="khojaly", claimant=SCR, note="second claim: '81 people in all', another unit"),
        CC("The convoy of eight buses left Baku's Garadagh district at dawn and reached Khojaly shortly after noon.",
           "population_movement", flag="relative_unknown", count=8, q="exact", unit="buses", origin="baku",
           destination="khojaly", claimant=KP,
           note="buses carrying the returnees = population_movement; 'eight' in words; on the lead's Tuesday ('at "
                "dawn' has no date of its own), with " + UNK2 + "; origin Baku (its Garadagh district has no id)"),
        CC("The Aghdam–Khankendi road was closed to other traffic for about two hours as the buses passed through "
           "Asgaran, police said.", "restriction", flag="relative_unknown", claimant="the police",
           note="a road closed to other traffic = restriction, no count; 'about two hours' is a duration; on the "
                "convoy's day (the lead's 'Tuesday'), with " + UNK2 + "; the road has no id, so place null"),
        CC("The head of the Khojaly district executive power, Rufat Gasimov, said another 30 families would move in "
           "before the end of June, and that the city is being rebuilt for about 8,000 residents.",
           "population_movement", flag="year_unknown", count=30, q="exact", unit="families", destination="khojaly",
           claimant=RG,
           note="a planned return (future events are labelled); 'before the end of June' without a year and " + UNK2 +
                "; 'rebuilt for about 8,000 residents' is a capacity, not a claim"),
        CC(K_BALL, "population_movement", flag="year_unknown", count=14, q="exact", unit="families", claimant=SCR,
           note="'on May 28' without a year and " + UNK2 + "; Ballija has no id, so destination null; the committee's "
                "attribution carries over"),
        CC(K_BALL, "population_movement", flag="year_unknown", count=52, q="exact", unit="people", claimant=SCR,
           note="second claim: the bracket in people"),
        CC(K_BALL, "stock", flag="relative_unknown", count=96, q="exact", unit="families", claimant=SCR,
           note="third claim: 'where 96 families now live' = a stock; 'now' with " + UNK2 + "; Ballija has no id"),
        CC(K_1992, "other", "1992-02-25", "1992-02-26", "period", place="khojaly", claimant=KP,
           note="the seizure of the town 'on the night of February 25-26, 1992' (year written) = other"),
        CC(K_1992, "population_movement", "1992-02-25", "1992-02-26", "period", flag="vague_count", q="unspecified",
           unit="people", origin="khojaly", claimant=KP,
           note="second claim: 'its surviving residents were scattered' = a displacement with no number (a plural): "
                "vague; dated with the seizure; destination 'across Azerbaijan' is the whole country, left null as "
                "not a destination place"),
        CC("The city returned under Azerbaijani control after the local anti-terror measures of September 19-20, 2023.",
           "other", "2023-09-19", "2023-09-20", "period", place="khojaly", claimant=KP,
           note="the September 2023 operation (year written) = other, the return of control dated by it"),
        CC("So far, more than 11,000 former IDPs have been resettled in Karabakh and East Zangezur under the Great "
           "Return programme, the committee said.", "population_movement", flag="relative_unknown", count=11000,
           q="at_least", unit="people", claimant=SCR,
           note="a running total 'So far' (present perfect) = as of the publication day, which is unknown: "
                "relative_unknown (its start is not stated); 'more than' = at_least; two regions, so destination "
                "null"),
        CC("The next convoy to Khojaly will leave on Friday, deputy committee chairman Elchin Mustafayev told "
           "reporters.", "population_movement", flag="relative_unknown", destination="khojaly",
           claimant="Elchin Mustafayev, deputy chairman of the State Committee for Refugees and IDPs",
           note="a planned convoy of returnees (future events are labelled), no count; 'on Friday' with " + UNK2),
        CC("Returnees will travel on a new road from Khankendi, which opened to traffic last week.", "other",
           flag="relative_unknown", claimant="Elchin Mustafayev, deputy chairman of the State Committee for Refugees "
                                            "and IDPs",
           note="a road opening = other, no count; 'last week' with " + UNK2 + "; the road has no id"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Armenian news site, HTML. Thursday 30 May 2024; NOT given; the date only in
#    <meta property="article:published_time"> (nothing visible), so a reader of the page knows it.
#    Tavush delimitation: the Kirants protest, the handed-over road section, the bypass to Georgia.
# ----------------------------------------------------------------------------------------------------------
SA = "Sahman.am"
AH = "Artur Hakobyan, the Kirants village head"
S0 = D("2024-05-30")
KIR = "Kirants, a village of Tavush province, Armenia: not in the gazetteer nor in cities500"
S_HAND = ("Last Friday, Armenian border guards handed over a 1.2-kilometre stretch of the Yerevan–Tbilisi road near "
          "Kirants to Azerbaijan's State Border Service, under the agreement reached by the delimitation commissions "
          "on April 19.")
S_BYP = ("Since Saturday, traffic to Georgia has been diverted onto a new 3.5-kilometre bypass between Kirants and "
         "Baghanis, and trucks may use it only between 08:00 and 20:00.")
S_YER = ("In Yerevan, the deputy prime minister's office said on Tuesday that the commissions would meet again in June "
         "to discuss the next section, north of Berkaber.")
DOCS.append(dict(
    doc_id="b-html-am-site-kirants-border-section-may-2024", style="armenian", side="armenian",
    outlet="Sahman.am (fictional Armenian news site, English edition)",
    title="Kirants residents block village road for a third day as border section is handed over",
    published="2024-05-30", published_given=False,
    html_file="b-html-am-site-kirants-border-section-may-2024.html",
    published_in_text=dict(surface="2024-05-30T16:40:00+04:00", date="2024-05-30", how="html meta"),
    published_note="Thursday 30 May 2024; only in <meta property=\"article:published_time\">, nothing visible",
    captions=["Protesters on the road at the entrance to Kirants. Photo: Sevan Arakelyan"],
    not_places=[("Sevan", "given name of the reporter (Sevan Arakelyan); Sevan is a town in Gegharkunik, Armenia "
                          "(GeoNames 616250)")],
    patterns=["P-html-meta", "P-no-visible-date", "P-byline-place", "P-byline-given-name-place", "P-nth-day",
              "P-protest-blockade", "P-about-count", "P-checkpoint-setup", "P-have-been-since", "P-last-weekday",
              "P-handover", "P-distance-not-count", "P-yearless-date", "P-agreement-date", "P-the-same-day",
              "P-nested-road", "P-since-weekday", "P-detour", "P-time-window", "P-two-closures",
              "P-evacuation", "P-ambulance", "P-first-day", "P-bracket-breakdown", "P-quote-no-claim", "P-statement-and-future-meeting",
              "P-plan-month", "P-present-stock", "P-vague-dozens", "P-this-month", "P-caption-credit"],
    traps=["not given, but the page's <meta property=\"article:published_time\"> holds the date (Thursday 30 May "
           "2024), so a reader of the page knows it: 'for a third day on Thursday', 'on Wednesday', 'Last Friday', "
           "'April 19', 'the same day', 'Since Saturday', 'On the first day', 'on Tuesday', 'in June', 'this month' "
           "resolve",
           "'blocked ... for a third day on Thursday' = a blockade 28-30 May 2024 (restriction)",
           "'About 150 people took part' = the protest, other with its count",
           "'set up a checkpoint ... on Wednesday and have been checking cars' = one restriction, 29-30 May",
           "'handed over ... under the agreement reached ... on April 19' = two claims (the handover, other; the "
           "agreement, diplomatic); '1.2-kilometre', '200 metres', '3.5-kilometre' are distances",
           "'diverted onto a new ... bypass, and trucks may use it only between 08:00 and 20:00' = two restrictions",
           "'Two elderly protesters were taken by ambulance to hospital in Ijevan on Wednesday night' = an evacuation "
           "(population_movement, count 2)",
           "'On the first day, 1,840 vehicles used the bypass (1,230 cars and 610 trucks)' = one crossing on Saturday "
           "25 May with a breakdown by type",
           "'said on Tuesday that the commissions would meet again in June' = two diplomatic claims (the statement, "
           "the future meeting)",
           "'About 1,300 people live' = a stock; 'Dozens of families ... have moved ... this month' = a vague "
           "movement, 1-30 May",
           "'Sevan' is the reporter's given name, not the town; the Yerevan–Tbilisi road is a nested road"],
    mentions=[
        MM("Kirants", None, "settlement", note="headline; " + KIR),
        MM("Noyemberyan", "gn:616333", note="byline place; Noyemberyan, Tavush (GeoNames 616333)"),
        MM("Kirants", None, "settlement", note=KIR),
        MM("Ijevan", "gn:616627", note="Ijevan, Tavush (GeoNames 616627)"),
        MM("Acharkut", None, "settlement", note="Acharkut, a village of Tavush on the Kirants road: not in the "
                                                "gazetteer nor in cities500"),
        MM("Ijevan", "gn:616627", note="'hospital in Ijevan'; Ijevan, Tavush (GeoNames 616627)"),
        MM("Yerevan–Tbilisi road", None, "road",
           note="the interstate road named by its ends (en dash): one mention, no id",
           inside=[("Yerevan", "yerevan"), ("Tbilisi", "gn:611717")]),
        MM("Kirants", None, "settlement", note=KIR),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's State Border Service': toponym in an organisation's name"),
        MM("Voskepar", "gn:616074", note="Voskepar, Tavush (GeoNames 616074)"),
        MM("Baghanis", "gn:616829", note="Baghanis, Tavush (GeoNames 616829)"),
        MM("Georgia", "georgia"),
        MM("Kirants", None, "settlement", note=KIR),
        MM("Baghanis", "gn:616829", note="Baghanis, Tavush (GeoNames 616829)"),
        MM("Yerevan", "yerevan", note="'In Yerevan, the deputy prime minister's office'"),
        MM("Berkaber", None, "settlement", note="Berkaber, a village of Tavush on the border: not in the gazetteer nor "
                                                "in cities500"),
        MM("Kirants", None, "settlement", note=KIR),
        MM("Ijevan", "gn:616627", note="Ijevan, Tavush (GeoNames 616627)"),
        MM("Noyemberyan", "gn:616333", note="Noyemberyan, Tavush (GeoNames 616333)"),
        MM("Kirants", None, "settlement", note="caption; " + KIR),
    ],
    claims=[
        CC("Residents of Kirants blocked the village's road to Ijevan for a third day on Thursday, demanding written "
           "guarantees that Azerbaijani border posts will not be placed within sight of their homes.", "restriction",
           "2024-05-28", "2024-05-30", "period", claimant=SA,
           note="a road blocked by protesters = restriction, no count; 'for a third day on Thursday' = Tuesday 28 - "
                "Thursday 30 May 2024 (as eval-real-5 dates 'for the seventh day'); Kirants has no id, so place null"),
        CC("About 150 people took part, village head Artur Hakobyan said.", "other", *S0, count=150, q="about",
           unit="people", claimant=AH,
           note="the protesters of Thursday's blockade = the protest, other with its count (as eval-holdout labels a "
                "protest 'other'); it could also be read as a stock of people"),
        CC("Police set up a checkpoint at the entrance to the village on Wednesday and have been checking cars coming "
           "from Acharkut.", "restriction", "2024-05-29", "2024-05-30", "period", claimant=AH,
           note="a checkpoint set up 'on Wednesday' (29 May 2024) whose checks go on ('have been checking') to "
                "publication: one restriction, no count; the village has no id, so place null"),
        CC("Two elderly protesters were taken by ambulance to hospital in Ijevan on Wednesday night.",
           "population_movement", *D("2024-05-29"), count=2, q="exact", unit="people", destination="gn:616627",
           claimant=SA,
           note="a medical evacuation of two protesters = population_movement (evacuations and patient transfers); "
                "'Two' in words; 'on Wednesday night' = 29 May 2024; origin Kirants has no id"),
        CC(S_HAND, "other", *D("2024-05-24"), claimant=SA,
           note="the handover of a road section = other, no count; 'Last Friday' in a Thursday 30 May report = 24 May "
                "2024; '1.2-kilometre' is a distance; the road has no id, so place null"),
        CC(S_HAND, "diplomatic", *D("2024-04-19"), claimant=SA,
           note="second claim: the agreement of the delimitation commissions 'on April 19' = diplomatic; the year "
                "(2024) is inferred from the page's date"),
        CC("Azerbaijani border guards took up positions the same day opposite Voskepar and Baghanis, where the new line "
           "runs about 200 metres from the nearest houses.", "other", *D("2024-05-24"), claimant=SA,
           note="a deployment on the border = other, no count; 'the same day' = the handover's Friday 24 May 2024; "
                "'about 200 metres' is a distance; two villages, so place null"),
        CC(S_BYP, "restriction", "2024-05-25", "2024-05-30", "period", claimant=SA,
           note="traffic diverted = restriction, no count; 'Since Saturday' with the present perfect = 25 May 2024 to "
                "publication; '3.5-kilometre' is a distance"),
        CC(S_BYP, "restriction", *S0, claimant=SA,
           note="second claim: trucks allowed only between 08:00 and 20:00 = restriction in force on the page's day "
                "(two restrictions in one sentence, as eval-real-6 splits them); the clock times are not counts"),
        CC("On the first day, 1,840 vehicles used the bypass (1,230 cars and 610 trucks), the Roads Department said.",
           "crossing", *D("2024-05-25"), count=1840, q="exact", unit="vehicles",
           breakdown=[(1230, "cars"), (610, "trucks")], claimant="the Roads Department",
           note="vehicles passing = crossing; 'On the first day' of the bypass = Saturday 25 May 2024; the bracket "
                "partitions the total by type (1,230 + 610 = 1,840): one claim with a breakdown; the bypass has no "
                "id"),
        CC(S_YER, "diplomatic", *D("2024-05-28"), place="yerevan", claimant="the deputy prime minister's office",
           note="a government statement on the delimitation = diplomatic; 'on Tuesday' = 28 May 2024"),
        CC(S_YER, "diplomatic", *month(2024, 6), "month", claimant="the deputy prime minister's office",
           note="second claim: the commissions' next meeting 'in June' = June 2024 (future events are labelled)"),
        CC("About 1,300 people live in the three villages.", "stock", *S0, count=1300, q="about", unit="people",
           claimant=SA,
           note="a population = stock; present tense in a dated page = the page's day; three villages, so place null"),
        CC("Dozens of families from Kirants have moved to relatives in Ijevan and Noyemberyan this month, the village "
           "head said.", "population_movement", "2024-05-01", "2024-05-30", "period", flag="vague_count",
           q="unspecified", unit="families", claimant=AH,
           note="'Dozens' = vague; 'this month' with the present perfect = 1-30 May 2024; two destinations, so "
                "destination null; origin Kirants has no id"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Turkish agency item. Wednesday 15 October 2025; given; the dateline "ANKARA (KHA) –" and a printed date line
#    "15.10.2025 14:20" under the headline. The Doğukapı (Akhurik) gate opened to diplomats, third-country citizens
#    and aid; talks on the Kars–Gyumri railway.
# ----------------------------------------------------------------------------------------------------------
KHA = "KHA"
T0 = D("2025-10-15")
DOGU = ("Doğukapı, the Turkish side of the Akhurik–Doğukapı crossing (Kars province): not in the gazetteer nor in "
        "cities500; 'the Doğukapı border gate' leaves the common noun out")
KARS = "Kars, Türkiye (GeoNames 743952)"
AKH = "Akhurik, Shirak, Armenia (GeoNames 616990)"
T_RAIL = ("Special envoys of the two countries met in Kars yesterday and agreed to set up a working group on reopening "
          "the Kars–Gyumri railway, idle since 1993.")
T_CIT = ("Ordinary Turkish and Armenian citizens still cannot use the gate, which will open only on Tuesdays and "
         "Fridays from 09:00 to 17:00.")
T_FIRST = ("The first vehicles through were six trucks of a UN World Food Programme convoy carrying 120 tonnes of wheat "
           "flour from Kars to Gyumri, on the Armenian side of the Akhurik–Doğukapı crossing.")
DOCS.append(dict(
    doc_id="b-tr-agency-dogukapi-gate-oct-2025", style="turkish", side="turkish",
    outlet="KHA, Kuzey Haber Ajansı (fictional Turkish news agency, English service)",
    title="Türkiye opens Doğukapı gate with Armenia to diplomats and aid",
    published="2025-10-15", published_given=True,
    published_in_text=dict(surface="15.10.2025 14:20", date="2025-10-15", how="printed date under headline"),
    captions=["The railway bridge over the Akhurian at Doğukapı in 2021. Photo: KHA"],
    not_places=[("Aydın", "surname of the Foreign Ministry spokesman (Onur Aydın); Aydın is a city in Türkiye (GeoNames "
                          "322830)"),
                ("KHA", "the agency's acronym; an alternate name of Piranshahr, Iran (GeoNames 121110) and of Ha, "
                        "Bhutan (1252563)"),
                ("EU", "the European Union's abbreviation; Eu is a town in France (GeoNames 3019329)")],
    patterns=["P-aa-dateline", "P-printed-date", "P-turkiye-spelling", "P-relative-weekday", "P-reopening",
              "P-province-of-city", "P-two-units-two-claims", "P-tonnes", "P-border-direction-armenia",
              "P-nested-crossing", "P-people-on-foot", "P-official-title-name", "P-closed-since-date",
              "P-metonymy-capital", "P-month-year", "P-said-yesterday", "P-diplomatic-talks", "P-since-year",
              "P-nested-railway", "P-future-date", "P-distance-not-count", "P-before-year-undated", "P-up-to-count",
              "P-rate", "P-still-restriction", "P-schedule-restriction", "P-clock-not-count", "P-quote-no-claim",
              "P-caption-old-date", "P-surname-place", "P-acronym-agency"],
    traps=["the date is given (Wednesday 15 October 2025) and printed under the headline: 'on Wednesday', "
           "'yesterday', 'November 4' (future), 'still' resolve",
           "'six trucks ... carrying 120 tonnes' = two claims (trucks and tonnes); Turkey to Armenia across one of "
           "Armenia's borders = entry (read relative to Armenia)",
           "'14 diplomats ... crossed on foot' = people moving (population_movement)",
           "'had been closed since April 3, 1993' = a restriction ending with Wednesday's opening",
           "'Akhurik–Doğukapı crossing', 'Margara–Alican crossing', 'Kars–Gyumri railway' are nested names; "
           "'Kars province' is labelled with the town",
           "'idle since 1993' = a restriction from 1993 (year) to publication; 'Before 1993, up to 12 freight trains "
           "a week' = a rate with no period (undated), at_most",
           "'still cannot use the gate, which will open only on Tuesdays and Fridays' = two restrictions",
           "'80-kilometre' is a distance; '09:00 to 17:00' are clock times; 'within weeks' is not a date",
           "'Aydın' (surname), 'KHA' (acronym) and 'EU' collide with GeoNames places; the caption ends in an old "
           "date (2021)"],
    mentions=[
        MM("Türkiye", "turkey", note="headline"),
        MM("Doğukapı", None, "border_crossing", note="headline; " + DOGU),
        MM("Armenia", "armenia", note="headline"),
        MM("ANKARA", "gn:323786", note="dateline in capitals; Ankara, Türkiye (GeoNames 323786)"),
        MM("Türkiye", "turkey"),
        MM("Doğukapı", None, "border_crossing", note=DOGU),
        MM("Armenia", "armenia"),
        MM("Kars", "gn:743952", note="'Kars province' labelled with the town it is named after (as districts are); "
                                     + KARS),
        MM("Kars", "gn:743952", note=KARS),
        MM("Gyumri", "gn:616635", note="Gyumri, Shirak, Armenia (GeoNames 616635)"),
        MM("Akhurik–Doğukapı crossing", None, "border_crossing",
           note="the crossing named by its two sides (en dash), one mention; not in the gazetteer",
           inside=[("Akhurik", "gn:616990"), ("Doğukapı", None)]),
        MM("Japan", "gn:1861060", note="Japan (GeoNames country 1861060)"),
        MM("Yerevan", "yerevan"),
        MM("Kars", "gn:743952", note="'Kars Governor': toponym in an official's title; " + KARS),
        MM("Akhurian", None, "river", note="'the Akhurian river' (common noun left out); " + RIVER_NULL),
        MM("Akhurik", "gn:616990", note="'the Armenian village of Akhurik'; " + AKH),
        MM("Ankara", "gn:323786", note="metonymy for the Turkish government, labelled as the city"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Margara–Alican crossing", None, "border_crossing",
           note="the Margara–Alican crossing on the Armenia–Türkiye border named by its two sides (en dash): one "
                "mention; not in the gazetteer",
           inside=[("Margara", "gn:613075"), ("Alican", None)]),
        MM("Kars", "gn:743952", note="'met in Kars'; " + KARS),
        MM("Kars–Gyumri railway", None, "road",
           note="a railway named by its ends (en dash): one mention, no id; a railway is labelled kind road (as "
                "eval-real-4/-5 do)", inside=[("Kars", "gn:743952"), ("Gyumri", "gn:616635")]),
        MM("Yerevan", "yerevan", note="'In Yerevan, the Armenian Foreign Ministry'"),
        MM("Armenia", "armenia"),
        MM("Akhurian", None, "river", note="caption; " + RIVER_NULL),
        MM("Doğukapı", None, "border_crossing", note="caption; " + DOGU),
    ],
    claims=[
        CC("ANKARA (KHA) – Türkiye on Wednesday opened the Doğukapı border gate with Armenia in Kars province to holders "
           "of diplomatic passports, citizens of third countries and humanitarian cargo, the Trade Ministry announced.",
           "other", *T0, claimant="the Turkish Trade Ministry",
           note="a (partial) reopening of a crossing = other, no count; 'on Wednesday' = the day of publication, 15 "
                "October 2025; the gate has no id, so place null; the dateline opens the sentence"),
        CC(T_FIRST, "entry", *T0, count=6, q="exact", unit="trucks", origin="gn:743952", destination="gn:616635",
           claimant=KHA,
           note="trucks from Türkiye into Armenia = entry (the Armenia–Türkiye border is one of Armenia's borders, "
                "read relative to Armenia); the day of the opening; 'six' in words; the crossing has no id, so via "
                "null"),
        CC(T_FIRST, "entry", *T0, count=120, q="exact", unit="tonnes", origin="gn:743952", destination="gn:616635",
           claimant=KHA, note="second claim: the cargo in tonnes, another unit (two claims, not a breakdown)"),
        CC("Later in the day, 14 diplomats from EU member states and Japan crossed on foot and continued to Yerevan by "
           "car, Kars Governor Ziya Polat told reporters.", "population_movement", *T0, count=14, q="exact",
           unit="diplomats", destination="yerevan", claimant="Kars Governor Ziya Polat",
           note="people crossing = population_movement; 'Later in the day' = 15 October 2025; origin not stated"),
        CC("The gate, on the Akhurian river opposite the Armenian village of Akhurik, had been closed since April 3, "
           "1993, when Ankara sealed the land border in solidarity with Azerbaijan.", "restriction", "1993-04-03",
           "2025-10-15", "period", claimant=KHA,
           note="a closure 'since April 3, 1993' (past perfect) that ended with Wednesday's opening: 3 April 1993 - "
                "15 October 2025; no count; the gate has no id, so place null"),
        CC("The only earlier exception was the Margara–Alican crossing, opened briefly in February 2023 to let Armenian "
           "aid reach the earthquake zone.", "other", *month(2023, 2), "month", claimant=KHA,
           note="a brief opening 'in February 2023' = other (a reopening), month with its year; the crossing has no "
                "id, so place null"),
        CC(T_RAIL, "diplomatic", *D("2025-10-14"), place="gn:743952", claimant=KHA,
           note="talks and an agreement of the special envoys = diplomatic; 'yesterday' = 14 October 2025"),
        CC(T_RAIL, "restriction", "1993-01-01", "2025-10-15", "period", claimant=KHA,
           note="second claim: the railway 'idle since 1993' = a suspension from 1993 (year only: its first day) to "
                "publication; no count; the railway has no id"),
        CC("Technical teams will inspect the 80-kilometre line on November 4, Foreign Ministry spokesman Onur Aydın "
           "said.", "other", *D("2025-11-04"), claimant="Onur Aydın, the Turkish Foreign Ministry spokesman",
           note="a planned inspection = other on a future date ('November 4' without a year after 15 October 2025 = "
                "4 November 2025); '80-kilometre' is a distance"),
        CC("Before 1993, up to 12 freight trains a week used the line, he added.", "crossing", count=12, q="at_most",
           unit="trains", claimant="Onur Aydın, the Turkish Foreign Ministry spokesman",
           note="trains passing = crossing, a rate ('a week'); 'up to' = at_most; 'Before 1993' gives no period, so "
                "undated with no flag (as eval-real-4 reads 'Before the war')"),
        CC(T_CIT, "restriction", *T0, claimant=KHA,
           note="citizens of the two countries barred ('still cannot use') = restriction on the day of publication, "
                "no count"),
        CC(T_CIT, "restriction", *T0, claimant=KHA,
           note="second claim: the gate open only two days a week, 09:00-17:00 = a restriction in force from the "
                "day of publication; the clock times are not counts"),
        CC("In Yerevan, the Armenian Foreign Ministry welcomed the decision on Wednesday as \"a first practical step\" "
           "and said Armenia was ready to open its side of the railway within weeks.", "diplomatic", *T0,
           place="yerevan", claimant="the Armenian Foreign Ministry",
           note="a government's statement on the opening = diplomatic; 'on Wednesday' = 15 October 2025; 'within "
                "weeks' is too vague to date a second claim"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Iranian agency item. Friday 17 September 2021; NOT given; dateline "TABRIZ, Sept. 17 (SINA) –" (no year) and NO
#    year anywhere in the text. Azerbaijani police release Iranian fuel tankers on the Goris–Kapan road; the Tatev
#    detour.
# ----------------------------------------------------------------------------------------------------------
SINA = "SINA"
UNION = "the East Azarbaijan truckers' union"
HR = "Hamid Rezaei, the head of the East Azarbaijan truckers' union"
UNK5 = ("no publication year is known (not given; the dateline 'TABRIZ, Sept. 17' has no year and no year is written "
        "anywhere)")
GK = "the Goris–Kapan road (gazetteer 'goris-kapan-highway', alias 'Goris-Kapan road'); one mention of the road"
EYV = ("Eyvazli (Eyvazlı), Gubadli district, Azerbaijan, the village on the Goris–Kapan road: not in the gazetteer nor "
       "in cities500")
I_P1 = ("TABRIZ, Sept. 17 (SINA) – Azerbaijani police on Thursday let go the Iranian fuel tankers they had stopped on the "
        "Goris–Kapan road in Armenia's Syunik province, and the last of their drivers crossed back into Iran at Norduz "
        "this morning, the East Azarbaijan truckers' union said.")
I_P2 = ("Hamid Rezaei, the union's head, said 17 drivers had been held since Tuesday at a police post near Eyvazli, "
        "where the road runs through a stretch controlled by the Republic of Azerbaijan, and that two of them are still "
        "being questioned in Gubadli.")
I_WAIT = ("According to drivers who reached Kapan, between 40 and 50 Iranian trucks were waiting on the Goris side on "
          "Wednesday night, and dozens more had turned back towards Meghri.")
I_RATE = "Until the checks began on Sunday, about 300 Iranian trucks a day used the Goris–Kapan road, the union said."
DOCS.append(dict(
    doc_id="b-ir-agency-tankers-goris-kapan-sep-2021", style="iranian", side="iranian",
    outlet="SINA, Sina News Agency (fictional Iranian news agency, English service)",
    title="Azerbaijani police free 12 Iranian fuel tankers held on Goris–Kapan road",
    published="2021-09-17", published_given=False,
    published_in_text=dict(surface="TABRIZ, Sept. 17 (SINA)", date=None, how="dateline"),
    published_note="Friday 17 September 2021; the dateline gives day and month only and no year is written anywhere",
    captions=["Iranian trucks on the Tatev road. Photo: SINA"],
    not_places=[("SINA", "the agency's acronym; 'Sina' is an alternate name of Sanandaj, Iran (GeoNames 117574), of "
                         "Sinah, Iraq (90708), and a town in Peru (3928601)"),
                ("Hamid", "given name of the union head (Hamid Rezaei); an alternate name of Isparta, Türkiye (GeoNames "
                          "311073)")],
    patterns=["P-iranian-dateline", "P-yearless-dateline", "P-no-year-anywhere", "P-headline-only-count",
              "P-relative-weekday", "P-relative-today", "P-release", "P-drivers-return", "P-detention",
              "P-since-weekday", "P-still-detained", "P-republic-of-azerbaijan", "P-quote-no-claim",
              "P-drivers-figures", "P-range-count", "P-stock-waiting", "P-turned-back", "P-vague-dozens",
              "P-date-flag-wins", "P-detour", "P-distance-not-count", "P-duration-not-count", "P-rate",
              "P-until-relative", "P-checks-began", "P-said-yesterday", "P-metonymy-capital", "P-now-stock",
              "P-nested-road", "P-advice-not-claim", "P-caption-credit", "P-acronym-agency", "P-given-name-place"],
    traps=["not given; the dateline 'TABRIZ, Sept. 17 (SINA)' has no year and none is written anywhere: every date is "
           "relative or yearless -> relative_unknown, null dates",
           "the headline's '12 Iranian fuel tankers' is never in the body (the body counts drivers: 17 held, two "
           "still questioned): from_headline; the release itself is restated in the body without a number",
           "'let go the Iranian fuel tankers' (release, other) and 'the last of their drivers crossed back into Iran "
           "at Norduz' (people, population_movement) = two claims with no count",
           "'17 drivers had been held since Tuesday' and 'two of them are still being questioned' = two detentions",
           "'between 40 and 50 Iranian trucks were waiting' = at_least 40 (stock); 'dozens more had turned back' = a "
           "vague crossing whose date flag wins over vague_count",
           "'sending Iranian trucks along the narrow mountain road through Tatev' = a detour (restriction); '40 "
           "kilometres', 'three hours', 'several hours' are not counts",
           "'Until the checks began on Sunday, about 300 Iranian trucks a day' = a rate in an open period ending on a "
           "relative day, plus the start of the checks (restriction)",
           "'the Republic of Azerbaijan' = one country mention; 'Tehran' and 'Baku' = metonymy (labelled as the "
           "cities); 'Tatev road' = the detour road (no id)",
           "the union head's advice to transport companies is not a claim",
           "'SINA' (acronym) and 'Hamid' (given name) collide with GeoNames places"],
    mentions=[
        MM("Goris–Kapan road", "goris-kapan-highway", note="headline; " + GK,
           inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("TABRIZ", "gn:113646", note="dateline in capitals; Tabriz, Iran (GeoNames 113646)"),
        MM("Goris–Kapan road", "goris-kapan-highway", note=GK, inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Armenia", "armenia", note="'Armenia's Syunik province'"),
        MM("Syunik", "syunik", note="'Syunik province' (common noun left out)"),
        MM("Iran", "iran"),
        MM("Norduz", "agarak-norduz", note="'at Norduz' = the Agarak–Norduz crossing (gazetteer name 'Norduz')"),
        MM("East Azarbaijan", "east-azerbaijan", note="'the East Azarbaijan truckers' union': the Iranian province"),
        MM("Eyvazli", None, "settlement", note=EYV),
        MM("Republic of Azerbaijan", "azerbaijan", note="the country's full name, as Iranian outlets write it: one "
                                                        "mention"),
        MM("Gubadli", "gubadli"),
        MM("Meghri", "meghri", note="in the driver's quotation's attribution ('from Meghri')"),
        MM("Kapan", "kapan"), MM("Goris", "goris", note="'the Goris side'"), MM("Meghri", "meghri"),
        MM("Tatev", "gn:174748", note="Tatev, Syunik (GeoNames 174748)"),
        MM("Tatev road", None, "road", note="'The Tatev road' = the detour named after Tatev (as eval-real-5): no id"),
        MM("Halidzor", "gn:174914", note="Halidzor, Syunik (GeoNames 174914)"),
        MM("Goris–Kapan road", "goris-kapan-highway", note=GK, inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Iran", "iran", note="'Iran's ambassador'"),
        MM("Yerevan", "yerevan"),
        MM("Tehran", "tehran", note="metonymy for the Iranian government, labelled as the city"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government, labelled as the city"),
        MM("Kapan", "kapan"),
        MM("Karabakh", "karabakh"),
        MM("Tatev road", None, "road", note="caption; the detour road (no id)"),
    ],
    claims=[
        CC("Azerbaijani police free 12 Iranian fuel tankers held on Goris–Kapan road", "other", from_headline=True,
           flag="relative_unknown", count=12, q="exact", unit="tankers", place="goris-kapan-highway", claimant=SINA,
           note="stated only in the headline: the body reports the release without this figure (it counts drivers, "
                "not tankers; never derived); the release of held vehicles = other (a detention is of people); dated "
                "by the body's 'on Thursday', with " + UNK5),
        CC(I_P1, "other", flag="relative_unknown", place="goris-kapan-highway", claimant=UNION,
           note="the release ('let go') of the tankers = other; 'the Iranian fuel tankers they had stopped' is a "
                "definite set with no number in the body: count and qualifier null; 'on Thursday' with " + UNK5 +
                "; the dateline opens the sentence"),
        CC(I_P1, "population_movement", flag="relative_unknown", destination="iran", via="agarak-norduz",
           claimant=UNION,
           note="second claim: drivers (people) crossing back into Iran at Norduz = population_movement; 'the last of "
                "their drivers' has no number: count and qualifier null; 'this morning' with " + UNK5),
        CC(I_P2, "detention", flag="relative_unknown", count=17, q="exact", unit="people", claimant=HR,
           note="drivers held = detention; 'since Tuesday' with " + UNK5 + "; Eyvazli has no id, so place null"),
        CC(I_P2, "detention", flag="relative_unknown", count=2, q="exact", unit="people", place="gubadli",
           claimant=HR,
           note="second claim: 'two of them are still being questioned in Gubadli' = two still held; 'still' with "
                + UNK5 + "; a part of the 17, labelled because it is its own (present) detention"),
        CC(I_WAIT, "stock", flag="relative_unknown", count=40, q="at_least", unit="trucks", place="goris",
           claimant="drivers who reached Kapan",
           note="trucks waiting = stock; a range: lower bound 40 as at_least, upper bound 50; 'on Wednesday night' "
                "with " + UNK5),
        CC(I_WAIT, "crossing", flag="relative_unknown", q="unspecified", unit="trucks", destination="meghri",
           claimant="drivers who reached Kapan",
           note="second claim: trucks that 'had turned back towards Meghri' = crossing (eval-real-2/-5); 'dozens' = "
                "vague, but the date flag wins over vague_count (count null, qualifier unspecified)"),
        CC("Since Wednesday, Armenian traffic police have been sending Iranian trucks along the narrow mountain road "
           "through Tatev, which adds about 40 kilometres and three hours to the trip.", "restriction",
           flag="relative_unknown", claimant=SINA,
           note="a detour imposed on Iranian trucks = restriction, no count; 'Since Wednesday' with " + UNK5 + "; a "
                "distance and a duration are not counts; the mountain road has no id, so place null"),
        CC("The Tatev road was closed for several hours on Thursday after a tanker jack-knifed on a hairpin bend near "
           "Halidzor.", "restriction", flag="relative_unknown", claimant=SINA,
           note="a road closed = restriction, no count; 'on Thursday' with " + UNK5 + "; 'several hours' is a "
                "duration; the Tatev road has no id"),
        CC(I_RATE, "crossing", flag="relative_unknown", count=300, q="about", unit="trucks",
           place="goris-kapan-highway", claimant=UNION,
           note="a rate ('a day'), both directions = crossing; an open period ending when the checks began 'on "
                "Sunday', with " + UNK5),
        CC(I_RATE, "restriction", flag="relative_unknown", place="goris-kapan-highway", claimant=UNION,
           note="second claim: the Azerbaijani checks that 'began on Sunday' = restriction (checks on the road), no "
                "count; 'on Sunday' with " + UNK5),
        CC("Iran's ambassador in Yerevan said yesterday that Tehran had raised the matter with Baku and expected the "
           "road to stay open to transit cargo.", "diplomatic", flag="relative_unknown", place="yerevan",
           claimant="Iran's ambassador in Yerevan",
           note="a protest raised between governments = diplomatic; 'yesterday' with " + UNK5 + " (the day it was "
                "said; the démarche's own day is not stated)"),
        CC("About 25 tankers are now parked in Kapan, waiting for the road to clear, and their drivers sleep in the "
           "cabs.", "stock", flag="relative_unknown", count=25, q="about", unit="tankers", place="kapan",
           claimant=SINA, note="vehicles waiting = stock; 'now' with " + UNK5),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Inter-agency weekly update. Friday 17 November 2023; given; printed date line "Update No. 8 | 17 November 2023".
#    Refugees from Karabakh moving on from Armenia to Russia (Upper Lars) and Europe (Zvartnots).
# ----------------------------------------------------------------------------------------------------------
IRCP = "the Inter-Agency Refugee Coordination Platform (IRCP)"
U0 = D("2023-11-17")
U_WEEK = ("During the reporting period, 2,140 refugees left Armenia: 1,310 overland to the Russian Federation through "
          "Georgia and the Upper Lars crossing, and 830 by air from Zvartnots airport.")
U_LARS = ("Partners on the Georgian side reported queues of up to 600 vehicles at Upper Lars on 14 November, when the "
          "crossing was closed for 11 hours because of snow.")
U_BUS = "Two buses chartered by a diaspora group carried 96 refugees from Yerevan to Vladikavkaz on Sunday."
U_CC = "About 6,300 refugees remain in collective centres, against 6,710 last week."
LARS = "the Upper Lars crossing on the Georgia–Russia border (gazetteer 'upper-lars'); the facility noun left out"
ZVA = ("Zvartnots international airport, Yerevan: not in the gazetteer nor in cities500; an airport is no mention kind, "
       "so other (as eval-real-5/-7)")
DOCS.append(dict(
    doc_id="b-intl-org-onward-movements-nov-2023", style="intl-org", side="international",
    outlet="Inter-Agency Refugee Coordination Platform, IRCP (fictional inter-agency body), weekly update",
    title="Refugee response in Armenia: onward movements of refugees from Karabakh, weekly update",
    published="2023-11-17", published_given=True,
    published_in_text=dict(surface="17 November 2023", date="2023-11-17", how="printed date under headline"),
    captions=[],
    not_places=[("Florence", "given name of the coordinator (Florence Adeyemi); Florence is a city in Italy (GeoNames "
                             "3176959) and in the United States")],
    patterns=["P-printed-date", "P-update-number", "P-reporting-period", "P-bullets", "P-section-headers",
              "P-some-count", "P-registered-stock", "P-colon-split-by-route", "P-period-total", "P-russian-federation",
              "P-airport-not-place", "P-estimated-count", "P-since-date", "P-percent-not-count", "P-up-to-count",
              "P-queue-stock", "P-closure-duration", "P-buses", "P-relative-weekday", "P-double-name-slash",
              "P-no-count-no-claim", "P-asylum-applications", "P-month-inferred-year", "P-documents-restriction",
              "P-since-weekday", "P-remain-stock", "P-relative-last-week", "P-diplomatic-talks", "P-future-date",
              "P-clock-not-count", "P-given-name-place"],
    traps=["the date is given and printed under the headline (Friday 17 November 2023): 'Reporting period: 10-16 "
           "November', 'on 14 November', 'on Sunday', 'in October', 'Since Monday', 'last week', 'On 15 November', "
           "'on 24 November' resolve",
           "'2,140 refugees left Armenia: 1,310 overland ... and 830 by air' = three claims (a split by route is never "
           "a breakdown)",
           "'Some 101,800 refugees ... are registered' = a stock; 'An estimated 9,500 ... since the response began on "
           "24 September' = a running total (about); 'more than 80 per cent' is a percentage",
           "'queues of up to 600 vehicles' = a stock at_most 600; 'closed for 11 hours' = a restriction (a duration, "
           "not a count)",
           "'Two buses ... carried 96 refugees' = two claims (buses and people)",
           "'Most air departures were to Moscow, Krasnodar and Paris' has no count and no date of its own: not a "
           "claim; 'Stepanakert/Khankendi' = two mentions of one place",
           "'180 asylum applications ... in October' = other with its count (October 2023)",
           "'cannot board international flights' = restriction; 'Since Monday ... kept its Yerevan offices open until "
           "20:00' = other (not a restriction)",
           "'About 6,300 refugees remain ..., against 6,710 last week' = two stocks (today and last week's)",
           "'Upper Lars' (gazetteer upper-lars), 'Zvartnots airport' (no id); 'Florence' is a given name"],
    mentions=[
        MM("Armenia", "armenia", note="headline"), MM("Karabakh", "karabakh", note="headline"),
        MM("Karabakh", "karabakh"),
        MM("Armenia", "armenia"),
        MM("Russian Federation", "russia", note="the country's full name: one mention (gazetteer name)"),
        MM("Georgia", "georgia"),
        MM("Upper Lars", "upper-lars", "border_crossing", note=LARS),
        MM("Zvartnots airport", None, "other", note=ZVA),
        MM("Russia", "russia"),
        MM("Upper Lars", "upper-lars", "border_crossing", note="'at Upper Lars'; " + LARS),
        MM("Yerevan", "yerevan"),
        MM("Vladikavkaz", "gn:473249", note="Vladikavkaz, North Ossetia, Russia (GeoNames 473249)"),
        MM("Moscow", "gn:524901", note="Moscow, Russia (GeoNames 524901): not in the gazetteer"),
        MM("Krasnodar", "gn:542420", note="Krasnodar, Russia (GeoNames 542420)"),
        MM("Paris", "gn:2988507", note="Paris, France (GeoNames 2988507)"),
        MM("Zvartnots", None, "other", note="'interviewed at Zvartnots' = the airport (as above); no id"),
        MM("Stepanakert", "khankendi", note="'Stepanakert/Khankendi': double name of one place, two mentions"),
        MM("Khankendi", "khankendi", note="the Azerbaijani name in the double name"),
        MM("Yerevan", "yerevan"),
        MM("France", "gn:3017382", note="France (GeoNames country 3017382)"),
        MM("Karabakh", "karabakh", note="'Karabakh Armenians': a toponym as a modifier"),
        MM("Karabakh", "karabakh", note="'documents issued in Karabakh'"),
        MM("Yerevan", "yerevan", note="'its Yerevan offices'"),
        MM("Armenia", "armenia"), MM("Russia", "russia"),
        MM("Moscow", "gn:524901"),
        MM("Syunik", "syunik"), MM("Vayots Dzor", "vayots-dzor"),
        MM("Yerevan", "yerevan", note="the contact line"),
    ],
    claims=[
        CC("Some 101,800 refugees from Karabakh are registered with the Migration and Citizenship Service.", "stock", *U0,
           count=101800, q="about", unit="people", place="armenia", claimant="the Migration and Citizenship Service",
           note="people registered = stock; present tense on the update's day; 'Some' = about; place = Armenia, "
                "where the service registers them"),
        CC(U_WEEK, "population_movement", "2023-11-10", "2023-11-16", "period", count=2140, q="exact", unit="people",
           origin="armenia", claimant=IRCP,
           note="onward movement of refugees (people) = population_movement; 'During the reporting period' = 10-16 "
                "November 2023 (the header line); the split by route that follows is two more claims, never a "
                "breakdown"),
        CC(U_WEEK, "population_movement", "2023-11-10", "2023-11-16", "period", count=1310, q="exact", unit="people",
           origin="armenia", destination="russia", via="upper-lars", claimant=IRCP,
           note="second claim: the overland part, to Russia via Upper Lars (Georgia is also crossed; the via field "
                "holds the named crossing)"),
        CC(U_WEEK, "population_movement", "2023-11-10", "2023-11-16", "period", count=830, q="exact", unit="people",
           origin="armenia", claimant=IRCP,
           note="third claim: the part leaving by air; the airport has no id, so via null; destination not stated"),
        CC("An estimated 9,500 refugees have moved on to third countries since the response began on 24 September, more "
           "than 80 per cent of them to Russia.", "population_movement", "2023-09-24", "2023-11-17", "period",
           count=9500, q="about", unit="people", origin="armenia", claimant=IRCP,
           note="running total 'since ... 24 September' (present perfect) = 24 September 2023 to publication; 'An "
                "estimated' = about; 'more than 80 per cent' is a percentage, not a count, so destination null"),
        CC(U_LARS, "stock", *D("2023-11-14"), count=600, q="at_most", unit="vehicles", place="upper-lars",
           claimant="partners on the Georgian side",
           note="a queue = stock; 'up to' = at_most; 'on 14 November' (year from the update's date)"),
        CC(U_LARS, "restriction", *D("2023-11-14"), place="upper-lars", claimant="partners on the Georgian side",
           note="second claim: the crossing closed because of snow = restriction, no count; '11 hours' is a "
                "duration"),
        CC(U_BUS, "population_movement", *D("2023-11-12"), count=2, q="exact", unit="buses", origin="yerevan",
           destination="gn:473249", claimant=IRCP,
           note="buses carrying refugees = population_movement; 'on Sunday' before Friday 17 November 2023 = 12 "
                "November; 'Two' in words"),
        CC(U_BUS, "population_movement", *D("2023-11-12"), count=96, q="exact", unit="people", origin="yerevan",
           destination="gn:473249", claimant=IRCP, note="second claim: the refugees carried, another unit"),
        CC("In France, 180 asylum applications by Karabakh Armenians were lodged in October, according to the French "
           "asylum office.", "other", *month(2023, 10), "month", count=180, q="exact", unit="asylum applications",
           place="gn:3017382", claimant="the French asylum office",
           note="applications lodged = other with its count (as eval-real-4 labels citizenship applications); 'in "
                "October' in a November 2023 update = October 2023"),
        CC("Refugees holding only documents issued in Karabakh cannot board international flights.", "restriction", *U0,
           claimant=IRCP,
           note="a bar on boarding = restriction on the update's day (present tense), no count"),
        CC("Since Monday, the Passport and Visa Department has kept its Yerevan offices open until 20:00 to process "
           "travel documents.", "other", "2023-11-13", "2023-11-17", "period", place="yerevan",
           claimant="the Passport and Visa Department",
           note="longer opening hours = other (an easing, not a restriction); 'Since Monday' with the present perfect "
                "= 13-17 November 2023; '20:00' is a clock time"),
        CC(U_CC, "stock", *U0, count=6300, q="about", unit="people", claimant=IRCP,
           note="people who remain in collective centres = stock on the update's day; 'About' = about"),
        CC(U_CC, "stock", "2023-11-06", "2023-11-12", "period", count=6710, q="exact", unit="people", claimant=IRCP,
           note="second claim: last week's figure = a stock dated to 'last week' = Monday 6 - Sunday 12 November "
                "2023; the difference is never derived"),
        CC("On 15 November, the deputy foreign ministers of Armenia and Russia discussed in Moscow the status of "
           "refugees who also hold Russian passports.", "diplomatic", *D("2023-11-15"), place="gn:524901",
           claimant=IRCP, note="talks between governments = diplomatic; '15 November' = 2023 (the update's year)"),
        CC("Partners will present a joint needs assessment for refugees in Syunik and Vayots Dzor on 24 November.",
           "other", *D("2023-11-24"), claimant=IRCP,
           note="a planned presentation = other on a future date (24 November 2023); future events are labelled"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the other development sets
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Nakhchivan", "Syunik", "Lori", "Moscow", "Russia", "Georgia", "Tabriz", "TABRIZ", "Norduz",
               "Aras", "Araz", "Aghdam", "Fuzuli", "Shusha", "Zabukh", "Aghavno", "Hakari", "Garadagh", "Meghri",
               "Agarak", "Kapan", "Yerevan", "YEREVAN", "Baku", "BAKU", "Tavush", "Tovuz",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Sugovushan", "Talysh", "Tartar", "Sumgayit", "Barda", "Goranboy", "East Zangezur", "Zangezur",
               "Mingachevir", "Ballija", "Asgaran", "Askeran", "Khankendi", "Stepanakert", "Kirants", "Noyemberyan",
               "Ijevan", "Acharkut", "Tbilisi", "Voskepar", "Baghanis", "Berkaber", "Doğukapı", "Dogukapi", "Kars",
               "ANKARA", "Ankara", "Gyumri", "Akhurik", "Akhurian", "Japan", "Margara", "Alican", "Eyvazli",
               "Gubadli", "Tatev", "Halidzor", "Tehran", "Vladikavkaz", "Krasnodar", "Paris", "France", "Zvartnots",
               "Upper Lars", "Lars", "Vayots Dzor", "Türkiye", "Turkey", "Iran",
               "Kaspi", "Sakina", "Sevan", "Aydın", "KHA", "EU", "SINA", "Hamid", "Florence"]


if __name__ == "__main__":  # this part alone; the developer's tests/data/eval-real-8/build_labels.py builds the set
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
