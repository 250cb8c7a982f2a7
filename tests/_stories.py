"""Helpers of the sentence batteries (tests/test_codechoice.py and the ones written after it): a story coded by the real
model end to end, its events as "SOURCE TARGET CODE" strings, and the same at country + root level."""

from __future__ import annotations

import datetime as dt

from coding.engine import Coder
from coding.records import Article

STORY_DATE = dt.date(2024, 6, 15)


def events_of(coder: Coder, text: str, sentence: int | None = None, day: dt.date = STORY_DATE) -> set[str]:
    """The events of a story dated ``day`` (or of one of its sentences), as "source target code"."""
    events = coder.code_article(Article("t", text, day)).events
    return {f"{e.source} {e.target} {e.action}" for e in events if sentence is None or e.sentence_index == sentence}


def roots(events: set[str]) -> set[str]:
    """Country-level pairs with two-digit roots: "IRN AUS 01"."""
    return {f"{s[:3]} {t[:3]} {c[:2]}" for s, t, c in (e.split() for e in events)}


def triples(coder: Coder, text: str, day: dt.date = STORY_DATE) -> set[tuple[str, str, str]]:
    """A story's events as (source country, target country, two-digit root)."""
    return {(e.source[:3], e.target[:3], e.action[:2]) for e in coder.code_article(Article("t", text, day)).events}


def passes(got: set[tuple[str, str, str]], want: str) -> bool:
    """Whether ``got`` holds ``want`` ("IND PAK 13"). With a "!": "!13" holds no event of that root, "!IND PAK" no
    event between those two (in that order), "!IND PAK 13" no event of that root between them."""
    if want.startswith("!"):
        parts = want[1:].split()
        if len(parts) == 1:
            return not any(root == parts[0] for _, _, root in got)
        if len(parts) == 2:
            return not any((s, t) == tuple(parts) for s, t, _ in got)
        src, tgt, root = parts
        return (src, tgt, root) not in got
    src, tgt, root = want.split()
    return (src, tgt, root) in got
