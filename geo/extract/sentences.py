"""Rule 1: sentences and their offsets into the full text ("U.S.", "Nov.", "No.", initials and decimals
do not end one)."""
from __future__ import annotations

import re

# Words that end with a full stop without ending the sentence (compared lower-case, no final dot).
ABBREVIATIONS = frozenset({
    "u.s", "u.k", "u.n", "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs",
    "gen", "lt", "col", "capt", "sgt", "gov", "sen", "rep", "inc", "ltd", "co", "corp", "approx", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})

# A terminator, with any closing quotes or brackets it carries, before a capital, digit or quote.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(]?[A-Z0-9]|\s*$)")
_LAST_WORD = re.compile(r"(\S+)$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets into `text` of each sentence in text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[:end]):  # a line break always ends a sentence
        if line.end() <= start:
            continue
        spans.extend(_split_line(text, max(line.start(), start), line.end()))
    return spans


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cut = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text[cut:m.start()], text[m.end():end].lstrip()):
            continue
        spans.append(_trimmed(text, cut, m.end()))
        cut = m.end()
    spans.append(_trimmed(text, cut, end))
    return [s for s in spans if s[1] > s[0]]


def _is_abbreviation(before_dot: str, after: str) -> bool:
    word = _LAST_WORD.search(before_dot)
    if not word:
        return False
    token = word.group(1).lstrip("\"“‘(").lower()
    if token in ("no", "nos"):
        return after[:1].isdigit()  # "No. 5" is a number sign; "they said no. Then …" ends a sentence
    # A lone capital letter is an initial ("J. Smith"), not a sentence end.
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
