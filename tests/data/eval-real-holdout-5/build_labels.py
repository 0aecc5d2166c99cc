"""Write the fifth real-phrasing HELD-OUT set's label files from its two parts' hand-written specs
(build_labels_a.py, build_labels_b.py: two analysts, each blind to the code and to the other's labels).

    .venv/bin/python tests/data/eval-real-holdout-5/build_labels.py           # write the JSON files
    .venv/bin/python tests/data/eval-real-holdout-5/build_labels.py --check   # also re-verify offsets and REAL-SCHEMA
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared label tools
from real_dev_builder import build_set, check_set, load_parts, main  # noqa: E402

DOCS, EXTRA_NAMES = load_parts(HERE)


def build(write=True):
    return build_set(HERE, DOCS, write)


def check(written):
    return check_set(HERE, written, EXTRA_NAMES)


if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, EXTRA_NAMES, sys.argv))
