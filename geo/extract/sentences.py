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
    for a, b in _logical_lines(text, start, end):  # a line break ends a sentence, but for a hard-wrapped one
        spans.extend(_split_line(text, a, b))
    return spans


# Wire copy, e-mail and PDF text wrap paragraphs at a fixed width: a line that stops mid-sentence in such a
# paragraph runs on into the next. Elsewhere a line runs on only when it is long and the next goes on in lower case
# ("… 40 trucks\ncrossed into Armenia"); headlines, datelines and list lines end where they end.
_OPEN_END = re.compile(r"(?<![.!?…])(?<![.!?…][\"”’»)\]])$")  # no full stop, question or exclamation mark at the end
WRAP_WORDS = 6  # each line of a wrapped paragraph but the last has at least this many words …
WRAP_EVEN = 0.6  # … and is at least this share of the paragraph's longest line
WRAP_WIDTH = 110  # longer lines are whole paragraphs, not wrapped ones


def _logical_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines = [(max(m.start(), start), m.end()) for m in re.finditer(r"[^\n]+", text[:end]) if m.end() > start]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i + 1  # the block: lines with only a newline between them
        while j < len(lines) and text[lines[j - 1][1]:lines[j][0]] == "\n":
            j += 1
        block = lines[i:j]
        widest = max(b - a for a, b in block)
        first = block[0][0]
        for k, (a, b) in enumerate(block):
            nxt = block[k + 1] if k + 1 < len(block) else None
            long = len(text[a:b].split()) >= WRAP_WORDS
            # a line as wide as the paragraph's widest (a dateline or a short last line is not)
            wrapped = widest <= WRAP_WIDTH and b - a >= WRAP_EVEN * widest
            runs_on = nxt is not None and long and _OPEN_END.search(text[a:b]) is not None and (
                wrapped or text[nxt[0]:nxt[0] + 1].islower())
            if not runs_on:
                out.append((first, b))
                first = nxt[0] if nxt is not None else b
        i = j
    return out


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
