"""What a codebook edit can touch: the basis of incremental recodes.

A recode after a one-line edit need not code every article again. An edit to a verb entry can change the events of
an article only if the article has a parsed word that can anchor one of the entry's patterns (old or new); an edit to
an actor, agent or place only if one of its names occurs in the article's text; an edit to an action only where an
event of that code was or could be coded. This module computes, for a codebook, a *footprint*: every unit the engine
reads (verb entries, actor records by kind, actions, and the rest as one global unit), each with a digest of exactly
what the engine reads of it and the words through which it can reach an article. Comparing two footprints gives a
:class:`Change`; :meth:`Change.touches` says whether an article must be coded again.

The test is conservative by construction: every check is a necessary condition of a match (an anchor's lemma or form,
a dictionary phrase as a substring of the article's folded letters and digits), so it may send an article to the
coder that comes out the same, never the other way. ``tests/test_recode_incremental.py`` checks that an incremental
recode writes exactly the rows of a full one for edits of every kind.

Pure: no I/O. The footprint is plain JSON data, so a run can keep it beside its output.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from spacy.symbols import IDS as _SYMBOLS
from spacy.tokens import Doc

from coding.actors import agent_forms, fold
from coding.codebook.model import Codebook, VerbEntry
from coding.patterns import stems
from coding.verbs import ANCHOR_POS, doc_arrays

FOOTPRINT_VERSION = 5
_ANCHOR_POS_IDS = tuple(sorted(_SYMBOLS[p] for p in ANCHOR_POS))
_WORD_KEYS = ("LEMMA", "LOWER", "ORTH", "TEXT", "NORM")


def doc_words(doc: Doc) -> tuple[set[str], set[str]]:
    """The lemmas and lower-case forms of a parsed Doc: all of them (what a raw dependency pattern can name), and
    those of the tokens that can anchor a pattern (:data:`coding.verbs.ANCHOR_POS`)."""
    if not len(doc):
        return set(), set()
    strings = doc.vocab.strings
    rows = doc_arrays(doc)[0]  # LEMMA, LOWER, DEP, POS ids, read once per Doc for the matcher too
    every_ids = {row[0] for row in rows}
    every_ids.update(row[1] for row in rows)
    anchor_pos = _ANCHOR_POS_IDS
    anchor_ids = {row[0] for row in rows if row[3] in anchor_pos}
    anchor_ids.update(row[1] for row in rows if row[3] in anchor_pos)
    if len(_LOWERED) > 200_000:
        _LOWERED.clear()
    lowered = _LOWERED
    for h in every_ids.difference(lowered):
        lowered[h] = strings[h].lower()
    return set(map(lowered.__getitem__, every_ids)), set(map(lowered.__getitem__, anchor_ids))


_LOWERED: dict[int, str] = {}  # string id → the string in lower case (ids are hashes of the text: any vocab agrees)


_NOT_ALNUM = re.compile(r"[\W_]+")


def letters(text: str) -> str:
    """Folded (lower case, no diacritics) letters and digits of a text, all else dropped.

    Every dictionary match of :class:`coding.actors.ActorIndex` is a run of folded tokens, so the letters of a phrase
    that matches are a substring of the letters of the text.
    """
    if text.isascii():
        return _NOT_ALNUM.sub("", text.lower())
    return _NOT_ALNUM.sub("", fold(text))


def _digest(obj) -> str:
    """A digest of plain data (str, numbers, dates, None, tuples, lists and dicts of them): their repr is stable."""
    return hashlib.blake2b(repr(obj).encode(), digest_size=8).hexdigest()


def _raw_words(nodes: Iterable[dict]) -> list[str] | None:
    """Words one node of a raw dependency pattern requires; None if no node names words.

    The anchor's words when it names any (the verb the pattern hangs on), else those of the node with the fewest,
    a node of function words alone (`in`, `on`, `against`: in nearly every article) only when no other names words.
    Any one node is a necessary condition; the most selective one keeps a recode from reaching every article.
    """
    named: list[tuple[bool, bool, int, list[str]]] = []
    for node in nodes:
        attrs = node.get("RIGHT_ATTRS", {})
        for key in _WORD_KEYS:
            value = attrs.get(key)
            if isinstance(value, str):
                options = [value]
            elif isinstance(value, dict) and isinstance(value.get("IN"), list) and value["IN"]:
                options = [str(v) for v in value["IN"]]
            else:
                continue
            options = sorted({o.lower() for o in options})
            function_only = all(o in _FUNCTION_WORDS for o in options)
            named.append((node.get("RIGHT_ID") != "anchor", function_only, len(options), options))
    if not named:
        return None
    return min(named, key=lambda n: (n[1], n[0], n[2]))[3]


_FUNCTION_WORDS = frozenset(
    "a an the in on at to of for from with by against into onto over under about after before between among "
    "through across near off out up down and or but that this these those it its their his her".split()
)


def _verb_unit(entry: VerbEntry) -> dict:
    """A verb entry: the digest of what applies to all its patterns, and each pattern with its anchor words."""
    raw: list[str] | None = []
    if entry.dependency:
        raw = _raw_words(entry.dependency)
    content = [entry.id, entry.code, list(entry.dependency or ()), entry.symmetric]
    return {
        "id": entry.id,
        "digest": _digest(content),
        "code": entry.code,
        "patterns": [[p.text, sorted(p.anchor.options) if p.anchor.options else None] for p in entry.patterns],
        "raw": raw,  # words of the raw dependency pattern (all parts of speech); None: it names none
    }


def _terms(*groups: Iterable[str]) -> list[str]:
    return sorted({t for g in groups for t in (letters(x) for x in g) if t})


_MEMO: dict[str, dict] = {}


def footprint(codebook: Codebook, reuse: Mapping | None = None) -> dict:
    """The footprint of a codebook (JSON data): see the module docstring. Computed once per codebook hash.

    ``reuse``: the footprint of another codebook, whose units are taken over for every file whose data is the same in
    both (a recode after a one-line edit computes the units of one file, not of some 3,000 records)."""
    found = _MEMO.get(codebook.hash)
    if found is None:
        found = _MEMO[codebook.hash] = _footprint(codebook, reuse)
    return found


def _units(kind: str, records: Iterable, unit_of, codebook: Codebook, reuse: Mapping | None, spans: dict[str, list]) -> list[dict]:
    """The units of ``records`` in codebook order, each file's run of them taken from ``reuse`` when that file is
    unchanged; ``spans[kind]`` records the runs as [file, occurrence, start, end]."""
    old_spans: dict[tuple[str, int], tuple[int, int]] = {}
    old_units: list[dict] = []
    same: set[str] = set()
    if reuse is not None and reuse.get("version") == FOOTPRINT_VERSION:
        old_units = reuse["verbs"] if kind == "verbs" else reuse["actors"].get(kind, [])
        old_spans = {(f, k): (a, b) for f, k, a, b in reuse["spans"].get(kind, ())}
        same = {f for f, h in codebook.file_hashes.items() if reuse["files"].get(f) == h}
    units: list[dict] = []
    runs: list[list] = spans.setdefault(kind, [])
    seen: dict[str, int] = {}
    run: list = []
    for record in [*records, None]:
        if run and (record is None or record.where.file != run[0].where.file):
            file = run[0].where.file
            k = seen[file] = seen.get(file, -1) + 1
            start = len(units)
            old = old_spans.get((file, k)) if file in same else None
            if old is not None and old[1] - old[0] == len(run):
                units.extend(old_units[old[0] : old[1]])
            else:
                units.extend(unit_of(r) for r in run)
            runs.append([file, k, start, len(units)])
            run = []
        if record is not None:
            run.append(record)
    return units


def _country_unit(c) -> dict:
    content = [c.code, c.name, c.aliases, c.adjectives, c.demonyms, c.capitals, c.cities]
    return {"digest": _digest(content), "terms": _terms([c.name], c.aliases, c.adjectives, c.demonyms, c.capitals, c.cities)}


def _org_unit(o) -> dict:
    content = [o.code, o.name, o.aliases, o.country, o.role, o.kind]
    return {"digest": _digest(content), "terms": _terms([o.name], o.aliases)}


def _person_unit(p) -> dict:
    content = [p.name, p.aliases, [(r.code, r.since, r.until) for r in p.roles]]
    return {"digest": _digest(content), "terms": _terms([p.name], p.aliases)}


def _agent_unit(a) -> dict:
    return {"digest": _digest([a.term, a.role]), "terms": _terms(agent_forms(a.term))}


def _footprint(codebook: Codebook, reuse: Mapping | None = None) -> dict:
    spans: dict[str, list] = {}
    actors = {
        "country": _units("country", codebook.countries, _country_unit, codebook, reuse, spans),
        "org": _units("org", codebook.organizations, _org_unit, codebook, reuse, spans),
        "person": _units("person", codebook.people, _person_unit, codebook, reuse, spans),
        "agent": _units("agent", codebook.agents, _agent_unit, codebook, reuse, spans),
    }
    actions = {code: _digest([a.name, a.goldstein, a.quad_class, a.plover_event, a.plover_mode]) for code, a in codebook.actions.items()}
    filters = [[f.id, f.scope, f.terms] for f in codebook.filters]
    return {
        "version": FOOTPRINT_VERSION,
        "codebook_hash": codebook.hash,
        "global": _digest([codebook.name, filters]),
        "verbs": _units("verbs", codebook.verbs, _verb_unit, codebook, reuse, spans),
        "actors": actors,
        "actions": actions,
        "verdicts": {v.id: [v.code, sorted(v.words)] for v in codebook.verdicts},
        "files": dict(codebook.file_hashes),
        "spans": spans,
    }


@dataclass
class Change:
    """What differs between two footprints, as the articles it can reach."""

    everything: bool = False
    anchors: set[str] = field(default_factory=set)  # anchors of changed patterns: looked up among anchor words
    words: set[str] = field(default_factory=set)  # words of changed raw dependency patterns: among all words
    terms: set[str] = field(default_factory=set)  # letters of names of changed actors
    codes: set[str] = field(default_factory=set)  # changed actions: articles with an event of one are recoded
    reasons: list[str] = field(default_factory=list)
    # word → does one of its suffix stems meet ``anchors`` (``words``)? Filled by :meth:`touches`; the sets must not
    # change once it has been called
    _stemmed_anchors: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    _stemmed_words: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    @property
    def nothing(self) -> bool:
        return not (self.everything or self.anchors or self.words or self.terms or self.codes)

    def touches(self, words: Iterable[str] | None, anchors: Iterable[str] | None, text: str, codes: Iterable[str] = ()) -> bool:
        """Must an article be recoded? ``words`` and ``anchors`` are those of its parsed sentences
        (:func:`doc_words`), ``text`` its text, ``codes`` the actions of its old events.

        ``words`` or ``anchors`` None: they were not kept, so the article is recoded.
        """
        if self.everything or words is None or anchors is None:
            return True
        if self.codes and not self.codes.isdisjoint(codes):
            return True
        for wanted, have, stemmed in ((self.anchors, anchors, self._stemmed_anchors), (self.words, words, self._stemmed_words)):
            if not wanted:
                continue
            have = set(have)
            if not wanted.isdisjoint(have):
                return True
            # the engine also looks an anchor up by the suffix stems of a form ("staged" → "stage"); the answer per
            # word is kept, since the articles of a corpus share most of their words
            for w in have:
                hit = stemmed.get(w)
                if hit is None:
                    hit = stemmed[w] = not wanted.isdisjoint(stems(w))
                if hit:
                    return True
        if self.terms:
            folded = letters(text)
            if any(t in folded for t in self.terms):
                return True
        return False


def _moved(old: list[str], new: list[str]) -> set[str]:
    """Keys present in both sequences whose relative order changed (outside a longest common ordered run)."""
    if old == new:
        return set()  # every key's last position is the same in both: that run is increasing and holds them all
    common = set(old) & set(new)
    position = {k: i for i, k in enumerate(old) if k in common}
    seq = [k for k in new if k in common]
    # longest increasing subsequence of old positions, in the order of `new`
    tails: list[int] = []
    tail_keys: list[int] = []
    parent: list[int] = [-1] * len(seq)
    for j, k in enumerate(seq):
        p = position[k]
        i = bisect_left(tails, p)
        if i == len(tails):
            tails.append(p)
            tail_keys.append(j)
        else:
            tails[i] = p
            tail_keys[i] = j
        parent[j] = tail_keys[i - 1] if i else -1
    keep: set[str] = set()
    j = tail_keys[-1] if tail_keys else -1
    while j >= 0:
        keep.add(seq[j])
        j = parent[j]
    return common - keep


def _keys(units: list[dict]) -> list[str]:
    """A unit's key is its digest, numbered when the same content occurs twice."""
    return _numbered([u["digest"] for u in units])


def _changed(old: list[dict], new: list[dict]) -> list[dict]:
    """Units added, removed or moved relative to the others (the engine's tie-breaks follow codebook order)."""
    if old == new:
        return []  # the same keys in the same order (a recode's new footprint shares the unchanged files' units)
    old_keys, new_keys = _keys(old), _keys(new)
    gone, added = set(old_keys) - set(new_keys), set(new_keys) - set(old_keys)
    moved = _moved(old_keys, new_keys)
    by_key = {**dict(zip(old_keys, old)), **dict(zip(new_keys, new))}
    return [by_key[k] for k in sorted(gone | added | moved)]


def _whole(unit: dict, change: Change) -> bool:
    """Add every word through which a verb entry can reach an article. False: some can reach any article."""
    if unit["raw"] is None:
        return False
    change.words.update(unit["raw"])
    for _, anchors in unit["patterns"]:
        if anchors is None:
            return False
        change.anchors.update(anchors)
    return True


def _verb_changes(old: list[dict], new: list[dict], codes: set[str], change: Change) -> bool:
    """Add the words of changed verb entries and patterns to ``change``. False: a change can reach any article.

    An entry added, removed, moved among the others, or changed in its code, id or raw pattern counts whole; in an
    entry otherwise the same, only the patterns added, removed or moved among its patterns count.
    """
    old_keys = [f"{u['id']}\x1f{u['digest']}" for u in old]
    new_keys = [f"{u['id']}\x1f{u['digest']}" for u in new]
    whole = (set(old_keys) ^ set(new_keys)) | _moved(old_keys, new_keys)
    by_key_old, by_key_new = dict(zip(old_keys, old)), dict(zip(new_keys, new))
    n = 0
    for key in sorted(whole):
        for unit in (by_key_old.get(key), by_key_new.get(key)):
            if unit is not None:
                n += 1
                if not _whole(unit, change):
                    return False
    for key in sorted(set(old_keys) & set(new_keys) - whole):
        a, b = by_key_old[key], by_key_new[key]
        if a["code"] in codes:  # its action changed: every event it codes changes
            n += 1
            if not _whole(b, change):
                return False
            continue
        if a["patterns"] == b["patterns"]:
            continue
        # a pattern's position counts only relative to the entry's other patterns
        old_p, new_p = _numbered([t for t, _ in a["patterns"]]), _numbered([t for t, _ in b["patterns"]])
        touched = (set(old_p) ^ set(new_p)) | _moved(old_p, new_p)
        n += 1
        for keys, unit in ((old_p, a), (new_p, b)):
            for key_p, (_, anchors) in zip(keys, unit["patterns"]):
                if key_p in touched:
                    if anchors is None:
                        return False
                    change.anchors.update(anchors)
    if n:
        change.reasons.append(f"{n} verb entr(y/ies) changed")
    return True


def _numbered(texts: list[str]) -> list[str]:
    """Each text with its occurrence number (``text#0``, ``text#1`` …): repeated texts stay apart as keys."""
    seen: dict[str, int] = {}
    out = []
    for t in texts:
        k = seen.get(t, 0)
        seen[t] = k + 1
        out.append(f"{t}#{k}")
    return out


def compare(old: Mapping | None, new: Mapping) -> Change:
    """What an article must show to be touched by going from codebook footprint ``old`` to ``new``."""
    change = Change()
    if old is None or old.get("version") != new.get("version"):
        change.everything = True
        change.reasons.append("the run kept no footprint of its codebook, or one of an older format")
        return change
    if old["global"] != new["global"]:
        change.everything = True
        change.reasons.append("codebook name or filters changed")
        return change
    old_verdicts, new_verdicts = old.get("verdicts", {}), new.get("verdicts", {})
    changed = [k for k in set(old_verdicts) | set(new_verdicts) if old_verdicts.get(k) != new_verdicts.get(k)]
    if changed:
        # a verdict's words, as they were and as they are: found among an article's words (lemmas)
        for k in changed:
            for was in (old_verdicts.get(k), new_verdicts.get(k)):
                change.words.update(was[1] if was else ())
        change.reasons.append(f"{len(changed)} verdict(s) changed")
    codes = {c for c in set(old["actions"]) | set(new["actions"]) if old["actions"].get(c) != new["actions"].get(c)}
    if codes:
        change.codes |= codes
        change.reasons.append(f"{len(codes)} action(s) changed")
    if not _verb_changes(old["verbs"], new["verbs"], codes, change):
        change.everything = True
        change.reasons.append("a changed verb pattern has an anchor that is not a word")
        return change
    for kind in sorted(set(old["actors"]) | set(new["actors"])):
        units = _changed(old["actors"].get(kind, []), new["actors"].get(kind, []))
        for unit in units:
            change.terms.update(unit["terms"])
        if units:
            change.reasons.append(f"{len(units)} {kind} record(s) changed")
    return change
