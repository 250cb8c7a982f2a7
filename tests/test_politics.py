"""Events inside one country's politics (issue 4, eleventh session): parties coded as their country's government while
they govern and its opposition otherwise (actors/parties_politics.yaml, dated codes on organizations), and the
vocabulary of elections and parliaments (verbs/*_politics.yaml): walkouts, boycotts of sittings and elections,
resigning in protest, coalition deals, removals and stripped seats, leave of absence, no-confidence motions, amnesty
laws. The real codebook and model; the sentences are written for these tests, several phrasings a case. Cases still
coded wrong are strict xfails: they say what is missing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import roots

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model


def events_of(coder: Coder, text: str, day: dt.date = dt.date(2024, 9, 10)) -> set[str]:
    """The events of a one-sentence story, as "source target code"."""
    return {f"{e.source} {e.target} {e.action}" for e in coder.code_article(Article("t", text, day)).events}


# --- parties: the code in force on the story's day ------------------------------------------------------------------
DATED = [
    # Law and Justice governed Poland until December 2023, Civic Coalition since
    ("Poland's Law and Justice party accused Civic Platform of serving Germany.", dt.date(2023, 10, 10), "POLGOVPIS POLOPPKOB 112"),
    ("Law and Justice accused Tusk's Civic Coalition of lying.", dt.date(2024, 5, 10), "POLOPPPIS POLGOVKOB 112"),
    # the Democratic Alliance joined South Africa's unity government at the end of June 2024
    ("South Africa's Democratic Alliance accused the ANC of corruption.", dt.date(2024, 6, 14), "ZAFOPPDAL ZAFGOVANC 1121"),
    ("The Democratic Alliance accused the African National Congress of corruption.", dt.date(2025, 1, 10), "ZAFGOVDAL ZAFGOVANC 1121"),
    # Likud in opposition under Bennett and Lapid, June 2021 - December 2022
    ("Likud criticised Prime Minister Naftali Bennett.", dt.date(2022, 3, 1), "ISROPPLKD ISRGOV 111"),
    ("The Bharatiya Janata Party accused the Congress party of insulting the army.", dt.date(2024, 9, 10), "INDGOVBJP INDOPPINC 112"),
    ("Italy's Five Star Movement filed a no-confidence motion against the justice minister.", dt.date(2024, 9, 10), "ITAOPPMSS ITAGOV 1041"),
]


@pytest.mark.parametrize("text,day,expected", DATED)
def test_a_party_is_government_or_opposition_by_date(cameo_coder: Coder, text: str, day: dt.date, expected: str) -> None:
    assert expected in events_of(cameo_coder, text, day)


def test_a_name_with_a_capital_inside_its_first_word(cameo_coder: Coder) -> None:
    # "uMkhonto we Sizwe": a name that starts in lower case is still written as a name
    events = events_of(cameo_coder, "The uMkhonto we Sizwe party of Jacob Zuma accused the ANC of rigging the vote.", dt.date(2024, 6, 10))
    assert "ZAFOPPMKP ZAFGOVANC 1121" in events


# --- dissent in parliament (14) -------------------------------------------------------------------------------------
DISSENT = [
    ("Opposition lawmakers in Kenya walked out of parliament in protest at the finance bill.", "KEN KEN 14"),
    ("Members of Brazil's Workers' Party walked out of the Senate chamber during the debate.", "BRA BRA 14"),
    ("French left-wing deputies staged a walkout from the National Assembly on Tuesday.", "FRA FRA 14"),
    ("Pakistan's opposition lawmakers walked out of the National Assembly before the vote.", "PAK PAK 14"),
    ("Malawi's opposition boycotted the opening of parliament.", "MWI MWI 14"),
    ("Venezuela's opposition parties boycotted the parliamentary election.", "VEN VEN 14"),
    ("In South Africa, the uMkhonto we Sizwe party boycotted the sitting of parliament.", "ZAF ZAF 14"),
    ("Three Brazilian ministers resigned in protest over the budget cuts.", "BRA BRA 14"),
    ("Two Pakistani Supreme Court judges resigned in protest.", "PAK PAK 14"),
    ("A senior Israeli general resigned in protest on Sunday.", "ISR ISR 14"),
]


@pytest.mark.parametrize("text,expected", DISSENT)
def test_dissent_in_parliament(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


NO_DISSENT = [
    "The minister walked out of the hospital on Monday.",
    "The Kenyan president walked out of the meeting room.",
    "The Kenyan finance minister resigned on Friday.",
]


@pytest.mark.parametrize("text", NO_DISSENT)
def test_no_dissent(cameo_coder: Coder, text: str) -> None:
    assert not any(r.split()[2] == "14" for r in roots(events_of(cameo_coder, text)))


# --- coalitions (05) ------------------------------------------------------------------------------------------------
COALITIONS = [
    ("Spain's Socialists reached a coalition agreement with Sumar.", "ESP ESP 05"),
    ("The Liberal Democratic Party of Japan signed a coalition agreement with Komeito.", "JPN JPN 05"),
    ("South African President Cyril Ramaphosa said his African National Congress agreed to share power with its long-time rival, the Democratic Alliance.", "ZAF ZAF 05"),
    ("DA leader John Steenhuisen said his party had signed a statement of intent with the ANC.", "ZAF ZAF 05"),
]


@pytest.mark.parametrize("text,expected", COALITIONS)
def test_coalition_deals(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text, dt.date(2024, 6, 14)))


# --- removals, seats, motions (10, 13, 17) and amnesty laws (08) ----------------------------------------------------
REMOVALS = [
    ("Peru's Congress voted to remove Dina Boluarte as president.", "PER PER 17"),
    ("The U.S. House of Representatives voted on Tuesday to remove Kevin McCarthy as speaker.", "USA USA 17"),
    ("Iraq's Federal Supreme Court terminated the parliamentary membership of Speaker Mohammed al-Halbousi.", "IRQ IRQ 17"),
    ("Nepal's Supreme Court stripped the lawmaker of his parliamentary seat.", "NPL NPL 17"),
    ("South African President Cyril Ramaphosa placed Police Minister Senzo Mchunu on leave of absence.", "ZAF ZAF 17"),
    ("Japanese opposition parties submitted a no-confidence motion against Prime Minister Fumio Kishida's cabinet.", "JPN JPN 10"),
    ("Polish opposition lawmakers tabled a motion of no confidence in Prime Minister Donald Tusk.", "POL POL 10"),
    ("The Conservative Party of Canada said it would vote to bring down the Liberal government.", "CAN CAN 13"),
    ("Dutch opposition parties called for early elections.", "NLD NLD 10"),
    ("The Tories called for a general election.", "GBR GBR 10"),
    ("Kenya's opposition demanded a snap election on Monday.", "KEN KEN 10"),
    ("Spain's lower house approved an amnesty law for Catalan separatists.", "ESP ESP 08"),
    ("Spain's lower house of parliament gave final approval on Thursday to a contested amnesty law for Catalan separatists.", "ESP ESP 08"),
]


@pytest.mark.parametrize("text,expected", REMOVALS)
def test_removals_motions_amnesties(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


NOT_REMOVALS = [
    "Polish opposition lawmakers did not table a motion of no confidence in Prime Minister Donald Tusk.",
    "The Peruvian president placed flowers on the grave of the former president.",
    "Leaders reached no agreement with Donald Tusk.",
    "The Dutch prime minister called early elections on Monday.",
]


@pytest.mark.parametrize("text", NOT_REMOVALS)
def test_not_removals(cameo_coder: Coder, text: str) -> None:
    assert not any(r.split()[2] in ("10", "17") for r in roots(events_of(cameo_coder, text)))


# --- still missing --------------------------------------------------------------------------------------------------
MISSING = [
    # "his rival", "both finalists": a person named by a contest is not found
    ("Warsaw mayor Rafal Trzaskowski lost to Karol Nawrocki. Trzaskowski conceded defeat and congratulated his rival.", "POL POL 05"),
    # ("... Boric congratulated both finalists." passes since elect12: tests/test_elect12.py)
    # a bare office as the target of a named person of the same code: maybe the same person
    ("President Cyril Ramaphosa put the police minister on leave.", "ZAF ZAF 17"),
    # a defeat accepted with no winner named
    ("Chile's Jose Antonio Kast accepted the defeat.", "CHL CHL 08"),
    # (a result rejected in a relative clause on the result passes since elect12: tests/test_elect12.py)
]


@pytest.mark.parametrize("text,expected", MISSING)
@pytest.mark.xfail(strict=True, reason="politics: contests' epithets, bare offices of one code, targetless concessions, relative clauses")
def test_still_missing(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# a known slip: the words of "vote to bring down" are found inside a motion's infinitive
@pytest.mark.xfail(strict=True, reason="coerce.politics.vote_down reads 'voted against a motion to bring down' as the vote")
def test_a_vote_against_a_motion_is_no_removal(cameo_coder: Coder) -> None:
    events = events_of(cameo_coder, "Canada's Conservative Party voted against a motion to bring down the Liberal government.")
    assert not any(r.split()[2] == "17" for r in roots(events))


def test_dated_codes_load_on_organizations() -> None:
    from coding.codebook.loader import load_codebook
    from tests.conftest import DEFAULT_CODEBOOK

    cb = load_codebook(DEFAULT_CODEBOOK)
    pis = next(o for o in cb.organizations if o.code == "POLPTYPIS")
    assert pis.role_on(dt.date(2020, 1, 1)).code == "POLGOVPIS"
    assert pis.role_on(dt.date(2024, 1, 1)).code == "POLOPPPIS"
    assert next(o for o in cb.organizations if o.code == "IGOUNO").role_on(dt.date(2024, 1, 1)) is None


CALLS = [
    ("Senegal's interior minister said the party had repeatedly called its supporters to violence.", False),
    ("The opposition leader called his supporters to the streets.", False),
    ("Macron called Zelensky on Tuesday.", True),
    ("Biden called Netanyahu to discuss the war.", True),
]


@pytest.mark.parametrize("text,call", CALLS)
def test_a_call_to_violence_is_no_phone_call(cameo_coder: Coder, text: str, call: bool) -> None:
    # a party's supporters "called to violence" (a party named before) were read as a phone call (041)
    assert any(e.split()[2] == "041" for e in events_of(cameo_coder, text, dt.date(2023, 6, 2))) == call
