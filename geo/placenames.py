"""The shape of names in a text: how a place name may be written, when a word that GeoNames knows as a village
is a person, an organisation or a credit instead, and what the text says of where a place is.

Pure functions of strings and offsets (no gazetteer, no I/O), used by geo/geoparse.py. Each rule reads a few
words around a name: the cost per name is bounded whatever the text's length.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Mention

DASHES = "-–—‐‑"
# Capitalised words that GeoNames also knows as places; never a place on their own here ("Cars queued …" is
# no Kars: the words of the labelled texts that also are GeoNames keys).
COMMON_WORDS = frozenset("""
of police mobile march may june july august april nice split hope temple bar sale nation reading van
union state city capital republic east west north south central center centre day
president minister ministry army media said today monday tuesday wednesday thursday friday saturday sunday
cars side can shut shot rest man riverside bank tours springs hub dogs
""".split())
# Agencies and organisations, some of whose acronyms are also villages ("APA", a village in Turkey).
AGENCIES = frozenset("""
APA IRNA TASS RIA AFP AP AA ICRC UNHCR OCHA WFP EU OSCE CSTO MFA ISNA IRIB TRT BBC CNN NATO UN UNICEF WHO IOM
UNDP IFRC CIS EAEU PACE ECHR ANI ARKA AZERTAC RFE RL DW ABC CBS NBC NPR AZTV ATV PTV MSF HRW NGO NSS FSB IRGC
PKK MEHR FARS IBNA MNA FNA EFE DPA ANSA KYODO AZTV
""".split())
# Words before a person's name ("spokesman Vagif Dargahli", "Dr Mehr"). Not "official": "official Baku".
TITLES = frozenset("""
spokesman spokeswoman spokesperson minister mr mrs ms miss dr prof professor president deputy head adviser
advisor aide ombudsman correspondent reporter journalist editor ambassador envoy governor mayor commander
general colonel captain lieutenant sergeant chairman chairwoman speaker premier chancellor secretary director
chief lawyer activist analyst expert archbishop bishop imam sheikh ayatollah priest photographer author
writer poet mp lawmaker senator councillor
""".split())
PERSON_POSSESSIONS = frozenset("remarks statement comments words office wife husband son daughter family speech "
                               "interview tweet post letter visit lawyer spokesman aide adviser".split())
# Given names of the region and beyond, some of them also villages ("Vahan", "Ararat", "Vladimir").
GIVEN_NAMES = frozenset("""
aram ararat armen arman arsen arthur artur artak arayik ashot davit david edgar eduard gagik garik gor gevorg
grigor hakob hayk hovhannes hrant karen levon lilit lusine mher mikayel narek nikol norayr ruben samvel sargis
sergey serzh seyran stepan suren tigran vahagn vahan vahe vardan vazgen zaven anahit ani anna arpine astghik
gayane hasmik karine mariam marina nune siranush tatevik zara naira aykhan ali elchin elmar elnur emin farid
fuad hikmat hikmet ilham jeyhun kamran leyla mehriban rauf ramil rovshan ruslan tofig tural vagif vugar zaur
javid anar orkhan rashad samir togrul shahin ahmad amir abbas ebrahim hassan hossein hamid javad kazem mahmoud
mehdi mohammad mohammed mohsen nasser reza saeed majid abdollah esmail hamed morteza hadi ahmet mehmet mustafa
murat kemal recep mevlut hulusi hakan omer yusuf ibrahim ismail selim vladimir sergei dmitry maria mikhail
alexei alexander andrei igor nikolai oleg pavel yuri viktor maxim anton boris irakli giorgi salome nino zurab
levan charles emmanuel antony joe john james michael thomas peter paul mark richard robert william george
daniel olivier toivo
arash babak behrouz dariush farhad farzad kaveh mehran navid omid parviz payam ramin saman siamak soheil masoud
mostafa nader peyman pouya shahram mehrdad alireza gholamreza mohammadreza hamidreza amirhossein bahram kourosh
hadi nasrin maryam fatemeh zahra leila shirin parisa
selin ayse fatma emre burak cem deniz elif zeynep ozan serkan tolga volkan yasin kadir hatice merve ebru
aysel gunel nigar sevinj rashid elshad mammad ramiz vusal kamal teymur azer elvin ilgar namig hikmat mubariz
anush armine hripsime gohar narine ashkhen armenuhi knarik
luca marco matteo giulia elena andrea francesco sarah emily clara laura sophie julia hans jan pierre jean marie
lucas thomas anne claire simon martin julien nicolas carlos maria jose ana helen kate jane lucy rachel rebecca
ivan natalia olga svetlana tatiana yelena ekaterina anastasia konstantin vasily roman denis artem
fuzuli
""".split())
# Endings of regional surnames: evidence only next to a given name, never alone.
SURNAME_END = re.compile(r"(?:yan|ian|ov|ova|ev|eva|yev|yeva|li|lı|lu|zade|zada|zadeh|oglu|oğlu|ski|sky|shvili|"
                         r"dze|enko|pour|nejad)$", re.IGNORECASE)
# Capitalised words after a given name that make it a place's name after all ("Ararat Valley").
FEATURE_WORDS = frozenset("""
valley plain province region oblast marz rayon district river lake mountain mountains mount gorge pass street avenue
square road highway bridge checkpoint border airport station city town village municipality community hotel
university factory plant cement stadium market hospital church monastery republic
""".split())
SAID_MAX_POPULATION = 100_000  # "Ankara said" is its government; "Tumanyan said" (a village's name) a person
STRONG = frozenset({"title", "given", "first", "byline", "credit", "agency", "acronym"})
LOOK_BACK = 160  # how far back a line's byline or credit is looked for, whatever the line's length
RELATION_GAP = 80  # characters between a name and the place it is described by

_SAID = re.compile(r"\s*(?:,\s*who\b|\s(?:said|says|told|added|noted|stated|stressed|wrote|tweeted|explained|"
                   r"claimed|announced|insisted|argued|warned|urged|recalled|confirmed|denied)\b)")
_ACCORDING = re.compile(r"(?:according\s+to|quoted|quoting|told|cited|citing)\s+$", re.IGNORECASE)
_PLACE_PREP = frozenset("of in from at near to into through via outside around across toward towards".split())
_BYLINE = re.compile(r"(?:^|\n|\|)[ \t]*[Bb][Yy][ \t]+(?=[A-Z])")
_CREDIT = re.compile(r"(?:Photos?|Photograph|Image|Picture|Credit|Video)\s*(?::\s*(?:by\s+)?|\s+by\s+)", re.IGNORECASE)
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*(?:[ \t]*/[ \t]*|[ \t]+(?=[A-Z])|$|(?=[^\w])))+")
_AGENCY_NOUN = re.compile(r"\s+(?:news\s+)?agency\b", re.IGNORECASE)
_REGION_NOUN = re.compile(r"(?:\s*(?:,|and)\s*[A-Z][\w'’-]*){0,4}\s+(?i:provinces?|regions?|marz|marzes|oblasts?|"
                          r"governorates?|ostan)\b")
# Between a name and a place, what says where the named place is ("Agarak near Kapan", "Agarak, the village
# near Ashtarak", "Martuni, on the shore of Lake Sevan", "Agarak in Lori", "Susa, in Khuzestan").
_DESC = r"(?:(?:the|a|an)\s+(?:\w+\s+){0,2}(?:village|town|city|settlement|community|hamlet|district\s+centre)\s+)?"
_WHERE = (r"(?:near|nearby|close\s+to|outside|just\s+outside|not\s+far\s+from|next\s+to|beside|in|inside|within|"
          r"on\s+the\s+outskirts\s+of|(?:\d[\d,.]*\s*(?:-\s*)?(?:km|kilometres|kilometers|miles)\s+)?"
          r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|"
          r"(?:on|along)\s+the\s+(?:\w+\s+)?(?:shore|shores|bank|banks|coast)\s+of)")
_WHERE_AFTER = re.compile(rf"\s*[,(]?\s*{_DESC}{_WHERE}\s+(?:the\s+)?", re.IGNORECASE)
_IN = re.compile(r".*\b(?:in|inside|within)\s+(?:the\s+)?", re.IGNORECASE | re.DOTALL)
_ADMIN = re.compile(r"\s*(?:municipality|province|region|district|community|marz|rayon|oblast|county)\b",
                    re.IGNORECASE)
# A second name of the same place ("Stepanakert (Khankendi)", "Martuni/Khojavend", "Stepanakert, which
# Azerbaijan calls Khankendi", "Shush, the ancient Susa").
_SAME_AFTER = re.compile(r"\s*(?:/|\(|,?\s+or|,?\s+(?:also\s+)?(?:known|called)\s+as|,\s+(?:formerly|now|once)|"
                         r",\s+the\s+(?:ancient|old|former|historic)|,?\s+(?:(?:a|the)\s+\w+\s+)?(?:that|which)"
                         r"\s+(?:[\w'’]+\s+){1,3}calls?)\s*", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"\s*['’]s\s+(?:own\s+)?")  # "Armenia's own Martuni": the owner holds the place
_ENDS_DASH = re.compile(rf"\s*[{DASHES}]\s*")
_ENDS_NOUN = re.compile(r"[ \t]+(?:(?!and\b|or\b|the\b|to\b|via\b)[a-z]+[ \t]+)?"  # "interstate road"
                        r"(?:(roads?|highways?|motorways?|routes?|section|stretch)"
                        r"|(border\s+crossings?|crossings?|checkpoints?|bridges?))\b", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|and)\s*")
_OWN_NOUN = re.compile(r"\s(?:border\s+)?(?:crossing|checkpoint|crossing\s+point)$", re.IGNORECASE)
_END_KINDS = ("settlement", "border_crossing", "checkpoint")
_ROAD_NOUNS = ("road", "highway", "motorway")
_CROSSING_NOUNS = ("border crossing", "crossing", "checkpoint", "border checkpoint", "crossing point")


# --- how a name is written -------------------------------------------------------------------------
@lru_cache(maxsize=65536)  # a long text writes the same few hundred names tens of thousands of times
def fold(text: str) -> str:
    """Lower case, one dash, same length as the input: offsets carry over."""
    return "".join("-" if ch in DASHES else low if len(low := ch.lower()) == 1 else ch for ch in text)  # İ, ẞ


def name_keys(name: str) -> set[str]:
    base = fold(unicodedata.normalize("NFC", name.strip()))
    keys = {base}
    if "-" in base:  # "Goris – Kapan", "Goris-Kapan"
        keys |= {base.replace("-", " - "), base.replace(" - ", "-")}
    return {k for k in keys if len(k) >= 3}


def name_variants(name: str, kind: str) -> set[str]:
    """A curated name and the forms reports use for the same feature: a road is also a highway ("Kapan-Meghri
    road" / "Kapan-Meghri highway"), a crossing also a checkpoint ("Agarak checkpoint" / "Agarak border
    crossing"). Only names that carry the noun vary: a bare "Norduz" stays as it is. A country is also a
    republic ("Republic of Armenia")."""
    if kind == "country":
        return {name, f"Republic of {name}"}
    nouns = _ROAD_NOUNS if kind in ("road", "corridor") else _CROSSING_NOUNS if kind in (
        "border_crossing", "checkpoint", "bridge") else ()
    for noun in sorted(nouns, key=len, reverse=True):
        if name.lower().endswith(" " + noun):
            return {name[: len(name) - len(noun)] + other for other in nouns} | {name}
    return {name}


def written_forms(names: Iterable[str]) -> set[str]:
    """How a name may stand in a text that capitalises it: as spelled, Title Case, UPPER CASE; any dash."""
    forms = set()
    for name in names:
        name = unicodedata.normalize("NFC", name.strip())
        if not name or not name[0].isupper():
            continue
        for cased in {name, name.upper(), name.title()}:
            if any(d in cased for d in DASHES):
                for dash in ("-", "–", "—", " - ", " – "):
                    forms.add("".join(dash if ch in DASHES else ch for ch in cased).replace("  ", " "))
            else:
                forms.add(cased)
    return {f for f in forms if len(f) >= 3}


def latin_name(name: str) -> bool:
    return (len(name) >= 4 and name[0].isupper() and " " not in name.strip("  ")[:1]
            and all(ch.isalpha() or ch in " -'’" for ch in name)
            and all(unicodedata.name(ch, "").startswith("LATIN") or not ch.isalpha() for ch in name))


def whole_word(text: str, s: int, e: int) -> bool:
    """ "Azerbaijan's" and "Iran-Armenia" hold mentions; "Iranian" does not. Compounds such as "Gorus-Gafan
    highway" are names of their own and win as the longer match."""
    return not (s > 0 and text[s - 1].isalnum()) and not (e < len(text) and text[e].isalnum())


# --- names inside names ----------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def nested_parts(surface: str) -> tuple[tuple[int, int], ...]:
    """Offsets in the surface of the dash-separated parts of a name named by its ends ("Goris-Kapan road",
    "Agarak – Norduz crossing"), where the inner names start; [] for a name without two parts."""
    parts, start = [], 0
    for i, ch in enumerate(surface + "-"):
        if ch in DASHES:
            seg = surface[start:i]
            if seg.strip():
                parts.append((start + len(seg) - len(seg.lstrip()), start + len(seg.rstrip())))
            start = i + 1
    return tuple(parts) if len(parts) >= 2 else ()


def named_by_ends(text: str, spans: Sequence[tuple[int, int, str]], end: int) -> list[tuple[int, int, int, str]]:
    """Roads and crossings named by the towns at their ends ("Aghdam-Khankendi road", "the Goris–Vorotan
    section", "the Aghdam-Khankendi and Lachin-Khankendi roads": the shared noun left out), a crossing by its
    two sides ("the Norduz-Agarak route": the crossing) and a road by one town ("the Lachin road"). Over
    spans (start, end, kind of the place named), each (first span, last span, end of the mention, 'road' or
    'crossing')."""
    out, i, pending = [], 0, None
    while i < len(spans):
        k = i
        while (k + 1 < len(spans) and spans[k][2] in _END_KINDS and spans[k + 1][2] in _END_KINDS
               and _ENDS_DASH.fullmatch(text, spans[k][1], spans[k + 1][0])):
            k += 1
        noun = _ENDS_NOUN.match(text, spans[k][1], end) if spans[i][2] in _END_KINDS else None
        if noun and k + 1 < len(spans) and spans[k + 1][0] < noun.end():
            noun = None
        word = noun and (noun.group(1) or noun.group(2)).lower()
        road = bool(noun and noun.group(1))
        if noun and k > i:
            sides = road and any(kind == "border_crossing" for *_, kind in spans[i:k + 1])
            if pending and word.endswith("s"):  # "the A-B and C-D roads"
                out.append((*pending, spans[pending[1]][1], "road" if road else "crossing"))
            out.append((i, k, spans[k][1] if sides or word.endswith("s") else noun.end(),
                        "crossing" if sides or not road else "road"))
        elif noun and word in ("road", "highway") and spans[i][2] == "settlement":
            out.append((i, i, noun.end(), "road"))
        elif not noun and k > i and spans[k][2] == "border_crossing" and _OWN_NOUN.search(text, spans[k][0], spans[k][1]):
            # "the Norduz–Agarak crossing": the last side's own name carries the noun; one crossing
            out.append((i, k, spans[k][1], "crossing"))
        pending = (i, k) if k > i and not noun and k + 1 < len(spans) and _AND.fullmatch(
            text, spans[k][1], spans[k + 1][0]) else None
        i = k + 1
    return out


# --- people, organisations, credits ----------------------------------------------------------------
def screen(text: str, spans: Sequence[tuple[int, int, bool, int]], lo: int, hi: int) -> set[int]:
    """The starts of names that are a person's, an agency's or a credit's; spans are (start, end, curated,
    largest population). Only GeoNames names are judged: the curated gazetteer is trusted, unless its name is also
    a given name and strong evidence says a person ("Fuzuli Aliyev"). A large city that "said" is its government
    ("Ankara said"), and stays."""
    starts = {s for s, *_ in spans}
    # a place a person's name may stand beside: a GeoNames namesake ("Murat Keskin", two Turkish towns), not a
    # curated place ("Karen Goris" is no one)
    plain = {s for s, _, curated, _ in spans if curated}.__contains__
    drop, people = set(), set()
    for s, e, curated, population in spans:
        if curated:
            why = person_evidence(text, s, e, lo, hi, starts.__contains__, plain) if fold(text[s:e]) in GIVEN_NAMES else ""
            if why in STRONG:
                drop.add(s)
            continue
        why = "acronym" if acronym(text, s, e, lo, hi) else person_evidence(text, s, e, lo, hi, starts.__contains__,
                                                                            plain)
        if why in STRONG or (why and population < SAID_MAX_POPULATION):
            drop.add(s)
            if why not in ("first", "acronym", "agency"):
                people.add(fold(text[s:e]))  # a surname: the person's wherever the text writes it ("Dargahli's")
    drop |= {s for s, e, curated, _ in spans if not curated and fold(text[s:e]) in people}
    return drop


def _word_before(text: str, s: int, lo: int) -> tuple[int, str]:
    """The word just before offset s (and its start), not before lo; "" if none."""
    i = s
    while i > lo and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in ".'’-"):
        j -= 1
    return j, text[j:i]


def _word_after(text: str, e: int, hi: int) -> tuple[int, str]:
    i = e
    while i < min(hi, e + 3) and text[i] in " \t":
        i += 1
    j = i
    while j < hi and (text[j].isalnum() or text[j] in "'’-"):
        j += 1
    return i, text[i:j] if i > e else ""


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper() and any(ch.islower() for ch in word)


def _line_start(text: str, s: int, lo: int) -> int:
    lo = max(lo, s - LOOK_BACK)
    return text.rfind("\n", lo, s) + 1 or lo


def acronym(text: str, s: int, e: int, lo: int = 0, hi: int | None = None) -> bool:
    """An organisation's acronym: a known agency ("APA", "IRNA"), or any short all-capital word in running text
    that is neither a dateline ("KAPAN." opening a line) nor part of a line set in capitals."""
    hi = len(text) if hi is None else hi
    surface = text[s:e]
    letters = [ch for ch in surface if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return False
    if surface in AGENCIES:
        return True
    line_start = _line_start(text, s, lo)
    after = text[e:e + 2]
    dateline = not text[line_start:s].strip() and (after[:1] in ",./–—-" or after in (" -", " —", " –"))
    line = text[max(line_start, s - 40):s] + text[e:min(hi, e + 40)].split("\n", 1)[0]
    around = [ch for ch in line if ch.isalpha()]
    capitals_line = bool(around) and sum(ch.isupper() for ch in around) >= 0.6 * len(around)
    return len(surface) <= 5 and " " not in surface and not dateline and not capitals_line


def person_evidence(text: str, s: int, e: int, lo: int = 0, hi: int | None = None,
                    place_at: Callable[[int], bool] = lambda i: False,
                    curated_at: Callable[[int], bool] | None = None) -> str:
    """Why the capitalised name at text[s:e] reads as a person's or an organisation's, or "": strong —
    'title' (a title or role before it), 'given' (a given name before it: a surname), 'first' (a given name
    before a capitalised surname), 'byline', 'credit', 'agency' ("Mehr news agency"); weak — 'said' (a verb of
    saying after it, "according to" before it) and 'possessive' ("Dargahli's remarks").
    place_at(i): a place name starts at offset i (a place next to it is no person's name); curated_at(i): that
    place is a curated one — a GeoNames namesake beside a given name is still a person's name part."""
    hi = len(text) if hi is None else hi
    line_start = _line_start(text, s, lo)
    # a byline or a photo credit on this line that reaches the name through a run of capitalised words
    for rx, why in ((_BYLINE, "byline"), (_CREDIT, "credit")):
        for m in rx.finditer(text, max(lo, line_start - 1), s):
            run = _NAME_RUN.match(text, m.end(), hi)
            if run and run.start() <= s and e <= run.end() + 1:
                return why
    # a title or a given name before it, over at most two capitalised words ("spokesman Vagif Dargahli");
    # in a line set in Title Case ("President Visits Tatev Monastery") only the word right before counts
    line_end = text.find("\n", e, hi)  # a byline's next line ("KALBAJAR, Azerbaijan") is not its Title Case
    words = re.findall(r"[^\W\d_][\w'’-]*", text[max(line_start, s - 50):min(hi, e + 50, line_end if line_end >= 0 else hi)])
    title_case = len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
    at, word = s, ""
    for step in range(1 if title_case else 3):
        j, word = _word_before(text, at, line_start)
        low = word.lower().rstrip(".")
        if low in TITLES:
            return "title"
        if step == 0 and low in GIVEN_NAMES and _capitalised(word) and not (
                place_at(j) and (curated_at is None or curated_at(j))):
            return "given"
        if not _capitalised(word) or place_at(j):
            break
        at = j
    nxt_at, nxt = _word_after(text, e, hi)
    beside = place_at(nxt_at) and (curated_at is None or curated_at(nxt_at) or nxt.lower() in GIVEN_NAMES)
    if (_capitalised(nxt) and nxt.lower() not in FEATURE_WORDS and not beside
            and (SURNAME_END.search(nxt) or (text[s:e].lower() in GIVEN_NAMES and not title_case))):
        return "first"  # "Vahan Hunanyan", "Vladimir Putin"
    if _AGENCY_NOUN.match(text, e, hi):
        return "agency"
    if _ACCORDING.search(text, max(lo, s - 20), s) or (
            _SAID.match(text, e, hi) and _word_before(text, s, line_start)[1].lower() not in _PLACE_PREP):
        return "said"  # not "residents of Tatev said": a place
    poss = re.match(r"['’]s\s+(\w+)", text[e:min(hi, e + 30)])
    return "possessive" if poss and poss.group(1).lower() in PERSON_POSSESSIONS else ""


def region_noun_follows(text: str, e: int, hi: int | None = None) -> bool:
    """ "Kotayk and Ararat provinces", "Gegharkunik region": the province's name, not its namesake village's."""
    return bool(_REGION_NOUN.match(text, e, min(len(text) if hi is None else hi, e + 80)))


# --- one place described by another ----------------------------------------------------------------
def described_by(text: str, x_end: int, y_start: int, y_end: int, hi: int | None = None) -> str:
    """How the place named at text[y_start:y_end] describes the name that ends at x_end, or "": 'near' — the
    name is near it or in its municipality ("Agarak near Kapan", "Agarak, Kapan municipality"); 'in' — in it
    ("Agarak in Lori": a looser word, "talks on Lachin in Brussels"); 'same' — a second name of the same place
    ("Martuni (Khojavend)")."""
    hi = len(text) if hi is None else hi
    gap = text[x_end:y_start]
    if not 0 <= len(gap) <= RELATION_GAP or "\n" in gap or "." in gap:
        return ""
    admin = _ADMIN.match(text, y_end, hi)
    if admin and re.fullmatch(r"\s*[,(]\s*", gap):
        return "near"  # "Agarak, Kapan municipality", "Agarak (Syunik province)"
    if _SAME_AFTER.fullmatch(gap):
        return "same"
    if _WHERE_AFTER.fullmatch(gap):
        return "in" if _IN.fullmatch(gap) else "near"
    return ""


def descriptions(text: str, spans: Sequence[tuple[int, int, bool, str]], end: int) -> list[tuple[int, int, str]]:
    """Which name describes which: spans are (start, end, may be described — a town or a crossing, the kind of
    place it may describe others as — '' if none). Returns (described, describing, how: see described_by)."""
    out = []
    for i, (s, e, describable, _) in enumerate(spans):
        if not describable:
            continue
        for j in range(i + 1, min(i + 3, len(spans))):  # the next two names ("..., which Azerbaijan calls X")
            how = spans[j][3] and described_by(text, e, spans[j][0], spans[j][1], end)
            if how:
                out.append((i, j, how))
                break
        prev = spans[i - 1] if i else None
        if prev and prev[3] in ("country", "region") and 0 <= s - prev[1] <= 8 \
                and _OWNER_BEFORE.fullmatch(text, prev[1], s):
            out.append((i, i - 1, "in"))
    return out


# --- the label of a place as the texts write it ----------------------------------------------------
def as_written_names(mentions: Iterable[Mention], source_order: Sequence[str] = ()) -> dict[str, str]:
    """The 'as written' label of each place: the form the most sources use (each source votes once per
    form), then the form used most often, then the earliest (earliest source first, then first in its text).
    An all-capitals form ('KAPAN', a dateline) is how a heading is set, not how the place is written: it
    is used only when a place has no other form, and then in title case."""
    rank = {sid: i for i, sid in enumerate(source_order)}
    # per place and form: the sources using it, how often, and where first
    forms: dict[str, dict[str, tuple[set[str], list[int], tuple]]] = {}
    for m in mentions:
        if not m.place_id:
            continue
        first = (rank.get(m.source_id, len(rank)), m.source_id, m.start)
        sources, count, earliest = forms.setdefault(m.place_id, {}).setdefault(m.surface, (set(), [0], first))
        sources.add(m.source_id)
        count[0] += 1
        if first < earliest:
            forms[m.place_id][m.surface] = (sources, count, first)
    names: dict[str, str] = {}
    for place_id, by_form in forms.items():
        cased = {f: v for f, v in by_form.items() if not _all_capitals(f)} or {
            f.title(): v for f, v in by_form.items()}
        names[place_id] = min(cased, key=lambda f: (-len(cased[f][0]), -cased[f][1][0], cased[f][2]))
    return names


def _all_capitals(surface: str) -> bool:
    letters = [ch for ch in surface if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)
