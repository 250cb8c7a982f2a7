"""spaCy's attribute ruler, compiled into table lookups: the same annotation at a fraction of the cost.

In en_core_web_sm the ``attribute_ruler`` maps each token's fine tag (and, for a few dozen words, its lower-case
form or dependency label) to its coarse part of speech, morphology and some lemmas. spaCy runs it as a token
``Matcher`` with ~180 patterns, and on news sentences that costs about a fifth of the whole parse (more than the
parser itself; ``bench/run.py`` and docs/performance.md give the figures). Nearly every pattern reads only one
token's tag, lower-case form, dependency label and whitespace flag, so the answer for a token depends on those four
values alone: :class:`CompiledRuler` works it out once per distinct 4-tuple and looks it up after that. The few
patterns that span two tokens ("gon na", "there is") are checked where their first token can start one.

The outcome is the ruler's own, token for token: patterns apply in the order they were added, the later winning
(spaCy sorts a Doc's matches by pattern number before it writes them), every predicate reads the values from before
any is written, and a pattern whose index points into a longer match writes to that token.
``tests/test_rules.py`` compares both on every attribute the pipeline writes. A ruler with a pattern shape this
module does not know (an operator, another attribute) is not compiled: :func:`compile_ruler` returns None and the
Coder runs spaCy's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# what a predicate may read, in the order of the lookup key
_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]
# what the fast path writes as whole columns; any other attribute is written token by token
_COLUMNS = (POS, MORPH, LEMMA)

Predicate = Callable[[tuple], bool]  # over (tag, lower, dep, is_space) as strings and a bool
Bucket = tuple[int, frozenset] | None  # (key position, values) a token must have one of to match; None: not known


def _value_test(spec) -> Callable[[object], bool] | None:
    if isinstance(spec, (str, bool)):
        return lambda v, spec=spec: v == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda v: isinstance(v, str) and pattern.search(v) is not None
    return None


def _values(spec) -> frozenset | None:
    """The values a one-attribute spec admits, when it names them (an equality or ``IN``); None otherwise."""
    if isinstance(spec, (str, bool)):
        return frozenset([spec])
    if isinstance(spec, dict) and len(spec) == 1 and "IN" in spec:
        return frozenset(spec["IN"])
    return None


def _bucket(spec: dict) -> Bucket:
    """(key position, values) of the attribute a token must have one of for ``spec`` to match: its lower-case form
    when it names forms, else its tag, else its label; None when it names none (the spec is tried on every key)."""
    named = {name.upper(): _values(value) for name, value in spec.items()}
    for name in ("LOWER", "TAG", "DEP"):
        if named.get(name) is not None:
            return _KEY_ATTRS.index(name), named[name]
    return None


def _token_test(spec: dict) -> Predicate | None:
    tests = []
    for name, value in spec.items():
        name = name.upper()
        if name not in _KEY_ATTRS:
            return None
        test = _value_test(value)
        if test is None:
            return None
        tests.append((_KEY_ATTRS.index(name), test))
    return lambda key: all(test(key[k]) for k, test in tests)


class CompiledRuler:
    """Applies an ``AttributeRuler``'s patterns to a Doc by lookup. Build it with :func:`compile_ruler`."""

    def __init__(self, vocab, single: list[tuple[int, Predicate, Bucket]], multi: list[tuple[int, list[Predicate], int]], attrs: Sequence[dict]) -> None:
        self.vocab = vocab
        # the one-token patterns (pattern number, test) by a value their token must have (most name a tag or a form),
        # and those that name none: a new key is tested against a handful of patterns instead of all ~180
        self._by_value: dict[tuple[int, object], list[tuple[int, Predicate]]] = {}
        self._unbucketed: list[tuple[int, Predicate]] = []
        for number, test, bucket in single:
            if bucket is None:
                self._unbucketed.append((number, test))
            else:
                position, values = bucket
                for value in values:
                    self._by_value.setdefault((position, value), []).append((number, test))
        self._multi = multi  # (pattern number, tests of the tokens in order, index of the token written)
        self._attrs = attrs  # per pattern number: {attribute id: value}, as spaCy normalised them
        self._memo: dict[tuple, tuple] = {}  # key hashes → (merged column writes, other writes, multi starting here)
        self._next: dict[tuple, bool] = {}  # (multi number, position, key hashes) → does that token match

    def _entry(self, hashes: tuple) -> tuple:
        strings = self.vocab.strings
        key = (strings[hashes[0]], strings[hashes[1]], strings[hashes[2]], bool(hashes[3]))
        candidates = [*self._unbucketed, *(c for position in (0, 1, 2) for c in self._by_value.get((position, key[position]), ()))]
        numbers = sorted({n for n, test in candidates if test(key)})
        columns: dict[int, int] = {}
        others: list[int] = []
        for n in numbers:
            for attr, value in self._attrs[n].items():
                if attr in _COLUMNS:
                    columns[attr] = value
            if any(attr not in _COLUMNS for attr in self._attrs[n]):
                others.append(n)
        starts = tuple(k for k, (_, tests, _) in enumerate(self._multi) if tests[0](key))
        entry = (tuple((_COLUMNS.index(attr), value) for attr, value in columns.items()), tuple(numbers), tuple(others), starts)
        self._memo[hashes] = entry
        return entry

    def _matches_at(self, k: int, i: int, rows: list[tuple]) -> bool:
        _, tests, _ = self._multi[k]
        if i + len(tests) > len(rows):
            return False
        for pos in range(1, len(tests)):
            hashes = rows[i + pos]
            memo_key = (k, pos, hashes)
            hit = self._next.get(memo_key)
            if hit is None:
                strings = self.vocab.strings
                key = (strings[hashes[0]], strings[hashes[1]], strings[hashes[2]], bool(hashes[3]))
                hit = self._next[memo_key] = tests[pos](key)
            if not hit:
                return False
        return True

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        rows = list(map(tuple, doc.to_array(_KEY_IDS).tolist()))
        memo = self._memo
        entries = [memo.get(h) or self._entry(h) for h in rows]
        # two-token patterns, and one-token patterns that write more than the columns: token by token, in order
        slow: dict[int, list[int]] = {}
        for i, entry in enumerate(entries):
            if entry[2]:
                slow.setdefault(i, []).extend(entry[1])
            for k in entry[3]:
                if self._matches_at(k, i, rows):
                    number, tests, index = self._multi[k]
                    target = i + index if index >= 0 else i + len(tests) + index
                    slow.setdefault(target, list(entries[target][1])).append(number)
        columns = doc.to_array(list(_COLUMNS))
        for i, entry in enumerate(entries):
            if i not in slow:
                for col, value in entry[0]:  # (column number, value), worked out once per distinct token
                    columns[i, col] = value
        doc.from_array(list(_COLUMNS), columns)
        for i, numbers in slow.items():
            token = doc[i]
            for number in sorted(set(numbers)):
                set_token_attrs(token, self._attrs[number])
        return doc


def compile_ruler(ruler) -> CompiledRuler | None:
    """A :class:`CompiledRuler` doing what ``ruler`` (spaCy's ``AttributeRuler``) does, or None when one of its
    patterns has a shape that cannot be compiled."""
    single: list[tuple[int, Predicate, Bucket]] = []
    multi: list[tuple[int, list[Predicate], int]] = []
    for number, pattern in enumerate(ruler.patterns):
        for alternative in pattern["patterns"]:
            tests = [_token_test(spec) for spec in alternative]
            if not tests or any(t is None for t in tests):
                return None
            index = pattern["index"]
            if not -len(tests) <= index < len(tests):
                return None
            if len(tests) == 1:
                single.append((number, tests[0], _bucket(alternative[0])))
            else:
                multi.append((number, tests, index))  # type: ignore[arg-type]
    return CompiledRuler(ruler.vocab, single, multi, list(ruler.attrs))


class CompiledLemmatizer:
    """spaCy's rule lemmatizer by lookup: a token's lemma depends on its form, part of speech and morphology alone
    (spaCy caches it under that key too), so it is worked out once per triple and written as one column."""

    _LIMIT = 500_000  # distinct triples remembered; then the memo starts again

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array(_LEMMA_KEYS)
        memo = self._memo
        if len(memo) > self._LIMIT:
            memo.clear()
        overwrite = self.lemmatizer.overwrite
        strings = doc.vocab.strings
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            new = memo.get((orth, pos, morph))
            if new is None:
                new = memo[(orth, pos, morph)] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            rows[i, 3] = new
            changed = True
        if changed:
            doc.from_array([LEMMA], rows[:, 3:4])
        return doc


_LEMMA_KEYS = [ORTH, POS, MORPH, LEMMA]


def compile_lemmatizer(lemmatizer) -> CompiledLemmatizer | None:
    """A :class:`CompiledLemmatizer` for spaCy's rule-mode ``Lemmatizer`` (and its language subclasses that only
    change ``is_base_form``), else None."""
    from spacy.pipeline import Lemmatizer

    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return None
    if type(lemmatizer).__call__ is not Lemmatizer.__call__ or type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize:
        return None  # a subclass that lemmatizes its own way (overriding ``is_base_form`` alone is fine: it reads POS and morphology)
    if not lemmatizer._validated:
        lemmatizer._validate_tables()
    return CompiledLemmatizer(lemmatizer)
