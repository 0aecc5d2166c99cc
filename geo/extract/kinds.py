"""Rule 4, kind: from the verb that governs a count, else from the restriction, diplomatic or
movement words of the sentence."""
from __future__ import annotations

import re

from .counts import words_to_number
from .units import BUS_UNITS, PEOPLE_UNITS, SERVICE_UNITS, VEHICLE_UNITS
from .verbs import _DETENTION, _STOCK, _VEHICLES_STAND, _Verb, movement_verbs, restriction_words

_DIPLOMATIC_STRONG = re.compile(
    r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|summon(?:ed|s|ing)?|note|protest(?:ed|s)?(?=\s+(?:to|against|over|note))"
    r"|(?:lodged|sent|issued|delivered)\s+a\s+protest|diplomat(?:s|ic)?(?!\s+(?:passports?|plates?))"
    r"|met(?!\s+(?:with\s+)?(?:local\s+)?(?:residents|villagers|shepherds|farmers|locals|families|refugees|herders))"
    r"|(?<!told\sa\s)meet(?:s|ing|ings)?(?!\s+with\s+(?:village\s+heads|residents|villagers|locals|families|farmers))"
    r"|talks|negotiat(?:ed|ions?)|summit|agreement|accords?|declaration"
    r"|(?:trilateral|ceasefire|joint|tripartite)\s+statement|statement\s+(?:of|signed)\s+(?:on\s+)?\d"
    r"|propos(?:ed|al|als)|urged|called\s+on|appeal(?:ed|s)?\s+to|demand(?:ed|s)|asked\s+(?=(?-i:[A-Z]))"
    # "customs officials agreed last week to extend …", "the protocol was signed", "the Iranian side was informed"
    r"|agreed(?=\s+(?:\w+\s+){0,3}?(?:to|on|upon|at|that)\b)|protocols?|memorand(?:um|a)|condemn(?:ed|s)"
    # "telephoned officials in Baku and Yerevan", "the ministry warned that …": one government to another
    r"|telephoned|phoned|(?:tele)?phone\s+(?:call|conversation|talks?)"
    r"|(?:ministry|minister|guards?|service|side|Tehran|Baku|Yerevan|Moscow|Ankara)\b[^.;]{0,40}?\bwarned"
    r"|warned\s+(?:both\s+sides|the\s+(?:two\s+)?(?:parties|sides)|Baku|Yerevan|Armenia|Azerbaijan)"
    r"|discuss(?:ed|es|ing)|discussions|welcomed\s+(?:the|a|an|this|that|its)\s+(?:\w+\s+)?(?:decision|move|step|statement"
    r"|agreement|announcement|proposal|opening|talks|initiative)"
    r"|(?:was|were|been)\s+informed|decision\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ministers|council|leaders|government))\b",
    re.I)
# "the ministry said", "according to the statement" only say who speaks: no diplomatic act in them.
# A bus on this story carries people: "the last bus from Stepanakert arrived" moves a population.
_PEOPLE_WORDS = re.compile(r"\b(?:people|persons?|residents?|families|refugees?|civilians?|population|inhabitants"
                           r"|pupils|students|passengers|evacuees|bus(?:es)?|citizens|returnees|IDPs|children"
                           r"|displaced\s+persons)\b", re.I)
# Vehicles that carry people nobody counted ("23 buses carrying elderly residents") move a population.
_CARRIED_PEOPLE = re.compile(
    r"\b(?:carr(?:ying|ied|y)|transport(?:ing|ed)|with|full\s+of|shuttl\w*|ferr\w*"
    r"|to\s+(?:take|bring|carry|evacuate|pick\s+up|collect))\s+(?P<words>(?:[\w,-]+\s+){0,2}?)"
    r"(?:people|persons|residents|refugees|civilians|children|families|patients|passengers|arrivals|evacuees)\b", re.I)
_SUBORDINATE = re.compile(r"\b(?:when|since|after|before|until|because|by|while|as|that|which|who)\b", re.I)


def _verb_kind(verb: _Verb, unit: str | None, has_destination: bool) -> str | None:
    """The claim kind a verb gives: traffic words only for vehicles, carrying verbs by whether they arrive;
    vehicles that 'returned' went back out of where they had come to."""
    if verb.text.lower().startswith("return") and unit in VEHICLE_UNITS:
        return "exit"
    if verb.kind == "traffic" and unit in PEOPLE_UNITS and verb.text.lower().startswith(("register", "clear",
                                                                                         "process", "count")):
        return "population_movement"  # "100,632 refugees had been registered in Armenia": they arrived
    if verb.kind == "traffic":
        return "crossing" if unit in VEHICLE_UNITS else None
    if verb.kind == "population_movement" and unit in VEHICLE_UNITS and unit not in BUS_UNITS:
        return "crossing"  # "a convoy of six ambulances evacuated 23 people": the vehicles cross, their load moves
    if verb.kind == "delivery":
        return "entry" if has_destination else "crossing"
    return verb.kind


# "this village of 1,100 people", "a population estimated at 120,000": the count is a population.
_POPULATION_BEFORE = re.compile(
    r"\b(?:(?:village|town|city|community|settlement|region|district)\s+of|home\s+to|population\s+(?:of|estimated\s+at|put\s+at"
    r"|numbering)|(?:also\s+|now\s+|still\s+)?(?:shelters|sheltered|houses|accommodates))"
    r"\s+(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than)\s+)?$", re.I)
_SAID_TAIL = re.compile(r",\s+[^,]{0,80}?\b(?:said|says|reported|reports|told|added|noted|stated)\b[^,]*$")
_REMAINS = frozenset({"bodies", "remains", "corpses"})
# "Khramort had about 500 residents before the war": a place's population, then
_HAD_BEFORE = re.compile(r"\b(?:has|had|have)\s+(?:(?:only|some|about|around|nearly|almost|roughly|over|more\s+than"
                         r"|fewer\s+than|just)\s+)?$", re.I)


def counted_kind(segment: str, verb: _Verb | None, unit: str | None, sentence: str,
                 has_destination: bool = False, carries_people: bool = False, before: str = "", at: int = 0) -> str:
    """Kind of a counted claim: people held are a detention; people who stay somewhere a context figure
    ('stock'), unless a movement verb governs; a restriction governs; else the verb; people moving are a
    population movement."""
    if _DETENTION.search(segment):
        return "detention"
    if _KEPT_BEFORE.search(before) and _FROM_MOVING.search(segment, at):
        return "restriction"  # "stopped 604 people who are banned from travelling abroad from leaving the country"
    if (unit in PEOPLE_UNITS or unit in SERVICE_UNITS) and (_CASUALTY_BEFORE.search(segment[max(0, at - 40):at])
                                 or _CASUALTY_AFTER.match(segment, at)):
        return "other"  # "an explosion killed at least 170 people who were queuing to leave": the dead moved nowhere
    # the count's clause, or what it is the subject of past a later figure ("19 trucks carrying 360 tonnes have waited"),
    # without the closing ", the government said" (with a list's comma it would look like an aside)
    rest = _SAID_TAIL.sub("", sentence[len(before):])
    if unit in _REMAINS:
        return "other"  # "the ICRC has carried 26 bodies to the forensic centre": the dead, not a movement of people
    if (unit in PEOPLE_UNITS or unit in SERVICE_UNITS or unit == "drivers") and (_is_stock(segment, _STOCK, at) or _is_stock(rest, _STOCK)
                                                             or _POPULATION_BEFORE.search(before)
                                                             or _HAD_BEFORE.search(before) and _RESIDENTS_COUNTED.match(segment, at)
                                                             or _RESIDENT_TALLY.search(before)
                                                             or _THERE_ARE.search(before) and _IN_A_PLACE.match(segment, at)) \
            or (unit in VEHICLE_UNITS or unit == "tonnes") and (_is_stock(segment, _VEHICLES_STAND, at)
                                                                or _is_stock(rest, _VEHICLES_STAND)):
        return "stock"
    if unit in PEOPLE_UNITS and _OWNED_BEFORE.search(before) and _RESIDENTS_COUNTED.match(segment, at):
        return "stock"  # "… of the region's estimated 120,000 residents": who live there
    if unit in PEOPLE_UNITS and _CUT_OFF_BEFORE.search(segment, 0, at):
        return "stock"  # "has cut off some 120,000 people from supplies": the people under it (the cut is beside)
    if _governing_restriction(segment, verb):
        return "restriction"
    if verb is not None and verb.start <= len(sentence) and _NEGATED.search(sentence[:verb.start]):
        return "restriction"  # "400 tons of food are not being delivered from Armenia daily": what does not move
    if verb is not None and _OBLIGED.search(sentence[:verb.start]):
        verb = None  # "13 children who must be urgently transported": a need, not a movement
    if verb is not None and verb.kind == "delivery" and _HANDED_OUT.search(segment):
        return "other"  # "peacekeepers have handed over some 230 tonnes of aid to the population": handed out, not a passage
    kind = _verb_kind(verb, unit, has_destination) if verb is not None else None
    if kind:
        # servicemen handed over or repatriated are prisoners going home, a population movement; troops deploying are not
        handed = unit in SERVICE_UNITS and re.match(r"(?:hand|repatriat)", verb.text, re.I) is not None
        # "43 wounded servicemen had been brought to the hospital in Martuni": a medical evacuation
        treated = unit in SERVICE_UNITS and _TO_HOSPITAL.search(segment) is not None
        return _people_kind(kind, unit in PEOPLE_UNITS or unit in BUS_UNITS or carries_people or handed or treated)
    if _DIPLOMATIC_STRONG.search(sentence):
        return "diplomatic"
    if unit in PEOPLE_UNITS and (_RESIDENTS.search(segment) or _PEOPLE_OF_PLACE.match(segment, at)) \
            or unit in SERVICE_UNITS:  # "for the roughly 1,500 people of Vorotan, the road is the only link"
        return "stock"  # "Baku puts the number of Armenian residents at about 50,000": who live there, not a move
    if _HAS_BEFORE.search(before) and verb is None or \
            unit not in VEHICLE_UNITS and (_is_stock(segment, _AT_WORK, at) or _is_stock(rest, _AT_WORK)):
        return "stock"  # "about 3,300 deminers and 190 dogs are working in the area": who (and what) are there now
    return "other"


_KEPT_BEFORE = re.compile(r"\b(?:stopp(?:ed|ing)|prevent(?:ed|ing|s)?|kept|keeping|barr(?:ed|ing))\s+(?:(?:some|about|over"
                          r"|nearly|around|more\s+than|at\s+least)\s+)?$", re.I)
_FROM_MOVING = re.compile(r"[^.;]*?\bfrom\s+(?:leaving|entering|crossing|travell?ing|returning|reaching|going)\b", re.I)
# "The village now has about 90 households", "the centre has 140 sappers": what a place or a body has
_HAS_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:only|some|about|around|nearly|almost|roughly|over|more\s+than"
                         r"|fewer\s+than|just|at\s+least)\s+)?$", re.I)
# People, animals and machines at work somewhere, said in the present: there now, going nowhere.
_AT_WORK = re.compile(r"\b(?:are|is)\s+(?:now\s+|currently\s+|still\s+|also\s+)?(?:engaged|working|employed|involved"
                      r"|on\s+duty|at\s+work|operating|serving|based|deployed|stationed)\b", re.I)


_HANDED_OUT = re.compile(r"\b(?:hand(?:ed|s|ing)?\s+(?:over|out)|distribut\w+)\b[^.;]{0,80}?\bto\s+(?:the\s+)?(?:local\s+)?"
                         r"(?:population|residents|families|people|locals|inhabitants|needy)\b"
                         r"|\bkeys\s+to\b[^.;]{0,60}?\b(?:were|was)\s+handed\s+over", re.I)  # keys handed over: a ceremony
_TO_HOSPITAL = re.compile(r"\b(?:to|into)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:hospitals?|clinics?|medical\s+cent(?:re|er)s?)\b", re.I)
_NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever|\bno\s+longer|\b(?:nobody|no\s+one)(?:\s+(?:has|have|had|could|can))?)\s+"
                      r"(?:(?:yet|been|being|be|so\s+far|able\s+to)\s+)*(?:\w+ly\s+)?$", re.I)
# a need, or what someone said would happen ("a plane that officials said would bring 15 captives; it landed empty")
_OBLIGED = re.compile(r"\b(?:must|need(?:s|ed)?\s+to|should|would|ha(?:ve|s)\s+to|waiting\s+to)\s+(?:be\s+)?(?:\w+ly\s+)?$",
                      re.I)
_CASUALTY_BEFORE = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:\w+\s+){0,3}$"
                              r"|\b(?:killed|wounded|injured)\s+(?:at\s+least|some|about|nearly|over)\s*$"
                              # "handed over the remains of more than 1,700 soldiers": the dead
                              r"|\b(?:remains|bodies)\s+of\s+(?:(?:more\s+than|about|some|at\s+least|over|nearly)\s+)?$", re.I)
_CASUALTY_AFTER = re.compile(r"(?:\d[\d,]*)?[^\d.;,]{0,40}?\b(?<!who\s)(?<!that\s)(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
                             r"(?:killed|wounded|injured)"  # the count's own figure first
                             r"|\S+(?:\s+\w+){0,2}?\s+died\b", re.I)
# "…, bringing the number of residents there to about 640": how many live there now
_RESIDENT_TALLY = re.compile(r"\bthe\s+(?:number|total)\s+of\s+(?:residents|inhabitants|people\s+living)\b[^.;]{0,40}$", re.I)
# "as of 1 October there are 100,514 displaced persons from Karabakh in the country": how many are there now
_THERE_ARE = re.compile(r"\bthere\s+(?:are|were)\s+(?:now\s+|still\s+|currently\s+)?"
                        r"(?:(?:some|about|around|approximately|nearly|almost|over|more\s+than|at\s+least)\s+)?$", re.I)
_IN_A_PLACE = re.compile(r"[^.;:]*?\b(?:in|at)\s+(?:the\s+(?:country|region|republic|city|town|village)\b|[A-Z])")
_RESIDENTS = re.compile(r"\b(?:residents|inhabitants|population)\b", re.I)
_OWNED_BEFORE = re.compile(r"(?:['’]s|\bof\s+(?:the|its|an?))\s+(?:(?:estimated|pre-war|remaining|some|about|nearly)\s+)*$",
                           re.I)
_RESIDENTS_COUNTED = re.compile(r"[\d,.]+\s+(?:[\w-]+\s+){0,2}?(?:residents|inhabitants)\b", re.I)
_PEOPLE_OF_PLACE = re.compile(r"[\d,.]+\s+(?:people|residents|inhabitants)\s+of\s+(?-i:[A-Z])", re.I)
_CUT_OFF_BEFORE = re.compile(r"\b(?:cut(?:s|ting)?\s+off|isolat(?:ed|es|ing)|trapp(?:ed|ing)|besieg(?:ed|ing))\s+"
                             r"(?:(?:some|about|nearly|around|almost|more\s+than|over|at\s+least)\s+)?$", re.I)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|;")
_COMMA_CLAUSE = re.compile(r",\s(?:[^,]|(?<=\d),(?=\d))*?,\s")


def _is_stock(segment: str, words: re.Pattern, at: int = 0) -> bool:
    """The count's own clause says where people are ('1,100 residents remain stranded'), not where they went:
    the first stock or movement word outside commas decides ('Twelve families, stranded since …, returned')."""
    # "limited to 40 vehicles an hour, the ministry said, and queues formed": the queue is another clause's
    boundary = _NEXT_CLAUSE.search(segment, at)
    if boundary and not words.search(segment, 0, boundary.start()):
        return False
    # a comma clause, figures in it whole ("120,000"), unless it is the count's own ("On 11 August, 12 trucks …, the")
    main = _COMMA_CLAUSE.sub(lambda m: m.group() if m.start() <= at < m.end() else ", ", segment)
    # "100,000 of a population estimated at 120,000 left": the population is what they are a share of
    main = re.sub(r"\b(?:out\s+)?of\s+(?:a|the|an|its)\s+(?:total\s+|pre-war\s+)?population\b[^,;]*", "", main)
    stock = words.search(main)
    if stock is None:
        return False
    # "trucks carrying flour have been standing": a participle describes the vehicles, it is not what they do
    moved = [v for v in movement_verbs(main) if v.kind != "traffic" and not (  # "Traffic was halted … trucks waited"
        (v.text.lower().endswith("ing") or v.text.lower().startswith("bound"))
                                                     and not re.search(r"\b(?:is|are|was|were|been|be)\s+$", main[:v.start]))]
    return not moved or stock.start() < moved[0].start

# A restriction that the sentence names only to deny it.
_DENIED = re.compile(r"\b(?:(?:claims?|reports?|allegations?|accusations?|talk)\s+(?:of|about|that)|(?:there\s+is\s+)?no"
                     r"|not\s+a|den(?:y|ies|ied)|reject(?:s|ed)?)\s+(?:any\s+)?(?:a\s+|an\s+|the\s+)?$", re.I)


# "before the closure", "since the blockade": the restriction only says when.
# "during the ongoing blockade", "amid the Azerbaijani blockade": when, not what the count did
_WHEN_OF = re.compile(r"\b(?:before|after|since|until|till|following|during|throughout|amid|despite|ahead\s+of)\s+"
                      r"(?:the\s+|its\s+|this\s+|that\s+)?(?:(?!(?:was|were|is|are|has|had|have|been)\b)[\w-]+\s+){0,2}?$",
                      re.I)  # not "since the road was closed": a clause of its own


def _governing_restriction(segment: str, verb: _Verb | None) -> bool:
    """A restriction word governs, unless the count moves and the word sits in a clause about when or why
    ('stranded since the blockade began, returned home')."""
    moves = verb is not None and verb.kind not in ("traffic",)
    for m in restriction_words(segment):
        if _DENIED.search(segment[:m.start()]) or _WHEN_OF.search(segment[:m.start()]):
            continue  # "Baku rejects claims of a blockade, …", "before the closure, the post processed 1,874 trucks"
        clause = re.split(r"[,;]", segment[:m.start()])[-1]
        if moves and _SUBORDINATE.search(clause):
            continue
        return True
    return False


# "This once again proves that Armenia's claims of a 'blockade' are groundless": the sentence denies the restriction
_DENIAL = re.compile(r"\b(?:groundless|baseless|unfounded|disinformation|misinformation|slander|lies|false|fake|myth"
                     r")\b", re.I)  # not "so-called": a side's word for the activists, not a denial


def uncounted_kind(sentence: str, has_destination: bool = False) -> str:
    """Kind of a dated sentence with no count. A ministry that only *says* something is an attribution,
    so weak diplomatic words ('ministry', 'statement') rank below movement verbs."""
    if _DETENTION.search(sentence) and not _PLACE_CAPTURED.search(sentence):
        return "detention"
    if not _DENIAL.search(sentence) and any(not _DENIED.search(sentence[:m.start()]) for m in restriction_words(sentence)):
        return "restriction"
    if _LAND_HANDED.search(sentence):
        return "other"  # "Kalbajar district was returned to Azerbaijan under the trilateral statement": land, not talks
    if _VISIT.search(sentence):
        return "other"  # "a nine-member UN team travelled to Karabakh", "EU monitors visited the village": a visit
    if _DIPLOMATIC_STRONG.search(sentence):
        return "diplomatic"
    for verb in movement_verbs(sentence, nouns=False):
        kind = _verb_kind(verb, None, has_destination)
        if kind and _NEGATED.search(sentence[:verb.start]):
            return "restriction"  # "Gas from Armenia has not reached the region since March 22": what does not get through
        if kind:
            return _people_kind(kind, bool(_PEOPLE_WORDS.search(sentence)))
    return "other"


# "Sugovushan was captured by Armenian forces in April 1994": a place taken, nobody held
_PLACE_CAPTURED = re.compile(r"^\s*(?:The\s+(?:village|town|city|district)\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
                             r"(?:was|were|had\s+been)\s+(?:captured|occupied|seized)\b")
_LAND_HANDED = re.compile(r"\b(?:district|region|town|city|villages?|territor(?:y|ies)|lands?)\s+(?:was|were|had\s+been)\s+"
                          r"(?:returned|handed\s+over|transferred|ceded)\s+to\b|\breturned\s+under\s+(?:\w+\s+)?control\b"
                          r"|\b[Ii]t\s+was\s+(?:returned|handed\s+over)\s+to\s+(?:Azerbaijan|Armenia)\b", re.I)


_VISIT = re.compile(r"\b(?:team|mission|delegation|monitors|observers|inspectors|experts)\b[^.;]{0,60}?"
                    r"\b(?:travell?ed|visited|visit|arrived|went|drove|reached)\b|\b(?:visited|toured)\b", re.I)


def _people_kind(kind: str, people: bool) -> str:
    if people and kind in ("entry", "exit", "crossing"):
        return "population_movement"
    return kind


def carries_people(segment: str) -> bool:
    """'14 buses carried 520 people', 'sent 30 buses to take residents': vehicles whose load is people — but a
    convoy 'with nine patients' is still a convoy crossing."""
    return any(not m.group().lower().startswith(("with", "full")) for m in _CARRIED_PEOPLE.finditer(segment))


def carries_uncounted_people(segment: str) -> bool:
    """'buses carrying elderly residents', 'shuttled new arrivals' — but not 'with nine patients' (counted)."""
    for m in _CARRIED_PEOPLE.finditer(segment):
        words = m.group("words").split()
        if not any(w[0].isdigit() or words_to_number(w) is not None for w in words):
            return True
    return False
