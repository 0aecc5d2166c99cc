"""Rule 4, claimant: whom a sentence quotes ("according to X", "X said"), else the outlet itself."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Source

_ACCORDING_TO = re.compile(r"\baccording\s+to\s+([^,.;:]+)", re.I)
_SAID = re.compile(r"\b(?:said|says|told|stated|reported|announced|claimed|wrote)\b")
_AFTER_QUOTE = re.compile(r"[,.!?][\"”]\s*")
_RELATIVE_CLAUSE = re.compile(r"^(?:which|who|whose|citing)\b", re.I)
_SUBORDINATE_CLAIMANT = re.compile(r"\b(?:that|because|while|when|but|since|if|where|despite|although)\b", re.I)
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
_AUXILIARY = frozenset({"has", "have", "had", "also", "again", "once", "then", "later", "earlier", "previously"})
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I)\b")
# A statement's opening date or dateline is not its author: "12 March 2023 - The ICRC said …",
# "YEREVAN, March 23 (Agency) — The ministry said …", "Baku/23.04.23/Trend/ The ministry said …".
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_LEADING_DATE = re.compile(
    rf"^(?:[A-Z][\w'’.-]*(?:[ /][A-Z][\w'’.-]*)*\s*[,/]\s*)?"
    rf"(?:\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
    rf"(?:\s*\([^)]*\)|\s*/[^/]{{1,30}}/)?\s*[-–—:/.]?\s*")


def outlet_itself(source: Source) -> str:
    return f"{source.outlet} (the outlet itself)"


def claimant_in(sentence: str) -> str | None:
    """Whom a sentence quotes, as written; None when it names no one ('It became known …')."""
    m = _ACCORDING_TO.search(sentence)
    if m:
        return m.group(1).strip()
    for verb in _SAID.finditer(sentence):
        who = _speaker_before(sentence[:verb.start()])
        if who:
            return who
    return None


def _speaker_before(before: str) -> str | None:
    """The noun phrase before 'said': after a closing quote, the last comma clause (with a relative
    clause it ends with), minus 'has', 'repeatedly' …; rejected in a passive or subordinate clause."""
    quote = list(_AFTER_QUOTE.finditer(before))
    if quote:
        before = before[quote[-1].end():]
    parts = [p.strip() for p in before.split(",") if p.strip()]
    if not parts:
        return None
    while len(parts) > 1 and _RELATIVE_CLAUSE.match(parts[-1]):
        parts[-2:] = [f"{parts[-2]}, {parts[-1]}"]
    words = parts[-1].split()
    while words and (words[-1].lower() in _AUXILIARY or (words[-1].islower() and words[-1].endswith("ly"))):
        words.pop()
    if not words or words[-1].lower() in _PASSIVE or len(words) > 12:
        return None
    who = _LEADING_DATE.sub("", " ".join(words)).strip(" \"“”'-–")
    if not who or _SUBORDINATE_CLAIMANT.search(who.split(",")[0]):
        return None  # "… despite the fact that Baku has stated …": the said-verb is not the main clause
    return who


def claimants(source: Source, sentences: Sequence[tuple[int, int]]) -> list[str]:
    """The claimant of each sentence. A quotation that runs over several sentences is attributed
    where it closes ('…," the press service … said.'), so its earlier sentences look ahead to it."""
    named = [claimant_in(source.text[a:b]) for a, b in sentences]
    out = []
    for i, (a, b) in enumerate(sentences):
        who = named[i] or _attribution_at_close(source, sentences, named, i)
        if who and _FIRST_PERSON.search(who):
            who = None  # "according to the information we received": the outlet speaks for itself
        out.append(who or outlet_itself(source))
    return out


def _attribution_at_close(source: Source, sentences: Sequence[tuple[int, int]], named: list, i: int) -> str | None:
    a, b = sentences[i]
    text = source.text[a:b]
    if not text.startswith(("\"", "“")) or _quote_closes(text[1:]):
        return None
    for j in range(i + 1, min(i + 6, len(sentences))):
        if _quote_closes(source.text[sentences[j][0]:sentences[j][1]]):
            return named[j]
    return None


def _quote_closes(text: str) -> bool:
    return "”" in text or text.count("\"") % 2 == 1
