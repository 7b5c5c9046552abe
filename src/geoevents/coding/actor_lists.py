"""Actor readings the dictionaries alone get wrong: lists attached to a noun ("X, along with Y", "countries
including Japan and Germany", "states such as Norway"), country words that name a sponsor, not the actor
("Iran-backed militias"), whose peacekeepers ("NATO peacekeepers"), and a bare state office ("the foreign
minister") that belongs to the country the previous sentence was about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from geoevents.coding.distribution import excluded, listed_with
from geoevents.coding.tokens import kids
from geoevents.models import Actor

if TYPE_CHECKING:
    from geoevents.coding.actors import ActorRecognizer, DocActors, Hit

__all__ = ["companions", "names_a_sponsor", "role_of_body", "shared_modifier", "specific_first", "titled_conjuncts"]

# offices of a state: "the foreign minister" with no country of its own is of the state the text is about
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

# organisations named by a generic noun ("peacekeepers"): any named owner in the phrase is more specific
_GENERIC = frozenset({"IGOPKO"})

# "<country>-backed militias", "pro-Russian separatists": the group is not of that country
_SPONSORED = frozenset({"backed", "aligned", "allied", "sponsored", "supported", "funded", "armed", "trained"})
# nouns for a set of states or donors that a list after "including" / "such as" spells out
_LISTED = frozenset({"state", "country", "nation", "government", "donor", "member", "power", "ally", "partner",
                     "neighbour", "neighbor", "capital", "democracy", "economy"})


def names_a_sponsor(doc: Doc, start: int, end: int) -> bool:
    """True when the country word at doc[start:end] is the sponsor in "Iran-backed" or the cause in
    "pro-Russian": the group it modifies belongs where it operates, not to that country."""
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _SPONSORED:
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "pro"


def companions(head: Token, heads: list[Token]) -> list[Token]:
    """``heads`` (the head and its conjuncts) with what is listed with the head: "X, along with Y", "X together
    with Y"; a plural group noun's list after "including" / "such as" ("countries including X and Y", "NATO
    members such as X and Y") stands in for the group noun itself."""
    extra: list[Token] = titled_conjuncts(head)  # ("Sudan's army chief A and RSF commander B")
    for c in kids(head):
        if c.dep_ == "cc" and c.lower_ == "as" and any(w.lower_ == "well" for w in kids(c)):
            extra += [m for g in kids(c) if g.dep_ == "pobj" for m in (g, *g.conjuncts)]  # "X as well as Y"
        if c.dep_ != "prep":
            continue
        if c.lower_ in ("along", "together"):
            extra += [m for w in kids(c) if w.lower_ == "with" for g in kids(w) if g.dep_ == "pobj"
                      for m in (g, *g.conjuncts)]  # ("along with Argentina and Uruguay": each)
        elif c.lower_ == "with" and head.i < c.i and any(p.lower_ in ("along", "together") for p in kids(c)):
            extra += [m for g in kids(c) if g.dep_ == "pobj" for m in (g, *g.conjuncts)]
        elif head.lemma_.lower() in _LISTED and head.tag_ == "NNS" and head.i < c.i and len(heads) == 1 and (
                c.lower_ == "including" or (c.lower_ == "as" and _such(head, c))):
            members = [m for g in kids(c) if g.dep_ == "pobj" for m in (g, *g.conjuncts)]
            if members:
                return members
    return [*(h for h in heads if not excluded(h)), *extra, *listed_with(head)]  # ("X, along with Y, condemned")


def titled_conjuncts(head: Token) -> list[Token]:
    """'X's army chief A and RSF commander B': the parser hangs the name A on the title as its apposition and the
    second titled name B on A as its conjunct, so the title's own conjuncts miss B; the names coordinated with a
    person's name apposed to ``head``, else []."""
    return [m for c in kids(head) if c.dep_ == "appos" and c.i > head.i and c.ent_type_ == "PERSON"
            for m in c.conjuncts if m.pos_ == "PROPN" and m.i > c.i]


def _such(head: Token, as_: Token) -> bool:
    return any(t.lower_ == "such" for t in (*kids(head), *kids(as_))) or head.doc[as_.i - 1].lower_ == "such"


def specific_first(entries: list[Hit]) -> list[Hit]:
    """Drop the generic "peacekeepers" organisation when the phrase names whose they are: "NATO peacekeepers",
    "AU peacekeepers", "Russian peacekeepers" are of NATO, the AU, Russia."""
    named = [h for h in entries if h.entry is not None and h.entry.key not in _GENERIC]
    return named if named and len(named) < len(entries) else entries


def role_of_body(head: Token, annotated: DocActors, recognizer: ActorRecognizer, body: Actor | None) -> Actor | None:
    """"Kenya recalled its envoy. The foreign minister accused ...": a definite state office as the subject, with no
    country of its own, is the office of the country that was the previous sentence's subject; of the last person
    subject's country when that was a state's official ("Indian Foreign Minister X visited Dhaka. The minister ...")."""
    if body is None or not body.country_code or body.type_code == "IGO" or (
            body.is_person and body.type_code not in _STATE_ROLES):
        return None
    hit = annotated.by_token.get(head.i)
    common = head.tag_ == "NN" or (head.tag_ == "NNP" and head.is_lower)  # ("the foreign ministry" tagged NNP)
    if hit is None or hit.entry is not None or hit.agent_type not in _STATE_ROLES or \
            head.dep_ not in ("nsubj", "nsubjpass") or not common:
        return None
    before = (annotated.by_token.get(i) for i in range(head.sent.start, head.i))
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head)) or any(
            h is not None and h.entry is not None for h in before):
        return None  # "a minister", "In Uganda, the minister ...": not the body's
    iso, kind = body.country_code, hit.agent_type
    return Actor(recognizer.d.cameo_country(iso) + kind, recognizer.d.country_name(iso), iso, kind,
                 head.doc[hit.start].idx, head.idx + len(head.text))


def shared_modifier(head: Token, actor: Actor | None, annotated: DocActors,
                    recognizer: ActorRecognizer) -> Actor | None:
    """'British journalists and lawmakers', 'Iranian diplomats and soldiers': a bare agent noun joined to a noun
    that a country word modifies is of that country too (the modifier is shared), not of the country the text is
    about. The agent of that country, else None."""
    hit = annotated.by_token.get(head.i)
    if head.dep_ != "conj" or hit is None or hit.entry is not None or not hit.agent_type or head.tag_ != "NNS" or any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "det") for c in kids(head)):
        return None
    first = head.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    mods = [c for c in kids(first) if c.dep_ in ("amod", "compound") and c.i < first.i]
    shared = [h for c in mods if (h := annotated.by_token.get(c.i)) is not None and h.entry is not None and
              h.entry.kind in ("country", "demonym")]
    if len(shared) != 1 or first.tag_ != "NNS" or first.i not in annotated.by_token:
        return None
    iso = shared[0].entry.key if shared[0].entry is not None else None
    if not iso or (actor is not None and actor.country_code == iso):
        return None
    kind = hit.agent_type
    return Actor(recognizer.d.cameo_country(iso) + kind, recognizer.d.country_name(iso), iso, kind, head.idx,
                 head.idx + len(head.text))
