"""The build and check code the real-phrasing HELD-OUT builders share (tests/data/eval-real-holdout and
tests/data/eval-real-holdout-2): each builder holds its hand-written specs and its name lists, and gets its
build() and check() from make()."""
from __future__ import annotations

import calendar
import json
import re
from datetime import date
from html.parser import HTMLParser

from label_tools import GAZ, find_claims, find_mentions, geonames

FLAGS = {None, "year_unknown", "relative_unknown", "vague_count"}
KINDS = {"crossing", "entry", "exit", "population_movement", "diplomatic", "restriction", "other", "stock",
         "detention"}
HOWS = {"dateline", "byline", "printed date under headline", "html meta", "html time"}


def make(HERE, DOCS, NAME_EXTRA, COMMON):  # noqa: N803 - the names the builders' code was written with
    """build(write=True) and check(written) for one set's folder, specs and name lists."""
    # --------------------------------------------------------------------------------------------
    # building
    # --------------------------------------------------------------------------------------------
    def _headline_end(text):
        return text.index("\n")


    def _mentions(doc, text, lo, hi, caption_spans):
        specs = [(m["surface"], m["pid"], m["kind"], m["note"]) for m in doc["mentions"]]
        found = find_mentions(text, specs, lo, hi, doc["doc_id"])
        h_end = _headline_end(text)
        out = []
        for spec, rec in zip(doc["mentions"], found):
            r = dict(rec)
            if rec["end"] <= h_end:
                r["section"] = "headline"
            elif any(s <= rec["start"] and rec["end"] <= e for s, e in caption_spans):
                r["section"] = "caption"
            if spec["inside"]:
                r["inside"] = [{"surface": s, "place_id": p} for s, p in spec["inside"]]
            out.append(r)
        return out


    def _published_in_text(doc, text):
        p = doc["published_in_text"]
        if p is None:
            return None
        rec = {"date": p["date"], "surface": p["surface"], "start": None, "end": None, "how": p["how"]}
        if p["how"] not in ("html meta", "html time"):
            if text.count(p["surface"]) != 1:
                raise ValueError(f"{doc['doc_id']}: published_in_text surface not unique in the text")
            rec["start"] = text.index(p["surface"])
            rec["end"] = rec["start"] + len(p["surface"])
        return rec


    def build(write=True):
        written = []
        for d in DOCS:
            tf = f"{d['doc_id']}.txt"
            text = (HERE / tf).read_text(encoding="utf-8")
            lo, hi = 0, len(text)
            caption_spans = []
            for cap in d["captions"]:
                if text.count(cap) != 1:
                    raise ValueError(f"{d['doc_id']}: caption not found exactly once: {cap[:50]!r}")
                i = text.index(cap)
                caption_spans.append((i, i + len(cap)))
            rec = {
                "doc_id": d["doc_id"], "text_file": tf,
            }
            if d.get("html_file"):
                rec["html_file"] = d["html_file"]
            rec.update({
                "style": d["style"], "side": d["side"], "outlet": d["outlet"], "title": d["title"],
                "published": d["published"], "published_given": d["published_given"],
                "published_in_text": _published_in_text(d, text),
            })
            if d.get("published_note"):
                rec["published_note"] = d["published_note"]
            rec.update({
                "fictional": True,
                "scope": {"start": lo, "end": hi,
                          "note": "the whole file (headline included)" + (
                              "; the visible text of the HTML page beside it, headline first" if d.get("html_file")
                              else "")},
                "words": len(text[lo:hi].split()),
                "captions": list(d["captions"]),
                "not_places": [{"surface": s, "why": w} for s, w in d["not_places"]],
                "patterns": list(d["patterns"]),
                "traps": list(d["traps"]),
                "mentions": _mentions(d, text, lo, hi, caption_spans),
                "claims": find_claims(text, d["claims"], lo, hi, d["doc_id"]),
            })
            written.append(rec)
        if write:
            for rec in written:
                (HERE / f"{rec['doc_id']}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n",
                                                            encoding="utf-8")
        return written


    # --------------------------------------------------------------------------------------------
    # checking (review aid; exits non-zero on a hard problem)
    # --------------------------------------------------------------------------------------------
    class _Visible(HTMLParser):
        """The visible text of a simple article page: one block per h1/p/figcaption/li, skipping head and scripts."""
        BLOCKS = {"h1", "h2", "h3", "p", "figcaption", "li"}

        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.blocks, self.cur, self.skip, self.depth = [], None, 0, 0
            self.meta_time, self.time_dt, self.ld = None, None, None
            self._in_ld = False

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag in ("head", "script", "style", "title"):
                self.skip += 1
                if tag == "script" and a.get("type") == "application/ld+json":
                    self._in_ld = True
            if tag == "meta" and a.get("property") == "article:published_time":
                self.meta_time = a.get("content")
            if tag == "time":
                self.time_dt = a.get("datetime")
            if tag in self.BLOCKS and not self.skip:
                self.cur = []

        def handle_endtag(self, tag):
            if tag in ("head", "script", "style", "title"):
                self.skip -= 1
                self._in_ld = False
            if tag in self.BLOCKS and self.cur is not None:
                self.blocks.append(" ".join("".join(self.cur).split()))
                self.cur = None

        def handle_data(self, data):
            if self._in_ld:
                self.ld = (self.ld or "") + data
            if self.cur is not None and not self.skip:
                self.cur.append(data)


    def _geonames_index():
        cities, _ = geonames()
        idx = {}
        for gid, c in cities.items():
            for n in [c["name"], *(c.get("alternatenames") or [])]:
                if n and len(n) > 2:
                    idx.setdefault(n, gid)
        return idx


    def check(written):
        names = set(NAME_EXTRA)
        for p in GAZ["places"]:
            names.update(n["text"] for n in p["names"])
        pat = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?!\w)")
        cap_word = re.compile(r"(?<![\w-])([A-ZÀ-ÝĞİŞÇÖÜ][\w’'-]+)")
        gn_idx = _geonames_index()
        hard = 0

        def bad(msg):
            nonlocal hard
            hard += 1
            print("  PROBLEM " + msg)

        for rec, d in zip(written, DOCS):
            did = rec["doc_id"]
            text = (HERE / rec["text_file"]).read_text(encoding="utf-8")
            lo, hi = rec["scope"]["start"], rec["scope"]["end"]
            h_end = _headline_end(text)
            if not (120 <= rec["words"] <= 350):
                bad(f"{did}: {rec['words']} words, outside 120-350")
            if text[h_end:h_end + 2] != "\n\n":
                bad(f"{did}: the headline is not followed by a blank line")
            # publication date
            date.fromisoformat(rec["published"])
            pit = rec["published_in_text"]
            if pit is not None:
                assert pit["how"] in HOWS, did
                if pit["start"] is not None and text[pit["start"]:pit["end"]] != pit["surface"]:
                    bad(f"{did}: published_in_text offsets")
                if pit["date"] and pit["date"] != rec["published"]:
                    bad(f"{did}: published_in_text date differs from published")
            known = rec["published_given"] or (pit is not None and pit["date"] is not None)
            # HTML companion
            if rec.get("html_file"):
                v = _Visible()
                v.feed((HERE / rec["html_file"]).read_text(encoding="utf-8"))
                blocks_txt = [" ".join(b.split()) for b in text.strip().split("\n\n")]
                if v.blocks != blocks_txt:
                    bad(f"{did}: the visible text of {rec['html_file']} differs from {rec['text_file']}")
                dt = v.meta_time if pit["how"] == "html meta" else v.time_dt
                if dt != pit["surface"] or not dt.startswith(rec["published"]):
                    bad(f"{did}: HTML date {dt!r} does not match published_in_text")
                if pit["how"] == "html meta" and (v.ld is None or json.loads(v.ld).get("datePublished") != dt):
                    bad(f"{did}: JSON-LD datePublished missing or different")
                if rec["published"] in text or pit["surface"] in text:
                    bad(f"{did}: the publication date appears in the visible text")
            # mentions
            prev = -1
            spans = []
            for m in rec["mentions"]:
                s, e = m["start"], m["end"]
                if text[s:e] != m["surface"] or s < prev or not (lo <= s < e <= hi):
                    bad(f"{did}: mention {m['surface']!r}@{s}")
                if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                    bad(f"{did}: mention {m['surface']!r}@{s} is not a whole word")
                if (m.get("section") == "headline") != (e <= h_end):
                    bad(f"{did}: section of {m['surface']!r}@{s}")
                for part in m.get("inside", []):
                    if part["surface"] not in m["surface"]:
                        bad(f"{did}: inside {part['surface']!r} not in {m['surface']!r}")
                prev = e
                spans.append((s, e))
            cap_spans = [(text.index(c), text.index(c) + len(c)) for c in rec["captions"]]
            for s, e in cap_spans:
                if not any(m.get("section") == "caption" for m in rec["mentions"] if s <= m["start"] < e) and \
                        pat.search(text, s, e):
                    bad(f"{did}: caption has a place name but no caption mention")
            # not_places
            for np_ in rec["not_places"]:
                hits = [mm.start() for mm in re.finditer(r"(?<!\w)" + re.escape(np_["surface"]) + r"(?!\w)", text)]
                outside = [i for i in hits if not any(s <= i < e for s, e in spans)]
                if not outside:
                    bad(f"{did}: not_place {np_['surface']!r} does not occur outside the mentions")
            # claims
            for n, c in enumerate(rec["claims"]):
                w = f"{did} claim {n} ({c['sentence'][:40]!r})"
                s, e = c["sentence_start"], c["sentence_end"]
                if text[s:e] != c["sentence"] or c["sentence"] != c["sentence"].strip():
                    bad(f"{w}: sentence span")
                if c["kind"] not in KINDS or c["flag"] not in FLAGS:
                    bad(f"{w}: kind/flag")
                if c["from_headline"] != (e <= h_end):
                    bad(f"{w}: from_headline does not match the headline line")
                if any(cs <= s < ce or cs < e <= ce for cs, ce in cap_spans):
                    bad(f"{w}: a caption is never a claim")
                prec, ds, de = c["date_precision"], c["date_start"], c["date_end"]
                if prec == "unknown":
                    if ds or de or c["dates"]:
                        bad(f"{w}: unknown precision with dates")
                else:
                    a, b = date.fromisoformat(ds), date.fromisoformat(de)
                    if a > b or (prec == "day" and a != b):
                        bad(f"{w}: dates")
                    if prec == "month" and (a.day != 1 or b.day != calendar.monthrange(b.year, b.month)[1]):
                        bad(f"{w}: month")
                    if prec == "days" and (c["dates"][0] != ds or c["dates"][-1] != de or len(c["dates"]) < 2):
                        bad(f"{w}: days")
                if c["flag"] in ("year_unknown", "relative_unknown"):
                    if known:
                        bad(f"{w}: {c['flag']} in a document whose publication date is known")
                    if prec != "unknown":
                        bad(f"{w}: {c['flag']} needs null dates")
                # eval-real's rule: vague_count for every vague quantity unless a date flag applies (one flag a claim;
                # the date flag wins and the vagueness stays in count null / qualifier "unspecified")
                if c["flag"] == "vague_count" and c["count_qualifier"] != "unspecified":
                    bad(f"{w}: vague_count needs qualifier unspecified")
                if c["count_qualifier"] == "unspecified" and c["flag"] not in ("vague_count", "year_unknown",
                                                                              "relative_unknown"):
                    bad(f"{w}: an unspecified quantity needs vague_count (or a date flag, which wins)")
                if c["count_qualifier"] == "unspecified" and c["count"] is not None:
                    bad(f"{w}: an unspecified quantity has a null count")
                if c["count"] is None and c["count_qualifier"] not in (None, "unspecified"):
                    bad(f"{w}: qualifier without a count")
                if c["count"] is not None and (c["count_qualifier"] in (None, "unspecified") or not c["unit"]):
                    bad(f"{w}: a count needs a qualifier and a unit")
                if c["breakdown"] and sum(x[0] for x in c["breakdown"]) != c["count"]:
                    bad(f"{w}: breakdown does not add up")
                if not c["claimant"]:
                    bad(f"{w}: claimant")
                for k in ("origin", "destination", "via", "place"):
                    pid = c.get(k)
                    if pid and not pid.startswith("gn:") and pid not in {p["place_id"] for p in GAZ["places"]}:
                        bad(f"{w}: {k} {pid} not in the gazetteer")
            # review aid: name occurrences no mention or not_place covers
            np_surfaces = {x["surface"] for x in rec["not_places"]}
            for mm in pat.finditer(text, lo, hi):
                if not any(s <= mm.start() and mm.end() <= e for s, e in spans) and mm.group(0) not in np_surfaces:
                    ctx = text[max(lo, mm.start() - 30):mm.end() + 30].replace("\n", " ")
                    print(f"  {did}: uncovered name {mm.group(0)!r} at {mm.start()}: …{ctx}…")
            for mm in cap_word.finditer(text, lo, hi):
                wd = mm.group(1).rstrip("’'")
                if wd in COMMON or wd not in gn_idx:
                    continue
                if any(s <= mm.start() < e for s, e in spans) or wd in np_surfaces:
                    continue
                print(f"  {did}: GeoNames name {wd!r} (geonameid {gn_idx[wd]}) at {mm.start()}, neither mention nor "
                      f"not_place")
        print(f"hard problems: {hard}")
        return hard

    return build, check
