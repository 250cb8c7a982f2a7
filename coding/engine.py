"""The coder: articles → sentences → (pre-filter) → parse → actors → verb matches → events.

A :class:`Coder` is built once per process from a codebook and a spaCy pipeline. Its stages are pure: the same
article, codebook and model always give the same events.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol, Self

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from coding import PIPELINE_VERSION
from coding.actors import (
    PERSON_NOUNS,
    ADJECTIVE,
    AGENT,
    ARMED_ROLES,
    CAPITAL,
    COUNTRY,
    DEMONYM,
    GATHERING_HEADS,
    ORG,
    PERSON,
    PLURAL_ROLES,
    SEAT_WORDS,
    Actor,
    ActorIndex,
    Mention,
    NONSTATE_ROLES,
    SUPPORTER_HEADS,
    MentionMap,
    fold,
    _DATELINE_MAX,
    _NAME_PARTICLES,
    _dateline_end,
    _np_text,
    foreign_head,
    resolve_head,
    rights_group_actor,
    span_text,
)
from coding.clean import split_sentences
from coding.codebook.model import Codebook
from coding.footprint import doc_words
from coding.dates import event_date
from coding.nlp import model_id
from coding.records import Article, CodingResult, Event, Sentence
from coding.rules import compile_lemmatizer, compile_ruler
from coding.patterns import Slot, Word, stems
from coding.verbs import (
    ALLEGATION_NOUNS,
    list_prep,
    DENIAL_VERBS,
    INTENT_GOVERNORS,
    PARTY_OBJECT_VERBS,
    RAW_PATTERN,
    SPEECH_VERBS as REPORTING_VERBS,
    Attempt,
    bare_object,
    blocked_reason,
    mood,
    PatternMatch,
    SentenceTrace,
    VerbIndex,
    conjuncts,
    doc_arrays,
    doc_labels,
    labelled,
    forget_parse_views,
    has_lower,
    in_subtree,
    lower_words,
    match_sentence,
    is_passive,
    repair_misread_verbs,
    purpose_of_contact,
    repair_origin_phrases,
    repair_split_quote,
    repair_stranded_conjuncts,
    repair_trailing_denial,
    subject_of,
)
from coding.verbs import doc_lemmas  # Token.lemma_.lower() per token, from the Doc's columns (speed14)
from coding.verbs import doc_children as _doc_children  # (speed14)

LOCATIVE_PREPS = {"in", "at", "near", "across", "around", "inside", "outside", "along"}
PRONOUNS_PERSONAL = {"he", "she", "him", "her"}
PRONOUNS_GROUP = {"it", "they", "them"}
PRONOUNS = PRONOUNS_PERSONAL | PRONOUNS_GROUP
POSSESSIVES = {"its": "it", "their": "they", "his": "he", "her": "she"}
# "the two leaders", "both sides" refer to the two most recent actors.
PAIR_NOUNS = {
    "leader", "side", "country", "nation", "government", "president", "rival", "neighbour", "neighbor", "state",
    "minister", "party", "delegation", "capital", "power", "army", "foe", "ally", "partner", "counterpart",
    "general", "commander", "chief", "faction", "camp", "enemy", "adversary", "belligerent", "military", "force",
    "envoy", "negotiator", "man", "woman",
}
COUNTRY_PAIR_NOUNS = {"country", "nation", "state", "government", "capital", "neighbour", "neighbor"}  # two countries
# a delegation stands for its country; "both generals" are two people
PERSONAL_PAIR_NOUNS = {"leader", "president", "minister", "counterpart", "general", "commander", "chief", "envoy", "negotiator", "man", "woman"}
# "police arrested protesters": a bare role noun acted on by the state's own agencies is of the same country.
DOMESTIC_SOURCES = {"GOV", "COP", "JUD", "SPY"}
STATE_FORCES = DOMESTIC_SOURCES | {"MIL"}  # what acts for a state: never a protester
# ... except in a politician's or a judge's dissent: resigning in protest, walking out of a sitting, boycotting it
# (verbs/14_protest_politics.yaml)
POLITICAL_DISSENT = "protest.politics."
# The locus (the country a story is about) is named this often at least, and at least LOCUS_SHARE times as often as
# the other countries together (so a tie is never a locus).
LOCUS_MIN_MENTIONS = 2
LOCUS_SHARE = 2.0
LOCUS_LONG_MIN = 5  # ... or named this often, and LOCUS_SHARE times as often as the next country
HOME_CUSTODY_ROOTS = {"08", "17"}  # release and coercion: what a state does to people it holds or rules
# An execution is custody too: "Iran hanged a man convicted of spying" is the state's act on one of its own (_custody)
EXECUTION_VERBS = {"execute", "hang"}
RELEASE_VERBS = {"release", "free", "deport"}  # ... those that may send people home: a state's own only by its agencies
# Verbs of custody: a crowd word passive to one of them with no doer named is people the state holds ("Dozens were
# detained", "Hundreds of people have been arrested": _held_by_the_state)
CUSTODY_VERBS = {
    "arrest", "detain", "jail", "imprison", "apprehend", "incarcerate", "intern", "hold", "round", "charge", "indict",
    "prosecute", "convict", "sentence", "execute", "hang", "release", "free", "deport", "recapture", "rearrest",
}
HOME_BODY_ROOTS = {"12", "13", "17"}  # rejection (vetoes), threats and coercion of a legislature or a court
HOSTAGE_NOUNS = {"hostage", "captive", "abductee"}  # held by an armed group from the side it fights
RECENT_SENTENCES = 2  # a bare role noun in a story with no locus looks back this many sentences for its country
RECENT_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP"}  # ... when it is one of these
RECENT_TARGET_ROLES = {"GOV", "MIL"}  # ... and as a target, one of these
DOMESTIC_TARGETS = {"CVL", "OPP", "REB", "INS", "LAB", "EDU", "CRM"}  # not MED: reporters are often foreign
STATE_TARGETS = {"GOV", "COP", "JUD", "LEG"}  # what rebels, protesters and the opposition act on at home
_PAIR_FORMS = PAIR_NOUNS | {"countrie", "partie", "allie", "neighbor", "neighbour", "enemie", "militarie", "men", "women"}
_NP_CLIMB = {"amod", "compound", "poss", "nmod", "case"}
_PAIR_FORMS_PLURAL = {"countries", "sides", "nations", "states", "governments", "leaders", "neighbours", "neighbors", "parties", "capitals", "two"}


def event_id(article_id: str, sentence_index: int, source: str, target: str, action: str, rule_id: str) -> str:
    key = "\x1f".join((article_id, str(sentence_index), source, target, action, rule_id))
    return hashlib.blake2b(key.encode(), digest_size=12).hexdigest()


class _Acts(list):
    """The story's coded acts (ArticleState.acts), each with the index of the sentence that told it (``when``, keyed by
    the act's identity; ``now`` is the sentence being coded): the react memory refers back at most REACT_REACH
    sentences."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.when: dict[int, int] = {}
        self.now = 0

    def append(self, act) -> None:
        super().append(act)
        self.when[id(act)] = self.now

    def age(self, act) -> int:
        """How many sentences ago the act was told (0: this sentence)."""
        return self.now - self.when.get(id(act), self.now)


@dataclass(slots=True)
class ArticleState:
    """What coreference needs to remember while an article is coded: the actors seen, most recent last."""

    history: list[Actor] = field(default_factory=list)
    # (root, verb, sources, targets, code) of the acts coded (or left with no target), latest last
    acts: _Acts = field(default_factory=_Acts)
    names: dict[str, Actor] = field(default_factory=dict)  # a person's surname (folded) → the person named in full
    pairs: list[tuple[Actor, Actor]] = field(default_factory=list)  # actors named together ("X and Y"), latest last
    # the members of noun phrases that named several countries ("the military governments of Mali, Burkina Faso and
    # Niger"), latest last: what "they" or "the juntas" refers back to
    groups: list[list[Actor]] = field(default_factory=list)
    locus: str | None = None  # the country the story is about (Coder.locus): the country of its bare role nouns
    # (noun, doers) of acts named only by a noun with their doer ("in response to Iran's execution of X", "the seizure
    # by the Houthis"), latest last: what a later "condemned the execution" refers to when no verb coded the act
    named_acts: list[tuple[str, tuple[Actor, ...]]] = field(default_factory=list)
    # (verb, doers) of every act told by a verb whose subject is a known actor, coded or not ("Russia became the first
    # country to recognise the Taliban government"), latest last: what "the recognition" refers to when no coded act does
    told: list[tuple[str, tuple[Actor, ...], int]] = field(default_factory=list)  # ... and the sentence's index
    # (noun, makers, sentence index) of the things a sentence names as made or done by a known actor, coded or not:
    # "parliament passed a law", "the Security Council adopted a resolution", "the court's ruling", "sanctions imposed
    # by Washington" (see _things_made): what a later "condemned the law", "hailed the resolution" refers to
    made: list[tuple[str, tuple[Actor, ...], int]] = field(default_factory=list)
    # (sentence index, the countries its actors named, in order) of the sentences that named one, latest last: what a
    # bare role noun in a story with no locus is of ("China's customs agency said ... The foreign ministry accused ...")
    countries: list[tuple[int, tuple[tuple[str, bool], ...]]] = field(default_factory=list)  # (country, named as a place)
    # (title words, actor) of the actors named with a title ("Polish Foreign Minister Radoslaw Sikorski", "Taiwan's
    # defence ministry", "Niger's military rulers"), latest last: what "the minister", "the ministry", "the junta" and
    # "the general" refer back to (see _title_words)
    titles: list[tuple[frozenset[str], Actor]] = field(default_factory=list)
    # (sentence index, actor) of the subject of the latest sentence's main clause: what a subject pronoun opening the
    # next sentence refers to ("China held drills around Taiwan. It accused ...": China, not Taiwan)
    subject: tuple[int, Actor] | None = None
    # the latest actor remembered when a sentence's main subject was a person no dictionary knows ("Chaab disappeared in
    # Turkey"): a later "he" is that person, not a known one named before (see antecedent)
    stranger: Actor | None = None
    # (sentence index, host, guests) of the summit the latest sentence told ("Xi hosted the leaders of ..."): whom
    # "they" opening the next sentence stands for (coord13, _summit_here)
    summit: tuple[int, Actor, tuple[Actor, ...]] | None = None

    def name(self, words: Sequence[str], actor: Actor) -> None:
        """Remember the surname (and, for a dictionary name, the first word) a later sentence may use alone."""
        for word in words:
            if word[:1].isupper() and len(word) > 2:
                self.names[fold(word)] = actor

    def remember(self, actor: Actor) -> None:
        self.history.append(actor)
        if len(self.history) > 30:
            del self.history[:10]

    def antecedent(self, pronoun: str | None, role: str | None = None, avoid: frozenset[str] = frozenset(), codes: frozenset[str] = frozenset()) -> Actor | None:
        """The latest actor of the story a pronoun or role noun can stand for, not of a country (or code) in ``avoid``
        nor of an actor code in ``codes``."""
        for actor in reversed(self.history):
            if pronoun in PRONOUNS_PERSONAL and actor is self.stranger:
                return None  # an unknown person was named after this actor: "he" is most likely that person
            if (actor.country or actor.code) in avoid or actor.code in codes:
                continue
            if role is not None:
                if actor.role == role and actor.country:
                    return actor
                continue
            if pronoun in PRONOUNS_PERSONAL and actor.personal and not (actor.kind == AGENT and actor.text.split()[-1].lower().endswith(("ials", "ers", "ents", "ives"))):
                return actor  # (not a plural of people: "Swedish officials", "ministers", "representatives" are no "he")
            if pronoun in ("it",) and not actor.personal:
                return actor
            if pronoun in ("they", "them"):
                return actor
        return None


@dataclass(slots=True)
class SentenceAnalysis:
    """Everything coding learned about one sentence: for events, explain and the coverage report."""

    sentence: Sentence
    doc: Doc
    mentions: list[Mention]
    actors: dict[int, Actor]  # NP head index → resolved actor
    unresolved: list[str]
    matches: list[PatternMatch]
    events: list[Event]
    trace: SentenceTrace
    verbs_without_event: list[str]


class DocCache(Protocol):
    """Where parsed sentences are kept between runs (see coding.cache.ParseCache). The engine only calls these."""

    def lookup(self, texts: Sequence[str]) -> list[Doc | None]: ...

    def store(self, texts: Sequence[str], docs: Sequence[Doc]) -> None: ...

    def flush(self) -> None: ...


_UNKNOWN = object()  # an article's locus not yet computed


class _Prepared(tuple):
    """``Coder._prepare``'s (article, sentences, flags, mentions), carrying the pre-filter's tokenized sentences in
    ``docs`` (None where there is none): the pipeline then parses those Docs and does not tokenize them again."""

    def __new__(cls, fields: tuple, docs: list[Doc | None]) -> Self:
        self = super().__new__(cls, fields)
        self.docs = docs
        return self


class Coder:
    """Codes articles with one codebook and one spaCy pipeline.

    The bulk parse runs without the entity recognizer unless ``ner`` (it costs about half the parse, and coding never
    reads ``doc.ents``: only the unresolved-name report does, which falls back to runs of proper nouns; see
    docs/performance.md). ``cache`` is looked up before any parse.

    ``strict`` (the default): an error in the engine while coding a sentence is raised. Not strict (the flows and
    `dyad recode`): the sentence yields no events, the article's other sentences are coded, and the error is kept on
    the article's result (``CodingResult.errors``) for the run to write to ``rejects/``.
    """

    strict: bool = True

    def __init__(
        self,
        codebook: Codebook,
        nlp: Language,
        *,
        prefilter: bool = True,
        batch_size: int = 256,
        ner: bool = False,
        cache: DocCache | None = None,
    ) -> None:
        self.codebook = codebook
        self.nlp = nlp
        self.model = model_id(nlp)
        self.prefilter = prefilter
        self.batch_size = batch_size
        self.disabled = () if ner else tuple(p for p in ("ner",) if p in nlp.pipe_names)
        self.ner = ner and "ner" in nlp.pipe_names
        self.cache = cache
        # spaCy's attribute ruler costs a fifth of the parse; its compiled twin writes the same values (coding/rules.py)
        running = [name for name in nlp.pipe_names if name not in self.disabled]
        self._ruler = compile_ruler(nlp.get_pipe("attribute_ruler")) if "attribute_ruler" in running else None
        # the components after it, each with its compiled twin where there is one (the rule lemmatizer's)
        self._after_ruler = [
            (name, compile_lemmatizer(nlp.get_pipe(name)) if name == "lemmatizer" else None)
            for name in (running[running.index("attribute_ruler") + 1 :] if self._ruler is not None else [])
        ]
        self.actors = ActorIndex(codebook, nlp.tokenizer)
        self.verbs = VerbIndex(codebook, nlp.vocab)
        self._people = {str(p.where): p for p in codebook.people}
        self._countries = frozenset(c.code for c in codebook.countries)
        # a party's codes, its dated ones too (ISRGOVLKD while Likud governs): "the party" may refer to it
        self._party_codes = frozenset(
            code for o in codebook.organizations if o.kind == "party" for code in (o.code, *(r.code for r in o.roles))
        )
        self._country_names = {c.code: fold(c.name) for c in codebook.countries}
        # world regions the dictionary lists only so that their adjectives hold no country's ("Latin American": not
        # American): a region is no party to an event ("diplomats from seven Latin American countries", "their
        # governments" after them, are countries the region does not say)
        self._regions = frozenset(
            o.code for o in codebook.organizations if o.kind == "other" and o.country is None and o.code[:3] not in self._countries
        )
        self.sentence_filters = [self._filter_index(f.terms) for f in codebook.filters if f.scope == "sentence"]
        self.story_filters = [self._filter_index(f.terms) for f in codebook.filters if f.scope == "story"]
        self._filter_ids = [f.id for f in codebook.filters if f.scope == "sentence"]
        # verdicts.yaml: noun -> (code, entry id) of the judgements it says ("called the strike a violation")
        self.verdicts: dict[str, tuple[str, str]] = {word: (v.code, v.id) for v in codebook.verdicts for word in v.words}
        self._bare_codes: dict[str, str] | None = None  # verb → code of its bare-object pattern (see _act_noun_code)
        # the words of a protest (root 14) a lone named actor may hold with no target ("Kenyans demonstrated against
        # the tax"): the pre-filter passes such a sentence (see _screen)
        self._protest_words = frozenset(
            option for entry in codebook.verbs if entry.code[:2] in DOMESTIC_ROOTS for pattern in entry.patterns for option in pattern.anchor.options
        )

    # ----------------------------------------------------------------- pre-parse stages

    def _filter_index(self, terms: Sequence[str]) -> dict[str, list[tuple[str, ...]]]:
        index: dict[str, list[tuple[str, ...]]] = {}
        for term in terms:
            phrase = tuple(t.lower_ for t in self.nlp.tokenizer(term))
            if phrase:
                index.setdefault(phrase[0], []).append(phrase)
        return index

    @staticmethod
    def _hits(words: Sequence[str], phrases: dict[str, list[tuple[str, ...]]]) -> bool:
        """Does any phrase occur in ``words``? ``phrases`` is keyed by first word."""
        if phrases.keys().isdisjoint(words):
            return False  # no word starts a phrase: the common case, checked in C
        n = len(words)
        for i, word in enumerate(words):
            for phrase in phrases.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase and i + len(phrase) <= n:
                    return True
        return False

    def discarded(self, text: str, scope: str, words: Sequence[str] | None = None) -> bool:
        if words is None:
            words = [t.lower_ for t in self.nlp.tokenizer(text)]
        filters = self.sentence_filters if scope == "sentence" else self.story_filters
        if scope == "sentence" and _claim_about_the_war(words):
            # "Poland demanded reparations for World War Two": a demand made now, not history (plover13)
            return any(self._hits(words, f) for f, fid in zip(filters, self._filter_ids) if fid != "history")
        return any(self._hits(words, f) for f in filters)

    def is_candidate(self, sentence: Sentence) -> tuple[bool, list[Mention]]:
        """Can this sentence hold an event? It needs two actor mentions, or one and a pronoun, and no discard."""
        ok, mentions, *_ = self._screen(sentence)
        return ok, mentions

    def _screen(self, sentence: Sentence, names: set[str] | None = None) -> tuple[bool, list[Mention], list[str], Doc, bool]:
        """``names``: the surnames of the people the story has named so far (it adds this sentence's). Returns the
        verdict, the actor mentions, the words (lower case), the tokenized sentence, and whether it refers back to
        someone by a pronoun or a surname the story named before."""
        doc = self.nlp.tokenizer(sentence.text)
        mentions = self.actors.find(doc)
        words = lower_words(doc)
        pronouns = sum(1 for w in words if w in PRONOUNS or w in POSSESSIVES)
        if names is not None:
            pronouns += not names.isdisjoint(words)
            _add_names(doc, mentions, names)
        # "both generals" stands for two actors: alone it makes a sentence a candidate ("Both generals agreed to a truce")
        pairs = sum(2 for k, w in enumerate(words[:-1]) if w in ("two", "both") and words[k + 1].rstrip("s") in _PAIR_FORMS)
        # "all sides", "the warring parties" stand for the parties of a conflict ("The U.N. urged all sides to show restraint")
        pairs += sum(2 for k, w in enumerate(words[:-1]) if w in ("all", "warring") and words[k + 1] in ("sides", "parties"))
        # "the three countries", "all four governments" stand for three or more
        pairs += sum(2 for k, w in enumerate(words[:-2]) if w in _NUMBERS and (words[k + 1] in NUMBERED_GROUP_NOUNS or words[k + 2] in NUMBERED_GROUP_NOUNS))
        # "the detention", "the ruling", "the bloc": a word for an actor or an act named before. It is a slot of its
        # own beside a pronoun ("He welcomed the decision", "They criticised the bloc"), as the engine's memory binds it
        referring = sum(
            1 for k, w in enumerate(words[:-1]) if w in _REFERRING_DETS and (
                words[k + 1].rstrip("s") in _REFERRING_ACTS or words[k + 1] in REFERRING_NOUNS or words[k + 1] in GROUP_NOUNS
                or words[k + 1].rstrip("s") in _REFERRING_WORDS  # "dismissed the remark", "condemned the sentence"
                or words[k + 1] in VOTE_MISCONDUCT_WORDS  # "an investigation into the irregularities" (actors13)
                or (w == "the" and (words[k + 1] in ("north", "south") or words[k + 1] in BARE_TITLES or _described(words, k + 1)))
                or (w == "the" and words[k + 1] == "council")  # "the council" named before (groups15, _council_before15)
            )
            and (w != "'s" or (k > 0 and (words[k - 1] in _CALENDAR or words[k - 1] in _RECENT)))  # "Saturday's assault"
        )
        # '"We will never accept this," Lai said': a bare "this" in a quotation is the act just told, its doer a slot of
        # its own (_quoted_other, quote12)
        referring += _quoted_this(words)
        # "Gondor denies wrongdoing", "He has denied the charges" (a denial answers the accusation named before), "X
        # hosted the meeting", "X offered to mediate" (between the parties named before), "X vowed to retaliate"
        # (against who used force): the story's memory supplies the other party, so the verb is a slot of its own
        answers = (
            not _DENIALS.isdisjoint(words)
            or (not _PLEA_FORMS.isdisjoint(words) and not _PLEAS.isdisjoint(words))  # a plea: the court (lexicon14)
            or _accusation_rejected(words)  # an accusation rejected: the accuser (target14)
            or not _APPEAL_FORMS15.isdisjoint(words)  # an appeal: the court (law15)
            or (not _CASE_WORDS15.isdisjoint(words) and not _BRING_FORMS15.isdisjoint(words))  # a case brought: the one ruled on
            or not _VERDICT_FORMS15.isdisjoint(words)  # a verdict with no court named: the court (law15)
        )
        named = len(mentions) - (mentions[0].dateline if mentions else 0) - (len(mentions) > 1 and mentions[1].dateline)
        slots = named + min(pronouns + pairs, 1) + pairs + min(referring, 1) + answers
        if slots < 2 and not (named and pronouns + referring == 0 and ("and" in words or "&" in words)) and not (
            named == 1 and self._lone_actor_event(mentions, words)
        ) and not (named + min(pronouns, 1) == 1 and _office_left15(words)):  # "He resigned on Friday" (elect15)
            return False, mentions, words, doc, pronouns > 0
        if self.sentence_filters and self.discarded(sentence.text, "sentence", words):
            return False, mentions, words, doc, pronouns > 0
        return True, mentions, words, doc, pronouns > 0

    def _crowd_protest(self, words: Sequence[str]) -> bool:
        """A crowd no one names that protests ("Thousands marched in the capital"): in a story about one country it is
        that country's civilians (_of_locus), so the sentence may hold an event with no actor named in it."""
        return not _CROWD_FORMS.isdisjoint(words) and self._protests(words)

    def _protests(self, words: Sequence[str]) -> bool:
        return any(w in self._protest_words or not self._protest_words.isdisjoint(stems(w)) for w in words if w.isalpha())

    def _lone_actor_event(self, mentions: list[Mention], words: Sequence[str]) -> bool:
        """Can one named actor (not a bare role noun) make an event on its own: a crowd no one names in its place
        ("Tens of thousands marched in Paris", "a car bomb in Damascus killed five people"), or a protest with no
        target ("Hundreds of Kenyans demonstrated against the tax")? Then the pre-filter keeps the sentence."""
        lone = next((m for m in mentions if not m.dateline), None)
        if lone is not None and lone.entry.kind == AGENT and lone.entry.country and lone.entry.role in DOMESTIC_SOURCES and not CUSTODY_FORMS.isdisjoint(words) and (not _CROWD_FORMS.isdisjoint(words) or "others" in words):
            return True  # "Kazakh authorities said more than 3,000 people were detained": people the state holds
        if lone is None or lone.entry.kind == AGENT:
            return False  # a lone role noun needs the story's country (Coder._prepare)
        if not _CROWD_FORMS.isdisjoint(words):
            return True
        if not LONE_DEMAND_FORMS.isdisjoint(words):
            return True  # "Milei threatened to veto the pension bill", "Opposition leader X demanded new elections"
        if (not LONE_MAKING_FORMS.isdisjoint(words) and not LONE_MADE_FORMS.isdisjoint(words)) or not LONE_TELLING_FORMS.isdisjoint(words):
            return True  # "The U.N. Security Council adopted a resolution": the maker a later reaction to it is on
        if not LONE_VERDICT_FORMS.isdisjoint(words) and not LONE_ELECTION_FORMS.isdisjoint(words):
            return True  # "The European Union said the vote was marred by intimidation": on the state that held it (elect12)
        return self._protests(words)

    # ----------------------------------------------------------------- coding

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        """Code a stream of articles, parsing their candidate sentences in large batches."""
        batch: list[tuple[Article, list[Sentence], list[bool], list[list[Mention]]]] = []
        n_sents = 0
        for article in articles:
            prepared = self._prepare(article)
            batch.append(prepared)
            n_sents += sum(prepared[2])
            if n_sents >= self.batch_size * 4:
                yield from self._code_batch(batch)
                batch, n_sents = [], 0
        if batch:
            yield from self._code_batch(batch)
        if self.cache is not None:
            self.cache.flush()

    @property
    def parse_config(self) -> str:
        """What determines a parse: model name and version and the components that run. Part of every cache key."""
        return f"{self.model}|{','.join(p for p in self.nlp.pipe_names if p not in self.disabled)}"

    def _pipe(self, texts: Sequence[str | Doc]) -> list[Doc]:
        """The pipeline over sentence texts, or over Docs the tokenizer made of them (it then skips tokenizing).

        With the compiled attribute ruler: spaCy's components up to it, then the compiled ruler, then the rest."""
        if self._ruler is None:
            return list(self.nlp.pipe(texts, batch_size=self.batch_size, disable=list(self.disabled)))
        docs = self.nlp.pipe(texts, batch_size=self.batch_size, disable=[*self.disabled, "attribute_ruler", *(name for name, _ in self._after_ruler)])
        docs = map(self._ruler, docs)
        for name, compiled in self._after_ruler:
            docs = map(compiled, docs) if compiled is not None else self.nlp.get_pipe(name).pipe(docs, batch_size=self.batch_size)
        return list(docs)

    def parse(self, texts: Sequence[str], tokenized: Sequence[Doc | None] | None = None) -> list[Doc]:
        """Parsed Docs of ``texts``: from the cache where it has them, else from the pipeline (and then cached).

        ``tokenized``: the same sentences as the tokenizer's Docs where the pre-filter made them (else None).
        """
        docs = self.cache.lookup(texts) if self.cache is not None else [None] * len(texts)
        missing = [i for i, doc in enumerate(docs) if doc is None]
        if missing:
            parsed = self._pipe([tokenized[i] if tokenized is not None and tokenized[i] is not None else texts[i] for i in missing])
            for i, doc in zip(missing, parsed):
                docs[i] = doc
            if self.cache is not None:
                self.cache.store([texts[i] for i in missing], parsed)
        return docs  # type: ignore[return-value]

    def code_article(self, article: Article) -> CodingResult:
        return next(iter(self._code_batch([self._prepare(article)])))

    def _prepare(self, article: Article):
        sentences = list(split_sentences(article))
        dateline = ""
        if sentences:
            sentences[0], dateline = self._without_dateline(sentences[0])
        flags, mentions, words, tokenized, screened, sentence_words = [], [], [], [], [], []
        names: set[str] = set()
        for s in sentences:
            if self.prefilter:
                ok, ms, ws, doc, refers = self._screen(s, names)
                screened.append(refers)
                tokenized.append(doc)  # also when not a candidate: the locus rule below may make it one
            else:
                ok, ms, ws = True, None, ([t.lower_ for t in self.nlp.tokenizer(s.text)] if self.story_filters else [])
                tokenized.append(None)
                screened.append(False)
            flags.append(ok)
            mentions.append(ms)
            sentence_words.append(ws)
            words.extend(ws)
            words.append("\x00")  # a story phrase never spans two sentences
        located = mentions + [self.actors.find(self.nlp.tokenizer(dateline))] if dateline else mentions  # where it was filed
        locus = self.story_locus(article, located) if self.prefilter else _UNKNOWN  # without the pre-filter: on the parse
        if locus not in (None, _UNKNOWN):
            # "Protesters marched through the capital": in a story about one country a lone bare role noun is of that
            # country (see _of_locus), so its sentence may hold an event
            strangers = _reused_surnames(article.text)
            marks = _story_party_marks(article.text)  # "the All People's Congress (APC) ... The APC said": party12
            for k, (s, ms) in enumerate(zip(sentences, mentions)):
                if not flags[k] and len([m for m in ms if not m.dateline]) == 1 and ms[-1].entry.kind == AGENT and not (self.sentence_filters and self.discarded(s.text, "sentence")):
                    flags[k] = True
                elif not flags[k] and (
                    (len([m for m in ms if not m.dateline]) + screened[k] == 1 and _PARTY_NAME_RE.search(s.text))
                    or (len([m for m in ms if not m.dateline]) + screened[k] <= 1 and marks and marks.search(s.text))
                    or (len([m for m in ms if not m.dateline]) + screened[k] == 1 and _BARE_PARTY_RE.search(s.text) and _PARTY_NAME_RE.search(article.text))
                ) and not (self.sentence_filters and self.discarded(s.text, "sentence")):
                    # "The Liberal Party accused Lula of corruption": a party no dictionary knows (_party_name), with
                    # one actor named, or one the story named before ("The People's Party accused Sanchez ...")
                    flags[k] = True
                elif not flags[k] and not any(not m.dateline for m in ms) and self._crowd_protest(sentence_words[k]) and not (self.sentence_filters and self.discarded(s.text, "sentence")):
                    flags[k] = True  # "Hundreds of people rallied in Manhattan to demand his release": the story's crowd
                elif not flags[k] and strangers and not strangers.isdisjoint(sentence_words[k]) and (
                    any(not m.dateline for m in ms) or screened[k]
                ) and not (self.sentence_filters and self.discarded(s.text, "sentence")):
                    # "France criticised Sorokin's detention": a surname the story gave in full before, of a person no
                    # dictionary knows, is a slot of its own (people12: STRANGER_RULE)
                    flags[k] = True
        for k in range(1, len(sentences) if self.prefilter else 0):
            if not flags[k] and ("they" in sentence_words[k][:1] or "leaders" in sentence_words[k]) and _summit_follow_up(sentence_words[k], [w for j in range(max(0, k - 3), k) if flags[j] for w in sentence_words[j]]):
                flags[k] = True  # "X hosted the leaders of A, B and C. They signed ...": the summit's parties (coord13)
        if self.story_filters and self.discarded(article.text, "story", words):
            return article, sentences, [False] * len(sentences), [[] for _ in sentences]
        prepared = _Prepared((article, sentences, flags, mentions), tokenized)
        prepared.locus = locus  # computed once: code_parsed takes it from here
        return prepared

    def _without_dateline(self, sentence: Sentence) -> tuple[Sentence, str]:
        """The first sentence without its wire dateline ("JERUSALEM (AP) — Israeli airstrikes killed ..."), which the
        parser reads as the subject, and the dateline ("" when there is none)."""
        text = sentence.text
        if not text[:2].isupper():
            return sentence, ""
        doc = self.nlp.tokenizer(text[:160])
        end = _dateline_end([t.text for t in doc[:_DATELINE_MAX]])
        if not end or end >= len(doc) or len(text) - doc[end].idx < 3:
            return sentence, ""
        cut = doc[end].idx
        return Sentence(sentence.article_id, sentence.index, text[cut:], sentence.start + cut, sentence.end), text[:cut]

    def _code_batch(self, batch) -> Iterator[CodingResult]:
        texts: list[str] = []
        tokenized: list[Doc | None] = []
        for prepared in batch:
            _, sentences, flags, _ = prepared
            for s, ok, doc in zip(sentences, flags, getattr(prepared, "docs", None) or [None] * len(sentences)):
                if ok:
                    texts.append(s.text)
                    tokenized.append(doc)
        docs = iter(self.parse(texts, tokenized))
        for prepared in batch:
            article, sentences, flags, mentions = prepared
            parsed: list[Doc | None] = [next(docs) if ok else None for ok in flags]
            yield self.code_parsed(article, sentences, parsed, mentions, locus=getattr(prepared, "locus", _UNKNOWN))

    def code_parsed(self, article: Article, sentences: Sequence[Sentence], docs: Sequence[Doc | None], pre_mentions=None, locus=_UNKNOWN) -> CodingResult:
        """Code an article whose candidate sentences are already parsed (None: not a candidate). ``locus``: the
        article's, when the pre-filter found it already (None: it has none)."""
        state = ArticleState()
        events: list[Event] = []
        unresolved: list[tuple[str, int]] = []
        no_event: list[tuple[str, int]] = []
        seen_ids: set[str] = set()
        words: set[str] = set()
        anchors: set[str] = set()
        errors: list[tuple[int, str, str]] = []  # (sentence index, error, text) of sentences the engine failed on (not strict)
        # every sentence's mentions before any is coded: the locus needs the whole story (without the pre-filter,
        # the parsed sentences are searched here once, and analyse reuses it)
        found = [
            (pre_mentions[k] if pre_mentions and pre_mentions[k] is not None else self.actors.find(doc) if doc is not None else [])
            for k, doc in enumerate(docs)
        ]
        state.locus = self.story_locus(article, found) if locus is _UNKNOWN else locus
        for k, (sentence, doc) in enumerate(zip(sentences, docs)):
            if doc is None:
                self._remember_unparsed(state, found[k], article, sentence.index)
                continue
            every, anchoring = doc_words(doc)
            words |= every
            anchors |= anchoring
            known = found[k]
            try:
                analysis = self.analyse(article, sentence, doc, state, mentions=known, explain=False)
            except Exception as exc:
                if self.strict:
                    raise
                errors.append((sentence.index, f"{type(exc).__name__}: {exc}", sentence.text))
                continue
            for ev in analysis.events:
                if ev.event_id not in seen_ids:
                    seen_ids.add(ev.event_id)
                    events.append(ev)
            unresolved.extend((u, sentence.index) for u in analysis.unresolved)
            no_event.extend((v, sentence.index) for v in analysis.verbs_without_event)
        return CodingResult(article.id, tuple(events), len(sentences), tuple(unresolved), tuple(no_event), frozenset(words), frozenset(anchors), tuple(errors))

    def _dual_national(self, target: Actor, source: Actor, doc: Doc) -> Actor:
        """The other country of a target called a national or citizen of two countries joined by a hyphen ("a
        Swedish-Iranian dual national", "a French-Algerian citizen"), one of them the source's own; else the target."""
        if target.country is None or target.country != source.country or target.head < 0:
            return target
        if not any(t.lower_ == "dual" or t.lemma_.lower() in ("national", "citizen") for t in doc[target.head].subtree):
            return target  # "Russian-Armenian billionaire Samvel Karapetyan": a man of two origins, not said to be foreign
        for tok in doc[target.head].subtree:
            if tok.dep_ in ("relcl", "acl") and tok.head.i != target.head:
                continue
            if tok.text == "-" and 0 < tok.i < len(doc) - 1:
                words = [doc[tok.i - 1].text, doc[tok.i + 1].text]
            elif tok.text.count("-") == 1 and tok.text[:1].isupper():
                words = tok.text.split("-")
            else:
                continue
            if not all(w[:1].isupper() and w.isalpha() for w in words):
                continue
            countries = [next((m.entry.country for m in self.actors.find(self.nlp.tokenizer(w)) if m.entry.country), None) for w in words]
            if None in countries or len(set(countries)) != 2 or source.country not in countries:
                continue
            other = next(c for c in countries if c != source.country)
            role = target.role or "CVL"
            return Actor(other + role, other, role, target.text, target.rule_id, AGENT, target.head, target.noun)
        return target

    def story_locus(self, article: Article, mentions: list[Sequence[Mention]]) -> str | None:
        """The locus of an article from its sentences' mentions and those of its headline."""
        title = [self.actors.find(self.nlp.tokenizer(article.title))] if article.title else []
        return self.locus(mentions + title, article.date)

    def locus(self, mentions: Iterable[Sequence[Mention]], day) -> str | None:
        """The country a story is about: the one its actor mentions (countries, capitals and cities, adjectives,
        demonyms, a country's organizations, people by their role on ``day``) name at least twice, and at least twice
        as often as all other countries together, or (a long story) at least five times and twice as often as any other.
        None otherwise: two countries named equally often are no locus."""
        counts: dict[str, int] = {}
        for ms in mentions:
            for m in ms:
                e = m.entry
                if e.kind == PERSON:
                    role = e.person.role_on(day) if e.person is not None else None
                    country = role.code[:3] if role else None
                elif e.kind == ORG and e.role == "BUS":
                    continue  # a company is of its home, and news of it is where it works ("Barrick ... in Mali", actors14)
                else:
                    country = e.country
                if country in self._countries:
                    counts[country] = counts.get(country, 0) + 1
        if not counts:
            return None
        best = max(counts, key=counts.__getitem__)
        top = counts[best]
        if top >= LOCUS_MIN_MENTIONS and top >= (sum(counts.values()) - top) * LOCUS_SHARE:
            return best
        # a long story names many countries: one named often, and twice as often as any other, is still its subject
        second = max((v for k, v in counts.items() if k != best), default=0)
        if top >= LOCUS_LONG_MIN and top >= second * LOCUS_SHARE:
            return best
        return None

    def _remember_unparsed(self, state: ArticleState, mentions: list[Mention], article: Article, index: int = -1) -> None:
        named: list[Actor] = []  # (not a slice of the history, which remember() trims)
        for m in mentions:
            if m.dateline:
                continue
            e = m.entry
            if e.kind == PERSON and e.person is not None:
                role = e.person.role_on(article.date)
                if role:
                    actor = Actor(role.code, role.code[:3], role.code[3:6] or None, m.text, e.rule_id, PERSON, -1)
                    state.remember(actor)
                    state.name(_name_words(m.text), actor)
                    named.append(actor)
            elif e.kind in (COUNTRY, ORG, CAPITAL) and e.code:
                state.remember(Actor(e.code, e.country, e.role, m.text, e.rule_id, e.kind, -1))
                named.append(state.history[-1])
                if e.kind == ORG:
                    state.name(_org_short_name(m.text), state.history[-1])
        self._remember_countries(state, index, named)

    def _remember_countries(self, state: ArticleState, index: int, named: Iterable[Actor], places: frozenset[int] = frozenset()) -> None:
        """Remember which countries a sentence named (see ArticleState.countries), and which only as a place (the actors
        whose heads are in ``places``)."""
        countries = tuple(dict.fromkeys((a.country, a.head in places) for a in named if a.country in self._countries))
        if countries:
            state.countries.append((index, countries))
            del state.countries[:-4]

    def _recent_group(self, tok: Token, n: int, actors: dict[int, Actor], state: ArticleState, index: int) -> list[Actor] | None:
        """"The three countries" with no list of three named: the countries the latest sentences (up to two before this
        one) named, not as places and not this sentence's own, when they are exactly ``n`` at a sentence's boundary
        ("Spain said it would recognise a Palestinian state. Ireland and Norway announced the same step. Israel recalled
        its ambassadors from the three countries")."""
        here = {a.country for a in actors.values() if a.country}
        seen: list[str] = []
        for k, countries in reversed(state.countries):
            if k < index - RECENT_SENTENCES or len(seen) >= n:
                break
            seen += [c for c, place in countries if not place and c not in here and c not in seen]
        if len(seen) != n:
            return None
        role = "GOV" if tok.lower_ in ("leaders", "presidents") else None
        return [Actor(c + (role or ""), c, role, tok.text, "", COUNTRY if role is None else AGENT, tok.i, tok.lemma_.lower()) for c in seen]

    def _recent_country(self, tok: Token, actors: dict[int, Actor], state: ArticleState, index: int, avoid: frozenset[str] = frozenset(), places: bool = False) -> str | None:
        """The country a bare role noun at ``tok`` is of in a story with no locus: the one country (not in ``avoid``)
        that the latest words naming any named, in this sentence before it, else in the latest of the two sentences
        before that named one. None when that sentence named two (no guess between equally recent countries). A
        country named only as a place ("flew to Rome") counts when ``places`` (for a target: "arrived in Beirut. He
        urged the government to ...")."""
        here = tuple(dict.fromkeys(
            a.country for i, a in sorted(actors.items())
            if i < tok.i and a.country in self._countries and a.country not in avoid
            and (places or not (_named_as_place(tok.doc[i], a) or (a.kind == AGENT and a.role is None)))
        ))
        if here:
            return here[0] if len(here) == 1 else None
        for k, countries in reversed(state.countries):
            if k < index - RECENT_SENTENCES:
                break
            if rest := list(dict.fromkeys(c for c, place in countries if c not in avoid and (places or not place))):
                return rest[0] if len(rest) == 1 else None
        return None

    def _epithet_owner(self, tok: Token, actors: dict[int, Actor]) -> Actor | None:
        """Whose neighbour, rival or former ruler an epithet (see _epithet) names: the subject of the clause it stands in
        ("its" on an object is the subject's), when that subject is an actor of a country."""
        verb = tok.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or (subj := subject_of(verb)) is None:
            return None
        owner = actors.get(_np_head(subj).i)
        return owner if owner is not None and owner.country in self._countries else None

    def _epithet_other(self, tok: Token, owner: Actor, actors: dict[int, Actor], state: ArticleState, index: int) -> str | None:
        """The country an epithet of the owner's stands for: the latest other country this sentence named before it,
        else the one other country the sentences just before named."""
        here = [a.country for i, a in sorted(actors.items(), reverse=True) if i < tok.i and a.country in self._countries and a.country != owner.country]
        if here:
            return here[0]
        return self._recent_country(tok, actors, state, index, avoid=frozenset({owner.country}), places=True)

    def _attempt_on_life(self, code: str, anchor: Token) -> str:
        """An attack on a politician's life: its success (186) when the verb killed, else the attempt (185), when the
        codebook has both codes; ``code`` otherwise."""
        if {"185", "186"} <= self.codebook.actions.keys():
            return "186" if _killed(anchor) else "185"
        return code

    def _political_victim(self, m: PatternMatch, actors: dict[int, Actor], extra, role_only: dict[int, str], state) -> Actor | None:
        """The political figure a lone attacker's blow is aimed at: a person named with a role of state or politics, or a
        bare lawmaker, judge, minister, candidate's rally (POLITICAL_VICTIMS), of one country; None otherwise. A bare
        one ("the mayor of the town") in a story about one country is of that country."""
        if m.target_head is None:
            return None
        victims = [t for t in self._members(m.target_head, actors, extra) if t.country and t.role in POLITICAL_VICTIMS and t.kind in (PERSON, AGENT, ORG)]
        if victims:
            return victims[0] if len({t.country for t in victims}) == 1 else None
        head = m.target_head
        if state is not None and state.locus and role_only.get(head.i) in POLITICAL_VICTIMS and head.lemma_.lower() not in NOT_LOCAL_HEADS and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and any(p.i in actors for p in c.children)) or (c.dep_ in ("amod", "compound") and c.lower_ in NOT_LOCAL) for c in head.children
        ):
            role = role_only[head.i]
            return Actor(state.locus + role, state.locus, role, _np_text(head), LOCUS_RULE, AGENT, head.i)
        return None

    def _home_owner15(self, tok: Token, actors: dict[int, Actor]) -> Actor | None:
        """The government a noun owned by a bare "the government" or "the authorities" ("the government's plan") is of:
        the country of the home body (a court, an opposition, a people: HOME_BODIES15) its clause names (gov15)."""
        owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in BARE_STATE_NOUNS15 or [c.lower_ for c in owner.children if c.dep_ == "det"] != ["the"] or any(
            c.dep_ in ("amod", "compound") for c in owner.children
        ):
            return None
        home = _home_body15(tok, actors)
        if home is None or home.country not in self._countries:
            return None
        return Actor(home.country + "GOV", home.country, "GOV", _np_text(tok), home.rule_id, AGENT, tok.i, owner.lower_)

    def _recent_target(self, m: PatternMatch, code: str, sources: list[Actor], actors: dict[int, Actor], role_only: dict[int, str],
                       state: ArticleState | None, index: int) -> Actor | None:
        """A bare government or army as the target, in a story with no locus: of the one other country (not a source's)
        the latest words named, places included (see _recent_country). Not in statements (01) or arrests (17): there
        it is mostly the speaker's own."""
        if state is None or state.locus or role_only.get(m.target_head.i) not in RECENT_TARGET_ROLES or code[:2] in ("01", "17"):
            return None
        recent = self._recent_country(m.target_head, actors, state, index, frozenset(s.country for s in sources if s.country), places=True)
        return _of_locus(m.target_head, role_only, recent) if recent else None

    def analyse(self, article: Article, sentence: Sentence, doc: Doc, state: ArticleState | None = None, mentions: list[Mention] | None = None,
                *, explain: bool = True) -> SentenceAnalysis:
        """Actors, pattern matches and events of one parsed sentence.

        ``mentions`` from the pre-filter are reused: it ran the same tokenizer, so the token offsets agree. Without
        ``explain`` (a run, which reads only the events) the trace leaves out the patterns that found no match.
        """
        state = state or ArticleState()
        state.acts.now = sentence.index  # (the react memory's distance: _Acts)
        repair_misread_verbs(doc)  # "Trump accused Zelenskiy of ...", read as a noun phrase
        repair_origin_phrases(doc)  # "met senior officials from Britain": "from Britain" read as the verb's
        repair_trailing_denial(doc)  # "X accused Y of Z, a charge Y denies": the denial read as the root
        repair_split_quote(doc)  # '"We will respond," he said, "with force."': the verb of saying the root (quote12)
        repair_stranded_conjuncts(doc)  # "accused Moscow of targeting civilians and called on ...": "called" read as the gerund's
        _repair_reported_conjunct15(doc)  # "denied that ... had crossed the border and accused Warsaw ...": "accused" read as the clause's (code15)
        _repair_stranded_object(doc)  # "granted asylum to officers holed up in ...": "officers" read as the participle's subject (plover13)
        _repair_passive_doer(doc)  # "was accused of taking bribes by prosecutors": "by" read as the gerund's (plover13)


        repair_split_object(doc)  # "sentenced Nobel peace laureate Muhammad Yunus to ...": the name read as a root (home13)
        _repair_court_lede15(doc)  # "A Georgian court on Wednesday sentenced journalist X to ...": read as a noun phrase (law15)
        if mentions is None:
            mentions = self.actors.find(doc)
        if mentions and mentions[0].dateline:
            mentions = [m for m in mentions if not m.dateline]  # "KYIV (Reuters) - Russian forces": not Kyiv's forces
        if has_lower(doc, "force"):
            # "police deployed in force", "came out in force": in large numbers, no armed force of anyone
            mentions = [m for m in mentions if not (m.end - m.start == 1 and doc[m.start].lower_ == "force" and m.start > 0 and doc[m.start - 1].lower_ == "in")]
        tokens = list(doc)  # one Token object per word for every loop below: spaCy builds a new one on each access
        dep_of, pos_of, lower_of = doc_labels(doc)  # their dep_, pos_ and lower_, read in the loops below from the Doc's columns
        lemma_of = doc_lemmas(doc)  # and lemma_.lower()
        mmap = MentionMap(doc, mentions)
        # the words of role-noun phrases the codebook lists ("Electoral Commission", "Investigative Committee"): a capital
        # among them names the role, not someone else's (see _of_locus)
        doc.user_data[_TERM_WORDS] = frozenset(k for m in mentions if m.entry.kind == AGENT for k in range(m.start, m.end))
        day = article.date
        actors: dict[int, Actor] = {}
        heads: dict[int, Token] = {}
        unresolved: list[str] = []
        role_only: dict[int, str] = {}
        for m in mentions:
            head = _np_head(doc[m.end - 1])
            if head.i in actors or head.i in role_only:
                heads[m.start] = head
                continue
            actor, role = resolve_head(head, mmap, day)
            if actor is None and role is not None:
                role_only[head.i] = role
                heads[m.start] = head
                heads[head.i] = head
            if actor is not None:
                actors[head.i] = actor
                heads[m.start] = head
                heads[head.i] = head
        if "brussels" in lower_of and "belgi" in article.text.lower():
            _brussels_of_belgium15(actors, lower_of)  # a story about Belgium: its capital is its government (gov15)
        # "the Russian and Ukrainian foreign ministers": one head, several countries
        extra: dict[int, list[Actor]] = {}
        kids = _doc_children(doc)  # (children by index, from the columns: a Token only for a modifier a mention covers)
        for head_i, actor in list(actors.items()):
            for mi in kids[head_i]:
                if mi >= head_i or dep_of[mi] not in ("amod", "compound", "nmod") or mi not in mmap.by_token:
                    continue  # (its lefts only)
                mod = tokens[mi]
                for other in conjuncts(mod)[1:]:
                    om = mmap.get(other)
                    if om is None or om.entry.kind not in (ADJECTIVE, COUNTRY, CAPITAL) or not om.entry.country:
                        continue
                    if om.entry.country != actor.country:
                        code = om.entry.country + (actor.role or "")
                        extra.setdefault(head_i, []).append(
                            Actor(code, om.entry.country, actor.role, actor.text, om.entry.rule_id, actor.kind, head_i, actor.noun)
                        )
        # "the foreign ministers of Russia and Ukraine": a role noun of several countries, as above
        for head_i, actor in list(actors.items()):
            if actor.kind != AGENT or actor.role is None:
                continue
            for prep in tokens[head_i].children:
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                    continue
                named = _of_countries(prep, actors)
                for other in named[1:]:
                    oa = actors.get(other.i)
                    if oa is not None and oa.country and oa.country != actor.country and oa.code == oa.country:
                        extra.setdefault(head_i, []).append(
                            Actor(oa.country + actor.role, oa.country, actor.role, actor.text, oa.rule_id, actor.kind, head_i, actor.noun)
                        )
        # Noun phrases that carry an actor without being one: "the head of the Chinese Foreign Ministry, Yu Jun".
        head_of = doc_arrays(doc)[1]
        carriers: set[int] = set()  # the words a mention is in the subtree of: every word up from each mention word
        for k in mmap.by_token:
            while k not in carriers:
                carriers.add(k)
                if head_of[k] == k:
                    break
                k = head_of[k]
        for tok in tokens:
            if tok.i in actors or dep_of[tok.i] not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos"):
                continue
            if lower_of[tok.i] in PRONOUNS or tok.i not in carriers:  # a mention in its subtree
                continue
            actor, role = resolve_head(tok, mmap, day)
            if actor is not None:
                actors[tok.i] = actor
                heads[tok.i] = tok
            elif role is not None:
                role_only[tok.i] = role
        foreign: set[int] = set()
        for tok in tokens:
            if tok.i not in actors and tok.i not in role_only and dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") and (
                (tok.i in mmap.by_token and mmap.by_token[tok.i].entry.kind == AGENT) or lower_of[tok.i] in PLURAL_ROLES
            ) and foreign_head(tok):
                # "warned foreign activists", "soliciting support from foreign military officers": people no one's
                # country claims, bound as a party (so that no other word is taken for it) but never placed
                heads[tok.i] = tok
                foreign.add(tok.i)
        for i in [i for i, r in role_only.items() if r in ("HRI", "NGO") and i not in actors]:
            # "Rights groups accused Saied of ...": a rights group no country, owner or name claims is an international
            # one (NGOHRI), as most golds code it, not the story's country; so are "aid agencies" and "international
            # NGOs" (NGO) (see rights_group_actor)
            if (ngo := rights_group_actor(doc[i], role_only[i])) is not None:
                actors[i] = ngo
                heads[i] = doc[i]
                del role_only[i]
        if not FLEE_WORDS15.isdisjoint(lower_of):
            for i in [i for i, r in role_only.items() if r in ("REF", "CVL") and i not in actors]:
                if (fled := _fled_country15(doc[i], actors)) is not None:
                    # plover15: "aid to refugees fleeing the war in Sudan" are Sudan's refugees (see _fled_country15)
                    role = role_only.pop(i)
                    actors[i] = Actor(fled + role, fled, role, doc[i].text, "agent.plover15.fled_country", AGENT, i, doc[i].lemma_.lower())
                    heads[i] = doc[i]
        if has_lower(doc, "council"):
            for tok in tokens:
                if lower_of[tok.i] == "council" and tok.i not in actors and (un := _un_council15(tok)) is not None:
                    actors[tok.i] = un  # plover15: "The Security Council agreed to ...", "a Security Council resolution"
                    heads[tok.i] = tok
                    role_only.pop(tok.i, None)
                elif lower_of[tok.i] == "council" and tok.i not in actors and state.titles and (told := _council_before15(tok, state)) is not None:
                    actors[tok.i] = replace(told, text=tok.text, head=tok.i)  # groups15: "the council" named before
                    heads[tok.i] = tok
                    role_only.pop(tok.i, None)
        for k, h in list(heads.items()):
            if h.i in role_only and h.i not in actors and (outer := _title_bearer(h, actors)) is not None:
                # "met Prime Minister-designate Nawaf Salam" (the title read as an adverb on "designate"): a title in
                # front of a named person is that person, not an actor of its own
                heads[k] = outer
        for tok in tokens:
            if lower_of[tok.i] in PLURAL_ROLES and tok.i not in actors and tok.i not in role_only and tok.i not in foreign and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
                # "The eight main unions called a strike": a role noun no mention found (see PLURAL_ROLES)
                role_only[tok.i] = PLURAL_ROLES[tok.lower_]
                heads[tok.i] = tok
        if state.locus and all(m.entry.country in (None, state.locus) for m in mentions):
            # "Police arrested more than 400 people": in a story about one country, its people (see _of_locus), where
            # the sentence names no other country ("Palestinian bombers killed 23 people in Tel Aviv")
            for tok in tokens:
                if dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj") and (lemma_of[tok.i] in PEOPLE_NOUNS or (pos_of[tok.i] in ("NOUN", "NUM") and _is_crowd(tok)) or _local_people(tok)) and tok.i not in actors and tok.i not in role_only and tok.i not in foreign:
                    role_only[tok.i] = "CVL"
                    heads[tok.i] = tok
        for tok in tokens:
            # "Tens of thousands marched in Paris", "Gunmen killed 12 people in an attack on a church in Burkina Faso",
            # "Protests against the government spread across Kenya": a crowd no one names (people, a bare number, a
            # protest) is the civilians of the place its own clause names, story country or not (see _crowd_place)
            if tok.i not in actors and tok.i not in role_only and tok.i not in foreign and dep_of[tok.i] in CROWD_DEPS and (
                (pos_of[tok.i] in ("NOUN", "NUM") and _is_crowd(tok) and (_crowd_place(tok, actors) is not None or _held_by_the_state(tok, actors, role_only)))
                or (lemma_of[tok.i] in HELD_PEOPLE and tok.tag_ == "NNS" and _held_by_the_state(tok, actors, role_only))
            ):
                role_only[tok.i] = "CVL"
                heads[tok.i] = tok
                if (top := _number_over(tok)).i != tok.i and top.i not in actors and top.i not in heads:
                    heads[top.i] = tok  # "hundreds of people have been arrested": the number stands for them
        # Proper names the codebook does not know: kept for the coverage report, never coded. Without NER
        # (the default bulk parse), runs of proper nouns stand in for the entities.
        names = doc.ents if self.ner else _propn_runs(doc, tokens)
        for ent in names:
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "PROPN") and not any(i in mmap.by_token for i in range(ent.start, ent.end)):
                unresolved.append(span_text(doc, ent.start, ent.end))
        # "the two leaders", "both sides": the last pair of actors named together ("Russia and Ukraine"), else the last
        # two actors of the story. Candidate pairs, best first: a target takes the first pair without the source.
        # (only two named together: "Britain, France and Germany" are one side of a list, no pair for "the two sides")
        coordinated = [
            (i, actors[i], actors[c]) for i in sorted(actors) for c in kids[i]
            if dep_of[c] == "conj" and c in actors and actors[c].code != actors[i].code and len(tokens[i].conjuncts) == 1
        ]
        groups: dict[int, list[tuple[Actor, Actor]]] = {}
        for tok in tokens if ("two" in lower_of or "both" in lower_of) else ():  # (both branches need "two" or "both")
            # "X met Y, and the two agreed to ...": "the two" standing alone as a subject is the pair, as "the two leaders"
            two_alone = (
                lower_of[tok.i] == "two" and dep_of[tok.i] in ("nsubj", "nsubjpass") and pos_of[tok.i] == "NUM"
                and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children) and not any(c.dep_ == "prep" for c in tok.children)
            )
            # ("the two NATO allies": a body named as the pair's mark is no actor of the pair noun)
            body_mark = tok.i in actors and actors[tok.i].kind in (ORG, AGENT) and tok.lemma_.lower() in PAIR_NOUNS and any(
                c.lower_ == "two" and c.dep_ == "nummod" for c in tok.lefts) and any(c.dep_ == "compound" for c in tok.lefts)
            if not two_alone and ((tok.i in actors and not body_mark) or pos_of[tok.i] != "NOUN" or tok.tag_ not in ("NNS", "NNPS")):
                continue
            if two_alone or (any(c.lower_ in ("two", "both") for c in tok.lefts) and tok.lemma_.lower() in PAIR_NOUNS):
                personal = not two_alone and tok.lemma_.lower() in PERSONAL_PAIR_NOUNS
                named = [(a, b) for i, a, b in reversed(coordinated) if i < tok.i] + [p for p in reversed(state.pairs) if not _told_by_third(tok, p, actors)]
                last = self._last_two(tok, actors, state, personal=personal) or ()
                candidates = [p for p in named if not personal or (p[0].personal and p[1].personal)]
                if personal and not candidates and tok.lemma_.lower() in LEADER_NOUNS:
                    # "Kyrgyzstan and Tajikistan agreed on a ceasefire ... Putin met both leaders": the leaders of the
                    # two countries named together last
                    candidates = [
                        tuple(Actor(a.country + "GOV", a.country, "GOV", tok.text, a.rule_id, AGENT, tok.i, tok.lemma_.lower()) for a in p)
                        for p in named if all(a.role is None and a.country and a.code == a.country for a in p) and p[0].country != p[1].country
                    ][:1]
                candidates += [(a, b) for k, a in enumerate(last) for b in last[k + 1 :]]
                if two_alone:
                    # (only a pair this sentence named before it: the subject and object of "X met Y, and the two ...",
                    # or "X and Y"; never a place or an actor of an earlier sentence)
                    here = [actors[i] for i in sorted(actors) if i < tok.i and not _named_as_place(tokens[i], actors[i])]
                    here = list({a.code: a for a in here}.values())
                    candidates = [(a, b) for i, a, b in reversed(coordinated) if i < tok.i] or ([tuple(here)] if len(here) == 2 else [])
                if candidates:
                    # (an actor of an earlier sentence stands here at the pair noun, as a pronoun's antecedent does: its
                    # own head is a token of another Doc)
                    groups[tok.i] = [tuple(a if actors.get(a.head) is a else replace(a, head=tok.i) for a in p) for p in candidates]
                    heads[tok.i] = tok
                    if body_mark:
                        del actors[tok.i]
        for i in [i for i in actors if pos_of[i] == "PROPN" and _party_name(tokens[i]) and tokens[i].lower_ not in PARTY_MEMBERS]:
            # "the ruling Serbian Progressive Party", "Britain's opposition Labour Party": a party no dictionary knows,
            # read as its country alone, is that country's, of the side said (party12)
            a = actors[i]
            if a.role is None and a.country and a.code == a.country and a.kind in (COUNTRY, AGENT) and (side := _party_side(tokens[i]) or "PTY"):
                actors[i] = Actor(a.country + side, a.country, side, _np_text(tokens[i]), a.rule_id, AGENT, i)
        # noun phrases of several countries in this sentence, by head (for "they" and "the juntas" below)
        named_groups = [(i, members) for i in sorted(actors) if (members := self._members(tokens[i], actors, extra)) and len({a.country for a in members}) >= 3]
        if state.locus:
            # "Philippine police arrested the televangelist Apollo Quiboloy ... Quiboloy surrendered": a person named in
            # full whom no dictionary knows and the story calls by surname too is the story country's civilian
            # (people12: STRANGER_RULE)
            for i in [i for i in role_only if i not in actors and i not in groups and pos_of[i] == "PROPN"]:
                # "Interior Minister Marco Antonio Villeda": a name behind a title of no country's, in a story about
                # one country, is that country's officer, named now so that "Villeda" and "he" find him later
                if (local := _of_locus(tokens[i], role_only, state.locus)) is not None and (title := _title_noun(tokens[i], mmap)):
                    actors[i] = replace(local, noun=title)
                    heads[i] = tokens[i]
            for i in [i for i in role_only if i not in actors and i not in groups and pos_of[i] == "NOUN" and tokens[i].tag_ == "NN"]:
                # "the activist Boniface Mwangi", "the opposition figure Rosa Quispe": a name in apposition to a title
                # of no country's is the story country's, as "Interior Minister Marco Antonio Villeda" is
                if (name := next((c for c in tokens[i].rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i not in actors and c.i not in mmap.by_token), None)) is not None and (
                    local := _of_locus(tokens[i], role_only, state.locus)
                ) is not None and local.personal:
                    actors[i] = local
                    heads[i] = tokens[i]
            for tok in tokens:
                if (
                    pos_of[tok.i] == "PROPN" and tok.i not in actors and (tok.i not in role_only or _party_side(tok) or _party_owner_name(tok, mmap)) and tok.i not in groups and (tok.i not in mmap.by_token or _party_side(tok) or _party_owner_name(tok, mmap)) and dep_of[tok.i] in STRANGER_DEPS
                    and (dep_of[tok.i] != "pobj" or tok.head.lower_ in STRANGER_PREPS or tok.head.lower_ == "of") and _np_head(tok).i == tok.i and _party_name(tok)
                    and not any(c.i in mmap.by_token and c.text[:1].isupper() and mmap.by_token[c.i].entry.kind != AGENT for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod"))
                ):
                    # "Sunak accused Labour of ...", "the Conservatives said ...": a party no dictionary knows, named by
                    # its name or its members' word, in a story about one country, is that country's; "the main
                    # opposition People's Party", "the ruling Freedom Alliance": of the side said (party12)
                    side = _party_side(tok) or "PTY"
                    actors[tok.i] = Actor(state.locus + side, state.locus, side, _np_text(tok), LOCUS_RULE, AGENT, tok.i)
                    heads[tok.i] = tok
            for tok in tokens:
                if pos_of[tok.i] == "PROPN" and tok.i not in groups and _stranger_name(tok, actors, role_only, mmap, article.text):
                    actors[tok.i] = Actor(state.locus + "CVL", state.locus, "CVL", _np_text(tok), STRANGER_RULE, PERSON, tok.i)
                    heads[tok.i] = tok
                    if (slot := _stranger_slot(tok)).i != tok.i:
                        actors[slot.i] = replace(actors[tok.i], head=slot.i)
                        heads[slot.i] = slot
        _conflict_parties(tokens, actors, heads, groups)  # "all parties to the conflict in Sudan" (plover13)
        for i in [i for i in actors if pos_of[i] == "PROPN" and _party_name(tokens[i]) and actors[i].country]:
            for mark in _party_marks(tokens[i]):
                state.names[fold(mark)] = actors[i]  # "The All People's Congress (APC) ... the APC said" (party12)
            if actors[i].role in PARTY_SIDE_ROLES:
                state.names[LATEST_PARTY] = actors[i]  # what a later bare "the party" is
        for tok in tokens:
            if tok.i not in actors and tok.i not in groups and (
                (pos_of[tok.i] == "PROPN" and dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and "of" in lower_of) or (pos_of[tok.i] == "NOUN" and lemma_of[tok.i] in PARTY_MEMBER_NOUNS)
            ) and (party := _party_of_member(tok, actors, state)) is not None:  # (what it can take: a name with "of", a member noun)
                # "Samura Kamara of the APC", "APC lawmakers": a party's member or officer, of a party the story named
                # (party12)
                actors[tok.i] = replace(party, head=tok.i, text=_np_text(tok), kind=PERSON if pos_of[tok.i] == "PROPN" else party.kind)
                heads[tok.i] = tok
            elif (
                tok.i not in actors and tok.i not in groups and lower_of[tok.i] in BARE_PARTY_NOUNS and pos_of[tok.i] == "NOUN" and dep_of[tok.i] in STRANGER_DEPS
                and [c.lower_ for c in tok.children] == ["the"] and (party := state.names.get(LATEST_PARTY)) is not None
            ):
                # "The opposition Freedom Alliance criticised the increase. The party accused the president ...": the
                # party the story named last (party12)
                actors[tok.i] = replace(party, head=tok.i, text=_np_text(tok))
                heads[tok.i] = tok
        if state.names:
            for i in [i for i in actors if actors[i].kind == COUNTRY and pos_of[i] == "PROPN"]:
                if (named := _surname_not_country(tokens[i], mmap, state)) is not None:
                    actors[i] = Actor(named.code, named.country, named.role, tokens[i].text, named.rule_id, named.kind, i, named.noun)  # "accused Montenegro" (actors14)
        # Pronouns and bare role nouns ("the president") link to the most recent compatible actor; a surname alone
        # ("Mitsotakis called Erdogan") to the person the story named in full before.
        for tok in tokens:
            if tok.i in actors or tok.i in groups:
                continue
            antecedent = None
            if (
                state.names and (pos_of[tok.i] == "PROPN" or (pos_of[tok.i] == "NOUN" and (tok.i > 0 or _opening_name(tok)) and tok.text[:1].isupper() and tok.is_alpha))
                and (named := state.names.get(fold(tok.text)))
                and (tok.i not in mmap.by_token or (named.kind == ORG and tok.i > tok.sent.start and mmap.by_token[tok.i].entry.kind == AGENT))
                and _np_head(tok).i == tok.i and not any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.lower_ not in _NAME_PARTICLES for c in tok.children)
            ):
                antecedent = named  # ("Hunter Biden" is not Biden; "de Zela" is Zela: actors13)
            elif state.names and tok.i >= 2 and lower_of[tok.i - 1] == "-" and (named := _hyphen_named(tok, state, mmap)) is not None:
                antecedent = named  # a hyphenated surname named in full before ("Gonzalez-Olaechea said") (actors13)
            elif (
                state.names and dep_of[tok.i] == "poss" and pos_of[tok.i] == "PROPN" and tok.head.i in role_only and tok.head.i not in actors and tok.i not in mmap.by_token
                and not any(c.dep_ in ("compound", "flat") for c in tok.children) and (named := state.names.get(fold(tok.text))) is not None
                and named.personal and named.country and role_only[tok.head.i] in SALIENT_ROLES
            ):
                # "Ishiba wants stable ties with Lee's government", Lee Jae-myung named in full before: the office a
                # surname owns is that person's state's (actors13)
                role = role_only[tok.head.i]
                actors[tok.head.i] = Actor(named.country + role, named.country, role, _np_text(tok.head), named.rule_id, AGENT, tok.head.i, tok.head.lemma_.lower())
                heads[tok.head.i] = tok.head
            elif lower_of[tok.i] == "them" and dep_of[tok.i] in ("dobj", "dative", "pobj") and (
                pair := next((groups[i] for i in sorted(groups, reverse=True) if i < tok.i), None)
            ) and (subj := subject_of(tok.head if tok.dep_ != "pobj" else tok.head.head)) is not None and all(_np_head(subj).i != i for i in groups):
                # "Putin, who met both leaders at a summit in Uzbekistan, urged them to stop the fighting": "them" is
                # the pair the sentence named before it, not the nearest actor (the place of the summit)
                speaker_codes = {a.code for a in self._members(_np_head(subj), actors, extra)}
                first, second = next((p for p in pair if p[0].code not in speaker_codes and p[1].code not in speaker_codes), pair[0])
                actors[tok.i] = Actor(first.code, first.country, first.role, tok.text, first.rule_id, first.kind, tok.i, first.noun)
                extra[tok.i] = [Actor(second.code, second.country, second.role, tok.text, second.rule_id, second.kind, tok.i, second.noun)]
                heads[tok.i] = tok
            elif lower_of[tok.i] in ("whom", "who", "which", "that") and dep_of[tok.i] in ("dobj", "dative") and tok.head.dep_ == "relcl" and tok.head.head.i in actors:
                # "Russia's defence attache, whom it accused of being an intelligence officer": the relative pronoun
                # object is the noun its clause hangs on
                antecedent = actors[tok.head.head.i]
            elif lower_of[tok.i] in FIRST_PERSON and dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") and (said := _quote_speaker(tok)) is not None and _np_head(said).i in actors and not any(
                i in actors and actors[i].country == actors[_np_head(said).i].country for i in (t.i for t in tok.head.subtree) if i != tok.i
            ):
                # '"We urge Israel to allow aid," Lammy said', 'Lavrov said: "We will never accept ..."': the first
                # person of a quoted or reported clause is its speaker, before or after the quote
                antecedent = actors[_np_head(said).i]
            elif lower_of[tok.i] in PRONOUNS and dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") and _speaker(tok, actors) is None and (said := _role_speaker(tok, actors, role_only)) is not None:
                # "Student groups said they would keep protesting": the role noun no one names that said it, not the
                # last actor of the story (the locus rule may place them later, as it places the role noun)
                role_only[tok.i] = role_only[said.i]
                heads[tok.i] = tok
            elif lower_of[tok.i] in PRONOUNS and dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative"):
                if dep_of[tok.i] in ("nsubj", "nsubjpass") and tok.head.dep_ in CLAUSE_LINKS14 and (party := _clause_party14(tok, actors, role_only)) is not None and _quoted_speaker(tok, actors) is None:
                    if party.i not in actors:
                        role_only[tok.i] = role_only[party.i]  # pron14: "Police detained ..., after they arrested"
                        heads[tok.i] = tok
                        continue
                    antecedent = actors[party.i]  # pron14: the main clause's party, not the place just named
                antecedent = antecedent or _speaker(tok, actors) or _salient_subject(tok, actors, state, sentence.index) or self._nearest(tok, actors, state, tok.lower_, None, skip=_co_subjects(tok))
                if _names_an_act(tok, self.verdicts) and (doer := _doer_of_latest_act(tok, actors, state)) is not None:
                    antecedent = doer  # "Herzog called it atrocious": "it" is the act just told, its doer the target
                elif lower_of[tok.i] in ("they", "them") and (other := _quoted_other(tok, actors, state, antecedent)) is not None:
                    antecedent = other  # '"They attacked our cities," Zelensky said': not the speaker's side (quote12)
            elif lower_of[tok.i] == "our" and (own := _quoted_own(tok, actors)) is not None:
                antecedent = own  # '"They attacked our cities," Zelensky said': the speaker's side (quote12)
            elif lower_of[tok.i] in QUOTED_DEMONSTRATIVES and (other := _quoted_other(tok, actors, state, None)) is not None:
                antecedent = other  # '"We will never accept this," Lai said': the act just told, its doer (quote12)
            elif dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") and lower_of[tok.i] in NUMBERED_GROUP_NOUNS and (n := _numbered_group(tok)) and (
                group := next((g for i, g in reversed(named_groups) if i < tok.i and len({a.country for a in g}) == n), None)
                or next((g for g in reversed(state.groups) if len({a.country for a in g}) == n), None)
                or self._recent_group(tok, n, actors, state, sentence.index)
            ):
                # "Spain, Ireland and Norway recognised a Palestinian state ... Israel recalled its ambassadors from the
                # three countries": the countries named together last, as many as the number says
                _stand_for(tok, group, actors, extra, heads)
            elif (
                dep_of[tok.i] in ("dobj", "pobj", "dative") and tok.tag_ == "NN" and _epithet(tok)
                and ((tok.i not in role_only and tok.i not in mmap.by_token) or tok.lemma_.lower() in COLONIAL_NOUNS) and (owner := self._epithet_owner(tok, actors)) is not None
                and (other := self._epithet_other(tok, owner, actors, state, sentence.index)) is not None
            ):
                # "Ecuador imposed tariffs on Colombia, accusing its neighbour of ...", "Rwanda cut ties with Belgium,
                # accusing its former colonial ruler of ...": the country the owner's epithet stands for is the latest
                # other country named (see _epithet)
                actors[tok.i] = Actor(other, other, None, _np_text(tok), "epithet", COUNTRY, tok.i)
                heads[tok.i] = tok
            elif (
                state.titles and tok.i not in role_only and dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative")
                and tok.lemma_.lower() in BARE_TITLES and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.lefts)
            ):
                # "army chief Herzi Halevi toured the border. The general warned Hezbollah": a title the agents list
                # leaves out is the latest actor the story named with it (see _title_words)
                antecedent = _titled_before(tok, mmap, actors, state)
            elif (
                tok.i in role_only and role_only[tok.i] in SALIENT_ROLES and _titled_stranger(tok, mmap)
                and (subject := _salient_subject(tok, actors, state, sentence.index)) is not None and subject.country in self._countries
                and subject.role in (None, "GOV")
            ):
                # "Burundi closed its border with Rwanda. Interior Minister Martin Niteretse said ...": a titled person no
                # dictionary knows, of no country, opening a sentence as its subject is of the state the sentence before
                # was about, as "The foreign ministry said" is (below) (actors13)
                role = role_only[tok.i]
                antecedent = Actor(subject.country + role, subject.country, role, _np_text(tok), subject.rule_id, AGENT, tok.i, _title_noun(tok, mmap) or tok.lemma_.lower())
            elif tok.i in role_only and role_only[tok.i] == "JUD" and (court := _court_named_before(tok, actors, state)) is not None:
                antecedent = court  # "The ICC issued a warrant for Putin. The court also issued ...": that court (actors13)
            elif tok.i in role_only and tok.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "the" for c in tok.lefts):
                antecedent = self._nearest(tok, actors, state, None, role_only[tok.i])
                titled = _titled_before(tok, mmap, actors, state) if state.titles and tok.tag_ == "NN" else None
                referred = titled is not None and (antecedent is None or _titled_otherwise(antecedent, tok, mmap, state) or _co_argument(antecedent, tok, actors))
                if referred:
                    # "Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv. Hungary's prime minister ... The
                    # minister criticised Hungary", "Mayor Ekrem Imamoglu (of the opposition) ... The mayor accused the
                    # government": a title after "the" is the latest actor the story named with that title, when the
                    # latest of its role was named with another title (or none is of its role); named so, it is no
                    # institution named by no one (below)
                    antecedent = titled
                elif (
                    titled is None and tok.tag_ == "NN"
                    and (subject := _salient_subject(tok, actors, state, sentence.index)) is not None and role_only[tok.i] in SALIENT_ROLES
                    and subject.country in self._countries and subject.role in (None, "GOV")
                    and (antecedent is None or antecedent.country != subject.country)
                ):
                    # "Venezuela recalled its ambassador to Brazil and summoned Brazil's top diplomat. The foreign
                    # ministry called the veto a hostile act": a state's role noun (one, with no title named before)
                    # opening a sentence as its subject is of the state the sentence before was about (its subject: a
                    # state or its government), not of the last one of its role named
                    role = role_only[tok.i]
                    antecedent = Actor(subject.country + role, subject.country, role, _np_text(tok), subject.rule_id, AGENT, tok.i, tok.lemma_.lower())
                    referred = True  # (no institution named by no one either)
                if (
                    not referred and antecedent is not None and state.locus and antecedent.country != state.locus and tok.lemma_.lower() in INSTITUTION_NOUNS
                    and antecedent not in actors.values() and (local := _of_locus(tok, role_only, state.locus)) is not None
                ):
                    # "Brazil, Colombia and Mexico urged the electoral authorities to publish the records", in a story
                    # about Venezuela that quoted Washington before: a state's institution named by no one is the story
                    # country's, not that of the last foreign government named
                    antecedent = local
                if (
                    not referred and role_only[tok.i] == "GOV" and tok.lower_ in BARE_STATE_NOUNS15 and tok.tag_ in ("NN", "NNS")
                    and not any(c.dep_ in ("poss", "amod", "compound") for c in tok.lefts) and (home := _home_body15(tok, actors)) is not None and home.country in self._countries
                    and (antecedent is None or antecedent.country != home.country)
                ):
                    # "Opposition Labour leader Keir Starmer said the government had wasted money", "The opposition
                    # accused the government of fraud": an opposition, a party or a people speaks of its own
                    # government, not of the last foreign one named (people12); a court rules on its own (gov15)
                    antecedent = Actor(home.country + "GOV", home.country, "GOV", _np_text(tok), home.rule_id, AGENT, tok.i, tok.lemma_.lower())
            elif tok.i in role_only and role_only[tok.i] == "GOV" and (home := self._home_owner15(tok, actors)) is not None:
                # "A Kenyan court blocked the government's plan": the plan of the court's own government (gov15)
                antecedent = home
            elif (
                dep_of[tok.i] in ("nsubj", "nsubjpass") and tok.lemma_.lower() in PROXY_NOUNS and tok.tag_ in ("NN", "NNS") and (tok.i not in role_only or tok.lemma_.lower() == "party")
                and (poss := next((c for c in tok.lefts if c.dep_ == "poss"), None)) is not None
            ):
                # "His lawyers said he had not violated any order", "Duterte's lawyers welcomed the decision": a person's
                # lawyers or aides speak for that person
                if poss.i in actors:
                    antecedent = actors[poss.i] if actors[poss.i].personal else None
                elif poss.pos_ == "PROPN" and (named := state.names.get(fold(poss.text))) is not None and named.personal:
                    antecedent = named
                elif poss.lower_ in ("his", "her"):
                    owner = _salient_subject(tok, actors, state, sentence.index)
                    owner = owner if owner is not None and owner.personal else self._nearest(tok, actors, state, POSSESSIVES[poss.lower_], None)
                    antecedent = owner if owner is not None and owner.personal else None
            elif tok.i in role_only and tok.dep_ in ("nsubj", "nsubjpass") and (poss := next((c for c in tok.lefts if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)):
                # "the Ukrainian military said its forces …": the role noun is of the country the pronoun refers to.
                # Subjects only: "Arnor called on its citizens to stay calm" is no act between two actors.
                owner = self._nearest(tok, actors, state, POSSESSIVES[poss.lower_], None)
                if (subject := _salient_subject(tok, actors, state, sentence.index)) is not None and (
                    POSSESSIVES[poss.lower_] == "they" or (POSSESSIVES[poss.lower_] in PRONOUNS_PERSONAL) == subject.personal
                ):
                    # "Erdogan met Putin in Sochi. His government later accused Greece ...": opening a sentence, the
                    # owner is the subject of the sentence before (see _salient_subject)
                    owner = subject
                if owner is not None and owner.country:
                    role = role_only[tok.i]
                    actors[tok.i] = Actor(owner.country + role, owner.country, role, _np_text(tok), owner.rule_id, AGENT, tok.i, tok.lemma_.lower())
                    heads[tok.i] = tok
            elif tok.i in role_only and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") and (poss := next((c for c in tok.lefts if c.dep_ == "poss" and (_refers_back(c) or _compass_half(c))), None)):
                # "The country's foreign minister warned Israel", "the North's leader", "Rubio accused the country's
                # judiciary": the role noun is of the country named before
                owner = self._named_before(poss, actors, state) if _refers_back(poss) else self._half_named_before(poss, _compass_half(poss), actors, state)
                if owner is not None and _body_organ15(owner):
                    # groups15: "the bloc's foreign policy chief", "the alliance's secretary general": an organ of the
                    # international body named before is that body (its code), not a state's role
                    actors[tok.i] = Actor(owner.code, owner.country, owner.role, _np_text(tok), owner.rule_id, owner.kind, tok.i, tok.lemma_.lower())
                    heads[tok.i] = tok
                elif owner is not None:
                    role = role_only[tok.i]
                    actors[tok.i] = Actor(owner.country + role, owner.country, role, _np_text(tok), owner.rule_id, AGENT, tok.i, tok.lemma_.lower())
                    heads[tok.i] = tok
            elif (
                lower_of[tok.i] in BODY_ORGANS15 and tok.i not in role_only and tok.i not in mmap.by_token and dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative")
                and (poss := next((c for c in tok.lefts if c.dep_ == "poss" and lower_of[c.i] in BODY_REFERRERS15 and _refers_back(c)), None)) is not None
                and (owner := self._named_before(poss, actors, state)) is not None and _body_organ15(owner)
            ):
                # groups15: "the bloc's commission congratulated him", "the alliance's leadership": an organ with no role
                # noun of its own, owned by the international body named before, is that body
                actors[tok.i] = Actor(owner.code, owner.country, owner.role, _np_text(tok), owner.rule_id, owner.kind, tok.i, tok.lemma_.lower())
                heads[tok.i] = tok
            elif dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") and lower_of[tok.i] in GROUP_NOUNS and _refers_back_to_group(tok) and (
                group := next((g for i, g in reversed(named_groups) if i < tok.i), None) or (state.groups[-1] if state.groups else None)
            ):
                # "The United States, Britain, Germany and several other donors paused funding ... The Palestinian
                # Authority urged the countries to reverse their decisions": the countries last named together
                _stand_for(tok, group, actors, extra, heads)
            elif dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss") and lower_of[tok.i] in ("north", "south") and tok.i not in mmap.by_token and (half := _compass_half(tok)):
                # "the North's provocations" after North and South Korea were named: the half of a divided country
                antecedent = self._half_named_before(tok, half, actors, state)
                if antecedent is not None and tok.dep_ == "poss" and tok.head.i not in actors and tok.head.i not in role_only and tok.head.pos_ == "NOUN":
                    # what it owns is its own, as "Russia's provocations" is Russia's (its role nouns: below)
                    actors[tok.head.i] = Actor(antecedent.country, antecedent.country, None, _np_text(tok.head), antecedent.rule_id, COUNTRY, tok.head.i)
                    heads[tok.head.i] = tok.head
            elif (
                dep_of[tok.i] in ("nsubj", "nsubjpass") and lower_of[tok.i] in ("country", "nation", "office", "government", "administration") and tok.i not in mmap.by_token and tok.i not in role_only
                and [c.lower_ for c in tok.children] in (["his"], ["her"]) and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in REPORTING_VERBS
                and (speaker := _np_head(sb) if (sb := subject_of(tok.head.head)) is not None else None) is not None and speaker.i in actors
                and actors[speaker.i].personal and actors[speaker.i].country
            ):
                # "Marcos said his country was ready to provide medical assistance", "King Abdullah said his country
                # would take in 2,000 children": a leader's "his country" in what the leader said is the leader's state,
                # "his government" its government, "his office" the speaker ("Ukraine's prosecutor general said his
                # office had opened a war crimes investigation against Russia")
                owner = actors[speaker.i]
                if tok.lower_ == "office":
                    antecedent = owner
                elif tok.lower_ in ("government", "administration"):
                    antecedent = Actor(owner.country + "GOV", owner.country, "GOV", tok.text, owner.rule_id, AGENT, tok.i, tok.lemma_.lower())
                else:
                    antecedent = Actor(owner.country, owner.country, None, tok.text, owner.rule_id, COUNTRY, tok.i)
            elif dep_of[tok.i] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss") and lower_of[tok.i] in REFERRING_NOUNS and _refers_back(tok):
                # "The kingdom pledged aid", "the bloc condemned Belarus", "rejected the bloc's ultimatum": a country or
                # body named before
                antecedent = self._named_before(tok, actors, state)
            if antecedent is not None:
                actors[tok.i] = Actor(antecedent.code, antecedent.country, antecedent.role, tok.text, antecedent.rule_id, antecedent.kind, tok.i, antecedent.noun)
                heads[tok.i] = tok
                if (
                    tok.lower_ == "they" and tok.head.dep_ == "ccomp" and actors.get(antecedent.head) is antecedent and antecedent.head < tok.i
                    and len(said := self._members(tokens[antecedent.head], actors, extra)) > 1
                ):
                    # "Algeria and Tunisia said they would send aid": "they" is every member of the compound subject
                    extra[tok.i] = [Actor(a.code, a.country, a.role, tok.text, a.rule_id, a.kind, tok.i, a.noun) for a in said if a.code != antecedent.code]
                elif tok.lower_ in ("they", "them") or (tok.tag_ in ("NNS", "NNPS") and tok.pos_ == "NOUN"):
                    # "they", "the juntas" after "the military governments of Mali, Burkina Faso and Niger": all of them
                    group = next((g for i, g in reversed(named_groups) if i < tok.i and any(a.code == antecedent.code for a in g)), None)
                    if group is None:
                        group = next((g for g in reversed(state.groups) if any(a.code == antecedent.code for a in g)), None)
                    if group is not None:
                        extra[tok.i] = [Actor(a.code, a.country, a.role, tok.text, a.rule_id, a.kind, tok.i, a.noun) for a in group if a.code != antecedent.code]
        for i in [i for i in role_only if i not in actors and dep_of[i] in STRANGER_DEPS]:
            if (owned := _owned_by_named(tokens[i], actors, role_only, mmap, state)) is not None:
                actors[i] = owned  # "Castillo's supporters blocked roads" (actors14)
                heads[i] = tokens[i]
        for tok in tokens:
            if pos_of[tok.i] == "PROPN" and (tok.i not in actors or actors[tok.i].rule_id == STRANGER_RULE) and tok.i not in role_only and tok.i not in mmap.by_token and (body := _body_headed(tok, actors)) is not None:
                # "Ahmed Bello, who heads the country's electoral commission, accused ...": a person who heads, leads or
                # chairs a body the sentence names is of that body (people12)
                actors[tok.i] = Actor(body.code, body.country, body.role, _np_text(tok), body.rule_id, AGENT, tok.i, "head")
                heads[tok.i] = tok
        for k in [k for k in role_only if k not in actors and k in heads and heads[k].i == k]:
            if (top := _number_over(tokens[k])).i != k and top.i not in heads and top.i not in actors and dep_of[top.i] in ("dobj", "nsubjpass"):
                # "Police recaptured one of the fugitives", "arrested two of the suspects": the part stands for the
                # role noun it counts, as a subject's does (_partitive_head)
                heads[top.i] = tokens[k]
        self._summit_parties(tokens, actors, extra, heads, role_only, state, sentence.index, groups)  # "at a summit, where they signed" (coord13)
        trace = SentenceTrace()
        matches = list(match_sentence(doc, self.verbs, heads, trace if explain else None, tokens))
        events = self._events(article, sentence, doc, matches, actors, trace, groups, role_only, extra, state)
        events += self._noun_events(article, sentence, tokens, actors, extra, events, state, role_only)
        if strangers := {a.text for a in actors.values() if a.rule_id == STRANGER_RULE}:
            events = [e for e in events if not _abroad_with_stranger(e, strangers)]  # (people12: at home only)
        state.named_acts.extend(_acts_named_by_nouns(tokens, actors))
        del state.named_acts[:-10]
        state.told.extend((verb, doers, sentence.index) for verb, doers in _acts_told(tokens, actors, extra))
        del state.told[:-30]
        state.made.extend((noun, makers, sentence.index) for noun, makers in _things_made(tokens, actors, extra))
        del state.made[:-30]
        del state.acts[:-40]
        state.pairs.extend((a, b) for _, a, b in coordinated)
        if (met := _meeting_pair(events)) is not None:
            state.pairs.append(met)  # "X met Y ... the two sides agreed" (coord13)
        if (state.summit is None or state.summit[0] != sentence.index) and (parties := _meeting_parties(events, state.pairs)) is not None:
            state.summit = (sentence.index, *parties)  # "Erdogan held talks with Sisi ... The leaders discussed" (coord13)
        del state.pairs[:-4]
        state.groups.extend([replace(a, head=-1) for a in g] for _, g in named_groups)
        del state.groups[:-3]
        # (countries named only as a place, or on a thing: "a Palestinian state", "a Russian ship")
        places = frozenset(i for i in actors if _named_as_place(tokens[i], actors[i]) or (actors[i].kind == AGENT and actors[i].role is None))
        self._remember_countries(state, sentence.index, [actors[i] for i in sorted(actors)] + [a for i in sorted(extra) for a in extra[i]], places)
        for head in sorted(actors):
            if actors[head].head < 0:
                continue
            if (words := _title_words(tokens[head], mmap, actors[head])) and any(
                (m := mmap.by_token.get(t.i)) is not None and m.entry.kind != AGENT for t in tokens[head].subtree
            ):
                # (a noun phrase that names its actor: a name, a country, not a title standing alone ("the junta"),
                # which refers back itself)
                state.titles.append((words, actors[head]))
            elif again := [t for t in state.titles if t[1].code == actors[head].code and t[1].rule_id == actors[head].rule_id]:
                # named again by name or pronoun ("Biden called Erdogan to congratulate him"): its titles are recent
                state.titles = [t for t in state.titles if t not in again] + again
        del state.titles[:-12]
        state.subject = next(((sentence.index, actors[h.i]) for r in tokens if dep_of[r.i] == "ROOT" for c in r.children
                              if c.dep_ in ("nsubj", "nsubjpass") and (h := _np_head(c)).i in actors
                              and not any(d.dep_ == "conj" for d in h.children)), None)  # (not one of several)
        for head in sorted(actors):
            if actors[head].head >= 0:
                # a capital named as a place ("flew to Rome") is no antecedent of "the government"
                state.remember(actors[head] if head not in places or actors[head].kind != CAPITAL or not _named_as_place(tokens[head], actors[head]) else replace(actors[head], role=None))
                if actors[head].personal:
                    # the name itself, or the name in apposition to a title ("the Rohirric president, Erkenbrand Hornburg")
                    for tok in (tokens[head], *(c for c in tokens[head].children if c.dep_ == "appos")):
                        m = mmap.get(tok)
                        if (tok.pos_ != "PROPN" and not _hyphen_tail(tok)) or (m is not None and m.entry.kind != PERSON):
                            continue
                        state.name(_stranger_name_words(tok, mmap) if m is None else _name_words(m.text), actors[head])
                elif actors[head].kind == ORG and (m := mmap.get(tokens[head])) is not None and m.entry.kind == ORG:
                    state.name(_org_short_name(m.text), actors[head])
        if state.history and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" and c.i not in actors and c.i not in role_only and c.text[:1].isupper()
            and not any(t.i in mmap.by_token for t in c.subtree) and not any(d.dep_ == "conj" for d in c.children)
            and (c.ent_type_ in ("", "PERSON"))
            for r in tokens if dep_of[r.i] == "ROOT" for c in r.children
        ):
            # "Chaab disappeared in Turkey in 2020. Swedish officials have said he was lured to Istanbul": the man the
            # story names but no dictionary knows is whom "he" stands for next, not the last known person
            state.stranger = state.history[-1]
        if events and _claim_about_the_war(lower_of):
            # the sentence the history filter let through for its demand about a world war: the war's own acts of force
            # stay history (plover13)
            events = [e for e in events if e.action[:2] not in WAR_ACT_ROOTS]
        verbs_without = []
        if not events and len(actors) >= 2:
            verbs_without = [t.lemma_.lower() for t in tokens if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj")]
        return SentenceAnalysis(sentence, doc, mentions, actors, unresolved, matches, events, trace, verbs_without)

    def _noun_events(self, article, sentence, tokens, actors, extra, events, state, role_only=None) -> list[Event]:
        """Acts named by a noun whose parties the sentence names without a verb for them: "Pakistan and Afghanistan
        agreed to a ceasefire after talks in Doha" (046 between the subject's members), "Putin arrived for his first
        visit to North Korea" (042 of the possessor to the place). Only where the act took place (its verb is realised,
        not negated, modal or future) and the parties are unambiguous."""
        out: list[Event] = []
        have = {(e.source, e.target, e.action_root) for e in events}
        _, pos_of, lower_of = doc_labels(tokens[0].doc) if tokens else ([], [], [])  # Token.pos_, lower_, from the Doc's columns
        for tok in tokens:
            if pos_of[tok.i] != "NOUN" and (pos_of[tok.i] not in ("ADJ", "X") or tok.lemma_.lower() not in self.verdicts) and (
                pos_of[tok.i] != "VERB" or tok.tag_ not in ("VBG", "VBN", "VBD") or (tok.dep_ not in ("oprd", "acomp") and not _quoted_participle(tok)) or tok.lower_ not in self.verdicts
            ) and (pos_of[tok.i] not in ("ADJ", "ADV", "VERB") or (lower_of[tok.i - 1] != "-" and (pos_of[tok.i] != "ADV" or lower_of[tok.i] not in self.verdicts)) or _crit13_verdict(tok, self.verdicts) is None):
                continue  # nouns; a verdict adjective ("called the expulsion 'regrettable'"), also one read as a participle ("'deeply concerning'")
            lemma = tok.lemma_.lower()
            if lemma in NOUN_TALKS and tok.tag_ == "NNS" and not any(c.lemma_.lower() in NOT_DONE for c in tok.lefts) and _after_phrase_verb(tok) is not None and (
                partners := [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj" and _np_head(p).i in actors]
            ):
                # "Barrot left N'Djamena following talks with President Deby", "after talks with Putin": the subject of
                # the verb the phrase hangs on negotiated with the "with" party (the subject's, as a consultation
                # with a named object is)
                verb = _after_phrase_verb(tok)
                subj = subject_of(verb) if verb is not None else None
                if subj is None or not _took_place(verb):
                    continue
                others = self._members(_np_head(partners[0]), actors, extra)
                pairs = [(a, b) for a in self._members(_np_head(subj), actors, extra) for b in others if a.country and b.country and a.country != b.country]
                if not pairs:
                    continue
                code, rule = "046", "noun.talks_with"
            elif lemma in CONSULT_NOUNS and not any(c.lemma_.lower() in NOT_DONE for c in tok.lefts) and (setting := _consult_setting(tok)) is not None:
                # "said after a phone call with Kagame", "in a call with his Dutch counterpart, asked ...", "told him
                # in a phone call", "during a meeting with Sisi": a call or meeting named as the setting of what the
                # verb's subject did, held with the "with" party (for a phone call with none: the one the subject told)
                verb, heard = setting
                subj = subject_of(verb)
                if subj is None or not _took_place(verb):
                    continue
                others = self._members(_np_head(heard), actors, extra)
                pairs = [(a, b) for a in self._members(_np_head(subj), actors, extra) for b in others if a.country and b.country and a.country != b.country]
                if not pairs:
                    continue
                code, rule = ("041" if lemma in PHONE_NOUNS else CONSULT_NOUNS[lemma]), "noun.consult_setting"
            elif lemma in NOUN_TALKS and tok.tag_ == "NNS" and _place_or_day(tok, actors):
                verb = _after_phrase_verb(tok)
                subj = subject_of(verb) if verb is not None else None
                if subj is None or not _took_place(verb):
                    continue
                parties: dict[str, Actor] = {}
                for a in self._members(_np_head(subj), actors, extra):
                    if a.country and all(a.country != b.country for b in parties.values()):
                        parties[a.code] = a
                if len(parties) < 2:
                    continue
                pairs = [(a, b) for a in parties.values() for b in parties.values() if a is not b]
                code, rule = "046", "noun.talks"
            elif tok.dep_ == "nsubj" and any(_is_aid(t) for t in conjuncts(tok)) and (
                donors := [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj" for a in self._members(_np_head(o), actors, extra)]
            ):
                # "Rescue teams and aid from Egypt, Turkey and the United Arab Emirates began arriving in eastern
                # Libya": aid that arrived, from the "from" list to the place it arrived in (or reached)
                verb = tok.head
                arrival = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in ARRIVAL_VERBS), None) if verb.lemma_.lower() in ASPECTUAL_VERBS else verb
                if arrival is None or arrival.lemma_.lower() not in ARRIVAL_VERBS or not _took_place(verb):
                    continue
                places = [
                    a for c in arrival.children
                    for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("in", "into", "to", "at") else [])
                    for a in self._members(_np_head(o), actors, extra)
                ]
                pairs = [(d, p) for d in donors for p in places[:1] if d.country and p.country and d.country != p.country]
                if not pairs:
                    continue
                code, rule = "073", "noun.aid_from"
            elif _reaction_noun_code(tok) and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DRAW_VERBS and state is not None and _took_place(tok.head):
                # "The decision drew swift condemnation from the United Nations": the reactors of the "from" phrase on the
                # doer of the act the verb's subject names
                makers = [
                    a for p in (*tok.children, *tok.head.children) if p.dep_ == "prep" and p.lower_ == "from"
                    for o in p.children if o.dep_ == "pobj" and o.i in actors for a in self._members(o, actors, extra)
                ]
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if not makers:
                    continue
                if subj is None and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG" and _took_place(tok.head.head) and (main := subject_of(tok.head.head)) is not None:
                    # "Spain, Ireland and Norway recognised a Palestinian state, drawing an angry response from
                    # Israel": the participle's act is the main clause's, by its subject
                    doers = [a for a in self._members(_np_head(main), actors, extra) if a.country and a.country not in {m.country for m in makers}]
                elif subj is not None:
                    doers = _doers_of_act_nouns([(subj, False)], {a.country for a in makers}, state)
                else:
                    continue
                pairs = [(a, d) for a in makers for d in doers]
                if not pairs:
                    continue
                code, rule = _reaction_noun_code(tok), "noun.reaction"
            elif lemma == "visit" and not any(c.lemma_.lower() in NOT_DONE for c in tok.lefts):
                to = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj" and p.i in actors), None)
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                verb = tok.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                if to is None or not _took_place(verb):
                    continue
                visitor = None
                # "Kenya's president, on a state visit to Washington, praised ...", "Erdogan, on his first visit to
                # Greece, ... signed", "Macron, on a state visit to Britain, addressed parliament": one on a visit is
                # making it (the noun the "on" phrase hangs on, else the subject of the verb it hangs on)
                on_host = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" and (owner is None or owner.lower_ in POSSESSIVES) else None
                if on_host is not None and on_host.pos_ == "PUNCT":
                    on_host = on_host.head  # the small model hangs it on the comma after the name
                if on_host is not None and on_host.i in actors and on_host.pos_ in ("NOUN", "PROPN"):
                    visitor = actors[on_host.i]
                elif (
                    on_host is not None and on_host.i == verb.i and (tok.head.i == tok.head.sent.start or tok.doc[tok.head.i - 1].is_punct)
                    and not any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children) and (said := subject_of(verb)) is not None
                ):
                    visitor = actors.get(_np_head(said).i)  # set off by a comma: not "commented on a visit to Gaza by ..."
                if visitor is not None and owner is not None and (owner.lower_ in ("his", "her")) != visitor.personal:
                    visitor = None
                if visitor is not None:
                    pass
                elif owner is not None and verb.lemma_.lower() in VISIT_VERBS:  # (the news is the visit, not "praised
                    visitor = actors.get(owner.i)                               # Putin during his visit to Moscow")
                    if visitor is None and owner.pos_ == "PROPN" and tok.i in actors:
                        visitor = actors[tok.i]  # "Macron's state visit to Britain began": the possessor, kept on the noun
                    if visitor is None and owner.lower_ in POSSESSIVES:
                        said = subject_of(verb)  # "Putin arrived for his first visit": the subject of the verb
                        visitor = actors.get(_np_head(said).i) if said is not None else None
                        if visitor is not None and (owner.lower_ in ("his", "her")) != visitor.personal:
                            visitor = None
                elif owner is None:
                    # "a visit to Kyiv by Britain's foreign secretary" (also the "by" phrase the parser hangs on an
                    # active verb: "followed a visit to Niamey this week by a U.S. delegation"), "a Saudi visit to X";
                    # "returned from a state visit to China", "is on a visit to Morocco": the subject of the journey
                    by = [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
                    if not by and tok.dep_ == "dobj" and not is_passive(verb):
                        by = [p for c in verb.children if c.dep_ == "agent" and c.i > tok.i for p in c.children if p.dep_ == "pobj"]
                    if by and _np_head(by[0]).i in actors:
                        visitor = actors[_np_head(by[0]).i]
                    elif tok.i in actors and any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in tok.lefts):
                        visitor = actors[tok.i]
                    elif tok.dep_ == "pobj" and tok.head.lower_ in ("from", "on", "for") and verb.lemma_.lower() in JOURNEY_VERBS and (said := subject_of(verb)) is not None:
                        visitor = actors.get(_np_head(said).i)
                place = actors[to.i]
                if visitor is None or not visitor.country or visitor.country == place.country:
                    continue
                pairs = [(visitor, place)]
                code, rule = "042", "noun.visit"
            elif lemma in BETWEEN_NOUNS and not any(c.lemma_.lower() in NOT_DONE for c in tok.lefts) and (
                (tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS) or tok.dep_ == "nsubj"  # not "called for talks", "feared clashes"
            ) and (
                between := [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]
            ):
                # "clashes between government forces and Druze fighters", "after talks between Russia and Ukraine":
                # the act the noun names between the parties its "between" phrase names, where the verb it hangs on
                # took place; the first-named on the second for a clash, both ways for talks
                parties: dict[str, Actor] = {}
                for p in between:
                    for a in self._members(p, actors, extra):
                        parties.setdefault(a.code, a)
                verb = tok.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                sides = list(parties.values())
                if len(sides) != 2 or sides[0].code == sides[1].code or verb.pos_ not in ("VERB", "AUX") or not _took_place(verb):
                    continue
                code, rule = BETWEEN_NOUNS[lemma], "noun.between"
                pairs = [(sides[0], sides[1])] if code[:2] in _FIGHTING else [(sides[0], sides[1]), (sides[1], sides[0])]
            elif (
                tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() != "be"
                and (code := self._act_noun_code(lemma)) is not None and not any(c.lemma_.lower() in NOT_DONE or c.lower_ in ("a", "an", "any", "no") for c in tok.lefts)
                and _took_place(tok.head) and (pairs := self._act_noun_parties(tok, actors, extra, role_only or {}))
            ):
                # "The arrest of the opposition leader by Turkish police sparked protests", "Israel's condemnation of the
                # Spanish decision came within hours": an act named by a noun, its doer on it (a possessor, a "by"
                # phrase, a name in front of it) and the one it is done to in its "of" phrase, as the subject of a
                # verb that took place; the code is the codebook's for its verb with a bare object ("SOURCE arrest
                # TARGET")
                rule = "noun.act"
            elif (verdict := self.verdicts.get(lemma) or self.verdicts.get(tok.lower_) or (
                _crit13_verdict(tok, self.verdicts) if lower_of[tok.i - 1] == "-" or (pos_of[tok.i] == "ADV" and lower_of[tok.i] in self.verdicts) or lemma in AIM_NOUNS else None
            )) is not None and _praise_shape(tok, verdict[0], self.verdicts) and (
                judged := _judgement(tok, verdict[0])
            ) is not None:
                # "Erdogan has called Israel's conduct in Gaza a genocide", "Saied described his critics as traitors",
                # "the SPLM-IO said the arrest was a violation of the peace deal", "the strikes were a warning to
                # Damascus": a verdict said of an act (on its doer) or of an actor, by the speaker
                pairs, code = self._judgement_pairs(tok, *judged, actors, extra, role_only or {}, state)
                if not pairs:
                    continue
                rule = verdict[1]
                if judged[1].lemma_.lower() == "call":
                    # "called Netanyahu's decision madness": a naming, not the phone call its misparse also matched
                    events[:] = [e for e in events if not (e.action == "041" and e.verb_text == judged[1].text)]
            elif (verdict := self.verdicts.get(lemma)) is not None and verdict[0][:2] == "11" and pos_of[tok.i] == "NOUN" and (found := _verdict_by(tok)) is not None:
                # say12: "the Commission said the vote had taken place under unprecedented interference by Russia": a
                # wrong named with its doer in a "by" phrase, inside a reported clause, is the speaker's charge on it
                speech, by = found
                subj = subject_of(speech)
                speakers = self._members(_np_head(subj), actors, extra) if subj is not None else []
                doers = self._members(_np_head(by), actors, extra)
                pairs = [(s, t) for s in speakers for t in doers if s.country != t.country or (s.code != t.code and not (s.role in STATE_ROLES and t.role in STATE_ROLES))]
                if not pairs:
                    continue
                code, rule = verdict[0], verdict[1] + ".by"
            elif _is_vote(tok, article.text) and (speech := _vote_verdict(tok)) is not None and _took_place(speech):
                # say12: "the OSCE said the vote had been marred by vote-buying", "said the results were not credible":
                # the speaker criticises the state that held the vote (_vote_state)
                subj = subject_of(speech)
                speakers = self._members(_np_head(subj), actors, extra) if subj is not None else []
                targets = _vote_state(tok, speakers, actors, state)
                pairs = [(s, t) for s in speakers for t in targets if s.code != t.code and not (s.country == t.country and s.role in STATE_ROLES)]
                if not pairs:
                    continue
                code, rule = "111", "disapprove.said_of_vote"
            else:
                continue
            action = self.codebook.actions.get(code)
            if action is None:
                continue
            date, date_source = event_date(tok, article.date)
            made = [
                Event(
                    event_id=event_id(article.id, sentence.index, src.code, tgt.code, action.code, rule), article_id=article.id,
                    date=date, date_source=date_source, source=src.code, target=tgt.code, source_country=src.country,
                    target_country=tgt.country, source_role=src.role, target_role=tgt.role, source_text=src.text,
                    target_text=tgt.text, action=action.code, action_root=action.root, action_name=action.name,
                    quad_class=action.quad_class, goldstein=action.goldstein, sentence_index=sentence.index,
                    sentence=sentence.text, verb_text=tok.text, rule_id=rule, url=article.url, publisher=article.publisher,
                    codebook=self.codebook.name, codebook_hash=self.codebook.hash, model=self.model,
                    pipeline_version=PIPELINE_VERSION,
                )
                for src, tgt in pairs
                if (src.code, tgt.code, action.root) not in have and src.country not in self._regions and tgt.country not in self._regions
            ]
            if made:
                out.extend(made)
                have.update((e.source, e.target, e.action_root) for e in made)
                if state is not None:
                    _remember_acts(state, made, tok)
        return out

    def _act_noun_code(self, noun: str) -> str | None:
        """The code of the act a noun names (arrest, condemnation, invasion, killing): the code of the first entry
        with a bare-object pattern on a verb the noun is made from ("SOURCE arrest TARGET": 173), of roots
        ACT_NOUN_ROOTS only; None for a noun that names no such act."""
        if self._bare_codes is None:
            self._bare_codes = {}
            for entry in self.codebook.verbs:
                if entry.code[:2] in ACT_NOUN_ROOTS:
                    for pattern in entry.patterns:
                        if bare_object(pattern) and not pattern.anchor.exact:
                            for option in pattern.anchor.options:
                                self._bare_codes.setdefault(option, entry.code)
        if noun in ACT_NOUN_EXCLUDED:
            return None
        verbs = sorted(_verbs_of(noun) | NOUN_VERBS.get(noun, frozenset()) | ({noun} if noun in EVENT_NOUNS else set()))
        return next((self._bare_codes[v] for v in verbs if v in self._bare_codes), None)

    def _act_noun_parties(self, noun: Token, actors, extra, role_only) -> list[tuple[Actor, Actor]]:
        """The (doer, done to) pairs an act noun names on itself: the doer as a possessor, a "by" phrase or a name in
        front of it ("the Russian invasion"), the one done to in its "of", "against" or "on" phrase; a bare role noun
        done to by a state's own agencies is of their country ("the arrest of the opposition leader by Turkish
        police")."""
        doers: list[Actor] = []
        # "the arrest of X by Y": the parser may hang the "by" phrase on X
        of_objects = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for c in (*noun.children, *(k for p in of_objects for k in p.children)):
            if c.dep_ == "poss" and c.head.i == noun.i and c.i in actors:
                doers = self._members(c, actors, extra)
            elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
                doers = [a for p in c.children if p.dep_ == "pobj" for a in self._members(_np_head(p), actors, extra)]
            if doers:
                break
        if not doers and noun.i in actors and any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() for c in noun.lefts):
            doers = self._members(noun, actors, extra)  # "the Russian invasion of Ukraine", "Israel's condemnation"
        if not doers:
            return []
        done_to: list[Actor] = []
        for c in noun.children:
            if c.dep_ != "prep" or c.lower_ not in ("of", "against", "on"):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                head = _np_head(p)
                done_to = self._members(head, actors, extra)
                if not done_to and head.i in role_only and doers[0].country and doers[0].role in DOMESTIC_SOURCES and role_only[head.i] in DOMESTIC_TARGETS:
                    role = role_only[head.i]
                    done_to = [Actor(doers[0].country + role, doers[0].country, role, _np_text(head), doers[0].rule_id, AGENT, head.i)]
            if done_to:
                break
        return [(d, t) for d in doers for t in done_to if d.code != t.code and not _state_and_itself(d, t, "11")]

    def _judgement_pairs(self, verdict: Token, judged: Token, verb: Token, actors, extra, role_only, state) -> tuple[list, str]:
        """Who judges whom, and the code, for a verdict found by _judgement: the speaker (the subject of the naming or
        saying verb) on the actor judged, or on the doer of the act judged (named on the noun, else the story's latest
        act the noun refers to). A warning is by the doer of the act on the actor it is addressed to ("to X")."""
        code = (self.verdicts.get(verdict.lemma_.lower()) or self.verdicts.get(verdict.lower_) or _crit13_verdict(verdict, self.verdicts))[0]
        subj = subject_of(verb) if verb.lemma_.lower() != "be" else _according_to(verb)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in REPORTING_VERBS:
            # "Petro said his country would break relations with Israel, calling the Israeli government 'genocidal'":
            # the participle is the speaker's, wherever the parser hangs it
            subj = subject_of(verb.head.head)
        speakers = self._members(_np_head(subj), actors, extra) if subj is not None else []
        named_on = _judgement_verdict(verdict)
        keep = judged.head.i == named_on.i and (judged.dep_ == "nmod" or (judged.dep_ in ("amod", "compound") and not any(c.dep_ == "poss" for c in named_on.children)))
        # ("called the firing 'madness'": the act read as the verdict's modifier is the judged noun; "called
        # Netanyahu's decision madness" keeps the possessor's phrase, read on the verdict)
        judged = _partitive_head(judged if keep else _np_head(judged))
        act = _act_noun(judged)
        doers: list[Actor] = []
        if act is not None:
            # "Israel's conduct", "the Russian strikes", "the seizure by the Houthis": the doer named on the noun
            doers = [actors[c.i] for c in judged.children if c.dep_ in ("poss", "amod", "compound") and c.i in actors and not _possessed_patient(c)]
            if not doers and judged.i in actors and (actors[judged.i].kind == AGENT or any(c.dep_ == "poss" and c.i not in actors for c in judged.children)) and any(
                c.dep_ in ("poss", "amod") or (c.dep_ == "compound" and c.text[:1].isupper()) for c in judged.children
            ):  # "the Mordorian seizure": the small model reads the adjective as a compound
                doers = [actors[judged.i]]
            doers += [a for c in judged.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for p in c.children if p.dep_ == "pobj" for a in self._members(p, actors, extra)]
            if not doers and state is not None and any(
                c.lower_ in ("the", "this", "that", "these", "those", "such") or c.dep_ == "poss" for c in _judged_lefts(judged)
            ):
                doers = _doers_of_act_nouns([(judged, True)], {s.country for s in speakers if code[:2] != "13"}, state, speakers if code[:2] != "13" else ())
                if (owners := [c.lemma_.lower() for c in judged.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.i not in actors and c.i not in role_only]):
                    # crit13: "called the settlers' attack a pogrom", the settlers no actor here: only an act told of
                    # settlers is theirs, not the story's latest attack by someone else
                    doers = [d for d in doers if any(o in d.text.lower() for o in owners)]
        if not doers and act is not None and verb.dep_ in ("relcl", "acl") and verb.head.i == judged.i and (host := _relative_host13(judged)) is not None:
            # crit13: "Russian forces shelled Kharkiv, in an attack that Zelensky called a war crime": the act the
            # relative clause judges is the one its sentence tells, by the subject of the verb the noun hangs on
            own = {s.code for s in speakers}
            doers = [a for a in self._members(_np_head(host), actors, extra) if a.code not in own]
        if not doers and code[:2] not in ("13", "01") and code != "016" and (judged.lower_ in COURT_VERDICTS or judged.lemma_.lower() in COURT_VERDICTS) and any(
            c.lower_ in ("the", "this", "that") for c in _judged_lefts(judged)
        ):
            # "A court sentenced Hasina to death. Her party called the verdict biased": the story's latest court
            own = {s.code for s in speakers}
            doers = [a for i, a in sorted(actors.items(), reverse=True) if i < verb.i and a.role == "JUD" and a.country and a.code not in own][:1]
            if not doers and state is not None:
                doers = [a for a in reversed(state.history) if a.role == "JUD" and a.country and a.code not in own][:1]
        if code == "051" and (judged.lemma_.lower() in NAMED_DEALS or any(d.country in {s.country for s in speakers} for d in doers)):
            # crit13: a good word on a deal or talks is a comment on them (talk11's 013, praise.naming), and praise of a
            # step the speaker's own side took part in praises no one else
            return [], code
        if code[:2] == "13":
            # "the strikes were a warning to Damascus": the doer of the act warns the one the warning is to
            warned = [a for p in verdict.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj" for a in self._members(o, actors, extra)]
            warners = doers or (speakers if act is not None else [])
            if act is not None and (EVENT_NOUNS.get(act, frozenset()) & _FORCE_ACTS or act in FORCE_NOUNS):
                code = "138"
            return [(s, t) for s in warners for t in warned if s.country != t.country], code
        if not speakers:
            return [], code
        if code == "016":
            # "'These allegations are false,' the ministry said", "said the accusations were baseless": a denial answers
            # the accuser, named on the noun ("Washington's accusations", "the claims by Kyiv"), else the maker of the
            # story's latest accusation against the speaker
            if judged.lemma_.lower() not in ACCUSATION_WORDS:
                return [], code
            makers = [actors[c.i] for c in judged.children if c.dep_ in ("poss", "amod", "compound") and c.i in actors]
            makers += [a for c in judged.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for p in c.children if p.dep_ == "pobj" for a in self._members(p, actors, extra)]
            if not makers and judged.i in actors and actors[judged.i].kind == AGENT:
                makers = [actors[judged.i]]
            if not makers and state is not None:
                countries = {s.country for s in speakers}
                against = [a for a in state.acts if a[0] in ACCUSATION_ROOTS and a[2] and any(t.country in countries for t in a[3]) and not any(d.country in countries for d in a[2])]
                makers = [against[-1][2][0]] if against else []
            return [(s, t) for s in speakers for t in makers if s.country != t.country], code
        named = _judgement_verdict(verdict)
        if named.i in actors and actors[named.i].kind == AGENT and any(c.dep_ in ("amod", "compound", "poss") for c in named.lefts) and not (
            act is None and (judged.i in actors or judged.i in role_only or judged.pos_ == "PROPN")
        ):  # ("Tusk was a German agent", "the journalist was an American spy": the one called so is judged, not Germany)
            # "called the seizure an Iranian act of terrorism": the verdict names whom it accuses
            targets = self._members(named, actors, extra)
        elif act is not None or doers:
            targets = doers
            if (own := [t for t in doers if t.country and t.role in STATE_ROLES and all(s.country == t.country and s.role in ("OPP", "PTY") for s in speakers)]) and len(own) < len(doers):
                targets = own  # "Badenoch called the fishing deal a surrender": an opposition judges its own state's part in it
        elif judged.i in actors and _harmful_aim(named):
            targets = []  # crit13: "calling it an attempt to intimidate voters": an aim is an act's, not a party named by a pronoun
        elif judged.i in actors and not (judged.lower_ in ("this", "that", "it") and judged.pos_ == "PRON" and verb.lemma_.lower() in VERDICT_SPEECH_VERBS):
            targets = self._members(judged, actors, extra)
        elif judged.lower_ in ("this", "that", "it") and judged.pos_ == "PRON" and verb.lemma_.lower() != "be" and state is not None and not any(
            c.dep_ in ("xcomp", "ccomp") for c in (*judged.head.children, *verdict.children)
        ):  # (not an "it" that anticipates a clause: "it is shocking to see ...")
            # '"This is an unfriendly act," the ministry said', '"That was a clear escalation," he said': what the
            # story just told, its doer the target
            doer = _latest_doer_against(speakers[0], state)
            targets = [doer] if doer is not None else []
        elif judged.i in role_only and speakers[0].country and role_only[judged.i] in DOMESTIC_TARGETS and any(c.lower_ in POSSESSIVES for c in judged.lefts):
            # "Saied has described his critics as traitors": the speaker's own critics, opponents, rivals
            role = role_only[judged.i]
            targets = [Actor(speakers[0].country + role, speakers[0].country, role, _np_text(judged), speakers[0].rule_id, AGENT, judged.i)]
        else:
            targets = []
        if not targets and code[:2] == "11" and _is_vote(judged, judged.doc.text):
            # say12: "called the election a sham", "said the vote was fraudulent": the state that held it
            targets = [t for t in _vote_state(judged, speakers, actors, state) if not any(s.country == t.country and s.role in STATE_ROLES for s in speakers)]
        about = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None) if verb.lemma_.lower() in VERDICT_SPEECH_VERBS else None
        if about is not None and judged.i not in actors:
            # '"The sanctions are an act of economic warfare," Gil said of the U.S. measures': what it is said of
            # names whom it judges
            named = self._members(about, actors, extra) if about.i in actors else [actors[c.i] for c in about.children if c.dep_ in ("poss", "amod", "compound") and c.i in actors]
            targets = named or targets
        # (a state's own organs judge one another only across the bench: "the speaker called the ruling unconstitutional"
        # judges the court; a government judging its own army or police is no event)
        return [(s, t) for s in speakers for t in targets if s.code != t.code and not (
            s.country == t.country and s.role in STATE_ROLES and t.role in STATE_ROLES and (s.role == "JUD") == (t.role == "JUD")
        )], code

    def _body_to_join(self, anchor: Token, actors: dict[int, Actor], extra, sources: list[Actor]) -> list[Actor]:
        """The body or country of "talks on joining the European Union", "its bid to join NATO", "negotiations on
        entering the bloc": the object of a gerund or infinitive of joining inside the verb's object."""
        src = {s.code for s in sources}
        for obj in anchor.children:
            if obj.dep_ != "dobj":
                continue
            for tok in obj.subtree:
                if tok.lemma_.lower() in JOIN_VERBS and tok.pos_ == "VERB" and tok.dep_ in ("pcomp", "acl", "xcomp"):
                    found = [a for c in tok.children if c.dep_ == "dobj" for a in self._members(_np_head(c), actors, extra) if a.code not in src]
                    if found:
                        return found
        return []

    def _envoy_country(self, anchor: Token, actors: dict[int, Actor], extra, state: ArticleState | None, sources: list[Actor]) -> list[Actor]:
        """The country of the envoy a diplomatic act (recall, withdraw, expel, summon: roots 16, 17) is on, when the
        pattern bound none: the "to X" of "its ambassador to France" (one's own envoy there), else the antecedent of
        "its/their" that is not the actor ("Washington expelled its ambassador": another country's), else the
        country named on it ("the Iranian ambassador", "Iran's envoy"), none of the source's country."""
        src = {s.country for s in sources}
        for obj in anchor.children:
            if obj.dep_ not in ("dobj", "nsubjpass") or obj.lemma_.lower() not in ENVOY_NOUNS:
                continue
            found = [
                a for p in obj.children if p.dep_ == "prep" and p.lower_ in ("to", "in") for o in p.children if o.dep_ == "pobj"
                for a in self._members(_np_head(o), actors, extra)
            ]
            if not found and obj.i in actors:
                found = [actors[obj.i]]
            poss = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            if not found and poss is not None and state is not None and not any(c.lower_ == "own" for c in obj.lefts):
                subj = subject_of(anchor)
                skip = frozenset(t.i for t in conjuncts(_np_head(subj))) if subj is not None else frozenset()
                owner = self._nearest(poss, actors, state, "it", None, skip=skip)
                found = [owner] if owner is not None else []
            found = [a for a in found if a.country and a.country not in src]
            if found:
                return [Actor(a.country + "GOV" if a.code == a.country else a.code, a.country, "GOV" if a.code == a.country else a.role, a.text, a.rule_id, a.kind, a.head, a.noun) for a in found]
        return []

    def _named_before(self, tok: Token, actors: dict[int, Actor], state: ArticleState) -> Actor | None:
        """What "the country" or "the bloc" refers to: the one country (or international body) named before ``tok``, a
        country as itself, not its government; the story's country when none was. None when two were named ("Saudi
        Arabia hosted talks on Sudan. The kingdom ..." is read neither by recency nor by the story's country: "the
        island" in a story about China's drills around Taiwan is Taiwan)."""
        kind = REFERRING_NOUNS[tok.lower_]
        if kind == PLACE:
            # "the enclave", "the strip": the latest place named by a name of its own (a city, a region, a territory),
            # not by its country's ("Israel besieged the Gaza Strip after the attack in southern Israel. Israeli
            # warplanes pounded targets across the enclave": Gaza)
            for a in [actors[i] for i in sorted(actors, reverse=True) if i < tok.i] + state.history[::-1]:
                if a.kind == COUNTRY and a.country in self._countries and self._country_names[a.country] not in fold(a.text):
                    return Actor(a.country, a.country, None, tok.text, a.rule_id, COUNTRY, tok.i)
            return None
        body = kind != COUNTRY
        earlier = [actors[i] for i in actors if i < tok.i] + state.history
        if body:
            found = {
                a.code: a for a in earlier
                if a.kind == ORG and (kind != ORG or a.code[:3] in ("IGO", "NGO")) and (kind != PARTY or a.role in PARTY_ROLES or "PTY" in a.code or a.code in self._party_codes)
            }
        region = None
        if not body:
            found = {a.country: a for a in earlier if a.country in self._countries}
            if (region := _description_region(tok)) is not None:
                # "the Baltic state" in a story about Russia and Lithuania: the one named before in that region
                found = {c: a for c, a in found.items() if c in REGION_MEMBERS[region]}
                if not found:
                    return None  # not the story's country either: the region says which
        if len(found) > 1 and body and tok.lower_ in GROUP_REFERRERS and len(kept := {c: a for c, a in found.items() if not c.startswith("IGO")}) == 1:
            found = kept  # "the group", "the movement": of the Houthis and the UN named before, the Houthis (actors14)
        if len(found) > 1 and not body and tok.lower_ in MONARCHIES and len(kept := {c: a for c, a in found.items() if c in MONARCHIES[tok.lower_]}) == 1:
            found = kept  # "Saudi Arabia hosted talks on Sudan ... the kingdom": of two named, the one that is a kingdom
        if not found and not body and state.locus:
            return Actor(state.locus, state.locus, None, tok.text, LOCUS_RULE, COUNTRY, tok.i)  # named only in a dateline
        if (
            len(found) > 1 and not body and (tok.dep_ == "poss" or region is not None or any(_modifier_words(c) in DESCRIPTIONS for c in tok.lefts))
            and (subject := _subject_country(tok, actors)) in found and subject != state.locus
        ):
            # "A Colombian judge found Uribe guilty ... Rubio accused the country's judiciary of being weaponised": what
            # a foreigner calls "the country" is not its own: the story's country, else the one other named before.
            # Only "the country's ..." or a described country ("the Pacific nation"): "ordered the French ambassador
            # to leave the country" is the speaker's own
            rest = [c for c in found if c != subject]
            pick = state.locus if state.locus in rest else rest[0] if len(rest) == 1 and state.locus is None else None
            if pick is not None:
                return Actor(pick, pick, None, tok.text, found[pick].rule_id, COUNTRY, tok.i)
        if len(found) != 1:
            return None
        (a,) = found.values()
        return a if body else Actor(a.country, a.country, None, tok.text, a.rule_id, COUNTRY, tok.i)

    def _half_named_before(self, tok: Token, half: str, actors: dict[int, Actor], state: ArticleState) -> Actor | None:
        """What "the North" or "the South" refers to: the country named before whose name is that half of a country
        the story also names by its other half or whole ("North Korea" and "South Korea"; "South Sudan" and "Sudan")."""
        earlier = [actors[i] for i in sorted(actors) if i < tok.i][::-1] + state.history[::-1]
        names = {self._country_names.get(a.country, "") for a in earlier}
        other = "south" if half == "north" else "north"
        for a in earlier:
            name = self._country_names.get(a.country, "")
            if name.startswith(half + " ") and ((rest := name[len(half) + 1 :]) in names or f"{other} {rest}" in names):
                return Actor(a.country, a.country, None, tok.text, a.rule_id, COUNTRY, tok.i)
        return None

    @staticmethod
    def _last_two(tok: Token, actors: dict[int, Actor], state: ArticleState, personal: bool = False) -> tuple[Actor, ...] | None:
        """The most recent distinct actors before ``tok``, most recent first (this sentence, then the story).

        The caller takes two: for a source the first two, for a target the first two that are not the source.

        For "the two leaders" only people (or role nouns standing for people) count.
        """
        seen: list[Actor] = []
        # (not a country named as where something happens: "shells to Moscow for the war in Ukraine ... warned both
        # countries" are Russia and North Korea)
        candidates = [actors[i] for i in sorted((i for i in actors if i < tok.i and not _named_as_place(tok.doc[i], actors[i], LOCATIVE_PREPS)), reverse=True)]
        candidates += list(reversed(state.history))
        countries = tok.lemma_.lower() in COUNTRY_PAIR_NOUNS
        listed = _listed_together(tok, actors, state)
        for a in candidates:
            if personal and not a.personal:
                continue
            if any(a.country and b.country and a.country != b.country and frozenset((a.country, b.country)) in listed for b in seen):
                continue  # "officials from Britain, France and Germany ... the two sides": one side of the talks
            if all(a.code != b.code and (not countries or not a.country or a.country != b.country) and not _one_state(a, b) for b in seen):
                seen.append(a)  # ("both countries" are two countries: not Russia and Putin; "both sides" may be one's)
            if len(seen) == 4:
                break
        return tuple(seen) if len(seen) >= 2 else None

    @staticmethod
    def _nearest(tok: Token, actors: dict[int, Actor], state: ArticleState, pronoun: str | None, role: str | None,
                 skip: frozenset[int] = frozenset()) -> Actor | None:
        """The closest earlier actor in this sentence, else in earlier sentences; never the actors at ``skip`` (the
        subject of the verb an object pronoun belongs to) or another actor of their country."""
        avoid = frozenset(actors[i].country or actors[i].code for i in skip if i in actors)
        codes: frozenset[str] = frozenset()
        if avoid and all(actors[i].role in HOME_DEMANDERS for i in skip if i in actors):
            # "Braverman, sacked by Sunak, accused him of ...": an opposition, a legislator or a people acts on its
            # own state's people, so only its own code is no antecedent (people12)
            avoid, codes = frozenset(), frozenset(actors[i].code for i in skip if i in actors)
        if pronoun in ("him", "her") and any(actors[i].personal and actors[i].role in POLITICAL_RIVAL_ROLES for i in skip if i in actors):
            # "Braverman, sacked by Sunak, accused him of ...": a politician acting on "him" acts on a person, often of
            # his own country's politics; only the subject's own office is left out
            avoid = frozenset(actors[i].code for i in skip if i in actors)
        for i in sorted((i for i in actors if i < tok.i), reverse=True):
            a = actors[i]
            if i in skip or (a.country or a.code) in avoid or a.code in codes or a.code in avoid:
                continue
            plural = tok.doc[i].tag_ in ("NNS", "NNPS") or tok.doc[i].lower_ in ("they", "them")
            if pronoun == "them" and not plural and _place_named15(tok.doc[i]):
                continue  # "Five Americans ... arrived in Qatar after Tehran released them": a place is no "them" (fp15)
            if role is not None and a.role == role:
                return a
            if pronoun in PRONOUNS_PERSONAL and a.personal and not plural:
                # "X said he …": the subject of the governing verb
                return a
            if pronoun in PRONOUNS_PERSONAL and plural and (owner := next((c for c in tok.doc[i].children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)) is not None and (
                (named := state.names.get(fold(owner.text))) is not None and named.personal
            ):
                return named  # "Sonko's lawyers said he had begun a hunger strike": their client (people12)
            if pronoun in PRONOUNS_GROUP and role is None and (not a.personal or (plural and pronoun != "it")):
                return a  # "the rebel leaders said they …": a plural of people is they
        return state.antecedent(pronoun, role, avoid, codes)

    def _events(self, article, sentence, doc, matches, actors, trace, groups=None, role_only=None, extra=None, state=None) -> list[Event]:
        groups = groups or {}
        role_only = role_only or {}
        extra = extra or {}
        # One anchor, one event: the most specific match of each anchor that can be coded. A match that is blocked
        # (no source, no target, source and target the same) gives way to the next one.
        by_anchor: dict[int, list[PatternMatch]] = {}
        for m in matches:
            by_anchor.setdefault(m.anchor.i, []).append(m)
        events: list[Event] = []
        fired: set[int] = set()
        consumed: set[int] = set()  # words a fired pattern matched: "gathered ..., demanding his resignation" (1411)
        for anchor_i in sorted(by_anchor):
            if anchor_i in consumed:
                continue  # codes no second event: "demanding" was a word of the protest's pattern
            ranked = sorted(by_anchor[anchor_i], key=lambda m: -m.specificity)
            # A governing verb counts as coded itself when it fired (or comes later): "threatened to attack X" whose
            # threaten entries find no target is coded through the complement.
            coded = fired | {i for i in by_anchor if i > anchor_i}
            for m in ranked:
                made = self._event_of(m, article, sentence, actors, trace, groups, role_only, extra, coded, state)
                if made:
                    events.extend(made)
                    if state is not None:
                        _remember_acts(state, made, m.anchor)  # a later verb of the sentence may refer to it
                    fired.add(anchor_i)
                    consumed.update(t.i for t in m.matched if t.i != anchor_i)
                    break
        return events

    def _on_day(self, actor: Actor, day) -> Actor:
        """A person's actor code on ``day``: the role in force then."""
        person = self._people.get(actor.rule_id) if actor.kind == PERSON else None
        role = person.role_on(day) if person is not None else None
        if role is None or role.code == actor.code:
            return actor
        country, sub = role.code[:3], role.code[3:6] or None
        return Actor(role.code, country, sub, actor.text, actor.rule_id, actor.kind, actor.head, actor.noun)

    @staticmethod
    def _doers_of_event_noun(m: PatternMatch, sources: list[Actor], state: ArticleState | None, code: str | None = None, actors: dict[int, Actor] | None = None, extra=None) -> list[Actor]:
        """For a reaction to "the attack", "the strikes", "the pact", "the decision", "the closure": the actors of the
        act the noun refers back to; for a denial, who made the accusation it answers (else whom the denied act hit, else
        whom what it denies wronged)."""
        code = code or m.entry.code
        rejected = code in REACTION_CODES and m.anchor.lemma_.lower() in _REJECTING_LEMMAS  # (target14)
        if rejected and not _accusation_named(m.anchor):
            return []  # "rejects Beijing's sovereignty claims": a claim to a thing is no accusation
        if code in REACTION_CODES and m.pattern.has_target and state is not None and not state.acts:
            return _speakers_of_accusation(_reaction_objects(m.anchor), sources, state) or (_wronged_in_denial(m.anchor, sources, actors or {}) if not rejected else [])
        release = code[:2] in RELEASE_DEMAND_ROOTS and any(
            obj.lemma_.lower() in RELEASE_NOUNS
            for obj in (*(o for o, _ in _reaction_objects(m.anchor)), *(p for c in m.anchor.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"))
        )
        if state is not None and code[:2] == INQUIRY_ROOT and m.pattern.has_target and m.mood is None:
            # "Ukraine's prosecutors opened a war crimes investigation into the strike": an inquiry into an act named
            # before is on its doers (actors13)
            return _doers_of_act_nouns(_inquiry_objects(m.anchor), {s.country for s in sources}, state, sources)
        if state is None or (code[:2] not in REACTION_ROOTS and code not in REACTION_CODES and not release) or not m.pattern.has_target:
            return []
        if release:
            # "Portugal demanded the release of the vessel and its crew", "Tehran had demanded his release", "called
            # for his release": a demand or an appeal for a release is on whoever holds the captive, the doer of the
            # story's latest arrest, seizure or abduction (not the demander's own side)
            return _holders(sources, state)
        src_countries = {s.country for s in sources}
        objects = _reaction_objects(m.anchor)
        if code[:2] in REACTION_ROOTS and (echoed := _echoed_reaction(m.anchor, code, sources, objects, state)):
            # "Erdogan condemned the heinous terrorist attack ... The United States and NATO also condemned the
            # attack": a reaction said "also" is to what the story's latest such reaction was to (react12)
            return echoed
        if not any(_act_referred_to(o, r) for o, r in objects) and code[:2] in SAID_JUDGEMENT_ROOTS and m.anchor.lemma_.lower() in VERDICT_SPEECH_VERBS:
            # ("told reporters the strike had crossed a red line": the object is the hearer, react12)
            # "Petro said the decision violated the immunity", "Chadema said the charges were politically motivated":
            # the act judged is the subject of what is said
            objects = [(c, False) for clause in m.anchor.children if clause.dep_ == "ccomp" for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
        if code not in REACTION_CODES and actors and (named := _doers_named_on(objects, actors, extra or {}, sources, state)):
            # "rejected the criticism from Washington", "called the move by the three countries illegal", "rejected
            # what he called U.S. interference": the doer named on the act noun itself
            return named
        if not (state.acts or state.named_acts or state.history):
            return []
        if code in REACTION_CODES:
            # "Belarus denied the charge", "a charge Bangkok denied", "Kigali denies backing the group": the latest
            # accusation against the denier (else the latest one just made, by someone else), answered by its makers
            if not rejected and (wronged := _wronged_in_denial(m.anchor, sources, actors or {})) and any(w.country in src_countries for w in wronged):
                # "The White House denied that it had defied the court": what is denied names whom it wronged at home;
                # that is whom the denial answers, whoever accused the denier before
                return wronged
            codes = {s.code for s in sources}
            recent = state.acts[-4:]
            accusations = [a for a in state.acts if a[0] in ACCUSATION_ROOTS and a[3] and not any(d.code in codes for d in a[2]) and not (rejected and a[0] != "11")]
            against = [a for a in accusations if any(t.country in src_countries for t in a[3])]
            # its first-named maker: "Congo and the United Nations have accused Rwanda ... Kigali denies it" answers Congo
            if against:
                return [against[-1][2][0]]
            latest = [a for a in accusations if a in recent and not any(d.country in src_countries for d in a[2])]
            if latest:
                return [latest[-1][2][0]]
            if (said := _speakers_of_accusation(objects, sources, state)):
                # "Australia said Iran had directed two arson attacks ... Iran rejected the accusations": no accusation
                # coded, the accusation answered is what was said last by someone else (talk11)
                return said
            if rejected:
                # an accusation rejected answers its accuser only: the sentence's own teller of it, else the latest
                # one told by someone else; none found, no event (target14)
                return _accuser_told(m.anchor, sources, actors or {}, state)
            # "Pakistan denied any role in the attack" with no accuser named: those the attack hit
            for obj, relative in objects:
                noun = _act_referred_to(obj, relative)
                if noun is not None and noun in EVENT_NOUNS and EVENT_NOUNS[noun] & _FIGHTING:
                    for _, done_to in _acts_named(noun, EVENT_NOUNS[noun] & _FIGHTING, state):
                        hit = [t for t in done_to if t.country not in src_countries]
                        if hit:
                            return hit
            return _wronged_in_denial(m.anchor, sources, actors or {})
        if code[:2] == "12" and (complainers := _complainers(objects, sources, state)):
            return complainers  # "Australia accused China of an unsafe act ... China rejected the complaint" (target14)
        return _doers_of_act_nouns(objects, src_countries, state, sources) or (_latest_court_of(objects + [(p, False) for c in m.anchor.children if c.dep_ == "prep" and c.lower_ in ("with", "over", "against") for p in c.children if p.dep_ == "pobj"], sources, state) if code[:2] in ("11", "12") else [])

    @staticmethod
    def _targets_of_claimed_act(m: PatternMatch, sources: list[Actor], state: ArticleState | None) -> list[Actor]:
        """For "the Houthis claimed responsibility for the attack": those the attack was done to (the claimers' own act
        first: whoever claims an attack claims it was theirs)."""
        if state is None or not state.acts or m.entry.code not in CLAIM_CODES:
            return []
        noun = None
        for obj in m.anchor.children:
            if obj.dep_ != "dobj":
                continue
            # "claimed the attack", "claimed responsibility for the attack", "took credit for Monday's bombing"
            for word in (obj, *(p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "for" for p in prep.children if p.dep_ == "pobj")):
                noun = noun or _act_referred_to(word)
        if noun is None or not EVENT_NOUNS.get(noun, frozenset()) & _FIGHTING:
            return []
        src_countries = {s.country for s in sources}
        named = _acts_named(noun, EVENT_NOUNS[noun] & _FIGHTING, state)
        for doers, done_to in sorted(named, key=lambda act: not any(d.country in src_countries for d in act[0])):
            hit = [t for t in done_to if t.country not in src_countries]
            if hit:
                return hit
        return []

    def _shared_object(self, anchor: Token, actors: dict[int, Actor], extra: dict[int, list[Actor]]) -> list[Actor]:
        """The actor object of the verb ``anchor`` is conjoined with: before it, or after it when ``anchor`` has none."""
        if anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX"):
            verbs = [anchor.head]
        elif not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in anchor.children):
            verbs = [c for c in anchor.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        else:
            return []
        for verb in verbs:
            for obj in verb.children:
                if obj.dep_ in ("dobj", "dative", "oprd") and obj.i in actors:  # oprd: "called Erdogan" misparsed
                    return self._members(obj, actors, extra)
        return []

    def _summit_parties(self, tokens, actors: dict[int, Actor], extra: dict[int, list[Actor]], heads: dict[int, Token], role_only: dict[int, str], state: ArticleState, index: int, groups: dict | None = None) -> None:
        """"They" or "the leaders" of a summit or meeting this sentence told, or, as the main subject, of the one the
        sentence before told ("they") or one of the three before ("the leaders"): its host and guests (coord13,
        _summit_here, _meeting_parties). A bare "the leaders" with no meeting to stand for stands for no one (not the
        one country named last: "The bloc lifted sanctions on Guinea. The leaders urged Niger, Mali and Burkina Faso")."""
        lows = set(doc_labels(tokens[0].doc)[2]) if tokens else set()  # (the sentence's words: gates for the loops below)
        summit = _summit_here(tokens, actors, lambda h: self._members(h, actors, extra)) if not _SUMMIT_FORMS_ALL.isdisjoint(lows) else None
        before = state.summit if state.summit is not None and 0 < index - state.summit[0] <= 3 else None
        said: set[int] = set()  # the verbs whose subject stands for the summit: "they said they would settle ..."
        lower_of, lemma_of = doc_labels(tokens[0].doc)[2] if tokens else [], doc_lemmas(tokens[0].doc) if tokens else []
        for tok in [t for t in tokens if lower_of[t.i] == "they" or lemma_of[t.i] == "leader"] if ("they" in lows or "leaders" in lows) else ():  # (every branch reads "they" or "the leaders")
            if summit is not None and _summit_subject(tok, summit[0], 1 + len(summit[2])):
                _summit_party(summit[1], summit[2], tok, actors, extra)
                heads[tok.i] = tok
                said.add(tok.head.i)
            elif before is not None and (
                (_summit_subject(tok, None, 1 + len(before[2])) and (tok.lower_ != "they" or index - before[0] == 1))
                or (tok.lower_ == "they" and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.i in said)
            ):
                _summit_party(before[1], list(before[2]), tok, actors, extra)
                heads[tok.i] = tok
                said.add(tok.head.i)
            elif groups and tok.lower_ == "they" and tok.dep_ == "nsubj" and tok.i not in groups and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in REPORTING_VERBS and (
                pair := next((groups[_np_head(c).i][0] for c in tok.head.head.children if c.dep_ == "nsubj" and _np_head(c).i in groups), None)
            ) is not None and len(pair) == 2:
                # "Both governments said they remained open to talks": "they" is the pair that said it
                actors[tok.i] = replace(pair[0], head=tok.i, text=tok.text)
                extra[tok.i] = [replace(pair[1], head=tok.i, text=tok.text)]
                heads[tok.i] = tok
            elif _bare_leaders(tok) and tok.dep_ == "nsubj" and not extra.get(tok.i) and (tok.i in role_only or (tok.i in actors and actors[tok.i].kind == AGENT and actors[tok.i].head == tok.i)):
                # (a role noun bound to one country by the story's memory): "European Union leaders agreed ... The
                # leaders also granted candidate status to Georgia" stands for those leaders, else for no one
                role_only.pop(tok.i, None)
                if (named := next((a for a in reversed(state.history) if a.text.lower().endswith(" leaders") and a.code), None)) is not None:
                    actors[tok.i] = replace(named, head=tok.i, text=tok.text)
                    heads[tok.i] = tok
                else:
                    actors.pop(tok.i, None)
                    heads.pop(tok.i, None)
        if summit is not None:
            state.summit = (index, replace(summit[1], head=-1), tuple(replace(g, head=-1) for g in summit[2]))
        for tok in tokens if "western" in lows else ():
            if tok.i not in actors and (west := _western_named(tok, state, index)):
                # "urged Western governments to stop interfering" after British and U.S. criticism: the Western
                # states the story named in its latest sentences, else no one
                actors[tok.i] = replace(west[0], head=tok.i, text=tok.text)
                extra[tok.i] = [replace(a, head=tok.i, text=tok.text) for a in west[1:]]
                heads[tok.i] = tok
                role_only.pop(tok.i, None)

    def _addressee_of_demand(self, anchor: Token, sources: list[Actor], actors: dict[int, Actor], extra) -> list[Actor]:
        """The actor object of the summoning or accusing verb a demand is conjoined with or is the purpose of (code12)."""
        head = anchor.head
        if anchor.dep_ not in ("conj", "advcl", "xcomp") or head.i >= anchor.i or head.pos_ != "VERB" or head.lemma_.lower() not in DEMAND_CARRIERS:
            return []
        if anchor.dep_ != "conj" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
            return []
        own = {s.country for s in sources}
        for obj in head.children:
            if obj.dep_ == "dobj" and obj.i in actors:
                found = [a for a in self._members(obj, actors, extra) if a.country not in own]
                if found:
                    return found
        return []

    def _members(self, head: Token, actors: dict[int, Actor], extra: dict[int, list[Actor]]) -> list[Actor]:
        """The actors a noun phrase names: its conjuncts, and "the Russian and Ukrainian ministers"."""
        out: list[Actor] = []
        for t in conjuncts(head):
            named = [
                actors[p.i] for c in t.children if list_prep(c)
                for q in c.children if q.dep_ == "pobj" for p in conjuncts(q) if p.i in actors
            ] if t.tag_ == "NNS" else []
            if named:
                out.extend(named)  # "several Latin American governments, including Brazil and Colombia": those named
            elif t.i in actors:
                out.append(actors[t.i])
                out.extend(extra.get(t.i, ()))
        return out

    def _contacted(self, anchor: Token, sources: list[Actor], actors: dict[int, Actor], extra) -> list[Actor]:
        """Who was called or visited when ``anchor`` is the "to" infinitive of purpose of the call or visit: the
        verb's object, else the object of its "with", "to" or "in" phrase ("spoke with Zelenskiy", "travelled to
        Kyiv"); not the caller's own."""
        contact = purpose_of_contact(anchor)
        if contact is None:
            return []
        own = {s.code for s in sources}
        heads = [c for c in contact.children if c.dep_ in ("dobj", "dative")]
        heads += [p for c in contact.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "in") for p in c.children if p.dep_ == "pobj"]
        for head in heads:
            found = [a for a in self._members(_np_head(head), actors, extra) if a.code not in own and a.country not in {s.country for s in sources}]
            if found:
                return found
        return []

    def _makers_of_denied_claim(self, anchor: Token, sources: list[Actor], actors: dict[int, Actor], extra) -> list[Actor]:
        """Who said what a denial in a relative clause denies: "X said Y did Z, which W denied" (the relative hangs on
        the last word of the reported clause), "X said Y did Z, a claim W rejected" (on a claim noun set off after
        it). The subject of the speech (or accusation) verb whose clause the relative ends; [] otherwise, or when that
        is the denier."""
        if anchor.dep_ != "relcl" or anchor.lemma_.lower() not in DENIAL_VERBS or anchor.head.i == anchor.i:
            return []
        noun = anchor.head
        which = any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which",) for c in anchor.children)
        claim = noun.lemma_.lower() in ALLEGATION_NOUNS | CLAIM_NOUNS and noun.dep_ in ("appos", "npadvmod") and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
        )
        after = anchor.right_edge.i + 1
        if not (which or claim) or (after < len(anchor.doc) and not anchor.doc[after].is_punct):
            return []  # the relative ends the sentence or a clause of it
        if which and not any(t.text == "," for t in anchor.doc[noun.i + 1 : anchor.left_edge.i]):
            return []  # "the plant which Kyiv denied attacking": a restrictive relative names the thing, not what was said
        verb = noun
        for _ in range(10):
            if verb.head.i == verb.i:
                return []
            child, verb = verb, verb.head
            if verb.pos_ in ("VERB", "AUX") and child.dep_ in ("ccomp", "dobj", "prep", "npadvmod") and verb.lemma_.lower() in CLAIMING_VERBS:
                break
        else:
            return []
        subj = subject_of(verb)
        if subj is None:
            return []
        own = {s.code for s in sources}
        makers = [a for a in self._members(_np_head(subj), actors, extra) if a.code not in own]
        return makers if all(a.country for a in makers) else []

    def _parties_of_talks_noun(self, m: PatternMatch, sources: list[Actor], actors: dict[int, Actor], extra) -> list[Actor]:
        """The parties of the talks a host's or mediator's participle is on ("after talks in Ankara mediated by X"): the
        members of the subject of the verb an "after talks" phrase hangs on, two countries or more, none the host's."""
        anchor = m.anchor
        noun = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None) if m.passive else None
        if noun is None and anchor.dep_ in ("acl", "relcl") and anchor.head.pos_ == "NOUN":
            noun = anchor.head
        if noun is None or noun.lemma_.lower() not in NOUN_TALKS | MEETING_NOUNS:
            return []
        verb = _after_phrase_verb(noun)
        subj = subject_of(verb) if verb is not None else None
        if subj is None or not _took_place(verb):
            return []
        src = {s.country for s in sources}
        parties: dict[str, Actor] = {}
        for a in self._members(_np_head(subj), actors, extra):
            if a.country and a.country not in src and all(a.country != b.country for b in parties.values()):
                parties[a.code] = a
        return list(parties.values()) if len(parties) >= 2 else []

    def _event_of(self, m, article, sentence, actors, trace, groups, role_only, extra, coded, state=None) -> list[Event]:
        code = m.entry.code
        if m.entry.id in RULING_ACCEPTANCES and _accepted_ruling(m.anchor) is None:
            trace.attempts.append(_fired(m, "blocked", "what is accepted is no ruling"))
            return []
        if m.entry.id in RULING_ACCEPTANCES and m.target_head is not None and not (
            (judge := actors.get(m.target_head.i)) is not None and (judge.role == "JUD" or "JUD" in judge.code) or m.target_head.lemma_.lower() in COURT_WORDS
        ):
            # "said it respected the decision of the voters": a decision accepted from someone who is no court is no
            # yield to a ruling (elect12's test of react12's entry)
            trace.attempts.append(_fired(m, "blocked", f"{m.target_head.text!r} is no court"))
            return []
        if code[:2] == "05" and m.anchor.lemma_.lower() == "join" and any(c.dep_ == "dobj" and c.lemma_.lower() in JOINED_PROTESTS for c in m.anchor.children):
            # "joined a protest in Belgrade against the government": a protest joined, no government (code13)
            trace.attempts.append(_fired(m, "blocked", "what is joined is a protest"))
            return []
        if m.anchor.lemma_.lower() == "take" and _took_part_in14(m.anchor):
            # "42,000 people took part in the rally", "would take part in the G7 summit": the idiom, no seizure (fp14)
            trace.attempts.append(_fired(m, "blocked", "'take part in' is to participate"))
            return []
        if code[:2] == "05" and m.anchor.lemma_.lower() == "join" and (_joined_in_act14(m.anchor) or _joined_in_move15(m.anchor)):
            # "joined Saudi Arabia in cutting ties with Doha", "joining Canada and Australia in a coordinated move":
            # taking part in another's act is that act (fp14, fp15)
            trace.attempts.append(_fired(m, "blocked", "what is joined is an act, not a partner"))
            return []
        if m.target_head is not None and m.matched and m.matched[-1].lower_ == "with" and _help_with15(m.matched[-1], m.target_head):
            # "exchanged prisoners ... with mediation by the United Arab Emirates", "signed the deal with the help of
            # Turkey": the one named in the help is a helper, not the partner of "with" (fp15)
            trace.attempts.append(_fired(m, "blocked", "the party of 'with' is a helper, not a partner"))
            return []
        if code[:2] == "04" and m.anchor.tag_ in ("VBG", "VBN") and _depicted15(m.anchor):
            # "posted a photograph of himself shaking hands with Zelenskiy": a picture of a meeting is no meeting (fp15)
            trace.attempts.append(_fired(m, "blocked", "a picture of a meeting, not a meeting"))
            return []
        if m.mood is not None and m.entry.id in RULING_ACCEPTANCES and m.mood[0] == "intent" and m.mood[1] is None:
            pass  # "his government would respect the decision": a ruling accepted for the future is accepted (react12)
        elif m.mood is not None:
            if m.mood[0] == "conditional":
                # plover15: "may impose sanctions on Iran if ...": a hostile act under a conditional modal is coded as a
                # future under "if" (a threat); any other act stays blocked as the modal it is
                if code[:2] not in CONDITIONED_ROOTS:
                    trace.attempts.append(_fired(m, "blocked", "a conditional (may/might/could ... if) of a non-hostile act"))
                    return []
                m = replace(m, mood=("intent", None))
            if m.mood[0] in ("intent", "threat") and m.target_head is None and m.pattern.has_target and code[:2] in CONDITIONED_ROOTS and (other := _conditioned_other(m, actors)) is not None:
                m = replace(m, target_head=other)  # intent13: "would impose sanctions if Russia attacked Moldova"
            kind, governor = m.mood
            if kind == "threat" and code[:2] not in THREAT_CODES and governor is not None and governor.lemma_.lower() in INTENT_GOVERNORS:
                kind = "intent"  # "vowed to help Gondor": a promise, not a threat
            if kind == "intent" and code[:2] in FORCE_ROOTS and governor is not None and _ready(governor):
                kind = "threat"  # "Iraq is prepared to impose martial law": readiness to use force is a threat
            ultimatum = kind == "intent" and code[:2] in ULTIMATUM_ROOTS and _unless(m.anchor)
            if ultimatum:
                kind = "threat"  # "will withdraw its force from Chad unless Goukouni arranges a ceasefire": an ultimatum
            if governor is not None and governor.i in coded:
                trace.attempts.append(_fired(m, "blocked", f"its governing verb {governor.text!r} is coded itself"))
                return []
            if kind == "intent" and governor is None and code[:2] == "05" and m.anchor.lemma_.lower() == "stand" and not (
                m.anchor.dep_ == "ccomp" and m.anchor.head.lemma_.lower() in SAY12_PROMISES
            ):
                kind = "stance"  # say12: "would stand by Guyana", "We will always stand with Israel": a stance declared now
            if kind == "refusal" and (why := _refusal_blocked(m, actors)) is not None:
                trace.attempts.append(_fired(m, "blocked", why))  # intent13
                return []
            code = code if kind == "stance" else _refused_code(code, self.codebook.actions) if kind == "refusal" else (INTENT_CODES if kind == "intent" else THREAT_CODES).get(code[:2], code if kind == "intent" and code[:2] in ("01", "02", "03", "10", "11", "12", "13", "14") else None)
            if kind == "intent" and _mutual_halt(m, governor):
                code = m.entry.code  # "the US and the Houthis agreed to stop targeting each other": a truce made (code12)
            if kind == "intent" and m.entry.code.startswith("045") and "039" in self.codebook.actions:
                code = "039"  # "offered to mediate": an intent to mediate, not to meet
            if kind == "intent" and m.entry.code[:2] == "14" and "133" in self.codebook.actions:
                code = "133"  # "Student groups said they would keep protesting": a protest to come is a threat of dissent
            if kind == "intent" and governor is None and m.entry.id in POLICE_DEPLOYMENTS:
                code = m.entry.code  # "France will deploy 40,000 police officers": police sent out, announced, are sent (code13)
            if kind == "intent" and governor is None and m.entry.id.startswith("protest.election."):
                code = m.entry.code  # "said they would refuse to take up their seats": one's own seats refused, announced, is decided (elect12)
            if code is None and kind == "intent" and governor is None and (m.entry.code[:2] in ANNOUNCED_ROOTS or (m.entry.code[:3] in ANNOUNCED_CODES and _state_decides(m, actors))) and not ultimatum and not _unless(m.anchor, ("if", "unless")):
                # "France will withdraw its ambassador from Niger", "Beijing said it would suspend cooperation": a state
                # announcing its own cut in relations has decided it, the act itself (not a threat; with an "if" or
                # "unless" it stays one: "would review relations with Tbilisi if the law took effect")
                code = m.entry.code
            if code is None and kind == "intent" and governor is None:
                code = THREAT_CODES.get(m.entry.code[:2])  # "NATO said it would tighten the blockade": a future blow is a threat
            if code is None and ultimatum:
                code = "130"
            if code is not None and code[:2] == "13" and m.entry.code[:3] in THREATENED_CODES and THREATENED_CODES[m.entry.code[:3]] in self.codebook.actions:
                code = THREATENED_CODES[m.entry.code[:3]]  # intent13: sanctions threatened (1312), aid cut threatened (1311)
            if code is None:
                trace.attempts.append(_fired(m, "blocked", f"a {kind} of a {m.entry.code} act has no code"))
                return []
            if kind in ("intent", "threat") and governor is None and (code[:2] == "13" or m.entry.code[:2] in THREAT_CODES) and _forecast(m, actors):
                # intent13: "analysts said Russia would attack Moldova", "Washington said Iran would strike Israel within
                # days": a hostile future told by a forecaster or by another country is a forecast, not the doer's threat
                trace.attempts.append(_fired(m, "blocked", "a hostile future told by another party: a forecast"))
                return []
        if code[:2] == "03" and m.mood is None and _agreed_to_truce(m.anchor):
            # "Israel and Hamas agreed to a ceasefire to end 11 days of fighting": the ceasefire agreed is the act
            # (0871), the infinitive its aim, not a second intent (code12)
            trace.attempts.append(_fired(m, "blocked", "a truce agreed: its aim is no intent of its own"))
            return []
        if code == "0356" and m.mood is None and "087" in self.codebook.actions and _agreed_together(m.anchor, m.anchor):
            code = "087"  # "Russia and Ukraine agreed to halt strikes on each other's energy facilities": a truce made (code12)
        if code[:2] == "13" and m.source_head is not None and (
            (_names_no_target(m) and m.anchor.dep_ == "ccomp" and m.anchor.head.i in coded) or _answers_words(m.anchor)
        ):
            # "Iran warned that it would respond": the warning is coded itself; "would respond to questions", "will
            # answer the letter": an answer to words is no threat
            trace.attempts.append(_fired(m, "blocked", "a future answer to words, or one its coded governing verb tells"))
            return []
        if (
            code[:2] == "14" and m.mood is None and "133" in self.codebook.actions and m.anchor.dep_ == "xcomp"
            and (keep := m.anchor.head).lemma_.lower() in ("keep", "continue", "go") and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in keep.children)
        ):
            code = "133"  # "they would keep protesting until the government changed course": dissent to come, a threat of it
        if code.startswith("174") and m.anchor.lemma_.lower() in ("expel", "order") and "161" in self.codebook.actions and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ENVOY_NOUNS and (m.anchor.lemma_.lower() == "expel" or c.tag_ == "NN") for c in m.anchor.children
        ):
            # "expelled its ambassador", "expelled two Russian diplomats", "ordered Sweden's ambassador to leave" (code13:
            # one envoy ordered out; "ordered diplomats from seven countries to leave" stays 174, as the golds code it):
            # a cut in relations, not a deportation
            code = "161"
        if code[:2] == "10" and m.entry.code[:2] == "10" and (ordered := _ordered_act(m.anchor)) is not None and ordered in self.codebook.actions:
            code = ordered  # "ordered the ambassador to be summoned": the order is the act it orders (code13)
        if code == "010" and m.entry.code == "010" and (said := _message_kind(m.anchor)) is not None and said in self.codebook.actions:
            code = said  # "sent a message of congratulations to Hun Manet": praise, not a bare statement (code13)
        if code[:2] == "04" and "020" in self.codebook.actions and _call_for15(m):
            code = "020"  # conj15: "Tokayev praised China and called for more Chinese investment": an appeal to China, no call
        if code[:2] == "12" and m.mood is None and "016" in self.codebook.actions and _answers_accusation(m.anchor):
            # "Gondor rejected the accusation", "a claim Ramaphosa rejected", "dismissed the allegations": a rejection
            # of an accusation is a denial, an answer to its maker, whatever the verb
            code = "016"
        if code == "016" and m.mood is None and "120" in self.codebook.actions and _claim_to_something(m.anchor):
            code = "120"  # "Taiwan rejects China's sovereignty claims": a claim to a thing rejected, no denial (code12)
        if code[:2] in _FIGHTING and m.anchor.dep_ == "relcl" and m.anchor.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in m.anchor.children):
            # "Pakistani Taliban militants who attack its security forces": a relative clause in the simple present
            # says what someone does habitually, not an act that took place
            trace.attempts.append(_fired(m, "blocked", "a habit (a relative clause in the present), not an event"))
            return []
        if code == "010" and m.mood is None and any(c.dep_ == "ccomp" and any(i in coded for i in range(c.left_edge.i, c.right_edge.i + 1)) for c in m.anchor.children):
            # "Rubio told Mulino that Trump had determined that China's influence threatened the canal": the telling is
            # only how the news is reported; what was told, an act the codebook knows, is coded, not a statement to the
            # listener ("Modi told Putin that today's era is not an era of war" stays a statement)
            trace.attempts.append(_fired(m, "blocked", "a report of what was told, not a statement to the listener"))
            return []
        if code[:2] == "10" and m.entry.id.startswith("demand.") and _deadline(m):
            code = "139" if "139" in self.codebook.actions else code  # intent13: "must step down within an hour": an ultimatum
        subj = m.source_head if m.source_head is not None else subject_of(m.anchor)
        if m.source_head is None and code[:2] in VERBAL_ROOTS and (speaker := _speaker_of_conjoined(m.anchor, actors, role_only)) is not None:
            # "Aliyev said the plane had been shot down by Russia, and demanded that Moscow admit guilt": the parser hangs
            # the second verb on the reported clause, whose subject can not be the one who demands
            subj = speaker
        if subj is None and m.passive and (by := _agent_after_with(m.anchor)) is not None:
            # "Russia was hit with new sanctions by the European Union": the parser hangs the doer on the "with" noun
            subj = by
        by_most_doer = False
        if subj is None and m.passive and not any(c.dep_ == "agent" for c in m.anchor.children) and (by_most := _doer_of_most(m.anchor)) is not None:
            # "up to 1,400 people were killed, most of them by security forces": the doer of most is the doer (home13)
            subj = by_most
            by_most_doer = True
        if subj is None and m.passive and m.anchor.lemma_.lower() in STATE_PASSIVES and not any(c.dep_ == "agent" for c in m.anchor.children):
            # "Serb forces were engaged in ethnic cleansing", "militants were involved in the attack": a state of the
            # subject, who does what it is engaged in, not a passive with a doer left unnamed
            subj = next((c for c in m.anchor.children if c.dep_ == "nsubjpass"), None)
        if (
            subj is None and m.passive and (code[:2] in STATE_ACT_ROOTS or (code[:2] == "18" and _custody(code, m.anchor))) and not any(c.dep_ == "agent" for c in m.anchor.children)
            and (said := _state_speaker(m.anchor)) is not None and (speaker := actors.get(_np_head(said).i)) is not None
            and speaker.country and speaker.role in DOMESTIC_SOURCES and speaker.kind == AGENT
        ):
            # "Kazakh authorities said more than 3,000 people were detained": an arrest or execution no one is named
            # for, reported by a state's own agencies (a role noun, not a person or his party), is theirs; not a
            # release ("schoolchildren kidnapped by gunmen have been freed, the governor said")
            subj = said
        if subj is None and m.passive and (code[:2] in STATE_ACT_ROOTS or m.anchor.lemma_.lower() in EXPEL_VERBS) and (place := _place_of(m.anchor, actors) or _expelled_from(m.anchor, actors) or (state.locus if state is not None and code[:2] == "17" and not _in_former_place(m.anchor) else None)):
            # "A journalist was arrested in Istanbul": what only a state does, done in a place and by no one named, is
            # an act of that place's state; with no place, of the story's country ("Dozens were detained overnight")
            subj = m.anchor
            actors = {**actors, m.anchor.i: Actor(place, place, None, "", "", COUNTRY, m.anchor.i)}  # no words name it
        if subj is None and m.passive and code[:3] == "116" and (court := _sentencing_court15(m, actors, state)) is not None:
            # law15: "Hernandez was sentenced in New York to 45 years", "was convicted of treason": a verdict with no
            # court named is the place's court, else the story's latest, else the court of the story's country
            subj = m.anchor
            actors = {**actors, m.anchor.i: replace(court, head=m.anchor.i)}
        if subj is None and m.passive and code[:2] in _FIGHTING and (blast := _blast_of(m.anchor)) is not None and (place := _place_of(m.anchor, actors) or _place_in(blast, actors)):
            # "A journalist was killed in a car bomb explosion in Beirut": an attack by no named actor is coded to the
            # country where it happens, as "a roadside bomb near Samarra killed ..." is
            subj = blast
            actors = {**actors, blast.i: Actor(place, place, None, _np_text(blast), "", COUNTRY, blast.i)}
        if subj is None and m.passive and code == "075" and (embassy := _embassy_of(m.anchor, actors)) is not None:
            # "had been given asylum at the Mexican embassy in Lima": a grant made at an embassy is its state's
            subj = embassy
        if (
            subj is None and m.passive and code[:2] in _FIGHTING and m.anchor.lemma_.lower() in ASSASSIN_VERBS and not any(c.dep_ == "agent" for c in m.anchor.children)
            and (victim := self._political_victim(m, actors, extra, role_only, state)) is not None
        ):
            # "Former Prime Minister Shinzo Abe was shot dead while giving a campaign speech": a politician shot or
            # stabbed by no one named was attacked by one of his country's civilians, as "a gunman shot ..." is
            subj = m.anchor
            actors = {**actors, m.anchor.i: Actor(victim.country + "CVL", victim.country, "CVL", "", victim.rule_id, AGENT, m.anchor.i)}
            code = self._attempt_on_life(code, m.anchor)
        if subj is None and m.passive and (forces := _deployed_forces14(m, code, role_only)) is not None:
            subj = forces  # "The army was deployed to help police enforce the curfew": the forces sent (home14)
            if m.target_head is not None and subj.left_edge.i <= m.target_head.i <= subj.right_edge.i:
                m = replace(m, target_head=None)  # "400 officers, including riot police": the forces, not a target
        clash = subj is None and m.passive and code[:2] in _FIGHTING and m.target_head is not None and (subj := _clash_partner(m.anchor)) is not None
        # "Twenty Indian soldiers were killed in a clash with Chinese troops": the other side of the clash, both ways
        if subj is None and m.passive and (orderer := _orderer_of(m.anchor)) is not None:
            subj = orderer  # "Netanyahu ordered the ambassador to be summoned": the orderer does what it orders (code13)
        if subj is None and m.passive and code.startswith("084") and m.target_head is not None and (holder := _holder_of(m.target_head, actors, state)) is not None:
            # "Police arrested Sturgeon on Sunday. She was released without charge": the one who held the person the
            # story told was arrested releases them (code14)
            subj = m.anchor
            actors = {**actors, m.anchor.i: replace(holder, head=m.anchor.i)}
        if subj is None:
            trace.attempts.append(_fired(m, "blocked", "no source (subject) found"))
            return []
        subj_head = _np_head(subj)
        if subj_head.i not in actors and subj_head.i not in role_only and subj_head.i not in groups:
            subj_head = _partitive_head(subj_head)  # "thousands of them stormed Congress"
        if m.passive and code[:2] in _FIGHTING and subj_head.i not in actors and (thrower := _thrown_by14(subj_head)) is not None:
            subj_head = _np_head(thrower)  # "several officers were hurt by stones thrown by protesters": the thrower (home14)
        sources = self._members(subj_head, actors, extra)
        if not sources and (sender := _sender_of_mission(subj_head, actors)) is not None:
            sources = [sender]  # "Observers from the OSCE said the vote was marred": a mission speaks for its sender (elect12)
        if not sources and subj_head.i in groups:
            sources = list(groups[subj_head.i][0])
        if (
            len(sources) < 2 and subj_head.i not in groups and (role := _role_of(subj_head, actors, role_only))
            and (pair := next((p for p in _pairs_named(subj_head, groups) or () if p[0].country and p[1].country and p[0].country != p[1].country), None))
        ):
            # "the foreign secretaries of the two countries met in Dhaka": the role of each country of the pair
            sources = [Actor(a.country + role, a.country, role, _np_text(subj_head), a.rule_id, AGENT, subj_head.i) for a in pair]
        if not sources and code[:2] in _FIGHTING and role_only.get(subj_head.i) in LONE_ROLES and _lone_individual(subj_head):
            if (victim := self._political_victim(m, actors, extra, role_only, state)) is not None:
                # "A gunman shot Prime Minister Robert Fico", "a gunman opened fire at Donald Trump's campaign rally":
                # one attacker no one names who strikes a political figure is a civilian of the victim's country (an
                # attack on a party of politics, as coders code assassinations)
                sources = [Actor(victim.country + "CVL", victim.country, "CVL", _np_text(subj_head), victim.rule_id, AGENT, subj_head.i)]
                if code[:2] != "18":
                    code = self._attempt_on_life(code, m.anchor)
            else:
                # "A gunman killed seven people at a synagogue": one attacker no one names is no party (a crime, not an
                # act between actors), wherever it happens
                trace.attempts.append(_fired(m, "blocked", f"{subj_head.text!r} is one person no one names"))
                return []
        if not sources and role_only.get(subj_head.i, "MIL") != "MIL" and subj_head.lemma_.lower() not in GATHERING_HEADS and (place := _place_of(m.anchor, actors) or _place_in(subj_head, actors) or _participle_place(m.anchor, actors) or _street_place15(m.anchor, actors)):
            # "protesters marched in Hong Kong", "police in Tehran arrested …": a bare role noun acting in a place is of
            # that place (not troops: armies fight abroad)
            role = role_only[subj_head.i]
            sources = [Actor(place + role, place, role, _np_text(subj_head), "", AGENT, subj_head.i)]
        if not sources and _act_noun(subj_head) is not None and (by := [
            p for c in subj_head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"
        ]):
            # "an offensive by ELN rebels killed at least 80 people", "a raid by Israeli troops destroyed ...": an act
            # named by a noun does what its doer does
            sources = self._members(_np_head(by[0]), actors, extra)
            if not sources and by[0].i in role_only and state is not None and state.locus:
                sources = [a for a in (_of_locus(by[0], role_only, state.locus),) if a is not None]
        if not sources and code[:2] in _FIGHTING and subj_head.lemma_.lower() in UNNAMED_ATTACKERS and (place := _place_of(m.anchor, actors) or _place_in(subj_head, actors) or _participle_place(m.anchor, actors)):
            # "a roadside bomb near Samarra killed …": an attack by no named actor is coded to the country where it
            # happens
            sources = [Actor(place, place, None, _np_text(subj_head), "", COUNTRY, subj_head.i)]
        if not sources and code in LEADERSHIP_CODES and role_only.get(subj_head.i) in NONSTATE_ROLES and m.target_head is not None and (
            rulers := [t for t in self._members(m.target_head, actors, extra) if t.country and t.role == "GOV"]
        ):
            # "Protesters demanded the resignation of President Ben Bella": who demands a change of a state's leaders is
            # of that state
            role = role_only[subj_head.i]
            sources = [Actor(rulers[0].country + role, rulers[0].country, role, _np_text(subj_head), "", AGENT, subj_head.i)]
        if not sources and state is not None and state.locus and subj_head.i not in role_only and _party_name(subj_head):
            # "The conservative People's Party accused Sanchez", "the Socialists accused the prime minister": a party
            # no dictionary knows, in a story about one country, is that country's
            sources = [Actor(state.locus + "PTY", state.locus, "PTY", _np_text(subj_head), LOCUS_RULE, AGENT, subj_head.i)]
        if (
            not sources and state is not None and state.locus and m.target_head is not None and _unknown_full_name(subj_head, role_only, actors)
            and (role_only.get(m.target_head.i) in STATE_TARGETS or any(t.country == state.locus and t.role in STATE_TARGETS for t in self._members(m.target_head, actors, extra)))
        ):
            # "Marlon Vargas accused the government of criminalising protest" in a story about Ecuador: a person no
            # dictionary knows, acting on the state of the country the story is about, is one of its civilians
            sources = [Actor(state.locus + "CVL", state.locus, "CVL", _np_text(subj_head), LOCUS_RULE, AGENT, subj_head.i)]
        if not sources and state is not None and role_only.get(subj_head.i) == "JUD" and (trial := _trial_country(subj_head, role_only, state)) is not None:
            # "A U.S. jury found Hernandez guilty ... Prosecutors accused him": the prosecutors of the trial the story
            # told, not of the defendant's country (actors14)
            sources = [trial]
        if not sources and state is not None and state.locus and (local := _of_locus(subj_head, role_only, state.locus)):
            # "Riot police detained dozens of demonstrators" in a story about Iran: a bare role noun named nowhere is of
            # the country the story is about
            sources = [local]
        if not sources and m.mood is None and (crowd := _some_of_crowd14(subj_head, code, role_only, actors, state)) is not None:
            sources = [crowd]  # "Protesters marched ..., and some threw fireworks at police": some of the crowd (home14)
        if not sources and (weapon := _home_weapon14(subj_head, code, role_only, state, actors)) is not None:
            sources = [weapon]  # "A fighter jet dropped bombs on the crowd" in a story about Myanmar alone (home14)
        if not sources and subj_head.i in role_only and m.target_head is not None and (home := _home_of(role_only[subj_head.i], m.target_head, actors, extra, self._members)):
            # "police arrested him", "Prosecutors charged Castillo", "rebels shelled Ukrainian army positions",
            # "protesters stormed the Saudi embassy in Tehran": a bare role noun that only acts at home is of the country
            # of whom it acts on (or of the place its target stands in)
            role = role_only[subj_head.i]
            sources = [Actor(home + role, home, role, _np_text(subj_head), "", AGENT, subj_head.i)]
        if (
            not sources and code[:2] in PHYSICAL_ROOTS and role_only.get(subj_head.i, "MIL") != "MIL" and m.target_head is not None
            and (place := _place_in(m.target_head, actors))
        ):
            # "Assailants attacked a police station in southern Tajikistan", "militants ambushed a convoy near Gao": a
            # bare role noun (not troops) that uses force on something in a place is where its target stands
            role = role_only[subj_head.i]
            sources = [Actor(place + role, place, role, _np_text(subj_head), "", AGENT, subj_head.i)]
        if (
            not sources and state is not None and not state.locus and role_only.get(subj_head.i) in RECENT_ROLES
            and (recent := self._recent_country(subj_head, actors, state, sentence.index)) and (local := _of_locus(subj_head, role_only, recent))
        ):
            # "China's customs agency said ... The foreign ministry accused Japan of spying": in a story with no
            # locus, a bare role noun of a state (or its opposition) is of the one country the latest words named
            sources = [local]
        if not sources:
            trace.attempts.append(_fired(m, "blocked", f"source {subj.text!r} is not a known actor"))
            return []
        if m.target_head is not None and (co := _co_doers(m.anchor, actors, extra, self._members)):
            # "Qatar has mediated between Israel and Hamas throughout the war along with Egypt": Egypt mediated too
            sources += [a for a in co if all(a.code != s.code for s in sources)]
        locus = state.locus if state is not None else None
        sources = [_ethnic_home(s, m.anchor, actors, locus) for s in sources]
        if (
            sources and code[:2] in _FIGHTING and code[:3] not in ("185", "186") and m.anchor.lemma_.lower() in KILLER_VERBS
            and all(s.role in OUTLAW_ROLES for s in sources) and (victim := self._political_victim(m, actors, extra, role_only, state)) is not None
            and all(victim.country == s.country for s in sources)
        ):
            # "gunmen shot dead Yolanda Sanchez, the newly elected mayor of Cotija": armed men of no state who shoot
            # or kill a political figure at home attack a life in politics (185/186), as one gunman does (code13)
            code = self._attempt_on_life(code, m.anchor)
            if code == "185" and m.anchor.i + 1 < len(m.anchor.doc) and m.anchor.nbor(1).lower_ == "dead":
                code = "186"  # ("shot dead X", "dead" parsed onto X)
        if m.target_head is not None:
            targets = self._members(m.target_head, actors, extra)
            if targets and code[:2] in ("02", "10") and (owner := _ban_owner(m, actors)) is not None and owner.i != m.target_head.i:
                targets = self._members(owner, actors, extra)  # "called for the lifting of China's ban on Japanese seafood" (code13)
            if (
                len(m.matched) >= 3 and m.matched[-1].pos_ == "ADP" and m.matched[-1].lower_ in LOCATIVE_PREPS and code != "074"  # (plover15: "the UN mission in Mali" keeps the peace in Mali)
                and (owned := m.matched[-2]).i != m.anchor.i and owned.pos_ == "NOUN" and owned.i in actors
                and actors[owned.i].country and actors[owned.i].code != targets[0].code
                and any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.text[:1].isupper() for c in owned.lefts) if targets else False
            ):
                # "jets struck RSF bases in Omdurman", "Israel hit Iranian positions in Syria": the installation's
                # owner, named on it (a name in front of it), is hit, not the country where it stands
                targets = self._members(owned, actors, extra)
            if (
                targets and state is not None and state.locus and m.target_head.i in role_only and {t.code for t in targets} <= {s.code for s in sources}
                and (local := _of_locus(m.target_head, role_only, state.locus)) is not None
            ):
                # "Washington ... urged the government to respect ...": a role noun read as the speaker's own is the
                # story country's (the speaker does not urge itself)
                targets = [local]
            elif (
                targets and {t.code for t in targets} <= {s.code for s in sources}
                and (local := self._recent_target(m, code, sources, actors, role_only, state, sentence.index)) is not None
            ):
                targets = [local]  # ... with no story country, the one other country the latest words named
            if (
                targets and code[:2] in REACTION_ROOTS and m.mood is None and _patient_of_act(m.target_head, m.anchor)
                and (m.target_head.head.lower_ == "of" or all(t.i != m.target_head.head.i for t in m.matched))  # ("blamed the attack on X": the pattern's own "on")
                and (doers := self._doers_of_event_noun(m, sources, state, code, actors, extra))
            ):
                # "The EU condemned the killing of the officer", "condemned the arrest of Navalny": the one an act was
                # done to is no target of a reaction to it; the act's doer is, when the story names one
                targets = doers
            if not targets and len(sources) >= 2 and (m.entry.symmetric or code[:2] in COOPERATION_ROOTS) and (pairs := _pairs_named(m.target_head, groups)) and {a.code for a in pairs[0]} == {s.code for s in sources}:
                # "X and Y met in Z, the first summit between leaders of the two countries": the two are the subject's
                # own, so the act is between them (not with Z, the place of the meeting)
                targets = list(sources)
            if (
                code[:2] == "10" and len(targets) >= 2 and any(t.country == src.country for t in targets for src in sources)
                and any(all(t.country != src.country for src in sources) for t in targets)
            ):
                # "Xi told Modi that China and India should be friends": the speaker's own country among those who
                # should act is the intent to cooperate with the others (below)
                targets = [t for t in targets if all(t.country != src.country for src in sources)]
                code = "030"
            elif (
                not targets and code[:2] == "10" and m.target_head.i in groups and m.target_head.lower_ in _PAIR_FORMS_PLURAL
                and (own := _own_pair(groups[m.target_head.i], sources, state)) is not None
            ):
                # "Xi said the two countries should strengthen cooperation", "told Trump that the two countries should
                # be partners": what the speaker says its own side and the other should do together is its intent to
                # cooperate with the other, no demand on anyone
                targets = [a for a in own if all(a.country != src.country for src in sources)]
                code = "030"
            if not targets and m.target_head.i in groups:
                pair = next((p for p in groups[m.target_head.i] if all(a.country != src.country for a in p for src in sources)), ())
                targets = list(pair)
            if not targets and m.target_head.i in role_only and (place := (_place_of(m.anchor, actors) or _participle_place(m.anchor, actors) if code[:2] in PHYSICAL_ROOTS else None) or _place_of(_conj_root(m.target_head), actors)):
                # (the place of a statement is the speaker's: "In Washington, the State Department condemned the
                # violence against peaceful protesters" is not about Washington's protesters)
                # "killed civilians in Bucha", "struck depots near Kyiv": a bare role noun is of the place where it is hit
                role = role_only[m.target_head.i]
                targets = [Actor(place + role, place, role, _np_text(m.target_head), sources[0].rule_id, AGENT, m.target_head.i)]
            if not targets and m.target_head.i in role_only and sources[0].country not in (None, "IGO", "NGO") and sources[0].role in NONSTATE_ROLES and role_only[m.target_head.i] in STATE_TARGETS:
                # "the Fijian rebels will release Prime Minister Chaudhry", "rebels ambushed a police convoy": a group at
                # home acts on its own state (not on an army: armies fight abroad); an international rights group has no
                # home state ("Amnesty accused the police": not NGOCOP, actors14)
                role = role_only[m.target_head.i]
                src = sources[0]
                targets = [Actor(src.country + role, src.country, role, _np_text(m.target_head), src.rule_id, AGENT, m.target_head.i)]
            if (
                not targets and (struck := _own_ground_hit(m, code, sources, state, actors)) is not None and struck is m.target_head
            ):
                # "the army has kept bombing civilian areas" (see the same rule where no target is found)
                targets = [_on_own_ground(state.locus, actors, state, LOCUS_RULE)]
            custody = _custody(code, m.anchor)
            if (
                not targets and m.target_head.i in role_only and state is not None and state.locus and sources[0].country not in (None, state.locus)
                and not (custody and role_only[m.target_head.i] in DOMESTIC_TARGETS and (
                    sources[0].role in DOMESTIC_SOURCES or (sources[0].role is None and sources[0].kind in (COUNTRY, CAPITAL))
                ))  # "Iranian police arrested dozens of people", "Iran hanged a man" in a story Israel leads: held at home
                and not (custody and _names_country(m.anchor, actors, state.locus, m.target_head))
                and (local := _of_locus(m.target_head, role_only, state.locus)) is not None
            ):
                # "Portugal's prime minister expressed condolences to the families of the victims" in a story about
                # Mozambique: a foreign state's bare role noun target is of the story's country, not its own
                targets = [local]
            if not targets and m.target_head.i in role_only and (owner := _followers_country(m.target_head, sources, actors)) is not None:
                # "Mondlane has urged his supporters to stop blocking roads", "called on Khan's followers to ...": the
                # followers of someone are of that one's country
                role = role_only[m.target_head.i]
                targets = [Actor(owner + role, owner, role, _np_text(m.target_head), sources[0].rule_id, AGENT, m.target_head.i)]
            if not targets and m.target_head.i in role_only and sources[0].country and (role_only[m.target_head.i] in DOMESTIC_TARGETS or (role_only[m.target_head.i] == "UAF" and custody)) and (
                sources[0].role in DOMESTIC_SOURCES or (sources[0].role is None and sources[0].kind in (COUNTRY, CAPITAL) and custody)
            ) and not _backed_from_outside(m.target_head):
                # "Iranian police arrested demonstrators": a bare role noun as target is domestic; so are the prisoners
                # a state named by its country releases or detains ("Nicaragua released 222 political prisoners"), and
                # the armed men a state holds ("about 50 attackers had been detained")
                role = role_only[m.target_head.i]
                src = sources[0]
                targets = [Actor(src.country + role, src.country, role, _np_text(m.target_head), src.rule_id, AGENT, m.target_head.i)]
            if (
                not targets and m.target_head.i in role_only and sources[0].country and sources[0].role in ("COP", "JUD", "SPY") and code[:2] in ("09", "17")
                and (own := _of_locus(m.target_head, role_only, sources[0].country)) is not None
            ):
                # "Prosecutors named the interior minister a formal suspect", "police arrested a former governor": a bare
                # role noun the state's police, courts or spies arrest, charge or investigate is of their own country
                targets = [own]
            if (
                not targets and sources[0].country and sources[0].role in DOMESTIC_SOURCES and code[:2] in ONE_PERSON_ROOTS
                and _private_person(m.target_head, role_only, code)
            ):
                # "Police arrested the attacker at the scene", "A Madrid judge opened an inquiry into Begona Gomez": one
                # person the state's police, courts or spies act on, whom no dictionary knows, is a civilian of that state
                src = sources[0]
                targets = [Actor(src.country + "CVL", src.country, "CVL", _np_text(m.target_head), src.rule_id, AGENT, m.target_head.i)]
            if (
                not targets and sources[0].country and sources[0].role in DOMESTIC_SOURCES and code[:2] in ("09", "11", "17")
                and role_only.get(m.target_head.i) == "MED" and m.target_head.pos_ == "PROPN"
            ):
                # "A Georgian court sentenced journalist Mzia Amaglobeli": a journalist named by a title and a name, whom
                # a state's courts or police try or hold, is that state's (not the foreign reporter a bare one may be)
                src = sources[0]
                targets = [Actor(src.country + "MED", src.country, "MED", _np_text(m.target_head), src.rule_id, AGENT, m.target_head.i)]
            if not targets and m.target_head.i in role_only and sources[0].country and sources[0].role == "GOV" and role_only[m.target_head.i] in ("LEG", "JUD") and code[:2] in HOME_BODY_ROOTS:
                # "the emir dissolved parliament", "Obama threatened to veto any legislation from Congress": a ruler's
                # blow at a legislature or court no one places is at his own
                role = role_only[m.target_head.i]
                src = sources[0]
                targets = [Actor(src.country + role, src.country, role, _np_text(m.target_head), src.rule_id, AGENT, m.target_head.i)]
            if (
                not targets and code[:2] == "08" and m.target_head.lemma_.lower() in HOSTAGE_NOUNS and m.target_head.i in role_only
                and sources[0].role in NONSTATE_ROLES and state is not None and state.acts and not _place_of(_conj_root(m.target_head), actors)
            ):
                # "Hamas freed 24 hostages": an armed group's hostages no one places are of the side it fought last
                targets = _other_side(sources, state)
            if not targets and state is not None and state.locus and (local := _of_locus(m.target_head, role_only, state.locus)):
                targets = [local]  # as for the source, after every other rule
            if not targets and (held := _home_held(m.target_head, "173" if by_most_doer else code, m.anchor, sources[0], actors, role_only, state, abroad=by_most_doer)) is not None:
                targets = [held]  # "the security service detained 11 journalists of the outlet Temirov Live" (home13)
            if not targets and (hit := _home_hit14(m, code, sources, state, actors)) is not None:
                targets = [hit]  # "Crowds attacked at least 20 churches" in a story about Pakistan alone (home14)
            if (
                not targets and not any(c.lower_ == "local" for c in m.target_head.lefts)
                and (local := self._recent_target(m, code, sources, actors, role_only, state, sentence.index)) is not None
            ):
                # "France's foreign minister arrived in Beirut. He urged the government to hold elections": with no
                # locus, a government or army is of the one other country the latest words named (not a parliament, a
                # court or the police, nor in statements and arrests: those are mostly the speaker's own)
                targets = [local]
            if (
                not targets and (m.entry.code[:2] in AID_ROOTS or m.entry.code.startswith("033")) and _aid_thing15(m)
                and (recipient := _aid_recipient15(state, sources, m.anchor, actors)) is not None
            ):
                # aid15: "the United States has pledged $200 million to support it" (the mission): aid to a thing that is
                # no party goes where the story's aid goes
                targets = [_of_place(recipient, None, LOCUS_RULE)]
            if m.entry.id == "consult.phone.call" and _called_to_arms(m.anchor):
                targets = []  # "the party had called its supporters to violence": an incitement, no phone call
            if m.anchor.lemma_.lower() in PARTY_OBJECT_VERBS and m.pattern_index >= 0 and bare_object(m.pattern):  # not a raw pattern: its nodes say what they want
                targets = [t for t in targets if t.kind != AGENT or t.role is not None]  # "called Rohan's bluff": a thing
            if not targets and code[:2] in DIPLOMATIC_ROOTS:
                targets = self._envoy_country(m.anchor, actors, extra, state, sources)
            if (
                targets and code in REACTION_CODES and m.mood is None and m.target_head.head.i != m.anchor.i
                and m.target_head.head.pos_ in ("VERB", "ADP") and (accusers := _accuser_of(sources, state))
                and not {a.code for a in accusers} & {t.code for t in targets}
            ):
                # "Sudan accused the UAE of arming the RSF ... The UAE denied arming the RSF": a denial answers its
                # accuser, not whom the denied act was done to (talk11)
                targets = accusers
            if (
                not targets and (code[:2] in REACTION_ROOTS or code[:2] == INQUIRY_ROOT) and m.mood is None and m.target_head.dep_ in ("pobj", "dobj")
                and (not m.passive or m.anchor.lemma_.lower() in FEELING_VERBS13)
                and (doers := self._doers_of_event_noun(m, sources, state, code, actors, extra))
            ):
                # "Sweden condemned the attack on its embassy", "criticised the ruling party's decision": a place or an
                # owner on the act noun that is no actor; the act's doer
                targets = doers
            pairs = [(s, t) for s in sources for t in targets if not _foreign_at_home(s, t, code)]
            if not targets and m.passive and m.target_head.dep_ == "nsubjpass" and (parties := _parties_of_meeting(m, code, sources, state)):
                # "The swap was mediated by Qatar", "the talks were hosted by X": the passive subject is the meeting or
                # the deal, no party; the host or mediator acts on its parties as for "Qatar mediated the swap"
                pairs = [(s, t) for s in sources for t in parties]
            elif not targets and m.passive and m.target_head.dep_ == "nsubjpass" and (doers := self._doers_of_event_noun(m, sources, state, code, actors, extra)):
                # (with the sentence's actors: "The arrest of the journalist by Belarusian police was condemned by the
                # EU", the doer named on the noun, react12)
                # "The executions were condemned by the United Nations, the United States and the European Union": the
                # passive subject is the act reacted to, as the object is in "X condemned the executions"
                pairs = [(s, t) for s in sources for t in doers]
        elif ELECTION_ENTRY in m.entry.id and m.target_head is None:
            # "the opposition said the results were not credible", "called for a re-run of the vote", "conceded defeat":
            # a verdict on a vote, a refusal of its result, a call to hold it again or a defeat conceded is an act on
            # the government of the country that held the vote (elect12, _election_target); none if that is the speaker
            pairs = [(s, t) for s in sources if (t := _election_target(m, s, actors, state, self._countries, article.text)) is not None and t.code != s.code]
        elif (PLEA_ENTRY in m.entry.id or APPEAL_ENTRY15 in m.entry.id) and m.target_head is None:
            # lexicon14: "Trump pleaded not guilty": a plea is made to the court trying the one who pleads; law15: an
            # appeal too ("his lawyers said they would appeal"), unless it asks something of someone (02)
            pairs = [] if APPEAL_ENTRY15 in m.entry.id and _appeal_elsewhere15(m.anchor) else [
                (s, t) for s in sources if (t := _plea_court(m.anchor, s, actors, state)) is not None and t.code != s.code
                and not (APPEAL_ENTRY15 in m.entry.id and t.code.startswith("IGO"))
            ]  # (a case a state takes to the ICC or the ICJ is against another state, whom the words do not name)
        elif CASE_ENTRY15 in m.entry.id and m.target_head is None:
            # law15: "The case was brought by Ekuru Aukot": against the one the story's latest court act was on
            pairs = [(s, t) for s in sources for t in _ruled_on15(state) if t.code != s.code and t.country == s.country]
        elif COURT_ENTRY in m.entry.id and m.target_head is None:
            # "the High Court struck down the housing levy", "ruled the government's plan was unlawful": a court undoing
            # an act of its state rejects the act's maker at home, else its government (elect12, _court_undoes)
            pairs = [(s, t) for s in sources if s.role == "JUD" and (t := _court_undoes(m, s, actors)) is not None and t.code != s.code]
        elif m.entry.id in RULING_ACCEPTANCES and (courts := _court_of_verdict(m.anchor, sources, actors, state, _accepted_ruling(m.anchor))):
            # "Sunak said he respected the judgment", "would abide by the ruling": a ruling accepted is a yield to the
            # court the story named last (react12)
            pairs = [(s, t) for s in sources for t in courts]
        elif m.pattern.has_target and not _own_object(m) and (shared := self._shared_object(m.anchor, actors, extra)):
            # "Mitsotakis called Erdogan and offered help", "Arnor condemned and sanctioned Gondor": conjoined verbs
            # share the object the other verb names
            pairs = [(s, t) for s in sources for t in shared]
            if m.entry.symmetric and m.mood is None and code[:2] not in ONE_WAY_WITH_OBJECT:
                pairs += [(t, s) for s, t in pairs]
        elif code[:2] == "10" and m.target_head is None and m.mood is None and (told := self._addressee_of_demand(m.anchor, sources, actors, extra)):
            # "Russia summoned Lithuania's charge d'affaires and demanded that the restrictions be lifted", "Iran
            # summoned Pakistan's envoy to demand an explanation", "accused Russian police of torture and demanded that
            # those responsible be punished": a demand with no one named is made to the one summoned or accused (code12)
            pairs = [(s, t) for s in sources for t in told]
        elif (code[:2] in REACTION_ROOTS and m.pattern.has_target and m.mood is None and (makers := [
            a for p in _object_agents(m.anchor) for a in (
                self._members(p, actors, extra) or (
                    # "parliament", "the court" named by no country: the reactor's own state's
                    [Actor(sources[0].country + role_only[p.i], sources[0].country, role_only[p.i], _np_text(p), sources[0].rule_id, AGENT, p.i)]
                    if p.i in role_only and role_only[p.i] in ("LEG", "JUD") and sources[0].country and sources[0].role in STATE_ROLES else []
                )
            ) if all(a.code != s.code and not (a.country == s.country and a.country in (a.code, s.code)) for s in sources)
        ])):
            # "Duda vetoed a budget bill passed by parliament", "condemned the law adopted by the assembly": a reaction to
            # a thing made by someone named in a "by" phrase on it is a reaction to its maker
            pairs = [(s, t) for s in sources for t in makers]
        elif code[:2] in INQUIRY_DEMAND_ROOTS and m.mood is None and not m.passive and sources and _inquiry_into_vote(m.anchor) and (
            vote := _election_target(m, sources[0], actors, state, self._countries, article.text)
        ) is not None:
            # "The EU called for an investigation into the irregularities", after the vote the story told: on the
            # government of the country that held it, as a verdict on the vote is (actors13)
            pairs = [(s, vote) for s in sources if s.country != vote.country or s.role in ELECTION_RIVALS]
        elif (doers := self._doers_of_event_noun(m, sources, state, code, actors, extra)):
            # "South Korea condemned the pact": the pact is the act of the last sentence's actors
            pairs = [(s, t) for s in sources for t in doers]
        elif code[:2] == "12" and _names_no_target(m) and m.mood is None and not _refused_words(m.anchor) and (askers := _askers(sources, state, code)):
            # "The United States asked Denmark to sell Greenland. Copenhagen refused.": a refusal that names no one
            # answers the story's latest appeal or demand to the refuser, by its first-named maker
            pairs = [(s, t) for s in sources for t in askers]
        elif (hit := self._targets_of_claimed_act(m, sources, state)):
            # "The Houthis claimed responsibility for the attack": on whom the attack named before was made
            pairs = [(s, t) for s in sources for t in hit]
        elif code[:2] == "13" and m.target_head is None and (blamed := [a for h in _blamed_in_sentence(m.anchor, sources, actors) for a in self._members(h, actors, extra)]):
            # "Iran vowed revenge after an air strike it blamed on Israel": a threat with no one named is against the
            # one the threatener blames in the same sentence for what it answers (code14)
            pairs = [(s, t) for s in sources for t in blamed]
        elif (provokers := _provokers(m, code, sources, state)):
            # "The Taliban vowed to respond", "Russia's response will be harsh": a threat with no one named is against
            # whoever last used force on the threatener
            pairs = [(s, t) for s in sources for t in provokers]
        elif (opponents := _opponents(m, code, sources, state)):
            # "The junta declared a temporary ceasefire", "the separatists agreed to a ceasefire": a truce or a
            # pull-back with no one named is with the other side of the latest fighting the actor was in
            pairs = [(s, t) for s in sources for t in opponents]
        elif (sanctioned := _sanctioned(m, code, sources, state)):
            # "China imposed tariffs on Australian barley ... Beijing has removed most of the tariffs": sanctions eased
            # with no one named are eased on those the easer's side last sanctioned
            pairs = [(s, t) for s in sources for t in sanctioned]
        elif code.startswith(SYMPATHY_CODES) and m.target_head is None and state is not None and state.locus and all(s.country and s.country != state.locus for s in sources):
            # "China's foreign ministry expressed condolences": sympathy with no one named is for the country the
            # story is about
            pairs = [(s, _of_place(state.locus, None, LOCUS_RULE)) for s in sources]
        elif (parties := _parties_of_meeting(m, code, sources, state)):
            # "Mohammed bin Salman hosted the meeting", "Anwar Ibrahim, who mediated the talks", "offered to mediate":
            # the host or mediator acts on each party of the meeting (or conflict) named last
            pairs = [(s, t) for s in sources for t in parties]
        elif code in THIRD_PARTY_CODES and (parties := self._parties_of_talks_noun(m, sources, actors, extra)):
            # "Somalia and Ethiopia agreed to set aside their dispute after talks in Ankara mediated by Erdogan": no
            # meeting coded yet (the noun's own event comes after the verbs'); its parties are the subject of the verb
            # the talks are the setting of, as for the noun event itself
            pairs = [(s, t) for s in sources for t in parties]
        elif code[:2] == "16" and (bodies := self._body_to_join(m.anchor, actors, extra, sources)):
            # "Georgia's government suspended talks on joining the European Union": the body the talks were to join
            pairs = [(s, t) for s in sources for t in bodies]
        elif code[:2] in DIPLOMATIC_ROOTS and (envoys := self._envoy_country(m.anchor, actors, extra, state, sources)):
            # "Algeria said it was withdrawing its ambassador to France", "Washington expelled its ambassador" (South
            # Africa's): the country of the envoy the act is on
            pairs = [(s, t) for s in sources for t in envoys]
        elif (m.entry.code[:2] in AID_ROOTS or m.entry.code in SYMPATHY_CODES) and state is not None and state.locus and all(s.country and s.country != state.locus for s in sources) and not _each_other(m.anchor) and not _names_recipient(m.anchor):
            # "Egypt sent army rescue teams and field hospitals", "Algeria and Tunisia said they would send aid" in a
            # story about Libya: aid sent by foreign states to no one named goes to the country the story is about
            # (a country named in the clause first: "sent aid to the flooded east of Libya"); so do their condolences
            # ("China's foreign ministry expressed condolences" in a story about Japan)
            place = _place_of(m.anchor, actors) or state.locus
            pairs = [(s, _of_place(place, None, LOCUS_RULE)) for s in sources if s.country != place]
        elif (
            (m.entry.code[:2] in AID_ROOTS or m.entry.code.startswith("033")) and not _each_other(m.anchor)
            and (recipient := _aid_recipient15(state, sources, m.anchor, actors)) is not None
        ):
            # aid15: "France sent aid from nearby New Caledonia", "China said it was ready to provide assistance" in a
            # story of many givers (no locus): to the place in the clause, else to the latest aid's recipient
            pairs = [(s, _of_place(recipient, None, LOCUS_RULE)) for s in sources]
        elif (
            m.entry.code[:2] in UNNAMED_TARGET_ROOTS and m.pattern.has_target and state is not None and state.locus and m.matched[-1].pos_ == "ADP"
            and all(s.country and s.country != state.locus for s in sources)
            and (unnamed := next((p for p in m.matched[-1].children if p.dep_ == "pobj" and p.lemma_.lower() in UNNAMED_PARTIES and p.i not in actors), None)) is not None
            and not any(t.i in actors or t.i in role_only for t in unnamed.subtree if t.i != unnamed.i and t.head.i == unnamed.i and t.dep_ in ("amod", "compound", "poss"))
        ):
            # "Britain imposed sanctions on six heads of the Arctic penal colony" in a story about Russia: people or
            # firms the codebook cannot place, acted on by a foreign state, are of the country the story is about
            pairs = [(s, _of_place(state.locus, None, LOCUS_RULE)) for s in sources]
        elif len(sources) >= 2 and m.entry.id not in CALLEE_ENTRIES and (m.entry.symmetric or (not m.pattern.has_target and code[:2] != "10") or (code[:2] in COOPERATION_ROOTS and not code.startswith("045")) or _each_other(m.anchor) or (
            code.startswith("087") and _agreed_together(m.mood[1] if m.mood is not None and m.mood[1] is not None else m.anchor, m.anchor)
        )):
            # "Arnor and Gondor met", "the two leaders agreed to resume talks", "the two countries blamed each other":
            # an act between the members of a compound subject with no one else named. Not for "the three countries"
            # (a list named before, see _numbered_group): what they did among themselves restates their bond ("The
            # three countries formed a mutual defence pact last September"); they stand for their members towards others
            pairs = [] if _numbered_group(subj_head) else [(s, t) for s in sources for t in sources if s is not t]
            if sources[0].rule_id == SUMMIT_HOST_RULE and len(sources) > 2:
                pairs = [(sources[0], t) for t in sources[1:]]  # a summit's joint act: from its host to each guest (coord13)
            elif m.entry.symmetric and _many_parties15(pairs):
                pairs = _hub_spokes15(sources, _meeting_place(m.anchor, actors) or next((c for o in m.anchor.children if o.dep_ == "dobj" if (c := _meeting_place(o, actors))), None))  # multi15: three or more parties: from the first named to each other one
        elif bare_object(m.pattern) and code[:2] in _FIGHTING and any(c.dep_ == "dobj" and not any(p.dep_ == "poss" for p in c.children) for c in m.anchor.children) and (
            (place := _place_of(m.anchor, actors, regions=True)) and (all(s.country != place for s in sources) or all(_at_home(s, place) for s in sources))
        ):
            # "Ukrainian drones attacked an oil refinery in Russia's Ryazan region": a thing hit in a country is an
            # attack on that country (the verb's own object; not one's own: "hit its export targets in Gondor"); a
            # state's own forces hitting a thing at home hit the people there (below)
            target = _of_place(place, None, sources[0].rule_id)
            pairs = [(s, target) for s in sources]
        elif m.entry.code.startswith(ADMINISTRATIVE_CODES) and sources[0].country and (
            sources[0].role in STATE_ROLES and sources[0].kind != DEMONYM if (holder := _resigning_holder15(m, sources[0])) is None else holder  # elect15
        ) and (
            m.matched[-1].pos_ != "ADP" or _place_of(m.anchor, actors) or m.matched[-1].lower_ in LOCATIVE_PREPS
        ):
            # "Turkish authorities imposed a curfew", "Sudan lifted the state of emergency": a curfew, an emergency or a
            # ban with no one named is imposed on (or lifted from) the place in the clause, else the state's own country;
            # a state with no role of its own acts on its civilians. Not when the pattern's preposition is there with
            # no place in it ("imposed a new law on imports"); a place no dictionary names ("imposed a curfew in
            # several districts") is in the story's country, else in the state's own. The act's own code decides, so
            # that its threat or intent has the same target ("is prepared to impose martial law")
            place = _place_of(m.anchor, actors) or (state.locus if state is not None and state.locus and m.matched[-1].pos_ == "ADP" else None) or sources[0].country
            target = _of_place(place, None, sources[0].rule_id)
            if any(s.code == place for s in sources):
                target = _of_place(place, "CVL", sources[0].rule_id)
            pairs = [(s, target) for s in sources]
        elif m.entry.id in POLICE_DEPLOYMENTS and sources[0].country and sources[0].role in DOMESTIC_SOURCES | {None}:
            # "police deployed thousands of officers", "the government sent riot police": police sent where no one is
            # named are sent at the civilians where it happens (a place in the clause), else at the state's own (code13)
            place = _place_of(m.anchor, actors) or sources[0].country
            pairs = [(s, _of_place(place, "CVL", s.rule_id)) for s in sources if place == s.country]
        elif code.startswith(CROWD_CONTROL_CODES) and sources[0].country and sources[0].role in DOMESTIC_SOURCES:
            # "Police fired tear gas and water cannon", "security forces used batons": repression with no one named is
            # of the civilians where it happens (a place in the clause), else of the state's own
            place = _place_of(m.anchor, actors) or sources[0].country
            pairs = [(s, _of_place(place, "CVL", s.rule_id)) for s in sources]
        elif code[:2] in DOMESTIC_ROOTS and sources[0].country and (sources[0].role not in STATE_FORCES or m.entry.id.startswith(POLITICAL_DISSENT)) and not _in_support(m.anchor) and not _state_strike(m, sources):
            # "Students demonstrated in Belgrade": a protest names no target; by convention its target is the country
            # where it happens (a place in the clause), else the protesters' own country (a state's own forces blocking
            # roads are no protest: "troops blocked roads in Khartoum")
            place = _place_of(m.anchor, actors) or sources[0].country
            target = _of_place(place, None, sources[0].rule_id)
            if any(s.code == place and s.kind not in (COUNTRY, CAPITAL) for s in sources):
                # "Iraqi Kurds demonstrated in Kirkuk", "ethnic Albanians demonstrated in Serbia": a people protesting at
                # home protests against its government
                target = _of_place(place, "GOV", sources[0].rule_id)
            pairs = [(s, target) for s in sources]
        elif (
            code[:2] in DOMESTIC_CONDEMNATION_ROOTS and state is not None and state.locus and m.pattern.has_target
            and all(s.country == state.locus for s in sources) and (noun := _violence_reacted_to(m.anchor)) is not None
            and not _told_by_verb(noun, state) and not state.named_acts
        ):
            # "Opposition leaders condemned the attack", "Kishida condemned the attack" in a story about one country
            # that told no use of force with its doer (not even one's own arm's, which is no one's to condemn): its own
            # people's violence at home (the story names no other)
            pairs = [(s, _of_place(state.locus, "CVL", LOCUS_RULE)) for s in sources]
        elif (
            code[:2] in ("10", "13") and m.target_head is None and (m.mood is None or code == "133") and sources[0].country and (sources[0].country in self._countries)
            and all(s.country == sources[0].country and s.role in HOME_DEMANDERS for s in sources) and not _place_of(m.anchor, actors)
            and (code[:2] == "10" or m.anchor.lemma_.lower() == "threaten" or any(t.lemma_.lower() in DISSENT_WORDS for t in m.anchor.subtree))
            and not (m.anchor.tag_ == "VBG" and m.anchor.dep_ in ("advcl", "acl"))  # "blocked roads demanding ...": the protest's
            and not m.entry.id.startswith("threaten.conditional")  # "... unless the rain stopped": a condition, no one's
        ):
            # "The opposition demanded new elections", "Imran Khan's party demanded his immediate release", "unions
            # threatened a nationwide strike": a demand or threat at home that names no one is made of the demanders'
            # own government
            pairs = [(s, _of_place(s.country, "GOV", s.rule_id)) for s in sources]
        elif (
            code[:2] == "12" and m.target_head is None and m.mood is None and sources[0].country in self._countries
            and all(s.country == sources[0].country and s.role in HOME_DEMANDERS for s in sources)
            and (verdict := next((c for c in m.anchor.children if c.dep_ == "dobj" and c.lemma_.lower() in HOME_VERDICTS), None)) is not None
        ):
            # "his two main rivals rejected the result", "the opposition rejected the verdict": the result of a vote at
            # home is its state's (its government's), a verdict its courts'
            role = HOME_VERDICTS[verdict.lemma_.lower()]
            pairs = [(s, _of_place(s.country, role, s.rule_id)) for s in sources]
        elif (
            code[:2] == "09" and sources[0].country and sources[0].role in DOMESTIC_SOURCES
            and (doers := [d for d in self._doers_of_event_noun(m, sources, state, "111", actors, extra) if d.country == sources[0].country])
        ):
            # "A gunman opened fire at Trump's rally ... the FBI is investigating the shooting": an inquiry by a state's
            # police, courts or spies into an act at home is into its doer
            pairs = [(s, t) for s in sources for t in doers]
        elif (
            code[:2] == "15" and m.target_head is None and m.mood is None and state is not None and (home := sources[0].country) in self._countries
            and all(s.country == home and s.role in STATE_FORCES | {None} for s in sources) and _place_of(m.anchor, actors) in (None, home)
            and (state.locus == home or _place_of(m.anchor, actors) == home) and _deployed_at_home(m.anchor)
        ):
            # "Noboa deployed troops to the prisons", "the army sent 5,000 troops to the region" in a story about the
            # state's own country: a deployment of its forces at home, on its own country
            pairs = [(s, _of_place(home, None, s.rule_id)) for s in sources]
        elif m.pattern.has_target and m.mood is None and (held := _home_held_object(m, code, sources[0], actors, role_only, state)) is not None:
            # "it had detained five organisers of the rally", "charged 30 members of the banned group": people no
            # dictionary places, held by a state's police, courts or spies, are its own (home13)
            pairs = [(s, held) for s in sources[:1]]
        elif (
            code[:2] in ("09", "17") and m.pattern.has_target and sources[0].country and sources[0].role in DOMESTIC_SOURCES and m.matched[-1].pos_ in ("ADP", "VERB")
            and (person := next((c for c in m.matched[-1].children if c.dep_ in ("pobj", "dobj") and _private_person(c, role_only, code)), None)) is not None
        ):
            # "A Madrid judge opened a preliminary inquiry into Begona Gomez", "police detained Jan Kowalski": a name no
            # dictionary knows, acted on by a state's police, courts or spies, is a civilian of that state
            pairs = [(s, Actor(s.country + "CVL", s.country, "CVL", _np_text(person), s.rule_id, AGENT, person.i)) for s in sources[:1]]
        elif (
            code[:2] in UNADDRESSED_ROOTS and m.mood is None and state is not None and state.locus
            and (m.target_head is None or m.target_head.lemma_.lower() in UNADDRESSED_WORDS)
            and all(s.code[:3] == "IGO" for s in sources)
        ):
            # "The U.N. called for an immediate ceasefire", "Turk demanded a swift investigation", "urged all sides to
            # show restraint": an international body's appeal or demand that names no one to whom it is made is made
            # to the country the story is about (a state's call for restraint is mostly aimed at the other side of its
            # own quarrel, which the story does not always name)
            pairs = [(s, _of_place(state.locus, None, LOCUS_RULE)) for s in sources]
        elif m.mood is None and m.pattern.has_target and (contacted := self._contacted(m.anchor, sources, actors, extra)):
            # "President Ruto telephoned the Tanzanian president to offer his condolences": what a call or a visit was
            # made to say, with no one named, is said to the one called or visited
            pairs = [(s, t) for s in sources for t in contacted]
        elif m.mood is None and m.pattern.has_target and (claimers := self._makers_of_denied_claim(m.anchor, sources, actors, extra)):
            # "Venezuelan officials said Gallo was involved in a plot, which Buenos Aires denied", "Netanyahu said Iran
            # was building a weapon, a claim Tehran rejected": a denial in a relative clause on what was said answers
            # whoever said it
            pairs = [(s, t) for s in sources for t in claimers]
        elif (code[:2] in REACTION_ROOTS or code in REACTION_CODES) and m.mood is None and m.pattern.has_target and (speakers := _speaker_of_remark(m.anchor, sources, state)):
            # "Trump said Xi and Putin were conspiring against America. The Kremlin dismissed the remark": a reaction to
            # what was said, named by a noun with no one on it, is on who said something last in the story
            pairs = [(s, t) for s in sources for t in speakers]
        elif code[:2] in REACTION_ROOTS and m.mood is None and m.pattern.has_target and (courts := _court_of_verdict(m.anchor, sources, actors, state)):
            # "Oregon's governor welcomed the ruling", "the EU condemned the verdict": a reaction to a court's verdict
            # that no coded act and no name on it places is on the court the story named last
            pairs = [(s, t) for s in sources for t in courts]
        elif (hit := _home_hit14(m, code, sources, state, actors)) is not None:
            # "troops set fire to dozens of homes", "Protesters set fire to buses and a police post" in a story about
            # one country alone: ordinary people's things no one owns, hit at home, are its civilians' (home14)
            pairs = [(s, hit) for s in sources]
        elif _own_ground_hit(m, code, sources, state, actors) is not None:
            # "the army had kept bombing villages", "troops shelled residential neighbourhoods" in a story about the
            # state's own country: a populated place no one names, hit by its own forces, is of the story's country
            # (the rebels the story names there, else its civilians: see _on_own_ground)
            pairs = [(s, _on_own_ground(state.locus, actors, state, LOCUS_RULE)) for s in sources]
        elif m.entry.id in GOODS_SEIZURES and (premises := _raided_premises(m.anchor, actors)) is not None:
            # "raided the offices of Temirov Live and seized computers and phones": the goods are of the raided (code13)
            pairs = [(s, t) for s in sources for t in self._members(premises, actors, extra) if t.code != s.code]
        elif code[:2] == "09" and m.mood is None and state is not None and (doers := _investigated_doers(m.anchor, sources, state)):
            # "ordered an investigation into the strike": on the strike's doer, at home too (code13)
            pairs = [(s, t) for s in sources for t in doers]
        else:
            trace.attempts.append(_fired(m, "blocked", "no target" if len(sources) < 2 else "no target, and the act is not reciprocal"))
            if state is not None and m.mood is None and code[:2] in _ACT_ROOTS:
                # "North Korea fired a missile into the sea" codes nothing, but "Japan condemned the launch" refers to it
                state.acts.append((code[:2], m.anchor.lemma_.lower(), tuple(replace(s, head=-1) for s in sources), (), code))
            return []
        if not pairs:
            trace.attempts.append(_fired(m, "blocked", f"target {m.target_head.text!r} is not a known actor" if m.target_head is not None else "no target"))
            if state is not None and m.mood is None and code[:2] in _ACT_ROOTS and sources:
                # "Police arrested former Vice President Jorge Glas" codes nothing (no one knows Glas), but "the raid",
                # "the arrest" refer to it
                state.acts.append((code[:2], m.anchor.lemma_.lower(), tuple(replace(s, head=-1) for s in sources), (), code))
            return []
        pairs = [(s, _ethnic_home(t, m.anchor, actors, locus)) for s, t in pairs]
        if _custody(code, m.anchor):
            # "Iran executed Habib Chaab, a Swedish-Iranian dual national": one of two nationalities held by the state
            # of the other is of the other (as the gold sets code a dual national's arrest or execution)
            pairs = [(s, self._dual_national(t, s, m.anchor.doc)) for s, t in pairs]
        if (
            code[:2] in REACTION_ROOTS and (m.target_head is None or m.target_head.i not in actors) and all(s.role in ("OPP", "PTY") for s, _ in pairs)
            and (own := [(s, t) for s, t in pairs if t.country == s.country and t.role in STATE_ROLES]) and len(own) < len(pairs)
        ):
            # "Badenoch called the fishing deal a surrender": an opposition judging an act its own state did with another
            # judges its own state
            pairs = own
        if m.entry.id.startswith("consult.host") and (gatherings := [t for _, t in pairs if _body_gathering14(t, m.anchor.doc)]):
            # "Azerbaijan will host the U.N. climate summit", "the G7 summit that Kishida will host": a body's
            # gathering is hosted, not the body as a guest (fp14)
            pairs = [(s, t) for s, t in pairs if t not in gatherings]
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", f"{gatherings[0].text!r} is a gathering, not a guest"))
                return []
        if code.startswith("016") and m.anchor.dep_ == "relcl" and (accusers := _accuser_of_relative15(m.anchor, actors)) and (
            fixed := [(s, a) for s, _ in dict.fromkeys(pairs) for a in accusers if a.country and a.country != s.country]
        ):
            # "The United States has accused North Korea of supplying weapons to Russia for its war in Ukraine, which
            # both countries deny": the relative clause hangs on the last noun, but what is denied is the accusation,
            # answered to its maker (fp15)
            pairs = list(dict.fromkeys(fixed))
        if code[:2] in AUDIENCE_ROOTS and m.target_head is not None and (heard := [t for src, t in pairs if _audience(t, m.anchor.doc, code, m.anchor, src)]):
            # "Kurti told reporters", "told a crowd at the mosque": a statement to the press or a crowd is no act on them
            pairs = [(s, t) for s, t in pairs if t not in heard]
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", f"{heard[0].text!r} is an audience, not a party"))
                return []
        if code[:2] == "10" and m.target_head is not None and len(joint := {
            actors[t.i].country for t in (m.target_head, *m.target_head.conjuncts) if t.i in actors and actors[t.i].country
        }) > 1 and (ours := [(s, t) for s, t in pairs if s.country in joint]):
            # "Xi told Modi that China and India should be friends": what a speaker says its own country and another
            # should do together is no demand on either
            pairs = [p for p in pairs if p not in ours]
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", "the speaker's own country is among those who should act"))
                return []
        if code[:2] == "14" and m.anchor.lemma_.lower() in ADVANCE_VERBS and all(s.role in ARMED_MARCHERS for s, _ in pairs):
            # "Wagner fighters marched towards Moscow", "M23 rebels marched on Goma": armed men on the march advance,
            # they do not demonstrate
            trace.attempts.append(_fired(m, "blocked", "armed men marching advance, no demonstration"))
            return []
        if m.entry.id in CROWD_OUTSIDE and any(s.role is None or s.role in ARMED_MARCHERS or s.role in FORCES_AT_A_SEAT for s, _ in pairs):
            # "Russian troops massed outside Kharkiv", "police gathered outside parliament": armed men and states are no
            # crowd demonstrating at a seat (verbs12)
            trace.attempts.append(_fired(m, "blocked", "no crowd: armed men, police or a state gathered outside"))
            return []
        if m.entry.id in CROWD_OUTSIDE and (m.target_head is None or m.target_head.lemma_.lower() in HOMES_NOT_SEATS or (
            m.target_head.dep_ == "poss" and m.target_head.head.lemma_.lower() in HOMES_NOT_SEATS
        )):
            # "workers who gathered outside Kejriwal's home": supporters outside a leader's home stand by him; a place
            # that names no party ("outside the cathedral") is no one's seat (verbs12)
            trace.attempts.append(_fired(m, "blocked", "a crowd outside a home, a prison or no party's seat is no demonstration at a seat"))
            return []
        if code[:2] in ("18", "19", "20") and _after_a_clash(m.anchor) and len({s.country for s, _ in pairs if s.country}) >= 2 and (
            own := [(s, t) for s, t in pairs if s.country and s.country == t.country]
        ):
            # "Iranian border guards and Taliban forces exchanged fire, killing two Iranian guards": the dead of one side
            # of a clash are the other side's doing, not their own comrades'
            pairs = [p for p in pairs if p not in own]
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", "a side of a clash does not kill its own"))
                return []
        if m.entry.id.startswith(OWN_STATE_DEMANDS) and (policy := [(s, t) for s, t in pairs if _own_state_policy(s, t)]):
            # "Trump said the United States should take control of Greenland", "Starmer said Britain must rearm": what a
            # state's leader says his own state should do is its policy, no demand of another party
            pairs = [p for p in pairs if p not in policy]
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", f"the speaker's own state should act ({policy[0][1].text!r}): a policy, no demand"))
                return []
        if code == "114" and m.target_head is not None and m.target_head.head.lower_ in FORUM_PREPS and all(t.code[:3] == "IGO" for _, t in pairs):
            # "Lebanon's government filed a complaint with the U.N. Security Council": the body is the forum; the
            # complaint is against the doer of the latest hostile act on the complainer's country, else no one
            accused = _accused_before(state, {s.country for s, _ in pairs})
            pairs = [(s, accused) for s, _ in pairs] if accused is not None else []
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", f"{m.target_head.text!r} is the forum of the complaint, and no act names whom it is against"))
                return []
        if code[:2] == "08" and m.anchor.lemma_.lower() not in _SIGN and _done_by_force(m.anchor):
            # "Security forces ended a siege of a hijacked train, killing all 33 militants", "ended the siege after
            # killing the last gunmen": what ends by killing is force, not a concession
            trace.attempts.append(_fired(m, "blocked", "an end brought by force is no yield"))
            return []
        if code == "016" and (own := [(s, t) for s, t in pairs if t.role in DENIED_VICTIMS and t.country == s.country and _named_here(t, sentence.text)]):
            # "The police denied killing any protesters", "the RSF denied attacking civilians": the denial answers an
            # accuser, not the people the denied act would have hurt at home. An accuser the story's memory supplies
            # ("Protesters accused the prime minister of graft ... He denied any wrongdoing") is no victim: verbs12
            pairs = [p for p in pairs if p not in own]
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", f"a denial is not on the victims at home ({own[0][1].text!r})"))
                return []
        if code[:2] in ("03", "04") and m.anchor.lemma_.lower() == "host" and m.target_head is not None and m.target_head.lemma_.lower() in SEAT_NOUNS:
            # "The Netherlands, which hosts the court", "Qatar hosts the largest U.S. base in the region": the seat of a
            # body or a base is no visit
            trace.attempts.append(_fired(m, "blocked", f"{m.target_head.text!r} has its seat there: no visit"))
            return []
        if code in ("074", "033") and m.anchor.lemma_.lower() == "defend" and (own := [
            (s, t) for s, t in pairs if s.country and s.country == t.country and s.role in POLITICAL_ROLES | {None}
        ]):
            # "Security Minister Bullrich defended the police", "Lai said he would defend the island's freedom": a leader
            # (not a force) defending his own state's police or army defends them in words (052); his own country he
            # does not protect as one party protects another (no event)
            pairs = [p for p in pairs if p not in own]
            if code == "074" and not pairs and all(t.role in STATE_ROLES - {None} and t.code != t.country for _, t in own) and "052" in self.codebook.actions:
                pairs, code = own, "052"
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", "a leader defending his own country is no protection of a party"))
                return []
        if code[:2] == "19" and m.anchor.lemma_.lower() in VERBAL_CLASH_VERBS and all(s.role in CLASHING_IN_WORDS and t.role in CLASHING_IN_WORDS for s, t in pairs):
            # "Trump and Zelenskiy clashed in front of reporters": leaders, lawmakers and parties clash in words ("the
            # opposition parties have clashed with the government over the budget")
            trace.attempts.append(_fired(m, "blocked", "a clash of politicians is one of words"))
            return []
        if code[:2] in JOINT_ROOTS and (joint_ops := [(s, t) for s, t in pairs if s.country and s.country == t.country and s.role in COMMANDED_ROLES and t.role in COMMANDED_ROLES]):
            # "Soldiers will join police patrols", "the army cooperated with the police": a state's forces working
            # together are its own operation, no event between parties
            pairs = [p for p in pairs if p not in joint_ops]
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", "two forces of one state working together"))
                return []
        if code[:2] == "10" and m.anchor.lemma_.lower() in COMMAND_VERBS and (ranks := [(s, t) for s, t in pairs if _own_command(s, t)]):
            # "Prabowo ordered the police and military to take firm action", "Katz ordered the military to stop the
            # boat": a state's order to its own forces is its chain of command, no demand between two parties
            pairs = [p for p in pairs if p not in ranks]
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", f"an order to its own forces ({ranks[0][1].text!r})"))
                return []
        if m.entry.id.startswith("disapprove.accuse.said_hostile_act"):
            # "The Russian defence ministry said its forces had attacked Ukrainian positions": a state telling its own
            # forces' act accuses no one (a rebel group or an opposition telling the army's does)
            pairs = [(s, t) for s, t in pairs if not (s.country and s.country == t.country and s.role in STATE_ROLES and t.role in STATE_ROLES)]
            if not pairs:
                trace.attempts.append(_fired(m, "blocked", "a state telling its own side's act"))
                return []
            if m.target_head is not None and m.target_head.i < m.anchor.i:
                # "Russian forces shelled Ukrainian positions overnight, the Ukrainian military said": the act told
                # with its source after it is the news, the speaker's attribution no accusation
                trace.attempts.append(_fired(m, "blocked", "the act told first, its source after it"))
                return []
        if code[:2] in ("10", "11", "12", "13"):
            # say12: "Labour said the government had wasted money" (an opposition's "the government" is its own
            # country's), "said Ukrainians working for Russian intelligence had carried out the attack" (the employer)
            said_of = [(s, t, _said_of_whom(s, t, m.anchor.doc, actors)) for s, t in pairs]
            pairs = [(s, whom) for s, t, whom in said_of if whom is t or s.code != whom.code]
        if clash:
            pairs += [(t, s) for s, t in pairs]
        host = None
        if m.entry.symmetric and m.target_head is not None and m.mood is None and code[:2] not in ONE_WAY_WITH_OBJECT:  # an intent is one-sided
            if not _many_parties15(pairs):  # multi15: "Israel signed agreements with the UAE and Bahrain": once each
                pairs += [(t, s) for s, t in pairs]
        elif (
            (code in MEETING_CODES or (code == "046" and m.anchor.lemma_.lower() in TALKS_HELD)) and m.entry.symmetric and m.target_head is not None and m.mood is None and len(pairs) == 1
            and (host := _meeting_place(m.anchor, actors) or _meeting_place(m.target_head, actors) or next(
                (c for o in m.anchor.children if o.dep_ == "dobj" and o.lemma_.lower() in NOUN_TALKS if (c := _meeting_place(o, actors))), None
            )) in (pairs[0][0].country, pairs[0][1].country) and pairs[0][0].country != pairs[0][1].country
            and {"042", "043"} <= self.codebook.actions.keys()
        ):
            # "bin Salman met Pompeo in Jeddah": a meeting in one party's country is its hosting (043) and the other's
            # visit (042)
            pairs += [(t, s) for s, t in pairs]
        else:
            host = None
        if code[:2] == "01" and m.mood is None and m.entry.id.startswith("statement.") and (endorsed := _endorsement_told(m.anchor, pairs, actors)) and endorsed in self.codebook.actions:
            code = endorsed  # "Kim told Putin that North Korea fully supported Russia's fight": what is told is praise
        if (
            code == "051" and m.entry.id == "praise.naming" and m.anchor.lemma_.lower() in ("call", "describe", "dub") and "013" in self.codebook.actions
            and any(c.dep_ == "dobj" and c.lemma_.lower() in NAMED_DEALS for c in m.anchor.children)
        ):
            # "Erdogan called the deal historic", "Carney called the talks constructive": a good word said of a deal
            # or of talks is an optimistic comment on them (013), not praise of a party (talk11)
            code = "013"
        if code[:2] == "01" and _by_phone(m.anchor) and "041" in self.codebook.actions:
            code = "041"  # "Jaishankar told his Chinese counterpart in a phone call that ...": the call is the event
        if code[:2] == "02" and m.anchor.lemma_.lower() == "appeal" and pairs and all(t.role == "JUD" for _, t in pairs) and "115" in self.codebook.actions:
            code = "115"  # "the government would appeal to the Court of Cassation": a case taken to a court (elect12)
        code = _conceded_office15(m, code, pairs)  # "President Weah conceded defeat": power given up (elect15)
        if code == "0241" and pairs and all(s.country and s.country == t.country for s, t in pairs) and "1041" in self.codebook.actions:
            code = "1041"  # "the opposition leader called on Marape to resign": at home, a call to quit is a demand (elect12)
        action = self.codebook.actions.get(code)
        if action is None:
            return []
        date, date_source = event_date(m.anchor, article.date)
        if code[:2] in BACKGROUND_ROOTS15 and m.anchor.dep_ == "relcl" and _background_relcl15(m.anchor, date, date_source, article.date):
            # "Saudi Arabia and the UAE, which normalised relations with Israel in 2020, condemned the visit", "the
            # Minsk Group, which mediated the conflict for decades": a tie or a mediation of years ago told in a
            # relative clause describes its subject; it is no event of the story (fp15)
            trace.attempts.append(_fired(m, "blocked", "a past tie or mediation told in a relative clause"))
            return []
        if date_source == "text":  # dated roles are resolved on the event's own date: "In 2014, Obama …"
            pairs = [(self._on_day(s, date), self._on_day(t, date)) for s, t in pairs]
        if any(s.rule_id == SUMMIT_HOST_RULE for s, _ in pairs):
            pairs = [(s, t) for s, t in pairs if s.rule_id == SUMMIT_HOST_RULE]  # a summit acts through its host (coord13)
        events: list[Event] = []
        for src, tgt in pairs:
            if src.code == tgt.code and tgt.kind == CAPITAL and tgt.country and tgt.code != tgt.country and tgt.head >= 0 and _as_place(m.anchor.doc[tgt.head]):
                # "Bouteflika threatened a curfew in Algiers": a government acting on its own capital acts on the city
                tgt = Actor(tgt.country, tgt.country, None, tgt.text, tgt.rule_id, COUNTRY, tgt.head)
            if code[:2] in OWN_GROUND_ROOTS and tgt.kind == COUNTRY and tgt.role is None and _at_home(src, tgt.country) and (
                tgt.head < 0 or _as_place(m.anchor.doc[tgt.head]) or (src.code == tgt.code and tgt.head != src.head)
            ):
                # "Azerbaijan launched an offensive in Karabakh", "Myanmar's military bombed a village in Sagaing": a
                # state's force on a place of its own country is on the people there, the rebels the story names
                # there, else its civilians (not a party paired with itself: "fighting between Gondor and Mordor")
                tgt = _on_own_ground(tgt.country, actors, state, tgt.rule_id)
            if src.code == tgt.code and not _two_people(src, tgt, m.anchor.doc, code) and not _body_and_member(src, tgt, code):
                continue
            if src.country in self._regions or tgt.country in self._regions:
                continue  # a region is no party (see __init__)
            act = _by_parties(action, src, tgt, m.anchor.doc, self.codebook.actions, m.anchor)
            if _state_and_itself(src, tgt, act.root):
                continue  # "Orpo told a news conference in Helsinki": FINGOV -> FIN is no act between two parties
            if host is not None:
                act = self.codebook.actions["043" if src.country == host else "042"]
            events.append(
                Event(
                    event_id=event_id(article.id, sentence.index, src.code, tgt.code, act.code, m.entry.id),
                    article_id=article.id,
                    date=date,
                    date_source=date_source,
                    source=src.code,
                    target=tgt.code,
                    source_country=src.country,
                    target_country=tgt.country,
                    source_role=src.role,
                    target_role=tgt.role,
                    source_text=src.text,
                    target_text=tgt.text,
                    action=act.code,
                    action_root=act.root,
                    action_name=act.name,
                    quad_class=act.quad_class,
                    goldstein=act.goldstein,
                    sentence_index=sentence.index,
                    sentence=sentence.text,
                    verb_text=m.verb_text,
                    rule_id=m.entry.id,
                    url=article.url,
                    publisher=article.publisher,
                    codebook=self.codebook.name,
                    codebook_hash=self.codebook.hash,
                    model=self.model,
                    pipeline_version=PIPELINE_VERSION,
                )
            )
        trace.attempts.append(_fired(m, "fired" if events else "blocked", "" if events else "source and target are the same actor"))
        return events


AID_ROOTS = {"07"}  # aid to no one named goes to the story's country (Coder._event_of)
JOIN_VERBS = {"join", "enter", "accede"}  # "talks on joining the EU"
DIPLOMATIC_ROOTS = {"16", "17"}  # recalling, expelling, summoning envoys: the envoy's country is the target
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "consul", "attache", "charge", "chargé", "emissary", "representative"}
# Sanctions, bans, expulsions on people or firms with no country named are on the story's country (Coder._event_of)
UNNAMED_TARGET_ROOTS = {"16", "17"}
UNNAMED_PARTIES = {
    "head", "official", "individual", "officer", "executive", "entity", "company", "firm", "bank", "businessman",
    "oligarch", "judge", "prosecutor", "commander", "figure", "lawmaker", "politician", "businessmen",
}


# Verbal acts (statements, appeals, intents, consultations, praise; demands, criticism, rejections, threats, protests):
# what a speaker does in the same breath as a report
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13", "14"}


def _own_pair(candidates: list[tuple[Actor, Actor]], sources: list[Actor], state: ArticleState | None) -> tuple[Actor, Actor] | None:
    """The first pair "the two countries" may stand for that holds the speaker's own country and another named as an
    actor (not only as a place: "met Modi in Kazan") in the latest sentences, else None."""
    recent = state.countries[-3:] if state is not None else []
    actors_named = {c for _, cs in recent for c, place in cs if not place}
    placed = {c for _, cs in recent for c, place in cs if place} - actors_named
    own = {src.country for src in sources}
    return next((p for p in candidates if any(a.country in own for a in p) and not all(a.country in own for a in p) and all(a.country not in placed for a in p)), None)


def _speaker_of_conjoined(anchor: Token, actors: dict[int, Actor], role_only: dict[int, str]) -> Token | None:
    """The speaker of a report a verb with no subject of its own is conjoined to ("Aliyev said the plane had been shot
    down by Russia, and demanded that ...", "X said the attack was illegal and urged ..."), when the reported clause's
    own subject can not be the one who acts: no actor, or the subject of a passive (whose agent is no subject of an
    active verb). Not when that subject is an actor ("said Russia had attacked and demanded ...": Russia's)."""
    head = anchor.head
    if anchor.dep_ != "conj" or head.dep_ != "ccomp" or head.head.lemma_.lower() not in REPORTING_VERBS or is_passive(anchor):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in anchor.children):
        return None
    inner = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)
    said = _np_head(inner) if inner is not None else None
    if said is not None and not is_passive(head) and (said.i in actors or (said.i in role_only and said.lemma_.lower() not in _REFERRING_ACTS)):
        return None  # ("the drone incursion was deliberate": an act named with a role word in front is no actor)
    return subject_of(head.head)


def _names_recipient(anchor: Token) -> bool:
    """Does the verb (or its object) name a recipient by a name the codebook does not know ("showed support for
    Dodik", "sent aid to Tawila")? Then the aid is not the story country's to guess."""
    words = [anchor, *(c for c in anchor.children if c.dep_ in ("dobj", "dative"))]
    return any(
        p.pos_ == "PROPN" for w in words for c in w.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
        for p in c.children if p.dep_ == "pobj"
    )
# A future, intended or threatened act is coded as the intent or threat of that act (CAMEO 03x and 13x).
INTENT_CODES = {
    "04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "09": "030",
}
# Readiness to use force or coercion ("is prepared to impose martial law", "stands ready to strike") is a threat of it;
# an agreement or offer to do it is not ("agreed to attack" is no threat: an ally's pledge).
READY_GOVERNORS = {"prepare", "prepared", "ready", "poise", "poised"}
READY_GOVERNORS |= {"determined", "resolved", "resolve"}  # intent13: "determined to eliminate the militants" is a threat
FORCE_ROOTS = {"15", "16", "17", "18", "19", "20"}
THREAT_CODES = {
    "15": "138", "16": "1313", "17": "137", "18": "138", "19": "138", "20": "138", "12": "130", "14": "130",
}


# "condemned the attack": reactions (approve, disapprove, reject, demand, protest) whose object is an earlier act
REACTION_ROOTS = {"05", "10", "11", "12", "13", "14"}
REACTION_CODES = {"016"}  # "Belarus denied the charge": a denial answers the accusation
_FIGHTING = frozenset({"18", "19", "20"})
_DEALS = frozenset({"03", "05", "06"})
EVENT_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["attack", "strike", "airstrike", "killing", "massacre", "bombing", "shelling", "invasion", "offensive",
         "incursion", "shooting", "assault", "violence", "atrocity", "fighting", "operation"], _FIGHTING),
    "raid": _FIGHTING | {"17"},  # a police raid is a coercion: "police forced their way into the embassy ... the raid"
    **dict.fromkeys(["launch", "test", "drill", "exercise", "deployment", "buildup"], frozenset({"15", "19"})),
    **dict.fromkeys(["arrest", "detention", "seizure", "execution", "crackdown", "expulsion", "deportation"], frozenset({"17", "18"})),
    **dict.fromkeys(["pact", "deal", "agreement", "treaty", "accord", "partnership"], _DEALS),
    "breakthrough": _DEALS,  # "welcomed the breakthrough" after an agreement (code15)
    # a truce or a swap agreed ("welcomed the truce", "the swap was mediated by Qatar"): a deal, or a de-escalation
    **dict.fromkeys(["truce", "ceasefire", "armistice", "swap", "exchange"], _DEALS | {"08"}),
    **dict.fromkeys(["sanction", "ban", "embargo", "blockade", "boycott"], frozenset({"16", "17", "19"})),
    **dict.fromkeys(["annexation", "occupation", "takeover", "coup"], frozenset({"18", "19"})),
    **dict.fromkeys(["visit", "talk", "meeting", "summit"], frozenset({"04"})),
    # what is answered: "denied the charge" (an accusation), "rejected the call" (an appeal, a demand, an ultimatum)
    **dict.fromkeys(["charge", "accusation", "allegation"], frozenset({"11"})),
    # what was said against someone ("rejected the criticism", "dismissed the condemnation"): a criticism before
    **dict.fromkeys(["criticism", "condemnation", "rebuke", "censure"], frozenset({"11"})),
    # an inquiry ("called the investigation illegal"): the latest investigation
    **dict.fromkeys(["investigation", "probe", "inquiry"], frozenset({"09"})),
    **dict.fromkeys(["call", "appeal", "request", "demand", "ultimatum", "proposal", "offer", "plea"], frozenset({"02", "03", "10", "13"})),
}


_ACT_ROOTS = frozenset().union(*EVENT_NOUNS.values())  # acts an event noun can refer back to
CLAIM_CODES = {"015"}  # "claimed responsibility for the attack": a claim names the attack, whose target is the claim's


# Third parties to a meeting or a conflict: hosting (043), mediating (045), offering to mediate (039).
THIRD_PARTY_CODES = {"043", "045", "039"}
MEETING_NOUNS = {
    "meeting", "talk", "talks", "summit", "ceremony", "signing", "negotiation", "conference", "round", "dialogue",
    "discussion", "consultation",
}
CONFLICT_NOUNS = {"dispute", "conflict", "crisis", "war", "standoff", "row", "feud", "fighting"}
_MEETING_ACTS = frozenset({"057", "036", "087"})  # besides root 04: a signing, an agreement to meet, a ceasefire agreed
_HOSTILE_ROOTS = frozenset({"11", "12", "13", "16", "17", "18", "19", "20"})


LEADER_NOUNS = {"leader", "president"}


def _parties_of_meeting(m: PatternMatch, code: str, sources: list[Actor], state: ArticleState | None) -> list[Actor]:
    """The parties a host or a mediator acts on when the sentence names only the meeting ("hosted the meeting",
    "mediated the talks", "talks mediated by Qatar") or nothing ("offered to mediate"): those of the latest meeting or
    deal the story (this sentence first) coded, or for a mediation with no meeting named, of the latest conflict; at
    least two, none of the host's country."""
    if state is None or not state.acts or code not in THIRD_PARTY_CODES:
        return []
    anchor = m.anchor
    obj = next((c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and m.passive:
        obj = next((c for c in anchor.children if c.dep_ == "nsubj"), None)  # "talks ... mediated by Qatar"
    first = anchor
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head.i != first.i:
        first = first.head  # "The talks, held at the palace and hosted by X": the participle's first conjunct
    if (obj is None or obj.tag_ in ("WDT", "WP")) and first.dep_ in ("acl", "relcl") and first.head.pos_ == "NOUN":
        obj = first.head  # "talks mediated by Qatar", "the meeting, which was hosted by X": the noun the clause is on
    noun = obj.lemma_.lower() if obj is not None else None
    if noun in MEETING_NOUNS or (obj is not None and any(c.lemma_.lower() in MEETING_NOUNS for c in obj.lefts)):
        kinds = [lambda a: a[0] == "04" or a[4][:3] in _MEETING_ACTS]
    elif code != "043" and noun in EVENT_NOUNS and EVENT_NOUNS[noun] & _DEALS:
        # "the swap was mediated by Qatar", "a deal brokered by X": the parties of the latest deal, truce or meeting
        roots = EVENT_NOUNS[noun]
        # (not the thanks or praise said of a deal: "thanked Qatar, Oman and Switzerland for helping to secure it"
        # names the helpers, not the deal's parties; fp15)
        kinds = [lambda a: (a[0] in roots and not a[4].startswith("051")) or a[0] == "04" or a[4][:3] in _MEETING_ACTS, lambda a: a[4][:3] == "084"]
    elif code != "043" and (noun is None or noun in CONFLICT_NOUNS):
        kinds = [lambda a: a[0] in _HOSTILE_ROOTS, lambda a: a[0] == "04" or a[4][:3] in _MEETING_ACTS]
    else:
        return []  # "hosted Hamas's political office": no meeting
    src = {s.country for s in sources}
    for kind in kinds:
        for act in reversed(state.acts):
            if not kind(act):
                continue
            parties: dict[str, Actor] = {}
            for a in (*act[2], *act[3]):
                if a.country and a.country not in src and a.code not in parties:
                    parties[a.code] = a
            if len({a.country for a in parties.values()}) >= 2:
                return list(parties.values())
    return []


def _doers_of_act_nouns(objects: list[tuple[Token, bool]], src_countries: set, state: ArticleState, sources: Sequence[Actor] = ()) -> list[Actor]:
    """The doers (by someone other than ``src_countries``) of the act the first of ``objects`` that names one refers
    back to (see Coder._doers_of_event_noun). When ``sources`` are all of a people, party or group (no state), their
    own state's act counts too: "Ennahda denounced the arrest" (the Tunisian police's)."""
    if (court := _lede_court(objects, sources, state)):
        return court  # (react12)
    if sources and all(s.role in NONSTATE_ROLES for s in sources):
        # a people, party or group reacts to the latest such act by another country or by its own state
        found = _doers_of_act_nouns_by(objects, src_countries, state, lambda d: d.country not in src_countries or d.role in STATE_ROLES)
        # "Britain signed a treaty ... Conservative leader Kemi Badenoch denounced the agreement": a country's act
        # criticised at home by its opposition is its government's
        found = [replace(d, code=d.country + "GOV", role="GOV", kind=AGENT) if d.country in src_countries and d.role is None and d.code == d.country else d for d in found]
    else:
        found = _doers_of_act_nouns_by(objects, src_countries, state)
    if not found and sources and src_countries:
        # "President Mohamud condemned the heinous attack" (al Shabaab's), "Opposition leaders condemned the attack" (a
        # gunman's): an act done at home by the other side, a state's act for a group, a group's for a state or another
        # group, never an act by the reactor's own arm (a state's by the state)
        codes = {s.code for s in sources}
        state_side = all(s.role in STATE_ROLES for s in sources)
        found = _doers_of_act_nouns_by(objects, src_countries, state, lambda d: d.country in src_countries and d.code not in codes and not (state_side and d.role in STATE_ROLES))
    return found


def _doers_of_act_nouns_by(objects: list[tuple[Token, bool]], src_countries: set, state: ArticleState, admit=None) -> list[Actor]:
    """The doers of the act the first of ``objects`` refers to: by default of another country than ``src_countries``,
    else those ``admit`` keeps."""
    admit = admit or (lambda d: d.country not in src_countries)
    others = [a for a in state.acts if all(admit(d) for d in a[2]) and state.acts.age(a) <= REACT_REACH]
    for obj, relative in objects:
        noun = _act_referred_to(obj, relative)
        if noun is None:
            continue
        if noun in GENERIC_ACT_NOUNS:
            # "The Kremlin condemned the decision", "denounced the move": a decision is the story's news, the first
            # act of policy (not a statement, an appeal, a meeting or a reaction) by someone else
            policy = [a for a in others if a[4][:2] not in NOT_DECISIONS and a[4][:3] not in NOT_DECISION_CODES and a[1] not in SPEECH_VERBS]
            lede = [(verb, doers) for verb, doers, index in state.told if index == state.told[0][2] and verb not in SPEECH_VERBS and verb not in LEDE_NON_ACTS] if state.told else []
            if policy and not (lede and _told_first(state, policy[0], admit)):
                return list(policy[0][2])
            # none coded (or told by a verb before the first coded one: target14): the act the story's lede tells by
            # someone else ("Russia became the first country to recognise the Taliban government ... Muttaqi praised
            # what he called a courageous decision")
            if lede and (found := [d for d in lede[0][1] if admit(d)]) and len(found) == len(lede[0][1]):
                return found
            if (found := _made_by(noun, state, admit)):
                return found  # "Washington announced a move ... Beijing condemned the move"
            continue
        if noun in EVENT_NOUNS:
            if noun in FORCE_KIN and (claims := [a for a in others if a[4] in CLAIM_CODES and a[2]]):
                # "Islamic State claimed responsibility for the attack ... Guterres condemned the attack": whoever
                # claimed it did it, whatever else the story coded of the gunmen (react12)
                return list(claims[-1][2])
            for doers, _ in _acts_named(noun, EVENT_NOUNS[noun], state):
                # the latest such act by someone else: Taiwan condemning "the drills" after its own deployment means China's
                found = [d for d in doers if admit(d)]
                if found:
                    return found
            if noun in SEIZURE_OF_POWER:
                # no coded act of its kind: one told by a verb for it ("soldiers took over the square ... condemned the
                # attempted coup", "officers seized power ... the coup", "the military overthrew the government ...
                # the takeover"), within TOLD_REACH sentences, by someone else (react12)
                for verb, doers, index in reversed(state.told):
                    if index >= state.told[-1][2] - TOLD_REACH and verb in SEIZURE_OF_POWER[noun] and (found := [d for d in doers if admit(d)]) and len(found) == len(doers):
                        return found
            if noun in CRITICISM_NOUNS:
                # no criticism coded: who said something last, within TOLD_REACH sentences ("Observers said the vote had
                # fallen short of the constitution ... Mnangagwa rejected the criticism")
                if (said := _latest_told(state, CRITICISM_TELLING_VERBS, admit)):
                    return said[1]
        else:
            # a noun made from a verb: "deeply regrets the closure" (closed), "welcomed the deployment" (deployed)
            verbs = _verbs_of(noun) | ({noun} if noun in MADE_THINGS else set())  # "the council voted ... the vote"
            same = [a for a in others if a[1] in verbs or (noun in VISIT_NOUNS and a[4] == VISIT_CODE)]
            if same:
                return list(same[-1][2])
            # no coded act: one told by that verb with its doer ("Russia became the first country to recognise the
            # Taliban government ... Muttaqi praised the recognition")
            for verb, doers, index in reversed(state.told):
                if index >= state.told[-1][2] - TOLD_REACH and verb in verbs and (found := [d for d in doers if admit(d)]) and len(found) == len(doers):
                    return found
        # no coded act: the same noun named before with its doer ("in response to Iran's execution of X ... The EU
        # condemned the execution")
        for named, doers in reversed(state.named_acts):
            found = [d for d in doers if admit(d)]
            if (named == noun or (named in FORCE_KIN and noun in FORCE_KIN)) and found:
                return found  # ("accused India of being behind the blasts ... condemned the bombings": react12)
        # nor named with its doer: a thing the story named as made by someone, coded or not ("the Security Council
        # adopted a resolution ... Morocco hailed the resolution", "parliament passed a law ... condemned the law")
        if (found := _made_by(noun, state, admit)):
            return found
        # nor named before: a ruling is a court's, a law or a bill a legislature's or a government's, the latest the
        # story named ("Romania's Constitutional Court annulled the first round ... Georgescu called the ruling a coup")
        for actor in reversed(state.history):
            if actor.role in MAKER_ROLES.get(noun, ()) and actor.country and admit(actor):
                return [replace(actor, head=-1)]
    return []


# Who makes what a reaction may name with no act coded for it: a ruling is a court's, a law a legislature's or a
# government's (see _doers_of_act_nouns_by)
MAKER_ROLES = {
    "ruling": ("JUD",), "verdict": ("JUD",), "judgment": ("JUD",), "judgement": ("JUD",), "sentence": ("JUD",),
    "law": ("LEG", "GOV"), "bill": ("LEG", "GOV"), "legislation": ("LEG", "GOV"), "decree": ("GOV",),
}


ACCUSATION_WORDS = {"accusation", "allegation", "charge", "claim"}


def _object_agents(anchor: Token) -> list[Token]:
    """The "by" agents of a participle on the verb's object ("vetoed a budget bill passed by parliament")."""
    return [
        p for obj in anchor.children if obj.dep_ == "dobj"
        for acl in obj.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for agent in acl.children if agent.dep_ == "agent"
        for p in agent.children if p.dep_ == "pobj"
    ]


def _wronged_in_denial(anchor: Token, sources: list[Actor], actors: dict[int, Actor]) -> list[Actor]:
    """Whom a denial with no accuser answers to, from what it denies: the first actor its "that" clause names as wronged
    (not the denier itself), another country's first ("denied that Russia was behind any sabotage in Britain" -> GBR),
    else another arm of its own ("The White House denied that it had defied the court" -> the court)."""
    clause = next((c for c in anchor.children if c.dep_ == "ccomp"), None)
    if clause is None or anchor.lemma_.lower() not in DENIAL_VERBS:
        return []
    codes, countries = {s.code for s in sources}, {s.country for s in sources}
    # the object of what is denied, or the place or party it was done in or on; not a recipient or a partner ("denied
    # that it had supplied drones to Russia", "held talks with X")
    named = [
        actors[t.i] for t in clause.subtree
        if t.i in actors and (t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ in ("in", "on", "against", "at", "into", "inside")))
    ]
    # (not the denier's own country itself: "denied that any French base existed on Benin's territory" is a place)
    named = [a for a in named if a.code not in codes and not (a.country in countries and a.code == a.country)]
    return [a for a in named if a.country not in countries][:1] or named[:1]


def _answers_accusation(anchor: Token) -> bool:
    """Is a rejecting verb ("rejected", "dismissed", "refuted") about an accusation: its object ("rejected the charge",
    "rejected as absurd Canada's allegation") or the noun its relative clause is on ("a claim Ramaphosa rejected")?
    Not a claim to something ("rejected China's claim to the shoal", "claims over the sea")."""
    if anchor.lemma_.lower() not in DENIAL_VERBS:
        return False
    nouns = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    if anchor.dep_ == "relcl" and anchor.head.pos_ == "NOUN":
        nouns.append(anchor.head)
    return any(
        n.lemma_.lower() in ACCUSATION_WORDS and not any(c.dep_ == "prep" and c.lower_ in ("to", "over", "on") for c in n.children)
        for n in nouns
    )


TOLD_REACH = 5  # an act told by an uncoded verb is referred to from at most this many sentences on
LEDE_NON_ACTS = {"be", "have", "report", "announce", "state", "add", "claim", "insist", "deny", "accuse", "criticise", "criticize", "condemn", "welcome", "praise", "reject", "meet", "visit", "talk", "speak", "arrive"}
FIRST_TO_NOUNS = {"country", "nation", "state", "government", "member"}  # "became the first country to recognise ..."


def _stand_for(tok: Token, group: Sequence[Actor], actors: dict[int, Actor], extra: dict[int, list[Actor]], heads: dict[int, Token]) -> None:
    """``tok`` ("the three countries", "the countries") stands for every actor of ``group``: the first as its actor, the
    rest as its extras, each with ``tok``'s text."""
    first, *rest = group
    actors[tok.i] = Actor(first.code, first.country, first.role, tok.text, first.rule_id, first.kind, tok.i, first.noun)
    extra[tok.i] = [Actor(a.code, a.country, a.role, tok.text, a.rule_id, a.kind, tok.i, a.noun) for a in rest]
    heads[tok.i] = tok


def _acts_told(tokens, actors: dict[int, Actor], extra: dict[int, list[Actor]]) -> list[tuple[str, tuple[Actor, ...]]]:
    """The acts a sentence tells by a verb whose subject is a known actor with a country, coded or not, not negated:
    (verb lemma, doers). "Russia became the first country to formally recognise the Taliban government": the
    infinitive on "the first country" is the subject's act."""
    out = []
    dep_of, pos_of, _ = doc_labels(tokens[0].doc) if tokens else ([], [], [])  # Token.dep_, pos_, from the Doc's columns
    kids = _doc_children(tokens[0].doc) if tokens else []  # (and the children by index)
    for tok in tokens:
        if pos_of[tok.i] != "VERB" or any(dep_of[c] == "neg" for c in kids[tok.i]):
            continue
        subj = subject_of(tok)
        if subj is not None and subj.i not in actors and subj.lemma_.lower() in FIRST_TO_NOUNS and subj.dep_ in ("attr", "oprd") and tok.dep_ in ("acl", "relcl"):
            subj = subject_of(subj.head)
        if subj is None:
            continue
        head = _np_head(subj)
        doers = [a for a in (actors.get(t.i) for t in conjuncts(head)) if a is not None] + list(extra.get(head.i, ()))
        doers = [replace(d, head=-1) for d in doers if d.country]
        if doers:
            out.append((tok.lemma_.lower(), tuple(doers)))
    return out


def _acts_named_by_nouns(tokens, actors: dict[int, Actor]) -> list[tuple[str, tuple[Actor, ...]]]:
    """The acts a sentence names by an event noun (or a noun made from a verb) with their doer, a possessor or a "by"
    phrase: "Iran's execution of Jamshid Sharmahd", "the seizure of the ship by the Houthis"."""
    out = []
    pos_of = doc_labels(tokens[0].doc)[1] if tokens else []  # Token.pos_, from the Doc's columns
    lemma_of = doc_lemmas(tokens[0].doc) if tokens else []  # and lemma_.lower()
    for tok in tokens:
        if pos_of[tok.i] != "NOUN":
            continue
        lemma = lemma_of[tok.i]
        if lemma not in EVENT_NOUNS and lemma not in GENERIC_ACT_NOUNS and not _verbs_of(lemma) and lemma not in BLAST_NOUNS:
            continue
        poss = [c for c in tok.children if c.dep_ == "poss"]
        # "Iran's execution": the possessive phrase is keyed on its head noun, or on the possessor itself
        doers = [actors[tok.i]] if poss and tok.i in actors else [actors[c.i] for c in poss if c.i in actors]
        doers += [actors[p.i] for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj" and p.i in actors]
        doers = doers or _doers_told_of(tok, actors)  # (react12)
        doers = [d for d in doers if d.country]
        if doers:
            out.append((lemma, tuple(replace(d, head=-1) for d in doers)))
    out += _launches_told(tokens, actors)
    return out


# Things a reaction may be to that are made or done by someone the sentence names (Coder's react memory,
# ArticleState.made): a law, a ruling, a resolution, sanctions, a vote, a plan. Their maker is the subject of a verb
# that makes them ("parliament passed a law", "the Security Council adopted a resolution", "Washington imposed
# sanctions"), the "by" phrase of a participle or passive on them ("a law passed by parliament", "the resolution was
# adopted by the council"), a possessor ("the court's ruling"), or the subject of the verb a "in a ruling" phrase is
# on ("the court said in a ruling", "the council backed the plan in a resolution").
MADE_THINGS = {
    "law", "bill", "legislation", "decree", "amendment", "resolution", "ruling", "verdict", "judgment", "judgement",
    "sentence", "sanction", "tariff", "ban", "embargo", "measure", "decision", "move", "step", "plan", "proposal",
    "policy", "reform", "order", "vote", "deal", "agreement", "treaty", "pact", "accord", "ultimatum", "veto",
    "announcement", "warrant", "restriction",
}
MAKING_VERBS = {
    "pass", "adopt", "approve", "enact", "impose", "issue", "sign", "introduce", "unveil", "announce", "order", "propose",
    "draft", "table", "submit", "deliver", "hand", "take", "make", "publish", "implement", "endorse", "ratify",
    "push", "decree", "reach", "conclude", "seal", "strike", "hold", "slap", "levy", "extend", "expand", "tighten",
    "uphold", "clear",
}
# "in a resolution", "in a ruling": the maker of the thing is the subject of the verb the phrase is on
MADE_IN = {"resolution", "ruling", "decision", "vote", "judgment", "judgement", "verdict", "decree", "order", "statement"}
# "gave final approval to a law", "gave the green light to the plan": the giver is its maker
APPROVAL_NOUNS = {"approval", "assent", "backing", "light", "go-ahead", "endorsement"}


def _things_made(tokens, actors: dict[int, Actor], extra: dict[int, list[Actor]]) -> list[tuple[str, tuple[Actor, ...]]]:
    """The things of MADE_THINGS a sentence names with their maker (see MADE_THINGS), made (not negated, modal or
    future): (noun, makers). "Hungary's parliament passed a law" -> ("law", (HUNLEG,))."""
    out = []
    pos_of = doc_labels(tokens[0].doc)[1] if tokens else []  # Token.pos_, from the Doc's columns
    lemma_of = doc_lemmas(tokens[0].doc) if tokens else []  # and lemma_.lower()
    for tok in tokens:
        if pos_of[tok.i] != "NOUN" or (lemma := lemma_of[tok.i]) not in MADE_THINGS:
            continue
        verb = None
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.i in actors), None)
        if owner is not None and not _possessed_patient(owner):
            makers = [actors[owner.i], *extra.get(owner.i, ())]
            out.append((lemma, tuple(replace(d, head=-1) for d in makers if d.country)))
            continue
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in MAKING_VERBS:
            verb = head  # "parliament passed a law", "the United States imposed sanctions"
        elif tok.dep_ == "nsubjpass" and head.lemma_.lower() in MAKING_VERBS:
            verb = head  # "the law was passed by parliament" (subject_of reads the agent)
        elif tok.dep_ == "pobj" and head.lower_ == "in" and lemma in MADE_IN and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head  # "the council backed the plan in a resolution"
        elif (
            tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in APPROVAL_NOUNS and head.head.dep_ == "dobj"
            and head.head.head.lemma_.lower() in ("give", "grant")
        ):
            verb = head.head.head  # "parliament gave final approval to a law"
        else:
            # "a law passed by parliament", "sanctions imposed by Washington": a participle with its maker
            verb = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in MAKING_VERBS and any(a.dep_ == "agent" for a in c.children)), None)
        if verb is None or any(c.dep_ == "neg" for c in verb.children) or not _took_place(verb):
            continue
        subj = subject_of(verb)
        if subj is None or subj.i == tok.i:
            continue
        subj = _np_head(subj)
        makers = [a for t in conjuncts(subj) for a in ([actors[t.i], *extra.get(t.i, ())] if t.i in actors else ())]
        makers = [replace(d, head=-1) for d in makers if d.country]
        if makers:
            out.append((lemma, tuple(makers)))
    return out


# the same thing named by another word: a bill passed is the law; a verdict, a ruling, a judgment, a sentence
MADE_KIN = {
    "law": {"law", "bill", "legislation", "amendment"}, "bill": {"law", "bill", "legislation", "amendment"},
    "legislation": {"law", "bill", "legislation", "amendment"}, "amendment": {"law", "bill", "legislation", "amendment"},
    "ruling": {"ruling", "verdict", "judgment", "judgement", "decision", "sentence"},
    "verdict": {"ruling", "verdict", "judgment", "judgement", "sentence"},
    "judgment": {"ruling", "verdict", "judgment", "judgement"}, "judgement": {"ruling", "verdict", "judgment", "judgement"},
    "deal": {"deal", "agreement", "accord", "pact", "treaty"}, "agreement": {"deal", "agreement", "accord", "pact", "treaty"},
    "pact": {"deal", "agreement", "accord", "pact", "treaty"}, "treaty": {"deal", "agreement", "accord", "pact", "treaty"},
    "accord": {"deal", "agreement", "accord", "pact", "treaty"},
    "sanction": {"sanction", "tariff", "embargo", "restriction"}, "tariff": {"tariff", "sanction"},
    "measure": {"measure", "law", "bill", "legislation", "decree", "sanction", "tariff", "restriction", "ban", "decision"},
    "decision": {"decision", "ruling", "order", "decree"}, "move": {"move", "decision", "order", "decree", "step"},
}
REACT_REACH = 8  # the react memory refers back at most this many sentences (MADE: things made; coded acts)


def _made_by(noun: str, state: ArticleState, admit) -> list[Actor]:
    """The makers of the latest thing the story named as made (ArticleState.made) that ``noun`` names, within
    REACT_REACH sentences, whom ``admit`` keeps (all of them)."""
    kin = MADE_KIN.get(noun, {noun})
    now = state.acts.now
    for thing, makers, index in reversed(state.made):
        if index < now - REACT_REACH:
            break
        if thing in kin and (found := [d for d in makers if admit(d)]) and len(found) == len(makers):
            return found
    return []


FORCE_NOUNS = {"strike", "airstrike", "drill", "exercise", "deployment", "test", "launch", "attack", "raid", "bombing", "shelling", "manoeuvre", "maneuver"}
# Verbs whose "as" phrase names a verdict on their object ("described his critics as traitors")
AS_VERDICT_VERBS = {
    "describe", "denounce", "condemn", "brand", "label", "characterize", "characterise", "portray", "decry", "slam",
    "criticize", "criticise", "paint", "depict", "castigate", "blast",
    "regard", "view", "see", "consider", "treat",  # say12: "Biden said he still regarded Xi as a dictator"
}
VIEW_VERBS = frozenset({"regard", "view", "see", "consider", "treat"})
# The nouns of a statement a verdict clause may hang on ("said in a statement that the decision was a mistake")
STATEMENT_NOUNS = {"statement", "interview", "speech", "letter", "note", "post", "communique", "address", "briefing", "message"}
# Verbs that say a verdict in a clause ("said the arrest was a violation")
VERDICT_SPEECH_VERBS = {"say", "declare", "insist", "add", "argue", "state", "stress", "maintain", "charge", "allege", "claim", "note", "write", "tell", "warn", "believe", "consider"}


def _act_noun(noun: Token) -> str | None:
    """The lemma of a noun that names an act ("the arrest", "Israel's conduct", "the move"), else None."""
    lemma = _gerund_noun(noun) or noun.lemma_.lower()
    if noun.pos_ != "NOUN" and not _gerund_noun(noun):
        return None
    if lemma in EVENT_NOUNS or lemma in GENERIC_ACT_NOUNS or lemma in JUDGED_CONDUCT or lemma in _REFERRING_ACTS or lemma in MAKER_ROLES or _verbs_of(lemma):
        return lemma
    return None


JUDGED_CONDUCT = {"conduct", "behaviour", "behavior", "policy", "actions", "action", "operation", "campaign", "war", "enlargement", "expansion", "transfer"}


def _judged_lefts(judged: Token) -> tuple[Token, ...]:
    """The words in front of a judged noun, with its article when the parser hangs that on the verdict the noun is read
    into ("called the ruling 'strange'": "the" on "strange", "ruling" its modifier)."""
    if judged.dep_ in ("nmod", "amod", "compound", "dep") and judged.head.i > judged.i:
        return (*judged.lefts, *(c for c in judged.head.lefts if c.i < judged.i))
    return tuple(judged.lefts)


def _judgement_verdict(verdict: Token) -> Token:
    """The word a verdict stands on: "an Iranian act of terrorism" for "terrorism"; the first of coordinated verdicts
    ("called the tariffs 'unfair' and 'unacceptable'", "'arrogant' and 'a coward'"); the noun a verdict adjective
    qualifies ("a hostile act", "a very abnormal and regrettable act", "an unfriendly step")."""
    for _ in range(3):
        if verdict.dep_ == "conj" and verdict.head.i != verdict.i and (verdict.head.pos_ in ("ADJ", "NOUN", "PROPN") or _quoted_participle(verdict.head)):
            verdict = verdict.head
    if verdict.dep_ == "amod" and verdict.pos_ in ("ADJ", "ADV") and verdict.head.pos_ == "NOUN" and verdict.head.i > verdict.i:
        verdict = verdict.head
    if verdict.dep_ in ("compound", "nmod") and verdict.head.i == verdict.i + 1 and verdict.head.tag_ == "FW":
        verdict = verdict.head  # "called the ruling 'a coup d'etat'": the foreign phrase's last word carries it
    if verdict.dep_ == "pobj" and verdict.head.lower_ == "of" and verdict.head.head.lemma_.lower() in VERDICT_CARRIERS:
        return verdict.head.head  # ("an act of terrorism"; say12: "a bunch of fools", "an instrument of repression")
    return verdict


def _quoted_participle(tok: Token) -> bool:
    """Is ``tok`` a quoted verdict the parser read as a participle on the object of a naming ("called the trial
    'rigged'": "rigged" an acl of "trial")?"""
    return (
        tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in NAMING_VERBS
        and tok.i > tok.head.i and any(t.is_quote for t in tok.doc[tok.head.i + 1 : tok.i])
    )


def _according_to(clause: Token) -> Token | None:
    """Whom a clause is "according to" (the object of the phrase on it), else None."""
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            for to in c.children:
                if to.lower_ == "to":
                    return next((p for p in to.children if p.dep_ == "pobj"), None)
    return None


def _naming_object(noun: Token) -> Token | None:
    """The object of a naming verb ("called X ...") that a noun is or stands inside (through its "of"/"on" phrases),
    else None."""
    for _ in range(3):
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in NAMING_VERBS:
            return noun
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        else:
            return None
    return None


def _judgement(verdict: Token, code: str) -> tuple[Token, Token] | None:
    """For a verdict noun of the code's kind (verdicts.yaml), (what is judged, the verb that says it) in the shapes wire copy writes: "called X a
    genocide" (object predicate, or an appositive of the object), "described X as traitors", "condemned X as a
    kidnapping", "said X was a violation", "X constituted / amounted to a crime". None when the verdict is negated or
    the saying did not take place (modal, future, hypothetical)."""
    verdict = _judgement_verdict(verdict)
    head, dep = verdict.head, verdict.dep_
    judged = verb = None
    if dep == "oprd" and head.lemma_.lower() in NAMING_VERBS:
        verb, judged = head, next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
        if judged is None:
            # crit13: "called the settlers' attack a pogrom", both names read as object predicates: the first is judged
            judged = next((c for c in head.children if c.dep_ == "oprd" and c.i < verdict.i and (c.pos_ in ("NOUN", "PROPN") or _gerund_noun(c)) and not any(
                t.is_punct for t in verdict.doc[c.i + 1 : verdict.i])), None)
        if judged is None:
            # "called the veto 'madness'", read as one noun phrase: the noun in front of the quoted name
            # ("called Netanyahu's decision madness", "called the Belarusian crackdown repressive": a noun after its own
            # possessor or article is a phrase of its own)
            judged = next((c for c in verdict.lefts if (c.pos_ in ("NOUN", "PROPN") or _gerund_noun(c)) and (c.dep_ in ("nmod", "compound", "dep") or (c.dep_ == "amod" and (c.pos_ == "NOUN" or _gerund_noun(c)))) and (
                any(t.is_quote for t in verdict.doc[c.i + 1 : verdict.i]) or any(g.dep_ in ("poss", "det") and g.i < c.i for g in (*c.children, *verdict.children)))), None)
    elif _quoted_participle(verdict):
        verb, judged = head.head, head  # "called the trial 'rigged' and 'a disgrace'", the verdict read as a participle
    elif dep == "dobj" and _gerund_noun(head) and head.head.lemma_.lower() in NAMING_VERBS and head.dep_ in ("dobj", "oprd"):
        verb, judged = head.head, head  # "called the firing a provocation", the act read as a gerund taking the verdict (react12)
    elif dep == "dobj" and head.lemma_.lower() in NAMING_VERBS and (first := [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verdict.i and _act_noun(c)]):
        verb, judged = head, first[0]  # "called the shelling a provocation", read as two objects of the naming (react12)
    elif dep == "oprd" and head.dep_ == "acl" and head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in NAMING_VERBS:
        verb, judged = head.head.head, head.head  # "called Algeria's decision to expel the diplomats unacceptable"
    elif dep == "dobj" and head.dep_ == "ccomp" and head.pos_ == "NOUN" and head.head.lemma_.lower() in NAMING_VERBS and any(c.dep_ in ("poss", "det") for c in head.children):
        verb, judged = head.head, head  # "called Russia's move a provocation", the object misread as a clause of its own
    elif dep == "appos" and head.dep_ == "dobj" and head.head.lemma_.lower() in NAMING_VERBS and not any(t.is_punct and not t.is_quote for t in verdict.doc[head.i + 1 : verdict.i]):
        verb, judged = head.head, head  # "called Israel's conduct in Gaza a genocide", read as an appositive
    elif dep in ("appos", "dobj", "npadvmod") and verdict.i > head.i and (obj := _naming_object(head)) is not None and not any(
        t.is_punct and not t.is_quote for t in verdict.doc[obj.i + 1 : verdict.i]
    ):
        # "called Starmer's fishing deal a 'surrender'" (the verdict read as the object's object), "called Russia's
        # strike on Kyiv 'a terrorist act'" (as an appositive of a noun inside the object)
        verb, judged = obj.head, obj
    elif dep == "dobj" and head.lemma_.lower() in NAMING_VERBS and (named := [c for c in verdict.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < verdict.i]):
        verb, judged = head, named[0]  # "called the arrests political persecution", read as one noun phrase
    elif dep == "dobj" and head.lemma_.lower() in NAMING_VERBS and (named := [
        c for c in verdict.children if c.dep_ in ("amod", "compound") and c.pos_ == "NOUN" and c.i < verdict.i and _act_noun(c) is not None
        and any(g.dep_ in ("poss", "det") and g.i < c.i for g in (*c.children, *verdict.children))
    ]) and not any(c.dep_ in ("dobj", "dative", "oprd") and c.i != verdict.i for c in head.children):
        verb, judged = head, named[0]  # "called the firing 'madness'", the act read as the verdict's modifier
    elif dep == "dobj" and head.dep_ in ("relcl", "acl") and head.lemma_.lower() in NAMING_VERBS and (rel := next((c for c in head.children if c.dep_ == "dobj" and c.i < verdict.i and c.lower_ in ("that", "which", "whom")), None)) is not None:
        verb, judged = head, rel  # crit13: "an attack that Zelensky called a war crime", both read as objects of the naming
    elif dep == "amod" and verdict.pos_ == "ADJ" and verdict.i > head.i and all(t.is_quote for t in verdict.doc[head.i + 1 : verdict.i]) and head.dep_ == "dobj" and head.head.lemma_.lower() in NAMING_VERBS and not any(
        c.dep_ == "oprd" for c in head.head.children if c.i < verdict.i
    ):
        verb, judged = head.head, head  # crit13: "called Nauru's decision unfortunate and encouraged ...", the name read as the object's adjective
    elif dep == "advmod" and verdict.pos_ == "ADV" and head.lemma_.lower() in NAMING_VERBS and (obj := next((c for c in head.children if c.dep_ == "dobj" and c.i < verdict.i), None)) is not None:
        verb, judged = head, obj  # crit13: "called the bombing cowardly", the verdict tagged as an adverb
    elif dep in ("pobj", "amod", "acomp") and head.lower_ == "as" and head.dep_ == "prep":  # (amod: "as 'hostile'", misread)
        owner = head.head
        if owner.lemma_.lower() in AS_VERDICT_VERBS:
            verb, judged = owner, next((c for c in owner.children if c.dep_ == "dobj"), None)
        elif owner.dep_ == "dobj" and owner.head.lemma_.lower() in AS_VERDICT_VERBS:
            verb, judged = owner.head, owner  # "condemned the transfers as a kidnapping"
        if verb is not None and verb.lemma_.lower() in VIEW_VERBS and verb.dep_ in ("relcl", "acl"):
            return None  # say12: "Turkey, which regards the SDF as a terrorist group": a standing view told as background
    elif (dep in ("attr", "acomp") and head.lemma_.lower() == "be") or (dep == "dobj" and head.lemma_.lower() in ("constitute", "represent")) or (
        dep == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "amount"
    ):
        clause = head if dep != "pobj" else head.head
        judged = next((c for c in clause.children if c.dep_ == "nsubj"), None) or next(
            (n for c in clause.children if c.dep_ == "csubj" and c.lemma_.lower() == "do" for n in c.children if n.dep_ == "nsubj"), None
        )  # '"What Russia is doing is a crime"': the doer of what is done
        if any(c.dep_ == "neg" for c in clause.children) or any(c.lower_ in ("no", "not") for c in verdict.lefts):
            return None
        speech = clause.head if clause.dep_ == "ccomp" else None
        if clause.dep_ == "acl" and clause.head.lemma_.lower() in STATEMENT_NOUNS and any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children):
            # "said in a statement that France's decision was a serious mistake": the parser hangs the clause on the noun
            noun = clause.head
            speech = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if speech is not None and speech.lemma_.lower() in VERDICT_SPEECH_VERBS:
            verb = speech
            if blocked_reason(clause) is not None or mood(clause) is not None:
                return None  # "said the attack could be a crime"
        elif clause.dep_ == "ROOT" and code[:2] == "13":
            verb = clause  # "The strikes were a warning to Damascus." (the doer warns)
        elif clause.dep_ == "ROOT" and _according_to(clause) is not None:
            verb = clause  # "According to the Chinese foreign ministry, the U.S. sanctions were illegal"
    if verb is not None and verb.dep_ in ("relcl", "acl") and (antecedent := _relative_antecedent(verb, judged)) is not None:
        judged = antecedent  # crit13: "a vote that Zourabichvili denounced as illegitimate", "Lai, whom Beijing calls a separatist"
    if judged is None or verb is None or any(c.lower_ in ("no", "not") for c in verdict.lefts) or not _took_place(verb):
        return None
    if judged.tag_ in ("WP", "WDT") and judged.head.i == verb.i:
        return None  # "struck what it called terrorist camps": a naming of what was done, no verdict on anyone
    return judged, verb


# "The decision drew condemnation from the United Nations": a reaction named by a noun, its maker in a "from" phrase,
# the act reacted to the verb's subject
REACTION_NOUNS = {"condemnation": "111", "criticism": "111", "rebuke": "111", "outrage": "111", "praise": "051"}
DRAW_VERBS = {"draw", "spark", "prompt", "trigger", "provoke", "attract", "earn", "bring", "elicit", "receive"}
# a response that is a criticism only when it says so: "an angry response from Israel", "a sharp reaction"
RESPONSE_NOUNS = {"response", "reaction", "backlash", "rebuke", "protest", "protests"}
ANGRY = {"angry", "furious", "sharp", "harsh", "strong", "fierce", "indignant", "swift", "stern", "strident"}


def _reaction_noun_code(tok: Token) -> str | None:
    """The code of a reaction named by a noun ("condemnation": 111, "praise": 051, "an angry response": 111), else None."""
    lemma = tok.lemma_.lower()
    if lemma in REACTION_NOUNS:
        return REACTION_NOUNS[lemma]
    if lemma in RESPONSE_NOUNS and (lemma == "backlash" or any(c.dep_ == "amod" and c.lemma_.lower() in ANGRY for c in tok.children)):
        return "111"
    return None


def _co_doers(anchor: Token, actors: dict[int, Actor], extra, members) -> list[Actor]:
    """The actors of an "along with X" or "together with X" phrase in the verb's own clause: they do the act too."""
    out: list[Actor] = []
    if not has_lower(anchor.doc, "with"):
        return out  # the common case: no "with" in the sentence, no walk over the subtree
    for tok in anchor.subtree:
        if tok.lower_ != "with" or tok.dep_ != "prep" or tok.head.lower_ not in ("along", "together"):
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.i != anchor.i:
            continue
        for pobj in tok.children:
            if pobj.dep_ == "pobj" and pobj.i in actors:
                out.extend(members(pobj, actors, extra))
    return out


# Acts a noun names between the two parties of its "between" phrase (Coder._noun_events), when it is the setting of
# a verb ("in clashes between", "after talks between") or its subject, not what is asked for or feared
SETTING_PREPS = {"in", "after", "following", "during", "amid", "since", "despite"}
BETWEEN_NOUNS = {
    **dict.fromkeys(["clash", "fighting", "battle", "gunfight", "skirmish", "firefight", "shootout", "hostility"], "190"),
    **dict.fromkeys(["talk", "negotiation"], "046"),
    **dict.fromkeys(["meeting", "summit"], "040"), "call": "041",  # "a meeting between the two presidents took place"
}
NOUN_TALKS = {"talk", "negotiation"}  # "after talks in Doha": 046 between the members of the subject
# A call or meeting named as the setting of a verb ("said after a phone call with X", "in a call with his Dutch
# counterpart"): 041 for a call, else the meeting's code, from the verb's subject to the "with" party
CONSULT_NOUNS = {"call": "041", "conversation": "040", "meeting": "040", "talk": "046", "negotiation": "046", "summit": "040"}
PHONE_NOUNS = {"call", "conversation"}
CONSULT_PREPS = {"in", "after", "following", "during", "at"}
TOLD_IN_CALL = {"tell", "assure", "inform", "urge", "ask", "warn", "promise", "invite", "congratulate", "thank", "brief", "say"}


def _embassy_of(verb: Token, actors: dict[int, Actor]) -> Token | None:
    """The embassy a passive grant was made at ("given asylum at the Mexican embassy"), when an actor names it."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "given asylum at ...": on the verb or its object
    return next((
        p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "inside") for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in ("embassy", "consulate", "mission") and p.i in actors
    ), None)


def _by_phone_noun(noun: Token) -> bool:
    """Is the call or conversation one by telephone ("a phone call", "a telephone conversation", "a video call")?"""
    return any(c.lemma_.lower() in ("phone", "telephone", "video", "telephonic") for c in noun.lefts)


def _consult_setting(noun: Token) -> tuple[Token, Token] | None:
    """The verb a call or meeting noun is the setting of, and the party it was held with: "in a call with X, asked",
    "said after a phone call with X", "during a meeting with X" (the "with" party); "told him in a phone call" (a phone
    call with no "with" party, in or during which the subject told or assured someone: that one). The preposition hangs
    on the verb itself. A bare "call" is a phone call only with a "with" party or a phone word ("called for talks", "a
    call to arms" are none)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in CONSULT_PREPS or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if verb.dep_ == "dobj" and noun.head.lower_ != "in" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # the small model hangs the phrase on the object: "announced the aid following a call with X"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    heard = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    if heard and not (noun.lemma_.lower() in NOUN_TALKS and noun.head.lower_ == "in"):  # "in talks with" is a process
        return verb, heard[0]
    if noun.lemma_.lower() in PHONE_NOUNS and _by_phone_noun(noun) and noun.head.lower_ in ("in", "during") and verb.lemma_.lower() in TOLD_IN_CALL:
        told = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON")] or [
            p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
        ]
        if told:
            return verb, told[0]
    return None


# The verbs whose own event a visit noun is: travel for it ("arrived for his first visit to"), or make it ("paid a visit")
VISIT_VERBS = {"arrive", "travel", "fly", "come", "go", "head", "land", "leave", "begin", "start", "make", "pay", "wrap", "end", "conclude", "cut", "kick"}


def _place_or_day(noun: Token, actors: dict[int, Actor]) -> bool:
    """Is a round of talks named by its place or its day ("talks in Doha", "weekend talks", "Monday's talks"), a
    meeting that was held, not a process ("after talks brokered by China")?"""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and any(p.i in actors for p in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pobj" and p.lemma_.lower() in PLACE_HEADS and any(q.i in actors for q in p.subtree) for p in c.children):
            return True  # "talks on the Caribbean island of St Vincent" (a place), not "talks on Ukraine" (a topic)
        if c.dep_ in ("compound", "poss", "amod", "npadvmod") and (c.lower_ in _CALENDAR or c.lower_ in _RECENT):
            return True
    return False
# Common nouns for a place: "on the island of X" says where talks were held, "on Ukraine" what they were about
PLACE_HEADS = {"island", "islands", "border", "frontier", "coast", "shore", "shores", "soil", "territory", "outskirts", "banks"}
ARRIVAL_VERBS = {"arrive", "reach", "land", "enter", "pour", "flow", "cross"}
ASPECTUAL_VERBS = {"begin", "start", "continue", "keep"}
AID_WORDS = {"aid", "assistance", "supply", "supplies", "relief", "food", "medicine", "fuel", "rescuer", "convoy", "shipment"}


def _is_aid(noun: Token) -> bool:
    """Is the noun aid sent ("aid", "supplies", "relief", "rescue teams", "medical workers")?"""
    lemma = noun.lemma_.lower()
    if lemma in AID_WORDS:
        return True
    return lemma in ("team", "worker", "crew") and any(c.lemma_.lower() in ("rescue", "medical", "relief", "aid", "search") for c in noun.lefts)


JOURNEY_VERBS = {"return", "arrive", "be", "come", "leave", "head", "travel", "fly", "set"}  # "returned from a visit to X"
NOT_DONE = {"planned", "upcoming", "proposed", "possible", "scheduled", "expected", "postponed", "cancelled", "canceled", "next", "future", "potential"}


def _after_phrase_verb(noun: Token) -> Token | None:
    """The verb an "after talks ..." or "following talks ..." phrase hangs on (also as the small model reads "after
    talks in Doha mediated by Qatar": "talks" the subject of a clause that "after" opens)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("after", "following") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in head.children):
        return head.head if head.head.pos_ in ("VERB", "AUX") else None
    return None


def _took_place(verb: Token) -> bool:
    """Did the verb's act take place (not negated, modal, hypothetical, non-realised, intended or future)? An
    infinitive counts as its governor does: "agreed to cut tariffs after talks in Geneva" (the talks were held)."""
    for _ in range(4):
        # also a conjunct of the infinitive: "agreed not to threaten each other or use force ..., after talks on X"
        if (verb.dep_ == "xcomp" or (verb.dep_ == "conj" and verb.head.dep_ == "xcomp")) and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
    return blocked_reason(verb) is None and mood(verb) is None


_FORCE_ACTS = frozenset({"15", "17", "18", "19", "20"})


def _provokers(m: PatternMatch, code: str, sources: list[Actor], state: ArticleState | None) -> list[Actor]:
    """The doers of the latest act of force (roots 15, 17-20) on the threatener's country, else of the latest
    rejection, threat or cut in relations on it, else those the threatener last used force on, for a threat (13x) that
    names no target; one threatener (or several of one country) only."""
    if state is None or not state.acts or code[:2] != "13" or m.target_head is not None or len({s.country for s in sources}) != 1:
        return []
    country = sources[0].country
    for root, _, doers, done_to, _ in reversed(state.acts):
        if root in _FORCE_ACTS and any(t.country == country for t in done_to):
            found = [d for d in doers if d.country and d.country != country]
            if found:
                return found
    # no force on it: the latest blow of another kind by another country ("India suspended a water-sharing treaty with
    # Pakistan ... Pakistan warned that any attempt to stop the flow of water would be an act of war"), else whom the
    # threatener itself last used force on ("The United States struck Iranian sites ... warning that future attacks
    # would be far greater")
    for root, _, doers, done_to, _ in reversed(state.acts):
        if root in _BLOWS and any(t.country == country for t in done_to):
            found = [d for d in doers if d.country and d.country != country]
            if found:
                return found
    for root, _, doers, done_to, _ in reversed(state.acts):
        if root in _FORCE_ACTS and any(d.country == country for d in doers):
            found = [t for t in done_to if t.country and t.country != country]
            if found:
                return found
    return []


_BLOWS = frozenset({"12", "13", "16"})  # rejections, threats, cuts in relations: a threat may answer them
SYMPATHY_CODES = ("018",)  # condolences and sympathy (see Coder._event_of); like aid to no one named, it goes to the story's country
DE_ESCALATION_CODES = ("087",)  # ceasefires, easing a blockade, demobilising, pulling back (see _opponents)


def _two_people(a: Actor, b: Actor, doc: Doc, code: str) -> bool:
    """Are two actors of one code two people, each named ("Vice President Sara Duterte accused President Ferdinand
    Marcos", "Buhari congratulated Tinubu")? Their act is an event between them, as coders code it, though their codes
    are the same (not a statement or a meeting: "Putin told Lavrov", "Macron met Barnier" is a state talking to
    itself). A name behind a title counts as a name ("Governor Uba Sani thanked President Bola Tinubu")."""
    if a.kind not in (PERSON, AGENT) or b.kind not in (PERSON, AGENT) or a.head < 0 or b.head < 0 or a.head == b.head or code[:2] in ("01", "04"):
        return False
    if a.kind == b.kind == PERSON and a.rule_id == b.rule_id:
        return False  # one dictionary person under two names ("Elessar, the Gondorian king, and Aragorn")
    terms = doc.user_data.get(_TERM_WORDS, ())
    if not all(doc[x.head].pos_ == "PROPN" and x.head > 0 and doc[x.head - 1].pos_ == "PROPN" and x.head not in terms for x in (a, b) if x.kind == AGENT):
        return False  # a role noun with no name behind it ("the president", "Iraqi Prime Minister"): maybe the same person
    if doc[a.head].pos_ != "PROPN" or doc[b.head].pos_ != "PROPN":
        return False  # "he", "the president": maybe the same person
    return a.text.split()[-1].lower() != b.text.split()[-1].lower()


# "called its supporters to violence", "called them to arms", "called voters to the polls": no phone call
CALLED_TO = {"violence", "arm", "arms", "action", "revolt", "uprising", "insurrection", "rebellion", "resistance", "jihad", "street", "streets", "poll", "polls", "vote", "mobilization", "mobilisation"}


def _called_to_arms(anchor: Token) -> bool:
    """Does "call" send its object "to" a deed or a place of dissent ("called its supporters to violence")?"""
    heads = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep" and p.lower_ == "to" and any(g.dep_ == "pobj" and (g.lemma_.lower() in CALLED_TO or g.lower_ in CALLED_TO) for g in p.children)
        for h in heads for p in h.children
    )


def _body_and_member(a: Actor, b: Actor, code: str) -> bool:
    """Is a legislature or a court (a role noun: "the House", "the Federal Supreme Court") acting on one named person
    of its own code (a speaker, a judge) with a demand, a judgement, a refusal or a sanction (roots 10-12, 17)? "The
    House voted to remove Kevin McCarthy as speaker": USALEG -> USALEG 172, a body and one of its members, not a body
    talking to itself (politics, eleventh session)."""
    return a.kind == AGENT and a.role in ("LEG", "JUD") and b.kind == PERSON and code[:2] in ("10", "11", "12", "17")


def _own_side(a: Actor, b: Actor) -> bool:
    """The same actor, or two arms of one state."""
    return a.code == b.code or (a.country is not None and a.country == b.country and a.role in STATE_ROLES and b.role in STATE_ROLES)


def _opponents(m: PatternMatch, code: str, sources: list[Actor], state: ArticleState | None) -> list[Actor]:
    """For a de-escalation (087x: a ceasefire, a pull-back) that names no one, by one side: the other side of the latest
    fighting (roots 15, 17-20) that side was in, whichever side struck (a group and its own state included)."""
    if state is None or not state.acts or not code.startswith(DE_ESCALATION_CODES) or m.target_head is not None:
        return []
    if any(p.dep_ == "prep" and p.lower_ in ("with", "between") for c in (m.anchor, *m.anchor.children) for p in c.children):
        return []  # "announced a new ceasefire with Druze leaders": a partner is named, even one no one knows
    return _other_side(sources, state)


EASED_SANCTION_CODES = ("085",)  # economic sanctions, tariffs, export curbs eased (see _sanctioned)
SANCTION_CODES = ("163", "1621", "162", "172")  # sanctions, embargoes, tariffs, administrative sanctions imposed


def _sanctioned(m: PatternMatch, code: str, sources: list[Actor], state: ArticleState | None) -> list[Actor]:
    """For sanctions, tariffs or export curbs eased (085) that name no one: those the easer's side sanctioned in the
    story's latest sanction (163, 162x, 172) by it, among its last acts; none told, no event."""
    if state is None or not state.acts or not code.startswith(EASED_SANCTION_CODES) or not _names_no_target(m) or not sources:
        return []
    first = sources[0]
    for _, _, doers, done_to, done in reversed(state.acts[-12:]):
        if done.startswith(SANCTION_CODES) and any(_own_side(d, first) or (d.country and d.country == first.country) for d in doers):
            found = [t for t in done_to if t.country and t.country != first.country]
            if found:
                return found
    return []


def _other_side(sources: list[Actor], state: ArticleState) -> list[Actor]:
    """The other side of the latest fighting (roots 15, 17-20) the sources' side was in, whichever side struck."""
    first = sources[0]
    if not all(_own_side(s, first) for s in sources):
        return []
    for root, _, doers, done_to, _ in reversed(state.acts):
        if root not in _FORCE_ACTS:
            continue
        if any(_own_side(d, first) for d in doers):
            found = [t for t in done_to if t.country and not _own_side(t, first)]
        elif any(_own_side(t, first) for t in done_to):
            found = [d for d in doers if d.country and not _own_side(d, first)]
        else:
            continue
        if found:
            return found
    return []


def _act_referred_to(noun: Token, relative: bool = False) -> str | None:
    """The event noun (its lemma) of "the attack", "Monday's attack", "the weekend's assault" (not "a new attack"), or
    None; with ``relative``, the noun a relative clause hangs on refers whatever its article ("a charge Bangkok
    denied"). Also a noun made from a verb ("the closure") and "the decision", "the move"."""
    lemma = _gerund_noun(noun) or noun.lemma_.lower()
    if (noun.pos_ != "NOUN" and not _gerund_noun(noun)) or (lemma not in EVENT_NOUNS and lemma not in GENERIC_ACT_NOUNS and lemma not in MAKER_ROLES and lemma not in MADE_THINGS and not _verbs_of(lemma)):
        return None
    if relative or any(
        c.lower_ in ("the", "this", "these", "that", "those") or (c.dep_ == "poss" and (c.lower_ in _CALENDAR or c.lower_ in _RECENT))
        for c in noun.lefts
    ):
        return lemma
    return None


RELEASE_DEMAND_ROOTS = {"02", "10"}  # appeals and demands for a release (Coder._doers_of_event_noun)
RELEASE_NOUNS = {"release", "freedom", "freeing"}
HOLD_CODES = ("171", "173", "181")  # seizing, arresting or detaining, abducting
HOLD_VERBS = {"arrest", "detain", "seize", "abduct", "kidnap", "capture", "jail", "imprison", "hold"}


def _holders(sources: Sequence[Actor], state: ArticleState) -> list[Actor]:
    """The doers of the story's latest arrest, seizure or abduction (coded, else told by a verb) by someone other than
    the demander's own side."""
    def admit(d: Actor) -> bool:
        return bool(d.country) and not any(_own_side(d, s) for s in sources)
    for _, verb, doers, _, code in reversed(state.acts):
        if (code.startswith(HOLD_CODES) or verb in HOLD_VERBS) and (found := [d for d in doers if admit(d)]):
            return found
    for verb, doers, index in reversed(state.told):
        if verb in HOLD_VERBS and index >= state.told[-1][2] - TOLD_REACH and (found := [d for d in doers if admit(d)]):
            return found
    return []


SAID_JUDGEMENT_ROOTS = {"11", "12"}  # a criticism or rejection said of a clause's subject (Coder._doers_of_event_noun)
DOMESTIC_CONDEMNATION_ROOTS = {"11"}  # a reaction at home to violence by no one named (Coder._event_of)
# A foreign appeal or demand made to no one named is made to the story's country (Coder._event_of); a target word that
# names no one in particular ("urged all sides", "the parties") counts as none
UNADDRESSED_ROOTS = {"02", "10"}
UNADDRESSED_WORDS = {"side", "party", "all", "everyone", "everybody"}


def _violence_reacted_to(anchor: Token) -> str | None:
    """The noun of "the attack", "the killing", "the violence" (a use of force) the verb reacts to, if any."""
    for obj, relative in _reaction_objects(anchor):
        noun = _act_referred_to(obj, relative)
        if noun is not None and noun in EVENT_NOUNS and EVENT_NOUNS[noun] & _FIGHTING:
            return noun
    return None


def _told_by_verb(noun: str, state: ArticleState) -> bool:
    """Did the story tell, by a verb, the act the noun names ("troops attacked" ... "the attack"), whoever did it?"""
    roots = EVENT_NOUNS.get(noun, frozenset()) & _FIGHTING
    return any(verb == noun or verb in _verbs_of(noun) or (verb in NOUN_VERBS.get(noun, ()) and root in roots) for root, verb, *_ in state.acts)


GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _counted_group(tok: Token, state: ArticleState | None) -> list[Actor]:
    """The countries "the three countries" counts: the latest group the story named together with that many members."""
    if state is None or tok.lower_ not in GROUP_NOUNS:
        return []
    size = next((GROUP_SIZES.get(c.lower_) for c in tok.children if c.dep_ == "nummod"), None)
    if size is None or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
        return []
    return next((list(g) for g in reversed(state.groups) if len(g) == size), [])


def _doers_named_on(objects: list[tuple[Token, bool]], actors: dict[int, Actor], extra: dict[int, list[Actor]], sources: Sequence[Actor], state: ArticleState | None = None) -> list[Actor]:
    """The doers a reaction's object noun names on itself, when it names an act: a possessor or a name in front ("Iran's
    execution", "U.S. interference"), a "by" or "from" phrase ("the move by the three countries", "the criticism from
    Washington and Canberra"); never the reactor's own side."""
    out: list[Actor] = []
    for obj, _ in objects:
        if obj.pos_ != "NOUN" or _act_noun(obj) is None and obj.lemma_.lower() not in OPINION_NOUNS:
            continue
        named = [c for c in obj.children if c.dep_ in ("poss", "compound", "amod") and c.i in actors and not _possessed_patient(c)]
        if not named and obj.i in actors and actors[obj.i].kind != PERSON and any(c.dep_ in ("poss", "compound", "amod") and c.text[:1].isupper() for c in obj.lefts):
            named = [obj]  # "U.S. interference", "Russian aggression": the name in front is read into the noun
        named += [p for c in obj.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for p in c.children if p.dep_ == "pobj"]
        for tok in (t for n in named for t in conjuncts(n)):
            for a in ([actors[tok.i], *extra.get(tok.i, ())] if tok.i in actors else _counted_group(tok, state)):
                if a.country and all(not _own_side(a, s) and a.code != s.code for s in sources) and all(a.code != o.code for o in out):
                    out.append(a)
        if out:
            return out
    return out


def _patient_of_act(target: Token, anchor: Token) -> bool:
    """Is the target the one a use of force or a coercion named by the verb's object was done to ("condemned the
    killing of the officer", "the arrest of Navalny")?"""
    prep = target.head
    if target.dep_ != "pobj" or prep.lower_ not in ("of", "on", "against") or prep.head.head.i != anchor.i or prep.head.dep_ not in ("dobj", "nsubjpass"):
        return False
    noun = prep.head.lemma_.lower()
    if prep.lower_ != "of":
        # "condemned the sanctions against Moldova", "the strikes on Kyiv": the one it is done to, on or against
        return bool(EVENT_NOUNS.get(noun, frozenset()) & (PATIENT_ROOTS | {"16"}))
    return bool(EVENT_NOUNS.get(noun, frozenset()) & PATIENT_ROOTS) or noun in PATIENT_NOUNS


def _possessed_patient(owner: Token) -> bool:
    """Is a possessor of an act of coercion the one it was done to ("his arrest", "Navalny's detention", "Khashoggi's
    killing"), not its doer? Not with an "of" phrase ("Iran's execution of X"), nor for an attack ("Russia's
    invasion")."""
    noun = owner.head
    if owner.dep_ != "poss" or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    return lemma in PATIENT_NOUNS or lemma in COERCION_NOUNS


COERCION_NOUNS = {"arrest", "detention", "killing", "execution", "release", "expulsion", "deportation", "extradition", "trial", "prosecution", "death"}
PATIENT_ROOTS = frozenset({"17", "18", "19", "20"})
PATIENT_NOUNS = {"murder", "assassination", "abduction", "kidnapping", "jailing", "imprisonment", "sentencing", "conviction", "detention"}


def _reaction_objects(anchor: Token) -> list[tuple[Token, bool]]:
    """What a reaction is to: its object ("condemned the decision"), a noun in the object's own phrase ("denied any
    role in the attack", "responsibility for the attack"), or the noun its relative clause hangs on ("a charge
    Bangkok denied"); each with whether it is that relative noun."""
    if anchor.tag_ == "VBN" and anchor.lemma_.lower() in FEELING_VERBS13 and (felt := _feeling_objects13(anchor)):
        return felt  # crit13: "said it was outraged by the attack", "alarmed by the law's provisions" (not the one who feels)
    out: list[tuple[Token, bool]] = []
    for c in anchor.children:
        if c.dep_ not in ("dobj", "nsubjpass") or (c.tag_ in ("WDT", "WP") and anchor.dep_ == "relcl"):
            continue
        out.append((c, False))
        for prep in c.children:
            if prep.dep_ == "prep" and (prep.lower_ in ("in", "for", "of", "behind") or (prep.lower_ in FEELING_PREPS and c.lemma_.lower() in FEELING_NOUNS)):
                # ("expressed regret over the decision", "voiced dismay at the expulsion": react12)
                out.extend((p, False) for p in prep.children if p.dep_ == "pobj")
    if anchor.dep_ == "relcl" and anchor.head.pos_ == "NOUN" and not out:
        out.append((anchor.head, True))
    if not out:
        # "Qatar condemned what it called a cowardly attack": the free relative's name for the thing is the object
        for c in anchor.children:
            if c.dep_ == "ccomp" and c.lemma_.lower() in NAMING_VERBS and any(w.tag_ == "WP" and w.lower_ == "what" for w in c.children):
                out.extend((n, True) for n in c.children if n.dep_ in ("oprd", "attr", "dobj") and n.pos_ == "NOUN")
    return out


PROXY_NOUNS = {"lawyer", "attorney", "aide", "counsel", "party"}  # who speak for a person (Coder.analyse): "his party said"
FOLLOWER_NOUNS = {"supporter", "follower", "backer", "loyalist", "sympathizer", "sympathiser", "partisan", "faithful"}  # someone's followers: of that one's country, and a speaker's own audience (root 01)


def _followers_country(head: Token, sources: Sequence[Actor], actors: dict[int, Actor]) -> str | None:
    """The country of the one whose followers ``head`` names ("his supporters", "Khan's followers"): a named possessor's,
    else, for a possessive pronoun, the source's (all sources of one country). None for other nouns."""
    if head.lemma_.lower() not in FOLLOWER_NOUNS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.i in actors:
        return actors[owner.i].country
    if owner.lower_ in ("his", "her", "their", "its") and sources and len({s.country for s in sources}) == 1:
        return sources[0].country
    return None


# Verbs whose clause a later "which X denied" or "a claim X rejected" answers, and nouns for such a claim
CLAIMING_VERBS = {"say", "claim", "allege", "accuse", "charge", "insist", "assert", "tell", "report", "declare", "announce", "blame"}
CLAIM_NOUNS = {"remark", "comment", "statement", "assertion"}


# What the pre-filter counts as referring back to an actor after "the": words said (_speaker_of_remark) and verdicts
_REFERRING_WORDS = frozenset({"remark", "comment", "statement", "word", "speech", "rhetoric", "tweet", "sentence", "conviction", "acquittal", "injunction", "trial"})


# Nouns for what someone said, and the verbs that say it: "dismissed the remark" is on who said something last
SPOKEN_NOUNS = {"remark", "comment", "statement", "word", "speech", "rhetoric", "tweet", "post", "assertion", "interview", "claim"}
SAYING_VERBS = {
    "say", "tell", "claim", "write", "post", "declare", "suggest", "describe", "call", "warn", "insist", "add", "argue",
    "allege", "state", "brand", "label", "tweet", "accuse", "blame", "criticize", "criticise", "condemn", "denounce",
    "threaten", "praise", "demand", "urge",
}
# ... those that may tell a criticism ("the criticism" with none coded is what was said last)
CRITICISM_TELLING_VERBS = SAYING_VERBS - {"praise", "urge", "demand"}


def _latest_told(state: ArticleState, verbs: set[str] | frozenset[str], admit: Callable[[Actor], bool]) -> tuple[str, list[Actor]] | None:
    """The story's latest act told by one of ``verbs`` (ArticleState.told), within TOLD_REACH sentences of the latest
    telling, whose doers ``admit`` keeps, all of them: (verb, doers); None when none is."""
    if not state.told:
        return None
    latest = state.told[-1][2]
    for verb, doers, index in reversed(state.told):
        if index < latest - TOLD_REACH:
            break
        if verb in verbs and doers and all(admit(d) for d in doers):
            return verb, list(doers)
    return None


def _speaker_of_remark(anchor: Token, sources: Sequence[Actor], state: ArticleState | None) -> list[Actor]:
    """Who said what a reaction's object names by a bare noun for words ("dismissed the remark", "criticised the
    comments", "condemned the statement"): the subject of the story's latest verb of saying, in the last TOLD_REACH
    sentences, that is not the reactor. [] when the object has a possessor or a phrase of its own, or no one fits."""
    if state is None or not state.told:
        return []
    nouns = [obj for obj, relative in _reaction_objects(anchor) if not relative and obj.lemma_.lower() in SPOKEN_NOUNS]
    if not nouns or any(c.dep_ in ("poss", "prep", "relcl", "acl", "amod", "compound") and c.lower_ not in ("latest", "recent") for n in nouns for c in n.children):
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for n in nouns for c in n.children):
        return []
    own = {s.code for s in sources}
    said = _latest_told(state, SAYING_VERBS, lambda d: d.code not in own)
    # (when the words were an accusation, what answers it is a denial, which the denial entries code; this rule does
    # not guess the code of that answer)
    return [] if said is None or said[0] in ACCUSING_VERBS else said[1]


ACCUSING_VERBS = {"accuse", "blame", "allege"}

# Things a good word may be said of that are no party ("called the deal historic"): an optimistic comment (013)
NAMED_DEALS = {"deal", "agreement", "accord", "pact", "treaty", "talk", "talks", "meeting", "summit", "negotiation", "discussion", "visit", "truce", "ceasefire", "partnership"}

# Nouns for an accusation a denial answers ("rejected the accusations", "denied the allegations", "dismissed the claims")
ACCUSATION_NOUNS = {"accusation", "allegation", "claim", "charge"}
# Verbs that tell an accusation with no verb of accusing ("said Iran had directed the attacks", "concluded that ...")
ACCUSATION_TELLING_VERBS = (SAYING_VERBS - {"praise", "urge", "demand", "threaten", "warn"}) | {"conclude", "find", "assess", "determine"}


def _speakers_of_accusation(objects: list[tuple[Token, bool]], sources: Sequence[Actor], state: ArticleState) -> list[Actor]:
    """Who made the accusation a denial names by a bare noun ("Iran rejected the accusations", "Tehran dismissed the
    claims") when no accusation was coded: the doers of the story's latest verb of saying or finding, in the last
    TOLD_REACH sentences, none of them the denier: of another country, or at home of another role with one ("The
    Investigative Committee said the archbishop had planned a coup ... Galstanyan denied the accusations"). [] when the
    object is no accusation noun or has a possessor or a phrase of its own (those name the accuser themselves)."""
    nouns = [obj for obj, relative in objects if not relative and obj.lemma_.lower() in ACCUSATION_NOUNS]
    if not nouns or not state.told or any(c.dep_ in ("poss", "prep", "relcl", "acl", "compound") for n in nouns for c in n.children):
        return []
    src_countries = {s.country for s in sources}
    roles = {s.role for s in sources}

    def other(d: Actor) -> bool:
        return bool(d.country) and (d.country not in src_countries or (d.role is not None and None not in roles and d.role not in roles))

    said = _latest_told(state, ACCUSATION_TELLING_VERBS, other)
    return said[1] if said else []


def _accuser_of(sources: Sequence[Actor], state: ArticleState | None) -> list[Actor]:
    """The maker of the story's latest accusation (or charge) against the denier's country, by another country, within
    REACT_REACH sentences: whom a denial answers ("Sudan accused the UAE of arming the RSF ... The UAE denied arming
    the RSF" answers Sudan, not the RSF)."""
    if state is None or not state.acts:
        return []
    src_countries = {s.country for s in sources}
    codes = {s.code for s in sources}
    for act in reversed(state.acts):
        if (
            act[0] in ACCUSATION_ROOTS and act[2] and act[3] and state.acts.age(act) <= REACT_REACH
            and not any(d.code in codes or d.country in src_countries for d in act[2])
            and any(t.country in src_countries for t in act[3])
        ):
            return [act[2][0]]
    return []


# Nouns for what a court decides: a reaction to one is on the court
COURT_VERDICTS = {"ruling", "verdict", "sentence", "judgment", "judgement", "conviction", "acquittal", "injunction", "trial"}


def _court_of_verdict(anchor: Token, sources: Sequence[Actor], actors: dict[int, Actor], state: ArticleState | None, noun: Token | None = None) -> list[Actor]:
    """The court a reaction to a verdict noun ("welcomed the ruling", "condemned the verdict", "called the sentence a
    scandal") is on: the court this sentence names (before the reaction), else the story's latest court; not the
    reactor itself. [] when the object is no verdict or the story names no court. ``noun``: the verdict noun, when it
    is no object of the verb ("abide by the ruling")."""
    found = [(noun, False)] if noun is not None else _reaction_objects(anchor)
    objects = [obj for obj, _ in found if obj.tag_ == "NN" and not any(
        c.dep_ == "prep" or (c.dep_ == "poss" and (c.lemma_.lower() not in ("court", "tribunal") or c.i in actors)) for c in obj.children
    )]  # ("the court's ruling": a court no one places is the story's court, react12)
    own = {s.code for s in sources}
    if any(obj.lemma_.lower() == "decision" and any(c.lower_ == "the" for c in obj.children) for obj in objects) and state is not None and state.told:
        # "Romania's Constitutional Court annulled the vote ... Lasconi criticised the decision": in a story whose
        # news (its first sentence's act) is a court's, "the decision" is the court's
        first = state.told[0][2]
        courts = [d for verb, doers, index in state.told if index == first for d in doers if d.role == "JUD" and d.code not in own]
        return courts[:1]
    if not any(obj.lemma_.lower() in COURT_VERDICTS for obj in objects):
        return []
    return _latest_court(anchor, own, actors, state)


def _latest_court(anchor: Token, own: set[str], actors: dict[int, Actor], state: ArticleState | None) -> list[Actor]:
    """The court this sentence names before ``anchor``, else the story's latest court, that is none of ``own`` (the
    codes of the one reacting to it or yielding to it); [] when the story names no court."""
    for i in sorted(actors, reverse=True):
        a = actors[i]
        if i < anchor.i and a.role == "JUD" and a.country and a.code not in own:
            return [replace(a, head=-1)]
    if state is not None:
        for a in reversed(state.history):
            if a.role == "JUD" and a.country and a.code not in own:
                return [replace(a, head=-1)]
    return []


NAMING_VERBS = {"call", "describe", "term", "label", "dub", "brand"}
STATE_NAMES = {"state", "regime", "government", "country", "nation", "organisation", "organization", "group", "entity", "movement"}


def _names_an_act(tok: Token, verdicts: Container[str] = frozenset()) -> bool:
    """Is the word "it" the object of a naming that judges a thing, not a state ("called it atrocious", "called it a
    constitutional coup"; not "called it a terrorist state")? Such an "it" is the act the story just told."""
    if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in REPORTING_VERBS:
        # '"It is a war crime," the minister said': a verdict said of "it" (not one that anticipates a clause: "it is
        # shocking to see ...")
        said = [c for c in tok.head.children if c.dep_ in ("attr", "acomp")]
        return any(w.lemma_.lower() in verdicts or w.lower_ in verdicts for v in said for w in (v, *v.children) if w.dep_ in ("attr", "acomp", "amod", "conj")) and not any(
            c.dep_ in ("xcomp", "ccomp") for v in (tok.head, *said) for c in v.children
        ) and all(v.lemma_.lower() not in STATE_NAMES for v in said)
    if tok.lower_ != "it" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in NAMING_VERBS:
        return False
    verdicts = [c for c in tok.head.children if c.dep_ in ("oprd", "acomp")]
    return bool(verdicts) and all(v.lemma_.lower() not in STATE_NAMES for v in verdicts)


def _doer_of_latest_act(tok: Token, actors: dict[int, Actor], state: ArticleState) -> Actor | None:
    """The first doer of the story's latest act (of an earlier sentence) by someone other than the naming (or saying)
    verb's subject."""
    subj = subject_of(tok.head) if tok.head.lemma_.lower() != "be" else subject_of(tok.head.head)
    speaker = actors.get(_np_head(subj).i) if subj is not None else None
    if speaker is None:
        return None
    return _latest_doer_against(speaker, state)


ASKING_ROOTS = {"02", "10"}
# "declined to comment", "refused to say whether ...": no answer to a question, no refusal of what was asked
UNSAID = {"comment", "say", "confirm", "elaborate", "discuss", "answer", "reveal", "disclose", "specify", "give", "identify", "name", "provide", "speak", "respond", "detail"}


def _names_no_target(m: PatternMatch) -> bool:
    """Has the match's pattern no TARGET slot? A raw dependency pattern has none when no node is named "target"
    ("Maduro said he would not step down", reject.future.*)."""
    if not m.pattern.has_target:
        return True
    return m.pattern.text == RAW_PATTERN.text and m.entry.dependency is not None and not any(n.get("RIGHT_ID") == "target" for n in m.entry.dependency)


# What a "respond to", "react to" answers that is no blow: words, asks and offers ("would respond to questions")
ANSWERED_WORDS = {
    "question", "query", "request", "letter", "invitation", "inquiry", "call", "proposal", "offer", "email", "message",
    "comment", "questionnaire", "appeal", "plea", "concern", "report", "petition", "survey", "need", "demand",
}


def _answers_words(anchor: Token) -> bool:
    """Does a "respond/react/reply" verb answer words or an ask ("would respond to questions from reporters")?"""
    return anchor.lemma_.lower() in ("respond", "react", "reply", "answer", "reciprocate") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "for") and any(p.dep_ == "pobj" and p.lemma_.lower() in ANSWERED_WORDS for p in c.children)
        for c in anchor.children
    )


def _refused_words(anchor: Token) -> bool:
    """Is what the verb refuses only words ("declined to comment", "refused to say", "declined comment")?"""
    return any(
        (c.dep_ == "xcomp" and c.lemma_.lower() in UNSAID) or (c.dep_ == "dobj" and c.lemma_.lower() in ("comment", "comments"))
        for c in anchor.children
    )


def _askers(sources: list[Actor], state: ArticleState | None, code: str = "") -> list[Actor]:
    """The first maker of the story's latest appeal or demand (roots 02, 10) to the sources' country, by another
    country, among its last eight acts (for a refusal that names no one); for a refusal of a change (``code`` 123x)
    with none from abroad, the latest ask at home for that change (x4k for 123k) to the speaker."""
    if state is None:
        return []
    countries = {s.country for s in sources if s.country}
    for act in reversed(state.acts[-8:]):
        if act[0] in ASKING_ROOTS and any(t.country in countries for t in act[3]) and act[2] and not any(d.country in countries for d in act[2]):
            return [act[2][0]]
    # none from abroad: for a refusal of a change (123x: leadership, policy, rights, institutions) the latest demand or
    # appeal at home for that same change, made to the speaker by others of its country ("protesters demanding the
    # resignation of Jeri ... Jeri said he would not step down"): a call for one thing is not answered by refusing
    # another
    if len(code) == 4 and code.startswith("123"):
        asks = lambda c: c[:2] in ASKING_ROOTS and c[2:] == "4" + code[3]  # noqa: E731
    elif code == "125":
        # talks refused answer a call for talks or an offer of them ("the government said it was open to talks with
        # the student leaders, but protest organisers said they would not negotiate")
        asks = lambda c: c.startswith(TALKS_ASKED)  # noqa: E731
    else:
        return _pressers(sources, state, code)
    codes = {s.code for s in sources}
    state_side = any(s.role in STATE_ROLES for s in sources)
    for act in reversed(state.acts[-8:]):
        if not asks(act[4]) or not act[2] or not any(t.code in codes or (state_side and t.code == t.country) for t in act[3]):
            continue
        if all(d.country in countries and d.code not in codes and not (state_side and d.role in STATE_ROLES) for d in act[2]):
            return [act[2][0]]
    return _pressers(sources, state, code)


# What presses a side to give in, for a refusal to give in that no ask precedes: criticism, threats, protests, cuts in
# relations, coercion (see _pressers)
PRESSURE_ROOTS = frozenset({"11", "13", "14", "16", "17"})


def _pressers(sources: list[Actor], state: ArticleState, code: str) -> list[Actor]:
    """For a refusal to give in or to change course (124x, 123x: "Tusk said his government would not back down",
    "the government said it would not reverse the decision", "Fico told parliament he would not resign") that no
    appeal or demand answers: the first doer of the latest pressure on the refuser (criticism, a threat, a protest, a
    cut in relations, coercion; PRESSURE_ROOTS) among the story's last eight acts, by another country, or at home by
    others of the refuser's country (a protest by the country's people, coded as the bare country, counts). Refusals
    of talks (125) and of a deal (120) are left to the asks alone."""
    if not code.startswith(("123", "124")):
        return []
    countries = {s.country for s in sources if s.country}
    codes = {s.code for s in sources}
    state_side = any(s.role in STATE_ROLES and s.code != s.country for s in sources)
    for act in reversed(state.acts[-8:]):
        if act[0] not in PRESSURE_ROOTS or not act[2]:
            continue
        if any(t.country in countries for t in act[3]) and all(d.country and d.country not in countries for d in act[2]):
            return [act[2][0]]  # from abroad
        on_speaker = any(t.code in codes or (state_side and t.country in countries and t.role in STATE_ROLES) for t in act[3])
        by_others = all(
            d.country in countries and d.code not in codes
            and not (state_side and d.role in STATE_ROLES and not (act[0] == "14" and d.code == d.country))
            for d in act[2]
        )
        if on_speaker and by_others:
            return [act[2][0]]
    return []


TALKS_ASKED = ("026", "108", "036", "039")  # calls, demands and offers of talks or mediation


def _latest_doer_against(speaker: Actor, state: ArticleState) -> Actor | None:
    """The first doer of the story's latest act by another country than the speaker's, else by the other side at home;
    none when the latest act is the speaker's own ("carried out the kidnapping and said it was a mistake")."""
    if state.acts and any(
        d.code.startswith(speaker.code) or (speaker.code.startswith(d.code) and d.role is not None and d.role not in STATE_ROLES) for d in state.acts[-1][2]
    ):
        return None  # (the same actor, or one of its arms: the ELN and "Colombia's ELN rebels"; not Israel for its president)
    for act in reversed(state.acts):
        if act[4][:3] in _APPROVALS15:
            continue  # code15: "Michel welcomed the deal, and Blinken said it was an important step": the deal, not the welcome
        doers = [d for d in act[2] if d.country and d.country != speaker.country]
        if doers and not any(d.country == speaker.country for d in act[2]):
            return doers[0]
    # none by another country: the latest act at home by the other side (a group's for a state, a state's or another
    # group's for a group; "Kaczynski called it a violation of the constitution" after the government's purge), an
    # act of policy or force, not what someone said, protested or asked for
    state_side = speaker.role in STATE_ROLES
    for act in reversed(state.acts):
        if act[4][:2] in NOT_DECISIONS or act[1] in SPEECH_VERBS:
            continue
        doers = [d for d in act[2] if d.country == speaker.country and d.code != speaker.code and not (state_side and d.role in STATE_ROLES)]
        if doers and len(doers) == len(act[2]):
            return doers[0]
    return None


def _remember_acts(state: ArticleState, events: Sequence[Event], anchor: Token) -> None:
    """Keep the acts one verb coded, by code, for the event nouns of later verbs and sentences to refer to."""
    by_code: dict[tuple[str, str], tuple[dict, dict]] = {}
    for e in events:  # in the order the sentence names them (dicts as ordered sets)
        doers, done_to = by_code.setdefault((e.action_root, e.action), ({}, {}))
        doers[(e.source, e.source_country, e.source_role, e.source_text)] = None
        done_to[(e.target, e.target_country, e.target_role, e.target_text)] = None
    verb = anchor.lemma_.lower()
    for (root, code), sides in sorted(by_code.items()):
        doers, done_to = (tuple(Actor(c, country, role, text, "", AGENT, -1) for c, country, role, text in side) for side in sides)
        state.acts.append((root, verb, doers, done_to, code))


# "the decision", "the move": the story's news, an act of policy (see Coder._doers_of_event_noun), not a statement,
# an appeal, a meeting, a rejection or a criticism, nor praise
GENERIC_ACT_NOUNS = {"decision", "move", "step", "measure", "announcement", "action"}
NOT_DECISIONS = {"01", "02", "04", "11", "12", "14"}
SPEECH_VERBS = {"warn", "threaten", "say", "tell", "vow", "swear", "urge", "ask", "call", "express", "voice"}  # ... nor words
NOT_DECISION_CODES = {"050", "051", "052", "053"}
# What a denial answers: accusations and criticism (11x), and charges (17x)
ACCUSATION_ROOTS = {"11", "17"}
# Nouns made from verbs that do not follow the suffix rules of _verbs_of.
NOMINALS = {
    "detention": ("detain",), "expulsion": ("expel",), "seizure": ("seize",), "closure": ("close",), "strike": ("strike", "hit"),
    "conviction": ("convict",), "intervention": ("intervene",), "visit": ("visit",), "arrest": ("arrest", "detain"),
    "release": ("release", "free"), "ban": ("ban",), "blockade": ("blockade",), "raid": ("raid",), "sanction": ("sanction",),
    "trip": ("visit", "travel"), "journey": ("visit", "travel"), "veto": ("veto", "block"), "recall": ("recall",),
    "recognition": ("recognise", "recognize"), "verdict": ("sentence", "convict", "acquit", "find", "rule"),
    "sentence": ("sentence", "convict"), "downing": ("shoot", "down"), "killing": ("kill", "shoot", "murder"),
    "test": ("test", "detonate", "launch", "fire"), "launch": ("launch", "fire"), "deployment": ("deploy", "send", "dispatch", "arrive"),
    "transfer": ("transfer", "deport", "send", "fly", "move"),
    "incursion": ("send", "enter", "cross", "sail", "fly", "intrude"),  # "sent warships into Japanese waters ... the incursion" (react12)
    "investigation": ("investigate", "probe", "raid", "search"), "probe": ("probe", "investigate", "raid", "search"),
    # (actors13) a law, a treaty or a bid passed by a vote: "parliament approved Sweden's bid ... welcomed the
    # ratification", "the assembly passed the law ... condemned its passage"
    "passage": ("pass", "adopt", "approve"), "ratification": ("ratify", "approve", "pass", "adopt"),
    "approval": ("approve", "ratify", "pass", "adopt"), "adoption": ("adopt", "pass", "approve"),
}
VISIT_NOUNS = {"trip", "journey", "visit"}  # ... and any act coded as a visit ("Orban met Putin in Moscow ... criticised the trip")
VISIT_CODE = "042"
# Nouns for an act no verb table gives, said of their doer named in front or in a "by"/"from" phrase: "rejected what he
# called U.S. interference", "the criticism from Washington" (see _doers_named_on)
OPINION_NOUNS = {"interference", "meddling", "pressure", "aggression", "criticism", "condemnation", "remarks", "comments", "statement"}


def _verbs_of(noun: str) -> frozenset[str]:
    """The verbs a noun may be made from: closure → close, deployment → deploy, suspension → suspend, ruling → rule,
    withdrawal → withdraw, deportation → deport."""
    found = _VERBS_OF.get(noun)
    if found is not None:
        return found
    out: set[str] = set(NOMINALS.get(noun, ()))
    for suffix, endings in _NOMINAL_SUFFIXES:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
            stem = noun[: -len(suffix)]
            out.update(stem + e for e in endings)
            if suffix == "ing" and len(stem) > 3 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "stopping" → stop
    found = _VERBS_OF[noun] = frozenset(out)
    return found


_NOMINAL_SUFFIXES = (
    ("ification", ("ify",)),  # "the ratification" -> ratify, "the notification" -> notify (actors13)
    ("ment", ("",)), ("al", ("", "e")), ("ure", ("", "e")), ("ing", ("", "e")), ("ation", ("", "e", "ate")),
    ("ition", ("ite", "e")), ("tion", ("te", "t")), ("sion", ("d", "de", "t")), ("ion", ("", "e")),
)
_VERBS_OF: dict[str, frozenset[str]] = {}
_DENIALS = frozenset({
    "deny", "denies", "denied", "denying", "mediate", "mediated", "mediates", "mediating", "host", "hosted", "hosts",
    "hosting", "retaliate", "retaliation", "respond", "response", "vow", "vowed", "vows",
    "refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining",  # (who asked)
})  # verbs whose other party the story's memory supplies (see _screen)
# The pre-filter's act nouns: "the <noun>" counts as a reference to an actor (the doer of the act it names).
_REFERRING_ACTS = frozenset(EVENT_NOUNS) | GENERIC_ACT_NOUNS | frozenset(NOMINALS) | {
    "deployment", "suspension", "withdrawal", "ruling", "imposition", "annexation", "extradition", "recognition",
    "mobilisation", "mobilization", "cancellation", "postponement", "resumption", "restriction", "retaliation",
    "escalation", "dissolution", "nomination", "appointment", "dismissal", "removal", "shutdown", "sentencing",
    "designation", "delay", "incursion", "abduction", "kidnapping", "assassination", "bombardment", "interception",
    "verdict", "judgment", "judgement", "law", "bill", "legislation", "decree",
    "tariff", "sanction", "embargo",  # "Beijing has removed most of the tariffs" (those imposed before)
    "ratification", "approval", "adoption", "passage",  # "Hungary's parliament ratified ... welcomed the ratification" (actors13)
} | MADE_THINGS


def _acts_named(noun: str, roots: frozenset[str], state: ArticleState) -> list[tuple[tuple[Actor, ...], tuple[Actor, ...]]]:
    """The (doers, targets) of the latest acts an event noun can refer to, latest first: those named by the same word
    ("attacked" … "the attack"), whatever they were coded as ("fighters attacked the embassy", a riot, is still the
    attack a condemnation refers to), else by a verb for it ("signed" … "the pact"), else the latest acts of that kind."""
    acts = [a for a in state.acts if state.acts.age(a) <= REACT_REACH]
    same = [(doers, done_to) for root, verb, doers, done_to, _ in acts if verb == noun or verb in _verbs_of(noun)]
    near = [(doers, done_to) for root, verb, doers, done_to, _ in acts if verb in NOUN_VERBS.get(noun, ()) and root in roots]
    # a riot is an attack too: "protesters threw rocks and petrol bombs at the troops ... condemned the attacks"
    # (of root 05 only a signing is a deal: a welcome of one is no deal itself, code15)
    kind = [(doers, done_to) for root, _, doers, done_to, code in acts if (root in roots and (root != "05" or code[:3] == "057")) or (noun in RIOT_ATTACKS and code.startswith("145") and roots & _FIGHTING) or (
        noun == "strike" and code.startswith("143")  # crit13: "the unions began a general strike ... called the strike blackmail"
    )]
    return list(reversed((same or near or kind)[-3:]))


CRITICISM_NOUNS = {"criticism", "condemnation", "rebuke", "censure"}  # answered to who said something last, when none is coded
RIOT_ATTACKS = {"attack", "assault", "violence"}  # nouns a violent protest (145) is referred to by


# Acts only a state does (arrest, expel, try, investigate): done in a place by no one named, they are that state's.
STATE_ACT_ROOTS = {"09", "17"}
# Participles that say what the subject is busy with, not what was done to it ("were engaged in", "is involved in").
STATE_PASSIVES = {"engage", "involve"}


# Weapons and attackers with no name: the source of their attack is the country where it happens.
# Demands, protests and appeals for a change of leaders (CAMEO x41): by nature about the demanders' own state.
LEADERSHIP_CODES = {"0241", "1041", "1411", "1421", "1431", "1441", "1451"}


def _blast_of(anchor: Token) -> Token | None:
    """The unnamed attacker a passive verb names in a phrase: "killed in a car bomb explosion", "wounded by a mine"."""
    for child in anchor.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("in", "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (pobj.lemma_.lower() in UNNAMED_ATTACKERS or pobj.lemma_.lower() == "attack" and any(c.lemma_.lower() in UNNAMED_ATTACKERS for c in pobj.lefts)):
                    return pobj
    return None


CLASH_NOUNS = {"clash", "fighting", "battle", "gunfight", "skirmish", "firefight", "shootout", "confrontation", "exchange"}


EXPEL_VERBS = {"expel", "deport"}  # "was expelled from X", "deported from X": by X's state


def _expelled_from(anchor: Token, actors: dict[int, Actor]) -> str | None:
    """The country an expulsion by no one named is from: "A French journalist was expelled from Burkina Faso"."""
    if anchor.lemma_.lower() not in EXPEL_VERBS:
        return None
    return _country_after(anchor, actors, ("from",))


def _in_support(anchor: Token) -> bool:
    """Is a protest "in support of" or "in solidarity with" someone ("rallied in London in support of Palestinians"), or
    held "to celebrate", "to mourn" something? Then it is no protest against the place it is held in."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("in", "of") and any(n.dep_ == "pobj" and n.lemma_.lower() in ("support", "solidarity") for n in c.children))
        or (c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in FESTIVE and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in anchor.children
    )


# A march "to celebrate", "to mourn", "to honour" someone or something is no protest against the place it is held in.
FESTIVE = {"celebrate", "commemorate", "mourn", "honor", "honour", "remember", "mark", "support", "welcome", "cheer", "thank"}


LONE_ROLES = {"UAF", "REB", "INS", "CRM"}  # the armed men no one names: one of them alone is no party
def _killed(anchor: Token) -> bool:
    """Does a verb of force say its object died: "killed", "assassinated", "shot dead", "stabbed to death"?"""
    return anchor.lemma_.lower() in ("kill", "assassinate", "murder", "slay") or any(
        c.lower_ == "dead" or (c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children)) for c in anchor.children
    )


PARTY_HEADS = {"party", "alliance", "front", "movement", "congress", "coalition"}
# members of a party by its name's creed: "the Socialists", "Democrats"
PARTY_MEMBERS = {"socialists", "democrats", "republicans", "conservatives", "communists", "liberals", "greens", "social democrats", "christian democrats", "tories", "peronists", "gaullists", "labour"}


def _party_name(head: Token) -> bool:
    """Is a noun phrase the name of a party no dictionary knows: "People's Party", "the Democratic Alliance", "the
    Socialists" (capitalised, with a name in front for a party word)?"""
    if head.lower_ in PARTY_MEMBERS and head.pos_ == "NOUN" and head.text[:1].isupper() and head.i > head.sent.start:
        return True  # "The opposition Socialists joined forces", the model's plural noun mid-sentence (actors14)
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return False
    if head.lower_ in PARTY_MEMBERS:
        return True
    return head.lower_ in PARTY_HEADS and any(c.dep_ in ("compound", "amod", "poss") and c.text[:1].isupper() and c.i < head.i for c in head.children)


# Words of a demand, threat or veto at home that one named actor makes of its own state (Coder._lone_actor_event)
# A lone actor making a law, a resolution, a ruling or sanctions (ArticleState.made): the pre-filter keeps the sentence
LONE_MAKING_FORMS = frozenset({"passed", "adopted", "approved", "enacted", "imposed", "issued", "ruled", "voted", "slapped", "introduced", "unveiled"})
LONE_MADE_FORMS = frozenset({"law", "laws", "bill", "legislation", "resolution", "ruling", "sanctions", "tariffs", "decree", "ban", "amendment", "verdict", "embargo"})
LONE_TELLING_FORMS = frozenset({"ruled", "voted"})  # "The court ruled that ...": the ruling's maker, told by the verb
# Forms of the custody verbs (CUSTODY_VERBS): with a crowd word and one state agency named by its country, the
# pre-filter keeps the sentence (Coder._lone_actor_event)
CUSTODY_FORMS = frozenset({
    "arrested", "detained", "jailed", "imprisoned", "apprehended", "held", "charged", "indicted", "convicted", "sentenced",
    "executed", "hanged", "released", "freed", "deported", "recaptured", "rearrested",
})
LONE_DEMAND_FORMS = frozenset({"veto", "vetoed", "vetoes", "vetoing", "demand", "demanded", "demands", "demanding", "threaten", "threatened", "threatens", "threatening"})
# A threat at home is one of dissent: "warned that protests would resume", not "warned that it would be a recipe for war"
DISSENT_WORDS = {"protest", "strike", "boycott", "demonstration", "march", "rally", "walkout", "sit-in", "shutdown", "blockade", "disobedience"}
# Forces a state deploys at home (troops, police), and words that say the deployment faces abroad
HOME_FORCE_NOUNS = {"troop", "troops", "soldier", "police", "officer", "army", "military", "guard", "force", "reinforcement", "gendarme", "policeman", "personnel", "unit", "paramilitary"}
FACING_ABROAD = {"border", "frontier", "abroad", "sea", "strait", "gulf", "overseas", "front", "frontline", "line", "coast", "island", "islands"}


def _deployed_at_home(anchor: Token) -> bool:
    """Does a deployment verb send troops or police (its object), with nothing that faces abroad (a border, a sea)?"""
    objs = [c for c in anchor.children if c.dep_ == "dobj"]
    objs += [_deployed_head14(c) for c in anchor.children if c.dep_ == "nsubjpass"]  # "The army was deployed" (home14)
    objs += [cj for o in objs for cj in o.conjuncts]
    if not any(o.lemma_.lower() in HOME_FORCE_NOUNS or o.lower_ in HOME_FORCE_NOUNS for o in objs):
        return False
    return not any(t.lemma_.lower() in FACING_ABROAD for t in anchor.subtree)


_PARTY_NAME_RE = re.compile(r"\b[A-Z][\w-]*(?:'s)? (?:Party|Alliance|Front|Movement|Congress|Coalition)\b|\b(?:" + "|".join(w.title() for w in PARTY_MEMBERS) + r")\b")


# What an opposition at home rejects, and whose it is: an election's result (the state's), a verdict (the courts')
HOME_VERDICTS = {"result": "GOV", "outcome": "GOV", "tally": "GOV", "count": "GOV", "verdict": "JUD", "ruling": "JUD", "sentence": "JUD"}


def _unknown_full_name(head: Token, role_only: dict[int, str], actors: dict[int, Actor]) -> bool:
    """Is a noun phrase a person's full name no dictionary knows ("Marlon Vargas"): a capitalised first name and
    surname, no article, no role or actor of the codebook's in it?"""
    return (
        head.pos_ == "PROPN" and head.i not in role_only and head.i not in actors and not any(c.dep_ == "det" for c in head.children)
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == head.i - 1 and c.text[:1].isupper() for c in head.children)
        and not any(t.i in role_only or t.i in actors or t.i in head.doc.user_data.get(_TERM_WORDS, ()) for t in head.subtree)
    )


HOME_DEMANDERS = {"OPP", "PTY", "CVL", "LAB", "EDU", "HRI", "LEG", "AGR"}  # who demands of its own government


ONE_PERSON_ROOTS = {"09", "17", "18", "19"}  # what a state's police, courts and spies do to one person (Coder._event_of)


def _private_person(head: Token, role_only: dict[int, str], code: str) -> bool:
    """Is a target one person no dictionary knows: an attacker no one names ("the gunman", "the attacker", "a suspect")
    or, for an inquiry or an arrest, a name no one knows ("Begona Gomez")?"""
    if head.tag_ not in ("NN", "NNP") or any(c.dep_ == "nummod" for c in head.children):
        return False  # "seven people", "two suspects": a number is a group, placed by the other rules
    if head.lemma_.lower() in UNNAMED_ATTACKERS or role_only.get(head.i) in LONE_ROLES:
        return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in head.children)
    # a first name and a surname, no article ("the Interior Ministry") and no role of the codebook's in it
    return (
        code[:2] in ("09", "17") and head.pos_ == "PROPN" and head.i not in role_only and not any(c.dep_ == "det" for c in head.children)
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == head.i - 1 and c.text[:1].isupper() for c in head.children)
        and not any(t.i in role_only or t.i in head.doc.user_data.get(_TERM_WORDS, ()) for t in head.subtree)
    )


ASSASSIN_VERBS = {"shoot", "stab", "assassinate", "gun"}  # what an assassin no one names does (a passive with no doer)
POLITICAL_VICTIMS = {"GOV", "LEG", "OPP", "JUD", "ELI", "PTY"}  # ... unless the blow is at politics (Coder._political_victim)


def _lone_individual(head: Token) -> bool:
    """Is a bare role noun one person no one names ("a gunman", "an attacker"): singular, with "a" or "an"?"""
    return (
        head.tag_ == "NN" and head.lemma_.lower() not in PARTITIVES and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)  # "a group of armed men"
    )


# Acts a noun names as the subject of a verb with its parties on it ("the arrest of X by Y", "Y's condemnation of X",
# Coder._noun_events: "noun.act"): disapproval, coercion, assault, force. Nouns the other noun rules code, or that
# name no act of one party on another, are left out.
ACT_NOUN_ROOTS = {"11", "16", "17", "18", "19", "20"}
ACT_NOUN_EXCLUDED = {"visit", "talk", "meeting", "fighting", "clash", "exchange", "operation", "war", "violence"}


def _agent_after_with(anchor: Token) -> Token | None:
    """The doer of a passive verb whose "by" phrase the parser hangs on its "with" noun: "was hit with new sanctions by
    the European Union", "was threatened with a nuclear strike by a senior Russian official"."""
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    for by in noun.children:
                        if by.dep_ in ("prep", "agent") and by.lower_ == "by":
                            return next((o for o in by.children if o.dep_ == "pobj"), None)
    return None


def _clash_partner(anchor: Token) -> Token | None:
    """The other side of a clash a passive verb happened in: "were killed in a clash with Chinese troops" → troops."""
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in CLASH_NOUNS:
                    for w in noun.children:
                        if w.dep_ == "prep" and w.lower_ == "with":
                            return next((o for o in w.children if o.dep_ == "pobj"), None)
    return None


UNNAMED_ATTACKERS = {
    "bomb", "bomber", "bombing", "explosion", "blast", "device", "ied", "mine", "landmine", "attacker", "assailant",
    "sniper", "gunfire",
}


# The verbs that name the act an event noun refers back to: "signed a treaty" … "the pact".
_SIGN = frozenset({"sign", "conclude", "seal", "ink", "reach", "agree", "strike"})
NOUN_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(["pact", "deal", "agreement", "treaty", "accord"], _SIGN),
    "killing": frozenset({"kill", "murder", "massacre"}), "invasion": frozenset({"invade"}),
    "arrest": frozenset({"detain", "seize"}), "detention": frozenset({"arrest", "detain"}),
    "attack": frozenset({"strike", "bomb", "shell", "raid"}), "strike": frozenset({"attack", "bomb", "hit"}),
    "sanction": frozenset({"impose", "sanction"}), "execution": frozenset({"execute"}),
}


# Reciprocal acts coded one way when the sentence names who acted on whom: "Merkel spoke by phone with Putin", "Pompeo
# met the foreign ministers" are the subject's consultations of the object (as news coders code them); "X and Y met"
# still codes both directions. Signed deals, relations and clashes stay both ways: both sides do them.
ONE_WAY_WITH_OBJECT = {"04"}
MEETING_CODES = {"040", "044"}  # ... but a meeting in one party's country is its hosting and the other's visit
TALKS_HELD = {"hold", "have"}  # "held talks with Sisi in Cairo" is a meeting there too (the others' visit, his hosting)


# Force whose doers say what kind of act it is (CAMEO's own distinctions): a crowd that storms, burns or stones is
# rioting (145), not a military attack, when it is aimed at a state or a place; a state's police using force on its
# own civilians is repression (175).
CROWD_NOUNS = {"protester", "protestor", "demonstrator", "crowd", "mob", "rioter", "supporter", "marcher", "youth"}
RIOT_ROOTS = {"18", "19", "20"}
REPRESSION_ROOTS = {"18", "19"}
# home13: a state's police killing its own civilians in numbers (20) during protests represses them too ("protests in
# which security forces have killed more than 350 people"); a massacre told as no crackdown on a protest stays 202
PROTEST_EVENT_WORDS = {"protest", "demonstration", "unrest", "uprising", "crackdown", "rally", "riot", "march"}


def _by_parties(action, source: Actor, target: Actor, doc: Doc, actions, anchor: Token | None = None):
    """The action, or the code its parties make of it: ``protesters stormed parliament`` is 145, ``police shot dead
    22 people`` (the police's own country's civilians) is 175."""
    new = None
    if (
        action.root in RIOT_ROOTS and source.kind == AGENT and source.role in ("CVL", "OPP") and source.head >= 0
        and (
            (target.role in STATE_ROLES and (doc[source.head].lemma_.lower() in CROWD_NOUNS or doc[source.head].lower_[:-1] in CROWD_NOUNS))  # ("Mobs": home14)
            or doc[source.head].lower_ in ("rioters", "rioter")  # "rioters attacked a hotel housing asylum seekers"
        )
    ):  # on a state, its forces or a place (a mob that beats a student to death assaults him); rioters riot
        new = "145"
    elif (
        (action.root in REPRESSION_ROOTS or (action.root == "20" and any(t.lemma_.lower() in PROTEST_EVENT_WORDS and t.pos_ == "NOUN" for t in doc)))
        and source.role == "COP" and target.role == "CVL" and source.country and source.country == target.country
    ):
        new = "175"
    elif action.code.startswith("145") and source.role in ARMED_NONSTATE_ROLES and len(source.code) <= 6:
        # "A gunman stormed Azerbaijan's embassy", "militants set fire to a police station": a riot's act done by
        # armed men no one names, not a crowd, is unconventional violence (a named warring force is left to its own
        # patterns: docs/loop.md)
        new = "180"
    elif action.code == "190" and source.role == "CRM":
        new = "180"  # "gangs killed 62 people": criminals use no conventional military force
    elif (
        action.code in ("190", "195") and anchor is not None and anchor.lemma_.lower() in ("kill", "assassinate") and target.personal
        and (target.kind == PERSON or target.noun in LEADING_NOUNS) and target.head >= 0 and doc[target.head].tag_ in ("NN", "NNP") and not any(c.dep_ in ("nummod", "conj") for c in doc[target.head].children)
    ):
        # "A U.S. drone strike killed Iranian commander Qassem Soleimani", "an Israeli strike killed Hezbollah
        # commander Fuad Shukr": force that kills one named person is a killing of that person (assassinate)
        new = "186"
    elif (sanction := _sanction_not_cut(action, source, target)) is not None:
        new = sanction  # a 160 on one's own officials or on the press (code12)
    elif _court_restrains_own15(action, source, target) and "172" in actions:
        new = "172"  # "A Dutch court ordered the government to halt exports" (gov15)
    elif (
        action.code == "062" and anchor is not None and anchor.lemma_.lower() in ("send", "deploy", "dispatch") and source.role in STATE_ROLES
        and source.country and source.country == target.country
    ):
        new = "154"  # "Yoon sent troops to the National Assembly": troops sent to one's own place or organ are a show of force (code12)
    elif (
        (action.code == "140" or action.code.startswith("141")) and anchor is not None and anchor.lemma_.lower() == "protest"
        and _state_itself(source)
    ) and source.country != target.country:
        new = "114"  # "Moscow protested the detentions", "China protested the vessel's intrusion": a state's complaint (code12)
    elif (own := _code14_by_parties(action, source, target, anchor)) is not None:
        new = own  # crowds blocking a crossing (144), an unarmed person shot by no state's force (18x): code14
    return actions.get(new, action) if new else action


ARMED_NONSTATE_ROLES = {"REB", "CRM", "UAF", "INS"}
# whose killing by force is an assassination (186), with a named person: not "a police officer", "two soldiers"
LEADING_NOUNS = {"leader", "commander", "chief", "general", "minister", "president", "head", "founder", "mastermind", "premier"}


# Acts a country may do to itself (to its own government, people, regions or forces, or they to it): appeals and
# promises (02, 03: "pledged to restore electricity to Tigray"), yielding (08), investigating (09), demands (10),
# rejecting (12), threatening (13: "threatened a curfew in Algiers"), posture (15), coercion (17), force (18-20);
# protests (14) against one's own country, by people (not by the country itself). Statements, consultations,
# cooperation, praise, disapproval and cutting relations are between a state and others.
SELF_PAIR_ROOTS = {"02", "03", "08", "09", "10", "12", "13", "15", "17", "18", "19", "20"}


def _state_and_itself(src: Actor, tgt: Actor, root: str) -> bool:
    """Is the pair a country and itself (its own government, people or arm), in an act no country does to itself
    ("FINGOV FIN 010", "HTIGOV HTI 057", "JPN JPNGOV 114")?"""
    if not src.country or src.country != tgt.country or root in SELF_PAIR_ROOTS:
        return False
    bare_src = src.role is None and src.code == src.country and src.kind in (COUNTRY, CAPITAL)  # not a people: "Iranians"
    bare_tgt = tgt.role is None and tgt.code == tgt.country and tgt.kind in (COUNTRY, CAPITAL)
    if root == "14":
        return bare_src  # "Israel supporters held a counter-protest" read as ISR -> ISRGOV
    return bare_src or bare_tgt


# Force on a place of the state's own country (see _on_own_ground).
OWN_GROUND_ROOTS = _FIGHTING


def _at_home(actor: Actor, place: str) -> bool:
    """Is the actor the state of ``place`` (itself or an arm of it; not a people, nor a role noun that took the story's
    country)?"""
    return actor.country == place and actor.role in STATE_ROLES and actor.kind != DEMONYM and actor.rule_id != LOCUS_RULE


# Populated places a force hits with no name on them ("bombed villages", "shelled residential neighbourhoods").
PLACE_NOUNS = frozenset({
    "village", "town", "city", "area", "neighbourhood", "neighborhood", "district", "settlement", "camp", "hamlet",
    "suburb", "locality", "community", "township",
})


def _bare_place_hit(anchor: Token) -> Token | None:
    """The object of a force verb that is a populated place with no name on it: "bombed villages", "kept shelling
    civilian areas", "strikes on several towns" (no proper name in it, which the dictionaries place)."""
    objs = [c for c in anchor.children if c.dep_ == "dobj"]
    objs += [g for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"]
    for obj in objs:
        if obj.lemma_.lower() in PLACE_NOUNS and obj.tag_ in ("NNS", "NN") and not any(
            t.pos_ == "PROPN" or t.dep_ in ("poss", "prep", "relcl", "acl") for t in obj.children
        ) and not any(t.lower_ in ("its", "their", "his", "her", "our") for t in obj.lefts):
            return obj
    return None


def _own_ground_hit(m: PatternMatch, code: str, sources: list[Actor], state: ArticleState | None, actors: dict[int, Actor]) -> Token | None:
    """The populated place no one names (_bare_place_hit) that a state's own forces hit, realised, in a story about
    their own country whose fighting is at home (_war_at_home): "the army had kept bombing villages"; else None."""
    if code[:2] not in OWN_GROUND_ROOTS or m.mood is not None or state is None or not state.locus or not all(_at_home(s, state.locus) for s in sources):
        return None
    hit = _bare_place_hit(m.anchor)
    return hit if hit is not None and _war_at_home(state, actors) else None


HOSTILE_ROOTS = frozenset({"13", "15", "16", "17", "18", "19", "20"})


def _war_at_home(state: ArticleState, actors: dict[int, Actor]) -> bool:
    """Is the story's fighting so far at home: no hostile act coded between its country and another, and no other
    country named in this sentence ("Russia attacked Ukraine. Russian forces shelled several villages" is no shelling
    of Russia's own villages)?"""
    home = state.locus
    if any(a.country and a.country != home and a.kind in (COUNTRY, CAPITAL) for a in actors.values()):
        return False
    for act in state.acts:
        if act[0] in HOSTILE_ROOTS and any(p.country and p.country != home for p in act[2] + act[3]):
            return False
    return True


def _on_own_ground(place: str, actors: dict[int, Actor], state: ArticleState | None, rule_id: str) -> Actor:
    """Whom a state's force on a place of its own country is used on: the armed group of that country the story names
    last (this sentence first), else the civilians of the place."""
    named = [actors[i] for i in sorted(actors, reverse=True)] + (list(reversed(state.history)) if state is not None else [])
    rebels = next((a for a in named if a.country == place and a.role in ARMED_ROLES), None)
    if rebels is not None:
        return Actor(rebels.code, rebels.country, rebels.role, rebels.text, rebels.rule_id, rebels.kind, -1, rebels.noun)
    return _of_place(place, "CVL", rule_id)


def _meeting_place(anchor: Token, actors: dict[int, Actor]) -> str | None:
    """The country of the place a meeting is in, named as the place itself on the verb or its object ("met Pompeo in
    Jeddah"; not "at a lunch hosted by the ambassador of Morocco")."""
    return _country_after(anchor, actors, ("in", "at"))


def _country_after(anchor: Token, actors: dict[int, Actor], preps: tuple[str, ...]) -> str | None:
    """The country of a country or capital that is the object of one of ``preps`` on ``anchor`` itself."""
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for pobj in prep.children:
                actor = actors.get(pobj.i) if pobj.dep_ == "pobj" else None
                if actor is not None and actor.kind in (COUNTRY, CAPITAL) and actor.country:
                    return actor.country
    return None


ENDORSE_VERBS = {"support", "back", "value", "appreciate", "endorse", "welcome", "praise", "applaud", "commend", "hail", "cherish"}
ENDORSE_SUBJECTS = {"it", "we", "he", "she"}


def _endorsement_told(anchor: Token, pairs, actors: dict[int, Actor]) -> str | None:
    """The code of what a statement tells when it is the speaker's own endorsement: "Xi told Lula that China valued its
    strategic partnership with Brazil", "Kim told Putin that North Korea fully supported Russia's fight" (051, praise
    or endorse), its subject the speaker's own country or a pronoun, its object the listener's country or a thing of
    it; not negated, not a modal or a future."""
    clause = next((c for c in anchor.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.lemma_.lower() not in ENDORSE_VERBS or blocked_reason(clause) is not None or mood(clause) is not None:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    own, theirs = {s.country for s, _ in pairs}, {t.country for _, t in pairs}
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if obj is None or not any(t.i in actors and actors[t.i].country in theirs for t in obj.subtree):
        return None  # the listener's country, or a thing of it, is what is endorsed ("India supported peace" is not)
    if subj.lower_ in ENDORSE_SUBJECTS or (subj.i in actors and actors[subj.i].country in own):
        return "051"
    return None


def _by_phone(anchor: Token) -> bool:
    """Was the statement made in a phone call ("told X in a phone call", "by telephone", "over the phone")?"""
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "by", "over", "during"):
            for noun in prep.children:
                if noun.dep_ == "pobj" and (noun.lemma_.lower() in ("phone", "telephone", "videoconference") or (
                    noun.lemma_.lower() == "call" and any(c.lemma_.lower() in ("phone", "telephone", "video") for c in noun.lefts)
                )):
                    return True
    return False


# Statements and consultations (roots 01, 04) whose target is only their audience: the press, a crowd.
FORCE_MEANS = {"kill", "storm", "shoot", "raid", "bomb", "shell", "attack"}


def _done_by_force(anchor: Token) -> bool:
    """Is the verb's act done by force its own subject uses: a participle adjunct ("..., killing all 33 militants") or
    an "after"/"by" gerund ("after killing the last gunmen") of killing, storming, shooting ... on the verb itself?
    (Not asked of an agreement: the small model hangs the toll of the fighting before a truce on "agreed".)"""
    for c in anchor.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in FORCE_MEANS and not any(g.dep_ in ("nsubj", "mark") for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("after", "by") and any(g.dep_ == "pcomp" and g.lemma_.lower() in FORCE_MEANS for g in c.children):
            return True
    return False


FORUM_PREPS = {"with", "to"}  # "filed a complaint with the U.N. Security Council"


def _accused_before(state: ArticleState | None, complainers: set) -> Actor | None:
    """The first doer, of another country, of the story's latest hostile act (roots 11-13, 16-20) on one of the
    complainers' countries (or on no one named)."""
    if state is None:
        return None
    for root, _, doers, done_to, _ in reversed(state.acts):
        if root not in _HOSTILE_ROOTS or (done_to and not any(t.country in complainers for t in done_to)):
            continue
        found = next((d for d in doers if d.country and d.country not in complainers), None)
        if found is not None:
            return found
    return None


DENIED_VICTIMS = {"CVL"}  # a denial's target is never its own country's civilians (see _event_of)
VERBAL_CLASH_VERBS = {"clash", "spar", "feud"}
POLITICAL_ROLES = {"GOV", "LEG", "OPP", "ELI", "JUD"}  # who clashes only in words (no force, police, rebels, crowds)
CLASHING_IN_WORDS = POLITICAL_ROLES | {"PTY"}  # ... parties too
COMMAND_VERBS = {"order", "instruct", "direct", "command"}
COMMANDED_ROLES = {"MIL", "COP", "SPY"}
JOINT_ROOTS = {"03", "05", "06"}  # cooperation, which two forces of one state owe each other (see _event_of)


def _own_command(src: Actor, tgt: Actor) -> bool:
    """Is an order from a government or an army to forces of its own country (Coder._event_of)?"""
    return bool(src.country) and src.country == tgt.country and src.role in ("GOV", "MIL") and tgt.role in COMMANDED_ROLES


AUDIENCE_ROOTS = {"01", "04"}
AUDIENCE_NOUNS = {"reporter", "journalist", "correspondent", "press", "crowd", "audience", "gathering", "congregation", "newsman"}
# ... and the venues a statement is made to (root 01 only): the venue, and a place or body it names, is no party
VENUE_NOUNS = {
    "conference", "briefing", "court", "tribunal", "hearing", "session", "television", "radio", "station",
    "broadcaster", "newspaper", "interview", "rally", "summit", "forum", "meeting", "ceremony", "podcast",
}
HOUSES = {"parliament", "legislature", "assembly", "congress", "senate"}  # venues only of their own country's speakers


def _audience(actor: Actor, doc: Doc, code: str, anchor: Token | None = None, speaker: Actor | None = None) -> bool:
    """Is the actor the audience of a statement: the media told something, or a crowd or reporters no name makes a
    party, or a venue a statement is made to and whatever it names ("told a news conference in Helsinki", "told
    parliament", "told the court in The Hague")? (A visit to "Russia today" is to Russia, whatever the dictionary
    says of the broadcaster.)"""
    if actor.role == "MED" and code[:2] == "01":
        return True
    if anchor is not None and code[:2] == "01" and actor.head >= 0:
        for c in anchor.children:
            venue = c.lemma_.lower()
            if c.dep_ in ("dobj", "dative") and c.left_edge.i <= actor.head <= c.right_edge.i and (
                venue in VENUE_NOUNS or (venue in HOUSES and speaker is not None and speaker.country == actor.country)
            ):
                return True  # (a foreign parliament is told something: "Zelensky told the U.S. Congress that ...")
    if (code[:2] == "01" or _speech_to_crowd14(code, anchor)) and actor.head >= 0 and speaker is not None and speaker.country == actor.country and (
        (head := doc[actor.head]).lemma_.lower() in FOLLOWER_NOUNS
        or any(p.lower_ == "of" and any(f.lemma_.lower() in FOLLOWER_NOUNS for f in p.children) for p in head.children)
    ):
        return True  # "Maduro told supporters from a balcony", "told thousands of supporters in Banja Luka"
    if (
        code[:2] == "01" and anchor is not None and anchor.lemma_.lower() in TELLING_VERBS and speaker is not None and speaker.country
        and speaker.country == actor.country and actor.kind == AGENT and actor.head >= 0 and actor.head != speaker.head
        and (doc[actor.head].tag_ == "NNS" or any(p.lower_ == "of" and any(f.tag_ == "NNS" for f in p.children) for p in doc[actor.head].children))
    ):
        # "he told lawmakers", "told troops at a marine base", "the king told a group of residents": a speech to a
        # crowd of one's own country's people, soldiers or legislators, no one named, is its audience, not a party
        return True
    return actor.kind == AGENT and actor.head >= 0 and doc[actor.head].lemma_.lower() in AUDIENCE_NOUNS


SEAT_NOUNS = {"court", "tribunal", "headquarters", "base", "seat", "secretariat", "office", "agency", "embassy", "consulate", "mission", "bureau"}
TELLING_VERBS = {"tell", "address", "inform", "brief", "notify", "say", "write"}


# Cooperation among the members of a compound subject: "Arnor and Gondor agreed to resume talks" (not mediation,
# 045, which is between others).
COOPERATION_ROOTS = {"03", "04", "05", "06"}


# Roots whose acts may have no named target: protests are against the country where they happen.
DOMESTIC_ROOTS = {"14"}
CROWD_CONTROL_CODES = ("175",)  # violent repression: by a state's own agencies, of its civilians when no one is named
# What a state does to its own country when no one is named: curfews, emergencies, bans on politics (172x), the
# threat of them (132x) and their easing (081x).
ADMINISTRATIVE_CODES = ("172", "132", "081", "0831")  # ... and a resignation from office ("Oli resigned")
STATE_ROLES = {None, "GOV", "COP", "JUD", "LEG", "MIL", "SPY"}


def _role_of(head: Token, actors: dict[int, Actor], role_only: dict[int, str]) -> str | None:
    """The role a role noun names, whether or not it was resolved to an actor."""
    if head.i in role_only:
        return role_only[head.i]
    actor = actors.get(head.i)
    return actor.role if actor is not None and actor.kind == AGENT else None


def _pairs_named(head: Token, groups: dict[int, list[tuple[Actor, Actor]]]) -> list[tuple[Actor, Actor]] | None:
    """The candidate pairs of "the two countries" as a noun phrase or inside it ("leaders of the two countries")."""
    if head.i in groups:
        return groups[head.i]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "between", "from"):  # "troops from both sides" (coord13)
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.i in groups:
                    return groups[pobj.i]
    return None


EDGES = {"border", "frontier", "boundary", "line", "coast", "waters"}  # "near the Thai border" is not in Thailand


def _of_place(place: str, role: str | None, rule_id: str) -> Actor:
    """The country (or its government, its civilians: ``role``) of a place, as an actor no words of the sentence name."""
    return Actor(place + (role or ""), place, role, place, rule_id, COUNTRY, -1)


def _place_of(anchor: Token, actors: dict[int, Actor], regions: bool = False) -> str | None:
    """The country of a place named by a preposition on the verb (`demonstrated in Belgrade` → SRB) or on a noun;
    with ``regions``, also a place noun the country modifies (`in Russia's Ryazan region` → RUS)."""
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "outside", "across", "throughout", "near", "through"):
            if child.lower_ == "near" and any(p.dep_ == "pobj" and p.lemma_.lower() in EDGES for p in child.children):
                continue  # "detained 11 people near the borders of Ukraine and Belarus": on which side, the words do not say
            for pobj in child.children:
                if pobj.dep_ == "pobj" or (pobj.dep_ == "prep" and pobj.lower_ in ("of", "to")):  # "outside of Basra"
                    if _former(pobj):
                        continue  # "in the one-time French colony" is no longer France
                    for tok in _phrase_tokens(pobj, NEARBY_PREPS):
                        actor = actors.get(tok.i)
                        if actor is not None and actor.country and (
                            actor.kind in (COUNTRY, CAPITAL)
                            or (regions and tok.i == pobj.i and actor.kind == AGENT and actor.role is None and pobj.lemma_.lower() not in EDGES)
                        ):  # a place of the country: "in Russia's Ryazan region" (not "near the Thai border")
                            return actor.country
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in NESTED_PLACE_PREPS:
            # "abducted 20 students from a school in northern Nigeria", "opened fire on worshippers at a mosque in X":
            # the place of the thing the act comes from or is on
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (place := _place_of(pobj, actors)):
                    return place
    return None


def _phrase_tokens(noun: Token, skip_preps: frozenset[str] = frozenset()) -> Iterator[Token]:
    """The words of a place phrase, without the clauses inside it ("in raids over what they said was a plan, an
    accusation the Kremlin denied": the Kremlin is named in a clause of the phrase, not as where the raids were), nor
    the phrases of the prepositions in ``skip_preps``."""
    stack = [noun]
    while stack:
        tok = stack.pop()
        yield tok
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS and not (
            c.dep_ == "prep" and c.lower_ in skip_preps and any(p.dep_ == "pobj" and p.lemma_.lower() in EDGES for p in c.children)
        ))


CLAUSE_DEPS = {"relcl", "acl", "ccomp", "pcomp", "advcl", "xcomp"}  # (not "appos": "in the capital, Kyiv")
NESTED_PLACE_PREPS = {"from", "on", "into", "onto", "under"}  # "under": "was put under investigation in Italy"
FORMER = {"former", "onetime", "erstwhile", "ex"}


def _former(noun: Token) -> bool:
    """Is a place named as what it was ("the former French colony", "the one-time French colony")?"""
    words = [t.lower_ for t in noun.doc[noun.left_edge.i : noun.i]]
    return not FORMER.isdisjoint(words) or any(w == "one" and words[k + 1 : k + 3] in (["-", "time"], ["time"]) for k, w in enumerate(words))


def _in_former_place(verb: Token) -> bool:
    """Does the verb name its place as what it once was ("declared in the one-time French colony")? Then the place
    is neither that country nor, for want of one, the story's."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(p.dep_ == "pobj" and _former(p) for p in c.children) for c in verb.children)


def _participle_place(verb: Token, actors: dict[int, Actor]) -> str | None:
    """The place of the clause a participle adjunct with no subject of its own hangs on: "A car bomb exploded in
    Damascus, killing five people" → SYR for "killing"."""
    if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return _place_of(verb.head, actors)
    return None


LOCUS_RULE = "locus"  # the rule_id of an actor that took the story's country
PEOPLE_NOUNS = {"people", "person"}  # civilians, when the story is about one country
# A crowd no one names: civilians where its clause says it is (Coder.analyse, _crowd_place). Bare numbers ("tens of
# thousands marched"), people by where they live or what they do there, and a protest as the subject of its spread.
CROWD_NOUNS_PLACED = PEOPLE_NOUNS | {"resident", "inhabitant", "worshipper", "bystander", "passerby", "local"}
CROWD_NUMBERS = {"thousand", "hundred", "dozen", "ten", "million", "score"}
PROTEST_NOUNS = {"protest", "demonstration", "rally", "march"}
CROWD_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")
_CROWD_FORMS = frozenset({"people", "persons", "crowds"} | {w + "s" for w in CROWD_NOUNS_PLACED | CROWD_NUMBERS | PROTEST_NOUNS} | {"rallies", "marches"})


def _is_crowd(tok: Token) -> bool:
    """Is the word a crowd no one names: "people", "residents", a bare plural number ("thousands", with no "of" phrase
    saying of whom), or a protest as a subject ("Protests ... spread")?"""
    if tok.dep_ not in CROWD_DEPS or tok.pos_ not in ("NOUN", "NUM"):
        return False
    lemma = tok.lemma_.lower()
    # a name the codebook does not know in front of it ("Karen villagers", "Uyghur protests"), not the sentence's first word
    named = any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.i > c.sent.start) for c in tok.children)
    if lemma in CROWD_NOUNS_PLACED:
        return not named and tok.tag_ == "NNS"  # "one person" is no crowd
    if lemma in CROWD_NUMBERS:
        return tok.tag_ == "NNS" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if lemma == "other":  # "the gunman was killed and two others were detained": a number of people no one names
        return tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children)
    return lemma in PROTEST_NOUNS and tok.dep_ == "nsubj" and tok.tag_ == "NNS" and not named


def _custody(code: str, anchor: Token) -> bool:
    """Is an act one a state does to people it holds or rules: a release or coercion (roots 08, 17), or an execution
    ("Iran hanged a man convicted of spying", "executed four activists")?"""
    return code[:2] in HOME_CUSTODY_ROOTS or (code[:2] in ("18", "20") and anchor.lemma_.lower() in EXECUTION_VERBS)


def _names_country(verb: Token, actors: dict[int, Actor], country: str, target: Token) -> bool:
    """Does the clause of an act of custody name ``country`` other than as the target or what the target is called
    ("dozens of people accused of working for Israel", "a man convicted of spying for Israel's Mossad", "detained 74
    people in raids over a Russian-orchestrated plan")? Then that country is whom they are said to have served or
    plotted with, not theirs; an appositive of the target ("475 people, most of them South Korean nationals") says
    who they are and does not count."""
    said = {t.i for c in target.children if c.dep_ == "appos" for t in c.subtree} | {target.i}
    return any(t.i not in said and t.i in actors and actors[t.i].country == country for t in verb.subtree)


# People known only as held or sought by a state: civilians of the state that holds them ("Police recaptured one of
# the fugitives"), only as the object of its custody (a gang "freeing 2,000 inmates" in a jailbreak is no release)
HELD_PEOPLE = {"fugitive", "escapee", "inmate"}


def _number_over(tok: Token) -> Token:
    """The number or part a crowd word is counted by: "hundreds" in "hundreds of people", "dozens" in "dozens of people";
    else the word itself."""
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.head.head.pos_ == "NUM" or tok.head.head.lemma_.lower() in PARTITIVES):
            tok = tok.head.head
    return tok


def _held_by_the_state(tok: Token, actors: dict[int, Actor], role_only: dict[int, str]) -> bool:
    """Is a crowd word the object of a state's own agencies ("Turkish authorities detained more than 6,000 people",
    "Iraqi police arrested about 20 people", "Prosecutors charged 13 people")? Then it is their country's civilians
    (the domestic-target rule of Coder._event_of), as "police arrested demonstrators" is."""
    tok = _number_over(tok)  # "dozens of people", "tens of thousands of people": the number is the object
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in CUSTODY_VERBS and not any(c.dep_ == "agent" for c in tok.head.children):
        return True  # "Dozens were detained overnight", "two others were arrested": held by a state no one names
    subj = subject_of(tok.head)
    if subj is not None and subj.lower_ in ("they", "it", "we") and (speaker := _state_speaker(tok.head)) is not None:
        subj = speaker  # "Indian police said they had arrested seven people": the pronoun is not resolved yet
    if subj is None:
        return False
    head = _np_head(subj)
    if head.i in actors and actors[head.i].kind in (COUNTRY, CAPITAL) and tok.head.lemma_.lower() in CUSTODY_VERBS - RELEASE_VERBS:
        return True  # "Iran has executed hundreds of people", "China detained thousands of people": a state by its name
    role = actors[head.i].role if head.i in actors and actors[head.i].kind == AGENT else role_only.get(head.i)
    return role in DOMESTIC_SOURCES


def _state_speaker(verb: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause ``verb`` heads ("Kazakh authorities said more than 3,000
    people were detained", "Police said they had recaptured one of the fugitives"), or None."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return subject_of(verb.head)


def _crowd_place(tok: Token, actors: dict[int, Actor]) -> str | None:
    """The country of the place a crowd word's own clause names: on the verb it belongs to ("marched in Paris",
    "killed 12 people in an attack on a church in Burkina Faso") or inside its own noun phrase ("people in Gaza")."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    own = _place_in(_np_head(tok), actors)
    found = own or (_place_of(verb, actors) or _participle_place(verb, actors) if verb.pos_ in ("VERB", "AUX") else None)
    if found is None and verb.pos_ == "VERB":
        found = _street_place15(verb, actors)  # plover15: "blocked streets in Hong Kong"
    return found


def _street_place15(verb: Token, actors: dict[int, Actor]) -> str | None:
    """plover15: the country of the streets a crowd holds, named on the verb's object ("blocked streets in Hong Kong",
    "filled the squares of Tbilisi"), or None."""
    return next((p for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in STREET_NOUNS15 and (p := _place_of(c, actors) or _street_of15(c, actors))), None)


STREET_NOUNS15 = frozenset({"street", "road", "square", "highway", "avenue", "bridge", "motorway", "boulevard", "junction", "intersection"})


def _street_of15(street: Token, actors: dict[int, Actor]) -> str | None:
    """The country of "the streets of Tbilisi" (a city or country in the street noun's "of" phrase), or None."""
    for c in street.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                a = actors.get(p.i)
                if p.dep_ == "pobj" and a is not None and a.kind in (COUNTRY, CAPITAL) and a.country:
                    return a.country
    return None


# Modifiers that make a role noun someone else's: "world leaders", "foreign troops".
NOT_LOCAL = {"world", "foreign", "international", "global", "western", "allied", "coalition", "overseas", "regional", "multinational"}
_TERM_WORDS = "dyad.term_words"  # Doc.user_data key: token indices inside the sentence's role-noun mentions
# The words of a state office's name ("the foreign ministry", "the Interior Ministry", "the Supreme Court"), which say
# which office, not whose.
OFFICE_WORDS = {
    "foreign", "defence", "defense", "interior", "justice", "finance", "home", "supreme", "constitutional", "high", "church",
    "state", "national", "economy", "trade", "health", "energy", "military", "appeals",
}
OFFICE_HEADS = {"ministry", "minister", "office", "secretary", "department", "court", "council", "assembly", "cabinet", "leader"}
# Weapons and unnamed attackers are no agents of the country a story is about: "drones struck", "suicide bombers".
NOT_LOCAL_HEADS = {
    "missile", "drone", "airstrike", "strike", "bomber", "jet", "helicopter", "warplane", "tank", "artillery", "gunship",
    "warship", "plane", "aircraft", "rocket", "attacker", "assailant",
}


# Role nouns that act at home, and on whom: the state's own agencies on anyone in their country; rebels on their own
# state's forces; protesters on a state's seats where they stand.
HOME_ACTORS = {
    "COP": None, "JUD": None, "SPY": None,  # None: any target with a country
    "REB": {"MIL", "COP"}, "INS": {"MIL", "COP"},
}
ON_SITE = {"CVL", "OPP", "COP"}  # ... or they are where their target stands: "stormed the Saudi embassy in Tehran"


def _home_of(role: str, target_head: Token, actors: dict[int, Actor], extra, members) -> str | None:
    """The country a bare role noun acting on ``target_head`` is of, by HOME_ACTORS and ON_SITE, or None."""
    if role in ON_SITE and (place := _place_in(target_head, actors) or (_place_in(target_head.head, actors) if target_head.dep_ == "poss" else None)):
        return place  # (a possessor stands where what it owns stands: "raided the group's headquarters in Amman")
    if role not in HOME_ACTORS:
        return None
    wanted = HOME_ACTORS[role]
    # people and institutions, not a capital or a country named as a place ("attacked crowds at Kabul airport")
    countries = {t.country for t in members(target_head, actors, extra) if t.country and t.kind in (AGENT, PERSON, ORG) and (wanted is None or t.role in wanted)}
    return next(iter(countries)) if len(countries) == 1 else None


# A state's institutions, which "the ..." names without saying whose: in a story about one country, that country's.
INSTITUTION_NOUNS = {
    "government", "authority", "administration", "regime", "police", "court", "parliament", "legislature", "ministry",
    "cabinet", "junta", "prosecutor", "judiciary",
}


def _co_subjects(pronoun: Token) -> frozenset[int]:
    """The subjects of the verb an object pronoun belongs to: "Trump recognised him", "Russia granted them asylum",
    "Erdogan spoke with him" (the pronoun is not its own clause's subject, which would be "himself")."""
    if pronoun.dep_ in ("dobj", "dative"):
        verb = pronoun.head
    elif pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep" and pronoun.head.head.pos_ in ("VERB", "AUX"):
        verb = pronoun.head.head
    else:
        return frozenset()
    return frozenset(t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c))


FIRST_PERSON = {"we", "us", "i", "me"}


def _quote_speaker(pronoun: Token) -> Token | None:
    """The subject of the verb of saying whose quoted or reported clause a first-person pronoun stands in ('"We urge
    Israel to ...," Lammy said', '"We are ready to resume talks," Araqchi said'), through clauses the quote chains
    (conjuncts, infinitives, subordinate clauses); None when no verb of saying governs it."""
    clause = pronoun.head
    for _ in range(5):
        if clause.dep_ == "ccomp" and clause.head.i != clause.i and clause.head.lemma_.lower() in REPORTING_VERBS:
            said = subject_of(clause.head)
            return said if said is not None and said.lower_ not in FIRST_PERSON else None
        if (saying := _split_quote_verb(clause)) is not None:
            # '"We will respond," Zelensky said, "with force."': the verb of saying of a split quote hangs on the
            # quoted clause (quote12)
            said = subject_of(saying)
            return said if said is not None and said.lower_ not in FIRST_PERSON else None
        if clause.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _role_speaker(pronoun: Token, actors: dict[int, Actor], role_only: dict[int, str]) -> Token | None:
    """The bare role noun (named by no one, resolved to no one) that says the reported clause the pronoun is the
    subject of, when their number agrees: "Student groups said they would keep protesting", "The spokesman said he"."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    said = subject_of(clause.head)
    if said is None or said.i > pronoun.i:
        return None
    head = _np_head(said)
    if head.i not in role_only or head.i in actors:
        return None
    plural = head.tag_ in ("NNS", "NNPS")
    return head if (pronoun.lower_ == "they") == plural else None


def _speaker(pronoun: Token, actors: dict[int, Actor]) -> Actor | None:
    """The subject of the verb whose reported clause a pronoun is the subject of: "Pakistan denied any involvement in
    the Pahalgam attack and said it had shot down Indian jets" (it = Pakistan, not Pahalgam), or, for a relative
    clause on an object, of the object's verb, else of the sentence, when it fits the pronoun and is not the
    pronoun's own object ("a case in which it accuses Israel": not Israel)."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.head.i == clause.i:
        return None
    if clause.dep_ == "ccomp":
        candidates = [subject_of(clause.head)]
    elif clause.dep_ == "relcl" and clause.head.dep_ in ("dobj", "pobj", "attr"):
        # "South Africa ... opening a case in which it accuses Israel of genocide", "Russia struck the city, which it
        # had besieged for weeks": the subject of a relative clause on the object is the subject of the object's verb
        # (or, where the parse hangs that verb elsewhere, the sentence's subject)
        governor = clause.head.head.head if clause.head.dep_ == "pobj" else clause.head.head
        candidates = [subject_of(governor) if governor.pos_ in ("VERB", "AUX") else None, subject_of(pronoun.sent.root)]
    else:
        return None
    own = {actors[t.i].country or actors[t.i].code for c in clause.children if c.dep_ in ("dobj", "dative") for t in conjuncts(c) if t.i in actors}
    word = pronoun.lower_
    for said in candidates:
        actor = actors.get(_np_head(said).i) if said is not None else None
        if actor is None or said.i > pronoun.i or (actor.country or actor.code) in own:
            continue
        plural = said.tag_ in ("NNS", "NNPS")
        if (word in PRONOUNS_PERSONAL and actor.personal and not plural) or (word == "it" and not actor.personal) or word in ("they", "them"):
            return actor
    return None


# Roles whose unknown proper name in front is the body's own name, not another people's ("the Histadrut labour
# federation", "the CGT union"): still of the story's country.
NAMED_BY_ITSELF = {"LAB"}


def _of_locus(head: Token, role_only: dict[int, str], locus: str) -> Actor | None:
    """A bare role noun (no country, owner, name or `of` phrase of its own), or a person known only by a title
    ("Defense Secretary Lloyd Austin"), as an actor of the story's country."""
    role = role_only.get(head.i)
    if role is None or head.lemma_.lower() in NOT_LOCAL_HEADS:
        return None
    if role == "NGO" and not any(c.lower_ in ("local", "domestic", "national") for c in head.lefts):
        return None  # "the detained aid workers", "aid agencies": international staff, none of the story country's (actors14)
    named = head.pos_ == "PROPN"  # a name behind its title: the capitals in front are the title's and the name's
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(p.i in role_only for p in c.children):
            continue  # "thousands of protesters": a number of the role noun, no one else's
        if c.dep_ == "prep" and c.lower_ == "of" and head.lemma_.lower() in OFFICE_HEADS and _office_name(c):
            continue  # "the Ministry of Defence", "the Ministry of Foreign Affairs": the office's name
        if c.dep_ == "prep" and c.lower_ == "of" and _charge_of(head, c):
            continue  # "accused the security forces of torture": the charge, parsed onto the accused (actors14)
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from")):
            return None
        if c.dep_ in ("amod", "compound", "nmod") and (
            (c.lower_ in OFFICE_WORDS and head.lemma_.lower() in OFFICE_HEADS) or (c.i in head.doc.user_data.get(_TERM_WORDS, ()) and head.i in head.doc.user_data[_TERM_WORDS])
        ):
            continue  # "the foreign ministry", "the Defence Ministry", "the Electoral Commission": the name of the office
        if c.dep_ in ("amod", "compound", "nmod") and (
            c.lower_ in NOT_LOCAL or c.lemma_.lower() in NOT_LOCAL_HEADS
            or (not named and c.text[:1].isupper() and c.i > c.sent.start and role not in NAMED_BY_ITSELF)
        ):
            return None  # "world leaders", "Karen guerrillas", "al-Qaeda leaders": someone else's
    return Actor(locus + role, locus, role, _np_text(head), LOCUS_RULE, AGENT, head.i, head.lemma_.lower())


def _office_name(prep: Token) -> bool:
    """Does an "of" phrase name an office ("of Defence", "of Foreign Affairs", "of the Interior"), not its owner?"""
    words = [t.lower_ for t in prep.subtree if t.i != prep.i and t.dep_ not in ("det", "cc", "punct")]
    return bool(words) and all(w in OFFICE_WORDS or w in OFFICE_NAME_WORDS for w in words)


# Words of an office's "of" name besides OFFICE_WORDS ("the Ministry of Foreign Affairs", "of Public Security").
OFFICE_NAME_WORDS = {"affairs", "public", "security", "education", "information", "agriculture", "labour", "labor", "war"}


def _ethnic_home(actor: Actor, anchor: Token, actors: dict[int, Actor], locus: str | None) -> Actor:
    """An ethnic group is of the country where it lives, not of the country its name comes from: "ethnic Albanians
    demonstrated in Serbia" → SRB; the place named in the clause, else the story's country, else unchanged."""
    if actor.kind != DEMONYM or actor.head < 0:
        return actor
    head = anchor.doc[actor.head]
    if not any(c.lower_ == "ethnic" and c.dep_ in ("amod", "compound") for c in head.children):
        return actor
    place = _place_of(anchor, actors) or locus
    if place is None or place == actor.country:
        return actor
    return Actor(place + (actor.role or ""), place, actor.role, actor.text, actor.rule_id, DEMONYM, actor.head, actor.noun)


# Acts whose plain future ("will", a reported "would") is the announced decision itself: reducing relations (16).
ANNOUNCED_ROOTS = {"16"}
# ... and administrative sanctions (172x): "the United States said it would revoke Petro's visa" is the decision
# (code12); arrests, seizures and force to come stay threats
ANNOUNCED_CODES = {"172"}


# Acts whose future "unless ..." makes an ultimatum: yielding something up, rejecting, cutting relations (a promise to
# help unless something happens stays a promise).
ULTIMATUM_ROOTS = {"08", "12", "16"}


def _unless(verb: Token, marks: tuple[str, ...] = ("unless",)) -> bool:
    """Has the verb an "unless" clause ("will withdraw unless X arranges a ceasefire") (or one of ``marks``)?"""
    return any(c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in marks for k in c.children) for c in verb.children)


def _ready(governor: Token) -> bool:
    """Does the governing verb say readiness: "prepared to", "is ready to" (the adjective hangs on "be")?"""
    return governor.lemma_.lower() in READY_GOVERNORS or any(
        c.dep_ == "acomp" and c.lemma_.lower() in READY_GOVERNORS for c in governor.children
    )


def _as_place(tok: Token) -> bool:
    """Is the word named as a place ("in Algiers"), not as an actor ("Kyiv should cooperate")?"""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "across", "throughout", "around", "inside", "outside", "near")


def _each_other(anchor: Token) -> bool:
    """Is the verb's object "each other" or "one another" (directly or behind a preposition: "clashed with each other")?"""
    for tok in anchor.children:
        objs = [tok] if tok.dep_ in ("dobj", "dative") else [c for c in tok.children if c.dep_ == "pobj"] if tok.dep_ == "prep" else []
        for obj in objs:
            if obj.lower_ in ("other", "another", "one") and any(c.lower_ in ("each", "one", "another") for c in obj.children):
                return True
            if obj.lower_ == "other" and obj.i > 0 and obj.nbor(-1).lower_ == "each":
                return True
    return False


# Definite descriptions that refer back to a country ("the country", "the kingdom"), an international body ("the
# bloc") or any organization ("the group", "the movement").
ANY_ORG = "any-org"
PLACE = "place"  # a part of a country named before by its own name
PARTY = "party"
PARTY_ROLES = {"PTY", "OPP"}
REFERRING_NOUNS = {
    **dict.fromkeys(["enclave", "strip", "territory", "province"], PLACE),  # ("Ontario ... the province": Canada's)
    **dict.fromkeys(["country", "nation", "kingdom", "republic", "emirate", "monarchy", "island", "state"], COUNTRY),
    **dict.fromkeys(["bloc", "alliance"], ORG),  # an international body
    **dict.fromkeys(["group", "movement", "militia", "organisation", "organization"], ANY_ORG),
    "party": PARTY,  # a political party named before
}


# Words in front of "the country" (the kingdom, the state ...) that describe the country named before rather than name
# another: what it is like, and the region it is in (facts: the region's countries, ISO codes), which picks the one
# named before in that region ("the Baltic state" in a story about Russia and Lithuania). "Other", "neighbouring",
# "host" and the like are left out: they point to a second country.
DESCRIPTIONS = dict.fromkeys([
    "island", "oil-rich", "gas-rich", "war-torn", "war-ravaged", "landlocked", "impoverished", "tiny", "small", "poor",
    "mountainous", "communist", "isolated", "reclusive", "secretive", "self-ruled", "self-governing", "breakaway",
    "crisis-hit", "cash-strapped", "debt-ridden", "coup-hit", "junta-led", "military-ruled", "nuclear-armed",
    "muslim-majority", "predominantly muslim", "conflict-hit", "quake-hit", "troubled", "restive", "divided",
])
_GULF = {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}
_BALTIC = {"EST", "LVA", "LTU"}
_NORDIC = {"DNK", "FIN", "ISL", "NOR", "SWE"}
_BALKAN = {"ALB", "BIH", "BGR", "HRV", "GRC", "XKX", "MNE", "MKD", "ROU", "SRB", "SVN"}
_CENTRAL_ASIA = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
_CAUCASUS = {"ARM", "AZE", "GEO"}
_CARIBBEAN = {"ATG", "BHS", "BRB", "CUB", "DMA", "DOM", "GRD", "HTI", "JAM", "KNA", "LCA", "VCT", "TTO", "PRI"}
_SAHEL = {"BFA", "MLI", "NER", "TCD", "MRT", "SEN", "SDN"}
_ANDEAN = {"BOL", "COL", "ECU", "PER", "VEN", "CHL"}
_HORN = {"DJI", "ERI", "ETH", "SOM"}
REGION_MEMBERS = {
    "gulf": _GULF, "baltic": _BALTIC, "nordic": _NORDIC, "scandinavian": _NORDIC - {"FIN", "ISL"}, "balkan": _BALKAN,
    "central asian": _CENTRAL_ASIA, "caucasus": _CAUCASUS, "caucasian": _CAUCASUS, "south caucasus": _CAUCASUS,
    "caribbean": _CARIBBEAN, "sahel": _SAHEL, "sahelian": _SAHEL, "andean": _ANDEAN, "himalayan": {"NPL", "BTN"},
    "horn of africa": _HORN, "alpine": {"AUT", "CHE", "LIE"}, "ex-soviet": _BALTIC | _CENTRAL_ASIA | _CAUCASUS | {"BLR", "MDA", "UKR", "RUS"},
    "former soviet": _BALTIC | _CENTRAL_ASIA | _CAUCASUS | {"BLR", "MDA", "UKR", "RUS"},
    "post-soviet": _BALTIC | _CENTRAL_ASIA | _CAUCASUS | {"BLR", "MDA", "UKR", "RUS"},
    "pacific": {"FJI", "KIR", "MHL", "FSM", "NRU", "PLW", "PNG", "WSM", "SLB", "TON", "TUV", "VUT", "NZL", "COK", "NIU"},
    "island": {
        "MDV", "LKA", "TWN", "JPN", "PHL", "IDN", "CUB", "JAM", "HTI", "DOM", "MDG", "MUS", "SYC", "CPV", "STP", "COM",
        "CYP", "MLT", "ISL", "IRL", "NZL", "FJI", "SGP", "BHR", "TTO", "BHS", "BRB", "ATG", "DMA", "GRD", "KNA", "LCA",
        "VCT", "KIR", "MHL", "FSM", "NRU", "PLW", "PNG", "WSM", "SLB", "TON", "TUV", "VUT", "TLS", "BRN", "GBR",
        "PRI", "GRL", "NCL", "PYF",
    },
}


# Which countries "the kingdom", "the emirate", "the sultanate", "the monarchy" can be (facts, ISO codes): they pick
# one of two countries named before.
_KINGDOMS = {"SAU", "JOR", "MAR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM", "BHR", "SWZ", "LSO", "BTN", "TON"}
MONARCHIES = {
    "kingdom": _KINGDOMS, "emirate": {"ARE", "QAT", "KWT"}, "sultanate": {"OMN", "BRN"},
    "monarchy": _KINGDOMS | {"ARE", "QAT", "KWT", "OMN", "BRN", "MYS", "JPN", "LIE", "MCO", "AND"},
}


_DESCRIPTION_WORDS = frozenset(w for d in DESCRIPTIONS.keys() | REGION_MEMBERS.keys() for w in d.replace("-", " - ").split())


def _described(words: Sequence[str], k: int) -> bool:
    """Do the words from ``k`` describe a country named before ("baltic state", "oil - rich kingdom"; for the
    pre-filter, which sees only words)?"""
    end = k
    while end < len(words) and end < k + 4 and words[end] in _DESCRIPTION_WORDS:
        end += 1
    return end > k and end < len(words) and words[end] in REFERRING_NOUNS


def _modifier_words(mod: Token) -> str:
    """A modifier with the words it holds, lower case: "oil-rich", "Central Asian", "former Soviet"."""
    return mod.doc[mod.left_edge.i : mod.i + 1].text.lower().replace(" - ", "-")


def _description_region(tok: Token) -> str | None:
    """The region a referring noun's modifiers name ("the Baltic state": baltic; "the island", "the island nation":
    the island states), if any."""
    if tok.lower_ == "island":
        return "island"
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and (words := _modifier_words(c)) in REGION_MEMBERS:
            return words
    return None


def _compass_half(tok: Token) -> str | None:
    """ "north" or "south" for "the North", "the South's" standing alone (not "the North Atlantic", "the South China Sea")."""
    if tok.text not in ("North", "South") or tok.dep_ in ("compound", "amod", "nmod"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("amod", "compound", "nmod", "prep", "appos") for c in tok.children):
        return None
    return tok.lower_


GROUP_NOUNS = {"countries", "nations", "governments", "donors", "states"}


def _refers_back_to_group(tok: Token) -> bool:
    """Is the word "the countries", "these governments", "the donors" with nothing that says which ("the Gulf states",
    "countries in the region", "the two countries" are not)?"""
    if tok.lower_ not in GROUP_NOUNS or tok.tag_ != "NNS":
        return False
    det = False
    for c in tok.children:
        if c.dep_ == "det":
            det = c.lower_ in ("the", "these", "those")
        elif c.dep_ in ("amod", "compound", "nmod", "prep", "poss", "relcl", "acl", "appos", "nummod"):
            return False
    return det


NUMBERED_GROUP_NOUNS = GROUP_NOUNS - {"donors"} | {"powers", "allies", "neighbours", "neighbors", "capitals", "members", "partners", "leaders", "presidents"}
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _subject_country(tok: Token, actors: dict[int, Actor]) -> str | None:
    """The country of the subject of the clause ``tok`` stands in, when ``tok`` is not inside that subject."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subj is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "New Zealand has paused funding ..., accusing the Pacific nation of ...": the subject it shares
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
        return None
    actor = actors.get(_np_head(subj).i)
    return actor.country if actor is not None else None


def _one_state(a: Actor, b: Actor) -> bool:
    """Whether two actors are one side of a pair: a country and its own government ("Biden held talks in Hanoi ... the
    United States ... the two sides" are the United States and Vietnam, not Washington and the United States). A
    country and its army, rebels or opposition may be two sides (Sudan's army and the RSF)."""
    if not a.country or a.country != b.country:
        return False
    return (a.code == a.country and b.role in (None, "GOV")) or (b.code == b.country and a.role in (None, "GOV"))


def _named_as_place(tok: Token, actor: Actor, preps: frozenset[str] | set[str] | None = None) -> bool:
    """Is a country or capital named as where something happens or goes ("flew to Rome", "fighting in Russia"), not as
    one who acts (a preposition of ``preps``, by default PLACE_PREPS)?"""
    return actor.kind in (COUNTRY, CAPITAL) and tok.dep_ == "pobj" and tok.head.lower_ in (PLACE_PREPS if preps is None else preps)


PLACE_PREPS = LOCATIVE_PREPS | {"to", "from", "into", "toward", "towards", "through", "across", "over", "within"}


def _numbered_group(tok: Token) -> int | None:
    """How many "the three countries", "all four governments", "the three European powers" count (three or more), when
    nothing but a number and a description says which (not "the three countries of the Sahel", "three countries")."""
    if tok.lower_ not in NUMBERED_GROUP_NOUNS or tok.tag_ != "NNS":
        return None
    det = False
    n = None
    for c in tok.children:
        if c.dep_ in ("det", "predet"):
            det = det or c.lower_ in ("the", "these", "those", "all")
        elif c.dep_ == "nummod":
            n = _NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
        elif c.dep_ in ("amod", "compound") and not c.lower_ in ("other", "several", "many", "some", "neighbouring", "neighboring", "western", "remaining"):
            continue  # "the three European powers", "the three Baltic states": a description
        elif c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of"):
            return None  # "their three allies", "the three countries of the Sahel": someone's, or named
    return n if det and n is not None and n >= 3 else None


# "its neighbour", "its arch-rival", "its former colonial ruler": a word by which news names a country through its
# relation to the country that owns the phrase
EPITHET_NOUNS = {"neighbour", "neighbor", "rival", "archrival", "arch-rival", "adversary", "foe", "enemy", "nemesis", "archenemy"}
COLONIAL_NOUNS = {"ruler", "power", "master", "coloniser", "colonizer", "metropole", "overlord"}


def _epithet(tok: Token) -> bool:
    """Is the word an epithet of a country owned by "its" ("its neighbour", "its former colonial ruler") and nothing
    else that would name it ("its northern neighbour" is still one; "its neighbour Chad", "its rival party" are not)?"""
    lemma = tok.lemma_.lower()
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children):
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    if lemma in COLONIAL_NOUNS:
        if not any(c.lemma_.lower() in ("colonial", "colonizer", "coloniser") for c in mods):
            return False
    elif lemma not in EPITHET_NOUNS or any(c.dep_ in ("compound", "nmod") for c in mods):
        return False
    return not any(c.dep_ in ("appos", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "in") for c in tok.children)


def _refers_back(tok: Token) -> bool:
    """Is the word "the country", "the kingdom", "the bloc" with nothing that names it ("the Baltic country")?"""
    if tok.lower_ not in REFERRING_NOUNS or tok.tag_ != "NN":
        return False
    det = False
    for c in tok.children:
        if c.dep_ == "det":
            det = c.lower_ in ("the", "this")
        elif c.lower_ in SEAT_WORDS:
            continue  # "the New York-based group": where it sits names no other
        elif c.dep_ in ("amod", "compound", "nmod") and REFERRING_NOUNS[tok.lower_] == COUNTRY and _modifier_words(c) in DESCRIPTIONS.keys() | REGION_MEMBERS.keys():
            continue  # "the Baltic state", "the oil-rich kingdom", "the island nation": still the one named before
        elif c.dep_ in ("amod", "compound", "nmod", "prep", "poss", "relcl", "acl", "appos", "nummod"):
            return False  # "the Gulf state", "the country of origin", "a country that ..."
    return det


def _foreign_at_home(source: Actor, target: Actor, code: str = "190") -> bool:
    """Acts that tell a role noun which took the story's country is someone else's: an army using force on (or
    threatening, making demands of) its own state, or its state doing so to it ("troops shelled Kyiv" in a story about
    Ukraine; not "police arrested former army commander Zuniga"), anyone acting on the country itself ("militants
    fired rockets at Israel" in a story about Israel)."""
    for a, b in ((source, target), (target, source)):
        if a.rule_id == LOCUS_RULE and a.role == "MIL" and b.country == a.country and b.role not in NONSTATE_ROLES and code[:2] in FOREIGN_FORCE_ROOTS:
            return True
    return source.rule_id == LOCUS_RULE and target.country == source.country and target.role is None


PHYSICAL_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}  # acts done where they are done (not said from there)
FOREIGN_FORCE_ROOTS = {"10", "13", "15", "18", "19", "20"}  # demands, threats, posture, force (not arrests, trials)


def _own_object(m: PatternMatch) -> bool:
    """Is the object a pattern's TARGET stands for already there, as a noun that is no actor ("condemned the plan")?"""
    rest = m.pattern.rest
    first = rest[0] if rest else None
    if isinstance(first, Slot) and first.name == "TARGET" and any(c.dep_ == "dobj" for c in m.anchor.children):
        return True
    if isinstance(first, Slot) and first.name == "TARGET" and _own_prep_object15(m.anchor) and not _call_for15(m):
        return True  # conj15: "praised China and called for more investment": "called for" is no call to China
    # "stood with its ally and criticised China", "met with its allies and ...": the preposition the entry puts before
    # TARGET has a noun of its own
    # (only the entry's patterns on this verb: "launch attack on TARGET" says nothing of "had attacked on Wednesday")
    lemma, lower = m.anchor.lemma_.lower(), m.anchor.lower_
    preps = [
        p.rest[-2] for p in m.entry.patterns
        if len(p.rest) >= 2 and isinstance(p.rest[-1], Slot) and p.rest[-1].name == "TARGET" and isinstance(p.rest[-2], Word) and p.anchor.matches(lemma, lower)
    ]
    return any(
        c.dep_ == "prep" and any(w.matches(c.lemma_.lower(), c.lower_) for w in preps) and any(p.dep_ == "pobj" for p in c.children)
        for c in m.anchor.children
    )


def _place_in(head: Token, actors: dict[int, Actor]) -> str | None:
    """The country of a place named inside a noun phrase: `thousands of students throughout Indonesia` → IDN. Not
    behind what the phrase is against or about: "protests against Israel's war in Gaza" are not in Gaza."""
    stack = [head]
    while stack:
        tok = stack.pop()
        if tok.pos_ in ("NOUN", "PROPN") and (place := _place_of(tok, actors)):
            return place
        stack.extend(c for c in reversed(list(tok.children)) if not (c.dep_ == "prep" and c.lower_ in STANCE_PREPS))
    return None


def _conj_root(tok: Token) -> Token:
    """The first conjunct of a coordination: `depots` in `airfields and depots near Kyiv` → `airfields`."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _add_names(doc: Doc, mentions: Sequence[Mention], names: set[str]) -> None:
    """The pre-filter's guess at the surnames a sentence introduces: of dictionary people, and of a name behind or
    before a title ("Prime Minister Kyriakos Mitsotakis", "Juan Perez, a spokesman"). Lower case, as the pre-filter's
    words are."""
    for m in mentions:
        if m.entry.kind == PERSON:
            names.update(w.lower() for w in _name_words(m.text))
        elif m.entry.kind == ORG:
            names.update(w.lower() for w in _org_short_name(m.text))
        elif m.entry.kind == AGENT and m.end < len(doc) and doc[m.end].text[:1].isupper():
            end = m.end
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end - 1 >= m.end and len(doc[end - 1]) > 2 and doc[end - 1].lower_ not in _CALENDAR:
                names.add(doc[end - 1].lower_)
        if m.entry.kind == AGENT and m.end < len(doc) and (doc[m.end].text[:1].isupper() or doc[m.end].text == ","):  # (both need one)
            names.update(_hyphenated_name_after(doc, m.end))  # actors13: "Tien Chung-kwang", ", Javier Gonzalez-Olaechea,"
            names.update(_particle_name_after(doc, m.end))  # actors13: "Foreign Minister Hugo de Zela"
        if m.entry.kind == AGENT:
            # "Juan Perez, a spokesman for ...", "Maria Lopez, the Mexican foreign minister": a name before a title in
            # apposition (a few words back: the article, then a comma)
            k = m.start - 1
            while k > m.start - 5 and k > 1 and doc[k].lower_ not in ("a", "an", "the"):
                k -= 1
            if k > 1 and doc[k].lower_ in ("a", "an", "the") and doc[k - 1].text == "," and (name := doc[k - 2]).is_alpha and name.text[:1].isupper() and len(name) > 2 and name.lower_ not in _CALENDAR:
                names.add(name.lower_)


def _org_short_name(name: str) -> list[str]:
    """The word an organization named in full is later called by, with "the": the last of its name ("the Brotherhood"
    after "the Muslim Brotherhood", "the Front" after "the Polisario Front"); none for a one-word name."""
    words = [w for w in name.split() if w.lower() != "the"]
    return [words[-1]] if len(words) > 1 and words[-1].isalpha() else []


def _name_words(name: str) -> list[str]:
    """The words a person's name is shortened to: the last ("Putin") and the first ("Kim" of Kim Jong Un), and a last
    name written with its particle also without it ("Burhan" of Abdel Fattah al-Burhan, "Sisi" of el-Sisi)."""
    words = name.split()
    out = [words[0], words[-1]] if len(words) > 1 else []
    particle, dash, rest = words[-1].partition("-") if words else ("", "", "")
    if dash and particle.lower() in _NAME_PARTICLES and rest[:1].isupper() and "-" not in rest:
        out.append(rest)
    return out


def _fired(m: PatternMatch, outcome: str, reason: str) -> Attempt:
    return Attempt(m.entry.id, m.pattern.text, m.anchor.text, outcome, reason)


# Nouns that count or pick out part of the noun in their "of" phrase: "thousands of protesters", "members of the guard".
PARTITIVES = {
    "thousand", "hundred", "million", "dozen", "ten", "score", "some", "many", "most", "all", "few", "several", "member",
    "group", "number", "majority", "hundreds", "thousands", "tens", "dozens", "millions", "scores", "crowd", "band",
    "contingent", "unit", "one", "two", "part", "rest", "remnant", "deployment", "batch", "detachment",
}


def _partitive_head(tok: Token) -> Token:
    """The noun a number or part stands for: "protesters" in "tens of thousands of protesters", "the presidential guard"
    in "members of the presidential guard", "them" in "some of them"; else the word itself."""
    for _ in range(3):
        if tok.pos_ != "NUM" and tok.lemma_.lower() not in PARTITIVES and tok.lower_ not in PARTITIVES:
            break
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            break
        tok = _np_head(pobj)
    return tok


def _np_head(tok: Token) -> Token:
    """Climb from a modifier to the head noun of its noun phrase: `Russian` in `Russian troops` → `troops`."""
    doc, i = tok.doc, tok.i  # (labels and heads from the Doc's columns: a Token only for the head climbed to)
    (dep_of, pos_of, _), head_of = doc_labels(doc), doc_arrays(doc)[1]
    for _ in range(6):
        if dep_of[i] in _NP_CLIMB and head_of[i] != i and pos_of[head_of[i]] in ("NOUN", "PROPN", "PRON", "NUM", "X"):
            i = head_of[i]
            continue
        break
    return tok if i == tok.i else doc[i]


_REFERRING_DETS = frozenset({"the", "this", "these", "'s"})
_RECENT = {"yesterday", "today", "weekend", "week", "night", "morning", "evening"}  # "the weekend's assault"
_CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}


def _propn_runs(doc: Doc, tokens: Sequence[Token] | None = None) -> list[Span]:
    """Maximal runs of proper nouns, labelled PROPN: the unresolved-name report's input when NER is off."""
    runs: list[Span] = []
    start = None
    pos_of = doc_labels(doc)[1]  # Token.pos_, from the Doc's columns
    for tok in tokens if tokens is not None else doc:
        if pos_of[tok.i] == "PROPN" and tok.lower_ not in _CALENDAR:
            start = tok.i if start is None else start
        elif start is not None:
            runs.append(Span(doc, start, tok.i, label="PROPN"))
            start = None
    if start is not None:
        runs.append(Span(doc, start, len(doc), label="PROPN"))
    return runs


def _title_bearer(title: Token, actors: dict[int, Actor]) -> Token | None:
    """The named person a title noun stands in front of ("Prime Minister-designate Nawaf Salam", parsed Minister ->
    designate -> Salam): the first actor head up a chain of modifiers, within three steps, that is a person."""
    tok = title
    for _ in range(3):
        if tok.dep_ not in ("compound", "npadvmod", "amod", "nmod") or tok.head.i == tok.i or tok.head.i < tok.i:
            return None
        tok = tok.head
        if tok.i in actors:
            return tok if actors[tok.i].kind == PERSON else None
    return None


def _of_countries(prep: Token, actors: dict[int, Actor]) -> list[Token]:
    """The actors an "of" phrase names, in order: its objects and their conjuncts, and for a name with an "of" of its
    own that the parser split ("the foreign ministers of the Democratic Republic of Congo and Rwanda", with Rwanda a
    second object of the first "of", or a conjunct of Republic) the actor inside it (Congo)."""
    out: list[Token] = []
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        for t in conjuncts(pobj):
            if t.i in actors:
                out.append(t)
                continue
            inner = [q for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj" and q.i in actors]
            if t.pos_ == "PROPN" and inner and actors[inner[0].i].kind == COUNTRY:
                out.append(inner[0])
    return out


__all__ = ["Coder", "event_id", "ADJECTIVE", "AGENT", "DEMONYM"]


# Title words the agents list leaves out (alone they are too often something else: "in general", "the general
# public") but that after "the" stand for the person or body the story named with that title (see _title_words)
BARE_TITLES = frozenset({"general", "marshal", "admiral", "colonel", "brigadier", "junta", "premier"})
_MILITARY_WORDS = frozenset({"army", "military", "defence", "defense", "armed"})
_RULER_WORDS = frozenset({"ruler", "government", "leader", "authority", "regime", "council", "leadership"})
_NOT_TITLES = frozenset({"the", "a", "an", "former", "then", "new", "top", "senior", "acting", "interim", "deputy", "country", "'s"})


def _title_words(head: Token, mmap: MentionMap, actor: Actor | None = None) -> frozenset[str]:
    """The title a noun phrase names its actor by, as lemmas: "Polish Foreign Minister Radoslaw Sikorski" → {foreign,
    minister}, "Herzi Halevi, the army chief" → {army, chief, general}, "Niger's military rulers" → {military, ruler,
    junta}. Words of role nouns the codebook lists (and BARE_TITLES), not names, countries or adjectives of countries;
    with the classes a bare title may name them by: a military chief or commander is "the general", military rulers
    are "the junta", a prime minister "the premier"."""
    words: set[str] = set()
    # (read from the Doc's columns: token indices, no Token per word; a subtree's order does not matter here)
    dep_of, _, lower_of = doc_labels(head.doc)
    lemma_of, kids = doc_lemmas(head.doc), _doc_children(head.doc)

    def subtree(i: int) -> list[int]:
        out, todo = [], [i]
        while todo:
            out.append(k := todo.pop())
            todo.extend(kids[k])
        return out

    h = head.i
    tokens = [h, *(t for c in kids[h] if c < h and dep_of[c] in ("compound", "amod", "nmod") for t in subtree(c))]
    tokens += [t for c in kids[h] if dep_of[c] == "appos" for t in (c, *(t for d in kids[c] if d < c and dep_of[d] in ("compound", "amod", "nmod") for t in subtree(d)))]
    for i in tokens:
        if dep_of[i] in ("det", "poss", "case", "punct", "nummod") or lower_of[i] in _NOT_TITLES:
            continue
        m = mmap.by_token.get(i)
        if (m is not None and m.entry.kind == AGENT) or lemma_of[i] in BARE_TITLES:
            words.add(lemma_of[i])
    if not words:
        return frozenset()
    if words & {"commander", "general", "marshal", "admiral"} or ("chief" in words and words & _MILITARY_WORDS) or (
        actor is not None and actor.personal and actor.role == "MIL"
    ):
        words.add("general")
    if "military" in words and words & _RULER_WORDS:
        words.add("junta")
    if {"prime", "minister"} <= words:
        words.add("premier")
    return frozenset(words)


def _titled_before(tok: Token, mmap: MentionMap, actors: dict[int, Actor], state: ArticleState) -> Actor | None:
    """The latest actor the story named with every title word of ``tok``'s noun phrase ("the minister", "the defence
    ministry", "the general"), not of a country another actor of its verb is of (the minister who "criticised Hungary"
    is not Hungary's)."""
    wanted = _title_words(tok, mmap) - {"general", "junta", "premier"} | ({tok.lemma_.lower()} & BARE_TITLES)
    if not wanted:
        return None
    verb = _argument_verb(tok).i  # (through a preposition, actors14)
    here = {a.country or a.code for i, a in actors.items() if i != tok.i and (tok.doc[i].head.i == verb or _argument_verb(tok.doc[i]).i == verb)}
    for words, actor in reversed(state.titles):
        if wanted <= words and (actor.country or actor.code) not in here:
            return actor
    return None


SALIENT_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})  # a state's roles (see analyse)


def _salient_subject(pronoun: Token, actors: dict[int, Actor], state: ArticleState, index: int) -> Actor | None:
    """The subject of a main clause that opens a sentence ("He", "It", "They", "The foreign ministry", "His
    government" with no actor before it) is the subject of the sentence before, when that fits a pronoun: a story
    keeps its subject ("Japanese Prime Minister Shigeru Ishiba met Donald Trump in Washington. He praised ...":
    Ishiba). None when the sentence before had no one actor as its subject."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ROOT" or any(i < pronoun.i for i in actors):
        return None
    if state.subject is None or state.subject[0] != index - 1:
        return None
    actor = state.subject[1]
    word = pronoun.lower_
    if word in PRONOUNS and (word in PRONOUNS_PERSONAL) != actor.personal and word != "they":
        return None
    return actor


def _titled_otherwise(actor: Actor, tok: Token, mmap: MentionMap, state: ArticleState) -> bool:
    """Was ``actor`` named in the story with a title, none of which has every title word of ``tok``'s noun phrase
    (Hungary's prime minister, for "the defence minister")?"""
    wanted = _title_words(tok, mmap) - {"general", "junta", "premier"}
    named = [words for words, a in state.titles if a.code == actor.code and a.rule_id == actor.rule_id]
    return bool(named) and not any(wanted <= words for words in named)


# Elections and their results (twelfth session, elect12): the entries whose id holds ELECTION_ENTRY name no actor (the
# vote, the result, the fraud, the defeat); the act is on the government of the country that held the vote.
ELECTION_ENTRY = ".election."
ELECTION_NOUNS = {"result", "outcome", "vote", "election", "poll", "ballot", "tally", "count", "figure", "referendum", "runoff", "recount"}
ELECTION_STORY = re.compile(r"\b(?:elect(?:ion|ions|oral|ed)|vot(?:e|es|ed|ing|ers?)|polls?|polling|ballots?|run-?offs?|referendum|recount|re-run|rerun)\b", re.I)
LONE_ELECTION_FORMS = frozenset({"vote", "election", "poll", "polls", "ballot", "result", "results", "outcome", "tally", "count", "figures", "referendum", "runoff", "defeat"})
LONE_VERDICT_FORMS = frozenset({
    "rigged", "stolen", "marred", "tainted", "falsified", "manipulated", "credible", "fair", "transparent", "fraudulent", "farce", "sham",
    "mockery", "travesty", "lacked", "reflect", "reflected", "recognise", "recognize", "conceded", "congratulated", "re-run", "rerun", "recount",
    "fraud", "irregularities", "inconsistencies",
})
ELECTION_RIVALS = HOME_DEMANDERS | {"ELI"}  # who, at home, judges or concedes a vote its own state ran


def _election_target(m, source: Actor, actors: dict[int, Actor], state, countries, text: str) -> Actor | None:
    """On whom a verdict on a vote, a refusal of its result, a call to re-run it or a conceded defeat is: the government
    of the country a word on the election noun names ("Georgia's election", "the Serbian vote"), else, for a party or
    people at home, their own country's, else, for a foreign state or body, the story's country's. An incumbent's
    concession is to its opposition. None when the story speaks of no vote, or the speaker is the state that held it."""
    if not ELECTION_STORY.search(text):
        return None  # "alleged fraud", "conceded defeat" in a story of no vote: a trial, a battle
    if m.entry.id == "diplomatic.election.concede_bare" and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative") for c in m.anchor.children):
        return None  # "conceded that mistakes were made", "conceded two goals": no defeat conceded
    if m.entry.id.startswith("diplomatic.election.concede"):
        # "conceded defeat to opposition leader Joseph Boakai": the winner named
        heads = [m.anchor, *(c for c in m.anchor.children if c.dep_ == "dobj")]
        to = [actors[p.i] for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj" and p.i in actors]
        if to:
            return to[0]
    sent = m.anchor.sent
    place = None
    for tok in sent:
        if tok.lemma_.lower() in ELECTION_NOUNS:
            for c in tok.children:
                a = actors.get(c.i)
                if c.dep_ in ("poss", "amod", "compound", "nmod") and a is not None and a.country and a.role is None:
                    place = a.country
                    break
        if place:
            break
    home = source.country if source.country in countries else None
    locus = state.locus if state is not None else None
    if place is None:
        if home and source.role in ELECTION_RIVALS:
            place = home
        elif home is None or (locus and home != locus):
            place = locus  # an international body, a foreign state: the vote of the country the story is about
        elif m.entry.id.startswith(("diplomatic.election.concede", "diplomatic.election.congratulate")) and source.role == "GOV":
            return _of_place(home, "OPP", source.rule_id)  # "President Weah conceded defeat": to his opposition
    if place is None or (place == home and source.role not in ELECTION_RIVALS):
        return None  # a state's own words on its own vote name no one else
    return _of_place(place, "GOV", source.rule_id)


MISSION_NOUNS = {"observer", "monitor", "mission", "delegation", "inspector"}  # sent by a body or a state to watch


def _sender_of_mission(head: Token, actors: dict[int, Actor]) -> Actor | None:
    """The body or state that sent the observers, monitors or mission a subject names ("Observers from the OSCE",
    "the observer mission of the African Union"), or None."""
    if head.lemma_.lower() not in MISSION_NOUNS or head.i in actors:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            for p in c.children:
                if p.dep_ == "pobj" and p.i in actors and actors[p.i].kind != AGENT:
                    return actors[p.i]
    return None


# Courts and their rulings (twelfth session, elect12): entries whose id holds COURT_ENTRY have a court undo an act
# (a ruling respected is RULING_ACCEPTANCES', code13). They name no other party.
COURT_ENTRY = ".court_rules."
COURT_RULED = {"ruling", "judgment", "judgement", "verdict", "decision"}


def _court_undoes(m, court: Actor, actors: dict[int, Actor]) -> Actor | None:
    """Whose act a court undoes: an actor of the court's own country named on the act noun ("Milei's decree", "the
    decree issued by parliament"), else that country's government; None for a court with no country."""
    if not court.country:
        return None
    act = next((t for t in m.matched if t.dep_ in ("dobj", "nsubj") and t.head.i in (m.anchor.i, *(c.i for c in m.anchor.children))), None)
    if act is not None:
        for c in act.children:
            heads = [c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by") else []
            for h in heads:
                a = actors.get(h.i)
                if a is not None and a.country == court.country and a.role not in (None, "JUD"):
                    return a
    return _of_place(court.country, "GOV", court.rule_id)





# --- people the story names but no dictionary knows (people12, twelfth session) ---------------------------------------
# A person named in full whom no dictionary lists ("the fugitive televangelist Apollo Quiboloy", "Ruth Kalima") and
# whom the story goes on to call by surname alone ("Quiboloy surrendered"), in a story about one country, is one of its
# civilians: the locus's CVL, remembered for the article (surname, pronouns). Such a person is a party only to events
# at home: an event between the stranger and an actor of another country is dropped (the story does not say whose
# national the person is). See docs/engine_policies.md "People the story names (twelfth session)".
STRANGER_RULE = "locus.stranger"
STRANGER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj"})
STRANGER_PREPS = frozenset({"by", "against", "with", "for", "on"})  # a pobj name after these is a party, not a place


def _stranger_name(head: Token, actors: dict[int, Actor], role_only: dict[int, str], mmap: MentionMap, text: str) -> bool:
    """Is ``head`` the last word of a person's full name no dictionary knows ("Apollo Quiboloy": two to four
    capitalised words, no word a mention, no role in the phrase) that the story also uses alone ("Quiboloy said")?"""
    if head.pos_ != "PROPN" or head.i in actors or head.i in role_only:
        return False
    slot = _stranger_slot(head)
    if slot.dep_ not in STRANGER_DEPS or slot.i in actors or slot.i in role_only or (slot.dep_ == "pobj" and slot.head.lower_ not in STRANGER_PREPS):
        return False
    words = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [head]
    if not 2 <= len(words) <= 4 or words[-2].i != head.i - 1 or words[0].i != head.i - len(words) + 1:
        return False  # (contiguous: "Apollo Quiboloy", "David Lewis Rubongoya")
    if any(not (w.text[:1].isupper() and w.text[1:2].islower()) or not w.text.replace("-", "").replace("'", "").isalpha() for w in words):
        return False  # acronyms, numbers, lower-case words are no personal name
    named = [t for c in head.lefts for t in c.subtree] + [head]  # (the name and its modifiers; not "in Moscow" after it)
    if any(t.i in mmap.by_token or t.i in role_only or t.i in actors for t in named) or head.lower_ in _CALENDAR:
        return False
    if any(t.i in head.doc.user_data.get(_TERM_WORDS, ()) for t in named):
        return False
    full = " ".join(w.text for w in words)
    alone = len(re.findall(r"(?<![\w-])" + re.escape(head.text) + r"(?![\w-])", text)) - len(re.findall(re.escape(full) + r"(?![\w-])", text))
    return alone > 0


def _stranger_slot(head: Token) -> Token:
    """The noun phrase a stranger's name fills: the name itself, or the common noun it is in apposition to ("the
    fugitive televangelist Apollo Quiboloy", "a lawyer, Ruth Kalima")."""
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.tag_ == "NN" and not head.head.text[:1].isupper():
        return head.head
    return head


def _title_noun(head: Token, mmap: MentionMap) -> str | None:
    """The title word in front of a person's name ("Interior Minister Marco Antonio Villeda": minister), when it is a
    noun of a person."""
    for t in head.lefts:
        if t.dep_ == "compound" and (m := mmap.get(t)) is not None and m.entry.kind == AGENT and t.lemma_.lower() in PERSON_NOUNS:
            return t.lemma_.lower()
    return None


_FULL_NAME_RE = re.compile(r"\b[A-Z][a-z]+ ([A-Z][a-z][\w'-]*[a-z])\b")


def _reused_surnames(text: str) -> set[str]:
    """The last words of two-word capitalised names that a story also uses alone ("Apollo Quiboloy ... Quiboloy
    said"), lower case: the pre-filter's guess at the surnames of people no dictionary knows (see _stranger_name)."""
    found = set()
    for last in {m.group(1) for m in _FULL_NAME_RE.finditer(text)}:
        if len(last) > 2 and last.lower() not in _CALENDAR and any(
            not re.search(r"\b[A-Z][\w'-]* $", text[: m.start()]) for m in re.finditer(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text)
        ):
            found.add(last.lower())  # (alone: not behind another capitalised word)
    return found


HEADING_VERBS = frozenset({"head", "lead", "chair", "run", "command"})  # "who heads the electoral commission"


def _body_headed(name: Token, actors: dict[int, Actor]) -> Actor | None:
    """The body a person's relative clause says the person heads ("Ahmed Bello, who heads the country's electoral
    commission": the commission), when the sentence resolved it and it is no country itself."""
    for rel in name.children:
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in HEADING_VERBS or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in rel.children):
            continue
        for obj in rel.children:
            if obj.dep_ == "dobj" and (body := actors.get(_np_head(obj).i)) is not None and body.role is not None and body.country:
                return body
    return None


def _clause_subject(tok: Token, actors: dict[int, Actor]) -> Actor | None:
    """The actor that is the subject of the nearest verb above ``tok`` that has a subject (not ``tok`` itself)."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") and (subj := subject_of(verb)) is not None and _np_head(subj).i != tok.i:
            return actors.get(_np_head(subj).i)
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _home_critic(tok: Token, actors: dict[int, Actor]) -> Actor | None:
    """The subject of the nearest verb above ``tok``, when it is an actor of a country's opposition, a party, its
    people or its legislature (HOME_DEMANDERS): who speaks of "the government" in a clause of its own."""
    actor = _clause_subject(tok, actors)
    return actor if actor is not None and actor.country and actor.role in HOME_DEMANDERS else None


# People a story about one country names by what they are to someone no dictionary knows ("Church members blocked
# roads", "Lawyers for the church accused police", "relatives of the victims"): its civilians (people12)
LOCAL_PEOPLE_NOUNS = frozenset({"member", "lawyer", "relative", "family", "follower", "villager", "parishioner", "congregant", "devotee"})


def _local_people(tok: Token) -> bool:
    """Is ``tok`` a plural of LOCAL_PEOPLE_NOUNS with no owner ("Church members", "Lawyers for the church"; not "his
    lawyers", whom PROXY_NOUNS gives to their client)?"""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in LOCAL_PEOPLE_NOUNS and not any(c.dep_ == "poss" for c in tok.children)


def _abroad_with_stranger(event: Event, strangers: set[str]) -> bool:
    """Is an event between a stranger of the story (see STRANGER_RULE) and an actor of another country, or one no
    words name ("Esmail Fekri was arrested": the arrest's state is the story's country too, a guess on a guess)?"""
    return (event.source_text in strangers or event.target_text in strangers) and (
        event.source_country != event.target_country or not event.source_text or not event.target_text
    )




# --- code choice between the right two parties (code12, twelfth session) ---------------------------------------------
# A generic cut in relations (160, "suspended X") is an act between states. Done by a state's organ to its own
# officials, party, court ruling or arm, or to a news outlet, it is an administrative sanction (172; on the press a
# restriction of political freedoms, 1721): "Marape suspended the police commissioner", "the PPRD was suspended by the
# authorities", "a court suspended part of the decree", "Burkina Faso's media council suspended the BBC".
def _sanction_not_cut(action, source: Actor, target: Actor) -> str | None:
    """The code of a 160 whose parties make it an administrative sanction, else None."""
    if action.code != "160" or source.role not in STATE_ROLES or not source.country:
        return None
    if target.role == "MED":
        return "1721"
    if target.country == source.country and target.role is not None and target.role not in ARMED_NONSTATE_ROLES | {"SEP"}:
        return "172"  # not armed groups: "ending the peace agreement with separatist armed groups" stays a cut
    return None


# "protested" said of a state (its government, or the country or capital standing for it; not a people, a party or a
# crowd) at another country is an official complaint (114), not political dissent (140): "Moscow protested the
# detentions", "China protested strongly against the vessel's intrusion", "Tokyo protested to Pyongyang".
def _state_itself(actor: Actor) -> bool:
    """Is the actor a state acting as one: its government, or its name or capital with no role?"""
    return actor.rule_id != LOCUS_RULE and (
        actor.role == "GOV" or (actor.role is None and actor.code == actor.country and actor.kind in (COUNTRY, CAPITAL))
    )


# A truce agreed is the act itself (0871, 087), not an intent (0356, 035): "Israel and Hamas agreed to a ceasefire to
# end the fighting" (the infinitive is the truce's aim), "the United States and the Houthis agreed to stop targeting
# each other", "India and Pakistan agreed to halt all firing" (two sides agreeing with each other to stop their blows
# make a truce; one side's offer or promise to stop stays an intent: "Hamas offered to halt rocket fire").
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def _agreed_to_truce(anchor: Token) -> bool:
    """Is the verb "agree" with a truce as what is agreed to or on ("agreed to a ceasefire", "agreed on a truce")?"""
    return anchor.lemma_.lower() == "agree" and any(
        c.dep_ == "prep" and c.lower_ in ("to", "on") and any(g.dep_ == "pobj" and g.lemma_.lower() in TRUCE_NOUNS for g in c.children)
        for c in anchor.children
    )


def _mutual_halt(m: PatternMatch, governor: Token | None) -> bool:
    """Is the match a halt of blows (087) that two sides agreed on together: "agree" governs it and its object is "each
    other", or the one who agreed is a compound subject ("India and Pakistan agreed to halt all firing")?"""
    if governor is None or not m.entry.code.startswith("087"):
        return False
    return _agreed_together(governor, m.anchor)


def _agreed_together(governor: Token, act: Token) -> bool:
    """Is ``governor`` "agree" said of two sides together: a compound subject, or an act on "each other" (the act's
    own object, that of a verb it governs, or a possessor in it: "strikes on each other's energy facilities")?"""
    if governor.lemma_.lower() != "agree":
        return False
    subj = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if subj is not None and any(c.dep_ == "conj" for c in subj.children):
        return True
    return any(t.lower_ == "other" and t.i > 0 and t.nbor(-1).lower_ == "each" for t in act.subtree)


# A claim to something ("China's sovereignty claims", "territorial claims", "maritime claims") is no accusation: its
# rejection is a rejection (12), not a denial (016): "Taiwan's government rejects China's sovereignty claims".
CLAIMED_THINGS = frozenset({"sovereignty", "territorial", "maritime", "land", "border", "ownership", "boundary", "historical", "historic"})


def _claim_to_something(anchor: Token) -> bool:
    """Is a rejecting verb's object a claim to something ("rejected Beijing's maritime claims")?"""
    return anchor.lemma_.lower() in ("reject", "dismiss", "rebuff", "refute", "deny") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "claim"
        and any(g.dep_ in ("compound", "amod") and g.lemma_.lower() in CLAIMED_THINGS for g in c.children)
        for c in anchor.children
    )


# Verbs a demand with no one named is made through: the envoy summoned, the one accused or condemned (code12).
DEMAND_CARRIERS = frozenset({"summon", "accuse", "condemn", "criticise", "criticize", "denounce", "blame"})


def _state_decides(m: PatternMatch, actors: dict[int, Actor]) -> bool:
    """Is the doer of the match a state's government (not a party, a legislature or a people): its announced
    administrative sanction is a decision, not a threat (code12)?"""
    subj = m.source_head if m.source_head is not None else subject_of(m.anchor)
    actor = actors.get(subj.i) if subj is not None else None
    return actor is not None and actor.role in ("GOV", None) and actor.kind != DEMONYM and actor.code[:3] == (actor.country or "")[:3]




# ---- fp12 (twelfth session): false positives on new stories ----------------------------------------------------------

# Acts with one party on each side that a compound subject never does among its own members: "The United States,
# Britain and the EU called for an investigation" is no phone call among the three ("X and Y spoke by phone" is another
# entry's); a call needs the one called.
CALLEE_ENTRIES = frozenset({"consult.phone.call"})


# Reported demands ("X said Y must ...", "X insisted that Y ...") that are no demand when Y is the speaker's own state
# (see _own_state_policy); ids by prefix
OWN_STATE_DEMANDS = ("demand.said_must", "demand.that")


def _own_state_policy(source: Actor, target: Actor) -> bool:
    """Is ``target`` the speaker's own state as a whole: its country, or its government for a government speaker
    ("Trump said the United States should ...", "the minister said the government must ...")? Not an opposition's
    or a people's demand of their government ("The opposition said the government should resign")."""
    if not source.country or source.country != target.country:
        return False
    return (target.role is None and source.role in (None, "GOV")) or (target.role == "GOV" and source.role in (None, "GOV"))


# Prepositions of what a noun phrase is against or about: a place behind one is the topic's, not the phrase's own
STANCE_PREPS = frozenset({"against", "over", "about", "toward", "towards"})

# Prepositions of the border a place is near, inside a place phrase: "in the Bryansk region near the borders of Ukraine
# and Belarus" is in Russia (but "at a concert hall near Moscow" is near Moscow; the verb's own "near X" is left alone)
NEARBY_PREPS = frozenset({"near", "along", "on", "by", "beyond", "off", "opposite"})


def _backed_from_outside(head: Token) -> bool:
    """Is a role noun called backed by someone with a hyphen ("Iran-backed militant groups", "Russian-backed
    separatists", "U.S.-funded groups")? Whose they are the words do not say, so they are not the speaker's own
    people by default."""
    doc = head.doc
    for tok in doc[head.left_edge.i : head.i]:
        if tok.lower_ in BACKING_WORDS and tok.i >= 2 and doc[tok.i - 1].text in ("-", "‐", "–") and doc[tok.i - 2].text[:1].isupper():
            return True
    return False


BACKING_WORDS = frozenset({"backed", "supported", "sponsored", "funded", "armed", "trained", "aligned", "allied", "affiliated"})


def _listed_together(tok: Token, actors: dict[int, Actor], state: ArticleState) -> set[frozenset[str]]:
    """The pairs of countries named in one list of three or more, in ``tok``'s sentence before it or in the lists the
    story keeps (ArticleState.groups): "Britain, France and Germany" stand together, no two sides of each other."""
    lists = [{a.country for a in g if a.country} for g in state.groups]
    for i in actors:
        if i < tok.i and len(conj := tok.doc[i].conjuncts) >= 2:
            lists.append({actors[k.i].country for k in (tok.doc[i], *conj) if k.i in actors and actors[k.i].country})
    return {frozenset((x, y)) for members in lists if len(members) >= 3 for x in members for y in members if x != y}

ADVANCE_VERBS = frozenset({"march", "advance", "move", "push"})
ARMED_MARCHERS = frozenset({"REB", "SEP", "INS", "UAF", "MIL"})  # (not RAD: radical parties march in the streets)
POLITICAL_RIVAL_ROLES = frozenset({"GOV", "OPP", "LEG", "ELI", "PTY", "JUD"})  # people whose "him" may be a compatriot
CLASH_VERBS = frozenset({"exchange", "trade", "clash", "fight", "battle", "skirmish"})


def _after_a_clash(anchor: Token) -> bool:
    """Is the verb a participle adjunct of a clash ("exchanged fire, killing two guards", "clashed in the valley,
    leaving 20 soldiers dead")?"""
    return anchor.tag_ == "VBG" and anchor.dep_ in ("advcl", "conj", "xcomp") and anchor.head.i != anchor.i and anchor.head.lemma_.lower() in CLASH_VERBS




# Reactions to an act named by a noun (twelfth session, react12): a feeling said over the act ("expressed regret over
# the decision", "voiced dismay at the expulsion"): the act is what the reaction is to (_reaction_objects)
FEELING_NOUNS = frozenset({
    "regret", "displeasure", "dismay", "disappointment", "disapproval", "unease", "dissatisfaction", "discontent",
    "indignation", "outrage", "anger", "concern", "alarm", "shock", "satisfaction", "approval", "support", "protest",
})
FEELING_PREPS = frozenset({"over", "about", "at", "with"})


def _gerund_noun(tok: Token) -> str | None:
    """The noun a gerund the small model reads as a verb stands for, when an article makes it a noun phrase ("called
    the firing a provocation": "firing" a VBG with "the" on it, "the shelling"): its word, else None."""
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "dative", "oprd") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") and c.i < tok.i for c in tok.children
    ):
        return tok.lower_
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.i > tok.i and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") and c.i < tok.i for c in tok.head.children
    ) and tok.lower_ in MADE_THINGS | set(EVENT_NOUNS):
        return tok.lower_  # "called the ruling unhelpful": "ruling" read as a participle on the verdict, "the" on that
    return None


# A court's ruling accepted (react12): "respected the judgment", "would abide by the ruling" (08_yield_react12.yaml)
RULING_ACCEPTANCES = frozenset({"yield.accept_ruling"})
COURT_WORDS = frozenset({"court", "tribunal", "judge", "judiciary", "bench", "panel"})
RULING_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement", "decision"})


def _accepted_ruling(anchor: Token) -> Token | None:
    """The ruling a verb of acceptance takes: its object ("respected the judgment"), or the object of its "by" or "with"
    ("abide by the ruling", "comply with the verdict"), when that is a verdict noun (or "decision"); else None."""
    for c in anchor.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in RULING_NOUNS:
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "with"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in RULING_NOUNS:
                    return p
    return None


# Reactions to an act named by a noun (react12): the doer of an act the story names by a noun, told around it, for
# the story's memory (ArticleState.named_acts, _acts_named_by_nouns): a nationality on the noun ("an Israeli strike",
# "the Russian shelling"), the one blamed or accused of it ("blamed Ukraine for the attack", "accused India of being
# behind the blasts", "held Hamas responsible for the bombing"), or the nationality of the verdict a reaction names it
# by ("condemned the strike as an Israeli crime", "called the seizure an Iranian act of piracy")
BLAME_VERBS = frozenset({"blame", "accuse", "hold", "suspect"})
BEHIND_VERBS = frozenset({"be", "carry", "stage", "mount", "launch", "conduct", "orchestrate", "perpetrate", "plan", "commit"})


def _nationality_on(noun: Token, actors: dict[int, Actor]) -> list[Actor]:
    """The actors a nationality adjective in front of a noun names ("an Israeli crime", "the Russian strikes")."""
    found = [actors[c.i] for c in noun.children if c.dep_ == "amod" and c.i < noun.i and c.i in actors and actors[c.i].kind == "adjective"]
    if not found and noun.i in actors and actors[noun.i].kind == AGENT and any(c.dep_ == "amod" and c.text[:1].isupper() for c in noun.lefts):
        found = [actors[noun.i]]  # "an Iranian act": the name in front is read into the noun
    return found


def _doers_told_of(noun: Token, actors: dict[int, Actor]) -> list[Actor]:
    """The doers of the act ``noun`` names, told on it or around it (see BLAME_VERBS); [] when none is."""
    lemma = noun.lemma_.lower()
    if lemma not in PATIENT_NOUNS and lemma not in COERCION_NOUNS and (found := _nationality_on(noun, actors)):
        return found  # "an Israeli air strike", "the Russian shelling"
    if (found := _blamed_on(noun, actors)):
        return found  # "an air strike it blamed on Israel", "blamed the attack on Kyiv" (target14)
    # climb from the noun to the verb whose "for" / "of" phrase holds it: "blamed X for the attack", "accused X of the
    # attack", "accused X of being behind the attack", "of carrying out the attack"
    head, hops = noun, 0
    while hops < 4 and head.dep_ in ("pobj", "pcomp", "prep", "dobj", "xcomp") and head.head.i != head.i:
        if head.dep_ == "prep" and head.lower_ in ("for", "of") and head.head.lemma_.lower() in BLAME_VERBS:
            verb = head.head
            if any(c.dep_ == "neg" for c in verb.children) or not _took_place(verb):
                return []
            return [actors[c.i] for c in verb.children if c.dep_ in ("dobj", "dative") and c.i in actors]
        if head.dep_ in ("dobj", "xcomp") and head.head.lemma_.lower() not in BEHIND_VERBS:
            break
        if head.dep_ == "prep" and head.lower_ not in ("for", "of", "behind", "out"):
            break
        head, hops = head.head, hops + 1
    # the verdict a reaction names the act by: "condemned the strike as an Israeli crime", "called the seizure an
    # Iranian act of piracy"
    if noun.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        verb = noun.head
        verdicts = [p for c in (*verb.children, *noun.children) if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        verdicts += [c for c in verb.children if c.dep_ == "oprd" and verb.lemma_.lower() in NAMING_VERBS]
        for v in verdicts:
            if (found := _nationality_on(v, actors)):
                return found
    return []


# Words for one use of force, kin when a doer was named on one of them (ArticleState.named_acts): "blamed X for the
# blasts ... condemned the bombings"; a blast or an explosion is remembered only with a doer named on it (react12)
BLAST_NOUNS = frozenset({"blast", "explosion"})
FORCE_KIN = frozenset({n for n, roots in EVENT_NOUNS.items() if roots == _FIGHTING} | BLAST_NOUNS)


ALSO_WORDS = frozenset({"also", "too", "likewise", "similarly"})


def _echoed_reaction(anchor: Token, code: str, sources: Sequence[Actor], objects: list[tuple[Token, bool]], state: ArticleState) -> list[Actor]:
    """For a reaction said "also" ("NATO also condemned the attack") whose object is an act noun: the targets of the
    story's latest coded reaction by the same verb (within REACT_REACH sentences) by others, when none is of the
    reactors' own side; [] otherwise."""
    if not any(c.dep_ == "advmod" and c.lower_ in ALSO_WORDS for c in anchor.children):
        return []
    if not any(_act_referred_to(obj, relative) for obj, relative in objects):
        return []
    verb = anchor.lemma_.lower()
    codes = {s.code for s in sources}
    for act in reversed(state.acts):
        root, said, doers, done_to, _ = act
        if state.acts.age(act) > REACT_REACH:
            break
        if root == code[:2] and said == verb and done_to and not any(d.code in codes for d in doers):
            if any(_own_side(t, s) or t.code == s.code for t in done_to for s in sources):
                return []
            return [replace(t, head=-1) for t in done_to]
    return []


def _lede_court(objects: list[tuple[Token, bool]], sources: Sequence[Actor], state: ArticleState) -> list[Actor]:
    """In a story whose news (the act its first sentence tells) is a court's, "the ruling", "the verdict", "the
    judgment" is that court's, whatever other ruling the story cites ("A Rome court ordered ... citing a ruling by the
    European Court of Justice ... Meloni called the ruling 'prejudicial'"); not when the reactor is that court. []
    otherwise (react12)."""
    if not state.told or not any((obj.lemma_.lower() in COURT_VERDICTS or obj.lower_ in COURT_VERDICTS) and (relative or any(c.lower_ == "the" for c in obj.lefts)) for obj, relative in objects[:1]):
        return []
    first = state.told[0][2]
    own = {s.code for s in sources}
    courts = [d for _, doers, index in state.told if index == first for d in doers if d.role == "JUD" and d.code not in own and d.country]
    return [replace(courts[0], head=-1)] if courts else []


# A coup or a takeover told by a verb: the verbs (ArticleState.told) "the coup", "the takeover" refer to (react12)
SEIZURE_OF_POWER = dict.fromkeys(("coup", "takeover"), frozenset({"seize", "take", "topple", "overthrow", "oust", "depose", "stage", "grab"}))


# A launch told by what was put up or fired (react12): "Pyongyang said it had put a spy satellite into orbit ... The
# United States, Japan and South Korea condemned the launch": the subject of put, place, send, fire or launch with a
# satellite, rocket or missile as its object launched it (ArticleState.named_acts, as "the launch")
PROJECTILES = frozenset({"satellite", "rocket", "missile", "spacecraft", "probe"})
PUTTING_VERBS = frozenset({"put", "place", "send", "fire", "launch", "lob", "loft"})


def _launches_told(tokens, actors: dict[int, Actor]) -> list[tuple[str, tuple[Actor, ...]]]:
    out = []
    dep_of = doc_labels(tokens[0].doc)[0] if tokens else []  # Token.dep_, from the Doc's columns
    lemma_of = doc_lemmas(tokens[0].doc) if tokens else []  # and lemma_.lower()
    for tok in tokens:
        if dep_of[tok.i] != "dobj" or lemma_of[tok.i] not in PROJECTILES or tok.head.lemma_.lower() not in PUTTING_VERBS:
            continue
        verb = tok.head
        if any(c.dep_ == "neg" for c in verb.children) or not _took_place(verb):
            continue
        subj = subject_of(verb)
        if subj is None:
            continue
        doers = [actors[t.i] for t in conjuncts(_np_head(subj)) if t.i in actors and actors[t.i].country]
        if doers:
            out.append(("launch", tuple(replace(d, head=-1) for d in doers)))
    return out




# --- say12: what speakers say of a vote (twelfth session, reported judgements) ---------------------------------------
# A verdict said of an election, a vote or its count ("said the vote was rigged", "the election had been marred by
# vote-buying", "the results were not credible", "do not reflect the will of the people") is a criticism of the state
# that held it: its government, or the body that voted when one is named on the noun ("the vote in parliament").
VOTE_NOUNS = frozenset({"election", "vote", "poll", "polls", "ballot", "referendum", "runoff", "plebiscite", "count", "result", "results", "tally", "figures", "outcome"})
_VOTE_BARE = frozenset({"election", "vote", "poll", "polls", "ballot", "referendum", "runoff", "plebiscite"})  # these name a vote by themselves
_VOTE_WORDS = re.compile(r"\b(election|elections|vote|voting|ballot|referendum|runoff|polls|electoral)\b", re.I)
VOTE_TAINTS = frozenset({"rig", "mar", "taint", "manipulate", "falsify", "steal", "tamper", "fix", "undermine", "compromise", "distort"})
VOTE_VIRTUES = frozenset({"credible", "free", "fair", "transparent", "legitimate", "valid", "democratic", "genuine", "credibility", "legitimacy"})
VOTE_LACKS = frozenset({"credibility", "transparency", "legitimacy", "integrity", "fairness", "credible"})
SAY12_PROMISES = frozenset({"vow", "pledge", "promise", "swear", "assure", "guarantee", "commit", "undertake"})  # "vowed that it would stand with Kyiv": a promise (032)
VOTE_SPEECH = VERDICT_SPEECH_VERBS | {"complain", "conclude", "find", "announce", "report", "contend", "assert"}


def _is_vote(noun: Token, text: str) -> bool:
    """Does ``noun`` name a vote: "the election", "the vote", or "the results" / "the figures" in a story about one?"""
    lemma = noun.lemma_.lower()
    if lemma not in VOTE_NOUNS and noun.lower_ not in VOTE_NOUNS:
        return False
    return lemma in _VOTE_BARE or noun.lower_ in _VOTE_BARE or _VOTE_WORDS.search(text) is not None


def _vote_speech(clause: Token) -> Token | None:
    """The verb of saying a clause is reported by ("said the vote was rigged"), else None."""
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in VOTE_SPEECH:
        return clause.head
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp" and clause.head.head.lemma_.lower() in VOTE_SPEECH:
        return clause.head.head  # "said the count was slow and the result was rigged"
    return None


def _vote_verdict(noun: Token) -> Token | None:
    """The verb of saying by which a verdict on a vote is told, for the shapes no verdict word covers: a taint in the
    passive ("the vote was rigged / marred by ..."), a virtue denied ("the results were not credible", "was neither
    free nor fair"), a lack ("lacked credibility and transparency"), a will not reflected ("do not reflect the will of
    the people"), a shortfall ("fell short of international standards"). None when not said, or said as a doubt."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = noun.head
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" or c.lower_ in ("never", "neither", "nor") for c in clause.children)
    hit = False
    if noun.dep_ == "nsubjpass" and lemma in VOTE_TAINTS and not negated:
        hit = True  # "the vote was rigged", "had been marred by vote-buying"
    elif lemma == "be" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in VOTE_VIRTUES and (negated or any(g.lower_ in ("neither", "not") for g in c.children)) for c in clause.children):
        hit = True  # "the results were not credible", "the vote was not free and fair"
    elif lemma == "lack" and not negated and any(c.dep_ == "dobj" and c.lemma_.lower() in VOTE_LACKS for c in clause.children):
        hit = True  # "the election had lacked credibility"
    elif lemma == "have" and not negated and any(c.dep_ == "dobj" and c.lemma_.lower() in VOTE_LACKS and any(g.lower_ == "no" for g in c.children) for c in clause.children):
        hit = True  # say15: "the election had no legitimacy", a lack told with "no"
    elif lemma == "reflect" and negated and any(c.dep_ == "dobj" and c.lemma_.lower() in ("will", "wish", "choice") for c in clause.children):
        hit = True  # "the results do not reflect the will of the people"
    elif lemma == "fall" and not negated and any(c.lower_ == "short" for c in clause.children):
        hit = True  # "the vote fell short of international standards"
    if not hit or mood(clause) is not None or blocked_reason(clause) not in (None, "negated"):
        return None
    return _vote_speech(clause)


def _vote_state(noun: Token, speakers: Sequence[Actor], actors: dict[int, Actor], state: ArticleState | None) -> list[Actor]:
    """Who held a vote judged: a legislature or international body named on the noun ("the vote in parliament") is
    itself; a country named on it ("Georgia's election", "the Serbian vote", "the election in Venezuela") or the
    story's country (its locus), else the speaker's own country (an opposition judging its country's vote), gives that
    country's government."""
    named = [actors[noun.i]] if noun.i in actors else []  # "Georgia's parliamentary election", one phrase with its country
    named += [actors[c.i] for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i in actors]
    named += [actors[_np_head(p).i] for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for p in c.children if p.dep_ == "pobj" and _np_head(p).i in actors]
    bodies = [a for a in named if a.role == "LEG" or a.code[:3] == "IGO"]
    if bodies:
        return bodies[:1]
    role = "LEG" if any(c.dep_ == "prep" and c.lower_ == "on" for c in noun.children) and noun.lemma_.lower() in ("vote", "ballot") else "GOV"  # "the vote on the budget": a legislature's
    country = next((a.country for a in named if a.country and a.code[:3] != "IGO"), None) or (state.locus if state is not None else None)
    if country is None:
        country = next((s.country for s in speakers if s.country and s.role not in STATE_ROLES), None)
    if country is None and state is not None and not any(s.country for s in speakers):
        # "Zimbabwe voted on Wednesday. The regional bloc said the vote had fallen short of ...": a speaker of no
        # country judges the vote of the country the story named last
        country = next((a.country for a in reversed(state.history) if a.country and a.role in STATE_ROLES), None)
    if country is None or country == "IGO":
        return []
    return [Actor(country + role, country, role, _np_text(noun), "vote.state", AGENT, noun.i)]


# wrongs whose doer a "by" phrase names (not acts of force, which are coded as what they are: "the attack by Hamas")
BY_WRONGS = frozenset({"interference", "meddling", "intimidation", "harassment", "provocation", "blackmail", "encroachment", "infringement", "violation", "breach", "persecution", "propaganda", "smear", "slander", "hypocrisy"})


def _verdict_by(noun: Token) -> tuple[Token, Token] | None:
    """(the verb of saying, the "by" phrase's object) for a verdict noun whose doer is named in a "by" phrase on it or
    on its last conjunct ("interference and intimidation by Russia"), in a clause reported by a verb of saying that took
    place ("said the vote had taken place under ... interference by Russia"); None otherwise, and for a verdict that
    is itself what the clause says of its subject (the judgement rules code that)."""
    if noun.lemma_.lower() not in BY_WRONGS:
        return None
    nouns = [noun, *(c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    by = next((p for n in nouns for c in n.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"), None)
    if by is None or noun.dep_ in ("attr", "acomp", "oprd", "nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.lower_ in ("without", "against", "of")):
        return None  # ("held without interference by anyone", "protested against", "fears of interference")
    if any(c.lower_ in ("no", "any", "alleged", "possible", "potential", "suspected") for c in noun.lefts) or any(c.lower_ in ("foreign", "outside", "external") for c in by.lefts):
        return None  # ("interference by foreign governments": no one named)
    clause = noun
    for _ in range(5):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX") or blocked_reason(clause) is not None or mood(clause) is not None:
        return None
    speech = _vote_speech(clause)
    if speech is None or not _took_place(speech):
        return None
    return speech, by


# say12: nouns that carry the verdict of their "of" phrase to the naming ("called its military a bunch of fools")
VERDICT_CARRIERS = frozenset({"act", "form", "case", "kind", "bunch", "band", "gang", "pack", "den", "nest", "instrument", "tool", "sort", "type", "example", "symbol", "campaign", "manifestation", "declaration", "display", "policy"})  # (crit13: "a manifestation of terror", "a declaration of war")


# say12: whom a reported criticism is of, when the actor resolved for its target says less than the sentence does
WORK_FOR = frozenset({"work", "act", "spy", "operate"})
OWN_STATE_NOUNS = frozenset({"government", "administration", "cabinet", "regime", "authorities", "president", "prime", "minister", "parliament", "coalition"})


def _said_of_whom(source: Actor, target: Actor, doc: Doc, actors: dict[int, Actor]) -> Actor:
    """The target of a demand, criticism, rejection or threat, corrected in two cases: a bare role noun the story's
    country was given ("the government") in the mouth of an opposition of another country is that opposition's own
    ("Opposition leader Starmer said the government had wasted money" in a story about Rwanda: GBRGOV); people
    "working for" or "acting on behalf of" an actor are that actor's ("two Ukrainian citizens working for Russian
    intelligence": RUSSPY)."""
    head = doc[target.head] if 0 <= target.head < len(doc) else None
    bare = head is not None and head.lemma_.lower() in OWN_STATE_NOUNS and all(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if (bare or target.rule_id == LOCUS_RULE) and source.role == "OPP" and source.country and target.country != source.country and target.role in STATE_ROLES - {None}:
        return replace(target, code=source.country + (target.role or ""), country=source.country)
    if head is not None and head.pos_ in ("NOUN", "PROPN"):
        for acl in head.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in WORK_FOR:
                for prep in acl.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("for", "on"):
                        obj = next((p for p in prep.subtree if p.dep_ == "pobj" and _np_head(p).i in actors and _np_head(p).i != head.i), None)
                        if obj is not None:
                            return actors[_np_head(obj).i]
    return target



def _latest_court_of(objects: list[tuple[Token, bool]], sources: Sequence[Actor], state: ArticleState) -> list[Actor]:
    """say12: the court of "the ruling", "the verdict" a criticism or rejection answers when no coded act is its doer
    ("Britain's Supreme Court ruled the plan unlawful. Kigali took issue with the ruling"): the story's latest court
    not the speaker's own, as the judgement rules find it for "called the ruling biased"."""
    own = {s.code for s in sources}
    for obj, _ in objects:
        if (obj.lemma_.lower() in COURT_VERDICTS or obj.lower_ in COURT_VERDICTS) and any(c.lower_ in ("the", "this", "that", "today's", "friday's") or c.dep_ == "poss" for c in obj.lefts):
            return [a for a in reversed(state.history) if a.role == "JUD" and a.country and a.code not in own][:1]
    return []


# --- quote12: the words inside a quotation (twelfth session) ------------------------------------------------------
# Inside a quotation the speaker's "we" is its own side (_quote_speaker); "they"/"them" are not: in wire copy they are
# the party the story has been about ('"They attacked our cities again," Zelensky said' after a Russian strike), and a
# bare "this" is the act just told ('"We will never accept this," Lai said'). Both stand for the doer of the story's
# latest act against the speaker (_latest_doer_against).
QUOTED_DEMONSTRATIVES = {"this", "that"}


def _quoted_speaker(tok: Token, actors: dict[int, Actor]) -> Actor | None:
    """The actor who says the quotation ``tok`` stands in: the subject of the verb of saying its clause hangs on
    (_quote_speaker), with a quotation mark between the word and that verb (a quotation, not reported speech:
    "Zelensky said they would ..." keeps the ordinary pronoun rules), in either order ('"...," X said', 'X said: "..."')."""
    said = _quote_speaker(tok)
    if said is None:
        return None
    verb = said.head
    lo, hi = sorted((tok.i, verb.i))
    if not any(t.is_quote or t.text in ("\u201c", "\u201d", "'", "''", "``") for t in tok.doc[lo + 1 : hi]):
        return None
    return actors.get(_np_head(said).i)


def _quoted_other(tok: Token, actors: dict[int, Actor], state: ArticleState, antecedent: Actor | None) -> Actor | None:
    """The party a quoted "they"/"them" or bare "this"/"that" stands for: the doer of the story's latest act against
    the speaker, when the ordinary rules found no one or the speaker's own side (no one speaks of its own side as
    "they"); None to keep the ordinary antecedent."""
    if tok.lower_ in QUOTED_DEMONSTRATIVES and (tok.tag_ != "DT" or tok.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj")):
        return None  # a determiner ("this attack") or a relative "that"
    speaker = _quoted_speaker(tok, actors)
    if speaker is None or not speaker.country:
        return None
    if tok.lower_ not in QUOTED_DEMONSTRATIVES and any(
        t.lower_ in ("our", "my") and t.dep_ == "poss" for t in tok.doc[tok.sent.start : tok.i]
    ):
        return None  # '"Our soldiers are brave and they will defend Kyiv"': the speaker's own named first
    if antecedent is not None and antecedent.head >= 0 and tok.sent.start <= antecedent.head < tok.i:
        return None  # an actor the quote itself names before the pronoun ('"Israel must stop, and they know it"')
    return _latest_doer_against(speaker, state)


def _quoted_own(tok: Token, actors: dict[int, Actor]) -> Actor | None:
    """The speaker a quoted "our" stands for ('"They attacked our cities," Zelensky said': Ukraine's cities), as
    _quote_speaker finds it for "we" (from the clause of the noun "our" is on)."""
    if tok.lower_ != "our" or tok.dep_ != "poss" or tok.head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative"):
        return None
    speaker = _quoted_speaker(tok.head, actors)
    return speaker if speaker is not None and speaker.country else None


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
_AFTER_BARE_THIS = frozenset({"is", "was", "will", "would", "must", "has", "cannot", "can", "should"})


def _quoted_this(words: Sequence[str]) -> bool:
    """Does a sentence with a quotation mark hold a bare "this" or "that" (no noun after it: "accept this,", "This is
    piracy", "reject this completely")? The pre-filter's test (words only, no parse) for the act a quotation refers back to."""
    if QUOTE_MARKS.isdisjoint(words):
        return False
    return any(
        w in QUOTED_DEMONSTRATIVES and (k + 1 == len(words) or not words[k + 1].isalpha() or words[k + 1] in _AFTER_BARE_THIS or words[k + 1].endswith("ly"))
        for k, w in enumerate(words)
    )


def _split_quote_verb(clause: Token) -> Token | None:
    """The verb of saying the parser hangs on a quoted clause as parataxis ('"We will respond," Zelensky said, "with
    force."', '"We are ready," he said'), with a quotation mark between the clause and it; None otherwise."""
    for c in clause.children:
        if c.dep_ == "parataxis" and c.i > clause.i and c.lemma_.lower() in REPORTING_VERBS and any(
            t.is_quote for t in clause.doc[clause.i + 1 : c.i]
        ):
            return c
    return None




# verbs12: the verbs the codebook lacked, by how often news uses them


def _named_here(actor: Actor, text: str) -> bool:
    """Whether ``actor`` is one the sentence ``text`` names (its words stand in it), not one the story's memory
    supplied (the maker of an earlier accusation a denial answers)."""
    return bool(actor.text) and actor.text in text


CROWD_OUTSIDE = frozenset({"protest.verbs12.gather_outside", "protest.verbs12.gather_in_front"})  # a crowd gathered outside a party's seat (141)
FORCES_AT_A_SEAT = frozenset({"COP", "SPY", "GOV"})  # those who gather outside a building on duty, not in protest
HOMES_NOT_SEATS = frozenset({"home", "house", "residence", "hospital", "prison", "jail"})  # no party's seat (verbs12)




# party12: parties no dictionary lists, by the side the story gives them and the marks it names them by later
PARTY_SIDES = {"opposition": "OPP", "ruling": "GOV", "governing": "GOV"}


def _party_side(head: Token) -> str | None:
    """The side a party's name is given in front of it: "the (main) opposition People's Party" (OPP), "the ruling
    Justice Party", "the governing coalition" (GOV); None when no side is said."""
    k = head.i - 1
    while k >= head.sent.start:  # the words in front of the name, back to its article ("opposition" is parsed anywhere)
        t = head.doc[k]
        if t.lower_ in PARTY_SIDES and t.dep_ not in ("ROOT", "conj", "pobj", "dobj"):  # ("opposition" misread as a subject too)
            return PARTY_SIDES[t.lower_]
        if not ((t.text[:1].isupper() and t.i > head.sent.start) or t.lower_ in PARTY_NAME_FILLERS):
            return None
        k -= 1
    return None


PARTY_NAME_FILLERS = {"main", "'s", "-", "largest", "biggest", "junior", "senior", "small", "of", "and", "for"}


def _party_marks(head: Token) -> list[str]:
    """The acronyms a party's name gives the story: the one in brackets after it ("the All People's Congress (APC)")
    and the initials of its capitalised words ("APC"), at least two letters."""
    doc, marks = head.doc, []
    k = head.i + 1
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text.isupper() and doc[k + 1].is_alpha and 2 <= len(doc[k + 1]) <= 6:
        marks.append(doc[k + 1].text)
    words = [t for t in doc[head.left_edge.i : head.i + 1] if t.text[:1].isupper() and t.is_alpha and t.lower_ not in ("the", "main") and t.lower_ not in PARTY_SIDES]
    if len(words) >= 3:
        marks.append("".join(t.text[0] for t in words))
    return [m for m in marks if len(m) > 2]


_PARTY_MARK_RE = re.compile(r"\b((?:[A-Z][\w-]*(?:'s)? ){1,5}(?:Party|Alliance|Front|Movement|Congress|Coalition))\b(?:[^().]{0,40}\(([A-Z]{2,6})\))?")


def _story_party_marks(text: str) -> re.Pattern | None:
    """The acronyms a story gives the parties it names in full (in brackets, or the initials of three or more
    capitalised words), as one regex for the pre-filter; None when it gives none."""
    marks = set()
    for m in _PARTY_MARK_RE.finditer(text):
        if m.group(2):
            marks.add(m.group(2))
        words = [w for w in m.group(1).split() if w not in ("The", "A")]
        if len(words) >= 3:
            marks.add("".join(w[0] for w in words))
    marks = {k for k in marks if len(k) > 2}
    return re.compile(r"\b(?:" + "|".join(sorted(marks)) + r")\b") if marks else None


def _party_owner_name(head: Token, mmap) -> bool:
    """Is a party word a dictionary also lists ("Congress", a legislature) named by a name in the possessive that no
    dictionary knows ("the All People's Congress"), so the name is a party's, not a state's chamber?"""
    return head.lower_ in PARTY_HEADS and any(c.dep_ == "poss" and c.text[:1].isupper() and c.i not in mmap.by_token and c.lower_ not in ("its", "their") for c in head.children)


PARTY_SIDE_ROLES = {"OPP", "GOV", "PTY"}
PARTY_MEMBER_NOUNS = {"lawmaker", "legislator", "member", "leader", "supporter", "candidate", "activist", "official", "spokesman", "spokeswoman", "spokesperson", "chairman", "legislators", "mp", "mps"}


def _party_of_member(tok: Token, actors: dict, state) -> Actor | None:
    """The party no dictionary knows that a person is named as one of: "Samura Kamara of the APC" (a name with "of"
    and the party's name or mark), "APC lawmakers", "the APC's spokesman" (a member noun with the party's mark in
    front). Only a party the story named before or in this sentence (state.names, a locus party actor)."""
    def party(t: Token) -> Actor | None:
        a = actors.get(t.i)
        if a is not None:
            return a if a.rule_id == LOCUS_RULE and a.role in PARTY_SIDE_ROLES and _party_name(t) else None
        if t.pos_ == "PROPN" and t.text.isupper() and (named := state.names.get(fold(t.text))) is not None and named.role in PARTY_SIDE_ROLES and not named.personal:
            return named
        if state.locus and t.lower_ in PARTY_HEADS and _party_name(t) and not any(c.dep_ in ("compound", "amod", "poss") and c.i in actors for c in t.children):
            side = _party_side(t) or "PTY"  # "Labour Party lawmakers": the story country's party, named in passing
            return Actor(state.locus + side, state.locus, side, _np_text(t), LOCUS_RULE, AGENT, t.i)
        return None

    if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and (a := party(p)) is not None:
                        return a
        return None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PARTY_MEMBER_NOUNS:
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("compound", "poss") and (a := party(c)) is not None:
                return a
    return None


LATEST_PARTY = "\x00party"  # the key of ArticleState.names that holds the party the story named last (party12)
BARE_PARTY_NOUNS = {"party", "movement"}
_BARE_PARTY_RE = re.compile(r"\b[Tt]he (?:party|movement)\b(?! of)")


# ----------------------------------------------------------------------------- plover13: the model's stranded objects

from coding.verbs import forget_parse_views as _forget_parse_views  # (plover13's block)


def _repair_stranded_object(doc: Doc) -> bool:
    """Give a preposition the object the model read as the subject of a participle after it: "granted asylum to five
    Panamanian officers holed up in a residence" is parsed with "to" left empty and "officers" the subject of "holed"
    (a clause with no auxiliary and no conjunction, tagged a participle or a past tense). The noun becomes the preposition's
    object and the participle a clause on it ("officers holed up ..."), as the model parses "refugees stranded at the
    border". Returns whether the parse changed."""
    changed = False
    dep_of, kids = doc_labels(doc)[0], _doc_children(doc)  # (a move below changes no ADP's pobj or pcomp)
    for prep in labelled(doc, ("prep", "dative"), ("ADP",)):
        if any(dep_of[c] in ("pobj", "pcomp") for c in kids[prep.i]):
            continue
        if prep.i + 1 >= len(doc):
            continue
        noun = next((t for t in doc[prep.i + 1 : prep.i + 8] if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == prep.i + 1), None)
        if noun is None:
            continue
        verb = noun.head
        if verb.i <= noun.i or verb.tag_ not in ("VBN", "VBG", "VBD") or verb.dep_ not in ("advcl", "ccomp", "conj", "dep") or verb.head.i != prep.head.i:
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
            continue  # "to ... who were holed up", "because officers had fled": a clause of its own
        noun.head, noun.dep_ = prep, "pobj"
        verb.head, verb.dep_ = noun, "acl"
        changed = True
    if changed:
        _forget_parse_views(doc)
    return changed


def _repair_passive_doer(doc: Doc) -> bool:
    """Hang the doer of a passive verb back on it when the model hung it on the active gerund of its complement:
    "Zuma has been accused of taking bribes by South African prosecutors" is parsed with "by ... prosecutors" on
    "taking". An active gerund ("taking", with no "being") has no doer phrase of its own, so a "by" phrase naming
    someone on it is the passive verb's agent; "accused of being funded by Russia" keeps its inner doer. Returns
    whether the parse changed."""
    dep_of, _, lower_of = doc_labels(doc)
    if "by" not in lower_of or "auxpass" not in dep_of:
        return False  # (no passive, or no "by" to move)
    changed = False
    for verb in doc:
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with"):
                continue
            for gerund in prep.children:
                if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or any(c.dep_ in ("auxpass", "aux", "nsubj") for c in gerund.children):
                    continue
                by = next((c for c in gerund.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > gerund.i), None)
                if by is None or not any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in by.children):
                    continue
                by.head, by.dep_ = verb, "agent"
                changed = True
    if changed:
        _forget_parse_views(doc)
    return changed


# The parties of a conflict named by its place: "all parties to the conflict in Sudan", "the sides to the war in
# Yemen", "the warring factions in Libya" (plover13)
CONFLICT_PARTY_NOUNS = {"party", "side", "faction"}
WAR_NOUNS = {"conflict", "war", "fighting", "hostility", "civil"}  # not CONFLICT_NOUNS (mediation), which this replaced by name until the fourteenth session
CONFLICT_RULE = "plover13.conflict_parties"


def _conflict_parties(tokens: list[Token], actors: dict[int, Actor], heads: dict[int, Token], groups: dict) -> None:
    """Give "parties" the country of the conflict whose place names them: "urged all parties to the conflict in Sudan
    to allow aid" is addressed to Sudan's (SDN), as "the warring parties in Yemen" is to Yemen's. Only a plural noun
    no one else names, and a place that is a country, region or city of one country (no organization)."""
    lemma_of = doc_lemmas(tokens[0].doc) if tokens else []
    for tok in tokens:
        if lemma_of[tok.i] not in CONFLICT_PARTY_NOUNS or tok.i in actors or tok.i in groups or tok.tag_ != "NNS":
            continue
        where = None
        # (the model hangs "to the conflict" on the verb, right after the noun: "urged all parties to the conflict in ...")
        nxt = tok.right_edge.i + 1
        after = [tokens[nxt]] if nxt < len(tokens) and tokens[nxt].lower_ == "to" and tokens[nxt].dep_ == "prep" and tokens[nxt].head.i != tok.i else []
        for prep in [*tok.children, *after]:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                if prep.lower_ == "in" and any(c.lower_ == "warring" for c in tok.lefts):
                    where = noun  # "the warring parties in Yemen"
                elif prep.lower_ == "to" and noun.lemma_.lower() in WAR_NOUNS:
                    where = next((p for q in noun.children if q.dep_ == "prep" and q.lower_ in ("in", "over") for p in q.children if p.dep_ == "pobj"), None)
        if where is None or (place := actors.get(where.i)) is None or not place.country or place.code[:3] in ("IGO", "NGO") or place.kind not in (COUNTRY, CAPITAL):
            continue
        actors[tok.i] = Actor(place.country, place.country, None, tok.text, CONFLICT_RULE, COUNTRY, tok.i, tok.lemma_.lower())
        heads[tok.i] = tok


# Demands, apologies and reparations for a world war are made now: the history filter keeps them (plover13); the
# war's own acts of force in such a sentence stay uncoded
WAR_ACT_ROOTS = {"15", "17", "18", "19", "20"}
WAR_CLAIM_WORDS = {
    "demand", "demands", "demanded", "demanding", "reparation", "reparations", "apology", "apologies", "apologise",
    "apologised", "apologize", "apologized", "admission", "acknowledge", "acknowledged", "compensation", "redress",
}


def _claim_about_the_war(words: Sequence[str]) -> bool:
    """Does the sentence name a world war ("World War Two", "the Second World War") and a demand, apology, admission or
    reparations for it ("Poland's parliament demanded an admission by Moscow that Soviet forces murdered Polish officers
    during World War Two")? Such a sentence tells a present act about the war, not the war."""
    if "war" not in words or WAR_CLAIM_WORDS.isdisjoint(words):
        return False
    return any(w == "world" and k + 1 < len(words) and words[k + 1] == "war" for k, w in enumerate(words))




# The party the engine does not find (thirteenth session, actors13): a title that refers back past a co-argument, the
# names of titled persons no dictionary knows (and their country), an international court "the court" refers back to,
# inquiries into an act named before or into a vote's misconduct (docs/engine_policies.md, actors13).

def _co_argument(actor: Actor, tok: Token, actors: dict[int, Actor]) -> bool:
    """Is ``actor`` (the nearest of a bare title's role) of the country of another argument of the verb the title
    hangs on? "Senegal's foreign ministry summoned the ambassador": the ambassador is not Senegal's own, so the one the
    story named with that title before (Ukraine's ambassador to Senegal) is meant."""
    country = actor.country or actor.code
    verb = _argument_verb(tok).i  # (through a preposition: "raised the matter with the embassy", actors14)
    return any(i != tok.i and (tok.doc[i].head.i == verb or _argument_verb(tok.doc[i]).i == verb) and (a.country or a.code) == country for i, a in actors.items())


def _stranger_name_words(tok: Token, mmap: MentionMap) -> list[str]:
    """The words a later sentence may call a titled person no dictionary knows by: the surname ("Muyaya" of
    "Government spokesman Patrick Muyaya"), a hyphenated surname whole ("Gonzalez-Olaechea"), and for a name whose
    given name is written in two hyphenated syllables, Chinese and Korean style ("Tien Chung-kwang", "Kim Min-seok"),
    its first word, the family name."""
    start = tok.i
    while start > 0 and start - 1 not in mmap.by_token and (prev := tok.doc[start - 1]).i < prev.head.i <= tok.i and (
        prev.pos_ == "PROPN" or (prev.text == "-" and not prev.whitespace_)
    ) and prev.dep_ in ("compound", "flat", "punct") and prev.text[:1].isupper() | (prev.text == "-"):
        start -= 1
    while start < tok.i and tok.doc[start].text == "-":
        start += 1
    name = "".join(t.text_with_ws for t in tok.doc[start : tok.i + 1]).strip()
    words = name.split()
    if not words or not words[-1][:1].isupper() and "-" not in words[-1]:
        return [tok.text]
    out = [words[-1]] if words[-1][:1].isupper() else []
    if len(words) > 1 and "-" in words[-1] and words[-1].partition("-")[2][:1].islower():
        out.append(words[0])  # "Tien Chung-kwang": Tien
    return out


def _hyphen_named(tok: Token, state: ArticleState, mmap: MentionMap) -> Actor | None:
    """The person the story named in full before whose hyphenated surname ``tok`` ends ("Gonzalez-Olaechea accused
    ...": tokens Gonzalez, -, Olaechea), else None."""
    if tok.i < 2 or doc_labels(tok.doc)[2][tok.i - 1] != "-" or tok.pos_ != "PROPN" or tok.i in mmap.by_token or _np_head(tok).i != tok.i:
        return None
    dash, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if dash.text != "-" or dash.whitespace_ or first.whitespace_ or first.pos_ != "PROPN" or first.i in mmap.by_token:
        return None
    if any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.i < first.i for c in tok.children):
        return None  # ("Javier Gonzalez-Olaechea": a full name, resolved as such or not at all)
    named = state.names.get(fold(first.text + "-" + tok.text))
    return named if named is not None and named.personal else None


def _hyphen_tail(tok: Token) -> bool:
    """Is ``tok`` the lower-case last syllable of a hyphenated given name ("kwang" of "Tien Chung-kwang", which the
    parser may tag a noun)?"""
    return tok.text[:1].islower() and tok.is_alpha and _hyphen_word(tok) is not None and tok.doc[tok.i - 2].text[:1].isupper()


def _hyphenated_name_after(doc: Doc, k: int) -> list[str]:
    """The pre-filter's guess at how a later sentence calls a name with a hyphen written behind a title (or behind its
    comma): a hyphenated surname's last part ("olaechea" of "Javier Gonzalez-Olaechea": the tokenizer splits it), and
    the family name of a Chinese or Korean style name ("tien" of "Tien Chung-kwang"). Lower case; [] for no hyphen."""
    comma = k < len(doc) and doc[k].text == ","
    k += comma
    run: list[Token] = []
    while k < len(doc) and (doc[k].text[:1].isupper() and doc[k].is_alpha or (
        doc[k].text == "-" and run and not run[-1].whitespace_ and not doc[k].whitespace_
    ) or (run and run[-1].text == "-" and doc[k].is_alpha)):
        run.append(doc[k])
        k += 1
    if run and run[-1].text == "-":
        run.pop()
    if comma and len(run) >= 2 and not any(t.text == "-" for t in run) and (k >= len(doc) or doc[k].text == ",") and len(run[-1]) > 2:
        return [run[-1].lower_]  # "Chile's interior minister, Carolina Toha, said": Toha
    if not any(t.text == "-" for t in run) or len(run) < 3:
        return []
    out = [run[-1].lower_] if run[-1].text[:1].isupper() and len(run[-1]) > 2 else []
    if run[-1].text[:1].islower() and run[0].text[:1].isupper() and run[1].text != "-" and len(run[0]) > 1:
        out.append(run[0].lower_)  # "Tien Chung-kwang": Tien
    return out


INQUIRY_ROOT = "09"
INQUIRY_NOUNS = {"investigation", "probe", "inquiry", "enquiry", "review"}


def _inquiry_objects(anchor: Token) -> list[tuple[Token, bool]]:
    """What an inquiry opened by ``anchor`` looks into: the noun after "into", "of" or "on" on the inquiry noun its
    object (or passive subject) is ("opened an investigation into the strike", "an inquiry into the attack was
    launched"), as _reaction_objects gives a reaction's objects."""
    inquiries = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in INQUIRY_NOUNS] or [
        p for c in anchor.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in INQUIRY_NOUNS
    ]  # ("called for an investigation into ...")
    holders = [*inquiries, anchor] if inquiries else []  # (the parser may hang "into the strike" on the verb)
    return [
        (p, False) for c in holders for prep in c.children if prep.dep_ == "prep" and prep.lower_ in ("into", "of", "on") and (c is not anchor or prep.lower_ == "into")
        for p in prep.children if p.dep_ == "pobj"
    ]


COURT_NOUNS = {"court", "tribunal"}


def _court_named_before(tok: Token, actors: dict[int, Actor], state: ArticleState) -> Actor | None:
    """The international court a bare "the court" ("the tribunal") refers back to: the story's latest court, when that
    is a court of no state (the ICC, the ICJ, the European Court of Human Rights) named in this sentence or before.
    "South Africa brought a case against Israel at the International Court of Justice. The court ordered Israel ...":
    the ICJ, not South Africa's or Israel's courts. None when a national court was named since, or the noun carries a
    country or a name of its own ("Israel's Supreme Court", "a military court")."""
    if tok.lemma_.lower() not in COURT_NOUNS or tok.tag_ != "NN" or not any(c.lower_ == "the" for c in tok.lefts):
        return None
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.lefts) or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    here = [actors[i] for i in sorted(actors) if i < tok.i]
    for a in reversed([*state.history, *here][-12:]):
        if a.role == "JUD":
            return replace(a, head=-1) if a.code.startswith("IGO") else None
    return None


def _titled_stranger(tok: Token, mmap: MentionMap) -> bool:
    """Is ``tok`` the name of a person behind a bare capitalised title, no country on it ("Interior Minister Martin
    Niteretse", "Government spokesman Patrick Muyaya")?"""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.i in mmap.by_token:
        return False
    lefts = list(tok.lefts)
    if any(c.dep_ in ("poss", "det", "nmod") for c in lefts) or any(c.dep_ == "amod" and c.i in mmap.by_token and mmap.by_token[c.i].entry.kind != AGENT for c in lefts):
        return False
    titled = [c for c in lefts if c.dep_ == "compound" and c.i in mmap.by_token and mmap.by_token[c.i].entry.kind == AGENT]
    return bool(titled) and all(mmap.by_token[c.i].entry.kind == AGENT for c in lefts if c.i in mmap.by_token)


def _particle_name_after(doc: Doc, k: int) -> list[str]:
    """The pre-filter's guess at the surname of a name with a particle written behind a title ("zela" of "Foreign
    Minister Hugo de Zela", "leyen" of "Ursula von der Leyen"): the capitalised word after the particles; [] for none."""
    run = 0
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k, run = k + 1, run + 1
    if not run or k >= len(doc) or doc[k].lower_ not in _NAME_PARTICLES or doc[k].text[:1].isupper():
        return []
    while k < len(doc) and doc[k].lower_ in _NAME_PARTICLES | {"der", "la", "le", "dos", "das"} and doc[k].text[:1].islower():
        k += 1
    return [doc[k].lower_] if k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and len(doc[k]) > 2 else []


def _opening_name(tok: Token) -> bool:
    """Is the first word of a sentence, tagged a noun, a surname the subject of its verb ("Toha accused Argentina ...":
    the small model tags a name it does not know a noun, and capitals prove nothing there)?"""
    return tok.i == tok.sent.start and tok.dep_ in ("nsubj", "nsubjpass") and tok.text[1:].islower() and not any(c.dep_ == "det" for c in tok.children)


INQUIRY_DEMAND_ROOTS = {"09", "10"}  # an inquiry opened, an inquiry demanded
VOTE_MISCONDUCT = {"irregularity", "fraud", "rigging", "manipulation", "intimidation"}
VOTE_MISCONDUCT_WORDS = {"irregularities", "irregularity", "fraud", "rigging", "manipulation"}  # (the pre-filter's words)


def _inquiry_into_vote(anchor: Token) -> bool:
    """Does the inquiry ``anchor`` opens or calls for look into a vote's misconduct ("an investigation into the
    irregularities", "into reports of fraud")?"""
    for obj, _ in _inquiry_objects(anchor):
        nouns = [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]
        if any(n.lemma_.lower() in VOTE_MISCONDUCT for n in nouns):
            return True
    return False



# --- coordination and many-party acts (coord13) ---------------------------------------------------------------------
# The parties of a meeting between two states: what "the two leaders", "the two sides", "both sides" of the next
# sentences refer to ("Kishida met Xi ... The two sides agreed to seek a solution"), before the last two actors named
# (a state's media and its government are no two sides). Only a meeting of two countries: a summit of several, or a
# host with two guests, leaves no pair.
_MEETING_PAIR_CODES = frozenset({"057", "036"})
MEETING_RULE = "coord13:meeting"


def _told_by_third(tok: Token, pair: tuple[Actor, Actor], actors: dict[int, Actor]) -> bool:
    """Is ``pair`` the parties of a meeting told before, and ``tok`` ("the two sides") in what a speaker of a third
    country says ("India's foreign ministry said the two sides had agreed" after the Maldives' leader met Xi)? Then the
    speaker is most likely one of the two sides, and the meeting's pair is not the one meant."""
    if pair[0].rule_id != MEETING_RULE:
        return False
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_VERBS:
            speaker = next((_np_head(c) for c in node.head.children if c.dep_ == "nsubj"), None)
            said = actors.get(speaker.i) if speaker is not None else None
            return said is not None and bool(said.country) and said.country not in (pair[0].country, pair[1].country)
        node = node.head
    return False


def _meeting_pair(events: Sequence[Event]) -> tuple[Actor, Actor] | None:
    """The two parties of the meetings (root 04, a signing, an agreement to meet) a sentence coded, when all of them
    are between the same two countries; a state's party is its government, as "the two leaders" of a summit are."""
    met = [e for e in events if (e.action_root == "04" or e.action[:3] in _MEETING_PAIR_CODES) and e.source_country and e.target_country and e.source_country != e.target_country]
    if not met or len({c for e in met for c in (e.source_country, e.target_country)}) != 2:
        return None

    def party(code: str, country: str, role: str | None, text: str) -> Actor:
        if role in (None, "GOV"):
            return Actor(country + "GOV", country, "GOV", text, MEETING_RULE, AGENT, -1, "leader")
        return Actor(code, country, role, text, MEETING_RULE, AGENT, -1)

    first = met[0]
    return party(first.source, first.source_country, first.source_role, first.source_text), party(first.target, first.target_country, first.target_role, first.target_text)


# A summit a state hosts (or a leader holds with several others): "Xi hosted the leaders of Kazakhstan, Kyrgyzstan
# and Uzbekistan at a summit in Xi'an, where they signed a declaration", "Biden hosted Kishida and Yoon at Camp David.
# They agreed to ...". "They" or "the leaders" of a clause on the meeting, or opening the next sentence, are its
# parties: the host with each guest. What they do together is coded from the host to each guest (as the hosting is),
# not among the guests both ways; towards someone else, each party acts.
SUMMIT_VERBS = {"host", "meet", "receive", "welcome", "convene", "visit"}
SUMMIT_HOST_RULE = "coord13:summit-host"
_SUMMIT_LINKS = {"relcl", "advcl", "conj", "prep", "pobj", "acl", "xcomp"}


def _summit_here(tokens: Sequence[Token], actors: dict[int, Actor], members: Callable[[Token], list[Actor]]) -> tuple[Token, Actor, list[Actor]] | None:
    """The first verb of meeting in the sentence whose subject is one actor of a country and whose object (or "with"
    party) names actors of other countries: (the verb, the host, the guests, one per country)."""
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SUMMIT_VERBS or is_passive(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or (host_head := _np_head(subj)).i not in actors or any(c.dep_ == "conj" for c in host_head.children):
            continue
        host = actors[host_head.i]
        if not host.country:
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        guests: dict[str, Actor] = {}
        for obj in objs:
            for a in members(_np_head(obj)):
                if a.country and a.country != host.country and a.country not in guests:
                    guests[a.country] = a
        if guests:
            return verb, host, list(guests.values())
    return None


def _summit_subject(tok: Token, verb: Token | None, parties: int) -> bool:
    """Is ``tok`` "they" or "the leaders" (of no one named; "the two leaders", "both leaders" for a summit of that many
    ``parties``) as the subject of a verb in a clause on the meeting verb ``verb`` of this sentence ("at a summit, where
    they signed"), or, with ``verb`` None, of the main verb that opens the next sentence ("They agreed to ...")?"""
    if tok.dep_ != "nsubj":
        return False
    if tok.lower_ != "they" and not (
        _bare_leaders(tok) and all({"two": 2, **_NUMBERS}.get(c.lower_) == parties for c in tok.children if c.dep_ == "nummod")
        and (parties == 2 or not any(c.lower_ == "both" for c in tok.children))
    ):
        return False
    head = tok.head
    if verb is None:
        return head.dep_ == "ROOT" and tok.i == min(t.i for t in head.subtree if t.dep_ in ("nsubj", "nsubjpass"))
    if head.i <= verb.i:
        return False
    node = head
    for _ in range(8):
        if node.i == verb.i:
            return True
        if node.dep_ not in _SUMMIT_LINKS or node.head.i == node.i or (node.pos_ == "VERB" and node.lemma_.lower() in REPORTING_VERBS):
            return False
        node = node.head
    return False


def _summit_party(host: Actor, guests: Sequence[Actor], tok: Token, actors: dict[int, Actor], extra: dict[int, list[Actor]]) -> None:
    """Let ``tok`` stand for the summit's host (marked, see SUMMIT_HOST_RULE) and its guests."""
    def state_of(a: Actor) -> tuple[str, str | None]:
        return (a.country + "GOV", "GOV") if a.role is None and a.country else (a.code, a.role)  # a state's leaders

    code, role = state_of(host)
    mark = SUMMIT_HOST_RULE if len(guests) >= 2 else host.rule_id
    actors[tok.i] = Actor(code, host.country, role, tok.text, mark, AGENT, tok.i, "leader")
    extra[tok.i] = [Actor(*state_of(g)[:1], g.country, state_of(g)[1], tok.text, g.rule_id, AGENT, tok.i, "leader") for g in guests]


_SUMMIT_FORMS = frozenset({"hosted", "hosts", "met", "meets", "received", "receives", "welcomed", "welcomes", "visited", "visits", "convened", "talks"})
# every form of SUMMIT_VERBS, for the gate of Coder._summit_parties (a sentence with none holds no summit)
_SUMMIT_FORMS_ALL = frozenset({
    "host", "hosts", "hosted", "hosting", "meet", "meets", "met", "meeting", "receive", "receives", "received", "receiving",
    "welcome", "welcomes", "welcomed", "welcoming", "convene", "convenes", "convened", "convening", "visit", "visits",
    "visited", "visiting",
})


def _summit_follow_up(words: Sequence[str], before: Sequence[str]) -> bool:
    """Does a sentence open with "They" or "The leaders" ("The three leaders") right after a sentence that told a
    meeting? Then the pre-filter keeps it: its subject stands for the meeting's parties (Coder._summit_parties)."""
    leaders = any(w == "the" and words[k + 1] == "leaders" and (k + 2 == len(words) or words[k + 2] != "of") for k, w in enumerate(words[:-1]))
    numbered = any(w == "the" and words[k + 1] in _NUMBERS and words[k + 2] == "leaders" for k, w in enumerate(words[:-2]))
    return bool(words) and (words[0] == "they" or leaders or numbered) and not _SUMMIT_FORMS.isdisjoint(before)


def _bare_leaders(tok: Token) -> bool:
    """"the leaders", "the three leaders", "both leaders": leaders of no one the phrase names."""
    return (
        tok.lemma_.lower() == "leader" and tok.tag_ == "NNS" and any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "both") for c in tok.children)
        and not any(c.dep_ in ("poss", "compound", "amod", "prep", "appos", "acl", "relcl") for c in tok.children)
    )


def _meeting_parties(events: Sequence[Event], pairs: Sequence[tuple[Actor, Actor]] = ()) -> tuple[Actor, tuple[Actor, ...]] | None:
    """The host (the first source) and the guests (one per other country) of the meetings (root 04) a sentence coded:
    whom "the leaders" of the next sentences stand for (Coder._summit_parties). A host of talks between two guests
    who met each other (in this sentence, or as the latest pair ``pairs`` holds) is a third party: "The two leaders
    shook hands at the meeting, which was hosted by St Vincent's prime minister. In a joint declaration, they said"
    (Venezuela and Guyana), so the parties are the two."""
    met = [e for e in events if e.action_root == "04" and e.source_country and e.target_country and e.source_country != e.target_country]
    if not met:
        return None
    first = next((e for e in met if e.action == "043"), met[0])  # the one who hosts, when a handshake is told first (lexicon14)

    def party(code: str, country: str, role: str | None, text: str) -> Actor:
        return Actor(code, country, role, text, "", AGENT, -1, "leader")

    host = party(first.source, first.source_country, first.source_role, first.source_text)
    guests: dict[str, Actor] = {}
    for e in met:
        for code, country, role, text in ((e.source, e.source_country, e.source_role, e.source_text), (e.target, e.target_country, e.target_role, e.target_text)):
            if country != host.country and country not in guests:
                guests[country] = party(code, country, role, text)
    if len(guests) == 2 and not any(host.country in (e.source_country, e.target_country) for e in met if e.action_root == "04" and e.action != "043") and (
        any(e.source_country in guests and e.target_country in guests for e in met)
        or (pairs and {pairs[-1][0].country, pairs[-1][1].country} == set(guests))
    ):
        first_guest, second_guest = guests.values()
        return first_guest, (second_guest,)  # (the host a third party)
    return (host, tuple(guests.values())) if guests else None


# "Western governments", "Western nations": the Western states (a fact of alignment: North America, Western and
# Northern Europe, Australia and New Zealand) the story named in its latest sentences (Coder._summit_parties)
WESTERN_STATES = frozenset({
    "USA", "CAN", "GBR", "FRA", "DEU", "ITA", "ESP", "PRT", "NLD", "BEL", "LUX", "IRL", "AUT", "CHE", "NOR", "SWE",
    "DNK", "FIN", "ISL", "AUS", "NZL",
})
_WESTERN_NOUNS = {"government", "country", "nation", "power", "state", "capital", "democracy"}


def _western_named(tok: Token, state: ArticleState, index: int) -> list[Actor]:
    """For "Western governments" (a plural noun of states with "Western" and nothing else in front), the governments of
    the Western states named (not only as places) in this sentence's four predecessors, in the order named; else []."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in _WESTERN_NOUNS or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return []
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "det", "nummod", "poss")]
    if not any(c.lower_ == "western" for c in mods) or any(c.dep_ in ("nummod", "poss") or (c.dep_ != "det" and c.lower_ != "western") for c in mods):
        return []
    if any(c.dep_ == "prep" and c.lower_ in ("of", "including", "like", "such") for c in tok.children):
        return []  # "Western governments, including Britain": named there
    found: dict[str, Actor] = {}
    for k, countries in state.countries:
        if index - 4 <= k < index:
            for country, place in countries:
                if country in WESTERN_STATES and not place and country not in found:
                    found[country] = Actor(country + "GOV", country, "GOV", tok.text, "", AGENT, tok.i, "government")
    return list(found.values())




# --- crit13: verdict shapes of disapproval and praise (thirteenth session) ----------------------------------------
# Verdicts the word lists of verdicts.yaml do not hold as one word: a hyphenated adjective ("short-sighted",
# "anti-national", "heavy-handed": looked up with and without its hyphen), a verdict adjective the small model tags as
# an adverb ("called the bombing cowardly"), and a noun of aim whose infinitive names a harm ("an attempt to blackmail
# the government", "a bid to overthrow the constitutional order", "a ploy to silence critics": an accusation, 112).
AIM_NOUNS = frozenset({"attempt", "bid", "effort", "plot", "ploy", "scheme", "conspiracy", "move", "manoeuvre", "maneuver", "tactic", "pretext"})
HARM_AIMS = frozenset({
    "blackmail", "sabotage", "undermine", "overthrow", "topple", "destabilise", "destabilize", "derail", "intimidate", "silence",
    "suppress", "muzzle", "gag", "discredit", "smear", "divide", "subvert", "hijack", "block", "obstruct", "sow", "provoke", "incite",
    "humiliate", "punish", "distract", "deflect", "whitewash", "legitimise", "legitimize", "annex", "grab", "steal", "rig",
    "manipulate", "interfere", "meddle", "bully", "coerce", "weaken", "erode", "stifle", "crush", "eliminate", "drag", "escalate",
    "terrorise", "terrorize", "cover", "evade", "dismantle", "usurp", "seize", "extort", "persecute", "exclude", "disenfranchise",
})
AIM_VERDICT = ("112", "verdict.accusation.aim")
# Praise said by a naming (verdicts.yaml, verdict.praise): its adjectives are praise only said of a step, a model, a
# turning point ... ("called the accord an important step") or in an "as" phrase ("welcomed the ruling as historic");
# never on a noun that is a verdict of its own ("a big mistake"), nor as a bare name ("called the talks productive").
PRAISE_STEP_NOUNS = frozenset({
    "step", "move", "development", "example", "model", "signal", "sign", "gesture", "precedent", "contribution", "point",
    "progress", "advance", "stride", "chapter", "page",
})


def _hyphen_word(tok: Token) -> tuple[str, str] | None:
    """The hyphenated word a token ends ("sighted" in "short-sighted": ("short-sighted", "shortsighted")), else None."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc_labels(doc)[2][i - 1] == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        first = doc[i - 2].lower_
        return f"{first}-{tok.lower_}", f"{first}{tok.lower_}"
    return None


def _harmful_aim(tok: Token) -> bool:
    """Is ``tok`` a noun of aim whose infinitive names a harm ("an attempt to blackmail the government", "a bid to
    topple the government"; not "an attempt to reach a deal")?"""
    if doc_labels(tok.doc)[1][tok.i] != "NOUN" or tok.lemma_.lower() not in AIM_NOUNS:
        return False
    return any(
        c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() in HARM_AIMS and c.i > tok.i
        and any(a.lower_ == "to" and a.dep_ in ("aux", "mark") for a in c.children) and not any(a.dep_ == "neg" for a in c.children)
        for c in tok.children
    )


def _relative_antecedent(verb: Token, word: Token | None) -> Token | None:
    """For a naming verb in a relative clause, the noun the clause's relative pronoun stands for: "Hasina, who has
    called him a bloodsucker" (``word`` "who", the subject), "a vote that Zourabichvili denounced as illegitimate",
    "Lai, whom Beijing calls a separatist" (``word`` the object; None for the object when the clause has none). Not
    a free relative ("struck what it called terrorist camps"): None."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN", "PRON") or (verb.dep_ == "acl" and word is None and not any(c.lower_ == "that" and c.dep_ == "mark" for c in verb.children)):
        return None  # (an "acl" only with its relative word: "a launch that Kishida called an outrageous act")
    if word is not None and word.lower_ in ("who", "whom") and word.head.i == verb.i:
        return verb.head
    if (word is None or (word.lower_ in ("that", "which") and word.head.i == verb.i)) and _act_noun(verb.head) is not None:
        return verb.head  # (an act: "which" after "... into Bangladesh, which investigators described as" is no verdict on a country)
    return None


def _crit13_verdict(tok: Token, verdicts: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(code, entry id) of a verdict the plain word lookup misses: a hyphenated verdict ("short-sighted"), an
    adjective tagged as an adverb where a name stands ("called the bombing cowardly", "a cowardly act"), a noun of
    aim with a harm for its infinitive ("an attempt to blackmail the government": 112)."""
    if (hyphen := _hyphen_word(tok)) is not None and (found := verdicts.get(hyphen[0]) or verdicts.get(hyphen[1])) is not None:
        return found
    if tok.pos_ == "ADV" and tok.lower_.endswith("ly") and tok.lower_ in verdicts and (
        tok.dep_ in ("amod", "oprd") or (tok.dep_ == "advmod" and tok.head.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children))
    ):
        return verdicts[tok.lower_]
    if _harmful_aim(tok):
        return AIM_VERDICT
    return None


def _praise_shape(tok: Token, code: str, verdicts: dict[str, tuple[str, str]]) -> bool:
    """Whether a verdict word may be judged where it stands: an adjective on a noun that is a verdict of its own
    leaves the judgement to the noun ("a big mistake", "a positive provocation"); a praise adjective (051) is praise
    only on a step, a model, a turning point ... ("called the accord an important step") or in an "as" phrase
    ("described the deal as positive"), not in a plain "was important" or "called the talks productive"."""
    if tok.dep_ == "amod" and tok.head.i > tok.i and (tok.head.lemma_.lower() in verdicts or tok.head.lower_ in verdicts or _harmful_aim(tok.head)):
        return False
    if code != "051" or tok.pos_ == "NOUN":
        return True
    if tok.dep_ in ("pobj", "amod", "acomp") and tok.head.lower_ == "as":
        return True  # "welcomed the decision as historic"
    if tok.dep_ == "amod" and tok.head.lemma_.lower() in PRAISE_MOMENTS15:
        return tok.head.dep_ != "attr"  # say15: "called the accession a historic day", not '"This is a historic day"'
    return tok.dep_ == "amod" and tok.head.lemma_.lower() in PRAISE_STEP_NOUNS


# crit13: a feeling told in the passive ("was outraged by the attack", "said it was alarmed by the law's sweeping
# provisions", "deeply shocked at the killing"): what it is felt at is what the reaction is to, the act's doer its
# target (Coder._doers_of_event_noun); a thing that is no act ("the provisions") stands for the act of its possessor
FEELING_VERBS13 = frozenset({"outrage", "appal", "appall", "alarm", "dismay", "shock", "anger", "horrify", "disgust", "concern", "trouble", "disturb", "disappoint", "sadden", "incense", "infuriate", "perturb"})


def _feeling_objects13(anchor: Token) -> list[tuple[Token, bool]]:
    out: list[tuple[Token, bool]] = []
    for c in anchor.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("at", "over", "about", "by")):
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append((p, False))
                    out.extend((g, False) for g in p.children if g.dep_ == "poss" and g.pos_ == "NOUN")
    return out


def _relative_host13(noun: Token) -> Token | None:
    """The subject of the verb an act noun hangs on, as its object or in its phrase ("Russia launched an attack that
    ...", "shelled Kharkiv in an attack that ..."); None for a noun that is itself a subject."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    return subject_of(verb)




# --- home13: people a state holds at home (thirteenth session) -------------------------------------------------------
# "Kyrgyzstan's security service detained 11 journalists of the investigative outlet Temirov Live", "the State Security
# Service said it had detained five organisers of the rally", "Egypt's prosecutors charged 30 members of the banned
# group": a state's police, courts or spies (or the state named by its country) arresting, charging or jailing people
# whom no dictionary places, with no other country named on them, hold people of their own country. The role noun keeps
# its role (journalists: MED); any other person noun is a civilian (CVL).
HOME_HELD_NOUNS = {
    "person", "people", "man", "woman", "men", "women", "organiser", "organizer", "member", "employee", "staff",
    "staffer", "worker", "student", "youth", "teenager", "boy", "girl", "child", "relative", "suspect", "fugitive",
    "inmate", "prisoner", "detainee", "escapee", "participant", "follower", "supporter", "activist", "leader",
    "figure", "politician", "candidate", "lawyer", "blogger", "writer", "artist", "singer", "musician", "rapper",
    "executive", "businessman", "businesswoman", "tycoon", "founder", "owner", "director", "chairman", "official",
    "priest", "cleric", "imam", "monk", "pastor", "doctor", "teacher", "professor", "academic", "scholar", "citizen",
    "resident", "villager", "individual", "general", "officer", "colonel", "commander", "administrator", "editor",
    "journalist", "reporter", "photographer", "correspondent", "critic", "dissident", "opponent", "protester",
    "demonstrator", "rioter", "striker", "farmer", "driver", "trader", "vendor", "migrant", "immigrant", "refugee",
}
REPORTER_NOUNS = {"journalist", "reporter", "correspondent", "cameraman", "photojournalist", "photographer", "blogger"}
HOME_HELD_VERBS = {"sentence", "convict", "jail", "imprison"}  # custody named by a verb of another root (116)
NOT_HOME_WORDS = {"foreign", "international", "overseas", "expatriate", "visiting", "western"}


def _home_held(head: Token | None, code: str, anchor: Token, source: Actor, actors: dict[int, Actor], role_only: dict[int, str], state, abroad: bool = False) -> Actor | None:
    """The people a state's police, courts or spies hold at home (see the block's comment), or None. Not in a story
    about another country ("ICE agents detained 475 people" in a story about South Korea's workers), unless ``abroad``
    (the victims a state's police killed: "1,400 people were killed, most of them by security forces")."""
    if head is None or not source.country or (code[:2] != "17" and anchor.lemma_.lower() not in HOME_HELD_VERBS) or code.startswith("174"):
        return None  # (an expulsion is of foreigners, or an evacuation: "ordered non-emergency staff to leave Juba")
    if state is not None and state.locus and state.locus != source.country and not abroad:
        return None
    if source.role not in DOMESTIC_SOURCES and not (source.role is None and source.kind in (COUNTRY, CAPITAL) and not abroad):
        return None  # not an army: armies hold people abroad (nor a state named by its country that kills)
    # "five of the organisers": the people a number stands for; "30 members of the banned group": the members
    head = next((h for h in (_partitive_head(_np_head(head)), _np_head(head)) if h.pos_ in ("NOUN", "PROPN") and (h.i in role_only or h.lemma_.lower() in HOME_HELD_NOUNS)), None)
    if head is None:
        return None
    for t in head.subtree:
        if t.lower_ in NOT_HOME_WORDS:
            return None
        if t.dep_ == "poss" and t.pos_ == "PRON" and t.i not in actors:
            return None  # "two of its employees" (Sputnik's): an owner the sentence does not place
        a = actors.get(t.i)
        if a is not None and a.country != source.country:
            return None  # "journalists of Al Jazeera", "members of a Chinese spy ring": someone else's
    if head.i in role_only and head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and not any(c.pos_ == "PROPN" for c in head.children):
        return None  # "convicted the former minister": one named before, whose country the other rules know (not
        # "the opposition newspaper La Prensa", named here)
    role = role_only.get(head.i) or "CVL"
    if role in ("GOV", "MIL") and head.i in role_only:
        return None  # a bare government or army is placed by the other rules
    if role == "MED" and head.lemma_.lower() in REPORTER_NOUNS and not any(c.dep_ == "prep" and c.lower_ in ("of", "at", "from", "with") for c in head.children):
        return None  # "sentenced the journalist": reporters are often foreign; "journalists of the outlet X" are its
    return Actor(source.country + role, source.country, role, _np_text(head), source.rule_id, AGENT, head.i)


def _home_held_object(m: PatternMatch, code: str, source: Actor, actors: dict[int, Actor], role_only: dict[int, str], state) -> Actor | None:
    """The people held at home (_home_held) that a matched pattern names no TARGET for: the object of its anchor ("charged
    30 members of the banned group with terrorism"), else of its last word ("raided the homes of two activists")."""
    for word in (m.anchor, m.matched[-1]):
        for obj in word.children:
            if obj.dep_ in ("dobj", "pobj", "nsubjpass") and (held := _home_held(obj, code, m.anchor, source, actors, role_only, state)) is not None:
                return held
    return None


# home13: a strike (the noun) whose subject is a state, its government or its forces is an air or missile strike, no
# labour protest ("the Israeli government announced a strike on ...")
HOME_STRIKE_ENTRIES = ("protest.home13.strike",)


def _state_strike(m: PatternMatch, sources: Sequence[Actor]) -> bool:
    return m.entry.id.startswith(HOME_STRIKE_ENTRIES) and any(s.role in (None, "GOV", "MIL") for s in sources)


# home13: "1,400 people were killed, most of them by security forces", "many of them by police": the doer a passive
# names for most (many, some) of its victims, in a phrase after the clause's comma that the parser hangs anywhere
DOER_OF_MOST_WORDS = {"most", "many", "some", "all", "several", "half", "majority", "nearly", "almost"}


def _doer_of_most(anchor: Token) -> Token | None:
    sent = anchor.sent
    for t in sent:
        if t.i <= anchor.i + 1 or t.lower_ not in DOER_OF_MOST_WORDS or anchor.doc[t.i - 1].text != ",":
            continue
        if any(v.pos_ in ("VERB", "AUX") and not v.is_ancestor(anchor) and not anchor.is_ancestor(v) for v in anchor.doc[anchor.i + 1 : t.i]):
            return None  # another clause in between ("in the months that followed" is the anchor's own)
        if not any(c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ == "them" for p in c.children) for c in t.children):
            continue
        by = next((p for c in t.subtree if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"), None)
        if by is not None:
            return by
    return None


# home13: "A Bangladesh labour court on Monday sentenced Nobel peace laureate Muhammad Yunus to six months in prison":
# the small model ends the clause at the verb and makes the long title-and-name its object begins a root of its own.
# The name becomes the verb's object again.
def repair_split_object(doc: Doc) -> bool:
    changed = False
    roots = labelled(doc, ("ROOT",))  # (from the columns: no Token per word)
    if len(roots) < 2:
        return False
    for v in roots:
        if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP") or v.i + 1 >= len(doc):
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass", "attr", "oprd") for c in v.children):
            continue
        if not any(c.dep_ == "nsubj" for c in v.children):
            continue
        r = next((t for t in roots if t is not v and t.left_edge.i == v.i + 1), None)
        if r is None or r.pos_ != "PROPN" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in r.children):
            continue  # a clause of its own, or no name
        r.head = v
        r.dep_ = "dobj"
        changed = True
    if changed:
        forget_parse_views(doc)
    return changed




# --- intent13: refusals told as a negated future or a refusing governor ---------------------------------------------
# verbs.refusal gives the mood "refusal" to "would not resume talks with X", "will not send weapons to X", "refused to
# release X", "declined to recognise X", "ruled out meeting X": the act refused, if cooperative (roots 04-08), maps to
# the refusal of it (12x); a negated hostile act ("would not attack X") or intent is no event.
REFUSED_CODES = {
    "04": "125", "05": "120", "057": "127", "06": "121", "061": "1211", "062": "1212",
    "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
    "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}


def _refused_code(code: str, actions) -> str | None:
    """The refusal (12x) of a cooperative act's code: the most specific mapping the codebook knows, else None."""
    for k in (code[:4], code[:3], code[:2]):
        if k in REFUSED_CODES and (mapped := REFUSED_CODES[k]) in actions:
            return mapped
    return None


def _refusal_blocked(m, actors: dict) -> str | None:
    """Why a refusal match (verbs.refusal) is no event, or None: a passive ("the deal will not be signed") names no one
    who refuses; a negated future reported by someone of another country than the refuser ("analysts said Iran would
    not resume talks", "Washington said Tehran would not get a deal") is a prediction, not the refuser's word."""
    if m.passive:
        return "a passive refusal names no refuser"
    if m.mood[1] is not None:
        return None  # "refused to", "declined to": the subject's own act
    clause = m.anchor.head if m.anchor.dep_ == "conj" and m.anchor.head.i != m.anchor.i else m.anchor
    if _told_by_other(m, actors, clause):  # ("Iran will not resume talks", told by no one: the refusal itself)
        return "a negated future told by another than the refuser: a prediction"
    return None


# Hostile acts whose future under an "if"/"unless" clause with another party as its subject is a threat on that party
# ("the EU said it would impose new sanctions if Russia attacked Moldova", "Beijing would cut ties if Paraguay
# recognised Taiwan", "Washington would reimpose sanctions if Maduro's government failed to keep its commitments").
CONDITIONED_ROOTS = {"15", "16", "17", "18", "19", "20"}
THREATENED_CODES = {"161": "1313", "162": "1311", "163": "1312"}


def _told_by_other(m, actors: dict, clause: Token) -> bool:
    """Is ``clause`` (the match's verb or the one it is conjoined to) reported by someone of another country than the
    match's subject ("analysts said Iran would ...", "Washington said Tehran would ...")? A pronoun or unnamed speaker,
    or no report at all, is not another."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    said = subject_of(clause.head)
    if said is None or said.pos_ == "PRON":
        return False
    subj = m.source_head if m.source_head is not None else subject_of(m.anchor)
    speaker = actors.get(_np_head(said).i)
    doer = actors.get(_np_head(subj).i) if subj is not None else None
    return speaker is None or doer is None or not speaker.country or speaker.country != doer.country


def _conditioned_other(m, actors: dict) -> Token | None:
    """The subject of the anchor's "if"/"unless" clause when it is an actor of another country than the doer's, and the
    doer's own word tells it (not a third party's forecast); else None. A negated condition ("if X did not pay") is
    the ultimatum entry's (threaten.ultimatum.if_not)."""
    cond = next((c for c in m.anchor.children if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in c.children)), None)
    if cond is None or any(c.dep_ == "neg" for c in cond.children):
        return None
    subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or (other := actors.get(_np_head(subj).i)) is None or not other.country:
        return None
    doer_tok = m.source_head if m.source_head is not None else subject_of(m.anchor)
    doer = actors.get(_np_head(doer_tok).i) if doer_tok is not None else None
    if doer is None or doer.country == other.country or _told_by_other(m, actors, m.anchor):
        return None
    return _np_head(subj)


# Who forecasts rather than speaks for a party: "analysts said Russia would attack Moldova" (intent13)
FORECASTERS = {"analyst", "expert", "observer", "economist", "commentator", "scholar", "pundit", "forecaster", "researcher", "specialist"}


def _forecast(m, actors: dict) -> bool:
    """Is the match's future reported by a forecaster (FORECASTERS) or by an actor of another country than its doer?
    "Washington said Iran would strike Israel", "experts said China would invade Taiwan"; not "Iran said it would
    retaliate", "a spokesman said Israel would respond" (no actor: left as it was)."""
    clause = m.anchor.head if m.anchor.dep_ == "conj" and m.anchor.head.i != m.anchor.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in m.anchor.children) else m.anchor
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    said = subject_of(clause.head)
    if said is None or said.pos_ == "PRON":
        return False
    if _np_head(said).lemma_.lower() in FORECASTERS:
        return True
    speaker = actors.get(_np_head(said).i)
    subj = m.source_head if m.source_head is not None else subject_of(m.anchor)
    doer = actors.get(_np_head(subj).i) if subj is not None else None
    return speaker is not None and doer is not None and bool(speaker.country) and bool(doer.country) and speaker.country != doer.country


TIME_UNITS = {"hour", "day", "week", "minute", "month"}


def _deadline(m) -> bool:
    """Does a demanded act carry a deadline ("must step down within an hour", "must withdraw within 48 hours", "by
    Friday's deadline")? A demand with a deadline is an ultimatum (139)."""
    for tok in m.matched:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "within" and any(p.dep_ == "pobj" and p.lemma_.lower() in TIME_UNITS for p in c.children):
                return True
            if c.dep_ == "prep" and c.lower_ in ("by", "before") and any(p.dep_ == "pobj" and p.lemma_.lower() == "deadline" for p in c.children):
                return True
    return False




# --- code13: the right pair with the wrong code (thirteenth session) --------------------------------------------------
# An order is the act it orders ("ordered the ambassador to be summoned", "ordered the diplomats to be expelled"): the orderer does it to the one ordered, as it does in "ordered the arrest of".
ORDER_VERBS = frozenset({"order", "direct", "instruct"})
ORDERED_PASSIVES = {
    "summon": "114",
    "arrest": "173", "detain": "173", "jail": "173", "imprison": "173", "remand": "173", "hold": "173", "lock": "173",
    "expel": "174", "deport": "174",
    "release": "0841", "free": "0841",
}


def _ordered_act(anchor: Token) -> str | None:
    """The code of the act an order orders, when it is one: the passive infinitive after the one ordered ("ordered the
    Spanish ambassador to be summoned", "ordered the protesters to be released"); else None. (A prison term to serve,
    "ordered him to serve eight years in prison", is custody as the court orders it: home13's coerce entries, 173.)"""
    if anchor.lemma_.lower() not in ORDER_VERBS or not any(c.dep_ == "dobj" for c in anchor.children):
        return None
    for c in anchor.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ != "VERB":
            continue
        lemma = c.lemma_.lower()
        if any(a.dep_ == "auxpass" for a in c.children) and lemma in ORDERED_PASSIVES:
            return ORDERED_PASSIVES[lemma]
    return None


def _orderer_of(anchor: Token) -> Token | None:
    """The subject of the order a passive infinitive with no doer named completes ("Netanyahu ordered the ambassador to
    be summoned", parsed with "ambassador" the infinitive's passive subject); else None."""
    if anchor.dep_ not in ("ccomp", "xcomp") or anchor.head.lemma_.lower() not in ORDER_VERBS or anchor.lemma_.lower() not in ORDERED_PASSIVES:
        return None
    if any(c.dep_ == "agent" for c in anchor.children) or not any(c.dep_ == "auxpass" for c in anchor.children):
        return None
    return subject_of(anchor.head)


def _investigated_doers(anchor: Token, sources: Sequence[Actor], state: ArticleState) -> list[Actor]:
    """Whom an investigation into an act the story told is on ("opened an investigation into the strike", "ordered an
    inquiry into the killings", "investigated the shooting"): the act's doers, whoever they are (a state investigates
    its own army or police), but never the investigators themselves; [] when no noun refers to an act told."""
    nouns = [c for c in anchor.children if c.dep_ == "dobj" and c.lemma_.lower() not in INQUIRY_NOUNS]
    nouns += [p for p, _ in _inquiry_objects(anchor)]  # (what an inquiry noun looks into: actors13's reading)
    noun = next((n for n in nouns if _act_referred_to(n) is not None), None)
    if noun is None:
        return []
    codes = {s.code for s in sources}
    return _doers_of_act_nouns_by([(noun, False)], set(), state, lambda d: bool(d.country) and d.code not in codes)


GOODS_SEIZURES = frozenset({"coerce.code13.seize_goods"})
RAID_VERBS = frozenset({"raid", "search", "storm", "enter", "board"})


def _raided_premises(anchor: Token, actors: dict[int, Actor]) -> Token | None:
    """The actor whose premises the verb a seizure is conjoined with raided ("raided the offices of Temirov Live and
    seized computers": Temirov Live; "boarded a Vietnamese boat and seized the catch": the boat's Vietnam); else None."""
    if anchor.dep_ != "conj" or anchor.head.lemma_.lower() not in RAID_VERBS:
        return None
    for obj in anchor.head.children:
        if obj.dep_ != "dobj":
            continue
        if obj.i in actors:
            return obj
        for w in obj.children:
            if w.dep_ in ("poss", "amod", "compound") and w.i in actors:
                return w
            if w.dep_ == "prep" and w.lower_ == "of":
                for p in w.children:
                    if p.dep_ == "pobj" and p.i in actors:
                        return p
    return None


POLICE_DEPLOYMENTS = frozenset({"force_posture.code13.police_deployed"})


# A call to lift a ban is made to the one whose ban it is (code13): "called for the lifting of China's ban on Japanese
# seafood" (not Japan, on whose goods the ban is)
BAN_NOUNS = frozenset({"ban", "sanction", "embargo", "restriction", "tariff", "blockade", "boycott", "curb"})


def _ban_owner(m, actors: dict[int, Actor]) -> Token | None:
    """The actor named as the owner of the ban, sanctions or embargo a pattern matched ("China's ban"); else None."""
    for t in m.matched:
        if t.pos_ == "NOUN" and t.lemma_.lower() in BAN_NOUNS:
            if t.i in actors and any(c.dep_ == "poss" for c in t.children):
                return t  # ("China's ban" read as one actor on its head)
            for c in t.children:
                if c.dep_ == "poss" and c.i in actors:
                    return c
    return None


JOINED_PROTESTS = frozenset({"march", "protest", "rally", "demonstration", "vigil", "sit-in", "strike", "walkout", "protester", "demonstrator", "marcher"})


# An assassination by armed men of no state (code13): Coder._event_of
KILLER_VERBS = frozenset({"shoot", "stab", "assassinate", "gun", "kill", "murder"})
OUTLAW_ROLES = frozenset({"REB", "CRM", "CVL", "UAF"})


# A message is what it says: "sent a message of congratulations to Hun Manet", "conveyed a congratulatory letter to",
# "sent a message of condolence to": praise (051) or sympathy (018), not a bare statement to the addressee (010).
MESSAGE_NOUNS = frozenset({"message", "letter", "note", "telegram", "cable"})
MESSAGE_KINDS = {
    "congratulation": "051", "congratulations": "051", "congratulatory": "051",
    "condolence": "018", "condolences": "018", "sympathy": "018",
    "protest": "114",  # "a note of protest", "a protest letter" (code14)
}


def _message_kind(anchor: Token) -> str | None:
    """The code of what a message sent says ("a message of congratulations", "a congratulatory message", "a
    condolence letter"), when it is one MESSAGE_KINDS names; else None."""
    for c in anchor.children:
        if c.dep_ != "dobj" or c.lemma_.lower() not in MESSAGE_NOUNS:
            continue
        for w in c.children:
            if w.dep_ in ("amod", "compound") and (code := MESSAGE_KINDS.get(w.lower_) or MESSAGE_KINDS.get(w.lemma_.lower())):
                return code
            if w.dep_ == "amod" and w.lower_ == "diplomatic" and c.lemma_.lower() == "note":
                return "114"  # "sent a diplomatic note to Washington": a note verbale is a formal protest (code14)
            if w.dep_ == "prep" and w.lower_ == "of":
                for p in w.children:
                    if p.dep_ == "pobj" and (code := MESSAGE_KINDS.get(p.lower_) or MESSAGE_KINDS.get(p.lemma_.lower())):
                        return code
    return None


# --- lexicon14: a plea is made to a court ---------------------------------------------------------------------------
# Entries whose id holds PLEA_ENTRY ("pleaded not guilty", "entered a plea of not guilty") name no party: the plea is
# made to the court this sentence names, else the story's latest court, else the court of the pleader's own country.
PLEA_ENTRY = ".plea."
from coding.verbs import PLEAS as _PLEAS  # noqa: E402  (what a defendant pleads)
_PLEA_FORMS = frozenset({"plead", "pleads", "pleaded", "pleading", "pled", "plea"})  # with PLEAS: a sentence the pre-filter keeps


def _plea_court(anchor: Token, source: Actor, actors: dict[int, Actor], state: ArticleState | None) -> Actor | None:
    """The court a plea by ``source`` is made to, or None (a pleader of no country, a court pleading)."""
    if source.role == "JUD":
        return None
    for i in sorted(actors):
        a = actors[i]
        if a.role == "JUD" and a.code != source.code and a.country:
            return replace(a, head=-1)
    if (courts := _latest_court(anchor, {source.code}, actors, state)):
        return courts[0]
    return _of_place(source.country, "JUD", source.rule_id) if source.country else None




# code14: the right pair with the wrong code, decided by who acts on whom (called from _by_parties).
# A crowd's blockade is a protest, not a state's embargo: "Polish farmers blocked crossings on the Ukrainian border",
# "truckers blocked the border with Mexico" (16x by a crowd, farmers, workers, students or an opposition -> 144).
CROWD_BLOCK_VERBS = frozenset({"block", "blockade", "barricade", "obstruct"})
CROWD_BLOCK_ROLES = frozenset({"CVL", "AGR", "LAB", "EDU", "OPP"})
# Shooting that no state's force does, at someone who bears no arms, is an assault (182; 1823 when it kills), not a
# fight with small arms (193): "gunmen shot dead a journalist", "a gunman shot two Israeli brothers", "two teachers
# were shot dead at a roadblock by a man"; soldiers, police, rebels and countries shot at stay 193.
SHOOT_VERBS = frozenset({"shoot", "gun"})
SHOOTER_ROLES = frozenset({"REB", "CRM", "UAF", "INS", "CVL"})
ARMED_TARGET_ROLES = frozenset({"MIL", "COP", "SPY", "REB", "CRM", "UAF", "INS", "SEP"})
GUNMEN_NOUNS = frozenset({"gunman", "assailant", "attacker", "shooter", "hitman", "killer"})


def _code14_by_parties(action, source: Actor, target: Actor, anchor: Token | None) -> str | None:
    """The code a crowd's blockade or a shooting of the unarmed takes from its parties (see above); else None."""
    if anchor is None:
        return None
    lemma = anchor.lemma_.lower()
    if action.root == "16" and lemma in CROWD_BLOCK_VERBS:
        return "144" if source.kind == AGENT and source.role in CROWD_BLOCK_ROLES else None
    shot = action.code == "193" and lemma in SHOOT_VERBS
    # "gunmen shot and killed a journalist": the killing (190) by armed men no one names (as CRM's 190 is 180 above)
    # (gunmen, not "ELN rebels" or "fighters", whose killings the golds code as fighting or a massacre)
    noun = source.noun or (anchor.doc[source.head].lemma_.lower() if 0 <= source.head < len(anchor.doc) else "")
    gunmen_kill = action.code == "190" and lemma in ("kill", "murder", "shoot") and noun in GUNMEN_NOUNS and len(source.code) <= 6
    if not (shot or gunmen_kill):
        return None
    if not (source.role in SHOOTER_ROLES or (source.kind == PERSON and source.role is None)):
        return None
    if target.role in ARMED_TARGET_ROLES or target.kind in (COUNTRY, CAPITAL, ORG) or (target.role is None and not target.personal and target.kind != DEMONYM):
        return None
    killed = gunmen_kill or any(c.lower_ in ("dead", "death") for c in anchor.children) or any(c.dep_ == "conj" and c.lemma_.lower() in ("kill", "die") for c in anchor.children)
    return "1823" if killed else "182"


# code14: whom a threat that names no one answers, by the same sentence: "Iran vowed revenge after an air strike it
# blamed on Israel", "the Houthis vowed to retaliate for strikes they blamed on the United States", "vowed a response,
# accusing Israel of the killing": the one the threatener blames or accuses there (see Coder._event_of).
BLAME_LEMMAS = frozenset({"blame", "accuse"})


def _blamed_in_sentence(anchor: Token, sources: list[Actor], actors: dict[int, Actor]) -> list[Token]:
    """The actor heads the threatener blames ("blamed on X") or accuses ("accusing X of") in the threat's sentence."""
    if not any(w.startswith(("blam", "accus")) for w in doc_labels(anchor.doc)[2]):  # (only threats with no target ask)
        return []
    countries = {s.country for s in sources}
    found: list[Token] = []
    for t in anchor.sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in BLAME_LEMMAS:
            continue
        if t.lemma_.lower() == "blame":
            heads = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
        else:
            heads = [c for c in t.children if c.dep_ == "dobj"]
        found += [h for h in heads if h.i in actors and actors[h.i].country not in countries]
    return found


# code14: who releases one released by no one named: the doer of the story's latest arrest or detention (17x) of that
# person, within the last few sentences ("Police arrested Sturgeon on Sunday. She was released without charge").
HOLDER_REACH = 4


def _holder_of(head: Token, actors: dict[int, Actor], state: ArticleState | None) -> Actor | None:
    held = actors.get(head.i)
    if held is None or state is None or not state.acts:
        return None
    for act in reversed(state.acts):
        root, _, doers, done_to, _ = act
        if state.acts.now - state.acts.when.get(id(act), -99) > HOLDER_REACH:
            break
        if root == "17" and doers and any(t.code == held.code and held.text and (held.text in t.text or t.text in held.text) for t in done_to):
            return doers[0]
    return None



# --- target14: the target of a reaction is the doer of the act it names (fourteenth session) ---------------------------
# An accusation rejected by a bare noun ("Washington rejected any suggestion that it was involved", "The Kremlin
# rejected the claims") is a denial answered to the accuser (01_statement_target14.yaml): the memory supplies the
# other party, so the pre-filter counts the pair of words as a slot of its own, as it does "denied" (_screen).
_REJECTING_FORMS = frozenset({"reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "rebuff", "rebuffed"})
_ACCUSATION_FORMS = frozenset({
    "accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim", "claims", "suggestion",
    "suggestions", "assertion", "assertions", "insinuation", "insinuations",
})


def _accusation_rejected(words) -> bool:
    """Does the sentence (its lower-case words) reject an accusation by a noun for it ("rejected the claims")?"""
    return not _REJECTING_FORMS.isdisjoint(words) and not _ACCUSATION_FORMS.isdisjoint(words)
_REJECTING_LEMMAS = frozenset({"reject", "dismiss", "refute", "rebuff"})
# what a claim is to, not of someone's misdeed: "Beijing's sovereignty claims", "territorial claims"
_CLAIMED_THINGS = frozenset({"sovereignty", "territorial", "maritime", "land", "ownership", "border", "historical", "historic", "victory", "win"})


def _accusation_named(anchor: Token) -> bool:
    """Is what a reject/dismiss verb takes (its object, or the noun its relative clause is on) an accusation noun that
    is no claim to a thing ("rejected the claims", "dismissed any suggestion that ..."; not "rejects China's
    sovereignty claims")?"""
    nouns = [c for c in anchor.children if c.dep_ == "dobj"] + ([anchor.head] if anchor.dep_ == "relcl" else [])
    for noun in nouns:
        if noun.lower_ in _ACCUSATION_FORMS and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CLAIMED_THINGS for c in noun.children):
            return True
    return False


BLAME_ON_VERBS = frozenset({"blame", "pin"})


def _blamed_on(noun: Token, actors: dict[int, Actor]) -> list[Actor]:
    """The actors an act noun is blamed on ("an air strike it blamed on Israel", "Tehran blamed the attack on
    Washington", "the bombing, which Islamabad blamed on the TTP", "the attack was blamed on Hamas"): the "on" phrase of
    blame or pin, realised and not negated; [] otherwise."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in BLAME_ON_VERBS:
        verb = noun.head
    else:
        verb = next((c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in BLAME_ON_VERBS), None)
    if verb is None or any(c.dep_ == "neg" for c in verb.children) or not _took_place(verb):
        return []
    # (the parser hangs "on Y" on the verb or on its object: "blamed the bombing on the Taliban")
    ons = [c for c in (*verb.children, *(noun.children if noun.head.i == verb.i else ())) if c.dep_ == "prep" and c.lower_ == "on"]
    return [actors[p.i] for c in ons for p in c.children if p.dep_ == "pobj" and p.i in actors]


# "Parliament passed the bill ... The State Department said it was deeply troubled by the vote": the vote that passed
# a law, a bill or a resolution is that thing's making, so "the vote" refers to its maker (_made_by) as the thing does
MADE_KIN["vote"] = frozenset({"vote", "law", "bill", "legislation", "amendment", "resolution"})


# "Australia accused China of an unsafe and unprofessional act ... China's defence ministry rejected the complaint": a
# complaint, an objection or a grievance rejected is the latest criticism or accusation (root 11) made of the
# rejecter's country by another country, within REACT_REACH sentences; none, no event
COMPLAINT_NOUNS = frozenset({"complaint", "objection", "grievance", "protest"})


def _complainers(objects: list[tuple[Token, bool]], sources: Sequence[Actor], state: ArticleState) -> list[Actor]:
    """The makers of the complaint a rejection names by a bare noun ("rejected the complaint", "dismissed the
    objections"): the doers of the story's latest act of root 11 against the rejecter's country by another; []
    when the object is no such noun, has a possessor or phrase of its own, or no complaint was coded."""
    if not any(not relative and obj.lemma_.lower() in COMPLAINT_NOUNS and not any(c.dep_ in ("poss", "prep", "compound", "amod") for c in obj.children) for obj, relative in objects):
        return []
    src = {s.country for s in sources}
    for act in reversed(state.acts):
        if state.acts.age(act) > REACT_REACH:
            break
        if act[0] == "11" and act[2] and all(d.country and d.country not in src for d in act[2]) and any(t.country in src for t in act[3]):
            return list(act[2])
    return []


def _told_first(state: ArticleState, act, admit) -> bool:
    """Was the story's first told act (ArticleState.told, its lede's) told in an earlier sentence than the coded act
    ``act``, by doers ``admit`` keeps? Then "the decision" is that told act ("Armenia's parliament voted to join the
    ICC ... The court issued a warrant for Putin ... Moscow considered the decision wrong": Armenia's)."""
    verb, doers, index = state.told[0]
    return index < state.acts.when.get(id(act), index) and bool(doers) and all(admit(d) for d in doers)


def _accuser_told(anchor: Token, sources: Sequence[Actor], actors: dict[int, Actor], state: ArticleState) -> list[Actor]:
    """Who made the accusation a rejection answers when no accusation was coded: the subject of the verb of saying
    the rejected noun's relative clause hangs on ("the general claimed that Arce had asked him ..., an accusation the
    government rejected as a lie"), else the latest teller of an accusation in the story (ACCUSATION_TELLING_VERBS,
    within TOLD_REACH), of another country or, at home, of another role; [] when none is."""
    src_countries = {s.country for s in sources}
    roles = {s.role for s in sources}

    def other(d: Actor) -> bool:
        return bool(d.country) and (d.country not in src_countries or (d.role is not None and None not in roles and d.role not in roles))

    if anchor.dep_ == "relcl":
        verb, hops = anchor.head.head, 0
        while hops < 3 and verb.lemma_.lower() not in ACCUSATION_TELLING_VERBS and verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i:
            verb, hops = verb.head, hops + 1  # ("the general claimed that Arce had asked him ..., an accusation ...")
        if verb.i != anchor.head.i and verb.lemma_.lower() in ACCUSATION_TELLING_VERBS:
            found = [actors[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in actors]
            if found and all(other(d) for d in found):
                return found
    # (told, not coded: another country's telling, or at home the political contest's other side, government and
    # opposition: "Kejriwal's party said the arrest was a political vendetta ... the BJP rejected the charge"; at home
    # other sayings are too often no accusation at all: a spy agency's spokesman telling an operation)
    def accuser(d: Actor) -> bool:
        return bool(d.country) and (d.country not in src_countries or (d.role != roles_one and "OPP" in (d.role, roles_one) and len(roles) == 1))

    roles_one = next(iter(roles)) if len(roles) == 1 else None
    said = _latest_told(state, ACCUSATION_TELLING_VERBS, accuser)
    return said[1] if said else []




# --- actors14: parties the engine does not find (fourteenth session) --------------------------------------------------
# A bare title after a preposition hangs on the verb of that preposition ("raised the matter with the embassy": the
# embassy is another argument of "raised", as "summoned the ambassador" is of "summoned"), so that a title that refers
# back past a co-argument (actors13) is found there too.

def _argument_verb(tok: Token) -> Token:
    """The word whose arguments ``tok`` stands beside: its head, or, for the object of a preposition on a verb or on
    its object ("complained to the ambassador", "lodged a protest with the embassy"), that verb."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.dep_ == "dobj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "lodged a protest with the ambassador", "raised the matter with the embassy"
        if verb.pos_ in ("VERB", "AUX"):
            return verb
    return head


# A dictionary person whose bare surname the dictionary withholds because it is a country's name ("Luís Montenegro":
# no bare "Montenegro"), named in full before in the story, is that person when the surname stands alone as a party
# ("Pedro Nuno Santos accused Montenegro of lying"), not the country.

def _surname_not_country(tok: Token, mmap: MentionMap, state: ArticleState) -> Actor | None:
    """The person the story named in full before whose surname is the country name ``tok`` alone, else None."""
    m = mmap.by_token.get(tok.i)
    if m is None or m.entry.kind != COUNTRY or m.end - m.start != 1 or tok.dep_ not in SURNAME_DEPS:
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ not in STRANGER_PREPS:
        return None  # "in Montenegro", "to Montenegro": the place
    if any(c.dep_ in ("det", "amod", "compound", "nmod") for c in tok.children):
        return None
    named = state.names.get(fold(tok.text))
    if named is None or named.kind != PERSON or not named.personal or not named.text.split() or fold(named.text.split()[-1]) != fold(tok.text):
        return None
    return named


SURNAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss"})


# "Castillo's supporters", "Tepic's lawyers": a role noun owned by a person the story named (by name, or by a surname
# alone it learned) is of that person's country; supporters are its civilians, unless the owner is of a group outside
# the state (as "supporters of former President Ben Bella" are, coding/actors.py).

def _owned_by_named(tok: Token, actors: dict[int, Actor], role_only: dict[int, str], mmap: MentionMap, state: ArticleState) -> Actor | None:
    """The actor of the role noun ``tok`` whose possessor is a person resolved in this sentence or a surname the story
    named in full before, else None."""
    if tok.i not in role_only or tok.i in actors:
        return None
    poss = next((c for c in tok.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if poss is None:
        return None
    owner = actors.get(poss.i)
    if owner is None and poss.i not in mmap.by_token and not any(c.dep_ in ("compound", "flat") for c in poss.children):
        owner = state.names.get(fold(poss.text))
    if owner is None or not owner.personal or not owner.country:
        return None
    role = role_only[tok.i]
    if tok.lemma_.lower() in SUPPORTER_HEADS:
        role = owner.role if owner.role in NONSTATE_ROLES else "CVL"
    return Actor(owner.country + role, owner.country, role, _np_text(tok), owner.rule_id, AGENT, tok.i, tok.lemma_.lower())


# "The group", "the movement", "the militia" never stand for an inter-governmental body: of several organizations named
# before, the one that is no IGO (Coder._named_before)
GROUP_REFERRERS = frozenset({"group", "movement", "militia"})


# A bare "prosecutors" (or "the judge") in a story of a trial is of the state whose court or jury the story named: "A
# U.S. jury in Manhattan found Hernandez guilty ... Prosecutors accused him of ...", not Honduras's (Coder._event_of,
# before the story's country).

def _trial_country(head: Token, role_only: dict[int, str], state: ArticleState) -> Actor | None:
    """The JUD actor of the latest national court, jury or prosecutor the story named, as the actor of the bare judicial
    role noun ``head`` (no owner, country or name of its own), else None."""
    if any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in head.lefts) or any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in head.children):
        return None
    for a in reversed(state.history[-12:]):
        if a.role == "JUD" and a.country and not a.code.startswith("IGO"):
            return Actor(a.country + "JUD", a.country, "JUD", _np_text(head), a.rule_id, AGENT, head.i, head.lemma_.lower())
    return None


# "Rights groups accused the security forces of torture": the model often hangs the charge's "of" on the accused noun;
# it says what the charge is, not whose forces they are (_of_locus)
CHARGE_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "clear"})


def _charge_of(head: Token, prep: Token) -> bool:
    """Is ``prep`` ("of") on the noun ``head`` the charge of the accusation verb ``head`` is the object of?"""
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in CHARGE_VERBS and not any(
        p.dep_ == "pobj" and p.pos_ == "PROPN" for p in prep.children
    )  # ("accused the forces of El Salvador of torture": whose they are)




# --- home14: force at home on things and people no one names, by generic doers (fourteenth session) -----------------
# Things and places of ordinary people that a force at home hits with no owner named: "troops set fire to dozens of
# homes", "Crowds attacked at least 20 churches", "Protesters set fire to buses and a police post".
HOME_THINGS14 = frozenset({
    "home", "house", "church", "mosque", "temple", "shrine", "synagogue", "shop", "store", "market", "business",
    "village", "hamlet", "bus", "vehicle", "car", "truck", "building", "property", "school", "hospital", "post",
    "station", "dwelling", "hut", "farm", "crop", "supermarket", "complex", "bank", "office", "neighbourhood",
    "neighborhood", "area", "settlement", "compound", "hotel", "restaurant", "cafe", "bar", "nightclub", "stadium",
    "beach", "park", "wedding", "funeral", "concert", "festival", "checkpoint",
})
HOME_HIT_PREPS14 = ("on", "at", "against", "to", "into")
BOMB_PLACE_PREPS14 = ("outside", "near", "inside", "in", "at")  # where a bomb (183) went off among people
QUANTITY_HEADS14 = frozenset({"dozen", "hundred", "thousand", "score", "number", "some", "many", "several", "part", "all", "most"})
# weapons and craft that fight: a state's own in a story that names no other country (NOT_LOCAL_HEADS keeps them from
# the story's country elsewhere: "a drone hit a building in Kyiv" is not Ukraine's)
HOME_WEAPON_HEADS14 = frozenset({"jet", "warplane", "helicopter", "gunship", "bomber", "airstrike", "strike", "aircraft", "plane", "drone", "tank", "artillery"})
# the things a passive harm names as its doer that were themselves thrown or fired by someone ("hurt by stones thrown by
# protesters")
THROWN_THINGS14 = frozenset({"stone", "rock", "brick", "bottle", "bomb", "firebomb", "projectile", "bullet", "shot", "missile", "object", "firework", "grenade"})


def _home_story14(state: ArticleState | None, actors: dict[int, Actor]) -> bool:
    """Is the story about its locus alone so far: a locus, no actor of another country in this sentence, and no actor of
    another country in the story's memory (so no war abroad, no foreign force whose weapons these may be)?"""
    if state is None or not state.locus or not _war_at_home(state, actors):
        return False
    home = state.locus
    return all(a.country in (None, home) for a in actors.values()) and all(a.country in (None, home) for a in state.history)


def _home_thing14(noun: Token, actors: dict[int, Actor], home: str) -> Token | None:
    """``noun`` (or the noun a quantity word counts: "dozens of homes", "some of the churches") when it is one of the
    things of ordinary people (HOME_THINGS14) with no owner or place of another country on it; else None."""
    for _ in range(2):
        if noun.lemma_.lower() in QUANTITY_HEADS14 or noun.like_num:
            inner = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
            if inner is None:
                return None
            noun = inner
    if noun.lemma_.lower() not in HOME_THINGS14 or noun.pos_ != "NOUN" or noun.i in actors:
        return None
    if any(c.i in actors and actors[c.i].country not in (None, home) for c in noun.subtree):
        return None  # "Palestinian homes", "homes in Gaza": another country's
    own = [t for c in noun.children if c.i < noun.i or (c.dep_ == "prep" and c.lower_ == "of") for t in c.subtree]
    if any((t.pos_ == "PROPN" and t.i not in actors) or t.lower_ in ("its", "his", "her") for t in own):
        return None  # "the National Assembly building", "the village of Wad al-Nourah", "his car": named, or someone's
    return noun


def _home_hit14(m: PatternMatch, code: str, sources: Sequence[Actor], state: ArticleState | None, actors: dict[int, Actor]) -> Actor | None:
    """Whom a realised force at home on ordinary people's things no one owns is used on, in a story about one country
    whose doers are all of it: its civilians (the country itself for a crowd's, a riot on no one's seat). "troops set fire
    to dozens of homes" → NGAMIL → NGACVL 1712; "Crowds attacked at least 20 churches" → PAKCVL → PAK 145."""
    if not (code.startswith(("145", "171")) or code[:2] in _FIGHTING) or m.mood is not None or not sources:
        return None
    if not _home_story14(state, actors) or not all(s.country == state.locus for s in sources):
        return None
    anchor = m.anchor
    nouns = [m.target_head] if m.target_head is not None else []
    nouns += [c for c in anchor.children if c.dep_ == ("nsubjpass" if m.passive else "dobj")]
    nouns += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in HOME_HIT_PREPS14 for p in c.children if p.dep_ == "pobj"]
    if code.startswith("183"):
        # a bomb set off where people gather: "detonated two car bombs outside the hotel", "in a crowded market"
        nouns += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in BOMB_PLACE_PREPS14 for p in c.children if p.dep_ == "pobj"]
    if not any(_home_thing14(n, actors, state.locus) is not None for n in nouns):
        return None
    crowd = all(s.role in ("CVL", "OPP", None) for s in sources)
    return _of_place(state.locus, None if crowd else "CVL", LOCUS_RULE)


def _home_weapon14(head: Token, code: str, role_only: dict[int, str], state: ArticleState | None, actors: dict[int, Actor]) -> Actor | None:
    """A bare warplane, gunship or drone that fights, in a story about one country alone (_home_story14): the locus's
    army ("A fighter jet dropped bombs on the crowd" in a story about Myanmar's junta)."""
    if code[:2] not in _FIGHTING or role_only.get(head.i) != "MIL" or head.lemma_.lower() not in HOME_WEAPON_HEADS14:
        return None
    if any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and (c.lower_ in NOT_LOCAL or c.text[:1].isupper())) for c in head.children):
        return None
    if not _home_story14(state, actors):
        return None
    return Actor(state.locus + "MIL", state.locus, "MIL", _np_text(head), LOCUS_RULE, AGENT, head.i, head.lemma_.lower())


def _thrown_by14(subj_head: Token) -> Token | None:
    """The doer of a passive harm whose "by" names a thrown thing that names its own thrower: "several officers were hurt
    by stones thrown by protesters" → protesters."""
    if subj_head.lemma_.lower() not in THROWN_THINGS14:
        return None
    for acl in subj_head.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN":
            for agent in acl.children:
                if agent.dep_ == "agent":
                    return next((p for p in agent.children if p.dep_ == "pobj"), None)
    return None


DEPLOY_VERBS14 = frozenset({"deploy", "send", "dispatch", "station", "mobilize", "mobilise", "rush", "bring"})


def _deployed_head14(subj: Token) -> Token:
    """The force noun of a passive deployment's subject: "more than 400 officers" → officers (a number's own noun)."""
    head = _np_head(subj)
    return _partitive_head(head) if head.lemma_.lower() not in HOME_FORCE_NOUNS else head


def _deployed_forces14(m: PatternMatch, code: str, role_only: dict[int, str]) -> Token | None:
    """The subject of a passive deployment with no doer named, when it is a state's troops or police: "The army was
    deployed to help police", "more than 400 officers, including riot police, had been deployed to restore order". The
    forces sent are the doers, as coders code them; where they are sent the deployment-at-home rule decides."""
    if code[:2] != "15" or m.anchor.lemma_.lower() not in DEPLOY_VERBS14 or any(c.dep_ == "agent" for c in m.anchor.children):
        return None
    subj = next((c for c in m.anchor.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    head = _deployed_head14(subj)
    return head if role_only.get(head.i) in ("MIL", "COP") and head.lemma_.lower() in HOME_FORCE_NOUNS else None


SOME_WORDS14 = frozenset({"some", "others", "many", "several", "dozens", "hundreds"})
CROWD_ROLES14 = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR"})


def _some_of_crowd14(subj_head: Token, code: str, role_only: dict[int, str], actors: dict[int, Actor], state: ArticleState | None) -> Actor | None:
    """"Some", "others", "many" with no "of" phrase as the subject of a riot or an attack (roots 14, 18, 19), in a story
    with a locus: some of the crowd this sentence named before it ("Protesters marched along the avenue, and some threw
    fireworks at police"), else of the crowd the story named last ("Thousands of people rallied outside Congress. Some
    threw stones at police"): that crowd, of the locus."""
    if code[:2] not in ("14", "18", "19") or subj_head.lower_ not in SOME_WORDS14 or state is None or not state.locus:
        return None
    if any(c.dep_ == "prep" for c in subj_head.children) or subj_head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for tok in reversed(subj_head.doc[subj_head.sent.start:subj_head.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue  # the crowd is a subject before it (not "waving EU flags")
        if tok.i in actors:
            a = actors[tok.i]
            return a if a.role in CROWD_ROLES14 and a.country == state.locus else None
        if role_only.get(tok.i) in CROWD_ROLES14 and tok.lemma_.lower() in CROWD_NOUNS | PEOPLE_NOUNS:
            return _of_locus(tok, role_only, state.locus)
        return None
    for last in state.history[-1:-4:-1]:  # the story's latest actors, a crowd among the last three
        if last.role in CROWD_ROLES14 and last.country == state.locus:
            return replace(last, head=subj_head.i, text=subj_head.text)
    return None


# fp14 (precision, fourteenth session): a leader who speaks or talks to his own supporters makes a speech, not a
# consultation ("Speaking to supporters outside the court, Muhyiddin said ...", "Trump spoke to his backers at a rally")
SPEECH_VERBS14 = {"speak", "talk", "address"}


def _speech_to_crowd14(code: str, anchor: Token | None) -> bool:
    """Is the event a consultation (root 04) said by "speak", "talk" or "address": a verb whose hearer, when it is the
    speaker's own followers, is the audience of a speech rather than a party to talks?"""
    return code[:2] == "04" and anchor is not None and anchor.lemma_.lower() in SPEECH_VERBS14


def _joined_in_act14(anchor: Token) -> bool:
    """Does "join" take part in an act said by a verb ("joined Riyadh in cutting ties with Doha", "joined Britain in
    expelling Russian diplomats")? Taking part in another's deed is that deed (coded by its own verb, on its own
    target), not diplomatic cooperation with the one joined; "joined Rohan in the alliance" is not touched."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in anchor.children
    )


# a body's gathering hosted ("host the U.N. climate summit", "the G7 summit Kishida will host"): the body is no guest
GATHERING_NOUNS14 = {"summit", "conference", "forum", "games", "olympics", "cup", "championship", "congress", "convention", "assembly"}


def _body_gathering14(actor: Actor, doc: Doc) -> bool:
    """Is the actor an international body read off the name of a gathering it holds: its head is a gathering noun
    ("the U.N. climate summit", "the G7 summit", "the NATO summit"), so the body names the meeting, not a visitor?"""
    return actor.code.startswith("IGO") and actor.head >= 0 and (
        doc[actor.head].lemma_.lower() in GATHERING_NOUNS14 or (actor.noun or "").lower() in GATHERING_NOUNS14
    )  # (a relative pronoun stands for the noun it refers to: "the G7 summit that Kishida will host")


def _took_part_in14(anchor: Token) -> bool:
    """Is "take" the idiom "take part in" (to participate): a bare "part" (no determiner, no modifier) as its object
    with "in" after it ("took part in the rally", "will take part in talks"), not a part of a place taken ("took part
    of the town", "took a large part of the city")?"""
    return any(
        c.dep_ == "dobj" and c.lower_ == "part" and not any(g.dep_ in ("det", "amod", "nummod", "poss") for g in c.children)
        and (any(g.dep_ == "prep" and g.lower_ == "in" for g in c.children) or any(g.dep_ == "prep" and g.lower_ == "in" for g in anchor.children))
        for c in anchor.children
    )




# --- pron14: a subject pronoun of a subordinate clause stands for the main clause's party (fourteenth session) -------
# "Police detained an editor as she returned from Istanbul, a day after they arrested ...": "they" is the police, not
# the place just named; "The Taliban blamed Pakistani forces for the clash, saying they had fired on Afghan guards":
# the plural the main clause names; "Biden warned Russia against an invasion of Ukraine, saying it would face
# sanctions": the one warned, not the prepositional object. The clause chain is followed up (adverbial, reported,
# conjoined clauses) to the first verb whose subject (then, under a participle, whose object) agrees in number and kind.

CLAUSE_LINKS14 = frozenset({"advcl", "ccomp", "conj", "xcomp"})
COLLECTIVE_PLURALS14 = frozenset({"police", "people", "taliban", "houthis", "authorities", "forces", "troops"})


def _agrees14(pronoun: str, head: Token, actor: Actor | None) -> bool:
    """Does the noun phrase at ``head`` (resolved to ``actor``, or a bare role noun) fit the pronoun's number and kind?"""
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in COLLECTIVE_PLURALS14
    personal = actor.personal if actor is not None else head.lemma_.lower() not in COLLECTIVE_PLURALS14 and not plural and head.ent_type_ != "ORG"
    if pronoun in ("they", "them"):
        return plural
    if pronoun == "it":
        return not plural and not personal
    return not plural and personal  # he, she


def _clause_party14(pronoun: Token, actors: dict[int, Actor], role_only: dict[int, str]) -> Token | None:
    """The head of the noun phrase a subject pronoun of a subordinate clause stands for (see the block comment), an
    actor or a bare role noun; None when no verb up the clause chain has a subject or object that agrees, or when an
    adverbial clause hangs on a verb whose object of another country fits the pronoun too ("Israel struck Hezbollah
    after it fired rockets": either may have fired)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    word = pronoun.lower_
    rivals: list[tuple[str | None, str | None]] = []  # (country, role) of the objects, fitting the pronoun, of the verbs an adverbial clause hangs on
    seen = 0
    while clause.dep_ in CLAUSE_LINKS14 and clause.head.i != clause.i and seen < 4:
        seen += 1
        via, clause = clause, clause.head
        if via.dep_ == "advcl" and via.tag_ != "VBG":
            hit = [c for c in clause.children if c.dep_ == "dobj"]
            hit += [p for c in clause.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against") for p in c.children if p.dep_ == "pobj"]
            for c in hit:
                o = _np_head(c)
                if o.i in actors and o.i < pronoun.i and (_agrees14(word, o, actors[o.i]) or (word == "it" and not actors[o.i].personal)):
                    rivals.append((actors[o.i].country, actors[o.i].role))
                elif o.i in role_only and o.i < pronoun.i and _agrees14(word, o, None):
                    rivals.append((None, role_only[o.i]))  # "Soldiers fired on protesters as they marched": either
        subj = subject_of(clause)
        if subj is not None and subj.i < pronoun.i and subj.lower_ not in PRONOUNS:
            head = _np_head(subj)
            if (head.i in actors or head.i in role_only) and _agrees14(word, head, actors.get(head.i)):
                own = (actors[head.i].country, actors[head.i].role) if head.i in actors else (None, role_only[head.i])
                if any((c != own[0] if c else r != own[1]) for c, r in rivals):
                    return None  # the one struck may be "it" as well: the ordinary antecedent
                return head
        if via.dep_ == "advcl" and via.tag_ == "VBG":
            # a participle ("saying", "adding", "arguing") of a verb whose subject does not fit: its object may
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                head = _np_head(obj)
                if head.i < pronoun.i and (head.i in actors or head.i in role_only) and _agrees14(word, head, actors.get(head.i)):
                    return head
            return None
        if subj is not None and subj.i < pronoun.i and subj.lower_ not in PRONOUNS and via.dep_ != "conj" and not (clause.dep_ == "advcl" and clause.tag_ == "VBG"):
            return None  # a subject that does not fit closes the chain (it is the pronoun's speaker or doer)
    return None


# --- fp15 (precision, fifteenth session): false positives removed at their mechanism -------------------------------
# "joined Canada and Australia in a coordinated move": the noun of an act joined ("move", "step", "call") is that act,
# as a gerund is (fp14's _joined_in_act14); a body or alliance joined ("in the coalition") is not touched
JOINED_ACTS15 = {
    "move", "step", "decision", "effort", "efforts", "call", "calls", "push", "bid", "campaign", "condemnation", "criticism",
    "boycott", "recognition", "statement", "appeal", "demand", "initiative", "action", "protest", "declaration",
    "walkout", "expulsion", "expulsions", "sanction", "sanctions", "ban", "suspension", "withdrawal", "refusal", "plea",
}


def _joined_in_move15(anchor: Token) -> bool:
    """Does "join" take part in an act named by a noun ("joining Canada and Australia in a coordinated move", "joined
    Britain in a call for a ceasefire", "joined France in condemnation of the coup")?"""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in JOINED_ACTS15 for g in c.children)
        for c in anchor.children
    )


# "posted a photograph of himself shaking hands with X", "a video showing Putin meeting Kim": a picture of a meeting
DEPICTIONS15 = {"photograph", "photo", "picture", "image", "video", "footage", "clip", "selfie", "snapshot"}


def _depicted15(anchor: Token) -> bool:
    """Is the participle of a meeting the content of a picture: it hangs (as a clause, directly or through "of",
    "showing" or "in which") on a photograph, photo, picture, image, video or footage noun, at most three steps up, or
    on a verb whose object before it is such a noun?"""
    if anchor.dep_ in ("advcl", "xcomp", "ccomp") and any(
        c.dep_ == "dobj" and c.i < anchor.i and c.lemma_.lower() in DEPICTIONS15 for c in anchor.head.children
    ):
        return True  # (the parser hangs the participle on the verb: "posted a photograph [of himself] shaking hands")
    tok = anchor
    for _ in range(3):
        if tok.dep_ not in ("acl", "pcomp", "pobj", "dobj", "xcomp", "ccomp", "prep", "relcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in DEPICTIONS15:
            return True
    return False


# "X accused Y of supplying weapons to Russia for its war in Ukraine, which both countries deny": a denial in a relative
# clause at the end of an accusation answers the accuser, whatever noun the parser hangs the clause on
ACCUSING15 = {"accuse", "blame", "charge", "allege"}
_CLIMB15 = {"pobj", "prep", "dobj", "pcomp", "acl", "advcl", "xcomp", "conj", "appos", "npadvmod"}


def _accuser_of_relative15(anchor: Token, actors: dict[int, Actor]) -> list[Actor]:
    """The maker of the accusation a relative clause of denial answers ("..., which Bamako denies"): the relative
    pronoun is the clause's object, and the noun it hangs on lies (at most seven steps down) in what a verb of accusing
    ("accuse", "blame", "charge", "allege") takes; the verb's subject, when it is an actor; [] otherwise."""
    if not any(c.tag_ in ("WDT", "WP") and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in anchor.children):
        return []
    tok = anchor.head
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ACCUSING15:
            return [actors[c.i] for c in tok.children if c.dep_ == "nsubj" and c.i in actors]
        if tok.dep_ not in _CLIMB15 or tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


# "exchanged prisoners with mediation by the UAE", "with the help of Turkey": the help, not the helper, is what "with" takes
HELP_NOUNS15 = {"mediation", "help", "support", "assistance", "backing", "facilitation", "aid", "brokering", "participation", "involvement", "approval", "consent", "blessing", "cooperation"}


def _help_with15(prep: Token, target: Token) -> bool:
    """Is the object of a pattern's closing "with" a help noun ("with mediation by X", "with the help of X") whose
    phrase holds the target, rather than the target itself?"""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.i != target.i and pobj.lemma_.lower() in HELP_NOUNS15 and pobj.left_edge.i <= target.i <= pobj.right_edge.i


# "Five Americans who had been held in Iran arrived in Qatar after Tehran released them": a country named as the place
# of "in", "to", "at", "from" or "into" is no antecedent of the plural object "them"
PLACE_PREPS15 = {"in", "to", "at", "from", "into"}


def _place_named15(tok: Token) -> bool:
    """Is the token a singular proper name that a locative preposition takes ("in Qatar", "to Doha")?"""
    return tok.tag_ == "NNP" and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS15


# "the UAE, which normalised relations with Israel in 2020", "the Minsk Group, which mediated the conflict for decades":
# a consultation or a tie years before the story, told in a relative clause on one of its parties, is background
BACKGROUND_ROOTS15 = {"04", "05"}
_SPAN_NOUNS15 = {"decade", "year"}


def _background_relcl15(anchor: Token, date, date_source: str, day) -> bool:
    """Is the relative clause ("which"/"who" its subject, the verb in the past) dated two or more years before the
    story, or said to have lasted "for decades" or "for years"?"""
    if anchor.tag_ != "VBD" or not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in anchor.children):
        return False
    if date_source == "text" and date.year <= day.year - 2:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" and p.tag_ == "NNS" and p.lemma_.lower() in _SPAN_NOUNS15 for p in c.children)
        for c in anchor.children
    )



# --- plover15: the Security Council named bare, refugees named by the war they flee (fifteenth session) -------------
# "The Security Council agreed to extend the mandate", "vetoed a Security Council resolution": wire copy names the UN
# Security Council in full once and bare after, and older copy bare throughout. The dictionary leaves the bare name out
# (Russia, Ukraine, Armenia have national security councils), so only the uses that are the UN body's are read as it:
# the council as the subject of its verb, or a resolution, vote, statement or mandate "of" it named by a compound, with
# nothing in front of "Security" that says whose ("Russia's", "his", "National", "Peace and", a country adjective) and
# no "of" phrase after it ("the Security Council of Ukraine"). A council "meeting" or "session" is left out: "Putin held
# a Security Council meeting" is Russia's.
from coding.actors import split_code as _split_code15  # noqa: E402

UN_COUNCIL_RULE15 = "agent.plover15.security_council"
UN_COUNCIL_THINGS15 = frozenset({"resolution", "vote", "statement", "mandate", "sanction", "decision", "draft", "presidency", "seat", "veto", "approval", "authorization", "authorisation"})


def _un_council15(tok: Token) -> Actor | None:
    """IGOUNOSEC for a bare "Security Council" at ``tok`` (its head "Council") used as the UN body's (see above)."""
    if tok.text != "Council" or tok.i < 1 or tok.doc[tok.i - 1].text != "Security":
        return None
    sec = tok.doc[tok.i - 1]
    if sec.head.i != tok.i or any(c.dep_ != "det" or c.lower_ not in ("the", "a") for c in tok.children if c.i < sec.i):
        return None  # "Russia's Security Council", "his Security Council", "the National Security Council"
    if any(c.i != sec.i and c.dep_ in ("poss", "amod", "compound", "nmod") for c in tok.children) or any(c.dep_ in ("cc", "conj", "compound", "amod") for c in sec.children):
        return None
    before = sec.nbor(-1) if sec.i > 0 else None
    if before is not None and (before.text[:1].isupper() and before.i != sec.sent.start and before.lower_ not in ("the", "a") or before.lower_ in ("and", "'s", "’s", "of")):
        return None  # "Peace and Security Council", "Iran's ... Security Council", "the Armenian Security Council"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "the Security Council of Ukraine"
    if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in UN_COUNCIL_THINGS15):
        country, role = _split_code15("IGOUNOSEC")
        return Actor("IGOUNOSEC", country, role, span_text(tok.doc, sec.i, tok.i + 1), UN_COUNCIL_RULE15, ORG, tok.i, "council")
    return None


# "aid to refugees fleeing the war in Sudan", "shelter for people who fled the fighting in Myanmar", "migrants escaping
# Libya": refugees named by no country are of the country they flee, named by the object of "flee"/"escape" on them
# (the country itself, or the war, fighting or violence in it). Gated on the words.
FLEE_WORDS15 = frozenset({"fleeing", "fled", "flee", "flees", "escaping", "escaped"})
FLEEING_HEADS15 = frozenset({"refugee", "people", "civilian", "migrant", "family", "asylum-seeker", "resident", "villager", "thousand", "hundred", "million"})


def _fled_country15(tok: Token, actors: dict[int, Actor]) -> str | None:
    """The country the people at ``tok`` flee ("refugees fleeing the war in Sudan" → SDN), or None."""
    if tok.lemma_.lower() not in FLEEING_HEADS15:
        return None
    for clause in tok.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in ("flee", "escape"):
            continue
        if clause.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            continue
        for obj in clause.children:
            if obj.dep_ != "dobj":
                continue
            here = actors.get(obj.i)
            if here is not None and here.kind in (COUNTRY, CAPITAL) and here.country:
                return here.country
            if (place := _place_in(obj, actors)) is not None:
                return place
            if (place := _place_of(clause, actors)) is not None:
                return place  # "fleeing the civil war in Liberia" with "in" read on the verb
    return None




# Office given up and defeats conceded (fifteenth session, elect15; docs/engine_policies.md "Office given up").
RESIGN_ENTRIES15 = "yield.leadership_change."  # the resignation entries (08_yield.yaml, 08_yield_elect15.yaml)
RACE_EXITS15 = {"yield.leadership_change.bid_abandoned", "yield.leadership_change.race_left"}
OFFICE_TITLES15 = {"president", "prime", "premier", "chancellor", "minister", "governor", "mayor", "speaker", "king", "emir", "vice"}
FORMER_HOLDERS15 = {"OPP", "ELI", "PTY"}  # the role a dictionary gives an office holder once he has left office


def _resigning_holder15(m, source: Actor) -> bool | None:
    """For a resignation entry, may ``source`` give up an office (None: not such an entry, the ordinary test holds)? A
    state's own actor that is a person or an office, not a country ("Arnor stepped down from the council"); or one the
    sentence gives an office title although its dictionary role has already moved on ("Prime Minister K.P. Sharma Oli
    resigned", told the day after). Leaving a race is only for a government running for the office it holds."""
    if not m.entry.id.startswith(RESIGN_ENTRIES15) or m.entry.code != "0831":
        return None
    if not _office_left_now15(m.anchor):
        return False
    if m.entry.id in RACE_EXITS15:
        return source.role == "GOV" and source.kind != DEMONYM
    if source.kind in (COUNTRY, CAPITAL, DEMONYM):
        return source.role in STATE_ROLES and source.role is not None and m.entry.id != "yield.leadership_change.step_down"
    if source.role in STATE_ROLES:
        return source.role is not None or source.kind == PERSON  # not "the Gondorian football coach" (a bare adjective)
    return _titled_holder15(source)


def _titled_holder15(actor: Actor) -> bool:
    """Is ``actor`` a government's own, or one the sentence gives an office title although its dictionary role has
    moved on since ("Botswana's President Mokgweetsi Masisi", in a story dated after his term; not "former
    President")?"""
    if actor.role == "GOV":
        return True
    if actor.role not in FORMER_HOLDERS15 or actor.kind in (COUNTRY, CAPITAL, DEMONYM):
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", actor.text)}
    return bool(words & OFFICE_TITLES15) and not words & {"former", "ex", "then", "late"}


def _conceded_office15(m, code: str, pairs) -> str:
    """The code of a defeat conceded: a government that lost the vote gives up power (080, as the seed-convention golds
    of an incumbent's concession all accept root 08), an opposition acknowledges the winner (the entry's 054). A
    concession told with the winner congratulated ("conceded defeat and congratulated his rival") is one act of
    recognition, as three in four such golds code it: 054."""
    if (
        code == "054" and m.entry.id.startswith("diplomatic.election.concede") and pairs and all(_titled_holder15(s) for s, _ in pairs)
        and not any(t.lemma_.lower() in ("congratulate", "congratulation") for t in m.anchor.sent)
    ):
        return "080"
    return code


LONE_RESIGN_FORMS15 = frozenset({"resigned", "resigns", "resignation"})
LONE_STEP_FORMS15 = frozenset({"stepped", "steps"})


def _office_left15(words: Sequence[str]) -> bool:
    """Does a sentence of one actor (a name or a pronoun) tell an office given up ("Oli resigned on Tuesday", "He
    stepped down on Friday")? The pre-filter keeps it: the office holder's own country is the other party."""
    return not LONE_RESIGN_FORMS15.isdisjoint(words) or (not LONE_STEP_FORMS15.isdisjoint(words) and ("down" in words or "aside" in words))


MODALS15 = {"will", "would", "'ll", "shall", "may", "might", "could", "should", "must", "wo", "ca", "can"}


def _office_left_now15(anchor: Token) -> bool:
    """Is the office given up in the story's present: told as done ("resigned", "has stepped down", "resigns"), not
    to come ("will resign", "would hand in his resignation", "was stepping aside", "to resign": the seed-convention
    golds code none of these as a resignation), nor long past ("stepped down in 2020", "in January last year")?"""
    if anchor.tag_ in ("VB", "VBG") or anchor.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in MODALS15 for c in anchor.children):
        return False
    for tok in anchor.subtree:
        if tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2100:
            return False  # "stepped down in 2020 citing ill health": background of an earlier year
        if tok.lower_ == "year" and any(c.lower_ in ("last", "previous") for c in tok.children):
            return False
        if tok.lower_ == "ago":
            return False
    return True




# --- law15: courts, prosecutions and appeals (fifteenth session) -----------------------------------------------------
# An appeal names no party (verbs/11_disapprove_law15.yaml): an entry whose id holds ".appeal_court." is on the court
# the sentence names, else the story's latest court, else the appellant's own country's (_plea_court), unless the verb
# asks something of someone: "appealed to donors", "appealed for calm", "appealed to Israel to step back", "appealed
# the public's help" (an addressee that is no court, a purpose, an object that is no ruling, a clause).
APPEAL_ENTRY15 = ".appeal_court."
_APPEAL_FORMS15 = frozenset({"appeal", "appeals", "appealed", "appealing"})  # a sentence the pre-filter keeps
APPEALED_RULINGS15 = frozenset({
    "ruling", "verdict", "sentence", "conviction", "decision", "judgment", "judgement", "acquittal", "injunction", "order",
    "it", "this", "that", "them", "case",
})


def _appeal_elsewhere15(anchor: Token) -> bool:
    """Does the verb "appeal" ask something of someone (02) rather than take a ruling to a higher court?"""
    for c in anchor.children:
        dep = c.dep_
        if dep in ("xcomp", "ccomp", "dative"):
            return True
        if dep == "dobj" and c.lemma_.lower() not in APPEALED_RULINGS15:
            return True
        if dep == "prep" and c.lower_ in ("for", "to") and not any(p.lemma_.lower() in COURT_NOUNS for p in c.subtree):
            return True
    return False


# A case a court ruled on, brought by someone (verbs/11_disapprove_law15.yaml): "The case was brought by Ekuru Aukot",
# "the rights groups that brought the case" are against the one the story's latest act by a court was done to.
CASE_ENTRY15 = ".case_brought."
_CASE_WORDS15 = frozenset({"case", "lawsuit", "suit", "petition"})  # with _BRING_FORMS15: a sentence the pre-filter keeps
_BRING_FORMS15 = frozenset({"brought", "filed", "lodged"})


def _ruled_on15(state: ArticleState | None) -> list[Actor]:
    """The first target of the story's latest coded act whose doer is a court (no court itself), or []."""
    if state is None:
        return []
    for act in reversed(state.acts):
        if act[3] and any(d.role == "JUD" for d in act[2]):
            return [replace(t, head=-1) for t in act[3][:1] if t.role != "JUD"]
    return []


_VERDICT_FORMS15 = frozenset({"sentenced", "convicted"})  # a sentence the pre-filter keeps


# A verdict in the passive with no court named (law15): "Hernandez was sentenced in New York to 45 years in prison",
# "Ghannouchi was convicted of incitement": the court of the place the verb names, else the story's latest national or
# international court, else the court of the story's country (its locus).
def _sentencing_court15(m: PatternMatch, actors: dict[int, Actor], state: ArticleState | None) -> Actor | None:
    if any(c.dep_ == "agent" for c in m.anchor.children):
        return None
    if (place := _place_of(m.anchor, actors)) is not None:
        return _of_place(place, "JUD", m.entry.id)
    if state is None:
        return None
    # (a court of the story's country or of no state: "Israeli agents" named before is no Iranian verdict's court)
    for a in reversed(state.history):
        if a.role == "JUD" and a.country and (a.code.startswith("IGO") or state.locus in (None, a.country)):
            return a
    return _of_place(state.locus, "JUD", m.entry.id) if state.locus else None


# The small model reads a court's lede "A Georgian court on Wednesday sentenced journalist Mzia Amaglobeli to two years
# in prison", "A court in Minsk on Friday jailed activist X for 11 years" as a noun phrase: the court is the root, the
# verb an adjective (amod) of the name, and the name an object of "on" beside the day. The verb becomes the root, the
# court its subject, the name its object, "on Friday" its time and the root's later phrases ("to two years") its own.
COURT_SUBJECTS15 = frozenset({"court", "judge", "tribunal", "jury", "prosecutor", "prosecutors", "courts", "judges"})
COURT_ACTS15 = frozenset({
    "sentenced", "jailed", "convicted", "acquitted", "fined", "imprisoned", "indicted", "charged", "barred", "banned",
    "disqualified", "ordered", "released", "freed", "cleared",
})


def _repair_court_lede15(doc: Doc) -> bool:
    words = lower_words(doc)
    if COURT_SUBJECTS15.isdisjoint(words) or COURT_ACTS15.isdisjoint(words):
        return False
    changed = False
    for sent in doc.sents:
        root, main = sent.root, None
        if root.pos_ in ("VERB", "AUX"):
            # "A Georgian court on Wednesday sentenced X ..., and the European Union condemned the verdict": the court
            # read as a second subject of the later verb, which becomes a conjunct of the court's
            court = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i and c.lower_ in COURT_SUBJECTS15), None)
            other = next((c for c in root.children if c.dep_ == "nsubj" and court is not None and c.i > court.i), None)
            if court is None or other is None:
                continue
            root, main = court, root
        if root.pos_ not in ("NOUN", "PROPN") or root.lower_ not in COURT_SUBJECTS15:
            continue
        v = next((t for t in sent if t.i > root.i and t.lower_ in COURT_ACTS15 and t.dep_ in ("amod", "compound")), None)
        if v is None or v.i + 1 >= len(doc):
            continue
        obj = v.head
        while obj.dep_ in ("compound", "flat") and obj.head.i > obj.i:
            obj = obj.head
        prep = obj.head
        if obj.i <= v.i or obj.dep_ != "pobj" or prep.dep_ != "prep" or not (root.i < prep.i < v.i):
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in doc[root.i + 1:v.i]) or (main is not None and not v.i < main.i):
            continue  # another verb in between: not the lede's shape
        later = [c for c in root.children if c.i > v.i and c.dep_ in ("prep", "punct", "advcl", "ccomp", "conj", "cc", "npadvmod", "advmod")]
        v.head = v
        v.dep_ = "ROOT"
        if main is not None:  # (the later verb is the sentence's root: it becomes the court verb's conjunct)
            main.head = v
            main.dep_ = "conj"
            later = [c for c in later if c.i < main.i]
        v.tag_ = "VBD"
        v.pos_ = "VERB"
        root.head = v
        root.dep_ = "nsubj"
        obj.head = v
        obj.dep_ = "dobj"
        day = doc[v.i - 1]
        if day.i > prep.i and day.dep_ in ("compound", "npadvmod") and v.i <= day.head.i <= obj.i:
            day.head = prep  # "on Friday"
            day.dep_ = "pobj"
        if prep.head.i == root.i:
            prep.head = v
        for c in later:
            c.head = v
        changed = True
    if changed:
        forget_parse_views(doc)
    return changed




# --- say15: what a party only says of another (fifteenth session) ------------------------------------------------------
# A day or moment of praise named of an act by a naming ("called the accession a historic day for the region",
# "hailed the vote as a historic moment": 051, _praise_shape), as a step or a milestone is; not the same words as a
# copula's attribute ('"This is a historic day," the minister said': no act named, no one praised).
PRAISE_MOMENTS15 = frozenset({"day", "moment", "occasion"})




# --- code15: a past-tense act conjoined to a reported clause it cannot belong to (fifteenth session) -----------------
# "Belarus's defence ministry denied that any of its aircraft had crossed the border and accused Warsaw of inventing the
# incident", "China said Beijing would take all necessary measures ... and accused Washington of abusing state power",
# "Schlein demanded that Meloni explain the decision and accused the government of ...": the small model hangs the
# second act on the reported clause's verb, so it takes that clause's subject ("any", "Beijing", "Meloni") or its
# modal. A past or present tense verb with no subject or auxiliary of its own cannot be conjoined to a bare verb (after
# a modal, or a subjunctive): it continues the clause of the verb of saying or demanding, of its tense. After a denial
# the pluperfect of the denied clause is no partner either ("denied that ... had crossed ... and accused").
_REPORT_GOVERNORS15 = frozenset(REPORTING_VERBS | DENIAL_VERBS | {"demand", "urge", "insist", "ask", "argue", "claim", "stress"})


def _repair_reported_conjunct15(doc: Doc) -> bool:
    changed = False
    for verb in [t for t in labelled(doc, ("conj",), ("VERB",)) if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ")]:
        head = verb.head
        if head.i >= verb.i or head.pos_ not in ("VERB", "AUX") or head.dep_ in ("ROOT", "conj"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
            continue
        if head.tag_ in _NO_PARTNER15[verb.tag_]:
            found, anchor = None, head
            for _ in range(8):
                if anchor.head.i == anchor.i:
                    break
                anchor = anchor.head
                if anchor.pos_ == "VERB" and anchor.tag_ == verb.tag_ and any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
                    found = anchor
                    break
        elif head.dep_ == "ccomp" and head.head.lemma_.lower() in DENIAL_VERBS and head.head.tag_ == verb.tag_ and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
            found = head.head
        else:
            continue
        if found is None or found.lemma_.lower() not in _REPORT_GOVERNORS15:
            continue
        said_by = next((c for c in found.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        inner = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if said_by is None or (inner is not None and inner.pos_ == "PROPN" and not any(t.pos_ == "PROPN" for t in said_by.subtree)):
            continue  # "The office said Israel would not allow ... and warned Hamas": the named state speaks for the office
        for c in head.children:
            if c.dep_ == "cc" and c.i == verb.i - 1:
                c.head = found
        verb.head = found
        changed = True
    if changed:
        forget_parse_views(doc)
    return changed


# the verb forms a past (present) tense verb with no subject of its own is never the conjunct of
_NO_PARTNER15 = {"VBD": frozenset({"VB", "VBP", "VBZ"}), "VBZ": frozenset({"VB", "VBD"})}


# a welcome or praise of an act is no act that a later "it" judges (_latest_doer_against)
_APPROVALS15 = frozenset({"050", "051"})




# --- aid15: the recipient of aid that names none (fifteenth session) --------------------------------------------------
# "France sent aid from nearby New Caledonia", "China said it was ready to provide assistance", "Two Australian air
# force aircraft carrying rescuers landed", "the United States has pledged $200 million to support it" in a story that
# names many givers (so no country is named often enough to be its locus): aid given, sent or promised to no one the
# words name goes where the clause places it ("landed in Port Vila"), else to the recipient of the story's latest aid
# given or promised, or to the maker of its latest appeal for aid ("Vanuatu asked foreign partners for help"), within
# REACT_REACH sentences; never to a giver's own country.
AID15_GIVEN = ("07", "033")  # aid given or promised: its target receives it
AID15_ASKED = ("023",)  # aid asked for: its maker is to receive it
AID15_USE_VERBS = frozenset({"use", "operate", "fly", "fire", "deploy", "field", "employ", "receive", "get", "launch", "pilot", "man"})
AID15_TO = frozenset({"to", "for", "in", "into"})  # a recipient's preposition, on the verb or its object
# what aid or a pledge is "to support" that is no party: the mission, the force, the effort, or a pronoun for it
AID15_THINGS = frozenset({
    "it", "mission", "force", "operation", "effort", "efforts", "deployment", "plan", "programme", "program", "response",
    "recovery", "reconstruction", "relief", "election", "elections", "vote", "polls",
})


def _aid_recipient15(state: ArticleState | None, sources: Sequence[Actor], anchor: Token, actors: dict[int, Actor]) -> str | None:
    """The country aid told with no recipient goes to (see the block comment), or None."""
    own = {s.country for s in sources}
    if not own or None in own:
        return None
    if anchor.dep_ == "acl" and anchor.tag_ == "VBN" and (
        anchor.head.dep_ == "pobj" and anchor.head.head.lower_ == "with" or anchor.head.head.lemma_.lower() in AID15_USE_VERBS
    ):
        # "Ukraine shot them down with air defence systems provided by Germany", "Somali forces use armoured vehicles
        # supplied by Turkey": a thing given, used by the subject of the clause it stands in, was given to that subject
        # (not "captured mercenaries financed by the CIA", "destroyed tanks supplied by Germany")
        verb = anchor.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        holder = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        actor = actors.get(_np_head(holder).i) if holder is not None else None
        if actor is not None and actor.country and actor.country not in own:
            return actor.country
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "dative")]
    for word in (anchor, *objects):
        if word is anchor and not objects:
            if any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in anchor.children):
                return None  # "Vucic flew to Banja Luka to show support for Dodik": where the giver went, no recipient
            continue
        for c in word.children:
            # "reached Colombo", "a mission for Haiti", "sent aid to Tawila" (a name no dictionary knows: not ours to guess)
            named = [c] if word is anchor and c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in AID15_TO else []
            for p in named:
                actor = actors.get(p.i)
                if actor is not None and actor.country and actor.kind in (COUNTRY, CAPITAL):
                    return actor.country if actor.country not in own else None
                if p.pos_ == "PROPN" and c.dep_ == "prep" and c.lower_ in ("to", "for"):
                    return None
                if c.dep_ == "prep" and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in p.children):
                    return None  # "pledged $200 million to its own border programme", "sent aid to their farmers"
    place = _place_of(anchor, actors)
    if place is not None:
        return place if place not in own else None
    if state is None:
        return None
    if state.locus and state.locus not in own:
        return state.locus
    for act in reversed(state.acts):
        if state.acts.age(act) > REACT_REACH:
            break
        code = act[4]
        side = act[3] if code.startswith(AID15_GIVEN) else act[2] if code.startswith(AID15_ASKED) else None
        if not side:
            continue
        countries = {a.country for a in side}
        if len(countries) != 1 or None in countries:
            continue
        country = next(iter(countries))
        if country in ("IGO", "NGO") or country in own:
            continue
        return country
    if any(a.country and a.country not in own for a in actors.values()):
        return None  # the sentence names another country, which the words do not make the recipient: no guess
    for k, countries in reversed(state.countries):
        # "Police were deployed around parliament in Honiara. Police officers from Australia ... helped to provide
        # security": the one other country the sentence before named as the place where things happen
        if k < state.acts.now - 1:
            break
        places = list(dict.fromkeys(c for c, place in countries if place and c not in own and c not in ("IGO", "NGO")))
        if places:
            return places[0] if len(places) == 1 else None
    return None


def _aid_thing15(m: PatternMatch) -> bool:
    """Is the pattern's target a thing aid supports, no party ("pledged $200 million to support it", "to fund the
    mission")?"""
    head = m.target_head
    return head is not None and head.lower_ in AID15_THINGS and not any(
        (c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN") or (c.dep_ == "poss" and c.pos_ == "PRON") for c in head.children
    )  # ("its own border programme": the giver's own)



# --- gov15: a bare "the government" of the country its clause is about (fifteenth session) ---------------------------
# "A Kenyan court blocked the government's plan", "A Dutch court ordered the government to halt exports to Israel",
# "the authorities were told by a Nigerian court to free him": a court, like an opposition, a party, a legislature or a
# people (HOME_DEMANDERS), acts on its own country's government; a bare government or authorities in its clause is of
# that country, not of the foreign party the story named last.
HOME_BODIES15 = frozenset(HOME_DEMANDERS | {"JUD"})
BARE_STATE_NOUNS15 = frozenset({"government", "administration", "authorities"})


def _home_body15(tok: Token, actors: dict[int, Actor]) -> Actor | None:
    """The actor of one country's home bodies (HOME_BODIES15) that is the subject, or the passive's doer ("by a court"),
    of the nearest verb above ``tok`` (a bare "the government" or "the authorities")."""
    if (actor := _clause_subject(tok, actors)) is not None:
        return actor if actor.country and actor.role in HOME_BODIES15 else None
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            for c in verb.children:
                if c.dep_ == "agent":
                    doer = next((actors.get(_np_head(p).i) for p in c.children if p.dep_ == "pobj"), None)
                    return doer if doer is not None and doer.country and doer.role in HOME_BODIES15 else None
            return None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# A country's court that orders (10) its own government to do or stop something restrains it: an administrative
# sanction (172), no demand between two parties ("A Dutch court ordered the government to halt exports"). Not a court
# that blocks (12): the gold of earlier sets codes "a judge blocked the administration from ..." 120 (court_blocks).
def _court_restrains_own15(action, source: Actor, target: Actor) -> bool:
    return (
        action.code[:2] == "10" and source.role == "JUD" and bool(source.country) and target.country == source.country
        and target.role == "GOV"
    )


def _brussels_of_belgium15(actors: dict[int, Actor], lower_of) -> None:
    """In a story that names Belgium, "Brussels" is Belgium's government, not the European Union (orgs_gov15.yaml):
    "Rwanda cut ties with Belgium ... The foreign ministry said Brussels had mobilised against Rwanda"."""
    for i, a in list(actors.items()):
        if lower_of[i] == "brussels" and a.code == "IGOEUREEC":
            actors[i] = Actor("BELGOV", "BEL", "GOV", a.text, a.rule_id, CAPITAL, i)



# conj15: the second act of a sentence. A verb conjoined to another that names an actor object borrows that object when
# it has none of its own ("Mitsotakis called Erdogan and offered help", Coder._shared_object); a verb whose complement
# is a preposition right after it ("called for", "called on", "appealed for", "pressed for") has an object of its own
# there, so a pattern that wants a direct object ("SOURCE call TARGET", a phone call) takes none from the other verb:
# "Tokayev praised China and called for more Chinese investment" is no phone call to China.
_OWN_PREPS15 = frozenset({"for", "on", "upon"})


def _own_prep_object15(anchor: Token) -> bool:
    """Has ``anchor`` a "for"/"on"/"upon" phrase with an object right after it ("called for more investment")?"""
    nxt = anchor.i + 1
    return any(
        c.i == nxt and c.dep_ == "prep" and c.lower_ in _OWN_PREPS15 and any(p.dep_ in ("pobj", "pcomp") for p in c.children)
        for c in anchor.children
    )


def _call_for15(m: PatternMatch) -> bool:
    """Is ``m`` a phone call's pattern ("SOURCE call TARGET") on a "called for ..." conjoined to a verb before it, with no
    object of its own ("praised China as a reliable partner and called for more investment")? The golds code it as an
    appeal to the other verb's object (020)."""
    anchor = m.anchor
    if anchor.lemma_.lower() != "call" or anchor.dep_ != "conj" or anchor.head.i >= anchor.i or anchor.head.pos_ != "VERB":
        return False
    rest = m.pattern.rest
    if not rest or not isinstance(rest[0], Slot) or rest[0].name != "TARGET":
        return False
    nxt = anchor.i + 1
    return any(c.i == nxt and c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" for p in c.children) for c in anchor.children) and not any(
        c.dep_ in ("dobj", "dative") for c in anchor.children
    )



# --- groups15: bodies told generically ----------------------------------------------------------------------------
# "The bloc's commission congratulated him", "the alliance's secretary general warned Russia": an
# organ of the international body the story named before ("the bloc", "the alliance", "the organisation"
# referring back; not "the union", as often a trade union) is coded as that body, as the golds code the European Commission IGOEUREEC and the AU
# Commission the AU; never a state's role (no "IGOGOV"). Organ nouns no agent term covers are listed here; title role
# nouns ("chief", "secretary general", "spokesman") come as role nouns.
BODY_ORGANS15 = frozenset({"commission", "executive", "secretariat", "leadership", "presidency", "chair", "head", "chief", "summit", "council"})
BODY_REFERRERS15 = frozenset({"bloc", "alliance", "organisation", "organization"})  # (not "union": trade unions)


def _body_organ15(owner: Actor) -> bool:
    """Is ``owner`` (what "the bloc" refers back to) an international body, whose organs are coded as itself?"""
    return owner.kind == ORG and owner.code[:3] in ("IGO", "NGO")


def _council_before15(tok: Token, state: ArticleState) -> Actor | None:
    """groups15: a bare "the council" (nothing but "the" in front, an argument or an owner) is the latest council the
    story named with its country or name ("Haiti's transitional council was sworn in ... The United States welcomed the
    council's installation": HTIGOV), from the titles memory; None when no council was named so."""
    if tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss"):
        return None
    if [c.lower_ for c in tok.children if c.dep_ not in ("case", "punct")] != ["the"]:
        return None
    return next((actor for words, actor in reversed(state.titles) if "council" in words), None)


# multi15: one symmetric act among three or more parties ("Xi and the leaders of Kazakhstan, Kyrgyzstan, Tajikistan,
# Turkmenistan and Uzbekistan signed a treaty", "Israel signed agreements with the UAE and Bahrain"). Every ordered
# pair (n*(n-1) events) is what no gold writes: the golds code it from one party to each of the others, once.
def _many_parties15(pairs: list[tuple[Actor, Actor]]) -> bool:
    """multi15: do the pairs of one act join three or more countries (or IGOs)? Cheap: a set over the pairs."""
    return len(pairs) >= 2 and len({a.country or a.code for p in pairs for a in p}) >= 3


def _hub_spokes15(sources: list[Actor], place: str | None) -> list[tuple[Actor, Actor]]:
    """multi15: a joint act of a compound subject of three or more countries, from its hub to each of the others, one
    way: the party set apart ("Xi and the leaders of A, B and C": the others share one head, "leaders"), else the host
    (``place``, the country the verb is in: "A, B and C met in Cairo"), else the first of the list ("A, B and C
    signed"); every actor of the hub's country is a source."""
    first = sources[0].country or sources[0].code
    others = {s.head for s in sources if (s.country or s.code) != first}
    if not (len(others) == 1 and sources[0].head not in others) and place and any(s.country == place for s in sources):
        first = place
    hub = [s for s in sources if (s.country or s.code) == first]
    return [(h, t) for h in hub for t in sources if (t.country or t.code) != first]
