"""Write part A of the third real-phrasing HELD-OUT set (tests/data/eval-real-holdout-3/a-*.json) from the
hand-written specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-a.md). The labels are a
careful analyst's reading of each text, written BEFORE any tuning on this set and blind to the code: nobody read or
ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the extractor's output. This is a HELD-OUT
set: never tune on it. This script only turns that reading into offsets: every mention is found with str.find, in
reading order, as a whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique
substring.

    Part A's specs only: the combined builder of this folder builds and checks the whole set.

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first (as eval-holdout does), then gn:<geonameid>, else null + note.
The helper, build and check code is the shared tests/data/real_dev_builder.py (as tests/data/eval-real-3 uses it);
the judgement calls are those of tests/data/eval-real/README.md, tests/data/eval-real-2/README.md and
tests/data/eval-real-3/README-a.md, plus the few listed in README-a.md here. Part B of this folder is written
separately (b-* files, its own builder).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D  # noqa: E402


SYU = "the province = gazetteer 'syunik'; not GeoNames 13132983, a village of that name"
LCP = "'Hakari bridge' = gazetteer 'hakari-bridge'"
KAJ = "Kajaran, Syunik (GeoNames 174880)"
UNK = "no publication date is known (not given; the dateline has day and month but no year)"
DIST = "the district named after its town: labelled with the town's id (as eval-real-3 labels 'the Lachin district')"

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Armenian agency (Armenpress style). Friday 23 October 2020; NOT given. Caps dateline "YEREVAN, OCTOBER 23,
#    NOR LUR." with no year -> relative dates relative_unknown, year-less dates year_unknown.
# ----------------------------------------------------------------------------------------------------------
NL = "Nor Lur"
TAD = "Ararat Tadevosyan, Armenia's Deputy Minister of Labour and Social Affairs"
AIH = "the Artsakh Information Headquarters"
A5 = ("On Thursday, a convoy of 12 buses brought some 480 women and children from Stepanakert to Goris, from where "
      "most of them continued to Yerevan, the Artsakh Information Headquarters said.")
A8 = ("Earlier this week the Human Rights Defender of Artsakh said that about half of the republic's population of "
      "some 150,000 had been displaced by the fighting.")
DOCS.append(dict(
    doc_id="a-am-agency-displaced-oct-2020", style="armenian", side="armenian",
    outlet="Nor Lur (fictional Armenian news agency, English service)",
    title="Nearly 90,000 people from Artsakh have found refuge in Armenia, deputy minister says",
    published="2020-10-23", published_given=False,
    published_in_text=dict(surface="YEREVAN, OCTOBER 23, NOR LUR", date=None, how="dateline"),
    captions=["Displaced families from Artsakh in a school gym in Goris, 4 October. Photo: Nor Lur"],
    not_places=[("Ararat", "given name of the deputy minister (Ararat Tadevosyan); Ararat is a town in Armenia "
                           "(GeoNames 174991) and a province"),
                ("Nor", "first word of the outlet's name 'Nor Lur' ('new news'); 'Nor' is a GeoNames alternate name "
                        "of Neskaupstadur, Iceland (2628020)")],
    patterns=["P-caps-dateline-agency", "P-headline-rounded-figure", "P-about-count", "P-since-date",
              "P-yearless-date", "P-relative-weekday", "P-a-total-of", "P-colon-breakdown", "P-stock-population",
              "P-the-rest", "P-over-count", "P-part-not-breakdown", "P-convoy", "P-buses", "P-evacuation",
              "P-most-of-them", "P-closure-no-count", "P-duration-not-count", "P-vague-hundreds",
              "P-relative-week", "P-money-not-count", "P-fraction-not-count", "P-between-places",
              "P-official-title-name", "P-given-name-place", "P-outlet-name-collision", "P-caption-credit"],
    traps=["dateline 'YEREVAN, OCTOBER 23, NOR LUR.' has no year and the date is not given: 'on Friday', 'On "
           "Thursday', 'on Wednesday night', 'since the start of the week', 'Earlier this week' -> relative_unknown; "
           "'since … September 27' -> year_unknown",
           "headline 'Nearly 90,000' rounds the body's 'About 89,700' and the body never writes 90,000: its own "
           "from_headline claim",
           "'21,460 …: 9,380 children, 7,915 women and 4,165 men' = one stock with its breakdown (sums)",
           "'The rest are staying with relatives' = a vague stock (never derived)",
           "'more than 11,000 …, about 3,400 of them in Goris' = one stock, the 3,400 a part",
           "'a convoy of 12 buses brought some 480 women and children' = two claims (buses, people); 'most of "
           "them continued to Yerevan' = a third, vague",
           "'halted for about three hours' = a closure without a count; 'three hours' is a duration",
           "'about half of the republic's population' is a fraction (vague movement); 'some 150,000' its own stock",
           "'68,000 drams' is money, not a count",
           "'the road between Stepanakert and Goris through Berdzor' names no road: three settlements",
           "'Ararat' is the deputy minister's given name, not the town or province; 'Nor' (outlet) is not a place"],
    mentions=[
        MM("Artsakh", "karabakh"), MM("Armenia", "armenia"),
        MM("YEREVAN", "yerevan", note="dateline in capitals"),
        MM("Artsakh", "karabakh", note="'residents of Artsakh'"), MM("Armenia", "armenia"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Yerevan", "yerevan"), MM("Abovyan", "gn:617026", note="Abovyan, Kotayk (GeoNames 617026), the town"),
        MM("Vanadzor", "gn:616530", note="Vanadzor, Lori (GeoNames 616530)"),
        MM("Syunik", "syunik", note=SYU), MM("Goris", "goris"),
        MM("Stepanakert", "khankendi"), MM("Goris", "goris"), MM("Yerevan", "yerevan"),
        MM("Artsakh", "karabakh", note="'the Artsakh Information Headquarters': toponym in an institution's name"),
        MM("Stepanakert", "khankendi", note="'the road between Stepanakert and Goris through Berdzor': no road name, "
                                            "three settlements"),
        MM("Goris", "goris"), MM("Berdzor", "lachin", note="Armenian name of Lachin (gazetteer alias)"),
        MM("Martuni", "gn:146969",
           note="'the Martuni and Askeran districts': Martuni = Khojavend in Karabakh (GeoNames 146969), not Martuni "
                "on Lake Sevan (616438); the district named after the town"),
        MM("Askeran", "gn:148450", note="'the Askeran district', named after the town: Askeran = GeoNames 148450 "
                                        "'Askyaran' (as eval-real labels it)"),
        MM("Stepanakert", "khankendi"),
        MM("Artsakh", "karabakh", note="'the Human Rights Defender of Artsakh': toponym in an institution's name"),
        MM("Artsakh", "karabakh", note="caption"), MM("Goris", "goris", note="caption"),
    ],
    claims=[
        CC("Nearly 90,000 people from Artsakh have found refuge in Armenia, deputy minister says",
           "population_movement", flag="relative_unknown", from_headline=True, count=90000, q="about",
           unit="people", origin="karabakh", destination="armenia", claimant=TAD,
           note="stated only in the headline: 'Nearly 90,000' rounds the body's 'About 89,700' (never written in the "
                "body); 'Nearly' = about (closeness); present perfect up to an unknown publication date"),
        CC("YEREVAN, OCTOBER 23, NOR LUR. About 89,700 residents of Artsakh have arrived in Armenia since Azerbaijan "
           "launched its offensive on September 27, Deputy Minister of Labour and Social Affairs Ararat Tadevosyan "
           "told a briefing on Friday.", "population_movement", flag="year_unknown", count=89700, q="about",
           unit="people", origin="karabakh", destination="armenia", claimant=TAD,
           note="cumulative arrivals 'since … September 27' (written without a year) up to the Friday briefing "
                "(relative); " + UNK + "; the offensive itself is a background clause, not a separate claim"),
        CC("A total of 21,460 displaced people are housed in shelters provided by the state and local communities: "
           "9,380 children, 7,915 women and 4,165 men.", "stock", count=21460, q="exact", unit="people",
           breakdown=[(9380, "children"), (7915, "women"), (4165, "men")], place="armenia", claimant=TAD,
           note="present-tense stock with no known publication date and no relative word: undated, no flag; the "
                "three parts partition the total (sum 21,460); attribution ('he said') carries over"),
        CC("The rest are staying with relatives or in rented flats, mostly in Yerevan, Abovyan and Vanadzor.",
           "stock", flag="vague_count", q="unspecified", unit="people", place="armenia", claimant=TAD,
           note="'The rest' = vague (never derived from 89,700 - 21,460); present tense, undated; three towns, so "
                "place = Armenia"),
        CC("Syunik has taken in more than 11,000 people, about 3,400 of them in Goris, according to the regional "
           "administration.", "stock", count=11000, q="at_least", unit="people", place="syunik",
           claimant="the Syunik regional administration",
           note="'more than' = at_least; displaced people hosted in the province = stock, undated (no relative word, "
                "no known publication date); 'about 3,400 of them in Goris' is a part (note)"),
        CC(A5, "population_movement", flag="relative_unknown", count=12, q="exact", unit="buses",
           origin="khankendi", destination="goris", claimant=AIH,
           note="a convoy of buses carrying people = population_movement (unit buses); 'On Thursday' with " + UNK),
        CC(A5, "population_movement", flag="relative_unknown", count=480, q="about", unit="people",
           origin="khankendi", destination="goris", claimant=AIH,
           note="second claim: the passengers ('some' = about); evacuation of women and children"),
        CC(A5, "population_movement", flag="relative_unknown", q="unspecified", unit="people", origin="goris",
           destination="yerevan", claimant=AIH,
           note="third claim: 'most of them continued to Yerevan' = vague onward movement (never derived); the date "
                "flag wins over vague_count"),
        CC("Traffic on the road between Stepanakert and Goris through Berdzor was halted for about three hours on "
           "Wednesday night after drones struck near the town, the headquarters added.", "restriction",
           flag="relative_unknown", via="lachin", place="lachin", claimant=AIH,
           note="a closure without a count; 'about three hours' is a duration; 'on Wednesday night' with " + UNK +
                "; via = Berdzor as written"),
        CC("Hundreds of families have also left the Martuni and Askeran districts for Stepanakert since the start of "
           "the week.", "population_movement", flag="relative_unknown", q="unspecified", unit="families",
           destination="khankendi", claimant=NL,
           note="'Hundreds of' = vague; 'since the start of the week' with " + UNK + " (the date flag wins); two "
                "districts, so origin null; not attributed in the sentence, so the outlet"),
        CC(A8, "population_movement", flag="relative_unknown", q="unspecified", unit="people", origin="karabakh",
           claimant="the Human Rights Defender of Artsakh",
           note="'about half of the republic's population' is a fraction: vague, never derived (75,000); said "
                "'Earlier this week' with " + UNK),
        CC(A8, "stock", count=150000, q="about", unit="people", place="karabakh",
           claimant="the Human Rights Defender of Artsakh",
           note="second claim: the population description 'some 150,000' (some = about), undated"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Azerbaijani agency (Azernews/Report style). Friday 26 August 2022; given. Printed date line
#    "26 August 2022 13:40 (UTC+04:00)" under the headline.
# ----------------------------------------------------------------------------------------------------------
BM = "Birlik Media"
MOD = "the Azerbaijani Ministry of Defense"
B4 = ("Since 07:00 today, traffic between Khankendi and Armenia has been moving along the new road that bypasses "
      "Lachin city, and the old route through the city has been closed, Birlik Media's correspondent reports from "
      "the area.")
B5 = ("Yesterday, 23 vehicles of the Russian peacekeeping contingent were seen heading from Lachin towards "
      "Khankendi, and the contingent's posts in the city were dismantled.")
DOCS.append(dict(
    doc_id="a-az-agency-lachin-handover-aug-2022", style="azerbaijani", side="azerbaijani",
    outlet="Birlik Media (fictional Azerbaijani news agency, English service)",
    title="Azerbaijani Army takes full control of Lachin city, Zabukh and Sus - PHOTO",
    published="2022-08-26", published_given=True,
    published_in_text=dict(surface="26 August 2022 13:40 (UTC+04:00)", date="2022-08-26",
                           how="printed date under headline"),
    captions=["Azerbaijani servicemen raise the national flag in Lachin city. Photo: Ministry of Defense",
              "The old road through Lachin city in December 2020. Photo: Birlik Media archive"],
    not_places=[("Gubadli", "surname of the ministry's press officer (Rauf Gubadli); Gubadli (Qubadli) is a "
                            "district and town of Azerbaijan (GeoNames 147305)")],
    patterns=["P-printed-date", "P-headline-media-tag", "P-full-dates", "P-relative-today", "P-clock-not-count",
              "P-road-switch", "P-closure-no-count", "P-correspondent-reports",
              "P-between-days-range", "P-vague-plural", "P-framing", "P-relative-week",
              "P-over-count", "P-families-unit", "P-stock-population", "P-about-count", "P-distance-not-count",
              "P-az-spellings", "P-district-of-city", "P-official-title-name", "P-surname-place",
              "P-caption-credit", "P-caption-old-date"],
    traps=["printed date '26 August 2022 13:40 (UTC+04:00)' = the publication date (also given)",
           "'Since 07:00 today' = 26 August 2022: the switch to the new road (other) and the closure of the old "
           "route (restriction, no count); '07:00' is a clock time",
           "'Yesterday, 23 vehicles … heading from Lachin towards Khankendi' = crossing (no border direction "
           "stated); the dismantled posts a second, uncounted claim",
           "'the Armenians who had illegally settled …' = Azerbaijani framing, a bare plural (vague); 'between "
           "August 20 and 25' = a period",
           "'Last week' in a Friday report = Monday 15 - Sunday 21 August 2022; 'more than 3,000 families' = "
           "at_least",
           "'some 63,000 people lived in the district' before the occupation = undated stock",
           "'May 18, 1992' and 'November 10, 2020' are full dates; 'by December 1, 2020' is part of the "
           "statement's terms (note), not a separate claim",
           "'Gorus' (Azerbaijani spelling of Goris), 'Khankendi'; 'Lachin district' = the town's id",
           "'Gubadli' is a press officer's surname, not the district",
           "the second caption ends in an old date (December 2020)"],
    mentions=[
        MM("Lachin", "lachin", note="'Lachin city'"),
        MM("Zabukh", "aghavno", note="Zabukh = Aghavno (gazetteer alias)"),
        MM("Sus", None, "settlement", note="Sus village near Lachin: not in the gazetteer nor in cities500 (not "
                                           "Sousse, Tunisia, of which 'Sus' is an alternate name)"),
        MM("Lachin", "lachin"), MM("Zabukh", "aghavno"),
        MM("Sus", None, "settlement", note="Sus village near Lachin: not in the gazetteer nor in cities500"),
        MM("Lachin", "lachin"), MM("Lachin", "lachin", note="'told journalists in Lachin'"),
        MM("Khankendi", "khankendi"), MM("Armenia", "armenia"), MM("Lachin", "lachin"),
        MM("Hakari bridge", "hakari-bridge", "bridge", note=LCP),
        MM("Gorus", "goris", note="Azerbaijani spelling of Goris"),
        MM("Lachin", "lachin"), MM("Khankendi", "khankendi"),
        MM("Lachin", "lachin"), MM("Zabukh", "aghavno"),
        MM("Lachin", "lachin", note="'families from Lachin district': " + DIST),
        MM("Lachin", "lachin", note="'Lachin district': " + DIST), MM("Azerbaijan", "azerbaijan"),
        MM("Armenia", "armenia"),
        MM("Lachin", "lachin", note="caption"), MM("Lachin", "lachin", note="caption"),
    ],
    claims=[
        CC("Units of the Azerbaijani Army have taken complete control of Lachin city and the villages of Zabukh and "
           "Sus, the Ministry of Defense reported on Friday, Birlik Media reports.", "other", *D("2022-08-26"),
           place="lachin", claimant=MOD,
           note="the hand-over of Lachin, Zabukh and Sus, dated ('on Friday' = publication day) and uncounted, as "
                "eval-real-3 labels the same event; the headline repeats it"),
        CC("Lachin was occupied by the Armenian armed forces on May 18, 1992.", "other", *D("1992-05-18"),
           place="lachin", claimant=BM, note="a dated background event on the topic, full date"),
        CC(B4, "other", *D("2022-08-26"), claimant=BM,
           note="the switch of traffic to the new road 'Since 07:00 today' (a route change, like a reopening = "
                "other); the new road has no id, so via null; '07:00' is a clock time"),
        CC(B4, "restriction", *D("2022-08-26"), place="lachin", claimant=BM,
           note="second claim: the old route through Lachin city closed - a closure without a count"),
        CC(B5, "crossing", *D("2022-08-25"), count=23, q="exact", unit="vehicles", origin="lachin",
           destination="khankendi", claimant=BM,
           note="'Yesterday' = 25 August 2022; peacekeeper vehicles with no border direction stated = crossing; "
                "not attributed in the sentence, so the outlet (its correspondent)"),
        CC(B5, "other", *D("2022-08-25"), place="lachin", claimant=BM,
           note="second claim: the peacekeepers' posts in the city dismantled, dated, uncounted"),
        CC("According to the correspondent, the Armenians who had illegally settled in Lachin city and Zabukh left "
           "the area between August 20 and 25, taking their belongings with them.", "population_movement",
           "2022-08-20", "2022-08-25", "period", flag="vague_count", q="unspecified", unit="people", claimant=BM,
           note="a bare plural ('the Armenians') = vague; Azerbaijani framing labelled as asserted; two places, so "
                "origin null; 'between August 20 and 25' (2022)"),
        CC("Last week, the State Committee for Refugees and IDPs said that more than 3,000 families from Lachin "
           "district had applied to be resettled in the city after its reconstruction.", "other", "2022-08-15",
           "2022-08-21", "period", count=3000, q="at_least", unit="families", place="lachin",
           claimant="Azerbaijan's State Committee for Refugees and IDPs",
           note="applications for resettlement = other; 'Last week' in a Friday report = Monday 15 - Sunday 21 "
                "August 2022 (when the committee said it; the applications' own dates are not stated)"),
        CC("Before the occupation, some 63,000 people lived in the district.", "stock", count=63000, q="about",
           unit="people", place="lachin", claimant=BM,
           note="a population description before 1992: undated (as eval-real labels 'lived in the region before "
                "the offensive'); 'some' = about"),
        CC("Under the trilateral statement of November 10, 2020, Lachin district was to be returned to Azerbaijan by "
           "December 1, 2020, but the city stayed under the temporary control of the Russian peacekeepers because "
           "the road to Armenia passed through it.", "diplomatic", *D("2020-11-10"), claimant=BM,
           note="the trilateral statement, full date (as eval-real-2 labels it); 'by December 1, 2020' is one of its "
                "terms, not a separate claim"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Iranian agency (IRNA/Mehr English style). Friday 21 October 2022; NOT given. Yearless dateline
#    "KAPAN, Oct. 21 (SNA) –"; the body writes an Iranian-year period with its Gregorian gloss.
# ----------------------------------------------------------------------------------------------------------
SNA = "Sina News Agency"
CUS = "the Iranian customs office at Norduz"
RAH = "Behzad Rahimi, Iran's Consul General in Kapan"
H1 = ("2022-03-21", "2022-09-22", "period")
C6 = ("In September 2021, Azerbaijani police set up a post on a section of the Goris-Kapan road near Vorotan, and "
      "two Iranian drivers were detained there.")
DOCS.append(dict(
    doc_id="a-ir-agency-kapan-consulate-oct-2022", style="iranian", side="iranian",
    outlet="Sina News Agency (SNA; fictional Iranian news agency, English service)",
    title="Iran opens consulate general in Armenia's Kapan, calls border changes a 'red line'",
    published="2022-10-21", published_given=False,
    published_in_text=dict(surface="KAPAN, Oct. 21 (SNA)", date=None, how="dateline"),
    captions=["The Iranian flag is raised over the new consulate building in Kapan. Photo: SNA"],
    not_places=[("SNA", "the agency's acronym; 'SNA' is a GeoNames alternate name (airport code) of Santa Ana, "
                        "California (5392900)"),
                ("Sina", "the agency's name (after Ibn Sina); 'Sina' is a GeoNames alternate name of Sanandaj, Iran "
                         "(117574), and a place in Peru (3928601)")],
    patterns=["P-yearless-dateline", "P-relative-weekday", "P-official-title-name",
              "P-metonymy-capital", "P-iranian-year-range", "P-bracket-gregorian", "P-percent-not-count",
              "P-of-them-direction", "P-nested-road", "P-rate", "P-about-count", "P-checkpoint-setup",
              "P-detention", "P-month-year", "P-future-visit", "P-relative-next-month", "P-stock-population",
              "P-most-of-them", "P-acronym-agency", "P-caption-credit"],
    traps=["dateline 'KAPAN, Oct. 21 (SNA)' has no year and the date is not given: 'on Friday', 'On Monday', 'next "
           "month' -> relative_unknown",
           "'the first half of the current Iranian year 1401 (March 21 – September 22, 2022)' is written with its "
           "years: resolved although no publication date is known",
           "'38,920 trucks … Of them, 21,470 entered Armenia' = a crossing claim and an entry claim; the other "
           "direction (17,450) is never derived; '18 percent more' is a percentage",
           "'Some 230 Iranian trucks a day' = rate, present tense, undated",
           "'In September 2021' (year written): a checkpoint set up (restriction) and 'two Iranian drivers were "
           "detained' (detention, 2)",
           "the 'red line' statement on the Zangezur corridor has no date or count: not a claim",
           "'About 1,500 Iranian nationals live … in Syunik' = undated stock, 'most of them in Meghri and Kapan' "
           "a part",
           "'the Meghri customs post' = the town Meghri (facility noun left out); 'Kapan-Meghri road' and "
           "'Goris-Kapan road' = roads with inside",
           "'Islamic Republic of Iran' and 'Republic of Azerbaijan' = one mention each; 'Tehran', 'Yerevan' used "
           "for governments are mentions",
           "'SNA' and 'Sina' (agency) collide with GeoNames names"],
    mentions=[
        MM("Iran", "iran"), MM("Armenia", "armenia"), MM("Kapan", "kapan"),
        MM("KAPAN", "kapan", note="dateline in capitals"),
        MM("Islamic Republic of Iran", "iran", note="one mention"), MM("Kapan", "kapan"),
        MM("Syunik", "syunik", note="'Syunik province'; " + SYU),
        MM("Tehran", "tehran", note="capital used for the government (metonymy)"),
        MM("Zangezur corridor", "zangezur-corridor", "corridor",
           note="the proposed corridor, not Kapan (of which GeoNames lists Zangezur as an alternate name)"),
        MM("Norduz", "agarak-norduz", note="'the Iranian customs office at Norduz' = the crossing"),
        MM("Armenia", "armenia"), MM("Armenia", "armenia"),
        MM("Meghri", "meghri", note="'the Meghri customs post' (facility noun left out): the town"),
        MM("Kapan-Meghri road", "kapan-meghri-agarak", "road", note="the road named by its ends (hyphen)",
           inside=[("Kapan", "kapan"), ("Meghri", "meghri")]),
        MM("Goris", "goris"), MM("Yerevan", "yerevan"), MM("Georgia", "georgia"),
        MM("Norduz", "agarak-norduz"),
        MM("Goris-Kapan road", "goris-kapan-highway", "road", note="the road named by its ends (hyphen)",
           inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Vorotan", "vorotan"),
        MM("Aras", None, "river", note="the Aras (Araxes) river; not in the gazetteer"),
        MM("Republic of Azerbaijan", "azerbaijan", note="one mention"),
        MM("Syunik", "syunik", note=SYU), MM("Meghri", "meghri"), MM("Kapan", "kapan"),
        MM("Armenia", "armenia", note="'Armenia's foreign minister'"), MM("Tehran", "tehran"),
        MM("Yerevan", "yerevan", note="capital used for the government (metonymy)"),
        MM("Tabriz", "gn:113646", note="Tabriz, Iran (GeoNames 113646)"),
        MM("Kapan", "kapan", note="caption"),
    ],
    claims=[
        CC("KAPAN, Oct. 21 (SNA) – The Consulate General of the Islamic Republic of Iran in the southern Armenian "
           "city of Kapan was officially inaugurated on Friday in the presence of the Iranian foreign minister, "
           "Sina News Agency reports.", "diplomatic", flag="relative_unknown", place="kapan", claimant=SNA,
           note="the consulate's inauguration 'on Friday' with " + UNK + "; the headline repeats it"),
        CC("According to the Iranian customs office at Norduz, 38,920 trucks crossed the border with Armenia in the "
           "first half of the current Iranian year 1401 (March 21 – September 22, 2022), 18 percent more than a year "
           "earlier.", "crossing", *H1, count=38920, q="exact", unit="trucks", via="agarak-norduz", claimant=CUS,
           note="'the first half of the current Iranian year 1401' = 21 March - 22 September 2022, as the bracket "
                "writes (years written, so resolved); both directions, so crossing; '18 percent' is not a count"),
        CC("Of them, 21,470 entered Armenia, mainly carrying fuel, bitumen and building materials.", "entry", *H1,
           count=21470, q="exact", unit="trucks", origin="iran", destination="armenia", via="agarak-norduz",
           claimant=CUS,
           note="the directional part is its own claim (entry relative to Armenia at the Iranian border); the other "
                "direction is never derived"),
        CC("Some 230 Iranian trucks a day pass through Norduz, the customs office said.", "crossing", count=230,
           q="about", unit="trucks", via="agarak-norduz", claimant=CUS,
           note="rate ('a day'); present tense with no known publication date and no relative word: undated, no "
                "flag; 'Some' = about"),
        CC(C6, "restriction", "2021-09-01", "2021-09-30", "month", via="goris-kapan-highway", place="vorotan",
           claimant=SNA,
           note="a police post set up on the road (checkpoint-setup) 'In September 2021' (year written); no count"),
        CC(C6, "detention", "2021-09-01", "2021-09-30", "month", count=2, q="exact", unit="drivers",
           place="vorotan", claimant=SNA, note="second claim: 'two Iranian drivers were detained' (words)"),
        CC("On Monday, ground forces of the Islamic Revolution Guards Corps began large-scale drills along the Aras "
           "river on the border with the Republic of Azerbaijan.", "other", flag="relative_unknown", claimant=SNA,
           note="military drills on the border, 'On Monday' with " + UNK + "; the river has no id, so place null"),
        CC("About 1,500 Iranian nationals live and work in Syunik, most of them in Meghri and Kapan, Rahimi said.",
           "stock", count=1500, q="about", unit="people", place="syunik", claimant=RAH,
           note="present-tense stock, no known publication date and no relative word: undated, no flag; 'most of "
                "them in Meghri and Kapan' is a part"),
        CC("Armenia's foreign minister is expected in Tehran next month, and Yerevan plans to open a consulate of "
           "its own in Tabriz.", "diplomatic", flag="relative_unknown", destination="tehran", place="tehran",
           claimant=SNA,
           note="a planned visit 'next month' (labelled with its future date, as eval-real-2 labels planned visits) "
                "with " + UNK + "; the Tabriz consulate plan has no date and is not a separate claim"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Ministry statement relayed by an outlet. Friday 13 October 2023; given. Byline with a dotted date
#    "By Anush Sargsyan | 13.10.2023"; the statement is quoted in full, then the outlet adds the spokeswoman.
# ----------------------------------------------------------------------------------------------------------
AZD = "Azdarar Online"
MIA = "Armenia's Ministry of Internal Affairs"
SHU = "Shushan Martirosyan, spokeswoman of Armenia's Ministry of Internal Affairs"
G4 = ("The registration point at the Kornidzor humanitarian hub was closed on October 5, as no new arrivals have "
      "been recorded there since then.")
G5 = ("A one-time support of 100,000 drams has so far been paid to 94,160 people, and 15,820 children have been "
      "enrolled in schools.")
REGP = ("parts by province ('Of those registered, 40,870 have settled in Yerevan, 11,230 in Kotayk province and "
        "8,940 in Ararat province, with the rest spread over the other provinces') are parts of this total, not "
        "claims (eval-real-2: region-list-parts)")
DOCS.append(dict(
    doc_id="a-ministry-registrations-oct-2023", style="ministry", side="armenian",
    outlet="Azdarar Online (fictional Armenian news site) relaying Armenia's Ministry of Internal Affairs",
    title="Over 100,000 forcibly displaced persons from Nagorno-Karabakh registered in Armenia - Interior Ministry",
    published="2023-10-13", published_given=True,
    published_in_text=dict(surface="By Anush Sargsyan | 13.10.2023", date="2023-10-13", how="byline"),
    captions=["Displaced people queue at the humanitarian centre in Goris on 26 September. Photo: Azdarar Online"],
    not_places=[("Shushan", "given name of the ministry spokeswoman (Shushan Martirosyan); 'Shushan' is a GeoNames "
                            "alternate name of Susanj, Montenegro (3318488) and close to Shusha")],
    patterns=["P-byline-date", "P-headline-rounded-figure", "P-headline-attribution-dash", "P-relay-chain",
              "P-as-of-clock", "P-cumulative", "P-of-whom-breakdown", "P-part-not-breakdown", "P-region-list-parts",
              "P-province-names", "P-registration-closed", "P-not-a-single", "P-since-date", "P-money-not-count",
              "P-present-perfect-so-far", "P-aid-figures", "P-most-of-them", "P-relative-weekday",
              "P-patients-transfer", "P-evacuation", "P-range-remain", "P-official-title-name",
              "P-given-name-place", "P-caption-credit"],
    traps=["the headline's 'Over 100,000' rounds the body's 100,514 and the body never writes 100,000: its own "
           "from_headline claim, dated like the body",
           "'As of 18:00 on October 12 … 100,514 …, of whom 47,902 are men and 52,612 women' = one claim with its "
           "breakdown (sums); '30,388 minors' is a part (note)",
           "parts by province ending with 'the rest spread over the other provinces' are notes, not claims; Kotayk "
           "and Ararat = provinces (null), not the village and the town",
           "the registration point 'closed on October 5' = other (a desk, not a road); 'no new arrivals … since "
           "then' = 0, exact",
           "'100,000 drams' is money; '94,160 people' paid and '15,820 children' enrolled = two other claims, "
           "'so far' = publication day",
           "'2,640 … have left Armenia since October 1' = period to publication; 'most of them for the Russian "
           "Federation' is a part (destination not stated for all)",
           "'on Wednesday' in a Friday report = 11 October 2023; 'unable to leave in September' is background",
           "'Between 500 and 800' = at_least 500, upper bound in the note",
           "'Shushan' is the spokeswoman's given name, not a place"],
    mentions=[
        MM("Nagorno-Karabakh", "karabakh"), MM("Armenia", "armenia"),
        MM("Armenia", "armenia", note="'the Ministry of Internal Affairs of Armenia'"),
        MM("Nagorno-Karabakh", "karabakh"),
        MM("Yerevan", "yerevan"),
        MM("Kotayk", None, "region", note="Kotayk province; not the village Kotayk (GeoNames 616522)"),
        MM("Ararat", None, "region", note="Ararat province; not the town Ararat (GeoNames 174991)"),
        MM("Kornidzor", "kornidzor", note="'the Kornidzor humanitarian hub' (facility noun left out)"),
        MM("Nagorno-Karabakh", "karabakh", note="'a Nagorno-Karabakh registration'"), MM("Armenia", "armenia"),
        MM("Russian Federation", "russia", note="gazetteer 'russia' (alias 'Russian Federation')"),
        MM("Stepanakert", "khankendi"), MM("Armenia", "armenia"),
        MM("Hakari bridge", "hakari-bridge", "bridge", note=LCP),
        MM("Stepanakert", "khankendi"),
        MM("Goris", "goris", note="caption"),
    ],
    claims=[
        CC("Over 100,000 forcibly displaced persons from Nagorno-Karabakh registered in Armenia - Interior Ministry",
           "population_movement", *D("2023-10-12"), from_headline=True, count=100000, q="at_least", unit="people",
           origin="karabakh", destination="armenia", claimant=MIA,
           note="stated only in the headline: 'Over 100,000' rounds the body's 100,514 (never written in the body); "
                "dated like the body's 'As of 18:00 on October 12'; 'Over' = at_least"),
        CC("\"As of 18:00 on October 12, the Migration and Citizenship Service has registered 100,514 forcibly "
           "displaced persons from Nagorno-Karabakh, of whom 47,902 are men and 52,612 women.",
           "population_movement", *D("2023-10-12"), count=100514, q="exact", unit="people",
           breakdown=[(47902, "men"), (52612, "women")], origin="karabakh", destination="armenia", claimant=MIA,
           note="cumulative registrations as of 18:00 on 12 October 2023 (start not stated), labelled like "
                "eval-real-2's registrations; the two parts sum to the total; '30,388 minors' (next sentence) is a "
                "part, not a breakdown; " + REGP),
        CC(G4, "other", *D("2023-10-05"), place="kornidzor", claimant=MIA,
           note="closure of a registration point = other, not restriction (as eval-real labels registration desks); "
                "'October 5' (2023)"),
        CC(G4, "population_movement", "2023-10-05", "2023-10-13", "period", count=0, q="exact", unit="people",
           destination="kornidzor", claimant=MIA,
           note="second claim: 'no new arrivals … since then' = 0, exact (as 'no civilian vehicle'); 5 October to "
                "the statement's publication"),
        CC(G5, "other", *D("2023-10-13"), count=94160, q="exact", unit="people", place="armenia", claimant=MIA,
           note="aid paid to people = other; 'so far' = as of the statement; '100,000 drams' is money, not a count"),
        CC(G5, "other", *D("2023-10-13"), count=15820, q="exact", unit="children", place="armenia", claimant=MIA,
           note="second claim: children enrolled in schools (other), as of the statement"),
        CC("According to the border service, 2,640 people with a Nagorno-Karabakh registration have left Armenia "
           "since October 1, most of them for the Russian Federation.", "population_movement", "2023-10-01",
           "2023-10-13", "period", count=2640, q="exact", unit="people", origin="armenia",
           claimant="the Armenian border service, cited by Armenia's Ministry of Internal Affairs",
           note="'since October 1' (2023) to publication; 'most of them for the Russian Federation' is a part, so "
                "destination null"),
        CC("Ministry spokeswoman Shushan Martirosyan told Azdarar Online that on Wednesday the Red Cross had "
           "evacuated 17 bedridden patients from Stepanakert to Armenia across the Hakari bridge, most of them "
           "elderly people who had been unable to leave in September.", "population_movement", *D("2023-10-11"),
           count=17, q="exact", unit="patients", origin="khankendi", destination="armenia", via="hakari-bridge",
           claimant=SHU,
           note="ICRC evacuation of patients; 'on Wednesday' before Friday 13 October 2023 = 11 October; 'most of "
                "them elderly' is a part; 'unable to leave in September' is background, not a claim"),
        CC("Between 500 and 800 Armenians are believed to remain in Stepanakert and nearby villages, she said, citing "
           "humanitarian organizations.", "stock", *D("2023-10-13"), count=500, q="at_least", unit="people",
           place="khankendi", claimant=SHU,
           note="range = lower bound, at_least; upper bound 800; present-tense stock in a dated text = publication "
                "day; place = Stepanakert (and nearby villages)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Local outlet (Syunik weekly site). Thursday 27 January 2022; given. Printed line
#    "MEGHRI VOICE | Thursday, 27 January 2022".
# ----------------------------------------------------------------------------------------------------------
MV = "Meghri Voice"
SRC = "Armenia's State Revenue Committee"
KMR = ("the Kajaran–Meghri section of the Kapan–Meghri–Agarak road over the Tashtun pass")
E3 = ("According to the State Revenue Committee, 286 trucks passed through the Agarak–Norduz border crossing on "
      "Monday, 171 of them entering Armenia, but only 64 on Wednesday.")
DOCS.append(dict(
    doc_id="a-local-meghri-tashtun-jan-2022", style="local", side="armenian",
    outlet="Meghri Voice (fictional local news site, Syunik)",
    title="Tashtun pass closed again, trucks pile up in Agarak",
    published="2022-01-27", published_given=True,
    published_in_text=dict(surface="MEGHRI VOICE | Thursday, 27 January 2022", date="2022-01-27",
                           how="printed date under headline"),
    captions=["Trucks wait on the road into Agarak on Wednesday. Photo: Meghri Voice",
              "The Tashtun pass after a snowfall in February 2021. Photo: Meghri Voice archive"],
    not_places=[("Mane", "given name of the mayor (Mane Hakobyan); Mane is a commune in France (GeoNames 2996234) "
                         "and a place in Burkina Faso")],
    patterns=["P-weekday-date-line", "P-outlet-toponym", "P-closure-no-count", "P-since-weekday",
              "P-relative-today", "P-nested-road", "P-vague-tens", "P-stock-waiting", "P-vague-plural",
              "P-nested-crossing", "P-of-them-direction", "P-relative-weekday", "P-range-count", "P-rate",
              "P-convoy", "P-clock-not-count", "P-turned-back", "P-relative-week", "P-days-list",
              "P-duration-not-count", "P-overnight", "P-about-count", "P-detention", "P-projection-not-claim",
              "P-official-title-name", "P-given-name-place", "P-caption-credit", "P-caption-old-date"],
    traps=["'since Tuesday evening' in a Thursday item = 25-27 January 2022; a closure without a count",
           "'the Kajaran–Meghri section of the interstate road' = the Kapan–Meghri–Agarak road (the road it belongs "
           "to), with inside; 'Tashtun pass' has no id",
           "'Dozens of trucks … are waiting in Agarak' and 'trucks are also queuing on the Norduz side' = vague "
           "stocks (waiting, not a closure)",
           "'286 trucks … on Monday, 171 of them entering Armenia, but only 64 on Wednesday' = three claims "
           "(crossing, entry, crossing); the other direction (115) is never derived",
           "'400 to 450 trucks a day' = a range rate: at_least 400, upper bound in the note",
           "'A convoy of 38 trucks … at 6 a.m. yesterday, but had to turn back' = one crossing claim; '6 a.m.' is a "
           "clock time",
           "'Last week … for two days, on January 18 and 19' = days; 'two days' is a duration",
           "'About 30 drivers spent last night' = a stock over the night of 26-27 January",
           "'detained two Iranian drivers on Monday' = detention, 2",
           "'expects to reopen the pass on Friday afternoon if the snowfall stops' = a projection, not a claim",
           "'the customs post in Agarak', 'the Agarak school', 'Agarak mayor' = the Syunik border town (agarak); "
           "'Agarak–Norduz border crossing' = the crossing",
           "'MEGHRI VOICE' / 'Meghri Voice' = toponym in the outlet's name (Meghri)",
           "'Mane' is the mayor's given name, not a place",
           "the second caption ends in an old date (February 2021)"],
    mentions=[
        MM("Tashtun pass", None, "other", note="mountain pass on the Kajaran-Meghri road; not in the gazetteer or "
                                               "cities500"),
        MM("Agarak", "agarak", note="the Syunik border town (GeoNames 175008), not Agarak in Lori or Aragatsotn"),
        MM("MEGHRI", "meghri", note="'MEGHRI VOICE': toponym in the outlet's name"),
        MM("Kajaran–Meghri section", "kapan-meghri-agarak", "road",
           note="a section of the Kapan–Meghri road named by its ends (en dash); labelled with the road it belongs "
                "to (as eval-real-2 labels 'Goris–Vorotan section')",
           inside=[("Kajaran", "gn:174880"), ("Meghri", "meghri")]),
        MM("Tashtun pass", None, "other", note="mountain pass; not in the gazetteer or cities500"),
        MM("Syunik", "syunik", note="'the Syunik rescue service'; " + SYU),
        MM("Agarak", "agarak"), MM("Meghri", "meghri"),
        MM("Meghri", "meghri", note="'Meghri Voice': toponym in the outlet's name"),
        MM("Norduz", "agarak-norduz", note="'the Norduz side' of the crossing"),
        MM("Agarak–Norduz border crossing", "agarak-norduz", "border_crossing",
           note="the crossing named by its two sides (en dash), one mention",
           inside=[("Agarak", "agarak"), ("Norduz", "agarak-norduz")]),
        MM("Armenia", "armenia"),
        MM("Agarak", "agarak", note="'the customs post in Agarak': the town (as eval-real-2 labels 'the Armenian "
                                    "checkpoint in Agarak')"),
        MM("Meghri", "meghri"), MM("Kajaran", "gn:174880", note=KAJ),
        MM("Agarak", "agarak", note="'the Agarak school': toponym as modifier"),
        MM("Agarak", "agarak", note="'Agarak mayor'"),
        MM("Agarak", "agarak"),
        MM("Agarak", "agarak", note="caption"),
        MM("Meghri", "meghri", note="caption; 'Photo: Meghri Voice', toponym in the outlet's name"),
        MM("Tashtun pass", None, "other", note="caption; mountain pass, no id"),
        MM("Meghri", "meghri", note="caption; outlet name"),
    ],
    claims=[
        CC("The Kajaran–Meghri section of the interstate road over the Tashtun pass has been closed to heavy "
           "vehicles since Tuesday evening because of snow and ice, the Syunik rescue service said this morning.",
           "restriction", "2022-01-25", "2022-01-27", "period", unit="vehicles", via="kapan-meghri-agarak",
           claimant="the Syunik rescue service",
           note="a closure without a count; 'since Tuesday evening' in a Thursday item = 25 January 2022 to "
                "publication; the pass has no id, so place null; road = " + KMR),
        CC("Dozens of trucks, most of them with Iranian number plates, are waiting in Agarak and along the road to "
           "Meghri, drivers told Meghri Voice.", "stock", *D("2022-01-27"), flag="vague_count", q="unspecified",
           unit="trucks", place="agarak", claimant="truck drivers, speaking to Meghri Voice",
           note="'Dozens' = vague; trucks waiting = stock (the text asserts waiting), present tense = publication "
                "day; 'most of them with Iranian number plates' is a part"),
        CC("Drivers say trucks are also queuing on the Norduz side.", "stock", *D("2022-01-27"),
           flag="vague_count", q="unspecified", unit="trucks", place="agarak-norduz", claimant="truck drivers",
           note="a bare plural = vague; present tense = publication day"),
        CC(E3, "crossing", *D("2022-01-24"), count=286, q="exact", unit="trucks", via="agarak-norduz",
           claimant=SRC, note="'on Monday' before Thursday 27 January 2022 = 24 January; both directions = crossing"),
        CC(E3, "entry", *D("2022-01-24"), count=171, q="exact", unit="trucks", destination="armenia",
           via="agarak-norduz", claimant=SRC,
           note="second claim: the part 'entering Armenia' (a split by direction is its own claim); the other "
                "direction is never derived; origin not written"),
        CC(E3, "crossing", *D("2022-01-26"), count=64, q="exact", unit="trucks", via="agarak-norduz",
           claimant=SRC, note="third claim: 'only 64 on Wednesday' = 26 January 2022; 'only' does not change the count"),
        CC("In normal weather the customs post in Agarak clears 400 to 450 trucks a day.", "crossing",
           *D("2022-01-27"), count=400, q="at_least", unit="trucks", place="agarak", claimant=MV,
           note="rate ('a day'); range = lower bound, at_least; upper bound 450; a present-tense rate in a dated "
                "text is dated to publication (as eval-real-2 dates such rates), although it describes normal "
                "weather; place = the customs post's town (the crossing is not named in the sentence, so via null)"),
        CC("A convoy of 38 trucks led by a rescue team left Meghri for Kajaran at 6 a.m. yesterday, but had to turn "
           "back below the pass.", "crossing", *D("2022-01-26"), count=38, q="exact", unit="trucks",
           origin="meghri", destination="gn:174880", claimant=MV,
           note="a convoy inside Armenia (no border direction) = crossing; 'yesterday' = 26 January 2022; '6 a.m.' is "
                "a clock time; it turned back (the movement as stated, from Meghri towards Kajaran); 'a rescue team' "
                "is not counted; the route is not named in the sentence, so via null"),
        CC("Last week the road was closed for two days, on January 18 and 19.", "restriction", "2022-01-18",
           "2022-01-19", "days", dates=["2022-01-18", "2022-01-19"], via="kapan-meghri-agarak", claimant=MV,
           note="closure without a count on 18 and 19 January 2022 (inside 'Last week', 17-23 January); 'two days' is "
                "a duration"),
        CC("About 30 drivers spent last night in the gym of the Agarak school, which the community opened for them, "
           "Agarak mayor Mane Hakobyan said.", "stock", "2022-01-26", "2022-01-27", "period", count=30, q="about",
           unit="drivers", place="agarak", claimant="Mane Hakobyan, mayor of Agarak",
           note="people waiting (stock); 'last night' in a Thursday item = the night of 26-27 January 2022; the "
                "shelter opened by the community is a background clause, not a separate claim"),
        CC("Customs officers in Agarak detained two Iranian drivers on Monday after finding undeclared cigarettes "
           "hidden in their trailers, the State Revenue Committee said.", "detention", *D("2022-01-24"), count=2,
           q="exact", unit="drivers", place="agarak", claimant=SRC,
           note="'two' (words); 'on Monday' = 24 January 2022; the goods are not counted"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Azerbaijani portal, HTML page. Thursday 21 July 2022; NOT given. The date is only in the JSON-LD
#    "datePublished" of the page head (no visible date), so dates resolve against 2022-07-21.
# ----------------------------------------------------------------------------------------------------------
GUN = "Gundem"
SCR = "Azerbaijan's State Committee for Refugees and IDPs"
F2 = ("The convoy of 11 families, or 49 people, set off this morning from the Zangilan settlement in Masazir, in "
      "Absheron district, where the families had lived for almost three decades, the State Committee for Refugees "
      "and IDPs said.")
F3 = ("On Tuesday, the first 10 families, 43 people in all, moved into new houses in Aghali, becoming the first "
      "former IDPs to return to the liberated territories.")
F4 = "Thus, 21 families (92 people) have been resettled in the village so far."
AGH = "Aghali has no id (not in the gazetteer nor in cities500), so destination null"
DOCS.append(dict(
    doc_id="a-html-az-portal-aghali-return-jul-2022", style="azerbaijani", side="azerbaijani",
    outlet="Gundem (fictional Azerbaijani news portal)",
    title="Second group of IDP families returns to Zangilan's Aghali village",
    published="2022-07-21", published_given=False,
    html_file="a-html-az-portal-aghali-return-jul-2022.html",
    published_in_text=dict(surface="2022-07-21T12:15:00+04:00", date="2022-07-21", how="html meta"),
    captions=["Aghali village during its reconstruction in April 2021. Photo: Gundem archive"],
    not_places=[("Tabriz", "given name of a returnee (Tabriz Mammadov), common in Azerbaijan; Tabriz is a city in "
                           "Iran (GeoNames 113646)")],
    patterns=["P-html-jsonld", "P-great-return", "P-resettlement", "P-convoy",
              "P-or-people", "P-relative-today", "P-duration-not-count", "P-relative-weekday", "P-in-all",
              "P-bracket-people", "P-present-perfect-so-far", "P-running-tally", "P-future-weekday",
              "P-age-not-count", "P-stock-population", "P-about-count", "P-lead-restates", "P-idp-township",
              "P-nested-road", "P-district-of-city", "P-given-name-place", "P-caption-credit", "P-caption-old-date"],
    traps=["the publication date is only in the JSON-LD 'datePublished' of the page head (no visible date); the "
           "date is not given, but the page gives it, so 'this morning', 'On Tuesday' and 'on Saturday' resolve "
           "against Thursday 21 July 2022; labels are on the companion .txt",
           "the lead ('A second group … has returned') restates the counted movement: not labelled again",
           "'11 families, or 49 people', 'the first 10 families, 43 people in all', '21 families (92 people)' = "
           "two claims each (two units, not a breakdown)",
           "'21 families (92 people) have been resettled … so far' = running total, as of publication",
           "'The remaining 20 families … will move on Saturday' = a future movement (23 July 2022)",
           "'for almost three decades' is a duration; '33' and '62' are ages",
           "'about 1,500 people lived in the three Aghali villages' before October 1993 = undated stock; the "
           "occupation is a background clause",
           "'the Zangilan settlement in Masazir' = the IDP township named after the district (no id), not the town "
           "Zangilan; 'Zangilan district' = the town's id; 'Absheron district' = null region",
           "'Horadiz–Aghband highway' = a null road with inside; 'Nakhchivan Autonomous Republic' one mention",
           "'Tabriz' is a returnee's given name, not the Iranian city",
           "the caption ends in an old date (April 2021)"],
    mentions=[
        MM("Zangilan", "gn:146901", note="'Zangilan's Aghali village': the district, named after its town "
                                         "Zangilan (GeoNames 146901)"),
        MM("Aghali", None, "settlement", note="Aghali village, Zangilan district: not in the gazetteer nor in "
                                              "cities500"),
        MM("Aghali", None, "settlement", note="not in the gazetteer nor in cities500"),
        MM("Zangilan", "gn:146901", note="'Zangilan district': " + DIST),
        MM("Zangilan settlement", None, "settlement",
           note="the IDP township 'Zangilan settlement' in Masazir (Absheron), named after the district: a "
                "different place from the town Zangilan, no id"),
        MM("Masazir", None, "settlement", note="Masazir, Absheron district: not in the gazetteer nor in cities500"),
        MM("Absheron", None, "region", note="Absheron district: not in the gazetteer"),
        MM("Aghali", None, "settlement", note="not in the gazetteer nor in cities500"),
        MM("Aghali", None, "settlement", note="inside a quotation"),
        MM("Aghali", None, "settlement", note="'the three Aghali villages' (Aghali I, II, III)"),
        MM("Horadiz–Aghband highway", None, "road",
           note="the highway named by its ends (en dash); not in the gazetteer",
           inside=[("Horadiz", "gn:148003"), ("Aghband", None)]),
        MM("Zangezur corridor", "zangezur-corridor", "corridor", note="the proposed corridor, not Kapan"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Nakhchivan Autonomous Republic", "nakhchivan-ar", note="one mention; the autonomous republic"),
        MM("Aghali", None, "settlement", note="caption"),
    ],
    claims=[
        CC(F2, "population_movement", *D("2022-07-21"), count=11, q="exact", unit="families", claimant=SCR,
           note="resettlement convoy; 'this morning' = the page date (21 July 2022); origin = the IDP township, "
                "destination Aghali: neither has an id, so both null; 'almost three decades' is a duration"),
        CC(F2, "population_movement", *D("2022-07-21"), count=49, q="exact", unit="people", claimant=SCR,
           note="second claim: the same movement in people ('or 49 people'), another unit, not a breakdown"),
        CC(F3, "population_movement", *D("2022-07-19"), count=10, q="exact", unit="families", claimant=GUN,
           note="'On Tuesday' before Thursday 21 July 2022 = 19 July; " + AGH + "; not attributed in the sentence, "
                "so the outlet"),
        CC(F3, "population_movement", *D("2022-07-19"), count=43, q="exact", unit="people", claimant=GUN,
           note="second claim: '43 people in all' (exact), the same movement in people"),
        CC(F4, "population_movement", *D("2022-07-21"), count=21, q="exact", unit="families", claimant=GUN,
           note="present-perfect running total 'so far' = as of publication (start not stated); " + AGH),
        CC(F4, "population_movement", *D("2022-07-21"), count=92, q="exact", unit="people", claimant=GUN,
           note="second claim: the bracket gives the same total in people, not a breakdown"),
        CC("The remaining 20 families on the first list will move on Saturday, the committee said.",
           "population_movement", *D("2022-07-23"), count=20, q="exact", unit="families", claimant=SCR,
           note="a planned movement (future), labelled with its date as planned visits are: 'on Saturday' after "
                "Thursday 21 July 2022 = 23 July"),
        CC("Before the occupation in October 1993, about 1,500 people lived in the three Aghali villages.", "stock",
           count=1500, q="about", unit="people", claimant=GUN,
           note="a population description before the occupation: undated (as eval-real labels 'lived in the "
                "region before the offensive'); 'in October 1993' is a background clause, not a separate claim; "
                "the villages have no id, so place null"),
    ],
))


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
               "Abovyan", "Vanadzor", "Berdzor", "Zangilan", "Aghali", "Masazir", "Absheron", "Horadiz", "Aghband",
               "Nakhchivan Autonomous Republic", "Republic of Azerbaijan", "Aras", "Russian Federation", "Fuzuli",
               "Sumgayit", "Nor", "Sina", "SNA", "Shushan", "Mane", "Sahand"]
