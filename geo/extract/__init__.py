"""Text → dated, counted claims (ingest). Every claim comes back as review_status "auto".

Only the article body is read; quote offsets index the full captured text, and the
quote is the sentence the claim comes from. The rules, in the order they run:

1. Sentences keep their offsets; "U.S.", "Nov.", "No.", initials and decimals do not end one,
   and a sentence that ends inside quotes (."), keeps its closing quote.
2. Dates: every date in a sentence is read, with its span. Ranges ("from July 11 to August 8",
   "between 3 and 5 March") and Iranian years ("the Iranian year 1400") → period; "the first three
   weeks of August" → period; two or more listed days → days; one date → day, read by dateparser;
   "in August (of 2021)" → month; weekdays, "yesterday", "last week", "over the weekend" against the
   publication date ("on Tuesday" in a Tuesday report is that day, "last Tuesday" the week before,
   "next Tuesday" the one after). Days joined as a list make one 'days' reading; others stay apart.
   "The year before" and "the same weeks of July" are read against the date before them in the
   sentence. Datelines ("GORIS, Sept 26 -") and "published on" are the publication, not an event;
   "said on Monday" dates a statement and is used only when nothing else dates the claim; "now", "today",
   "remain" date a count at publication. Impossible dates ("February 30") are flagged, not
   guessed. Years are resolved against the publication date: a month after it belongs to the year
   before, unless the sentence speaks of the future ("are due to meet on Oct. 5"). A count "since
   Sunday" (or since a dated event) runs from then to publication.
3. Counts in digits or words with their qualifier (about / at least / at most), "no vehicle" = 0,
   vague counts ("dozens of", "the rest") with no number, breakdowns in parentheses, "70 times"
   beside vehicles as crossings, bare numbers after a count ("and 18 returned", "compared with
   60,500"). Years, dates, ages, percentages, plate numbers and parts ("including 270 children")
   are not counts: a number only counts when a known unit follows it.
4. Kind from the verb that governs the count (the verb before it when the count is its object:
   "delivered 40 tonnes"), else the first after it; a restriction inside a "when/since/by" clause
   does not govern a movement. Direction from the cue word before each place mention; a crossing
   point ("crossed Norduz", "at the Jolfa terminal") and "the highway"/"the corridor" named
   earlier are the route; events that move nothing keep only a route and a place.
   Claimant from "according to X" / "X said", else the outlet itself.
5. A sentence becomes a claim when it has a count, or a date together with a movement,
   diplomatic or restriction word, or a date and a place ("other"). Each count takes the date of
   its own clause; a dated clause that no count takes is a claim of its own. A claim without a
   date of its own takes one only on a clear reference: "later", "of them", "since then",
   "on both days", "the same period" (the last period of that length), "the convoys"/"the
   ambassador" of the preceding sentence; undated figures in a monthly bulletin take its month.

Where each rule lives: sentences.py (1), dates.py, relative.py and when.py (2), counts.py (3), kinds.py, directions.py and
claimants.py (4, with the movement and restriction words they share in verbs.py), and for 5,
pipeline.py (sentence by sentence), counted.py and uncounted.py (the claims of one sentence), asof.py (a
figure dated to the day of publication), references.py (dates and routes taken from earlier claims) and records.py (the Claim records), on
the shared types in drafts.py.
"""
from __future__ import annotations

# The modules share underscore names among themselves; the names below are the package's API.
from .claimants import claimant_in, claimants, outlet_itself
from .counts import CountReading, mask_spans, read_counts, words_to_number
from .units import PEOPLE_UNITS, UNITS, VEHICLE_UNITS
from .dates import MONTHS, DateReading, iranian_year, reference_date, resolve_year
from .relative import is_relative, without_year
from .when import main_reading, read_date, read_dates
from .directions import Roles, read_roles, route_anaphor
from .kinds import carries_uncounted_people, counted_kind, uncounted_kind
from .pipeline import extract_claims
from .sentences import ABBREVIATIONS, split_sentences
from .verbs import movement_verbs, verb_for

__all__ = [
    "ABBREVIATIONS", "MONTHS", "PEOPLE_UNITS", "UNITS", "VEHICLE_UNITS", "CountReading", "DateReading", "Roles",
    "carries_uncounted_people", "claimant_in", "claimants", "counted_kind", "extract_claims", "iranian_year",
    "is_relative", "main_reading", "mask_spans", "movement_verbs", "outlet_itself", "read_counts", "read_date",
    "read_dates", "read_roles", "reference_date", "resolve_year", "route_anaphor", "split_sentences",
    "uncounted_kind", "verb_for", "without_year", "words_to_number",
]
