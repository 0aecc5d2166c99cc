"""A new report → source, place mentions, claims, links, written to the store in one transaction.

Stages: read (encoding, HTML) → split (body vs chrome, the same code as the seed)
→ geoparse → extract → link → write. Ids are derived from the text, so ingesting
the same text again changes nothing and keeps the same ids.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .choices import RELIABILITY_GRADES
from .extract import extract_claims
from .geoparse import geoparser
from .model import Claim, Mention, Place, PublishedDate, Source
from .sources import SourceTextError, detect_and_decode, sha256_text, split_page
from .store import GeoPackageStore

Progress = Callable[[float, str], None]


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

    def summary(self) -> str:
        if self.unchanged:
            return f"{self.source.source_id}: already in the store, unchanged"
        return (f"{self.source.source_id}: {len(self.mentions)} place mentions ({self.uncertain_mentions} to review), "
                f"{len(self.claims)} claims ({self.uncertain_claims} to review), read as {self.encoding}")


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
    title = None
    if looks_like_html(text):
        text, title = html_to_text(text)
        encoding += ", HTML reduced to text"
    parts = split_page(text)
    published = PublishedDate(meta.published, meta.published, "day", "given at ingest") if meta.published else \
        PublishedDate(None, None, "unknown", "not given at ingest; dates without a year are resolved against today")
    source = Source(
        source_id=source_id_for(text), outlet=meta.outlet, title=meta.title or title or parts.title,
        url=meta.url, published=published, text=text, body_start=parts.body_start, body_end=parts.body_end,
        sha256=sha256_text(text), reliability=meta.reliability, country=meta.country,
    )
    return source, encoding


def _noop(_: float, __: str) -> None:
    pass


def ingest(raw: bytes | str, meta: SourceMeta, store: GeoPackageStore, *, name: str = "the text",
           progress: Progress = _noop) -> IngestResult:
    """Read, geoparse and extract without holding the store's lock (other writers go on meanwhile); then
    one short transaction writes this source and links it to the stored claims near it."""
    progress(0.05, "reading")
    source, encoding = prepare_source(raw, meta, name)
    existing = store.source(source.source_id)
    if existing is not None and existing.sha256 == source.sha256 and _same_meta(existing, source):
        # same text, same ids, same details: the store is left untouched, and nothing is read again
        mentions, claims = store.source_records(source.source_id)
        progress(1.0, "done")
        return IngestResult(source, mentions, claims, (), encoding, unchanged=True)
    progress(0.2, "finding places")
    gazetteer = store.places(gazetteer_only=True)
    parsed = geoparser(gazetteer).parse(source.text, source.body_start, source.body_end, source.source_id)
    progress(0.5, "extracting claims")
    places = {**{p.place_id: p for p in gazetteer}, **{p.place_id: p for p in parsed.places}}
    claims = extract_claims(source, parsed.mentions, places,
                            progress=lambda f: progress(0.5 + 0.25 * f, "extracting claims"))
    progress(0.75, "linking and writing")
    linked = store.replace_source(source, parsed.places, parsed.mentions, claims)
    progress(1.0, "done")
    return IngestResult(source, parsed.mentions, linked, parsed.places, encoding, unchanged=False)


def _same_meta(a: Source, b: Source) -> bool:
    return (a.outlet, a.title, a.url, a.published, a.reliability, a.country) == (
        b.outlet, b.title, b.url, b.published, b.reliability, b.country)


def ingest_file(path: Path, meta: SourceMeta, store: GeoPackageStore, progress: Progress = _noop) -> IngestResult:
    if not path.is_file():
        raise SourceTextError(f"{path} is not a file")
    size = path.stat().st_size
    from .sources import MAX_SOURCE_BYTES

    if size > MAX_SOURCE_BYTES:  # refuse before reading 50 MB into memory
        raise SourceTextError(f"{path.name} is {size / 2**20:.1f} MiB; the limit for one article is "
                              f"{MAX_SOURCE_BYTES / 2**20:.0f} MiB")
    return ingest(path.read_bytes(), meta, store, name=path.name, progress=progress)
