"""Reactions to an act named by a noun: whom "rejected the criticism", "welcomed the recognition", "called the move by X
illegal", "said the charges were politically motivated" are on (docs/engine_policies.md, "Reactions to an act named by
a noun"). End to end with the real model on the cameo codebook and the example world."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coding.codebook.loader import load_codebook
from coding.engine import Coder
from coding.examples import example_coder
from coding.nlp import load_model
from coding.records import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def coder() -> Coder:
    return example_coder(load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "cameo"), load_model())


def triples(coder: Coder, text: str) -> set[str]:
    return {f"{e.source} {e.target} {e.action}" for e in coder.code_article(Article("t", text, dt.date(2023, 4, 26))).events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the doer named on the act noun: a "from" or "by" phrase, a name in front, in any reaction shape
        ("Gondor's foreign minister rejected the criticism from Arnor and Rohan.", {"GONGOV ARN 120", "GONGOV ROH 120"}),
        ("Gondor's foreign ministry rejected the criticism by Mordor.", {"GONGOV MOR 120"}),
        ("Elessar called the move by Mordor illegal.", {"GONGOV MOR 111"}),
        ("Eomer rejected what he called Mordorian meddling in Rohan's affairs.", {"ROHGOV MOR 120"}),
        ("Elessar said the criticism from Arnor and Rohan was a smear.", {"GONGOV ARN 111", "GONGOV ROH 111"}),
    ],
)
def test_the_doer_named_on_the_act_noun(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(coder, text) == expected


@pytest.mark.parametrize(
    "text,reaction",
    [
        # a criticism answered: the latest criticism by someone else (not the praise in between)
        ("Mordor criticised Gondor on Monday. Arnor praised Gondor on Tuesday. Gondor's foreign ministry rejected the criticism.", {"GONGOV MOR 120"}),
        ("Arnor and Rohan criticised Gondor's new border law on Monday. Gondor's foreign ministry rejected the criticism.", {"GONGOV ARN 120", "GONGOV ROH 120"}),
        # "Mahmoud Abbas welcomed the recognition": each state that recognised
        ("Gondor, Rohan and Arnor recognised the independence of Dale on Tuesday. The Dalish leader welcomed the recognition.", {"DALGOV ARN 051", "DALGOV GON 051", "DALGOV ROH 051"}),
        ("Rohan recognised the independence of Dale. Mordor condemned the recognition.", {"MOR ROH 111"}),
        # a verdict is the sentencing court's
        ("A Gondorian court sentenced the opposition leader to ten years in prison. The Gondorian opposition denounced the verdict.", {"GONOPP GONJUD 111"}),
        # "Petro said the decision violated the immunity": the act judged is the subject of what is said
        ("Mordor revoked the visa of the Gondorian leader on Friday. Elessar said the decision violated international law.", {"GONGOV MOR 112"}),
        ("Mordor expelled two Gondorian diplomats on Monday. Elessar said the decision was illegal.", {"GONGOV MOR 111"}),
        ("Gondorian prosecutors charged the opposition leader with treason on Monday. The Gondorian opposition said the charges were politically motivated.", {"GONOPP GONJUD 111"}),
        ("Arnor imposed sanctions on Gondor on Monday. Elessar called the move illegal.", {"GONGOV ARN 111"}),
    ],
)
def test_a_reaction_to_the_act_a_noun_names(coder: Coder, text: str, reaction: set[str]) -> None:
    reactor = next(iter(reaction)).split()[0]
    assert {t for t in triples(coder, text) if t.split()[0] == reactor} == reaction


@pytest.mark.parametrize(
    "text,expected",
    [
        # an opposition on its own country's act: the government's ("Kemi Badenoch denounced the agreement")
        ("Gondor signed a treaty with Rohan on Monday. The Gondorian opposition denounced the agreement.", {"GONOPP GONGOV 111", "GONOPP ROH 111"}),
        ("Mordorian police arrested ten Gondorian students on Monday. Gondorian opposition leaders condemned the arrests.", {"GONOPP MORCOP 111"}),
        ("Mordor criticised Gondor on Monday. Gondorian police arrested ten Mordorian students. Gondorian opposition leaders condemned the arrests.", {"GONOPP GONCOP 111"}),
    ],
)
def test_a_group_reacts_to_the_latest_act_its_own_state_s_included(coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(coder, text) if t.startswith("GONOPP")} == expected


@pytest.mark.parametrize(
    "text",
    [
        # no act and no doer named: nothing to react to
        "The Gondorian opposition said the charges against its leader were politically motivated.",
        "Elessar said the decision was illegal.",
        # the reactor's own criticism is not what it rejects
        "Gondor criticised Rohan on Monday. Gondor's foreign ministry rejected the criticism.",
    ],
)
def test_no_reaction_without_another_s_act(coder: Coder, text: str) -> None:
    assert not {t for t in triples(coder, text) if t.split()[2][:2] in ("11", "12") and t != "GON ROH 111"}
