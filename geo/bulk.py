"""Many reports at once: several files, a folder, or a JSONL file (one report per line). Each report is
its own transaction, so a failure is reported and the others land, and an interrupted run can be started
again: a report already in the store is recognised by its text and skipped without being read again."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .choices import RELIABILITY_GRADES
from .sources import MAX_SOURCE_BYTES, SourceTextError

READABLE_SUFFIXES = (".txt", ".html", ".htm")
JSONL_FIELDS = ("text", "html", "outlet", "title", "published", "url", "reliability", "country")


@dataclass(frozen=True)
class Report:
    """One report to ingest, or why it cannot be: `problem` is set and `raw` is None."""

    name: str  # the file, or "FILE.jsonl, line N"
    raw: bytes | str | None
    meta: object  # ingest.SourceMeta (not imported here: planning a run loads no parser)
    problem: str = ""


@dataclass(frozen=True)
class Outcome:
    name: str
    result: object | None  # ingest.IngestResult
    error: str = ""


def count_reports(paths: Iterable[Path]) -> int:
    """How many reports `reports()` will yield, without reading them (for the progress bar)."""
    n = 0
    for path in _expand(paths):
        if path.suffix.lower() == ".jsonl":
            with open(path, "rb") as fh:
                n += sum(1 for line in fh if line.strip())
        else:
            n += 1
    return n


def _expand(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in
                              (*READABLE_SUFFIXES, ".jsonl") and not p.name.startswith("."))
        else:
            yield path


def reports(paths: Iterable[Path], defaults) -> Iterator[Report]:
    """Every report the paths hold, in order; the options given on the command line are the defaults a
    JSONL line may override."""
    for path in _expand(paths):
        if not path.is_file():
            yield Report(str(path), None, defaults, f"{path} is not a file")
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl(path, defaults)
        elif path.stat().st_size > MAX_SOURCE_BYTES:
            yield Report(path.name, None, defaults, f"{path.stat().st_size / 2**20:.1f} MiB; the limit for one "
                                                     f"article is {MAX_SOURCE_BYTES / 2**20:.0f} MiB")
        else:
            yield Report(path.name, path.read_bytes(), defaults)


def _jsonl(path: Path, defaults) -> Iterator[Report]:
    with open(path, "rb") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            name = f"{path.name}, line {number}"
            if len(line) > MAX_SOURCE_BYTES:
                yield Report(name, None, defaults, f"the line is over {MAX_SOURCE_BYTES / 2**20:.0f} MiB")
                continue
            try:
                yield Report(name, *_jsonl_record(json.loads(line.decode("utf-8")), defaults))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield Report(name, None, defaults, f"not a JSON object on one UTF-8 line ({exc.__class__.__name__})")
            except ValueError as exc:
                yield Report(name, None, defaults, str(exc))


def _jsonl_record(record: object, defaults) -> tuple[str, object]:
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    unknown = sorted(set(record) - set(JSONL_FIELDS))
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r}; a line has {', '.join(JSONL_FIELDS)}")
    body = record.get("text", record.get("html"))
    if not isinstance(body, str) or not body.strip():
        raise ValueError("no report: give its text in \"text\" or its page in \"html\"")
    for key in ("outlet", "title", "url", "published", "reliability", "country"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f"{key!r} must be a string")
    changes: dict[str, object] = {k: record[k] for k in ("outlet", "title", "url", "country") if record.get(k)}
    if record.get("published"):
        try:
            changes["published"] = date.fromisoformat(record["published"])
        except ValueError:
            raise ValueError(f"published {record['published'][:40]!r} is not a date (YYYY-MM-DD)") from None
    if record.get("reliability"):
        if record["reliability"] not in RELIABILITY_GRADES:
            raise ValueError(f"reliability must be one of {', '.join(RELIABILITY_GRADES)}")
        changes["reliability"] = record["reliability"]
    return body, replace(defaults, **changes)  # SourceMeta checks the grade and the country code


def ingest_many(items: Iterable[Report], store, done: Callable[[Outcome], None] = lambda o: None) -> list[Outcome]:
    """Ingest each report in its own transaction; a report that fails is an outcome with its reason."""
    from .ingest import ingest

    outcomes = []
    for item in items:
        if item.problem:
            outcome = Outcome(item.name, None, item.problem)
        else:
            try:
                outcome = Outcome(item.name, ingest(item.raw, item.meta, store, name=item.name))
            except SourceTextError as exc:
                outcome = Outcome(item.name, None, str(exc))
        outcomes.append(outcome)
        done(outcome)
    return outcomes
