"""Name keys and the small tables of country aliases and demonyms shipped with the package.

A *key* is the form every gazetteer name is stored and looked up under: accents folded,
case folded, dots and apostrophes dropped, hyphens and runs of spaces made one space, a
leading "the" dropped. ``U.S.`` and ``US`` share the key ``us``; ``Côte d'Ivoire`` and
``Cote dIvoire`` share ``cote divoire``.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

__all__ = ["CountryNames", "is_latin", "load_country_names", "name_key"]

_DROP = re.compile(r"[.'’`ʻ]")
_SPACE = re.compile(r"[\s\-‐–—_/,]+")
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]\s*")


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The lookup key of a name (see the module docstring)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.casefold())
    text = _SPACE.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def clean_label(name: str) -> str:
    """Drop bracketed notes from an official label: ``Wales [Cymru GB-CYM]`` -> ``Wales``."""
    return _BRACKETS.sub(" ", name).strip()


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (English news spells places so)."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return any(ch.isalpha() for ch in name)


@dataclass(frozen=True, slots=True)
class CountryNames:
    """Aliases (``UK``, ``DRC``) and demonyms (``Korean``) of countries, keyed by ISO alpha-3."""

    aliases: dict[str, tuple[str, ...]]
    demonyms: dict[str, tuple[str, ...]]

    def alias_index(self) -> dict[str, str]:
        """Alias key -> alpha-3 ("uk" -> GBR)."""
        out: dict[str, str] = {}
        for iso3, names in self.aliases.items():
            for name in names:
                out.setdefault(name_key(name), iso3)
        return out

    def demonym_index(self) -> dict[str, str]:
        """Demonym key -> alpha-3 (the first country listing a demonym wins)."""
        out: dict[str, str] = {}
        for iso3, words in self.demonyms.items():
            for word in words:
                out.setdefault(name_key(word), iso3)
        return out


@functools.lru_cache(maxsize=1)
def load_country_names() -> CountryNames:
    """Read ``country_names.csv`` shipped beside this module."""
    text = resources.files("geoevents.geocoding").joinpath("country_names.csv").read_text(encoding="utf-8")
    aliases: dict[str, tuple[str, ...]] = {}
    demonyms: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        iso3 = row["iso3"].strip()
        aliases[iso3] = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
        demonyms[iso3] = tuple(d.strip() for d in row["demonyms"].split(";") if d.strip())
    return CountryNames(aliases=aliases, demonyms=demonyms)
