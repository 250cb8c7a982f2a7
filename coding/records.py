"""Typed records that flow between the coding stages.

Every stage is a plain function from these records to these records. They are frozen so that a stage can never
change what an earlier stage produced.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    date: dt.date
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span of a sentence that the codebook resolves to an actor (or fails to: ``code`` is None)."""

    text: str
    start: int  # token index in the sentence Doc
    end: int
    code: str | None
    country: str | None
    role: str | None
    rule_id: str
    kind: str = "actor"  # actor | country | capital | adjective | agent | person | org | pronoun | unresolved


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event mention; its fields are the columns of ``OUT/events``."""

    event_id: str
    article_id: str
    date: dt.date
    date_source: str
    source: str
    target: str
    source_country: str | None
    target_country: str | None
    source_role: str | None
    target_role: str | None
    source_text: str
    target_text: str
    action: str
    action_root: str
    action_name: str
    quad_class: int
    goldstein: float
    sentence_index: int
    sentence: str
    verb_text: str
    rule_id: str
    url: str | None
    publisher: str | None
    codebook: str
    codebook_hash: str
    model: str
    pipeline_version: str


@dataclass(frozen=True, slots=True)
class Reject:
    """An input record that could not be coded, with where and why."""

    file: str
    line: int | None
    article_id: str | None
    reason: str
    message: str
    snippet: str = ""


REJECT_REASONS = (
    "invalid_json",
    "missing_field",
    "bad_date",
    "empty_text",
    "duplicate_id",
    "too_long",
    "not_text",
    "encoding",
    "engine_error",
    "bad_row",
)


@dataclass(frozen=True, slots=True)
class CodingResult:
    """What coding one article gives: its events plus what the coverage report needs."""

    article_id: str
    events: tuple[Event, ...]
    n_sentences: int
    unresolved: tuple[tuple[str, int], ...] = field(default=())  # (text, sentence_index)
    no_event_verbs: tuple[tuple[str, int], ...] = field(default=())  # (verb lemma, sentence_index)
    # for incremental recodes (coding.footprint): lemmas and forms of the parsed sentences, and those of anchor tokens
    words: frozenset[str] = field(default=frozenset())
    anchors: frozenset[str] = field(default=frozenset())
    # sentences the engine failed on when not strict: (sentence_index, "ErrorType: message", sentence text); no events
    errors: tuple[tuple[int, str, str], ...] = field(default=())
