"""Extraction, rule 4: whom a claim is attributed to."""
from __future__ import annotations

import pytest

from geo.extract import claimant_in

from test_extract_helpers import extract, only  # pytest puts tests/ on sys.path


# --- claimant ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, claimant", [
    ("According to the border service, 20 trucks entered Khankendi on August 11.", "the border service"),
    ("On August 11, 20 trucks entered Khankendi, the press service of the Foreign Ministry said.",
     "the press service of the Foreign Ministry"),
    ('"20 trucks entered Khankendi on August 11," the press service of the Azerbaijani Foreign Ministry said.',
     "the press service of the Azerbaijani Foreign Ministry"),
    ("The border service told reporters that 20 trucks entered Khankendi on August 11.", "The border service"),
    ("At the time, Baku stated that 20 trucks entered Khankendi on August 11.", "Baku"),
    ("Officials have repeatedly stated that 20 trucks entered Khankendi on August 11.", "Officials"),
    ("In August of 2021, reports, which became available to Trend, said that many trucks entered Karabakh.",
     "reports, which became available to Trend"),
    ("According to the information we received, 20 trucks entered Khankendi on August 11.", "Outlet (the outlet itself)"),
    ("It became known that 20 trucks entered Khankendi on August 11.", "Outlet (the outlet itself)"),
    ("The driver was told that 20 trucks entered Khankendi on August 11.", "Outlet (the outlet itself)"),
    ("Despite the fact that Baku has stated otherwise, 20 trucks entered Khankendi on August 11.",
     "Outlet (the outlet itself)"),
])
def test_claimant_is_whom_the_text_quotes_or_the_outlet(sentence, claimant):
    assert only(sentence).claimant == claimant


def test_a_quotation_over_two_sentences_is_attributed_where_it_closes():
    claims = extract('"20 trucks entered Khankendi on August 11. Then 12 trucks left Khankendi on August 12," '
                     "the ministry said.")
    assert [(c.count, c.claimant) for c in claims] == [(20, "the ministry"), (12, "the ministry")]


@pytest.mark.parametrize("sentence, who", [
    ("Nothing is attributed here.", None),
    ("the Ambassador was unambiguously told that it matters.", None),
])
def test_claimant_in_does_not_invent(sentence, who):
    assert claimant_in(sentence) == who
