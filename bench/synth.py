"""A seeded synthetic news corpus of our own: templated wire-style articles over the project's dictionaries.

Articles are assembled from sentence templates filled from ``src/geoevents/data`` (countries, demonyms,
capitals, agents, institutions, office holders with their tenure, curated places, verb patterns of
``verbs.csv``) and from small word lists written here. Each article has a headline, a dateline and
150-600 words (log-normal around ~330). Like a real feed, some items are copies: exact duplicates
(syndication: same text, another outlet) and near-duplicates (rewrites of a recent article: synonym
swaps, reordered sentences, truncation, added boilerplate lines, and combinations).

Generation streams: ``iter_documents`` is a generator holding only a bounded window of recent
articles (the ones a copy may be drawn from); ``write_corpus`` writes ``.jsonl`` shards of 1,000
documents. The same seed gives the same corpus, and a shorter corpus is a prefix of a longer one,
so ``ensure_corpus`` can hard-link the first shards of a 100k corpus as the 1k and 10k corpora.

Usage: python bench/synth.py N [--out DIR] [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import math
import os
import random
import re
import shutil
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "geoevents" / "data"
OUT = ROOT / "bench" / "out"
GENERATOR_VERSION = "1"
SHARD_SIZE = 1000
MANIFEST = ".synth.json"  # dot-named: the folder source does not read it as an input

__all__ = ["REWRITES", "SynthConfig", "SynthDoc", "ensure_corpus", "iter_documents", "rewrite", "swap_synonyms",
           "word_count", "write_corpus"]


@dataclass(frozen=True, slots=True)
class SynthConfig:
    seed: int = 7
    exact_dup_rate: float = 0.05
    """Share of items that are a byte-identical copy of a recent article (another outlet)."""
    near_dup_rate: float = 0.15
    """Share of items that are a rewrite of a recent article."""
    min_words: int = 150
    max_words: int = 600
    median_words: int = 330
    start: str = "2023-01-02"
    docs_per_day: int = 150
    window: int = 300
    """How many recent originals a copy may be drawn from (the generator's only growing state)."""


@dataclass(frozen=True, slots=True)
class SynthDoc:
    id: str
    title: str
    text: str
    published: str
    source: str
    url: str
    synth_kind: str
    """``original``, ``exact`` or ``near``."""
    synth_original: str | None = None
    synth_ops: str | None = None

    def record(self) -> dict[str, Any]:
        """The ``.jsonl`` record the folder source reads (extra ``synth_*`` keys are ground truth)."""
        rec = {k: v for k, v in asdict(self).items() if v is not None}
        rec["language"] = "en"
        return rec


# -- word lists of our own ------------------------------------------------------------------------------
def _words(block: str) -> list[str]:
    return [w.strip() for w in block.replace("\n", ",").split(",") if w.strip()]


OUTLETS = _words("""Harbor Wire, Northern Ledger, Meridian Daily, Coastline Times, Granite Post, Riverbend Herald,
    Summit Dispatch, Eastgate Observer, Lantern News, Compass Report, Bluewater Gazette, Pinecrest Journal, Keystone
    Courier, Westfield Bulletin, Orchard Press, Atlas Newswire, Beacon Review, Ironbridge Tribune, Crescent Monitor,
    Highland Sentinel, Silverline Media, Tidewater Record, Union Square Chronicle, Prairie Signal, Kestrel Wire,
    Fairhaven Examiner, Lakeside Register, Redwood Standard, Cobalt Newsroom, Evergreen Courier""")
FIRST = _words("""Anna, Marek, Sofia, Daniel, Leila, Tomas, Priya, Samuel, Ines, Kofi, Mei, Jonas, Amara, Viktor, Lucia,
    Omar, Hana, Felix, Nadia, Pablo, Grace, Arjun, Elena, Yusuf, Clara, Mateo, Aisha, Henrik, Rosa, Kenji""")
LAST = _words("""Novak, Okafor, Lindqvist, Moreau, Haddad, Costa, Tanaka, Mensah, Petrov, Alvarez, Kowalski, Nguyen,
    Brennan, Sato, Adeyemi, Fischer, Romano, Karimi, Larsen, Dubois, Ortiz, Chen, Varga, Quinn, Mbeki, Horvat""")
NOUNS = _words("""economy, budget, harbour, railway, pipeline, grid, reservoir, border crossing, election, parliament,
    coalition, ceasefire, agreement, tariff, subsidy, refinery, shipyard, airport, highway, dam, bridge, hospital,
    vaccine programme, school system, pension reform, housing market, currency, central bank, trade deficit, harvest,
    drought, fishing fleet, mining sector, power plant, wind farm, data centre, port authority, customs service,
    police force, court ruling, investigation, inquiry, protest movement, labour union, refugee camp, aid convoy,
    peace plan, military exercise, naval patrol, missile test, cyber attack, energy deal, gas field, oil output,
    inflation rate, interest rate, bond market, stock exchange, export ban, import quota, visa policy, census,
    constitution, referendum, cabinet reshuffle, opposition party, ruling party, state broadcaster, newspaper""")
ADJS = _words("""new, fresh, long-awaited, controversial, ambitious, modest, sweeping, limited, temporary, permanent,
    regional, national, bilateral, joint, emergency, interim, revised, draft, disputed, stalled, delayed, expanded,
    renewed, tougher, looser, costly, cheaper, major, minor, key, crucial, sensitive, fragile, broad, narrow,
    unexpected, widely expected, closely watched, hard-won, hastily arranged, carefully worded""")
VERBS_PAST = _words("""approved, rejected, delayed, expanded, suspended, reviewed, criticised, welcomed, questioned,
    defended, announced, unveiled, postponed, scrapped, revised, backed, blocked, extended, tightened, eased,
    financed, completed, launched, reopened, inspected, audited, challenged, endorsed, outlined, debated""")
VERBS_BASE = _words("""approve, reject, delay, expand, suspend, review, defend, announce, unveil, postpone, revise,
    back, block, extend, tighten, ease, finance, complete, launch, reopen, inspect, challenge, endorse, debate""")
ADVERBS = _words("""quickly, cautiously, sharply, gradually, firmly, quietly, openly, repeatedly, formally, briefly""")
PLURALS = _words("""people, families, workers, soldiers, civilians, students, farmers, migrants, passengers, voters,
    residents, prisoners, doctors, teachers, miners, fishermen, officials, diplomats, observers, volunteers""")
TOPICS = _words("""grain shipments, border security, fishing rights, gas prices, debt talks, election rules, water
    sharing, arms sales, port access, visa rules, trade barriers, troop movements, prisoner swaps, refugee returns,
    power exports, mining licences, air defence, nuclear talks, food aid, disputed islands""")
HEADLINE_VERBS = _words("""warns, presses, courts, rebuffs, hosts, criticises, praises, urges, accuses, reassures,
    challenges, backs, confronts, snubs, lobbies""")
AGENCIES = _words("""the state news agency, local media, the interior ministry, the national weather service,
    the statistics office, a government spokesperson, the health ministry, the electoral commission, police,
    the coast guard, the transport ministry, the central bank, emergency services, a regional governor""")
QUOTE_OPENERS = _words("""We will not accept, We are ready to discuss, We have always supported, We cannot ignore,
    Nobody wants, This is not about, We expect, Our partners understand, We remain committed to, We will respond to""")
REACTIONS = _words("""did not immediately respond to a request for comment, declined to comment on the report,
    has not commented publicly, said it was studying the proposal, called the move a provocation,
    said talks would continue next week, described the meeting as constructive, said the figures were preliminary""")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ROLE_TITLES = {"head_of_state": "President", "head_of_government": "Prime Minister",
               "foreign_minister": "Foreign Minister", "defence_minister": "Defence Minister",
               "acting_head_of_state": "Acting President", "secretary_general": "Secretary-General"}
_NOT_NOUNS = frozenset(_words("""ministerial, parliamentary, congressional, judicial, humanitarian, elderly, public,
    executive, govt, mp, ngo, tv, ceo, cop, jihadi, counterintelligence"""))
AGENT_TYPES = ("GOV", "MIL", "COP", "LEG", "JUD", "SPY", "OPP", "REB", "BUS", "MED", "LAB", "HLH", "NGO", "CVL")

# Lines a copier adds: some are dropped by ingest's boilerplate filter, some survive it.
BOILERPLATE = ["Share this article", "Advertisement", "Read more", "Subscribe now", "Related stories",
               "Follow us on social media", "This story was originally published by {outlet}.",
               "Reporting by {name}; editing by {name2}", "Additional reporting by {name} in {city}.",
               "(c) {year} {outlet}. Republished with permission.", "Updated {hour}:{minute:02d} GMT",
               "Sign up for our newsletter", "{outlet} is an independent news service."]

# A small synonym table of our own (general news English, with the inflections we need).
_SYNONYMS = """
said=stated|told reporters; says=states; told=informed; announced=declared|unveiled; warned=cautioned
officials=authorities; official=spokesperson; government=administration; people=residents; country=nation
countries=nations; city=town; year=twelve months; years=decades; week=seven days; month=four weeks
new=fresh; large=big; largest=biggest; big=large; small=little; smaller=lesser; major=significant; high=elevated
higher=greater; low=reduced; lower=reduced; first=initial; last=final; next=coming; early=premature; late=delayed
several=a number of; many=numerous; nearly=almost; roughly=approximately; about=around; around=about
expected=anticipated; expects=anticipates; plans=intends; plan=proposal; plans=proposals; built=constructed
build=construct; began=started; begin=start; started=began; start=begin; ended=concluded; end=conclusion
rose=climbed; fell=dropped; increased=grew; reduced=cut; cut=reduced; cuts=reductions; raised=lifted
held=kept; keep=retain; kept=retained; left=departed; reached=hit; reach=attain; hit=struck; killed=left dead
destroyed=wrecked; damaged=harmed; affected=hit; suffered=endured; caused=triggered; brought=delivered
carried=transported; carry=transport; moving=relocating; moved=relocated; move=step; return=comeback
help=assist; helped=assisted; asked=requested; asking=requesting; urged=pressed; called=urged; calls=appeals
demand=call; demands=calls; demanding=insisting; offered=proposed; offer=proposal; rejected=turned down
approved=backed; approval=endorsement; approve=authorise; agreed=consented; agreement=deal; deal=agreement
talks=negotiations; meeting=talks; statement=communique; decision=ruling; ruling=judgment; court=tribunal
law=legislation; rules=regulations; rule=regulation; measures=steps; measure=step; scheme=programme
project=venture; projects=ventures; company=firm; companies=firms; business=enterprise; businesses=firms
workers=employees; staff=personnel; employers=bosses; union=labour group; strike=walkout; strikes=walkouts
economy=economic output; market=marketplace; price=cost; prices=costs; cost=price; costs=expenses
money=funds; funding=financing; budget=spending plan; rate=level; rates=levels; growth=expansion
inflation=price rises; interest=borrowing; bank=lender; banks=lenders; investors=backers; million=millions
percent=per cent; figures=numbers; data=statistics; record=all-time high; history=past; recent=latest
water=waters; coast=shoreline; river=waterway; sea=ocean; area=zone; areas=zones; region=territory
southern=south; northern=north; eastern=east; western=west; near=close to; nearby=neighbouring; local=regional
home=house; homes=houses; houses=homes; buildings=structures; building=structure; roads=streets; road=route
village=settlement; villages=settlements; residents=inhabitants; families=households; children=kids
schools=classrooms; school=academy; students=pupils; teachers=educators; hospital=clinic; doctors=physicians
health=medical; disease=illness; diseases=illnesses; cases=infections; vaccine=jab; vaccination=immunisation
emergency=crisis; disaster=catastrophe; warning=alert; risk=danger; threat=danger; fire=blaze; fires=blazes
firefighters=fire crews; flood=deluge; floods=deluges; rain=rainfall; rains=downpours; storm=tempest
wind=gusts; heavy=intense; strong=powerful; severe=serious; serious=grave; worst=most severe; damage=harm
power=electricity; electricity=power; energy=power; fuel=petrol; gas=natural gas; oil=crude; supply=provision
supplies=provisions; food=provisions; crops=harvests; farmers=growers; farms=holdings; land=territory
police=officers; military=armed forces; troops=soldiers; soldiers=troops; army=ground forces; forces=troops
attack=assault; attacks=assaults; security=safety; border=frontier; borders=frontiers; crossing=checkpoint
minister=secretary; ministry=department; department=ministry; agency=body; authority=regulator; leader=chief
leaders=chiefs; president=head of state; opposition=rival camp; party=movement; election=vote; vote=ballot
protest=demonstration; protests=demonstrations; protesters=demonstrators; crowd=throng; crowds=throngs
killed=slain; dead=killed; injured=wounded; missing=unaccounted for; rescue=relief; aid=assistance
evacuation=withdrawal; evacuated=moved out; shelter=refuge; camps=settlements; refugees=displaced people
ship=vessel; ships=vessels; vessel=ship; vessels=ships; port=harbour; boats=craft; train=rail service
trains=rail services; flights=air services; airport=airfield; traffic=movement; passengers=travellers
service=operation; services=operations; system=network; network=system; line=route; lines=routes
technology=tech; research=study; scientists=researchers; experts=specialists; study=research; report=account
reported=said; reports=accounts; news=reports; information=details; details=particulars; evidence=proof
key=central; main=principal; important=significant; significant=considerable; clear=obvious; possible=potential
likely=probable; further=additional; additional=further; other=remaining; same=identical; different=distinct
quickly=rapidly; slowly=gradually; immediately=at once; already=previously; still=yet; also=too; however=but
during=throughout; within=inside; across=throughout; including=among them; despite=in spite of
continue=go on; continued=went on; remain=stay; remained=stayed; became=turned; become=turn; made=produced
make=produce; take=seize; taken=seized; took=seized; give=provide; given=provided; gave=provided; used=employed
use=employ; need=require; needed=required; needs=requires; required=needed; allow=permit; allowed=permitted
protect=shield; protected=shielded; prevent=stop; support=backing; supported=backed; backed=supported
criticised=condemned; welcomed=praised; described=called; described=characterised; described=portrayed
blamed=faulted; accused=charged; denied=rejected; confirmed=verified; claimed=asserted; estimated=calculated
increase=rise; decline=drop; fall=drop; rise=increase; losses=deficits; loss=deficit; gains=advances
challenge=test; problem=issue; problems=issues; crisis=emergency; conflict=fighting; war=conflict; peace=calm
dispute=row; tension=strain; tensions=strains; fears=worries; concern=worry; concerns=worries; hope=expectation
weeks=several weeks; days=several days; hours=several hours; morning=dawn; evening=night; night=overnight
team=squad; club=side; season=campaign; match=game; players=athletes; fans=supporters; stadium=arena
museum=gallery; objects=items; items=articles; ceremony=event; mission=assignment; site=location
"""


@cache
def synonyms() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for item in _SYNONYMS.replace("\n", ";").split(";"):
        if "=" in item:
            word, alts = item.split("=", 1)
            table.setdefault(word.strip(), []).extend(a.strip() for a in alts.split("|") if a.strip())
    return {k: tuple(dict.fromkeys(v)) for k, v in sorted(table.items())}


STOPWORDS = frozenset(_words("""a, an, the, and, or, but, if, of, to, in, on, at, by, for, with, from, as, is, are, was,
    were, be, been, being, has, have, had, do, does, did, not, no, it, its, this, that, these, those, there, their,
    they, them, he, she, his, her, we, our, you, your, i, me, my, who, whom, which, what, when, where, while, than,
    then, so, such, into, out, up, down, over, under, more, most, less, very, can, could, will, would, should, may,
    might, must, one, two, all, any, some, each, both"""))

# -- English morphology, just enough ---------------------------------------------------------------------
_IRREGULAR = dict(p.split(":") for p in _words("""
    arise:arose, bear:bore, beat:beat, become:became, begin:began, bid:bid, blow:blew, break:broke, bring:brought,
    broadcast:broadcast, build:built, buy:bought, cast:cast, come:came, cost:cost, cut:cut, deal:dealt, dig:dug,
    draw:drew, drive:drove, eat:ate, fall:fell, feel:felt, fight:fought, find:found, fly:flew, forbid:forbade,
    forecast:forecast, forgive:forgave, freeze:froze, get:got, give:gave, go:went, grow:grew, hang:hanged,
    have:had, hide:hid, hit:hit, hold:held, hurt:hurt, keep:kept, know:knew, lay:laid, lead:led, leave:left,
    lend:lent, let:let, lose:lost, make:made, mean:meant, meet:met, mislead:misled, offset:offset, oversee:oversaw,
    override:overrode, overrun:overran, overthrow:overthrew, pay:paid, put:put, quit:quit, rebuild:rebuilt,
    retake:retook, rise:rose, run:ran, say:said, see:saw, seek:sought, sell:sold, send:sent, set:set, shake:shook,
    shed:shed, shoot:shot, shut:shut, sink:sank, sit:sat, slay:slew, speak:spoke, spend:spent, split:split,
    spread:spread, stand:stood, steal:stole, stick:stuck, strike:struck, swear:swore, sweep:swept, take:took,
    teach:taught, tear:tore, tell:told, think:thought, throw:threw, undertake:undertook, uphold:upheld, upset:upset,
    wind:wound, win:won, withdraw:withdrew, withhold:withheld, write:wrote, overtake:overtook, foresee:foresaw"""))
_DOUBLE = frozenset(_words("""ban, bar, beg, club, drop, flog, gag, grab, jam, nab, pin, plan, plot, prod, rob, scrap,
    ship, shun, slam, slap, snub, spur, stab, stop, strip, tap, trap, trim, wrap, rig, stem, step, tag, dam, map, mob,
    admit, commit, submit, permit, omit, acquit, compel, expel, propel, repel, dispel, control, patrol, equip, refer,
    confer, defer, deter, incur, occur, prefer, transfer, regret, abet, embed, outstrip, overstep, kidnap, gun, chip,
    bug"""))


def past(lemma: str) -> str:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma in _DOUBLE:
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if lemma.endswith("c"):
        return lemma + "ked"
    return lemma + "ed"


def plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es" if not noun.endswith("s") or noun.endswith("ss") else noun
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


_UNCOUNTABLE = ("ance", "ence", "ment", "ion", "ness", "ity", "ship", "age", "ism", "ure", "id", "lp", "er", "ing",
                "ice", "ty", "ry", "s")


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _a(phrase: str) -> str:
    return f"{article(phrase)} {phrase}"


# -- dictionaries of the project ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    demonym: str
    capital: str
    places: tuple[str, ...]
    people: tuple[tuple[str, str, dt.date, dt.date | None], ...]
    """(name, title, start, end) of office holders."""
    institutions: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    countries: tuple[Country, ...]
    newsworthy: tuple[Country, ...]
    agents: dict[str, tuple[str, ...]]
    verbs: tuple[dict[str, str], ...]
    regions: tuple[str, ...] = field(default=())


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


@cache
def lexicon() -> Lexicon:
    import pycountry  # a dependency of the project: ISO 3166 alpha-2 -> alpha-3 for curated places

    places: dict[str, list[str]] = {}
    regions: list[str] = []
    for row in _csv(DATA / "gazetteer_curated.csv"):
        country = pycountry.countries.get(alpha_2=row["country_code"]) if row["country_code"] else None
        if country is None:
            regions.append(row["name"])
            continue
        places.setdefault(country.alpha_3, []).append(row["name"])
    people: dict[str, list[tuple[str, str, dt.date, dt.date | None]]] = {}
    for row in _csv(DATA / "actors" / "people.csv"):
        title = ROLE_TITLES.get(row["role"])
        if not title or not row["start"]:
            continue
        end = dt.date.fromisoformat(row["end"][:10]) if row["end"] else None
        people.setdefault(row["iso3"], []).append((row["name"], title, dt.date.fromisoformat(row["start"][:10]), end))
    institutions: dict[str, list[str]] = {}
    for row in _csv(DATA / "actors" / "institutions.csv"):
        institutions.setdefault(row["iso3"], []).append(row["phrase"])
    countries = []
    for row in _csv(DATA / "actors" / "countries.csv"):
        demonyms, capitals = _split(row["demonyms"]), _split(row["capitals"])
        if not demonyms or not capitals:
            continue
        iso3 = row["iso3"]
        countries.append(Country(iso3, row["name"], demonyms[0], capitals[0], tuple(places.get(iso3, ())),
                                 tuple(people.get(iso3, ())), tuple(institutions.get(iso3, ()))))
    agents: dict[str, list[str]] = {}
    for row in _csv(DATA / "actors" / "agents.csv"):
        phrase = row["phrase"]
        if (row["type_code"] in AGENT_TYPES and phrase.islower() and not phrase.endswith("s") and "'" not in phrase
                and phrase not in _NOT_NOUNS):
            agents.setdefault(row["type_code"], []).append(phrase)
    verbs = tuple(r for r in _csv(DATA / "verbs.csv")
                  if r["kind"] in ("verb", "noun") and r["source"] in ("subj", "poss", "between")
                  and r["lemma"].isalpha())
    return Lexicon(countries=tuple(countries), newsworthy=tuple(c for c in countries if c.people),
                   agents={k: tuple(v) for k, v in sorted(agents.items())}, verbs=verbs, regions=tuple(regions))


# -- one article -------------------------------------------------------------------------------------------
@dataclass
class _Story:
    rng: random.Random
    day: dt.date
    a: Country
    b: Country
    c: Country
    place: str
    topic: str

    def pick(self, seq: Sequence[str]) -> str:
        return seq[self.rng.randrange(len(seq))]

    def actor(self, country: Country | None = None) -> str:
        """A phrase naming an actor of ``country``: the country, its capital, a demonym + agent, an office holder."""
        r, c = self.rng, country or self.pick_country()
        roll = r.random()
        holders = [p for p in c.people if p[2] <= self.day and (p[3] is None or self.day <= p[3])]
        if roll < 0.25 and holders:
            name, title, _s, _e = holders[r.randrange(len(holders))]
            return r.choice([f"{c.demonym} {title} {name}", f"{title} {name} of {c.name}", name])
        if roll < 0.45:
            agents = lex().agents[r.choice(AGENT_TYPES[:6] if r.random() < 0.7 else AGENT_TYPES)]
            return f"the {c.demonym} {agents[r.randrange(len(agents))]}"
        if roll < 0.55 and c.institutions:
            inst = c.institutions[r.randrange(len(c.institutions))]
            return inst if inst.startswith("The ") else f"the {inst}"
        if roll < 0.65:
            return c.capital
        return c.name

    def pick_country(self) -> Country:
        return self.rng.choice((self.a, self.b, self.c))

    def when(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            back = r.randrange(0, 5)
            return f"{r.choice(['on', 'on', 'late', 'early'])} {DAYS[(self.day - dt.timedelta(days=back)).weekday()]}"
        if roll < 0.6:
            d = self.day - dt.timedelta(days=r.randrange(1, 20))
            return f"on {MONTHS[d.month - 1]} {d.day}"
        if roll < 0.7:
            return r.choice(["earlier this week", "last week", "this month", "last month", "overnight"])
        return ""

    def where(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return ""
        c = self.pick_country()
        name = c.places[r.randrange(len(c.places))] if c.places and r.random() < 0.6 else c.capital
        return f"{r.choice(['in', 'in', 'near', 'outside'])} {name}"


def lex() -> Lexicon:
    return lexicon()


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def event_sentence(st: _Story) -> str:
    """A sentence built from one ``verbs.csv`` pattern, with actors, a time and sometimes a place."""
    r = st.rng
    row = lex().verbs[r.randrange(len(lex().verbs))]
    lemma, particle = row["lemma"], row["particle"]
    objects, preps = _split(row["objects"]), _split(row["preps"])
    obj = r.choice(objects) if objects else ""
    if obj and r.random() < 0.3 and not obj.endswith(_UNCOUNTABLE):
        obj = plural(obj)
    det_obj = _join("the" if r.random() < 0.5 else (article(obj) if not obj.endswith("s") else ""), obj) if obj else ""
    prep = r.choice(preps) if preps else ""
    a1, a2 = st.actor(st.a), st.actor(st.b)
    tail = _join(st.where(), st.when())
    if row["kind"] == "noun":
        follow = r.choice(["was announced", "drew a sharp response", "was confirmed by officials",
                           "came after weeks of speculation", "was reported", "took place"])
        if row["source"] == "between":
            core = _join(_cap(plural(lemma) if r.random() < 0.5 else lemma), "between", a1, "and", a2)
        elif row["target"] == "place":
            core = _join(f"{_cap(a1)}'s", lemma, f"of {obj}" if obj else "", prep or "in", st.place)
        elif row["target"] == "none":
            core = _join(f"{_cap(a1)}'s", lemma, f"of {obj}" if obj else "")
        else:
            core = _join(f"{_cap(a1)}'s", lemma, f"of {obj}" if obj else "", prep or "with", a2)
        return _join(core, follow, tail) + "."
    verb = _join(past(lemma), particle)
    target = row["target"]
    if target == "pobj":
        core = _join(a1, verb, det_obj, prep, a2)
    elif target == "obj":
        core = _join(a1, verb, a2, f"over {det_obj}" if det_obj and r.random() < 0.3 else "")
    elif target == "place":
        core = _join(a1, verb, det_obj, prep or "in", st.place)
    elif target == "between":
        core = _join(a1, verb, det_obj, "between", a2, "and", st.actor(st.c))
    else:
        core = _join(a1, verb, det_obj)
    sentence = _cap(_join(core, tail)) + "."
    if r.random() < 0.25:
        sentence = sentence[:-1] + f", {r.choice(AGENCIES)} said."
    return sentence


def filler_sentence(st: _Story) -> str:
    """Context, numbers, quotes and reactions: the non-event prose of an article."""
    r = st.rng
    kind = r.randrange(7)
    if kind == 0:
        return _cap(_join(f"the {r.choice(ADJS)} {r.choice(NOUNS)} was", r.choice(VERBS_PAST), "by",
                          st.actor(st.pick_country()), st.when())) + "."
    if kind == 1:
        n = r.choice([r.randrange(2, 99), r.randrange(100, 999), r.randrange(1000, 90000)])
        return (f"{_cap(r.choice(['about', 'more than', 'at least', 'nearly']))} {n:,} {r.choice(PLURALS)} were "
                f"{r.choice(['affected', 'displaced', 'registered', 'questioned', 'evacuated', 'counted'])} "
                f"{_join(st.where(), st.when())}, according to {r.choice(AGENCIES)}.").replace("  ", " ")
    if kind == 2:
        return (f'"{r.choice(QUOTE_OPENERS)} {r.choice(["any", "a", "the"])} {r.choice(ADJS)} {r.choice(NOUNS)} '
                f'on {st.topic}," {st.actor(st.pick_country())} told reporters in {st.pick_country().capital}.')
    if kind == 3:
        return (f"{_cap(st.actor(st.pick_country()))} {r.choice(REACTIONS)}.")
    if kind == 4:
        year = st.day.year - r.randrange(1, 30)
        return (f"{st.a.name} and {st.b.name} have {r.choice(['disputed', 'negotiated', 'discussed', 'shared'])} "
                f"{st.topic} since {year}, when {_a(r.choice(ADJS))} {r.choice(NOUNS)} "
                f"was {r.choice(VERBS_PAST)}.")
    if kind == 5:
        pct = f"{r.randrange(1, 40)}.{r.randrange(10)}"
        return (f"The {r.choice(NOUNS)} {r.choice(['grew', 'shrank', 'rose', 'fell'])} {pct} percent in "
                f"{MONTHS[r.randrange(12)]}, {r.choice(['data from', 'figures published by', 'a report by'])} "
                f"{r.choice(AGENCIES)} showed.")
    return (f"{_cap(r.choice(AGENCIES))} said it would {r.choice(VERBS_BASE)} the {r.choice(NOUNS)} "
            f"{r.choice(ADVERBS)} {r.choice(['after', 'before', 'once', 'unless'])} the {r.choice(NOUNS)} was "
            f"{r.choice(VERBS_PAST)}.")


def compose(rng: random.Random, day: dt.date, *, target_words: int) -> tuple[str, str]:
    """(headline, body) of one original article of about ``target_words`` words."""
    lx = lex()
    a, b = rng.sample(lx.newsworthy, 2)
    c = rng.choice(lx.countries)
    place_country = rng.choice((a, b))
    place = (place_country.places[rng.randrange(len(place_country.places))] if place_country.places
             else place_country.capital)
    st = _Story(rng, day, a, b, c, place, rng.choice(TOPICS))
    title = f"{a.name} {rng.choice(HEADLINE_VERBS)} {b.name} {rng.choice(['over', 'on', 'amid'])} {st.topic}"
    lead = event_sentence(st)
    sentences = [f"{place_country.capital.upper()} — {lead}"]
    words = len(title.split()) + len(lead.split())
    while words < target_words:
        s = event_sentence(st) if rng.random() < 0.4 else filler_sentence(st)
        sentences.append(s)
        words += len(s.split())
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        k = rng.choice((1, 2, 2, 3))
        paragraphs.append(" ".join(sentences[i:i + k]))
        i += k
    return title, "\n\n".join(paragraphs)


# -- rewrites (near-duplicates) ------------------------------------------------------------------------------
_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_SENT_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z0-9(])")


def word_count(text: str) -> int:
    return len(text.split())


def swap_synonyms(text: str, rng: random.Random, fraction: float) -> tuple[str, float]:
    """Replace ``fraction`` of the content words (lower-case, not stop words) with a synonym where the
    table has one; returns the text and the share of content words actually swapped."""
    table = synonyms()
    tokens = list(_TOKEN.finditer(text))
    content = [i for i, m in enumerate(tokens) if m.group().islower() and len(m.group()) > 2
               and m.group() not in STOPWORDS]
    swappable = [i for i in content if tokens[i].group() in table]
    k = min(len(swappable), round(fraction * len(content)))
    chosen = set(rng.sample(swappable, k)) if k else set()
    out: list[str] = []
    last = 0
    for i, m in enumerate(tokens):
        if i in chosen:
            out.append(text[last:m.start()])
            out.append(rng.choice(table[m.group()]))
            last = m.end()
    out.append(text[last:])
    return "".join(out), (k / len(content) if content else 0.0)


def _sentences(body: str) -> list[str]:
    return [s for p in body.split("\n") for s in _SENT_END.split(p.strip()) if s]


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    out, i = [], 0
    while i < len(sentences):
        k = rng.choice((1, 2, 3))
        out.append(" ".join(sentences[i:i + k]))
        i += k
    return "\n\n".join(out)


def reorder(body: str, rng: random.Random) -> str:
    """Shuffle the sentences (the lead stays first, as an editor would keep it) and re-paragraph."""
    sents = _sentences(body)
    rest = sents[1:]
    rng.shuffle(rest)
    return _paragraphs(sents[:1] + rest, rng)


def truncate(body: str, keep: float) -> str:
    """Keep the first ``keep`` share of the words, ending at the end of the sentence reached."""
    sents = _sentences(body)
    total = sum(word_count(s) for s in sents)
    out, n = [], 0
    for s in sents:
        if out and n >= keep * total:
            break
        out.append(s)
        n += word_count(s)
    return "\n\n".join(out)


def add_boilerplate(body: str, rng: random.Random, *, outlet: str, year: int) -> str:
    """Two to four syndication lines at the top and bottom (some of them ingest drops)."""
    lines = []
    for template in rng.sample(BOILERPLATE, rng.randrange(2, 5)):
        lines.append(template.format(outlet=outlet, name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                                     name2=f"{rng.choice(FIRST)} {rng.choice(LAST)}", city=rng.choice(LAST),
                                     year=year, hour=rng.randrange(24), minute=rng.randrange(60)))
    cut = rng.randrange(len(lines) + 1)
    return "\n\n".join([*lines[:cut], body, *lines[cut:]])


REWRITES: dict[str, tuple[str, ...]] = {
    "swap20": ("swap:0.20",), "swap30": ("swap:0.30",), "swap40": ("swap:0.40",), "reorder": ("reorder",),
    "trunc80": ("trunc:0.80",), "trunc60": ("trunc:0.60",), "boiler": ("boiler",),
    "swap30+reorder": ("swap:0.30", "reorder"), "swap30+trunc70+boiler": ("swap:0.30", "trunc:0.70", "boiler"),
    "swap40+trunc60": ("swap:0.40", "trunc:0.60"),
    "all": ("swap:0.40", "reorder", "trunc:0.60", "boiler"),
}
"""Named rewrite recipes (operations applied in order); ``rewrite`` also takes any op tuple."""


def rewrite(title: str, body: str, rng: random.Random, ops: Sequence[str], *, outlet: str = "Harbor Wire",
            year: int = 2024) -> tuple[str, str, float]:
    """A near-duplicate of (title, body) by the given operations; returns (title, body, swapped share)."""
    swapped = 0.0
    for op in ops:
        name, _, arg = op.partition(":")
        if name == "swap":
            body, swapped = swap_synonyms(body, rng, float(arg))
            title, _ = swap_synonyms(title, rng, float(arg))
        elif name == "reorder":
            body = reorder(body, rng)
        elif name == "trunc":
            body = truncate(body, float(arg))
        elif name == "boiler":
            body = add_boilerplate(body, rng, outlet=outlet, year=year)
        else:
            raise ValueError(f"unknown rewrite op {op!r}")
    return title, body, swapped


# -- the stream ----------------------------------------------------------------------------------------------
def _length(rng: random.Random, cfg: SynthConfig) -> int:
    n = int(rng.lognormvariate(math.log(cfg.median_words), 0.35))
    return max(cfg.min_words, min(cfg.max_words - 40, n))


def _url(outlet: str, when: dt.datetime, ident: str) -> str:
    slug = re.sub(r"[^a-z]+", "", outlet.lower())
    return f"https://{slug}.example/news/{when:%Y/%m/%d}/{ident}"


def iter_documents(n: int, *, config: SynthConfig | None = None) -> Iterator[SynthDoc]:
    """``n`` documents, deterministic for ``config.seed``; memory is bounded by ``config.window``."""
    cfg = config or SynthConfig()
    rng = random.Random(cfg.seed)
    start = dt.datetime.fromisoformat(cfg.start).replace(tzinfo=dt.UTC)
    recent: deque[tuple[str, str, str, dt.datetime]] = deque(maxlen=cfg.window)
    for i in range(n):
        ident = f"s{cfg.seed}-{i:07d}"
        outlet = rng.choice(OUTLETS)
        when = start + dt.timedelta(days=i / cfg.docs_per_day, minutes=rng.randrange(0, 240))
        roll = rng.random()
        if recent and roll < cfg.exact_dup_rate + cfg.near_dup_rate:
            orig_id, title, body, orig_when = recent[rng.randrange(len(recent))]
            when = max(when, orig_when + dt.timedelta(minutes=rng.randrange(10, 3000)))
            if roll < cfg.exact_dup_rate:
                yield SynthDoc(ident, title, body, when.isoformat(), outlet, _url(outlet, when, ident), "exact",
                               orig_id)
                continue
            name = rng.choice(sorted(REWRITES))
            t2, b2, _ = rewrite(title, body, rng, REWRITES[name], outlet=outlet, year=when.year)
            yield SynthDoc(ident, t2, b2, when.isoformat(), outlet, _url(outlet, when, ident), "near", orig_id, name)
            continue
        title, body = compose(rng, when.date(), target_words=_length(rng, cfg))
        recent.append((ident, title, body, when))
        yield SynthDoc(ident, title, body, when.isoformat(), outlet, _url(outlet, when, ident), "original")


def _manifest(n: int, cfg: SynthConfig) -> dict[str, Any]:
    return {"generator_version": GENERATOR_VERSION, "n": n, "shard_size": SHARD_SIZE, "config": asdict(cfg)}


def write_corpus(root: Path, n: int, *, config: SynthConfig | None = None) -> dict[str, Any]:
    """Write ``n`` documents as ``part-NNNNN.jsonl`` shards under ``root`` (streamed; cached by manifest)."""
    cfg = config or SynthConfig()
    want = _manifest(n, cfg)
    mpath = root / MANIFEST
    if mpath.is_file():
        have = json.loads(mpath.read_text())
        if {k: v for k, v in have.items() if k != "counts"} == want:
            return dict(have)
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    counts = {"original": 0, "exact": 0, "near": 0}
    words = 0
    fh = None
    try:
        for i, doc in enumerate(iter_documents(n, config=cfg)):
            if i % SHARD_SIZE == 0:
                if fh:
                    fh.close()
                fh = (root / f"part-{i // SHARD_SIZE:05d}.jsonl").open("w", encoding="utf-8")
            fh.write(json.dumps(doc.record(), ensure_ascii=False) + "\n")
            counts[doc.synth_kind] += 1
            words += word_count(doc.title) + word_count(doc.text)
    finally:
        if fh:
            fh.close()
    want["counts"] = {**counts, "mean_words": round(words / max(1, n), 1)}
    mpath.write_text(json.dumps(want, indent=2))
    return want


def ensure_corpus(n: int, *, config: SynthConfig | None = None, base: Path | None = None) -> Path:
    """The folder of an ``n``-document corpus under ``bench/out/corpus``: generated once, or hard-linked
    as a prefix of a larger corpus of the same seed when one exists (needs ``n`` % 1000 == 0)."""
    cfg = config or SynthConfig()
    base = base or OUT / "corpus"
    root = base / f"synth-s{cfg.seed}-{n}"
    want = _manifest(n, cfg)
    if (root / MANIFEST).is_file():
        have = json.loads((root / MANIFEST).read_text())
        if {k: v for k, v in have.items() if k != "counts"} == want:
            return root
    bigger = sorted(base.glob(f"synth-s{cfg.seed}-*")) if base.is_dir() else []
    for other in bigger:
        try:
            have = json.loads((other / MANIFEST).read_text())
        except (OSError, ValueError):
            continue
        same = {k: v for k, v in have.items() if k not in ("counts", "n")} == {k: v for k, v in want.items()
                                                                               if k != "n"}
        if same and have["n"] > n and n % SHARD_SIZE == 0:
            shutil.rmtree(root, ignore_errors=True)
            root.mkdir(parents=True)
            for k in range(n // SHARD_SIZE):
                os.link(other / f"part-{k:05d}.jsonl", root / f"part-{k:05d}.jsonl")
            want["counts"] = {"prefix_of": other.name}
            (root / MANIFEST).write_text(json.dumps(want, indent=2))
            return root
    write_corpus(root, n, config=cfg)
    return root


def digest(docs: Sequence[SynthDoc]) -> str:
    """A sha256 over the records (for determinism checks)."""
    h = hashlib.sha256()
    for d in docs:
        h.update(json.dumps(d.record(), sort_keys=True).encode())
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--out", type=Path, default=None, help="folder (default bench/out/corpus/synth-s<seed>-<n>)")
    ap.add_argument("--seed", type=int, default=SynthConfig().seed)
    args = ap.parse_args()
    cfg = SynthConfig(seed=args.seed)
    if args.out:
        print(json.dumps(write_corpus(args.out, args.n, config=cfg), indent=2))
    else:
        print(ensure_corpus(args.n, config=cfg))


if __name__ == "__main__":
    main()
