"""The prior of a gazetteer candidate before any document context: how it was named, what it is, how big.

Exact primary names beat aliases beat GeoNames alternate names; then the
row's importance (country > continent > first-level region > capital > big city ...).
"""

from __future__ import annotations

from collections.abc import Collection

from geoevents.geocoding.gazetteer import Candidate
from geoevents.geocoding.records import NameKind

__all__ = ["FEATURE_HINTS", "hint_matches", "prior"]

_KIND_SCORE = {NameKind.PRIMARY: 1.0, NameKind.ALIAS: 0.95, NameKind.ALTERNATE: 0.7}

FEATURE_HINTS: dict[str, tuple[str, ...]] = {
    "facility": ("facility",),
    "water": ("water",),
    "adm1": ("adm1", "adm2"),
    "adm2": ("adm2", "adm1"),
    "city": ("city",),
    "country": ("country",),
    "region": ("region", "landform", "adm1", "adm2"),
    "landform": ("landform", "region"),
}
"""A hint from the text (``... Air Base``, ``... Province``) and the feature types it admits."""


def hint_matches(candidate: Candidate, hint: str | None) -> bool:
    """Whether the candidate's type fits a hint (always true without one)."""
    return hint is None or candidate.row.feature_type in FEATURE_HINTS.get(hint, (hint,))


def prior(candidate: Candidate, *, feature_hint: str | None = None) -> float:
    """How likely this candidate is meant when nothing else is known (0..1.6; higher is likelier)."""
    row = candidate.row
    score = 0.35 * _KIND_SCORE.get(candidate.kind, 0.6) + row.importance
    if feature_hint is not None:
        score += 0.25 if hint_matches(candidate, feature_hint) else -0.25
    return score


def filtered(
    candidates: tuple[Candidate, ...], *, country_codes: Collection[str] | None = None,
    feature_types: Collection[str] | None = None,
) -> list[Candidate]:
    """Candidates in the given countries (alpha-2 or alpha-3) and of the given feature types."""
    out = list(candidates)
    if country_codes:
        wanted = {c.upper() for c in country_codes}
        out = [c for c in out if c.row.country_code in wanted or c.row.country_code2 in wanted]
    if feature_types:
        types = set(feature_types)
        out = [c for c in out if c.row.feature_type in types]
    return out
