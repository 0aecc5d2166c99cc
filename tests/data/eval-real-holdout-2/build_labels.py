"""Write the SECOND HELD-OUT real-phrasing label files (<doc_id>.json) from the hand-written specs below.

HELD OUT: these texts and labels were written without reading or running geo/geoparse.py, geo/placenames.py,
geo/geocontext.py, geo/extract/*, geo/evaluate.py, geo/ingest.py or `corridor-watch eval`, and without looking at
any extractor output. The labels were written before anyone ran the extractor on this set. Do not tune against
this folder (see README.md here).

The texts are fictional, modelled on the phrasing of real published reports (listed in README.md; no report
text is copied). The labels are a careful analyst's reading of each text. This script only turns that reading
into offsets: every mention is found with str.find, in reading order, as a whole word; every claim sentence is
found as an exact, unique substring (tests/data/label_tools.py, imported unchanged, does both).

    .venv/bin/python tests/data/eval-real-holdout-2/build_labels.py           # write the JSON files
    .venv/bin/python tests/data/eval-real-holdout-2/build_labels.py --check   # also verify everything and list
                                                                               # each name occurrence no mention
                                                                               # or not_places entry covers

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md; the
judgement calls are those of tests/data/eval-real/README.md.
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

# Shared notes
ROAD_LC = ("a road through the Lachin corridor named by its ends: one mention of the corridor (kind road), as "
           "eval-real labels the 'Goris-Stepanakert route'")
LCHK = ("Azerbaijan's checkpoint at the Hakari bridge (gazetteer alias 'Lachin checkpoint'), kind border_crossing; "
        "not the town Lachin")
KHOJ = ("Martuni in Karabakh = Khojavend (GeoNames 146969 lists 'Martuni'), not Martuni on Lake Sevan (616438) or "
        "the village 616437")
ASK = "Askeran/Askyaran in Karabakh (GeoNames 148450 lists 'Askeran')"
AGH = "Aghdam, Azerbaijan (GeoNames 148619)"

# --------------------------------------------------------------------------------------------
# 1. Armenian (Karabakh) agency item, Artsakhpress style. Monday 21 August 2023. Date given (and printed).
# --------------------------------------------------------------------------------------------
ZNA = "Zartonk News Agency (the agency itself)"
MOH = "the Artsakh Ministry of Healthcare"
AVAG = "Sona Avagyan, spokeswoman of the Artsakh Ministry of Healthcare"
DOCS.append(dict(
    doc_id="am-agency-patients-aug-2023", style="armenian", side="Armenian (Karabakh)",
    outlet="Zartonk News Agency, a fictional Stepanakert-based news agency (English service)",
    title="ICRC transfers 11 patients from Stepanakert as blockade enters 253rd day",
    published="2023-08-21", published_given=True,
    published_in_text=dict(surface="August 21, 2023, 14:07", date="2023-08-21", how="printed date under headline"),
    captions=["ICRC vehicles outside the Republican Medical Center in Stepanakert. Photo: Zartonk archive"],
    not_places=[("Zartonk", "the agency's name ('awakening'); Zartonk is a village in Armavir province, Armenia "
                            "(GeoNames 823806)"),
                ("Sona", "the spokeswoman's given name; Sona is a town in Veneto, Italy (GeoNames 3166400)"),
                ("Arevik", "in 'the Arevik medical centre', a hospital in Stepanakert (a building); Arevik is also a "
                           "village in Armenia (GeoNames 616917, 616918)")],
    patterns=["P03 Armenian agency dateline in capitals 'STEPANAKERT, AUGUST 21, ZARTONK.' with a time-stamp line",
              "P13 archive photo credit", "P15 breakdown in brackets '(7 adults and 4 children)'",
              "P23 'remain' / 'are hospitalised' stocks", "P16 partial '5 of them in critical condition'",
              "P20 cumulative 'Since the start of the blockade ... a total of'", "P26 blockade day counter and start",
              "P27 closure without a count ('no public transport since July 25')", "P29 convoy held near Kornidzor",
              "P30 ICRC patient transfers and returns", "P38 given name that is a place", "P55 a hospital named like a "
                                                          "village", "P43 yearless 'July 26', '15 June' (year "
                                                                      "inferred from the known date)",
              "P44 'today', 'later in the day', 'on Sunday', 'On Friday'", "P46 expected return (future)"],
    traps=["headline figures (11 patients, 253rd day) are repeated in the body: labelled once, on the body",
           "'253 days' is a duration, the blockade's span is 12 December 2022 - 21 August 2023",
           "'the Arevik medical centre' is a hospital, not the village Arevik", "'Armenian trucks' gives no origin",
           "'Scheduled surgeries remain suspended' has no date and no count: no claim",
           "the caption names Stepanakert (a caption mention) but is never a claim",
           "'from 4 a.m.' is a time of day, not a count"],
    mentions=[
        M("Stepanakert", "khankendi"),
        M("Stepanakert", "khankendi", note="in the photo caption"),
        M("STEPANAKERT", "khankendi", note="dateline in capitals"),
        M("Stepanakert", "khankendi", note="'the Republican Medical Center in Stepanakert'"),
        M("Yerevan", "yerevan"),
        M("Artsakh", "karabakh", note="in 'the Artsakh Ministry of Healthcare'"),
        M("Lachin corridor", "lachin-corridor"), M("Armenia", "armenia"), M("Artsakh", "karabakh"),
        M("Artsakh", "karabakh"), M("Armenia", "armenia"),
        M("Lachin corridor", "lachin-corridor"), M("Artsakh", "karabakh"), M("Armenia", "armenia"),
        M("Azerbaijan", "azerbaijan"), M("Azerbaijan", "azerbaijan"), M("Hakari bridge", "hakari-bridge"),
        M("Kornidzor", "kornidzor"),
        M("Stepanakert", "khankendi"),
        M("Armenia", "armenia", note="in 'Armenia's Deputy Foreign Minister'"), M("Yerevan", "yerevan"),
    ],
    claims=[
        CL("STEPANAKERT, AUGUST 21, ZARTONK. The International Committee of the Red Cross (ICRC) facilitated today the "
           "transfer of 11 patients (7 adults and 4 children) from the Republican Medical Center in Stepanakert to "
           "specialised hospitals in Yerevan, the Artsakh Ministry of Healthcare said.",
           "population_movement", "2023-08-21", "2023-08-21", "day", count=11, q="exact", unit="patients",
           breakdown=[(7, "adults"), (4, "children")], origin="khankendi", destination="yerevan", claimant=MOH,
           note="an ICRC-mediated evacuation; 'today' = 21 August 2023; the dateline opens the sentence; the "
                "breakdown in brackets sums to 11; the headline's 11 patients is this figure"),
        CL("The patients crossed the Lachin corridor with 9 accompanying persons.",
           "population_movement", "2023-08-21", "2023-08-21", "day", count=9, q="exact", unit="accompanying persons",
           via="lachin-corridor", claimant=MOH,
           note="the same transfer (dated by the previous sentence); the 11 patients are not restated"),
        CL("Two patients who have completed treatment in Armenia are expected to return to Artsakh later in the day in "
           "ICRC vehicles, ministry spokeswoman Sona Avagyan said.",
           "population_movement", "2023-08-21", "2023-08-21", "day", count=2, q="exact", unit="patients",
           origin="armenia", destination="karabakh", claimant=AVAG,
           note="a return transfer announced for 'later in the day' (21 August 2023), i.e. expected, not yet done; "
                "count in words"),
        CL("14 children remain in the neonatal and intensive care units of the Arevik medical centre, and 87 patients "
           "are hospitalised at the Republican Medical Center, 5 of them in critical condition.",
           "stock", "2023-08-21", "2023-08-21", "day", count=14, q="exact", unit="children", claimant=MOH,
           note="'remain': present tense, dated to publication; the Arevik centre is a building and the text does not "
                "say where it is, so place is null"),
        CL("14 children remain in the neonatal and intensive care units of the Arevik medical centre, and 87 patients "
           "are hospitalised at the Republican Medical Center, 5 of them in critical condition.",
           "stock", "2023-08-21", "2023-08-21", "day", count=87, q="exact", unit="patients", place="khankendi",
           claimant=MOH,
           note="second claim of the sentence; 'the Republican Medical Center' is 'in Stepanakert' (the first "
                "paragraph); '5 of them in critical condition' is a part, not a breakdown"),
        CL("Since the start of the blockade, the ICRC has transported a total of 431 patients from Artsakh to Armenia, "
           "Avagyan added.",
           "population_movement", "2022-12-12", "2023-08-21", "period", count=431, q="exact", unit="patients",
           origin="karabakh", destination="armenia", claimant=AVAG,
           note="cumulative: 'the start of the blockade' = 12 December 2022 (stated two sentences on), to publication"),
        CL("The Lachin corridor, the only road linking Artsakh with Armenia, has now been closed for 253 days, since "
           "Azerbaijan blocked it on 12 December 2022.",
           "restriction", "2022-12-12", "2023-08-21", "period", via="lachin-corridor", claimant=ZNA,
           note="the blockade from 12 December 2022 to publication; '253 days' is a duration (the headline's '253rd "
                "day'), not a count"),
        CL("Since 15 June, the checkpoint that Azerbaijan set up at the Hakari bridge has not let through even the "
           "ICRC's food deliveries.",
           "restriction", "2023-06-15", "2023-08-21", "period", place="hakari-bridge", claimant=ZNA,
           note="'Since 15 June' in an August 2023 report = 15 June 2023 (year inferred), to publication; the "
                "checkpoint's own set-up is not dated here"),
        CL("A convoy of 19 Armenian trucks carrying 360 tonnes of flour and baby food has been standing near Kornidzor "
           "since July 26.",
           "restriction", "2023-07-26", "2023-08-21", "period", count=19, q="exact", unit="trucks", place="kornidzor",
           claimant=ZNA,
           note="a convoy held (not passing): restriction, as eval-real labels a convoy held at the checkpoint; 'since "
                "July 26' = 2023, to publication; 360 tonnes of cargo; 'Armenian' is an adjective, so origin is null"),
        CL("In Stepanakert, residents queued for bread from 4 a.m. on Sunday; the city has had no public transport "
           "since July 25 because of the fuel shortage.",
           "other", "2023-08-20", "2023-08-20", "day", count=None, q="unspecified", unit="residents", flag=VC,
           place="khankendi", claimant=ZNA,
           note="bread queues (a shortage scene, not a movement); bare plural 'residents' = vague; 'on Sunday' = 20 "
                "August 2023; '4 a.m.' is a time of day"),
        CL("In Stepanakert, residents queued for bread from 4 a.m. on Sunday; the city has had no public transport "
           "since July 25 because of the fuel shortage.",
           "restriction", "2023-07-25", "2023-08-21", "period", place="khankendi", claimant=ZNA,
           note="second claim: public transport halted 'since July 25' (2023), to publication; no count"),
        CL("On Friday, Armenia's Deputy Foreign Minister discussed the transfers with the ICRC's regional director in "
           "Yerevan.",
           "diplomatic", "2023-08-18", "2023-08-18", "day", place="yerevan", claimant=ZNA,
           note="'On Friday' = 18 August 2023"),
    ],
))

# --------------------------------------------------------------------------------------------
# 2. Azerbaijani agency (Trend style). True date Thursday 7 September 2023; NOT given; yearless dateline.
# --------------------------------------------------------------------------------------------
XI = "Xazar Info (its Karabakh correspondent)"
DOCS.append(dict(
    doc_id="az-agency-aghdam-flour-sep-2023", style="azerbaijani", side="Azerbaijani",
    outlet="Xazar Info, a fictional Azerbaijani news agency (English service)",
    title="Flour trucks for Karabakh Armenians stand on Aghdam-Khankendi road for 10th day - PHOTO",
    published="2023-09-07", published_given=False,
    published_in_text=dict(surface="AGHDAM, Azerbaijan, September 7.", date=None, how="dateline"),
    captions=["The trucks on the Aghdam-Askeran-Khankendi road on August 30. Photo: Xazar Info"],
    not_places=[("Sardar", "the aide's given name; 'Sardar' is a GeoNames alternate name of Fuzuli, Azerbaijan "
                           "(148106)")],
    patterns=["P04/P01 Azerbaijani agency dateline 'AGHDAM, Azerbaijan, September 7.' with day and month but no year, "
              "'... correspondent reports'", "P52 headline media tag '- PHOTO'", "P12 caption ending in a yearless date",
              "P23 trucks 'standing' / 'have stood' (Azerbaijani framing: a stock)", "P26 'for the tenth day'",
              "P29 aid convoy from Baku", "P32 direction strings 'in the direction of Khankendi-Gorus', 'from Gorus "
              "towards Khankendi'", "P37 the boilerplate checkpoint paragraph with '12:00 (GMT+4)'",
              "P16 partial 'including 8 patients'", "P18 'About 20', 'about 60'", "P38 given name that is a place",
              "P40 three-part road 'Aghdam-Askeran-Khankendi road'; 'the Aghdam-Khankendi and Lachin-Khankendi roads'",
              "P43 'August 29', 'August 31', 'April 22', 'April 23' with no year known",
              "P44 'today', 'Yesterday', 'on Monday' with no publication date known"],
    traps=["no year anywhere: yearless and relative dates are flagged", "'for the tenth day' is relative to an unknown "
           "day", "'1,500-metre' is a length, '40 tons' is cargo (in the note)", "'Aghdam' inside 'Aghdam-2 substation' "
           "is labelled", "'the Aghdam-Khankendi and Lachin-Khankendi roads': the shared noun is left out of both",
           "'The trucks left Baku' does not restate the count", "the boilerplate holds two restriction claims",
           "'The vehicles carried 19 people' names no direction"],
    mentions=[
        M("Karabakh", "karabakh", note="modifier in 'Karabakh Armenians'"),
        M("Aghdam-Khankendi road", None, "road", inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")],
          note="the road from Aghdam to Khankendi; not in the gazetteer; one mention"),
        M("AGHDAM", "gn:148619", note="dateline in capitals; " + AGH),
        M("Azerbaijan", "azerbaijan", note="dateline country"),
        M("Azerbaijan", "azerbaijan", note="in 'the Azerbaijan Red Crescent Society'"),
        M("Karabakh", "karabakh"),
        M("Aghdam-Askeran-Khankendi road", None, "road",
          inside=[("Aghdam", "gn:148619"), ("Askeran", "gn:148450"), ("Khankendi", "khankendi")],
          note="three-part road name; not in the gazetteer; one mention"),
        M("Karabakh", "karabakh", note="in 'Xazar Info's Karabakh correspondent'"),
        M("Aghdam-Askeran-Khankendi road", None, "road",
          inside=[("Aghdam", "gn:148619"), ("Askeran", "gn:148450"), ("Khankendi", "khankendi")],
          note="in the photo caption"),
        M("Baku", "baku"), M("Aghdam", "gn:148619"),
        M("Aghdam", "gn:148619", note="inside the facility name 'Aghdam-2 substation' (as 'Stepanakert airport' is "
                                      "labelled)"),
        M("Khankendi", "khankendi"), M("Baku", "baku", note="metonymy for the government of Azerbaijan"),
        M("Aghdam-Khankendi", None, "road", inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")],
          note="'the Aghdam-Khankendi and Lachin-Khankendi roads': the shared noun left out (eval-real)"),
        M("Lachin-Khankendi", "lachin-corridor", "road", inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")],
          note=ROAD_LC + "; shared noun left out"),
        M("Lachin border checkpoint", "hakari-bridge", "border_crossing", note=LCHK),
        M("Khankendi", "khankendi", note="direction string 'Khankendi-Gorus': two settlement mentions (no road noun)"),
        M("Gorus", "goris", note="Azerbaijani spelling of Goris"),
        M("Gorus", "goris"), M("Khankendi", "khankendi"),
        M("Armenia", "armenia"), M("Armenia", "armenia"),
        M("Lachin-Khankendi road", "lachin-corridor", "road", inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")],
          note=ROAD_LC),
    ],
    claims=[
        CL("AGHDAM, Azerbaijan, September 7. Two trucks carrying 40 tons of flour sent by the Azerbaijan Red Crescent "
           "Society for the Armenian residents of Karabakh have been standing on the Aghdam-Askeran-Khankendi road for "
           "the tenth day, Xazar Info's Karabakh correspondent reports.",
           "stock", flag=RU, count=2, q="exact", unit="trucks", claimant=XI,
           note="trucks 'standing' on the road (the Azerbaijani framing asserts waiting, not a blockade: a stock, as "
                "eval-real labels it); 'for the tenth day' counts back from a day whose year is unknown (no publication "
                "date given, yearless dateline): relative_unknown (true: 29 August - 7 September 2023); 40 tons of "
                "flour; the road has no id, so place is null; the headline's '10th day' is this"),
        CL("The trucks left Baku on August 29 and reached Aghdam the same evening, but have since stood in front of the "
           "post of the Russian peacekeeping contingent.",
           "crossing", flag=YU, origin="baku", destination="gn:148619", claimant=XI,
           note="the aid convoy's journey; written 'August 29' with no year and no publication date known; 'The "
                "trucks' does not restate the count (count null, not derived)"),
        CL("About 20 employees and volunteers of the Society spend the night in tents next to the trucks.",
           "stock", count=20, q="about", unit="people", claimant=XI,
           note="present tense, no written date and no publication date known: date unknown, no flag (no relative or "
                "yearless date is written)"),
        CL("A 1,500-metre power line was laid to the site from the Aghdam-2 substation on Monday.",
           "other", flag=RU, claimant=XI,
           note="'on Monday' with no publication date known (true: 4 September 2023); '1,500-metre' is a length"),
        CL("On August 31, about 60 diplomats, military attachés and foreign journalists visited the site and saw that "
           "the road is functioning, presidential aide Sardar Mammadli told reporters.",
           "diplomatic", flag=YU, count=60, q="about", unit="people",
           claimant="Sardar Mammadli, Azerbaijani presidential aide",
           note="a visit of the diplomatic corps; written 'On August 31' with no year and no publication date known"),
        CL("Meanwhile, seven ICRC vehicles passed through the Lachin border checkpoint in the direction of "
           "Khankendi-Gorus today.",
           "exit", flag=RU, count=7, q="exact", unit="vehicles", origin="khankendi", destination="goris",
           via="hakari-bridge", claimant=XI,
           note="ICRC vehicles leaving Karabakh towards Armenia; 'today' with no publication date known; count in "
                "words"),
        CL("The vehicles carried 19 people, including 8 patients.",
           "population_movement", flag=RU, count=19, q="exact", unit="people", claimant=XI,
           note="the same crossing ('today', no publication date known); '8 patients' is a part; the direction is "
                "only in the previous sentence, so origin and destination are null"),
        CL("Yesterday, 3 ICRC vehicles carrying 11 people crossed the checkpoint from Gorus towards Khankendi.",
           "entry", flag=RU, count=3, q="exact", unit="vehicles", origin="goris", destination="khankendi",
           via="hakari-bridge", claimant=XI,
           note="'Yesterday' with no publication date known; 'the checkpoint' = the Lachin border checkpoint"),
        CL("Yesterday, 3 ICRC vehicles carrying 11 people crossed the checkpoint from Gorus towards Khankendi.",
           "population_movement", flag=RU, count=11, q="exact", unit="people", origin="goris",
           destination="khankendi", via="hakari-bridge", claimant=XI,
           note="second claim of the sentence: the people in the vehicles"),
        CL("In order to prevent the illegal transfer of manpower, ammunition and mines from Armenia, and in response to "
           "the checkpoint that Armenia set up on April 22, the State Border Service set up a border checkpoint at "
           "12:00 (GMT+4) on April 23 at the beginning of the Lachin-Khankendi road.",
           "restriction", flag=YU, via="lachin-corridor", claimant=XI,
           note="the boilerplate paragraph: Azerbaijan's checkpoint, written 'April 23' with no year and no "
                "publication date known (true: 23 April 2023); '12:00 (GMT+4)' is a time of day"),
        CL("In order to prevent the illegal transfer of manpower, ammunition and mines from Armenia, and in response to "
           "the checkpoint that Armenia set up on April 22, the State Border Service set up a border checkpoint at "
           "12:00 (GMT+4) on April 23 at the beginning of the Lachin-Khankendi road.",
           "restriction", flag=YU, claimant=XI,
           note="second claim: the checkpoint Armenia set up, as the Azerbaijani text asserts; 'April 22' with no "
                "year known; place not named"),
    ],
))

# --------------------------------------------------------------------------------------------
# 3. Iranian broadcaster's English website (Press TV style). Saturday 22 October 2022. Date given (and printed).
# --------------------------------------------------------------------------------------------
SEP = "Sepehr News (the outlet itself)"
POUR = "Mehran Pourali, director general of East Azarbaijan customs"
DOCS.append(dict(
    doc_id="ir-agency-kapan-consulate-oct-2022", style="iranian", side="Iranian",
    outlet="Sepehr News, a fictional Iranian state broadcaster's English-language website",
    title="Iran opens consulate in Kapan as Norduz traffic tops 8,000 trucks a month",
    published="2022-10-22", published_given=True,
    published_in_text=dict(surface="Saturday, 22 October 2022 9:41 AM", date="2022-10-22",
                           how="printed date under headline"),
    captions=[],
    not_places=[("Mehran", "the official's given name; Mehran is a town in Ilam province, Iran (GeoNames 124291)")],
    patterns=["P05 printed date line with a 'Last Update' stamp", "P11 figure only in the headline ('tops 8,000 "
              "trucks a month')", "P14 exact counts with a directional part ('30,700 of them heading to Armenia')",
              "P19 rates ('every day', 'a month')", "P22 range 'Between 250 and 300'", "P24 'home to about 137,000 "
              "people'", "P17 vague 'some Iranian drivers'", "P51 Iranian calendar period ('the first six months of the "
              "current Iranian year' = 1401)", "P28 road fees in 2021 ('last year')", "P38 given name that is a "
              "place", "P40 'Tatev-Aghvani bypass', 'Goris-Kapan road'", "P42 Jolfa (Iran) vs Julfa (Nakhchivan); "
              "'Republic of Azerbaijan' vs 'East Azarbaijan'", "P44 'on Friday', 'three days after', 'next month', "
              "'last year', 'on Sunday'", "P46 future talks and terminal opening"],
    traps=["the headline's 8,000 trucks a month is never stated in the body (it gives 51,200 in six months)",
           "'the first six months of the current Iranian year' in October 2022 = 1401: 21 March - 22 September 2022",
           "'30,700 of them heading to Armenia' is an entry (directional part), the other direction is never derived",
           "range 'Between 250 and 300': lower bound, at_least", "'East Azarbaijan' = the Iranian province",
           "'Nakhchivan exclave' = the autonomous republic", "'Zangezur corridor' is not Kapan",
           "'Syunik villages' is a modifier mention", "'three days after' Friday = Tuesday 18 October"],
    mentions=[
        M("Iran", "iran"), M("Kapan", "kapan"), M("Norduz", "agarak-norduz", note="the crossing"),
        M("Iran", "iran", note="in 'Iran's foreign minister'"), M("Kapan", "kapan"), M("Armenia", "armenia"),
        M("Syunik", "syunik", note="'Syunik province': the common noun left out; not the village (13132983)"),
        M("Tehran", "tehran", note="metonymy for the government of Iran"),
        M("Aras", None, "river", note="'the Aras river': the river (Araxes), no id; the common noun left out as the "
                                     "tuned set does"),
        M("Jolfa", "gn:130081", note="Jolfa in East Azerbaijan, Iran (GeoNames 130081), not Julfa in Nakhchivan "
                                     "(148251), which GeoNames also lists under 'Jolfa'"),
        M("Norduz", "agarak-norduz", note="'the Norduz border crossing': the common noun left out"),
        M("Syunik", "syunik"),
        M("Republic of Azerbaijan", "azerbaijan", note="one mention"),
        M("Nakhchivan", "nakhchivan-ar", note="'its Nakhchivan exclave' = the autonomous republic, not the city "
                                              "(GeoNames 147429)"),
        M("Baku", "baku", note="metonymy"),
        M("Zangezur corridor", "zangezur-corridor", note="the proposed corridor, not Kapan"),
        M("Tehran", "tehran"),
        M("East Azarbaijan", "east-azerbaijan", note="the Iranian province (Iranian romanisation), not the country"),
        M("Norduz", "agarak-norduz"), M("Armenia", "armenia"),
        M("Norduz", "agarak-norduz"),
        M("Agarak", "agarak", note="'a new cargo terminal at Agarak': the Syunik border town (GeoNames 175008)"),
        M("Tatev-Aghvani bypass", None, "road", inside=[("Tatev", "gn:174748"), ("Aghvani", None)],
          note="the bypass road named by its ends; no id (Aghvani is not in cities500); one mention"),
        M("Goris-Kapan road", "goris-kapan-highway", "road", inside=[("Goris", "goris"), ("Kapan", "kapan")],
          note="the road, one mention"),
        M("Jermuk", "gn:174884"), M("Syunik", "syunik", note="modifier in 'several Syunik villages'"),
        M("Yerevan", "yerevan"),
    ],
    claims=[
        CL("Iran opens consulate in Kapan as Norduz traffic tops 8,000 trucks a month",
           "crossing", "2022-10-22", "2022-10-22", "day", count=8000, q="at_least", unit="trucks",
           via="agarak-norduz", claimant="Sepehr News (headline)", headline=True,
           note="a monthly rate ('a month'); 'tops' = more than; stated only in the headline (the body gives 51,200 "
                "in six months, never 8,000 a month; not derived); present tense, dated to publication; the consulate "
                "opening in the headline is labelled once, on the body"),
        CL("Iran's foreign minister on Friday inaugurated the country's consulate general in Kapan, the administrative "
           "centre of Armenia's Syunik province, saying that any change to the internationally recognised borders of "
           "the region was a red line for Tehran.",
           "diplomatic", "2022-10-21", "2022-10-21", "day", place="kapan", claimant=SEP,
           note="'on Friday' = 21 October 2022"),
        CL("The ceremony came three days after Iranian ground forces wrapped up large-scale drills along the Aras "
           "river, near Jolfa and the Norduz border crossing.",
           "other", "2022-10-18", "2022-10-18", "day", claimant=SEP,
           note="the end of the drills: 'three days after' the Friday ceremony = Tuesday 18 October 2022 (their start "
                "is not stated); the Aras river has no id, so place is null"),
        CL("Syunik, home to about 137,000 people, separates the Republic of Azerbaijan from its Nakhchivan exclave.",
           "stock", "2022-10-22", "2022-10-22", "day", count=137000, q="about", unit="people", place="syunik",
           claimant=SEP, note="a population (present tense), dated to publication"),
        CL("According to Mehran Pourali, director general of East Azarbaijan customs, 51,200 trucks crossed Norduz in "
           "both directions in the first six months of the current Iranian year, 30,700 of them heading to Armenia.",
           "crossing", "2022-03-21", "2022-09-22", "period", count=51200, q="exact", unit="trucks",
           via="agarak-norduz", claimant=POUR,
           note="'the first six months of the current Iranian year' in October 2022 = 1401, Farvardin - Shahrivar = "
                "21 March - 22 September 2022; both directions"),
        CL("According to Mehran Pourali, director general of East Azarbaijan customs, 51,200 trucks crossed Norduz in "
           "both directions in the first six months of the current Iranian year, 30,700 of them heading to Armenia.",
           "entry", "2022-03-21", "2022-09-22", "period", count=30700, q="exact", unit="trucks",
           destination="armenia", via="agarak-norduz", claimant=POUR,
           note="a directional part (into Armenia: entry, relative to Armenia at the Iran border), a separate claim; "
                "the other direction (20,500) is never derived"),
        CL("\"Between 250 and 300 trucks now pass through Norduz every day,\" he told Sepehr News, adding that a new "
           "cargo terminal at Agarak was due to open next month.",
           "crossing", "2022-10-22", "2022-10-22", "day", count=250, q="at_least", unit="trucks",
           via="agarak-norduz", claimant=POUR,
           note="a daily rate; range 'Between 250 and 300': the lower bound as the count (at_least, as eval-real "
                "does), upper bound 300; 'now' = publication"),
        CL("\"Between 250 and 300 trucks now pass through Norduz every day,\" he told Sepehr News, adding that a new "
           "cargo terminal at Agarak was due to open next month.",
           "other", *month(2022, 11), "month", place="agarak", claimant=POUR,
           note="a future opening: 'next month' = November 2022; second claim"),
        CL("Pourali said some Iranian drivers still use the Tatev-Aghvani bypass to avoid the stretch of the "
           "Goris-Kapan road where Azerbaijani police charged them fees last year.",
           "crossing", "2022-10-22", "2022-10-22", "day", count=None, q="unspecified", unit="drivers", flag=VC,
           claimant=POUR,
           note="'some Iranian drivers': vague; 'still use' = present tense, dated to publication; the bypass has no "
                "id, so via is null"),
        CL("Pourali said some Iranian drivers still use the Tatev-Aghvani bypass to avoid the stretch of the "
           "Goris-Kapan road where Azerbaijani police charged them fees last year.",
           "restriction", "2021-01-01", "2021-12-31", "period", via="goris-kapan-highway", claimant=POUR,
           note="the fees: 'last year' in a 2022 report = the whole of 2021"),
        CL("In September, Azerbaijani shelling damaged homes in Jermuk and several Syunik villages, Armenian officials "
           "said.",
           "other", *month(2022, 9), "month", place="gn:174884", claimant="Armenian officials",
           note="'In September' in an October 2022 report = September 2022; places Jermuk and Syunik villages: the "
                "field holds the first"),
        CL("The minister is expected to hold talks in Yerevan on Sunday.",
           "diplomatic", "2022-10-23", "2022-10-23", "day", place="yerevan", claimant=SEP,
           note="future: 'on Sunday' after a Saturday report = 23 October 2022"),
    ],
))

# --------------------------------------------------------------------------------------------
# 4. Russian agency, English service (TASS style). True date Monday 25 January 2021; NOT given; no year in text.
# --------------------------------------------------------------------------------------------
CROS = "the Russian Defence Ministry's Center for the Reconciliation of Opposing Sides"
KOR = "Major General Igor Korolev, head of the Russian reconciliation center"
GOR = "Gorizont (the agency, relaying the Russian Defence Ministry's bulletin)"
DOCS.append(dict(
    doc_id="ru-agency-refugees-return-jan-2021", style="russian", side="Russian",
    outlet="Gorizont, a fictional Russian news agency (English service)",
    title="Over 300 refugees return to Karabakh in one day, Russian military says",
    published="2021-01-25", published_given=False,
    published_in_text=dict(surface="STEPANAKERT /Nagorno-Karabakh/, January 25. /Gorizont/.", date=None,
                           how="dateline"),
    captions=[],
    not_places=[("Korolev", "the general's surname; Korolev (Korolyov) is a city near Moscow (GeoNames 554233)")],
    patterns=["P02 Russian agency dateline 'CITY /Region/, Month Day. /AGENCY/.' without a year",
              "P57 headline figure the body repeats ('Over 300' = the body's 317)", "P31 buses carrying refugees",
              "P20 cumulative 'since November 14'", "P23/P24 posts and contingent stocks",
              "P29 escorted column of trucks (trucks and tonnes)", "P35 'the center's head ... told reporters'",
              "P38 surname that is a place", "P40 'Goris-Stepanakert route'", "P43 'since November 14' without a year",
              "P44 'over the past day', 'on Monday', 'on Sunday', 'now', 'since the start of the operation' with no "
              "publication date known", "P45 'since November 10, 2020'"],
    traps=["no publication year known: the dateline gives 'January 25' only", "'Over 300' in the headline = the body's "
           "317 (labelled once, on the body)", "'buses' carrying 317 refugees: one claim (the buses are not counted)",
           "'the Martuni district' = Khojavend in Karabakh, not Martuni on Lake Sevan", "'no ceasefire violations' = 0",
           "'14 trucks ... and 56 tonnes' = two claims", "'1,130 hectares', '97 kilometres' and '44 days' are "
           "incidental", "'since November 10, 2020' has its year: labelled, although the period's end (publication) is "
           "unknown"],
    mentions=[
        M("Karabakh", "karabakh"),
        M("STEPANAKERT", "khankendi", note="dateline in capitals"),
        M("Nagorno-Karabakh", "karabakh", note="region slot of the TASS-style dateline"),
        M("Yerevan", "yerevan"), M("Stepanakert", "khankendi"),
        M("Nagorno-Karabakh", "karabakh"),
        M("Martakert", None, "region", note="the Martakert district of Karabakh; not in the gazetteer or cities500"),
        M("Martuni", "gn:146969", note="'the Martuni ... districts': " + KHOJ),
        M("Askeran", "gn:148450", note="the Askeran district, named after the town; " + ASK),
        M("Shushi", "shusha", note="the Shushi district, named after the town (as eval-holdout does for Martuni)"),
        M("Lachin corridor", "lachin-corridor"),
        M("Goris-Stepanakert route", "lachin-corridor", "road", inside=[("Goris", "goris"), ("Stepanakert", "khankendi")],
          note=ROAD_LC),
        M("Shushi", "shusha"),
        M("Stepanakert", "khankendi"),
        M("Russia", "russia", note="in 'Russia's peacekeeping contingent'"),
    ],
    claims=[
        CL("STEPANAKERT /Nagorno-Karabakh/, January 25. /Gorizont/. Russian peacekeepers escorted buses carrying 317 "
           "refugees from Yerevan to Stepanakert over the past day, the Russian Defense Ministry's Center for the "
           "Reconciliation of Opposing Sides said on Monday.",
           "population_movement", flag=RU, count=317, q="exact", unit="refugees", origin="yerevan",
           destination="khankendi", claimant=CROS,
           note="returning refugees on escorted buses; 'over the past day' / 'on Monday' with no publication date known "
                "(true: 24-25 January 2021); the buses are not counted, so one claim; the headline's 'Over 300' is "
                "this figure"),
        CL("\"In total, 51,120 residents have returned to their homes in Nagorno-Karabakh since November 14,\" the "
           "center's head, Major General Igor Korolev, told reporters.",
           "population_movement", flag=YU, count=51120, q="exact", unit="people", destination="karabakh",
           claimant=KOR,
           note="cumulative; 'since November 14' with no year and no publication date known (true: 14 November 2020 - "
                "25 January 2021)"),
        CL("The peacekeepers monitor the situation round the clock from 27 observation posts.",
           "stock", count=27, q="exact", unit="observation posts", claimant=GOR,
           note="present tense, no written date and no publication date known: date unknown, no flag"),
        CL("Patrols were carried out in the Martakert, Martuni, Askeran and Shushi districts and along the Lachin "
           "corridor, and no ceasefire violations were recorded.",
           "other", count=0, q="exact", unit="ceasefire violations", claimant=GOR,
           note="'no ceasefire violations' = 0; the bulletin's day is not written in this sentence and no publication "
                "date is known: date unknown, no flag"),
        CL("A column of 14 trucks with construction materials and 56 tonnes of humanitarian cargo passed along the "
           "Goris-Stepanakert route under escort on Sunday.",
           "crossing", flag=RU, count=14, q="exact", unit="trucks", via="lachin-corridor", claimant=GOR,
           note="an escorted column; 'on Sunday' with no publication date known (true: 24 January 2021); the route "
                "names its ends but the sentence states no direction, so only via"),
        CL("A column of 14 trucks with construction materials and 56 tonnes of humanitarian cargo passed along the "
           "Goris-Stepanakert route under escort on Sunday.",
           "crossing", flag=RU, count=56, q="exact", unit="tonnes", via="lachin-corridor", claimant=GOR,
           note="second count of the sentence (cargo in tonnes), a separate claim"),
        CL("Specialists of the International Mine Action Center have cleared 1,130 hectares of land and 97 kilometres "
           "of roads and defused 24,615 explosive objects since the start of the operation, Korolev said.",
           "other", flag=RU, count=24615, q="exact", unit="explosive objects", claimant=KOR,
           note="demining; 'since the start of the operation' is relative and no publication date is known; hectares "
                "and kilometres are areas and lengths, not counts"),
        CL("A team of 23 sappers is now working near Shushi.",
           "stock", flag=RU, count=23, q="exact", unit="sappers", place="shusha", claimant=KOR,
           note="an explicit 'now' with no publication date known: relative_unknown"),
        CL("Russian military doctors have treated 2,140 residents, including 610 children, at the mobile hospital in "
           "Stepanakert.",
           "other", count=2140, q="exact", unit="people", place="khankendi", claimant=GOR,
           note="medical aid; no written date and no publication date known: date unknown, no flag; '610 children' "
                "is a part"),
        CL("Russia's peacekeeping contingent of about 2,000 servicemen has been deployed in the region since November "
           "10, 2020, under the trilateral statement that ended 44 days of fighting.",
           "stock", "2020-11-10", "2020-11-10", "day", count=2000, q="about", unit="servicemen", place="karabakh",
           claimant=GOR,
           note="the contingent (a stock); 'since November 10, 2020' has its year, so it is labelled; the period runs "
                "to the unknown publication date, so it is labelled on the day it began (as eval-real does for 'from 15 "
                "June 2023'); '44 days' is a duration; 'the region' = Karabakh"),
    ],
))

# --------------------------------------------------------------------------------------------
# 5. Wire (Reuters/AFP style). Wednesday 14 December 2022. Date given.
# --------------------------------------------------------------------------------------------
NPA = "NPA (the wire service itself)"
KOFF = "Karabakh officials (the ethnic Armenian enclave's authorities)"
DOCS.append(dict(
    doc_id="wire-blockade-third-day-dec-2022", style="wire", side="international wire",
    outlet="Northwind Press Agency (NPA), a fictional international wire service",
    title="Karabakh road blocked for third day; 1,100 people stranded, gas cut",
    published="2022-12-14", published_given=True,
    published_in_text=dict(surface="YEREVAN, Dec 14 (NPA) –", date=None, how="dateline"),
    captions=["A Russian peacekeeper at a post on the Lachin corridor in 2021. Photo: NPA/File"],
    not_places=[("Gor", "the co-author's given name; Gor is a town in Andalusia, Spain (GeoNames 2517175)"),
                ("Marsh", "the author's surname; 'Marsh' is a GeoNames alternate name of March, Afghanistan (1467433)"),
                ("Helen", "the author's given name; Helen is a town in Georgia, USA (GeoNames 4199921)")],
    patterns=["P01 wire dateline 'YEREVAN, Dec 14 (NPA) –' without a year", "P06 byline with two names",
              "P26 blockade start and day counter ('for a third day', 'since Monday morning')",
              "P16 partial 'among them 270 children'", "P23 'stranded' stock", "P24 'live in' stock",
              "P27 gas cut and fuel rationing", "P19 rate 'about 400 trucks a day'",
              "P17 vague 'several hundred', plural 'peacekeepers' vehicles'", "P53 denial line (Azerbaijan: the road is "
              "open)", "P12 caption with an old year at the end", "P38 names that are GeoNames places",
              "P44 'on Wednesday', 'on Tuesday', 'since Monday morning', 'before Monday', 'now'"],
    traps=["the headline's figures are repeated in the body (labelled once)", "'for a third day' on Wednesday 14 "
           "December = 12-14 December", "'the only road between Armenia and Nagorno-Karabakh' = the Lachin corridor",
           "'before Monday' gives no date", "'The U.S. State Department': the country inside an organisation's name",
           "'United Nations office' is not a place", "the caption (2021) is not a claim"],
    mentions=[
        M("Karabakh", "karabakh"),
        M("YEREVAN", "yerevan", note="dateline in capitals"),
        M("Armenia", "armenia"), M("Nagorno-Karabakh", "karabakh"),
        M("Lachin corridor", "lachin-corridor"), M("Shusha", "shusha"),
        M("Karabakh", "karabakh", note="in 'Karabakh authorities'"), M("Armenia", "armenia"),
        M("Azerbaijan", "azerbaijan"),
        M("Karabakh", "karabakh"),
        M("Yerevan", "yerevan"),
        M("U.S.", "gn:6252001", note="the country inside 'The U.S. State Department' (GeoNames country 6252001)"),
        M("Baku", "baku", note="metonymy for the government of Azerbaijan"),
        M("Lachin corridor", "lachin-corridor", note="in the photo caption"),
    ],
    claims=[
        CL("YEREVAN, Dec 14 (NPA) – Azerbaijani protesters kept the only road between Armenia and Nagorno-Karabakh "
           "blocked for a third day on Wednesday, leaving about 1,100 people, among them 270 children, stranded on "
           "either side, officials in the ethnic Armenian enclave said.",
           "restriction", "2022-12-12", "2022-12-14", "period", via="lachin-corridor", claimant=KOFF,
           note="'for a third day on Wednesday' = Monday 12 - Wednesday 14 December 2022 (day 1 is 'Monday morning', "
                "next sentence); 'the only road between Armenia and Nagorno-Karabakh' = the Lachin corridor, named in "
                "the next sentence; the dateline opens the sentence"),
        CL("YEREVAN, Dec 14 (NPA) – Azerbaijani protesters kept the only road between Armenia and Nagorno-Karabakh "
           "blocked for a third day on Wednesday, leaving about 1,100 people, among them 270 children, stranded on "
           "either side, officials in the ethnic Armenian enclave said.",
           "stock", "2022-12-14", "2022-12-14", "day", count=1100, q="about", unit="people", claimant=KOFF,
           note="people stranded (a stock) on Wednesday 14 December 2022; 'among them 270 children' is a part; 'on "
                "either side' names no place"),
        CL("The protesters, who say they are environmental activists angered by illegal mining, have camped on the "
           "Lachin corridor near Shusha since Monday morning.",
           "restriction", "2022-12-12", "2022-12-14", "period", place="shusha", via="lachin-corridor", claimant=NPA,
           note="'since Monday morning' = 12 December 2022, to publication"),
        CL("Russian peacekeepers, who are supposed to keep the road open under a 2020 ceasefire deal, put up barriers "
           "on both sides of the camp.",
           "restriction", via="lachin-corridor", claimant=NPA,
           note="barriers put up (a restriction event, labelled without a date or a count); the sentence gives no "
                "day; 'a 2020 ceasefire deal' is background; 'the road' = the Lachin corridor"),
        CL("Karabakh authorities said gas supplies from Armenia were cut on Tuesday evening and restored on Wednesday "
           "morning, and that petrol would now be rationed.",
           "restriction", "2022-12-13", "2022-12-14", "period", origin="armenia", place="karabakh",
           claimant="Karabakh authorities",
           note="the gas cut from Tuesday evening (13 December) to Wednesday morning (14 December 2022)"),
        CL("Karabakh authorities said gas supplies from Armenia were cut on Tuesday evening and restored on Wednesday "
           "morning, and that petrol would now be rationed.",
           "restriction", "2022-12-14", "2022-12-14", "day", place="karabakh", claimant="Karabakh authorities",
           note="second claim: petrol rationing from 'now' (publication day); no count"),
        CL("Azerbaijan said the road was open to humanitarian traffic and that peacekeepers' vehicles had passed "
           "freely.",
           "crossing", count=None, q="unspecified", unit="vehicles", flag=VC, via="lachin-corridor",
           claimant="Azerbaijan (the government)",
           note="plural 'peacekeepers' vehicles' with no number; no day is written (date unknown although the "
                "publication date is known); 'the road is open' itself is a denial line, not a claim"),
        CL("Its state media said 16 Russian supply trucks used the road on Tuesday.",
           "crossing", "2022-12-13", "2022-12-13", "day", count=16, q="exact", unit="trucks", via="lachin-corridor",
           claimant="Azerbaijani state media", note="'on Tuesday' = 13 December 2022"),
        CL("Some 120,000 people live in Karabakh, which relies on the road for food, fuel and medicine; before Monday "
           "about 400 trucks a day used it, the enclave's officials say.",
           "stock", "2022-12-14", "2022-12-14", "day", count=120000, q="about", unit="people", place="karabakh",
           claimant=KOFF, note="'live in': present tense, dated to publication"),
        CL("Some 120,000 people live in Karabakh, which relies on the road for food, fuel and medicine; before Monday "
           "about 400 trucks a day used it, the enclave's officials say.",
           "crossing", count=400, q="about", unit="trucks", via="lachin-corridor", claimant=KOFF,
           note="a daily rate before the blockade; 'before Monday' gives no date: date unknown; 'it' = the road"),
        CL("In Yerevan, several hundred people rallied outside the United Nations office on Wednesday.",
           "other", "2022-12-14", "2022-12-14", "day", count=None, q="unspecified", unit="people", flag=VC,
           place="yerevan", claimant=NPA, note="a protest; 'several hundred' is vague"),
        CL("The U.S. State Department urged Baku on Tuesday to restore free movement along the corridor.",
           "diplomatic", "2022-12-13", "2022-12-13", "day", via="lachin-corridor",
           claimant="the U.S. State Department", note="'on Tuesday' = 13 December 2022"),
    ],
))

# --------------------------------------------------------------------------------------------
# 6. Live blog (Guardian style). Wednesday 20 September 2023 (printed); NOT given.
# --------------------------------------------------------------------------------------------
LAN = "The Daily Lantern (live page)"
REP = "The Daily Lantern's reporter in Kornidzor (Tatev Sargsyan)"
DOCS.append(dict(
    doc_id="liveblog-offensive-sep-2023", style="liveblog", side="Western press",
    outlet="The Daily Lantern, a fictional British newspaper (live page)",
    title="Nagorno-Karabakh live: ceasefire agreed after Azerbaijani offensive; peacekeepers evacuate more than 2,000",
    published="2023-09-20", published_given=False,
    published_in_text=dict(surface="Wednesday 20 September 2023", date="2023-09-20", how="printed date under headline"),
    captions=[],
    not_places=[("Tatev", "the reporter's given name; Tatev is also a village in Syunik (GeoNames 174748), not named "
                          "in this text")],
    patterns=["P05 printed date line under the title", "P06 byline with a place", "P48 live-page entries with time "
              "stamps ('17:55 –') and a 'Yesterday –' entry", "P57 headline figure the body states exactly ('more "
              "than 2,000' = 2,261)", "P16 partial '1,049 of them children'", "P17 vague 'a few dozen', 'Hundreds "
              "of'", "P18 'around 10,000'", "P30 evacuations", "P27 suspension of transfers", "P34 detention of "
              "protesters", "P38 given name that is a place", "P44 'so far', 'today', 'since Tuesday', 'tomorrow', "
              "'on Tuesday evening', 'Yesterday'", "P47 time-of-day anchors ('at 13:00', 'at about 13:00')",
              "P46 talks scheduled for tomorrow"],
    traps=["the date is printed under the title but not given: every relative date resolves", "time stamps "
           "('17:55 –') open the entries and are not dates", "'Nobody has crossed' = 0", "'They are being sheltered' "
           "does not restate the 2,261", "'the Martakert and Askeran regions': Martakert has no id, Askeran uses the "
           "town's", "'towards Lachin' = the town", "'Tatev' is the reporter, not the village", "'We cannot verify the "
           "figure' is not a claim"],
    mentions=[
        M("Nagorno-Karabakh", "karabakh"),
        M("Kornidzor", "kornidzor", note="in the byline"),
        M("Russia", "russia", note="in 'Russia's defence ministry'"),
        M("Stepanakert", "khankendi"),
        M("Kornidzor", "kornidzor"), M("Hakari bridge", "hakari-bridge"),
        M("Karabakh", "karabakh", note="'the Karabakh side'"),
        M("Lachin corridor", "lachin-corridor"),
        M("Karabakh", "karabakh", note="in 'Karabakh's human rights ombudsman'"),
        M("Martakert", None, "region", note="the Martakert region of Karabakh; not in the gazetteer or cities500"),
        M("Askeran", "gn:148450", note="the Askeran region, named after the town; " + ASK),
        M("Karabakh", "karabakh", note="in 'Karabakh authorities'"),
        M("Baku", "baku"), M("Yevlakh", "gn:584649"),
        M("Stepanakert", "khankendi", note="inside 'Stepanakert airport' (a facility named after the city)"),
        M("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's defence ministry'"),
        M("Martakert", None, "region", note="the Martakert district or town; not in the gazetteer or cities500"),
        M("Martuni", "gn:146969", note=KHOJ),
        M("Lachin", "lachin", note="'towards Lachin': the town"),
        M("Azerbaijan", "azerbaijan"), M("Karabakh", "karabakh"), M("Yerevan", "yerevan"),
    ],
    claims=[
        CL("17:55 – Russia's defence ministry says its peacekeepers have so far evacuated 2,261 civilians from the "
           "most dangerous areas, 1,049 of them children.",
           "population_movement", "2023-09-19", "2023-09-20", "period", count=2261, q="exact", unit="civilians",
           claimant="Russia's defence ministry",
           note="evacuations 'so far', i.e. since the offensive began on Tuesday 19 September 2023 (the 'Yesterday' "
                "entry), to 20 September; '1,049 of them children' is a part; the headline's 'more than 2,000' is this "
                "figure; the time stamp opens the sentence"),
        CL("They are being sheltered at the contingent's base near Stepanakert.",
           "stock", "2023-09-20", "2023-09-20", "day", place="khankendi", claimant="Russia's defence ministry",
           note="'They' = the 2,261 evacuees: the count is not restated (count null, not derived); present tense in "
                "a 20 September entry"),
        CL("16:20 – In Kornidzor, the last Armenian village before the Hakari bridge, a few dozen people have gathered "
           "at the checkpoint waiting for relatives, our reporter says.",
           "stock", "2023-09-20", "2023-09-20", "day", count=None, q="unspecified", unit="people", flag=VC,
           place="kornidzor", claimant=REP,
           note="'a few dozen': vague; people waiting (a stock) at the Armenian checkpoint in Kornidzor"),
        CL("Nobody has crossed from the Karabakh side today.",
           "population_movement", "2023-09-20", "2023-09-20", "day", count=0, q="exact", unit="people",
           origin="karabakh", claimant=REP, note="'Nobody' = 0; 'today' = 20 September 2023"),
        CL("15:10 – The ICRC says it has suspended patient transfers through the Lachin corridor until further notice.",
           "restriction", "2023-09-20", "2023-09-20", "day", via="lachin-corridor", claimant="the ICRC",
           note="a suspension announced in the 20 September entry; its end is not stated"),
        CL("14:40 – Karabakh's human rights ombudsman says around 10,000 people have fled villages in the Martakert "
           "and Askeran regions since Tuesday.",
           "population_movement", "2023-09-19", "2023-09-20", "period", count=10000, q="about", unit="people",
           claimant="Karabakh's human rights ombudsman",
           note="displacement inside Karabakh; 'since Tuesday' = 19 September 2023, to the entry day; origin: two "
                "regions, the field would hold the first (Martakert, no id): null; 'We cannot verify the figure' is "
                "not a claim"),
        CL("13:05 – Karabakh authorities say they have accepted a ceasefire proposed by the Russian peacekeeping "
           "command, which came into force at 13:00.",
           "diplomatic", "2023-09-20", "2023-09-20", "day", place="karabakh", claimant="Karabakh authorities",
           note="the ceasefire, in force from 13:00 on 20 September 2023 (a time of day)"),
        CL("Talks with Baku on the \"reintegration\" of the region will be held in Yevlakh tomorrow.",
           "diplomatic", "2023-09-21", "2023-09-21", "day", place="gn:584649", claimant="Karabakh authorities",
           note="future: 'tomorrow' = 21 September 2023"),
        CL("11:30 – Hundreds of residents are camped outside Stepanakert airport, hoping to be flown out.",
           "stock", "2023-09-20", "2023-09-20", "day", count=None, q="unspecified", unit="residents", flag=VC,
           place="khankendi", claimant=LAN, note="'Hundreds of': vague; a stock at the airport"),
        CL("09:15 – Azerbaijan's defence ministry says it opened \"humanitarian corridors\" from Martakert and Martuni "
           "towards Lachin on Tuesday evening.",
           "other", "2023-09-19", "2023-09-19", "day", destination="lachin", claimant="Azerbaijan's defence ministry",
           note="'on Tuesday evening' = 19 September 2023; origin: two places, the first (Martakert) has no id"),
        CL("Yesterday – Azerbaijan launched what it called \"local anti-terrorist measures\" in Karabakh at about "
           "13:00.",
           "other", "2023-09-19", "2023-09-19", "day", place="karabakh", claimant=LAN,
           note="the offensive; the 'Yesterday' entry = 19 September 2023; 'about 13:00' is a time of day"),
        CL("In Yerevan, protesters blocked the government building late into the night; police detained 84 people.",
           "detention", "2023-09-19", "2023-09-19", "day", count=84, q="exact", unit="people", place="yerevan",
           claimant=LAN, note="in the 'Yesterday' entry: 19 September 2023; the blocked building is not a road "
                              "restriction"),
    ],
))

# --------------------------------------------------------------------------------------------
# 7. Armenian news site, HTML page. Monday 14 August 2023 (html time only); NOT given.
# --------------------------------------------------------------------------------------------
ONE = "1Line (the news site itself)"
DOCS.append(dict(
    doc_id="html-am-news-convoy-aug-2023", style="armenian", side="Armenian",
    outlet="1Line, a fictional Yerevan news site (English edition, web page)",
    title="Aid convoy stuck near Kornidzor for 20th day; drivers say food is spoiling",
    published="2023-08-14", published_given=False, html_file="html-am-news-convoy-aug-2023.html",
    published_in_text=dict(surface="2023-08-14T12:48:00+04:00", date="2023-08-14", how="html time"),
    captions=["The convoy near the Hakari bridge on July 27. Photo: 1Line"],
    not_places=[("Arpi", "the coordinator's given name; Arpi is a village in Vayots Dzor, Armenia (GeoNames 389308)")],
    patterns=["P08 date only in the HTML <time datetime>; the visible text shows only '12:48'",
              "P12 caption with a yearless date", "P26 'for the 20th day' (a convoy held)", "P29 convoy",
              "P30 patient transfers and returns", "P34 detention at the checkpoint (named, with age)",
              "P17 vague 'volunteers', 'patients'", "P38 given name that is a place", "P40 'the Aghdam road'",
              "P43 'July 26', 'July 29', 'December 12' resolved from the HTML date",
              "P44 'last week', 'today', 'on Thursday', 'on Sunday'"],
    traps=["the publication date is only in the HTML <time>", "'for the 20th day': day 1 = 26 July (next sentence)",
           "'The trucks ... left Yerevan' does not restate the count", "'Seven of the 19 drivers' and the volunteers "
           "are two claims", "'brought 4 others back' = the opposite direction", "'68' is an age and 'in 1991' dates "
           "alleged crimes", "'within hours' is a duration", "'since December 12' in August 2023 = 2022"],
    mentions=[
        M("Kornidzor", "kornidzor"),
        M("Hakari bridge", "hakari-bridge", note="in the photo caption"),
        M("Nagorno-Karabakh", "karabakh"), M("Kornidzor", "kornidzor"), M("Azerbaijan", "azerbaijan"),
        M("Hakari bridge", "hakari-bridge"),
        M("Yerevan", "yerevan"), M("Goris", "goris"),
        M("Stepanakert", "khankendi"), M("Armenia", "armenia"),
        M("Artsakh", "karabakh", note="in 'Artsakh's health ministry'"),
        M("Baku", "baku"),
        M("Azerbaijan", "azerbaijan", note="in 'Azerbaijan's Foreign Ministry'"),
        M("Aghdam road", None, "road", inside=[("Aghdam", "gn:148619")],
          note="the Aghdam-Khankendi road named by one end; no id (as eval-real labels 'Aghdam road')"),
        M("Khankendi", "khankendi"),
        M("Karabakh", "karabakh"), M("Armenia", "armenia"),
    ],
    claims=[
        CL("A convoy of 19 trucks carrying 360 tonnes of humanitarian aid for Nagorno-Karabakh has been standing near "
           "Kornidzor for the 20th day, as Azerbaijan keeps refusing to let it through its checkpoint at the Hakari "
           "bridge.",
           "restriction", "2023-07-26", "2023-08-14", "period", count=19, q="exact", unit="trucks",
           destination="karabakh", place="kornidzor", claimant=ONE,
           note="a convoy held (restriction); 'for the 20th day' on 14 August 2023 (the HTML date): day 1 = 26 July, "
                "the departure the next sentence gives; the day number is a duration; 360 tonnes of aid; destination = "
                "where it was sent"),
        CL("The trucks, loaded with flour, pasta, sugar, baby food and medicines, left Yerevan on July 26.",
           "crossing", "2023-07-26", "2023-07-26", "day", origin="yerevan", claimant=ONE,
           note="the convoy's departure; 'The trucks' does not restate the 19 (count null); 'July 26' = 2023"),
        CL("Seven of the 19 drivers went home last week and were replaced by volunteers from Goris, convoy coordinator "
           "Arpi Danielyan told 1Line.",
           "population_movement", "2023-08-07", "2023-08-13", "period", count=7, q="exact", unit="drivers",
           claimant="Arpi Danielyan, convoy coordinator",
           note="'last week' = Monday 7 - Sunday 13 August 2023, the calendar week before the Monday publication; "
                "'went home' names no place; count in words"),
        CL("Seven of the 19 drivers went home last week and were replaced by volunteers from Goris, convoy coordinator "
           "Arpi Danielyan told 1Line.",
           "population_movement", "2023-08-07", "2023-08-13", "period", count=None, q="unspecified", unit="volunteers",
           flag=VC, origin="goris", claimant="Arpi Danielyan, convoy coordinator",
           note="second claim: bare plural 'volunteers' = vague; they came from Goris to the convoy (destination not "
                "named)"),
        CL("Meanwhile, the ICRC transferred 9 patients from Stepanakert to Armenia today and brought 4 others back, "
           "Artsakh's health ministry said.",
           "population_movement", "2023-08-14", "2023-08-14", "day", count=9, q="exact", unit="patients",
           origin="khankendi", destination="armenia", claimant="Artsakh's health ministry",
           note="'today' = 14 August 2023 (the HTML date)"),
        CL("Meanwhile, the ICRC transferred 9 patients from Stepanakert to Armenia today and brought 4 others back, "
           "Artsakh's health ministry said.",
           "population_movement", "2023-08-14", "2023-08-14", "day", count=4, q="exact", unit="patients",
           origin="armenia", destination="khankendi", claimant="Artsakh's health ministry",
           note="'brought ... back': the opposite direction, Armenia to Stepanakert; second claim"),
        CL("The ICRC had last transferred patients on Thursday.",
           "population_movement", "2023-08-10", "2023-08-10", "day", count=None, q="unspecified", unit="patients",
           flag=VC, claimant=ONE,
           note="bare plural 'patients' = vague; 'on Thursday' in a Monday report = 10 August 2023; the direction is "
                "not restated"),
        CL("Vagharsh Avetisyan, 68, who was detained at the checkpoint on July 29 while travelling with the ICRC for "
           "heart surgery, remains in custody in Baku, where he is accused of war crimes in 1991.",
           "detention", "2023-07-29", "2023-07-29", "day", count=1, q="exact", unit="people", place="hakari-bridge",
           claimant=ONE,
           note="one named person; 'the checkpoint' = Azerbaijan's checkpoint at the Hakari bridge (first paragraph); "
                "'68' is an age; 'in 1991' dates the accusation, not a claim; still held in Baku (same detention)"),
        CL("Azerbaijan's Foreign Ministry said on Sunday that the Aghdam road could \"deliver any cargo to Khankendi "
           "within hours\".",
           "diplomatic", "2023-08-13", "2023-08-13", "day", claimant="Azerbaijan's Foreign Ministry",
           note="a dated statement; 'on Sunday' = 13 August 2023; 'within hours' is a duration"),
        CL("Karabakh has been cut off from Armenia since December 12.",
           "restriction", "2022-12-12", "2023-08-14", "period", place="karabakh", claimant=ONE,
           note="'since December 12' in an August 2023 report = 12 December 2022 (year inferred), to publication"),
    ],
))

# --------------------------------------------------------------------------------------------
# 8. Azerbaijani news portal, HTML page. Monday 18 September 2023 (html meta + JSON-LD); NOT given.
# --------------------------------------------------------------------------------------------
QX = "Qarabag Xeber (the portal itself)"
DOCS.append(dict(
    doc_id="html-az-portal-two-roads-sep-2023", style="azerbaijani", side="Azerbaijani",
    outlet="Qarabag Xeber, a fictional Azerbaijani news portal (English edition, web page)",
    title="Three ICRC trucks reach Khankendi simultaneously via Aghdam and Lachin roads (UPDATED)",
    published="2023-09-18", published_given=False, html_file="html-az-portal-two-roads-sep-2023.html",
    published_in_text=dict(surface="2023-09-18T18:20:00+04:00", date="2023-09-18", how="html meta"),
    captions=["Archive photo: the Aghdam–Khankendi road near Askeran, October 2021."],
    not_places=[("Ramin", "the spokesman's given name; Ramin is a village in Iran (GeoNames 1113341, 406480)")],
    patterns=["P08 date only in <meta property=article:published_time> and JSON-LD", "P52 headline tag '(UPDATED)'",
              "P11 figure only in the headline ('Three ICRC trucks' = 1 + 2 in the body, never totalled)",
              "P13/P12 archive caption ending in an old date", "P04 '..., Portal reports.'",
              "P40 'the Aghdam–Khankendi and Lachin–Khankendi roads', 'Aghdam and Lachin roads', 'the Aghdam road'",
              "P32 'from the direction of Gorus'", "P23 lorries that 'have stood ... are still there'",
              "P20 cumulative 'since September 1'", "P16 partial 'among them 41 patients'", "P38 given name that is "
              "a place", "P54 toponym inside the outlet's name ('Qarabag Xeber')",
              "P44 'today', 'Last Tuesday', 'on Saturday', 'on Monday'", "P43 'August 29', 'September 1' (year from "
                                                                          "the HTML)"],
    traps=["the publication date is only in the HTML head", "the headline's 'Three' trucks is never stated in the "
           "body (1 + 2 would be derived)", "'via Aghdam and Lachin roads': the shared noun left out; 'Lachin' = the "
           "corridor road, 'Aghdam' = the Aghdam road (no id)", "'Qarabag' in the outlet's name = Karabakh",
           "'Karabakh' as the site's section name", "'An ICRC truck' = 1", "'Last Tuesday' in a Monday piece = 12 "
           "September", "'the peacekeepers' post' = the post near Askeran", "'in decades' is not a date"],
    mentions=[
        M("Khankendi", "khankendi"),
        M("Aghdam", None, "road", inside=[("Aghdam", "gn:148619")],
          note="'via Aghdam and Lachin roads': the Aghdam road (shared noun left out), no id"),
        M("Lachin", "lachin-corridor", "road", note="'Lachin roads' with the shared noun left out: the Lachin road = "
                                                    "the corridor (as eval-holdout reads 'Lachin road'), not the town"),
        M("Karabakh", "karabakh", note="the site's section name above the article"),
        M("Aghdam–Khankendi road", None, "road", inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")],
          note="in the archive caption; not in the gazetteer"),
        M("Askeran", "gn:148450", note="in the caption; " + ASK),
        M("Khankendi", "khankendi"),
        M("Aghdam–Khankendi", None, "road", inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")],
          note="'the Aghdam–Khankendi and Lachin–Khankendi roads': the shared noun left out"),
        M("Lachin–Khankendi", "lachin-corridor", "road", inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")],
          note=ROAD_LC + "; shared noun left out"),
        M("Qarabag", "karabakh", note="inside the outlet's name 'Qarabag Xeber' (Azerbaijani Qarabağ without the "
                                      "diacritic), labelled as 'Aras' in 'Aras Trade News'"),
        M("Aghdam", "gn:148619"), M("Khankendi", "khankendi"), M("Askeran", "gn:148450"),
        M("Lachin border checkpoint", "hakari-bridge", "border_crossing", note=LCHK),
        M("Gorus", "goris", note="Azerbaijani spelling of Goris"),
        M("Aghdam road", None, "road", inside=[("Aghdam", "gn:148619")], note="no id"),
        M("Azerbaijan", "azerbaijan", note="in 'the Azerbaijan Red Crescent Society'"),
        M("Khankendi", "khankendi"),
        M("Lachin checkpoint", "hakari-bridge", "border_crossing", note=LCHK),
        M("Gorus", "goris"),
        M("Baku", "baku"), M("Aghdam road", None, "road", inside=[("Aghdam", "gn:148619")], note="no id"),
    ],
    claims=[
        CL("Three ICRC trucks reach Khankendi simultaneously via Aghdam and Lachin roads (UPDATED)",
           "crossing", "2023-09-18", "2023-09-18", "day", count=3, q="exact", unit="trucks", destination="khankendi",
           claimant="Qarabag Xeber (headline)", headline=True,
           note="the total of three trucks is stated only in the headline (the body gives one truck via Aghdam and "
                "two via the Lachin checkpoint, never a total); dated to the day the body gives ('today')"),
        CL("For the first time, humanitarian cargo of the International Committee of the Red Cross (ICRC) was delivered "
           "to Khankendi today simultaneously via the Aghdam–Khankendi and Lachin–Khankendi roads, Qarabag Xeber "
           "reports.",
           "crossing", "2023-09-18", "2023-09-18", "day", destination="khankendi", claimant=QX,
           note="the deliveries, uncounted here (count null); 'today' = 18 September 2023 (the HTML date); two roads: "
                "the field holds the first (the Aghdam–Khankendi road, no id), so via is null"),
        CL("An ICRC truck carrying 12 tons of flour set out from Aghdam at 10:30 and reached Khankendi after passing "
           "the post of the Russian peacekeepers near Askeran.",
           "crossing", "2023-09-18", "2023-09-18", "day", count=1, q="exact", unit="trucks", origin="gn:148619",
           destination="khankendi", via="gn:148450", claimant=QX,
           note="'An ICRC truck' = 1; 12 tons of flour; the day from the previous sentence ('today'); '10:30' is a "
                "time of day; via = the peacekeepers' post near Askeran"),
        CL("At the same time, two ICRC trucks with medicines and flour entered through the Lachin border checkpoint "
           "from the direction of Gorus.",
           "entry", "2023-09-18", "2023-09-18", "day", count=2, q="exact", unit="trucks", origin="goris",
           via="hakari-bridge", claimant=QX,
           note="entering Karabakh from Armenia: entry; 'At the same time' = today; count in words"),
        CL("Last Tuesday, a truck of the Russian Red Cross with 10 tons of flour became the first vehicle in decades to "
           "use the Aghdam road.",
           "crossing", "2023-09-12", "2023-09-12", "day", count=1, q="exact", unit="trucks", claimant=QX,
           note="'Last Tuesday' in a Monday 18 September piece = 12 September 2023; 'a truck' = 1; the Aghdam road "
                "has no id, so via is null; 'in decades' is not a date"),
        CL("The two lorries of the Azerbaijan Red Crescent Society that have stood near the peacekeepers' post since "
           "August 29 are still there.",
           "stock", "2023-08-29", "2023-09-18", "period", count=2, q="exact", unit="lorries", place="gn:148450",
           claimant=QX,
           note="lorries standing (a stock, the Azerbaijani framing); 'since August 29' = 2023, to publication; 'the "
                "peacekeepers' post' = the post near Askeran named above"),
        CL("The Armenian separatists in Khankendi agreed on Saturday to the simultaneous use of the two roads, citing "
           "the \"deepening humanitarian situation\".",
           "diplomatic", "2023-09-16", "2023-09-16", "day", place="khankendi", claimant=QX,
           note="'on Saturday' = 16 September 2023"),
        CL("According to the State Border Service, 96 people have crossed the Lachin checkpoint towards Gorus since "
           "September 1, among them 41 patients.",
           "population_movement", "2023-09-01", "2023-09-18", "period", count=96, q="exact", unit="people",
           destination="goris", via="hakari-bridge", claimant="Azerbaijan's State Border Service",
           note="cumulative 'since September 1' (2023), to publication; '41 patients' is a part"),
        CL("Foreign Ministry spokesman Ramin Aghayev said on Monday that Baku expected the Aghdam road to be used "
           "regularly from now on.",
           "diplomatic", "2023-09-18", "2023-09-18", "day", claimant="Ramin Aghayev, Azerbaijani Foreign Ministry "
                                                                     "spokesman",
           note="a dated statement; 'on Monday' = 18 September 2023"),
    ],
))

# --------------------------------------------------------------------------------------------
# 9. Inter-agency situation report (OCHA/IOM style) on the 2020 war. Issued Friday 30 October 2020; date given.
# --------------------------------------------------------------------------------------------
CHCF = "the Caucasus Humanitarian Coordination Forum (situation report)"
LOC = "local authorities in Nagorno-Karabakh"
DOCS.append(dict(
    doc_id="sitrep-displacement-oct-2020", style="intl-org", side="international organisation (UN-style)",
    outlet="Caucasus Humanitarian Coordination Forum (CHCF), Yerevan, a fictional inter-agency coordination body",
    title="ARMENIA: Displacement from Nagorno-Karabakh – Situation Report No. 3",
    published="2020-10-30", published_given=True,
    published_in_text=dict(surface="Issued: 30 October 2020", date="2020-10-30", how="printed date under headline"),
    captions=[],
    not_places=[],
    patterns=["P05 issue line and covering period", "P49 sitrep headers (HIGHLIGHTS, SITUATION OVERVIEW, RESPONSE) and "
              "bullets", "P21 'As of 28 October' snapshot", "P20 cumulative 'since 27 September'",
              "P22 range '300–500 people a day'", "P19 rates 'a day'", "P17 vague 'the rest'", "P18 'About', 'more "
              "than', 'an estimated'", "P23 reception-centre stocks ('hosted ... now hosts')", "P24 population "
              "'before the war'", "P31 buses carrying people on two days", "P56 province names (Kotayk, Ararat) and "
              "towns", "P42 homonyms: Martuni (Karabakh) vs Martuni (Sevan); Ararat province vs Ararat town",
              "P45 dates with years in the header only"],
    traps=["percentages ('88 per cent', '60 per cent') are not counts", "'the rest' is not derived",
           "range '300–500': lower bound, at_least", "'early October' = 1-10 October", "'Twelve buses ... carried 486 "
           "people' = two claims on two days", "'the road from Stepanakert to Goris through Lachin' is not a named road: "
           "three settlement mentions", "'Kotayk and Ararat' = provinces (no id)", "the issue line and the covering "
           "period are not claims", "'within hours' is a duration"],
    mentions=[
        M("ARMENIA", "armenia", note="title in capitals"), M("Nagorno-Karabakh", "karabakh"),
        M("Caucasus", None, "region", note="the toponym inside the organisation's name 'Caucasus Humanitarian "
                                          "Coordination Forum' (the whole Caucasus, not the gazetteer's South "
                                          "Caucasus): no id"),
        M("Yerevan", "yerevan", note="the issuing office's line"),
        M("Armenia", "armenia", note="in 'the Migration Service of Armenia'"), M("Nagorno-Karabakh", "karabakh"),
        M("Syunik", "syunik", note="'Syunik province'; not the village (13132983)"),
        M("Goris", "goris"), M("Sisian", "gn:174763"), M("Kapan", "kapan"), M("Yerevan", "yerevan"),
        M("Kotayk", None, "region", note="the province (Kotayk marz), not the village Kotayk (GeoNames 616522)"),
        M("Ararat", None, "region", note="Ararat province, listed with Yerevan and Kotayk; not the town Ararat "
                                         "(GeoNames 174991)"),
        M("Stepanakert", "khankendi"),
        M("Martuni", "gn:146969", note="'the town of Martuni' in Karabakh; " + KHOJ),
        M("Stepanakert", "khankendi", note="'the road from Stepanakert to Goris through Lachin': three settlement "
                                           "mentions, no road name"),
        M("Goris", "goris"), M("Lachin", "lachin", note="the town (in 2020 the road still ran through it)"),
        M("Stepanakert", "khankendi"), M("Goris", "goris"),
        M("Nagorno-Karabakh", "karabakh"),
        M("Syunik", "syunik"), M("Yerevan", "yerevan"), M("Goris", "goris"),
        M("Washington", "gn:4140963", note="Washington, D.C. (GeoNames 4140963)"),
    ],
    claims=[
        CL("As of 28 October, the Migration Service of Armenia had registered 87,400 people displaced from "
           "Nagorno-Karabakh since 27 September, 88 per cent of them women and children.",
           "population_movement", "2020-09-27", "2020-10-28", "period", count=87400, q="exact", unit="people",
           origin="karabakh", destination="armenia", claimant="the Migration Service of Armenia",
           note="registered arrivals (population_movement, as eval-real labels registrations of arrivals), cumulative "
                "from 27 September to 28 October 2020; destination Armenia from 'the Migration Service of Armenia'; "
                "'88 per cent' is a percentage, not a count"),
        CL("About 23,000 of them are in Syunik province, mostly in Goris, Sisian and Kapan; the rest are in Yerevan, "
           "Kotayk and Ararat.",
           "stock", "2020-10-30", "2020-10-30", "day", count=23000, q="about", unit="people", place="syunik",
           claimant=CHCF, note="present tense, dated to the issue day; a part of the 87,400 with its own place"),
        CL("About 23,000 of them are in Syunik province, mostly in Goris, Sisian and Kapan; the rest are in Yerevan, "
           "Kotayk and Ararat.",
           "stock", "2020-10-30", "2020-10-30", "day", count=None, q="unspecified", unit="people", flag=VC,
           place="yerevan", claimant=CHCF,
           note="'the rest': vague, never derived (not 87,400 - 23,000); places: the field holds the first"),
        CL("Arrivals slowed to 300–500 people a day in the reporting period, down from more than 6,000 a day in early "
           "October.",
           "population_movement", "2020-10-23", "2020-10-29", "period", count=300, q="at_least", unit="people",
           destination="armenia", claimant=CHCF,
           note="a daily rate; range '300–500': the lower bound as the count (at_least, eval-real), upper bound 500; "
                "'the reporting period' = 23-29 October 2020 (header); arrivals in Armenia (the report's subject)"),
        CL("Arrivals slowed to 300–500 people a day in the reporting period, down from more than 6,000 a day in early "
           "October.",
           "population_movement", "2020-10-01", "2020-10-10", "period", count=6000, q="at_least", unit="people",
           destination="armenia", claimant=CHCF,
           note="second rate: 'more than 6,000 a day'; 'early October' = 1-10 October 2020"),
        CL("Shelling on 28 October hit Stepanakert and the town of Martuni, local authorities said, and the road from "
           "Stepanakert to Goris through Lachin remained the only way out of the region.",
           "other", "2020-10-28", "2020-10-28", "day", place="khankendi", claimant=LOC,
           note="shelling; places Stepanakert and Martuni: the field holds the first; the road remaining open is not "
                "a separate claim (no date or count of its own)"),
        CL("Twelve buses chartered by the Government carried 486 people, mostly elderly residents and mothers with "
           "children, from Stepanakert to Goris on 25 and 26 October.",
           "population_movement", "2020-10-25", "2020-10-26", "days", **days("2020-10-25", "2020-10-26"), count=12,
           q="exact", unit="buses", origin="khankendi", destination="goris", claimant=CHCF,
           note="buses carrying people (population_movement, unit buses); two days; count in words"),
        CL("Twelve buses chartered by the Government carried 486 people, mostly elderly residents and mothers with "
           "children, from Stepanakert to Goris on 25 and 26 October.",
           "population_movement", "2020-10-25", "2020-10-26", "days", **days("2020-10-25", "2020-10-26"), count=486,
           q="exact", unit="people", origin="khankendi", destination="goris", claimant=CHCF,
           note="the passengers, second claim of the sentence"),
        CL("The population of Nagorno-Karabakh was put at 145,000 before the war; local authorities estimate that 60 "
           "per cent of it has left.",
           "stock", count=145000, q="exact", unit="people", place="karabakh", claimant=LOC,
           note="'before the war' gives no date: date unknown; '60 per cent ... has left' is a percentage with no "
                "count and no date (not labelled; not derived)"),
        CL("Partners distributed 14,500 food parcels and 3,200 hygiene kits in Syunik and Yerevan.",
           "other", "2020-10-23", "2020-10-29", "period", count=14500, q="exact", unit="food parcels",
           place="syunik", claimant="humanitarian partners, according to the situation report",
           note="aid distributed; the RESPONSE section reports on the covering period, 23-29 October 2020; places: "
                "the field holds the first"),
        CL("Partners distributed 14,500 food parcels and 3,200 hygiene kits in Syunik and Yerevan.",
           "other", "2020-10-23", "2020-10-29", "period", count=3200, q="exact", unit="hygiene kits", place="syunik",
           claimant="humanitarian partners, according to the situation report", note="second claim of the sentence"),
        CL("The reception centre in Goris, which hosted 1,100 people on 24 October, now hosts about 400.",
           "stock", "2020-10-24", "2020-10-24", "day", count=1100, q="exact", unit="people", place="goris",
           claimant=CHCF, note="people hosted on 24 October 2020"),
        CL("The reception centre in Goris, which hosted 1,100 people on 24 October, now hosts about 400.",
           "stock", "2020-10-30", "2020-10-30", "day", count=400, q="about", unit="people", place="goris",
           claimant=CHCF, note="'now' = the issue day, 30 October 2020; second claim"),
        CL("A humanitarian ceasefire agreed in Washington on 25 October broke down within hours.",
           "diplomatic", "2020-10-25", "2020-10-25", "day", place="gn:4140963", claimant=CHCF,
           note="'within hours' is a duration"),
    ],
))

# --------------------------------------------------------------------------------------------
# 10. Encyclopaedia article lead (a village). No publication date in the text; NOT given.
# --------------------------------------------------------------------------------------------
WT = "Wikiterra (the encyclopaedia article)"
DOCS.append(dict(
    doc_id="encyclopedia-kornidzor-village", style="encyclopedia", side="encyclopaedia (neutral)",
    outlet="Wikiterra, a fictional online encyclopaedia (article lead)",
    title="Kornidzor",
    published="2024-03-02", published_given=False, published_in_text=None,
    published_note="the text states no date; 'published' is the revision day, and every date in the text carries "
                   "its year, so nothing needs it",
    captions=[],
    not_places=[],
    patterns=["P07/P45 no publication date, every date with its year", "P50 encyclopaedia lead with the name in Armenian "
              "script", "P24 census populations (2011, 2001)", "P19 rate 'an average of 1,200 vehicles a day'",
              "P23 stranded residents housed", "P25 checkpoint set up on a date", "P26 blockade start (month)",
              "P29 convoy that waited 'from 26 July 2023'", "P18 'more than 100,000', 'up to 30,000', 'about 300'",
              "P17 vague 'later arrivals'", "P27 registration point closed (other, not a restriction)", "P50 'See also' line of place names",
              "P42 homonym pull: 'Hakari' (GeoNames alternate name of Hakkâri, Turkey)"],
    traps=["no publication date, but every date carries its year", "'Կոռնիձոր' (Armenian script) is a mention of "
           "Kornidzor", "'Armenian' (the language) is not a place", "'the Lachin District of Azerbaijan' uses the "
           "town's id (the district named after it)", "'the Hakari river' = the river (no id), 'the Hakari bridge' = "
           "the bridge; neither is Hakkâri in Turkey", "'up to 30,000 ... in a single day' = at_most", "'about 20 km', "
           "'about 160 km' are distances", "'from 26 July 2023' with no end: labelled on the day it began",
           "'the village' = Kornidzor", "the 'See also' line holds mentions but no claims"],
    mentions=[
        M("Kornidzor", "kornidzor", note="the article title"),
        M("Kornidzor", "kornidzor"),
        M("Կոռնիձոր", "kornidzor", note="the Armenian-script name (a gazetteer name of Kornidzor)"),
        M("Syunik", "syunik", note="'the Syunik Province': the common noun left out; not the village (13132983)"),
        M("Armenia", "armenia"),
        M("Lachin", "lachin", note="'the Lachin District of Azerbaijan': the district named after the town, labelled "
                                   "with the town's id (as eval-holdout does for districts)"),
        M("Azerbaijan", "azerbaijan"), M("Goris", "goris"),
        M("Lachin corridor", "lachin-corridor"),
        M("Hakari", None, "river", note="'the Hakari river': the river, no id (the common noun left out); not Hakkâri "
                                        "in Turkey (GeoNames 318137 lists 'Hakari')"),
        M("Hakari bridge", "hakari-bridge"),
        M("Nagorno-Karabakh", "karabakh"), M("Karabakh", "karabakh", note="modifier in 'Karabakh residents'"),
        M("Armenia", "armenia"), M("Kornidzor", "kornidzor"),
        M("Azerbaijan", "azerbaijan"), M("Hakari bridge", "hakari-bridge"), M("Armenia", "armenia"),
        M("Nagorno-Karabakh", "karabakh", note="in 'the flight of Nagorno-Karabakh Armenians'"),
        M("Armenia", "armenia"), M("Kornidzor", "kornidzor"), M("Goris", "goris"),
        M("Iran", "iran"),
        M("Agarak–Norduz border crossing", "agarak-norduz", "border_crossing",
          inside=[("Agarak", "agarak"), ("Norduz", "agarak-norduz")], note="the crossing's full name, one mention"),
        M("Tegh", "tegh", note="'See also' line"), M("Khndzoresk", "gn:174849"),
        M("Lachin corridor", "lachin-corridor"),
    ],
    claims=[
        CL("At the 2011 census it had a population of 1,150, down from 1,412 in 2001.",
           "stock", "2011-01-01", "2011-12-31", "period", count=1150, q="exact", unit="people", place="kornidzor",
           claimant=WT, note="a census population; only the year is written: the whole of 2011"),
        CL("At the 2011 census it had a population of 1,150, down from 1,412 in 2001.",
           "stock", "2001-01-01", "2001-12-31", "period", count=1412, q="exact", unit="people", place="kornidzor",
           claimant=WT, note="the 2001 figure, second claim"),
        CL("In 2022 the road through the village carried an average of 1,200 vehicles a day.",
           "crossing", "2022-01-01", "2022-12-31", "period", count=1200, q="exact", unit="vehicles",
           via="kornidzor", claimant=WT,
           note="a daily rate, an average over 2022 (the number is stated exactly, so exact); 'the village' = "
                "Kornidzor"),
        CL("In December 2022, when the blockade of Nagorno-Karabakh began, about 300 Karabakh residents stranded in "
           "Armenia were housed in and around Kornidzor.",
           "restriction", *month(2022, 12), "month", place="karabakh", claimant=WT,
           note="the blockade began in December 2022 (only the month is written here)"),
        CL("In December 2022, when the blockade of Nagorno-Karabakh began, about 300 Karabakh residents stranded in "
           "Armenia were housed in and around Kornidzor.",
           "stock", *month(2022, 12), "month", count=300, q="about", unit="people", place="kornidzor", claimant=WT,
           note="people stranded and housed (a stock) in December 2022; second claim"),
        CL("On 23 April 2023 Azerbaijan set up a checkpoint at the Hakari bridge.",
           "restriction", "2023-04-23", "2023-04-23", "day", place="hakari-bridge", claimant=WT),
        CL("A convoy of 19 trucks with 360 tonnes of humanitarian aid sent by Armenia waited outside the village from "
           "26 July 2023 and was never allowed through.",
           "restriction", "2023-07-26", "2023-07-26", "day", count=19, q="exact", unit="trucks", origin="armenia",
           place="kornidzor", claimant=WT,
           note="a convoy held (restriction); 'from 26 July 2023' with no end stated: labelled on the day it began (as "
                "eval-real does for 'from 15 June 2023'); 360 tonnes of aid"),
        CL("Between 24 September and 2 October 2023 more than 100,000 people entered Armenia through Kornidzor, up to "
           "30,000 of them in a single day.",
           "population_movement", "2023-09-24", "2023-10-02", "period", count=100000, q="at_least", unit="people",
           destination="armenia", via="kornidzor", claimant=WT,
           note="'Between 24 September and 2 October 2023' is a date range, not a count range"),
        CL("Between 24 September and 2 October 2023 more than 100,000 people entered Armenia through Kornidzor, up to "
           "30,000 of them in a single day.",
           "population_movement", "2023-09-24", "2023-10-02", "period", count=30000, q="at_most", unit="people",
           destination="armenia", via="kornidzor", claimant=WT,
           note="a daily peak ('up to ... in a single day' = at_most, a rate); the day is not stated, so the period of "
                "the sentence"),
        CL("The point closed on 3 October 2023, and later arrivals were registered in Goris.",
           "other", "2023-10-03", "2023-10-03", "day", place="kornidzor", claimant=WT,
           note="the closure of a registration point is 'other', not a restriction (eval-real); 'The point' = the "
                "registration point in the village"),
        CL("The point closed on 3 October 2023, and later arrivals were registered in Goris.",
           "population_movement", count=None, q="unspecified", unit="people", flag=VC, destination="goris",
           claimant=WT,
           note="'later arrivals': vague; after 3 October 2023 with no end: date unknown"),
    ],
))

# --------------------------------------------------------------------------------------------
# 11. Magazine feature (Western). True date Thursday 26 January 2023; NOT given, no date in the text.
# --------------------------------------------------------------------------------------------
HR = "Highland Review (the magazine feature)"
DOCS.append(dict(
    doc_id="feature-meghri-trucks-jan-2023", style="feature", side="Western press",
    outlet="Highland Review, a fictional European travel-and-politics magazine (feature)",
    title="On Armenia's only road to Iran, 400 trucks a day and a pass that keeps closing",
    published="2023-01-26", published_given=False, published_in_text=None,
    captions=["Iranian trucks queue at the Meghri customs post. Photo: Tomas Brandt for Highland Review"],
    not_places=[("Vahan", "the coffee seller's given name; Vahan is a village in Gegharkunik, Armenia (GeoNames "
                          "616117)"),
                ("Shahriar", "the driver's given name; Shahriar is a city near Tehran (GeoNames 143860)"),
                ("Highland", "in the magazine's name 'Highland Review'; Highland is a town name in the USA (GeoNames "
                             "4114673 and others)"),
                ("Clara", "the author's given name; Clara is a town in County Offaly, Ireland (GeoNames 2965482)"),
                ("Tomas", "the photographer's given name; Tomas is a town in Peru (GeoNames 3927208)")],
    patterns=["P07 no date at all (pasted feature)", "P06 byline 'By NAME in PLACE'", "P13 photo credit 'Photo: NAME "
              "for OUTLET'", "P57 headline figure the body repeats ('400 trucks a day')", "P19 rate 'a day'",
              "P23 trucks waiting / stranded", "P27 pass closed and reopened with conditions", "P28 road fees (2021)",
              "P17 vague 'most drivers', 'full of drivers'", "P24 'a town of about 4,500 people'",
              "P30 injured drivers taken to hospital", "P38 given names that are places", "P40 'Goris–Kapan road', "
              "'Agarak–Norduz crossing'", "P43 'On January 5' without a year", "P44 'Yesterday', 'last week', 'On "
              "Tuesday', 'now', 'this week' with no publication date known", "P45 '12 September 2021'"],
    traps=["no publication date: relative and yearless dates are flagged; '12 September 2021' has its year and is "
           "labelled", "'44-kilometre' and 'a kilometre' are lengths; 'two-thirds' is a fraction, not a count",
           "'Both drivers' = 2 (stated, not derived)", "'Drivers heading for Yerevan also avoid ...' is not a movement "
           "claim", "'Meghri customs post' = Meghri, the customs post in Agarak = the town", "'Last winter it was "
           "worse' is not a claim", "'two hotels' is not a movement or stock of people"],
    mentions=[
        M("Armenia", "armenia"), M("Iran", "iran"),
        M("Meghri", "meghri", note="in the byline"),
        M("Meghri", "meghri", note="in the caption: 'the Meghri customs post' (the common noun left out)"),
        M("Agarak", "agarak", note="'the customs post in Agarak': the Syunik border town (GeoNames 175008)"),
        M("Meghri", "meghri"),
        M("Armenia", "armenia"), M("Iran", "iran"),
        M("Agarak–Norduz crossing", "agarak-norduz", "border_crossing",
          inside=[("Agarak", "agarak"), ("Norduz", "agarak-norduz")], note="a gazetteer name of the crossing"),
        M("Tashtun pass", None, "other", note="a mountain pass on the Kapan–Meghri road; no id (as eval-real)"),
        M("Agarak", "agarak"), M("Kajaran", "gn:174880", note="Kajaran, Syunik (GeoNames 174880), not Kajaran in "
                                                              "Indonesia (7037526)"),
        M("Meghri", "meghri", note="in 'the Meghri police'"),
        M("Yerevan", "yerevan"),
        M("Goris–Kapan road", "goris-kapan-highway", "road", inside=[("Goris", "goris"), ("Kapan", "kapan")],
          note="the road, one mention (en dash)"),
        M("Azerbaijan", "azerbaijan"),
        M("Tatev", "gn:174748", note="'the narrower road through Tatev': the village (no road name)"),
        M("Tatev", "gn:174748"), M("Tabriz", "gn:113646"), M("Kapan", "kapan"),
        M("Meghri", "meghri"),
    ],
    claims=[
        CL("\"Yesterday I counted 140,\" said Vahan Hakobyan, who sells coffee from a van at the roadside.",
           "stock", flag=RU, count=140, q="exact", unit="trucks", place="agarak",
           claimant="Vahan Hakobyan, a roadside coffee seller",
           note="trucks in the queue (a stock) 'Yesterday', with no publication date known (true: 25 January 2023); "
                "the queue is the one at the customs post in Agarak (previous sentence)"),
        CL("Armenia's 44-kilometre border with Iran is its only open land border to the south, and the Agarak–Norduz "
           "crossing is its busiest: customs officers say about 400 trucks a day now pass in both directions, "
           "two-thirds of them Iranian.",
           "crossing", flag=RU, count=400, q="about", unit="trucks", via="agarak-norduz",
           claimant="customs officers (unnamed)",
           note="a daily rate with an explicit 'now' and no publication date known; 'two-thirds' is a fraction, not "
                "a count; '44-kilometre' is a length; the headline's 400 trucks a day is this figure"),
        CL("From here the trucks climb north over the Tashtun pass, which was closed for three days last week by "
           "snow.",
           "restriction", flag=RU, claimant=HR,
           note="'last week' with no publication date known (true: 16-22 January 2023); 'three days' is a duration; "
                "the pass has no id, so place is null"),
        CL("On Tuesday the road reopened, but only for vehicles with chains; by then some 600 trucks were stranded "
           "between Agarak and Kajaran, according to the Meghri police.",
           "restriction", flag=RU, claimant="the Meghri police",
           note="reopened only for vehicles with chains (a restriction); 'On Tuesday' with no publication date known "
                "(true: 24 January 2023)"),
        CL("On Tuesday the road reopened, but only for vehicles with chains; by then some 600 trucks were stranded "
           "between Agarak and Kajaran, according to the Meghri police.",
           "stock", flag=RU, count=600, q="about", unit="trucks", place="agarak", claimant="the Meghri police",
           note="stranded trucks 'by then' (Tuesday); places Agarak and Kajaran: the field holds the first"),
        CL("Azerbaijani police there began charging Iranian trucks a fee on 12 September 2021, and most drivers "
           "switched to the narrower road through Tatev.",
           "restriction", "2021-09-12", "2021-09-12", "day", via="goris-kapan-highway", claimant=HR,
           note="the year is written, so the date is labelled although no publication date is known; 'there' = the "
                "stretch of the Goris–Kapan road"),
        CL("Azerbaijani police there began charging Iranian trucks a fee on 12 September 2021, and most drivers "
           "switched to the narrower road through Tatev.",
           "crossing", count=None, q="unspecified", unit="drivers", flag=VC, via="gn:174748", claimant=HR,
           note="'most drivers': vague; switched after 12 September 2021, no end: date unknown"),
        CL("\"On January 5 two of our trucks slid off the road near Tatev,\" said Shahriar Kazemi, a driver from "
           "Tabriz.",
           "other", flag=YU, count=2, q="exact", unit="trucks", place="gn:174748",
           claimant="Shahriar Kazemi, a truck driver from Tabriz",
           note="an accident; written 'On January 5' with no year and no publication date known (true: 5 January "
                "2023); count in words"),
        CL("Both drivers were taken by ambulance to the hospital in Kapan.",
           "population_movement", flag=YU, count=2, q="exact", unit="people", destination="kapan",
           claimant=HR,
           note="an evacuation of the injured; 'Both drivers' states two (not derived); the day is the previous "
                "sentence's 'January 5' (no year known)"),
        CL("Meghri, a town of about 4,500 people, has two hotels.",
           "stock", count=4500, q="about", unit="people", place="meghri", claimant=HR,
           note="a population; present tense, no written date and no publication date known: date unknown, no flag; "
                "'two hotels' is not a count of people or vehicles"),
        CL("Both were full of drivers this week.",
           "stock", flag=RU, count=None, q="unspecified", unit="drivers", place="meghri", claimant=HR,
           note="'full of drivers' is vague (count null, unspecified), but the date flag wins: 'this week' with no "
                "publication date known (true: 23-29 January 2023)"),
    ],
))

# --------------------------------------------------------------------------------------------
# 12. Ministry statement relayed by a diaspora outlet. Monday 24 April 2023. Date given (and in the byline).
# --------------------------------------------------------------------------------------------
DH = "Diaspora Herald (the outlet itself)"
AIC = "the Artsakh Information Center"
DOCS.append(dict(
    doc_id="relayed-mfa-checkpoint-apr-2023", style="ministry", side="Armenian (diaspora outlet relaying the MFA)",
    outlet="Diaspora Herald, a fictional Armenian diaspora news site",
    title="Yerevan condemns Azerbaijani checkpoint at Hakari bridge; 120,000 cut off",
    published="2023-04-24", published_given=True,
    published_in_text=dict(surface="By Diaspora Herald Staff | 24.04.2023", date="2023-04-24", how="byline"),
    captions=["The Hakari bridge, seen from Kornidzor, in 2021. Photo: Diaspora Herald archive"],
    not_places=[("Ararat", "the spokesman's given name; Ararat is a town in Armenia (GeoNames 174991), which this "
                           "text does not name"),
                ("Herald", "in the outlet's name 'Diaspora Herald'; Herald is a town in California (GeoNames "
                           "5356429)")],
    patterns=["P06 byline with the date 'By ... | 24.04.2023'", "P11 figure only in the headline ('120,000 cut "
              "off')", "P12 caption with an old year", "P35 statement quoted and relayed ('the ministry said in a "
              "statement released in Yerevan')", "P25 checkpoint set up ('On April 23, at around 12:00')",
              "P26 '134 days, since 12 December'", "P27 villages cut off (no count)", "P24/P23 'home to about 650 "
              "people', 'are stranded'", "P29 escorted cars", "P34 people held at the checkpoint",
              "P30 ICRC patient transfer", "P38 given name that is a place", "P58 village names with no id; Lisagor "
              "only as a GeoNames alternate name", "P43 'April 23', 'April 20', '12 December' (years inferred)",
              "P44 'on Sunday', 'on Monday', 'On Saturday', 'this week'", "P46 future action 'this week'"],
    traps=["the headline's '120,000 cut off' is never stated in the body", "'Yerevan condemns' in the headline = the "
           "body's Foreign Ministry statement (labelled once, on the body)", "'the trilateral statement of November 9, "
           "2020' is the name of a document, not an event claim", "'at around 12:00' is a time of day", "'134 days' "
           "is a duration", "'Armenia–Azerbaijan border' = two country mentions", "'held ... for five hours before "
           "... let them through' = a detention and a crossing", "'the first transfer since April 20' is not a count",
           "'Ararat' is a person"],
    mentions=[
        M("Yerevan", "yerevan", note="metonymy for the government of Armenia"), M("Hakari bridge", "hakari-bridge"),
        M("Hakari bridge", "hakari-bridge", note="in the caption"), M("Kornidzor", "kornidzor", note="in the caption"),
        M("Armenia", "armenia", note="in 'Armenia's Foreign Ministry'"), M("Lachin corridor", "lachin-corridor"),
        M("Azerbaijan", "azerbaijan", note="in 'the Armed Forces of Azerbaijan'"), M("Hakari bridge", "hakari-bridge"),
        M("Lachin corridor", "lachin-corridor"),
        M("Armenia", "armenia", note="'the Armenia–Azerbaijan border': two country mentions"),
        M("Azerbaijan", "azerbaijan"), M("Yerevan", "yerevan"),
        M("Artsakh", "karabakh", note="in 'the Artsakh Information Center'"),
        M("Mets Shen", None, "settlement", note="a village of the Shushi region by the corridor; not in the gazetteer "
                                                "or cities500"),
        M("Hin Shen", None, "settlement", note="a village of the Shushi region; no id"),
        M("Yeghtsahogh", None, "settlement", note="a village of the Shushi region; no id"),
        M("Lisagor", "gn:393875", note="village near Shusha; GeoNames 393875 'Turshsu' lists Lisagor as an alternate "
                                       "name (as eval-holdout labels it)"),
        M("Stepanakert", "khankendi"),
        M("Goris", "goris"), M("Goris", "goris"), M("Goris", "goris"),
        M("Stepanakert", "khankendi"), M("Yerevan", "yerevan"),
        M("U.S.", "gn:6252001", note="the United States (GeoNames country 6252001)"),
        M("France", "gn:3017382", note="GeoNames country 3017382"),
        M("Baku", "baku", note="metonymy for the government of Azerbaijan"),
        M("Armenia", "armenia", note="in 'Armenia's Security Council secretary'"),
    ],
    claims=[
        CL("Yerevan condemns Azerbaijani checkpoint at Hakari bridge; 120,000 cut off",
           "restriction", "2023-04-24", "2023-04-24", "day", count=120000, q="exact", unit="people",
           claimant="Diaspora Herald (headline)", headline=True,
           note="people cut off, stated only in the headline (the body never gives 120,000); present tense, dated to "
                "publication; names no place (Karabakh is implied, not written); the condemnation itself is labelled "
                "on the body"),
        CL("Armenia's Foreign Ministry on Sunday condemned the installation of an Azerbaijani checkpoint at the "
           "entrance to the Lachin corridor, calling it \"a flagrant violation\" of the trilateral statement of "
           "November 9, 2020.",
           "diplomatic", "2023-04-23", "2023-04-23", "day", claimant="Armenia's Foreign Ministry",
           note="'on Sunday' = 23 April 2023; 'the trilateral statement of November 9, 2020' names a document and is "
                "not a separate claim"),
        CL("\"On April 23, at around 12:00, the Armed Forces of Azerbaijan installed a checkpoint on the Hakari bridge, "
           "at the starting point of the Lachin corridor, on the Armenia–Azerbaijan border,\" the ministry said in a "
           "statement released in Yerevan.",
           "restriction", "2023-04-23", "2023-04-23", "day", place="hakari-bridge",
           claimant="Armenia's Foreign Ministry",
           note="'April 23' = 2023 (year from the byline); 'at around 12:00' is a time of day"),
        CL("The Artsakh Information Center said on Monday that the corridor has now been blocked for 134 days, since 12 "
           "December, and that the villages of Mets Shen, Hin Shen, Yeghtsahogh and Lisagor have been cut off from "
           "Stepanakert since the checkpoint appeared.",
           "restriction", "2022-12-12", "2023-04-24", "period", via="lachin-corridor", claimant=AIC,
           note="'since 12 December' in an April 2023 report = 12 December 2022 (year inferred), to publication; '134 "
                "days' is a duration; 'the corridor' = the Lachin corridor"),
        CL("The Artsakh Information Center said on Monday that the corridor has now been blocked for 134 days, since 12 "
           "December, and that the villages of Mets Shen, Hin Shen, Yeghtsahogh and Lisagor have been cut off from "
           "Stepanakert since the checkpoint appeared.",
           "restriction", "2023-04-23", "2023-04-24", "period", claimant=AIC,
           note="second claim: the villages cut off since the checkpoint appeared (23 April 2023) to publication; "
                "places: four villages, the field would hold the first (Mets Shen, no id): null"),
        CL("The four villages are home to about 650 people, center spokesman Ararat Khachikyan said.",
           "stock", "2023-04-24", "2023-04-24", "day", count=650, q="about", unit="people",
           claimant="Ararat Khachikyan, spokesman of the Artsakh Information Center",
           note="a population (present tense), dated to publication; the villages have no id (place null); 'four' "
                "villages is not a count of people"),
        CL("38 of their residents are stranded in Goris.",
           "stock", "2023-04-24", "2023-04-24", "day", count=38, q="exact", unit="people", place="goris",
           claimant="Ararat Khachikyan, spokesman of the Artsakh Information Center",
           note="present tense, dated to publication; a part of the 650 with its own place"),
        CL("On Saturday, Russian peacekeepers escorted 21 cars carrying residents of the villages from Goris through "
           "the corridor, the center said.",
           "entry", "2023-04-22", "2023-04-22", "day", count=21, q="exact", unit="cars", origin="goris",
           via="lachin-corridor", claimant=AIC,
           note="cars driven from Goris into Karabakh through the corridor: entry (relative to Karabakh); 'On "
                "Saturday' = 22 April 2023, before the checkpoint; the passengers are not counted"),
        CL("On Sunday evening, 17 villagers returning from Goris were held at the new checkpoint for five hours before "
           "Azerbaijani officers let them through.",
           "detention", "2023-04-23", "2023-04-23", "day", count=17, q="exact", unit="people", place="hakari-bridge",
           claimant=AIC,
           note="people held at the checkpoint (REAL-SCHEMA: 'held' = detention) on Sunday 23 April 2023; 'five hours' "
                "is a duration; the claimant is carried from the previous sentence"),
        CL("On Sunday evening, 17 villagers returning from Goris were held at the new checkpoint for five hours before "
           "Azerbaijani officers let them through.",
           "population_movement", "2023-04-23", "2023-04-23", "day", count=17, q="exact", unit="people",
           origin="goris", via="hakari-bridge", claimant=AIC,
           note="second claim: they were let through, returning from Goris to their villages (destination not named)"),
        CL("The ICRC transferred 4 patients from Stepanakert to Yerevan on Monday, the first transfer since April 20.",
           "population_movement", "2023-04-24", "2023-04-24", "day", count=4, q="exact", unit="patients",
           origin="khankendi", destination="yerevan", claimant=DH,
           note="'on Monday' = 24 April 2023; 'the first transfer since April 20' implies none on 21-23 April (not "
                "labelled separately: no count, not derived)"),
        CL("The U.S. and France called on Baku on Sunday to remove the checkpoint.",
           "diplomatic", "2023-04-23", "2023-04-23", "day", claimant="the U.S. and France",
           note="'on Sunday' = 23 April 2023"),
        CL("Armenia's Security Council secretary said the government would raise the issue at the International Court "
           "of Justice this week.",
           "diplomatic", "2023-04-24", "2023-04-30", "period", claimant="Armenia's Security Council secretary",
           note="a future step; 'this week' = Monday 24 - Sunday 30 April 2023, the week of publication"),
    ],
))


# --------------------------------------------------------------------------------------------
# building and checking: tests/data/real_holdout_builder.py, shared with the other held-out set
# --------------------------------------------------------------------------------------------
NAME_EXTRA = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Agarak", "Khojavend", "Lori", "Kotayk",
              "Ararat", "Sevan", "Kajaran", "Sisian", "Vayk", "Tatev", "Jermuk", "Moscow", "Russia", "Türkiye",
              "Turkey", "Aghdam", "Zangezur", "Hakari", "GORIS", "KAPAN", "MEGHRI", "BAKU", "STEPANAKERT", "ARMENIA",
              "AGHDAM", "YEREVAN", "Norduz", "Vorotan", "Tegh", "Kornidzor", "Khndzoresk", "Shushi", "Askeran",
              "Martakert", "Yevlakh", "Barda", "Jolfa", "Julfa", "Aras", "Tabriz", "Sus", "Zabukh", "Aghavno",
              "Meshali", "Gorus", "Caucasus", "Lisagor", "Mets Shen", "Hin Shen", "Yeghtsahogh", "Tashtun", "Aghvani",
              "Washington", "France", "Qarabag", "Kazakh", "Zartonk", "Arevik", "Arpi", "Vahan", "Gor", "Korolev",
              "Gagarin", "Sona", "Sardar", "Ramin", "Mehran", "Shahriar", "Highland", "Herald", "Marsh", "Clara"]
COMMON = {"The", "A", "An", "In", "On", "By", "At", "Of", "And", "But", "It", "He", "She", "They", "We", "His", "Her",
          "Its", "Our", "Nobody", "Photo", "Archive", "News", "Red", "Cross", "Crescent", "Center", "Centre", "Post",
          "Union", "Service", "State", "Court", "Justice", "Ministry", "Health", "Healthcare", "Defence", "Defense",
          "Foreign", "Prime", "Minister", "President", "Republic", "Government", "Committee", "International",
          "Medical", "Republican", "Information", "Human", "Rights", "Council", "Security", "National", "Border",
          "Society", "Forum", "Coordination", "Humanitarian", "Displacement", "Situation", "Report", "HIGHLIGHTS",
          "SITUATION", "OVERVIEW", "RESPONSE", "Issued", "Period", "Partners", "Mobile", "Major", "General",
          "Colonel", "Deputy", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
          "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Dec", "Sept", "Most", "Some", "See", "Before", "After", "Since", "From", "More",
          "Over", "Three", "Two", "Seven", "Twelve", "Both", "Last", "Yesterday", "Between", "Around", "According",
          "Meanwhile", "Hundreds", "Arrivals", "Fighting", "Shelling", "Patrols", "Specialists", "Drivers",
          "Scheduled", "Society", "Politics", "Key", "Talks", "Staff", "Diaspora", "Mine", "Action", "Armed",
          "Forces", "United", "Nations", "Migration", "Reconciliation", "Opposing", "Sides", "Info", "Xeber",
          "Review", "Lantern", "Daily", "Goris", "Kapan", "Meghri", "Stepanakert", "Yerevan", "Baku"}

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
