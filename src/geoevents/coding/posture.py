"""Military posture (CAMEO 15) that the words only seem to tell: tests, drills and deployments of civil life.

``unposed`` vetoes a 15x trigger whose row fits on the words alone:

- a test or a trial that names no weapon: "scientists conducted a test of the new vaccine", "the firm carried
  out trials of its engine" (a test of a weapon names it: "conducted a missile test", "a test of a nuclear
  device"; a launch, a detonation or an explosion needs no such word);
- a drill or an exercise of civil life: "held a fire drill", "an earthquake drill", "conducted a voter
  registration exercise", "a census exercise", "the national team held a drill" ("live-fire drills" are military);
- a "went on alert" whose subject is no force, state or group: "hospitals went on high alert";
- forces "put on" something that is no alert: "five soldiers were put on trial" ("put on high alert", "on
  standby", "on a war footing" are);
- a parade of a feast or a cause ("a Victory Day parade", "the pride parade"; "a military parade" shows arms),
  and power shown in a field other than arms or by a side that bears none ("flexed its economic muscle", "the
  opposition displayed its power", "the team showed its strength");
- a flight over or near a place whose subject is no military craft ("the minister flew over the flooded
  districts", "a cargo plane flew near X") or whose place is no country's ("flew over the Baltic Sea": whom the
  force is shown to is not said); "bombers flew near Alaska", "a spy plane flew over X's island" are shows of force;
- troops, police or ships sent to a disaster: "deployed 500 soldiers to help flood victims", "sent troops for
  earthquake relief", "warships to evacuate citizens" (a rescue, not a show of force), or to a match, a concert or
  a festival: "police were deployed for the derby" (crowd control; a rally or a protest keeps its 153), or to
  join a peacekeeping force (074, not a show of force).

Each test reads the cheap facts first (the code, the lemma of the trigger or its object) and walks a subtree only
then.
"""

from __future__ import annotations

from spacy.tokens import Token

from geoevents.coding.roles import direct_object
from geoevents.coding.tokens import kids

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
# a parade of a feast or a cause, not of arms ("a Victory Day parade", "the pride parade"; "a military parade" is)
_FESTIVE = frozenset({"pride", "carnival", "victory", "independence", "day", "anniversary", "memorial", "holiday",
                      "christmas", "easter", "thanksgiving", "jubilee", "coronation", "fashion", "flower", "float",
                      "street", "costume", "gay", "lgbt", "lgbtq", "festival", "republic", "national"})
_ARMS = frozenset({"military", "naval", "army", "navy", "missile", "troop", "tank", "weapon", "armed", "air"})
# power shown in a field other than arms ("flexed its economic muscle"), or by a side that bears none
_POWER_NOUNS = frozenset({"muscle", "might", "power", "strength", "force", "capability", "clout"})
_CIVIL_POWER = frozenset({"economic", "diplomatic", "political", "financial", "commercial", "soft", "electoral",
                          "trade", "cultural", "moral", "negotiating", "bargaining", "purchasing", "spending",
                          "organisational", "organizational", "street", "popular", "grassroots", "voting", "market",
                          "industrial", "legislative", "parliamentary", "staying"})
_UNARMED = frozenset({"team", "squad", "club", "player", "athlete", "party", "opposition", "union", "protester",
                      "demonstrator", "company", "firm", "bank", "market", "economy", "candidate", "voter", "student",
                      "worker", "movement", "coalition", "campaign", "carmaker", "automaker", "maker",
                      "manufacturer", "brand", "retailer", "airline", "startup", "giant", "rival", "lender"})
_PLAYERS = frozenset({"team", "squad", "club", "player", "athlete", "side", "student", "pupil", "school"})
# disasters: troops or ships sent to them rescue, they do not threaten
_DISASTER = frozenset({"relief", "rescue", "flood", "floods", "flooding", "earthquake", "quake", "disaster",
                       "evacuation", "evacuate", "cyclone", "hurricane", "typhoon", "wildfire", "bushfire",
                       "landslide", "tsunami", "drought", "firefighting", "outbreak", "epidemic"})
# hazards an alert is raised for ("raised the alert level for the volcano", "the weather agency raised its storm
# alert"): a warning to the public, not a military alert
_HAZARD_ALERTS = _DISASTER | frozenset({"volcano", "volcanic", "volcanology", "eruption", "lava", "ash", "seismic",
                                        "storm", "heat", "heatwave", "weather", "meteorological", "rain", "rainfall",
                                        "snow", "blizzard", "monsoon", "tornado", "avalanche", "health", "disease",
                                        "pandemic", "covid", "virus", "flu", "cholera", "mpox", "dengue", "pollution"})
# occasions of sport, song and feast: police or troops sent to them keep order, they show no force
_OCCASIONS = frozenset({"match", "final", "semifinal", "semi-final", "concert", "festival", "marathon", "tournament",
                        "championship", "cup", "derby", "fixture", "carnival", "pilgrimage", "olympics",
                        "stadium", "fan", "celebration", "festivity", "festivities", "gig"})
# peace missions: troops sent to join one keep the peace (074), they show no force
_PEACEKEEPING = frozenset({"peacekeeping", "peacekeeper", "peace-keeping", "blue-helmet"})
_CALM = _DISASTER | _OCCASIONS | _PEACEKEEPING
# craft whose flight over or near a place shows force by itself ("Russian bombers flew over the Baltic Sea"), and
# craft that do only with a martial modifier ("a spy plane", "military aircraft"; not "a cargo plane flew over")
_WARCRAFT = frozenset({"bomber", "warplane", "fighter", "interceptor", "squadron", "gunship", "warship", "destroyer",
                       "frigate", "corvette", "cruiser", "submarine", "gunboat", "flotilla", "fleet", "navy"})
_CRAFT = frozenset({"aircraft", "plane", "airplane", "jet", "drone", "helicopter", "ship", "vessel", "boat"})
_MARTIAL = frozenset({"military", "naval", "navy", "war", "spy", "surveillance", "reconnaissance", "fighter", "combat",
                      "attack", "strategic", "nuclear-capable", "army", "guard", "force", "bomber", "patrol"})
# "put / placed X on alert": what X is put on must be a state of readiness
_PUTTING = frozenset({"put", "place"})
_READY = frozenset({"alert", "standby", "stand-by", "readiness", "footing", "notice", "high-alert", "preparedness",
                    "war"})  # ("on a war footing": the parser may hang "footing" on "war")
_DEGREES = frozenset({"level", "state", "degree", "status"})
# who "went on alert" shows force: an armed or police force, a state or an armed group (not "hospitals went on alert")
_FORCES = frozenset({"army", "military", "troop", "soldier", "force", "police", "navy", "guard", "command", "unit",
                     "garrison", "gendarmerie", "militia", "fighter", "division", "brigade", "battalion", "corps"})
_FLIGHT_PREPS = frozenset({"over", "near", "off", "along", "around", "past", "close"})
_SENDING = frozenset({"deploy", "send", "dispatch", "rush", "mobilize", "mobilise", "station", "move", "position",
                      "redeploy", "bring", "sail", "fly"})


def unposed(tok: Token, kind: str, code: str) -> bool:
    """Whether a 15x trigger tells no show of force: a test naming no weapon, a civil drill, a rescue, a hazard
    alert."""
    if code[:2] != "15":
        return False
    lemma = tok.lemma_.lower()
    if kind == "noun":
        return (lemma in _DRILL_NOUNS and (_civic(tok) or _played(tok.head))) or (
            lemma == "parade" and _festive(tok)) or (lemma == "show" and _unarmed_show(tok))
    if kind != "verb":
        return False
    if lemma == "go":
        return not any(c.dep_ == "nsubj" and (c.lemma_.lower() in _FORCES or c.ent_type_ in ("GPE", "NORP", "ORG"))
                       for c in kids(tok))  # "the army went on high alert", not "hospitals went on alert"
    if lemma in _PUTTING and code in ("151", "152"):
        return not _on_alert(tok)  # "put its troops on high alert", not "soldiers were put on trial"
    obj = direct_object(tok)
    if lemma == "fly" and obj is None and code == "150":
        return not (_warcraft(tok) and _over_country(tok))  # "bombers flew near Alaska", not "the president flew
        # over X" nor "flew over the Baltic Sea" (open water names no one shown the force)
    if obj is not None:
        noun = obj.lemma_.lower()
        if code == "152" and (noun in _READY or noun in _DEGREES) and any(
                t.lemma_.lower() in _HAZARD_ALERTS for c in kids(tok) if c.dep_ in ("nsubj", "dobj", "prep")
                for t in c.subtree):
            return True  # "the volcanology agency raised the alert level for Kanlaon": a hazard warning
        if noun in _TRIAL_NOUNS and not _armed_subject(tok) and not any(
                t.lemma_.lower() in _WEAPON_WORDS for t in obj.subtree):
            return True  # "conducted a test of the new vaccine"
        if noun in _DRILL_NOUNS and (_civic(obj) or _played(tok)):
            return True  # "held a fire drill", "a voter registration exercise", "the team held a drill"
        if noun == "parade" and _festive(obj):
            return True  # "staged a Victory Day parade", "held the pride parade"
        if noun in _POWER_NOUNS and (_mods(obj) & _CIVIL_POWER or any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _UNARMED for c in kids(tok))):
            return True  # "flexed its economic muscle", "the opposition displayed its power"
    if lemma in _SENDING:
        subj = {t.i for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        return any(t.lemma_.lower() in _CALM for c in tok.rights for t in c.subtree if t.i not in subj)
    return False


def _unarmed_show(show: Token) -> bool:
    """'the carmaker staged a show of force at the auto show', 'the union's show of strength': no armed doer."""
    doers = [c for c in kids(show) if c.dep_ == "poss"]
    if show.dep_ == "dobj":
        doers += [c for c in kids(show.head) if c.dep_ == "nsubj"]
    return any(d.lemma_.lower() in _UNARMED for d in doers)


def _mods(noun: Token) -> set[str]:
    return {t.lemma_.lower() for t in kids(noun) if t.dep_ in ("compound", "amod", "nmod")}


def _festive(noun: Token) -> bool:
    """Whether a parade is one of a feast or a cause by its modifiers, with no word of arms ("a Victory Day parade",
    not "a Victory Day military parade")."""
    mods = {t.lemma_.lower() for t in noun.subtree if t.i < noun.i}
    return bool(mods & _FESTIVE) and not mods & _ARMS


def _on_alert(verb: Token) -> bool:
    """Whether "put / placed X on ..." puts X on alert, standby or a war footing (not on trial, leave or a list)."""
    holders = [verb, *(c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass"))]
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(g.dep_ == "pobj" and (g.lemma_.lower() in _READY or (
        g.lemma_.lower() in _DEGREES and any(r.lemma_.lower() in _READY for c in kids(g) if c.lower_ == "of"
                                             for r in kids(c)))) for g in kids(p))
               for h in holders for p in kids(h))  # ("on the highest level / state of alert")


def _over_country(verb: Token) -> bool:
    """Whether a flight's place ("over / near X") names a country's ground or airspace (a GPE), not open sea."""
    return any(p.dep_ == "prep" and p.lower_ in _FLIGHT_PREPS and any(t.ent_type_ == "GPE" for t in p.subtree)
               for p in kids(verb))


def _warcraft(verb: Token) -> bool:
    """Whether the verb's subject is a military craft ("bombers", "a spy plane", "military aircraft")."""
    for c in kids(verb):
        if c.dep_ == "nsubj":
            if any(m.dep_ == "conj" for t in (c, *kids(c)) for m in kids(t)):
                return False  # "Chinese and Russian bombers flew near X": a joint flight, not one side's show
            noun = c.lemma_.lower()
            return noun in _WARCRAFT or (noun in _CRAFT and any(
                m.dep_ in ("compound", "amod", "nmod") and m.lemma_.lower() in _MARTIAL for m in kids(c)))
    return False


def _civic(noun: Token) -> bool:
    """Whether a drill noun is one of civil life by its modifiers ("fire drill", not "live-fire drill")."""
    mods = {t.lemma_.lower() for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")}
    if not mods & _CIVIC:
        return False
    return not ("fire" in mods and any(t.lower_ in _LIVE for t in noun.subtree))


def _played(verb: Token) -> bool:
    """Whether the verb's subject is a team or a school ("the national team held a drill")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _PLAYERS for c in kids(verb))


def _armed_subject(verb: Token) -> bool:
    """Whether the verb's subject is an armed force ("the army carried out tests")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _ARMED for c in kids(verb))
