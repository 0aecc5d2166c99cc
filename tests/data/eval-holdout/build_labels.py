"""Write the HELD-OUT evaluation label files (<doc_id>.json) from the hand-written specs below.

These texts and labels were written AFTER the extractor had been tuned on tests/data/eval/, and
were never used for tuning. The labels are a human analyst's reading of each text; nobody read or
ran geo/geoparse.py, geo/extract.py or geo/evaluate.py to produce them. This script only turns that
reading into offsets: every mention is found with str.find/str.index, in reading order, as a whole
word, and every claim's sentence is found as an exact, unique substring.

    .venv/bin/python tests/data/eval-holdout/build_labels.py           # write the JSON files
    .venv/bin/python tests/data/eval-holdout/build_labels.py --check   # also verify offsets and list every
                                                                        # name occurrence no mention covers

The schema and rules are those of tests/data/eval/README.md, with one deliberate difference in
place ids (see README.md here): when data/gazetteer.json now holds a place (hakari-bridge, syunik,
zangezur-corridor, nakhchivan-ar, lori, lake-sevan, turkey, russia ...), its gazetteer id is used,
as the rule "a data/gazetteer.json id first" says; the tuned set, labelled before the gazetteer
gained those places, writes null (or gn:) for them.
"""
from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import GAZ, C, M, label_record, month, write_records  # noqa: E402


KHOJ = "Martuni in Karabakh = Khojavend (GeoNames 146969 lists 'Martuni' as an alternate name)"
GEGH = "Martuni on Lake Sevan, Gegharkunik, Armenia (GeoNames 616438), not Khojavend nor the village 616437"
NEWER = "gazetteer id; the tuned set (labelled before the gazetteer gained this place) writes null"
SYUNIK = ("the province = gazetteer 'syunik'; not GeoNames 13132983, a village of that name. " + NEWER)
KAJ = "Kajaran, Syunik (GeoNames 174880); not Kajaran in Indonesia (7037526)"

DOCS = []

# --------------------------------------------------------------------------------------------
# 1. Russian-language agency, English service (TASS style). Published Monday 15 November 2021.
# --------------------------------------------------------------------------------------------
R_BULLETIN = "the Russian peacekeeping contingent's bulletin (published by the Russian Defence Ministry)"
DOCS.append(dict(
    doc_id="russian-peacekeepers-nov-2021", style="russian",
    outlet="Vostok-Inform (fictional Russian news agency, English service)",
    title="Russian peacekeepers escort 148 vehicles through Lachin corridor in a week",
    published="2021-11-15",
    traps=["TASS-style dateline 'STEPANAKERT /Nagorno-Karabakh/, November 15. /Vostok-Inform/.' opening the "
           "first claim sentence", "'Vostok' in the agency name is not a place",
           "double names in parentheses: 'Stepanakert (Khankendi)', 'Shusha (Shushi)' = two mentions each",
           "Martuni = Khojavend twice ('Martuni', 'the Martuni district'), never Martuni on Lake Sevan",
           "'Goris – Kapan highway' with spaced en dash = one road mention",
           "Lisagor: resolves only through a GeoNames alternate name (Turshsu, 393875)",
           "'nearly 1,200' (labelled about)", "'a dozen families' (labelled 12, about)",
           "'one ceasefire violation' = 1", "'between November 8 and 14'", "'Over the past week'",
           "'Since 1 October' (runs to publication)", "'Over the weekend' before a Monday publication",
           "'on the 5th' / 'On the 12th' = day of the publication month",
           "'since September 12' with the year inferred", "'later this month' (a future meeting)",
           "'from Goris to Stepanakert (Khankendi) and back'",
           "demonyms: Russian, Azerbaijani, Iranian, Armenian; 'the Kremlin' is a building"],
    mentions=[
        M("Lachin corridor", "lachin-corridor", note="in the title"),
        M("STEPANAKERT", "khankendi", note="dateline in capitals"),
        M("Nagorno-Karabakh", "karabakh", note="dateline region between slashes (TASS style)"),
        M("Lachin corridor", "lachin-corridor"),
        M("Goris", "goris"), M("Stepanakert", "khankendi"),
        M("Khankendi", "khankendi", note="'Stepanakert (Khankendi)': two mentions of one place"),
        M("Nagorno-Karabakh", "karabakh"), M("Armenia", "armenia"),
        M("Yerevan", "yerevan"), M("Martuni", "gn:146969", note=KHOJ + "; 'a district centre in the south-east "
                                                                      "of the region'"),
        M("Martuni", "gn:146969", note="in 'the Martuni district' (the common noun left out); " + KHOJ),
        M("Shusha", "shusha"), M("Shushi", "shusha", note="'Shusha (Shushi)': two mentions of one place"),
        M("Lisagor", "gn:393875", note="village near Shusha; GeoNames 393875 'Turshsu' lists Lisagor as an "
                                       "alternate name; not in the gazetteer"),
        M("Goris – Kapan highway", "goris-kapan-highway",
          note="the road, one mention (spaced en dash), not the towns Goris and Kapan"),
        M("Vorotan", "vorotan"),
        M("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's State Border Service'"),
        M("Kornidzor", "kornidzor"),
        M("Moscow", "gn:524901", note="Moscow, Russia; 'the Kremlin' is a building, not a mention"),
        M("Russia", "russia"), M("Azerbaijan", "azerbaijan"), M("Armenia", "armenia"),
        M("Sochi", "gn:491422"),
    ],
    claims=[
        C("STEPANAKERT /Nagorno-Karabakh/, November 15. /Vostok-Inform/. The Russian peacekeeping contingent "
          "reported on Monday that 148 vehicles had passed through the Lachin corridor under its escort between "
          "November 8 and 14.",
          "crossing", "2021-11-08", "2021-11-14", "period", count=148, q="exact", unit="vehicles",
          via="lachin-corridor", claimant="the Russian peacekeeping contingent",
          note="'between November 8 and 14' (2021, the year of publication); 'on Monday' (15 November) is the "
               "date of the report, not of the movements"),
        C("Over the past week, nearly 1,200 civilians were escorted from Goris to Stepanakert (Khankendi) and "
          "back,\" the contingent's command said in a bulletin published by the Russian Defence Ministry.",
          "population_movement", "2021-11-08", "2021-11-14", "period", count=1200, q="about", unit="people",
          origin="goris", destination="khankendi",
          claimant="the command of the Russian peacekeeping contingent",
          note="'nearly 1,200': a little under 1,200, labelled about (it asserts closeness, not a ceiling); "
               "'civilians'; 'and back' = both directions, origin/destination as written; 'the past week' = "
               "8-14 November 2021 (the period given in the lead); the corridor is named only in the "
               "previous sentence, so via is null; the sentence starts inside the quotation"),
        C("Since 1 October, 3,470 refugees have returned to Nagorno-Karabakh from Armenia, the bulletin said.",
          "population_movement", "2021-10-01", "2021-11-15", "period", count=3470, q="exact", unit="people",
          origin="armenia", destination="karabakh", claimant=R_BULLETIN,
          note="'refugees'; 'since 1 October' (2021) runs to publication, 15 November 2021"),
        C("Over the weekend, a dozen families travelled home from Yerevan to Martuni, a district centre in the "
          "south-east of the region, on buses provided by the peacekeepers.",
          "population_movement", "2021-11-13", "2021-11-14", "period", count=12, q="about", unit="families",
          origin="yerevan", destination="gn:146969", claimant=R_BULLETIN,
          note="'a dozen' read as 12, qualifier about (a round, conversational figure); 'the weekend' before "
               "Monday 15 November 2021 = Saturday 13 - Sunday 14 November; Martuni = Khojavend"),
        C("According to the bulletin, the peacekeepers registered one ceasefire violation, in the Martuni "
          "district on the 5th; no one was hurt.",
          "other", "2021-11-05", "2021-11-05", "day", count=1, q="exact", unit="ceasefire violations",
          place="gn:146969", claimant=R_BULLETIN,
          note="'on the 5th' = 5 November 2021 (the month of publication); 'no one was hurt' is part of the same "
               "event, not a separate claim"),
        C("Traffic on the Goris – Kapan highway, where Azerbaijani police have been checking Iranian trucks near "
          "Vorotan since September 12, continues without incident, the bulletin said.",
          "restriction", "2021-09-12", "2021-11-15", "period", via="goris-kapan-highway", place="vorotan",
          claimant=R_BULLETIN,
          note="the police checks: 'since September 12' in a November 2021 report = 12 September 2021 (year "
               "inferred), running to publication; the trucks are not counted"),
        C("On the 12th, a Russian officer met representatives of Azerbaijan's State Border Service and of the "
          "Armenian side near Kornidzor to discuss the movement of trucks.",
          "diplomatic", "2021-11-12", "2021-11-12", "day", place="kornidzor", claimant=R_BULLETIN,
          note="'On the 12th' = 12 November 2021 (the month of publication)"),
        C("In Moscow, the Kremlin said the leaders of Russia, Azerbaijan and Armenia would meet in Sochi later "
          "this month.",
          "diplomatic", "2021-11-16", "2021-11-30", "period", place="gn:491422", claimant="the Kremlin",
          note="a scheduled (future) meeting; 'later this month' = after the 15 November 2021 publication and "
               "before the month ends: 16-30 November 2021"),
    ],
))

# --------------------------------------------------------------------------------------------
# 2. Humanitarian situation report (OCHA style). Issued Monday 16 October 2023.
# --------------------------------------------------------------------------------------------
SITREP = "Humanitarian Coordination Office, Armenia (situation report)"
DOCS.append(dict(
    doc_id="sitrep-refugees-oct-2023", style="intl-org",
    outlet="Humanitarian Coordination Office, Armenia (fictional UN-style office; situation report)",
    title="ARMENIA: Refugee response in Syunik and Vayots Dzor - Situation Report No. 6",
    published="2023-10-16",
    traps=["bullet-like sentences; header lines with dates that are not claims ('Reporting period: 10–14 "
           "October 2023 | Issued: 16 October 2023')", "'ARMENIA' in capitals in the title",
           "two Martunis: 'Martuni (Khojavend)' in Karabakh and 'Martuni, on the shore of Lake Sevan'",
           "Agarak near Stepanavan in Lori (617018), not the Syunik border town",
           "province names that are also settlements: 'Kotayk' (village 616522) and 'Ararat' (town 174991) "
           "in 'Lori, Kotayk and Ararat provinces' are the provinces",
           "'Stepanakert/Khankendi' = two mentions", "Hakari bridge (gazetteer id now)",
           "'approximately' = about", "'An estimated' = about", "'more than 9,000' = at_least",
           "'a dozen patients' (labelled 12, about)", "'hundreds of cars' = vague, count null",
           "'between 10 and 14 October'", "'since 24 September' / 'Since 1 October' run to the issue date",
           "'In early October' (labelled 1-10 October)", "'as of 13 October'",
           "'over the weekend' before a Monday issue date", "'during the reporting period' = the header's "
           "10-14 October", "incidental numbers: '24-hour', 'aged over 65', 'No. 6'",
           "languages 'Armenian and Russian' are not places"],
    mentions=[
        M("ARMENIA", "armenia", note="title in capitals"),
        M("Syunik", "syunik", note=SYUNIK),
        M("Vayots Dzor", None, "region", note="Armenian province; not in the gazetteer or cities500"),
        M("Karabakh", "karabakh"), M("Armenia", "armenia"),
        M("Armenia", "armenia", note="in 'the Government of Armenia'"),
        M("Hakari bridge", "hakari-bridge", "bridge", note=NEWER), M("Armenia", "armenia"),
        M("Stepanakert", "khankendi"),
        M("Khankendi", "khankendi", note="'Stepanakert/Khankendi': two mentions of one place"),
        M("Goris", "goris"), M("Lori", "lori", note="province; " + NEWER),
        M("Kotayk", None, "region",
          note="the province ('Kotayk ... provinces'), not the village Kotayk (GeoNames 616522)"),
        M("Ararat", None, "region",
          note="the province ('Ararat provinces'), not the town Ararat (GeoNames 174991) nor the mountain"),
        M("Kornidzor", "kornidzor"), M("Goris", "goris"),
        M("Martuni", "gn:146969", note=KHOJ), M("Khojavend", "gn:146969",
                                                note="'Martuni (Khojavend)': two mentions of one place"),
        M("Yerevan", "yerevan"),
        M("Martuni", "gn:616438", note=GEGH + "; 'on the shore of Lake Sevan'"),
        M("Lake Sevan", "lake-sevan", "other", note="a lake (gazetteer kind 'lake', outside the mention kinds); "
                                                     + NEWER),
        M("Syunik", "syunik", note="in 'Syunik province'; " + SYUNIK), M("Goris", "goris"), M("Kapan", "kapan"),
        M("Sisian", "gn:174763"),
        M("Goris", "goris"), M("Vayk", "gn:174726"),
        M("Lori", "lori", note="province; " + NEWER),
        M("Agarak", "gn:617018", note="Agarak in Lori, near Stepanavan (GeoNames 617018), not the Syunik border "
                                      "town (175008) nor the village near Ashtarak (617020)"),
        M("Stepanavan", "gn:616194"),
        M("Syunik", "syunik", note=SYUNIK),
        M("Vayots Dzor", None, "region", note="Armenian province; not in the gazetteer or cities500"),
        M("Yerevan", "yerevan"),
    ],
    claims=[
        C("Approximately 100,600 refugees from Karabakh have been registered in Armenia since 24 September, "
          "according to the Government of Armenia.",
          "population_movement", "2023-09-24", "2023-10-16", "period", count=100600, q="about", unit="people",
          origin="karabakh", destination="armenia", claimant="the Government of Armenia, according to the "
                                                              "situation report",
          note="'refugees ... registered'; 'since 24 September' runs to the issue date, 16 October 2023"),
        C("Between 10 and 14 October, approximately 240 people crossed the Hakari bridge into Armenia, most of "
          "them elderly or sick residents brought out of Stepanakert/Khankendi by the ICRC.",
          "population_movement", "2023-10-10", "2023-10-14", "period", count=240, q="about", unit="people",
          origin="khankendi", destination="armenia", via="hakari-bridge", claimant=SITREP,
          note="'most of them' is a part, not a breakdown"),
        C("1,150 refugees were relocated from Goris to collective shelters in Lori, Kotayk and Ararat provinces "
          "during the reporting period.",
          "population_movement", "2023-10-10", "2023-10-14", "period", count=1150, q="exact", unit="people",
          origin="goris", destination="lori", claimant=SITREP,
          note="'the reporting period' = 10-14 October 2023 (header); destinations Lori, Kotayk and Ararat "
               "provinces: the field holds the first (Kotayk and Ararat provinces have no id)"),
        C("The registration point in Kornidzor closed on 12 October; new arrivals are now registered at the "
          "municipal centre in Goris.",
          "other", "2023-10-12", "2023-10-12", "day", place="kornidzor", claimant=SITREP,
          note="closure of a registration point, not of the road; 'new arrivals' are not counted"),
        C("In early October, 17 residents of the care home in Martuni (Khojavend) were evacuated by ambulance to "
          "Yerevan.",
          "population_movement", "2023-10-01", "2023-10-10", "period", count=17, q="exact", unit="people",
          origin="gn:146969", destination="yerevan", claimant=SITREP,
          note="'early October' read as 1-10 October 2023 (the first third of the month); 'residents' of a "
               "care home"),
        C("An estimated 4,800 refugees were still staying in Syunik province as of 13 October, mainly in Goris, "
          "Kapan and Sisian.",
          "other", "2023-10-13", "2023-10-13", "day", count=4800, q="about", unit="people", place="syunik",
          claimant=SITREP, note="a stock of people at a date ('as of'), not a movement; 'An estimated' = about"),
        C("On 14 October, hundreds of cars left behind by refugees were still parked along the roadsides in "
          "Goris and Vayk.",
          "other", "2023-10-14", "2023-10-14", "day", count=None, q="unspecified", unit="cars", place="goris",
          claimant=SITREP,
          note="'hundreds of' is vague: count null; parked cars, not a movement; places Goris and Vayk "
               "(gn:174726): the field holds the first"),
        C("In Lori, 36 families were moved over the weekend to Agarak, a village near Stepanavan.",
          "population_movement", "2023-10-14", "2023-10-15", "period", count=36, q="exact", unit="families",
          destination="gn:617018", claimant=SITREP,
          note="'the weekend' before Monday 16 October 2023 = Saturday 14 - Sunday 15 October; origin not "
               "stated; Agarak in Lori (617018)"),
        C("Since 1 October, partners have distributed approximately 2,400 food parcels and more than 9,000 "
          "hygiene kits in Syunik and Vayots Dzor.",
          "other", "2023-10-01", "2023-10-16", "period", count=2400, q="about", unit="food parcels",
          place="syunik", claimant="humanitarian partners, according to the situation report",
          note="aid distributed inside Armenia, not an entry; 'since 1 October' runs to the issue date; "
               "places Syunik and Vayots Dzor (no id): the field holds the first"),
        C("Since 1 October, partners have distributed approximately 2,400 food parcels and more than 9,000 "
          "hygiene kits in Syunik and Vayots Dzor.",
          "other", "2023-10-01", "2023-10-16", "period", count=9000, q="at_least", unit="hygiene kits",
          place="syunik", claimant="humanitarian partners, according to the situation report",
          note="second claim of the same sentence; 'more than 9,000' = at_least"),
        C("Mobile health teams carried out 1,312 consultations between 10 and 14 October; a dozen patients were "
          "transferred to hospitals in Yerevan.",
          "other", "2023-10-10", "2023-10-14", "period", count=1312, q="exact", unit="consultations",
          claimant=SITREP, note="health activity, not a movement; place not stated"),
        C("Mobile health teams carried out 1,312 consultations between 10 and 14 October; a dozen patients were "
          "transferred to hospitals in Yerevan.",
          "population_movement", "2023-10-10", "2023-10-14", "period", count=12, q="about", unit="patients",
          destination="yerevan", claimant=SITREP,
          note="'a dozen' read as 12, qualifier about; the period is that of the first clause; origin not stated"),
    ],
))

# --------------------------------------------------------------------------------------------
# 3. Turkish agency (Anadolu style). Published Tuesday 25 April 2023.
# --------------------------------------------------------------------------------------------
BORDER_SVC = "Azerbaijan's State Border Service"
DOCS.append(dict(
    doc_id="turkish-lachin-checkpoint", style="turkish",
    outlet="AA-style Turkish state news agency (fictional; dateline '(AA)')",
    title="Azerbaijan sets up border checkpoint at entrance to Lachin road",
    published="2023-04-25",
    traps=["Azerbaijani/Turkish usage: Khankendi, Karabakh, 'Lachin road', Türkiye, Zangezur",
           "'Lachin road' and 'Lachin-Khankendi road' = the corridor, one mention each; 'near Lachin' = the town",
           "'Aghdam-Khankendi road' = one road mention with no id, not the towns Aghdam and Khankendi",
           "'Zangezur corridor' (the proposed route) vs 'Zangezur region' (= Syunik), neither is Kapan "
           "(GeoNames lists Zangezur as an alternate name of Kapan)",
           "'Nakhchivan exclave' = the autonomous republic, not the city (147429)",
           "'Azerbaijan-Armenia border' = two country mentions", "Iğdır with Turkish letters (GeoNames 311665)",
           "'Türkiye' (gazetteer alias of turkey)", "a subtitle line without a claim",
           "'on Sunday' / 'on Monday' / 'on Tuesday' relative to a Tuesday publication",
           "'Between Sunday afternoon and Tuesday morning'", "'since Dec. 12' with the year inferred (2022)",
           "'since the protest began' = since the date of the previous sentence", "'Last month' = March 2023",
           "'more than 3,000' = at_least", "'62 vehicles and 215 people' = two claims; 'including 18 vehicles' "
           "is a part, not a breakdown",
           "framing: the protest that Armenian sources call a blockade is labelled as the text asserts it "
           "(other), and Baku's figure as a crossing claim",
           "demonyms: Azerbaijani, Armenian, Turkish, Russian; Red Cross and Defense Ministry are not places"],
    mentions=[
        M("Azerbaijan", "azerbaijan"),
        M("Lachin road", "lachin-corridor",
          note="Azerbaijani usage for the road through the Lachin corridor; one mention, not the town Lachin"),
        M("Hakari bridge", "hakari-bridge", "bridge", note="subtitle; " + NEWER),
        M("Azerbaijan", "azerbaijan", note="in 'Azerbaijan-Armenia border': two country mentions"),
        M("Armenia", "armenia"),
        M("BAKU", "baku", note="dateline in capitals"), M("Azerbaijan", "azerbaijan"),
        M("Lachin-Khankendi road", "lachin-corridor",
          note="the road through the Lachin corridor, named after its ends; one mention, not the towns"),
        M("Armenia", "armenia"),
        M("Hakari bridge", "hakari-bridge", "bridge", note=NEWER), M("Armenia", "armenia"),
        M("Karabakh", "karabakh"),
        M("Shusha", "shusha"),
        M("Baku", "baku", note="metonymy for the government of Azerbaijan"),
        M("Lachin", "lachin", note="'near Lachin': the town"),
        M("Baku", "baku", note="in 'the Defense Ministry in Baku'"),
        M("Baku", "baku", note="metonymy for the government of Azerbaijan"),
        M("Khankendi", "khankendi", note="attributive: 'Khankendi's Armenian residents'"),
        M("Aghdam-Khankendi road", None, "road",
          note="the road from Aghdam (GeoNames 148619) to Khankendi; not in the gazetteer; one mention of the road"),
        M("Türkiye", "turkey"),
        M("Baku", "baku", note="metonymy for the government of Azerbaijan"),
        M("Zangezur corridor", "zangezur-corridor", note="the proposed route, not Kapan; " + NEWER),
        M("Azerbaijan", "azerbaijan", note="'mainland Azerbaijan'"),
        M("Nakhchivan", "nakhchivan-ar",
          note="'its Nakhchivan exclave' = the Nakhchivan Autonomous Republic, not the city (GeoNames 147429); "
               + NEWER),
        M("Armenia", "armenia"),
        M("Zangezur", "syunik",
          note="'Armenia's Zangezur region' = Syunik province (gazetteer name 'Zangezur'), not Kapan; "
               "the common noun 'region' left out; " + NEWER),
        M("Iğdır", "gn:311665", note="Iğdır, Turkey (GeoNames 311665), not the villages named İğdir"),
    ],
    claims=[
        C("BAKU (AA) - Azerbaijan on Sunday established a border checkpoint at the entrance of the "
          "Lachin-Khankendi road on its border with Armenia, the country's State Border Service announced.",
          "restriction", "2023-04-23", "2023-04-23", "day", via="lachin-corridor", place="hakari-bridge",
          claimant=BORDER_SVC,
          note="'on Sunday' in a report of Tuesday 25 April 2023 = 23 April 2023; the checkpoint is at the "
               "Hakari bridge (subtitle and next sentence)"),
        C("Between Sunday afternoon and Tuesday morning, 62 vehicles and 215 people passed through the new "
          "checkpoint, including 18 vehicles belonging to the International Committee of the Red Cross and the "
          "Russian peacekeeping contingent, the service said on Tuesday.",
          "crossing", "2023-04-23", "2023-04-25", "period", count=62, q="exact", unit="vehicles",
          via="hakari-bridge", claimant=BORDER_SVC,
          note="'the new checkpoint' = the one at the Hakari bridge; direction not stated; 'including 18 "
               "vehicles' of the ICRC and the peacekeepers is a part, not a breakdown"),
        C("Between Sunday afternoon and Tuesday morning, 62 vehicles and 215 people passed through the new "
          "checkpoint, including 18 vehicles belonging to the International Committee of the Red Cross and the "
          "Russian peacekeeping contingent, the service said on Tuesday.",
          "population_movement", "2023-04-23", "2023-04-25", "period", count=215, q="exact", unit="people",
          via="hakari-bridge", claimant=BORDER_SVC,
          note="second claim of the same sentence; direction not stated"),
        C("Azerbaijani environmental activists have been staging a peaceful protest on the road near Shusha since "
          "Dec. 12, demanding an end to the illegal exploitation of mineral deposits in the region.",
          "other", "2022-12-12", "2023-04-25", "period", via="lachin-corridor", place="shusha",
          claimant="the agency (AA)",
          note="'since Dec. 12' in an April 2023 report = 12 December 2022 (year inferred), ongoing to "
               "publication; the text asserts a protest, not a restriction (armenian-blockade in the tuned set "
               "labels the same event a restriction from its own wording); 'the road' = the Lachin road"),
        C("Baku rejects claims of a blockade, saying more than 3,000 vehicles, among them Red Cross ambulances and "
          "peacekeepers' supply trucks, have used the road freely since the protest began.",
          "crossing", "2022-12-12", "2023-04-25", "period", count=3000, q="at_least", unit="vehicles",
          via="lachin-corridor", claimant="Baku (the government of Azerbaijan)",
          note="'since the protest began' = since 12 December 2022 (previous sentence), to publication; "
               "ambulances and supply trucks are uncounted parts"),
        C("Last month, Azerbaijani forces took control of heights along the road near Lachin after Armenian units "
          "were seen using a dirt track to bypass the official route, according to the Defense Ministry in Baku.",
          "other", *month(2023, 3), "month", place="lachin", claimant="the Defense Ministry in Baku",
          note="'Last month' in an April 2023 report = March 2023"),
        C("\"We support the steps taken by our Azerbaijani brothers to ensure the security of their sovereign "
          "borders,\" the Turkish Foreign Ministry said in a statement on Monday.",
          "diplomatic", "2023-04-24", "2023-04-24", "day", claimant="the Turkish Foreign Ministry",
          note="'on Monday' = 24 April 2023; a statement, no place stated"),
        C("Turkish and Azerbaijani transport officials discussed the project at a meeting in Iğdır on April 11.",
          "diplomatic", "2023-04-11", "2023-04-11", "day", place="gn:311665", claimant="the agency (AA)",
          note="'the project' = the Zangezur corridor (previous sentence); April 11 of 2023 (year of publication)"),
    ],
))

# --------------------------------------------------------------------------------------------
# 4. Local Armenian radio brief. Broadcast Thursday 9 June 2022.
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="local-kapan-radio", style="local",
    outlet="Voice of Kapan (fictional local radio station, Syunik)",
    title="News bulletin, Thursday 9 June 2022, 08:00", published="2022-06-09",
    traps=["'KAPAN' inside the station's name", "uppercase datelines KAPAN, AGARAK, KAJARAN, GORIS, MEGHRI",
           "two Agaraks: the Syunik border town (dateline, 'Agarak copper plant') and 'Agarak in Lori' "
           "(617018), plus 'our border town' with no name",
           "'Agarak border crossing' = the crossing (agarak-norduz), one mention, not the town",
           "'Kapan-Meghri highway' with a hyphen and 'highway'", "'Tashtun pass': a place with no id",
           "relative days against Thursday 9 June 2022: 'from Monday evening until yesterday afternoon', "
           "'last week', 'on Tuesday', 'on Wednesday', 'Since last Friday', a future 'on Sunday'",
           "'Some 600' = about", "'Over a hundred' = at_least, a nightly rate with no period",
           "'1,020 of them entering from Iran': a directional part, a separate claim; the other direction "
           "is not stated and not derived", "'Forty-two' in words", "'14 buses a day' = a rate",
           "incidental numbers: '08:00', 'two-week', 'week-long'"],
    mentions=[
        M("KAPAN", "kapan", note="inside the station's name 'VOICE OF KAPAN'"),
        M("KAPAN", "kapan", note="dateline in capitals"),
        M("Kapan-Meghri highway", "kapan-meghri-agarak", note="the road, one mention"),
        M("Kajaran", "gn:174880", note=KAJ),
        M("Kapan", "kapan"), M("Kajaran", "gn:174880", note=KAJ),
        M("AGARAK", "agarak", note="dateline in capitals: the Syunik border town"),
        M("Agarak border crossing", "agarak-norduz",
          note="the Agarak–Norduz crossing, one mention; the feature noun makes it a different place from "
               "the town"),
        M("Iran", "iran"),
        M("Agarak", "agarak", note="in 'The Agarak copper plant': the Syunik town"),
        M("KAJARAN", "gn:174880", note="dateline in capitals; " + KAJ),
        M("Kajaran", "gn:174880", note=KAJ),
        M("Tashtun pass", None, "other",
          note="mountain pass on the Kajaran-Meghri road; not in the gazetteer or cities500; the pass, not "
               "the village Tashtun"),
        M("GORIS", "goris", note="dateline in capitals"), M("Goris", "goris"), M("Kapan", "kapan"),
        M("Tatev", "gn:174748"), M("Vorotan", "vorotan"), M("Azerbaijan", "azerbaijan"),
        M("MEGHRI", "meghri", note="dateline in capitals"),
        M("Agarak", "gn:617018",
          note="'Agarak in Lori' (GeoNames 617018), explicitly not the border town"),
        M("Lori", "lori", note="province; " + NEWER), M("Meghri", "meghri"),
    ],
    claims=[
        C("KAPAN. The Kapan-Meghri highway was closed near Kajaran from Monday evening until yesterday afternoon "
          "after a rockslide, the regional police said.",
          "restriction", "2022-06-06", "2022-06-08", "period", via="kapan-meghri-agarak", place="gn:174880",
          claimant="the regional police",
          note="'Monday' = 6 June 2022, 'yesterday' = Wednesday 8 June 2022 (broadcast Thursday 9 June)"),
        C("Some 600 trucks waited in Kapan and Kajaran while the road was shut.",
          "crossing", "2022-06-06", "2022-06-08", "period", count=600, q="about", unit="trucks",
          via="kapan-meghri-agarak", claimant="Voice of Kapan",
          note="trucks queued to use the road; 'while the road was shut' = 6-8 June 2022 and 'the road' = the "
               "Kapan-Meghri highway (previous sentence); waiting in Kapan and Kajaran"),
        C("AGARAK. Customs officers at the Agarak border crossing registered 1,946 trucks last week, 1,020 of them "
          "entering from Iran, the State Revenue Committee said on Tuesday.",
          "crossing", "2022-05-30", "2022-06-05", "period", count=1946, q="exact", unit="trucks",
          via="agarak-norduz", claimant="the State Revenue Committee",
          note="'last week' = Monday 30 May - Sunday 5 June 2022 (the calendar week before the broadcast); "
               "both directions; 'on Tuesday' is the date of the statement"),
        C("AGARAK. Customs officers at the Agarak border crossing registered 1,946 trucks last week, 1,020 of them "
          "entering from Iran, the State Revenue Committee said on Tuesday.",
          "entry", "2022-05-30", "2022-06-05", "period", count=1020, q="exact", unit="trucks",
          origin="iran", destination="armenia", via="agarak-norduz", claimant="the State Revenue Committee",
          note="entering Armenia from Iran (destination inferred); a directional part of the 1,946, given as a "
               "separate claim; the other direction (926) is not stated and is not derived"),
        C("The Agarak copper plant resumed night shifts on Wednesday after a two-week pause.",
          "other", "2022-06-08", "2022-06-08", "day", place="agarak", claimant="Voice of Kapan",
          note="'on Wednesday' = 8 June 2022; not a movement; 'two-week' is a duration"),
        C("KAJARAN. Over a hundred Iranian trucks pass through Kajaran every night on their way to the Tashtun "
          "pass, the town council said, asking for a parking area outside the town.",
          "crossing", None, None, "unknown", count=100, q="at_least", unit="trucks", via="gn:174880",
          claimant="the Kajaran town council",
          note="a nightly rate in the present tense, no period: date unknown; 'Over a hundred' = at_least 100"),
        C("GORIS. Since last Friday, buses from Goris to Kapan have been taking the new road through Tatev, "
          "avoiding the section near Vorotan that Azerbaijan controls; 14 buses a day now run on the route, the "
          "regional administration said.",
          "crossing", "2022-06-03", "2022-06-09", "period", count=14, q="exact", unit="buses",
          origin="goris", destination="kapan", via="gn:174748", claimant="the regional administration",
          note="a daily rate ('a day'); 'Since last Friday' in a Thursday broadcast = Friday 3 June 2022, running "
               "to 9 June"),
        C("MEGHRI. Forty-two pupils from Agarak in Lori, a village that shares its name with our border town, "
          "will arrive in Meghri on Sunday for a week-long summer camp.",
          "population_movement", "2022-06-12", "2022-06-12", "day", count=42, q="exact", unit="pupils",
          origin="gn:617018", destination="meghri", claimant="Voice of Kapan",
          note="a future arrival: 'will arrive ... on Sunday' in a Thursday broadcast = Sunday 12 June 2022; "
               "count in words; Agarak in Lori (617018); 'week-long' is a duration"),
    ],
))


# --------------------------------------------------------------------------------------------
def build(write=True):
    written = []
    for d in DOCS:
        tf = f"{d['doc_id']}.txt"
        text = (HERE / tf).read_text(encoding="utf-8")
        lo, hi, note = 0, len(text), "the whole file"
        written.append(label_record(d, tf, text, lo, hi, note))
    if write:
        write_records(HERE, written)
    return written


# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Agarak", "AGARAK", "Khojavend", "Lori",
               "Kotayk", "Ararat", "Vayots Dzor", "Sevan", "Kajaran", "KAJARAN", "Sisian", "Vayk", "Stepanavan",
               "Tatev", "Tashtun", "Lisagor", "Moscow", "Sochi", "Russia", "Türkiye", "Turkey", "Iğdır", "Aghdam",
               "Zangezur", "Hakari", "GORIS", "KAPAN", "MEGHRI", "BAKU", "STEPANAKERT", "ARMENIA", "Norduz",
               "Vorotan", "Tegh", "Kornidzor", "Shushi", "Ankara", "Kremlin", "Vostok"]


def check(written):
    names = set(EXTRA_NAMES)
    for p in GAZ["places"]:
        names.update(n["text"] for n in p["names"])
    pat = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?!\w)")
    problems = 0
    for rec in written:
        text = (HERE / rec["text_file"]).read_text(encoding="utf-8")
        lo, hi = rec["scope"]["start"], rec["scope"]["end"]
        prev = -1
        for m in rec["mentions"]:
            if text[m["start"]:m["end"]] != m["surface"] or m["start"] < prev:
                print(f"  {rec['doc_id']}: BAD mention {m}")
                problems += 1
            prev = m["end"]
        for c in rec["claims"]:
            if text[c["sentence_start"]:c["sentence_end"]] != c["sentence"]:
                print(f"  {rec['doc_id']}: BAD claim sentence at {c['sentence_start']}")
                problems += 1
            for k in ("date_start", "date_end"):
                if c[k]:
                    date.fromisoformat(c[k])
            if c["breakdown"]:
                assert sum(b[0] for b in c["breakdown"]) == c["count"]
        spans = [(m["start"], m["end"]) for m in rec["mentions"]]
        for mm in pat.finditer(text, lo, hi):
            if not any(s <= mm.start() and mm.end() <= e for s, e in spans):
                ctx = text[max(lo, mm.start() - 30):mm.end() + 30].replace("\n", " ")
                print(f"  {rec['doc_id']}: uncovered {mm.group(0)!r} at {mm.start()}: …{ctx}…")
        date.fromisoformat(rec["published"])
    print(f"offset problems: {problems}")


if __name__ == "__main__":
    w = build()
    for rec in w:
        print(f"{rec['doc_id']:32s} {rec['style']:10s} words={rec['words']:4d} mentions={len(rec['mentions']):3d} "
              f"claims={len(rec['claims']):3d}")
    if "--check" in sys.argv:
        check(w)
