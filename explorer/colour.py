"""Colour checks for the map's classes: colour-vision-deficiency distance and WCAG contrast.

Pure functions over hex colours, no dependency: the palette is checked by a test each time
a colour changes, and ~70 lines of published formulas are easier to audit than a
scientific-computing dependency (colour-science pulls in numpy/scipy-sized machinery for
three formulas). Sources:

- CVD simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
  Simulation of Color Vision Deficiency", severity 1.0 matrices, applied to linear sRGB.
- Colour difference: CIEDE2000 (CIE 142-2001), as written out by Sharma, Wu & Dalal
  (2005), whose test pairs ``tests/test_explorer_colour.py`` reproduces.
- Contrast: WCAG 2.x relative luminance and contrast ratio.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import combinations

Matrix = tuple[tuple[float, float, float], ...]

# Machado et al. (2009), severity 1.0, for linear RGB.
MACHADO: dict[str, Matrix] = {
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
}

RGB = tuple[float, float, float]


def hex_to_rgb(colour: str) -> RGB:
    """``#rrggbb`` to sRGB components in 0..1."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    r, g, b = (_linear(c) for c in hex_to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio (1..21) between two colours."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def simulate(colour: str, deficiency: str) -> RGB:
    """Linear sRGB as seen with ``deficiency`` (a key of :data:`MACHADO`), clipped to 0..1."""
    lin = [_linear(c) for c in hex_to_rgb(colour)]
    rows = MACHADO[deficiency]
    out = [sum(m * c for m, c in zip(row, lin, strict=True)) for row in rows]
    r, g, b = (min(1.0, max(0.0, v)) for v in out)
    return r, g, b


def linear_to_lab(rgb: RGB) -> RGB:
    """Linear sRGB (D65) to CIELAB."""
    r, g, b = rgb
    x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x / 0.95047), f(y / 1.0), f(z / 1.08883)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1: RGB, lab2: RGB) -> float:
    """CIEDE2000 colour difference (kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl = l2 - l1
    dc = c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    elif h2p - h1p > 180:
        dh = h2p - h1p - 360
    else:
        dh = h2p - h1p + 360
    d_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar = (l1 + l2) / 2
    cp_bar = (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_bar = (h1p + h2p + 360) / 2
    else:
        h_bar = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_bar - 30))
        + 0.24 * math.cos(math.radians(2 * h_bar))
        + 0.32 * math.cos(math.radians(3 * h_bar + 6))
        - 0.20 * math.cos(math.radians(4 * h_bar - 63))
    )
    d_theta = 30 * math.exp(-(((h_bar - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_bar**7 / (cp_bar**7 + 25**7))
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    s_c = 1 + 0.045 * cp_bar
    s_h = 1 + 0.015 * cp_bar * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (dc / s_c) * (d_h / s_h)
    )


def cvd_delta_e(a: str, b: str, deficiency: str | None) -> float:
    """CIEDE2000 between two colours as seen with ``deficiency`` (None: normal vision)."""
    if deficiency is None:
        la = linear_to_lab(tuple(_linear(c) for c in hex_to_rgb(a)))  # type: ignore[arg-type]
        lb = linear_to_lab(tuple(_linear(c) for c in hex_to_rgb(b)))  # type: ignore[arg-type]
    else:
        la, lb = linear_to_lab(simulate(a, deficiency)), linear_to_lab(simulate(b, deficiency))
    return ciede2000(la, lb)


def min_pair_distance(
    colours: Sequence[str], deficiencies: Sequence[str | None] = (None, *MACHADO)
) -> tuple[float, str, str, str]:
    """The closest pair over every deficiency: (ΔE, colour a, colour b, deficiency name)."""
    best = (math.inf, "", "", "")
    for a, b in combinations(colours, 2):
        for deficiency in deficiencies:
            d = cvd_delta_e(a, b, deficiency)
            if d < best[0]:
                best = (d, a, b, deficiency or "normal")
    return best
