"""Offices that act at home.

- ``home_office``: "the interior minister banned the rallies", "the justice ministry charged ...": a ministry of
  internal affairs (interior, home affairs, justice, police) named without a country is of the country where the
  sentence takes place, like police or courts. Foreign, defence and economic ministers often act abroad (talks,
  IMF meetings): they keep no country.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["home_office"]

# the portfolio word before "minister"/"ministry"/..., or after "ministry of (the)"
_PORTFOLIOS = frozenset({"interior", "home", "justice", "police"})
_LOCATIVE = frozenset({"in", "at", "across", "near"})
_OFFICES = frozenset({"minister", "ministers", "ministry", "ministries", "secretary", "department", "office"})


def home_office(doc: Doc, start: int, end: int) -> bool:
    """Whether the agent words at doc[start:end] name a ministry of internal affairs ('interior minister',
    'ministry of the interior', 'home secretary') in a sentence that says where it acts ('in Quito'): a country
    named only as the target ("the interior ministry accused Minsk") is not the office's."""
    words = [t.lower_ for t in doc[start:end]]
    if not (any(w in _OFFICES for w in words) and any(w in _PORTFOLIOS for w in words)):
        return False
    return any(t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE and t.ent_type_ in ("GPE", "LOC")
               for t in doc[start].sent)
