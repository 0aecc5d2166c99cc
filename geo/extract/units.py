"""The nouns a number counts: the unit table (as written → canonical) and the readers that find the
noun after a number, past adjectives, "more" and "of the"."""
from __future__ import annotations

import re

from .verbs import _MOVEMENT, _RESTRICTION

UNITS = {
    "vehicle": "vehicles", "vehicles": "vehicles", "truck": "trucks", "trucks": "trucks", "lorry": "trucks",
    "lorries": "trucks", "fuel truck": "fuel trucks", "fuel trucks": "fuel trucks", "fuel tanker": "fuel trucks",
    "fuel tankers": "fuel trucks", "tanker": "fuel trucks", "tankers": "fuel trucks", "car": "cars",
    "cars": "cars", "bus": "buses", "buses": "buses", "ambulance": "ambulances", "ambulances": "ambulances",
    "convoy": "convoys", "convoys": "convoys",
    "crossing": "crossings", "crossings": "crossings", "times": "crossings", "people": "people",
    "person": "people", "persons": "people", "resident": "people", "residents": "people", "family": "families",
    "families": "families", "patient": "patients", "patients": "patients", "refugee": "people",
    "refugees": "people", "civilian": "people", "civilians": "people", "serviceman": "servicemen",
    "servicemen": "servicemen", "child": "children", "children": "children", "driver": "drivers",
    "drivers": "drivers", "tonne": "tonnes", "tonnes": "tonnes", "ton": "tonnes", "tons": "tonnes",
    "metric tons": "tonnes",
    # Plural demonyms are people ("120,000 ethnic Armenians"); the singulars are adjectives ("Iranian trucks").
    "armenians": "people", "azerbaijanis": "people", "iranians": "people", "georgians": "people",
    "russians": "people", "men": "people", "women": "people", "arrivals": "people", "evacuees": "people",
    "peacekeepers": "peacekeepers", "soldiers": "servicemen", "troops": "servicemen",
    "passengers": "passengers", "passenger": "passengers", "travellers": "people", "travelers": "people",
    "traveller": "people", "traveler": "people", "pupils": "pupils", "students": "people", "arrests": "people",
    "wounded": "people", "detainees": "people", "hostages": "people", "prisoners": "people",
    "schoolchildren": "children", "pilgrims": "people", "journalists": "people", "volunteers": "people",
    "workers": "workers", "medics": "people", "engineers": "people", "doctors": "people", "nurses": "people",
    "staff": "people", "employees": "people", "officials": "people", "activists": "people", "protesters": "people",
    "demonstrators": "people", "tourists": "people", "citizens": "people", "nationals": "people",
    "villagers": "people", "victims": "people", "survivors": "people", "orphans": "people", "returnees": "people",
    "displaced": "people", "homeowners": "people", "teachers": "people", "athletes": "people", "adults": "people",
    "minors": "children", "babies": "children", "infants": "children", "individuals": "people",
    "guests": "people", "holidaymakers": "people", "pickers": "people", "farmers": "people", "visitors": "people",
    "migrants": "people", "captives": "people", "POWs": "people", "holiday-makers": "people",
    "relatives": "people", "mothers": "people", "fathers": "people", "parents": "people", "elderly": "people",
    "shepherds": "people", "herders": "people", "pensioners": "people", "inhabitants": "people", "van": "vans", "wagon": "wagons",
    "wagons": "wagons", "train": "trains", "trains": "trains", "diplomats": "diplomats", "rescuers": "rescuers", "vans": "vans", "minibus": "minibuses", "minibuses": "minibuses",
    "coach": "coaches", "coaches": "coaches", "shipment": "shipments", "shipments": "shipments", "consignment": "shipments", "consignments": "shipments",
}
VEHICLE_UNITS = frozenset({"vehicles", "trucks", "fuel trucks", "cars", "buses", "ambulances", "convoys", "vans",
                           "minibuses", "coaches", "wagons", "trains"})
BUS_UNITS = frozenset({"buses", "minibuses", "coaches"})  # on this story a bus carries people
# passengers, pupils and workers keep their noun: reports count them apart ("1,200 passengers" are trips, not people)
PEOPLE_UNITS = frozenset({"people", "families", "patients", "children", "passengers", "pupils", "workers", "diplomats",
                          "rescuers"})
SERVICE_UNITS = frozenset({"servicemen", "peacekeepers"})  # troops: present somewhere, not a population moving
# not a possessive: "two Children's Corners" counts corners
_UNIT = re.compile(r"\s+(" + "|".join(sorted(UNITS, key=len, reverse=True)).replace(" ", r"\s+") + r")\b(?![’']s\b)",
                   re.I)
_VEHICLE_PLURAL = re.compile(r"\b(?:vehicles|trucks|lorries|cars|buses|ambulances|tankers|convoys)\b", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'’-]*)")
# Words that cannot sit between a number and its noun: with them the number counts something else.
_NOT_ADJECTIVES = frozenset(
    "of and or to from in into at on by with for the a an were was are is be been have has had that which who "
    "than per later then also only more times year years day days week weeks month months hour hours minute "
    "minutes percent km kilometres kilometers metres meters litres liters old".split())


_PARTICIPLE_UNITS = frozenset({"displaced", "wounded"})


def _unit_after(text: str, pos: int, max_skip: int = 2) -> tuple[str, str, int] | None:
    """(canonical unit, as written, end) of the noun a number counts, skipping up to two adjectives,
    which may be joined by 'and' ('71,400 Iranian and foreign trucks')."""
    skipped, joined = 0, False
    while True:
        m = _UNIT.match(text, pos)
        if m:
            # "civilian vehicle": the first noun describes the second; "families displaced from …": a participle after it
            second = _UNIT.match(text, m.end())
            m = second if second and second.group(1).lower() not in _PARTICIPLE_UNITS else m
            written = " ".join(m.group(1).lower().split())
            return UNITS[written], written, m.end()
        word = _NEXT_WORD.match(text, pos)
        if not word:
            return None
        low = word.group(1).lower()
        if low in ("and", "or") and skipped and not joined:
            joined = True
        elif low == "more" and not skipped and not re.match(r"\s+than\b", text[word.end():], re.I):
            pass  # "40 more trucks", "two more convoys": more of the same noun
        elif low == "of" and not skipped and (the := re.match(r"\s+(?:the|these|those)\b", text[word.end():], re.I)) \
                and _UNIT.match(text, word.end() + the.end()):
            pos = word.end() + the.end()  # "65,000 of the arrivals": a part, counted in the same noun
            continue
        elif skipped < max_skip and _skippable(low):
            skipped += 1
        else:
            return None
        pos = word.end()


def _skippable(word: str) -> bool:
    low = word.lower()
    return low not in _NOT_ADJECTIVES and not _MOVEMENT.fullmatch(low) and not _RESTRICTION.fullmatch(low)


def _unit_in(phrase: str) -> tuple[str, str] | None:
    """The first counted noun of 'the number of [the contingent's vehicles that …]'."""
    for word in re.finditer(r"(?<![\w'’-])(?=[A-Za-z])", phrase):
        m = _UNIT.match(" " + phrase[word.start():])
        if m:
            written = " ".join(m.group(1).lower().split())
            return UNITS[written], written
    return None


# Things counted that the table does not know ("38,000 hygiene kits", "56 smuggling cases", "40 beds"): a claim of
# kind 'other' whose unit is the noun as written. Measures, money and spans of time are not things counted.
_MEASURES = frozenset(
    "years days weeks months hours minutes seconds decades centuries km kilometres kilometers miles metres meters "
    "litres liters tonnes tons grams kilograms kg degrees percent drams manats rials tomans dollars euros roubles rubles "
    "lari pounds cents points times others votes seats mps deputies goals".split())
_LOWER_WORD = re.compile(r"\s+([a-z][a-z-]*[a-z])\b")
_MASS_NOUNS = frozenset({"ordnance"})
_ACRONYM = re.compile(r"\s+([A-Z]{2,6})(?=\s+[a-z])")


def open_unit_after(text: str, pos: int) -> tuple[str, int] | None:
    """(the noun as written, end) after a numeral: up to two words that describe it, then a plural noun."""
    words: list[str] = []
    while len(words) < 3:
        m = _LOWER_WORD.match(text, pos)
        if not m and not words and (acronym := _ACRONYM.match(text, pos)):
            words.append(acronym.group(1))  # "5 ICRC members": an organisation's acronym describes the noun
            pos = acronym.end()
            continue
        if not m:
            return None
        word = m.group(1)
        if word in _NOT_ADJECTIVES or _MOVEMENT.fullmatch(word) or _RESTRICTION.fullmatch(word) \
                or word.endswith(("ed", "ly")) and not words and word != "unexploded":
            return None
        words.append(word)
        pos = m.end()
        if word in _MASS_NOUNS:  # "704 unexploded ordnance": items counted under a mass noun
            return " ".join(words), pos
        if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
            if word in _MEASURES or text[pos:pos + 1] in ("-", "’", "'"):
                return None
            return " ".join(words), pos
    return None
