"""Scores the geoparser and the claim extractor against the labelled set in tests/data/eval.

Mentions: a predicted mention counts when its span equals a labelled one (inside the
labelled scope) — precision, recall, F1; resolution: the picked place equals the label.
Places: distance between the picked place and the labelled coordinates, for
settlements and crossings. Claims: a predicted claim matches a labelled one from the
same sentence (same unit where both have one); each field's accuracy is over matches.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from shapely.geometry import Point

from .extract import extract_claims
from .geoparse import Geoparser, distance_km
from .model import Claim, Mention, Place, PublishedDate, Source
from .sources import split_page

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval"
CLAIM_FIELDS = ("kind", "date_start", "date_end", "date_precision", "count", "count_qualifier", "unit",
                "origin", "destination", "via")
POINT_KINDS = ("settlement", "border_crossing")
WITHIN_KM = 3.0


@dataclass(frozen=True)
class LabelledDoc:
    doc_id: str
    style: str
    source: Source
    mentions: tuple[dict, ...]
    claims: tuple[dict, ...]


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    resolved_right: int = 0
    resolved_total: int = 0
    distances: list[float] = field(default_factory=list)
    claims_gold: int = 0
    claims_pred: int = 0
    claims_matched: int = 0
    field_right: dict[str, int] = field(default_factory=dict)
    field_total: dict[str, int] = field(default_factory=dict)
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

    def field_accuracy(self, name: str) -> float:
        total = self.field_total.get(name, 0)
        return self.field_right.get(name, 0) / total if total else 1.0


def load_labelled(eval_dir: Path = EVAL_DIR) -> list[LabelledDoc]:
    docs = []
    for label_path in sorted(eval_dir.glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        text = (label_path.parent / label["text_file"]).read_text(encoding="utf-8")
        # Score inside the labelled span (the article body of captured pages, else the whole
        # text); finding the body is tested on its own (tests/test_sources.py).
        scope = label.get("scope") or {}
        if scope:
            start, end = scope["start"], scope["end"]
        else:
            parts = split_page(text)
            start, end = parts.body_start, parts.body_end
        pub = date.fromisoformat(label["published"])
        source = Source(label["doc_id"], label.get("outlet", "?"), label.get("title") or "", None,
                        PublishedDate(pub, pub, "day", "label"), text, start, end, "")
        docs.append(LabelledDoc(label["doc_id"], label.get("style", ""), source,
                                tuple(label.get("mentions", ())), tuple(label.get("claims", ()))))
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
    body = (doc.source.body_start, doc.source.body_end)
    gold = {(m["start"], m["end"]): m for m in doc.mentions if body[0] <= m["start"] and m["end"] <= body[1]}
    got = {(m.start, m.end): m for m in pred}
    for span, m in got.items():
        if span in gold:
            s.tp += 1
            g = gold[span]
            if g.get("place_id") is not None:
                s.resolved_total += 1
                if _same_place(m.place_id, g["place_id"], places):
                    s.resolved_right += 1
                else:
                    s.errors.append(f"{doc.doc_id}: {m.surface!r} → {m.place_id}, labelled {g['place_id']}")
            if g.get("kind") in POINT_KINDS and g.get("lat") is not None and m.place_id in places:
                pt = _place_point(places[m.place_id])
                if pt is not None:
                    s.distances.append(distance_km(pt, Point(g["lon"], g["lat"])))
        else:
            s.fp += 1
            s.errors.append(f"{doc.doc_id}: extra mention {m.surface!r} at {span}")
    for span, g in gold.items():
        if span not in got:
            s.fn += 1
            s.errors.append(f"{doc.doc_id}: missed {g['surface']!r} at {span}")
            if g.get("kind") in POINT_KINDS and g.get("lat") is not None:
                s.distances.append(float("inf"))  # a missed settlement is not placed at all


def _claim_value(c: Claim, name: str):
    v = getattr(c, name)
    return v.isoformat() if isinstance(v, date) else v


def score_claims(doc: LabelledDoc, pred: Sequence[Claim], places: dict[str, Place], s: Scores) -> None:
    gold = list(doc.claims)
    s.claims_gold += len(gold)
    s.claims_pred += len(pred)
    unused = list(pred)
    for g in gold:
        same_sentence = [c for c in unused if c.quote_start < g["sentence_end"] and g["sentence_start"] < c.quote_end]
        if not same_sentence:
            s.errors.append(f"{doc.doc_id}: missed claim {g.get('count')} {g.get('unit')} at {g['sentence_start']}")
            continue
        best = max(same_sentence, key=lambda c: sum(
            _field_right(c, g, name, places) for name in CLAIM_FIELDS))
        unused.remove(best)
        s.claims_matched += 1
        for name in CLAIM_FIELDS:
            s.field_total[name] = s.field_total.get(name, 0) + 1
            if _field_right(best, g, name, places):
                s.field_right[name] = s.field_right.get(name, 0) + 1
            else:
                s.errors.append(f"{doc.doc_id}: claim at {g['sentence_start']} {name}: "
                                f"got {_claim_value(best, name)!r}, labelled {g.get(name)!r}")


def _field_right(c: Claim, g: dict, name: str, places: dict[str, Place]) -> bool:
    if name in ("origin", "destination", "via"):
        return _same_place(getattr(c, name), g.get(name), places)
    return _claim_value(c, name) == g.get(name)


def evaluate(parser: Geoparser, eval_dir: Path = EVAL_DIR) -> tuple[Scores, dict[str, Scores]]:
    total, by_style = Scores(), {}
    for doc in load_labelled(eval_dir):
        parsed = parser.parse(doc.source.text, doc.source.body_start, doc.source.body_end, doc.doc_id)
        places = {**parser.places, **{p.place_id: p for p in parsed.places}}
        claims = extract_claims(doc.source, parsed.mentions, places)
        style = by_style.setdefault(doc.style, Scores())
        for s in (total, style):
            score_mentions(doc, parsed.mentions, places, s)
            score_claims(doc, claims, places, s)
    return total, by_style


def report(total: Scores, by_style: dict[str, Scores], show_errors: int = 0) -> str:
    lines = [
        f"mentions   precision {total.precision:.3f}  recall {total.recall:.3f}  F1 {total.f1:.3f}  "
        f"(tp {total.tp}, fp {total.fp}, fn {total.fn})   target F1 ≥ 0.95",
        f"resolution {total.resolved_right}/{total.resolved_total} picks equal the label "
        f"({total.resolved_right / max(total.resolved_total, 1):.3f})",
        f"places     {total.within:.3f} of {len(total.distances)} settlements/crossings within {WITHIN_KM:g} km"
        f"   target ≥ 0.95",
        f"claims     {total.claims_matched} of {total.claims_gold} labelled claims matched; {total.claims_pred} predicted",
    ]
    lines += [f"  {name:<16} accuracy {total.field_accuracy(name):.3f}" for name in CLAIM_FIELDS]
    lines.append("by style:")
    for style, s in sorted(by_style.items()):
        lines.append(f"  {style:<12} mention F1 {s.f1:.3f}  within {WITHIN_KM:g} km {s.within:.3f}  "
                     f"claims matched {s.claims_matched}/{s.claims_gold}")
    if show_errors:
        lines.append(f"first {min(show_errors, len(total.errors))} of {len(total.errors)} differences:")
        lines += [f"  {e}" for e in total.errors[:show_errors]]
    return "\n".join(lines)
