"""Write the real-phrasing DEVELOPMENT label files (<doc_id>.json) from the hand-written specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README.md). The labels
are a careful analyst's reading of each text, written BEFORE anyone tuned the code on this set; nobody
read or ran geo/geoparse.py, geo/extract/*, geo/evaluate.py or `corridor-watch eval` to produce them, and
nobody looked at the extractor's output. This script only turns that reading into offsets: every mention
is found with str.find, in reading order, as a whole word (tests/data/label_tools.py), and every claim's
sentence is found as an exact, unique substring.

    .venv/bin/python tests/data/eval-real/build_labels.py           # write the JSON files
    .venv/bin/python tests/data/eval-real/build_labels.py --check   # also re-verify offsets and the REAL-SCHEMA
                                                                     # additions, and list every occurrence of a
                                                                     # known name that no mention covers

Schema: tests/data/REAL-SCHEMA.md on top of tests/data/eval/README.md and tests/data/eval-holdout/README.md.
Place ids: a data/gazetteer.json id first (as eval-holdout does), then gn:<geonameid>, else null + note.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from label_tools import CC, MM, D, month  # noqa: E402
from real_dev_builder import build_set, check_set  # noqa: E402





KHOJ = "Martuni in Karabakh = Khojavend (GeoNames 146969 lists 'Martuni' as an alternate name), not Martuni on Lake Sevan"
AGDAM = "Aghdam, Azerbaijan (GeoNames 148619)"
ASKERAN = "Askeran = GeoNames 148450 'Askyaran' (alternate name Askeran)"
HADRUT = "Hadrut, Karabakh: not in cities500; relabelled with the gazetteer id once the place was added to data/gazetteer.json (2026-12-04)"
TATEV = "Tatev, Syunik (GeoNames 174748)"
KAJ = "Kajaran, Syunik (GeoNames 174880); not Kajaran in Indonesia (7037526)"
ROAD_LC = ("the road through the Lachin corridor, named by its ends; one mention (as eval-holdout labels "
           "'Lachin-Khankendi road'), not the two towns")
SYU = "the province = gazetteer 'syunik'; not GeoNames 13132983, a village of that name"

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Armenian agency item (Armenpress / Artsakhpress style). Thursday 9 February 2023.
# ----------------------------------------------------------------------------------------------------------
AM_MIN = "the Artsakh Ministry of Health"
DOCS.append(dict(
    doc_id="am-agency-patients-feb-2023", style="armenian", side="armenian",
    outlet="SAPA (fictional Armenian/Artsakh news agency)",
    title="Red Cross moves 14 patients out of Artsakh as corridor stays shut for 60th day",
    published="2023-02-09", published_given=True,
    published_in_text=dict(surface="13:42, 9 February 2023", date="2023-02-09", how="printed date under headline"),
    captions=["Photo: SAPA"],
    not_places=[("SAPA", "agency acronym; GeoNames has Sapa (Philippines, 1687343) and Sa Pa (Vietnam, 1568043, "
                         "alternate name 'Sapa')"),
                ("Narek", "given name of the ministry spokesman; Narek is a village in Ararat province, Armenia "
                          "(GeoNames 7647812)")],
    patterns=["P-time-date-line", "P-caps-dateline-agency", "P-patients-transfer", "P-patients-returned",
              "P-bracket-breakdown", "P-stock-remain-hospital", "P-bracket-gloss", "P-nested-road", "P-nth-day",
              "P-convoy", "P-since-yearless", "P-relative-weekday", "P-initial-surname", "P-given-name-place",
              "P-acronym-agency", "P-caption-credit"],
    traps=["time-date line above an all-caps yearless dateline", "'for the 60th day' (derived period)",
           "'31 patients (19 adults and 12 children)' = breakdown in brackets; 'four of them' is a part",
           "'Another 9 patients … returned to Artsakh' = movement into Karabakh",
           "'Stepanakert-Goris highway (Lachin Corridor – ed.)' and 'Goris-Stepanakert route' = the corridor road",
           "'since … December 12' in a February 2023 item = 2022", "'N. Avetyan' initial + surname",
           "'Narek' (given name) and 'SAPA' (acronym) collide with GeoNames places",
           "'planned surgeries remain suspended' is not a movement restriction (no claim)"],
    mentions=[
        MM("Artsakh", "karabakh"),
        MM("STEPANAKERT", "khankendi", note="dateline in capitals"),
        MM("Stepanakert", "khankendi", note="'the Republican Medical Center in Stepanakert'"),
        MM("Yerevan", "yerevan"),
        MM("Artsakh", "karabakh", note="in 'the Artsakh Ministry of Health'"),
        MM("Armenia", "armenia"), MM("Artsakh", "karabakh"),
        MM("Stepanakert-Goris highway", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Stepanakert", "khankendi"), ("Goris", "goris")]),
        MM("Lachin Corridor", "lachin-corridor", note="editor's gloss in brackets"),
        MM("Goris-Stepanakert route", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Goris", "goris"), ("Stepanakert", "khankendi")]),
        MM("Artsakh", "karabakh"), MM("Armenia", "armenia"),
    ],
    claims=[
        CC("STEPANAKERT, FEBRUARY 9, SAPA. The International Committee of the Red Cross (ICRC) on Thursday "
           "facilitated the transfer of 14 patients from the Republican Medical Center in Stepanakert to hospitals "
           "in Yerevan, the Artsakh Ministry of Health said in a statement.",
           "population_movement", *D("2023-02-09"), count=14, q="exact", unit="patients", origin="khankendi",
           destination="yerevan", claimant=AM_MIN,
           note="a medical evacuation; 'on Thursday' = 9 February 2023 (the dateline day); the dateline opens the "
                "sentence"),
        CC("Another 9 patients who had completed their treatment in Armenia returned to Artsakh in ICRC vehicles "
           "later in the day, the ministry added.",
           "population_movement", *D("2023-02-09"), count=9, q="exact", unit="patients", origin="armenia",
           destination="karabakh", claimant=AM_MIN,
           note="patients returning into Karabakh after treatment; 'later in the day' = 9 February 2023"),
        CC("31 patients (19 adults and 12 children) remain hospitalized at the Republican Medical Center, four of "
           "them in critical condition, ministry spokesman Narek Avetyan told SAPA.",
           "stock", *D("2023-02-09"), count=31, q="exact", unit="patients",
           breakdown=[(19, "adults"), (12, "children")], place="khankendi",
           claimant="ministry spokesman Narek Avetyan (Artsakh Ministry of Health)",
           note="a stock as of publication ('remain hospitalized'); the centre is in Stepanakert (first paragraph); "
                "'four of them in critical condition' is a part, not a breakdown"),
        CC("The Stepanakert-Goris highway (Lachin Corridor – ed.) has been blocked for the 60th day.",
           "restriction", "2022-12-12", "2023-02-09", "period", via="lachin-corridor", claimant="SAPA",
           note="'for the 60th day' on 9 February 2023: day 1 = 12 December 2022 (derived; the text also gives "
                "'December 12' below); no count"),
        CC("On Wednesday, two convoys of the Russian peacekeeping contingent with flour and medicine were escorted "
           "along the Goris-Stepanakert route, the Russian Defense Ministry reported.",
           "entry", *D("2023-02-08"), count=2, q="exact", unit="convoys", origin="goris", destination="khankendi",
           via="lachin-corridor", claimant="the Russian Defense Ministry",
           note="'On Wednesday' = 8 February 2023; convoys Goris -> Stepanakert into Karabakh = entry, as the tuned "
                "set labels 'convoys … from Goris to Stepanakert'"),
        CC("Since the start of the blockade on December 12, the ICRC has facilitated the transfer of a total of 187 "
           "patients from Artsakh to Armenia for treatment, according to the ministry.",
           "population_movement", "2022-12-12", "2023-02-09", "period", count=187, q="exact", unit="patients",
           origin="karabakh", destination="armenia", claimant=AM_MIN,
           note="'December 12' in a February 2023 item = 12 December 2022 (year inferred); runs to publication"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Azerbaijani agency item, 'City/DD.MM.YY/Agency' dateline. Friday 8 September 2023. Date not given.
# ----------------------------------------------------------------------------------------------------------
SBS = "the State Border Service of Azerbaijan"
DOCS.append(dict(
    doc_id="az-agency-icrc-lachin-sep-2023", style="azerbaijani", side="azerbaijani",
    outlet="ARAN (fictional Azerbaijani news agency)",
    title="Nine ICRC vehicles pass Lachin checkpoint towards Gorus - PHOTO",
    published="2023-09-08", published_given=False,
    published_in_text=dict(surface="Baku/08.09.23/ARAN", date="2023-09-08", how="dateline"),
    captions=["Açıq mənbələrdən foto."],
    not_places=[("ARAN", "agency acronym; Aran is a town in Azerbaijan (GeoNames 824050) and 'Ārān' villages in "
                         "Iran")],
    patterns=["P-az-slash-dateline", "P-headline-media-tag", "P-headline-figure", "P-words-count",
              "P-direction-pair", "P-including-list-breakdown", "P-bracket-breakdown", "P-mixed-vehicle-count",
              "P-vehicles-returned", "P-denial-line", "P-checkpoint-boilerplate", "P-yearless-date",
              "P-relative-today", "P-caption-local-language", "P-az-spellings", "P-acronym-agency"],
    traps=["'Baku/08.09.23/ARAN' two-digit-year dateline (the only date); published not given",
           "'Lachin checkpoint' / 'Lachin border checkpoint' = the Hakari bridge checkpoint, not the town",
           "'in the direction of Khankendi-Gorus' = two towns (a direction, no road noun)",
           "five-part bracket list summing to 31 = breakdown",
           "'two ICRC cars and one truck' = two claims (no total stated)",
           "'The two cars returned to Gorus' = exit from Karabakh",
           "boilerplate with yearless 'April 23' and 'April 22' (2023 from the dateline)",
           "'ARAN' acronym = a town in Azerbaijan", "caption in Azerbaijani"],
    mentions=[
        MM("Lachin checkpoint", "hakari-bridge", "border_crossing",
           note="the Azerbaijani checkpoint at the Hakari bridge (gazetteer alias), not the town Lachin"),
        MM("Gorus", "goris", note="Azerbaijani form of Goris"),
        MM("Baku", "baku", note="dateline 'Baku/08.09.23/ARAN'"),
        MM("Lachin border checkpoint", "hakari-bridge", "border_crossing",
           note="the whole name; the checkpoint at the Hakari bridge"),
        MM("Khankendi", "khankendi", note="'in the direction of Khankendi-Gorus': a direction between two towns, "
                                          "two mentions (no road noun)"),
        MM("Gorus", "goris", note="second half of 'Khankendi-Gorus'"),
        MM("Armenia", "armenia"),
        MM("Gorus", "goris"), MM("Khankendi", "khankendi"), MM("Gorus", "goris"),
        MM("Armenia", "armenia", note="'Armenia's claims'"),
        MM("Lachin road", "lachin-corridor", note="Azerbaijani usage for the corridor road"),
        MM("Azerbaijan", "azerbaijan"), MM("Armenia", "armenia"),
        MM("Lachin-Khankendi road", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")]),
        MM("Armenia", "armenia"),
    ],
    claims=[
        CC("Baku/08.09.23/ARAN: Nine vehicles of the International Committee of the Red Cross (ICRC) passed through "
           "the Lachin border checkpoint today in the direction of Khankendi-Gorus, the State Border Service told "
           "ARAN.",
           "exit", *D("2023-09-08"), count=9, q="exact", unit="vehicles", origin="khankendi", destination="goris",
           via="hakari-bridge", claimant=SBS,
           note="'today' = 8 September 2023 (dateline); ICRC vehicles leaving Karabakh for Armenia through the "
                "state-border checkpoint = exit; count in words"),
        CC("A total of 31 people were inside the vehicles (5 ICRC staff, 9 drivers, 8 patients, 7 accompanying "
           "persons and 2 medical workers).",
           "population_movement", *D("2023-09-08"), count=31, q="exact", unit="people",
           breakdown=[(5, "ICRC staff"), (9, "drivers"), (8, "patients"), (7, "accompanying persons"),
                      (2, "medical workers")],
           origin="khankendi", destination="goris", via="hakari-bridge", claimant=SBS,
           note="the people in the nine vehicles (a medical evacuation) - population_movement; direction and date "
                "from the previous sentence; the bracket list sums to 31"),
        CC("Yesterday, two ICRC cars and one truck carrying medicines crossed the checkpoint from Gorus towards "
           "Khankendi.",
           "entry", *D("2023-09-07"), count=2, q="exact", unit="cars", origin="goris", destination="khankendi",
           via="hakari-bridge", claimant=SBS,
           note="'Yesterday' = 7 September 2023; into Karabakh = entry; 'two cars and one truck' gives no total, "
                "so two claims (3 would be derived); attribution in the next sentence"),
        CC("Yesterday, two ICRC cars and one truck carrying medicines crossed the checkpoint from Gorus towards "
           "Khankendi.",
           "entry", *D("2023-09-07"), count=1, q="exact", unit="trucks", origin="goris", destination="khankendi",
           via="hakari-bridge", claimant=SBS, note="second claim of the same sentence: 'one truck'"),
        CC("The two cars returned to Gorus in the evening, the service said.",
           "exit", *D("2023-09-07"), count=2, q="exact", unit="cars", destination="goris", via="hakari-bridge",
           claimant=SBS,
           note="vehicles that returned: back out of Karabakh to Gorus = exit; 'in the evening' of 'yesterday' "
                "(7 September 2023); origin (Khankendi) implied, not stated in the sentence"),
        CC("It should be recalled that at 12:00 (GMT+4) on April 23, units of the State Border Service set up a "
           "border checkpoint on the sovereign territory of Azerbaijan, on the border with Armenia, at the beginning "
           "of the Lachin-Khankendi road, in response to the unilateral installation of a checkpoint by Armenia at "
           "the entrance to the road on April 22.",
           "restriction", *D("2023-04-23"), via="lachin-corridor", place="hakari-bridge", claimant="ARAN",
           note="the agency's boilerplate; 'April 23' = 2023 (year of the dateline); the checkpoint at the Hakari "
                "bridge; '12:00 (GMT+4)' is a clock time"),
        CC("It should be recalled that at 12:00 (GMT+4) on April 23, units of the State Border Service set up a "
           "border checkpoint on the sovereign territory of Azerbaijan, on the border with Armenia, at the beginning "
           "of the Lachin-Khankendi road, in response to the unilateral installation of a checkpoint by Armenia at "
           "the entrance to the road on April 22.",
           "restriction", *D("2023-04-22"), via="lachin-corridor", claimant="ARAN",
           note="second claim of the same sentence: the Armenian checkpoint 'on April 22' (2023), as Baku "
                "describes it; place not named (the Armenian side of the entrance)"),
        CC("Since July 11, passage through the checkpoint has been allowed only for ICRC vehicles carrying out "
           "medical evacuations, the service said.",
           "restriction", "2023-07-11", "2023-09-08", "period", place="hakari-bridge", claimant=SBS,
           note="'Since July 11' = 11 July 2023 (year of the dateline), running to publication; no count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Iranian outlet. Monday 14 August 2023. Dateline 'Aug. 14' without year; date not given.
# ----------------------------------------------------------------------------------------------------------
LAT = "Mohsen Latifi, spokesman of East Azarbaijan's Road Maintenance and Transportation Directorate"
DOCS.append(dict(
    doc_id="ir-outlet-norduz-aug-2023", style="iranian", side="iranian",
    outlet="NUR News Agency (fictional Iranian news agency)",
    title="Over 38,000 trucks cross Norduz in five months",
    published="2023-08-14", published_given=False,
    published_in_text=dict(surface="TABRIZ, Aug. 14 (NUR)", date=None, how="dateline"),
    captions=[],
    not_places=[("NUR", "agency acronym; GeoNames 113797 'Nūr' (Iran) has the alternate name Nur"),
                ("Latifi", "surname of the spokesman; 'Laţīfī' is a village in Hormozgan, Iran (GeoNames 125798, "
                           "alternate name Latifi)")],
    patterns=["P-headline-figure", "P-yearless-dateline", "P-official-title-name", "P-iranian-province",
              "P-surname-place", "P-acronym-agency", "P-vague-tens", "P-range-count", "P-rate",
              "P-bracket-breakdown", "P-vehicles-returned", "P-relative-weekday", "P-nested-road",
              "P-nested-crossing", "P-spelling-variants"],
    traps=["headline figure (over 38,000 in five months) never stated in the body -> from_headline",
           "dateline 'TABRIZ, Aug. 14 (NUR)' has no year and published is not given: relative dates -> "
           "relative_unknown", "'tens of trucks' (vague)", "'Between 420 and 480 … every day' (range, rate, 'now')",
           "Iranian year 1401 = 21 March 2022 - 20 March 2023", "breakdown in brackets (44,800 + 16,500)",
           "trucks that 'returned to Norduz' = exit from Armenia",
           "Agarak described as 'the Armenian border village near Kapan' with the customs post = the Syunik border "
           "town (175008), not the Agaraks in Lori (617018) or Aragatsotn (617020)",
           "'East Azarbaijan' (Iranian spelling) = the Iranian province, not the country",
           "Jolfa = the Iranian town (130081), not Julfa in Nakhchivan (148251)",
           "'Norduz-Agarak route' = the crossing", "'Latifi' and 'NUR' collide with GeoNames places"],
    mentions=[
        MM("Norduz", "agarak-norduz", note="the Iranian side of the Agarak-Norduz crossing (gazetteer name)"),
        MM("TABRIZ", "gn:113646", note="dateline in capitals; Tabriz, Iran"),
        MM("Norduz", "agarak-norduz", note="'the Norduz border terminal' (common noun left out)"),
        MM("Armenia", "armenia"),
        MM("East Azarbaijan", "east-azerbaijan",
           note="the Iranian province (spelling 'Azarbaijan'), inside the name of the directorate; not the country"),
        MM("Agarak", "agarak",
           note="'the Armenian border village near Kapan where the … customs post stands' = the Syunik border town "
                "(GeoNames 175008), about 40 km south of Kapan; not Agarak in Lori (617018) or Aragatsotn (617020)"),
        MM("Kapan", "kapan"), MM("Yerevan", "yerevan"), MM("Georgia", "georgia"), MM("Russia", "russia"),
        MM("Norduz", "agarak-norduz"), MM("Meghri", "meghri"),
        MM("Jolfa", "gn:130081", note="Jolfa, East Azerbaijan, Iran (GeoNames 130081), not Julfa in Nakhchivan "
                                      "(148251)"),
        MM("Goris-Kapan road", "goris-kapan-highway", "road", note="the road, one mention",
           inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Vorotan", "vorotan"),
        MM("Tatev", "gn:174748", note="'the bypass through Tatev'; " + TATEV),
        MM("Islamic Republic of Iran", "iran", note="one mention"),
        MM("Norduz-Agarak", "agarak-norduz", "border_crossing",
           note="'the Norduz-Agarak route' = the crossing named by its two sides (common noun left out)",
           inside=[("Norduz", "agarak-norduz"), ("Agarak", "agarak")]),
        MM("Georgia", "georgia"),
    ],
    claims=[
        CC("Over 38,000 trucks cross Norduz in five months",
           "crossing", flag="relative_unknown", from_headline=True, count=38000, q="at_least", unit="trucks",
           via="agarak-norduz", claimant="NUR",
           note="stated only in the headline; 'in five months' has no anchor: no publication date is known (the "
                "dateline has no year), so the dates stay null"),
        CC("Latifi told NUR that on some days tens of trucks wait at the terminal overnight before crossing to "
           "Agarak, the Armenian border village near Kapan where the neighbouring country's customs post stands.",
           "stock", flag="vague_count", count=None, q="unspecified", unit="trucks", place="agarak-norduz",
           claimant=LAT,
           note="'tens of trucks' waiting at the Norduz terminal: vague, count null; 'on some days' gives no date"),
        CC("\"Between 420 and 480 trucks now cross in both directions every day,\" he said.",
           "crossing", flag="relative_unknown", count=420, q="at_least", unit="trucks", via="agarak-norduz",
           claimant=LAT,
           note="a daily rate; range 'between 420 and 480' labelled as its lower bound (at_least), upper bound "
                "480; 'now' with no publication date known"),
        CC("In the Iranian year 1401, 61,300 trucks (44,800 loaded with exports and 16,500 in transit) used the "
           "crossing, according to the directorate.",
           "crossing", "2022-03-21", "2023-03-20", "period", count=61300, q="exact", unit="trucks",
           breakdown=[(44800, "export trucks"), (16500, "transit trucks")], via="agarak-norduz",
           claimant="East Azarbaijan's Road Maintenance and Transportation Directorate",
           note="Iranian year 1401 = 21 March 2022 - 20 March 2023 (the year is written, so labelled normally); "
                "the bracket parts sum to 61,300"),
        CC("The official said 12 Iranian trucks returned to Norduz on Saturday after Armenian customs in Meghri "
           "refused their papers.",
           "exit", flag="relative_unknown", count=12, q="exact", unit="trucks", origin="meghri",
           destination="agarak-norduz", claimant=LAT,
           note="trucks that returned from Meghri to Norduz = out of Armenia (entry/exit relative to Armenia at "
                "the Armenia-Iran border); 'on Saturday' with no publication date known"),
        CC("Iranian drivers have avoided the Goris-Kapan road since September 2021, when Azerbaijani police began "
           "to check and tax Iranian trucks near Vorotan, and now use the bypass through Tatev, Latifi said.",
           "restriction", *month(2021, 9), "month", via="goris-kapan-highway", place="vorotan", claimant=LAT,
           note="the Azerbaijani police checks that began in September 2021 (year written); the avoidance since "
                "then runs to an unknown publication date and is not a separate claim"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Relayed ministry statement (claimant line opening with a date). Thursday 27 July 2023.
# ----------------------------------------------------------------------------------------------------------
MLSA = "the Armenian Ministry of Labour and Social Affairs"
STMT = ("27 July 2023 - The Ministry of Labour and Social Affairs informs that the humanitarian convoy sent by the "
        "Government of the Republic of Armenia to Nagorno-Karabakh remains at the entrance to the Lachin corridor "
        "near Kornidzor for the second day, as Azerbaijani border guards at the checkpoint on the Hakari bridge "
        "have not allowed the trucks to proceed.")
CONVOY = ("The convoy of 22 trucks (17 carrying food and 5 carrying medicine and hygiene items) left Yerevan on "
          "26 July with 380 tonnes of cargo.")
DOCS.append(dict(
    doc_id="relayed-ministry-convoy-jul-2023", style="ministry", side="armenian",
    outlet="The Diaspora Courier (fictional diaspora news site) relaying a statement of Armenia's Ministry of "
           "Labour and Social Affairs",
    title="Aid convoy stuck near Kornidzor for second day, ministry says",
    published="2023-07-27", published_given=True,
    published_in_text=dict(surface="By Staff Reporter | 27.07.2023", date="2023-07-27", how="byline"),
    captions=[],
    not_places=[("Armen", "given name of the ministry spokesman; Armen is a village in Albania (GeoNames "
                          "3186184)")],
    patterns=["P-byline-date", "P-statement-dateline", "P-relay-chain", "P-nth-day", "P-convoy",
              "P-bracket-breakdown", "P-tonnes", "P-since-yearless", "P-stock-population", "P-part-not-breakdown",
              "P-patients-transfer", "P-nested-road", "P-given-name-place", "P-framing"],
    traps=["claimant line opening with a date ('27 July 2023 - The Ministry …'): claimant cleaned",
           "'for the second day' (derived period)", "convoy with a breakdown in brackets and a tonnage = two claims",
           "'Since 15 June no food has entered' = a restriction without a count",
           "'About 120,000 people, including 30,000 children, live' = a stock, the children a part",
           "'the Aghdam road' = a road with no id", "'Republic of Armenia' = one mention",
           "an appeal with no date or count is not a claim", "'Armen' (given name) = a village in Albania"],
    mentions=[
        MM("Kornidzor", "kornidzor"),
        MM("Armenia", "armenia", note="'Armenia's Ministry of Labour and Social Affairs'"),
        MM("Republic of Armenia", "armenia", note="one mention, like 'Islamic Republic of Iran'"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Lachin corridor", "lachin-corridor"),
        MM("Kornidzor", "kornidzor"), MM("Hakari bridge", "hakari-bridge", "bridge"),
        MM("Yerevan", "yerevan"),
        MM("Goris-Stepanakert road", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Goris", "goris"), ("Stepanakert", "khankendi")]),
        MM("Nagorno-Karabakh", "karabakh"), MM("Lachin corridor", "lachin-corridor"),
        MM("Aghdam road", None, "road",
           note="the Aghdam-Khankendi road, named by one end; not in the gazetteer; one mention of the road",
           inside=[("Aghdam", "gn:148619")]),
        MM("Nagorno-Karabakh", "karabakh"), MM("Stepanakert", "khankendi"), MM("Yerevan", "yerevan"),
        MM("Kornidzor", "kornidzor"),
    ],
    claims=[
        CC(STMT, "restriction", "2023-07-26", "2023-07-27", "period", via="lachin-corridor", place="hakari-bridge",
           claimant=MLSA,
           note="the convoy held at the checkpoint 'for the second day' on 27 July 2023 = 26-27 July (it left "
                "Yerevan on 26 July); the date that opens the statement is part of the sentence; no count here"),
        CC(CONVOY, "crossing", *D("2023-07-26"), count=22, q="exact", unit="trucks",
           breakdown=[(17, "food trucks"), (5, "medicine and hygiene trucks")], origin="yerevan",
           destination="karabakh", claimant=MLSA,
           note="a humanitarian convoy (crossing); destination = where it was sent (it has not arrived); the "
                "bracket parts sum to 22; '26 July' = 2023"),
        CC(CONVOY, "crossing", *D("2023-07-26"), count=380, q="exact", unit="tonnes", origin="yerevan",
           destination="karabakh", claimant=MLSA, note="second claim of the same sentence: the cargo"),
        CC("Since 15 June no food has entered Nagorno-Karabakh, either through the Lachin corridor or through the "
           "Aghdam road.",
           "restriction", "2023-06-15", "2023-07-27", "period", via="lachin-corridor", place="karabakh",
           claimant=MLSA,
           note="'Since 15 June' = 2023, running to publication; 'no food' is a total stop, not a count of units; "
                "via holds the first road (the Aghdam road has no id)"),
        CC("About 120,000 people, including 30,000 children, live in Nagorno-Karabakh.",
           "stock", *D("2023-07-27"), count=120000, q="about", unit="people", place="karabakh", claimant=MLSA,
           note="present tense: a stock as of publication; 'including 30,000 children' is a part, not a breakdown"),
        CC("On 25 July, the International Committee of the Red Cross transferred 9 patients from Stepanakert to "
           "medical centres in Yerevan, the Ministry added.",
           "population_movement", *D("2023-07-25"), count=9, q="exact", unit="patients", origin="khankendi",
           destination="yerevan", claimant=MLSA, note="'On 25 July' = 2023"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Wire story. Wednesday 27 September 2023.
# ----------------------------------------------------------------------------------------------------------
SPOX = "government spokeswoman Sevan Aleksanyan"
DOCS.append(dict(
    doc_id="wire-exodus-goris-sep-2023", style="wire", side="international",
    outlet="Orbis (fictional international news wire)",
    title="More than 50,000 flee Karabakh as Goris overflows",
    published="2023-09-27", published_given=True,
    published_in_text=dict(surface="GORIS, Armenia, Sept 27 (Orbis)", date=None, how="dateline"),
    captions=["Refugees from Nagorno-Karabakh wait to register at the theatre in Goris, Armenia, on Tuesday, "
              "Sept. 26, 2023. (Orbis Photo/Anna Petrosyan)",
              "A family displaced from Hadrut unpacks in a Goris hotel in November 2020. (Orbis Photo, file)"],
    not_places=[("Orbis", "the wire's name; Orbis is a village in Rhineland-Palatinate, Germany (GeoNames "
                          "2857114)"),
                ("Sevan", "given name of the spokeswoman; Sevan is a town in Gegharkunik, Armenia (GeoNames "
                          "616250)"),
                ("Lena", "given name in the byline; Lena is a town in Norway (GeoNames 3147763)"),
                ("Anna", "photographer's given name in a caption; Anna is a town in Russia (581671) and elsewhere")],
    patterns=["P-wire-dateline", "P-byline", "P-headline-figure", "P-over-count", "P-vague-hundreds",
              "P-as-of-clock", "P-stock-population", "P-buses", "P-about-count", "P-relative-weekday",
              "P-relative-week", "P-caption-credit", "P-caption-old-date", "P-given-name-place"],
    traps=["Goris beside Georgia, Gori and Tbilisi in one sentence: GeoNames lists 'Goris' as an alternate name of "
           "Gori (614455); every 'Goris' here is the Armenian town",
           "dateline 'Sept 27' without year (the publication date is given)",
           "'hundreds of cars' (vague)", "'Some 40 buses … carried around 1,600 people' = two claims",
           "'by 05:00' is a clock time", "two captions, one ending in an old year (November 2020) - never claims",
           "'Orbis', 'Sevan', 'Lena', 'Anna' collide with GeoNames places"],
    mentions=[
        MM("Karabakh", "karabakh"), MM("Goris", "goris"),
        MM("GORIS", "goris", note="dateline in capitals"), MM("Armenia", "armenia"),
        MM("Armenia", "armenia"), MM("Nagorno-Karabakh", "karabakh"),
        MM("Goris", "goris"), MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's offensive'"),
        MM("Stepanakert", "khankendi"), MM("Goris", "goris"), MM("Armenia", "armenia"),
        MM("Vayk", "gn:174726", note="Vayk, Vayots Dzor (GeoNames 174726)"),
        MM("Jermuk", "gn:174884", note="Jermuk, Vayots Dzor (GeoNames 174884)"),
        MM("Goris", "goris", note="the Armenian town, though Georgia, Gori and Tbilisi follow in the sentence"),
        MM("Yerevan", "yerevan"), MM("Georgia", "georgia"),
        MM("Gori", "gn:614455", note="Gori, Shida Kartli, Georgia (GeoNames 614455), 'a town west of Tbilisi'"),
        MM("Tbilisi", "gn:611717"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's presidential office'"),
        MM("Lachin road", "lachin-corridor", note="the corridor road"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Goris", "goris"), MM("Armenia", "armenia"),
        MM("Hadrut", "hadrut", note=HADRUT), MM("Goris", "goris"),
    ],
    claims=[
        CC("GORIS, Armenia, Sept 27 (Orbis) – More than 50,000 people have crossed into Armenia from Nagorno-Karabakh "
           "since Sunday, the Armenian government said on Wednesday, as hundreds of cars queued on the mountain road "
           "down to this border town.",
           "population_movement", "2023-09-24", "2023-09-27", "period", count=50000, q="at_least", unit="people",
           origin="karabakh", destination="armenia", claimant="the Armenian government",
           note="'since Sunday' = 24 September 2023, running to publication (Wednesday 27 September)"),
        CC("GORIS, Armenia, Sept 27 (Orbis) – More than 50,000 people have crossed into Armenia from Nagorno-Karabakh "
           "since Sunday, the Armenian government said on Wednesday, as hundreds of cars queued on the mountain road "
           "down to this border town.",
           "stock", *D("2023-09-27"), flag="vague_count", count=None, q="unspecified", unit="cars", place="goris",
           claimant="Orbis",
           note="second claim of the same sentence: 'hundreds of cars' queued (vague); 'this border town' = Goris"),
        CC("Government spokeswoman Sevan Aleksanyan said 50,243 people had arrived by 05:00, most of them registered "
           "at the humanitarian centre in Goris.",
           "population_movement", "2023-09-24", "2023-09-27", "period", count=50243, q="exact", unit="people",
           origin="karabakh", destination="armenia", claimant=SPOX,
           note="cumulative since Sunday 24 September (previous sentence) up to 05:00 on 27 September 2023"),
        CC("About 120,000 ethnic Armenians lived in the region before Azerbaijan's offensive last week.",
           "stock", count=120000, q="about", unit="people", place="karabakh", claimant="Orbis",
           note="the population before the offensive; no date for the figure itself ('last week' = 18-24 "
                "September 2023 dates the offensive)"),
        CC("Some 40 buses sent by the government carried around 1,600 people from Stepanakert to Goris on Tuesday, "
           "she said.",
           "population_movement", *D("2023-09-26"), count=40, q="about", unit="buses", origin="khankendi",
           destination="goris", claimant=SPOX,
           note="buses carrying people = population_movement; 'on Tuesday' = 26 September 2023"),
        CC("Some 40 buses sent by the government carried around 1,600 people from Stepanakert to Goris on Tuesday, "
           "she said.",
           "population_movement", *D("2023-09-26"), count=1600, q="about", unit="people", origin="khankendi",
           destination="goris", claimant=SPOX, note="second claim of the same sentence: the passengers"),
        CC("On Wednesday morning another 2,100 people who had no relatives in Armenia were moved on by bus to hotels "
           "in Vayk and Jermuk, she added.",
           "population_movement", *D("2023-09-27"), count=2100, q="exact", unit="people", destination="gn:174726",
           claimant=SPOX,
           note="'On Wednesday morning' = 27 September 2023; destinations Vayk and Jermuk (the field holds the "
                "first); 'moved on' from Goris is implied, not stated"),
        CC("Azerbaijan's presidential office said on Tuesday that the Lachin road would stay open \"for all residents "
           "who wish to leave\".",
           "diplomatic", *D("2023-09-26"), via="lachin-corridor", claimant="Azerbaijan's presidential office",
           note="a dated statement ('on Tuesday' = 26 September 2023); not a restriction"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Russian agency, TASS-style dateline. Thursday 21 September 2023. Dateline without year; date not given.
# ----------------------------------------------------------------------------------------------------------
RMOD = "the Russian Defense Ministry"
DOCS.append(dict(
    doc_id="tass-peacekeepers-evacuation-sep-2023", style="russian", side="russian",
    outlet="Kavkaz-Inform (fictional Russian news agency, English service)",
    title="Russian peacekeepers have evacuated over 5,000 civilians in Karabakh - Defense Ministry",
    published="2023-09-21", published_given=False,
    published_in_text=dict(surface="STEPANAKERT /Nagorno-Karabakh/, September 21. /Kavkaz-Inform/.", date=None,
                           how="dateline"),
    captions=[],
    not_places=[("Kavkaz-Inform", "agency name; 'Kavkaz' (Russian for Caucasus) is a GeoNames alternate name of "
                                  "Caucasia, Colombia (3687025)")],
    patterns=["P-tass-dateline", "P-headline-figure", "P-over-count", "P-evacuation", "P-about-count",
              "P-part-not-breakdown", "P-convoy", "P-nested-road", "P-stock-posts", "P-yearless-date",
              "P-relative-weekday", "P-full-dates"],
    traps=["TASS-style dateline with no year and published not given: 'on Thursday', 'On Wednesday', 'on Friday' "
           "-> relative_unknown; 'September 19' -> year_unknown; '9 November 2020' is labelled normally",
           "'over 5,000' (headline) = 'more than 5,000' (body): one claim, on the body",
           "'some 5,170 civilians, including 2,040 children' - the children are a part",
           "district names: Martakert (no id), Martuni = Khojavend (146969), Askeran = Askyaran (148450)",
           "'30 observation posts' and 'about 2,000 … peacekeepers' are stocks, not movements",
           "'Kavkaz' in the agency name is not a place"],
    mentions=[
        MM("Karabakh", "karabakh"),
        MM("STEPANAKERT", "khankendi", note="dateline in capitals"),
        MM("Nagorno-Karabakh", "karabakh", note="dateline region between slashes (TASS style)"),
        MM("Nagorno-Karabakh", "karabakh"),
        MM("Stepanakert", "khankendi", note="'the contingent's base near Stepanakert'"),
        MM("Martakert", "martakert",
           note="'the Martakert … districts': the district named after the town (common noun left out); Martakert "
                "(Aghdara) is not in cities500; relabelled with the gazetteer id once the place was added to data/gazetteer.json (2026-12-04)"),
        MM("Martuni", "gn:146969", note=KHOJ),
        MM("Askeran", "gn:148450", note=ASKERAN),
        MM("Goris-Stepanakert route", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Goris", "goris"), ("Stepanakert", "khankendi")]),
        MM("Russia", "russia"), MM("Azerbaijan", "azerbaijan"), MM("Armenia", "armenia"),
    ],
    claims=[
        CC("STEPANAKERT /Nagorno-Karabakh/, September 21. /Kavkaz-Inform/. Russian peacekeepers have evacuated more "
           "than 5,000 residents of Nagorno-Karabakh from the most dangerous areas to the contingent's base near "
           "Stepanakert, the Russian Defense Ministry said on Thursday.",
           "population_movement", flag="relative_unknown", count=5000, q="at_least", unit="people",
           destination="khankendi", claimant=RMOD,
           note="an evacuation up to the statement of 'Thursday'; the dateline has no year and no publication date "
                "is given, so the dates stay null; destination = the base near Stepanakert; the headline's 'over "
                "5,000' is the same figure"),
        CC("\"Since the beginning of hostilities, the peacekeepers have taken some 5,170 civilians, including 2,040 "
           "children, out of the Martakert, Martuni and Askeran districts to the location of the contingent,\" the "
           "ministry said in a statement.",
           "population_movement", flag="relative_unknown", count=5170, q="about", unit="people",
           destination="khankendi", claimant=RMOD,
           note="'Since the beginning of hostilities' is relative and no year is known; origins: three districts "
                "(Martakert has no id, so origin is left null); 'including 2,040 children' is a part; the "
                "location of the contingent = near Stepanakert (previous sentence)"),
        CC("On Wednesday, a convoy of 12 trucks of the Russian peacekeeping contingent with food and medicines "
           "proceeded along the Goris-Stepanakert route, the ministry said.",
           "entry", flag="relative_unknown", count=12, q="exact", unit="trucks", origin="goris",
           destination="khankendi", via="lachin-corridor", claimant=RMOD,
           note="a convoy Goris -> Stepanakert (into Karabakh); 'On Wednesday' with no publication date known"),
        CC("Two more convoys are expected on Friday.",
           "entry", flag="relative_unknown", count=2, q="exact", unit="convoys", via="lachin-corridor",
           claimant=RMOD,
           note="future convoys on the same route (previous sentence); 'on Friday' with no publication date known"),
        CC("The peacekeepers continue to monitor the situation at 30 observation posts.",
           "stock", count=30, q="exact", unit="observation posts", place="karabakh", claimant=RMOD,
           note="a context figure (posts that are there), present tense; no date"),
        CC("Ceasefire violations were recorded on September 19 along the entire line of contact, according to the "
           "statement.",
           "other", flag="year_unknown", count=None, q="unspecified", unit="ceasefire violations", place="karabakh",
           claimant=RMOD,
           note="written 'September 19' with no year and no publication date known; a plural with no number"),
        CC("Under the trilateral statement of 9 November 2020, signed by the leaders of Russia, Azerbaijan and "
           "Armenia, about 2,000 Russian peacekeepers are stationed in the region.",
           "diplomatic", *D("2020-11-09"), claimant="Kavkaz-Inform",
           note="the trilateral statement signed on 9 November 2020 (year written)"),
        CC("Under the trilateral statement of 9 November 2020, signed by the leaders of Russia, Azerbaijan and "
           "Armenia, about 2,000 Russian peacekeepers are stationed in the region.",
           "stock", count=2000, q="about", unit="peacekeepers", place="karabakh", claimant="Kavkaz-Inform",
           note="second claim of the same sentence: the peacekeepers stationed now (present tense; no publication "
                "date known, so no date)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 7. Feature (Mirror-Spectator / OC Media style). Friday 6 October 2023. Printed date; date not given.
# ----------------------------------------------------------------------------------------------------------
HOV = "Masis Hovsepyan, the village head of Kornidzor"
DOCS.append(dict(
    doc_id="feature-kornidzor-oct-2023", style="feature", side="armenian",
    outlet="The Armenian Weekly Review (fictional diaspora weekly), feature",
    title="After the last bus: a border village counts who is left",
    published="2023-10-06", published_given=False,
    published_in_text=dict(surface="October 6, 2023", date="2023-10-06", how="printed date under headline"),
    captions=["Masis Hovsepyan outside the village hall in Kornidzor. (Photo: Anahit Sarkissian)",
              "Displaced families from Hadrut at the Kornidzor school in 2020. Photo: Anahit Sarkissian"],
    not_places=[("Masis", "given name of the village head; Masis is a town in Ararat province, Armenia (GeoNames "
                          "616435)")],
    patterns=["P-byline", "P-printed-date", "P-wire-dateline", "P-stock-population", "P-relative-week",
              "P-buses", "P-since-date", "P-range-remain", "P-vague-hundreds", "P-evacuation",
              "P-relative-weekday", "P-caption-credit", "P-caption-old-date", "P-given-name-place"],
    traps=["date printed under the byline; published not given (dates resolved against the printed date)",
           "'this village of 1,100 people' = a stock", "'A week ago … almost the entire population' (vague)",
           "'the last bus' = no quantity asserted", "'between 50 and 1,000 … remain' (range, lower bound)",
           "'hundreds of cars' (vague)", "'Three ambulances carrying wounded people' = an evacuation",
           "closure of a registration desk = other", "'families' (plural, no number)",
           "'the autumn of 2020' = September-November 2020",
           "two captions, one ending in an old year (2020) - never claims", "'Masis' given name = a town"],
    mentions=[
        MM("KORNIDZOR", "kornidzor", note="dateline in capitals"), MM("Armenia", "armenia"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Goris", "goris"),
        MM("Stepanakert", "khankendi"), MM("Goris", "goris"), MM("Hakari bridge", "hakari-bridge", "bridge"),
        MM("Armenia", "armenia"), MM("Khankendi", "khankendi"),
        MM("Goris", "goris"), MM("Sisian", "gn:174763", note="Sisian, Syunik (GeoNames 174763)"),
        MM("Kapan", "kapan"),
        MM("Kornidzor", "kornidzor"), MM("Hadrut", "hadrut", note=HADRUT),
        MM("Kornidzor", "kornidzor"),
        MM("Hadrut", "hadrut", note=HADRUT), MM("Kornidzor", "kornidzor"),
    ],
    claims=[
        CC("KORNIDZOR, Armenia — The road past this village of 1,100 people is quiet again.",
           "stock", *D("2023-10-06"), count=1100, q="exact", unit="people", place="kornidzor",
           claimant="The Armenian Weekly Review",
           note="the village's population (a stock), present tense: as of publication"),
        CC("A week ago it carried almost the entire population of Nagorno-Karabakh towards Goris.",
           "population_movement", *D("2023-09-29"), flag="vague_count", count=None, q="unspecified",
           unit="people", origin="karabakh", destination="goris", via="kornidzor",
           claimant="The Armenian Weekly Review",
           note="'A week ago' = Friday 29 September 2023; 'almost the entire population' is a vague quantity; the "
                "road past Kornidzor"),
        CC("On 1 October the last bus from Stepanakert arrived in Goris, the region's human rights ombudsman "
           "announced.",
           "population_movement", *D("2023-10-01"), count=None, q=None, unit="buses", origin="khankendi",
           destination="goris", claimant="the region's (Karabakh's) human rights ombudsman",
           note="'the last bus' identifies a bus, it does not count: no quantity asserted; '1 October' = 2023"),
        CC("Since 24 September, more than 100,400 people have crossed the Hakari bridge into Armenia, according to "
           "government figures.",
           "population_movement", "2023-09-24", "2023-10-06", "period", count=100400, q="at_least", unit="people",
           destination="armenia", via="hakari-bridge", claimant="the Armenian government (government figures)",
           note="'Since 24 September' = 2023, running to publication"),
        CC("UN officials who visited Khankendi last week said that between 50 and 1,000 ethnic Armenians remain in "
           "the region, most of them elderly or disabled.",
           "stock", "2023-09-25", "2023-10-01", "period", count=50, q="at_least", unit="people", place="karabakh",
           claimant="UN officials",
           note="range 'between 50 and 1,000' labelled as its lower bound (at_least), upper bound 1,000; 'last "
                "week' = Monday 25 September - Sunday 1 October 2023, when the officials saw this"),
        CC("\"Some nights hundreds of cars stood along the village street,\" said Masis Hovsepyan, the village head.",
           "stock", flag="vague_count", count=None, q="unspecified", unit="cars", place="kornidzor", claimant=HOV,
           note="'hundreds of cars' (vague); 'Some nights' gives no date"),
        CC("Three ambulances carrying wounded people passed through on the evening of 24 September alone, he said.",
           "population_movement", *D("2023-09-24"), count=3, q="exact", unit="ambulances", via="kornidzor",
           claimant=HOV, note="an evacuation of wounded people; count in words; '24 September' = 2023"),
        CC("The theatre in Goris, where arrivals were registered, closed its registration desk on Tuesday.",
           "other", *D("2023-10-03"), place="goris", claimant="The Armenian Weekly Review",
           note="'on Tuesday' = 3 October 2023; a registration desk, not a road (as eval-holdout labels such "
                "closures)"),
        CC("Since Wednesday, families who stayed in the town have been moved to dormitories in Sisian and Kapan.",
           "population_movement", "2023-10-04", "2023-10-06", "period", flag="vague_count", count=None,
           q="unspecified", unit="families", origin="goris", destination="gn:174763",
           claimant="The Armenian Weekly Review",
           note="'Since Wednesday' = 4 October 2023 to publication; 'families' is a plural with no number; "
                "destinations Sisian and Kapan (the field holds the first)"),
        CC("In the autumn of 2020, the village hosted some 300 people from Hadrut for several months.",
           "stock", "2020-09-01", "2020-11-30", "period", count=300, q="about", unit="people", place="kornidzor",
           claimant="The Armenian Weekly Review",
           note="'the autumn of 2020' read as September-November 2020; people from Hadrut staying in Kornidzor "
                "(a stock); 'several months' is a duration"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 8. Encyclopedia-style lead. Revision of Saturday 10 February 2024; no date in the text; not given.
# ----------------------------------------------------------------------------------------------------------
ENC = "the encyclopedia article"
DOCS.append(dict(
    doc_id="encyclopedia-lachin-corridor", style="encyclopedia", side="neutral",
    outlet="an online encyclopedia (fictional article text, Wikipedia-style lead)",
    title="Lachin corridor",
    published="2024-02-10", published_given=False, published_in_text=None,
    published_note="the revision's date; the text states no date of its own",
    captions=[],
    not_places=[],
    patterns=["P-encyclopedia-lead", "P-script-names", "P-full-dates", "P-about-count", "P-over-count",
              "P-stock-population", "P-checkpoint-setup", "P-closure-no-count", "P-bracket-alt-name",
              "P-nested-road"],
    traps=["names in Armenian script, romanized and Azerbaijani = three mentions of the corridor",
           "every date has its year: labelled normally though no publication date is known",
           "'Stepanakert (Khankendi)' = two mentions of one place", "'Zabukh' = Aghavno (gazetteer 'aghavno')",
           "'Sus' = the village in the corridor, not Sousse (GeoNames lists 'Sus' as an alternate name of Sousse)",
           "'From 12 December 2022' = the start of the blockade (its end is not in the text)",
           "'more than 100,000 …, out of a population estimated at 120,000 …' = a movement and a stock",
           "'See also' line with two roads named by their ends"],
    mentions=[
        MM("Lachin corridor", "lachin-corridor", note="the article title"),
        MM("Lachin corridor", "lachin-corridor"),
        MM("Լաչինի միջանցք", "lachin-corridor", "corridor", note="the Armenian name in Armenian script"),
        MM("Lachini mijantsk", "lachin-corridor", "corridor", note="the Armenian name romanized"),
        MM("Laçın dəhlizi", "lachin-corridor", note="the Azerbaijani name (a gazetteer name)"),
        MM("Azerbaijan", "azerbaijan"), MM("Armenia", "armenia"), MM("Nagorno-Karabakh", "karabakh"),
        MM("Kornidzor", "kornidzor"), MM("Armenia", "armenia", note="'Armenia's Syunik Province'"),
        MM("Syunik", "syunik", note="'Syunik Province' (common noun left out); " + SYU),
        MM("Hakari bridge", "hakari-bridge", "bridge"),
        MM("Stepanakert", "khankendi"), MM("Khankendi", "khankendi", note="'Stepanakert (Khankendi)': two mentions "
                                                                          "of one place"),
        MM("Lachin", "lachin", note="'the town of Lachin'"),
        MM("Zabukh", "aghavno", note="Zabukh = Aghavno (gazetteer alias)"),
        MM("Sus", None, "settlement",
           note="the village of Sus in the Lachin corridor; not in the gazetteer or cities500; not Sousse, Tunisia "
                "(GeoNames 2464915 lists 'Sus' as an alternate name)"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Azerbaijan", "azerbaijan"), MM("Hakari bridge", "hakari-bridge", "bridge"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Armenia", "armenia"),
        MM("Goris–Stepanakert highway", "lachin-corridor", "road", note=ROAD_LC,
           inside=[("Goris", "goris"), ("Stepanakert", "khankendi")]),
        MM("Aghdam–Khankendi road", None, "road",
           note="the road from Aghdam to Khankendi; not in the gazetteer; one mention of the road",
           inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")]),
    ],
    claims=[
        CC("Under the ceasefire statement of 10 November 2020, the corridor was placed under the control of about "
           "2,000 Russian peacekeepers.",
           "diplomatic", *D("2020-11-10"), place="lachin-corridor", claimant=ENC,
           note="the ceasefire statement of 10 November 2020 (year written)"),
        CC("Under the ceasefire statement of 10 November 2020, the corridor was placed under the control of about "
           "2,000 Russian peacekeepers.",
           "stock", *D("2020-11-10"), count=2000, q="about", unit="peacekeepers", place="lachin-corridor",
           claimant=ENC, note="second claim of the same sentence: the peacekeepers deployed from that day"),
        CC("On 26 August 2022 the town of Lachin and the villages of Zabukh and Sus were handed over to Azerbaijan, "
           "and traffic was moved to a new road further south.",
           "other", *D("2022-08-26"), place="lachin", claimant=ENC,
           note="handover of Lachin, Zabukh and Sus (the place field holds the first)"),
        CC("From 12 December 2022 the road was blocked by Azerbaijani protesters who described themselves as "
           "environmental activists; during the blockade only the International Committee of the Red Cross (ICRC) "
           "and the peacekeepers could use it.",
           "restriction", *D("2022-12-12"), via="lachin-corridor", claimant=ENC,
           note="the start of the blockade; its end is not stated in the text; no count"),
        CC("On 23 April 2023 Azerbaijan set up a checkpoint at the Hakari bridge, and from 15 June 2023 even ICRC "
           "deliveries were halted for long periods.",
           "restriction", *D("2023-04-23"), place="hakari-bridge", via="lachin-corridor", claimant=ENC),
        CC("On 23 April 2023 Azerbaijan set up a checkpoint at the Hakari bridge, and from 15 June 2023 even ICRC "
           "deliveries were halted for long periods.",
           "restriction", *D("2023-06-15"), via="lachin-corridor", claimant=ENC,
           note="second claim of the same sentence: the halt from 15 June 2023 (start; 'for long periods' is "
                "vague duration)"),
        CC("Following the Azerbaijani offensive of 19–20 September 2023, more than 100,000 Armenians, out of a "
           "population estimated at 120,000, left Nagorno-Karabakh through the corridor between 24 and 30 September "
           "2023.",
           "population_movement", "2023-09-24", "2023-09-30", "period", count=100000, q="at_least", unit="people",
           origin="karabakh", via="lachin-corridor", claimant=ENC),
        CC("Following the Azerbaijani offensive of 19–20 September 2023, more than 100,000 Armenians, out of a "
           "population estimated at 120,000, left Nagorno-Karabakh through the corridor between 24 and 30 September "
           "2023.",
           "stock", count=120000, q="about", unit="people", place="karabakh", claimant=ENC,
           note="second claim: the population before the exodus ('estimated' = about); no date for the figure"),
        CC("Following the Azerbaijani offensive of 19–20 September 2023, more than 100,000 Armenians, out of a "
           "population estimated at 120,000, left Nagorno-Karabakh through the corridor between 24 and 30 September "
           "2023.",
           "other", "2023-09-19", "2023-09-20", "period", place="karabakh", claimant=ENC,
           note="third claim: the offensive of 19-20 September 2023 (an event on the topic, dated, uncounted)"),
        CC("Between December 2022 and July 2023 the ICRC had transferred more than 700 patients through the corridor "
           "for treatment in Armenia.",
           "population_movement", "2022-12-01", "2023-07-31", "period", count=700, q="at_least", unit="patients",
           destination="armenia", via="lachin-corridor", claimant=ENC,
           note="'Between December 2022 and July 2023' = 1 December 2022 - 31 July 2023"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 9. Live blog. Thursday 28 September 2023.
# ----------------------------------------------------------------------------------------------------------
DPM = "Deputy Prime Minister Tigran Ohanyan"
DAILY = ("12:05 – On 24 and 25 September about 9,100 people crossed, on 26 September 22,750 and yesterday 26,640, "
         "the highest daily figure so far, Deputy Prime Minister Tigran Ohanyan told a cabinet meeting.")
ICRC_NIGHT = ("09:20 – The ICRC said its teams evacuated 17 wounded people from Stepanakert to hospitals in Yerevan "
              "overnight, in a convoy of eight ambulances (5 of its own and 3 of the Armenian health ministry).")
DOCS.append(dict(
    doc_id="liveblog-exodus-sep-2023", style="liveblog", side="international",
    outlet="Caucasus Desk live blog (fictional international news site)",
    title="LIVE: Exodus from Karabakh – arrivals pass 70,000",
    published="2023-09-28", published_given=True,
    published_in_text=dict(surface="Updated: 3:57pm, 28 Sep, 2023", date="2023-09-28",
                           how="printed date under headline"),
    captions=[],
    not_places=[("Arsen", "given name of the detained official; GeoNames 2759684 (Arcen, Netherlands) has the "
                          "alternate name Arsen")],
    patterns=["P-printed-date", "P-live-separator", "P-headline-figure", "P-as-of-clock", "P-cumulative",
              "P-buses", "P-words-count", "P-three-part-road", "P-between-places", "P-vague-hundreds",
              "P-daily-by-date", "P-relative-today", "P-detention", "P-bracket-breakdown", "P-evacuation",
              "P-given-name-place"],
    traps=["headline 'pass 70,000' is not the body's figure (71,240) -> a from_headline claim",
           "entries stamped with clock times ('15:50 –'), newest first; clock times are not counts",
           "cumulative figures 'by 14:00' and 'at 08:00' (as-of days)", "'Thirty-five buses are waiting' = a stock",
           "'Aghdam-Askeran-Khankendi road' = a road with no id, named by three places",
           "'Between Stepanakert and the Hakari bridge, thousands of cars remain' (vague)",
           "figures split by date: 24-25, 26 and 'yesterday' (27) September = three claims",
           "detention 'yesterday'", "ambulance convoy with a breakdown in brackets + the people = two claims",
           "'Karabakh official' = an attributive toponym (a mention)", "'Arsen' given name collides with a place"],
    mentions=[
        MM("Karabakh", "karabakh"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Armenia", "armenia", note="'Armenia's prime minister'"),
        MM("Goris", "goris"), MM("Stepanakert", "khankendi"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's transport ministry'"),
        MM("Aghdam-Askeran-Khankendi road", None, "road",
           note="the road from Aghdam via Askeran to Khankendi; not in the gazetteer; one mention of the road",
           inside=[("Aghdam", "gn:148619"), ("Askeran", "gn:148450"), ("Khankendi", "khankendi")]),
        MM("Armenia", "armenia"),
        MM("Stepanakert", "khankendi"), MM("Hakari bridge", "hakari-bridge", "bridge"),
        MM("Karabakh", "karabakh", note="attributive: 'A former Karabakh official'"),
        MM("Lachin checkpoint", "hakari-bridge", "border_crossing",
           note="the Azerbaijani checkpoint at the Hakari bridge (gazetteer alias), not the town"),
        MM("Armenia", "armenia"), MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's State Border Service'"),
        MM("Stepanakert", "khankendi"), MM("Yerevan", "yerevan"),
    ],
    claims=[
        CC("LIVE: Exodus from Karabakh – arrivals pass 70,000",
           "population_movement", *D("2023-09-28"), from_headline=True, count=70000, q="at_least", unit="people",
           origin="karabakh", destination="armenia", claimant="Caucasus Desk",
           note="stated only in the headline ('pass 70,000'); the body gives other figures (71,240; 66,115); a "
                "cumulative total as of the update day"),
        CC("15:50 – Arrivals from Nagorno-Karabakh reached 71,240 by 14:00 today, the office of Armenia's prime "
           "minister said.",
           "population_movement", *D("2023-09-28"), count=71240, q="exact", unit="people", origin="karabakh",
           destination="armenia", claimant="the office of Armenia's prime minister",
           note="cumulative total as of 14:00 on 28 September 2023 (start not stated); '15:50' and '14:00' are "
                "clock times"),
        CC("The figure stood at 66,115 at 08:00.",
           "population_movement", *D("2023-09-28"), count=66115, q="exact", unit="people", origin="karabakh",
           destination="armenia", claimant="the office of Armenia's prime minister",
           note="the same cumulative count as of 08:00 the same day"),
        CC("15:10 – Thirty-five buses are waiting in Goris to go to Stepanakert and bring back residents who have no "
           "cars, the Ministry of Territorial Administration said.",
           "stock", *D("2023-09-28"), count=35, q="exact", unit="buses", place="goris",
           claimant="Armenia's Ministry of Territorial Administration",
           note="buses waiting (a stock), not yet a movement; count in words"),
        CC("14:25 – Azerbaijan's transport ministry says it has sent 30 large buses along the Aghdam-Askeran-Khankendi "
           "road to take residents to Armenia.",
           "population_movement", *D("2023-09-28"), count=30, q="exact", unit="buses", destination="armenia",
           claimant="Azerbaijan's transport ministry",
           note="buses sent to carry people = population_movement; the road has no id (via null); destination = "
                "where the residents are to be taken"),
        CC("13:40 – Between Stepanakert and the Hakari bridge, thousands of cars remain stuck in a queue that drivers "
           "say has barely moved since the night.",
           "stock", *D("2023-09-28"), flag="vague_count", count=None, q="unspecified", unit="cars",
           place="lachin-corridor", claimant="Caucasus Desk",
           note="'thousands of cars' (vague) on the corridor road between Stepanakert and the Hakari bridge"),
        CC(DAILY, "population_movement", "2023-09-24", "2023-09-25", "days",
           dates=["2023-09-24", "2023-09-25"], count=9100, q="about", unit="people", origin="karabakh",
           destination="armenia", claimant=DPM,
           note="one combined figure for the two listed days"),
        CC(DAILY, "population_movement", *D("2023-09-26"), count=22750, q="exact", unit="people",
           origin="karabakh", destination="armenia", claimant=DPM, note="second claim: 26 September 2023"),
        CC(DAILY, "population_movement", *D("2023-09-27"), count=26640, q="exact", unit="people",
           origin="karabakh", destination="armenia", claimant=DPM,
           note="third claim: 'yesterday' = 27 September 2023"),
        CC("11:30 – A former Karabakh official, Arsen Galstyan, was detained by Azerbaijani border guards at the "
           "Lachin checkpoint yesterday as he tried to cross into Armenia, Azerbaijan's State Border Service "
           "confirmed.",
           "detention", *D("2023-09-27"), count=1, q="exact", unit="people", place="hakari-bridge",
           claimant="Azerbaijan's State Border Service",
           note="one named person; 'yesterday' = 27 September 2023"),
        CC(ICRC_NIGHT, "population_movement", "2023-09-27", "2023-09-28", "period", count=17, q="exact",
           unit="people", origin="khankendi", destination="yerevan", claimant="the ICRC",
           note="an evacuation of wounded people; 'overnight' = the night of 27-28 September 2023"),
        CC(ICRC_NIGHT, "exit", "2023-09-27", "2023-09-28", "period", count=8, q="exact", unit="ambulances",
           breakdown=[(5, "ICRC ambulances"), (3, "Armenian health ministry ambulances")], origin="khankendi",
           destination="yerevan", claimant="the ICRC",
           note="second claim: the convoy of eight ambulances out of Karabakh (count in words); the bracket parts "
                "sum to 8"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 10. Humanitarian situation report. Issued Thursday 5 October 2023.
# ----------------------------------------------------------------------------------------------------------
ASA = "the Armenia Shelter Alliance (ASA)"
BUSES = ("• On 2 October, 14 buses carried 520 people from the Goris humanitarian centre to temporary housing in "
         "Masis and Artashat.")
DOCS.append(dict(
    doc_id="sitrep-refugees-oct-2023", style="intl-org", side="international",
    outlet="Armenia Shelter Alliance (fictional inter-agency humanitarian coordination body)",
    title="ARMENIA: Refugee Response – Situation Update No. 4",
    published="2023-10-05", published_given=True,
    published_in_text=dict(surface="Issued: 5 October 2023", date="2023-10-05", how="printed date under headline"),
    captions=[],
    not_places=[("ASA", "acronym of the alliance; Asa is a village in Kazakhstan (GeoNames 1526066) and 'Åsa' "
                        "(Sweden, 2725066) has the alternate name Asa")],
    patterns=["P-sitrep-header", "P-statement-dateline", "P-as-of-clock", "P-cumulative", "P-part-not-breakdown",
              "P-bracket-part", "P-province-names", "P-bracket-breakdown", "P-patients-transfer", "P-buses",
              "P-range-remain", "P-stock-remain", "P-since-date", "P-vague-tens", "P-acronym-agency",
              "P-full-dates"],
    traps=["a claimant line opening with a date ('5 October 2023 - The Armenia Shelter Alliance …')",
           "'ASA' acronym = a village in Kazakhstan", "'Armenia' inside the alliance's name is a mention",
           "'as of 4 October' cumulative registrations", "'including an estimated 29,000 children' = a part",
           "'Ararat (12,210) and Kotayk (11,480) provinces' = parts in brackets; Ararat and Kotayk are the "
           "provinces (no id), not the town Ararat (174991) or the village Kotayk (616522); Gegharkunik is the "
           "province, not the village 616688",
           "'57 patients (41 adults and 16 children)' = breakdown; patients moved to a town",
           "'14 buses carried 520 people' = two claims", "Masis = the town (616435), not the village (823816)",
           "'Between 1,000 and 1,200 people remain' (range, lower bound)", "'a handful of cars' (vague)",
           "registration points closed = other, not a road closure"],
    mentions=[
        MM("ARMENIA", "armenia", note="headline in capitals"),
        MM("Armenia", "armenia", note="in the name 'Armenia Shelter Alliance'"),
        MM("Armenia", "armenia", note="in the name 'The Armenia Shelter Alliance'"),
        MM("Karabakh", "karabakh"), MM("Armenia", "armenia"),
        MM("Kornidzor", "kornidzor"), MM("Goris", "goris"),
        MM("Vayk", "gn:174726", note="Vayk, Vayots Dzor (GeoNames 174726)"), MM("Yerevan", "yerevan"),
        MM("Ararat", None, "region",
           note="Ararat province ('Ararat … provinces'); not the town Ararat (GeoNames 174991) nor the mountain"),
        MM("Kotayk", None, "region", note="Kotayk province; not the village Kotayk (GeoNames 616522)"),
        MM("Syunik", "syunik", note=SYU),
        MM("Gegharkunik", None, "region", note="Gegharkunik province; not the village Gegharkunik (GeoNames "
                                               "616688)"),
        MM("Goris", "goris"), MM("Yerevan", "yerevan"),
        MM("Goris", "goris", note="'the Goris humanitarian centre'"),
        MM("Masis", "gn:616435", note="the town of Masis, Ararat province (GeoNames 616435), not the village "
                                      "823816"),
        MM("Artashat", "gn:174979", note="Artashat, Ararat province (GeoNames 174979)"),
        MM("Goris", "goris", note="'the Goris centre'"),
        MM("Karabakh", "karabakh"), MM("Lachin road", "lachin-corridor"),
        MM("Yerevan", "yerevan", note="contact line"),
    ],
    claims=[
        CC("5 October 2023 - The Armenia Shelter Alliance (ASA) reports that, as of 4 October, 100,632 refugees from "
           "Karabakh had been registered in Armenia, including an estimated 29,000 children.",
           "population_movement", *D("2023-10-04"), count=100632, q="exact", unit="people", origin="karabakh",
           destination="armenia", claimant=ASA,
           note="cumulative registrations as of 4 October 2023 (start not stated); the opening date is part of the "
                "sentence; 'including an estimated 29,000 children' is a part, not a breakdown"),
        CC("• The registration points in Kornidzor and Goris closed on 3 October; new arrivals are now registered in "
           "Vayk and Yerevan.",
           "other", *D("2023-10-03"), place="kornidzor", claimant=ASA,
           note="closure of registration points, not of a road (as eval-holdout); places Kornidzor and Goris (the "
                "field holds the first)"),
        CC("• Almost 47,500 refugees are accommodated in collective shelters, most of them in Ararat (12,210) and "
           "Kotayk (11,480) provinces, followed by Syunik and Gegharkunik.",
           "stock", *D("2023-10-05"), count=47500, q="about", unit="people", place="armenia", claimant=ASA,
           note="'Almost' read as about (closeness, as eval-holdout reads 'nearly'); present tense = as of the issue "
                "date; the bracket figures for Ararat (12,210) and Kotayk (11,480) are parts, not a partition"),
        CC("• Health partners transferred 57 patients (41 adults and 16 children) from Goris to hospitals in Yerevan "
           "between 28 September and 3 October.",
           "population_movement", "2023-09-28", "2023-10-03", "period", count=57, q="exact", unit="patients",
           breakdown=[(41, "adults"), (16, "children")], origin="goris", destination="yerevan",
           claimant="health partners, according to the ASA update"),
        CC(BUSES, "population_movement", *D("2023-10-02"), count=14, q="exact", unit="buses", origin="goris",
           destination="gn:616435", claimant=ASA,
           note="buses carrying people = population_movement; destinations Masis and Artashat (the field holds the "
                "first)"),
        CC(BUSES, "population_movement", *D("2023-10-02"), count=520, q="exact", unit="people", origin="goris",
           destination="gn:616435", claimant=ASA, note="second claim of the same sentence: the passengers"),
        CC("• Between 1,000 and 1,200 people remain at the Goris centre awaiting transport.",
           "stock", *D("2023-10-05"), count=1000, q="at_least", unit="people", place="goris", claimant=ASA,
           note="range 'between 1,000 and 1,200' labelled as its lower bound (at_least), upper bound 1,200; "
                "present tense = as of the issue date"),
        CC("• Since 24 September, partners have distributed 38,000 hygiene kits.",
           "other", "2023-09-24", "2023-10-05", "period", count=38000, q="exact", unit="hygiene kits",
           claimant="humanitarian partners, according to the ASA update",
           note="aid distributed in Armenia, not a movement; 'Since 24 September' runs to the issue date; place not "
                "stated"),
        CC("• Movement from Karabakh has almost stopped: ASA field staff counted only a handful of cars on the "
           "Lachin road on 4 October.",
           "crossing", *D("2023-10-04"), flag="vague_count", count=None, q="unspecified", unit="cars",
           via="lachin-corridor", claimant="ASA field staff",
           note="'a handful of cars' is vague: count null"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 11. Local radio brief. Broadcast Thursday 17 November 2022; no date anywhere; not given.
# ----------------------------------------------------------------------------------------------------------
RM = "Radio Meghri"
SRC = "the State Revenue Committee"
AGK = ("AGARAK. Customs officers at the Agarak checkpoint processed 396 trucks on Tuesday, 211 of them entering "
       "Armenia from Iran, the State Revenue Committee said.")
KPN = ("KAPAN. Three patients injured in a minibus accident on the Kapan–Kajaran road were moved to the Kapan medical "
       "centre on Wednesday; two others were flown to Yerevan.")
DOCS.append(dict(
    doc_id="local-radio-meghri-nov-2022", style="local", side="armenian",
    outlet="Radio Meghri (fictional local radio station, Syunik)",
    title="Radio Meghri – evening news in brief",
    published="2022-11-17", published_given=False, published_in_text=None,
    published_note="broadcast Thursday 17 November 2022; the text states no date of its own",
    captions=[],
    not_places=[("Armen", "given name of the rescue service spokesman; Armen is a village in Albania (GeoNames "
                          "3186184)")],
    patterns=["P-caps-dateline-agency", "P-closure-no-count", "P-relative-weekday", "P-relative-today",
              "P-vague-tens", "P-stock-waiting", "P-words-count", "P-vehicles-returned", "P-yearless-date",
              "P-patients-transfer", "P-nested-road", "P-official-title-name", "P-given-name-place"],
    traps=["no publication date anywhere and none given: 'yesterday', 'on Tuesday', 'on Wednesday' -> "
           "relative_unknown; '12 November', '15 November' -> year_unknown",
           "uppercase town datelines MEGHRI / AGARAK / KAPAN / GORIS; 'Meghri' in the station's name",
           "'Agarak checkpoint' = the crossing (gazetteer alias), 'AGARAK' = the border town",
           "'Tens of trucks' (vague, and undated)", "'211 of them entering Armenia from Iran' = a directional part "
           "(its own claim); the other direction is not derived",
           "'Fourteen Iranian trucks … returned to Norduz' = exit from Armenia",
           "patients moved to Kapan; two others to Yerevan = two claims", "closures without counts",
           "'Tashtun pass' and 'Kapan–Kajaran road' have no id; 'Goris–Vorotan section' = part of the Goris–Kapan "
           "road", "clock times '19:00', '21:00' are not counts"],
    mentions=[
        MM("Meghri", "meghri", note="in the station's name"),
        MM("MEGHRI", "meghri", note="town dateline in capitals"),
        MM("Kapan–Meghri road", "kapan-meghri-agarak", "road", note="the road, one mention (en dash)",
           inside=[("Kapan", "kapan"), ("Meghri", "meghri")]),
        MM("Tashtun pass", None, "other",
           note="mountain pass on the Kajaran-Meghri road; not in the gazetteer or cities500"),
        MM("Kajaran", "gn:174880", note=KAJ),
        MM("AGARAK", "agarak", note="town dateline in capitals: the Syunik border town"),
        MM("Agarak checkpoint", "agarak-norduz", "border_crossing",
           note="the Agarak–Norduz crossing (gazetteer alias 'Agarak checkpoint'), not the town"),
        MM("Armenia", "armenia"), MM("Iran", "iran"),
        MM("Norduz", "agarak-norduz", note="the Iranian side of the crossing"),
        MM("KAPAN", "kapan", note="town dateline in capitals"),
        MM("Kapan–Kajaran road", None, "road", note="not in the gazetteer; one mention of the road",
           inside=[("Kapan", "kapan"), ("Kajaran", "gn:174880")]),
        MM("Kapan", "kapan", note="'the Kapan medical centre'"), MM("Yerevan", "yerevan"),
        MM("GORIS", "goris", note="town dateline in capitals"),
        MM("Goris–Vorotan section", "goris-kapan-highway", "road",
           note="a section of the old Goris–Kapan interstate road named by its ends; labelled with the road it "
                "belongs to", inside=[("Goris", "goris"), ("Vorotan", "vorotan")]),
        MM("Tatev", "gn:174748", note="'the road through Tatev'; " + TATEV),
    ],
    claims=[
        CC("MEGHRI. The Kapan–Meghri road was closed for several hours yesterday near the Tashtun pass because of "
           "snow, rescue service spokesman Armen Harutyunyan said.",
           "restriction", flag="relative_unknown", via="kapan-meghri-agarak",
           claimant="rescue service spokesman Armen Harutyunyan",
           note="'yesterday' with no publication date known; a closure without a count; the pass has no id"),
        CC("Tens of trucks waited in Kajaran until the road reopened at 19:00.",
           "stock", flag="relative_unknown", count=None, q="unspecified", unit="trucks", place="gn:174880",
           claimant=RM,
           note="'Tens of trucks' is vague (count null, unspecified); the date is the 'yesterday' of the previous "
                "sentence, unknown: the date flag is kept"),
        CC(AGK, "crossing", flag="relative_unknown", count=396, q="exact", unit="trucks", via="agarak-norduz",
           claimant=SRC, note="'on Tuesday' with no publication date known; both directions"),
        CC(AGK, "entry", flag="relative_unknown", count=211, q="exact", unit="trucks", origin="iran",
           destination="armenia", via="agarak-norduz", claimant=SRC,
           note="a directional part of the 396, its own claim; the other direction (185) is not stated and not "
                "derived"),
        CC("Fourteen Iranian trucks that had been turned back at the checkpoint on 12 November returned to Norduz "
           "the same evening.",
           "exit", flag="year_unknown", count=14, q="exact", unit="trucks", destination="agarak-norduz",
           via="agarak-norduz", claimant=RM,
           note="written '12 November' with no year and no publication date known; trucks turned back that "
                "returned to Norduz = out of Armenia; count in words"),
        CC(KPN, "population_movement", flag="relative_unknown", count=3, q="exact", unit="patients",
           destination="kapan", claimant=RM, note="patients moved to a town; 'on Wednesday' with no date known"),
        CC(KPN, "population_movement", flag="relative_unknown", count=2, q="exact", unit="patients",
           destination="yerevan", claimant=RM, note="second claim of the same sentence: 'two others'"),
        CC("GORIS. Police closed the Goris–Vorotan section of the old interstate road to heavy trucks from 15 "
           "November until further notice, the municipality said.",
           "restriction", flag="year_unknown", via="goris-kapan-highway", place="goris",
           claimant="the Goris municipality",
           note="written '15 November' with no year and no publication date known; a closure without a count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 12. HTML page, Armenian news site; date only in <meta property="article:published_time">. Saturday 29 July
#     2023; not given.
# ----------------------------------------------------------------------------------------------------------
KMH = "the Karabakh Health Ministry"
ELEVEN = ("The man, Hrant Sahakyan, was one of 11 patients travelling from Stepanakert to Yerevan in an ICRC convoy "
          "of four vehicles.")
DOCS.append(dict(
    doc_id="html-am-news-detention-jul-2023", style="armenian", side="armenian",
    outlet="SIS.am (fictional Armenian news site)",
    title="Azerbaijan detains Karabakh patient during Red Cross transfer",
    published="2023-07-29", published_given=False,
    html_file="html-am-news-detention-jul-2023.html",
    published_in_text=dict(surface="2023-07-29T16:20:00+04:00", date="2023-07-29", how="html meta"),
    captions=["The Azerbaijani checkpoint at the Hakari bridge, May 2023. Photo: SIS.am archive"],
    not_places=[("SIS", "the site's name 'SIS.am'; Sis is a village in Ararat province, Armenia (GeoNames 616213), "
                        "and 'Sīs' is in Iran (113848)")],
    patterns=["P-html-meta", "P-detention", "P-age-not-count", "P-patients-transfer", "P-patients-returned",
              "P-convoy", "P-since-month-year", "P-over-count", "P-relative-today", "P-relative-weekday",
              "P-yearless-date", "P-closure-no-count", "P-caption-archive", "P-acronym-agency"],
    traps=["the date is only in the page head (article:published_time): labels are on the companion .txt",
           "'A 67-year-old resident … was detained' = one detention (67 is an age)",
           "'11 patients … in an ICRC convoy of four vehicles' = two claims; 'The other 10' = its own claim",
           "'Since December' = December 2022", "'On Thursday' = 27 July 2023", "'23 April', '15 June' = 2023",
           "a statement giving a reason (no date/count) is not a claim", "caption (never a claim)",
           "'SIS' in the site name collides with GeoNames places"],
    mentions=[
        MM("Azerbaijan", "azerbaijan", note="headline; metonymy for the state"),
        MM("Karabakh", "karabakh", note="attributive: 'Karabakh patient'"),
        MM("Nagorno-Karabakh", "karabakh"), MM("Hakari bridge", "hakari-bridge", "bridge"),
        MM("Armenia", "armenia"), MM("Karabakh", "karabakh", note="in 'the Karabakh Health Ministry'"),
        MM("Stepanakert", "khankendi"), MM("Yerevan", "yerevan"), MM("Armenia", "armenia"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's State Border Service'"),
        MM("Lachin corridor", "lachin-corridor"),
        MM("Stepanakert", "khankendi"), MM("Yerevan", "yerevan", note="'Yerevan hospitals'"),
        MM("Nagorno-Karabakh", "karabakh"),
        MM("Hakari bridge", "hakari-bridge", "bridge"),
    ],
    claims=[
        CC("A 67-year-old resident of Nagorno-Karabakh was detained today by Azerbaijani border guards at the "
           "checkpoint on the Hakari bridge while he was being transferred to Armenia for heart surgery by the "
           "International Committee of the Red Cross, the Karabakh Health Ministry said.",
           "detention", *D("2023-07-29"), count=1, q="exact", unit="people", place="hakari-bridge", claimant=KMH,
           note="one person; '67-year-old' is an age; 'today' = 29 July 2023 (from the page's published_time)"),
        CC(ELEVEN, "population_movement", *D("2023-07-29"), count=11, q="exact", unit="patients",
           origin="khankendi", destination="yerevan", claimant=KMH,
           note="the transfer of that day (the detention 'today'); attribution from the next sentence"),
        CC(ELEVEN, "exit", *D("2023-07-29"), count=4, q="exact", unit="vehicles", origin="khankendi",
           destination="yerevan", claimant=KMH,
           note="second claim: the ICRC convoy of four vehicles out of Karabakh (count in words)"),
        CC("The other 10 patients and their attendants were allowed to continue to Armenia, the ministry said.",
           "population_movement", *D("2023-07-29"), count=10, q="exact", unit="patients", destination="armenia",
           claimant=KMH, note="stated, not derived from 11 - 1"),
        CC("Since December, the organization has facilitated the transfer of more than 600 patients through the "
           "Lachin corridor.",
           "population_movement", "2022-12-01", "2023-07-29", "period", count=600, q="at_least", unit="patients",
           via="lachin-corridor", claimant="the ICRC",
           note="'Since December' in a July 2023 page = 1 December 2022 (year inferred), to publication"),
        CC("On Thursday, the ICRC also brought 5 patients back to Stepanakert after treatment in Yerevan hospitals.",
           "population_movement", *D("2023-07-27"), count=5, q="exact", unit="patients", origin="yerevan",
           destination="khankendi", claimant="SIS.am", note="'On Thursday' = 27 July 2023; patients returned"),
        CC("The checkpoint was set up on 23 April.",
           "restriction", *D("2023-04-23"), place="hakari-bridge", claimant="SIS.am",
           note="'23 April' = 2023 (year inferred from publication)"),
        CC("Since 15 June, no food or medicine has reached Nagorno-Karabakh, local authorities say.",
           "restriction", "2023-06-15", "2023-07-29", "period", place="karabakh",
           claimant="the local (Karabakh) authorities",
           note="'Since 15 June' = 2023, to publication; 'no food or medicine' is a total stop, not a count"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 13. HTML page, Azerbaijani portal; date only in <time datetime> and JSON-LD datePublished. Friday 1 September
#     2023; given.
# ----------------------------------------------------------------------------------------------------------
FLOUR = ("Three trucks carrying 55 tonnes of flour sent by the Azerbaijan Red Crescent Society for the Armenian "
         "residents of Karabakh have been standing in front of the Russian peacekeepers' post on the "
         "Aghdam-Askeran-Khankendi road since August 29, the AzInfo correspondent reports from the scene.")
DOCS.append(dict(
    doc_id="html-az-portal-aghdam-sep-2023", style="azerbaijani", side="azerbaijani",
    outlet="AzInfo (fictional Azerbaijani news portal)",
    title="Food convoy for Karabakh Armenians waits on Aghdam-Khankendi road for fourth day - PHOTO",
    published="2023-09-01", published_given=True,
    html_file="html-az-portal-aghdam-sep-2023.html",
    published_in_text=dict(surface="2023-09-01T11:20:00+04:00", date="2023-09-01", how="html time"),
    captions=["Trucks of the Azerbaijan Red Crescent Society near Aghdam on August 29. Photo: Aydin Guliyev/AzInfo"],
    not_places=[("Aydin", "photographer's given name; GeoNames 322830 (Aydın, Turkey) has the alternate name "
                          "Aydin")],
    patterns=["P-html-meta", "P-headline-day-count", "P-headline-media-tag", "P-stock-waiting", "P-tonnes",
              "P-three-part-road", "P-correspondent-reports", "P-vehicles-returned", "P-since-yearless",
              "P-relative-week", "P-relative-weekday", "P-caption-credit", "P-framing", "P-az-spellings"],
    traps=["the date is only in <time datetime> and JSON-LD (the visible time '11:20' has no date)",
           "trucks 'standing … since August 29' = a stock (and its tonnage a second one); the headline's 'fourth "
           "day' is the same event", "two ICRC cars that 'returned to Aghdam' without crossing = crossing (unclear)",
           "'Lachin road … closed … since July 26' = a restriction without a count",
           "'Last week' = Monday 21 - Sunday 27 August 2023",
           "'the Aghdam-Khankendi and Lachin-Khankendi roads' share one noun: two road mentions",
           "'Aydin' (given name) collides with a GeoNames place", "caption (never a claim)"],
    mentions=[
        MM("Karabakh", "karabakh", note="attributive: 'Karabakh Armenians'"),
        MM("Aghdam-Khankendi road", None, "road", note="the road from Aghdam to Khankendi; not in the gazetteer",
           inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")]),
        MM("Azerbaijan", "azerbaijan", note="in 'the Azerbaijan Red Crescent Society'"),
        MM("Karabakh", "karabakh"),
        MM("Aghdam-Askeran-Khankendi road", None, "road",
           note="the road from Aghdam via Askeran to Khankendi; not in the gazetteer; one mention of the road",
           inside=[("Aghdam", "gn:148619"), ("Askeran", "gn:148450"), ("Khankendi", "khankendi")]),
        MM("Khankendi", "khankendi"), MM("Aghdam", "gn:148619", note=AGDAM),
        MM("Lachin road", "lachin-corridor", note="Azerbaijani usage for the corridor road"),
        MM("Khankendi", "khankendi"), MM("Gorus", "goris", note="Azerbaijani form of Goris"),
        MM("Baku", "baku", note="metonymy for the government of Azerbaijan"),
        MM("Aghdam-Khankendi", None, "road",
           note="'the Aghdam-Khankendi and Lachin-Khankendi roads': the shared noun belongs to both; not in the "
                "gazetteer", inside=[("Aghdam", "gn:148619"), ("Khankendi", "khankendi")]),
        MM("Lachin-Khankendi", "lachin-corridor", "road", note=ROAD_LC + "; the shared noun 'roads' left out",
           inside=[("Lachin", "lachin"), ("Khankendi", "khankendi")]),
        MM("Azerbaijan", "azerbaijan", note="in 'the Azerbaijan Red Crescent Society' (caption)"),
        MM("Aghdam", "gn:148619", note=AGDAM),
    ],
    claims=[
        CC(FLOUR, "stock", "2023-08-29", "2023-09-01", "period", count=3, q="exact", unit="trucks",
           claimant="AzInfo (its correspondent)",
           note="trucks standing at the peacekeepers' post since 29 August 2023 (year inferred), to publication - "
                "the 'fourth day' of the headline; the road has no id, so place is null; count in words"),
        CC(FLOUR, "stock", "2023-08-29", "2023-09-01", "period", count=55, q="exact", unit="tonnes",
           claimant="AzInfo (its correspondent)", note="second claim of the same sentence: the cargo"),
        CC("On Thursday, two ICRC cars that had tried to reach Khankendi along the same road returned to Aghdam "
           "after a three-hour wait.",
           "crossing", *D("2023-08-31"), count=2, q="exact", unit="cars", destination="gn:148619",
           claimant="AzInfo",
           note="vehicles that returned without crossing into Karabakh: direction relative to Karabakh unclear, so "
                "crossing; 'On Thursday' = 31 August 2023; 'three-hour' is a duration"),
        CC("Meanwhile, the Lachin road has been closed to all traffic since July 26, except for ICRC medical "
           "evacuations, the State Border Service said.",
           "restriction", "2023-07-26", "2023-09-01", "period", via="lachin-corridor", claimant=SBS,
           note="'since July 26' = 2023, to publication; no count"),
        CC("Last week a Red Cross convoy took 14 patients from Khankendi to Gorus.",
           "population_movement", "2023-08-21", "2023-08-27", "period", count=14, q="exact", unit="patients",
           origin="khankendi", destination="goris", claimant="AzInfo",
           note="'Last week' = Monday 21 - Sunday 27 August 2023 (publication Friday 1 September); an evacuation"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 14. Azerbaijani site with a yearless time stamp and live updates. Thursday 16 September 2021; not given.
# ----------------------------------------------------------------------------------------------------------
AMA_AM = "AMA, citing Armenian media"
FIFTY = ("About 50 Iranian trucks have gathered at the exit of Gorus, where the Armenian side is not letting them "
         "continue towards Gafan, AMA reports citing Armenian media.")
DOCS.append(dict(
    doc_id="az-live-iranian-trucks-sep-2021", style="azerbaijani", side="azerbaijani",
    outlet="AMA (fictional Azerbaijani news site)",
    title="Iranian drivers threaten to block Gorus-Gafan road (Updated)",
    published="2021-09-16", published_given=False,
    published_in_text=dict(surface="16 september — 14:31", date=None, how="printed date under headline"),
    captions=[],
    not_places=[("AMA", "the site's acronym; Ama is a town in Japan (GeoNames 1865390, 11611659) and in Louisiana "
                        "(4314712)"),
                ("Amiri", "surname of the ministry spokesman; GeoNames 143700 ('Āmerī, Iran) has the alternate name "
                          "Amiri")],
    patterns=["P-yearless-stamp", "P-headline-media-tag", "P-live-separator", "P-about-count", "P-relay-chain",
              "P-az-spellings", "P-vague-tens", "P-since-yearless", "P-relative-today", "P-detention",
              "P-distance-not-count", "P-surname-place", "P-acronym-agency", "P-nested-road"],
    traps=["time stamp '16 september — 14:31' (day and month, no year) and published not given: dates anchored on "
           "it get year_unknown, 'Yesterday' gets relative_unknown",
           "update block introduced by '* * * 13:15'", "'About 50' = about", "'Tens of trucks' (vague)",
           "'Gorus-Gafan road' / 'Gorus-Gafan interstate road' = the Goris–Kapan road",
           "'About 20 km' is a distance", "'AMA' and 'Amiri' collide with GeoNames places",
           "a threat to block the road (no date, no count) is not a claim"],
    mentions=[
        MM("Gorus-Gafan road", "goris-kapan-highway", "road", note="the road (gazetteer name), one mention",
           inside=[("Gorus", "goris"), ("Gafan", "kapan")]),
        MM("Gorus", "goris", note="'the exit of Gorus': the town"), MM("Gafan", "kapan"),
        MM("Mehri", "meghri", note="Azerbaijani form of Meghri"),
        MM("Gorus-Gafan interstate road", "goris-kapan-highway", "road", note="the road, one mention",
           inside=[("Gorus", "goris"), ("Gafan", "kapan")]),
        MM("Azerbaijan", "azerbaijan"),
        MM("Gubadli", "gubadli",
           note="the Gubadli (Qubadlı) district of Azerbaijan (common noun left out): the district named after the "
                "town; relabelled with the gazetteer id once the place was added to data/gazetteer.json (2026-12-04)"),
        MM("Azerbaijan", "azerbaijan"),
    ],
    claims=[
        CC(FIFTY, "stock", flag="year_unknown", count=50, q="about", unit="trucks", place="goris",
           claimant=AMA_AM,
           note="trucks gathered (a stock) as of the stamp '16 september', no year and no publication date known"),
        CC(FIFTY, "restriction", flag="year_unknown", place="goris", claimant=AMA_AM,
           note="second claim of the same sentence: the Armenian side not letting the trucks continue; no count; "
                "date = the stamp '16 september' (no year)"),
        CC("Azerbaijani police and customs officers stationed on the Gorus-Gafan interstate road have begun to check "
           "buses as well as Iranian trucks, Armenian media reported.",
           "restriction", flag="year_unknown", via="goris-kapan-highway", claimant="Armenian media, via AMA",
           note="checks as of the update stamped '13:15' on '16 september' (no year); no count"),
        CC("Tens of trucks are queuing on both sides of the post.",
           "stock", flag="year_unknown", count=None, q="unspecified", unit="trucks", place="goris-kapan-highway",
           claimant="Armenian media, via AMA",
           note="'Tens of trucks' is vague (count null, unspecified); the date would be the stamp '16 september' "
                "(no year): the date flag is kept"),
        CC("Since September 12, Azerbaijani customs have been collecting state duties from Iranian vehicles "
           "travelling through Azerbaijani territory.",
           "restriction", flag="year_unknown", claimant="AMA",
           note="written 'September 12' with no year, running to the stamp '16 september'; no count"),
        CC("Yesterday two Iranian drivers were detained by the Interior Ministry, the State Customs Committee and the "
           "State Border Service for entering Azerbaijan illegally, ministry spokesman Elshan Amiri told AMA.",
           "detention", flag="relative_unknown", count=2, q="exact", unit="people",
           claimant="Interior Ministry spokesman Elshan Amiri",
           note="'Yesterday' = the day before the stamp '16 september', but no year is known: relative_unknown; "
                "place of detention not stated"),
    ],
))


# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the other development set
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Artsakh", "Nakhchivan", "Syunik", "Martuni", "Martakert", "Askeran", "Agarak", "AGARAK",
               "Khojavend", "Lori", "Kotayk", "Ararat", "Gegharkunik", "Vayots Dzor", "Sevan", "Kajaran", "Sisian",
               "Vayk", "Jermuk", "Masis", "Artashat", "Tatev", "Tashtun", "Lisagor", "Moscow", "Russia", "Tabriz",
               "TABRIZ", "Jolfa", "Julfa", "Georgia", "Gori", "Tbilisi", "Aghdam", "Hadrut", "Zabukh", "Sus",
               "Gubadli", "Zangezur", "Hakari", "GORIS", "KAPAN", "MEGHRI", "KORNIDZOR", "STEPANAKERT", "ARMENIA",
               "Norduz", "Vorotan", "Tegh", "Kornidzor", "Shushi", "Mehri", "Gafan", "Gorus", "Vostok", "Kavkaz",
               "ARAN", "NUR", "SAPA", "ASA", "AMA", "SIS", "Orbis", "Narek", "Armen", "Latifi", "Amiri", "Aydin",
               "Arsen", "Lena", "Anna"]


def build(write=True):
    return build_set(HERE, DOCS, write)


def check(written):
    return check_set(HERE, written, EXTRA_NAMES)


if __name__ == "__main__":
    w = build()
    for rec in w:
        print(f"{rec['doc_id']:40s} {rec['style']:12s} given={str(rec['published_given']):5s} words={rec['words']:4d} "
              f"mentions={len(rec['mentions']):3d} claims={len(rec['claims']):3d}")
    print(f"total: {len(w)} docs, {sum(len(r['mentions']) for r in w)} mentions, "
          f"{sum(len(r['claims']) for r in w)} claims")
    if "--check" in sys.argv:
        sys.exit(1 if check(w) else 0)
