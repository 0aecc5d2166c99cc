"""Logs in the store: all or nothing, the same file twice changes nothing, --skip-bad writes a rejects file; the
daily cube agrees with sums computed row by row; a cumulative series is never summed."""
from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from geo.logs.cube import build_cells, groups, DailyCube
from geo.logs.importing import LogRejected, import_log_bytes, import_log_file
from geo.logs.model import LogMeta, SeriesKey
from geo.logs.read import read_log
from geo.store import GeoPackageStore
from geo.store import logs_common
from geo.store.logs import delete_log, log_imports, read_cube
from geo.view.logs import figure_label, log_view

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from logs_gen import generate  # noqa: E402

META = LogMeta(source="Test sheet", claimant="Test team")
TODAY = date(2026, 12, 1)
HEADER = "observed_at,checkpoint,direction,vehicle_type,count,plate_country,note\n"
GOOD = ("2023-09-24T10:00+04:00,Kornidzor,in,bus,12,AM,first buses\n"
        "2023-09-24T18:00+04:00,Kornidzor,in,bus,30,AM,\n"
        "2023-09-25,Kornidzor,in,bus,,AM,count lost\n"
        "2023-09-25,hakari-bridge,towards Goris,people,400,,\n")
BAD = "2023-02-30,Kornidzor,in,truck,3,,\n2023-09-26,Kornidzor,in,truck,=1+1,,=HYPERLINK(\"x\")\n"


@pytest.fixture()
def store(tmp_path: Path) -> GeoPackageStore:
    s = GeoPackageStore(tmp_path / "store.gpkg")
    s.ensure_seeded()
    return s


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _log_rows(store: GeoPackageStore) -> int:
    con = sqlite3.connect(store.path)
    try:
        return con.execute("SELECT count(*) FROM log_rows").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()


def test_a_log_lands_whole_and_the_window_gives_its_figures(store):
    result = import_log_bytes((HEADER + GOOD).encode(), "sheet.csv", META, store, today=TODAY)
    assert result.written and result.record.rows == 4 and _log_rows(store) == 4
    places = {p.place_id: p for p in store.places()}
    labels = sorted(figure_label(f, places) for f in read_cube(store).window(date(2023, 9, 24), date(2023, 9, 25)))
    assert labels == [
        "Hakari bridge · 400 people towards Goris / Gorus · 25 Sep 2023 · logged by Test team",
        "Kornidzor · at least 42 bus in · 24–25 Sep 2023 · logged by Test team (1 of 3 rows without a count)",
    ]
    one_day = read_cube(store).window(date(2023, 9, 25), date(2023, 9, 25))
    bus = next(f for f in one_day if f.key.unit == "bus")
    assert (bus.value, bus.rows, bus.unrecorded) == (None, 1, 1)  # not recorded, never 0
    assert figure_label(bus, places) == "Kornidzor · bus in: count not recorded (1 row) · 25 Sep 2023 · logged by Test team"


def test_the_same_file_again_changes_nothing(store):
    data = (HEADER + GOOD).encode()
    import_log_bytes(data, "sheet.csv", META, store, today=TODAY)
    before = (_digest(store.path), store.version())
    again = import_log_bytes(data, "renamed.csv", LogMeta("other", "other"), store, today=TODAY)
    assert not again.written and again.record.file_name == "sheet.csv"
    assert (_digest(store.path), store.version()) == before
    assert "imported before" in again.summary() and len(log_imports(store)) == 1


def test_a_file_with_bad_rows_writes_nothing(store):
    before = _digest(store.path)
    with pytest.raises(LogRejected) as err:
        import_log_bytes((HEADER + GOOD + BAD).encode(), "sheet.csv", META, store, today=TODAY)
    assert [(p.line, p.column) for p in err.value.read.problems] == [(6, "observed_at"), (7, "count")]
    assert "2 of 6 rows are bad" in str(err.value) and "nothing was written" in str(err.value)
    assert _digest(store.path) == before


def test_skip_bad_lands_the_good_rows_and_lists_the_rest(store, tmp_path):
    src = tmp_path / "sheet.csv"
    src.write_text(HEADER + GOOD + BAD, encoding="utf-8")
    result = import_log_file(src, META, store, skip_bad=True)
    assert result.record.rows == 4 and result.record.skipped == 2 and _log_rows(store) == 4
    rejects = list(csv.reader(io.StringIO((tmp_path / "sheet.rejects.csv").read_text(encoding="utf-8"))))
    assert rejects[0] == ["row", "line", "reasons", "observed_at", "checkpoint", "direction", "vehicle_type", "count",
                          "plate_country", "note"]
    assert [r[:3] for r in rejects[1:]] == [["5", "6", "observed_at: impossible date (no such day)"],
                                           ["6", "7", "count: not a whole number (leave it empty if not recorded)"]]
    assert rejects[2][7:] == ["'=1+1", "", "'=HYPERLINK(\"x\")"]  # formulas neutralised


def test_a_failure_while_writing_leaves_the_store_as_it_was(store, monkeypatch):
    before = _digest(store.path)

    def broken(*args):
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(logs_common, "cube_values", broken)  # fails after the rows were inserted
    from geo.store.gpkg import StoreWriteError

    with pytest.raises(StoreWriteError, match=r"could not be written \(disk full \(simulated\).*changed nothing"):
        import_log_bytes((HEADER + GOOD).encode(), "sheet.csv", META, store, today=TODAY)
    assert _digest(store.path) == before and log_imports(store) == () and _log_rows(store) == 0


def test_delete_removes_one_log_and_keeps_the_other(store):
    a = import_log_bytes((HEADER + GOOD).encode(), "a.csv", META, store, today=TODAY).record
    other = HEADER + "2023-09-24,Kornidzor,out,truck,5,,\n"
    b = import_log_bytes(other.encode(), "b.csv", META, store, today=TODAY).record
    assert delete_log(store, a.log_id) and not delete_log(store, a.log_id)
    assert [i.log_id for i in log_imports(store)] == [b.log_id] and _log_rows(store) == 1
    assert [f.value for f in read_cube(store).window(date(2023, 9, 1), date(2023, 9, 30))] == [5]


def _expected(rows: list[dict], start: date, end: date) -> dict[tuple, tuple]:
    """Independent of the cube: a loop over the generated rows, by checkpoint, direction and type."""
    out: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        day = date.fromisoformat(r["observed_at"][:10])
        if start <= day <= end:
            k = (r["checkpoint"], "towards" if r["direction"].startswith("towards") else r["direction"],
                 r["vehicle_type"])
            out[k][1] += 1
            if r["count"] != "":
                out[k][0] += int(r["count"])
                out[k][2] += 1
    return {k: (v[0] if v[2] else None, v[1], v[1] - v[2]) for k, v in out.items()}


def test_the_cube_agrees_with_sums_computed_row_by_row(store):
    frame = generate(4000, years=2, seed=3)
    rows = frame.astype(str).replace({"nan": ""}).to_dict("records")
    read = read_log(frame.to_csv(index=False).encode(), "gen.csv", store.places(), today=TODAY)
    assert read.problems == ()
    cube = DailyCube.from_cells([(build_cells(read.rows, "log-x", "gen", "count"), "count", "gen")])
    for start, end in [(date(2020, 1, 1), date(2021, 12, 31)), (date(2020, 3, 5), date(2020, 3, 5)),
                       (date(2020, 6, 1), date(2021, 2, 28)), (date(2019, 1, 1), date(2020, 1, 10)),
                       (date(2021, 12, 30), date(2023, 1, 1))]:
        got = {(f.key.checkpoint, f.key.direction, f.key.unit): (f.value, f.rows, f.unrecorded)
               for f in cube.window(start, end)}
        assert got == _expected(rows, start, end), (start, end)
        assert got  # every window above holds rows


def test_a_cumulative_series_shows_the_last_figure_stated_never_a_sum(store):
    text = HEADER.replace("vehicle_type", "unit") + (
        "2023-09-25T08:00+04:00,Kornidzor,in,people,6650,,\n"
        "2023-09-25T23:30+04:00,Kornidzor,in,people,13350,,\n"   # 19:30 UTC
        "2023-09-25T20:00Z,Kornidzor,in,people,13550,,\n"         # later in time, earlier on the clock as written
        "2023-09-27,Kornidzor,in,people,,,\n"
        "2023-09-28T10:00+04:00,Kornidzor,in,people,50243,,\n")
    import_log_bytes(text.encode(), "arrivals.csv", LogMeta("Government briefings", "Government of Armenia",
                                                            measure="cumulative"), store, today=TODAY)
    cube = read_cube(store)
    (f,) = cube.window(date(2023, 9, 25), date(2023, 9, 27))
    assert (f.value, f.last_day, f.rows, f.change) == (13550, date(2023, 9, 25), 4, None)
    (g,) = cube.window(date(2023, 9, 26), date(2023, 9, 28))
    assert (g.value, g.change, g.change_since) == (50243, 50243 - 13550, date(2023, 9, 25))
    places = {p.place_id: p for p in store.places()}
    assert figure_label(g, places) == ("Kornidzor · 50,243 people in · running total as of 28 Sep 2023 · stated by "
                                       "Government of Armenia · derived: +36,693 since 25 Sep 2023")
    (h,) = cube.window(date(2023, 9, 27), date(2023, 9, 27))
    assert (h.value, h.rows) == (None, 1)
    assert log_view(cube, date(2023, 9, 1), date(2023, 9, 30), places).series == ()  # no daily bars of totals


def test_two_logs_of_one_checkpoint_are_never_added(store):
    for name, claimant in (("a.csv", "Monitor A"), ("b.csv", "Monitor B")):
        body = HEADER + f"2023-09-24,Kornidzor,in,truck,{7 if claimant.endswith('A') else 9},,\n"
        import_log_bytes(body.encode(), name, LogMeta("sheet", claimant), store, today=TODAY)
    cube = read_cube(store)
    view = log_view(cube, date(2023, 9, 24), date(2023, 9, 24), {p.place_id: p for p in store.places()})
    (mark,) = view.marks
    assert sorted(f.value for f in mark.figures) == [7, 9]  # side by side, not 16
    assert sorted((s.claimant, s.values) for s in view.series) == [("Monitor A", (7,)), ("Monitor B", (9,))]
    with pytest.raises(ValueError, match="never added"):
        groups(cube.keys, by=("checkpoint", "unit"))


def test_the_cube_survives_the_store_and_is_read_again_after_a_write(store):
    import_log_bytes((HEADER + GOOD).encode(), "a.csv", META, store, today=TODAY)
    first = read_cube(store)
    assert read_cube(store) is first  # unchanged store: the cached cube
    import_log_bytes((HEADER + "2023-09-24,Kornidzor,out,truck,5,,\n").encode(), "b.csv", META, store, today=TODAY)
    second = read_cube(store)
    assert second is not first and len(second.keys) == len(first.keys) + 1
    assert SeriesKey(first.keys[0].log_id, "Test team", "kornidzor", "in", "", "bus") in second.keys


def test_cli_import_list_window_and_a_rejected_file(store, tmp_path):
    src = tmp_path / "sheet.csv"
    src.write_text(HEADER + GOOD + BAD, encoding="utf-8")
    cli = [sys.executable, "-m", "geo.cli", "--store", str(store.path), "logs"]
    bad = subprocess.run([*cli, "import", str(src), "--source", "s", "--claimant", "c"], capture_output=True,
                         text=True, cwd=ROOT)
    assert bad.returncode == 2 and "line 6: observed_at '2023-02-30': impossible date" in bad.stderr
    assert "Traceback" not in bad.stderr and "nothing was written" in bad.stderr
    ok = subprocess.run([*cli, "import", str(src), "--source", "s", "--claimant", "c", "--skip-bad"],
                        capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0 and "imported 4 rows" in ok.stdout and "2 bad rows left out" in ok.stdout
    listed = subprocess.run([*cli, "list"], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert "4 rows  2023-09-24 to 2023-09-25" in listed
    win = subprocess.run([*cli, "window", "--from", "2023-09-25", "--to", "2023-09-25"], capture_output=True,
                         text=True, cwd=ROOT, check=True).stdout
    ours = [line for line in win.splitlines() if "logged by c" in line]  # the embedded arrivals log is there too
    assert ours == ["Kornidzor · bus in: count not recorded (1 row) · 25 Sep 2023 · logged by c",
                                "Hakari bridge · 400 people towards Goris / Gorus · 25 Sep 2023 · logged by c"]

