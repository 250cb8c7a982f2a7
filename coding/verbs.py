"""Verb coding: codebook patterns matched over the dependency tree of one sentence.

Passive voice, negation, modality, hypotheticals, non-realised complements and compound actors are handled here,
once, for every pattern. Each anchor verb yields at most one match per pattern; the engine keeps the most specific.
"""

from __future__ import annotations

import itertools
import operator
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, POS, TAG
from spacy.symbols import IDS
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from coding.codebook.model import Codebook, VerbEntry
from coding.patterns import Pattern, Slot, Word, stems

LOCATIVE = {"in", "at", "near", "across", "off", "around", "inside", "outside", "along", "through", "throughout"}
# "accusations that X attacked Y", "X denied that its troops attacked Y": the embedded act is a claim, not an event
ALLEGATION_NOUNS = {
    "accusation", "allegation", "claim", "charge", "report", "rumor", "rumour", "suspicion", "fear", "denial",
    "speculation", "assertion", "suggestion",
}
# "talks on Ukraine", "a summit about Gaza": what a meeting is about, not who takes part in it
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
TALK_NOUNS = {
    "talk", "talks", "meeting", "summit", "conference", "discussion", "negotiation", "consultation", "dialogue",
    "forum", "session", "debate", "round",
}
DRAFTS = {"draft", "proposed"}
# Nouns whose infinitive says what they ask, offer or plan: "a demand to sever ties", "an offer to mediate".
CONTENT_NOUNS = {
    "demand", "call", "request", "appeal", "plea", "proposal", "offer", "plan", "bid", "attempt", "effort", "decision",
    "threat", "promise", "pledge", "invitation", "order", "ultimatum", "refusal", "move",
}
# "demanded that Gondor withdraw": what is demanded (a subjunctive, in the base form) has not happened
DEMAND_VERBS = {"demand", "insist", "urge", "ask", "request", "propose", "suggest", "recommend", "require", "stipulate"}
DENIAL_VERBS = {"deny", "dismiss", "refute", "reject", "disprove"}
MODALS = {"may", "might", "could", "would", "should", "must", "can", "ought"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
NEGATORS = {"not", "n't", "never", "no"}
# Verbs whose infinitive complement is itself realised ("began to shell", "continued to attack").
ASPECTUAL = {"begin", "start", "continue", "resume", "keep", "proceed", "go", "move"}
# aid15: "helped (to) provide security", "helped rebuild the bridge": with no object of its own, "help" tells its
# complement as done (or intended, or modal) as it is itself; "helped Gondor to rebuild" (an object) is left alone
HELPING = frozenset({"help"})


def _aspectual(gov: Token) -> bool:
    return gov.lemma_ in ASPECTUAL or (gov.lemma_ in HELPING and not any(c.dep_ in ("dobj", "dative") for c in gov.children))


# Participles of custody after their noun, with no doer named ("a group of doctors arrested earlier on Monday",
# "students detained last week"): a passive that took place (realised, is_passive), the noun its passive subject
HELD_PARTICIPLES = {"arrest", "detain", "jail", "imprison", "execute", "hang"}
AFTER_PREPS15 = frozenset({"after", "upon"})  # "after being pardoned": a passive gerund (law15)


def _held_participle(verb: Token) -> bool:
    return (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in HELD_PARTICIPLES and verb.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ == "poss" for c in verb.head.children)  # "one of its border police officers detained in Venezuela": someone's own, held abroad
    )
# Clause-opening dependencies: the words of a pattern never reach across them.
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "conj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "oprd", "appos", "conj", "npadvmod", "compound", "poss", "nmod", "amod"}


@dataclass(frozen=True, slots=True)
class PatternMatch:
    entry: VerbEntry
    pattern: Pattern
    pattern_index: int
    anchor: Token
    matched: tuple[Token, ...]  # the tokens that matched the pattern's words, anchor first
    target_head: Token | None  # None: the pattern has no TARGET slot (or the match is symmetric)
    passive: bool
    mood: tuple[str, Token | None] | None = None  # ("intent" | "threat", governing verb) for non-realised acts
    source_head: Token | None = None  # a raw dependency pattern's "source" node, else the anchor's subject
    weight: int = 0  # extra specificity: the attribute constraints of a raw dependency pattern

    @property
    def specificity(self) -> int:
        missing_target = self.pattern.has_target and self.target_head is None
        return len(self.matched) + (2 if self.target_head is not None else 0) + self.weight - (1 if missing_target else 0)

    @property
    def verb_text(self) -> str:
        toks = sorted(self.matched, key=lambda t: t.i)
        return " ".join(t.text for t in toks)


@dataclass(slots=True)
class Attempt:
    """What happened when an entry's pattern was tried on an anchor: for `dyad explain`."""

    entry_id: str
    pattern: str
    anchor: str
    outcome: str  # fired | blocked
    reason: str = ""


@dataclass(slots=True)
class SentenceTrace:
    attempts: list[Attempt] = field(default_factory=list)


def _required_words(pattern: Pattern) -> list[frozenset[str]]:
    """The option sets of the words a match needs; the preposition before a final TARGET may be dropped."""
    rest = pattern.rest
    droppable = len(rest) - 2 if len(rest) >= 2 and isinstance(rest[-1], Slot) and isinstance(rest[-2], Word) else -1
    return [el.options for k, el in enumerate(rest) if isinstance(el, Word) and not el.optional and k != droppable]


# The parts of speech a pattern's anchor can be: coding.footprint relies on it (an incremental recode looks for the
# anchors of changed patterns among the words of these parts of speech only). Raw dependency patterns anchor anywhere.
ANCHOR_POS = frozenset({"VERB", "AUX"})


class VerbIndex:
    """Anchor lemma → the (entry, pattern) pairs that hang on it; raw dependency patterns in a DependencyMatcher."""

    def __init__(self, codebook: Codebook, vocab=None) -> None:
        self.by_lemma: dict[str, list[tuple[VerbEntry, int, Pattern]]] = defaultdict(list)
        self.by_form: dict[str, list[tuple[VerbEntry, int, Pattern]]] = defaultdict(list)
        self.n_patterns = 0
        self.raw: dict[str, tuple[VerbEntry, list[str]]] = {}
        self.required: dict[int, list[frozenset[str]]] = {}  # per pattern: option sets that must occur
        self.words_of: dict[tuple[int, int], tuple[str, ...]] = {}  # (LEMMA, LOWER) ids → lemma, form and stems
        self._screened: dict[tuple[int, int], _Candidates] = {}  # (LEMMA, LOWER) ids → the anchor's candidates
        self.raw_gates: list[_Gate] = []  # per raw pattern
        # gates keyed by a word their first node needs ((column, string id) → gate numbers), and those naming no word
        self.gates_by_word: dict[tuple[int, int], list[int]] = {}
        self.gates_always: list[int] = []
        self.dep_matchers: list = []  # per raw pattern, in the order of raw_gates: each runs only where its gate opens
        if vocab is not None and any(e.dependency for e in codebook.verbs):
            from spacy.lang.en.stop_words import STOP_WORDS
            from spacy.matcher import DependencyMatcher

            common = frozenset(vocab.strings.add(w) for w in STOP_WORDS)
            for entry in codebook.verbs:
                if entry.dependency:
                    # a pattern whose source is the anchor's own subject also runs without it, for an anchor that has
                    # none and inherits one ("Aliyev said ..., and demanded that Moscow admit guilt")
                    inherited = [n for n in entry.dependency if not _own_subject_node(n)]
                    variants = [(f"raw::{entry.id}", list(entry.dependency))]
                    if len(inherited) < len(entry.dependency) and not any(n.get("LEFT_ID") == "source" for n in inherited):
                        variants.append((f"raw::{entry.id}{INHERITED}", inherited))
                    for key, nodes in variants:
                        one = DependencyMatcher(vocab)
                        one.add(key, [nodes])  # also checks the pattern
                        self.dep_matchers.append(_TreeMatcher.compile(vocab.strings, key, nodes) or one)
                        self.raw[key] = (entry, [node["RIGHT_ID"] for node in nodes])
                        gate = _rarest_first([_raw_gate(node.get("RIGHT_ATTRS", {}), vocab.strings) for node in nodes], common)
                        self.raw_gates.append(_Gate(gate))
                        words = next(((col, values) for node in gate for col, values in node if _GATE_ATTRS[col] != "DEP"), None)
                        if words is None:
                            self.gates_always.append(len(self.raw_gates) - 1)
                        else:
                            for value in words[1]:
                                self.gates_by_word.setdefault((words[0], value), []).append(len(self.raw_gates) - 1)
                    self.n_patterns += 1
        # the same by column: (LEMMA ids → gate numbers, LOWER ids → gate numbers)
        self.gates_by_column = tuple({v: g for (c, v), g in self.gates_by_word.items() if c == col} for col in (0, 1))
        for entry in codebook.verbs:
            for k, pattern in enumerate(entry.patterns):
                index = self.by_form if pattern.anchor.exact else self.by_lemma
                for option in pattern.anchor.options:
                    index[option].append((entry, k, pattern))
                self.required[id(pattern)] = _required_words(pattern)
                self.n_patterns += 1

    def screened(self, token: Token, key: tuple[int, int]) -> "_Candidates":
        """The token's candidates (:meth:`candidates`), indexed by their required words; ``key``: its LEMMA and
        LOWER ids. Built once per key."""
        found = self._screened.get(key)
        if found is None:
            if len(self._screened) > 50_000:  # distinct verb (lemma, form) pairs: news uses far fewer
                self._screened.clear()
            found = self._screened[key] = _Candidates(self.candidates(token), self.required)
        return found

    def candidates(self, token: Token) -> list[tuple[VerbEntry, int, Pattern]]:
        lemma = token.lemma_.lower()
        found = list(self.by_lemma.get(lemma, ()))
        for stem in stems(token.lower_):  # the model's lemma slips: "staged" → "stag"
            if stem != lemma:
                found.extend(self.by_lemma.get(stem, ()))
        found.extend(self.by_form.get(token.lower_, ()))
        return found


class _Candidates:
    """The patterns an anchor may carry, and which can match in a sentence of given words.

    A pattern can match only if each of its required option sets (:func:`_required_words`) meets the sentence's
    words. Each pattern is filed under the words of its smallest set, so a sentence looks up its own few words
    instead of testing every pattern of a common anchor ("say" carries hundreds)."""

    __slots__ = ("items", "_free", "_by_word", "_rest")

    def __init__(self, items: list[tuple[VerbEntry, int, Pattern]], required: dict[int, list[frozenset[str]]]) -> None:
        self.items = items
        self._free: list[int] = []  # positions of the patterns that require no word
        self._by_word: dict[str, list[int]] = {}
        self._rest: list[tuple[frozenset[str], ...]] = []  # per position: the required sets besides the filed one
        for pos, (_, _, pattern) in enumerate(items):
            sets = required[id(pattern)]
            if not sets:
                self._free.append(pos)
                self._rest.append(())
                continue
            filed = min(sets, key=len)
            for word in filed:
                self._by_word.setdefault(word, []).append(pos)
            self._rest.append(tuple(o for o in sets if o is not filed))

    def kept(self, vocabulary: set[str]) -> list[tuple[VerbEntry, int, Pattern]]:
        """The candidates whose required words all occur in ``vocabulary``, in their order."""
        if not self._by_word:
            return self.items
        by_word = self._by_word
        words = by_word.keys() & vocabulary  # a dict view iterates the smaller side
        if not words:
            hits = self._free  # (each list of positions is in increasing order, without repeats)
        elif len(words) == 1 and not self._free:
            hits = by_word[next(iter(words))]
        else:
            found = set(self._free)
            for word in words:
                found.update(by_word[word])
            hits = sorted(found)
        rest, items = self._rest, self.items
        out = []
        for p in hits:
            for options in rest[p]:
                if options.isdisjoint(vocabulary):
                    break
            else:
                out.append(items[p])
        return out


_DOC_COLUMNS = [LEMMA, LOWER, DEP, POS, TAG, HEAD, MORPH]


def doc_arrays(doc: Doc) -> tuple[list[list[int]], list[int], list[int]]:
    """Per token of a parsed Doc: its LEMMA, LOWER, DEP, POS and TAG ids (``_SENTENCE_COLUMNS``, then TAG for the raw
    patterns' :class:`_TreeMatcher`), the index of its head, and its MORPH id. Read with one ``Doc.to_array`` call and
    kept in the Doc's user data: the matcher, the passive test, the finite-verb test and the recode words all read
    them."""
    data = doc.user_data
    found = data.get("dyad_arrays")
    if found is None:
        if len(doc):
            array = doc.to_array(_DOC_COLUMNS)
            # HEAD is the offset to the head (in a uint64 array: as int64)
            heads = (array[:, 5].astype("int64") + numpy.arange(len(doc))).tolist()
            found = (array[:, :5].tolist(), heads, array[:, 6].tolist())
        else:
            found = ([], [], [])
        data["dyad_arrays"] = found
    return found


def is_passive(verb: Token) -> bool:
    """Has the verb a passive subject or auxiliary? Computed once per Doc: the matcher asks for every pattern."""
    data = verb.doc.user_data
    heads = data.get("dyad_passive")
    if heads is None:
        # from the arrays, without a Token object per word
        rows, head_of, _ = doc_arrays(verb.doc)
        heads = frozenset(
            head_of[i] for i, row in enumerate(rows)
            if row[2] in _PASSIVE_DEPS or (row[2] == _AGENT and verb.doc[head_of[i]].tag_ == "VBN")  # an agent of a participle
        )
        data["dyad_passive"] = heads = heads | _passive_conjuncts(verb.doc, heads) if heads else heads
    return verb.i in heads or _held_participle(verb)


# code14: a bare participle conjoined to a passive verb is passive too, with its subject and agent: "Sturgeon was
# arrested by police and released without charge" (police released Sturgeon), "was detained in March and freed on
# bail"; a conjunct with a subject, auxiliary or object of its own is left alone ("was arrested and has denied ...").
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "expl"})
# acts on someone that no one does with no object, read passive when the small model tags the participle a past tense
# ("was detained by police and released[VBD] two days later")
_PASSIVE_ONLY_ACTS = frozenset({
    "release", "free", "charge", "detain", "jail", "imprison", "sentence", "deport", "expel", "extradite", "arrest",
    "convict", "fine", "interrogate", "question", "beat", "torture", "transfer", "indict", "acquit", "pardon",
})


def _passive_conjuncts(doc: Doc, heads: frozenset[int]) -> frozenset[int]:
    found: set[int] = set()
    for h in sorted(heads):
        for c in doc[h].children:
            if c.dep_ == "conj" and (c.tag_ == "VBN" or (c.tag_ == "VBD" and c.lemma_.lower() in _PASSIVE_ONLY_ACTS)) and not any(g.dep_ in _OWN_CLAUSE_DEPS for g in c.children):
                found.add(c.i)
    return frozenset(found)


_PASSIVE_DEPS = frozenset(IDS[label] for label in ("nsubjpass", "auxpass"))
# a participle's "by" agent too: "talks mediated by Qatar", "after talks in Doha mediated by Qatar" (read with "talks"
# as its subject); not an active verb's misread "by" phrase ("documented torture by police")
_AGENT = IDS["agent"]


def blocked_reason(verb: Token) -> str | None:
    """Why a verb cannot carry an event of its own, or None."""
    # the labels and forms of the verb's children and clause heads from the Doc's columns: no Token per child
    doc = verb.doc
    rows, heads, _ = doc_arrays(doc)
    children_of, ids = doc_children(doc), _ids(doc)
    if rows[verb.i][3] not in ids.verb_aux_noun:
        return f"not a verb ({verb.pos_})"
    children = children_of[verb.i]
    if any(rows[c][2] == ids.neg or (rows[c][2] == ids.advmod and rows[c][1] in ids.negators) for c in children):
        return "negated"
    if verb.lemma_ == "plead" and any(doc[c].lower_ in PLEAS for c in children):
        return "a plea in court (guilty or not), no appeal"  # "Lai pleaded not guilty to all charges"
    if any(rows[c][1] == ids.longer and any(rows[g][1] == ids.no for g in children_of[c]) for c in children):
        return "negated (no longer)"  # "Poland will no longer send weapons to Ukraine": the end of the act, not the act
    for c in children:
        if rows[c][2] in ids.subjects and (rows[c][1] == ids.none or any(rows[g][1] in ids.no_subject and rows[g][2] in ids.preconj_det for g in children_of[c])):
            return "negated subject (" + doc[c].text + ")"  # "Neither Russia nor Ukraine accepted the proposal", "No country has recognised it"
    if any(rows[c][2] == ids.aux and rows[c][1] in ids.modals and not (rows[c][1] == ids.would and reported(verb)) for c in children):
        return "modal (" + next(doc[c].lower_ for c in children if rows[c][2] == ids.aux and rows[c][1] in ids.modals) + ")"
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and _aspectual(verb.head) and verb.head.pos_ in ("VERB", "AUX"):
        gov = verb.head
        said = next((c.lower_ for c in gov.children if c.dep_ == "aux" and c.lower_ in MODALS and not (c.lower_ == "would" and reported(gov))), None)
        if said is not None:
            # "Washington should continue to sell weapons", "Kyiv could keep striking refineries": the aspectual
            # verb's modal is the act's (a future "would continue to" in a report is an intent: see mood)
            return f"modal ({said} {gov.text})"
    conditional, marking = ids.conditional, ids.marking
    for i in range(max(verb.left_edge.i - 1, 0), verb.i):
        if rows[i][1] in conditional and rows[i][2] in marking:  # lower form, label
            return f"hypothetical ({doc[i].lower_})"
    clause, kids = verb.i, children
    for _ in range(6):
        if any(rows[c][2] == ids.mark and rows[c][1] in conditional for c in kids):
            return "hypothetical (" + next(doc[c].lower_ for c in kids if rows[c][2] == ids.mark) + ")"
        if rows[clause][2] in ids.conj_xcomp and heads[clause] != clause:
            clause = heads[clause]
            kids = children_of[clause]
            continue
        break
    if rows[verb.i][2] == ids.advcl and (until := _until_unmet(verb)) is not None:  # (only an adverbial clause's)
        return until
    if not realised(verb):
        return "non-realised complement (infinitive or gerund)"
    head = verb.head
    if verb.dep_ in ("acl", "ccomp", "relcl") and head.i != verb.i:
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in ALLEGATION_NOUNS and not (verb.dep_ == "relcl" and verb.lemma_.lower() in DENIAL_VERBS):
            # ("a charge Bangkok denied" is the answer to the allegation, an event of its own)
            return f"an allegation ({head.text} that …), not an event"
        if verb.dep_ == "ccomp" and head.lemma_.lower() in DENIAL_VERBS:
            return f"denied ({head.text} that …)"
        if verb.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in head.children):
            # "Washington has not said it will send warships", "Iran did not confirm that it had seized the ship": what
            # a speaker did not say is nobody's act (nor intent)
            return f"not said ({head.text} … that)"
        if verb.dep_ == "ccomp" and head.lemma_.lower() in DEMAND_VERBS and verb.tag_ in ("VB", "VBP"):
            return f"demanded ({head.text} that …), not done"  # "demanded that the government end curbs"
        if verb.dep_ == "relcl" and any(c.lower_ in DRAFTS for c in head.lefts):
            return f"a draft ({head.text} that …), not an act"  # "a draft resolution that deplored …" was never adopted
    return None


PLEAS = frozenset({"guilty", "innocent"})  # what a defendant pleads: no appeal to anyone
UNTIL_MARKS = {"until", "till"}
NO_SUBJECT = {"neither", "no"}  # "Neither Russia nor Ukraine", "No country": a subject that denies the act


def _until_unmet(verb: Token) -> str | None:
    """A clause of "until" under a clause that is still to come: "the group would keep targeting ships until Israel
    ended its offensive", "the measures will stay in place until Israel allows aid in", "vowed to fight until Russia
    withdrew" name a condition, not an act. "Gondor held the town until Mordor retook it" is narrative, an event."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in UNTIL_MARKS), None)
    if mark is None:
        return None
    gov = verb.head
    for _ in range(6):
        if gov.pos_ in ("VERB", "AUX") and (any(c.dep_ == "aux" and (c.lower_ in MODALS or c.lower_ in FUTURE_AUX) for c in gov.children) or gov.tag_ == "VB"):
            return f"hypothetical ({mark.lower_}: {gov.text} is still to come)"
        # up through complements, conjuncts and the noun phrases a participle hangs on ("ships linked to Israel")
        if gov.dep_ in ("xcomp", "conj", "acl", "dobj", "pobj", "prep") and gov.head.i != gov.i:
            gov = gov.head
            continue
        break
    return None


# Governing verbs (and adjectives) whose infinitive complement is an intent or a threat, not an event that happened.
INTENT_GOVERNORS = {
    "agree", "offer", "plan", "intend", "pledge", "promise", "vow", "prepare", "decide", "undertake", "volunteer",
    "propose", "aim", "seek", "hope", "want", "wish", "expect", "ready", "willing", "prepared", "set", "poise",
    "swear",
}
# intent13: resolve and eagerness: "was determined to eliminate al-Shabaab", "is committed to working with Kyiv",
# "resolved to restore ties", "keen to deepen cooperation"
INTENT_GOVERNORS |= {"determined", "resolve", "resolved", "committed", "keen", "eager", "determine", "commit"}
RESOLVE_PASSIVES = {"determine", "commit", "resolve", "prepare", "poise"}
THREAT_GOVERNORS = {"threaten", "warn", "vow", "swear"}  # vow, swear: also intents ("vowed to help")
FUTURE_AUX = {"will", "shall", "'ll"}


def mood(verb: Token) -> tuple[str, Token | None] | None:
    """("intent" | "threat", governor) when the verb is a future or an intended or threatened act, else None.

    `Arnor will visit Gondor`, `Arnor agreed to send aid to Gondor`, `Arnor is ready to help Gondor` are intents
    (CAMEO 03x); `Arnor threatened to attack Gondor` is a threat (13x). The governor must itself be realised and not
    negated.
    """
    doc = verb.doc
    rows, ids = doc_arrays(doc)[0], _ids(doc)
    children = doc_children(doc)[verb.i]  # labels and forms from the Doc's columns: no Token per child
    if any(rows[c][2] == ids.aux and (rows[c][1] in ids.future or (rows[c][1] == ids.would and reported(verb))) for c in children):
        return "intent", None
    dep = rows[verb.i][2]  # the verb's label, from the Doc's columns
    if dep in ids.xcomp_pcomp_advcl and any(c.lower_ == "about" for c in (verb.head, *verb.head.children)) and verb.head.lemma_ in ("be", "about"):
        return "intent", None  # "Arnor is about to restore ties with Gondor"
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and _aspectual(verb.head) and verb.head.pos_ in ("VERB", "AUX") and (inherited := mood(verb.head)) is not None:
        return inherited  # "Athens would keep talking to Ankara", "said it would continue to support": the governor's future
    if dep not in ids.xcomp_advcl or not any(rows[c][2] == ids.aux and rows[c][1] == ids.to for c in children):
        return None
    gov = verb.head
    if gov.pos_ == "ADJ" and gov.dep_ == "acomp":
        lemma = gov.lemma_.lower()
        gov = gov.head
    else:
        lemma = gov.lemma_.lower()
    if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in gov.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in MODALS and c.lower_ != "would" for c in gov.children):
        return None  # "the US must be ready to mediate": what someone should do, not an intent ("would be ready" is one)
    if not realised(gov) and not (gov.dep_ == "xcomp" and mood(gov)):
        return None
    if lemma in THREAT_GOVERNORS:
        return "threat", gov
    if lemma in INTENT_GOVERNORS:
        return "intent", gov
    return None


# --- intent13: refusals told as a negated future or a refusing governor ------------------------------------------
# "Iran said it would not resume talks with Washington", "Hungary will not send weapons to Ukraine", "Panama refused to
# release the journalists", "Serbia declined to impose sanctions on Russia", "has ruled out holding talks with X": the
# party's refusal of the act (12x, the engine maps the act's code), not an act that did not happen.
REFUSAL_GOVERNORS = {"refuse", "decline"}
FUTURE_NEG_AUX = {"will", "shall", "'ll", "wo"}


def refusal(verb: Token, reason: str) -> tuple[str, Token | None] | None:
    """("refusal", governor) when ``verb`` (blocked for ``reason``) is an act its subject refuses: a negated future
    ("will not", "won't", a reported "would not", "would never") or the complement of a realised, unnegated "refuse
    to" / "decline to" / "rule out …ing"; else None. A modal other than the future ("could not", "should not"), a
    past ("did not"), a question and a hypothetical stay blocked."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if reason is None:
        # "has ruled out recognising Kosovo": the parser reads the gerund as an adjunct, told as done
        return ("refusal", verb.head) if _ruled_out(verb) else None
    if reason == "negated":
        if verb.dep_ not in ("ROOT", "ccomp", "conj") or any(c.dep_ == "mark" for c in verb.children):
            return None  # ("if it would not ...", "that it would not" under a noun: no refusal of its own)
        auxes = [c for c in verb.children if c.dep_ == "aux"]
        if not any(c.lower_ in FUTURE_NEG_AUX or c.lower_ == "would" for c in auxes):
            return None  # (tested first: the cheapest of the four)
        if any(t.lower_ == "?" for t in verb.subtree):
            return None  # a question
        if not auxes or not all(c.lower_ in FUTURE_NEG_AUX or (c.lower_ == "would" and reported(verb)) or c.lower_ in ("be", "going") for c in auxes):
            return None
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # "would meet X and would not Y" shares a clause with an act of its own: left as it was
        return "refusal", None
    if not reason.startswith("non-realised"):
        return None
    gov = verb.head
    if gov.lemma_.lower() not in REFUSAL_GOVERNORS and gov.lemma_.lower() != "rule":
        return None  # (both refusals below need one of these governors: tested before the costly tests of the governor)
    if gov.i == verb.i or gov.pos_ != "VERB" or not realised(gov) or blocked_reason(gov) is not None:
        return None
    lemma = gov.lemma_.lower()
    if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and lemma in REFUSAL_GOVERNORS:
        return "refusal", gov
    if _ruled_out(verb):
        return "refusal", gov  # "has ruled out calling an early election"
    return None


def _ruled_out(verb: Token) -> bool:
    """Is ``verb`` the gerund of a realised, unnegated "rule out" ("has ruled out calling an early election")?"""
    gov = verb.head
    return (
        verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj", "pcomp", "advcl") and gov.i != verb.i and gov.lemma_.lower() == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in gov.children) and realised(gov) and blocked_reason(gov) is None
    )


# plover15: a hostile act under "may", "might" or "could" with an "if" or "unless" clause of its own ("the EU may
# impose new sanctions on Iran if it sends missiles to Russia", "could suspend aid to Niger unless the junta frees
# Bazoum", "may halt mediation if cooperation founders") is a conditional warning, a threat (13x): the engine keeps
# only hostile roots (CONDITIONED_ROOTS) and codes them as it codes a future under "if" (coding/engine.py, _event_of).
CONDITIONAL_MODALS = frozenset({"may", "might", "could"})


def conditional_warning(verb: Token, reason: str | None) -> tuple[str, Token | None] | None:
    """("conditional", None) when ``verb`` is blocked only by "may", "might" or "could" and has an "if"/"unless" clause
    of its own (not a question, not negated); else None."""
    if reason is None or not reason.startswith("modal (") or reason[7:-1] not in CONDITIONAL_MODALS:
        return None
    if not any(c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in c.children) for c in verb.children):
        return None
    if any(t.lower_ == "?" for t in verb.subtree):
        return None
    return "conditional", None


MEANS_PREPS = {"by", "after"}  # "responded by expelling X", "after expelling X": a gerund that is done
SPEECH_VERBS = {"say", "announce", "declare", "tell", "state", "confirm", "add", "insist", "reiterate", "report", "write"}
# ... and the verbs of warnings and promises: "Netanyahu warned that Israel would strike Hezbollah" is a threat,
# "pledged that it would send aid" an intent, as "said it would" is
SPEECH_VERBS |= {"warn", "vow", "pledge", "promise", "threaten", "swear", "caution"}


def reported(verb: Token) -> bool:
    """A complement of a speech verb: `Iraq said it would allow …` (the reported future of `will`), and a second
    complement with its own subject conjoined to it ("said she was shocked ... and that Washington would cooperate
    with ..."; a verb that shares the subject, "would expel X and would strip Y", is left as it was)."""
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    elif verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.dep_ == "ccomp" and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.head.children):
        # "said Israel had committed a crime and would face punishment": a future after a past the speaker tells
        # (code13; "would expel X and would strip Y", both futures, is left as it was)
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS and realised(verb.head)


def realised(verb: Token) -> bool:
    """A finite verb, a participle with its auxiliary, or an aspectual complement: an event that took place."""
    if verb.pos_ == "NOUN":
        return False
    tag = verb.tag_
    doc = verb.doc
    rows, ids = doc_arrays(doc)[0], _ids(doc)
    has_aux = any(rows[c][2] in ids.auxes and rows[c][1] != ids.to for c in doc_children(doc)[verb.i])
    if _finite(verb) or tag in ("VBD", "VBZ", "VBP", "MD"):
        return True  # (a modal is finite: the "wo" of "won't", which the model gives no verb form, an anchor of refusals)
    if has_aux and tag in ("VBN", "VBG", "VB"):
        return True
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        if tag == "VBN" and verb.head.tag_ == "VBN" and verb.head.dep_ in ("acl", "advcl", "conj") and any(c.dep_ == "agent" for c in verb.children):
            return True  # "the talks, held at the palace and hosted by Fidan": a participle with its own doer named was done
        return realised(verb.head) and tag in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB")
    if verb.dep_ == "xcomp" and _aspectual(verb.head):
        return realised(verb.head)
    if _prompted_doer(verb) is not None:
        # "prompting Mexico to break relations", "forced Guterres to demand their release", "was forced to withdraw":
        # news tells what someone was made to do as done, when the making was (not negated, modal or hypothetical)
        return blocked_reason(verb.head) is None
    if verb.dep_ == "ROOT" and tag in ("VBN", "VBG"):  # headlines: "Russia accused of …"
        return True
    if verb.dep_ in ("acl", "advcl") and tag == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        return True  # "talks mediated by Qatar and Turkey": a participle with its doer named was done
    if _held_participle(verb):
        return True  # "a group of doctors arrested earlier on Monday": people held, no doer named
    if _participle_as_main_verb(verb):
        return True
    if (governor := _means_governor(verb)) is not None:
        # "Maduro responded by breaking relations with Washington": done when its governor is done (not negated,
        # modal or hypothetical)
        return blocked_reason(governor) is None
    if purpose_of_contact(verb) is not None:
        # "Macron telephoned Aoun to congratulate him", "Blinken visited Israel to urge Netanyahu to ...": what a call or
        # a visit that took place was made to say is told as said
        return blocked_reason(verb.head) is None
    if verb.dep_ == "advcl" and tag == "VBG" and not any(c.dep_ in ("mark", "aux") for c in verb.children):
        # "…, accusing Gondor of …": a participle adjunct is an act of the main clause's subject
        return verb.head.pos_ in ("VERB", "AUX") and realised(verb.head)
    if tag == "VB" and verb.lemma_ in FIRST_TO_VERBS and verb.dep_ in ("relcl", "acl"):
        return _first_to_visit(verb)
    return False


# code15: "the first Russian defence minister to visit North Korea since 1991", "was the first Arab leader to visit
# Trump": an ordinal's "to" infinitive tells a visit that took place (when the copula it hangs on is not future or
# hypothetical: "will be the first chancellor to visit Nigeria" is not done)
FIRST_TO_VERBS = frozenset({"visit", "meet", "travel", "tour", "host", "receive"})
_FIRST_ORDINALS = frozenset({"first", "second", "third", "latest", "only"})


def _first_to_visit(verb: Token) -> bool:
    noun = verb.head
    if noun.i == verb.i or noun.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "amod" and c.lower_ in _FIRST_ORDINALS for c in noun.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if noun.dep_ in ("attr", "oprd") and noun.head.i != noun.i:
        cop = noun.head  # "Abdullah was the first Arab leader to visit …", "became the first …"
        if any(c.dep_ == "aux" and c.lower_ in MODALS | FUTURE_AUX for c in cop.children):
            return False  # "will be the first chancellor to visit": not yet
        return blocked_reason(cop) is None and realised(cop)
    return noun.dep_ in ("appos", "nsubj", "ROOT", "dobj", "pobj")


# Verbs of a call or a visit, and the things said that their "to" infinitive of purpose tells as said: "telephoned Aoun
# to congratulate him", "called Erdogan to offer condolences", "travelled to Kyiv to show solidarity"
CONTACT_VERBS = {"call", "telephone", "phone", "ring", "speak", "talk", "visit", "travel", "fly", "write", "meet", "host", "receive", "arrive", "go", "come"}
PURPOSE_SPEECH = {"urge", "ask", "press", "apologize", "apologise", "invite", "assure", "reassure"}
# an envoy summoned to hear a demand: "Iran summoned Pakistan's charge d'affaires to demand an explanation" (code12)
CONTACT_VERBS |= {"summon"}
PURPOSE_SPEECH |= {"demand"}
# (not "congratulate", "thank", "praise": a call made to congratulate is one event, the call, in the seed coders'
# convention: "Macron telephoned him to congratulate him" is 041, with 051 an accepted other code of it)
# ... and verbs that say something only with one of these objects: "to offer condolences", "to show solidarity"
PURPOSE_CARRIERS = {"express", "convey", "offer", "extend", "voice", "show"}
SAID_OBJECTS = {"condolence", "sympathy", "apology", "concern", "regret", "invitation"}


def purpose_of_contact(verb: Token) -> Token | None:
    """The call or visit whose "to" infinitive of purpose ``verb`` is, when ``verb`` is a thing said (PURPOSE_SPEECH),
    else None."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or head.i == verb.i or head.i > verb.i or verb.tag_ != "VB":
        return None
    lemma = verb.lemma_.lower()
    if lemma not in PURPOSE_SPEECH and not (lemma in PURPOSE_CARRIERS and any(c.dep_ == "dobj" and c.lemma_.lower() in SAID_OBJECTS for c in verb.children)):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or head.lemma_.lower() not in CONTACT_VERBS or head.pos_ != "VERB":
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and c.i < verb.i for c in head.children) or any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "called on Israel to show restraint", "called for X to ...": an appeal, not a call made
    return head if realised(head) else None


def _finite(verb: Token) -> bool:
    """Is "Fin" among the verb's VerbForm values? Read from the Doc's MORPH column once per Doc (``Token.morph``
    builds an analysis object per call), each distinct analysis parsed once."""
    data = verb.doc.user_data
    finite = data.get("dyad_finite")
    if finite is None:
        doc = verb.doc
        finite = data["dyad_finite"] = [_FINITE.get(m) if m in _FINITE else _finite_of(m, doc.vocab.strings) for m in doc_arrays(doc)[2]]
    return finite[verb.i]


_FINITE: dict[int, bool] = {}  # MORPH id (a hash of the analysis: any vocab agrees) → is "Fin" a VerbForm value


def _finite_of(morph: int, strings) -> bool:
    if len(_FINITE) > 50_000:
        _FINITE.clear()
    features = strings[morph] if morph else ""
    found = _FINITE[morph] = any(f.startswith("VerbForm=") and "Fin" in f[len("VerbForm="):].split(",") for f in features.split("|"))
    return found


def _participle_as_main_verb(verb: Token) -> bool:
    """A main verb the small model read as a participle on its subject (acl), with an object of its own (a reduced
    relative, "the people killed in the strike", has none), in two shapes:

    - "Trump called Zelensky a dictator", parsed as a noun phrase: the subject is a name at the root;
    - "Israeli airstrikes killed 25 Palestinians, health officials said", parsed as "airstrikes [that were] killed":
      the subject is one of two subjects of its verb.

    Its subject is the noun it hangs on (:func:`subject_of`), and it is realised."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return False
    head = verb.head
    if head.dep_ == "ROOT":
        return head.pos_ == "PROPN" and head.i < verb.i and any(c.dep_ in ("dobj", "oprd", "dative") for c in verb.children)
    return (
        head.dep_ == "nsubj" and head.head.i != head.i and any(c.dep_ == "dobj" for c in verb.children)
        and sum(1 for c in head.head.children if c.dep_ == "nsubj") >= 2
    )


# Participles that stand before a name as its modifier ("Saudi led coalition", "Taliban controlled areas"): never read
# as a misparsed main verb
PRENOMINAL_PARTICIPLES = {
    "led", "backed", "based", "controlled", "occupied", "owned", "run", "held", "sponsored", "funded", "supported",
    "allied", "linked", "aligned", "born", "appointed", "designated", "named", "elected", "armed", "affiliated",
}


def repair_misread_verbs(doc) -> bool:
    """Mend the small model's "NAME verbed NAME" read as a noun phrase: "Trump accused Zelenskiy of ...", "Trump
    hosted Zelenskiy at the White House" come out with the verb as an adjective (amod) of the second name, at the root
    of the sentence. The verb becomes the root, the first name its subject and the second its object. Returns whether
    the parse changed (the caller's caches of it are then stale)."""
    changed = False
    amod = doc.vocab.strings["amod"]
    ids = _ids(doc)
    # the adjectives, from the Doc's columns (a repair below only ever makes labels other than amod), whose tag the
    # test below can pass (a repair changes only the repaired verb's own tag)
    for v in [doc[i] for i, row in enumerate(doc_arrays(doc)[0]) if row[2] == amod and row[4] in ids.participle_or_adjective_tags]:
        if v.dep_ != "amod" or v.i == 0 or v.i + 1 >= len(doc) or v.lower_ in PRENOMINAL_PARTICIPLES:
            continue
        if not (v.tag_ in ("VBD", "VBN") or (v.tag_ == "JJ" and v.lower_.endswith("ed"))):
            continue
        subj, obj = doc[v.i - 1], v.head
        while obj.dep_ in ("compound", "flat") and obj.head.i > obj.i:
            obj = obj.head  # the name a run of title words and names ends in: "... President Ursula von der Leyen"
        if not _name_run(doc, v.i + 1, obj.i) or not _name_like(subj) or not _name_like(obj) or (v.i >= 2 and doc[v.i - 2].lower_ in ("the", "a", "an")):
            continue
        sent_root = v.sent.root
        if sent_root.i not in (subj.i, obj.i):
            continue  # only where the misread phrase is the whole clause
        if subj.head.i not in (subj.i, obj.i, v.i) and not (subj.head.i == obj.i or obj.head.i == subj.i):
            continue
        clausal = [
            c for c in sent_root.children if c.i not in (v.i, subj.i, obj.i) and (
                (c.i < v.i and c.dep_ in ("prep", "punct", "advmod", "npadvmod", "advcl"))
                or c.dep_ in ("punct", "cc", "advcl", "ccomp") or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
            )
        ]
        v.head = v
        v.dep_ = "ROOT"
        for tok, dep in ((subj, "nsubj"), (obj, "dobj")):
            tok.head = v
            tok.dep_ = dep
        for c in clausal:  # "During Friday's meeting, ... and told him ...": the clause's own words
            c.head = v
        v.tag_ = "VBD"
        v.pos_ = "VERB"
        changed = True
    if changed:
        forget_parse_views(doc)
    return changed


def repair_trailing_denial(doc) -> bool:
    """Mend "X accused Y of Z, a charge W denies": the small model makes the denial the root, the accusation its
    complement clause and "a charge" its object. The accusation becomes the root, the charge a noun phrase on it, and the
    denial a relative clause of the charge, as in "a charge the Taliban deny" said alone. Returns whether the parse
    changed."""
    changed = False
    for verb in [t for t in labelled(doc, ("ROOT",), ("VERB",)) if t.dep_ == "ROOT" and t.lemma_.lower() in DENIAL_VERBS and t.pos_ == "VERB"]:
        kids = list(verb.children)
        noun = next((c for c in kids if c.dep_ in ("dobj", "nsubj") and c.i < verb.i and c.lemma_.lower() in ALLEGATION_NOUNS), None)
        if noun is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue
        clause = next((c for c in kids if c.dep_ == "ccomp" and c.i < noun.i and c.pos_ in ("VERB", "AUX")), None)
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and noun.i < c.i < verb.i), None)
        if clause is None or subj is None or doc[noun.left_edge.i - 1].text != ",":
            continue
        if any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in kids):
            continue  # the denial has an object of its own after it: no relative clause
        clause.head = clause
        clause.dep_ = "ROOT"
        for c in kids:
            if c.i not in (noun.i, subj.i, clause.i) and (c.is_punct or c.i > verb.i) and c.dep_ in ("punct",):
                c.head = clause  # the comma before the charge and the full stop are the clause's
        noun.head = clause
        noun.dep_ = "npadvmod"
        verb.head = noun
        verb.dep_ = "relcl"
        changed = True
    if changed:
        forget_parse_views(doc)
    return changed


NONFINITE_CLAUSES = {"pcomp", "acl", "xcomp", "advcl"}


def _rehang_conjunct(verb: Token, head: Token, new_head: Token) -> None:
    """Move a verb the parser hung as a conjunct of ``head`` onto ``new_head``, with the "and" just before it."""
    for c in head.children:
        if c.dep_ == "cc" and c.i == verb.i - 1:
            c.head = new_head
    verb.head = new_head


def repair_stranded_conjuncts(doc) -> bool:
    """Mend a finite verb the small model conjoins to an infinitive or gerund inside the clause before it: "Zelenskiy
    accused Moscow of targeting civilians and called on Washington to ...", "Sharaa said Syria needed support to
    rebuild and asked Washington to lift sanctions" (called, asked read as conjuncts of targeting, rebuild). A past or
    present tense verb with no subject of its own continues the sentence's main clause: it becomes a conjunct of the
    sentence's root (of the nearest verb of its tense with a subject, when the root is of another tense). Returns
    whether the parse changed."""
    changed = False
    for verb in [t for t in labelled(doc, ("conj",), ("VERB",)) if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and t.pos_ == "VERB"]:
        head = verb.head
        if head.tag_ not in ("VB", "VBG") or head.dep_ not in NONFINITE_CLAUSES or head.i >= verb.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        anchor, found = head, None
        for _ in range(8):
            if anchor.head.i == anchor.i:
                break
            anchor = anchor.head
            if anchor.pos_ in ("VERB", "AUX") and anchor.tag_ == verb.tag_ and any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children) and found is None:
                found = anchor
        root = verb.sent.root
        if root.tag_ == verb.tag_ and root.i < verb.i and root.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            found = root
        if found is None:
            continue
        _rehang_conjunct(verb, head, found)
        changed = True
    for verb in [t for t in labelled(doc, ("conj",), ("VERB",)) if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and t.pos_ == "VERB" and t.lemma_.lower() in JUDGING_VERBS]:
        # "Benin denied that any French base existed on its territory and called the accusations unfounded" (called read
        # as a conjunct of existed): what judges the allegation is the denier's, a conjunct of the denial
        head = verb.head
        if head.dep_ != "ccomp" or head.head.lemma_.lower() not in DENIAL_VERBS | SPEECH_VERBS or head.i >= verb.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in ALLEGATION_NOUNS for c in verb.children):
            continue
        _rehang_conjunct(verb, head, head.head)
        changed = True
    for verb in [t for t in labelled(doc, ("conj",), ("VERB",)) if t.dep_ == "conj" and t.tag_ == "VBD" and t.pos_ == "VERB" and t.lemma_.lower() in REACTING_VERBS]:
        # "Taiwan's defence ministry said 11 missiles had landed in its waters, and condemned the drills as irrational"
        # (condemned read as a conjunct of landed): a reaction to an act named with "the" is the speaker's, a conjunct
        # of the saying (react12)
        head = verb.head
        if head.dep_ != "ccomp" or head.head.lemma_.lower() not in SPEECH_VERBS or head.i >= verb.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        if not any(c.dep_ == "dobj" and c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("the", "this", "these") for d in c.children) for c in verb.children):
            continue
        _rehang_conjunct(verb, head, head.head)
        changed = True
    if changed:
        forget_parse_views(doc)
    return changed


JUDGING_VERBS = {"call", "dismiss", "describe", "brand", "label", "term", "reject"}
# reactions to an act a saying's subject goes on to make (repair_stranded_conjuncts, react12)
REACTING_VERBS = {"condemn", "denounce", "criticise", "criticize", "welcome", "praise", "hail", "slam", "deplore", "decry"}


# What coding keeps in a Doc's user data, each computed from its parse (doc_arrays, doc_children, is_passive, _finite,
# has_lower)
PARSE_VIEWS = ("dyad_arrays", "dyad_children", "dyad_passive", "dyad_finite", "dyad_lowers", "dyad_labels")


def forget_parse_views(doc: Doc) -> None:
    """Drop what was read from ``doc``'s parse (PARSE_VIEWS): after a change to its heads, labels or tags."""
    for key in PARSE_VIEWS:
        doc.user_data.pop(key, None)


NAME_PARTICLES = {"von", "der", "van", "de", "den", "al", "bin", "bint", "el", "la", "da", "di", "du", "dos", "le"}


def _name_run(doc, start: int, head: int) -> bool:
    """Do the words from ``start`` up to the name ``head`` form one title-and-name run in front of it ("European
    Commission President Ursula von der Leyen"): capitalised words or name particles, each hanging inside the run?"""
    return all(
        (t.text[:1].isupper() or t.lower_ in NAME_PARTICLES) and t.dep_ in ("compound", "amod", "nmod", "flat") and start <= t.head.i <= head
        for t in doc[start:head]
    )


def _name_like(tok) -> bool:
    """A proper name, also one the tagger read as a common noun ("Trump/NN")."""
    return tok.text.isalpha() and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") and tok.tag_ in ("NNP", "NNPS", "NN")


def _means_governor(verb: Token) -> Token | None:
    """The verb a gerund is the means or earlier act of ("responded by breaking relations", "after expelling its
    ambassador"; not "without expelling"), else None."""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in MEANS_PREPS and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head
    return None


def doc_children(doc: Doc) -> list[list[int]]:
    """Per token, the indices of its children in order (what ``Token.children`` yields), from the head column of
    :func:`doc_arrays`; kept in the Doc's user data."""
    data = doc.user_data
    kids = data.get("dyad_children")
    if kids is None:
        heads = doc_arrays(doc)[1]
        kids = [[] for _ in heads]
        for j, h in enumerate(heads):
            if h != j:
                kids[h].append(j)
        data["dyad_children"] = kids
    return kids


def in_subtree(k: int, i: int, heads: list[int]) -> bool:
    """Is token ``k`` in the subtree of token ``i`` (``Token.subtree``: ``i`` and all its descendants)? Walks up
    from ``k`` through ``heads`` (:func:`doc_arrays`): a few steps, no Token objects."""
    for _ in range(len(heads)):
        if k == i:
            return True
        h = heads[k]
        if h == k:
            return False
        k = h
    return False


def has_lower(doc: Doc, word: str) -> bool:
    """Has the Doc a token whose lower-case form is ``word``? (A set of LOWER ids, kept per Doc.)"""
    data = doc.user_data
    lowers = data.get("dyad_lowers")
    if lowers is None:
        lowers = data["dyad_lowers"] = frozenset(row[1] for row in doc_arrays(doc)[0])
    return doc.vocab.strings[word] in lowers


_LOWER_TEXT: dict[int, str] = {}  # string id (LOWER, DEP, POS) → the string (ids are hashes of the text, or symbols: any vocab agrees)


def _texts(ids: list[int], table: dict[int, str], doc: Doc, lower: bool = False) -> list[str]:
    """The strings of ``ids`` through ``table`` (id → string, lower-cased when ``lower``), filling it from the
    vocab for ids it lacks. Bounded: a long stream meets ever new words, so a full table starts again."""
    try:
        return list(map(table.__getitem__, ids))
    except KeyError:
        if len(table) > 200_000:
            table.clear()
        strings = doc.vocab.strings
        for i in ids:
            if i not in table:
                table[i] = strings[i].lower() if lower else strings[i]
        return list(map(table.__getitem__, ids))


def lower_words(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``, from the Doc's LOWER column: no Token object per word (the pre-filter reads the
    words of every sentence of a corpus)."""
    if not len(doc):
        return []
    return _texts(doc.to_array(LOWER).tolist(), _LOWER_TEXT, doc)


def doc_labels(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Per token of a parsed Doc: ``Token.dep_``, ``Token.pos_`` and ``Token.lower_``, from the columns of
    :func:`doc_arrays` and kept with them (PARSE_VIEWS). The loops of ``Coder.analyse`` read them for every token;
    the Token properties cost 200-650 instructions a call (``pos_`` builds an enum object first)."""
    data = doc.user_data
    found = data.get("dyad_labels")
    if found is None:
        rows = doc_arrays(doc)[0]
        text = _LOWER_TEXT
        try:
            found = tuple([text[row[col]] for row in rows] for col in (2, 3, 1))
        except KeyError:
            if len(text) > 200_000:
                text.clear()
            strings = doc.vocab.strings
            for row in rows:
                for col in (2, 3, 1):
                    if row[col] not in text:
                        text[row[col]] = strings[row[col]]
            found = tuple([text[row[col]] for row in rows] for col in (2, 3, 1))
        data["dyad_labels"] = found
    return found


def labelled(doc: Doc, deps: tuple[str, ...], pos: tuple[str, ...] | None = None, lower: str | None = None) -> list[Token]:
    """The tokens whose ``dep_`` is one of ``deps`` (and ``pos_`` one of ``pos``, ``lower_`` the word ``lower``, when
    given), in order: read from :func:`doc_labels`, a Token object made only for those. The repairs look for their few
    candidate words with it instead of a Token per word; a repair that changes labels drops the views before the next
    one reads them (forget_parse_views), one that changes only heads leaves the labels true."""
    dep_of, pos_of, lower_of = doc_labels(doc)
    return [doc[i] for i, d in enumerate(dep_of) if d in deps and (pos is None or pos_of[i] in pos) and (lower is None or lower_of[i] == lower)]


_LEMMA_LOWER: dict[int, str] = {}  # LEMMA id → the lemma in lower case (ids are hashes of the text: any vocab agrees)


def doc_lemmas(doc: Doc) -> list[str]:
    """Per token of a parsed Doc: ``Token.lemma_.lower()``, from the LEMMA column of :func:`doc_arrays`, kept in the
    Doc's user data. No repair changes a lemma, so it outlives the parse views (not in PARSE_VIEWS)."""
    data = doc.user_data
    found = data.get("dyad_lemmas")
    if found is None:
        found = data["dyad_lemmas"] = _texts([row[0] for row in doc_arrays(doc)[0]], _LEMMA_LOWER, doc, lower=True)
    return found


class _Ids:
    """String ids the tree walks below compare with the Doc's columns (a label's id is its symbol or its hash, as the
    parser stored it)."""

    def __init__(self, strings) -> None:
        self.clause_deps = frozenset(strings[d] for d in CLAUSE_DEPS)
        self.verb_pos = frozenset(strings[p] for p in ("VERB", "AUX"))
        self.relcl = strings["relcl"]
        self.according = strings["according"]
        self.conditional = frozenset(strings[w] for w in CONDITIONAL_MARKS)
        self.complement = frozenset(strings[d] for d in ("ccomp", "xcomp"))
        self.conj_xcomp = frozenset(strings[d] for d in ("conj", "xcomp"))
        self.neg, self.advmod, self.mark = strings["neg"], strings["advmod"], strings["mark"]
        self.negators = frozenset(strings[w] for w in NEGATORS)
        self.modals = frozenset(strings[w] for w in MODALS)
        self.would = strings["would"]
        self.longer, self.no = strings["longer"], strings["no"]
        self.subjects = frozenset(strings[d] for d in ("nsubj", "nsubjpass"))
        self.future = frozenset(strings[w] for w in FUTURE_AUX)
        self.auxes = frozenset(strings[d] for d in ("aux", "auxpass"))
        self.aux, self.to, self.nsubj = strings["aux"], strings["to"], strings["nsubj"]
        self.marking = frozenset(strings[d] for d in ("mark", "advmod", "prep"))
        self.none = strings["none"]
        self.no_subject = frozenset(strings[w] for w in NO_SUBJECT)
        self.preconj_det = frozenset(strings[d] for d in ("preconj", "det"))
        self.dobj, self.prep, self.det, self.hyphen = strings["dobj"], strings["prep"], strings["det"], strings["-"]
        self.as_, self.naming = strings["as"], frozenset(strings[w] for w in NAMING_PREPS)
        self.no_determiners = frozenset(strings[w] for w in NO_DETERMINERS)
        self.spans_of_years = frozenset(strings[w] for w in SPANS_OF_YEARS)
        self.verb_aux = frozenset(strings[p] for p in ("VERB", "AUX"))
        self.verb_aux_noun = frozenset(strings[p] for p in ("VERB", "AUX", "NOUN"))
        self.advcl = strings["advcl"]
        self.time_preps = frozenset(strings[w] for w in TIME_PREPS)
        self.participle_or_adjective_tags = frozenset(strings[t] for t in ("VBD", "VBN", "JJ"))
        self.xcomp_advcl = frozenset(strings[d] for d in ("xcomp", "advcl"))
        self.xcomp_pcomp_advcl = frozenset(strings[d] for d in ("xcomp", "pcomp", "advcl"))
        self.reason_preps = frozenset(strings[w] for w in REASON_PREPS)


_IDS: dict[int, _Ids] = {}  # per StringStore (by id())


def _ids(doc: Doc) -> _Ids:
    strings = doc.vocab.strings
    found = _IDS.get(id(strings))
    if found is None:
        found = _IDS[id(strings)] = _Ids(strings)
    return found


def _clause_ids(verb: Token, tokens: list[Token]) -> set[int]:
    """The indices of the verb's own clause: its subtree without embedded clauses that have their own head verb
    (an infinitive of purpose, "called on X to negotiate", and a participle of purpose or manner on the verb itself,
    "rallied, demanding his resignation", stay in it; what a content noun's clause asks, "X's demand to sever ...",
    relative clauses and "according to ..." do not). Walked over the Doc's columns: Token objects only for the
    clause-opening verbs, whose rules read more than labels."""
    doc = verb.doc
    rows, kids, ids = doc_arrays(doc)[0], doc_children(doc), _ids(doc)
    clause_deps, verb_pos, relcl, according = ids.clause_deps, ids.verb_pos, ids.relcl, ids.according
    out: set[int] = set()
    stack = [verb.i]
    while stack:
        i = stack.pop()
        out.add(i)
        for j in kids[i]:
            row = rows[j]
            if row[2] in clause_deps and row[3] in verb_pos and j != verb.i:
                tok, child = tokens[i], tokens[j]
                if child.dep_ == "acl" and tok.lemma_.lower() in CONTENT_NOUNS:
                    continue
                if child.dep_ in ("advcl", "acl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children):
                    stack.append(j)
                elif child.dep_ == "advcl" and child.tag_ == "VBG" and i == verb.i and not any(c.dep_ in ("mark", "nsubj") for c in child.children):
                    stack.append(j)
                elif _doer_participle(tok, child):
                    stack.append(j)  # "crimes committed by Russian troops" is "crimes by Russian troops" (plover13)
                continue
            if row[2] == relcl or row[1] == according:
                continue
            stack.append(j)
    return out


# Participles that only say who did what a noun names: "war crimes committed by Russian troops", "the attack carried
# out by Hamas", "abuses perpetrated by the police" (plover13)
DOER_PARTICIPLES = {"commit", "carry", "perpetrate", "conduct", "launch", "stage", "mount", "inflict"}


def _doer_participle(noun: Token, participle: Token) -> bool:
    """Is ``participle`` a reduced relative on ``noun`` that names the noun's doer in a "by" phrase and nothing else of
    its own ("crimes committed by Croat forces")? Then it is part of the noun phrase, as "crimes by Croat forces" is."""
    return (
        participle.dep_ == "acl" and participle.tag_ == "VBN" and noun.pos_ == "NOUN"
        and participle.lemma_.lower() in DOER_PARTICIPLES
        and any(c.dep_ == "agent" for c in participle.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp") for c in participle.children)
    )


# Nouns of a transfer whose "to" phrase names who received it: "an investigation of illegal arms sales to Croatia"
# investigates the sellers, not Croatia (plover13)
TRANSFER_NOUNS = {"sale", "export", "shipment", "delivery", "transfer", "supply", "payment", "loan", "donation", "smuggling", "trafficking"}


def _recipient_investigated(code: str, target: Token | None) -> str | None:
    """Why an investigation (09x) does not code ``target``: it is only the receiver of a transfer the inquiry is about
    ("ordered an investigation of arms sales to Croatia and Ecuador"), else None."""
    if target is None or not code.startswith("09"):
        return None
    t = target
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    prep = t.head
    if t.dep_ == "pobj" and prep.lower_ in ("to", "for") and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in TRANSFER_NOUNS:
        return f"{target.text!r} received the {prep.head.text} investigated, it is not investigated"
    return None


def _order_to_act(code: str, anchor: Token) -> str | None:
    """Why "ordered" is no purchase (06x): it orders someone to do something ("ordered Menem to appear for questioning
    in an investigation of arms sales"), else None (plover13)."""
    if not code.startswith("06") or anchor.lemma_.lower() != "order":
        return None
    if any(c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in anchor.children):
        return "an order to do something, not a purchase"
    return None


def _inside_ids(anchor: Token) -> list[int]:
    """The indices of the anchor's subtree without relative clauses and attributions ("according to ..."), in
    sentence order, walked over the Doc's columns."""
    doc = anchor.doc
    rows, kids, ids = doc_arrays(doc)[0], doc_children(doc), _ids(doc)
    relcl, according = ids.relcl, ids.according
    out = [anchor.i]
    stack = list(kids[anchor.i])
    while stack:
        j = stack.pop()
        row = rows[j]
        if row[2] == relcl or row[1] == according:
            continue
        out.append(j)
        stack.extend(kids[j])
    out.sort()
    return out


@dataclass(slots=True)
class AnchorContext:
    """What every pattern tried on one anchor needs: computed once per anchor, not once per pattern."""

    anchor: Token
    core: set[int]
    wide: list[Token]
    allowed: set[int]
    passive: bool
    controlled: set[int]
    words: list[tuple[Token, int, tuple[str, ...]]]  # (token, index, keys) of each ``wide`` token: keys are its lemma in
    # lower case, its lower form and its stems (:attr:`VerbIndex.words_of`)
    actor_tokens: list[Token] | None = None  # the ``wide`` tokens that head an actor (set by match_pattern)
    # each pattern word's positions, once per option set
    _found: dict[tuple[frozenset[str], bool], list[int]] = field(default_factory=dict)

    def positions(self, word: Word) -> list[int]:
        """The positions in ``words`` of the tokens ``word`` matches (:meth:`coding.patterns.Word.matches`), in order:
        those with a key among its options (by lemma, form or stem), or with their form among them (``exact``). An
        anchor's subtree is a few words and few of its patterns' words are looked up: a scan, no index."""
        key = (word.options, word.exact)
        found = self._found.get(key)
        if found is None:
            options = word.options
            if word.exact:
                found = [j for j, w in enumerate(self.words) if w[2][1] in options]
            else:
                found = [j for j, w in enumerate(self.words) if not options.isdisjoint(w[2])]
            self._found[key] = found
        return found

    @classmethod
    def of(cls, anchor: Token, keys: list[tuple[str, ...]] | None = None, tokens: list[Token] | None = None) -> AnchorContext:
        """``keys``: per token of the sentence, its lemma in lower case, lower form and stems, and ``tokens``, its
        Token objects, where the caller has them (:func:`match_sentence` does)."""
        if tokens is None:
            tokens = list(anchor.doc)
        core = _clause_ids(anchor, tokens)
        if (raised := _raised_object(anchor)) is not None:
            core |= {t.i for t in raised.subtree}  # "rammed and boarded two Philippine boats" (coord13)
        # Pattern words may reach into complement clauses ("demand that TARGET withdraw"); a target right after
        # the anchor may not ("Arnor said Gondor attacked" gives no Arnor → Gondor event).
        inside = _inside_ids(anchor)
        wide = [tokens[i] for i in inside]
        if keys is None:
            words = [(t, t.i, (t.lemma_.lower(), t.lower_, *stems(t.lower_))) for t in wide]
        else:
            words = [(t, i, keys[i]) for t, i in zip(wide, inside)]
        return cls(anchor, core, wide, set(inside), is_passive(anchor), _controlled_subjects(anchor), words)


def match_pattern(pattern: Pattern, anchor: Token | AnchorContext, actor_heads: dict[int, Token]) -> tuple[tuple[Token, ...], Token | None] | None:
    """Match the words after the anchor, in order, within its clause; bind TARGET. None when it fails."""
    ctx = anchor if isinstance(anchor, AnchorContext) else AnchorContext.of(anchor)
    anchor = ctx.anchor
    if ctx.actor_tokens is None:
        ctx.actor_tokens = [t for t in ctx.wide if t.i in actor_heads]
    core, allowed, passive = ctx.core, ctx.allowed, ctx.passive
    elements = pattern.rest
    dep_of, pos_of, lower_of = doc_labels(anchor.doc)  # the words' labels and forms, read from the Doc's columns
    head_of = doc_arrays(anchor.doc)[1]

    def walk(k: int, pos: int, prev: Token, matched: tuple[Token, ...], target: Token | None):
        if k == len(elements):
            return matched, target
        el = elements[k]
        if isinstance(el, Slot):
            if el.name != "TARGET":
                return walk(k + 1, pos, prev, matched, target)
            if lower_of[prev.i] == "as" and dep_of[prev.i] == "prep" and any(c.dep_ == "dobj" and c.i < prev.i for c in anchor.children):
                # "condemned the strikes as a violation of Yemen's sovereignty": the object is what is condemned, the
                # "as" phrase only says what it is called (the pattern is for "condemned as illegal the annexation")
                return None
            if passive and prev.i == anchor.i:
                # "Kiev was criticized by Moscow": the object slot is the passive subject; "Putin arrived ... and was
                # greeted by Kim": that of the verb the passive one is conjoined to
                subj = next((c for c in anchor.children if c.dep_ == "nsubjpass"), None)
                if subj is None and _held_participle(anchor):
                    # the noun the participle hangs on, or the role noun a number or part of it counts ("a group of doctors")
                    subj = anchor.head
                    if subj.i not in actor_heads:
                        subj = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and p.i in actor_heads), subj)
                if subj is None and anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECT_DEPS for c in anchor.children):
                    subj = next((c for c in anchor.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    subj = subj if subj is not None and subj.i in actor_heads else None
                if subj is None and anchor.dep_ == "pcomp" and anchor.head.lower_ in AFTER_PREPS15 and anchor.head.head.pos_ in ("VERB", "AUX"):
                    # law15: "Hernandez left prison after being pardoned by Trump": the one the main clause is about
                    subj = next((c for c in anchor.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    subj = subj if subj is not None and subj.i in actor_heads else None
                if subj is not None:
                    # ("Hundreds of people have been arrested": a number stands for the crowd it counts, Coder.analyse)
                    return walk(k + 1, pos, prev, matched, actor_heads.get(subj.i, subj))
            if prev.i == anchor.i and anchor.dep_ == "relcl" and (
                rel := next((c for c in anchor.children if c.dep_ in ("dobj", "dative") and c.tag_ in ("WP", "WDT") and c.i in actor_heads), None)
            ) is not None:
                # "Russia's defence attache, whom it accused of ...": the relative pronoun object stands before the verb
                found = walk(k + 1, pos, prev, matched, actor_heads[rel.i])
                if found is not None:
                    return found
            root = prev.head if prev.dep_ in ("mark", "aux", "prt") and prev.i != anchor.i else prev
            # the scope: root's subtree (contiguous: the parse is projective) within the clause, plus, right after
            # the anchor, the subjects of its infinitive complements
            lo, hi = root.left_edge.i, root.right_edge.i
            pool = core if prev.i == anchor.i else allowed
            extra = ctx.controlled if prev.i == anchor.i else frozenset()

            def in_scope(i: int) -> bool:
                return (lo <= i <= hi and i in pool) or i in extra

            for t in ctx.actor_tokens:
                if t.i <= pos or not in_scope(t.i):
                    continue
                head = actor_heads[t.i]
                if not in_scope(head.i) or not _reachable(head, root):
                    continue
                if head.dep_ == "npadvmod" and head.head.pos_ == "NOUN":
                    continue  # an adverbial name on a noun is a misparse ("with strings attached, Cuba"), not its member
                if prev.i == anchor.i and _in_as_phrase(head, anchor):
                    continue  # "condemned the attack as a violation of Lebanese sovereignty": what the object is called
                if passive and ((head.dep_ == "pobj" and head.head.dep_ == "agent") or any(a.dep_ == "agent" and a.left_edge.i <= head.i <= a.right_edge.i for a in anchor.children)):
                    continue  # the doer ("by Qatar and Turkey"), not the one done to
                found = walk(k + 1, t.i, prev, matched, head)
                if found is not None:
                    return found
            # No target: the match may still code a compound subject symmetrically ("Arnor and Gondor met").
            return walk(k + 1, pos, prev, matched, None)
        assert isinstance(el, Word)
        before_target = k + 1 < len(elements) and isinstance(elements[k + 1], Slot) and elements[k + 1].name == "TARGET"
        seen = False  # did the word occur at all after ``pos``?
        words = ctx.words
        for j in ctx.positions(el):
            t, ti, _ = words[j]
            t_pos = pos_of[ti]
            if ti <= pos or (before_target and t_pos == "ADP" and _time_phrase(t, actor_heads)):
                continue  # (a date is no place for TARGET's preposition: "imposed a curfew on Friday")
            seen = True
            t_dep = dep_of[ti]
            entry_word = t_dep == "mark" or (t_dep == "aux" and lower_of[ti] == "to")
            if ti not in core and not entry_word and (prev.i == anchor.i or prev.i in core):
                continue  # a complement clause is entered only through a word of the pattern ("that")
            if before_target and t_pos == "PART" and t_dep == "aux":
                continue  # "to TARGET" wants the preposition, not the infinitive marker of "to help"
            if prev.i == anchor.i and t_pos in ("NOUN", "PROPN") and _in_reason_phrase(t, anchor):
                continue  # "doubled tariffs ... as a penalty for New Delhi's purchases": not what was doubled
            if t_pos == "ADP" and pos_of[prev.i] in ("NOUN", "PROPN", "NUM") and pos_of[head_of[ti]] in ("NOUN", "PROPN") and not _in_phrase_of(prev, ti) and not _in_noun_phrase(prev, t.head):
                continue  # "expel diplomat of TARGET": not the "of" of another noun ("over the killing of"), nor of a
                # number's ("deported half a million Afghans since the end of its war with Israel": no "million of")
            if t_pos in ("NOUN", "PROPN") and pos_of[prev.i] == "ADP" and dep_of[prev.i] == "prep" and prev.i != anchor.i and not prev.left_edge.i <= ti <= prev.right_edge.i:
                continue  # "agree to talks" is the object of "to", not of another phrase ("agreed to a ceasefire after talks")
            found = walk(k + 1, t.i, t, matched + (t,), target)
            if found is not None:
                return found
        if el.optional:
            return walk(k + 1, pos, prev, matched, target)
        if target is None and k + 2 == len(elements) and before_target and not el.options.isdisjoint(LOCATIVE) and prev.pos_ in ("NOUN", "PROPN") and prev.i != anchor.i and prev.i in actor_heads and actor_heads[prev.i].i == prev.i:
            # "struck the Yemeni port" for "SOURCE strike port in TARGET": the noun of the pattern names its own place
            return walk(k + 2, pos, prev, matched, prev)
        if not seen and target is None and k + 2 == len(elements) and before_target and _symmetric_ok(prev):
            # "Arnor and Gondor signed a pact" for "SOURCE sign pact with TARGET": the preposition and its TARGET
            # are both absent; no target, never another phrase's object. The engine codes it only for a compound
            # subject of a reciprocal act.
            return walk(k + 2, pos, prev, matched, None)
        return None

    try:
        found = walk(0, anchor.i, anchor, (anchor,), None)
        if found is None and passive and len(elements) > 1:
            # "The Israeli ambassador was expelled by Bolivia" for "SOURCE expel TARGET ambassador", "Sanctions against
            # Iran were tightened by the EU" for "SOURCE tighten sanction against TARGET": the object's words stand in
            # the passive subject, before the verb
            subj = next((c for c in anchor.children if c.dep_ == "nsubjpass" and c.i < anchor.i), None)
            if subj is not None:
                found = walk(0, subj.left_edge.i - 1, anchor, (anchor,), None)
        return found
    finally:
        # walk refers to itself through its closure: a reference cycle that, left to the garbage collector, kept this
        # call's Tokens (and so their Doc) alive until a full collection. Unbound, it is freed now.
        walk = None


# What a verb's object is called or charged with, after the object: "condemned the attack as a violation of Lebanese
# sovereignty", "accused the Su-24 bomber of violating Turkish airspace", "blamed the blast for the deaths of Syrian
# workers": no party of the act
NAMING_PREPS = {"as", "of", "for"}


# Prepositions that list members of a plural noun: "allies, including Germany", "partners like Italy", "countries such
# as Spain" (the model tags "including" as a verb)
LIST_PREPS = {"including", "like"}


def list_prep(prep: Token) -> bool:
    """Is ``prep`` a preposition that lists the members of the noun it hangs on ("including", "like", "such as")?"""
    if prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    low = prep.lower_
    return low in LIST_PREPS or (low == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")


def _listed_member(matched: tuple[Token, ...], actor_heads: dict[int, Token]) -> Token | None:
    """The first actor a plural noun of the pattern lists ("struck several cities, including Kharkiv and Odesa" for
    "SOURCE strike TARGET city"), where no actor stands in the target's place; else None."""
    for word in matched[1:]:
        if word.tag_ not in ("NNS", "NNPS"):
            continue
        for prep in word.children:
            if list_prep(prep):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.i in actor_heads:
                        return actor_heads[pobj.i]
    return None


def _in_as_phrase(head: Token, anchor: Token) -> bool:
    """Is ``head`` inside an "as" phrase of the verb (or of its object) after an object that is no actor's name: the
    name the act gives its object ("condemned the attack as a violation of Lebanese sovereignty", "denounced the strikes
    as an attack on Syria")? Not "condemned as illegal the annexation by Russia" (no object before the phrase)."""
    doc = anchor.doc
    rows, kids, ids = doc_arrays(doc)[0], doc_children(doc), _ids(doc)  # labels and forms from the columns
    obj = next((c for c in kids[anchor.i] if rows[c][2] == ids.dobj), None)
    if obj is None or obj > head.i:
        return False
    phrases = [p for p in kids[anchor.i] if rows[p][1] in ids.naming] + [p for p in kids[obj] if rows[p][1] == ids.as_]
    return any(rows[p][2] == ids.prep and p > obj and (phrase := doc[p]).left_edge.i <= head.i <= phrase.right_edge.i and not list_prep(phrase) for p in phrases)


# Prepositions on a verb that say why, when or as what it was done: a noun under them is not the verb's object
REASON_PREPS = {"as", "for", "over", "after", "amid", "despite", "following", "because", "during", "before", "since"}


# Words that make a preposition's object a date or a time (runs parse without the entity recognizer)
TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "weekend", "morning",
    "afternoon", "evening", "night", "day", "week", "month", "year", "today", "tonight", "yesterday", "hour", "midnight",
    "dawn", "noon",
}


TIME_PREPS = {"on", "in", "over", "during", "at", "since", "until"}


def _time_phrase(prep: Token, actor_heads: dict[int, Token]) -> bool:
    """Is ``prep`` a preposition of a date or a time ("on Friday", "in March", "over the weekend", "in 2021")? Not of
    an actor ("spoke with May", "met in May's office")."""
    doc = prep.doc
    if doc_arrays(doc)[0][prep.i][1] not in _ids(doc).time_preps:  # its lower form, from the Doc's columns
        return False
    return any(
        c.dep_ == "pobj" and c.i not in actor_heads and (c.lower_ in TIME_WORDS or (c.like_num and len(c.text) == 4)) for c in prep.children
    )


def _in_reason_phrase(word: Token, anchor: Token) -> bool:
    """Is ``word`` inside a reason or time phrase on ``anchor`` ("as a penalty for X's purchases", "after talks on
    arms") while the anchor has an object of its own? Then it is no word of the anchor's object."""
    doc = anchor.doc
    rows, heads, _ = doc_arrays(doc)  # labels, forms and heads from the Doc's columns: no Token per step
    kids, ids = doc_children(doc), _ids(doc)
    if not any(rows[c][2] == ids.dobj for c in kids[anchor.i]):
        return False
    i = word.i
    for _ in range(8):
        if heads[i] == anchor.i:
            return rows[i][2] == ids.prep and rows[i][1] in ids.reason_preps
        if heads[i] == i:
            return False
        i = heads[i]
    return False


def _in_phrase_of(word: Token, i: int) -> bool:
    """Is token ``i`` inside the phrase of ``word``: its own, or for a number the phrase of the noun it counts ("500
    million pounds in military aid for Ukraine": the "for" is the pounds')?"""
    if word.left_edge.i <= i <= word.right_edge.i:
        return True
    if word.pos_ == "NUM" and word.dep_ == "nummod" and word.head.i != word.i:
        return word.head.left_edge.i <= i <= word.head.right_edge.i
    return False


def _in_noun_phrase(word: Token, noun: Token) -> bool:
    """Is ``noun`` ``word`` or a noun ``word`` hangs on ("a state of emergency", "a mediation mission")?"""
    tok = word
    for _ in range(6):
        if tok.i == noun.i:
            return True
        if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


# Verbs whose object does a bare infinitive ("help Pyongyang build satellites"): the parser reads it as the subject of
# a complement clause, as it does "allowed Rohan to inspect"
BARE_INFINITIVE_CONTROL = {"help", "let"}


def _controlled_subjects(anchor: Token) -> set[int]:
    """`allowed Rohan to inspect`, parsed as a complement clause: its subject is the anchor's object. (Over the Doc's
    columns: the indices of the subtree of each ``nsubj`` of a ``ccomp``/``xcomp`` child with a "to" ``aux``.)"""
    doc = anchor.doc
    rows, kids, ids = doc_arrays(doc)[0], doc_children(doc), _ids(doc)
    out: set[int] = set()
    bare = anchor.lemma_.lower() in BARE_INFINITIVE_CONTROL  # "help Pyongyang build satellites", "let Gondor inspect"
    for c in kids[anchor.i]:
        if rows[c][2] in ids.complement and (
            any(rows[g][2] == ids.aux and rows[g][1] == ids.to for g in kids[c])
            or (bare and doc[c].tag_ == "VB" and not any(rows[g][2] == ids.mark for g in kids[c]))
        ):
            for sub in kids[c]:
                if rows[sub][2] == ids.nsubj:
                    stack = [sub]
                    while stack:
                        j = stack.pop()
                        out.add(j)
                        stack.extend(kids[j])
    return out


def _symmetric_ok(prev: Token) -> bool:
    """Only an object noun of the pattern (not the bare verb) may stand before a dropped `with TARGET`."""
    return prev.pos_ in ("NOUN", "PROPN")


# A verb with no object of its own right before "and" and a second verb that has one shares it ("Chinese coast guard
# personnel rammed and boarded two Philippine navy boats", "Iranian commandos boarded and seized a Greek tanker"): the
# second verb's object is the first's too (coord13). Only words of coordination between the two verbs.
_RAISING_GAP = frozenset({"cc", "punct", "advmod"})
_OWN_COMPLEMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass", "auxpass", "prt"})


def _raised_object(verb: Token) -> Token | None:
    """The object ``verb`` shares with the verb conjoined right after it ("rammed and boarded X": X), else None."""
    if verb.pos_ != "VERB":
        return None
    second = None
    for c in verb.children:
        if c.dep_ in _OWN_COMPLEMENTS:
            return None
        if second is None and c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i:
            second = c
    if second is None or any(t.dep_ not in _RAISING_GAP for t in verb.doc[verb.i + 1 : second.i]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return None
    return next((c for c in second.children if c.dep_ == "dobj"), None)


def _reachable(head: Token, prev: Token) -> bool:
    """Is ``head`` an argument of ``prev``? Through a preposition of the pattern, or as an object.

    After a verb or noun, the target is its object (or inside it), never behind a preposition the pattern does not
    name: `SOURCE meet TARGET` must not take `in Edoras` as its target.
    """
    tok = head
    for _ in range(12):
        if tok.i == prev.i:
            return True
        parent = tok.head
        if parent.i == tok.i:
            return False
        if parent.pos_ in ("VERB", "AUX") and parent.i != prev.i and not list_prep(parent) and not (tok.dep_ == "dobj" and parent.dep_ == "conj" and _raised_object(prev) is tok):
            # ("allies, including Germany": a list, no verb's clause) Never through another verb's clause ("its plan to end the war in Ukraine"), except the subject of
            # a complement the pattern reaches into ("demand that Gondor withdraw", "allowed Rohan to inspect").
            if not (tok.dep_ in ("nsubj", "nsubjpass") and parent.dep_ in ("ccomp", "xcomp") and parent.head.i == prev.i):
                if not (tok.dep_ in ("nsubj", "nsubjpass") and any(c.i == prev.i for c in parent.children)):
                    return False
        if parent.dep_ == "prep" and parent.i != prev.i and parent.lower_ != "of" and parent.head.pos_ in ("VERB", "AUX"):
            return False  # a preposition on the verb that the pattern does not name; on a noun it is fine
        if parent.dep_ == "prep" and parent.i != prev.i and parent.lower_ in TOPIC_PREPS and parent.head.lemma_.lower() in TALK_NOUNS:
            return False  # "hosted talks on the war in Ukraine": the topic of a meeting is no party to it
        if parent.dep_ == "prep" and parent.i != prev.i and parent.lower_ in LOCATIVE and tok.i != head.i and not _modifies(head, tok):
            return False  # "a tanker in the Gulf of Oman" is a place, not Oman; "strikes in Gaza" is Gaza, and so is
            # "a refinery in Russia's Ryazan region" (the country modifies the place)
        tok = parent
    return False


# People an object noun names by where they come from: "met senior officials from Britain, France and Germany"
ORIGIN_NOUNS = {
    "official", "diplomat", "representative", "delegate", "delegation", "envoy", "minister", "leader", "counterpart",
    "lawmaker", "negotiator", "legislator", "ambassador", "emissary", "commander", "officer", "member", "team",
}


def _origin_of_object(prep: Token) -> Token | None:
    """The object noun a "from" phrase the parser hung on the verb right after it names the origin of: a noun for
    people named by where they come from ("met senior officials from Britain, France and Germany"), else None."""
    if prep.lower_ != "from" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.right_edge.i + 1 == prep.i and obj.lemma_.lower() in ORIGIN_NOUNS and obj.tag_ == "NNS":
        return obj
    return None


def repair_origin_phrases(doc) -> bool:
    """Hang a "from" phrase that names where the verb's object comes from on the object ("Lavrov met senior officials
    from Britain, France and Germany": the model hangs "from Britain" on "met"), so that the object is those countries'
    officials. Returns whether the parse changed."""
    changed = False
    for prep in [t for t in labelled(doc, ("prep",), lower="from") if t.lower_ == "from" and t.dep_ == "prep"]:
        if (obj := _origin_of_object(prep)) is not None:
            prep.head = obj
            changed = True
    if changed:
        forget_parse_views(doc)
    return changed


def _modifies(word: Token, noun: Token) -> bool:
    """Is ``word`` a modifier in front of ``noun`` ("Russia's" or "Russian" in "Russia's Ryazan region")?"""
    tok = word
    for _ in range(4):
        if tok.dep_ not in ("poss", "amod", "compound", "nmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == noun.i:
            return True
    return False


RAW_PATTERN = Pattern(text="(dependency pattern)", anchor=Word(frozenset()), rest=(Slot("TARGET"),), has_source=True, has_target=True)


# Token attributes of raw dependency patterns that the gate before the DependencyMatcher checks (others it ignores).
_GATE_ATTRS = ("LEMMA", "LOWER", "DEP")
_GATE_COLUMNS = [LEMMA, LOWER, DEP]
_SENTENCE_COLUMNS = [*_GATE_COLUMNS, POS]  # what match_sentence reads of every token, from one Doc.to_array
_ANCHOR_POS_IDS = frozenset(IDS[p] for p in ANCHOR_POS)


INHERITED = "::inherited"  # the key suffix of a raw pattern's variant without its source node (VerbIndex)
_SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass"})


def _own_subject_node(node: dict) -> bool:
    """Is a raw pattern's node its source as the anchor's own subject ({LEFT_ID: anchor, REL_OP: ">", RIGHT_ID: source,
    RIGHT_ATTRS: {DEP: nsubj}}), and nothing more?"""
    if node.get("RIGHT_ID") != "source" or node.get("LEFT_ID") != "anchor" or node.get("REL_OP") != ">":
        return False
    attrs = node.get("RIGHT_ATTRS", {})
    dep = attrs.get("DEP")
    labels = {dep} if isinstance(dep, str) else set(dep.get("IN", ())) if isinstance(dep, dict) else set()
    return set(attrs) == {"DEP"} and bool(labels) and labels <= _SUBJECT_LABELS


def _raw_gate(attrs: dict, strings) -> list[tuple[int, frozenset[int]]]:
    """What a token must have to match one node of a raw pattern, as far as the gate checks: (column, string ids)."""
    out = []
    for name, value in attrs.items():
        if name.upper() not in _GATE_ATTRS:
            continue
        if isinstance(value, str):
            values = [value]
        elif isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
            values = value["IN"]
        else:
            continue  # other operators: left to the matcher
        out.append((_GATE_ATTRS.index(name.upper()), frozenset(strings.add(v) for v in values)))
    return out


class _Gate:
    """A raw pattern's gate (:func:`_raw_gate` per node, nodes :func:`_rarest_first`), as two tests on a sentence:
    every checked attribute's values must occur in its column (``singles``, in node order: the filed words first),
    and a node with several attributes needs one token that has them all (``joints``: the allowed value tuples of
    those columns, met against the sentence's own tuples of the same columns)."""

    __slots__ = ("singles", "joints")

    def __init__(self, nodes: list[list[tuple[int, frozenset[int]]]]) -> None:
        self.singles = [(col, values) for node in nodes for col, values in node]
        self.joints = []
        for node in nodes:
            if len(node) > 1:
                cols = tuple(col for col, _ in node)
                self.joints.append((cols, operator.itemgetter(*cols), frozenset(itertools.product(*(values for _, values in node)))))


def _gate_open(gate: _Gate, rows: list[list[int]], columns: list[set[int]], tuples: dict[tuple[int, ...], set[tuple[int, ...]]]) -> bool:
    """Can the pattern match? Only if every node has a token with all of its checked attributes.

    ``tuples``: per combination of gate columns, the sentence's value tuples; each is built the first time a node
    needs it and shared by the sentence's other gates."""
    for col, values in gate.singles:
        if values.isdisjoint(columns[col]):
            return False
    for cols, of_row, allowed in gate.joints:
        have = tuples.get(cols)
        if have is None:
            have = tuples[cols] = set(map(of_row, rows))
        if allowed.isdisjoint(have):
            return False
    return True


# What _TreeMatcher does of a raw pattern: these token attributes (their columns in doc_arrays' rows), each with one
# value or an {"IN": [...]} list, and these operators; a pattern with anything else runs in spaCy's DependencyMatcher.
_TREE_COLUMNS = {"LEMMA": 0, "LOWER": 1, "DEP": 2, "POS": 3, "TAG": 4}
_TREE_OPS = frozenset({">", "<", ">>"})


class _TreeMatcher:
    """One raw dependency pattern matched over the Doc's columns (:func:`doc_arrays`): the matches spaCy's
    DependencyMatcher with that one pattern gives, in its order, without a Token object or a token Matcher pass.

    As the DependencyMatcher does: each node's candidates are the tokens with all its attributes, grouped by the root
    of their tree (groups in the order of their first token); within a group the matches are the node-order
    combinations of candidates, ascending, that keep every relation (``>``: the right node is a child of the left,
    ``<``: its head, ``>>``: in its subtree); a token may stand for two nodes the relations do not tell apart."""

    __slots__ = ("edges", "match_id", "tests")

    def __init__(self, match_id: int, tests: list[tuple[tuple[int, frozenset[int]], ...]], edges: list[tuple[str, int]]) -> None:
        self.match_id = match_id
        self.tests = tests  # per node: (column, allowed ids) pairs
        self.edges = edges  # per node after the first: (operator, index of its LEFT_ID node)

    @classmethod
    def compile(cls, strings, key: str, nodes: list[dict]) -> _TreeMatcher | None:
        """None when the pattern needs what this class does not do (other attributes, value forms or operators)."""
        index = {node["RIGHT_ID"]: j for j, node in enumerate(nodes)}
        tests, edges = [], []
        for j, node in enumerate(nodes):
            node_tests = []
            for name, value in node.get("RIGHT_ATTRS", {}).items():
                if name not in _TREE_COLUMNS:
                    return None
                if isinstance(value, str):
                    values = [value]
                elif isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list) and all(isinstance(v, str) for v in value["IN"]):
                    values = value["IN"]
                else:
                    return None
                node_tests.append((_TREE_COLUMNS[name], frozenset(strings.add(v) for v in values)))
            tests.append(tuple(node_tests))
            if j:
                if node.get("REL_OP") not in _TREE_OPS or index.get(node.get("LEFT_ID"), j) >= j:
                    return None
                edges.append((node["REL_OP"], index[node["LEFT_ID"]]))
        return cls(strings.add(key), tests, edges)

    def __call__(self, doc: Doc) -> list[tuple[int, list[int]]]:
        rows, heads, _ = doc_arrays(doc)
        positions = []
        for node_tests in self.tests:
            if node_tests:
                (col, values), *more = node_tests  # one plain scan, then the few tokens left for each further test
                found = [i for i, row in enumerate(rows) if row[col] in values]
                for col, values in more:
                    found = [i for i in found if rows[i][col] in values]
            else:
                found = list(range(len(rows)))
            if not found:
                return []
            positions.append(found)
        roots = {}
        for i in sorted(set().union(*positions)):
            k = i
            for _ in range(len(heads)):
                if heads[k] == k:
                    break
                k = heads[k]
            roots[i] = k
        groups = list(dict.fromkeys(roots.values()))
        out = []
        for root in groups:
            grouped = positions if len(groups) == 1 else [[i for i in found if roots[i] == root] for found in positions]
            partial = [(i,) for i in grouped[0]]
            for (op, left), found in zip(self.edges, grouped[1:]):
                extended = []
                for match in partial:
                    lo = match[left]
                    if op == ">":
                        extended.extend(match + (i,) for i in found if heads[i] == lo and i != lo)
                    elif op == "<":
                        extended.extend(match + (i,) for i in found if heads[lo] != lo and i == heads[lo])
                    else:  # ">>"
                        extended.extend(match + (i,) for i in found if i != lo and in_subtree(i, lo, heads))
                partial = extended
                if not partial:
                    break
            out.extend((self.match_id, list(match)) for match in partial)
        return out


def _rarest_first(gate: list[list[tuple[int, frozenset[int]]]], common: frozenset[int] = frozenset()) -> list[list[tuple[int, frozenset[int]]]]:
    """Nodes that name words (lemmas, forms) first, those with the fewest words in ``common`` (string ids of stop
    words: "to", "be", "will") first, then fewest words first; label-only nodes (``nsubj``) last. A gate is filed
    under the words of its first node, so a common word there would send most sentences to it."""
    def rank(node: list[tuple[int, frozenset[int]]]) -> tuple[int, int, int]:
        words = [values for col, values in node if _GATE_ATTRS[col] != "DEP"]
        if not words:
            return (1, 0, 0)
        smallest = min(words, key=len)
        return (0, len(smallest & common), len(smallest))
    return sorted(gate, key=rank)


# conj15: an entry whose id ends so names the subject of the first of two conjoined clauses ("said Putin was addicted to
# power and was trying to break Moldova"); its "clause" node (the second) must have no subject of its own
SHARED_SUBJECT15 = ".shared_subject"


def _negated_node(tok: Token) -> bool:
    """A verb with a negation ("was not"), or a noun or adjective with one ("no crime", "not legal"); "no longer" is a
    change, not a negation."""
    return any(
        (c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in NEGATORS)) and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "longer")
        for c in tok.children
    )


def _raw_matches(doc: Doc, index: VerbIndex, actor_heads: dict[int, Token], trace: SentenceTrace | None, rows: list[list[int]]) -> Iterator[PatternMatch]:
    """``rows``: the Doc's _SENTENCE_COLUMNS, whose first columns are _GATE_COLUMNS."""
    if not index.dep_matchers:
        return
    # only the gates one of whose words the sentence has (a gate's first node names words when any node does)
    if not rows:
        return
    columns = [set(column) for column in itertools.islice(zip(*rows), len(_GATE_COLUMNS))]  # the gates read no POS
    numbers = set(index.gates_always)
    for col in (0, 1):  # LEMMA, LOWER
        by_id = index.gates_by_column[col]
        for value in by_id.keys() & columns[col]:  # a dict view iterates the smaller side
            numbers.update(by_id[value])
    if not numbers:
        return
    gates = index.raw_gates
    tuples: dict[tuple[int, ...], set[tuple[int, ...]]] = {}
    opened = [k for k in sorted(numbers) if _gate_open(gates[k], rows, columns, tuples)]
    # each pattern whose gate opened, alone (some node of every other has no token with its words or labels)
    for match_id, token_ids in (match for k in opened for match in index.dep_matchers[k](doc)):
        key = doc.vocab.strings[match_id]
        entry, names = index.raw[key]
        nodes = dict(zip(names, (doc[i] for i in token_ids)))
        anchor = nodes.get("anchor", doc[token_ids[0]])
        if key.endswith(INHERITED) and (anchor.dep_ not in ("conj", "xcomp", "advcl") or any(c.dep_ in _SUBJECT_LABELS or c.dep_ == "csubj" for c in anchor.children)):
            continue  # the variant without a source node is for an anchor with no subject of its own, that inherits one
        if entry.id.endswith(SHARED_SUBJECT15) and "clause" in nodes and any(c.dep_ in _SUBJECT_LABELS for c in nodes["clause"].children):
            continue  # conj15: a conjoined clause that shares the first one's subject has none of its own
        reason = blocked_reason(anchor)
        if reason == "negated (no longer)" and "longer" in nodes:
            reason = None  # a raw entry that names "no longer" itself codes the end of the act ("will no longer send weapons")
        if reason is None and not any(t.dep_ == "neg" or t.lower_ in NEGATORS for t in nodes.values()):
            # a node after the anchor negated, in a pattern that names no negation of its own ("will not hesitate to"):
            # "said the strike was not a violation", "said it was no crime"
            reason = next((f"negated: {t.text}" for n, t in nodes.items() if n not in ("anchor", "source", "target") and _negated_node(t)), None)
        refused = refusal(anchor, reason) if (reason is None and has_lower(doc, "out")) or (reason is not None and (reason == "negated" or reason.startswith("non-realised"))) else None  # intent13 (unblocked: only "ruled out")
        if refused is None and reason is not None and reason.startswith("modal ("):
            refused = conditional_warning(anchor, reason)  # plover15
        if reason is not None and refused is None:
            if trace is not None:
                trace.attempts.append(Attempt(entry.id, RAW_PATTERN.text, anchor.text, "blocked", reason))
            continue
        target = nodes.get("target")
        target_head = actor_heads.get(target.i) if target is not None else None
        words = tuple(sorted((t for n, t in nodes.items() if n not in ("source", "target")), key=lambda t: t.i))
        weight = sum(len(node.get("RIGHT_ATTRS", {})) for node in entry.dependency)
        yield PatternMatch(entry, RAW_PATTERN, -1, anchor, words, target_head, is_passive(anchor), refused, nodes.get("source"), weight)


def match_sentence(doc: Doc, index: VerbIndex, actor_heads: dict[int, Token], trace: SentenceTrace | None = None, tokens: list[Token] | None = None) -> Iterator[PatternMatch]:
    """Every pattern match in a sentence, with blocked anchors recorded in ``trace``."""
    tokens = tokens if tokens is not None else list(doc)
    rows = doc_arrays(doc)[0]
    yield from _raw_matches(doc, index, actor_heads, trace, rows)
    strings = doc.vocab.strings
    words_of = index.words_of
    if len(words_of) > 200_000:
        words_of.clear()
    pairs = [(row[0], row[1]) for row in rows]  # LEMMA, LOWER
    keys: list[tuple[str, ...]] = list(map(words_of.get, pairs))  # per token: its words (AnchorContext.of reads them)
    if None in keys:
        for k, words in enumerate(keys):
            if words is None:
                lemma, lower = pairs[k]
                form = strings[lower]
                words = keys[k] = words_of[pairs[k]] = (strings[lemma].lower(), form, *stems(form))
    vocabulary: set[str] = set().union(*keys)  # every lemma, lower-case form and stem of the sentence
    for i, row in enumerate(rows):
        if row[3] not in _ANCHOR_POS_IDS:
            continue
        token = tokens[i]
        # a pattern whose required words are not in the sentence cannot match: skipped without walking the tree
        candidates = index.screened(token, (row[0], row[1])).kept(vocabulary)
        if not candidates:
            continue
        reason = blocked_reason(token)
        if reason is not None and reason.startswith("a plea in court") and (pleas := [c for c in candidates if ".plea." in c[0].id]):
            candidates, reason = pleas, None  # lexicon14: the plea entries code the plea itself (coding/engine.py, _plea_court)
        token_mood = mood(token) if reason is None or reason.startswith("non-realised") else None
        if token_mood is None and (reason is not None or has_lower(doc, "out")):  # (unblocked, only "ruled out ...ing" is one)
            token_mood = refusal(token, reason)  # intent13: "would not resume talks with X", "refused to free X"
        if token_mood is None and reason is not None and reason.startswith("modal ("):
            token_mood = conditional_warning(token, reason)  # plover15: "may impose sanctions on X if ..."
        if token_mood is not None:
            reason = None
        if reason is not None:
            if trace is not None:
                for entry, _, pattern in candidates:
                    trace.attempts.append(Attempt(entry.id, pattern.text, token.text, "blocked", reason))
            continue
        ctx = AnchorContext.of(token, keys, tokens)
        for entry, k, pattern in candidates:
            found = match_pattern(pattern, ctx, actor_heads)
            if found is None:
                if trace is not None:
                    trace.attempts.append(Attempt(entry.id, pattern.text, token.text, "blocked", "words or target not found"))
                continue
            matched, target = found
            if target is None and pattern.has_target:
                target = _listed_member(matched, actor_heads)
            if (why := _not_an_act_on(pattern, token, target) or _denied_object(token, matched) or _recipient_investigated(entry.code, target) or _order_to_act(entry.code, token)) is not None:
                if trace is not None:
                    trace.attempts.append(Attempt(entry.id, pattern.text, token.text, "blocked", why))
                continue
            yield PatternMatch(entry, pattern, k, token, matched, target, is_passive(token), token_mood)


NO_DETERMINERS = {"no", "neither"}
SPANS_OF_YEARS = {"years", "decades"}


_NO_CONFIDENCE = hash_string("confidence")


def _denied_object(anchor: Token, matched: tuple[Token, ...]) -> str | None:
    """A pattern word, or a noun between it and the verb, under "no": "the two leaders announced no agreement on a
    ceasefire", "reached no deal with", "offered no aid to" deny the act the words name."""
    if len(matched) < 2:
        return None
    doc = anchor.doc
    rows, heads, _ = doc_arrays(doc)
    kids, ids = doc_children(doc), _ids(doc)  # labels and forms from the columns; a Token only for the reason
    n = len(rows)
    for word in matched[1:]:
        i = word.i
        for _ in range(6):
            if i == anchor.i or rows[i][3] in ids.verb_aux:
                break
            # (a hyphen after "no": "a no-fly zone"; the LOWER of "-" is "-", of no other token)
            # ("a motion of no confidence", "a no confidence vote": the name of a motion, no denial)
            if rows[i][1] != _NO_CONFIDENCE and any(rows[c][2] == ids.det and rows[c][1] in ids.no_determiners and not (c + 1 < n and rows[c + 1][1] == ids.hyphen) for c in kids[i]):
                return f"negated object (no {doc[i].text})"
            if rows[i][1] in ids.spans_of_years and i != word.i:
                # "Egypt, Ethiopia and Sudan held years of talks": a process of years, the story's background
                return f"a span of {doc[i].text} ({doc[i].text} of {word.text}), no event"
            if heads[i] == i:
                break
            i = heads[i]
    return None


# Verbs whose bare object is the party acted on itself, never a thing of it: "called Erdogan" is a phone call,
# "called Russia's bluff", "called off the visit", "called in the ambassador" are not.
PARTY_OBJECT_VERBS = {"call", "ring", "phone", "telephone"}


def bare_object(pattern: Pattern) -> bool:
    """Is the pattern `SOURCE verb TARGET`, the target the verb's own object?"""
    rest = pattern.rest
    return len(rest) == 1 and isinstance(rest[0], Slot) and rest[0].name == "TARGET"


def _not_an_act_on(pattern: Pattern, anchor: Token, target: Token | None) -> str | None:
    """Why a bare-object pattern (``SOURCE verb TARGET``) does not code its object, or None.

    A noun that names the object ("called Gondor a rogue state", "named him envoy") makes a naming, not an act on it.
    """
    if not bare_object(pattern):
        if anchor.lemma_.lower() == "call" and not (pattern.rest and isinstance(pattern.rest[0], Slot)) and any(c.dep_ == "dobj" for c in anchor.children) and (
            any(c.dep_ == "oprd" for c in anchor.children) or any(c.dep_ == "dobj" and any(t.is_quote for t in c.subtree) for c in anchor.children)
        ):
            # "calling the Israeli strikes 'genocidal'": a naming, not a call for a strike
            return "a naming (an object and a name for it), not a call for it"
        return None
    party = anchor.lemma_.lower() in PARTY_OBJECT_VERBS
    if party and any(c.dep_ == "oprd" for c in anchor.children) and any(c.dep_ == "dobj" or c.tag_ in ("WP", "WDT") for c in anchor.children if c.dep_ != "oprd"):
        # "whom he called a criminal", "what it called terrorist camps": the noun names the object, whatever it is
        return "a naming (an object and a name for it), not an act on it"
    if party and any(c.dep_ == "dobj" and any(t.is_quote for t in c.subtree) for c in anchor.children):
        # "called Starmer's fishing deal a 'surrender'", "called Russia's strike on Kyiv 'a terrorist act'": a quoted
        # name the parser hung inside the object
        return "a naming (an object and a quoted name for it), not an act on it"
    for c in anchor.children:
        if c.dep_ == "oprd" and (party or c.pos_ in ("NOUN", "PROPN")) and (target is None or c.i != target.i):
            return f"{c.text!r} names the object: a naming, not an act on it"
    if party and target is not None:
        for c in target.children:
            if c.dep_ == "appos" and c.i > target.i and not any(t.is_punct for t in target.doc[target.i + 1 : c.left_edge.i]):
                # "Trump called Zelensky a dictator", read as an appositive: no comma sets it off, so it names him
                return f"{c.text!r} names the object: a naming, not an act on it"
    if party:
        if any(c.dep_ == "prt" for c in anchor.children):
            return "a phrasal verb (" + next(c.text for c in anchor.children if c.dep_ == "prt") + ")"
        if target is not None and not (target.head.i == anchor.i and target.dep_ in ("dobj", "oprd", "dative", "nsubjpass")):
            return f"{target.text!r} is not the object itself"
    return None


# Verbs that make someone do what their "to" complement says, which news tells as done: "prompting Seoul to condemn
# the move", "forced Mexico to break relations"; the one made to act is the object (or the passive subject)
PROMPT_VERBS = {"prompt", "force", "compel", "spur", "lead", "drive"}


def _prompted_doer(verb: Token) -> Token | None:
    """The one a prompting verb made do ``verb`` ("prompted Mexico to break ...": Mexico; "Mexico was forced to
    break ...": Mexico), when ``verb`` is its "to" complement, else None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in PROMPT_VERBS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through conjunction, aspectual complements and relative clauses."""
    seen = 0
    came_from = None
    while seen < 6:
        seen += 1
        if (made := _prompted_doer(verb)) is not None:
            return made  # "prompting Seoul to condemn the move": Seoul condemned it
        passive = is_passive(verb)
        if passive:
            for child in verb.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return pobj
            if came_from is not None and came_from.dep_ == "conj" and came_from.head.i == verb.i and verb.dep_ == "ROOT" and not is_passive(came_from):
                # intent13: "Lee was sworn in ... and pledged to reopen dialogue": the active verb conjoined to a
                # passive main clause shares its grammatical subject, the one sworn in pledged (not in a reported
                # clause: "said shops had been attacked and lodged representations" is the parser's slip)
                return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and is_passive(verb.head):
                came_from, verb = verb, verb.head  # code14: "was arrested by police and released": the agent of the first
                continue
            if came_from is not None and came_from.dep_ == "xcomp" and verb.lemma_.lower() in RESOLVE_PASSIVES:
                # intent13: "Israel was determined to crush Hamas", "Kenya is committed to leading the mission" (the
                # parser's passive of an adjective of resolve): the one determined acts
                return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            return None
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return verb.head
                return child
        if verb.dep_ in ("conj", "xcomp", "acomp") and verb.head.i != verb.i:
            came_from, verb = verb, verb.head
            continue
        if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            verb = verb.head
            continue
        if (governor := _means_governor(verb)) is not None:
            verb = governor  # "Maduro responded by breaking relations": the subject of "responded"
            continue
        if verb.dep_ == "relcl" and verb.pos_ == "VERB" and (lead := next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")), None)) is not None:
            return lead  # "a charge the Taliban deny": the parser reads the relative clause's subject as a compound
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and verb.tag_ == "VBD":
            return verb.head  # "The G7 called on …" parsed as a noun phrase with a participle: the noun is the subject
        if _participle_as_main_verb(verb):
            return verb.head
        return None
    return None


def conjuncts(head: Token) -> list[Token]:
    """`Arnor and Gondor` → [Arnor, Gondor]; `Arnor, the Gondorians, Rohan and Dale` (a list the parser may read
    as an appositive) → all four."""
    out = [head]
    doc = head.doc  # (the labels and children from the Doc's columns: a Token only for a conjunct)
    kids, (dep_of, pos_of, _) = doc_children(doc), doc_labels(doc)
    children = kids[head.i]
    has_conj = any(dep_of[c] == "conj" for c in children)
    for c in children:
        if dep_of[c] == "conj" and pos_of[c] in ("PROPN", "NOUN", "PRON", "ADJ"):
            out.extend(conjuncts(doc[c]))
        elif dep_of[c] == "appos" and pos_of[c] == "PROPN" and (has_conj or any(dep_of[d] == "conj" for d in kids[c])):
            out.extend(conjuncts(doc[c]))
    return out


# --- quote12: split quotations (twelfth session) --------------------------------------------------------------------
QUOTE_TEXTS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def repair_split_quote(doc) -> bool:
    """Mend a split quotation ('"We will respond," Zelensky said, "with force."', '"We are ready," Araqchi said, "to
    resume talks."'): the small model makes the first half the root and hangs the verb of saying on it as parataxis, the
    second half's words on the verb of saying. The verb of saying becomes the root, the first half its quoted clause
    (ccomp), as in '"We will respond with force," Zelensky said', and the words after the second opening quotation
    mark go back to the quoted clause. Returns whether the parse changed."""
    changed = False
    for said in [t for t in labelled(doc, ("parataxis", "ROOT"), ("VERB",)) if t.dep_ in ("parataxis", "ROOT") and t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"]:
        if said.dep_ == "ROOT":
            # the first half already the verb of saying's clause, the second half's words still on the verb of saying
            clause = next((c for c in said.lefts if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
            if clause is None:
                continue
        else:
            clause = said.head
            if clause.dep_ != "ROOT" or clause.i > said.i or clause.pos_ not in ("VERB", "AUX"):
                continue
        if not any(t.text in QUOTE_TEXTS for t in doc[clause.i + 1 : said.i]):
            continue
        reopen = next((t.i for t in doc[said.i + 1 :] if t.text in QUOTE_TEXTS), None)
        if reopen is None:
            continue
        rest = [c for c in said.children if c.i > reopen and not c.is_punct]
        if not rest:
            continue
        said.head = said
        said.dep_ = "ROOT"
        clause.head = said
        clause.dep_ = "ccomp"
        ready = next((k for k in clause.children if k.dep_ == "acomp"), None)
        for c in rest:
            # '"We are ready," Araqchi said, "to resume talks"': an infinitive goes on the adjective, as in "ready to"
            c.head = ready if ready is not None and c.dep_ == "xcomp" else clause
        changed = True
    if changed:
        forget_parse_views(doc)
    return changed
