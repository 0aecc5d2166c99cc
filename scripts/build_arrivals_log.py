"""Build data/logs/arrivals-2023.csv, the second embedded dataset, from the collected figures
(data/logs/arrivals-2023-reported-figures.csv, a copy of ../shared/data/arrivals-2023-reported-figures.csv:
one row per statement as reported, with its source).

    python scripts/build_arrivals_log.py [COLLECTED.csv] [--check]

Kept: running totals (cumulative "yes") of people who entered Armenia from Karabakh and of vehicles that
crossed the Hakari bridge, stated from 24 September to 3 October 2023 with a printed date and an exact figure.
Left out, with the reason written in data/logs/README.md: figures whose date the page did not print (the
collector inferred it: never placed on a day here), figures stated only as "more than", "over", "almost" or
"some" (a bound, which the log schema cannot carry as a count), registrations, medical transfers, bodies,
buses, stocks and single reports (other measures; several are claims in reports, not a series). Conflicting
figures stay side by side: each row keeps its own claimant, as the collector recorded it with its relay.
--check compares the committed file with a fresh build and fails on any difference."""
from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLLECTED = ROOT / "data" / "logs" / "arrivals-2023-reported-figures.csv"  # a copy of ../shared/data/
OUT = ROOT / "data" / "logs" / "arrivals-2023.csv"
COLUMNS = ("observed_at", "checkpoint", "direction", "unit", "count", "claimant", "url", "note")
LEFT_OUT_MEASURES = re.compile(r"regist|patient|wounded|injured|bodies|bus", re.I)
BOUND = re.compile(r"\((?:over|more than|almost|some|around|about|approximately)\b|\bover\b|more than", re.I)
CLOCK = re.compile(r"^\d{2}:\d{2}$")
# lines of the collected file whose page is not in the stored corpus here, so the figure could not be checked
# against it (the same figures appear on other pages); their note says so
UNCHECKED = {28, 30, 34, 69, 70, 108}


def _unit(measure: str) -> str | None:
    if LEFT_OUT_MEASURES.search(measure):
        return None
    if re.search(r"\b(?:vehicles|cars)\b", measure):
        return "vehicles"
    if re.search(r"entered|arrived|crossed|moved|reached|left|relocat|displaced|refugees|migrants", measure):
        return "people"
    return None


def kept(row: dict) -> tuple[bool, str]:
    """Whether a collected row goes into the log, and if not, why."""
    if not row["cumulative"].startswith("yes"):
        return False, "not a running total (a stock, a single report or a daily figure)"
    if not row["date"]:
        return False, "no date printed"
    if "INFERRED" in row["note"] or "DATE UNCERTAIN" in row["note"]:
        return False, "date inferred by the collector, not printed on the page"
    if not "2023-09-24" <= row["date"] <= "2023-10-03":
        return False, "outside 24 Sep - 3 Oct 2023"
    if not row["figure"].isdigit():
        return False, "no exact figure"
    if BOUND.search(row["measure"]):
        return False, "a bound ('more than', 'over', 'almost'), not a count"
    if not re.search(r"Armenia \(arrivals|Hakari|-> ?Armenia", row["place"]):
        return False, f"counted at another place ({row['place']})"
    if _unit(row["measure"]) is None:
        return False, "another measure (registrations, patients, bodies, buses)"
    return True, ""


def log_row(row: dict, line: int) -> dict:
    time = row["time"].strip()
    observed = f"{row['date']}T{time}+04:00" if CLOCK.match(time) else row["date"]  # Yerevan, UTC+4
    note = f"{row['measure']}; {row['pointer']}" + (f"; {row['note']}" if row["note"] else "")
    if time and not CLOCK.match(time):
        note = f"time stated as '{time}'; " + note
    if line in UNCHECKED:
        note = "not checked against its page here (page not stored); " + note
    return {"observed_at": observed, "checkpoint": "hakari-bridge", "direction": "towards Armenia",
            "unit": _unit(row["measure"]), "count": row["figure"], "claimant": row["claimant"], "url": row["url"],
            "note": note[:1000]}


def build(collected: Path) -> tuple[str, list[tuple[int, str, str]]]:
    rows = list(csv.DictReader(collected.open(encoding="utf-8")))
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    left = []
    for i, row in enumerate(rows):
        ok, why = kept(row)
        if ok:
            w.writerow(log_row(row, i + 2))
        else:
            left.append((i + 2, row["figure"] or "-", why))  # line in the collected file
    return out.getvalue(), left


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--check"]
    collected = Path(args[0]) if args else COLLECTED
    text, left = build(collected)
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("data/logs/arrivals-2023.csv is up to date" if same else "data/logs/arrivals-2023.csv differs")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 1} rows to {OUT}; left out {len(left)} rows:")
    for line, figure, why in left:
        print(f"  line {line}: {figure}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
