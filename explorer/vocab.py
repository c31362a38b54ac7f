"""The dashboard's vocabularies: categories and statuses from the pipeline, plus its own.

Category and status keys, labels, descriptions, colours and order come from
``pipeline/resources/`` through :mod:`pipeline.vocabulary` (which reads the JSON headers
only, so the NLP stack stays out of the dashboard process): adding a category file is enough
for it to appear in the filters, URLs, charts and downloads. What is defined here is
dashboard-only: entity kinds, the map's classes and the wording of the caveat.
"""

from __future__ import annotations

from typing import Final

from pipeline import vocabulary

CATEGORIES: Final = vocabulary.category_keys()
CATEGORY_LABELS: Final = {t.key: t.label for t in vocabulary.categories()}
CATEGORY_DESCRIPTIONS: Final = {t.key: t.description for t in vocabulary.categories()}
CATEGORY_COLOURS: Final = {t.key: t.colour for t in vocabulary.categories()}

# Most advanced first: the codebook says the most advanced evidence wins.
STATUSES: Final = vocabulary.status_keys()
STATUS_LABELS: Final = {t.key: t.label for t in vocabulary.statuses()}
STATUS_COLOURS: Final = {t.key: t.colour for t in vocabulary.statuses()}
STATUS_DESCRIPTIONS: Final = {t.key: t.description for t in vocabulary.statuses()}

STATE: Final = "state"
# "office": a presiding officer or panel chair, who speaks for the office of a UN organ
# (codebook §7), neither for the State in brackets nor as an organization.
OPTIONAL_KINDS: Final = ("observer", "organization", "office")
KINDS: Final = (STATE, *OPTIONAL_KINDS)
KIND_LABELS: Final = {
    "state": "States",
    "observer": "Observers",
    "organization": "Organizations",
    "office": "Presiding offices",
}

# Source kinds (documents.csv ``source_kind``) as the sidebar names them.
SOURCE_LABELS: Final = {
    "meeting coverage": "Meeting coverage",
    "general debate": "General Debate",
    "article": "News articles",
}

# Values written in downloads and shown in tables for an untagged category: the wording
# carries the caveat that absence of a tag is absence of a statement, not of a measure.
NOT_SAID: Final = "not_said"
CAVEAT: Final = (
    "A missing tag means “not said in this coverage”, not “does not exist”: "
    "a country may have a measure that the coverage does not mention."
)

# Map classes. Colours are ColorBrewer YlGnBu (colour-blind safe) for reported measures,
# a pale yellow for "spoke, nothing reported" (the zero of that ramp) and a neutral grey
# for "not a speaker", so the three cases differ in both hue and lightness.
NOT_SPEAKER: Final = "not_speaker"
SPOKE_NONE: Final = "spoke_none"
NOT_SPEAKER_COLOUR: Final = "#cfcfcf"
SPOKE_NONE_COLOUR: Final = "#ffffcc"
COUNT_RAMP: Final = ("#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494")
LAND_COLOUR: Final = "#f4f4f4"
BORDER_COLOUR: Final = "#ffffff"
