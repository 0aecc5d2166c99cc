"""Scores the geoparser and the claim extractor against the labelled sets in tests/data/.

Each document is read exactly as ingest reads it (geo.ingest.analyse: headline, byline lines and body;
captions make no claims), with the publication date given only when the label says the analyst gave it;
otherwise it must be found in the text, or stay unknown.

Mentions: a predicted mention inside the labelled scope counts when its span equals a labelled one —
precision, recall, F1; resolution: the picked place equals the label. Places: distance between the picked
place and the labelled coordinates, for settlements and crossings. Calibration: how often a pick made at
confidence ≥ 0.9 is a labelled mention resolved to the labelled place. Claims: a predicted claim matches a
labelled one from the same sentence; each field's accuracy is over matches. Invented numbers: predicted
counts that the quoted sentence does not write. Dates read against today: predicted dates in today's year
that neither the text nor the publication date gives.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from shapely.geometry import Point

from .geocontext import distance_km
from .model import Claim, Mention, Place, PublishedDate, Source
from .sources import split_page

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "data"
EVAL_DIR = DATA_DIR / "eval"
# name → (folder, what it is); the held-out sets were never tuned on: their figures are the honest ones.
EVAL_SETS: dict[str, tuple[Path, str]] = {
    "real-held-out-5": (DATA_DIR / "eval-real-holdout-5", "real phrasing, fifth held-out set (never tuned on)"),
    "real-held-out-4": (DATA_DIR / "eval-real-holdout-4", "real phrasing, fourth held-out set (never tuned on)"),
    "real-held-out-3": (DATA_DIR / "eval-real-holdout-3", "real phrasing, third held-out set (never tuned on)"),
    "real-held-out-2": (DATA_DIR / "eval-real-holdout-2", "real phrasing, second held-out set (never tuned on)"),
    "real-held-out": (DATA_DIR / "eval-real-holdout", "real phrasing, held out (never tuned on)"),
    "first-held-out": (DATA_DIR / "eval-holdout", "the first held-out set: its errors were read while tuning, so no longer clean"),
    "real-dev": (DATA_DIR / "eval-real", "real phrasing, development (tuned on)"),
    "real-dev-2": (DATA_DIR / "eval-real-2", "real phrasing, second development set (tuned on)"),
    "real-dev-3": (DATA_DIR / "eval-real-3", "real phrasing, third development set (scored once untouched, then tuned on)"),
    "real-dev-4": (DATA_DIR / "eval-real-4", "real phrasing, fourth development set (scored once untouched, then tuned on)"),
    "real-dev-5": (DATA_DIR / "eval-real-5", "real phrasing, fifth development set (scored once untouched, then tuned on)"),
    "real-dev-6": (DATA_DIR / "eval-real-6", "real phrasing, sixth development set (scored once untouched, then tuned on)"),
    "real-dev-7": (DATA_DIR / "eval-real-7", "real phrasing, seventh development set (scored once untouched, then tuned on)"),
    "real-dev-8": (DATA_DIR / "eval-real-8", "real phrasing, eighth development set (scored once untouched, then tuned on)"),
    "tuned": (EVAL_DIR, "the first set (tuned on)"),
}
CLAIM_FIELDS = ("kind", "date_start", "date_end", "date_precision", "count", "count_qualifier", "unit",
                "origin", "destination", "via", "flag")
POINT_KINDS = ("settlement", "border_crossing")
WITHIN_KM = 3.0
CONFIDENT = 0.9


@dataclass(frozen=True)
class LabelledDoc:
    doc_id: str
    style: str
    source: Source
    mentions: tuple[dict, ...]
    claims: tuple[dict, ...]
    published: date | None = None  # the true day, from the label
    published_given: bool = True
    scope: tuple[int, int] = (0, 0)
    captions: tuple[tuple[int, int], ...] = ()


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    resolved_right: int = 0
    resolved_total: int = 0
    distances: list[float] = field(default_factory=list)
    confident_right: int = 0
    confident_total: int = 0
    claims_gold: int = 0
    claims_pred: int = 0
    claims_matched: int = 0
    field_right: dict[str, int] = field(default_factory=dict)
    field_total: dict[str, int] = field(default_factory=dict)
    invented: int = 0
    against_today: int = 0
    caption_claims: int = 0
    pub_right: int = 0
    pub_total: int = 0
    kinds_wrong: Counter = field(default_factory=Counter)  # (labelled kind, kind read) of matched claims
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def within(self) -> float:
        return sum(d <= WITHIN_KM for d in self.distances) / len(self.distances) if self.distances else 1.0

    @property
    def calibration(self) -> float:
        return self.confident_right / self.confident_total if self.confident_total else 1.0

    @property
    def claims_found(self) -> float:
        return self.claims_matched / self.claims_gold if self.claims_gold else 1.0

    def field_accuracy(self, name: str) -> float:
        total = self.field_total.get(name, 0)
        return self.field_right.get(name, 0) / total if total else 1.0


def _label_source(label: dict, folder: Path, text: str) -> tuple[Source, tuple[int, int]]:
    """The source as ingest would build it: the date only when the analyst gave it, else what the text says."""
    from .ingest import published_in

    scope = label.get("scope") or {}
    parts = split_page(text)
    if scope:
        lo, hi = scope["start"], scope["end"]
    else:
        lo, hi = parts.body_start, parts.body_end
    pub = date.fromisoformat(label["published"]) if label.get("published") else None
    if label.get("published_given", True) and pub is not None:
        published = PublishedDate(pub, pub, "day", "label")
    else:
        html_file = label.get("html_file")
        html = (folder / html_file).read_text(encoding="utf-8") if html_file else None
        published = published_in(text, html, parts.body_start)
    # The first sets' scope is the body they label; the real-phrasing sets (with "published_given") label the
    # whole file, headline included, and the body is found as ingest finds it.
    body = (parts.body_start, parts.body_end) if "published_given" in label else (lo, hi)
    source = Source(label["doc_id"], label.get("outlet", "?"), label.get("title") or "", None, published, text,
                    body[0], body[1], "")
    return source, (lo, hi)


def load_labelled(eval_dir: Path = EVAL_DIR) -> list[LabelledDoc]:
    docs = []
    for label_path in sorted(eval_dir.glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        if "doc_id" not in label or "text_file" not in label:
            continue
        text = (label_path.parent / label["text_file"]).read_text(encoding="utf-8")
        source, scope = _label_source(label, label_path.parent, text)
        captions = tuple((text.index(c), text.index(c) + len(c)) for c in label.get("captions", ()) if c in text)
        docs.append(LabelledDoc(label["doc_id"], label.get("style", ""), source, tuple(label.get("mentions", ())),
                                tuple(label.get("claims", ())),
                                date.fromisoformat(label["published"]) if label.get("published") else None,
                                label.get("published_given", True), scope, captions))
    return docs


def _same_place(pred: str | None, gold: str | None, places: dict[str, Place]) -> bool:
    if pred is None or gold is None:
        return pred == gold
    if pred == gold:
        return True
    gold_gn = gold.removeprefix("gn:") if gold.startswith("gn:") else None
    p = places.get(pred)
    return bool(gold_gn and p is not None and p.geonameid is not None and str(p.geonameid) == gold_gn)


def _place_point(place: Place) -> Point | None:
    from shapely import wkt

    geom = wkt.loads(place.wkt)
    return geom if isinstance(geom, Point) else None


def score_mentions(doc: LabelledDoc, pred: Sequence[Mention], places: dict[str, Place], s: Scores) -> None:
    lo, hi = doc.scope
    gold = {(m["start"], m["end"]): m for m in doc.mentions if lo <= m["start"] and m["end"] <= hi}
    got = {(m.start, m.end): m for m in pred if lo <= m.start and m.end <= hi}
    for span, m in got.items():
        g = gold.get(span)
        right = g is not None and _same_place(m.place_id, g.get("place_id"), places)
        if m.confidence >= CONFIDENT and m.place_id is not None:
            s.confident_total += 1
            s.confident_right += right
            if g is not None and g.get("place_id") is None:  # a sure pick where the label names no place
                s.errors.append(f"{doc.doc_id}: {m.surface!r} at {span} → {m.place_id} at confidence "
                                f"{m.confidence:.2f}, labelled no place")
        if g is None:
            s.fp += 1
            s.errors.append(f"{doc.doc_id}: extra mention {m.surface!r} at {span} → {m.place_id}")
            continue
        s.tp += 1
        if g.get("place_id") is not None:
            s.resolved_total += 1
            if right:
                s.resolved_right += 1
            else:
                s.errors.append(f"{doc.doc_id}: {m.surface!r} → {m.place_id}, labelled {g['place_id']}")
        if g.get("kind") in POINT_KINDS and g.get("lat") is not None:
            pt = _place_point(places[m.place_id]) if m.place_id in places else None
            # a settlement found but not placed (no pick, or a pick with no point) is not within any distance
            s.distances.append(distance_km(pt, Point(g["lon"], g["lat"])) if pt is not None else float("inf"))
    for span, g in gold.items():
        if span not in got:
            s.fn += 1
            s.errors.append(f"{doc.doc_id}: missed {g['surface']!r} at {span}")
            if g.get("kind") in POINT_KINDS and g.get("lat") is not None:
                s.distances.append(float("inf"))  # a missed settlement is not placed at all


def _claim_value(c: Claim, name: str):
    if name == "flag":
        return _flag_of(c)
    v = getattr(c, name)
    return v.isoformat() if isinstance(v, date) else v


def _flag_of(c: Claim) -> str | None:
    for f in c.flags:
        if f.startswith("year unknown"):
            return "relative_unknown" if "relative date" in f or "day of publication" in f else "year_unknown"
    return "vague_count" if c.count is None and c.count_qualifier == "unspecified" else None


def _match(gold: Sequence[dict], pred: Sequence[Claim], places: dict[str, Place]) -> list[Claim | None]:
    """Each labelled claim's predicted claim from the same sentence, or None. A sentence may hold several claims
    ("40 buses carried 1,600 people"): the pairs that agree best are made first — the same figure, then the most
    fields right — so the order the labels are written in does not decide which prediction a label meets."""
    pairs = []
    for i, g in enumerate(gold):
        for j, c in enumerate(pred):
            if c.quote_start < g["sentence_end"] and g["sentence_start"] < c.quote_end:
                same = c.count == g.get("count") and c.unit == g.get("unit")
                pairs.append((-same, -sum(_field_right(c, g, n, places) for n in CLAIM_FIELDS), i, j))
    out: list[Claim | None] = [None] * len(gold)
    taken: set[int] = set()
    for _, _, i, j in sorted(pairs):
        if out[i] is None and j not in taken:
            out[i] = pred[j]
            taken.add(j)
    return out


def score_claims(doc: LabelledDoc, pred: Sequence[Claim], places: dict[str, Place], s: Scores) -> None:
    gold = list(doc.claims)
    s.claims_gold += len(gold)
    s.claims_pred += len(pred)
    for g, best in zip(gold, _match(gold, pred, places)):
        if best is None:
            s.errors.append(f"{doc.doc_id}: missed claim {g.get('kind')} {g.get('count')} {g.get('unit')} "
                            f"at {g['sentence_start']}: {g['sentence'][:70]!r}")
            continue
        s.claims_matched += 1
        for name in CLAIM_FIELDS:
            if name == "flag" and "flag" not in g:
                continue  # the first sets were labelled before flags were
            s.field_total[name] = s.field_total.get(name, 0) + 1
            if _field_right(best, g, name, places):
                s.field_right[name] = s.field_right.get(name, 0) + 1
            else:
                if name == "kind":
                    s.kinds_wrong[(g.get("kind"), best.kind)] += 1
                s.errors.append(f"{doc.doc_id}: claim at {g['sentence_start']} {name}: "
                                f"got {_claim_value(best, name)!r}, labelled {g.get(name)!r}")
    for c in pred:
        if not _numbers_written(c):
            s.invented += 1
            s.errors.append(f"{doc.doc_id}: INVENTED count {c.count} in {c.quote[:70]!r}")
        if _read_against_today(doc, c):
            s.against_today += 1
            s.errors.append(f"{doc.doc_id}: date {c.date_start} read against today in {c.quote[:70]!r}")
        if any(a < c.quote_end and c.quote_start < b for a, b in doc.captions):
            s.caption_claims += 1
            s.errors.append(f"{doc.doc_id}: claim from a caption: {c.quote[:70]!r}")


# The first sets were labelled before the kinds 'stock' and 'detention' existed: there people who stay somewhere
# are 'other', vehicles standing in a queue a 'crossing', and people held a 'restriction' (their notes say so).
_OLD_KINDS = {"stock": ("other", "crossing"), "detention": ("restriction",)}


def _field_right(c: Claim, g: dict, name: str, places: dict[str, Place]) -> bool:
    if name in ("origin", "destination", "via"):
        return _same_place(getattr(c, name), g.get(name), places)
    if name == "kind" and "flag" not in g and c.kind in _OLD_KINDS:
        return g.get("kind") in (c.kind, *_OLD_KINDS[c.kind])
    return _claim_value(c, name) == g.get(name)


_NUMBER = re.compile(r"\d[\d,.]*")
_DOZEN = {"dozen": 12, "dozens": 12, "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000}


def _numbers_written(c: Claim) -> bool:
    """Every figure of the claim (count and breakdown) is written in its sentence, in digits or words."""
    from .extract.counts import _WORDS, words_to_number
    from .extract.uncounted import ONE_PERSON

    if c.count is None:
        return True
    quote = c.quote
    written = {int(float(n.replace(",", ""))) for n in _NUMBER.findall(quote) if n.replace(",", "").replace(".", "")
               .isdigit() and n.count(".") <= 1 and n.strip(",.")}
    written |= {v for m in _WORDS.finditer(quote) if (v := words_to_number(m.group())) is not None}
    written |= {v for w, v in _DOZEN.items() if re.search(rf"\b{w}\b", quote, re.I)}
    written |= {0 if m.group(1) else 1 for m in re.finditer(r"\b(not\s+)?(?:a|one)\s+single\b", quote, re.I)}
    written |= {1 for _ in ONE_PERSON.finditer(quote)}  # "detained a 68-year-old man"
    for m in re.finditer(r"(\d[\d,.]*)\s+(million|thousand)", quote):
        written.add(int(float(m.group(1).replace(",", "")) * (1_000_000 if m.group(2) == "million" else 1000)))
    figures = [c.count, *(n for n, _ in c.breakdown)]
    return all(n == 0 or n in written for n in figures)


def _read_against_today(doc: LabelledDoc, c: Claim) -> bool:
    year = date.today().year
    if doc.published is not None and doc.published.year >= year - 1:
        return False  # a report from this year or last: today's year may be right
    # a year written in the text, Gregorian or solar Hijri (1403 runs from March 2024 to March 2025)
    if any(str(y) in doc.source.text for y in (year, year - 1, year - 622, year - 623)):
        return False
    # what a report says is still to come may fall in the year after it ("from January 1" in a December item)
    ahead = doc.published + timedelta(days=366) if doc.published is not None else None
    return any(d is not None and d.year >= year - 1 and (ahead is None or d > ahead) for d in (c.date_start, c.date_end))


def _publication_right(doc: LabelledDoc, label: dict | None) -> bool:
    """The publication date found in the text equals the labelled one (or none is found when none is printed)."""
    found = doc.source.published
    want = (label or {}).get("date")
    if want is None:
        return found.earliest is None
    return found.earliest == found.latest == date.fromisoformat(want)


def evaluate(gazetteer: Sequence[Place], eval_dir: Path = EVAL_DIR) -> tuple[Scores, dict[str, Scores]]:
    from .ingest import analyse

    total, by_style = Scores(), {}
    labels = {json.loads(p.read_text(encoding="utf-8")).get("doc_id"): p for p in eval_dir.glob("*.json")}
    for doc in load_labelled(eval_dir):
        found = analyse(doc.source, gazetteer)
        places = {**{p.place_id: p for p in gazetteer}, **{p.place_id: p for p in found.places}}
        style = by_style.setdefault(doc.style, Scores())
        label = json.loads(labels[doc.doc_id].read_text(encoding="utf-8"))
        for s in (total, style):
            score_mentions(doc, found.mentions, places, s)
            score_claims(doc, found.claims, places, s)
            if not doc.published_given:
                s.pub_total += 1
                if _publication_right(doc, label.get("published_in_text")):
                    s.pub_right += 1
                elif s is total:
                    s.errors.append(f"{doc.doc_id}: publication date found {doc.source.published.describe()}, "
                                    f"labelled {(label.get('published_in_text') or {}).get('date')}")
    return total, by_style


def report(total: Scores, by_style: dict[str, Scores], show_errors: int = 0, held_out: bool = False) -> str:
    """The figures of one set; a held-out set's differences (which claims, which kinds) are never listed, so
    that nobody tunes on it by reading them."""
    lines = [
        f"mentions   precision {total.precision:.3f}  recall {total.recall:.3f}  F1 {total.f1:.3f}  "
        f"(tp {total.tp}, fp {total.fp}, fn {total.fn})   target F1 ≥ 0.90",
        f"resolution {total.resolved_right}/{total.resolved_total} picks equal the label "
        f"({total.resolved_right / max(total.resolved_total, 1):.3f})",
        f"places     {total.within:.3f} of {len(total.distances)} settlements/crossings within {WITHIN_KM:g} km"
        f"   target ≥ 0.95",
        f"calibration {total.calibration:.3f} of {total.confident_total} picks at confidence ≥ {CONFIDENT:g} are right"
        f"   target ≥ 0.90",
        f"claims     {total.claims_matched} of {total.claims_gold} labelled claims found ({total.claims_found:.3f});"
        f" {total.claims_pred} predicted   target ≥ 0.80",
    ]
    lines += [f"  {name:<16} accuracy {total.field_accuracy(name):.3f}" for name in CLAIM_FIELDS]
    lines += [
        f"invented numbers {total.invented}   dates read against today {total.against_today}   "
        f"claims from captions {total.caption_claims}   (each must be 0)",
    ]
    if total.kinds_wrong and not held_out:
        lines.append("kinds wrong, labelled → read: " + ", ".join(
            f"{g} → {p} {n}" for (g, p), n in sorted(total.kinds_wrong.items(), key=lambda x: (-x[1], x[0]))))
    if total.pub_total:
        lines.append(f"publication date found in the text (date not given) {total.pub_right}/{total.pub_total}")
    lines.append("by style:")
    for style, s in sorted(by_style.items()):
        lines.append(f"  {style:<12} mention F1 {s.f1:.3f}  within {WITHIN_KM:g} km {s.within:.3f}  "
                     f"claims found {s.claims_matched}/{s.claims_gold}")
    if show_errors and held_out:
        lines.append(f"{len(total.errors)} differences, not listed: a held-out set's errors are never read")
    elif show_errors:
        lines.append(f"first {min(show_errors, len(total.errors))} of {len(total.errors)} differences:")
        lines += [f"  {e}" for e in total.errors[:show_errors]]
    return "\n".join(lines)


def summary_table(results: dict[str, Scores]) -> str:
    """One line per set: the figures the README shows, held-out sets first."""
    head = (f"{'set':<14} {'F1':>5} {'≤3km':>5} {'cal':>5} {'claims':>9} {'start':>5} {'end':>5} {'count':>5} "
            f"{'unit':>5} {'kind':>5} {'inv':>3} {'today':>5}")
    rows = [head]
    for name, s in results.items():
        rows.append(f"{name:<14} {s.f1:>5.3f} {s.within:>5.3f} {s.calibration:>5.3f} "
                    f"{f'{s.claims_matched}/{s.claims_gold}':>9} {s.field_accuracy('date_start'):>5.3f} "
                    f"{s.field_accuracy('date_end'):>5.3f} {s.field_accuracy('count'):>5.3f} "
                    f"{s.field_accuracy('unit'):>5.3f} {s.field_accuracy('kind'):>5.3f} {s.invented:>3} "
                    f"{s.against_today:>5}")
    return "\n".join(rows)
