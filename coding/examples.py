"""Run the examples and counterexamples that every codebook entry carries (the sqlfluff habit: rules carry cases).

Examples are coded with the whole codebook, but with the fictional example world in place of the real actors, so
that an example tests the pattern and not the world dictionary. An example passes when the text gives exactly its
events; a counterexample passes when the text gives no event from its entry. Filters' examples must be discarded and
their counterexamples kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from coding.codebook.model import Codebook
from coding.engine import Coder
from coding.records import Article

EXAMPLE_DATE = dt.date(2020, 6, 15)


@dataclass(frozen=True, slots=True)
class Case:
    """One example of one entry: its id is `file::entry::k` (counterexamples: `file::entry::not-k`)."""

    id: str
    entry_id: str
    kind: str  # example | counterexample | filter-example | filter-counterexample
    text: str
    expected: tuple[str, ...]
    where: str
    date: dt.date = EXAMPLE_DATE


@dataclass(frozen=True, slots=True)
class CaseResult:
    case: Case
    passed: bool
    got: tuple[str, ...]
    message: str


def cases(codebook: Codebook, entry: str | None = None) -> Iterator[Case]:
    for v in (*codebook.verbs, *codebook.verdicts):
        if entry and v.id != entry:
            continue
        for k, ex in enumerate(v.examples):
            yield Case(f"{ex.where.file}::{v.id}::{k}", v.id, "example", ex.text, tuple(sorted(ex.events)), str(ex.where), ex.date or EXAMPLE_DATE)
        for k, ex in enumerate(v.counterexamples):
            yield Case(f"{ex.where.file}::{v.id}::not-{k}", v.id, "counterexample", ex.text, (), str(ex.where), ex.date or EXAMPLE_DATE)
    for f in codebook.filters:
        if entry and f.id != entry:
            continue
        for k, text in enumerate(f.examples):
            yield Case(f"{f.where.file}::{f.id}::{k}", f.id, "filter-example", text, (), str(f.where))
        for k, text in enumerate(f.counterexamples):
            yield Case(f"{f.where.file}::{f.id}::not-{k}", f.id, "filter-counterexample", text, (), str(f.where))


def example_coder(codebook: Codebook, nlp) -> Coder:
    return Coder(codebook.example_world(), nlp, prefilter=False)


def run_case(coder: Coder, case: Case) -> CaseResult:
    if case.kind.startswith("filter"):
        scope = next(f.scope for f in coder.codebook.filters if f.id == case.entry_id)
        discarded = coder.discarded(case.text, scope)
        want = case.kind == "filter-example"
        msg = "" if discarded == want else ("not discarded" if want else "discarded, but it is a counterexample")
        return CaseResult(case, discarded == want, (), msg)
    result = coder.code_article(Article("example", case.text, case.date))
    got = tuple(sorted(f"{e.source} {e.target} {e.action}" for e in result.events))
    if case.kind == "example":
        ok = set(got) == set(case.expected)
        msg = "" if ok else f"expected {list(case.expected)}, got {list(got)}"
        return CaseResult(case, ok, got, msg)
    fired = tuple(sorted(f"{e.source} {e.target} {e.action}" for e in result.events if e.rule_id == case.entry_id))
    return CaseResult(case, not fired, got, "" if not fired else f"the entry fired: {list(fired)}")
