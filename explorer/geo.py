"""Centroids and areas of the countries the map draws, read from the map's own geometry.

Small States (Malta, the Maldives, Luxembourg, Qatar...) are a few pixels wide or missing on
a world choropleth, so the map also draws them as markers at their centroid. The centroid
and the area come from ``static/world_50m.json``, the very file the browser draws (Natural
Earth 1:50m via plotly's world topojson, see static/README.md): its ``properties.ct`` is
the centroid plotly itself computed, and the area is the spherical-excess-free planar
approximation below, which is only used to decide "small" (an order of magnitude suffices).
Read strictly: a file of another shape is an error naming what is wrong, not an empty map.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WORLD = Path(__file__).resolve().parent.parent / "static" / "world_50m.json"
EARTH_RADIUS_KM = 6371.0088
# Below this area a State gets a marker. The Dominican Republic (~48,000 km²) was the
# largest of the reporting States found under 8 px on a 1400 px screen; Sierra Leone
# (~72,000 km²) is drawn 8 px wide there too, so the line is drawn above both.
SMALL_AREA_KM2 = 80_000.0


class GeometryError(ValueError):
    """The topojson does not have the shape this module reads."""


@dataclass(frozen=True)
class Place:
    iso3: str
    lon: float
    lat: float
    area_km2: float


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    transform = topo.get("transform")
    if not isinstance(transform, dict):
        raise GeometryError("world topojson: no quantization transform")
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _ring_area_km2(ring: list[tuple[float, float]]) -> float:
    """Planar shoelace on an equirectangular projection scaled by cos(latitude)."""
    if len(ring) < 3:
        return 0.0
    total = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        scale = math.cos(math.radians((y1 + y2) / 2))
        total += (x1 * scale) * y2 - (x2 * scale) * y1
    deg = math.pi / 180 * EARTH_RADIUS_KM
    return abs(total) / 2 * deg * deg


def read_places(path: Path = WORLD) -> dict[str, Place]:
    """ISO3 → centroid and approximate area for every country in the topojson."""
    try:
        topo = json.loads(path.read_text(encoding="utf-8"))
        geometries = topo["objects"]["countries"]["geometries"]
        arcs = _decode_arcs(topo)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise GeometryError(f"{path}: not a plotly world topojson ({error})") from error
    places: dict[str, Place] = {}
    for geometry in geometries:
        iso3 = geometry.get("id")
        centre = (geometry.get("properties") or {}).get("ct")
        if not isinstance(iso3, str) or len(iso3) != 3:
            continue  # disputed areas without an ISO3 code are drawn but not addressable
        if not (isinstance(centre, list) and len(centre) == 2):
            raise GeometryError(f"{path}: {iso3} has no centroid (properties.ct)")
        kind = geometry.get("type")
        polygons = (
            [geometry["arcs"]]
            if kind == "Polygon"
            else geometry["arcs"]
            if kind == "MultiPolygon"
            else []
        )
        area = 0.0
        for polygon in polygons:
            if not polygon:
                continue
            outer, *holes = polygon
            area += _ring_area_km2(_ring(arcs, outer))
            area -= sum(_ring_area_km2(_ring(arcs, hole)) for hole in holes)
        places[iso3] = Place(iso3, float(centre[0]), float(centre[1]), max(area, 0.0))
    if not places:
        raise GeometryError(f"{path}: no country with an ISO3 id")
    return places


@functools.cache
def places() -> dict[str, Place]:
    """:func:`read_places` of the shipped file, once per process."""
    return read_places()


def small_states() -> dict[str, Place]:
    """Countries below :data:`SMALL_AREA_KM2`, or missing from the geometry entirely."""
    return {k: p for k, p in places().items() if p.area_km2 < SMALL_AREA_KM2}
