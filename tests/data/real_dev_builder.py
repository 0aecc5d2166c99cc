"""The build and check code the real-phrasing DEVELOPMENT builders share (tests/data/eval-real and
tests/data/eval-real-2): each builder holds its hand-written specs and calls build_set / check_set."""
from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser

from label_tools import GAZ, label_record

FLAGS = {None, "year_unknown", "relative_unknown", "vague_count"}
KINDS = {"crossing", "entry", "exit", "population_movement", "diplomatic", "restriction", "other", "stock",
         "detention"}
QUALS = {None, "exact", "about", "at_least", "at_most", "unspecified"}
HOWS = {"dateline", "byline", "printed date under headline", "html meta", "html time"}


def caption_spans(text, captions, doc_id):
    spans = []
    for cap in captions:
        n = text.count(cap)
        if n != 1:
            raise ValueError(f"{doc_id}: caption found {n} times: {cap[:50]!r}")
        i = text.index(cap)
        spans.append((i, i + len(cap)))
    return spans


def build_one(here, d):
    tf = f"{d['doc_id']}.txt"
    text = (here / tf).read_text(encoding="utf-8")
    lo, hi = 0, len(text)
    base = dict(d)
    base["mentions"] = [m["m"] for m in d["mentions"]]
    extra_keys = ("flag", "from_headline")
    base["claims"] = [{k: v for k, v in c.items() if k not in extra_keys} for c in d["claims"]]
    rec = label_record(base, tf, text, lo, hi, "the whole file (headline first)")
    head_end = text.index("\n")
    caps = caption_spans(text, d["captions"], d["doc_id"])
    for m, spec in zip(rec["mentions"], d["mentions"]):
        if m["end"] <= head_end:
            m["section"] = "headline"
        elif any(s <= m["start"] and m["end"] <= e for s, e in caps):
            m["section"] = "caption"
        if spec["inside"]:
            for part in spec["inside"]:
                if part["surface"] not in m["surface"]:
                    raise ValueError(f"{d['doc_id']}: inside {part['surface']!r} not in {m['surface']!r}")
            m["inside"] = spec["inside"]
    for c, spec in zip(rec["claims"], d["claims"]):
        c["flag"] = spec["flag"]
        c["from_headline"] = spec["from_headline"]
    pit = d.get("published_in_text")
    if pit is not None:
        pit = dict(pit)
        if pit["how"] in ("html meta", "html time"):
            html = (here / d["html_file"]).read_text(encoding="utf-8")
            if pit["surface"] not in html:
                raise ValueError(f"{d['doc_id']}: published surface not in the HTML file")
            pit["start"] = pit["end"] = None
        else:
            n = text.count(pit["surface"])
            if n != 1:
                raise ValueError(f"{d['doc_id']}: published surface found {n} times")
            pit["start"] = text.index(pit["surface"])
            pit["end"] = pit["start"] + len(pit["surface"])
        pit = {k: pit[k] for k in ("date", "surface", "start", "end", "how")}
    out = {}
    for k, v in rec.items():
        out[k] = v
        if k == "published":
            out["published_given"] = d["published_given"]
            out["published_in_text"] = pit
            if d.get("published_note"):
                out["published_note"] = d["published_note"]
        if k == "text_file" and d.get("html_file"):
            out["html_file"] = d["html_file"]
        if k == "style":
            out["side"] = d["side"]
    out["captions"] = list(d["captions"])
    out["not_places"] = [{"surface": s, "why": w} for s, w in d["not_places"]]
    out["patterns"] = list(d["patterns"])
    return out


def build_set(here, docs, write=True):
    """Every label record of a set (and, with write, its <doc_id>.json files)."""
    written = [build_one(here, d) for d in docs]
    if write:
        for rec in written:
            (here / f"{rec['doc_id']}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
    return written


# ----------------------------------------------------------------------------------------------------------
# check
# ----------------------------------------------------------------------------------------------------------
class _Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__()
        self.parts, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def visible_text(html):
    p = _Visible()
    p.feed(html)
    return " ".join(" ".join(p.parts).split())


def check_set(here, written, extra_names):
    """Re-verify offsets and the REAL-SCHEMA rules; list every known name no mention covers. Returns the number
    of problems."""
    names = set(extra_names)
    for p in GAZ["places"]:
        names.update(n["text"] for n in p["names"])
    pat = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?!\w)")
    problems = 0

    def bad(rec, msg):
        nonlocal problems
        print(f"  {rec['doc_id']}: {msg}")
        problems += 1

    given = sum(1 for r in written if r["published_given"])
    print(f"published_given: {given} true, {len(written) - given} false")
    for rec in written:
        text = (here / rec["text_file"]).read_text(encoding="utf-8")
        lo, hi = rec["scope"]["start"], rec["scope"]["end"]
        head_end = text.index("\n")
        if not 120 <= rec["words"] <= 350:
            bad(rec, f"words {rec['words']} outside 120-350")
        if text[head_end:head_end + 2] != "\n\n":
            bad(rec, "the headline is not followed by a blank line")
        caps = []
        for cap in rec["captions"]:
            if text.count(cap) != 1:
                bad(rec, f"caption not unique: {cap[:40]!r}")
                continue
            i = text.index(cap)
            caps.append((i, i + len(cap)))
        prev = -1
        for m in rec["mentions"]:
            if text[m["start"]:m["end"]] != m["surface"] or m["start"] < prev:
                bad(rec, f"BAD mention {m}")
            prev = m["end"]
            in_head = m["end"] <= head_end
            in_cap = any(s <= m["start"] and m["end"] <= e for s, e in caps)
            if in_head != (m.get("section") == "headline") or in_cap != (m.get("section") == "caption"):
                bad(rec, f"section wrong for {m['surface']!r} at {m['start']}")
            for part in m.get("inside", []):
                if part["surface"] not in m["surface"]:
                    bad(rec, f"inside {part['surface']!r} not in {m['surface']!r}")
            if m["place_id"] is None and not m.get("note"):
                bad(rec, f"null place_id without a note: {m['surface']!r}")
        for c in rec["claims"]:
            s = c["sentence"]
            if text[c["sentence_start"]:c["sentence_end"]] != s:
                bad(rec, f"BAD claim sentence at {c['sentence_start']}")
            if c["kind"] not in KINDS or c["count_qualifier"] not in QUALS or c["flag"] not in FLAGS:
                bad(rec, f"bad kind/qualifier/flag in {s[:40]!r}")
            for k in ("date_start", "date_end"):
                if c[k]:
                    date.fromisoformat(c[k])
            if c["date_start"] and c["date_end"] and c["date_start"] > c["date_end"]:
                bad(rec, f"date_start after date_end in {s[:40]!r}")
            if c["date_precision"] == "day" and c["date_start"] != c["date_end"]:
                bad(rec, f"day precision with a range in {s[:40]!r}")
            if c["breakdown"] and sum(b[0] for b in c["breakdown"]) != c["count"]:
                bad(rec, f"breakdown does not sum to the count in {s[:40]!r}")
            if (c["count"] is None) != (c["count_qualifier"] in (None, "unspecified")):
                bad(rec, f"count and qualifier disagree in {s[:40]!r}")
            if c["flag"] in ("year_unknown", "relative_unknown"):
                if c["date_start"] or c["date_end"] or c["date_precision"] != "unknown" or c["dates"]:
                    bad(rec, f"{c['flag']} with a date in {s[:40]!r}")
                known = rec["published_given"] or (rec["published_in_text"] or {}).get("date")
                if known:
                    bad(rec, f"{c['flag']} although a publication date is known: {s[:40]!r}")
            if c["flag"] == "vague_count" and (c["count"] is not None or c["count_qualifier"] != "unspecified"):
                bad(rec, f"vague_count with a count in {s[:40]!r}")
            if c["from_headline"] != (c["sentence_end"] <= head_end):
                bad(rec, f"from_headline disagrees with the position of {s[:40]!r}")
            if any(a <= c["sentence_start"] and c["sentence_end"] <= b for a, b in caps):
                bad(rec, f"claim inside a caption: {s[:40]!r}")
            if not c["claimant"]:
                bad(rec, f"no claimant for {s[:40]!r}")
        pit = rec["published_in_text"]
        if pit:
            if pit["how"] not in HOWS:
                bad(rec, f"published_in_text how {pit['how']!r}")
            if pit["start"] is not None and text[pit["start"]:pit["end"]] != pit["surface"]:
                bad(rec, "published_in_text offsets wrong")
            if pit["date"] and pit["date"] != rec["published"]:
                bad(rec, "published_in_text date differs from published")
        if rec.get("html_file"):
            html = (here / rec["html_file"]).read_text(encoding="utf-8")
            if visible_text(html) != " ".join(text.split()):
                bad(rec, "the companion .txt is not the visible text of the HTML file")
            if not pit or pit["how"] not in ("html meta", "html time") or pit["surface"] not in html:
                bad(rec, "HTML document without an html meta/time publication date")
        spans = [(m["start"], m["end"]) for m in rec["mentions"]]
        np_spans = []
        for n in rec["not_places"]:
            hits = [mm for mm in re.finditer(r"(?<!\w)" + re.escape(n["surface"]) + r"(?!\w)", text)]
            if not hits:
                bad(rec, f"not_place {n['surface']!r} does not occur")
            for mm in hits:
                np_spans.append((mm.start(), mm.end()))
                if any(s <= mm.start() and mm.end() <= e for s, e in spans):
                    bad(rec, f"not_place {n['surface']!r} at {mm.start()} is inside a mention")
        for mm in pat.finditer(text, lo, hi):
            if any(s <= mm.start() and mm.end() <= e for s, e in np_spans):
                continue  # a listed not_place (a person's name, an acronym, an agency name)
            if not any(s <= mm.start() and mm.end() <= e for s, e in spans):
                ctx = text[max(lo, mm.start() - 30):mm.end() + 30].replace("\n", " ")
                print(f"  {rec['doc_id']}: uncovered {mm.group(0)!r} at {mm.start()}: …{ctx}…")
        date.fromisoformat(rec["published"])
    print(f"problems: {problems}")
    return problems


def load_parts(here, names=("a", "b")):
    """(DOCS, EXTRA_NAMES) of a set two analysts wrote apart, each part in its own build_labels_<name>.py."""
    import importlib.util

    parts = []
    for name in names:
        spec = importlib.util.spec_from_file_location(f"{here.name.replace('-', '_')}_{name}",
                                                      here / f"build_labels_{name}.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        parts.append(mod)
    return [d for p in parts for d in p.DOCS], sorted({n for p in parts for n in p.EXTRA_NAMES})


def main(here, docs, extra_names, argv):
    """Write the set's label files, print a line per document; with --check also re-verify them. The exit code."""
    written = build_set(here, docs, True)
    for rec in written:
        print(f"{rec['doc_id']:46s} {rec['style']:12s} given={str(rec['published_given']):5s} words={rec['words']:4d} "
              f"mentions={len(rec['mentions']):3d} claims={len(rec['claims']):3d}")
    print(f"total: {len(written)} docs, {sum(len(r['mentions']) for r in written)} mentions, "
          f"{sum(len(r['claims']) for r in written)} claims")
    return 1 if "--check" in argv and check_set(here, written, extra_names) else 0
