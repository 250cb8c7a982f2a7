"""coding.clean: the sentence split reads the sentencizer's rule from the Doc's arrays; it must agree with the
sentencizer component itself."""

from __future__ import annotations

import datetime as dt

import pytest

from coding.clean import _is_debris, clean_paragraphs, split_sentences
from coding.nlp import sentence_splitter
from coding.records import Article

TEXTS = [
    "Arnor attacked Gondor. Rohan condemned the attack!",
    "U.S. officials met Mr. Smith on Jan. 5. He said: 'No.' Then... he left",
    'He asked: "Why?" They said nothing!! (Really.) Fine?! ok',
    "No final stop at all",
    "A.",
    "Wait . . . what? Yes.",
    "Prices rose 5.5% in the U.K. last year. The E.U. said so; talks ended.",
    "“Quoted.” Then – after a dash – more. End…",
    "Line one.\u00a0Line two.",
    "!!! ??? ...",
]


def _spacy_sentences(paragraph: str) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in sentence_splitter()(paragraph).sents]


@pytest.mark.parametrize("text", TEXTS)
def test_split_agrees_with_the_sentencizer(text):
    article = Article("a", text, dt.date(2020, 1, 1))
    (paragraph,) = clean_paragraphs(text) or [""]
    expected = [(a, b, paragraph[a:b].strip()) for a, b in _spacy_sentences(paragraph)]
    expected = [(a, b, t) for a, b, t in expected if len(t) >= 3]
    got = [(s.start, s.end, s.text) for s in split_sentences(article)]
    assert got == expected


def test_offsets_span_paragraphs_and_repeats_are_dropped():
    text = "Arnor met Gondor. Rohan left.\n\nArnor met Gondor. Dale stayed."
    sentences = list(split_sentences(Article("a", text, dt.date(2020, 1, 1))))
    assert [s.text for s in sentences] == ["Arnor met Gondor.", "Rohan left.", "Dale stayed."]
    assert [s.index for s in sentences] == [0, 1, 2]
    cleaned = "\n\n".join(clean_paragraphs(text))
    assert all(cleaned[s.start : s.end].strip() == s.text for s in sentences)


def test_debris_and_long_paragraphs():
    assert _is_debris("Advertisement")
    assert _is_debris("var x = {a: 1};")
    assert _is_debris("12 34 56 78 90 !! ##")
    assert not _is_debris("Arnor attacked Gondor.")
    assert not _is_debris("1234567890 " * 10)  # 80 characters or more is text, whatever it holds
