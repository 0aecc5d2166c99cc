"""Captured page text → article body, page chrome and source metadata.

A captured web page is the title (often repeated), the article as paragraphs
separated by blank lines, then chrome: "Subscribe…", menus and runs of unrelated
headlines one per line. The split is by the shape of the text, not by cutting
this one file by hand, so that every captured page goes through the same code.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .model import PublishedDate, Source

MAX_SOURCE_BYTES = 20 * 1024 * 1024

# Lines that open the page chrome after an article.
CHROME_MARKERS = re.compile(
    r"^(subscribe\b|follow us\b|share\b|related( news| articles)?\b|read more\b|all news\b|"
    r"more news\b|latest news\b|loading\b|advertisement\b|tags?:|©)",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"""[.!?…:;"”’»)\]]\s*$""")
MIN_PROSE_WORDS = 8
HEADLINE_RUN = 3  # this many short lines in a row, with no blank line between, is a list of links


class SourceTextError(ValueError):
    """A source file that cannot be read as article text; the message says why."""


@dataclass(frozen=True)
class PageParts:
    title: str
    body_start: int
    body_end: int
    chrome: tuple[tuple[int, int], ...]  # spans outside the body


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(stripped), stripped))
        pos += len(raw)
    return out


def _is_prose(line: str) -> bool:
    s = line.strip()
    return len(s.split()) >= MIN_PROSE_WORDS and bool(SENTENCE_END.search(s))


WRAPPED_LINE_WORDS = 6  # a hard-wrapped paragraph's lines: each this long, the last one ending a sentence …
WRAPPED_EVEN = 0.75  # … and each but the last nearly as wide as the widest (a headline above a paragraph is not)


def _wrapped_prose(lines: list[_Line]) -> set[int]:
    """Lines of paragraphs hard-wrapped at a fixed width (e-mail, wire copy, PDF text): prose as a whole although
    no line but the last ends a sentence. A run of short lines (links, menus) is not one."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        if lines[i].blank:
            i += 1
            continue
        j = i
        while j < len(lines) and not lines[j].blank:
            j += 1
        block = lines[i:j]
        widest = max(len(ln.text.strip()) for ln in block)
        if len(block) >= 2 and all(len(ln.text.split()) >= WRAPPED_LINE_WORDS
                                   and len(ln.text.strip()) >= WRAPPED_EVEN * widest for ln in block[:-1]) \
                and _is_prose(" ".join(ln.text.strip() for ln in block)):
            out.update(range(i, j))
        i = j
    return out


def _starts_headline_run(lines: list[_Line], i: int, wrapped: set[int] = frozenset()) -> bool:
    run = lines[i:i + HEADLINE_RUN]
    return len(run) == HEADLINE_RUN and all(not ln.blank and not _is_prose(ln.text) and i + k not in wrapped
                                            for k, ln in enumerate(run))


def _first_sentence(line: str, most: int = 120) -> str:
    m = re.match(r"(.+?[.!?])(?:\s|$)", line)
    first = m.group(1) if m else line
    return first if len(first) <= most else first[:most].rsplit(" ", 1)[0] + "…"


def split_page(text: str) -> PageParts:
    """Find the article body in a captured page. Raises SourceTextError if there is none."""
    lines = _lines(text)
    nonblank = [ln for ln in lines if not ln.blank]
    if not nonblank:
        raise SourceTextError("the text is empty")
    title = nonblank[0].text.strip()

    body_lines: list[_Line] = []
    wrapped = _wrapped_prose(lines)
    for i, ln in enumerate(lines):
        if ln.blank:
            continue
        s = ln.text.strip()
        if not body_lines:
            # Before the body: the title and its repeats, bylines, short menu lines (a wrapped paragraph that
            # opens the text is body: it has no headline)
            if s == title and i not in wrapped or not (_is_prose(s) or i in wrapped):
                continue
            if s == title:
                title = _first_sentence(" ".join(ln.text.strip() for ln in lines[i:] if not ln.blank))
            body_lines.append(ln)
            continue
        if CHROME_MARKERS.match(s) or _starts_headline_run(lines, i, wrapped):
            break
        body_lines.append(ln)
    if not body_lines and all(_is_prose(ln.text) for ln in nonblank):
        # a pasted paragraph or two with no headline: the text is all body, its first sentence names it
        body_lines = nonblank
        title = _first_sentence(title)
    if not body_lines:
        raise SourceTextError("no article paragraphs found: every line looks like a title, menu or headline")
    start, end = body_lines[0].start, body_lines[-1].end
    chrome = tuple(span for span in ((0, start), (end, len(text))) if span[1] > span[0])
    return PageParts(title=title, body_start=start, body_end=end, chrome=chrome)


def decode_source_bytes(data: bytes, *, name: str = "the file") -> str:
    """Bytes → text, refusing what is not article text, with a message that says why."""
    if not data.strip():
        raise SourceTextError(f"{name} is empty")
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceTextError(
            f"{name} is {len(data) / 2**20:.1f} MiB; the limit for one article is {MAX_SOURCE_BYTES / 2**20:.0f} MiB"
        )
    if b"\x00" in data:
        raise SourceTextError(f"{name} looks binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceTextError(
            f"{name} is not valid UTF-8 (byte {exc.start}); save it as UTF-8 and try again"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Encodings tried when a file is not UTF-8, in the order of likelihood for this region's press.
DETECTABLE_ENCODINGS = ("utf_16", "cp1251", "cp1254", "cp1252", "iso8859_9", "koi8_r", "cp1256", "iso8859_1")


def detect_and_decode(data: bytes, *, name: str = "the file") -> tuple[str, str]:
    """Bytes → (text, encoding). UTF-8 first; then UTF-16 with a BOM; then charset-normalizer
    among DETECTABLE_ENCODINGS. Binary, empty and huge files get a clear message."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return decode_source_bytes(data.decode("utf-16").encode("utf-8"), name=name), "utf-16"
        except UnicodeDecodeError:
            raise SourceTextError(f"{name} starts like UTF-16 but does not decode as it") from None
    if (wide := _utf16_without_bom(data)) is not None:
        return decode_source_bytes(data.decode(wide).encode("utf-8"), name=name), f"{wide} (no byte-order mark)"
    try:
        return decode_source_bytes(data, name=name), "utf-8"
    except SourceTextError as exc:
        if "not valid UTF-8" not in str(exc):
            raise
    # Mostly UTF-8 with a few damaged bytes (a paste across two tools): read as UTF-8 and say so; a legacy
    # code page ("Ստեփանակերտ" saved as cp1251 would be mojibake) leaves almost nothing valid.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if valid >= 2 * bad:
        decode_source_bytes(text.encode("utf-8"), name=name)  # empty, binary, huge: the same refusals
        return (text.replace("\r\n", "\n").replace("\r", "\n"),
                f"utf-8, {bad:,} invalid byte{'s' if bad != 1 else ''} replaced with \ufffd")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(DETECTABLE_ENCODINGS)).best()
    if best is None or best.chaos > 0.2:
        raise SourceTextError(
            f"{name} is not UTF-8 and its encoding could not be told apart with confidence "
            f"(tried {', '.join(DETECTABLE_ENCODINGS)}); save it as UTF-8 and try again")
    text = str(best).replace("\r\n", "\n").replace("\r", "\n")
    return text, best.encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark: a NUL beside nearly every Latin letter, always on the same side."""
    if len(data) < 8 or len(data) % 2 or b"\x00" not in data:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.3 * half and other == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            readable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
            return codec if "\x00" not in text and readable >= 0.98 * len(text) else None
    return None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _date_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def load_source(meta_path: Path) -> Source:
    """Read `<id>.json` metadata and the captured text it names; check the hash."""
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    text_path = meta_path.parent / meta["text_file"]
    text = decode_source_bytes(text_path.read_bytes(), name=text_path.name)
    digest = sha256_text(text)
    if meta.get("sha256") and meta["sha256"] != digest:
        raise SourceTextError(f"{text_path.name} has changed since it was recorded (sha256 {digest[:12]}…)")
    parts = split_page(text)
    pub = meta["published"]
    return Source(
        source_id=meta["source_id"],
        outlet=meta["outlet"],
        title=meta.get("title") or parts.title,
        url=meta.get("url"),
        published=PublishedDate(
            earliest=_date_or_none(pub.get("earliest")),
            latest=_date_or_none(pub.get("latest")),
            precision=pub["precision"],
            basis=pub["basis"],
        ),
        text=text,
        body_start=parts.body_start,
        body_end=parts.body_end,
        sha256=digest,
        reliability=meta.get("reliability", "F"),
        language=meta.get("language", "en"),
        perspective=meta.get("perspective", ""),
        country=meta.get("country", ""),
    )


def load_sources(directory: Path) -> tuple[Source, ...]:
    return tuple(load_source(p) for p in sorted(directory.glob("*.json")))
