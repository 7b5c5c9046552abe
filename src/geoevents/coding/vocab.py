"""Word lists of the event coder: which lemmas and dependents the rules treat alike."""

from __future__ import annotations

# realised code root -> CAMEO code for "express intent to ..." / "threaten to ..."
INTENT_CODE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "02": "030", "03": "030",
               "14": "133", "15": "138", "16": "1312", "17": "137", "18": "138", "19": "138", "20": "138"}
# realised code -> the specific intent code (CAMEO 031x, 033x, 035x, 034): "will send jets to X" (072 -> 0332)
INTENT_SUBCODE = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331", "072": "0332",
                  "073": "0333", "074": "0334", "081": "0351", "082": "0352", "083": "034", "084": "0353",
                  "085": "0354", "086": "0355", "087": "0356"}
# the CAMEO threat code of a specific threatened act (longest code first; else INTENT_CODE by root)
THREAT_CODE = {"1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "161": "1313", "162": "1311",
               "163": "1312", "164": "134", "165": "135", "166": "136", "191": "1381", "192": "1382",
               "0841": "0353"}
LIGHT_VERBS = {"hold", "conduct", "carry", "stage", "make", "pay", "launch", "begin", "start", "have", "sign",
               "impose", "announce", "continue", "resume", "complete", "host", "order", "provide", "give", "send",
               "lodge", "file", "issue", "express", "voice", "deliver", "extend", "mount", "unleash", "step",
               "approve", "authorize", "authorise", "grant", "finalize", "finalise", "clinch", "seal", "unveil",
               "renew", "reiterate", "repeat", "finish", "conclude", "wrap", "restore"}
PRONOUNS = {"he", "she", "him", "her", "his"}
# codes that, done by "X and Y" with no other party named, are done by each to the other
RECIPROCAL = {"030", "031", "036", "037", "040", "041", "044", "046", "050", "054", "057", "060", "061", "062", "063",
              "064", "0871", "190", "193", "194"}
OBLIQUE_PREPS = {"on", "against", "into", "for", "to", "toward", "towards", "with", "at", "over", "upon"}
# removals of people (expulsions, deportations): their "to / into" phrase names where people were sent, no party
REMOVAL_CODES = frozenset({"174", "201"})
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
# roots whose target may be the subject of the demanded / urged / threatened clause: "demanded that X leave"
DIRECTIVE_ROOTS = {"02", "10", "11", "12", "13"}
FIRST_PERSON = {"we", "i", "us", "our", "my"}
THREAT_GOVERNORS = {"threaten", "vow", "warn", "pledge", "promise", "threat"}
# nouns whose possessor is the one acted upon: "his arrest", "the hostages' release"
PATIENT_NOUNS = {"arrest", "detention", "release", "expulsion", "killing", "assassination", "abduction",
                 "deportation", "execution", "impeachment", "kidnapping", "imprisonment", "extradition", "ouster"}
RESULT_STATES = {"dead", "unconscious"}
STATE_TYPES = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
# non-state domestic actors whose demands and criticism are, unless the text says otherwise, aimed at their government
CIVIC_TYPES = {"OPP", "CVL", "LAB", "EDU", "HLH", "MED", "HRI", "AGR", "ENV", "NGO", "PTY", "REL", "BUS"}
# roots whose events are acts toward another party (CAMEO: "... with / to / against X"): coded only with that party
DYADIC_ROOTS = {"03", "04", "05", "06", "07", "11", "12", "13", "16", "17", "18", "19", "20"}
# nouns whose "of" complement is reported or suspected, not asserted: "evidence of executions"
HEARSAY_NOUNS = {"evidence", "report", "allegation", "accusation", "claim", "rumour", "rumor", "sign", "suspicion"}
# roots whose events are mostly coded without a target (statements, appeals, protests, force posture)
UNDIRECTED_ROOTS = {"01", "02", "14", "15"}
# roots whose unnamed human object is most likely of the source's own country ("arrested three men")
HUMAN_OBJECT_ROOTS = {"08", "09", "16", "17", "18", "19", "20"}
HUMAN_NOUNS = {"man", "woman", "person", "people", "child", "boy", "girl", "suspect", "member", "leader", "figure",
               "critic", "dissident", "activist", "national", "citizen", "worker", "villager", "resident",
               "schoolgirl", "schoolboy", "pupil", "student", "worshipper", "worshiper", "passenger", "farmer",
               "herder", "shepherd", "fisherman", "tourist", "pilgrim", "hostage", "prisoner", "detainee", "teenager",
               "youth", "family", "wife", "husband", "son", "daughter", "mother", "father", "baby", "infant", "elder",
               "sister", "brother", "niece", "nephew", "cousin", "uncle", "aunt", "grandson", "granddaughter", "widow",
               "candidate", "politician", "businessman", "businesswoman", "doctor", "nurse", "teacher", "rapper",
               "singer", "artist", "writer", "poet", "blogger", "photographer", "filmmaker", "athlete", "footballer",
               "actress", "comedian", "novelist", "academic", "professor", "scholar", "researcher",
               "supporter", "follower", "loyalist", "sympathizer", "sympathiser", "voter", "lawyer",
               "monk", "priest", "nun", "cleric", "imam", "migrant", "relative", "laureate", "musician",
               "economist", "engineer", "scientist", "pastor", "bishop", "campaigner"}
# missiles fired at no one are a test or show of force (CAMEO 150), not an attack
TEST_WEAPONS = {"missile", "icbm", "slbm", "irbm", "mrbm", "warhead", "ballistic", "hypersonic", "satellite"}
# killing verbs (and the codes they give) that, with many victims, are mass killings (CAMEO 202)
MASS_KILLING_VERBS = {"kill": ("180", "190"), "massacre": ("180", "186", "202"), "slaughter": ("180", "190"),
                      "murder": ("180", "186"), "execute": ("180", "186"), "butcher": ("180",), "hack": ("180",)}
# verbs that kill only with a result of death ("shot dead", "stabbed to death", "gunned down"), and their codes
LETHAL_MEANS_VERBS = {"shoot": ("180", "182", "190"), "stab": ("180", "182"), "gun": ("180", "190"),
                      "burn": ("180", "182")}
MASS_KILLING_MIN = 20
NONCOMBATANTS = {"CVL", "REF", "EDU", "HLH", "MED", "REL", "LAB", "AGR"}
# words that count people or things by size, singular and plural ("hundreds of migrants", "thousands marched")
COUNT_WORDS = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens",
                         "score", "scores"})
QUANTITY_NOUNS = {"hundred", "thousand", "dozen", "score", "million", "group", "number", "handful", "couple", "lot"}
BOUND_PREPS = {"since", "until", "till", "before", "after", "from", "through", "throughout"}
# verbs whose object is credited with the act of their "for"-gerund (an act the text takes as done)
CREDITING = {"thank", "praise", "commend", "congratulate", "credit", "applaud", "hail", "laud", "salute", "reward"}
# verbs whose object is censured for the act of their "for"-gerund, an act the censure takes as done ("condemned X
# for shelling Y": X shelled Y); not "accused / blamed X of / for": an allegation
CENSURING = {"condemn", "criticise", "criticize", "denounce", "rebuke", "slam", "blast", "castigate", "censure",
             "chastise", "lambast", "lambaste", "scold", "reprimand", "punish", "sanction", "penalise", "penalize"}
# intransitive verbs whose subject event noun may have its parties attached to the verb
ONSET_VERBS = {"erupt", "break", "flare", "rage", "resume", "continue", "escalate", "intensify", "begin", "start"}
LOCATIVE_PREPS = {"in", "at", "near", "into", "off", "outside", "inside", "across", "over", "on", "to", "toward",
                  "towards", "along", "around", "within", "onto"}
# prepositions naming the party of a statement or appeal ("said to X", "a statement on X"); "at the forum" is a place
ADDRESSEE_PREPS = {"to", "with", "against", "toward", "towards", "on"}
# prepositions naming who is given information (064): "intelligence on / about / over X" is a topic, not a recipient
RECIPIENT_PREPS = {"to", "with", "for"}
# violence by these on unarmed people is unconventional violence (CAMEO 18), not military force (19)
NONSTATE_ARMED = {"REB", "UAF", "CRM", "INS", "SEP"}
# verbs of force that, done by "X and Y" to an object, are still done to each other
MUTUAL_VERBS = {"exchange", "trade", "clash", "fight", "battle", "skirmish"}
VIOLENT_ROOTS = {"18", "19", "20"}
# nouns of a meeting whose "in" / "at" phrase with a "with" party sets a clause ("X said in talks with Y")
SETTING_MEETINGS = frozenset({"talk", "talks", "meeting", "call", "conversation", "summit", "discussion",
                              "negotiation", "negotiations", "consultation", "consultations", "phonecall",
                              "videoconference", "encounter", "audience"})
# nouns of an economic measure, whose "hitting" or "targeting" something is no act of force ("sanctions hit X")
ECONOMIC_MEASURES = frozenset({"sanction", "sanctions", "tariff", "tariffs", "embargo", "levy", "duty", "duties",
                               "penalty", "penalties", "restriction", "restrictions", "curb", "curbs", "blacklisting"})
# where a show of force is aimed: "patrols around X", "sailed into X's waters", "drills near X"
POSTURE_PREPS = {"around", "near", "along", "off", "into", "toward", "towards", "over", "to", "at", "close", "outside",
                 "within", "inside", "across", "in"}
UNARMED_TARGETS = NONCOMBATANTS | {"COP", "MED", "NGO", "HRI", "BUS", "JUD", "LEG"}
# roots of verbal and diplomatic acts, which only agents do ("a Turkish shipment arrived" is no visit)
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"}
# subject nouns that stand for agents though no dictionary names them ("the two sides", "the bloc")
COLLECTIVE_NOUNS = {"side", "team", "bloc", "coalition", "alliance", "group", "camp", "country", "nation", "state",
                    "party", "counterpart", "mediator", "negotiator", "delegate", "representative", "envoy", "leader",
                    "partner", "ally", "neighbour", "neighbor", "power", "member", "signatory", "organisation",
                    "organization", "body", "panel", "committee", "court", "mission", "agency", "company", "firm",
                    "crowd", "family", "community", "union", "network", "faction", "force", "unit", "authority",
                    "association", "federation", "council", "commission", "board", "office", "institute", "center",
                    "centre", "foundation", "movement", "league", "assembly", "congress", "government", "ministry",
                    "kingdom"}  # ("the kingdom summoned the envoy": the state named before)
# roots of nominal events whose "from" phrase is the doer: "appeals from X", "pressure from X", "aid from X"
FROM_SOURCE_ROOTS = {"02", "03", "05", "07", "10", "11", "13"}
# codes of nominal events whose "from" phrase is the doer too: "the extradition of X from Georgia" (Georgia gave X up)
FROM_SOURCE_CODES = frozenset({"063"})
# unarmed doers whose attacks are violent protest (CAMEO 145), not military force
PROTESTER_TYPES = {"CVL", "OPP", "LAB", "EDU", "AGR"}
# place nouns whose "with" phrase names the other side: "the border with Finland"
BORDER_NOUNS = {"border", "frontier", "boundary", "line"}
# what a visitor does with the host: "for talks with Y", "to meet Y"
MEETING_NOUNS = {"talk", "talks", "meeting", "consultation", "discussion", "negotiation", "summit", "dialogue"}
MEETING_VERBS = {"meet", "consult", "see", "hold"}
# verbs of travel that make a visit only when nothing is carried ("flew to Seoul", not "flew supplies to Syria")
# people whose crossing into a country is flight or migration, not an incursion ("refugees crossed into Chad")
FLEEING = frozenset({"REF", "CVL"})
MOTION_VERBS = {"fly", "travel", "arrive", "head", "journey", "go", "come", "return", "jet", "rush"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
# verbs of claiming an act: "X claimed responsibility for the bombing" makes X the bomber
CLAIM_VERBS = {"claim", "take", "accept", "admit", "acknowledge", "assume"}
# documents whose author speaks through them: "a UN report accused X", "an inquiry by X blamed Y"
DOCUMENT_NOUNS = {"report", "investigation", "inquiry", "probe", "study", "review", "audit", "statement", "letter",
                  "ruling", "verdict", "resolution", "declaration", "communique", "assessment", "finding", "findings"}
# stances a group voices, owned by the group a compound names: "opposition demands", "union calls", "student protests"
STANCE_NOUNS = frozenset({"demand", "call", "appeal", "request", "plea", "proposal", "offer", "ultimatum", "criticism",
                          "accusation", "complaint", "protest", "warning", "threat", "objection", "grievance"})
# sites and units a group's compound owns: "a police checkpoint", "rebel positions", "an army convoy", "a TV studio"
OWNED_SITES = frozenset({"checkpoint", "post", "outpost", "position", "base", "station", "headquarters", "office",
                         "studio", "stronghold", "camp", "barracks", "compound", "convoy", "patrol"})
# texts an actor issues, whose participle speaks for the issuer: "passed a resolution condemning X"
ISSUED_NOUNS = {"resolution", "motion", "statement", "declaration", "communique", "communiqué", "letter", "decree",
                "bill", "note", "memorandum", "message", "post", "tweet", "op-ed"}
# participles of feeling whose passive subject is the one who feels: "X was concerned by / encouraged by Y"
FEELING_PARTICIPLES = frozenset({"alarmed", "concerned", "worried", "troubled", "encouraged", "heartened"})
# the military means that killed ("air strikes killed 20", "shelling killed three"): CAMEO 195 and 194
STRIKE_MEANS = {"strike": "195", "airstrike": "195", "air": "195", "missile": "195", "drone": "195", "raid": "195",
                "bombardment": "195", "airstrikes": "195", "shelling": "194", "shell": "194", "artillery": "194",
                "mortar": "194", "barrage": "194", "tank": "194"}
# transitive phrasal verbs whose particle the parser may read as a preposition, leaving the object as its pobj:
# "hauled in the British ambassador", "rounded up dozens of activists", "booted out the envoy"
PARTICLE_OBJECT_VERBS = frozenset({"haul", "call", "round", "lock", "pick", "drag", "rope", "boot", "kick", "beef",
                                   "step", "prop", "shore", "roll", "ratchet", "ramp", "shut", "seal", "cordon",
                                   "hammer", "thrash", "iron", "sign", "bail", "mow", "gun", "wipe"})
PARTICLE_OBJECT_PARTICLES = frozenset({"in", "up", "out", "off", "down"})
