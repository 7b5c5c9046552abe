"""Complaints and refusals whose parties the generic argument readers misread.

- ``complained_of``: "X filed a complaint with the UN Security Council against Y", "X complained to the AU about
  Y's dam": an official complaint (114) is aimed at the party complained about, not at the forum it is lodged
  with; the forum ("with" / "to") stands only when no such party is named.
- ``act_party``: "X condemned the detention of a citizen by Argentine police", "rejected the proposal by Egypt":
  criticism, a protest or a rejection (11x, 141, 12x) of an act is aimed at the act's doer (its "by" phrase),
  not at the party the act befell; the authors of proposals read by ``proposer`` come first.
- ``refused_permission``: "X will not let / allow / permit Y to land / enter / use ...": a refusal (120) aimed at
  Y, read off rows of the letting verbs that ``unrefused`` drops in any other use; so is the bare "charge" row
  outside 'X charged that Y had ...'.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.coercion import by_doer, party_holders, proposer
from geoevents.coding.petitions import LAWSUIT, petitioned_party
from geoevents.coding.refusals import REFUSING_AUX, imposer, no_longer
from geoevents.coding.tokens import kids

__all__ = ["act_party", "complained_of", "refused_permission", "unrefused"]

# the prepositions that name what (or whom) a complaint is about
_ABOUT = frozenset({"against", "about", "over"})
# the prepositions that name where (or to whom) a complaint is lodged
_FORUM = frozenset({"to", "with"})
# the heads of the names of bodies a complaint is lodged with (a state addressed is the target itself)
_BODY_HEADS = frozenset({"council", "court", "union", "league", "nations", "commission", "committee", "tribunal",
                         "organization", "organisation", "community", "assembly", "secretariat", "body", "bloc",
                         "ombudsman", "panel", "agency", "forum"})


def _party(pobj: Token) -> Token | None:
    """The named party of a complained-of phrase: 'against Chad' (Chad), 'about Egypt's dam' (Egypt)."""
    if pobj.pos_ == "PROPN":
        return pobj
    owner = next((c for c in kids(pobj) if c.dep_ == "poss" or (  # ("over Israeli strikes": the nation's)
        c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))), None)
    return owner if owner is not None and (owner.pos_ == "PROPN" or owner.dep_ == "amod") else None


def _body(forum: Token) -> bool:
    """Whether a forum is a body rather than a state: 'the UN Security Council', 'the African Union', 'ASEAN'."""
    return forum.lemma_.lower() in _BODY_HEADS or (forum.pos_ == "PROPN" and forum.is_upper and len(forum) > 1)


def complained_of(tok: Token, code: str, pobjs: list[Token]) -> list[Token]:
    """``pobjs`` (the objects of a rule's prepositions) without the body a complaint is lodged with, and with
    the party it is about, when the trigger names both: 'lodged a complaint with the ICJ against Y' -> [Y]. A
    state addressed ('protested to Beijing over Zhang's arrest') stays the target."""
    if code[:3] != "114" or not pobjs:
        return pobjs
    forums = [p for p in pobjs if p.head.lower_ in _FORUM and _body(p)]
    if not forums:
        return pobjs
    # the parser may hang "against Y" on the forum: "with the Court of Justice against Y"
    holders = [tok, *(c for c in kids(tok) if c.dep_ == "dobj"), *forums]
    if tok.dep_ == "dobj":
        holders.append(tok.head)  # the noun trigger of "filed a complaint with X against Y"
    parties = [party for h in holders for c in kids(h) if c.dep_ == "prep" and c.lower_ in _ABOUT
               for g in kids(c) if g.dep_ == "pobj" and (party := _party(g)) is not None]
    return parties or pobjs


def act_party(obj: Token | None, code: str) -> Token | None:
    """Whom a rule's object act points at: the author ``proposer`` reads ("the plan put forward by X"), or, for
    criticism, rejection and praise (11x, 12x, 051), the doer a "by" phrase names for the object act ("condemned
    the killing of three soldiers by Ugandan troops" -> the troops; "rejected the offer by Qatar" -> Qatar), else
    the parties "between" names ("praised the accord reached between X and Y"); else None."""
    if code == LAWSUIT and (sued := petitioned_party(obj)) is not None:
        return sued  # "asked the ICJ to order Russia to ...": Russia (see petitions)
    author = proposer(obj, code)
    if author is not None or obj is None or (code[:2] not in ("11", "12") and code[:3] not in ("141", "051")) or \
            obj.pos_ != "NOUN":  # (141: "protested the arrest of X by Y", read as 114 when a state protests)
        return author
    # ("hailed the deal struck by X and Y", "condemned the arrest of two reporters by X", "the sanctions imposed by
    # X"; "praised the agreement reached between X and Y": its parties)
    return by_doer(obj) or imposer(obj) or next((g for h in (obj, *party_holders(obj)) for c in kids(h) if
                                                 c.dep_ == "prep" and c.lower_ == "between" for g in kids(c)
                                                 if g.dep_ == "pobj"), None)


# verbs of letting in; and the acts of access they let a party do ("would not let two US planes land")
_PERMITTING = frozenset({"let", "allow", "permit"})
_ACCESS = frozenset({"land", "enter", "use", "return", "dock", "cross", "transit", "pass", "overfly", "fly", "visit",
                     "station", "operate", "open", "access", "investigate", "inspect", "monitor", "attend", "join",
                     "participate", "deploy", "refuel", "berth", "set"})
REFUSED_PERMISSION = "120"
ACCUSED = "112"  # the bare "charge" row


def refused_permission(verb: Token) -> bool:
    """'X will not let US planes land', 'would not allow French troops to return', 'will not permit Y to use its
    bases': an announced refusal to let a party in or act on the subject's soil (120, aimed at that party). A
    bare 'did not allow' is a negated fact, and 'will not allow Iran to obtain arms' is a warning, not a
    refusal."""
    if verb.lemma_.lower() not in _PERMITTING:
        return False
    kin = kids(verb)
    if not any(c.dep_ == "neg" or no_longer(c) for c in kin) or not any(
            c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in kin):  # ("will no longer allow Y to ...")
        return False
    acts = [c for c in kin if c.dep_ in ("dobj", "xcomp", "ccomp")]
    # "let planes carrying migrants land": the parser hangs the bare verb on the participle describing the party
    acts += [g for c in acts if c.dep_ == "dobj" for p in kids(c) if p.dep_ == "acl" for g in kids(p)
             if g.dep_ == "dobj" and g.i == p.right_edge.i]
    return any(c.lemma_.lower() in _ACCESS for c in acts)


def _charged_that(verb: Token) -> bool:
    """'X charged that Y had entered its territory': "charge" with a that-clause is an accusation."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))
               for c in kids(verb))


def unrefused(tok: Token, kind: str, code: str) -> bool:
    """A row used outside the one construction it is coded in: a letting-in row (coded only as a refusal) in
    'allowed the planes to land', the bare "charge" row (an accusation only with a that-clause) in 'police
    charged the crowd'; either gives no event."""
    if kind != "verb" or code not in (REFUSED_PERMISSION, ACCUSED):
        return False
    lemma = tok.lemma_.lower()
    if code == ACCUSED:
        return lemma == "charge" and not _charged_that(tok)
    return lemma in _PERMITTING and not refused_permission(tok)
