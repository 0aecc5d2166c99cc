"""A figure with no date of its own that still has a day: one said in the present tense, a total up to now, a
rate that holds now, a figure of people present, or a figure in a monthly bulletin. Each is dated to the day
of publication (or the bulletin's month), derived and flagged; anything else stays undated."""
from __future__ import annotations

import re

from .dates import DateReading
from .drafts import _Context, _Draft, dated_to_publication, publication_day
from .units import PEOPLE_UNITS


_SINCE_STATE = re.compile(r"\b(?:have|has)\s+(?:\w+\s+)?(?:lived|stayed|remained|been)\b[^.;]*\bsince\b", re.I)
_PRESENT_STAY = re.compile(r"\b(?:are|is)\s+(?:still\s+|now\s+|currently\s+)?(?:staying|living|sheltering|housed|accommodated"
                           r"|waiting|in|employed|working|engaged|deployed|stationed|based|held)\b"
                           r"|\b(?:remain|remains|live|lives|stay|stays)\b", re.I)
_BRINGING = re.compile(r"\bbringing\s+(?:to\s+\S+\s+)?the\s+(?:number|total)\b[^.;]*$", re.I)
_PRESENT = re.compile(r"\b(?:live|lives|are|is|remain|remains|stay|stays|reside|reside?s|has|have|shelters|houses"
                      r"|accommodates|holds?|queue)\b", re.I)


def undated_count(ctx: _Context, draft: _Draft, text: str = "") -> _Draft:
    """In a monthly bulletin, a figure with no date of its own is a figure for the bulletin's month; a figure of
    people present, said in the present tense ('120,000 people live in Karabakh'), is one as of publication."""
    stock = draft.kind == "stock" and draft.count is not None and (draft.count.count is not None or bool(draft.count.vague))
    holds_now = stock and (draft.date.role == "attribute" and _PRESENT.search(text) or (
        draft.count.unit in PEOPLE_UNITS and draft.date.precision == "period" and draft.date.end == ctx.ref
        and (_SINCE_STATE.search(text) or any(f.startswith("derived: day 1") for f in draft.date.flags))))
    # "the blockade, now in its 116th day, has cut off 120,000 people": the blockade's period, the people's today;
    # "around 900 evacuees are staying in hotels" after a dated sentence; "…, bringing the number of residents there
    # to about 640": who are there now, whatever day the sentence before or the movement beside it had
    holds_now = holds_now or stock and draft.count.start is not None and (
        draft.derived and _PRESENT_STAY.search(text) or _BRINGING.search(text, 0, draft.count.start))
    if draft.date.found and not holds_now:
        return draft
    if stock and _PRESENT.search(text) and not draft.date.found and ctx.source.published.earliest is None:
        return _unknown_day(ctx, draft, "a figure in the present tense")  # "About 300 residents are still there"
    if stock and (_PRESENT.search(text) or draft.date.found) and ctx.source.published.earliest is not None:
        # "120,000 residents have lived under blockade since 12 December": the figure holds as of publication
        ref = ctx.source.published.earliest
        draft.date = DateReading("day", ref, ref, text="present tense", relative=True)
        # the day of publication replaces a date carried over from the sentence before: say only the one that holds
        draft.flags = tuple(f for f in draft.flags if f != "date taken from the preceding sentence") + (
            "date read as the day of publication (a figure in the present tense)",)
        return draft
    if ctx.report_month is None:
        return _as_of_publication(ctx, draft, text)
    draft.date = ctx.report_month
    draft.derived = True
    draft.derivation = f"month taken from the report's heading ({ctx.report_month.text})"
    draft.flags += ("date taken from the report's heading",)
    return draft


# "have crossed", "has also sent", "So far 17,153 people have taken up", "1,500 trucks use the road every week":
# a total up to now, or a rate that holds now, is a figure as of the day it was published.
_UP_TO_NOW = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|up\s+to\s+now|until\s+now|as\s+of\s+(?:now|today)"
                        r"|(?:has|have)\s+(?:now\s+)?(?:reached|risen\s+to|grown\s+to|climbed\s+to|exceeded|surpassed|topped)"
                        r"(?=\s+(?:about\s+|some\s+|over\s+|more\s+than\s+)?\d)"  # "the number … has reached 100,417"
                        r"|as\s+of\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|hrs|h)(?=\W)"  # "as of 11 a.m."
                        r"|\b(?:as\s+of|by)\s+\d{1,2}[.:]\d\d\b(?!\s*(?:on|of)\b))", re.I)  # "had arrived by 05:00"
_HAVE_BEFORE = re.compile(r"\b(?:have|has)\s+(?:(?:also|now|already|so\s+far|just|since|reportedly|\w+ly)\s+)*(?:been\s+)?$",
                          re.I)
# "Thus, the permanent residence of 380 families in Fuzuli has been ensured": the running total, as agencies put it
_THUS = re.compile(r"\s*Thus,")
_THERE_ARE_NOW = re.compile(r"\bthere\s+(?:are|is)\s+(?:now\s+|still\s+|currently\s+)?(?:\w+\s+){0,2}$", re.I)
_HABIT = re.compile(r"\b(?:every|each|per|a)\s+(?:day|week|month)\b|\b(?:daily|weekly|monthly)\b", re.I)


def _unknown_day(ctx: _Context, draft: _Draft, why: str) -> _Draft:
    """What would be dated to the day of publication when no publication date is known: no date, and said so
    (never silently undated), so that it waits for review."""
    if ctx.source.published.earliest is None and not any(f.startswith("year unknown") for f in draft.flags):
        draft.flags += (f"year unknown: read as the day of publication ({why}), which is unknown",)
    return draft


def _as_of_publication(ctx: _Context, draft: _Draft, text: str) -> _Draft:
    day = publication_day(ctx)
    if draft.date.found or draft.count is None:
        return draft
    if _THERE_ARE_NOW.search(text[:draft.count.start]):  # "there are approximately 30 evacuees in the first group"
        return _dated(ctx, draft, day, "a figure said in the present tense")
    if draft.verb is None:
        return draft
    before = text[:draft.verb.start]
    word = draft.verb.text.lower()
    if _HAVE_BEFORE.search(before) or _UP_TO_NOW.search(text) or _THUS.match(text):
        why = "a total up to the day it was published"
    elif word.endswith("ing") and re.search(r"\b(?:are|is)\s+(?:now\s+|currently\s+|still\s+)?$", before):
        why = "a movement said in the present tense"  # "25 families, totaling 102 people, are moving to Fuzuli"
    elif _HABIT.search(text) and (not word.endswith("ed") or re.search(r"\b(?:are|is|being)\s+(?:\w+\s+){0,2}$", before)) \
            and not re.search(r"\b(?:was|were|had)\s+$", before):
        why = "a rate said in the present tense"
    else:
        return draft
    return _dated(ctx, draft, day, why)


def _dated(ctx: _Context, draft: _Draft, day, why: str) -> _Draft:
    return dated_to_publication(draft, day, why) if day is not None else _unknown_day(ctx, draft, why)
