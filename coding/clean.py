"""Cleaning article text and splitting it into sentences, before any parsing.

Drops scraping debris ("Advertisement'; }"), photo captions and paragraphs that repeat an earlier one (titles printed
twice), then splits with the rule-based sentencizer. Offsets refer to the cleaned text.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from coding.nlp import sentence_splitter
from coding.records import Article, Sentence

_CAPTION = re.compile(r"^(illustration|photo|file photo|pictured|image|caption)\b[^\n]{0,20}[–—:-]", re.IGNORECASE)
_BOILERPLATE = re.compile(
    r"^(advertisement|advert|sponsored|read more|related:|share this|click here|subscribe|sign up)\b",
    re.IGNORECASE,
)
_CODE_DEBRIS = re.compile(r"[{};]|\b(var|function)\b")
_PARAGRAPH = re.compile(r"\n\s*\n|\r\n\s*\r\n")
_SPACE = re.compile(r"\s+")


def _is_debris(paragraph: str) -> bool:
    if _BOILERPLATE.match(paragraph) or _CAPTION.match(paragraph):
        return True
    if len(paragraph) >= 80:
        return False
    letters = sum(ch.isalpha() for ch in paragraph)
    return letters < 0.6 * len(paragraph) or bool(_CODE_DEBRIS.search(paragraph)) and letters < 40


def clean_paragraphs(text: str) -> list[str]:
    """The article's paragraphs, without debris, captions or exact repeats."""
    seen: set[str] = set()
    kept: list[str] = []
    for raw in _PARAGRAPH.split(text):
        paragraph = _SPACE.sub(" ", raw).strip()
        if not paragraph or _is_debris(paragraph):
            continue
        key = paragraph.lower()
        if key in seen:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


def split_sentences(article: Article) -> Iterator[Sentence]:
    """The article's sentences in order, each once: an exact repeat of an earlier sentence is coded once.

    The last articles' sentences are kept: a run splits each article twice, to code it and to write its coverage
    rows (:func:`coding.coverage.coverage_rows`)."""
    return iter(_split(article))


def forget_splits() -> None:
    """Drop the kept sentences (the benchmark does, so that a timed run splits every article itself)."""
    _split.cache_clear()


@functools.lru_cache(maxsize=1024)
def _split(article: Article) -> tuple[Sentence, ...]:
    return tuple(_sentences(article))


def _sentences(article: Article) -> Iterator[Sentence]:
    tokenizer, punct = _splitter()
    seen: set[str] = set()
    index = 0
    offset = 0
    for paragraph in clean_paragraphs(article.text):
        for start_char, end_char in _sentence_bounds(tokenizer(paragraph), punct):
            text = paragraph[start_char:end_char].strip()
            if len(text) < 3 or text.lower() in seen:
                continue
            seen.add(text.lower())
            yield Sentence(article.id, index, text, offset + start_char, offset + end_char)
            index += 1
        offset += len(paragraph) + 2


@functools.lru_cache(maxsize=1)
def _splitter() -> tuple[Tokenizer, frozenset[int]]:
    """The sentence splitter's tokenizer, and the ORTH ids of its sentencizer's sentence-final characters."""
    nlp = sentence_splitter()
    return nlp.tokenizer, frozenset(nlp.vocab.strings.add(ch) for ch in nlp.get_pipe("sentencizer").punct_chars)


def _sentence_bounds(doc: Doc, punct: frozenset[int]) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, by the sentencizer's rule read from the Doc's arrays (no Token objects).

    The rule: after a sentence-final character, the next token that is no punctuation starts a new sentence.
    tests/test_clean.py checks that this agrees with the sentencizer component.
    """
    rows = doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH]).tolist()
    starts = [0]
    after_final = False
    for k, (orth, is_punct, _, _) in enumerate(rows):
        final = orth in punct
        if after_final and not is_punct and not final:
            starts.append(k)
            after_final = False
        elif final:
            after_final = True
    starts.append(len(rows))
    return [(rows[a][2], rows[b - 1][2] + rows[b - 1][3]) for a, b in itertools.pairwise(starts) if b > a]
