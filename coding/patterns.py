"""Parse the one-line verb patterns of the codebook (``SOURCE call on TARGET to negotiate|talk``).

The grammar is documented in ``codebooks/README.md``. Parsing is pure and fast; matching lives in ``coding.verbs``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

SLOTS = ("SOURCE", "TARGET")
_WORD = re.compile(r"^[^\W\d_A-Z][^\W_A-Z]*(?:['\-\.][^\W_A-Z]*)*\.?$")


class PatternSyntaxError(ValueError):
    """A pattern that cannot be parsed. ``col`` is the 1-based column in the pattern string."""

    def __init__(self, message: str, col: int, pattern: str) -> None:
        super().__init__(message)
        self.message = message
        self.col = col
        self.pattern = pattern

    def __str__(self) -> str:
        return f"{self.message} (column {self.col} of {self.pattern!r})"


@functools.lru_cache(maxsize=100_000)
def stems(word: str) -> frozenset[str]:
    """Candidate base forms of an inflected English word, by suffix rules: `staged` → {stage, stag}."""
    out: set[str] = set()
    if len(word) > 4 and word.endswith("ied"):
        out.add(word[:-3] + "y")
    if len(word) > 3 and word.endswith("ed"):
        out.update((word[:-1], word[:-2]))
        if len(word) > 5 and word[-3] == word[-4]:
            out.add(word[:-3])  # stopped → stop
    if len(word) > 5 and word.endswith("ing"):
        out.update((word[:-3], word[:-3] + "e"))
        if word[-4] == word[-5]:
            out.add(word[:-4])  # stopping → stop
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        out.add(word[:-1])
        if word.endswith("es"):
            out.add(word[:-2])
        if word.endswith("ies"):
            out.add(word[:-3] + "y")
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Word:
    """One pattern word: a set of alternative lemmas (or exact forms) that may be optional."""

    options: frozenset[str]
    exact: bool = False
    optional: bool = False

    def matches(self, lemma: str, lower: str) -> bool:
        """An exact word matches its form; any other its lemma, its form, or a stem of its form.

        The stems make up for the small model's lemma slips ("staged" → "stag", "fined" → "fin").
        """
        if self.exact:
            return lower in self.options
        return lemma in self.options or lower in self.options or not self.options.isdisjoint(stems(lower))


@dataclass(frozen=True, slots=True)
class Slot:
    name: str  # SOURCE | TARGET


Element = Word | Slot


@dataclass(frozen=True, slots=True)
class Pattern:
    text: str
    anchor: Word
    rest: tuple[Element, ...]  # the elements after the anchor, in order
    has_source: bool
    has_target: bool

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(e for e in self.rest if isinstance(e, Word))


def _parse_word(token: str, col: int, pattern: str) -> Word:
    optional = False
    if token.startswith("["):
        if not token.endswith("]"):
            raise PatternSyntaxError("an optional word opened with '[' is not closed with ']'", col, pattern)
        optional, token = True, token[1:-1]
    elif token.endswith("]"):
        raise PatternSyntaxError("']' closes an optional word that was never opened", col + len(token) - 1, pattern)
    if token.startswith("(") and token.endswith(")"):
        token = token[1:-1]
    exact = token.startswith("=")
    if exact:
        token = token[1:]
    options = token.split("|")
    for opt in options:
        if not opt:
            raise PatternSyntaxError("an empty alternative ('||', or '|' at an edge)", col, pattern)
        if opt in SLOTS:
            raise PatternSyntaxError(f"{opt} cannot be an alternative or optional", col, pattern)
        if not _WORD.match(opt):
            raise PatternSyntaxError(
                f"{opt!r} is not a word: write lower-case letters (with ' - .), 'a|b' for alternatives, "
                "'[a]' for an optional word, '=form' for an exact form",
                col,
                pattern,
            )
    return Word(options=frozenset(options), exact=exact, optional=optional)


def _is_anchor_position(elements: list) -> bool:
    """Is the next element the anchor? Then `target` is the verb ("SOURCE target TARGET"), not a slot typed low."""
    return not elements or (len(elements) == 1 and isinstance(elements[0], Slot) and elements[0].name == "SOURCE")


def parse_pattern(pattern: str) -> Pattern:
    """Parse one pattern line; raise :class:`PatternSyntaxError` with a column on any problem."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise PatternSyntaxError("a pattern is an empty string", 1, str(pattern))
    tokens: list[tuple[str, int]] = [(m.group(), m.start() + 1) for m in re.finditer(r"\S+", pattern)]
    elements: list[Element] = []
    seen: set[str] = set()
    for token, col in tokens:
        if token in SLOTS:
            if token in seen:
                raise PatternSyntaxError(f"{token} appears twice", col, pattern)
            seen.add(token)
            elements.append(Slot(token))
        elif token.upper() in SLOTS and not (token == token.lower() and _is_anchor_position(elements)):
            raise PatternSyntaxError(f"write the slot {token!r} in capitals: {token.upper()}", col, pattern)
        else:
            elements.append(_parse_word(token, col, pattern))
    has_source = "SOURCE" in seen
    if has_source and not (isinstance(elements[0], Slot) and elements[0].name == "SOURCE"):
        col = next(c for t, c in tokens if t == "SOURCE")
        raise PatternSyntaxError("SOURCE must come first: the source is the subject of the anchor verb", col, pattern)
    body = elements[1:] if has_source else elements
    if not body or not isinstance(body[0], Word):
        raise PatternSyntaxError("a pattern needs an anchor word (the verb) right after SOURCE", 1, pattern)
    anchor = body[0]
    if anchor.optional:
        raise PatternSyntaxError("the anchor (first word) cannot be optional", 1, pattern)
    rest = tuple(body[1:])
    return Pattern(text=pattern, anchor=anchor, rest=rest, has_source=has_source, has_target="TARGET" in seen)
