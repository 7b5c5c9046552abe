"""The coder's parse repairs, run in order on a parsed document before any rule reads it.

Each repair mends one shape the small English parser gets wrong, in place (heads, labels, tags):

1. ``misread_names``: a one-word name read as a verb ("ECOWAS imposed ...") is re-parsed with a stand-in name;
2. ``headlines``: a verbless headline read as one noun phrase ("US sanctions Chinese firms");
3. ``aux_subjects``: a subject hung on an auxiliary belongs to the verb it serves ("said it was mediating");
4. ``place_objects``: a place name parsed as an adverb is the object ("Kyiv recaptured Kupiansk");
5. ``absolutes``: an absolute clause read as a noun phrase (", with the army bombing X");
6. ``list_appositions``: a list of names read as an apposition ("Mali, Burkina Faso, Niger and Chad");
7. ``participle_subjects``: a noun's participle read as a clausal subject ("farmers blocking X were dispersed");
8. ``double_subjects``: an object read as a second subject of a trailing attribution ("announced sanctions on X,
   the ministry said");
9. ``stray_complements``: a reported clause hung on a noun of the attribution ("said in a post on X, formerly
   Twitter, that ...").

The rules' children table (``tokens.kids``) is dropped after each repair, since each may change heads.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.language import Language
from spacy.tokens import Doc

from geoevents.coding.absolutes import repair_absolutes
from geoevents.coding.aux_subjects import repair_aux_subjects
from geoevents.coding.double_subjects import repair_double_subjects
from geoevents.coding.headlines import repair_headlines
from geoevents.coding.list_appositions import repair_list_appositions
from geoevents.coding.misread_names import repair_misread_names
from geoevents.coding.participle_subjects import repair_participle_subjects
from geoevents.coding.place_objects import repair_place_objects
from geoevents.coding.stray_complements import repair_stray_complements
from geoevents.coding.tokens import forget_kids

__all__ = ["repair_parse"]


def repair_parse(doc: Doc, nlp: Language, names: Container[str], name_ids: Container[int],
                 trigger_lemmas: Container[str]) -> None:
    """Run the nine repairs on ``doc`` in place. ``names``: the dictionary's names, ``name_ids`` the string ids of
    the one-word ones; ``trigger_lemmas``: the lemmas some rule is indexed under (for the absolute clauses)."""
    repair_misread_names(doc, nlp, names, name_ids)
    forget_kids(doc)
    repair_headlines(doc)
    forget_kids(doc)
    repair_aux_subjects(doc)
    forget_kids(doc)
    repair_place_objects(doc)
    forget_kids(doc)
    repair_absolutes(doc, trigger_lemmas)
    forget_kids(doc)
    repair_list_appositions(doc)
    forget_kids(doc)
    repair_participle_subjects(doc)
    forget_kids(doc)
    repair_double_subjects(doc)
    forget_kids(doc)
    repair_stray_complements(doc)
    forget_kids(doc)
