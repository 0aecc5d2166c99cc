"""Typed records passed between the stages. No I/O here.

Offsets are Python string indices (Unicode code points) into the source's
full captured text, so `text[start:end] == quote` holds exactly.
"""
from __future__ import annotations

from functools import cached_property
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Literal

NameConvention = Literal["as_written", "az", "hy", "ru", "en", "fa", "alias"]
DisplayNames = Literal["as_written", "az", "hy", "both"]
PlaceKind = Literal[
    "settlement", "road", "corridor", "border_crossing", "bridge", "checkpoint", "region", "country", "lake"
]
Precision = Literal["exact", "approximate", "schematic"]
ClaimKind = Literal[
    "crossing", "entry", "exit", "population_movement", "diplomatic", "restriction", "detention", "stock", "other"
]
DatePrecision = Literal["day", "days", "period", "month", "unknown"]
CountQualifier = Literal["exact", "about", "at_least", "at_most", "unspecified"]
ClaimStatus = Literal["reported", "corroborated", "disputed"]

CLAIM_KINDS: tuple[str, ...] = ClaimKind.__args__  # type: ignore[attr-defined]
DATE_PRECISIONS: tuple[str, ...] = DatePrecision.__args__  # type: ignore[attr-defined]
COUNT_QUALIFIERS: tuple[str, ...] = CountQualifier.__args__  # type: ignore[attr-defined]
PLACE_KINDS: tuple[str, ...] = PlaceKind.__args__  # type: ignore[attr-defined]
PRECISIONS: tuple[str, ...] = Precision.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class PublishedDate:
    """What is known of a publication date, and how it is known."""

    earliest: date | None
    latest: date | None
    precision: Literal["day", "month", "range", "unknown"]
    basis: str

    def describe(self) -> str:
        if self.earliest and self.latest and self.earliest == self.latest:
            return self.earliest.isoformat()
        if self.earliest and self.latest:
            return f"between {self.earliest:%d %b %Y} and {self.latest:%d %b %Y} (not printed in the text)"
        return "unknown"


@dataclass(frozen=True)
class Source:
    source_id: str
    outlet: str
    title: str
    url: str | None
    published: PublishedDate
    text: str
    body_start: int
    body_end: int
    sha256: str
    reliability: str = "F"  # Admiralty grade; F = cannot be judged until an analyst grades it
    language: str = "en"
    perspective: str = ""  # who the outlet speaks for, stated neutrally
    country: str = ""  # ISO 3166 code of the outlet's country (its "side" in the filters); "" = not recorded

    @property
    def body(self) -> str:
        return self.text[self.body_start:self.body_end]

    @property
    def short_citation(self) -> str:
        return f"{self.outlet}, “{self.title}”"


@dataclass(frozen=True)
class PlaceName:
    text: str
    convention: NameConvention
    script: str = "Latn"  # ISO 15924: Latn, Armn, Cyrl, Arab


@dataclass(frozen=True)
class Place:
    place_id: str
    name: str  # canonical (English) label
    names: tuple[PlaceName, ...]
    kind: PlaceKind
    wkt: str  # EPSG:4326, lon/lat order
    precision: Precision
    coord_source: str
    country: str | None = None
    note: str = ""
    geonameid: int | None = None
    label_side: Literal["left", "right"] = "right"  # where the map writes its name
    always_drawn: bool = True  # False: on the map only when a mention or claim in view names it


ReviewStatus = Literal["curated", "auto", "confirmed", "corrected", "rejected"]


@dataclass(frozen=True, slots=True)
class Mention:
    source_id: str
    start: int
    end: int
    surface: str
    place_id: str | None
    confidence: float  # of the pick among the candidates, 0-1
    review_status: ReviewStatus = "auto"
    candidates: tuple[str, ...] = ()  # place ids considered, best first
    no_match: float = 0.0  # 0-1: how likely the surface is not a place at all

    @property
    def mention_id(self) -> str:
        return f"{self.source_id}:{self.start}-{self.end}"

    @property
    def uncertain(self) -> bool:
        return self.review_status == "auto" and (self.place_id is None or self.confidence < 0.8 or self.no_match > 0.3)


@dataclass(frozen=True, slots=True)
class Claim:
    claim_id: str
    source_id: str
    claimant: str
    kind: ClaimKind
    summary: str
    date_start: date | None
    date_end: date | None
    date_precision: DatePrecision
    quote: str
    quote_start: int
    quote_end: int
    dates: tuple[date, ...] = ()
    count: int | None = None
    count_qualifier: CountQualifier | None = None
    unit: str | None = None
    breakdown: tuple[tuple[int, str], ...] = ()
    origin: str | None = None  # place ids
    destination: str | None = None
    via: str | None = None
    place: str | None = None  # where a claim without a route is located
    place_basis: str = ""  # how origin/destination/place were read: "stated" or the inference
    drawn_along: str | None = None  # route the map draws a flow on when the text names none (an inference)
    event_group: str | None = None  # claims that count one event in different units
    credibility: int = 6  # 1-6; 6 = cannot be judged
    status: ClaimStatus = "reported"
    derived: bool = False
    derivation: str = ""
    confidence: float = 1.0  # of the extraction, 0-1; curated claims are 1
    review_status: ReviewStatus = "curated"
    flags: tuple[str, ...] = ()  # why a claim needs review: "vague count: dozens", "impossible date: February 30"
    linked: tuple[str, ...] = ()  # claim ids in other sources about the same event

    @property
    def uncertain(self) -> bool:
        return self.review_status == "auto" and (self.confidence < 0.8 or bool(self.flags))

    @property
    def is_dated(self) -> bool:
        return self.date_precision != "unknown" and self.date_start is not None

    @property
    def is_period_total(self) -> bool:
        return self.count is not None and self.date_precision in ("period", "month")

    @property
    def breakdown_text(self) -> str:
        return " + ".join(f"{n} {unit}" for n, unit in self.breakdown)


@dataclass(frozen=True)
class Window:
    """An inclusive date window [start, end]."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"window starts after it ends: {self.start} > {self.end}")


@dataclass(frozen=True)
class WindowedClaim:
    """A claim as seen through a window: which of its listed days fall inside,
    and whether its period runs past the window's edges. Counts are never scaled."""

    claim: Claim
    days_in_window: tuple[date, ...] = ()
    starts_before: bool = False
    ends_after: bool = False

    @property
    def clipped(self) -> bool:
        return self.starts_before or self.ends_after


@dataclass(frozen=True)
class WindowResult:
    shown: tuple[WindowedClaim, ...]
    hidden_outside: tuple[Claim, ...]
    undated: tuple[Claim, ...]


@dataclass(frozen=True)
class Dataset:
    sources: tuple[Source, ...]
    places: tuple[Place, ...]
    claims: tuple[Claim, ...]
    mentions: tuple[Mention, ...] = field(default=())

    @cached_property
    def memo(self) -> dict:
        """Views derived from this dataset alone (its live claims, as-written names …), computed once per
        dataset: every rerun of a page asks again, and at 10,000 claims they cost tens of milliseconds."""
        return {}

    @cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        return {c.claim_id: c for c in self.claims}

    @cached_property
    def sources_by_id(self) -> dict[str, Source]:
        return {s.source_id: s for s in self.sources}

    @cached_property
    def places_by_id(self) -> dict[str, Place]:
        return {p.place_id: p for p in self.places}

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.source_id == source_id:
                return s
        raise KeyError(f"unknown source {source_id!r}")

    def place(self, place_id: str) -> Place:
        for p in self.places:
            if p.place_id == place_id:
                return p
        raise KeyError(f"unknown place {place_id!r}")

    def claim(self, claim_id: str) -> Claim:
        for c in self.claims:
            if c.claim_id == claim_id:
                return c
        raise KeyError(f"unknown claim {claim_id!r}")


# link key → ClaimFilters field; values are joined with "|" (outlet names may hold commas)
FILTER_QUERY_KEYS = {"outlet": "outlets", "claimant": "claimants", "side": "sides", "kind": "kinds",
                     "status": "statuses", "review": "reviews", "grade": "grades", "cred": "credibility", "q": "text"}


@dataclass(frozen=True)
class ClaimFilters:
    outlets: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()  # ISO country codes of the outlets; NO_COUNTRY for none recorded
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    reviews: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()  # the source's reliability (Admiralty A–F)
    credibility: tuple[int, ...] = ()  # the claim's credibility (1–6)
    text: str = ""  # in the quote, the summary or a place's names (case-insensitive)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def describe(self) -> str:
        """'outlet: Reuters, AFP; status: disputed; text "fuel"' — what the view is narrowed to."""
        parts = []
        for key, name in FILTER_QUERY_KEYS.items():
            value = getattr(self, name)
            if value and name != "text":
                parts.append(f"{key}: {', '.join(str(v) for v in value)}")
        if self.text:
            parts.append(f"text “{self.text}”")
        return "; ".join(parts)


@dataclass(frozen=True)
class ViewSettings:
    """What the shared sidebar sets for every page."""

    window: Window
    names: DisplayNames = "as_written"
    filters: ClaimFilters = field(default_factory=ClaimFilters)
