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
        # an opposition on its own country's act: the government's ("Kemi Badenoch denounced the agreement"), not the
        # other party's (blind10's "Badenoch called the fishing deal a surrender": GBROPP -> GBRGOV only)
        ("Gondor signed a treaty with Rohan on Monday. The Gondorian opposition denounced the agreement.", {"GONOPP GONGOV 111"}),
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


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Spain, Ireland and Norway recognised a Palestinian state, drawing an angry response from Israel": a reaction
        # named by a noun on a participle is on the main clause's subject
        ("Gondor expelled two Mordorian diplomats on Monday, drawing a sharp rebuke from Mordor.", {"MOR GON 111"}),
        ("Rohan and Arnor signed a defence pact on Friday, prompting condemnation from Mordor.", {"MOR ARN 111", "MOR ROH 111"}),
        ("Arnor imposed new tariffs on Rohan, sparking a backlash from Rohan's government.", {"ROHGOV ARN 111"}),
        ("Gondor released the prisoners on Monday, drawing praise from Arnor.", {"ARN GON 051"}),
        # a response that does not say it is a criticism is none
        ("Gondor closed its border with Rohan, drawing a response from Rohan.", set()),
    ],
)
def test_a_reaction_drawn_by_the_main_clause(coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(coder, text) if t.split()[2] in ("111", "051")} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the nouns for an act refer to the verbs that told it: a test to a detonation, the killings to a shooting
        ("Mordor detonated a nuclear device on Monday. Rohan condemned the test.", {"ROH MOR 111"}),
        ("Mordorian gunmen shot dead ten Gondorian villagers. Elessar called the killings a massacre.", {"GONGOV MORREB 111"}),
        ("Mordorian fighters shot down a Gondorian plane. Elessar called the downing a stab in the back.", {"GONGOV MORREB 111"}),
        # a place on the act noun that is no actor: the act's doer ("condemned the attack on its embassy")
        ("Mordorian troops attacked a Gondorian village on Monday. Arnor condemned the attack on the village.", {"ARN MORMIL 111"}),
    ],
)
def test_an_act_noun_refers_to_the_verb_that_told_it(coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(coder, text) if t.split()[2][:2] == "11"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the move by the three countries": the group the story named with that many members
        ("Rohan, Arnor and Dale imposed sanctions on Mordor on Thursday. Sauron called the move by the three countries illegal.", {"MORGOV ARN 111", "MORGOV DAL 111", "MORGOV ROH 111"}),
        ("Rohan and Arnor expelled Mordorian diplomats on Thursday. Sauron condemned the decision by the two countries.", {"MORGOV ARN 111", "MORGOV ROH 111"}),
        # a trip is the visit the story coded ("Orban met Putin in Moscow ... Michel criticised the trip")
        ("The Gondorian leader met Sauron in Barad-dur on Friday. Arnor criticised the trip.", {"ARN GONGOV 111"}),
        # an owner on the act noun that is no actor: the act's doer
        ("Mordor closed its border with Rohan on Monday. Arnor criticised the Mordorian government's decision to close the border.", {"ARN MORGOV 111"}),
    ],
)
def test_the_doers_of_a_counted_group_or_a_visit(coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(coder, text) if t.split()[2] == "111"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Church leaders called the arrests political persecution": the small model reads the two objects as one noun
        # phrase; the act named first is judged
        ("Gondorian police arrested ten opposition activists on Monday. The Gondorian opposition called the arrests political persecution.", {"GONOPP GONCOP 111"}),
        ("Gondorian police arrested ten opposition activists on Monday. The Gondorian opposition called the arrests illegal.", {"GONOPP GONCOP 111"}),
        # an investigation told as a raid
        ("Gondorian investigators raided the offices of the opposition party on Monday. The Gondorian opposition called the investigation a witch hunt.", {"GONOPP GONCOP 111"}),
    ],
)
def test_a_naming_of_an_act_at_home(coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(coder, text) if t.split()[2] == "111"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an act told by a verb no pattern coded is still the act its noun refers to
        ("Mordor became the first country to formally recognise the Haradric government. Elessar condemned the recognition.", {"GONGOV MOR 111"}),
        ("Rohan and Arnor agreed to extend the mandate of the mission. Mordor criticised the extension.", {"MOR ARN 111", "MOR ROH 111"}),
        # not an act denied
        ("Mordor did not recognise the Haradric government. Elessar condemned the recognition.", set()),
    ],
)
def test_an_act_told_by_an_uncoded_verb(coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(coder, text) if t.split()[2] == "111"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a demand or an appeal for a release is on whoever holds the captive
        ("Mordorian troops seized a Gondorian ship on Monday. Gondor demanded the release of the vessel and its crew.", {"GON MORMIL 1053"}),
        ("Mordorian police arrested a Gondorian journalist on Monday. Elessar demanded his release.", {"GONGOV MORCOP 1053"}),
        ("Mordorian police arrested a Gondorian journalist on Monday. Elessar called for his immediate release.", {"GONGOV MORCOP 0253"}),
        ("Gondorian rebels kidnapped ten Rohirric workers. Eomer demanded the release of the hostages.", {"ROHGOV GONREB 1053"}),
        # a group at home: its own state holds them
        ("Gondorian police arrested ten protesters on Monday. Gondorian rebels demanded the release of the prisoners.", {"GONREB GONCOP 1053"}),
        # no one told holding anyone
        ("Elessar demanded the release of the prisoners.", set()),
    ],
)
def test_a_demand_for_a_release_is_on_the_holder(coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(coder, text) if t.split()[2][:2] in ("02", "10")} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the one an act was done to is no target of a reaction to the act: its doer is
        ("Mordorian troops killed three Gondorian soldiers on Monday. Arnor condemned the killing of the soldiers.", {"ARN MORMIL 111"}),
        # no doer told: the one named stays
        ("Arnor condemned the arrest of the Gondorian leader.", {"ARN GONGOV 111"}),
    ],
)
def test_a_reaction_to_an_act_on_someone_is_on_its_doer(coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(coder, text) if t.startswith("ARN")} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a denial whose clause names whom it wronged at home answers that one ("The White House denied that it had
        # defied the court"), whoever accused the denier before
        ("Arnor accused Gondor of ignoring the ruling. Elessar denied that he had defied the Gondorian court.", {"GONGOV GONJUD 016"}),
        # a wronged party abroad: the accuser, as before
        ("Arnor accused Gondor of spying. Elessar denied that Gondor had spied on Arnor.", {"GONGOV ARN 016"}),
    ],
)
def test_a_denial_of_a_wrong_at_home(coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(coder, text) if t.split()[2] == "016"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "called his arrest a kidnapping": the possessor of an arrest is the one arrested; the doer is the arrester
        ("Gondorian police arrested the Rohirric envoy on Monday. Eomer called his arrest a kidnapping.", {"ROHGOV GONCOP 112"}),
        # with an "of" phrase, or for an attack, the possessor is the doer
        ("Mordor executed a Gondorian journalist. Elessar called Mordor's execution of the journalist a crime.", {"GONGOV MOR 112"}),
        ("Elessar called Mordor's invasion a crime.", {"GONGOV MOR 111"}),
    ],
)
def test_the_possessor_of_an_arrest_is_the_arrested(coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(coder, text) if t.split()[2][:2] == "11"} == expected
