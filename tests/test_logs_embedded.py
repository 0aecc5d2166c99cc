"""The second embedded dataset: the 2023 arrivals figures as a cumulative log, each figure with who stated it;
figures from the collected file (data/logs/arrivals-2023-reported-figures.csv), never summed or picked."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from geo.store import open_store
from geo.store.logs import delete_log, log_imports, read_cube

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import build_arrivals_log  # noqa: E402


@pytest.fixture()
def store(tmp_path):
    return open_store(tmp_path / "store.gpkg")


def test_the_embedded_log_is_what_its_builder_makes_of_the_collected_figures():
    text, left = build_arrivals_log.build(build_arrivals_log.COLLECTED)
    assert (ROOT / "data" / "logs" / "arrivals-2023.csv").read_text(encoding="utf-8") == text
    assert text.count("\n") - 1 + len(left) == 150  # every collected row is kept or left out with a reason
    reasons = {why for _, _, why in left}
    assert "date inferred by the collector, not printed on the page" in reasons


def test_a_new_store_holds_the_arrivals_as_running_totals(store):
    (log,) = log_imports(store)
    assert (log.rows, log.measure, log.first_day, log.last_day) == (54, "cumulative", date(2023, 9, 24),
                                                                    date(2023, 10, 3))
    day = read_cube(store).window(date(2023, 9, 30), date(2023, 9, 30))
    assert {f.value for f in day if f.key.unit == "people"} == {100417}  # several relays, one figure
    assert {f.value for f in day if f.key.unit == "vehicles"} == {21043}
    assert len({f.key.claimant for f in day if f.key.unit == "people"}) == 5


def test_conflicting_figures_stay_side_by_side(store):
    morning = [f for f in read_cube(store).window(date(2023, 9, 26), date(2023, 9, 26)) if f.key.unit == "people"]
    values = sorted(f.value for f in morning)
    assert 13350 in values and 13550 in values and 28120 in values  # ILKHA's 13,350 beside the government's 13,550
    week = read_cube(store).window(date(2023, 9, 24), date(2023, 10, 3))
    assert max(f.value for f in week if f.key.unit == "people") == 100625  # the last stated, never a sum


def test_an_embedded_log_deleted_by_an_analyst_does_not_come_back(store):
    (log,) = log_imports(store)
    assert delete_log(store, log.log_id)
    assert log_imports(open_store(store.path)) == ()
