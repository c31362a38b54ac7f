"""Fixed vocabularies and colours shared by every view.

The category and status keys are the public CSV values (docs/data-dictionary.md); they are
repeated here so the dashboard can validate URLs and label charts without importing the
pipeline (which pulls in the NLP stack).
"""

from __future__ import annotations

from typing import Final

CATEGORIES: Final = (
    "legislation",
    "shelters",
    "referral_mechanism",
    "action_plan",
    "tech_partnership",
)
CATEGORY_LABELS: Final = {
    "legislation": "Legislation",
    "shelters": "Shelters",
    "referral_mechanism": "Referral mechanism",
    "action_plan": "Action plan",
    "tech_partnership": "Tech partnership",
}

# Most advanced first: the codebook says the most advanced evidence wins.
STATUSES: Final = ("in_place", "in_progress", "planned")
STATUS_LABELS: Final = {
    "in_place": "In place",
    "in_progress": "In progress",
    "planned": "Planned",
}
STATUS_RANK: Final = {status: rank for rank, status in enumerate(STATUSES)}

STATE: Final = "state"
OPTIONAL_KINDS: Final = ("observer", "organization")
KINDS: Final = (STATE, *OPTIONAL_KINDS)
KIND_LABELS: Final = {
    "state": "States",
    "observer": "Observers",
    "organization": "Organizations",
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
STATUS_COLOURS: Final = {
    "in_place": "#253494",
    "in_progress": "#41b6c4",
    "planned": "#c7e9b4",
}
LAND_COLOUR: Final = "#f4f4f4"
BORDER_COLOUR: Final = "#ffffff"

# Okabe–Ito qualitative palette, one hue per category (bar charts).
CATEGORY_COLOURS: Final = {
    "legislation": "#0072B2",
    "shelters": "#E69F00",
    "referral_mechanism": "#009E73",
    "action_plan": "#CC79A7",
    "tech_partnership": "#56B4E9",
}
