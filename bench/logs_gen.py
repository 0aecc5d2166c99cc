"""A synthetic checkpoint log for scale tests: N rows over several years, clearly marked as synthetic and never
mixed into the embedded data.

    python bench/logs_gen.py N OUT.csv|OUT.parquet [--years 4] [--seed 1]

Each row is one hourly tally at a checkpoint, for one direction and vehicle type. Traffic has a weekly rhythm
(fewer on Sundays), a yearly one (more in summer), a closure of a few weeks with almost nothing, and a surge of
people in one autumn; about 2 % of the counts are left empty (not recorded), and one row in a hundred carries a
note saying it is synthetic (import it with a --source that says so too)."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

CHECKPOINTS = ("agarak-norduz", "hakari-bridge", "kornidzor", "lachin", "goris", "kapan")
TYPES = ("truck", "car", "bus", "tanker", "people")
MEANS = {"truck": 6.0, "car": 9.0, "bus": 1.5, "tanker": 2.0, "people": 25.0}
PLATES = ("AM", "IR", "AZ", "RU", "GE", "")
NOTE = "SYNTHETIC row from bench/logs_gen.py, not real data"


def generate(n: int, years: int = 4, seed: int = 1, start: date = date(2020, 1, 1)) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    days = pd.date_range(start, periods=365 * years, freq="D")
    weight = np.ones(len(days))
    weight *= np.where(days.day_of_week == 6, 0.4, 1.0)  # Sundays
    weight *= 1.0 + 0.3 * np.sin(2 * np.pi * (days.day_of_year - 100) / 365)  # summer
    closed = (days >= days[0] + pd.Timedelta(days=500)) & (days < days[0] + pd.Timedelta(days=530))
    weight[closed] *= 0.02
    weight /= weight.sum()
    day = rng.choice(len(days), size=n, p=weight)
    hour = rng.integers(0, 24, n)
    zone = np.where(rng.random(n) < 0.5, "+04:00", "Z")
    stamp = (days[day].strftime("%Y-%m-%d").to_numpy(dtype=object) + "T" + pd.Series(hour).map("{:02d}:00".format)
             .to_numpy(dtype=object) + zone)
    checkpoint = np.array(CHECKPOINTS, dtype=object)[rng.integers(0, len(CHECKPOINTS), n)]
    vehicle = np.array(TYPES, dtype=object)[rng.integers(0, len(TYPES), n)]
    direction = np.where(rng.random(n) < 0.5, "in", "out").astype(object)
    towards = rng.random(n) < 0.05
    direction[towards] = "towards Goris"
    mean = pd.Series(vehicle).map(MEANS).to_numpy()
    surge = (days[day].year == start.year + min(3, years - 1)) & (days[day].month == 9) & (vehicle == "people")
    mean = np.where(surge, mean * 20, mean)
    count = rng.poisson(mean).astype(object)
    count[rng.random(n) < 0.02] = ""
    return pd.DataFrame({"observed_at": stamp, "checkpoint": checkpoint, "direction": direction,
                         "vehicle_type": vehicle, "count": count,
                         "plate_country": np.array(PLATES, dtype=object)[rng.integers(0, len(PLATES), n)],
                         "note": np.where(rng.random(n) < 0.01, NOTE, "")})


def write(frame: pd.DataFrame, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".parquet":
        frame.to_parquet(out, index=False)
    else:
        frame.to_csv(out, index=False)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--years", type=int, default=4)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    write(generate(a.n, a.years, a.seed), a.out)
    print(f"wrote {a.n:,} synthetic rows to {a.out}")
