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

# Map classes: four honest classes (a count or status when a selected measure is reported,
# then three ways of reporting none) with one fixed colour each, so a colour never changes
# meaning when categories are toggled. Count n always has COUNT_RAMP[n - 1]. The palette was
# chosen so that every pair stays >= 10 CIEDE2000 apart under normal vision, deuteranopia and
# protanopia (Machado 2009), and dark or white text reaches WCAG 4.5:1 on each colour:
# tests/test_explorer_colour.py checks both whenever a colour changes.
NOT_SPEAKER: Final = "not_speaker"
SPOKE_NONE: Final = "spoke_none"  # statement recorded, no selected measure
LISTED_ONLY: Final = "listed_only"  # listed as a speaker, content not reported
NOT_SPEAKER_COLOUR: Final = "#c3c4c0"
SPOKE_NONE_COLOUR: Final = "#fec44f"
LISTED_ONLY_COLOUR: Final = "#f4e5fc"
IDLE_LABELS: Final = {
    SPOKE_NONE: "Statement recorded, no selected measure",
    LISTED_ONLY: "Listed as a speaker, content not reported",
    NOT_SPEAKER: "Not a speaker in the selected documents",
}
IDLE_COLOURS: Final = {
    SPOKE_NONE: SPOKE_NONE_COLOUR,
    LISTED_ONLY: LISTED_ONLY_COLOUR,
    NOT_SPEAKER: NOT_SPEAKER_COLOUR,
}
# Hover wording per idle class: says what the data can say, and no more.
IDLE_HOVER: Final = {
    SPOKE_NONE: "Statement recorded; it reports none of the selected measures",
    LISTED_ONLY: "Listed as a speaker; what it said is not reported, so nothing can be "
    "said about its measures",
    NOT_SPEAKER: "Not a speaker in the selected documents",
}
COUNT_RAMP: Final = ("#c7eeb4", "#7fba87", "#41b5c4", "#2171b5", "#253494")
LAND_COLOUR: Final = "#f4f4f4"
BORDER_COLOUR: Final = "#ffffff"
TEXT_DARK: Final = "#1f1f1f"
