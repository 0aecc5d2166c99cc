"""What a captured report says about itself: its publication date, its headline, its photo captions.

Pure functions over the captured text (and, when there is one, the raw HTML). Nothing here guesses:
a date without a year stays without a year, and a date inside an article sentence is an event, not
the publication. Offsets are Python string indices into `text`, as everywhere in geo.model.
"""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

from .model import PublishedDate

How = Literal["html meta", "html time", "json-ld", "dateline", "byline", "printed date"]


@dataclass(frozen=True)
class Publication:
    year: int | None
    month: int | None
    day: int | None
    surface: str  # exact text matched ("" for HTML meta); for a printed date or byline, the whole stamp line
    start: int | None  # offsets into text; None when the date came from the HTML
    end: int | None
    how: How
    detail: str = ""  # for HTML sources: which field said it, and its raw value

    def published_date(self) -> PublishedDate:
        basis = f"{self.how} '{self.surface}'" if self.surface else f"{self.how} {self.detail}".strip()
        if self.year and self.month and self.day:
            d = date(self.year, self.month, self.day)
            return PublishedDate(d, d, "day", basis)
        if self.year and self.month:
            last = date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
            return PublishedDate(date(self.year, self.month, 1), last, "month", basis)
        if self.month and self.day:
            # A yearless dateline is common (TASS, Armenpress, Trend). Filling in "this year" would put a
            # 2021 report into 2024 when it is ingested late, so the year stays unknown.
            return PublishedDate(None, None, "unknown",
                                 f"{self.how} gives {self.day} {calendar.month_name[self.month]} but no year")
        return PublishedDate(None, None, "unknown", f"{self.how} gives no usable date")


# ---------------------------------------------------------------- dates in text

_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])")
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_YEAR = r"(?:19|20)\d\d(?!\d)"


def _date_re(p: str, year_required: bool) -> str:
    opt = "" if year_required else "?"
    return (
        rf"(?<![\d.])(?i:"
        # year first: 2023-04-24, 2020.12.01 (ISO, and the dotted form some Azerbaijani sites print)
        rf"(?P<{p}y4>{_YEAR})(?P<{p}s4>[./-])(?P<{p}m4>\d{{1,2}})(?P={p}s4)(?P<{p}d4>\d{{1,2}})(?!\d)"
        # day first: 23.04.23, 12.03.2023, 19/06/2017 — the region's convention (see _numeric)
        rf"|(?P<{p}d3>\d{{1,2}})(?P<{p}s3>[./-])(?P<{p}m3>\d{{1,2}})(?P={p}s3)(?P<{p}y3>{_YEAR}|\d\d(?!\d))"
        rf"|(?P<{p}m1>{_MON})\.?\s+(?P<{p}d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<{p}y1>{_YEAR})){opt}"
        rf"|(?P<{p}d2>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?P<{p}m2>{_MON})\.?(?:,?\s+(?P<{p}y2>{_YEAR})){opt}"
        + (rf"|(?P<{p}m5>{_MON})\.?,?\s+(?P<{p}y5>{_YEAR})" if year_required else "")
        + ")"
    )


_DATE_Y = re.compile(_date_re("", True), re.IGNORECASE)
_AMPM_AFTER = re.compile(r"^\D{0,3}\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\b", re.IGNORECASE)


def _valid(y: int | None, m: int | None, d: int | None, today: date) -> bool:
    # 30 February is no date; a yearless 29 February may be one, so it is checked against a leap year
    return (y is None or 1990 <= y <= today.year + 1) and m is not None and 1 <= m <= 12 and \
        (d is None or 1 <= d <= calendar.monthrange(y or 2000, m)[1])


def _numeric(a: int, b: int, sep: str, after: str) -> tuple[int, int]:
    """(day, month). Day first is the convention of the Armenian, Azerbaijani, Russian and Iranian press; only a
    slash date may be month first, when the first part cannot be a month (05/16/2011, a Drupal stamp) or when a
    12-hour clock follows (10/9/2023 10:50:50 AM, the US-style stamp of .NET sites such as nournews)."""
    if sep == "/" and a <= 12 and (b > 12 or _AMPM_AFTER.match(after)):
        return b, a
    return a, b


def _parts(m: re.Match, p: str, text: str, today: date) -> tuple[int | None, int | None, int | None] | None:
    g = {k[len(p):]: v for k, v in m.groupdict().items() if k.startswith(p) and v is not None}
    if "y4" in g:
        y, mo, d = int(g["y4"]), int(g["m4"]), int(g["d4"])
    elif "y3" in g:
        d, mo = _numeric(int(g["d3"]), int(g["m3"]), g["s3"], text[m.end():m.end() + 20])
        y = int(g["y3"])
        if len(g["y3"]) == 2:  # 23.04.23: this century, unless that would lie in the future
            y += 2000 if 2000 + y <= today.year + 1 else 1900
    else:
        n = next(n for n in "125" if "m" + n in g)  # every other alternative of _date_re names a month
        y, mo, d = (int(g["y" + n]) if "y" + n in g else None), _MONTHS[g["m" + n][:3].lower()], \
            (int(g["d" + n]) if "d" + n in g else None)
    return (y, mo, d) if _valid(y, mo, d, today) else None


def _first_date(s: str, today: date) -> tuple[re.Match, tuple] | None:
    return next(((m, p) for m in _DATE_Y.finditer(s) if (p := _parts(m, "", s, today))), None)


# A dateline opens the body: PLACE[, Region | /Region/] , DATE [agency] then punctuation.
# "YEREVAN, March 23 (Combined Sources) —", "Baku/23.04.23/Trend", "STEPANAKERT /Nagorno-Karabakh/,
# November 15. /TASS/.", "Kornidzor, Armenia, Sep 25 (EFE).-", "YEREVAN, DECEMBER 19, ARMENPRESS."
_PLACE = r"[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2}"
_DATELINE = re.compile(
    r"^\s*(?:\([^()\n]{1,60}\)\s*)?"  # "(MENAFN- Trend News Agency) BAKU, …" as syndicated copies print it
    r"(?!(?:In|On|At|By|From|Since|Until|After|Before|The|A|An|And|But|As|For|Of|To)\b)"  # a sentence, not a place
    r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"  # "Mon, 05/16/2011 - 10:31" is a stamp, not a place
    rf"(?P<dl>{_PLACE}(?:\s*,\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?|\s*/[^/\n]{{1,40}}/){{0,2}}\s*[,/]\s*"
    rf"(?:{_date_re('x', False)})"
    r"(?:\s*\([^()\n]{1,40}\)|\.?\s*/[^/\n]{1,20}/|\s*[,/]\s*[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})?)"
    r"(?=\s*(?:$|[-–—.:,;(/])|(?<=[/)])\s)"  # punctuation ends it; after "(MNA)" or "/TASS/" a space will do
)

# A rights group's release: "(Berlin, April 6, 2023) – The blockade …".
_PAREN_DATELINE = re.compile(rf"^\s*\((?P<dl>{_PLACE}\s*,\s*(?:{_date_re('x', False)}))\)\s*[-–—]")

_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?(?![a-z]))?|\b\d{1,2}\s*[ap]\.?m\.?(?![a-z])",
                   re.IGNORECASE)
_TZ = re.compile(r"\(?\b(?:AMT|GMT|UTC|MSK|AZT|IRST|EET|CET|BST)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?")
_LABEL = re.compile(r"\b(?:last\s+updated?|updated|published|posted|publish(?:ed)?\s+date|publication\s+date|"
                    r"date|created|modified|written\s+by|by|author|on|at)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated|last\s+update|modified|edited)\b", re.IGNORECASE)
_STAMP_WORD = re.compile(r"\b(?:updated|last\s+update|published|posted|publish|date|created|modified)\b", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*(?:by|author:?|written\s+by|posted\s+by)\s", re.IGNORECASE)
_NOISE = re.compile(r"\b\d+\s*min(?:ute)?s?\s+read\b|\b(?:read|views?|comments?)\s*:?\s*\d+|\b(?:mon|tue|wed|thu|fri|"
                    r"sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?", re.IGNORECASE)
_STAMP_SEP = re.compile(r"[|·•—–\[\]]|\s-\s")
DATELINE_LINES = 3  # the body's first line and the two just above it
MAX_STAMP_WORDS = 3  # a name ("Anna Petrosyan") or a section ("Society … Armenia") may sit beside the date


def _stamp(line: str, today: date) -> tuple[tuple, bool] | None:
    """(date parts, is an 'updated' stamp) when the line is a printed date or byline, not a sentence.
    What is left once the date, clock, time zone and labels are taken out must be at most a short name;
    so a headline or sentence that happens to hold a date is never taken as the publication."""
    if not (found := _first_date(line, today)):
        return None
    m, parts = found
    rest = line[:m.start()] + " " + line[m.end():]
    # "on" and "at" are taken out below but are no sign of a stamp: "Trucks cross on 12 March 2023" is a headline
    has_signal = bool(_TIME.search(rest) or _STAMP_WORD.search(rest) or _BYLINE.match(line) or _STAMP_SEP.search(line))
    for pat in (_TZ, _TIME, _NOISE, _LABEL):
        rest = pat.sub(" ", rest)
    words = re.findall(r"[^\W\d_]{2,}", rest)
    if words and not (len(words) <= MAX_STAMP_WORDS and has_signal):
        return None
    return parts, bool(_UPDATED.search(line))


class _Line(NamedTuple):
    start: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append(_Line(pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def _head_lines(text: str, body_start: int) -> tuple[list[_Line], _Line | None]:
    """The lines before the body, and the first non-blank line of the body that is not a photo caption
    (split_page may open the body with a caption written as a sentence; the dateline follows it)."""
    before, first = [], None
    captions = find_captions(text, body_start, min(len(text), body_start + 4000))
    for ln in _lines(text):
        if not ln.text.strip():
            continue
        if ln.start + len(ln.text) <= body_start:
            before.append(ln)
        elif not any(a <= ln.start + len(ln.text) - len(ln.text.lstrip()) < b for a, b in captions):
            first = ln
            break
    return before, first


def _from_text(text: str, body_start: int, today: date) -> Publication | None:
    before, first = _head_lines(text, max(0, min(body_start, len(text))))
    # Nearest the body first. A dateline opens the body, or sits on its own short line just above it ("BAKU,
    # Azerbaijan, Oct. 12"), never among the other stories' datelines higher up; the article's own stamp sits
    # under its headline, while lists of other dated headlines sit higher up in the page chrome.
    near = ([first] if first else []) + before[::-1]
    dateline, stamps, updated = None, [], []
    for ln in near[:DATELINE_LINES]:
        m = _DATELINE.match(ln.text) or _PAREN_DATELINE.match(ln.text)
        if m and (parts := _parts(m, "x", ln.text, today)):  # 30 February or 1985 is no dateline
            dateline = Publication(*parts, surface=m["dl"], start=ln.start + m.start("dl"),
                                   end=ln.start + m.end("dl"), how="dateline")
            break
    for ln in near:
        if got := _stamp(ln.text, today):
            s = ln.text.strip()
            off = ln.start + ln.text.index(s)
            pub = Publication(*got[0], surface=s, start=off, end=off + len(s),
                              how="byline" if _BYLINE.match(s) else "printed date")
            (updated if got[1] else stamps).append(pub)
    if dateline is None:
        dateline = _solar_dateline(near[:DATELINE_LINES])
    # A site-wide "Last update: …" sits in the chrome; an article's own printed date comes first.
    printed = (stamps or updated or [None])[0]
    # Precedence is dateline > printed date, but a yearless dateline does not beat a printed date that has
    # a year (Armenpress prints "16:05, 19 December, 2020" above "YEREVAN, DECEMBER 19, ARMENPRESS.").
    if dateline and dateline.year:
        return dateline
    return printed or dateline


# "TEHRAN, Farvardin 10, 1402 (IRNA) –": an Iranian agency's dateline in the Solar Hijri calendar, with its year.
# Day first too: "TABRIZ, 13 Mehr 1399 (ANA) –".
_SOLAR_DATELINE = re.compile(rf"^\s*(?P<dl>{_PLACE}\s*,\s*(?:(?P<m>[A-Z][a-z]+)\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+"
                             rf"(?P<m2>[A-Z][a-z]+)),?\s+(?P<y>1[34]\d\d))"
                             r"(?=\s*(?:$|[-–—.:,;(/]))")


def _solar_dateline(lines: list[_Line]) -> Publication | None:
    from .extract.solar import solar_day  # the extractor imports this module: read the calendar lazily

    for ln in lines:
        m = _SOLAR_DATELINE.match(ln.text)
        if m and (day := solar_day(m["m"] or m["m2"], int(m["d"] or m["d2"]), int(m["y"]))):
            return Publication(day.year, day.month, day.day, surface=m["dl"], start=ln.start + m.start("dl"),
                               end=ln.start + m.end("dl"), how="dateline")
    return None


# ---------------------------------------------------------------- dates in HTML

_META_KEYS = ("article:published_time", "og:article:published_time", "og:published_time", "datepublished",
              "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "sailthru.date",
              "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date")
_ISO = re.compile(r"^\s*(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?!\d)|^\s*(\d{4})(\d{2})(\d{2})(?!\d)")  # 20230424 too
MAX_JSON_CHARS = 1_000_000
MAX_JSON_NODES = 5_000


def _parse_value(value: object, today: date) -> tuple | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value[:200]
    m = _ISO.match(value)
    if m:
        # The date as the outlet wrote it, in its own zone: 2023-04-24T03:57:00+08:00 is 24 April, the
        # date the page prints, not 23 April UTC.
        g = m.groups()[:3] if m[1] else m.groups()[3:]
        y, mo, d = int(g[0]), int(g[1]), int(g[2]) if g[2] else None
        return (y, mo, d) if _valid(y, mo, d, today) else None
    found = _first_date(value, today)  # "Mon, 24 Apr 2023 03:57:00 +0800", "April 24, 2023"
    return found[1] if found else None


def _json_ld_dates(data: object) -> list[tuple[str, object]]:
    """(type, datePublished) of every article-like node, walked without recursion and within a budget,
    so that a deeply nested or huge hostile document cannot exhaust the stack or the time."""
    out, stack, seen = [], [data], 0
    while stack and seen < MAX_JSON_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            types = node.get("@type") if isinstance(node.get("@type"), list) else [node.get("@type")]
            kind = next((t for t in types if isinstance(t, str) and t.endswith(("Article", "BlogPosting", "Report"))),
                        None)
            if kind and "datePublished" in node:
                out.append((kind, node["datePublished"]))
            stack.extend(v for k, v in node.items() if k == "@graph" or isinstance(v, (dict, list)))
    return out


def _from_html(html: str, today: date) -> Publication | None:
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(html, "html.parser")
        metas: dict[str, str] = {}
        for tag in soup.find_all("meta"):
            key, content = tag.get("property") or tag.get("name") or tag.get("itemprop"), tag.get("content")
            if isinstance(key, str) and isinstance(content, str):
                metas.setdefault(key.strip().lower(), content)
        for key in _META_KEYS:
            if parts := _parse_value(metas.get(key), today):
                return Publication(*parts, "", None, None, "html meta", f"{key}={metas[key][:80]!r}")
        for script in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
            try:
                data = json.loads(script.string or "") if len(script.string or "") <= MAX_JSON_CHARS else None
            except (ValueError, RecursionError):
                continue  # broken JSON-LD is common; the next script or the <time> element may still say
            for kind, value in _json_ld_dates(data):
                if parts := _parse_value(value, today):
                    return Publication(*parts, "", None, None, "json-ld", f"{kind} datePublished={value[:80]!r}")
        # An article's <time> elements also stamp updates and related links: prefer the one marked as the
        # publication, never one marked as a modification.
        times = [t for t in (soup.find("article") or soup).find_all("time") if isinstance(t.get("datetime"), str)]
        marks = {id(t): " ".join([*(t.get("class") or []), str(t.get("itemprop") or ""),
                                  "pubdate" if t.has_attr("pubdate") else ""]).lower() for t in times}
        preferred = [t for t in times if re.search(r"publish|pubdate|posted|entry-date", marks[id(t)])]
        for t in preferred + [t for t in times if not re.search(r"modif|updat", marks[id(t)])]:
            if parts := _parse_value(t["datetime"], today):
                return Publication(*parts, "", None, None, "html time", f"datetime={t['datetime'][:80]!r}")
    except Exception:  # noqa: BLE001 — hostile HTML must never stop an ingest; the text is still read
        return None
    return None


def find_publication(text: str, html: str | None = None, body_start: int = 0, *,
                     today: date | None = None) -> Publication | None:
    """The publication date a report states about itself. HTML meta and JSON-LD come first, then the
    article's <time>, then a dateline opening the body, then a printed date or byline in the lines before
    the body (and the body's first line). body_start is PageParts.body_start from sources.split_page."""
    today = today or date.today()
    if html and (found := _from_html(html, today)):
        return found
    return _from_text(text, body_start, today) if text and text.strip() else None


# ---------------------------------------------------------------- captions and headline

_AGENCIES = (r"AFP|Reuters|REUTERS|AP|AP Photo|EPA|EFE|Getty Images|TASS|Sputnik|RIA Novosti|Xinhua|Anadolu|AA|"
             r"Photolure|PAN Photo|Armenpress|ARMENPRESS|Azertac|AZERTAC|APA|Trend|IRNA|Mehr|Tasnim|ZUMA Press|"
             r"Scanpix|LETA|TNS|Shutterstock|Pool|Courtesy")
_CAP_START = re.compile(r"^[(\[]?\s*(?:photo\s*credits?\b|(?:(?:file|archive)\s+photo|photo(?:graph)?s?|image|picture|pictured"
                        r"|credit|source|illustration|video|foto|фото)\s*(?::|\bby\b))|^©", re.IGNORECASE)
_CAP_INLINE = re.compile(r"\((?i:Photos?|Image|Video|Credit|Photo credit)\s*(?::|(?i:by)\b)[^()\n]{1,60}\)"
                         r"|\([^()\n]{2,40}\s[Pp]hotos?\)|©\s*\S"
                         r"|\([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s[Pp]hoto\s*[/,][^()\n]{1,40}\)\s*$")
_CAP_END = re.compile(rf"(?:(?:^|[.!?)»”\"]\s+|\s[-–—|]\s*)(?:Photos?|PHOTO|Image|Credit|Photo credit|(?:File|Archive) photo)"
                      rf"\s*(?::|by\b)\s*(?:[^.!?\n]|\.(?=\w)|(?<=\b[A-Z])\.\s(?=[A-Z])){{1,70}}|\b(?:{_AGENCIES})\s*/\s*[A-Z][\w.'’-]+"
                      rf"(?:\s[A-Z][\w.'’-]+){{0,3}}(?:/(?i:file\s+photo))?|\s/\s*(?:{_AGENCIES})"
                      rf"|[.!?]\s+(?:(?:File|Archive)\s+(?:photo|image)|Photo\s+courtesy\s+of\s+[^.!?\n]{{1,60}}"
                      rf"|Source:\s*(?:{_AGENCIES})"
                      # "… in November 2020. Northbridge Press/Sona Harper": any outlet, then the photographer
                      rf"|[A-Z][\w.'’&-]+(?:\s[A-Z][\w.'’&-]+){{0,3}}\s*/\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){{0,2}}))\.?\s*$")
_CREDIT_ONLY = re.compile(rf"^(?:{_AGENCIES})\s*/\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){{0,3}}$")  # REUTERS/Name
MAX_CAPTION_WORDS = 60  # longer than this, only the credit sentence and the one before it is a caption
MAX_DESCRIPTION_WORDS = 50  # a line just above a bare credit line is its description when this short (AFP: two sentences)
MAX_LABEL_WORDS, MAX_SOURCE_WORDS = 20, 8  # "Source: Getty Images" is a credit; "Source: the ministry said …" not


def _agency_list(s: str) -> bool:
    # "Gilles Bader / Le Pictorium Agency / ZUMA Press / Scanpix / LETA": credits separated by slashes
    segs = [x.strip() for x in s.split(" / ")]
    return len(segs) >= 2 and len(s.split()) <= 15 and any(re.fullmatch(_AGENCIES, x) for x in segs) \
        and all(x[:1].isupper() and len(x.split()) <= 4 for x in segs)


def _caption_kind(s: str) -> str | None:
    """'credit' for a line that is only a credit, 'caption' for a described photo, None otherwise."""
    words = len(s.split())
    if _CAP_START.match(s):
        limit = MAX_SOURCE_WORDS if re.match(r"\W*source", s, re.IGNORECASE) else MAX_LABEL_WORDS
        return "credit" if words <= limit else None
    if _agency_list(s) or _CREDIT_ONLY.match(s.rstrip(".")):
        return "credit"
    if _CAP_INLINE.search(s) or _CAP_END.search(s):
        return "caption"
    # "Açıq mənbələrdən foto." ("photo from open sources", Azerbaijani sites)
    return "credit" if words <= 6 and re.search(r"\bfoto\.?$", s, re.IGNORECASE) else None


def _credit_sentences(line: _Line) -> tuple[int, int]:
    """In an over-long line, the sentence holding the credit and the one before it."""
    m = _CAP_INLINE.search(line.text) or _CAP_END.search(line.text)
    pos = m.start() + len(m[0]) - len(m[0].lstrip(".!?)»”\" -–—|")) if m else len(line.text)
    bounds = [0] + [b.end() for b in re.finditer(r"[.!?]\s+", line.text) if b.end() <= pos]
    start = bounds[-2] if len(bounds) >= 2 and bounds[-1] == pos else bounds[-1]
    return line.start + start, line.start + len(line.text)


def find_captions(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Spans of photo captions and credits between start and end, so that no claim is read out of them."""
    lines = [ln for ln in _lines(text) if ln.start < end and ln.start + len(ln.text) > start]
    first_ink = len(text) - len(text.lstrip())  # where the page's first line, its headline, starts
    spans: list[tuple[int, int]] = []
    caption_texts: set[str] = set()
    taken: set[int] = set()
    for i, ln in enumerate(lines):
        s = ln.text.strip()
        if not s or not (kind := _caption_kind(s)):
            continue
        lo = ln.start + ln.text.index(s)
        lo, hi = _credit_sentences(ln) if len(s.split()) > MAX_CAPTION_WORDS else (lo, lo + len(s))
        prev = lines[i - 1] if i else None
        if kind == "credit" and prev and prev.start > first_ink and prev.start + len(prev.text) + 1 == ln.start \
                and prev.text.strip() and len(prev.text.split()) <= MAX_DESCRIPTION_WORDS:
            # the description sits on the line just above its bare credit (Meduza, TASS photo pages)
            caption_texts.add(prev.text.strip())
            lo = prev.start + prev.text.index(prev.text.strip())
            taken.add(i - 1)
        caption_texts.add(s)
        taken.add(i)
        spans.append((lo, hi))
    # A captured page repeats a caption (lightbox, gallery, print view): every copy is a caption.
    for i, ln in enumerate(lines):
        if i not in taken and (s := ln.text.strip()) in caption_texts:
            lo = ln.start + ln.text.index(s)
            spans.append((lo, lo + len(s)))
    merged: list[tuple[int, int]] = []
    for a, b in sorted((max(a, start), min(b, end)) for a, b in spans):
        if b <= a:
            continue
        if merged and a < merged[-1][1]:  # a described photo whose description was itself a caption line
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return tuple(merged)


_MENU = re.compile(r"^(?:skip to|jump to|menu\b|main menu|home\b|search\b|log ?in\b|sign in|subscribe|toggle|"
                   r"navigation|accessibility|cookies?\b|https?://|www\.)", re.IGNORECASE)
MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 250


def find_headline(text: str) -> tuple[int, int] | None:
    """The span of the first non-blank line, when it looks like a title rather than a menu, dateline,
    date stamp, caption or paragraph."""
    if (first := next((ln for ln in _lines(text) if ln.text.strip()), None)) is None:
        return None
    s = first.text.strip()
    words = s.split()
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS or len(s) > MAX_HEADLINE_CHARS or _MENU.match(s):
        return None
    if not re.search(r"[^\W\d_]", s) or (s.endswith(".") and len(words) >= 8):
        return None  # no letters at all, or a sentence: the page starts with its body
    if _DATELINE.match(s) or _stamp(s, date.today()) or _caption_kind(s):
        return None
    lo = first.start + first.text.index(s)
    return lo, lo + len(s)
