"""Write the HELD-OUT real-phrasing label files (<doc_id>.json) from the hand-written specs below.

HELD OUT: these texts and labels were written without reading or running geo/geoparse.py, geo/extract/*,
geo/evaluate.py or `corridor-watch eval`, and without looking at any extractor output. Do not tune against
this folder (see README.md here).

The texts are fictional, modelled on the phrasing of real published reports (listed in README.md; no report
text is copied). The labels are a careful analyst's reading of each text. This script only turns that reading
into offsets: every mention is found with str.find, in reading order, as a whole word; every claim sentence is
found as an exact, unique substring (tests/data/label_tools.py does both).

    .venv/bin/python tests/data/eval-real-holdout/build_labels.py           # write the JSON files
    .venv/bin/python tests/data/eval-real-holdout/build_labels.py --check   # also verify everything and list
                                                                             # each name occurrence no mention or
                                                                             # not_places entry covers

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools (imported, never edited)
from label_tools import C, month  # noqa: E402
from real_holdout_builder import make  # noqa: E402



# --------------------------------------------------------------------------------------------
# spec helpers (wrapping label_tools.M / label_tools.C with the real-schema additions)
# --------------------------------------------------------------------------------------------
def M(surface, pid, kind=None, note=None, inside=None):
    """A mention; inside = [(surface, place_id), ...] for a road or crossing named by its ends."""
    return dict(surface=surface, pid=pid, kind=kind, note=note, inside=inside)


def CL(sentence, kind, date_start=None, date_end=None, date_precision="unknown", *, flag=None, headline=False,
       **kw):
    """A claim: label_tools.C plus the real-schema fields flag and from_headline."""
    c = C(sentence, kind, date_start, date_end, date_precision, **kw)
    c["flag"] = flag
    c["from_headline"] = headline
    return c


def days(*isos):
    return dict(dates=list(isos))


YU = "year_unknown"
RU = "relative_unknown"
VC = "vague_count"

DOCS = []

# --------------------------------------------------------------------------------------------
# 1. Wire (AFP/Reuters style). Wednesday 27 September 2023. Publication date given.
# --------------------------------------------------------------------------------------------
TCP = "TCP (the wire service itself)"
DOCS.append(dict(
    doc_id="wire-exodus-kornidzor-sep-2023", style="wire", side="international wire",
    outlet="Transcontinental Press (TCP), a fictional international wire service",
    title="Karabakh exodus: cars cross Hakari bridge at 900 an hour, border guards say",
    published="2023-09-27", published_given=True,
    published_in_text=dict(surface="KORNIDZOR, Armenia, Sept 27 (TCP) —", date=None, how="dateline"),
    captions=["A Russian peacekeeper at a post on the road near Lachin in November 2020. Photo: TCP/File"],
    not_places=[("Narek", "a driver's given name; Narek is a village in Ararat province, Armenia (GeoNames 7647812)"),
                ("Balayan", "the driver's surname; Balayan is a town in Batangas, Philippines (GeoNames 1728336)"),
                ("TCP", "the wire service's acronym; 'TCP' is a GeoNames alternate name of Taba, Egypt (347702)")],
    patterns=["P01 wire dateline with country (day and month, no year)", "P06 byline line",
              "P11 figure only in the headline (a rate)", "P12 caption with an old year",
              "P14 exact count with unit", "P16 partial 'of them' (children)", "P17 vague 'Several hundred'",
              "P19 rate ('900 an hour')", "P20 cumulative 'since Sunday'", "P24 'lived in' stock",
              "P30 evacuation of the injured (helicopter)", "P31 buses", "P33 arrivals at a reception point",
              "P34 detention at the checkpoint (no name)", "P38 given name and surname that are places",
              "P39 agency acronym near place names", "P44 relative weekdays ('Monday's explosion', 'on Tuesday')",
              "P47 time-of-day anchor ('By 6 a.m.')"],
    traps=["a rate stated only in the headline", "dateline 'KORNIDZOR, Armenia, Sept 27 (TCP) —' opening the first "
           "claim sentence", "caption ending in 'November 2020' is not a claim", "'Narek Balayan': given name and "
           "surname are GeoNames places", "'Lachin checkpoint' = the Hakari bridge checkpoint, not the town",
           "'Twelve of them' to Sisian: a part with its own destination", "'a former Karabakh official' = 1 detainee",
           "'Before the offensive ... lived in' is a stock with no date", "'90-kilometre' and '31 hours' are incidental"],
    mentions=[
        M("Karabakh", "karabakh"), M("Hakari bridge", "hakari-bridge"),
        M("Lachin", "lachin", note="'near Lachin' in the caption: the town"),
        M("KORNIDZOR", "kornidzor", note="dateline in capitals"), M("Armenia", "armenia"),
        M("Hakari bridge", "hakari-bridge"), M("Armenia", "armenia"), M("Nagorno-Karabakh", "karabakh"),
        M("Armenia", "armenia"), M("Karabakh", "karabakh"), M("Yerevan", "yerevan"),
        M("Askeran", "gn:148450", note="Askeran/Askyaran in Karabakh (GeoNames 148450 lists 'Askeran')"),
        M("Kornidzor", "kornidzor"),
        M("Goris", "goris"), M("Kornidzor", "kornidzor"), M("Goris", "goris"),
        M("Karabakh", "karabakh"), M("Azerbaijan", "azerbaijan"),
        M("Stepanakert", "khankendi"), M("Armenia", "armenia"), M("Sisian", "gn:174763"),
        M("Baku", "baku", note="'In Baku': where the State Border Service spoke"),
        M("Karabakh", "karabakh", note="modifier in 'a former Karabakh official'"),
        M("Lachin checkpoint", "hakari-bridge", "border_crossing",
          note="Azerbaijan's checkpoint at the Hakari bridge (gazetteer alias 'Lachin checkpoint'), not the town"),
    ],
    claims=[
        CL("Karabakh exodus: cars cross Hakari bridge at 900 an hour, border guards say",
           "crossing", "2023-09-27", "2023-09-27", "day", count=900, q="exact", unit="cars",
           via="hakari-bridge", claimant="border guards (unnamed, in the headline)", headline=True,
           note="rate ('an hour'); stated only in the headline, the body never gives it; present tense read as the "
                "day of publication; direction not stated"),
        CL("KORNIDZOR, Armenia, Sept 27 (TCP) — Cars piled high with mattresses and suitcases crawled across the "
           "Hakari bridge into Armenia on Wednesday, as the exodus of ethnic Armenians from Nagorno-Karabakh entered "
           "its fourth day.",
           "entry", "2023-09-27", "2023-09-27", "day", count=None, q="unspecified", unit="cars", flag=VC,
           origin="karabakh", destination="armenia", via="hakari-bridge", claimant=TCP,
           note="plural 'Cars' with no number; 'on Wednesday' = 27 September 2023 (the dateline day); 'its fourth "
                "day' is a duration"),
        CL("By 6 a.m., 47,310 people had arrived in Armenia from Karabakh since Sunday, government spokeswoman Anush "
           "Nazaryan told reporters in Yerevan.",
           "population_movement", "2023-09-24", "2023-09-27", "period", count=47310, q="exact", unit="people",
           origin="karabakh", destination="armenia",
           claimant="the Armenian government (spokeswoman Anush Nazaryan)",
           note="'since Sunday' = from 24 September to 6 a.m. on 27 September 2023; the next sentence's 'About 9,000 "
                "of them were children' is a part, not a breakdown"),
        CL("Several hundred people waited in the village square for buses to Goris, the nearest town, where the "
           "authorities have turned schools and a sports hall into shelters.",
           "stock", "2023-09-27", "2023-09-27", "day", count=None, q="unspecified", unit="people", flag=VC,
           place="kornidzor", claimant=TCP,
           note="'Several hundred' is vague; people who are somewhere (waiting), not a movement; 'the village "
                "square' = Kornidzor (the dateline); the scene of the dateline day"),
        CL("Officials said 64 buses had left Kornidzor for Goris since Tuesday evening.",
           "population_movement", "2023-09-26", "2023-09-27", "period", count=64, q="exact", unit="buses",
           origin="kornidzor", destination="goris", claimant="officials (unnamed)",
           note="buses carrying refugees; 'since Tuesday evening' = 26 September to publication"),
        CL("Before the offensive, about 120,000 Armenians lived in Karabakh, according to the region's authorities.",
           "stock", count=120000, q="about", unit="people", place="karabakh",
           claimant="the region's (Karabakh's) authorities",
           note="'Before the offensive' (of 19 September 2023) gives no date: date unknown"),
        CL("The Armenian Health Ministry said 231 people injured in Monday's explosion at a fuel depot near "
           "Stepanakert had been flown or driven to hospitals in Armenia.",
           "population_movement", "2023-09-25", "2023-09-27", "period", count=231, q="exact", unit="people",
           destination="armenia", claimant="the Armenian Health Ministry",
           note="an evacuation of the injured; 'Monday' = 25 September 2023, the transfers between then and "
                "publication; origin not stated (the depot was near Stepanakert); the explosion itself is the "
                "cause, not labelled separately"),
        CL("Twelve of them were taken by helicopter to Sisian, it said.",
           "population_movement", "2023-09-25", "2023-09-27", "period", count=12, q="exact", unit="people",
           destination="gn:174763", claimant="the Armenian Health Ministry",
           note="a part of the 231 with its own destination (like a directional part: a separate claim); the "
                "period of the previous sentence; count in words"),
        CL("In Baku, the State Border Service said its officers had detained a former Karabakh official at the "
           "Lachin checkpoint on Tuesday.",
           "detention", "2023-09-26", "2023-09-26", "day", count=1, q="exact", unit="people",
           place="hakari-bridge", claimant="Azerbaijan's State Border Service",
           note="'a former Karabakh official' = one person, not named; 'on Tuesday' = 26 September 2023"),
    ],
))

# --------------------------------------------------------------------------------------------
# 2. Russian agency, English service (TASS style). Saturday 23 September 2023. Date given.
# --------------------------------------------------------------------------------------------
MOD = "the Russian Defence Ministry"
DOCS.append(dict(
    doc_id="russian-peacekeepers-aid-sep-2023", style="russian", side="Russian",
    outlet="Polyus-Inform, a fictional Russian news agency (English service)",
    title="Russian peacekeepers deliver 52 tonnes of aid to Stepanakert, shelter 1,300 civilians",
    published="2023-09-23", published_given=True,
    published_in_text=dict(surface="MOSCOW, September 23. /Polyus-Inform/.", date=None, how="dateline"),
    captions=[],
    not_places=[("Orlov", "the ministry spokesman's surname; Orlov is a town in Kirov oblast, Russia "
                          "(GeoNames 550785)"),
                ("Pavel", "the spokesman's given name; a GeoNames alternate name of Pavel Banya, Bulgaria (728389)")],
    patterns=["P02 Russian agency dateline 'CITY, Month Day. /AGENCY/.' without a year",
              "P11 figure only in the headline (tonnes) beside a headline figure the body repeats",
              "P14 exact counts", "P16 partial 'among them' (children)", "P17 vague '\"dozens\"'",
              "P18 lower bound 'more than'", "P23 'remain under the protection' stock",
              "P29 convoy ('A column of 11 KamAZ trucks')", "P30 evacuations and ambulances",
              "P35 'the ministry's spokesman ... told reporters'", "P38 surname that is a place",
              "P41 double name 'Stepanakert (Khankendi)'", "P43 'September 19-20' without a year",
              "P44 'on Saturday', 'on Friday evening', 'Since Wednesday', 'on Thursday', 'in the past 24 hours'",
              "P45 'since November 10, 2020'"],
    traps=["the headline's 52 tonnes is not in the body (body: 'more than 40 tonnes'); the headline's 1,300 "
           "civilians is the body's 1,312 and is labelled once, on the body", "MOSCOW dateline, events in Karabakh",
           "'Stepanakert airport': the toponym inside a facility name is labelled", "'Martakert and Askeran "
           "districts'", "'towards the Armenian border' names no place", "'no ceasefire violations' = 0",
           "'\"dozens\"' in quotation marks", "'They were evacuated': the count is not restated"],
    mentions=[
        M("Stepanakert", "khankendi"),
        M("MOSCOW", "gn:524901", note="dateline in capitals"),
        M("Stepanakert", "khankendi"), M("Khankendi", "khankendi", note="'Stepanakert (Khankendi)': two mentions"),
        M("Goris", "goris"), M("Lachin corridor", "lachin-corridor"),
        M("Stepanakert", "khankendi", note="inside 'Stepanakert airport' (the airport is a facility)"),
        M("Martakert", None, "region",
          note="the Martakert district of Karabakh; neither the district nor the town is in the gazetteer or "
               "cities500"),
        M("Askeran", "gn:148450", note="'the Askeran district': the district named after the town (GeoNames 148450 "
                                       "Askyaran), the common noun left out, as eval-holdout does for Martuni"),
        M("Stepanakert", "khankendi"),
        M("Lachin corridor", "lachin-corridor"),
        M("Yerevan", "yerevan"), M("Karabakh", "karabakh", note="modifier in 'Karabakh residents'"),
        M("Armenia", "armenia"), M("Kornidzor", "kornidzor"),
        M("Baku", "baku", note="metonymy for the government of Azerbaijan"),
        M("Karabakh", "karabakh", note="in 'the Karabakh Armenians'"),
        M("Yevlakh", "gn:584649"), M("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's presidential administration'"),
        M("Russia", "russia", note="in 'Russia's peacekeeping contingent'"), M("Nagorno-Karabakh", "karabakh"),
        M("Russia", "russia"), M("Azerbaijan", "azerbaijan"), M("Armenia", "armenia"),
    ],
    claims=[
        CL("Russian peacekeepers deliver 52 tonnes of aid to Stepanakert, shelter 1,300 civilians",
           "crossing", "2023-09-22", "2023-09-22", "day", count=52, q="exact", unit="tonnes",
           destination="khankendi", claimant="Polyus-Inform (headline)", headline=True,
           note="a delivery (convoy); 52 tonnes appears only in the headline (the body says 'more than 40 tonnes'); "
                "dated to the delivery the body gives (Friday evening, 22 September 2023); the headline's '1,300 "
                "civilians' is the body's 1,312 and is labelled on the body"),
        CL("MOSCOW, September 23. /Polyus-Inform/. Russian peacekeepers have delivered more than 40 tonnes of "
           "humanitarian cargo to Stepanakert (Khankendi), including flour, food rations and hygiene kits, the "
           "Russian Defence Ministry said on Saturday.",
           "crossing", "2023-09-22", "2023-09-22", "day", count=40, q="at_least", unit="tonnes",
           destination="khankendi", claimant=MOD,
           note="a convoy delivery; the next sentence dates it (Friday evening, 22 September 2023); 'on Saturday' "
                "(23 September) is the statement; 'including flour ...' is not a partition"),
        CL("\"A column of 11 KamAZ trucks escorted by peacekeepers arrived from Goris via the Lachin corridor on "
           "Friday evening,\" the ministry's spokesman, Major General Pavel Orlov, told reporters.",
           "crossing", "2023-09-22", "2023-09-22", "day", count=11, q="exact", unit="trucks", origin="goris",
           via="lachin-corridor", claimant="Major General Pavel Orlov, spokesman of the Russian Defence Ministry",
           note="convoy; 'on Friday evening' = 22 September 2023; the arrival place (Stepanakert) is only in the "
                "previous sentence, so destination is null"),
        CL("At the contingent's base near Stepanakert airport, 1,312 civilians, among them 598 children, remain under "
           "the protection of the peacekeepers, the ministry said.",
           "stock", "2023-09-23", "2023-09-23", "day", count=1312, q="exact", unit="civilians", place="khankendi",
           claimant=MOD,
           note="'remain': a stock on the day of the statement; 'among them 598 children' is a part; the headline's "
                "'1,300 civilians' is this figure"),
        CL("They were evacuated from villages in the Martakert and Askeran districts on September 19-20.",
           "population_movement", "2023-09-19", "2023-09-20", "period", claimant=MOD,
           note="an evacuation; 'They' = the 1,312 civilians of the previous sentence: the count is not restated, so "
                "count null (not derived); origin: two districts, the field would hold the first (Martakert, no "
                "id): null; 'September 19-20' in the year of publication"),
        CL("Since Wednesday, peacekeepers have also escorted 37 ambulances carrying wounded civilians from "
           "Stepanakert towards the Armenian border, Orlov said.",
           "population_movement", "2023-09-20", "2023-09-23", "period", count=37, q="exact", unit="ambulances",
           origin="khankendi", claimant="Major General Pavel Orlov, spokesman of the Russian Defence Ministry",
           note="an evacuation of the wounded; 'Since Wednesday' = 20 September to publication; 'towards the "
                "Armenian border' names no place ('Armenian' is an adjective): destination null"),
        CL("The ministry said that in the past 24 hours the peacekeepers had recorded no ceasefire violations.",
           "other", "2023-09-22", "2023-09-23", "period", count=0, q="exact", unit="ceasefire violations",
           claimant=MOD, note="'no ceasefire violations' = 0; 'the past 24 hours' before the Saturday statement"),
        CL("In Yerevan, Armenian Prime Minister Nikol Pashinyan said on Friday that his government was ready to "
           "house 40,000 families and that \"dozens\" of Karabakh residents had already crossed into Armenia through "
           "Kornidzor.",
           "other", "2023-09-22", "2023-09-22", "day", count=40000, q="exact", unit="families",
           claimant="Nikol Pashinyan, Armenian Prime Minister",
           note="a reception capacity, not a movement; 'on Friday' = 22 September 2023"),
        CL("In Yerevan, Armenian Prime Minister Nikol Pashinyan said on Friday that his government was ready to "
           "house 40,000 families and that \"dozens\" of Karabakh residents had already crossed into Armenia through "
           "Kornidzor.",
           "population_movement", "2023-09-22", "2023-09-22", "day", count=None, q="unspecified", unit="people",
           flag=VC, destination="armenia", via="kornidzor", claimant="Nikol Pashinyan, Armenian Prime Minister",
           note="second claim of the sentence; '\"dozens\"' is vague; 'already crossed' by the Friday statement, "
                "dated to that day; origin not stated ('Karabakh residents' is a modifier)"),
        CL("A meeting of representatives of Baku and the Karabakh Armenians on the region's reintegration, held in "
           "the Azerbaijani town of Yevlakh on Thursday, ended without an agreement, Azerbaijan's presidential "
           "administration said.",
           "diplomatic", "2023-09-21", "2023-09-21", "day", place="gn:584649",
           claimant="Azerbaijan's presidential administration", note="'on Thursday' = 21 September 2023"),
        CL("Russia's peacekeeping contingent has been deployed in Nagorno-Karabakh since November 10, 2020, under a "
           "trilateral statement signed by the leaders of Russia, Azerbaijan and Armenia.",
           "other", "2020-11-10", "2023-09-23", "period", place="karabakh", claimant="Polyus-Inform",
           note="background; 'since November 10, 2020' runs to publication"),
    ],
))

# --------------------------------------------------------------------------------------------
# 3. Turkish agency (AA style). True date Wednesday 13 September 2023; NOT given, none in the text.
# --------------------------------------------------------------------------------------------
KNA = "Kervan News Agency (the agency itself)"
DOCS.append(dict(
    doc_id="turkish-aghdam-road-sep-2023", style="turkish", side="Turkish",
    outlet="Kervan News Agency (KNA), a fictional Turkish state-style news agency",
    title="Türkiye welcomes first aid delivery to Karabakh via Aghdam road",
    published="2023-09-13", published_given=False, published_in_text=None,
    captions=["Vehicles on the Lachin-Khankendi road near Shusha in 2021. / Photo: KNA Archive"],
    not_places=[("Aydın", "the spokesperson's surname; Aydın is a city in western Turkey (GeoNames 322830) and a "
                          "village (302096)"),
                ("KNA", "the agency's acronym; 'KNA' is a GeoNames alternate name of Viña del Mar, Chile (3868121)")],
    patterns=["P10 Turkish agency dateline with no date ('ANKARA')", "P13 '/ Photo: ... Archive' credit",
              "P12 caption with an old year", "P35 'told reporters in the capital', 'Azerbaijani officials said'",
              "P38 surname that is a place", "P40 nested road names 'Aghdam-Khankendi road', "
              "'Lachin-Khankendi road', 'Aghdam road'", "P25 checkpoint set up on a date",
              "P26 blockade start date", "P29 convoy stuck at the corridor entrance", "P14 two counts in one sentence",
              "P43 yearless dates ('September 12', 'since August 1', 'since July 26') with no publication date",
              "P44 'on Tuesday', 'later this month' with no publication date", "P45 dates with years"],
    traps=["no publication date anywhere: weekday and yearless dates are flagged", "'Aghdam road' in the headline "
           "= the Aghdam-Khankendi road (one road mention)", "'Azerbaijan-Armenia border' = two country mentions",
           "'Khankendi, which Armenians call Stepanakert' = two mentions of one place", "'Nakhchivan exclave' = the "
           "autonomous republic", "'A truck' = 1 (10 tonnes in the note)", "'214 people and 53 vehicles' = two "
           "claims", "a stuck convoy is a restriction, not a crossing", "caption ending in 2021"],
    mentions=[
        M("Türkiye", "turkey"), M("Karabakh", "karabakh"),
        M("Aghdam road", None, "road", inside=[("Aghdam", "gn:148619")],
          note="the Aghdam-Khankendi road named by one end (as eval-holdout treats 'Lachin road'); no id"),
        M("ANKARA", "gn:323786", note="dateline in capitals, no date"),
        M("Lachin-Khankendi road", "lachin-corridor", inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")],
          note="the road through the Lachin corridor named by its ends; one mention"),
        M("Shusha", "shusha"),
        M("Türkiye", "turkey"), M("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's Karabakh region'"),
        M("Karabakh", "karabakh", note="'Karabakh region': the common noun left out"),
        M("Aghdam-Khankendi road", None, "road", inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")],
          note="the road from Aghdam (GeoNames 148619) to Khankendi; not in the gazetteer; one mention"),
        M("Azerbaijan", "azerbaijan"),
        M("Khankendi", "khankendi"), M("Aghdam", "gn:148619"),
        M("Azerbaijan", "azerbaijan", note="in 'the State Border Service of Azerbaijan'"),
        M("Lachin checkpoint", "hakari-bridge", "border_crossing",
          note="gazetteer alias of the Hakari bridge checkpoint; not the town Lachin"),
        M("Baku", "baku", note="metonymy for the government of Azerbaijan"), M("Hakari bridge", "hakari-bridge"),
        M("Azerbaijan", "azerbaijan", note="'Azerbaijan-Armenia border': two country mentions"),
        M("Armenia", "armenia"), M("Karabakh", "karabakh"),
        M("Armenia", "armenia"), M("Khankendi", "khankendi"),
        M("Stepanakert", "khankendi", note="'Khankendi, which Armenians call Stepanakert': two mentions of one place"),
        M("Yerevan", "yerevan", note="metonymy for the government of Armenia"),
        M("Ankara", "gn:323786", note="metonymy for the government of Turkey"), M("Yerevan", "yerevan"),
        M("Azerbaijan", "azerbaijan"),
        M("Nakhchivan", "nakhchivan-ar", note="'Azerbaijan's Nakhchivan exclave' = the autonomous republic, not the "
                                              "city (GeoNames 147429)"),
    ],
    claims=[
        CL("Türkiye on Tuesday welcomed the delivery of humanitarian aid to Azerbaijan's Karabakh region through the "
           "Aghdam-Khankendi road, calling it \"a concrete step towards the reintegration of the Armenian "
           "residents\".",
           "diplomatic", flag=RU, claimant="Türkiye (the Turkish government)",
           note="'on Tuesday' with no publication date known (the true date is Tuesday 12 September 2023); the "
                "delivery itself is the claim below"),
        CL("A truck of the Russian Red Cross carrying 10 tonnes of flour entered Khankendi from the direction of "
           "Aghdam on September 12, Azerbaijani officials said.",
           "crossing", flag=YU, count=1, q="exact", unit="trucks", origin="gn:148619", destination="khankendi",
           claimant="Azerbaijani officials",
           note="written 'September 12' with no year and no publication date known; 'A truck' = 1; it carried 10 "
                "tonnes of flour; entering a city, not crossing a border: crossing"),
        CL("According to the State Border Service of Azerbaijan, 214 people and 53 vehicles have crossed the Lachin "
           "checkpoint in both directions since August 1, most of them accompanied by the International Committee of "
           "the Red Cross.",
           "population_movement", flag=YU, count=214, q="exact", unit="people", via="hakari-bridge",
           claimant="Azerbaijan's State Border Service",
           note="written 'since August 1' with no year and no publication date known; both directions"),
        CL("According to the State Border Service of Azerbaijan, 214 people and 53 vehicles have crossed the Lachin "
           "checkpoint in both directions since August 1, most of them accompanied by the International Committee of "
           "the Red Cross.",
           "crossing", flag=YU, count=53, q="exact", unit="vehicles", via="hakari-bridge",
           claimant="Azerbaijan's State Border Service",
           note="second claim of the sentence; written 'since August 1'"),
        CL("Baku says the checkpoint, set up on April 23, 2023 at the Hakari bridge on the Azerbaijan-Armenia border, "
           "prevents the transfer of weapons, mines and personnel to Armenian armed groups in Karabakh.",
           "restriction", "2023-04-23", "2023-04-23", "day", place="hakari-bridge",
           claimant="Baku (the government of Azerbaijan)", note="the year is written: labelled normally"),
        CL("Armenia and the separatist administration in Khankendi, which Armenians call Stepanakert, say the region "
           "has been cut off by a blockade that began on December 12, 2022, and that a convoy of 21 trucks sent by "
           "Yerevan with 380 tonnes of food has been stuck at the entrance to the corridor since July 26.",
           "restriction", "2022-12-12", "2022-12-12", "day", place="karabakh",
           claimant="Armenia and the separatist administration in Khankendi",
           note="the blockade's start day (year written); its end is not stated; 'the region' = Karabakh"),
        CL("Armenia and the separatist administration in Khankendi, which Armenians call Stepanakert, say the region "
           "has been cut off by a blockade that began on December 12, 2022, and that a convoy of 21 trucks sent by "
           "Yerevan with 380 tonnes of food has been stuck at the entrance to the corridor since July 26.",
           "restriction", flag=YU, count=21, q="exact", unit="trucks", origin="yerevan",
           claimant="Armenia and the separatist administration in Khankendi",
           note="a convoy held at the entrance to the corridor (not passing: restriction); written 'since July 26' "
                "with no year and no publication date known; 380 tonnes of food; 'the corridor' names no place"),
        CL("President Recep Tayyip Erdoğan is expected to visit Azerbaijan's Nakhchivan exclave later this month, his "
           "office said, without giving a date.",
           "diplomatic", flag=RU, place="nakhchivan-ar", claimant="the Turkish presidency",
           note="a future visit; 'later this month' with no publication date known"),
    ],
))

# --------------------------------------------------------------------------------------------
# 4. Inter-agency flash update (UNHCR/OCHA style). Issued Monday 9 October 2023 (printed); NOT given.
# --------------------------------------------------------------------------------------------
IRCC = "the Inter-Agency Refugee Coordination Cell (flash update)"
DOCS.append(dict(
    doc_id="sitrep-refugees-flash-oct-2023", style="intl-org", side="international organisation (UN-style)",
    outlet="Inter-Agency Refugee Coordination Cell (IRCC), Yerevan, a fictional UN-style coordination office",
    title="ARMENIA: Refugee influx from Karabakh – Flash Update No. 4",
    published="2023-10-09", published_given=False,
    published_in_text=dict(surface="Issued: 9 October 2023", date="2023-10-09", how="printed date under headline"),
    captions=[],
    not_places=[("GoA", "abbreviation of 'Government of Armenia'; 'GoA' is a GeoNames alternate name of Genoa, Italy "
                        "(3176219), and Goa is a town in the Philippines (1712808)"),
                ("UN", "acronym; 'Un' is a town in Gujarat, India (GeoNames 1253786)"),
                ("EU", "acronym; Eu is a town in Normandy, France (GeoNames 3019329)")],
    patterns=["P05/P21 printed issue line and 'As of' snapshots", "P36 claimant line opening with a date "
              "('As of 8 October, the Government of Armenia ...')", "P15 breakdown in brackets (accommodation types)",
              "P16 partial 'including an estimated 30,000 children'", "P17 vague 'a few dozen', 'The remaining'",
              "P18 'about', 'Some', 'no more than'", "P20 cumulative 'since 24 September'",
              "P22 range 'Between 60 and 1,200 ... remain'", "P23 'remain' / 'are housed' stocks",
              "P24 'live in' stock", "P31 bus arrival", "P39 acronyms GoA, UN, EU next to place names",
              "P42 homonym: Armavir (Armenia) vs Armavir (Russia)", "P44 'Thursday' in a Monday report",
              "P45 'on 6 and 7 October'"],
    traps=["issue line and covering period are not claims", "'Government of Armenia (GoA)': GoA is not a place",
           "'Kotayk' = the province, not the village", "'the town of Armavir' = Armavir in Armenia (616631), not "
           "Armavir in Russia (580922)", "range 'Between 60 and 1,200'", "'no more than a few dozen people a day' is "
           "vague", "'on 6 and 7 October' = two days, count 0", "'The remaining refugees' = the rest, not derived",
           "'Thursday' = 5 October", "'€5 million' is money, not a count"],
    mentions=[
        M("ARMENIA", "armenia", note="title in capitals"), M("Karabakh", "karabakh"),
        M("Yerevan", "yerevan", note="the issuing office's location line"),
        M("Armenia", "armenia", note="in 'the Government of Armenia'"), M("Karabakh", "karabakh"),
        M("Yerevan", "yerevan"), M("Syunik", "syunik", note="the province, not the village Syunik (GeoNames 13132983)"),
        M("Kotayk", None, "region", note="the province (Kotayk marz), not the village Kotayk (GeoNames 616522)"),
        M("Goris", "goris"),
        M("Karabakh", "karabakh"), M("Khankendi", "khankendi"),
        M("Stepanakert", "khankendi", note="'Khankendi (Stepanakert)': two mentions of one place"),
        M("Hakari bridge", "hakari-bridge"), M("Armenia", "armenia"),
        M("Armenia", "armenia"), M("Kornidzor", "kornidzor"),
        M("Armavir", "gn:616631", note="'the town of Armavir' in Armavir province, Armenia (GeoNames 616631); not "
                                       "Armavir in Krasnodar Krai, Russia (580922), nor the village 13156560"),
        M("Goris", "goris"), M("Sisian", "gn:174763"), M("Vayk", "gn:174726"),
    ],
    claims=[
        CL("As of 8 October, the Government of Armenia (GoA) has recorded 100,617 refugee arrivals from Karabakh "
           "since 24 September, including an estimated 30,000 children.",
           "population_movement", "2023-09-24", "2023-10-08", "period", count=100617, q="exact", unit="people",
           origin="karabakh", destination="armenia", claimant="the Government of Armenia",
           note="cumulative from 24 September to 8 October 2023; arrivals recorded by the Government of Armenia "
                "(destination Armenia); '30,000 children' is a part; a claimant line that opens with a date"),
        CL("By 8 October, 98,200 refugees had been registered by the Migration and Citizenship Service, mainly in "
           "Yerevan, Syunik and Kotayk.",
           "other", "2023-10-08", "2023-10-08", "day", count=98200, q="exact", unit="people", place="yerevan",
           claimant="the Migration and Citizenship Service, according to the flash update",
           note="a registration figure as of 8 October (cumulative, labelled on the as-of day as eval-holdout does); "
                "places Yerevan, Syunik and Kotayk: the field holds the first"),
        CL("The last group of refugees, 19 people with disabilities or serious illnesses, arrived in Goris by bus on "
           "3 October.",
           "population_movement", "2023-10-03", "2023-10-03", "day", count=19, q="exact", unit="people",
           destination="goris", claimant=IRCC, note="a bus carrying refugees; origin not stated"),
        CL("Between 60 and 1,200 ethnic Armenians remain in Karabakh, according to a UN team that visited Khankendi "
           "(Stepanakert) on 1 October.",
           "stock", "2023-10-01", "2023-10-01", "day", count=1200, q="at_most", unit="people", place="karabakh",
           claimant="a UN team",
           note="range 'Between 60 and 1,200': the upper bound as the count (at_most), the lower bound 60 kept in "
                "this note; what the team heard during its 1 October visit"),
        CL("Between 60 and 1,200 ethnic Armenians remain in Karabakh, according to a UN team that visited Khankendi "
           "(Stepanakert) on 1 October.",
           "other", "2023-10-01", "2023-10-01", "day", place="khankendi", claimant=IRCC,
           note="the UN team's visit (second claim of the sentence)"),
        CL("Arrivals peaked on 27 September, when about 39,000 people crossed the Hakari bridge into Armenia in a "
           "single day.",
           "population_movement", "2023-09-27", "2023-09-27", "day", count=39000, q="about", unit="people",
           destination="armenia", via="hakari-bridge", claimant=IRCC),
        CL("Since 30 September, no more than a few dozen people a day have entered Armenia through Kornidzor, and no "
           "arrivals were recorded on 6 and 7 October.",
           "population_movement", "2023-09-30", "2023-10-09", "period", count=None, q="unspecified", unit="people",
           flag=VC, destination="armenia", via="kornidzor", claimant=IRCC,
           note="'no more than a few dozen ... a day': a vague daily rate with an upper bound, count null; 'Since 30 "
                "September' runs to the issue date"),
        CL("Since 30 September, no more than a few dozen people a day have entered Armenia through Kornidzor, and no "
           "arrivals were recorded on 6 and 7 October.",
           "population_movement", "2023-10-06", "2023-10-07", "days", **days("2023-10-06", "2023-10-07"), count=0,
           q="exact", unit="people", destination="armenia", claimant=IRCC,
           note="'no arrivals' = 0 on each of the two days; second claim of the sentence; the clause names no "
                "crossing"),
        CL("Some 42,300 refugees live in accommodation provided or paid for by the GoA (hotels and guesthouses 14,800, "
           "collective centres 9,500, rented flats 18,000).",
           "stock", "2023-10-09", "2023-10-09", "day", count=42300, q="about", unit="people",
           breakdown=[(14800, "in hotels and guesthouses"), (9500, "in collective centres"),
                      (18000, "in rented flats")],
           place="armenia", claimant=IRCC,
           note="'live in': a present-tense stock, dated to the issue day; breakdown by accommodation type sums to "
                "42,300; place Armenia from 'GoA' (Government of Armenia; the abbreviation is not a mention)"),
        CL("In the town of Armavir, 640 refugees are housed in two former student dormitories.",
           "stock", "2023-10-09", "2023-10-09", "day", count=640, q="exact", unit="people", place="gn:616631",
           claimant=IRCC, note="present tense, dated to the issue day; Armavir in Armenia; 'two' dormitories "
                               "is incidental"),
        CL("The remaining refugees stay with relatives or rent privately.",
           "stock", "2023-10-09", "2023-10-09", "day", count=None, q="unspecified", unit="people", flag=VC,
           claimant=IRCC, note="'The remaining' = the rest: vague, not derived (not 100,617 - 42,300); place not "
                               "stated"),
        CL("Partners distributed 6,800 food parcels in Goris, Sisian and Vayk during the reporting period.",
           "other", "2023-10-02", "2023-10-08", "period", count=6800, q="exact", unit="food parcels",
           place="goris", claimant="humanitarian partners, according to the flash update",
           note="aid distributed; 'the reporting period' = 2-8 October 2023 (header); places: the field holds the "
                "first"),
        CL("Mobile health teams saw about 1,200 patients; the busiest day was Thursday, with 310 consultations.",
           "other", "2023-10-02", "2023-10-08", "period", count=1200, q="about", unit="patients", claimant=IRCC,
           note="health activity in the reporting period (the section reports on 2-8 October); place not stated"),
        CL("Mobile health teams saw about 1,200 patients; the busiest day was Thursday, with 310 consultations.",
           "other", "2023-10-05", "2023-10-05", "day", count=310, q="exact", unit="consultations", claimant=IRCC,
           note="'Thursday' in a report issued on Monday 9 October = 5 October 2023 (inside the covering period)"),
        CL("The EU announced an additional €5 million in humanitarian aid on 5 October.",
           "other", "2023-10-05", "2023-10-05", "day", claimant="the EU, according to the flash update",
           note="a sum of money, not a count of people or things: count null"),
    ],
))

# --------------------------------------------------------------------------------------------
# 5. Humanitarian organisation's news release (ICRC style). Wednesday 9 August 2023. Date given.
# --------------------------------------------------------------------------------------------
HMC = "the Humanitarian Mediation Committee (HMC)"
DOCS.append(dict(
    doc_id="statement-evacuations-aug-2023", style="intl-org", side="international humanitarian organisation",
    outlet="Humanitarian Mediation Committee (HMC), a fictional neutral humanitarian organisation (ICRC-style news "
           "release)",
    title="Lachin corridor: medical evacuations resume after ten-day pause",
    published="2023-08-09", published_given=True,
    published_in_text=dict(surface="GENEVA/YEREVAN, 9 August 2023 (HMC) –", date="2023-08-09", how="dateline"),
    captions=[],
    not_places=[("Masis", "the spokesperson's given name; Masis is a town near Yerevan in Ararat province "
                          "(GeoNames 616435)")],
    patterns=["P01 organisation dateline 'GENEVA/YEREVAN, 9 August 2023 (HMC) –'", "P15 breakdown in brackets",
              "P16 partial 'among them 12 children'", "P18 'more than 640'", "P20 cumulative 'Since 15 December 2022'",
              "P23 'are awaiting transfer' stock", "P27 suspension without a count",
              "P29 convoy of four vehicles", "P30 patient evacuations and return transfers",
              "P34 detention at the checkpoint (unnamed resident)", "P38 given name that is a place",
              "P43 yearless '29 July', '15 June' resolved from the dateline year",
              "P44 'on Tuesday', 'Later the same day'", "P46 quote in the first person plural"],
    traps=["'14 patients (ten ... and four ...)' = one claim with a breakdown, counts in words", "relatives and "
           "vehicles of the same evacuation are separate claims", "'brought back 13 people' = the opposite "
           "direction", "'No humanitarian convoy' = 0", "'since 29 July' / 'on 29 July' in the year of the dateline",
           "'GENEVA/YEREVAN' = two mentions", "phone number and 'three decades' are incidental"],
    mentions=[
        M("Lachin corridor", "lachin-corridor"),
        M("GENEVA", "gn:2660646", note="dateline in capitals (Geneva, Switzerland)"),
        M("YEREVAN", "yerevan", note="dateline in capitals ('GENEVA/YEREVAN': two mentions)"),
        M("Nagorno-Karabakh", "karabakh"), M("Armenia", "armenia"), M("Lachin corridor", "lachin-corridor"),
        M("Stepanakert", "khankendi"), M("Yerevan", "yerevan"), M("Armenia", "armenia"),
        M("Yerevan", "yerevan"),
        M("Hakari bridge", "hakari-bridge"), M("Baku", "baku"),
        M("Stepanakert", "khankendi"),
        M("South Caucasus", "south-caucasus"),
        M("Yerevan", "yerevan", note="in the contact line 'HMC Yerevan'"),
    ],
    claims=[
        CL("GENEVA/YEREVAN, 9 August 2023 (HMC) – The Humanitarian Mediation Committee (HMC) on Tuesday evacuated 14 "
           "patients (ten who need regular haemodialysis and four with cancer) from Nagorno-Karabakh to Armenia "
           "across the Lachin corridor, the first such transfer since 29 July.",
           "population_movement", "2023-08-08", "2023-08-08", "day", count=14, q="exact", unit="patients",
           breakdown=[(10, "haemodialysis patients"), (4, "cancer patients")], origin="karabakh",
           destination="armenia", via="lachin-corridor", claimant=HMC,
           note="an evacuation; 'on Tuesday' = 8 August 2023; breakdown in brackets, counts in words; 'the first "
                "such transfer since 29 July' implies none from 29 July to 7 August (the suspension claim below)"),
        CL("The patients travelled with eight relatives in a convoy of four HMC vehicles from Stepanakert to "
           "hospitals in Yerevan.",
           "population_movement", "2023-08-08", "2023-08-08", "day", count=8, q="exact", unit="relatives",
           origin="khankendi", destination="yerevan", claimant=HMC,
           note="the same evacuation (dated by the previous sentence); the 14 patients are not restated"),
        CL("The patients travelled with eight relatives in a convoy of four HMC vehicles from Stepanakert to "
           "hospitals in Yerevan.",
           "crossing", "2023-08-08", "2023-08-08", "day", count=4, q="exact", unit="vehicles", origin="khankendi",
           destination="yerevan", claimant=HMC,
           note="the convoy (second claim of the sentence); the corridor is named only in the previous sentence, so "
                "via is null"),
        CL("Later the same day, the convoy brought back 13 people who had completed their treatment in Armenia.",
           "population_movement", "2023-08-08", "2023-08-08", "day", count=13, q="exact", unit="people",
           origin="armenia", claimant=HMC,
           note="return transfers: 'brought back' to Karabakh, which the sentence does not name (destination null); "
                "'Later the same day' = 8 August 2023"),
        CL("Since 15 December 2022, the HMC has transferred more than 640 patients across the corridor, and has "
           "reunited 230 people with their families.",
           "population_movement", "2022-12-15", "2023-08-09", "period", count=640, q="at_least", unit="patients",
           via="lachin-corridor", claimant=HMC,
           note="cumulative, runs to publication; 'the corridor' = the Lachin corridor (named in the lead)"),
        CL("Since 15 December 2022, the HMC has transferred more than 640 patients across the corridor, and has "
           "reunited 230 people with their families.",
           "population_movement", "2022-12-15", "2023-08-09", "period", count=230, q="exact", unit="people",
           via="lachin-corridor", claimant=HMC, note="family reunifications across the corridor; second claim"),
        CL("Transfers were suspended after a resident travelling with an HMC convoy was detained at the Azerbaijani "
           "checkpoint near the Hakari bridge on 29 July.",
           "restriction", "2023-07-29", "2023-08-07", "period", claimant=HMC,
           note="the suspension of transfers from 29 July until the 8 August evacuation (the headline's 'ten-day "
                "pause'); year from the dateline"),
        CL("Transfers were suspended after a resident travelling with an HMC convoy was detained at the Azerbaijani "
           "checkpoint near the Hakari bridge on 29 July.",
           "detention", "2023-07-29", "2023-07-29", "day", count=1, q="exact", unit="people", place="hakari-bridge",
           claimant=HMC, note="'a resident' = one person, not named; 29 July 2023"),
        CL("No humanitarian convoy has been able to use the corridor since 15 June.",
           "crossing", "2023-06-15", "2023-08-09", "period", count=0, q="exact", unit="convoys",
           via="lachin-corridor", claimant=HMC,
           note="'No humanitarian convoy' = 0; 'since 15 June' (2023) runs to publication"),
        CL("Health facilities in Stepanakert report that 94 patients are awaiting transfer, among them 12 children.",
           "stock", "2023-08-09", "2023-08-09", "day", count=94, q="exact", unit="patients", place="khankendi",
           claimant="health facilities in Stepanakert", note="present tense, dated to publication; '12 children' "
                                                             "is a part"),
    ],
))

# --------------------------------------------------------------------------------------------
# 6. Western feature (Guardian/SCMP style), HTML page. Thursday 5 October 2023 (html meta); NOT given.
# --------------------------------------------------------------------------------------------
LEDGER = "the Northern Ledger"
DOCS.append(dict(
    doc_id="western-feature-goris-oct-2023", style="western", side="Western press",
    outlet="The Northern Ledger, a fictional British newspaper (web feature)",
    title="The last bus to Goris: a town of 20,000 that took in a nation",
    published="2023-10-05", published_given=False, html_file="western-feature-goris-oct-2023.html",
    published_in_text=dict(surface="2023-10-05T06:00:00+01:00", date="2023-10-05", how="html meta"),
    captions=["Refugees from Nagorno-Karabakh wait outside the drama theatre in Goris. Photo: Fiona Marchetti for "
              "the Northern Ledger",
              "Goris in 2020, when it also took in families fleeing the war. Photo: Ledger archive"],
    not_places=[("Sevan", "a refugee's given name; Sevan is a town in Gegharkunik (GeoNames 616250), and Lake Sevan "
                          "is named in the same text"),
                ("Arshaluys", "a given name; Arshaluys is a village in Armavir province (GeoNames 616898)"),
                ("UN", "acronym; 'Un' is a town in Gujarat, India (GeoNames 1253786)")],
    patterns=["P08 date only in the HTML metadata (article:published_time, JSON-LD)", "P06 byline 'By NAME in PLACE'",
              "P12 caption with an old year", "P13 photo credit 'Photo: NAME for OUTLET'",
              "P17 vague 'Most refugees', 'very few residents', plural 'buses'", "P18 'more than 9,000', 'about'",
              "P21 as-of figures ('put the number ... at 84,000; by Sunday it had passed 100,000')",
              "P23 'remain in' stock", "P24 'a town of about 20,000 people'", "P31 the last buses",
              "P38 given names that are places", "P44 'last week', 'on Tuesday', 'Last Thursday', 'by Sunday', "
              "'Yesterday' in a Thursday piece", "P45 'on 27 September'"],
    traps=["the publication date is only in the HTML", "'Sevan' (a man) and 'Lake Sevan' (a lake) in one text",
           "'Stepanakert–Goris' on the ticket = two place mentions (no road noun)", "'Last Thursday' in a Thursday "
           "piece = 28 September", "'a town of 20,000' in the headline is the body's 'about 20,000' (labelled once, "
           "on the body)", "'none' = 0", "captions (one ending in 2020) are not claims", "'two wheelchairs', "
           "'71-year-old' are incidental"],
    mentions=[
        M("Goris", "goris"),
        M("Goris", "goris", note="in the byline 'By ... in Goris'"),
        M("Nagorno-Karabakh", "karabakh"), M("Goris", "goris"),
        M("Stepanakert", "khankendi", note="'Stepanakert–Goris' on the ticket: two place mentions (no road noun)"),
        M("Goris", "goris"), M("Nagorno-Karabakh", "karabakh"),
        M("Hakari bridge", "hakari-bridge"),
        M("Goris", "goris"), M("Armenia", "armenia"),
        M("Syunik", "syunik", note="'Syunik province': the common noun left out; not the village (13132983)"),
        M("Yerevan", "yerevan"),
        M("Lake Sevan", "lake-sevan", "other",
          note="a lake (gazetteer kind 'lake', outside the mention kinds: labelled 'other', as eval-holdout does)"),
        M("Goris", "goris"),
        M("Stepanakert", "khankendi"), M("Azerbaijan", "azerbaijan"),
        M("Khankendi", "khankendi", note="'Stepanakert, which Azerbaijan calls Khankendi': two mentions of one place"),
        M("Goris", "goris"),
    ],
    claims=[
        CL("It is stamped Stepanakert–Goris, and it cost him nothing: he was one of the last passengers on the "
           "government buses that carried the sick and the elderly out of Nagorno-Karabakh last week.",
           "population_movement", "2023-09-25", "2023-10-01", "period", count=None, q="unspecified", unit="buses",
           flag=VC, origin="karabakh", claimant=LEDGER,
           note="buses carrying refugees, plural with no number; 'last week' = Monday 25 September - Sunday 1 October "
                "2023, the calendar week before the Thursday 5 October publication"),
        CL("\"There were 17 of us on that bus, and two wheelchairs,\" the 71-year-old said on Tuesday, sitting on a "
           "bench near the town's old bridge.",
           "population_movement", "2023-09-25", "2023-10-01", "period", count=17, q="exact", unit="people",
           claimant="Sevan Arakelyan (a passenger)",
           note="the bus of the previous sentence ('last week'); 'on Tuesday' (3 October) is when he spoke; 'two "
                "wheelchairs' and '71-year-old' are incidental"),
        CL("Goris, a town of about 20,000 people in Armenia's southern Syunik province, was the first stop for almost "
           "everyone who fled.",
           "stock", "2023-10-05", "2023-10-05", "day", count=20000, q="about", unit="people", place="goris",
           claimant=LEDGER,
           note="a town's population (present tense), dated to publication; the headline's 'a town of 20,000' is "
                "this figure, labelled here; 'almost everyone who fled' is not a count"),
        CL("At the peak of the exodus, on 27 September, volunteers here handed out more than 9,000 hot meals in a "
           "single day, according to the mayor's office.",
           "other", "2023-09-27", "2023-09-27", "day", count=9000, q="at_least", unit="hot meals", place="goris",
           claimant="the Goris mayor's office", note="aid handed out in Goris ('here'), not a movement"),
        CL("Last Thursday, the government put the number of arrivals at 84,000; by Sunday it had passed 100,000.",
           "population_movement", "2023-09-28", "2023-09-28", "day", count=84000, q="exact", unit="people",
           claimant="the Armenian government",
           note="a cumulative figure as of 'Last Thursday' = 28 September 2023 (in a piece published on a Thursday, "
                "the Thursday of the previous week); origin and destination not stated in the sentence"),
        CL("Last Thursday, the government put the number of arrivals at 84,000; by Sunday it had passed 100,000.",
           "population_movement", "2023-10-01", "2023-10-01", "day", count=100000, q="at_least", unit="people",
           claimant="the Armenian government",
           note="'had passed 100,000' = at least 100,000 as of 'by Sunday' = 1 October 2023; second claim"),
        CL("Most refugees moved on within hours, to relatives in Yerevan or to hotels on the shore of Lake Sevan.",
           "population_movement", count=None, q="unspecified", unit="people", flag=VC, destination="yerevan",
           claimant=LEDGER,
           note="'Most refugees': vague; no date; 'within hours' is a duration; destinations Yerevan and Lake Sevan: "
                "the field holds the first; moving on from Goris, which this sentence does not name"),
        CL("But about 3,400 remain in Goris, housed in schools, a sanatorium and spare rooms, the town council says.",
           "stock", "2023-10-05", "2023-10-05", "day", count=3400, q="about", unit="people", place="goris",
           claimant="the Goris town council", note="'remain': present tense, dated to publication"),
        CL("\"On Tuesday we registered three people.",
           "population_movement", "2023-10-03", "2023-10-03", "day", count=3, q="exact", unit="people",
           claimant="Arshaluys Danielyan (Goris registration desk)",
           note="new arrivals registered at the Goris town hall (named only in the previous sentence: destination "
                "null); 'On Tuesday' = 3 October 2023; count in words"),
        CL("Yesterday, none,\" she said.",
           "population_movement", "2023-10-04", "2023-10-04", "day", count=0, q="exact", unit="people",
           claimant="Arshaluys Danielyan (Goris registration desk)",
           note="'none' = 0 registrations; 'Yesterday' = 4 October 2023"),
        CL("A UN team that visited the city on Sunday reported seeing very few residents.",
           "stock", "2023-10-01", "2023-10-01", "day", count=None, q="unspecified", unit="residents", flag=VC,
           place="khankendi", claimant="a UN team",
           note="'very few residents': vague; 'the city' = Stepanakert (previous sentence); 'on Sunday' = 1 October"),
        CL("A UN team that visited the city on Sunday reported seeing very few residents.",
           "other", "2023-10-01", "2023-10-01", "day", place="khankendi", claimant=LEDGER,
           note="the UN team's visit (second claim of the sentence)"),
    ],
))

# --------------------------------------------------------------------------------------------
# 7. Encyclopaedia lead. No publication date (revision of 20 November 2023); NOT given.
# --------------------------------------------------------------------------------------------
OA = "OpenAtlas (the encyclopaedia article)"
DOCS.append(dict(
    doc_id="encyclopedia-blockade-lead", style="encyclopedia", side="encyclopaedia (neutral)",
    outlet="OpenAtlas, a fictional online encyclopaedia (article lead)",
    title="Blockade of Nagorno-Karabakh (2022–2023)",
    published="2023-11-20", published_given=False, published_in_text=None,
    captions=[],
    not_places=[("PACE", "acronym of the Parliamentary Assembly of the Council of Europe; Pace is a town in Florida "
                         "(GeoNames 4167424)"),
                ("EU", "acronym; Eu is a town in Normandy, France (GeoNames 3019329)")],
    patterns=["P07/P45 no publication date, explicit years throughout", "P26 blockade span with start and end",
              "P25 checkpoint set up on a date", "P27 halt of traffic from a date", "P19 rate 'a day'",
              "P24 'lived in' stock", "P16 partial 'including about 290 children'", "P22 range 'between 100 and "
              "1,000 ... remained'", "P34 detentions with a lower bound", "P39 acronyms PACE, EU, ICRC",
              "P41 double name 'Shusha (Shushi)'", "P42 homonym pull: 'Sus' (GeoNames alternate name of Sousse)",
              "'See also' line of place names"],
    traps=["no publication date at all, but every date carries its year (or the year of the same sentence)",
           "'Zabukh' = Aghavno (gazetteer alias)", "'Sus' = the Lachin corridor village, not Sousse in Tunisia",
           "'from 15 June 2023' with no end", "'Before the blockade' has no date", "'between 24 and 30 September' "
           "takes its year from '19–20 September 2023' in the same sentence", "'by early October 2023'",
           "'nine-month' is a duration", "the 'See also' line holds mentions but no claims"],
    mentions=[
        M("Nagorno-Karabakh", "karabakh"),
        M("Nagorno-Karabakh", "karabakh"), M("Lachin corridor", "lachin-corridor"), M("Armenia", "armenia"),
        M("Shusha", "shusha"), M("Shushi", "shusha", note="'Shusha (Shushi)': two mentions of one place"),
        M("Lachin", "lachin", note="'south of Lachin': the town"),
        M("Zabukh", "aghavno", note="gazetteer alias of Aghavno/Zabux"),
        M("Sus", None, "settlement",
          note="the village of Sus on the old Lachin corridor road; not in the gazetteer or cities500; not Sousse, "
               "Tunisia (GeoNames 2464915 lists 'Sus' as an alternate name)"),
        M("Azerbaijan", "azerbaijan"), M("Azerbaijan", "azerbaijan"), M("Hakari bridge", "hakari-bridge"),
        M("Armenia", "armenia"),
        M("Armenia", "armenia"), M("Armenia", "armenia"), M("Azerbaijan", "azerbaijan"),
        M("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's offensive'"), M("Armenia", "armenia"),
        M("Kornidzor", "kornidzor"), M("Goris", "goris"),
        M("Lachin corridor", "lachin-corridor", note="'See also' line"), M("Kornidzor", "kornidzor"),
        M("Aghavno", "aghavno"),
    ],
    claims=[
        CL("The blockade of Nagorno-Karabakh was a nine-month closure of the Lachin corridor, the only road linking "
           "the Armenian-populated region to Armenia, which began on 12 December 2022 and ended with the region's "
           "capitulation on 20 September 2023 and the flight of almost its entire population.",
           "restriction", "2022-12-12", "2023-09-20", "period", place="karabakh", via="lachin-corridor", claimant=OA,
           note="the blockade from its start to its end (both written with years); 'nine-month' is a duration; the "
                "capitulation date ends the period; 'the flight of almost its entire population' is not counted"),
        CL("The road was first blocked near Shusha (Shushi) by Azerbaijani protesters who described themselves as "
           "environmental activists.",
           "restriction", "2022-12-12", "2022-12-12", "day", place="shusha", via="lachin-corridor", claimant=OA,
           note="undated in the sentence: 'first blocked' is the start of the blockade of the previous sentence, 12 "
                "December 2022; 'The road' = the Lachin corridor"),
        CL("The corridor had already been moved in August 2022, when a new road was opened south of Lachin, Zabukh "
           "and Sus and the three settlements were handed over to Azerbaijan.",
           "other", *month(2022, 8), "month", place="lachin", via="lachin-corridor", claimant=OA,
           note="the rerouting and the handover; places Lachin, Zabukh (Aghavno) and Sus: the field holds the first; "
                "'the three settlements' is not a count of anything moving"),
        CL("On 23 April 2023 Azerbaijan set up a checkpoint at the Hakari bridge, at the corridor's entrance from "
           "Armenia, and from 15 June 2023 it halted almost all traffic, including the humanitarian convoys of the "
           "ICRC and the Russian peacekeepers.",
           "restriction", "2023-04-23", "2023-04-23", "day", place="hakari-bridge", claimant=OA,
           note="the checkpoint"),
        CL("On 23 April 2023 Azerbaijan set up a checkpoint at the Hakari bridge, at the corridor's entrance from "
           "Armenia, and from 15 June 2023 it halted almost all traffic, including the humanitarian convoys of the "
           "ICRC and the Russian peacekeepers.",
           "restriction", "2023-06-15", "2023-06-15", "day", via="lachin-corridor", claimant=OA,
           note="second claim: the halt of traffic, labelled on the day it began ('from 15 June 2023'; no end is "
                "stated in this sentence); 'almost all traffic' is not a count"),
        CL("Before the blockade the region received about 380 tonnes of food and medicine a day from Armenia.",
           "crossing", count=380, q="about", unit="tonnes", origin="armenia", destination="karabakh", claimant=OA,
           note="a daily rate ('a day'); 'Before the blockade' gives no date: date unknown; 'the region' = Karabakh"),
        CL("Around 118,000 people lived in the area; some 1,250 of them, including about 290 children, were stranded "
           "in Armenia when the road closed.",
           "stock", count=118000, q="about", unit="people", place="karabakh", claimant=OA,
           note="the population at the time of the blockade; no date given: date unknown; 'the area' = Karabakh"),
        CL("Around 118,000 people lived in the area; some 1,250 of them, including about 290 children, were stranded "
           "in Armenia when the road closed.",
           "stock", "2022-12-12", "2022-12-12", "day", count=1250, q="about", unit="people", place="armenia",
           claimant=OA,
           note="people who were (stranded) in Armenia 'when the road closed' = 12 December 2022; '290 children' is "
                "a part; second claim"),
        CL("The International Court of Justice ordered Azerbaijan on 22 February 2023 to ensure unimpeded movement "
           "along the corridor, and the PACE and the EU called for the road to be reopened.",
           "diplomatic", "2023-02-22", "2023-02-22", "day", via="lachin-corridor", claimant=OA,
           note="the court order; the PACE and EU calls are undated and not separate claims"),
        CL("At least six residents were detained at the checkpoint between July and September 2023.",
           "detention", "2023-07-01", "2023-09-30", "period", count=6, q="at_least", unit="people",
           place="hakari-bridge", claimant=OA,
           note="'At least six' (in words); 'the checkpoint' = the one at the Hakari bridge; July-September 2023"),
        CL("After Azerbaijan's offensive of 19–20 September 2023, more than 100,000 people left for Armenia between "
           "24 and 30 September, most of them through Kornidzor and Goris; by early October 2023, between 100 and "
           "1,000 Armenians remained in the region.",
           "other", "2023-09-19", "2023-09-20", "period", claimant=OA,
           note="the offensive (a dated event); place not named in the sentence"),
        CL("After Azerbaijan's offensive of 19–20 September 2023, more than 100,000 people left for Armenia between "
           "24 and 30 September, most of them through Kornidzor and Goris; by early October 2023, between 100 and "
           "1,000 Armenians remained in the region.",
           "population_movement", "2023-09-24", "2023-09-30", "period", count=100000, q="at_least", unit="people",
           destination="armenia", via="kornidzor", claimant=OA,
           note="'between 24 and 30 September' takes its year from '19–20 September 2023' earlier in the same "
                "sentence, so it is not flagged year_unknown; via Kornidzor and Goris: the field holds the first; "
                "origin is 'the region' only at the end of the sentence: null"),
        CL("After Azerbaijan's offensive of 19–20 September 2023, more than 100,000 people left for Armenia between "
           "24 and 30 September, most of them through Kornidzor and Goris; by early October 2023, between 100 and "
           "1,000 Armenians remained in the region.",
           "stock", "2023-10-01", "2023-10-10", "period", count=1000, q="at_most", unit="people", place="karabakh",
           claimant=OA,
           note="range 'between 100 and 1,000': upper bound as the count (at_most), lower bound 100 in this note; "
                "'early October 2023' read as 1-10 October (as eval-holdout reads 'In early October'); 'the region' "
                "= Karabakh"),
    ],
))

# --------------------------------------------------------------------------------------------
# 8. Armenian agency (Armenpress style). Monday 23 January 2023. Date given (and printed).
# --------------------------------------------------------------------------------------------
LUS = "Lusaber News Agency"
INFO_HQ = "the Artsakh Information Headquarters"
DOCS.append(dict(
    doc_id="armenian-blockade-day43-jan-2023", style="armenian", side="Armenian (Karabakh)",
    outlet="Lusaber News Agency, a fictional Armenian news agency (English service)",
    title="Artsakh blockade enters 43rd day: 1,180 residents still unable to return home",
    published="2023-01-23", published_given=True,
    published_in_text=dict(surface="11:42, 23 January 2023", date="2023-01-23", how="printed date under headline"),
    captions=[],
    not_places=[("Kamo", "the ombudsman's given name; Kamo is a village in Shirak (GeoNames 616598) and the Soviet-era "
                         "name of Gavar (616599)")],
    patterns=["P03 Armenian agency dateline 'STEPANAKERT, JANUARY 23, LUSABER.' with a time-stamp line",
              "P26 blockade day counter ('for the 43rd day', 'Since December 12')", "P24 'live in' stock",
              "P23 'are stranded' / 'still waiting' stocks", "P16 partial 'including 290 children'",
              "P36 claimant line opening with a date ('On January 20, the Artsakh Ministry of Healthcare reported')",
              "P30 ICRC patient transfers", "P29 peacekeepers' trucks", "P19 rate '... every day'",
              "P27 supply cuts without counts", "P38 given name that is a place",
              "P43 yearless dates with a known publication date (year inferred)", "P44 'on Saturday', 'over the past "
              "week', 'on Monday'"],
    traps=["headline figures (43rd day, 1,180) are repeated in the body: labelled once, on the body", "'for the "
           "43rd day' is a duration, not a count", "'Since December 12' in a January report = 2022",
           "'over the past week' counted back from the 20 January report", "'Lachin Corridor' with a capital C",
           "'Artsakh' = Karabakh (also inside organisation names)", "'cannot be delivered ... every day': a negative "
           "rate"],
    mentions=[
        M("Artsakh", "karabakh"),
        M("STEPANAKERT", "khankendi", note="dateline in capitals"),
        M("Lachin Corridor", "lachin-corridor", note="capital C"), M("Artsakh", "karabakh"), M("Armenia", "armenia"),
        M("Artsakh", "karabakh", note="in 'the Artsakh Information Headquarters'"),
        M("Shushi", "shusha"),
        M("Artsakh", "karabakh"), M("Artsakh", "karabakh", note="in 'residents of Artsakh'"), M("Armenia", "armenia"),
        M("Artsakh", "karabakh", note="in 'the Artsakh Ministry of Healthcare'"), M("Yerevan", "yerevan"),
        M("Stepanakert", "khankendi"),
        M("Stepanakert", "khankendi"), M("Goris", "goris"),
        M("Artsakh", "karabakh"), M("Armenia", "armenia"),
        M("Armenia", "armenia"),
    ],
    claims=[
        CL("STEPANAKERT, JANUARY 23, LUSABER. The Lachin Corridor, the only road connecting Artsakh to Armenia, remains "
           "closed for the 43rd day, the Artsakh Information Headquarters said on Monday.",
           "restriction", "2022-12-12", "2023-01-23", "period", via="lachin-corridor", claimant=INFO_HQ,
           note="'for the 43rd day': day 1 = 12 December 2022 (the next sentence), so the closure runs 12 December "
                "2022 - 23 January 2023; the day number is a duration, not a count; the dateline opens the sentence"),
        CL("Since December 12, a group of Azerbaijanis presenting themselves as environmental activists have been "
           "blocking the road near Shushi, under the watch of Russian peacekeepers.",
           "restriction", "2022-12-12", "2023-01-23", "period", place="shusha", via="lachin-corridor", claimant=LUS,
           note="'Since December 12' in a January 2023 report = 12 December 2022 (year inferred), to publication; "
                "'a group' of protesters is not counted"),
        CL("Some 120,000 people live in Artsakh, among them 30,000 children.",
           "stock", "2023-01-23", "2023-01-23", "day", count=120000, q="about", unit="people", place="karabakh",
           claimant=LUS, note="'live in': present tense, dated to publication; '30,000 children' is a part"),
        CL("According to the Headquarters, 1,180 residents of Artsakh, including 290 children, are stranded in Armenia "
           "and cannot return to their homes.",
           "stock", "2023-01-23", "2023-01-23", "day", count=1180, q="exact", unit="people", place="armenia",
           claimant=INFO_HQ,
           note="people who are in Armenia and cannot go home; '290 children' is a part; the headline's 1,180 is this "
                "figure"),
        CL("On January 20, the Artsakh Ministry of Healthcare reported that 11 patients had been transferred to medical "
           "centres in Yerevan with the mediation of the International Committee of the Red Cross (ICRC) over the past "
           "week.",
           "population_movement", "2023-01-14", "2023-01-20", "period", count=11, q="exact", unit="patients",
           destination="yerevan", claimant="the Artsakh Ministry of Healthcare",
           note="a claimant line that opens with a date; 'over the past week' counted back from the 20 January report: "
                "14-20 January 2023; ICRC-mediated evacuations"),
        CL("Another 26 patients who need surgery are still waiting at the Republican Medical Center in Stepanakert, "
           "the ministry said on Monday.",
           "stock", "2023-01-23", "2023-01-23", "day", count=26, q="exact", unit="patients", place="khankendi",
           claimant="the Artsakh Ministry of Healthcare", note="'on Monday' = 23 January 2023"),
        CL("The Russian peacekeepers delivered humanitarian cargo to Stepanakert on Saturday: six trucks with flour, "
           "sugar and medicines passed through the corridor from Goris, the peacekeeping command said.",
           "crossing", "2023-01-21", "2023-01-21", "day", count=6, q="exact", unit="trucks", origin="goris",
           destination="khankendi", via="lachin-corridor", claimant="the Russian peacekeeping command",
           note="a convoy; 'on Saturday' = 21 January 2023; 'the corridor' = the Lachin Corridor; count in words"),
        CL("Artsakh has been without gas since January 17, and a power line from Armenia damaged on January 9 has not "
           "been repaired, Human Rights Defender Kamo Melikyan said.",
           "restriction", "2023-01-17", "2023-01-23", "period", place="karabakh",
           claimant="Kamo Melikyan, Artsakh Human Rights Defender",
           note="the gas supply cut, 'since January 17' (2023) to publication"),
        CL("Artsakh has been without gas since January 17, and a power line from Armenia damaged on January 9 has not "
           "been repaired, Human Rights Defender Kamo Melikyan said.",
           "other", "2023-01-09", "2023-01-09", "day", place="karabakh",
           claimant="Kamo Melikyan, Artsakh Human Rights Defender",
           note="the power line damaged on 9 January 2023 (still unrepaired); second claim"),
        CL("Because of the blockade, 390 tonnes of food and medical supplies cannot be delivered from Armenia every "
           "day, Melikyan said.",
           "restriction", "2023-01-23", "2023-01-23", "day", count=390, q="exact", unit="tonnes", origin="armenia",
           claimant="Kamo Melikyan, Artsakh Human Rights Defender",
           note="a daily rate of supplies that cannot be delivered (rate); present tense, dated to publication"),
    ],
))

# --------------------------------------------------------------------------------------------
# 9. Local Armenian news site. True date Wednesday 15 September 2021; NOT given; yearless dateline.
# --------------------------------------------------------------------------------------------
MP = "Mountain Post"
SHAH = "Aram Shahumyan, Goris deputy mayor"
DOCS.append(dict(
    doc_id="local-goris-road-checks-sep-2021", style="local", side="Armenian (local)",
    outlet="Mountain Post, a fictional local news site in Syunik",
    title="Azerbaijani police now check buses too on Goris–Kapan road, deputy mayor says",
    published="2021-09-15", published_given=False,
    published_in_text=dict(surface="GORIS, September 15 —", date=None, how="dateline"),
    captions=[],
    not_places=[("Shahumyan", "the deputy mayor's surname; Shahumyan is the name of three villages in Armenia "
                              "(GeoNames 174775, 616234, 616620) and of a former Karabakh district")],
    patterns=["P07 dateline with day and month but no year, no publication date", "P28 road checks and fees",
              "P27 closure without a count ('temporarily closed the road')", "P25 checkpoint put up (undated)",
              "P34 detention of two drivers", "P17 vague 'Dozens of Iranian trucks'", "P18 'some 40', 'some 300'",
              "P35 'told Mountain Post', 'according to drivers', 'according to Iranian customs'",
              "P38 surname that is a place", "P39 acronym NSS", "P40 nested road names 'Goris–Kapan road', "
              "'Goris–Kapan interstate road'", "P43 'On August 27'", "P44 'on Wednesday', 'since Sunday', "
              "'Yesterday', 'last year's war'"],
    traps=["no year anywhere: weekday and yearless dates are flagged", "'Goris deputy mayor' = a mention of Goris",
           "'Goris–Kapan interstate road' = one road mention", "'Vorotan bridge' = a bridge with no id, not the "
           "village", "'the Agarak crossing' = the Agarak–Norduz crossing", "present-tense restrictions with no "
           "publication date have no date", "'21 kilometres' and 'about a day' are incidental"],
    mentions=[
        M("Goris–Kapan road", "goris-kapan-highway", inside=[("Goris", "goris"), ("Kapan", "kapan")],
          note="the road, one mention (en dash)"),
        M("GORIS", "goris", note="dateline in capitals"),
        M("Goris–Kapan interstate road", "goris-kapan-highway", inside=[("Goris", "goris"), ("Kapan", "kapan")],
          note="one mention; 'interstate road' is part of the road's name here"),
        M("Goris", "goris", note="in 'Goris deputy mayor'"),
        M("Vorotan", "vorotan"),
        M("Goris", "goris"), M("Armenia", "armenia", note="in 'Armenia's National Security Service'"),
        M("Kapan", "kapan", note="'the Kapan side'"),
        M("Vorotan bridge", None, "bridge",
          note="the bridge near Vorotan on the Goris–Kapan road; not in the gazetteer; the feature noun makes it a "
               "different place from the village"),
        M("Kapan", "kapan"),
        M("Meghri", "meghri"),
        M("Agarak crossing", "agarak-norduz", "border_crossing", note="the Agarak–Norduz crossing, one mention"),
        M("Iran", "iran"), M("Tatev", "gn:174748"),
    ],
    claims=[
        CL("GORIS, September 15 — Azerbaijani police and customs officers posted on the Goris–Kapan interstate road "
           "began checking buses with Iranian plates on Wednesday, in addition to trucks, Goris deputy mayor Aram "
           "Shahumyan told Mountain Post.",
           "restriction", flag=RU, via="goris-kapan-highway", claimant=SHAH,
           note="'on Wednesday' with a yearless dateline and no publication date given (the true date is Wednesday 15 "
                "September 2021); checks, not counted"),
        CL("The checks have been under way since Sunday at a post near Vorotan, where about 21 kilometres of the road "
           "pass through territory that came under Azerbaijani control after last year's war.",
           "restriction", flag=RU, place="vorotan", via="goris-kapan-highway", claimant=MP,
           note="'since Sunday' with no publication date known (true: 12 September 2021); '21 kilometres' is a "
                "distance; 'last year's war' is background"),
        CL("Officers inspect drivers' documents and cargo and collect a fee, according to drivers.",
           "restriction", claimant="drivers (unnamed)",
           note="present tense; no date is written and no publication date is known: date unknown (no flag: no "
                "relative or yearless date is written)"),
        CL("Yesterday two Iranian drivers were detained at the post for several hours and later released, he said.",
           "detention", flag=RU, count=2, q="exact", unit="people", place="vorotan", claimant=SHAH,
           note="'Yesterday' with no publication date known; 'the post' = the post near Vorotan; count in words"),
        CL("Dozens of Iranian trucks have gathered at the exit from Goris, where Armenia's National Security Service "
           "(NSS) has temporarily closed the road to Iranian vehicles.",
           "stock", count=None, q="unspecified", unit="trucks", flag=VC, place="goris", claimant=MP,
           note="'Dozens': vague; trucks that are somewhere (waiting); present perfect with no publication date: "
                "date unknown"),
        CL("Dozens of Iranian trucks have gathered at the exit from Goris, where Armenia's National Security Service "
           "(NSS) has temporarily closed the road to Iranian vehicles.",
           "restriction", place="goris", via="goris-kapan-highway", claimant=MP,
           note="the NSS closure for Iranian vehicles; 'the road' = the Goris–Kapan road; no date (no publication "
                "date known)"),
        CL("Drivers said some 40 trucks were also waiting on the Kapan side.",
           "stock", count=40, q="about", unit="trucks", place="kapan", claimant="drivers (unnamed)",
           note="no date: date unknown"),
        CL("The Russian side has put up a checkpoint at the Vorotan bridge, it said.",
           "restriction", claimant="Armenia's National Security Service (NSS)",
           note="a checkpoint put up, undated; the Vorotan bridge has no id, so place is null"),
        CL("On August 27 the same section was blocked for about a day, when, according to Iranian customs, some 300 "
           "trucks were stranded on both sides of Kapan.",
           "restriction", flag=YU, via="goris-kapan-highway", claimant=MP,
           note="written 'On August 27' with no year and no publication date known (true: 27 August 2021); 'about a "
                "day' is a duration; 'the same section' = of the Goris–Kapan road"),
        CL("On August 27 the same section was blocked for about a day, when, according to Iranian customs, some 300 "
           "trucks were stranded on both sides of Kapan.",
           "stock", flag=YU, count=300, q="about", unit="trucks", place="kapan", claimant="Iranian customs",
           note="stranded trucks (a stock) on the same yearless day; second claim"),
    ],
))

# --------------------------------------------------------------------------------------------
# 10. Azerbaijani agency (Trend/APA style), HTML page. Thursday 14 September 2023 (html time); NOT given.
# --------------------------------------------------------------------------------------------
BP = "Birlik Press"
SBS = "Azerbaijan's State Border Service"
DOCS.append(dict(
    doc_id="azerbaijani-checkpoint-sep-2023", style="azerbaijani", side="Azerbaijani",
    outlet="Birlik Press, a fictional Azerbaijani news agency (English service, web page)",
    title="ICRC vehicles carrying 27 people cross Lachin checkpoint towards Gorus",
    published="2023-09-14", published_given=False, html_file="azerbaijani-checkpoint-sep-2023.html",
    published_in_text=dict(surface="2023-09-14T16:05:00+04:00", date="2023-09-14", how="html time"),
    captions=["Archive photo: the Lachin border checkpoint, May 2023."],
    not_places=[("APA", "acronym of an Azerbaijani news agency; Apa is a town in Romania (GeoNames 686294) and a "
                        "village in Turkey (323768)"),
                ("Bayram", "the MP's given name; 'Bayram' is a GeoNames alternate name of Bāyrām, Iran (18141)")],
    patterns=["P08 date only in the HTML time element; the visible text shows only '16:05'", "P04 '..., Agency "
              "reports.' at the end of the lead", "P13/P12 archive caption ending in an older date",
              "P15 breakdown after a dash (ICRC staff, drivers, patients, ...)", "P32 direction strings "
              "'in the direction of Khankendi–Gorus', 'in the Gorus–Khankendi direction'", "P34 detention at the "
              "checkpoint", "P20 cumulative 'since it began operating'", "P37 the boilerplate checkpoint paragraph "
              "with '12:00 (GMT+4)'", "P39 acronyms ICRC, APA", "P40 nested road names 'Aghdam–Khankendi road', "
              "'Barda–Aghdam highway', 'Lachin–Khankendi road'", "P42 homonym: Barda (Azerbaijan) vs Barda (Russia)",
              "P44 'today', 'Yesterday', 'last month'", "P43 'April 22', 'April 23' (year inferred)"],
    traps=["the publication date is only in the HTML <time datetime>", "Azerbaijani spellings Gorus, Khankendi",
           "direction strings 'Khankendi–Gorus' = two settlement mentions (no road noun)", "'Lachin border "
           "checkpoint' = the Hakari bridge checkpoint", "'Barda' next to Aghdam = Barda in Azerbaijan, not Barda in "
           "Perm Krai", "'in 1991' dates alleged crimes, not a claim", "the headline's 27 people is the body's",
           "the boilerplate paragraph holds two restriction claims", "'Meshali' has no id"],
    mentions=[
        M("Lachin checkpoint", "hakari-bridge", "border_crossing", note="gazetteer alias of the Hakari bridge checkpoint"),
        M("Gorus", "goris", note="Azerbaijani spelling of Goris"),
        M("Lachin border checkpoint", "hakari-bridge", "border_crossing",
          note="Azerbaijan's name for its checkpoint at the Hakari bridge; one mention, not the town Lachin"),
        M("Lachin border checkpoint", "hakari-bridge", "border_crossing"),
        M("Khankendi", "khankendi", note="direction string 'Khankendi–Gorus': two mentions (no road noun)"),
        M("Gorus", "goris"),
        M("Armenia", "armenia"), M("Gorus", "goris", note="direction string 'Gorus–Khankendi'"),
        M("Khankendi", "khankendi"),
        M("Karabakh", "karabakh", note="'the Karabakh region': the common noun left out"),
        M("Meshali", None, "settlement",
          note="Meshali (Meşəli), a village near Askeran; not in the gazetteer or cities500"),
        M("Baku", "baku"),
        M("Aghdam–Khankendi road", None, "road", inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")],
          note="one road mention; not in the gazetteer"),
        M("Barda–Aghdam highway", None, "road", inside=[("Barda", "gn:587057"), ("Aghdam", "gn:148619")],
          note="one road mention; Barda is the Azerbaijani town (GeoNames 587057), not Barda in Perm Krai, Russia "
               "(579132)"),
        M("Armenia", "armenia"), M("Armenia", "armenia"),
        M("Lachin–Khankendi road", "lachin-corridor", inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")],
          note="the road through the Lachin corridor; one mention"),
        M("Azerbaijan", "azerbaijan"),
    ],
    claims=[
        CL("Eight vehicles of the International Committee of the Red Cross (ICRC) passed through the Lachin border "
           "checkpoint in the direction of Khankendi–Gorus today, Birlik Press reports.",
           "exit", "2023-09-14", "2023-09-14", "day", count=8, q="exact", unit="vehicles", origin="khankendi",
           destination="goris", via="hakari-bridge", claimant=BP,
           note="ICRC vehicles leaving towards Armenia (exit, as the Azerbaijani text frames the checkpoint); 'today' = "
                "14 September 2023 (the HTML time element); count in words; the outlet asserts it"),
        CL("A total of 27 people – 4 ICRC staff members, 8 drivers, 9 patients, 5 accompanying persons and 1 medical "
           "worker – crossed the checkpoint after their documents were checked.",
           "population_movement", "2023-09-14", "2023-09-14", "day", count=27, q="exact", unit="people",
           breakdown=[(4, "ICRC staff members"), (8, "drivers"), (9, "patients"), (5, "accompanying persons"),
                      (1, "medical worker")],
           via="hakari-bridge", claimant=BP,
           note="breakdown after a dash sums to 27; the same crossing as the previous sentence (today); the "
                "direction is only in the previous sentence, so origin and destination are null; the headline's 27 "
                "people is this figure"),
        CL("On the same day, two trucks of the Russian peacekeeping contingent carrying flour entered from Armenia in "
           "the Gorus–Khankendi direction, the State Border Service said, citing APA.",
           "entry", "2023-09-14", "2023-09-14", "day", count=2, q="exact", unit="trucks", origin="armenia",
           destination="khankendi", claimant=SBS + " (citing APA)",
           note="peacekeepers' trucks entering from Armenia (entry); 'On the same day' = today, 14 September 2023"),
        CL("Yesterday, border guards detained a resident of the Karabakh region at the checkpoint on suspicion of war "
           "crimes committed in the village of Meshali in 1991, the service said.",
           "detention", "2023-09-13", "2023-09-13", "day", count=1, q="exact", unit="people", place="hakari-bridge",
           claimant=SBS,
           note="'Yesterday' = 13 September 2023; 'a resident' = one person; 'in 1991' dates the alleged crimes, not "
                "a claim; the hand-over in Baku (next sentence) is part of the same detention"),
        CL("According to the service, 1,620 people have passed through the checkpoint since it began operating, the "
           "majority of them ICRC patients and their escorts.",
           "population_movement", "2023-04-23", "2023-09-14", "period", count=1620, q="exact", unit="people",
           via="hakari-bridge", claimant=SBS,
           note="'since it began operating' = since 23 April 2023 (the boilerplate paragraph), to publication; 'the "
                "majority' is a vague part"),
        CL("He called on the Armenian residents to use the Aghdam–Khankendi road, which was repaired last month, and "
           "the Barda–Aghdam highway for cargo.",
           "other", *month(2023, 8), "month", claimant="Bayram Guliyev, member of parliament",
           note="the road repair, 'last month' = August 2023; the roads have no id, so place is null"),
        CL("In order to prevent the illegal transfer of manpower, ammunition and mines from Armenia, and in response to "
           "the checkpoint that Armenia set up on April 22, units of the State Border Service set up a border "
           "checkpoint at 12:00 (GMT+4) on April 23 at the beginning of the Lachin–Khankendi road, on the sovereign "
           "territory of Azerbaijan.",
           "restriction", "2023-04-23", "2023-04-23", "day", via="lachin-corridor", claimant=BP,
           note="the boilerplate paragraph; 'April 23' in a September 2023 report = 2023 (year inferred); '12:00 "
                "(GMT+4)' is a time of day"),
        CL("In order to prevent the illegal transfer of manpower, ammunition and mines from Armenia, and in response to "
           "the checkpoint that Armenia set up on April 22, units of the State Border Service set up a border "
           "checkpoint at 12:00 (GMT+4) on April 23 at the beginning of the Lachin–Khankendi road, on the sovereign "
           "territory of Azerbaijan.",
           "restriction", "2023-04-22", "2023-04-22", "day", claimant=BP,
           note="the checkpoint Armenia set up, as the Azerbaijani text asserts; 22 April 2023 (year inferred); "
                "place not named"),
    ],
))

# --------------------------------------------------------------------------------------------
# 11. Iranian agency (IRNA/Mehr style). Wednesday 25 May 2022. Date given.
# --------------------------------------------------------------------------------------------
ARD = "Babak Ardalan, director general of East Azarbaijan customs"
DOCS.append(dict(
    doc_id="iranian-norduz-trade-may-2022", style="iranian", side="Iranian",
    outlet="Shahab News Agency (SNA), a fictional Iranian news agency (English service)",
    title="Iran-Armenia trade: 520 trucks a day now cross at Norduz",
    published="2022-05-25", published_given=True,
    published_in_text=dict(surface="TEHRAN, May 25 (SNA) –", date=None, how="dateline"),
    captions=[],
    not_places=[("Babak", "the official's given name; Babak is a town in the Nakhchivan Autonomous Republic "
                          "(GeoNames 148413), which this text also names"),
                ("Ardalan", "the official's surname; Ardalān is a village in Ardabil province, Iran (GeoNames 35659)"),
                ("SNA", "the agency's acronym; 'SNA' is a GeoNames alternate name of Santa Ana, California (5392900)")],
    patterns=["P09 Iranian dateline 'TEHRAN, May 25 (SNA) –'", "P11 figure only in the headline (a daily rate)",
              "P19 rate 'a day'", "P18 'More than 21,000'", "P17 'the rest', 'Some drivers'",
              "Iranian calendar years 1400 and 1401", "P27 closure and resumption with times",
              "P40 nested road names 'Goris-Kapan road', 'Kapan-Meghri road'", "P31 buses carrying tourists",
              "P38 given name and surname that are places", "P39 agency acronym",
              "P44 'on Sunday night', 'on Monday', 'on Wednesday'", "P47 'at 6 a.m.'"],
    traps=["the headline's 520 trucks a day is not in the body", "Iranian years: the first two months of 1401 = 21 "
           "March - 21 May 2022; 1400 = 21 March 2021 - 20 March 2022", "'East Azarbaijan' (Iranian spelling) = the "
           "province, not the country", "'Republic of Azerbaijan' = one mention", "'Norduz border terminal' -> "
           "Norduz; 'Jolfa crossing' -> Jolfa (Iran)", "'12,300 of the trucks left Iran' is a directional part; "
           "'the rest' is not derived", "'Aras' inside 'Aras Free Zone' is the river", "'Babak' is also a town in "
           "Nakhchivan, named in the same text", "'$690 million' is money"],
    mentions=[
        M("Iran", "iran"), M("Armenia", "armenia"),
        M("Norduz", "agarak-norduz", note="'cross at Norduz': the crossing"),
        M("TEHRAN", "tehran", note="dateline in capitals"),
        M("Norduz", "agarak-norduz", note="'Norduz border terminal': the common noun left out"),
        M("Iran", "iran"), M("Armenia", "armenia"),
        M("East Azarbaijan", "east-azerbaijan",
          note="the Iranian province (Iranian romanisation 'Azarbaijan'), not the country Azerbaijan"),
        M("Iran", "iran"),
        M("Armenia", "armenia"), M("Syunik", "syunik", note="'Syunik province'; not the village (13132983)"),
        M("Goris-Kapan road", "goris-kapan-highway", inside=[("Goris", "goris"), ("Kapan", "kapan")],
          note="the road, one mention (hyphen)"),
        M("Republic of Azerbaijan", "azerbaijan", note="one mention, like 'Islamic Republic of Iran'"),
        M("Tatev", "gn:174748"),
        M("Kajaran", "gn:174880", note="Kajaran, Syunik (GeoNames 174880), not Kajaran in Indonesia (7037526)"),
        M("Kapan-Meghri road", "kapan-meghri-agarak", inside=[("Kapan", "kapan"), ("Meghri", "meghri")],
          note="the road, one mention"),
        M("Armenia", "armenia"), M("Meghri", "meghri", note="in 'Armenia's Meghri customs office'"),
        M("Jolfa", "gn:130081", note="'The Jolfa crossing': Jolfa in Iran (GeoNames 130081), not Julfa in Nakhchivan "
                                     "(148251); the common noun left out, as the tuned set does for 'Jolfa terminal'"),
        M("Nakhchivan", "nakhchivan-ar", note="'crossing to Nakhchivan': the autonomous republic, not the city (147429)"),
        M("Armenia", "armenia"),
        M("Aras", None, "river", note="in 'the Aras Free Zone': the toponym (the Aras river) inside an organisation's "
                                      "name; no id"),
        M("Norduz", "agarak-norduz"), M("Armenia", "armenia"),
        M("Agarak", "agarak", note="'through Agarak': the Syunik border town (GeoNames 175008)"),
        M("Iran", "iran", note="in 'Iran's exports'"), M("Armenia", "armenia"),
    ],
    claims=[
        CL("Iran-Armenia trade: 520 trucks a day now cross at Norduz",
           "crossing", "2022-05-25", "2022-05-25", "day", count=520, q="exact", unit="trucks", via="agarak-norduz",
           claimant="Shahab News Agency (headline)", headline=True,
           note="a daily rate ('a day') stated only in the headline; 'now' = the day of publication"),
        CL("TEHRAN, May 25 (SNA) – More than 21,000 trucks crossed the Norduz border terminal between Iran and Armenia "
           "in the first two months of the Iranian year 1401, the director general of East Azarbaijan customs said on "
           "Wednesday.",
           "crossing", "2022-03-21", "2022-05-21", "period", count=21000, q="at_least", unit="trucks",
           via="agarak-norduz", claimant=ARD,
           note="the first two months of 1401 (Farvardin and Ordibehesht) = 21 March - 21 May 2022; both directions; "
                "'on Wednesday' (25 May) is the statement"),
        CL("Babak Ardalan told SNA that 12,300 of the trucks left Iran loaded with exports, mainly cement, fruit and "
           "bitumen, while the rest carried transit cargo to and from member states of the Eurasian Economic Union.",
           "exit", "2022-03-21", "2022-05-21", "period", count=12300, q="exact", unit="trucks", origin="iran",
           claimant=ARD,
           note="a directional part of the previous sentence's trucks (separate claim), same period; destination not "
                "stated"),
        CL("Babak Ardalan told SNA that 12,300 of the trucks left Iran loaded with exports, mainly cement, fruit and "
           "bitumen, while the rest carried transit cargo to and from member states of the Eurasian Economic Union.",
           "crossing", "2022-03-21", "2022-05-21", "period", count=None, q="unspecified", unit="trucks", flag=VC,
           claimant=ARD, note="'the rest': vague, not derived (not 21,000 - 12,300); second claim"),
        CL("He said the route through Armenia's Syunik province was now working normally, after Iranian drivers faced "
           "checks and fees in 2021 on a stretch of the Goris-Kapan road controlled by the Republic of Azerbaijan.",
           "restriction", "2021-01-01", "2021-12-31", "period", via="goris-kapan-highway", claimant=ARD,
           note="the 2021 checks and fees; only the year is written: the whole of 2021"),
        CL("Some drivers now use the road through Tatev, he added.",
           "crossing", "2022-05-25", "2022-05-25", "day", count=None, q="unspecified", unit="drivers", flag=VC,
           via="gn:174748", claimant=ARD, note="'Some drivers': vague; 'now' = publication"),
        CL("Traffic was briefly halted on Sunday night because of a landslide near Kajaran, on the Kapan-Meghri road, "
           "and resumed at 6 a.m. on Monday, Armenia's Meghri customs office said.",
           "restriction", "2022-05-22", "2022-05-23", "period", place="gn:174880", via="kapan-meghri-agarak",
           claimant="Armenia's Meghri customs office",
           note="'Sunday night' = 22 May, 'at 6 a.m. on Monday' = 23 May 2022 (publication Wednesday 25 May)"),
        CL("The Jolfa crossing to Nakhchivan, Ardalan noted, remains closed to transit towards Armenia.",
           "restriction", "2022-05-25", "2022-05-25", "day", place="gn:130081", claimant=ARD,
           note="present tense ('remains closed'), dated to publication"),
        CL("According to the Aras Free Zone, which surrounds Norduz, 4,870 passenger cars and 63 buses carrying "
           "Iranian tourists entered Armenia through Agarak in the same period.",
           "entry", "2022-03-21", "2022-05-21", "period", count=4870, q="exact", unit="passenger cars",
           destination="armenia", via="agarak", claimant="the Aras Free Zone",
           note="'in the same period' = the first two months of 1401; via the town named ('through Agarak')"),
        CL("According to the Aras Free Zone, which surrounds Norduz, 4,870 passenger cars and 63 buses carrying "
           "Iranian tourists entered Armenia through Agarak in the same period.",
           "population_movement", "2022-03-21", "2022-05-21", "period", count=63, q="exact", unit="buses",
           destination="armenia", via="agarak", claimant="the Aras Free Zone",
           note="buses carrying people: population_movement; second claim of the sentence"),
        CL("Iran's exports to Armenia were worth $690 million in the Iranian year 1400, the official said.",
           "other", "2021-03-21", "2022-03-20", "period", claimant=ARD,
           note="a trade value in money, not a count: count null; Iranian year 1400 = 21 March 2021 - 20 March 2022"),
    ],
))

# --------------------------------------------------------------------------------------------
# 12. Western radio service (RFE/RL style). True date Monday 3 July 2023; NOT given, none in the text.
# --------------------------------------------------------------------------------------------
FVR = "Free Voice Radio (Armenian Service)"
HAK = "Lusine Hakobjanyan, ICRC spokeswoman"
DOCS.append(dict(
    doc_id="western-radio-patients-jul-2023", style="western", side="Western broadcaster (Armenian service)",
    outlet="Free Voice Radio, Armenian Service, a fictional Western-funded broadcaster",
    title="Red Cross resumes patient transfers from Karabakh after Azerbaijani halt",
    published="2023-07-03", published_given=False, published_in_text=None,
    captions=[],
    not_places=[("Kirov", "the spokesman's surname; Kirov is a city in Russia (GeoNames 548408), and 'Kirov' is an "
                          "alternate name of Amrakits in Lori, Armenia (616531)"),
                ("Jeyhun", "the minister's given name; a GeoNames alternate name of Döwletli, Turkmenistan (13608018)")],
    patterns=["P07 no date anywhere (pasted text)", "P35 'told our Armenian Service', 'he wrote on Facebook', "
              "'local media reported'", "P30 patient transfers ('14 patients yesterday and 19 today')",
              "P29 convoys with trucks 'in all'", "P27 halt on a yearless date", "P25 checkpoint set up 'in April'",
              "P23 'were waiting ... as of Saturday' stock", "P24 '120,000 people are still cut off'",
              "P38 surname that is a place", "P43 'on June 15', 'in April' without a year",
              "P44 'on Monday', 'yesterday', 'today', 'as of Saturday', 'a day after', 'Last week'"],
    traps=["no publication date: every relative and yearless date is flagged", "'14 patients yesterday and 19 "
           "today' = two claims", "'two convoys ... with 11 trucks in all' = one claim (trucks)", "'Since then' = "
           "since June 15 (no year)", "the checkpoint is never named (no via/place)", "present-tense figure with no "
           "date", "'Kirov' is a surname"],
    mentions=[
        M("Karabakh", "karabakh"),
        M("Nagorno-Karabakh", "karabakh"), M("Armenia", "armenia"), M("Lachin corridor", "lachin-corridor"),
        M("Stepanakert", "khankendi"),
        M("Baku", "baku", note="metonymy for the government of Azerbaijan"),
        M("Stepanakert", "khankendi"), M("Yerevan", "yerevan"),
        M("Azerbaijan", "azerbaijan"), M("Stepanakert", "khankendi"), M("Goris", "goris"),
        M("Baku", "baku"),
        M("Karabakh", "karabakh", note="in 'Karabakh's human rights ombudsman'"),
        M("Stepanakert", "khankendi"),
    ],
    claims=[
        CL("The International Committee of the Red Cross has resumed transfers of seriously ill patients from "
           "Nagorno-Karabakh to Armenia through the Lachin corridor, its office in Stepanakert said on Monday.",
           "population_movement", flag=RU, origin="karabakh", destination="armenia", via="lachin-corridor",
           claimant="the ICRC office in Stepanakert",
           note="evacuations resumed; no number in this sentence (count null, no quantity asserted); 'on Monday' "
                "with no publication date known (true: Monday 3 July 2023)"),
        CL("\"We transferred 14 patients yesterday and 19 today, together with their attendants,\" ICRC spokeswoman "
           "Lusine Hakobjanyan told our Armenian Service.",
           "population_movement", flag=RU, count=14, q="exact", unit="patients", claimant=HAK,
           note="'yesterday' with no publication date known; the attendants are not counted; direction only in the "
                "previous sentence"),
        CL("\"We transferred 14 patients yesterday and 19 today, together with their attendants,\" ICRC spokeswoman "
           "Lusine Hakobjanyan told our Armenian Service.",
           "population_movement", flag=RU, count=19, q="exact", unit="patients", claimant=HAK,
           note="'today' with no publication date known; second claim of the sentence"),
        CL("Footage released by Azerbaijani state media showed the patients and the Red Cross vehicles being searched "
           "at the checkpoint that Baku set up at the entrance to the corridor in April.",
           "restriction", flag=YU, claimant=FVR,
           note="the checkpoint set up 'in April' (a month with no year, no publication date known; true: 23 April "
                "2023); the searches are part of the same restriction; the checkpoint is never named in this text"),
        CL("According to the health ministry in Stepanakert, nearly 200 people were waiting to be taken to hospitals in "
           "Yerevan as of Saturday.",
           "stock", flag=RU, count=200, q="about", unit="people", claimant="the health ministry in Stepanakert",
           note="'nearly 200' = about; 'as of Saturday' with no publication date known; people waiting (where is "
                "not stated)"),
        CL("Azerbaijan halted the transfers, as well as food deliveries by Russian peacekeepers, on June 15 after a "
           "shooting incident near the checkpoint.",
           "restriction", flag=YU, claimant=FVR,
           note="written 'on June 15' with no year and no publication date known"),
        CL("Since then, only two convoys of the peacekeepers, with 11 trucks in all, have reached Stepanakert from "
           "Goris, the peacekeeping command's spokesman, Colonel Andrei Kirov, said.",
           "crossing", flag=YU, count=11, q="exact", unit="trucks", origin="goris", destination="khankendi",
           claimant="Colonel Andrei Kirov, spokesman of the Russian peacekeeping command",
           note="'Since then' = since June 15 (no year); two convoys, 11 trucks in all: one claim, counted in trucks"),
        CL("The resumption came a day after Azerbaijani Foreign Minister Jeyhun Bayramov met a Red Cross delegation in "
           "Baku.",
           "diplomatic", flag=RU, place="baku", claimant=FVR,
           note="'a day after' the resumption (itself 'yesterday'): relative, no publication date known"),
        CL("\"Patients can travel again, but 120,000 people are still cut off from food,\" he wrote on Facebook.",
           "restriction", count=120000, q="exact", unit="people", claimant="Karabakh's human rights ombudsman",
           note="people under the blockade; present tense with no publication date known: date unknown (no relative "
                "or yearless date is written, so no flag)"),
        CL("Last week, residents of Stepanakert blocked the road to the city's airport in protest at the shortages, "
           "local media reported.",
           "restriction", flag=RU, place="khankendi", claimant="local media",
           note="a road blocked by protesters; 'Last week' with no publication date known; the protesters are not "
                "counted"),
    ],
))


# --------------------------------------------------------------------------------------------
# building and checking: tests/data/real_holdout_builder.py, shared with the other held-out set
# --------------------------------------------------------------------------------------------
NAME_EXTRA = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Agarak", "Khojavend", "Lori", "Kotayk",
              "Ararat", "Sevan", "Kajaran", "Sisian", "Vayk", "Tatev", "Moscow", "Sochi", "Russia", "Türkiye", "Turkey",
              "Aghdam", "Zangezur", "Hakari", "GORIS", "KAPAN", "MEGHRI", "BAKU", "STEPANAKERT", "ARMENIA", "Norduz",
              "Vorotan", "Tegh", "Kornidzor", "Shushi", "Ankara", "ANKARA", "Armavir", "Barda", "Askeran", "Martakert",
              "Yevlakh", "Geneva", "GENEVA", "YEREVAN", "MOSCOW", "KORNIDZOR", "TEHRAN", "Jolfa", "Julfa", "Aras",
              "Sus", "Zabukh", "Aghavno", "Meshali", "Gorus", "Caucasus", "Masis", "Kamo", "Babak", "Shahumyan",
              "Orlov", "Kirov", "Aydın", "Narek", "Arshaluys"]
COMMON = {"The", "A", "An", "In", "On", "By", "At", "Of", "And", "But", "It", "He", "She", "They", "We", "His", "Her",
          "Photo", "Archive", "News", "Red", "Cross", "Center", "Zone", "Free", "Post", "Mountain", "Union", "Service",
          "State", "Court", "Justice", "Ministry", "Health", "Defence", "Foreign", "Prime", "Minister", "President",
          "Republic", "Government", "Committee", "International", "Medical", "Republican", "Information",
          "Headquarters", "Human", "Rights", "Defender", "Economic", "Eurasian", "Council", "Security", "National",
          "Border", "Politics", "Flash", "Update", "HIGHLIGHTS", "SITUATION", "OVERVIEW", "RESPONSE", "Issued",
          "Covering", "Partners", "Mobile", "Major", "General", "Colonel", "Monday", "Tuesday", "Wednesday",
          "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December", "Sept", "Most", "Some", "See", "Before",
          "After", "Since", "Across", "Footage", "Traffic", "Officers", "Drivers", "Vehicles", "Cars", "Refugees",
          "Several", "Another", "Because", "Transfers", "Twelve", "Eight", "Officials", "Last", "Yesterday",
          "Between", "Around", "According", "Dozens", "Arrivals", "Goris", "Kapan", "Meghri", "From", "More"}

build, check = make(HERE, DOCS, NAME_EXTRA, COMMON)


if __name__ == "__main__":
    w = build()
    for rec in w:
        print(f"{rec['doc_id']:36s} {rec['style']:12s} given={str(rec['published_given']):5s} words={rec['words']:4d} "
              f"mentions={len(rec['mentions']):3d} claims={len(rec['claims']):3d}")
    print(f"total: docs={len(w)} mentions={sum(len(r['mentions']) for r in w)} "
          f"claims={sum(len(r['claims']) for r in w)}")
    if "--check" in sys.argv:
        sys.exit(1 if check(w) else 0)
