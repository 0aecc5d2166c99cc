"""The claims an analyst narrows the view to: by outlet, claimant, side (the outlet's country), kind, status,
review status, the source's reliability, the claim's credibility, and a text search over quotes and place
names. One typed record, the same on every page, in every export and in the link."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..model import CLAIM_KINDS, FILTER_QUERY_KEYS, Claim, ClaimFilters, Dataset

__all__ = ["ClaimFilters", "apply_filters", "filters_from_query", "filters_to_query", "keeps", "options"]

STATUSES = ("reported", "corroborated", "disputed")
REVIEWS = ("curated", "auto", "confirmed", "corrected")
GRADES = ("A", "B", "C", "D", "E", "F")
CREDIBILITY = (1, 2, 3, 4, 5, 6)
NO_COUNTRY = "—"  # a source whose outlet's country is not recorded
QUERY_KEYS = FILTER_QUERY_KEYS
MAX_TEXT = 120


def options(ds: Dataset) -> dict[str, tuple]:
    """What each filter can choose from in this dataset (outlets, claimants and sides sorted)."""
    countries = {s.country or NO_COUNTRY for s in ds.sources}
    return {
        "outlets": tuple(sorted({s.outlet for s in ds.sources}, key=str.casefold)),
        "claimants": tuple(sorted({c.claimant for c in ds.claims}, key=str.casefold)),
        "sides": tuple(sorted(countries)),
        "kinds": CLAIM_KINDS, "statuses": STATUSES, "reviews": (*REVIEWS, "rejected"), "grades": GRADES,
        "credibility": CREDIBILITY,
    }


def _place_text(ds: Dataset) -> dict[str, str]:
    if "place_text" not in ds.memo:
        ds.memo["place_text"] = {p.place_id: " ".join([p.name, *(n.text for n in p.names)]).casefold()
                                 for p in ds.places}
    return ds.memo["place_text"]


def keeps(f: ClaimFilters, ds: Dataset):
    """A predicate on claims for these filters (sources looked up once)."""
    sources = ds.sources_by_id
    places = _place_text(ds) if f.text else {}
    needle = f.text.casefold()
    sets = {name: set(getattr(f, name)) for name in ("outlets", "claimants", "sides", "kinds", "statuses", "reviews",
                                                    "grades", "credibility")}

    def keep(c: Claim) -> bool:
        s = sources.get(c.source_id)
        if sets["outlets"] and (s is None or s.outlet not in sets["outlets"]):
            return False
        if sets["sides"] and (s is None or (s.country or NO_COUNTRY) not in sets["sides"]):
            return False
        if sets["grades"] and (s is None or s.reliability not in sets["grades"]):
            return False
        if sets["claimants"] and c.claimant not in sets["claimants"]:
            return False
        if sets["kinds"] and c.kind not in sets["kinds"]:
            return False
        if sets["statuses"] and c.status not in sets["statuses"]:
            return False
        if sets["reviews"] and c.review_status not in sets["reviews"]:
            return False
        if sets["credibility"] and c.credibility not in sets["credibility"]:
            return False
        if needle:
            hay = [c.quote.casefold(), c.summary.casefold(), *(places.get(p, "") for p in
                                                              (c.origin, c.destination, c.via, c.place) if p)]
            if not any(needle in h for h in hay):
                return False
        return True

    return keep


def apply_filters(ds: Dataset, f: ClaimFilters) -> Dataset:
    """The dataset narrowed to the claims the filters keep, with only their sources (and every place and
    mention, so names and the as-written forms do not change). Computed once per dataset and filters."""
    if not f:
        return ds
    key = ("filtered", f)
    found = ds.memo.get(key)
    if found is None:
        kept = [k for k in list(ds.memo) if isinstance(k, tuple) and k[:1] == ("filtered",)]  # shared: a snapshot
        for old in kept[:-15]:  # a session that tries many filters keeps the latest few
            ds.memo.pop(old, None)
        keep = keeps(f, ds)
        claims = tuple(c for c in ds.claims if keep(c))
        used = {c.source_id for c in claims}
        found = ds.memo[key] = replace(ds, claims=claims,
                                       sources=tuple(s for s in ds.sources if s.source_id in used))
    return found


def filters_to_query(f: ClaimFilters) -> dict[str, str]:
    out = {}
    for key, name in QUERY_KEYS.items():
        value = getattr(f, name)
        if value:
            out[key] = value if name == "text" else "|".join(str(v) for v in value)
    return out


def filters_from_query(params: Mapping[str, str], ds: Dataset, notices: list[str]) -> ClaimFilters:
    """The filters a link asks for; a value the data does not have is dropped with a notice."""
    opts = options(ds)
    f = ClaimFilters()
    for key, name in QUERY_KEYS.items():
        raw = params.get(key)
        if not raw:
            continue
        if name == "text":
            text = " ".join(str(raw).split())[:MAX_TEXT]
            f = replace(f, text=text)
            continue
        wanted = [v for v in str(raw).split("|") if v]
        allowed = {str(o): o for o in opts[name]}
        good = tuple(allowed[v] for v in wanted if v in allowed)
        bad = [v for v in wanted if v not in allowed]
        if bad:
            shown = ", ".join(repr(v[:40]) for v in bad[:3]) + (" …" if len(bad) > 3 else "")
            notices.append(f"'{key}' {shown} is not in the data; that filter value is ignored.")
        f = replace(f, **{name: good})
    return f
