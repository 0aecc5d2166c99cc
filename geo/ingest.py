"""A new report → source, place mentions, claims, links, written to the store in one transaction.

Stages: read (encoding, HTML) → split (body vs chrome, the same code as the seed)
→ geoparse → extract → link → write. Ids are derived from the text, so ingesting
the same text again changes nothing and keeps the same ids.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .choices import RELIABILITY_GRADES
from .extract import extract_claims
from .geoparse import ParseResult, geoparser, places_named
from .model import Claim, Mention, Place, PublishedDate, Source
from .sources import SourceTextError, detect_and_decode, sha256_text, split_page
from .store import GeoPackageStore

Progress = Callable[[float, str], None]


# What a person types about a report: an outlet name is a line, a URL a web address (never javascript: or file:).
MAX_OUTLET, MAX_TITLE, MAX_URL = 200, 500, 2048
_WEB_URL = re.compile(r"https?://[^\s<>\"']+", re.I)


@dataclass(frozen=True)
class SourceMeta:
    outlet: str = "Unknown outlet"
    title: str | None = None
    published: date | None = None
    url: str | None = None
    reliability: str = "F"
    country: str = ""  # the outlet's country, ISO 3166 alpha-2 ("AM", "AZ", "IR" …): its side in the filters

    def __post_init__(self) -> None:
        if self.reliability not in RELIABILITY_GRADES:
            raise ValueError(f"reliability must be one of A–F, not {self.reliability!r}")
        if self.country and not (len(self.country) == 2 and self.country.isascii() and self.country.isupper()):
            raise ValueError(f"country must be a two-letter ISO code such as AM, AZ or IR, not {self.country[:20]!r}")
        for name, value, most in (("outlet", self.outlet, MAX_OUTLET), ("title", self.title, MAX_TITLE)):
            if value is not None and len(value) > most:
                raise ValueError(f"the {name} is {len(value):,} characters long; the limit is {most:,}")
            if value is not None and any(ord(ch) < 32 for ch in value):
                raise ValueError(f"the {name} holds control characters (a tab or a line break): type it on one line")
        if self.url is not None and (len(self.url) > MAX_URL or not _WEB_URL.fullmatch(self.url)):
            raise ValueError("the URL must be a web address starting with http:// or https:// (at most "
                             f"{MAX_URL:,} characters, no spaces), not {self.url[:40]!r}")


@dataclass(frozen=True)
class IngestResult:
    source: Source
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    places: tuple[Place, ...]
    encoding: str
    unchanged: bool

    @property
    def uncertain_mentions(self) -> int:
        return sum(1 for m in self.mentions if m.uncertain)

    @property
    def uncertain_claims(self) -> int:
        return sum(1 for c in self.claims if c.uncertain)

    @property
    def year_unknown(self) -> int:
        return sum(1 for c in self.claims if any(f.startswith("year unknown") for f in c.flags))

    def summary(self) -> str:
        if self.unchanged:
            return f"{self.source.source_id}: already in the store, unchanged"
        text = (f"{self.source.source_id}: {len(self.mentions)} place mentions ({self.uncertain_mentions} to review), "
                f"{len(self.claims)} claims ({self.uncertain_claims} to review), read as {self.encoding}; "
                f"{publication_note(self.source.published)}")
        if self.year_unknown:
            text += f"; {self.year_unknown} claims dated 'year unknown'"
        if not self.claims:
            words = len(self.source.body.split())
            text += (f". No claim found in {words:,} words of article body: no sentence gives a count, or a date "
                     "with a crossing, movement, restriction, detention or diplomatic event (captions are not read "
                     "for claims)")
        return text


def publication_note(published: PublishedDate) -> str:
    if published.earliest is None and published.latest is None:
        return "publication date unknown (" + published.basis + ")" if published.basis else "publication date unknown"
    return f"published {published.describe()} ({published.basis})"


_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "figcaption", "pre")
_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg",
         "button", "select")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or bool(re.search(r"<(p|div|body|article)[\s>]", head))


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text with one blank line between blocks, and the page title. Scripts never survive."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(_DROP):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_after("\n\n")
    body = soup.find("article") or soup.body or soup
    text = body.get_text()
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, title


def source_id_for(text: str) -> str:
    return f"src-{sha256_text(text)[:12]}"


def prepare_source(raw: bytes | str, meta: SourceMeta, name: str = "the text") -> tuple[Source, str]:
    """Decode, strip HTML, find the body. Raises SourceTextError with a message a person can act on."""
    if isinstance(raw, bytes):
        text, encoding = detect_and_decode(raw, name=name)
    else:
        if not raw.strip():
            raise SourceTextError(f"{name} is empty")
        text, encoding = raw.replace("\r\n", "\n").replace("\r", "\n"), "utf-8"
    title, html = None, None
    if looks_like_html(text):
        html = text
        text, title = html_to_text(text)
        encoding += ", HTML reduced to text"
    parts = split_page(text)
    published = PublishedDate(meta.published, meta.published, "day", "given at ingest") if meta.published else \
        published_in(text, html, parts.body_start)
    source = Source(
        source_id=source_id_for(text), outlet=meta.outlet, title=meta.title or title or parts.title,
        url=meta.url, published=published, text=text, body_start=parts.body_start, body_end=parts.body_end,
        sha256=sha256_text(text), reliability=meta.reliability, country=meta.country,
    )
    return source, encoding


NO_DATE = ("no publication date given or found in the text: dates that need a year are flagged "
           "'year unknown', never read against today")


def published_in(text: str, html: str | None = None, body_start: int = 0) -> PublishedDate:
    """The publication date the report states about itself (HTML meta, a dateline, a printed date), and where
    it was found; "unknown" when it states none: nothing is filled in."""
    from .pagemeta import find_publication

    found = find_publication(text, html, body_start)
    if found is None:
        return PublishedDate(None, None, "unknown", NO_DATE)
    return found.published_date()


@dataclass(frozen=True)
class Analysis:
    """What reading one source finds: its place mentions (headline and body), the places they resolve to, and
    its claims (a figure only the headline states is one too, flagged as such; captions make none)."""

    mentions: tuple[Mention, ...]
    places: tuple[Place, ...]
    claims: tuple[Claim, ...]


HEAD_LINES = 4  # lines right before the body read for places: a byline or a dateline, not a page's menus
HEAD_LINE_WORDS = 15


def analyse(source: Source, gazetteer: Sequence[Place], progress: Callable[[float], None] | None = None) -> Analysis:
    """Geoparse the headline, the lines that introduce the body and the body; extract the claims."""
    parsed = _parse(source, gazetteer)
    mentions = parsed.mentions
    places = {**{p.place_id: p for p in gazetteer}, **{p.place_id: p for p in parsed.places}}
    claims = extract_claims(source, mentions, places, progress=progress, inner=parsed.inner)
    head = headline_span(source)
    if head is not None:
        claims = claims + headline_claims(source, head, mentions, places, claims, parsed.inner)
    return Analysis(mentions, parsed.places, claims)


def places_named_in(source: Source, gazetteer: Sequence[Place]) -> tuple[Place, ...]:
    """Every place the text names, in text order, once each — the towns inside a road named by its ends too
    ("Goris-Kapan road" names the road, Goris and Kapan), which are not mentions of their own."""
    parsed = _parse(source, gazetteer)
    places = {**{p.place_id: p for p in gazetteer}, **{p.place_id: p for p in parsed.places}}
    return tuple(places[i] for i in places_named(parsed) if i in places)


def _parse(source: Source, gazetteer: Sequence[Place]) -> ParseResult:
    """The places of the body and of the lines read before it (headline, byline, dateline); not the page's
    other chrome."""
    parsed = geoparser(gazetteer).parse(source.text, 0, source.body_end, source.source_id)
    kept = _read_spans(source)

    def read(m: Mention) -> bool:
        return m.start >= source.body_start or any(a <= m.start and m.end <= b for a, b in kept)

    return replace(parsed, mentions=tuple(filter(read, parsed.mentions)), inner=tuple(filter(read, parsed.inner)))


def headline_span(source: Source) -> tuple[int, int] | None:
    from .pagemeta import find_headline

    head = find_headline(source.text)
    return head if head is not None and head[1] <= source.body_start else None


def _read_spans(source: Source) -> list[tuple[int, int]]:
    """The headline, and the short lines right before the body (byline, dateline, printed date)."""
    spans = [h] if (h := headline_span(source)) else []
    lines, pos = [], 0
    for raw in source.text[:source.body_start].splitlines(keepends=True):
        if raw.strip():
            lines.append((pos, pos + len(raw.rstrip())))
        pos += len(raw)
    spans += [(a, b) for a, b in lines[-HEAD_LINES:] if len(source.text[a:b].split()) <= HEAD_LINE_WORDS]
    return spans


def headline_claims(source: Source, head: tuple[int, int], mentions: Sequence[Mention], places: Mapping[str, Place],
                    body: Sequence[Claim], inner: Sequence[Mention] = ()) -> tuple[Claim, ...]:
    """Counted claims of the headline that the body does not state (the same figure and unit): a figure only
    the headline gives is not lost, and one the body repeats is not counted twice."""
    stated = {(c.count, c.unit) for c in body if c.count is not None}
    found = extract_claims(replace(source, body_start=head[0], body_end=head[1]), mentions, places, inner=inner)
    day = source.published.earliest if source.published.earliest == source.published.latest else None
    out = []
    for c in found:
        if c.count is None or (c.count, c.unit) in stated:
            continue
        flags = c.flags + ("from the headline: the body does not state this figure",)
        period = None if c.is_dated else _body_period(source.text[head[0]:head[1]], c, body)
        if period is not None:
            # "Nearly 90,000 trucks cross Norduz in five months": the five months the body dates
            c = replace(c, date_start=period.date_start, date_end=period.date_end, date_precision=period.date_precision,
                        flags=tuple(f for f in c.flags if not f.startswith("year unknown")))
            flags = c.flags + ("from the headline: the body does not state this figure",
                               "date taken from the body's period of the same length")
        elif not c.is_dated and day is not None and not any(f.startswith("year unknown") for f in c.flags):
            # a headline gives the news of its day: "arrivals pass 70,000" is a figure as of publication
            c = replace(c, date_start=day, date_end=day, date_precision="day")
            flags += ("date read as the day of publication (a headline)",)
        out.append(replace(c, flags=flags, confidence=min(c.confidence, 0.7)))
    return tuple(out)


_SPAN = re.compile(r"\b(?:in|over|during)\s+(?:the\s+(?:first|past|last)\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six"
                   r"|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>months|weeks|days|years)\b", re.I)
_WORDS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())}
_DAYS = {"days": 1, "weeks": 7, "months": 30.44, "years": 365.25}


def _body_period(headline: str, claim: Claim, body: Sequence[Claim]) -> Claim | None:
    """The body's dated period as long as the headline's 'in five months', the claim of the same unit first."""
    m = _SPAN.search(headline)
    if m is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _WORDS[m["n"].lower()]
    want = n * _DAYS[m["unit"].lower()]
    fits = [c for c in body if c.date_start and c.date_end and c.date_precision in ("period", "month")
            and abs((c.date_end - c.date_start).days + 1 - want) <= 0.15 * want]
    return next((c for c in fits if c.unit == claim.unit), fits[0] if fits else None)


def _noop(_: float, __: str) -> None:
    pass


def ingest(raw: bytes | str, meta: SourceMeta, store: GeoPackageStore, *, name: str = "the text",
           progress: Progress = _noop, warn: Callable[[str], None] | None = None) -> IngestResult:
    """Read, geoparse and extract without holding the store's lock (other writers go on meanwhile); then
    one short transaction writes this source and links it to the stored claims near it. `warn` hears, before
    anything is written, that the publication date is unknown."""
    progress(0.05, "reading")
    source, encoding = prepare_source(raw, meta, name)
    if warn is not None and source.published.earliest is None and source.published.latest is None:
        warn(f"{name}: {NO_DATE}; give --published YYYY-MM-DD (or the Published field) if you know it")
    existing = store.source(source.source_id)
    if existing is not None and existing.sha256 == source.sha256 and _same_meta(existing, source):
        # same text, same ids, same details: the store is left untouched, and nothing is read again
        mentions, claims = store.source_records(source.source_id)
        progress(1.0, "done")
        return IngestResult(source, mentions, claims, (), encoding, unchanged=True)
    progress(0.2, "finding places and claims")
    found = analyse(source, store.places(gazetteer_only=True),
                    progress=lambda f: progress(0.5 + 0.25 * f, "extracting claims"))
    progress(0.75, "linking and writing")
    linked = store.replace_source(source, found.places, found.mentions, found.claims)
    progress(1.0, "done")
    return IngestResult(source, found.mentions, linked, found.places, encoding, unchanged=False)


def _same_meta(a: Source, b: Source) -> bool:
    return (a.outlet, a.title, a.url, a.published, a.reliability, a.country) == (
        b.outlet, b.title, b.url, b.published, b.reliability, b.country)


def preview_publication(raw: bytes | str, name: str = "the text") -> PublishedDate | None:
    """The publication date a text states about itself, before anything is ingested; None if it cannot be read."""
    try:
        return prepare_source(raw, SourceMeta(), name)[0].published
    except SourceTextError:
        return None


def ingest_file(path: Path, meta: SourceMeta, store: GeoPackageStore, progress: Progress = _noop,
                warn: Callable[[str], None] | None = None) -> IngestResult:
    if not path.is_file():
        raise SourceTextError(f"{path} is not a file")
    size = path.stat().st_size
    from .sources import MAX_SOURCE_BYTES

    if size > MAX_SOURCE_BYTES:  # refuse before reading 50 MB into memory
        raise SourceTextError(f"{path.name} is {size / 2**20:.1f} MiB; the limit for one article is "
                              f"{MAX_SOURCE_BYTES / 2**20:.0f} MiB")
    return ingest(path.read_bytes(), meta, store, name=path.name, progress=progress, warn=warn)
