"""Headlines the parser reads as one noun phrase: "US sanctions Chinese firms over drone parts", "China halts
climate talks with US", "Hungary vetoes EU statement on Israel". With no verb that has a subject, a name opening
the line followed by a present-tense verb (or a noun that is also a verb, "sanctions", "bans", before a party)
is read as subject, verb and object, so the verb's rows read the act as they do in a sentence."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["repair_headlines"]

# nouns a headline uses as present-tense verbs ("EU sanctions Russian oligarchs", "China bans Japanese seafood"):
# read as verbs only before a named party, since "sanctions", "bans" and "cuts" are common nouns too
_NOUN_VERBS = frozenset({"sanction", "ban", "cut", "curb", "freeze", "bar"})
# words tagged as plural nouns that are hardly ever nouns in a headline ("Turkey halts all trade with Israel")
_VERB_ONLY = frozenset({"halt", "suspend", "recall", "veto", "expel", "sever", "reject"})
_NAME_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def repair_headlines(doc: Doc) -> None:
    """Re-attach each verbless headline of ``doc`` as subject, verb and object (in place)."""
    for sent in list(doc.sents):
        found = _headline_verb(sent)
        if found is not None:
            _attach(sent, *found)


def _headline_verb(sent: Span) -> tuple[Token, Token, Token] | None:
    """(the subject's head, the verb, the object's head) of a headline misread as a noun phrase, else None."""
    if len(sent) < 3:
        return None
    names = 0
    for tok in sent:
        if _named(tok):
            names += 1
            continue
        break
    if names == 0 or names >= len(sent) - 1 or sent[names].tag_ not in ("VBZ", "NNS"):
        return None  # (most sentences end here, before their verbs are read)
    if any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in t.children) for t in sent):
        return None
    verb = sent[names]
    rest = sent[names + 1:]
    if rest[0].pos_ in ("ADP", "PUNCT", "CCONJ", "PART", "VERB", "AUX"):
        return None  # "US sanctions on Iran": a noun phrase after all
    obj = _head(rest)
    if obj is None or verb.tag_ not in ("VBZ", "NNS") or (verb.pos_ == "VERB" and verb.dep_ == "ROOT"):
        return None  # ("Nauru severed ties": a verb already, whatever the parser made of the name)
    if verb.tag_ == "NNS" and verb.lemma_.lower() not in _VERB_ONLY and not (
            verb.lemma_.lower() in _NOUN_VERBS and any(_named(t) for t in (obj, *(
                c for c in obj.children if c.dep_ in ("amod", "compound", "nmod", "poss"))))):
        return None  # ("EU sanctions package for Russia": the noun's own phrase names no party it acts on)
    subj = _head(sent[:names])
    return (subj, verb, obj) if subj is not None else None


def _named(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_ENTS


def _head(span: Span) -> Token | None:
    """The token of ``span`` whose head lies outside it (the last one, if the parse gives several)."""
    heads = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    return heads[-1] if heads else None


def _attach(sent: Span, subj: Token, verb: Token, obj: Token) -> None:
    for tok in sent:
        if tok.i not in (subj.i, verb.i, obj.i) and tok.head.i == verb.i:
            tok.head = obj if tok.i > verb.i else subj  # whatever hung on the misread noun stays in its phrase
    verb.head = verb
    verb.dep_, verb.pos_, verb.tag_ = "ROOT", "VERB", "VBZ"
    subj.head, subj.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for tok in sent:
        if tok.head.i == tok.i and tok.i != verb.i:
            tok.head, tok.dep_ = verb, "dep"  # no second root in the line
