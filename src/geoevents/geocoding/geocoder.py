"""``GazetteerGeocoder``: the offline gazetteer behind geopy's ``Geocoder`` interface.

It answers like any geopy provider (``Location`` objects whose ``raw`` is the gazetteer row)
and raises geopy's exceptions, so callers can swap it for Nominatim without changing code.
It never opens a connection: its adapter refuses every request.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import Any

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderQueryError, GeocoderServiceError
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geoevents.errors import GazetteerError
from geoevents.geocoding.gazetteer import Candidate, Gazetteer
from geoevents.geocoding.rank import filtered, prior
from geoevents.settings import Settings

__all__ = ["GazetteerGeocoder", "OfflineAdapter", "to_location"]

log = logging.getLogger(__name__)


class OfflineAdapter(BaseSyncAdapter):
    """A geopy adapter that refuses to touch the network."""

    def __init__(self, *, proxies: Any = None, ssl_context: Any = None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        raise GeocoderServiceError(f"the offline gazetteer geocoder makes no requests ({url})")

    def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        raise GeocoderServiceError(f"the offline gazetteer geocoder makes no requests ({url})")


def to_location(candidate: Candidate) -> Location:
    """A geopy ``Location``; ``raw`` is the gazetteer row plus how it was named."""
    row = candidate.row
    address = ", ".join(p for p in (row.name, row.adm1 if row.adm1 != row.name else None, row.country_code) if p)
    return Location(address, (row.lat, row.lon), {**row.as_dict(), "name_kind": candidate.kind})


class GazetteerGeocoder(Geocoder):
    """Geocode place names against the offline gazetteer (the default geocoder)."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, settings: Settings | None = None) -> None:
        super().__init__(adapter_factory=OfflineAdapter, user_agent="geoevents-gazetteer")
        self._gazetteer = gazetteer
        self._settings = settings or Settings()

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer, opened (and built if needed) on first use."""
        if self._gazetteer is None:
            try:
                self._gazetteer = Gazetteer.open(self._settings)
            except GazetteerError as err:
                raise GeocoderServiceError(f"gazetteer unavailable: {err}") from err
        return self._gazetteer

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: Collection[str] | str | None = None,
        feature_types: Collection[str] | str | None = None,
        limit: int | None = None,
    ) -> Location | list[Location] | None:
        """Locations named ``query``, best first (one, or None, with ``exactly_one``)."""
        if not isinstance(query, str) or not query.strip():
            raise GeocoderQueryError("empty query: give a place name")
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        if isinstance(feature_types, str):
            feature_types = [feature_types]
        try:
            found = self.gazetteer.lookup(query)
        except GazetteerError as err:
            raise GeocoderServiceError(str(err)) from err
        ranked = sorted(filtered(found, country_codes=country_codes, feature_types=feature_types),
                        key=prior, reverse=True)
        if not ranked:
            return None
        if exactly_one:
            return to_location(ranked[0])
        return [to_location(c) for c in ranked[: limit or len(ranked)]]

    def reverse(self, query: Any, *, exactly_one: bool = True) -> Location | list[Location] | None:
        """Not offered by the gazetteer."""
        raise GeocoderQueryError("the gazetteer geocoder does not reverse-geocode")
