"""Cleaning article text and splitting it into sentences, before any parsing.

Drops scraping debris ("Advertisement'; }"), photo captions and paragraphs that repeat an earlier one (titles printed
twice), then splits with the rule-based sentencizer. Offsets refer to the cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
    letters = sum(ch.isalpha() for ch in paragraph)
    return len(paragraph) < 80 and (letters < 0.6 * len(paragraph) or bool(_CODE_DEBRIS.search(paragraph)) and letters < 40)


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
    """The article's sentences in order, each once: an exact repeat of an earlier sentence is coded once."""
    splitter = sentence_splitter()
    seen: set[str] = set()
    index = 0
    offset = 0
    for paragraph in clean_paragraphs(article.text):
        doc = splitter(paragraph)
        for sent in doc.sents:
            text = sent.text.strip()
            if len(text) < 3 or text.lower() in seen:
                continue
            seen.add(text.lower())
            yield Sentence(article.id, index, text, offset + sent.start_char, offset + sent.end_char)
            index += 1
        offset += len(paragraph) + 2
