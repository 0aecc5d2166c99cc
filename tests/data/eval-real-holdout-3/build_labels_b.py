"""Write PART B of the third real-phrasing HELD-OUT label files (b-<...>.json) from the hand-written specs below.

HELD OUT: never tune on these texts or labels. The texts are fictional, modelled on the phrasing of real published
reports (see README-b.md). The labels are a careful analyst's reading of each text, written blind, BEFORE any
tuning on this set: nobody read or ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the
extractor's output. This script only turns that reading into offsets: every mention is found with str.find, in
reading order, as a whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique
substring.

    Part B's specs only: the combined builder of this folder builds and checks the whole set.

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first (as eval-holdout does), then gn:<geonameid>, else null + note.
The build and check code is shared in tests/data/real_dev_builder.py (build_set / check_set); the judgement calls
are those of tests/data/eval-real/README.md, tests/data/eval-real-2/README.md and tests/data/eval-real-3/README-b.md,
plus the cases listed in README-b.md of this folder. Part A of this folder (a-* files) is written separately.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D  # noqa: E402

LCP = "'Lachin checkpoint' = the checkpoint at the Hakari bridge (gazetteer alias), not the town"
CAPTION_NOTE = "caption"
UNK = (None, None, "unknown")
MOSCOW = "Moscow, Russia (GeoNames 524901)"
SIS = "Sisian, Syunik (GeoNames 174763)"
YEV = "Yevlakh, Azerbaijan (GeoNames 584649)"
MARGARA = ("the Margara bridge / crossing on the Armenia-Turkey border (Margara-Alican): not in the gazetteer; a "
           "crossing, not the village of Margara (GeoNames 613075)")
PROV = "province; not in the gazetteer (as the development sets label provinces in a list): null region"


def month(y, m, last):
    return (f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}", "month")


def year(y):
    return (f"{y:04d}-01-01", f"{y:04d}-12-31", "period")


DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Wire story (Reuters-like): byline, then "CITY, Mon DD (Agency) -" dateline without a year. Saturday
#    11 February 2023; given.
# ----------------------------------------------------------------------------------------------------------
NL = "Northline"
W1 = ("YEREVAN, Feb 11 (Northline) - Six trucks carrying about 90 tonnes of food, drinking water and medicines crossed "
      "from Armenia into Turkey over the Margara bridge on Saturday morning, the first vehicles to use the crossing in "
      "three decades, Armenia's foreign ministry said.")
W9 = ("The gesture came as Armenia's own link to Nagorno-Karabakh, the Lachin corridor, remained blocked for a 62nd "
      "day by Azerbaijanis presenting themselves as environmental activists.")
DOCS.append(dict(
    doc_id="b-wire-margara-aid-trucks-feb-2023", style="wire", side="international",
    outlet="Northline (fictional international news agency)",
    title="Armenian aid trucks cross long-shut Margara bridge into quake-hit Turkey",
    published="2023-02-11", published_given=True,
    published_in_text=dict(surface="YEREVAN, Feb 11 (Northline) -", date=None, how="dateline"),
    captions=["A road sign near the Margara bridge on the Armenian side of the border in July 2022. Northline/File "
              "Photo"],
    not_places=[("Sofia", "the reporter's given name in the byline; Sofia is the capital of Bulgaria (GeoNames 727011)"),
                ("Hartley", "the reporter's surname; Hartley is a town in Kent, UK (GeoNames 2647398) and several US "
                            "places")],
    patterns=["P-byline", "P-wire-dateline", "P-convoy", "P-tonnes", "P-about-count", "P-words-count",
              "P-relative-weekday", "P-future-crossing", "P-ordinal-not-count", "P-closed-since-year",
              "P-year-background-event", "P-nested-crossing-name", "P-event-name-toponym", "P-member-team-count",
              "P-deaths-event", "P-over-count", "P-nth-day", "P-stock-population", "P-relative-last-year",
              "P-clock-not-count", "P-duration-not-count", "P-province-names", "P-metonymy-capital",
              "P-caption-credit", "P-caption-old-date", "P-given-name-place", "P-surname-place"],
    traps=["byline line before a year-less dateline 'YEREVAN, Feb 11 (Northline) -' (published given)",
           "'Six trucks carrying about 90 tonnes' = two exit claims (out of Armenia into Turkey); 'Six' in words",
           "'Margara bridge' / 'Margara crossing' / 'Alican checkpoint' name one border crossing (null id), not the "
           "village of Margara", "'the first vehicles ... in three decades': 'first' ordinal, 'three decades' a "
           "duration", "'The convoy ... was waved through ... at the Alican checkpoint' = the same convoy named again (no "
           "quantity); 'shortly after 9 a.m.' is a clock time",
           "'A second convoy is due to cross on Tuesday' = a planned crossing (14 February 2023), no count",
           "'closed since 1993' = a restriction from 1993 to publication; 'last opened in 1988' = an aid crossing "
           "into Armenia in 1988", "'Spitak earthquake' and 'the first Karabakh war': toponyms in event names",
           "'a 28-member search and rescue team' flown 'on Tuesday' (7 February 2023) = 28 people",
           "'Monday's twin earthquakes have killed more than 24,000' = a toll dated to 6 February 2023",
           "'blocked for a 62nd day' = 12 December 2022 - 11 February 2023", "'agreed last year' = 2022",
           "caption with an old date (July 2022), never a claim", "'Sofia' and 'Hartley' collide with GeoNames places"],
    mentions=[
        MM("Margara bridge", None, "border_crossing", note=MARGARA), MM("Turkey", "turkey"),
        MM("YEREVAN", "yerevan", note="dateline in capitals"),
        MM("Armenia", "armenia"), MM("Turkey", "turkey"), MM("Margara bridge", None, "border_crossing", note=MARGARA),
        MM("Armenia", "armenia", note="'Armenia's foreign ministry'"),
        MM("Adıyaman", None, "region", note="'the earthquake-stricken province of Adıyaman'; " + PROV +
           " (not the city, GeoNames 325330)"),
        MM("Alican checkpoint", None, "border_crossing",
           note="the Turkish side of the Margara-Alican crossing, named with its facility noun (as 'Agarak "
                "checkpoint' is the crossing); not in the gazetteer"),
        MM("Iğdır", None, "region", note="'in Iğdır province'; " + PROV + " (not the city, GeoNames 311665)"),
        MM("Turkey", "turkey", note="'Turkey's special envoy'"), MM("Armenia", "armenia"),
        MM("Yerevan", "yerevan", note="metonymy for the Armenian government"),
        MM("Ankara", "gn:323786", note="metonymy for the Turkish government; Ankara, Turkey (GeoNames 323786)"),
        MM("Azerbaijan", "azerbaijan"), MM("Karabakh", "karabakh", note="in 'the first Karabakh war'"),
        MM("Margara crossing", None, "border_crossing", note=MARGARA),
        MM("Spitak", "gn:616199", note="in 'the Spitak earthquake' (1988); Spitak, Lori, Armenia (GeoNames 616199)"),
        MM("Armenia", "armenia"), MM("Turkey", "turkey"),
        MM("Turkey", "turkey"), MM("Syria", "gn:163843", note="Syria (GeoNames country 163843)"),
        MM("Armenia", "armenia", note="'Armenia's own link'"), MM("Nagorno-Karabakh", "karabakh"),
        MM("Lachin corridor", "lachin-corridor"),
        MM("Armenia", "armenia"), MM("Turkey", "turkey"),
        MM("Margara bridge", None, "border_crossing", note=CAPTION_NOTE + "; " + MARGARA),
    ],
    claims=[
        CC(W1, "exit", *D("2023-02-11"), count=6, q="exact", unit="trucks", origin="armenia", destination="turkey",
           claimant="Armenia's foreign ministry",
           note="an aid convoy out of Armenia into Turkey (exit, relative to Armenia at its border); 'on Saturday "
                "morning' = the day of the Saturday dateline (11 February 2023); 'Six' in words; via the Margara "
                "bridge, which has no id (via null); 'the first ... in three decades' is an ordinal and a duration"),
        CC(W1, "exit", *D("2023-02-11"), count=90, q="about", unit="tonnes", origin="armenia", destination="turkey",
           claimant="Armenia's foreign ministry", note="second claim: the cargo; 'about' = about"),
        CC("The convoy, bound for the earthquake-stricken province of Adıyaman, was waved through by Turkish border "
           "guards at the Alican checkpoint in Iğdır province shortly after 9 a.m., officials on both sides said.",
           "exit", *D("2023-02-11"), unit="trucks", origin="armenia", destination="turkey",
           claimant="officials on both sides",
           note="the same convoy named again ('The convoy': no quantity asserted, as the development sets label a "
                "convoy named again by a definite phrase), passing the Turkish side of the crossing; the day is the "
                "Saturday morning of the first sentence; 'shortly after 9 a.m.' is a clock time; the Alican "
                "checkpoint and the province of Adıyaman have no id (via and destination province null, the country "
                "stated by 'Turkish border guards')"),
        CC("A second convoy is due to cross on Tuesday, a ministry spokesman said.", "exit", *D("2023-02-14"),
           unit="convoys", origin="armenia", destination="turkey", claimant="a ministry spokesman",
           note="a planned crossing: 'on Tuesday' (future, 'is due to') = the coming Tuesday, 14 February 2023; "
                "'second' is an ordinal, so no quantity (count null, qualifier null); direction as the first convoy's"),
        CC("The land border between the two countries has been closed since 1993, when Ankara shut it in solidarity "
           "with Azerbaijan during the first Karabakh war.", "restriction", "1993-01-01", "2023-02-11", "period",
           claimant=NL,
           note="the Armenia-Turkey land border closed 'since 1993' (the year only) to publication; no count; the "
                "Karabakh war is background"),
        CC("The Margara crossing was last opened in 1988, when Turkish Red Crescent aid went the other way after the "
           "Spitak earthquake.", "entry", *year(1988), unit="aid shipments", origin="turkey", destination="armenia",
           claimant=NL,
           note="a convoy-like aid crossing in 1988 (year only), 'the other way' = from Turkey into Armenia (entry, "
                "relative to Armenia); no quantity asserted; via the Margara crossing (no id)"),
        CC("Armenia also flew a 28-member search and rescue team to Turkey on Tuesday, the emergencies ministry said.",
           "population_movement", *D("2023-02-07"), count=28, q="exact", unit="rescuers", origin="armenia",
           destination="turkey", claimant="the Armenian emergencies ministry",
           note="'a 28-member ... team' = 28 people; 'on Tuesday' before the Saturday report = 7 February 2023"),
        CC("Monday's twin earthquakes have killed more than 24,000 people in Turkey and Syria, according to officials "
           "in both countries.", "other", *D("2023-02-06"), count=24000, q="at_least", unit="people killed",
           claimant="officials in Turkey and Syria",
           note="the earthquakes' toll, dated to the event ('Monday's' = 6 February 2023), as the development sets "
                "date a blast's toll; 'more than' = at_least; place: two countries, so none"),
        CC(W9, "restriction", "2022-12-12", "2023-02-11", "period", place="lachin-corridor", claimant=NL,
           note="'blocked for a 62nd day' on 11 February 2023 = day 1 on 12 December 2022 (the blockade's start, not "
                "written here); '62nd' is an ordinal, not a count"),
        CC("Ethnic Armenian officials say about 120,000 people in the region face shortages of food, fuel and "
           "medicine.", "stock", *D("2023-02-11"), count=120000, q="about", unit="people", place="karabakh",
           claimant="ethnic Armenian officials",
           note="a population figure, present tense = publication; 'the region' = Nagorno-Karabakh"),
        CC("Armenia and Turkey agreed last year to open the border to third-country nationals, but the decision has "
           "not yet been implemented.", "diplomatic", *year(2022), claimant=NL,
           note="'last year' in a February 2023 report = 2022 (calendar year); an agreement, no count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. International organisation update (UNHCR-like), an HTML page whose date is only in <time datetime> (and
#    JSON-LD datePublished). Tuesday 14 November 2023; not given (the date is in the page head / time element).
# ----------------------------------------------------------------------------------------------------------
RRC = "the Regional Refugee Coordination Office"
I1 = ("As of 10 November, the Migration and Citizenship Service of Armenia had registered 101,380 refugees from "
      "Karabakh (47,950 men and 53,430 women), nearly a third of them children.")
I3 = ("Since 1 November, 1,460 people have moved out of collective centres in Goris, Kapan and Sisian into rented flats "
      "paid for with the government's housing allowance, among them 390 from a single hotel in Goris.")
I4 = ("About 4,200 refugees still live in 61 collective centres across the country, down from more than 9,000 in early "
      "October.")
DOCS.append(dict(
    doc_id="b-html-intl-org-refugee-housing-nov-2023", style="intl-org", side="international",
    outlet="Regional Refugee Coordination Office (fictional UNHCR-like inter-agency office)",
    title="Armenia: refugees from Karabakh leave collective centres as winter sets in",
    published="2023-11-14", published_given=False,
    html_file="b-html-intl-org-refugee-housing-nov-2023.html",
    published_in_text=dict(surface="2023-11-14T11:00:00+04:00", date="2023-11-14", how="html time"),
    captions=[],
    not_places=[("Florence", "given name of the office's coordinator; Florence is a city in Tuscany, Italy (GeoNames "
                             "3176959) and several US places"),
                ("Vernon", "surname of the coordinator; Vernon is a town in Normandy, France (GeoNames 2969766) and a "
                           "city in British Columbia (6173864)")],
    patterns=["P-html-time", "P-html-jsonld", "P-org-update-header", "P-clock-not-count", "P-as-of-date",
              "P-cumulative", "P-bracket-breakdown", "P-fraction-not-count", "P-region-list-parts",
              "P-province-names", "P-since-date", "P-part-not-breakdown", "P-stock-remain", "P-from-to-change",
              "P-first-week-of-month", "P-relative-week", "P-patients-transfer", "P-evacuation", "P-relative-weekday",
              "P-ordinal-not-count", "P-range-remain", "P-percent-not-count", "P-given-name-place",
              "P-surname-place"],
    traps=["the date is only in <time datetime> and JSON-LD datePublished (the visible kicker shows '11:00'); labels "
           "are on the companion .txt", "'As of 10 November ... had registered 101,380 refugees ... (47,950 men and "
           "53,430 women)' = a cumulative movement with a breakdown; 'nearly a third' is a fraction",
           "'Most live in Yerevan (34,200) and the provinces of Kotayk (16,700) and Ararat (11,900); about 6,100 ... in "
           "Syunik' = parts of the total (note), not claims; Kotayk and Ararat are provinces (null), not the village "
           "or the town", "'Since 1 November, 1,460 people have moved out ... among them 390' (part)",
           "'About 4,200 ... still live ..., down from more than 9,000 in early October' = two stocks (now and 1-10 "
           "October); '61 collective centres' is in the note", "'Last week' = 6-12 November 2023",
           "'On Thursday' = 9 November 2023; 'the first such transfer in a month' (ordinal, duration)",
           "'Between 100 and 700 people ... remain' = at_least 100 (upper bound in the note)",
           "'41 per cent funded' is a percentage", "'Florence' and 'Vernon' collide with GeoNames places"],
    mentions=[
        MM("Armenia", "armenia"), MM("Karabakh", "karabakh"),
        MM("Armenia", "armenia", note="in 'the Migration and Citizenship Service of Armenia'"),
        MM("Karabakh", "karabakh"),
        MM("Yerevan", "yerevan"),
        MM("Kotayk", None, "region", note="'the provinces of Kotayk ... and Ararat': " + PROV +
           " (not the village Kotayk, GeoNames 616522)"),
        MM("Ararat", None, "region", note="province; " + PROV + " (not the town Ararat, GeoNames 174991)"),
        MM("Syunik", "syunik"), MM("Kornidzor", "kornidzor"),
        MM("Goris", "goris"), MM("Kapan", "kapan"), MM("Sisian", "gn:174763", note=SIS), MM("Goris", "goris"),
        MM("Syunik", "syunik"),
        MM("Vayots Dzor", None, "region", note="Vayots Dzor province; " + PROV),
        MM("Stepanakert", "khankendi"), MM("Goris", "goris"),
        MM("Yerevan", "yerevan"), MM("Yerevan", "yerevan"),
    ],
    claims=[
        CC(I1, "population_movement", *D("2023-11-10"), count=101380, q="exact", unit="refugees",
           breakdown=[(47950, "men"), (53430, "women")], origin="karabakh", destination="armenia",
           claimant="the Migration and Citizenship Service of Armenia",
           note="a cumulative registration figure 'As of 10 November' (2023, year from the page's time element), "
                "dated to that day (its start not stated); the bracket breakdown sums to 101,380; 'nearly a third of "
                "them children' is a fraction, not a count; the next sentence's figures by place (Yerevan 34,200, "
                "Kotayk 16,700, Ararat 11,900, about 6,100 in Syunik) are parts, not claims"),
        CC(I3, "population_movement", "2023-11-01", "2023-11-14", "period", count=1460, q="exact", unit="people",
           claimant=RRC,
           note="moves out of collective centres 'Since 1 November' (2023) to publication; three towns of origin, so "
                "origin null; 'among them 390 from a single hotel in Goris' is a part (note), not a breakdown"),
        CC(I4, "stock", *D("2023-11-14"), count=4200, q="about", unit="refugees", place="armenia", claimant=RRC,
           note="people who still live in collective centres, present tense = publication; 'across the country' = "
                "Armenia; the '61 collective centres' they live in are not a separate claim"),
        CC(I4, "stock", "2023-10-01", "2023-10-10", "period", count=9000, q="at_least", unit="refugees",
           place="armenia", claimant=RRC,
           note="second claim: the earlier figure 'more than 9,000 in early October' (1-10 October 2023); 'more "
                "than' = at_least"),
        CC("Last week, our teams and partners distributed winter kits with heaters, blankets and fuel vouchers to 2,300 "
           "households in Syunik and Vayots Dzor.", "other", "2023-11-06", "2023-11-12", "period", count=2300,
           q="exact", unit="households", claimant=RRC,
           note="aid distributed (other); 'Last week' = Monday 6 - Sunday 12 November 2023; two provinces, so place "
                "none"),
        CC("On Thursday, four bedridden patients who had stayed behind were brought from Stepanakert to Goris in Red "
           "Cross ambulances, the first such transfer in a month.", "population_movement", *D("2023-11-09"), count=4,
           q="exact", unit="patients", origin="khankendi", destination="goris", claimant=RRC,
           note="a patients' evacuation 'On Thursday' before the Tuesday page = 9 November 2023; 'four' in words; "
                "'first' is an ordinal and 'in a month' a duration"),
        CC("Between 100 and 700 people, most of them elderly, are believed to remain in the region, according to UN "
           "estimates.", "stock", *D("2023-11-14"), count=100, q="at_least", unit="people", place="karabakh",
           claimant="the UN",
           note="a range of people remaining: the lower bound, at_least (upper bound 700), as the development sets "
                "label ranges; present tense = publication; 'the region' = Karabakh"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Rights group statement (HRW/Amnesty-like) with a printed date line. Wednesday 4 October 2023; not given (the
#    printed date has its year, so publication is known).
# ----------------------------------------------------------------------------------------------------------
SCRO = "the South Caucasus Rights Observatory"
PGO = "Azerbaijan's Prosecutor General's Office"
R5 = ("Azerbaijan set up the checkpoint at the Hakari bridge, at the Armenian end of the Lachin corridor, on 23 April "
      "and has since held at least two other residents there, including a 68-year-old patient detained in July during "
      "a Red Cross medical transfer.")
R9 = "By UN estimates, fewer than 1,000 people remain there."
DOCS.append(dict(
    doc_id="b-rights-group-checkpoint-detentions-oct-2023", style="rights-group", side="international",
    outlet="South Caucasus Rights Observatory (fictional international human rights group)",
    title="Azerbaijan: Free Karabakh Armenians Held Since the Exodus",
    published="2023-10-04", published_given=False,
    published_in_text=dict(surface="4 October 2023", date="2023-10-04", how="printed date under headline"),
    captions=[],
    not_places=[("Daniel", "given name of the group's researcher; Daniel is a town in Utah, US (GeoNames 5773630)"),
                ("Stirling", "surname of the researcher; Stirling is a city in Scotland and several places in "
                             "Australia and Canada (e.g. GeoNames 6156822)")],
    patterns=["P-statement-header", "P-printed-date", "P-outlet-toponym", "P-detention", "P-at-least-count",
              "P-since-date", "P-checkpoint-name", "P-relative-weekday", "P-double-name-clause", "P-same-day",
              "P-no-total-two-claims", "P-over-count", "P-between-dates", "P-vague-almost-entire", "P-checkpoint-setup",
              "P-since-event-date", "P-part-not-breakdown", "P-age-not-count", "P-year-background",
              "P-remain-in-custody", "P-evacuation", "P-about-count", "P-future-visit", "P-duration-not-count",
              "P-fewer-than", "P-stock-remain", "P-given-name-place", "P-surname-place"],
    traps=["'Public statement | 4 October 2023 | ...' under the headline: publication known although not given",
           "'South Caucasus' inside the group's name (three times) is labelled",
           "'at least nine ... detained since 27 September' = detentions over 27 September - 4 October 2023",
           "'Lachin checkpoint' = the Hakari bridge checkpoint; the former state minister taken there on 27 September "
           "= one detention", "'three former presidents' 'On Tuesday' (3 October) and 'A former parliament speaker "
           "... the same day' = two claims (3 and 1), never a derived 4",
           "'more than 100,400 people, almost the entire Armenian population' = one movement, 24 September - 1 "
           "October 2023", "'set up the checkpoint ... on 23 April' (restriction) and 'has since held at least two "
           "other residents' (detention since 23 April); 'a 68-year-old patient detained in July' is a part, and an "
           "age", "'42 Armenians, among them 12 civilians, remain in custody in Baku' = a detention stock, "
           "'the 2020 war' background", "'about 90 ... on 30 September' = an evacuation; 'the last buses' no count",
           "'A UN team visited Stepanakert on Sunday' = 1 October 2023; 'some 30 years' a duration",
           "'fewer than 1,000 people remain' = at_most 1,000", "'Daniel' and 'Stirling' collide with GeoNames places"],
    mentions=[
        MM("Azerbaijan", "azerbaijan"), MM("Karabakh", "karabakh", note="attributive: 'Karabakh Armenians'"),
        MM("South Caucasus", "south-caucasus", note="in the group's name 'South Caucasus Rights Observatory'"),
        MM("Nagorno-Karabakh", "karabakh"),
        MM("South Caucasus", "south-caucasus", note="in the group's name"),
        MM("Lachin checkpoint", "hakari-bridge", "border_crossing", note=LCP), MM("Armenia", "armenia"),
        MM("Stepanakert", "khankendi"), MM("Azerbaijan", "azerbaijan"),
        MM("Khankendi", "khankendi", note="'which Azerbaijan calls Khankendi': the same place as Stepanakert"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's Prosecutor General's Office'"),
        MM("Armenia", "armenia"),
        MM("Azerbaijan", "azerbaijan"), MM("Hakari bridge", "hakari-bridge"), MM("Lachin corridor", "lachin-corridor"),
        MM("Baku", "baku"),
        MM("Stepanakert", "khankendi"),
        MM("South Caucasus", "south-caucasus", note="'the Observatory's South Caucasus researcher'"),
        MM("Stepanakert", "khankendi"),
    ],
    claims=[
        CC("Azerbaijani authorities should release, or charge with a recognisable criminal offence, at least nine "
           "ethnic Armenian former officials of Nagorno-Karabakh detained since 27 September, the South Caucasus "
           "Rights Observatory said today.", "detention", "2023-09-27", "2023-10-04", "period", count=9,
           q="at_least", unit="people", claimant=SCRO,
           note="detentions 'since 27 September' (2023, year from the printed date) to the statement ('today' = 4 "
                "October 2023); 'at least nine' in words = at_least"),
        CC("Border guards took him from a line of cars at the Lachin checkpoint on 27 September as he tried to leave "
           "for Armenia with his family.", "detention", *D("2023-09-27"), count=1, q="exact", unit="people",
           place="hakari-bridge", claimant=SCRO,
           note="one described person ('A former state minister', 'him') detained at the Hakari bridge checkpoint "
                "on 27 September 2023 = count 1, exact; the queue of cars and the family are background"),
        CC("On Tuesday, security services detained three former presidents of the unrecognised republic in "
           "Stepanakert, which Azerbaijan calls Khankendi, according to Azerbaijan's Prosecutor General's Office.",
           "detention", *D("2023-10-03"), count=3, q="exact", unit="people", place="khankendi", claimant=PGO,
           note="'On Tuesday' before the Wednesday statement = 3 October 2023; 'three' in words"),
        CC("A former parliament speaker was detained the same day.", "detention", *D("2023-10-03"), count=1,
           q="exact", unit="people", place="khankendi", claimant=PGO,
           note="'the same day' = the Tuesday of the previous sentence (3 October 2023); continues the Prosecutor "
                "General's account; a separate claim: the total of four is never derived"),
        CC("The arrests came as more than 100,400 people, almost the entire Armenian population of the region, fled "
           "to Armenia between 24 September and 1 October, according to Armenian government figures.",
           "population_movement", "2023-09-24", "2023-10-01", "period", count=100400, q="at_least", unit="people",
           origin="karabakh", destination="armenia", claimant="the Armenian government",
           note="'more than' = at_least; 'between 24 September and 1 October' (2023) = period; 'almost the entire "
                "Armenian population' describes the same figure (not a second claim); 'the region' = Nagorno-Karabakh"),
        CC(R5, "restriction", *D("2023-04-23"), place="hakari-bridge", claimant=SCRO,
           note="the checkpoint set up 'on 23 April' (2023, year inferred from the printed date); no count"),
        CC(R5, "detention", "2023-04-23", "2023-10-04", "period", count=2, q="at_least", unit="people",
           place="hakari-bridge", claimant=SCRO,
           note="second claim: 'has since held at least two other residents there' = since 23 April 2023 to the "
                "statement; 'including a 68-year-old patient detained in July' (2023) is a part (note) and an age"),
        CC("Lawyers say a further 42 Armenians, among them 12 civilians, remain in custody in Baku on charges linked to "
           "the 2020 war.", "detention", *D("2023-10-04"), count=42, q="exact", unit="people", place="baku",
           claimant="lawyers",
           note="people held ('remain in custody'), present tense = publication; 'among them 12 civilians' is a "
                "part (note); 'the 2020 war' is background, not a date of the claim"),
        CC("The Red Cross said it had evacuated about 90 elderly and disabled people from Stepanakert on 30 September "
           "on some of the last buses to leave.", "population_movement", *D("2023-09-30"), count=90, q="about",
           unit="people", origin="khankendi", claimant="the Red Cross",
           note="an evacuation on 30 September 2023; 'about' = about; 'the last buses' gives no quantity; "
                "destination not stated"),
        CC("A UN team visited Stepanakert on Sunday, the first UN mission to the region in some 30 years.", "other",
           *D("2023-10-01"), place="khankendi", claimant=SCRO,
           note="a visit 'on Sunday' before the Wednesday statement = 1 October 2023, labelled other as the "
                "development sets label a UN team's visit; 'first' ordinal, 'some 30 years' a duration"),
        CC(R9, "stock", *D("2023-10-04"), count=1000, q="at_most", unit="people", place="karabakh",
           claimant="the UN",
           note="'fewer than 1,000' = at_most (a ceiling, like 'no more than'); present tense = publication; 'there' "
                "= the region (Nagorno-Karabakh)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Russian agency item (Interfax-like "MOSCOW. Nov 14 (Agency) -"), no year anywhere. Saturday 14 November 2020;
#    not given, so no year is known: relative and year-less dates are flagged.
# ----------------------------------------------------------------------------------------------------------
MOD = "the Russian Defence Ministry"
KUR = "Major General Pavel Kurgan"
T2 = ("Since Tuesday, Il-76 military transport planes have made 128 flights to Yerevan, bringing in 1,910 servicemen "
      "with their weapons and vehicles, the ministry said.")
DOCS.append(dict(
    doc_id="b-ru-agency-peacekeepers-deploy-nov-2020", style="russian", side="russian",
    outlet="Yuginform (fictional Russian news agency, English service)",
    title="Russian peacekeepers set up 16 posts in Nagorno-Karabakh, escort first columns to Stepanakert",
    published="2020-11-14", published_given=False,
    published_in_text=dict(surface="MOSCOW. Nov 14 (Yuginform) -", date=None, how="dateline"),
    captions=[],
    not_places=[("Kurgan", "surname of the deputy commander; Kurgan is a city in Russia (GeoNames 1501321)")],
    patterns=["P-interfax-dateline", "P-headline-figure", "P-stock-posts", "P-relative-weekday", "P-since-weekday",
              "P-trips-count", "P-military-airlift", "P-convoy", "P-bracket-breakdown", "P-official-title-name",
              "P-past-24-hours", "P-not-a-single", "P-closure-no-count", "P-projection-not-claim",
              "P-duration-not-count", "P-distance-not-count", "P-yearless-date", "P-future-handover",
              "P-district-named-after-town", "P-metonymy-capital", "P-surname-place"],
    traps=["'MOSCOW. Nov 14 (Yuginform) -' has day and month but no year, and the date is not given: every relative "
           "date is relative_unknown and every year-less date year_unknown",
           "headline figure (16 posts) repeated in the body: one claim, on the body",
           "'said on Saturday' dates the post count to the statement's Saturday (relative_unknown)",
           "'Since Tuesday, ... 128 flights ..., bringing in 1,910 servicemen' = two claims (flights, servicemen)",
           "'the units moved by road through Goris and along the Lachin corridor to Stepanakert' = an undated column "
           "(entry, no count, no date flag)", "'a column of 52 vehicles (34 trucks and 18 fuel tankers)' (bracket "
           "breakdown) 'On Friday'", "'No ceasefire violations ... over the past 24 hours' = 0",
           "civilian traffic through Shusha stopped = a restriction with no count and no date",
           "'will number up to 2,000 troops' is a projection, 'five years' a duration, 'five kilometres' a distance",
           "'on November 9' and 'by December 1' have no year: year_unknown", "'the Lachin district' = the district "
           "named after the town (lachin), not the corridor", "'Kurgan' collides with a GeoNames city"],
    mentions=[
        MM("Nagorno-Karabakh", "karabakh"), MM("Stepanakert", "khankendi"),
        MM("MOSCOW", "gn:524901", note="dateline in capitals; " + MOSCOW),
        MM("Nagorno-Karabakh", "karabakh"), MM("Lachin corridor", "lachin-corridor"), MM("Armenia", "armenia"),
        MM("Yerevan", "yerevan"),
        MM("Goris", "goris"), MM("Lachin corridor", "lachin-corridor"), MM("Stepanakert", "khankendi"),
        MM("Stepanakert", "khankendi"),
        MM("Shusha", "shusha"), MM("Stepanakert", "khankendi"),
        MM("Russia", "russia"), MM("Azerbaijan", "azerbaijan"), MM("Armenia", "armenia"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Lachin", "lachin", note="'the Lachin district': the district named after the town (common noun left "
                                    "out), not the corridor"),
        MM("Stepanakert", "khankendi"),
    ],
    claims=[
        CC("MOSCOW. Nov 14 (Yuginform) - Russian peacekeepers have set up 16 observation posts along the line of "
           "contact in Nagorno-Karabakh and along the Lachin corridor linking the region with Armenia, the Russian "
           "Defence Ministry said on Saturday.", "stock", *UNK, flag="relative_unknown", count=16, q="exact",
           unit="observation posts", place="karabakh", claimant=MOD,
           note="posts that are somewhere (stock), dated by the statement 'on Saturday': no publication year known "
                "(the dateline has none), so relative_unknown; the headline repeats the figure"),
        CC(T2, "population_movement", *UNK, flag="relative_unknown", count=128, q="exact", unit="flights",
           destination="yerevan", claimant=MOD,
           note="an airlift 'Since Tuesday' (no publication date known); flights counted like the development sets' "
                "bus trips; origin not stated"),
        CC(T2, "population_movement", *UNK, flag="relative_unknown", count=1910, q="exact", unit="servicemen",
           destination="yerevan", claimant=MOD,
           note="second claim: the troops brought in; 'with their weapons and vehicles' gives no count"),
        CC("From the airfield, the units moved by road through Goris and along the Lachin corridor to Stepanakert, "
           "where the contingent's headquarters has been set up.", "entry", *UNK, unit="military vehicles",
           destination="khankendi", via="lachin-corridor", claimant=MOD,
           note="a military column along the corridor into Karabakh (entry, as convoys Goris -> Stepanakert); no "
                "quantity and no date expression at all, so undated with no date flag; origin 'the airfield' (not "
                "named), so null; through Goris (not a via id: via holds the corridor)"),
        CC("On Friday, a column of 52 vehicles (34 trucks and 18 fuel tankers) passed through the corridor to "
           "Stepanakert, Major General Pavel Kurgan, deputy commander of the contingent, told reporters in the city.",
           "entry", *UNK, flag="relative_unknown", count=52, q="exact", unit="vehicles",
           breakdown=[(34, "trucks"), (18, "fuel tankers")], destination="khankendi", via="lachin-corridor",
           claimant=KUR,
           note="a peacekeepers' column through the corridor (the Lachin corridor named before) to Stepanakert = "
                "entry; 'On Friday' with no publication date known; the bracket breakdown sums to 52"),
        CC("No ceasefire violations have been recorded over the past 24 hours,\" Kurgan said.", "other", *UNK,
           flag="relative_unknown", count=0, q="exact", unit="ceasefire violations", place="karabakh", claimant=KUR,
           note="'No ceasefire violations' = 0, exact (as 'no civilian vehicle'); 'over the past 24 hours' with no "
                "publication date known"),
        CC("Civilian traffic through the town of Shusha, which is under Azerbaijani control, has been stopped, and "
           "vehicles heading to Stepanakert use a bypass road, the ministry added.", "restriction", *UNK,
           place="shusha", claimant=MOD,
           note="a closure with no count and no date expression: undated, no date flag; the bypass road is not named"),
        CC("The corridor, five kilometres wide, remains under the peacekeepers' control under the trilateral statement "
           "signed by the leaders of Russia, Azerbaijan and Armenia on November 9.", "diplomatic", *UNK,
           flag="year_unknown", claimant=MOD,
           note="the trilateral statement 'signed ... on November 9': written without a year and no publication date "
                "known; 'five kilometres' is a distance"),
        CC("Under the same statement, Azerbaijan is due to take over the Lachin district by December 1.", "other",
           *UNK, flag="year_unknown", place="lachin", claimant=MOD,
           note="a scheduled handover 'by December 1': no year written and no publication date known"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Western newspaper piece with a byline and a dash dateline, no date in the text. Tuesday 7 March 2023; given.
# ----------------------------------------------------------------------------------------------------------
HC = "The Harbour Courier"
N2 = ("The monitors belong to the European Union's civilian mission in Armenia, which began work on 20 February with "
      "about 100 staff and operates from bases in Jermuk, Goris, Kapan and Yeghegnadzor.")
N6 = ("During the shelling of 13 September, buses evacuated about 600 children and elderly residents to Yerevan, the "
      "mayor's office says; most have since returned.")
DOCS.append(dict(
    doc_id="b-newspaper-eu-monitors-jermuk-mar-2023", style="feature", side="international",
    outlet="The Harbour Courier (fictional western newspaper)",
    title="In Armenia's spa town, unarmed European monitors keep watch on a tense border",
    published="2023-03-07", published_given=True,
    published_in_text=None,
    captions=["A sanatorium in Jermuk damaged by shelling in September 2022. Photo: Thomas Hadley"],
    not_places=[("Thomas", "the reporter's given name (byline and caption credit); Thomas is a town in Oklahoma, US "
                           "(GeoNames 4552981)"),
                ("Hadley", "the reporter's surname; Hadley is a town in Shropshire, UK (GeoNames 2647677) and in "
                           "Massachusetts, US"),
                ("Halle", "surname of a monitor; Halle is a city in Saxony-Anhalt, Germany and a town in Belgium "
                          "(GeoNames 2796696)")],
    patterns=["P-byline", "P-dash-dateline", "P-no-date-in-text", "P-feature-scene", "P-relative-last-month-name",
              "P-distance-not-count", "P-mission-start", "P-about-count", "P-since-then", "P-over-count",
              "P-patrol-count", "P-relative-week", "P-vehicles-moving", "P-stock-population", "P-evacuation",
              "P-yearless-date", "P-most-have-returned", "P-days-list", "P-deaths-event", "P-checkpoint-no-count",
              "P-since-date", "P-metonymy-capital", "P-age-not-count", "P-caption-credit", "P-caption-old-date",
              "P-given-name-place", "P-surname-place"],
    traps=["no date anywhere in the text; published given", "'last September' in a March 2023 report = September "
           "2022; 'within a few kilometres' is a distance", "'began work on 20 February with about 100 staff' = the "
           "mission's start (other) and a stock", "'Since then ... more than 150 patrols' = 20 February - 7 March "
           "2023", "'Last week ... 11 Azerbaijani army trucks' = 27 February - 5 March 2023",
           "'Before the fighting, Jermuk had a population of roughly 4,000' = a stock with no date",
           "'During the shelling of 13 September' (2022, year inferred) 'buses evacuated about 600' = an evacuation; "
           "'most have since returned' = a vague movement back", "'on 13 and 14 September' = two days (2022)",
           "'Police have set up a checkpoint' = a restriction with no count and no date",
           "'blocked since 12 December' = 12 December 2022 - 7 March 2023; 'Eighty kilometres' a distance",
           "'Gohar, 62' is an age", "caption with an old date (September 2022)",
           "'Thomas', 'Hadley' and 'Halle' collide with GeoNames places"],
    mentions=[
        MM("Armenia", "armenia", note="'Armenia's spa town'"),
        MM("JERMUK", "gn:174884", note="dateline in capitals; Jermuk, Vayots Dzor (GeoNames 174884)"),
        MM("Armenia", "armenia", note="dateline 'JERMUK, Armenia'"),
        MM("Armenia", "armenia"), MM("Jermuk", "gn:174884", note="Jermuk (GeoNames 174884)"), MM("Goris", "goris"),
        MM("Kapan", "kapan"), MM("Yeghegnadzor", "gn:174710", note="Yeghegnadzor, Vayots Dzor (GeoNames 174710)"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Kechut", "gn:174859", note="the village of Kechut near Jermuk (GeoNames 174859)"),
        MM("Jermuk", "gn:174884"),
        MM("Yerevan", "yerevan"),
        MM("Armenia", "armenia", note="metonymy for the Armenian government ('Armenia says')"),
        MM("Lachin corridor", "lachin-corridor"), MM("Nagorno-Karabakh", "karabakh"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government"),
        MM("Jermuk", "gn:174884", note=CAPTION_NOTE),
    ],
    claims=[
        CC("JERMUK, Armenia — The white four-by-fours with blue flags leave the car park of a shuttered sanatorium at "
           "eight each morning and climb towards the ridge where, last September, Azerbaijani troops advanced to "
           "within a few kilometres of this resort.", "other", *month(2022, 9, 30), place="gn:174884", claimant=HC,
           note="the Azerbaijani advance 'last September' = September 2022 (the month before the last March), dated "
                "and uncounted, labelled other as the development sets label an offensive; 'within a few kilometres' "
                "is a distance; 'at eight each morning' a clock time"),
        CC(N2, "other", *D("2023-02-20"), place="armenia", claimant=HC,
           note="the EU mission's start 'on 20 February' (2023, year inferred from publication); no count"),
        CC(N2, "stock", *D("2023-02-20"), count=100, q="about", unit="staff", place="armenia", claimant=HC,
           note="second claim: 'with about 100 staff' = the mission's size when it began (stock)"),
        CC("Since then its teams have carried out more than 150 patrols along the border with Azerbaijan, a mission "
           "spokeswoman said.", "other", "2023-02-20", "2023-03-07", "period", count=150, q="at_least",
           unit="patrols", claimant="a mission spokeswoman",
           note="'Since then' = since 20 February 2023 (previous sentence) to publication; 'more than' = at_least"),
        CC("Last week, monitors counted 11 Azerbaijani army trucks moving along a ridge road facing the village, she "
           "said.", "crossing", "2023-02-27", "2023-03-05", "period", count=11, q="exact", unit="army trucks",
           place="gn:174859", claimant="a mission spokeswoman",
           note="vehicles seen moving along a road (no border crossing, no direction relative to Karabakh or "
                "Armenia): crossing, as vehicles passing a place; 'Last week' = Monday 27 February - Sunday 5 March "
                "2023; 'the village' = Kechut (named in the previous sentence); the ridge road is not named"),
        CC("Before the fighting, Jermuk had a population of roughly 4,000.", "stock", *UNK, count=4000, q="about",
           unit="people", place="gn:174884", claimant=HC,
           note="a population figure 'Before the fighting': no date stated (as the development sets leave 'lived in "
                "the region before the offensive' undated); 'roughly' = about"),
        CC(N6, "population_movement", *D("2022-09-13"), count=600, q="about", unit="people", origin="gn:174884",
           destination="yerevan", claimant="the mayor's office",
           note="an evacuation by bus 'During the shelling of 13 September' (2022: the September before this March "
                "2023 report); 'about' = about; origin Jermuk (the town of the previous sentence)"),
        CC(N6, "population_movement", "2022-09-13", "2023-03-07", "period", flag="vague_count", count=None,
           q="unspecified", unit="people", origin="yerevan", destination="gn:174884",
           claimant="the mayor's office",
           note="second claim: 'most have since returned' = a vague movement back, since 13 September 2022 to "
                "publication; never derived from the 600"),
        CC("Armenia says more than 200 of its soldiers were killed on 13 and 14 September.", "other", "2022-09-13",
           "2022-09-14", "days", dates=["2022-09-13", "2022-09-14"], count=200, q="at_least", unit="soldiers killed",
           place="armenia", claimant="the Armenian government",
           note="a toll on two listed days (2022, year inferred); 'more than' = at_least"),
        CC("Police have set up a checkpoint at the upper end of the town, and only residents may drive beyond it "
           "towards the border.", "restriction", *UNK, place="gn:174884", claimant=HC,
           note="a checkpoint with no count and no date expression (undated; publication is known but nothing to "
                "resolve)"),
        CC("Eighty kilometres to the south-east, the Lachin corridor into Nagorno-Karabakh has been blocked since 12 "
           "December, and the mission is not mandated to go there.", "restriction", "2022-12-12", "2023-03-07",
           "period", place="lachin-corridor", claimant=HC,
           note="'blocked since 12 December' (2022, year inferred) to publication; 'Eighty kilometres' is a distance"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Live blog of 20 September 2023 (reverse chronology, "HH:MM -" entries) with a dated "Last updated" line.
#    Wednesday 20 September 2023; given.
# ----------------------------------------------------------------------------------------------------------
LL = "The Ledger (live blog)"
L3 = ("17:20 - The region's authorities say some 6,300 residents of 15 villages have been moved to safer areas since "
      "yesterday.")
L5 = ("15:10 - The region's human rights ombudsman says at least 32 people, among them seven civilians, have been "
      "killed and more than 200 wounded since Azerbaijan launched what it called \"local anti-terrorist measures\" on "
      "Tuesday.")
L9 = ("Background: About 120,000 ethnic Armenians live in Nagorno-Karabakh, which has been cut off from Armenia by a "
      "blockade of the Lachin corridor since December 2022.")
OMB = "the region's human rights ombudsman"
T19 = ("2023-09-19", "2023-09-20", "period")
DOCS.append(dict(
    doc_id="b-liveblog-ceasefire-day-sep-2023", style="liveblog", side="international",
    outlet="The Ledger (fictional international news site, live blog)",
    title="Nagorno-Karabakh live: separatists agree to disarm as Azerbaijan halts offensive",
    published="2023-09-20", published_given=True,
    published_in_text=dict(surface="Last updated: 18:05, 20 September 2023", date="2023-09-20",
                           how="printed date under headline"),
    captions=[],
    not_places=[("Anna", "the correspondent's given name; Anna is a town in Voronezh Oblast, Russia (GeoNames 581671) "
                         "and in Valencia, Spain"),
                ("Monroe", "the correspondent's surname; Monroe is a city in Louisiana and in Michigan, US (GeoNames "
                           "4333669, 4209884)")],
    patterns=["P-printed-date", "P-live-separator", "P-reverse-chronology", "P-future-talks", "P-relative-tomorrow",
              "P-relative-yesterday", "P-evacuation", "P-about-count", "P-vague-hundreds", "P-stock-waiting",
              "P-vague-a-few-dozen", "P-not-a-single", "P-relative-today", "P-correspondent-reports",
              "P-closure-no-count", "P-since-event", "P-at-least-count", "P-over-count", "P-part-not-breakdown",
              "P-deaths-event", "P-framing", "P-relative-weekday", "P-clock-not-count", "P-ceasefire",
              "P-overnight", "P-utility-cut", "P-stock-population", "P-since-month-year", "P-checkpoint-setup",
              "P-yearless-month", "P-given-name-place", "P-surname-place"],
    traps=["'Last updated: 18:05, 20 September 2023' under the headline; published given",
           "headline 'agree to disarm' / 'halts offensive' = the body's 11:45 and 13:05 entries (no headline claim)",
           "'tomorrow in ... Yevlakh' = 21 September 2023 (future talks)", "'some 6,300 residents of 15 villages ... "
           "since yesterday' = an evacuation, 19-20 September; '15 villages' is not a claim",
           "'Hundreds of people have gathered' and 'a few dozen people are waiting' = vague stocks",
           "'No cars have come out of the corridor today' = 0, exit", "'closed since the fighting began' = 19-20 "
           "September, no count", "'at least 32 ... killed and more than 200 wounded' = two claims; 'among them seven "
           "civilians' a part; the launch 'on Tuesday' (19 September) a third",
           "'at 13:00 local time (0900 GMT)' are clock times", "'overnight' = 19-20 September",
           "'since December 2022' = 1 December 2022 - 20 September 2023; 'in April' = April 2023",
           "'Stepanakert airport': the facility noun left out", "'Anna' and 'Monroe' collide with GeoNames places"],
    mentions=[
        MM("Nagorno-Karabakh", "karabakh"), MM("Azerbaijan", "azerbaijan"),
        MM("Baku", "baku", note="metonymy for the Azerbaijani government"), MM("Yevlakh", "gn:584649", note=YEV),
        MM("Stepanakert", "khankendi", note="'Stepanakert airport': the facility noun left out"),
        MM("Kornidzor", "kornidzor", note="'the Kornidzor border post': the facility noun left out"),
        MM("Armenia", "armenia"),
        MM("Hakari bridge", "hakari-bridge"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Karabakh", "karabakh", note="attributive: 'the Karabakh authorities'"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's defence ministry'"),
        MM("Karabakh", "karabakh", note="'Karabakh's leadership'"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's defence ministry'"),
        MM("Stepanakert", "khankendi"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Armenia", "armenia"), MM("Lachin corridor", "lachin-corridor"),
        MM("Azerbaijan", "azerbaijan"),
    ],
    claims=[
        CC("18:05 - Talks on what Baku calls the \"reintegration\" of the region's Armenians will be held tomorrow in "
           "the Azerbaijani city of Yevlakh, the Azerbaijani presidency says.", "diplomatic", *D("2023-09-21"),
           place="gn:584649", claimant="the Azerbaijani presidency",
           note="planned talks 'tomorrow' = 21 September 2023 (future); the quoted word is Baku's framing"),
        CC(L3, "population_movement", *T19, count=6300, q="about", unit="people", claimant="the region's authorities",
           note="an evacuation to safer areas 'since yesterday' = 19-20 September 2023; 'some' = about; '15 villages' "
                "is where they came from, not a second claim; no place named"),
        CC("Hundreds of people have gathered at the Russian peacekeepers' base near Stepanakert airport, hoping for "
           "shelter.", "stock", *D("2023-09-20"), flag="vague_count", count=None, q="unspecified", unit="people",
           place="khankendi", claimant=LL,
           note="people gathered and waiting (stock), present perfect in the day's entry = publication; 'Hundreds "
                "of' (vague)"),
        CC("16:40 - At the Kornidzor border post in Armenia, a few dozen people are waiting for news of relatives.",
           "stock", *D("2023-09-20"), flag="vague_count", count=None, q="unspecified", unit="people",
           place="kornidzor", claimant="The Ledger's correspondent",
           note="people waiting (stock), present tense = publication; 'a few dozen' (vague); the next sentence "
                "attributes the scene to the correspondent"),
        CC("No cars have come out of the corridor today, our correspondent reports.", "exit", *D("2023-09-20"),
           count=0, q="exact", unit="cars", via="lachin-corridor", claimant="The Ledger's correspondent",
           note="'No cars' = 0, exact; out of the corridor towards Armenia = exit (relative to Karabakh); 'today' = "
                "20 September 2023; 'the corridor' = the Lachin corridor"),
        CC("The Azerbaijani checkpoint at the Hakari bridge has been closed since the fighting began.", "restriction",
           *T19, place="hakari-bridge", claimant="The Ledger's correspondent",
           note="a closure with no count; 'since the fighting began' = since Tuesday 19 September 2023 (the 15:10 "
                "entry) to publication"),
        CC(L5, "other", *T19, count=32, q="at_least", unit="people killed", place="karabakh", claimant=OMB,
           note="a toll since the launch on Tuesday (19 September 2023) to publication; 'at least' = at_least; "
                "'among them seven civilians' is a part (note)"),
        CC(L5, "other", *T19, count=200, q="at_least", unit="people wounded", place="karabakh", claimant=OMB,
           note="second claim: 'more than 200 wounded' = at_least"),
        CC(L5, "other", *D("2023-09-19"), place="karabakh", claimant=OMB,
           note="third claim: the offensive's launch 'on Tuesday' = 19 September 2023, dated and uncounted, as the "
                "development sets label an offensive; 'local anti-terrorist measures' is Baku's framing"),
        CC("13:05 - The ceasefire came into force at 13:00 local time (0900 GMT), the Karabakh authorities and "
           "Azerbaijan's defence ministry confirmed.", "diplomatic", *D("2023-09-20"), place="karabakh",
           claimant="the Karabakh authorities and Azerbaijan's defence ministry",
           note="a ceasefire on the day of the live blog; '13:00' and '0900 GMT' are clock times"),
        CC("11:45 - Karabakh's leadership says it has accepted a proposal from the Russian peacekeeping command to "
           "cease hostilities, disband its armed forces and withdraw heavy weapons.", "diplomatic", *D("2023-09-20"),
           place="karabakh", claimant="Karabakh's leadership",
           note="the acceptance of the ceasefire proposal, in the day's 11:45 entry (present perfect = publication)"),
        CC("09:30 - Azerbaijan's defence ministry says its forces have taken more than 60 combat positions overnight.",
           "other", *T19, count=60, q="at_least", unit="combat positions", place="karabakh",
           claimant="Azerbaijan's defence ministry",
           note="'overnight' in a 20 September entry = the night of 19-20 September 2023; 'more than' = at_least"),
        CC("Residents of Stepanakert spent the night in basements; gas and electricity have been cut across the city "
           "since yesterday evening.", "restriction", *T19, place="khankendi", claimant=LL,
           note="a cut of gas and electricity (restriction) 'since yesterday evening' = 19 September 2023 to "
                "publication; no count"),
        CC(L9, "stock", *D("2023-09-20"), count=120000, q="about", unit="people", place="karabakh", claimant=LL,
           note="a population figure, present tense in a dated text = publication"),
        CC(L9, "restriction", "2022-12-01", "2023-09-20", "period", place="lachin-corridor", claimant=LL,
           note="second claim: the blockade 'since December 2022' (the month only: from 1 December) to publication"),
        CC("Azerbaijan set up its own checkpoint on the road in April.", "restriction", *month(2023, 4, 30),
           place="lachin-corridor", claimant=LL,
           note="a checkpoint set up 'in April' (2023, year inferred from publication; the month only); 'the road' = "
                "the Lachin corridor road of the previous sentence"),
    ],
))


# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
# ----------------------------------------------------------------------------------------------------------
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Martakert", "Askeran", "Agarak", "AGARAK",
               "Khojavend", "Lori", "Kotayk", "Ararat", "Gegharkunik", "Vayots Dzor", "Sevan", "Kajaran", "Sisian",
               "Vayk", "Jermuk", "Masis", "Artashat", "Tatev", "Tashtun", "Lisagor", "Moscow", "Russia", "Tabriz",
               "TABRIZ", "Jolfa", "Julfa", "Georgia", "Gori", "Tbilisi", "Aghdam", "Hadrut", "Zabukh", "Sus",
               "Gubadli", "Zangezur", "Hakari", "GORIS", "KAPAN", "MEGHRI", "KORNIDZOR", "STEPANAKERT", "ARMENIA",
               "Norduz", "Vorotan", "Tegh", "Kornidzor", "Shushi", "Mehri", "Gafan", "Gorus", "Vostok", "Kavkaz",
               "Barda", "Akna", "Geneva", "Aragatsotn", "Armavir", "Shirak", "Tavush", "SISIAN", "MOSCOW", "TEHRAN",
               "BAKU", "YEREVAN", "Hayastan", "United States", "Khankandi", "NAKHCHIVAN", "Iğdır", "Igdir", "Türkiye",
               "Turkey", "Ankara", "Khojaly", "Kalbajar", "Kelbajar", "Yevlakh", "Berkadzor", "Kremlin", "Lachin",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Margara", "Alican", "Adıyaman", "Adiyaman", "Spitak", "Syria", "Yeghegnadzor", "Kechut", "JERMUK",
               "Sofia", "Hartley", "Florence", "Vernon", "Daniel", "Stirling", "Kurgan", "Thomas", "Hadley", "Halle",
               "Anna", "Monroe", "South Caucasus", "Caucasus"]
