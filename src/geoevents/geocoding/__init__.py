"""Geocoding: the offline gazetteer, a geopy geocoder over it, online providers, and the geoparser.

Modules load on first use (``from geoevents.geocoding import Geoparser`` pulls in spaCy; building
the gazetteer does not).
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["Gazetteer", "GazetteerGeocoder", "Geoparser", "build_gazetteer", "ensure_gazetteer", "make_geocoder"]

_WHERE = {
    "Gazetteer": "gazetteer", "GazetteerGeocoder": "geocoder", "Geoparser": "geoparser",
    "build_gazetteer": "build", "ensure_gazetteer": "build", "make_geocoder": "online",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
