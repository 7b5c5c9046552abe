"""Military posture (CAMEO 15) that the words only seem to tell: tests, drills and deployments of civil life.

``unposed`` vetoes a 15x trigger whose row fits on the words alone:

- a test or a trial that names no weapon: "scientists conducted a test of the new vaccine", "the firm carried
  out trials of its engine" (a test of a weapon names it: "conducted a missile test", "a test of a nuclear
  device"; a launch, a detonation or an explosion needs no such word);
- a drill or an exercise of civil life: "held a fire drill", "an earthquake drill", "conducted a voter
  registration exercise", "a census exercise", "the national team held a drill" ("live-fire drills" are military);
- troops, police or ships sent to a disaster: "deployed 500 soldiers to help flood victims", "sent troops for
  earthquake relief", "warships to evacuate citizens" (a rescue, not a show of force).

Each test reads the cheap facts first (the code, the lemma of the trigger or its object) and walks a subtree only
then.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.roles import direct_object

__all__ = ["unposed"]

# nouns of a trial that are a show of force only when a weapon is named
_TRIAL_NOUNS = frozenset({"test", "tests", "trial", "trials", "flight", "flights"})
_WEAPON_WORDS = frozenset({"missile", "rocket", "nuclear", "ballistic", "weapon", "hypersonic", "icbm", "warhead",
                           "bomb", "atomic", "hydrogen", "torpedo", "cruise", "interceptor", "launcher", "artillery",
                           "drone", "slbm", "irbm", "mrbm", "munition", "nuke", "satellite", "military", "army",
                           "navy", "warship", "submarine", "jet", "fighter", "bomber", "warplane", "fire", "firing",
                           "defence", "defense", "strategic", "tactical", "glide", "projectile", "shell"})
# whose trial is a show of force whatever it tests: "the army carried out tests"
_ARMED = frozenset({"army", "military", "navy", "force", "forces", "troop", "command", "guard", "corps", "unit"})
# drills and exercises of civil life
_DRILL_NOUNS = frozenset({"drill", "exercise", "game", "practice", "patrol"})
_CIVIC = frozenset({"fire", "earthquake", "quake", "evacuation", "emergency", "registration", "voter", "census",
                    "mapping", "verification", "headcount", "enumeration", "vaccination", "immunisation",
                    "immunization", "cleanup", "sanitation", "planting", "audit", "recruitment", "screening",
                    "tsunami", "flood", "disaster", "rescue", "safety", "validation", "demarcation", "profiling",
                    "relief", "cyber", "tabletop", "school", "simulation", "budget", "branding", "consultation"})
_LIVE = frozenset({"live", "live-fire"})
_PLAYERS = frozenset({"team", "squad", "club", "player", "athlete", "side", "student", "pupil", "school"})
# disasters: troops or ships sent to them rescue, they do not threaten
_DISASTER = frozenset({"relief", "rescue", "flood", "floods", "flooding", "earthquake", "quake", "disaster",
                       "evacuation", "evacuate", "cyclone", "hurricane", "typhoon", "wildfire", "bushfire",
                       "landslide", "tsunami", "drought", "firefighting", "outbreak", "epidemic"})
_SENDING = frozenset({"deploy", "send", "dispatch", "rush", "mobilize", "mobilise", "station", "move", "position",
                      "redeploy", "bring", "sail", "fly"})


def unposed(tok: Token, kind: str, code: str) -> bool:
    """Whether a 15x trigger tells no show of force: a test naming no weapon, a civil drill, a rescue."""
    if code[:2] != "15":
        return False
    lemma = tok.lemma_.lower()
    if kind == "noun":
        return lemma in _DRILL_NOUNS and (_civic(tok) or _played(tok.head))
    if kind != "verb":
        return False
    obj = direct_object(tok)
    if obj is not None:
        noun = obj.lemma_.lower()
        if noun in _TRIAL_NOUNS and not _armed_subject(tok) and not any(
                t.lemma_.lower() in _WEAPON_WORDS for t in obj.subtree):
            return True  # "conducted a test of the new vaccine"
        if noun in _DRILL_NOUNS and (_civic(obj) or _played(tok)):
            return True  # "held a fire drill", "a voter registration exercise", "the team held a drill"
    if lemma in _SENDING:
        subj = {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        return any(t.lemma_.lower() in _DISASTER for c in tok.rights for t in c.subtree if t.i not in subj)
    return False


def _civic(noun: Token) -> bool:
    """Whether a drill noun is one of civil life by its modifiers ("fire drill", not "live-fire drill")."""
    mods = {t.lemma_.lower() for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")}
    if not mods & _CIVIC:
        return False
    return not ("fire" in mods and any(t.lower_ in _LIVE for t in noun.subtree))


def _played(verb: Token) -> bool:
    """Whether the verb's subject is a team or a school ("the national team held a drill")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _PLAYERS for c in verb.children)


def _armed_subject(verb: Token) -> bool:
    """Whether the verb's subject is an armed force ("the army carried out tests")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _ARMED for c in verb.children)
