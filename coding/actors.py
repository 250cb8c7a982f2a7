"""Actor coding: dictionary mentions over tokens, then noun-phrase resolution over the dependency parse.

Two steps:

1. :class:`ActorIndex` finds dictionary mentions (countries, adjectives, demonyms, capitals, organizations, people,
   agents) by walking a token trie, longest match first, insensitive to case (except acronyms), diacritics,
   possessives and hyphens. It needs only the tokenizer, so the pre-filter can use it before parsing.
2. :func:`resolve_head` turns a noun-phrase head into an actor, combining agents with countries in the shapes news
   uses: `Chinese leader`, `Ukraine's army`, `the President of Ukraine`, `Yu Jun, the head of the Chinese Foreign
   Ministry`. Dated roles are resolved on the event date.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Token

from coding.codebook.model import Codebook, Organization, Person

# Mention kinds, from strongest to weakest as the head of an actor.
PERSON, ORG, COUNTRY, CAPITAL, ADJECTIVE, DEMONYM, AGENT = "person", "org", "country", "capital", "adjective", "demonym", "agent"

_IRREGULAR_PLURALS = {
    "man": "men", "woman": "women", "person": "people", "child": "children", "police": "police",
    "chief": "chiefs", "staff": "staff", "militia": "militias", "people": "people",
}


_HYPHENS = frozenset({"-", "‐", "–"})
_STANCE_PREFIXES = frozenset({"pro", "anti"})
_BACKING = frozenset({"backed", "supported", "sponsored", "funded", "armed", "trained", "aligned", "allied", "affiliated"})
_DUAL_NATIONAL_NOUNS = frozenset({
    "billionaire", "businessman", "businesswoman", "tycoon", "oligarch", "national", "citizen", "dissident", "journalist",
    "reporter", "activist", "academic", "researcher", "scholar", "writer", "artist", "student", "man", "woman", "worker",
    "lawyer", "banker", "philanthropist", "businessmen", "nationals", "citizens", "dual",
})
# Words that may stand before a surname without being a given name ("Mr Biden", "Sen. Sanders" is "Sen" "."), and
# days and months ("Monday Biden ..." in a headline)
_HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sen", "rep", "gen", "lt", "col", "maj", "capt", "adm",
    "gov", "pres", "prof", "rev", "president", "premier", "chancellor", "minister", "secretary", "speaker", "senator",
    "governor", "mayor", "general", "marshal", "admiral", "colonel", "major", "captain", "commander", "chief", "leader",
    "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "imam", "ayatollah", "mullah", "pope", "cardinal",
    "judge", "justice", "ambassador", "envoy", "comrade", "brother", "sister", "former", "late", "veteran", "opposition",
    "rebel", "militia", "warlord", "strongman", "tycoon", "billionaire", "says", "said", "told", "asked", "tells",
})
_CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
_NAME_PARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "bin", "ibn", "bint", "de", "da", "di", "du", "del", "van", "von", "ul"})
_DATELINE_MAX = 16  # tokens: "KYIV, Ukraine, Jan 5 (Reuters) -" and the like
_DATELINE_DASHES = frozenset({"-", "—", "–", "--"})


def _dateline_end(words: Sequence[str]) -> int:
    """The number of tokens of a wire dateline at the start of a text ("KYIV (Reuters) -", "BEIRUT, Jan 5 (AP) —",
    "WASHINGTON —"): a place in capitals, then only names, dates and an agency in brackets, up to a dash. 0: none."""
    first = words[0].replace("'", "").replace("’", "") if words else ""
    if not words or not (first.isupper() and first.isalpha() and len(words[0]) > 2):
        return 0  # ("N'DJAMENA (Reuters) -": a capital's apostrophe is still a dateline's place, people12)
    bracket = False
    for k, word in enumerate(words[1:], start=1):
        if word in _DATELINE_DASHES:
            return k + 1
        if word == "(":
            bracket = True
        elif word == ")":
            bracket = False
        elif not bracket and word[:1].islower():
            return 0  # running text: "WHO warned that ..."
    return 0
_UNSEEN = object()


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case, no diacritics, one apostrophe: the key every dictionary match uses."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("’", "'").replace("‘", "'").lower()


def _plurals(word: str) -> set[str]:
    if word in _IRREGULAR_PLURALS:
        return {_IRREGULAR_PLURALS[word]}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return {word + "es", word}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return {word[:-1] + "ies"}
    if word.endswith("man"):
        return {word[:-3] + "men"}
    return {word + "s"}


def agent_forms(term: str) -> set[str]:
    """The phrases an agent term is matched by: itself and the plurals of its last word."""
    words = term.split()
    if not words:
        return set()
    return {term} | {" ".join([*words[:-1], p]) for p in _plurals(words[-1])}


@dataclass(frozen=True, slots=True)
class Entry:
    """What one dictionary phrase stands for."""

    kind: str
    code: str | None  # full code; None for agents (the role comes with them) and for people (resolved by date)
    role: str | None
    country: str | None
    rule_id: str  # e.g. "actors/countries.yaml:120"
    person: Person | None = None
    case_sensitive: bool = False
    org: Organization | None = None  # an organization with dated codes (a party in government, then in opposition)


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary match in a Doc: tokens [start, end)."""

    start: int
    end: int
    entry: Entry
    text: str
    alternatives: tuple[Entry, ...] = ()  # other people with the same name: the one in office on the day wins
    dateline: bool = False  # "KYIV (Reuters) -": where the story was filed, a hint of its country, no actor of it


class ActorIndex:
    """A token trie over every actor and agent phrase of a codebook."""

    def __init__(self, codebook: Codebook, tokenizer) -> None:
        self._trie: dict = {}
        self._tokenizer = tokenizer
        self._special = frozenset(getattr(tokenizer, "rules", None) or ())  # the tokenizer's special cases ("cannot")
        self._orth_keys: dict[int, str | None] = {}  # a token's ORTH id → its trie key (None: a hyphen, skipped)
        self.size = 0
        for country in codebook.countries:
            rid = str(country.where)
            for name in (country.name, *country.aliases):
                self._add(name, Entry(COUNTRY, country.code, None, country.code, rid))
            for adjective in country.adjectives:
                self._add(adjective, Entry(ADJECTIVE, country.code, None, country.code, rid))
            for demonym in country.demonyms:
                self._add(demonym, Entry(DEMONYM, country.code, None, country.code, rid))
            for capital in country.capitals:
                self._add(capital, Entry(CAPITAL, country.code + "GOV", "GOV", country.code, rid))
            for city in country.cities:
                self._add(city, Entry(COUNTRY, country.code, None, country.code, rid))
        for org in codebook.organizations:
            rid = str(org.where)
            for name in (org.name, *org.aliases):
                self._add(name, Entry(ORG, org.code, org.role, org.country or org.code[:3], rid, org=org if org.roles else None))
        for person in codebook.people:
            rid = str(person.where)
            for name in (person.name, *person.aliases):
                self._add(name, Entry(PERSON, None, None, None, rid, person=person))
        for agent in codebook.agents:
            rid = str(agent.where)
            for form in agent_forms(agent.term):
                self._add(form, Entry(AGENT, None, agent.role, None, rid), agent=True)

    def _keys(self, phrase: str) -> list[str]:
        words = phrase.split()
        if all(w.isalpha() and w not in self._special for w in words):
            return [fold(w) for w in words]  # what the tokenizer gives for letters-only words, without making a Doc
        return [fold(t.text) for t in self._tokenizer(phrase) if t.text not in {"-", "‐", "–"}]

    def _add(self, phrase: str, entry: Entry, *, agent: bool = False) -> None:
        phrase = phrase.strip()
        if not phrase:
            return
        if not agent and len(phrase) <= 4 and phrase.replace(".", "").isupper():
            entry = Entry(entry.kind, entry.code, entry.role, entry.country, entry.rule_id, entry.person, True, entry.org)
        node = self._trie
        for key in self._keys(phrase):
            node = node.setdefault(key, {})
        entries = node.setdefault(None, [])
        if entry not in entries:
            entries.append(entry)
            self.size += 1

    def find(self, doc: Doc) -> list[Mention]:
        """Longest-first, left-to-right, non-overlapping dictionary matches."""
        # Keys by the tokens' ORTH ids: one array read per Doc, no Token object per word (the pre-filter runs this on
        # every sentence of a corpus).
        orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist() if len(doc) else ([], [])
        cache = self._orth_keys
        if len(cache) > 200_000:  # bounded, like fold's cache: a long stream meets ever new words
            cache.clear()
        strings = doc.vocab.strings
        found = list(map(cache.get, orths, itertools.repeat(_UNSEEN)))
        if _UNSEEN in found:
            for i, key in enumerate(found):
                if key is _UNSEEN:
                    text = strings[orths[i]]
                    found[i] = cache[orths[i]] = None if text in _HYPHENS else fold(text)
        at = [i for i, key in enumerate(found) if key is not None]  # token index of each key: hyphens are skipped
        keys: list[str] = [found[i] for i in at]
        trie = self._trie
        mentions: list[Mention] = []
        dateline = _dateline_end([strings[o] for o in orths[:_DATELINE_MAX]]) if orths and strings[orths[0]].isupper() else 0
        i = 0
        n = len(keys)
        for start in [k for k, key in enumerate(keys) if key in trie]:  # where a dictionary phrase can start
            if start < i:
                continue  # inside the mention found last
            i = start
            node, best, j = trie, None, i
            while j < n and keys[j] in node:
                node = node[keys[j]]
                j += 1
                if None in node:
                    texts = [strings[orths[at[k]]] for k in range(i, j)]
                    candidates = [e for e in node[None] if self._accepts(e, texts)]
                    if candidates:
                        best = (j, candidates)
            if best is None:
                continue
            j, candidates = best
            entry = _prefer(candidates)
            first, last = at[i], at[j - 1]
            if first >= 2 and strings[orths[first - 1]] in _HYPHENS and fold(strings[orths[first - 2]]) in _STANCE_PREFIXES:
                # "pro-Russian rebels", "anti-American protesters", "pro-Kremlin media": a stance towards a country,
                # not a part of it (the rebels are Ukrainian, the protesters where they march)
                i = j
                continue
            if last + 2 < len(orths) and strings[orths[last + 1]] in _HYPHENS and self._not_its_own(entry, [strings[o] for o in orths[last + 2 : last + 4]]):
                # "Rwandan-backed rebels", "Russian-backed separatists": those a country backs are not its own;
                # "Russian-Armenian billionaire", "Iranian-American journalist": the last nationality is the person's
                i = j
                continue
            if entry.kind == PERSON and j - i == 1 and first > 0 and self._another_bearer(entry, doc, orths[first - 1], mentions, first):
                # "Hunter Biden", "Jill Biden", "Betssy Chavez": a surname the dictionary lists alone, after a given
                # name it does not know, is someone else of that name
                i = j
                continue
            if entry.kind == PERSON and j - i == 1 and self._second_barrel(entry, orths, spaces, strings, first, mentions):
                # "Clementine Nkweta-Salami", "Ana Garcia-Sanchez": a surname the dictionary lists alone, joined by a
                # hyphen to a name it does not know, is the end of someone else's double surname
                i = j
                continue
            others = tuple(e for e in candidates if e.kind == PERSON and e is not entry) if entry.kind == PERSON else ()
            text = "".join(strings[orths[k]] + (" " if spaces[k] else "") for k in range(first, last)) + strings[orths[last]]
            mentions.append(Mention(first, last + 1, entry, text, others, first < dateline))  # the text of doc[first : last + 1]
            i = j
        return mentions

    @staticmethod
    def _another_bearer(entry: Entry, doc: Doc, prev_orth: int, mentions: list[Mention], first: int) -> bool:
        """Is the word before a one-word name a given name not the person's own: a capitalized word that is no
        dictionary phrase, title, honorific, day, month or common word ("Hunter" before "Biden", not "President" or
        "Mr" or "When")?"""
        person = entry.person
        if person is None or " " not in person.name.strip() or (mentions and mentions[-1].end == first):
            return False
        prev = doc.vocab.strings[prev_orth]
        if not (prev.isalpha() and len(prev) > 1 and prev[0].isupper() and prev[1:].islower()):
            return False
        word = fold(prev)
        if word in _HONORIFICS or word in _CALENDAR_WORDS or doc.vocab[prev_orth].is_stop:
            return False
        own = {fold(w) for n in (person.name, *person.aliases) for w in n.replace("-", " ").split()}
        return word not in own

    @staticmethod
    def _second_barrel(entry: Entry, orths: list[int], spaces: list[int], strings, first: int, mentions: list[Mention]) -> bool:
        """Is the one-word name at ``first`` glued by a hyphen to a capitalized word before it that is no dictionary
        phrase and no word of the person's own names ("Nkweta-Salami"; not "Biden-Harris", "Putin-Xi")?"""
        if first < 2 or strings[orths[first - 1]] not in _HYPHENS or spaces[first - 2] or spaces[first - 1]:
            return False
        if mentions and mentions[-1].end == first - 1:
            return False  # "the Biden-Harris administration", "the Putin-Xi summit": two people
        prev = strings[orths[first - 2]]
        if not (prev.isalpha() and prev[:1].isupper()) or fold(prev) in _STANCE_PREFIXES:
            return False
        person = entry.person
        own = {fold(w) for n in (person.name, *person.aliases) for w in n.replace("-", " ").split()} if person is not None else set()
        return fold(prev) not in own

    def _not_its_own(self, entry: Entry, after: list[str]) -> bool:
        """Is a country's name or adjective before a hyphen no one's identity: "-backed", "-supported" ... after it, or
        a second nationality and a person ("Russian-Armenian billionaire")? Not two parties ("Russia-Ukraine war",
        "Israeli-Palestinian talks")."""
        if entry.kind not in (COUNTRY, ADJECTIVE, DEMONYM) or not after:
            return False
        word = after[0].lower()
        if word in _BACKING:
            return True
        if entry.kind == COUNTRY or len(after) < 2 or not after[0][:1].isupper():
            return False
        second = self._trie.get(fold(after[0]), {}).get(None, [])
        return any(e.kind == ADJECTIVE for e in second) and (after[1].lower() in _DUAL_NATIONAL_NOUNS or after[1][:1].isupper())

    @staticmethod
    def _accepts(entry: Entry, texts: Sequence[str]) -> bool:
        if entry.case_sensitive:
            return all(t.replace(".", "").isupper() for t in texts)
        if entry.kind == AGENT:
            return True
        # Proper names must be written as names: 'china' in lower case is porcelain, 'turkey' a bird. A name may start
        # with a particle written in lower case mid-sentence ("al-Shabaab", "el-Sisi", "bin Salman", "de Klerk"), and a
        # name listed with its article is written with it in lower case mid-sentence ("between the Emirates and ...").
        # A name whose first word has a capital inside it ("uMkhonto we Sizwe", "eThekwini") is written as a name too.
        return (
            texts[0][:1].isupper()
            or ((texts[0] in _NAME_PARTICLES or texts[0] == "the") and len(texts) > 1 and texts[1][:1].isupper())
            or (texts[0][:1].islower() and any(c.isupper() for c in texts[0][1:]) and texts[0].isalpha())
        )


_PREFERENCE = {PERSON: 0, ORG: 1, COUNTRY: 2, CAPITAL: 3, ADJECTIVE: 4, DEMONYM: 5, AGENT: 6}


def _prefer(entries: list[Entry]) -> Entry:
    if len(entries) == 1:
        return entries[0]
    return min(entries, key=lambda e: _PREFERENCE[e.kind])


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: what goes into the source_/target_ columns."""

    code: str
    country: str | None
    role: str | None
    text: str
    rule_id: str
    kind: str  # the kind of the mention that carried the identity: person, org, country, capital, agent …
    head: int  # token index of the noun-phrase head
    noun: str = ""  # lemma of the head noun: tells "the spokesman" (he, she) from "the ministry" (it)

    @property
    def personal(self) -> bool:
        return self.kind == PERSON or (self.kind == AGENT and self.noun in PERSON_NOUNS)


def split_code(code: str) -> tuple[str, str | None]:
    """`UKRGOV` → (`UKR`, `GOV`); `IGOUNO` → (`IGO`, `UNO`)."""
    return code[:3], (code[3:6] or None)


class MentionMap:
    """Token index → the dictionary mention covering it, for one sentence Doc."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention]) -> None:
        self.doc = doc
        self.mentions = list(mentions)
        self.by_token: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def get(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)


_NAMED_KINDS = (PERSON, ORG, COUNTRY, CAPITAL)
_COUNTRYISH = (COUNTRY, CAPITAL, ADJECTIVE, DEMONYM, ORG, PERSON)
_LEFT_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod", "nummod", "advmod"}  # advmod: "Israeli-linked ships"
# Role nouns only in the plural: "the unions" are labour unions, "the union" is as often the European Union.
PLURAL_ROLES = {"unions": "LAB"}
# a blow or a weapon "in" a place is no arm of the place's state: "killed by a drone strike in Beirut" (react12)
STRIKE_HEADS = frozenset({"strike", "airstrike", "attack", "bombing", "drone", "missile", "rocket", "bomb", "raid", "shelling"})
SEAT_WORDS = {"based", "headquartered"}  # a place on these names the seat of a group, not its country
_OF_PREPS = {"of", "for", "from", "in", "at"}
# Nouns of a gathering: a place "in" or "at" one is where it is held, not the country of those who gather
GATHERING_HEADS = frozenset({"meeting", "summit", "talk", "talks", "conference", "gathering", "session", "forum"})
# Role nouns for people (he, she); other role nouns are institutions (it, they).
PERSON_NOUNS = {
    "president", "minister", "leader", "spokesman", "spokeswoman", "spokesperson", "official", "chief", "head",
    "ambassador", "envoy", "diplomat", "king", "queen", "prince", "princess", "premier", "chancellor", "secretary",
    "commander", "general", "counterpart", "emir", "sultan", "monarch", "governor", "mayor", "senator", "lawmaker",
    "judge", "prosecutor", "negotiator", "representative", "officer", "soldier", "dictator", "ruler", "crown",
    "foreign minister", "prime minister", "vice president", "deputy", "adviser", "advisor", "aide", "sheikh",
    "reporter", "journalist", "correspondent", "activist", "dissident", "lawyer", "candidate", "cleric", "mediator",
    # actors14: people's titles a story names a stranger by ("Opposition politician Marinika Tepic", "the speaker")
    "politician", "figure", "critic", "legislator", "chairman", "chairwoman", "chairperson", "speaker",
}
# Roles of groups outside the state: their leaders, commanders and forces are of the group ("rebel leaders" → REB).
NONSTATE_ROLES = {"REB", "SEP", "RAD", "OPP", "INS", "CVL", "LAB", "EDU", "CRM", "HRI", "AGR", "REF"}
ARMED_ROLES = {"REB", "SEP", "RAD", "INS"}  # armed groups: their leaders and fighters are the group
# ... the people of a group (not its institutions: "the Taliban-run ministry" is a ministry)
GROUP_PEOPLE = {
    "leader", "commander", "chief", "head", "fighter", "militant", "gunman", "spokesman", "spokeswoman", "spokesperson",
    "official", "force", "troop", "soldier", "negotiator", "delegation", "envoy", "representative", "member",
}
# Nouns that stand for a part of the group named after them: "the head of X", "members of X".
GROUP_HEADS = {
    "head", "chief", "member", "representative", "delegation", "envoy", "official", "part", "side", "leadership",
    "spokesman", "spokeswoman", "spokesperson", "leader", "unit", "force", "wing", "branch", "faction", "camp",
    "thousand", "hundred", "dozen", "million", "group", "number", "crowd", "team", "contingent", "band", "some",
    "many", "most", "all", "one", "two", "several",
}
# Nouns of a person who presides over the body in the "of" phrase: "the chair of the Norwegian Nobel Committee", "the
# speaker of Ukraine's parliament" are of that body, when it is a body (an organization or a role of a state), not a
# bare country or party name read as its country ("chairman of the Taiwan People's Party") (actors14)
CHAIR_HEADS = {"chair", "chairman", "chairwoman", "chairperson", "speaker"}

# "supporters of X": people of X's country who back X (X's own role only when X is a group outside the state)
SUPPORTER_HEADS = {"supporter", "follower", "loyalist", "partisan", "backer", "sympathizer", "sympathiser"}
# people a party has and a news agency has not (see _resolve_head: "PTI supporters" are no Press Trust of India's)
PARTISAN_HEADS = SUPPORTER_HEADS | {"activist", "lawmaker", "candidate", "voter", "worker", "legislator", "member", "leader", "chairman"}


def _entry_actor(m: Mention, day: dt.date, head: Token) -> tuple[str | None, str | None, str | None]:
    """(code, country, role) that a mention carries on ``day``."""
    e = m.entry
    if e.kind == PERSON and m.alternatives:
        for alt in (e, *m.alternatives):
            r = alt.person.role_on(day) if alt.person else None
            if r and (r.since is None or r.since <= day) and (r.until is None or day <= r.until):
                e = alt
                break
    if e.kind == PERSON and e.person is not None:
        role = e.person.role_on(day)
        if role is None:
            return None, None, None
        country, r = split_code(role.code)
        return role.code, country, r
    if e.kind == AGENT:
        return None, None, e.role
    if e.org is not None:  # a party's code on the day: GOV while it governs, OPP in opposition
        dated = e.org.role_on(day)
        if dated is not None:
            country, r = split_code(dated.code)
            return dated.code, country, r
    country = e.country or (e.code[:3] if e.code else None)
    return e.code, country, e.role


def _left_modifiers(head: Token) -> Iterable[Token]:
    """Tokens that modify ``head`` from its left, recursively (adjectives, compounds, possessors)."""
    stack = [c for c in head.lefts if c.dep_ in _LEFT_DEPS]
    while stack:
        tok = stack.pop(0)
        yield tok
        if tok.lower_ in SEAT_WORDS:
            continue  # "the New York-based group", "a London-headquartered firm": where it sits, not whose it is
        stack.extend(c for c in tok.children if c.dep_ in _LEFT_DEPS or c.dep_ == "case")


def resolve_head(head: Token, mmap: MentionMap, day: dt.date, *, depth: int = 0) -> tuple[Actor | None, str | None]:
    """The actor a noun-phrase head stands for, or (None, role) when only a role noun was found.

    The role-only result lets the caller try coreference (`the president said …`).
    """
    actor, role = _resolve_head(head, mmap, day, depth=depth)
    if actor is not None:
        noun = head.lemma_.lower()
        if head.pos_ == "PROPN" and actor.kind == AGENT and head.i not in mmap.by_token:
            # "Prime Minister Kyriakos Mitsotakis": a name behind a title is a person of that title (he, she)
            title = next((t for t in head.lefts if t.dep_ == "compound" and (tm := mmap.get(t)) is not None and tm.entry.kind == AGENT and tm.end - 1 == t.i), None)
            if title is None:
                # "Abdirahman Hassan, a commander of the Somali army": a name with a title in apposition is a person too
                title = next((c for c in head.rights if c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS), None)
            noun = title.lemma_.lower() if title is not None else noun
        actor = Actor(actor.code, actor.country, actor.role, actor.text, actor.rule_id, actor.kind, actor.head, noun)  # not replace(): it runs per head
    return actor, role


def _resolve_head(head: Token, mmap: MentionMap, day: dt.date, *, depth: int = 0) -> tuple[Actor | None, str | None]:
    if depth > 3:
        return None, None
    m = mmap.get(head)
    code = country = role = None
    kind = None
    rule = ""
    if m is None and head.lower_ in PLURAL_ROLES:
        role, kind = PLURAL_ROLES[head.lower_], AGENT  # "French unions": a word that is a role only in the plural
    if m is not None:
        code, country, role = _entry_actor(m, day, head)
        kind, rule = m.entry.kind, m.entry.rule_id
        if m.entry.kind in (PERSON, ORG):
            if code:
                return Actor(code, country, role, _np_text(head), rule, kind, head.i), None
            return None, None
        if m.entry.kind == DEMONYM:
            # "ethnic Albanians in southern Serbia", "the Albanians of Serbia": a people is coded where it lives
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ in ("in", "of"):
                    for pobj in child.children:
                        inner = resolve_head(pobj, mmap, day, depth=depth + 1)[0] if pobj.dep_ == "pobj" else None
                        if inner is not None and inner.kind in (COUNTRY, CAPITAL) and inner.country != country:
                            return Actor(inner.country + (role or ""), inner.country, role, _np_text(head), inner.rule_id, DEMONYM, head.i), None
            # "Bosnian Serbs", "Iraqi Turkmens": a people named by another country's adjective lives in that country
            for tok in head.lefts:
                lm = mmap.get(tok) if tok.dep_ in ("amod", "compound", "nmod") else None
                if lm is not None and lm.entry.kind in (ADJECTIVE, COUNTRY) and lm.entry.country not in (None, country) and (tok.i == 0 or tok.nbor(-1).text not in _HYPHENS):
                    return Actor(lm.entry.country + (role or ""), lm.entry.country, role, _np_text(head), lm.entry.rule_id, DEMONYM, head.i), None
    # "his Chinese counterpart Xi Jinping": a named appositive says who the noun phrase is.
    for child in head.children:
        if child.dep_ == "appos" and depth < 3 and not (child.pos_ == "PROPN" and any(c.dep_ == "conj" for c in (*child.children, *head.children))):
            # (not a list the parser reads as an appositive: "The United States, the European Union and NATO", react12)
            am = mmap.get(child)
            if am is not None and am.entry.kind in (PERSON, ORG):
                inner, _ = resolve_head(child, mmap, day, depth=depth + 1)
                if inner is not None:
                    return Actor(inner.code, inner.country, inner.role, _np_text(head), inner.rule_id, inner.kind, head.i), None
    # An agent noun, or a plain noun: look for the country among the left modifiers.
    role_from_left = None
    for tok in _left_modifiers(head):
        lm = mmap.get(tok)
        if lm is None:
            continue
        lcode, lcountry, lrole = _entry_actor(lm, day, tok)
        if lm.entry.kind == AGENT:
            if head.lemma_.lower() not in GATHERING_HEADS:  # "a ministers' meeting" is no minister
                role_from_left = role_from_left or lrole
            continue
        if lm.entry.kind == ORG and lcode and kind == AGENT and (role in ("GOV", "MIL") or role in ARMED_ROLES) and lrole in ARMED_ROLES and head.lemma_.lower() in GROUP_PEOPLE:
            # "FARC leader Rodrigo Londono", "Hamas commanders", "Taliban fighters": an armed group's leaders and
            # fighters are the group (as "rebel leaders" are rebels), not a government or an army; "Hamas fighters",
            # "al-Shabaab militants" are the group itself, not rebels of its country (what "the group" refers back to)
            return Actor(lcode, lcountry, lrole, _np_text(head), lm.entry.rule_id, ORG, head.i), None
        if lm.entry.kind == ORG and lrole == "MED" and head.lemma_.lower() in PARTISAN_HEADS:
            continue  # "PTI supporters", "PTI lawmakers": a news agency has no supporters; the letters are a party's
        if lm.entry.kind == ORG and lcode and lcode[:3] in BODIES and kind is None and _members_of_body(head):
            return None, None  # "a NATO member", "EU member states": members of a body are not the body
        if lm.entry.kind == ORG and lcode and lcode[:3] in BODIES and lcountry == lcode[:3] and not _members_of_body(head):
            # "European Union leaders", "NATO commanders": a body with no country of its own acts through its leaders,
            # officials and forces (not IGO + GOV, a code of no one)
            return Actor(lcode, lcountry, lrole, _np_text(head), lm.entry.rule_id, AGENT, head.i), None  # (no antecedent of "the group")
        if lm.entry.kind in (PERSON, ORG) and lcode and kind is None:
            # "Putin's spokesman", "NATO troops": the group's country, the head's role.
            country = country or lcountry
            rule = rule or lm.entry.rule_id
            if role is None:
                return Actor(lcode, lcountry, lrole, _np_text(head), lm.entry.rule_id, lm.entry.kind, head.i), None
            continue
        if lcountry and country is None:
            country = lcountry
            rule = rule or lm.entry.rule_id
            if lm.entry.kind == CAPITAL and role is None and kind is None:
                role = "GOV"
    if role in ("GOV", "MIL") and role_from_left in NONSTATE_ROLES:
        role = role_from_left  # "rebel leaders", "militia commander", "rebel forces": the group's leader or arm
    role = role or role_from_left
    if country is None:
        # "the President of Ukraine", "the head of the Chinese Foreign Ministry"
        owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in head.children)
        for child in head.rights:
            if child.lower_ in ("in", "at") and head.lemma_.lower() in GATHERING_HEADS:
                continue  # "Foreign ministers meeting in Cairo" (the model's noun "meeting"): where they met, not whose
            if child.lower_ in ("in", "at") and foreign_head(head):
                continue  # "foreign governments in Hong Kong's affairs", "foreign fighters in Syria": not the place's
            if child.dep_ == "prep" and child.lower_ in _OF_PREPS and not (child.lower_ in ("in", "at") and (owned or head.lemma_.lower() in STRIKE_HEADS)):
                # ("its largest military operation in the West Bank", "their troops in Syria": the possessor's, not the
                # place's; coreference finds the possessor)
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        inner, inner_role = resolve_head(pobj, mmap, day, depth=depth + 1)
                        if inner is not None and inner.country and role is None and child.lower_ == "of" and head.lemma_.lower() in SUPPORTER_HEADS:
                            # "supporters of former President Ben Bella": his country's people, not his office
                            srole = inner.role if inner.role in NONSTATE_ROLES else "CVL"
                            return Actor(inner.country + srole, inner.country, srole, _np_text(head), inner.rule_id, AGENT, head.i), None
                        if inner is not None and inner.kind == ORG and inner.code[:3] in BODIES and inner.country == inner.code[:3] and (role is not None or head.lemma_.lower() in GROUP_HEADS or head.lemma_.lower() in CHAIR_HEADS):
                            # a body with no country ("Leaders of the Group of Seven", "members of the alliance"): its
                            # leaders and officials speak for it; its members are others
                            if _members_of_body(head):
                                return None, None
                            return Actor(inner.code, inner.country, inner.role, _np_text(head), inner.rule_id, ORG, head.i), None
                        if inner is not None and inner.kind == ORG and child.lower_ == "of" and role == "GOV" and (inner.role in NONSTATE_ROLES or inner.role in ("PTY", "NGO", "BUS", "MED")):
                            # "Frederick Rubongoya, secretary general of the National Unity Platform", "the head of the
                            # Kenya Human Rights Commission": an officer of a party, movement or group is of it, not
                            # of his country's government (people12)
                            return Actor(inner.code, inner.country, inner.role, _np_text(head), inner.rule_id, ORG, head.i), None
                        if inner is not None and (role is not None or (child.lower_ == "of" and (head.lemma_.lower() in GROUP_HEADS or (
                            head.lemma_.lower() in CHAIR_HEADS and inner.role is not None and inner.kind in (ORG, AGENT) and inner.rule_id != "locus")))):
                            country = inner.country
                            role = role or inner.role
                            rule = rule or inner.rule_id
                            if inner.country and inner.code[:3] != inner.country:  # an IGO member body
                                return Actor(inner.code, inner.country, inner.role, _np_text(head), rule, AGENT, head.i), None
                            break
                        if inner is None and inner_role and child.lower_ == "of" and head.lemma_.lower() in GROUP_HEADS:
                            role = role or inner_role  # "thousands of protesters": the role, for coreference and places
            if country:
                break
    if country is None:
        # "Yu Jun, the head of the Chinese Foreign Ministry": the appositive names the role.
        for child in head.children:
            if child.dep_ == "appos":
                inner, inner_role = resolve_head(child, mmap, day, depth=depth + 1)
                if inner is not None:
                    return Actor(inner.code, inner.country, inner.role, _np_text(head), inner.rule_id, inner.kind, head.i), None
                role = role or inner_role
    if country is None:
        if foreign_head(head):
            return None, None  # "foreign journalists", "foreign fighters": no one's by the place or the story they are in
        return None, role
    code = country + (role or "") if not (code and kind in (COUNTRY, CAPITAL) and role is None) else code
    if kind == CAPITAL:
        code = country + "GOV" if role in (None, "GOV") else country + role
    return Actor(code, country, role, _np_text(head), rule, kind or AGENT, head.i), None


def foreign_head(head: Token) -> bool:
    """Is the noun phrase people or bodies called foreign ("foreign governments", "foreign fighters", "overseas
    donors")? Not a foreign ministry, minister or office: those are a portfolio of the state."""
    return head.lemma_.lower() not in _PORTFOLIO_HEADS and any(c.dep_ in ("amod", "compound") and c.lower_ in ("foreign", "overseas") for c in head.lefts)


_PORTFOLIO_HEADS = frozenset({"ministry", "minister", "secretary", "office", "affair", "affairs", "policy", "service", "committee", "department"})

BODIES = {"IGO", "NGO"}  # codes of bodies with no country of their own
MEMBER_NOUNS = {"member", "members", "state", "states", "country", "countries", "nation", "nations", "ally", "allies"}


def _members_of_body(head: Token) -> bool:
    """Is the noun phrase the members of a body ("member", "member states", "member countries")? Not its staff
    ("United Nations staff members", "NATO staff members" work for the body)."""
    lemma = head.lemma_.lower()
    if lemma == "member" and any(c.lemma_.lower() in ("staff", "crew") and c.dep_ in ("compound", "amod", "nmod") for c in head.lefts):
        return False
    return lemma == "member" or (lemma in MEMBER_NOUNS and any(c.lemma_.lower() == "member" and c.dep_ in ("compound", "amod", "nmod") for c in head.lefts))


def _np_text(head: Token) -> str:
    """The words of the noun phrase up to its head and its name, without clauses or long tails."""
    left = head.left_edge
    for tok in head.lefts:
        if tok.dep_ in ("relcl", "acl", "appos", "cc", "conj", "prep") or (tok.dep_ == "punct" and tok.text not in "-‐"):
            left = tok.doc[tok.i + 1]
    start = left.i
    end = head.i + 1
    for tok in head.rights:
        if tok.dep_ in ("flat", "compound") or (tok.dep_ == "prep" and tok.lower_ == "of"):
            end = tok.right_edge.i + 1
        else:
            break
    text = span_text(head.doc, start, end)
    return text if len(text) <= 80 else head.text


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (start < end), without making the Span: slicing a Doc and reading a Span's text cost
    some 30 µs, forty times this."""
    return "".join([doc[i].text_with_ws for i in range(start, end - 1)]) + doc[end - 1].text


# "Rights groups", "human rights organisations", "a rights watchdog": with no country, owner or name of their own, the
# international human-rights NGOs that news quotes (Amnesty, Human Rights Watch...), coded NGOHRI as most golds do.
# A local, domestic or named one ("local rights groups", "Kurdish rights groups", "rights groups in Tunisia") is left
# to the story's country rules.
_RIGHTS_HEADS = {"group", "organization", "organisation", "watchdog", "ngo", "body", "monitor", "campaigner", "advocate"}
_LOCAL_WORDS = {"local", "domestic", "national", "opposition", "grassroots", "provincial", "regional", "state", "indigenous"}
_OPEN_WORDS = {"human", "rights", "international", "leading", "prominent", "major", "several", "many", "some", "other", "two",
    "three", "independent", "aid", "humanitarian", "relief", "ngos", "ngo"}
_PRESS_WORDS15 = {"press", "media"}  # groups15: the press freedom groups (agents_groups15.yaml)
_OPEN_WORDS |= {"press", "media", "freedom"}
_AID_HEADS = {"group", "agency", "organization", "organisation", "charity", "ngo"}
_AID_WORDS = {"aid", "humanitarian", "relief", "non-governmental", "nongovernmental", "international"}
RIGHTS_GROUP_RULE = "agent.rights_group.international"


def rights_group_actor(head: Token, role: str = "HRI") -> Actor | None:
    """NGOHRI for a bare plural or indefinite rights group at ``head`` ("Rights groups said", "human rights groups have
    accused"), NGO for a bare aid group ("aid agencies", "international NGOs"); None when anything in the phrase says
    whose it is."""
    lemma = head.lemma_.lower()
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss", "prep", "det", "nummod", "acl", "appos")]
    words = {c.lower_ for m in mods for c in m.subtree}
    if role == "HRI":
        if lemma not in _RIGHTS_HEADS or ("rights" not in words and words.isdisjoint(_PRESS_WORDS15)):
            return None  # groups15: "press freedom groups", "media watchdogs" are rights groups of the press
        code = "NGOHRI"
    elif role == "NGO":
        if not (lemma in _AID_HEADS and words & _AID_WORDS or head.lower_ in ("ngos", "ngo")) or head.tag_ not in ("NNS", "NNPS"):
            return None  # plural only: "an aid worker", "the charity" are people or a body the story names
        code = "NGO"
    else:
        return None
    if words & _LOCAL_WORDS:
        return None
    for c in mods:
        if c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children):
            continue  # "accused rights groups of meddling": the charge, not whose groups
        if c.dep_ in ("poss", "appos") or (c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "at") and any(g.dep_ == "pobj" for g in c.children)):
            return None  # "Tunisia's rights groups", "rights groups in Tunisia", "the rights group Cristosal"
        if c.dep_ == "det" and c.lower_ in ("the", "this", "that", "its", "their") and not (
            c.lower_ == "the" and head.tag_ in ("NNS", "NNPS") and any(r.dep_ == "relcl" for r in head.children)
        ):
            return None  # "the rights group": one the story named before; not "the rights groups that brought the case"
        for t in c.subtree:
            if t.text[:1].isupper() and t.lower_ not in _OPEN_WORDS and not (t.i == t.sent.start and t.pos_ in ("DET", "NUM")):
                return None  # "Kurdish rights groups", "Cristosal rights group"
    # no country: a bare "police" or "government" in its sentence is never the NGO's own (NGOCOP)
    return Actor(code, None, role, _np_text(head), RIGHTS_GROUP_RULE, AGENT, head.i, lemma)
