"""Reading and checking a log file: every bad row named by line, column and reason; whole files refused with a
message; Parquet typed columns read like their CSV text."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from geo.logs.read import LogFileError, read_log
from geo.store import load_dataset

TODAY = date(2026, 12, 1)
HEADER = "observed_at,checkpoint,direction,vehicle_type,count,plate_country,note\n"


@pytest.fixture(scope="module")
def places():
    return load_dataset().places


def _read(places, body: str, header: str = HEADER):
    return read_log((header + body).encode("utf-8"), "t.csv", places, today=TODAY)


GOOD = [  # (row as written, checkpoint id, direction, towards, unit, count, day)
    ("2023-09-24T10:00+04:00,Kornidzor,in,bus,12,AM,", "kornidzor", "in", "", "bus", 12, date(2023, 9, 24)),
    ("2023-09-24,hakari-bridge,towards Goris,people,30,,", "hakari-bridge", "towards", "goris", "people", 30,
     date(2023, 9, 24)),
    ("2023-09-25T23:30:00Z,Hakari bridge,OUT,Truck,,ir,", "hakari-bridge", "out", "", "truck", -1,
     date(2023, 9, 25)),
    ("2023-09-25T23:30:00.5-01:00,Stepanakert,to Goris,truck,0,,", "khankendi", "towards", "goris", "truck", 0,
     date(2023, 9, 25)),  # the local date as written, not the UTC one (26 Sep)
    (" 2023-09-26 , Kornidzor , in , Trucks  ,  7 ,,", "kornidzor", "in", "", "trucks", 7, date(2023, 9, 26)),
]


@pytest.mark.parametrize("line, checkpoint, direction, towards, unit, count, day", GOOD)
def test_a_good_row_reads_as_written(places, line, checkpoint, direction, towards, unit, count, day):
    r = _read(places, line + "\n")
    assert r.problems == ()
    rows = r.rows
    assert (rows.checkpoint[0], rows.direction[0], rows.towards[0], rows.unit[0], int(rows.count[0])) == \
        (checkpoint, direction, towards, unit, count)
    assert date(1970, 1, 1).toordinal() + int(rows.day[0]) == day.toordinal()


BAD = [  # (row as written, column, reason starts with)
    ("2023-02-30,Kornidzor,in,truck,3,,", "observed_at", "impossible date (no such day)"),
    ("2023-13-01,Kornidzor,in,truck,3,,", "observed_at", "impossible date (no such day)"),
    ("2023-09-26T10:00,Kornidzor,in,truck,3,,", "observed_at", "a time without its time zone"),
    ("2023-09-26T25:00+04:00,Kornidzor,in,truck,3,,", "observed_at", "impossible time or time zone"),
    ("2023-09-26T10:00+19:00,Kornidzor,in,truck,3,,", "observed_at", "impossible time or time zone"),
    ("26/09/2023,Kornidzor,in,truck,3,,", "observed_at", "not an ISO date"),
    ("1850-01-01,Kornidzor,in,truck,3,,", "observed_at", "impossible date (before 1900)"),
    ("2027-01-05,Kornidzor,in,truck,3,,", "observed_at", "in the future (after 2026-12-01)"),
    (",Kornidzor,in,truck,3,,", "observed_at", "empty"),
    ("2023-09-26,Atlantis,in,truck,3,,", "checkpoint", "unknown checkpoint: not a place id or a name"),
    ("2023-09-26,,in,truck,3,,", "checkpoint", "empty"),
    ("2023-09-26,Kornidzor,sideways,truck,3,,", "direction", "not in, out or towards a known place"),
    ("2023-09-26,Kornidzor,towards Atlantis,truck,3,,", "direction", "not in, out or towards a known place"),
    ("2023-09-26,Kornidzor,in,,3,,", "unit", "empty: say what is counted"),
    ("2023-09-26,Kornidzor,in,truck,-3,,", "count", "negative count"),
    ("2023-09-26,Kornidzor,in,truck,2.5,,", "count", "not a whole number"),
    ("2023-09-26,Kornidzor,in,truck,twelve,,", "count", "not a whole number"),
    ("2023-09-26,Kornidzor,in,truck,9999999999999,,", "count", "not a whole number"),
    ("2023-09-26,Kornidzor,in,truck,3,XYZ,", "plate_country", "not a two-letter country code"),
    ("2023-09-26,Kornidzor,in,truck,3,," + "x" * 1001, "note", "longer than 1,000 characters"),
]


@pytest.mark.parametrize("line, column, reason", BAD)
def test_a_bad_row_is_named_by_line_column_and_reason(places, line, column, reason):
    good = "2023-09-24,Kornidzor,in,truck,5,,\n"
    r = _read(places, good + line + "\n" + good)
    assert [(p.line, p.column) for p in r.problems] == [(3, column)]
    assert r.problems[0].reason.startswith(reason)
    assert r.total == 3 and len(r.rows) == 2 and r.bad_rows == 1
    assert list(r.rows.row) == [1, 3]  # the good rows keep their row numbers


def test_every_problem_of_a_row_is_listed_and_the_bad_cells_kept_as_written(places):
    r = _read(places, "2023-09-26,Atlantis,in,truck,-3,XYZ,=cmd()\n")
    assert [(p.column, p.value) for p in r.problems] == [("checkpoint", "Atlantis"), ("count", "-3"),
                                                         ("plate_country", "XYZ")]
    assert list(r.bad["note"]) == ["=cmd()"] and list(r.bad["row"]) == [1]


def test_line_numbers_count_values_that_run_over_a_line_break_and_blank_lines(places):
    body = ('2023-09-26,Kornidzor,in,truck,3,,"two\nlines"\n\n'
            "2023-09-26,Kornidzor,in,truck,-1,,\n")
    r = _read(places, body)
    assert [(p.row, p.line) for p in r.problems] == [(2, 5)]  # header 1, rows on 2-3, blank 4, bad row 5
    assert list(r.rows.note) == ["two\nlines"]


def test_ambiguous_names_ask_for_the_place_id(places):
    kornidzor = next(p for p in places if p.place_id == "kornidzor")
    twice = (*places, replace(kornidzor, place_id="analyst-kornidzor-2"))  # an analyst added a second Kornidzor
    r = _read(twice, "2023-09-26,Kornidzor,in,truck,3,,\n2023-09-26,analyst-kornidzor-2,in,truck,3,,\n")
    assert [(p.line, p.column) for p in r.problems] == [(2, "checkpoint")]
    assert r.problems[0].reason == ("unknown checkpoint: could be any of analyst-kornidzor-2, kornidzor: "
                                    "use the place id")


def test_unit_column_wins_over_vehicle_type_and_either_serves(places):
    header = "observed_at,checkpoint,direction,unit,vehicle_type,count\n"
    r = _read(places, "2023-09-26,Kornidzor,in,people,bus,40\n2023-09-26,Kornidzor,in,,bus,2\n", header)
    assert list(r.rows.unit) == ["people", "bus"]


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"observed_at,checkpoint\x00\x01\x02", "looks binary"),
    (b"PK\x03\x04rest of a zip", "spreadsheet, not CSV"),
    (HEADER.encode() + "2023-09-26,Kornidzor,in,truck,3,,caf\u00e9\n".encode("latin-1"), "not UTF-8 text (line 2"),
    (HEADER.encode(), "has a header but no rows"),
    (b"observed_at,checkpoint,count\n2023-09-26,Kornidzor,3\n", "lacks the columns direction, unit or vehicle_type"),
    (HEADER.encode() + b"2023-09-26,Kornidzor,in,truck,3\n", "not a well-formed CSV log"),
    (b"\n\n", "has no header line"),
    (b"PAR1 not really parquet", "not a readable Parquet file"),
])
def test_a_file_that_is_not_a_log_is_refused_with_a_message(places, data, message):
    with pytest.raises(LogFileError, match=None) as err:
        read_log(data, "t.csv", places, today=TODAY)
    assert message in str(err.value)


def test_parquet_typed_columns_read_like_their_text(places):
    table = pa.table({
        "observed_at": pa.array([1695535200_000_000, 1695621600_000_000], pa.timestamp("us", tz="Asia/Yerevan")),
        "checkpoint": ["Kornidzor", "kornidzor"], "direction": ["in", "out"], "unit": ["people", "people"],
        "count": pa.array([120, None], pa.int64()),
    })
    buf = io.BytesIO()
    pq.write_table(table, buf)
    r = read_log(buf.getvalue(), "t.parquet", places, today=TODAY)
    assert r.problems == ()
    # 2023-09-24T06:00Z is 10:00 in Yerevan (+04:00): its local date and zone are kept
    assert list(r.rows.observed_at) == ["2023-09-24T10:00:00+0400", "2023-09-25T10:00:00+0400"]
    assert list(r.rows.count) == [120, -1] and r.problems == ()
    assert r.rows.recorded.tolist() == [True, False]


def test_parquet_times_without_a_zone_and_fractional_counts_are_bad_rows(places):
    table = pa.table({
        "observed_at": pa.array([1695535200_000_000], pa.timestamp("us")),  # 06:00, zone unknown
        "checkpoint": ["kornidzor"], "direction": ["in"], "unit": ["people"],
        "count": pa.array([2.5], pa.float64()),
    })
    buf = io.BytesIO()
    pq.write_table(table, buf)
    r = read_log(buf.getvalue(), "t.parquet", places, today=TODAY)
    assert [(p.row, p.line, p.column) for p in r.problems] == [(1, None, "observed_at"), (1, None, "count")]
    assert r.problems[0].describe().startswith("row 1: observed_at '2023-09-24T06:00:00'")
