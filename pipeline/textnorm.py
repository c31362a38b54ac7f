"""Accent folding, in one place: names are compared with and without their accents by the
resolver, the segmenter's person registry and the dashboard's search and sort, and all of
them must agree on what "without accents" means ("Côte d'Ivoire" and "Cote d'Ivoire")."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str, form: str = "NFKD") -> str:
    """``text`` decomposed (NFKD by default, which also folds compatibility forms such as
    full-width letters) with its combining marks removed."""
    decomposed = unicodedata.normalize(form, text)  # type: ignore[arg-type]
    return "".join(char for char in decomposed if not unicodedata.combining(char))
