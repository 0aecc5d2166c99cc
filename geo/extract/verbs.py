"""Words that move something or restrict it. Counts use them to tell a verb from an adjective
("35 trucks entered"), kinds to name the claim; they live apart so neither imports the other."""
from __future__ import annotations

import re
from dataclasses import dataclass

_MOVEMENT_KINDS: tuple[tuple[str, str], ...] = (
    # Longer phrases first: "entered and exited" is a crossing, not an entry.
    ("crossing", r"entered\s+and\s+(?:exited|left)|enter(?:s|ing)?\s+and\s+(?:exit|leave)(?:s|ing)?"
                 r"|ma(?:de|ke|kes|king)\s+(?:their|its|his|her)\s+way|head(?:ed|ing|s)\s+(?:back|home|out)"
                 r"|head(?:ed|ing|s)(?=\s+(?:to|towards?|for|into)\b)|(?<=\s)bound\s+(?=for\b)"
                 r"|(?:were|was|been|are|is)\s+let\s+through|let(?=\s+(?:[\w,]+\s+){1,3}?through\b)"
                 r"|(?<!Red\s)cross(?:ed|es|ing)?|went(?=\s+(?:back\s+)?(?:to|into|home|abroad)\b)|pass(?:ed|es|ing)?\s+(?:\w+ly\s+|unhindered\s+)?through|transit(?:ed|ing)?|went\s+through"
                 r"|travel(?:l?ed|l?ing|s)?(?!\s+(?:documents?|passports?|bans?|permits?|agenc(?:y|ies)|advisor(?:y|ies)|restrictions?))|passed(?=\s+(?:the|a|an|by|along|over|across|in\s+the\s+direction|towards?|from)\b)"
                 r"|pass(?:es|ing)?(?=\s+(?:\w+ly\s+)?(?:along|over|across|in\s+the\s+direction|towards?)\b)"
                 r"|continued\s+(?:on\s+)?(?:towards?|into|through|across|along)|continu(?:e|ed)\s+to(?=\s+(?-i:[A-Z]))"
                 r"|proceed(?:ed|s|ing)?(?=\s+(?:along|to|towards?|through|via)\b)"
                 r"|passage(?=\s+of\b)"  # "the passage of three more vehicles"
                 # "ten trucks drove from Khankendi towards Lachin" ("drove into" is an entry)
                 r"|dr(?:ove|ives?|iving|iven)(?=\s+(?:\w+\s+){0,2}?(?:from|towards?|through|along|across|past|via"
                 r"|back|in\s+the\s+direction)\b)"
                 # "since July 25 no buses have run between Stepanakert and district centres"
                 r"|r(?:an|un|uns|unning)(?=\s+(?:[\w,]+\s+){0,3}?(?:between|along|via)\b)"),
    ("population_movement", r"fled|flee(?:s|ing)?|evacuat(?:ed|ions?|ing|es?)|displaced|relocated|outflow|exodus"
                            r"|(?:re)?settled(?=\s+(?:\w+ly\s+)?(?:in|into|to)\b)|(?:had|has|have)\s+gone(?=\s+(?:back\s+)?to\b)"
                            r"|reunit(?:e|ed|es|ing)|freed"
                            # "Azerbaijan released 10 Armenian soldiers": prisoners going home, not a statement released
                            r"|releas(?:ed|es|ing)(?!\s+(?:a|an|the|its|their|his|her|new|official)\s+(?:\w+\s+)?(?:statements?"
                            r"|reports?|data|figures|video|footage|list|photos?|images?|information|details|results|update))"
                            # "the permanent residence of 380 families in Fuzuli has been ensured": settled there
                            r"|permanent(?:ly)?\s+(?:residence|settlement|resettlement|settled)"
                            # "the first 42 families received the keys to their new homes": they moved in
                            r"|receiv(?:ed|e|es|ing)\s+(?:the\s+)?keys\s+to"),
    ("entry", r"enter(?:ed|s|ing)?|cross(?:ed|es|ing)\s+(?:back\s+)?into|entry|entries|arriv(?:ed|es|ing|e)|brought\s+in(?:to)?|came\s+into|drove\s+into"
              r"|c(?:ame|ome|omes|oming)\s+back|c(?:ame|ome|omes|oming)(?=\s+(?:from|to|into|home)\b)"
              r"|reached|return(?:ed|s|ing)?|host(?:ed|s|ing)|t(?:ook|aken|akes)\s+in|welcomed(?!\s+(?:the|a|an|this|that|its)\s+(?:\w+\s+)?(?:decision|move|step|statement|agreement|announcement|news|proposal|opening|talks|initiative))|land(?:ed|s|ing)(?=\s+(?:at|in)\b)"),
    # "leaving Stepanakert without heating" deprives; it does not move anyone.
    ("exit", r"set\s+(?:off|out)|t(?:ook|akes|aking)\s+off(?=\s+from\b)|left(?!\s+(?:no|behind)\b)|leav(?:e|es|ing)(?!\s+no\b)(?!\s+(?:\S+\s+){0,4}?without\b)"
             r"|depart(?:ed|s|ing)?|exit(?:ed|s|ing)?|ship(?:ped|s|ping)?|export(?:ed|s|ing)?|dispatched"),
    # Carrying verbs: an entry where they say where to, else a passage ("escorting trucks").
    # Nouns that only name a service ("transport department") are left out; "the transfer of 23 patients" is in.
    ("delivery", r"deliver(?:ed|s|ing)?|brought|bring(?:s|ing)?|carr(?:y|ies|ied|ying)(?!\s+out\b)|escort(?:ed|s|ing)?"
                 r"|hand(?:ed|s|ing)?\s+over|repatriat(?:ed|es|ing)|transport(?:ed|ing)|(?<=to\s)transport|shuttl(?:e|ed|es|ing)|ferr(?:y|ies|ied|ying)|transfer(?:red|s|ring)?"
                 r"|sent(?=\s+(?:[\w,-]+\s+){0,12}?(?:along|to|towards?|into|through|via)\s+(?:the\s+)?(?:(?-i:[A-Z])"
                 r"|(?:disaster|affected|quake|earthquake|border)\s+(?:zone|area|region)s?\b))"
                 # "moved in with relatives in Khomarlu" moved there; "moved in with us" says nothing of where
                 r"|mov(?:ed|es|ing)(?!\s+in\s*(?:[.,;]|together\b|$))(?!\s+in\s+with\b(?![^.;]{0,40}?\b(?:in|at)\s+(?-i:[A-Z])))"
                 r"|flown|flew|t(?:ook|aken)(?=\s+(?:[\w,-]+\s+){0,6}?(?:out\s+of|from)\b)|t(?:ook|aken)(?=\s+(?:back\s+)?to\b)"
                 # "two buses took 64 residents to a dormitory in Odzun", "were taken by bus to a camp"
                 r"|t(?:ook|aken)(?=\s+(?:[\w,-]+\s+){0,5}?(?:to|into)\s+(?:a|an|the|hospitals?|(?-i:[A-Z]))\b)"
                 r"|t(?:ook|aken)(?=\s+(?:[\w,-]+\s+){0,4}?across\b)"),
    # Traffic words count vehicles going through: a crossing for a vehicle count, nothing for others.
    ("traffic", r"traffic|checked|inspected|registered|processed|cleared|use[sd]?|using|averaged|counted|spotted|observed"),
)
_MOVEMENT = re.compile("|".join(f"(?:{p})" for _, p in _MOVEMENT_KINDS), re.I)
_MOVEMENT_BY_KIND = [(k, re.compile(rf"\b(?:{p})\b", re.I)) for k, p in _MOVEMENT_KINDS]
_MOVING_KINDS = frozenset({"crossing", "entry", "exit", "population_movement"})
_RESTRICTION = re.compile(  # whole words: "urban" is no ban, "disclosed" nothing closed
    r"\b(?:restrict(?:ed|s|ing|ion|ions)?|block(?:ed|ing|ade)|blocks(?=\s+(?:the|all|access|traffic|roads?|entry|passage))|block(?=\s+(?:the|all|access|traffic|roads?|entry|passage))|ban(?:s|ned|ning)?"
    r"|clos(?:ed|ure|ing)|(?:will|would|shall|to)\s+(?:\w+\s+)?close(?!\s+(?:to|by)\b)"
    # "only one lane … open to freight", "let trucks through only between 10 pm and 8 am", a detour
    r"|only\s+(?:one|two|a\s+single)\s+(?:\w+\s+)?lanes?|only\s+between\s+\d+|divert(?:ed|ing|s)?|re-?rout(?:ed|ing|es)"
    r"|(?:ordered|forced|imposed)\s+(?:\w+\s+){0,3}?(?:a\s+)?detour|detoured"
    r"|sending\s+(?:[\w-]+\s+){0,3}?(?:trucks|vehicles|cars|traffic)\s+(?:along|via|through)"
    r"|no\s+(?:food|fuel|aid|goods|medicines?|cargo|humanitarian\s+\w+|supplies)\b[^.;]{0,40}?"
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:reached|entered|arrived|crossed|been\s+delivered)"
    r"|(?:allowed|permitted)\s+only|only\s+(?:\w+\s+){1,8}?(?:were|was|are|is)\s+(?:allowed|permitted)"
    r"|not\s+letting|(?:did|do|does)\s+not\s+let|refus(?:ed|es|ing)\s+(?:to\s+let|entry|passage|their)"
    r"|beg[au]n\s+(?:to\s+)?(?:check|inspect|tax|collect|search|charg)\w*|collect\w*\s+(?:\w+\s+){0,2}?(?:duties|fees|tolls|tax(?:es)?)"
    r"|prohibit(?:ed|s|ion)?|suspend(?:ed|s)?|halt(?:ed|s)?|obstacles?|turned\s+back|denied\s+(?:entry|passage)"
    r"|(?:are|is|were|was|been|be)\s+barred|shut(?:\s+down)?|sealed(?:\s+off)?"
    r"|only\s+(?:[\w-]+\s+){1,8}?(?:may|can)\s+(?:use|pass|cross|enter)"  # "only military vehicles may use the tunnel"
    r"|checkpoints?\b[^.;]{0,40}?\bin\s+operation"
    r"|limit(?:ed|s|ing)?|detain(?:ed|s|ing)?|arrest(?:ed|s)?"
    r"|(?:charg|impos|introduc|levi|levy)\w*\s+(?:\w+\s+){0,2}?(?:fees?|tolls?|tax(?:es)?)"
    r"|cut(?:s|ting)?\s+(?:off\s+)?(?:the\s+)?(?:\w+\s+)?(?:suppl(?:y|ies)|roads?|access|link|route|traffic|power|gas)"
    r"|(?:not|never|no\b[^.;]{0,40}?)\s+(?:been\s+)?(?:allowed|permitted)|(?:has|have|had|will|would)\s+not\s+let"
    # "entry to the district still requires a special permit": a permit regime
    r"|requir(?:e|es|ed|ing)\s+(?:a\s+|an\s+)?(?:special\s+|prior\s+)?(?:permits?|passes|permission|authori[sz]ation)"
    r"|(?:have|has|had|do|does|did|is|are|was|were|could|would|ca|wo)n[’']t\s+(?:been\s+)?(?:allowed|permitted|let)"
    r"|(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?stopped|stopp(?:ed|ing)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:convoys?|trucks?|vehicles?|cars?|buses|column)|stopp(?:ed|ing)\s+(?:all\s+)?traffic"
    r"|stopp(?:ed|ing)\s+(?:even\s+|all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:cargo|deliveries|supplies|aid|shipments)"
    # "stopped 604 people who are banned from travelling abroad from leaving the country": kept from moving
    r"|(?:stopp(?:ed|ing)|prevent(?:ed|ing|s)?|kept|keeping)\s+(?:[\w,-]+\s+){1,12}?from\s+(?:leaving|entering|crossing"
    r"|travell?ing|returning|reaching|going)"
    r"|(?:had|have|has|with)\s+no\s+(?:power|electricity|gas|heating|water)|(?:rolling\s+)?blackouts?|power\s+cuts?"
    r"|unable\s+to\s+(?:receive|get|obtain|move|deliver|transport|evacuate)"
    r"|(?:have|has|had)\s+been\s+(?:checking|inspecting|searching|stopping)"
    r"|siege|besieged|(?:unable\s+to|(?:could|can)\s*not|cannot)\s+(?:pass|cross|leave|enter|reach|return|get\s+through|board"
    r"|use|travel)|only\s+with\s+(?:a\s+|an\s+)?(?:special\s+)?(?:permits?|pass(?:es)?|permission)"
    r"|(?:was|were|been|is|are|remains?)\s+cut(?:\s+off)?"
    r"|(?:set\s+up|put\s+up|established|installed|erected|operat(?:ed|es|ing))\b[^.;]{0,60}?\b(?:checkpoints?|posts?|barriers?"
    r"|roadblocks?)"
    r"|(?:checkpoints?|posts?|barriers?|roadblocks?)\b[^.;]{0,90}?\b(?:set\s+up|put\s+up|established|installed|erected))\b",
    re.I)


# People held: a kind of its own, ahead of the restriction words that also name it.
_DETENTION = re.compile(
    r"\b(?:detain(?:ed|s|ing)?|detention|arrest(?:ed|s|ing)?|abduct(?:ed|ion|s)?|kidnapp?(?:ed|ing)|taken\s+(?:into\s+custody"
    r"|prisoner|captive|hostage)|held\s+(?:captive|hostage|in\s+custody)|captured"
    # "Baku acknowledges holding 23 people", "police held several drivers at the checkpoint", "those in its custody"
    r"|(?:acknowledg\w+|admit\w*|still|continues?\s+to|deny\w*)\s+hold(?:s|ing)?|in\s+(?:its|their|Azerbaijani|Armenian)\s+custody"
    # "17 drivers had been held since Tuesday at a police post", "two of them are still being questioned"
    r"|(?:had|have|has)\s+been\s+held\b|(?:were|was|are|is)\s+(?:still\s+)?(?:being\s+)?held\s+(?:at|in|by|since|for)\b"
    r"|(?:still\s+)?being\s+(?:questioned|interrogated)"
    r"|held\s+(?:(?:about|some|nearly|several|two|three|four|five|\d[\d,]*)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:people|persons|men|drivers|detainees|prisoners|captives|Armenians|Azerbaijanis|citizens|civilians|servicemen"
    r"|soldiers|herders|shepherds|villagers)\b(?!\s+(?:a\s+)?(?:meetings?|talks|rall(?:y|ies)|protests?)))\b", re.I)
# A figure of people who are somewhere, not going anywhere: context, never a movement.
_STOCK = re.compile(
    r"\b(?:(?<!the\s)remain(?:s|ed|ing)?(?!\s+of\b)|still\s+(?:live|living|lives|in|there|stranded)"
    r"|liv(?:e|es|ed|ing)\s+(?:and\s+work\s+)?(?:in|there|on|under)|(?:now|still)\s+live\b"
    r"|resid(?:e|es|ed|ing)|stay(?:s|ed|ing)?\s+(?:in|on|behind)|stranded|population\s+of|inhabitants"
    r"|(?:are|were|is|was)\s+(?:now\s+|still\s+)?(?:left|sheltering|housed|accommodated)|(?:sheltering|housed|accommodated)\s+(?:in|at)"
    r"|t(?:ake|aken|ook|aking)\s+up\s+(?:accommodation|residence|shelter)|(?:still|are|were|is|(?:has|have|had)\s+been)\s+waiting"
    r"|spen[dt]\s+(?:the|last|a|two|three|several|their|another)\s+(?:\w+\s+)?(?:nights?|mornings?|days?|evenings?|hours)"
    r"|refus(?:ed|e|es|ing)\s+to\s+leave|still\s+gather|sleep(?:s|ing)?\s+(?:in|at|on|outside)|slept\s+(?:in|at|on|outside)"
    # "5,000 people in Akhtala are cut off": who are there (the cut itself is a restriction beside them)
    r"|(?:are|were|is|was|remain)\s+(?:still\s+|now\s+)?cut\s+off"
    r"|queu(?:e|es|ed|ing)\s+(?:outside|at|in|for)|gathered\s+(?:outside|at|in|near|on)"
    r"|stationed|deployed|(?:village|town|city|community|settlement)\s+of\s+(?:some\s+|about\s+)?\d"
    r"|(?:are|is|were|was)\s+(?:now\s+|still\s+)?in\s+(?:intensive\s+care|hospitals?|critical|serious)"
    r"|(?:are|is|were|was|remain)\s+(?:now\s+|still\s+)?hospitali[sz]ed"
    r"|population\s+(?:estimated|put|numbering)\s+at)\b", re.I)
# Vehicles that stand somewhere (a queue, a stranded convoy) are a context figure too.
_VEHICLES_STAND = re.compile(
    r"\b(?:wait(?:s|ed|ing)?|queu(?:e|es|ed|ing)|gathered|stand(?:s|ing)?|stood|stuck|stranded|parked|lined\s+up"
    r"|remain(?:s|ed|ing)?\s+(?:stuck|stranded|parked|at|in|on)|on\s+standby|(?:are|is|were|was)\s+still\s+(?:in|at)"
    r"|held\s+up"
    r"|(?:now\s+)?hold|in\s+(?:stock|reserve|storage)|stockpiled)\b", re.I)


# A closure restricts movement only when a way is closed: "the registration points closed" does not.
_CLOSURE = re.compile(r"\bclos(?:ed|ure|ing)\b", re.I)
_NOT_A_WAY = re.compile(r"\b(?:registration|office|desk|school|shop|centre|center|shelter|hotel|museum|theatre|theater|observation"
                        r"|bank|market|hospital|kindergarten|points?|camps?)\b", re.I)
_WAY = re.compile(r"\b(?:road|corridor|border|crossing|checkpoint|bridge|route|highway|motorway|passage|pass|traffic"
                  r"|airspace|lane|gate|terminal|link|supply|supplies|entrance|exit)s?\b", re.I)


def restriction_words(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """The restriction words of a stretch of text, without closures of things that are not a way."""
    end = len(text) if end is None else end
    found = []
    for m in _RESTRICTION.finditer(text, start, end):
        if _CLOSURE.fullmatch(m.group()):
            clause = re.split(r"[;:]|,\s+(?:and|but|while)\s", text[start:end])  # "the office closed …, and its vehicles …"
            here = next((c for c in clause if m.group() in c), text[start:end])
            if _NOT_A_WAY.search(here) and not _WAY.search(here):
                continue
        found.append(m)
    return found


@dataclass(frozen=True)
class _Verb:
    start: int
    end: int
    kind: str
    text: str = ""


_TALLY_REACHED = re.compile(r"\b(?:number|total|tally|count|figure)\b[^.;]{0,80}?\breach(?:ed|es)$", re.I)
_NUMBER_AFTER = re.compile(r"\s+(?:(?:about|some|over|more\s+than|nearly|almost|around|roughly|at\s+least)\s+)?\d")


_PLACE_HANDED = re.compile(r"\b(?:town|city|village|villages|district|districts|territory|territories|region|lands?|area"
                           r"|section|[A-Z][\w-]+)\s+(?:was|were|is|are|will\s+be|(?:had|has|have)\s+been)\s+$")
_DISPLACED_WHO = re.compile(r"\s+(?:persons|people|individuals|families|residents|population|children|women|men"
                            r"|households|civilians|Armenians|Azerbaijanis)\b")
_TALLY_OF = re.compile(r"\b(?:number|total|count|tally)\s+of\s+(?:the\s+)?$", re.I)  # "the number of displaced persons"
_AS_MISSING = re.compile(r"\s+as\s+(?:missing|dead|killed|deceased|disappeared|unaccounted)", re.I)
_PASSIVE_REACHED = re.compile(r"\b(?:were|was|been|being|be|are|is)\s+(?:\w+ly\s+)?$", re.I)
_NOUN_BEFORE = re.compile(r"\b(?:border|the|a|an|land|this|that|main|sole|only|checkpoint|frontier|its|road|bridge)\s+$",
                          re.I)
_NOUN_AFTER = re.compile(r"\s+(?:points?|posts?|between|was|is|has|had|remains|will|would|at\s+(?-i:[A-Z])|on\s+the|near)\b",
                         re.I)
# "the Margara crossing": a named crossing ("Trucks crossing the bridge" is the act)
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?!(?:Trucks|Cars|Buses|Vehicles|People|Residents|Refugees|Lorries)\b)"
                          r"(?-i:[A-Z][\w-]+)\s+$")


def movement_verbs(sentence: str, nouns: bool = True) -> list[_Verb]:
    """Movement words in order; where two start together the longer ('entered and exited') wins. With
    nouns=False, 'the border crossing' is a place, not a movement (a sentence with no count needs a real verb)."""
    found: dict[int, _Verb] = {}
    for kind, pattern in _MOVEMENT_BY_KIND:
        for m in pattern.finditer(sentence):
            if m.start() not in found or m.end() > found[m.start()].end:
                found[m.start()] = _Verb(m.start(), m.end(), kind, m.group())
    ordered, covered = [], -1
    for v in sorted(found.values(), key=lambda v: v.start):
        if v.text.lower().startswith("reach") and _TALLY_REACHED.search(sentence[:v.end]) \
                and _NUMBER_AFTER.match(sentence, v.end):
            continue  # "the number of vehicles that have used the road has reached 64": a tally grows, nothing moves
        if v.text.lower().startswith("hand") and _PLACE_HANDED.search(sentence, 0, v.start):
            continue  # "a day before the town was handed over to Azerbaijan": land changes hands, nobody moves
        if v.text.lower() == "displaced" and _DISPLACED_WHO.match(sentence, v.end) \
                and not _TALLY_OF.search(sentence, 0, v.start):
            continue  # "9,875 displaced individuals were reached": who they are, not what happened in the sentence
        if v.kind == "traffic" and _AS_MISSING.match(sentence, v.end):
            continue  # "3,890 Azerbaijanis registered as missing": a toll, nobody arrived
        if v.text.lower() == "reached" and _PASSIVE_REACHED.search(sentence, 0, v.start):
            continue  # "9,875 displaced individuals were reached through 2,017 interviews": contacted, not moved
        if not nouns and v.text.lower() == "crossing" and (_NOUN_BEFORE.search(sentence, 0, v.start)
                                                           or _NAME_BEFORE.search(sentence[:v.start])
                                                           or _NOUN_AFTER.match(sentence, v.end)):
            continue  # "the sole land border crossing", "the crossing point": the place, not the act
        if v.start >= covered:
            ordered.append(v)
            covered = v.end
    return ordered


def verb_for(verbs: list[_Verb], start: int, end: int, text: str = "") -> _Verb | None:
    """The verb a count goes with: the verb it is the object of ('delivered 40 tonnes', 'escorted a convoy of
    23 buses'), else the first after it, else the last before it."""
    after = [v for v in verbs if v.start >= end]
    before = [v for v in verbs if v.end <= start]
    between = text[before[-1].end:start] if before and text else ""
    # "4,654 trucks have exited and 4,282 trucks have entered": past "and", the next count has a verb of its own
    if before and text and re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,3}", between) \
            and not re.search(r"\b(?:and|or|but|while|whereas)\b", between, re.I):
        return before[-1]
    return after[0] if after else (before[-1] if before else None)
