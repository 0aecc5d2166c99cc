"""A synthetic corpus of news reports for scale tests: clearly generated (every title says so), never
mixed into the embedded data. The texts vary as real reports do: outlets from every side, datelines,
attributions, periods, single days, approximate and exact figures, conflicting figures for one event,
closures without a count, and paragraphs with no claim at all.

    python bench/corpus.py N OUT.jsonl [--seed 7]
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

# (outlet, country of the outlet, reliability) — a spread of sides and grades
OUTLETS = [
    ("Armenpress", "AM", "C"), ("News.am", "AM", "D"), ("CivilNet", "AM", "C"), ("Hetq", "AM", "C"),
    ("Azertac", "AZ", "D"), ("Trend", "AZ", "D"), ("APA", "AZ", "D"), ("Report.az", "AZ", "D"),
    ("IRNA", "IR", "D"), ("Tasnim", "IR", "E"), ("Mehr", "IR", "E"),
    ("Reuters", "GB", "B"), ("AFP", "FR", "B"), ("OC Media", "GE", "C"), ("JAMnews", "GE", "C"),
    ("RFE/RL", "CZ", "B"), ("TASS", "RU", "D"), ("Anadolu", "TR", "D"),
]
CLAIMANTS = ["the local transport ministry", "the border service", "the Red Cross", "the state migration service",
             "a government spokesperson", "local drivers", "the ombudsman's office", "the ministry of defence",
             "residents", "the customs committee", "UNHCR", "the peacekeeping command"]
TOWNS = ["Stepanakert", "Khankendi", "Shusha", "Shushi", "Lachin", "Berdzor", "Goris", "Kapan", "Kornidzor",
         "Meghri", "Agarak", "Yerevan", "Baku", "Tegh", "Vorotan", "Aghavno"]
ROUTES = ["the Lachin corridor", "the Goris-Kapan highway", "the Hakari bridge", "the Kapan-Meghri road"]
UNITS = [("trucks", 5, 400), ("vehicles", 5, 300), ("fuel trucks", 2, 60), ("buses", 2, 40), ("cars", 10, 900)]
PEOPLE = [("people", 50, 30000), ("residents", 10, 5000), ("refugees", 100, 40000), ("families", 5, 800)]
FILLER = [
    "Talks between the two sides are expected to resume next month, according to diplomats.",
    "The statement gave no further details and could not be independently verified.",
    "Prices of flour and fuel in the region have risen sharply in recent weeks, shopkeepers said.",
    "The agency's correspondent was not allowed to visit the area.",
    "Officials declined to comment on the figures when contacted.",
]


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def _fig(rng: random.Random, lo: int, hi: int) -> tuple[int, str]:
    n = rng.randint(lo, hi)
    if n > 50:
        n = round(n, -1)
    q = rng.choice(["", "", "about ", "at least ", "some ", "nearly "])
    return n, f"{q}{n:,}"


def _figure(rng: random.Random, table) -> tuple[str, str]:
    unit, lo, hi = rng.choice(table)
    return unit, _fig(rng, lo, hi)[1]


def _before(rng: random.Random, day0: date, lo: int = 0, hi: int = 6) -> date:
    return day0 - timedelta(days=rng.randint(lo, hi))


def _paragraph(rng: random.Random, day0: date, event: tuple | None) -> str:
    who = rng.choice(CLAIMANTS)
    kind = rng.random()
    if event is not None:  # another outlet's report of an event already reported (same or a different figure)
        n, unit, town, route, start, end = event
        n = n if rng.random() < 0.6 else max(1, n + rng.choice([-1, 1]) * rng.randint(1, max(1, n // 4)))
        return (f"According to {who}, {n:,} {unit} entered {town} through {route} from {_day(start)} "
                f"to {_day(end)}.")
    if kind < 0.35:
        unit, text = _figure(rng, UNITS)
        start = _before(rng, day0, 1, 20)
        end = start + timedelta(days=rng.randint(1, 10))
        return (f"{text[0].upper() + text[1:]} {unit} entered {rng.choice(TOWNS)} through {rng.choice(ROUTES)} "
                f"between {_day(start)} and {_day(end)}, {who} said.")
    if kind < 0.6:
        unit, text = _figure(rng, PEOPLE)
        return (f"On {_day(_before(rng, day0))}, {text} {unit} left {rng.choice(TOWNS)} for Armenia, "
                f"{who} told reporters.")
    if kind < 0.75:
        unit, text = _figure(rng, UNITS)
        d = _before(rng, day0)
        return f"{who[0].upper() + who[1:]} said {text} {unit} crossed at {rng.choice(['Kornidzor', 'Agarak', 'Meghri'])} on {_day(d)}."
    if kind < 0.85:
        d = day0 - timedelta(days=rng.randint(0, 6))
        return f"{rng.choice(ROUTES)[0].upper() + rng.choice(ROUTES)[1:]} was closed to traffic on {_day(d)}, {who} said."
    return rng.choice(FILLER)


def generate(n: int, seed: int = 7, start: date = date(2022, 12, 1), days: int = 300) -> list[dict]:
    rng = random.Random(seed)
    reports, events = [], []
    for i in range(n):
        outlet, country, grade = rng.choice(OUTLETS)
        day0 = start + timedelta(days=rng.randint(0, days))
        paras = []
        for _ in range(rng.randint(2, 4)):
            event = rng.choice(events) if events and rng.random() < 0.25 else None
            paras.append(_paragraph(rng, day0, event))
        if rng.random() < 0.3:  # an event others will report too
            unit, lo, hi = rng.choice(UNITS[:3])
            n_, _ = _fig(rng, lo, hi)
            s = day0 - timedelta(days=rng.randint(2, 12))
            events.append((n_, unit, rng.choice(["Stepanakert", "Khankendi", "Goris"]), "the Lachin corridor", s,
                           s + timedelta(days=rng.randint(1, 5))))
        title = f"[synthetic {i + 1:05d}] {rng.choice(['Traffic', 'Movement', 'Situation', 'Crossings'])} " \
                f"on the corridor, {outlet} reports"
        dateline = f"{rng.choice(['Yerevan', 'Baku', 'Tehran', 'Tbilisi', 'Moscow'])}, {_day(day0)}"
        reports.append({"text": f"{title}\n\n{dateline}\n\n" + "\n\n".join(paras) + "\n", "outlet": outlet,
                        "title": title, "published": day0.isoformat(), "reliability": grade, "country": country,
                        "url": f"https://example.invalid/{outlet.lower().replace(' ', '-').replace('/', '')}/{i + 1}"})
    return reports


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in generate(args.n, args.seed):
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {args.n} synthetic reports to {args.out}")


if __name__ == "__main__":
    main()
