"""Write part A of the eighth real-phrasing DEVELOPMENT set (tests/data/eval-real-8/a-*.json) from the hand-written
specs below.

The texts are fictional, modelled on the phrasing of real published reports (see README-a.md). The labels are a
careful analyst's reading of each text, written BEFORE anyone tuned the code on this set and blind to the code:
nobody read or ran geo/* or `corridor-watch eval` to produce them, and nobody looked at the extractor's output.
This script only turns that reading into offsets: every mention is found with str.find, in reading order, as a
whole word (tests/data/label_tools.py), and every claim's sentence is found as an exact, unique substring.

    Part A's specs only: a combined tests/data/eval-real-8/build_labels.py (left to the developer) builds or checks
    the whole set. Run alone, this file writes the a-*.json files and checks them.

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
ENTRY_AM = "entry/exit at Armenia's borders are read relative to Armenia (the brief's rule)"
ENTRY_AZ = "entry/exit at Azerbaijan's border with Russia are read relative to Azerbaijan (the brief's rule)"
RIVER_NULL = "a river: not in the gazetteer"
MARGARA = ("Margara, Armavir, Armenia (GeoNames 613075), the village at the Margara–Alican crossing on the Turkish "
           "border; 'the Margara bridge' leaves the feature noun out (the gazetteer has no crossing), as eval-real-7 "
           "labels 'the Margara crossing'")
SAMUR_CP = ("the Samur checkpoint (Azerbaijan–Russia border, named after the Samur river): not in the gazetteer; not the "
            "village Samur in Azerbaijan (GeoNames 585150) nor Samur in Dagestan (498904); as eval-real labels it")
AGK = ("'the Agarak checkpoint' = the Agarak–Norduz crossing (gazetteer 'agarak-norduz', name 'Agarak checkpoint'), "
       "not the town")
NORDUZ = "Norduz = the Agarak–Norduz crossing (gazetteer name 'Norduz'); the common noun is left out"
DISTRICT = "'{} district(s)' = the district of the town, labelled with the town's id (as eval-real-7 labels 'Tovuz district')"

DOCS = []

# ----------------------------------------------------------------------------------------------------------
# 1. Armenian agency item. Saturday 11 February 2023; given. Dateline WITH the year:
#    "YEREVAN, February 11, 2023, Ardzagank –". Five aid trucks cross the Margara bridge into Turkey after the
#    6 February earthquakes.
# ----------------------------------------------------------------------------------------------------------
ARD = "Ardzagank"
LA = "Lusine Abovyan, the Armenian Foreign Ministry spokeswoman"
MES = "the Armenian Ministry of Emergency Situations"
M0 = D("2023-02-11")
M_LEAD = ("YEREVAN, February 11, 2023, Ardzagank – Five trucks loaded with humanitarian aid for earthquake survivors "
          "crossed the Margara bridge into Turkey this morning, the first vehicles to pass the Armenia–Turkey border "
          "since 1993, Foreign Ministry spokeswoman Lusine Abovyan told Ardzagank.")
M_TONNES = ("The convoy carried 100 tonnes of cargo: 55 tonnes of food, 30 tonnes of drinking water and 15 tonnes of "
            "medicines and blankets, the Ministry of Emergency Situations said.")
M_RESC = ("Since the February 6 earthquakes, Armenia has so far sent 58 rescuers to the disaster zone: 28 to Turkey "
          "and 30 to Syria.")
M_EVAC = ("On Thursday, 14 Armenian citizens evacuated from Hatay (nine adults and five children) reached Yerevan by bus "
          "through Georgia, the Foreign Ministry said.")
M_RESC_SPAN = "2023-02-06", "2023-02-11", "period"
DOCS.append(dict(
    doc_id="a-am-agency-margara-aid-feb-2023", style="armenian", side="armenian",
    outlet="Ardzagank (fictional Armenian news agency, English service)",
    title="Armenian aid trucks cross Margara bridge into Turkey, first vehicles in 30 years",
    published="2023-02-11", published_given=True,
    published_in_text=dict(surface="YEREVAN, February 11, 2023, Ardzagank", date="2023-02-11", how="dateline"),
    captions=["The Margara bridge over the Akhurian river in April 2021. Photo: Ardzagank archive"],
    not_places=[("Abovyan", "surname of the Foreign Ministry spokeswoman (Lusine Abovyan); Abovyan is a town in Kotayk, "
                            "Armenia (GeoNames 617026) and a village in Ararat (617027)")],
    patterns=["P-dateline-with-year", "P-agency-dateline", "P-relative-today", "P-headline-restated",
              "P-duration-not-count", "P-number-in-words", "P-colon-breakdown", "P-tonnes", "P-since-year",
              "P-closure-since", "P-distance-not-count", "P-metonymy-capital", "P-month-year", "P-historic-crossing",
              "P-event-in-name", "P-diplomatic-statement", "P-relative-weekday", "P-yearless-date", "P-so-far",
              "P-since-date", "P-colon-split-by-place", "P-evacuation", "P-buses", "P-bracket-breakdown",
              "P-vague-plural", "P-stock-still", "P-future-closure", "P-province-no-id", "P-caption-archive",
              "P-caption-old-date", "P-surname-place"],
    traps=["the dateline 'YEREVAN, February 11, 2023, Ardzagank' carries the year, and the date is also given (Saturday "
           "11 February 2023): 'this morning', 'on Friday', 'On Thursday', 'on Sunday evening', 'February 6' resolve",
           "'Five trucks ... crossed the Margara bridge into Turkey' = exit (relative to Armenia); the headline's "
           "crossing is restated in the body and labelled there; '30 years' in the headline is a duration",
           "'100 tonnes of cargo: 55 ..., 30 ... and 15 ...' = one claim with a breakdown (the parts add up), besides "
           "the five trucks (another unit of the same crossing)",
           "'has been closed since 1993' = one restriction from 1 January 1993 to publication; '311 kilometres' is a "
           "distance; 'Ankara' = Turkey (metonymy, labelled as the city)",
           "'last opened in December 1988, when Turkish aid reached Armenia' = a dated entry with no count; 'the Spitak "
           "earthquake' = a toponym in an event's name",
           "the envoy's thanks ('this morning') and the phone call ('on Friday') = two diplomatic claims",
           "'58 rescuers ...: 28 to Turkey and 30 to Syria' = three claims (a split by place is never a breakdown); "
           "'Since the February 6 earthquakes ... so far' = 6-11 February 2023, and the earthquakes are their own "
           "dated event",
           "'14 Armenian citizens evacuated from Hatay (nine adults and five children)' = one evacuation with a "
           "breakdown (the bracket adds up; numbers in words); 'Dozens more are still waiting' = vague stock",
           "'The bridge will close again on Sunday evening' = a future restriction (12 February 2023)",
           "'Igdir province' and 'Hatay' are provinces (no id); 'Alican' (the Turkish side) has no id; the Akhurian is "
           "a river",
           "'Abovyan' (surname) collides with GeoNames places; the caption ends in an old date (April 2021)"],
    mentions=[
        MM("Margara", "gn:613075", note="headline; " + MARGARA), MM("Turkey", "turkey", note="headline"),
        MM("YEREVAN", "yerevan", note="dateline in capitals"),
        MM("Margara", "gn:613075", note=MARGARA), MM("Turkey", "turkey"),
        MM("Armenia", "armenia", note="'the Armenia–Turkey border': the two countries, one mention each"),
        MM("Turkey", "turkey"),
        MM("Yerevan", "yerevan"),
        MM("Alican", None, "border_crossing",
           note="'the Alican checkpoint' (Turkish side of the Margara crossing, Iğdır province): not in the gazetteer "
                "nor in cities500; the facility noun is left out"),
        MM("Turkey", "turkey", note="'Turkey's Igdir province'"),
        MM("Igdir", None, "region",
           note="'Igdir province' = the Turkish province (common noun left out): not in the gazetteer; GeoNames 311665 "
                "is the city Iğdır, not the province"),
        MM("Adiyaman", "gn:325330", note="Adıyaman, Turkey (GeoNames 325330), the quake-hit city the trucks went to"),
        MM("Ankara", "gn:323786", note="metonymy for the Turkish government, labelled as the city (GeoNames 323786)"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Margara", "gn:613075", note="'The gate at Margara'; " + MARGARA),
        MM("Armenia", "armenia"),
        MM("Spitak", "gn:616199", note="'the Spitak earthquake' (1988): toponym in an event's name; Spitak, Lori "
                                       "(GeoNames 616199)"),
        MM("Turkey", "turkey", note="'Turkey's special envoy'"), MM("Armenia", "armenia"),
        MM("Yerevan", "yerevan", note="metonymy for the Armenian government, labelled as the city"),
        MM("Armenia", "armenia"), MM("Turkey", "turkey"),
        MM("Syria", "gn:163843", note="Syria (GeoNames country 163843): not in the gazetteer"),
        MM("Hatay", None, "region",
           note="Hatay province, Turkey: not in the gazetteer; 'Hatay' is only a GeoNames alternate name of the city "
                "Antakya (323779), so the province has no id"),
        MM("Yerevan", "yerevan"), MM("Georgia", "georgia"),
        MM("Gaziantep", "gn:314830", note="Gaziantep, Turkey (GeoNames 314830)"),
        MM("Ankara", "gn:323786", note="metonymy for the Turkish government, labelled as the city"),
        MM("Margara", "gn:613075", note="caption; " + MARGARA),
        MM("Akhurian", None, "river", note="caption; the Akhurian (Arpaçay) river on the border: " + RIVER_NULL),
    ],
    claims=[
        CC(M_LEAD, "exit", *M0, count=5, q="exact", unit="trucks", origin="armenia", destination="turkey",
           via="gn:613075", claimant=LA,
           note="'crossed the Margara bridge into Turkey' = out of Armenia: exit (" + ENTRY_AM + "); 'Five' in words; "
                "'this morning' = 11 February 2023; the dateline opens the sentence; 'since 1993' here only qualifies "
                "'the first vehicles' (the closure is labelled on its own sentence)"),
        CC(M_TONNES, "exit", *M0, count=100, q="exact", unit="tonnes",
           breakdown=[(55, "tonnes of food"), (30, "tonnes of drinking water"), (15, "tonnes of medicines and blankets")],
           origin="armenia", destination="turkey", via="gn:613075", claimant=MES,
           note="the same convoy's cargo in another unit (two claims, as eval-real-7 splits trucks and travellers); "
                "the parts after the colon add up to 100: one claim with a breakdown"),
        CC("The land border, 311 kilometres long, has been closed since 1993, when Ankara shut it in support of "
           "Azerbaijan.", "restriction", "1993-01-01", "2023-02-11", "period", place="turkey", claimant=ARD,
           note="a closure 'since 1993' with a perfect tense = 1 January 1993 (day and month not stated) to "
                "publication; no count; '311 kilometres' is a distance; the closure is Turkey's, so place = Turkey"),
        CC("The gate at Margara was last opened in December 1988, when Turkish aid reached Armenia after the Spitak "
           "earthquake.", "entry", *month(1988, 12), "month", origin="turkey", destination="armenia", via="gn:613075",
           claimant=ARD,
           note="aid passing into Armenia through the gate in December 1988 = entry with no quantity (count and "
                "qualifier null); the gate's opening and the aid's passage are one event, labelled once"),
        CC("Turkey's special envoy for normalisation with Armenia thanked Yerevan for the shipment on Twitter this "
           "morning.", "diplomatic", *M0, claimant=ARD,
           note="a statement between governments = diplomatic; 'this morning' = 11 February 2023"),
        CC("The two envoys had discussed the crossing by phone on Friday, Abovyan said.", "diplomatic",
           *D("2023-02-10"), claimant=LA,
           note="talks between the two envoys = diplomatic; 'on Friday' before Saturday 11 February 2023 = 10 February"),
        CC(M_RESC, "population_movement", *M_RESC_SPAN, count=58, q="exact", unit="rescuers", origin="armenia",
           claimant=ARD,
           note="rescuers sent abroad = people moving; running total 'so far' 'Since the February 6 earthquakes' = 6 "
                "February 2023 (yearless, the publication year) to publication; two destinations, so destination "
                "null; the split by country is two more claims, never a breakdown"),
        CC(M_RESC, "population_movement", *M_RESC_SPAN, count=28, q="exact", unit="rescuers", origin="armenia",
           destination="turkey", claimant=ARD, note="second claim: the part sent to Turkey (a split by place)"),
        CC(M_RESC, "population_movement", *M_RESC_SPAN, count=30, q="exact", unit="rescuers", origin="armenia",
           destination="gn:163843", claimant=ARD, note="third claim: the part sent to Syria (a split by place)"),
        CC(M_RESC, "other", *D("2023-02-06"), claimant=ARD,
           note="fourth claim: the earthquakes themselves, 'February 6' (2023), the event behind the aid (as "
                "eval-real-7 labels the start of the clashes and the flood); two countries, so place null"),
        CC(M_EVAC, "population_movement", *D("2023-02-09"), count=14, q="exact", unit="people",
           breakdown=[(9, "adults"), (5, "children")], destination="yerevan", via="georgia",
           claimant="the Armenian Foreign Ministry",
           note="an evacuation by bus = population_movement; 'On Thursday' = 9 February 2023; the bracket adds up "
                "(nine + five, in words) = one claim with a breakdown; origin Hatay (province) has no id; 'through "
                "Georgia' = via"),
        CC("Dozens more are still waiting in Gaziantep for transport home, according to the Armenian community there.",
           "stock", *M0, flag="vague_count", q="unspecified", unit="people", place="gn:314830",
           claimant="the Armenian community in Gaziantep",
           note="people waiting = stock; 'Dozens' = vague; 'still' = publication day"),
        CC("The bridge will close again on Sunday evening, the State Revenue Committee said, and any further convoy "
           "would need a new agreement with Ankara.", "restriction", *D("2023-02-12"), place="gn:613075",
           claimant="the State Revenue Committee",
           note="a planned closure = restriction with its future date ('on Sunday evening' = 12 February 2023); no "
                "count; the needed agreement is conditional, not a claim"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 2. Azerbaijani news portal, HTML. Thursday 29 August 2024; NOT given; the date is only in
#    <meta property="article:published_time"> (nothing visible), so a reader of the page knows it.
#    Truck queues at Samur on the border with Russia.
# ----------------------------------------------------------------------------------------------------------
UN = "UlduzNews"
SCC = "Azerbaijan's State Customs Committee"
S0 = D("2024-08-29")
S_LEAD = ("About 900 trucks were waiting to leave Azerbaijan at the Samur checkpoint on the border with Russia on "
          "Thursday morning, in a line that stretched for some 12 kilometres back past Yalama, the State Customs "
          "Committee told UlduzNews.")
S_SPLIT = ("In the first seven months of the year, 61,400 trucks left Azerbaijan through Samur and 48,900 entered from "
           "Russia, according to customs figures.")
YALAMA = ("Yalama, a village of Khachmaz district near the Russian border: not in the gazetteer nor in cities500 "
          "(eval-real labels 'the Yalama border station' null)")
KHACH = "Xaçmaz (Khachmaz), Azerbaijan (GeoNames 584717)"
DOCS.append(dict(
    doc_id="a-html-az-portal-samur-queue-aug-2024", style="azerbaijani", side="azerbaijani",
    outlet="UlduzNews (fictional Azerbaijani news portal, English edition)",
    title="Samur queue tops 1,500 trucks as fruit season peaks",
    published="2024-08-29", published_given=False,
    html_file="a-html-az-portal-samur-queue-aug-2024.html",
    published_in_text=dict(surface="2024-08-29T11:20:00+04:00", date="2024-08-29", how="html meta"),
    captions=["Trucks wait near Yalama on Thursday. Photo: UlduzNews"],
    not_places=[("Babek", "given name of the customs post head (Babek Mammadli); Babek is a GeoNames alternate name of "
                          "Babak, Nakhchivan, Azerbaijan (148413)")],
    patterns=["P-html-meta", "P-no-visible-date", "P-headline-only-count", "P-more-than-headline",
              "P-stock-waiting", "P-queue-distance", "P-about-count", "P-relative-weekday", "P-duration-not-count",
              "P-range-count", "P-rate", "P-currently-rate", "P-since-weekday", "P-closure-no-count",
              "P-river-vs-crossing", "P-quote-no-claim", "P-diplomatic-talks", "P-vague-hundreds",
              "P-said-yesterday", "P-first-n-months", "P-direction-pair", "P-since-month-year", "P-remain-closed",
              "P-undated-restriction", "P-district-of-town", "P-caption-credit", "P-given-name-place"],
    traps=["the publication date is only in <meta property=\"article:published_time\"> (nothing visible); not passed, "
           "but a reader of the page knows it (Thursday 29 August 2024): 'Thursday morning', 'currently', 'since "
           "Monday', 'on Wednesday', 'yesterday', 'of the year', 'remain' resolve",
           "the headline's '1,500 trucks' is never in the body (the body has about 900 on the Azerbaijani side and "
           "'hundreds' on the Russian side; never added): from_headline; 'tops' = more than = at_least",
           "'About 900 trucks were waiting' = a stock; 'some 12 kilometres' is a distance; 'up to three nights' a "
           "duration",
           "'Between 250 and 300 trucks a day are currently crossing into Russia' = exit (relative to Azerbaijan), "
           "at_least 250, a rate on the publication day",
           "'Samur' three ways: the checkpoint (headline, 'the Samur checkpoint', 'the Samur customs post', 'through "
           "Samur'; no id) and 'the Samur river' (a river); the village Samur (585150) is neither",
           "'only one lane ... has been open to freight since Monday' = restriction 26-29 August",
           "the customs chiefs' phone call = diplomatic (between two governments' agencies)",
           "'Hundreds of empty trucks ... were also held up on the Russian side yesterday' = vague stock",
           "'61,400 trucks left Azerbaijan ... and 48,900 entered from Russia' = exit and entry (a split by "
           "direction); 'In the first seven months of the year' = 1 January - 31 July 2024",
           "'remain closed ..., as they have been since March 2020' = one restriction to publication",
           "'Police in Khachmaz have closed the right lane' = a restriction with no time stated: undated",
           "'the Guba and Khachmaz districts' = the towns' districts; 'Dagestan' has no id",
           "'Babek' (given name) collides with a GeoNames alternate name"],
    mentions=[
        MM("Samur", None, "border_crossing", note="headline; 'Samur queue'; " + SAMUR_CP),
        MM("Azerbaijan", "azerbaijan"),
        MM("Samur", None, "border_crossing", note=SAMUR_CP),
        MM("Russia", "russia"),
        MM("Yalama", None, "settlement", note=YALAMA),
        MM("Guba", "gn:585221", note="Quba (Guba), Azerbaijan (GeoNames 585221); " + DISTRICT.format("Guba")),
        MM("Khachmaz", "gn:584717", note=KHACH + "; " + DISTRICT.format("Khachmaz")),
        MM("Makhachkala", "gn:532096", note="Makhachkala, Dagestan, Russia (GeoNames 532096)"),
        MM("Moscow", "gn:524901", note="Moscow, Russia (GeoNames 524901): not in the gazetteer"),
        MM("Russia", "russia"),
        MM("Yarag-Kazmalyar", None, "border_crossing",
           note="Yarag-Kazmalyar, the Russian checkpoint opposite Samur (Dagestan): not in the gazetteer nor in "
                "cities500"),
        MM("Samur", None, "river", note="'the Samur river' (the border river): " + RIVER_NULL + "; not the checkpoint"),
        MM("Samur", None, "border_crossing", note="'the Samur customs post'; " + SAMUR_CP),
        MM("Russia", "russia", note="'Russia's Federal Customs Service'"),
        MM("Dagestan", None, "region", note="Dagestan, a republic of Russia: not in the gazetteer nor in cities500"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Samur", None, "border_crossing", note="'through Samur'; " + SAMUR_CP),
        MM("Russia", "russia"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's land borders'"),
        MM("Khachmaz", "gn:584717", note="'Police in Khachmaz': " + KHACH),
        MM("Yalama", None, "settlement", note="caption; " + YALAMA),
    ],
    claims=[
        CC("Samur queue tops 1,500 trucks as fruit season peaks", "stock", *S0, from_headline=True, count=1500,
           q="at_least", unit="trucks", claimant=UN,
           note="stated only in the headline: the body gives about 900 on the Azerbaijani side and 'hundreds' on the "
                "Russian side, never a total (never derived); 'tops' = more than = at_least; a present-tense "
                "headline = the page's day; Samur has no id, so place null"),
        CC(S_LEAD, "stock", *S0, count=900, q="about", unit="trucks", claimant=SCC,
           note="trucks waiting = stock; 'on Thursday morning' = 29 August 2024, the page's day; 'some 12 "
                "kilometres' is a distance, not a count; Samur has no id, so place null"),
        CC("Between 250 and 300 trucks a day are currently crossing into Russia, the committee said.", "exit", *S0,
           count=250, q="at_least", unit="trucks", destination="russia", claimant=SCC,
           note="'crossing into Russia' from Samur = out of Azerbaijan: exit (" + ENTRY_AZ + "); a range: lower bound "
                "250 as at_least, upper bound 300; a rate ('a day'), 'currently' = the page's day; origin not "
                "written in the clause, so null"),
        CC("On the Russian side, at Yarag-Kazmalyar, only one lane of the bridge over the Samur river has been open "
           "to freight since Monday because of repairs.", "restriction", "2024-08-26", "2024-08-29", "period",
           claimant=SCC,
           note="a lane closure = restriction, no count; 'since Monday' with a perfect tense = Monday 26 August to "
                "publication; the committee's attribution carries over; Yarag-Kazmalyar has no id, so place null"),
        CC("The committee's chairman discussed the jam with the head of Russia's Federal Customs Service by phone on "
           "Wednesday, and both sides agreed to add night shifts, the committee said.", "diplomatic",
           *D("2024-08-28"), claimant=SCC,
           note="talks between two governments' customs services = diplomatic; 'on Wednesday' = 28 August 2024"),
        CC("Hundreds of empty trucks returning from Dagestan were also held up on the Russian side yesterday, drivers "
           "told UlduzNews by phone.", "stock", *D("2024-08-28"), flag="vague_count", q="unspecified", unit="trucks",
           place="russia", claimant="drivers",
           note="trucks held up = stock (they had not crossed); 'Hundreds' = vague; 'yesterday' = 28 August 2024"),
        CC(S_SPLIT, "exit", "2024-01-01", "2024-07-31", "period", count=61400, q="exact", unit="trucks",
           origin="azerbaijan", claimant=SCC,
           note="'left Azerbaijan' = exit (" + ENTRY_AZ + "); 'In the first seven months of the year' = 1 January - "
                "31 July 2024; Samur has no id, so via null; 'customs figures' = the committee"),
        CC(S_SPLIT, "entry", "2024-01-01", "2024-07-31", "period", count=48900, q="exact", unit="trucks",
           origin="russia", claimant=SCC,
           note="second claim: 'entered from Russia' = entry (a split by direction = its own claim); destination not "
                "written, so null"),
        CC("Passenger cars are not affected: Azerbaijan's land borders remain closed to private travellers, as they "
           "have been since March 2020, and only trucks, buses with special permission and diplomats may cross.",
           "restriction", "2020-03-01", "2024-08-29", "period", place="azerbaijan", claimant=UN,
           note="one restriction: the land-border closure 'since March 2020' (first day of the month) to publication "
                "('remain'); the exemptions are part of it"),
        CC("Police in Khachmaz have closed the right lane of the highway to cars for 20 kilometres to keep the trucks "
           "off the road, the district administration said.", "restriction", place="gn:584717",
           claimant="the Khachmaz district administration",
           note="a lane closure = restriction, no count; no time is stated ('have closed'), so undated (as eval-real-7 "
                "reads 'have also set up a checkpoint'); '20 kilometres' is a distance"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 3. Azerbaijani state-agency item (TASS-like). Thursday 3 October 2024; given. Dateline "JABRAYIL, October 3.
#    /Yurd/." (no year). The first former IDPs return to the rebuilt city of Jabrayil.
# ----------------------------------------------------------------------------------------------------------
YURD = "Yurd"
SCR = "Azerbaijan's State Committee for Refugees and IDPs"
SPO = "the office of the president's special representative in the Jabrayil, Gubadli and Zangilan districts"
J0 = D("2024-10-03")
J_LEAD = ("JABRAYIL, October 3. /Yurd/. The first 24 families of former internally displaced persons, 98 people in "
          "all, arrived in the rebuilt city of Jabrayil on Thursday morning, Azerbaijan's State Committee for Refugees "
          "and IDPs said.")
J_BUS = ("Four buses carrying the returnees left Baku's Garadagh district at dawn, escorted by police cars, and drove "
         "south along the Horadiz–Jabrayil highway.")
J_LIVE = ("About 1,100 people now live and work in Jabrayil, most of them construction workers, civil servants and "
          "police officers, according to the office of the president's special representative in the Jabrayil, "
          "Gubadli and Zangilan districts.")
GAR = "the Garadagh district of Baku (Qaradağ raion): not in the gazetteer nor in cities500"
DOCS.append(dict(
    doc_id="a-az-agency-jabrayil-return-oct-2024", style="azerbaijani", side="azerbaijani",
    outlet="Yurd (fictional Azerbaijani state news agency, English service)",
    title="First 24 families return to rebuilt Jabrayil city after 31 years",
    published="2024-10-03", published_given=True,
    published_in_text=dict(surface="JABRAYIL, October 3. /Yurd/.", date=None, how="dateline"),
    captions=["Returnees board the buses in Garadagh on Thursday morning. Photo: Yurd"],
    not_places=[("Fuzuli", "given name of a returnee (Fuzuli Hasanov); Fuzuli is a town in Azerbaijan (gazetteer "
                           "'fuzuli', GeoNames 148106); the town itself is not mentioned in this text")],
    patterns=["P-tass-dateline", "P-yearless-dateline", "P-headline-restated", "P-duration-not-count",
              "P-families-and-people", "P-relative-weekday", "P-buses", "P-number-in-words", "P-nested-road",
              "P-district-of-city", "P-quote-no-claim", "P-given-name-place", "P-relative-last-week",
              "P-now-stock", "P-permit-restriction", "P-future-date", "P-yearless-date", "P-since-month",
              "P-running-tally", "P-region-not-syunik", "P-historic-date", "P-district-of-town",
              "P-caption-credit"],
    traps=["the dateline 'JABRAYIL, October 3. /Yurd/.' has no year, but the date is given (Thursday 3 October 2024): "
           "'on Thursday morning', 'on Tuesday', 'last week', 'now', 'on October 15', 'Since January' resolve",
           "'The first 24 families ..., 98 people in all' = two claims (families and people); the headline is "
           "restated in the body; '31 years' is a duration",
           "'Four buses carrying the returnees' = buses carrying people (population_movement), another unit of the "
           "same return",
           "'Horadiz–Jabrayil highway' = one nested road mention (no id)",
           "'Fuzuli Hasanov' is a person: 'Fuzuli' is not the town (not_place); the quote ('when we fled') is not "
           "dated and not a claim",
           "'Keys to 120 new apartments ... on Tuesday' and '12 residential blocks last week' = dated, counted "
           "'other' events; 'last week' = Monday 23 - Sunday 29 September 2024",
           "'About 1,100 people now live and work in Jabrayil' = a stock; 'Entry ... only with a permit' = a "
           "restriction on the publication day",
           "'due to leave Garadagh on October 15' = a future movement (2024)",
           "'Since January, 3,850 families have been resettled' = a running total, 1 January - 3 October 2024",
           "'East Zangezur' is Azerbaijan's economic region, not Armenia's Syunik (which the gazetteer also calls "
           "Zangezur): null region",
           "'the Jabrayil, Gubadli and Zangilan districts' = the towns' districts (town ids)",
           "the occupation (23 August 1993) and the recapture (4 October 2020) are dated 'other' events"],
    mentions=[
        MM("Jabrayil", "jabrayil", note="headline; the city"),
        MM("JABRAYIL", "jabrayil", note="dateline in capitals"),
        MM("Jabrayil", "jabrayil"),
        MM("Azerbaijan", "azerbaijan", note="'Azerbaijan's State Committee for Refugees and IDPs'"),
        MM("Baku", "baku", note="'Baku's Garadagh district'"),
        MM("Garadagh", None, "region", note=GAR),
        MM("Horadiz–Jabrayil highway", None, "road",
           note="a road named by its ends (en dash): one mention, no id (as eval-real labels it)",
           inside=[("Horadiz", "gn:148003"), ("Jabrayil", "jabrayil")]),
        MM("Baku", "baku"),
        MM("Sumgayit", "gn:584923", note="Sumgayit, Azerbaijan (GeoNames 584923)"),
        MM("Mingachevir", "gn:585514", note="Mingachevir, Azerbaijan (GeoNames 585514)"),
        MM("Baku", "baku"),
        MM("Jabrayil", "jabrayil"),
        MM("Jabrayil", "jabrayil", note=DISTRICT.format("Jabrayil") + " (gazetteer 'jabrayil')"),
        MM("Gubadli", "gubadli", note=DISTRICT.format("Gubadli") + " (gazetteer 'gubadli')"),
        MM("Zangilan", "zangilan", note=DISTRICT.format("Zangilan") + " (gazetteer 'zangilan')"),
        MM("Garadagh", None, "region", note=GAR),
        MM("Karabakh", "karabakh"),
        MM("East Zangezur", None, "region",
           note="Azerbaijan's East Zangezur economic region (Jabrayil, Gubadli, Zangilan, Lachin, Kalbajar): not in "
                "the gazetteer; NOT Armenia's Syunik, which the gazetteer also names 'Zangezur'"),
        MM("Lachin", "lachin"), MM("Zangilan", "zangilan"),
        MM("Jabrayil", "jabrayil"),
        MM("Garadagh", None, "region", note="caption; " + GAR),
    ],
    claims=[
        CC(J_LEAD, "population_movement", *J0, count=24, q="exact", unit="families", destination="jabrayil",
           claimant=SCR,
           note="returnees arriving = population_movement; 'on Thursday morning' = 3 October 2024; the dateline "
                "opens the sentence; origin not written in the sentence"),
        CC(J_LEAD, "population_movement", *J0, count=98, q="exact", unit="people", destination="jabrayil",
           claimant=SCR, note="second claim: the same return in people (families and people = two claims)"),
        CC(J_BUS, "population_movement", *J0, count=4, q="exact", unit="buses", origin="baku",
           destination="jabrayil", claimant=YURD,
           note="buses carrying people = population_movement; 'Four' in words; 'at dawn' of the same Thursday; origin "
                "= Baku (its Garadagh district has no id); destination = the city the highway leads to (the "
                "returnees' city); the highway has no id, so via null; no attribution in the sentence: the agency"),
        CC("Keys to 120 new apartments were handed over at a ceremony in Baku on Tuesday, the committee said.",
           "other", *D("2024-10-01"), count=120, q="exact", unit="apartments", place="baku", claimant=SCR,
           note="a handover ceremony = other, dated and counted; 'on Tuesday' = 1 October 2024"),
        CC("Water and electricity were connected to the first 12 residential blocks last week.", "other",
           "2024-09-23", "2024-09-29", "period", count=12, q="exact", unit="residential blocks", place="jabrayil",
           claimant=SCR,
           note="'last week' = Monday 23 - Sunday 29 September 2024; the committee's attribution carries over; the "
                "blocks are in the city (the paragraph's subject)"),
        CC(J_LIVE, "stock", *J0, count=1100, q="about", unit="people", place="jabrayil", claimant=SPO,
           note="people who live in a place = stock; 'now' = publication day; 'most of them ...' is not a count"),
        CC("Entry to the city remains possible only with a permit from that office.", "restriction", *J0,
           place="jabrayil", claimant=SPO,
           note="entry only with a permit = restriction, no count; 'remains' = publication day"),
        CC("The next group of 30 families is due to leave Garadagh on October 15, the committee said.",
           "population_movement", *D("2024-10-15"), count=30, q="exact", unit="families", destination="jabrayil",
           claimant=SCR,
           note="a planned movement = labelled with its future date ('October 15' without a year = 2024, still to "
                "come); origin Garadagh has no id; destination = Jabrayil ('The next group' of the same programme)"),
        CC("Since January, 3,850 families have been resettled in Karabakh and East Zangezur under the Great Return "
           "programme, among them the first residents of Lachin and Zangilan.", "population_movement", "2024-01-01",
           "2024-10-03", "period", count=3850, q="exact", unit="families", claimant=YURD,
           note="running total 'Since January' with a perfect tense = 1 January 2024 to publication; two regions (one "
                "without id), so destination null; no attribution in the sentence: the agency"),
        CC("The Armenian army occupied Jabrayil on August 23, 1993.", "other", *D("1993-08-23"), place="jabrayil",
           claimant=YURD, note="a dated event on the topic (capture of the city) = other"),
        CC("The city was retaken by the Azerbaijani army on October 4, 2020, and has been rebuilt almost from scratch.",
           "other", *D("2020-10-04"), place="jabrayil", claimant=YURD,
           note="a dated event on the topic (recapture) = other; the rebuilding is undated"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 4. Iranian agency item (English service). Wednesday 27 March 2024 (Farvardin 8, 1403); NOT given, but the dateline
#    carries the Solar Hijri date with its year. Nowruz traffic at Norduz–Agarak and a new Tehran–Yerevan bus line.
# ----------------------------------------------------------------------------------------------------------
SINA = "SINA"
HB = "Hamid Bakhtiar, head of the passenger office of East Azarbaijan's road transport administration"
N0 = D("2024-03-27")
N_SEASON = ("2024-03-15", "2024-03-27", "period")
N_LEAD = ("JOLFA, Farvardin 8, 1403 (SINA) – More than 18,000 Iranian travellers have entered Armenia through the "
          "Norduz border crossing since the Nowruz travel season began on Esfand 25, the head of the passenger office "
          "of East Azarbaijan's road transport administration said.")
N_RET = ("In the same period, about 11,200 travellers returned to Iran through the crossing, most of them families who "
         "spent the first days of the new year in Yerevan and at the ski resort of Tsaghkadzor, Hamid Bakhtiar told "
         "SINA.")
N_BUS = ("The first bus of a new scheduled service from Tehran to Yerevan left the capital's western terminal on "
         "Farvardin 3 with 42 passengers and reached the Armenian capital about 22 hours later, the operator said.")
JOLFA = "Jolfa, East Azerbaijan, Iran (GeoNames 130081 'Julfa'), not Julfa in Nakhchivan (148251)"
DOCS.append(dict(
    doc_id="a-ir-agency-nowruz-norduz-mar-2024", style="iranian", side="iranian",
    outlet="SINA, Safar-e Iran News Agency (fictional Iranian news agency, English service)",
    title="New bus line links Tehran and Yerevan as Iranian holidaymakers head to Armenia for Nowruz",
    published="2024-03-27", published_given=False,
    published_in_text=dict(surface="JOLFA, Farvardin 8, 1403 (SINA)", date="2024-03-27", how="dateline"),
    published_note="Farvardin 8, 1403 = Wednesday 27 March 2024 (Farvardin 1, 1403 = 20 March 2024; Esfand 1402 had "
                   "29 days)",
    captions=["Iranian travellers at the Norduz terminal on Monday. Photo: SINA"],
    not_places=[("SINA", "the agency's acronym; Sina is a GeoNames place (Sina, Peru, 3928601; also an alternate name "
                         "of Sīnah, Iraq, 90708)"),
                ("Hamid", "given name of the official (Hamid Bakhtiar); 'Hamid' is a GeoNames alternate name of "
                          "Isparta, Türkiye (311073)"),
                ("Bakhtiar", "surname of the official (Hamid Bakhtiar); Bakhtīār is a village in Iran (GeoNames "
                             "141852)")],
    patterns=["P-iranian-date-dateline", "P-iranian-day-no-year", "P-iranian-previous-year-day",
              "P-headline-no-figure", "P-over-count", "P-since-iranian-day", "P-running-tally", "P-direction-pair",
              "P-about-count", "P-same-period", "P-buses", "P-passengers", "P-duration-not-count", "P-rate",
              "P-now-stock", "P-vague-hundreds", "P-relative-weekday", "P-since-weekday", "P-clock-not-count",
              "P-closure-no-count", "P-diplomatic-meeting", "P-year-total", "P-future-date", "P-city-vs-crossing",
              "P-caption-credit", "P-acronym-agency", "P-given-name-place", "P-surname-place"],
    traps=["not given, but the dateline 'JOLFA, Farvardin 8, 1403 (SINA)' carries the Solar Hijri date with its year "
           "(= Wednesday 27 March 2024): 'Esfand 25', 'Farvardin 3', 'Farvardin 13', 'now', 'on Monday', 'Since "
           "Saturday', 'on Tuesday' resolve",
           "'Esfand 25' without a year precedes Farvardin 8, so it is Esfand 25, 1402 (the previous Solar year) = 15 "
           "March 2024; 'Farvardin 3' = 22 March 2024; 'Farvardin 13' (still to come) = 1 April 2024",
           "'More than 18,000 ... have entered Armenia ... since ... Esfand 25' = entry (relative to Armenia), "
           "at_least, a running total to publication; 'about 11,200 travellers returned to Iran' = exit over the same "
           "period (a split by direction)",
           "the start of the 'Nowruz travel season' is a calendar fact, not a claim",
           "'The first bus ... with 42 passengers' = population_movement (a bus carrying people); 'about 22 hours' "
           "is a duration; 'Three buses a week now run' = a rate on the publication day",
           "'Hundreds of private cars ... queued at Norduz on Monday' = vague stock; 'up to six hours' a duration",
           "'Since Saturday, Armenian customs have let trucks through at Agarak only between 10 pm and 8 am' = "
           "restriction 23-27 March; the clock times are not counts",
           "'Agarak' here is the crossing ('the Agarak checkpoint', 'at Agarak' = agarak-norduz), not the town",
           "'In 2023, about 190,000 Iranian tourists visited Armenia' = entry over the year 2023",
           "'expects the return flow to peak on Farvardin 13' = a future exit with no count",
           "'up to 180 days a year' is a duration (no claim); the visa rule is not a claim",
           "'SINA', 'Hamid' and 'Bakhtiar' collide with GeoNames places"],
    mentions=[
        MM("Tehran", "tehran", note="headline"), MM("Yerevan", "yerevan", note="headline"),
        MM("Armenia", "armenia", note="headline"),
        MM("JOLFA", "gn:130081", note="dateline in capitals; " + JOLFA),
        MM("Armenia", "armenia"),
        MM("Norduz", "agarak-norduz", note="'the Norduz border crossing'; " + NORDUZ),
        MM("East Azarbaijan", "east-azerbaijan", note="'East Azarbaijan's road transport administration': the province"),
        MM("Iran", "iran"), MM("Yerevan", "yerevan"),
        MM("Tsaghkadzor", "gn:616160", note="Tsaghkadzor, Kotayk, Armenia (GeoNames 616160), the ski resort"),
        MM("Tehran", "tehran"), MM("Yerevan", "yerevan"),
        MM("Tabriz", "gn:113646", note="Tabriz, Iran (GeoNames 113646)"),
        MM("Jolfa", "gn:130081", note=JOLFA),
        MM("Agarak checkpoint", "agarak-norduz", note=AGK),
        MM("Norduz", "agarak-norduz", note="'queued at Norduz'; " + NORDUZ),
        MM("Agarak", "agarak-norduz", note="'let trucks through at Agarak' = the crossing (metonymy), not the town"),
        MM("Tehran", "tehran", note="'the Armenian embassy in Tehran'"),
        MM("Iran", "iran", note="'Iran's ambassador'"), MM("Yerevan", "yerevan"),
        MM("Armenia", "armenia", note="'Armenia's tourism committee'"),
        MM("Gyumri", "gn:616635", note="Gyumri, Shirak, Armenia (GeoNames 616635)"),
        MM("Tabriz", "gn:113646"),
        MM("Armenia", "armenia"), MM("Iran", "iran"), MM("Russia", "russia"),
        MM("Armenia", "armenia"),
        MM("Norduz", "agarak-norduz", note="caption; 'the Norduz terminal' = the crossing's terminal; " + NORDUZ),
    ],
    claims=[
        CC(N_LEAD, "entry", *N_SEASON, count=18000, q="at_least", unit="people", destination="armenia",
           via="agarak-norduz", place="agarak-norduz", claimant=HB,
           note="'have entered Armenia' = entry (" + ENTRY_AM + "); 'More than' = at_least; running total 'since ... "
                "Esfand 25' with a perfect tense = Esfand 25, 1402 (15 March 2024; the year taken as the one before "
                "the dateline's Farvardin) to publication; travellers = people; origin not written, so null; the "
                "dateline opens the sentence"),
        CC(N_RET, "exit", *N_SEASON, count=11200, q="about", unit="people", destination="iran", via="agarak-norduz",
           place="agarak-norduz", claimant=HB,
           note="'returned to Iran through the crossing' = out of Armenia: exit; 'In the same period' = the lead's "
                "period; a split by direction = its own claim; 'most of them families' is not a count"),
        CC(N_BUS, "population_movement", *D("2024-03-22"), count=42, q="exact", unit="passengers", origin="tehran",
           destination="yerevan", claimant="the bus operator",
           note="a bus carrying people = population_movement; 'Farvardin 3' without a year = Farvardin 3, 1403 (the "
                "dateline's year) = 22 March 2024; 'about 22 hours' is a duration"),
        CC("Three buses a week now run on the route, via Tabriz, Jolfa and the Agarak checkpoint on the Armenian side.",
           "population_movement", *N0, count=3, q="exact", unit="buses", origin="tehran", destination="yerevan",
           via="agarak-norduz", claimant="the bus operator",
           note="scheduled buses carrying people = population_movement, a rate ('a week'); 'now' = publication day; "
                "the route is the previous sentence's Tehran-Yerevan service; via = the crossing (of the three "
                "stops, the border point)"),
        CC("Hundreds of private cars with Iranian plates queued at Norduz on Monday, and some families waited up to six "
           "hours to cross, travellers said.", "stock", *D("2024-03-25"), flag="vague_count", q="unspecified",
           unit="cars", place="agarak-norduz", claimant="travellers",
           note="a queue = stock; 'Hundreds' = vague; 'on Monday' = 25 March 2024; 'up to six hours' is a duration"),
        CC("Since Saturday, Armenian customs have let trucks through at Agarak only between 10 pm and 8 am, to keep the "
           "lanes free for holiday traffic, the Armenian embassy in Tehran said.", "restriction", "2024-03-23",
           "2024-03-27", "period", place="agarak-norduz", claimant="the Armenian embassy in Tehran",
           note="trucks let through only at night = restriction, no count; 'Since Saturday' with a perfect tense = 23 "
                "March 2024 to publication; the clock times are not counts"),
        CC("Iran's ambassador in Yerevan met the chairman of Armenia's tourism committee on Tuesday to discuss "
           "extending the bus line to Gyumri and opening a second route from Tabriz, the Iranian embassy said.",
           "diplomatic", *D("2024-03-26"), place="yerevan", claimant="the Iranian embassy in Yerevan",
           note="talks between an ambassador and a government body = diplomatic; 'on Tuesday' = 26 March 2024; the "
                "planned extensions are the talks' subject, undated"),
        CC("In 2023, about 190,000 Iranian tourists visited Armenia, according to Armenian figures, making Iran the "
           "second-largest source of visitors after Russia.", "entry", "2023-01-01", "2023-12-31", "period",
           count=190000, q="about", unit="people", destination="armenia", claimant="Armenian official figures",
           note="visitors arriving in Armenia over a year = entry (relative to Armenia); 'In 2023' = the whole year; "
                "tourists = people; the ranking is not a count"),
        CC("Bakhtiar said his office expects the return flow to peak on Farvardin 13, the last day of the holidays, "
           "when Iranians traditionally spend the day outdoors.", "exit", *D("2024-04-01"), destination="iran",
           place="agarak-norduz", claimant=HB,
           note="an expected peak of returns to Iran = a future exit with no count (count and qualifier null); "
                "'Farvardin 13' without a year, still to come = Farvardin 13, 1403 = 1 April 2024; the crossing is "
                "the article's subject"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 5. Wire story on the wire's web page, HTML. Friday 21 October 2022; given. The page's date is in
#    <time datetime="2022-10-21T15:40:00Z"> (shown as "21 October 2022, 15:40 GMT"); the story keeps the wire dateline
#    "KAPAN, Armenia, Oct 21 (Beacon) -" (no year). Iran opens its consulate in Kapan; Azerbaijan protests; trucks on
#    the Goris–Kapan road.
# ----------------------------------------------------------------------------------------------------------
BEACON = "Beacon"
K0 = D("2022-10-21")
K_LEAD = ("KAPAN, Armenia, Oct 21 (Beacon) - Iran opened a consulate general in Kapan on Friday, the first foreign "
          "mission in Armenia's southern Syunik province, a mountain region that carries almost all of Iran's overland "
          "trade with Armenia and beyond.")
K_PROT = ("On Thursday its Foreign Ministry summoned Iran's ambassador in Baku to protest against what a spokesman "
          "called \"provocative statements\" by Iranian officials about the Zangezur corridor.")
K_CP = ("In September last year, Azerbaijani police set up a checkpoint on a stretch of the road that passes through "
        "Azerbaijani territory near Vorotan and began charging Iranian drivers a fee.")
DOCS.append(dict(
    doc_id="a-html-wire-kapan-consulate-oct-2022", style="wire", side="international",
    outlet="Beacon (fictional international news wire), story page on its website",
    title="Iran opens consulate in Armenia's Kapan, on the truck route Baku wants to control",
    published="2022-10-21", published_given=True,
    html_file="a-html-wire-kapan-consulate-oct-2022.html",
    published_in_text=dict(surface="2022-10-21T15:40:00Z", date="2022-10-21", how="html time"),
    published_note="the page's <time datetime> (visible as '21 October 2022, 15:40 GMT'); the wire dateline 'KAPAN, "
                   "Armenia, Oct 21 (Beacon)' in the body has no year",
    captions=["Iranian trucks near Goris in September 2021. Photo: Beacon/Tom Ashford"],
    not_places=[("Beacon", "the wire's name; Beacon is a town in New York, USA (GeoNames 5108219)"),
                ("Ashford", "surname of the correspondent (Tom Ashford); Ashford is a town in Kent, England (GeoNames "
                            "2656955) and elsewhere")],
    patterns=["P-html-time", "P-wire-dateline", "P-yearless-dateline", "P-byline", "P-opening-ceremony", "P-metonymy-capital",
              "P-diplomatic-statement", "P-diplomatic-protest", "P-double-name", "P-relative-weekday",
              "P-corridor-name", "P-rate", "P-about-count", "P-nested-road", "P-city-vs-crossing",
              "P-last-year-month", "P-checkpoint-setup", "P-detention", "P-number-in-words", "P-month-inferred-year",
              "P-duration-not-count", "P-quote-no-claim", "P-now-stock", "P-future-date", "P-next-year",
              "P-caption-old-date", "P-agency-name-place", "P-surname-place"],
    traps=["an HTML page: the date is in <time datetime=\"2022-10-21T15:40:00Z\"> (also visible under the byline); the "
           "wire dateline 'KAPAN, Armenia, Oct 21 (Beacon)' has no year; the date is given (Friday 21 October 2022): "
           "'on Friday', 'On Thursday', 'In September last year', 'in January', 'on November 1', 'next year' resolve",
           "the opening of the consulate = other (an opening ceremony); the minister's statement at the ceremony and "
           "Azerbaijan's summons of the ambassador (the other side's protest) = two diplomatic claims",
           "'Syunik, which it calls Zangezur' = one region under two names (both 'syunik'); 'the Zangezur "
           "corridor' is the corridor (gazetteer 'zangezur-corridor'); 'Nakhchivan exclave' = the autonomous republic",
           "'About 280 Iranian trucks a day use the Goris–Kapan road' = a rate on the publication day ('say'); the "
           "road is one nested mention",
           "'the border crossing at Agarak' = the crossing (agarak-norduz), not the town",
           "'In September last year' = September 2021: a checkpoint set up (restriction) and, in the next sentence, "
           "'They detained two drivers' (detention, the same month carried over)",
           "'Stepanakert, which Azerbaijan calls Khankendi' = two names of one city (both 'khankendi')",
           "'opened a bypass road through Tatev in January' = January 2022 (yearless month, before publication)",
           "'about an hour' is a duration; the driver's quote is not a claim",
           "'About 43,000 people live in Kapan' = a stock on the publication day",
           "'start issuing visas on November 1' (2022) and 'open a consulate of its own in Tabriz next year' (2023) "
           "= future events",
           "'Beacon' (the wire) and 'Ashford' (the correspondent) collide with GeoNames places; the caption ends in "
           "an old date (September 2021)"],
    mentions=[
        MM("Iran", "iran", note="headline"), MM("Armenia", "armenia", note="headline; 'Armenia's Kapan'"),
        MM("Kapan", "kapan", note="headline"),
        MM("Baku", "baku", note="headline; metonymy for the Azerbaijani government, labelled as the city"),
        MM("KAPAN", "kapan", note="dateline in capitals"),
        MM("Armenia", "armenia", note="dateline 'KAPAN, Armenia'"),
        MM("Iran", "iran"), MM("Kapan", "kapan"),
        MM("Armenia", "armenia"), MM("Syunik", "syunik", note="'Syunik province' (common noun left out)"),
        MM("Iran", "iran"), MM("Armenia", "armenia"),
        MM("Iran", "iran", note="'Iran's foreign minister'"),
        MM("Tehran", "tehran", note="metonymy for the Iranian government, labelled as the city"),
        MM("Azerbaijan", "azerbaijan"), MM("Syunik", "syunik"),
        MM("Zangezur", "syunik", note="'which it calls Zangezur': the Azerbaijani name of Syunik (gazetteer name of "
                                      "'syunik')"),
        MM("Nakhchivan", "nakhchivan-ar", note="'its Nakhchivan exclave' = the Nakhchivan Autonomous Republic, not the "
                                               "city"),
        MM("Iran", "iran", note="'Iran's ambassador'"),
        MM("Baku", "baku"),
        MM("Zangezur corridor", "zangezur-corridor", note="gazetteer name; the feature noun is part of the name"),
        MM("Goris–Kapan road", "goris-kapan-highway", note="gazetteer road (name 'Goris-Kapan road', here with an en "
                                                           "dash)", inside=[("Goris", "goris"), ("Kapan", "kapan")]),
        MM("Agarak", "agarak-norduz", note="'the border crossing at Agarak' = the crossing, not the town"),
        MM("Vorotan", "vorotan", note="Vorotan, Syunik (gazetteer 'vorotan'), near the Azerbaijani stretch of the road"),
        MM("Stepanakert", "khankendi", note="Stepanakert/Khankendi: two names of one city (gazetteer 'khankendi')"),
        MM("Azerbaijan", "azerbaijan"),
        MM("Khankendi", "khankendi", note="the Azerbaijani name of Stepanakert ('which Azerbaijan calls Khankendi')"),
        MM("Armenia", "armenia"),
        MM("Tatev", "gn:174748", note="Tatev, Syunik (GeoNames 174748)"),
        MM("Tabriz", "gn:113646", note="'one driver from Tabriz': Tabriz, Iran (GeoNames 113646)"),
        MM("Kapan", "kapan"),
        MM("Kapan", "kapan"), MM("Syunik", "syunik"),
        MM("Armenia", "armenia"),
        MM("Tabriz", "gn:113646"),
        MM("Goris", "goris", note="caption"),
    ],
    claims=[
        CC(K_LEAD, "other", *K0, place="kapan", claimant=BEACON,
           note="the opening of a consulate = other (an opening ceremony, a dated event on the topic); 'on Friday' = "
                "21 October 2022; no count; the dateline opens the sentence"),
        CC("Iran's foreign minister, who cut the ribbon with his Armenian counterpart, told the ceremony that Tehran "
           "would not accept any change to the borders of the region.", "diplomatic", *K0, place="kapan",
           claimant="Iran's foreign minister",
           note="a statement between governments at the ceremony = diplomatic; 'the ceremony' = Friday 21 October "
                "2022 (the lead's day)"),
        CC(K_PROT, "diplomatic", *D("2022-10-20"), place="baku", claimant="Azerbaijan's Foreign Ministry",
           note="the other side's protest (an ambassador summoned) = diplomatic; 'On Thursday' = 20 October 2022; "
                "'its' = Azerbaijan's (previous sentence)"),
        CC("About 280 Iranian trucks a day use the Goris–Kapan road, the main link between the border crossing at "
           "Agarak and the north, Armenian officials say.", "crossing", *K0, count=280, q="about", unit="trucks",
           via="goris-kapan-highway", claimant="Armenian officials",
           note="trucks on a domestic road = crossing (no border direction); a rate ('a day') in the present tense = "
                "publication day; via = the road"),
        CC(K_CP, "restriction", *month(2021, 9), "month", place="vorotan", claimant=BEACON,
           note="a checkpoint set up and a fee charged = restriction, no count; 'In September last year' in an October "
                "2022 report = September 2021 (the day is not stated)"),
        CC("They detained two drivers who had delivered fuel to Stepanakert, which Azerbaijan calls Khankendi.",
           "detention", *month(2021, 9), "month", count=2, q="exact", unit="drivers", claimant=BEACON,
           note="people held = detention; 'two' in words; the previous sentence's 'In September last year' carries "
                "over (September 2021, day not stated); 'delivered fuel to Stepanakert' is background, not a "
                "movement claim; place not stated (the road)"),
        CC("Armenia opened a bypass road through Tatev in January, which keeps Iranian trucks away from the Azerbaijani "
           "posts.", "other", *month(2022, 1), "month", place="gn:174748", claimant=BEACON,
           note="the opening of a road = other; 'in January' without a year = January 2022 (the publication year, "
                "before publication); the trucks' route is not a counted movement"),
        CC("About 43,000 people live in Kapan, the capital of Syunik and its largest town.", "stock", *K0,
           count=43000, q="about", unit="people", place="kapan", claimant=BEACON,
           note="a population = stock; present tense in a dated story = publication day"),
        CC("The new consul general said the mission would start issuing visas on November 1.", "other",
           *D("2022-11-01"), place="kapan", claimant="the new Iranian consul general in Kapan",
           note="a planned start of a service = other with its future date; 'November 1' without a year = 2022 "
                "(still to come)"),
        CC("Armenia will open a consulate of its own in Tabriz next year, the Armenian Foreign Ministry said.",
           "other", "2023-01-01", "2023-12-31", "period", place="gn:113646", claimant="the Armenian Foreign Ministry",
           note="a planned opening (as the Kapan opening is 'other') with its future date: 'next year' = 2023, the "
                "whole year (period)"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# 6. Armenian local radio morning bulletin (Syunik; web transcript). Tuesday 13 May 2025; NOT given; NO date line
#    and NO year anywhere; only relative dates ('From tonight', 'Last night', 'Last week', 'Since Monday', 'by the end
#    of the month', 'Yesterday') -> relative_unknown.
# ----------------------------------------------------------------------------------------------------------
RZ = "Radio Zangak"
RD = "the roads department"
SRC = "the State Revenue Committee"
UNK6 = "no publication date is known (not given; the bulletin has no date line and no year anywhere)"
R_WEEK = "Last week, 2,950 trucks crossed there, 1,610 of them entering Armenia from Iran."
MAR = ("'the Meghri–Agarak road' = the southern end of the Kapan–Meghri–Agarak road (gazetteer "
       "'kapan-meghri-agarak'); not a gazetteer name, but a section of that road, so its id")
DOCS.append(dict(
    doc_id="a-am-radio-meghri-roadworks-may-2025", style="local", side="armenian",
    outlet="Radio Zangak (fictional Armenian provincial radio, Kapan; English web transcript)",
    title="Meghri–Agarak road to close at night for resurfacing; trucks told to wait in Meghri",
    published="2025-05-13", published_given=False, published_in_text=None,
    published_note="the morning bulletin of Tuesday 13 May 2025; the text states no date and no year",
    captions=[],
    not_places=[("Narek", "given name of the presenter (Narek Melkonyan); Narek is a village in Ararat, Armenia "
                          "(GeoNames 7647812)")],
    patterns=["P-radio-sign-on", "P-no-date-line", "P-no-year-anywhere", "P-relative-tonight", "P-future-closure",
              "P-clock-not-count", "P-duration-not-count", "P-nested-road", "P-road-section", "P-river-vs-village",
              "P-convoy-not-claim", "P-relative-last-night", "P-vague-plural", "P-stock-waiting",
              "P-present-no-relative", "P-about-count", "P-rate", "P-relative-last-week", "P-of-them-direction",
              "P-since-weekday", "P-distance-not-count", "P-closure-no-count", "P-future-end-of-month",
              "P-said-yesterday", "P-detention", "P-number-in-words", "P-city-vs-crossing", "P-weather-filler",
              "P-given-name-place"],
    traps=["no date line and no year anywhere, and the date is not given: 'From tonight', 'Last night', 'Last week', "
           "'Since Monday', 'by the end of the month', 'Yesterday' -> relative_unknown",
           "'the Meghri–Agarak road' = a section of the gazetteer's Kapan–Meghri–Agarak road: one nested mention",
           "'between eleven at night and six in the morning' are clock times; 'the next three weeks' a duration; "
           "'200-metre' a distance; '29 degrees' a temperature",
           "trucks held at a parking area and let through in convoys = part of the same closure, not labelled again",
           "'dozens of trucks were already parked ... outside Agarak' = a vague stock (the date flag wins over "
           "vague_count); 'outside Agarak' = the town, 'the Agarak checkpoint' = the crossing",
           "'About 400 trucks pass ... on an ordinary day' = a present-tense rate with no relative word and no known "
           "date: undated, no flag",
           "'2,950 trucks crossed there, 1,610 of them entering Armenia from Iran' = a crossing and an entry; the "
           "other direction is never derived",
           "'the Araks' is the river (no id), not the villages named Araks in Armenia (616938, 11107455)",
           "'detained two men' = a detention of two people ('two' in words)",
           "'Radio Zangak in Kapan', the Kajaran mine and the orchestra: filler, not claims",
           "'Narek' (the presenter's given name) collides with a GeoNames village; no captions (radio)"],
    mentions=[
        MM("Meghri–Agarak road", "kapan-meghri-agarak", note="headline; " + MAR,
           inside=[("Meghri", "meghri"), ("Agarak", "agarak")]),
        MM("Meghri", "meghri", note="headline"),
        MM("Kapan", "kapan", note="'Radio Zangak in Kapan'"),
        MM("Syunik", "syunik", note="'the news for Syunik'"),
        MM("Meghri–Agarak road", "kapan-meghri-agarak", note=MAR, inside=[("Meghri", "meghri"), ("Agarak", "agarak")]),
        MM("Araks", None, "river",
           note="the Araks (Aras) river on the Iranian border: " + RIVER_NULL + "; not the villages named Araks in "
                "Armenia (GeoNames 616938, 11107455)"),
        MM("Meghri", "meghri"),
        MM("Agarak", "agarak", note="'outside Agarak' = the border town (gazetteer 'agarak')"),
        MM("Iran", "iran"),
        MM("Agarak checkpoint", "agarak-norduz", note=AGK),
        MM("Armenia", "armenia"), MM("Iran", "iran"),
        MM("Shvanidzor", None, "settlement",
           note="Shvanidzor, a village of Meghri community on the road to Agarak: not in the gazetteer nor in "
                "cities500"),
        MM("Syunik", "syunik", note="'the roads department's Syunik office'"),
        MM("Iran", "iran"),
        MM("Kajaran", "gn:174880", note="'the Kajaran mine': Kajaran, Syunik (GeoNames 174880)"),
        MM("Kapan", "kapan", note="'the Kapan youth orchestra'"),
        MM("Meghri", "meghri"),
    ],
    claims=[
        CC("From tonight, the Meghri–Agarak road will be closed to all traffic between eleven at night and six in the "
           "morning while contractors resurface the stretch that runs along the Araks, the roads department says.",
           "restriction", flag="relative_unknown", place="kapan-meghri-agarak", claimant=RD,
           note="a planned nightly closure = restriction, no count; 'From tonight' with " + UNK6 + "; the clock times "
                "are not counts; the next sentence's 'for the next three weeks' is a duration of the same closure"),
        CC("Last night, dozens of trucks were already parked on the road shoulder outside Agarak, waiting to cross into "
           "Iran.", "stock", flag="relative_unknown", q="unspecified", unit="trucks", place="agarak", claimant=RZ,
           note="trucks waiting = stock; 'dozens' = vague, but the date flag wins: 'Last night' with " + UNK6),
        CC("About 400 trucks pass through the Agarak checkpoint in both directions on an ordinary day, according to the "
           "State Revenue Committee.", "crossing", count=400, q="about", unit="trucks", place="agarak-norduz",
           claimant=SRC,
           note="both directions = crossing; a rate ('on an ordinary day'); present tense with no relative word and no "
                "known date -> undated, no flag (as eval-real-7 reads 'stays open')"),
        CC(R_WEEK, "crossing", flag="relative_unknown", count=2950, q="exact", unit="trucks", place="agarak-norduz",
           claimant=SRC,
           note="both directions = crossing; 'Last week' with " + UNK6 + "; 'there' = the Agarak checkpoint; the "
                "committee's attribution carries over"),
        CC(R_WEEK, "entry", flag="relative_unknown", count=1610, q="exact", unit="trucks", origin="iran",
           destination="armenia", place="agarak-norduz", claimant=SRC,
           note="second claim: '1,610 of them entering Armenia from Iran' = entry (" + ENTRY_AM + "); the other "
                "direction (1,340) is never derived"),
        CC("Since Monday, a 200-metre section near Shvanidzor has been open in one lane only, after a rockfall damaged "
           "the retaining wall.", "restriction", flag="relative_unknown", claimant=RZ,
           note="one lane only = restriction, no count; 'Since Monday' with " + UNK6 + "; '200-metre' is a distance; "
                "Shvanidzor has no id, so place null"),
        CC("The works should be finished by the end of the month, the roads department's Syunik office told Radio "
           "Zangak.", "other", flag="relative_unknown", place="kapan-meghri-agarak",
           claimant="the roads department's Syunik office",
           note="the planned end of the works (and so of the closures) = other, a future event; 'by the end of the "
                "month' with " + UNK6),
        CC("Yesterday, border guards at the checkpoint detained two men who tried to cross into Iran with forged "
           "passports, the National Security Service said.", "detention", flag="relative_unknown", count=2, q="exact",
           unit="people", place="agarak-norduz", claimant="the National Security Service",
           note="people held = detention; 'two' in words; 'Yesterday' with " + UNK6 + "; 'the checkpoint' = the Agarak "
                "checkpoint"),
    ],
))

# ----------------------------------------------------------------------------------------------------------
# build and check: tests/data/real_dev_builder.py, shared with the other development sets
# ----------------------------------------------------------------------------------------------------------
# Names to look for when checking that no place occurrence was left unlabelled (review aid only).
EXTRA_NAMES = ["Karabakh", "Nakhchivan", "Syunik", "Zangezur", "Moscow", "Russia", "Georgia", "Tabriz", "Norduz",
               "Aras", "Araz", "Araks", "Meghri", "Agarak", "Kapan", "KAPAN", "Goris", "Yerevan", "YEREVAN", "Baku",
               "Tehran", "Turkey", "Syria", "Jabrayil", "JABRAYIL", "Jolfa", "JOLFA", "Julfa",
               # names added for this part (places, spellings, and the not_places of its texts)
               "Margara", "Alican", "Igdir", "Iğdır", "Adiyaman", "Ankara", "Spitak", "Hatay", "Antakya", "Gaziantep",
               "Akhurian", "Arpachay", "Samur", "Yalama", "Guba", "Quba", "Khachmaz", "Makhachkala",
               "Yarag-Kazmalyar", "Dagestan", "Garadagh", "Horadiz", "Sumgayit", "Mingachevir", "East Zangezur",
               "Gubadli", "Zangilan", "Lachin", "Fuzuli", "Tsaghkadzor", "Gyumri", "Vorotan", "Tatev", "Stepanakert",
               "Khankendi", "Shvanidzor", "Kajaran", "Armavir",
               "Abovyan", "Babek", "SINA", "Hamid", "Bakhtiar", "Beacon", "Ashford", "Narek",
               ]


if __name__ == "__main__":  # this part alone; a combined tests/data/eval-real-8/build_labels.py builds the set
    from real_dev_builder import main  # noqa: E402

    sys.exit(main(HERE, DOCS, EXTRA_NAMES, ["--check"]))
