"""Write the fourth real-phrasing DEVELOPMENT set's label files from its two parts' hand-written specs
(build_labels_a.py, build_labels_b.py: two analysts, each blind to the code and to the other's labels).

    .venv/bin/python tests/data/eval-real-4/build_labels.py           # write the JSON files
    .venv/bin/python tests/data/eval-real-4/build_labels.py --check   # also re-verify offsets and REAL-SCHEMA
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from real_dev_builder import build_set, check_set  # noqa: E402


def _part(name: str):
    spec = importlib.util.spec_from_file_location(f"eval_real_4_{name}", HERE / f"build_labels_{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


PARTS = [_part("a"), _part("b")]
DOCS = [d for part in PARTS for d in part.DOCS]
EXTRA_NAMES = sorted({n for part in PARTS for n in part.EXTRA_NAMES})


def build(write=True):
    return build_set(HERE, DOCS, write)


def check(written):
    return check_set(HERE, written, EXTRA_NAMES)


if __name__ == "__main__":
    w = build()
    for rec in w:
        print(f"{rec['doc_id']:46s} {rec['style']:12s} given={str(rec['published_given']):5s} words={rec['words']:4d} "
              f"mentions={len(rec['mentions']):3d} claims={len(rec['claims']):3d}")
    print(f"total: {len(w)} docs, {sum(len(r['mentions']) for r in w)} mentions, "
          f"{sum(len(r['claims']) for r in w)} claims")
    if "--check" in sys.argv:
        sys.exit(1 if check(w) else 0)
