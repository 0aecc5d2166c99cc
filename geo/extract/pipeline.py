"""The article body, one sentence at a time in text order, each read with what the sentences
before it said."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from ..model import Claim, Mention, Place, Source
from ..pagemeta import find_captions
from .claimants import claimants
from .counted import _counted_drafts
from .counts import mask_spans, read_counts
from .dates import DateReading, _read_months, reference_date
from .relative import NO_PUBLICATION_REF, without_year
from .when import main_reading, read_dates
from .directions import MentionIndex, theatre
from .drafts import _Context, _Draft, _Sentence
from .records import _event_id, _finish, _join_events
from .sentences import split_sentences
from .uncounted import _dated_draft

_REPORT_HEADING = re.compile(r"\b(?:bulletin|report|review|digest|monthly|newsletter|summary)\b", re.I)


def extract_claims(source: Source, mentions: Sequence[Mention], places: Mapping[str, Place],
                   progress: Callable[[float], None] | None = None, inner: Sequence[Mention] = ()) -> tuple[Claim, ...]:
    """Dated, counted claims from the article body, one sentence at a time, in text order.
    `progress`, if given, hears the share of sentences read now and then (a long report takes a while);
    `inner` are the towns named inside roads named by their ends (ParseResult.inner)."""
    known = reference_date(source)
    ref = known or NO_PUBLICATION_REF
    own = MentionIndex([m for m in mentions if m.source_id == source.source_id], places,
                       [m for m in inner if m.source_id == source.source_id])
    ctx = _Context(source, places, own, ref, _report_month(source, ref), theatre(own.mentions, places))
    spans = split_sentences(source.text, source.body_start, source.body_end)
    who = claimants(source, spans)
    claims: list[Claim] = []
    previous: list[Claim] = []  # claims of the directly preceding sentence only
    taken: set[str] = set()  # claim ids so far; kept as it grows, never rebuilt per sentence
    by_event: dict[str, list[int]] = {}  # a sentence's event id → its claims' places in `claims`
    captions = find_captions(source.text, source.body_start, source.body_end)
    for n, ((a, b), claimant) in enumerate(zip(spans, who)):
        if progress is not None and n % 500 == 0:
            progress(n / len(spans))
        if captions and any(x < b and a < y for x, y in captions):
            continue  # a photo caption describes a picture, often an old one: it asserts no claim
        text = source.text[a:b].replace("\n", " ")  # a hard-wrapped sentence reads as one line (offsets kept)
        readings = tuple(read_dates(text, ref))
        if known is None:
            readings = tuple(without_year(r) for r in readings)
        sentence = _Sentence(a, b, text, readings, main_reading(readings), claimant)
        drafts = _drafts_for(ctx, sentence, previous, claims)
        made = _finish(ctx, sentence, drafts, taken)
        _join_events(claims, by_event, made)
        for c in made:
            by_event.setdefault(_event_id(c), []).append(len(claims))
            claims.append(c)
        previous = made
    return tuple(claims)


def _report_month(source: Source, ref: date) -> DateReading | None:
    """The month a periodic report covers, from a heading line such as 'Bulletin No. 9 - February 2023'."""
    body = source.text[source.body_start:source.body_end]
    for line in body.splitlines()[:4]:
        line = line.strip()
        if not line or line.endswith((".", "!", "?")) or not _REPORT_HEADING.search(line):
            continue
        months = [r for r in _read_months(line, ref, False) if re.search(r"(?:19|20)\d\d", r.text)]
        if months:
            return months[0]
    return None


def _drafts_for(ctx: _Context, s: _Sentence, previous: list[Claim], history: list[Claim]) -> list[_Draft]:
    masked = mask_spans(s.text, [span for r in s.readings for span in r.spans])  # date numbers are not counts
    counts = read_counts(s.text, masked)
    if counts:
        return _counted_drafts(ctx, s, counts, previous, history)
    return _dated_draft(ctx, s, previous, history)
